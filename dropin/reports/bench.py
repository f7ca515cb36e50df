"""``dropin bench`` hooks for the weekly report, and its raw-SQL baseline.

``weekly_report`` is :meth:`ReportService.build` for the last complete week as a
manager (the week, the one before and the twelve-week trend, every section).
``quarter_report`` is the report for the last complete quarter (8-quarter trend, year to date).
``weekly_report_pdf`` renders that report to PDF. ``weekly_report_raw_sql``
computes the same aggregates for the same weeks with ONE hand-written SQL
statement per section (a ``weeks`` CTE and ``GROUP BY`` week, sections' figures
as ``UNION ALL`` rows): the floor the report is compared against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.bench import BenchEnv
    from dropin.reports.service import WeeklyReport

WEEKS = """weeks(wk, s, e) AS (
    SELECT 0, :first, date(:first, '+7 days')
    UNION ALL SELECT wk + 1, e, date(e, '+7 days') FROM weeks WHERE wk + 1 < :n)"""

VISITS = f"""WITH RECURSIVE {WEEKS},
v AS (SELECT w.wk, w.s, vi.id, vi.client_id, vi.channel, vi.age_band FROM weeks w
      JOIN visits vi ON vi.visit_date >= w.s AND vi.visit_date < w.e AND vi.voided_at IS NULL)
SELECT wk, 'contacts', count(*) FROM v GROUP BY wk
UNION ALL SELECT wk, 'people', count(DISTINCT client_id) FROM v GROUP BY wk
UNION ALL SELECT wk, 'anonymous', sum(client_id IS NULL) FROM v GROUP BY wk
UNION ALL SELECT wk, 'channel:' || channel, count(*) FROM v GROUP BY wk, channel
UNION ALL SELECT wk, 'gender:' || coalesce(c.gender, 'not_stated'), count(DISTINCT v.client_id)
          FROM v JOIN clients c ON c.id = v.client_id GROUP BY wk, coalesce(c.gender, 'not_stated')
UNION ALL SELECT wk, 'age:' || band, count(*) FROM (SELECT wk, client_id, coalesce(max(age_band), 'not_stated') AS band
          FROM v WHERE client_id IS NOT NULL GROUP BY wk, client_id) GROUP BY wk, band
UNION ALL SELECT wk, 'new', count(DISTINCT client_id) FROM v WHERE client_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM visits e WHERE e.client_id = v.client_id AND e.voided_at IS NULL AND e.visit_date < v.s)
          GROUP BY wk
UNION ALL SELECT v.wk, 'service:' || l.service_id, count(*) || ':' || sum(l.quantity) FROM v
          JOIN visit_services l ON l.visit_id = v.id AND l.voided_at IS NULL GROUP BY v.wk, l.service_id"""

TESTING = f"""WITH RECURSIVE {WEEKS},
t AS (SELECT w.wk, w.e, h.* FROM weeks w JOIN hts_tests h ON h.started_at >= w.s AND h.started_at < w.e
      AND h.voided_at IS NULL),
r AS (SELECT id, client_id, test_id, referred_on, due_date, confirmatory_result, confirmatory_on, art_start_on,
      closed_on FROM hts_referrals WHERE voided_at IS NULL)
SELECT w.wk, 'counselled', count(DISTINCT cs.client_id) FROM weeks w JOIN hts_counselling_sessions cs
       ON cs.session_at >= w.s AND cs.session_at < w.e AND cs.voided_at IS NULL AND cs.pre_test_counselling
       GROUP BY w.wk
UNION ALL SELECT wk, 'tested', count(DISTINCT client_id) FROM t WHERE result IN ('nonreactive', 'reactive') GROUP BY wk
UNION ALL SELECT wk, 'given', count(DISTINCT client_id) FROM t WHERE result IN ('nonreactive', 'reactive')
          AND result_given GROUP BY wk
