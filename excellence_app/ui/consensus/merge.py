"""Merging assessors' work done elsewhere: their workbooks (Excel) or their own project
files. Reading and previewing run in a worker; the preview dialog lists every change
(assessor, item, field, current → incoming) with conflicts marked; applying runs in a
worker with progress; the result lists each workbook's problems as sheet!cell.

The work without widgets is in merge_work.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from excellence_app.core.framework import Framework
from excellence_app.ui.consensus.merge_work import (
    WORKBOOK,
    Prepared,
    apply_prepared,
    joined,
    prepare,
    problem_line,
    report_lines,
)
from excellence_app.ui.generated.ui_import_report_dialog import Ui_ImportReportDialog
from excellence_app.ui.generated.ui_merge_dialog import Ui_MergeDialog
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.jobs import ProgressJob, follow
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.widgets.table_model import RowsTableModel

if TYPE_CHECKING:
    from excellence_app.services.merge import Change
    from excellence_app.ui.shell.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
FIELDS = {
    "percent": QT_TRANSLATE_NOOP("Merge", "百分比"),
    "factors": QT_TRANSLATE_NOOP("Merge", "要素评价"),
    "rationale": QT_TRANSLATE_NOOP("Merge", "评分理由"),
    "comment": QT_TRANSLATE_NOOP("Merge", "新增意见"),
    "assessor": QT_TRANSLATE_NOOP("Merge", "新评审员"),
}
CONFLICT_BACK = QColor("#fff4e5")
TEXT_CUT = 60


# --- the preview -------------------------------------------------------------------------------
class MergePreviewModel(RowsTableModel):
    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.changes: tuple[Change, ...] = ()

    def headers(self) -> list[str]:
        return [
            self.tr("评审员"),
            self.tr("评分项"),
            self.tr("内容"),
            self.tr("项目中现有"),
            self.tr("导入后"),
            self.tr("冲突"),
        ]

    def table_rows(self) -> tuple[Change, ...]:
        return self.changes

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self.changes = tuple(changes)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        c = self.changes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (3, 4):
            return self._value(c, c.current if col == 3 else c.incoming, cut=False) or None
        if role == Qt.ItemDataRole.BackgroundRole and c.conflict:
            return QBrush(CONFLICT_BACK)
        if role == Qt.ItemDataRole.DecorationRole and col == 5 and c.conflict:
            return icon("warning")
        return None

    def _text(self, c: Change, col: int) -> str:
        if col == 0:
            return c.assessor
        if col == 1:
            return c.item_id
        if col == 2:
            return QCoreApplication.translate("Merge", FIELDS.get(c.field, c.field))
        if col == 3:
            return self._value(c, c.current)
        if col == 4:
            return self._value(c, c.incoming)
        return self.tr("冲突") if col == 5 and c.conflict else ""

    def _value(self, c: Change, value: Any, cut: bool = True) -> str:
        if value is None or value == "" or value == {}:
            return "—" if cut else ""
        if c.field == "percent":
            return f"{value}%"
        if c.field == "assessor":
            return i18n.label(i18n.ROLE, value)
        if c.field == "factors":
            kind = self.framework.item(c.item_id).kind
            names = {f.key: i18n.title(f.title, f.title_en) for f in self.framework.factors_for(kind)}
            return " · ".join(
                f"{names.get(k, k)} {self.framework.bands[b - 1].label}" for k, b in value.items()
            )
        if c.field == "comment":
            text = self.tr("{0}：{1}").format(i18n.label(i18n.COMMENT_KIND, value.kind), value.text)
        else:
            text = str(value)
        return text[: TEXT_CUT - 1] + "…" if cut and len(text) > TEXT_CUT else text


class MergeDialog(QDialog):
    def __init__(self, framework: Framework, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.prepared = prepared
        ui = self.ui
        self.model = MergePreviewModel(framework, self)
        self.model.set_changes(prepared.changes)
        ui.previewView.setModel(self.model)
        ui.previewView.verticalHeader().setVisible(False)
        header = ui.previewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        changes = prepared.changes
        conflicts = sum(1 for c in changes if c.conflict)
        names = joined([p.name for p in prepared.paths])
        workbook = prepared.kind == WORKBOOK
        ui.sourceLabel.setText(
            (self.tr("评审员工作簿：{0}") if workbook else self.tr("评审员的项目文件：{0}")).format(names)
        )
        assessors = sorted({c.assessor for c in changes})
        if changes and not conflicts:
            summary = self.tr("共 {0} 处改动，涉及评审员 {1}；没有与项目中已有内容冲突的改动。").format(
                len(changes), joined(assessors)
            )
        elif changes:
            summary = self.tr(
                "共 {0} 处改动，涉及评审员 {1}；其中 {2} 处与项目中已有的内容不同（冲突，底色标出）。"
            ).format(len(changes), joined(assessors), conflicts)
        elif prepared.problems or prepared.refused:
            summary = self.tr("没有可以合并的改动：文件中的问题见下方列表。")
        else:
            summary = self.tr("没有需要合并的改动：文件中的内容与项目一致。")
        ui.summaryLabel.setText(summary)
        lines = [problem_line(f, p) for f, p in prepared.problems]
        lines += [
            self.tr("{0}：这个工作簿属于本项目的另一个评价周期，请先切换到那个周期再导入。").format(f)
            for f in prepared.refused
        ]
        ui.problemsList.addItems(lines)
        for row in range(ui.problemsList.count()):
            ui.problemsList.item(row).setIcon(icon("warning"))
        ui.problemsTitle.setVisible(bool(lines))
        ui.problemsList.setVisible(bool(lines))
        ui.overwriteCheck.setVisible(not workbook and conflicts > 0)
        ui.partialCheck.setVisible(workbook and prepared.fixable)
        note = (
            self.tr("工作簿是该评审员评分的完整记录：导入后，项目中这位评审员的评分和意见以工作簿为准。")
            if workbook
            else self.tr("只合并评分和评审员本人的意见，团队的共识和意见清单不变。")
        )
        ui.noteLabel.setText(note + self.tr("合并不能撤销，此前的撤销记录也会清空。"))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("合并"))
        ok.setEnabled(bool(changes) or (workbook and prepared.fixable))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def overwrite(self) -> bool:
        return self.ui.overwriteCheck.isVisible() and self.ui.overwriteCheck.isChecked()

    def partial(self) -> bool:
        return self.prepared.kind == WORKBOOK and self.ui.partialCheck.isChecked()


class ImportReportDialog(QDialog):
    def __init__(self, headline: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        self.ui.headlineLabel.setText(headline)
        self.ui.linesList.addItems(lines)
        self.ui.linesList.setVisible(bool(lines))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    def lines(self) -> list[str]:
        return [self.ui.linesList.item(n).text() for n in range(self.ui.linesList.count())]


# --- the flow ----------------------------------------------------------------------------------
class MergeFlow(QObject):
    """Choose files → preview (worker) → dialog → apply (worker) → result dialog."""

    merged = Signal()

    def __init__(
        self,
        owner: QWidget,
        session: Callable[[], ProjectSession | None],
        new_role: str | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.session = session
        self.new_role = new_role
        self.folder: Path | None = None
        self.job: ProgressJob | None = None
        self.dialog: MergeDialog | None = None
        self.report: ImportReportDialog | None = None

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def choose(self, kind: str) -> bool:
        session = self.session()
        if session is None or self.busy():
            return False
        folder = str(self.folder or session.folder)
        if kind == WORKBOOK:
            chosen, _f = QFileDialog.getOpenFileNames(
                self.owner, self.tr("导入评审员工作簿"), folder, self.tr("Excel 工作簿 (*.xlsx)")
            )
        else:
            one, _f = QFileDialog.getOpenFileName(
                self.owner, self.tr("合并评审员的项目文件"), folder, self.tr("项目文件 (*.exa)")
            )
            chosen = [one] if one else []
        if not chosen:
            return False
        self.start(kind, [Path(p) for p in chosen])
        return True

    def start(self, kind: str, paths: list[Path]) -> ProgressJob | None:
        session = self.session()
        if session is None or self.busy() or not paths:
            return None
        self.folder = paths[0].parent
        session.flush()
        svc, cycle_id = session.service, session.cycle_id
        job = ProgressJob(lambda _p, _c: prepare(svc, cycle_id, kind, paths), self)
        job.finished.connect(self._prepared)
        job.failed.connect(self._failed)
        self.job = job
        follow(job, self.tr("正在读取…"), self.owner, cancellable=False)
        return job.start()

    def _prepared(self, prepared: Prepared) -> None:
        session = self.session()
        if session is None:
            return
        dialog = MergeDialog(session.framework, prepared, self.owner)
        dialog.accepted.connect(lambda: self._apply(dialog))
        self.dialog = dialog
        dialog.open()

    def _apply(self, dialog: MergeDialog) -> None:
        session = self.session()
        if session is None:
            return
        svc, cycle_id, prepared = session.service, session.cycle_id, dialog.prepared
        overwrite, partial, role = dialog.overwrite(), dialog.partial(), self.new_role
        job = ProgressJob(
            lambda progress, cancelled: apply_prepared(
                svc,
                cycle_id,
                prepared,
                overwrite=overwrite,
                partial=partial,
                new_role=role,
                progress=progress,
                cancelled=cancelled,
            ),
            self,
        )
        job.finished.connect(lambda results: self._applied(prepared, results, overwrite))
        job.failed.connect(self._failed_after_apply)
        self.job = job
        follow(job, self.tr("正在合并…"), self.owner)
        job.start()

    def _applied(self, prepared: Prepared, results: list[Any], overwrite: bool) -> None:
        self._after_change()
        headline, lines = report_lines(prepared, results, overwrite)
        report = ImportReportDialog(headline, lines, self.owner)
        report.setWindowTitle(self.tr("合并结果"))
        self.report = report
        report.open()
        self.merged.emit()

    def _after_change(self) -> None:
        session = self.session()
        if session is None:
            return
        session.edited_elsewhere()  # older undo steps were recorded against the scores before

    def _failed_after_apply(self, exc: BaseException) -> None:
        self._after_change()  # files merged before the failure stay merged
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        report = ImportReportDialog(i18n.error_text(exc), [], self.owner)
        report.setWindowTitle(self.tr("无法合并"))
        self.report = report
        report.open()
