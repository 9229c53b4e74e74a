"""The lower half of the indicators page, for the selected indicator: its chart and LeTCI
badges, the analysis and what examiners would miss, its link to the strategy, and its
comparison series with their sources. Every edit is an undo step.

Its texts keep the page's translation context (``IndicatorsPage``): they were the page's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QWidget

from excellence_app.core.snapshots import Indicator
from excellence_app.ui.indicators.analysis import analysis_html, gaps_html
from excellence_app.ui.indicators.chart import IndicatorChart
from excellence_app.ui.indicators.commands import SetComparisons, UpdateIndicator
from excellence_app.ui.indicators.comparison_series_model import ComparisonModel, kind_choices
from excellence_app.ui.indicators.delegates import ChoiceDelegate
from excellence_app.ui.indicators.letci import BadgeRow

if TYPE_CHECKING:
    from excellence_app.ui.generated.ui_indicators_page import Ui_IndicatorsPage
    from excellence_app.ui.indicators.model import Row
    from excellence_app.ui.shell.commands_base import SessionCommand
    from excellence_app.ui.shell.session import ProjectSession

PERIOD_WIDTH = 62  # a period column, in the indicator table and in the comparison table
COMPARISON_WIDTHS = (150, 96, 280)  # compared with, kind, source; then the periods


class IndicatorDetail(QObject):
    """Shows the indicator it is given (``show_indicator``) in the page's chart and comparison
    tabs; edits the one ``selected`` returns, through ``push``."""

    def __init__(
        self,
        owner: QWidget,
        ui: Ui_IndicatorsPage,
        *,
        session: Callable[[], ProjectSession | None],
        selected: Callable[[], Indicator | None],
        push: Callable[[SessionCommand], bool],
    ) -> None:
        super().__init__(owner)
        self.ui = ui
        self.session = session
        self.selected = selected
        self.push = push
        self.comparisons = ComparisonModel(owner)
        self.comparisons.editor = self._edit_comparisons
        self.chart = IndicatorChart(owner)
        self.badges = BadgeRow(owner)
        table = ui.comparisonTable
        table.setModel(self.comparisons)
        table.verticalHeader().setVisible(False)
        table.setItemDelegateForColumn(1, ChoiceDelegate(kind_choices, table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.chartLayout.addWidget(self.chart)
        ui.badgeLayout.addWidget(self.badges)
        ui.linkEdit.editingFinished.connect(self._link_edited)

    def show_indicator(self, ind: Indicator | None, row: Row | None) -> None:
        ui = self.ui
        self.chart.show_indicator(ind, row.label if row else "")
        self.badges.show_badges(row.badges if row else None)
        choose = QCoreApplication.translate("IndicatorsPage", "在上表中选择一个指标。")
        ui.analysisLabel.setText(analysis_html(row) if row else choose)
        gaps = gaps_html(row) if row else ""
        ui.gapsLabel.setText(gaps)
        ui.gapsLabel.setVisible(bool(gaps))
        if not ui.linkEdit.hasFocus():
            ui.linkEdit.setText(ind.strategic_link if ind else "")
        ui.linkEdit.setEnabled(ind is not None)
        self.comparisons.set_indicator(ind)
        header = ui.comparisonTable.horizontalHeader()
        for column in range(self.comparisons.columnCount()):
            width = COMPARISON_WIDTHS[column] if column < len(COMPARISON_WIDTHS) else PERIOD_WIDTH
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        tab = QCoreApplication.translate("IndicatorsPage", "对比数据（{0}）")
        ui.detailTabs.setTabText(1, tab.format(len(ind.comparisons) if ind else 0))

    # --- editing -----------------------------------------------------------------------------
    def _link_edited(self) -> None:
        ind, session = self.selected(), self.session()
        text = self.ui.linkEdit.text().strip()
        if session is not None and ind is not None and text != ind.strategic_link:
            self.push(UpdateIndicator(session, ind, "strategic_link", text))

    def _edit_comparisons(self, ind: Indicator, series: list[dict]) -> bool:
        session = self.session()
        assert session is not None
        return self.push(SetComparisons(session, ind, series))

    def add_series(self) -> None:
        ind = self.selected()
        if self.session() is None or ind is None:
            return
        names = {s["name"] for s in self.comparisons.series}
        base = QCoreApplication.translate("IndicatorsPage", "对比对象")
        name = next(n for n in (base, *(f"{base} {k}" for k in range(2, 100))) if n not in names)
        if self._edit_comparisons(ind, self.comparisons.with_new_series(name)):
            self.ui.detailTabs.setCurrentIndex(1)
            index = self.comparisons.index(self.comparisons.rowCount() - 1, 0)
            self.ui.comparisonTable.setCurrentIndex(index)
            self.ui.comparisonTable.edit(index)

    def remove_series(self) -> None:
        ind = self.selected()
        row = self.ui.comparisonTable.currentIndex().row()
        if self.session() is None or ind is None or row < 0:
            return
        self._edit_comparisons(ind, self.comparisons.without(row))
