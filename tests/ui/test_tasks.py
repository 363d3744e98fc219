"""Background work (`ui/tasks.py`): when its outcome reaches the screen the task is over, so the
screen may start the same work again at once (the dashboard's F5 pressed as its figures arrive
was ignored while the worker thread had not yet finished closing its connection)."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from vyapar_lite.services import threads
from vyapar_lite.ui.tasks import Task, run_in_background


def test_a_task_is_over_when_its_outcome_arrives(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    leaving = threading.Event()
    real_end = threads.end_of_work

    def slow_end() -> None:  # the worker held up after telling its outcome (a busy machine)
        leaving.wait(5)
        real_end()

    monkeypatch.setattr(threads, "end_of_work", slow_end)
    seen: list[tuple[str, bool]] = []
    task = run_in_background(lambda _progress: 42)
    task.succeeded.connect(lambda result: seen.append((str(result), task.running)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    leaving.set()
    assert seen == [("42", False)]


def test_a_failed_task_is_over_when_its_failure_arrives(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    leaving = threading.Event()
    real_end = threads.end_of_work
    monkeypatch.setattr(threads, "end_of_work", lambda: (leaving.wait(5), real_end()))

    def fails(_progress: object) -> None:
        raise ValueError("no figures today")

    seen: list[tuple[str, bool]] = []
    task: Task = run_in_background(fails)
    task.failed.connect(lambda message: seen.append((message, task.running)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    leaving.set()
    assert seen == [("ValueError: no figures today", False)]
