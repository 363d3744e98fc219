#!/usr/bin/env python3
"""Developer commands that work the same on Windows, macOS and Linux.

    python3 build_scripts/dev.py app [--demo] [options]  install into .venv and start the app
    python3 build_scripts/dev.py test [pytest options]   install test tools; run ruff, mypy, pytest

The first run creates `.venv` beside this repo and installs the project into it (editable); later
runs reinstall only when pyproject.toml has changed. Uses only the standard library.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*cmd: str | Path, **kwargs: object) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def ensure_venv(extra: str) -> None:
    """Create .venv and install the project (with `extra`) unless it is already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before the venv exists
        sys.exit(f"Vyapar Lite needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = (ROOT / "pyproject.toml").read_bytes() + extra.encode()
    stamp = VENV / f".installed-{extra or 'app'}"
    digest = hashlib.sha256(spec).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extra}]" if extra else "."
    if run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target):
        sys.exit("Installing the project failed (see the pip messages above).")
    stamp.write_text(digest)


def app(args: list[str]) -> int:
    ensure_venv("")
    return run(PYTHON, "-m", "vyapar_lite", *args)


def test(args: list[str]) -> int:
    ensure_venv("test")
    steps: list[tuple[str, list[str | Path]]] = [
        ("ruff lint", [PYTHON, "-m", "ruff", "check", "."]),
        ("ruff format", [PYTHON, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [PYTHON, "-m", "mypy"]),
        ("pytest", [PYTHON, "-m", "pytest", *args]),
    ]
    failed = []
    for name, cmd in steps:
        code = run(*cmd)
        if name == "pytest" and code == 5:
            print("pytest ran no test: that counts as a failure", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"FAILED: {', '.join(failed)}", flush=True)
        return 1
    print("All checks passed.", flush=True)
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("app", "test"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return app(rest) if command == "app" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
