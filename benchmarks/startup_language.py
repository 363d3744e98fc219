"""Start-up in Hindi versus English: the same app, the same shop, only Settings › Language differs.

    python benchmarks/startup_language.py [--runs 11] [--max-ratio 1.05] [--data FILE]

Each run is a fresh `python -m vyapar_lite --smoke` (as benchmarks/startup.py runs it, from cached
bytecode, QT_QPA_PLATFORM=offscreen), timed to "window shown" and "shop shown" (reported by the
child, see startup.py) and to exit. The language is the one thing that differs: each side gets its
own XDG_CONFIG_HOME whose QSettings file chooses `en` or `hi` (Hindi then loads
vyapar_lite_hi.qm; both register the bundled Devanagari font). English and Hindi runs alternate
after one untimed warm-up of each. Without --data the sample shop (`--demo`) is made once in a
temporary folder and reused; the translator's cost does not depend on the shop's size.

The report gives median and min seconds and the Hindi/English ratio of the medians; the exit
status is 1 when the "shop shown" ratio exceeds --max-ratio (issue 20: within 5%), 2 when a run
fails.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import OtherLoad, RunFailed, Subject, child_env, source_digest, timed_run

ORG, APP = "VyaparLite", "Vyapar Lite"  # vyapar_lite.ORG_NAME / APP_NAME (checked below)


def settings_home(root: Path, code: str) -> Path:
    """An XDG_CONFIG_HOME whose QSettings file chooses the language `code`."""
    home = root / f"config-{code}"
    conf = home / ORG / f"{APP}.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[ui]\nlanguage={code}\n", encoding="utf-8")
    return home


def check_language(command: list[str], env: dict[str, str], code: str, timeout: float) -> None:
    """One untimed run, which must say it started in `code` (the smoke line names it)."""
    done = subprocess.run(
        command, env={**env, "VYAPAR_LAUNCHED_AT": repr(time.time())}, capture_output=True,
        text=True, timeout=timeout, check=False,
    )  # fmt: skip
    if done.returncode != 0 or f"language {code}" not in done.stdout:
        raise RunFailed(f"{code}: {(done.stdout + done.stderr).strip()[-400:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs of each (default 11)")
    parser.add_argument("--max-ratio", type=float, default=1.05, help="Hindi/English limit")
    parser.add_argument("--data", type=Path, help="shop file (default: a new sample shop)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import vyapar_lite

    if (vyapar_lite.ORG_NAME, vyapar_lite.APP_NAME) != (ORG, APP):
        print("startup_language.py: update ORG/APP to vyapar_lite's names", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="vyapar-lang-bench-") as folder:
        root = Path(folder)
        data = args.data or root / "demo-shop.vyapar"
        command = [sys.executable, "-m", "vyapar_lite", "--smoke", "--data", str(data)]
        if args.data is None:
            command.append("--demo")
        base = child_env()
        base["XDG_DATA_HOME"] = str(root / "data")  # the log, kept out of the user's folder
        sides = [
            (Subject(name, command), {**base, "XDG_CONFIG_HOME": str(settings_home(root, code))})
            for name, code in (("English", "en"), ("Hindi", "hi"))
        ]
        load = OtherLoad()
        try:
            for (_subject, env), code in zip(sides, ("en", "hi"), strict=True):
                check_language(command, env, code, args.timeout)  # also the warm-up, not timed
            for i in range(args.runs):
                for subject, env in sides if i % 2 == 0 else sides[::-1]:
                    subject.times.append(timed_run(subject, env, args.timeout))
        except RunFailed as exc:
            print(f"startup_language.py: {exc}", file=sys.stderr)
            return 2
    print(f"code {source_digest()}; {args.runs} runs each; {load.describe()}")
    print(f"{'seconds':<34} {'median':>7} {'min':>7} {'max':>7}")
    for subject, _env in sides:
        for row in subject.mark_rows():
            print(row)
        print(subject.row())
    english, hindi = sides[0][0], sides[1][0]
    ratios = {
        mark: statistics.median(hindi.marks[mark]) / statistics.median(english.marks[mark])
        for mark in ("window shown", "shop shown")
    }
    for mark, ratio in ratios.items():
        print(f"Hindi / English, {mark}: {ratio:.3f}")
    ok = ratios["shop shown"] <= args.max_ratio
    print(f"limit {args.max_ratio:.2f}: {'ok' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
