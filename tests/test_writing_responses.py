"""The response editor: Markdown in core's subset both ways, the toolbar, 字数,
debounced saving, and typing as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project, type_text
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from excellence_app.core.markdown import count_markdown_chars, parse
from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.widgets.markdown_io import fill_document, to_markdown

SAMPLES = [
    "公司以平衡计分卡为框架。\n\n- 每月评审\n- 每季度回顾\n\n3. 第三步\n4. 第四步\n",
    "| 指标 | 2024 | 2025 |\n| --- | --- | --- |\n| **合格率** | 98.6 | 99.1 |\n",
    "## 小节\n\n这是一个很长的英文句子 with many English words that Qt would wrap at eighty columns "
    "if its own writer were used, which core would then join without a space.\n",
    "价格 5*3 = 15，a_b_c 与 **重点**。\n",
    "3.5亿元的营业收入中，出口占16%。\n\n4.1.2 a) 的要求已在战略研讨会上落实。\n\n1.建立制度\n2.定期评审\n",
]


@pytest.fixture
def project_window(qtbot, tmp_path: Path):
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
    window.show_item("4.1.2")
    yield window
    close_window(window)


@pytest.mark.parametrize("text", SAMPLES)
def test_markdown_round_trip_keeps_what_core_reads(qtbot, text: str) -> None:
    create_application()
    doc = QTextDocument()
    fill_document(doc, text)
    out = to_markdown(doc)
    assert parse(out) == parse(text)
    assert count_markdown_chars(out) == count_markdown_chars(text)
    again = QTextDocument()
    fill_document(again, out)
    assert to_markdown(again) == out  # stable: loading and saving changes nothing


def test_a_sentence_that_begins_with_a_decimal_or_a_clause_number_is_not_a_list() -> None:
    blocks = parse("3.5亿元的营业收入中，出口占16%。\n\n4.1.2 a) 的要求已落实。\n\n1.建立制度\n2.定期评审\n")
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Paragraph", "ListBlock"]


def test_toolbar_bold_lists_and_table_write_markdown(project_window) -> None:
    card = project_window.current_page().card_for("4.1.2c")
    editor = card.ui.editor
    editor.setFocus()
    type_text(editor, "诚信")
    editor.selectAll()
    card.ui.boldButton.click()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert card.ui.boldButton.isChecked()
    card.ui.boldButton.click()  # typing on is plain again
    editor.textCursor().insertBlock()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    card.ui.bulletButton.click()
    type_text(editor, "制度")
    editor.textCursor().insertBlock()
    type_text(editor, "培训")
    assert card.ui.bulletButton.isChecked()
    card.ui.bulletButton.click()  # the last item leaves the list
    editor.moveCursor(QTextCursor.MoveOperation.End)
    card.table_actions["insert"].trigger()
    type_text(editor, "项目")
    md = editor.markdown_text()
    assert md.startswith("**诚信**\n\n- 制度\n\n培训")
    assert "| 项目 |   |   |\n| --- | --- | --- |" in md

    def table_lines() -> int:
        return sum(1 for line in editor.markdown_text().splitlines() if line.startswith("|"))

    assert table_lines() == 4  # header, rule and two rows
    card.table_actions["add_row"].trigger()
    assert table_lines() == 5


def test_chars_count_live_and_matches_core(project_window) -> None:
    card = project_window.current_page().card_for("4.1.2c")
    type_text(card.ui.editor, "我们用ISO9001:2015体系")
    assert card.chars == count_markdown_chars(card.ui.editor.markdown_text()) == 6
    assert card.ui.charsLabel.text() == "字数 6"


def test_typing_saves_after_a_pause_and_merges_into_one_undo_step(qtbot, project_window) -> None:
    session = project_window.session
    card = project_window.current_page().card_for("4.1.2c")
    card.ui.editor.setFocus()
    before = session.undo_stack.count()
    type_text(card.ui.editor, "第一句。")
    qtbot.waitUntil(lambda: not session.pending, timeout=3000)  # the debounce timer fired
    type_text(card.ui.editor, "第二句。")
    qtbot.waitUntil(lambda: not session.pending, timeout=3000)
    assert session.undo_stack.count() == before + 1
    assert session.service.snapshot(session.cycle_id).responses["4.1.2c"].text.strip() == "第一句。第二句。"
    project_window.undo()
    assert card.ui.editor.toPlainText() == ""
    assert "4.1.2c" not in session.snapshot.responses or not session.snapshot.responses["4.1.2c"].text
    project_window.redo()
    assert card.ui.editor.toPlainText() == "第一句。第二句。"


def test_leaving_the_editor_saves_and_starts_a_new_step(project_window) -> None:
    session = project_window.session
    page = project_window.current_page()
    first, second = page.card_for("4.1.2c"), page.card_for("4.1.2e")
    first.ui.editor.setFocus()
    type_text(first.ui.editor, "甲")
    second.ui.editor.setFocus()  # focus-out flushes at once
    assert not session.pending
    assert session.service.snapshot(session.cycle_id).responses["4.1.2c"].text.strip() == "甲"
    first.ui.editor.setFocus()
    type_text(first.ui.editor, "乙")
    second.ui.editor.setFocus()
    project_window.undo()
    assert first.ui.editor.toPlainText() == "甲"


def test_switching_item_flushes_pending_typing(project_window) -> None:
    session = project_window.session
    card = project_window.current_page().card_for("4.1.2d")
    type_text(card.ui.editor, "质量安全责任制")
    assert session.pending
    project_window.step_item(1)
    assert not session.pending
    assert project_window.current_page().current_item() == "4.1.3"
    assert session.service.snapshot(session.cycle_id).responses["4.1.2d"].text.strip() == "质量安全责任制"


def test_status_changes_are_saved_and_undoable(project_window) -> None:
    session = project_window.session
    card = project_window.current_page().card_for("4.1.2a")
    assert card.ui.statusCombo.currentData() == "draft"
    combo = card.ui.statusCombo
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())
    assert session.snapshot.responses["4.1.2a"].status == "done"
    project_window.undo()
    assert session.snapshot.responses["4.1.2a"].status == "draft"
    assert card.ui.statusCombo.currentData() == "draft"


def test_pasted_rich_text_keeps_only_the_subset(project_window) -> None:
    card = project_window.current_page().card_for("4.1.2c")
    mime = QMimeData()
    mime.setHtml("<p><i>斜体</i>与<b>粗体</b></p><ul><li>一</li><li>二</li></ul><img src='x.png'>")
    card.ui.editor.insertFromMimeData(mime)
    md = card.ui.editor.markdown_text()
    assert "斜体与**粗体**" in md and "- 一\n- 二" in md
    assert "<" not in md


def test_window_keys_reach_the_window_from_the_editor(qtbot, project_window) -> None:
    card = project_window.current_page().card_for("4.1.2a")
    card.ui.editor.setFocus()
    qtbot.keyClick(card.ui.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert project_window.current_page().current_item() == "4.1.3"
    project_window.current_page().card_for("4.1.3a").ui.editor.setFocus()
    qtbot.keyClick(project_window.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert project_window.current_page().current_item() == "4.1.2"


def test_a_text_too_long_is_refused_and_kept_in_the_editor(qtbot, project_window) -> None:
    session = project_window.session
    card = project_window.current_page().card_for("4.1.2c")
    card.ui.editor.setPlainText("长" * 200_001)
    with qtbot.waitSignal(session.failed) as refused:
        card.flush()
    assert "过长" in refused.args[0].zh
    assert project_window.status.save_state_text()[1] == "failed"
    assert card.pending  # still marked unsaved; the text stays where the user typed it
    assert len(card.ui.editor.toPlainText()) == 200_001
    card.ui.editor.setPlainText("短")
    with qtbot.waitSignal(session.saved):
        card.flush()
    assert not card.pending
    assert project_window.status.save_state_text()[1] == "saved"


def test_closing_the_window_saves_pending_typing_without_asking(qtbot, tmp_path: Path) -> None:
    path = answered_project(tmp_path / "close.exa")
    window = make_window(qtbot)
    open_project(qtbot, window, path)
    window.show_item("4.2.2")
    card = window.current_page().card_for("4.2.2.1")
    type_text(card.ui.editor, "战略制定每年十月启动")
    assert window.session.pending
    close_window(window)  # no dialog: nothing is ever unsaved
    with ProjectService.open(path) as svc:
        assert (
            svc.snapshot(svc.cycles.all()[0].id).responses["4.2.2.1"].text.strip() == "战略制定每年十月启动"
        )
