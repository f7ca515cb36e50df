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
KYRGYZ_REQUIRED = (
    "FrontDesk",
    "CheckInPanel",
    "Clients",
    "Visits",
    "Services",
    "Children",
    "ChildrenPage",
    "AttendanceTab",
    "LoginScreen",
    "UnlockScreen",
    "LockScreen",
    "MainWindow",
    "Navigation",
    "Role",
    "Outreach",
    "OutreachPage",
    "OutreachSessionForm",
    "OutreachSessionsTab",
    "OutreachCoverageTab",
    "OutreachEventsTab",
    "OutreachAreasEditor",
    "OutreachAreaDialog",
)
KYRGYZ_REQUIRED += (
    "Incidents",
    "IncidentForm",
    "IncidentsPage",
    "CaseworkPanel",
    "HandoffOffer",
    "Advocacy",
    "AdvocacyPanel",
)
# the centre's server: its messages and its login screen
KYRGYZ_REQUIRED += ("Server", "ServerForm", "ServerLoginScreen", "StaffLogin", "BackupPassphraseDialog")


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
    missing = sorted(
        f"{ctx}: {src!r}" for ctx, src, cmt in current if ctx in KYRGYZ_REQUIRED and not have.get((ctx, src, cmt))
    )
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
    assert all(str(n) in text for n, text in zip((1, 2, 5, 21), texts, strict=True))
    words = [text.replace(str(n), "#") for n, text in zip((1, 2, 5, 21), texts, strict=True)]
    assert len({words[0], words[1], words[2]}) == 3  # ночь / ночи / ночей
    assert words[3] == words[0]  # 21 takes the form of 1


def test_kyrgyz_falls_back_to_russian_for_untranslated_strings(monkeypatch):
    ky = i18n.translator_for("ky")
    ru = i18n.translator_for("ru")
    real = i18n.load_catalogue
    monkeypatch.setattr(i18n, "load_catalogue", lambda lang: {} if lang == "ky" else real(lang))
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
                    text_arg = 1 if name == "translate" else 0
                    if (
                        name in ("tr", "translate")
                        and len(part.args) > text_arg
                        and isinstance(part.args[text_arg], ast.Constant)
                    ):
                        lines.append(node.lineno)
    return lines


def _wrappers_called_with_literals(tree: ast.AST) -> list[str]:
    """Functions that just pass their argument to translate(), called somewhere with a literal text."""
    wrappers = set()
    for node in ast.walk(tree):
        # ``t = lambda text: translate("Context", text)`` is a wrapper too
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Lambda)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.value.args.args
        ):
            call, first = node.value.body, node.value.args.args[0].arg
            name = isinstance(call, ast.Call) and (getattr(call.func, "attr", None) or getattr(call.func, "id", None))
            if (
                name == "translate"
                and isinstance(call, ast.Call)
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == first
            ):
                wrappers.add(node.targets[0].id)
        if isinstance(node, ast.FunctionDef) and node.args.args:
            body = [b for b in node.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))]
            if len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call):
                call = body[0].value
                name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
                first = node.args.args[0].arg
                if (
                    name == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == first
                ):
                    wrappers.add(node.name)
    used = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in wrappers
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            used.add(node.func.id)
    return sorted(used)


def test_strings_are_written_where_the_extractor_sees_them():
    """No translation wrappers or aliases, no literal translations inside f-strings (lupdate skips them)."""
    problems = []
    for path in ROOT.rglob("*.py"):
        if path.name in ("i18n.py", "common.py") or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT.parent)
        if re.search(r"QT_TRANSLATE_NOOP as \w+|^\w+ = QT_TRANSLATE_NOOP\s*$", text, re.M):
            problems.append(f"{rel}: QT_TRANSLATE_NOOP under another name")
        tree = ast.parse(text)
        for name in _wrappers_called_with_literals(tree):
            problems.append(f"{rel}: wrapper {name}() hides strings from the extractor")
        for line in _calls_in_fstrings(tree):
            problems.append(f"{rel}:{line}: translation inside an f-string")
    assert not problems, problems
