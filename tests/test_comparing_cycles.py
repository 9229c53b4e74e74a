"""The 年度对比 page: two cycles side by side with the right deltas (core.compare's), the
totals of every cycle charted, and what became of last cycle's opportunities."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import CYCLE, LAST_CYCLE, new_project_file, year_on_year_project
from gui import close_window, make_window, open_project
from PySide6.QtCore import Qt

from excellence_app.ui.compare.models import DOWN, UP
from excellence_app.ui.compare.page import ComparePage

OLD, NEW = LAST_CYCLE, CYCLE


@pytest.fixture
def two_cycles(tmp_path: Path) -> Path:
    """2025: 4.1.2 at 50 %, 4.2.3 at 60 %; 2026: 60 % and 50 %. Three opportunities in 2025:
    one closed by a finished action, one raised again in 2026, one left open."""
    return year_on_year_project(tmp_path / "two.exa")


@pytest.fixture
def window(qtbot, two_cycles: Path):
    win = make_window(qtbot)
    open_project(qtbot, win, two_cycles)
    win.show_page("compare")
    yield win
    close_window(win)


def page_of(window) -> ComparePage:
    page = window.current_page()
    assert isinstance(page, ComparePage)
    return page


def row_of(model, item_id: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(item_id + " "))


def test_this_cycle_against_the_previous_with_deltas(window) -> None:
    page = page_of(window)
    ui = page.ui
    assert (ui.oldCombo.currentText(), ui.newCombo.currentText()) == (OLD, NEW)
    items = page.items
    r = row_of(items, "4.1.2")
    assert [items.index(r, c).data() for c in range(7)] == [
        "4.1.2 高层领导的作用",
        "50",
        "50%",
        "60%",
        "25",
        "30",
        "+5",
    ]
    assert items.index(r, 6).data(Qt.ItemDataRole.ForegroundRole).color() == UP
    r = row_of(items, "4.2.3")
    assert items.index(r, 6).data() == "−5"
    assert items.index(r, 6).data(Qt.ItemDataRole.ForegroundRole).color() == DOWN
    assert items.index(row_of(items, "4.3.2"), 6).data() == "±0"
    cats = page.categories
    r = row_of(cats, "4.1")
    assert [cats.index(r, c).data() for c in (2, 3, 4)] == ["25", "30", "+5"]
    assert [cats.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)] == [OLD, NEW]
    assert ui.oldCardFigure.text() == "55" and ui.newCardFigure.text() == "55"
    assert ui.deltaCardFigure.text() == "±0"
    assert page.comparison.delta == 0

    bars = page.chart_view.chart().series()[0].barSets()[0]
    assert [bars.at(n) for n in range(bars.count())] == [55.0, 55.0]


def test_last_cycles_opportunities_and_what_became_of_them(window) -> None:
    page = page_of(window)
    fates = page.fates
    got = {
        fates.index(r, 0).data(): (fates.index(r, 2).data(), fates.index(r, 3).data())
        for r in range(fates.rowCount())
    }
    assert got["4.1.2"] == ("已关闭：改进计划已完成", "建立沟通效果评价机制（已完成）")
    assert got["4.2.3"][0] == "本周期再次提出"
    assert got["4.3.2"] == ("仍未解决", "未制定")
    r = next(r for r in range(fates.rowCount()) if fates.index(r, 0).data() == "4.2.3")
    assert "仍不清楚" in fates.index(r, 4).data()
    assert "（3）" in page.ui.tabs.tabText(2)


def test_choosing_the_cycles_the_other_way_round(window) -> None:
    page = page_of(window)
    old_id = page.ui.oldCombo.currentData()
    new_id = page.ui.newCombo.currentData()
    page.choose(new_id, old_id)
    r = row_of(page.items, "4.1.2")
    assert page.items.index(r, 6).data() == "−5"
    assert page.comparison.old_cycle == NEW and len(page.comparison.fates) == 1
    window.show_page("dashboard")
    window.show_page("compare")
    assert page.ui.oldCombo.currentText() == NEW, "the choice stays while the cycle is the same"


def test_opening_an_item_from_the_table(window) -> None:
    page = page_of(window)
    r = row_of(page.items, "4.2.3")
    page.ui.tabs.setCurrentIndex(1)
    page.ui.itemView.doubleClicked.emit(page.items.index(r, 0))
    assert window.current_page().current_item() == "4.2.3"


def test_one_cycle_only_says_how_to_get_a_comparison(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "one.exa"
    new_project_file(path, cycle=NEW)
    win = make_window(qtbot)
    open_project(qtbot, win, path)
    win.show_page("compare")
    page = page_of(win)
    assert page.ui.content.isHidden() and not page.ui.emptyLabel.isHidden()
    assert "新建一个评价周期" in page.ui.emptyLabel.text()
    close_window(win)


def test_compare_models_pass_the_qt_model_tester(qtmodeltester, window) -> None:
    page = page_of(window)
    for model in (page.categories, page.items, page.fates):
        qtmodeltester.check(model)
