"""Kit stock (receive, discard, count, reconcile, warnings) and quality control (kit controls, temperatures)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import func, select

from dropin.context import ServiceContext
from dropin.errors import NotFound, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.security import User
from dropin.models.testing import KitDiscard, KitLot, QcRun, TemperatureReading
from dropin.security.permissions import Permission
from dropin.security.roles import Role
from dropin.testing import quality, rules
from dropin.testing.stock import LotStock, lot_stock
from dropin.validation import CODE_MAX, LONG_MAX, NAME_MAX, clean_text


@dataclass(frozen=True)
class Reconciliation:
    received: int
    used_tests: int
    invalid: int
    qc: int
    discarded: int
    on_hand: int

    @property
    def balanced(self) -> bool:
        return self.received == self.used_tests + self.invalid + self.qc + self.discarded + self.on_hand


@dataclass(frozen=True)
class Warning_:
    kind: str  # low / expiring / expired / qc / temperature
    message: str


@dataclass(frozen=True)
class StockOverview:
    lots: tuple[LotStock, ...]
    warnings: tuple[Warning_, ...]
    reconciliation: Reconciliation


@dataclass(frozen=True)
class QcRunInfo:
    id: int
    run_on: dt.date
    lot_id: int
    lot_number: str
    kit_name: str
    reason: str
    positive_control_ok: bool
    negative_control_ok: bool
    kits_used: int
    operator: str | None

    @property
    def passed(self) -> bool:
        return self.positive_control_ok and self.negative_control_ok


@dataclass(frozen=True)
class TemperatureInfo:
    id: int
    read_at: dt.datetime
    storage_temp_c: float
    room_temp_c: float | None
    in_range: bool


def _is_number(value: object) -> bool:
    """A real number (an int or a finite float; not a bool or text)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _require_any(ctx: ServiceContext, *perms: Permission) -> None:
    if not any(ctx.can(p) for p in perms):
        ctx.require(perms[0])


class KitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def receive(
        self,
        kit_name: str,
        lot_number: str,
        expiry_date: dt.date | None,
        quantity: int,
        source: str,
        arrival_temp_c: float | None = None,
        received_on: dt.date | None = None,
        note: str | None = None,
    ) -> LotStock:
        self.ctx.require(Permission.KIT_MANAGE)
        kit_name = clean_text(kit_name, "kit_name", NAME_MAX) or ""
        lot_number = (clean_text(lot_number, "lot_number", CODE_MAX) or "").upper()
        note = clean_text(note, "note", LONG_MAX)
        received_on = received_on or self.ctx.today()
        if not kit_name:
            raise ValidationError(translate("Kits", "Please enter the kit name."), "kit_name")
        if not lot_number:
            raise ValidationError(translate("Kits", "Please enter the lot number printed on the box."), "lot_number")
        if expiry_date is None:
            raise ValidationError(translate("Kits", "Please enter the expiry date."), "expiry_date")
        if expiry_date < received_on:
            raise ValidationError(
                translate("Kits", "These kits are already expired; expired kits cannot be taken into stock."),
                "expiry_date",
            )
        if received_on > self.ctx.today():
            raise ValidationError(translate("Kits", "The date received cannot be in the future."), "received_on")
        if not isinstance(quantity, int) or quantity <= 0 or quantity > 100_000:
            raise ValidationError(
                translate("Kits", "Please enter how many kits arrived (a whole number above zero)."), "quantity"
            )
        if source not in rules.SOURCES:
            raise ValidationError(translate("Kits", "Please choose whether the kits were donated or bought."), "source")
        if arrival_temp_c is not None and not (_is_number(arrival_temp_c) and -30 <= arrival_temp_c <= 60):
            raise ValidationError(
                translate("Kits", "The arrival temperature must be between -30 and 60 °C."), "arrival_temp"
            )
        with self.ctx.transaction() as s:
            known_expiry = s.scalar(
                select(KitLot.expiry_date)
                .where(KitLot.kit_name == kit_name, KitLot.lot_number == lot_number, KitLot.voided_at.is_(None))
                .limit(1)
            )
            if known_expiry is not None and known_expiry != expiry_date:
                raise ValidationError(
                    translate("Kits", "Lot {lot} is already in stock with expiry {date}. Check the box label.").format(
                        lot=lot_number, date=format_date(known_expiry)
                    ),
                    "expiry_date",
                )
            row = KitLot(
                kit_name=kit_name,
                lot_number=lot_number,
                expiry_date=expiry_date,
                received_on=received_on,
                quantity_received=quantity,
                source=source,
                arrival_temp_c=arrival_temp_c,
                note=note,
            )
            s.add(row)
            s.flush()
            return lot_stock(s, lot_ids=[row.id])[0]

    def stock(self, include_empty: bool = False) -> list[LotStock]:
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            rows = lot_stock(s)
        return [r for r in rows if include_empty or r.on_hand > 0]

    def overview(self) -> StockOverview:
        """The stock tab in one read: every lot, the warnings and the reconciliation (one count of the stock)."""
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            rows = lot_stock(s)
        return StockOverview(tuple(rows), tuple(_warnings(rows, self.ctx.today())), _reconcile(rows))

    def reconciliation(self) -> Reconciliation:
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            rows = lot_stock(s)
        return _reconcile(rows)

    def discard(self, lot_id: int, quantity: int, reason: str, note: str | None = None) -> LotStock:
        self.ctx.require(Permission.KIT_MANAGE)
        note = clean_text(note, "note", LONG_MAX)
        if reason not in rules.DISCARD_REASONS:
            raise ValidationError(translate("Kits", "Please choose why the kits are discarded."), "reason")
        if not isinstance(quantity, int) or quantity <= 0:
            raise ValidationError(
                translate("Kits", "Please enter how many kits are discarded (a whole number above zero)."), "quantity"
            )
        with self.ctx.transaction() as s:
            lot = s.get(KitLot, lot_id)
            if lot is None or lot.voided_at is not None:
                raise NotFound(translate("Kits", "This kit lot does not exist."))
            on_hand = lot_stock(s, lot_ids=[lot_id])[0].on_hand
            if quantity > on_hand:
                raise ValidationError(
                    translate("Kits", "Only {n} kits of lot {lot} are on hand.").format(n=on_hand, lot=lot.lot_number),
                    "quantity",
                )
            s.add(KitDiscard(lot_id=lot_id, discarded_on=self.ctx.today(), quantity=quantity, reason=reason, note=note))
            s.flush()
            return lot_stock(s, lot_ids=[lot_id])[0]

    def record_count(self, lot_id: int, counted: int, note: str | None = None) -> LotStock:
        """Physical stock count: a shortfall is written off as a count difference."""
        self.ctx.require(Permission.KIT_MANAGE)
        if not isinstance(counted, int) or counted < 0:
            raise ValidationError(
                translate("Kits", "Please enter the number of kits counted (zero or more)."), "counted"
            )
        with self.ctx.transaction() as s:
            stock = lot_stock(s, lot_ids=[lot_id])
            if not stock:
                raise NotFound(translate("Kits", "This kit lot does not exist."))
            on_hand = stock[0].on_hand
        if counted > on_hand:
            raise ValidationError(
                translate(
                    "Kits",
                    "The books show {n} kits; you counted more. Record the extra kits as a new shipment instead.",
                ).format(n=on_hand),
                "counted",
            )
        if counted == on_hand:
            return stock[0]
        return self.discard(lot_id, on_hand - counted, "count", note)

    def warnings(self, on: dt.date | None = None) -> list[Warning_]:
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            rows = lot_stock(s)
        return _warnings(rows, on or self.ctx.today())


def _reconcile(rows: list[LotStock]) -> Reconciliation:
    return Reconciliation(
        sum(r.received for r in rows),
        sum(r.used_tests for r in rows),
        sum(r.invalid for r in rows),
        sum(r.qc for r in rows),
        sum(r.discarded for r in rows),
        sum(r.on_hand for r in rows),
    )


