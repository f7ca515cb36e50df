"""Health and case-work records with recognisable text, for the tests of the separately keyed stores."""

from __future__ import annotations

import datetime as dt

from dropin.models.clients import Client
from dropin.models.incidents import Incident
from dropin.models.shelter import ShelterBed, ShelterCaseNote, ShelterGoal, ShelterRoom, ShelterStay
from dropin.models.testing import CounsellingSession, FollowUpAttempt, HivTest, KitLot, Referral

#: text that appears only inside health and case-work records
MARKERS = (
    "MARKER-RISK-NOTE",
    "MARKER-REFERRAL-NOTE",
    "MARKER-FOLLOWUP-NOTE",
    "MARKER-REASON-NOTE",
    "MARKER-CASE-NOTE",
    "MARKER-LIFE-GOAL",
    "MARKER-OUTCOME-NOTE",
    "MARKER-INCIDENT-ACCOUNT",
)
DAY = dt.date(2026, 11, 20)


def fill(ctx) -> dict[str, int]:
    """One client tested reactive and referred, one shelter stay with reasons, a note and a goal, one incident."""
    at = dt.datetime.combine(DAY, dt.time(10))
    with ctx.transaction() as s:
        tested, sheltered = Client(code="TST01"), Client(code="SHL01")
        lot = KitLot(
            kit_name="OraQuick",
            lot_number="L1",
            expiry_date=DAY + dt.timedelta(days=300),
            received_on=DAY,
            quantity_received=10,
            source="donation",
        )
        room = ShelterRoom(name="Room 1", capacity=2)
        s.add_all([tested, sheltered, lot, room])
        s.flush()
        session = CounsellingSession(
            client_id=tested.id, session_at=at, consent_given=True, risk_note="MARKER-RISK-NOTE"
        )
        s.add(session)
        s.flush()
        test = HivTest(
            client_id=tested.id,
            session_id=session.id,
            lot_id=lot.id,
            started_at=at,
            read_at=at + dt.timedelta(minutes=20),
            control_line=True,
            test_line=True,
            result="reactive",
            result_given=True,
        )
        s.add(test)
        s.flush()
        referral = Referral(
            client_id=tested.id,
            test_id=test.id,
            referred_on=DAY,
            due_date=DAY,
            home_country_note="MARKER-REFERRAL-NOTE",
        )
        s.add(referral)
        s.flush()
        s.add(FollowUpAttempt(referral_id=referral.id, attempted_on=DAY, method="phone", outcome="reached",
                              note="MARKER-FOLLOWUP-NOTE"))  # fmt: skip
        bed = ShelterBed(room_id=room.id, label="A", available_from=DAY - dt.timedelta(days=30))
        s.add(bed)
        s.flush()
        stay = ShelterStay(
            client_id=sheltered.id,
            bed_id=bed.id,
            status="discharged",
            stay_type="crisis",
            admitted_on=DAY - dt.timedelta(days=5),
            planned_end=DAY,
            discharged_on=DAY,
            reasons="violence",
            reason_note="MARKER-REASON-NOTE",
            outcome_note="MARKER-OUTCOME-NOTE",
        )
        s.add(stay)
        s.flush()
        s.add(ShelterCaseNote(stay_id=stay.id, noted_on=DAY, text="MARKER-CASE-NOTE"))
        s.add(ShelterGoal(stay_id=stay.id, area="housing", description="MARKER-LIFE-GOAL", status="open"))
        s.add(
            Incident(
                client_id=sheltered.id,
                occurred_on=DAY,
                date_precision="day",
                perpetrator="police",
                violations="detention",
                account="MARKER-INCIDENT-ACCOUNT",
                consent_advocacy=False,
                from_checkin=False,
            )
        )
        s.flush()
        return {"tested": tested.id, "test": test.id, "referral": referral.id, "stay": stay.id}
