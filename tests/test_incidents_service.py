"""Incident records: the legal advisor's rules, hand-off from check-in, consent, evidence log, cases, audit."""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple

import pytest
from sqlalchemy import select

from dropin.clients.service import ClientInput, ClientService
from dropin.errors import PermissionDenied, ValidationError
from dropin.incidents.records import IncidentInput
from dropin.incidents.service import IncidentService
from dropin.models.incidents import Incident, IncidentConsent
from dropin.models.security import AuditEntry
from dropin.security.roles import Role
from tests.conftest import every_log

pytestmark = pytest.mark.both_engines


D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def legal(ctx_for):
    return IncidentService(ctx_for(Role.LEGAL_ADVISOR))


@pytest.fixture
def client_id(ctx_for):
    return ClientService(ctx_for(Role.FRONT_DESK)).register(ClientInput("ZETA1990F")).id


def full(**over) -> IncidentInput:
    base = dict(
        occurred_on=D(2026, 11, 2),
        date_precision="day",
        client_code="ZETA1990F",
        place_type="street",
        area="Lenin district",
        perpetrator="police",
        violations=("extortion", "detention"),
        support=("legal",),
        account="Stopped at night and taken to the station.",
    )
    base.update(over)
    return IncidentInput(**base)


Entry = namedtuple("Entry", "action entity entity_id detail")


def audit_rows(ctx):
    """Every entry this session can read: the main log and the legal store's chain (where incidents go)."""
    with ctx.transaction() as s:
        return [Entry(r.action, r.entity, r.entity_id, r.detail) for r in every_log(s)]


def test_the_main_log_names_no_incident(legal, client_id, ctx_for):
    legal.create(full())
    IncidentService(ctx_for(Role.FRONT_DESK)).hand_off(client_id, TODAY)
    legal.rows()
    with legal.ctx.transaction() as s:
        entities = {e for (e,) in s.execute(select(AuditEntry.entity)).all()}
    assert not {e for e in entities if e and e.startswith(("incident", "legal"))}


def test_legal_advisor_records_and_reads_back_with_audit(legal, client_id):
    incident_id = legal.create(full())
    detail = legal.open(incident_id)
    assert detail.data.client_code == "ZETA1990F"
    assert detail.data.violations == ("extortion", "detention")
    assert detail.data.complained is None  # never pre-selected
    assert not detail.consent
    reads = [
        r
        for r in audit_rows(legal.ctx)
        if r.action == "read" and r.entity == "incidents" and r.entity_id == str(incident_id)
    ]
    assert len(reads) == 1


