"""``dropin report`` and ``dropin export``."""

from __future__ import annotations

import sys
from argparse import Namespace
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.reports.present import Tr

T = TypeVar("T")

if TYPE_CHECKING:
    import argparse

    from dropin.cli import AddCommand, Subparsers
    from dropin.reports.periods import Period


def translator_for(lang: str | None) -> Tr | None:
    """The report's language: ``None``/``en`` prints the source text."""
    from dropin import i18n

    if not lang or lang == "en":
        return None
    if lang not in i18n.LANGUAGES and lang != i18n.PSEUDO:
        from dropin.cli import UserError

        raise UserError(
            translate("CLI", 'No report translation for the language "{lang}" is installed.').format(lang=lang)
        )
    return i18n.translator_for(lang)


def _parse(func: Callable[..., T], text: Any, field: str | None) -> T:
    from dropin.cli import UserError

    try:
        return func(text) if field is None else func(text, field)
    except ValidationError as error:
        raise UserError(error.message) from None


def chosen_period(args: Namespace) -> Period | None:
    """The period asked for: ``--week``, ``--month``, ``--period`` (quarter or year) or ``--from``/``--to``."""
    from dropin.cli import UserError
    from dropin.reports import periods
    from dropin.reports.weeks import parse_week

    given = [name for name in ("week", "month", "period") if getattr(args, name, None)]
    ranged = getattr(args, "date_from", None) or getattr(args, "date_to", None)
    if len(given) + bool(ranged) > 1:
        raise UserError(translate("CLI", "Please give only one of --week, --month, --period or --from/--to."))
    if args.week:
        return _parse(parse_week, args.week, None)
    if getattr(args, "month", None):
        return _parse(periods.parse_month, args.month, None)
    if getattr(args, "period", None):
        return _parse(periods.parse_period, args.period, None)
    if ranged:
        if not (args.date_from and args.date_to):
            raise UserError(translate("CLI", "Please give both --from and --to."))
        return _parse(lambda a: periods.parse_range(*a), (args.date_from, args.date_to), None)
    return None


def cmd_report(args: Namespace) -> int:
    from dropin.cli import check_output_path, login, open_db
    from dropin.reports.pdf import render_pdf
    from dropin.reports.service import ReportService

    period = chosen_period(args)
    tr = translator_for(args.lang)
    out = check_output_path(args.out)
    db = open_db(args)
    try:
        report = ReportService(login(args, db)).build(period, internal=args.version == "internal")
        out = render_pdf(report, out, tr)
    finally:
        db.close()
    print(translate("CLI", "Summary for {period} written to {path}.").format(period=report.week.label, path=out))
    return 0


def cmd_submission(args: Namespace) -> int:
    """``dropin export --format dhis2-json|dhis2-csv|adx``: true values for a funder's system, by a manager."""
    from dropin.cli import UserError, check_output_path, login, open_db
    from dropin.errors import PermissionDenied
    from dropin.reports import dhis2
    from dropin.reports.service import ReportService
    from dropin.reports.weeks import weeks_overlapping
    from dropin.security.permissions import Permission

    if not args.user:
        raise UserError(translate("CLI", "Unsuppressed figures need a manager's login: add --user NAME."))
    if not args.mapping:
        raise UserError(translate("CLI", "Please give the mapping file with --mapping FILE."))
    mapping = _parse(dhis2.load_mapping, args.mapping, None)
    period = chosen_period(args)
    if period is None:
        raise UserError(translate("CLI", "Please choose the period with --week, --month, --period or --from/--to."))
    periods = weeks_overlapping(period.start, period.last_day) if getattr(period, "kind", "") == "range" else [period]
    out = check_output_path(args.out)
    db = open_db(args)
    try:
        try:
            ctx = login(args, db, Permission.REPORT_SUBMIT)
            data = ReportService(ctx).true_values(periods)
        except PermissionDenied as error:
            raise UserError(error.message) from None
        text = _parse(
            lambda v: dhis2.render(args.format, dhis2.data_values(mapping, v), mapping, ctx.now()), data, None
        )
        out = dhis2.write_atomically(out, text)
    finally:
        db.close()
    print(
        translate("CLI", "Authorised submission ({format}) for {period} written to {path}.").format(
            format=args.format, period=period.label, path=out
        )
    )
    return 0


def cmd_export(args: Namespace) -> int:
    from dropin.cli import UserError, check_output_path, login, open_db
    from dropin.reports.export import export
    from dropin.reports.weeks import parse_date

    if args.format != "csv":
        return cmd_submission(args)
    if not (args.date_from and args.date_to):
        raise UserError(translate("CLI", "Please give both --from and --to."))
    first = _parse(parse_date, args.date_from, "from")
    last = _parse(parse_date, args.date_to, "to")
    if last < first:
        from dropin.cli import UserError

        raise UserError(translate("CLI", "The end date is before the start date."))
    out = check_output_path(args.out, folder=True)
    db = open_db(args)
    try:
        data, paths = export(login(args, db), first, last, out)
    finally:
        db.close()
    print(
        translate("CLI", "Exported {weeks} weeks ({first} to {last}) to {path}:").format(
            weeks=len(data.weeks), first=data.weeks[0].start, last=data.weeks[-1].last_day, path=args.out
        )
    )
    for section, path in zip(data.sections, paths, strict=True):
        note = "" if section.recorded else " " + translate("CLI", "(no data recorded for this area)")
        print(f"  {path.name}{note}", file=sys.stdout)
    return 0


def register(subparsers: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    from dropin.cli import user_option

    p = command("report", cmd_report, translate("CLI", "write the weekly summary as a PDF"))
    p.add_argument("--week", help=translate("CLI", "ISO week such as 2026-W47 (default: the last complete week)"))
    p.add_argument("--month", help=translate("CLI", "a month such as 2026-10"))
    p.add_argument("--period", help=translate("CLI", "a quarter such as 2026-Q3, or a year such as 2026"))
    p.add_argument("--from", dest="date_from", help=translate("CLI", "first day of a custom range, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", help=translate("CLI", "last day of a custom range, YYYY-MM-DD"))
    p.add_argument(
        "--version",
        choices=("funder", "internal"),
        default="funder",
        help=translate("CLI", "funder version, or internal version with the quality page (managers)"),
    )
    p.add_argument("--out", required=True, help=translate("CLI", "PDF file to write"))
    p.add_argument("--lang", default=None, help=translate("CLI", "language of the report (default: English)"))
    user_option(p)
    p = command("export", cmd_export, translate("CLI", "write the weekly indicators as CSV files, one per area"))
    p.add_argument("--from", dest="date_from", help=translate("CLI", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", help=translate("CLI", "last day, YYYY-MM-DD"))
    p.add_argument("--out", required=True, help=translate("CLI", "folder to write the CSV files into"))
    user_option(p)
    p.add_argument(
        "--format",
        choices=("csv", "dhis2-json", "dhis2-csv", "adx"),
        default="csv",
        help=translate("CLI", "csv (suppressed, one file per area) or a DHIS2 / DATIM submission"),
    )
    p.add_argument("--mapping", help=translate("CLI", "mapping file from indicators to DHIS2 codes (JSON)"))
    p.add_argument("--week", help=translate("CLI", "ISO week such as 2026-W47 (default: the last complete week)"))
    p.add_argument("--month", help=translate("CLI", "a month such as 2026-10"))
    p.add_argument("--period", help=translate("CLI", "a quarter such as 2026-Q3, or a year such as 2026"))
