"""``dropin advocacy``: the advocacy report (PDF, and CSV beside it on request) for a year or a period."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from dropin.i18n import translate

if TYPE_CHECKING:
    import argparse

    from dropin.cli import AddCommand, Subparsers


def cmd_advocacy(args: Namespace) -> int:
    from dropin.cli import UserError, open_db, system_context
    from dropin.errors import ValidationError
    from dropin.incidents.advocacy import AdvocacyService, write_csv, year_range
    from dropin.incidents.advocacy_pdf import render_pdf
    from dropin.reports.cli import translator_for
    from dropin.reports.weeks import parse_date

    if args.year is not None and (args.date_from or args.date_to):
        raise UserError(translate("CLI", "Give either --year or --from and --to, not both."))
    try:
        if args.year is not None:
            if not 2000 <= args.year <= 2100:
                raise UserError(translate("CLI", "Please give a year such as 2026."))
            first, last = year_range(args.year)
        elif args.date_from and args.date_to:
            first, last = parse_date(args.date_from, "from"), parse_date(args.date_to, "to")
        else:
            raise UserError(translate("CLI", "Give --year, or --from and --to."))
    except ValidationError as error:
        raise UserError(error.message) from None
    tr = translator_for(args.lang)
    db = open_db(args)
    try:
        try:
            report = AdvocacyService(system_context(db)).build(first, last)
        except ValidationError as error:
            raise UserError(error.message) from None
        out = render_pdf(report, Path(args.out).expanduser(), tr)
        csv_out = write_csv(report, Path(args.csv).expanduser()) if args.csv else None
    finally:
        db.close()
    print(
        translate("CLI", "Advocacy report for {start} to {end} written to {path}.").format(
            start=first.isoformat(), end=last.isoformat(), path=out
        )
    )
    if csv_out:
        print(translate("CLI", "Figures written to {path}.").format(path=csv_out))
    return 0


def register(subparsers: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    p = command(
        "advocacy",
        cmd_advocacy,
        translate("CLI", "write the advocacy report on violence (consented cases, aggregates only) as a PDF"),
    )
    p.add_argument("--year", type=int, help=translate("CLI", "calendar year, such as 2026"))
    p.add_argument("--from", dest="date_from", help=translate("CLI", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", help=translate("CLI", "last day, YYYY-MM-DD"))
    p.add_argument("--out", required=True, help=translate("CLI", "PDF file to write"))
    p.add_argument("--csv", help=translate("CLI", "also write the figures to this CSV file"))
    p.add_argument("--lang", default=None, help=translate("CLI", "language of the report (default: English)"))
