"""The comparison series of one indicator (competitors, industry benchmarks, best in class)
with their sources: a Qt model over the indicator's snapshot. An edit hands the whole new
list of series to ``editor`` (the services replace them as a whole)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from excellence_app.core import comparisons
from excellence_app.core.snapshots import Indicator
from excellence_app.core.tabular import parse_number
from excellence_app.ui.indicators.commands import comparison_dicts
from excellence_app.ui.indicators.model import format_value, repr_number, sort_periods
from excellence_app.ui.shell import i18n

FIELDS = ("name", "kind", "source")


def kind_word(kind: str) -> str:
    """The kind of a comparison in the interface's language (core.comparisons' labels)."""
    return i18n.title(*comparisons.LABELS[kind]) if kind in comparisons.LABELS else kind


Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[Indicator, list[dict[str, Any]]], bool]


def tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonModel", text)


def kind_choices() -> list[tuple[str, str]]:
    return [(kind, kind_word(kind)) for kind in comparisons.KINDS]


class ComparisonModel(QAbstractTableModel):
    rejected = Signal(str)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None
        self.series: list[dict[str, Any]] = []
        self.periods: list[str] = []
        self.editor: Editor | None = None

    def set_indicator(self, indicator: Indicator | None) -> None:
        self.beginResetModel()
        self.indicator = indicator
        self.series = comparison_dicts(indicator.comparisons) if indicator else []
        own = {p.period for p in indicator.values} if indicator else set()
        theirs = {p for s in self.series for p in s["values"]}
        self.periods = sort_periods(own | theirs)
        self.endResetModel()

    def field(self, column: int) -> str:
        return FIELDS[column] if column < len(FIELDS) else f"period:{self.periods[column - len(FIELDS)]}"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.series)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS) + len(self.periods)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self.series) else None
        if not 0 <= section < self.columnCount():
            return None
        field = self.field(section)
        words = {
            "name": QCoreApplication.translate("ComparisonModel", "对比对象"),
            "kind": QCoreApplication.translate("ComparisonModel", "类型"),
            "source": QCoreApplication.translate("ComparisonModel", "数据来源"),
        }
        return words.get(field, field.removeprefix("period:"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.series):
            return None
        series = self.series[index.row()]
        field = self.field(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if field.startswith("period:") else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field == "source":
            return series["source"] or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        display = role == Qt.ItemDataRole.DisplayRole
        if field.startswith("period:"):
            value = series["values"].get(field.removeprefix("period:"))
            if display:
                return format_value(value)
            return "" if value is None else repr_number(value)
        if field == "kind" and display:
            return kind_word(series["kind"])
        return str(series[field])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.indicator is None:
            return False
        field = self.field(index.column())
        text = "" if value is None else str(value).strip()
        new = [dict(s, values=dict(s["values"])) for s in self.series]
        target = new[index.row()]
        if field.startswith("period:"):
            period = field.removeprefix("period:")
            try:
                number = parse_number(text)
            except ValueError:
                self.rejected.emit(
                    QCoreApplication.translate("ComparisonModel", "“{0}”不是数字（{1}）。").format(
                        text, period
                    )
                )
                return False
            if number is None:
                target["values"].pop(period, None)
            else:
                target["values"][period] = number
        elif field == "name" and not text:
            self.rejected.emit(QCoreApplication.translate("ComparisonModel", "对比对象的名称不能为空。"))
            return False
        elif field == "kind" and text not in comparisons.KINDS:
            return False
        else:
            target[field] = text
        if new == self.series:
            return True
        return self.editor is not None and self.editor(self.indicator, new)

    def with_new_series(self, name: str) -> list[dict[str, Any]]:
        """The series plus an empty competitor series, for the 添加 button."""
        return [*self.series, {"kind": "competitor", "name": name, "source": "", "values": {}}]

    def without(self, row: int) -> list[dict[str, Any]]:
        return [s for n, s in enumerate(self.series) if n != row]
