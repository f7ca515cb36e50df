"""One desk of the centre in a process of its own, for the server's concurrency tests.

``python -m tests.server_desk URL USERNAME NOW`` logs in to the server as that staff account's own server login
(its password in ``DROPIN_USER_PASSWORD``; ``NOW``: the fixed clock's moment, ISO 8601), prints ``{"ready": user id}``, then runs one command per line read from stdin
(JSON) and answers with JSON lines on stdout:

    {"do": "admit", "code": "…", "bed": id, "go": path}   -> {"ok": stay id} or {"error": message, "kind": class}
    {"do": "register", "code": "…", "go": path}           -> {"ok": the code saved} or {"error": …, "kind": …}
    {"do": "checkins", "clients": [id, …], "go": path}    -> {"saved": visit id} after each commit, then {"done": n}

Before the action a desk prints ``{"waiting": true}`` and waits for the file ``go`` to appear: the test makes it
once every desk waits, so the desks act at the same instant. An error that is not one of the app's messages
ends the process with its traceback on stderr (the test fails on it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time

from dropin.clients.service import ClientInput, ClientService
from dropin.clock import FixedClock
from dropin.context import ServiceContext
from dropin.errors import DropinError
from dropin.server.connect import staff_login
from dropin.shelter.stays import StayService
from dropin.visits.service import VisitInput, VisitService
from tests.hashing import use_cheap_hashing


def say(**message: object) -> None:
    print(json.dumps(message), flush=True)


def wait_for(go: str) -> None:
    say(waiting=True)
    while not os.path.exists(go):
        time.sleep(0.001)


def run(ctx: ServiceContext, command: dict) -> None:
    wait_for(command["go"])
    what = command["do"]
    try:
        if what == "admit":
            say(ok=StayService(ctx).admit(command["code"], command["bed"], reasons=("violence",)).id)
        elif what == "register":
            say(ok=ClientService(ctx).register(ClientInput(code=command["code"])).code)
        elif what == "checkins":
            service = VisitService(ctx)
            for client_id in command["clients"]:
                say(saved=service.record(VisitInput(client_id=client_id)).id)
            say(done=len(command["clients"]))
        else:
            raise ValueError(what)
    except DropinError as error:
        say(error=error.message, kind=type(error).__name__)


def main(url: str, username: str, now: str) -> None:
    use_cheap_hashing()  # as the test session's accounts were made: a login would rehash otherwise
    clock = FixedClock(dt.datetime.fromisoformat(now))
    db, user = staff_login(url, username, os.environ["DROPIN_USER_PASSWORD"], clock)
    try:
        ctx = ServiceContext(db, user, clock)
        say(ready=user.id)
        for line in sys.stdin:
            if line.strip():
                run(ctx, json.loads(line))
    finally:
        db.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
