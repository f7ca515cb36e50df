"""``dropin selftest``: check an installed program end to end through the real services.

It opens (or creates) an encrypted database, which runs the bundled migrations, records an anonymous
walk-in visit through :class:`~dropin.visits.service.VisitService`, reads it back, checks the audit
chain and writes the weekly summary PDF (fonts and translations). Without ``--db`` all of it happens in a
temporary database that is removed afterwards. With ``--db`` it writes into that file, so it refuses a
database that already holds clients or visits: a centre's figures never change because of a check.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dropin.i18n import translate

if TYPE_CHECKING:
    import argparse

    from dropin.cli import AddCommand, Subparsers, UserError
    from dropin.context import ServiceContext


def _fail(text: str) -> UserError:
    from dropin.cli import UserError

    return UserError(text)  # one line on stderr, exit code 2


def record_and_read_back(ctx: ServiceContext) -> int:
    """Record one anonymous walk-in with the first offered service and find it again; returns its id."""
    from dropin.visits.service import CatalogueService, ServiceGiven, VisitInput, VisitService

    offered = CatalogueService(ctx).items()
    if not offered:
        raise _fail(translate("CLI", "Self-test failed: the service catalogue is empty."))
    visits = VisitService(ctx)
    row = visits.record(VisitInput(None, "walk_in", (ServiceGiven(offered[0].code),), anonymous=True))
    again = next((r for r in visits.today(row.visited_at.date()) if r.id == row.id), None)
    if again is None or again.voided or again.service_codes != (offered[0].code,):
        raise _fail(translate("CLI", "Self-test failed: the visit just recorded could not be read back."))
    return row.id


def is_empty(ctx: ServiceContext) -> bool:
    from dropin.clients.service import ClientService
    from dropin.visits.service import VisitService

    return ClientService(ctx).count() == 0 and not VisitService(ctx).list_visits(0, 1, include_voided=True)


def run_checks(ctx: ServiceContext, folder: Path, say: Callable[[str], object] = print) -> None:
    """Every check for a logged-in user; ``say`` gets what was done, one sentence each, as it is done."""
    from dropin.reports.cli import translator_for
    from dropin.reports.pdf import render_pdf
    from dropin.reports.service import ReportService

    db = ctx.db
    say(
        translate("CLI", "Database opened, its schema is up to date and {name} is logged in.").format(
            name=ctx.acting.username
        )
    )
    visit_id = record_and_read_back(ctx)
    say(translate("CLI", "Visit {id} recorded through the front-desk service and read back.").format(id=visit_id))
    audit = db.verify_audit()
    if not audit.ok:
        raise _fail(
            translate("CLI", "Self-test failed: the audit log is broken at entry {id}.").format(id=audit.first_bad_id)
        )
    say(translate("CLI", "Audit log intact: %n record(s) checked.", None, audit.entries))
    report = ReportService(ctx).build(None)
    for lang in ("en", "ru"):
        pdf = render_pdf(report, folder / f"selftest-{lang}.pdf", translator_for(lang))
        with open(pdf, "rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise _fail(translate("CLI", "Self-test failed: the weekly summary is not a PDF."))
        pdf.unlink()
    say(translate("CLI", "Weekly summary written in English and Russian."))


def cmd_selftest(args: Namespace) -> int:
    from dropin.cli import UserError, _kdf, db_path, open_db, secret
    from dropin.context import ServiceContext
    from dropin.models.database import Database
    from dropin.security.auth import AuthService

    folder = Path(tempfile.mkdtemp(prefix="dropin-selftest-"))
    try:
        if getattr(args, "db", None):
            if not args.user:
                raise UserError(translate("CLI", "With --db, name the account that records the visit with --user."))
            db = open_db(args)
            try:
                password = secret(
                    "DROPIN_USER_PASSWORD", translate("CLI", "Password for {name}: ").format(name=args.user)
                )
                user = AuthService(db).login(args.user, password)
            except BaseException:
                db.close()
                raise
        else:
            db = Database.create(folder / "selftest.db", secrets.token_urlsafe(24), kdf_iter=_kdf(args))
            user = AuthService(db).create_first_manager("selftest", secrets.token_urlsafe(24))
        try:
            ctx = ServiceContext(db, user)
            if getattr(args, "db", None) and not is_empty(ctx):
                raise UserError(
                    translate(
                        "CLI",
                        "{path} already holds records. The self-test only writes into a new, "
                        "empty database, so that no centre's figures change; run it without "
                        "--db to use a temporary one.",
                    ).format(path=db_path(args))
                )
            run_checks(ctx, folder)
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(translate("CLI", "Self-test passed."))
    return 0


def register(subparsers: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    p = command(
        "selftest",
        cmd_selftest,
        translate("CLI", "check the installed program: record a visit, read it back, write the weekly PDF"),
    )
    p.add_argument(
        "--user",
        help=translate(
            "CLI", "with --db: the account that records the visit (password from DROPIN_USER_PASSWORD or asked)"
        ),
    )
