"""Several desks writing to the centre's server at once, each with its own connection (threads that wait on
the server, not on each other): one bed one night has one guest, one client code one person, and the audit
chain stays one straight line."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from dropin.clients.service import ClientInput, ClientService
from dropin.context import ServiceContext
from dropin.errors import Conflict, DropinError
from dropin.models.clients import Client
from dropin.models.security import AuditEntry
from dropin.models.server import ServerDatabase
from dropin.security.roles import Role
from dropin.shelter.stays import StayService
from dropin.visits.service import VisitInput, VisitService
from tests.shelter_helpers import add_clients, setup_beds

DESKS = 4


@pytest.fixture
def server(pg_cluster, engine, db, users, clock):
    """The test's server database, and a way to open another desk's own connection to it."""
    if db.kind != "server":
        pytest.skip("the server's concurrency")
    desks = []

    def desk(role: Role) -> ServiceContext:
        other = ServerDatabase.open(db.url)
        desks.append(other)
        return ServiceContext(other, users[role], clock)

    yield desk
    for other in desks:
        other.close()


pytestmark = pytest.mark.parametrize("engine", ["postgres"], indirect=True)


def race(*actions):
    """Run the actions at the same instant in threads; their results or the errors they raised."""
    barrier = threading.Barrier(len(actions))
    results = [None] * len(actions)

    def run(i, action):
        barrier.wait()
        try:
            results[i] = action()
        except Exception as error:  # noqa: BLE001 - the test looks at what each desk got
            results[i] = error

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def admitting(ctx, code, bed):
    return lambda: StayService(ctx).admit(code, bed, reasons=("violence",))


def registering(ctx, code):
    return lambda: ClientService(ctx).register(ClientInput(code=code))


def test_two_desks_admitting_to_the_same_bed_the_same_night_one_wins(server, ctx_for):
    beds = setup_beds(ctx_for)
    for round_, bed in enumerate(sorted(beds.values())):  # several rounds: the race must not depend on luck
        first, second = f"AAAA199{round_}F", f"BBBB199{round_}F"
        add_clients(ctx_for(Role.MANAGER), first, second)
        desks = server(Role.SOCIAL_WORKER), server(Role.SOCIAL_WORKER)
        results = race(admitting(desks[0], first, bed), admitting(desks[1], second, bed))
        won = [r for r in results if not isinstance(r, Exception)]
        lost = [r for r in results if isinstance(r, Exception)]
        assert len(won) == 1 and len(lost) == 1, results
        assert isinstance(lost[0], Conflict), lost[0]
        assert "bed" in lost[0].message.lower() and lost[0].message.endswith(".")
    assert ctx_for(Role.MANAGER).db.verify_audit().ok


def test_two_desks_registering_the_same_code_never_make_one_code_twice(server, ctx_for):
    """The second desk gets the code with a number added (as one desk would), or a clear message."""
    for code in ("KLMN1990F", "ZQXJ1975M", "WOPR2001F"):
        results = race(*(registering(server(Role.FRONT_DESK), code) for _ in range(2)))
        won = [r.code for r in results if not isinstance(r, Exception)]
        lost = [r for r in results if isinstance(r, Exception)]
        assert all(isinstance(e, DropinError) and e.message for e in lost), lost
        assert code in won and len(set(won)) == len(won) >= 1, results
        with ctx_for(Role.MANAGER).transaction() as s:
            saved = list(s.scalars(select(Client.code).where(Client.code.startswith(code))))
        assert sorted(saved) == sorted(won)


def test_the_audit_chain_verifies_after_four_desks_write_at_once(server, ctx_for):
    codes = [f"DESK{d}X{i}" for d in range(DESKS) for i in range(6)]
    ids = add_clients(ctx_for(Role.MANAGER), *codes)
    desks = [server(Role.FRONT_DESK) for _ in range(DESKS)]

    def work(d):
        def run():
            service = VisitService(desks[d])
            for i in range(6):
                service.record(VisitInput(client_id=ids[f"DESK{d}X{i}"]))
            return True

        return run

    assert race(*(work(d) for d in range(DESKS))) == [True] * DESKS
    report = ctx_for(Role.MANAGER).db.verify_audit()
    assert report.ok, report
    with ctx_for(Role.MANAGER).transaction() as s:
        creates = s.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "create", AuditEntry.entity == "visits")
        )
    assert creates == DESKS * 6
