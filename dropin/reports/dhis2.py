"""Figures for DHIS2 and DATIM: a ``dataValueSets`` JSON file, the DHIS2 CSV import format, or IHE ADX.

These carry the true, unsuppressed counts: they are an authorised submission
by a manager's own login (:meth:`ReportService.true_values`, audited), never a
public file. Only counts go out (people, events, kits, bed-nights): DHIS2
computes percentages and medians itself, and has no use for "<5".

A mapping file (JSON) says where each indicator goes::

    {
      "orgUnit": "DiszpKrYNg8",
      "dataSet": "pBOMPrpg1QX",
      "attributeOptionCombo": "HllvX50cXC0",
      "dataElements": {
        "testing.hts_tst": {"dataElement": "HTS_TST_KP", "categoryOptionCombo": "HllvX50cXC0"},
        "testing.by_age": {"dataElement": "HTS_TST_AGE",
                           "categories": {"15-19": {"categoryOptionCombo": "a15to19UID", "adx": {"AGE": "15-19"}}}}
      }
    }

Indicators and categories left out of the mapping are not sent. ``attributeOptionCombo`` and
``dataSet`` are optional for the JSON and CSV forms; ADX needs ``dataSet``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree as ET

from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.paths import replacing
from dropin.reports.definitions import COUNT, SECTIONS, STOCK

if TYPE_CHECKING:
    from dropin.reports.periods import Period

FORMATS = ("dhis2-json", "dhis2-csv", "adx")
ADX_NS = "urn:ihe:qrph:adx:2015"
CSV_COLUMNS = ["dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo", "value"]


@dataclass(frozen=True)
class DataValue:
    data_element: str
    period: str  # DHIS2 period code: 2026W47, 202610, 2026Q3, 2026
    adx_period: str  # ISO 8601 start and duration: 2026-11-16/P7D
    org_unit: str
    category_option_combo: str | None
    attribute_option_combo: str | None
    value: int
    adx_categories: tuple[tuple[str, str], ...] = ()


def load_mapping(path: Path | str) -> dict[str, Any]:
    """Read and check a mapping file; a clear message for anything wrong."""
    try:
        mapping = json.loads(Path(path).expanduser().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise ValidationError(
            translate("Report", "The mapping file {path} cannot be read.").format(path=path), "mapping"
        ) from None
    except json.JSONDecodeError as error:
        raise ValidationError(
            translate("Report", "The mapping file is not valid JSON (line {line}).").format(line=error.lineno),
            "mapping",
        ) from None
    if (
        not isinstance(mapping, dict)
        or not str(mapping.get("orgUnit") or "").strip()
        or not isinstance(mapping.get("dataElements"), dict)
    ):
        raise ValidationError(
            translate("Report", 'The mapping file needs an "orgUnit" and a list of "dataElements".'), "mapping"
        )
    kinds = {ind.key: ind for section in SECTIONS for ind in section.indicators}
    for key, entry in mapping["dataElements"].items():
        ind = kinds.get(key)
        if ind is None:
            raise ValidationError(
                translate("Report", "The mapping names an indicator that does not exist: {key}.").format(key=key),
                "mapping",
            )
        if ind.kind not in (COUNT, STOCK):
            raise ValidationError(
                translate(
                    "Report",
                    "{key} is a percentage or a median: DHIS2 computes those itself, so map its counts instead.",
                ).format(key=key),
                "mapping",
            )
        if not isinstance(entry, dict) or not (entry.get("dataElement") or ind.breakdown):
            raise ValidationError(
                translate("Report", 'The mapping of {key} needs a "dataElement".').format(key=key), "mapping"
            )
    return mapping


def adx_period(period: Period) -> str:
    kind = getattr(period, "kind", "week")
    duration = {"week": "P7D", "month": "P1M", "quarter": "P3M", "year": "P1Y"}.get(kind)
    if duration is None:
        duration = f"P{(period.end - period.start).days}D"
    return f"{period.start.isoformat()}/{duration}"


def data_values(
    mapping: Mapping[str, Any], periods_data: list[tuple[Period, Mapping[str, Mapping[str, Any] | None]]]
) -> list[DataValue]:
    """One value per mapped indicator (and category) and period, true counts only."""
    kinds = {ind.key: ind for section in SECTIONS for ind in section.indicators}
    org_unit = str(mapping["orgUnit"]).strip()
    attribute = mapping.get("attributeOptionCombo") or None
    out = []
    for period, data in periods_data:
        code = period.dhis2_period
        if code is None:
            raise ValidationError(
                translate("Report", "DHIS2 takes weeks, months, quarters and years, not a range of days."), "period"
            )
        flat: dict[str, object] = {}
        for values in data.values():
            flat.update(values or {})
        for key, entry in mapping["dataElements"].items():
            raw = flat.get(key)
            if raw is None:
                continue
            ind = kinds[key]
            if ind.breakdown and isinstance(raw, Mapping):
                for category, target in (entry.get("categories") or {}).items():
                    if category not in raw or not isinstance(target, Mapping):
                        continue
                    out.append(
                        DataValue(
                            str(target.get("dataElement") or entry.get("dataElement")),
                            code,
                            adx_period(period),
                            org_unit,
                            target.get("categoryOptionCombo"),
                            attribute,
                            int(raw[category] or 0),
                            tuple(sorted((str(k), str(v)) for k, v in (target.get("adx") or {}).items())),
                        )
                    )
            elif isinstance(raw, (int, float)):
                out.append(
                    DataValue(
                        str(entry["dataElement"]),
                        code,
                        adx_period(period),
                        org_unit,
                        entry.get("categoryOptionCombo"),
                        attribute,
                        int(raw),
                        tuple(sorted((str(k), str(v)) for k, v in (entry.get("adx") or {}).items())),
                    )
                )
    return out


def to_json(values: list[DataValue], mapping: Mapping[str, Any]) -> str:
    """The DHIS2 Web API ``dataValueSets`` payload (``POST /api/dataValueSets``)."""
    rows = []
    for v in values:
        row = {"dataElement": v.data_element, "period": v.period, "orgUnit": v.org_unit, "value": str(v.value)}
        if v.category_option_combo:
            row["categoryOptionCombo"] = v.category_option_combo
        if v.attribute_option_combo:
            row["attributeOptionCombo"] = v.attribute_option_combo
        rows.append(row)
    payload: dict[str, object] = {}
    if mapping.get("dataSet"):
        payload["dataSet"] = mapping["dataSet"]
    payload["dataValues"] = rows
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def to_csv(values: list[DataValue]) -> str:
    """The DHIS2 CSV data value import (one row per value, the documented column order)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for v in values:
        writer.writerow(
            [
                v.data_element,
                v.period,
                v.org_unit,
                v.category_option_combo or "",
                v.attribute_option_combo or "",
                v.value,
            ]
        )
    return buffer.getvalue()


