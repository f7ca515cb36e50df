"""Plain objects the shelter services hand to widgets (never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    capacity: int
    beds: int


@dataclass(frozen=True)
class BedInfo:
    id: int
    room_id: int
    room: str
    label: str
    available_from: dt.date
    out_of_service: bool
    out_of_service_reason: str | None

    @property
    def full_label(self) -> str:
        return f"{self.room} / {self.label}"


@dataclass(frozen=True)
class BoardTile:
    """One bed on the bed board. Carries no reasons, notes or goals, whoever asks."""

    bed_id: int
    room: str
    bed: str
    state: str  # free / occupied / reserved / out_of_service
    stay_id: int | None = None
    client_code: str | None = None
    since: dt.date | None = None
    nights: int | None = None  # nights so far (occupied)
    planned_end: dt.date | None = None
    overstay: bool = False
    out_of_service_reason: str | None = None
    next_reservation: dt.date | None = None  # free or occupied: first night of the next reservation
    children: int | None = None  # only for roles that manage stays
    details: bool = True  # False: codes and dates withheld (front desk, unless the centre shows them)


@dataclass(frozen=True)
class StayInfo:
    id: int
    client_id: int
    client_code: str
    bed_id: int
    bed_label: str
    status: str
    stay_type: str
    admitted_on: dt.date
    planned_end: dt.date
    discharged_on: dt.date | None
    outcome: str | None
    children_count: int
    children_ages: str | None
    approved_by: str | None
    nights: int
    overstay: bool
    referral_destination: str | None = None
    outcome_note: str | None = None
    # case data: filled only for roles with SHELTER_CASE
    reasons: tuple[str, ...] | None = None
    reason_note: str | None = None
    review_on: dt.date | None = None  # review date set with the latest extension
    review_due: bool = False  # a current stay whose review date has come


@dataclass(frozen=True)
class ExtensionInfo:
    id: int
    stay_id: int
    extended_on: dt.date
    previous_end: dt.date
    new_end: dt.date
    reason: str | None  # case work: only for roles with SHELTER_CASE
    review_on: dt.date | None
    approved_by: str | None


@dataclass(frozen=True)
class MoveInfo:
    id: int
    stay_id: int
    moved_on: dt.date
    from_bed: str
    to_bed: str
    reason: str | None  # case work: only for roles with SHELTER_CASE


@dataclass(frozen=True)
class GoalInfo:
    id: int
    stay_id: int
    area: str
    description: str
    status: str
    review_on: dt.date | None
    overdue: bool = False


@dataclass(frozen=True)
class CaseNoteInfo:
    id: int
    stay_id: int
    noted_on: dt.date
    text: str
    author: str | None


@dataclass(frozen=True)
class StaffChoice:
    id: int
    label: str


@dataclass(frozen=True)
class CaseFile:
    stay: StayInfo
    goals: list[GoalInfo] = field(default_factory=list)
    notes: list[CaseNoteInfo] = field(default_factory=list)


@dataclass(frozen=True)
class ChildrenChangeInfo:
    id: int
    changed_on: dt.date
    previous_count: int
    children_count: int
    children_ages: str | None


@dataclass(frozen=True)
class AttentionItem:
    """Something in a current stay that is due: its review date (``review``) or a goal past its target (``goal``)."""

    stay_id: int
    client_code: str
    kind: str  # review / goal
    due_on: dt.date
    goal: str | None  # the goal's description (case data)
