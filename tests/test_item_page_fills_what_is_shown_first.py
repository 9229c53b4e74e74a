"""An item switch fills the clause editors on screen at once and the others right after; the
user never sees, types into or saves a card that is still waiting for its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project, type_text
from PySide6.QtWidgets import QApplication

from excellence_app.core.markdown import parse
from excellence_app.services.project import ProjectService

ITEMS = ("4.1.2", "4.1.3")


def long_text(clause_id: str) -> str:
    """A response long enough that the first card covers the screen, its clause named in
    every paragraph so that a text shown in the wrong card is seen."""
    paragraph = f"条款 {clause_id} 的回答：高层领导每季度评审战略执行情况，并据此调整资源配置。"
    return "\n\n".join([paragraph * 3] * 25) + "\n\n- 每月例会\n- 年度评审\n"


@pytest.fixture
def long_window(qtbot, tmp_path: Path):
    path = answered_project(tmp_path / "p.exa")
    with ProjectService.open(path, actor="tester") as svc:
        cycle = svc.cycles.all()[0].id
        for item_id in ITEMS:
            for clause in svc.framework.item(item_id).clauses:
                svc.content.set_response(cycle, clause.id, long_text(clause.id))
    window = make_window(qtbot)
    open_project(qtbot, window, path)
    yield window
    close_window(window)


def shown_cards(window):
    page = window.current_page()
    return page.cards[: page.shown]  # read as they are: card_for would fill the card it returns


def assert_each_card_shows_its_clause(window) -> None:
    session = window.session
    for card in shown_cards(window):
        assert card.filled
        assert parse(card.ui.editor.markdown_text()) == parse(session.snapshot.responses[card.clause_id].text)


def test_after_a_switch_every_card_comes_to_show_its_clauses_text(qtbot, long_window) -> None:
    long_window.show_item("4.1.2")
    page = long_window.current_page()
    cards = shown_cards(long_window)
    assert cards[0].filled  # what is on screen is there with the switch
    assert not cards[-1].filled  # the deferral is what this test is about
    qtbot.waitUntil(lambda: not page.filling(), timeout=10_000)
    assert_each_card_shows_its_clause(long_window)
    assert long_window.session.undo_stack.count() == 0  # filling is not an edit


def test_switching_away_mid_fill_never_puts_one_items_text_in_anothers_card(qtbot, long_window) -> None:
    page = long_window.pages.get("item") or long_window.page("item")
    for item_id in (*ITEMS, *ITEMS, "4.1.2", "4.1.3"):
        long_window.show_item(item_id)
        assert page.filling()
    qtbot.waitUntil(lambda: not page.filling(), timeout=10_000)
    assert [c.clause_id for c in shown_cards(long_window)] == [
        c.id for c in long_window.session.framework.item("4.1.3").clauses
    ]
    assert_each_card_shows_its_clause(long_window)
    for card in shown_cards(long_window):
        assert "4.1.2" not in card.ui.editor.toPlainText()
    assert long_window.session.undo_stack.count() == 0


def test_a_card_still_waiting_cannot_be_typed_into_and_loses_nothing(qtbot, long_window) -> None:
    long_window.show_item("4.1.2")
    page = long_window.current_page()
    session = long_window.session
    held = shown_cards(long_window)[-1]
    assert not held.filled
    assert held.ui.editor.isReadOnly()
    type_text(held.ui.editor, "丢")  # keys reach it without the focus: read-only, nothing typed
    held.ui.editor.insertPlainText("不是用户的字")  # a program's text is never saved over the answer
    assert not held.pending and not session.pending
    saved = session.snapshot.responses[held.clause_id].text

    # The user reaching the card (clicking into it gives it the focus) fills it first.
    held.ui.editor.setFocus()
    qtbot.waitUntil(lambda: held.filled, timeout=5_000)
    assert all(card.filled for card in shown_cards(long_window))  # nothing above it moves later
    assert not held.ui.editor.isReadOnly()
    assert parse(held.ui.editor.markdown_text()) == parse(saved)

    held.ui.editor.moveCursor(held.ui.editor.textCursor().MoveOperation.End)
    type_text(held.ui.editor, "补充")
    qtbot.waitUntil(lambda: not held.pending, timeout=5_000)
    session.refresh_now()
    now = session.snapshot.responses[held.clause_id].text
    assert parse(now)[:-1] == parse(saved)[:-1]  # all that was there, and the last list item …
    assert now.rstrip().endswith("年度评审补充")  # … with the typing at its end
    assert not page.filling()


def test_asking_the_page_for_a_card_gives_it_filled(long_window) -> None:
    long_window.show_item("4.1.2")
    page = long_window.current_page()
    last = shown_cards(long_window)[-1]
    assert not last.filled
    assert page.card_for(last.clause_id) is last
    assert last.filled
    assert_each_card_shows_its_clause(long_window)


def test_scrolling_to_cards_not_yet_reached_fills_them_at_once(long_window) -> None:
    long_window.show_item("4.1.2")
    page = long_window.current_page()
    QApplication.sendPostedEvents()  # the cards take their places; no timer runs
    assert page.filling()
    bar = page.ui.writeScroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert not page.filling()
    assert_each_card_shows_its_clause(long_window)


def test_a_card_keeping_the_focus_across_a_switch_is_filled_for_typing(qtbot, long_window) -> None:
    long_window.show_item("4.1.2")
    card = long_window.current_page().card_for("4.1.2b")
    card.ui.editor.setFocus()
    qtbot.waitUntil(card.ui.editor.hasFocus, timeout=5_000)
    long_window.show_item("4.1.3")  # Ctrl+↓ while typing: the focus stays in the same editor
    assert card.clause_id == long_window.session.framework.item("4.1.3").clauses[1].id
    assert card.filled and not card.ui.editor.isReadOnly()
    assert_each_card_shows_its_clause_so_far(long_window)


def assert_each_card_shows_its_clause_so_far(window) -> None:
    session = window.session
    for card in shown_cards(window):
        if card.filled:
            assert parse(card.ui.editor.markdown_text()) == parse(
                session.snapshot.responses[card.clause_id].text
            )


def test_a_very_long_first_text_shows_its_first_screen_then_all_of_it(qtbot, tmp_path: Path) -> None:
    path = answered_project(tmp_path / "p.exa")
    clause = "4.1.2a"
    paragraphs = [
        f"第 {n} 段：高层领导每季度评审战略执行情况，并据此调整资源配置和考核。" * 3 for n in range(120)
    ]
    text = "\n\n".join(paragraphs)  # some 12,000 characters: far more than a screen
    with ProjectService.open(path, actor="tester") as svc:
        svc.content.set_response(svc.cycles.all()[0].id, clause, text)
    window = make_window(qtbot)
    open_project(qtbot, window, path)
    window.show_item("4.1.2")
    page = window.current_page()
    card = page.cards[0]
    editor = card.ui.editor
    shown = editor.toPlainText()
    assert shown.startswith("第 0 段") and "第 119 段" not in shown  # the first screen only
    assert not card.filled and editor.isReadOnly()  # nothing can be typed into a part
    qtbot.waitUntil(lambda: card.filled, timeout=10_000)
    assert parse(editor.markdown_text()) == parse(text) and not editor.isReadOnly()
    window.show_item("4.1.3")
    window.show_item("4.1.2")
    card = page.card_for(clause)  # reaching for the card fills it at once
    assert card.filled and parse(card.ui.editor.markdown_text()) == parse(text)
    assert window.session.undo_stack.count() == 0
    close_window(window)
