"""The server enforces the roles: each staff account logs in as its own server role, and the server refuses
what that role may not read (a front-desk login selecting HIV test results), whatever program connects."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from dropin.clients.service import ClientInput, ClientService
from dropin.clock import FixedClock
from dropin.context import ServiceContext
from dropin.errors import LoginFailed
from dropin.incidents.service import IncidentService
from dropin.models import Base
from dropin.models.server import ServerDatabase, group_role, login_role
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role
from dropin.server import grants, setup
from dropin.server.connect import staff_login
from dropin.visits.service import ServiceGiven, VisitInput, VisitService
from tests.conftest import NOW, PASSWORD

#: who may read HIV test results at the server (independent of the code that makes the GRANTs)
READS_TESTS = {Role.PEER_COUNSELLOR, Role.MANAGER}
READS_INCIDENTS = {Role.LEGAL_ADVISOR, Role.MANAGER}
READS_CASEWORK = {Role.SOCIAL_WORKER, Role.MANAGER}


class Centre:
    def __init__(self, cluster, name):
        self.cluster, self.name = cluster, name
        self.clock = FixedClock(NOW)

    def url(self) -> str:
        return self.cluster.url(self.name)

    def login(self, username: str, password: str = PASSWORD):
        return staff_login(self.url(), username, password, self.clock)

    def raw(self, username: str, password: str = PASSWORD) -> psycopg.Connection:
        """A plain psycopg connection with one staff member's own server login: not through the app."""
        return self.cluster.connect(self.name, login_role(self.name, username), password)

    def ctx(self, username: str, password: str = PASSWORD) -> ServiceContext:
        db, user = self.login(username, password)
        self.opened.append(db)
        return ServiceContext(db, user, self.clock)


def _drop_roles(cluster, name: str) -> None:
    with cluster.connect() as conn:
        roles = [r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (name + "\\_%",))]
        for role in roles:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def centre(pg_cluster):
    """A database set up by ``server init`` with one account per role, each created by the manager's own login."""
    name = pg_cluster.new_database()
    centre = Centre(pg_cluster, name)
    centre.opened = []
    owner = ServerDatabase.open(centre.url())
    try:
        setup.apply(owner)
        AuthService(owner, centre.clock).create_first_manager("manager", PASSWORD)
    finally:
        owner.close()
    accounts = UserService(centre.ctx("manager"))
    centre.ids = {}
    for role in Role:
        if role is not Role.MANAGER:
            centre.ids[role] = accounts.create_user(role.value, PASSWORD, role).id
    try:
        yield centre
    finally:
        for db in centre.opened:
            db.close()
        pg_cluster.drop_database(name)
        _drop_roles(pg_cluster, name)


def _can_select(conn, table: str) -> bool:
    try:
        conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
        return True
    except errors.InsufficientPrivilege:
        return False


def test_front_desk_login_selecting_hiv_results_is_refused_by_the_server(centre):
    with centre.raw("front_desk") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT result FROM health.hts_tests").fetchall()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM health.hts_counselling_sessions").fetchall()
        for table in ("casework.shelter_case_notes", "casework.shelter_stay_cases", "health.audit_log"):
            assert not _can_select(conn, table), table
        assert _can_select(conn, "clients") and _can_select(conn, "visits")
    with centre.raw("peer_counsellor") as conn:
        assert _can_select(conn, "health.hts_tests")


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_reads_at_the_server_exactly_what_its_grants_allow(centre, role):
    username = "manager" if role is Role.MANAGER else role.value
    allowed = {g.table.name for g in grants.table_grants(role) if "SELECT" in g.privileges and not g.columns}
    with centre.raw(username) as conn:
        readable = {t.name for t in Base.metadata.sorted_tables if _can_select(conn, t.fullname)}
        assert readable == allowed
        assert ("hts_tests" in readable) == (role in READS_TESTS)
        assert ("hts_referrals" in readable) == (role in READS_TESTS)
        assert ("incidents" in readable) == (role in READS_INCIDENTS)
        assert ("shelter_case_notes" in readable) == (role in READS_CASEWORK)
        assert ("shelter_stay_cases" in readable) == (role in READS_CASEWORK)
        for store, readers in (("health", READS_TESTS), ("casework", READS_CASEWORK)):
            assert _can_select(conn, f"{store}.audit_log") == (role in readers), store
        for table in ("users", "audit_log"):
            assert table in readable


def test_the_audit_log_is_append_only_even_for_its_owner(centre):
    with centre.cluster.connect(centre.name) as owner:
        assert owner.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        with pytest.raises(errors.RaiseException, match="append-only"):
            owner.execute("UPDATE audit_log SET action = 'nothing' WHERE id = 1")
        with pytest.raises(errors.RaiseException, match="append-only"):
            owner.execute("DELETE FROM audit_log WHERE id = 1")
        with pytest.raises(errors.RaiseException, match="append-only"):
            owner.execute("TRUNCATE audit_log")
        for chain in ("health.audit_log", "casework.audit_log"):  # the stores' chains too
            with pytest.raises(errors.RaiseException, match="append-only"):
                owner.execute(f"TRUNCATE {chain}")  # (the statement trigger: these chains may be empty here)
    with centre.raw("manager") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_log SET action = 'nothing' WHERE id = 1")
    ctx = centre.ctx("manager")
    assert ctx.db.verify_audit().ok
    assert all(report.ok for report in ctx.db.verify_store_audits().values())
    assert not UserService(ctx).store_status().keyed  # no keys to manage: Admin → Stores says so


