"""HIV counselling and testing: sessions, rapid tests, kit stock, quality control, referrals.

Results and counselling notes are readable only through the testing services,
which check the role and audit every read. "Overdue" is never stored: it is
computed from the due date and whether the referral is closed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base, Tracked


class CounsellingSession(Tracked, Base):
    """Pre-test (and later post-test) counselling with one person."""

    __tablename__ = "hts_counselling_sessions"
    __table_args__ = {"schema": "health", "info": {"store": "health"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    session_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    pre_test_counselling: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_given: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    risk_items: Mapped[str | None] = mapped_column(Text)  # JSON list of risk item codes
    risk_note: Mapped[str | None] = mapped_column(Text)
    risk_reduction_plan: Mapped[str | None] = mapped_column(Text)
    ever_tested: Mapped[bool | None] = mapped_column(Boolean)
    months_since_last_test: Mapped[int | None] = mapped_column(Integer)
    previous_self_test: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    on_prep: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    on_art: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    post_test_counselling: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    peer_support_offered: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class KitLot(Tracked, Base):
    """One shipment of one lot of test kits (a lot may arrive in several shipments)."""

    __tablename__ = "hts_kit_lots"
    __table_args__ = (
        CheckConstraint("quantity_received > 0", name="quantity_positive"),
        UniqueConstraint("kit_name", "lot_number", "received_on", name="uq_hts_kit_lots_shipment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_name: Mapped[str] = mapped_column(String(80), nullable=False)
    lot_number: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    expiry_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    quantity_received: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)  # donation / purchase
    arrival_temp_c: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)


class KitDiscard(Tracked, Base):
    """Kits taken out of stock without a test: expired, damaged, or a stock-count difference."""

    __tablename__ = "hts_kit_discards"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("hts_kit_lots.id"), nullable=False, index=True)
    discarded_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(String(24), nullable=False)  # expired / damaged / count
    note: Mapped[str | None] = mapped_column(Text)


class HivTest(Tracked, Base):
    """One oral-fluid rapid test: one kit, a start time, a read time and the lines seen."""

    __tablename__ = "hts_tests"
    # the kit stock counts tests per lot and result from this index alone; it also serves look-ups by lot
    __table_args__ = (
        Index("ix_hts_tests_lot_result", "lot_id", "result", "voided_at"),
        {"schema": "health", "info": {"store": "health"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("health.hts_counselling_sessions.id"), nullable=False, index=True
    )
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("hts_kit_lots.id"), nullable=False)  # ix_hts_tests_lot_result
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("health.hts_tests.id"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    elapsed_minutes: Mapped[float | None] = mapped_column(Float)
    control_line: Mapped[bool | None] = mapped_column(Boolean)
    test_line: Mapped[bool | None] = mapped_column(Boolean)
    result: Mapped[str | None] = mapped_column(String(16), index=True)  # nonreactive / reactive / invalid
    invalid_reason: Mapped[str | None] = mapped_column(String(24))  # no_control / too_late
    result_given: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    retrospective: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: where the test was done: drop_in / outreach / other_community
    modality: Mapped[str] = mapped_column(String(16), nullable=False, default="drop_in", server_default="drop_in")


class Referral(Tracked, Base):
    """A referral after a reactive test, followed up until it is closed."""

    __tablename__ = "hts_referrals"
    __table_args__ = {"schema": "health", "info": {"store": "health"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    test_id: Mapped[int | None] = mapped_column(ForeignKey("health.hts_tests.id"))
    destination_id: Mapped[int | None] = mapped_column(ForeignKey("referral_destinations.id"))
    purpose: Mapped[str] = mapped_column(String(24), nullable=False, default="confirmatory")
    referred_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    accompaniment_offered: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    accompaniment_accepted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    confirmatory_result: Mapped[str | None] = mapped_column(String(16))  # positive / negative / indeterminate
    confirmatory_on: Mapped[dt.date | None] = mapped_column(Date)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)  # registration at the AIDS centre
    art_start_on: Mapped[dt.date | None] = mapped_column(Date)
    home_country_linkage: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    home_country_note: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(24))


class FollowUpAttempt(Tracked, Base):
    """One attempt to contact a referred person."""

    __tablename__ = "hts_followup_attempts"
    __table_args__ = {"schema": "health", "info": {"store": "health"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("health.hts_referrals.id"), nullable=False, index=True)
    attempted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    method: Mapped[str] = mapped_column(String(16), nullable=False)  # phone / message / in_person / peer
    outcome: Mapped[str] = mapped_column(String(24), nullable=False)  # reached / no_answer / ...
    note: Mapped[str | None] = mapped_column(Text)


class QcRun(Tracked, Base):
    """A kit-control run (positive and negative control) on one lot."""

    __tablename__ = "hts_qc_runs"
    __table_args__ = (CheckConstraint("kits_used >= 0", name="kits_used_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("hts_kit_lots.id"), nullable=False, index=True)
    run_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(24), nullable=False)
    positive_control_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    negative_control_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    kits_used: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    note: Mapped[str | None] = mapped_column(Text)


class TemperatureReading(Tracked, Base):
    """A reading from the daily temperature log (kit storage and testing room)."""

    __tablename__ = "hts_temperature_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    read_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    storage_temp_c: Mapped[float] = mapped_column(Float, nullable=False)
    room_temp_c: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
