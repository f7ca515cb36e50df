"""Synthetic testing data for ``dropin demo``: sessions, tests (~2 % reactive), referrals, kits, QC, temperatures."""

from __future__ import annotations

import datetime as dt
import json
from random import Random
from typing import Any

from sqlalchemy import select

from dropin.context import CurrentUser, ServiceContext
from dropin.models.clients import Client, ReferralDestination
from dropin.models.testing import (
    CounsellingSession,
    FollowUpAttempt,
    HivTest,
    KitDiscard,
    KitLot,
    QcRun,
    Referral,
    TemperatureReading,
)
from dropin.security.roles import Role
from dropin.testing import rules

KIT = "OraQuick ADVANCE HIV-1/2"


def demo_modality(client_id: int, started: dt.datetime, on_paper: bool) -> str:
    """Where a demo test was done, without drawing from the random source (the demo stays the same otherwise):
    tests entered from paper were done on outreach, and so were some others; a few elsewhere in the community."""
    turn = (client_id + started.toordinal()) % 12
    return "outreach" if on_paper or turn < 2 else "other_community" if turn == 2 else "drop_in"


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def generate(
    ctx: ServiceContext, rng: Random, start: dt.date, end: dt.date, users: dict[Role, CurrentUser] | None = None
) -> dict[str, int]:
    users = users or {}
    counsellor = users.get(Role.PEER_COUNSELLOR)
    counsellor_id = counsellor.id if counsellor else ctx.acting.id
    today = end
    counts = dict.fromkeys(
        (
            "hts_sessions",
            "hts_tests",
            "hts_reactive",
            "hts_referrals",
            "hts_kit_lots",
            "hts_qc_runs",
            "hts_temperatures",
        ),
        0,
    )
    with ctx.transaction() as s:
        s.info["bulk"] = True
        client_ids = list(s.scalars(select(Client.id).where(Client.voided_at.is_(None))))
        if not client_ids:
            new = [Client(code=f"HT{n:03d}") for n in range(1, 61)]
            s.add_all(new)
            s.flush()
            client_ids = [c.id for c in new]
        dests = list(
            s.scalars(
                select(ReferralDestination.id).where(
                    ReferralDestination.voided_at.is_(None), ReferralDestination.kind == "aids_centre"
                )
            )
        )
        if not dests:
            for name, kind in (("City AIDS Centre", "aids_centre"), ("Regional AIDS Centre", "aids_centre")):
                if s.scalar(select(ReferralDestination.id).where(ReferralDestination.name == name)) is None:
                    row = ReferralDestination(name=name, kind=kind, active=True)
                    s.add(row)
                    s.flush()
                    dests.append(row.id)
            dests = dests or list(s.scalars(select(ReferralDestination.id)))

        # kit shipments: one expired lot with leftovers, then regular ones; first-expiry-first-out
        days = (end - start).days
        lots: list[dict[str, Any]] = []

        def receive(
            received_on: dt.date, lot_number: str, expiry: dt.date, qty: int, source: str, temp: float = 8.0
        ) -> KitLot:
            row = KitLot(
                kit_name=KIT,
                lot_number=lot_number,
                expiry_date=expiry,
                received_on=received_on,
                quantity_received=qty,
                source=source,
                arrival_temp_c=temp,
                created_at=_at(received_on, 10, 0),
            )
            s.add(row)
            s.flush()
            lots.append({"row": row, "left": qty})
            counts["hts_kit_lots"] += 1
            return row

        receive(start, "OQ-E1", today - dt.timedelta(days=12), 120, "donation")  # expires before today
        receive(start + dt.timedelta(days=days // 3), "OQ-A2", today + dt.timedelta(days=45), 150, "donation", 29.0)
        receive(start + dt.timedelta(days=2 * days // 3), "OQ-B3", today + dt.timedelta(days=50), 200, "purchase")
        # a donated box put aside and forgotten: it expired on the shelf (the app warns to discard it)
        receive(start + dt.timedelta(days=days // 2), "OQ-X9", today - dt.timedelta(days=20), 25, "donation")
        lots[-1]["reserve"] = True

        def pick(day: dt.date) -> dict[str, Any] | None:
            usable = [
                x
                for x in lots
                if not x.get("reserve")
                and x["row"].received_on <= day
                and x["row"].expiry_date >= day
                and x["left"] > 0
            ]
            usable.sort(key=lambda x: x["row"].expiry_date)
            return usable[0] if usable else None

        def qc(day: dt.date, lot: dict[str, Any] | None, reason: str) -> None:
            if lot is None or lot["left"] < 2:
                return
            s.add(
                QcRun(
                    lot_id=lot["row"].id,
                    run_on=day,
                    operator_id=counsellor_id,
                    reason=reason,
                    positive_control_ok=True,
                    negative_control_ok=True,
                    kits_used=2,
                    created_at=_at(day, 9, 15),
                )
            )
            lot["left"] -= 2
            counts["hts_qc_runs"] += 1

        last_qc: dt.date | None = None
        qc_done: set[int] = set()
        referral_rows: list[tuple[Referral, dt.date]] = []
        day = start
        while day < end:
            weekday = day.weekday() < 5
            if weekday:
                storage = round(rng.gauss(19, 2.5), 1)
                if rng.random() < 0.01:
                    storage = round(rng.uniform(27.5, 30), 1)
                s.add(
                    TemperatureReading(
                        read_at=_at(day, 9, 5),
                        storage_temp_c=storage,
                        room_temp_c=round(rng.gauss(22, 1.5), 1),
                        created_at=_at(day, 9, 5),
                    )
                )
                counts["hts_temperatures"] += 1
                for x in lots:
                    if x["row"].id not in qc_done and x["row"].received_on <= day and not x.get("reserve"):
                        qc_done.add(x["row"].id)
                        qc(day, x, "new_lot")
                        last_qc = day
                if last_qc is None or (day - last_qc).days >= 30:
                    qc(day, pick(day), "monthly")
                    last_qc = day
                for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
                    lot = pick(day)
                    if lot is None:
                        break
                    client_id = rng.choice(client_ids)
                    at = _at(day, rng.randint(10, 16), rng.randint(0, 59))
                    on_prep = rng.random() < 0.08
                    risks = rng.sample(sorted(rules.RISK_ITEMS), rng.randint(0, 3))
                    cs = CounsellingSession(
                        client_id=client_id,
                        counsellor_id=counsellor_id,
                        session_at=at,
                        pre_test_counselling=True,
                        consent_given=rng.random() > 0.03,
                        risk_items=json.dumps(risks) if risks else None,
                        risk_reduction_plan="Condoms with every client; PrEP information" if risks else None,
                        ever_tested=rng.random() < 0.7,
                        previous_self_test=rng.random() < 0.1,
                        on_prep=on_prep,
                        on_art=False,
                        post_test_counselling=True,
                        peer_support_offered=False,
                        created_at=at,
                    )
                    s.add(cs)
                    s.flush()
                    counts["hts_sessions"] += 1
                    if not cs.consent_given:
                        cs.post_test_counselling = False
                        continue
                    started = at + dt.timedelta(minutes=10)
                    roll = rng.random()
                    repeat_of = None
                    for attempt in range(2):
                        lot = pick(day)
                        if lot is None:
                            break
                        if roll < 0.015 and attempt == 0:
                            minutes, control, line = rng.choice(((22, False, False), (44, None, None)))
                        elif roll < 0.035:
                            minutes, control, line = rng.randint(20, 35), True, True
                        else:
                            minutes, control, line = rng.randint(20, 35), True, False
                        read = started + dt.timedelta(minutes=minutes, seconds=rng.randint(0, 50))
                        reason: str | None
                        if control is None:
                            result, reason = "invalid", "too_late"
                        else:
                            result = rules.derive_result(control, bool(line)).value
                            reason = "no_control" if result == "invalid" else None
                        t = HivTest(
                            client_id=client_id,
                            session_id=cs.id,
                            counsellor_id=counsellor_id,
                            lot_id=lot["row"].id,
                            repeat_of_id=repeat_of,
                            started_at=started,
                            read_at=read,
                            elapsed_minutes=rules.elapsed_minutes(started, read),
                            control_line=control,
                            test_line=line,
                            result=result,
                            invalid_reason=reason,
                            result_given=True,
                            retrospective=rng.random() < 0.03,
                            created_at=started,
                        )
                        t.modality = demo_modality(client_id, started, t.retrospective)
                        s.add(t)
                        s.flush()
                        lot["left"] -= 1
                        counts["hts_tests"] += 1
                        if result != "invalid":
                            break
                        repeat_of, started = t.id, read + dt.timedelta(minutes=2)
                        roll = 0.5 if rng.random() > 0.02 else 0.02
                    if result == "reactive":
                        counts["hts_reactive"] += 1
                        accepted = rng.random() < 0.6
                        ref = Referral(
                            client_id=client_id,
                            test_id=t.id,
                            destination_id=rng.choice(dests),
                            purpose="confirmatory",
                            referred_on=day,
                            due_date=day + dt.timedelta(days=7),
                            accompaniment_offered=True,
                            accompaniment_accepted=accepted,
                            home_country_linkage=False,
                            created_at=read,
                        )
                        s.add(ref)
                        s.flush()
                        referral_rows.append((ref, day))
                        cs.peer_support_offered = True
            day += dt.timedelta(days=1)

        # realistic follow-up: most linked within weeks, some negative, declined, lost, some still open
        # the two most recent referrals past their due date stay open, so the overdue list has work on it
        overdue = [ref for ref, tested in referral_rows if (today - tested).days > 8][-2:]
        for ref, tested in referral_rows:
            age = (today - tested).days
            fate = rng.random()
            d = tested + dt.timedelta(days=rng.randint(1, 4))
            if age < 5 or (fate < 0.25 and age < 90) or ref in overdue:
                if age > 3 and rng.random() < 0.7:
                    s.add(
                        FollowUpAttempt(
                            referral_id=ref.id,
                            attempted_on=min(d, today),
                            method="phone",
                            outcome="no_answer",
                            created_at=_at(min(d, today), 15, 0),
                        )
                    )
                continue  # still open (possibly overdue)
            if fate < 0.8:
                s.add(
                    FollowUpAttempt(
                        referral_id=ref.id,
                        attempted_on=d,
                        method=rng.choice(("phone", "message")),
                        outcome="reached",
                        created_at=_at(d, 15, 0),
                    )
                )
                conf = tested + dt.timedelta(days=rng.randint(2, 9))
                art = conf + dt.timedelta(days=rng.randint(1, 30))
                if art >= today:
                    continue
                ref.confirmatory_result, ref.confirmatory_on = "positive", conf
                ref.registered_on, ref.art_start_on = conf, art
                ref.closed_on, ref.close_reason = art, "linked"
                ref.home_country_linkage = rng.random() < 0.1
            elif fate < 0.88:
                conf = tested + dt.timedelta(days=rng.randint(3, 10))
                ref.confirmatory_result, ref.confirmatory_on = "negative", conf
                ref.closed_on, ref.close_reason = conf, "confirmed_negative"
            else:
                for k in range(5):
                    when = tested + dt.timedelta(days=3 + 4 * k)
                    s.add(
                        FollowUpAttempt(
                            referral_id=ref.id,
                            attempted_on=when,
                            method="phone",
                            outcome=rng.choice(("no_answer", "wrong_number", "message_left")),
                            created_at=_at(when, 15, 0),
                        )
                    )
                ref.closed_on, ref.close_reason = tested + dt.timedelta(days=20), "lost"
        counts["hts_referrals"] = len(referral_rows)

        # the expired lot's leftovers are still on the shelf (a warning in the app); discard a few damaged kits
        newest = lots[-1]
        if newest["left"] > 3:
            s.add(
                KitDiscard(
                    lot_id=newest["row"].id,
                    discarded_on=newest["row"].received_on,
                    quantity=1,
                    reason="damaged",
                    created_at=_at(newest["row"].received_on, 11, 0),
                )
            )
    return counts
