"""The ``dropin`` command. It calls the same services as the GUI.

Exit codes: 0 success, 1 a check failed (e.g. a broken audit chain),
2 a user error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from pathlib import Path

from dropin import __version__
from dropin.errors import DropinError
from dropin.i18n import translate

#: Modules that add sub-commands: each has ``register(subparsers)``.
EXTENSIONS = ["dropin.reports.cli", "dropin.bench", "dropin.selftest"]
EXTENSIONS += ["dropin.incidents.cli"]  # the advocacy report


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


def _kdf(args) -> int:
    from dropin.config import DEFAULT_KDF_ITER

    value = os.environ.get("DROPIN_KDF_ITER")
    return int(value) if value and value.isdigit() else DEFAULT_KDF_ITER


def secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    """Read a secret from the environment, or prompt for it on a terminal."""
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(translate("CLI", "Set {name} or run this in a terminal to type it.").format(name=env_name))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("CLI", "Repeat: ")) != value:
        raise UserError(translate("CLI", "The two entries do not match."))
    if not value:
        raise UserError(translate("CLI", "An empty value is not allowed."))
    return value


def db_path(args) -> Path:
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    from dropin.paths import default_db_path

    return default_db_path()


def open_db(args):
    from dropin.models.database import Database

    path = db_path(args)
    return Database.open(path, secret("DROPIN_PASSPHRASE", translate("CLI", "Database passphrase: ")), kdf_iter=_kdf(args))


def system_context(db):
    from dropin.context import ServiceContext, system_user

    return ServiceContext(db, system_user())


# ---------------------------------------------------------------- commands
def cmd_gui(args) -> int:
    from dropin.ui.app import run

    return run(db_path(args) if args.db else None, kdf_iter=_kdf(args))


def cmd_init(args) -> int:
    from dropin.models.database import Database
    from dropin.security.auth import AuthService

    path = db_path(args)
    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "New database passphrase: "), confirm=True)
    password = secret("DROPIN_ADMIN_PASSWORD", translate("CLI", "Password for {name}: ").format(name=args.admin), confirm=True)
    from dropin.security.auth import validate_password, validate_username

    validate_username(args.admin)
    validate_password(password)
    db = Database.create(path, passphrase, kdf_iter=_kdf(args))
    try:
        AuthService(db).create_first_manager(args.admin, password)
    finally:
        db.close()
    print(translate("CLI", "Created {path} with manager account {name}.").format(path=path, name=args.admin))
    return 0


def cmd_demo(args) -> int:
    from dropin.demo import build_demo

    path = db_path(args)
    passphrase = os.environ.get("DROPIN_PASSPHRASE") or None
    kwargs = {"weeks": args.weeks, "seed": args.seed, "kdf_iter": _kdf(args)}
    if passphrase:
        kwargs["passphrase"] = passphrase
    if args.force and path.exists():
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if p.exists():
                p.unlink()
    result = build_demo(path, **kwargs)
    print(translate("CLI", "Demo database: {path}").format(path=result.path))
    print(translate("CLI", "Database passphrase: {p}").format(p=result.passphrase))
    print(translate("CLI", "Logins (password {pw}): {names}").format(
        pw=result.password, names=", ".join(f"{name} ({role.label})" for role, name in result.accounts.items())))
    for key, value in sorted(result.counts.items()):
        print(f"  {key}: {value}")
    return 0


def cmd_backup(args) -> int:
    db = open_db(args)
    try:
        out = db.backup(Path(args.out).expanduser())
    finally:
        db.close()
    print(translate("CLI", "Encrypted backup written to {path}.").format(path=out))
    return 0


def cmd_restore(args) -> int:
    from dropin.models.database import Database

    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "Backup passphrase: "))
    kept = Database.restore(Path(args.source).expanduser(), db_path(args), passphrase, kdf_iter=_kdf(args))
    print(translate("CLI", "Restored {src} to {dest}.").format(src=args.source, dest=db_path(args)))
    if kept:
        print(translate("CLI", "The previous database was kept as {path}.").format(path=kept))
    return 0


def cmd_rekey(args) -> int:
    db = open_db(args)
    try:
        new = secret("DROPIN_NEW_PASSPHRASE", translate("CLI", "New database passphrase: "), confirm=True)
        db.rekey(new)
    finally:
        db.close()
    print(translate("CLI", "The database passphrase was changed."))
    return 0


def cmd_audit_verify(args) -> int:
    db = open_db(args)
    try:
        report = db.verify_audit()
    finally:
        db.close()
    if report.ok and report.anchored:
        print(translate("CLI", "Audit log intact: %n record(s) checked, and none is missing at the end.",
                        None, report.entries))
        return 0
    if report.ok:
        print(translate("CLI", "Audit log intact: %n record(s) checked. The end of the log could not be checked "
                               "because its anchor file is missing.", None, report.entries))
        return 0
    print(
        translate("CLI", "Audit log broken at entry {id}: {problem}.").format(id=report.first_bad_id, problem=report.problem),
        file=sys.stderr,
    )
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dropin", description=translate("CLI", "Confidential records for drop-in centres."))
    parser.add_argument("--version", action="version", version=f"dropin {__version__}")
    parser.add_argument("--db", help=translate("CLI", "database file (default: the user data folder)"))
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    def command(name, func, help_text):
        p = sub.add_parser(name, help=help_text)
        # SUPPRESS: without the option here, a --db given before the command is kept.
        p.add_argument("--db", help=translate("CLI", "database file"), default=argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, translate("CLI", "create a new encrypted database with a first manager account"))
    p.add_argument("--admin", required=True, help=translate("CLI", "user name of the first manager"))
    p = command("demo", cmd_demo, translate("CLI", "create a database with realistic synthetic data"))
    p.add_argument("--weeks", type=int, default=26)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--force", action="store_true", help=translate("CLI", "replace an existing file"))
    p = command("backup", cmd_backup, translate("CLI", "write an encrypted backup"))
    p.add_argument("--out", required=True)
    p = command("restore", cmd_restore, translate("CLI", "replace the database with a checked backup"))
    p.add_argument("--from", dest="source", required=True)
    command("rekey", cmd_rekey, translate("CLI", "change the database passphrase"))
    audit = sub.add_parser("audit", help=translate("CLI", "audit log tools"))
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    p = audit_sub.add_parser("verify", help=translate("CLI", "check the audit log's hash chain"))
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_audit_verify)

    for name in EXTENSIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue
            raise
        module.register(sub, command)
    return parser


def main(argv: list[str] | None = None) -> int:
    from dropin import i18n

    if i18n.current() is not None:  # called from within the program: keep its language
        return _main(argv)
    # on its own the CLI reads the catalogues (English plural forms, or DROPIN_LANG)
    i18n.use_language(os.environ.get("DROPIN_LANG", "en"))
    try:
        return _main(argv)
    finally:
        i18n.install(None)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (UserError, DropinError) as error:
        print(f"dropin: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dropin: " + translate("CLI", "Interrupted."), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