def test_the_server_refuses_a_wrong_password_and_a_disabled_account(centre):
    with pytest.raises(LoginFailed):
        centre.login("front_desk", "not-the-password")
    accounts = UserService(centre.ctx("manager"))
    accounts.update_user(centre.ids[Role.FRONT_DESK], active=False)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        centre.raw("front_desk")
    accounts.update_user(centre.ids[Role.FRONT_DESK], active=True)
    centre.raw("front_desk").close()


def test_a_role_change_regroups_the_server_login(centre):
    accounts = UserService(centre.ctx("manager"))
    accounts.update_user(centre.ids[Role.FRONT_DESK], role=Role.PEER_COUNSELLOR)
    with centre.raw("front_desk") as conn:
        assert _can_select(conn, "health.hts_tests")
    accounts.update_user(centre.ids[Role.FRONT_DESK], role=Role.FACILITATOR)
    with centre.raw("front_desk") as conn:
        assert not _can_select(conn, "health.hts_tests")
        groups = {
            r
            for (r,) in conn.execute(
                "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user"
            )
        }
    assert groups == {group_role(centre.name, Role.FACILITATOR)}


def test_password_changes_and_resets_reach_the_server_login(centre):
    own = UserService(centre.ctx("social_worker"))
    own.change_own_password(PASSWORD, "a-new-password-1")
    with pytest.raises(LoginFailed):
        centre.login("social_worker")
    centre.raw("social_worker", "a-new-password-1").close()
    UserService(centre.ctx("manager")).reset_password(centre.ids[Role.SOCIAL_WORKER], "one-time-password")
    centre.raw("social_worker", "one-time-password").close()


def test_a_staff_login_cannot_make_itself_more(centre):
    with centre.raw("front_desk") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT dropin_server.sync_staff('front_desk', 'manager', true, NULL)")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(f'GRANT "{group_role(centre.name, Role.MANAGER)}" TO current_user')
    with centre.raw("manager") as conn:  # the manager's function only ever makes staff logins
        with pytest.raises(errors.RaiseException, match="unknown staff role"):
            conn.execute("SELECT dropin_server.sync_staff('x', 'superuser', true, NULL)")
        with pytest.raises(errors.RaiseException, match="SCRAM"):
            conn.execute("SELECT dropin_server.sync_staff('x', 'front_desk', true, 'plain text')")


def test_the_services_work_through_each_staff_login(centre):
    front = centre.ctx("front_desk")
    client = ClientService(front).register(ClientInput(code="MAIV1990F", gender="female"))
    VisitService(front).record(VisitInput(client_id=client.id))
    IncidentService(front).hand_off(client.id, NOW.date())
    IncidentService(front).hand_off(client.id, NOW.date())  # finds the first one: nothing added
    with centre.raw("front_desk") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT place_type FROM legal.incidents").fetchall()
        with pytest.raises(errors.InsufficientPrivilege):  # not even the columns that find a hand-off
            conn.execute("SELECT client_id FROM legal.incidents").fetchall()
    assert IncidentService(centre.ctx("legal_advisor")).count() == 1
    assert front.db.verify_audit().ok


#: the summary rows the triggers keep from the visits (``dropin/models/rollups.py``): a row of each to write
SUMMARIES = {
    "visit_day_channels": ("day, channel, visits, anonymous", "'2020-01-01', 'walk_in', 1, 0"),
    "visit_day_services": ("day, service_id, lines, quantity", "'2020-01-01', 1, 1, 1"),
    "visit_client_years": (
        "year, client_id, age_band, gender, first_on, visits",
        "2020, {c}, '', NULL, '2020-01-01', 1",
    ),
    "visit_client_services": ("year, client_id, service_id, first_on, lines", "2020, {c}, 1, '2020-01-01', 1"),
}


def test_no_staff_login_writes_the_summary_rows_but_its_check_in_moves_them(centre):
    front = centre.ctx("front_desk")
    client = ClientService(front).register(ClientInput(code="SUMM1990F", gender="female"))
    VisitService(front).record(VisitInput(client_id=client.id, services=(ServiceGiven("male_condoms", 3),)))
    for role in Role:
        with centre.raw("manager" if role is Role.MANAGER else role.value) as conn:
            conn.autocommit = True
            for table, (columns, values) in SUMMARIES.items():
                assert _can_select(conn, table), (role, table)
                for statement in (
                    f"INSERT INTO {table} ({columns}) VALUES ({values.format(c=client.id)})",
                    f"UPDATE {table} SET {columns.split(', ')[-1]} = 99",
                    f"DELETE FROM {table}",
                    f"TRUNCATE {table}",
                ):
                    with pytest.raises(errors.InsufficientPrivilege):
                        conn.execute(statement)
            with pytest.raises(errors.InsufficientPrivilege):  # nor through the functions the triggers call
                conn.execute(f"SELECT dropin_rollup_client_service({client.id}, '2020-01-01', 1, 5)")
    VisitService(front).record(VisitInput(client_id=client.id, services=(ServiceGiven("male_condoms", 2),)))
    with centre.raw("front_desk") as conn:
        assert conn.execute("SELECT sum(visits) FROM visit_day_channels").fetchone()[0] == 2
        assert conn.execute("SELECT sum(quantity) FROM visit_day_services").fetchone()[0] == 5
        assert (
            conn.execute("SELECT visits FROM visit_client_years WHERE client_id = %s", (client.id,)).fetchone()[0] == 2
        )
        row = conn.execute("SELECT lines FROM visit_client_services WHERE client_id = %s", (client.id,)).fetchone()
        assert row[0] == 2
