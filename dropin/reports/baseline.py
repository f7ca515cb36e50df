"""Hand-written SQL for exactly the figures of a report: the floor ``dropin bench`` compares the report with.

One statement per section computes every figure the report computes for the
same periods: all figures for the periods printed in full (the period, the one
before, the year to date) and the trend-chart figures for the other periods of
the chart. The periods are a ``VALUES`` list (``k`` index, ``s`` first day,
``e`` the day after, ``n`` the end of the nights already slept, ``f`` 1 when
printed in full, ``y`` the year of a period from 1 January, else NULL); each branch of a ``UNION ALL`` joins its records to them and
groups by period, so the figures come back as rows ``(k, key, code, value,
value2)`` (``code`` for a breakdown's category). Only the last arithmetic
(percentages, medians, stock arithmetic) is done in Python. Where the report reads the
visits' summary rows (``dropin/models/rollups.py``), so does this. ``CROSS JOIN`` keeps
SQLite's join order where the period's rows must drive the plan.

:func:`figures` gives the same ``{section: {key: value}}`` per period as the
report's areas, so a test can check that both give the same numbers.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from dropin.clients.choices import GENDERS
from dropin.models.rollups import from_new_year
from dropin.models.testing import CounsellingSession, HivTest, Referral
from dropin.settings import get_setting

if TYPE_CHECKING:
    from sqlalchemy import Row

    from dropin.reports.definitions import Value
    from dropin.reports.periods import Period
    from dropin.reports.service import ReportService

LONG_PERIOD_DAYS = 400  # as dropin.visits.indicators: a walk through the index for "new people" of longer periods
NEAR_EXPIRY_DAYS = 60
FINAL = "('nonreactive', 'reactive')"
# the tables kept in the health store are named through their models (with their schema, wherever they are kept)
_TESTS, _COUNSELLING, _REFERRALS = (str(model.__table__) for model in (HivTest, CounsellingSession, Referral))
_GENDERS = "(" + ", ".join(f"'{g}'" for g in GENDERS) + ")"

#: one period: ``(start, end, as_of, full)``; ``as_of`` is today for a period still running
PeriodBounds = tuple[dt.date, dt.date, dt.date | None, bool]
#: what SQLite gives for a value of a statement's rows
Scalar = int | float | str | None
if TYPE_CHECKING:
    #: a row ``(k, key, code, value, value2)``: ``code`` is a breakdown's category (days to expiry for a ``lot``)
    RawRow = Row[int, str, str | float | None, Scalar, Scalar]
    #: one section's figures for one period, as the areas' ``compute`` gives them
    Figures = dict[str, Value]

#: a live visit of period ``p``, read from the covering visit-date index
_IN_P = "x.visit_date >= p.s AND x.visit_date < p.e AND x.voided_at IS NULL"
#: a day's summary row (``dropin/models/rollups.py``) of period ``p``
_DAY_IN_P = "d.day >= p.s AND d.day < p.e"
#: visits, channels, services and condoms from the days' summary rows; distinct people from one row per person:
#: of the clients' years for a period from 1 January (``p.y``, its year), of the period's visits otherwise
VISITS = f"""
person AS (SELECT p.k, x.client_id, coalesce(max(x.age_band), 'not_stated') AS band, CASE WHEN substr(p.s, 1, 4)
    = substr(date(p.e, '-1 day'), 1, 4) THEN CAST(substr(p.s, 1, 4) AS INTEGER) END AS year,
    julianday(p.e) - julianday(p.s) < :long AND NOT EXISTS (SELECT 1 FROM visits y WHERE y.client_id = x.client_id
    AND y.voided_at IS NULL AND y.visit_date < p.s) AS new FROM p JOIN visits x ON {_IN_P}
    WHERE p.f AND p.y IS NULL AND x.client_id IS NOT NULL GROUP BY p.k, x.client_id),
yearly AS (SELECT p.k, coalesce(nullif(r.age_band, ''), 'not_stated') AS band, coalesce(r.gender, 'not_stated')
    AS gender, NOT EXISTS (SELECT 1 FROM visit_client_years e WHERE e.client_id = r.client_id AND e.year < p.y) AS new
    FROM p JOIN visit_client_years r ON r.year = p.y AND r.first_on < p.e WHERE p.f AND NOT EXISTS (SELECT 1
    FROM visit_client_years h WHERE h.year = r.year AND h.client_id = r.client_id AND h.age_band > r.age_band
    AND h.first_on < p.e))
SELECT p.k, 'visits.contacts', NULL, (SELECT sum(d.visits) FROM visit_day_channels d WHERE {_DAY_IN_P}),
    (SELECT count(DISTINCT x.client_id) FROM visits x WHERE {_IN_P}) FROM p WHERE NOT p.f
