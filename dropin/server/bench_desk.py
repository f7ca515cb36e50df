"""One desk of ``dropin bench``'s four-desks figure, in a process of its own: ``python -m dropin.server.bench_desk``.

As at a centre with several computers, each desk is its own program with its own connection. It reads one JSON
line on stdin: the database (``path``, ``passphrase`` and ``kdf_iter`` for the file, or ``url`` for the server),
the staff member at the desk (``user``: id, username, role), the moment the bench's clock shows (``now``), the
client ids to check in, and ``go``: a file whose appearance starts every desk at once. It prints ``ready`` once
the database is open, then, after its check-ins, one JSON line: ``{"times": [seconds, …]}`` (each check-in's
time) or ``{"error": message}``.

With ``--prepare`` it fills a new server database for the desks instead (:func:`prepare`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from typing import Any


def _open(spec: dict[str, Any]) -> Any:
    if "url" in spec:
        from dropin.models.server import ServerDatabase

        return ServerDatabase.open(spec["url"])
    from dropin.models.database import Database

    return Database.open(spec["path"], spec["passphrase"], kdf_iter=spec["kdf_iter"])


def prepare(spec: dict[str, Any]) -> dict[str, Any]:
    """A new server database (``url``) made ready for the desks: the bench's manager, the desk's account and
    ``clients`` clients; returns the desk's user and the client ids."""
    import random

    from sqlalchemy import select

    from dropin.bench import BENCH_PASSWORD
    from dropin.bench.centre import insert_clients
    from dropin.clock import FixedClock
    from dropin.context import ServiceContext
    from dropin.models.clients import Client
    from dropin.models.server import ServerDatabase
    from dropin.security.auth import AuthService, UserService
    from dropin.security.roles import Role

    clock = FixedClock(dt.datetime.fromisoformat(spec["now"]))
    db = ServerDatabase.open(spec["url"], migrate=True)
    try:
        manager = AuthService(db, clock).create_first_manager("bench-manager", BENCH_PASSWORD)
        ctx = ServiceContext(db, manager, clock)
        info = UserService(ctx).create_user("bench-desk", BENCH_PASSWORD, Role.FRONT_DESK)
        insert_clients(ctx.transaction, random.Random(1), spec["clients"], clock.now(), user_id=manager.id)
        with ctx.transaction() as s:
            ids = list(s.scalars(select(Client.id).order_by(Client.id)))
        return {"user": {"id": info.id, "username": info.username, "role": info.role.value}, "clients": ids}
    finally:
        db.close()


def main() -> int:
    if sys.argv[1:] == ["--prepare"]:
        print(json.dumps(prepare(json.loads(sys.stdin.readline()))), flush=True)
        return 0
    from dropin.clock import FixedClock
    from dropin.context import CurrentUser, ServiceContext
    from dropin.errors import DropinError
    from dropin.security.roles import Role
    from dropin.visits.service import VisitInput, VisitService

    spec = json.loads(sys.stdin.readline())
    db = _open(spec)
    try:
        user = spec["user"]
        clock = FixedClock(dt.datetime.fromisoformat(spec["now"]))
        ctx = ServiceContext(db, CurrentUser(user["id"], user["username"], Role(user["role"])), clock)
        service = VisitService(ctx)
        print("ready", flush=True)
        while not os.path.exists(spec["go"]):
            time.sleep(0.001)
        times = []
        try:
            for client_id in spec["clients"]:
                started = time.perf_counter()
                service.record(VisitInput(client_id=client_id))
                times.append(time.perf_counter() - started)
        except DropinError as error:
            print(json.dumps({"error": error.message}), flush=True)
            return 1
        print(json.dumps({"times": times}), flush=True)
        return 0
    finally:
        db.close()


if __name__ == "__main__":
    raise SystemExit(main())
