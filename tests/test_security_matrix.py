"""The whole permission matrix, written out, and its enforcement in the services."""

from __future__ import annotations

import pytest

from dropin.context import ServiceContext, system_user
from dropin.errors import PermissionDenied
from dropin.security.auth import UserService
from dropin.security.permissions import MATRIX, Permission, can, require
from dropin.security.roles import Role

pytestmark = pytest.mark.both_engines


# Columns: front desk, peer counsellor, social worker, children's facilitator, outreach worker, manager.
ROLES = (
    Role.FRONT_DESK,
    Role.PEER_COUNSELLOR,
    Role.SOCIAL_WORKER,
    Role.FACILITATOR,
    Role.OUTREACH_WORKER,
    Role.MANAGER,
)
EXPECTED = """
client.lookup           x x x x . x
client.register         x x x . . x
client.view             x x x . . x
client.edit             x x x . . x
visit.record            x x x . . x
visit.view              x x x . . x
visit.void              x x x . . x
catalogue.manage        . . . . . x
test.record             . x . . . .
test.view               . x . . . .
test.break_glass        . . . . . x
test.referral_followup  . x . . . .
kit.view                . x . . . x
kit.manage              . x . . . x
kit.qc_record           . x . . . .
shelter.board           x x x . . x
shelter.stays           . . x . . x
shelter.case            . . x . . .
shelter.configure       . . . . . x
children.view           . . x x . x
children.manage         . . . x . x
report.view             . . . . . x
report.export           . . . . . x
report.internal         . . . . . x
report.submit           . . . . . x
users.manage            . . . . . x
settings.manage         . . . . . x
audit.view              . . . . . x
backup                  . . . . . x
outreach.record         . . . . x x
outreach.areas          . . . . . x
outreach.events         . . . . x x
incident.handoff        x x x . . x
incident.record         . . . . . .
incident.advocacy       . . . . . x
"""

#: Roles added later, each with its own column kept apart: the permissions it has (all others it lacks).
EXTRA_COLUMNS: dict[Role, set[str]] = {
    Role.LEGAL_ADVISOR: {"client.lookup", "incident.handoff", "incident.record", "incident.advocacy"},
}


def _table() -> dict[tuple[Role, Permission], bool]:
    table = {}
    for line in EXPECTED.strip().splitlines():
        name, *marks = line.split()
        assert len(marks) == len(ROLES), line
        for role, mark in zip(ROLES, marks, strict=True):
            assert mark in "x.", line
            table[(role, Permission(name))] = mark == "x"
    for role, allowed in EXTRA_COLUMNS.items():
        for permission in Permission:
            table[(role, permission)] = permission.value in allowed
    return table


TABLE = _table()


def test_table_covers_every_role_and_permission():
    assert {p for _, p in TABLE} == set(Permission)
    assert set(ROLES) | set(EXTRA_COLUMNS) == set(Role) == set(MATRIX)


@pytest.mark.parametrize(
    ("role", "permission"),
    sorted(TABLE, key=lambda k: (k[0].value, k[1].value)),
    ids=lambda v: str(v.value) if hasattr(v, "value") else str(v),
)
def test_matrix_cell(role, permission):
    expected = TABLE[(role, permission)]
    assert can(role, permission) is expected
    assert can(role.value, permission) is expected  # stored role strings work too
    if expected:
        require(role, permission)
    else:
        with pytest.raises(PermissionDenied) as info:
            require(role, permission)
        assert info.value.message == f"Your role ({role.label}) does not allow this."


