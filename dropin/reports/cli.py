"""``dropin report`` and ``dropin export``."""

from __future__ import annotations

import sys
from pathlib import Path

from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.reports.present import Tr


def translator_for(lang: str | None) -> Tr | None:
    """The report's language: ``None``/``en`` prints the source text."""
    from dropin import i18n

    if not lang or lang == "en":
        return None
    if lang not in i18n.LANGUAGES and lang != i18n.PSEUDO:
        from dropin.cli import UserError

        raise UserError(translate("CLI", "No report translation for the language \"{lang}\" is installed.").format(
            lang=lang))
    return i18n.translator_for(lang)


def _parse(func, text, field):
    from dropin.cli import UserError

    try:
        return func(text) if field is None else func(text, field)
    except ValidationError as error:
        raise UserError(error.message) from None


def cmd_report(args) -> int:
    from dropin.cli import check_output_path, login, open_db
    from dropin.reports.pdf import render_pdf
    from dropin.reports.service import ReportService
    from dropin.reports.weeks import parse_week

    week = _parse(parse_week, args.week, None) if args.week else None
    tr = translator_for(args.lang)
    out = check_output_path(args.out)
    db = open_db(args)
    try:
        report = ReportService(login(args, db)).build(week)
        out = render_pdf(report, out, tr)
    finally:
        db.close()
    print(translate("CLI", "Weekly summary for {week} written to {path}.").format(week=report.week.label, path=out))
    return 0


def cmd_export(args) -> int:
    from dropin.cli import check_output_path, login, open_db
    from dropin.reports.export import export
    from dropin.reports.weeks import parse_date

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
    print(translate("CLI", "Exported {weeks} weeks ({first} to {last}) to {path}:").format(
        weeks=len(data.weeks), first=data.weeks[0].start, last=data.weeks[-1].last_day, path=args.out))
    for section, path in zip(data.sections, paths, strict=True):
        note = "" if section.recorded else " " + translate("CLI", "(no data recorded for this area)")
        print(f"  {path.name}{note}", file=sys.stdout)
    return 0


def register(subparsers, command) -> None:
    from dropin.cli import user_option

    p = command("report", cmd_report, translate("CLI", "write the weekly summary as a PDF"))
    p.add_argument("--week", help=translate("CLI", "ISO week such as 2026-W47 (default: the last complete week)"))
    p.add_argument("--out", required=True, help=translate("CLI", "PDF file to write"))
    p.add_argument("--lang", default=None, help=translate("CLI", "language of the report (default: English)"))
    user_option(p)
    p = command("export", cmd_export, translate("CLI", "write the weekly indicators as CSV files, one per area"))
    p.add_argument("--from", dest="date_from", required=True, help=translate("CLI", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", required=True, help=translate("CLI", "last day, YYYY-MM-DD"))
    p.add_argument("--out", required=True, help=translate("CLI", "folder to write the CSV files into"))
    user_option(p)
