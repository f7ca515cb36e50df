"""Putting mistakes right: undo a discharge, move or extension, shorten a stay, change the children.

Every correction needs a reason; the corrected record is voided (never deleted),
the bed-nights are recomputed in the same transaction and the audit log gets
an entry naming what was undone.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.errors import ValidationError
from dropin.i18n import format_date, translate
from dropin.models.shelter import ShelterChildrenChange, ShelterExtension, ShelterMove, ShelterShortening, ShelterStay
from dropin.security.permissions import Permission
from dropin.shelter import nights
from dropin.shelter.records import ChildrenChangeInfo, StayInfo
from dropin.shelter.stays import MAX_CHILDREN, StayService, parse_ages
from dropin.validation import LONG_MAX, clean_text


def _reason(reason: str | None) -> str:
    reason = clean_text(reason, "reason", LONG_MAX)
    if not reason:
        raise ValidationError(translate("Shelter", "Please say why this is being corrected."), "reason")
    return reason


#: the kind of record ``_latest`` reads (a move or an extension of the stay)
Latest = TypeVar("Latest", ShelterMove, ShelterExtension)


class CorrectionService(StayService):
    """Corrections of stays (same permission as admitting: ``SHELTER_STAYS``)."""

    def void_admission(self, stay_id: int, reason: str) -> None:
        """An admission (or reservation) entered in error: voided, every night it held released."""
        self.void_stay(stay_id, _reason(reason))

    def undo_discharge(self, stay_id: int, reason: str) -> StayInfo:
        """A discharge recorded by mistake: the stay is current again and holds its nights back."""
        self.ctx.require(Permission.SHELTER_STAYS)
        reason = _reason(reason)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status != "discharged":
                raise ValidationError(translate("Shelter", "This stay has not been discharged."))
            other = s.scalar(
                select(ShelterStay.id)
                .where(
                    ShelterStay.client_id == stay.client_id,
                    ShelterStay.id != stay.id,
                    ShelterStay.voided_at.is_(None),
                    ShelterStay.status.in_(("reserved", "active")),
                )
                .limit(1)
            )
            if other is not None:
                raise ValidationError(
                    translate("Shelter", "This client has a newer stay or reservation; the discharge cannot be undone.")
                )
            discharged_on = stay.discharged_on
            assert discharged_on is not None  # a discharged stay has its date
            nights.hold(s, stay, discharged_on, stay.planned_end)
            detail = {
                "undone": "discharge",
                "discharged_on": discharged_on.isoformat(),
                "outcome": stay.outcome,
                "reason": reason,
            }
            stay.status, stay.discharged_on, stay.outcome = "active", None, None
            stay.outcome_note, stay.referral_destination_id = None, None
            s.flush()
            nights.sync_open_stays(s, today)
            self.ctx.audit(s, "correct", "shelter_stays", stay.id, detail)
            return self._info(s, stay)

    def _latest(self, s: Session, model: type[Latest], stay_id: int) -> Latest | None:
        return s.scalars(
            select(model).where(model.stay_id == stay_id, model.voided_at.is_(None)).order_by(model.id.desc()).limit(1)
        ).first()

    def undo_last_move(self, stay_id: int, reason: str) -> StayInfo:
        """The latest move was a mistake: the nights go back to the bed the stay came from."""
        self.ctx.require(Permission.SHELTER_STAYS)
        reason = _reason(reason)
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status == "discharged":
                raise ValidationError(
                    translate("Shelter", "A discharged stay cannot be changed; undo the discharge first.")
                )
            move = self._latest(s, ShelterMove, stay.id)
            if move is None:
                raise ValidationError(translate("Shelter", "This stay has no move to undo."))
            nights.rebed(s, stay, move.from_bed_id, move.moved_on)
            stay.bed_id = move.from_bed_id
            self.ctx.void(move, reason)
            s.flush()
            return self._info(s, stay)

    def undo_last_extension(self, stay_id: int, reason: str) -> StayInfo:
        """The latest extension was a mistake: the planned end goes back and later nights are released."""
        self.ctx.require(Permission.SHELTER_STAYS)
        reason = _reason(reason)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status == "discharged":
                raise ValidationError(
                    translate("Shelter", "A discharged stay cannot be changed; undo the discharge first.")
                )
            extension = self._latest(s, ShelterExtension, stay.id)
            if extension is None:
                raise ValidationError(translate("Shelter", "This stay has no extension to undo."))
            nights.release(s, stay.id, extension.previous_end)
            stay.planned_end = extension.previous_end
            self.ctx.void(extension, reason)
            s.flush()
            if stay.status == "active":
                nights.sync_open_stays(s, today)  # someone still here past the old end keeps tonight
            return self._info(s, stay)

    def shorten(self, stay_id: int, new_end: dt.date, reason: str) -> StayInfo:
        """Bring the planned end forward; the nights from ``new_end`` on are given up."""
        self.ctx.require(Permission.SHELTER_STAYS)
        reason = _reason(reason)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status not in ("active", "reserved"):
                raise ValidationError(translate("Shelter", "Only a current stay or a reservation can be shortened."))
            if new_end is None or new_end >= stay.planned_end:
                raise ValidationError(
                    translate("Shelter", "The new planned end must be before the current one ({date}).").format(
                        date=format_date(stay.planned_end)
                    ),
                    "new_end",
                )
            if new_end <= stay.admitted_on:
                raise ValidationError(
                    translate("Shelter", "The planned end must be after the admission date."), "new_end"
                )
            if stay.status == "active" and new_end <= today:
                raise ValidationError(
                    translate("Shelter", "To end the stay today or earlier, discharge the person instead."), "new_end"
                )
            s.add(
                ShelterShortening(
                    stay_id=stay.id, shortened_on=today, previous_end=stay.planned_end, new_end=new_end, reason=reason
                )
            )
            nights.release(s, stay.id, new_end)
            stay.planned_end = new_end
            s.flush()
            return self._info(s, stay)

    def change_children(
        self, stay_id: int, on: dt.date, children_count: int, children_ages: str | None = None, note: str | None = None
    ) -> StayInfo:
        """From ``on``, the person has ``children_count`` accompanying children (a child arrived or left)."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        if (
            not isinstance(children_count, int)
            or isinstance(children_count, bool)
            or children_count < 0
            or children_count > MAX_CHILDREN
        ):
            raise ValidationError(
                translate("Shelter", "The number of children must be from 0 to 12."), "children_count"
            )
        note = clean_text(note, "note", LONG_MAX)
        ages = parse_ages(children_ages)
        if ages and len(ages) != children_count:
            raise ValidationError(translate("Shelter", "Give one age for each accompanying child."), "children_ages")
        if on is None or on > today:
            raise ValidationError(translate("Shelter", "The date of the change cannot be in the future."), "changed_on")
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status != "active":
                raise ValidationError(translate("Shelter", "The children can be changed only during a current stay."))
            if on < stay.admitted_on:
                raise ValidationError(
                    translate("Shelter", "The date of the change cannot be before the admission date ({date}).").format(
                        date=format_date(stay.admitted_on)
                    ),
                    "changed_on",
                )
            if children_count == stay.children_count and not ages:
                raise ValidationError(
                    translate("Shelter", "The stay already has this number of children."), "children_count"
                )
            s.add(
                ShelterChildrenChange(
                    stay_id=stay.id,
                    changed_on=on,
                    previous_count=stay.children_count,
                    children_count=children_count,
                    children_ages=", ".join(map(str, ages)) or None,
                    note=note,
                )
            )
            stay.children_count = children_count
            stay.children_ages = ", ".join(map(str, ages)) or None
            s.flush()
            return self._info(s, stay)

    def children_changes(self, stay_id: int) -> list[ChildrenChangeInfo]:
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ShelterChildrenChange)
                .where(ShelterChildrenChange.stay_id == stay_id, ShelterChildrenChange.voided_at.is_(None))
                .order_by(ShelterChildrenChange.changed_on, ShelterChildrenChange.id)
            ).all()
            return [
                ChildrenChangeInfo(r.id, r.changed_on, r.previous_count, r.children_count, r.children_ages)
                for r in rows
            ]
