"""A login's key derivation (argon2id, 19 MiB) leaves nothing resident: the program fixes glibc's thresholds at
start (:mod:`dropin.memory`), so its buffers are mapped and returned to the system when freed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import dropin.main
from dropin import memory

LOGINS = r"""
import sys
from dropin.security import keyslots

def rss() -> int:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
    raise SystemExit("no VmRSS")

if sys.argv[1] == "fixed":
    from dropin.memory import return_large_buffers
    assert return_large_buffers()
kdf = keyslots.new_kdf()  # the production parameters (19 MiB)
keyslots.Wrapper("password", kdf)
before = rss()
for _ in range(3):  # the logins after the first
    keyslots.Wrapper("password", kdf)
print(rss() - before)
"""


def _grown(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", LOGINS, mode], capture_output=True, text=True, timeout=120, cwd=Path.cwd()
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's thresholds only")
def test_key_derivations_after_the_first_leave_nothing_resident() -> None:
    assert _grown("fixed") < 4  # MB
    assert _grown("as the C library starts") >= 15  # what it would keep without (the 19 MiB buffer)


def test_the_program_fixes_the_thresholds_before_any_command(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(memory, "return_large_buffers", lambda: calls.append("thresholds") or True)
    monkeypatch.setattr("dropin.cli.main", lambda argv, gui: calls.append("command") or 0)
    assert dropin.main.main(["report"]) == 0
    assert calls == ["thresholds", "command"]
