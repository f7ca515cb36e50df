"""Staff accounts, settings and the chained audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base, Tracked


class User(Tracked, Base):
    """A staff member. Staff are named; clients never are."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str | None] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    language: Mapped[str] = mapped_column(String(16), nullable=False, default="en")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: set by a manager's reset: the password is for one login, then the owner must choose their own
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    password_reset_by_id: Mapped[int | None] = mapped_column(Integer)
    password_reset_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Setting(Base):
    """A centre-wide setting stored as JSON text (idle lock, code recipe, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    changed_by_id: Mapped[int | None] = mapped_column(Integer)


class AuditEntry(Base):
    """One audited event. ``hash`` chains each entry to the one before it and covers every column."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    #: how ``hash`` is computed (see :mod:`dropin.security.audit`); 1 for entries written before migration 0008
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=2, server_default="1")


class StoreKeySlot(Base):
    """A store's key wrapped for one account, for the recovery key, or (during an upgrade) the passphrase."""

    __tablename__ = "store_key_slots"
    __table_args__ = (
        Index("ix_store_key_slots_user", "user_id", "store", "kind", unique=True),
        CheckConstraint(
            "kind IN ('account', 'recovery', 'upgrade', 'next_account', 'next_recovery')", name="kind_known"
        ),
        CheckConstraint("(kind IN ('account', 'next_account')) = (user_id IS NOT NULL)", name="owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store: Mapped[str] = mapped_column(String(16), nullable=False)
    #: account / recovery / upgrade; next_account / next_recovery: the new key of a rotation, until its files swap
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kdf: Mapped[str] = mapped_column(String(120), nullable=False)
    nonce: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
