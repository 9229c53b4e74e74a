"""The 结果指标 page: the indicators of one results item (4.7.2 – 4.7.7) in a table, one
column per period; add, edit in place, delete, reorder. Its parts: pasting from Excel/WPS
or importing a CSV file (data_import), citing the selected indicator's figure (refs), and
below the table the selected indicator's chart, LeTCI badges, what examiners would miss
and comparison series (detail). Every edit is an undo step."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMessageBox, QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.snapshots import Indicator
from excellence_app.core.summary import figure_labels
from excellence_app.ui.generated.ui_indicators_page import Ui_IndicatorsPage
from excellence_app.ui.indicators import letci
from excellence_app.ui.indicators.commands import (
    AddIndicator,
    DeleteIndicator,
    MoveIndicator,
    SetIndicatorValues,
    UpdateIndicator,
)
from excellence_app.ui.indicators.data_import import PasteAndImport, period_label
from excellence_app.ui.indicators.delegates import BadgeDelegate, ChoiceDelegate, chips_width
from excellence_app.ui.indicators.detail import PERIOD_WIDTH, IndicatorDetail
from excellence_app.ui.indicators.model import FIELDS, IndicatorTableModel, better_choices
from excellence_app.ui.indicators.refs import FigureReferences
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.commands_base import SessionCommand
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession

NAME_COLUMN, BADGE_COLUMN, BETTER_COLUMN = (
    FIELDS.index("name"),
    FIELDS.index("badges"),
    FIELDS.index("better"),
)
COLUMN_WIDTHS = {"figure": 84, "name": 200, "badges": 0, "unit": 56, "better": 80, "target": 64}
TABLE_HEIGHT = 216  # the header and six rows


class IndicatorsPage(Page):
    watches: tuple[Kind, ...] = ("indicators", "cycles", "settings")

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_IndicatorsPage()
        self.ui.setupUi(self)
        self.item_id: str | None = None
        self.loaded_cycle: int | None = None
        self.model = IndicatorTableModel(self)
        self.model.editor = self._edit
        self.model.rejected.connect(self._rejected)
        session, item = (lambda: self.session), (lambda: self.item_id)
        self.detail = IndicatorDetail(self, self.ui, session=session, selected=self.selected, push=self._push)
        self.detail.comparisons.rejected.connect(self._rejected)
        self.data_import = PasteAndImport(
            self,
            self.ui.indicatorTable,
            self.model,
            session=session,
            item=item,
            push=self._push,
            status=self._status,
            select=self.select_indicator,
        )
        self.refs = FigureReferences(
            self.ui.refButton,
            self.model,
            host=self.host,
            session=session,
            item=item,
            selected=self.selected,
            status=self._status,
        )
        self._build()

    def _build(self) -> None:
        ui = self.ui
        table = ui.indicatorTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(
            table.EditTrigger.DoubleClicked
            | table.EditTrigger.EditKeyPressed
            | table.EditTrigger.AnyKeyPressed
        )
        table.setItemDelegateForColumn(BETTER_COLUMN, ChoiceDelegate(better_choices, table))
        table.setItemDelegateForColumn(BADGE_COLUMN, BadgeDelegate(table))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        delete = QShortcut(QKeySequence.StandardKey.Delete, table, self.clear_cell)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        for button, name, slot in (
            (ui.addButton, "add", self.add_indicator),
            (ui.deleteButton, "remove", self.delete_indicator),
            (ui.upButton, "prev", lambda: self.move(-1)),
            (ui.downButton, "next", lambda: self.move(1)),
            (ui.periodButton, "add", self.add_period),
            (ui.pasteButton, "table", self.data_import.paste_block),
            (ui.importButton, "open-file", self.data_import.import_csv),
            (ui.refButton, "link", None),  # a menu: self.refs
            (ui.addSeriesButton, "add", self.detail.add_series),
            (ui.removeSeriesButton, "remove", self.detail.remove_series),
        ):
            button.setIcon(icon(name))
            if slot is not None:
                button.clicked.connect(slot)
        ui.itemCombo.activated.connect(lambda index: self.show_item(ui.itemCombo.itemData(index)))
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([TABLE_HEIGHT, 400])

    # --- page protocol -----------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self.item_id = None
        self.loaded_cycle = None

    def activate(self, item_id: str | None = None) -> None:
        if self.session is None:
            return
        # Follow the results item last opened from the criteria tree, else stay where we were.
        wanted = item_id or self.host.settings.last_item(self.session.path)
        if not self._is_results(wanted):
            wanted = self.item_id or next(i.id for i in self.session.framework.items() if i.kind == "results")
        self.item_id = wanted
        self.refresh()

    def current_item(self) -> str | None:
        return None  # the guideline dock stays with the item page

    def prepare_shot(self, shot: Shot) -> None:
        if shot.item_id:
            self.show_item(shot.item_id)
        if self.model.rowCount():
            self.ui.indicatorTable.setCurrentIndex(self.model.index(0, NAME_COLUMN))

    def flush(self) -> None:
        # An open cell editor commits when it loses the focus.
        focused = QApplication.focusWidget()
        for view in (self.ui.indicatorTable, self.ui.comparisonTable):
            if focused is not None and view.isAncestorOf(focused):
                view.setFocus()

    def _is_results(self, item_id: str | None) -> bool:
        assert self.session is not None
        fw = self.session.framework
        return bool(item_id) and fw.has_item(item_id) and fw.item(item_id).kind == "results"

    # --- showing -----------------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        if self.session is None or not self._is_results(item_id) or item_id == self.item_id:
            return
        self.flush()
        self.item_id = item_id
        self.model.extra_periods.clear()
        self.refresh()
        if self.model.rowCount():
            self.ui.indicatorTable.setCurrentIndex(self.model.index(0, NAME_COLUMN))

    def refresh(self) -> None:
        session = self.session
        if session is None or self.item_id is None:
            return
        snap = session.snapshot
        current = self.selected()
        if self.loaded_cycle != session.cycle_id:
            self.loaded_cycle = session.cycle_id
            self.model.extra_periods.clear()
        self._fill_items()
        before = self.model.columnCount()
        self.model.set_indicators(snap.indicators_for(self.item_id), figure_labels(snap, i18n.language()))
        self._columns(reset=before != self.model.columnCount())
        row = self.model.row_of(current.id) if current is not None else -1
        table = self.ui.indicatorTable
        if row < 0 and self.model.rowCount():
            row = min(max(0, table.currentIndex().row()), self.model.rowCount() - 1)
        if row >= 0 and table.currentIndex().row() != row:
            column = max(table.currentIndex().column(), NAME_COLUMN)
            table.setCurrentIndex(self.model.index(row, min(column, self.model.columnCount() - 1)))
        self._show_detail()

    def _fill_items(self) -> None:
        assert self.session is not None
        combo = self.ui.itemCombo
        combo.blockSignals(True)
        combo.clear()
        for item in self.session.framework.items():
            if item.kind != "results":
                continue
            count = len(self.session.snapshot.indicators_for(item.id))
            title = i18n.title(item.title, item.title_en)
            combo.addItem(self.tr("{0} {1}（{2} 个指标）").format(item.id, title, count), item.id)
        combo.setCurrentIndex(max(0, combo.findData(self.item_id)))
        combo.blockSignals(False)

    def _columns(self, reset: bool) -> None:
        table = self.ui.indicatorTable
        if not reset and table.columnWidth(0) > 0:
            return
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        fitted = {
            "better": max(metrics.horizontalAdvance(word) for _, word in better_choices()) + 16,
            "badges": chips_width(metrics, [letci.tr(letci.SHORT[f]) for f in letci.FACTORS]),
        }
        for column in range(self.model.columnCount()):
            field = self.model.field(column)
            width = PERIOD_WIDTH if field.startswith("period:") else COLUMN_WIDTHS.get(field, 200)
            width = max(width, fitted.get(field, 0), header.sectionSizeHint(column))
            header.resizeSection(column, width)

    def selected(self) -> Indicator | None:
        return self.model.indicator(self.ui.indicatorTable.currentIndex().row())

    def _show_detail(self) -> None:
        ind = self.selected()
        row = self.model.rows[self.model.row_of(ind.id)] if ind is not None else None
        self.detail.show_indicator(ind, row)
        ui = self.ui
        has = ind is not None
        count = self.model.rowCount()
        for widget in (ui.deleteButton, ui.refButton, ui.addSeriesButton, ui.removeSeriesButton):
            widget.setEnabled(has)
        ui.upButton.setEnabled(has and ind.position > 0)
        ui.downButton.setEnabled(has and ind.position < count - 1)

    # --- editing -----------------------------------------------------------------------------
    def _push(self, command: SessionCommand) -> bool:
        assert self.session is not None
        ok = bool(self.session.push(command))
        self.session.refresh_now()
        return ok

    def _edit(self, ind: Indicator, field: str, value: object) -> bool:
        assert self.session is not None
        if field.startswith("period:"):
            period = field.removeprefix("period:")
            return self._push(SetIndicatorValues(self.session, ind, {period: value}))  # type: ignore[dict-item]
        return self._push(UpdateIndicator(self.session, ind, field, value))

    def _rejected(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("无法保存"), reason)

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def select_indicator(self, indicator_id: int, column: int = NAME_COLUMN) -> QModelIndex:
        index = self.model.index(self.model.row_of(indicator_id), column)
        if index.isValid():
            self.ui.indicatorTable.setCurrentIndex(index)
            self.ui.indicatorTable.scrollTo(index)
        return index

    def add_indicator(self) -> None:
        if self.session is None or self.item_id is None:
            return
        names = {r.indicator.name for r in self.model.rows}
        base = self.tr("新指标")
        name = next(n for n in (base, *(f"{base} {k}" for k in range(2, 1000))) if n not in names)
        command = AddIndicator(self.session, self.item_id, name)
        if self._push(command):
            index = self.select_indicator(command.indicator_id)
            self.ui.indicatorTable.setFocus()
            self.ui.indicatorTable.edit(index)

    def delete_indicator(self) -> None:
        ind = self.selected()
        if self.session is None or ind is None:
            return
        if self._push(DeleteIndicator(self.session, ind)):
            self._status(self.tr("已删除指标“{0}”，可用“撤销”恢复。").format(ind.name))

    def move(self, step: int) -> None:
        ind = self.selected()
        if self.session is None or ind is None:
            return
        target = ind.position + step
        if not 0 <= target < self.model.rowCount():
            return
        column = self.ui.indicatorTable.currentIndex().column()
        if self._push(MoveIndicator(self.session, ind, target)):
            self.select_indicator(ind.id, column)

    def add_period(self) -> None:
        if self.session is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("添加期间"), self.tr("期间名称（如 2027、2026Q1 或 2026-06）：")
        )
        label = period_label(text) if ok else ""
        if not label:
            return
        if len(label) > 20 or label in self.model.periods:
            reason = (
                self.tr("期间“{0}”已在表中。") if label in self.model.periods else self.tr("期间名称过长。")
            )
            QMessageBox.warning(self, self.tr("添加期间"), reason.format(label))
            return
        column = self.model.add_period(label)
        self._columns(reset=True)
        self.refresh()
        row = max(0, self.ui.indicatorTable.currentIndex().row())
        if self.model.rowCount():
            index = self.model.index(row, column)
            self.ui.indicatorTable.setCurrentIndex(index)
            self.ui.indicatorTable.scrollTo(index)

    def clear_cell(self) -> None:
        index = self.ui.indicatorTable.currentIndex()
        field = self.model.field(index.column()) if index.isValid() else ""
        if field == "target" or field.startswith("period:"):
            self.model.setData(index, "")
