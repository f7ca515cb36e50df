"""What every service receives: the database, the acting user and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from dropin.clock import Clock, SystemClock
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.models.base import Tracked
from dropin.models.database import Database
from dropin.security import audit
from dropin.security.permissions import Permission, can, require
from dropin.security.roles import Role
from dropin.validation import LONG_MAX, clean_text


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    role: Role
    display_name: str | None = None
    language: str = "en"
    #: logged in with a one-time password a manager set: nothing but choosing a new one is allowed
    must_change_password: bool = False
    reset_by: str | None = None
    reset_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        return self.display_name or self.username


class ServiceContext:
    """Binds a database, a logged-in user and a clock; services are built on one."""

    def __init__(self, db: Database, user: CurrentUser | None, clock: Clock | None = None) -> None:
        self.db = db
        self.user = user
        self.clock: Clock = clock or SystemClock()

    # ------------------------------------------------------------ permissions
    @property
    def role(self) -> Role | None:
        return self.user.role if self.user else None

    @property
    def acting(self) -> CurrentUser:
        """The logged-in user a service acts for (past :meth:`require`, someone always is)."""
        if self.user is None:
            from dropin.errors import PermissionDenied

            raise PermissionDenied(translate("Permissions", "Please log in first."))
        return self.user

    def can(self, permission: Permission) -> bool:
        return self.user is not None and can(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if self.user is None:
            from dropin.errors import PermissionDenied

            raise PermissionDenied(translate("Permissions", "Please log in first."))
        if self.user.must_change_password:
            from dropin.errors import PermissionDenied

            raise PermissionDenied(
                translate(
                    "Permissions",
                    "Please choose your own password first (dropin › Change "
                    "my password): a manager reset it for one login only.",
                )
            )
        require(self.user.role, permission)

    # ----------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction, stamped with the user and audited."""
        info: dict[str, object] = {"clock": self.clock}
        if self.user is not None:
            info.update(user_id=self.user.id, username=self.user.username)
        with self.db.session(info) as session:
            yield session

    def audit(
        self,
        session: Session,
        action: str,
        entity: str | None = None,
        entity_id: object = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        audit.record(session, action, entity, entity_id, detail)

    def audit_read(self, session: Session, entity: str, entity_id: object) -> None:
        """Record that the user opened a sensitive record."""
        audit.record(session, "read", entity, entity_id)

    # ------------------------------------------------------------------ time
    def now(self) -> dt.datetime:
        return self.clock.now()

    def today(self) -> dt.date:
        return self.clock.today()

    def data_stamp(self) -> tuple[object, ...]:
        """Moves whenever a record is saved (every change leaves an audit entry; this process is the database's
        only one) and every five minutes: a page shown again re-reads only when its stamp moved."""
        now = self.now()
        with self.db.session() as s:
            entry_id = audit.last_write_id(s.connection())
        return entry_id, now.date(), now.hour, now.minute // 5

    # ------------------------------------------------------------------ void
    def void(self, record: Tracked, reason: str | None) -> None:
        reason = clean_text(reason, "reason", LONG_MAX)
        if not reason:
            raise ValidationError(translate("Records", "Please give a reason for voiding this record."), "reason")
        if record.voided_at is not None:
            raise ValidationError(translate("Records", "This record is already void."))
        record.void(reason, self.now())

    def with_user(self, user: CurrentUser | None) -> ServiceContext:
        return ServiceContext(self.db, user, self.clock)


def system_user() -> CurrentUser:
    """The identity used by command-line maintenance that runs without a login."""
    return CurrentUser(id=0, username="system", role=Role.MANAGER)


__all__ = ["CurrentUser", "ServiceContext", "system_user", "replace"]
