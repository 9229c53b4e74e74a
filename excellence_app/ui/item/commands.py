"""Undoable edits of one item: its clause responses, an assessor's score, adding an assessor,
and the strengths and opportunities (评语). Evidence has its own module (evidence_commands).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from excellence_app.core.snapshots import Comment
from excellence_app.ui.shell.commands_base import SCORE_ID, TEXT_ID, SessionCommand, Words
from excellence_app.ui.shell.session import ProjectSession


# --- responses -----------------------------------------------------------------------------
class SetResponseText(SessionCommand):
    def __init__(
        self,
        session: ProjectSession,
        item_id: str,
        clause_id: str,
        old_text: str,
        old_status: str,
        new_text: str,
        token: int,
    ) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "编辑条款 {0}"), clause_id), item_id)
        self.clause_id = clause_id
        self.old_text, self.old_status = old_text, old_status
        self.new_text, self.new_status = new_text, None
        self.token = token

    # Each step is written over the text it started from (``base``): where another member
    # changed the clause meanwhile (a team server), the save stops with both texts instead.
    def do(self) -> None:
        saved = self.service.content.set_response(
            self.cycle_id, self.clause_id, self.new_text, self.new_status, base=self.old_text
        )
        self.new_status = saved.status

    def undo_it(self) -> None:
        self.service.content.set_response(
            self.cycle_id, self.clause_id, self.old_text, self.old_status, base=self.new_text
        )

    def id(self) -> int:
        return TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetResponseText)
            and other.clause_id == self.clause_id
            and other.cycle_id == self.cycle_id
            and other.token == self.token
        ):
            return False
        self.new_text, self.new_status = other.new_text, other.new_status
        if (self.new_text, self.new_status) == (self.old_text, self.old_status):
            self.setObsolete(True)
        return True


class SetResponseStatus(SessionCommand):
    def __init__(self, session: ProjectSession, item_id: str, clause_id: str, old: str, new: str) -> None:
        super().__init__(
            session, Words(QT_TRANSLATE_NOOP("Commands", "更改条款 {0} 的状态"), clause_id), item_id
        )
        self.clause_id, self.old, self.new = clause_id, old, new

    def do(self) -> None:
        self.service.content.set_response_status(self.cycle_id, self.clause_id, self.new)

    def undo_it(self) -> None:
        self.service.content.set_response_status(self.cycle_id, self.clause_id, self.old)


# --- scores --------------------------------------------------------------------------------
class SetScore(SessionCommand):
    """Any of an assessor's percent, factor bands and rationale for one item."""

    def __init__(
        self,
        session: ProjectSession,
        assessor_id: int,
        item_id: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        token: int | None = None,
    ) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "评分 {0}"), item_id), item_id)
        self.assessor_id = assessor_id
        self.old, self.new = dict(old), dict(new)
        self.token = token

    def do(self) -> None:
        self.service.scoring.set_score(self.assessor_id, self.item_id, **self.new)

    def undo_it(self) -> None:
        self.service.scoring.set_score(self.assessor_id, self.item_id, **self.old)

    def id(self) -> int:
        return SCORE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetScore)
            and self.token is not None
            and other.token == self.token
            and other.assessor_id == self.assessor_id
            and other.item_id == self.item_id
            and set(other.new) == set(self.new)
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class AddAssessor(SessionCommand):
    def __init__(self, session: ProjectSession, name: str, role: str) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "添加评审员 {0}"), name))
        self.name, self.role = name, role
        self.assessor_id: int | None = None

    def do(self) -> None:
        # A redo after an undo puts the same assessor back under the same id.
        made = self.service.scoring.add_assessor(
            self.cycle_id, self.name, self.role, restore_id=self.assessor_id
        )
        self.assessor_id = made.id

    def undo_it(self) -> None:
        assert self.assessor_id is not None
        self.service.scoring.remove_assessor(self.assessor_id)


# --- strengths and opportunities -----------------------------------------------------------
COMMENT_FIELDS = ("kind", "text", "significance", "clause_id", "factor")


class AddComment(SessionCommand):
    def __init__(self, session: ProjectSession, item_id: str, fields: Mapping[str, Any]) -> None:
        super().__init__(session, Words(QT_TRANSLATE_NOOP("Commands", "添加评语 {0}"), item_id), item_id)
        self.fields = {k: fields.get(k) for k in COMMENT_FIELDS}
        self.author = session.acting_name()  # the person chosen in the program, not the OS user
        self.made: Comment | None = None

    @property
    def comment_id(self) -> int | None:
        return self.made.id if self.made else None

    def do(self) -> None:
        if self.made is not None:  # a redo after an undo: the same comment, id and place
            self.service.comments.restore_comment(self.cycle_id, self.made)
            return
        f = self.fields
        self.made = self.service.comments.add_comment(
            self.cycle_id,
            self.item_id,
            f["kind"],
            f["text"],
            significance=f["significance"] or "medium",
            clause_id=f["clause_id"],
            factor=f["factor"],
            author=self.author,
        )

    def undo_it(self) -> None:
        assert self.made is not None
        self.service.comments.delete_comment(self.made.id)


class UpdateComment(SessionCommand):
    def __init__(self, session: ProjectSession, comment: Comment, new: Mapping[str, Any]) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "修改评语 {0}"), comment.item_id),
            comment.item_id,
        )
        self.comment_id = comment.id
        self.new = dict(new)
        self.old = {k: getattr(comment, k) for k in self.new}

    def do(self) -> None:
        self.service.comments.update_comment(self.comment_id, **self.new)

    def undo_it(self) -> None:
        self.service.comments.update_comment(self.comment_id, **self.old)


class DeleteComment(SessionCommand):
    def __init__(self, session: ProjectSession, comment: Comment) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "删除评语 {0}"), comment.item_id),
            comment.item_id,
        )
        self.comment = comment

    def do(self) -> None:
        self.service.comments.delete_comment(self.comment.id)

    def undo_it(self) -> None:
        self.service.comments.restore_comment(self.cycle_id, self.comment)
