"""Case work for social workers: admission reasons, life-plan goals and dated case notes.

Everything here requires SHELTER_CASE; every read of a case file is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import NotFound, ValidationError
from dropin.i18n import translate
from dropin.models.clients import Client
from dropin.models.security import User
from dropin.models.shelter import ShelterCaseNote, ShelterExtension, ShelterGoal, ShelterStay
from dropin.security.permissions import Permission
from dropin.shelter.choices import GOAL_AREAS, GOAL_STATUSES, REASONS
from dropin.shelter.records import AttentionItem, CaseFile, CaseNoteInfo, GoalInfo
from dropin.shelter.stayinfo import stay_info
from dropin.validation import DOCUMENT_MAX, LONG_MAX, clean_text

MAX_NOTE = DOCUMENT_MAX


class CaseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _stay(self, s: Session, stay_id: int) -> ShelterStay:
        stay = s.get(ShelterStay, stay_id)
        if stay is None or stay.voided_at is not None:
            raise NotFound(translate("Shelter", "This stay no longer exists."))
        return stay

    def _goal_info(self, g: ShelterGoal, today: dt.date) -> GoalInfo:
        overdue = g.review_on is not None and g.review_on < today and g.status in ("open", "in_progress")
        return GoalInfo(g.id, g.stay_id, g.area, g.description, g.status, g.review_on, overdue)

    def case_file(self, stay_id: int) -> CaseFile:
        """The stay with its reasons, goals and notes. The read is audited."""
        self.ctx.require(Permission.SHELTER_CASE)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            self.ctx.audit_read(s, "shelter_stay_cases", stay.id)
            goals = s.scalars(
                select(ShelterGoal)
                .where(ShelterGoal.stay_id == stay.id, ShelterGoal.voided_at.is_(None))
                .order_by(ShelterGoal.area, ShelterGoal.id)
            ).all()
            notes = s.execute(
                select(ShelterCaseNote, User.display_name, User.username)
                .outerjoin(User, User.id == ShelterCaseNote.created_by_id)
                .where(ShelterCaseNote.stay_id == stay.id, ShelterCaseNote.voided_at.is_(None))
                .order_by(ShelterCaseNote.noted_on.desc(), ShelterCaseNote.id.desc())
            ).all()
            for note, *_ in notes:
                self.ctx.audit_read(s, "shelter_case_notes", note.id)
            for goal in goals:
                self.ctx.audit_read(s, "shelter_goals", goal.id)
            return CaseFile(
                stay=stay_info(s, stay, today, with_case=True),
                goals=[self._goal_info(g, today) for g in goals],
                notes=[CaseNoteInfo(n.id, n.stay_id, n.noted_on, n.text, dn or un) for n, dn, un in notes],
            )

    def set_reasons(self, stay_id: int, reasons: Iterable[str] | None, note: str | None = None) -> None:
        self.ctx.require(Permission.SHELTER_CASE)
        codes = [r for r in (reasons or ()) if r]
        note = clean_text(note, "reason_note", DOCUMENT_MAX)
        unknown = [r for r in codes if r not in REASONS]
        if unknown:
            raise ValidationError(
                translate("Shelter", "Unknown admission reason: {code}.").format(code=unknown[0]), "reasons"
            )
        if not codes:
            raise ValidationError(translate("Shelter", "Please choose at least one admission reason."), "reasons")
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            stay.reasons = ",".join(dict.fromkeys(codes))
            stay.reason_note = note

    # ----------------------------------------------------------------- goals
    def add_goal(
        self, stay_id: int, area: str, description: str, *, review_on: dt.date | None = None, status: str = "open"
    ) -> GoalInfo:
        self.ctx.require(Permission.SHELTER_CASE)
        if area not in GOAL_AREAS:
            raise ValidationError(translate("Shelter", "Please choose the area of the goal."), "area")
        if status not in GOAL_STATUSES:
            raise ValidationError(translate("Shelter", "Please choose the status of the goal."), "status")
        description = clean_text(description, "description", LONG_MAX) or ""
        if not description:
            raise ValidationError(translate("Shelter", "Please describe the goal."), "description")
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if review_on is not None and review_on < stay.admitted_on:
                raise ValidationError(
                    translate("Shelter", "The review date cannot be before the admission."), "review_on"
                )
            goal = ShelterGoal(stay_id=stay.id, area=area, description=description, status=status, review_on=review_on)
            s.add(goal)
            s.flush()
            return self._goal_info(goal, self.ctx.today())

    def update_goal(
        self, goal_id: int, *, status: str | None = None, review_on: dt.date | None = None, clear_review: bool = False
    ) -> GoalInfo:
        self.ctx.require(Permission.SHELTER_CASE)
        if status is not None and status not in GOAL_STATUSES:
            raise ValidationError(translate("Shelter", "Please choose the status of the goal."), "status")
        with self.ctx.transaction() as s:
            goal = s.get(ShelterGoal, goal_id)
            if goal is None or goal.voided_at is not None:
                raise NotFound(translate("Shelter", "This goal no longer exists."))
            if status is not None:
                goal.status = status
            if clear_review:
                goal.review_on = None
            elif review_on is not None:
                goal.review_on = review_on
            s.flush()
            return self._goal_info(goal, self.ctx.today())

    def void_goal(self, goal_id: int, reason: str) -> None:
        self.ctx.require(Permission.SHELTER_CASE)
        with self.ctx.transaction() as s:
            goal = s.get(ShelterGoal, goal_id)
            if goal is None or goal.voided_at is not None:
                raise NotFound(translate("Shelter", "This goal no longer exists."))
            self.ctx.void(goal, reason)

    def reviews_due(self, within_days: int = 7) -> list[GoalInfo]:
        """Open goals whose review date is within ``within_days`` (or past), over current stays."""
        self.ctx.require(Permission.SHELTER_CASE)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ShelterGoal)
                .join(ShelterStay, ShelterStay.id == ShelterGoal.stay_id)
                .where(
                    ShelterGoal.voided_at.is_(None),
                    ShelterGoal.status.in_(("open", "in_progress")),
                    ShelterGoal.review_on.is_not(None),
                    ShelterGoal.review_on <= today + dt.timedelta(days=within_days),
                    ShelterStay.status == "active",
                    ShelterStay.voided_at.is_(None),
                )
                .order_by(ShelterGoal.review_on)
            ).all()
            if rows:
                self.ctx.audit(s, "read", "shelter_goals", None, {"ids": [g.id for g in rows]})
            return [self._goal_info(g, today) for g in rows]

    def attention(self) -> list[AttentionItem]:
        """Current stays whose review date has come, and open life-plan goals past their target date."""
        self.ctx.require(Permission.SHELTER_CASE)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            latest = (
                select(ShelterExtension.stay_id, func.max(ShelterExtension.id).label("ext_id"))
                .where(ShelterExtension.voided_at.is_(None))
                .group_by(ShelterExtension.stay_id)
                .subquery()
            )
            items = [
                AttentionItem(stay_id, code, "review", review_on, None)
                for stay_id, code, review_on in s.execute(
                    select(ShelterStay.id, Client.code, ShelterExtension.review_on)
                    .join(latest, latest.c.stay_id == ShelterStay.id)
                    .join(ShelterExtension, ShelterExtension.id == latest.c.ext_id)
                    .join(Client, Client.id == ShelterStay.client_id)
                    .where(
                        ShelterStay.status == "active",
                        ShelterStay.voided_at.is_(None),
                        ShelterExtension.review_on.is_not(None),
                        ShelterExtension.review_on <= today,
                    )
                )
                if review_on is not None  # as the query asks
            ]
            items += [
                AttentionItem(stay_id, code, "goal", review_on, description)
                for stay_id, code, review_on, description in s.execute(
                    select(ShelterStay.id, Client.code, ShelterGoal.review_on, ShelterGoal.description)
                    .join(ShelterStay, ShelterStay.id == ShelterGoal.stay_id)
                    .join(Client, Client.id == ShelterStay.client_id)
                    .where(
                        ShelterGoal.voided_at.is_(None),
                        ShelterGoal.status.in_(("open", "in_progress")),
                        ShelterGoal.review_on.is_not(None),
                        ShelterGoal.review_on < today,
                        ShelterStay.status == "active",
                        ShelterStay.voided_at.is_(None),
                    )
                )
                if review_on is not None  # as the query asks
            ]
            return sorted(items, key=lambda i: (i.due_on, i.client_code))

    # ----------------------------------------------------------------- notes
    def add_note(self, stay_id: int, text: str, *, noted_on: dt.date | None = None) -> CaseNoteInfo:
        self.ctx.require(Permission.SHELTER_CASE)
        text = clean_text(text, "note", MAX_NOTE) or ""
        if not text:
            raise ValidationError(translate("Shelter", "The case note is empty."), "note")
        noted_on = noted_on or self.ctx.today()
        if noted_on > self.ctx.today():
            raise ValidationError(translate("Shelter", "A case note cannot be dated in the future."), "noted_on")
        with self.ctx.transaction() as s:
            stay = self._stay(s, stay_id)
            if noted_on < stay.admitted_on:
                raise ValidationError(
                    translate("Shelter", "A case note cannot be dated before the admission."), "noted_on"
                )
            note = ShelterCaseNote(stay_id=stay.id, noted_on=noted_on, text=text)
            s.add(note)
            s.flush()
            return CaseNoteInfo(note.id, stay.id, noted_on, text, self.ctx.user.label if self.ctx.user else None)

    def void_note(self, note_id: int, reason: str) -> None:
        self.ctx.require(Permission.SHELTER_CASE)
        with self.ctx.transaction() as s:
            note = s.get(ShelterCaseNote, note_id)
            if note is None or note.voided_at is not None:
                raise NotFound(translate("Shelter", "This case note no longer exists."))
            self.ctx.void(note, reason)
