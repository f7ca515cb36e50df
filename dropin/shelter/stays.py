"""Stays: admission and reservation, check-in, extensions, moves, discharge, residents."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.clients.codes import normalise_code
from dropin.clients.lookup import live_client
from dropin.context import ServiceContext
from dropin.errors import Conflict, NotFound, PermissionDenied, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.clients import ReferralDestination
from dropin.models.security import User
from dropin.models.shelter import ShelterBed, ShelterExtension, ShelterMove, ShelterStay
from dropin.security.permissions import Permission
from dropin.shelter import nights
from dropin.shelter.choices import DEFAULT_NIGHTS, OUTCOMES, REASONS, REVIEW_AFTER_NIGHTS, STAY_TYPES
from dropin.shelter.records import ExtensionInfo, MoveInfo, StaffChoice, StayInfo
from dropin.shelter.stayinfo import stay_info, stay_infos, user_label
from dropin.validation import CODE_MAX, DOCUMENT_MAX, LONG_MAX, clean_text

MAX_CHILDREN = 12
#: admissions entered from old paper records may go back this far (keeps bed-night rows bounded)
MAX_PAST_DAYS = 5 * 366
MAX_PLANNED_NIGHTS = 366


def parse_ages(text: str | None) -> list[int]:
    """``"3, 7"`` -> ``[3, 7]``; refuses anything that is not an age from 0 to 17."""
    text = (text or "").strip()
    if not text:
        return []
    ages = []
    for part in re.split(r"[,;\s]+", text):
        if not part:
            continue
        if not (part.isascii() and part.isdigit()) or len(part) > 2 or int(part) > 17:
            raise ValidationError(
                translate("Shelter", "Children's ages must be whole numbers from 0 to 17, separated by commas."),
                "children_ages",
            )
        ages.append(int(part))
    return ages


class StayService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------ helpers
    def _stay(self, session: Session, stay_id: int) -> ShelterStay:
        stay = session.get(ShelterStay, stay_id)
        if stay is None or stay.voided_at is not None:
            raise NotFound(translate("Shelter", "This stay no longer exists."))
        return stay

    def _info(self, session: Session, stay: ShelterStay) -> StayInfo:
        with_case = self.ctx.can(Permission.SHELTER_CASE)
        if with_case and (stay.reasons or stay.reason_note or stay.outcome_note):
            self.ctx.audit_read(session, "shelter_stay_cases", stay.id)
        return stay_info(session, stay, self.ctx.today(), with_case=with_case)

    def _client_id(self, session: Session, code: str) -> int:
        code = clean_text(code, "client_code", CODE_MAX) or ""
        if not normalise_code(code):
            raise ValidationError(translate("Shelter", "Please enter the client code."), "client_code")
        found = live_client(session, code)
        if found is None:
            raise ValidationError(
                translate("Shelter", "There is no client with the code {code}.").format(code=normalise_code(code)),
                "client_code",
            )
        return found[0]

    def _bed(self, session: Session, bed_id: int | None) -> ShelterBed:
        bed = session.get(ShelterBed, bed_id) if bed_id else None
        if bed is None or bed.voided_at is not None:
            raise ValidationError(translate("Shelter", "Please choose a bed."), "bed")
        return bed

    def _approver(self, session: Session, user_id: int | None) -> int | None:
        if user_id is None:
            return self.ctx.user.id if self.ctx.user and self.ctx.user.id else None
        user = session.get(User, user_id)
        if user is None or not user.active or user.voided_at is not None:
            raise ValidationError(
                translate("Shelter", "Please choose who approved this from the staff list."), "approved_by"
            )
        return user.id

    def _reasons(self, reasons: Iterable[str] | None, note: str | None) -> tuple[str | None, str | None]:
        reasons = [r for r in (reasons or ()) if r]
        note = clean_text(note, "reason_note", DOCUMENT_MAX)
        if not reasons and not note:
            return None, None
        if not self.ctx.can(Permission.SHELTER_CASE):
            raise PermissionDenied(translate("Shelter", "Only social workers may record admission reasons."))
        unknown = [r for r in reasons if r not in REASONS]
        if unknown:
            raise ValidationError(
                translate("Shelter", "Unknown admission reason: {code}.").format(code=unknown[0]), "reasons"
            )
        return ",".join(dict.fromkeys(reasons)) or None, note

    def _not_future(self, day: dt.date, field: str, what: str) -> None:
        if day > self.ctx.today():
            raise ValidationError(what.format(date=format_date(day)), field)

    # ------------------------------------------------------------- lookups
    def approvers(self) -> list[StaffChoice]:
        """Staff who may approve an admission or extension (social workers and managers)."""
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            rows = s.execute(
                select(User.id, User.display_name, User.username)
                .where(User.active.is_(True), User.voided_at.is_(None), User.role.in_(("social_worker", "manager")))
                .order_by(User.username)
            )
            return [StaffChoice(r.id, r.display_name or r.username) for r in rows]

    def referral_destinations(self) -> list[StaffChoice]:
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            rows = s.execute(
                select(ReferralDestination.id, ReferralDestination.name)
                .where(ReferralDestination.voided_at.is_(None), ReferralDestination.active.is_(True))
                .order_by(ReferralDestination.name)
            )
            return [StaffChoice(r.id, r.name) for r in rows]

    def default_planned_end(self, stay_type: str, start: dt.date) -> dt.date:
        return start + dt.timedelta(days=DEFAULT_NIGHTS.get(stay_type, 14))

    # ------------------------------------------------------------ admission
    def admit(
        self,
        client_code: str,
        bed_id: int | None,
        *,
        admitted_on: dt.date | None = None,
        stay_type: str = "crisis",
        planned_end: dt.date | None = None,
        reasons: Iterable[str] = (),
        reason_note: str | None = None,
        children_count: int = 0,
        children_ages: str | None = None,
        approved_by_id: int | None = None,
        reserve: bool = False,
    ) -> StayInfo:
        """Admit a client to a bed now (or on a past date), or reserve a bed from a date (``reserve``)."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        admitted_on = admitted_on or today
        if stay_type not in STAY_TYPES:
            raise ValidationError(translate("Shelter", "Please choose the type of stay."), "stay_type")
        if reserve:
            if admitted_on < today:
                raise ValidationError(translate("Shelter", "A reservation must start today or later."), "admitted_on")
        else:
            self._not_future(
                admitted_on,
                "admitted_on",
                translate("Shelter", "The admission date {date} is in the future. Make a reservation instead."),
            )
            if admitted_on < today - dt.timedelta(days=MAX_PAST_DAYS):
                raise ValidationError(
                    translate("Shelter", "The admission date is more than five years ago. Please check the date."),
                    "admitted_on",
                )
        planned_end = planned_end or self.default_planned_end(stay_type, admitted_on)
        if planned_end <= admitted_on:
            raise ValidationError(
                translate("Shelter", "The planned end must be after the admission date."), "planned_end"
            )
        if (planned_end - admitted_on).days > MAX_PLANNED_NIGHTS:
            raise ValidationError(
                translate("Shelter", "A stay can be planned for at most one year; extend it later if needed."),
                "planned_end",
            )
        if (
            not isinstance(children_count, int)
            or isinstance(children_count, bool)
            or children_count < 0
            or children_count > MAX_CHILDREN
        ):
            raise ValidationError(
                translate("Shelter", "The number of children must be from 0 to 12."), "children_count"
            )
        ages = parse_ages(children_ages)
        if ages and len(ages) != children_count:
            raise ValidationError(translate("Shelter", "Give one age for each accompanying child."), "children_ages")
        reason_codes, note = self._reasons(reasons, reason_note)
        with self.ctx.transaction() as s:
            nights.sync_open_stays(s, today)
            client_id = self._client_id(s, client_code)
            bed = self._bed(s, bed_id)
            open_stay = s.scalar(
                select(ShelterStay.id)
                .where(
                    ShelterStay.client_id == client_id,
                    ShelterStay.voided_at.is_(None),
                    ShelterStay.status.in_(("reserved", "active")),
                )
                .limit(1)
            )
            if open_stay is not None:
                raise Conflict(translate("Shelter", "This client already has a current stay or reservation."))
            if not reserve:
                self._bed_not_held_by_open_stay(s, bed.id, None)
            stay = ShelterStay(
                client_id=client_id,
                bed_id=bed.id,
                status="reserved" if reserve else "active",
                stay_type=stay_type,
                admitted_on=admitted_on,
                planned_end=planned_end,
                reasons=reason_codes,
                reason_note=note,
                children_count=children_count,
                children_ages=", ".join(map(str, ages)) or None,
                approved_by_id=self._approver(s, approved_by_id),
            )
            s.add(stay)
            s.flush()
            nights.hold(s, stay, admitted_on, planned_end)
            return self._info(s, stay)

    def _bed_not_held_by_open_stay(self, s: Session, bed_id: int, stay_id: int | None) -> None:
        """Someone still staying in the bed (e.g. past their planned end) blocks a new arrival."""
        other = s.scalar(
            select(ShelterStay.id)
            .where(
                ShelterStay.bed_id == bed_id,
                ShelterStay.status == "active",
                ShelterStay.voided_at.is_(None),
                ShelterStay.planned_end <= self.ctx.today(),
                ShelterStay.id != (stay_id or 0),
            )
            .limit(1)
        )
        if other is not None:
            raise Conflict(
                translate(
                    "Shelter",
                    "Bed {bed} is still occupied by a stay past its planned end. Discharge or move that person first.",
                ).format(bed=nights.bed_name(s, bed_id))
            )

    def check_in(self, stay_id: int, on: dt.date | None = None) -> StayInfo:
        """The person with a reservation has arrived."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        on = on or today
        self._not_future(on, "admitted_on", translate("Shelter", "The arrival date {date} is in the future."))
        with self.ctx.transaction() as s:
            nights.sync_open_stays(s, today)
            stay = self._stay(s, stay_id)
            if stay.status != "reserved":
                raise ValidationError(translate("Shelter", "Only a reservation can be checked in."))
            if on >= stay.planned_end:
                raise ValidationError(
                    translate("Shelter", "The arrival date must be before the planned end."), "admitted_on"
                )
            self._bed_not_held_by_open_stay(s, stay.bed_id, stay.id)
            if on != stay.admitted_on:
                nights.hold(s, stay, on, stay.planned_end)
                nights.release_before(s, stay.id, on)
                stay.admitted_on = on
            stay.status = "active"
            s.flush()
            return self._info(s, stay)

    def cancel_reservation(self, stay_id: int, reason: str) -> None:
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status != "reserved":
                raise ValidationError(
                    translate("Shelter", "Only a reservation can be cancelled; discharge a stay instead.")
                )
            self.ctx.void(stay, reason)
            nights.release(s, stay.id, stay.admitted_on)

    def void_stay(self, stay_id: int, reason: str) -> None:
        """A stay entered in error: voided with a reason, its nights released."""
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            self.ctx.void(stay, reason)
            nights.release(s, stay.id, stay.admitted_on)

    # ----------------------------------------------------------- extension
    def extend(
        self,
        stay_id: int,
        new_end: dt.date,
        reason: str,
        *,
        review_on: dt.date | None = None,
        approved_by_id: int | None = None,
    ) -> StayInfo:
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        reason = clean_text(reason, "reason", LONG_MAX) or ""
        if not reason:
            raise ValidationError(translate("Shelter", "Please give a reason for the extension."), "reason")
        if review_on is not None and review_on < today:
            raise ValidationError(translate("Shelter", "The review date cannot be in the past."), "review_on")
        with self.ctx.transaction() as s:
            nights.sync_open_stays(s, today)
            stay = self._stay(s, stay_id)
            if stay.status not in ("active", "reserved"):
                raise ValidationError(translate("Shelter", "Only a current stay can be extended."))
            if new_end is None or new_end <= stay.planned_end:
                raise ValidationError(
                    translate("Shelter", "The new planned end must be after the current one ({date}).").format(
                        date=format_date(stay.planned_end)
                    ),
                    "new_end",
                )
            if (new_end - stay.admitted_on).days > 2 * MAX_PLANNED_NIGHTS:
                raise ValidationError(translate("Shelter", "A stay cannot be extended beyond two years."), "new_end")
            if review_on is not None and review_on > new_end:
                raise ValidationError(
                    translate("Shelter", "The review date must be on or before the new planned end."), "review_on"
                )
            limit = REVIEW_AFTER_NIGHTS.get(stay.stay_type)
            if review_on is None and limit is not None and (new_end - stay.admitted_on).days > limit:
                raise ValidationError(
                    translate(
                        "Shelter", "This takes the stay beyond %n night(s): please set a review date.", None, limit
                    ),
                    "review_on",
                )
            nights.hold(s, stay, stay.planned_end, new_end)
            s.add(
                ShelterExtension(
                    stay_id=stay.id,
                    extended_on=today,
                    previous_end=stay.planned_end,
                    new_end=new_end,
                    reason=reason,
                    review_on=review_on,
                    approved_by_id=self._approver(s, approved_by_id),
                )
            )
            stay.planned_end = new_end
            s.flush()
            return self._info(s, stay)

    def extensions(self, stay_id: int) -> list[ExtensionInfo]:
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ShelterExtension)
                .where(ShelterExtension.stay_id == stay_id, ShelterExtension.voided_at.is_(None))
                .order_by(ShelterExtension.id)
            ).all()
            with_case = self._case_reasons(s, "shelter_extensions", rows)
            return [
                ExtensionInfo(
                    r.id,
                    r.stay_id,
                    r.extended_on,
                    r.previous_end,
                    r.new_end,
                    r.reason if with_case else None,
                    r.review_on,
                    user_label(s, r.approved_by_id),
                )
                for r in rows
            ]

    def _case_reasons(
        self, session: Session, table: str, rows: Sequence[ShelterExtension] | Sequence[ShelterMove]
    ) -> bool:
        """Free-text extension and move reasons are case work: social workers read them (audited), others not."""
        with_case = self.ctx.can(Permission.SHELTER_CASE)
        if with_case and any(r.reason for r in rows):
            self.ctx.audit(session, "read", table, None, {"ids": [r.id for r in rows if r.reason]})
        return with_case

    # ---------------------------------------------------------------- move
    def move(
        self, stay_id: int, to_bed_id: int | None, *, on: dt.date | None = None, reason: str | None = None
    ) -> StayInfo:
        """Move a stay to another bed from the night of ``on`` (today by default)."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        reason = clean_text(reason, "reason", LONG_MAX)
        with self.ctx.transaction() as s:
            nights.sync_open_stays(s, today)
            stay = self._stay(s, stay_id)
            if stay.status == "discharged":
                raise ValidationError(translate("Shelter", "A discharged stay cannot be moved."))
            bed = self._bed(s, to_bed_id)
            if bed.id == stay.bed_id:
                raise ValidationError(translate("Shelter", "The stay is already in that bed."), "bed")
            on = stay.admitted_on if stay.status == "reserved" else (on or today)
            if stay.status == "active":
                self._not_future(on, "moved_on", translate("Shelter", "The move date {date} is in the future."))
                if on < stay.admitted_on:
                    raise ValidationError(
                        translate("Shelter", "The move date cannot be before the admission date."), "moved_on"
                    )
                last_move = s.scalar(
                    select(func.max(ShelterMove.moved_on)).where(
                        ShelterMove.stay_id == stay.id, ShelterMove.voided_at.is_(None)
                    )
                )
                if last_move is not None and on < last_move:
                    raise ValidationError(
                        translate("Shelter", "The move date cannot be before the last move ({date}).").format(
                            date=format_date(last_move)
                        ),
                        "moved_on",
                    )
                self._bed_not_held_by_open_stay(s, bed.id, stay.id)
            nights.rebed(s, stay, bed.id, on)
            s.add(ShelterMove(stay_id=stay.id, moved_on=on, from_bed_id=stay.bed_id, to_bed_id=bed.id, reason=reason))
            stay.bed_id = bed.id
            s.flush()
            return self._info(s, stay)

    def moves(self, stay_id: int) -> list[MoveInfo]:
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ShelterMove)
                .where(ShelterMove.stay_id == stay_id, ShelterMove.voided_at.is_(None))
                .order_by(ShelterMove.id)
            ).all()
            with_case = self._case_reasons(s, "shelter_moves", rows)
            return [
                MoveInfo(
                    r.id,
                    r.stay_id,
                    r.moved_on,
                    nights.bed_name(s, r.from_bed_id),
                    nights.bed_name(s, r.to_bed_id),
                    r.reason if with_case else None,
                )
                for r in rows
            ]

    # ----------------------------------------------------------- discharge
    def discharge(
        self,
        stay_id: int,
        on: dt.date | None,
        outcome: str,
        *,
        note: str | None = None,
        referral_destination_id: int | None = None,
    ) -> StayInfo:
        """End a stay on ``on``: nights from that date on are released."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        on = on or today
        note = clean_text(note, "outcome_note", LONG_MAX)
        if outcome not in OUTCOMES:
            raise ValidationError(translate("Shelter", "Please choose the outcome of the stay."), "outcome")
        self._not_future(on, "discharged_on", translate("Shelter", "The discharge date {date} is in the future."))
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if stay.status == "reserved":
                raise ValidationError(
                    translate("Shelter", "This is only a reservation: cancel it instead of discharging.")
                )
            if stay.status == "discharged":
                raise ValidationError(
                    translate("Shelter", "This stay was already discharged on {date}.").format(
                        date=format_date(stay.discharged_on)
                    )
                )
            if on < stay.admitted_on:
                raise ValidationError(
                    translate("Shelter", "The discharge date cannot be before the admission date ({date}).").format(
                        date=format_date(stay.admitted_on)
                    ),
                    "discharged_on",
                )
            destination = None
            if referral_destination_id:
                destination = s.get(ReferralDestination, referral_destination_id)
                if destination is None or destination.voided_at is not None:
                    raise ValidationError(
                        translate("Shelter", "Please choose where the person was referred."), "referral_destination"
                    )
            if on > stay.planned_end:
                nights.hold(s, stay, stay.planned_end, on)
            nights.release(s, stay.id, on)
            stay.status = "discharged"
            stay.discharged_on = on
            stay.outcome = outcome
            stay.outcome_note = note
            stay.referral_destination_id = destination.id if destination else None
            s.flush()
            return self._info(s, stay)

    # --------------------------------------------------------------- reads
    def stay(self, stay_id: int) -> StayInfo:
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            return self._info(s, self._stay(s, stay_id))

    def residents(self, *, include_reserved: bool = True) -> list[StayInfo]:
        """Current stays (and reservations), by bed. Reasons are not included: open a case file for those."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        statuses = ("active", "reserved") if include_reserved else ("active",)
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ShelterStay)
                .where(ShelterStay.status.in_(statuses), ShelterStay.voided_at.is_(None))
                .order_by(ShelterStay.status, ShelterStay.admitted_on)
            ).all()
            return stay_infos(s, list(rows), today, with_case=False)

    def past_stays(self, offset: int = 0, limit: int = 200) -> list[StayInfo]:
        """Discharged stays, latest first (lazy listing)."""
        self.ctx.require(Permission.SHELTER_STAYS)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ShelterStay)
                .where(ShelterStay.status == "discharged", ShelterStay.voided_at.is_(None))
                .order_by(ShelterStay.discharged_on.desc(), ShelterStay.id.desc())
                .offset(offset)
                .limit(limit)
            ).all()
            return stay_infos(s, list(rows), today, with_case=False)

    def nights(self, stay_id: int) -> list[tuple[dt.date, str]]:
        """The nights a stay holds, with the bed of each night (a stay past its planned end: up to tonight)."""
        self.ctx.require(Permission.SHELTER_STAYS)
        with self.ctx.transaction() as s:
            self._stay(s, stay_id)
            names: dict[int, str] = {}
            out = []
            held = nights.nights_held(s, stay_id)
            held += [
                (r["night"], r["bed_id"]) for r in nights.pending_nights(s, self.ctx.today()) if r["stay_id"] == stay_id
            ]
            for night, bed_id in sorted(held):
                if bed_id not in names:
                    names[bed_id] = nights.bed_name(s, bed_id)
                out.append((night, names[bed_id]))
            return out
