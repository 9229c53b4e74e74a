"""The dialog that raises or changes one action plan, and :func:`raise_action`, which the
consensus view, the item page and the actions page use to raise one from an opportunity."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from excellence_app.core.framework import Framework
from excellence_app.core.snapshots import ACTION_STATUSES, ActionPlan, Comment, CycleSnapshot
from excellence_app.ui.actions.commands import AddAction, InPlace, UpdateAction
from excellence_app.ui.actions.model import ACTION_STATUS
from excellence_app.ui.generated.ui_action_dialog import Ui_ActionDialog
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.session import ProjectSession

DEFAULT_DAYS = 90  # a new plan is due in about a quarter unless the user says otherwise


def ofis(snap: CycleSnapshot, item_id: str) -> tuple[Comment, ...]:
    """The team's agreed opportunities for one item: what a plan can be raised from."""
    return tuple(c for c in snap.comments_for(item_id) if c.kind == "ofi")


class ActionDialog(QDialog):
    """Window-modal (open()); ``accepted`` hands over :meth:`values`."""

    def __init__(
        self,
        framework: Framework,
        snap: CycleSnapshot,
        action: ActionPlan | None = None,
        item_id: str | None = None,
        comment: Comment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.snap, self.action = snap, action
        ui = self.ui
        for item in framework.items():
            ui.itemCombo.addItem(f"{item.id} {i18n.title(item.title, item.title_en)}", item.id)
        for code in ACTION_STATUSES:
            ui.statusCombo.addItem(i18n.label(ACTION_STATUS, code), code)
        owners = sorted({a.owner for a in snap.actions if a.owner})
        completer = QCompleter(owners, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.ownerEdit.setCompleter(completer)
        ui.errorLabel.setVisible(False)
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.itemCombo.currentIndexChanged.connect(self._fill_sources)
        ui.sourceCombo.currentIndexChanged.connect(self._show_source)
        start_item = action.item_id if action else item_id or (comment.item_id if comment else None)
        ui.itemCombo.setCurrentIndex(max(0, ui.itemCombo.findData(start_item)))
        self._fill_sources()
        source = action.comment_id if action else (comment.id if comment else None)
        ui.sourceCombo.setCurrentIndex(max(0, ui.sourceCombo.findData(source)))
        self._show_source()
        if comment is not None:  # raised from this opportunity: item and source are given
            ui.itemCombo.setEnabled(False)
            ui.sourceCombo.setEnabled(False)
        due = action.due if action else date.today() + timedelta(days=DEFAULT_DAYS)
        ui.dueCheck.setChecked(due is not None)
        ui.dueEdit.setEnabled(due is not None)
        ui.dueEdit.setDate(QDate(due.year, due.month, due.day) if due else QDate.currentDate())
        if action is not None:
            ui.titleEdit.setText(action.title)
            ui.ownerEdit.setText(action.owner)
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(action.status)))
            ui.effectEdit.setPlainText(action.expected_effect)
            self.setWindowTitle(self.tr("编辑改进计划"))
        else:
            self.setWindowTitle(self.tr("提出改进计划"))
        ui.buttonBox.accepted.connect(self._check)
        ui.buttonBox.rejected.connect(self.reject)

    def _fill_sources(self) -> None:
        combo = self.ui.sourceCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（不关联改进机会）"), None)
        for c in ofis(self.snap, self.ui.itemCombo.currentData()):
            text = c.text if len(c.text) <= 40 else c.text[:39] + "…"
            combo.addItem(text, c.id)
            combo.setItemData(combo.count() - 1, c.text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._show_source()

    def _show_source(self) -> None:
        comment_id = self.ui.sourceCombo.currentData()
        comment = next((c for c in self.snap.comments if c.id == comment_id), None)
        self.ui.sourceText.setText(comment.text if comment else "")
        self.ui.sourceText.setVisible(comment is not None)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        due = ui.dueEdit.date().toPython() if ui.dueCheck.isChecked() else None
        return {
            "item_id": ui.itemCombo.currentData(),
            "comment_id": ui.sourceCombo.currentData(),
            "title": ui.titleEdit.text().strip(),
            "owner": ui.ownerEdit.text().strip(),
            "due": due,
            "status": ui.statusCombo.currentData(),
            "expected_effect": ui.effectEdit.toPlainText().strip(),
        }

    def _check(self) -> None:
        if not self.values()["title"]:
            self.ui.errorLabel.setText(self.tr("请写下改进计划的标题。"))
            self.ui.errorLabel.setVisible(True)
            self.ui.titleEdit.setFocus()
            return
        self.accept()


def raise_action(
    session: ProjectSession,
    parent: QWidget,
    item_id: str | None = None,
    comment: Comment | None = None,
    action: ActionPlan | None = None,
) -> ActionDialog:
    """Open the dialog (window-modal); on OK raise the plan (or save the change) as one undo step."""
    dialog = ActionDialog(session.framework, session.fresh(), action, item_id, comment, parent)

    def written() -> None:
        values = dialog.values()
        if action is None:
            session.push(InPlace(AddAction(session, values)))
        else:
            changed = {k: v for k, v in values.items() if getattr(action, k) != v}
            if changed:
                session.push(InPlace(UpdateAction(session, action, changed)))
        session.refresh_now()

    dialog.accepted.connect(written)
    dialog.open()
    return dialog
