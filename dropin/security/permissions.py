"""The one permission matrix. Services call :func:`require`; the UI only mirrors it.

Principles:
- HIV test results and counselling notes: peer counsellors only; a manager
  may open one through a logged break-glass with a reason.
- Shelter admission reasons, case notes and life-plan goals: social workers only.
- Children's facilitators see the children's area and nothing about parents
  beyond the client code.
- Front desk: check-in, visits and the bed board (free/occupied, no reasons).
- Outreach workers record outreach and community events and nothing else: they
  find a client only by the exact code, never browse or search client files.
- Incidents of violence and legal cases: legal advisors only. Staff who record
  visits may open an incident with only the code and date (the hand-off) and
  see nothing of it afterwards; the manager sees advocacy aggregates only.
"""

from __future__ import annotations

from enum import StrEnum

from dropin.errors import PermissionDenied
from dropin.i18n import translate
from dropin.security.roles import Role


class Permission(StrEnum):
    # clients and visits
    CLIENT_LOOKUP = "client.lookup"  # find a client code (nothing else about the person)
    CLIENT_REGISTER = "client.register"
    CLIENT_VIEW = "client.view"  # profile details: demographics, visits over time
    CLIENT_EDIT = "client.edit"
    VISIT_RECORD = "visit.record"
    VISIT_VIEW = "visit.view"
    VISIT_VOID = "visit.void"
    CATALOGUE_MANAGE = "catalogue.manage"  # service catalogue and referral destinations
    # HIV counselling and testing
    TEST_RECORD = "test.record"  # counselling sessions, tests, results
    TEST_VIEW = "test.view"  # see results and counselling notes
    TEST_BREAK_GLASS = "test.break_glass"  # open one record with a logged reason
    REFERRAL_FOLLOWUP = "test.referral_followup"
    KIT_VIEW = "kit.view"
    KIT_MANAGE = "kit.manage"  # receive, discard, reconcile kit stock
    QC_RECORD = "kit.qc_record"
    # shelter
    SHELTER_BOARD = "shelter.board"  # free/occupied/reserved only
    SHELTER_STAYS = "shelter.stays"  # admit, extend, move, discharge
    SHELTER_CASE = "shelter.case"  # reasons, case notes, life-plan goals
    SHELTER_CONFIGURE = "shelter.configure"  # rooms and beds
    # children
    CHILDREN_VIEW = "children.view"
    CHILDREN_MANAGE = "children.manage"  # children, sessions, attendance
    # outreach
    OUTREACH_RECORD = "outreach.record"  # sessions, coverage; a client only by the exact code
    OUTREACH_AREAS = "outreach.areas"  # the list of outreach areas
    EVENTS_RECORD = "outreach.events"  # community events and groups
    # violence and rights violations
    INCIDENT_HANDOFF = "incident.handoff"  # open an incident with only the code and date, see nothing back
    INCIDENT_RECORD = "incident.record"  # read and write incidents, evidence log and legal cases
    INCIDENT_ADVOCACY = "incident.advocacy"  # aggregate advocacy report from consented cases
    # reports and administration
    REPORT_VIEW = "report.view"
    REPORT_EXPORT = "report.export"
    REPORT_INTERNAL = "report.internal"  # the internal quality page of the report
    REPORT_SUBMIT = "report.submit"  # unsuppressed figures for DHIS2 / DATIM, as an authorised submission
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    BACKUP = "backup"


P = Permission

_FRONT = {
    P.CLIENT_LOOKUP,
    P.CLIENT_REGISTER,
    P.CLIENT_VIEW,
    P.CLIENT_EDIT,
    P.VISIT_RECORD,
    P.VISIT_VIEW,
    P.VISIT_VOID,
    P.SHELTER_BOARD,
}
_FRONT |= {P.INCIDENT_HANDOFF}  # "Violence report" at check-in opens an incident for the legal advisor

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset(_FRONT),
    Role.PEER_COUNSELLOR: frozenset(
        _FRONT | {P.TEST_RECORD, P.TEST_VIEW, P.REFERRAL_FOLLOWUP, P.KIT_VIEW, P.KIT_MANAGE, P.QC_RECORD}
    ),
    Role.SOCIAL_WORKER: frozenset(_FRONT | {P.SHELTER_STAYS, P.SHELTER_CASE, P.CHILDREN_VIEW}),
    Role.FACILITATOR: frozenset({P.CLIENT_LOOKUP, P.CHILDREN_VIEW, P.CHILDREN_MANAGE}),
    Role.OUTREACH_WORKER: frozenset({P.OUTREACH_RECORD, P.EVENTS_RECORD}),
    Role.MANAGER: frozenset(
        _FRONT
        | {
            P.CATALOGUE_MANAGE,
            P.TEST_BREAK_GLASS,
            P.KIT_VIEW,
            P.KIT_MANAGE,
            P.SHELTER_STAYS,
            P.SHELTER_CONFIGURE,
            P.CHILDREN_VIEW,
            P.CHILDREN_MANAGE,
            P.REPORT_VIEW,
            P.REPORT_EXPORT,
            P.USERS_MANAGE,
            P.SETTINGS_MANAGE,
            P.AUDIT_VIEW,
            P.BACKUP,
            P.OUTREACH_RECORD,
            P.OUTREACH_AREAS,
            P.EVENTS_RECORD,
            P.INCIDENT_ADVOCACY,
            P.REPORT_INTERNAL,
            P.REPORT_SUBMIT,
        }
    ),
    Role.LEGAL_ADVISOR: frozenset({P.CLIENT_LOOKUP, P.INCIDENT_HANDOFF, P.INCIDENT_RECORD, P.INCIDENT_ADVOCACY}),
}


def can(role: Role | str, permission: Permission) -> bool:
    return Permission(permission) in MATRIX.get(Role(role), frozenset())


def require(role: Role | str, permission: Permission) -> None:
    if not can(role, permission):
        raise PermissionDenied(
            translate("Permissions", "Your role ({role}) does not allow this.").format(role=Role(role).label)
        )


#: The separately keyed stores a login holds: any one of these permissions gives the store's key
#: (see :mod:`dropin.security.keyslots`). The manager holds every store: the reports' aggregates need them.
STORE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "health": frozenset({P.TEST_RECORD, P.TEST_VIEW, P.REFERRAL_FOLLOWUP, P.TEST_BREAK_GLASS, P.REPORT_VIEW}),
    "casework": frozenset({P.SHELTER_CASE, P.SHELTER_STAYS, P.REPORT_VIEW}),
    "legal": frozenset({P.INCIDENT_RECORD, P.INCIDENT_ADVOCACY, P.REPORT_VIEW}),
}


def stores_for(role: Role | str) -> frozenset[str]:
    """The stores a login with ``role`` holds, from the matrix above."""
    granted = MATRIX.get(Role(role), frozenset())
    return frozenset(store for store, needs in STORE_PERMISSIONS.items() if granted & needs)
