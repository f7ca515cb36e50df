"""``dropin bench`` runs end to end (at a tiny hidden scale) and reports every figure in a stable JSON shape."""

from __future__ import annotations

import json

from dropin import cli
from dropin.bench import SCALES, Figure

EXPECTED_KEYS = {
    "build",
    "unlock",
    "key_derivation",
    "unlock_login",
    "search",
    "checkin",
    "overdue_list",
    "bed_board",
    "weekly_report_pdf",
    "weekly_report",
    "weekly_report_ratio",
    "quarter_report",
    "quarter_report_ratio",
    "encryption_overhead",
    "cold_start",
    "peak_memory",
    "outreach_save",
    "outreach_coverage",
    "gui_unlock",
    "gui_page_first",
    "gui_page_later",
    "gui_reports_open",
    "gui_report_ready",
    "gui_peak_memory",
}
AREA_FIGURES = (
    "checkin",
    "overdue_list",
    "bed_board",
    "weekly_report_pdf",
    "weekly_report",
    "weekly_report_ratio",
    "outreach_save",
    "outreach_coverage",
    "quarter_report",
    "quarter_report_ratio",
)
EXPECTED_KEYS |= {"advocacy_report"}
# check-in latency with four desks writing at once, on the file and on the server
EXPECTED_KEYS |= {f"checkin_4_desks_{engine}_{stat}" for engine in ("file", "server") for stat in ("median", "p95")}


