"""The new-project wizard: organisation and file, then framework, award and first cycle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from excellence_app import paths
from excellence_app.core.file_names import safe_file_name
from excellence_app.core.framework import discover_packs
from excellence_app.services.project import builtin_awards
from excellence_app.ui.generated.ui_new_project_wizard import Ui_NewProjectWizard
from excellence_app.ui.shell import i18n

SUFFIX = ".exa"


@dataclass(frozen=True)
class NewProject:
    org_name: str
    path: Path
    framework_id: str
    award_profile: str
    cycle_name: str


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


class NewProjectWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewProjectWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self._file_edited = False
        self._folder = default_folder()
        ui.orgEdit.textEdited.connect(self._org_typed)
        ui.fileEdit.textEdited.connect(self._file_typed)
        ui.browseButton.clicked.connect(self._browse)
        ui.orgError.setVisible(False)
        ui.setupError.setVisible(False)
        for pack in discover_packs(paths.criteria_dir(), paths.user_criteria_dir()):
            if pack.framework is not None:
                fw = pack.framework
                ui.frameworkCombo.addItem(i18n.title(fw.title, fw.title_en), fw.id)
        self._awards = builtin_awards()
        for profile in self._awards:
            ui.awardCombo.addItem(i18n.title(profile.name, profile.name_en), profile.id)
        ui.awardCombo.setCurrentIndex(max(0, ui.awardCombo.findData("provincial")))
        ui.awardCombo.currentIndexChanged.connect(self._award_hint)
        ui.cycleEdit.setText(self.tr("{0}年度自评").format(date.today().year))
        self._award_hint()
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("创建"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

    def _org_typed(self, text: str) -> None:
        if not self._file_edited:
            name = safe_file_name(text.strip() + SUFFIX, "project") if text.strip() else ""
            self.ui.fileEdit.setText(str(self._folder / name) if name else "")

    def _file_typed(self, _text: str) -> None:
        self._file_edited = True

    def _browse(self) -> None:
        start = self.ui.fileEdit.text() or str(self._folder)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("项目文件保存为"), start, self.tr("项目文件 (*.exa)")
        )
        if chosen:
            if not chosen.endswith(SUFFIX):
                chosen += SUFFIX
            self.ui.fileEdit.setText(chosen)
            self._file_edited = True

    def _award_hint(self) -> None:
        profile = next((p for p in self._awards if p.id == self.ui.awardCombo.currentData()), None)
        if profile is None:
            return

        def limit(value: int | None) -> str:
            return f"{value:,}" if value else self.tr("不限")

        self.ui.awardHint.setText(
            self.tr("字数上限：组织概述 {0}，自评报告 {1}").format(
                limit(profile.profile_chars), limit(profile.report_chars)
            )
        )

    def _problem(self, label: object, text: str) -> bool:
        label.setText(text)  # type: ignore[attr-defined]
        label.setVisible(bool(text))  # type: ignore[attr-defined]
        return not text

    def validateCurrentPage(self) -> bool:
        ui = self.ui
        if self.currentPage() is ui.orgPage:
            org = ui.orgEdit.text().strip()
            file = ui.fileEdit.text().strip()
            if not org:
                return self._problem(ui.orgError, self.tr("请填写组织名称。"))
            if not file:
                return self._problem(ui.orgError, self.tr("请选择项目文件的位置。"))
            path = Path(file)
            if path.suffix != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
                ui.fileEdit.setText(str(path))
            if path.exists():
                return self._problem(
                    ui.orgError, self.tr("文件已存在：{0}。请换一个名字，或用“打开”打开它。").format(path)
                )
            return self._problem(ui.orgError, "")
        if self.currentPage() is ui.setupPage:
            if not ui.cycleEdit.text().strip():
                return self._problem(ui.setupError, self.tr("请填写评价周期的名称。"))
            if ui.frameworkCombo.currentData() is None:
                return self._problem(ui.setupError, self.tr("没有可用的评价准则。"))
            return self._problem(ui.setupError, "")
        return True

    def result_project(self) -> NewProject:
        ui = self.ui
        return NewProject(
            org_name=ui.orgEdit.text().strip(),
            path=Path(ui.fileEdit.text().strip()),
            framework_id=ui.frameworkCombo.currentData(),
            award_profile=ui.awardCombo.currentData(),
            cycle_name=ui.cycleEdit.text().strip(),
        )
