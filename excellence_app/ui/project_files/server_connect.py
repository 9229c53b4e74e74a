"""File → 连接团队服务器…: open a team's project on a PostgreSQL server by its address.

The dialog takes the address the lead handed out (``postgresql://user@host:port/database``)
or one opened before; the opening itself is the window's, in a worker, as for a file. The
password is asked for only when the server wants one that ``~/.pgpass`` or ``PGPASSWORD``
did not give (``ui.shell.window_project``), and is never kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from excellence_app.core.errors import AppError
from excellence_app.core.server_address import ServerAddress, is_server
from excellence_app.ui.shell import i18n
from excellence_app.ui.widgets.buttons import ok_cancel

if TYPE_CHECKING:
    from excellence_app.ui.shell.main_window import MainWindow


class ServerDialog(QDialog):
    """The address of a team's project, typed or picked from the servers opened before."""

    def __init__(self, parent: QWidget, recent: list[str]) -> None:
        super().__init__(parent)
        self.address: ServerAddress | None = None
        self.setWindowTitle(self.tr("连接团队服务器"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "团队的项目保存在 PostgreSQL 数据库中。请输入组长提供的地址，格式为\n"
                "postgresql://用户名@主机:端口/数据库"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItems(recent)
        self.combo.setAccessibleName(self.tr("服务器地址"))
        layout.addWidget(self.combo)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        note = QLabel(
            self.tr(
                "服务器要求密码时程序会询问；密码不会写入任何文件，勾选后可保存在系统钥匙串中（也可写入 ~/.pgpass）。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d")
        layout.addWidget(note)
        buttons = ok_cancel(self, self.tr("连接"))
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.combo.currentText().strip()
        try:
            self.address = ServerAddress.parse(text)
        except AppError as exc:
            self.problem.setText(exc.en if i18n.english() else exc.zh)
            self.problem.setVisible(True)
            return
        super().accept()


class ServerConnect(QObject):
    """The menu entry and its dialog; the window opens the project."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("连接团队服务器(&L)…"), window)
        self.action.setObjectName("actionConnectServer")  # needs no open project
        self.action.triggered.connect(self.choose)
        self.dialog: ServerDialog | None = None

    def choose(self) -> ServerDialog:
        recent = [text for text in self.window.settings.recent_files() if is_server(text)]
        dialog = ServerDialog(self.window, recent)
        dialog.accepted.connect(lambda: self.window.project.open_project(dialog.address))
        self.dialog = dialog
        dialog.open()
        return dialog
