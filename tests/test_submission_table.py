"""The 自评表 for submission (export --xlsx --kind submission): what an award office receives.

The agreed scores and totals as the app has them, no assessor and no provisional median,
fonts set on every cell (宋体 and Times New Roman, never Calibri), columns as wide as their
texts, and a page set up for A4 portrait with the header row repeated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from builders import fill_team_assessment, new_project
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from workbooks import find_row

from excellence_app.export.xlsx.submission import HEADER_ROW, HEADERS, chinese_date
from excellence_app.services import exports
from excellence_app.services.project import ProjectService

COL = {title: n for n, title in enumerate(HEADERS, 1)}
FOOTER = "第 &P 页 共 &N 页"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample organisation and its 自评表, written by the command line as a user writes it."""
    folder = tmp_path_factory.mktemp("submission")
    project, out = folder / "s.exa", folder / "自评表.xlsx"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(tmp_path_factory.mktemp("home")))
        assert _run("demo", str(project)).returncode == 0
        done = _run("export", str(project), "--xlsx", str(out), "--kind", "submission")
    assert done.returncode == 0 and "已导出" in done.stdout and done.stderr == "", done.stderr
    return project, out


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it (the ``cli`` fixture is per test; this table is per module)."""
    return subprocess.run(
        [sys.executable, "-m", "excellence_app", *args], capture_output=True, text=True, timeout=300
    )


def texts(ws: Worksheet) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def test_the_sample_table_holds_the_agreed_scores_and_the_total(sample) -> None:
    project, out = sample
    with ProjectService.open(project, read_only=True) as svc:
        cycle = svc.cycles.all()[-1].id
        data = exports.report_input(svc, cycle)
    summary = data.summary
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["自评表"]
    ws = wb["自评表"]
    assert ws["A1"].value == f"{data.award.printed_name}自评表" == "省级政府质量奖自评表"
    assert summary.organisation in ws["A2"].value
    assert [ws.cell(HEADER_ROW, c).value for c in range(1, len(HEADERS) + 1)] == list(HEADERS)
    ids = [ws.cell(r, COL["编号"]).value for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    assert [i for i in ids if i and i[0].isdigit()] == [i.id for i in summary.items]
    assert len(summary.items) == 23
    for item in summary.items:
        row = find_row(ws, COL["编号"], item.id)
        assert ws.cell(row, COL["评分项"]).value == item.title
        assert ws.cell(row, COL["分值"]).value == item.points
        assert item.consensus_percent is not None
        assert ws.cell(row, COL["自评百分比（%）"]).value == item.consensus_percent
        assert ws.cell(row, COL["自评得分"]).value == item.consensus_score
    subtotals = [r for r in range(1, ws.max_row + 1) if ws.cell(r, COL["编号"]).value == "小计"]
    assert [ws.cell(r, COL["自评得分"]).value for r in subtotals] == [c.score for c in summary.categories]
    assert [ws.cell(r, COL["分值"]).value for r in subtotals] == [c.points for c in summary.categories]
    total = find_row(ws, 1, "总分")
    assert ws.cell(total, COL["自评得分"]).value == summary.total == 528.75
    assert ws.cell(total, COL["分值"]).value == 1000
    assert ws.cell(find_row(ws, 1, "过程类评分项合计"), COL["自评得分"]).value == summary.process_total
    assert ws.cell(find_row(ws, 1, "结果类评分项合计"), COL["自评得分"]).value == summary.results_total
    # The signature block, dated the cycle's 申报日期 (the sample's 2026 cycle has one).
    words = texts(ws)
    for label in ("申报单位（盖章）：", "法定代表人（签字）：", "日期："):
        assert label in words
    assert "2026年9月28日" in words
    assert chinese_date(date(2026, 12, 3)) == "2026年12月3日"


def test_no_assessor_no_provisional_rule_no_formula(sample) -> None:
    project, out = sample
    with ProjectService.open(project, read_only=True) as svc:
        names = {a.name for a in svc.snapshot(svc.cycles.all()[-1].id).assessors}
    assert names
    ws = openpyxl.load_workbook(out)["自评表"]
    joined = "\n".join(texts(ws))
    assert not [n for n in names if n in joined]
    assert "暂定" not in joined and "中位数" not in joined and "评审员" not in joined
    # Values only: Excel, WPS and LibreOffice show the same numbers without recalculating.
    assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_fonts_are_set_and_calibri_is_nowhere(sample) -> None:
    _, out = sample
    with zipfile.ZipFile(out) as z:
        styles = z.read("xl/styles.xml").decode()
        theme = z.read("xl/theme/theme1.xml").decode()
    assert "Calibri" not in styles and "Cambria" not in styles
    assert "Calibri" not in theme and '<a:ea typeface="宋体"/>' in theme
    ws = openpyxl.load_workbook(out)["自评表"]
    fonts = {(c.font.name, c.font.sz, c.font.charset) for row in ws.iter_rows() for c in row if c.has_style}
    assert {name for name, _, _ in fonts} == {"宋体", "Times New Roman"}
    assert all(size for _, size, _ in fonts), "every size is explicit"
    assert all(charset == 134 for name, _, charset in fonts if name == "宋体"), "宋体 as the East Asian face"
    assert ws["A1"].font.name == "宋体" and ws["A1"].font.b and ws["A1"].font.sz == 16
    total = find_row(ws, 1, "总分")
    assert ws.cell(total, COL["自评得分"]).font.name == "Times New Roman"
    # The frame of a printed form: every cell of the table bordered on all sides (a merged
    # range by its first cell, from which Excel and openpyxl draw the range's frame).
    for row in range(HEADER_ROW, total + 1):
        for col in range(1, len(HEADERS) + 1):
            cell = ws.cell(row, col)
            if isinstance(cell, MergedCell):
                continue
            border = cell.border
            sides = (border.left, border.right, border.top, border.bottom)
            assert all(s is not None and s.style == "thin" for s in sides), (row, col)


def _needs(text: str) -> float:
    """Column units a text needs: two for a wide (Chinese) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_every_column_fits_its_longest_text(sample) -> None:
    _, out = sample
    ws = openpyxl.load_workbook(out)["自评表"]
    merged = {c for rng in ws.merged_cells.ranges for c in (rng.coord.split(":")[0],)}
    total = find_row(ws, 1, "总分")
    for col in range(1, len(HEADERS) + 1):
        width = ws.column_dimensions[get_column_letter(col)].width
        for row in range(HEADER_ROW, total):
            cell = ws.cell(row, col)
            if cell.value is None or (cell.coordinate in merged and col != 1):
                continue
            longest = max(str(cell.value).split("\n"), key=_needs)
            assert width >= _needs(longest) + 1, (cell.coordinate, cell.value, width)


