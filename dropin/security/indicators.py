"""The weekly report's "Access to confidential records" section: counts of sensitive audit events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from dropin.security.trail import sensitive_counts


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, int]:
    return {f"access.{key}": value for key, value in sensitive_counts(session, start, end).items()}


def compute_series(session, bounds, as_of: dt.date | None = None) -> list[dict]:
    """No figure of this section has a trend chart."""
    return [{} for _ in bounds]
