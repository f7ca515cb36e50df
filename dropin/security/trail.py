"""Reading the audit log: filtered lists, the sensitive events, CSV export, seals, verify and re-anchor.

Managers read it (``AUDIT_VIEW``); every list, export and check they run is
itself an audit entry. No Qt here: the Admin → Audit tab calls this service.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table, and_, case, func, or_, select, union_all
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import DropinError, ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP, translate
from dropin.security import audit
from dropin.security.permissions import Permission
from dropin.validation import LONG_MAX, clean_text

if TYPE_CHECKING:
    from dropin.models.database import Database

#: table-name prefixes → area (entities that are not tables, e.g. "database", belong to administration)
AREAS: dict[str, tuple[str, ...]] = {
    "frontdesk": ("clients", "visit", "service_", "referral_"),
    "testing": ("hts_",),
    "shelter": ("shelter_",),
    "children": ("children",),
    "reports": ("weekly_",),
    "admin": ("users", "settings", "database", "audit_log", "store_key_slots"),
}
AREA_LABELS = {
    "frontdesk": QT_TRANSLATE_NOOP("Audit", "Front desk"),
    "testing": QT_TRANSLATE_NOOP("Audit", "HIV testing"),
    "shelter": QT_TRANSLATE_NOOP("Audit", "Shelter"),
    "children": QT_TRANSLATE_NOOP("Audit", "Children"),
    "reports": QT_TRANSLATE_NOOP("Audit", "Reports"),
    "admin": QT_TRANSLATE_NOOP("Audit", "Administration"),
}
#: names shown for the actions people look for (others are shown as written in the log)
ACTION_LABELS = {
    "login": QT_TRANSLATE_NOOP("Audit", "Logged in"),
    "logout": QT_TRANSLATE_NOOP("Audit", "Logged out"),
    "login_failed": QT_TRANSLATE_NOOP("Audit", "Failed login"),
    "login_refused": QT_TRANSLATE_NOOP("Audit", "Login refused (locked)"),
    "lockout": QT_TRANSLATE_NOOP("Audit", "Account locked"),
    "unlock": QT_TRANSLATE_NOOP("Audit", "Account unlocked"),
    "password_change_failed": QT_TRANSLATE_NOOP("Audit", "Wrong current password"),
    "password_reset": QT_TRANSLATE_NOOP("Audit", "Password reset"),
    "account_created": QT_TRANSLATE_NOOP("Audit", "Account created"),
    "role_changed": QT_TRANSLATE_NOOP("Audit", "Role changed"),
    "break_glass": QT_TRANSLATE_NOOP("Audit", "Break-glass opening"),
    "read": QT_TRANSLATE_NOOP("Audit", "Record read"),
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "change": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "void": QT_TRANSLATE_NOOP("Audit", "Voided"),
    "backup": QT_TRANSLATE_NOOP("Audit", "Backup"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restore"),
    "rekey": QT_TRANSLATE_NOOP("Audit", "Passphrase changed"),
    "reanchor": QT_TRANSLATE_NOOP("Audit", "Re-anchored"),
    "report": QT_TRANSLATE_NOOP("Audit", "Report made"),
    "export": QT_TRANSLATE_NOOP("Audit", "Figures exported"),
    "audit_view": QT_TRANSLATE_NOOP("Audit", "Audit log viewed"),
    "audit_export": QT_TRANSLATE_NOOP("Audit", "Audit log exported"),
    "audit_verify": QT_TRANSLATE_NOOP("Audit", "Audit log checked"),
    "store_keys_rotated": QT_TRANSLATE_NOOP("Audit", "Store keys rotated"),
    "recovery_key_replaced": QT_TRANSLATE_NOOP("Audit", "New recovery key"),
    "recovery_key_used": QT_TRANSLATE_NOOP("Audit", "Recovery key used"),
    "stores_upgrade_finished": QT_TRANSLATE_NOOP("Audit", "Upgrade of the stores finished"),
}
#: records whose every opening is a sensitive event
TEST_RECORDS = ("hts_tests", "hts_counselling_sessions")
#: actions that are sensitive events on their own
SENSITIVE_ACTIONS = (
    "break_glass",
    "account_created",
    "role_changed",
    "password_reset",
    "restore",
    "reanchor",
    "login_failed",
    "login_refused",
    "lockout",
    "unlock",
    "password_change_failed",
    "store_keys_rotated",
    "recovery_key_replaced",
    "recovery_key_used",
)


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    action: str | None = None
    area: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    sensitive: bool = False
    upto_id: int | None = None  # a snapshot: entries written while paging do not shift the pages
    #: which log: the main one (``None``) or the chain inside a store ("health", "casework")
    chain: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str | None
    action: str
    area: str | None
    entity: str | None
    entity_id: str | None
    detail: str | None


def area_of(entity: str | None) -> str | None:
    if not entity:
        return None
    for area, prefixes in AREAS.items():
        if any(entity.startswith(p) for p in prefixes):
            return area
    return None


def _sensitive_clause(t: Table) -> ColumnElement[bool]:
    return or_(t.c.action.in_(SENSITIVE_ACTIONS), and_(t.c.action == "read", t.c.entity.in_(TEST_RECORDS)))


def _where(f: AuditFilter) -> ColumnElement[bool] | None:
    t = audit.chain_table(f.chain)
    clauses = []
    if f.username:
        clauses.append(t.c.username == f.username)
    if f.action:
        clauses.append(t.c.action == f.action)
    if f.area:
        prefixes = AREAS.get(f.area, ())
        clauses.append(or_(*[t.c.entity.startswith(p, autoescape=True) for p in prefixes]))
    if f.date_from:
        clauses.append(t.c.at >= dt.datetime.combine(f.date_from, dt.time()))
    if f.date_to:
        clauses.append(t.c.at < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time()))
    if f.sensitive:
        clauses.append(_sensitive_clause(t))
    if f.upto_id is not None:
        clauses.append(t.c.id <= f.upto_id)
    return and_(*clauses) if clauses else None


def _row(e: Any) -> AuditRow:
    return AuditRow(e.id, e.at, e.username, e.action, area_of(e.entity), e.entity, e.entity_id, e.detail)


def chains(db: Database) -> list[str | None]:
    """The logs this session can read: the main one and the chain of every store it holds."""
    from dropin.models.stores import STORES

    return [None, *(store for store in STORES if store in db.held_stores)]


def sensitive_counts(
    session: Session, start: dt.date, end: dt.date, held: Iterable[str] | None = None
) -> dict[str, int]:
    """Counts of sensitive events with ``start <= day < end`` (for the weekly report), over the main log and
    the chains of the stores in ``held`` (default: every store this session has attached)."""
    if held is None:
        from dropin.models.stores import attached

        held = attached(session.connection())
    from dropin.reports import once

    row = session.execute(_sensitive_statement(tuple(held)), once.bounds(start, end)).one()
    return {kind: int(n or 0) for kind, n in zip(SENSITIVE_KINDS, row, strict=True)}


#: the sensitive events the weekly report counts, by kind
SENSITIVE_KINDS: dict[str, Callable[[Table], ColumnElement[bool]]] = {
    "break_glass": lambda t: t.c.action == "break_glass",
    "hiv_access": lambda t: and_(
        t.c.action.in_(("account_created", "role_changed")), t.c.detail.like('%"hiv_access": true%')
    ),
    "password_resets": lambda t: t.c.action == "password_reset",
    "restores": lambda t: t.c.action == "restore",
}


@functools.cache
def _sensitive_statement(held: tuple[str, ...]) -> Any:
    """One statement (built once per set of logs, the period as parameters: :mod:`dropin.reports.once`):
    each log's counts of every kind, added up over the logs."""
    from dropin.reports import once

    logs = [
        select(*(func.count(case((clause(t), 1))).label(kind) for kind, clause in SENSITIVE_KINDS.items())).where(
            t.c.at >= once.T0, t.c.at < once.T1
        )
        for t in (audit.chain_table(chain) for chain in (None, *held))
    ]
    each = union_all(*logs).subquery()
    return select(*(func.sum(each.c[kind]) for kind in SENSITIVE_KINDS))


