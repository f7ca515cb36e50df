"""The separately keyed stores: health and case-work records in their own encrypted files.

On SQLite each store is a SQLCipher file beside the main database (``centre.db.health``,
``centre.db.casework``), encrypted with a random 256-bit raw key (no key derivation, so attaching is
quick). A session attaches only the stores whose keys its login unwrapped
(:mod:`dropin.security.keyslots`); a store that is not attached does not exist for that session's SQL.
Tables of a store are declared with ``schema=<store>`` and ``info={"store": <store>}`` so that the same
models run on PostgreSQL with one schema per store.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, ForeignKey, Table, exists, func, select

from dropin.models.cipher import PAGE_CACHE_KIB

#: The stores, in the order they are attached, backed up and checked.
STORES = ("health", "casework", "legal")
KEY_BYTES = 32

_NAME = re.compile(r"^[a-z]+$")


def store_path(main: Path | str, store: str) -> Path:
    """The store's file: the main file's name with ``.<store>`` added, in the same folder."""
    main = Path(main)
    return main.with_name(f"{main.name}.{_checked(store)}")


def store_paths(main: Path | str) -> dict[str, Path]:
    return {store: store_path(main, store) for store in STORES}


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_sql(key: bytes) -> str:
    """The raw-key literal SQLCipher takes in ``PRAGMA key`` and ``ATTACH … KEY`` (no derivation)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key has 32 bytes")
    return f"\"x'{key.hex()}'\""


def attach(dbapi_conn: Any, main: Path | str, store: str, key: bytes) -> None:
    """Attach ``store`` on a raw SQLCipher connection; the file must exist (never created here)."""
    path = store_path(main, store)
    if not path.is_file():
        raise FileNotFoundError(path)
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"ATTACH DATABASE ? AS {_checked(store)} KEY {key_sql(key)}", (str(path),))
        cur.execute(f"SELECT count(*) FROM {store}.sqlite_master")  # a wrong key fails here
        cur.execute(f"PRAGMA {store}.journal_mode = WAL")
        cur.execute(f"PRAGMA {store}.synchronous = FULL")
        cur.execute(f"PRAGMA {store}.cache_size = -{PAGE_CACHE_KIB}")
    finally:
        cur.close()


