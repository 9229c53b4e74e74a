"""The password a team server asks for: typed, used for this connection, and kept in the
system's keyring only when the user asks (where the system has one)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from excellence_app.ui.widgets.buttons import ok_cancel


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget, text: str, can_keep: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接团队服务器"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.said = QLabel(text)
        self.said.setWordWrap(True)
        layout.addWidget(self.said)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        layout.addWidget(self.password)
        self.keep = QCheckBox(self.tr("在系统钥匙串中记住密码"))
        self.keep.setVisible(can_keep)  # where there is no keyring, nothing can be kept
        layout.addWidget(self.keep)
        buttons = ok_cancel(self, self.tr("连接"))
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.password.text():
            super().accept()
