"""Small-cell suppression: "<5", zeros, percentages, stock, and no recovery by subtraction."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from dropin.reports import suppression as sup
from dropin.reports.definitions import COUNT, STOCK, TESTING
from dropin.reports.service import week_figures


def test_counts_from_one_to_four_print_as_less_than_five():
    assert [sup.count_figure(v, 5).text for v in (0, 1, 2, 3, 4, 5, 1234)] == ["0", "<5", "<5", "<5", "<5", "5", "1,234"]
    assert sup.count_figure(3, 5).value is None  # the hidden number is not carried along
    assert sup.count_figure(None, 5).text == "–"


def test_threshold_is_configurable():
    assert sup.count_figure(9, 10).text == "<10"
    assert sup.count_figure(10, 10).text == "10"


def test_stock_is_never_suppressed():
    assert sup.figure(STOCK, 2, 5).text == "2"
    assert sup.breakdown_figures({"a": 1, "b": 9}, STOCK, 5).cells[0][1].text == "1"


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
    b = sup.breakdown_figures(cells, kind, t)
    return [f.text for _, f in b.cells], b.total.text


def test_one_hidden_cell_with_a_visible_total_hides_the_next_smallest():
    assert texts({"walk_in": 100, "phone": 3, "online": 0, "outreach": 12, "accompanied": 8}) == (
        ["100", "<5", "0", "12", "*"], "123")


def test_two_hidden_cells_need_no_complement_when_they_cannot_be_separated():
    assert texts({"a": 50, "b": 2, "c": 3}) == (["50", "<5", "<5"], "55")


def test_small_total_is_hidden():
    assert texts({"a": 1, "b": 0, "c": 2}) == (["<5", "0", "<5"], "<5")


def test_no_hidden_cells_means_nothing_else_is_hidden():
    assert texts({"a": 5, "b": 0, "c": 17}) == (["5", "0", "17"], "22")


def test_one_plus_complement_that_would_still_give_it_away_hides_more():
    # 5 and 1 with total 6: "*" (>= 5) and "<5" (>= 1) add up to 6 only as 5 + 1
    cells, total = texts({"a": 5, "b": 1, "c": 0})
    assert cells[1] == "<5" and cells[0] == "*"
    assert cells[2] != "0" or total != "6"


# ---------------------------------------------------------------- property
def _reader_solutions(printed, total_text, t, low_small, top):
    """Every assignment a reader could believe, by brute force (independent of the interval maths)."""
    options = []
    for text in printed:
        if text == f"<{t}":
            options.append(range(low_small, t))
        elif text == "*":
            options.append(range(t, top + 1))
        else:
            options.append([int(text.replace(",", ""))])
    for combo in itertools.product(*options):
        total = sum(combo)
        if total_text == f"<{t}" and not (max(low_small, 1) <= total < t):
            continue
        if total_text == "*" and total < t:
            continue
        if total_text not in (f"<{t}", "*") and total != int(total_text.replace(",", "")):
            continue
        yield combo


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=1, max_size=4), st.integers(3, 5))
def test_a_hidden_cell_cannot_be_recovered(values, t):
    cells = {f"c{i}": v for i, v in enumerate(values)}
    printed, total_text = texts(cells, COUNT, t)
    # what is printed is true
    for value, text in zip(values, printed, strict=True):
        assert text == str(value) or (text == f"<{t}" and value < t) or (text == "*" and value >= t)
    assert total_text in (str(sum(values)), f"<{t}", "*")
    # no hidden non-zero cell is pinned down, whether the reader assumes "<t" means 1.. or 0..
    top = sum(values) + t
    for low_small in (1, 0):
        solutions = list(_reader_solutions(printed, total_text, t, low_small, top))
        if not solutions:
            continue
        for i, text in enumerate(printed):
            if text in (f"<{t}", "*") and values[i] > 0 and total_text not in (f"<{t}", "*"):
                assert len({s[i] for s in solutions}) > 1, (values, printed, total_text, low_small)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=2, max_size=8))
def test_small_cells_are_always_hidden_and_the_total_only_as_a_last_resort(values):
    hidden_cells, total_hidden = sup.protect(values, 5)
    assert all(i in hidden_cells for i, v in enumerate(values) if 0 < v < 5)
    if 0 < sum(values) < 5:
        assert total_hidden
    elif total_hidden:  # only once every other cell is already withheld
        assert hidden_cells == set(range(len(values)))
    assert not sup.disclosed(values, hidden_cells, total_hidden, 5) or total_hidden
