"""Small helpers shared by the shelter tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, select

from dropin.models.clients import Client
from dropin.models.shelter import ShelterBedNight
from dropin.security.roles import Role
from dropin.shelter.beds import BedService

D = dt.date


@contextmanager
def statements(database) -> Iterator[list[str]]:
    """Every SQL statement the database's engine sends while the block runs."""
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def held(ctx, stay_id):
    """The (night, bed) rows a stay holds, in order."""
    with ctx.transaction() as s:
        return list(
            s.execute(
                select(ShelterBedNight.night, ShelterBedNight.bed_id)
                .where(ShelterBedNight.stay_id == stay_id)
                .order_by(ShelterBedNight.night)
            )
        )


def add_clients(ctx, *codes) -> dict[str, int]:
    with ctx.transaction() as s:
        rows = [Client(code=c) for c in codes]
        s.add_all(rows)
        s.flush()
        return {r.code: r.id for r in rows}


SETUP_DAY = D(2026, 1, 1)


def setup_beds(ctx_for, start=SETUP_DAY) -> dict[str, int]:
    """Two rooms: Room 1 (A, B), Room 2 (A). Returns {"R1A": id, ...}."""
    beds = BedService(ctx_for(Role.MANAGER))
    r1 = beds.add_room("Room 1", 2)
    r2 = beds.add_room("Room 2", 2)
    return {
        "R1A": beds.add_bed(r1.id, "A", available_from=start).id,
        "R1B": beds.add_bed(r1.id, "B", available_from=start).id,
        "R2A": beds.add_bed(r2.id, "A", available_from=start).id,
    }


# ------------------------------------------------------------------ fast fixtures
# Creating five accounts hashes five passwords; the shelter tests copy one
# prepared database file per test instead (same fixtures names as conftest).

import pytest  # noqa: E402

from dropin.clock import FixedClock  # noqa: E402
from dropin.context import CurrentUser, ServiceContext  # noqa: E402
from dropin.models.database import Database  # noqa: E402
from dropin.security.auth import AuthService, UserService  # noqa: E402
from tests import pg  # noqa: E402
from tests.conftest import NOW, PASSPHRASE, PASSWORD, TEST_KDF_ITER, copy_database  # noqa: E402


@pytest.fixture(scope="session")
def shelter_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("shelter-template") / "template.db"
    database = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    keys = database.store_keys()
    clock = FixedClock(NOW)
    auth = AuthService(database, clock)
    manager = auth.create_first_manager("manager", PASSWORD, "Centre manager")
    service = UserService(ServiceContext(database, manager, clock))
    result = {Role.MANAGER: manager}
    for role in Role:
        if role is Role.MANAGER:
            continue
        info = service.create_user(role.value, PASSWORD, role)
        result[role] = CurrentUser(info.id, info.username, info.role, info.display_name, info.language)
    database.close()
    return path, result, keys


@pytest.fixture
def db(shelter_template, db_path, engine, request):
    def copy_file():
        template, _, keys = shelter_template
        copy_database(template, db_path)
        database = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        database.hold_stores(keys)  # the creator's hold on every store
        yield database
        database.close()

    yield from pg.templated(request, copy_file)


@pytest.fixture
def users(shelter_template, db, request):
    return pg.templated_users(request, shelter_template[1])
