"""File → 导出: the application package and the internal report (PDF or Word), the scoring
workbook and an assessor's workbook (Excel). Each export runs in a worker with
progress and cancel; the file appears only when it is complete (services.exports
writes to a temporary name), and the warnings the writer found are shown after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from excellence_app.core.file_names import safe_file_name
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.jobs import ProgressJob, follow

if TYPE_CHECKING:
    from excellence_app.services.exports import ExportResult
    from excellence_app.ui.shell.app_settings import AppSettings
    from excellence_app.ui.shell.session import ProjectSession

MAX_WARNINGS_SHOWN = 12


def _suffix(pattern: str) -> str:
    """The extension a file-dialog filter names first: "PDF 文件 (*.pdf)" → ".pdf"."""
    found = re.search(r"\*(\.[A-Za-z0-9]+)", pattern)
    return found.group(1).lower() if found else ""


def safe_name(text: str) -> str:
    """A proposed file name (or part of one) that Windows, macOS and Linux all accept."""
    return safe_file_name(text)


class Exporter(QObject):
    """Runs the exports of the session the window shows; one export at a time."""

    def __init__(
        self,
        owner: QWidget,
        session: Callable[[], ProjectSession | None],
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.session = session
        self.settings = settings  # remembers the folder between runs of the program
        self._folder: Path | None = None
        self.job: ProgressJob | None = None
        self.message: QMessageBox | None = None
        self.results: list[ExportResult] = []
        self.menu: QMenu | None = None

    # --- the menu ----------------------------------------------------------------------------
    @classmethod
    def install(cls, window: Any) -> Exporter:
        """Put 导出 into the window's File menu, before 关闭项目; enabled while a project is open."""
        exporter = cls(window, lambda: window.session, window.settings)
        menu = exporter.build_menu(window.ui.menuFile)
        window.ui.menuFile.insertMenu(window.ui.actionCloseProject, menu)
        window.ui.menuFile.insertSeparator(window.ui.actionCloseProject)
        menu.setEnabled(window.session is not None)
        window.projectOpened.connect(lambda: menu.setEnabled(True))
        window.projectClosed.connect(lambda: menu.setEnabled(False))
        exporter.menu = menu
        return exporter

    def build_menu(self, parent: QMenu) -> QMenu:
        menu = QMenu(self.tr("导出(&X)"), parent)
        menu.addAction(self.tr("申报材料（PDF）…"), lambda: self.export_pdf("package"))
        menu.addAction(self.tr("内部评价报告（PDF）…"), lambda: self.export_pdf("report"))
        menu.addSeparator()
        menu.addAction(self.tr("申报材料（Word）…"), lambda: self.export_docx("package"))
        menu.addAction(self.tr("内部评价报告（Word）…"), lambda: self.export_docx("report"))
        menu.addSeparator()
        menu.addAction(self.tr("评分工作簿（Excel）…"), lambda: self.export_xlsx())
        menu.addAction(self.tr("申报用自评表（Excel）…"), lambda: self.export_xlsx("submission"))
        menu.addAction(self.tr("评审员评分工作簿（Excel）…"), lambda: self.export_assessor_workbook())
        return menu

    # --- choosing where ----------------------------------------------------------------------
    def _target(self, title: str, name: str, pattern: str) -> Path | None:
        session = self.session()
        assert session is not None
        folder = self.folder or session.folder
        chosen, _filter = QFileDialog.getSaveFileName(
            self.owner, title, str(folder / safe_name(name)), pattern
        )
        if not chosen:
            return None
        path = Path(chosen)
        suffix = _suffix(pattern)
        if suffix and path.suffix.lower() not in (suffix, ".exa"):  # a project file: refused below
            # A name typed without the format's extension gets it, as office programs do; the
            # dialog asked about replacing the name typed, so a file under the new name is asked
            # about here.
            path = path.with_name(path.name + suffix)
            if path.exists() and not self._may_replace(path):
                return None
        self.folder = path.parent
        return path

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.owner,
            self.tr("文件已存在"),
            self.tr("{0} 已存在。要替换它吗？").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_target(self, title: str, name: str, pattern: str) -> Path | None:
        """Where another part of the window (the print preview) writes a document: asked as here."""
        return self._target(title, name, pattern)

    def base_name(self) -> str:
        return self._base()

    @property
    def folder(self) -> Path | None:
        return self._folder or (self.settings.export_folder if self.settings is not None else None)

    @folder.setter
    def folder(self, value: Path) -> None:
        self._folder = value
        if self.settings is not None:
            self.settings.export_folder = value

    def _base(self) -> str:
        session = self.session()
        assert session is not None
        snap = session.snapshot
        return f"{snap.project.org_name}-{snap.cycle.name}"

    # --- exports -----------------------------------------------------------------------------
    def export_pdf(self, kind: str, *, checked: bool = False) -> ProgressJob | None:
        """``checked``: the user has seen what 提交前检查 found and chose to export anyway."""
        return self._export_document(kind, "pdf", checked=checked)

    def export_docx(self, kind: str, *, checked: bool = False) -> ProgressJob | None:
        """The same document as Word (.docx), for offices and consultants who edit in Word."""
        return self._export_document(kind, "docx", checked=checked)

    def _export_document(self, kind: str, fmt: str, *, checked: bool) -> ProgressJob | None:
        session = self.session()
        if session is None or self.busy():
            return None
        if kind == "package" and not checked and self.ask_first(session, fmt):
            return None
        what = self.tr("申报材料") if kind == "package" else self.tr("内部评价报告")
        pattern = self.tr("PDF 文件 (*.pdf)") if fmt == "pdf" else self.tr("Word 文档 (*.docx)")
        out = self._target(self.tr("导出{0}").format(what), f"{self._base()}-{what}.{fmt}", pattern)
        if out is None:
            return None
        from excellence_app.services import exports

        export = exports.export_pdf if fmt == "pdf" else exports.export_docx
        svc, cycle_id = session.service, session.cycle_id
        return self._run(
            lambda progress, cancelled: export(
                svc, cycle_id, out, kind=kind, progress=progress, cancelled=cancelled
            ),
            self.tr("正在导出{0}…").format(what),
        )

    def export_xlsx(self, kind: str = "scoring") -> ProgressJob | None:
        """The scoring workbook, or with ``submission`` the 自评表 the award office receives."""
        session = self.session()
        if session is None or self.busy():
            return None
        what = self.tr("自评表") if kind == "submission" else self.tr("评分工作簿")
        out = self._target(
            self.tr("导出{0}").format(what), f"{self._base()}-{what}.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if out is None:
            return None
        from excellence_app.services import exports

        svc, cycle_id = session.service, session.cycle_id
        return self._run(
            lambda progress, cancelled: exports.export_xlsx(
                svc, cycle_id, out, kind=kind, progress=progress, cancelled=cancelled
            ),
            self.tr("正在导出{0}…").format(what),
        )

    def export_assessor_workbook(self, assessor: str | None = None) -> ProgressJob | None:
        """One assessor's workbook; without a name, ask for one (a new name is allowed)."""
        session = self.session()
        if session is None or self.busy():
            return None
        if assessor is None:
            names = [a.name for a in session.snapshot.team]  # trainees' come from the calibration page
            current = session.assessor()
            start = names.index(current.name) if current is not None and current.name in names else 0
            assessor, ok = QInputDialog.getItem(
                self.owner,
                self.tr("导出评审员评分工作簿"),
                self.tr("为哪位评审员导出？（可输入新的姓名）"),
                names,
                start,
                True,
            )
            assessor = assessor.strip()
            if not ok or not assessor:
                return None
        out = self._target(
            self.tr("导出评审员评分工作簿"),
            f"{self._base()}-{assessor}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if out is None:
            return None
        return self.export_workbooks([assessor], [out])

    def export_workbooks(self, assessors: Sequence[str], outs: Sequence[Path]) -> ProgressJob | None:
        """Several assessors' workbooks (the trainer's class), one file each."""
        session = self.session()
        if session is None or self.busy():
            return None
        from excellence_app.services import exports

        svc, cycle_id = session.service, session.cycle_id
        pairs = list(zip(assessors, outs, strict=True))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[Any]:
            done = []
            for n, (name, out) in enumerate(pairs):
                if cancelled():
                    break
                progress(n, len(pairs))
                done.append(exports.export_assessor_workbook(svc, cycle_id, out, name))
            return done

        return self._run(work, self.tr("正在导出评审员评分工作簿…"))

    def ask_first(
        self, session: ProjectSession, fmt: str = "pdf", anyway: Callable[[], object] | None = None
    ) -> bool:
        """Before the package leaves: when 提交前检查 finds problems, list them and let the user
        choose (export anyway, or go and fix them); True when the question was asked.
        ``anyway`` is what 仍然导出 does (by default, this menu's export of the package)."""
        from excellence_app.services.checks import run_checks

        found = [f for f in run_checks(session.service, session.cycle_id) if f.level in ("error", "warning")]
        if not found:
            return False
        lines = [f"• {f.where}：{f.en if i18n.english() else f.zh}" for f in found[:MAX_WARNINGS_SHOWN]]
        if len(found) > MAX_WARNINGS_SHOWN:
            lines.append(self.tr("……另有 {0} 项").format(len(found) - MAX_WARNINGS_SHOWN))
        errors = sum(1 for f in found if f.level == "error")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("导出申报材料"),
            self.tr("提交前检查发现 {0} 项问题（其中错误 {1} 项）。仍然导出吗？").format(len(found), errors),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.owner,
        )
        box.setDetailedText("\n".join(lines))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("仍然导出"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("先去修改"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(
            anyway or (lambda: self._export_document("package", fmt, checked=True))
        )
        box.button(QMessageBox.StandardButton.No).clicked.connect(
            lambda: self.owner.show_page("check")  # type: ignore[attr-defined]
        )
        self.message = box
        box.open()
        return True

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _run(self, work: Callable[..., Any], label: str) -> ProgressJob:
        session = self.session()
        if session is not None:
            session.flush()  # what is typed goes into the document
        self.message = None
        job = ProgressJob(work, self)
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        self.job = job
        follow(job, label, self.owner)
        return job.start()

    def tell_done(self, result: ExportResult) -> None:
        """Say what was written and what to mind, as after an export from this menu."""
        self._done(result)

    def _done(self, result: object) -> None:
        results = list(result) if isinstance(result, list) else [result]
        self.results = results
        if not results:
            return
        paths = "\n".join(str(r.path) for r in results)
        warnings = [w for r in results for w in r.warnings]
        text = self.tr("已导出：\n{0}").format(paths)
        if warnings:
            lines = [en if i18n.english() else zh for zh, en in warnings[:MAX_WARNINGS_SHOWN]]
            if len(warnings) > MAX_WARNINGS_SHOWN:
                lines.append(self.tr("……另有 {0} 条提醒").format(len(warnings) - MAX_WARNINGS_SHOWN))
            text += "\n\n" + self.tr("请注意：") + "\n" + "\n".join(f"• {line}" for line in lines)
        icon = QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information
        self._show(icon, text, [r.path for r in results])

    def _failed(self, exc: BaseException) -> None:
        self._show(QMessageBox.Icon.Warning, i18n.error_text(exc))

    def _show(self, icon: QMessageBox.Icon, text: str, paths: Sequence[Path] = ()) -> None:
        box = QMessageBox(icon, self.tr("导出"), text, QMessageBox.StandardButton.Ok, self.owner)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if paths:  # the file and its folder are one click away
            if len(paths) == 1:
                open_file = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
                open_file.clicked.connect(lambda: self.reveal(paths[0]))
            folder = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(lambda: self.reveal(paths[0].parent))
        self.message = box
        box.open()

    def reveal(self, path: Path) -> bool:
        """Open a file or folder with the system's program for it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
