"""Undoable edits of the project's settings made on the 设置 page (the award is a cycle's:
cycles/commands.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


class SetSpreadThreshold(SessionCommand):
    def __init__(self, session: ProjectSession, old: int, new: int) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "更改分歧阈值")))
        self.old, self.new = old, new

    def do(self) -> None:
        self.service.scoring.set_spread_threshold(self.new)

    def undo_it(self) -> None:
        self.service.scoring.set_spread_threshold(self.old)
