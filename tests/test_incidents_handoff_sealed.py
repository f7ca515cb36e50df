"""A hand-off from check-in by a login without the legal store: sealed in the main file, readable by nobody
with the passphrase alone, taken into the legal store by its next holder with its own time and author."""

from __future__ import annotations

import pytest
import sqlcipher3
from sqlalchemy import select

from dropin.clients.service import ClientInput, ClientService
from dropin.context import ServiceContext
from dropin.incidents import handoffs
from dropin.incidents.service import IncidentService
from dropin.models.database import Database
from dropin.models.incidents import Incident, IncidentHandoff
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER, every_log


@pytest.fixture
def desk(db, users, db_path, clock):
    """The database as the front desk has it open: logged in, holding no store."""
    client = ClientService(ServiceContext(db, users[Role.FRONT_DESK], clock)).register(ClientInput("SEAL1990F"))
    AuthService(db, clock).login(Role.FRONT_DESK.value, PASSWORD)
    assert "legal" not in db.held_stores
    return ServiceContext(db, users[Role.FRONT_DESK], clock), client.id


def _main_rows(db_path) -> list[tuple]:
    conn = sqlcipher3.connect(str(db_path))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        conn.execute(f"PRAGMA kdf_iter = {TEST_KDF_ITER}")
        return conn.execute("SELECT * FROM incident_handoffs").fetchall()
    finally:
        conn.close()


def test_the_hand_off_is_a_sealed_box_in_the_main_file(desk, db, db_path):
    ctx, client_id = desk
    IncidentService(ctx).hand_off(client_id, ctx.today())
    rows = _main_rows(db_path)
    assert len(rows) == 1
    _id, sealed, taken = rows[0]
    assert taken is None and isinstance(sealed, bytes) and len(sealed) > 60
    # nothing readable inside: none of the message's words, its date or the client's code (a lone digit such as
    # the client's id turns up in random bytes about one time in four, so it proves nothing either way)
    for readable in (b"client_id", f'"client_id": {client_id}'.encode(), ctx.today().isoformat().encode(), b"SEAL"):
        assert readable not in sealed, readable
    with ctx.transaction() as s:
        assert not [e for e in every_log(s) if e.entity and e.entity.startswith("incident")]  # no trace in the log


def test_the_next_holder_takes_it_with_its_time_and_author(desk, db, users, clock):
    ctx, client_id = desk
    handed_at = clock.now()
    IncidentService(ctx).hand_off(client_id, ctx.today())
    IncidentService(ctx).hand_off(client_id, ctx.today())  # a double click: one incident
    clock.advance(days=2)
    AuthService(db, clock).login(Role.LEGAL_ADVISOR.value, PASSWORD)
    legal = IncidentService(ServiceContext(db, users[Role.LEGAL_ADVISOR], clock))
    assert legal.count(waiting_only=True) == 1
    rows = legal.rows()
    assert [r.waiting for r in rows] == [True]
    with legal.ctx.transaction() as s:
        incident = s.scalar(select(Incident))
        assert (incident.client_id, incident.from_checkin, incident.created_at) == (client_id, True, handed_at)
        assert incident.created_by_id == users[Role.FRONT_DESK].id
        assert all(h.taken_at is not None for h in s.scalars(select(IncidentHandoff)))
        taken = [e for e in every_log(s) if e.action == "handoff_taken"]
        assert len(taken) == 1 and taken[0].entity == "incidents"
    assert legal.count() == 1  # taken once


def test_a_box_sealed_to_another_database_is_left_unread(desk, db, users, tmp_path, clock):
    ctx, client_id = desk
    other = Database.create(tmp_path / "other.db", PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with other.session() as s:
            foreign = handoffs.get_setting(s, handoffs.PUBLIC_KEY_SETTING)
    finally:
        other.close()
    with ctx.transaction() as s:
        s.add(IncidentHandoff(sealed=handoffs.sealing.seal(bytes.fromhex(foreign), b"{}", handoffs.PURPOSE)))
    AuthService(db, clock).login(Role.LEGAL_ADVISOR.value, PASSWORD)
    legal = IncidentService(ServiceContext(db, users[Role.LEGAL_ADVISOR], clock))
    assert legal.count() == 0
