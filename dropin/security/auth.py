"""Logins with lockout and back-off, and staff account management."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.clock import Clock, SystemClock
from dropin.context import CurrentUser, ServiceContext
from dropin.errors import LoginFailed, NotFound, ValidationError
from dropin.i18n import translate
from dropin.models.database import Database
from dropin.models.security import User
from dropin.models.stores import STORES
from dropin.security import audit, keyslots
from dropin.security.passwords import hash_password, needs_rehash, verify_password
from dropin.security.permissions import Permission, can, stores_for
from dropin.security.roles import Role
from dropin.settings import get_setting, set_setting
from dropin.validation import LONG_MAX, SHORT_MAX, clean_text

MAX_FAILED_LOGINS = 5
BASE_LOCKOUT_SECONDS = 30
MAX_LOCKOUT_SECONDS = 3600
MIN_PASSWORD_LENGTH = 8
LANGUAGES = ("en", "ru", "uk", "ky")

_DUMMY_HASH = hash_password("dropin-timing-equaliser")


def lockout_seconds(failed: int) -> int:
    """Back-off after the fifth failure: 30 s, 60 s, 120 s ... capped at one hour."""
    if failed < MAX_FAILED_LOGINS:
        return 0
    return int(min(MAX_LOCKOUT_SECONDS, BASE_LOCKOUT_SECONDS * 2 ** (failed - MAX_FAILED_LOGINS)))


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str | None
    role: Role
    language: str
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


@dataclass(frozen=True)
class StoreStatus:
    keyed: bool  # False on the server: its roles protect the stores, no keys to manage
    upgrade_pending: bool  # the upgrade's temporary slots under the passphrase are still there
    waiting: tuple[UserInfo, ...]  # accounts whose role needs a store they have no key for


@dataclass(frozen=True)
class StoreRotation:
    recovery_key: str  # shown once: the old one no longer opens the stores
    waiting: int  # accounts that held a store and now need a one-time password


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.language,
        user.active,
        user.locked_until,
        user.last_login_at,
    )


def _current(user: User) -> CurrentUser:
    return CurrentUser(user.id, user.username, Role(user.role), user.display_name, user.language)


def refused_message() -> str:
    return translate(
        "Accounts",
        "Wrong user name or password. After %n failed attempts in a row an account "
        "also waits a while before it accepts its password again.",
        None,
        MAX_FAILED_LOGINS,
    )


def _count_failure(session: Session, user: User, now: dt.datetime, action: str) -> None:
    """One more wrong password for ``user``: audited, and from the fifth in a row the account waits."""
    user.failed_logins += 1
    wait = lockout_seconds(user.failed_logins)
    user.locked_until = now + dt.timedelta(seconds=wait) if wait else None
    audit.record(session, action, "users", user.id, {"failed": user.failed_logins})
    if wait:
        audit.record(session, "lockout", "users", user.id, {"seconds": wait, "failed": user.failed_logins})


def validate_username(username: str) -> str:
    username = clean_text(username, "username", SHORT_MAX) or ""
    if not username:
        raise ValidationError(translate("Accounts", "Please enter a user name."), "username")
    if any(ch.isspace() for ch in username):
        raise ValidationError(translate("Accounts", "A user name has at most 64 characters and no spaces."), "username")
    return username


def validate_password(password: str) -> str:
    clean_text(password, "password", LONG_MAX, strip=False)
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("Accounts", "A password needs at least %n characters.", None, MIN_PASSWORD_LENGTH), "password"
        )
    return password


class AuthService:
    """Logs staff in. Failed attempts are counted and audited; five in a row lock the account for a while."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def create_first_manager(self, username: str, password: str, display_name: str | None = None) -> CurrentUser:
        username = validate_username(username)
        validate_password(password)
        with self.db.session({"clock": self.clock, "username": username}) as s:
            if s.scalar(select(func.count(User.id))):
                raise ValidationError(
                    translate("Accounts", "This database already has accounts; log in as a manager to add more.")
                )
            user = User(
                username=username,
                display_name=display_name,
                role=Role.MANAGER.value,
                password_hash=hash_password(password),
                language="en",
                active=True,
                failed_logins=0,
            )
            s.add(user)
            s.flush()
            self.db.account_changed(s, user, password)
            keyslots.wrap_for_account(s, user.id, Role.MANAGER, password, self.db.store_keys(), self.clock.now())
            return _current(user)

    def login(self, username: str, password: str) -> CurrentUser:
        """Return the logged-in user, or raise :class:`LoginFailed` with a message to show.

        Every refusal (unknown name, wrong password, locked account) gives the same message after the
        same work (one password hash check), so a refusal does not tell whether a name exists.
        """
        now = self.clock.now()
        # text that cannot be stored (a lone surrogate half, a NUL) is looked up escaped: no such user
        username = (username or "").strip().encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
        # the audit entry of a failed attempt keeps the name as typed, cut to the column (the server enforces it)
        keys = None
        with self.db.session({"clock": self.clock, "username": username[:64]}) as s:
            user = s.scalar(select(User).where(User.username == username))
            known = user is not None and user.active and user.voided_at is None
            matches = verify_password(user.password_hash if user is not None and known else _DUMMY_HASH, password or "")
            if user is None or not known:
                audit.record(s, "login_failed", "users", None, {"username": username[:64]})
            elif user.locked_until is not None and user.locked_until > now:
                audit.record(s, "login_refused", "users", user.id, {"reason": "locked"})
            elif not matches:
                _count_failure(s, user, now, "login_failed")
            else:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                s.info.update(user_id=user.id, username=user.username)
                audit.record(
                    s, "login", "users", user.id, {"one_time_password": True} if user.must_change_password else None
                )
                current = _current(user)
                if user.must_change_password:
                    resetter = s.get(User, user.password_reset_by_id) if user.password_reset_by_id else None
                    current = replace(
                        current,
                        must_change_password=True,
                        reset_by=resetter.username if resetter else None,
                        reset_at=user.password_reset_at,
                    )
                keys = self._unlock_stores(s, user, password, now)
        if keys is None:
            raise LoginFailed(refused_message())
        self.db.hold_stores(keys)  # only the stores this login's role may hold are attached from now on
        return current

    def _unlock_stores(self, session: Session, user: User, password: str, now: dt.datetime) -> dict[str, bytes]:
        """The store keys this account's slots give; after an upgrade, its missing slots are written now."""
        keys = keyslots.unlock_account(session, user.id, password)
        missing = keyslots.missing_stores(session, user.id, user.role)
        if missing and keyslots.upgrade_pending(session):
            extra = self.db.upgrade_keys(session)
            keys.update({store: key for store, key in extra.items() if store in missing})
            keyslots.wrap_for_account(session, user.id, user.role, password, keys, now)
        return keys

    def confirm(self, user: CurrentUser, password: str) -> CurrentUser:
        """Unlock a locked screen: the same checks as a login, for the same account."""
        return self.login(user.username, password)


