"""Client register: registration, duplicates, the under-18 rule, lookup, roles, referral destinations, profile."""

from __future__ import annotations

import sys
import types

import pytest
from sqlalchemy import select

from dropin.clients.profile import PROFILE_SECTIONS, sections
from dropin.clients.referrals import ReferralService
from dropin.clients.service import ClientInput, ClientService, PossibleDuplicate, UnderAge
from dropin.errors import PermissionDenied, ValidationError
from dropin.models.clients import Client
from dropin.security.permissions import Permission
from dropin.security.roles import Role


def add_clients(ctx, *codes, **values):
    with ctx.transaction() as s:
        rows = [Client(code=code, **values) for code in codes]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def test_register_normalises_and_takes_year_from_code(ctx_for):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    info = service.register(ClientInput(code="маив-1990ф", gender="female", nickname="  Star  "))
    assert info.code == "MAIV1990F"
    assert info.birth_year == 1990
    assert info.nickname == "Star"
    assert service.find("MAIV1990F").id == info.id
    assert service.find("maiv1990f").code == "MAIV1990F"


def test_no_name_field_on_clients():
    columns = set(Client.__table__.columns.keys())
    assert {c for c in columns if "name" in c} == {"nickname"}
    assert "wants_exit" not in " ".join(columns)


def test_near_duplicates_ask_before_creating(ctx_for):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    first = service.register(ClientInput(code="MAIV1990F"))
    for code, reason in (
        ("MAIV1990F", "The same code is already registered."),
        ("MAIV1991F", "The code differs by one character."),
        ("MAIV1990", "The code differs by one character."),
        ("MAIV1990M", "The code differs by one character."),
    ):
        with pytest.raises(PossibleDuplicate) as info:
            service.register(ClientInput(code=code))
        assert [(c.id, c.reason) for c in info.value.candidates] == [(first.id, reason)]
    assert service.count() == 1


def test_same_birth_year_and_letters_is_a_candidate(ctx_for):
    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, "MAIV0000F", birth_year=1990)
    service = ClientService(ctx)
    found = service.similar("MAIV1990T")
    assert [c.code for c in found] == ["MAIV0000F"]
    assert service.similar("OLPE1985F") == []


def test_confirmed_new_person_with_the_same_code_gets_a_suffix(ctx_for):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    service.register(ClientInput(code="MAIV1990F"))
    second = service.register(ClientInput(code="MAIV1990F"), confirmed_new=True)
    third = service.register(ClientInput(code="MAIV1990F"), confirmed_new=True)
    assert (second.code, third.code) == ("MAIV1990F2", "MAIV1990F3")


def test_under_18_is_not_registered(ctx_for):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    for data, field in (
        (ClientInput(code="MAIV2010F"), "birth_year"),
        (ClientInput(code="MAIV0000F", birth_year=2012), "birth_year"),
        (ClientInput(code="MAIV0000F", age_band="under_18"), "age_band"),
    ):
        with pytest.raises(UnderAge) as info:
            service.register(data, confirmed_new=True)
        assert info.value.field == field
        assert "under 18" in info.value.message and "safeguarding referral" in info.value.message
    assert service.count() == 0


def test_invalid_input_is_refused_with_the_field(ctx_for, clock):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    for data, field in (
        (ClientInput(code=""), "code"),
        (ClientInput(code="AB"), "code"),
        (ClientInput(code="XXXX0000X"), "code"),
        (ClientInput(code="MAIV0000F", gender="woman"), "gender"),
        (ClientInput(code="MAIV0000F", children_count=-2), "children_count"),
        (ClientInput(code="MAIV0000F", birth_year=1800), "birth_year"),
    ):
        with pytest.raises(ValidationError) as info:
            service.register(data, confirmed_new=True)
        assert info.value.field == field
    adult = service.register(ClientInput(code=f"ANOL{clock.today().year - 18}F"))
    assert adult.birth_year == clock.today().year - 18


def test_search_is_an_indexed_prefix_query(ctx_for, db):
    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, "MAIV1990F", "MAIV1985T", "MAOL1970F", "OLPE1999M")
    service = ClientService(ctx)
    assert [h.code for h in service.search("ma")] == ["MAIV1985T", "MAIV1990F", "MAOL1970F"]
    assert [h.code for h in service.search("мaiv19")] == ["MAIV1985T", "MAIV1990F"]
    assert service.search("") == []
    with db.engine.connect() as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id, code FROM clients WHERE code >= 'MA' AND code < 'MA\uffff' "
                "AND voided_at IS NULL ORDER BY code LIMIT 8"
            )
        )
    assert "USING INDEX" in plan and "SCAN clients" not in plan.replace("USING INDEX", "")


