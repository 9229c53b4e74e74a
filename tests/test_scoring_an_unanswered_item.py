"""Scoring an item with nothing written says so on the scoring panel; the page's score reads
"未评分" in words, not as a lone dash (issue 17)."""

from __future__ import annotations

from pathlib import Path

from builders import blank_project
from gui import close_window, make_window, open_project, shown, type_text


def test_the_scoring_panel_warns_until_the_item_is_answered(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    open_project(qtbot, window, blank_project(tmp_path / "p.exa"))
    window.show_item("4.1.3")
    page = window.current_page()
    page.show_tab("score")
    warning = page.scoring.unanswered
    assert shown(warning) and "还没有任何回答" in warning.text()
    assert page.ui.scoreLabel.text() == "未评分"
    clauses = window.session.framework.item("4.1.3").clauses
    page.show_tab("write")
    card = page.card_for(clauses[0].id)
    type_text(card.ui.editor, "董事会下设审计委员会，每季度审议内控报告。")
    card.flush()
    window.session.refresh_now()
    page.show_tab("score")
    assert shown(warning) and f"还有 {len(clauses) - 1} 个条款尚未回答" in warning.text()
    for clause in clauses[1:]:
        page.show_tab("write")
        card = page.card_for(clause.id)
        type_text(card.ui.editor, "已建立相应制度并按年度评审。")
        card.flush()
    window.session.refresh_now()
    page.show_tab("score")
    assert not shown(warning)
    close_window(window)
