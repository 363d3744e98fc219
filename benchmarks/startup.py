"""Start-up time to a usable main window: Vyapar Lite on a big shop versus a bare PySide6 window.

    python benchmarks/startup.py [--runs 7] [--max-ratio 1.5] [--data FILE] [--cold-data]
        [--baseline-only] [--no-bytecode-cache]

Each run is a fresh Python process with QT_QPA_PLATFORM=offscreen, timed by wall clock from
launch to the first rendered window ("window shown": the launch time goes to the child in
VYAPAR_LAUNCHED_AT and the child reports how long after it the window was on screen), to the
window showing the shop ("shop shown", the app only) and to exit:

- python floor: `python -c pass` (for reference only: what any Python program pays);
- baseline: import PySide6.QtWidgets, create QApplication and a 1000x700 QMainWindow, show it,
  process events once, `window.grab()` it, exit;
- app: `python -m vyapar_lite --smoke --data FILE` (shows the main window, opens the shop file in
  it, renders it, waits for the file's background check, exits 0).

Baseline and app runs alternate (baseline first in even rounds, app first in odd rounds) after one
untimed warm-up of each, so drift on the machine hits both alike. The report gives median and min
seconds, and ratios app/baseline of the medians. The limit (--max-ratio) applies to "shop
shown", start-up to the shop's first screen (issue 21's target); "window shown" (the empty frame)
and the exit times are reported beside it. The
exit status is 1 when the ratio exceeds --max-ratio, 2 when a run fails.

Children get PYTHONPYCACHEPREFIX=benchmarks/data/pycache (and PYTHONDONTWRITEBYTECODE unset), so
both sides run from cached bytecode as an installed or bundled app does; otherwise, with
PYTHONDONTWRITEBYTECODE=1 set, the app's own modules would be compiled afresh on every start.
--no-bytecode-cache leaves the environment as it is.

--cold-data drops the shop file (only that file) from the OS page cache before every app run
(Linux `posix_fadvise(DONTNEED)`), as after a reboot; Python and Qt themselves stay cached.
--cold-all empties the whole page cache (`sync`, then `3 > /proc/sys/vm/drop_caches`: Linux, as
root) before every run of the bare window and of the app, as the first start after a reboot: Python,
Qt's libraries and the shop file are all read from the disk. It slows every other program on the
machine for a while, so it is for a machine given over to the measurement.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
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
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("baseline")
window.resize(1000, 700)
window.show()
QApplication.processEvents()
image = window.grab()
print(f"window shown {time.time() - float(os.environ['VYAPAR_LAUNCHED_AT']):.3f} s after launch")
sys.exit(1 if image.isNull() else 0)
"""
MARKS = ("window shown", "shop shown")
MARK = re.compile(r"(window shown|shop shown) ([0-9.]+) s after launch")


class OtherLoad:
    """CPU time used by other processes while we measure, in cores (Linux; None elsewhere), and
    what the virtual machine's host took from it.

    Busy time from /proc/stat minus this process's and its finished children's CPU time. On a
    virtual machine the host may also run other guests on our cores: /proc/stat's *steal* is
    the time our cores were ready to run and the host ran something else, and a host's busy
    neighbour (a shared core's other thread) slows every instruction without showing as steal
    at all. So it also times a fixed piece of Python (`speed_probe`, about 0.3 s) when it is
    made, before the measuring starts, and again in `host()` (which `describe()` includes): the
    same work, so a larger figure is a slower machine, and figures taken at different times (or
    sessions, on other machines) compare only beside it.
    """

    def __init__(self) -> None:
        self.probe_before = speed_probe()
        self.start = self._snapshot()

    @staticmethod
    def _stat_seconds() -> tuple[float, float] | None:
        """(busy, stolen) seconds of all cores since boot."""
        try:
            first = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
        except OSError:
            return None
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in first[1:9])
        tick = os.sysconf("SC_CLK_TCK")
        return (user + nice + system + irq + softirq) / tick, steal / tick

    def _snapshot(self) -> tuple[float, tuple[float, float] | None, float]:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        ours = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
        return time.perf_counter(), self._stat_seconds(), ours

    def _since(self) -> tuple[float, float] | None:
        """(other processes' cores, the host's stolen cores) since the start."""
        (t1, stat1, ours1), (t2, stat2, ours2) = self.start, self._snapshot()
        if stat1 is None or stat2 is None or t2 <= t1:
            return None
        other = max(0.0, (stat2[0] - stat1[0] - (ours2 - ours1)) / (t2 - t1))
        return other, max(0.0, (stat2[1] - stat1[1]) / (t2 - t1))

    def cores(self) -> float | None:
        since = self._since()
        return None if since is None else since[0]

    def host(self) -> str:
        """What the host took (steal, in cores) and the speed probe before and now."""
        since = self._since()
        stolen = "unknown" if since is None else f"{since[1]:.2f} cores"
        return (
            f"the host took {stolen} (steal); speed probe "
            f"{self.probe_before:.0f} -> {speed_probe():.0f} ms"
        )

    def describe(self) -> str:
        since = self._since()
        if since is None:
            return "other processes' CPU use: unknown (no /proc/stat)"
        cores = since[0]
        warning = "" if cores < 0.1 else ": figures are skewed, measure again on an idle machine"
        return f"{self.host()}; other processes used {cores:.2f} cores meanwhile{warning}"


