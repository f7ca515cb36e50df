"""The centre's PostgreSQL server behind the same interface as the encrypted file.

:class:`ServerDatabase` gives services what :class:`dropin.models.database.Database` gives them — sessions,
one transaction per user action, the migrations, the audit check — over ``postgresql+psycopg://``. What
differs from the file is here and nowhere else:

* the connection: TLS with the server's certificate checked (``sslmode=verify-full`` and the centre's CA
  certificate) unless the server is on this computer (loopback or a Unix socket);
* the staff login: the app connects as the staff member's own server role (see :func:`login_role`), so the
  server itself refuses what that role may not read; the app's own password check still runs;
* writers of the audit chain queue on a transaction-level advisory lock (taken before a transaction's first
  write, so two desks never wait on each other's rows and on the lock at once);
* errors: the server's refusals become the app's messages (a clash, a refused read, an unreachable server).

Role names and the server's own functions are made by ``dropin server init`` (:mod:`dropin.server.setup`).
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import URL, Connection, create_engine, event, exc, inspect, make_url, select, text
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from dropin.errors import Conflict, DropinError, LoginFailed, PermissionDenied, StorageError, ValidationError
from dropin.i18n import translate
from dropin.models import sqlfunc
from dropin.models.database import Database

if TYPE_CHECKING:
    from dropin.models.security import User
    from dropin.security.audit import ChainReport
    from dropin.security.roles import Role

log = logging.getLogger(__name__)

#: the schema that ``dropin server init`` puts the server's own functions in
ADMIN_SCHEMA = "dropin_server"
#: PostgreSQL's longest name (bytes)
MAX_NAME = 63
CONNECT_TIMEOUT_S = 10


def is_server_url(value: object) -> bool:
    return isinstance(value, str | URL) and str(value).split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def _is_local(host: str | None) -> bool:
    """A Unix socket (no host, or a folder) or a loopback address: no network to protect."""
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def server_url(
    url: str | URL, *, username: str | None = None, password: str | None = None, ca_file: str | None = None
) -> URL:
    """The connection URL for SQLAlchemy: the psycopg driver, and certificate checks unless the server is local."""
    if not is_server_url(url):
        raise DropinError(translate("Server", "A server address starts with postgresql://."))
    try:
        parsed = make_url(str(url) if isinstance(url, str) else url)
    except exc.ArgumentError:
        raise DropinError(translate("Server", "The server address cannot be read.")) from None
    query = dict(parsed.query)
    parsed = parsed.set(drivername="postgresql+psycopg")
    if username is not None:
        parsed = parsed.set(username=username, password=password)
    host = parsed.host or query.get("host")
    if isinstance(host, tuple):
        host = host[0]
    if not _is_local(host):
        mode = query.get("sslmode", "verify-full")
        if mode != "verify-full":
            raise DropinError(
                translate(
                    "Server",
                    "The connection to a server on another computer must check its certificate (sslmode=verify-full).",
                )
            )
        root = ca_file or query.get("sslrootcert")
        if not root:
            raise DropinError(
                translate("Server", "Give the centre's CA certificate to check the server's certificate.")
            )
        query.update(sslmode="verify-full", sslrootcert=str(root))
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "dropin")
    return parsed.set(query=query)


def _safe_name(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME:
        return name
    return "dropin_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:40]


def group_role(database: str, role: Role | str) -> str:
    """The server's group role for one staff role of one centre database (e.g. ``centre_front_desk``)."""
    return _safe_name(f"{database}_{getattr(role, 'value', role)}")


def login_role(database: str, username: str) -> str:
    """The server login of one staff account (e.g. ``centre_u_frontdesk``)."""
    return _safe_name(f"{database}_u_{username}")


def unreachable_message() -> str:
    return translate("Server", "The centre's server cannot be reached. Check the network and try again.")


def _classify(error: Exception) -> DropinError:
    """A message to show for an error the server reported."""
    orig = getattr(error, "orig", error)
    state = getattr(orig, "sqlstate", None) or ""
    log.info("server error %s: %s", state, orig)
    if isinstance(error, exc.IntegrityError) or state.startswith("23"):
        return Conflict(translate("Database", "This would clash with a record already saved, so nothing was saved."))
    if state == "42501":
        return PermissionDenied(translate("Server", "The centre's server does not allow your role to do this."))
    if state in ("40001", "40P01", "55P03"):
        return StorageError(translate("Database", "The database is busy in another window. Try again in a moment."))
    if state.startswith("08") or (not state and isinstance(error, exc.OperationalError)):
        return StorageError(unreachable_message())
    if state == "P0001" and "append-only" in str(orig):
        return PermissionDenied(translate("Server", "The audit log can only be added to."))
    return StorageError(translate("Database", "The database reported an error. Nothing was saved."))


