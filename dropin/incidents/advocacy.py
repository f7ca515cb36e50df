"""The advocacy report: what happened to people, for coalitions and officials, from consented cases only.

Only incidents whose person said yes to anonymised use (their newest answer)
count. Figures are aggregates under the weekly report's suppression rules
(:mod:`dropin.reports.suppression`): no client code, no date of a single
incident, no free text. Areas named by fewer incidents than the threshold
are merged into "Other areas", so a rarely typed place name never prints.
Incidents are counted by the first day of what is known of their date.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP, translate
from dropin.incidents import choices as ch
from dropin.models.incidents import Incident, LegalCase
from dropin.paths import replacing
from dropin.reports import suppression as sup
from dropin.reports.definitions import COUNT
from dropin.reports.present import Tr, default_tr
from dropin.reports.suppression import Figure
from dropin.security.permissions import Permission
from dropin.settings import get_setting

OTHER_AREAS = "_other_areas"
NO_AREA = "_no_area"
AREA_LABELS = {
    OTHER_AREAS: QT_TRANSLATE_NOOP("Advocacy", "Other areas"),
    NO_AREA: QT_TRANSLATE_NOOP("Advocacy", "Area not recorded"),
}

#: (key, title, the choice list its categories come from)
TABLES = (
    ("perpetrator", QT_TRANSLATE_NOOP("Advocacy", "Incidents by perpetrator"), ch.PERPETRATORS),
    ("violations", QT_TRANSLATE_NOOP("Advocacy", "What happened"), ch.VIOLATIONS),
    ("area", QT_TRANSLATE_NOOP("Advocacy", "Incidents by area"), None),
    ("support", QT_TRANSLATE_NOOP("Advocacy", "Support given"), ch.SUPPORT),
)

#: plain figures: (key, label)
FIGURES = (
    ("incidents", QT_TRANSLATE_NOOP("Advocacy", "Incidents documented with consent")),
    ("complaints", QT_TRANSLATE_NOOP("Advocacy", "Complaints filed by the person")),
    ("decided", QT_TRANSLATE_NOOP("Advocacy", "Legal cases decided in the period")),
    ("won", QT_TRANSLATE_NOOP("Advocacy", "Legal cases won")),
    ("won_share", QT_TRANSLATE_NOOP("Advocacy", "Share of decided cases won")),
)


@dataclass(frozen=True)
class AdvocacyTable:
    key: str
    title: str  # source text, context "Advocacy"
    cells: tuple[tuple[str, Figure], ...]  # (category code, figure)
    total: Figure

    def label(self, code: str, translate: Tr = default_tr) -> str:
        if code in AREA_LABELS:
            return translate("Advocacy", AREA_LABELS[code])
        choices = next((c for k, _, c in TABLES if k == self.key), None)
        if choices and code in choices:
            return translate("Incidents", choices[code])
        return code  # an area's name, used by at least ``threshold`` incidents


@dataclass(frozen=True)
class AdvocacyReport:
    first: dt.date
    last: dt.date
    threshold: int
    centre_name: str | None
    generated_at: dt.datetime
    figures: tuple[tuple[str, Figure], ...]
    tables: tuple[AdvocacyTable, ...]

    def figure(self, key: str) -> Figure:
        return dict(self.figures)[key]

    def table(self, key: str) -> AdvocacyTable:
        return next(t for t in self.tables if t.key == key)

    @property
    def is_year(self) -> bool:
        return (self.first.month, self.first.day, self.last.month, self.last.day) == (
            1,
            1,
            12,
            31,
        ) and self.first.year == self.last.year


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _counts(session: Session, first: dt.date, last: dt.date, threshold: int) -> tuple[dict[str, Any], dict[str, Any]]:
    live = and_(
        Incident.voided_at.is_(None),
        Incident.consent_advocacy.is_(True),
        Incident.violations.is_not(None),
        Incident.occurred_on >= first,
        Incident.occurred_on <= last,
    )
    rows = session.execute(
        select(Incident.perpetrator, Incident.violations, Incident.area, Incident.support, Incident.complained).where(
            live
        )
    ).all()
    tables: dict[str, dict[str, int]] = {
        "perpetrator": dict.fromkeys(ch.PERPETRATORS, 0),
        "violations": dict.fromkeys(ch.VIOLATIONS, 0),
        "support": dict.fromkeys(ch.SUPPORT, 0),
    }
    areas: dict[str, int] = {}
    for perpetrator, violations, area, support, _ in rows:
        if perpetrator in tables["perpetrator"]:
            tables["perpetrator"][perpetrator] += 1
        for code in ch.codes(violations):
            tables["violations"][code] = tables["violations"].get(code, 0) + 1
        for code in ch.codes(support):
            tables["support"][code] = tables["support"].get(code, 0) + 1
        key = " ".join((area or "").split()).casefold() or NO_AREA
        areas[key] = areas.get(key, 0) + 1
    names = {
        " ".join((a or "").split()).casefold(): " ".join((a or "").split())
        for (a,) in session.execute(select(Incident.area).where(live, Incident.area.is_not(None)).distinct())
    }
    merged: dict[str, int] = {}
    for key, n in sorted(areas.items(), key=lambda kv: (-kv[1], kv[0])):
        if key == NO_AREA:
            continue
        target = names.get(key, key) if n >= threshold else OTHER_AREAS
        merged[target] = merged.get(target, 0) + n
    if OTHER_AREAS in merged:
        merged[OTHER_AREAS] = merged.pop(OTHER_AREAS)
    if NO_AREA in areas:
        merged[NO_AREA] = areas[NO_AREA]
    tables["area"] = merged
    decided_cases = session.execute(
        select(LegalCase.outcome, func.count())
        .join(Incident, Incident.id == LegalCase.incident_id)
        .where(
            LegalCase.voided_at.is_(None),
            Incident.voided_at.is_(None),
            Incident.consent_advocacy.is_(True),
            LegalCase.outcome.in_(("won", "lost")),
            LegalCase.decided_on >= first,
            LegalCase.decided_on <= last,
        )
        .group_by(LegalCase.outcome)
    ).all()
    outcomes = dict(decided_cases)
    plain = {
        "incidents": len(rows),
        "complaints": sum(1 for r in rows if r.complained is True),
        "decided": outcomes.get("won", 0) + outcomes.get("lost", 0),
        "won": outcomes.get("won", 0),
    }
    return plain, tables


class AdvocacyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def build(self, first: dt.date, last: dt.date) -> AdvocacyReport:
        """The suppressed figures for ``first``..``last`` (both included)."""
        self.ctx.require(Permission.INCIDENT_ADVOCACY)
        if last < first:
            raise ValidationError(translate("Advocacy", "The end of the period is before its start."), "to")
        if (last - first).days > 366 * 10:
            raise ValidationError(translate("Advocacy", "Please choose at most ten years."), "from")
        if first > self.ctx.today():
            raise ValidationError(translate("Advocacy", "The period has not started yet."), "from")
        with self.ctx.transaction() as s:
            try:
                threshold = max(int(get_setting(s, "small_count_threshold")), 1)
            except (TypeError, ValueError):
                threshold = sup.DEFAULT_THRESHOLD
            centre = str(get_setting(s, "centre_name") or "").strip() or None
            plain, raw_tables = _counts(s, first, last, threshold)
            self.ctx.audit(s, "report", "advocacy", None, {"from": first.isoformat(), "to": last.isoformat()})
        figures = {
            key: sup.count_figure(plain[key], threshold) for key in ("incidents", "complaints", "decided", "won")
        }
        figures["won_share"] = sup.percent_figure(figures["won"], figures["decided"])
        tables = []
        for key, title, _ in TABLES:
            protected = sup.breakdown_figures(raw_tables[key], COUNT, threshold)
            assert protected is not None  # there are cells
            tables.append(AdvocacyTable(key, title, protected.cells, protected.total))
        return AdvocacyReport(
            first, last, threshold, centre, self.ctx.now(), tuple((k, figures[k]) for k, _ in FIGURES), tuple(tables)
        )


# ------------------------------------------------------------------ CSV
CSV_COLUMNS = ["period_start", "period_end", "indicator", "category", "value"]


def write_csv(report: AdvocacyReport, out: Path | str) -> Path:
    """One row per figure and category, hidden figures exactly as printed (``<5`` or ``*``); atomic."""
    out = Path(out)
    with replacing(out, ".advocacy-", ".csv") as tmp, tmp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        period = [report.first.isoformat(), report.last.isoformat()]
        for key, fig in report.figures:
            writer.writerow(period + [key, "", _value(fig)])
        for table in report.tables:
            for code, fig in table.cells:
                writer.writerow(period + [table.key, code, _value(fig)])
            writer.writerow(period + [table.key, "total", _value(table.total)])
    return out


def _value(fig: Figure) -> str:
    if fig.hidden:
        return fig.text
    if fig.value is None:
        return ""
    return f"{fig.value:.1f}" if not float(fig.value).is_integer() else str(int(fig.value))