UNION ALL SELECT p.k, 'visits.by_channel', d.channel, sum(d.visits), sum(d.anonymous) FROM p
    JOIN visit_day_channels d ON {_DAY_IN_P} WHERE p.f GROUP BY p.k, d.channel
UNION ALL SELECT x.k, 'visits.person', coalesce(CASE WHEN x.year IS NULL THEN (SELECT c.gender FROM clients c
    WHERE c.id = x.client_id) ELSE (SELECT max(g.gender) FROM visit_client_years g WHERE g.year = x.year
    AND g.client_id = x.client_id) END, 'not_stated') || '|' || x.band, count(*), sum(x.new) FROM person x
    GROUP BY x.k, 3
UNION ALL SELECT k, 'visits.person', gender || '|' || band, count(*), sum(new) FROM yearly GROUP BY k, 3
UNION ALL SELECT p.k, 'visits.new_people', NULL, count(*), NULL FROM p JOIN (SELECT min(visit_date) AS first FROM visits
    WHERE voided_at IS NULL AND client_id IS NOT NULL GROUP BY client_id) x ON x.first >= p.s AND x.first < p.e
    WHERE p.f AND julianday(p.e) - julianday(p.s) >= :long GROUP BY p.k
UNION ALL SELECT x.k, 'visits.services', i.code, x.n, x.q FROM (SELECT p.k, d.service_id, sum(d.lines) AS n,
    sum(d.quantity) AS q FROM p JOIN visit_day_services d ON {_DAY_IN_P} WHERE p.f GROUP BY p.k, d.service_id) x
    JOIN service_items i ON i.id = x.service_id
UNION ALL SELECT p.k, 'visits.services', 'male_condoms', NULL, (SELECT sum(d.quantity) FROM visit_day_services d
    WHERE {_DAY_IN_P} AND d.service_id = (SELECT id FROM service_items WHERE code = 'male_condoms'))
    FROM p WHERE NOT p.f"""

TESTING = f"""
t AS MATERIALIZED (SELECT p.k, p.f, h.id, h.client_id, h.session_id, h.started_at, h.result, h.result_given,
    h.modality FROM p JOIN {_TESTS} h ON h.started_at >= p.s AND h.started_at < p.e AND h.voided_at IS NULL),
person AS MATERIALIZED (SELECT t.k, t.f, t.client_id, max(cs.on_art OR EXISTS (SELECT 1 FROM {_REFERRALS} r
    WHERE r.client_id = t.client_id AND r.voided_at IS NULL AND r.confirmatory_result = 'positive'
    AND r.confirmatory_on < date(t.started_at))) AS known, max(t.result = 'reactive') AS reactive
    FROM t JOIN {_COUNSELLING} cs ON cs.id = t.session_id
    WHERE t.result IN {FINAL} AND t.result_given GROUP BY t.k, t.client_id),
firsts AS (SELECT * FROM (SELECT t.k, t.client_id, row_number() OVER (PARTITION BY t.k, t.client_id
    ORDER BY t.started_at, t.id) AS n, CAST(strftime('%Y', t.started_at) AS INTEGER) - c.birth_year AS age,
    CASE WHEN c.gender IN {_GENDERS} THEN c.gender ELSE 'not_stated' END AS gender,
    CASE WHEN c.kp_type IN ('fsw', 'msw', 'tg') THEN c.kp_type ELSE 'other_kp' END AS kp,
    CASE WHEN t.modality IN ('drop_in', 'outreach') THEN t.modality ELSE 'other_community' END AS modality
    FROM t JOIN clients c ON c.id = t.client_id WHERE t.f AND t.result IN {FINAL} AND t.result_given) WHERE n = 1),
new AS MATERIALIZED (SELECT x.* FROM firsts x JOIN person y ON y.k = x.k AND y.client_id = x.client_id AND NOT y.known),
diagnosed AS (SELECT p.k, r.client_id, min(r.confirmatory_on) AS confirmed, min(r.art_start_on) AS art,
    max(coalesce(cs.on_art, 0)) AS on_art FROM p JOIN {_REFERRALS} r ON r.voided_at IS NULL
    AND r.confirmatory_result = 'positive' AND r.confirmatory_on >= p.s AND r.confirmatory_on < p.e
    LEFT JOIN {_TESTS} h ON h.id = r.test_id LEFT JOIN {_COUNSELLING} cs ON cs.id = h.session_id
    WHERE p.f AND NOT EXISTS (SELECT 1 FROM {_REFERRALS} y WHERE y.client_id = r.client_id AND y.voided_at IS NULL
    AND y.confirmatory_result = 'positive' AND y.confirmatory_on < p.s) GROUP BY p.k, r.client_id)
