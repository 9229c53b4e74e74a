"""Every number once, in core (issue 12, 4).

A user's framework pack whose points total 3000, not 1000: the CLI, the workbook, the PDF and
the screen all show that pack's own maxima, and the same total, percent and OFI fates as the
core's Summary and CycleComparison.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import yaml
from builders import fill_team_assessment, new_project
from pdfs import read_back
from workbooks import find_row, recalculate

from excellence_app import paths
from excellence_app.core import analyses
from excellence_app.core.compare import FATES, compare
from excellence_app.core.summary import Summary
from excellence_app.export.xlsx import fates_sheet
from excellence_app.services import exports
from excellence_app.services.project import ProjectService

PACK = "tripled-test"
SCALE = 3
OLD, NEW = "2026年度自评", "2027年度自评"


def compact(text: str) -> str:
    """Text without any white space: a PDF line may break anywhere in a table cell."""
    return "".join(text.split())


def write_tripled_pack(home: Path) -> None:
    """The built-in pack with every point tripled: a framework that totals 3000."""
    raw = yaml.safe_load((paths.criteria_dir() / "gbt19580-2012.yaml").read_text(encoding="utf-8"))
    raw["id"] = PACK
    raw["total_points"] *= SCALE
    for category in raw["categories"]:
        category["points"] *= SCALE
        for item in category["items"]:
            item["points"] *= SCALE
    (home / "criteria").mkdir(parents=True, exist_ok=True)
    (home / "criteria" / f"{PACK}.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def tripled(_user_home: Path, tmp_path: Path) -> Path:
    """Two cycles on the tripled pack: last year filled as a team would, this year re-scored."""
    write_tripled_pack(_user_home)
    path = tmp_path / "tripled.exa"
    with new_project(path, org="三倍企业", cycle=OLD, framework_id=PACK) as svc:
        old = fill_team_assessment(svc)
        new = svc.cycles.create_cycle(NEW, clone_from=old).id
        for n, item in enumerate(svc.framework.items()):
            if n % 2 == 0:
                svc.scoring.set_consensus(new, item.id, 60, "本年度复评")
        svc.comments.add_comment(new, "4.7.2", "ofi", "+缺少与行业标杆的对比数据。", significance="medium")
    return path


def summaries(path: Path) -> tuple[Summary, Summary]:
    with ProjectService.open(path, read_only=True) as svc:
        old, new = svc.cycles.all()
        return svc.summary(old.id), svc.summary(new.id)


def test_the_core_takes_the_packs_own_maxima(tripled: Path) -> None:
    with ProjectService.open(tripled, read_only=True) as svc:
        fw = svc.framework
        history = svc.history()
    s = history[-1].summary
    assert fw.total_points == s.total_max == 3000
    assert s.process_max == sum(i.points for i in fw.items() if i.kind == "process")
    assert s.process_max + s.results_max == s.total_max
    assert s.total_percent == round(s.total / 3000 * 100, 1)
    assert [h.summary.cycle for h in history] == [OLD, NEW]
    for item in s.items:
        agreed = item.consensus_percent
        assert item.consensus_score == (None if agreed is None else agreed * item.points / 100)


def test_cli_summary_shows_the_packs_maximum(tripled: Path, cli) -> None:
    _, s = summaries(tripled)
    code, out, err = cli("summary", str(tripled), "--cycle", NEW)
    assert code == 0, err
    assert f"总分 {s.total:g} / 3000（{s.total_percent:.1f}%，" in out
    assert f"过程 {s.process_total:g} / {s.process_max}" in out
    assert f"结果 {s.results_total:g} / {s.results_max}" in out
    assert "1000" not in out
    code, out, err = cli("summary", str(tripled), "--cycle", NEW, "--json")
    assert code == 0, err
    data = yaml.safe_load(out)  # JSON is YAML
    assert (data["total_max"], data["process_max"], data["results_max"]) == (
        3000,
        s.process_max,
        s.results_max,
    )
    assert data["total"] == s.total and data["total_percent"] == s.total_percent


def test_workbook_shows_the_packs_maxima_and_the_summarys_figures(tripled: Path, tmp_path: Path) -> None:
    out = tmp_path / "tripled.xlsx"
    with ProjectService.open(tripled, read_only=True) as svc:
        data = exports.report_input(svc, svc.cycles.all()[-1].id)
        exports.export_xlsx(svc, svc.cycles.all()[-1].id, out)
    s = data.summary
    cmp = analyses.comparison(data)
    assert cmp is not None
    values = recalculate(out)
    wb = openpyxl.load_workbook(out)

    def calc(sheet: str, cell: str) -> object:
        return values[(sheet.upper(), cell)]

    ws = wb["评分汇总"]
    assert ws.cell(find_row(ws, 2, "总分"), 3).value == 3000
    assert ws.cell(find_row(ws, 2, "过程类评分项得分"), 3).value == s.process_max
    assert ws.cell(find_row(ws, 2, "结果类评分项得分"), 3).value == s.results_max
    cat = wb["类目汇总"]
    total_row = find_row(cat, 2, "合计")
    assert calc("类目汇总", f"C{total_row}") == 3000
    assert calc("类目汇总", f"D{total_row}") == s.total
    assert calc("类目汇总", f"E{total_row}") == s.total_percent
    years = wb["年度对比"]
    assert years.cell(find_row(years, 2, "总分"), 3).value == 3000
    counts = "　".join(f"{analyses.FATES[k]} {n} 项" for k, n in cmp.fate_counts.items())
    assert wb[fates_sheet.TITLE]["A3"].value == f"共 {len(cmp.fates)} 项：{counts}"


def test_pdf_shows_the_packs_maxima_and_the_summarys_figures(tripled: Path, tmp_path: Path) -> None:
    with ProjectService.open(tripled, read_only=True) as svc:
        cycle = svc.cycles.all()[-1].id
        data = exports.report_input(svc, cycle)
        exports.export_pdf(svc, cycle, tmp_path / "report.pdf", kind="report")
        exports.export_pdf(svc, cycle, tmp_path / "scored.pdf", include_scores=True)
    s = data.summary
    cmp = analyses.comparison(data)
    assert cmp is not None
    report = compact(read_back(tmp_path / "report.pdf").text)
    assert compact(f"{s.total:g} / 3000（得分率 {s.total_percent:.1f}%）") in report
    assert compact(f"{s.process_total:g} / {s.process_max}") in report
    assert compact(f"{s.results_total:g} / {s.results_max}") in report
    assert compact(f"合计 3000 {s.total:g} {s.total_percent:.1f}%") in report
    assert "/1000" not in report
    counts = "，".join(f"{analyses.FATES[k]} {n} 项" for k, n in cmp.fate_counts.items())
    assert compact(f"共提出 {len(cmp.fates)} 项改进机会：{counts}。") in report
    scored = compact(read_back(tmp_path / "scored.pdf").text)
    assert compact(f"合计 3000 {s.total:g} {s.total_percent:.1f}%") in scored


def test_fates_are_counted_once_for_every_fate(tripled: Path) -> None:
    with ProjectService.open(tripled, read_only=True) as svc:
        (old, new) = svc.history()
    cmp = compare(old.snapshot, old.summary, new.snapshot, new.summary)
    assert list(cmp.fate_counts) == list(FATES) == list(analyses.FATES)
    assert sum(cmp.fate_counts.values()) == len(cmp.fates)
    assert cmp.fate_counts["re-raised"] == 1  # the 4.7.2 opportunity raised again this year
    assert cmp.items_up + cmp.items_down <= len(cmp.items)


def test_screen_shows_the_same_figures_as_cli_pdf_and_workbook(qtbot, tripled: Path, cli) -> None:
    """The dashboard and the 年度对比 page read the same Summary and comparison the documents do."""
    from gui import close_window, make_window, open_project

    from excellence_app.ui.shell import i18n

    old, s = summaries(tripled)
    code, out, err = cli("summary", str(tripled), "--cycle", NEW)
    assert code == 0, err
    window = make_window(qtbot)
    open_project(qtbot, window, tripled)
    try:
        assert window.session is not None and window.session.summary.cycle == NEW
        window.show_page("dashboard")
        ui = window.current_page().ui
        shown = ui.totalFigure.text()
        assert shown == i18n.number(s.total, 2)
        assert f"总分 {float(shown.replace(',', '')):g} / 3000" in out  # the same number as the CLI's
        assert "满分 3000" in ui.totalCaption.text()
        assert ui.processCaption.text().endswith(str(s.process_max))
        assert ui.resultsCaption.text().endswith(str(s.results_max))
        window.show_page("compare")
        page = window.current_page()
        c = page.comparison
        assert c is not None and (c.old_total, c.new_total) == (old.total, s.total)
        assert f"{len(c.fates)} 条改进机会" in page.ui.subtitleLabel.text()
        assert f"再次提出 {c.fate_counts['re-raised']}" in page.ui.subtitleLabel.text()
    finally:
        close_window(window)
