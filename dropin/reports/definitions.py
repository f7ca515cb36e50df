"""Every indicator in the weekly summary, defined once.

The report, the CSV export and the tests all read these definitions. Each
area computes its own figures in ``dropin/<area>/indicators.py``:

    def compute(session, start: date, end: date) -> dict[str, Value]

``start`` is inclusive, ``end`` exclusive (a week is Monday..next Monday).
The returned keys are the ``key`` values below. A ``Value`` is an ``int`` /
``float`` / ``None`` for plain indicators, or for ``breakdown`` indicators a
``dict[str, int]`` from category code to count (categories in a stable order).
Figures are aggregates only: never a client code, bed label or note.

What an indicator is (:class:`Indicator`, :class:`Section`, the kinds) is in
:mod:`dropin.reports.indicator`; the HIV testing section, the longest, in
:mod:`dropin.reports.definitions_hts`.
"""

from __future__ import annotations

from dropin.areas import indicators_module
from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.reports.definitions_hts import TESTING
from dropin.reports.indicator import COUNT, DAYS, PERCENT, STOCK, Indicator, Section, Value

__all__ = [  # the vocabulary is read from here too
    "ACCESS",
    "CHILDREN",
    "COUNT",
    "DAYS",
    "INCIDENTS",
    "OUTREACH",
    "PERCENT",
    "REACH",
    "SECTIONS",
    "SHELTER",
    "STOCK",
    "TESTING",
    "VISITS",
    "Indicator",
    "Section",
    "Value",
    "indicator",
]

