"""Closing the window on the big shop: how soon it leaves the screen, and how long the closing
work (the dashboard's kept ageing, the backup, the audit anchor) then takes.

    python benchmarks/closing.py [--data FILE] [--runs 3] [--src DIR]

Each run is a fresh process (QT_QPA_PLATFORM=offscreen) on a copy of the shop in
benchmarks/data/closing/ (removed afterwards): the main window opens the shop and shows the
dashboard (its figures worked out), then `window.close()` is called. It reports the seconds
from that call to the window off the screen (taken when the first closing job, the kept
ageing's save or the backup, begins, if the window is hidden by then; otherwise when `close()`
returns) and to `close()` returning (all the closing work done), as medians. `--src` runs
other sources (the code before a change) on the same data.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from startup import DEFAULT_DATA, OtherLoad

WORK = Path(__file__).resolve().parent / "data" / "closing"
SRC = Path(__file__).resolve().parents[1] / "src"

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vyapar_lite.services import ageing_today, backups
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.shop_session import open_shop

path = Path(sys.argv[1])
app = QApplication(sys.argv[:1])
window = MainWindow(path, opened=False)
window.show()
open_shop(path)
window.shop_opened(path)
page = window.page("dashboard")
done = []
page.loaded.connect(lambda *a: done.append(1))
deadline = time.time() + 120
while not done and time.time() < deadline:
    app.processEvents()
    time.sleep(0.01)
marks = {}

def first_of_the_closing_work(real):
    def timed(*args, **kwargs):
        marks.setdefault("hidden", (time.perf_counter(), window.isVisible()))
        return real(*args, **kwargs)
    return timed

backups.back_up = first_of_the_closing_work(backups.back_up)
ageing_today.save = first_of_the_closing_work(ageing_today.save)
started = time.perf_counter()
window.close()
ended = time.perf_counter()
hidden, visible = marks.get("hidden", (ended, window.isVisible()))
if visible:  # still on the screen while the closing work ran: gone only when it is done
    hidden = ended
print(f"{hidden - started:.4f} {ended - started:.4f} {visible}")
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\\n\\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the big shop file")
    parser.add_argument("--runs", type=int, default=3, help="runs (default 3)")
    parser.add_argument("--src", type=Path, default=SRC, help="the sources to run (before/after)")
    args = parser.parse_args(argv)
    other_load = OtherLoad()
    hidden, closed = [], []
    try:
        for _ in range(args.runs):
            shutil.rmtree(WORK, ignore_errors=True)
            WORK.mkdir(parents=True)
            shop = WORK / "shop.vyapar"
            shutil.copyfile(args.data, shop)
            home = str(WORK / "home")
            env = {**os.environ, "PYTHONPATH": str(args.src), "QT_QPA_PLATFORM": "offscreen",
                   "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home}  # fmt: skip
            command = [sys.executable, "-c", CHILD, str(shop)]
            done = subprocess.run(command, env=env, capture_output=True, text=True,
                                  timeout=600, check=False)  # fmt: skip
            if done.returncode != 0:
                print(done.stderr[-2000:], file=sys.stderr)
                return 2
            gone, whole, visible = done.stdout.split()[-3:]
            if visible != "False":
                print("the window was still on screen when the closing backup began")
            hidden.append(float(gone))
            closed.append(float(whole))
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    print(f"window off the screen after close(): median {statistics.median(hidden):.3f} s "
          f"(min {min(hidden):.3f}, max {max(hidden):.3f})")  # fmt: skip
    print(f"closing work done (close() returned): median {statistics.median(closed):.2f} s "
          f"(min {min(closed):.2f}, max {max(closed):.2f})")  # fmt: skip
    print(other_load.describe(), f"(load average {os.getloadavg()[0]:.2f} at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
