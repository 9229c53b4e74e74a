"""The 年度对比 page: two cycles side by side (by default this one and the one before):
the totals, categories and items with their change, a chart of the total over every
cycle, and what became of the earlier cycle's opportunities. Every number is
core.compare's, over the core Summary of each cycle."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.compare import CycleComparison, compare
from excellence_app.core.snapshots import CycleInfo
from excellence_app.core.summary import Summary
from excellence_app.ui.compare.models import (
    CategoryCompareModel,
    FatesModel,
    ItemCompareModel,
    delta_colour,
    signed,
)
from excellence_app.ui.generated.ui_compare_page import Ui_ComparePage
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.session import ProjectSession

BAR = QColor("#9fb3c8")
BAR_CHOSEN = QColor("#1f6f8b")
TEXT = QColor("#52606d")
CHART_HEIGHT = 150
ITEM_TAB, FATE_TAB = 1, 2


def default_pair(cycles: tuple[CycleInfo, ...], current: int) -> tuple[int, int] | None:
    """(old, new): the current cycle and the one before it; the first cycle is compared with the next."""
    ids = [c.id for c in cycles]
    if len(ids) < 2:
        return None
    n = ids.index(current) if current in ids else len(ids) - 1
    return (ids[n - 1], ids[n]) if n > 0 else (ids[0], ids[1])


class ComparePage(Page):
    watches: tuple[Kind, ...] = (
        "scores",
        "consensus",
        "assessors",
        "comments",
        "actions",
        "cycles",
        "settings",
    )

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_ComparePage()
        self.ui.setupUi(self)
        self.comparison: CycleComparison | None = None
        self.chart_view: QChartView | None = None
        self.categories: CategoryCompareModel | None = None
        self.items: ItemCompareModel | None = None
        self.fates = FatesModel(self)
        self._pair_for: int | None = None  # the current cycle the default pair was chosen for
        ui = self.ui
        ui.oldCombo.activated.connect(lambda _n: self.refresh())
        ui.newCombo.activated.connect(lambda _n: self.refresh())
        ui.fateView.setModel(self.fates)
        ui.itemView.doubleClicked.connect(self._open_item)
        ui.categoryView.doubleClicked.connect(lambda _i: ui.tabs.setCurrentIndex(ITEM_TAB))
        ui.fateView.doubleClicked.connect(self._open_fate)

    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self._pair_for = None
        if session is None:
            return
        self.categories = CategoryCompareModel(session.framework, self)
        self.items = ItemCompareModel(session.framework, self)
        self.ui.categoryView.setModel(self.categories)
        self.ui.itemView.setModel(self.items)
        for view, stretch in (
            (self.ui.categoryView, 0),
            (self.ui.itemView, 0),
            (self.ui.fateView, 1),
        ):
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.ui.fateView.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def prepare_shot(self, shot: Shot) -> None:
        self.ui.tabs.setCurrentIndex(ITEM_TAB if shot.state != "fates" else FATE_TAB)

    # --- choosing the cycles -----------------------------------------------------------------
    def choose(self, old_id: int, new_id: int) -> None:
        for combo, value in ((self.ui.oldCombo, old_id), (self.ui.newCombo, new_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.refresh()

    def _fill_combos(self, cycles: tuple[CycleInfo, ...]) -> None:
        assert self.session is not None
        pair = default_pair(cycles, self.session.cycle_id)
        for combo, default in (
            (self.ui.oldCombo, pair[0] if pair else None),
            (self.ui.newCombo, pair[1] if pair else None),
        ):
            chosen = combo.currentData() if self._pair_for == self.session.cycle_id else default
            combo.blockSignals(True)
            combo.clear()
            for cycle in cycles:
                combo.addItem(cycle.name, cycle.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen if combo.findData(chosen) >= 0 else default)))
            combo.blockSignals(False)
        self._pair_for = self.session.cycle_id

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        if session is None or self.categories is None or self.items is None:
            return
        cycles = session.service.cycles.all()
        self._fill_combos(cycles)
        ui = self.ui
        enough = len(cycles) >= 2
        ui.content.setVisible(enough)
        ui.emptyLabel.setVisible(not enough)
        for widget in (ui.oldLabel, ui.oldCombo, ui.arrowLabel, ui.newCombo):
            widget.setVisible(enough)
        if not enough:
            ui.subtitleLabel.setText(session.snapshot.cycle.name)
            ui.emptyLabel.setText(
                self.tr(
                    "项目中只有一个评价周期。下一年度自评时新建一个评价周期（可复制本周期的内容），即可在这里逐项对比两年的得分。"
                )
            )
            self.comparison = None
            return
        old_id, new_id = ui.oldCombo.currentData(), ui.newCombo.currentData()
        summaries = {}
        snapshots = {}
        for cycle in cycles:
            snap = session.snapshot if cycle.id == session.cycle_id else session.service.snapshot(cycle.id)
            snapshots[cycle.id] = snap
            summaries[cycle.id] = (
                session.summary if cycle.id == session.cycle_id else session.service.summary_of(snap)
            )
        c = compare(snapshots[old_id], summaries[old_id], snapshots[new_id], summaries[new_id])
        self.comparison = c
        self._figures(c, old_id == new_id, summaries[old_id], summaries[new_id])
        self.categories.set_comparison(c)
        self.items.set_comparison(c)
        self.fates.set_rows(c.fates)
        ui.fateView.resizeRowsToContents()
        ui.tabs.setTabText(FATE_TAB, self.tr("{0}的改进机会（{1}）").format(c.old_cycle, len(c.fates)))
        self._chart(cycles, {k: s.total for k, s in summaries.items()}, (old_id, new_id))

    def _figures(self, c: CycleComparison, same: bool, old: Summary, new: Summary) -> None:
        ui = self.ui
        fates = {f: sum(1 for x in c.fates if x.fate == f) for f in ("closed", "open", "re-raised")}
        ui.subtitleLabel.setText(
            self.tr("{0} → {1} · 上一周期的 {2} 条改进机会：已关闭 {3} · 仍未解决 {4} · 再次提出 {5}").format(
                c.old_cycle, c.new_cycle, len(c.fates), fates["closed"], fates["open"], fates["re-raised"]
            )
        )
        if same:
            ui.subtitleLabel.setText(self.tr("请选择两个不同的评价周期进行对比。"))
        ui.oldCardTitle.setText(self.tr("{0} 总分").format(c.old_cycle))
        ui.oldCardFigure.setText(i18n.number(c.old_total, 2))
        ui.newCardTitle.setText(self.tr("{0} 总分").format(c.new_cycle))
        ui.newCardFigure.setText(i18n.number(c.new_total, 2))
        ui.deltaCardFigure.setText(signed(c.delta))
        ui.deltaCardFigure.setStyleSheet(f"color: {delta_colour(c.delta).name()};")
        up = sum(1 for i in c.items if i.delta > 0)
        down = sum(1 for i in c.items if i.delta < 0)
        best = max(c.items, key=lambda i: i.delta, default=None)
        caption = self.tr("{0} 项上升 · {1} 项下降").format(up, down)
        if best is not None and best.delta > 0:
            caption += "\n" + self.tr("升幅最大：{0} {1}").format(best.id, signed(best.delta))
        ui.deltaCardCaption.setText(caption)
        for label, s in ((ui.oldCardCaption, old), (ui.newCardCaption, new)):
            label.setText(
                self.tr("分数段 {0}\n过程 {1} · 结果 {2}").format(
                    s.band_label, i18n.number(s.process_total, 2), i18n.number(s.results_total, 2)
                )
            )

    def _chart(
        self, cycles: tuple[CycleInfo, ...], totals: dict[int, float], chosen: tuple[int, int]
    ) -> None:
        bars = QBarSet(self.tr("总分"))
        bars.setColor(BAR)
        bars.setBorderColor(BAR)
        bars.setSelectedColor(BAR_CHOSEN)
        for cycle in cycles:
            bars.append(totals[cycle.id])
        bars.selectBars([n for n, cycle in enumerate(cycles) if cycle.id in chosen])
        bars.setLabelColor(TEXT)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.45)
        chart = QChart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([c.name for c in cycles])
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        top = self.session.framework.total_points if self.session else 1000
        axis_y.setRange(0, top)
        axis_y.setTickCount(6)
        axis_y.setLabelFormat("%d")
        font = QFont()
        font.setPointSizeF(8.5)
        for axis in (axis_x, axis_y):
            axis.setLabelsFont(font)
            axis.setLabelsColor(TEXT)
            axis.setGridLineColor(QColor("#e4e7eb"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if self.chart_view is None:
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
            view.setStyleSheet("background: transparent; border: none;")
            self.ui.chartLayout.addWidget(view)
            self.chart_view = view
        else:
            old = self.chart_view.chart()
            self.chart_view.setChart(chart)
            old.deleteLater()

    # --- going to an item --------------------------------------------------------------------
    def _open_item(self, index: QModelIndex) -> None:
        if self.comparison is not None and 0 <= index.row() < len(self.comparison.items):
            self.host.show_item(self.comparison.items[index.row()].id)

    def _open_fate(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.fates.rows):
            self.host.show_item(self.fates.rows[row].ofi.item_id)
