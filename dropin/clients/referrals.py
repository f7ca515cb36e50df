"""Referral destinations (partner clinics, AIDS centre, crisis centre, lawyer ...): a managed list.

Shared by the front desk, testing and shelter. Destinations are retired, never deleted,
so old referrals keep pointing at them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.clients.choices import REFERRAL_KINDS
from dropin.context import ServiceContext
from dropin.errors import NotFound, PermissionDenied, ValidationError
from dropin.i18n import translate
from dropin.models.clients import ReferralDestination
from dropin.security.permissions import Permission
from dropin.validation import LONG_MAX, NAME_MAX, clean_text


@dataclass(frozen=True)
class Destination:
    id: int
    name: str
    kind: str
    contact: str | None
    active: bool


def _dest(r: ReferralDestination) -> Destination:
    return Destination(r.id, r.name, r.kind, r.contact, bool(r.active))


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_active(self) -> list[Destination]:
        """Destinations to choose from (any logged-in user: names of partner organisations only)."""
        if self.ctx.user is None:
            raise PermissionDenied(translate("Permissions", "Please log in first."))
        with self.ctx.db.session() as s:
            rows = s.scalars(
                select(ReferralDestination)
                .where(ReferralDestination.active.is_(True), ReferralDestination.voided_at.is_(None))
                .order_by(func.lower(ReferralDestination.name))
            )
            return [_dest(r) for r in rows]

    def list_all(self) -> list[Destination]:
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        with self.ctx.db.session() as s:
            rows = s.scalars(
                select(ReferralDestination)
                .where(ReferralDestination.voided_at.is_(None))
                .order_by(ReferralDestination.active.desc(), func.lower(ReferralDestination.name))
            )
            return [_dest(r) for r in rows]

    def get(self, destination_id: int) -> Destination:
        with self.ctx.db.session() as s:
            row = s.get(ReferralDestination, destination_id)
            if row is None or row.voided_at is not None:
                raise NotFound(translate("Referrals", "This referral destination does not exist."))
            return _dest(row)

    def add(self, name: str, kind: str = "other", contact: str | None = None) -> Destination:
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        name, kind, contact = self._validate(name, kind, contact)
        with self.ctx.transaction() as s:
            self._check_unique(s, name, None)
            row = ReferralDestination(name=name, kind=kind, contact=contact, active=True)
            s.add(row)
            s.flush()
            return _dest(row)

    def edit(self, destination_id: int, name: str, kind: str, contact: str | None) -> Destination:
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        name, kind, contact = self._validate(name, kind, contact)
        with self.ctx.transaction() as s:
            row = self._row(s, destination_id)
            self._check_unique(s, name, destination_id)
            for key, value in (("name", name), ("kind", kind), ("contact", contact)):
                if getattr(row, key) != value:
                    setattr(row, key, value)
            s.flush()
            return _dest(row)

    def set_active(self, destination_id: int, active: bool) -> Destination:
        """Retire (``False``) or bring back (``True``) a destination."""
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        active = bool(active)
        with self.ctx.transaction() as s:
            row = self._row(s, destination_id)
            if bool(row.active) != active:
                row.active = active
            s.flush()
            return _dest(row)

    def retire(self, destination_id: int) -> Destination:
        return self.set_active(destination_id, False)

    # -------------------------------------------------------------- helpers
    @staticmethod
    def _row(s: Session, destination_id: int) -> ReferralDestination:
        row = s.get(ReferralDestination, destination_id)
        if row is None or row.voided_at is not None:
            raise NotFound(translate("Referrals", "This referral destination does not exist."))
        return row

    @staticmethod
    def _validate(name: str, kind: str, contact: str | None) -> tuple[str, str, str | None]:
        name = " ".join((clean_text(name, "name", NAME_MAX) or "").split())
        if not name:
            raise ValidationError(translate("Referrals", "Please enter the name of the destination."), "name")
        if kind not in REFERRAL_KINDS:
            raise ValidationError(translate("Referrals", "Please choose a kind of destination from the list."), "kind")
        contact = clean_text(contact, "contact", LONG_MAX)
        return name, kind, contact

    @staticmethod
    def _check_unique(s: Session, name: str, own_id: int | None) -> None:
        other = s.scalar(select(ReferralDestination.id).where(func.lower(ReferralDestination.name) == name.lower()))
        if other is not None and other != own_id:
            raise ValidationError(translate("Referrals", "A destination with this name already exists."), "name")
