"""GUI figures for ``dropin bench``: what staff wait for on screen, measured offscreen in a fresh process.

- unlock screen to front desk ready: what the user waits for after pressing
  Unlock (until the login screen) plus after pressing Log in (until the first
  page is painted); the time a person takes to type is not counted, and what
  the app prepares meanwhile is ready by then;
- every page switch, first visit (page built and filled) and later visits;
- the first opening of the Reports page (the report itself follows on screen);
- the program's peak memory over all of that (its peak resident size, where the system tells it).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from dropin.i18n import translate

GUI_SCRIPT = r"""
import json, os, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dropin.memory import return_large_buffers
return_large_buffers()  # as the program's entry does first
from dropin.ui.app import init_application, install_excepthook
from dropin.config import DEFAULT_KDF_ITER
app = init_application()
install_excepthook()
from dropin.ui.shell.controller import ShellController
path, passphrase, username, password = sys.argv[1:5]
TYPING_SECONDS = 1.0
controller = ShellController(Path(path), DEFAULT_KDF_ITER)
controller.start()
app.processEvents()

def settle(window):
    # the clock stops once the window is painted; work the page queued for after its paint is not counted
    app.processEvents()
    window.repaint()

def wait_for(condition, limit=60.0):
    end = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > end:
            print(json.dumps({"error": "timeout"}), flush=True)
            os._exit(1)
        app.processEvents()
        time.sleep(0.001)

from dropin.ui import warmup
warmup.wait(10)  # a person takes a few seconds to type the passphrase: the background loading is done by then
out = {}
screen = controller.unlock_screen
t0 = time.perf_counter()
screen.passphrase.setText(passphrase)
screen.unlock()
wait_for(lambda: controller.login_screen is not None and controller.screen == "login")
login = controller.login_screen
settle(login)
out["unlock_wait"] = time.perf_counter() - t0
typing_ends = time.perf_counter() + TYPING_SECONDS  # the user name and password take a person a moment
wait_for(lambda: time.perf_counter() >= typing_ends)
login.username.setText(username)
login.password.setText(password)
t1 = time.perf_counter()
login.login()
wait_for(lambda: controller.main_window is not None and controller.main_window.current_page() is not None)
window = controller.main_window
window.resize(1366, 768)
settle(window)
out["login_wait"] = time.perf_counter() - t1
out["unlock_to_first_page"] = out["unlock_wait"] + out["login_wait"]
out["first_page"] = window.page_keys()[0]
first, later = {}, {}
keys = window.page_keys()
for key in keys[1:] + keys[:1]:
    t = time.perf_counter()
    window.show_page(key)
    settle(window)
    first.setdefault(key, time.perf_counter() - t)
    app.processEvents()
    if key == "reports":  # the user waits on the page for the summary before moving on
        page = window.page("reports")
        wait_for(lambda: page.report is not None and page.pdf is not None)
        settle(window)
        out["report_ready"] = time.perf_counter() - t  # from the click on Reports
for _ in range(3):
    for key in keys:
        t = time.perf_counter()
        window.show_page(key)
        settle(window)
        later[key] = max(later.get(key, 0.0), time.perf_counter() - t)
        app.processEvents()
out["first_visit"] = first
out["later_visit"] = later
try:
    import resource  # Unix only; ru_maxrss is in KiB on Linux, in bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["peak_mb"] = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
except ImportError:
    pass
print(json.dumps(out), flush=True)
os._exit(0)
"""


def _run_once(path: Path, username: str, password: str) -> dict | None:
    from dropin.bench import BENCH_PASSPHRASE

    root = Path(__file__).resolve().parent.parent.parent
    proc_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), proc_env.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-c", GUI_SCRIPT, str(path), BENCH_PASSPHRASE, username, password],
        env=proc_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, _err = proc.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    try:
        data = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None
    return None if "error" in data else data


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def measure_gui(env) -> list:
    """Median over a few fresh GUI processes, logged in as the manager (who sees every page)."""
    from dropin.bench import Figure, skipped, working_copy
    from dropin.demo import DEMO_PASSWORD
    from dropin.security.roles import Role

    label = translate("Bench", "GUI: unlock screen to front desk ready")
    username = env.users[Role.MANAGER].username
    # the app runs on a copy: it lives on today's clock (people past their planned end keep their bed tonight)
    with tempfile.TemporaryDirectory(prefix="dropin-gui-bench-") as folder:
        copy = working_copy(env, Path(folder))  # restored with its stores
        runs = [r for r in (_run_once(copy, username, DEMO_PASSWORD) for _ in range(max(2, min(env.runs, 3)))) if r]
    if not runs:
        return [skipped("gui_unlock", label, translate("Bench", "skipped (the GUI could not start here)"))]

    def median(values):
        return statistics.median(values)

    def slowest(which: str) -> tuple[float, str]:
        keys = runs[0][which].keys()
        per_page = {k: median([r[which][k] for r in runs]) for k in keys}
        key = max(per_page, key=lambda k: per_page[k])
        pages = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in per_page.items())
        return per_page[key], translate("Bench", "slowest: {page}; {pages}").format(page=key, pages=pages)

    try:  # the machine's load while measuring: the figures are wall-clock times
        load = translate("Bench", "load average {load}, processors: {cpus}").format(
            load=f"{os.getloadavg()[0]:.1f}", cpus=os.cpu_count() or 1
        )
    except (AttributeError, OSError):  # not on every system
        load = ""
    first, first_key = slowest("first_visit")
    later, later_key = slowest("later_visit")
    figures = [
        Figure(
            "gui_unlock",
            label,
            median([r["unlock_to_first_page"] for r in runs]),
            target=1.0,
            note="; ".join(
                filter(
                    None,
                    [
                        translate(
                            "Bench", "waits after Unlock ({unlock}) and after Log in ({login}); typing excluded"
                        ).format(
                            unlock=_ms(median([r["unlock_wait"] for r in runs])),
                            login=_ms(median([r["login_wait"] for r in runs])),
                        ),
                        load,
                    ],
                )
            ),
        ).judge(),
        Figure(
            "gui_page_first",
            translate("Bench", "GUI: page switch, first visit (slowest)"),
            first,
            target=0.1,
            note=first_key,
        ).judge(),
        Figure(
            "gui_page_later",
            translate("Bench", "GUI: page switch, later visits (slowest)"),
            later,
            target=0.1,
            note=later_key,
        ).judge(),
    ]
    if "reports" in runs[0]["first_visit"]:
        figures.append(
            Figure(
                "gui_reports_open",
                translate("Bench", "GUI: first Reports page open"),
                median([r["first_visit"]["reports"] for r in runs]),
                target=0.3,
            ).judge()
        )
        if all("report_ready" in r for r in runs):
            figures.append(
                Figure(
                    "gui_report_ready",
                    translate("Bench", "  and its weekly summary on screen"),
                    median([r["report_ready"] for r in runs]),
                )
            )
    if all("peak_mb" in r for r in runs):  # the highest of the runs: what the office computer must have free
        figures.append(
            Figure(
                "gui_peak_memory",
                translate("Bench", "GUI: peak memory (unlock, login, every page, the weekly summary)"),
                max(r["peak_mb"] for r in runs),
                unit="MB",
                target=250,
            ).judge()
        )
    return figures
