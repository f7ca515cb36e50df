"""The bundle's start script: the same ``dropin`` command as ``pip install`` gives."""

from dropin.main import main

if __name__ == "__main__":
    raise SystemExit(main())
