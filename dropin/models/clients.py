"""Clients (known only by an anonymous code) and the shared referral destinations."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base, Tracked


class Client(Tracked, Base):
    """A person served by the centre. There is deliberately no name field."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    nickname: Mapped[str | None] = mapped_column(String(64))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(24))
    preferred_language: Mapped[str | None] = mapped_column(String(16))
    migrant_status: Mapped[str | None] = mapped_column(String(24))
    work_setting: Mapped[str | None] = mapped_column(String(24))
    children_count: Mapped[int | None] = mapped_column(Integer)
    #: key-population type (fsw / msw / tg / other), asked at registration; empty when not stated
    kp_type: Mapped[str | None] = mapped_column(String(16))


class ReferralDestination(Tracked, Base):
    """A partner organisation people are referred to (clinic, AIDS centre, lawyer, ...)."""

    __tablename__ = "referral_destinations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    contact: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
