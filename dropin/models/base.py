"""Declarative base and the audit/void columns every record carries."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import DateTime, ForeignKey, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column

from dropin.errors import NotFound

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",  # the same as the column label, without a store's schema
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Who created and last changed a record, and when; records are voided, never deleted.

    The columns are filled by the session hooks in :mod:`dropin.models.hooks`
    from the logged-in user and the service clock, so services never set them.
    """

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str | None] = mapped_column(Text)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"))

    @declared_attr
    def changed_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"))

    @declared_attr
    def voided_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"))

    def void(self, reason: str, when: dt.datetime) -> None:
        """Mark the record void; the session hook stamps who did it."""
        self.void_reason = reason
        self.voided_at = when


def short(text: str | None, limit: int = 200) -> str | None:
    return None if text is None else text[:limit]


__all__ = ["Base", "Tracked", "NAMING", "String", "short"]


LiveRecord = TypeVar("LiveRecord", bound=Tracked)


def get_live(session: Session, model: type[LiveRecord], record_id: int, message: str) -> LiveRecord:
    """The record with this id, unless it is missing or voided: then :class:`NotFound` with ``message``."""
    row = session.get(model, record_id)
    if row is None or row.voided_at is not None:
        raise NotFound(message)
    return row
