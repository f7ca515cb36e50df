"""Real service actions of every area, for the crash test's writer.

``prepare(contexts)`` makes what the actions need (clients, a kit lot, beds, a
children's session) and returns it as plain data; ``AreaActions`` then runs
one action at a time, each one user action through its area's service (one
transaction), and says which record it saved as ``table:id[:detail]``:

- front desk: a check-in (``visits:<id>``)
- testing: a counselling session with consent, then a test result (``hts_tests:<id>``)
- shelter: an admission (``shelter_stays:<id>``) or the discharge of the
  current resident (``shelter_stays:<id>:discharged``)
- children: the attendance sheet of a session (``children_attendance:<session>:<child ids>``)
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any

from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.context import ServiceContext

AREAS = ("checkin", "test", "shelter", "attendance")


def prepare(ctx: dict[Role, ServiceContext], clients: int = 6) -> dict[str, Any]:
    """Set up a centre for the actions; ``ctx`` maps roles to service contexts."""
    from dropin.children.service import ChildrenService, SessionService
    from dropin.clients.service import ClientInput, ClientService
    from dropin.shelter.beds import BedService
    from dropin.testing.kits import KitService, QcService

    front = ClientService(ctx[Role.FRONT_DESK])
    codes = []
    for i in range(clients):
        info = front.register(ClientInput(code=f"AREA{i:03d}", nickname=None, birth_year=1990), confirmed_new=True)
        codes.append((info.id, info.code))
    today = ctx[Role.MANAGER].today()
    lot = KitService(ctx[Role.PEER_COUNSELLOR]).receive(
        "Determine HIV", "CRASH-LOT", today + dt.timedelta(days=300), 5000, "donation"
    )
    QcService(ctx[Role.PEER_COUNSELLOR]).record_run(lot.id, "new_lot", True, True, kits_used=0)  # controls passed
    beds = BedService(ctx[Role.MANAGER])
    room = beds.add_room("Crash room", 2)
    bed = beds.add_bed(room.id, "A", available_from=today - dt.timedelta(days=30)).id
    sessions = SessionService(ctx[Role.FACILITATOR])
    type_id = sessions.activity_types()[0].id
    children = ChildrenService(ctx[Role.FACILITATOR])
    kids = [
        children.register_child(f"Child {i}", codes[i][1], birth_year=today.year - 6, consent_participation=True).id
        for i in range(3)
    ]
    session = sessions.create_session(type_id, today, dt.time(0, 5), 60).id
    return {"clients": codes, "lot": lot.id, "bed": bed, "children": kids, "session": session}


class AreaActions:
    def __init__(self, ctx: dict[Role, ServiceContext], setup: dict[str, Any], rng: random.Random) -> None:
        self.ctx, self.setup, self.rng = ctx, setup, rng
        self._turn = rng.randrange(len(AREAS))

    def next_action(self) -> str:
        """Every area in turn, from a random one: a short run still covers them all."""
        self._turn += 1
        return AREAS[self._turn % len(AREAS)]

    def intent(self, area: str) -> str:
        """What the action will save when it is an overwrite (attendance), so a parent can accept it."""
        if area == "attendance":
            self._present = sorted(self.rng.sample(self.setup["children"], self.rng.randint(0, 3)))
            return f"children_attendance:{self.setup['session']}:{','.join(map(str, self._present)) or '-'}"
        return ""

    def run(self, area: str) -> str:
        return str(getattr(self, f"_{area}")())

    def _client(self) -> tuple[int, str]:
        client_id, code = self.rng.choice(self.setup["clients"])
        return int(client_id), str(code)

    def _checkin(self) -> str:
        from dropin.visits.service import ServiceGiven, VisitInput, VisitService

        client_id, _ = self._client()
        row = VisitService(self.ctx[Role.FRONT_DESK]).record(VisitInput(client_id, "walk_in", (ServiceGiven("meal"),)))
        return f"visits:{row.id}"

    def _test(self) -> str:
        from dropin.testing.service import CounsellingService, TestService

        peer = self.ctx[Role.PEER_COUNSELLOR]
        _, code = self._client()
        now = peer.now()
        session = CounsellingService(peer).record_session(
            code, pre_test_counselling=True, consent_given=True, session_at=now - dt.timedelta(hours=1)
        )
        test = TestService(peer).record_retrospective(
            session.id, self.setup["lot"], now - dt.timedelta(minutes=50), now - dt.timedelta(minutes=30), True, False
        )
        return f"hts_tests:{test.id}"

    def _shelter(self) -> str:
        from dropin.shelter.stays import StayService

        service = StayService(self.ctx[Role.SOCIAL_WORKER])
        residents = service.residents(include_reserved=False)
        if residents:
            stay = residents[0]
            service.discharge(stay.id, None, "returned_home")
            return f"shelter_stays:{stay.id}:discharged"
        _, code = self._client()
        stay = service.admit(code, self.setup["bed"])
        return f"shelter_stays:{stay.id}"

    def _attendance(self) -> str:
        from dropin.children.service import AttendanceService

        AttendanceService(self.ctx[Role.FACILITATOR]).save_attendance(self.setup["session"], self._present)
        return f"children_attendance:{self.setup['session']}:{','.join(map(str, self._present)) or '-'}"
