"""The 评分 tab: factor bands, the overall percent and its points, the factor-span
warning, assessors, consensus by the lead, strengths and opportunities."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import blank_project
from gui import close_window, make_window, open_project, type_text

from excellence_app.ui.item.scoring_panel import ScoringPanel


@pytest.fixture
def window(window):
    """The window of conftest, on 4.1.2's 评分 tab."""
    window.show_item("4.1.2")
    window.current_page().show_tab("score")
    return window


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def panel(window) -> ScoringPanel:
    return window.current_page().scoring


def test_shows_the_assessors_score_with_points_from_core(window) -> None:
    ui = panel(window).ui
    assert window.session.assessor().name == "周建华"
    assert ui.percentCombo.currentData() == 50
    assert ui.pointsLabel.text() == "50% × 50 = 25 分"
    assert ui.bandLabel.text() == "分数段 50–65%"
    names = [row[0].text() for row in panel(window).factor_rows]
    assert names == ["方法", "展开", "学习", "整合"]
    assert panel(window).factor_rows[0][1].currentData() == 4
    assert panel(window).factor_rows[2][1].currentData() is None
    assert "做法系统" in ui.rationaleEdit.toPlainText()


def test_results_items_use_letci(window) -> None:
    window.show_item("4.7.2")
    names = [row[0].text() for row in panel(window).factor_rows]
    assert names == ["水平", "趋势", "对比", "整合"]
    assert "水平" in window.ui.guideBrowser.toPlainText()


def test_guidelines_follow_the_item_there_and_back(window) -> None:
    browser = window.ui.guideBrowser
    for item_id, factors in [("4.7.2", "水平、趋势、对比、整合"), ("4.1.2", "方法、展开、学习、整合")] * 2:
        window.show_item(item_id)
        text = browser.toPlainText()
        assert f"要素：{factors}" in text, item_id
        assert "当前分数所在段" in text  # both are scored in the sample
    choose(panel(window).factor_rows[2][1], 5)  # a new marking on an item seen before
    assert "当前判断" in browser.toPlainText()


def test_percent_outside_the_factor_span_warns(window) -> None:
    p = panel(window)
    choose(p.ui.percentCombo, 70)  # factors at bands 3–4 span 30–65 %
    assert not p.ui.spanWarning.isHidden()
    assert "30–65%" in p.ui.spanWarning.text()
    choose(p.ui.percentCombo, 55)
    assert p.ui.spanWarning.isHidden()
    assert p.ui.pointsLabel.text() == "55% × 50 = 27.5 分"


def test_factor_band_shows_its_descriptor_and_marks_the_guidelines(window) -> None:
    p = panel(window)
    choose(p.factor_rows[2][1], 5)
    band5 = window.session.framework.bands[4]
    assert p.factor_rows[2][2].text() == band5.process["learning"]
    assert "当前判断" in window.ui.guideBrowser.toPlainText()
    window.undo()
    assert p.factor_rows[2][1].currentData() is None


def test_rationale_typing_is_saved_and_one_undo_step(qtbot, window) -> None:
    p = panel(window)
    session = window.session
    edit = p.ui.rationaleEdit
    edit.clear()
    type_text(edit, "证据充分")
    qtbot.waitUntil(lambda: not session.pending, timeout=3000)
    score = session.service.snapshot(session.cycle_id).score(session.assessor_id, "4.1.2")
    assert score.rationale == "证据充分"
    count = session.undo_stack.count()
    window.undo()
    assert session.undo_stack.index() == count - 1
    assert "做法系统" in edit.toPlainText()


def test_scoring_as_another_assessor_and_the_lead_sets_consensus(window) -> None:
    p = panel(window)
    session = window.session
    assert p.ui.consensusCombo.isEnabled()  # 周建华 is the lead
    choose(p.ui.assessorCombo, next(a.id for a in session.snapshot.assessors if a.name == "林芳"))
    assert session.assessor().name == "林芳"
    assert p.ui.percentCombo.currentData() == 25
    assert not p.ui.consensusCombo.isEnabled()
    assert "只有评审组长" in p.ui.leadHint.text()
    assert "林芳" in window.status.assessor_label.text()
    # the spread 50 vs 25 reaches the threshold of 20
    assert not p.ui.spreadWarning.isHidden()
    assert "4.1.2" in session.summary.flagged_items
    choose(p.ui.assessorCombo, next(a.id for a in session.snapshot.assessors if a.name == "周建华"))
    choose(p.ui.consensusCombo, 40)
    assert session.summary.item("4.1.2").consensus_percent == 40
    assert session.summary.item("4.1.2").score == 20
    assert "40% × 50 = 20 分" in p.ui.consensusPoints.text()
    assert p.ui.consensusRationale.isEnabled()
    window.undo()
    assert session.summary.item("4.1.2").consensus_percent is None


