"""Every indicator in the weekly summary, defined once.

The report, the CSV export and the tests all read these definitions. Each
area computes its own figures in ``dropin/<area>/indicators.py``:

    def compute(session, start: date, end: date) -> dict[str, Value]

``start`` is inclusive, ``end`` exclusive (a week is Monday..next Monday).
The returned keys are the ``key`` values below. A ``Value`` is an ``int`` /
``float`` / ``None`` for plain indicators, or for ``breakdown`` indicators a
``dict[str, int]`` from category code to count (categories in a stable order).
Figures are aggregates only: never a client code, bed label or note.
"""

from __future__ import annotations

from dataclasses import dataclass

from dropin.i18n import QT_TRANSLATE_NOOP, translate

Value = int | float | None | dict[str, int]

COUNT = "count"  # people or events: small counts are suppressed
PERCENT = "percent"  # derived from counts; hidden when its numerator or denominator is hidden
DAYS = "days"  # a median or average number of days
STOCK = "stock"  # commodity or kit quantities: not about people, never suppressed


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    definition: str
    numerator: str
    denominator: str | None = None
    kind: str = COUNT
    breakdown: bool = False
    #: for PERCENT: the keys of the numerator and denominator counts
    parts: tuple[str, str] | None = None
    #: shown as a 12-week trend chart
    trend: bool = False

    def tr_label(self) -> str:
        return translate("Indicators", self.label)

    def tr_definition(self) -> str:
        return translate("Indicators", self.definition)

    def tr_numerator(self) -> str:
        return translate("Indicators", self.numerator)

    def tr_denominator(self) -> str | None:
        return translate("Indicators", self.denominator) if self.denominator else None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    module: str  # where ``compute`` lives
    indicators: tuple[Indicator, ...]

    def tr_title(self) -> str:
        return translate("Indicators", self.title)


N = QT_TRANSLATE_NOOP

VISITS = Section(
    "visits",
    N("Indicators", "Drop-in visits"),
    "dropin.visits.indicators",
    (
        Indicator("visits.contacts", N("Indicators", "Contacts (visits)"),
                  N("Indicators", "Every recorded visit or contact, including anonymous walk-ins."),
                  N("Indicators", "Visits in the week that are not voided."), trend=True),
        Indicator("visits.people", N("Indicators", "Distinct people"),
                  N("Indicators", "Different registered clients who had at least one visit."),
                  N("Indicators", "Clients with one or more visits in the week."), trend=True),
        Indicator("visits.new_people", N("Indicators", "New people"),
                  N("Indicators", "Clients whose first ever visit fell in the week."),
                  N("Indicators", "Clients whose earliest visit is in the week.")),
        Indicator("visits.anonymous", N("Indicators", "Anonymous walk-ins"),
                  N("Indicators", "Visits recorded without a client code."),
                  N("Indicators", "Visits in the week with no client.")),
        Indicator("visits.by_channel", N("Indicators", "Contacts by channel"),
                  N("Indicators", "How people reached the centre: walk-in, phone, online, outreach or accompanied."),
                  N("Indicators", "Visits in the week, by contact channel."), breakdown=True),
        Indicator("visits.by_gender", N("Indicators", "Distinct people by gender"),
                  N("Indicators", "Distinct people seen, by the gender they gave (not stated if left empty)."),
                  N("Indicators", "Clients with a visit in the week, by gender."), breakdown=True),
        Indicator("visits.by_age_band", N("Indicators", "Distinct people by age band"),
                  N("Indicators", "Distinct people seen, by age band at the time of the visit."),
                  N("Indicators", "Clients with a visit in the week, by age band."), breakdown=True),
        Indicator("visits.services", N("Indicators", "Services given"),
                  N("Indicators", "How many times each service was given."),
                  N("Indicators", "Service lines on visits in the week, by service."), breakdown=True),
        Indicator("visits.male_condoms", N("Indicators", "Male condoms handed out"),
                  N("Indicators", "Number of male condoms given out."),
                  N("Indicators", "Sum of quantities in the week."), kind=STOCK, trend=True),
        Indicator("visits.female_condoms", N("Indicators", "Female condoms handed out"),
                  N("Indicators", "Number of female condoms given out."),
                  N("Indicators", "Sum of quantities in the week."), kind=STOCK),
        Indicator("visits.lubricant", N("Indicators", "Lubricant handed out"),
                  N("Indicators", "Number of lubricant sachets or tubes given out."),
                  N("Indicators", "Sum of quantities in the week."), kind=STOCK),
    ),
)

