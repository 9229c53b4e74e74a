"""Cell editors and painters for the indicator tables: a combo box for a coded choice
(better direction, comparison kind) and the coloured LeTCI chips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from excellence_app.ui.indicators.letci import color
from excellence_app.ui.indicators.model import BADGE_ROLE

Index = QModelIndex | QPersistentModelIndex
CHIP_GAP, CHIP_PAD = 3, 5


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a stored code (EditRole) with a combo box of translated words."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, word in self.choices():
            combo.addItem(word, code)
        # Choosing is the whole edit: commit at once, not when the focus leaves.
        combo.activated.connect(lambda _=0, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class BadgeDelegate(QStyledItemDelegate):
    """Paints the LeTCI chips of a row: one short word each, coloured by its state."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chips = index.data(BADGE_ROLE)
        if not chips:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        height = min(option.rect.height() - 6, metrics.height() + 4)
        x = option.rect.left() + 4
        y = option.rect.center().y() - height // 2 + 1
        for text, state in chips:
            width = metrics.horizontalAdvance(text) + 2 * CHIP_PAD
            rect = QRect(x, y, width, height)
            painter.setPen(QPen(color(state, 2), 1))
            painter.setBrush(color(state, 0))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(color(state, 1))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + CHIP_GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        chips = index.data(BADGE_ROLE)
        if not chips:
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(chips_width(metrics, [t for t, _ in chips]), metrics.height() + 10)


def chips_width(metrics: QFontMetrics, texts: list[str]) -> int:
    """The width the chips of these words take in a cell."""
    return sum(metrics.horizontalAdvance(t) + 2 * CHIP_PAD + CHIP_GAP for t in texts) + 8