SELECT k, 'testing.hts_tst', NULL, count(*), sum(reactive) FROM person WHERE NOT known GROUP BY k
UNION ALL SELECT k, 'testing.known_positive', NULL, sum(known), NULL FROM person WHERE f GROUP BY k
UNION ALL SELECT k, 'testing.by_age', CASE WHEN age IS NULL OR age < 0 THEN 'unknown' WHEN age < 15 THEN 'under_15'
    WHEN age >= 50 THEN '50+' ELSE (age - age % 5) || '-' || (age - age % 5 + 4) END, count(*), NULL
    FROM new GROUP BY k, 3
UNION ALL SELECT k, 'testing.by_gender', gender, count(*), NULL FROM new GROUP BY k, gender
UNION ALL SELECT k, 'testing.by_kp', kp, count(*), NULL FROM new GROUP BY k, kp
UNION ALL SELECT k, 'testing.by_modality', modality, count(*), NULL FROM new GROUP BY k, modality
UNION ALL SELECT k, 'testing.by_result', result, count(*), NULL FROM t WHERE f AND result IS NOT NULL GROUP BY k, result
UNION ALL SELECT k, 'tests', NULL, count(*), NULL FROM t WHERE f GROUP BY k
UNION ALL SELECT p.k, 'testing.counselled', NULL, count(DISTINCT cs.client_id), NULL FROM p
    JOIN {_COUNSELLING} cs ON cs.session_at >= p.s AND cs.session_at < p.e AND cs.voided_at IS NULL
    AND cs.pre_test_counselling WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'testing.referred', NULL, count(*), NULL FROM p JOIN {_REFERRALS} r ON r.voided_at IS NULL
    AND r.referred_on >= p.s AND r.referred_on < p.e WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'testing.overdue', NULL, count(*), NULL FROM p JOIN {_REFERRALS} r ON r.voided_at IS NULL
    AND r.due_date < p.e AND r.referred_on < p.e AND (r.closed_on IS NULL OR r.closed_on > date(p.e, '-1 day'))
    WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'qc', NULL, count(q.id), sum(q.kits_used) FROM p JOIN hts_qc_runs q ON q.voided_at IS NULL
    AND q.run_on >= p.s AND q.run_on < p.e WHERE p.f GROUP BY p.k
UNION ALL SELECT k, 'diagnosed', NULL, julianday(art) - julianday(confirmed), NULL FROM diagnosed WHERE NOT on_art
UNION ALL SELECT p.k, 'lot', julianday(l.expiry_date) - julianday(p.e), l.quantity_received
    - (SELECT count(*) FROM {_TESTS} h WHERE h.lot_id = l.id AND h.voided_at IS NULL AND h.started_at < p.e)
    - (SELECT coalesce(sum(kits_used), 0) FROM hts_qc_runs q WHERE q.lot_id = l.id AND q.voided_at IS NULL
       AND q.run_on < p.e)
    - (SELECT coalesce(sum(quantity), 0) FROM hts_kit_discards d WHERE d.lot_id = l.id AND d.voided_at IS NULL
       AND d.discarded_on < p.e), NULL
    FROM p JOIN hts_kit_lots l ON l.voided_at IS NULL AND l.received_on < p.e AND l.expiry_date >= p.e WHERE p.f"""

_NIGHTS = "julianday(min(coalesce(st.discharged_on, p.n), p.n)) - julianday(max(st.admitted_on, p.s))"
_LAST = "date(p.n, '-1 day')"
_GONE = "min(p.n, coalesce(date(b.voided_at), '9999-12-31'), coalesce(date(r.voided_at), '9999-12-31'))"
SHELTER = f"""
st AS NOT MATERIALIZED (SELECT * FROM shelter_stays WHERE voided_at IS NULL AND status IN ('active', 'discharged')),
beds AS (SELECT p.k, b.id, max(p.s, b.available_from) AS lo, {_GONE} AS hi FROM p JOIN shelter_beds b
    JOIN shelter_rooms r ON r.id = b.room_id WHERE p.f)
SELECT p.k, 'nights', NULL, sum({_NIGHTS}), sum(({_NIGHTS}) * st.children_count) FROM p JOIN st
    ON st.admitted_on < p.n AND (st.discharged_on IS NULL OR st.discharged_on > p.s)
    AND (st.discharged_on IS NULL OR st.discharged_on > st.admitted_on) GROUP BY p.k
