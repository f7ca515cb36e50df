"""Check-in: recording visits and the services given, today's list, voiding; the service catalogue."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from dropin.clients.codes import band_on
from dropin.context import ServiceContext
from dropin.errors import NotFound, ValidationError
from dropin.i18n import translate
from dropin.models import sqlfunc
from dropin.models.clients import Client, ReferralDestination
from dropin.models.security import User
from dropin.models.visits import ServiceItem, Visit, VisitLine
from dropin.security.permissions import Permission
from dropin.validation import CODE_MAX, LONG_MAX, NAME_MAX, clean_text, unstorable
from dropin.visits.catalogue import CATEGORIES, CHANNELS, service_label
from dropin.visits.records import CatalogueItem, ClientHistory, ServiceGiven, VisitInput, VisitRow

MAX_QUANTITY = 1000
MAX_NOTE = LONG_MAX


# =========================================================================== catalogue
def _item(r: ServiceItem) -> CatalogueItem:
    return CatalogueItem(
        r.id, r.code, r.label, r.category, bool(r.has_quantity), bool(r.needs_destination), r.sort_order, bool(r.active)
    )


_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


class CatalogueService:
    """The services a visit can record. Managers add, edit and retire items; nothing is deleted."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def items(self, include_retired: bool = False) -> list[CatalogueItem]:
        """Items offered now; with ``include_retired`` (managers) every item ever offered."""
        if include_retired:
            self.ctx.require(Permission.CATALOGUE_MANAGE)
        elif not (
            self.ctx.can(Permission.VISIT_RECORD)
            or self.ctx.can(Permission.VISIT_VIEW)
            or self.ctx.can(Permission.CATALOGUE_MANAGE)
        ):
            self.ctx.require(Permission.VISIT_RECORD)
        query = select(ServiceItem).where(ServiceItem.voided_at.is_(None))
        if not include_retired:
            query = query.where(ServiceItem.active.is_(True))
        with self.ctx.db.session() as s:
            return [_item(r) for r in s.scalars(query.order_by(ServiceItem.sort_order, ServiceItem.id))]

    def add(
        self,
        code: str,
        label: str,
        category: str = "support",
        *,
        has_quantity: bool = False,
        needs_destination: bool = False,
    ) -> CatalogueItem:
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        code = (clean_text(code, "code", CODE_MAX) or "").lower()
        if not _CODE_RE.match(code):
            raise ValidationError(
                translate(
                    "Visits",
                    "A service code has 2 to 32 small letters, digits or underscores and starts with a letter.",
                ),
                "code",
            )
        label = self._label(label)
        self._category(category)
        with self.ctx.transaction() as s:
            if s.scalar(select(ServiceItem.id).where(ServiceItem.code == code)) is not None:
                raise ValidationError(translate("Visits", "A service with this code already exists."), "code")
            order = (s.scalar(select(func.max(ServiceItem.sort_order))) or 0) + 10
            row = ServiceItem(
                code=code,
                label=label,
                category=category,
                has_quantity=bool(has_quantity),
                needs_destination=bool(needs_destination),
                sort_order=order,
                active=True,
            )
            s.add(row)
            s.flush()
            return _item(row)

    def edit(
        self,
        item_id: int,
        label: str,
        category: str,
        *,
        has_quantity: bool,
        needs_destination: bool,
        sort_order: int | None = None,
    ) -> CatalogueItem:
        """Change how an item is shown (the code stays, so old visits keep their meaning)."""
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        label = self._label(label)
        self._category(category)
        with self.ctx.transaction() as s:
            row = self._row(s, item_id)
            values = {
                "label": label,
                "category": category,
                "has_quantity": bool(has_quantity),
                "needs_destination": bool(needs_destination),
            }
            if sort_order is not None:
                values["sort_order"] = int(sort_order)
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            s.flush()
            return _item(row)

    def set_active(self, item_id: int, active: bool) -> CatalogueItem:
        """Retire an item (no longer offered; old visits keep it) or bring it back."""
        self.ctx.require(Permission.CATALOGUE_MANAGE)
        active = bool(active)
        with self.ctx.transaction() as s:
            row = self._row(s, item_id)
            if bool(row.active) != active:
                row.active = active
            s.flush()
            return _item(row)

    def retire(self, item_id: int) -> CatalogueItem:
        return self.set_active(item_id, False)

    @staticmethod
    def _row(s: Session, item_id: int) -> ServiceItem:
        row = s.get(ServiceItem, item_id)
        if row is None or row.voided_at is not None:
            raise NotFound(translate("Visits", "This service is not in the catalogue."))
        return row

    @staticmethod
    def _label(label: str) -> str:
        label = " ".join((clean_text(label, "label", NAME_MAX) or "").split())
        if not label:
            raise ValidationError(translate("Visits", "Please enter the name of the service."), "label")
        return label

    @staticmethod
    def _category(category: str) -> None:
        if category not in CATEGORIES:
            raise ValidationError(translate("Visits", "Please choose a group from the list."), "category")


