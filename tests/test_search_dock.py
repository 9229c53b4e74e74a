"""Ctrl+F opens the search dock beside the text; a click on a hit opens its place with every match
marked; F3 steps through the matches; clearing the query takes the marks off (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from excellence_app.services.project import ProjectService
from excellence_app.ui.search.highlight import CURRENT_COLOR, TAG

THRICE = "每月一次例会，每月复盘，每月公布。"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = answered_project(tmp_path / "p.exa")
    with ProjectService.open(path) as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, "4.1.2c", THRICE)
        svc.comments.add_comment(cycle, "4.3.2", "ofi", "供应商绩效评价缺少闭环改进。", significance="high")
    window = make_window(qtbot)
    open_project(qtbot, window, path)
    window.show_page("dashboard")
    yield window
    close_window(window)


def _search(qtbot, window, query: str):
    window.ui.actionFind.trigger()
    dock = window.search
    assert dock.isVisible() and dock.query.hasFocus()
    dock.query.clear()
    type_text(dock.query, query)
    qtbot.waitUntil(lambda: dock.results.query == query and not dock._timer.isActive())
    return dock


def _click_hit(qtbot, dock, place: str) -> None:
    index = next(n for n, (g, _h) in enumerate(dock.results.hits) if g.place == place)
    row = dock.tree.rows[index]
    dock.tree.scrollToItem(row)
    qtbot.mouseClick(
        dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=dock.tree.visualItemRect(row).center()
    )


def _ours(editor) -> list[tuple[str, int, bool]]:
    """Our marks in an editor: (text, start, current?)."""
    return [
        (s.cursor.selectedText(), s.cursor.selectionStart(), s.format.background().color() == CURRENT_COLOR)
        for s in editor.extraSelections()
        if s.format.hasProperty(TAG)
    ]


def _editor(window, clause_id: str):
    return window.current_page().card_for(clause_id).ui.editor


def test_an_opportunity_is_found_under_its_item_and_a_click_selects_it_on_the_items_page(
    qtbot, window
) -> None:
    dock = _search(qtbot, window, "闭环改进")
    groups = [g for g in dock.results.groups if g.part == "comment"]
    assert len(groups) == 1 and groups[0].item_id == "4.3.2" and groups[0].label.startswith("4.3.2 ")
    head = dock.tree.topLevelItem([g.part for g in dock.results.groups].index("comment"))
    assert head.text(0).startswith("4.3.2 ") and head.child(0).data(0, Qt.ItemDataRole.UserRole + 1).count(
        "<b>闭环改进</b>"
    )
    _click_hit(qtbot, dock, groups[0].place)
    page = window.current_page()
    assert page is window.pages["item"] and page.current_item() == "4.3.2"
    view = page.scoring.ui.commentsView
    assert view.isVisible()
    rows = view.selectionModel().selectedRows()
    assert len(rows) == 1 and "闭环改进" in rows[0].siblingAtColumn(1).data()


def test_a_click_on_a_response_marks_every_occurrence_the_hit_strongest(qtbot, window) -> None:
    dock = _search(qtbot, window, "每月")
    assert dock.count.text().startswith("共 5 处")
    _click_hit(qtbot, dock, "clause:4.1.2c")
    assert window.current_page().current_item() == "4.1.2"
    marks = _ours(_editor(window, "4.1.2c"))
    starts = [n for n in range(len(THRICE)) if THRICE.startswith("每月", n)]
    assert [(t, s) for t, s, _c in marks] == [("每月", n) for n in starts]
    assert [c for *_x, c in marks] == [True, False, False]
    assert [t for t, _s, _c in _ours(_editor(window, "4.1.2b"))] == ["每月"]  # the other texts shown too


def test_f3_steps_through_the_text_then_to_the_next_place(qtbot, window) -> None:
    dock = _search(qtbot, window, "每月")
    assert dock.next_action.shortcut() == QKeySequence("F3")
    assert dock.previous_action.shortcut() == QKeySequence("Shift+F3")
    assert dock.next_action in window.ui.menuEdit.actions() and dock.next_action.isEnabled()
    _click_hit(qtbot, dock, "clause:4.1.2c")
    editor = _editor(window, "4.1.2c")
    dock.next_action.trigger()
    assert [c for *_x, c in _ours(editor)] == [False, True, False]
    dock.next_action.trigger()
    dock.next_action.trigger()  # past the last match of 4.1.2c: the next hit, from the top
    assert not any(c for *_x, c in _ours(editor))
    assert dock.position[1] == 0 and dock.results.hits[dock.position[0]][0].place != "clause:4.1.2c"
    dock.previous_action.trigger()  # back into 4.1.2c, at its last match
    assert [c for *_x, c in _ours(_editor(window, "4.1.2c"))] == [False, False, True]


def test_the_dock_sits_beside_the_text(qtbot, window) -> None:
    dock = _search(qtbot, window, "每月")
    _click_hit(qtbot, dock, "clause:4.1.2a")
    assert window.dockWidgetArea(dock) in (
        Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.LeftDockWidgetArea,
    )
    assert not dock.isFloating() and dock.isVisible() and window.centralWidget().isVisible()
    central = window.centralWidget().geometry()
    assert not central.intersects(dock.geometry()) and central.width() > 500


def test_clearing_the_query_or_closing_the_dock_takes_the_marks_off_and_keeps_others(qtbot, window) -> None:
    dock = _search(qtbot, window, "每月")
    _click_hit(qtbot, dock, "clause:4.1.2c")
    editor = _editor(window, "4.1.2c")
    theirs = QTextEdit.ExtraSelection()
    theirs.cursor = QTextCursor(editor.document())
    theirs.format = QTextCharFormat()
    theirs.format.setBackground(QColor("#ccddee"))
    editor.setExtraSelections([*editor.extraSelections(), theirs])
    dock.run()  # marks again: ours replaced, theirs kept
    assert len(_ours(editor)) == 3 and len(editor.extraSelections()) == 4
    dock.query.clear()
    qtbot.waitUntil(lambda: not _ours(editor))
    assert len(editor.extraSelections()) == 1 and not dock.next_action.isEnabled()
    type_text(dock.query, "每月")
    qtbot.waitUntil(lambda: len(_ours(editor)) == 3)  # the page shown follows the query
    dock.close()
    assert not _ours(editor) and not dock.isVisible()


def test_escape_in_the_field_returns_to_the_text(qtbot, window) -> None:
    dock = _search(qtbot, window, "每月")
    _click_hit(qtbot, dock, "clause:4.1.2b")
    dock.query.setFocus()
    qtbot.keyClick(dock.query, Qt.Key.Key_Escape)
    assert _editor(window, "4.1.2b").hasFocus()
    assert dock.isVisible()


def test_without_a_query_or_a_project_nothing_steps(qtbot, window) -> None:
    assert not window.search.next_action.isEnabled() and not window.search.previous_action.isEnabled()
    dock = _search(qtbot, window, "没有这个词qzx")
    assert dock.count.text().startswith("没有找到") and not dock.next_action.isEnabled()
    window.ui.actionCloseProject.trigger()
    qtbot.waitUntil(lambda: window.session is None)
    assert not dock.isVisible() and not dock.next_action.isEnabled() and dock.query.text() == ""
