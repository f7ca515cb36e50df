"""Mistakes in the command line's arguments: one translated line on stderr and exit code 2, never usage
text or a traceback; ``--help`` unchanged; options a command would ignore are refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dropin.cli import DEMO_MAX_WEEKS, main
from dropin.cli_args import explain

ROOT = Path(__file__).resolve().parent.parent


def one_line(err: str) -> str:
    assert "Traceback" not in err and "usage:" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("dropin: ") and lines[0][-1] in ".)", lines[0]
    return lines[0]


def run(args, tmp_path, **env) -> subprocess.CompletedProcess:
    """The real command in a fresh process (its own home folder, so no default database is touched)."""
    environ = dict(
        os.environ,
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        DROPIN_KDF_ITER="4000",
        DROPIN_PASSPHRASE="a passphrase",
        PYTHONPATH=str(ROOT),
        **env,
    )
    environ.pop("DROPIN_LANG", None) if "DROPIN_LANG" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "dropin", *args], capture_output=True, text=True, env=environ, timeout=120, cwd=tmp_path
    )


def _commands() -> list[str]:
    from dropin.cli import build_parser

    parser = build_parser()
    return list(next(a for a in parser._actions if a.dest == "command").choices)


#: every command the parser offers, in its order (the list grows with the areas)
COMMANDS = _commands()

CASES = [
    (["backup", "--db", "{db}"], "dropin: The option --out is required."),
    (["export", "--db", "{db}", "--from", "2026-01-01"], "dropin: The option --out is required."),
    (["report", "--db", "{db}"], "dropin: The option --out is required."),
    (["report", "--db", "{db}", "--out"], "dropin: The option --out needs a value."),
    (["demo", "--db", "{db}", "--weeks", "abc"], "dropin: The option --weeks needs a whole number, not “abc”."),
    (["demo", "--db", "{db}", "--seed", "1.5"], "dropin: The option --seed needs a whole number, not “1.5”."),
    (["bogus"], "dropin: “bogus” is not a dropin command; choose one of: " + ", ".join(COMMANDS) + "."),
    (["audit"], "dropin: Please name what to do: verify, seal, reanchor."),
    (["audit", "check"], "dropin: “check” is not a dropin command; choose one of: verify, seal, reanchor."),
    (["init", "--db", "{db}"], "dropin: The option --admin is required."),
    (
        ["init", "--db", "{db}", "--admin", "boss", "extra"],
        "dropin: This command does not take extra. See dropin --help.",
    ),
    (
        ["backup", "--db", "{db}", "--out", "x", "--force-it"],
        "dropin: This command does not take --force-it. See dropin --help.",
    ),
    (["bench", "--scale", "huge"], "dropin: The option --scale cannot be “huge”; choose one of: small, full."),
    (["bench", "--json=yes"], "dropin: The option --json takes no value."),
    (
        ["demo", "--db", "{db}", "--weeks", "-3"],
        f"dropin: The option --weeks must be a number of weeks from 1 to {DEMO_MAX_WEEKS}.",
    ),
    (
        ["demo", "--db", "{db}", "--weeks", "0"],
        f"dropin: The option --weeks must be a number of weeks from 1 to {DEMO_MAX_WEEKS}.",
    ),
    (
        ["demo", "--db", "{db}", "--weeks", str(DEMO_MAX_WEEKS + 1)],
        f"dropin: The option --weeks must be a number of weeks from 1 to {DEMO_MAX_WEEKS}.",
    ),
    (
        ["demo", "--db", "{db}", "--weeks", "9" * 30],
        f"dropin: The option --weeks must be a number of weeks from 1 to {DEMO_MAX_WEEKS}.",
    ),
    # the bench builds its own database: a --db would be ignored, so it is refused
    (["bench", "--db", "{db}"], "dropin: This command does not take --db {db}. See dropin --help."),
    (
        ["--db", "{db}", "bench"],
        "dropin: dropin bench builds its own synthetic database and does not take --db; use --keep PATH to keep it.",
    ),
]


@pytest.mark.parametrize(("args", "expected"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_argument_mistakes_are_one_line_and_exit_2(tmp_path, capsys, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DROPIN_PASSPHRASE", "a passphrase")
    db = tmp_path / "centre.db"
    argv = [a.format(db=db) for a in args]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert one_line(captured.err) == expected.format(db=db)
    assert captured.out == ""
    assert list(tmp_path.iterdir()) == []  # nothing made


def test_the_real_command_prints_one_line(tmp_path):
    for args, line in (
        (["backup", "--db", "c.db"], "dropin: The option --out is required."),
        (
            ["demo", "--db", "c.db", "--weeks", "-3"],
            f"dropin: The option --weeks must be a number of weeks from 1 to {DEMO_MAX_WEEKS}.",
        ),
    ):
        done = run(args, tmp_path)
        assert done.returncode == 2 and one_line(done.stderr) == line and done.stdout == ""
    assert not (tmp_path / "c.db").exists()


def test_the_line_is_translated(tmp_path):
    done = run(["backup", "--db", "c.db"], tmp_path, DROPIN_LANG="ru")
    assert done.returncode == 2 and one_line(done.stderr) == "dropin: Нужен параметр --out."


def test_help_is_unchanged(tmp_path, capsys):
    done = run(["--help"], tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("usage: dropin") and "{" + ",".join(COMMANDS) + "}" in done.stdout
    with pytest.raises(SystemExit) as exit_:
        main(["backup", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: dropin backup") and "--out OUT" in out
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    assert f"1 to {DEMO_MAX_WEEKS}" in capsys.readouterr().out


def test_bench_offers_only_options_that_take_effect(capsys):
    with pytest.raises(SystemExit):
        main(["bench", "--help"])
    out = capsys.readouterr().out
    assert "--db" not in out
    assert all(option in out for option in ("--scale", "--json", "--keep"))


@pytest.mark.parametrize(
    "message",
    [
        "argument --x: expected 2 arguments",
        "one of the arguments --a --b is required",
        "argument --a: not allowed with argument --b",
        "ambiguous option: --s could match --seed, --scale",
    ],
)
def test_every_argparse_message_becomes_one_sentence(message):
    text = explain(message)
    assert "\n" not in text and text[-1] == "." and text[0].isupper()


def test_without_a_command_the_program_starts_the_gui_and_the_command_line_alone_does_not(
    monkeypatch, tmp_path, capsys
):
    import dropin.ui.app
    from dropin import main as program

    started = []
    monkeypatch.setattr(dropin.ui.app, "run", lambda path, kdf_iter: started.append(path) or 0)
    assert program.main(["--db", str(tmp_path / "x.db")]) == 0
    assert started == [tmp_path / "x.db"]

    assert main(["--db", str(tmp_path / "x.db")]) == 2  # dropin.cli never reaches the widgets
    assert "init" in capsys.readouterr().err and started == [tmp_path / "x.db"]