TESTING = Section(
    "testing",
    N("Indicators", "HIV counselling and testing"),
    "dropin.testing.indicators",
    (
        Indicator("testing.counselled", N("Indicators", "People counselled"),
                  N("Indicators", "Distinct people who received pre-test counselling."),
                  N("Indicators", "Clients with a counselling session in the week.")),
        Indicator("testing.tested", N("Indicators", "People tested"),
                  N("Indicators", "Distinct people who had a rapid HIV test with a final result."),
                  N("Indicators", "Clients with a test in the week that has a result."), trend=True),
        Indicator("testing.result_given", N("Indicators", "Tested and received the result"),
                  N("Indicators", "People tested who were told their result (HTS_TST style)."),
                  N("Indicators", "Tests in the week whose result was given to the person.")),
        Indicator("testing.by_result", N("Indicators", "Tests by result"),
                  N("Indicators", "Tests by final result: non-reactive, reactive or invalid."),
                  N("Indicators", "Tests in the week, by result."), breakdown=True),
        Indicator("testing.reactive", N("Indicators", "Reactive (preliminary positive)"),
                  N("Indicators", "People whose rapid test was reactive. This is not a diagnosis."),
                  N("Indicators", "Clients with a reactive test in the week.")),
        Indicator("testing.positivity", N("Indicators", "Positivity"),
                  N("Indicators", "Share of people tested whose test was reactive."),
                  N("Indicators", "People with a reactive test."), N("Indicators", "People tested."),
                  kind=PERCENT, parts=("testing.reactive", "testing.tested")),
        Indicator("testing.referred", N("Indicators", "Referred for confirmatory testing"),
                  N("Indicators", "Referrals for confirmatory testing made in the week."),
                  N("Indicators", "Referrals created in the week.")),
        Indicator("testing.confirmed", N("Indicators", "Confirmed positive"),
                  N("Indicators", "Referrals where the confirmatory test was positive, recorded in the week."),
                  N("Indicators", "Confirmatory positive results dated in the week.")),
        Indicator("testing.linked_art", N("Indicators", "Linked to treatment (ART start)"),
                  N("Indicators", "People who started treatment in the week after a reactive test here."),
                  N("Indicators", "Referrals with an ART start date in the week.")),
        Indicator("testing.median_days_to_art", N("Indicators", "Median days from test to ART"),
                  N("Indicators", "Middle value of the days from the reactive test to the start of treatment."),
                  N("Indicators", "Days to ART for people linked in the week."), kind=DAYS),
        Indicator("testing.days_to_art", N("Indicators", "Days from test to ART"),
                  N("Indicators", "People linked in the week, by days from test to treatment: up to 7, 8 to 14, 15 to 30, over 30."),
                  N("Indicators", "People linked in the week, by time to treatment."), breakdown=True),
        Indicator("testing.overdue", N("Indicators", "Overdue follow-ups"),
                  N("Indicators", "Open referrals whose due date had passed at the end of the week."),
                  N("Indicators", "Referrals not closed and due before the end of the week.")),
        Indicator("testing.kits_used", N("Indicators", "Test kits used"),
                  N("Indicators", "Kits taken from stock for tests, repeats and quality control."),
                  N("Indicators", "Kits used in the week."), kind=STOCK),
        Indicator("testing.kits_on_hand", N("Indicators", "Test kits in stock"),
                  N("Indicators", "Kits on hand at the end of the week (not expired)."),
                  N("Indicators", "Kits received minus kits used or discarded."), kind=STOCK),
        Indicator("testing.lots_expiring", N("Indicators", "Kit lots expiring within 60 days"),
                  N("Indicators", "Lots with kits on hand that expire within 60 days of the end of the week."),
                  N("Indicators", "Lots in stock expiring soon."), kind=STOCK),
        Indicator("testing.qc_runs", N("Indicators", "Quality-control runs"),
                  N("Indicators", "Kit-control runs done in the week."),
                  N("Indicators", "QC runs dated in the week."), kind=STOCK),
    ),
)