def to_adx(values: list[DataValue], mapping: Mapping[str, Any], exported: dt.datetime) -> str:
    """IHE ADX: one ``group`` per period, a ``dataValue`` per value with its disaggregations as attributes."""
    if not mapping.get("dataSet"):
        raise ValidationError(translate("Report", 'ADX needs a "dataSet" in the mapping file.'), "mapping")
    ET.register_namespace("", ADX_NS)
    root = ET.Element(f"{{{ADX_NS}}}adx", {"exported": exported.replace(microsecond=0).isoformat()})
    groups: dict[str, ET.Element] = {}
    for v in values:
        group = groups.get(v.adx_period)
        if group is None:
            attrs = {"orgUnit": v.org_unit, "period": v.adx_period, "dataSet": str(mapping["dataSet"])}
            if v.attribute_option_combo:
                attrs["attributeOptionCombo"] = v.attribute_option_combo
            group = groups[v.adx_period] = ET.SubElement(root, f"{{{ADX_NS}}}group", attrs)
        ET.SubElement(
            group,
            f"{{{ADX_NS}}}dataValue",
            {"dataElement": v.data_element, **dict(v.adx_categories), "value": str(v.value)},
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(fmt: str, values: list[DataValue], mapping: Mapping[str, Any], exported: dt.datetime) -> str:
    if fmt == "dhis2-json":
        return to_json(values, mapping)
    if fmt == "dhis2-csv":
        return to_csv(values)
    if fmt == "adx":
        return to_adx(values, mapping, exported)
    raise ValidationError(translate("Report", "Choose one of the formats dhis2-json, dhis2-csv or adx."), "format")


def write_atomically(path: Path, text: str) -> Path:
    with replacing(path, f".{path.name}-") as tmp, tmp.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path
