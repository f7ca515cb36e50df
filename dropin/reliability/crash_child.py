"""A writer process for crash and concurrency tests: ``python -m dropin.reliability.crash_child``.

It opens the database named by the environment and saves records in a loop
through the real service path (:meth:`ServiceContext.transaction`, session
hooks, chained audit log). After each commit *returns* it prints one line and
flushes, so a parent that kills the process at any moment knows exactly which
records must have survived:

    ready                      the database is open, writing starts
    <batch> <code> <code> ...  one committed transaction and the client codes it saved
    done                       (only with a count limit) every transaction is committed
    error <message>            a save failed with a user-facing error

A code reads ``<prefix><batch>-<index>-<size>``, so the parent can also check
that no transaction was saved in part.

Environment: ``DROPIN_CRASH_DB`` (path), ``DROPIN_CRASH_PASSPHRASE``,
``DROPIN_CRASH_KDF_ITER`` (default 4000), ``DROPIN_CRASH_USER_ID`` (an existing
account, so the created-by stamps satisfy the foreign keys),
``DROPIN_CRASH_PREFIX`` (code prefix, default ``K``), ``DROPIN_CRASH_COUNT``
(stop after this many transactions; 0 = until killed), ``DROPIN_CRASH_SEED``.
"""

from __future__ import annotations

import os
import random
import sys

from sqlalchemy import select

from dropin.context import CurrentUser, ServiceContext
from dropin.errors import DropinError
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.security.roles import Role


def main() -> int:
    path = os.environ["DROPIN_CRASH_DB"]
    passphrase = os.environ["DROPIN_CRASH_PASSPHRASE"]
    kdf_iter = int(os.environ.get("DROPIN_CRASH_KDF_ITER", "4000"))
    user_id = int(os.environ.get("DROPIN_CRASH_USER_ID", "1"))
    prefix = os.environ.get("DROPIN_CRASH_PREFIX", "K")
    count = int(os.environ.get("DROPIN_CRASH_COUNT", "0"))
    rng = random.Random(int(os.environ.get("DROPIN_CRASH_SEED", "0")))

    db = Database.open(path, passphrase, kdf_iter=kdf_iter, migrate=False)
    ctx = ServiceContext(db, CurrentUser(user_id, "crash-writer", Role.MANAGER))
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    batch = 0
    last_code = None
    try:
        while not count or batch < count:
            batch += 1
            # Mostly one record per action (a check-in), sometimes a larger one (an import).
            size = 1 if rng.random() < 0.7 else rng.randint(2, 25)
            codes = [f"{prefix}{batch}-{i}-{size}" for i in range(size)]
            with ctx.transaction() as s:
                for code in codes:
                    s.add(Client(code=code, nickname="x" * rng.randint(0, 60), birth_year=1990))
                if last_code and rng.random() < 0.2:
                    # an edit to an earlier record in the same action (an audited "change")
                    earlier = s.scalar(select(Client).where(Client.code == last_code))
                    earlier.nickname = f"edited in {batch}"
            # Only now is the action committed: report it.
            out.write(f"{batch} {' '.join(codes)}\n")
            out.flush()
            last_code = codes[-1]
    except DropinError as error:
        out.write(f"error {error.message}\n")
        out.flush()
        return 1
    finally:
        db.close()
    out.write("done\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
