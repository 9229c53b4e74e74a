"""The edits of the consensus page, a part the page owns (``page.editing``): the consensus
box (``editing.box``, shared with the scoring panel), and the team's list — written, adopted from an
assessor (keeping who wrote it), changed, deleted — and raising an action from an
opportunity. Every edit is one undo step that stays on this page.

The class keeps its name because it is the translation context of its strings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from excellence_app.core.framework import Item
from excellence_app.core.snapshots import Comment
from excellence_app.ui.actions.commands import InPlace
from excellence_app.ui.actions.dialog import raise_action
from excellence_app.ui.consensus.box import ConsensusBox
from excellence_app.ui.item.commands import AddComment, DeleteComment
from excellence_app.ui.item.comments import CommentDialog, open_comment_dialog

if TYPE_CHECKING:
    from excellence_app.ui.consensus.model import AssessorCommentsModel, TeamCommentsModel
    from excellence_app.ui.generated.ui_consensus_page import Ui_ConsensusPage
    from excellence_app.ui.shell.session import ProjectSession


class ConsensusEditing(QObject):
    """Drives the consensus box and the two comment lists of ``ui``. ``page`` parents the
    dialogs and is the origin of the edits made here; the session, the item shown and the
    team's model are the page's."""

    def __init__(
        self,
        page: QWidget,
        ui: Ui_ConsensusPage,
        session: Callable[[], ProjectSession | None],
        item: Callable[[], Item | None],
        team: Callable[[], TeamCommentsModel | None],
        assessor_comments: AssessorCommentsModel,
        delay_ms: int,
    ) -> None:
        super().__init__(page)
        self.page, self.ui = page, ui
        self._session, self._item, self._team = session, item, team
        self.assessor_comments = assessor_comments
        self.dialog: Any = None
        self.box = ConsensusBox(page, ui, session, item, delay_ms, in_place=True)
        ui.assessorCommentsView.selectionModel().selectionChanged.connect(self.update_buttons)
        ui.assessorCommentsView.doubleClicked.connect(lambda _i: self.adopt_selected())
        ui.adoptButton.clicked.connect(self.adopt_selected)
        ui.editCommentButton.clicked.connect(lambda: self.write_comment(self.selected_team_comment()))
        ui.deleteCommentButton.clicked.connect(self.delete_team_comment)
        ui.raiseActionButton.clicked.connect(self.raise_action)
        ui.teamView.doubleClicked.connect(lambda _i: self.write_comment(self.selected_team_comment()))

    # --- the team's list ---------------------------------------------------------------------
    def selected_team_comment(self) -> Comment | None:
        team = self._team()
        if team is None or self.ui.teamView.selectionModel() is None:
            return None
        rows = self.ui.teamView.selectionModel().selectedRows()
        return team.comment_at(rows[0].row()) if rows else None

    def selected_assessor_comment(self) -> Comment | None:
        rows = self.ui.assessorCommentsView.selectionModel().selectedRows()
        return self.assessor_comments.comment_at(rows[0].row()) if rows else None

    def update_buttons(self, *_args: object) -> None:
        ui = self.ui
        team = self.selected_team_comment()
        ui.editCommentButton.setEnabled(team is not None)
        ui.deleteCommentButton.setEnabled(team is not None)
        ui.raiseActionButton.setEnabled(team is not None and team.kind == "ofi")
        ui.raiseActionButton.setToolTip(self.tr("选中团队清单中的一条改进机会，为它制定改进计划。"))
        ui.adoptButton.setEnabled(self.selected_assessor_comment() is not None)
        ui.adoptHint.setText(self.tr("采纳后可在团队清单中修改；撰写人仍记为原评审员。"))

    def adopt_selected(self) -> None:
        """Copy an assessor's comment into the team's list, keeping its author."""
        session, item, comment = self._session(), self._item(), self.selected_assessor_comment()
        if session is None or item is None or comment is None:
            return
        fields = {k: getattr(comment, k) for k in ("kind", "text", "significance", "clause_id", "factor")}
        command = AddComment(session, item.id, fields)
        command.author = comment.author
        session.push(InPlace(command))
        session.refresh_now()

    def write_comment(self, comment: Comment | None, kind: str = "strength") -> CommentDialog | None:
        session, item = self._session(), self._item()
        if session is None or item is None:
            return None
        if comment is None and kind not in ("strength", "ofi"):
            return None
        self.dialog = open_comment_dialog(session, item, comment, kind, self.page, InPlace)
        return self.dialog

    def delete_team_comment(self) -> None:
        comment, session = self.selected_team_comment(), self._session()
        if comment is not None and session is not None:
            session.push(InPlace(DeleteComment(session, comment)))
            session.refresh_now()

    def raise_action(self) -> Any:
        comment, session = self.selected_team_comment(), self._session()
        if comment is None or comment.kind != "ofi" or session is None:
            return None
        self.dialog = raise_action(session, self.page, comment=comment)
        return self.dialog