UNION ALL SELECT p.k, 'residents', NULL, count(DISTINCT st.client_id), sum(st.children_count) FROM p JOIN st
    ON st.admitted_on < p.n AND (st.discharged_on IS NULL OR st.discharged_on > p.s)
    AND (st.discharged_on IS NULL OR st.discharged_on > st.admitted_on) WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'shelter.admissions', NULL, count(*), NULL FROM p JOIN st ON st.admitted_on >= p.s
    AND st.admitted_on < p.e WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'shelter.discharges', coalesce(st.outcome, 'other'), count(*), NULL FROM p JOIN st
    ON st.status = 'discharged' AND st.discharged_on >= p.s AND st.discharged_on < p.e WHERE p.f GROUP BY p.k, 3
UNION ALL SELECT p.k, 'shelter.extensions', NULL, count(*), NULL FROM p JOIN shelter_extensions x
    ON x.voided_at IS NULL AND x.extended_on >= p.s AND x.extended_on < p.e
    JOIN shelter_stays y ON y.id = x.stay_id AND y.voided_at IS NULL WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'shelter.overstays', NULL, count(*), NULL FROM p JOIN st ON st.admitted_on < p.n
    AND (st.discharged_on IS NULL OR st.discharged_on >= p.n) AND coalesce((SELECT x.previous_end
    FROM shelter_extensions x WHERE x.stay_id = st.id AND x.voided_at IS NULL AND x.extended_on >= p.n
    ORDER BY x.extended_on, x.id LIMIT 1), st.planned_end) < p.n WHERE p.f GROUP BY p.k
UNION ALL SELECT p.k, 'shelter.beds', NULL, count(*), NULL FROM p JOIN shelter_beds b JOIN shelter_rooms r
    ON r.id = b.room_id WHERE p.f AND b.available_from <= {_LAST} AND {_GONE} > {_LAST} AND NOT EXISTS (SELECT 1
    FROM shelter_bed_outages o WHERE o.bed_id = b.id AND o.voided_at IS NULL AND o.start_on <= {_LAST}
    AND (o.end_on IS NULL OR o.end_on > {_LAST})) GROUP BY p.k
UNION ALL SELECT k, 'available', NULL, sum(max(0, julianday(hi) - julianday(lo))), NULL FROM beds GROUP BY k
UNION ALL SELECT beds.k, 'available', NULL, -sum(max(0, julianday(min(hi, coalesce(o.end_on, hi)))
    - julianday(max(lo, o.start_on)))), NULL FROM beds JOIN shelter_bed_outages o ON o.bed_id = beds.id
    AND o.voided_at IS NULL WHERE hi > lo GROUP BY beds.k"""

CHILDREN = """
h AS NOT MATERIALIZED (SELECT p.k, p.f, a.id, a.unregistered_children, a.parents_present, t.code, t.kind FROM p
    JOIN children_sessions a ON a.date >= p.s AND a.date < p.e AND a.voided_at IS NULL AND a.status = 'held'
    JOIN children_activity_types t ON t.id = a.type_id)
SELECT k, 'children.sessions', code, count(*), NULL FROM h WHERE f AND kind = 'children' GROUP BY k, code
UNION ALL SELECT k, 'children.workshops', NULL, count(*), NULL FROM h WHERE f AND kind = 'workshop' GROUP BY k
UNION ALL SELECT k, 'counted', NULL, sum(unregistered_children), sum(parents_present) FROM h GROUP BY k
UNION ALL SELECT h.k, 'marks', NULL, count(m.id), count(DISTINCT m.child_id) FROM h JOIN children_attendance m
    ON m.session_id = h.id AND m.present AND m.voided_at IS NULL GROUP BY h.k
UNION ALL SELECT h.k, 'adults', NULL, count(x.id), count(DISTINCT x.client_id) FROM h
    JOIN children_adult_attendance x ON x.session_id = h.id AND x.present AND x.voided_at IS NULL
    WHERE h.f GROUP BY h.k"""

OUTREACH = """
o AS NOT MATERIALIZED (SELECT p.k, p.f, x.* FROM p JOIN outreach_sessions x ON x.voided_at IS NULL
    AND x.session_date >= p.s AND x.session_date < p.e),
ev AS NOT MATERIALIZED (SELECT p.k, x.id, x.kind, x.attendance FROM p JOIN community_events x
    ON x.voided_at IS NULL AND x.event_date >= p.s AND x.event_date < p.e WHERE p.f)