class UserService:
    """Managers add staff, change roles, reset passwords; everyone can change their own password and language."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_users(self) -> list[UserInfo]:
        self.ctx.require(Permission.USERS_MANAGE)
        with self.ctx.transaction() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    def create_user(
        self, username: str, password: str, role: Role | str, display_name: str | None = None, language: str = "en"
    ) -> UserInfo:
        self.ctx.require(Permission.USERS_MANAGE)
        username = validate_username(username)
        validate_password(password)
        role = self._role(role)
        language = self._language(language)
        display_name = clean_text(display_name, "display_name", SHORT_MAX)
        with self.ctx.transaction() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError(translate("Accounts", "That user name is already taken."), "username")
            user = User(
                username=username,
                display_name=display_name,
                role=role.value,
                password_hash=hash_password(password),
                language=language,
                active=True,
                failed_logins=0,
            )
            s.add(user)
            s.flush()
            self.ctx.db.account_changed(s, user, password)
            keyslots.wrap_for_account(s, user.id, role, password, self.ctx.db.store_keys(), self.ctx.now())
            self.ctx.audit(
                s,
                "account_created",
                "users",
                user.id,
                {"username": username, "role": role.value, "hiv_access": can(role, Permission.TEST_VIEW)},
            )
            return _info(user)

    def update_user(
        self,
        user_id: int,
        *,
        role: Role | str | None = None,
        active: bool | None = None,
        display_name: str | None = None,
    ) -> UserInfo:
        self.ctx.require(Permission.USERS_MANAGE)
        if display_name is not None:  # "" clears it, None leaves it
            display_name = clean_text(display_name, "display_name", SHORT_MAX) or ""
        with self.ctx.transaction() as s:
            user = self._get(s, user_id)
            if role is not None:
                new_role = self._role(role)
                if user.role == Role.MANAGER and new_role != Role.MANAGER:
                    self._keep_a_manager(s, user.id)
                if new_role.value != user.role:
                    self.ctx.audit(
                        s,
                        "role_changed",
                        "users",
                        user.id,
                        {
                            "username": user.username,
                            "from": user.role,
                            "to": new_role.value,
                            "hiv_access": can(new_role, Permission.TEST_VIEW)
                            and not can(user.role, Permission.TEST_VIEW),
                        },
                    )
                user.role = new_role.value
                # slots of stores the new role may not hold go; new ones come with the next one-time password
                keyslots.drop_account(s, user.id, keep=stores_for(new_role))
            if active is not None:
                if not active and user.role == Role.MANAGER:
                    self._keep_a_manager(s, user.id)
                user.active = active
                if not active:
                    keyslots.drop_account(s, user.id)  # enabling it again needs a one-time password
            if display_name is not None:
                user.display_name = display_name.strip() or None
            if role is not None or active is not None:
                self.ctx.db.account_changed(s, user)
            return _info(user)

    def reset_password(self, user_id: int, new_password: str) -> None:
        """Set a one-time password: the owner must choose their own at the next login and is told who reset it."""
        self.ctx.require(Permission.USERS_MANAGE)
        validate_password(new_password)
        with self.ctx.transaction() as s:
            user = self._get(s, user_id)
            user.password_hash = hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            user.must_change_password = user.id != self.ctx.acting.id
            user.password_reset_by_id = self.ctx.acting.id
            user.password_reset_at = self.ctx.now()
            self.ctx.db.account_changed(s, user, new_password)
            keyslots.wrap_for_account(s, user.id, user.role, new_password, self.ctx.db.store_keys(), self.ctx.now())
            self.ctx.audit(
                s,
                "password_reset",
                "users",
                user.id,
                {"username": user.username, "hiv_access": can(user.role, Permission.TEST_VIEW)},
            )

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """Wrong current passwords count like failed logins (and lock the account the same way)."""
        validate_password(new_password)
        now = self.ctx.now()
        with self.ctx.transaction() as s:
            user = self._get(s, self.ctx.acting.id)
            locked = user.locked_until is not None and user.locked_until > now
            matches = verify_password(user.password_hash, old_password or "")
            if locked or not matches:
                if locked:
                    self.ctx.audit(s, "password_change_failed", "users", user.id, {"reason": "locked"})
                else:
                    _count_failure(s, user, now, "password_change_failed")
                failure = ValidationError(
                    translate(
                        "Accounts",
                        "The current password is wrong, or there were too many failed attempts; try again later.",
                    ),
                    "old_password",
                )
            elif user.must_change_password and verify_password(user.password_hash, new_password):
                failure = ValidationError(
                    translate("Accounts", "Choose a password of your own, not the one the manager gave you."),
                    "password",
                )
            else:
                user.password_hash = hash_password(new_password)
                user.failed_logins = 0
                user.must_change_password = False
                self.ctx.db.account_changed(s, user, new_password, own=True)
                keys = {**self.ctx.db.store_keys(), **keyslots.unlock_account(s, user.id, old_password)}
                keyslots.wrap_for_account(s, user.id, user.role, new_password, keys, now)
                if self.ctx.acting.must_change_password:
                    self.ctx.user = replace(self.ctx.acting, must_change_password=False)
                return
        raise failure

    def unlock(self, user_id: int, reason: str) -> UserInfo:
        """Lift a lockout (the recovery path for a manager locked out by others' attempts)."""
        reason = clean_text(reason, "reason", LONG_MAX) or ""
        if not reason:
            raise ValidationError(translate("Accounts", "Please give a reason for unlocking the account."), "reason")
        self.ctx.require(Permission.USERS_MANAGE)
        with self.ctx.transaction() as s:
            user = self._get(s, user_id)
            user.failed_logins = 0
            user.locked_until = None
            self.ctx.audit(s, "unlock", "users", user.id, {"username": user.username, "reason": reason})
            return _info(user)

    def recover_stores(self, recovery_key: str, username: str, new_password: str) -> set[str]:
        """With the recovery key (printed when the database was made): a new password for a manager account,
        and that account's slots for every store the recovery key opens. For when every manager password is lost.

        Needs no login (``ctx.user`` may be the command line's system identity); recorded in the audit log.
        """
        validate_password(new_password)
        with self.ctx.transaction() as s:
            keys = keyslots.unlock_recovery(s, recovery_key)
            if not keys:
                raise ValidationError(
                    translate("Accounts", "That is not this database's recovery key, so nothing was changed."),
                    "recovery_key",
                )
            user = s.scalar(select(User).where(User.username == username, User.voided_at.is_(None)))
            if user is None or user.role != Role.MANAGER.value:
                raise ValidationError(translate("Accounts", "Give the user name of a manager account."), "username")
            s.info.update(user_id=user.id, username=user.username)  # recorded under the account recovered
            user.password_hash = hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            user.active = True
            user.must_change_password = False
            keyslots.wrap_for_account(s, user.id, user.role, new_password, keys, self.ctx.now())
            self.ctx.audit(s, "recovery_key_used", "users", user.id, {"username": user.username})
            return set(keys)

    # after the upgrade that made the stores: accounts get their keys at their next login
    def accounts_without_store_keys(self) -> list[UserInfo]:
        """Active accounts whose role holds a store they have no key slot for (not logged in since the
        upgrade, or changed to such a role): they need a one-time password once the upgrade is finished."""
        self.ctx.require(Permission.USERS_MANAGE)
        if not self.ctx.db.keyed_stores:
            return []  # the server's GRANTs open the stores: no account waits for a key
        with self.ctx.transaction() as s:
            users = s.scalars(
                select(User).where(User.active.is_(True), User.voided_at.is_(None)).order_by(User.username)
            )
            return [_info(u) for u in users if keyslots.missing_stores(s, u.id, u.role)]

    def store_status(self) -> StoreStatus:
        """What Admin → Stores shows: whether the stores have keys here, an unfinished upgrade, who waits."""
        self.ctx.require(Permission.USERS_MANAGE)
        if not self.ctx.db.keyed_stores:
            return StoreStatus(False, False, ())
        waiting = tuple(self.accounts_without_store_keys())
        return StoreStatus(True, self.store_upgrade_pending(), waiting)

    def store_upgrade_pending(self) -> bool:
        self.ctx.require(Permission.USERS_MANAGE)
        with self.ctx.transaction() as s:
            return keyslots.upgrade_pending(s)

    def rotate_store_keys(self, password: str) -> StoreRotation:
        """Re-encrypt every store under a new key (after someone who held one left).

        The manager's own slots and a new recovery key (returned, to be shown once) get the new keys; every
        other account that held a store waits for a one-time password. Needs the manager's password (the new
        slots are wrapped with it) and this program's hold on the database (no other window has the stores).
        """
        self.ctx.require(Permission.USERS_MANAGE)
        db = self.ctx.db
        if not db.keyed_stores:
            raise ValidationError(
                translate(
                    "Accounts", "On the centre's server the stores have no keys to rotate: its roles protect them."
                )
            )
        if db.held_stores != frozenset(STORES) or getattr(db, "_lock", None) is None:
            raise ValidationError(
                translate(
                    "Accounts", "Only a manager logged in to this program, holding every store, can rotate the keys."
                )
            )
        now = self.ctx.now()
        with self.ctx.transaction() as s:
            user = self._get(s, self.ctx.acting.id)
            if keyslots.upgrade_pending(s):
                raise ValidationError(
                    translate("Accounts", "Finish the upgrade of the stores first; then rotate the keys.")
                )
            if not verify_password(user.password_hash, password or ""):
                _count_failure(s, user, now, "password_change_failed")
                failure = ValidationError(
                    translate("Accounts", "The password is wrong, so nothing was changed."), "password"
                )
            else:
                failure = None
        if failure is not None:
            raise failure
        keys = {store: db.prepare_rotation(store) for store in STORES}
        with self.ctx.transaction() as s:  # the commit point: from here the rotation finishes even after a crash
            recovery_key = keyslots.write_next(s, self.ctx.acting.id, password, keys, now)
            self.ctx.audit(s, "store_keys_rotated", "store_key_slots", None, {"stores": list(STORES)})
        db.swap_rotated(list(STORES))
        with self.ctx.transaction() as s:
            waiting = len(set().union(*(keyslots.promote(s, store) for store in STORES)))
        db.hold_stores(keys)
        return StoreRotation(recovery_key, waiting)

    def new_recovery_key(self) -> str:
        """A new recovery key for every store (the old one stops working); returned to be shown once."""
        self.ctx.require(Permission.USERS_MANAGE)
        db = self.ctx.db
        if not db.keyed_stores or db.held_stores != frozenset(STORES):
            raise ValidationError(
                translate("Accounts", "Only a manager logged in to this program, holding every store, can do this.")
            )
        with self.ctx.transaction() as s:
            recovery_key = keyslots.write_recovery(s, db.store_keys(), self.ctx.now())
            self.ctx.audit(s, "recovery_key_replaced", "store_key_slots", None, None)
        return recovery_key

    def finish_store_upgrade(self) -> None:
        """Remove the temporary slots the upgrade wrapped under the database passphrase."""
        self.ctx.require(Permission.USERS_MANAGE)
        with self.ctx.transaction() as s:
            waiting = [u.username for u in s.scalars(select(User).where(User.active.is_(True)))
                       if keyslots.missing_stores(s, u.id, u.role)]  # fmt: skip
            keyslots.finish_upgrade(s)
            self.ctx.audit(s, "stores_upgrade_finished", "users", None, {"accounts_waiting": len(waiting)})

    def set_language(self, language: str, user_id: int | None = None) -> None:
        language = self._language(language)
        target = user_id if user_id is not None else self.ctx.acting.id
        if target != self.ctx.acting.id:
            self.ctx.require(Permission.USERS_MANAGE)
        with self.ctx.transaction() as s:
            self._get(s, target).language = language

    # idle lock is a centre-wide policy, changed by managers
    def idle_lock_minutes(self) -> int:
        with self.ctx.transaction() as s:
            return int(get_setting(s, "idle_lock_minutes"))

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self.ctx.require(Permission.SETTINGS_MANAGE)
        if not isinstance(minutes, int) or not 1 <= minutes <= 120:
            raise ValidationError(
                translate("Accounts", "The idle lock must be between 1 and 120 minutes."), "idle_lock_minutes"
            )
        with self.ctx.transaction() as s:
            set_setting(s, "idle_lock_minutes", minutes, user_id=self.ctx.acting.id, when=self.ctx.now())

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _role(role: str | Role) -> Role:
        try:
            return Role(role)
        except ValueError:
            raise ValidationError(translate("Accounts", "Please choose a role."), "role") from None

    @staticmethod
    def _language(language: str) -> str:
        if language not in LANGUAGES:
            raise ValidationError(translate("Accounts", "That language is not available."), "language")
        return language

    @staticmethod
    def _get(session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(translate("Accounts", "That account does not exist."))
        return user

    @staticmethod
    def _keep_a_manager(session: Session, leaving_id: int) -> None:
        others = session.scalar(
            select(func.count(User.id)).where(
                User.role == Role.MANAGER.value, User.active.is_(True), User.id != leaving_id
            )
        )
        if not others:
            raise ValidationError(translate("Accounts", "The centre needs at least one active manager."), "role")
