"""Unique Identifier Codes (UIC): built from facts a person can repeat at every visit.

The recipe is chosen per centre (setting ``client_code_recipe``). The facts
(parents' first names, birth date, ...) are used only to compute the code and
are never stored. Input is normalised so that the same person always gives the
same code: upper case, accents removed, Cyrillic transliterated to Latin
(``Мария`` and ``Maria`` both give ``MA``), anything else dropped.

Unknown parts: a letter that is not known becomes ``X`` and an unknown digit
``0`` (day 00, month 00 or year 0000 cannot be real, so they cannot clash with
a real fact).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from dropin.i18n import QT_TRANSLATE_NOOP, translate

# Russian, Ukrainian, Belarusian and Kyrgyz letters to Latin (one common, simple scheme).
_CYRILLIC = {
    "А": "A",
    "Б": "B",
    "В": "V",
    "Г": "G",
    "Ґ": "G",
    "Д": "D",
    "Е": "E",
    "Ё": "E",
    "Є": "YE",
    "Ж": "ZH",
    "З": "Z",
    "И": "I",
    "І": "I",
    "Ї": "YI",
    "Й": "Y",
    "К": "K",
    "Л": "L",
    "М": "M",
    "Н": "N",
    "Ң": "N",
    "О": "O",
    "Ө": "O",
    "П": "P",
    "Р": "R",
    "С": "S",
    "Т": "T",
    "У": "U",
    "Ү": "U",
    "Ў": "U",
    "Ф": "F",
    "Х": "KH",
    "Ц": "TS",
    "Ч": "CH",
    "Ш": "SH",
    "Щ": "SHCH",
    "Ъ": "",
    "Ы": "Y",
    "Ь": "",
    "Э": "E",
    "Ю": "YU",
    "Я": "YA",
}

UNKNOWN_LETTER = "X"
UNKNOWN_DIGIT = "0"
SEX_MARKERS = {
    "F": QT_TRANSLATE_NOOP("Codes", "F: female"),
    "M": QT_TRANSLATE_NOOP("Codes", "M: male"),
    "T": QT_TRANSLATE_NOOP("Codes", "T: trans"),
    "X": QT_TRANSLATE_NOOP("Codes", "X: other or not stated"),
}


def transliterate(text: str) -> str:
    """Upper-case ``text``, turn Cyrillic into Latin and strip accents (ä → A, ș → S)."""
    out = []
    for ch in (text or "").upper():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        # Decomposed Cyrillic letters (Й = И + breve) map after their accent is removed.
        out.append("".join(_CYRILLIC.get(c, c) for c in base.upper()))
    return "".join(out).replace("ß", "SS")


def normalise_letters(text: str) -> str:
    return "".join(c for c in transliterate(text) if "A" <= c <= "Z")


def normalise_code(text: str) -> str:
    """Normalise a typed code: upper case, Latin letters and digits only (Cyrillic transliterated)."""
    return "".join(c for c in transliterate(text) if ("A" <= c <= "Z") or c.isdigit() and c.isascii())


# --------------------------------------------------------------------------- recipes
@dataclass(frozen=True)
class Part:
    """One piece of a code: ``fact`` is what to ask for; ``kind`` is letters/digits/year/sex."""

    fact: str
    kind: str
    length: int
    label: str  # translate with context "Codes"


@dataclass(frozen=True)
class Recipe:
    key: str
    label: str
    example: str
    parts: tuple[Part, ...]

    def tr_label(self) -> str:
        return translate("Codes", self.label)


MOTHER = Part("mother_name", "letters", 2, QT_TRANSLATE_NOOP("Codes", "Mother's first name"))
FATHER = Part("father_name", "letters", 2, QT_TRANSLATE_NOOP("Codes", "Father's first name"))
YEAR4 = Part("birth_year", "year", 4, QT_TRANSLATE_NOOP("Codes", "Year of birth"))
YEAR2 = Part("birth_year", "year", 2, QT_TRANSLATE_NOOP("Codes", "Year of birth"))
SEX = Part("sex", "sex", 1, QT_TRANSLATE_NOOP("Codes", "Sex marker"))
DAY = Part("birth_day", "digits", 2, QT_TRANSLATE_NOOP("Codes", "Day of birth"))
MONTH = Part("birth_month", "digits", 2, QT_TRANSLATE_NOOP("Codes", "Month of birth"))
SURNAME = Part("surname", "letters", 2, QT_TRANSLATE_NOOP("Codes", "Own family name"))
ORDER = Part("birth_order", "digits", 2, QT_TRANSLATE_NOOP("Codes", "Birth order (mother's side)"))

RECIPES: dict[str, Recipe] = {
    r.key: r
    for r in (
        Recipe(
            "default",
            QT_TRANSLATE_NOOP("Codes", "Mother + father + year of birth + sex (MAIV1990F)"),
            "MAIV1990F",
            (MOTHER, FATHER, YEAR4, SEX),
        ),
        Recipe(
            "psi",
            QT_TRANSLATE_NOOP("Codes", "Mother + father + sex + year of birth (MAIVF1990)"),
            "MAIVF1990",
            (MOTHER, FATHER, SEX, YEAR4),
        ),
        Recipe(
            "pasmo",
            QT_TRANSLATE_NOOP("Codes", "Family name + sex + day of birth + year (PUF0390)"),
            "PUF0390",
            (SURNAME, SEX, DAY, YEAR2),
        ),
        Recipe(
            "philippines",
            QT_TRANSLATE_NOOP("Codes", "Mother + father + birth order + date of birth (MAIV0105121990)"),
            "MAIV0105121990",
            (MOTHER, FATHER, ORDER, MONTH, DAY, YEAR4),
        ),
    )
}


def recipe(key: str | None) -> Recipe:
    return RECIPES.get(key or "default", RECIPES["default"])


def _letters(value: object, length: int) -> str:
    letters = normalise_letters(str(value or ""))[:length]
    return letters + UNKNOWN_LETTER * (length - len(letters))


def _digits(value: object, length: int) -> str:
    text = "".join(c for c in str(value or "") if c.isdigit() and c.isascii())
    if not text or int(text) == 0:
        return UNKNOWN_DIGIT * length
    return text.zfill(length)[-length:]


def _sex(value: object) -> str:
    marker = normalise_letters(str(value or ""))[:1]
    return marker if marker in SEX_MARKERS else "X"


def build_code(facts: dict[str, Any], recipe_key: str | None = "default") -> str:
    """Build the code from the facts the person gives (missing facts follow the unknown rules)."""
    out = []
    for part in recipe(recipe_key).parts:
        value = facts.get(part.fact)
        if part.kind == "letters":
            out.append(_letters(value, part.length))
        elif part.kind == "sex":
            out.append(_sex(value))
        else:
            out.append(_digits(value, part.length))
    return "".join(out)


def year_in_code(code: str, recipe_key: str | None = "default") -> int | None:
    """The four-digit birth year a code carries, if its recipe has one and it is known."""
    pos = 0
    for part in recipe(recipe_key).parts:
        chunk = code[pos : pos + part.length]
        if part.kind == "year" and part.length == 4 and len(chunk) == 4 and chunk.isdigit() and chunk != "0000":
            return int(chunk)
        pos += part.length
    return None


# --------------------------------------------------------------------------- similarity
def one_edit_apart(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by exactly one substituted, added or dropped character."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(1 for x, y in zip(a, b, strict=True) if x != y) == 1
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def swap_parents(code: str, recipe_key: str | None = "default") -> str | None:
    """The code with the mother's and the father's letters swapped (LABO1993F for BOLA1993F), if the recipe has both."""
    spans, pos = {}, 0
    for part in recipe(recipe_key).parts:
        spans[part.fact] = (pos, pos + part.length)
        pos += part.length
    if "mother_name" not in spans or "father_name" not in spans or len(code) < pos:
        return None
    (a, b), (c, d) = sorted((spans["mother_name"], spans["father_name"]))
    swapped = code[:a] + code[c:d] + code[b:c] + code[a:b] + code[d:]
    return swapped if swapped != code else None


def letter_prefix(code: str) -> str:
    """The leading letters of a code (the parents' initials in the default recipe)."""
    out = []
    for c in code:
        if not c.isalpha():
            break
        out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------- ages
AGE_BANDS = {
    "18-24": QT_TRANSLATE_NOOP("Clients", "18 to 24"),
    "25-34": QT_TRANSLATE_NOOP("Clients", "25 to 34"),
    "35-44": QT_TRANSLATE_NOOP("Clients", "35 to 44"),
    "45-54": QT_TRANSLATE_NOOP("Clients", "45 to 54"),
    "55+": QT_TRANSLATE_NOOP("Clients", "55 or older"),
}
UNDER_18 = "under_18"
UNDER_18_LABEL = QT_TRANSLATE_NOOP("Clients", "Under 18")
ADULT_AGE = 18


def band_for_age(age: int | None) -> str | None:
    if age is None:
        return None
    if age < ADULT_AGE:
        return UNDER_18
    for band, low, high in (("18-24", 18, 24), ("25-34", 25, 34), ("35-44", 35, 44), ("45-54", 45, 54)):
        if low <= age <= high:
            return band
    return "55+"


def band_on(day: dt.date, birth_year: int | None, given_band: str | None) -> str | None:
    """Age band on ``day``: from the birth year if known, otherwise the band given at registration."""
    if birth_year:
        return band_for_age(day.year - birth_year)
    return given_band
