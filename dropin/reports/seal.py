"""The audit seal printed on every weekly or period PDF.

A report leaves the centre (board, funder); the seal it carries lets anyone
later run ``dropin audit verify --seal COUNT:HASH`` and see whether the log
was rewritten or rolled back since.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from dropin.reports import present

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from dropin.reports.present import Tr


def seal_text(report: object, translate: Tr) -> str | None:
    seal = getattr(report, "audit_seal", None)
    if seal is None:
        return None
    when = present.long_date(seal.at.date(), translate) + seal.at.strftime(" %H:%M") if seal.at else "-"
    return translate(
        "Report",
        "Audit seal {seal}: the audit log held {count} entries when this report was made, "
        "the newest written {when}. To check later that none was changed or removed: "
        "dropin audit verify --seal {seal}",
    ).format(seal=seal.text, count=seal.count, when=when)


def seal_flowables(
    report: object,
    translate: Tr,
    st: Mapping[str, ParagraphStyle],
    paragraph: Callable[[str, ParagraphStyle], Flowable],
) -> list[Any]:
    text = seal_text(report, translate)
    return [] if text is None else [Spacer(1, 2 * mm), paragraph(text, st["small"])]
