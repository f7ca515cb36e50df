"""The figures of ``dropin bench`` about the program itself: cold start, the GUI's figures, peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import dropin
from dropin.bench import BenchEnv, Figure, skipped
from dropin.i18n import translate

COLD_START = r"""
import time
t0 = time.perf_counter()
import json, os, sys
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dropin.ui.app import init_application, install_excepthook
from dropin.config import DEFAULT_KDF_ITER
app = init_application()
install_excepthook()
from dropin.ui.shell.controller import ShellController
controller = ShellController(Path(sys.argv[1]), DEFAULT_KDF_ITER)
controller.start()
app.processEvents()
screen = controller.unlock_screen
shown = controller.screen == "unlock" and screen is not None and screen.isVisible()
print(json.dumps({"shown": shown, "what": type(screen).__name__, "inside": time.perf_counter() - t0}), flush=True)
os._exit(0)
"""


def measure_cold_start(env: BenchEnv) -> list[Figure]:
    """Process start to the real unlock screen shown (offscreen), in a fresh interpreter each run."""
    root = Path(dropin.__file__).resolve().parent.parent  # the folder holding the package
    proc_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), proc_env.get("PYTHONPATH")]))
    label = translate("Bench", "GUI cold start to unlock screen")
    times = []
    for _ in range(max(3, min(env.runs, 5))):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", COLD_START, str(env.path)],
            env=proc_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            line = proc.stdout.readline() if proc.stdout else ""
            elapsed = time.perf_counter() - t0
            proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            line = ""
        try:
            data = json.loads(line)
        except ValueError:
            data = {}
        if not data.get("shown"):
            return [skipped("cold_start", label, translate("Bench", "skipped (the GUI could not start here)"))]
        times.append(elapsed)
    return [
        Figure(
            "cold_start",
            label,
            statistics.median(times),
            target=1.0,
            note=translate("Bench", "process start to {screen} shown").format(screen=data["what"]),
        ).judge()
    ]


def measure_gui(env: BenchEnv) -> list[Figure]:
    from dropin.ui.bench import measure_gui as gui_figures

    return gui_figures(env)


def measure_memory() -> Figure:
    """The bench process's peak resident size so far: taken last, it covers the whole run, the build included
    (not the desks' and the GUI figures' processes of their own). No centre's program holds what this process
    does (the synthetic build, every measurement, the backup and restore of the GUI figures' copy), so it is
    shown without a target: the program's own peak is the GUI figures' (``gui_peak_memory``)."""
    label = translate("Bench", "Peak memory of the bench process")
    try:
        import resource  # Unix only
    except ImportError:
        return skipped("peak_memory", label, translate("Bench", "skipped (not measurable on this system)"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return Figure("peak_memory", label, mb, unit="MB")
