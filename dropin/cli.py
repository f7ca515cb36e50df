"""The ``dropin`` command. It calls the same services as the GUI.

Exit codes: 0 success, 1 a check failed (e.g. a broken audit chain),
2 a user error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dropin import __version__
from dropin.areas import AREAS, installed
from dropin.cli_args import ArgumentsError, Parser
from dropin.errors import DropinError
from dropin.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from dropin.context import CurrentUser, ServiceContext
    from dropin.models.database import Database
    from dropin.security.permissions import Permission

#: Modules that add sub-commands: each has ``register(subparsers)`` (the areas' ``cli`` in dropin.areas, then these).
EXTENSIONS: list[str] = [
    *(item.cli for item in AREAS if item.cli),
    "dropin.bench.command",
    "dropin.selftest",
    "dropin.server.cli",  # dropin server init|import|restore
]
# ``dropin demo --weeks``: from one week to ten years
DEMO_MAX_WEEKS = 520


#: What a command runs: the parsed arguments in, the exit code out.
Command = Callable[[argparse.Namespace], int]
#: ``command(name, func, help)`` given to each extension's ``register``: a sub-command with ``--db``
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]
#: the sub-commands' parsers, the other argument of ``register``
Subparsers = argparse._SubParsersAction  # noqa: SLF001 - argparse names no public type for it


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


def _kdf(args: argparse.Namespace) -> int:
    from dropin.config import DEFAULT_KDF_ITER

    # a cheaper key derivation is for the test suite only: a production start never weakens the key
    value = os.environ.get("DROPIN_KDF_ITER") if os.environ.get("PYTEST_CURRENT_TEST") else None
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


def db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(str(args.db)).expanduser()
    from dropin.paths import default_db_path

    return default_db_path()


def open_db(args: argparse.Namespace) -> Database:
    """Open the database for a command, holding its lock: refused while the app or another command has it."""
    from dropin.models.database import Database
    from dropin.models.server import is_server_url

    if is_server_url(getattr(args, "db", None)):  # --db postgresql://…: log in to the server as --user
        from dropin.server.connect import open_for_staff

        return open_for_staff(args)
    path = db_path(args)
    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "Database passphrase: "))
    db = Database.open(path, passphrase, kdf_iter=_kdf(args), exclusive=True)
    print_recovery_key(db.new_recovery_key)  # the upgrade that made the stores made one
    return db


def check_output_path(path: str | Path, *, folder: bool = False) -> Path:
    """Refuse an output path that cannot be written (a folder for a file, a path under a file, no permission)."""
    path = Path(path).expanduser()
    if folder:
        if path.exists() and not path.is_dir():
            raise UserError(translate("CLI", "{path} is a file, not a folder.").format(path=path))
    elif path.is_dir():
        raise UserError(translate("CLI", "{path} is a folder; give a file name.").format(path=path))
    place = path if folder else path.parent
    place = place.absolute()
    while not place.exists() and place != place.parent:
        place = place.parent
    if not place.is_dir():
        raise UserError(
            translate("CLI", "{path} cannot be written: {place} is a file, not a folder.").format(
                path=path, place=place
            )
        )
    if not os.access(place, os.W_OK | os.X_OK) or (path.is_file() and not os.access(path, os.W_OK)):
        raise UserError(
            translate("CLI", "{path} cannot be written: there is no permission to write there.").format(path=path)
        )
    return path


def user_option(parser: argparse.ArgumentParser) -> None:
    """``--user NAME``: the staff account a command acts as (its password from DROPIN_USER_PASSWORD or asked)."""
    parser.add_argument(
        "--user",
        default=os.environ.get("DROPIN_USER") or None,
        help=translate(
            "CLI", "your staff user name; the action is recorded under it (password from DROPIN_USER_PASSWORD or asked)"
        ),
    )


def login(args: argparse.Namespace, db: Database, permission: Permission | None = None) -> ServiceContext:
    """Log the ``--user`` in to ``db`` (a failed attempt counts and is audited) and return their context."""
    from dropin.context import ServiceContext
    from dropin.security.auth import AuthService

    name = getattr(args, "user", None)
    if not name:
        raise UserError(
            translate(
                "CLI", "Give your staff user name with --user NAME: this command is recorded in the audit log under it."
            )
        )
    password = getattr(args, "server_password", None) or secret(
        "DROPIN_USER_PASSWORD", translate("CLI", "Password for {name}: ").format(name=name)
    )
    ctx = ServiceContext(db, AuthService(db).login(name, password))
    if permission is not None:
        ctx.require(permission)
    return ctx


def system_context(db: Database) -> ServiceContext:
    from dropin.context import ServiceContext, system_user

    return ServiceContext(db, system_user())


# ---------------------------------------------------------------- commands
def cmd_init(args: argparse.Namespace) -> int:
    from dropin.models.database import Database
    from dropin.security.auth import AuthService

    path = db_path(args)
    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "New database passphrase: "), confirm=True)
    password = secret(
        "DROPIN_ADMIN_PASSWORD", translate("CLI", "Password for {name}: ").format(name=args.admin), confirm=True
    )
    from dropin.security.auth import validate_password, validate_username
    from dropin.security.passphrase import check_passphrase, strength_line

    validate_username(args.admin)
    validate_password(password)
    check_passphrase(passphrase)
    check_output_path(path)
    # The first manager is made in the new file before it gets its name: a failure leaves nothing behind.
    db = Database.create(
        path,
        passphrase,
        kdf_iter=_kdf(args),
        setup=lambda new: AuthService(new).create_first_manager(args.admin, password),
    )
    recovery = db.new_recovery_key
    db.close()
    print(translate("CLI", "Created {path} with manager account {name}.").format(path=path, name=args.admin))
    print(strength_line(passphrase))
    print_recovery_key(recovery)
    return 0


def print_recovery_key(recovery: str | None) -> None:
    """The recovery key, shown once (at ``init`` and at the upgrade that made the stores)."""
    if recovery:
        print(
            translate(
                "CLI",
                "Recovery key: {key}\nWrite it on paper, print it or keep it in a sealed envelope, and lock it away. "
                "It is shown only now; with it a manager account can get back the HIV testing and case-work "
                "records when every manager password is lost (dropin users recover).",
            ).format(key=recovery)
        )


def cmd_demo(args: argparse.Namespace) -> int:
    from dropin.demo import build_demo

    if not 1 <= args.weeks <= DEMO_MAX_WEEKS:
        raise UserError(
            translate("CLI", "The option --weeks must be a number of weeks from 1 to {most}.").format(
                most=DEMO_MAX_WEEKS
            )
        )
    if args.url:  # a server database made by dropin server init, filled as its owner
        return _server_demo(args)
    path = db_path(args)
    passphrase = os.environ.get("DROPIN_PASSPHRASE") or None
    kwargs = {"weeks": args.weeks, "seed": args.seed, "kdf_iter": _kdf(args)}
    if passphrase:
        kwargs["passphrase"] = passphrase
    if args.force and path.exists():
        from dropin.models.lock import DatabaseLock

        with DatabaseLock(path):  # never under a running app
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                if p.exists():
                    p.unlink()
    result = build_demo(path, **kwargs)
    print(translate("CLI", "Demo database: {path}").format(path=result.path))
    print(translate("CLI", "Database passphrase: {p}").format(p=result.passphrase))
    _print_demo(result.counts)
    return 0


def _print_demo(counts: dict[str, int]) -> None:
    from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    print(
        translate("CLI", "Logins (password {pw}): {names}").format(
            pw=DEMO_PASSWORD, names=", ".join(f"{name} ({role.label})" for role, name in DEMO_ACCOUNTS.items())
        )
    )
    for key, value in sorted(counts.items()):
        print(f"  {key}: {value}")


def _server_demo(args: argparse.Namespace) -> int:
    from dropin.demo import build_server_demo
    from dropin.models.server import is_server_url, server_url

    if not is_server_url(args.url):
        raise UserError(translate("CLI", "Give the server as --url postgresql://USER@HOST/DATABASE."))
    counts = build_server_demo(
        str(args.url), weeks=args.weeks, seed=args.seed, ca_file=os.environ.get("DROPIN_SERVER_CA") or None
    )
    name = server_url(args.url).database
    print(translate("CLI", "Demo data written to the database {name} on the server.").format(name=name))
    _print_demo(counts)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dropin.security import custody
    from dropin.security.permissions import Permission

    out = check_output_path(args.out)
    db = open_db(args)
    try:
        ctx = login(args, db, Permission.BACKUP)
        passphrase = None
        if db.kind == "server":  # the dump is encrypted with a passphrase of its own
            passphrase = secret("DROPIN_BACKUP_PASSPHRASE", translate("CLI", "Backup passphrase: "), confirm=True)
        out, seal = custody.backup(ctx, out, force=args.force, passphrase=passphrase)
    finally:
        db.close()
    print(translate("CLI", "Encrypted backup written to {path}.").format(path=out))
    print(translate("CLI", "Audit seal of the backup: {seal} (keep it apart from the backup).").format(seal=seal.text))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dropin.models.cipher import CurrentPassphraseNeeded
    from dropin.security import custody
    from dropin.security.permissions import Permission

    dest = check_output_path(db_path(args))
    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "Backup passphrase: "))
    source = Path(args.source).expanduser()
    current = os.environ.get("DROPIN_CURRENT_PASSPHRASE") or None

    def authenticate(db: Database) -> CurrentUser:
        user = login(args, db, Permission.BACKUP).user
        assert user is not None  # a login always names its user
        return user

    def restore(current_passphrase: str | None) -> custody.RestoreResult:
        return custody.restore(
            source,
            dest,
            passphrase,
            authenticate,
            _kdf(args),
            current_passphrase=current_passphrase,
        )

    try:
        done = restore(current)
    except CurrentPassphraseNeeded as error:
        if current is not None or not (sys.stdin and sys.stdin.isatty()):
            raise UserError(error.message + " " + translate("CLI", "Set DROPIN_CURRENT_PASSPHRASE to it.")) from None
        done = restore(
            secret("DROPIN_CURRENT_PASSPHRASE", translate("CLI", "Passphrase of the database being replaced: "))
        )
    kept = done.kept
    print(translate("CLI", "Restored {src} to {dest}.").format(src=args.source, dest=db_path(args)))
    print(
        translate("CLI", "Audit seal of the restored log: {seal}; of the replaced log: {old}.").format(
            seal=done.backup_seal.text, old=done.replaced_seal.text if done.replaced_seal else "-"
        )
    )
    if kept:
        print(translate("CLI", "The previous database was kept as {path}.").format(path=kept))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from dropin.security import custody
    from dropin.security.passphrase import check_passphrase, strength_line
    from dropin.security.permissions import Permission

    db = open_db(args)
    try:
        ctx = login(args, db, Permission.SETTINGS_MANAGE)
        new = check_passphrase(
            secret("DROPIN_NEW_PASSPHRASE", translate("CLI", "New database passphrase: "), confirm=True)
        )
        custody.rekey(ctx, new)
    finally:
        db.close()
    print(translate("CLI", "The database passphrase was changed."))
    print(strength_line(new))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Every check on one database: pages (SQLCipher), structure and foreign keys (SQLite), the audit chain;
    with ``--user``, the same for every store that login holds, and rows of a store whose main record is gone."""
    from dropin.models.cipher import DatabaseDamaged
    from dropin.models.database import Database

    path = db_path(args)
    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "Database passphrase: "))
    try:
        db = Database.open(path, passphrase, kdf_iter=_kdf(args), migrate=False, exclusive=True)
    except DatabaseDamaged as error:
        print(translate("CLI", "Damaged: {problem}").format(problem=error.message))
        return 1
    try:
        report = db.inspect()
        try:
            chain = db.verify_audit()
        except DropinError as error:
            chain = None
            chain_problem = error.message
        good = True
        if report.ok:
            print(translate("CLI", "Pages, structure and links between records: no damage found."))
        else:
            good = False
            print(report.summary())
            for line in report.problems[:20]:
                print(f"  {line}")
        if chain is None:
            good = False
            print(translate("CLI", "Audit log could not be checked: {problem}").format(problem=chain_problem))
        elif chain.ok:
            print(translate("CLI", "Audit log intact: %n record(s) checked.", None, chain.entries))
        else:
            good = False
            print(
                translate("CLI", "Audit log broken at entry {id}: {problem}.").format(
                    id=chain.first_bad_id, problem=chain.problem
                )
            )
        good = _check_stores(args, db) and good
    finally:
        db.close()
    print(
        translate("CLI", "Verdict: the database is sound.")
        if good
        else translate("CLI", "Verdict: the database is damaged. Restore the latest good backup.")
    )
    return 0 if good else 1


