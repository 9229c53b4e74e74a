"""The scoring workbook: its numbers after recalculation equal the app's, text stays text."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from builders import HOSTILE, fill_team_assessment
from workbooks import find_row, header_columns, recalculate

from bench.xlsx import bench_xlsx
from excellence_app.core.errors import AppError
from excellence_app.export.xlsx import SCORING_SHEETS, SheetSpec, write_workbook
from excellence_app.services import exports

# fill_team_assessment has a trainee and some consensus (培训校准); its team agrees within the threshold
# (no 分歧详情: a trainee's practice score never counts as a spread); one cycle: no 年度对比
SHEETS = [
    "评分汇总",
    "类目汇总",
    "优势与改进机会",
    "结果指标",
    "评审差异",
    "改进计划",
    "培训校准",
]


@pytest.fixture
def exported(project, tmp_path):
    cycle = fill_team_assessment(project)
    out = tmp_path / "评分.xlsx"
    result = exports.export_xlsx(project, cycle, out)
    assert result.warnings == ()
    return project, cycle, out


def test_every_number_equals_the_summary_after_recalculation(exported) -> None:
    svc, cycle, out = exported
    summary = svc.summary(cycle)
    bands = svc.framework.bands
    assert any(i.provisional for i in summary.items) and any(not i.provisional for i in summary.items)
    values = recalculate(out)
    wb = openpyxl.load_workbook(out)

    ws = wb["评分汇总"]
    cols = header_columns(ws, 3)

    def calc(sheet: str, row: int, col: int) -> object:
        return values[(sheet.upper(), f"{openpyxl.utils.get_column_letter(col)}{row}")]

    for item in summary.items:
        row = find_row(ws, 1, item.id, start=4)
        assert calc("评分汇总", row, cols["得分"]) == item.score, item.id
        used = calc("评分汇总", row, cols["采用"])
        assert used == (item.percent if item.percent is not None else ""), item.id
        assert calc("评分汇总", row, cols["状态"]) == ("暂定" if item.provisional else "共识")
        assert calc("评分汇总", row, cols["分数段"]) == bands[item.band - 1].label
        for name, percent in item.assessor_percents.items():
            assert ws.cell(row, cols[name]).value == percent
    for category in summary.categories:
        row = find_row(ws, 1, category.id, start=4)
        assert calc("评分汇总", row, cols["得分"]) == category.score, category.id
    assert calc("评分汇总", find_row(ws, 2, "总分"), cols["得分"]) == summary.total
    assert calc("评分汇总", find_row(ws, 2, "总分"), cols["分数段"]) == summary.band_label
    assert calc("评分汇总", find_row(ws, 2, "过程类评分项得分"), cols["得分"]) == summary.process_total
    assert calc("评分汇总", find_row(ws, 2, "结果类评分项得分"), cols["得分"]) == summary.results_total

    cat = wb["类目汇总"]
    ccols = header_columns(cat, 3)
    for category in summary.categories:
        row = find_row(cat, 1, category.id, start=4)
        assert calc("类目汇总", row, ccols["得分"]) == category.score
        assert calc("类目汇总", row, ccols["得分率（%）"]) == category.percent
    assert calc("类目汇总", find_row(cat, 2, "合计"), ccols["得分"]) == summary.total

    spread = wb["评审差异"]
    scols = header_columns(spread, 4)
    assert spread["B2"].value == svc.project_info().spread_threshold
    for item in summary.items:
        row = find_row(spread, 1, item.id, start=5)
        assert calc("评审差异", row, scols["极差"]) == item.spread
        assert calc("评审差异", row, scols["平均"]) == item.mean


def test_a_consensus_typed_in_excel_moves_the_score(exported, tmp_path) -> None:
    """The score is live: the quality manager can try a percent in Excel and see the total move."""
    svc, cycle, out = exported
    summary = svc.summary(cycle)
    item = next(i for i in summary.items if i.provisional)
    wb = openpyxl.load_workbook(out)
    ws = wb["评分汇总"]
    cols = header_columns(ws, 3)
    row = find_row(ws, 1, item.id, start=4)
    ws.cell(row, cols["共识"]).value = 100
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    values = recalculate(changed)
    total_row = find_row(ws, 2, "总分")
    letter = openpyxl.utils.get_column_letter(cols["得分"])
    expected = round(summary.total + item.points - item.score, 2)
    assert values[("评分汇总", f"{letter}{total_row}")] == pytest.approx(expected, abs=1e-9)
    assert values[("评分汇总", f"{openpyxl.utils.get_column_letter(cols['状态'])}{row}")] == "共识"


def test_users_text_is_written_as_text_never_as_a_formula(exported) -> None:
    _, _, out = exported
    wb = openpyxl.load_workbook(out)
    cells = [
        c
        for ws in wb
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value[:1] in "=+-@" and c.data_type != "f"
    ]
    texts = {c.value for c in cells}
    assert {
        HOSTILE,
        "-战略目标未分解到班组层级",
        "+缺少与行业标杆的对比数据。",
        "@战略目标分解到班组",
    } <= texts
    assert all(c.quotePrefix for c in cells)
    with zipfile.ZipFile(out) as z:
        sheets = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "HYPERLINK" in sheets and "<f>HYPERLINK" not in sheets


def test_sheets_print_on_a4_landscape_with_charts(exported) -> None:
    _, _, out = exported
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    for ws in wb:
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == "9"  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert wb["评分汇总"].print_title_rows == "$3:$3"
    assert wb["评分汇总"].freeze_panes == "C4"
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = "".join(z.read(n).decode() for n in charts)
    # radar + bars on 类目汇总, one line chart per indicator (three) on 结果指标
    assert len(charts) == 5
    assert xml.count("<radarChart>") == 1 and xml.count("<barChart>") == 1
    assert xml.count("<lineChart>") == 3 and "图4.7.2-1" in xml


def test_an_empty_cycle_exports_and_totals_zero(project, tmp_path) -> None:
    out = tmp_path / "empty.xlsx"
    exports.export_xlsx(project, project.cycles.all()[0].id, out)
    values = recalculate(out)
    ws = openpyxl.load_workbook(out)["评分汇总"]
    cols = header_columns(ws, 3)
    letter = openpyxl.utils.get_column_letter(cols["得分"])
    assert values[("评分汇总", f"{letter}{find_row(ws, 2, '总分')}")] == 0


def test_a_cancelled_export_leaves_no_file(project, tmp_path) -> None:
    out = tmp_path / "cancelled.xlsx"
    with pytest.raises(AppError):
        exports.export_xlsx(project, project.cycles.all()[0].id, out, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_later_sheet_is_one_more_spec(project, tmp_path) -> None:
    def extra(ws, ctx) -> None:
        ctx.grid(ws).put(1, 1, ctx.linked("total", -1.0))

    data = exports.report_input(project, project.cycles.all()[0].id)
    out = tmp_path / "more.xlsx"
    write_workbook(data, out, sheets=(*SCORING_SHEETS, SheetSpec("年度对比", extra)))
    ws = openpyxl.load_workbook(out)["年度对比"]
    assert ws["A1"].value.startswith("='评分汇总'!$")


def test_progress_is_reported_to_the_end(project, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    exports.export_xlsx(
        project,
        project.cycles.all()[0].id,
        tmp_path / "p.xlsx",
        progress=lambda done, total: seen.append((done, total)),
    )
    sheets = openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames  # an empty cycle: six sheets
    assert seen[-1][0] == seen[-1][1] == len(sheets) + 1 == 7
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_bench_times_the_export_against_raw_openpyxl(project) -> None:
    fill_team_assessment(project)
    figures = bench_xlsx(exports.report_input(project, project.cycles.all()[0].id), repeat=1)
    assert figures["xlsx_export_s"] > 0 and figures["raw_openpyxl_s"] > 0
    assert figures["ratio"] == pytest.approx(figures["xlsx_export_s"] / figures["raw_openpyxl_s"], rel=0.05)
    assert figures["cells"] > 500
