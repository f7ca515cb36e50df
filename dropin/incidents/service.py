"""Incidents of violence and rights violations, the evidence log and legal cases.

Everything but the check-in hand-off requires ``INCIDENT_RECORD`` (legal
advisors). Every read of an incident's details is audited; audit entries carry
the record's id only, never a client code, category or reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import NotFound, ValidationError
from dropin.i18n import translate
from dropin.incidents import choices as ch
from dropin.incidents import handoffs
from dropin.incidents.records import (
    CaseInfo,
    ConsentInfo,
    EvidenceInfo,
    IncidentDetail,
    IncidentInput,
    IncidentRow,
    StageInfo,
)
from dropin.models.clients import Client
from dropin.models.incidents import Incident, IncidentConsent, IncidentEvidence, LegalCase, LegalCaseStage
from dropin.security.permissions import Permission

MAX_ACCOUNT = 10_000
MAX_AREA = 60


def normalise_date(day: dt.date, precision: str) -> dt.date:
    """The first day of what is known: the month's first day, or 1 January."""
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


def _join(values: Iterable[str] | None, choices: dict[str, str], message: str, field: str) -> str | None:
    picked = list(dict.fromkeys(v for v in (values or ()) if v))
    if any(v not in choices for v in picked):
        raise ValidationError(message, field)
    return ",".join(picked) or None


class IncidentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------- hand-off
    def hand_off(self, client_id: int | None, on: dt.date) -> None:
        """Open an incident for the legal advisor with only the code and date; nothing comes back.

        A second hand-off for the same person and day (a double click, a second
        window) adds nothing.
        """
        self.ctx.require(Permission.INCIDENT_HANDOFF)
        if on > self.ctx.today():
            raise ValidationError(translate("Incidents", "An incident cannot be dated in the future."), "occurred_on")
        with self.ctx.transaction() as s:
            if client_id is not None and s.get(Client, client_id) is None:
                raise NotFound(translate("Incidents", "This client no longer exists."))
            if "legal" not in self.ctx.db.held_stores:  # this login cannot open the legal store: seal it
                handoffs.seal(s, client_id, on, self.ctx.acting.id, self.ctx.now())
                return None
            if client_id is not None and handoffs.already_handed_off(s, client_id, on):
                return None
            s.add(
                Incident(
                    client_id=client_id, occurred_on=on, date_precision="day", from_checkin=True, consent_advocacy=False
                )
            )
        return None

    # ------------------------------------------------------------- validation
    def _validated(self, s: Session, data: IncidentInput) -> dict[str, Any]:
        if data.date_precision not in ch.PRECISIONS:
            raise ValidationError(translate("Incidents", "Please say how exactly the date is known."), "date_precision")
        if data.occurred_on is None:
            raise ValidationError(translate("Incidents", "Please give the date of the incident."), "occurred_on")
        occurred = normalise_date(data.occurred_on, data.date_precision)
        today = self.ctx.today()
        if occurred > today:
            raise ValidationError(translate("Incidents", "An incident cannot be dated in the future."), "occurred_on")
        if data.place_type is not None and data.place_type not in ch.PLACE_TYPES:
            raise ValidationError(translate("Incidents", "Please choose the kind of place."), "place_type")
        if data.perpetrator not in ch.PERPETRATORS:
            raise ValidationError(translate("Incidents", "Please choose who did it."), "perpetrator")
        violations = _join(
            data.violations, ch.VIOLATIONS, translate("Incidents", "Unknown kind of violation."), "violations"
        )
        if not violations:
            raise ValidationError(translate("Incidents", "Please tick at least one thing that happened."), "violations")
        support = _join(data.support, ch.SUPPORT, translate("Incidents", "Unknown kind of support."), "support")
        account = (data.account or "").strip()
        if len(account) > MAX_ACCOUNT:
            raise ValidationError(
                translate("Incidents", "The account is too long (at most 10,000 characters)."), "account"
            )
        area = " ".join((data.area or "").split())[:MAX_AREA] or None
        complaint_to = complaint_on = None
        if data.complained is True:
            if data.complaint_to not in ch.COMPLAINT_BODIES:
                raise ValidationError(
                    translate("Incidents", "Please say where the complaint was made."), "complaint_to"
                )
            complaint_to, complaint_on = data.complaint_to, data.complaint_on
            if complaint_on is not None and complaint_on > today:
                raise ValidationError(
                    translate("Incidents", "A complaint cannot be dated in the future."), "complaint_on"
                )
            if complaint_on is not None and complaint_on < occurred:
                raise ValidationError(
                    translate("Incidents", "The complaint cannot be dated before the incident."), "complaint_on"
                )
        client_id = None
        code = (data.client_code or "").strip()
        if code:
            from dropin.clients.codes import normalise_code

            client_id = s.scalar(
                select(Client.id).where(Client.code == normalise_code(code), Client.voided_at.is_(None))
            )
            if client_id is None:
                raise ValidationError(
                    translate(
                        "Incidents", "No client has this code. Leave it empty to record the incident anonymously."
                    ),
                    "client_code",
                )
        return dict(
            client_id=client_id,
            occurred_on=occurred,
            date_precision=data.date_precision,
            place_type=data.place_type,
            area=area,
            perpetrator=data.perpetrator,
            violations=violations,
            support=support,
            account=account or None,
            complained=data.complained,
            complaint_to=complaint_to,
            complaint_on=complaint_on,
        )

    def _incident(self, s: Session, incident_id: int, *, live: bool = True) -> Incident:
        row = s.get(Incident, incident_id)
        if row is None or (live and row.voided_at is not None):
            raise NotFound(translate("Incidents", "This incident no longer exists."))
        return row

    # ------------------------------------------------------------- writing
    def create(self, data: IncidentInput) -> int:
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            row = Incident(**self._validated(s, data), consent_advocacy=False, from_checkin=False)
            s.add(row)
            s.flush()
            return row.id

    def update(self, incident_id: int, data: IncidentInput) -> None:
        """Record the details (also of a handed-off incident, which then no longer waits)."""
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            row = self._incident(s, incident_id)
            for key, value in self._validated(s, data).items():
                setattr(row, key, value)

    def set_consent(self, incident_id: int, consent: bool, on: dt.date | None = None) -> None:
        """The person's yes or no to using the case, anonymised, in advocacy reports (dated, kept as history)."""
        self.ctx.require(Permission.INCIDENT_RECORD)
        on = on or self.ctx.today()
        if on > self.ctx.today():
            raise ValidationError(translate("Incidents", "Consent cannot be dated in the future."), "consent_on")
        with self.ctx.transaction() as s:
            row = self._incident(s, incident_id)
            s.add(IncidentConsent(incident_id=row.id, consent=bool(consent), given_on=on))
            row.consent_advocacy = bool(consent)
            row.consent_on = on

    def void(self, incident_id: int, reason: str) -> None:
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            self.ctx.void(self._incident(s, incident_id), reason)

    # ------------------------------------------------------------- evidence
    def add_evidence(self, incident_id: int, kind: str, holder: str, noted_on: dt.date | None = None) -> int:
        """Note that evidence exists and who holds it. Files are never stored."""
        self.ctx.require(Permission.INCIDENT_RECORD)
        if kind not in ch.EVIDENCE_KINDS:
            raise ValidationError(translate("Incidents", "Please choose the kind of evidence."), "evidence_kind")
        if holder not in ch.EVIDENCE_HOLDERS:
            raise ValidationError(translate("Incidents", "Please say who holds the evidence."), "evidence_holder")
        with self.ctx.transaction() as s:
            row = self._incident(s, incident_id)
            item = IncidentEvidence(incident_id=row.id, kind=kind, holder=holder, noted_on=noted_on or self.ctx.today())
            s.add(item)
            s.flush()
            return item.id

    def void_evidence(self, evidence_id: int, reason: str) -> None:
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            item = s.get(IncidentEvidence, evidence_id)
            if item is None or item.voided_at is not None:
                raise NotFound(translate("Incidents", "This evidence entry no longer exists."))
            self.ctx.void(item, reason)

    # ------------------------------------------------------------- legal cases
    def open_case(self, incident_id: int, case_type: str, opened_on: dt.date | None = None) -> int:
        self.ctx.require(Permission.INCIDENT_RECORD)
        if case_type not in ch.CASE_TYPES:
            raise ValidationError(translate("Incidents", "Please choose the kind of case."), "case_type")
        opened_on = opened_on or self.ctx.today()
        if opened_on > self.ctx.today():
            raise ValidationError(translate("Incidents", "A case cannot be opened in the future."), "opened_on")
        with self.ctx.transaction() as s:
            row = self._incident(s, incident_id)
            case = LegalCase(incident_id=row.id, case_type=case_type, opened_on=opened_on, outcome="pending")
            s.add(case)
            s.flush()
            return case.id

    def _case(self, s: Session, case_id: int) -> LegalCase:
        case = s.get(LegalCase, case_id)
        if case is None or case.voided_at is not None:
            raise NotFound(translate("Incidents", "This legal case no longer exists."))
        return case

    def add_stage(self, case_id: int, stage: str, reached_on: dt.date | None = None) -> int:
        self.ctx.require(Permission.INCIDENT_RECORD)
        if stage not in ch.CASE_STAGES:
            raise ValidationError(translate("Incidents", "Please choose the stage of the case."), "stage")
        reached_on = reached_on or self.ctx.today()
        with self.ctx.transaction() as s:
            case = self._case(s, case_id)
            if reached_on > self.ctx.today() or reached_on < case.opened_on:
                raise ValidationError(
                    translate("Incidents", "A stage must be dated between the opening of the case and today."),
                    "stage_on",
                )
            item = LegalCaseStage(case_id=case.id, stage=stage, reached_on=reached_on)
            s.add(item)
            s.flush()
            return item.id

    def set_outcome(self, case_id: int, outcome: str, decided_on: dt.date | None = None) -> None:
        self.ctx.require(Permission.INCIDENT_RECORD)
        if outcome not in ch.OUTCOMES:
            raise ValidationError(translate("Incidents", "Please choose the outcome of the case."), "outcome")
        with self.ctx.transaction() as s:
            case = self._case(s, case_id)
            if outcome == "pending":
                case.outcome, case.decided_on = outcome, None
                return
            decided_on = decided_on or self.ctx.today()
            if decided_on > self.ctx.today() or decided_on < case.opened_on:
                raise ValidationError(
                    translate("Incidents", "The outcome must be dated between the opening of the case and today."),
                    "decided_on",
                )
            case.outcome, case.decided_on = outcome, decided_on

    def void_case(self, case_id: int, reason: str) -> None:
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            self.ctx.void(self._case(s, case_id), reason)

    # ------------------------------------------------------------- reading
    def count(self, *, waiting_only: bool = False) -> int:
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            handoffs.take(s, self.ctx.now())
            q = select(func.count()).select_from(Incident).where(Incident.voided_at.is_(None))
            if waiting_only:
                q = q.where(Incident.violations.is_(None))
            return int(s.scalar(q) or 0)

    def rows(self, offset: int = 0, limit: int = 200, *, include_void: bool = False) -> list[IncidentRow]:
        """The list, newest first (handed-off incidents waiting for details on top). The look is audited."""
        self.ctx.require(Permission.INCIDENT_RECORD)
        newest_case = (
            select(LegalCase.outcome)
            .where(LegalCase.incident_id == Incident.id, LegalCase.voided_at.is_(None))
            .order_by(LegalCase.opened_on.desc(), LegalCase.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        q = (
            select(Incident, Client.code, newest_case)
            .outerjoin(Client, Client.id == Incident.client_id)
            .order_by(Incident.violations.is_(None).desc(), Incident.occurred_on.desc(), Incident.id.desc())
            .offset(offset)
            .limit(limit)
        )
        if not include_void:
            q = q.where(Incident.voided_at.is_(None))
        with self.ctx.transaction() as s:
            handoffs.take(s, self.ctx.now())
            result = s.execute(q).all()
            if offset == 0:
                self.ctx.audit(s, "read", "incidents", None, {"list": True})
            return [
                IncidentRow(
                    i.id,
                    code,
                    i.occurred_on,
                    i.date_precision,
                    i.perpetrator,
                    ch.codes(i.violations),
                    i.violations is None,
                    i.consent_advocacy,
                    outcome,
                    i.voided_at is not None,
                )
                for i, code, outcome in result
            ]

    def areas(self) -> list[str]:
        """Areas recorded so far, for the form's suggestions."""
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            return sorted(a for a in s.scalars(select(Incident.area).where(Incident.area.is_not(None)).distinct()) if a)

    def open(self, incident_id: int) -> IncidentDetail:
        """The whole record with its evidence log, consent history and cases. The read is audited."""
        self.ctx.require(Permission.INCIDENT_RECORD)
        with self.ctx.transaction() as s:
            row = self._incident(s, incident_id, live=False)
            self.ctx.audit_read(s, "incidents", row.id)
            code = s.scalar(select(Client.code).where(Client.id == row.client_id)) if row.client_id else None
            data = IncidentInput(
                row.occurred_on,
                row.date_precision,
                code,
                row.place_type,
                row.area,
                row.perpetrator,
                ch.codes(row.violations),
                ch.codes(row.support),
                row.account,
                row.complained,
                row.complaint_to,
                row.complaint_on,
            )
            consents = s.scalars(
                select(IncidentConsent)
                .where(IncidentConsent.incident_id == row.id, IncidentConsent.voided_at.is_(None))
                .order_by(IncidentConsent.given_on, IncidentConsent.id)
            ).all()
            evidence = s.scalars(
                select(IncidentEvidence)
                .where(IncidentEvidence.incident_id == row.id, IncidentEvidence.voided_at.is_(None))
                .order_by(IncidentEvidence.noted_on, IncidentEvidence.id)
            ).all()
            cases = []
            for case in s.scalars(
                select(LegalCase)
                .where(LegalCase.incident_id == row.id, LegalCase.voided_at.is_(None))
                .order_by(LegalCase.opened_on, LegalCase.id)
            ):
                stages = s.scalars(
                    select(LegalCaseStage)
                    .where(LegalCaseStage.case_id == case.id, LegalCaseStage.voided_at.is_(None))
                    .order_by(LegalCaseStage.reached_on, LegalCaseStage.id)
                ).all()
                cases.append(
                    CaseInfo(
                        case.id,
                        case.case_type,
                        case.opened_on,
                        case.outcome,
                        case.decided_on,
                        tuple(StageInfo(x.id, x.stage, x.reached_on) for x in stages),
                    )
                )
            return IncidentDetail(
                row.id,
                data,
                row.violations is None,
                row.consent_advocacy,
                row.consent_on,
                tuple(ConsentInfo(c.consent, c.given_on) for c in consents),
                tuple(EvidenceInfo(e.id, e.kind, e.holder, e.noted_on) for e in evidence),
                tuple(cases),
                row.voided_at is not None,
                row.void_reason,
            )
