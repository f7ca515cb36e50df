"""The weekly report's "Access to confidential records" section: counts of sensitive audit events."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from dropin.security.trail import sensitive_counts

if TYPE_CHECKING:
    from dropin.reports.series import Bounds, Counts


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, int]:
    return {f"access.{key}": value for key, value in sensitive_counts(session, start, end).items()}


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """No figure of this section has a trend chart."""
    return [{} for _ in bounds]
