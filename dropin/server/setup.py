"""``dropin server init``: the roles, GRANTs, functions and trigger that make the server enforce the roles.

Run by the database's owner (or a superuser), once and again after an upgrade; every step can be repeated.

* one NOLOGIN group per staff role (``<database>_<role>``), with the table GRANTs of :mod:`dropin.server.grants`
  (everything else revoked first, so a narrower matrix narrows the server too);
* the audit log is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, also for the owner;
* each staff account gets its own LOGIN role in its role's group (``<database>_u_<username>``) through
  ``dropin_server.sync_staff``, a SECURITY DEFINER function only managers may run: it makes, regroups and
  disables logins and takes passwords only as SCRAM verifiers; ``dropin_server.set_own_password`` lets each
  staff login change its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, text

from dropin.models.security import User
from dropin.models.server import ADMIN_SCHEMA, ServerDatabase, group_role
from dropin.security.permissions import MATRIX, Permission
from dropin.server import grants


@dataclass(frozen=True)
class SetupReport:
    groups: tuple[str, ...]
    grants: int
    accounts: int
    without_password: tuple[str, ...]  # accounts whose server login still needs a password (reset it)


def _sql_list(values: Iterable[str]) -> str:
    return "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]::text[]"


_SAFE_NAME = """
CREATE OR REPLACE FUNCTION {schema}.safe_name(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN octet_length(name) <= 63 THEN name
         ELSE 'dropin_' || left(encode(sha256(convert_to(name, 'UTF8')), 'hex'), 40) END
$f$;
"""

_IS_MEMBER = """
CREATE OR REPLACE FUNCTION {schema}.is_member(login text, grp text) RETURNS boolean LANGUAGE sql STABLE AS $f$
  SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                 JOIN pg_catalog.pg_roles r ON r.oid = m.roleid JOIN pg_catalog.pg_roles u ON u.oid = m.member
                 WHERE r.rolname = grp AND u.rolname = login)
