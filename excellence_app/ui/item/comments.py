"""Strengths and opportunities for improvement of one item (the team's agreed list),
the part of the 评分 tab that edits them, the dialog that writes one, and the dialog
that adds an assessor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from excellence_app.core.framework import Framework, Item
from excellence_app.core.snapshots import COMMENT_KINDS, ROLES, SIGNIFICANCE, Comment
from excellence_app.ui.generated.ui_assessor_dialog import Ui_AssessorDialog
from excellence_app.ui.generated.ui_comment_dialog import Ui_CommentDialog
from excellence_app.ui.item.commands import AddComment, DeleteComment, UpdateComment
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.widgets.table_model import RowsTableModel

if TYPE_CHECKING:
    from excellence_app.ui.generated.ui_scoring_panel import Ui_ScoringPanel
    from excellence_app.ui.shell.commands_base import SessionCommand
    from excellence_app.ui.shell.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex


class CommentsModel(RowsTableModel):
    """The comments of one item, as a table: kind, text, significance, clause, factor."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.comments: tuple[Comment, ...] = ()

    def headers(self) -> list[str]:
        return [self.tr("类型"), self.tr("内容"), self.tr("重要程度"), self.tr("条款"), self.tr("要素")]

    def table_rows(self) -> tuple[Comment, ...]:
        return self.comments

    def set_comments(self, comments: tuple[Comment, ...]) -> None:
        order = {k: n for n, k in enumerate(COMMENT_KINDS)}
        self.beginResetModel()
        self.comments = tuple(sorted(comments, key=lambda c: (order.get(c.kind, 9), c.position, c.id)))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.comments):
            return None
        c = self.comments[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return i18n.label(i18n.COMMENT_KIND, c.kind)
            if col == 1:
                return c.text
            if col == 2:
                return i18n.label(i18n.SIGNIFICANCE, c.significance)
            if col == 3:
                return c.clause_id or ""
            if col == 4 and c.factor:
                item = self.framework.item(c.item_id)
                factor = next((f for f in self.framework.factors_for(item.kind) if f.key == c.factor), None)
                return i18n.title(factor.title, factor.title_en) if factor else c.factor
            return ""
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return icon("status-done" if c.kind == "strength" else "flag")
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return c.text
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def comment_at(self, row: int) -> Comment | None:
        return self.comments[row] if 0 <= row < len(self.comments) else None


class CommentDialog(QDialog):
    """Write or change one strength or opportunity. Opened window-modal with open(),
    so nothing waits on it; ``accepted`` hands over :meth:`values`."""

    def __init__(
        self,
        framework: Framework,
        item: Item,
        comment: Comment | None = None,
        kind: str = "strength",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CommentDialog()
        self.ui.setupUi(self)
        self.comment = comment
        ui = self.ui
        for code in COMMENT_KINDS:
            ui.kindCombo.addItem(i18n.label(i18n.COMMENT_KIND, code), code)
        for code in SIGNIFICANCE:
            ui.significanceCombo.addItem(i18n.label(i18n.SIGNIFICANCE, code), code)
        ui.clauseCombo.addItem(self.tr("（整个评分项）"), None)
        for clause in item.clauses:
            ui.clauseCombo.addItem(clause.heading, clause.id)
        ui.factorCombo.addItem(self.tr("（不指定）"), None)
        for factor in framework.factors_for(item.kind):
            ui.factorCombo.addItem(i18n.title(factor.title, factor.title_en), factor.key)
        ui.errorLabel.setVisible(False)
        source = comment
        self._select(ui.kindCombo, source.kind if source else kind)
        self._select(ui.significanceCombo, source.significance if source else "medium")
        self._select(ui.clauseCombo, source.clause_id if source else None)
        self._select(ui.factorCombo, source.factor if source else None)
        ui.textEdit.setPlainText(source.text if source else "")
        title = self.tr("编辑") if comment else self.tr("添加")
        self.setWindowTitle(f"{title} · {item.id} {i18n.title(item.title, item.title_en)}")
        ui.buttonBox.accepted.connect(self._check)
        ui.buttonBox.rejected.connect(self.reject)

    @staticmethod
    def _select(combo: Any, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "kind": ui.kindCombo.currentData(),
            "text": ui.textEdit.toPlainText().strip(),
            "significance": ui.significanceCombo.currentData(),
            "clause_id": ui.clauseCombo.currentData(),
            "factor": ui.factorCombo.currentData(),
        }

    def _check(self) -> None:
        if not self.values()["text"]:
            self.ui.errorLabel.setText(self.tr("请写下内容。"))
            self.ui.errorLabel.setVisible(True)
            return
        self.accept()


class AssessorDialog(QDialog):
    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AssessorDialog()
        self.ui.setupUi(self)
        self.taken = taken
        for code in ROLES:
            self.ui.roleCombo.addItem(i18n.label(i18n.ROLE, code), code)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData("member"))
        self.ui.errorLabel.setVisible(False)
        self.ui.buttonBox.accepted.connect(self._check)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[str, str]:
        return self.ui.nameEdit.text().strip(), self.ui.roleCombo.currentData()

    def _check(self) -> None:
        name, _role = self.values()
        problem = ""
        if not name:
            problem = self.tr("请填写姓名。")
        elif name in self.taken:
            problem = self.tr("评审员 {0} 已存在。").format(name)
        if problem:
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.setVisible(True)
            return
        self.accept()


class CommentsEditor(QObject):
    """The strengths-and-opportunities part of the 评分 tab, owned by the scoring panel
    (``panel.comments``): the table of ``ui.commentsView`` and its model, and add, edit,
    delete and raising an action through undo commands. ``panel`` parents the dialogs."""

    def __init__(
        self,
        panel: QWidget,
        ui: Ui_ScoringPanel,
        session: Callable[[], ProjectSession | None],
        item: Callable[[], Item | None],
    ) -> None:
        super().__init__(panel)
        self.panel, self.ui = panel, ui
        self._session, self._item = session, item
        self.model: CommentsModel | None = None
        self.dialog: Any = None
        self._rows_sized = False
        for button, name in (
            (ui.addStrengthButton, "add"),
            (ui.addOfiButton, "add"),
            (ui.editCommentButton, "edit"),
            (ui.deleteCommentButton, "remove"),
            (ui.raiseActionButton, "actions"),
        ):
            button.setIcon(icon(name))
        ui.addStrengthButton.clicked.connect(lambda: self.edit_comment(None, "strength"))
        ui.addOfiButton.clicked.connect(lambda: self.edit_comment(None, "ofi"))
        ui.editCommentButton.clicked.connect(self._edit_selected)
        ui.deleteCommentButton.clicked.connect(self.delete_selected)
        ui.raiseActionButton.clicked.connect(self.raise_action)
        ui.commentsView.doubleClicked.connect(lambda _i: self._edit_selected())
        ui.commentsView.verticalHeader().setVisible(False)

    def set_framework(self, framework: Framework) -> None:
        """A project was opened: a model for its framework."""
        self.model = CommentsModel(framework, self.panel)
        view = self.ui.commentsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(self.update_buttons)

    def set_comments(self, comments: tuple[Comment, ...]) -> None:
        if self.model is not None:
            self.model.set_comments(comments)
            self._rows_sized = False
            if self.panel.isVisible():
                self.size_rows()
        self.update_buttons()

    def size_rows(self) -> None:
        # Sizing word-wrapped rows is slow; it waits until the tab is shown.
        if not self._rows_sized:
            self.ui.commentsView.resizeRowsToContents()
            self._rows_sized = True

    def _selected_comment(self) -> Any:
        if self.model is None:
            return None
        rows = (
            self.ui.commentsView.selectionModel().selectedRows()
            if self.ui.commentsView.selectionModel()
            else []
        )
        return self.model.comment_at(rows[0].row()) if rows else None

    def update_buttons(self, *_args: object) -> None:
        comment = self._selected_comment()
        self.ui.editCommentButton.setEnabled(comment is not None)
        self.ui.deleteCommentButton.setEnabled(comment is not None)
        self.ui.raiseActionButton.setEnabled(comment is not None and comment.kind == "ofi")

    def _edit_selected(self) -> None:
        comment = self._selected_comment()
        if comment is not None:
            self.edit_comment(comment)

    def edit_comment(self, comment: Any, kind: str = "strength") -> CommentDialog | None:
        session, item = self._session(), self._item()
        if session is None or item is None:
            return None
        self.dialog = open_comment_dialog(session, item, comment, kind, self.panel)
        return self.dialog

    def raise_action(self) -> Any:
        """Raise an action plan from the selected opportunity (the dialog of the 改进计划 page)."""
        from excellence_app.ui.actions.dialog import raise_action

        comment, session = self._selected_comment(), self._session()
        if comment is None or comment.kind != "ofi" or session is None:
            return None
        self.dialog = raise_action(session, self.panel, comment=comment)
        return self.dialog

    def delete_selected(self) -> None:
        comment, session = self._selected_comment(), self._session()
        if comment is not None and session is not None:
            session.push(DeleteComment(session, comment))
            session.refresh_now()


def open_comment_dialog(
    session: ProjectSession,
    item: Item,
    comment: Comment | None,
    kind: str,
    parent: QWidget,
    wrap: Callable[[SessionCommand], Any] = lambda command: command,
) -> CommentDialog:
    """Open the dialog for a new comment of ``kind`` (or to change ``comment``); what it holds
    when accepted is saved as one undo step, ``wrap`` keeping it on the page (``InPlace``)."""
    dialog = CommentDialog(session.framework, item, comment, kind, parent)
    dialog.accepted.connect(lambda: _save_written(session, item.id, dialog, wrap))
    dialog.open()
    return dialog


def _save_written(
    session: ProjectSession,
    item_id: str,
    dialog: CommentDialog,
    wrap: Callable[[SessionCommand], Any],
) -> None:
    values = dialog.values()
    if dialog.comment is None:
        session.push(wrap(AddComment(session, item_id, values)))
    else:
        changed = {k: v for k, v in values.items() if getattr(dialog.comment, k) != v}
        if changed:
            session.push(wrap(UpdateComment(session, dialog.comment, changed)))
    session.refresh_now()
