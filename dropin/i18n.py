"""Translation hook usable from Qt-free code.

Domain code calls :func:`translate` with a context and a whole sentence; the
GUI installs Qt's ``QCoreApplication.translate`` at start-up so the same
catalogues serve widgets, services, CLI messages and PDF reports.  Without an
installed translator the source text is returned (with ``%n`` filled in), so
services and the CLI work without Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores the source text)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form and fills ``%n``."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    if n >= 0:
        return text.replace("%n", str(n))
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name recognised by lupdate
    """Mark ``text`` for extraction; translate it later with :func:`translate`."""
    return text
