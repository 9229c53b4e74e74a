"""Issue 8 in the documents: the consensus grid, the year-on-year comparison with the fate of last
cycle's opportunities, the trainees' calibration and the overdue actions, in the internal report
(PDF) and in the scoring workbook, read back and checked against the core's numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from builders import CLOSED_OFI, OPEN_OFI, RATIONALES, RERAISED_OFI, two_team_cycles_project
from openpyxl.utils import get_column_letter
from pdfs import Readback, read_back
from workbooks import find_row, header_columns, recalculate

from excellence_app.core import analyses
from excellence_app.core.report import ReportInput
from excellence_app.export.pdf import write_pdf
from excellence_app.export.xlsx import write_workbook
from excellence_app.services.exports import report_input

TODAY = date(2026, 11, 21)


@dataclass
class Exported:
    data: ReportInput
    pdf: Readback
    pdf_warnings: list[tuple[str, str]]
    xlsx: Path
    xlsx_warnings: list[tuple[str, str]]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    work = tmp_path_factory.mktemp("issue8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(work / "home"))
        svc, second = two_team_cycles_project(work / "p.exa")
        with svc:
            data = report_input(svc, second, today=TODAY)
    pdf_warnings = write_pdf(data, work / "report.pdf", kind="report")
    xlsx_warnings = write_workbook(data, work / "book.xlsx")
    yield Exported(data, read_back(work / "report.pdf"), pdf_warnings, work / "book.xlsx", xlsx_warnings)


def _part(pdf: Readback, title: str, layout: bool = False) -> str:
    """The text from the page a part starts on up to the next part."""
    starts = sorted((p, t) for level, t, p in pdf.outline if level == 0 and "、" in t)
    first = next(p for p, t in starts if t == title)
    later = [p for p, _ in starts if p > first]
    pages = pdf.layout if layout else pdf.pages
    text = "\n".join(pages[first - 1 : later[0] if later else None])
    return text.split(title, 1)[1]


def _line(text: str, start: str) -> list[str]:
    """The cells of the laid-out table row that begins with ``start``."""
    line = next(ln for ln in text.splitlines() if ln.strip().startswith(start))
    return line.split()


# --- PDF ----------------------------------------------------------------------------------
def test_the_report_gains_its_three_parts_in_order(exported: Exported) -> None:
    titles = [t for level, t, _ in exported.pdf.outline if level == 0]
    assert titles[-4:] == ["四、改进计划", "五、历年对比", "六、评分一致性", "七、学员评分校准"]
    assert exported.pdf_warnings == []


def test_the_consensus_grid_shows_each_percent_the_consensus_and_the_spread(exported: Exported) -> None:
    text = _part(exported.pdf, "六、评分一致性", layout=True)
    assert "张伟（组长）" in text and "学员甲（学员）" not in text
    # 4.2.2: the team, the consensus and the spread; trainees' practice scores are not the team's
    assert _line(text, "4.2.2 战略制定")[2:] == ["30%", "55%", "45%", "45%", "25"]
    assert _line(text, "4.7.2 产品和服务结果")[2:] == ["35%", "40%", "40%", "未达成", "5"]
    assert exported.data.summary.flagged_items == ("4.2.2",)


def test_a_flagged_item_shows_each_assessors_bands_and_reasons_side_by_side(exported: Exported) -> None:
    text = _part(exported.pdf, "六、评分一致性")
    detail = text.split("分歧评分项的要素判断与评分理由", 1)[1]
    assert "4.2.2 战略制定：极差 25 个百分点（阈值 20）" in detail
    for reason in RATIONALES:
        assert reason[:10] in detail.replace("\n", "")
    layout = _part(exported.pdf, "六、评分一致性", layout=True).split("分歧评分项的要素判断与评分理由", 1)[1]
    # percents 30 / 55 / 45 sit in bands 3 / 4 / 3
    assert _line(layout, "方法") == ["方法", "30–45%", "50–65%", "30–45%"]
    assert "共识得分率：45%" in detail


def test_year_on_year_shows_the_changes_with_their_signs(exported: Exported) -> None:
    text = _part(exported.pdf, "五、历年对比", layout=True)
    assert "总分由 56.5 分变为 93.5 分（+37）" in text.replace("\n", "")
    assert _line(text, "4.1 领导")[-3:] == ["22.5", "27.5", "+5"]
    assert _line(text, "4.3 顾客与市场")[-3:] == ["18", "16", "-2"]
    assert _line(text, "总分")[-3:] == ["56.5", "93.5", "+37"]
    assert _line(text, "4.3.2 顾客和市场的了解")[2:] == ["40", "45%", "40%", "18", "16", "-2"]
    assert _line(text, "4.7.2 产品和服务结果")[2:] == ["80", "—", "40%", "*", "0", "32", "+32"]
    assert "历次评价总分" in text and "各类目得分对比" in text


def test_last_cycles_opportunities_show_what_became_of_them(exported: Exported) -> None:
    fates = re.sub(r"\s", "", _part(exported.pdf, "五、历年对比"))
    assert "共提出3项改进机会：已关闭（改进计划已完成）1项，仍未解决1项，再次提出1项" in fates
    # each row from its opportunity up to the next row's (the rows follow in reading order)
    rows = re.split(f"(?={OPEN_OFI})|(?={RERAISED_OFI})", fates.split(CLOSED_OFI, 1)[1])
    assert len(rows) == 3
    assert "已关闭（改进计划已完成）" in rows[0] and "建立战略目标分解机制（战略部，已完成）" in rows[0]
    assert "仍未解决" in rows[1] and "建立投诉闭环管理流程（客服部，2026-06-30，已逾期）" in rows[1]
    assert (
        "再次提出" in rows[2]
        and "本期：知识共享平台使用率仍然偏低" in rows[2]
        and "未制定改进计划" in rows[2]
    )


def test_calibration_shows_each_trainees_deviation(exported: Exported) -> None:
    text = _part(exported.pdf, "七、学员评分校准", layout=True)
    assert "对照 2 名学员对 3 个已形成共识的评分项" in text.replace("\n", "")
    assert "全班平均绝对偏差为 9 个百分点" in text.replace("\n", "")
    assert _line(text, "学员甲 ") == ["学员甲", "3", "11.67", "+11.67", "偏高"]
    assert _line(text, "学员乙 ") == ["学员乙", "2", "5", "-5", "偏低"]
    assert _line(text, "4.2.2 战略制定") == [
        "4.2.2",
        "战略制定",
        "45%",
        "70%（+25）",
        "40%（-5）",
        "30",
        "15",
    ]
    assert _line(text, "4.3.2 顾客和市场的了解")[2:] == ["40%", "40%（0）", "—", "0", "0"]
    disputed = text.split("全班分歧最大的评分项", 1)[1]
    assert disputed.index("4.2.2") < disputed.index("4.1.2") < disputed.index("4.3.2")
    assert "4.7.2" not in disputed  # no consensus there: no reference to calibrate against


def test_overdue_actions_are_marked_as_of_the_export_date(exported: Exported) -> None:
    text = _part(exported.pdf, "四、改进计划")
    assert "共 3 项改进计划" in text and "其中已逾期 1 项" in text
    assert re.search("建立顾客满意度季度测量.*已逾期", text.replace("\n", ""))


# --- workbook -----------------------------------------------------------------------------
def test_the_workbook_gains_its_sheets(exported: Exported) -> None:
    wb = openpyxl.load_workbook(exported.xlsx)
    assert wb.sheetnames[4:] == ["评审差异", "分歧详情", "改进计划", "年度对比", "改进机会落实", "培训校准"]
    assert exported.xlsx_warnings == []


@pytest.fixture(scope="module")
def book(exported: Exported) -> tuple[openpyxl.Workbook, dict[tuple[str, str], object]]:
    return openpyxl.load_workbook(exported.xlsx), recalculate(exported.xlsx)


def _calc(values: dict, ws, row: int, col: int) -> object:
    return values[(ws.title.upper(), f"{get_column_letter(col)}{row}")]


def test_the_spread_sheet_names_roles_and_details_the_flagged_item(book) -> None:
    wb, _ = book
    ws = wb["评审差异"]
    cols = header_columns(ws, 4)
    assert [ws.cell(3, cols[n]).value for n in ("张伟", "李娜", "陈刚")] == ["组长", "评审员", "评审员"]
    assert "学员甲" not in cols
    detail = wb["分歧详情"]
    head = [detail.cell(3, c).value for c in range(1, 12)]
    assert head == [
        "编号",
        "评分项",
        "极差",
        "评审员",
        "角色",
        "评分",
        "方法/水平",
        "展开/趋势",
        "学习/对比",
        "整合",
        "评分理由",
    ]
    rows = [[detail.cell(r, c).value for c in range(1, 12)] for r in range(4, detail.max_row + 1)]
    assert [r[3] for r in rows] == ["张伟", "李娜", "陈刚"]  # 4.2.2 only
    assert rows[0] == ["4.2.2", "战略制定", 25, "张伟", "组长", 30, *["30–45%"] * 4, RATIONALES[0]]
    assert rows[1][5:7] == [55, "50–65%"] and rows[1][10] == RATIONALES[1]


def test_the_year_on_year_sheet_equals_the_core_comparison_after_recalculation(exported, book) -> None:
    wb, values = book
    ws = wb["年度对比"]
    cmp = analyses.comparison(exported.data)
    head = find_row(ws, 1, "编号")
    assert [ws.cell(head, c).value for c in (4, 5, 6)] == ["2025年度自评", "2026年度自评", "变化"]
    for c in cmp.categories:
        row = find_row(ws, 1, c.id, start=head)
        got = [ws.cell(row, 4).value, _calc(values, ws, row, 5), _calc(values, ws, row, 6)]
        assert got == [c.old_score, c.new_score, c.delta], c.id
    total = find_row(ws, 2, "总分")
    assert [_calc(values, ws, total, 5), _calc(values, ws, total, 6)] == [93.5, 37]
    assert ws.cell(total, 4).value == 56.5
    items = find_row(ws, 1, "编号", start=total + 1)
    assert [ws.cell(items, c).value for c in range(4, 9)] == [
        "上期得分率",
        "本期得分率",
        "上期得分",
        "本期得分",
        "变化",
    ]
    for c in cmp.items:
        row = find_row(ws, 1, c.id, start=items)
        new_percent = _calc(values, ws, row, 5)
        assert ws.cell(row, 4).value == c.old_percent and (new_percent or None) == c.new_percent, c.id
        assert [ws.cell(row, 6).value, _calc(values, ws, row, 7)] == [c.old_score, c.new_score], c.id
        assert _calc(values, ws, row, 8) == c.delta, c.id
    row = find_row(ws, 1, "4.3.2", start=items)
    assert [_calc(values, ws, row, 8), ws.cell(row, 8).number_format] == [-2, "+0.00;-0.00;0.00"]
    cycles = find_row(ws, 2, "评价周期")
    assert [ws.cell(cycles + 1, 3).value, _calc(values, ws, cycles + 2, 3)] == [56.5, 93.5]
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert {r.operator for r in rules} == {"greaterThan", "lessThan"}
    assert [type(chart).__name__ for chart in ws._charts] == ["BarChart", "BarChart"]


def test_the_fates_sheet_lists_last_cycles_opportunities(book) -> None:
    wb, _ = book
    ws = wb["改进机会落实"]
    cols = header_columns(ws, 5)
    fates = {
        ws.cell(r, cols["上期改进机会"]).value: (
            ws.cell(r, cols["落实情况"]).value,
            ws.cell(r, cols["本期再次提出的改进机会"]).value,
            ws.cell(r, cols["相关改进计划"]).value,
        )
        for r in range(6, ws.max_row + 1)
    }
    assert fates == {
        CLOSED_OFI: ("已关闭（改进计划已完成）", None, "建立战略目标分解机制（战略部，已完成）"),
        OPEN_OFI: ("仍未解决", None, "建立投诉闭环管理流程（客服部，2026-06-30，已逾期）"),
        RERAISED_OFI: ("再次提出", "知识共享平台使用率仍然偏低，隐性知识未系统提炼", "未制定改进计划"),
    }


def test_the_calibration_sheet_shows_each_trainees_deviations(book) -> None:
    wb, _ = book
    ws = wb["培训校准"]
    people = find_row(ws, 2, "学员")
    assert [ws.cell(people + 1, c).value for c in range(2, 7)] == ["学员甲", 3, 11.67, 11.67, "偏高"]
    assert [ws.cell(people + 2, c).value for c in range(2, 7)] == ["学员乙", 2, 5, -5, "偏低"]
    assert ws.cell(find_row(ws, 2, "全班"), 4).value == 9
    head = find_row(ws, 1, "编号")
    cols = [ws.cell(head, c).value for c in range(1, 11)]
    assert cols == [
        "编号",
        "评分项",
        "参考分",
        "学员甲",
        "偏差",
        "学员乙",
        "偏差",
        "全班平均",
        "全班极差",
        "平均绝对偏差",
    ]
    row = find_row(ws, 1, "4.2.2", start=head)
    assert [ws.cell(row, c).value for c in range(3, 11)] == [45, 70, 25, 40, -5, 55, 30, 15]
    row = find_row(ws, 1, "4.3.2", start=head)
    assert [ws.cell(row, c).value for c in range(3, 8)] == [40, 40, 0, None, None]
    with pytest.raises(AssertionError):
        find_row(ws, 1, "4.7.2", start=head)  # no consensus: nothing to calibrate against
    far = [r.formula[0] for cf in ws.conditional_formatting for r in cf.rules]
    assert any("ABS(E" in f and "$C$3" in f for f in far) and any("ABS(G" in f for f in far)
    disputed = find_row(ws, 1, "编号", start=head + 1)
    assert [ws.cell(disputed + n, 1).value for n in (1, 2, 3)] == ["4.2.2", "4.1.2", "4.3.2"]


def test_the_action_sheet_marks_overdue_as_of_the_export_date(book) -> None:
    wb, _ = book
    ws = wb["改进计划"]
    cols = header_columns(ws, 3)
    late = {
        ws.cell(r, cols["改进事项"]).value: ws.cell(r, cols["是否逾期"]).value
        for r in range(4, ws.max_row + 1)
    }
    assert late == {"建立顾客满意度季度测量": "已逾期", "完善战略分析的数据来源": None, "上线知识地图": None}
    assert "2026-11-21" in ws["A2"].value
