"""Plain objects of the front desk's visits and service catalogue (re-exported by ``service.py``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dropin.visits.catalogue import service_label


@dataclass(frozen=True)
class CatalogueItem:
    id: int
    code: str
    label: str  # as stored (source text for the defaults)
    category: str
    has_quantity: bool
    needs_destination: bool
    sort_order: int
    active: bool

    @property
    def display(self) -> str:
        return service_label(self.label)


@dataclass(frozen=True)
class ServiceGiven:
    code: str
    quantity: int = 1
    destination_id: int | None = None


@dataclass(frozen=True)
class VisitInput:
    client_id: int | None
    channel: str = "walk_in"
    services: tuple[ServiceGiven, ...] = ()
    note: str | None = None
    anonymous: bool = False


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_at: dt.datetime
    client_id: int | None
    code: str | None  # None: anonymous walk-in
    channel: str
    services: str  # translated summary
    note: str | None
    recorded_by: str | None
    voided: bool = False
    void_reason: str | None = None
    service_codes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ClientHistory:
    """Visits over time and services for one client (the profile)."""

    visit_count: int
    first_visit: dt.date | None
    last_visit: dt.date | None
    by_month: list[tuple[str, int]]  # ("2026-03", 4), oldest first
    services: list[tuple[str, int]]  # (translated label, times), most first
    channels: list[tuple[str, int]]  # (channel code, visits)
