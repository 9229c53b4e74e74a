"""Tables of the calibration exercise, over core.calibration's result. Until the trainer
reveals it, nothing that shows or betrays the reference (the reference itself, the
deviations, the mean absolute deviation and the bias) is in the models at all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from excellence_app.core.calibration import Calibration, ItemCalibration, TraineeCalibration
from excellence_app.core.framework import Framework
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
FAR = QColor("#c53030")  # a deviation at or beyond the project's spread threshold
NEAR = QColor("#2f855a")  # within 5 points of the reference
FAR_BACK = QColor("#fdecec")
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
CLOSE = 5


def signed(value: float) -> str:
    if value > 0:
        return f"+{i18n.number(value, 2)}"
    if value < 0:
        return f"−{i18n.number(-value, 2)}"
    return "0"


def maybe(value: float | None, suffix: str = "") -> str:
    return "—" if value is None else f"{i18n.number(value, 2)}{suffix}"


class _Revealing(RowsTableModel):
    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.result: Calibration | None = None
        self.revealed = False
        self.threshold = 20

    def set_result(self, result: Calibration | None, revealed: bool, threshold: int) -> None:
        self.beginResetModel()
        self.result, self.revealed, self.threshold = result, revealed, threshold
        self.endResetModel()

    def item_text(self, item_id: str) -> str:
        item = self.framework.item(item_id)
        return f"{item.id} {i18n.title(item.title, item.title_en)}"


class CalibrationItemsModel(_Revealing):
    """Rows: the exercise's items. Columns: the item, [the reference], each trainee,
    the class mean and spread, [the mean absolute deviation]."""

    def names(self) -> list[str]:
        return [t.name for t in self.result.trainees] if self.result else []

    def headers(self) -> list[str]:
        head = [self.tr("评分项")]
        if self.revealed:
            head.append(self.tr("参考分"))
        head += self.names()
        head += [self.tr("全班均值"), self.tr("全班极差")]
        if self.revealed:
            head.append(self.tr("平均绝对偏差"))
        return head

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.result is None else len(self.result.items)

    def _cell(self, row: ItemCalibration, col: int) -> tuple[str, int | None]:
        """The text of a cell and, for a trainee's cell once revealed, the deviation."""
        names = self.names()
        if col == 0:
            return self.item_text(row.item_id), None
        col -= 1
        if self.revealed:
            if col == 0:
                return f"{row.reference}%", None
            col -= 1
        if col < len(names):
            name = names[col]
            if name not in row.percents:
                return "—", None
            if not self.revealed:
                return f"{row.percents[name]}%", None
            dev = row.deviations[name]
            return self.tr("{0}%（{1}）").format(row.percents[name], signed(dev)), dev
        col -= len(names)
        values = [maybe(row.class_mean, "%"), "—" if row.class_spread is None else str(row.class_spread)]
        if self.revealed:
            values.append(maybe(row.mean_abs_deviation))
        return values[col], None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.result is None or not index.isValid() or not 0 <= index.row() < len(self.result.items):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self.result.items[index.row()]
        text, dev = self._cell(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return CENTRE
        if dev is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(
                FAR if abs(dev) >= self.threshold else NEAR if abs(dev) <= CLOSE else QColor("#8d5a0f")
            )
        if dev is not None and role == Qt.ItemDataRole.BackgroundRole and abs(dev) >= self.threshold:
            return QBrush(FAR_BACK)
        if role == Qt.ItemDataRole.FontRole and self.revealed and index.column() == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.item_id
        return None


class TraineesModel(_Revealing):
    def headers(self) -> list[str]:
        head = [self.tr("学员"), self.tr("已评分项")]
        if self.revealed:
            head += [self.tr("平均绝对偏差"), self.tr("平均偏差（偏向）"), self.tr("总体倾向")]
        return head

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.result is None else len(self.result.trainees)

    def lean(self, t: TraineeCalibration) -> str:
        if t.bias is None:
            return self.tr("尚未评分")
        if t.bias > 0:
            return self.tr("偏高")
        return self.tr("偏低") if t.bias < 0 else self.tr("无明显偏向")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.result is None or not index.isValid() or not 0 <= index.row() < len(self.result.trainees):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        t = self.result.trainees[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [t.name, str(t.items_scored)]
            if self.revealed:
                bias = "—" if t.bias is None else signed(t.bias)
                values += [maybe(t.mean_abs_deviation), bias, self.lean(t)]
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return CENTRE
        return None


class DisputedModel(_Revealing):
    """core's most_disputed(): the widest class spread first."""

    def headers(self) -> list[str]:
        head = [self.tr("评分项"), self.tr("全班极差")]
        if self.revealed:
            head.append(self.tr("平均绝对偏差"))
        return head

    def rows(self) -> tuple[ItemCalibration, ...]:
        return self.result.most_disputed() if self.result else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self.rows()
        if (
            not index.isValid()
            or not 0 <= index.row() < len(rows)
            or not 0 <= index.column() < self.columnCount()
        ):
            return None
        row = rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = [self.item_text(row.item_id), "—" if row.class_spread is None else str(row.class_spread)]
            if self.revealed:
                values.append(maybe(row.mean_abs_deviation))
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return CENTRE
        if role == Qt.ItemDataRole.UserRole:
            return row.item_id
        return None
