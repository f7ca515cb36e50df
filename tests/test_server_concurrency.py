"""Several desks writing to the centre's server at once, as separate computers do: each desk is a process of its
own (``tests/server_desk.py``) with its own connection and its own staff login. One bed one night has one
guest, one client code one person, the audit chain stays one straight line, and a desk killed in the middle of
its writes loses nothing it committed."""

from __future__ import annotations

import itertools
import json
import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dropin.models.clients import Client
from dropin.models.security import AuditEntry
from dropin.models.server import ServerDatabase
from dropin.models.visits import Visit
from dropin.security.auth import UserService
from dropin.security.roles import Role
from tests.conftest import NOW, PASSWORD
from tests.shelter_helpers import add_clients, setup_beds
from tests.test_server_roles import centre  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
DESKS = 4
CHECKINS = 25
WAIT_S = 60


class Desk:
    """One desk's process, logged in as ``username``; JSON lines in both directions."""

    def __init__(self, url: str, username: str):
        self.username = username
        self.errors = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.server_desk", url, username, NOW.isoformat()],
            cwd=ROOT,
            env={**os.environ, "DROPIN_USER_PASSWORD": PASSWORD},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
        self.lines: queue.Queue[dict | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))
        self.lines.put(None)  # the process ended

    def stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()

    def line(self) -> dict:
        try:
            got = self.lines.get(timeout=WAIT_S)
        except queue.Empty:
            raise AssertionError(f"desk {self.username} said nothing for {WAIT_S} s") from None
        assert got is not None, f"desk {self.username} ended: {self.stderr()}"
        return got

    def send(self, **command: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def close(self) -> str:
        """End the process; what it wrote on stderr."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        text = self.stderr()
        self.errors.close()
        return text


@pytest.fixture
def desks(centre):  # noqa: F811
    """``desks(role, n)``: n desk processes, each logged in with a staff account of its own of that role."""
    url = f"postgresql:///{centre.name}?host={centre.cluster.socket_dir}&port={centre.cluster.port}"
    accounts = UserService(centre.ctx("manager"))
    opened: list[Desk] = []

    def make(role: Role, n: int) -> list[Desk]:
        made = []
        for _ in range(n):
            name = f"{role.value}_desk{len(opened) + 1}"
            accounts.create_user(name, PASSWORD, role)
            made.append(Desk(url, name))
            opened.append(made[-1])
        for desk in made:  # logged in (the processes start side by side)
            assert "ready" in desk.line()
        return made

    yield make
    for desk in opened:
        errors = desk.close()
        assert "Traceback" not in errors, errors


_rounds = itertools.count()


def at_once(tmp_path: Path, desks: list[Desk], commands: list[dict]) -> None:
    """Give each desk its command, and start them all at the same instant once every one waits."""
    go = tmp_path / f"go{next(_rounds)}"
    for desk, command in zip(desks, commands, strict=True):
        desk.send(**command, go=str(go))
    for desk in desks:
        assert desk.line() == {"waiting": True}
    go.touch()


@pytest.fixture
def owner(centre):  # noqa: F811
    """The server database opened by its owner, to look at what the desks saved."""
    db = ServerDatabase.open(centre.url())
    yield db
    db.close()


def test_two_desks_admitting_to_the_same_bed_at_once_one_wins(centre, desks, owner, tmp_path):  # noqa: F811
    manager = centre.ctx("manager")
    beds = setup_beds(lambda role: manager)
    social = desks(Role.SOCIAL_WORKER, 2)
    for round_, bed in enumerate(sorted(beds.values())):  # several rounds: the race must not depend on luck
        first, second = f"AAAA199{round_}F", f"BBBB199{round_}F"
        add_clients(manager, first, second)
        at_once(
            tmp_path, social, [{"do": "admit", "code": first, "bed": bed}, {"do": "admit", "code": second, "bed": bed}]
        )
        results = [desk.line() for desk in social]
        won = [r for r in results if "ok" in r]
        lost = [r for r in results if "error" in r]
        assert len(won) == 1 and len(lost) == 1, results
        assert lost[0]["kind"] == "Conflict", lost[0]
        message = lost[0]["error"]
        assert "bed" in message.lower() and message.endswith(".") and "Error" not in message, message
    report = owner.verify_audit()
    assert report.ok, report


def test_two_desks_registering_the_same_code_make_one_client(desks, owner, tmp_path):
    """The second desk gets the code with a number added (as one desk would), or a clear message."""
    front = desks(Role.FRONT_DESK, 2)
    for code in ("KLMN1990F", "ZQXJ1975M", "WOPR2001F"):
        at_once(tmp_path, front, [{"do": "register", "code": code}] * 2)
        results = [desk.line() for desk in front]
        won = [r["ok"] for r in results if "ok" in r]
        lost = [r for r in results if "error" in r]
        assert all(r["error"].endswith(".") for r in lost), lost  # the app's message (a clash, or "similar code")
        assert won.count(code) == 1 and len(set(won)) == len(won), results
        with owner.session() as s:
            saved = sorted(s.scalars(select(Client.code).where(Client.code.startswith(code))))
            assert s.scalar(select(func.count(Client.id)).where(Client.code == code)) == 1
        assert saved == sorted(won)
    assert owner.verify_audit().ok


def _visits(owner: ServerDatabase, client_ids: list[int]) -> set[int]:
    with owner.session() as s:
        return set(s.scalars(select(Visit.id).where(Visit.client_id.in_(client_ids))))


def test_four_desks_checking_in_at_once_save_every_visit_and_the_chain_verifies(centre, desks, owner, tmp_path):  # noqa: F811
    manager = centre.ctx("manager")
    ids = list(add_clients(manager, *(f"DESK{d}X{i}" for d in range(DESKS) for i in range(CHECKINS))).values())
    front = desks(Role.FRONT_DESK, DESKS)
    mine = [ids[d * CHECKINS : (d + 1) * CHECKINS] for d in range(DESKS)]
    at_once(tmp_path, front, [{"do": "checkins", "clients": m} for m in mine])
    saved: set[int] = set()
    for desk in front:
        lines = [desk.line() for _ in range(CHECKINS + 1)]
        assert lines[-1] == {"done": CHECKINS}, lines[-1]
        saved |= {line["saved"] for line in lines[:-1]}
    assert len(saved) == DESKS * CHECKINS
    assert _visits(owner, ids) == saved
    report = owner.verify_audit()
    assert report.ok, report
    with owner.session() as s:
        creates = s.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "create", AuditEntry.entity == "visits")
        )
    assert creates == DESKS * CHECKINS


def test_a_desk_killed_in_the_middle_of_its_writes_loses_nothing_committed(centre, desks, owner, tmp_path):  # noqa: F811
    """SIGKILL a desk at a random moment while another desk writes too: every visit it was told was saved is
    there (at most the one it was saving besides), the other desk finishes, and the chain verifies."""
    rng = random.Random(int(os.environ.get("DROPIN_CRASH_SEED", "21")))
    manager = centre.ctx("manager")
    rounds = 3
    ids = add_clients(
        manager, *(f"{who}{r}X{i}" for who in ("KILL", "STAY") for r in range(rounds) for i in range(CHECKINS))
    )
    (steady,) = desks(Role.FRONT_DESK, 1)
    for r in range(rounds):
        (victim,) = desks(Role.FRONT_DESK, 1)
        victim_ids = [ids[f"KILL{r}X{i}"] for i in range(CHECKINS)]
        steady_ids = [ids[f"STAY{r}X{i}"] for i in range(CHECKINS)]
        at_once(tmp_path, [victim, steady], [{"do": "checkins", "clients": c} for c in (victim_ids, steady_ids)])
        told = set()
        for _ in range(rng.randint(1, CHECKINS // 2)):
            told.add(victim.line()["saved"])
        threading.Event().wait(rng.uniform(0, 0.03))  # a random moment of the next transaction
        os.kill(victim.proc.pid, signal.SIGKILL)
        assert victim.proc.wait(30) == -signal.SIGKILL
        while (line := victim.lines.get(timeout=WAIT_S)) is not None:
            told.add(line["saved"])  # lines written before the kill and not read yet
        present = _visits(owner, victim_ids)
        assert told <= present, sorted(told - present)
        assert len(present) <= len(told) + 1, (len(present), len(told))
        lines = [steady.line() for _ in range(CHECKINS + 1)]  # the other desk finishes its writes
        assert lines[-1] == {"done": CHECKINS}, lines[-1]
        assert _visits(owner, steady_ids) == {line["saved"] for line in lines[:-1]}
        assert owner.verify_audit().ok
    report = owner.verify_audit()
    assert report.ok, report
