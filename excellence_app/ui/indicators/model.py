"""The table of one results item's indicators: a Qt model over snapshots.

Columns: figure label, name, the LeTCI badges, unit, better direction, target, one column
per period, and the strategic link. Edits are checked here (numbers read the way
spreadsheets write them, through core.tabular) and handed to ``editor``, which turns
them into undo commands; the model itself never calls a service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from excellence_app.core.results import IndicatorAnalysis
from excellence_app.core.snapshots import Indicator
from excellence_app.core.summary import analyse_indicator
from excellence_app.core.tabular import parse_number
from excellence_app.ui.indicators.letci import Badge, badges
from excellence_app.ui.shell import i18n

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FIELDS = ("figure", "name", "badges", "unit", "better", "target")  # then the periods, then the link
BETTER_WORDS = {
    "up": QT_TRANSLATE_NOOP("IndicatorModel", "越大越好"),
    "down": QT_TRANSLATE_NOOP("IndicatorModel", "越小越好"),
}
Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[Indicator, str, object], bool]


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorModel", text)


def better_choices() -> list[tuple[str, str]]:
    return [(code, tr(word)) for code, word in BETTER_WORDS.items()]


def format_value(value: float | None) -> str:
    return "" if value is None else i18n.number(value, 4)


def sort_periods(periods: set[str]) -> list[str]:
    """Periods in the order core analyses them (as text: 2024, 2025, 2025Q1 …)."""
    return sorted(periods)


@dataclass(frozen=True)
class Row:
    indicator: Indicator
    label: str
    analysis: IndicatorAnalysis
    badges: tuple[Badge, ...]


class IndicatorTableModel(QAbstractTableModel):
    rejected = Signal(str)  # a typed value that cannot be saved, and why

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.periods: list[str] = []
        self.extra_periods: set[str] = set()  # added by the user, no value yet
        self.editor: Editor | None = None

    # --- content -----------------------------------------------------------------------------
    def set_indicators(self, indicators: tuple[Indicator, ...], labels: dict[int, str]) -> None:
        rows = []
        for ind in indicators:
            analysis = analyse_indicator(ind)
            rows.append(Row(ind, labels.get(ind.id, ""), analysis, badges(analysis)))
        own = {p.period for ind in indicators for p in ind.values}
        self.extra_periods -= own
        periods = sort_periods(own | self.extra_periods)
        same_shape = [r.indicator.id for r in rows] == [r.indicator.id for r in self.rows] and (
            periods == self.periods
        )
        if same_shape:
            # Same rows and columns: a repaint keeps the current cell and an open editor.
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows, self.periods = rows, periods
        self.endResetModel()

    def add_period(self, period: str) -> int:
        """A new, empty period column; returns its column."""
        self.beginResetModel()
        self.extra_periods.add(period)
        self.periods = sort_periods(set(self.periods) | {period})
        self.endResetModel()
        return len(FIELDS) + self.periods.index(period)

    def indicator(self, row: int) -> Indicator | None:
        return self.rows[row].indicator if 0 <= row < len(self.rows) else None

    def row_of(self, indicator_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.indicator.id == indicator_id), -1)

    # --- columns -----------------------------------------------------------------------------
    @property
    def link_column(self) -> int:
        return len(FIELDS) + len(self.periods)

    def field(self, column: int) -> str:
        """The field a column shows: a FIELDS name, "period:<label>" or "strategic_link"."""
        if column < len(FIELDS):
            return FIELDS[column]
        if column < self.link_column:
            return f"period:{self.periods[column - len(FIELDS)]}"
        return "strategic_link"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS) + len(self.periods) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return str(section + 1)
            return None
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < self.columnCount():
            return None
        field = self.field(section)
        if field.startswith("period:"):
            return field.removeprefix("period:")
        return {
            "figure": QCoreApplication.translate("IndicatorModel", "图号"),
            "name": QCoreApplication.translate("IndicatorModel", "指标名称"),
            "unit": QCoreApplication.translate("IndicatorModel", "单位"),
            "better": QCoreApplication.translate("IndicatorModel", "改进方向"),
            "target": QCoreApplication.translate("IndicatorModel", "目标值"),
            "badges": "LeTCI",
            "strategic_link": QCoreApplication.translate("IndicatorModel", "关联的战略目标或关键要求"),
        }[field]

    # --- data --------------------------------------------------------------------------------
    def _value(self, ind: Indicator, field: str) -> float | None:
        period = field.removeprefix("period:")
        return next((p.value for p in ind.values if p.period == period), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        ind = row.indicator
        field = self.field(index.column())
        if role == ID_ROLE:
            return ind.id
        if role == BADGE_ROLE:
            return [(b.short, b.state) for b in row.badges] if field == "badges" else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = field == "target" or field.startswith("period:")
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "badges":
                return "\n".join(b.tooltip() for b in row.badges)
            if field in ("name", "strategic_link"):
                return getattr(ind, field) or None
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, field)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(ind, field)
        return None

    def _display(self, row: Row, field: str) -> str:
        ind = row.indicator
        if field == "figure":
            return row.label
        if field == "better":
            return tr(BETTER_WORDS.get(ind.better, ""))
        if field == "target":
            return format_value(ind.target)
        if field.startswith("period:"):
            return format_value(self._value(ind, field))
        if field == "badges":
            return " ".join(f"{b.name}:{b.state}" for b in row.badges)
        return str(getattr(ind, field))

    def _edit_value(self, ind: Indicator, field: str) -> str | None:
        if field in ("figure", "badges"):
            return None
        if field == "target":
            return "" if ind.target is None else repr_number(ind.target)
        if field.startswith("period:"):
            value = self._value(ind, field)
            return "" if value is None else repr_number(value)
        return str(getattr(ind, field))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.field(index.column()) in ("figure", "badges"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    # --- editing -----------------------------------------------------------------------------
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        ind = self.rows[index.row()].indicator
        field = self.field(index.column())
        text = "" if value is None else str(value)
        try:
            parsed = self._parse(field, text)
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return False
        if parsed == self._current(ind, field):
            return True
        if self.editor is None:
            return False
        return self.editor(ind, field, parsed)

    def _current(self, ind: Indicator, field: str) -> object:
        if field.startswith("period:"):
            return self._value(ind, field)
        return getattr(ind, field)

    def _parse(self, field: str, text: str) -> object:
        if field == "name":
            name = text.strip()
            if not name:
                raise ValueError(QCoreApplication.translate("IndicatorModel", "指标名称不能为空。"))
            return name
        if field == "better":
            if text not in BETTER_WORDS:
                raise ValueError(
                    QCoreApplication.translate("IndicatorModel", "改进方向只能是“越大越好”或“越小越好”。")
                )
            return text
        if field == "target" or field.startswith("period:"):
            try:
                return parse_number(text)
            except ValueError:
                shown = (
                    QCoreApplication.translate("IndicatorModel", "目标值")
                    if field == "target"
                    else field.removeprefix("period:")
                )
                raise ValueError(
                    QCoreApplication.translate(
                        "IndicatorModel", "“{0}”不是数字（{1}）。可以写 1234.5、1,234.5、98.5% 或全角数字。"
                    ).format(text, shown)
                ) from None
        return text.strip()


def repr_number(value: float) -> str:
    """A value for editing: no trailing .0, no thousands separators."""
    return f"{value:.10g}"
