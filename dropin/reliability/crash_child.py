"""A writer process for crash and concurrency tests: ``python -m dropin.reliability.crash_child``.

It opens the database named by the environment and saves records in a loop
through the real service path (:meth:`ServiceContext.transaction`, session
hooks, chained audit log). After each commit *returns* it prints one line and
flushes, so a parent that kills the process at any moment knows exactly which
records must have survived:

    ready                      the database is open, writing starts
    <batch> <code> <code> ...  one committed transaction and the client codes it saved
    done                       (only with a count limit) every transaction is committed
    error <message>            a save failed with a user-facing error

A code reads ``<prefix><batch>-<index>-<size>``, so the parent can also check
that no transaction was saved in part.

``DROPIN_CRASH_MODE`` picks what happens between the commits:

    clients   (default) only the client records above
    areas     real service actions of every area (:mod:`dropin.reliability.area_actions`):
              ``try <record>`` before an action that overwrites, ``<batch> <record>`` after
              each; needs ``DROPIN_CRASH_SETUP`` and ``DROPIN_CRASH_USERS`` (JSON)
    backup    after each commit a backup into ``DROPIN_CRASH_OUT``: ``backup <path>``
    restore   after each commit the database is restored from ``DROPIN_CRASH_BACKUP``: ``restored``
    rekey     after each commit the passphrase changes between ``DROPIN_CRASH_PASSPHRASE`` and
              ``DROPIN_CRASH_PASSPHRASE2``: ``rekey <0|1>`` (the passphrase now in force)

Environment: ``DROPIN_CRASH_DB`` (path), ``DROPIN_CRASH_PASSPHRASE``,
``DROPIN_CRASH_KDF_ITER`` (default 4000), ``DROPIN_CRASH_USER_ID`` (an existing
account, so the created-by stamps satisfy the foreign keys),
``DROPIN_CRASH_PREFIX`` (code prefix, default ``K``), ``DROPIN_CRASH_COUNT``
(stop after this many transactions; 0 = until killed), ``DROPIN_CRASH_SEED``,
``DROPIN_CRASH_EXCLUSIVE=1`` (hold the database's lock, as the app does),
``DROPIN_CRASH_DIALOG=1`` (also show the app's file dialog on the database's
folder, print ``dialog`` once it has listed and drawn the files, and keep it
alive between commits), ``DROPIN_CRASH_PAUSE`` (seconds to wait between
commits, e.g. so a parent can act in between).
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from dropin.context import CurrentUser, ServiceContext
from dropin.errors import DropinError
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.reliability.area_actions import AreaActions

#: the file dialog and its application, kept alive between the commits
_kept: list[object] = []


def main() -> int:
    path = os.environ["DROPIN_CRASH_DB"]
    passphrases = [os.environ["DROPIN_CRASH_PASSPHRASE"], os.environ.get("DROPIN_CRASH_PASSPHRASE2", "")]
    kdf_iter = int(os.environ.get("DROPIN_CRASH_KDF_ITER", "4000"))
    user_id = int(os.environ.get("DROPIN_CRASH_USER_ID", "1"))
    prefix = os.environ.get("DROPIN_CRASH_PREFIX", "K")
    count = int(os.environ.get("DROPIN_CRASH_COUNT", "0"))
    mode = os.environ.get("DROPIN_CRASH_MODE", "clients")
    rng = random.Random(int(os.environ.get("DROPIN_CRASH_SEED", "0")))
    pause = float(os.environ.get("DROPIN_CRASH_PAUSE", "0"))
    exclusive = os.environ.get("DROPIN_CRASH_EXCLUSIVE") == "1" or mode in ("restore", "rekey")
    current = int(os.environ.get("DROPIN_CRASH_CURRENT", "0"))  # which passphrase is in force now

    login = os.environ.get("DROPIN_CRASH_LOGIN", "")  # "name:password": unwraps that account's stores

    def open_db() -> Database:
        opened = Database.open(path, passphrases[current], kdf_iter=kdf_iter, migrate=False, exclusive=exclusive)
        if login:
            from dropin.errors import LoginFailed
            from dropin.security.auth import AuthService

            name, _, password = login.partition(":")
            try:
                AuthService(opened).login(name, password)
            except LoginFailed:
                pass  # a database without that account: the main file only
        return opened

    db = open_db()
    ctx = ServiceContext(db, CurrentUser(user_id, "crash-writer", Role.MANAGER))
    areas = _area_actions(db, rng) if mode == "areas" else None
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    pump = (
        _show_dialog(os.path.dirname(os.path.abspath(path))) if os.environ.get("DROPIN_CRASH_DIALOG") == "1" else None
    )
    if pump is not None:
        out.write("dialog\n")
        out.flush()
    batch = 0
    last_code = None
    try:
        while not count or batch < count:
            batch += 1
            if areas is not None:
                area = areas.next_action()
                intent = areas.intent(area)
                if intent:
                    out.write(f"try {intent}\n")
                    out.flush()
                record = areas.run(area)
                out.write(f"{batch} {record}\n")
                out.flush()
                continue
            # Mostly one record per action (a check-in), sometimes a larger one (an import).
            size = 1 if rng.random() < 0.7 else rng.randint(2, 25)
            codes = [f"{prefix}{batch}-{i}-{size}" for i in range(size)]
            with ctx.transaction() as s:
                for code in codes:
                    s.add(Client(code=code, nickname="x" * rng.randint(0, 60), birth_year=1990))
                if last_code and rng.random() < 0.2:
                    # an edit to an earlier record in the same action (an audited "change")
                    earlier = s.scalar(select(Client).where(Client.code == last_code))
                    if earlier is not None:
                        earlier.nickname = f"edited in {batch}"
            # Only now is the action committed: report it.
            out.write(f"{batch} {' '.join(codes)}\n")
            out.flush()
            last_code = codes[-1]
            if mode == "backup":
                dest = os.path.join(os.environ["DROPIN_CRASH_OUT"], f"backup-{batch % 2}.dropin")
                db.backup(dest, force=True)
                out.write(f"backup {dest}\n")
                out.flush()
            elif mode == "restore":
                db.close()
                Database.restore(os.environ["DROPIN_CRASH_BACKUP"], path, passphrases[current], kdf_iter=kdf_iter)
                out.write("restored\n")
                out.flush()
                last_code = None
                db = open_db()
                ctx = ServiceContext(db, ctx.user)
            elif mode == "rekey":
                db.rekey(passphrases[1 - current])
                current = 1 - current
                out.write(f"rekey {current}\n")
                out.flush()
            if pump is not None:
                pump(0.01)
            if pause:
                time.sleep(pause)
    except DropinError as error:
        out.write(f"error {error.message}\n")
        out.flush()
        return 1
    finally:
        db.close()
    out.write("done\n")
    out.flush()
    return 0


def _area_actions(db: Database, rng: random.Random) -> AreaActions:
    from dropin.reliability.area_actions import AreaActions

    users = json.loads(os.environ["DROPIN_CRASH_USERS"])
    ctx = {Role(role): ServiceContext(db, CurrentUser(int(uid), role, Role(role))) for role, uid in users.items()}
    return AreaActions(ctx, json.loads(os.environ["DROPIN_CRASH_SETUP"]), rng)


def _show_dialog(folder: str) -> Callable[[float], None]:
    """The app's file dialog on ``folder``, drawn with every file listed; returns a function pumping its events."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dropin.ui.filedialogs import file_dialog

    app = QApplication.instance() or QApplication([])
    dialog = file_dialog(None, "Save backup as", folder, mode="save")
    dialog.show()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            app.processEvents()
            dialog.grab()  # paint: icons and types are asked for what is drawn
            if time.monotonic() >= end:
                break

    pump(1.5)
    _kept.append((app, dialog))  # alive while the process writes
    return pump


if __name__ == "__main__":
    raise SystemExit(main())
