"""Bad input: every service either succeeds or raises a clear ``DropinError``, never anything else, never half-saves.

The helpers at the top are meant to be reused for each area's services:

    counts = row_counter(db)                       # rows per table, for "nothing half-saved"
    assert_clean_failure(lambda: service.check_in(code=..., ...), counts)

and the strategies (``odd_text``, ``odd_ids``, ``odd_numbers``, ``odd_dates``) cover
the usual suspects: empty, whitespace, very long, unicode, control characters,
SQL-looking text, wrong types.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from dropin.clock import FixedClock
from dropin.context import CurrentUser, ServiceContext
from dropin.errors import DropinError, LoginFailed, ValidationError
from dropin.models import Base
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.models.security import AuditEntry, User
from dropin.security.audit import verify_chain
from dropin.security.auth import LANGUAGES, AuthService, UserService
from dropin.security.roles import Role
from dropin.validation import CODE_MAX, DOCUMENT_MAX, LONG_MAX, NAME_MAX, SHORT_MAX
from tests.conftest import NOW, PASSPHRASE, PASSWORD, TEST_KDF_ITER

# ------------------------------------------------------------------ helpers
pytestmark = pytest.mark.both_engines


PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
#: for actions that hash a password (argon2 takes a noticeable moment per call)
PROPERTY_SLOW = settings(PROPERTY, max_examples=15)


def row_counter(db: Database, exclude: tuple[str, ...] = ()) -> Callable[[], dict[str, int]]:
    """A function returning the number of rows in every table (all areas' tables, whatever is installed)."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in exclude]

    def count() -> dict[str, int]:
        from dropin.models.stores import attached

        with db.engine.connect() as conn:
            held = set(attached(conn))  # a login that holds no store has none of its tables
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in tables
                if t.schema is None or t.schema in held
            }

    return count


def assert_clean_failure(action: Callable[[], Any], count_rows: Callable[[], dict[str, int]]) -> Any:
    """Run ``action``: it may succeed (returns its result) or raise a :class:`DropinError`
    with a real message, in which case nothing may have been written (returns the error).
    Any other exception fails the test."""
    before = count_rows()
    try:
        return action()
    except DropinError as error:
        assert isinstance(error.message, str) and error.message.strip(), repr(error)
        assert error.message[-1] in ".?!)", f"not a whole sentence: {error.message!r}"
        assert "Traceback" not in error.message and "sqlite" not in error.message.lower()
        after = count_rows()
        assert after == before, f"a failed action wrote rows: {before} -> {after}"
        return error


def chain_ok(db: Database) -> bool:
    with db.engine.connect() as conn:
        return verify_chain(conn).ok


EDGE_TEXT = [
    "",
    " ",
    "\t",
    "\n",
    "\u200b",
    "\u00a0",
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "'",
    '"',
    "';--",
    "%",
    "_",
    "\\",
    "Robert'); DROP TABLE users;--",
    "NULL",
    "None",
    "0",
    "-1",
    "ü" * 64,
    "ü" * 65,
    "a" * 64,
    "a" * 65,
    "x" * 10_000,
    "👩‍👩‍👧" * 20,
    "עברית",
    "مرحبا",
    "кириллица",
    "\ufeffBOM",
    "e\u0301",
    # text the database cannot store: lone surrogate halves (not valid UTF-8)
    "\ud800",
    "a\udfffb",
    "\udc80" * 3,
    "😀\ud83d",
    # one character over each stated limit, and far over
    *("y" * (limit + 1) for limit in (CODE_MAX, SHORT_MAX, NAME_MAX, LONG_MAX, DOCUMENT_MAX)),
    "z" * 100_000,
]
#: a lone surrogate half somewhere in ordinary text
surrogate_text = st.builds(
    lambda head, half, tail: head + half + tail,
    st.text(max_size=12),
    st.integers(min_value=0xD800, max_value=0xDFFF).map(chr),
    st.text(max_size=12),
)
#: text just over, at or far over one of the limits
over_long_text = st.builds(
    lambda limit, extra, ch: ch * (limit + extra),
    st.sampled_from([CODE_MAX, SHORT_MAX, NAME_MAX, LONG_MAX, DOCUMENT_MAX]),
    st.sampled_from([0, 1, 2, 1000]),
    st.sampled_from(["a", "я", "😀"]),
)
odd_text = st.one_of(
    st.sampled_from(EDGE_TEXT),
    st.text(max_size=80),
    st.text(min_size=100, max_size=400),
    surrogate_text,
    over_long_text,
)
odd_optional_text = st.one_of(st.none(), odd_text)
odd_ids = st.one_of(st.integers(min_value=-(2**63), max_value=2**63 - 1), st.sampled_from([0, -1, 1, 2, 10**9]))
odd_numbers = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
)
odd_dates = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.none(),
    st.sampled_from([dt.date(1900, 1, 1), dt.date(2100, 12, 31), NOW.date()]),
)
odd_roles = st.one_of(
    st.sampled_from(list(Role)),
    st.sampled_from([r.value for r in Role]),
    odd_optional_text,
    st.integers(),
    st.just(["manager"]),
)
odd_languages = st.one_of(st.sampled_from(LANGUAGES), odd_optional_text, st.sampled_from(["EN", "en ", "fr"]))