UNION ALL SELECT wk, 'result:' || result, count(*) FROM t WHERE result IS NOT NULL GROUP BY wk, result
UNION ALL SELECT wk, 'reactive', count(DISTINCT client_id) FROM t WHERE result = 'reactive' GROUP BY wk
UNION ALL SELECT wk, 'kits_tests', count(*) FROM t GROUP BY wk
UNION ALL SELECT w.wk, 'referred', count(*) FROM weeks w JOIN r ON r.referred_on >= w.s AND r.referred_on < w.e GROUP BY w.wk
UNION ALL SELECT w.wk, 'confirmed', count(*) FROM weeks w JOIN r ON r.confirmatory_result = 'positive'
          AND r.confirmatory_on >= w.s AND r.confirmatory_on < w.e GROUP BY w.wk
UNION ALL SELECT w.wk, 'art_days', group_concat(julianday(r.art_start_on) - julianday(date(coalesce(h.read_at,
          h.started_at)))) FROM weeks w JOIN r ON r.art_start_on >= w.s AND r.art_start_on < w.e
          LEFT JOIN hts_tests h ON h.id = r.test_id GROUP BY w.wk
UNION ALL SELECT w.wk, 'overdue', count(r.id) FROM weeks w JOIN r ON r.due_date < date(w.e, '-1 day')
          AND r.referred_on < w.e AND (r.closed_on IS NULL OR r.closed_on > date(w.e, '-1 day')) GROUP BY w.wk
UNION ALL SELECT w.wk, 'qc', count(q.id) || ':' || coalesce(sum(q.kits_used), 0) FROM weeks w JOIN hts_qc_runs q
          ON q.run_on >= w.s AND q.run_on < w.e AND q.voided_at IS NULL GROUP BY w.wk
UNION ALL SELECT w.wk, 'on_hand', sum(k.quantity_received
          - (SELECT count(*) FROM hts_tests h WHERE h.lot_id = k.id AND h.voided_at IS NULL AND h.started_at < w.e)
          - (SELECT coalesce(sum(kits_used), 0) FROM hts_qc_runs q WHERE q.lot_id = k.id AND q.voided_at IS NULL
             AND q.run_on < w.e)
          - (SELECT coalesce(sum(quantity), 0) FROM hts_kit_discards d WHERE d.lot_id = k.id AND d.voided_at IS NULL
             AND d.discarded_on < w.e))
          FROM weeks w JOIN hts_kit_lots k ON k.voided_at IS NULL AND k.received_on < w.e AND k.expiry_date >= w.e
          GROUP BY w.wk"""

SHELTER = f"""WITH RECURSIVE {WEEKS},
st AS (SELECT * FROM shelter_stays WHERE voided_at IS NULL AND status IN ('active', 'discharged'))
SELECT w.wk, 'bed_nights', sum(julianday(min(coalesce(st.discharged_on, w.e), w.e)) - julianday(max(st.admitted_on, w.s)))
       FROM weeks w JOIN st ON st.admitted_on < w.e AND (st.discharged_on IS NULL OR st.discharged_on > w.s)
       AND (st.discharged_on IS NULL OR st.discharged_on > st.admitted_on) GROUP BY w.wk
UNION ALL SELECT w.wk, 'children', sum(st.children_count) FROM weeks w JOIN st ON st.admitted_on < w.e
       AND (st.discharged_on IS NULL OR st.discharged_on > w.s) GROUP BY w.wk
UNION ALL SELECT w.wk, 'admissions', count(*) FROM weeks w JOIN st ON st.admitted_on >= w.s AND st.admitted_on < w.e
       GROUP BY w.wk
UNION ALL SELECT w.wk, 'discharge:' || coalesce(st.outcome, 'other'), count(*) FROM weeks w JOIN st
       ON st.status = 'discharged' AND st.discharged_on >= w.s AND st.discharged_on < w.e GROUP BY w.wk, st.outcome
UNION ALL SELECT w.wk, 'extensions', count(*) FROM weeks w JOIN shelter_extensions x ON x.voided_at IS NULL
       AND x.extended_on >= w.s AND x.extended_on < w.e JOIN st ON st.id = x.stay_id GROUP BY w.wk
