"""The advocacy report: consented cases only, suppression, nothing identifying in the PDF or CSV; the CLI."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from pypdf import PdfReader

from dropin import cli
from dropin.clients.service import ClientInput, ClientService
from dropin.errors import PermissionDenied, ValidationError
from dropin.incidents.advocacy import AdvocacyService, write_csv, year_range
from dropin.incidents.advocacy_pdf import render_pdf
from dropin.incidents.records import IncidentInput
from dropin.incidents.service import IncidentService
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

pytestmark = pytest.mark.both_engines


D = dt.date
SECRET_ACCOUNT = "He took my passport at the Hotel Zarya"


@pytest.fixture
def known(ctx_for):
    """Known records: 7 consented police cases in one area, 3 other consented ones, 6 that must not count."""
    ClientService(ctx_for(Role.FRONT_DESK)).register(ClientInput("ZETA1990F"))
    legal = IncidentService(ctx_for(Role.LEGAL_ADVISOR))

    def add(consent=True, **over):
        base = dict(
            occurred_on=D(2026, 5, 14),
            client_code="ZETA1990F",
            place_type="street",
            area="Lenin district",
            perpetrator="police",
            violations=("extortion", "detention"),
            support=("legal",),
            account=SECRET_ACCOUNT,
        )
        base.update(over)
        incident_id = legal.create(IncidentInput(**base))
        if consent is not None:
            legal.set_consent(incident_id, consent, D(2026, 6, 1))
        return incident_id

    police = [add(complained=True, complaint_to="prosecutor", complaint_on=D(2026, 5, 20)) for _ in range(6)]
    police.append(add(occurred_on=D(2026, 7, 3), date_precision="month"))
    for incident_id, outcome in zip(police, ["won"] * 6 + ["lost"], strict=True):
        case_id = legal.open_case(incident_id, "administrative", D(2026, 6, 1))
        legal.set_outcome(case_id, outcome, D(2026, 9, 1))
    add(perpetrator="client", area="Rare village", violations=("physical",), support=("medical",))
    add(perpetrator="client", area=None, violations=("sexual",), support=())
    add(perpetrator="third_party", area=None, violations=("physical",), support=("medical", "psychological"))
    hidden = [
        add(consent=False, perpetrator="staff", area="Secret street", violations=("forced_test",)) for _ in range(3)
    ]
    withdrawn = add(perpetrator="staff", area="Secret street", violations=("forced_test",))
    legal.set_consent(withdrawn, False, D(2026, 8, 1))  # changed their mind
    for incident_id in hidden + [withdrawn]:
        legal.set_outcome(legal.open_case(incident_id, "civil", D(2026, 6, 1)), "won", D(2026, 9, 2))
    add(consent=None, perpetrator="public")  # never asked: no consent
    voided = add(perpetrator="public")
    legal.void(voided, "Duplicate")
    add(occurred_on=D(2025, 12, 30))  # outside the year
    return legal


def cells(table):
    return {code: fig.text for code, fig in table.cells}


def test_figures_come_from_consented_cases_only(ctx_for, known):
    report = AdvocacyService(ctx_for(Role.MANAGER)).build(*year_range(2026))
    assert report.is_year
    assert report.figure("incidents").text == "10"
    assert report.figure("complaints").text == "6"
    assert report.figure("decided").text == "7"
    assert report.figure("won").text == "6"
    assert report.figure("won_share").text == "85.7%"
    perpetrators = cells(report.table("perpetrator"))
    assert perpetrators["police"] == "7"
    assert perpetrators["client"] == "<5" and perpetrators["third_party"] == "<5"
    assert perpetrators["staff"] == "0" and perpetrators["public"] == "0"
    violations = cells(report.table("violations"))
    assert violations["extortion"] == "7" and violations["forced_test"] == "0"
    assert violations["physical"] == "<5" and violations["sexual"] == "<5"
    # the rare area is merged, the area never recorded is its own line, the secret one never appears
    areas = cells(report.table("area"))
    assert list(areas) == ["Lenin district", "_other_areas", "_no_area"]
    assert areas == {"Lenin district": "7", "_other_areas": "<5", "_no_area": "<5"}
    support = cells(report.table("support"))
    assert support["legal"] == "7" and support["medical"] == "<5" and support["psychological"] == "<5"


def test_a_lone_small_cell_is_protected_against_subtraction(ctx_for, known):
    IncidentService(known.ctx).void(
        next(r.id for r in known.rows() if r.perpetrator == "third_party"), "Entered by mistake"
    )
    report = AdvocacyService(ctx_for(Role.MANAGER)).build(*year_range(2026))
    # total 9 and police 7 printed would give the client cell (2) away: police is withheld instead
    perpetrators = cells(report.table("perpetrator"))
    assert report.table("perpetrator").total.text == "9"
    # the table withholds a figure that is not small, so every withheld figure there prints "*"
    assert perpetrators["client"] == "*" and perpetrators["police"] == "*"


def test_pdf_and_csv_hold_nothing_identifying(ctx_for, known, tmp_path):
    report = AdvocacyService(ctx_for(Role.MANAGER)).build(*year_range(2026))
    pdf = render_pdf(report, tmp_path / "advocacy.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    csv_text = write_csv(report, tmp_path / "advocacy.csv").read_text(encoding="utf-8")
    assert "Violence and rights violations in 2026" in text
    assert "Police or other law enforcement" in text and "Lenin district" in text
    for leak in (
        "ZETA1990F",
        "Zarya",
        "passport",
        "Secret street",
        "Rare village",
        "Duplicate",
        "14 May",
        "2026-05-14",
        "20 May",
        "3 July",
        "1 September",
        "Health or social-service staff\n4",
    ):
        assert leak not in text, leak
        assert leak not in csv_text, leak
    rows = list(csv.DictReader(open(tmp_path / "advocacy.csv", encoding="utf-8")))
    assert {
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        "indicator": "perpetrator",
        "category": "police",
        "value": "7",
    } in rows


def test_russian_pdf(ctx_for, known, tmp_path):
    from dropin.reports.cli import translator_for

    report = AdvocacyService(ctx_for(Role.MANAGER)).build(*year_range(2026))
    text = PdfReader(render_pdf(report, tmp_path / "ru.pdf", translator_for("ru"))).pages[0].extract_text()
    assert "2026" in text and "Police" not in text


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER, Role.FACILITATOR])
def test_advocacy_report_roles(ctx_for, role):
    with pytest.raises(PermissionDenied):
        AdvocacyService(ctx_for(role)).build(*year_range(2026))
    AdvocacyService(ctx_for(Role.LEGAL_ADVISOR)).build(*year_range(2026))


def test_bad_periods(ctx_for):
    service = AdvocacyService(ctx_for(Role.MANAGER))
    with pytest.raises(ValidationError):
        service.build(D(2026, 5, 1), D(2026, 4, 1))
    with pytest.raises(ValidationError):
        service.build(D(2027, 1, 1), D(2027, 12, 31))


@pytest.fixture
def env(monkeypatch, db, db_path):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")  # the legal store opens to a manager's (or legal advisor's) login
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    return db_path


@pytest.mark.file_only  # the command line on a file
def test_advocacy_command(env, known, tmp_path, capsys):
    out, csv_out = tmp_path / "a.pdf", tmp_path / "a.csv"
    assert cli.main(["advocacy", "--db", str(env), "--year", "2026", "--out", str(out), "--csv", str(csv_out)]) == 0
    assert "Police or other law enforcement" in PdfReader(out).pages[0].extract_text()
    assert "police,7" in csv_out.read_text()
    assert "2026-01-01" in capsys.readouterr().out


@pytest.mark.file_only  # the command line on a file
@pytest.mark.parametrize(
    "args, first, last",
    [
        (["--week", "2026-W20"], "2026-05-11", "2026-05-17"),
        (["--month", "2026-05"], "2026-05-01", "2026-05-31"),
        (["--period", "2026-Q2"], "2026-04-01", "2026-06-30"),
        (["--period", "2026"], "2026-01-01", "2026-12-31"),
        (["--from", "2026-05-01", "--to", "2026-07-31"], "2026-05-01", "2026-07-31"),
    ],
)
def test_advocacy_command_takes_the_periods_of_the_reports(env, known, tmp_path, capsys, args, first, last):
    out, csv_out = tmp_path / "a.pdf", tmp_path / "a.csv"
    assert cli.main(["advocacy", "--db", str(env), *args, "--out", str(out), "--csv", str(csv_out)]) == 0
    rows = list(csv.DictReader(open(csv_out, encoding="utf-8")))
    assert {(row["period_start"], row["period_end"]) for row in rows} == {(first, last)}
    assert f"{first} to {last}" in capsys.readouterr().out
    police = next(row["value"] for row in rows if row["category"] == "police")
    assert police == ("6" if last < "2026-07-01" else "7")  # the seventh police case is from July


@pytest.mark.parametrize(
    "args",
    [
        ["--year", "2026", "--from", "2026-01-01"],
        ["--year", "2026", "--month", "2026-05"],
        ["--month", "2026-05", "--period", "2026-Q2"],
        [],
        ["--from", "1.1.2026", "--to", "2026-02-01"],
        ["--from", "2026-01-01"],
        ["--year", "26"],
        ["--month", "2026-13"],
        ["--week", "2026-W60"],
    ],
)
def test_advocacy_command_user_errors(env, tmp_path, capsys, args):
    assert cli.main(["advocacy", "--db", str(env), *args, "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_broken_threshold_setting_suppresses_below_five(ctx_for, known, db):
    from dropin.settings import set_setting

    with db.session() as s:
        set_setting(s, "small_count_threshold", "five")
    report = AdvocacyService(ctx_for(Role.MANAGER)).build(*year_range(2026))
    perpetrators = cells(report.table("perpetrator"))
    assert perpetrators["client"] == "<5" and perpetrators["police"] == "7"
    assert report.figure("won").text == "6" and report.figure("complaints").text == "6"
