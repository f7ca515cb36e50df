"""Role separation held by the encryption: with the files, the passphrase and a front-desk (or facilitator)
password, neither sqlcipher3 nor the app's own Database reads a health or case-work row."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sqlcipher3

from dropin.errors import DropinError
from dropin.models.database import Database
from dropin.models.stores import STORES, store_path
from dropin.models.testing import HivTest
from dropin.security.auth import AuthService, UserService
from dropin.security.permissions import stores_for
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.stores_helpers import MARKERS, fill

#: What someone with the files, the passphrase and their own password tries: every table of the main file,
#: and each store attached with every key they could think of: the passphrase, their password, raw keys
#: from argon2 over their password with every slot's salt, every 32-byte value found in the main file,
#: and every slot opened with their password or the passphrase.
ATTACK = r"""
import base64, json, sys
import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

main, passphrase, password, kdf_iter, stores = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
conn = sqlcipher3.connect(main)
conn.execute("PRAGMA key = " + '"' + passphrase.replace('"', '""') + '"')
conn.execute(f"PRAGMA kdf_iter = {kdf_iter}")
tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
dump, blobs = [], set()
for table in tables:
    for row in conn.execute(f'SELECT * FROM "{table}"'):
        for value in row:
            dump.append(repr(value))
            if isinstance(value, bytes) and len(value) >= 32:
                blobs.add(value[:32])
            if isinstance(value, str):
                for candidate in (value, value.strip()):
                    try:
                        raw = bytes.fromhex(candidate)
                    except ValueError:
                        try:
                            raw = base64.b64decode(candidate, validate=True)
                        except Exception:
                            continue
                    if len(raw) == 32:
                        blobs.add(raw)
slots = conn.execute("SELECT kdf, nonce, wrapped, kind, user_id, store FROM store_key_slots").fetchall()
secrets = [passphrase.encode(), password.encode()]
keys = set(blobs)
opened_slots = 0
for kdf, nonce, wrapped, kind, user_id, store in slots:
    kdf = json.loads(kdf)
    salt = base64.b64decode(kdf["salt"])
    for secret in secrets:
        kek = hash_secret_raw(secret, salt, kdf["t"], kdf["m"], kdf["p"], 32, Type.ID)
        keys.add(kek)
        aad = f"dropin-store-slot:v1:{kind}:{user_id or 0}:{store}".encode()
        try:
            keys.add(AESGCM(kek).decrypt(nonce, wrapped, aad))
            opened_slots += 1
        except Exception:
            pass
opened = []
for path in stores:
    attempts = [("text", passphrase), ("text", password)] + [("raw", k) for k in keys]
    for kind, key in attempts:
        literal = "x'" + key.hex() + "'" if kind == "raw" else key
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("ATTACH DATABASE ? AS s KEY ?", (path, literal))
            rows = probe.execute("SELECT name FROM s.sqlite_master").fetchall()
            opened.append(path)
            break
        except sqlcipher3.DatabaseError:
            pass
        finally:
            probe.close()
raw_text = "".join(open(p, "rb").read().decode("latin-1") for p in stores)
print(json.dumps({"tables": tables, "dump": " ".join(dump), "opened": opened, "opened_slots": opened_slots,
                  "keys_tried": len(keys), "raw_text": raw_text}))
