"""Demo data for outreach: districts, sessions most weekdays and community events.

Sessions go through the real services as the demo outreach worker (so they are
validated and audited). Some contacts carry codes of existing demo clients;
one area is left unvisited lately so the coverage view has something to show.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from dropin.clients.referrals import ReferralService
from dropin.context import CurrentUser, ServiceContext
from dropin.models.clients import Client
from dropin.outreach.areas import AreaService
from dropin.outreach.choices import KEY_DATES, TOPICS
from dropin.outreach.events import EventInput, EventService
from dropin.outreach.sessions import MAX_DAYS_BACK, OutreachService, ReferralEntry, SessionInput
from dropin.security.roles import Role

AREAS = [
    "Leninsky district",
    "Oktyabrsky district",
    "Pervomaisky district",
    "Sverdlovsky district",
    "Kant town",
    "Sokuluk district",
]
#: (mode, setting, weight, typical contacts, mini-session minutes)
PATTERNS = [
    ("on_foot", "street", 5, 12, 20),
    ("car", "highway", 2, 8, 20),
    ("on_foot", "sauna", 3, 6, 90),
    ("on_foot", "massage", 2, 5, 25),
    ("mobile_unit", "street", 2, 15, 30),
    ("on_foot", "hotel", 2, 5, 40),
    ("on_foot", "apartment", 1, 3, 120),
    ("online", "escort_online", 2, 10, 0),
    ("phone", "apartment", 1, 4, 0),
    ("on_foot", "bar_club", 2, 9, 20),
    ("on_foot", "brothel", 1, 6, 60),
    ("car", "park", 1, 4, 20),
]
WORKSHOPS = [
    "Condom negotiation",
    "Your rights when the police stop you",
    "Getting an ID card",
    "Art workshop: quilling",
    "Safer work online",
    "Stress management",
]
PEER_TOPICS = ["HIV testing and self-testing", "STIs: signs and where to go", "TB: cough and treatment"]


def generate(
    ctx: ServiceContext, rng: random.Random, start: dt.date, end: dt.date, users: dict[Role, CurrentUser] | None = None
) -> dict[str, int]:
    users = users or {}
    manager = ctx
    worker = ctx.with_user(users[Role.OUTREACH_WORKER]) if Role.OUTREACH_WORKER in users else ctx
    others = [users[r].id for r in (Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER) if r in users]
    areas = AreaService(manager)
    area_ids = [areas.add(name).id for name in AREAS]
    retired = areas.add("Airport road")
    areas.set_active(retired.id, False)
    destinations = [d.id for d in ReferralService(manager).list_active()]
    with ctx.transaction() as s:
        codes = list(s.scalars(select(Client.code).where(Client.voided_at.is_(None)).order_by(Client.id).limit(400)))

    service = OutreachService(worker)
    first = max(start, end - dt.timedelta(days=MAX_DAYS_BACK - 1))
    quiet_from = end - dt.timedelta(weeks=6)  # the last area has not been visited lately
    weights = [p[2] for p in PATTERNS]
    sessions = 0
    day = first
    while day < end:
        if day.weekday() < 6 and rng.random() < 0.8:
            for _ in range(rng.choice((1, 1, 2))):
                mode, setting, _w, typical, minutes = rng.choices(PATTERNS, weights)[0]
                pool = area_ids if day < quiet_from else area_ids[:-1]
                contacts = max(0, int(rng.gauss(typical, typical / 3)))
                new = rng.randint(0, max(0, contacts // 3))
                coded = rng.sample(codes, min(len(codes), rng.randint(0, min(3, contacts)))) if codes else []
                refs = (
                    tuple(
                        ReferralEntry(rng.choice(destinations), rng.random() < 0.4)
                        for _ in range(rng.choice((0, 0, 0, 1, 1, 2)))
                    )
                    if destinations
                    else ()
                )
                topics = tuple(rng.sample(list(TOPICS), rng.randint(1, 3))) if minutes else ()
                team = (worker.acting.id,) + tuple(rng.sample(others, rng.randint(0, min(1, len(others)))))
                service.record(
                    SessionInput(
                        session_date=day,
                        mode=mode,
                        setting=setting,
                        area_id=rng.choice(pool),
                        worker_ids=team,
                        start_time=dt.time(rng.choice((11, 14, 18, 20, 22)), rng.choice((0, 30))),
                        duration_min=rng.choice((60, 90, 120, 150, 180)),
                        contacts_new=new,
                        contacts_returning=contacts - new,
                        male_condoms=contacts * rng.randint(3, 8),
                        female_condoms=rng.randint(0, 2) * (contacts > 3),
                        lubricant=contacts * rng.randint(1, 3),
                        leaflets=rng.randint(0, contacts),
                        gatekeepers=rng.choice((0, 0, 1, 1, 2))
                        if setting in ("sauna", "massage", "hotel", "brothel", "bar_club")
                        else 0,
                        minisession_minutes=minutes * max(1, contacts // 4) if minutes else 0,
                        topics=topics,
                        codes=tuple(coded),
                        referrals=refs,
                    )
                )
                sessions += 1
        day += dt.timedelta(days=1)

    events = EventService(worker)
    count = 0
    day = first
    while day < end:
        if day.weekday() == 2:  # the self-help group meets on Wednesdays, with a break in the summer
            if day.month not in (7, 8):
                events.record(
                    EventInput(
                        day,
                        "self_help",
                        "Weekly meeting",
                        (worker.acting.id,),
                        dt.time(17, 0),
                        90,
                        attendance=rng.randint(4, 11),
                    )
                )
                count += 1
        if day.weekday() == 4 and day.day <= 7:  # a workshop on the first Friday of the month
            events.record(
                EventInput(
                    day,
                    "workshop",
                    rng.choice(WORKSHOPS),
                    (worker.acting.id, *others[:1]),
                    dt.time(15, 0),
                    120,
                    attendance=rng.randint(6, 15),
                    codes=tuple(rng.sample(codes, min(len(codes), rng.randint(0, 3)))),
                )
            )
            count += 1
        if day.weekday() == 0 and day.day > 21:
            events.record(
                EventInput(
                    day,
                    "peer_education",
                    rng.choice(PEER_TOPICS),
                    (worker.acting.id,),
                    dt.time(12, 0),
                    60,
                    attendance=rng.randint(5, 12),
                )
            )
            count += 1
        for code, (month, mday, _label) in KEY_DATES.items():
            if (day.month, day.day) == (month, mday):
                events.record(
                    EventInput(
                        day,
                        "key_date",
                        "Rally and open day",
                        (worker.acting.id, *others),
                        dt.time(12, 0),
                        240,
                        key_date=code,
                        attendance=rng.randint(30, 80),
                    )
                )
                count += 1
        day += dt.timedelta(days=1)
    return {"outreach_areas": len(AREAS) + 1, "outreach_sessions": sessions, "community_events": count}
