"""File → 导入评审员评分工作簿…: choose workbooks, read and preview them in a worker (the
merge preview of services.merge: assessor, item, field, current → incoming, conflicts, and
the workbook's problems), then import them all as one undo step.

The 共识 page's 导入评审员工作簿 merges the same way but cannot be undone; from the File menu
the import is a command on the session's undo stack: the assessors' scores and comments it
touches are read before it and put back by the undo (services.score_undo).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from excellence_app.ui.shell.jobs import ProgressJob, follow

if TYPE_CHECKING:
    from excellence_app.ui.consensus.merge import ImportReportDialog, MergeDialog
    from excellence_app.ui.consensus.merge_work import Prepared
    from excellence_app.ui.shell.main_window import MainWindow


def importable(prepared: Prepared) -> list[tuple[Path, str]]:
    """(workbook, assessor) of each workbook that belongs to this cycle and can be read."""
    return [
        (path, preview.submissions[0].assessor)
        for path, preview in zip(prepared.paths, prepared.previews, strict=True)
        if preview.submissions
    ]


class WorkbookImport(QObject):
    imported = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder: Path | None = None
        self.job: ProgressJob | None = None
        self.dialog: MergeDialog | None = None
        self.report: ImportReportDialog | None = None

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def choose(self) -> ProgressJob | None:
        session = self.window.session
        if session is None or self.busy():
            return None
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("导入评审员评分工作簿"),
            str(self.folder or session.folder),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        return self.start([Path(p) for p in chosen]) if chosen else None

    def start(self, paths: list[Path]) -> ProgressJob | None:
        """Read and preview ``paths`` in a worker; the preview opens when they are read."""
        session = self.window.session
        if session is None or self.busy() or not paths:
            return None
        from excellence_app.ui.consensus.merge_work import WORKBOOK, Prepared, prepare

        self.folder = paths[0].parent
        self.window.leave_page()  # the preview compares with what is typed, so it is saved first
        svc, cycle_id = session.service, session.cycle_id

        def work(progress, cancelled) -> Prepared | None:
            out = Prepared(WORKBOOK, [])
            for n, path in enumerate(paths):
                if cancelled():
                    return None
                progress(n, len(paths))
                one = prepare(svc, cycle_id, WORKBOOK, [path])
                out.paths += one.paths
                out.previews += one.previews
                out.problems += one.problems
                out.refused += one.refused
            return out

        job = ProgressJob(work, self)
        job.finished.connect(self._read)
        job.failed.connect(self.window.show_error)
        self.job = job
        follow(job, self.tr("正在读取评审员评分工作簿…"), self.window)
        return job.start()

    def _read(self, prepared: Prepared | None) -> None:
        from excellence_app.ui.consensus.merge import MergeDialog

        session = self.window.session
        if prepared is None or session is None:
            return
        dialog = MergeDialog(session.framework, prepared, self.window)
        dialog.setWindowTitle(self.tr("导入评审员评分工作簿"))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        books = importable(prepared)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(books))
        dialog.ui.noteLabel.setText(
            self.tr(
                "工作簿是该评审员评分的完整记录：导入后，项目中这位评审员的评分和意见以工作簿为准。"
                "导入后可用“编辑 → 撤销”一步恢复。"
            )
        )
        dialog.accepted.connect(lambda: self.apply(books, dialog.partial(), prepared))
        self.dialog = dialog
        dialog.open()

    def apply(self, books: list[tuple[Path, str]], partial: bool, prepared: Prepared) -> bool:
        """Import as one undo step; a failure is shown by the session and changes nothing."""
        from excellence_app.ui.consensus.merge import ImportReportDialog
        from excellence_app.ui.consensus.merge_work import report_lines
        from excellence_app.ui.project_files.commands import ImportWorkbooks

        session = self.window.session
        if session is None or not books:
            return False
        command = ImportWorkbooks(session, books, partial)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # a few workbooks take a moment
        try:
            outcome = session.push(command)
        finally:
            QApplication.restoreOverrideCursor()
        if not outcome:
            return False
        headline, lines = report_lines(prepared, command.reports, False)
        self.report = ImportReportDialog(headline, lines, self.window)
        self.report.setWindowTitle(self.tr("导入结果"))
        self.report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report.open()
        self.imported.emit()
        return True