$f$;
"""

_SYNC_STAFF = """
CREATE OR REPLACE FUNCTION {schema}.sync_staff(username text, staff_role text, active boolean, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  login text := {schema}.safe_name(current_database() || '_u_' || username);
  roles text[] := {roles};
  groups text[] := {groups};
  g text;
BEGIN
  IF array_position(roles, staff_role) IS NULL THEN
    RAISE EXCEPTION 'unknown staff role %', staff_role;
  END IF;
  IF verifier IS NOT NULL AND verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'a password is taken only as a SCRAM verifier';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', login);
  ELSIF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
                AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
    RAISE EXCEPTION 'the login % is not a staff login', login;
  END IF;
  FOREACH g IN ARRAY groups LOOP
    IF {schema}.is_member(login, g) AND g <> groups[array_position(roles, staff_role)] THEN
      EXECUTE format('REVOKE %I FROM %I', g, login);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', groups[array_position(roles, staff_role)], login);
  EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
  IF verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
  END IF;
END
$f$;
"""

_SET_OWN_PASSWORD = """
CREATE OR REPLACE FUNCTION {schema}.set_own_password(verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  groups text[] := {groups};
  g text;
BEGIN
  IF verifier IS NULL OR verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'a password is taken only as a SCRAM verifier';
  END IF;
  FOREACH g IN ARRAY groups LOOP
    IF {schema}.is_member(session_user, g) THEN
      EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
      RETURN;
    END IF;
  END LOOP;
  RAISE EXCEPTION 'only a staff login changes its own password here';
END
$f$;
"""

_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION {schema}.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: entries are never changed or removed';
END
$f$;
DROP TRIGGER IF EXISTS audit_log_append_only ON {audit};
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON {audit}
  FOR EACH ROW EXECUTE FUNCTION {schema}.audit_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON {audit};
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON {audit}
  FOR EACH STATEMENT EXECUTE FUNCTION {schema}.audit_append_only();
"""


def apply(db: ServerDatabase) -> SetupReport:
    """Create or refresh the groups, GRANTs, functions and trigger; give every account its login."""
    preparer = db.engine.dialect.identifier_preparer
    q = preparer.quote
    database = db.database
    roles = list(MATRIX)
    groups = {role: group_role(database, role) for role in roles}
    count = 0
    with db.engine.begin() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None  # a connection that is open
        cursor = raw.cursor()

        def run(sql: str) -> None:
            cursor.execute(sql)  # no parameters: the text goes as it is

        for name in groups.values():
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
            if not exists:
                run(f"CREATE ROLE {q(name)} NOLOGIN")
        run(f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC")
        run(f"CREATE SCHEMA IF NOT EXISTS {ADMIN_SCHEMA}")
        run(f"REVOKE ALL ON SCHEMA {ADMIN_SCHEMA} FROM PUBLIC")
        all_groups = ", ".join(q(g) for g in groups.values())
        run(f"GRANT CONNECT ON DATABASE {q(database)} TO {all_groups}")
        for schema in grants.schemas():
            run(f"CREATE SCHEMA IF NOT EXISTS {q(schema)}")
            run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {q(schema)} FROM {all_groups}")
            run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q(schema)} FROM {all_groups}")
            run(f"REVOKE ALL ON SCHEMA {q(schema)} FROM {all_groups}")
        for role in roles:
            group = q(groups[role])
            used, writes = set(), set()
            for grant in grants.table_grants(role):
                table = preparer.format_table(grant.table)
                schema = grant.table.schema or "public"
                used.add(schema)
                if "INSERT" in grant.privileges:
                    writes.add(schema)
                if grant.columns:
                    columns = ", ".join(q(c) for c in grant.columns)
                    run(f"GRANT INSERT ON {table} TO {group}")
                    run(f"GRANT SELECT ({columns}) ON {table} TO {group}")
                else:
                    run(f"GRANT {', '.join(grant.privileges)} ON {table} TO {group}")
                count += 1
            for schema in sorted(used):
                run(f"GRANT USAGE ON SCHEMA {q(schema)} TO {group}")
            for schema in sorted(writes):
                run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q(schema)} TO {group}")
            run(f"GRANT SELECT ON alembic_version TO {group}")
        values = {"schema": ADMIN_SCHEMA, "roles": _sql_list(r.value for r in roles)}
        values["groups"] = _sql_list(groups[r] for r in roles)
        for template in (_SAFE_NAME, _IS_MEMBER, _SYNC_STAFF, _SET_OWN_PASSWORD):
            run(template.format(**values))
        for log_table in grants.chain_tables():  # the main log and each store's chain
            run(_APPEND_ONLY.format(**values, audit=preparer.format_table(log_table)))
        for function in ("safe_name(text)", "is_member(text, text)", "sync_staff(text, text, boolean, text)"):
            run(f"REVOKE ALL ON FUNCTION {ADMIN_SCHEMA}.{function} FROM PUBLIC")
        run(f"REVOKE ALL ON FUNCTION {ADMIN_SCHEMA}.set_own_password(text) FROM PUBLIC")
        run(f"GRANT USAGE ON SCHEMA {ADMIN_SCHEMA} TO {all_groups}")
        run(f"GRANT EXECUTE ON FUNCTION {ADMIN_SCHEMA}.set_own_password(text) TO {all_groups}")
        managers = ", ".join(q(groups[r]) for r in roles if Permission.USERS_MANAGE in MATRIX[r])
        run(f"GRANT EXECUTE ON FUNCTION {ADMIN_SCHEMA}.sync_staff(text, text, boolean, text) TO {managers}")
        cursor.close()
    db._staff_roles = None
    return SetupReport(tuple(groups.values()), count, *_sync_accounts(db))


def _sync_accounts(db: ServerDatabase) -> tuple[int, tuple[str, ...]]:
    """Every account gets its login (in its role's group, disabled if the account is). A login made here has
    no password yet: the manager resets those accounts' passwords (the app never knew them in plain text)."""
    from dropin.models.server import login_role

    with db.session() as s:
        users = list(s.scalars(select(User).order_by(User.id)))
        before = set(s.scalars(text("SELECT rolname FROM pg_roles")))
        for user in users:
            db.account_changed(s, user)
    new = tuple(u.username for u in users if u.active and login_role(db.database, u.username) not in before)
    return len(users), new


def set_login_password(db: ServerDatabase, username: str, password: str) -> None:
    """Give one account's server login the account's current password (checked against the app's own),
    e.g. the first manager after an import; the manager then resets the others'."""
    from dropin.errors import LoginFailed
    from dropin.security.auth import refused_message
    from dropin.security.passwords import verify_password

    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not verify_password(user.password_hash, password):
            raise LoginFailed(refused_message())
        db.account_changed(s, user, password)