def test_it_prints_on_a4_portrait_one_page_wide_with_the_header_repeated(sample) -> None:
    _, out = sample
    ws = openpyxl.load_workbook(out)["自评表"]
    assert str(ws.page_setup.paperSize) == "9" and ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.print_area == f"'自评表'!$A$1:$F${ws.max_row}"
    assert ws.page_margins.left >= 0.5 and ws.page_margins.top >= 0.5
    assert "澜桥精密传动股份有限公司" in ws.oddHeader.left.text
    assert ws.oddFooter.center.text == FOOTER
    assert ws.oddFooter.center.font.startswith("宋体")


def test_items_without_a_consensus_stay_blank_and_the_totals_say_so(project, tmp_path) -> None:
    cycle = fill_team_assessment(project)
    out = tmp_path / "自评表.xlsx"
    result = exports.export_xlsx(project, cycle, out, kind="submission")
    summary = project.summary(cycle)
    open_items = [i for i in summary.items if i.consensus_percent is None]
    assert open_items and len(open_items) < len(summary.items)
    assert [w for w in result.warnings if f"{len(open_items)} 个评分项尚未形成共识" in w[0]]
    ws = openpyxl.load_workbook(out)["自评表"]
    for item in open_items:
        row = find_row(ws, COL["编号"], item.id)
        assert ws.cell(row, COL["自评百分比（%）"]).value is None  # blank, not 0
        assert ws.cell(row, COL["自评得分"]).value is None
    agreed = sum(i.consensus_score or 0 for i in summary.items)
    total = find_row(ws, 1, f"总分（{len(open_items)} 项未评分，未计入）")
    assert ws.cell(total, COL["自评得分"]).value == pytest.approx(agreed)
    assert ws.cell(total, COL["自评得分"]).value != summary.total  # the provisional medians stay out
    joined = "\n".join(texts(ws))
    assert not [n for n in ("张伟", "李娜", "王芳") if n in joined] and "暂定" not in joined


