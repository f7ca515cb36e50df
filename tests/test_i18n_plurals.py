"""Every plural message reads right for 1, 2 and 5 in every language, in the catalogues and at run time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from dropin import i18n
from dropin.i18n_english import singular_word
from dropin.ui.language import manager

FORMS = {"en": 2, "ru": 3, "uk": 3, "ky": 1}


def plural_messages(language: str) -> list[tuple[str, str, list[str]]]:
    root = ET.parse(i18n.translations_dir() / f"dropin_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                node = message.find("translation")
                forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
                if (
                    language in i18n.FALLBACK
                    and node is not None
                    and node.get("type") == "unfinished"
                    and not any(forms)
                ):
                    continue  # not translated yet: the interface shows the fallback language's forms
                found.append((context.findtext("name"), message.findtext("source"), forms))
    return found


@pytest.mark.parametrize("language", sorted(FORMS))
def test_every_plural_message_has_all_its_forms(language):
    messages = plural_messages(language)
    assert len(messages) > 20
    problems = [
        (ctx, src, forms)
        for ctx, src, forms in messages
        if len(forms) < FORMS[language] or not all("%n" in f for f in forms)
    ]
    assert not problems, problems[:5]


def _word_after(number: int, text: str) -> str | None:
    found = re.search(rf"(?<!\d){number} (\w+)", text)
    return found.group(1) if found else None


def test_english_says_one_visit_and_two_visits():
    tr = i18n.translator_for("en")
    wrong = []
    for ctx, source, _forms in plural_messages("en"):
        one, two, five = (tr(ctx, source, None, n) for n in (1, 2, 5))
        word = _word_after(1, one)
        if "(s)" in one + two or "(ren)" in one + two or "1" not in one or "2" not in two or "5" not in five:
            wrong.append(one)
        elif word is not None and singular_word(word) != word:  # "1 visits", "1 people"
            wrong.append(one)
        elif two.replace("2", "#") != five.replace("5", "#"):
            wrong.append(two)
    assert not wrong, wrong


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_east_slavic_forms_follow_the_number(language):
    tr = i18n.translator_for(language)
    for ctx, source, forms in plural_messages(language):
        one, two, five, eleven, twenty_one = (tr(ctx, source, None, n) for n in (1, 2, 5, 11, 21))
        assert one.replace("1", "#", 1) == forms[0].replace("%n", "#", 1), (source, one)
        assert two.replace("2", "#", 1) == forms[1].replace("%n", "#", 1), (source, two)
        assert five.replace("5", "#", 1) == forms[2].replace("%n", "#", 1), (source, five)
        assert eleven.replace("11", "#", 1) == forms[2].replace("%n", "#", 1), (source, eleven)
        assert twenty_one.replace("21", "#", 1) == forms[0].replace("%n", "#", 1), (source, twenty_one)


@pytest.mark.parametrize("language", sorted(FORMS))
def test_compiled_catalogues_give_the_same_forms_in_the_interface(qapp, language):
    manager().apply(language)
    try:
        ours = i18n.translator_for(language)
        for ctx, source, _forms in plural_messages(language):
            for n in (1, 2, 5):
                shown = QCoreApplication.translate(ctx, source, None, n)
                assert shown == ours(ctx, source, None, n), (language, source, n, shown)
    finally:
        manager().apply("en")