SELECT k, 'contacts', NULL, sum(contacts_new), sum(contacts_returning) FROM o GROUP BY k
UNION ALL SELECT k, 'outreach.male_condoms', NULL, sum(male_condoms), NULL FROM o WHERE f GROUP BY k
UNION ALL SELECT k, 'outreach.female_condoms', NULL, sum(female_condoms), NULL FROM o WHERE f GROUP BY k
UNION ALL SELECT k, 'outreach.lubricant', NULL, sum(lubricant), NULL FROM o WHERE f GROUP BY k
UNION ALL SELECT k, 'outreach.leaflets', NULL, sum(leaflets), NULL FROM o WHERE f GROUP BY k
UNION ALL SELECT k, 'outreach.gatekeepers', NULL, sum(gatekeepers), sum(minisession_minutes) FROM o WHERE f GROUP BY k
UNION ALL SELECT k, 'outreach.sessions_by_mode', mode, count(*), NULL FROM o WHERE f GROUP BY k, mode
UNION ALL SELECT k, 'outreach.sessions_by_setting', setting, count(*), NULL FROM o WHERE f GROUP BY k, setting
UNION ALL SELECT o.k, 'outreach.people', NULL, count(DISTINCT c.client_id), NULL FROM o JOIN outreach_contacts c
    ON c.session_id = o.id AND c.voided_at IS NULL WHERE o.f GROUP BY o.k
UNION ALL SELECT o.k, 'outreach.referrals', NULL, count(r.id), sum(r.accompanied) FROM o JOIN outreach_referrals r
    ON r.session_id = o.id AND r.voided_at IS NULL WHERE o.f GROUP BY o.k
UNION ALL SELECT o.k, 'outreach.contacts_by_area', a.name, sum(o.contacts_new + o.contacts_returning), NULL FROM o
    JOIN outreach_areas a ON a.id = o.area_id WHERE o.f GROUP BY o.k, a.name
UNION ALL SELECT k, 'outreach.events_by_type', kind, count(*), sum(attendance) FROM ev GROUP BY k, kind
UNION ALL SELECT ev.k, 'coded', NULL, count(x.id), NULL FROM ev JOIN community_event_attendees x
    ON x.event_id = ev.id AND x.voided_at IS NULL GROUP BY ev.k"""

INCIDENTS = """
i AS (SELECT 1)
SELECT p.k, 'incidents.recorded', NULL, count(*), sum(x.from_checkin OR (',' || x.support || ',') LIKE '%,legal,%')
    FROM p JOIN incidents x ON x.voided_at IS NULL AND x.created_at >= p.s AND x.created_at < p.e WHERE p.f
    GROUP BY p.k"""

ACCESS = """
a AS (SELECT 1)
SELECT p.k, 'access', NULL, sum(x.action = 'break_glass') || ':' || sum(x.action IN ('account_created',
    'role_changed') AND x.detail LIKE '%"hiv_access": true%') || ':' || sum(x.action = 'password_reset') || ':'
    || sum(x.action = 'restore'), NULL FROM p JOIN audit_log x ON x.at >= p.s AND x.at < p.e WHERE p.f GROUP BY p.k"""

#: people reached: those with a visit of the period (the visits section's count, added in :func:`figures`), and the
#: few reached otherwise who had none
_REACHED = f"""
SELECT p.k, 'reach.people', NULL, (SELECT count(*)
    FROM (SELECT x.client_id FROM {_TESTS} x WHERE x.voided_at IS NULL AND x.started_at >= p.s AND x.started_at < p.e
    UNION SELECT x.client_id FROM shelter_stays x WHERE x.voided_at IS NULL
        AND x.status IN ('active', 'discharged') AND x.admitted_on < p.n
        AND (x.discharged_on IS NULL OR x.discharged_on > p.s)
        AND (x.discharged_on IS NULL OR x.discharged_on > x.admitted_on)
    UNION SELECT x.client_id FROM children_sessions a JOIN children_adult_attendance x ON x.session_id = a.id
        AND x.present AND x.voided_at IS NULL WHERE a.voided_at IS NULL AND a.status = 'held' AND a.date >= p.s
        AND a.date < p.e) o WHERE CASE WHEN p.y IS NULL THEN NOT EXISTS (SELECT 1 FROM visits y
        WHERE y.client_id = o.client_id AND y.voided_at IS NULL AND y.visit_date >= p.s AND y.visit_date < p.e)
        ELSE NOT EXISTS (SELECT 1 FROM visit_client_years y WHERE y.year = p.y AND y.client_id = o.client_id
        AND y.first_on < p.e) END), NULL FROM p"""

_OFFERED = f"""SELECT cs.client_id FROM {_COUNSELLING} cs WHERE cs.voided_at IS NULL AND cs.session_at >= p.s
    AND cs.session_at < p.e UNION SELECT h.client_id FROM {_TESTS} h WHERE h.voided_at IS NULL AND h.started_at >= p.s
    AND h.started_at < p.e"""


def _reach_sql(session: Session) -> str:
    from dropin.reports.reach import package

    pack = package(session)
    groups, offered = pack["service_groups"], pack["hiv_test_offered"]
    sql = "r AS (SELECT 1)\n" + _REACHED
    if groups:
        codes = [
            "(SELECT id FROM service_items WHERE code IN ("
            + ", ".join("'" + code.replace("'", "''") + "'" for code in group)
            + "))"
            for group in groups
        ]
        having = [
            f"max(EXISTS (SELECT 1 FROM visit_services l WHERE l.visit_id = x.id AND l.voided_at IS NULL AND l.service_id"
            f" IN {ids}))"
            for ids in codes
        ]
        # with a test offered, only the people offered one are walked (their visits by the live-visit index)
        who = f" AND x.client_id IN ({_OFFERED})" if offered else ""
        walked = f"""(SELECT count(*) FROM (SELECT x.client_id FROM visits x
    WHERE x.client_id IS NOT NULL AND {_IN_P}{who} GROUP BY x.client_id HAVING {" AND ".join(having)}))"""
        if offered:  # a period from 1 January: each person offered a test looked up in the clients' services
            got = " AND ".join(
                f"EXISTS (SELECT 1 FROM visit_client_services r WHERE r.year = p.y AND r.client_id = o.client_id"
                f" AND r.first_on < p.e AND r.service_id IN {ids})"
                for ids in codes
            )
            walked = f"CASE WHEN p.y IS NULL THEN {walked} ELSE (SELECT count(*) FROM ({_OFFERED}) o WHERE {got}) END"
        sql += f"""
