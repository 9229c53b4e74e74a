"""An undo step of many service calls (undoing a pasted block) is one transaction: a failure
half way leaves the pasted indicators exactly as they were, and the step can be tried again."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project
from PySide6.QtWidgets import QApplication, QMessageBox

BLOCK = "指标\t2024\t2025\n合格率\t98.1\t98.6\n失效率\t860\t740\n满意度\t82.5\t83.7"


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_page("indicators", "4.7.2")
    yield window
    close_window(window)


def test_undoing_a_paste_that_fails_half_way_leaves_the_paste(window, monkeypatch) -> None:
    QApplication.clipboard().setText(BLOCK)
    window.current_page().ui.pasteButton.click()
    session = window.session
    pasted = session.service.snapshot(session.cycle_id).indicators_for("4.7.2")
    assert [i.name for i in pasted] == ["合格率", "失效率", "满意度"]
    real = session.service.indicators.delete_indicator
    calls: list[int] = []

    def delete_then_fail(indicator_id: int):
        result = real(indicator_id)
        calls.append(indicator_id)
        if len(calls) == 2:
            raise RuntimeError("the second delete fails")
        return result

    monkeypatch.setattr(session.service.indicators, "delete_indicator", delete_then_fail)
    window.undo()
    assert len(calls) == 2
    assert session.service.snapshot(session.cycle_id).indicators_for("4.7.2") == pasted
