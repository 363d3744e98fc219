#!/usr/bin/env python3
"""Developer commands that work the same on Windows, macOS and Linux.

    python3 build_scripts/dev.py app [--demo] [options]  install into .venv and start the app
    python3 build_scripts/dev.py test [pytest options]   install test tools; run ruff, mypy, pytest
    python3 build_scripts/dev.py build                   install PyInstaller; build into dist/
    python3 build_scripts/dev.py smoke                   built app's --smoke on a new demo shop
    python3 build_scripts/dev.py screenshot [options]    redraw docs/main-window.png (README's)
    python3 build_scripts/dev.py translations            refresh the .ts files, compile the .qm

The first run creates `.venv` beside this repo and installs the project into it (editable); later
runs reinstall only when pyproject.toml has changed. Uses only the standard library.

`build` runs build_scripts/vyapar_lite.spec: a one-folder windowed app in dist/VyaparLite/ (the
program is dist/VyaparLite/VyaparLite, VyaparLite.exe on Windows; on macOS also
dist/VyaparLite.app), then prints where it is and its size. `smoke` starts that program with
`--demo --data <new temp file> --smoke` (QT_QPA_PLATFORM=offscreen unless set) and exits with
its status.

`translations` runs pyside6-lupdate over src/vyapar_lite (every tr(), QCoreApplication.translate
and QT_TRANSLATE_NOOP) into src/vyapar_lite/resources/translations/vyapar_lite_<code>.ts, keeping
the translations already written and dropping texts no longer in the code, then pyside6-lrelease
compiles each .ts into the .qm the app loads (commit both). New texts come in unfinished: write
their translation in the .ts (Qt Linguist: pyside6-linguist FILE.ts, or by hand) and run it again;
tests/ui/test_translations.py fails while any is unfinished.
"""

from __future__ import annotations

import hashlib
import os
import re
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


# What pip says when it fails, and the one line that tells the user what to do about it.
PIP_PROBLEMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("No space left on device",),
        "The disk is full: free some space (PySide6 needs about 600 MB) and run this again.",
    ),
    (
        (
            "Failed to establish a new connection",
            "Temporary failure in name resolution",
            "Network is unreachable",
            "ConnectionError",
            "ProxyError",
            "Read timed out",
            "SSLError",
            "Could not fetch URL",
        ),
        "pip could not reach PyPI: connect to the internet (or set HTTPS_PROXY) and run this "
        "again. Only this first install needs the network; the app itself works offline.",
    ),
    (
        ("No matching distribution found", "Could not find a version that satisfies"),
        f"PyPI has no package for this Python ({sys.version.split()[0]}) on this machine "
        f"({sys.platform}): use a 64-bit Python 3.11 to 3.13 from python.org, then run this "
        "again.",
    ),
    (
        ("Permission denied",),
        f"pip may not write into {VENV}: run this as the user who owns the folder.",
    ),
)


def pip_hint(log: str) -> str:
    """The one line that says what to do about a failed install, from pip's log."""
    for needles, hint in PIP_PROBLEMS:
        if any(needle in log for needle in needles):
            return hint
    return f"Installing failed: see pip's messages above (the full log is in {VENV / 'pip.log'})."


def requirements(extra: str) -> list[str]:
    """The packages pyproject.toml asks for (the app's, plus `extra`'s)."""
    import tomllib  # Python 3.11+: imported here so an older Python gets the version message

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"].get(extra, [])]


