"""The area registry: every piece an area declares exists, and every list of areas reads the registry."""

from __future__ import annotations

import pkgutil

import pytest

import dropin
from dropin import areas
from dropin.areas import AREAS, area, pieces, resolve


@pytest.mark.parametrize("item", AREAS, ids=[a.key for a in AREAS])
def test_every_registered_area_resolves_every_piece_it_declares(item):
    for dotted in pieces(item):
        assert resolve(dotted) is not None, dotted
    if item.indicators:
        assert callable(resolve(item.indicators).compute)
    if item.demo:
        assert callable(resolve(item.demo).generate)
    if item.bench:
        hooks = resolve(item.bench)
        assert callable(getattr(hooks, "build", None)) or callable(getattr(hooks, "actions", None))
    if item.profile:
        assert callable(resolve(item.profile.module).summary)
    if item.cli:
        assert callable(resolve(item.cli).register)
    for package in item.packages:
        assert resolve(f"dropin.{package}").__name__ == f"dropin.{package}"


def test_a_misspelt_piece_fails_to_resolve():
    with pytest.raises(ModuleNotFoundError):
        resolve("dropin.testng.indicators")
    with pytest.raises(AttributeError):
        resolve("dropin.ui.testing.page:TestingPag")


def test_an_unknown_area_id_raises():
    with pytest.raises(KeyError, match="testng"):
        area("testng")
    with pytest.raises(KeyError, match="shelterr"):
        areas.indicators_module("shelterr")


def test_a_page_of_an_unknown_area_raises():
    from dropin.security.permissions import Permission
    from dropin.ui.pages import page

    with pytest.raises(KeyError, match="frontdsk"):
        page("frontdsk", "Front desk", (Permission.VISIT_RECORD,))


def test_every_domain_package_belongs_to_one_area():
    """A new package under dropin/ with a service is an area, or declared as a shared layer here."""
    # the storage engines, the crash writer and the bench serve every area
    shared = {"models", "reliability", "server", "bench"}
    packages = {m.name for m in pkgutil.iter_modules(dropin.__path__) if m.ispkg} - {"ui"} - shared
    owned = [package for item in AREAS for package in item.packages]
    assert sorted(owned) == sorted(set(owned)), "a package is claimed by two areas"
    assert packages == set(owned)


def test_the_lists_of_areas_are_read_from_the_registry():
    from dropin import bench, cli, demo
    from dropin.clients import profile
    from dropin.reports.definitions import SECTIONS

    assert demo.DEMO_STEPS == [a.demo for a in AREAS if a.demo]
    assert [m for m, _p in profile.PROFILE_SECTIONS] == [a.profile.module for a in AREAS if a.profile]
    assert sorted(s.module for s in SECTIONS) == sorted(a.indicators for a in AREAS if a.indicators)
    engine_wide = ("dropin.bench.command", "dropin.selftest", "dropin.server.cli")
    assert [m for m in cli.EXTENSIONS if m not in engine_wide] == [a.cli for a in AREAS if a.cli]
    assert set(bench.AREAS) == {a.key for a in AREAS if a.bench or a.demo}


def test_every_page_and_help_entry_is_an_area(qapp):
    from dropin.ui.admin.page import ADMIN_TABS
    from dropin.ui.help import HELP
    from dropin.ui.pages import HOME_PAGES, PAGES

    assert [spec.key for spec in PAGES] == [a.key for a in AREAS if a.page]
    assert {spec.key for spec in PAGES} <= set(HELP)
    assert set(HELP) <= {a.key for a in AREAS}
    assert set(HOME_PAGES.values()) <= {spec.key for spec in PAGES}
    assert [(m, c) for _t, m, c in ADMIN_TABS] == [
        tuple(dotted.split(":")) for a in AREAS for _t, dotted in a.admin_tabs
    ]


def test_an_optional_module_is_none_only_when_it_is_not_installed(tmp_path, monkeypatch):
    assert areas.installed(None) is None
    assert areas.installed("dropin.areas") is areas
    assert areas.installed("dropin.testing.nothere") is None
    assert areas.installed("dropin.testng.indicators") is None  # its package is missing
    (tmp_path / "brokenarea").mkdir()
    (tmp_path / "brokenarea" / "__init__.py").write_text("import a_module_nobody_has\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError, match="a_module_nobody_has"):  # a failure inside is not hidden
        areas.installed("brokenarea")
