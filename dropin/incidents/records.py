"""Plain objects of the incident area (what services return; never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class IncidentInput:
    """What the legal advisor records. ``complained`` is ``None`` until the person has decided."""

    occurred_on: dt.date
    date_precision: str = "day"
    client_code: str | None = None  # empty: anonymous
    place_type: str | None = None
    area: str | None = None
    perpetrator: str | None = None
    violations: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    account: str | None = None
    complained: bool | None = None
    complaint_to: str | None = None
    complaint_on: dt.date | None = None


@dataclass(frozen=True)
class IncidentRow:
    """One line of the legal advisor's list."""

    id: int
    code: str | None
    occurred_on: dt.date
    date_precision: str
    perpetrator: str | None
    violations: tuple[str, ...]
    waiting: bool  # opened at check-in, details not yet recorded
    consent: bool
    case_outcome: str | None  # the newest live case's outcome
    voided: bool = False


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    kind: str
    holder: str
    noted_on: dt.date


@dataclass(frozen=True)
class StageInfo:
    id: int
    stage: str
    reached_on: dt.date


@dataclass(frozen=True)
class CaseInfo:
    id: int
    case_type: str
    opened_on: dt.date
    outcome: str
    decided_on: dt.date | None
    stages: tuple[StageInfo, ...] = ()


@dataclass(frozen=True)
class ConsentInfo:
    consent: bool
    given_on: dt.date


@dataclass(frozen=True)
class IncidentDetail:
    id: int
    data: IncidentInput
    waiting: bool
    consent: bool
    consent_on: dt.date | None
    consents: tuple[ConsentInfo, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()
    cases: tuple[CaseInfo, ...] = ()
    voided: bool = False
    void_reason: str | None = None
