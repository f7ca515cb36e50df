"""``dropin server init|import``: set up the centre's PostgreSQL server and move a single computer's data to it.

Both run with the server's owner or superuser account (the URL's user name; its password in the URL, in
PGPASSWORD or ~/.pgpass). The app and the other commands then log in as each staff member's own server
login: ``--db postgresql://host/database`` with ``--user NAME``.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from dropin.cli import UserError, secret
from dropin.i18n import translate

if TYPE_CHECKING:
    from dropin.cli import AddCommand, Subparsers
    from dropin.models.server import ServerDatabase


def _url(args: argparse.Namespace) -> str:
    from dropin.models.server import is_server_url

    if not is_server_url(args.url):
        raise UserError(translate("CLI", "Give the server as --url postgresql://USER@HOST/DATABASE."))
    return str(args.url)


def _ca(args: argparse.Namespace) -> str | None:
    given: str | None = getattr(args, "ca", None)
    return given or os.environ.get("DROPIN_SERVER_CA") or None


def _has_accounts(db: ServerDatabase) -> bool:
    from sqlalchemy import func, select

    from dropin.models.security import User

    with db.session() as s:
        return bool(s.scalar(select(func.count(User.id))))


def cmd_server_init(args: argparse.Namespace) -> int:
    from dropin.models.server import ServerDatabase
    from dropin.security.auth import AuthService, validate_password, validate_username
    from dropin.server import setup

    url = _url(args)
    password = None
    if args.manager:
        validate_username(args.manager)
        password = secret(
            "DROPIN_ADMIN_PASSWORD", translate("CLI", "Password for {name}: ").format(name=args.manager), confirm=True
        )
        validate_password(password)
    db = ServerDatabase.open(url, ca_file=_ca(args), migrate=True)
    try:
        report = setup.apply(db)
        if args.manager and password is not None and not _has_accounts(db):
            AuthService(db).create_first_manager(args.manager, password)
            print(translate("CLI", "Created the manager account {name}.").format(name=args.manager))
    finally:
        db.close()
    print(
        translate(
            "CLI",
            "The database {name} on the server is ready: %n staff roles with their permissions.",
            None,
            len(report.groups),
        ).format(name=db.database)
    )
    if report.without_password:
        print(
            translate(
                "CLI",
                "These accounts need a new password before they can log in to the server (a manager resets it): {names}.",
            ).format(names=", ".join(report.without_password))
        )
    return 0


def cmd_server_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dropin.cli import _kdf
    from dropin.models.database import Database
    from dropin.models.server import ServerDatabase
    from dropin.server import setup, transfer

    url = _url(args)
    path = Path(args.source).expanduser()
    passphrase = secret("DROPIN_PASSPHRASE", translate("CLI", "Database passphrase: "))
    if not args.manager:
        raise UserError(translate("CLI", "Give --manager: a manager's login opens every store of the file to move it."))
    password = secret("DROPIN_ADMIN_PASSWORD", translate("CLI", "Password for {name}: ").format(name=args.manager))
    source = Database.open(path, passphrase, kdf_iter=_kdf(args), exclusive=True)
    try:
        from dropin.errors import LoginFailed
        from dropin.security.auth import AuthService

        try:
            AuthService(source).login(args.manager, password)  # holds every store of the file from now on
        except LoginFailed as error:
            raise UserError(str(error)) from None
        target = ServerDatabase.open(url, ca_file=_ca(args), migrate=True)
        try:
            report = transfer.import_file(source, target)
            done = setup.apply(target)
            setup.set_login_password(target, args.manager, password)
        finally:
            target.close()
    finally:
        source.close()
    print(translate("CLI", "Imported %n record(s) from {path} to the server.", None, report.total).format(path=path))
    print(translate("CLI", "Audit seal on the server: {seal} (the same as the file's).").format(seal=report.seal.text))
    waiting = [name for name in done.without_password if name != args.manager]
    if waiting:
        print(
            translate(
                "CLI",
                "These accounts need a new password before they can log in to the server (a manager resets it): {names}.",
            ).format(names=", ".join(waiting))
        )
    return 0


def cmd_server_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dropin.models.server import ServerDatabase
    from dropin.server import dump, setup

    url = _url(args)
    passphrase = secret("DROPIN_BACKUP_PASSPHRASE", translate("CLI", "Backup passphrase: "))
    source = Path(args.source).expanduser()
    if not source.is_file():
        raise UserError(translate("CLI", "There is no backup at {path}.").format(path=source))
    db = ServerDatabase(url, ca_file=_ca(args))
    try:
        if db._is_dropin():
            raise UserError(
                translate("CLI", "The server database already holds a dropin database; restore into a new one.")
            )
        meta = dump.restore(source, passphrase, db.url)
        db.close()
        db = ServerDatabase.open(url, ca_file=_ca(args), migrate=True)
        setup.apply(db)
        report = db.verify_audit()
    finally:
        db.close()
    print(translate("CLI", "Restored {src} to the server database {name}.").format(src=source, name=db.database))
    print(
        translate(
            "CLI",
            "Audit seal of the backup: {seal}; the restored log holds %n record(s) and verifies.",
            None,
            report.entries,
        ).format(seal=meta.get("seal", "-"))
        if report.ok
        else translate("CLI", "Audit log check failed: {problem}.").format(problem=report.problem)
    )
    return 0 if report.ok else 1


def register(sub: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    server = sub.add_parser("server", help=translate("CLI", "set up the centre's PostgreSQL server"))
    server_sub = server.add_subparsers(dest="server_command", required=True)
    p = server_sub.add_parser(
        "init", help=translate("CLI", "create or upgrade the tables, the staff roles and their permissions")
    )
    p.add_argument("--url", required=True, help=translate("CLI", "postgresql://OWNER@HOST:PORT/DATABASE"))
    p.add_argument("--ca", help=translate("CLI", "the centre's CA certificate (for a server on another computer)"))
    p.add_argument("--manager", help=translate("CLI", "user name of the first manager (for a new database)"))
    p.set_defaults(func=cmd_server_init)
    p = server_sub.add_parser(
        "import", help=translate("CLI", "move a single computer's database to a new database on the server")
    )
    p.add_argument("--from", dest="source", required=True, help=translate("CLI", "the encrypted database file"))
    p.add_argument("--url", required=True, help=translate("CLI", "postgresql://OWNER@HOST:PORT/DATABASE"))
    p.add_argument("--ca", help=translate("CLI", "the centre's CA certificate (for a server on another computer)"))
    p.add_argument(
        "--manager",
        help=translate(
            "CLI", "a manager of the file: their password (asked) opens every store and becomes their server password"
        ),
    )
    p.set_defaults(func=cmd_server_import)
    p = server_sub.add_parser(
        "restore", help=translate("CLI", "restore a server backup (dropin backup) into a new database on the server")
    )
    p.add_argument("--from", dest="source", required=True, help=translate("CLI", "the encrypted server backup"))
    p.add_argument("--url", required=True, help=translate("CLI", "postgresql://OWNER@HOST:PORT/DATABASE"))
    p.add_argument("--ca", help=translate("CLI", "the centre's CA certificate (for a server on another computer)"))
    p.set_defaults(func=cmd_server_restore)
