"""The client register: anonymous codes, near-duplicate check, optional facts, lookup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, func, or_, select
from sqlalchemy.orm import Session

from dropin.clients import choices
from dropin.clients.codes import (
    ADULT_AGE,
    AGE_BANDS,
    UNDER_18,
    letter_prefix,
    normalise_code,
    one_edit_apart,
    swap_parents,
    year_in_code,
)
from dropin.context import ServiceContext
from dropin.errors import Conflict, NotFound, ValidationError
from dropin.i18n import translate
from dropin.models.clients import Client
from dropin.models.visits import Visit
from dropin.security.permissions import Permission
from dropin.settings import get_setting
from dropin.validation import SHORT_MAX, clean_text

MAX_CODE = 32
MIN_CODE = 4
#: the orders :meth:`ClientService.list_clients` can sort by, in the database
CLIENT_ORDERS = ("code", "nickname", "gender", "birth_year", "visits", "last_visit", "registered")


def _last_visit() -> ScalarSelect[dt.date]:
    """The client's last visit that was not undone, as a column of a query over clients."""
    return (
        select(func.max(Visit.visit_date))
        .where(Visit.client_id == Client.id, Visit.voided_at.is_(None))
        .correlate(Client)
        .scalar_subquery()
    )


@dataclass(frozen=True)
class ClientHit:
    """What a code lookup shows: the code (and the nickname for roles that may see profiles)."""

    id: int
    code: str
    nickname: str | None = None
    last_visit: dt.date | None = None


@dataclass(frozen=True)
class ClientInput:
    code: str
    nickname: str | None = None
    birth_year: int | None = None
    age_band: str | None = None
    gender: str | None = None
    preferred_language: str | None = None
    migrant_status: str | None = None
    work_setting: str | None = None
    children_count: int | None = None
    kp_type: str | None = None


@dataclass(frozen=True)
class ClientInfo:
    id: int
    code: str
    nickname: str | None
    birth_year: int | None
    age_band: str | None
    gender: str | None
    preferred_language: str | None
    migrant_status: str | None
    work_setting: str | None
    children_count: int | None
    registered_on: dt.date
    visit_count: int = 0
    last_visit: dt.date | None = None
    kp_type: str | None = None


@dataclass(frozen=True)
class Candidate:
    """An already registered client who may be the same person."""

    id: int
    code: str
    reason: str  # translated sentence
    nickname: str | None
    birth_year: int | None
    last_visit: dt.date | None


class PossibleDuplicate(Conflict):
    """Registering would perhaps create a second record for someone already registered."""

    def __init__(self, message: str, candidates: list[Candidate]) -> None:
        super().__init__(message)
        self.candidates = candidates


class UnderAge(ValidationError):
    """The person is under 18: not registered as an adult client; offer a safeguarding referral."""


def under_18_message() -> str:
    return translate(
        "Clients",
        "This person is under 18 and cannot be registered as an adult client. "
        "Please make a safeguarding referral instead.",
    )


