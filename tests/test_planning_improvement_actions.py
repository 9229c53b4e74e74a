"""The 改进计划 page: an action raised from an improvement opportunity (on the item page and
on the consensus view), shown overdue after its due date, filtered by status and owner,
edited and deleted with undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import answered_project
from gui import click_ok, close_window, make_window, open_project
from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from excellence_app.services.project import ProjectService
from excellence_app.ui.actions.model import OVERDUE_ROLE, STATUS_COL
from excellence_app.ui.actions.page import ActionsPage

OFI = "双向沟通的效果缺少评价。"  # the opportunity answered_project writes for 4.1.2


def actions_page(window) -> ActionsPage:
    window.show_page("actions")
    page = window.current_page()
    assert isinstance(page, ActionsPage)
    return page


def select_row(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def fill(dialog, title: str, owner: str, due: date | None, status: str | None = None) -> None:
    ui = dialog.ui
    ui.titleEdit.setText(title)
    ui.ownerEdit.setText(owner)
    ui.dueCheck.setChecked(due is not None)
    if due is not None:
        ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
    if status is not None:
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(status))


def test_raised_from_an_opportunity_on_the_item_page_and_overdue_after_its_due_date(window) -> None:
    window.show_item("4.1.2")
    item_page = window.current_page()
    item_page.show_tab("score")
    panel = item_page.scoring
    view, comments = panel.ui.commentsView, panel.comments.model
    row = next(r for r in range(comments.rowCount()) if comments.comment_at(r).kind == "ofi")
    select_row(view, row)
    assert panel.ui.raiseActionButton.isEnabled()
    select_row(view, next(r for r in range(comments.rowCount()) if r != row))
    assert not panel.ui.raiseActionButton.isEnabled(), "a plan is raised from an opportunity, not a strength"
    select_row(view, row)
    panel.ui.raiseActionButton.click()
    dialog = panel.comments.dialog
    assert dialog.isVisible()
    assert not dialog.ui.sourceCombo.isEnabled() and dialog.ui.sourceText.text() == OFI
    fill(dialog, "建立双向沟通效果评价机制", "办公室 王强", date(2026, 6, 30))
    click_ok(dialog)

    plans = window.session.snapshot.actions
    ofi = next(c for c in window.session.snapshot.comments_for("4.1.2") if c.kind == "ofi")
    assert [(a.title, a.owner, a.due, a.status, a.comment_id) for a in plans] == [
        ("建立双向沟通效果评价机制", "办公室 王强", date(2026, 6, 30), "open", ofi.id)
    ]

    page = actions_page(window)
    page.clock = lambda: date(2026, 6, 30)
    page.refresh()
    model = page.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "建立双向沟通效果评价机制"
    assert not model.index(0, 0).data(OVERDUE_ROLE)
    assert "已逾期 0 项" in page.ui.subtitleLabel.text()
    assert page.ui.detailSource.text().endswith(OFI)

    page.clock = lambda: date(2026, 7, 1)
    page.refresh()
    assert model.index(0, 0).data(OVERDUE_ROLE)
    assert model.index(0, STATUS_COL).data() == "未开始 · 已逾期"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "已逾期 1 项" in page.ui.subtitleLabel.text()
    page.ui.overdueFilter.setChecked(True)
    assert model.rowCount() == 1

    window.undo()
    assert window.session.snapshot.actions == ()
    assert window.current_page() is page


def test_raised_from_the_consensus_view(qtbot, window) -> None:
    window.show_page("consensus")
    page = window.current_page()
    page.select_item("4.1.2")
    row = next(r for r in range(page.team.rowCount()) if page.team.comment_at(r).kind == "ofi")
    select_row(page.ui.teamView, row)
    dialog = page.editing.raise_action()
    fill(dialog, "每季度评价沟通效果", "", None)
    click_ok(dialog)
    (plan,) = window.session.snapshot.actions
    assert plan.due is None and plan.item_id == "4.1.2" and plan.comment_id == page.team.comment_at(row).id


def test_filter_edit_and_delete_with_undo(qtbot, tmp_path: Path) -> None:
    path = answered_project(tmp_path / "p.exa")
    with ProjectService.open(path) as svc:
        c = svc.cycles.all()[0].id
        svc.actions.add_action(
            c, "4.1.2", "修订沟通制度", owner="办公室 王强", due=date(2026, 3, 31), status="done"
        )
        svc.actions.add_action(c, "4.2.3", "战略目标分解到班组", owner="战略部 刘洋", due=date(2026, 5, 31))
        svc.actions.add_action(c, "4.3.2", "扩大顾客调查样本", owner="营销部 何振宇", status="in_progress")
    window = make_window(qtbot)
    open_project(qtbot, window, path)
    page = actions_page(window)
    model, ui = page.model, page.ui
    assert model.rowCount() == 3
    ui.statusFilter.setCurrentIndex(ui.statusFilter.findData("in_progress"))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["扩大顾客调查样本"]
    ui.statusFilter.setCurrentIndex(0)
    ui.ownerFilter.setEditText("刘洋")
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["战略目标分解到班组"]
    ui.ownerFilter.setEditText("")
    assert model.rowCount() == 3

    select_row(ui.actionsView, model.row_of(next(a.id for a in model.actions if a.item_id == "4.2.3")))
    dialog = page.edit_selected()
    assert dialog.ui.titleEdit.text() == "战略目标分解到班组"
    fill(dialog, "战略目标分解到班组和个人", "战略部 刘洋", date(2026, 9, 30), "in_progress")
    click_ok(dialog)
    changed = next(a for a in window.session.snapshot.actions if a.item_id == "4.2.3")
    assert (changed.title, changed.due, changed.status) == (
        "战略目标分解到班组和个人",
        date(2026, 9, 30),
        "in_progress",
    )
    window.undo()
    back = next(a for a in window.session.snapshot.actions if a.item_id == "4.2.3")
    assert (back.title, back.due, back.status) == ("战略目标分解到班组", date(2026, 5, 31), "open")

    select_row(ui.actionsView, model.row_of(back.id))
    page.delete_selected()
    assert [a.item_id for a in window.session.snapshot.actions] == ["4.1.2", "4.3.2"]
    window.undo()
    again = next(a for a in window.session.snapshot.actions if a.item_id == "4.2.3")
    assert again.title == "战略目标分解到班组"
    window.undo()  # the edit before the delete still finds the plan under its new id
    window.redo()
    window.redo()
    assert [a.item_id for a in window.session.snapshot.actions] == ["4.1.2", "4.3.2"]
    close_window(window)


def test_a_plan_needs_a_title(window) -> None:
    page = actions_page(window)
    dialog = page.new_action()
    fill(dialog, "  ", "办公室", None)
    click_ok(dialog)
    assert dialog.isVisible() and not dialog.ui.errorLabel.isHidden()
    assert window.session.snapshot.actions == ()
    dialog.reject()
    assert "还没有改进计划" in page.ui.emptyLabel.text() and not page.ui.emptyLabel.isHidden()


def test_actions_model_passes_the_qt_model_tester(qtmodeltester, tmp_path: Path, qtbot) -> None:
    path = answered_project(tmp_path / "p.exa")
    with ProjectService.open(path) as svc:
        c = svc.cycles.all()[0].id
        svc.actions.add_action(c, "4.1.2", "修订沟通制度", owner="办公室", due=date(2020, 1, 1))
        svc.actions.add_action(c, "4.2.3", "战略目标分解到班组", status="cancelled")
    window = make_window(qtbot)
    open_project(qtbot, window, path)
    qtmodeltester.check(actions_page(window).model)
    close_window(window)