UNION ALL SELECT p.k, 'reach.package', NULL, {walked}, NULL FROM p WHERE p.f"""
    elif offered:
        sql += f"""
UNION ALL SELECT p.k, 'reach.package', NULL, (SELECT count(*) FROM ({_OFFERED})), NULL FROM p WHERE p.f"""
    return sql


SECTIONS = {
    "visits": VISITS,
    "testing": TESTING,
    "shelter": SHELTER,
    "children": CHILDREN,
    "outreach": OUTREACH,
    "incidents": INCIDENTS,
    "access": ACCESS,
}


def _values(periods: Sequence[PeriodBounds]) -> tuple[str, dict[str, int | str | None]]:
    rows: list[str] = []
    params: dict[str, int | str | None] = {"long": LONG_PERIOD_DAYS}
    for k, (start, end, as_of, full) in enumerate(periods):
        nights = max(start, as_of) if as_of is not None and as_of < end else end
        rows.append(f"(:k{k}, :s{k}, :e{k}, :n{k}, :f{k}, :y{k})")
        params[f"y{k}"] = start.year if from_new_year(start, end) else None
        params.update({f"k{k}": k, f"s{k}": start.isoformat(), f"e{k}": end.isoformat()})
        params.update({f"n{k}": nights.isoformat(), f"f{k}": int(full)})
    return "WITH p(k, s, e, n, f, y) AS (VALUES " + ", ".join(rows) + "),", params


def rows(session: Session, periods: Sequence[PeriodBounds]) -> dict[str, Sequence[RawRow]]:
    """The raw rows of every section's statement; ``periods``: ``(start, end, as_of, full)`` each."""
    head, params = _values(periods)
    statements = dict(SECTIONS, reach=_reach_sql(session))
    return {name: session.execute(text(head + sql), params).all() for name, sql in statements.items()}


def figures(session: Session, periods: Sequence[PeriodBounds]) -> list[dict[str, Figures]]:
    """Per period, ``{section: {key: value}}`` as the areas' ``compute`` (full) or ``compute_series`` (trend) give."""
    raw = rows(session, periods)
    out: list[dict[str, Figures]] = [{} for _ in periods]
    for section, found in raw.items():
        by_period: list[list[RawRow]] = [[] for _ in periods]
        for row in found:
            by_period[row[0]].append(row)
        for k, period in enumerate(periods):
            out[k][section] = _section(section, by_period[k], period)
    for k, _period in enumerate(periods):  # the people reached without a visit, and those with one
        people, others = out[k]["visits"]["visits.people"], out[k]["reach"]["reach.people"]
        if isinstance(people, int) and isinstance(others, int):
            out[k]["reach"]["reach.people"] = others + people
    if not _package_defined(session):
        for k, (_s, _e, _a, full) in enumerate(periods):
            if full:
                out[k]["reach"]["reach.package"] = None
    return out


def _package_defined(session: Session) -> bool:
    value = get_setting(session, "prevention_package") or {}
    return bool(value.get("service_groups") or value.get("hiv_test_offered"))


@dataclass(frozen=True)
class _Found:
    """One section's rows for one period: ``one`` (values per key), ``bd`` (per key and category), and the period."""

    one: dict[str, list[tuple[Scalar, Scalar]]]
    bd: dict[str, dict[str, tuple[Scalar, Scalar]]]
    rows: Sequence[RawRow]
    start: dt.date
    end: dt.date
    as_of: dt.date | None
    full: bool

    def first(self, key: str, index: int = 0) -> int:
        rows = self.one.get(key)
        return int(rows[0][index] or 0) if rows else 0

    def counts(self, key: str) -> dict[str, int]:
        return {code: int(v or 0) for code, (v, _v2) in self.bd.get(key, {}).items() if v}

    def second(self, key: str, code: str) -> int:
        """The second value of a breakdown's category (0 without it)."""
        return int((self.bd.get(key, {}).get(code) or (0, 0))[1] or 0)