class AuditTrailService:
    """What the Admin → Audit tab and ``dropin audit`` do with the log."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def snapshot(self, f: AuditFilter) -> AuditFilter:
        """Fix the filter to the entries that exist now, and record that the log was read with it."""
        self.ctx.require(Permission.AUDIT_VIEW)
        self._check(f)
        t = audit.chain_table(f.chain)
        with self.ctx.transaction() as s:
            upto = s.scalar(select(func.max(t.c.id))) or 0
            self.ctx.audit(s, "audit_view", "audit_log", None, self._describe(f))
        return replace(f, upto_id=upto)

    def count(self, f: AuditFilter) -> int:
        self.ctx.require(Permission.AUDIT_VIEW)
        where = _where(f)
        t = audit.chain_table(f.chain)
        with self.ctx.transaction() as s:
            q = select(func.count(t.c.id))
            return s.scalar(q.where(where) if where is not None else q) or 0

    def entries(self, f: AuditFilter, offset: int = 0, limit: int = 200) -> list[AuditRow]:
        """Newest first, from a :meth:`snapshot` (taken here if ``f`` is none: every reading is recorded)."""
        self.ctx.require(Permission.AUDIT_VIEW)
        if f.upto_id is None:
            f = self.snapshot(f)
        where = _where(f)
        t = audit.chain_table(f.chain)
        q = select(t).order_by(t.c.id.desc()).offset(offset).limit(limit)
        with self.ctx.transaction() as s:
            return [_row(e) for e in s.execute(q.where(where) if where is not None else q)]

    def choices(self, chain: str | None = None) -> tuple[list[str], list[str]]:
        """User names and actions that occur in the log (for the filters)."""
        self.ctx.require(Permission.AUDIT_VIEW)
        t = audit.chain_table(chain)
        with self.ctx.transaction() as s:
            names = [n for n in s.scalars(select(t.c.username).distinct().order_by(t.c.username)) if n]
            actions = list(s.scalars(select(t.c.action).distinct().order_by(t.c.action)))
        return names, actions

    def chains(self) -> list[str | None]:
        """The logs this login can read (the main one, and the chain of every store it holds)."""
        self.ctx.require(Permission.AUDIT_VIEW)
        return chains(self.ctx.db)

    def export_csv(self, f: AuditFilter, out: Path) -> int:
        """Write the filtered entries (oldest first) to ``out``; the export is itself audited."""
        self.ctx.require(Permission.AUDIT_VIEW)
        self._check(f)
        out = Path(out)
        where = _where(f)
        t = audit.chain_table(f.chain)
        q = select(t).order_by(t.c.id)
        with self.ctx.transaction() as s:
            rows = [_row(e) for e in s.execute(q.where(where) if where is not None else q)]
            self.ctx.audit(s, "audit_export", "audit_log", None, {**self._describe(f), "rows": len(rows)})
        tmp = out.with_name(out.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "at", "user", "action", "area", "entity", "entity_id", "detail"])
            for r in rows:
                writer.writerow(
                    [
                        r.id,
                        r.at.isoformat(sep=" ", timespec="seconds"),
                        *map(_cell, (r.username, r.action, r.area, r.entity, r.entity_id, r.detail)),
                    ]
                )
        tmp.replace(out)
        return len(rows)

    # ------------------------------------------------------------ integrity
    def seal(self) -> audit.Seal:
        self.ctx.require(Permission.AUDIT_VIEW)
        with self.ctx.db.engine.connect() as conn:
            return audit.current_seal(conn)

    def verify(self, seal_text: str | None = None) -> audit.ChainReport:
        """Check the chain, the anchor and (if given) an earlier seal; the check is recorded."""
        self.ctx.require(Permission.AUDIT_VIEW)
        seal = None
        if seal_text and seal_text.strip():
            try:
                seal = audit.parse_seal(seal_text)
            except ValueError as error:
                raise ValidationError(str(error), "seal") from None
        report = self.ctx.db.verify_audit(seal)
        if report.ok:  # then the chain inside every store this login holds (the seal is the main log's)
            for store, store_report in self.ctx.db.verify_store_audits().items():
                if not store_report.ok:
                    report = replace(store_report, problem=store_problem(store, store_report.problem))
                    break
        with self.ctx.transaction() as s:
            self.ctx.audit(
                s,
                "audit_verify",
                "audit_log",
                None,
                {
                    "ok": report.ok,
                    "entries": report.entries,
                    **({"seal": seal_text.strip()} if seal_text and seal else {}),
                },
            )
        return report

    def reanchor(self, reason: str) -> audit.Seal:
        """Point the anchor at the log's current end: an explicit act, with a reason, in the log itself."""
        self.ctx.require(Permission.AUDIT_VIEW)
        reason = clean_text(reason, "reason", LONG_MAX) or ""
        if len(reason) < 10:
            raise ValidationError(
                translate("Audit", "Please say in a sentence why the anchor is being reset."), "reason"
            )
        key = self.ctx.db.anchor_key()
        if key is None:  # the centre's server: its log is append-only by trigger, with no anchor file
            raise DropinError(translate("Server", "On the centre's server the audit log has no anchor to reset."))
        with self.ctx.transaction() as s:
            s.info["audit_reanchor"] = True
            audit.reanchor(s, self.ctx.db.path, key, reason)
        return self.seal()

    @staticmethod
    def _check(f: AuditFilter) -> None:
        if f.date_from and f.date_to and f.date_to < f.date_from:
            raise ValidationError(translate("Audit", "The end date is before the start date."), "date_to")

    @staticmethod
    def _describe(f: AuditFilter) -> dict[str, str | bool]:
        out: dict[str, str | bool] = {
            k: v for k, v in (("user", f.username), ("action", f.action), ("area", f.area)) if v
        }
        if f.date_from:
            out["from"] = f.date_from.isoformat()
        if f.date_to:
            out["to"] = f.date_to.isoformat()
        if f.sensitive:
            out["sensitive"] = True
        if f.chain:
            out["chain"] = f.chain
        return out


STORE_LABELS = {
    "health": QT_TRANSLATE_NOOP("Audit", "the health store's log"),
    "casework": QT_TRANSLATE_NOOP("Audit", "the case-work store's log"),
    "legal": QT_TRANSLATE_NOOP("Audit", "the legal store's log"),
}


def store_problem(store: str, problem: str | None) -> str:
    return translate("Audit", "{log}: {problem}").format(
        log=translate("Audit", STORE_LABELS.get(store, store)), problem=problem or ""
    )


def _cell(value: str | None) -> str:
    """A CSV cell a spreadsheet will not run as a formula (reasons are typed by staff)."""
    value = value or ""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def detail_text(detail: str | None) -> str:
    """The detail JSON as ``key: value`` pairs for display."""
    if not detail:
        return ""
    try:
        data = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return str(data)
    return "; ".join(f"{k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}" for k, v in data.items())