@pytest.fixture
def manager_ctx(db, users, clock) -> ServiceContext:
    return ServiceContext(db, users[Role.MANAGER], clock)


# ------------------------------------------------------------ the helpers work
def test_helper_catches_a_partial_write(db):
    counts = row_counter(db)
    ctx = ServiceContext(db, None)

    def half_saved():
        with ctx.transaction() as s:
            s.add(Client(code="FIRST"))
        raise ValidationError("The second half failed.")

    with pytest.raises(AssertionError, match="wrote rows"):
        assert_clean_failure(half_saved, counts)


def test_helper_rejects_other_exceptions(db):
    with pytest.raises(KeyError):
        assert_clean_failure(lambda: {}["x"], row_counter(db))


# ------------------------------------------------------------------- accounts
@PROPERTY_SLOW
@given(
    username=odd_optional_text,
    password=odd_optional_text,
    role=odd_roles,
    language=odd_languages,
    display_name=odd_optional_text,
)
def test_create_user_with_any_input(manager_ctx, db, username, password, role, language, display_name):
    counts = row_counter(db)
    service = UserService(manager_ctx)
    before = counts()["users"]
    result = assert_clean_failure(
        lambda: service.create_user(username, password, role, display_name=display_name, language=language), counts
    )
    if not isinstance(result, DropinError):
        assert counts()["users"] == before + 1
        assert result.username == username.strip() and result.language == language
        assert result.role == Role(role)


@PROPERTY_SLOW
@given(
    username=st.one_of(odd_optional_text, st.sampled_from(["manager", " manager", "MANAGER", "front_desk"])),
    password=st.one_of(odd_optional_text, st.just(PASSWORD)),
)
def test_login_with_any_input(db, users, clock, username, password):
    auth = AuthService(db, clock)
    counts = row_counter(db, exclude=("audit_log",))
    audit_before = row_counter(db)()["audit_log"]
    result = assert_clean_failure(lambda: auth.login(username, password), counts)
    if isinstance(result, DropinError):
        assert isinstance(result, LoginFailed)
    else:
        assert isinstance(result, CurrentUser) and password == PASSWORD
    # every attempt, good or bad, leaves exactly one audit entry
    assert row_counter(db)()["audit_log"] == audit_before + 1


@PROPERTY_SLOW
@given(username=odd_optional_text, password=odd_optional_text)
def test_first_manager_with_any_input(tmp_path_factory, file_template, username, password):
    db = file_template(False).copy(tmp_path_factory.mktemp("first") / "c.db")  # as Database.create made it
    try:
        result = assert_clean_failure(lambda: AuthService(db).create_first_manager(username, password), row_counter(db))
        if not isinstance(result, DropinError):
            assert result.role is Role.MANAGER
        assert chain_ok(db)
    finally:
        db.close()


@PROPERTY_SLOW
@given(
    user_id=odd_ids,
    role=st.one_of(st.none(), odd_roles),
    active=st.one_of(st.none(), st.booleans()),
    display_name=odd_optional_text,
    new_password=odd_optional_text,
    language=odd_languages,
)
def test_account_changes_with_any_input(
    manager_ctx, db, users, user_id, role, active, display_name, new_password, language
):
    counts = row_counter(db)
    service = UserService(manager_ctx)
    assert_clean_failure(
        lambda: service.update_user(user_id, role=role, active=active, display_name=display_name), counts
    )
    assert_clean_failure(lambda: service.reset_password(user_id, new_password), counts)
    assert_clean_failure(lambda: service.set_language(language, user_id), counts)
    # the centre always keeps an active manager
    with db.session() as s:
        assert s.scalar(select(func.count(User.id)).where(User.role == "manager", User.active.is_(True))) >= 1


@PROPERTY_SLOW
@given(old=odd_optional_text, new=odd_optional_text, minutes=odd_numbers)
def test_own_password_and_idle_lock_with_any_input(ctx_for, db, old, new, minutes):
    counts = row_counter(db, exclude=("audit_log",))  # a wrong current password is a counted, audited attempt
    assert_clean_failure(lambda: UserService(ctx_for(Role.FRONT_DESK)).change_own_password(old, new), counts)
    result = assert_clean_failure(lambda: UserService(ctx_for(Role.MANAGER)).set_idle_lock_minutes(minutes), lambda: {})
    if not isinstance(result, DropinError):
        assert isinstance(minutes, int) and 1 <= minutes <= 120


@PROPERTY
@given(reason=odd_optional_text)
def test_void_with_any_reason(manager_ctx, db, reason):
    with manager_ctx.transaction() as s:
        client = Client(code=f"V{os.urandom(6).hex()}")
        s.add(client)
    counts = row_counter(db)

    def void():
        with manager_ctx.transaction() as s:
            manager_ctx.void(s.get(Client, client.id), reason)

    result = assert_clean_failure(void, counts)
    with db.session() as s:
        saved = s.get(Client, client.id)
        if isinstance(result, DropinError):
            assert saved.voided_at is None
        else:
            assert saved.voided_at is not None and saved.void_reason == reason.strip()  # never cut


