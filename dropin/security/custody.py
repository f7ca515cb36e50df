"""Backup, restore and passphrase change as audited acts of a logged-in staff member.

The GUI and the command line both call these. A backup's own log ends with
the entry that records it, and the seal printed for it names that entry; a
restore writes into the restored log which backup (its seal) replaced which
log (its seal), so a rollback always shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from dropin.clock import Clock
from dropin.context import CurrentUser, ServiceContext
from dropin.errors import WrongPassphrase
from dropin.i18n import translate
from dropin.models.cipher import CurrentPassphraseNeeded
from dropin.models.database import Database
from dropin.models.security import User
from dropin.security import audit
from dropin.security.permissions import Permission


@dataclass(frozen=True)
class RestoreResult:
    kept: Path | None
    backup_seal: audit.Seal
    replaced_seal: audit.Seal | None


def seal_of(db: Database) -> audit.Seal:
    with db.engine.connect() as conn:
        return audit.current_seal(conn)


def backup(
    ctx: ServiceContext, dest: Path, *, force: bool = False, passphrase: str | None = None
) -> tuple[Path, audit.Seal]:
    """Record the backup, then copy: the copy's log ends with that entry, named by the returned seal.
    ``passphrase``: the backup's own (a server database has none of its own to reuse)."""
    ctx.require(Permission.BACKUP)
    dest = Path(dest)
    with ctx.transaction() as s:
        ctx.audit(s, "backup", "database", None, {"file": dest.name})
    seal = seal_of(ctx.db)
    out = ctx.db.backup(dest, passphrase, force=force)
    if ctx.db.anchor_key() is None:  # a server's dump: its log is append-only, the seal names its end
        return out, seal
    try:  # the copy gets its own anchor, so it verifies on its own too
        key = ctx.db.anchor_key()
        assert key is not None  # an open database is at the current schema, which has the key
        audit.write_anchor(out, key, seal.count, seal.head, force=True)
    except OSError:
        pass  # the seal printed for it still holds
    return out, seal


def rekey(ctx: ServiceContext, new_passphrase: str) -> None:
    """Re-encrypt the database with a new passphrase and record who did it."""
    ctx.require(Permission.SETTINGS_MANAGE)
    ctx.db.rekey(new_passphrase)
    with ctx.transaction() as s:
        ctx.audit(s, "rekey", "database", None)


def restore(
    source: Path,
    dest: Path,
    passphrase: str,
    authenticate: Callable[[Database], CurrentUser],
    kdf_iter: int,
    clock: Clock | None = None,
    *,
    current_passphrase: str | None = None,
) -> RestoreResult:
    """Replace ``dest`` with a checked backup, as the staff member ``authenticate`` logs in.

    The login is checked against the database being replaced when there is one (else against the
    backup once restored). The restored log then gets a ``restore`` entry with both seals, and its
    anchor is moved to that entry. When the database being replaced has another passphrase than the
    backup, ``current_passphrase`` opens it (:class:`CurrentPassphraseNeeded` asks for it).
    """
    source, dest = Path(source), Path(dest)
    user = replaced = None
    if dest.exists():
        try:
            current = Database.open(dest, current_passphrase or passphrase, kdf_iter=kdf_iter)
        except WrongPassphrase:
            if current_passphrase is not None:
                raise
            raise CurrentPassphraseNeeded(
                translate(
                    "Database",
                    "The database being replaced has another passphrase than the backup. Give its "
                    "passphrase too, so that its latest changes are kept in the copy.",
                )
            ) from None
        try:
            user = authenticate(current)
            replaced = seal_of(current)
        finally:
            current.close()
    kept = Database.restore(source, dest, passphrase, kdf_iter=kdf_iter, current_passphrase=current_passphrase)
    restored = Database.open(dest, passphrase, kdf_iter=kdf_iter)
    try:
        if user is None:
            user = authenticate(restored)
        backup_seal = seal_of(restored)
        ctx = ServiceContext(restored, user, clock)
        with ctx.transaction() as s:
            # the account may have another id (or none) in the restored copy: stamp what that copy knows
            known = s.scalar(select(User.id).where(User.username == user.username))
            s.info["user_id"] = known
            s.info["audit_reanchor"] = True
            ctx.audit(
                s,
                "restore",
                "database",
                None,
                {
                    "file": source.name,
                    "backup_seal": backup_seal.text,
                    "replaced_seal": replaced.text if replaced else None,
                    "kept": kept.name if kept else None,
                },
            )
    finally:
        restored.close()
    return RestoreResult(kept, backup_seal, replaced)
