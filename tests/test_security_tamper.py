"""An insider with the passphrase tries to hide what they did; ``dropin audit verify`` (alone, or with the seal
printed on an earlier report or backup) catches every attempt."""

from __future__ import annotations

import json
import shutil
import stat

import pytest
from sqlalchemy import select

from dropin.cli import main
from dropin.models.database import Database
from dropin.models.security import AuditEntry
from dropin.security import audit
from dropin.security.custody import backup as custody_backup
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)


@pytest.fixture
def worked(db, users, ctx_for):
    """A counsellor reads two tests, a manager breaks the glass on one."""
    counsellor, manager = ctx_for(Role.PEER_COUNSELLOR), ctx_for(Role.MANAGER)
    with counsellor.transaction() as s:
        counsellor.audit_read(s, "clients", 1)
        counsellor.audit_read(s, "clients", 2)
    with manager.transaction() as s:
        manager.audit(s, "break_glass", "clients", 1, {"reason": "Client asked for a copy at the clinic"})
        manager.audit_read(s, "clients", 1)
    with counsellor.transaction() as s:
        counsellor.audit_read(s, "clients", 3)
    return db


def seal_now(db) -> str:
    with db.engine.connect() as conn:
        return audit.current_seal(conn).text


def sql(db, statement: str, params=()):
    with db.engine.begin() as conn:
        conn.exec_driver_sql(statement, params)


def rechain(db) -> None:
    """What an insider with the passphrase can do: recompute every hash and forge the anchor."""
    with db.engine.begin() as conn:
        prev = audit.GENESIS
        for row in conn.execute(select(AuditEntry.__table__).order_by(AuditEntry.id)).mappings().all():
            values = dict(row, prev_hash=prev)
            values["hash"] = audit.row_hash(values)
            conn.exec_driver_sql(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, values["hash"], row["id"])
            )
            prev = values["hash"]
        key = audit.stored_anchor_key(conn)
        last_id, last = audit.last_entry(conn)
    audit.write_anchor(db.path, key, last_id, last, force=True)


def verify(db_path, capsys, *extra) -> tuple[int, str]:
    code = main(["audit", "verify", "--db", str(db_path), *extra])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def break_glass_id(db) -> int:
    with db.session() as s:
        return s.scalar(select(AuditEntry.id).where(AuditEntry.action == "break_glass"))


# ------------------------------------------------------------ verify alone
def test_untouched_log_verifies_and_its_seal_matches(worked, db_path, cli_env, capsys):
    seal = seal_now(worked)
    count = int(seal.split(":")[0]) + 1  # the command's own login is an entry too
    assert verify(db_path, capsys) == (0, f"Audit log intact: {count} records checked, and none is missing at the end.")
    code, text = verify(db_path, capsys, "--seal", seal)
    assert code == 0 and f"the seal {seal} still matches" in text


def test_forged_reason_without_recomputing_is_caught(worked, db_path, cli_env, capsys):
    target = break_glass_id(worked)
    sql(worked, "UPDATE audit_log SET detail = ? WHERE id = ?", (json.dumps({"reason": "routine"}), target))
    assert verify(db_path, capsys) == (
        1,
        f"Audit log broken at entry {target}: the entry was changed after it was written.",
    )


@pytest.mark.parametrize(
    "column,value",
    [
        ("username", "social_worker"),
        ("user_id", 3),
        ("entity_id", "9"),
        ("version", 1),
        ("at", "2026-11-23 09:59:59.000000"),
    ],
)
def test_every_column_is_covered_by_the_hash(worked, db_path, cli_env, capsys, column, value):
    target = break_glass_id(worked)
    sql(worked, f"UPDATE audit_log SET {column} = ? WHERE id = ?", (value, target))
    code, text = verify(db_path, capsys)
    assert code == 1 and f"entry {target}" in text


def test_one_entry_recomputed_breaks_the_next_link(worked, db_path, cli_env, capsys):
    target = break_glass_id(worked)
    with worked.engine.begin() as conn:
        row = dict(conn.execute(select(AuditEntry.__table__).where(AuditEntry.id == target)).mappings().one())
        row["detail"] = json.dumps({"reason": "routine"})
        conn.exec_driver_sql(
            "UPDATE audit_log SET detail = ?, hash = ? WHERE id = ?", (row["detail"], audit.row_hash(row), target)
        )
    assert verify(db_path, capsys) == (
        1,
        f"Audit log broken at entry {target + 1}: the link to the previous entry is broken.",
    )


