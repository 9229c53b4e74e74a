"""The 共识 page: three assessors' workbooks merged with a preview, the spread flagged on the
right items, the consensus set by the lead and seen by `summary --json`, and the team's
list built from what the assessors wrote, keeping who wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import TEAM_ORG, new_project, team_project
from gui import JOB_TIMEOUT_MS, click_ok, close_window, make_window, open_project, shown, type_text
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from workbooks import make_workbook

from excellence_app.ui.consensus.model import FLAGGED_ROLE, ID_ROLE
from excellence_app.ui.consensus.page import ConsensusPage

GIVEN = {
    "周建华": {"4.1.2": 60, "4.2.3": 50, "4.3.2": 40},
    "林芳": {"4.1.2": 55, "4.2.3": 40, "4.3.2": 40},
    "许志强": {"4.1.2": 60, "4.2.3": 60, "4.3.2": 65},
}
LIN_OFI = "战略目标尚未分解到班组，一线员工说不清本岗位的指标。"


@pytest.fixture
def books(tmp_path: Path) -> tuple[Path, list[Path]]:
    project = team_project(tmp_path / "team.exa")
    paths = []
    for name, percents in GIVEN.items():
        comments = (("4.2.3", "改进机会", LIN_OFI),) if name == "林芳" else ()
        paths.append(make_workbook(project, tmp_path / f"{name}.xlsx", name, percents, comments))
    return project, paths


def consensus_page(window) -> ConsensusPage:
    window.show_page("consensus")
    page = window.current_page()
    assert isinstance(page, ConsensusPage)
    return page


def select_row(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def merge_workbooks(qtbot, page: ConsensusPage, paths: list[Path], monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    page.ui.importButton.click()
    qtbot.waitUntil(lambda: shown(page.workbooks.dialog), timeout=JOB_TIMEOUT_MS)


def test_three_workbooks_merged_flagged_agreed_and_seen_by_the_cli(qtbot, books, monkeypatch, cli) -> None:
    project, paths = books
    window = make_window(qtbot)
    open_project(qtbot, window, project)
    page = consensus_page(window)

    merge_workbooks(qtbot, page, paths, monkeypatch)
    dialog = page.workbooks.dialog
    preview = dialog.model
    rows = {
        (preview.index(r, 0).data(), preview.index(r, 1).data(), preview.index(r, 4).data())
        for r in range(preview.rowCount())
    }
    for name, percents in GIVEN.items():
        for item_id, percent in percents.items():
            assert (name, item_id, f"{percent}%") in rows
    assert preview.rowCount() == 10  # nine percents and 林芳's opportunity
    assert all(not c.conflict for c in preview.changes)
    assert not dialog.ui.problemsList.isVisible()

    click_ok(dialog)
    qtbot.waitUntil(lambda: shown(page.workbooks.report), timeout=JOB_TIMEOUT_MS)
    lines = page.workbooks.report.lines()
    assert len(lines) == 3 and all("已导入评审员" in line for line in lines), lines

    grid = page.grid
    flagged = {
        grid.index(r, 0).data(ID_ROLE) for r in range(grid.rowCount()) if grid.index(r, 0).data(FLAGGED_ROLE)
    }
    assert flagged == {"4.2.3", "4.3.2"}
    row = grid.row_of("4.2.3")
    assert grid.index(row, grid.spread_col).data() == "20"
    assert grid.index(row, grid.spread_col).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert grid.index(grid.row_of("4.1.2"), grid.spread_col).data(Qt.ItemDataRole.BackgroundRole) is None
    assert [grid.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2, 3)] == ["周建华", "林芳", "许志强"]

    page.select_item("4.2.3")
    scores = page.scores
    assert [scores.index(0, c).data() for c in range(scores.columnCount())] == ["50%", "40%", "60%"]
    assert not page.ui.spreadWarning.isHidden()

    combo = page.ui.consensusCombo
    assert combo.isEnabled(), "the lead (周建华) agrees the consensus"
    combo.setCurrentIndex(combo.findData(50))
    combo.activated.emit(combo.currentIndex())
    assert window.session.snapshot.consensus["4.2.3"].percent == 50
    page.ui.consensusRationale.setFocus()
    type_text(page.ui.consensusRationale, "讨论后一致")
    page.flush()
    assert window.session.fresh().consensus["4.2.3"].rationale == "讨论后一致"
    assert grid.index(grid.row_of("4.2.3"), grid.consensus_col).data() == "50%"
    assert page.current_item() is None and window.current_page() is page
    close_window(window)

    rc, out, err = cli("summary", str(project), "--json")
    assert rc == 0, err
    item = next(i for i in json.loads(out)["items"] if i["id"] == "4.2.3")
    assert item["consensus_percent"] == 50 and item["spread"] == 20
    assert item["assessor_percents"] == {"周建华": 50, "林芳": 40, "许志强": 60}


def test_an_assessors_opportunity_adopted_into_the_team_list_keeps_its_author(
    qtbot, books, monkeypatch
) -> None:
    project, paths = books
    window = make_window(qtbot)
    open_project(qtbot, window, project)
    page = consensus_page(window)
    merge_workbooks(qtbot, page, paths[1:2], monkeypatch)  # 林芳's workbook only
    click_ok(page.workbooks.dialog)
    qtbot.waitUntil(lambda: shown(page.workbooks.report), timeout=JOB_TIMEOUT_MS)

    page.select_item("4.2.3")
    theirs = page.assessor_comments
    assert theirs.rowCount() == 1 and theirs.index(0, 0).data() == "林芳"
    select_row(page.ui.assessorCommentsView, 0)
    assert page.ui.adoptButton.isEnabled()
    page.ui.adoptButton.click()
    team = [c for c in window.session.snapshot.comments_for("4.2.3")]
    assert [(c.text, c.author, c.assessor_id) for c in team] == [(LIN_OFI, "林芳", None)]
    assert page.team.index(0, page.team.AUTHOR_COL).data() == "林芳"
    assert theirs.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "已采纳到团队清单"

    window.undo()
    assert window.session.snapshot.comments_for("4.2.3") == ()
    assert window.current_page() is page, "an undo made here stays on this page"
    window.redo()
    assert [c.author for c in window.session.snapshot.comments_for("4.2.3")] == ["林芳"]

    select_row(page.ui.teamView, 0)
    assert page.ui.raiseActionButton.isEnabled()
    page.editing.delete_team_comment()
    assert window.session.snapshot.comments_for("4.2.3") == ()
    close_window(window)


def test_the_page_is_not_redrawn_from_its_own_typing(qtbot, tmp_path: Path) -> None:
    """The rationale typed here is saved with the page as its origin: the page keeps what it
    shows (and the cursor) instead of redrawing from its own edit."""
    window = make_window(qtbot)
    open_project(qtbot, window, team_project(tmp_path / "team.exa"))
    page = consensus_page(window)
    page.select_item("4.2.3")
    combo = page.ui.consensusCombo
    assert combo.isEnabled(), "the lead (周建华) agrees the consensus"
    combo.setCurrentIndex(combo.findData(50))
    combo.activated.emit(combo.currentIndex())
    redrawn: list[int] = []
    original = page.refresh
    page.refresh = lambda: (redrawn.append(1), original())
    try:
        page.ui.consensusRationale.setFocus()
        type_text(page.ui.consensusRationale, "讨论后一致")
        page.flush()
        window.session.refresh_now()
    finally:
        del page.refresh
    assert redrawn == []
    assert window.session.fresh().consensus["4.2.3"].rationale == "讨论后一致"
    close_window(window)


def test_a_workbook_with_a_bad_cell_is_reported_by_sheet_and_cell(qtbot, tmp_path: Path, monkeypatch) -> None:
    project = team_project(tmp_path / "team.exa")
    book = make_workbook(project, tmp_path / "林芳.xlsx", "林芳", {"4.1.2": 33, "4.1.3": 45})
    window = make_window(qtbot)
    open_project(qtbot, window, project)
    page = consensus_page(window)
    merge_workbooks(qtbot, page, [book], monkeypatch)
    dialog = page.workbooks.dialog
    problems = [dialog.ui.problemsList.item(n).text() for n in range(dialog.ui.problemsList.count())]
    assert len(problems) == 1 and "评分!D" in problems[0], problems
    assert dialog.ui.partialCheck.isVisible()

    click_ok(dialog)  # not partial: nothing is imported
    qtbot.waitUntil(lambda: shown(page.workbooks.report), timeout=JOB_TIMEOUT_MS)
    lines = page.workbooks.report.lines()
    assert "未导入" in lines[0] and "评分!D" in lines[1]
    assert window.session.summary.item("4.1.3").assessor_percents == {}

    page.workbooks.report.close()
    merge_workbooks(qtbot, page, [book], monkeypatch)
    page.workbooks.dialog.ui.partialCheck.setChecked(True)
    click_ok(page.workbooks.dialog)
    qtbot.waitUntil(lambda: "已导入" in page.workbooks.report.lines()[0], timeout=JOB_TIMEOUT_MS)
    assert window.session.summary.item("4.1.3").assessor_percents == {"林芳": 45}
    close_window(window)


def test_an_assessors_project_file_merges_with_its_conflict_marked(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from excellence_app.services.project import ProjectService

    project = team_project(tmp_path / "team.exa")
    with ProjectService.open(project) as svc:
        cycle = svc.cycles.all()[0]
        lin = next(a for a in svc.snapshot(cycle.id).assessors if a.name == "林芳")
        svc.scoring.set_score(lin.id, "4.1.3", percent=40)
    theirs = tmp_path / "lin.exa"
    with new_project(theirs, org=TEAM_ORG, cycle=cycle.name) as other:
        oc = other.cycles.all()[0].id
        me = other.scoring.add_assessor(oc, "林芳", "member")
        other.scoring.set_score(me.id, "4.1.2", percent=45)
        other.scoring.set_score(me.id, "4.1.3", percent=50)

    window = make_window(qtbot)
    open_project(qtbot, window, project)
    page = consensus_page(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    page.ui.mergeButton.click()
    qtbot.waitUntil(lambda: shown(page.project_files.dialog), timeout=JOB_TIMEOUT_MS)
    dialog = page.project_files.dialog
    conflicts = [(c.item_id, c.current, c.incoming) for c in dialog.model.changes if c.conflict]
    assert conflicts == [("4.1.3", 40, 50)]
    row = next(r for r, c in enumerate(dialog.model.changes) if c.conflict)
    assert dialog.model.index(row, 5).data() == "冲突"
    assert (dialog.model.index(row, 3).data(), dialog.model.index(row, 4).data()) == ("40%", "50%")
    assert dialog.ui.overwriteCheck.isVisible()
    click_ok(dialog)  # conflicts kept
    qtbot.waitUntil(lambda: shown(page.project_files.report), timeout=JOB_TIMEOUT_MS)
    assert "保留" in page.project_files.report.ui.headlineLabel.text()
    s = window.session.summary
    assert s.item("4.1.2").assessor_percents["林芳"] == 45
    assert s.item("4.1.3").assessor_percents["林芳"] == 40
    assert not window.session.undo_stack.canUndo()
    close_window(window)


def test_consensus_models_pass_the_qt_model_tester(qtmodeltester, qtbot, books, monkeypatch) -> None:
    project, paths = books
    window = make_window(qtbot)
    open_project(qtbot, window, project)
    page = consensus_page(window)
    merge_workbooks(qtbot, page, paths, monkeypatch)
    qtmodeltester.check(page.workbooks.dialog.model)
    click_ok(page.workbooks.dialog)
    qtbot.waitUntil(lambda: shown(page.workbooks.report), timeout=JOB_TIMEOUT_MS)
    page.select_item("4.2.3")
    for model in (page.grid, page.scores, page.assessor_comments, page.team):
        qtmodeltester.check(model)
    close_window(window)


def test_a_file_that_is_not_a_project_is_refused_clearly(qtbot, tmp_path: Path, monkeypatch) -> None:
    project = team_project(tmp_path / "team.exa")
    bogus = tmp_path / "note.exa"
    bogus.write_text("这不是项目文件", encoding="utf-8")
    window = make_window(qtbot)
    open_project(qtbot, window, project)
    page = consensus_page(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    page.ui.mergeButton.click()
    qtbot.waitUntil(lambda: shown(page.project_files.report), timeout=JOB_TIMEOUT_MS)
    report = page.project_files.report
    assert report.windowTitle() == "无法合并" and report.ui.headlineLabel.text()
    assert page.project_files.dialog is None
    assert bogus.read_text(encoding="utf-8") == "这不是项目文件"
    close_window(window)
