"""The 组织概述 page: one editor per profile section, typing saved and undoable, the live
字数 of each section and of the whole against the award's limit."""

from __future__ import annotations

import pytest
from gui import type_text
from PySide6.QtGui import QTextCursor

from excellence_app.core.markdown import count_markdown_chars


@pytest.fixture
def window(window):
    """The window of conftest, on the 组织概述 page."""
    window.show_page("profile")
    return window


def test_every_profile_section_has_its_editor_and_guidance(window) -> None:
    page = window.current_page()
    sections = window.session.framework.profile_sections
    assert (
        [c.section_id for c in page.cards]
        == [s.id for s in sections]
        == [
            "B.1.1",
            "B.1.2",
            "B.2.1",
            "B.2.2",
            "B.2.3",
        ]
    )
    card = page.card_for("B.2.1")
    assert card.ui.titleLabel.text() == "B.2.1  竞争环境"
    assert card.ui.guidanceLabel.text() == sections[2].guidance
    assert sections[2].questions[0] in card.ui.questionsLabel.text()
    assert card.ui.statusCombo.isHidden()
    assert not card.ui.guideFrame.isHidden()  # nothing written yet: the guidance leads
    assert page.ui.totalFigure.text() == "0 / 3,000"
    assert "省级政府质量奖（通用）" in page.ui.totalCaption.text()


def test_typing_counts_live_saves_and_is_one_undo_step(qtbot, window) -> None:
    page = window.current_page()
    card = page.card_for("B.1.1")
    editor = card.ui.editor
    editor.setFocus()
    type_text(editor, "公司成立于2003年，员工1580人。")
    assert card.pending and card.ui.charsLabel.text() == "字数 13"
    assert page.ui.totalFigure.text() == "13 / 3,000"  # live, before it is saved
    assert "尚余 2,987 字" in page.ui.totalCaption.text()
    qtbot.waitUntil(lambda: not card.pending, timeout=5000)  # the pause saves it
    window.session.refresh_now()
    assert window.session.snapshot.profile["B.1.1"] == "公司成立于2003年，员工1580人。\n"
    assert window.session.summary.profile_chars == page.total_chars() == 13
    assert window.ui.actionUndo.text() == "撤销：编辑组织概述 B.1.1"
    window.undo()
    assert window.session.snapshot.profile["B.1.1"] == ""
    assert editor.toPlainText() == "" and page.ui.totalFigure.text() == "0 / 3,000"
    window.redo()
    assert editor.toPlainText() == "公司成立于2003年，员工1580人。"


def test_over_the_limit_is_shown_in_red_and_the_award_sets_the_limit(window) -> None:
    page = window.current_page()
    long_text = "质" * 2000
    for section in ("B.1.1", "B.2.2"):
        editor = page.card_for(section).ui.editor
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.insertPlainText(long_text)
    page.flush()
    window.session.refresh_now()
    assert window.session.summary.profile_chars == 4000 == page.total_chars()
    assert count_markdown_chars(window.session.snapshot.profile["B.2.2"]) == 2000
    assert page.ui.totalFigure.text() == "4,000 / 3,000"
    assert page.ui.totalFigure.property("over") is True
    assert "#c53030" in page.ui.totalFigure.styleSheet()
    assert "超出 1,000 字" in page.ui.totalCaption.text()
    # the national award allows 5,000: the same text is within it
    window.show_page("cycles")
    combo = window.current_page().ui.awardCombo
    combo.setCurrentIndex(combo.findData("national"))
    combo.activated.emit(combo.currentIndex())
    window.show_page("profile")
    assert page.ui.totalFigure.text() == "4,000 / 5,000"
    assert page.ui.totalFigure.property("over") is False and page.ui.totalFigure.styleSheet() == ""
    assert "全国质量奖" in page.ui.totalCaption.text()
    # an award without a limit
    window.show_page("cycles")
    combo.setCurrentIndex(combo.findData("internal"))
    combo.activated.emit(combo.currentIndex())
    window.show_page("profile")
    assert page.ui.totalFigure.text() == "4,000" and "不限字数" in page.ui.totalCaption.text()
    assert page.ui.limitBar.isHidden()


def test_the_page_follows_the_cycle(window) -> None:
    page = window.current_page()
    service = window.session.service
    first = window.session.cycle_id
    service.content.set_profile_text(first, "B.1.2", "本年度的组织关系。")
    other = service.cycles.create_cycle("2027年度自评", clone_from=None)
    window.session.reload()  # written past the session, as another program would
    assert page.card_for("B.1.2").ui.editor.toPlainText() == "本年度的组织关系。"
    window.session.set_cycle(other.id)
    assert page.card_for("B.1.2").ui.editor.toPlainText() == ""
    assert page.ui.totalFigure.text() == "0 / 3,000"
    window.session.set_cycle(first)
    assert page.card_for("B.1.2").ui.editor.toPlainText() == "本年度的组织关系。"
