"""Attendance: children ticked present, parents by client code, unregistered counts."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, or_, select

from dropin.children.common import (
    AdultRow,
    AttendanceRow,
    SessionInfo,
    _check_count,
    _get_session,
    _mark_present,
    _resolve_code,
    _session_infos,
)
from dropin.context import ServiceContext
from dropin.errors import Conflict, NotFound, ValidationError
from dropin.i18n import translate
from dropin.models.children import (
    KIND_WORKSHOP,
    STATUS_CANCELLED,
    STATUS_HELD,
    ActivitySession,
    ActivityType,
    AdultAttendance,
    Child,
    ChildAttendance,
)
from dropin.models.clients import Client
from dropin.security.permissions import Permission
from dropin.validation import SHORT_MAX, clean_text


class AttendanceService:
    """Ticking children present, counting parents and unregistered children, workshop attendance by code."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def sheet(self, session_id: int, search: str = "") -> list[AttendanceRow]:
        """Every registered child with a tick box for this session (children present first)."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            _get_session(s, session_id)
            marks = dict(
                s.execute(
                    select(ChildAttendance.child_id, ChildAttendance.present).where(
                        ChildAttendance.session_id == session_id, ChildAttendance.voided_at.is_(None)
                    )
                ).all()
            )
            query = (
                select(Child, Client.code)
                .join(Client, Client.id == Child.parent_client_id)
                .where(or_(Child.voided_at.is_(None), Child.id.in_([k for k, v in marks.items() if v])))
            )
            search = (clean_text(search, "search", SHORT_MAX) or "").lower()
            if search:
                like = f"%{search}%"
                query = query.where(or_(func.lower(Child.first_name).like(like), func.lower(Client.code).like(like)))
            query = query.order_by(func.lower(Child.first_name), Child.id)
            rows = [
                AttendanceRow(
                    c.id,
                    c.first_name,
                    str(c.birth_year) if c.birth_year else (c.age_band or ""),
                    code,
                    c.consent_participation,
                    c.consent_photos,
                    bool(marks.get(c.id, False)),
                )
                for c, code in s.execute(query)
            ]
            return rows

    def _open_for_attendance(self, row: ActivitySession) -> None:
        if row.status == STATUS_CANCELLED:
            raise Conflict(
                translate(
                    "Children", "This session was cancelled. Put it back on the plan before recording attendance."
                )
            )
        if row.date > self.ctx.today():
            raise ValidationError(
                translate("Children", "Attendance can only be recorded on or after the day of the session.")
            )

    def save_attendance(
        self,
        session_id: int,
        present_child_ids: Iterable[int],
        *,
        unregistered_children: int = 0,
        parents_present: int = 0,
    ) -> SessionInfo:
        """Record who was there (one action, one transaction); the session is then counted as held."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        unregistered_children = _check_count(unregistered_children, "unregistered_children")
        parents_present = _check_count(parents_present, "parents_present")
        try:
            wanted = {int(c) for c in present_child_ids}
            if any(abs(c) >= 2**63 for c in wanted):
                raise OverflowError
        except (TypeError, ValueError, OverflowError):
            raise NotFound(translate("Children", "That child is no longer in the register.")) from None
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            self._open_for_attendance(row)
            kind = s.scalar(select(ActivityType.kind).where(ActivityType.id == row.type_id))
            if kind == KIND_WORKSHOP and (wanted or unregistered_children):
                raise ValidationError(translate("Children", "Parents' workshops record adults present, not children."))
            existing = {
                a.child_id: a
                for a in s.scalars(select(ChildAttendance).where(ChildAttendance.session_id == session_id))
            }
            new_ids = wanted - {cid for cid, a in existing.items() if a.present and a.voided_at is None}
            if new_ids:
                children = {c.id: c for c in s.scalars(select(Child).where(Child.id.in_(new_ids)))}
                for cid in new_ids:
                    child = children.get(cid)
                    if child is None or child.voided_at is not None:
                        raise NotFound(translate("Children", "That child is no longer in the register."))
                    if not child.consent_participation:
                        raise ValidationError(
                            translate(
                                "Children",
                                "{name} has no guardian consent to take part recorded yet. Record the consent in "
                                "the register first.",
                            ).format(name=child.first_name),
                            "children",
                        )
            _mark_present(
                s, existing, wanted, lambda cid: ChildAttendance(session_id=session_id, child_id=cid, present=True)
            )
            row.unregistered_children = unregistered_children
            row.parents_present = parents_present
            row.status = STATUS_HELD
            s.flush()
            return _session_infos(s, [row])[0]

    def adult_sheet(self, session_id: int) -> list[AdultRow]:
        """Parents recorded for this session or workshop, by client code."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            _get_session(s, session_id)
            rows = s.execute(
                select(AdultAttendance, Client.code)
                .join(Client, Client.id == AdultAttendance.client_id)
                .where(AdultAttendance.session_id == session_id, AdultAttendance.voided_at.is_(None))
                .order_by(Client.code)
            )
            return [AdultRow(a.client_id, code, a.present) for a, code in rows]

    def save_adults(self, session_id: int, client_codes: Iterable[str], *, other_adults: int = 0) -> SessionInfo:
        """Record the parents present by client code, plus adults counted without a code."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        self.ctx.require(Permission.CLIENT_LOOKUP)
        other_adults = _check_count(other_adults, "other_adults")
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            self._open_for_attendance(row)
            wanted: set[int] = set()
            for code in client_codes:
                if (code or "").strip():
                    wanted.add(_resolve_code(s, code, "client_code").id)
            existing = {
                a.client_id: a
                for a in s.scalars(select(AdultAttendance).where(AdultAttendance.session_id == session_id))
            }
            _mark_present(
                s, existing, wanted, lambda cid: AdultAttendance(session_id=session_id, client_id=cid, present=True)
            )
            row.parents_present = other_adults
            row.status = STATUS_HELD
            s.flush()
            return _session_infos(s, [row])[0]

    def check_code(self, code: str) -> str:
        """Normalise a parent's code, or say clearly that it does not exist."""
        self.ctx.require(Permission.CLIENT_LOOKUP)
        with self.ctx.transaction() as s:
            return _resolve_code(s, code, "client_code").code