def test_add_assessor_through_the_dialog(qtbot, window) -> None:
    p = panel(window)
    dialog = p.add_assessor()
    dialog.ui.nameEdit.setText("林芳")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and "已存在" in dialog.ui.errorLabel.text()
    dialog.ui.nameEdit.setText("许志强")
    dialog.ui.buttonBox.accepted.emit()
    assert not dialog.isVisible()
    session = window.session
    assert session.assessor().name == "许志强" and session.assessor().role == "member"
    assert p.ui.assessorCombo.currentText().startswith("许志强")


def test_comments_add_edit_delete_and_undo(window) -> None:
    p = panel(window)
    session = window.session
    model = p.comments.model
    assert [c.kind for c in model.comments] == ["strength", "ofi"]
    dialog = p.comments.edit_comment(None, "ofi")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "请写下内容。"
    dialog.ui.textEdit.setPlainText("继任计划只覆盖中层。")
    dialog.ui.clauseCombo.setCurrentIndex(dialog.ui.clauseCombo.findData("4.1.2f"))
    dialog.ui.buttonBox.accepted.emit()
    assert session.summary.item("4.1.2").ofis == 2
    added = next(c for c in model.comments if c.text == "继任计划只覆盖中层。")
    assert (
        added.clause_id == "4.1.2f" and added.author == session.assessor().name != window.settings.user_name
    )
    # edit it: significance high
    p.ui.commentsView.selectRow(model.comments.index(added))
    dialog = p.comments.edit_comment(added)
    dialog.ui.significanceCombo.setCurrentIndex(dialog.ui.significanceCombo.findData("high"))
    dialog.ui.buttonBox.accepted.emit()
    assert next(c for c in model.comments if c.key == added.key).significance == "high"
    # delete, then undo brings it back with its key; redo deletes it again
    p.ui.commentsView.selectRow(next(i for i, c in enumerate(model.comments) if c.key == added.key))
    p.comments.delete_selected()
    assert session.summary.item("4.1.2").ofis == 1
    window.undo()
    back = next(c for c in model.comments if c.key == added.key)
    assert back.significance == "high" and back.text == "继任计划只覆盖中层。"
    window.undo()  # the edit
    assert next(c for c in model.comments if c.key == added.key).significance == "medium"
    window.redo()
    window.redo()
    assert session.summary.item("4.1.2").ofis == 1


def test_first_score_in_a_new_project_adds_the_user_as_lead(qtbot, tmp_path: Path) -> None:
    win = make_window(qtbot)
    open_project(qtbot, win, blank_project(tmp_path / "empty.exa"))
    win.show_item("4.2.2")
    p = win.current_page().scoring
    assert "第一次评分时" in p.ui.assessorHint.text()
    assert not p.ui.consensusCombo.isEnabled()
    choose(p.ui.percentCombo, 45)
    assessors = win.session.snapshot.assessors
    assert [(a.name, a.role) for a in assessors] == [(win.settings.user_name, "lead")]
    assert win.session.summary.total == 18
    assert p.ui.consensusCombo.isEnabled()
    close_window(win)


def test_comments_model_passes_the_qt_model_tester(qtmodeltester, window) -> None:
    model = panel(window).comments.model
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_the_panel_is_not_redrawn_from_its_own_typing(qtbot, window) -> None:
    """Both rationales typed in the panel are saved with the panel as their origin, so the
    item page does not redraw it (and move the cursor) from its own edit."""
    p = panel(window)
    session = window.session
    choose(p.ui.consensusCombo, 40)  # the lead agrees a consensus; its rationale opens
    redrawn: list[int] = []
    original = p.refresh
    p.refresh = lambda *a, **k: (redrawn.append(1), original(*a, **k))
    try:
        for edit, text in ((p.ui.rationaleEdit, "证据充分"), (p.ui.consensusRationale, "讨论后一致")):
            edit.setFocus()
            type_text(edit, text)
            qtbot.waitUntil(lambda: not session.pending, timeout=3000)
            session.refresh_now()
    finally:
        del p.refresh
    assert redrawn == []
    snap = session.fresh()
    assert "证据充分" in snap.score(session.assessor_id, "4.1.2").rationale
    assert snap.consensus["4.1.2"].rationale == "讨论后一致"
