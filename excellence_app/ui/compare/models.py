"""Tables of the year-on-year page: categories and items with their change, and what
became of the earlier cycle's opportunities. Every figure is core.compare's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from excellence_app.core.compare import CategoryChange, Change, CycleComparison, OfiFate
from excellence_app.core.framework import Framework
from excellence_app.ui.actions.model import ACTION_STATUS
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.widgets.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
UP = QColor("#2f855a")
DOWN = QColor("#c53030")
FLAT = QColor("#7b8794")
FATES = {
    "closed": QT_TRANSLATE_NOOP("Labels", "已关闭：改进计划已完成"),
    "open": QT_TRANSLATE_NOOP("Labels", "仍未解决"),
    "re-raised": QT_TRANSLATE_NOOP("Labels", "本周期再次提出"),
}
FATE_ICONS = {"closed": "status-done", "open": "status-draft", "re-raised": "flag"}
ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def signed(delta: float) -> str:
    """+12.5, −3, ±0: the sign always shown, as a change is read."""
    if delta > 0:
        return f"+{i18n.number(delta, 2)}"
    if delta < 0:
        return f"−{i18n.number(-delta, 2)}"
    return "±0"


def delta_colour(delta: float) -> QColor:
    return UP if delta > 0 else DOWN if delta < 0 else FLAT


class _Table(RowsTableModel):
    """A read-only table of rows; subclasses name the headers and define ``cell``."""

    cell: Callable[[Any, int], str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[Any, ...] = ()

    def table_rows(self) -> tuple[Any, ...]:
        return self.rows

    def delta(self, row: Any) -> float | None:
        return None

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        last = len(self.headers()) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, col)
        delta = self.delta(row)
        if delta is not None and col == last:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(delta_colour(delta))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and col and delta is not None:
            return RIGHT
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None


class _ChangeTable(_Table):
    """Categories or items of two cycles side by side, with their change in the last column;
    ``rows_of`` names the CycleComparison field the rows come from."""

    rows_of = "categories"

    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.old_name = self.new_name = ""

    def set_comparison(self, c: CycleComparison) -> None:
        self.old_name, self.new_name = c.old_cycle, c.new_cycle
        self.set_rows(getattr(c, self.rows_of))

    def delta(self, row: Any) -> float:
        return row.delta


class CategoryCompareModel(_ChangeTable):
    rows_of = "categories"

    def headers(self) -> list[str]:
        return [self.tr("类目"), self.tr("满分"), self.old_name, self.new_name, self.tr("变化")]

    def cell(self, row: CategoryChange, col: int) -> str:
        if col == 0:
            category = next((c for c in self.framework.categories if c.id == row.id), None)
            title = i18n.title(category.title, category.title_en) if category else row.title
            return f"{row.id} {title}"
        return [
            "",
            str(row.points),
            i18n.number(row.old_score, 2),
            i18n.number(row.new_score, 2),
            signed(row.delta),
        ][col]


class ItemCompareModel(_ChangeTable):
    rows_of = "items"

    def headers(self) -> list[str]:
        return [
            self.tr("评分项"),
            self.tr("满分"),
            self.tr("{0} 得分率").format(self.old_name),
            self.tr("{0} 得分率").format(self.new_name),
            self.tr("{0} 得分").format(self.old_name),
            self.tr("{0} 得分").format(self.new_name),
            self.tr("变化"),
        ]

    def cell(self, row: Change, col: int) -> str:
        if col == 0:
            item = self.framework.item(row.id)
            return f"{row.id} {i18n.title(item.title, item.title_en)}"
        percent = {2: row.old_percent, 3: row.new_percent}
        if col in percent:
            return "—" if percent[col] is None else f"{percent[col]}%"
        return [
            "",
            str(row.points),
            "",
            "",
            i18n.number(row.old_score, 2),
            i18n.number(row.new_score, 2),
            signed(row.delta),
        ][col]


class FatesModel(_Table):
    """Each opportunity the team agreed in the earlier cycle, and what became of it."""

    def headers(self) -> list[str]:
        return [
            self.tr("评分项"),
            self.tr("上一周期的改进机会"),
            self.tr("去向"),
            self.tr("改进计划"),
            self.tr("本周期的对应意见"),
        ]

    def cell(self, row: OfiFate, col: int) -> str:
        if col == 0:
            return row.ofi.item_id
        if col == 1:
            return row.ofi.text
        if col == 2:
            return i18n.label(FATES, row.fate)
        if col == 3:
            return "\n".join(
                f"{a.title}（{i18n.label(ACTION_STATUS, a.status)}）" for a in row.actions
            ) or self.tr("未制定")
        return row.raised_again_as.text if row.raised_again_as else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.rows):
            fate: OfiFate = self.rows[index.row()]
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 2:
                return icon(FATE_ICONS.get(fate.fate, "item"))
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and not fate.actions:
                return QBrush(FLAT)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 4):
                return self.cell(fate, index.column()) or None
        return super().data(index, role)
