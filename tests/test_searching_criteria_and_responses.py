"""Ctrl+F: search the criteria and the organisation's responses; Enter jumps to the clause."""

from __future__ import annotations

from pathlib import Path

from builders import answered_project
from gui import close_window, make_window, open_project, type_text
from PySide6.QtCore import Qt

from excellence_app.services.project import ProjectService
from excellence_app.ui.search.dialog import find


def test_find_looks_in_guidance_and_responses(tmp_path: Path) -> None:
    with ProjectService.open(answered_project(tmp_path / "p.exa")) as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
        hits = find(svc.framework, snap, "战略研讨会")
        assert [(h.clause_id, h.source) for h in hits] == [("4.1.2a", "response")]
        assert "战略研讨会" in hits[0].snippet
        guidance = find(svc.framework, snap, "继任", responses=False)
        assert guidance and all(h.source == "criteria" for h in guidance)
        assert any(h.clause_id == "4.1.2f" for h in guidance)
        assert find(svc.framework, snap, "succession")  # English titles are searched too
        assert find(svc.framework, snap, "   ") == []


def test_ctrl_f_dialog_enter_jumps_to_the_clause(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_page("dashboard")
    window.ui.actionFind.trigger()
    dialog = window.search
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    type_text(dialog.ui.queryEdit, "座谈会")
    dialog.run()
    assert dialog.ui.resultsList.count() >= 1
    assert dialog.ui.countLabel.text().startswith("找到")
    first = dialog.hits[0]
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.current_item() == first.item_id
    assert page.card_for(first.clause_id).ui.editor.hasFocus()
    dialog.ui.responsesCheck.setChecked(False)
    assert all(h.source == "criteria" for h in dialog.hits)
    close_window(window)
    assert not dialog.isVisible()
