"""File → 导入 Word…: choose a .docx, read it in a worker (a long report takes a moment),
preview the mapping, and apply it through ProjectSession as one undo step.

Nothing of the reader or the services is imported until the menu is used: the window
starts without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from excellence_app.ui.shell.jobs import ProgressJob, follow

if TYPE_CHECKING:
    from collections.abc import Callable

    from excellence_app.export.docx_import import WordImportPlan
    from excellence_app.ui.shell.session import ProjectSession
    from excellence_app.ui.word_import.dialog import WordImportDialog


class WordImporter(QObject):
    previewed = Signal(object)  # the dialog, once shown
    imported = Signal()

    def __init__(self, owner: QWidget, session: Callable[[], ProjectSession | None], show_error) -> None:
        super().__init__(owner)
        self.owner = owner
        self.session = session
        self.show_error = show_error
        self.folder: Path | None = None
        self.job: ProgressJob | None = None
        self.dialog: WordImportDialog | None = None
        self.action: QAction | None = None

    @classmethod
    def install(cls, window: Any) -> WordImporter:
        """Put 导入 Word… into the window's File menu, before 关闭项目; enabled while a project is open."""
        importer = cls(window, lambda: window.session, window.show_error)
        action = QAction(importer.tr("导入 Word 报告(&W)…"), window)
        action.triggered.connect(importer.choose)
        window.ui.menuFile.insertAction(window.ui.actionCloseProject, action)
        action.setEnabled(window.session is not None)
        window.projectOpened.connect(lambda: action.setEnabled(True))
        window.projectClosed.connect(lambda: action.setEnabled(False))
        importer.action = action
        return importer

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def choose(self) -> None:
        session = self.session()
        if session is None or self.busy():
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.owner,
            self.tr("导入 Word 报告"),
            str(self.folder or session.folder),
            self.tr("Word 文档 (*.docx)"),
        )
        if chosen:
            self.start(Path(chosen))

    def start(self, path: Path) -> ProgressJob | None:
        """Read ``path`` in a worker; the preview opens when it is read."""
        session = self.session()
        if session is None or self.busy():
            return None
        from excellence_app.services.word_import import plan_word_import

        self.folder = path.parent
        session.flush()  # the plan compares with what is typed, so it must be saved first
        svc, cycle_id = session.service, session.cycle_id
        job = ProgressJob(lambda _p, _c: plan_word_import(svc, cycle_id, path), self)
        job.finished.connect(self._read)
        job.failed.connect(self.show_error)
        self.job = job
        follow(job, self.tr("正在读取 Word 报告…"), self.owner, cancellable=False)
        return job.start()

    def _read(self, plan: WordImportPlan) -> None:
        from excellence_app.ui.word_import.dialog import WordImportDialog

        if self.session() is None:
            return
        dialog = WordImportDialog(plan, self.owner)
        dialog.accepted.connect(lambda: self.apply(dialog.plan, dialog.replace()))
        self.dialog = dialog
        dialog.open()
        self.previewed.emit(dialog)

    def apply(self, plan: WordImportPlan, replace: bool) -> bool:
        """One undo step; a refusal or failure is shown by the session and changes nothing."""
        from excellence_app.ui.word_import.commands import ImportWordReport

        session = self.session()
        if session is None or plan.cycle_id != session.cycle_id:
            return False
        outcome = session.push(ImportWordReport(session, plan, replace))
        if outcome:
            self.imported.emit()
        return bool(outcome)
