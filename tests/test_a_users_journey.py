"""The user's journey: new project → answer a clause → score the item → the total
changes → undo → the total returns → reopen the file and see the state."""

from __future__ import annotations

from pathlib import Path

from gui import OPEN_TIMEOUT_MS, close_window, make_window, open_project, type_text
from PySide6.QtWidgets import QWizard

from excellence_app.services.project import ProjectService


def _create_with_wizard(qtbot, window, path: Path) -> None:
    wizard = window.new_project()
    ui = wizard.ui
    type_text(ui.orgEdit, "澄江精密机械有限公司")
    assert ui.fileEdit.text().endswith("澄江精密机械有限公司.exa")  # follows the name until edited
    ui.fileEdit.setText(str(path))
    ui.fileEdit.textEdited.emit(str(path))
    wizard.next()
    assert wizard.currentPage() is ui.setupPage
    ui.awardCombo.setCurrentIndex(ui.awardCombo.findData("city"))
    assert "20,000" in ui.awardHint.text()
    ui.cycleEdit.setText("2026年度自评")
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def test_journey_new_answer_score_undo_reopen(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "澄江.exa"
    window = make_window(qtbot)
    _create_with_wizard(qtbot, window, path)
    session = window.session
    assert session is not None and session.snapshot.project.org_name == "澄江精密机械有限公司"
    assert session.snapshot.cycle.award_profile == "city"
    assert "澄江精密机械有限公司" in window.windowTitle()

    # answer a clause: typing shows 正在保存…, then it is saved through the service
    window.show_item("4.1.2")
    page = window.current_page()
    card = page.card_for("4.1.2a")
    card.ui.editor.setFocus()
    type_text(card.ui.editor, "董事长每年主持战略研讨会")
    assert window.status.save_state_text()[1] == "saving"
    assert "正在保存" in window.windowTitle()
    qtbot.waitUntil(lambda: not session.pending, timeout=3000)
    assert window.status.save_state_text()[0].startswith("已保存")
    assert (
        session.service.snapshot(session.cycle_id).responses["4.1.2a"].text.strip()
        == "董事长每年主持战略研讨会"
    )
    assert card.ui.charsLabel.text() == "字数 12"

    # score the item: a new project gets the user as its lead assessor on first scoring
    window.show_page("dashboard")
    dashboard = window.current_page()
    assert dashboard.ui.totalFigure.text() == "0"
    window.show_item("4.1.2")
    scoring = page.scoring
    page.show_tab("score")
    combo = scoring.factor_rows[0][1]
    combo.setCurrentIndex(combo.findData(3))
    combo.activated.emit(combo.currentIndex())
    assert [a.role for a in session.snapshot.assessors] == ["lead"]
    assert session.snapshot.assessors[0].name == window.settings.user_name
    percent = scoring.ui.percentCombo
    percent.setCurrentIndex(percent.findData(35))
    percent.activated.emit(percent.currentIndex())
    assert scoring.ui.pointsLabel.text() == "35% × 50 = 17.5 分"
    assert session.summary.total == 17.5
    window.show_page("dashboard")
    assert dashboard.ui.totalFigure.text() == "17.5"

    # undo: the total returns
    window.undo()
    assert session.summary.total == 0
    window.show_page("dashboard")
    assert dashboard.ui.totalFigure.text() == "0"
    window.redo()
    assert session.summary.total == 17.5
    window.undo()

    # close (no question asked) and reopen: the state shown is the state saved
    close_window(window)
    again = make_window(qtbot)
    open_project(qtbot, again, path)
    assert again.current_page().spec.name == "item"  # the last item comes back
    reopened = again.current_page().card_for("4.1.2a")
    assert reopened.ui.editor.toPlainText() == "董事长每年主持战略研讨会"
    assert again.session.summary.total == 0
    score = again.session.snapshot.score(again.session.assessor_id, "4.1.2")
    assert score is not None and score.percent is None and score.factors == {"approach": 3}
    close_window(again)
    with ProjectService.open(path) as svc:
        assert svc.summary(svc.cycles.all()[0].id).total == 0


def test_the_proposed_file_name_is_one_windows_accepts(qtbot) -> None:
    window = make_window(qtbot)
    wizard = window.new_project()
    type_text(wizard.ui.orgEdit, "CON")  # a device name on Windows, whatever the extension
    assert Path(wizard.ui.fileEdit.text()).name == "_CON.exa"
    wizard.ui.orgEdit.clear()
    type_text(wizard.ui.orgEdit, "蓝桥/传动: 有限公司.")
    assert Path(wizard.ui.fileEdit.text()).name == "蓝桥_传动_ 有限公司.exa"
    wizard.reject()
    close_window(window)