def test_update_changes_optional_facts(ctx_for):
    ctx = ctx_for(Role.FRONT_DESK)
    service = ClientService(ctx)
    info = service.register(ClientInput(code="MAIV1990F"))
    updated = service.update(
        info.id, ClientInput(code="", gender="trans_woman", work_setting="street", children_count=2)
    )
    assert (updated.code, updated.gender, updated.work_setting, updated.children_count) == (
        "MAIV1990F",
        "trans_woman",
        "street",
        2,
    )


def test_roles(ctx_for):
    ids = add_clients(ctx_for(Role.MANAGER), "MAIV1990F", nickname="Star")
    facilitator = ClientService(ctx_for(Role.FACILITATOR))
    assert facilitator.search("MA") == []  # a facilitator gets the exact code or nothing
    hits = facilitator.search("MAIV1990F")
    assert [h.code for h in hits] == ["MAIV1990F"] and hits[0].nickname is None
    for call in (
        lambda: facilitator.get(ids[0]),
        lambda: facilitator.register(ClientInput(code="OLPE1980F")),
        lambda: facilitator.list_clients(0, 10),
        lambda: facilitator.update(ids[0], ClientInput(code="")),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert ClientService(ctx_for(Role.FRONT_DESK)).search("MA")[0].nickname == "Star"


def test_list_clients_pages_in_code_order(ctx_for):
    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, *[f"AB{n:04d}F" for n in range(450)])
    service = ClientService(ctx)
    first = service.list_clients(0, 200)
    third = service.list_clients(400, 200)
    assert len(first) == 200 and first[0].code == "AB0000F"
    assert [c.code for c in third][:2] == ["AB0400F", "AB0401F"] and len(third) == 50
    assert [c.code for c in service.list_clients(0, 5, "ab01")] == [f"AB01{n:02d}F" for n in range(5)]


def test_referral_destinations_are_managed_and_retired(ctx_for):
    manager = ReferralService(ctx_for(Role.MANAGER))
    clinic = manager.add("  Friendly   clinic ", "clinic", "Mon-Fri")
    manager.add("AIDS centre", "aids_centre")
    assert clinic.name == "Friendly clinic"
    with pytest.raises(ValidationError):
        manager.add("friendly clinic", "clinic")
    with pytest.raises(ValidationError):
        manager.add("Somewhere", "spaceship")
    manager.edit(clinic.id, "Friendly STI clinic", "clinic", "9-16")
    manager.retire(clinic.id)
    desk = ReferralService(ctx_for(Role.FRONT_DESK))
    assert [d.name for d in desk.list_active()] == ["AIDS centre"]
    assert [(d.name, d.active) for d in manager.list_all()] == [("AIDS centre", True), ("Friendly STI clinic", False)]
    with pytest.raises(PermissionDenied):
        desk.add("Lawyer", "lawyer")
    with pytest.raises(PermissionDenied):
        desk.retire(clinic.id)


def test_profile_sections_respect_roles_and_skip_missing_modules(ctx_for, monkeypatch):
    assert PROFILE_SECTIONS == [
        ("dropin.testing.profile", Permission.TEST_VIEW),
        ("dropin.shelter.profile", Permission.SHELTER_STAYS),
        ("dropin.children.profile", Permission.CHILDREN_VIEW),
    ]
    ids = add_clients(ctx_for(Role.MANAGER), "MAIV1990F")
    fake = types.ModuleType("dropin.shelter.profile")
    fake.summary = lambda ctx, client_id: [("Stays", f"2 for {client_id}")]
    monkeypatch.setitem(sys.modules, "dropin.shelter.profile", fake)
    monkeypatch.setitem(sys.modules, "dropin.testing.profile", None)  # area not installed
    monkeypatch.setitem(sys.modules, "dropin.children.profile", None)

    social = sections(ctx_for(Role.SOCIAL_WORKER), ids[0])
    assert [(s.module, s.rows) for s in social] == [("dropin.shelter.profile", [("Stays", f"2 for {ids[0]}")])]
    assert sections(ctx_for(Role.FRONT_DESK), ids[0]) == []
    assert sections(ctx_for(Role.PEER_COUNSELLOR), ids[0]) == []  # testing module missing: skipped


def test_tables_match_the_migration(db):

    mine = {"visits", "visit_services", "service_items", "clients", "referral_destinations"}
    from tests.conftest import model_diffs

    with db.engine.connect() as conn:
        diffs = model_diffs(conn)

    def table_of(d):
        item = d[0] if isinstance(d, list) else d
        for x in item[1:]:
            name = getattr(x, "name", None)
            table = getattr(x, "table", None)
            if table is not None:
                return table.name
            if name in mine:
                return name
            if isinstance(x, str) and x in mine:
                return x
        return None

    assert [d for d in diffs if table_of(d) in mine] == []
    with db.session() as s:
        assert s.scalar(select(Client.id)) is None
