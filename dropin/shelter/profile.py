"""Shelter lines for the client profile: stays and dates; reasons only for social workers."""

from __future__ import annotations

from sqlalchemy import select

from dropin.context import ServiceContext
from dropin.i18n import format_date, translate
from dropin.models.shelter import ShelterStay
from dropin.security.permissions import Permission
from dropin.shelter.choices import OUTCOMES, REASONS, STAY_TYPES, label
from dropin.shelter.nights import bed_name


def summary(ctx: ServiceContext, client_id: int) -> list[tuple[str, str]]:
    """``[(label, text), ...]`` for the client's shelter stays, newest first.

    Roles without SHELTER_STAYS get an empty list. Admission reasons are added
    only with SHELTER_CASE, and that read is audited.
    """
    if not ctx.can(Permission.SHELTER_STAYS):
        return []
    with_case = ctx.can(Permission.SHELTER_CASE)
    today = ctx.today()
    out: list[tuple[str, str]] = []
    with ctx.transaction() as s:
        stays = s.scalars(
            select(ShelterStay)
            .where(ShelterStay.client_id == client_id, ShelterStay.voided_at.is_(None))
            .order_by(ShelterStay.admitted_on.desc())
        ).all()
        for stay in stays:
            kind = label(STAY_TYPES, stay.stay_type)
            bed = bed_name(s, stay.bed_id)
            if stay.status == "reserved":
                title = translate("Shelter", "Shelter reservation")
                text = translate("Shelter", "{kind} from {start} to {end}, bed {bed}").format(
                    kind=kind, start=format_date(stay.admitted_on), end=format_date(stay.planned_end), bed=bed
                )
            elif stay.status == "active":
                title = translate("Shelter", "Staying in the shelter")
                n = (today - stay.admitted_on).days
                text = translate(
                    "Shelter", "{kind} since {start} (%n nights), bed {bed}, planned end {end}", None, n
                ).format(kind=kind, start=format_date(stay.admitted_on), bed=bed, end=format_date(stay.planned_end))
                if stay.planned_end < today:
                    text += " " + translate("Shelter", "(past the planned end)")
            else:
                title = translate("Shelter", "Shelter stay")
                n = ((stay.discharged_on or stay.admitted_on) - stay.admitted_on).days
                text = translate("Shelter", "{kind} {start} to {end} (%n nights): {outcome}", None, n).format(
                    kind=kind,
                    start=format_date(stay.admitted_on),
                    end=format_date(stay.discharged_on),
                    outcome=label(OUTCOMES, stay.outcome),
                )
            if stay.children_count:
                text += " " + translate("Shelter", "with %n child(ren)", None, stay.children_count)
            out.append((title, text))
            if with_case and stay.reasons:
                ctx.audit_read(s, "shelter_stay_cases", stay.id)
                reasons = ", ".join(label(REASONS, r) for r in stay.reasons.split(",") if r)
                out.append((translate("Shelter", "Admission reasons"), reasons))
    return out
