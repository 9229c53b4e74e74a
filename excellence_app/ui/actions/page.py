"""The 改进计划 page: the cycle's action plans, filtered by status and owner
(core.plans.filter_actions), overdue ones highlighted; raise, edit and delete, undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from excellence_app.core import plans
from excellence_app.core.changes import Kind
from excellence_app.core.snapshots import ACTION_STATUSES, ActionPlan
from excellence_app.ui.actions.commands import DeleteAction, InPlace
from excellence_app.ui.actions.dialog import ActionDialog, raise_action
from excellence_app.ui.actions.model import ACTION_STATUS, ActionsModel, date_text
from excellence_app.ui.generated.ui_actions_page import Ui_ActionsPage
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession


class ActionsPage(Page):
    watches: tuple[Kind, ...] = ("actions", "comments", "cycles", "settings")

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_ActionsPage()
        self.ui.setupUi(self)
        self.clock: Callable[[], date] = date.today
        self.model: ActionsModel | None = None
        self.dialog: ActionDialog | None = None
        ui = self.ui
        ui.statusFilter.addItem(self.tr("全部状态"), None)
        for code in ACTION_STATUSES:
            ui.statusFilter.addItem(i18n.label(ACTION_STATUS, code), code)
        ui.ownerFilter.lineEdit().setPlaceholderText(self.tr("全部负责人"))
        ui.statusFilter.currentIndexChanged.connect(self._filter)
        ui.ownerFilter.editTextChanged.connect(self._filter)
        ui.overdueFilter.toggled.connect(self._filter)
        ui.editButton.setIcon(icon("edit"))
        ui.deleteButton.setIcon(icon("remove"))
        ui.addButton.clicked.connect(self.new_action)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.openItemButton.clicked.connect(self._open_item)
        ui.actionsView.doubleClicked.connect(lambda _i: self.edit_selected())
        ui.actionsView.activated.connect(lambda _i: self.edit_selected())
        ui.actionsView.verticalHeader().setVisible(False)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.actionsView)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        if session is None:
            return
        self.model = ActionsModel(session.framework, lambda: self.clock(), self)
        view = self.ui.actionsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session is None or self.model is None:
            return
        snap = self.session.snapshot
        chosen = self.selected()
        self._fill_owners(snap.actions)
        shown = plans.filter_actions(
            snap.actions,
            status=self.ui.statusFilter.currentData(),
            owner=self.ui.ownerFilter.currentText().strip() or None,
            overdue_on=self.clock() if self.ui.overdueFilter.isChecked() else None,
        )
        self.model.set_actions(shown, snap.comments)
        self._summary(snap.actions)
        empty = not snap.actions
        self.ui.actionsView.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        self.ui.emptyLabel.setText(
            self.tr(
                "还没有改进计划。在“共识”页或评分项的“评分”页选中一条改进机会，点“提出改进计划”；"
                "也可以点右上角的“新建改进计划”。"
            )
        )
        self.select(chosen.id if chosen else None)

    def _fill_owners(self, actions: tuple[ActionPlan, ...]) -> None:
        combo = self.ui.ownerFilter
        owners = sorted({a.owner for a in actions if a.owner})
        if [combo.itemText(n) for n in range(1, combo.count())] == owners:
            return
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        combo.addItems(owners)
        combo.setEditText(text)
        combo.blockSignals(False)

    def _summary(self, actions: tuple[ActionPlan, ...]) -> None:
        today = self.clock()
        counts = [
            f"{i18n.label(ACTION_STATUS, code)} {sum(1 for a in actions if a.status == code)}"
            for code in ACTION_STATUSES
        ]
        late = sum(1 for a in actions if plans.is_overdue(a, today))
        self.ui.subtitleLabel.setText(
            self.tr("{0} · 共 {1} 项：{2} · 已逾期 {3} 项（截至 {4}）").format(
                self.session.snapshot.cycle.name if self.session else "",
                len(actions),
                " · ".join(counts),
                late,
                today.isoformat(),
            )
        )

    def _filter(self, *_args: object) -> None:
        self.refresh()

    def selected(self) -> ActionPlan | None:
        if self.model is None:
            return None
        rows = self.ui.actionsView.selectionModel().selectedRows()
        return self.model.action_at(rows[0].row()) if rows else None

    def select(self, action_id: int | None) -> None:
        assert self.model is not None
        row = self.model.row_of(action_id) if action_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        view = self.ui.actionsView
        if row >= 0:
            view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            view.selectionModel().clearSelection()
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        action = self.selected()
        ui = self.ui
        ui.editButton.setEnabled(action is not None)
        ui.deleteButton.setEnabled(action is not None)
        ui.detailCard.setVisible(action is not None)
        if action is None or self.session is None or self.model is None:
            return
        item = self.session.framework.item(action.item_id)
        ui.detailTitle.setText(action.title)
        status = i18n.label(ACTION_STATUS, action.status)
        if self.model.overdue(action):
            status = self.tr("{0}，已逾期").format(status)
        ui.detailMeta.setText(
            self.tr("{0} {1} · 负责人：{2} · 完成期限：{3} · 状态：{4}").format(
                item.id,
                i18n.title(item.title, item.title_en),
                action.owner or self.tr("未指定"),
                date_text(action.due) or self.tr("未设定"),
                status,
            )
        )
        ui.detailEffect.setText(
            self.tr("预期效果：{0}").format(action.expected_effect) if action.expected_effect else ""
        )
        ui.detailEffect.setVisible(bool(action.expected_effect))
        source = self.model.source(action)
        ui.detailSource.setText(self.tr("来源改进机会：{0}").format(source.text) if source else "")
        ui.detailSource.setVisible(source is not None)

    # --- editing -----------------------------------------------------------------------------
    def new_action(self) -> ActionDialog | None:
        if self.session is None:
            return None
        chosen = self.selected()
        self.dialog = raise_action(self.session, self, item_id=chosen.item_id if chosen else None)
        return self.dialog

    def edit_selected(self) -> ActionDialog | None:
        action = self.selected()
        if action is None or self.session is None:
            return None
        self.dialog = raise_action(self.session, self, action=action)
        return self.dialog

    def delete_selected(self) -> None:
        action = self.selected()
        if action is not None and self.session is not None:
            self.session.push(InPlace(DeleteAction(self.session, action)))
            self.session.refresh_now()

    def _open_item(self) -> None:
        action = self.selected()
        if action is not None:
            self.host.show_item(action.item_id)

    def prepare_shot(self, shot: Shot) -> None:
        if self.model is not None:
            late = next((n for n, a in enumerate(self.model.actions) if self.model.overdue(a)), 0)
            self.select(self.model.action_at(late).id if self.model.action_at(late) else None)
