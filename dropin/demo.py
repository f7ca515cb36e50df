"""``dropin demo``: a database full of realistic, entirely synthetic data.

Each area contributes a module with ``generate(ctx, rng, start, end) -> dict``
(its ``demo`` in :mod:`dropin.areas`, run in the registry's order); the summary counts are printed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from dropin.areas import AREAS, installed
from dropin.clock import Clock, FixedClock
from dropin.context import CurrentUser, ServiceContext
from dropin.models.database import DEFAULT_KDF_ITER, Database
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role

DEMO_PASSPHRASE = "demo passphrase"
DEMO_PASSWORD = "demo-password"
DEMO_ACCOUNTS = {
    Role.MANAGER: "manager",
    Role.FRONT_DESK: "frontdesk",
    Role.PEER_COUNSELLOR: "counsellor",
    Role.SOCIAL_WORKER: "social",
    Role.FACILITATOR: "facilitator",
    Role.OUTREACH_WORKER: "outreach",
    Role.LEGAL_ADVISOR: "legal",
}

#: each area's ``demo`` module (:mod:`dropin.areas`), in the registry's order
DEMO_STEPS = [item.demo for item in AREAS if item.demo]


@dataclass
class DemoResult:
    path: Path
    passphrase: str
    accounts: dict[Role, str]
    password: str
    counts: dict[str, int] = field(default_factory=dict)


def create_accounts(db: Database, clock: Clock | None) -> dict[Role, CurrentUser]:
    auth = AuthService(db, clock)
    manager = auth.create_first_manager(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD, "Demo manager")
    users = {Role.MANAGER: manager}
    service = UserService(ServiceContext(db, manager, clock))
    for role, username in DEMO_ACCOUNTS.items():
        if role is Role.MANAGER:
            continue
        info = service.create_user(username, DEMO_PASSWORD, role, display_name=f"Demo {role.label.lower()}")
        users[role] = CurrentUser(info.id, info.username, info.role, info.display_name, info.language)
    return users


def _clock(today: dt.date | None) -> FixedClock:
    moment = dt.datetime.now().replace(microsecond=0)
    if today is not None and today != moment.date():
        moment = dt.datetime.combine(today, dt.time(19, 30))  # a past day: the whole day is recorded
    return FixedClock(moment)


def fill(db: Database, clock: FixedClock, *, weeks: int, seed: int) -> dict[str, int]:
    """The demo accounts, then every area's demo data for the ``weeks`` weeks up to the clock's day."""
    users = create_accounts(db, clock)
    rng = random.Random(seed)
    today = clock.today()
    start = today - dt.timedelta(weeks=weeks)
    counts: dict[str, int] = {}
    for name in DEMO_STEPS:
        module = installed(name)
        if module is None:
            continue
        ctx = ServiceContext(db, users[Role.MANAGER], clock)
        counts.update(module.generate(ctx, rng, start, today, users=users) or {})
    return counts


def build_demo(
    path: str | Path,
    *,
    weeks: int = 26,
    seed: int = 1,
    passphrase: str = DEMO_PASSPHRASE,
    kdf_iter: int = DEFAULT_KDF_ITER,
    today: dt.date | None = None,
) -> DemoResult:
    """Create a new demo database at ``path`` covering the last ``weeks`` weeks."""
    clock = _clock(today)
    db = Database.create(path, passphrase, kdf_iter)
    try:
        result = DemoResult(Path(path), passphrase, dict(DEMO_ACCOUNTS), DEMO_PASSWORD)
        result.counts.update(fill(db, clock, weeks=weeks, seed=seed))
        return result
    finally:
        db.close()


def build_server_demo(
    url: str, *, weeks: int = 26, seed: int = 1, today: dt.date | None = None, ca_file: str | None = None
) -> dict[str, int]:
    """Fill a server database that ``dropin server init`` made (and no account uses yet) with the same demo as
    the file's, connected as the server's owner; each demo account gets its server login and password."""
    from sqlalchemy import func, select

    from dropin.errors import DropinError
    from dropin.i18n import translate
    from dropin.models.security import User
    from dropin.models.server import ServerDatabase

    db = ServerDatabase.open(url, ca_file=ca_file)
    try:
        if not db.has_staff_roles():
            raise DropinError(
                translate("Server", "Run dropin server init on the database first: it gives the accounts their logins.")
            )
        with db.session() as s:
            if s.scalar(select(func.count(User.id))):
                raise DropinError(
                    translate(
                        "Server",
                        "The database {name} on the server already has accounts; the demo goes only into a new one.",
                    ).format(name=db.database)
                )
        return fill(db, _clock(today), weeks=weeks, seed=seed)
    finally:
        db.close()
