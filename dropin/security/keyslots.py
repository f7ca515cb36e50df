"""Wrapped store keys: one slot per (account, store) the account's role may hold, plus recovery slots.

A slot holds a store's random key encrypted with AES-GCM under a key-encryption key derived from a secret
with argon2id (salt and parameters kept in the slot); the slot's identity (kind, account, store) is the
associated data, so a slot copied to another account or store does not open. The secret is the account's
password, the recovery key (printed once, locked away), or during an upgrade the database passphrase
(a temporary ``upgrade`` slot a manager removes when every account has logged in once).

Which stores a role holds comes from the one permission matrix (:func:`dropin.security.permissions.stores_for`).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from collections.abc import Iterable, Mapping

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dropin.models.security import StoreKeySlot
from dropin.models.stores import STORES
from dropin.security.permissions import stores_for
from dropin.security.roles import Role

#: argon2id for the key-encryption key (OWASP's second recommended setting: 19 MiB, two passes);
#: tests lower it like the password hasher's.
KDF_PARAMS = {"t": 2, "m": 19456, "p": 1}
RECOVERY_GROUPS = 8  # eight groups of five characters: 40 base-32 characters, 200 bits

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _secret(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _kek(secret: bytes, kdf: Mapping[str, object]) -> bytes:
    salt = base64.b64decode(str(kdf["salt"]))
    return hash_secret_raw(secret, salt, _int(kdf["t"]), _int(kdf["m"]), _int(kdf["p"]), 32, Type.ID)


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("a key slot's parameters are numbers")
    return int(value)


def _aad(kind: str, user_id: int | None, store: str) -> bytes:
    # a rotation's slot (next_…) is sealed as the slot it becomes, so promoting it changes only its kind
    return f"dropin-store-slot:v1:{kind.removeprefix('next_')}:{user_id or 0}:{store}".encode()


def new_kdf() -> dict[str, object]:
    return {"alg": "argon2id", **KDF_PARAMS, "salt": base64.b64encode(os.urandom(16)).decode()}


class Wrapper:
    """Wraps keys under one secret with one salt (one argon2 run for all of an account's slots)."""

    def __init__(self, secret: str, kdf: dict[str, object] | None = None) -> None:
        self.kdf = kdf or new_kdf()
        self._kek = _kek(_secret(secret), self.kdf)

    def slot(self, kind: str, user_id: int | None, store: str, key: bytes, now: dt.datetime) -> StoreKeySlot:
        nonce = os.urandom(12)
        wrapped = AESGCM(self._kek).encrypt(nonce, key, _aad(kind, user_id, store))
        return StoreKeySlot(
            store=store,
            kind=kind,
            user_id=user_id,
            kdf=json.dumps(self.kdf, sort_keys=True),
            nonce=nonce,
            wrapped=wrapped,
            created_at=now,
        )

    def open(self, slot: StoreKeySlot) -> bytes | None:
        try:
            return AESGCM(self._kek).decrypt(slot.nonce, slot.wrapped, _aad(slot.kind, slot.user_id, slot.store))
        except InvalidTag:
            return None


def unwrap(slots: Iterable[StoreKeySlot], secret: str) -> dict[str, bytes]:
    """The keys of ``slots`` that ``secret`` opens (one argon2 run per distinct salt)."""
    keys: dict[str, bytes] = {}
    wrappers: dict[str, Wrapper] = {}
    for slot in slots:
        wrapper = wrappers.get(slot.kdf)
        if wrapper is None:
            wrapper = wrappers[slot.kdf] = Wrapper(secret, json.loads(slot.kdf))
        key = wrapper.open(slot)
        if key is not None:
            keys[slot.store] = key
    return keys


# ------------------------------------------------------------------ accounts
def account_slots(session: Session, user_id: int) -> list[StoreKeySlot]:
    return list(session.scalars(select(StoreKeySlot).where(StoreKeySlot.user_id == user_id)))


def unlock_account(session: Session, user_id: int, password: str) -> dict[str, bytes]:
    return unwrap((s for s in account_slots(session, user_id) if s.kind == "account"), password)


def wrap_for_account(
    session: Session, user_id: int, role: Role | str, password: str, keys: Mapping[str, bytes], now: dt.datetime
) -> set[str]:
    """Replace the account's slots by slots for every store its role may hold and ``keys`` has.

    Returns the stores the role may hold but that could not be wrapped (their key was not at hand).
    """
    allowed = stores_for(role)
    session.execute(delete(StoreKeySlot).where(StoreKeySlot.user_id == user_id))
    wanted = [store for store in STORES if store in allowed and store in keys]
    if wanted:
        wrapper = Wrapper(password)
        for store in wanted:
            session.add(wrapper.slot("account", user_id, store, keys[store], now))
    session.flush()
    return set(allowed) - set(wanted)


def drop_account(session: Session, user_id: int, keep: Iterable[str] = ()) -> None:
    """Remove an account's slots (all, or all but the stores in ``keep``)."""
    query = delete(StoreKeySlot).where(StoreKeySlot.user_id == user_id)
    keep = tuple(keep)
    if keep:
        query = query.where(StoreKeySlot.store.not_in(keep))
    session.execute(query)


def missing_stores(session: Session, user_id: int, role: Role | str) -> set[str]:
    held = {slot.store for slot in account_slots(session, user_id) if slot.kind == "account"}
    return set(stores_for(role)) - held


# ------------------------------------------------------------------ recovery
def new_recovery_key() -> str:
    """A random recovery key in groups a person can copy onto paper: ``ABCDE-FGHJK-…``."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(5 * RECOVERY_GROUPS))
    return "-".join(chars[i : i + 5] for i in range(0, len(chars), 5))


def normalise_recovery_key(text: str) -> str:
    """What a person typed, as written: case, spaces and dashes do not matter."""
    chars = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return "-".join(chars[i : i + 5] for i in range(0, len(chars), 5))


def write_recovery(
    session: Session, keys: Mapping[str, bytes], now: dt.datetime, recovery_key: str | None = None
) -> str:
    """(Re)write the recovery slot of every store in ``keys``; returns the recovery key to show once."""
    recovery_key = recovery_key or new_recovery_key()
    session.execute(delete(StoreKeySlot).where(StoreKeySlot.kind == "recovery", StoreKeySlot.store.in_(tuple(keys))))
    wrapper = Wrapper(normalise_recovery_key(recovery_key))
    for store, key in keys.items():
        session.add(wrapper.slot("recovery", None, store, key, now))
    session.flush()
    return recovery_key


def unlock_recovery(session: Session, recovery_key: str) -> dict[str, bytes]:
    slots = session.scalars(select(StoreKeySlot).where(StoreKeySlot.kind == "recovery"))
    return unwrap(slots, normalise_recovery_key(recovery_key))


# ------------------------------------------------------------------- upgrade
def write_upgrade(session: Session, keys: Mapping[str, bytes], passphrase: str, now: dt.datetime) -> None:
    """Temporary slots under the database passphrase, until every account has logged in once."""
    wrapper = Wrapper(passphrase)
    for store, key in keys.items():
        session.add(wrapper.slot("upgrade", None, store, key, now))
    session.flush()


def upgrade_pending(session: Session) -> bool:
    return session.scalar(select(StoreKeySlot.id).where(StoreKeySlot.kind == "upgrade").limit(1)) is not None


def unlock_upgrade(session: Session, passphrase: str) -> dict[str, bytes]:
    slots = list(session.scalars(select(StoreKeySlot).where(StoreKeySlot.kind == "upgrade")))
    return unwrap(slots, passphrase) if slots else {}


def finish_upgrade(session: Session) -> None:
    session.execute(delete(StoreKeySlot).where(StoreKeySlot.kind == "upgrade"))


# ------------------------------------------------------------------ rotation
# A rotation gives stores new keys. Its commit point is one transaction of the main database that writes
# the new keys' slots as ``next_account`` (the manager rotating) and ``next_recovery`` (a new recovery key);
# the store files re-encrypted under the new keys wait beside the stores (``….rotating``) until then. After
# it, the files swap and :func:`promote` makes the next slots the only ones: every other account that held
# such a store needs a one-time password. A process killed after the commit finishes at the next opening
# (no key needed); one killed before it leaves only the waiting files, which that opening removes.
def write_next(session: Session, user_id: int, password: str, keys: Mapping[str, bytes], now: dt.datetime) -> str:
    """The rotation's commit: next slots for the account and for a new recovery key (returned, shown once)."""
    session.execute(delete(StoreKeySlot).where(StoreKeySlot.kind.in_(("next_account", "next_recovery"))))
    wrapper = Wrapper(password)
    for store, key in keys.items():
        session.add(wrapper.slot("next_account", user_id, store, key, now))
    recovery_key = new_recovery_key()
    recovery = Wrapper(normalise_recovery_key(recovery_key))
    for store, key in keys.items():
        session.add(recovery.slot("next_recovery", None, store, key, now))
    session.flush()
    return recovery_key


def rotating(session: Session) -> set[str]:
    """The stores whose rotation was committed but not yet finished."""
    return set(session.scalars(select(StoreKeySlot.store).where(StoreKeySlot.kind == "next_recovery")))


def promote(session: Session, store: str) -> set[int]:
    """After the store's file was swapped: its next slots become its slots; returns the accounts that lost
    theirs (they wait for a one-time password)."""
    old = list(session.scalars(select(StoreKeySlot).where(StoreKeySlot.store == store)))
    dropped = {s.user_id for s in old if s.kind == "account"} - {s.user_id for s in old if s.kind == "next_account"}
    for slot in old:
        if slot.kind.startswith("next_"):
            continue
        session.delete(slot)
    session.flush()
    for slot in old:
        if slot.kind.startswith("next_"):
            slot.kind = slot.kind.removeprefix("next_")
    session.flush()
    return {user_id for user_id in dropped if user_id is not None}
