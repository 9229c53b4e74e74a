"""Undo and redo put a deleted row back under its own id (issue 12, 2): no id aliasing in
the interface, and older steps on the stack still find the rows they name."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import answered_project
from gui import close_window, make_window, open_project

from excellence_app.core.tabular import parse_block
from excellence_app.ui.actions.commands import AddAction, DeleteAction, UpdateAction
from excellence_app.ui.indicators.commands import AddIndicator, DeleteIndicator, ImportBlock, UpdateIndicator
from excellence_app.ui.item.commands import AddComment, DeleteComment, UpdateComment


@pytest.fixture
def session(qtbot, tmp_path: Path):
    window = make_window(qtbot)
    open_project(qtbot, window, answered_project(tmp_path / "undo.exa"))
    yield window.session
    close_window(window)


def test_a_comment_deleted_and_undone_keeps_its_id_and_later_steps_find_it(session) -> None:
    add = AddComment(session, "4.1.2", {"kind": "strength", "text": "高层领导定期走访一线。"})
    assert session.push(add)
    made = add.comment_id
    session.push(UpdateComment(session, _comment(session, made), {"text": "高层领导每月走访一线。"}))
    session.undo()
    session.undo()  # the comment is gone
    assert _comment(session, made) is None
    session.redo()
    session.redo()  # back under the same id, and the update finds it
    assert _comment(session, made).text == "高层领导每月走访一线。"

    delete = DeleteComment(session, _comment(session, made))
    assert session.push(delete)
    session.undo()
    assert _comment(session, made).text == "高层领导每月走访一线。"


def test_indicators_and_pasted_blocks_come_back_under_their_ids(session) -> None:
    add = AddIndicator(session, "4.7.2", "准时交付率")
    session.push(add)
    first = add.indicator_id
    session.push(UpdateIndicator(session, _indicator(session, first), "unit", "%"))
    session.push(DeleteIndicator(session, _indicator(session, first)))
    session.undo()
    assert _indicator(session, first).unit == "%"
    session.undo()
    session.undo()
    session.redo()
    session.redo()
    assert _indicator(session, first).unit == "%"

    block = parse_block("指标\t2025\t2026\n一次合格率\t97\t98\n顾客投诉数\t12\t9")
    paste = ImportBlock(session, "4.7.2", block)
    assert session.push(paste)
    ids = list(paste.added_ids)
    assert len(ids) == 2
    session.undo()
    assert all(_indicator(session, i) is None for i in ids)
    session.redo()
    assert [_indicator(session, i).name for i in ids] == ["一次合格率", "顾客投诉数"]


def test_an_action_plan_comes_back_under_its_id(session) -> None:
    add = AddAction(session, {"item_id": "4.1.2", "title": "建立战略沟通例会"})
    session.push(add)
    plan = add.action_id
    session.push(UpdateAction(session, _action(session, plan), {"owner": "王敏"}))
    session.push(DeleteAction(session, _action(session, plan)))
    session.undo()
    assert _action(session, plan).owner == "王敏"
    session.undo()
    session.undo()
    assert _action(session, plan) is None
    session.redo()
    session.redo()
    assert _action(session, plan).owner == "王敏"


def _indicator(session, indicator_id: int):
    return next((i for i in session.fresh().indicators if i.id == indicator_id), None)


def _action(session, action_id: int):
    return next((a for a in session.fresh().actions if a.id == action_id), None)


def _comment(session, comment_id: int):
    return next((c for c in session.fresh().comments if c.id == comment_id), None)