def test_deleted_rows_are_caught_also_when_renumbered(worked, db_path, cli_env, capsys):
    target = break_glass_id(worked)
    sql(worked, "DELETE FROM audit_log WHERE id IN (?, ?)", (target, target + 1))
    assert verify(db_path, capsys)[0] == 1
    # close the gap: every later entry moves down two ids (hashes left as they were)
    sql(worked, "UPDATE audit_log SET id = id - 2 WHERE id > ?", (target,))
    code, text = verify(db_path, capsys)
    assert code == 1 and "Audit log broken at entry" in text


def test_deleting_the_anchor_fails_and_a_login_does_not_recreate_it(worked, db_path, cli_env, capsys, clock):
    from dropin.security.auth import AuthService

    audit.anchor_path(db_path).unlink()
    AuthService(worked, clock).login("manager", PASSWORD)  # ordinary work goes on
    assert not audit.anchor_path(db_path).exists()
    code, text = verify(db_path, capsys)
    assert code == 1 and "anchor file beside the database is missing" in text


def test_an_invalid_anchor_fails(worked, db_path, cli_env, capsys):
    path = audit.anchor_path(db_path)
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "id": data["id"] - 1}))
    code, text = verify(db_path, capsys)
    assert code == 1 and "does not belong to this log or was altered" in text