#: the stores by name, in what ``dropin check`` prints
STORE_NAMES = {
    "health": QT_TRANSLATE_NOOP("CLI", "Health store"),
    "casework": QT_TRANSLATE_NOOP("CLI", "Case-work store"),
    "legal": QT_TRANSLATE_NOOP("CLI", "Legal store"),
}


def _check_stores(args: argparse.Namespace, db: Database) -> bool:
    """With ``--user``: the same checks of every store that login holds, and rows whose main record is missing."""
    from dropin.models.stores import STORES

    if not getattr(args, "user", None):
        print(
            translate(
                "CLI",
                "The health and case-work stores were not checked: their keys open only with a login (add --user NAME).",
            )
        )
        return True
    login(args, db)
    good = True
    chains = db.verify_store_audits()
    for store, store_report in db.inspect_stores().items():
        label = translate("CLI", STORE_NAMES[store])
        if store_report.ok:
            print(translate("CLI", "{store}: pages, structure and links: no damage found.").format(store=label))
        else:
            good = False
            print(f"{label}: {store_report.summary()}")
        chain = chains[store]
        if chain.ok:
            print(
                translate("CLI", "{store}: audit log intact, %n record(s) checked.", None, chain.entries).format(
                    store=label
                )
            )
        else:
            good = False
            print(
                translate("CLI", "{store}: audit log broken at entry {id}: {problem}.").format(
                    store=label, id=chain.first_bad_id, problem=chain.problem
                )
            )
    missing = set(STORES) - set(db.held_stores)
    if missing:
        print(
            translate("CLI", "Not checked (this login does not hold them): {stores}.").format(
                stores=", ".join(translate("CLI", STORE_NAMES[s]) for s in STORES if s in missing)
            )
        )
    for where, count in db.store_orphans().items():
        good = False
        print(
            translate("CLI", "{table}: %n record(s) pointing at a record that is missing.", None, count).format(
                table=where
            )
        )
    return good


