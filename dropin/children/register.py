"""The children register: first name or pseudonym, age, the parent's client code, consents."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dropin.children.common import (
    AGE_BANDS,
    MAX_CHILD_AGE,
    ChildInfo,
    _assign,
    _get_child,
    _resolve_code,
)
from dropin.clients.lookup import live_client
from dropin.context import ServiceContext
from dropin.errors import Conflict, ValidationError
from dropin.i18n import translate
from dropin.models.children import STATUS_HELD, ActivitySession, Child, ChildAttendance
from dropin.models.clients import Client
from dropin.security.permissions import Permission
from dropin.validation import SHORT_MAX, clean_text


class ChildrenService:
    """The children register: first name or pseudonym, age, the parent's client code, consents."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def parent_exists(self, code: str) -> bool:
        """Whether a client code exists (the only thing a facilitator may learn about a client)."""
        self.ctx.require(Permission.CLIENT_LOOKUP)
        with self.ctx.transaction() as s:
            return live_client(s, code) is not None

    def list_children(self, search: str = "", *, parent_client_id: int | None = None) -> list[ChildInfo]:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            return self._list(s, search, parent_client_id)

    def get_child(self, child_id: int) -> ChildInfo:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            _get_child(s, child_id)
            rows = [c for c in self._list(s, "", None, child_id=child_id)]
            return rows[0]

    def _list(
        self, s: Session, search: str, parent_client_id: int | None, child_id: int | None = None
    ) -> list[ChildInfo]:
        held = (
            select(ChildAttendance.child_id, func.count().label("n"), func.max(ActivitySession.date).label("last"))
            .join(ActivitySession, ActivitySession.id == ChildAttendance.session_id)
            .where(
                ChildAttendance.present.is_(True),
                ChildAttendance.voided_at.is_(None),
                ActivitySession.voided_at.is_(None),
                ActivitySession.status == STATUS_HELD,
            )
            .group_by(ChildAttendance.child_id)
            .subquery()
        )
        query = (
            select(Child, Client.code, held.c.n, held.c.last)
            .join(Client, Client.id == Child.parent_client_id)
            .outerjoin(held, held.c.child_id == Child.id)
            .where(Child.voided_at.is_(None))
        )
        search = clean_text(search, "search", SHORT_MAX) or ""
        if search:
            like = f"%{search.lower()}%"
            query = query.where(or_(func.lower(Child.first_name).like(like), func.lower(Client.code).like(like)))
        if parent_client_id is not None:
            query = query.where(Child.parent_client_id == parent_client_id)
        if child_id is not None:
            query = query.where(Child.id == child_id)
        query = query.order_by(func.lower(Child.first_name), Child.id)
        return [
            ChildInfo(
                c.id,
                c.first_name,
                c.birth_year,
                c.age_band,
                code,
                c.consent_participation,
                c.consent_photos,
                n or 0,
                last,
            )
            for c, code, n, last in s.execute(query)
        ]

    def _validate(
        self,
        first_name: str,
        birth_year: Any,
        age_band: str | None,
        consent_participation: bool,
        consent_photos: bool,
    ) -> dict[str, Any]:
        """The child's checked fields, but the parent (resolved inside the transaction)."""
        first_name = clean_text(first_name, "first_name", SHORT_MAX) or ""
        if not first_name:
            raise ValidationError(
                translate("Children", "Please enter the child's first name or a pseudonym."), "first_name"
            )
        if re.search(r"\d{3,}", first_name):
            raise ValidationError(
                translate("Children", "Please enter a first name or pseudonym, not a number or document."), "first_name"
            )
        age_band = (age_band or "").strip() or None
        if age_band is not None and age_band not in AGE_BANDS:
            raise ValidationError(translate("Children", "Please choose one of the listed age bands."), "age_band")
        if birth_year in ("", 0):
            birth_year = None
        if birth_year is not None:
            try:
                birth_year = int(birth_year)
            except (TypeError, ValueError):
                raise ValidationError(
                    translate("Children", "The birth year must be a year, for example 2017."), "birth_year"
                ) from None
            year = self.ctx.today().year
            if not year - MAX_CHILD_AGE - 1 <= birth_year <= year:
                raise ValidationError(
                    translate(
                        "Children", "The birth year must be between {first} and {last}: this register is for children."
                    ).format(first=year - MAX_CHILD_AGE - 1, last=year),
                    "birth_year",
                )
        if birth_year is None and age_band is None:
            raise ValidationError(
                translate("Children", "Please give the child's birth year or age band."), "birth_year"
            )
        return {
            "first_name": first_name,
            "birth_year": birth_year,
            "age_band": age_band,
            "consent_participation": bool(consent_participation),
            "consent_photos": bool(consent_photos),
        }

    def register_child(
        self,
        first_name: str,
        parent_code: str,
        *,
        birth_year: int | None = None,
        age_band: str | None = None,
        consent_participation: bool = False,
        consent_photos: bool = False,
    ) -> ChildInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        self.ctx.require(Permission.CLIENT_LOOKUP)
        values = self._validate(first_name, birth_year, age_band, consent_participation, consent_photos)
        with self.ctx.transaction() as s:
            parent = _resolve_code(s, parent_code)
            same = s.scalar(
                select(Child.id).where(
                    Child.parent_client_id == parent.id,
                    func.lower(Child.first_name) == values["first_name"].lower(),
                    Child.voided_at.is_(None),
                )
            )
            if same is not None:
                raise Conflict(
                    translate("Children", "{name} is already registered with the parent {code}.").format(
                        name=values["first_name"], code=parent.code
                    )
                )
            child = Child(**values, parent_client_id=parent.id)
            s.add(child)
            s.flush()
            return self._list(s, "", None, child_id=child.id)[0]

    def update_child(
        self,
        child_id: int,
        first_name: str,
        parent_code: str,
        *,
        birth_year: int | None = None,
        age_band: str | None = None,
        consent_participation: bool = False,
        consent_photos: bool = False,
    ) -> ChildInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        self.ctx.require(Permission.CLIENT_LOOKUP)
        values = self._validate(first_name, birth_year, age_band, consent_participation, consent_photos)
        with self.ctx.transaction() as s:
            child = _get_child(s, child_id)
            parent = _resolve_code(s, parent_code)
            _assign(child, {**values, "parent_client_id": parent.id})
            s.flush()
            return self._list(s, "", None, child_id=child.id)[0]

    def void_child(self, child_id: int, reason: str) -> None:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            self.ctx.void(_get_child(s, child_id), reason)


# ---------------------------------------------------------------------------------------------- sessions
