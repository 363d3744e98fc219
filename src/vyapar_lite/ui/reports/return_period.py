"""A GST return period picker: a month or a quarter of the financial year (QRMP filers), the
last twenty-four months and eight quarters, the last complete month first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.returns import period as periods
from vyapar_lite.services.returns.period import ReturnPeriod

MONTHS_SHOWN = 24
# a return period's months in the screens' language (services' `ReturnPeriod.label` is English)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("months", "January"), QT_TRANSLATE_NOOP("months", "February"),
    QT_TRANSLATE_NOOP("months", "March"), QT_TRANSLATE_NOOP("months", "April"),
    QT_TRANSLATE_NOOP("months", "May"), QT_TRANSLATE_NOOP("months", "June"),
    QT_TRANSLATE_NOOP("months", "July"), QT_TRANSLATE_NOOP("months", "August"),
    QT_TRANSLATE_NOOP("months", "September"), QT_TRANSLATE_NOOP("months", "October"),
    QT_TRANSLATE_NOOP("months", "November"), QT_TRANSLATE_NOOP("months", "December"),
)  # fmt: skip


def period_label(p: ReturnPeriod) -> str:
    """ "May 2026", "Q1 2026-27 (April 2026 to June 2026)" in the screens' language (the same
    English as `ReturnPeriod.label`)."""
    first = QCoreApplication.translate("months", MONTH_NAMES[p.start.month - 1])
    if not p.quarterly:
        return QCoreApplication.translate("months", "{month} {year}").format(
            month=first, year=p.start.year
        )
    last = QCoreApplication.translate("months", MONTH_NAMES[p.end.month - 1])
    fy = p.start.year if p.start.month >= 4 else p.start.year - 1
    n = (p.start.month - 4) % 12 // 3 + 1
    return QCoreApplication.translate(
        "months", "Q{n} {fy}-{next} ({first} {start} to {last} {end})"
    ).format(
        n=n, fy=fy, next=f"{(fy + 1) % 100:02d}", first=first, start=p.start.year, last=last,
        end=p.end.year,
    )  # fmt: skip


QUARTERS_SHOWN = 8


def months_before(today: date, count: int = MONTHS_SHOWN) -> list[ReturnPeriod]:
    """The months before `today`'s, the latest first."""
    out = []
    year, month = today.year, today.month
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        out.append(periods.of_month(year, month))
    return out


def quarters_up_to(today: date, count: int = QUARTERS_SHOWN) -> list[ReturnPeriod]:
    """The quarters of the financial year that have started by `today`, the latest first
    (the current one included: a quarterly filer may look at it before it ends)."""
    fy = today.year if today.month >= 4 else today.year - 1
    quarter = (today.month - 4) % 12 // 3 + 1
    out = []
    for _ in range(count):
        out.append(periods.of_quarter(fy, quarter))
        fy, quarter = (fy, quarter - 1) if quarter > 1 else (fy - 1, 4)
    return out


class ReturnPeriodPicker(QWidget):
    """`changed` when a period is chosen; `period()` the one shown."""

    changed = Signal()

    def __init__(self, name: str, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or date.today()
        self.kind = QComboBox()
        self.kind.setObjectName(f"{name}.kind")
        self.kind.addItems(
            [
                QCoreApplication.translate("return_period", "Month"),
                QCoreApplication.translate("return_period", "Quarter"),
            ]
        )
        self.choice = QComboBox()
        self.choice.setObjectName(f"{name}.choice")
        self.choice.setMinimumContentsLength(28)
        self._periods: list[ReturnPeriod] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.choice)
        self.setFocusProxy(self.kind)
        self.kind.activated.connect(lambda _i: self._fill())
        self.choice.activated.connect(lambda _i: self.changed.emit())
        self._fill(emit=False)

    def _fill(self, *, emit: bool = True) -> None:
        quarterly = self.kind.currentIndex() == 1
        self._periods = quarters_up_to(self.today) if quarterly else months_before(self.today)
        self.choice.clear()
        self.choice.addItems([period_label(p) for p in self._periods])
        if emit:
            self.changed.emit()

    def period(self) -> ReturnPeriod:
        return self._periods[max(self.choice.currentIndex(), 0)]

    def set_period(self, wanted: ReturnPeriod) -> None:
        """Show `wanted` (a month or quarter), adding it to the list if it is older."""
        self.kind.setCurrentIndex(1 if wanted.quarterly else 0)
        self._fill(emit=False)
        if wanted not in self._periods:
            self._periods.append(wanted)
            self.choice.addItem(period_label(wanted))
        self.choice.setCurrentIndex(self._periods.index(wanted))