# ============================================================================= visits
class VisitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------- record
    def record(self, data: VisitInput) -> VisitRow:
        """Save one visit and its services in one small transaction."""
        self.ctx.require(Permission.VISIT_RECORD)
        if data.channel not in CHANNELS:
            raise ValidationError(translate("Visits", "Please choose how the person reached the centre."), "channel")
        if data.client_id is None and not data.anonymous:
            raise ValidationError(
                translate("Visits", "Please enter a client code or mark the visit as an anonymous walk-in."), "code"
            )
        if data.client_id is not None and data.anonymous:
            raise ValidationError(translate("Visits", "An anonymous walk-in cannot have a client code."), "code")
        note = clean_text(data.note, "note", MAX_NOTE)
        codes = [g.code for g in data.services]
        now = self.ctx.now()
        with self.ctx.transaction() as s:
            band = None
            code = None
            if data.client_id is not None:
                client = s.get(Client, data.client_id)
                if client is None or client.voided_at is not None:
                    raise NotFound(translate("Visits", "This client is not in the register."))
                band = band_on(now.date(), client.birth_year, client.age_band)
                code = client.code
            lines = _lines(s, data.services)
            visit = Visit(
                client_id=data.client_id,
                visit_date=now.date(),
                visited_at=now,
                channel=data.channel,
                age_band=band,
                note=note,
            )
            s.add(visit)
            s.flush()
            for line in lines:
                line.visit_id = visit.id
            s.add_all(lines)
            s.flush()
            return VisitRow(
                visit.id,
                now,
                data.client_id,
                code,
                data.channel,
                _summary(s, [(ln.service_id, ln.quantity, ln.destination_id) for ln in lines]),
                note,
                self.ctx.user.username if self.ctx.user else None,
                service_codes=tuple(codes),
            )

    def add_services(self, visit_id: int, services: tuple[ServiceGiven, ...]) -> VisitRow:
        """Add services to a visit already saved today (the person came back to the desk).

        A service the visit already has gets the new quantity added to it; nothing is given twice.
        """
        self.ctx.require(Permission.VISIT_RECORD)
        with self.ctx.transaction() as s:
            visit = s.get(Visit, visit_id)
            if visit is None or visit.voided_at is not None:
                raise NotFound(translate("Visits", "This visit does not exist."))
            existing = {
                ln.service_id: ln
                for ln in s.scalars(
                    select(VisitLine).where(VisitLine.visit_id == visit_id, VisitLine.voided_at.is_(None))
                )
            }
            for line in _lines(s, services):
                old = existing.get(line.service_id)
                if old is None:
                    line.visit_id = visit_id
                    s.add(line)
                elif s.get_one(ServiceItem, line.service_id).has_quantity:
                    old.quantity = min(MAX_QUANTITY, old.quantity + line.quantity)
            s.flush()
        return next(r for r in self._page(0, 1, visit_id=visit_id, include_voided=True))

    def visit_today(self, client_id: int) -> VisitRow | None:
        """The person's latest visit saved today that has not been undone (to add to it rather than count twice)."""
        self.ctx.require(Permission.VISIT_RECORD)
        today = self.ctx.today()
        rows = self._page(0, 1, client_id=client_id, day_from=today, day_to=today + dt.timedelta(days=1))
        return rows[0] if rows else None

    def last_services(self, client_id: int) -> tuple[ServiceGiven, ...]:
        """The services of the person's last visit that was not undone ("same as last time")."""
        self.ctx.require(Permission.VISIT_RECORD)
        with self.ctx.db.session() as s:
            last = s.scalar(
                select(Visit.id)
                .where(Visit.client_id == client_id, Visit.voided_at.is_(None))
                .order_by(Visit.visited_at.desc(), Visit.id.desc())
                .limit(1)
            )
            if last is None:
                return ()
            return tuple(
                ServiceGiven(code, qty, dest)
                for code, qty, dest in s.execute(
                    select(ServiceItem.code, VisitLine.quantity, VisitLine.destination_id)
                    .join(ServiceItem, ServiceItem.id == VisitLine.service_id)
                    .where(
                        VisitLine.visit_id == last,
                        VisitLine.voided_at.is_(None),
                        ServiceItem.active.is_(True),
                        ServiceItem.voided_at.is_(None),
                    )
                    .order_by(ServiceItem.sort_order)
                )
            )

    # -------------------------------------------------------------- lists
    def today(self, day: dt.date | None = None, include_voided: bool = True) -> list[VisitRow]:
        """Visits of one day (today by default), newest first."""
        self.ctx.require(Permission.VISIT_VIEW)
        day = day or self.ctx.today()
        return self._page(0, 100_000, day_from=day, day_to=day + dt.timedelta(days=1), include_voided=include_voided)

    def list_visits(
        self,
        offset: int,
        limit: int,
        *,
        client_id: int | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        include_voided: bool = False,
        order: str = "date",
        descending: bool = True,
    ) -> list[VisitRow]:
        """One page of visits, newest first unless ``order`` names one of :data:`VISIT_ORDERS` (lazy lists)."""
        self.ctx.require(Permission.VISIT_VIEW)
        if client_id is not None:
            self.ctx.require(Permission.CLIENT_VIEW)
        return self._page(
            offset,
            limit,
            client_id=client_id,
            day_from=day_from,
            day_to=day_to,
            include_voided=include_voided,
            order=order,
            descending=descending,
        )

    def _page(self, offset: int, limit: int, **filters: Any) -> list[VisitRow]:
        query = self._query(**filters).offset(offset).limit(limit)
        with self.ctx.db.session() as s:
            return self._rows(s, s.execute(query).all())

    @staticmethod
    def _query(
        *,
        client_id: int | None = None,
        visit_id: int | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        include_voided: bool = False,
        order: str = "date",
        descending: bool = True,
    ) -> Select[Visit, str, str]:
        """The visits asked for, in the order asked for (without paging)."""
        query = (
            select(Visit, Client.code, User.username)
            .outerjoin(Client, Client.id == Visit.client_id)
            .outerjoin(User, User.id == Visit.created_by_id)
        )
        if visit_id is not None:
            query = query.where(Visit.id == visit_id)
        if client_id is not None:
            query = query.where(Visit.client_id == client_id)
        if day_from is not None:
            query = query.where(Visit.visit_date >= day_from)
        if day_to is not None:
            query = query.where(Visit.visit_date < day_to)
        if not include_voided:
            query = query.where(Visit.voided_at.is_(None))
        if order not in VISIT_ORDERS:
            raise ValidationError(translate("Visits", "This list cannot be sorted that way."), "order")
        tie = (Visit.visited_at.desc(), Visit.id.desc()) if descending else (Visit.visited_at, Visit.id)
        if order == "date":  # exactly the index's order: a repeated term would make SQLite sort every visit
            query = query.order_by(*tie)
        else:
            key = {"client": Client.code, "channel": Visit.channel, "recorded_by": User.username}[order]
            query = query.order_by(key.desc() if descending else key, *tie)
        return query

    @staticmethod
    def _rows(s: Session, rows: Sequence[Row[Visit, str, str]]) -> list[VisitRow]:
        ids = [v.id for v, _c, _u in rows]
        undone = [v.id for v, _c, _u in rows if v.voided_at is not None]
        lines: dict[int, list[Any]] = defaultdict(list[Any])
        codes: dict[int, list[Any]] = defaultdict(list[Any])
        if ids:
            for vid, sid, qty, dest, scode in s.execute(
                select(
                    VisitLine.visit_id,
                    VisitLine.service_id,
                    VisitLine.quantity,
                    VisitLine.destination_id,
                    ServiceItem.code,
                )
                .join(ServiceItem, ServiceItem.id == VisitLine.service_id)
                # an undone visit still shows what it had (its lines were undone with it)
                .where(VisitLine.visit_id.in_(ids), VisitLine.voided_at.is_(None) | VisitLine.visit_id.in_(undone))
                .order_by(ServiceItem.sort_order)
            ):
                lines[vid].append((sid, qty, dest))
                codes[vid].append(scode)
        everything = [line for visit_lines in lines.values() for line in visit_lines]
        lookups = _summary_lookups(s, everything) if everything else ({}, {})
        return [
            VisitRow(
                v.id,
                v.visited_at,
                v.client_id,
                code,
                v.channel,
                _summary(s, lines[v.id], lookups),
                v.note,
                user,
                v.voided_at is not None,
                v.void_reason,
                tuple(codes[v.id]),
            )
            for v, code, user in rows
        ]

    # --------------------------------------------------------------- void
    def void(self, visit_id: int, reason: str) -> None:
        """Undo a mistaken entry: the visit and its services are voided (kept, with the reason)."""
        self.ctx.require(Permission.VISIT_VOID)
        with self.ctx.transaction() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound(translate("Visits", "This visit does not exist."))
            self.ctx.void(visit, reason)
            for line in s.scalars(
                select(VisitLine).where(VisitLine.visit_id == visit_id, VisitLine.voided_at.is_(None))
            ):
                self.ctx.void(line, reason)

    # ------------------------------------------------------------ profile
    def client_history(self, client_id: int) -> ClientHistory:
        self.ctx.require(Permission.VISIT_VIEW)
        self.ctx.require(Permission.CLIENT_VIEW)
        live = (Visit.client_id == client_id, Visit.voided_at.is_(None))
        month = sqlfunc.year_month(Visit.visit_date)
        with self.ctx.db.session() as s:
            count, first, last = s.execute(
                select(func.count(Visit.id), func.min(Visit.visit_date), func.max(Visit.visit_date)).where(*live)
            ).one()
            by_month = [
                (m, n)
                for m, n in s.execute(select(month, func.count(Visit.id)).where(*live).group_by(month).order_by(month))
            ]
            services = [
                (service_label(label), n)
                for label, n in s.execute(
                    select(ServiceItem.label, func.count(VisitLine.id))
                    .join(VisitLine, VisitLine.service_id == ServiceItem.id)
                    .join(Visit, Visit.id == VisitLine.visit_id)
                    .where(*live, VisitLine.voided_at.is_(None))
                    .group_by(ServiceItem.id)
                    .order_by(func.count(VisitLine.id).desc(), ServiceItem.sort_order)
                )
            ]
            channels = [
                (c, n)
                for c, n in s.execute(
                    select(Visit.channel, func.count(Visit.id))
                    .where(*live)
                    .group_by(Visit.channel)
                    .order_by(func.count(Visit.id).desc())
                )
            ]
        return ClientHistory(int(count or 0), first, last, by_month, services, channels)


