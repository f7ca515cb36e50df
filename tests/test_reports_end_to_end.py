"""The weekly summary end to end: real records entered through every area's services, then the
report, the PDF, ``dropin report`` and ``dropin export`` read back and checked figure by figure.

Two ISO weeks are built whose figures are known exactly:
2026-W46 (Monday 9 to Sunday 15 November, "last week") and
2026-W47 (Monday 16 to Sunday 22 November, "this week"); the report is made on Monday 23 November.
"""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest
from pypdf import PdfReader

from dropin import cli
from dropin.children.service import AttendanceService, ChildrenService, SessionService
from dropin.clients.demo import KP_OF_GENDER
from dropin.clients.service import ClientInput, ClientService
from dropin.models.children import KIND_WORKSHOP
from dropin.reports.pdf import render_pdf
from dropin.reports.service import ReportService
from dropin.reports.weeks import Week
from dropin.security.roles import Role
from dropin.shelter.beds import BedService
from dropin.shelter.stays import StayService
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService
from dropin.testing.service import CounsellingService, TestService
from dropin.visits.service import ServiceGiven, VisitInput, VisitService
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

pytestmark = pytest.mark.both_engines


D = dt.date
W46, W47 = Week(2026, 46), Week(2026, 47)
REPORT_DAY = dt.datetime(2026, 11, 23, 9, 0)

# Client codes (default recipe: mother + father + year of birth + sex).
A = ["ANBO1990F", "ELKA1990F", "IRMA1990F", "OLPE1990F", "SVTA1990F", "NAGU1990F"]
B = ["KSLE1990F", "TAVI1990F", "DIMA2000M"]
GENDER = {**{c: "female" for c in A + B[:2]}, B[2]: "male"}
ROOMS = ("Sunflower room", "Lilac room")
BEDS = ("NORTHBED-1", "NORTHBED-2", "LILACBED-1", "LILACBED-2")
CHILD_NAMES = ("Zarina", "Timofei", "Aigerim", "Bogdana", "Yaroslav", "Nurlanbek")
NOTES = (
    "VISIT-NOTE-SECRET",
    "RISK-NOTE-SECRET",
    "DISCHARGE-NOTE-SECRET",
    "SESSION-NOTE-SECRET",
    "EXTENSION-REASON-SECRET",
)
STAFF = ("Centre manager", "peer_counsellor", "social_worker", "facilitator", "front_desk")