def test_principles_of_the_issue():
    # front desk never receives HIV test results
    assert not can(Role.FRONT_DESK, Permission.TEST_VIEW)
    # only peer counsellors see results; the manager only through the logged break-glass
    assert [r for r in Role if can(r, Permission.TEST_VIEW)] == [Role.PEER_COUNSELLOR]
    assert [r for r in Role if can(r, Permission.TEST_BREAK_GLASS)] == [Role.MANAGER]
    # the facilitator never receives health, shelter-reason or incident data
    health_or_shelter = {p for p in Permission if p.value.startswith(("test.", "kit.", "shelter.", "visit."))}
    assert not {p for p in health_or_shelter if can(Role.FACILITATOR, p)}
    assert [r for r in Role if can(r, Permission.SHELTER_CASE)] == [Role.SOCIAL_WORKER]
    # the outreach worker records outreach and nothing else: no client lookup, list or file
    assert {p for p in Permission if can(Role.OUTREACH_WORKER, p)} == {
        Permission.OUTREACH_RECORD,
        Permission.EVENTS_RECORD,
    }


NON_MANAGERS = [r for r in Role if r is not Role.MANAGER]


@pytest.mark.parametrize("role", NON_MANAGERS, ids=lambda r: r.value)
def test_user_service_refuses_non_managers(ctx_for, users, role):
    service = UserService(ctx_for(role))
    target = users[Role.FRONT_DESK].id
    calls = [
        lambda: service.list_users(),
        lambda: service.create_user("someone", "password-456", Role.FRONT_DESK),
        lambda: service.update_user(target, role=Role.MANAGER),
        lambda: service.update_user(target, active=False),
        lambda: service.reset_password(target, "password-456"),
        lambda: service.set_idle_lock_minutes(30),
        lambda: service.set_language("ru", user_id=users[Role.MANAGER].id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    # nothing changed
    manager = UserService(ctx_for(Role.MANAGER))
    names = {u.username: u for u in manager.list_users()}
    assert "someone" not in names
    assert names["front_desk"].role is Role.FRONT_DESK and names["front_desk"].active
    assert names["manager"].language == "en"
    assert manager.idle_lock_minutes() == 5


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_everyone_may_change_own_password_and_language(ctx_for, role, db, clock):
    from dropin.security.auth import AuthService

    service = UserService(ctx_for(role))
    service.change_own_password("password-123", "another-password")
    service.set_language("ru")
    user = AuthService(db, clock).login(role.value if role is not Role.MANAGER else "manager", "another-password")
    assert user.language == "ru"


def test_manager_may_manage_users(ctx_for):
    service = UserService(ctx_for(Role.MANAGER))
    info = service.create_user("newcomer", "password-456", Role.PEER_COUNSELLOR, "New peer", "ky")
    assert (info.role, info.language, info.active) == (Role.PEER_COUNSELLOR, "ky", True)
    assert service.update_user(info.id, role=Role.SOCIAL_WORKER).role is Role.SOCIAL_WORKER
    assert service.update_user(info.id, active=False).active is False
    service.set_idle_lock_minutes(12)
    assert service.idle_lock_minutes() == 12


def test_not_logged_in_is_refused(db):
    ctx = ServiceContext(db, None)
    with pytest.raises(PermissionDenied) as info:
        UserService(ctx).list_users()
    assert info.value.message == "Please log in first."
    with pytest.raises(PermissionDenied) as info:
        ctx.acting  # noqa: B018 - the user a service acts for: there is none
    assert info.value.message == "Please log in first."
    assert ServiceContext(db, system_user()).acting == system_user()


def test_incident_principles():
    # incident details and legal cases: the legal advisor only
    assert [r for r in Role if can(r, Permission.INCIDENT_RECORD)] == [Role.LEGAL_ADVISOR]
    # the legal advisor sees no HIV data, no visits, no shelter case work, no children
    assert not {
        p
        for p in Permission
        if p.value.startswith(("test.", "kit.", "shelter.", "visit.", "children.")) and can(Role.LEGAL_ADVISOR, p)
    }
    # the manager sees advocacy aggregates, never details; the facilitator nothing of incidents
    assert can(Role.MANAGER, Permission.INCIDENT_ADVOCACY)
    assert not {p for p in Permission if p.value.startswith("incident.") and can(Role.FACILITATOR, p)}
