"""Undoable edits: the base every feature's commands share. Each command calls the services
with the new value (redo) or the old one (undo); typing in one field merges into one step.

A row an undo deletes and a redo makes again comes back under its own id (the services'
restore operations), so older commands on the stack still find it. The commands themselves
sit with their feature (item/commands.py, indicators/commands.py, …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from excellence_app.ui.shell.session import Outcome, ProjectSession

# Merge ids (QUndoCommand.id) of the commands that merge, kept together so they stay distinct.
TEXT_ID, SCORE_ID, CONSENSUS_ID, EVIDENCE_TEXT_ID = 1001, 1002, 1003, 1004


@dataclass(frozen=True, init=False)
class Words:
    """An undo step's name kept as its source text and arguments (the source marked with
    QT_TRANSLATE_NOOP in the "Commands" context), so that the steps already on the stack
    are named in the new language when the interface language changes."""

    source: str
    args: tuple[object, ...]

    def __init__(self, source: str, *args: object) -> None:
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "args", args)

    def text(self) -> str:
        return QCoreApplication.translate("Commands", self.source).format(*self.args)


class SessionCommand(QUndoCommand):
    """A command bound to one cycle and (usually) one item, which undo and redo reveal.

    Each subclass defines ``do`` and ``undo_it``: the service calls that make and revert it.
    """

    do: Callable[[], None]
    undo_it: Callable[[], None]

    def __init__(self, session: ProjectSession, words: Words, item_id: str = "") -> None:
        super().__init__(words.text())
        self.words = words
        self.session = session
        self.service = session.service
        self.cycle_id = session.cycle_id
        self.item_id = item_id
        # The widget that made the edit (set by ProjectSession.push) already shows it: the
        # first redo does not redraw it; an undo or a later redo redraws every widget.
        self.origin: object | None = None
        self.outcome = Outcome()

    def retranslate(self) -> None:
        self.setText(self.words.text())

    def redo(self) -> None:
        self._run(self.do, self.origin)
        self.origin = None

    def undo(self) -> None:
        self._run(self.undo_it, None)

    def _run(self, step: Callable[[], None], origin: object | None) -> None:
        self.outcome = self.session.apply(lambda: self._at_once(step), origin)
        if not self.outcome:
            self.setObsolete(True)

    def _at_once(self, step: Callable[[], None]) -> None:
        # One step, one transaction: undoing a pasted block (many calls) happens in full or not at all.
        with self.service.batch():
            step()
