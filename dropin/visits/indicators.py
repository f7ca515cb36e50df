"""Weekly figures for the "Drop-in visits" section (see dropin/reports/definitions.py).

All figures are aggregate SQL (COUNT, COUNT DISTINCT, SUM, GROUP BY) over
non-voided visits in ``[start, end)``, using the index on ``visits.visit_date``.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from dropin.clients.choices import GENDERS, NOT_STATED
from dropin.clients.codes import AGE_BANDS
from dropin.models.clients import Client
from dropin.models.rollups import (
    NO_BAND,
    VisitClientYear,
    VisitDayChannel,
    VisitDayService,
    from_new_year,
    within_a_year,
)
from dropin.models.visits import ServiceItem, Visit
from dropin.visits.catalogue import CHANNELS

if TYPE_CHECKING:
    from dropin.reports.definitions import Value
    from dropin.reports.series import Bounds, Counts

COMMODITIES = {
    "visits.male_condoms": "male_condoms",
    "visits.female_condoms": "female_condoms",
    "visits.lubricant": "lubricant",
}


def _in_week(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return and_(Visit.visit_date >= start, Visit.visit_date < end, Visit.voided_at.is_(None))


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """The trend figures of every period in one statement (see :mod:`dropin.reports.series`)."""
    from dropin.reports import cache, series

    p = series.periods(bounds)
    in_p = and_(Visit.visit_date >= p.c.s, Visit.visit_date < p.c.e, Visit.voided_at.is_(None))
    male_id = select(ServiceItem.id).where(ServiceItem.code == COMMODITIES["visits.male_condoms"]).scalar_subquery()
    # one scalar subquery per figure and period: the visits and condoms from the days' summary rows, the
    # distinct people from a range of the covering visit-date index (no sort of every visit of the chart)
    visits = (
        select(func.sum(VisitDayChannel.visits))
        .where(VisitDayChannel.day >= p.c.s, VisitDayChannel.day < p.c.e)
        .correlate(p)
        .scalar_subquery()
    )
    people = select(func.count(func.distinct(Visit.client_id))).where(in_p).correlate(p).scalar_subquery()
    condoms = (
        select(func.sum(VisitDayService.quantity))
        .where(VisitDayService.day >= p.c.s, VisitDayService.day < p.c.e, VisitDayService.service_id == male_id)
        .correlate(p)
        .scalar_subquery()
    )
    statement = select(p.c.k, visits, people, condoms).select_from(p)
    keys = {"visits.contacts": 0, "visits.people": 0, "visits.male_condoms": 0}
    out = series.run(session, bounds, keys, statement)
    for (start, end), figures in zip(bounds, out, strict=True):
        cache.put(session, cache.visitors(start, end), figures["visits.people"])
    return out


@functools.cache
def _statements() -> dict[str, Any]:
    """The days' summary statements, built once (the period as parameters: :mod:`dropin.reports.once`)."""
    from dropin.reports import once

    return {
        "lines": select(VisitDayService.service_id, func.sum(VisitDayService.lines), func.sum(VisitDayService.quantity))
        .where(VisitDayService.day >= once.START, VisitDayService.day < once.END)
        .group_by(VisitDayService.service_id),
        "channels": select(
            VisitDayChannel.channel, func.sum(VisitDayChannel.visits), func.sum(VisitDayChannel.anonymous)
        )
        .where(VisitDayChannel.day >= once.START, VisitDayChannel.day < once.END)
        .group_by(VisitDayChannel.channel),
        "items": select(ServiceItem.id, ServiceItem.code, ServiceItem.active).order_by(
            ServiceItem.sort_order, ServiceItem.id
        ),
    }


def _lines_by_item(session: Session, start: dt.date, end: dt.date) -> tuple[dict[int, int], dict[int, int]]:
    """Service lines of the period per item: how many times given, and the summed quantity.

    Read from the days' summary rows (:class:`~dropin.models.rollups.VisitDayService`): a few rows per
    day instead of every line of the period.
    """
    from dropin.reports import once

    counts: dict[int, int] = {}
    per_item: dict[int, int] = {}
    for item_id, n, quantity in session.execute(_statements()["lines"], once.bounds(start, end)):
        counts[item_id], per_item[item_id] = int(n or 0), int(quantity or 0)
    return counts, per_item


#: from this many days on, one walk through the live-visit index beats a look-up per person of the period
#: (each look-up reads only the covering index ``ix_visits_client_live``: a year to date is quicker by look-ups)
LONG_PERIOD_DAYS = 400


def _new_people(session: Session, start: dt.date, end: dt.date, in_week: ColumnElement[bool]) -> int:
    """Clients whose first live visit ever is in the period."""
    if (end - start).days >= LONG_PERIOD_DAYS:
        first = (
            select(func.min(Visit.visit_date).label("first"))
            .where(Visit.voided_at.is_(None), Visit.client_id.is_not(None))
            .group_by(Visit.client_id)
            .subquery()
        )
        return int(session.scalar(select(func.count()).where(first.c.first >= start, first.c.first < end)) or 0)
    earlier = aliased(Visit)
    people_of = select(Visit.client_id.label("cid")).where(in_week, Visit.client_id.is_not(None)).distinct().subquery()
    return int(
        session.scalar(
            select(func.count())
            .select_from(people_of)
            .where(
                ~select(earlier.id)
                .where(earlier.client_id == people_of.c.cid, earlier.voided_at.is_(None), earlier.visit_date < start)
                .exists()
            )
        )
        or 0
    )


