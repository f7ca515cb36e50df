"""The staff login to the server: connect as the staff member's own server login, then the app's own check."""

from __future__ import annotations

import os

from dropin.i18n import translate


def connect_as_staff(url, username: str, password: str, ca_file=None):
    """The server database opened with ``username``'s own server login (refused as a wrong password would be)."""
    from dropin.models.server import ServerDatabase, login_role, server_url

    database = server_url(url, ca_file=ca_file).database or ""
    return ServerDatabase.open(url, username=login_role(database, username), password=password, ca_file=ca_file)


def staff_login(url, username: str, password: str, clock=None, ca_file=None):
    """(database, logged-in user): the server refuses a wrong password first, then the app's check runs."""
    from dropin.security.auth import AuthService

    db = connect_as_staff(url, username, password, ca_file)
    try:
        return db, AuthService(db, clock).login(username, password)
    except BaseException:
        db.close()
        raise


def open_for_staff(args):
    """For a command given ``--db postgresql://…``: connect as ``--user`` (its password is asked once)."""
    from dropin.cli import UserError, secret

    name = getattr(args, "user", None)
    if not name:
        raise UserError(
            translate("CLI", "Give your staff user name with --user NAME: on the server you log in with it.")
        )
    password = secret("DROPIN_USER_PASSWORD", translate("CLI", "Password for {name}: ").format(name=name))
    args.server_password = password
    return connect_as_staff(args.db, name, password, os.environ.get("DROPIN_SERVER_CA") or None)
