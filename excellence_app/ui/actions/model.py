"""The action plans of a cycle as a table; overdue plans (core.plans.is_overdue) stand out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from excellence_app.core import plans
from excellence_app.core.framework import Framework
from excellence_app.core.snapshots import ActionPlan, Comment
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.widgets.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

ACTION_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "未开始"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "进行中"),
    "done": QT_TRANSLATE_NOOP("Labels", "已完成"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消"),
}
OVERDUE_BACK = QColor("#fdecec")
OVERDUE_TEXT = QColor("#b42318")
MUTED_TEXT = QColor("#7b8794")
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_COL, TITLE_COL, OWNER_COL, DUE_COL, STATUS_COL = range(5)


def date_text(day: date | None) -> str:
    return day.isoformat() if day else ""


class ActionsModel(RowsTableModel):
    """Plans in the order they were raised; ``today`` decides which are overdue."""

    def __init__(
        self, framework: Framework, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.framework = framework
        self.today = today
        self.actions: tuple[ActionPlan, ...] = ()
        self.sources: dict[int, Comment] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("评分项"),
            self.tr("改进计划"),
            self.tr("负责人"),
            self.tr("完成期限"),
            self.tr("状态"),
        ]

    def set_actions(self, actions: tuple[ActionPlan, ...], comments: tuple[Comment, ...]) -> None:
        self.beginResetModel()
        self.actions = tuple(sorted(actions, key=lambda a: (a.item_id, a.due or date.max, a.id)))
        self.sources = {c.id: c for c in comments}
        self.endResetModel()

    def table_rows(self) -> tuple[ActionPlan, ...]:
        return self.actions

    def overdue(self, action: ActionPlan) -> bool:
        return plans.is_overdue(action, self.today())

    def action_at(self, row: int) -> ActionPlan | None:
        return self.actions[row] if 0 <= row < len(self.actions) else None

    def row_of(self, action_id: int) -> int:
        return next((n for n, a in enumerate(self.actions) if a.id == action_id), -1)

    def source(self, action: ActionPlan) -> Comment | None:
        return self.sources.get(action.comment_id) if action.comment_id is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        a = self.actions[index.row()]
        col = index.column()
        late = self.overdue(a)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, col, late)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ITEM_COL:
                item = self.framework.item(a.item_id)
                return f"{item.id} {i18n.title(item.title, item.title_en)}"
            if col == TITLE_COL:
                return a.expected_effect or a.title
            return None
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(OVERDUE_BACK)
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and col in (DUE_COL, STATUS_COL):
                return QBrush(OVERDUE_TEXT)
            if a.status in ("done", "cancelled") and col != STATUS_COL:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and col == STATUS_COL:
            if late:
                return icon("warning")
            if a.status == "done":
                return icon("status-done")
        if role == ID_ROLE:
            return a.id
        if role == OVERDUE_ROLE:
            return late
        return None

    def _text(self, a: ActionPlan, col: int, late: bool) -> str:
        if col == ITEM_COL:
            return a.item_id
        if col == TITLE_COL:
            return a.title
        if col == OWNER_COL:
            return a.owner
        if col == DUE_COL:
            return date_text(a.due)
        if col == STATUS_COL:
            status = i18n.label(ACTION_STATUS, a.status)
            return self.tr("{0} · 已逾期").format(status) if late else status
        return ""
