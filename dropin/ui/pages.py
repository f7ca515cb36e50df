"""The main window's navigation: one page per area, shown only to roles that may use it.

The pages are those the areas declare in :mod:`dropin.areas` (keyed by the area id);
here each gets its title and the permissions that show it.

Each page class takes ``(ctx: ServiceContext, parent=None)``; it may define
``refresh()`` (called whenever the page is shown) and ``clear_sensitive()``
(called when the screen locks).
"""

from __future__ import annotations

from dataclasses import dataclass

from dropin.areas import area, split
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


def page(key: str, title: str, permissions: tuple[Permission, ...]) -> PageSpec:
    """The page of a registered area (:mod:`dropin.areas`): its module and class come from the registry."""
    module, cls = split(area(key).page or "")
    if cls is None:
        raise KeyError(f"the area {key!r} declares no page")
    return PageSpec(key, title, module, cls, permissions)


PAGES: tuple[PageSpec, ...] = (
    page("frontdesk", QT_TRANSLATE_NOOP("Navigation", "Front desk"), (Permission.VISIT_RECORD,)),
    page("testing", QT_TRANSLATE_NOOP("Navigation", "Testing"), (Permission.TEST_RECORD, Permission.KIT_MANAGE)),
    page("shelter", QT_TRANSLATE_NOOP("Navigation", "Shelter"), (Permission.SHELTER_BOARD,)),
    page("children", QT_TRANSLATE_NOOP("Navigation", "Children"), (Permission.CHILDREN_VIEW,)),
    page(
        "outreach", QT_TRANSLATE_NOOP("Navigation", "Outreach"), (Permission.OUTREACH_RECORD, Permission.EVENTS_RECORD)
    ),
    page(
        "incidents",
        QT_TRANSLATE_NOOP("Navigation", "Incidents"),
        (Permission.INCIDENT_RECORD, Permission.INCIDENT_ADVOCACY),
    ),
    page("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), (Permission.REPORT_VIEW,)),
    page("admin", QT_TRANSLATE_NOOP("Navigation", "Admin"), (Permission.USERS_MANAGE, Permission.CATALOGUE_MANAGE)),
)

#: the page a role starts on (the first visible page otherwise)
HOME_PAGES: dict[Role, str] = {Role.PEER_COUNSELLOR: "testing"}
HOME_PAGES[Role.LEGAL_ADVISOR] = "incidents"
for _home in HOME_PAGES.values():
    area(_home)  # an unknown area id fails here, at import
