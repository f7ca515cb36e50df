"""The quality gate in front of every client test: kit controls and the testing-room temperature.

The kit's instructions ask for kit controls (a positive and a negative control)
for a new lot, a new shipment, kits that arrived outside 2–27 °C, after a
storage temperature excursion, before a counsellor's first test and monthly,
and for tests run only in a room at 15–37 °C. :func:`blocking_reasons` says,
in whole sentences, why a lot may not be used for a client test now; the test
services refuse to start unless the counsellor overrides with a written reason,
which goes to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.errors import ValidationError
from dropin.i18n import format_date, translate
from dropin.models.testing import KitLot, QcRun, TemperatureReading
from dropin.testing import rules
from dropin.validation import LONG_MAX, clean_text

if TYPE_CHECKING:
    from dropin.testing.stock import LotStock

OVERRIDE_MIN_CHARS = 10


@dataclass(frozen=True)
class PassedRun:
    lot_id: int
    lot_number: str
    run_on: dt.date
    operator_id: int | None


def passed_runs(s: Session, day: dt.date) -> list[PassedRun]:
    """Kit-control runs up to ``day`` where both controls gave the expected result."""
    rows = s.execute(
        select(QcRun.lot_id, KitLot.lot_number, QcRun.run_on, QcRun.operator_id)
        .join(KitLot, KitLot.id == QcRun.lot_id)
        .where(
            QcRun.voided_at.is_(None),
            QcRun.run_on <= day,
            QcRun.positive_control_ok.is_(True),
            QcRun.negative_control_ok.is_(True),
        )
    ).all()
    return [PassedRun(*r) for r in rows]


def last_storage_excursion(s: Session, day: dt.date) -> dt.datetime | None:
    """The latest reading up to the end of ``day`` outside a temperature range."""
    return s.scalar(
        select(TemperatureReading.read_at)
        .where(
            TemperatureReading.voided_at.is_(None),
            TemperatureReading.read_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
            (TemperatureReading.storage_temp_c < rules.STORAGE_TEMP_RANGE[0])
            | (TemperatureReading.storage_temp_c > rules.STORAGE_TEMP_RANGE[1])
            | (TemperatureReading.room_temp_c < rules.TESTING_TEMP_RANGE[0])
            | (TemperatureReading.room_temp_c > rules.TESTING_TEMP_RANGE[1]),
        )
        .order_by(TemperatureReading.read_at.desc())
        .limit(1)
    )


def lot_reasons(
    lot: KitLot | LotStock, passed: list[PassedRun], day: dt.date, excursion: dt.datetime | None
) -> list[str]:
    """Why kit controls are due for this shipment of a lot (empty when they are not)."""
    same_lot = [r for r in passed if r.lot_number == lot.lot_number]
    this_shipment = [r for r in passed if r.lot_id == lot.id and r.run_on >= lot.received_on]
    out: list[str] = []
    if not same_lot:
        out.append(
            translate("Kits", "Kit controls are due for the new lot {lot} ({kit}).").format(
                lot=lot.lot_number, kit=lot.kit_name
            )
        )
    elif not this_shipment:
        out.append(
            translate("Kits", "Kit controls are due for the shipment of lot {lot} received on {date}.").format(
                lot=lot.lot_number, date=format_date(lot.received_on)
            )
        )
    if lot.arrival_temp_c is not None and not rules.temperature_ok(lot.arrival_temp_c, None) and not this_shipment:
        out.append(
            translate("Kits", "Lot {lot} arrived at {temp} °C, outside 2–27 °C: run the kit controls.").format(
                lot=lot.lot_number, temp=f"{lot.arrival_temp_c:g}"
            )
        )
    if excursion is not None and same_lot and not any(r.run_on >= excursion.date() for r in same_lot):
        out.append(
            translate(
                "Kits", "The temperature was out of range on {date}: run the kit controls before testing."
            ).format(date=format_date(excursion.date()))
        )
    last = max((r.run_on for r in same_lot), default=None)
    if last is not None and (day - last).days >= rules.QC_MONTHLY_DAYS:
        out.append(translate("Kits", "The monthly kit-control run is due for lot {lot}.").format(lot=lot.lot_number))
    return out


def room_reason(s: Session, at: dt.datetime) -> str | None:
    """The testing room's latest reading of that day, if it was outside 15–37 °C."""
    room = s.scalar(
        select(TemperatureReading.room_temp_c)
        .where(
            TemperatureReading.voided_at.is_(None),
            TemperatureReading.room_temp_c.is_not(None),
            TemperatureReading.read_at >= dt.datetime.combine(at.date(), dt.time()),
            TemperatureReading.read_at <= at,
        )
        .order_by(TemperatureReading.read_at.desc())
        .limit(1)
    )
    if room is None or rules.TESTING_TEMP_RANGE[0] <= room <= rules.TESTING_TEMP_RANGE[1]:
        return None
    return translate(
        "Kits", "The testing room was last read at {temp} °C, outside 15–37 °C: tests may give wrong results."
    ).format(temp=f"{room:g}")


def blocking_reasons(s: Session, lot: KitLot, counsellor_id: int | None, at: dt.datetime) -> list[str]:
    """Every reason this lot may not be used by this counsellor for a client test at ``at``."""
    day = at.date()
    passed = passed_runs(s, day)
    out = lot_reasons(lot, passed, day, last_storage_excursion(s, day))
    if counsellor_id is not None and not any(r.operator_id == counsellor_id for r in passed):
        out.append(translate("Kits", "This is your first test: run the kit controls yourself first."))
    room = room_reason(s, at)
    if room:
        out.append(room)
    return out


def check_override(reasons: list[str], override_reason: str | None) -> str | None:
    """The cleaned override reason, or a refusal naming every reason when none (or too short) was given."""
    if not reasons:
        return None
    text = clean_text(override_reason, "qc_override", LONG_MAX) or ""
    if len(text) < OVERRIDE_MIN_CHARS:
        raise ValidationError(
            translate(
                "Kits",
                "This kit may not be used for a client test yet:\n{reasons}\nRun the kit controls, or "
                "write why you test anyway (at least {n} characters).",
            ).format(reasons="\n".join("• " + r for r in reasons), n=OVERRIDE_MIN_CHARS),
            "qc_override",
        )
    return text