SHELTER = Section(
    "shelter",
    N("Indicators", "Crisis shelter"),
    "dropin.shelter.indicators",
    (
        Indicator("shelter.beds", N("Indicators", "Beds in service"),
                  N("Indicators", "Beds available for use at the end of the week."),
                  N("Indicators", "Configured beds not out of service."), kind=STOCK),
        Indicator("shelter.bed_nights", N("Indicators", "Bed-nights"),
                  N("Indicators", "Nights spent in the shelter: one per person per night, from admission up to the night before discharge."),
                  N("Indicators", "Nights in the week covered by stays."), kind=STOCK, trend=True),
        Indicator("shelter.occupancy", N("Indicators", "Occupancy rate"),
                  N("Indicators", "Bed-nights used as a share of bed-nights available."),
                  N("Indicators", "Bed-nights."), N("Indicators", "Beds in service times seven nights."),
                  kind=PERCENT, parts=("shelter.bed_nights", "shelter.bed_nights_available")),
        Indicator("shelter.bed_nights_available", N("Indicators", "Bed-nights available"),
                  N("Indicators", "Beds in service on each night of the week, added up."),
                  N("Indicators", "Sum over nights of beds in service."), kind=STOCK),
        Indicator("shelter.admissions", N("Indicators", "Admissions"),
                  N("Indicators", "Stays that began in the week."),
                  N("Indicators", "Stays with an admission date in the week.")),
        Indicator("shelter.discharges", N("Indicators", "Discharges by outcome"),
                  N("Indicators", "Stays that ended in the week, by where the person went."),
                  N("Indicators", "Stays with a discharge date in the week, by outcome."), breakdown=True),
        Indicator("shelter.extensions", N("Indicators", "Extensions"),
                  N("Indicators", "Stays extended in the week."),
                  N("Indicators", "Extensions approved in the week.")),
        Indicator("shelter.overstays", N("Indicators", "Stays past their planned end"),
                  N("Indicators", "Current stays whose planned end had passed at the end of the week."),
                  N("Indicators", "Open stays with a planned end before the end of the week.")),
        Indicator("shelter.children", N("Indicators", "Children accommodated"),
                  N("Indicators", "Children staying with a parent on at least one night of the week."),
                  N("Indicators", "Sum of accompanying children over stays present in the week.")),
    ),
)

CHILDREN = Section(
    "children",
    N("Indicators", "Children's activities"),
    "dropin.children.indicators",
    (
        Indicator("children.sessions", N("Indicators", "Sessions by type"),
                  N("Indicators", "Children's activity sessions held, by type (homework, games, art ...)."),
                  N("Indicators", "Sessions held in the week, by type."), breakdown=True, kind=STOCK),
        Indicator("children.attendances", N("Indicators", "Child attendances"),
                  N("Indicators", "Each child present at each session, plus unregistered children counted."),
                  N("Indicators", "Attendance marks in the week."), trend=True),
        Indicator("children.distinct", N("Indicators", "Distinct children"),
                  N("Indicators", "Different registered children who came at least once."),
                  N("Indicators", "Registered children with an attendance in the week.")),
        Indicator("children.parents", N("Indicators", "Parents reached"),
                  N("Indicators", "Parents present at children's sessions or parents' workshops."),
                  N("Indicators", "Parent attendances in the week.")),
        Indicator("children.workshops", N("Indicators", "Parents' workshops held"),
                  N("Indicators", "Workshops for parents on rights and parenting."),
                  N("Indicators", "Workshops held in the week."), kind=STOCK),
    ),
)

SECTIONS: tuple[Section, ...] = (VISITS, TESTING, SHELTER, CHILDREN)


def indicator(key: str) -> Indicator:
    for section in SECTIONS:
        for ind in section.indicators:
            if ind.key == key:
                return ind
    raise KeyError(key)