def ensure_venv(extra: str) -> None:
    """Create .venv and install the project (with `extra`) unless it is already up to date,
    saying what is happening: the first run downloads about 500 MB and takes a few minutes."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before the venv exists
        sys.exit(f"Vyapar Lite needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"Creating the Python environment in {VENV} (first run only) …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            shutil.rmtree(VENV, ignore_errors=True)
            sys.exit(
                f"Could not create {VENV} ({exc}). On Debian or Ubuntu install the venv module "
                "first: sudo apt-get install python3-venv"
            )
    spec = (ROOT / "pyproject.toml").read_bytes() + extra.encode()
    stamp = VENV / f".installed-{extra or 'app'}"
    digest = hashlib.sha256(spec).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    wanted = requirements(extra)
    print(
        f"Installing Vyapar Lite and the {len(wanted)} packages it needs"
        f"{f' for {extra}' if extra else ''} ({', '.join(_name(r) for r in wanted)}) and "
        "their dependencies. The first time this downloads about 500 MB (PySide6 is most of "
        "it) and takes a few minutes; pip's progress follows.",
        flush=True,
    )
    log = VENV / "pip.log"
    log.unlink(missing_ok=True)
    target = f".[{extra}]" if extra else "."
    pip = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "on"]
    if run(*pip, "--log", log, "-e", target):
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        sys.exit(pip_hint(text))
    stamp.write_text(digest)
    print("Installed.", flush=True)


def _name(requirement: str) -> str:
    """`pyside6-essentials>=6.7,<6.12` -> `pyside6-essentials`."""
    return re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0]


def app(args: list[str]) -> int:
    ensure_venv("")
    print("Starting Vyapar Lite …", flush=True)
    return run(PYTHON, "-m", "vyapar_lite", *args)


def postgresql_programs() -> str | None:
    """The folder holding PostgreSQL's initdb and pg_ctl (on the PATH, or Debian's
    /usr/lib/postgresql/N/bin), or None when the server is not installed."""
    import glob

    folders = [os.path.dirname(p) for p in [shutil.which("pg_ctl")] if p]
    folders += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    return next(
        (
            f
            for f in folders
            if all(os.path.exists(os.path.join(f, n)) for n in ("initdb", "pg_ctl"))
        ),
        None,
    )


SERVER_RUN_SKIPPED = (
    "PostgreSQL is not installed, so the service tests run on SQLite only: the server run "
    "(tests/pg_cluster.py) is SKIPPED. Install it to run them on a server too (Debian/Ubuntu: "
    "sudo apt-get install postgresql); with CI=true its absence is a failure."
)


def spread_over_cores(args: list[str]) -> list[str]:
    """pytest-xdist options that run the tests on every core, one test file to a worker (a file's
    module fixtures, its throwaway server and its kill-test worker are made once), unless the
    options already say how (`-n 0` runs everything in one process, as a debugger wants)."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses", "--dist")) for a in args):
        return []
    return ["-n", "auto", "--dist", "loadfile"]


def test(args: list[str]) -> int:
    ensure_venv("test")
    if postgresql_programs() is None:
        print(SERVER_RUN_SKIPPED, flush=True)
    steps: list[tuple[str, list[str | Path]]] = [
        ("ruff lint", [PYTHON, "-m", "ruff", "check", "."]),
        ("ruff format", [PYTHON, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [PYTHON, "-m", "mypy"]),
        ("pytest", [PYTHON, "-m", "pytest", *spread_over_cores(args), *args]),
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
    if postgresql_programs() is None:
        print(SERVER_RUN_SKIPPED, flush=True)  # again at the end, where it is seen
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


def screenshot(args: list[str]) -> int:
    ensure_venv("")
    return run(PYTHON, ROOT / "build_scripts" / "screenshot.py", *args)


TRANSLATIONS = ROOT / "src" / "vyapar_lite" / "resources" / "translations"
LANGUAGES = ("hi",)  # English is the source text; each code here has a .ts and a .qm


def translations(args: list[str]) -> int:
    ensure_venv("")
    sources = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "src" / "vyapar_lite").rglob("*.py")
    )
    listing = ROOT / "build" / "translation-sources.txt"
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"vyapar_lite_{code}.ts"
        lupdate = BIN / "pyside6-lupdate"
        code_ = run(lupdate, "-no-obsolete", "-locations", "none", f"@{listing}", "-ts", ts)
        if code_ == 0:
            code_ = run(BIN / "pyside6-lrelease", ts, "-qm", ts.with_suffix(".qm"))
        if code_:
            return code_
    return 0


COMMANDS = {
    "app": app,
    "test": test,
    "build": build,
    "smoke": smoke,
    "screenshot": screenshot,
    "translations": translations,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
