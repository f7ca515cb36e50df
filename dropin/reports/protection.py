"""One protection pass over every figure printed together for one period.

A reader of the report knows more than each table on its own: that the
people tested by age add up to the people tested, that kits used are the tests
plus the kits used for other things, that a shelter resident sleeps between one
and every night of the period, and so on. Those facts are written here as
linear relations between the printed figures (``Relation``); the suppression
pass then hides figures until no hidden figure can be worked out from the
visible ones and the relations.

* A count from 1 to t-1 prints as ``<t``, a withheld 0 never does. A table that
  withholds a 0 prints every withheld figure as ``*`` (small ones too), so there
  a ``*`` may be any number; see :class:`Reading` for what each mark tells.
* What a reader can deduce is found by bound propagation over the relations,
  then checked exactly with an integer programme (``scipy.optimize.milp``). While
  some hidden figure is pinned to one value, the smallest visible figure sharing
  a relation with it is hidden (a table's total last).
* A zero is hidden when every non-zero cell of its table is hidden.

The test suite checks the result with an exact integer solver over many demo
weeks (``tests/test_reports_protection.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from dropin.reports.definitions import COUNT, DAYS, PERCENT, STOCK, Section

BIG = 10**9
MAX_ROUNDS = 60


@dataclass(frozen=True)
class Relation:
    """``sum(coef * figure) + const`` is ``== 0`` (``equal``) or ``<= 0``; ``const`` is known to the reader."""

    terms: tuple[tuple[int, str], ...]
    const: int = 0
    equal: bool = False

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(name for _c, name in self.terms)


def cell(key: str, code: str) -> str:
    return f"{key}:{code}"


def total(key: str) -> str:
    return f"{key}:"


def le(smaller: str | list[str], larger: str | list[str], const: int = 0) -> Relation:
    """``sum(smaller) <= sum(larger) + const``."""
    a = [smaller] if isinstance(smaller, str) else smaller
    b = [larger] if isinstance(larger, str) else larger
    return Relation(tuple((1, n) for n in a) + tuple((-1, n) for n in b), -const)


def eq(left: str | list[str], right: str | list[str], const: int = 0) -> Relation:
    """``sum(left) == sum(right) + const``."""
    return Relation(le(left, right, const).terms, -const, True)


# --------------------------------------------------------------- the published figures and the facts linking them
def figures(
    sections: tuple[Section, ...], data: Mapping[str, Mapping[str, Any] | None]
) -> tuple[dict[str, int], set[str]]:
    """Every printed count of one period, by name, and the names that may be suppressed (not STOCK)."""
    values: dict[str, int] = {}
    protected: set[str] = set()
    for section in sections:
        values_of = data.get(section.key)
        if values_of is None:
            continue
        for ind in section.indicators:
            raw = values_of.get(ind.key)
            if ind.kind in (PERCENT, DAYS):
                continue
            if ind.breakdown:
                if not isinstance(raw, Mapping):
                    continue
                names = [cell(ind.key, code) for code in raw] + [total(ind.key)]
                for code, n in raw.items():
                    values[cell(ind.key, code)] = int(n or 0)
                values[total(ind.key)] = sum(int(n or 0) for n in raw.values())
            elif isinstance(raw, (int, float)):
                names = [ind.key]
                values[ind.key] = int(raw)
            else:
                continue
            if ind.kind == COUNT:
                protected.update(names)
    return values, protected


def relations(sections: tuple[Section, ...], data: Mapping[str, Mapping[str, Any] | None]) -> list[Relation]:
    """What a reader knows to be true about the figures of one period."""
    flat: dict[str, Any] = {}
    for values in data.values():
        if values:
            flat.update(values)
    out: list[Relation] = []
    for section in sections:
        for ind in section.indicators:
            raw = flat.get(ind.key)
            if ind.breakdown and isinstance(raw, Mapping) and ind.kind != STOCK:
                out.append(eq(total(ind.key), [cell(ind.key, code) for code in raw]))

    def have(*names: str) -> bool:
        return all(n.split(":", 1)[0] in flat and flat[n.split(":", 1)[0]] is not None for n in names)

    def by(key: str, code: str) -> str:
        return cell(key, code)

    # drop-in visits
    if have("visits.contacts", "visits.by_channel"):
        out.append(eq("visits.contacts", total("visits.by_channel")))
    for key in ("visits.by_gender", "visits.by_age_band"):
        if have("visits.people", key):
            out.append(eq("visits.people", total(key)))
    if have("visits.people", "visits.contacts", "visits.anonymous"):
        out += [le("visits.new_people", "visits.people"), le(["visits.people", "visits.anonymous"], "visits.contacts")]
    # testing: people and tests
    if have("testing.hts_tst"):
        for key in ("testing.by_age", "testing.by_gender", "testing.by_kp", "testing.by_modality"):
            if have(key):
                out.append(eq("testing.hts_tst", total(key)))
        out.append(le("testing.reactive", "testing.hts_tst"))
    if have("testing.hts_tst", "testing.by_result"):
        reactive, nonreactive = by("testing.by_result", "reactive"), by("testing.by_result", "nonreactive")
        out += [
            le("testing.reactive", reactive),
            le("testing.hts_tst", ["testing.reactive", nonreactive]),
            le(["testing.hts_tst", "testing.known_positive"], [reactive, nonreactive]),
            # the two above with the table's sum, written out (bound propagation sees one relation at a time)
            le(
                ["testing.hts_tst", "testing.known_positive", cell("testing.by_result", "invalid")],
                total("testing.by_result"),
            ),
        ]
    if have("testing.kits_used", "testing.by_result", "testing.kits_other"):
        out.append(eq("testing.kits_used", total("testing.by_result"), int(flat["testing.kits_other"])))
    # shelter: residents sleep between one and every night of the period
    if have("shelter.bed_nights", "shelter.residents", "shelter.nights"):
        nights = int(flat["shelter.nights"])
        out += [
            le("shelter.residents", "shelter.bed_nights"),
            Relation(((1, "shelter.bed_nights"), (-nights, "shelter.residents"))),
            Relation(
                (
                    (nights, "shelter.residents"),
                    (-nights, "shelter.admissions"),
                    (-nights, total("shelter.discharges")),
                    (-1, "shelter.bed_nights"),
                )
            )
            if have("shelter.admissions", "shelter.discharges")
            else le("shelter.residents", "shelter.bed_nights"),
        ]
    if have("shelter.child_bed_nights", "shelter.children", "shelter.nights"):
        nights = int(flat["shelter.nights"])
        out += [
            le("shelter.children", "shelter.child_bed_nights"),
            Relation(((1, "shelter.child_bed_nights"), (-nights, "shelter.children"))),
        ]
    # children's activities
    if have("children.distinct", "children.attendances"):
        out.append(le("children.distinct", "children.attendances"))
    if have("children.parents", "children.parent_attendances"):
        out.append(le("children.parents", "children.parent_attendances"))
    # people reached across services
    if have("reach.people"):
        if have("reach.package"):
            out.append(le("reach.package", "reach.people"))
        for key in ("visits.people", "testing.hts_tst", "shelter.residents", "children.parents"):
            if have(key):
                out.append(le(key, "reach.people"))
    return out


# ------------------------------------------------------------------ what a reader can deduce
Domain = list[Any]  # [low, high, gap]: gap means the values 1..t-1 are impossible


@dataclass(frozen=True)
class Reading:
    """What the printed marks tell a reader, besides the relations.

    * ``<t``: 1 to t-1.
    * ``*`` in a table that withholds a 0 (``open``): any number, 0 included — there every withheld figure
      prints ``*``, small ones too.
    * ``*`` elsewhere in a table: t or more (a withheld 0 would have opened the table).
    * ``*`` on a figure of its own: 0, or t or more.
    """

    hidden: Mapping[str, bool]
    open: frozenset[str] = frozenset()
    tabled: frozenset[str] = frozenset()

    def domain(self, name: str, value: int, threshold: int) -> Domain:
        if name not in self.hidden:
            return [value, value, False]
        if not self.hidden[name]:
            return [1, threshold - 1, False]
        if name in self.open:
            return [0, BIG, False]
        if name in self.tabled:
            return [threshold, BIG, False]
        return [0, BIG, True]


def _normalise(d: Domain, threshold: int) -> None:
    if d[2]:
        if 1 <= d[0] < threshold:
            d[0] = threshold
        if 1 <= d[1] < threshold:
            d[1] = 0


def deduce(
    values: Mapping[str, int], reading: Reading, rels: list[Relation], threshold: int
) -> dict[str, tuple[int, int]]:
    """The smallest and largest value a reader can give each hidden figure, by bound propagation."""
    dom: dict[str, Domain] = {name: reading.domain(name, value, threshold) for name, value in values.items()}
    rels = [r for r in rels if all(n in dom for n in r.names)]
    for _round in range(MAX_ROUNDS):
        changed = False
        for rel in rels:
            lows = [c * dom[n][0] if c > 0 else c * dom[n][1] for c, n in rel.terms]
            highs = [c * dom[n][1] if c > 0 else c * dom[n][0] for c, n in rel.terms]
            low_sum, high_sum = sum(lows), sum(highs)
            for (c, n), lo_i, hi_i in zip(rel.terms, lows, highs, strict=True):
                d = dom[n]
                if d[0] == d[1]:
                    continue
                upper = -rel.const - (low_sum - lo_i)  # c * x <= upper
                lower = -rel.const - (high_sum - hi_i) if rel.equal else None  # c * x >= lower
                new_lo, new_hi = d[0], d[1]
                if c > 0:
                    new_hi = min(new_hi, upper // c)
                    if lower is not None:
                        new_lo = max(new_lo, -(-lower // c))
                else:
                    new_lo = max(new_lo, -(-upper // c))
                    if lower is not None:
                        new_hi = min(new_hi, lower // c)
                if (new_lo, new_hi) != (d[0], d[1]):
                    d[0], d[1] = new_lo, new_hi
                    _normalise(d, threshold)
                    changed = True
        if not changed:
            break
    return {name: (dom[name][0], dom[name][1]) for name in reading.hidden if name in dom}


def exact_ranges(
    values: Mapping[str, int], reading: Reading, rels: list[Relation], threshold: int, names: list[str]
) -> dict[str, tuple[int, int]]:
    """Like :func:`deduce` but exact: an integer programme (HiGHS through ``scipy.optimize.milp``) per bound."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    order = sorted(values)
    index = {n: i for i, n in enumerate(order)}
    doms = {n: reading.domain(n, values[n], threshold) for n in order}
    gaps = [n for n in order if doms[n][2]]
    nvar = len(order) + len(gaps)
    big = 10 * max([1, *values.values()]) + 1000
    lo, hi = np.zeros(nvar), np.zeros(nvar)
    for n in order:
        lo[index[n]], hi[index[n]] = doms[n][0], min(doms[n][1], big)
    rows, low_b, high_b = [], [], []
    for k, n in enumerate(gaps):  # 0 or at least t: x >= t*b and x <= big*b with b in {0, 1}
        b = len(order) + k
        hi[b] = 1
        for coef, low, high in ((-threshold, 0, np.inf), (-big, -np.inf, 0)):
            row = np.zeros(nvar)
            row[index[n]], row[b] = 1, coef
            rows.append(row)
            low_b.append(low)
            high_b.append(high)
    for rel in rels:
        row = np.zeros(nvar)
        for c, n in rel.terms:
            row[index[n]] += c
        rows.append(row)
        low_b.append(-rel.const if rel.equal else -np.inf)
        high_b.append(-rel.const)
    constraints = [LinearConstraint(np.array(rows), low_b, high_b)] if rows else []

    def solve(name: str, sign: int) -> int:
        c = np.zeros(nvar)
        c[index[name]] = sign
        res = milp(c, constraints=constraints, integrality=np.ones(nvar), bounds=Bounds(lo, hi))
        return round(sign * res.fun) if res.status == 0 else values[name]

    out = {}
    for n in names:
        true = values[n]
        # the true value is always possible: one bound that differs from it settles "not pinned"
        low = true if true == doms[n][0] else solve(n, 1)
        if low != true:
            out[n] = (low, true)
            continue
        out[n] = (low, true if true == doms[n][1] else solve(n, -1))
    return out