# ----------------------------------------------------------------------------- helpers
#: the orders :meth:`VisitService.list_visits` can sort by, in the database; only "date" has an index over
#: every visit (the others suit one client's visits, as in the profile)
VISIT_ORDERS = ("date", "client", "channel", "recorded_by")


def _lines(s: Session, services: Iterable[ServiceGiven]) -> list[VisitLine]:
    """Check the services given and build their (unsaved) lines."""
    codes = [g.code for g in services]
    if len(set(codes)) != len(codes):
        raise ValidationError(
            translate("Visits", "Each service can be given once per visit; change its quantity instead."), "services"
        )
    # a code no catalogue can hold (not text, a broken symbol) is simply not offered: never sent to the database
    known = [c for c in codes if isinstance(c, str) and not unstorable(c)]
    items = {r.code: r for r in s.scalars(select(ServiceItem).where(ServiceItem.code.in_(known)))} if known else {}
    lines = []
    for given in services:
        item = items.get(given.code)
        if item is None or not item.active or item.voided_at is not None:
            raise ValidationError(
                translate("Visits", "This service is no longer offered. Please refresh the screen."), "services"
            )
        quantity = 1
        if item.has_quantity:
            quantity = int(given.quantity or 0)
            if not 1 <= quantity <= MAX_QUANTITY:
                raise ValidationError(
                    translate("Visits", "The quantity of {service} must be between 1 and {high}.").format(
                        service=service_label(item.label), high=MAX_QUANTITY
                    ),
                    "quantity",
                )
        destination = None
        if item.needs_destination:
            if given.destination_id is None:
                raise ValidationError(
                    translate("Visits", "Please choose where the person was referred to."), "destination"
                )
            dest = s.get(ReferralDestination, given.destination_id)
            if dest is None or not dest.active or dest.voided_at is not None:
                raise ValidationError(
                    translate("Visits", "This referral destination is no longer in use."), "destination"
                )
            destination = dest.id
        lines.append(VisitLine(service_id=item.id, quantity=quantity, destination_id=destination))
    return lines