# ------------------------------------------------------------------ database
@PROPERTY
@given(passphrase=st.one_of(odd_text, st.just(PASSPHRASE), st.just(PASSPHRASE + " "), st.just(PASSPHRASE[:-1])))
def test_open_with_any_passphrase(tmp_path_factory, passphrase):
    path = tmp_path_factory.getbasetemp() / "open-passphrase.db"
    if not path.exists():
        Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER).close()
    before = path.read_bytes()
    try:
        db = Database.open(path, passphrase, kdf_iter=TEST_KDF_ITER)
    except DropinError as error:
        assert error.message.strip()
        assert passphrase != PASSPHRASE
    else:
        db.close()
        assert passphrase == PASSPHRASE
    assert path.read_bytes() == before


@PROPERTY_SLOW
@given(passphrase=odd_optional_text)
def test_create_and_rekey_with_any_passphrase(tmp_path_factory, file_template, passphrase):
    folder = tmp_path_factory.mktemp("create")
    try:
        db = Database.create(folder / "c.db", passphrase, kdf_iter=TEST_KDF_ITER)
    except DropinError as error:
        assert error.message.strip()
    else:
        db.close()
        Database.open(folder / "c.db", passphrase, kdf_iter=TEST_KDF_ITER).close()
    db = file_template(False).copy(folder / "d.db")
    try:
        with db.session() as s:
            s.add(Client(code="KEEP"))
        try:
            db.rekey(passphrase)
            now_key = passphrase
        except DropinError as error:
            assert error.message.strip()
            now_key = PASSPHRASE
        try:
            db.backup(folder / "b.dropin", passphrase=passphrase)
        except DropinError as error:
            assert error.message.strip()
            assert not (folder / "b.dropin").exists()
    finally:
        db.close()
    again = Database.open(folder / "d.db", now_key, kdf_iter=TEST_KDF_ITER)
    with again.session() as s:
        assert list(s.scalars(select(Client.code))) == ["KEEP"]
    again.close()


def _odd_path(base: Path, kind: str) -> Path:
    if kind == "missing":
        return base / "missing.db"
    if kind == "folder":
        (base / "folder.db").mkdir()
        return base / "folder.db"
    if kind == "empty":
        (base / "empty.db").write_bytes(b"")
        return base / "empty.db"
    if kind == "plain":
        sqlite3.connect(base / "plain.db").execute("CREATE TABLE t(x)").connection.commit()
        return base / "plain.db"
    if kind == "text":
        (base / "notes.txt").write_text("not a database\n" * 100)
        return base / "notes.txt"
    if kind == "long-name":
        return base / ("x" * 300 + ".db")
    if kind == "nul":
        return base / "a\x00b.db"
    if kind == "under-a-file":
        (base / "file").write_bytes(b"x")
        return base / "file" / "c.db"
    if kind == "unicode":
        return base / "базa данных 🔐" / "центр.db"
    raise AssertionError(kind)


PATH_KINDS = ["missing", "folder", "empty", "plain", "text", "long-name", "nul", "under-a-file", "unicode"]


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in folder.rglob("*")}


@pytest.mark.parametrize("kind", PATH_KINDS)
def test_open_odd_paths(tmp_path, kind):
    path = _odd_path(tmp_path, kind)
    before = _snapshot(tmp_path)
    with pytest.raises(DropinError) as info:
        Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER).close()
    assert info.value.message.strip()
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", PATH_KINDS)
def test_create_at_odd_paths(tmp_path, kind):
    path = _odd_path(tmp_path, kind)
    try:
        db = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    except DropinError as error:
        assert error.message.strip()
        assert kind not in ("missing", "unicode", "empty")
    else:
        assert kind in ("missing", "unicode", "empty")  # an empty file may be taken over
        db.close()
        Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER).close()


@PROPERTY
@given(
    content=st.one_of(
        st.binary(max_size=9000), st.binary(min_size=1, max_size=200).map(lambda b: b"SQLite format 3\x00" + b)
    )
)
def test_open_any_file_content(tmp_path_factory, content):
    assume(content)
    path = tmp_path_factory.mktemp("content") / "c.db"
    path.write_bytes(content)
    with pytest.raises(DropinError) as info:
        Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER).close()
    assert info.value.message.strip()
    assert path.read_bytes() == content


def test_after_all_that_the_audit_chain_is_intact(manager_ctx, db):
    """A short mixed run on one database, then the chain check."""
    service = UserService(manager_ctx)
    for name in ["ok_user", "", "x" * 65, "ok_user", "другой"]:
        assert_clean_failure(lambda name=name: service.create_user(name, PASSWORD, Role.FRONT_DESK), row_counter(db))
    auth = AuthService(db, FixedClock(NOW))
    for password in ["wrong", PASSWORD, None]:
        assert_clean_failure(
            lambda password=password: auth.login("ok_user", password), row_counter(db, exclude=("audit_log",))
        )
    assert chain_ok(db)
    with db.session() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) > 0
