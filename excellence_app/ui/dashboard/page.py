"""The 概览 page: where the organisation stands. Every number is read from the
core Summary (ProjectService.summary), never added up here."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QTableWidgetItem,
    QWidget,
)

from excellence_app.core.changes import KINDS, Kind
from excellence_app.core.summary import Summary
from excellence_app.ui.generated.ui_dashboard_page import Ui_DashboardPage
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec
from excellence_app.ui.shell.resources import icon

ACCENT = QColor("#1f6f8b")
ACCENT_LIGHT = QColor(31, 111, 139, 60)
GRID = QColor("#e4e7eb")
TEXT = QColor("#52606d")
ITEM_ROLE = Qt.ItemDataRole.UserRole
CHART_HEIGHT = 300
RADAR_MIN_WIDTH = 330
SIDE_BY_SIDE_WIDTH = 840  # the bars' own width and the radar's minimum, with the margins


def _style(chart: QChart) -> QChart:
    chart.setBackgroundVisible(False)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def wrap_label(text: str, width: int) -> str:
    """Break a category title into short lines for a chart label (chart labels take HTML)."""
    if " " in text.strip():  # English: break between words
        lines, line = [], ""
        for word in text.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    else:
        lines = [text[i : i + width] for i in range(0, len(text), width)]
    return "<br>".join(lines)


def _axis_font(axis: object) -> None:
    font = QFont()
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)  # type: ignore[attr-defined]
    axis.setLabelsColor(TEXT)  # type: ignore[attr-defined]
    axis.setGridLineColor(GRID)  # type: ignore[attr-defined]


class DashboardPage(Page):
    watches: tuple[Kind, ...] = tuple(k for k in KINDS if k != "actions")  # all but action plans

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.bar_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        self.radar_view: QChartView | None = None
        ui = self.ui
        ui.topOpenTable.setColumnCount(4)
        ui.topOpenTable.verticalHeader().setVisible(False)
        header = ui.topOpenTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.topOpenTable.cellDoubleClicked.connect(self._open_top)
        ui.topOpenTable.cellActivated.connect(self._open_top)
        ui.flaggedList.setWordWrap(True)
        ui.flaggedList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.flaggedList.itemActivated.connect(self._open_flagged)
        ui.flaggedList.itemDoubleClicked.connect(self._open_flagged)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The radar beside the bars while both have their room; below them on a narrower page
        # (a small screen, or the find dock open), where side by side it shrank to a dot.
        side = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        if self.ui.chartRow.direction() != direction:
            self.ui.chartRow.setDirection(direction)

    def refresh(self) -> None:
        if self.session is None:
            return
        s = self.session.summary
        self._figures(s)
        self._progress(s)
        self._bars(s)
        self._radar(s)
        self._top_open(s)
        self._flagged(s)

    # --- figures -----------------------------------------------------------------------------
    def _figures(self, s: Summary) -> None:
        ui = self.ui
        assert self.session is not None
        fw = self.session.framework
        award = self.session.service.award_profile(self.session.snapshot.cycle.award_profile)
        ui.subtitleLabel.setText(
            self.tr("{0} · {1} · {2}").format(s.organisation, s.cycle, i18n.title(award.name, award.name_en))
        )
        ui.totalFigure.setText(i18n.number(s.total, 2))
        if s.items_scored:
            ui.totalCaption.setText(self.tr("满分 {0} · 分数段 {1}").format(fw.total_points, s.band_label))
        else:  # no band for a total nobody has scored yet
            ui.totalCaption.setText(self.tr("满分 {0} · 尚未评分").format(fw.total_points))
        rule = i18n.title(*s.band_rule)
        ui.totalFigure.setToolTip(rule)
        ui.totalCaption.setToolTip(rule)
        process_points = sum(i.points for i in fw.items() if i.kind == "process")
        results_points = fw.total_points - process_points
        ui.processFigure.setText(i18n.number(s.process_total, 2))
        ui.processCaption.setText(self.tr("满分 {0}").format(process_points))
        ui.resultsFigure.setText(i18n.number(s.results_total, 2))
        ui.resultsCaption.setText(self.tr("满分 {0}").format(results_points))
        agreed = self.tr("其中 {0} 项已确定共识").format(s.items_agreed)
        ui.totalCaption.setToolTip(agreed)

    def _progress(self, s: Summary) -> None:
        ui = self.ui
        total_items = len(s.items)
        ui.itemsBar.setRange(0, total_items)
        ui.itemsBar.setValue(s.items_scored)
        ui.itemsLabel.setText(
            self.tr("{0} / {1}（已确定共识 {2}）").format(s.items_scored, total_items, s.items_agreed)
        )
        ui.clausesBar.setRange(0, max(1, s.clauses_total))
        ui.clausesBar.setValue(s.clauses_answered)
        ui.clausesLabel.setText(f"{s.clauses_answered} / {s.clauses_total}")
        limit = s.limits.report
        if limit:
            ui.charsBar.setRange(0, limit)
            ui.charsBar.setValue(min(s.report_chars, limit))
            ui.charsLabel.setText(f"{s.report_chars:,} / {limit:,}")
            over = s.report_chars > limit
        else:
            ui.charsBar.setRange(0, 1)
            ui.charsBar.setValue(0)
            ui.charsLabel.setText(self.tr("{0}（无字数限制）").format(f"{s.report_chars:,}"))
            over = False
        ui.charsLabel.setProperty("over", over)
        ui.charsLabel.style().unpolish(ui.charsLabel)
        ui.charsLabel.style().polish(ui.charsLabel)

    # --- charts ------------------------------------------------------------------------------
    def _category_names(self, s: Summary) -> list[str]:
        return [f"{c.id} {i18n.title(c.title, c.title_en)}" for c in s.categories]

    def _bars(self, s: Summary) -> None:
        """One bar per category, its full length the category's points."""
        grid = self.ui.barsLayout
        if not self.bar_rows:
            for _category in s.categories:
                name, bar, value = QLabel(), QProgressBar(), QLabel()
                bar.setRange(0, 1000)
                bar.setTextVisible(False)
                bar.setMaximumHeight(10)
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setProperty("role", "muted")
                row = len(self.bar_rows)
                grid.addWidget(name, row, 0)
                grid.addWidget(bar, row, 1)
                grid.addWidget(value, row, 2)
                self.bar_rows.append((name, bar, value))
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(len(self.bar_rows), 1)
        for (name, bar, value), c in zip(self.bar_rows, s.categories, strict=True):
            name.setText(f"{c.id} {i18n.title(c.title, c.title_en)}")
            bar.setValue(round(c.percent * 10))
            value.setText(f"{i18n.number(c.score, 2)} / {c.points} · {i18n.number(c.percent)}%")

    def _radar(self, s: Summary) -> None:
        chart = QPolarChart()
        series = QLineSeries()
        n = len(s.categories)
        if n == 0:
            return
        step = 360 / n
        for i, c in enumerate(s.categories):
            series.append(i * step, c.percent)
        series.append(360, s.categories[0].percent)  # close the polygon
        pen = QPen(ACCENT)
        pen.setWidthF(2.2)
        series.setPen(pen)
        series.setPointsVisible(True)
        area = QAreaSeries(series)
        area.setColor(ACCENT_LIGHT)
        area.setBorderColor(ACCENT)
        chart.addSeries(area)
        chart.addSeries(series)
        angular = QCategoryAxis()
        angular.setRange(0, 360)
        angular.setStartValue(0)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        width = 14 if i18n.english() else 5

        # Each spoke says its category's percent: the radial axis's own figures, written up the
        # first spoke, lay under that category's point and the polygon's edge, so they are hidden.
        def label(c: object) -> str:
            title = wrap_label(i18n.title(c.title, c.title_en), width)  # type: ignore[attr-defined]
            return f"{c.id} · {i18n.number(c.percent)}%<br>{title}"  # type: ignore[attr-defined]

        # Category end values label the spokes; the first category's spoke is at 360 = 0.
        for i, c in enumerate(s.categories[1:], start=1):
            angular.append(label(c), i * step)
        angular.append(label(s.categories[0]), 360)
        radial = QValueAxis()
        radial.setRange(0, 100)
        radial.setTickCount(6)
        radial.setLabelsVisible(False)
        for axis in (angular, radial):
            _axis_font(axis)
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        for each in (area, series):
            each.attachAxis(angular)
            each.attachAxis(radial)
        self.radar_view = self._replace(self.radar_view, chart, self.ui.radarLayout)
        self.radar_view.setMinimumWidth(RADAR_MIN_WIDTH)  # narrower, the labels take all its room

    def _replace(self, old: QChartView | None, chart: QChart, layout: object) -> QChartView:
        _style(chart)
        if old is not None:
            previous = old.chart()
            old.setChart(chart)
            previous.deleteLater()
            return old
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(CHART_HEIGHT)
        view.setStyleSheet("background: transparent; border: none;")
        layout.addWidget(view)  # type: ignore[attr-defined]
        return view

    # --- lists -------------------------------------------------------------------------------
    def _top_open(self, s: Summary) -> None:
        table = self.ui.topOpenTable
        table.setHorizontalHeaderLabels(
            [self.tr("评分项"), self.tr("当前"), self.tr("得分"), self.tr("尚可得分")]
        )
        top = s.top_open()
        table.setRowCount(len(top))
        for row, item in enumerate(top):
            percent = "—" if item.percent is None else f"{item.percent}%"
            cells = [
                f"{item.id} {i18n.title(item.title, item.title_en)}",
                percent,
                f"{i18n.number(item.score, 2)}/{item.points}",
                i18n.number(item.points_open, 2),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ITEM_ROLE, item.id)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, cell)
        # All ten rows in view: the page scrolls, the table does not.
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows_height + 2 * table.frameWidth() + 2)

    def _flagged(self, s: Summary) -> None:
        lst = self.ui.flaggedList
        lst.clear()
        for item_id in s.flagged_items:
            item = s.item(item_id)
            percents = "、".join(
                f"{name} {'—' if p is None else f'{p}%'}" for name, p in item.assessor_percents.items()
            )
            entry = QListWidgetItem(
                icon("flag"),
                self.tr("{0} {1}：极差 {2} 个百分点（{3}）").format(
                    item.id, i18n.title(item.title, item.title_en), item.spread, percents
                ),
            )
            entry.setData(ITEM_ROLE, item.id)
            lst.addItem(entry)
        empty = not s.flagged_items
        lst.setVisible(not empty)
        self.ui.flaggedEmpty.setVisible(empty)
        self.ui.flaggedEmpty.setText(
            self.tr("没有评分分歧达到阈值的评分项。多位评审员独立评分后，分歧大的评分项会列在这里。")
        )

    def _open_top(self, row: int, _col: int) -> None:
        cell = self.ui.topOpenTable.item(row, 0)
        if cell is not None:
            self.host.show_item(cell.data(ITEM_ROLE))

    def _open_flagged(self, entry: QListWidgetItem) -> None:
        self.host.show_item(entry.data(ITEM_ROLE))
