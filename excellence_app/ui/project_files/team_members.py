"""File → 团队成员与共识评议…: the lead's view of a team server's project.

The members (database login, role, the name they score under), adding one or changing their
role, taking one away, and opening or closing the current cycle's consensus round (when the
assessors see each other's scores). Each is one call of ``services.server_admin``, one
transaction on the server, which itself decides whether the person asking may do it: a
refusal is said in one line and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from excellence_app.core.errors import AppError
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.buttons import ok_cancel

if TYPE_CHECKING:
    from excellence_app.core.server_address import ServerAddress
    from excellence_app.ui.shell.main_window import MainWindow
    from excellence_app.ui.shell.session import ProjectSession

ROLE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("TeamMembers", "组长"),
    "assessor": QT_TRANSLATE_NOOP("TeamMembers", "评审员"),
    "trainee": QT_TRANSLATE_NOOP("TeamMembers", "学员"),
    "viewer": QT_TRANSLATE_NOOP("TeamMembers", "只读成员"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("TeamMembers", ROLE_LABELS[role]) if role in ROLE_LABELS else role


def _said(exc: AppError) -> str:
    return exc.en if i18n.english() else exc.zh


class AddMemberDialog(QDialog):
    """A login, its role and the name it scores under."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加成员或更改角色"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("数据库登录名"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("评分时用的姓名"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("角色"))
        for key in ROLE_LABELS:
            self.role.addItem(role_label(key), key)
        self.role.setCurrentIndex(1)  # most members are assessors
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("新登录名的密码"))
        form.addRow(self.tr("数据库登录名"), self.login)
        form.addRow(self.tr("评分时用的姓名"), self.name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("新登录名的密码"), self.password)
        note = QLabel(
            self.tr(
                "已是成员的登录名：改为所选角色，姓名留空则不变。填写密码会设置（或更改）这个登录名的密码；"
                "留空则不动它的密码。"
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = ok_cancel(self, self.tr("添加"))
        form.addRow(buttons)

    def accept(self) -> None:
        if self.login.text().strip():
            super().accept()


class TeamDialog(QDialog):
    """The members and the consensus round; each change is sent at once."""

    def __init__(self, parent: QWidget, session: ProjectSession) -> None:
        super().__init__(parent)
        self.session = session
        self.address: ServerAddress = session.path  # type: ignore[assignment]
        self.setWindowTitle(self.tr("团队成员与共识评议"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("团队成员"))
        self.table.setHorizontalHeaderLabels([self.tr("登录名"), self.tr("角色"), self.tr("评分时用的姓名")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加成员或更改角色…"))
        self.remove_button = QPushButton(self.tr("取消所选成员资格"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.round_label = QLabel()
        self.round_label.setWordWrap(True)
        layout.addWidget(self.round_label)
        rounds = QHBoxLayout()
        self.open_button = QPushButton(self.tr("开启共识评议"))
        self.close_button = QPushButton(self.tr("关闭共识评议"))
        self.open_button.clicked.connect(lambda: self.set_round(True))
        self.close_button.clicked.connect(lambda: self.set_round(False))
        rounds.addWidget(self.open_button)
        rounds.addWidget(self.close_button)
        rounds.addStretch(1)
        layout.addLayout(rounds)
        self.lead_note = QLabel(self.tr("只有组长可以管理团队成员和共识评议。"))
        self.lead_note.setStyleSheet("color: #52606d")
        layout.addWidget(self.lead_note)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.adder: AddMemberDialog | None = None
        self.confirm: QMessageBox | None = None
        self.refresh()

    def _call(self, work) -> object | None:
        """One call to the server; a refusal shown in the dialog, in one line, until the next
        action (a refresh after it leaves it standing)."""
        from excellence_app.services import server_admin

        try:
            value = work(server_admin)
        except AppError as exc:
            self._say(_said(exc), ok=False)
            return None
        return value if value is not None else True

    def _say(self, text: str, ok: bool = True) -> None:
        self.problem.setStyleSheet("color: #1f6f3f" if ok else "color: #b42318")
        self.problem.setText(text)

    def refresh(self) -> None:
        cycle = self.session.snapshot.cycle.name
        is_open = self._call(lambda admin: admin.round_is_open(self.address, cycle))
        state = self.tr("已开启") if is_open is True else self.tr("未开启")
        self.round_label.setText(
            self.tr("共识评议（{0}）：{1}。开启后，评审员和只读成员可以看到全部评分和评语。").format(
                cycle, state
            )
        )
        members = self._call(lambda admin: admin.members(self.address))
        if not isinstance(members, list):
            return
        self.table.setRowCount(len(members))
        for r, (login, role, name) in enumerate(members):
            for c, text in enumerate((login, role_label(role), name)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        # What only a lead may do is offered to a lead only (the server refuses it anyway).
        mine = next((role for login, role, _ in members if login == self.address.user), None)
        lead = mine == "lead"
        for button in (self.add_button, self.remove_button):
            button.setEnabled(lead)
        self.open_button.setEnabled(lead and is_open is not True)
        self.close_button.setEnabled(lead and is_open is True)
        self.lead_note.setVisible(not lead)

    def add(self) -> AddMemberDialog:
        """Add a member, or change the selected member's role (their login and name filled in)."""
        dialog = AddMemberDialog(self)
        row = self.table.currentRow()
        if self.table.selectedIndexes() and row >= 0:
            dialog.login.setText(self.table.item(row, 0).text())
            dialog.name.setText(self.table.item(row, 2).text())
            members = self._call(lambda admin: admin.members(self.address))
            role = members[row][1] if isinstance(members, list) and row < len(members) else "assessor"
            dialog.role.setCurrentIndex(max(0, dialog.role.findData(role)))
        dialog.accepted.connect(lambda: self._added(dialog))
        self.adder = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: AddMemberDialog) -> None:
        login = dialog.login.text().strip()
        role, name = dialog.role.currentData(), dialog.name.text().strip()
        password = dialog.password.text() or None
        added = self._call(lambda admin: admin.add_user(self.address, login, role, name, password))
        if added is None:
            return
        self.refresh()
        said = self.tr("{0} 现为{1}，评分时用的姓名为“{2}”。").format(login, role_label(role), added.name)
        if added.scored_cycles:
            said += self.tr("“{0}”在 {1} 个评价周期中已有的评分，现由 {2} 修改和查看。").format(
                added.name, added.scored_cycles, login
            )
        self._say(said)
        self.session.reload()  # an assessor is seated in the cycle

    def remove_selected(self) -> QMessageBox | None:
        """Ask first: the member's scores stay in the project, their access goes."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        logins = [self.table.item(r, 0).text() for r in rows]
        if not logins:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("取消成员资格"),
            self.tr("取消 {0} 的成员资格？他们的评分和评语留在项目中，但不能再连接这个项目。").format(
                "、".join(logins)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("取消成员资格"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("不取消"))
        box.accepted.connect(lambda: self._remove(logins))
        self.confirm = box
        box.open()
        return box

    def _remove(self, logins: list[str]) -> None:
        done = [
            login
            for login in logins
            if self._call(lambda admin, login=login: admin.remove_user(self.address, login)) is not None
        ]
        refused = self.problem.text() if len(done) < len(logins) else ""
        self.refresh()
        if refused:
            self._say(refused, ok=False)
        elif done:
            self._say(self.tr("{0} 已不再是本项目的成员").format("、".join(done)))

    def set_round(self, open_: bool) -> None:
        cycle = self.session.snapshot.cycle.name
        if self._call(lambda admin: admin.set_round(self.address, cycle, open_)) is not None:
            self.refresh()


class TeamMembers(QObject):
    """The menu entry, enabled while a team server's project is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("团队成员与共识评议(&M)…"), window)
        self.action.triggered.connect(self.show)
        self.action.setEnabled(False)
        window.projectOpened.connect(self._follow)
        window.projectClosed.connect(self._follow)
        self.dialog: TeamDialog | None = None

    def _follow(self) -> None:
        session = self.window.session
        self.action.setEnabled(session is not None and session.on_server)

    def show(self) -> TeamDialog | None:
        session = self.window.session
        if session is None or not session.on_server:  # the entry is disabled then
            return None
        self.dialog = TeamDialog(self.window, session)
        self.dialog.open()
        return self.dialog