def _warnings(rows: list[LotStock], day: dt.date) -> list[Warning_]:
    """Expired and expiring lots with kits left, and kinds of kit running low."""
    rows = [r for r in rows if r.on_hand > 0]
    out: list[Warning_] = []
    usable: dict[str, int] = {}
    for r in rows:
        if r.expired_on(day):
            out.append(
                Warning_(
                    "expired",
                    translate("Kits", "Lot {lot} ({kit}) expired on {date}; {n} kits must be discarded.").format(
                        lot=r.lot_number, kit=r.kit_name, date=format_date(r.expiry_date), n=r.on_hand
                    ),
                )
            )
            continue
        usable[r.kit_name] = usable.get(r.kit_name, 0) + r.on_hand
        if (r.expiry_date - day).days <= rules.NEAR_EXPIRY_DAYS:
            out.append(
                Warning_(
                    "expiring",
                    translate("Kits", "Lot {lot} ({kit}) expires on {date} with {n} kits left: use it first.").format(
                        lot=r.lot_number, kit=r.kit_name, date=format_date(r.expiry_date), n=r.on_hand
                    ),
                )
            )
    for kit, n in sorted(usable.items()):
        if n < rules.LOW_STOCK_KITS:
            out.append(
                Warning_(
                    "low",
                    translate("Kits", "Only {n} usable {kit} kits are left: order more.").format(n=n, kit=kit),
                )
            )
    if not usable:
        out.append(Warning_("low", translate("Kits", "There are no usable test kits in stock.")))
    return out


