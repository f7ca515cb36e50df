"""``dropin export --format dhis2-json | dhis2-csv | adx``: true counts for DHIS2 / DATIM, by a manager's login.

The records are the two known weeks of ``test_reports_end_to_end`` (this week 5 people tested and told their
result, which the public report withholds).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema
from sqlalchemy import select

from dropin import cli
from dropin.models.security import AuditEntry
from dropin.paths import resources_dir
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.test_reports_end_to_end import centre  # noqa: F401 - the fixture

MAPPING = resources_dir() / "dhis2-mapping.example.json"
XSD = Path(__file__).parent / "data" / "adx.xsd"


@pytest.fixture
def env(centre, db_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    return db_path


def export(env, fmt, out, *period, user="manager", mapping=MAPPING):
    args = ["export", "--db", str(env), "--format", fmt, "--out", str(out), *period]
    if mapping:
        args += ["--mapping", str(mapping)]
    if user:
        args += ["--user", user]
    return cli.main(args)


def test_json_follows_data_value_sets_with_true_counts(env, tmp_path, db, capsys):
    out = tmp_path / "w47.json"
    assert export(env, "dhis2-json", out, "--week", "2026-W47") == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert set(payload) == {"dataSet", "dataValues"}
    values = payload["dataValues"]
    for row in values:
        assert set(row) <= {"dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo", "value"}
        assert row["period"] == "2026W47" and row["orgUnit"] == "DiszpKrYNg8"
        assert row["value"].isdigit()  # numbers only: no "<5", "*", percentages or medians
    got = {(r["dataElement"], r.get("categoryOptionCombo")): r["value"] for r in values}
    # the public report prints "*" or "<5" for these; the authorised submission carries the true counts
    assert got[("HTS_TST", None)] == "5"
    assert got[("HTS_POS_PRELIMINARY", None)] == "1"
    assert got[("HIV_KITS_USED", None)] == "9"
    assert got[("SHELTER_RESIDENTS", None)] == "3"
    assert got[("HTS_TST_AGE", "COC_35_39")] == "5"
    assert got[("SHELTER_BED_NIGHTS", None)] == "18"
    assert "Authorised submission" in capsys.readouterr().out
    with db.session() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == "2026-W47", AuditEntry.entity == "authorised_submission")
        ).one()
        assert entry.username == "manager"


def test_csv_and_period_codes(env, tmp_path):
    for flag, value, code in (
        ("--month", "2026-11", "202611"),
        ("--period", "2026-Q4", "2026Q4"),
        ("--week", "2026-W46", "2026W46"),
    ):
        out = tmp_path / f"{code}.csv"
        assert export(env, "dhis2-csv", out, flag, value) == 0
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert rows[0] == ["dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo", "value"]
        assert {r[1] for r in rows[1:]} == {code}
        assert all(r[5].isdigit() for r in rows[1:])
    rows = list(csv.reader(open(tmp_path / "2026W46.csv", encoding="utf-8")))
    assert ["HTS_TST", "2026W46", "DiszpKrYNg8", "", "HllvX50cXC0", "5"] in rows


def test_adx_validates_against_the_schema(env, tmp_path):
    out = tmp_path / "q4.adx.xml"
    assert export(env, "adx", out, "--from", "2026-11-09", "--to", "2026-11-22") == 0
    schema = xmlschema.XMLSchema(str(XSD))
    schema.validate(str(out))
    ns = {"adx": "urn:ihe:qrph:adx:2015"}
    groups = ElementTree.parse(out).getroot().findall("adx:group", ns)
    assert [g.get("period") for g in groups] == ["2026-11-09/P7D", "2026-11-16/P7D"]
    assert {g.get("dataSet") for g in groups} == {"KP_DROPIN_MONTHLY"}
    w47 = {(v.get("dataElement"), v.get("AGE")): v.get("value") for v in groups[1].findall("adx:dataValue", ns)}
    assert w47[("HTS_TST", None)] == "5" and w47[("HTS_TST_AGE", "35-39")] == "5"
    # the schema test can fail: a value that is not a number is refused
    bad = out.read_text(encoding="utf-8").replace('value="5"', 'value="&lt;5"', 1)
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(bad)


@pytest.mark.parametrize("case", ["no_user", "wrong_password", "not_a_manager", "percent_mapped", "no_mapping"])
def test_refused_with_one_line(env, tmp_path, monkeypatch, capsys, case):
    out = tmp_path / "x.json"
    user, mapping = "manager", MAPPING
    if case == "no_user":
        user = None
    elif case == "wrong_password":
        monkeypatch.setenv("DROPIN_USER_PASSWORD", "not the password")
    elif case == "not_a_manager":
        user = "front_desk"
    elif case == "percent_mapped":
        mapping = tmp_path / "m.json"
        mapping.write_text(json.dumps({"orgUnit": "X", "dataElements": {"testing.positivity": {"dataElement": "P"}}}))
    else:
        mapping = None
    assert export(env, "dhis2-json", out, "--week", "2026-W47", user=user, mapping=mapping) == 2
    err = capsys.readouterr().err
    assert err.startswith("dropin: ") and err.count("\n") == 1
    assert not out.exists()
