"""Translation catalogues: complete, placeholders intact, and every string reachable by the extractor."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dropin import i18n
from dropin.i18n_tools import extract_current, messages

ROOT = Path(__file__).resolve().parent.parent / "dropin"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
#: Kyrgyz must cover at least the front desk, the children's area and the shell (the rest falls back to Russian)
KYRGYZ_REQUIRED = ("FrontDesk", "CheckInPanel", "Clients", "Visits", "Services", "Children", "ChildrenPage",
                   "AttendanceTab", "LoginScreen", "UnlockScreen", "LockScreen", "MainWindow", "Navigation", "Role")


@pytest.fixture(scope="module")
def current(tmp_path_factory):
    return extract_current(tmp_path_factory.mktemp("lupdate"))


def catalogue(lang: str) -> Path:
    return i18n.translations_dir() / f"dropin_{lang}.ts"


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_every_source_string_is_translated(current, lang):
    have = messages(catalogue(lang))
    missing = sorted(f"{ctx}: {src!r}" for ctx, src, cmt in current if not have.get((ctx, src, cmt)))
    assert not missing, f"{len(missing)} strings have no {lang} translation, e.g. {missing[:5]}"


def test_kyrgyz_covers_front_desk_children_and_shell(current):
    have = messages(catalogue("ky"))
    missing = sorted(f"{ctx}: {src!r}" for ctx, src, cmt in current
                     if ctx in KYRGYZ_REQUIRED and not have.get((ctx, src, cmt)))
    assert not missing, missing[:5]


@pytest.mark.parametrize("lang", ["ru", "uk", "ky"])
def test_translations_keep_placeholders(lang):
    catalogue_ = i18n.load_catalogue(lang)
    assert len(catalogue_) > 500
    broken = []
    for (ctx, source, _comment), translated in catalogue_.items():
        forms = translated if isinstance(translated, list) else [translated]
        wanted = sorted(set(PLACEHOLDER.findall(source)) - ({"%n"} if isinstance(translated, list) else set()))
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form)) - ({"%n"} if isinstance(translated, list) else set()))
            if got != wanted:
                broken.append((ctx, source, form))
    assert not broken, broken[:5]


def test_russian_plural_forms_follow_the_number():
    tr = i18n.translator_for("ru")
    texts = [tr("Shelter", "%n night(s) so far", None, n) for n in (1, 2, 5, 21)]
    assert texts[0].startswith("1 ") and texts[1].startswith("2 ") and texts[2].startswith("5 ")
    assert texts[0] != texts[1] != texts[2]  # ночь / ночи / ночей
    assert texts[3].split()[1] == texts[0].split()[1]  # 21 takes the form of 1


def test_kyrgyz_falls_back_to_russian_for_untranslated_strings(monkeypatch):
    ky = i18n.translator_for("ky")
    ru = i18n.translator_for("ru")
    monkeypatch.setattr(i18n, "load_catalogue", lambda lang: {} if lang == "ky" else i18n.load_catalogue.__wrapped__(lang))
    only_ru = i18n.translator_for("ky")
    assert only_ru("Navigation", "Front desk") == ru("Navigation", "Front desk") != "Front desk"
    assert ky("Navigation", "Front desk") not in ("Front desk",)


def _calls_in_fstrings(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for part in ast.walk(node):
                if isinstance(part, ast.Call):
                    name = getattr(part.func, "attr", None) or getattr(part.func, "id", None)
                    if name in ("tr", "translate") and part.args and isinstance(part.args[0], ast.Constant):
                        lines.append(node.lineno)
    return lines


def test_strings_are_written_where_the_extractor_sees_them():
    """No translation wrappers or aliases, no literal translations inside f-strings (lupdate skips them)."""
    problems = []
    for path in ROOT.rglob("*.py"):
        if path.name in ("i18n.py", "common.py") or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT.parent)
        if re.search(r"QT_TRANSLATE_NOOP as \w+|^\w+ = QT_TRANSLATE_NOOP\b", text, re.M):
            problems.append(f"{rel}: QT_TRANSLATE_NOOP under another name")
        for match in re.finditer(r"^def (\w+)\((\w+)[^)]*\)[^:]*:\n(?:\s+\"\"\".*\"\"\"\n)?\s+return "
                                 r"(?:QCoreApplication\.)?translate\(\"[^\"]+\", \2\b", text, re.M):
            problems.append(f"{rel}: wrapper {match.group(1)}() hides strings from the extractor")
        for line in _calls_in_fstrings(ast.parse(text)):
            problems.append(f"{rel}:{line}: translation inside an f-string")
    assert not problems, problems