def test_bench_json_shape_and_kept_database(tmp_path, capsys):
    kept = tmp_path / "bench.db"
    assert cli.main(["bench", "--scale", "tiny", "--json", "--keep", str(kept)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kept"] == str(kept)
    assert result["scale"] == "tiny"
    assert result["sizes"] == SCALES["tiny"]
    assert result["counts"]["clients"] == SCALES["tiny"]["clients"]
    assert set(result["areas"]) >= {"frontdesk", "testing", "shelter", "children", "outreach", "reports"}
    assert all(note == "built" for note in result["areas"].values()), result["areas"]
    counts = result["counts"]
    assert counts["visits"] == SCALES["tiny"]["visits"]
    assert counts["hts_tests"] == SCALES["tiny"]["tests"] and counts["hts_referrals"] >= 0
    assert counts["shelter_stays"] == SCALES["tiny"]["stays"]
    assert counts["children_sessions"] == SCALES["tiny"]["sessions"]
    assert counts["outreach_sessions"] == SCALES["tiny"]["outreach"]
    figures = {f["key"]: f for f in result["figures"]}
    assert set(figures) == EXPECTED_KEYS
    for f in result["figures"]:
        assert set(f) == {"key", "label", "value", "unit", "target", "status", "note"}
        assert f["status"] in {"PASS", "MISS", "info", "skipped"}
        if f["status"] == "skipped":
            assert f["value"] is None and f["note"].startswith("skipped")
        else:
            assert isinstance(f["value"], float) and f["value"] > 0
        if f["status"] in {"PASS", "MISS"}:
            assert f["target"] is not None
            assert (f["status"] == "PASS") == (f["value"] < f["target"])
    for key in (
        "unlock",
        "unlock_login",
        "search",
        "encryption_overhead",
        "checkin",
        "weekly_report",
        "weekly_report_ratio",
        "cold_start",
        "gui_unlock",
        "gui_page_first",
        "gui_page_later",
        "gui_reports_open",
        "gui_peak_memory",
    ):
        assert figures[key]["status"] in {"PASS", "MISS"}, key
    assert figures["peak_memory"]["status"] == "info" and figures["peak_memory"]["value"] > 0
    for key in AREA_FIGURES:
        assert figures[key]["status"] != "skipped" and figures[key]["value"] > 0, key
    # four desks writing at once, each a process of its own: on the file, and on the server where PostgreSQL is
    from dropin.server.bench import CHECKINS, DESKS
    from dropin.server.cluster import find_bindir

    for engine in ("file", "server") if find_bindir() is not None else ("file",):
        for stat in ("median", "p95"):
            figure = figures[f"checkin_4_desks_{engine}_{stat}"]
            assert figure["status"] == "info" and figure["note"] == f"{DESKS * CHECKINS['tiny']} check-ins", figure
    # the page switches cover every page the manager can open (Admin too) and name the slowest
    from dropin.security.permissions import can
    from dropin.security.roles import Role
    from dropin.ui.pages import PAGES

    manager_pages = [spec.key for spec in PAGES if any(can(Role.MANAGER, p) for p in spec.permissions)]
    assert "admin" in manager_pages
    for key in ("gui_page_first", "gui_page_later"):
        note = figures[key]["note"]
        assert note.startswith("slowest: "), note
        assert sorted(part.split()[0] for part in note.split("; ", 1)[1].split(", ")) == sorted(manager_pages), note
    assert figures["weekly_report"]["note"] == ""  # the real ReportService, not the indicator fallback
    assert figures["cold_start"]["note"].endswith("UnlockScreen shown")
    assert figures["unlock"]["note"] == "kdf_iter 256000"
    assert_kept_database(kept)
    assert_consistent_rows(kept)


def test_bench_text_lines_and_hidden_scale(capsys):
    parser = cli.build_parser()
    parser.parse_args(["bench", "--scale", "tiny"])
    help_text = parser._subparsers._group_actions[0].choices["bench"].format_help()
    assert "tiny" not in help_text and "--keep" in help_text
    line = Figure("search", "Client-code search", 0.004, target=0.02).judge().line()
    assert "4.0 ms" in line and "PASS" in line
    assert "MISS" in Figure("unlock", "Database unlock", 0.5, target=0.3).judge().line()
    assert "skipped" in Figure("bed_board", "Bed board", status="skipped", note="skipped (area not available)").line()


def assert_kept_database(kept):
    from sqlalchemy import func, select

    from dropin.bench import BENCH_PASSPHRASE
    from dropin.models.clients import Client
    from dropin.models.database import DEFAULT_KDF_ITER, Database

    db = Database.open(kept, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER)
    try:
        assert db.integrity_ok()
        with db.session() as s:
            assert s.scalar(select(func.count(Client.id))) == SCALES["tiny"]["clients"]
    finally:
        db.close()


def assert_consistent_rows(kept):
    """Bench rows obey the areas' rules: bed-nights match stays, kit lots reconcile."""
    from sqlalchemy import func, select

    from dropin.bench import BENCH_PASSPHRASE
    from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
    from dropin.models.database import DEFAULT_KDF_ITER, Database
    from dropin.models.shelter import ShelterBedNight, ShelterStay
    from dropin.security.auth import AuthService
    from dropin.security.roles import Role
    from dropin.testing.stock import lot_stock

    db = Database.open(kept, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the tests are in the health store
    try:
        with db.session() as s:
            stock = lot_stock(s)
            assert stock and all(lot.balanced and lot.on_hand >= 0 for lot in stock)
            for stay in s.scalars(select(ShelterStay)):
                last = stay.discharged_on or stay.planned_end
                held = s.scalar(
                    select(func.count()).select_from(ShelterBedNight).where(ShelterBedNight.stay_id == stay.id)
                )
                assert held == (last - stay.admitted_on).days, stay.id
            # outreach rows pass the service's own rules: codes never outnumber the contacts counted
            from dropin.models.outreach import OutreachContact, OutreachSession

            coded = dict(
                s.execute(select(OutreachContact.session_id, func.count()).group_by(OutreachContact.session_id)).all()
            )
            for sid, new, returning in s.execute(
                select(OutreachSession.id, OutreachSession.contacts_new, OutreachSession.contacts_returning)
            ):
                assert coded.get(sid, 0) <= new + returning, sid
    finally:
        db.close()


def test_bench_reuses_a_kept_centre_for_the_reports_without_building_it(tmp_path, capsys):
    from dropin.bench.centre import build_centre

    kept = tmp_path / "centre.db"
    env, _seconds = build_centre(kept, "tiny")
    env.db.close()
    before = kept.stat().st_mtime_ns
    assert cli.main(["bench", "--scale", "tiny", "--json", "--reuse", str(kept)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kept"] == str(kept) and result["counts"] == {}  # nothing was built
    figures = {f["key"]: f for f in result["figures"]}
    assert set(figures) == {
        "weekly_report_pdf",
        "weekly_report",
        "weekly_report_ratio",
        "quarter_report",
        "quarter_report_ratio",
    }
    assert all(f["value"] > 0 and f["status"] in {"PASS", "MISS", "info"} for f in figures.values())
    assert figures["weekly_report"]["note"] == ""  # the real ReportService
    assert kept.stat().st_mtime_ns >= before
    assert_consistent_rows(kept)

    assert cli.main(["bench", "--reuse", str(kept), "--keep", str(tmp_path / "other.db")]) == 2
    assert cli.main(["bench", "--reuse", str(tmp_path / "missing.db")]) == 2
    assert not (tmp_path / "other.db").exists()
