"""Two members changed one clause: the second sees both texts side by side and chooses.

On a team server a clause's text is saved only over the text its editor started from
(``services.content.set_response``, ``base``); when another member saved first, nothing of
the second is lost or written over: the card keeps the typing, and this dialog offers the
other's version, one's own, or both together to be worked into one.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from excellence_app.core.errors import EditConflict
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    from excellence_app.ui.item.clause_card import ClauseCard


class Choice(Enum):
    THEIRS = "theirs"
    MINE = "mine"
    BOTH = "both"


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget, conflict: EditConflict) -> None:
        super().__init__(parent)
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("两人同时修改了同一段文字"))
        self.resize(900, 520)
        grid = QGridLayout(self)
        said = QLabel(conflict.en if i18n.english() else conflict.zh)
        said.setWordWrap(True)
        grid.addWidget(said, 0, 0, 1, 2)
        when = f"{conflict.when:%H:%M:%S}" if hasattr(conflict.when, "strftime") else ""
        columns = [
            (
                self.tr("{0} 保存的版本（{1}）").format(conflict.who or self.tr("另一位成员"), when),
                conflict.theirs,
            ),
            (self.tr("您的版本（尚未保存）"), conflict.mine),
        ]
        self.texts: list[QTextBrowser] = []
        for column, (title, text) in enumerate(columns):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 1, column)
            view = QTextBrowser()
            view.setMarkdown(text)
            view.setAccessibleName(title)
            grid.addWidget(view, 2, column)
            self.texts.append(view)
        buttons = QDialogButtonBox()
        for choice, label in (
            (Choice.THEIRS, self.tr("采用对方的版本")),
            (Choice.MINE, self.tr("保留我的版本")),
            (Choice.BOTH, self.tr("两个版本放在一起再改")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        grid.addWidget(buttons, 3, 0, 1, 2)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def resolve(card: ClauseCard, conflict: EditConflict) -> ConflictDialog:
    """Ask, then settle the card: the other's text (nothing to save), one's own written over
    theirs, or both one after the other, to be edited into one and saved as usual. Closed
    without a choice, the card keeps the typing unsaved and asks again at the next save."""
    dialog = ConflictDialog(card.window(), conflict)

    def done() -> None:
        if dialog.choice is Choice.THEIRS:
            card.settle(conflict.theirs, conflict.theirs)
        elif dialog.choice is Choice.MINE:
            card.settle(conflict.mine, conflict.theirs)
            card.flush()
        elif dialog.choice is Choice.BOTH:
            card.settle(f"{conflict.mine.rstrip()}\n\n{conflict.theirs.lstrip()}", conflict.theirs)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
