"""Small-cell suppression: no printed figure may point at a handful of people.

Rules (``t`` is the setting ``small_count_threshold``, 5 by default):

* A COUNT from 1 to t-1 prints as ``<t`` ("<5"); zero prints as 0.
* Which further figures are withheld (``*``) so that nothing hidden can be
  worked out from what is printed beside it is decided once per period, over
  every figure printed together: :mod:`dropin.reports.protection`.
* A PERCENT is withheld when its numerator or denominator is hidden; a DAYS
  figure (a median over people) when the count of people it is based on is.
* STOCK figures (commodities, kits on hand, beds) are not about people and are
  never suppressed; kits used and bed-nights are counts.

This module holds the printed forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dropin.reports.definitions import COUNT, DAYS, PERCENT, STOCK

DEFAULT_THRESHOLD = 5
WITHHELD = "*"
NO_DATA = "–"

#: DAYS indicators and the count of people they are based on.
DAYS_BASIS: dict[str, str] = {"testing.median_days_to_art": "testing.linked_art"}


@dataclass(frozen=True)
class Figure:
    """One printed figure. ``value`` is ``None`` when hidden or not recorded, so it can't leak."""

    text: str
    value: float | None = None
    hidden: bool = False

    @property
    def recorded(self) -> bool:
        return self.hidden or self.value is not None


def small_marker(threshold: int) -> str:
    return f"<{threshold}"


def is_small(value: object, threshold: int) -> bool:
    return isinstance(value, (int, float)) and 0 < value < threshold


# ------------------------------------------------------------------ formatting
def format_number(value: float | int, kind: str = COUNT) -> str:
    if kind == PERCENT:
        return f"{value:.1f}%"
    if kind == DAYS:
        return f"{value:.1f}".removesuffix(".0")
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def shown(value: float | None, kind: str = COUNT) -> Figure:
    if value is None:
        return Figure(NO_DATA)
    return Figure(format_number(value, kind), float(value))


def hidden(threshold: int, small: bool) -> Figure:
    return Figure(small_marker(threshold) if small else WITHHELD, None, True)


# ---------------------------------------------------------------- plain figures
def count_figure(value: float | None, threshold: int) -> Figure:
    if is_small(value, threshold):
        return hidden(threshold, True)
    return shown(value, COUNT)


def figure(kind: str, value: float | None, threshold: int) -> Figure:
    """A plain (non-breakdown, non-derived) indicator value."""
    if kind == COUNT:
        return count_figure(value, threshold)
    return shown(value, kind)


def percent_figure(numerator: Figure, denominator: Figure, fallback: float | None = None) -> Figure:
    """A percentage from its (already suppressed) parts."""
    if numerator.hidden or denominator.hidden:
        return Figure(WITHHELD, None, True)
    if numerator.value is not None and denominator.value is not None:
        if denominator.value == 0:
            return Figure(NO_DATA)
        return shown(100.0 * numerator.value / denominator.value, PERCENT)
    return shown(fallback, PERCENT)


def derived_figure(value: float | None, basis: Figure | None, kind: str) -> Figure:
    """A DAYS figure: withheld when the count of people behind it is hidden."""
    if basis is not None and basis.hidden and value is not None:
        return Figure(WITHHELD, None, True)
    return shown(value, kind)


# ------------------------------------------------------------------ breakdowns
@dataclass(frozen=True)
class ProtectedBreakdown:
    cells: tuple[tuple[str, Figure], ...]
    total: Figure


def breakdown_figures(cells: Mapping[str, int] | None, kind: str, threshold: int) -> ProtectedBreakdown | None:
    """One table standing on its own and its total (the sum of its cells), protected by the same pass as
    the weekly report (:func:`dropin.reports.protection.protect`); counts of stock are shown as they are."""
    from dropin.reports import protection

    if cells is None:
        return None
    keys = list(cells)
    values = {protection.cell("table", k): int(cells[k] or 0) for k in keys}
    names = list(values)
    values[protection.total("table")] = sum(values[n] for n in names)
    if kind == STOCK:
        return ProtectedBreakdown(
            tuple((k, shown(values[n])) for k, n in zip(keys, names, strict=True)),
            shown(values[protection.total("table")]),
        )
    withheld = protection.protect(values, set(values), [protection.eq(protection.total("table"), names)], threshold)

    def one(name: str) -> Figure:
        return hidden(threshold, not withheld[name]) if name in withheld else shown(values[name])

    return ProtectedBreakdown(
        tuple((k, one(n)) for k, n in zip(keys, names, strict=True)), one(protection.total("table"))
    )
