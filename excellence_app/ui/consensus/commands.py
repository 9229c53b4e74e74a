"""The undoable consensus edit, for the 共识 page and the consensus part of the 评分 tab.

The consensus is agreed by the person acting in the program (the lead chosen there), not by
whoever the operating system says is logged in. An undo puts back the whole row as it was
(percent, rationale, who agreed it and when) and a redo the whole row as the edit left it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from excellence_app.core.snapshots import Consensus
from excellence_app.ui.shell.commands_base import CONSENSUS_ID, SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


class SetConsensus(SessionCommand):
    """``old`` and ``new`` are (percent, rationale); None as percent removes the consensus."""

    def __init__(
        self,
        session: ProjectSession,
        item_id: str,
        old: tuple[int | None, str],
        new: tuple[int | None, str],
        token: int | None = None,
    ) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "共识 {0}"), item_id), item_id)
        self.old, self.new, self.token = old, new, token
        self.agreed_by = session.acting_name()
        self.before: Consensus | None = session.fresh().consensus.get(item_id)
        self.after: Consensus | None = None
        self.done = False  # after the first do, a redo puts back self.after exactly

    def do(self) -> None:
        if self.done:
            self._restore(self.after)
            return
        percent, rationale = self.new
        self.after = self.service.scoring.set_consensus(
            self.cycle_id, self.item_id, percent, rationale, agreed_by=self.agreed_by
        )
        self.done = True

    def undo_it(self) -> None:
        self._restore(self.before)

    def _restore(self, row: Consensus | None) -> None:
        # The audit trail names whoever undoes or redoes, as the person acting now.
        self.service.scoring.restore_consensus(
            self.cycle_id, self.item_id, row, actor=self.session.acting_name()
        )

    def id(self) -> int:
        return CONSENSUS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetConsensus)
            and self.token is not None
            and other.token == self.token
            and other.item_id == self.item_id
            and other.cycle_id == self.cycle_id
        ):
            return False
        self.new, self.after = other.new, other.after
        if self.new == self.old:
            # Typed back to where it began: the row goes back exactly (who and when too),
            # and the step disappears.
            if self.after != self.before and not self.session.apply(lambda: self._restore(self.before)):
                return True  # the restore failed and was shown; keep the step to undo
            self.setObsolete(True)
        return True
