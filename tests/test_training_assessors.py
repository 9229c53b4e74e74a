"""The trainer's mode: the presentation (large type, read-only, keys to turn the page, Esc
to leave) and the calibration exercise — three trainees' workbooks exported, filled in,
imported, and their deviations from the hidden reference shown once revealed."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import REFERENCE, trainer_project
from gui import JOB_TIMEOUT_MS, click_ok, close_window, make_window, open_project, shown
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from excellence_app.services import exports
from excellence_app.services.project import ProjectService
from excellence_app.ui.calibration.page import CalibrationPage
from excellence_app.ui.present.page import PresentPage

TRAINEES = {
    "王磊": {"4.1.2": 60, "4.2.3": 70, "4.3.2": 45},
    "陈静": {"4.1.2": 50, "4.2.3": 55, "4.3.2": 40},
    "赵敏": {"4.1.2": 45, "4.2.3": 85, "4.3.2": 30},
}


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A sample organisation whose team agreed three items; no trainees yet."""
    return trainer_project(tmp_path / "sample.exa")


# --- presentation ---------------------------------------------------------------------------
def test_presentation_walks_the_criteria_with_keys_and_hides_editing(qtbot, sample: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, sample)
    window.show_page("present")
    page = window.current_page()
    assert isinstance(page, PresentPage)
    fw = window.session.framework
    assert len(page.slides) > sum(1 + len(i.clauses) for i in fw.items())

    page.go_to_item("4.1.2")
    text = page.ui.slideView.toPlainText()
    assert "4.1.2" in text and fw.item("4.1.2").summary[:20] in text
    QTest.keyClick(page, Qt.Key.Key_Right)
    clause = fw.item("4.1.2").clauses[0]
    text = page.ui.slideView.toPlainText()
    assert clause.title in text and clause.questions[0] in text and "关键问题" in text
    QTest.keyClick(page, Qt.Key.Key_PageDown)
    QTest.keyClick(page, Qt.Key.Key_PageUp)
    assert page.current_slide().clause == clause
    QTest.keyClick(page, Qt.Key.Key_Left)
    assert page.current_slide().kind == "overview"

    guide = next(n for n, s in enumerate(page.slides) if s.item_id == "4.1.2" and s.kind == "guide")
    page.go_to(guide)
    text = page.ui.slideView.toPlainText()
    assert fw.bands[0].label in text and fw.bands[0].process["approach"] in text and "方法" in text

    page.ui.fullButton.click()
    assert page.presenting and window.isFullScreen()
    for chrome in (
        window.menuBar(),
        window.ui.toolBar,
        window.ui.navDock,
        window.statusBar(),
        page.ui.topBar,
    ):
        assert chrome.isHidden()
    shown_inputs = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QPushButton) and w.isVisible()
    ]
    assert shown_inputs == [page.ui.slideView] and page.ui.slideView.isReadOnly(), "nothing to edit"
    assert "Esc" in page.ui.footerLabel.text()
    QTest.keyClick(page, Qt.Key.Key_End)
    assert page.index == len(page.slides) - 1
    QTest.keyClick(page, Qt.Key.Key_Escape)
    assert not page.presenting and not window.isFullScreen()
    assert not window.menuBar().isHidden() and not window.ui.navDock.isHidden()

    page.enter_presentation(full_screen=False)
    window.show_page("dashboard")  # leaving the page leaves the presentation
    assert not page.presenting and not window.ui.toolBar.isHidden()
    close_window(window)


def test_the_largest_type_that_fits(qtbot, sample: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, sample)
    window.show_page("present")
    page = window.current_page()
    view = page.ui.slideView
    for n in range(0, 12):
        page.go_to(n)
        assert view.document().size().height() <= view.viewport().height() + 1, n
    close_window(window)


# --- calibration ----------------------------------------------------------------------------
def calibration_page(window) -> CalibrationPage:
    window.show_page("calibration")
    page = window.current_page()
    assert isinstance(page, CalibrationPage)
    return page


