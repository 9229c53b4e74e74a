"""The 设置 page: this machine's settings (language, the user's name) and the open
project's settings (award profile, spread threshold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from excellence_app import paths
from excellence_app.core.changes import Kind
from excellence_app.ui.cycles.commands import choose_award
from excellence_app.ui.generated.ui_settings_page import Ui_SettingsPage
from excellence_app.ui.settings.commands import SetSpreadThreshold
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec
from excellence_app.ui.shell.session import ProjectSession

LANGUAGE_NAMES = (("zh", "中文"), ("en", "English"))


class SettingsPage(Page):
    watches: tuple[Kind, ...] = ("cycles", "settings")

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        for code, name in LANGUAGE_NAMES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.activated.connect(self._language_chosen)
        ui.languageHint.setText(self.tr("准则原文与指南保持中文；评分项和条款标题在英文界面中显示英文。"))
        ui.userNameEdit.editingFinished.connect(self._user_name_edited)
        ui.userNameEdit.setMaxLength(100)
        ui.dataDirValue.setText(str(paths.user_data_dir()))
        ui.dataDirValue.setWordWrap(True)
        ui.thresholdSpin.setRange(5, 100)
        ui.thresholdSpin.setSingleStep(5)
        ui.thresholdSpin.setSuffix(self.tr(" 个百分点"))
        ui.thresholdSpin.editingFinished.connect(self._threshold_edited)
        ui.thresholdHint.setText(self.tr("评审员对同一评分项的评分极差达到这个值时，在概览中列为需要讨论。"))
        ui.awardCombo.activated.connect(self._award_chosen)
        for widget, width in (
            (ui.languageCombo, 220),
            (ui.userNameEdit, 320),
            (ui.awardCombo, 320),
            (ui.thresholdSpin, 160),
        ):
            widget.setMaximumWidth(width)
            widget.setMinimumWidth(min(width, 200))

    def set_session(self, session: ProjectSession | None) -> None:
        super().set_session(session)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        settings = self.host.settings
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(settings.language)))
        if not ui.userNameEdit.hasFocus():
            ui.userNameEdit.setText(settings.user_name)
        session = self.session
        if session is not None and session.on_server:
            # On a team server the server knows who the user is; this name plays no part there.
            ui.userNameHint.setText(
                self.tr(
                    "团队服务器上，评分人和修改记录以数据库登录名 {0} 为准；这里的名字只用于项目文件。"
                ).format(session.path.user)
            )
        else:
            ui.userNameHint.setText(
                self.tr("作为评语的作者和修改记录中的操作人；第一次评分时也以此名字加为评审组长。")
            )
        ui.projectBox.setVisible(session is not None)
        ui.noProjectLabel.setVisible(session is None)
        if session is None:
            return
        snap = session.snapshot
        ui.orgValue.setText(snap.project.org_name)
        ui.cycleValue.setText(snap.cycle.name)
        ui.awardCombo.blockSignals(True)
        ui.awardCombo.clear()
        for profile in session.service.award_profiles():
            ui.awardCombo.addItem(i18n.title(profile.name, profile.name_en), profile.id)
        ui.awardCombo.setCurrentIndex(max(0, ui.awardCombo.findData(snap.cycle.award_profile)))
        ui.awardCombo.blockSignals(False)
        current = session.service.award_profile(snap.cycle.award_profile)
        ui.limitsHint.setText(self.limits_text(current.profile_chars, current.report_chars))
        if not ui.thresholdSpin.hasFocus():
            ui.thresholdSpin.setValue(snap.project.spread_threshold)

    def limits_text(self, profile_chars: int | None, report_chars: int | None) -> str:
        def limit(value: int | None) -> str:
            return f"{value:,}" if value else self.tr("不限")

        return self.tr("字数上限：组织概述 {0}，自评报告 {1}").format(
            limit(profile_chars), limit(report_chars)
        )

    def _language_chosen(self, index: int) -> None:
        language = self.ui.languageCombo.itemData(index)
        if language != self.host.settings.language:
            self.host.set_language(language)

    def _user_name_edited(self) -> None:
        name = self.ui.userNameEdit.text().strip()
        if name and name != self.host.settings.user_name:
            self.host.settings.user_name = name
            if self.session is not None:
                self.session.service.actor = name
        elif not name:
            self.ui.userNameEdit.setText(self.host.settings.user_name)

    def _threshold_edited(self) -> None:
        session = self.session
        if session is None:
            return
        old = session.fresh().project.spread_threshold
        new = self.ui.thresholdSpin.value()
        if new != old:
            session.push(SetSpreadThreshold(session, old, new))
            session.refresh_now()

    def _award_chosen(self, index: int) -> None:
        session = self.session
        if session is None:
            return
        choose_award(session, self.ui.awardCombo.itemData(index))
