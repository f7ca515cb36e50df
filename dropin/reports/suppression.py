"""Small-cell suppression: no printed figure may point at a handful of people.

Rules (``t`` is the setting ``small_count_threshold``, 5 by default):

* A COUNT from 1 to t-1 prints as ``<t`` ("<5"); zero prints as 0.
* A breakdown (counts by category with a total) is protected against
  subtraction: when the printed cells and the total would let a reader work
  out a hidden cell exactly, further cells are withheld (the next-smallest
  first) and printed as ``*``. Withheld cells that are themselves below the
  threshold print as ``<t`` (which is still true). Only if no cell is left to
  withhold is the total withheld too.
* A PERCENT is withheld when its numerator or denominator is hidden; a DAYS
  figure (a median over people) when the count of people it is based on is.
* STOCK figures (commodities, kits, beds) are not about people and are never
  suppressed.

The reader is assumed to know these rules: a ``<t`` cell is between 1 and t-1
(or, allowing for withheld zeros, between 0 and t-1) and a ``*`` cell is t or
more. :func:`disclosed` checks, with exact interval arithmetic, that under
both readings no hidden cell's value is pinned down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dropin.reports.definitions import COUNT, DAYS, PERCENT, STOCK

DEFAULT_THRESHOLD = 5
WITHHELD = "*"
NO_DATA = "–"
_BIG = 10**12

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


def is_small(value, threshold: int) -> bool:
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


def shown(value, kind: str = COUNT) -> Figure:
    if value is None:
        return Figure(NO_DATA)
    return Figure(format_number(value, kind), float(value))


def hidden(threshold: int, small: bool) -> Figure:
    return Figure(small_marker(threshold) if small else WITHHELD, None, True)


# ---------------------------------------------------------------- plain figures
def count_figure(value, threshold: int) -> Figure:
    if is_small(value, threshold):
        return hidden(threshold, True)
    return shown(value, COUNT)


def figure(kind: str, value, threshold: int) -> Figure:
    """A plain (non-breakdown, non-derived) indicator value."""
    if kind == COUNT:
        return count_figure(value, threshold)
    return shown(value, kind)


def percent_figure(numerator: Figure, denominator: Figure, fallback=None) -> Figure:
    """A percentage from its (already suppressed) parts."""
    if numerator.hidden or denominator.hidden:
        return Figure(WITHHELD, None, True)
    if numerator.value is not None and denominator.value is not None:
        if denominator.value == 0:
            return Figure(NO_DATA)
        return shown(100.0 * numerator.value / denominator.value, PERCENT)
    return shown(fallback, PERCENT)


def derived_figure(value, basis: Figure | None, kind: str) -> Figure:
    """A DAYS figure: withheld when the count of people behind it is hidden."""
    if basis is not None and basis.hidden and value is not None:
        return Figure(WITHHELD, None, True)
    return shown(value, kind)


# ------------------------------------------------------------------ breakdowns
@dataclass(frozen=True)
class ProtectedBreakdown:
    cells: tuple[tuple[str, Figure], ...]
    total: Figure


def _bounds(value: int, threshold: int, low_small: int) -> tuple[int, int]:
    return (low_small, threshold - 1) if value < threshold else (threshold, _BIG)


def feasible_ranges(values: Sequence[int], hidden_cells: set[int], total_hidden: bool, threshold: int,
                    low_small: int) -> dict[int, tuple[int, int]] | None:
    """What a reader can deduce about each hidden cell: its smallest and largest possible value.

    Returns ``None`` when the printed figures are inconsistent with this
    reading (e.g. a withheld zero read as "at least 1").
    """
    total = sum(values)
    visible = sum(v for i, v in enumerate(values) if i not in hidden_cells)
    bounds = {i: _bounds(values[i], threshold, low_small) for i in hidden_cells}
    if total_hidden:
        t_low, t_high = _bounds(total, threshold, max(low_small, 1))
    else:
        t_low = t_high = total
    s_low, s_high = t_low - visible, t_high - visible  # the hidden cells add up to this
    sum_lo = sum(b[0] for b in bounds.values())
    sum_hi = sum(b[1] for b in bounds.values())
    if bounds and (sum_lo > s_high or sum_hi < s_low):
        return None
    ranges = {}
    for i, (lo, hi) in bounds.items():
        others_lo, others_hi = sum_lo - lo, sum_hi - hi
        low = max(lo, s_low - others_hi)
        high = min(hi, s_high - others_lo)
        if low > high:
            return None
        ranges[i] = (low, high)
    return ranges


def disclosed(values: Sequence[int], hidden_cells: set[int], total_hidden: bool, threshold: int) -> bool:
    """True when some hidden non-zero cell can be worked out exactly from what is printed."""
    for low_small in (1, 0):
        ranges = feasible_ranges(values, hidden_cells, total_hidden, threshold, low_small)
        if ranges is None:
            continue
        for i, (low, high) in ranges.items():
            if values[i] > 0 and low == high:
                return True
    return False


def protect(values: Sequence[int], threshold: int) -> tuple[set[int], bool]:
    """Which cells (by index) and whether the total must be hidden."""
    values = [int(v or 0) for v in values]
    if threshold <= 1:
        return set(), False
    hidden_cells = {i for i, v in enumerate(values) if is_small(v, threshold)}
    total_hidden = is_small(sum(values), threshold)
    while hidden_cells and disclosed(values, hidden_cells, total_hidden, threshold):
        visible = [i for i in range(len(values)) if i not in hidden_cells]
        nonzero = sorted((values[i], i) for i in visible if values[i] > 0)
        if nonzero:
            hidden_cells.add(nonzero[0][1])
        elif visible:
            hidden_cells.add(visible[0])
        elif not total_hidden:
            total_hidden = True
        else:
            break
    return hidden_cells, total_hidden


def breakdown_figures(cells: Mapping[str, int] | None, kind: str, threshold: int) -> ProtectedBreakdown | None:
    if cells is None:
        return None
    keys = list(cells)
    values = [int(cells[k] or 0) for k in keys]
    total = sum(values)
    if kind == STOCK:
        return ProtectedBreakdown(tuple((k, shown(v)) for k, v in zip(keys, values, strict=True)), shown(total))
    hidden_cells, total_hidden = protect(values, threshold)
    out = []
    for i, (key, value) in enumerate(zip(keys, values, strict=True)):
        if i in hidden_cells:
            out.append((key, hidden(threshold, value < threshold)))
        else:
            out.append((key, shown(value)))
    total_fig = hidden(threshold, total < threshold) if total_hidden else shown(total)
    return ProtectedBreakdown(tuple(out), total_fig)
