"""Summary rows of the visits, kept by the database itself (triggers of revision ``0011_weekfast_visit_rollups``).

The report's longer periods read these instead of every visit and service
line (a year to date of a busy centre holds some 90,000 visits and a quarter
of a million lines). They hold only live records: a visit or line voided,
corrected, moved to another day or added late changes them in the same
transaction, whatever wrote it (a service, a bulk load, a migration), because
the triggers on ``visits``, ``visit_services`` and ``clients`` keep them. No
code writes them; ``tests/test_reports_rollups.py`` checks them against the
records.

- :class:`VisitDayService`: per day and service, the live lines of live visits and their quantities;
- :class:`VisitDayChannel`: per day and channel, the live visits and how many were anonymous;
- :class:`VisitClientYear`: per client, calendar year and age band, the live visits and the first of
  them, with the client's gender: the distinct people of any period that starts on 1 January are the
  clients with a row of that year whose first visit is before the period's end (never a sum over weeks);
- :class:`VisitClientService`: per client, calendar year and service, the live lines of live visits and the
  first day of them: whether a person got a service in a period from 1 January (the prevention package).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base

#: the age band of a visit without one (a key column cannot be empty): sorts before every band
NO_BAND = ""


def from_new_year(start: dt.date, end: dt.date) -> bool:
    """``[start, end)`` runs from 1 January to the end of that year at the most: the clients' years answer for it."""
    return (start.month, start.day) == (1, 1) and end <= dt.date(start.year + 1, 1, 1)


def within_a_year(start: dt.date, end: dt.date) -> bool:
    """``[start, end)`` lies inside one calendar year: its people all have a row of that year in the clients' years."""
    return start.year == (end - dt.timedelta(days=1)).year


#: tables no import or copy writes: their rows follow from the records (``info``)
DERIVED = {"derived": True}


class VisitDayService(Base):
    __tablename__ = "visit_day_services"
    __table_args__ = {"sqlite_with_rowid": False, "info": DERIVED}

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service_items.id"), primary_key=True)
    lines: Mapped[int] = mapped_column(Integer, nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)


class VisitDayChannel(Base):
    __tablename__ = "visit_day_channels"
    __table_args__ = {"sqlite_with_rowid": False, "info": DERIVED}

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer, nullable=False)
    anonymous: Mapped[int] = mapped_column(Integer, nullable=False)


class VisitClientYear(Base):
    __tablename__ = "visit_client_years"
    __table_args__ = (
        # a client's rows (their earlier years, a change of gender)
        Index("ix_visit_client_years_client", "client_id", "year"),
        {"sqlite_with_rowid": False, "info": DERIVED},
    )

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    age_band: Mapped[str] = mapped_column(String(16), primary_key=True)
    gender: Mapped[str | None] = mapped_column(String(24))
    first_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    visits: Mapped[int] = mapped_column(Integer, nullable=False)


class VisitClientService(Base):
    __tablename__ = "visit_client_services"
    __table_args__ = {"sqlite_with_rowid": False, "info": DERIVED}

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service_items.id"), primary_key=True)
    first_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    lines: Mapped[int] = mapped_column(Integer, nullable=False)
