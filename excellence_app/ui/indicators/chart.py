"""The chart of one indicator: its values per period, the target as a dashed line and the
comparison series, the unit on the value axis and the figure label in the title, as the
figure appears in the application package."""

from __future__ import annotations

import math

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from excellence_app.core.snapshots import Indicator
from excellence_app.ui.indicators.comparison_series_model import kind_word
from excellence_app.ui.indicators.model import sort_periods
from excellence_app.ui.shell import i18n

OWN = QColor("#1f6f8b")
TARGET = QColor("#c53030")
COMPARISON_COLORS = (QColor("#c55a11"), QColor("#548235"), QColor("#7f6084"), QColor("#8a6d3b"))
GRID = QColor("#e4e7eb")
TEXT = QColor("#52606d")


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color)
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def _decimals(step: float) -> int:
    if step <= 0:
        return 0
    return max(0, min(4, -math.floor(math.log10(step) + 1e-9)))


class IndicatorChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setStyleSheet("background: transparent; border: none;")
        self.setMinimumHeight(220)
        self.title = ""
        self.series_names: list[str] = []
        self.show_indicator(None, "")

    def show_indicator(self, ind: Indicator | None, label: str) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(9.0, self.font().pointSizeF() + 0.5))
        chart.setTitleFont(title_font)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setLabelColor(TEXT)
        self.series_names = []
        if ind is None:
            self.title = QCoreApplication.translate("IndicatorChart", "选择一个指标查看图表")
            legend.setVisible(False)
        else:
            self.title = f"{label}  {ind.name}"
            if not ind.values and not ind.comparisons:
                self.title += QCoreApplication.translate("IndicatorChart", "（尚无数据）")
            self._fill(chart, ind)
        chart.setTitle(self.title)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _fill(self, chart: QChart, ind: Indicator) -> None:
        comparisons = [c for c in ind.comparisons if c.values]
        periods = sort_periods(
            {p.period for p in ind.values} | {p.period for c in comparisons for p in c.values}
        )
        if not periods:
            chart.legend().setVisible(False)
            return
        place = {period: n for n, period in enumerate(periods)}
        values: list[float] = []

        def line(name: str, points: list[tuple[str, float]], pen: QPen, marker: float) -> QLineSeries:
            series = QLineSeries()
            series.setName(name)
            series.setPen(pen)
            series.setPointsVisible(True)
            series.setMarkerSize(marker)
            for period, value in points:
                series.append(place[period], value)
                values.append(value)
            chart.addSeries(series)
            self.series_names.append(name)
            return series

        lines = [
            line(
                QCoreApplication.translate("IndicatorChart", "本组织"),
                [(p.period, p.value) for p in ind.values],
                _pen(OWN, 2.4),
                7.0,
            )
        ]
        for n, comp in enumerate(comparisons):
            kind = kind_word(comp.kind)
            name = (
                QCoreApplication.translate("IndicatorChart", "{0}（{1}）").format(comp.name, kind)
                if kind and kind not in comp.name
                else comp.name
            )
            color = COMPARISON_COLORS[n % len(COMPARISON_COLORS)]
            lines.append(line(name, [(p.period, p.value) for p in comp.values], _pen(color, 1.6), 6.0))
        if ind.target is not None:
            target_name = QCoreApplication.translate("IndicatorChart", "目标 {0}{1}").format(
                i18n.number(ind.target, 4), ind.unit
            )
            target = QLineSeries()
            target.setName(target_name)
            target.setPen(_pen(TARGET, 1.6, Qt.PenStyle.DashLine))
            target.append(-0.4, ind.target)
            target.append(len(periods) - 0.6, ind.target)
            values.append(ind.target)
            chart.addSeries(target)
            self.series_names.append(target_name)
            lines.append(target)
        self._axes(chart, lines, periods, values, ind.unit)

    def _axes(
        self, chart: QChart, lines: list[QLineSeries], periods: list[str], values: list[float], unit: str
    ) -> None:
        axis_font = QFont(self.font())
        axis_font.setPointSizeF(8.5)
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setRange(-0.4, len(periods) - 0.6)
        for n, period in enumerate(periods):
            x.append(period, n)
        x.setGridLineVisible(False)
        y = QValueAxis()
        low, high = min(values), max(values)
        span = (high - low) or abs(high) or 1.0
        y.setRange(low - span * 0.15, high + span * 0.2)
        y.setTickCount(5)
        y.applyNiceNumbers()
        step = (y.max() - y.min()) / max(1, y.tickCount() - 1)
        y.setLabelFormat(f"%.{_decimals(step)}f")
        y.setTitleText(unit)
        for axis in (x, y):
            axis.setLabelsFont(axis_font)
            axis.setLabelsColor(TEXT)
            axis.setGridLineColor(GRID)
            axis.setLinePenColor(GRID)
        y.setTitleFont(axis_font)
        y.setTitleBrush(TEXT)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in lines:
            series.attachAxis(x)
            series.attachAxis(y)