def _component(name: str, rels: list[Relation]) -> tuple[set[str], list[Relation]]:
    """The figures linked to ``name`` and the relations linking them (in the order they are reached)."""
    having: dict[str, list[Relation]] = {}
    for rel in rels:
        for m in dict.fromkeys(rel.names):
            having.setdefault(m, []).append(rel)
    names, todo, used, taken = {name}, [name], [], set()
    while todo:
        n = todo.pop()
        for rel in having.get(n, ()):
            if rel not in taken:
                taken.add(rel)
                used.append(rel)
                for m in rel.names:
                    if m not in names:
                        names.add(m)
                        todo.append(m)
    return names, used


def _tables(rels: list[Relation]) -> list[tuple[str, ...]]:
    return [r.names for r in rels if r.equal and r.names and r.names[0].endswith(":")]


def _aliases(rels: list[Relation]) -> dict[str, set[str]]:
    """Figures that are the same number printed twice (a breakdown's total and the plain figure it breaks down)."""
    group: dict[str, set[str]] = {}
    for rel in rels:
        if rel.equal and rel.const == 0 and len(rel.terms) == 2 and sorted(c for c, _ in rel.terms) == [-1, 1]:
            a, b = rel.names
            merged = group.get(a, {a}) | group.get(b, {b})
            for n in merged:
                group[n] = merged
    return group


