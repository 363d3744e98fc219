"""Work that waits until a widget is on the screen: the shop is painted first, the rest follows.

At start-up the shop's first screen is what the shopkeeper waits for (issue 21); what it does not
need to draw itself (the dashboard's figures on their worker, the file's quick check, the
statements' supplier side) starts once the widget has been painted. `after_paint(widget, job)`
runs `job` on the UI thread just after the widget's next paint, once; a job asked for again
before that paint runs once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

Job = Callable[[], object]
FALLBACK_MS = 250  # the latest a job waits for a paint


class _AfterPaint(QObject):
    """An event filter on the widget: at its next paint, the jobs are queued behind it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)  # a child: it goes with the widget, and so do its jobs
        self.widget = widget
        self.jobs: list[Job] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: object) -> bool:
        # QPaintEvent rather than QEvent.Type.Paint: the event types' enum is not built at start
        if isinstance(event, QPaintEvent):
            self.run_waiting()
        return False

    def run_waiting(self) -> None:
        jobs, self.jobs = self.jobs, []
        for job in jobs:  # each on its own: one that fails does not hold up the others
            QTimer.singleShot(0, self.widget, job)  # after this paint is done


def after_paint(widget: QWidget, job: Job) -> None:
    """Run `job` just after `widget` is next painted (once, however often it is asked for)."""
    waiting = next((c for c in widget.children() if isinstance(c, _AfterPaint)), None)
    if waiting is None:
        waiting = _AfterPaint(widget)
    if job not in waiting.jobs:
        waiting.jobs.append(job)
    # A container that paints nothing of its own may get no paint event on a real screen (X11
    # showed the dashboard's figures never loading): the jobs run by this time regardless.
    QTimer.singleShot(FALLBACK_MS, waiting, waiting.run_waiting)
