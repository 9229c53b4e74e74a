"""An assessor's workbook: filled in as a person would, read back, applied once and only once."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from builders import fill_team_assessment, new_project
from workbooks import fill_in, find_row

from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services import exports
from excellence_app.services.project import ProjectService
from excellence_app.services.score_import import import_scores
from excellence_app.services.scoring import MAX_COMMENT


def test_a_filled_in_workbook_lands_in_the_summary(tmp_path: Path, cli) -> None:
    project = tmp_path / "企业.exa"
    with new_project(project, actor="t") as svc:
        fill_team_assessment(svc)
    book = tmp_path / "赵新.xlsx"
    rc, _, err = cli("export", str(project), "--xlsx-template", str(book), "--assessor", "赵新")
    assert rc == 0, err
    fill_in(
        book,
        {"4.1.2": 55, "4.4.3": 35, "4.7.2": 70},
        bands={"4.1.2": ["50–65%", "50–65%", "30–45%", "50–65%"], "4.7.2": ["70–85%"]},
        rationale={"4.1.2": "=方法系统，展开到各事业部"},
        comments=[
            ("4.1.2", "优势", "每季度召开战略回顾会", "4.1.2a", "方法", "高"),
            ("4.7.2", "改进机会", "=缺少对比数据", "", "对比", ""),
        ],
    )
    rc, out, err = cli("import-scores", str(project), str(book))
    assert rc == 0, err
    assert "已导入评审员“赵新”" in out and "新建评审员" in out
    rc, out, err = cli("summary", str(project), "--json")
    assert rc == 0, err
    items = {i["id"]: i for i in json.loads(out)["items"]}
    assert items["4.1.2"]["assessor_percents"]["赵新"] == 55
    assert items["4.4.3"]["assessor_percents"]["赵新"] == 35
    assert items["4.7.2"]["assessor_percents"]["赵新"] == 70
    assert "赵新" not in items["4.2.2"]["assessor_percents"]
    with ProjectService.open(project) as svc:
        snap = svc.snapshot(svc.cycles.all()[0].id)
        zhao = next(a for a in snap.assessors if a.name == "赵新")
        score = snap.score(zhao.id, "4.1.2")
        assert score.factors == {"approach": 4, "deployment": 4, "learning": 3, "integration": 4}
        assert score.rationale == "=方法系统，展开到各事业部"
        assert snap.score(zhao.id, "4.7.2").factors == {"level": 5}
        mine = {c.text: c for c in snap.comments if c.assessor_id == zhao.id}
        assert mine["每季度召开战略回顾会"].clause_id == "4.1.2a"
        assert mine["每季度召开战略回顾会"].significance == "high"
        assert mine["=缺少对比数据"].factor == "comparison" and mine["=缺少对比数据"].kind == "ofi"


def _state(svc: ProjectService, cycle: int) -> tuple:
    snap = svc.snapshot(cycle)
    return snap.assessors, snap.scores, snap.comments, snap.consensus, svc.audit_count()


def test_importing_twice_changes_nothing_the_second_time(project, tmp_path) -> None:
    cycle = fill_team_assessment(project)
    book = tmp_path / "book.xlsx"
    exports.export_assessor_workbook(project, cycle, book, "李娜")
    fill_in(book, {"4.1.3": 45}, comments=[("4.3.2", "优势", "顾客细分清楚", "", "", "中")])
    first = import_scores(project, book)
    assert first.ok and first.scores_changed == 1 and first.comments_added == 1
    before = _state(project, cycle)
    second = import_scores(project, book)
    assert second.ok and second.changes == 0
    assert "没有需要导入的改动" in second.headline()
    assert _state(project, cycle) == before


def test_an_untouched_workbook_changes_nothing(project, tmp_path) -> None:
    """What the app already holds comes back identical: the workbook is a true round trip."""
    cycle = fill_team_assessment(project)
    before = _state(project, cycle)
    for name in ("张伟", "李娜"):
        book = tmp_path / f"{name}.xlsx"
        exports.export_assessor_workbook(project, cycle, book, name)
        report = import_scores(project, book)
        assert report.ok and report.changes == 0, report.headline()
    assert _state(project, cycle) == before


def test_clearing_a_comment_deletes_it_and_editing_updates_it(project, tmp_path) -> None:
    cycle = fill_team_assessment(project)
    book = tmp_path / "li.xlsx"
    exports.export_assessor_workbook(project, cycle, book, "李娜")
    wb = openpyxl.load_workbook(book)
    cs = wb[L.COMMENT_SHEET]
    row = find_row(cs, L.C_TEXT, "-战略目标未分解到班组层级")
    cs.cell(row, L.C_TEXT).value = None
    wb.save(book)
    report = import_scores(project, book)
    assert report.ok and report.comments_deleted == 1
    assert not [c for c in project.snapshot(cycle).comments if c.author == "李娜"]


def test_a_workbook_made_with_the_limit_of_the_services() -> None:
    assert L.TEXT_LIMIT == MAX_COMMENT


def test_the_workbook_is_protected_except_for_its_input_cells(project, tmp_path) -> None:
    cycle = fill_team_assessment(project)
    book = tmp_path / "t.xlsx"
    exports.export_assessor_workbook(project, cycle, book, "李娜")
    wb = openpyxl.load_workbook(book)
    assert wb[L.META_SHEET].sheet_state == "veryHidden"
    assert wb.security.lockStructure
    ws = wb[L.SCORE_SHEET]
    assert ws.protection.sheet
    row = find_row(ws, 1, "4.7.2")
    assert ws.cell(row, L.COL_ID).protection.locked and ws.cell(row, L.COL_TITLE).protection.locked
    for col in range(L.COL_PERCENT, L.COL_RATIONALE + 1):
        assert not ws.cell(row, col).protection.locked
    header = find_row(ws, 2, "结果类评分项")
    assert [ws.cell(header, c).value for c in range(5, 9)] == ["水平", "趋势", "对比", "整合"]
    lists = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    percents = '"' + ",".join(str(p) for p in range(0, 101, 5)) + '"'
    assert f"D{row}" in lists[percents].split()
    assert '"0–5%,10–25%,30–45%,50–65%,70–85%,90–100%"' in lists
    assert ws.cell(find_row(ws, 1, "4.1.2"), L.COL_PERCENT).value == 10  # 李娜's own score


def test_an_assessor_new_to_the_cycle_gets_an_empty_workbook(project, tmp_path) -> None:
    cycle = fill_team_assessment(project)
    book = tmp_path / "new.xlsx"
    exports.export_assessor_workbook(project, cycle, book, "新评审员")
    ws = openpyxl.load_workbook(book)[L.SCORE_SHEET]
    assert ws.cell(find_row(ws, 1, "4.1.2"), L.COL_PERCENT).value is None
    report = import_scores(project, book)
    assert report.ok and report.assessor_created and report.scores_changed == 0
    assert "新评审员" in [a.name for a in project.snapshot(cycle).assessors]


@pytest.mark.parametrize("partial", [False, True])
def test_partial_applies_the_valid_rows_only_when_asked(project, tmp_path, partial) -> None:
    cycle = fill_team_assessment(project)
    book = tmp_path / "p.xlsx"
    exports.export_assessor_workbook(project, cycle, book, "李娜")
    fill_in(book, {"4.1.2": 37, "4.1.3": 90})
    before = _state(project, cycle)
    report = import_scores(project, book, partial=partial)
    assert not report.ok
    assert [p.line().split("：")[0] for p in report.problems] == [
        f"评分!D{find_row(openpyxl.load_workbook(book)[L.SCORE_SHEET], 1, '4.1.2')}"
    ]
    li = next(a for a in project.snapshot(cycle).assessors if a.name == "李娜")
    if partial:
        assert report.applied and "另有 1 处问题未导入" in report.headline()
        assert project.snapshot(cycle).score(li.id, "4.1.3").percent == 90
        assert project.snapshot(cycle).score(li.id, "4.1.2").percent == 10
    else:
        assert not report.applied and report.headline().startswith("未导入")
        assert _state(project, cycle) == before


def test_a_blank_workbook_says_that_nothing_was_filled_in(tmp_path: Path, cli) -> None:
    project = tmp_path / "企业.exa"
    with new_project(project, actor="t") as svc:
        fill_team_assessment(svc)
    book = tmp_path / "张三.xlsx"
    rc, _, err = cli("export", str(project), "--xlsx-template", str(book), "--assessor", "张三")
    assert rc == 0, err
    rc, out, err = cli("import-scores", str(project), str(book))
    assert rc == 0, err
    assert "已新建评审员“张三”" in out and "没有填写任何评分或意见" in out


def test_a_project_file_given_as_a_workbook_is_one_line(tmp_path: Path, cli) -> None:
    project = tmp_path / "企业.exa"
    with new_project(project, actor="t"):
        pass
    rc, out, err = cli("import-scores", str(project), str(project))
    assert rc == 1 and out == "" and err.count("\n") == 1 and "是项目文件" in err
