#!/usr/bin/env python3
"""Developer commands that work the same on Windows, macOS and Linux.

    python3 build_scripts/dev.py app [--demo] [options]  install into .venv and start the app
    python3 build_scripts/dev.py test [pytest options]   install test tools; run ruff, mypy, pytest
    python3 build_scripts/dev.py build                   install PyInstaller; build into dist/
    python3 build_scripts/dev.py smoke                   built app's --smoke on a new demo shop

The first run creates `.venv` beside this repo and installs the project into it (editable); later
runs reinstall only when pyproject.toml has changed. Uses only the standard library.

`build` runs build_scripts/vyapar_lite.spec: a one-folder windowed app in dist/VyaparLite/ (the
program is dist/VyaparLite/VyaparLite, VyaparLite.exe on Windows; on macOS also
dist/VyaparLite.app), then prints where it is and its size. `smoke` starts that program with
`--demo --data <new temp file> --smoke` (QT_QPA_PLATFORM=offscreen unless set) and exits with
its status.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SPEC = ROOT / "build_scripts" / "vyapar_lite.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "VyaparLite"  # the one-folder app
PROGRAM = BUNDLE / ("VyaparLite.exe" if os.name == "nt" else "VyaparLite")
MAC_APP = DIST / "VyaparLite.app"


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


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under `folder` (symbolic links not followed)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build(args: list[str]) -> int:
    ensure_venv("build")
    work = ROOT / "build" / "pyinstaller"
    for stale in (BUNDLE, MAC_APP):  # never mix files from an older build into the new one
        if stale.exists():
            shutil.rmtree(stale)
    code = run(
        PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", work, *args, SPEC,
    )  # fmt: skip
    if code:
        print("Building the app failed (see PyInstaller's messages above).", flush=True)
        return code
    if not PROGRAM.exists():
        print(f"PyInstaller finished but {PROGRAM} is missing.", flush=True)
        return 1
    size, count = folder_size(BUNDLE)
    print(f"Built {BUNDLE} ({size / 1e6:.0f} MB, {count} files); the program is {PROGRAM}")
    if MAC_APP.exists():
        print(f"macOS app bundle: {MAC_APP}")
    return 0


def smoke(args: list[str]) -> int:
    program = MAC_APP / "Contents" / "MacOS" / "VyaparLite" if MAC_APP.exists() else PROGRAM
    if not program.exists():
        print(f"No built app at {program}: run `build` first.", flush=True)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        cmd = [str(program), "--demo", "--data", str(Path(folder) / "demo.vyapar"), "--smoke"]
        print("+", " ".join([*cmd, *args]), flush=True)
        try:  # output captured: a windowed Windows program only gets a stdout it is handed
            done = subprocess.run(
                [*cmd, *args],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        except subprocess.TimeoutExpired:
            print("The built app did not exit within 300 s.", flush=True)
            return 1
    print(done.stdout + done.stderr, end="", flush=True)
    if done.returncode:
        print(f"The built app failed its smoke check (exit status {done.returncode}).", flush=True)
    return done.returncode


COMMANDS = {"app": app, "test": test, "build": build, "smoke": smoke}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
