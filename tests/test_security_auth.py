"""Logins: success, wrong password, unknown user, lockout with back-off, audit entries."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dropin.errors import LoginFailed, ValidationError
from dropin.models.security import AuditEntry, User
from dropin.security.auth import AuthService, UserService, lockout_seconds
from dropin.security.roles import Role
from tests.conftest import NOW, PASSWORD

pytestmark = pytest.mark.both_engines


def audit_rows(db, action=None):
    with db.session() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(s.scalars(query))


def user_row(db, username):
    with db.session() as s:
        return s.scalar(select(User).where(User.username == username))


def test_login_success_is_audited(db, users, clock):
    auth = AuthService(db, clock)
    user = auth.login("peer_counsellor", PASSWORD)
    assert (user.username, user.role) == ("peer_counsellor", Role.PEER_COUNSELLOR)
    entry = audit_rows(db, "login")[-1]
    assert (entry.user_id, entry.username, entry.entity, entry.entity_id, entry.at) == (
        user.id,
        "peer_counsellor",
        "users",
        str(user.id),
        NOW,
    )
    assert user_row(db, "peer_counsellor").last_login_at == NOW


def test_password_is_stored_as_argon2id(db, users):
    stored = user_row(db, "front_desk").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


REFUSED = (
    "Wrong user name or password. After 5 failed attempts in a row an account also waits a while before "
    "it accepts its password again."
)


def test_wrong_password_and_unknown_user_same_message_and_audited(db, users, clock):
    auth = AuthService(db, clock)
    with pytest.raises(LoginFailed) as wrong:
        auth.login("front_desk", "not-the-password")
    with pytest.raises(LoginFailed) as unknown:
        auth.login("nobody", PASSWORD)
    assert wrong.value.message == unknown.value.message == REFUSED
    failed = audit_rows(db, "login_failed")
    assert len(failed) == 2
    assert failed[0].entity_id == str(users[Role.FRONT_DESK].id) and json.loads(failed[0].detail) == {"failed": 1}
    assert failed[1].entity_id is None and json.loads(failed[1].detail) == {"username": "nobody"}
    assert failed[1].username == "nobody" and failed[1].user_id is None


def test_backoff_schedule():
    assert [lockout_seconds(n) for n in range(0, 5)] == [0, 0, 0, 0, 0]
    assert [lockout_seconds(n) for n in range(5, 10)] == [30, 60, 120, 240, 480]
    assert lockout_seconds(12) == 3600 and lockout_seconds(40) == 3600


def test_lockout_after_five_failures_with_backoff(db, users, clock):
    auth = AuthService(db, clock)
    for _attempt in range(4):
        with pytest.raises(LoginFailed) as info:
            auth.login("social_worker", "wrong-password")
        assert info.value.message == REFUSED
    with pytest.raises(LoginFailed) as info:
        auth.login("social_worker", "wrong-password")
    assert info.value.message == REFUSED  # a locked account answers like an unknown name
    assert user_row(db, "social_worker").locked_until == NOW + dt.timedelta(seconds=30)

    # the right password is refused while locked, and that is audited too
    clock.advance(seconds=29)
    with pytest.raises(LoginFailed) as info:
        auth.login("social_worker", PASSWORD)
    assert info.value.message == REFUSED
    assert audit_rows(db, "login_refused")[-1].entity_id == str(users[Role.SOCIAL_WORKER].id)

    # after the lock time, another failure doubles the wait (back-off)
    clock.advance(seconds=2)
    with pytest.raises(LoginFailed) as info:
        auth.login("social_worker", "wrong-password")
    assert user_row(db, "social_worker").locked_until == clock.now() + dt.timedelta(seconds=60)
    clock.advance(seconds=61)
    for _ in range(2):
        with pytest.raises(LoginFailed):
            auth.login("social_worker", "wrong-password")
        clock.advance(hours=2)
    assert user_row(db, "social_worker").failed_logins == 8

    # success after the lock time resets the counter
    user = auth.login("social_worker", PASSWORD)
    assert user.role is Role.SOCIAL_WORKER
    row = user_row(db, "social_worker")
    assert (row.failed_logins, row.locked_until) == (0, None)
    assert len(audit_rows(db, "login_failed")) == 8


def test_back_off_doubles_the_wait(db, users, clock):
    auth = AuthService(db, clock)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.login("front_desk", "x")
        clock.advance(hours=2)
    with pytest.raises(LoginFailed) as info:
        auth.login("front_desk", "x")  # 6th failure: 60 s
    assert info.value.message == REFUSED
    assert user_row(db, "front_desk").locked_until == clock.now() + dt.timedelta(seconds=60)
    clock.advance(hours=2)
    for _ in range(3):  # 7th..9th: 120, 240, 480 s
        with pytest.raises(LoginFailed) as info:
            auth.login("front_desk", "x")
        last = clock.now()
        clock.advance(hours=2)
    assert user_row(db, "front_desk").locked_until == last + dt.timedelta(seconds=480)
    assert len(audit_rows(db, "lockout")) == 5


def test_reset_password_unlocks(db, users, clock, ctx_for):
    auth = AuthService(db, clock)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.login("facilitator", "x")
    UserService(ctx_for(Role.MANAGER)).reset_password(users[Role.FACILITATOR].id, "fresh-password")
    assert auth.login("facilitator", "fresh-password").role is Role.FACILITATOR


def test_inactive_account_cannot_log_in(db, users, clock, ctx_for):
    UserService(ctx_for(Role.MANAGER)).update_user(users[Role.FRONT_DESK].id, active=False)
    with pytest.raises(LoginFailed) as info:
        AuthService(db, clock).login("front_desk", PASSWORD)
    assert info.value.message == REFUSED


def test_confirm_for_screen_unlock_uses_the_same_checks(db, users, clock):
    auth = AuthService(db, clock)
    user = users[Role.PEER_COUNSELLOR]
    with pytest.raises(LoginFailed):
        auth.confirm(user, "wrong-password")
    assert auth.confirm(user, PASSWORD).id == user.id


def test_last_manager_cannot_be_removed(ctx_for, users):
    service = UserService(ctx_for(Role.MANAGER))
    with pytest.raises(ValidationError) as info:
        service.update_user(users[Role.MANAGER].id, role=Role.FRONT_DESK)
    assert info.value.message == "The centre needs at least one active manager."
    with pytest.raises(ValidationError):
        service.update_user(users[Role.MANAGER].id, active=False)


def test_first_manager_only_once(db, users, clock):
    with pytest.raises(ValidationError):
        AuthService(db, clock).create_first_manager("second", PASSWORD)


def test_password_rules(ctx_for):
    service = UserService(ctx_for(Role.MANAGER))
    with pytest.raises(ValidationError) as info:
        service.create_user("shorty", "short", Role.FRONT_DESK)
    assert (info.value.message, info.value.field) == ("A password needs at least 8 characters.", "password")
    with pytest.raises(ValidationError) as info:
        service.create_user("front_desk", PASSWORD, Role.FRONT_DESK)
    assert info.value.field == "username"
