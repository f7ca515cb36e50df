"""Listings cost the same number of SQL statements for 18 rows as for 60: no query per row.

Statements are counted with SQLAlchemy's ``before_cursor_execute`` event on the database's engine,
for the shelter's residents, past stays and bed board, the clients register and the visits list.
"""

from __future__ import annotations

import datetime as dt

from dropin.clients.service import ClientService
from dropin.security.roles import Role
from dropin.shelter.beds import BedService
from dropin.shelter.board import BoardService
from dropin.shelter.stays import StayService
from dropin.visits.service import ServiceGiven, VisitInput, VisitService
from tests.shelter_helpers import add_clients, db, shelter_template, statements, users  # noqa: F401,F811

SIZES = (18, 60)


def counted(database, action) -> tuple[int, object]:
    action()  # the first call may open a connection (key derivation, pragmas): not part of the listing
    with statements(database) as seen:
        result = action()
    return len(seen), result


class Centre:
    """A shelter and front desk grown step by step: ``grow(n)`` brings it to n stays, n clients with a visit."""

    def __init__(self, ctx_for):
        self.manager = ctx_for(Role.MANAGER)
        self.social = ctx_for(Role.SOCIAL_WORKER)
        self.desk = ctx_for(Role.FRONT_DESK)
        self.today = self.manager.today()
        self.stays = StayService(self.social)
        self.beds = BedService(self.manager)
        self.visits = VisitService(self.desk)
        self.size = 0
        self.room = None

    def grow(self, n: int) -> None:
        codes = [f"QC{i:04d}X" for i in range(self.size, n)]
        ids = add_clients(self.manager, *codes)
        for i, code in zip(range(self.size, n), codes, strict=True):
            if i % 20 == 0:
                self.room = self.beds.add_room(f"Room {i // 20 + 1}", 20)
            bed = self.beds.add_bed(self.room.id, f"B{i}", available_from=self.today - dt.timedelta(days=60))
            stay = self.stays.admit(
                code, bed.id, admitted_on=self.today - dt.timedelta(days=10 + i % 5), children_count=i % 3
            )
            if i % 3 == 0:  # a past stay, then the bed is reserved for someone else from tomorrow
                self.stays.discharge(stay.id, self.today - dt.timedelta(days=1), "housed")
            self.visits.record(
                VisitInput(ids[code], "walk_in", (ServiceGiven("shower"), ServiceGiven("male_condoms", 3)))
            )
        self.size = n


def test_listings_issue_the_same_number_of_statements_for_18_and_60_rows(ctx_for, db):  # noqa: F811
    centre = Centre(ctx_for)
    social, desk = centre.social, centre.desk
    listings = {
        "residents": lambda: StayService(social).residents(),
        "past stays": lambda: StayService(social).past_stays(0, 200),
        "bed board": lambda: BoardService(social).board(),
        "clients": lambda: ClientService(desk).list_clients(0, 200),
        "visits": lambda: VisitService(desk).list_visits(0, 200),
    }
    figures: dict[str, list[tuple[int, int]]] = {name: [] for name in listings}
    for size in SIZES:
        centre.grow(size)
        for name, listing in listings.items():
            n, rows = counted(db, listing)
            figures[name].append((len(rows), n))
    for name, ((rows_small, small), (rows_large, large)) in figures.items():
        assert rows_large > rows_small, (name, figures[name])  # the listing really grew
        assert large == small, f"{name}: {small} statements for {rows_small} rows, {large} for {rows_large}"
        assert large <= 12, f"{name}: {large} statements"