UNION ALL SELECT w.wk, 'overstays', count(*) FROM weeks w JOIN st ON st.admitted_on < w.e
       AND (st.discharged_on IS NULL OR st.discharged_on >= w.e) AND coalesce((SELECT x.previous_end
       FROM shelter_extensions x WHERE x.stay_id = st.id AND x.voided_at IS NULL AND x.extended_on >= w.e
       ORDER BY x.extended_on, x.id LIMIT 1), st.planned_end) < w.e GROUP BY w.wk
UNION ALL SELECT w.wk, 'beds', count(b.id) FROM weeks w JOIN shelter_beds b ON b.voided_at IS NULL
       AND b.available_from < w.e AND NOT EXISTS (SELECT 1 FROM shelter_bed_outages o WHERE o.bed_id = b.id
       AND o.voided_at IS NULL AND o.start_on <= date(w.e, '-1 day')
       AND (o.end_on IS NULL OR o.end_on > date(w.e, '-1 day'))) GROUP BY w.wk"""

CHILDREN = f"""WITH RECURSIVE {WEEKS},
h AS (SELECT w.wk, a.id, a.type_id, t.code, t.kind, a.unregistered_children, a.parents_present FROM weeks w
      JOIN children_sessions a ON a.date >= w.s AND a.date < w.e AND a.voided_at IS NULL AND a.status = 'held'
      JOIN children_activity_types t ON t.id = a.type_id)
SELECT wk, 'type:' || code, count(*) FROM h WHERE kind = 'children' GROUP BY wk, code
UNION ALL SELECT wk, 'workshops', count(*) FROM h WHERE kind = 'workshop' GROUP BY wk
UNION ALL SELECT wk, 'counted', sum(unregistered_children) || ':' || sum(parents_present) FROM h GROUP BY wk
UNION ALL SELECT h.wk, 'marks', count(m.id) || ':' || count(DISTINCT m.child_id) FROM h JOIN children_attendance m
          ON m.session_id = h.id AND m.present AND m.voided_at IS NULL GROUP BY h.wk
UNION ALL SELECT h.wk, 'adults', count(p.id) FROM h JOIN children_adult_attendance p ON p.session_id = h.id
          AND p.present AND p.voided_at IS NULL GROUP BY h.wk"""

SECTIONS = {"visits": VISITS, "testing": TESTING, "shelter": SHELTER, "children": CHILDREN}
try:  # areas that bring their own one-statement baseline
    from dropin.outreach.bench import RAW_SQL as _OUTREACH

    SECTIONS["outreach"] = _OUTREACH
except ImportError:  # pragma: no cover - area not installed
    pass


def build(env: BenchEnv) -> dict[str, int]:
    return {}


def actions(env: BenchEnv) -> dict[str, Any]:
    from dropin.reports import periods as per
    from dropin.reports.pdf import pdf_bytes
    from dropin.reports.service import ReportService
    from dropin.reports.weeks import TREND_WEEKS, trend_window

    service = ReportService(env.ctx(Role.MANAGER))
    week = service.default_week()
    window = trend_window(week, TREND_WEEKS)
    first, n = min(window).start, len(window)
    assert all(w.start < week.end for w in window) and week.previous() in window
    last: dict[str, WeeklyReport] = {}

    def weekly_report() -> WeeklyReport:
        last["report"] = service.build(week)
        return last["report"]

    quarter = per.last_complete(per.QUARTER, env.clock.today())

    def quarter_report() -> WeeklyReport:
        return service.build(quarter)

    def weekly_report_pdf() -> bytes:
        return pdf_bytes(last.get("report") or weekly_report())

    def weekly_report_raw_sql() -> dict[str, Any]:
        params = {"first": first.isoformat(), "n": n}
        with env.db.session() as s:
            return {name: s.execute(text(sql), params).all() for name, sql in SECTIONS.items()}

    return {
        "weekly_report": weekly_report,
        "weekly_report_pdf": weekly_report_pdf,
        "weekly_report_raw_sql": weekly_report_raw_sql,
        "quarter_report": quarter_report,
    }
