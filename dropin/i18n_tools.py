"""Translation catalogue tooling: ``python -m dropin.i18n_tools [update|release|check]``.

- ``update``: extract every user-visible string with ``pyside6-lupdate`` into
  ``resources/translations/dropin_<lang>.ts`` (existing translations kept).
- ``release``: compile the ``.ts`` files to ``.qm`` with ``pyside6-lrelease``.
- ``check``: list source strings that a catalogue lacks (exit 1 if any).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from dropin.i18n import translations_dir

ROOT = Path(__file__).resolve().parent
CATALOGUES = ("ru", "uk", "ky", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in ROOT.rglob("*.py") if "migrations" not in p.parts)


def update(languages: Iterable[str] = CATALOGUES) -> None:
    out = translations_dir()
    out.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        ts = out / f"dropin_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def release(languages: Iterable[str] = CATALOGUES) -> None:
    out = translations_dir()
    for lang in languages:
        ts = out / f"dropin_{lang}.ts"
        if ts.exists():
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out / f"dropin_{lang}.qm")], check=True
            )


def messages(ts_path: Path) -> dict[tuple[str, str, str | None], bool]:
    """Every message in a catalogue and whether it is translated."""
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            done = (
                node is not None
                and node.get("type") not in ("unfinished", "obsolete", "vanished")
                and (bool(node.text) or any((f.text or "") for f in node.iter("numerusform")))
            )
            found[(name, message.findtext("source") or "", message.findtext("comment"))] = done
    return found


def extract_current(tmp_dir: Path) -> set[tuple[str, str, str | None]]:
    """The messages the source code has now (extracted into a scratch catalogue)."""
    ts = tmp_dir / "current.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "none", *sources(), "-ts", str(ts)], check=True, capture_output=True
    )
    return set(messages(ts))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv) or ["update", "release"]
    for step in argv:
        if step == "update":
            update()
            from dropin.i18n_english import fill

            fill()
        elif step == "release":
            release()
        elif step == "check":
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                current = extract_current(Path(tmp))
            missing = 0
            for lang in ("ru", "uk"):
                have = messages(translations_dir() / f"dropin_{lang}.ts")
                for key in sorted(current, key=str):
                    if not have.get(key):
                        missing += 1
                        print(f"{lang}: {key[0]}: {key[1]!r}")
            return 1 if missing else 0
        else:
            print(f"unknown step {step}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
