"""Demo data for the front desk: clients with anonymous codes and a realistic visit pattern.

About 10-40 visits a day (fewer at weekends, more in winter), mostly returning
clients, a few anonymous walk-ins, and the services a drop-in hands out.
Everything is synthetic.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from random import Random
from typing import TypeVar

from sqlalchemy import select

from dropin.clients.codes import band_on, build_code
from dropin.context import CurrentUser, ServiceContext
from dropin.models.clients import Client, ReferralDestination
from dropin.models.visits import ServiceItem, Visit, VisitLine
from dropin.security.roles import Role

MOTHERS = [
    "Мария",
    "Анна",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Gulnara",
    "Aigul",
    "Людмила",
    "Надежда",
    "Валентина",
    "Айгерим",
    "Nurgul",
    "Oksana",
    "Галина",
    "Lyudmila",
    "Zhanna",
    "Вера",
    "Любовь",
    "Dinara",
    "Асель",
    "Raisa",
    "Тамара",
    "Nina",
    "Зарина",
    "Alla",
]
FATHERS = [
    "Иван",
    "Сергей",
    "Александр",
    "Николай",
    "Владимир",
    "Алексей",
    "Azamat",
    "Бакыт",
    "Mikhail",
    "Юрий",
    "Олег",
    "Viktor",
    "Талант",
    "Nurlan",
    "Андрей",
    "Дмитрий",
    "Pavel",
    "Ruslan",
    "Геннадий",
    "Bolot",
    "Евгений",
    "Igor",
    "Марат",
    "Erlan",
    "Василий",
    "Petr",
]
NICKNAMES = [None] * 6 + ["Sunny", "Lisa", "Kat", "Mila", "Roxy", "Star", "Nika", "Vika", "Bella", "Sasha"]

DESTINATIONS = [
    ("City AIDS Centre", "aids_centre", "Confirmatory testing and treatment; ask for the friendly doctor"),
    ("Friendly STI clinic", "clinic", "Mon-Fri 9-16"),
    ("Crisis centre for women", "crisis_centre", "24-hour line"),
    ("Legal aid lawyer", "lawyer", "Tuesdays at the drop-in"),
    ("Social services office", "social_services", None),
    ("Harm reduction programme", "drug_services", None),
    ("Trans health consultant", "trans_health", None),
    ("Child protection service", "child_protection", None),
]

# (service code, probability on a visit, quantity range or None)
SERVICE_PATTERN = [
    ("male_condoms", 0.55, (5, 40)),
    ("lubricant", 0.35, (2, 10)),
    ("female_condoms", 0.06, (1, 5)),
    ("shower", 0.30, None),
    ("meal", 0.35, None),
    ("laundry", 0.15, None),
    ("internet", 0.15, None),
    ("rest", 0.25, None),
    ("hygiene_items", 0.12, (1, 3)),
    ("food_parcel", 0.05, (1, 2)),
    ("leaflets", 0.15, (1, 3)),
    ("legal_advice", 0.05, None),
    ("id_help", 0.04, None),
    ("housing_help", 0.03, None),
    ("insurance_help", 0.02, None),
    ("psych_support", 0.06, None),
    ("violence_report", 0.015, None),
    ("referral", 0.05, None),
]
CHANNELS = [("walk_in", 0.72), ("phone", 0.10), ("online", 0.06), ("outreach", 0.08), ("accompanied", 0.04)]
GENDERS = [
    ("female", 0.70),
    ("trans_woman", 0.10),
    ("male", 0.10),
    ("non_binary", 0.02),
    ("trans_man", 0.01),
    (None, 0.07),
]
SETTINGS = [
    ("street", 0.3),
    ("highway", 0.05),
    ("bar_club", 0.12),
    ("sauna_massage", 0.13),
    ("apartment", 0.2),
    ("hotel", 0.05),
    ("online", 0.1),
    (None, 0.05),
]
NOTES = [None] * 12 + [
    "Asked about the next testing day",
    "Came with a friend",
    "Needs winter clothes",
    "Wants to talk to the lawyer next week",
    "Lost her documents",
    "Asked for the hotline number",
]


#: the key-population type a demo client states, by the gender they gave
KP_OF_GENDER = {"female": "fsw", "male": "msw", "trans_woman": "tg", "trans_man": "tg"}
T = TypeVar("T")


def _pick(rng: Random, pairs: Sequence[tuple[T, float]]) -> T:
    x = rng.random() * sum(w for _v, w in pairs)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def _daily_target(rng: Random, day: dt.date) -> int:
    season = 1 + 0.25 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)  # busier in winter
    weekday = (1.0, 1.1, 1.05, 1.1, 1.15, 0.6, 0.4)[day.weekday()]
    return max(4, min(45, round(rng.gauss(22, 5) * season * weekday)))


def generate(
    ctx: ServiceContext, rng: Random, start: dt.date, end: dt.date, users: dict[Role, CurrentUser] | None = None
) -> dict[str, int]:
    """Clients and visits from ``start`` up to ``end`` (today, up to the clock's time)."""
    desk = (users or {}).get(Role.FRONT_DESK)
    writer = ctx.with_user(desk) if desk is not None else ctx
    now = ctx.now()  # never a visit later than now: a fresh check-in must land at the top of today's list
    counts = {"clients": 0, "visits": 0, "visit services": 0, "referral destinations": 0}
    with writer.transaction() as s:
        s.info["bulk"] = True
        have = set(s.scalars(select(ReferralDestination.name)))
        for name, kind, contact in DESTINATIONS:
            if name not in have:
                s.add(ReferralDestination(name=name, kind=kind, contact=contact, active=True))
                counts["referral destinations"] += 1
        s.flush()
        dest_ids = list(s.scalars(select(ReferralDestination.id).where(ReferralDestination.active.is_(True))))
        items = {r.code: r for r in s.scalars(select(ServiceItem).where(ServiceItem.active.is_(True)))}
        codes = set(s.scalars(select(Client.code)))
        pool: list[tuple[Client, float]] = []  # (client, how often they come)

        def new_client(day: dt.date) -> Client:
            while True:
                gender = _pick(rng, GENDERS)
                sex = {"female": "F", "male": "M", "trans_woman": "T", "trans_man": "T"}.get(gender or "", "X")
                year = day.year - rng.choice(list(range(19, 30)) * 3 + list(range(30, 56)))
                facts = {
                    "mother_name": rng.choice(MOTHERS),
                    "father_name": rng.choice(FATHERS),
                    "birth_year": year,
                    "sex": sex,
                }
                if rng.random() < 0.04:
                    facts["father_name"] = ""  # father unknown
                code = build_code(facts)
                if code not in codes:
                    break
            codes.add(code)
            stamp = dt.datetime.combine(day, dt.time(10, 0))
            client = Client(
                code=code,
                nickname=rng.choice(NICKNAMES),
                birth_year=year if rng.random() < 0.9 else None,
                age_band=None,
                gender=gender,
                kp_type=KP_OF_GENDER.get(gender, "other") if gender else None,
                preferred_language=_pick(rng, [("ru", 6), ("ky", 3), ("uz", 1)]),
                migrant_status=_pick(rng, [("local", 5), ("internal", 4), ("international", 1), (None, 1)]),
                work_setting=_pick(rng, SETTINGS),
                children_count=rng.choice([None, 0, 0, 0, 1, 1, 2, 3]),
                created_at=stamp,
            )
            if client.birth_year is None:
                client.age_band = band_on(day, year, None)
            s.add(client)
            counts["clients"] += 1
            return client

        # A starting group of regulars who were registered before the demo period.
        for _ in range(120):
            pool.append((new_client(start - dt.timedelta(days=rng.randint(30, 400))), rng.paretovariate(1.5)))
        s.flush()

        day = start
        while day <= end:
            n = _daily_target(rng, day)
            times = sorted(rng.randint(10 * 60, 19 * 60) for _ in range(n))
            weights = [w for _c, w in pool]
            seen_today: set[int] = set()
            for minute in times:
                at = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
                if at > now:
                    break
                r = rng.random()
                client = None
                if r < 0.07:
                    client = None  # anonymous walk-in
                elif r < 0.17 or not pool:
                    client = new_client(day)
                    s.flush()
                    pool.append((client, rng.paretovariate(1.5)))
                    weights.append(pool[-1][1])
                else:
                    client = rng.choices(pool, weights)[0][0]
                    if client.id in seen_today:
                        client = rng.choices(pool, weights)[0][0]
                if client is not None:
                    seen_today.add(client.id)
                visit = Visit(
                    client_id=client.id if client else None,
                    visit_date=day,
                    visited_at=at,
                    channel=_pick(rng, CHANNELS),
                    age_band=band_on(day, client.birth_year, client.age_band) if client else None,
                    note=rng.choice(NOTES),
                    created_at=at,
                )
                given = []
                for code, p, qty in SERVICE_PATTERN:
                    if code in items and rng.random() < p:
                        quantity = rng.randint(*qty) if qty else 1
                        dest = rng.choice(dest_ids) if items[code].needs_destination and dest_ids else None
                        given.append(
                            VisitLine(service_id=items[code].id, quantity=quantity, destination_id=dest, created_at=at)
                        )
                if not given and "rest" in items:
                    given.append(VisitLine(service_id=items["rest"].id, quantity=1, created_at=at))
                visit.lines = given
                s.add(visit)
                counts["visits"] += 1
                counts["visit services"] += len(given)
            day += dt.timedelta(days=1)
        s.flush()
    return counts
