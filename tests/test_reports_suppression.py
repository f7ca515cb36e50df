"""Small-cell suppression: "<5", zeros, percentages, stock, and no recovery by subtraction."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from dropin.reports import protection as prot
from dropin.reports import suppression as sup
from dropin.reports.definitions import COUNT, STOCK, TESTING
from dropin.reports.service import week_figures


def test_counts_from_one_to_four_print_as_less_than_five():
    assert [sup.count_figure(v, 5).text for v in (0, 1, 2, 3, 4, 5, 1234)] == [
        "0",
        "<5",
        "<5",
        "<5",
        "<5",
        "5",
        "1,234",
    ]
    assert sup.count_figure(3, 5).value is None  # the hidden number is not carried along
    assert sup.count_figure(None, 5).text == "–"


def test_threshold_is_configurable():
    assert sup.count_figure(9, 10).text == "<10"
    assert sup.count_figure(10, 10).text == "10"


def test_stock_is_never_suppressed():
    assert sup.figure(STOCK, 2, 5).text == "2"


def test_percent_hidden_when_a_part_is_hidden():
    data = dict(TESTING_BASE, **{"testing.reactive": 3, "testing.hts_tst": 40})
    assert week_figures(TESTING, data, 5)["testing.positivity"].text == "*"
    data = dict(TESTING_BASE, **{"testing.reactive": 6, "testing.hts_tst": 40})
    assert week_figures(TESTING, data, 5)["testing.positivity"].text == "15.0%"
    data = dict(TESTING_BASE, **{"testing.reactive": 0, "testing.tested": 0})
    assert week_figures(TESTING, data, 5)["testing.positivity"].text == "–"


def test_median_days_hidden_when_few_people_were_linked():
    data = dict(TESTING_BASE, **{"testing.linked_art": 2, "testing.median_days_to_art": 4.0})
    assert week_figures(TESTING, data, 5)["testing.median_days_to_art"].text == "*"
    data = dict(TESTING_BASE, **{"testing.linked_art": 7, "testing.median_days_to_art": 4.5})
    assert week_figures(TESTING, data, 5)["testing.median_days_to_art"].text == "4.5"


TESTING_BASE = {ind.key: 0 for ind in TESTING.indicators if not ind.breakdown}


def texts(cells, kind=COUNT, t=5):
    """One breakdown through the protection pass: the printed cells and total."""
    values = {prot.cell("k", c): v for c, v in cells.items()}
    values[prot.total("k")] = sum(cells.values())
    rels = [prot.eq(prot.total("k"), [prot.cell("k", c) for c in cells])]
    hidden = prot.protect(values, set(values) if kind == COUNT else set(), rels, t)

    def text(name):
        if name in hidden:
            return "*" if hidden[name] else f"<{t}"
        return str(values[name])

    return [text(prot.cell("k", c)) for c in cells], text(prot.total("k"))


def test_stock_breakdowns_are_never_suppressed():
    assert texts({"a": 1, "b": 9}, STOCK) == (["1", "9"], "10")


def test_one_hidden_cell_with_a_visible_total_hides_the_next_smallest():
    assert texts({"walk_in": 100, "phone": 3, "online": 0, "outreach": 12, "accompanied": 8}) == (
        ["100", "<5", "0", "12", "*"],
        "123",
    )


def test_two_hidden_cells_need_no_complement_when_they_cannot_be_separated():
    assert texts({"a": 50, "b": 2, "c": 3}) == (["50", "<5", "<5"], "55")


def test_zeros_beside_small_cells_only_are_withheld_and_the_table_prints_stars():
    # 1 + 0 + 2: printing the 0 would say where the people are; with a 0 withheld every hidden figure is "*"
    assert texts({"a": 1, "b": 0, "c": 2}) == (["*", "*", "*"], "*")


def test_no_hidden_cells_means_nothing_else_is_hidden():
    assert texts({"a": 5, "b": 0, "c": 17}) == (["5", "0", "17"], "22")


def test_one_plus_complement_that_would_still_give_it_away_hides_more():
    # 5 and 1 with total 6 would pin both; the zero beside them goes too, and the table prints "*"
    cells, total = texts({"a": 5, "b": 1, "c": 0})
    assert cells == ["*", "*", "*"] and total == "6"


# ---------------------------------------------------------------- property
def _reader_solutions(printed, total_text, t, top):
    """Every table a reader could believe, by brute force (independent of the protection code).

    "<t" is 1..t-1; in a table showing no "<t" a "*" may be anything, else it is t or more.
    """
    texts_all = [*printed, total_text]
    mixed = f"<{t}" in texts_all

    def options(text):
        if text == f"<{t}":
            return range(1, t)
        if text == "*":
            return range(t, top + 1) if mixed else range(0, top + 1)
        return [int(text.replace(",", ""))]

    for combo in itertools.product(*[options(x) for x in printed]):
        if sum(combo) in options(total_text):
            yield combo


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=1, max_size=4), st.integers(3, 5))
def test_a_hidden_cell_cannot_be_recovered(values, t):
    cells = {f"c{i}": v for i, v in enumerate(values)}
    printed, total_text = texts(cells, COUNT, t)
    # what is printed is true: "<t" is never a 0
    for value, text in zip(values, printed, strict=True):
        assert text == str(value) or (text == f"<{t}" and 0 < value < t) or text == "*"
    assert total_text in (str(sum(values)), f"<{t}", "*")
    solutions = list(_reader_solutions(printed, total_text, t, sum(values) + t))
    assert tuple(values) in solutions
    for i, text in enumerate(printed):
        if text in (f"<{t}", "*"):
            assert len({s[i] for s in solutions}) > 1, (values, printed, total_text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=2, max_size=8))
def test_small_cells_are_always_hidden(values):
    printed, total_text = texts({f"c{i}": v for i, v in enumerate(values)})
    assert all(printed[i] in ("<5", "*") for i, v in enumerate(values) if 0 < v < 5)
    if 0 < sum(values) < 5:
        assert total_text in ("<5", "*")


def _threshold_with(db, value):
    from dropin.reports.service import _threshold
    from dropin.settings import set_setting

    with db.session() as s:
        if value is not _MISSING:
            set_setting(s, "small_count_threshold", value)
        return _threshold(s)


_MISSING = object()


def test_the_threshold_falls_back_to_five_when_the_setting_is_missing_or_broken(db):
    assert _threshold_with(db, _MISSING) == 5 == sup.DEFAULT_THRESHOLD
    assert _threshold_with(db, "five") == 5
    assert _threshold_with(db, None) == 5
    assert _threshold_with(db, 10) == 10
    assert _threshold_with(db, 0) == 1  # never below one: a zero would print every count
