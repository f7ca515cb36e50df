"""``dropin bench``: check-in latency with four desks writing at once, the encrypted file beside the server.

Each desk has its own connection (its own :class:`Database` on the file; its own pool on the server) and
records check-ins as fast as it can while the others do the same; every check-in's time is kept, and the
median and 95th percentile are reported per engine. The server is ``$DROPIN_BENCH_SERVER`` (the URL of a
new, empty database the bench may fill) or, where PostgreSQL's programs are installed, a throwaway cluster.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dropin.i18n import translate

if TYPE_CHECKING:
    from dropin.bench import BenchEnv, Figure
    from dropin.context import ServiceContext

DESKS = 4
CHECKINS = {"tiny": 4, "small": 25, "full": 60}


def _race(contexts: Sequence[ServiceContext], client_ids: list[int], per_desk: int) -> list[float]:
    from dropin.visits.service import VisitInput, VisitService

    barrier = threading.Barrier(len(contexts))
    times: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def desk(number: int, ctx: ServiceContext) -> None:
        service = VisitService(ctx)
        mine = client_ids[number :: len(contexts)][:per_desk]
        barrier.wait()
        try:
            for client_id in mine:
                started = time.perf_counter()
                service.record(VisitInput(client_id=client_id))
                with lock:
                    times.append(time.perf_counter() - started)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=desk, args=(n, c)) for n, c in enumerate(contexts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return times


def _figures(key: str, label: str, times: list[float]) -> list[Figure]:
    from dropin.bench import Figure

    p95 = statistics.quantiles(times, n=20)[18] if len(times) >= 2 else times[0]
    note = translate("Bench", "%n check-ins", None, len(times))
    return [
        Figure(f"{key}_median", label.format(stat=translate("Bench", "median")), statistics.median(times), note=note),
        Figure(f"{key}_p95", label.format(stat=translate("Bench", "95th percentile")), p95, note=note),
    ]


def _file_times(env: BenchEnv, per_desk: int) -> list[float]:
    from dropin.bench import BENCH_PASSPHRASE
    from dropin.context import ServiceContext
    from dropin.models.database import Database
    from dropin.security.roles import Role

    desks = [Database.open(env.path, BENCH_PASSPHRASE, kdf_iter=env.db.kdf_iter) for _ in range(DESKS)]
    try:
        contexts = [ServiceContext(d, env.users[Role.FRONT_DESK], env.clock) for d in desks]
        return _race(contexts, [cid for cid, _ in env.clients[-DESKS * per_desk :]], per_desk)
    finally:
        for d in desks:
            d.close()


def _server_times(url: str, env: BenchEnv, per_desk: int) -> list[float]:
    """The same check-ins on a new server database with the same clients (the server's first
    ``DESKS * per_desk`` of them)."""
    import random

    from sqlalchemy import select

    from dropin.bench import BENCH_PASSWORD, insert_clients
    from dropin.context import CurrentUser, ServiceContext
    from dropin.models.clients import Client
    from dropin.models.server import ServerDatabase
    from dropin.security.auth import AuthService, UserService
    from dropin.security.roles import Role

    db = ServerDatabase.open(url, migrate=True)
    desks = []
    try:
        manager = AuthService(db, env.clock).create_first_manager("bench-manager", BENCH_PASSWORD)
        ctx = ServiceContext(db, manager, env.clock)
        info = UserService(ctx).create_user("bench-desk", BENCH_PASSWORD, Role.FRONT_DESK)
        insert_clients(ctx.transaction, random.Random(1), DESKS * per_desk, env.clock.now(), user_id=manager.id)
        with ctx.transaction() as s:
            ids = list(s.scalars(select(Client.id).order_by(Client.id)))
        desk = CurrentUser(info.id, info.username, info.role)
        desks = [ServerDatabase.open(url) for _ in range(DESKS)]
        return _race([ServiceContext(d, desk, env.clock) for d in desks], ids, per_desk)
    finally:
        for d in desks:
            d.close()
        db.close()


def measure_desks(env: BenchEnv) -> list[Figure]:
    from dropin.bench import skipped

    per_desk = CHECKINS.get(env.scale, 25)
    label_file = translate("Bench", "Check-in, 4 desks at once, encrypted file ({stat})")
    label_server = translate("Bench", "Check-in, 4 desks at once, PostgreSQL server ({stat})")
    figures = _figures("checkin_4_desks_file", label_file, _file_times(env, per_desk))
    url = os.environ.get("DROPIN_BENCH_SERVER")
    cluster = None
    try:
        if not url:
            from dropin.server.cluster import start_cluster

            cluster = start_cluster()
            if cluster is None:
                note = translate("Bench", "skipped (no PostgreSQL server: set DROPIN_BENCH_SERVER)")
                return figures + [
                    skipped(f"checkin_4_desks_server_{stat}", label_server.format(stat=name), note)
                    for stat, name in (
                        ("median", translate("Bench", "median")),
                        ("p95", translate("Bench", "95th percentile")),
                    )
                ]
            url = cluster.url(cluster.new_database(template=None))
        return figures + _figures("checkin_4_desks_server", label_server, _server_times(url, env, per_desk))
    finally:
        if cluster is not None:
            cluster.stop()