def test_an_organisation_name_like_a_formula_stays_text(tmp_path) -> None:
    with new_project(tmp_path / "p.exa", org="=HYPERLINK(1)") as svc:
        out = tmp_path / "t.xlsx"
        exports.export_xlsx(svc, svc.cycles.all()[0].id, out, kind="submission")
    ws = openpyxl.load_workbook(out)["自评表"]
    assert "=HYPERLINK(1)" in ws["A2"].value
    assert "=HYPERLINK(1)" in texts(ws)  # the seal line names the applicant
    cells = [c for row in ws.iter_rows() for c in row if c.value == "=HYPERLINK(1)"]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_kind_goes_with_its_format(cli, sample, tmp_path) -> None:
    project, _ = sample
    for args in (
        ("--pdf", str(tmp_path / "a.pdf"), "--kind", "submission"),
        ("--xlsx", str(tmp_path / "a.xlsx"), "--kind", "report"),
        ("--xlsx-template", str(tmp_path / "b.xlsx"), "--assessor", "甲", "--kind", "scoring"),
    ):
        code, _, err = cli("export", str(project), *args)
        assert code == 2 and err.count("\n") == 1 and "用法错误" in err and "--kind" in err, err
    assert list(tmp_path.iterdir()) == []
    code, _, err = cli("export", str(project), "--xlsx", str(tmp_path / "w.xlsx"))
    assert code == 0, err
    assert (
        openpyxl.load_workbook(tmp_path / "w.xlsx").sheetnames[0] == "评分汇总"
    )  # scoring stays the default


def test_the_menu_exports_the_table(qtbot, tmp_path, monkeypatch) -> None:
    from builders import answered_project
    from gui import JOB_TIMEOUT_MS, close_window, make_window, open_project, shown
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot)
    try:
        open_project(qtbot, window, answered_project(tmp_path / "p.exa"))
        out = tmp_path / "表.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        actions = {a.text(): a for a in window.exporter.menu.actions() if a.text()}
        actions["申报用自评表（Excel）…"].trigger()
        qtbot.waitUntil(lambda: shown(window.exporter.message), timeout=JOB_TIMEOUT_MS)
        assert str(out) in window.exporter.message.text()
        assert openpyxl.load_workbook(out).sheetnames == ["自评表"]
    finally:
        close_window(window)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_it_on_one_page_with_the_same_numbers(sample, tmp_path) -> None:
    _, out = sample
    shutil.copy(out, tmp_path / "t.xlsx")
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "t.xlsx",
        ],
        cwd=tmp_path,
        capture_output=True,
        timeout=180,
        check=True,
    )
    info = subprocess.run(["pdfinfo", tmp_path / "t.pdf"], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    text = subprocess.run(
        ["pdftotext", "-layout", tmp_path / "t.pdf", "-"], capture_output=True, text=True
    ).stdout
    assert "528.75" in text and "325.25" in text and "203.50" in text
    assert "申报单位（盖章）" in text and "第1页共1页" in "".join(text.split())
