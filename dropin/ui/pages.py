"""The main window's navigation: one page per area, shown only to roles that may use it.

Each page class takes ``(ctx: ServiceContext, parent=None)``; it may define
``refresh()`` (called whenever the page is shown) and ``clear_sensitive()``
(called when the screen locks).
"""

from __future__ import annotations

from dataclasses import dataclass

from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.security.permissions import Permission
from dropin.security.roles import Role


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translate with context "Navigation"
    module: str
    cls: str
    permissions: tuple[Permission, ...]  # any one of these shows the page


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "frontdesk",
        QT_TRANSLATE_NOOP("Navigation", "Front desk"),
        "dropin.ui.frontdesk.page",
        "FrontDeskPage",
        (Permission.VISIT_RECORD,),
    ),
    PageSpec(
        "testing",
        QT_TRANSLATE_NOOP("Navigation", "Testing"),
        "dropin.ui.testing.page",
        "TestingPage",
        (Permission.TEST_RECORD, Permission.KIT_MANAGE),
    ),
    PageSpec(
        "shelter",
        QT_TRANSLATE_NOOP("Navigation", "Shelter"),
        "dropin.ui.shelter.page",
        "ShelterPage",
        (Permission.SHELTER_BOARD,),
    ),
    PageSpec(
        "children",
        QT_TRANSLATE_NOOP("Navigation", "Children"),
        "dropin.ui.children.page",
        "ChildrenPage",
        (Permission.CHILDREN_VIEW,),
    ),
    PageSpec(
        "outreach",
        QT_TRANSLATE_NOOP("Navigation", "Outreach"),
        "dropin.ui.outreach.page",
        "OutreachPage",
        (Permission.OUTREACH_RECORD, Permission.EVENTS_RECORD),
    ),
    PageSpec(
        "incidents",
        QT_TRANSLATE_NOOP("Navigation", "Incidents"),
        "dropin.ui.incidents.page",
        "IncidentsPage",
        (Permission.INCIDENT_RECORD, Permission.INCIDENT_ADVOCACY),
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        "dropin.ui.reports.page",
        "ReportsPage",
        (Permission.REPORT_VIEW,),
    ),
    PageSpec(
        "admin",
        QT_TRANSLATE_NOOP("Navigation", "Admin"),
        "dropin.ui.admin.page",
        "AdminPage",
        (Permission.USERS_MANAGE, Permission.CATALOGUE_MANAGE),
    ),
)

#: the page a role starts on (the first visible page otherwise)
HOME_PAGES: dict[Role, str] = {Role.PEER_COUNSELLOR: "testing"}
HOME_PAGES[Role.LEGAL_ADVISOR] = "incidents"
