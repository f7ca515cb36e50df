"""``dropin bench``: check-in latency with four desks writing at once, the encrypted file beside the server.

Each desk is a process of its own (:mod:`dropin.server.bench_desk`), as the centre's computers are, with its
own connection, and records check-ins as fast as it can while the others do the same; every check-in's time
is kept, and the median and 95th percentile are reported per engine. The server is ``$DROPIN_BENCH_SERVER`` (the URL of a
new, empty database the bench may fill) or, where PostgreSQL's programs are installed, a throwaway cluster.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dropin.i18n import translate

if TYPE_CHECKING:
    from dropin.bench import BenchEnv, Figure
    from dropin.context import CurrentUser

DESKS = 4
CHECKINS = {"tiny": 4, "small": 25, "full": 60}


def _race(
    database: dict[str, Any], user: CurrentUser, now: dt.datetime, client_ids: list[int], per_desk: int
) -> list[float]:
    """Four desks, each a process of its own (:mod:`dropin.server.bench_desk`) with its own connection, check in
    ``per_desk`` clients each, started at the same instant once every desk has its database open; every
    check-in's time."""
    folder = Path(tempfile.mkdtemp(prefix="dropin-desks-"))
    go = folder / "go"
    desks: list[subprocess.Popen[str]] = []
    try:
        for number in range(DESKS):
            desk = subprocess.Popen(
                [sys.executable, "-m", "dropin.server.bench_desk"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            desks.append(desk)
            spec = {
                **database,
                "user": {"id": user.id, "username": user.username, "role": user.role.value},
                "now": now.isoformat(),
                "clients": client_ids[number::DESKS][:per_desk],
                "go": str(go),
            }
            assert desk.stdin is not None and desk.stdout is not None
            desk.stdin.write(json.dumps(spec) + "\n")
            desk.stdin.close()  # the passphrase goes by the pipe, never on a command line
        for desk in desks:
            assert desk.stdout is not None
            if desk.stdout.readline().strip() != "ready":
                raise _failed(desk)
        go.touch()
        times: list[float] = []
        for desk in desks:
            assert desk.stdout is not None
            answer = desk.stdout.readline()
            if not answer:
                raise _failed(desk)
            result = json.loads(answer)
            if "error" in result:
                from dropin.errors import DropinError

                raise DropinError(result["error"])
            times += result["times"]
        return times
    finally:
        for desk in desks:
            if desk.poll() is None:
                try:
                    desk.wait(60)
                except subprocess.TimeoutExpired:
                    desk.kill()
                    desk.wait()
            for stream in (desk.stdout, desk.stderr):
                if stream is not None:
                    stream.close()
        shutil.rmtree(folder, ignore_errors=True)


def _failed(desk: subprocess.Popen[str]) -> RuntimeError:
    desk.wait(60)
    errors = desk.stderr.read() if desk.stderr is not None else ""
    return RuntimeError(f"a bench desk ended with code {desk.returncode}: {errors[-2000:]}")


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
    from dropin.security.roles import Role

    database = {"path": str(env.path), "passphrase": BENCH_PASSPHRASE, "kdf_iter": env.db.kdf_iter}
    ids = [cid for cid, _ in env.clients[-DESKS * per_desk :]]
    return _race(database, env.users[Role.FRONT_DESK], env.clock.now(), ids, per_desk)


def _server_times(url: str, env: BenchEnv, per_desk: int) -> list[float]:
    """The same check-ins on a new server database with the same clients (the server's first
    ``DESKS * per_desk`` of them), prepared by a process of its own (:func:`dropin.server.bench_desk.prepare`):
    its accounts' password hashing (argon2id, 64 MiB each) and the server's driver stay out of the bench's memory."""
    from dropin.context import CurrentUser
    from dropin.security.roles import Role

    done = subprocess.run(
        [sys.executable, "-m", "dropin.server.bench_desk", "--prepare"],
        input=json.dumps({"url": str(url), "now": env.clock.now().isoformat(), "clients": DESKS * per_desk}) + "\n",
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the bench's server database could not be prepared: {done.stderr[-2000:]}")
    prepared = json.loads(done.stdout)
    user = prepared["user"]
    desk = CurrentUser(user["id"], user["username"], Role(user["role"]))
    return _race({"url": str(url)}, desk, env.clock.now(), prepared["clients"], per_desk)


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