def add_trainee(page: CalibrationPage, name: str) -> None:
    dialog = page.add_trainee()
    assert dialog.ui.roleCombo.currentData() == "trainee"
    dialog.ui.nameEdit.setText(name)
    click_ok(dialog)


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_three_trainees_workbooks_calibrated_against_the_hidden_reference(
    qtbot, sample: Path, tmp_path: Path, monkeypatch
) -> None:
    # 赵敏 joins late: her workbook is made for a name not yet in the class.
    late = tmp_path / "late" / "赵敏.xlsx"
    late.parent.mkdir()
    with ProjectService.open(sample) as svc:
        exports.export_assessor_workbook(svc, svc.cycles.all()[0].id, late, "赵敏")

    window = make_window(qtbot)
    open_project(qtbot, window, sample)
    page = calibration_page(window)
    assert page.ui.content.isHidden() and "还没有学员" in page.ui.emptyLabel.text()
    add_trainee(page, "王磊")
    add_trainee(page, "陈静")
    roles = {a.name: a.role for a in window.session.snapshot.assessors}
    assert roles == {"周建华": "lead", "王磊": "trainee", "陈静": "trainee"}

    folder = tmp_path / "class"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.ui.exportButton.click()
    exporter = window.exporter
    qtbot.waitUntil(lambda: len(exporter.results) == 2 and not exporter.busy(), timeout=JOB_TIMEOUT_MS)
    books = sorted(folder.glob("*.xlsx"))
    assert [b.name for b in books] == ["示例企业-培训-王磊.xlsx", "示例企业-培训-陈静.xlsx"]

    filled = [*books, late]
    _fill_all(filled)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in filled], ""))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: shown(page.workbooks.dialog), timeout=JOB_TIMEOUT_MS)
    click_ok(page.workbooks.dialog)
    qtbot.waitUntil(lambda: shown(page.workbooks.report), timeout=JOB_TIMEOUT_MS)
    assert {a.name: a.role for a in window.session.snapshot.assessors}["赵敏"] == "trainee"

    items, trainees, disputed = page.items_model, page.trainees_model, page.disputed_model
    assert page.ui.itemsLabel.text() == "4.1.2、4.2.3、4.3.2"
    assert "参考分" not in headers(items), "the reference stays hidden until revealed"
    assert cells(items, 1) == ["4.2.3 战略部署", "70%", "55%", "85%", "70%", "30"]
    assert headers(trainees) == ["学员", "已评分项"]
    assert not any("（" in text for r in range(items.rowCount()) for text in cells(items, r)), (
        "no deviations yet"
    )

    page.ui.revealButton.click()
    assert headers(items)[:2] == ["评分项", "参考分"]
    assert cells(items, 0) == [
        "4.1.2 高层领导的作用",
        "50%",
        "60%（+10）",
        "50%（0）",
        "45%（−5）",
        "51.67%",
        "15",
        "5",
    ]
    assert cells(items, 1)[4] == "85%（+25）"
    assert items.index(1, 4).data(Qt.ItemDataRole.BackgroundRole) is not None, "≥ the threshold stands out"
    assert [cells(trainees, r) for r in range(3)] == [
        ["王磊", "3", "8.33", "+8.33", "偏高"],
        ["陈静", "3", "1.67", "−1.67", "偏低"],
        ["赵敏", "3", "13.33", "+3.33", "偏高"],
    ]
    assert [disputed.index(r, 0).data()[:5] for r in range(disputed.rowCount())] == [
        "4.2.3",
        "4.1.2",
        "4.3.2",
    ]
    assert "7.78" in page.ui.hintLabel.text()

    page.chosen = ["4.1.2", "4.2.3"]
    page.refresh()
    assert items.rowCount() == 2 and cells(trainees, 0)[1] == "2"
    close_window(window)


def _fill_all(books: list[Path]) -> None:
    import openpyxl
    from workbooks import find_row

    from excellence_app.export.xlsx import assessor_layout as L

    for book in books:
        name = book.stem.rsplit("-", 1)[-1]
        wb = openpyxl.load_workbook(book)
        ws = wb[L.SCORE_SHEET]
        for item_id, percent in TRAINEES[name].items():
            ws.cell(find_row(ws, 1, item_id), L.COL_PERCENT).value = percent
        wb.save(book)


def test_choosing_the_items_of_the_exercise(qtbot, sample: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, sample)
    with_trainee = calibration_page(window)
    add_trainee(with_trainee, "王磊")
    dialog = with_trainee.choose_items()
    lst = dialog.ui.itemList
    usable = [lst.item(n) for n in range(lst.count()) if lst.item(n).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert [e.data(Qt.ItemDataRole.UserRole) for e in usable] == list(REFERENCE)
    dialog.ui.allButton.click()
    usable[2].setCheckState(Qt.CheckState.Unchecked)
    click_ok(dialog)
    assert with_trainee.exercise_items() == ["4.1.2", "4.2.3"]
    assert with_trainee.ui.itemsLabel.text() == "4.1.2、4.2.3"
    close_window(window)


def test_calibration_models_pass_the_qt_model_tester(qtmodeltester, qtbot, sample: Path) -> None:
    with ProjectService.open(sample) as svc:
        cycle = svc.cycles.all()[0].id
        for name, scores in TRAINEES.items():
            trainee = svc.scoring.add_assessor(cycle, name, "trainee")
            for item_id, percent in scores.items():
                svc.scoring.set_score(trainee.id, item_id, percent=percent)
    window = make_window(qtbot)
    open_project(qtbot, window, sample)
    page = calibration_page(window)
    for revealed in (False, True):
        page.reveal(revealed)
        for model in (page.items_model, page.trainees_model, page.disputed_model):
            qtmodeltester.check(model)
    close_window(window)
