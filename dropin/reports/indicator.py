"""What an indicator and a report section are: the vocabulary of :mod:`dropin.reports.definitions`.

A ``Value`` is what an area's ``compute`` gives for one indicator: an ``int`` /
``float`` / ``None`` for plain indicators, or for ``breakdown`` indicators a
``dict[str, int]`` from category code to count. The kind says how a figure is
protected when printed (:mod:`dropin.reports.protection`).
"""

from __future__ import annotations

from dataclasses import dataclass

from dropin.i18n import translate

Value = int | float | None | dict[str, int]

COUNT = "count"  # people or events: small counts are suppressed
PERCENT = "percent"  # derived from counts; hidden when its numerator or denominator is hidden
DAYS = "days"  # a median or average number of days
STOCK = "stock"  # commodity or kit quantities: not about people, never suppressed


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    definition: str
    numerator: str
    denominator: str | None = None
    kind: str = COUNT
    breakdown: bool = False
    #: for PERCENT: the keys of the numerator and denominator counts
    parts: tuple[str, str] | None = None
    #: shown as a 12-week trend chart
    trend: bool = False

    def tr_label(self) -> str:
        return translate("Indicators", self.label)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    module: str  # where ``compute`` lives: the area's ``indicators`` in dropin.areas
    indicators: tuple[Indicator, ...]