VISITS = Section(
    "visits",
    QT_TRANSLATE_NOOP("Indicators", "Drop-in visits"),
    indicators_module("frontdesk"),
    (
        Indicator(
            "visits.contacts",
            QT_TRANSLATE_NOOP("Indicators", "Contacts (visits)"),
            QT_TRANSLATE_NOOP("Indicators", "Every recorded visit or contact, including anonymous walk-ins."),
            QT_TRANSLATE_NOOP("Indicators", "Visits in the week that are not voided."),
            trend=True,
        ),
        Indicator(
            "visits.people",
            QT_TRANSLATE_NOOP("Indicators", "Distinct people"),
            QT_TRANSLATE_NOOP("Indicators", "Different registered clients who had at least one visit."),
            QT_TRANSLATE_NOOP("Indicators", "Clients with one or more visits in the week."),
            trend=True,
        ),
        Indicator(
            "visits.new_people",
            QT_TRANSLATE_NOOP("Indicators", "New people"),
            QT_TRANSLATE_NOOP("Indicators", "Clients whose first ever visit fell in the week."),
            QT_TRANSLATE_NOOP("Indicators", "Clients whose earliest visit is in the week."),
        ),
        Indicator(
            "visits.anonymous",
            QT_TRANSLATE_NOOP("Indicators", "Anonymous walk-ins"),
            QT_TRANSLATE_NOOP("Indicators", "Visits recorded without a client code."),
            QT_TRANSLATE_NOOP("Indicators", "Visits in the week with no client."),
        ),
        Indicator(
            "visits.by_channel",
            QT_TRANSLATE_NOOP("Indicators", "Contacts by channel"),
            QT_TRANSLATE_NOOP(
                "Indicators", "How people reached the centre: walk-in, phone, online, outreach or accompanied."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Visits in the week, by contact channel."),
            breakdown=True,
        ),
        Indicator(
            "visits.by_gender",
            QT_TRANSLATE_NOOP("Indicators", "Distinct people by gender"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Distinct people seen, by the gender they gave (not stated if left empty)."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a visit in the week, by gender."),
            breakdown=True,
        ),
        Indicator(
            "visits.by_age_band",
            QT_TRANSLATE_NOOP("Indicators", "Distinct people by age band"),
            QT_TRANSLATE_NOOP("Indicators", "Distinct people seen, by age band at the time of the visit."),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a visit in the week, by age band."),
            breakdown=True,
        ),
        Indicator(
            "visits.services",
            QT_TRANSLATE_NOOP("Indicators", "Services given"),
            QT_TRANSLATE_NOOP("Indicators", "How many times each service was given."),
            QT_TRANSLATE_NOOP("Indicators", "Service lines on visits in the week, by service."),
            breakdown=True,
        ),
        Indicator(
            "visits.male_condoms",
            QT_TRANSLATE_NOOP("Indicators", "Male condoms handed out"),
            QT_TRANSLATE_NOOP("Indicators", "Number of male condoms given out."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
            trend=True,
        ),
        Indicator(
            "visits.female_condoms",
            QT_TRANSLATE_NOOP("Indicators", "Female condoms handed out"),
            QT_TRANSLATE_NOOP("Indicators", "Number of female condoms given out."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
        ),
        Indicator(
            "visits.lubricant",
            QT_TRANSLATE_NOOP("Indicators", "Lubricant handed out"),
            QT_TRANSLATE_NOOP("Indicators", "Number of lubricant sachets or tubes given out."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
        ),
    ),
)

SHELTER = Section(
    "shelter",
    QT_TRANSLATE_NOOP("Indicators", "Crisis shelter"),
    indicators_module("shelter"),
    (
        Indicator(
            "shelter.beds",
            QT_TRANSLATE_NOOP("Indicators", "Beds in service"),
            QT_TRANSLATE_NOOP("Indicators", "Beds available for use at the end of the week."),
            QT_TRANSLATE_NOOP("Indicators", "Configured beds not out of service."),
            kind=STOCK,
        ),
        Indicator(
            "shelter.bed_nights",
            QT_TRANSLATE_NOOP("Indicators", "Bed-nights"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Nights spent in the shelter: one per person per night, from admission up to the night before discharge.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Nights slept in the period, up to last night."),
            trend=True,
        ),
        Indicator(
            "shelter.child_bed_nights",
            QT_TRANSLATE_NOOP("Indicators", "Bed-nights of accompanying children"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Nights spent by children staying with a resident parent, counted beside the residents' own.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Accompanying children times nights slept in the period."),
        ),
        Indicator(
            "shelter.residents",
            QT_TRANSLATE_NOOP("Indicators", "Residents"),
            QT_TRANSLATE_NOOP("Indicators", "Different people who slept at least one night in the shelter."),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a night in the period."),
        ),
        Indicator(
            "shelter.occupancy",
            QT_TRANSLATE_NOOP("Indicators", "Occupancy rate"),
            QT_TRANSLATE_NOOP("Indicators", "Bed-nights used as a share of bed-nights available."),
            QT_TRANSLATE_NOOP("Indicators", "Bed-nights."),
            QT_TRANSLATE_NOOP(
                "Indicators", "Bed-nights available: beds in service on each night of the week, added up."
            ),
            kind=PERCENT,
            parts=("shelter.bed_nights", "shelter.bed_nights_available"),
        ),
        Indicator(
            "shelter.bed_nights_available",
            QT_TRANSLATE_NOOP("Indicators", "Bed-nights available"),
            QT_TRANSLATE_NOOP("Indicators", "Beds in service on each night of the week, added up."),
            QT_TRANSLATE_NOOP("Indicators", "Sum over nights of beds in service."),
            kind=STOCK,
        ),
        Indicator(
            "shelter.admissions",
            QT_TRANSLATE_NOOP("Indicators", "Admissions"),
            QT_TRANSLATE_NOOP("Indicators", "Stays that began in the week."),
            QT_TRANSLATE_NOOP("Indicators", "Stays with an admission date in the period."),
        ),
        Indicator(
            "shelter.discharges",
            QT_TRANSLATE_NOOP("Indicators", "Discharges by outcome"),
            QT_TRANSLATE_NOOP("Indicators", "Stays that ended in the week, by where the person went."),
            QT_TRANSLATE_NOOP("Indicators", "Stays with a discharge date in the period, by outcome."),
            breakdown=True,
        ),
        Indicator(
            "shelter.extensions",
            QT_TRANSLATE_NOOP("Indicators", "Extensions"),
            QT_TRANSLATE_NOOP("Indicators", "Stays extended in the week."),
            QT_TRANSLATE_NOOP("Indicators", "Extensions approved in the week."),
        ),
        Indicator(
            "shelter.overstays",
            QT_TRANSLATE_NOOP("Indicators", "Stays past their planned end"),
            QT_TRANSLATE_NOOP("Indicators", "Current stays whose planned end had passed at the end of the week."),
            QT_TRANSLATE_NOOP("Indicators", "Open stays with a planned end before the end of the week."),
        ),
        Indicator(
            "shelter.children",
            QT_TRANSLATE_NOOP("Indicators", "Children accommodated"),
            QT_TRANSLATE_NOOP("Indicators", "Children staying with a parent on at least one night of the week."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of accompanying children over stays present in the week."),
        ),
    ),
)

CHILDREN = Section(
    "children",
    QT_TRANSLATE_NOOP("Indicators", "Children's activities"),
    indicators_module("children"),
    (
        Indicator(
            "children.sessions",
            QT_TRANSLATE_NOOP("Indicators", "Sessions by type"),
            QT_TRANSLATE_NOOP("Indicators", "Children's activity sessions held, by type (homework, games, art ...)."),
            QT_TRANSLATE_NOOP("Indicators", "Sessions held in the week, by type."),
            breakdown=True,
            kind=STOCK,
        ),
        Indicator(
            "children.attendances",
            QT_TRANSLATE_NOOP("Indicators", "Child attendances"),
            QT_TRANSLATE_NOOP("Indicators", "Each child present at each session, plus unregistered children counted."),
            QT_TRANSLATE_NOOP("Indicators", "Attendance marks in the week."),
            trend=True,
        ),
        Indicator(
            "children.distinct",
            QT_TRANSLATE_NOOP("Indicators", "Distinct children"),
            QT_TRANSLATE_NOOP("Indicators", "Different registered children who came at least once."),
            QT_TRANSLATE_NOOP("Indicators", "Registered children with an attendance in the week."),
        ),
        Indicator(
            "children.parents",
            QT_TRANSLATE_NOOP("Indicators", "Parents reached"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Different registered parents present at children's sessions or parents' workshops."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Distinct parents with an attendance in the period."),
        ),
        Indicator(
            "children.parent_attendances",
            QT_TRANSLATE_NOOP("Indicators", "Parent attendances"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Each parent present at each session, plus parents counted without a code."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Parent attendance marks and head-counts in the period."),
        ),
        Indicator(
            "children.workshops",
            QT_TRANSLATE_NOOP("Indicators", "Parents' workshops held"),
            QT_TRANSLATE_NOOP("Indicators", "Workshops for parents on rights and parenting."),
            QT_TRANSLATE_NOOP("Indicators", "Workshops held in the week."),
            kind=STOCK,
        ),
    ),
)

#: events on the audit log, not people: shown exactly (kind STOCK), so a board sees even one
ACCESS = Section(
    "access",
    QT_TRANSLATE_NOOP("Indicators", "Access to confidential records"),
    indicators_module("admin"),
    (
        Indicator(
            "access.break_glass",
            QT_TRANSLATE_NOOP("Indicators", "Break-glass openings"),
            QT_TRANSLATE_NOOP(
                "Indicators", "HIV test records opened by a manager through the logged break-glass, with a reason."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Break-glass entries in the audit log in the week."),
            kind=STOCK,
        ),
        Indicator(
            "access.hiv_access",
            QT_TRANSLATE_NOOP("Indicators", "Accounts given access to HIV results"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Staff accounts created with, or changed to, a role that reads HIV test results."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Account creations and role changes to such a role in the week."),
            kind=STOCK,
        ),
        Indicator(
            "access.password_resets",
            QT_TRANSLATE_NOOP("Indicators", "Password resets"),
            QT_TRANSLATE_NOOP("Indicators", "Staff passwords reset by a manager (the owner must choose a new one)."),
            QT_TRANSLATE_NOOP("Indicators", "Password resets in the audit log in the week."),
            kind=STOCK,
        ),
        Indicator(
            "access.restores",
            QT_TRANSLATE_NOOP("Indicators", "Database restores"),
            QT_TRANSLATE_NOOP("Indicators", "Times the database was replaced by a backup."),
            QT_TRANSLATE_NOOP("Indicators", "Restore entries in the audit log in the week."),
            kind=STOCK,
        ),
    ),
)


OUTREACH = Section(
    "outreach",
    QT_TRANSLATE_NOOP("Indicators", "Outreach and community events"),
    indicators_module("outreach"),
    (
        Indicator(
            "outreach.sessions_by_mode",
            QT_TRANSLATE_NOOP("Indicators", "Outreach sessions by mode"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Outreach sessions held, by how they were done: on foot, by car, mobile unit, online or phone.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Outreach sessions in the week, by mode."),
            breakdown=True,
            kind=STOCK,
        ),
        Indicator(
            "outreach.sessions_by_setting",
            QT_TRANSLATE_NOOP("Indicators", "Outreach sessions by setting"),
            QT_TRANSLATE_NOOP("Indicators", "Outreach sessions held, by type of setting (street, hotel, sauna ...)."),
            QT_TRANSLATE_NOOP("Indicators", "Outreach sessions in the week, by setting."),
            breakdown=True,
            kind=STOCK,
        ),
        Indicator(
            "outreach.contacts",
            QT_TRANSLATE_NOOP("Indicators", "Outreach contacts"),
            QT_TRANSLATE_NOOP(
                "Indicators", "People met on outreach, new and returning (a person met twice counts twice)."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Sum of contacts on outreach sessions in the week."),
            trend=True,
        ),
        Indicator(
            "outreach.contacts_by_kind",
            QT_TRANSLATE_NOOP("Indicators", "Outreach contacts, new and returning"),
            QT_TRANSLATE_NOOP("Indicators", "Contacts the workers had not met before, and those they had met before."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of contacts in the week, new and returning."),
            breakdown=True,
        ),
        Indicator(
            "outreach.people",
            QT_TRANSLATE_NOOP("Indicators", "Distinct coded people on outreach"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Different registered clients whose code was noted on an outreach session."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a coded outreach contact in the week."),
        ),
        Indicator(
            "outreach.male_condoms",
            QT_TRANSLATE_NOOP("Indicators", "Male condoms given on outreach"),
            QT_TRANSLATE_NOOP("Indicators", "Number of male condoms handed out by outreach workers."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
        ),
        Indicator(
            "outreach.female_condoms",
            QT_TRANSLATE_NOOP("Indicators", "Female condoms given on outreach"),
            QT_TRANSLATE_NOOP("Indicators", "Number of female condoms handed out by outreach workers."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
        ),
        Indicator(
            "outreach.lubricant",
            QT_TRANSLATE_NOOP("Indicators", "Lubricant given on outreach"),
            QT_TRANSLATE_NOOP("Indicators", "Number of lubricant sachets or tubes handed out by outreach workers."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
        ),
        Indicator(
            "outreach.leaflets",
            QT_TRANSLATE_NOOP("Indicators", "Leaflets given on outreach"),
            QT_TRANSLATE_NOOP("Indicators", "Number of leaflets handed out by outreach workers."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of quantities in the week."),
            kind=STOCK,
        ),
        Indicator(
            "outreach.minisession_hours",
            QT_TRANSLATE_NOOP("Indicators", "Mini-session hours"),
            QT_TRANSLATE_NOOP("Indicators", "Time spent on mini-sessions (HIV, STIs, rights ...) during outreach."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of mini-session minutes in the week, in hours."),
            kind=STOCK,
        ),
        Indicator(
            "outreach.referrals",
            QT_TRANSLATE_NOOP("Indicators", "Referrals made on outreach"),
            QT_TRANSLATE_NOOP("Indicators", "Referrals to partner services made during outreach."),
            QT_TRANSLATE_NOOP("Indicators", "Outreach referrals in the week."),
        ),
        Indicator(
            "outreach.accompanied",
            QT_TRANSLATE_NOOP("Indicators", "Referrals with accompaniment"),
            QT_TRANSLATE_NOOP("Indicators", "Outreach referrals where a worker went along."),
            QT_TRANSLATE_NOOP("Indicators", "Accompanied outreach referrals in the week."),
        ),
        Indicator(
            "outreach.gatekeepers",
            QT_TRANSLATE_NOOP("Indicators", "Gatekeepers contacted"),
            QT_TRANSLATE_NOOP("Indicators", "Venue owners, administrators and other gatekeepers spoken to."),
            QT_TRANSLATE_NOOP("Indicators", "Sum of gatekeepers on outreach sessions in the week."),
        ),
        Indicator(
            "outreach.contacts_by_area",
            QT_TRANSLATE_NOOP("Indicators", "Outreach contacts by area"),
            QT_TRANSLATE_NOOP("Indicators", "Coverage: contacts in each outreach area (district)."),
            QT_TRANSLATE_NOOP("Indicators", "Contacts in the week, by area."),
            breakdown=True,
        ),
        Indicator(
            "outreach.events_by_type",
            QT_TRANSLATE_NOOP("Indicators", "Community events by type"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Workshops, self-help groups, peer-education sessions and key-date events held."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Events in the week, by type."),
            breakdown=True,
            kind=STOCK,
        ),
        Indicator(
            "outreach.event_attendance",
            QT_TRANSLATE_NOOP("Indicators", "Community event attendance"),
            QT_TRANSLATE_NOOP("Indicators", "People at community events, counted and coded."),
            QT_TRANSLATE_NOOP("Indicators", "Attendance at events in the week."),
        ),
    ),
)


INCIDENTS = Section(
    "incidents",
    QT_TRANSLATE_NOOP("Indicators", "Violence and rights violations"),
    indicators_module("incidents"),
    (
        Indicator(
            "incidents.recorded",
            QT_TRANSLATE_NOOP("Indicators", "Incidents recorded"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Incidents of violence or rights violations recorded in the week, including those opened at check-in.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Incidents recorded in the week that are not voided."),
        ),
        Indicator(
            "incidents.legal",
            QT_TRANSLATE_NOOP("Indicators", "Referred for legal help"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Incidents recorded in the week that were handed to the legal advisor or given a legal consultation.",
            ),
            QT_TRANSLATE_NOOP(
                "Indicators", "Incidents recorded in the week opened at check-in or with legal consultation."
            ),
        ),
    ),
)


REACH = Section(
    "reach",
    QT_TRANSLATE_NOOP("Indicators", "People reached"),
    indicators_module("reports"),
    (
        Indicator(
            "reach.people",
            QT_TRANSLATE_NOOP("Indicators", "People reached across all services"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Different registered people who came to a visit, had an HIV test, stayed in the shelter or came to a children's session as a parent. Each person counts once.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Clients with any service in the period."),
            trend=True,
        ),
        Indicator(
            "reach.package",
            QT_TRANSLATE_NOOP("Indicators", "People reached with the defined package"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Different people who received every part of the prevention package the centre defined (KP_PREV style).",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Clients who received the whole package in the period."),
        ),
    ),
)

SECTIONS: tuple[Section, ...] = (REACH, VISITS, TESTING, SHELTER, CHILDREN, OUTREACH, INCIDENTS, ACCESS)


def indicator(key: str) -> Indicator:
    for section in SECTIONS:
        for ind in section.indicators:
            if ind.key == key:
                return ind
    raise KeyError(key)
