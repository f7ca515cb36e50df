"""``dropin advocacy``: the advocacy report (PDF, and CSV beside it on request) for a year, or any period
``dropin report`` takes (week, month, quarter, range of days)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from dropin.i18n import translate

if TYPE_CHECKING:
    import argparse

    from dropin.cli import AddCommand, Subparsers
    from dropin.reports.periods import Period


def cmd_advocacy(args: Namespace) -> int:
    from dropin.cli import UserError, login, open_db
    from dropin.errors import ValidationError
    from dropin.incidents.advocacy import AdvocacyService, write_csv
    from dropin.incidents.advocacy_pdf import render_pdf
    from dropin.reports.cli import chosen_period, translator_for
    from dropin.reports.periods import Year

    others = [args.week, args.month, args.period, args.date_from, args.date_to]
    if args.year is not None and any(others):
        raise UserError(translate("CLI", "Please give only one of --year, --week, --month, --period or --from/--to."))
    period: Period | None
    if args.year is not None:
        if not 2000 <= args.year <= 2100:
            raise UserError(translate("CLI", "Please give a year such as 2026."))
        period = Year(args.year)
    else:
        period = chosen_period(args)  # the same choices as ``dropin report``
    if period is None:
        raise UserError(translate("CLI", "Give the period: --year, --week, --month, --period, or --from and --to."))
    first, last = period.start, period.last_day
    tr = translator_for(args.lang)
    db = open_db(args)
    try:
        try:
            report = AdvocacyService(login(args, db)).build(first, last)  # a login that holds the legal store
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
    from dropin.cli import user_option

    p = command(
        "advocacy",
        cmd_advocacy,
        translate("CLI", "write the advocacy report on violence (consented cases, aggregates only) as a PDF"),
    )
    p.add_argument("--year", type=int, help=translate("CLI", "calendar year, such as 2026"))
    p.add_argument("--week", help=translate("CLI", "an ISO week such as 2026-W47"))
    p.add_argument("--month", help=translate("CLI", "a month such as 2026-10"))
    p.add_argument("--period", help=translate("CLI", "a quarter such as 2026-Q3, or a year such as 2026"))
    p.add_argument("--from", dest="date_from", help=translate("CLI", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", help=translate("CLI", "last day, YYYY-MM-DD"))
    p.add_argument("--out", required=True, help=translate("CLI", "PDF file to write"))
    p.add_argument("--csv", help=translate("CLI", "also write the figures to this CSV file"))
    p.add_argument("--lang", default=None, help=translate("CLI", "language of the report (default: English)"))
    user_option(p)