def test_audit_entries_about_incidents_name_no_person_or_category(legal, client_id):
    incident_id = legal.create(full())
    legal.update(incident_id, full(perpetrator="client", violations=("sexual",)))
    legal.set_consent(incident_id, True)
    legal.open(incident_id)
    legal.rows()
    legal.void(incident_id, "Entered twice for ZETA1990F")
    entries = [r for r in audit_rows(legal.ctx) if (r.entity or "").startswith(("incident", "legal"))]
    assert entries
    text = json.dumps([list(r) for r in entries], ensure_ascii=False)
    for secret in ("ZETA1990F", "police", "client", "sexual", "extortion", "Lenin", "station", "twice"):
        assert secret not in text, secret


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.LEGAL_ADVISOR], ids=lambda r: r.value)
def test_every_other_role_is_refused_the_details(ctx_for, legal, client_id, role):
    incident_id = legal.create(full())
    service = IncidentService(ctx_for(role))
    calls = [
        lambda: service.open(incident_id),
        lambda: service.rows(),
        lambda: service.create(full()),
        lambda: service.update(incident_id, full()),
        lambda: service.set_consent(incident_id, True),
        lambda: service.add_evidence(incident_id, "audio", "legal_advisor"),
        lambda: service.open_case(incident_id, "administrative"),
        lambda: service.void(incident_id, "x"),
        lambda: service.count(),
        lambda: service.areas(),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()


def test_legal_advisor_sees_no_hiv_data(ctx_for):
    from dropin.testing.service import CounsellingService, TestService

    ctx = ctx_for(Role.LEGAL_ADVISOR)
    with pytest.raises(PermissionDenied):
        TestService(ctx).running_tests()
    with pytest.raises(PermissionDenied):
        CounsellingService(ctx).get_session(1)


def test_hand_off_opens_an_incident_with_only_code_and_date(ctx_for, legal, client_id):
    desk = IncidentService(ctx_for(Role.FRONT_DESK))
    assert desk.hand_off(client_id, TODAY) is None  # nothing comes back
    desk.hand_off(client_id, TODAY)  # a double click adds nothing
    with legal.ctx.transaction() as s:
        rows = s.scalars(select(Incident)).all()
        assert len(rows) == 1
        row = rows[0]
        assert (row.client_id, row.occurred_on, row.from_checkin) == (client_id, TODAY, True)
        assert row.perpetrator is row.violations is row.account is row.complained is row.place_type is None
        assert row.consent_advocacy is False
    listed = legal.rows()
    assert listed[0].waiting and listed[0].code == "ZETA1990F"
    with pytest.raises(PermissionDenied):
        desk.open(row.id)
    with pytest.raises(PermissionDenied):
        desk.rows()
    legal.update(row.id, full(occurred_on=TODAY))
    assert not legal.rows()[0].waiting
    desk.hand_off(client_id, TODAY)  # once recorded, a new hand-off opens a new incident
    assert legal.count() == 2 and legal.count(waiting_only=True) == 1


def test_hand_off_cannot_be_dated_in_the_future(ctx_for, client_id):
    with pytest.raises(ValidationError):
        IncidentService(ctx_for(Role.FRONT_DESK)).hand_off(client_id, TODAY + dt.timedelta(days=1))


def test_anonymous_incident_and_approximate_dates(legal):
    a = legal.create(full(client_code=None, occurred_on=D(2026, 3, 17), date_precision="month"))
    b = legal.create(full(client_code="", occurred_on=D(2025, 8, 9), date_precision="year"))
    assert legal.open(a).data.occurred_on == D(2026, 3, 1)
    assert legal.open(a).data.client_code is None
    assert legal.open(b).data.occurred_on == D(2025, 1, 1)
    with pytest.raises(ValidationError) as err:
        legal.create(full(client_code=None, date_precision="week"))
    assert err.value.field == "date_precision"
    with pytest.raises(ValidationError) as err:
        legal.create(full(client_code=None, occurred_on=TODAY + dt.timedelta(days=1)))
    assert err.value.field == "occurred_on"


def test_validation_of_choices(legal, client_id):
    cases = [
        (full(perpetrator=None), "perpetrator"),
        (full(perpetrator="neighbour"), "perpetrator"),
        (full(violations=()), "violations"),
        (full(violations=("physical", "gossip")), "violations"),
        (full(support=("money",)), "support"),
        (full(place_type="moon"), "place_type"),
        (full(client_code="NOSUCH1"), "client_code"),
        (full(account="x" * 10_001), "account"),
        (full(complained=True), "complaint_to"),
        (full(complained=True, complaint_to="police", complaint_on=D(2026, 10, 1)), "complaint_on"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as err:
            legal.create(data)
        assert err.value.field == field, data


def test_complaint_is_the_persons_choice(legal, client_id):
    declined = legal.open(legal.create(full(complained=False, complaint_to="police", complaint_on=D(2026, 11, 3))))
    assert (declined.data.complained, declined.data.complaint_to, declined.data.complaint_on) == (False, None, None)
    filed = legal.open(legal.create(full(complained=True, complaint_to="prosecutor", complaint_on=D(2026, 11, 5))))
    assert (filed.data.complaint_to, filed.data.complaint_on) == ("prosecutor", D(2026, 11, 5))


def test_consent_is_changeable_dated_and_kept_as_history(legal, client_id, clock):
    incident_id = legal.create(full())
    legal.set_consent(incident_id, True, D(2026, 11, 10))
    legal.set_consent(incident_id, False)
    detail = legal.open(incident_id)
    assert not detail.consent and detail.consent_on == TODAY
    assert [(c.consent, c.given_on) for c in detail.consents] == [(True, D(2026, 11, 10)), (False, TODAY)]
    with legal.ctx.transaction() as s:
        assert s.scalar(select(IncidentConsent.id).limit(1)) is not None
    with pytest.raises(ValidationError):
        legal.set_consent(incident_id, True, TODAY + dt.timedelta(days=1))
    consent_entries = [r for r in audit_rows(legal.ctx) if r.entity == "incident_consents" and r.action == "create"]
    assert len(consent_entries) == 2 and all(r.detail is None for r in consent_entries)


def test_evidence_log_case_stages_and_outcome(legal, client_id):
    incident_id = legal.create(full())
    evidence_id = legal.add_evidence(incident_id, "audio", "legal_advisor")
    legal.add_evidence(incident_id, "document", "person")
    with pytest.raises(ValidationError):
        legal.add_evidence(incident_id, "file.mp3", "legal_advisor")
    legal.void_evidence(evidence_id, "Recorded by mistake")
    case_id = legal.open_case(incident_id, "administrative", D(2026, 11, 5))
    legal.add_stage(case_id, "filed", D(2026, 11, 5))
    legal.add_stage(case_id, "hearing", D(2026, 11, 20))
    with pytest.raises(ValidationError):
        legal.add_stage(case_id, "hearing", D(2026, 11, 1))
    with pytest.raises(ValidationError):
        legal.set_outcome(case_id, "won", D(2026, 11, 1))
    legal.set_outcome(case_id, "won", D(2026, 11, 21))
    detail = legal.open(incident_id)
    assert [(e.kind, e.holder) for e in detail.evidence] == [("document", "person")]
    assert detail.cases[0].outcome == "won" and detail.cases[0].decided_on == D(2026, 11, 21)
    assert [x.stage for x in detail.cases[0].stages] == ["filed", "hearing"]
    assert legal.rows()[0].case_outcome == "won"
    legal.set_outcome(case_id, "pending")
    assert legal.open(incident_id).cases[0].decided_on is None


def test_void_needs_a_reason_and_keeps_the_record(legal, client_id):
    incident_id = legal.create(full())
    with pytest.raises(ValidationError):
        legal.void(incident_id, " ")
    legal.void(incident_id, "Duplicate")
    assert legal.rows() == []
    assert legal.rows(include_void=True)[0].voided
    detail = legal.open(incident_id)
    assert detail.voided and detail.void_reason == "Duplicate"
