"""One protection pass over every figure printed for a period, audited with an exact integer solver.

The solver (``scipy.optimize.milp``) plays a reader who knows every relation
between the printed figures and the suppression rules ("<5" is 1 to 4, "*" is 0
or at least 5) and works out the smallest and largest value of each hidden
figure. A hidden figure whose smallest and largest values are equal is a
disclosure.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from dropin.clock import FixedClock
from dropin.context import ServiceContext, system_user
from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, build_demo
from dropin.models.database import Database
from dropin.reports import periods as per
from dropin.reports import protection as prot
from dropin.reports.definitions import SECTIONS, SHELTER, TESTING
from dropin.reports.service import ReportService, period_figures
from dropin.reports.weeks import Week
from dropin.security.auth import AuthService
from dropin.security.roles import Role

pytestmark = pytest.mark.both_engines


T = 5


def reader_domains(values, hidden, rels, threshold=T):
    """What the printed marks alone tell a reader, as the legend and the rules say.

    "<5" is 1 to 4. A "*" in a table that shows no "<5" may be any number (such a table may withhold a 0, and
    then prints every withheld figure as "*"), and so may the same figure printed elsewhere; a "*" in a table
    that shows a "<5" is 5 or more; a "*" on a figure of its own is 0, or 5 or more (returned as a gap).
    """
    tables = [r.names for r in rels if r.equal and r.names[0].endswith(":")]
    same = {}
    for r in rels:
        if r.equal and r.const == 0 and len(r.terms) == 2 and sorted(c for c, _ in r.terms) == [-1, 1]:
            a, b = r.names
            same.setdefault(a, {a}).add(b), same.setdefault(b, {b}).add(a)
    opened, tabled = set(), {n for t in tables for n in t}
    for t in tables:
        if any(n in hidden for n in t) and not any(hidden.get(n) is False for n in t):
            opened |= {m for n in t if n in hidden for m in same.get(n, {n})}
    out = {}
    for n, v in values.items():
        if n not in hidden:
            out[n] = (v, v, False)
        elif hidden[n] is False:
            out[n] = (1, threshold - 1, False)
        elif n in opened:
            out[n] = (0, None, False)
        elif n in tabled:
            out[n] = (threshold, None, False)
        else:
            out[n] = (0, None, True)
    return out


def solver_ranges(values, hidden, rels, threshold=T):
    """Exact min and max of every hidden figure given the visible ones (integer programme)."""
    names = sorted(values)
    index = {n: i for i, n in enumerate(names)}
    doms = reader_domains(values, hidden, rels, threshold)
    gaps = [n for n in names if doms[n][2]]
    nvar = len(names) + len(gaps)
    big = 10 * max([1, *values.values()]) + 1000
    lo, hi = np.zeros(nvar), np.zeros(nvar)
    for n in names:
        low, high, _gap = doms[n]
        lo[index[n]], hi[index[n]] = low, big if high is None else high
    rows, low_b, high_b = [], [], []
    for k, n in enumerate(gaps):  # 0 or at least t: x >= t*b, x <= big*b
        b = len(names) + k
        lo[b], hi[b] = 0, 1
        row = np.zeros(nvar)
        row[index[n]], row[b] = 1, -threshold
        rows.append(row), low_b.append(0), high_b.append(np.inf)
        row = np.zeros(nvar)
        row[index[n]], row[b] = 1, -big
        rows.append(row), low_b.append(-np.inf), high_b.append(0)
    for rel in rels:
        if not all(n in index for n in rel.names):
            continue
        row = np.zeros(nvar)
        for c, n in rel.terms:
            row[index[n]] += c
        rows.append(row), low_b.append(-rel.const if rel.equal else -np.inf), high_b.append(-rel.const)
    constraints = [LinearConstraint(np.array(rows), low_b, high_b)] if rows else []
    out = {}
    for n in hidden:
        found = []
        for sign in (1, -1):
            c = np.zeros(nvar)
            c[index[n]] = sign
            res = milp(c, constraints=constraints, integrality=np.ones(nvar), bounds=Bounds(lo, hi))
            assert res.status == 0, (n, res.message)  # the true figures are always a solution
            found.append(round(sign * res.fun))
        out[n] = tuple(found)
    return out


def audit(sections, data, threshold=T):
    values, protected = prot.figures(sections, data)
    rels = prot.relations(sections, data)
    for rel in rels:  # the relations are facts: the true figures satisfy them
        total = sum(c * values[n] for c, n in rel.terms) + rel.const
        assert (total == 0) if rel.equal else (total <= 0), rel
    hidden = prot.protect(values, protected, rels, threshold)
    ranges = solver_ranges(values, hidden, rels, threshold)
    return values, hidden, {n: r for n, r in ranges.items() if r[0] == r[1]}


def _testing_data(**over):
    data = {
        "testing.counselled": 16,
        "testing.hts_tst": 15,
        "testing.reactive": 2,
        "testing.known_positive": 0,
        "testing.by_age": {"20-24": 8, "25-29": 7},
        "testing.by_gender": {"female": 15, "male": 0},
        "testing.by_kp": {"fsw": 15, "msw": 0},
        "testing.by_modality": {"drop_in": 15, "outreach": 0},
        "testing.by_result": {"nonreactive": 13, "reactive": 2, "invalid": 1},
        "testing.referred": 2,
        "testing.diagnosed": 0,
        "testing.kits_used": 18,
        "testing.kits_other": 2,
        "testing.kits_on_hand": 40,
        "testing.lots_expiring": 0,
        "testing.qc_runs": 1,
        "testing.overdue": 0,
    }
    data.update(over)
    return {"testing": data}


def test_people_tested_and_tests_by_result_cannot_pin_the_reactive_people():
    """15 people, 13 non-reactive tests of 16 used to pin reactive = 2 and invalid = 1."""
    values, hidden, pinned = audit((TESTING,), _testing_data())
    assert not pinned
    assert {"testing.reactive", "testing.by_result:reactive", "testing.by_result:invalid"} <= set(hidden)
    # the kits used would give the number of tests away once the tests' total is hidden
    if "testing.by_result:" in hidden:
        assert "testing.kits_used" in hidden


def test_without_the_linked_sets_the_solver_finds_the_disclosure():
    """The audit can fail: protecting each table on its own leaves the reactive people recoverable."""
    data = _testing_data()
    values, protected = prot.figures((TESTING,), data)
    rels = prot.relations((TESTING,), data)
    tables_only = [r for r in rels if r.equal and r.names[0].endswith(":")]
    hidden = prot.protect(values, protected, tables_only, T)
    ranges = solver_ranges(values, hidden, rels)
    assert any(lo == hi for lo, hi in ranges.values())


def test_withheld_zeros_print_as_a_star_never_as_less_than_five():
    data = _testing_data(
        **{
            "testing.by_result": {"nonreactive": 0, "reactive": 3, "invalid": 0},
            "testing.hts_tst": 3,
            "testing.reactive": 3,
            "testing.by_age": {"20-24": 3},
            "testing.by_gender": {"female": 3},
            "testing.by_kp": {"fsw": 3},
            "testing.by_modality": {"drop_in": 3},
            "testing.kits_used": 5,
        }
    )
    figs = period_figures((TESTING,), data, T)["testing"]
    cells = dict(figs["testing.by_result"].cells)
    # everyone tested was reactive: the zeros beside the only small cell are withheld, as "*" (never "<5"),
    # and with the total small too the table is withheld as a whole
    assert cells["nonreactive"].text == "*" and cells["invalid"].text == "*"
    assert figs["testing.by_result"].total.hidden
    assert figs["testing.kits_used"].hidden


def test_a_zero_is_hidden_when_every_other_cell_of_its_table_is_hidden():
    values = {"k:a": 2, "k:b": 3, "k:c": 0, "k:": 5}
    rels = [prot.eq("k:", ["k:a", "k:b", "k:c"])]
    hidden = prot.protect(values, set(values), rels, T)
    # the zero is withheld, and the table then prints "*" for every withheld figure (never "<5" beside a 0)
    assert hidden == {"k:a": True, "k:b": True, "k:c": True}
    values = {"k:a": 2, "k:b": 30, "k:d": 40, "k:c": 0, "k:": 72}
    hidden = prot.protect(values, set(values), [prot.eq("k:", ["k:a", "k:b", "k:c", "k:d"])], T)
    assert "k:c" not in hidden  # a visible cell beside it: the zero stays


def _shelter_data(**over):
    data = {
        "shelter.beds": 4,
        "shelter.bed_nights": 21,
        "shelter.child_bed_nights": 0,
        "shelter.residents": 3,
        "shelter.nights": 7,
        "shelter.occupancy": 75.0,
        "shelter.bed_nights_available": 28,
        "shelter.admissions": 0,
        "shelter.discharges": {"housed": 0, "left": 0},
        "shelter.extensions": 0,
        "shelter.overstays": 0,
        "shelter.children": 0,
    }
    data.update(over)
    return {"shelter": data}


def test_bed_nights_with_no_admissions_cannot_give_the_residents_away():
    """21 bed-nights, no admissions or discharges in a week used to mean exactly 3 residents."""
    values, hidden, pinned = audit((SHELTER,), _shelter_data())
    assert not pinned
    assert "shelter.residents" in hidden and "shelter.bed_nights" in hidden
    figs = period_figures((SHELTER,), _shelter_data(), T)["shelter"]
    assert figs["shelter.occupancy"].hidden  # a share of available nights would give the bed-nights back


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    today = dt.date(2026, 11, 25)
    build_demo(path, weeks=30, today=today, kdf_iter=1000)
    db = Database.open(path, "demo passphrase", kdf_iter=1000)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the reports read every store
    yield db, today
    db.close()


def test_no_hidden_figure_of_any_demo_week_can_be_recovered(demo):
    db, today = demo
    service = ReportService(ServiceContext(db, system_user(), FixedClock(dt.datetime.combine(today, dt.time(12)))))
    modules = {s.key: service._module(s) for s in SECTIONS}
    weeks = [Week.containing(today).shifted(-i) for i in range(0, 30)]
    periods = weeks + [per.Month(2026, 10), per.Quarter(2026, 3)]
    checked = hidden_total = 0
    with db.session() as session:
        for period in periods:
            data = service._compute(session, modules, period)
            values, hidden, pinned = audit(SECTIONS, data)
            assert not pinned, (period.label, pinned)
            checked += 1
            hidden_total += len(hidden)
    assert checked == len(periods) and hidden_total > 100  # the demo weeks do have small cells to protect


def test_the_cheap_pre_check_frees_only_what_a_second_solution_shows(monkeypatch):
    rels = [prot.eq("t:", ["t:a", "t:b", "t:c"])]
    # a and b hidden as "<5": moving one up and the other down is a second solution, so neither is pinned
    values = {"t:": 10, "t:a": 3, "t:b": 2, "t:c": 5}
    reading = prot.reading_of({"t:a": False, "t:b": False}, rels)
    doms = {n: reading.domain(n, v, T) for n, v in values.items()}
    assert prot._witness(values, doms, rels, "t:a", 1, T) == {"t:a", "t:b"}

    def no_solver(*args, **kwargs):
        raise AssertionError("the integer programme ran although every hidden figure had a second solution")

    monkeypatch.setattr(prot, "exact_ranges", no_solver)
    assert prot._exact_pinned(values, reading, rels + [prot.le("t:a", "t:c")], T) == []
    # a alone hidden next to shown figures is pinned: no second solution, and the solver (not the pre-check) says so
    monkeypatch.undo()
    lone = prot.reading_of({"t:a": False}, rels)
    lone_doms = {n: lone.domain(n, v, T) for n, v in values.items()}
    assert prot._witness(values, lone_doms, rels, "t:a", 1, T) == set()
    assert prot._witness(values, lone_doms, rels, "t:a", -1, T) == set()
    assert prot._exact_pinned(values, lone, rels + [prot.le("t:a", "t:c")], T) == ["t:a"]
    # a "*" (0, or 5 and more) never steps into 1..4
    star = {"t:": 10, "t:a": 5, "t:b": 0, "t:c": 5}
    gap = prot.Reading({"t:a": True, "t:b": True})
    gap_doms = {n: gap.domain(n, v, T) for n, v in star.items()}
    assert prot._witness(star, gap_doms, rels, "t:b", 1, T) == set()
