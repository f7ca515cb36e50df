"""Pieces the outreach services share: exact-code lookup, staff lists, link rows kept by voiding.

A worker finds a client only by the whole code: there is no listing and no
search by fragment here, and nothing about the person but the id comes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.clients.codes import normalise_code
from dropin.errors import PermissionDenied, ValidationError
from dropin.i18n import translate
from dropin.models.clients import Client
from dropin.models.security import User
from dropin.security.permissions import Permission
from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.context import ServiceContext

MAX_NOTE = 2000
#: roles whose staff go out on outreach or run community events
OUTREACH_ROLES = (Role.OUTREACH_WORKER.value, Role.PEER_COUNSELLOR.value, Role.SOCIAL_WORKER.value, Role.MANAGER.value)


@dataclass(frozen=True)
class StaffMember:
    id: int
    label: str


def split_codes(text: str | Iterable[str] | None) -> list[str]:
    """Client codes typed in one field (spaces, commas or new lines between them), normalised, no repeats."""
    parts = text.replace(",", " ").replace(";", " ").split() if isinstance(text, str) else list(text or ())
    out: list[str] = []
    for part in parts:
        code = normalise_code(part)
        if code and code not in out:
            out.append(code)
    return out


def resolve_codes(session: Session, codes: Iterable[str], field: str = "codes") -> dict[str, int]:
    """``{code: client id}`` for exact, whole codes; an unknown code is a clear error naming it."""
    wanted = split_codes(list(codes))
    if not wanted:
        return {}
    found = dict(
        session.execute(select(Client.code, Client.id).where(Client.code.in_(wanted), Client.voided_at.is_(None))).all()
    )
    for code in wanted:
        if code not in found:
            raise ValidationError(
                translate(
                    "Outreach",
                    "There is no client with the code {code}. Please check the "
                    "whole code; parts of a code are not looked up.",
                ).format(code=code),
                field,
            )
    return {code: found[code] for code in wanted}


def staff(session: Session) -> list[StaffMember]:
    rows = session.execute(
        select(User.id, User.username, User.display_name)
        .where(User.active.is_(True), User.voided_at.is_(None), User.role.in_(OUTREACH_ROLES))
        .order_by(User.display_name, User.username)
    ).all()
    return [StaffMember(i, d or u) for i, u, d in rows]


def check_staff(session: Session, user_ids: Iterable[int], field: str, message: str) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in user_ids))
    if not ids:
        raise ValidationError(message, field)
    known = set(session.scalars(select(User.id).where(User.id.in_(ids), User.voided_at.is_(None))))
    if set(ids) - known:
        raise ValidationError(translate("Outreach", "One of the staff members chosen does not exist."), field)
    return ids


def staff_labels(session: Session, ids: Iterable[int]) -> list[str]:
    ids = list(ids)
    if not ids:
        return []
    names = {
        i: d or u
        for i, u, d in session.execute(select(User.id, User.username, User.display_name).where(User.id.in_(ids))).all()
    }
    return [names.get(i, "?") for i in ids]


def sync_links(
    session: Session,
    model: type[Any],
    parent_field: str,
    parent_id: int,
    other_field: str,
    wanted: Iterable[int],
    now: dt.datetime,
) -> None:
    """Make the live link rows of one parent exactly ``wanted``: void the others, un-void or add the missing."""
    wanted = list(dict.fromkeys(wanted))
    rows = {
        getattr(r, other_field): r
        for r in session.scalars(select(model).where(getattr(model, parent_field) == parent_id))
    }
    for other, row in rows.items():
        if other not in wanted and row.voided_at is None:
            row.void("removed", now)
    for other in wanted:
        row = rows.get(other)
        if row is None:
            session.add(model(**{parent_field: parent_id, other_field: other}))
        elif row.voided_at is not None:
            row.voided_at = None
            row.void_reason = None
            row.voided_by_id = None


def live_links(
    session: Session, model: type[Any], parent_field: str, parent_ids: list[int], other_field: str
) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {i: [] for i in parent_ids}
    if not parent_ids:
        return out
    for parent, other in session.execute(
        select(getattr(model, parent_field), getattr(model, other_field))
        .where(getattr(model, parent_field).in_(parent_ids), model.voided_at.is_(None))
        .order_by(model.id)
    ):
        out[parent].append(other)
    return out


def clean_note(note: str | None) -> str | None:
    note = (note or "").strip() or None
    if note and len(note) > MAX_NOTE:
        raise ValidationError(
            translate("Outreach", "The note can have at most {n} characters.").format(n=MAX_NOTE), "note"
        )
    return note


def check_count(value: Any, field: str, maximum: int) -> int:
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        raise ValidationError(translate("Outreach", "Please enter a whole number."), field) from None
    if number < 0:
        raise ValidationError(translate("Outreach", "A count cannot be negative."), field)
    if number > maximum:
        raise ValidationError(translate("Outreach", "Please enter a number up to {n}.").format(n=maximum), field)
    return number


def may_change(
    ctx: ServiceContext, session: Session, link: type[Any], parent_field: str, record_id: int, refusal: str
) -> None:
    """A record is changed or voided by the staff linked to it (``link``: its staff link table) or by a manager
    of the outreach areas; anyone else is refused with ``refusal``."""
    if ctx.can(Permission.OUTREACH_AREAS):
        return
    if ctx.acting.id not in live_links(session, link, parent_field, [record_id], "user_id")[record_id]:
        raise PermissionDenied(refusal)
