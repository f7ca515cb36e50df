"""Load the Qt-free modules in the background while the unlock screen waits for the passphrase.

Unlocking, logging in and the first pages need SQLAlchemy, the models, Alembic,
the password hasher, the areas' services and the pages' modules: importing
them takes more than a second on an office computer. Started once, when the
unlock screen is shown, they are ready by the time the passphrase is typed.
The modules only define classes; none creates a Qt object when imported, so
importing them from another thread is safe.

The report machinery (ReportLab, PDFium, SciPy's solver) is not among them:
most roles never use it. The Reports page starts :func:`start_reports` once it
is first painted (earlier the imports would slow that paint), before its first summary.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

MODULES = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "alembic.script",
    "alembic.runtime.migration",
    "argon2",
    "dropin.models",
    "dropin.models.database",
    "dropin.security.auth",
    "dropin.security.audit",
    "dropin.clients.service",
    "dropin.visits.service",
    "dropin.testing.service",
    "dropin.shelter.board",
    "dropin.shelter.stays",
    "dropin.shelter.casework",
    "dropin.children.service",
    "dropin.reports.service",
    "dropin.ui.shell.login",
    "dropin.ui.shell.main_window",
)
#: what the Reports page and its first summary need: loaded only for the roles that have the page (the exact
#: solver, scipy with numpy and its maths library, some 70 MB, loads only when a report's protection needs it)
REPORT_MODULES = ("dropin.reports.pdf", "pypdfium2")
#: modules no role needs before it opens the Reports page or prints (``tests/test_ui_speed.py`` checks this)
HEAVY = ("reportlab", "pypdfium2", "scipy")

_thread: threading.Thread | None = None


def _import(names) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing optional area is found again when it is used
            log.debug("warm-up could not import %s", name, exc_info=True)


def _load() -> None:
    from dropin.ui.pages import PAGES

    _import((*MODULES, *(spec.module for spec in PAGES)))
    try:
        from dropin.security.opening import read_migration_heads

        read_migration_heads()  # the unlock's "is it at the newest revision?" needs them
    except Exception:  # noqa: BLE001 - the unlock reads them again and reports any problem
        log.debug("warm-up could not read the migration scripts", exc_info=True)
    try:
        from dropin.security import audit
        from dropin.security.permissions import STORE_PERMISSIONS

        for store in STORE_PERMISSIONS:
            audit.chain_table(store)  # the stores' logs, read by the first page switch (ServiceContext.data_stamp)
    except Exception:  # noqa: BLE001 - made again when first used
        log.debug("warm-up could not describe the stores' logs", exc_info=True)
    try:
        from dropin.security.opening import configure_models

        configure_models()  # otherwise done by the first query, during the login
    except Exception:  # noqa: BLE001 - the first query configures them again and reports any problem
        log.debug("warm-up could not configure the mappers", exc_info=True)


def start() -> None:
    """Begin loading (once per process)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_load, name="dropin-warm-up", daemon=True)
        _thread.start()


_reports: threading.Thread | None = None


def start_reports() -> None:
    """Load the report machinery in the background (once per process)."""
    global _reports
    if _reports is None:
        _reports = threading.Thread(target=_import, args=(REPORT_MODULES,), name="dropin-warm-up-reports", daemon=True)
        _reports.start()


def wait(timeout: float | None = None) -> bool:
    """Wait for the loading to finish; ``True`` when it has."""
    if _thread is None:
        return True
    _thread.join(timeout)
    return not _thread.is_alive()


def open_connection(db) -> None:
    """Open this thread's database connection now (each thread's first one derives the key, a tenth of a second)."""
    if db is None:
        return
    from dropin.security.opening import open_connection as connect

    try:
        connect(db)
    except Exception:  # noqa: BLE001 - the login itself reports any problem with the database
        log.debug("could not open the connection ahead of the login", exc_info=True)
