"""The settings page: language (the window is rebuilt, the project stays open), the
user's name, and the project's award profile and spread threshold (undoable)."""

from __future__ import annotations

from pathlib import Path

from builders import answered_project
from gui import close_window, make_window, open_project, type_text

from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.application import Launcher, create_application


def _launched(qtbot, tmp_path: Path) -> tuple[Launcher, AppSettings]:
    """The program's launcher (which rebuilds the window on a language change) with a project."""
    create_application()
    settings = AppSettings()
    launcher = Launcher(settings)
    qtbot.addWidget(launcher.window)
    launcher.window.show()
    open_project(qtbot, launcher.window, answered_project(tmp_path / "p.exa"))
    return launcher, settings


def test_switching_to_english_keeps_the_open_project(qtbot, tmp_path: Path) -> None:
    launcher, settings = _launched(qtbot, tmp_path)
    window = launcher.window
    window.show_item("4.1.2")
    service = window.session.service
    window.show_page("settings")
    page = window.current_page()
    combo = page.ui.languageCombo
    try:
        combo.setCurrentIndex(combo.findData("en"))
        combo.activated.emit(combo.currentIndex())
        english = launcher.window
        qtbot.addWidget(english)
        assert english is not window and not window.isVisible()
        assert settings.language == "en" and AppSettings().language == "en"
        assert english.session is not None and english.session.service is service  # not reopened
        assert english.ui.actionUndo.text() == "Undo"
        assert english.status.assessor_label.text() == "Scoring as 周建华 (lead)"  # text from a part's tr()
        assert english.status.save_state_text()[0] == "Changes are saved automatically"
        assert english.current_page().spec.name == "settings"
        english.show_item("4.1.2")
        assert english.current_page().ui.titleLabel.text() == "4.1.2  Role of senior leaders"
        assert english.nav.model.index(0, 0).data() == "4.1 Leadership"
        assert (
            english.current_page().card_for("4.1.2a").ui.titleLabel.text().startswith("a) Setting direction")
        )
        english.set_language("zh")
        chinese = launcher.window
        qtbot.addWidget(chinese)
        assert chinese.ui.actionUndo.text() == "撤销"
        assert chinese.current_page().current_item() == "4.1.2"
        close_window(chinese)
    finally:
        i18n.install(create_application(), "zh")
        settings.language = "zh"


def test_undo_steps_made_in_chinese_are_named_in_english_after_the_switch(qtbot, tmp_path: Path) -> None:
    launcher, settings = _launched(qtbot, tmp_path)
    window = launcher.window
    window.show_item("4.1.2")
    card = window.current_page().card_for("4.1.2a")
    type_text(card.ui.editor, "补充一句。")
    card.flush()
    assert window.ui.actionUndo.text() == "撤销：编辑条款 4.1.2a"
    try:
        window.set_language("en")
        english = launcher.window
        qtbot.addWidget(english)
        assert english.ui.actionUndo.text() == "Undo: Edit clause 4.1.2a"
        english.session.undo()
        assert english.ui.actionRedo.text() == "Redo: Edit clause 4.1.2a"
        close_window(english)
    finally:
        i18n.install(create_application(), "zh")
        settings.language = "zh"


def test_user_name_award_profile_and_threshold(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_page("settings")
    page = window.current_page()
    ui = page.ui
    # user name: the author of new comments and the actor of the audit trail
    ui.userNameEdit.setText("顾晓岚")
    ui.userNameEdit.editingFinished.emit()
    assert window.settings.user_name == "顾晓岚" and window.session.service.actor == "顾晓岚"
    # award profile: the 字数 limit follows
    assert "30,000" in window.status.chars_label.text()
    ui.awardCombo.setCurrentIndex(ui.awardCombo.findData("national"))
    ui.awardCombo.activated.emit(ui.awardCombo.currentIndex())
    assert window.session.summary.limits.report == 60000
    assert "60,000" in window.status.chars_label.text() and "60,000" in ui.limitsHint.text()
    ui.awardCombo.setCurrentIndex(ui.awardCombo.findData("internal"))
    ui.awardCombo.activated.emit(ui.awardCombo.currentIndex())
    assert "无限制" in window.status.chars_label.text()
    window.undo()
    window.undo()
    assert window.session.snapshot.cycle.award_profile == "provincial"
    # spread threshold: 4.1.2 (50 vs 25) stops being flagged at 30
    assert window.session.summary.flagged_items == ("4.1.2",)
    ui.thresholdSpin.setValue(30)
    ui.thresholdSpin.editingFinished.emit()
    assert window.session.summary.flagged_items == ()
    window.undo()
    assert window.session.summary.flagged_items == ("4.1.2",)
    assert ui.thresholdSpin.value() == 20
    audit = window.session.service.audit(limit=5)
    assert any(entry.actor == "顾晓岚" for entry in audit)
    close_window(window)


def test_settings_page_without_a_project(qtbot) -> None:
    window = make_window(qtbot)
    window.ui.actionSettings.trigger()
    page = window.current_page()
    assert page.spec.name == "settings"
    assert page.ui.projectBox.isHidden() and not page.ui.noProjectLabel.isHidden()
    assert page.ui.dataDirValue.text()
    assert window.ui.actionSettings.shortcut().toString() == "Ctrl+,"
    close_window(window)
