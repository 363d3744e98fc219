"""The dashboard's three charts (QtCharts): sales by month for the last 12 months, receivables
ageing, and the top 10 customers by sales. Bars are drawn in rupees, thousands, lakhs or crores
(whichever suits the biggest bar); the exact amounts are in the reports each chart opens.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.dashboard import Dashboard

# (paise in one unit, the axis title): the largest unit with the biggest bar at least 1
UNITS = (
    (100_00_00_000, QT_TRANSLATE_NOOP("dashboard", "₹ crore")),
    (100_00_000, QT_TRANSLATE_NOOP("dashboard", "₹ lakh")),
    (100_000, QT_TRANSLATE_NOOP("dashboard", "₹ thousand")),
    (100, "₹"),
)
# the month axis's names, January first, translated where shown (not the C locale's %b)
MONTHS = (
    QT_TRANSLATE_NOOP("dashboard", "Jan"), QT_TRANSLATE_NOOP("dashboard", "Feb"),
    QT_TRANSLATE_NOOP("dashboard", "Mar"), QT_TRANSLATE_NOOP("dashboard", "Apr"),
    QT_TRANSLATE_NOOP("dashboard", "May"), QT_TRANSLATE_NOOP("dashboard", "Jun"),
    QT_TRANSLATE_NOOP("dashboard", "Jul"), QT_TRANSLATE_NOOP("dashboard", "Aug"),
    QT_TRANSLATE_NOOP("dashboard", "Sep"), QT_TRANSLATE_NOOP("dashboard", "Oct"),
    QT_TRANSLATE_NOOP("dashboard", "Nov"), QT_TRANSLATE_NOOP("dashboard", "Dec"),
)  # fmt: skip
NOT_DUE = QT_TRANSLATE_NOOP("dashboard", "Not due")  # domain.ageing.NOT_DUE


def month_name(start: date, *, with_year: bool) -> str:
    """`Jan 26` for a January or the first bar, else `Feb`, in the app's language."""
    name = QCoreApplication.translate("dashboard", MONTHS[start.month - 1])
    return f"{name} {start:%y}" if with_year else name


def ageing_label(label: str) -> str:
    """An ageing column's title ("Not due", "0-30", "Over 90") in the app's language."""
    if label == NOT_DUE:
        return QCoreApplication.translate("dashboard", NOT_DUE)
    if label.startswith("Over "):
        return QCoreApplication.translate("dashboard", "Over {days}").format(days=label[5:])
    return label


def unit_for(largest_paise: int) -> tuple[int, str]:
    for paise, title in UNITS:
        if largest_paise >= paise:
            return paise, title
    return UNITS[-1]


def in_units(paise: int, unit: int) -> float:
    """A bar's height in `unit`s: Qt draws doubles; the money itself stays in paise."""
    return float(Decimal(paise) / Decimal(unit))


class DashboardCharts(QWidget):
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard.charts")
        self.views: dict[str, QChartView] = {}
        self.bars: dict[str, QBarSet] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key, title, opens, target in (
            (
                "months",
                QT_TRANSLATE_NOOP("dashboard", "Sales by month"),
                QT_TRANSLATE_NOOP("dashboard", "Sales register…"),
                "register_year",
            ),
            (
                "ageing",
                QT_TRANSLATE_NOOP("dashboard", "What customers owe, by age"),
                QT_TRANSLATE_NOOP("dashboard", "Ageing report…"),
                "ageing",
            ),
            (
                "top",
                QT_TRANSLATE_NOOP("dashboard", "Top 10 customers by sales"),
                QT_TRANSLATE_NOOP("dashboard", "Customer insights…"),
                "insights",
            ),
        ):
            chart = QChart()
            chart.setTitle(QCoreApplication.translate("dashboard", title))
            chart.legend().hide()
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            view = QChartView(chart)
            view.setObjectName(f"dashboard.chart.{key}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(260, 220)
            button = QPushButton(QCoreApplication.translate("dashboard", opens))
            button.setObjectName(f"dashboard.open.{key}")
            button.setFlat(True)
            button.clicked.connect(lambda _c=False, t=target: self.open_requested.emit(t))
            column = QVBoxLayout()
            column.addWidget(view, 1)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            row.addLayout(column, 4 if key == "months" else 3)
            self.views[key] = view

    def show_dashboard(self, d: Dashboard) -> None:
        months = [
            month_name(start, with_year=start.month == 1 or n == 0)
            for n, (start, _) in enumerate(d.monthly_sales)
        ]
        self._bars("months", months, [value for _, value in d.monthly_sales], "#2e7d32")
        self.views["months"].chart().axes(Qt.Orientation.Horizontal)[0].setLabelsAngle(-90)
        # a horizontal chart draws the first bar at the bottom: "Not due" goes on top
        ageing = list(zip(d.ageing_labels, d.ageing_totals, strict=True))[::-1]
        self._bars(
            "ageing",
            [ageing_label(label) for label, _ in ageing],
            [v for _, v in ageing],
            "#c62828",
            across=True,
        )
        top = list(reversed(d.top_customers))  # the biggest at the top of a horizontal chart
        self._bars(
            "top", [_short(c.name) for c in top], [c.sales for c in top], "#1565c0", across=True
        )

    def values(self, key: str) -> list[float]:
        """The bar heights shown, in the order added (tests read them)."""
        bar_set = self.bars[key]
        return [bar_set.at(i) for i in range(bar_set.count())]

    def _bars(
        self, key: str, labels: list[str], paise: list[int], color: str, *, across: bool = False
    ) -> None:
        chart = self.views[key].chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        unit, unit_title = unit_for(max(paise, default=0))
        unit_title = QCoreApplication.translate("dashboard", unit_title)
        bar_set = QBarSet(unit_title)
        bar_set.setColor(QColor(color))
        heights = [in_units(amount, unit) for amount in paise]
        for height in heights:
            bar_set.append(height)
        series = QHorizontalBarSeries() if across else QBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)  # "Nov" turned on its side, not "…"
        categories.append(labels or [""])
        values = QValueAxis()
        values.setTitleText(unit_title)
        values.setLabelFormat("%g")
        label_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if across
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, label_side)
        chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)
        values.setRange(0, max([1.0, *heights]))
        values.applyNiceNumbers()
        self.bars[key] = bar_set


def _short(name: str, width: int = 18) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
