"""Client codes: recipes, normalisation (accents, Cyrillic), unknown parts, near-duplicates."""

from __future__ import annotations

import pytest

from dropin.clients.codes import (
    RECIPES,
    band_for_age,
    build_code,
    letter_prefix,
    normalise_code,
    one_edit_apart,
    transliterate,
    year_in_code,
)

pytestmark = pytest.mark.both_engines


def test_default_recipe_example():
    facts = {"mother_name": "Maria", "father_name": "Ivan", "birth_year": 1990, "sex": "F"}
    assert build_code(facts) == "MAIV1990F"


@pytest.mark.parametrize(
    "mother,father",
    [
        ("Мария", "Иван"),
        ("мария", "иван"),
        ("MARIA", "ivan"),
        (" María ", "Ívan"),
        ("Марія", "Іван"),
    ],
)
def test_cyrillic_latin_case_and_accents_give_the_same_code(mother, father):
    facts = {"mother_name": mother, "father_name": father, "birth_year": "1990", "sex": "f"}
    assert build_code(facts) == "MAIV1990F"


def test_transliteration_of_multi_letter_cyrillic():
    assert transliterate("Юлия Жанна Щука Ёж") == "YULIYA ZHANNA SHCHUKA EZH"
    assert build_code({"mother_name": "Юлия", "father_name": "Жора", "birth_year": 1985, "sex": "F"}) == "YUZH1985F"
    assert build_code({"mother_name": "Yulia", "father_name": "Zhora", "birth_year": 1985, "sex": "F"}) == "YUZH1985F"


def test_unknown_parts_follow_the_rules():
    assert build_code({"mother_name": "", "father_name": "I", "birth_year": None, "sex": None}) == "XXIX0000X"
    assert build_code({"mother_name": "Anna", "father_name": "-", "birth_year": 1990, "sex": "T"}) == "ANXX1990T"
    assert build_code({"mother_name": "Anna", "father_name": "Oleg", "birth_year": 1990, "sex": "Q"}) == "ANOL1990X"


def test_typed_code_is_normalised():
    assert normalise_code(" maiv-1990 f ") == "MAIV1990F"
    assert normalise_code("МАИВ1990Ф") == "MAIV1990F"
    assert normalise_code("") == ""


def test_other_recipes():
    facts = {
        "mother_name": "Maria",
        "father_name": "Ivan",
        "birth_year": 1990,
        "sex": "F",
        "birth_day": 3,
        "birth_month": 5,
        "birth_order": 1,
        "surname": "Пушкина",
    }
    assert build_code(facts, "psi") == "MAIVF1990"
    assert build_code(facts, "pasmo") == "PUF0390"
    assert build_code(facts, "philippines") == "MAIV0105031990"
    assert set(RECIPES) >= {"default", "psi", "pasmo", "philippines"}
    assert build_code(facts, "no-such-recipe") == "MAIV1990F"


def test_year_in_code():
    assert year_in_code("MAIV1990F") == 1990
    assert year_in_code("MAIV0000F") is None
    assert year_in_code("PUF0390", "pasmo") is None


def test_one_edit_apart():
    assert one_edit_apart("MAIV1990F", "MAIV1991F")
    assert one_edit_apart("MAIV1990F", "MAIV1990")
    assert one_edit_apart("MAIV1990F", "MAIVV1990F")
    assert not one_edit_apart("MAIV1990F", "MAIV1990F")
    assert not one_edit_apart("MAIV1990F", "MAVI1990F")
    assert not one_edit_apart("MAIV1990F", "MAIV19")
    assert letter_prefix("MAIV1990F") == "MAIV"


def test_age_bands():
    assert band_for_age(17) == "under_18"
    assert band_for_age(18) == "18-24"
    assert band_for_age(34) == "25-34"
    assert band_for_age(70) == "55+"
    assert band_for_age(None) is None


# Every letter of the three alphabets, as a code is normalised (upper and lower case the same).
RUSSIAN = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z", "И": "I", "Й": "Y",
    "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F",
    "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "YU",
    "Я": "YA",
}  # fmt: skip
UKRAINIAN = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Е": "E", "Є": "YE", "Ж": "ZH", "З": "Z", "И": "I",
    "І": "I", "Ї": "YI", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S",
    "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ь": "", "Ю": "YU",
    "Я": "YA",
}  # fmt: skip
KYRGYZ = {**RUSSIAN, "Ң": "N", "Ө": "O", "Ү": "U"}


@pytest.mark.parametrize(
    ("alphabet", "letters"), [("Russian", RUSSIAN), ("Ukrainian", UKRAINIAN), ("Kyrgyz", KYRGYZ)], ids=str
)
def test_every_cyrillic_letter_of_the_alphabet_transliterates_as_pinned(alphabet, letters):
    assert len(letters) == {"Russian": 33, "Ukrainian": 33, "Kyrgyz": 36}[alphabet]
    for upper, latin in letters.items():
        lower = upper.lower()
        assert lower != upper
        assert (transliterate(upper), transliterate(lower)) == (latin, latin), upper
        assert normalise_code(f"{lower}1990") == f"{latin}1990", upper
    word = "".join(letters)
    assert normalise_code(word.lower()) == normalise_code(word) == "".join(letters.values())