"""


#: the front-desk and facilitator accounts' own passwords (the other accounts have PASSWORD)
OWN = {Role.FRONT_DESK: "front-desk-own-password", Role.FACILITATOR: "facilitator-own-password"}


@pytest.fixture
def filled(db, users, ctx_for):
    ids = fill(ctx_for(Role.SOCIAL_WORKER))
    accounts = UserService(ctx_for(Role.MANAGER))
    for role, password in OWN.items():
        accounts.create_user(f"own_{role.value}", password, role)
    db.close()
    return ids


def attack(db_path, password):
    files = [str(store_path(db_path, store)) for store in STORES]
    out = subprocess.run(
        [sys.executable, "-c", ATTACK, str(db_path), PASSPHRASE, password, str(TEST_KDF_ITER), *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.FACILITATOR])
def test_sqlcipher3_with_the_passphrase_and_their_own_password_reads_no_health_casework_or_legal_row(
    filled, db_path, role
):
    found = attack(db_path, OWN[role])
    assert not {"hts_tests", "hts_counselling_sessions", "hts_referrals", "hts_followup_attempts"} & set(
        found["tables"]
    )
    assert not {"shelter_case_notes", "shelter_goals", "shelter_stay_cases"} & set(found["tables"])
    assert not {"incidents", "incident_evidence", "legal_cases", "handoff_key"} & set(found["tables"])
    for marker in MARKERS:
        assert marker not in found["dump"], marker  # not in any row of the main file, the audit log included
        assert marker not in found["raw_text"], marker  # the store files are encrypted
    assert "reactive" not in found["dump"]
    assert found["keys_tried"] > 5
    assert found["opened_slots"] == 0  # no slot opens with the passphrase or their password
    assert found["opened"] == []  # no store file opens with any of those keys


def test_the_same_script_with_a_counsellors_password_opens_the_health_store(filled, db_path):
    """The attack is real: with a password that does hold a store, the same script opens it."""
    found = attack(db_path, PASSWORD)
    assert found["opened_slots"] >= 1
    assert str(store_path(db_path, "health")) in found["opened"]


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.FACILITATOR])
def test_the_apps_own_database_with_that_login_has_no_store(filled, db_path, role):
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(db).login(f"own_{role.value}", OWN[role])
        assert db.held_stores == frozenset()
        with pytest.raises(DropinError):
            with db.session() as s:
                s.query(HivTest).all()
        with db.engine.connect() as conn:
            names = {row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
        assert names == {"main"}
    finally:
        db.close()


def test_a_counsellors_login_holds_health_only(filled, db_path):
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(db).login(Role.PEER_COUNSELLOR.value, PASSWORD)
        assert db.held_stores == {"health"}
        with db.session() as s:
            assert [t.result for t in s.query(HivTest)] == ["reactive"]
        AuthService(db).login(Role.FRONT_DESK.value, PASSWORD)  # the next login on the same window
        assert db.held_stores == frozenset()
    finally:
        db.close()


def test_role_matrix_of_the_stores():
    assert {role: stores_for(role) for role in Role} == {
        Role.FRONT_DESK: frozenset(),
        Role.FACILITATOR: frozenset(),
        Role.OUTREACH_WORKER: frozenset(),
        Role.LEGAL_ADVISOR: {"legal"},
        Role.PEER_COUNSELLOR: {"health"},
        Role.SOCIAL_WORKER: {"casework"},
        Role.MANAGER: {"health", "casework", "legal"},
    }


def test_each_account_has_slots_only_for_its_roles_stores(db, users):
    from dropin.models.security import StoreKeySlot

    with db.session() as s:
        slots = {(r.user_id, r.store) for r in s.query(StoreKeySlot).filter(StoreKeySlot.kind == "account")}
        recovery = {r.store for r in s.query(StoreKeySlot).filter(StoreKeySlot.kind == "recovery")}
    expected = {(user.id, store) for role, user in users.items() for store in stores_for(role)}
    assert slots == expected
    assert recovery == set(STORES)


def test_the_main_log_names_no_health_or_casework_record(filled, db_path):
    """After a reactive test, a referral, a follow-up and a stay's case notes, the main log (readable with the
    passphrase) holds no entry about those records: they are in the stores' own chains."""
    conn = sqlcipher3.connect(str(db_path))
    quoted = PASSPHRASE.replace('"', '""')
    conn.execute(f'PRAGMA key = "{quoted}"')
    conn.execute(f"PRAGMA kdf_iter = {TEST_KDF_ITER}")
    entries = conn.execute("SELECT action, entity, entity_id, detail FROM audit_log").fetchall()
    conn.close()
    entities = {entity for _a, entity, _i, _d in entries}
    assert not {e for e in entities if e and (e.startswith("hts_") and e != "hts_kit_lots")}
    assert not entities & {"shelter_case_notes", "shelter_goals", "shelter_stay_cases"}
    tested = str(filled["tested"])
    about_the_client = [e for e in entries if e[1] == "clients" and e[2] == tested and e[0] != "create"]
    assert about_the_client == [] and not any(f'"client": {tested}' in (e[3] or "") for e in entries)
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(db).login("manager", PASSWORD)
        with db.engine.connect() as c:
            health = {r[0] for r in c.exec_driver_sql("SELECT entity FROM health.audit_log")}
            casework = {r[0] for r in c.exec_driver_sql("SELECT entity FROM casework.audit_log")}
        assert {"hts_tests", "hts_referrals", "hts_followup_attempts", "hts_counselling_sessions"} <= health
        assert {"shelter_case_notes", "shelter_goals", "shelter_stay_cases"} <= casework
        assert all(report.ok for report in db.verify_store_audits().values())
    finally:
        db.close()


def test_a_wrong_store_key_is_refused(db_path, db):
    db.close()
    conn = sqlcipher3.connect(":memory:")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("ATTACH DATABASE ? AS s KEY ?", (str(store_path(db_path, "health")), "x'" + "00" * 32 + "'"))
        conn.execute("SELECT * FROM s.sqlite_master").fetchall()
