"""File → 另存为…, 导出项目存档（交换格式）…, 从项目存档新建项目… and 导入评审员评分工作簿…

Each runs in a worker with a progress dialog (the copy and the archive) through the same
services the command line uses; what they refuse is said in one line. After 另存为 and after
an archive is imported the window works on the new file, as if it had been opened.

Nothing of the services is imported until a menu entry is used: the window starts without them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from excellence_app.ui.exports.menu import safe_name
from excellence_app.ui.project_files.server_connect import ServerConnect
from excellence_app.ui.project_files.team_members import TeamMembers
from excellence_app.ui.project_files.workbooks import WorkbookImport
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.jobs import ProgressJob, follow

if TYPE_CHECKING:
    from excellence_app.services.project import ProjectService
    from excellence_app.ui.shell.main_window import MainWindow
    from excellence_app.ui.shell.session import OpenedProject

PROJECT_SUFFIX, ARCHIVE_SUFFIX = ".exa", ".zip"


def _opened(service: ProjectService, cycle_id: int | None = None) -> OpenedProject:
    """What the window needs of a project the worker has just opened (read in the worker too)."""
    from excellence_app.ui.shell.session import read_opened

    return read_opened(service, cycle_id)


def _with_suffix(chosen: str, suffix: str) -> Path:
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(suffix)


def _insert_after(menu: QMenu, after: QAction, action: QAction) -> None:
    actions = menu.actions()
    index = actions.index(after) if after in actions else len(actions) - 1
    if index + 1 < len(actions):
        menu.insertAction(actions[index + 1], action)
    else:
        menu.addAction(action)


class ProjectFiles(QObject):
    """The window's project files: copies, archives and assessors' workbooks; one job at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: ProgressJob | None = None
        self.message: QMessageBox | None = None
        self.workbooks = WorkbookImport(window)
        self.server = ServerConnect(window)
        self.team = TeamMembers(window)
        self.save_as_action = QAction(self.tr("另存为(&A)…"), window)
        self.export_action = QAction(self.tr("导出项目存档(&T)（交换格式）…"), window)
        self.import_action = QAction(self.tr("从项目存档新建项目(&H)…"), window)
        self.import_action.setObjectName("actionNewFromArchive")  # needs no open project
        self.workbooks_action = QAction(self.tr("导入评审员评分工作簿(&K)…"), window)

    # --- the menu ----------------------------------------------------------------------------
    @classmethod
    def install(cls, window: Any) -> ProjectFiles:
        """Put the four entries into the File menu, each beside its kind; those that need an open
        project are enabled while one is open."""
        files = cls(window)
        ui, menu = window.ui, window.ui.menuFile
        files.save_as_action.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        files.save_as_action.triggered.connect(files.choose_save_as)
        files.export_action.triggered.connect(files.choose_export)
        files.import_action.triggered.connect(files.choose_import)
        files.workbooks_action.triggered.connect(files.workbooks.choose)
        _insert_after(menu, ui.actionOpenSample, files.import_action)
        _insert_after(menu, ui.actionOpen, files.server.action)
        _insert_after(menu, files.server.action, files.team.action)
        _insert_after(menu, ui.menuRecent.menuAction(), files.save_as_action)
        word = getattr(getattr(window, "word_importer", None), "action", None)
        _insert_after(menu, word or files.save_as_action, files.workbooks_action)
        exports = getattr(getattr(window, "exporter", None), "menu", None)
        _insert_after(menu, exports.menuAction() if exports else files.workbooks_action, files.export_action)
        needs_project = (files.save_as_action, files.export_action, files.workbooks_action)
        for action in needs_project:
            action.setEnabled(window.session is not None)
            window.projectOpened.connect(lambda a=action: a.setEnabled(True))
            window.projectClosed.connect(lambda a=action: a.setEnabled(False))
        return files

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _folder(self) -> Path:
        session = self.window.session
        if session is not None:
            return session.folder
        recent = self.window.settings.recent_files()
        return Path(recent[0]).parent if recent else Path.home()

    # --- 另存为 ------------------------------------------------------------------------------
    def choose_save_as(self) -> ProgressJob | None:
        session = self.window.session
        if session is None or self.busy():
            return None
        stem = session.path.name if session.on_server else session.path.stem
        start = session.folder / (self.tr("{0}-副本").format(stem) + PROJECT_SUFFIX)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("另存为"), str(start), self.tr("项目文件 (*.exa)")
        )
        if not chosen:
            return None
        path = _with_suffix(chosen, PROJECT_SUFFIX)
        # The file dialog has asked before a file is replaced; one it did not show is not replaced.
        return self.save_as(path, replace=path.exists() and path == Path(chosen))

    def save_as(self, path: Path, *, replace: bool = False) -> ProgressJob | None:
        """Copy the open project to ``path`` in a worker, then work on the copy."""
        window, session = self.window, self.window.session
        if session is None or self.busy():
            return None
        window.leave_page()  # what is typed is saved first: the copy holds every edit
        svc, cycle_id = session.service, session.cycle_id
        return self._run(
            lambda _p, _c: _opened(svc.save_as(path, replace=replace), cycle_id),
            self.tr("正在另存为 {0}…").format(path.name),
            self._saved_as,
            cancellable=False,  # a backup is short and all-or-nothing; nothing to stop half way
        )

    def _saved_as(self, opened: OpenedProject) -> None:
        from excellence_app.ui.shell.session import ProjectSession

        window, old = self.window, self.window.session
        if old is None:  # closed meanwhile (cannot happen behind a modal dialog): keep no lock
            opened.service.close()
            return
        settings, new_path = window.settings, Path(opened.service.path)
        page = next((name for name, p in window.pages.items() if p is window.current_page()), None)
        item = window.current_item()
        assessor = old.assessor()
        if assessor is not None:  # the copy is scored by the same person as the file it came from
            settings.set_last_assessor(new_path, assessor.name)
        # Closing the old session releases the old file's lock; the copy's is held already.
        window.project.release(close=True)
        window.project.adopt(ProjectSession(opened, settings, window), page=page, item_id=item)
        window.ui.statusBar.showMessage(self.tr("已另存为 {0}").format(new_path), 10_000)

    # --- the archive -------------------------------------------------------------------------
    def choose_export(self) -> ProgressJob | None:
        session = self.window.session
        if session is None or self.busy():
            return None
        name = safe_name(session.snapshot.project.org_name) + ARCHIVE_SUFFIX
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("导出项目存档（交换格式）"),
            str(self._folder() / name),
            self.tr("项目存档 (*.zip)"),
        )
        return self.export_archive(_with_suffix(chosen, ARCHIVE_SUFFIX)) if chosen else None

    def export_archive(self, out: Path) -> ProgressJob | None:
        session = self.window.session
        if session is None or self.busy():
            return None
        from excellence_app.services.interchange import export_project

        self.window.leave_page()
        svc = session.service
        return self._run(
            lambda progress, cancelled: export_project(svc, out, progress=progress, cancelled=cancelled),
            self.tr("正在导出项目存档…"),
            lambda path: self._tell(
                QMessageBox.Icon.Information, self.tr("已导出项目存档：\n{0}").format(path)
            ),
        )

    def choose_import(self) -> ProgressJob | None:
        if self.busy():
            return None
        archive, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("从项目存档新建项目"),
            str(self._folder()),
            self.tr("项目存档 (*.zip);;所有文件 (*)"),
        )
        if not archive:
            return None
        target, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("新项目文件保存为"),
            str(Path(archive).with_suffix(PROJECT_SUFFIX)),
            self.tr("项目文件 (*.exa)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is never replaced
        )
        return self.import_archive(Path(archive), _with_suffix(target, PROJECT_SUFFIX)) if target else None

    def import_archive(self, archive: Path, target: Path) -> ProgressJob | None:
        """Build ``target`` from ``archive`` in a worker and open it; an existing file is refused."""
        if self.busy():
            return None
        from excellence_app.services.interchange import import_project

        actor = self.window.settings.user_name
        return self._run(
            lambda progress, cancelled: _opened(
                import_project(archive, target, actor, progress=progress, cancelled=cancelled)
            ),
            self.tr("正在从项目存档新建项目…"),
            self.window.project.adopt_opened,
        )

    # --- running and telling -----------------------------------------------------------------
    def _run(
        self,
        work: Callable[..., Any],
        label: str,
        done: Callable[[Any], None],
        cancellable: bool = True,
    ) -> ProgressJob:
        self.message = None
        job = ProgressJob(work, self)
        job.finished.connect(done)
        job.failed.connect(lambda exc: self._tell(QMessageBox.Icon.Warning, i18n.error_text(exc)))
        self.job = job
        dialog = follow(job, label, self.window, cancellable=cancellable)
        if not cancellable:
            dialog.show()  # at once, not after a delay: nothing may be typed into the file being left
        return job.start()

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("项目文件"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = box
        box.open()
