"""The outreach areas: a short list of districts the manager keeps (never addresses).

Areas are retired and restored, never deleted, so old sessions keep their area.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.models.base import get_live
from dropin.models.outreach import OutreachArea
from dropin.security.permissions import Permission


@dataclass(frozen=True)
class Area:
    id: int
    name: str
    active: bool


def _area(row: OutreachArea) -> Area:
    return Area(row.id, row.name, bool(row.active))


class AreaService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_active(self) -> list[Area]:
        """Areas to choose from when recording a session."""
        self.ctx.require(Permission.OUTREACH_RECORD)
        return self._list(active_only=True)

    def list_all(self) -> list[Area]:
        self.ctx.require(Permission.OUTREACH_AREAS)
        return self._list(active_only=False)

    def _list(self, active_only: bool) -> list[Area]:
        query = select(OutreachArea).where(OutreachArea.voided_at.is_(None))
        if active_only:
            query = query.where(OutreachArea.active.is_(True))
        with self.ctx.transaction() as s:
            rows = s.scalars(query.order_by(OutreachArea.active.desc(), func.lower(OutreachArea.name)))
            return [_area(r) for r in rows]

    def add(self, name: str) -> Area:
        self.ctx.require(Permission.OUTREACH_AREAS)
        name = self._name(name)
        with self.ctx.transaction() as s:
            self._unique(s, name, None)
            row = OutreachArea(name=name, active=True)
            s.add(row)
            s.flush()
            return _area(row)

    def rename(self, area_id: int, name: str) -> Area:
        self.ctx.require(Permission.OUTREACH_AREAS)
        name = self._name(name)
        with self.ctx.transaction() as s:
            row = get_live(s, OutreachArea, area_id, translate("Outreach", "This area does not exist."))
            self._unique(s, name, area_id)
            if row.name != name:
                row.name = name
            s.flush()
            return _area(row)

    def set_active(self, area_id: int, active: bool) -> Area:
        """Retire (``False``) or restore (``True``) an area."""
        self.ctx.require(Permission.OUTREACH_AREAS)
        with self.ctx.transaction() as s:
            row = get_live(s, OutreachArea, area_id, translate("Outreach", "This area does not exist."))
            if bool(row.active) != bool(active):
                row.active = bool(active)
            s.flush()
            return _area(row)

    @staticmethod
    def _name(name: str) -> str:
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError(translate("Outreach", "Please enter the name of the area."), "name")
        if len(name) > 80:
            raise ValidationError(translate("Outreach", "The name can have at most 80 characters."), "name")
        if any(ch.isdigit() for ch in name) and any(
            w.lower() in {"street", "st", "house", "flat", "apt", "ул", "дом", "кв", "вул"}
            for w in name.replace(".", " ").split()
        ):
            raise ValidationError(translate("Outreach", "Please name a district, not an address."), "name")
        return name

    @staticmethod
    def _unique(s: Session, name: str, own_id: int | None) -> None:
        other = s.scalar(select(OutreachArea.id).where(func.lower(OutreachArea.name) == name.lower()))
        if other is not None and other != own_id:
            raise ValidationError(translate("Outreach", "An area with this name already exists."), "name")
