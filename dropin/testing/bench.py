"""``dropin bench`` hooks for HIV testing: five years of sessions, tests, kit lots, QC and referrals.

Rows follow the demo's pattern and reconcile like real ones: every test uses a
kit from the lot in use on its day (first expiry first out), and each lot's
quantity received equals its tests + invalid tests + QC kits + what is left on
the shelf. About 2.5 % of tests are reactive; each gets a confirmatory
referral, followed up as in the demo (most linked, some negative or lost, the
recent ones still open and some of those overdue). Written with Core
``insert()`` executemany in batches, ids assigned here.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from dropin.models.testing import (
    CounsellingSession,
    FollowUpAttempt,
    HivTest,
    KitLot,
    QcRun,
    Referral,
    TemperatureReading,
)
from dropin.security import audit
from dropin.security.roles import Role
from dropin.testing import rules
from dropin.testing.demo import demo_modality

if TYPE_CHECKING:
    from dropin.bench import BenchEnv

KIT = "OraQuick ADVANCE HIV-1/2"
LOT_DAYS = 60
BATCH = 20_000


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def build(env: BenchEnv) -> dict[str, int]:
    rng = env.rng
    counsellor = env.users[Role.PEER_COUNSELLOR].id
    ctx = env.ctx(Role.PEER_COUNSELLOR)
    stamp = {"created_by_id": counsellor, "changed_by_id": counsellor}
    client_ids = [c for c, _y in env.clients]
    dests = env.shared.get("aids_centres") or env.shared.get("destinations") or [None]
    with env.db.session() as s:
        ids = {
            name: (s.scalar(select(func.max(model.id))) or 0) + 1
            for name, model in (
                ("session", CounsellingSession),
                ("test", HivTest),
                ("lot", KitLot),
                ("referral", Referral),
                ("qc", QcRun),
                ("attempt", FollowUpAttempt),
            )
        }

    weekdays = [
        env.start + dt.timedelta(days=i)
        for i in range((env.end - env.start).days)
        if (env.start + dt.timedelta(days=i)).weekday() < 5
    ]
    n_tests = env.sizes["tests"]
    per_day = [n_tests // len(weekdays)] * len(weekdays)
    for i in rng.sample(range(len(weekdays)), n_tests - sum(per_day)):
        per_day[i] += 1

    rows: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("lots", "qc", "sessions", "tests", "referrals", "attempts", "temps")
    }
    lots: list[dict[str, Any]] = []
    lot: dict[str, Any] | None = None
    used_in_lot = 0
    last_qc: dt.date | None = None
    referrals: list[tuple[dict[str, Any], dt.date]] = []
    tests_made = 0

    def new_lot(day: dt.date) -> dict[str, Any]:
        nonlocal used_in_lot
        row = {
            "id": ids["lot"],
            "kit_name": KIT,
            "lot_number": f"OQ-{ids['lot']:04d}",
            "received_on": day,
            "expiry_date": day + dt.timedelta(days=LOT_DAYS + 120),
            "quantity_received": 0,
            "source": rng.choice(("donation", "purchase")),
            "arrival_temp_c": round(rng.gauss(12, 4), 1),
            "note": None,
            "created_at": _at(day, 9),
            "changed_at": _at(day, 9),
            **stamp,
        }
        ids["lot"] += 1
        lots.append(row)
        used_in_lot = 0
        return row

    def qc(day: dt.date, reason: str) -> None:
        nonlocal used_in_lot
        assert lot is not None  # a lot is received on the first day
        rows["qc"].append(
            {
                "id": ids["qc"],
                "lot_id": lot["id"],
                "run_on": day,
                "operator_id": counsellor,
                "reason": reason,
                "positive_control_ok": True,
                "negative_control_ok": True,
                "kits_used": 2,
                "note": None,
                "created_at": _at(day, 9, 15),
                "changed_at": _at(day, 9, 15),
                **stamp,
            }
        )
        ids["qc"] += 1
        used_in_lot += 2

    for day, n in zip(weekdays, per_day, strict=True):
        if lot is None or (day - lot["received_on"]).days >= LOT_DAYS:
            if lot is not None:
                lot["quantity_received"] = used_in_lot + rng.randint(3, 25)
            lot = new_lot(day)
            qc(day, "new_lot")
            last_qc = day
        elif last_qc is not None and (day - last_qc).days >= 30:
            qc(day, "monthly")
            last_qc = day
        rows["temps"].append(
            {
                "read_at": _at(day, 9, 5),
                "storage_temp_c": round(rng.gauss(19, 2.5), 1),
                "room_temp_c": round(rng.gauss(22, 1.5), 1),
                "note": None,
                "created_at": _at(day, 9, 5),
                "changed_at": _at(day, 9, 5),
                **stamp,
            }
        )
        made = 0
        while made < n:
            client_id = rng.choice(client_ids)
            at = _at(day, rng.randint(10, 16), rng.randint(0, 59))
            risks = rng.sample(sorted(rules.RISK_ITEMS), rng.randint(0, 3))
            session = {
                "id": ids["session"],
                "client_id": client_id,
                "counsellor_id": counsellor,
                "session_at": at,
                "pre_test_counselling": True,
                "consent_given": True,
                "risk_items": json.dumps(risks) if risks else None,
                "risk_note": None,
                "risk_reduction_plan": "Condoms with every client" if risks else None,
                "ever_tested": rng.random() < 0.7,
                "months_since_last_test": None,
                "previous_self_test": False,
                "on_prep": rng.random() < 0.08,
                "on_art": False,
                "post_test_counselling": True,
                "peer_support_offered": False,
                "created_at": at,
                "changed_at": at,
                **stamp,
            }
            ids["session"] += 1
            rows["sessions"].append(session)
            started = at + dt.timedelta(minutes=10)
            repeat_of = None
            roll = rng.random()
            while made < n:
                if roll < 0.015 and repeat_of is None:
                    control, line = False, False
                elif roll < 0.04:
                    control, line = True, True
                else:
                    control, line = True, False
                read = started + dt.timedelta(minutes=rng.randint(20, 35), seconds=rng.randint(0, 50))
                result = rules.derive_result(control, line).value
                test = {
                    "id": ids["test"],
                    "client_id": client_id,
                    "session_id": session["id"],
                    "counsellor_id": counsellor,
                    "lot_id": lot["id"],
                    "repeat_of_id": repeat_of,
                    "started_at": started,
                    "read_at": read,
                    "elapsed_minutes": rules.elapsed_minutes(started, read),
                    "control_line": control,
                    "test_line": line,
                    "result": result,
                    "invalid_reason": "no_control" if result == "invalid" else None,
                    "result_given": True,
                    "retrospective": False,
                    "modality": demo_modality(client_id, started, False),
                    "created_at": started,
                    "changed_at": read,
                    **stamp,
                }
                ids["test"] += 1
                rows["tests"].append(test)
                used_in_lot += 1
                made += 1
                tests_made += 1
                if result != "invalid":
                    break
                repeat_of, started, roll = test["id"], read + dt.timedelta(minutes=2), 0.5
            if result == "reactive":
                session["peer_support_offered"] = True
                ref = {
                    "id": ids["referral"],
                    "client_id": client_id,
                    "test_id": test["id"],
                    "destination_id": rng.choice(dests),
                    "purpose": "confirmatory",
                    "referred_on": day,
                    "due_date": day + dt.timedelta(days=7),
                    "accompaniment_offered": True,
                    "accompaniment_accepted": rng.random() < 0.6,
                    "confirmatory_result": None,
                    "confirmatory_on": None,
                    "registered_on": None,
                    "art_start_on": None,
                    "home_country_linkage": False,
                    "home_country_note": None,
                    "closed_on": None,
                    "close_reason": None,
                    "created_at": read,
                    "changed_at": read,
                    **stamp,
                }
                ids["referral"] += 1
                referrals.append((ref, day))
    if lot is not None:
        lot["quantity_received"] = used_in_lot + 200  # the lot in use still has kits on the shelf

    today = env.end
    for ref, tested in referrals:
        age = (today - tested).days
        fate = rng.random()
        d = tested + dt.timedelta(days=rng.randint(1, 4))

        def attempt(on: dt.date, outcome: str, method: str = "phone", ref: dict[str, Any] = ref) -> None:
            rows["attempts"].append(
                {
                    "id": ids["attempt"],
                    "referral_id": ref["id"],
                    "attempted_on": on,
                    "method": method,
                    "outcome": outcome,
                    "note": None,
                    "created_at": _at(on, 15),
                    "changed_at": _at(on, 15),
                    **stamp,
                }
            )
            ids["attempt"] += 1

        if age < 5 or (fate < 0.25 and age < 90):
            if age > 3 and rng.random() < 0.7:
                attempt(min(d, today), "no_answer")
        elif fate < 0.8:
            attempt(d, "reached", rng.choice(("phone", "message")))
            conf = tested + dt.timedelta(days=rng.randint(2, 9))
            art = conf + dt.timedelta(days=rng.randint(1, 30))
            if art < today:
                ref.update(
                    confirmatory_result="positive",
                    confirmatory_on=conf,
                    registered_on=conf,
                    art_start_on=art,
                    closed_on=art,
                    close_reason="linked",
                )
        elif fate < 0.88:
            conf = tested + dt.timedelta(days=rng.randint(3, 10))
            ref.update(
                confirmatory_result="negative", confirmatory_on=conf, closed_on=conf, close_reason="confirmed_negative"
            )
        else:
            for k in range(5):
                attempt(
                    tested + dt.timedelta(days=3 + 4 * k), rng.choice(("no_answer", "wrong_number", "message_left"))
                )
            ref.update(closed_on=tested + dt.timedelta(days=20), close_reason="lost")
    rows["referrals"] = [r for r, _d in referrals]
    rows["lots"] = lots

    for key, model in (
        ("lots", KitLot),
        ("sessions", CounsellingSession),
        ("tests", HivTest),
        ("qc", QcRun),
        ("referrals", Referral),
        ("attempts", FollowUpAttempt),
        ("temps", TemperatureReading),
    ):
        data = rows[key]
        for i in range(0, len(data), BATCH):
            with ctx.transaction() as s:
                s.info["bulk"] = True
                s.execute(insert(model), data[i : i + BATCH])
                audit.record(s, "bulk_write", model.__tablename__, None, {"rows": len(data[i : i + BATCH])})
    return {
        "hts_sessions": len(rows["sessions"]),
        "hts_tests": tests_made,
        "hts_kit_lots": len(lots),
        "hts_qc_runs": len(rows["qc"]),
        "hts_referrals": len(referrals),
        "hts_followup_attempts": len(rows["attempts"]),
    }


def actions(env: BenchEnv) -> dict[str, Any]:
    from dropin.testing.referrals import ReferralService

    service = ReferralService(env.ctx(Role.PEER_COUNSELLOR))
    return {"overdue_list": service.overdue}