class QcService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record_run(
        self,
        lot_id: int,
        reason: str,
        positive_control_ok: bool,
        negative_control_ok: bool,
        *,
        run_on: dt.date | None = None,
        kits_used: int = rules.QC_KITS_PER_RUN,
        note: str | None = None,
    ) -> QcRunInfo:
        self.ctx.require(Permission.QC_RECORD)
        run_on = run_on or self.ctx.today()
        note = clean_text(note, "note", LONG_MAX)
        if reason not in rules.QC_REASONS:
            raise ValidationError(translate("Kits", "Please choose why the kit controls are run."), "reason")
        if run_on > self.ctx.today():
            raise ValidationError(translate("Kits", "A quality-control run cannot be in the future."), "run_on")
        if not isinstance(kits_used, int) or kits_used < 0 or kits_used > 10:
            raise ValidationError(
                translate("Kits", "Kits used for a control run must be between 0 and 10."), "kits_used"
            )
        with self.ctx.transaction() as s:
            lot = s.get(KitLot, lot_id)
            if lot is None or lot.voided_at is not None:
                raise ValidationError(translate("Kits", "Please choose the kit lot."), "lot")
            if lot.expiry_date < run_on:
                raise ValidationError(translate("Kits", "This lot has expired; expired kits cannot be used."), "lot")
            on_hand = lot_stock(s, lot_ids=[lot_id])[0].on_hand
            if kits_used > on_hand:
                raise ValidationError(
                    translate("Kits", "Only {n} kits of lot {lot} are on hand.").format(n=on_hand, lot=lot.lot_number),
                    "kits_used",
                )
            row = QcRun(
                lot_id=lot_id,
                run_on=run_on,
                operator_id=self.ctx.acting.id,
                reason=reason,
                positive_control_ok=bool(positive_control_ok),
                negative_control_ok=bool(negative_control_ok),
                kits_used=kits_used,
                note=note,
            )
            s.add(row)
            s.flush()
            return QcRunInfo(
                row.id,
                run_on,
                lot.id,
                lot.lot_number,
                lot.kit_name,
                reason,
                row.positive_control_ok,
                row.negative_control_ok,
                kits_used,
                self.ctx.acting.label,
            )

    def recent_runs(self, limit: int = 100) -> list[QcRunInfo]:
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.QC_RECORD)
        with self.ctx.transaction() as s:
            rows = s.execute(
                select(QcRun, KitLot, User)
                .join(KitLot, KitLot.id == QcRun.lot_id)
                .outerjoin(User, User.id == QcRun.operator_id)
                .where(QcRun.voided_at.is_(None))
                .order_by(QcRun.run_on.desc(), QcRun.id.desc())
                .limit(limit)
            ).all()
            return [
                QcRunInfo(
                    q.id,
                    q.run_on,
                    lot.id,
                    lot.lot_number,
                    lot.kit_name,
                    q.reason,
                    q.positive_control_ok,
                    q.negative_control_ok,
                    q.kits_used,
                    (u.display_name or u.username) if u else None,
                )
                for q, lot, u in rows
            ]

    def log_temperature(
        self,
        storage_temp_c: float | None,
        room_temp_c: float | None = None,
        *,
        read_at: dt.datetime | None = None,
        note: str | None = None,
    ) -> TemperatureInfo:
        _require_any(self.ctx, Permission.QC_RECORD, Permission.KIT_MANAGE)
        note = clean_text(note, "note", LONG_MAX)
        if storage_temp_c is None:
            raise ValidationError(translate("Kits", "Please enter the storage temperature."), "storage_temp")
        for value, field in ((storage_temp_c, "storage_temp"), (room_temp_c, "room_temp")):
            if value is not None and not (_is_number(value) and -30 <= value <= 60):
                raise ValidationError(translate("Kits", "A temperature must be between -30 and 60 °C."), field)
        read_at = read_at or self.ctx.now()
        if read_at > self.ctx.now():
            raise ValidationError(translate("Kits", "A temperature reading cannot be in the future."), "read_at")
        with self.ctx.transaction() as s:
            row = TemperatureReading(read_at=read_at, storage_temp_c=storage_temp_c, room_temp_c=room_temp_c, note=note)
            s.add(row)
            s.flush()
            return TemperatureInfo(
                row.id, read_at, storage_temp_c, room_temp_c, rules.temperature_ok(storage_temp_c, room_temp_c)
            )

    def recent_temperatures(self, limit: int = 60) -> list[TemperatureInfo]:
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.QC_RECORD)
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(TemperatureReading)
                .where(TemperatureReading.voided_at.is_(None))
                .order_by(TemperatureReading.read_at.desc())
                .limit(limit)
            )
            return [
                TemperatureInfo(
                    r.id,
                    r.read_at,
                    r.storage_temp_c,
                    r.room_temp_c,
                    rules.temperature_ok(r.storage_temp_c, r.room_temp_c),
                )
                for r in rows
            ]

    def due(self, on: dt.date | None = None) -> list[Warning_]:
        """Why a kit-control run (or today's temperature reading) is due, as whole sentences."""
        _require_any(self.ctx, Permission.KIT_VIEW, Permission.QC_RECORD)
        day = on or self.ctx.today()
        out: list[Warning_] = []
        with self.ctx.transaction() as s:
            passed = quality.passed_runs(s, day)
            excursion = quality.last_storage_excursion(s, day)
            stock = [x for x in lot_stock(s) if x.on_hand > 0 and not x.expired_on(day)]
            for lot in stock:
                for message in quality.lot_reasons(lot, passed, day, excursion):
                    if all(w.message != message for w in out):
                        out.append(Warning_("qc", message))
            if stock:
                counsellors = s.execute(
                    select(User.id, User.display_name, User.username).where(
                        User.role == Role.PEER_COUNSELLOR.value, User.active.is_(True), User.voided_at.is_(None)
                    )
                ).all()
                for uid, display, username in counsellors:
                    if not any(r.operator_id == uid for r in passed):
                        out.append(
                            Warning_(
                                "qc",
                                translate("Kits", "Kit controls are due for the new counsellor {name}.").format(
                                    name=display or username
                                ),
                            )
                        )
            logged_today = s.scalar(
                select(func.count())
                .select_from(TemperatureReading)
                .where(
                    TemperatureReading.voided_at.is_(None),
                    TemperatureReading.read_at >= dt.datetime.combine(day, dt.time()),
                    TemperatureReading.read_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
                )
            )
            if not logged_today:
                out.append(
                    Warning_("temperature", translate("Kits", "Today's temperature reading has not been logged yet."))
                )
        return out
