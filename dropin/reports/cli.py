"""``dropin report`` and ``dropin export``."""

from __future__ import annotations

import sys
from pathlib import Path

from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.reports.present import Tr


def _t(text: str) -> str:
    return translate("CLI", text)


def translator_for(lang: str | None) -> Tr | None:
    """The report language: ``None``/``en`` prints the source text; others need an installed catalogue."""
    if not lang or lang == "en":
        return None
    from dropin.cli import UserError
    from dropin.paths import resources_dir

    catalogue = resources_dir() / "translations" / f"dropin_{lang}.qm"
    if not catalogue.exists():
        raise UserError(_t("No report translation for the language \"{lang}\" is installed.").format(lang=lang))
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(catalogue)):
        raise UserError(_t("The translation file {path} could not be read.").format(path=catalogue))

    def tr(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    tr.qt_translator = translator  # keep it alive as long as the function
    return tr


def _parse(func, text, field):
    from dropin.cli import UserError

    try:
        return func(text) if field is None else func(text, field)
    except ValidationError as error:
        raise UserError(error.message) from None


def cmd_report(args) -> int:
    from dropin.cli import open_db, system_context
    from dropin.reports.pdf import render_pdf
    from dropin.reports.service import ReportService
    from dropin.reports.weeks import parse_week

    week = _parse(parse_week, args.week, None) if args.week else None
    tr = translator_for(args.lang)
    db = open_db(args)
    try:
        report = ReportService(system_context(db)).build(week)
        out = render_pdf(report, Path(args.out).expanduser(), tr)
    finally:
        db.close()
    print(_t("Weekly summary for {week} written to {path}.").format(week=report.week.label, path=out))
    return 0


def cmd_export(args) -> int:
    from dropin.cli import open_db, system_context
    from dropin.reports.export import export
    from dropin.reports.weeks import parse_date

    first = _parse(parse_date, args.date_from, "from")
    last = _parse(parse_date, args.date_to, "to")
    if last < first:
        from dropin.cli import UserError

        raise UserError(_t("The end date is before the start date."))
    db = open_db(args)
    try:
        data, paths = export(system_context(db), first, last, Path(args.out).expanduser())
    finally:
        db.close()
    print(_t("Exported {weeks} weeks ({first} to {last}) to {path}:").format(
        weeks=len(data.weeks), first=data.weeks[0].start, last=data.weeks[-1].last_day, path=args.out))
    for section, path in zip(data.sections, paths, strict=True):
        note = "" if section.recorded else " " + _t("(no data recorded for this area)")
        print(f"  {path.name}{note}", file=sys.stdout)
    return 0


def register(subparsers, command) -> None:
    p = command("report", cmd_report, _t("write the weekly summary as a PDF"))
    p.add_argument("--week", help=_t("ISO week such as 2026-W47 (default: the last complete week)"))
    p.add_argument("--out", required=True, help=_t("PDF file to write"))
    p.add_argument("--lang", default=None, help=_t("language of the report (default: English)"))
    p = command("export", cmd_export, _t("write the weekly indicators as CSV files, one per area"))
    p.add_argument("--from", dest="date_from", required=True, help=_t("first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", required=True, help=_t("last day, YYYY-MM-DD"))
    p.add_argument("--out", required=True, help=_t("folder to write the CSV files into"))
