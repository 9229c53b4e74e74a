"""The mapping of a Word report as a table: the source on the left (where, what it says),
the target on the right (the clause or profile section, or the holding place), its 字数."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from excellence_app.export.docx_import import PlanEntry, WordImportPlan
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
HELD_BACK = QColor("#fff4e5")  # held for sorting or not imported: the rows to look at
PLACE, SOURCE, TARGET, CHARS = range(4)


class MappingModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: WordImportPlan | None = None

    def headers(self) -> list[str]:
        return [self.tr("位置"), self.tr("原文"), self.tr("归入"), self.tr("字数")]

    def table_rows(self) -> tuple[PlanEntry, ...]:
        return self.plan.entries if self.plan else ()

    def set_plan(self, plan: WordImportPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def entry(self, row: int) -> PlanEntry | None:
        rows = self.table_rows()
        return rows[row] if 0 <= row < len(rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        col = index.column()
        english = i18n.english()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PLACE:
                return entry.place_en if english else entry.place_zh
            if col == SOURCE:
                return entry.excerpt
            if col == TARGET:
                target = entry.target_en if english else entry.target_zh
                return target if entry.goes != "heading" else self.tr("标题 → {0}").format(target)
            return "" if entry.goes == "heading" else str(entry.chars)
        if role == Qt.ItemDataRole.ToolTipRole and col == TARGET:
            why = entry.why_en if english else entry.why_zh
            return why or None
        if role == Qt.ItemDataRole.BackgroundRole and entry.goes in ("holding", "unplaced"):
            return QBrush(HELD_BACK)
        if role == Qt.ItemDataRole.FontRole and entry.goes == "heading":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CHARS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
