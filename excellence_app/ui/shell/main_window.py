"""The main window: criteria tree on the left, the page stack in the middle, the
scoring guidelines on the right; menus, tool bar and a status bar that shows the
save state and the 字数 against the award's limit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QWidget,
)

from excellence_app.core.server_address import ServerAddress, is_server
from excellence_app.ui.generated.ui_main_window import Ui_MainWindow
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.host import Page
from excellence_app.ui.shell.navigation import Navigation
from excellence_app.ui.shell.pages import PageSpec, page_spec
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.window_project import ProjectControl
from excellence_app.ui.shell.window_status import GuideDock, WindowStatus

if TYPE_CHECKING:
    # Hints only: the session (framework, YAML) is imported when a project is open, and the
    # tools once the window is painted (install_tools), not before the first frame.
    from excellence_app.ui.exports.menu import Exporter
    from excellence_app.ui.help.centre import HelpCentre
    from excellence_app.ui.print_preview.menu import PrintPreview
    from excellence_app.ui.project_files.menu import ProjectFiles
    from excellence_app.ui.search.dock import SearchDock
    from excellence_app.ui.shell.session import ProjectSession
    from excellence_app.ui.word_import.flow import WordImporter

NAV_WIDTH, GUIDE_WIDTH = 370, 290
# If the window is never exposed (started minimised), its tools come anyway.
TOOLS_AT_THE_LATEST_MS = 1000


class MainWindow(QMainWindow):
    """Owns its parts: the project (opening, the session, the cycle chooser), the navigation
    (page list and criteria tree), the status bar and title, the guidelines dock and the
    export menu; it keeps the page stack and the window-wide actions."""

    languageChanged = Signal(str)
    projectOpened = Signal()
    projectClosed = Signal()

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, *, tools_later: bool = False
    ) -> None:
        """``tools_later``: the search dock and the export, print, help, project-file and Word
        menus (about 70 ms of imports and widgets) come once the window has been painted the
        first time (:meth:`install_tools`), as at start-up; otherwise with the window."""
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, Page] = {}
        self.search: SearchDock | None = None
        self._layout_restored = False
        self.message: QMessageBox | None = None
        self._docks_sized = False
        self.nav = Navigation(self)
        self.status = WindowStatus(self)
        self.guide = GuideDock(self)
        self.project = ProjectControl(self)
        self.project.opened.connect(self.projectOpened)
        self.project.closed.connect(self.projectClosed)
        self._build_actions()
        self.show_docks(False)
        self.show_page("welcome")
        self.status.update_title()
        if tools_later:
            self.winId()  # the native window exists now, so its first exposure can be seen
            self.windowHandle().installEventFilter(_AfterFirstFrame(self, self.install_tools))
            QTimer.singleShot(TOOLS_AT_THE_LATEST_MS, self.install_tools)
        else:
            self.install_tools()

    @property
    def session(self) -> ProjectSession | None:
        return self.project.session

    # --- building ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        ui = self.ui
        self.setWindowIcon(icon("app"))
        for action, name in (
            (ui.actionNew, "new"),
            (ui.actionOpen, "open"),
            (ui.actionOpenSample, "sample"),
            (ui.actionUndo, "undo"),
            (ui.actionRedo, "redo"),
            (ui.actionFind, "search"),
            (ui.actionSettings, "settings"),
            (ui.actionPrevItem, "prev"),
            (ui.actionNextItem, "next"),
            (ui.actionCloseProject, "close"),
        ):
            action.setIcon(icon(name))
        ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.actionNew.triggered.connect(self.new_project)
        ui.actionOpen.triggered.connect(self.choose_and_open)
        ui.actionOpenSample.triggered.connect(self.open_sample)
        ui.actionCloseProject.triggered.connect(self.close_project)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRedo.triggered.connect(self.redo)
        ui.actionFind.triggered.connect(self.open_search)
        ui.actionSettings.triggered.connect(lambda: self.show_page("settings"))
        ui.actionPrevItem.triggered.connect(lambda: self.step_item(-1))
        ui.actionNextItem.triggered.connect(lambda: self.step_item(1))
        ui.actionAbout.triggered.connect(self.about)
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        ui.menuView.addAction(ui.navDock.toggleViewAction())
        ui.menuView.addAction(ui.guideDock.toggleViewAction())
        ui.menuView.addAction(ui.toolBar.toggleViewAction())
        ui.guideDock.setMinimumWidth(260)
        ui.navDock.setMinimumWidth(300)
        self.project.update_actions()

    def install_tools(self) -> None:
        """The search dock and the menus of the window's tools; once."""
        if self.search is not None:
            return
        from excellence_app.ui.exports.menu import Exporter
        from excellence_app.ui.help.centre import HelpCentre
        from excellence_app.ui.print_preview.menu import PrintPreview
        from excellence_app.ui.project_files.menu import ProjectFiles
        from excellence_app.ui.search.dock import SearchDock
        from excellence_app.ui.word_import.flow import WordImporter

        # Hidden until Ctrl+F; placed by the window's saved state when that came first.
        self.search = SearchDock.install(self)
        if self._layout_restored and self.restoreDockWidget(self.search):
            self.search.hide()
        self.word_importer: WordImporter = WordImporter.install(self)
        self.exporter: Exporter = Exporter.install(self)
        self.help_centre: HelpCentre = HelpCentre.install(self)
        self.project_files: ProjectFiles = ProjectFiles.install(self)
        self.print_preview: PrintPreview = PrintPreview.install(self)
        if self.session is not None:  # opened before the tools came
            self.search.set_snapshot(self.session.snapshot)
            self.search._update_actions()

    def show_docks(self, shown: bool) -> None:
        ui = self.ui
        ui.navDock.setVisible(shown)
        ui.guideDock.setVisible(shown and self.guide.wanted and self.current_page() is self.pages.get("item"))
        if shown and not self._docks_sized:
            self.resizeDocks([ui.navDock, ui.guideDock], [NAV_WIDTH, GUIDE_WIDTH], Qt.Orientation.Horizontal)
            self._docks_sized = True

    # --- the project (what the pages and the menus ask of the window) -------------------------
    def open_project(self, path: Path | str) -> None:
        self.project.open_project(path)

    def choose_and_open(self) -> None:
        self.project.choose_and_open()

    def new_project(self) -> QWidget:
        return self.project.new_project()

    def open_sample(self) -> None:
        self.project.open_sample()

    def close_project(self) -> None:
        self.project.close()

    # --- pages -------------------------------------------------------------------------------
    def page(self, name: str) -> Page:
        if name not in self.pages:
            spec: PageSpec = page_spec(name)
            page = spec.load()(spec, self, self.ui.pages)
            page.set_session(self.session)
            if hasattr(page, "bandChanged"):
                page.bandChanged.connect(self.guide.update)
            self.ui.pages.addWidget(page)
            self.pages[name] = page
        return self.pages[name]

    def current_page(self) -> Page | None:
        widget = self.ui.pages.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, name: str, item_id: str | None = None) -> None:
        spec = page_spec(name)
        if spec.needs_project and self.session is None:
            return
        if spec.item_scoped:
            self.show_item(item_id or self.current_item() or next(self.session.framework.items()).id)
            return
        self.leave_page()
        page = self.page(name)
        self.ui.pages.setCurrentWidget(page)
        page.activate(item_id)
        self.nav.select_page(name)
        self.guide.update()

    def leave_page(self) -> None:
        """Save what the page shown now holds typed, before another page or cycle shows."""
        current = self.current_page()
        if current is not None:
            current.flush()
        if self.session is not None:
            self.session.flush()

    def show_item(self, item_id: str, clause_id: str | None = None) -> None:
        if self.session is None:
            return
        self.leave_page()
        page = self.page("item")
        self.ui.pages.setCurrentWidget(page)
        page.activate(item_id)
        self.nav.select_item(item_id)
        self.nav.select_page("item")
        self.settings.set_last_item(self.session.path, item_id)
        self.guide.update()
        if clause_id:
            page.focus_clause(clause_id)  # type: ignore[attr-defined]

    def current_item(self) -> str | None:
        """The item the item page shows (or last showed)."""
        page = self.pages.get("item")
        return page.current_item() if page is not None else None

    def step_item(self, step: int) -> None:
        if self.session is None:
            return
        ids = [i.id for i in self.session.framework.items()]
        current = self.current_item() if self.current_page() is self.pages.get("item") else None
        if current is None:
            target = ids[0] if step > 0 else ids[-1]
        else:
            target = ids[max(0, min(len(ids) - 1, ids.index(current) + step))]
        self.show_item(target)

    # --- editing -----------------------------------------------------------------------------
    def undo(self) -> None:
        if self.session is not None:
            page = self.current_page()
            if page is not None:
                page.flush()
            self.session.undo()

    def redo(self) -> None:
        if self.session is not None:
            page = self.current_page()
            if page is not None:
                page.flush()
            self.session.redo()

    def open_search(self) -> SearchDock | None:
        if self.session is None:
            return None
        self.install_tools()
        assert self.search is not None
        self.search.open()
        return self.search

    def forget_search(self) -> None:
        """A newly shown project starts with a new search."""
        if self.search is not None:
            self.search.forget()

    # --- messages ----------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        text = i18n.error_text(exc)
        self.ui.statusBar.showMessage(text, 10_000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("卓越绩效自评"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def tell_upgrade(self, notes: list[tuple[str, str]], backup: Path | None) -> None:
        """Say once what opening an older file moved, and where the copy made first is."""
        lines = [en if i18n.english() else zh for zh, en in notes]
        text = lines[0]
        if backup is not None:
            text += "\n\n" + self.tr("升级前的文件已另存为：{0}").format(backup.name)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("项目文件已升级"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setDetailedText("\n".join(lines[1:]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def about(self) -> None:
        self.install_tools()
        self.help_centre.show_about()

    def set_language(self, language: str) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language
        i18n.install(QCoreApplication.instance(), language)
        self.languageChanged.emit(language)

    def forget_recent(self, path: Path) -> None:
        self.settings.remove_recent(path)

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        files = self.settings.recent_files()
        for text in files:
            if is_server(text):  # a team server's project: its database, on which server
                address = ServerAddress.parse(text)
                label = self.tr("{0}（团队服务器 {1}）").format(address.database, address.host)
            else:
                label = Path(text).name
            action = menu.addAction(label)
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, p=text: self.project.open_project(p))
        if not files:
            empty = menu.addAction(self.tr("（无）"))
            empty.setEnabled(False)

    def restore_layout(self, state: QByteArray) -> None:
        """Dock sizes and places as the user left them; whether they show follows the project."""
        self.restoreState(state)
        self._layout_restored = True
        self._docks_sized = True
        self.show_docks(self.session is not None)

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing is ever unsaved, so closing never asks; it saves what is typed and goes."""
        self.project.release(close=True)
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.search is not None:
            self.search.close()
        event.accept()


class _AfterFirstFrame(QObject):
    """Calls ``then`` from the event loop once the window it watches is first exposed, which
    is when Qt paints it."""

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed():  # type: ignore[attr-defined]
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False