class ClientService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ lookup
    def recipe_key(self) -> str:
        with self.ctx.db.session() as s:
            return get_setting(s, "client_code_recipe") or "default"

    def search(self, text: str, limit: int = 8) -> list[ClientHit]:
        """Codes starting with ``text`` (normalised), via the code index."""
        self.ctx.require(Permission.CLIENT_LOOKUP)
        prefix = normalise_code(text)
        if not prefix:
            return []
        show = self.ctx.can(Permission.CLIENT_VIEW)  # nickname and last visit are profile details
        if not show:
            # Roles that may only check a code (children's facilitators) get the exact code or nothing.
            hit = self.find(prefix)
            return [hit] if hit else []
        with self.ctx.db.session() as s:
            rows = s.execute(
                select(Client.id, Client.code, Client.nickname, _last_visit())
                .where(Client.code >= prefix, Client.code < prefix + "\uffff", Client.voided_at.is_(None))
                .order_by(Client.code)
                .limit(limit)
            ).all()
        return [ClientHit(r[0], r[1], r[2] if show else None, r[3] if show else None) for r in rows]

    def find(self, code: str) -> ClientHit | None:
        self.ctx.require(Permission.CLIENT_LOOKUP)
        code = normalise_code(code)
        if not code:
            return None
        with self.ctx.db.session() as s:
            row = s.execute(
                select(Client.id, Client.code, Client.nickname).where(Client.code == code, Client.voided_at.is_(None))
            ).first()
        if row is None:
            return None
        return ClientHit(row.id, row.code, row.nickname if self.ctx.can(Permission.CLIENT_VIEW) else None)

    def get(self, client_id: int) -> ClientInfo:
        self.ctx.require(Permission.CLIENT_VIEW)
        with self.ctx.db.session() as s:
            client = s.get(Client, client_id)
            if client is None or client.voided_at is not None:
                raise NotFound(translate("Clients", "This client is not in the register."))
            count, last = s.execute(
                select(func.count(Visit.id), func.max(Visit.visit_date)).where(
                    Visit.client_id == client_id, Visit.voided_at.is_(None)
                )
            ).one()
            return _info(client, count, last)

    def list_clients(
        self, offset: int, limit: int, text: str = "", order: str = "code", descending: bool = False
    ) -> list[ClientInfo]:
        """One page of the register (for lazy lists), sorted in the database by one of :data:`CLIENT_ORDERS`.

        ``text`` finds codes containing it (a fragment anywhere in the code) and nicknames containing it.
        """
        self.ctx.require(Permission.CLIENT_VIEW)
        if order not in CLIENT_ORDERS:
            raise ValidationError(translate("Clients", "This list cannot be sorted that way."), "order")
        last = _last_visit()
        count = (
            select(func.count(Visit.id))
            .where(Visit.client_id == Client.id, Visit.voided_at.is_(None))
            .correlate(Client)
            .scalar_subquery()
        )
        query = select(Client, count, last).where(Client.voided_at.is_(None))
        text = clean_text(text, "search", SHORT_MAX) or ""
        fragment, words = normalise_code(text), " ".join(text.split()).lower()
        if fragment or words:
            found = [Client.nickname.contains(words, autoescape=True)] if words else []
            if fragment:
                found.append(Client.code.contains(fragment, autoescape=True))
            query = query.where(or_(*found))
        key = {
            "code": Client.code,
            "nickname": Client.nickname,
            "gender": Client.gender,
            "birth_year": Client.birth_year,
            "visits": count,
            "last_visit": last,
            "registered": Client.created_at,
        }[order]
        query = query.order_by(key.desc() if descending else key, Client.code).offset(offset).limit(limit)
        with self.ctx.db.session() as s:
            return [_info(c, n, d) for c, n, d in s.execute(query).all()]

    def count(self) -> int:
        self.ctx.require(Permission.CLIENT_LOOKUP)
        with self.ctx.db.session() as s:
            return s.scalar(select(func.count(Client.id)).where(Client.voided_at.is_(None))) or 0

    # ---------------------------------------------------------- duplicates
    def similar(self, code: str, birth_year: int | None = None, limit: int = 10) -> list[Candidate]:
        """Registered clients who may be the same person: same code, one character off,
        or the same birth year and the same leading letters."""
        self.ctx.require(Permission.CLIENT_REGISTER)
        code = normalise_code(code)
        if not code:
            return []
        key = self.recipe_key()
        birth_year = birth_year or year_in_code(code, key)
        letters = letter_prefix(code)
        swapped = swap_parents(code, key)
        found: list[tuple[int, int, str]] = []
        with self.ctx.db.session() as s:
            rows = s.execute(select(Client.id, Client.code, Client.birth_year).where(Client.voided_at.is_(None))).all()
            for cid, other, year in rows:
                if other == code:
                    found.append((0, cid, translate("Clients", "The same code is already registered.")))
                elif one_edit_apart(code, other):
                    found.append((1, cid, translate("Clients", "The code differs by one character.")))
                elif swapped and other == swapped:
                    found.append((1, cid, translate("Clients", "The mother's and the father's letters are swapped.")))
                elif birth_year and year == birth_year and len(letters) >= 2 and letter_prefix(other) == letters:
                    found.append((2, cid, translate("Clients", "Same year of birth and the same letters.")))
            found.sort()
            found = found[:limit]
            result = []
            for _rank, cid, reason in found:
                client = s.get_one(Client, cid)
                last = s.scalar(
                    select(func.max(Visit.visit_date)).where(Visit.client_id == cid, Visit.voided_at.is_(None))
                )
                result.append(Candidate(cid, client.code, reason, client.nickname, client.birth_year, last))
            return result

    # ------------------------------------------------------------ register
    def register(self, data: ClientInput, *, confirmed_new: bool = False) -> ClientInfo:
        """Add a client. Unless ``confirmed_new``, possible duplicates raise :class:`PossibleDuplicate`.

        When the user has confirmed a different person has the very same code,
        the code gets a distinguishing digit (``MAIV1990F2``).
        """
        self.ctx.require(Permission.CLIENT_REGISTER)
        values = self._validate(data, new=True)
        code = values.pop("code")
        candidates = self.similar(code, values.get("birth_year"))
        if candidates and not confirmed_new:
            raise PossibleDuplicate(
                translate(
                    "Clients",
                    "Someone with a similar code is already registered. Please check whether this is the same person.",
                ),
                candidates,
            )
        with self.ctx.transaction() as s:
            code = _free_code(s, code)
            client = Client(code=code, **values)
            s.add(client)
            s.flush()
            return _info(client, 0, None)

    def code_for_new_person(self, code: str) -> str:
        """The code a different person with this very code gets when registered (``MAIV1990F2``)."""
        self.ctx.require(Permission.CLIENT_REGISTER)
        with self.ctx.db.session() as s:
            return _free_code(s, normalise_code(code))

    def update(self, client_id: int, data: ClientInput) -> ClientInfo:
        """Change the optional facts (the code stays as registered)."""
        self.ctx.require(Permission.CLIENT_EDIT)
        values = self._validate(data, new=False)
        values.pop("code", None)
        with self.ctx.transaction() as s:
            client = s.get(Client, client_id)
            if client is None or client.voided_at is not None:
                raise NotFound(translate("Clients", "This client is not in the register."))
            for key, value in values.items():
                if getattr(client, key) != value:
                    setattr(client, key, value)
            s.flush()
            count, last = s.execute(
                select(func.count(Visit.id), func.max(Visit.visit_date)).where(
                    Visit.client_id == client_id, Visit.voided_at.is_(None)
                )
            ).one()
            return _info(client, count, last)

    # ---------------------------------------------------------- validation
    def _validate(self, data: ClientInput, *, new: bool) -> dict[str, Any]:
        code = normalise_code(data.code)
        if new:
            if not code:
                raise ValidationError(translate("Clients", "Please enter the client code."), "code")
            if len(code) < MIN_CODE or len(code) > MAX_CODE:
                raise ValidationError(
                    translate("Clients", "A client code has between {low} and {high} letters and digits.").format(
                        low=MIN_CODE, high=MAX_CODE
                    ),
                    "code",
                )
            if set(code) <= {"X", "0"}:
                raise ValidationError(
                    translate("Clients", "Every part of this code is unknown. Please ask for at least one fact."),
                    "code",
                )
        year = self.ctx.today().year
        birth_year = data.birth_year
        if new and birth_year is None:
            birth_year = year_in_code(code, self.recipe_key())
        if birth_year is not None:
            if not isinstance(birth_year, int) or birth_year < year - 100 or birth_year > year:
                raise ValidationError(
                    translate("Clients", "Please give a year of birth between {low} and {high}.").format(
                        low=year - 100, high=year
                    ),
                    "birth_year",
                )
            if year - birth_year < ADULT_AGE:
                raise UnderAge(under_18_message(), "birth_year")
        if data.age_band == UNDER_18:
            raise UnderAge(under_18_message(), "age_band")
        if data.age_band and data.age_band not in AGE_BANDS:
            raise ValidationError(translate("Clients", "Please choose an age band from the list."), "age_band")
        for value, allowed, field, message in (
            (data.gender, choices.GENDERS, "gender", translate("Clients", "Please choose a gender from the list.")),
            (
                data.preferred_language,
                choices.LANGUAGES,
                "preferred_language",
                translate("Clients", "Please choose a language from the list."),
            ),
            (
                data.migrant_status,
                choices.MIGRANT_STATUSES,
                "migrant_status",
                translate("Clients", "Please choose a migrant status from the list."),
            ),
            (
                data.work_setting,
                choices.WORK_SETTINGS,
                "work_setting",
                translate("Clients", "Please choose a work setting from the list."),
            ),
            (
                data.kp_type,
                choices.KP_TYPES,
                "kp_type",
                translate("Clients", "Please choose a key-population type from the list."),
            ),
        ):
            if value and value not in allowed:
                raise ValidationError(message, field)
        if data.children_count is not None and not (0 <= data.children_count <= 20):
            raise ValidationError(
                translate("Clients", "The number of children must be between 0 and 20."), "children_count"
            )
        nickname = clean_text(data.nickname, "nickname", SHORT_MAX)
        return {
            "code": code,
            "nickname": nickname,
            "birth_year": birth_year,
            "age_band": data.age_band or None,
            "gender": data.gender or None,
            "preferred_language": data.preferred_language or None,
            "migrant_status": data.migrant_status or None,
            "work_setting": data.work_setting or None,
            "children_count": data.children_count,
            "kp_type": data.kp_type or None,
        }


def _free_code(s: Session, code: str) -> str:
    """``code`` if nobody has it, else the code with the first free distinguishing digit."""
    taken = set(s.scalars(select(Client.code).where(Client.code >= code, Client.code < code + "\uffff")))
    if code not in taken:
        return code
    for n in range(2, 10):
        if f"{code}{n}" not in taken and len(code) < MAX_CODE:
            return f"{code}{n}"
    raise Conflict(
        translate("Clients", "Too many people share this code. Please ask for another fact to tell them apart.")
    )


def _info(c: Client, count: int | None, last: dt.date | None) -> ClientInfo:
    return ClientInfo(
        c.id,
        c.code,
        c.nickname,
        c.birth_year,
        c.age_band,
        c.gender,
        c.preferred_language,
        c.migrant_status,
        c.work_setting,
        c.children_count,
        c.created_at.date(),
        int(count or 0),
        last,
        c.kp_type,
    )