def _section(name: str, found: list[RawRow], period: PeriodBounds) -> Figures:
    start, end, as_of, full = period
    one: dict[str, list[tuple[Scalar, Scalar]]] = {}
    breakdowns: dict[str, dict[str, tuple[Scalar, Scalar]]] = {}
    for _k, key, code, value, value2 in found:
        if code is not None and key not in ("lot",):
            breakdowns.setdefault(key, {})[str(code)] = (value, value2)
        else:
            one.setdefault(key, []).append((value, value2))
    return _BUILD[name](_Found(one, breakdowns, found, start, end, as_of, full))


def _number(value: Scalar) -> float:
    """A value SQLite computed as a number."""
    if isinstance(value, int | float):
        return value
    raise TypeError(f"not a number: {value!r}")


def _visits(f: _Found) -> Figures:
    if not f.full:
        return {
            "visits.contacts": f.first("visits.contacts"),
            "visits.people": f.first("visits.contacts", 1),
            "visits.male_condoms": f.second("visits.services", "male_condoms"),
        }
    by_channel = f.counts("visits.by_channel")
    by_gender: dict[str, int] = {}
    by_age: dict[str, int] = {}
    new_people = 0
    for code, (n, new) in f.bd.get("visits.person", {}).items():  # people by gender and age band
        gender, band = code.split("|")
        by_gender[gender] = by_gender.get(gender, 0) + int(_number(n))
        by_age[band] = by_age.get(band, 0) + int(_number(n))
        new_people += int(new or 0)
    return {
        "visits.contacts": sum(by_channel.values()),
        "visits.people": sum(by_gender.values()),
        "visits.male_condoms": f.second("visits.services", "male_condoms"),
        "visits.new_people": f.first("visits.new_people") + new_people,
        "visits.anonymous": sum(int(v2 or 0) for _v, v2 in f.bd.get("visits.by_channel", {}).values()),
        "visits.by_channel": by_channel,
        "visits.by_gender": by_gender,
        "visits.by_age_band": by_age,
        "visits.services": f.counts("visits.services"),
        "visits.female_condoms": f.second("visits.services", "female_condoms"),
        "visits.lubricant": f.second("visits.services", "lubricant"),
    }


def _testing(f: _Found) -> Figures:
    tested = f.first("testing.hts_tst")
    out: Figures = {"testing.hts_tst": tested}
    if not f.full:
        return out
    reactive = f.first("testing.hts_tst", 1)
    by_result = f.counts("testing.by_result")
    qc_kits = f.first("qc", 1)
    tests = f.first("tests")
    diagnosed = [row[0] for row in f.one.get("diagnosed", [])]
    days = [max(0, int(d)) for d in diagnosed if d is not None]
    lots = [
        (_number(expires), int(_number(left)))
        for _k, key, expires, left, _v2 in f.rows
        if key == "lot" and _number(left) > 0
    ]
    out.update(
        {
            "testing.counselled": f.first("testing.counselled"),
            "testing.reactive": reactive,
            "testing.known_positive": f.first("testing.known_positive"),
            "testing.by_age": f.counts("testing.by_age"),
            "testing.by_gender": f.counts("testing.by_gender"),
            "testing.by_kp": f.counts("testing.by_kp"),
            "testing.by_modality": f.counts("testing.by_modality"),
            "testing.by_result": by_result,
            "testing.positivity": round(100.0 * reactive / tested, 1) if tested else None,
            "testing.referred": f.first("testing.referred"),
            "testing.diagnosed": len(diagnosed),
            "testing.linked_art": len(days),
            "testing.median_days_to_art": float(statistics.median(days)) if days else None,
            "testing.overdue": f.first("testing.overdue"),
            "testing.kits_used": tests + qc_kits,
            "testing.kits_other": tests - sum(by_result.values()) + qc_kits,
            "testing.kits_on_hand": sum(left for _e, left in lots),
            "testing.lots_expiring": sum(1 for expires, _left in lots if expires < NEAR_EXPIRY_DAYS),
            "testing.qc_runs": f.first("qc"),
        }
    )
    for limit in (7, 30, 90):
        linked = sum(1 for d in days if d <= limit)
        out[f"testing.linked_{limit}"] = linked
        out[f"testing.linked_{limit}_pct"] = round(100.0 * linked / len(diagnosed), 1) if diagnosed else None
    return out