def create_file(path: Path, key: bytes) -> None:
    """A new, empty store file encrypted with ``key`` (owner-only)."""
    import sqlcipher3

    from dropin.paths import owner_only

    with owner_only():
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {key_sql(key)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE store_marker (store TEXT NOT NULL)")
            conn.execute("INSERT INTO store_marker VALUES (?)", (path.name.rsplit(".", 1)[-1],))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def attached(conn: Connection) -> list[str]:
    """The stores this connection (SQLAlchemy ``Connection``) can read: on SQLite the attached files; on the
    server the schemas whose audit chain its role may read (a store's GRANTs open its tables and chain together).
    The answer is kept with the pooled connection: its login does not change."""
    held = conn.info.get("dropin_stores")
    if held is None and conn.dialect.name == "sqlite":  # attached when the connection was made, never later
        names = {row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
        held = conn.info["dropin_stores"] = [store for store in STORES if store in names]
    if held is None:
        rows = conn.exec_driver_sql(  # from the catalogue: naming a schema one may not use is an error
            "SELECT s, c.oid IS NOT NULL, CASE WHEN c.oid IS NULL THEN false "
            "ELSE has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') END "
            "FROM unnest(%(stores)s::text[]) AS s LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = s "
            "LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = 'audit_log'",
            {"stores": list(STORES)},
        ).all()
        held = [store for store, _exists, readable in rows if readable]
        if all(exists for _store, exists, _readable in rows):  # before the migrations ran, ask again later
            conn.info["dropin_stores"] = held
    return list(held)


# ------------------------------------------------------------------ backups
#: In a backup (one SQLCipher file under the passphrase), every store is a copy of its file still encrypted
#: with the store's own key, in this table: the passphrase alone opens none of them.
PACKED = "backup_stores"


def pack_into(conn: Any, main: Path, keys: dict[str, bytes], backup_path: Path) -> None:
    """Put a copy of every store file into the backup attached as ``backup`` on ``conn``.

    A store this session holds is exported (a consistent copy, ``sqlcipher_export`` under the same key);
    one it does not hold (e.g. the copy made before an upgrade, before any login) is copied as it is on
    disk with its write-ahead log, which no other process writes while the database's lock is held.
    """
    import sqlcipher3

    from dropin.models import files

    present = [store for store in STORES if store_path(main, store).is_file()]
    if not present:
        return
    conn.execute(
        f"CREATE TABLE backup.{PACKED} (store TEXT PRIMARY KEY, data BLOB NOT NULL, wal BLOB, tail TEXT, anchor BLOB)"
    )
    for store in present:
        tail = anchor = None
        if store in keys:
            tmp = files.temp_for(backup_path, f"store-{store}")
            try:
                src = sqlcipher3.connect(str(store_path(main, store)), isolation_level=None)
                try:
                    src.execute("PRAGMA cipher_log_level = NONE")
                    src.execute(f"PRAGMA key = {key_sql(keys[store])}")
                    src.execute(f"ATTACH DATABASE ? AS copy KEY {key_sql(keys[store])}", (str(tmp),))
                    src.execute("PRAGMA copy.journal_mode = OFF")
                    src.execute("PRAGMA copy.synchronous = OFF")  # synced with the whole backup
                    src.execute("SELECT sqlcipher_export('copy')")
                    src.execute("DETACH DATABASE copy")
                    row = src.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
                    tail = f"{row[0]}:{row[1]}" if row else None
                finally:
                    src.close()
                data, wal = tmp.read_bytes(), None
            finally:
                files.remove_with_sides(tmp)
        else:
            data = store_path(main, store).read_bytes()
            wal_file = Path(f"{store_path(main, store)}-wal")
            wal = wal_file.read_bytes() if wal_file.exists() and wal_file.stat().st_size else None
            anchor_file = Path(f"{store_path(main, store)}.audit-anchor")
            anchor = anchor_file.read_bytes() if anchor_file.exists() else None
        conn.execute(f"INSERT INTO backup.{PACKED} VALUES (?, ?, ?, ?, ?)", (store, data, wal, tail, anchor))


def unpack(conn: Any, dest_main: Path) -> dict[str, tuple[int, str] | bytes | None]:
    """Write the stores packed in the backup open on ``conn`` beside ``dest_main`` and drop the table.

    Returns ``{store: the end of its audit chain (id, hash), or its anchor file as it was, or None}`` for the
    stores written (none for a backup made before the stores existed).
    """
    from dropin.models import files
    from dropin.paths import owner_only

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if PACKED not in tables:
        return {}
    written: dict[str, tuple[int, str] | bytes | None] = {}
    for store, data, wal, tail, anchor in conn.execute(f"SELECT store, data, wal, tail, anchor FROM {PACKED}"):
        path = store_path(dest_main, store)
        with owner_only():
            path.write_bytes(data)
            if wal:
                Path(f"{path}-wal").write_bytes(wal)
        files.fsync_file(path)
        if tail:
            entry_id, entry_hash = tail.split(":", 1)
            written[store] = (int(entry_id), entry_hash)
        else:
            written[store] = anchor
    conn.execute(f"DROP TABLE {PACKED}")
    return written


def table_store(table: Table) -> str | None:
    """The store a table lives in (``None``: the main database)."""
    return table.info.get("store") if table.schema else None


_BY_NAME: dict[str, str] = {}


def store_of_name(name: str) -> str | None:
    """The store of a table by its plain name, e.g. ``hts_tests`` → ``health``."""
    if not _BY_NAME:
        from dropin.models import Base

        _BY_NAME.update({t.name: t.schema for t in Base.metadata.tables.values() if t.schema in STORES})
    return _BY_NAME.get(name)


def cross_store_keys() -> list[tuple[Table, ForeignKey]]:
    """The foreign keys from a store's table to a table elsewhere (the main database or another store).

    SQLite keeps no foreign key across attached files: the services look the referred rows up before they
    write, and :func:`orphans` (``dropin check``) finds rows whose referred row is missing."""
    return [
        (table, fk)
        for store in STORES
        for table in tables_of(store)
        for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name)
        if fk.column.table.schema != store
    ]


def orphans(conn: Connection) -> dict[str, int]:
    """``{"store.table.column": rows}`` whose referred row is missing, over the stores this connection holds."""
    held = set(attached(conn))
    found: dict[str, int] = {}
    for table, fk in cross_store_keys():
        referred = fk.column.table
        if table.schema not in held or (referred.schema and referred.schema not in held):
            continue
        column = fk.parent
        missing = select(func.count()).where(column.is_not(None), ~exists(select(fk.column).where(fk.column == column)))
        count = conn.execute(missing.select_from(table)).scalar() or 0
        if count:
            found[f"{table.fullname}.{column.name}"] = count
    return found


def tables_of(store: str) -> list[Table]:
    from dropin.models import Base

    return [t for t in Base.metadata.sorted_tables if t.schema == store]


def _checked(store: str) -> str:
    if store not in STORES or not _NAME.match(store):
        raise ValueError(f"unknown store {store!r}")
    return store
