"""The edits of the consensus page, a part the page owns (``page.editing``): the consensus
percent and rationale (the lead only), and the team's list — written, adopted from an
assessor (keeping who wrote it), changed, deleted — and raising an action from an
opportunity. Every edit is one undo step that stays on this page.

The class keeps its name because it is the translation context of its strings."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from excellence_app.core import scoring
from excellence_app.core.framework import Item
from excellence_app.core.snapshots import Comment
from excellence_app.ui.actions.commands import InPlace
from excellence_app.ui.actions.dialog import raise_action
from excellence_app.ui.consensus.commands import SetConsensus
from excellence_app.ui.item.commands import AddComment, DeleteComment, UpdateComment
from excellence_app.ui.item.comments import CommentDialog
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.combo import select_data

if TYPE_CHECKING:
    from excellence_app.ui.consensus.model import AssessorCommentsModel, TeamCommentsModel
    from excellence_app.ui.generated.ui_consensus_page import Ui_ConsensusPage
    from excellence_app.ui.shell.session import ProjectSession

_tokens = itertools.count(1)


class ConsensusEditing(QObject):
    """Drives the consensus box and the two comment lists of ``ui``. ``page`` parents the
    dialogs and is the origin of the rationale typed here, so that the page is not redrawn
    from its own typing; the session, the item shown and the team's model are the page's."""

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
        self._saved_rationale = ""
        self._token = next(_tokens)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_rationale)
        ui.consensusCombo.activated.connect(lambda n: self.set_consensus(ui.consensusCombo.itemData(n)))
        ui.consensusRationale.textChanged.connect(self._rationale_typed)
        ui.assessorCommentsView.selectionModel().selectionChanged.connect(self.update_buttons)
        ui.assessorCommentsView.doubleClicked.connect(lambda _i: self.adopt_selected())
        ui.adoptButton.clicked.connect(self.adopt_selected)
        ui.editCommentButton.clicked.connect(lambda: self.write_comment(self.selected_team_comment()))
        ui.deleteCommentButton.clicked.connect(self.delete_team_comment)
        ui.raiseActionButton.clicked.connect(self.raise_action)
        ui.teamView.doubleClicked.connect(lambda _i: self.write_comment(self.selected_team_comment()))

    def start_item(self) -> None:
        """Another item is shown: what is typed next is a new undo step."""
        self._token = next(_tokens)

    def flush(self) -> None:
        if self._timer.isActive():
            self._save_rationale()

    # --- the consensus -----------------------------------------------------------------------
    def show_consensus(self, force_text: bool) -> None:
        session, item, ui = self._session(), self._item(), self.ui
        assert session is not None and item is not None
        consensus = session.snapshot.consensus.get(item.id)
        select_data(ui.consensusCombo, consensus.percent if consensus else None)
        if consensus is not None:
            ui.consensusPoints.setText(
                self.tr("{0}% × {1} = {2} 分 · {3} 于 {4} 确定").format(
                    consensus.percent,
                    item.points,
                    i18n.number(scoring.item_score(consensus.percent, item.points), 2),
                    consensus.agreed_by,
                    consensus.agreed_at.strftime("%Y-%m-%d"),
                )
            )
        else:
            ui.consensusPoints.setText(self.tr("未确定共识时，总分暂按评审员评分的中位数计算。"))
        lead = session.is_lead()
        ui.consensusCombo.setEnabled(lead)
        ui.consensusRationale.setEnabled(lead and consensus is not None)
        current = session.assessor()
        if lead:
            ui.leadHint.setText(self.tr("你以组长身份确定共识；共识分数计入总分。"))
        elif current is None:
            ui.leadHint.setText(self.tr("只有评审组长可以确定共识。"))
        else:
            ui.leadHint.setText(
                self.tr("只有评审组长可以确定共识；当前评分人 {0} 是{1}。").format(
                    current.name, i18n.label(i18n.ROLE, current.role)
                )
            )
        text = consensus.rationale if consensus else ""
        if force_text or (not self._timer.isActive() and text != self._saved_rationale):
            ui.consensusRationale.blockSignals(True)
            ui.consensusRationale.setPlainText(text)
            ui.consensusRationale.blockSignals(False)
            self._saved_rationale = text

    def set_consensus(self, percent: int | None) -> None:
        session, item = self._session(), self._item()
        if session is None or item is None or not session.is_lead():
            return
        self.flush()
        current = session.fresh().consensus.get(item.id)
        old = (current.percent, current.rationale) if current else (None, "")
        new = (percent, old[1] if percent is not None else "")
        if new != old:
            session.push(InPlace(SetConsensus(session, item.id, old, new)))
            session.refresh_now()

    def _rationale_typed(self) -> None:
        session = self._session()
        if session is not None:
            session.set_pending(f"consensus-page:{id(self.page)}", True)
        self._timer.start()

    def _save_rationale(self) -> None:
        self._timer.stop()
        session, item = self._session(), self._item()
        if session is None or item is None:
            return
        session.set_pending(f"consensus-page:{id(self.page)}", False)
        text = self.ui.consensusRationale.toPlainText()
        current = session.fresh().consensus.get(item.id)
        if current is None or text == current.rationale:
            return
        old, new = (current.percent, current.rationale), (current.percent, text)
        command = InPlace(SetConsensus(session, item.id, old, new, self._token))
        if session.push(command, origin=self.page):
            self._saved_rationale = text

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
        dialog = CommentDialog(session.framework, item, comment, kind, self.page)
        dialog.accepted.connect(lambda: self._comment_written(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _comment_written(self, dialog: CommentDialog) -> None:
        session, item = self._session(), self._item()
        assert session is not None and item is not None
        values = dialog.values()
        if dialog.comment is None:
            session.push(InPlace(AddComment(session, item.id, values)))
        else:
            changed = {k: v for k, v in values.items() if getattr(dialog.comment, k) != v}
            if changed:
                session.push(InPlace(UpdateComment(session, dialog.comment, changed)))
        session.refresh_now()

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