def at(day: D, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


class Centre:
    """Enters the two weeks through the services, moving the clock as a busy week would."""

    def __init__(self, ctx_for, clock):
        self.clock = clock
        self.manager = ctx_for(Role.MANAGER)
        self.desk = ctx_for(Role.FRONT_DESK)
        self.peer = ctx_for(Role.PEER_COUNSELLOR)
        self.social = ctx_for(Role.SOCIAL_WORKER)
        self.facilitator = ctx_for(Role.FACILITATOR)
        self.ids: dict[str, int] = {}

    def on(self, day: D, hour: int = 10, minute: int = 0) -> None:
        self.clock.set(at(day, hour, minute))

    # ------------------------------------------------------------------ front desk
    def register(self, code: str) -> None:
        info = ClientService(self.desk).register(
            ClientInput(code=code, gender=GENDER[code], kp_type=KP_OF_GENDER.get(GENDER[code])), confirmed_new=True
        )
        assert info.code == code
        self.ids[code] = info.id

    def visit(self, day: D, code: str | None, channel: str = "walk_in", note: str | None = None, **goods) -> int:
        self.on(day, 11)
        services = tuple(
            ServiceGiven(k, v if isinstance(v, int) and not isinstance(v, bool) else 1) for k, v in goods.items()
        )
        row = VisitService(self.desk).record(
            VisitInput(self.ids[code] if code else None, channel, services, note, anonymous=code is None)
        )
        return row.id

    # --------------------------------------------------------------------- testing
    def test(
        self,
        day: D,
        code: str,
        lines: tuple[bool, bool] | None,
        *,
        given=True,
        lot: int,
        repeat_of: int | None = None,
        hour: int = 10,
    ) -> int:
        """Counselling with consent, a kit opened, the result read 25 minutes later (or too late)."""
        self.on(day, hour)
        if repeat_of is None:
            CounsellingService(self.peer).record_session(
                code, pre_test_counselling=True, consent_given=True, risk_items=(), risk_note=NOTES[1]
            )
        tests = TestService(self.peer)
        running = tests.start_test_for_client(code, lot, repeat_of_id=repeat_of)
        if lines is None:
            self.clock.advance(minutes=45)
            info = tests.record_too_late(running.id, result_given=given)
        else:
            self.clock.advance(minutes=25)
            info = tests.record_result(running.id, *lines, result_given=given, post_test_counselling=given)
        return info.id


def build(centre: Centre) -> None:
    c = centre
    # ============================================================ set-up (before W46)
    c.on(D(2026, 11, 2))
    for code in A:
        c.register(code)
    kits = KitService(c.peer)
    lot_main = kits.receive("Determine HIV-1/2", "LOTMAIN1", D(2027, 6, 30), 100, "donation").id
    lot_short = kits.receive("Determine HIV-1/2", "LOTSHORT", D(2027, 1, 10), 20, "purchase").id
    # kit controls before the first client test (external controls: no kits counted in the stock figures)
    QcService(c.peer).record_run(lot_main, "new_lot", True, True, kits_used=0)
    beds = BedService(c.manager)
    r1, r2 = beds.add_room(ROOMS[0], 2), beds.add_room(ROOMS[1], 2)
    bed = [
        beds.add_bed(r1.id, BEDS[0], available_from=D(2026, 11, 1)).id,
        beds.add_bed(r1.id, BEDS[1], available_from=D(2026, 11, 1)).id,
        beds.add_bed(r2.id, BEDS[2], available_from=D(2026, 11, 1)).id,
        beds.add_bed(r2.id, BEDS[3], available_from=D(2026, 11, 18)).id,
    ]  # in service from Wednesday of W47
    sessions = SessionService(c.facilitator)
    types = {t.code: t.id for t in sessions.activity_types()}
    homework, games = types["homework"], types["games"]
    workshop = sessions.add_type("Parents' rights workshop", KIND_WORKSHOP).id
    children = ChildrenService(c.facilitator)
    kids = [
        children.register_child(name, A[i % 3], birth_year=2017, consent_participation=True).id
        for i, name in enumerate(CHILD_NAMES)
    ]

    # W45: a reactive test whose follow-up stays open (overdue in both weeks)
    c.test(D(2026, 11, 5), A[5], (True, True), lot=lot_main)

    # ============================================================ W46: 9..15 November
    c.visit(D(2026, 11, 9), A[0], male_condoms=30, lubricant=10)
    c.visit(D(2026, 11, 9), A[1], male_condoms=20, shower=True)
    c.visit(D(2026, 11, 10), A[2], shower=True, meal=True)
    c.visit(D(2026, 11, 11), A[3], shower=True, meal=True)
    c.visit(D(2026, 11, 12), A[4], shower=True, meal=True, note=NOTES[0])
    c.visit(D(2026, 11, 13), A[5], shower=True, meal=True, female_condoms=2)
    c.visit(D(2026, 11, 13), None, male_condoms=4)
    c.visit(D(2026, 11, 14), None, "phone")
    for i in range(5):  # five people tested, all non-reactive, results given
        c.test(D(2026, 11, 10), A[i], (True, False), lot=lot_main, hour=10 + i)
    c.on(D(2026, 11, 10))
    stays = StayService(c.social)
    s1 = stays.admit(A[0], bed[0], children_count=4).id  # planned end 24 November
    c.on(D(2026, 11, 12))
    s2 = stays.admit(A[1], bed[1], planned_end=D(2026, 11, 19)).id
    c.on(D(2026, 11, 11))
    hw46 = sessions.create_session(homework, D(2026, 11, 11), dt.time(15), 60, note=NOTES[3]).id
    AttendanceService(c.facilitator).save_attendance(hw46, kids[:5], unregistered_children=1)

    # ============================================================ W47: 16..22 November
    c.on(D(2026, 11, 16))
    for code in B:
        c.register(code)
    QcService(c.peer).record_run(lot_short, "new_shipment", True, True)
    c.visit(D(2026, 11, 16), A[0], male_condoms=50)
    c.visit(D(2026, 11, 19), A[0], "phone")
    c.visit(D(2026, 11, 16), A[1], shower=True, male_condoms=25, lubricant=3)
    c.visit(D(2026, 11, 17), A[2], shower=True)
    c.visit(D(2026, 11, 17), A[3], "outreach", male_condoms=100)
    c.visit(D(2026, 11, 18), B[0], shower=True, meal=True)
    c.visit(D(2026, 11, 18), B[1], shower=True, meal=True)
    c.visit(D(2026, 11, 19), B[2], "phone")
    c.visit(D(2026, 11, 20), None, "outreach", male_condoms=10)
    c.visit(D(2026, 11, 20), None, "outreach", female_condoms=3)
    c.visit(D(2026, 11, 21), None, meal=True, shower=True)
    wrong = c.visit(D(2026, 11, 21), B[0], male_condoms=500, shower=True)
    VisitService(c.desk).void(wrong, "Entered twice")

    for i in range(4):  # A1..A4 non-reactive; A4 did not wait for the result
        c.test(D(2026, 11, 17), A[i], (True, False), lot=lot_main, given=i != 3, hour=9 + i)
    c.test(D(2026, 11, 18), B[0], (True, True), lot=lot_main)  # reactive: automatic referral
    invalid = c.test(D(2026, 11, 18), B[1], (False, False), lot=lot_main, hour=12)
    c.test(D(2026, 11, 18), B[1], (True, False), lot=lot_main, repeat_of=invalid, hour=13)
    c.on(D(2026, 11, 19))
    CounsellingService(c.peer).record_session(A[4], pre_test_counselling=True, consent_given=False)
    c.on(D(2026, 11, 21))
    referrals = ReferralService(c.peer)
    (ref,) = [r for r in referrals.open_referrals() if r.referred_on == D(2026, 11, 18)]
    referrals.record_outcome(
        ref.id, confirmatory_result="positive", confirmatory_on=D(2026, 11, 20), art_start_on=D(2026, 11, 21)
    )

    c.on(D(2026, 11, 17))
    stays.admit(B[0], bed[2], planned_end=D(2026, 11, 20), children_count=2)  # still there after 20th
    c.on(D(2026, 11, 18))
    stays.extend(s2, D(2026, 11, 26), NOTES[4])
    c.on(D(2026, 11, 21))
    stays.discharge(s2, D(2026, 11, 21), "housed", note=NOTES[2])
    assert s1

    attendance = AttendanceService(c.facilitator)
    c.on(D(2026, 11, 17))
    attendance.save_attendance(sessions.create_session(homework, D(2026, 11, 17), dt.time(15), 60).id, kids[:4])
    c.on(D(2026, 11, 19))
    attendance.save_attendance(
        sessions.create_session(games, D(2026, 11, 19), dt.time(15), 60).id,
        [kids[0], kids[1], kids[4], kids[5]],
        unregistered_children=2,
        parents_present=1,
    )
    c.on(D(2026, 11, 20))
    cancelled = sessions.create_session(games, D(2026, 11, 20), dt.time(15), 60).id
    sessions.cancel_session(cancelled, "Facilitator ill")
    c.on(D(2026, 11, 21))
    attendance.save_adults(
        sessions.create_session(workshop, D(2026, 11, 21), dt.time(11), 90).id, [A[0], A[1], B[0]], other_adults=2
    )

    c.clock.set(REPORT_DAY)


@pytest.fixture
def centre(ctx_for, clock):
    c = Centre(ctx_for, clock)
    build(c)
    return c


# ---------------------------------------------------------------- expected figures
#: (this week, last week) as printed; breakdowns by category code, with "total".
EXPECTED: dict[str, object] = {
    # reach: every registered person once, whatever services they used (7 this week, 6 last week)
    "reach.people": ("7", "6"),
    "reach.package": ("0", "0"),  # nobody took leaflets, a part of the default package
    # visits: 11 contacts this week (the voided one excluded), 8 last week
    "visits.contacts": ("11", "8"),
    "visits.people": ("7", "6"),
    "visits.new_people": ("<5", "6"),
    "visits.anonymous": ("<5", "<5"),
    "visits.male_condoms": ("185", "54"),  # STOCK: 50+25+100+10 / 30+20+4
    "visits.female_condoms": ("3", "2"),  # STOCK: small but never suppressed
    "visits.lubricant": ("3", "10"),
    # last week walk-in 7 + phone 1 = 8: phone is hidden, walk-in withheld too, and then the zeros beside them,
    # so the whole column prints "*"
    "visits.by_channel": {
        "walk_in": ("6", "*"),
        "phone": ("<5", "*"),
        "online": ("0", "*"),
        "outreach": ("<5", "*"),
        "accompanied": ("0", "*"),
        "total": ("11", "8"),
    },
    # female 6 + male 1 = 7: female is withheld with the small cell, then the zeros: all "*"
    "visits.by_gender": {"female": ("*", "6"), "male": ("*", "0"), "not_stated": ("*", "0"), "total": ("7", "6")},
    "visits.by_age_band": {"25-34": ("*", "0"), "35-44": ("*", "6"), "not_stated": ("*", "0"), "total": ("7", "6")},
    "visits.services": {
        "shower": ("5", "5"),
        "meal": ("<5", "<5"),
        "male_condoms": ("<5", "<5"),
        "female_condoms": ("<5", "<5"),
        "lubricant": ("<5", "<5"),
        "laundry": ("0", "0"),
        "total": ("14", "14"),
    },
    # testing: this week 5 people got a final result and were told it (A4 left before hers); one reactive
    "testing.counselled": ("7", "5"),
    "testing.hts_tst": ("*", "5"),
    "testing.reactive": ("<5", "0"),
    "testing.positivity": ("*", "0.0%"),
    "testing.known_positive": ("*", "0"),
    "testing.referred": ("<5", "0"),
    "testing.diagnosed": ("<5", "0"),
    "testing.linked_7_pct": ("*", "–"),
    "testing.median_days_to_art": ("*", "–"),
    "testing.overdue": ("<5", "<5"),
    # 7 tests (one invalid, one repeat) + 2 control kits: withheld with the tests' total it would give away
    "testing.kits_used": ("*", "5"),
    "testing.kits_on_hand": ("105", "114"),
    "testing.lots_expiring": ("1", "1"),
    "testing.qc_runs": ("1", "0"),
    # 5 + 1 + 1 tests: the small cells, the non-reactive tests and the total are withheld
    "testing.by_result": {
        "nonreactive": ("*", "5"),
        "reactive": ("<5", "0"),
        "invalid": ("<5", "0"),
        "total": ("*", "5"),
    },
    "testing.by_age": {"35-39": ("*", "5"), "20-24": ("*", "0"), "total": ("*", "5")},
    "testing.by_kp": {"fsw": ("*", "5"), "tg": ("*", "0"), "total": ("*", "5")},
    # shelter
    "shelter.beds": ("4", "3"),
    "shelter.bed_nights": ("18", "10"),  # 7 + 5 + 6 / 6 + 4
    "shelter.child_bed_nights": ("40", "*"),  # 4 children x 7 nights + 2 x 6 / 4 x 6, hidden with the 4 children
    "shelter.residents": ("<5", "<5"),
    "shelter.occupancy": ("69.2%", "47.6%"),  # 18/26, 10/21
    "shelter.bed_nights_available": ("26", "21"),
    "shelter.admissions": ("<5", "<5"),
    "shelter.extensions": ("<5", "0"),
    "shelter.overstays": ("<5", "0"),
    "shelter.children": ("6", "<5"),
    "shelter.discharges": {"housed": ("*", "0"), "returned_home": ("*", "0"), "total": ("*", "0")},
    # children
    "children.attendances": ("10", "6"),
    "children.distinct": ("6", "5"),
    "children.parents": ("<5", "0"),  # three different registered parents at the workshop
    "children.parent_attendances": ("6", "0"),  # those three, two adults without a code and one at the games
    "children.workshops": ("1", "0"),
    "children.sessions": {"homework": ("1", "1"), "games": ("1", "0"), "art": ("0", "0"), "total": ("2", "1")},
}


def pdf_lines(path) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [line.strip() for line in text.splitlines()]


def pdf_row(lines: list[str], label: str, start: int = 0) -> tuple[str, str]:
    i = lines.index(label, start)
    return lines[i + 1], lines[i + 2]


def pdf_figures(lines: list[str]) -> dict[str, object]:
    """The figures of EXPECTED as printed in the PDF (first occurrence of each label: the tables)."""
    from dropin.reports.definitions import indicator
    from dropin.reports.present import category_label

    out: dict[str, object] = {}
    for key, want in EXPECTED.items():
        label = indicator(key).label
        if isinstance(want, dict):
            title = lines.index(label)
            end = lines.index("Total", title)
            cells = {code: pdf_row(lines[: end + 3], category_label(code), title) for code in want if code != "total"}
            cells["total"] = pdf_row(lines, "Total", title)
            out[key] = cells
        else:
            out[key] = pdf_row(lines, label)
    return out


def report_figures(report) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, want in EXPECTED.items():
        line = report.line(key)
        if isinstance(want, dict):
            cats = {c.code: (c.this_week.text, c.last_week.text) for c in line.categories}
            out[key] = {code: cats[code] for code in want if code != "total"}
            out[key]["total"] = (line.total_this_week.text, line.total_last_week.text)
        else:
            out[key] = (line.this_week.text, line.last_week.text)
    return out


# ---------------------------------------------------------------------- tests
def test_report_and_pdf_show_the_exact_suppressed_figures(centre, tmp_path):
    report = ReportService(centre.manager).build()
    assert (report.week, report.previous, report.threshold) == (W47, W46, 5)
    assert all(section.recorded for section in report.sections)
    assert report_figures(report) == EXPECTED

    # no hidden figure carries its value into the PDF or the charts
    for section in report.sections:
        for line in section.lines:
            for fig in (line.this_week, line.last_week, *line.trend):
                assert not fig.hidden or fig.value is None
    # trends: 12 weeks, the two known weeks at the end
    assert [f.text for f in report.line("visits.contacts").trend[-3:]] == ["0", "8", "11"]
    assert [f.text for f in report.line("shelter.bed_nights").trend[-2:]] == ["10", "18"]

    out = render_pdf(report, tmp_path / "summary.pdf")
    lines = pdf_lines(out)
    assert pdf_figures(lines) == EXPECTED
    text = "\n".join(lines)
    assert "Week 47, 2026 · Monday 16 November 2026 to Sunday 22 November 2026" in text
    assert "Compared with Week 46, 2026." in text
    # a section that runs onto the next page repeats its title there, and only there
    pages = [page.extract_text() for page in PdfReader(out).pages]
    continued = [[ln for ln in page.splitlines() if ln.endswith("(continued)")] for page in pages]
    assert continued[0] == [] and ["Drop-in visits (continued)"] in continued
    assert ["HIV counselling and testing (continued)"] in continued
    assert all(len(c) <= 1 for c in continued)

    # nothing that identifies a person, a bed, a note or a member of staff
    forbidden = [
        *A,
        *B,
        *ROOMS,
        *BEDS,
        *CHILD_NAMES,
        *NOTES,
        *STAFF,
        "LOTMAIN1",
        "LOTSHORT",
        "Entered twice",
        "Facilitator ill",
    ]
    leaked = [word for word in forbidden if word.lower() in text.lower()]
    assert leaked == []
    raw = out.read_bytes()
    assert all(word.encode() not in raw for word in forbidden)


def read_csv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def csv_text(value: str, kind: str) -> str:
    """A CSV value in the form the PDF prints it."""
    if value == "":
        return "–"
    if kind == "percent" and re.fullmatch(r"[0-9.]+", value):
        return f"{value}%"
    return value


@pytest.mark.file_only  # the command line on a file
def test_cli_report_and_export_agree_with_the_pdf(centre, db, db_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    pdf = tmp_path / "out" / "summary.pdf"
    folder = tmp_path / "csv"
    assert cli.main(["report", "--db", str(db_path), "--week", "2026-W47", "--out", str(pdf)]) == 0
    assert (
        cli.main(["export", "--db", str(db_path), "--from", "2026-11-09", "--to", "2026-11-22", "--out", str(folder)])
        == 0
    )
    assert "2026-W47" in capsys.readouterr().out

    from_pdf = pdf_figures(pdf_lines(pdf))
    assert from_pdf == EXPECTED

    rows = []
    for name in ("reach", "visits", "testing", "shelter", "children"):
        rows += read_csv(folder / f"{name}.csv")
    assert {r["period"] for r in rows} == {"2026W46", "2026W47"}
    table = {(r["period"], r["indicator"], r["category"]): csv_text(r["value"], r["kind"]) for r in rows}
    for key, want in EXPECTED.items():
        if isinstance(want, dict):
            for code, (this, last) in want.items():
                if code == "total":
                    continue  # the export carries the categories; the total is the PDF's
                assert (table[("2026W47", key, code)], table[("2026W46", key, code)]) == (this, last), (key, code)
        else:
            assert (table[("2026W47", key, "")], table[("2026W46", key, "")]) == want, key
    # the CSV holds no client code either
    blob = "".join(
        (folder / f).read_text(encoding="utf-8") for f in ("visits.csv", "testing.csv", "shelter.csv", "children.csv")
    )
    assert not [code for code in A + B if code in blob]
