"""The main window's project handling: opening (a file, a new project, the sample)
in a worker, showing an open session, handing it over, closing it, and following
its refreshes and cycles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QWidget

from excellence_app.core.changes import Kind
from excellence_app.ui.shell.pages import page_spec
from excellence_app.ui.shell.session import OpenedProject, ProjectSession, Update
from excellence_app.ui.shell.tree_model import CriteriaModel

# What the criteria tree shows: clause states, item scores and whether they are agreed.
TREE_SHOWS: tuple[Kind, ...] = ("responses", "scores", "consensus", "assessors", "cycles", "settings")

if TYPE_CHECKING:
    from excellence_app.ui.generated.ui_main_window import Ui_MainWindow


class ProjectHandling:
    """Mixed into MainWindow (before QMainWindow): it uses the window's ui, pages,
    settings, opener and the QWidget methods."""

    ui: Ui_MainWindow
    session: ProjectSession | None
    model: CriteriaModel | None

    # --- opening and closing -----------------------------------------------------------------
    def choose_and_open(self) -> None:
        start = (
            str(Path(self.settings.recent_files()[0]).parent)
            if self.settings.recent_files()
            else str(Path.home())
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("打开项目"), start, self.tr("项目文件 (*.exa);;所有文件 (*)")
        )
        if chosen:
            self.open_project(Path(chosen))

    def open_project(self, path: Path) -> None:
        path = Path(path)
        if self.session is not None and path.resolve() == self.session.path.resolve():
            self.show_page("dashboard")
            return
        self.opener.open(path, self.settings.user_name)

    def new_project(self) -> QWidget:
        from excellence_app.ui.shell.wizard import NewProjectWizard

        wizard = NewProjectWizard(self)
        wizard.accepted.connect(lambda: self.opener.create(wizard.result_project(), self.settings.user_name))
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_sample(self) -> None:
        from excellence_app.ui.shell.opener import sample_path

        if self.session is not None and self.session.path.resolve() == sample_path().resolve():
            self.show_page("dashboard")
            return
        self.opener.open_sample(self.settings.user_name)

    def _busy(self, busy: bool) -> None:
        welcome = self.pages.get("welcome")
        if welcome is not None:
            welcome.set_busy(busy)  # type: ignore[attr-defined]
        for action in (self.ui.actionNew, self.ui.actionOpen, self.ui.actionOpenSample):
            action.setEnabled(not busy)
        if busy:
            self.ui.statusBar.showMessage(self.tr("正在打开…"))
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            self.ui.statusBar.clearMessage()
            QApplication.restoreOverrideCursor()

    def _open_failed(self, exc: BaseException, path: Path | None) -> None:
        if path is not None and not Path(path).exists():
            self.settings.remove_recent(path)
            welcome = self.pages.get("welcome")
            if welcome is not None:
                welcome.refresh()
        self.show_error(exc)

    def _install(self, opened: OpenedProject) -> None:
        self.adopt_opened(opened)

    def adopt_opened(self, opened: OpenedProject) -> None:
        """Show a project a worker (or the screenshot mode) has just opened."""
        self.release_session(close=True)
        self.adopt(ProjectSession(opened, self.settings, self))

    def adopt(self, session: ProjectSession, page: str | None = None, item_id: str | None = None) -> None:
        """Show an open session (new, or handed over from a window in another language)."""
        session.setParent(self)
        self.session = session
        session.changed.connect(self._changed)
        session.saved.connect(self._saved)
        session.saveStateChanged.connect(self._update_save_state)
        session.failed.connect(self._save_failed)
        session.revealRequested.connect(self._reveal)
        session.cycleChanged.connect(self._cycle_changed)
        session.assessorChanged.connect(self._assessor_changed)
        session.flushRequested.connect(self._flush_pages)
        stack = session.undo_stack
        stack.canUndoChanged.connect(self._update_undo)
        stack.canRedoChanged.connect(self._update_undo)
        stack.indexChanged.connect(self._update_undo)
        self.model = CriteriaModel(session.framework, self)
        tree = self.ui.criteriaTree
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents re-reads every row on each refresh.
        bold = QFont(tree.font())
        bold.setBold(True)  # category rows are bold
        metrics = QFontMetrics(bold)
        for column, sample in ((1, self.tr("已完成")), (2, "203.75/400")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(
                column,
                max(
                    metrics.horizontalAdvance(sample),
                    metrics.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal))),
                )
                + 18,
            )
        self.model.set_data(session.summary, session.snapshot)
        for row in range(self.model.rowCount()):
            tree.setExpanded(self.model.index(row, 0), True)
        for p in self.pages.values():
            p.set_session(session)
        if self.search is not None:
            self.search.deleteLater()
            self.search = None
        self.settings.add_recent(session.path)
        self._fill_cycles()
        self._show_docks(True)
        self._update_project_actions()
        self._update_undo()
        self._update_save_state()
        self._update_status()
        last = item_id or self.settings.last_item(session.path)
        if page and page != "item":
            self.show_page(page)
        elif last and session.framework.has_item(last):
            self.show_item(last)
        else:
            self.show_page("dashboard")
        self.projectOpened.emit()

    def release_session(self, close: bool) -> ProjectSession | None:
        """Detach the session from this window; close it (releasing the file) if asked."""
        session = self.session
        if session is None:
            return None
        for p in self.pages.values():
            p.flush()
        session.flush()
        for signal in (
            session.changed,
            session.saved,
            session.saveStateChanged,
            session.failed,
            session.revealRequested,
            session.cycleChanged,
            session.assessorChanged,
            session.flushRequested,
            session.undo_stack.canUndoChanged,
            session.undo_stack.canRedoChanged,
            session.undo_stack.indexChanged,
        ):
            signal.disconnect()
        self.session = None
        for p in self.pages.values():
            p.set_session(None)
        self.ui.criteriaTree.setModel(None)
        self.model = None
        if close:
            session.close()
            session.deleteLater()
        return session

    def close_project(self) -> None:
        if self.session is None:
            return
        self.release_session(close=True)
        self._show_docks(False)
        self._update_project_actions()
        self._update_undo()
        self._update_save_state()
        self._update_status()
        self.show_page("welcome")
        self.projectClosed.emit()

    # --- following the session ---------------------------------------------------------------
    def _changed(self, update: Update) -> None:
        session = self.session
        if session is None:
            return
        if self.model is not None and update.changes.touches(*TREE_SHOWS, cycle=session.cycle_id):
            self.model.set_data(session.summary, session.snapshot)
        page = self.current_page()
        if page is not None:
            page.changed(update)
        if self.search is not None:
            self.search.set_snapshot(session.snapshot)
        self._update_status()
        self._update_guidelines()

    def _saved(self) -> None:
        self.save_failed = False
        self._update_save_state()

    def _save_failed(self, error: BaseException) -> None:
        self.save_failed = True
        self._update_save_state()
        self.show_error(error)

    def _flush_pages(self) -> None:
        for p in self.pages.values():
            p.flush()

    def _reveal(self, item_id: str) -> None:
        if self.current_page() is not self.pages.get("item") or self._current_item() != item_id:
            self.show_item(item_id)

    def _cycle_changed(self) -> None:
        self._fill_cycles()
        page = self.current_page()
        if page is self.pages.get("item"):
            page.load(page.current_item())  # type: ignore[attr-defined]
        elif page is not None:
            page.refresh()
        self._update_title()

    def _assessor_changed(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self._update_status()
        self._update_guidelines()

    def _fill_cycles(self) -> None:
        combo = self.cycle_combo
        combo.blockSignals(True)
        combo.clear()
        if self.session is not None:
            for cycle in self.session.service.cycles():
                combo.addItem(cycle.name, cycle.id)
            combo.setCurrentIndex(max(0, combo.findData(self.session.cycle_id)))
        combo.blockSignals(False)

    def _cycle_chosen(self, index: int) -> None:
        if self.session is not None:
            self._leave_page()
            self.session.set_cycle(self.cycle_combo.itemData(index))

    def _update_project_actions(self) -> None:
        has = self.session is not None
        for action in (
            self.ui.actionCloseProject,
            self.ui.actionFind,
            self.ui.actionPrevItem,
            self.ui.actionNextItem,
        ):
            action.setEnabled(has)
        self.cycle_label_action.setVisible(has)
        self.cycle_combo_action.setVisible(has)
        for name, action in self.page_actions.items():
            if page_spec(name).needs_project:
                action.setEnabled(has)
