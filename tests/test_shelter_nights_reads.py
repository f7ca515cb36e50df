"""Opening the bed board or the residents writes nothing, and a stay past its planned end keeps every night.

A stay past its planned end holds its bed until it is discharged: reads show its nights up to tonight
(``nights.pending_nights``) without writing them, and the next change to a stay or a bed writes them first,
so double booking is still refused across day changes.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager

import pytest

from dropin.errors import Conflict
from dropin.security.roles import Role
from dropin.shelter.beds import BedService
from dropin.shelter.board import BoardService
from dropin.shelter.indicators import compute
from dropin.shelter.stays import StayService
from tests.shelter_helpers import D, add_clients, db, held, setup_beds, shelter_template, statements, users  # noqa: F401,F811

pytestmark = pytest.mark.both_engines

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


@contextmanager
def writes(database):
    """The writing statements (INSERT, UPDATE, DELETE) sent while the block runs."""
    seen: list[str] = []
    with statements(database) as sent:
        yield seen
    seen.extend(s for s in sent if WRITE.match(s))


def at(clock, day: dt.date, hour: int = 10, minute: int = 0) -> None:
    clock.set(dt.datetime.combine(day, dt.time(hour, minute)))


@pytest.fixture
def centre(ctx_for, clock):
    """AA01 admitted on 18 Nov for nights up to 21 Nov, still in bed R1A (no one has opened anything since)."""
    beds = setup_beds(ctx_for)
    social = ctx_for(Role.SOCIAL_WORKER)
    add_clients(social, "AA01", "BB02")
    at(clock, D(2026, 11, 18))
    stay = StayService(social).admit("AA01", beds["R1A"], planned_end=D(2026, 11, 21))
    return beds, social, stay


def test_opening_the_board_and_the_residents_writes_nothing(db, ctx_for, clock, centre):
    beds, social, stay = centre
    at(clock, D(2026, 11, 23))  # two nights past the planned end
    with writes(db) as seen:
        for role in (Role.FRONT_DESK, Role.SOCIAL_WORKER, Role.MANAGER):
            tiles = {t.bed_id: t for t in BoardService(ctx_for(role)).board()}
            assert tiles[beds["R1A"]].state == "occupied"
            assert tiles[beds["R1A"]].overstay is True
        assert [r.id for r in StayService(social).residents()] == [stay.id]
        StayService(social).nights(stay.id)
        BoardService(social).free_beds(D(2026, 11, 23), D(2026, 11, 24))
    assert seen == []
    assert [n for n, _ in held(social, stay.id)][-1] == D(2026, 11, 20)  # nothing written by the reads


def test_nights_past_the_planned_end_stay_right_over_midnight(ctx_for, clock, centre):
    beds, social, stay = centre
    service, board = StayService(social), BoardService(social)
    for day, minute in ((D(2026, 11, 21), 59), (D(2026, 11, 22), 1), (D(2026, 11, 24), 1)):
        at(clock, day, 23 if minute == 59 else 0, minute)
        tile = {t.bed_id: t for t in board.board()}[beds["R1A"]]
        assert (tile.state, tile.stay_id, tile.nights) == ("occupied", stay.id, (day - D(2026, 11, 18)).days)
        assert [n for n, _ in service.nights(stay.id)] == [
            D(2026, 11, 18) + dt.timedelta(days=i) for i in range((day - D(2026, 11, 18)).days + 1)
        ]
        assert beds["R1A"] not in {b for b, _ in board.free_beds(day, day + dt.timedelta(days=1))}
    # an earlier day of the board shows the bed taken on that night too, though no row was written for it
    past = {t.bed_id: t for t in board.board(D(2026, 11, 22))}[beds["R1A"]]
    assert (past.state, past.stay_id) == ("occupied", stay.id)
    # every change writes the nights first: the bed is refused to another person and cannot go out of service
    with pytest.raises(Conflict):
        service.admit("BB02", beds["R1A"], planned_end=D(2026, 11, 26))
    with pytest.raises(Conflict, match="booked"):
        BedService(ctx_for(Role.MANAGER)).set_out_of_service(beds["R1A"], "Broken frame")
    assert [n for n, _ in held(social, stay.id)][-1] == D(2026, 11, 20)  # a refused change writes nothing
    service.admit("BB02", beds["R1B"], planned_end=D(2026, 11, 26))
    assert [n for n, _ in held(social, stay.id)][-1] == D(2026, 11, 24)  # written by the next change first
    at(clock, D(2026, 11, 26))
    done = service.discharge(stay.id, D(2026, 11, 26), "housed")
    assert done.nights == 8
    assert [n for n, _ in held(social, stay.id)] == [D(2026, 11, 18) + dt.timedelta(days=i) for i in range(8)]
    with social.transaction() as s:
        # AA01's eight nights and BB02's two up to today
        assert compute(s, D(2026, 11, 16), D(2026, 11, 30), as_of=D(2026, 11, 26))["shelter.bed_nights"] == 10


@pytest.mark.file_only
def test_the_front_desk_opening_the_shelter_page_writes_nothing(qtbot, db, ctx_for, clock, centre):
    from dropin.ui.shelter.page import ShelterPage

    beds, _social, stay = centre
    at(clock, D(2026, 11, 23))
    with writes(db) as seen:
        page = ShelterPage(ctx_for(Role.FRONT_DESK))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.refresh()
    assert seen == []
    tile = next(t.tile for t in page.board.tiles if t.tile.bed_id == beds["R1A"])
    assert (tile.state, tile.stay_id, tile.overstay) == ("occupied", stay.id, True)