def _shelter(f: _Found) -> Figures:
    bed_nights = f.first("nights")
    out: Figures = {"shelter.bed_nights": bed_nights}
    if not f.full:
        return out
    start, end, as_of = f.start, f.end, f.as_of
    nights_end = max(start, as_of) if as_of is not None and as_of < end else end
    available = max(0, sum(int(v or 0) for v, _v2 in f.one.get("available", [])))
    out.update(
        {
            "shelter.beds": f.first("shelter.beds"),
            "shelter.child_bed_nights": f.first("nights", 1),
            "shelter.residents": f.first("residents"),
            "shelter.nights": max(0, (nights_end - start).days),
            "shelter.occupancy": round(100.0 * bed_nights / available, 1) if available else None,
            "shelter.bed_nights_available": available,
            "shelter.admissions": f.first("shelter.admissions"),
            "shelter.discharges": f.counts("shelter.discharges"),
            "shelter.extensions": f.first("shelter.extensions"),
            "shelter.overstays": f.first("shelter.overstays"),
            "shelter.children": f.first("residents", 1),
        }
    )
    return out


def _children(f: _Found) -> Figures:
    out: Figures = {"children.attendances": f.first("marks") + f.first("counted")}
    if f.full:
        out.update(
            {
                "children.sessions": f.counts("children.sessions"),
                "children.distinct": f.first("marks", 1),
                "children.parents": f.first("adults", 1),
                "children.parent_attendances": f.first("counted", 1) + f.first("adults"),
                "children.workshops": f.first("children.workshops"),
            }
        )
    return out


def _outreach(f: _Found) -> Figures:
    new, returning = f.first("contacts"), f.first("contacts", 1)
    out: Figures = {"outreach.contacts": new + returning}
    if f.full:
        events = f.bd.get("outreach.events_by_type", {})
        out.update(
            {
                "outreach.sessions_by_mode": f.counts("outreach.sessions_by_mode"),
                "outreach.sessions_by_setting": f.counts("outreach.sessions_by_setting"),
                "outreach.contacts_by_kind": {k: v for k, v in (("new", new), ("returning", returning)) if v},
                "outreach.people": f.first("outreach.people"),
                "outreach.male_condoms": f.first("outreach.male_condoms"),
                "outreach.female_condoms": f.first("outreach.female_condoms"),
                "outreach.lubricant": f.first("outreach.lubricant"),
                "outreach.leaflets": f.first("outreach.leaflets"),
                "outreach.minisession_hours": round(f.first("outreach.gatekeepers", 1) / 60, 1),
                "outreach.referrals": f.first("outreach.referrals"),
                "outreach.accompanied": f.first("outreach.referrals", 1),
                "outreach.gatekeepers": f.first("outreach.gatekeepers"),
                "outreach.contacts_by_area": f.counts("outreach.contacts_by_area"),
                "outreach.events_by_type": f.counts("outreach.events_by_type"),
                "outreach.event_attendance": sum(int(v2 or 0) for _v, v2 in events.values()) + f.first("coded"),
            }
        )
    return out


def _incidents(f: _Found) -> Figures:
    if not f.full:
        return {}
    return {
        "incidents.recorded": f.first("incidents.recorded"),
        "incidents.legal": f.first("incidents.recorded", 1),
    }


def _access(f: _Found) -> Figures:
    if not f.full:
        return {}
    rows = f.one.get("access")
    joined = rows[0][0] if rows else None  # the four counts as 'a:b:c:d'
    counts = [int(n or 0) for n in joined.split(":")] if isinstance(joined, str) and joined else [0, 0, 0, 0]
    keys = ("access.break_glass", "access.hiv_access", "access.password_resets", "access.restores")
    return dict(zip(keys, counts, strict=True))


def _reach(f: _Found) -> Figures:
    out: Figures = {"reach.people": f.first("reach.people")}
    if f.full:
        out["reach.package"] = f.first("reach.package")
    return out


_BUILD: dict[str, Callable[[_Found], Figures]] = {
    "visits": _visits,
    "testing": _testing,
    "shelter": _shelter,
    "children": _children,
    "outreach": _outreach,
    "incidents": _incidents,
    "access": _access,
    "reach": _reach,
}


def report_periods(service: ReportService, period: Period) -> list[tuple[Period, PeriodBounds]]:
    """The periods a report for ``period`` computes, each with ``(start, end, as_of, full)`` for :func:`figures`."""
    from dropin.reports import periods as per

    previous, ytd = period.previous(), per.year_to_date(period)
    full = [period, previous] + ([ytd] if ytd is not None else [])
    trend = [p for p in per.trend_periods(period) if p not in full]
    return [(p, (p.start, *service._window_end(p), p in full)) for p in full + trend]
