"""Services for the children's area: children register, sessions and workshops, schedules, attendance.

Everything returned here is children's-area data plus, at most, the parent's
client code: never anything from the parent's visits, tests, shelter stays or
incidents. The facilitator role may only check that a client code exists.

One module per service (``register``, ``sessions``, ``schedules``,
``attendance``); shared records and helpers are in ``common``. This module
gathers them so callers import from one place.
"""

from __future__ import annotations

from dropin.children.attendance import AttendanceService
from dropin.children.common import (
    AGE_BANDS,
    DEFAULT_TYPE_LABELS,
    KIND_LABELS,
    KINDS,
    MAX_CHILD_AGE,
    MAX_GENERATE_DAYS,
    STATUS_LABELS,
    STATUSES,
    ActivityTypeInfo,
    AdultRow,
    AttendanceRow,
    ChildInfo,
    ScheduleInfo,
    SessionInfo,
    StaffInfo,
    kind_label,
    status_label,
    type_label,
)
from dropin.children.register import ChildrenService
from dropin.children.schedules import ScheduleService
from dropin.children.sessions import SessionService
from dropin.models.children import ChildAttendance

__all__ = [
    "AGE_BANDS",
    "DEFAULT_TYPE_LABELS",
    "KIND_LABELS",
    "KINDS",
    "MAX_CHILD_AGE",
    "MAX_GENERATE_DAYS",
    "STATUS_LABELS",
    "STATUSES",
    "ActivityTypeInfo",
    "AdultRow",
    "AttendanceRow",
    "AttendanceService",
    "ChildAttendance",
    "ChildInfo",
    "ChildrenService",
    "ScheduleInfo",
    "ScheduleService",
    "SessionInfo",
    "SessionService",
    "StaffInfo",
    "kind_label",
    "status_label",
    "type_label",
]
