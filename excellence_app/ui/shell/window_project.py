"""The main window's project, a part the window owns: opening (a file, a team server's
project, a new project, the sample) in a worker, showing an open session, handing it over, closing it, following its
changes, and the cycle chooser in the tool bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QWidget

from excellence_app.core.errors import AppError
from excellence_app.core.server_address import (
    PasswordNeeded,
    PasswordRefused,
    ServerAddress,
    ServerError,
    is_server,
)
from excellence_app.ui.shell import i18n, warm_up
from excellence_app.ui.shell.opener import ProjectOpener
from excellence_app.ui.shell.pages import page_spec

if TYPE_CHECKING:
    from excellence_app.ui.shell.main_window import MainWindow
    from excellence_app.ui.shell.session import OpenedProject, ProjectSession, Update


class ProjectControl(QObject):
    opened = Signal()
    closed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.wizard: QWidget | None = None
        self.opener = ProjectOpener(window)
        self._keep: ServerAddress | None = None  # a password to keep once it has worked
        self.password_dialog: QWidget | None = None
        self.opener.opened.connect(self.adopt_opened)
        self.opener.failed.connect(self._open_failed)
        self.opener.busyChanged.connect(self._busy)
        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumWidth(150)
        self.cycle_combo.activated.connect(self._cycle_chosen)
        toolbar = window.ui.toolBar
        self.cycle_label_action = toolbar.addWidget(QLabel(self.tr("评价周期")))
        self.cycle_combo_action = toolbar.addWidget(self.cycle_combo)

    # --- opening -----------------------------------------------------------------------------
    def choose_and_open(self) -> None:
        settings = self.window.settings
        recent = settings.recent_files()
        start = str(Path(recent[0]).parent) if recent else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("打开项目"), start, self.tr("项目文件 (*.exa);;所有文件 (*)")
        )
        if chosen:
            self.open_project(Path(chosen))

    def open_project(self, path: Path | str | ServerAddress) -> None:
        """Open a project file, or a team server's project (an address, or its text)."""
        if is_server(path) and not isinstance(path, ServerAddress):
            try:
                path = ServerAddress.parse(str(path))
            except AppError as exc:
                self.window.show_error(exc)
                return
        elif not isinstance(path, ServerAddress):
            path = Path(path)
        if self.session is not None and _same_place(path, self.session.path):
            self.window.show_page("dashboard")
            return
        if isinstance(path, ServerAddress) and self.window.settings.kept_password(path):
            path = path.from_keyring()
        self.opener.open(path, self.window.settings.user_name)

    def new_project(self) -> QWidget:
        from excellence_app.ui.shell.wizard import NewProjectWizard

        wizard = NewProjectWizard(self.window)
        user = self.window.settings.user_name
        wizard.accepted.connect(lambda: self.opener.create(wizard.result_project(), user))
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_sample(self) -> None:
        from excellence_app.ui.shell.opener import sample_path

        if self.session is not None and _same_place(self.session.path, sample_path()):
            self.window.show_page("dashboard")
            return
        self.opener.open_sample(self.window.settings.user_name)

    def _busy(self, busy: bool) -> None:
        ui = self.window.ui
        welcome = self.window.pages.get("welcome")
        if welcome is not None:
            welcome.set_busy(busy)  # type: ignore[attr-defined]
        for action in (ui.actionNew, ui.actionOpen, ui.actionOpenSample):
            action.setEnabled(not busy)
        if busy:
            ui.statusBar.showMessage(self.tr("正在打开…"))
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            ui.statusBar.clearMessage()
            QApplication.restoreOverrideCursor()

    def _open_failed(self, exc: BaseException, path: Path | ServerAddress | None) -> None:
        if isinstance(exc, PasswordNeeded) and isinstance(path, ServerAddress):
            self._ask_password(exc, path)
            return
        if isinstance(path, Path) and not path.exists():
            self.window.settings.remove_recent(path)
            welcome = self.window.pages.get("welcome")
            if welcome is not None:
                welcome.refresh()
        self.window.show_error(exc)

    def _ask_password(self, exc: PasswordNeeded, address: ServerAddress) -> None:
        """The server asks for a password no file or keyring gave, or refused the one given:
        ask, and try once more with it; kept in the keyring once it worked, if asked to."""
        from excellence_app.services import server_admin
        from excellence_app.ui.shell.password import PasswordDialog

        text = i18n.error_text(exc) if isinstance(exc, PasswordRefused) else ""
        text += ("\n\n" if text else "") + self.tr("团队服务器 {0} 要求输入用户 {1} 的密码：").format(
            address.host, address.user
        )
        dialog = PasswordDialog(self.window, text, server_admin.can_keep_passwords())

        def typed() -> None:
            with_password = address.with_password(dialog.password.text())
            self._keep = with_password if dialog.keep.isChecked() else None
            self.opener.open(with_password, self.window.settings.user_name)

        dialog.accepted.connect(typed)
        self.password_dialog = dialog
        dialog.open()

    # --- showing a session -------------------------------------------------------------------
    def adopt_opened(self, opened: OpenedProject) -> None:
        """Show a project a worker (or the screenshot mode) has just opened."""
        # Imported here, not at the top: the session pulls in the framework (YAML),
        # and the first frame must not wait for what only an open project needs. The worker
        # that opened the project has imported it by now.
        from excellence_app.ui.shell.session import ProjectSession

        self.release(close=True)
        self.adopt(ProjectSession(opened, self.window.settings, self.window))
        keep, self._keep = self._keep, None
        if keep is not None and keep == opened.service.path:  # it worked: kept, as asked
            from excellence_app.services import server_admin

            if server_admin.keep_password(keep):
                self.window.settings.set_kept_password(keep, True)
        if opened.service.upgrade_notes:
            self.window.tell_upgrade(opened.service.upgrade_notes, opened.service.backup)

    def adopt(self, session: ProjectSession, page: str | None = None, item_id: str | None = None) -> None:
        """Show an open session (new, or handed over from a window in another language)."""
        window = self.window
        session.setParent(window)
        self.session = session
        for signal, slot in self._connections(session):
            signal.connect(slot)
        window.nav.show_project(session)
        for p in window.pages.values():
            p.set_session(session)
        window.forget_search()
        window.settings.add_recent(session.path)
        self._fill_cycles()
        window.show_docks(True)
        self.update_actions()
        window.status.update_undo()
        window.status.update_save_state()
        window.status.update()
        last = item_id or window.settings.last_item(session.path)
        if page and page != "item":
            window.show_page(page)
        elif last and session.framework.has_item(last):
            window.show_item(last)
        else:
            window.show_page("dashboard")
        self.opened.emit()
        # The project is on screen: what its first edit will need is imported in the
        # background from the next turns of the event loop, so no keystroke waits for it.
        warm_up.start_after_paint()

    def _connections(self, session: ProjectSession) -> list[tuple[object, object]]:
        status, stack = self.window.status, session.undo_stack
        live = (
            []
            if session.live is None
            else [
                (session.live.told, self._told),
                (session.live.connectionChanged, status.set_online),
            ]
        )
        return [
            *live,
            (session.changed, self._changed),
            (session.saved, status.saved),
            (session.saveStateChanged, status.update_save_state),
            (session.failed, self._failed),
            (session.revealRequested, self._reveal),
            (session.cycleChanged, self._cycle_changed),
            (session.assessorChanged, self._assessor_changed),
            (session.flushRequested, self._flush_pages),
            (stack.canUndoChanged, status.update_undo),
            (stack.canRedoChanged, status.update_undo),
            (stack.indexChanged, status.update_undo),
        ]

    def release(self, close: bool) -> ProjectSession | None:
        """Detach the session from the window; close it (releasing the file) if asked."""
        session = self.session
        if session is None:
            return None
        window = self.window
        for p in window.pages.values():
            p.flush()
        session.flush()
        for signal, slot in self._connections(session):
            signal.disconnect(slot)  # type: ignore[attr-defined]
        self.session = None
        for p in window.pages.values():
            p.set_session(None)
        window.nav.forget_project()
        window.guide.forget()
        if close:
            session.close()
            session.deleteLater()
        return session

    def close(self) -> None:
        if self.session is None:
            return
        self.release(close=True)
        window = self.window
        window.show_docks(False)
        self.update_actions()
        window.status.update_undo()
        window.status.update_save_state()
        window.status.update()
        window.show_page("welcome")
        self.closed.emit()

    # --- following the session ---------------------------------------------------------------
    def _changed(self, update: Update) -> None:
        session, window = self.session, self.window
        if session is None:
            return
        window.nav.follow(session, update)
        page = window.current_page()
        if page is not None:
            page.changed(update)
        if window.search is not None:
            window.search.set_snapshot(session.snapshot)
        window.status.update()
        window.guide.update()

    def _told(self, text: str) -> None:
        self.window.ui.statusBar.showMessage(text, 8000)

    def _failed(self, error: BaseException) -> None:
        self.window.status.failed()
        live = self.session.live if self.session is not None else None
        if live is not None and not live.online and isinstance(error, ServerError):
            # The status bar already says the server is away: each step not saved is said
            # there too, not in a box per keystroke's save.
            self.window.ui.statusBar.showMessage(i18n.error_text(error), 10_000)
            return
        self.window.show_error(error)

    def _flush_pages(self) -> None:
        for p in self.window.pages.values():
            p.flush()

    def _reveal(self, item_id: str) -> None:
        window = self.window
        if window.current_page() is not window.pages.get("item") or window.current_item() != item_id:
            window.show_item(item_id)

    def _cycle_changed(self) -> None:
        window = self.window
        self._fill_cycles()
        page = window.current_page()
        if page is window.pages.get("item"):
            page.load(page.current_item())  # type: ignore[attr-defined]
        elif page is not None:
            page.refresh()
        window.status.update_title()

    def _assessor_changed(self) -> None:
        page = self.window.current_page()
        if page is not None:
            page.refresh()
        self.window.status.update()
        self.window.guide.update()

    def _fill_cycles(self) -> None:
        combo = self.cycle_combo
        combo.blockSignals(True)
        combo.clear()
        if self.session is not None:
            for cycle in self.session.service.cycles.all():
                combo.addItem(cycle.name, cycle.id)
            combo.setCurrentIndex(max(0, combo.findData(self.session.cycle_id)))
        combo.blockSignals(False)

    def _cycle_chosen(self, index: int) -> None:
        if self.session is not None:
            self.window.leave_page()
            self.session.set_cycle(self.cycle_combo.itemData(index))

    def update_actions(self) -> None:
        has = self.session is not None
        ui = self.window.ui
        for action in (ui.actionCloseProject, ui.actionFind, ui.actionPrevItem, ui.actionNextItem):
            action.setEnabled(has)
        if not has:  # with a project, the undo stack says (WindowStatus.update_undo)
            ui.actionUndo.setEnabled(False)
            ui.actionRedo.setEnabled(False)
        self.cycle_label_action.setVisible(has)
        self.cycle_combo_action.setVisible(has)
        for name, action in self.window.nav.page_actions.items():
            if page_spec(name).needs_project:
                action.setEnabled(has)


def _same_place(a: Path | ServerAddress, b: Path | ServerAddress) -> bool:
    if isinstance(a, ServerAddress) or isinstance(b, ServerAddress):
        return str(a) == str(b)
    return a.resolve() == b.resolve()