Lookups = tuple[dict[int, Any], dict[int, str]]


def _summary_lookups(s: Session, lines: list[tuple[int, int, int | None]]) -> Lookups:
    """The service items and referral destinations named by ``lines``: two queries whatever their number."""
    ids = {sid for sid, _q, _d in lines}
    items = {
        r.id: r
        for r in s.execute(
            select(ServiceItem.id, ServiceItem.label, ServiceItem.has_quantity).where(ServiceItem.id.in_(ids))
        )
    }
    dest_ids = {d for _s, _q, d in lines if d}
    dests = (
        dict(
            s.execute(
                select(ReferralDestination.id, ReferralDestination.name).where(ReferralDestination.id.in_(dest_ids))
            ).all()
        )
        if dest_ids
        else {}
    )
    return items, dests


def _summary(s: Session, lines: list[tuple[int, int, int | None]], lookups: Lookups | None = None) -> str:
    """ "Shower, Male condoms × 10, Referral: AIDS centre" in the user's language.

    ``lookups``: the services' and destinations' names from :func:`_summary_lookups`, read once for a whole list.
    """
    if not lines:
        return ""
    items, dests = lookups or _summary_lookups(s, lines)
    parts = []
    for sid, qty, dest in lines:
        item = items.get(sid)
        if item is None:
            continue
        name = service_label(item.label)
        if item.has_quantity:
            parts.append(translate("Visits", "{service} × {n}").format(service=name, n=qty))
        elif dest:
            parts.append(
                translate("Visits", "{service}: {destination}").format(service=name, destination=dests.get(dest, "?"))
            )
        else:
            parts.append(name)
    return ", ".join(parts)


__all__ = [
    "VISIT_ORDERS",
    "CatalogueService",
    "CatalogueItem",
    "VisitService",
    "VisitInput",
    "ServiceGiven",
    "VisitRow",
    "ClientHistory",
]
