"""Every area of the program, declared once: what the rest of the program needs from each.

An area is one part of a centre's work with its own page (front desk, testing,
shelter, children, outreach, incidents, reports, admin). Everything that is
looked up by an area's name reads this registry: the report's sections
(:mod:`dropin.reports.definitions`), the CSV export (one file per section), the
demo data (:mod:`dropin.demo`), the bench (:mod:`dropin.bench`), the client
profile's sections (:mod:`dropin.clients.profile`), the command line's
sub-commands (:mod:`dropin.cli`), the navigation (:mod:`dropin.ui.pages`), the
Admin page's extra tabs and the F1 help (``dropin.ui.help.HELP[area id]``).

Pieces are dotted names, imported only when used (``"module"`` or
``"module:attribute"``), so this module stays free of Qt and quick to import.
:func:`area` raises for an unknown id, so a misspelt id fails when the module
naming it is imported; ``tests/test_areas.py`` imports every piece declared
here, so a misspelt module fails the tests. Adding an area: the checklist in
``docs/ARCHITECTURE.md``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.security.permissions import Permission

if TYPE_CHECKING:
    from types import ModuleType


@dataclass(frozen=True)
class ProfilePart:
    """A section of the client profile: ``summary(ctx, client_id) -> list[(label, value)]``."""

    module: str
    permission: Permission  # only roles with this permission see it
    title: str  # marked with QT_TRANSLATE_NOOP("Profile", ...)


@dataclass(frozen=True)
class Area:
    key: str  # the area id: page key, help key
    packages: tuple[str, ...]  # the domain packages (``dropin/<package>/``)
    # ``compute(session, start, end, as_of=None)`` for the report section of this area
    indicators: str | None = None
    # ``generate(ctx, rng, start, end, users) -> dict[str, int]``
    demo: str | None = None
    # ``build(env) -> dict[str, int]`` and ``actions(env) -> dict[str, callable]`` for ``dropin bench``
    bench: str | None = None
    profile: ProfilePart | None = None
    # ``register(subparsers, command)`` adding the area's sub-commands
    cli: str | None = None
    # ``"module:Class"``, the page (``Class(ctx, parent=None)``); its title and permissions: dropin.ui.pages
    page: str | None = None
    # (title marked with QT_TRANSLATE_NOOP("Admin", ...), ``"module:Class"``) tabs added to the Admin page
    admin_tabs: tuple[tuple[str, str], ...] = ()


AREAS: tuple[Area, ...] = (
    Area(
        "frontdesk",
        ("clients", "visits"),
        indicators="dropin.visits.indicators",
        demo="dropin.clients.demo",
        bench="dropin.visits.bench",
        page="dropin.ui.frontdesk.page:FrontDeskPage",
        admin_tabs=((QT_TRANSLATE_NOOP("Admin", "Services"), "dropin.ui.frontdesk.catalogue:CatalogueEditor"),),
    ),
    Area(
        "testing",
        ("testing",),
        indicators="dropin.testing.indicators",
        demo="dropin.testing.demo",
        bench="dropin.testing.bench",
        profile=ProfilePart(
            "dropin.testing.profile", Permission.TEST_VIEW, QT_TRANSLATE_NOOP("Profile", "HIV counselling and testing")
        ),
        page="dropin.ui.testing.page:TestingPage",
    ),
    Area(
        "shelter",
        ("shelter",),
        indicators="dropin.shelter.indicators",
        demo="dropin.shelter.demo",
        bench="dropin.shelter.bench",
        profile=ProfilePart(
            "dropin.shelter.profile", Permission.SHELTER_STAYS, QT_TRANSLATE_NOOP("Profile", "Shelter stays")
        ),
        page="dropin.ui.shelter.page:ShelterPage",
    ),
    Area(
        "children",
        ("children",),
        indicators="dropin.children.indicators",
        demo="dropin.children.demo",
        bench="dropin.children.bench",
        profile=ProfilePart(
            "dropin.children.profile", Permission.CHILDREN_VIEW, QT_TRANSLATE_NOOP("Profile", "Children's activities")
        ),
        page="dropin.ui.children.page:ChildrenPage",
    ),
    Area(
        "outreach",
        ("outreach",),
        indicators="dropin.outreach.indicators",
        demo="dropin.outreach.demo",
        bench="dropin.outreach.bench",
        page="dropin.ui.outreach.page:OutreachPage",
    ),
    Area(
        "incidents",
        ("incidents",),
        indicators="dropin.incidents.indicators",
        demo="dropin.incidents.demo",
        bench="dropin.incidents.bench",
        cli="dropin.incidents.cli",
        page="dropin.ui.incidents.page:IncidentsPage",
    ),
    Area(
        "reports",
        ("reports",),
        indicators="dropin.reports.reach",
        bench="dropin.reports.bench",
        cli="dropin.reports.cli",
        page="dropin.ui.reports.page:ReportsPage",
    ),
    Area(
        "admin",
        ("security",),
        indicators="dropin.security.indicators",
        cli="dropin.security.cli",
        page="dropin.ui.admin.page:AdminPage",
        admin_tabs=(
            (QT_TRANSLATE_NOOP("Admin", "Audit"), "dropin.ui.admin.audit:AuditTab"),
            (QT_TRANSLATE_NOOP("Admin", "Stores"), "dropin.ui.admin.stores:StoresTab"),
        ),
    ),
)

_BY_KEY = {a.key: a for a in AREAS}
if len(_BY_KEY) != len(AREAS):  # pragma: no cover - a mistake in the list above
    raise ValueError("two areas share an id")


def area(key: str) -> Area:
    """The area with this id; ``KeyError`` naming the id for one that is not registered."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"no area {key!r} is registered in dropin.areas (known: {', '.join(_BY_KEY)})") from None


def indicators_module(key: str) -> str:
    """The module computing this area's report section (``compute``); ``KeyError`` if it has none."""
    name = area(key).indicators
    if name is None:
        raise KeyError(f"the area {key!r} declares no indicators module")
    return name


def split(dotted: str) -> tuple[str, str | None]:
    """``"module:attribute"`` as (module, attribute); a plain module name as (module, None)."""
    module, _, attribute = dotted.partition(":")
    return module, attribute or None


def resolve(dotted: str) -> Any:
    """Import a piece declared here: the module, or the attribute after ``:``."""
    module_name, attribute = split(dotted)
    module = importlib.import_module(module_name)
    return module if attribute is None else getattr(module, attribute)


def installed(module_name: str | None) -> ModuleType | None:
    """Import an optional module (an area's piece, a sub-command's module), or ``None`` if it (or a package
    above it) is not installed; an import that fails inside the module is raised."""
    if module_name is None:
        return None
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name and (module_name == error.name or module_name.startswith(error.name + ".")):
            return None
        raise


def pieces(item: Area) -> list[str]:
    """Every dotted name an area declares."""
    names = [item.indicators, item.demo, item.bench, item.cli, item.page]
    names += [item.profile.module] if item.profile else []
    names += [dotted for _title, dotted in item.admin_tabs]
    return [name for name in names if name]
