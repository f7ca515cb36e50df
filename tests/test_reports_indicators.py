"""Corrected indicators, each from records entered through the services with known answers.

Linkage from the diagnosis, positivity without people already known positive, people tested by
age, key population and modality, distinct people over a month (not weeks added up), people
reached across services and with the defined package, accompanying children's bed-nights, and
nights not yet slept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.children.service import AttendanceService, SessionService
from dropin.clients.service import ClientInput, ClientService
from dropin.errors import ValidationError
from dropin.models.children import KIND_WORKSHOP
from dropin.models.testing import HivTest
from dropin.reports import periods as per
from dropin.reports import reach
from dropin.reports.service import ReportService
from dropin.security.roles import Role
from dropin.shelter import indicators as shelter_indicators
from dropin.shelter.beds import BedService
from dropin.shelter.stays import StayService
from dropin.testing import indicators
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService
from dropin.testing.service import CounsellingService, TestService
from dropin.visits.service import ServiceGiven, VisitInput, VisitService

pytestmark = pytest.mark.both_engines


D = dt.date
OCTOBER = (D(2026, 10, 1), D(2026, 11, 1))


class Desk:
    def __init__(self, ctx_for, clock):
        self.clock = clock
        self.desk, self.peer = ctx_for(Role.FRONT_DESK), ctx_for(Role.PEER_COUNSELLOR)
        self.manager, self.social = ctx_for(Role.MANAGER), ctx_for(Role.SOCIAL_WORKER)
        self.facilitator = ctx_for(Role.FACILITATOR)
        self.ids: dict[str, int] = {}
        self.lot = None

    def on(self, day: D, hour: int = 10) -> None:
        self.clock.set(dt.datetime.combine(day, dt.time(hour)))

    def client(self, code: str, gender: str = "female", birth_year: int | None = 1990, kp_type=None) -> None:
        self.on(D(2026, 9, 1))
        info = ClientService(self.desk).register(
            ClientInput(code=code, gender=gender, birth_year=birth_year, kp_type=kp_type), confirmed_new=True
        )
        self.ids[code] = info.id

    def visit(self, day: D, code: str, channel: str = "walk_in", **goods) -> None:
        self.on(day, 9)
        services = tuple(ServiceGiven(k, v if not isinstance(v, bool) else 1) for k, v in goods.items())
        VisitService(self.desk).record(VisitInput(self.ids[code], channel, services, None))

    def test(
        self, day: D, code: str, reactive: bool, *, given: bool = True, on_art: bool = False, modality=None
    ) -> int:
        if self.lot is None:
            self.on(D(2026, 9, 1))
            self.lot = KitService(self.peer).receive("Determine", "L1", D(2027, 12, 31), 200, "donation").id
        self.on(day, 11)
        # the kit controls passed that day (no kits counted): the quality gate lets the test start
        QcService(self.peer).record_run(self.lot, "monthly", True, True, kits_used=0)
        CounsellingService(self.peer).record_session(code, pre_test_counselling=True, consent_given=True, on_art=on_art)
        tests = TestService(self.peer)
        running = tests.start_test_for_client(code, self.lot, modality=modality)
        self.clock.advance(minutes=25)
        return tests.record_result(running.id, True, reactive, result_given=given).id

    def confirm(self, code: str, confirmed: D, art: D | None) -> None:
        self.on(max(confirmed, art or confirmed), 15)
        refs = ReferralService(self.peer)
        (ref,) = [r for r in refs.open_referrals() if r.client_code == code]
        refs.record_outcome(ref.id, confirmatory_result="positive", confirmatory_on=confirmed, art_start_on=art)


@pytest.fixture
def desk(ctx_for, clock):
    return Desk(ctx_for, clock)


def compute(desk, first: D, end: D, module=indicators, **kw) -> dict:
    with desk.manager.transaction() as s:
        return module.compute(s, first, end, **kw)


def test_linkage_counts_from_the_diagnosis_among_the_newly_diagnosed(desk):
    for code in ("LINK1", "LINK2", "LINK3", "LINK4", "ONART"):
        desk.client(code)
    # screened reactive on 1 October; confirmed on the 10th; ART 5, 20, 60 days after the diagnosis, one not yet
    for code in ("LINK1", "LINK2", "LINK3", "LINK4"):
        desk.test(D(2026, 10, 1), code, True)
    desk.confirm("LINK1", D(2026, 10, 10), D(2026, 10, 15))
    desk.confirm("LINK2", D(2026, 10, 10), D(2026, 10, 30))
    desk.confirm("LINK3", D(2026, 10, 10), D(2026, 12, 9))
    desk.confirm("LINK4", D(2026, 10, 10), None)
    # already on ART when tested: not newly diagnosed, not newly linked
    desk.test(D(2026, 10, 2), "ONART", True, on_art=True)
    desk.confirm("ONART", D(2026, 10, 12), D(2026, 10, 12))

    out = compute(desk, *OCTOBER)
    assert out["testing.diagnosed"] == 4
    assert (out["testing.linked_7"], out["testing.linked_30"], out["testing.linked_90"]) == (1, 2, 3)
    assert (out["testing.linked_7_pct"], out["testing.linked_30_pct"], out["testing.linked_90_pct"]) == (
        25.0,
        50.0,
        75.0,
    )
    # days from the confirmatory result (5, 20, 60), not from the screening test (14, 29, 69)
    assert out["testing.median_days_to_art"] == 20.0
    # the diagnosis is what counts: nobody is newly diagnosed in September, when nothing was confirmed
    assert compute(desk, D(2026, 9, 1), D(2026, 10, 1))["testing.diagnosed"] == 0


def test_positivity_leaves_out_people_already_known_positive(desk):
    for code in ("NEG1", "NEG2", "NEG3", "POS1", "KNOWN", "ARTX"):
        desk.client(code)
    desk.test(D(2026, 9, 10), "KNOWN", True)
    desk.confirm("KNOWN", D(2026, 9, 15), D(2026, 9, 20))
    for code in ("NEG1", "NEG2", "NEG3"):
        desk.test(D(2026, 10, 5), code, False)
    desk.test(D(2026, 10, 6), "POS1", True)
    desk.test(D(2026, 10, 7), "KNOWN", True)  # a retest of someone confirmed positive in September
    desk.test(D(2026, 10, 8), "ARTX", True, on_art=True)  # said so at the counselling session

    out = compute(desk, *OCTOBER)
    assert out["testing.hts_tst"] == 4 and out["testing.reactive"] == 1
    assert out["testing.positivity"] == 25.0  # 1 of 4, not 3 of 6
    assert out["testing.known_positive"] == 2
    assert out["testing.by_result"] == {"nonreactive": 3, "reactive": 3, "invalid": 0}  # tests, not people


def test_people_tested_by_age_and_by_the_recorded_key_population_and_modality(desk):
    desk.client("AGE19", birth_year=2007, kp_type="fsw")
    desk.client("AGE50", gender="male", birth_year=1976, kp_type="msw")
    desk.client("TRANS", gender="trans_woman", birth_year=1999, kp_type="tg")
    desk.client("NOYEAR", gender="female", birth_year=None)  # type not stated: never guessed from the gender
    desk.visit(D(2026, 10, 5), "AGE50", "outreach")  # a visit's channel says nothing about where the test was
    desk.test(D(2026, 10, 5), "AGE19", False, modality="outreach")
    desk.test(D(2026, 10, 5), "AGE50", False)  # the testing page records a drop-in test
    desk.test(D(2026, 10, 5), "TRANS", False, modality="other_community")
    desk.test(D(2026, 10, 5), "NOYEAR", False, modality="drop_in")
    desk.test(D(2026, 10, 6), "AGE19", False)  # tested twice: still one person, counted where first tested
    desk.test(D(2026, 10, 7), "NOYEAR", False, given=False)

    out = compute(desk, *OCTOBER)
    assert out["testing.hts_tst"] == 4
    age = {k: v for k, v in out["testing.by_age"].items() if v}
    assert age == {"15-19": 1, "50+": 1, "25-29": 1, "unknown": 1}
    assert out["testing.by_kp"] == {"fsw": 1, "msw": 1, "tg": 1, "other_kp": 1}
    assert out["testing.by_modality"] == {"drop_in": 2, "outreach": 1, "other_community": 1}
    assert sum(out["testing.by_gender"].values()) == 4


def test_a_repeat_test_keeps_where_the_first_was_done_and_a_wrong_modality_is_refused(desk):
    desk.client("REPEAT", kp_type="fsw")
    desk.test(D(2026, 10, 4), "REPEAT", False)
    desk.on(D(2026, 10, 5), 11)
    QcService(desk.peer).record_run(desk.lot, "monthly", True, True, kits_used=0)
    CounsellingService(desk.peer).record_session("REPEAT", pre_test_counselling=True, consent_given=True)
    tests = TestService(desk.peer)
    first = tests.start_test_for_client("REPEAT", desk.lot, modality="outreach")
    desk.clock.advance(minutes=25)
    tests.record_result(first.id, False, False)  # no control line: invalid, to be repeated
    again = tests.start_test_for_client("REPEAT", desk.lot, repeat_of_id=first.id)
    with desk.manager.transaction() as s:
        assert [s.get(HivTest, t).modality for t in (first.id, again.id)] == ["outreach", "outreach"]
    with pytest.raises(ValidationError) as error:
        tests.start_test_for_client("REPEAT", desk.lot, modality="street")
    assert error.value.field == "modality"


def test_a_month_counts_each_person_once_not_week_by_week(desk):
    desk.client("TWICE")
    desk.visit(D(2026, 10, 5), "TWICE")
    desk.visit(D(2026, 10, 20), "TWICE")
    desk.test(D(2026, 10, 6), "TWICE", False)
    desk.test(D(2026, 10, 21), "TWICE", False)
    service = ReportService(desk.manager)
    month = per.Month(2026, 10)
    with desk.manager.transaction() as s:
        modules = {sec.key: service._module(sec) for sec in service.sections}
        data = service._compute(s, modules, month)
        weeks = [service._compute(s, modules, w) for w in (per.Week(2026, 41), per.Week(2026, 43))]
    assert data["visits"]["visits.people"] == 1 and data["testing"]["testing.hts_tst"] == 1
    assert data["reach"]["reach.people"] == 1
    assert sum(w["visits"]["visits.people"] for w in weeks) == 2  # what adding up weeks would have said


def test_people_reached_across_services_and_with_the_package(desk, clock):
    desk.client("VISITOR")
    desk.client("TESTED")
    desk.client("RESIDENT")
    desk.client("PARENT")
    desk.client("PACKAGE")
    desk.client("NOTEST")
    desk.visit(D(2026, 10, 5), "VISITOR", male_condoms=10)
    desk.visit(D(2026, 10, 7), "NOTEST", male_condoms=5, leaflets=2)
    desk.test(D(2026, 10, 5), "TESTED", False)
    desk.visit(D(2026, 10, 6), "PACKAGE", female_condoms=2, leaflets=1)
    desk.test(D(2026, 10, 6), "PACKAGE", False)
    desk.on(D(2026, 10, 1))
    beds = BedService(desk.manager)
    bed = beds.add_bed(beds.add_room("Room", 1).id, "B1", available_from=D(2026, 9, 1)).id
    StayService(desk.social).admit("RESIDENT", bed, admitted_on=D(2026, 10, 1))
    desk.on(D(2026, 10, 10))
    sessions = SessionService(desk.facilitator)
    workshop = sessions.add_type("Rights workshop", KIND_WORKSHOP).id
    AttendanceService(desk.facilitator).save_adults(
        sessions.create_session(workshop, D(2026, 10, 10), dt.time(11), 60).id, ["PARENT", "VISITOR"], other_adults=3
    )
    clock.set(dt.datetime(2026, 11, 2, 9))

    out = compute(desk, *OCTOBER, module=reach)
    assert out["reach.people"] == 6  # each person once, the three adults without a code not at all
    assert out["reach.package"] == 1  # condoms, information and an HIV test: only PACKAGE had all three
    ReportService(desk.manager).set_centre_settings(
        package={"service_groups": [["male_condoms", "female_condoms"]], "hiv_test_offered": False}
    )
    assert compute(desk, *OCTOBER, module=reach)["reach.package"] == 3  # VISITOR, PACKAGE and NOTEST


def test_children_bed_nights_and_nights_not_yet_slept(desk, clock):
    desk.client("MUMA")
    desk.on(D(2026, 11, 1))
    beds = BedService(desk.manager)
    bed = beds.add_bed(beds.add_room("Room", 1).id, "B1", available_from=D(2026, 11, 1)).id
    desk.on(D(2026, 11, 16))
    StayService(desk.social).admit("MUMA", bed, children_count=2)
    week = (D(2026, 11, 16), D(2026, 11, 23))
    clock.set(dt.datetime(2026, 11, 19, 9))  # Thursday morning: three nights slept (16, 17, 18)
    now = compute(desk, *week, module=shelter_indicators, as_of=D(2026, 11, 19))
    assert now["shelter.bed_nights"] == 3 and now["shelter.child_bed_nights"] == 6
    assert now["shelter.residents"] == 1 and now["shelter.nights"] == 3
    later = compute(desk, *week, module=shelter_indicators)
    assert later["shelter.bed_nights"] == 7 and later["shelter.child_bed_nights"] == 14

    report = ReportService(desk.manager).build(per.Week(2026, 47))
    assert report.data_as_of == D(2026, 11, 19)
    assert report.line("shelter.bed_nights").this_week.text == "<5"  # 3 nights, not 7
