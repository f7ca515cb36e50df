"""``dropin report`` and ``dropin export``: exit codes, the PDF written, the CSV content."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from dropin import cli
from dropin.reports import service
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.test_reports_support import fake_areas, loader_for


@pytest.fixture
def env(monkeypatch, db, db_path, users):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_USER", "manager")
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    areas = fake_areas(missing=("dropin.children.indicators",))
    monkeypatch.setattr(service, "import_area", loader_for(areas))
    return db_path


def test_report_command_writes_the_pdf(env, tmp_path, capsys):
    out = tmp_path / "out" / "summary.pdf"
    assert cli.main(["report", "--db", str(env), "--week", "2026-W47", "--out", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Week 47, 2026" in text and "\n123\n111\n" in text
    assert "Children's activities\nNo data recorded for this area." in text
    assert "2026-W47" in capsys.readouterr().out


@pytest.mark.parametrize("week", ["2026-47", "2026-W60", "next"])
def test_bad_week_exits_2_with_one_line(env, tmp_path, capsys, week):
    assert cli.main(["report", "--db", str(env), "--week", week, "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dropin: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_language_exits_2(env, tmp_path, capsys):
    assert (
        cli.main(["report", "--db", str(env), "--week", "2026-W47", "--lang", "xx", "--out", str(tmp_path / "x.pdf")])
        == 2
    )
    assert "xx" in capsys.readouterr().err


def test_wrong_passphrase_exits_2(env, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DROPIN_PASSPHRASE", "wrong")
    assert cli.main(["report", "--db", str(env), "--out", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize(
    ("first", "last"), [("16.11.2026", "2026-11-22"), ("2026-11-16", "tomorrow"), ("2026-11-22", "2026-11-16")]
)
def test_bad_dates_exit_2(env, tmp_path, capsys, first, last):
    assert cli.main(["export", "--db", str(env), "--from", first, "--to", last, "--out", str(tmp_path / "csv")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_export_writes_one_csv_per_section(env, tmp_path, capsys):
    out = tmp_path / "csv"
    assert cli.main(["export", "--db", str(env), "--from", "2026-11-10", "--to", "2026-11-22", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "access.csv",
        "children.csv",
        "incidents.csv",
        "outreach.csv",
        "reach.csv",
        "shelter.csv",
        "testing.csv",
        "visits.csv",
    ]
    rows = read_csv(out / "visits.csv")
    assert list(rows[0]) == [
        "period",
        "period_start",
        "period_end",
        "indicator",
        "indicator_name",
        "category",
        "value",
        "kind",
    ]
    assert {r["period"] for r in rows} == {"2026W46", "2026W47"}

    def value(period, key, category=""):
        (match,) = [r for r in rows if r["period"] == period and r["indicator"] == key and r["category"] == category]
        return match["value"]

    assert value("2026W47", "visits.contacts") == "123"
    assert value("2026W46", "visits.contacts") == "111"
    assert value("2026W47", "visits.new_people") == "<5"
    assert value("2026W47", "visits.anonymous") == "14"
    assert value("2026W47", "visits.by_channel", "phone") == "<5"
    assert value("2026W47", "visits.by_channel", "accompanied") == "*"  # complementary suppression
    assert value("2026W47", "visits.by_channel", "online") == "0"
    assert value("2026W47", "visits.lubricant") == "2"
    week = [r for r in rows if r["period"] == "2026W47"][0]
    assert (week["period_start"], week["period_end"]) == ("2026-11-16", "2026-11-22")
    testing = read_csv(out / "testing.csv")
    positivity = {r["period"]: r["value"] for r in testing if r["indicator"] == "testing.positivity"}
    assert positivity == {"2026W46": "25.0", "2026W47": "*"}
    assert read_csv(out / "children.csv") == []  # area not installed: header only
    assert "(no data recorded for this area)" in capsys.readouterr().out
    # nothing that is not an aggregate
    everything = "".join(p.read_text(encoding="utf-8") for p in out.iterdir())
    assert "notes" not in everything.lower()


@pytest.mark.parametrize(
    "flags, label",
    [
        (["--period", "2026-Q3"], "2026-Q3"),
        (["--month", "2026-10"], "2026-10"),
        (["--period", "2026"], "2026"),
        (["--from", "2026-10-05", "--to", "2026-10-20"], "2026-10-05..2026-10-20"),
    ],
)
def test_report_for_other_periods(env, tmp_path, capsys, flags, label):
    out = tmp_path / "p.pdf"
    assert cli.main(["report", "--db", str(env), *flags, "--out", str(out)]) == 0
    assert label in capsys.readouterr().out
    assert out.exists()


@pytest.mark.parametrize(
    "flags",
    [
        ["--week", "2026-W40", "--month", "2026-10"],
        ["--period", "2026-Q5"],
        ["--month", "2026-13"],
        ["--from", "2026-10-05"],
        ["--period", "2027-Q1"],
    ],
)
def test_bad_periods_exit_2(env, tmp_path, capsys, flags):
    assert cli.main(["report", "--db", str(env), *flags, "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dropin: ") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
