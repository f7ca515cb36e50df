"""Stays as plain objects (:class:`dropin.shelter.records.StayInfo`), read for many stays in a few statements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.models.clients import Client, ReferralDestination
from dropin.models.security import User
from dropin.models.shelter import ShelterBed, ShelterExtension, ShelterRoom, ShelterStay
from dropin.shelter.records import StayInfo


def user_label(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    row = session.execute(select(User.display_name, User.username).where(User.id == user_id)).first()
    return (row[0] or row[1]) if row else None


def stay_info(session: Session, stay: ShelterStay, today: dt.date, *, with_case: bool) -> StayInfo:
    """A stay as a plain object; reasons only when ``with_case`` (the caller audits that read)."""
    return stay_infos(session, [stay], today, with_case=with_case)[0]


def stay_infos(session: Session, stays: list[ShelterStay], today: dt.date, *, with_case: bool) -> list[StayInfo]:
    """Many stays as plain objects, with a handful of queries whatever their number (lists stay quick)."""
    if not stays:
        return []
    client_ids = {s.client_id for s in stays}
    codes = dict(session.execute(select(Client.id, Client.code).where(Client.id.in_(client_ids))).all())
    beds = dict(
        session.execute(
            select(ShelterBed.id, ShelterRoom.name + " / " + ShelterBed.label)
            .join(ShelterRoom, ShelterRoom.id == ShelterBed.room_id)
            .where(ShelterBed.id.in_({s.bed_id for s in stays}))
        ).all()
    )
    users = {
        r.id: r.display_name or r.username
        for r in session.execute(
            select(User.id, User.display_name, User.username).where(
                User.id.in_({s.approved_by_id for s in stays if s.approved_by_id})
            )
        )
    }
    latest = (
        select(ShelterExtension.stay_id, func.max(ShelterExtension.id).label("ext_id"))
        .where(ShelterExtension.voided_at.is_(None), ShelterExtension.stay_id.in_({s.id for s in stays}))
        .group_by(ShelterExtension.stay_id)
        .subquery()
    )
    reviews = dict(
        session.execute(
            select(ShelterExtension.stay_id, ShelterExtension.review_on).join(
                latest, latest.c.ext_id == ShelterExtension.id
            )
        ).all()
    )
    destinations = dict(
        session.execute(
            select(ReferralDestination.id, ReferralDestination.name).where(
                ReferralDestination.id.in_({s.referral_destination_id for s in stays if s.referral_destination_id})
            )
        ).all()
    )
    out = []
    for stay in stays:
        if stay.status == "discharged":
            nights_count = ((stay.discharged_on or today) - stay.admitted_on).days
        elif stay.status == "active":
            nights_count = max(0, (today - stay.admitted_on).days)
        else:
            nights_count = 0
        review_on = reviews.get(stay.id)
        out.append(
            StayInfo(
                id=stay.id,
                client_id=stay.client_id,
                client_code=codes.get(stay.client_id, "?"),
                bed_id=stay.bed_id,
                bed_label=beds.get(stay.bed_id, str(stay.bed_id)),
                status=stay.status,
                stay_type=stay.stay_type,
                admitted_on=stay.admitted_on,
                planned_end=stay.planned_end,
                discharged_on=stay.discharged_on,
                outcome=stay.outcome,
                children_count=stay.children_count,
                children_ages=stay.children_ages,
                approved_by=users.get(stay.approved_by_id),
                nights=nights_count,
                overstay=stay.status == "active" and stay.planned_end < today,
                referral_destination=destinations.get(stay.referral_destination_id or 0),
                outcome_note=stay.outcome_note if with_case else None,
                reasons=tuple(r for r in (stay.reasons or "").split(",") if r) if with_case else None,
                reason_note=stay.reason_note if with_case else None,
                review_on=review_on,
                review_due=stay.status == "active" and review_on is not None and review_on <= today,
            )
        )
    return out