def _lock_writers(session: Session) -> None:
    if not session.info.get("_writer"):
        session.info["_writer"] = True
        sqlfunc.lock_audit(session.connection())


def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        _lock_writers(session)


def _before_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        _lock_writers(state.session)


class ServerDatabase(Database):
    """A dropin database on the centre's PostgreSQL server."""

    kind = "server"

    def __init__(
        self, url: str | URL, *, username: str | None = None, password: str | None = None, ca_file: str | None = None
    ) -> None:
        self.url = server_url(url, username=username, password=password, ca_file=ca_file)
        # no file and no passphrase: what reads these (rekey, inspect, backup, the anchor) is replaced below
        self.path = None  # type: ignore[assignment]
        self.kdf_iter = 0
        self._passphrase = None  # type: ignore[assignment]
        self._lock = None
        self._key_ok = True
        self._anchor_key = None
        self._staff_roles: bool | None = None
        self._store_keys = {}  # no keys on the server: its GRANTs decide which schemas a login reads
        self._held: frozenset[str] | None = None
        self.engine = create_engine(self.url, pool_pre_ping=True, pool_size=4, max_overflow=4)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessions, "before_flush", _before_flush)
        event.listen(self.sessions, "do_orm_execute", _before_statement)

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def label(self) -> str:
        """Where the data is, for messages: host and database, never the password."""
        host = self.url.host or self.url.query.get("host") or "localhost"
        return f"{host}/{self.database}"

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(  # type: ignore[override]
        cls,
        url: str | URL,
        *,
        username: str | None = None,
        password: str | None = None,
        ca_file: str | None = None,
        migrate: bool = False,
    ) -> ServerDatabase:
        """Connect; with ``migrate`` (the owner, at ``dropin server init``) create or upgrade the tables."""
        db = cls(url, username=username, password=password, ca_file=ca_file)
        try:
            db._check_connection(username is not None)
            if not db._is_dropin() and not migrate:
                raise DropinError(
                    translate(
                        "Server", "The server has no dropin database {name}; run dropin server init first."
                    ).format(name=db.database)
                )
            if db.needs_upgrade():
                if not migrate:
                    raise DropinError(
                        translate(
                            "Server",
                            "The database on the server is older than this program; the manager upgrades it with "
                            "dropin server init.",
                        )
                    )
                db._upgrade()
        except BaseException:
            db.close()
            raise
        return db

    def _check_connection(self, staff_login: bool = False) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except exc.DBAPIError as error:
            message = str(getattr(error, "orig", error))
            log.info("cannot connect to %s: %s", self.label, message)
            if "password authentication failed" in message or "no password supplied" in message:
                if staff_login:
                    from dropin.security.auth import refused_message

                    raise LoginFailed(refused_message()) from None
                raise LoginFailed(translate("Server", "The server refused this user name or password.")) from None
            if "does not exist" in message and "database" in message:
                raise DropinError(
                    translate("Server", "The server has no database {name}.").format(name=self.database)
                ) from None
            if "certificate" in message or "SSL" in message:
                raise StorageError(
                    translate(
                        "Server",
                        "The server's certificate could not be checked with the centre's CA certificate, so no "
                        "connection was made.",
                    )
                ) from None
            raise StorageError(unreachable_message()) from None

    def _is_dropin(self) -> bool:
        with self.engine.connect() as conn:
            return inspect(conn).has_table("alembic_version")

    def _error(self, error: Exception) -> DropinError:
        return _classify(error)

    @contextmanager
    def session(self, info: dict[str, Any] | None = None) -> Iterator[Session]:
        """As the file's, and text the driver cannot send (a lone surrogate half, a NUL) is refused with
        the message a form gives for it, not a traceback (the file never sees such text in a query)."""
        try:
            with super().session(info) as session:
                yield session
        except (UnicodeEncodeError, ValueError) as error:
            if isinstance(error, UnicodeEncodeError) or "NUL" in str(error):
                from dropin.validation import field_label

                raise ValidationError(
                    translate(
                        "Validation",
                        "“{label}” contains a character that cannot be saved (an invisible control character "
                        "or a broken symbol). Please retype it.",
                    ).format(label=field_label("")),
                ) from None
            raise

    # ----------------------------------------------------------------- stores
    #: the server has no store keys: each store is a schema its GRANTs open to the roles that may read it
    keyed_stores = False

    def hold_stores(self, keys: dict[str, bytes]) -> None:
        return None

    @property
    def held_stores(self) -> frozenset[str]:
        """The stores (schemas) this connection's server role may read."""
        if self._held is None:
            from dropin.models import stores

            with self.engine.connect() as conn:
                self._held = frozenset(stores.attached(conn))
        return self._held

    def verify_store_audits(self, seals: dict[str, tuple[int, str]] | None = None) -> dict[str, ChainReport]:
        """The check of the audit chain inside every store this login may read (append-only like the main log)."""
        from dropin.models import stores
        from dropin.security.audit import verify_chain

        seals = seals or {}
        try:
            with self.engine.connect() as conn:
                return {store: verify_chain(conn, None, seals.get(store), store) for store in stores.attached(conn)}
        except exc.DBAPIError as error:
            raise _classify(error) from None

    # ------------------------------------------------------------------ audit
    def anchor_key(self, conn: Connection | None = None) -> bytes | None:
        """No anchor file: on the server the log is append-only (a trigger refuses changes and deletions)."""
        return None

    def _anchor(
        self,
        entry_id: int,
        entry_hash: str,
        force: bool = False,
        may_create: bool = False,
        chain: str | None = None,
        conn: Connection | None = None,
    ) -> None:
        return None

    def verify_audit(self, seal: tuple[int, str] | None = None) -> ChainReport:
        from dropin.security.audit import verify_chain

        try:
            with self.engine.connect() as conn:
                return verify_chain(conn, None, seal)
        except exc.DBAPIError as error:
            raise _classify(error) from None

    # --------------------------------------------------------------- accounts
    def has_staff_roles(self) -> bool:
        """Whether ``dropin server init`` gave this database its roles (then every account has a login)."""
        if self._staff_roles is None:
            with self.engine.connect() as conn:
                self._staff_roles = bool(
                    conn.execute(
                        text("SELECT to_regprocedure(:name) IS NOT NULL"),
                        {"name": f"{ADMIN_SCHEMA}.sync_staff(text, text, boolean, text)"},
                    ).scalar()
                )
        return self._staff_roles

    def account_changed(self, session: Session, user: User, password: str | None = None, own: bool = False) -> None:
        """Give the account's server login the role, state and (new) password of the account.

        The password is sent as a SCRAM verifier made here, never in plain text. ``own``: the staff member
        changes their own password (any role may do that); everything else is the manager's.
        """
        if not self.has_staff_roles():
            return
        import psycopg

        raw = session.connection().connection.dbapi_connection
        assert isinstance(raw, psycopg.Connection)  # the psycopg driver's connection, open in this transaction
        name = login_role(self.database, user.username)
        verifier = None
        if password is not None:
            verifier = raw.pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256")
            verifier = verifier.decode("ascii")
        if own:
            session.execute(select(text(f"{ADMIN_SCHEMA}.set_own_password(:v)")), {"v": verifier})
            return
        session.execute(
            select(text(f"{ADMIN_SCHEMA}.sync_staff(:u, :r, :a, :v)")),
            {"u": user.username, "r": user.role, "a": bool(user.active and user.voided_at is None), "v": verifier},
        )

    # ----------------------------------------------------------------- backups
    def backup(self, dest: str | os.PathLike[str], passphrase: str | None = None, *, force: bool = False) -> Path:
        """``pg_dump`` of the database streamed into a file encrypted with ``passphrase`` (see
        :mod:`dropin.server.dump`); the same refusals as a file's backup."""
        from dropin.models.backup import check_destination
        from dropin.security.audit import current_seal
        from dropin.server import dump

        target = Path(dest)
        check_destination(target, force=force)
        if not passphrase:
            raise DropinError(translate("Database", "A backup needs a passphrase."))
        with self.engine.connect() as conn:
            seal = current_seal(conn)
        return dump.dump(self, target, passphrase, seal.text)

    # ------------------------------------------------- what only a file can do
    def _file_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise DropinError(translate("Server", "This is done on the server by its administrator, not by dropin."))

    rekey = inspect = _file_only

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True

    def optimize(self) -> None:
        return None

    def close(self) -> None:
        self.engine.dispose()
