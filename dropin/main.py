"""The ``dropin`` program: the GUI when no command is given, otherwise a command of :mod:`dropin.cli`.

The one module that joins the layers: the command line and every domain module stay free of Qt
(see the import contracts in ``pyproject.toml``), and only this entry starts the widgets.
"""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    from dropin import cli
    from dropin.memory import return_large_buffers

    return_large_buffers()  # the key derivations' buffers never stay resident (see dropin/memory.py)
    return cli.main(argv, gui=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from dropin.cli import _kdf, db_path
    from dropin.ui.app import run

    return run(db_path(args) if args.db else None, kdf_iter=_kdf(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
