"""The start page: new project, open, the sample organisation and recent files.

On a machine's first start it offers the sample organisation once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from excellence_app.core.changes import Kind
from excellence_app.core.server_address import ServerAddress, is_server
from excellence_app.ui.generated.ui_welcome_page import Ui_WelcomePage
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec
from excellence_app.ui.shell.resources import icon

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(Page):
    watches: tuple[Kind, ...] = ()  # the recent files, not the project

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.newButton.setIcon(icon("new"))
        ui.openButton.setIcon(icon("open"))
        ui.sampleButton.setIcon(icon("sample"))
        ui.newButton.clicked.connect(host.new_project)
        ui.openButton.clicked.connect(host.choose_and_open)
        ui.sampleButton.clicked.connect(host.open_sample)
        ui.offerOpenButton.clicked.connect(self._accept_offer)
        ui.offerDismissButton.clicked.connect(self._dismiss_offer)
        ui.recentList.itemActivated.connect(self._open_recent)
        ui.recentList.itemClicked.connect(self._open_recent)
        ui.busyLabel.setVisible(False)
        self._first_start = not host.settings.sample_offered
        if self._first_start:
            host.settings.mark_sample_offered()
        ui.sampleOffer.setVisible(self._first_start)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.ui.busyLabel.setText(text or self.tr("正在打开…"))
        self.ui.busyLabel.setVisible(busy)
        for button in (self.ui.newButton, self.ui.openButton, self.ui.sampleButton, self.ui.offerOpenButton):
            button.setEnabled(not busy)
        self.ui.recentList.setEnabled(not busy)

    def refresh(self) -> None:
        lst = self.ui.recentList
        lst.clear()
        for text in self.host.settings.recent_files():
            if is_server(text):  # a team server's project: never greyed, the server says if it is gone
                address = ServerAddress.parse(text)
                exists = True
                label = self.tr("{0}\n团队服务器 {1}").format(address.database, address.host)
            else:
                path = Path(text)
                exists = path.is_file()
                label = (
                    f"{path.stem}\n{path.parent}"
                    if exists
                    else self.tr("{0}（文件已不在原处）\n{1}").format(path.stem, path.parent)
                )
            entry = QListWidgetItem(icon("item"), label)
            entry.setData(PATH_ROLE, text)
            entry.setToolTip(text)
            if not exists:
                entry.setForeground(Qt.GlobalColor.gray)
            lst.addItem(entry)
        empty = lst.count() == 0
        lst.setVisible(not empty)
        self.ui.recentEmpty.setVisible(empty)

    def _open_recent(self, entry: QListWidgetItem) -> None:
        # A file that is gone is reported by the opener, which also drops it from the list.
        self.host.open_project(entry.data(PATH_ROLE))

    def _accept_offer(self) -> None:
        self.ui.sampleOffer.setVisible(False)
        self.host.open_sample()

    def _dismiss_offer(self) -> None:
        self.ui.sampleOffer.setVisible(False)
