"""The 周期与评奖 page: a new cycle copied from the current one (content kept, scores empty),
switching, renaming (undoable), deleting with confirmation, the cycle's award with the
字数 limits shown everywhere, and the project's own award profiles."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox


@pytest.fixture
def window(window):
    """The window of conftest, on the 周期与评奖 page."""
    window.show_page("cycles")
    return window


def new_cycle(page, name: str | None = None, copy: bool = True) -> None:
    dialog = page.new_cycle()
    if name is not None:
        dialog.ui.nameEdit.setText(name)
    if not copy:
        dialog.ui.sourceCombo.setCurrentIndex(dialog.ui.sourceCombo.findData(None))
    dialog.accept()


def test_a_copied_cycle_has_the_responses_and_no_scores(window) -> None:
    page = window.current_page()
    before = window.session.snapshot
    assert before.scores and before.comments
    dialog = page.new_cycle()
    assert dialog.ui.nameEdit.text() == "2027年度自评"  # the next year, suggested
    assert dialog.ui.sourceCombo.currentText() == "复制“2026年度自评”的内容"
    dialog.accept()
    snap = window.session.snapshot
    assert snap.cycle.name == "2027年度自评" and window.session.cycle_id == snap.cycle.id
    assert {k: r.text for k, r in snap.responses.items()} == {k: r.text for k, r in before.responses.items()}
    assert [a.name for a in snap.assessors] == [a.name for a in before.assessors]
    assert [e.name for e in snap.evidence] == [e.name for e in before.evidence]
    assert snap.scores == () and snap.consensus == {} and snap.comments == ()
    assert window.session.summary.items_scored == 0
    combo = window.project.cycle_combo
    assert [combo.itemText(n) for n in range(combo.count())] == ["2026年度自评", "2027年度自评"]
    assert combo.currentText() == "2027年度自评"
    assert page.ui.cycleTable.rowCount() == 2 and page.ui.cycleTable.item(1, 4).text() == "当前周期"
    # switching back from the page
    page.ui.cycleTable.selectRow(0)
    page.ui.switchButton.click()
    assert window.session.snapshot.cycle.name == "2026年度自评" and combo.currentText() == "2026年度自评"


def test_a_blank_cycle_and_a_name_already_taken(window) -> None:
    page = window.current_page()
    dialog = page.new_cycle()
    dialog.ui.nameEdit.setText("2026年度自评")
    dialog.accept()
    assert dialog.isVisible() and "已有名为“2026年度自评”的周期" in dialog.ui.errorLabel.text()
    dialog.reject()
    new_cycle(page, "2027年度自评", copy=False)
    snap = window.session.snapshot
    assert snap.cycle.name == "2027年度自评" and snap.responses == {} and snap.assessors == ()


def test_rename_is_undoable_and_the_selector_follows(window, monkeypatch) -> None:
    page = window.current_page()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2026年度自评（申报版）", True))
    page.ui.renameButton.click()
    assert window.session.snapshot.cycle.name == "2026年度自评（申报版）"
    assert window.project.cycle_combo.currentText() == "2026年度自评（申报版）"
    assert "2026年度自评（申报版）" in window.windowTitle()
    assert page.ui.cycleTable.item(0, 0).text() == "2026年度自评（申报版）"
    window.undo()
    assert window.session.snapshot.cycle.name == "2026年度自评"
    assert window.project.cycle_combo.currentText() == "2026年度自评"


def test_delete_asks_first_and_keeps_the_last_cycle(window, monkeypatch) -> None:
    page = window.current_page()
    assert not page.ui.deleteButton.isEnabled()  # the only cycle
    new_cycle(page, "2027年度自评")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.ui.cycleTable.selectRow(1)  # the current one, 2027
    page.ui.deleteButton.click()
    assert "删除“2027年度自评”" in asked[0] and "不能撤销" in asked[0]
    assert len(window.session.service.cycles.all()) == 2  # cancelled
    page.ui.deleteButton.click()
    assert [c.name for c in window.session.service.cycles.all()] == ["2026年度自评"]
    assert window.session.snapshot.cycle.name == "2026年度自评"
    assert window.project.cycle_combo.count() == 1
    assert not page.ui.deleteButton.isEnabled()
    assert not window.session.undo_stack.canUndo()


def test_the_award_sets_the_limits_shown_on_every_page(window) -> None:
    page = window.current_page()
    ui = page.ui
    assert ui.reportValue.text().endswith("/ 30,000 字") and ui.profileValue.text() == "0 / 3,000 字"
    assert "30,000" in window.status.chars_label.text()
    ui.awardCombo.setCurrentIndex(ui.awardCombo.findData("city"))
    ui.awardCombo.activated.emit(ui.awardCombo.currentIndex())
    assert window.session.summary.limits.report == 20000
    assert ui.reportValue.text().endswith("/ 20,000 字")
    assert "20,000" in window.status.chars_label.text()  # the status bar follows at once
    assert ui.cycleTable.item(0, 1).text() == "市级政府质量奖"
    window.show_page("dashboard")
    assert window.current_page().ui.charsLabel.text().endswith("/ 20,000")
    window.undo()
    assert "30,000" in window.status.chars_label.text()
    assert window.current_page().ui.charsLabel.text().endswith("/ 30,000")


def test_an_award_profile_of_our_own(window) -> None:
    page = window.current_page()
    ui = page.ui
    ui.profileTable.selectRow(1)  # 省级政府质量奖（通用） as the template
    assert not ui.editProfileButton.isEnabled()  # built-in profiles are read-only
    dialog = page.new_profile()
    assert dialog.ui.nameEdit.text() == "省级政府质量奖"  # the award's name, printed on the cover
    assert dialog.ui.reportSpin.value() == 30000
    assert (
        dialog.ui.bodySizeCombo.currentData() == "小四"
        and "近三年审计报告 ×3" in dialog.ui.kindsEdit.toPlainText()
    )
    dialog.ui.nameEdit.setText("江苏省质量奖")
    dialog.ui.profileSpin.setValue(4000)
    dialog.ui.reportSpin.setValue(40000)
    dialog.ui.pagesSpin.setValue(0)
    assert dialog.ui.pagesSpin.text() == "不限"
    dialog.ui.bodySizeCombo.setCurrentIndex(dialog.ui.bodySizeCombo.findData("五号"))
    dialog.ui.spacingSpin.setValue(1.25)
    dialog.ui.recommendationCheck.setChecked(True)
    dialog.ui.tocCheck.setChecked(False)
    dialog.ui.kindsEdit.setPlainText("营业执照\n近三年审计报告 ×3\n省级以上荣誉证书 x2\n")
    dialog.accept()
    own = window.session.service.award_profile("custom-1")
    assert (own.name, own.profile_chars, own.report_chars, own.pages) == ("江苏省质量奖", 4000, 40000, None)
    assert (own.body_size, own.line_spacing, own.printed_name) == ("五号", 1.25, "江苏省质量奖")
    assert own.parts == ("cover", "form", "pledge", "recommendation", "profile", "report", "evidence")
    assert [(k.key, k.name, k.count) for k in own.evidence_kinds][:2] == [
        ("licence", "营业执照", 1),
        ("audit", "近三年审计报告", 3),
    ]  # names kept keep their keys, so files already tagged stay tagged
    assert own.evidence_kinds[2].name == "省级以上荣誉证书" and own.evidence_kinds[2].count == 2
    row = next(
        r for r in range(ui.profileTable.rowCount()) if ui.profileTable.item(r, 0).text() == "江苏省质量奖"
    )
    assert ui.profileTable.item(row, 4).text() == "本项目"
    ui.awardCombo.setCurrentIndex(ui.awardCombo.findData("custom-1"))
    ui.awardCombo.activated.emit(ui.awardCombo.currentIndex())
    assert "40,000" in window.status.chars_label.text()
    # a change of our own profile is undoable, and the limits follow it
    ui.profileTable.selectRow(row)
    edit = page.edit_profile()
    edit.ui.reportSpin.setValue(45000)
    edit.accept()
    assert "45,000" in window.status.chars_label.text() and ui.reportValue.text().endswith("/ 45,000 字")
    window.undo()
    assert "40,000" in window.status.chars_label.text()
    assert window.session.service.award_profile("custom-1").report_chars == 40000


def test_the_day_the_data_stand_at_is_set_on_the_page_and_undone(window) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    page = window.current_page()
    edit = page.ui.asOfEdit
    before = window.session.snapshot.cycle.as_of
    assert edit.text() == (before.isoformat() if before else "未设定")
    edit.setDate(QDate(2026, 9, 2))
    edit.editingFinished.emit()
    assert window.session.service.cycles.all()[-1].as_of == date(2026, 9, 2)
    assert page.ui.cycleTable.item(0, 2).text() == "2026-09-02"
    window.undo()
    assert window.session.service.cycles.all()[-1].as_of == before
    assert edit.text() == (before.isoformat() if before else "未设定")


def test_the_submission_date_is_set_on_the_page_and_undone(window) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    page = window.current_page()
    edit = page.ui.submittedEdit
    assert edit.text() == "未设定"
    edit.setDate(QDate(2026, 9, 28))
    edit.editingFinished.emit()
    assert window.session.service.cycles.all()[-1].submitted_on == date(2026, 9, 28)
    assert window.session.undo_stack.undoText() == "更改申报日期"
    window.undo()
    assert window.session.service.cycles.all()[-1].submitted_on is None and edit.text() == "未设定"
