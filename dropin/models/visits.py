"""Front desk: the service catalogue, visits and the services given on each visit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dropin.models.base import Base, Tracked


class ServiceItem(Tracked, Base):
    """One entry of the service catalogue. Retired (``active`` false), never deleted."""

    __tablename__ = "service_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    label: Mapped[str] = mapped_column(String(120), nullable=False)
    category: Mapped[str] = mapped_column(String(24), nullable=False, default="support")
    has_quantity: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    needs_destination: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Visit(Tracked, Base):
    """One contact with the centre; ``client_id`` is empty for an anonymous walk-in."""

    __tablename__ = "visits"
    __table_args__ = (
        # the report reads live visits of a period from this index alone (covering)
        Index("ix_visits_visit_date", "visit_date", "voided_at", "client_id", "channel", "age_band"),
        Index("ix_visits_client_date", "client_id", "visit_date"),
        Index("ix_visits_visited_at", "visited_at"),
        # "first visit ever" checks read only this index (live visits of one client, by date)
        Index("ix_visits_client_live", "client_id", "visit_date", "voided_at", sqlite_where=text("voided_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    visit_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    visited_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    #: age band at the time of the visit (from the birth year or the band given)
    age_band: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[VisitLine]] = relationship(back_populates="visit")


class VisitLine(Tracked, Base):
    """A service given on a visit, with a quantity (commodities) or a referral destination."""

    __tablename__ = "visit_services"
    __table_args__ = (
        # a visit's live lines, their service and quantity, from the index alone (covering)
        Index("ix_visit_services_visit_id", "visit_id", "voided_at", "service_id", "quantity"),
        Index("ix_visit_services_service_id", "service_id"),
        CheckConstraint("quantity >= 1", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), nullable=False)
    service_id: Mapped[int] = mapped_column(ForeignKey("service_items.id"), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    destination_id: Mapped[int | None] = mapped_column(ForeignKey("referral_destinations.id"))

    visit: Mapped[Visit] = relationship(back_populates="lines")
