"""Start-up time to a usable main window: Vyapar Lite on a big shop versus a bare PySide6 window.

    python benchmarks/startup.py [--runs 7] [--max-ratio 1.5] [--data FILE] [--cold-data]
        [--baseline-only] [--no-bytecode-cache]

Each run is a fresh Python process, timed by wall clock from launch to exit, with
QT_QPA_PLATFORM=offscreen:

- python floor: `python -c pass` (for reference only: what any Python program pays);
- baseline: import PySide6.QtWidgets, create QApplication and a 1000x700 QMainWindow, show it,
  process events once, `window.grab()` it, exit;
- app: `python -m vyapar_lite --smoke --data FILE` (opens and checks the shop file, shows the main
  window, renders it once, exits 0).

Baseline and app runs alternate (baseline first in even rounds, app first in odd rounds) after one
untimed warm-up of each, so drift on the machine hits both alike. The report gives median and min
seconds and the ratio app/baseline of the medians; the exit status is 1 when that ratio exceeds
--max-ratio, 2 when a run fails.

Children get PYTHONPYCACHEPREFIX=benchmarks/data/pycache (and PYTHONDONTWRITEBYTECODE unset), so
both sides run from cached bytecode as an installed or bundled app does; otherwise, with
PYTHONDONTWRITEBYTECODE=1 set, the app's own modules would be compiled afresh on every start.
--no-bytecode-cache leaves the environment as it is.

--cold-data drops the shop file (only that file) from the OS page cache before every app run
(Linux `posix_fadvise(DONTNEED)`), as after a reboot; Python and Qt themselves stay cached.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
DEFAULT_DATA = BENCHMARKS / "data" / "shop-10k-1m.vyapar"
PYCACHE = BENCHMARKS / "data" / "pycache"

BASELINE_CODE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("baseline")
window.resize(1000, 700)
window.show()
QApplication.processEvents()
image = window.grab()
sys.exit(1 if image.isNull() else 0)
"""


@dataclass
class Subject:
    label: str
    command: list[str]
    times: list[float] = field(default_factory=list)

    def row(self) -> str:
        return (
            f"{self.label:<22} {statistics.median(self.times):7.3f} {min(self.times):7.3f} "
            f"{max(self.times):7.3f}"
        )


class RunFailed(Exception):
    pass


def child_env(*, bytecode_cache: bool = True) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if bytecode_cache:  # like an installed or bundled app, whatever PYTHONDONTWRITEBYTECODE says
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    src = str(REPO / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    return env


def drop_from_page_cache(path: Path) -> None:
    """Evict `path`'s pages from the OS page cache (Linux), so the next open reads the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def timed_run(subject: Subject, env: dict[str, str], timeout: float) -> float:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            subject.command, env=env, cwd=REPO, capture_output=True, text=True,
            timeout=timeout, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise RunFailed(f"{subject.label}: no exit within {timeout:.0f} s") from None
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise RunFailed(f"{subject.label}: exit status {done.returncode}\n{tail}")
    return elapsed


def ensure_data(path: Path, env: dict[str, str]) -> None:
    if path.exists():
        return
    if path.resolve() != DEFAULT_DATA:
        raise RunFailed(f"no shop file at {path}")
    print(f"{path} is missing; generating it (10,000 customers, 1,000,000 entries)", flush=True)
    subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate_shop.py"), "--out", str(path),
         "--customers", "10000", "--entries", "1000000", "--seed", "1"],
        env=env, check=True,
    )  # fmt: skip


def measure(args: argparse.Namespace) -> tuple[Subject, Subject, Subject | None]:
    env = child_env(bytecode_cache=not args.no_bytecode_cache)
    python = sys.executable
    floor = Subject("python -c pass", [python, "-c", "pass"])
    baseline = Subject("bare PySide6 window", [python, "-c", BASELINE_CODE])
    app = None
    if not args.baseline_only:
        ensure_data(args.data, env)
        command = [python, "-m", "vyapar_lite", "--smoke", "--data", str(args.data)]
        app = Subject("vyapar_lite --smoke", command)
    subjects = [s for s in (baseline, app) if s is not None]
    for subject in subjects:  # warm-up: .pyc files, shared libraries, fonts
        timed_run(subject, env, args.timeout)
    for round_number in range(args.runs):
        floor.times.append(timed_run(floor, env, args.timeout))
        order = subjects if round_number % 2 == 0 else subjects[::-1]
        for subject in order:
            if subject is app and args.cold_data:
                drop_from_page_cache(args.data)
            subject.times.append(timed_run(subject, env, args.timeout))
    return floor, baseline, app


def report(args: argparse.Namespace, floor: Subject, baseline: Subject, app: Subject | None) -> int:
    data = "none (--baseline-only)"
    if app is not None:
        size = args.data.stat().st_size / 1e6
        cache = "dropped from page cache before each app run" if args.cold_data else "warm cache"
        data = f"{args.data} ({size:.1f} MB, {cache})"
    print(f"start-up to a rendered main window, QT_QPA_PLATFORM=offscreen, {args.runs} runs each, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")  # fmt: skip
    print(f"data: {data}")
    print(f"load average before/after: {args.load_before:.2f} / {os.getloadavg()[0]:.2f} "
          "(figures are only comparable on an otherwise idle machine)")  # fmt: skip
    print(f"{'seconds':<22} {'median':>7} {'min':>7} {'max':>7}")
    for subject in (floor, baseline, app):
        if subject is not None:
            print(subject.row())
    if app is None:
        return 0
    ratio = statistics.median(app.times) / statistics.median(baseline.times)
    min_ratio = min(app.times) / min(baseline.times)
    verdict = "ok" if ratio <= args.max_ratio else "TOO SLOW"
    print(f"ratio app/baseline: {ratio:.2f} (medians), {min_ratio:.2f} (mins); "
          f"limit {args.max_ratio:.2f}: {verdict}")  # fmt: skip
    return 0 if ratio <= args.max_ratio else 1


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument(
        "--max-ratio", type=float, default=1.5, help="fail above this app/baseline (default 1.5)"
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA,
        help="shop file for the app (default benchmarks/data/shop-10k-1m.vyapar, generated "
        "if missing)",
    )  # fmt: skip
    parser.add_argument(
        "--cold-data", action="store_true", help="drop the shop file from the page cache first"
    )
    parser.add_argument(
        "--baseline-only", action="store_true", help="measure the bare PySide6 window only"
    )
    parser.add_argument(
        "--no-bytecode-cache", action="store_true",
        help="leave PYTHONDONTWRITEBYTECODE and PYTHONPYCACHEPREFIX as they are",
    )  # fmt: skip
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run (default 120)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.data = args.data.expanduser().absolute()
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.load_before = os.getloadavg()[0]
    try:
        floor, baseline, app = measure(args)
    except (RunFailed, subprocess.CalledProcessError) as exc:
        print(f"startup: {exc}", file=sys.stderr)
        return 2
    return report(args, floor, baseline, app)


if __name__ == "__main__":
    sys.exit(main())