def _by_channel(session: Session, start: dt.date, end: dt.date) -> tuple[dict[str, int], int]:
    """Visits per channel (every channel listed, zeros kept) and the anonymous walk-ins, from the days' rows."""
    from dropin.reports import once

    by_channel = {code: 0 for code in CHANNELS}
    anonymous = 0
    for channel, n, unnamed in session.execute(_statements()["channels"], once.bounds(start, end)):
        by_channel[channel] = by_channel.get(channel, 0) + int(n or 0)
        anonymous += int(unnamed or 0)
    return by_channel, anonymous


def _people_of_year(session: Session, start: dt.date, end: dt.date) -> Any:
    """Per gender and band, the distinct people of a period from 1 January and the new ones, from the clients' years.

    A person is counted when their first live visit of the year is before ``end``, once, in the highest of
    the bands they had on a visit before ``end`` (bands only go up: the row of no higher band counts); they
    are new when they had no live visit in an earlier year. Exactly the visits' figures, in one pass over
    one row per person and band, without a sort per person.
    """
    r, higher, earlier = VisitClientYear, aliased(VisitClientYear), aliased(VisitClientYear)
    new = ~select(earlier.year).where(earlier.client_id == r.client_id, earlier.year < start.year).exists()
    top = ~(
        select(higher.year)
        .where(
            higher.year == r.year,
            higher.client_id == r.client_id,
            higher.age_band > r.age_band,
            higher.first_on < end,
        )
        .exists()
    )
    return session.execute(
        select(
            func.coalesce(r.gender, NOT_STATED),
            func.coalesce(func.nullif(r.age_band, NO_BAND), NOT_STATED),
            func.count(),
            func.sum(case((new, 1), else_=0)),
        )
        .where(r.year == start.year, r.first_on < end, top)
        .group_by(r.gender, r.age_band)
    )


def _people(
    session: Session, start: dt.date, end: dt.date, in_week: ColumnElement[bool]
) -> tuple[int, dict[str, int], dict[str, int], int | None]:
    """Distinct people, by gender and by age band, and (for a short period) the new ones, in one pass.

    One row per person (the band on their latest visit: bands only go up; new when no live
    visit came before the period), counted by gender and band.
    """
    by_gender = {code: 0 for code in (*GENDERS, NOT_STATED)}
    by_age = {code: 0 for code in (*AGE_BANDS, NOT_STATED)}
    people, new_people = 0, 0
    if from_new_year(start, end):
        rows = _people_of_year(session, start, end)
        short = True
    else:
        short = (end - start).days < LONG_PERIOD_DAYS
        rows = _people_of_visits(session, start, end, in_week, short)
    for g, band, n, n_new in rows:
        by_gender[g] = by_gender.get(g, 0) + n
        by_age[band] = by_age.get(band, 0) + n
        people += n
        new_people += int(n_new or 0)
    return people, by_gender, by_age, new_people if short else None


def _people_of_visits(session: Session, start: dt.date, end: dt.date, in_week: ColumnElement[bool], short: bool) -> Any:
    """Per gender and band, the distinct people of the period's visits and (``short``) the new ones."""
    earlier = aliased(Visit)
    new = ~(
        select(earlier.id)
        .where(earlier.client_id == Visit.client_id, earlier.voided_at.is_(None), earlier.visit_date < start)
        .exists()
    )
    per_person = (
        select(
            Visit.client_id.label("cid"),
            func.coalesce(func.max(Visit.age_band), NOT_STATED).label("band"),
            *((case((new, 1), else_=0).label("new"),) if short else ()),
        )
        .where(in_week, Visit.client_id.is_not(None))
        .group_by(Visit.client_id)
        .subquery()
    )
    counted = (func.count(), func.sum(per_person.c.new) if short else literal(0))
    if within_a_year(start, end):
        # inside one year, each person's gender is on their rows of the clients' years (a smaller table to look in)
        kept = VisitClientYear
        gender = func.coalesce(
            select(func.max(kept.gender))
            .where(kept.year == start.year, kept.client_id == per_person.c.cid)
            .scalar_subquery(),
            NOT_STATED,
        )
        return session.execute(select(gender, per_person.c.band, *counted).group_by(gender, per_person.c.band))
    gender = func.coalesce(Client.gender, NOT_STATED)
    return session.execute(
        select(gender, per_person.c.band, *counted)
        .select_from(per_person)
        .join(Client, Client.id == per_person.c.cid)
        .group_by(gender, per_person.c.band)
    )


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Value]:
    from dropin.reports import cache

    in_week = _in_week(start, end)
    by_channel, anonymous = _by_channel(session, start, end)
    people, by_gender, by_age, new_people = _people(session, start, end, in_week)
    cache.put(session, cache.visitors(start, end), people)  # the people reached start from them
    if new_people is None:
        new_people = _new_people(session, start, end, in_week)

    counts, per_item = _lines_by_item(session, start, end)
    services = {}
    quantities = {}
    for item_id, code, active in session.execute(_statements()["items"]):
        if active or counts.get(item_id):
            services[code] = int(counts.get(item_id, 0))
        quantities[code] = per_item.get(item_id, 0)

    result: dict[str, Value] = {
        "visits.contacts": sum(by_channel.values()),
        "visits.people": people,
        "visits.new_people": int(new_people or 0),
        "visits.anonymous": anonymous,
        "visits.by_channel": by_channel,
        "visits.by_gender": by_gender,
        "visits.by_age_band": by_age,
        "visits.services": services,
    }
    for key, code in COMMODITIES.items():
        result[key] = int(quantities.get(code) or 0)
    return result
