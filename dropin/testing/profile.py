"""The testing lines on a client's profile (counsellors only; the read is audited)."""

from __future__ import annotations

from sqlalchemy import func, select

from dropin.context import ServiceContext
from dropin.i18n import format_date, translate
from dropin.models.testing import CounsellingSession, HivTest, Referral
from dropin.security.permissions import Permission
from dropin.testing import rules


def summary(ctx: ServiceContext, client_id: int) -> list[tuple[str, str]]:
    ctx.require(Permission.TEST_VIEW)

    today = ctx.today()
    with ctx.transaction() as s:
        sessions = (
            s.scalar(
                select(func.count())
                .select_from(CounsellingSession)
                .where(CounsellingSession.client_id == client_id, CounsellingSession.voided_at.is_(None))
            )
            or 0
        )
        last_session = s.scalar(
            select(func.max(CounsellingSession.session_at)).where(
                CounsellingSession.client_id == client_id, CounsellingSession.voided_at.is_(None)
            )
        )
        tests = list(
            s.scalars(
                select(HivTest)
                .where(HivTest.client_id == client_id, HivTest.voided_at.is_(None))
                .order_by(HivTest.started_at.desc())
            )
        )
        referral = s.scalar(
            select(Referral)
            .where(Referral.client_id == client_id, Referral.voided_at.is_(None))
            .order_by(Referral.referred_on.desc())
            .limit(1)
        )
        lines: list[tuple[str, str]] = [
            (translate("TestingProfile", "Counselling sessions"), str(sessions)),
            (
                translate("TestingProfile", "Last counselling"),
                format_date(last_session.date()) if last_session else translate("TestingProfile", "Never"),
            ),
            (translate("TestingProfile", "Tests"), str(len(tests))),
        ]
        if tests:
            last = tests[0]
            ctx.audit_read(s, "hts_tests", last.id)
            lines.append(
                (
                    translate("TestingProfile", "Last test"),
                    translate("TestingProfile", "{date}: {result}").format(
                        date=format_date(last.started_at.date()), result=rules.result_label(last.result)
                    ),
                )
            )
        if referral is not None:
            ctx.audit_read(s, "hts_referrals", referral.id)
            if referral.closed_on is None:
                days = (today - referral.due_date).days
                if days > 0:
                    status = translate("TestingProfile", "Open, overdue by %n day(s)", None, days)
                else:
                    status = translate("TestingProfile", "Open, due {date}").format(date=format_date(referral.due_date))
            else:
                status = translate("TestingProfile", "Closed on {date}: {reason}").format(
                    date=format_date(referral.closed_on), reason=rules.label(rules.CLOSE_REASONS, referral.close_reason)
                )
            lines.append((translate("TestingProfile", "Referral follow-up"), status))
            if referral.art_start_on:
                lines.append((translate("TestingProfile", "ART start"), format_date(referral.art_start_on)))
        return lines