def build_parser(gui: Command | None = None) -> argparse.ArgumentParser:
    """The parser; ``gui`` is what runs without a command (``dropin.main`` passes the GUI)."""
    parser = Parser(prog="dropin", description=translate("CLI", "Confidential records for drop-in centres."))
    parser.add_argument("--version", action="version", version=f"dropin {__version__}")
    parser.add_argument("--db", help=translate("CLI", "database file (default: the user data folder)"))
    parser.set_defaults(func=gui)
    sub = parser.add_subparsers(dest="command")

    def command(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        # SUPPRESS: without the option here, a --db given before the command is kept.
        p.add_argument("--db", help=translate("CLI", "database file"), default=argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, translate("CLI", "create a new encrypted database with a first manager account"))
    p.add_argument("--admin", required=True, help=translate("CLI", "user name of the first manager"))
    p = command("demo", cmd_demo, translate("CLI", "create a database with realistic synthetic data"))
    p.add_argument(
        "--weeks",
        type=int,
        default=26,
        help=translate("CLI", "weeks of history to make, 1 to {most} (default: 26)").format(most=DEMO_MAX_WEEKS),
    )
    p.add_argument("--seed", type=int, default=1, help=translate("CLI", "seed of the random data (default: 1)"))
    p.add_argument("--force", action="store_true", help=translate("CLI", "replace an existing file"))
    p.add_argument(
        "--url",
        help=translate(
            "CLI", "fill a new server database made by dropin server init instead: postgresql://OWNER@HOST/DATABASE"
        ),
    )
    p = command("backup", cmd_backup, translate("CLI", "write an encrypted backup"))
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true", help=translate("CLI", "replace an existing backup file"))
    user_option(p)
    p = command("restore", cmd_restore, translate("CLI", "replace the database with a checked backup"))
    p.add_argument("--from", dest="source", required=True)
    user_option(p)
    user_option(command("rekey", cmd_rekey, translate("CLI", "change the database passphrase")))
    user_option(command("check", cmd_check, translate("CLI", "check the database for damage and its audit log")))
    for name in EXTENSIONS:
        module = installed(name)
        if module is not None:
            module.register(sub, command)
    return parser


def main(argv: list[str] | None = None, *, gui: Command | None = None) -> int:
    """Run one command; without a command, ``gui`` (none here: the program's entry, ``dropin.main``, passes it)."""
    from dropin import i18n

    if i18n.current() is not None:  # called from within the program: keep its language
        return _main(argv, gui)
    # on its own the CLI reads the catalogues (English plural forms, or DROPIN_LANG)
    i18n.use_language(os.environ.get("DROPIN_LANG", "en"))
    try:
        return _main(argv, gui)
    finally:
        i18n.install(None)


def _main(argv: list[str] | None, gui: Command | None = None) -> int:
    parser = build_parser(gui)
    try:
        args = parser.parse_args(argv)
    except ArgumentsError as error:
        print(f"dropin: {error}", file=sys.stderr)
        return 2
    if args.func is None:  # no command, and no GUI to start
        parser.print_help(sys.stderr)
        return 2
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