def test_cutting_the_end_is_caught_by_the_anchor(worked, db_path, cli_env, capsys):
    sql(worked, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    code, text = verify(db_path, capsys)
    # the command's own login takes the removed entry's id, so the anchor sees a different last entry
    assert code == 1 and "the last recorded entry was replaced" in text


# ------------------------------------------------------- with an earlier seal
def test_a_log_rewritten_with_the_passphrase_passes_alone_but_not_the_seal(worked, db_path, cli_env, capsys):
    seal = seal_now(worked)  # printed on last week's report
    target = break_glass_id(worked)
    sql(worked, "DELETE FROM audit_log WHERE id = ?", (target,))
    sql(worked, "UPDATE audit_log SET id = id - 1 WHERE id > ?", (target,))
    rechain(worked)
    assert verify(db_path, capsys)[0] == 0  # the insider's forgery is consistent...
    code, text = verify(db_path, capsys, "--seal", seal)  # ...until someone holds up the report
    assert code == 1 and "no longer produce this seal" in text


def test_a_forged_reason_rechained_is_caught_by_the_seal(worked, db_path, cli_env, capsys):
    seal = seal_now(worked)
    sql(
        worked,
        "UPDATE audit_log SET detail = ? WHERE id = ?",
        (json.dumps({"reason": "routine"}), break_glass_id(worked)),
    )
    rechain(worked)
    assert verify(db_path, capsys)[0] == 0
    code, text = verify(db_path, capsys, "--seal", seal)
    assert code == 1 and "no longer produce this seal" in text


def test_rollback_by_copying_an_older_file_is_caught_by_the_seal(
    worked, db_path, tmp_path, cli_env, capsys, users, clock
):
    from dropin.context import ServiceContext

    old_db, old_anchor = tmp_path / "old.db", tmp_path / "old.anchor"
    worked.close()  # the last connection folds the write-ahead log into the file
    shutil.copyfile(db_path, old_db)
    shutil.copyfile(audit.anchor_path(db_path), old_anchor)
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    manager = ServiceContext(db, users[Role.MANAGER], clock)
    with manager.transaction() as s:
        manager.audit(s, "break_glass", "clients", 3, {"reason": "curiosity"})
    seal = seal_now(db)  # the weekly report went out after the break-glass
    db.close()
    shutil.copyfile(old_db, db_path)
    shutil.copyfile(old_anchor, audit.anchor_path(db_path))
    assert verify(db_path, capsys)[0] == 0
    code, text = verify(db_path, capsys, "--seal", seal)
    assert code == 1 and "seal" in text


def test_rollback_by_restore_is_recorded_and_caught_by_the_seal(worked, db_path, tmp_path, cli_env, capsys, ctx_for):
    manager = ctx_for(Role.MANAGER)
    copy, backup_seal = custody_backup(manager, tmp_path / "monday.dropin")
    with manager.transaction() as s:
        manager.audit(s, "break_glass", "clients", 2, {"reason": "curiosity"})
    seal = seal_now(worked)  # printed on the weekly report
    worked.close()
    assert main(["restore", "--from", str(copy), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"Audit seal of the restored log: {backup_seal.text}; of the replaced log: " in out
    restored = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with restored.session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
        assert entry.username == "manager"
        assert json.loads(entry.detail)["backup_seal"] == backup_seal.text
        replaced = json.loads(entry.detail)["replaced_seal"]
        assert replaced in out and int(replaced.split(":")[0]) > int(seal.split(":")[0])
    finally:
        restored.close()
    assert verify(db_path, capsys)[0] == 0  # a restore is legitimate, and visible...
    code, text = verify(db_path, capsys, "--seal", seal)  # ...and the week's report shows what it undid
    assert code == 1 and "no longer produce this seal" in text


def test_reanchoring_is_explicit_recorded_and_caught_by_the_seal(worked, db_path, cli_env, capsys):
    seal = seal_now(worked)
    sql(worked, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert verify(db_path, capsys)[0] == 1
    assert main(["audit", "reanchor", "--db", str(db_path), "--reason", "short"]) == 2
    capsys.readouterr()
    assert (
        main(["audit", "reanchor", "--db", str(db_path), "--reason", "Anchor lost when the office disk was replaced"])
        == 0
    )
    assert "re-anchoring is recorded" in capsys.readouterr().out
    with worked.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reanchor")).one()
    detail = json.loads(entry.detail)
    assert entry.username == "manager" and detail["reason"] == "Anchor lost when the office disk was replaced"
    assert detail["previous"]["state"] == "valid"
    assert verify(db_path, capsys)[0] == 0
    code, text = verify(db_path, capsys, "--seal", seal)
    assert code == 1 and "no longer produce this seal" in text


def test_a_malformed_seal_is_a_user_error(worked, db_path, cli_env, capsys):
    assert main(["audit", "verify", "--db", str(db_path), "--seal", "twelve"]) == 2
    assert "A seal looks like" in capsys.readouterr().err


# ------------------------------------------------------------ the anchor file
def test_anchor_is_owner_only_and_no_shortcut_to_the_passphrase(worked, db_path):
    path = audit.anchor_path(db_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text())
    legacy = audit.hmac.new(
        audit._legacy_anchor_key(PASSPHRASE), f"{data['id']}:{data['hash']}".encode(), audit.hashlib.sha256
    ).hexdigest()
    assert data["seal"] != legacy  # guessing passphrases against the file gets nowhere
    with worked.engine.connect() as conn:
        key = audit.stored_anchor_key(conn)
    assert len(key) == 32 and audit.read_anchor(db_path, key) == (data["id"], data["hash"])


def test_backup_is_recorded_in_its_own_log(worked, db_path, tmp_path, ctx_for):
    out, seal = custody_backup(ctx_for(Role.MANAGER), tmp_path / "b.dropin")
    copy = Database.open(out, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with copy.session() as s:
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (last.action, last.username) == ("backup", "manager")
        assert copy.verify_audit(audit.parse_seal(seal.text)).ok
    finally:
        copy.close()


def test_commands_need_a_staff_login(worked, db_path, cli_env, monkeypatch, capsys):
    monkeypatch.delenv("DROPIN_USER")
    assert main(["audit", "verify", "--db", str(db_path)]) == 2
    assert "--user NAME" in capsys.readouterr().err
    monkeypatch.setenv("DROPIN_USER_PASSWORD", "wrong-password")
    assert main(["backup", "--db", str(db_path), "--user", "manager", "--out", str(db_path) + ".b"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    assert main(["backup", "--db", str(db_path), "--user", "front_desk", "--out", str(db_path) + ".b"]) == 2
    assert "does not allow" in capsys.readouterr().err
    with worked.session() as s:
        failed = s.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).all()
    assert [e.username for e in failed] == ["manager"]


# ------------------------------------------------------------ an existing centre upgrades
def test_an_older_log_and_anchor_keep_verifying_after_the_upgrade(tmp_path):
    import datetime as dt
    import hashlib
    import hmac

    from dropin.security.auth import AuthService
    from dropin.security.passwords import hash_password

    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0007_live_visit_index")
    prev = audit.GENESIS
    with old.engine.begin() as conn:
        for n, (action, entity, detail) in enumerate(
            [
                ("login", "users", None),
                ("read", "clients", None),
                ("break_glass", "clients", '{"reason": "clinic"}'),
            ],
            1,
        ):
            at = dt.datetime(2026, 11, 20, 9, n)
            h = audit.entry_hash(prev, at, 1, "manager", action, entity, "1", detail)
            conn.exec_driver_sql(
                "INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, detail, prev_hash, hash) "
                "VALUES (?, ?, 1, 'manager', ?, ?, '1', ?, ?, ?)",
                (n, at.strftime("%Y-%m-%d %H:%M:%S.000000"), action, entity, detail, prev, h),
            )
            prev = h
        conn.exec_driver_sql(  # an account made before one-time passwords existed
            "INSERT INTO users (id, username, role, password_hash, language, active, failed_logins, created_at, "
            "changed_at) VALUES (1, 'manager', 'manager', ?, 'en', 1, 0, '2026-01-05 10:00:00', "
            "'2026-01-05 10:00:00')",
            (hash_password(PASSWORD),),
        )
    old.close()
    legacy = hmac.new(audit._legacy_anchor_key(PASSPHRASE), f"3:{prev}".encode(), hashlib.sha256).hexdigest()
    audit.anchor_path(path).write_text(json.dumps({"id": 3, "hash": prev, "seal": legacy}))

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        report = db.verify_audit()
        assert report.ok and report.anchored and report.entries == 3
        data = json.loads(audit.anchor_path(path).read_text())
        assert data["v"] == 2 and data["seal"] != legacy  # resealed with the stored key
        assert stat.S_IMODE(audit.anchor_path(path).stat().st_mode) == 0o600
        with db.session({"user_id": None, "username": "manager"}) as s:
            audit.record(s, "read", "clients", 2)
        with db.session() as s:
            versions = [e.version for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert versions == [1, 1, 1, 2]
        assert db.verify_audit().ok and db.verify_audit().anchored
        user = AuthService(db).login("manager", PASSWORD)  # the account works, with no one-time password
        assert user.role is Role.MANAGER and not user.must_change_password
        assert db.verify_audit().ok and db.verify_audit().anchored
        sql(db, 'UPDATE audit_log SET detail = \'{"reason": "routine"}\' WHERE id = 3')
        assert not db.verify_audit().ok  # version-1 entries are still protected
    finally:
        db.close()


def test_audit_seal_command_prints_the_current_seal(worked, db_path, cli_env, capsys):
    assert main(["audit", "seal", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    with worked.engine.connect() as conn:
        seal = audit.current_seal(conn)  # after the command's own login entry
    assert out.startswith(f"Audit seal: {seal.text} ({seal.count} entries, head {seal.head}).")


def test_an_older_log_without_an_anchor_gets_one_through_a_recorded_reanchoring(tmp_path):
    import datetime as dt

    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0007_live_visit_index")
    at = dt.datetime(2026, 11, 20, 9, 0)
    h = audit.entry_hash(audit.GENESIS, at, None, None, "login", "users", "1", None)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_log (id, at, action, entity, entity_id, prev_hash, hash) "
            "VALUES (1, ?, 'login', 'users', '1', ?, ?)",
            (at.strftime("%Y-%m-%d %H:%M:%S.000000"), audit.GENESIS, h),
        )
    old.close()
    assert not audit.anchor_path(path).exists()
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert db.verify_audit().ok and db.verify_audit().anchored
        with db.session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reanchor")).one()
        assert json.loads(entry.detail)["previous"] == {"state": "missing"}
    finally:
        db.close()
    again = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # only at the upgrade, never again
    try:
        audit.anchor_path(path).unlink()
        again.close()
        again = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        assert not again.verify_audit().ok
    finally:
        again.close()
