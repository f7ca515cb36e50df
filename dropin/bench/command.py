"""``dropin bench`` on the command line: build (or reuse) the centre, take every figure, print them."""

from __future__ import annotations

import json
import shutil
import tempfile
from argparse import Namespace
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dropin.bench import AREAS, BENCH_PASSPHRASE, SCALES, Figure
from dropin.bench.actions import measure_area_actions, measure_weekly_report
from dropin.bench.centre import build_centre, reuse_centre
from dropin.bench.program import measure_cold_start, measure_gui, measure_memory
from dropin.bench.storage import measure_encryption_overhead, measure_search, measure_unlock
from dropin.i18n import translate

if TYPE_CHECKING:
    import argparse

    from dropin.cli import AddCommand, Subparsers


def run_bench(
    scale: str = "small", keep: Path | None = None, seed: int = 1, reuse: Path | None = None
) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="dropin-bench-"))
    path = keep if keep is not None else folder / "centre.db"
    env = None
    try:
        if reuse is not None:  # only the reports, on a centre kept from an earlier run: no build
            env = reuse_centre(reuse, scale, seed)
            figures = measure_area_actions(env) + measure_weekly_report(env)
            return {
                "scale": scale,
                "sizes": env.sizes,
                "counts": {},
                "areas": {},
                "kept": str(reuse),
                "figures": [asdict(f) for f in figures if f.status != "skipped"],
            }
        env, build_seconds = build_centre(path, scale, seed)
        figures = [
            Figure(
                "build",
                translate("Bench", "Bulk build of the synthetic centre"),
                build_seconds,
                note=", ".join(f"{k} {v}" for k, v in sorted(env.counts.items())),
            )
        ]
        figures += measure_unlock(env)
        figures += measure_search(env)
        figures += measure_area_actions(env)
        figures += measure_weekly_report(env)
        figures += measure_encryption_overhead(env, folder)
        from dropin.server.bench import measure_desks  # the file beside the server, four desks at once

        figures += measure_desks(env)
        figures += measure_cold_start(env)
        figures += measure_gui(env)
        figures.append(measure_memory())
        return {
            "scale": scale,
            "sizes": env.sizes,
            "counts": env.counts,
            "areas": {area: env.notes.get(area, "built") for area in AREAS},
            "kept": str(keep) if keep else None,
            "figures": [asdict(f) for f in figures],
        }
    finally:
        if env is not None:
            env.db.close()
        shutil.rmtree(folder, ignore_errors=True)


def cmd_bench(args: Namespace) -> int:
    if getattr(args, "db", None):  # ``dropin --db PATH bench``: the bench never touches a real database
        from dropin.cli import UserError

        raise UserError(
            translate(
                "Bench",
                "dropin bench builds its own synthetic database and does not take --db; use --keep PATH to keep it.",
            )
        )
    keep = Path(args.keep).expanduser() if args.keep else None
    reuse = Path(args.reuse).expanduser() if args.reuse else None
    if reuse is not None and (keep is not None or not reuse.is_file()):
        from dropin.cli import UserError

        raise UserError(
            translate("Bench", "--reuse needs a database file kept by an earlier run with --keep, and no --keep.")
        )
    result = run_bench(args.scale, keep, reuse=reuse)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        translate("Bench", "dropin bench, scale {scale}: {sizes}").format(
            scale=result["scale"], sizes=", ".join(f"{k} {v}" for k, v in result["sizes"].items())
        )
    )
    for area, note in result["areas"].items():
        if note != "built":
            print(f"  {area}: {note}")
    for data in result["figures"]:
        print(Figure(**data).line())
    if keep:
        print(
            translate("Bench", "The database was kept at {path} (passphrase: {p}).").format(
                path=keep, p=BENCH_PASSPHRASE
            )
        )
    return 0


class _Offered(tuple[str, ...]):
    """The scales offered on the command line; any of :data:`SCALES` is accepted."""

    def __contains__(self, value: object) -> bool:
        return value in SCALES


def register(subparsers: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    # not ``command(...)``: that adds --db, which the bench would ignore
    p = subparsers.add_parser(
        "bench", help=translate("Bench", "time the database and screens on a synthetic busy centre")
    )
    p.set_defaults(func=cmd_bench)
    # "tiny" is accepted but never listed (help or error): it only exists for the test suite
    p.add_argument(
        "--scale",
        choices=_Offered(("small", "full")),
        default="small",
        metavar="{small,full}",
        help=translate("Bench", "small (about a minute) or full (five busy years)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Bench", "print the figures as JSON"))
    p.add_argument("--keep", metavar="PATH", help=translate("Bench", "build the database at PATH and keep it"))
    p.add_argument(
        "--reuse",
        metavar="PATH",
        help=translate("Bench", "time only the reports, on a database kept by an earlier run with --keep"),
    )
