"""The preview of a Word import: every source block and where it goes, the text a selected
target will hold after the import, what could not be placed, and whether to replace texts
the project already has (the import is refused otherwise, so 导入 waits for the tick)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from excellence_app.export.docx_import import WordImportPlan, Write
from excellence_app.ui.generated.ui_word_import_dialog import Ui_WordImportDialog
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.word_import.model import CHARS, PLACE, SOURCE, TARGET, MappingModel


class WordImportDialog(QDialog):
    def __init__(self, plan: WordImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WordImportDialog()
        self.ui.setupUi(self)
        self.plan = plan
        ui = self.ui
        self.model = MappingModel(self)
        self.model.set_plan(plan)
        ui.mappingView.setModel(self.model)
        ui.mappingView.verticalHeader().setVisible(False)
        header = ui.mappingView.horizontalHeader()
        for col in (PLACE, CHARS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setSizes([620, 360])
        ui.mappingView.selectionModel().selectionChanged.connect(self._selected)

        ui.sourceLabel.setText(self.tr("Word 报告：{0}").format(plan.source))
        zh, en = plan.summary()
        ui.summaryLabel.setText(en if i18n.english() else zh)
        for entry in plan.unplaced:
            text = f"{entry.place_en if i18n.english() else entry.place_zh}「{entry.excerpt}」→ " + (
                entry.target_en if i18n.english() else entry.target_zh
            )
            why = entry.why_en if i18n.english() else entry.why_zh
            ui.unplacedList.addItem(text + (f"（{why}）" if why else ""))
            ui.unplacedList.item(ui.unplacedList.count() - 1).setIcon(icon("warning"))
        ui.unplacedTitle.setVisible(bool(plan.unplaced))
        ui.unplacedList.setVisible(bool(plan.unplaced))

        conflicts = plan.conflicts
        ui.replaceCheck.setVisible(bool(conflicts))
        ui.replaceCheck.setText(
            self.tr("覆盖已有内容（{0} 处：{1}）").format(
                len(conflicts), "、".join(w.label for w in conflicts[:6])
            )
        )
        ui.replaceCheck.toggled.connect(self._update_ok)
        ui.noteLabel.setText(
            self.tr(
                "导入后可用“编辑 → 撤销”一步恢复。待归位区的内容附在评分项第一个条款的末尾，请移到合适的条款。"
            )
        )
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("导入"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_ok()
        if self.model.rowCount():
            ui.mappingView.selectRow(0)

    def replace(self) -> bool:
        return bool(self.plan.conflicts) and self.ui.replaceCheck.isChecked()

    def _update_ok(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        blocked = bool(self.plan.conflicts) and not self.ui.replaceCheck.isChecked()
        ok.setEnabled(bool(self.plan.writes) and not blocked)
        ok.setToolTip(self.tr("有条款已有内容：勾选“覆盖已有内容”后才能导入") if blocked else "")

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        entry = self.model.entry(rows[0].row()) if rows else None
        write = self._write_of(entry.target_id) if entry is not None else None
        if write is None:
            self.ui.targetTitle.setText(
                self.tr("这一段不写入任何条款") if entry is not None and entry.goes != "heading" else ""
            )
            self.ui.targetText.setPlainText("")
            return
        existing = self.plan.existing.get(self.plan.key(write), "")
        replaced = bool(write.body) and bool(existing.strip())
        note = self.tr("（将覆盖已有内容）") if replaced else ""
        self.ui.targetTitle.setText(self.tr("导入后 {0} 的内容{1}：").format(write.label, note))
        self.ui.targetText.setPlainText(write.final_text(existing))
        self.ui.targetText.moveCursor(self.ui.targetText.textCursor().MoveOperation.Start)

    def _write_of(self, target_id: str) -> Write | None:
        return next((w for w in self.plan.writes if w.id == target_id), None)

    def keyPressEvent(self, event) -> None:
        # Enter in the table selects; only the button imports.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.mappingView.hasFocus():
            return
        super().keyPressEvent(event)