def speed_probe() -> float:
    """Milliseconds this machine takes for a fixed piece of pure Python (about 0.1 s on the
    2-core machines of December 2026 when their host is quiet): the smallest of 3 tries, so a
    figure says how fast the machine was, not what interrupted it once."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for n in range(1_500_000):
            total += n * n % 7
        best = min(best, time.perf_counter() - started)
    return best * 1000


@dataclass
class Subject:
    label: str
    command: list[str]
    times: list[float] = field(default_factory=list)
    marks: dict[str, list[float]] = field(default_factory=dict)

    def row(self) -> str:
        return _row(f"{self.label}: exit", self.times)

    def mark_rows(self) -> list[str]:
        return [_row(f"{self.label}: {m}", self.marks[m]) for m in MARKS if m in self.marks]


def _row(label: str, times: list[float]) -> str:
    return f"{label:<34} {statistics.median(times):7.3f} {min(times):7.3f} {max(times):7.3f}"


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


def source_digest() -> str:
    """A short digest of the app's Python sources, to tell which code a figure belongs to."""
    files = sorted((REPO / "src" / "vyapar_lite").rglob("*.py"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{digest.hexdigest()[:12]} ({len(files)} .py files)"


def drop_from_page_cache(path: Path) -> None:
    """Evict `path`'s pages from the OS page cache (Linux), so the next open reads the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def drop_all_caches() -> None:
    """Empty the OS page cache (Linux, root): the next start reads Python, Qt and the file from
    the disk."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")
    except OSError as exc:
        raise RunFailed(f"--cold-all needs Linux and root to empty the page cache: {exc}") from None


def timed_run(subject: Subject, env: dict[str, str], timeout: float) -> float:
    env = {**env, "VYAPAR_LAUNCHED_AT": repr(time.time())}
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
    for name, seconds in MARK.findall(done.stdout):
        subject.marks.setdefault(name, []).append(float(seconds))
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
    baseline = Subject("bare PySide6", [python, "-c", BASELINE_CODE])
    app = None
    if not args.baseline_only:
        ensure_data(args.data, env)
        command = [python, "-m", "vyapar_lite", "--smoke", "--data", str(args.data)]
        app = Subject("app", command)
    subjects = [s for s in (baseline, app) if s is not None]
    for subject in subjects:  # warm-up: .pyc files, shared libraries, fonts
        timed_run(subject, env, args.timeout)
        subject.marks.clear()
    for round_number in range(args.runs):
        floor.times.append(timed_run(floor, env, args.timeout))
        order = subjects if round_number % 2 == 0 else subjects[::-1]
        for subject in order:
            if args.cold_all:
                drop_all_caches()
            elif subject is app and args.cold_data:
                drop_from_page_cache(args.data)
            subject.times.append(timed_run(subject, env, args.timeout))
    return floor, baseline, app


def report(args: argparse.Namespace, floor: Subject, baseline: Subject, app: Subject | None) -> int:
    data = "none (--baseline-only)"
    if app is not None:
        size = args.data.stat().st_size / 1e6
        cache = (
            "the whole page cache emptied before every run"
            if args.cold_all
            else "dropped from page cache before each app run"
            if args.cold_data
            else "warm cache"
        )
        data = f"{args.data} ({size:.1f} MB, {cache})"
    print(f"start-up to a rendered main window, QT_QPA_PLATFORM=offscreen, {args.runs} runs each, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")  # fmt: skip
    print(f"data: {data}")
    if app is not None:
        digest = source_digest()
        changed = "" if digest == args.digest_before else " (CHANGED during the runs)"
        print(f"app sources: src/vyapar_lite digest {digest}{changed}")
    print(args.other_load.describe())
    print(f"{'seconds':<34} {'median':>7} {'min':>7} {'max':>7}")
    for subject in (floor, baseline, app):
        if subject is not None:
            for line in subject.mark_rows():
                print(line)
            print(subject.row())
    if app is None:
        return 0
    base = statistics.median(baseline.marks["window shown"])
    for name in MARKS:
        print(f"ratio app {name} / baseline window shown: "
              f"{statistics.median(app.marks[name]) / base:.2f}")  # fmt: skip
    exits = statistics.median(app.times) / statistics.median(baseline.times)
    print(f"ratio app exit / baseline exit: {exits:.2f}")
    ratio = statistics.median(app.marks["shop shown"]) / base
    verdict = "ok" if ratio <= args.max_ratio else "TOO SLOW"
    print(f"start-up to the shop's first screen: {ratio:.2f} x baseline; "
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
        "--cold-all", action="store_true",
        help="empty the whole page cache before every run (Linux, root)",
    )  # fmt: skip
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
    args.other_load = OtherLoad()
    args.digest_before = source_digest()
    try:
        floor, baseline, app = measure(args)
    except (RunFailed, subprocess.CalledProcessError) as exc:
        print(f"startup: {exc}", file=sys.stderr)
        return 2
    return report(args, floor, baseline, app)


if __name__ == "__main__":
    sys.exit(main())
