"""Side doors to HIV results and to the log, closed: one-time reset passwords, sensitive account changes,
lockouts that tell nothing and can be lifted, honest passphrase rules, no cheap key derivation in production."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from dropin import cli
from dropin.cli import main
from dropin.context import ServiceContext
from dropin.errors import LoginFailed, PermissionDenied, ValidationError
from dropin.models.security import AuditEntry
from dropin.security import auth as auth_module
from dropin.security.auth import AuthService, UserService, refused_message
from dropin.security.passphrase import check_passphrase, estimate
from dropin.security.roles import Role
from dropin.testing.service import TestService
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

pytestmark = pytest.mark.both_engines


def entries(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


# ------------------------------------------------------------ resets
def test_a_reset_password_is_for_one_login_and_the_owner_is_told(db, users, ctx_for, clock):
    UserService(ctx_for(Role.MANAGER)).reset_password(users[Role.PEER_COUNSELLOR].id, "given-by-manager")
    user = AuthService(db, clock).login("peer_counsellor", "given-by-manager")
    assert (user.must_change_password, user.reset_by, user.reset_at) == (True, "manager", clock.now())
    ctx = ServiceContext(db, user, clock)
    with pytest.raises(PermissionDenied, match="choose your own password first"):
        TestService(ctx).break_glass_candidates("AB-1990-01")  # nothing is readable with it
    with pytest.raises(ValidationError, match="not the one the manager gave you"):
        UserService(ctx).change_own_password("given-by-manager", "given-by-manager")
    UserService(ctx).change_own_password("given-by-manager", "my-own-secret-9")
    assert not ctx.user.must_change_password
    again = AuthService(db, clock).login("peer_counsellor", "my-own-secret-9")
    assert not again.must_change_password
    reset = entries(db, "password_reset")[-1]
    assert reset.username == "manager"
    assert json.loads(reset.detail) == {"username": "peer_counsellor", "hiv_access": True}
    # the manager cannot use the one-time password to read results unseen: it no longer works
    with pytest.raises(LoginFailed):
        AuthService(db, clock).login("peer_counsellor", "given-by-manager")


def test_accounts_that_may_read_hiv_results_are_sensitive_events(db, users, ctx_for):
    service = UserService(ctx_for(Role.MANAGER))
    service.create_user("second_counsellor", PASSWORD, Role.PEER_COUNSELLOR)
    service.create_user("second_desk", PASSWORD, Role.FRONT_DESK)
    service.update_user(users[Role.FRONT_DESK].id, role=Role.PEER_COUNSELLOR)
    created = {
        json.loads(e.detail)["username"]: json.loads(e.detail)["hiv_access"] for e in entries(db, "account_created")
    }
    assert created["second_counsellor"] is True and created["second_desk"] is False
    change = json.loads(entries(db, "role_changed")[-1].detail)
    assert change == {"username": "front_desk", "from": "front_desk", "to": "peer_counsellor", "hiv_access": True}


# ------------------------------------------------------------ lockout
def test_unknown_known_and_locked_names_get_the_same_answer_after_the_same_work(db, users, clock, monkeypatch):
    calls = []
    real = auth_module.verify_password
    monkeypatch.setattr(auth_module, "verify_password", lambda h, p: calls.append(1) or real(h, p))
    auth = AuthService(db, clock)
    answers = []
    for name, password in (
        [("nobody", "x"), ("front_desk", "x")] + [("front_desk", "x")] * 4 + [("front_desk", PASSWORD)]
    ):  # the last: right password, but locked
        calls.clear()
        with pytest.raises(LoginFailed) as info:
            auth.login(name, password)
        answers.append(info.value.message)
        assert len(calls) == 1  # one password hash check each time, whatever the case
    assert set(answers) == {refused_message()}
    assert len(entries(db, "lockout")) == 1 and entries(db, "login_refused")


@pytest.mark.file_only  # the file's passphrase
def test_the_last_manager_locked_by_others_is_unlocked_with_the_passphrase(
    db, db_path, users, clock, monkeypatch, capsys
):
    auth = AuthService(db, clock)
    for _ in range(12):  # someone keeps trying the manager's name
        with pytest.raises(LoginFailed):
            auth.login("manager", "guess")
    with pytest.raises(LoginFailed):
        auth.login("manager", PASSWORD)
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    assert (
        main(
            [
                "users",
                "unlock",
                "--db",
                str(db_path),
                "--user",
                "manager",
                "--reason",
                "Locked by repeated guesses overnight",
            ]
        )
        == 0
    )
    assert "is unlocked" in capsys.readouterr().out
    assert auth.login("manager", PASSWORD).role is Role.MANAGER
    unlock = entries(db, "unlock")[-1]
    assert json.loads(unlock.detail) == {"username": "manager", "reason": "Locked by repeated guesses overnight"}
    assert main(["users", "unlock", "--db", str(db_path), "--user", "nobody", "--reason", "x y"]) == 2


def test_wrong_current_passwords_in_change_my_password_count_and_lock(db, users, ctx_for, clock):
    ctx = ctx_for(Role.SOCIAL_WORKER)
    for _ in range(5):
        with pytest.raises(ValidationError):
            UserService(ctx).change_own_password("guess", "new-password-1")
    assert len(entries(db, "password_change_failed")) == 5 and len(entries(db, "lockout")) == 1
    with pytest.raises(ValidationError):  # locked now: even the right one is refused for a while
        UserService(ctx).change_own_password(PASSWORD, "new-password-1")
    with pytest.raises(LoginFailed):
        AuthService(db, clock).login("social_worker", PASSWORD)
    clock.advance(minutes=1)
    UserService(ctx).change_own_password(PASSWORD, "new-password-1")
    assert AuthService(db, clock).login("social_worker", "new-password-1")


# ------------------------------------------------------------ passphrases
@pytest.mark.parametrize("weak", ["a", "12345678", "password123", "qwertyuiop"])
def test_weak_passphrases_are_refused_everywhere(weak, tmp_path, monkeypatch, capsys):
    with pytest.raises(ValidationError):
        check_passphrase(weak)
    monkeypatch.setenv("DROPIN_PASSPHRASE", weak)
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    assert main(["init", "--db", str(tmp_path / "weak.db"), "--admin", "boss"]) == 2
    assert not (tmp_path / "weak.db").exists()


@pytest.mark.file_only  # the file's passphrase
def test_rekey_applies_the_same_rules(db, db_path, users, monkeypatch, capsys):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    monkeypatch.setenv("DROPIN_NEW_PASSPHRASE", "password123")
    assert main(["rekey", "--db", str(db_path), "--user", "manager"]) == 2
    assert "too easy to guess" in capsys.readouterr().err


def test_the_strength_estimate_is_honest_about_common_words():
    four_words = estimate("correct horse battery staple")
    assert four_words.bits < 80  # not "about 135 bits": these are four of the most common words
    assert estimate("Tr0ub4dor&3").level < 2
    assert estimate("qwertyuiopasdfgh").level == 0  # a keyboard row, however long


def test_cheap_key_derivation_only_under_the_test_suite(monkeypatch):
    from dropin.config import DEFAULT_KDF_ITER

    monkeypatch.setenv("DROPIN_KDF_ITER", "4000")
    assert cli._kdf(None) == 4000
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    assert cli._kdf(None) == DEFAULT_KDF_ITER


def test_after_a_reset_the_owner_chooses_a_password_before_the_window_opens(
    db, users, ctx_for, clock, qtbot, monkeypatch
):
    from dropin.ui.shell.main_window import ChangePasswordDialog, ask_for_own_password

    UserService(ctx_for(Role.MANAGER)).reset_password(users[Role.FRONT_DESK].id, "given-by-manager")
    user = AuthService(db, clock).login("front_desk", "given-by-manager")
    ctx = ServiceContext(db, user, clock)
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.notice.text().startswith("manager reset your password on ")
    assert "this one login" in dialog.notice.text()
    monkeypatch.setattr(ChangePasswordDialog, "exec", lambda self: 0)  # the owner closes the dialog
    assert ask_for_own_password(ctx) is None  # back to the login, nothing opened

    def choose(self):
        for edit, text in (
            (self.old, "given-by-manager"),
            (self.new, "my-own-choice-7"),
            (self.repeat, "my-own-choice-7"),
        ):
            edit.setText(text)
        self.save()
        return self.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", choose)
    chosen = ask_for_own_password(ctx)
    assert chosen is not None and not chosen.must_change_password
    ordinary = ChangePasswordDialog(ctx_for(Role.FRONT_DESK))
    qtbot.addWidget(ordinary)
    assert ordinary.notice.isHidden()
