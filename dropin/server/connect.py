"""The staff login to the server: connect as the staff member's own server login, then the app's own check."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from dropin.i18n import translate

if TYPE_CHECKING:
    import argparse

    from sqlalchemy import URL

    from dropin.clock import Clock
    from dropin.context import CurrentUser
    from dropin.models.server import ServerDatabase


def server_address(values: Mapping[str, str]) -> str:
    """The server URL from the settings a computer keeps (host, port, database)."""
    host, port, database = values["host"], values.get("port") or 5432, values["database"]
    if host.startswith("/"):  # a Unix socket's folder: the server is this computer
        from urllib.parse import quote

        return f"postgresql:///{database}?host={quote(host)}&port={port}"
    return f"postgresql://{host}:{port}/{database}"


def check_settings(values: dict[str, str]) -> dict[str, str]:
    """The server settings, or :class:`ValidationError` naming what is missing or not allowed (a server on
    another computer needs the centre's CA certificate: the connection checks the server's certificate)."""
    from dropin.errors import DropinError, ValidationError
    from dropin.models.server import server_url

    if not values.get("host"):
        raise ValidationError(translate("Server", "Please give the server's name or address."), "host")
    if not values.get("database"):
        raise ValidationError(translate("Server", "Please give the name of the database on the server."), "database")
    try:
        server_url(server_address(values), ca_file=values.get("ca") or None)
    except DropinError as error:
        raise ValidationError(error.message, "ca") from None
    if values.get("ca") and not os.path.isfile(values["ca"]):
        raise ValidationError(
            translate("Server", "There is no certificate file at {path}.").format(path=values["ca"]), "ca"
        )
    return values


def connect_as_staff(url: str | URL, username: str, password: str, ca_file: str | None = None) -> ServerDatabase:
    """The server database opened with ``username``'s own server login (refused as a wrong password would be)."""
    from dropin.models.server import ServerDatabase, login_role, server_url

    database = server_url(url, ca_file=ca_file).database or ""
    return ServerDatabase.open(url, username=login_role(database, username), password=password, ca_file=ca_file)


def staff_login(
    url: str | URL, username: str, password: str, clock: Clock | None = None, ca_file: str | None = None
) -> tuple[ServerDatabase, CurrentUser]:
    """(database, logged-in user): the server refuses a wrong password first, then the app's check runs."""
    from dropin.security.auth import AuthService

    db = connect_as_staff(url, username, password, ca_file)
    try:
        return db, AuthService(db, clock).login(username, password)
    except BaseException:
        db.close()
        raise


def open_for_staff(args: argparse.Namespace) -> ServerDatabase:
    """For a command given ``--db postgresql://…``: connect as ``--user`` (its password is asked once)."""
    from dropin.cli import UserError, secret

    name: str | None = getattr(args, "user", None)
    if not name:
        raise UserError(
            translate("CLI", "Give your staff user name with --user NAME: on the server you log in with it.")
        )
    password = secret("DROPIN_USER_PASSWORD", translate("CLI", "Password for {name}: ").format(name=name))
    args.server_password = password
    return connect_as_staff(args.db, name, password, os.environ.get("DROPIN_SERVER_CA") or None)
