"""Translation for Qt-free code (services, CLI, PDF reports).

Domain code calls :func:`translate` with a context and a whole sentence.
The GUI installs Qt's ``QCoreApplication.translate`` at start-up (which reads
the compiled ``.qm`` catalogues); without Qt, :func:`use_language` reads the
same catalogues from their ``.ts`` sources, so the CLI and a report printed
in another language than the user's share one set of translations.
"""

from __future__ import annotations

import datetime as dt
import functools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Protocol


class Translator(Protocol):
    """``translator(context, text, disambiguation=None, n=-1)``: what :func:`translate` goes through."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str: ...


#: Languages with a catalogue; Kyrgyz falls back to Russian where a string is not yet translated.
LANGUAGES = {"en": "English", "ru": "Русский", "uk": "Українська", "ky": "Кыргызча"}
FALLBACK = {"ky": "ru"}
PSEUDO = "pseudo"

_translator: Translator | None = None
_language = "en"


def install(translator: Translator | None, language: str | None = None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores the source text)."""
    global _translator, _language
    _translator = translator
    if language is not None or translator is None:
        _language = language or "en"


def current_language() -> str:
    """The language :func:`translate` currently speaks (for number and date formats)."""
    return _language


def language_of(translator: object) -> str:
    """The language of a translator made by :func:`translator_for` (else the current one)."""
    return str(getattr(translator, "language", None) or _language)


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: dt.date | None) -> str:
    """A date in a message, as staff read it: "25 Nov 2026" in English, "25.11.2026" otherwise.

    The same forms the widgets use (``dropin.ui.common.format_date``), for text made by services.
    """
    if day is None:
        return "—"
    if _language in ("ru", "uk", "ky"):
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def format_number_text(text: str, language: str) -> str:
    """Localise the separators of a number already formatted the English way ("1,234.5" → "1 234,5")."""
    if language not in ("ru", "uk", "ky") or not text or not any(ch.isdigit() for ch in text):
        return text
    return text.replace(",", "\u00a0").replace(".", ",")


def current() -> Translator | None:
    return _translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form and fills ``%n``."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return _fill(text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name recognised by lupdate
    """Mark ``text`` for extraction; translate it later with :func:`translate`."""
    return text


def _fill(text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


# ---------------------------------------------------------------- catalogues
def translations_dir() -> Path:
    from dropin.paths import resources_dir

    return resources_dir() / "translations"


def plural_index(language: str, n: int) -> int:
    """Which plural form to use (the same rules Qt applies to these languages)."""
    if language in ("ru", "uk"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if language == "ky":
        return 0
    return 0 if n == 1 else 1


@functools.lru_cache(maxsize=8)
def load_catalogue(language: str) -> dict[tuple[str, str, str | None], str | list[str]]:
    """Finished translations from ``dropin_<language>.ts`` (unfinished entries are skipped)."""
    path = translations_dir() / f"dropin_{language}.ts"
    if not path.is_file():
        return {}
    catalogue: dict[tuple[str, str, str | None], str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            comment = message.findtext("comment")
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
                if any(forms):
                    catalogue[(name, source, comment)] = forms
            elif node.text:
                catalogue[(name, source, comment)] = node.text
    return catalogue


def translator_for(language: str) -> Translator | None:
    """A Qt-free translator for ``language`` (``None`` for English source text)."""
    if language == PSEUDO:

        def pseudo_tr(c: str, t: str, d: str | None = None, n: int = -1) -> str:
            return pseudo(_fill(t, n))

        pseudo_tr.language = PSEUDO  # type: ignore[attr-defined]  # read back by language_of
        return pseudo_tr
    if language not in LANGUAGES or language == "en":
        chain = ["en"]
    else:
        chain = [language] + ([FALLBACK[language]] if language in FALLBACK else [])
    catalogues = [(lang, load_catalogue(lang)) for lang in chain]

    def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        for lang, catalogue in catalogues:
            found = catalogue.get((context, text, disambiguation))
            if found is None:
                continue
            if isinstance(found, list):
                index = min(plural_index(lang, n if n >= 0 else 1), len(found) - 1)
                return _fill(found[index] or text, n)
            return _fill(found, n)
        return _fill(text, n)

    tr.language = language if language in LANGUAGES else "en"  # type: ignore[attr-defined]  # read back by language_of
    return tr


def use_language(language: str) -> None:
    """Switch Qt-free translation (CLI, reports) to ``language``."""
    install(translator_for(language), language)


_PSEUDO_MAP = str.maketrans("aeiouAEIOUcnsyCNSY", "áéíóúÁÉÍÓÚçñšýÇÑŠÝ")


def pseudo(text: str) -> str:
    """Pseudo-localise: accents and about 40 % extra length, placeholders untouched."""
    out, depth, prev = [], 0, ""
    for ch in text:
        if prev == "%":
            out.append(ch)
            prev = ch
            continue
        prev = ch
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        out.append(ch if depth or ch == "}" else ch.translate(_PSEUDO_MAP))
    padded = "".join(out)
    extra = "~" * max(2, len(text) * 2 // 5)
    return f"[{padded}{extra}]"