def reading_of(hidden: Mapping[str, bool], rels: list[Relation]) -> Reading:
    """How a reader takes the printed marks (see :class:`Reading`)."""
    tables = _tables(rels)
    aliases = _aliases(rels)
    opened: set[str] = set()
    for table in tables:
        if any(n in hidden for n in table) and not any(n in hidden and not hidden[n] for n in table):
            for n in table:
                if n in hidden:
                    opened |= aliases.get(n, {n})
    tabled = {n for table in tables for n in table}
    return Reading(hidden, frozenset(opened), frozenset(tabled))


def protect(values: Mapping[str, int], protected: set[str], rels: list[Relation], threshold: int) -> dict[str, bool]:
    """The figures to hide: name -> True when printed ``*`` (withheld), False when printed ``<t``."""
    if threshold <= 1:
        return {}
    useful = [r for r in rels if all(n in values for n in r.names)]
    aliases = _aliases(useful)
    tables = _tables(useful)
    hidden: dict[str, bool] = {}

    def hide(name: str) -> None:
        for n in aliases.get(name, {name}):
            hidden[n] = not 0 < values[n] < threshold

    for n in protected:
        if 0 < values[n] < threshold:
            hide(n)
    for _ in range(len(values) + 1):
        for table in tables:
            cells = [n for n in table if not n.endswith(":")]
            # zeros beside hidden cells only would say who the hidden ones are: hide them too
            if len(cells) > 1 and any(n in hidden for n in cells) and all(n in hidden for n in cells if values[n] != 0):
                for n in cells:
                    if n not in hidden and n in protected:
                        hide(n)
        for table in tables:
            # a table that withholds a 0 prints every withheld figure as "*" (so "<t" never stands for a 0)
            if any(n in hidden and values[n] == 0 for n in table):
                for n in table:
                    if n in hidden:
                        for m in aliases.get(n, {n}):
                            hidden[m] = True
        reading = reading_of(hidden, useful)
        ranges = deduce(values, reading, useful, threshold)
        pinned = [n for n, (lo, hi) in ranges.items() if lo == hi]
        if not pinned:
            pinned = _exact_pinned(values, reading, useful, threshold)
        if not pinned:
            break
        candidates = []
        for rel in useful:
            if any(n in rel.names for n in pinned):
                candidates += [n for n in rel.names if n not in hidden and n in protected]
        if not candidates:  # widen to everything linked to the pinned figures
            for n in pinned:
                candidates += [m for m in _component(n, useful)[0] if m not in hidden and m in protected]
        if not candidates:
            # nothing left to hide: print the tables holding the pinned figures as "*" throughout ("any number")
            opened = False
            for table in tables:
                if any(n in pinned for n in table):
                    for n in table:
                        if n in hidden and not hidden[n]:
                            for m in aliases.get(n, {n}):
                                hidden[m] = True
                            opened = True
            if opened:
                continue
            break  # nothing more can be done (only never-suppressed stock figures are left)
        # a cell of a table before a figure that is a total (a total is the last resort)
        candidates.sort(key=lambda n: (n.endswith(":") or len(aliases.get(n, ())) > 1, values[n] == 0, values[n], n))
        hide(candidates[0])
    return hidden


def _fits(value: int, d: Domain, threshold: int) -> bool:
    return d[0] <= value <= d[1] and not (d[2] and 1 <= value < threshold)


def _witness(
    values: Mapping[str, int], doms: Mapping[str, Domain], rels: list[Relation], name: str, step: int, threshold: int
) -> set[str]:
    """Figures an explicit other solution changes, starting by moving ``name`` by ``step`` (empty if none found).

    The true values satisfy every relation; the move is repaired one broken relation at a time by moving a
    hidden figure of it that has not moved yet. Any integer solution found this way is a proof: each figure it
    changes can take two values, so none of them is pinned. (Finding none proves nothing: the solver decides.)
    """
    x = dict(values)
    x[name] += step
    if not _fits(x[name], doms[name], threshold):
        return set()
    moved = {name}
    for _ in range(2 * len(rels) + 2):
        broken = None
        for rel in rels:
            residual = sum(c * x[n] for c, n in rel.terms) + rel.const
            if residual > 0 or (rel.equal and residual != 0):
                broken = (rel, residual)
                break
        if broken is None:
            return moved
        rel, residual = broken
        for c, n in rel.terms:
            if n in moved or doms[n][0] == doms[n][1] or residual % c:
                continue
            value = x[n] - residual // c
            if _fits(value, doms[n], threshold):
                x[n] = value
                moved.add(n)
                break
        else:
            return set()
    return set()


def _exact_pinned(values: Mapping[str, int], reading: Reading, rels: list[Relation], threshold: int) -> list[str]:
    """Hidden figures an exact solver can pin, looked for one linked group at a time.

    A cheap exact pre-check comes first: a figure shown to take two values by an explicit second solution
    (:func:`_witness`) cannot be pinned, so the integer programme only runs for the figures left.
    """
    seen: set[str] = set()
    pinned = []
    for name in sorted(reading.hidden):
        if name in seen:
            continue
        names, used = _component(name, rels)
        seen |= names
        group = [n for n in names if n in reading.hidden]
        if len(used) <= 1 and not any(reading.domain(n, values[n], threshold)[2] for n in names):
            continue  # one sum over intervals: bound propagation is already exact
        part = {n: values[n] for n in names}
        doms = {n: reading.domain(n, part[n], threshold) for n in names}
        free: set[str] = set()
        for n in group:
            for step in (1, -1):
                if n not in free:
                    free |= _witness(part, doms, used, n, step, threshold)
        left = [n for n in group if n not in free]
        if left:
            ranges = exact_ranges(part, reading, used, threshold, left)
            pinned += [n for n, (lo, hi) in ranges.items() if lo == hi]
    return pinned
