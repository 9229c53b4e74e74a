"""The internal assessment report, and the package with self-scores, from the realistic sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import complete_project
from pdfs import Readback, export, read_back

from excellence_app.core.report import ReportInput
from excellence_app.export.package_text import numeral
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.fonts import load_fonts
from excellence_app.export.pdf.report import REPORT_SECTIONS, build_report
from excellence_app.export.pdf.sections import Section, render
from excellence_app.export.pdf.styles import make_styles
from excellence_app.services.exports import report_input


class Exported:
    def __init__(self, report: Readback, scored: Readback, data: ReportInput, work: Path):
        self.report, self.scored, self.data, self.work = report, scored, data, work


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    work = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(work / "home"))
        with complete_project(work / "s.exa") as svc:
            report, _ = export(svc, work / "report.pdf", kind="report")
            scored, _ = export(svc, work / "scored.pdf", include_scores=True)
            data = report_input(svc, svc.cycles.all()[0].id)
    yield Exported(report, scored, data, work)


def test_the_report_has_its_four_parts_and_every_item(exported: Exported) -> None:
    titles = [t for _, t, _ in exported.report.outline]
    parts = ["一、总体评价", "二、评分项评价", "三、关键主题", "四、改进计划"]
    assert [t for t in titles if t in parts] == parts
    for item in exported.data.framework.items():
        assert any(t.startswith(f"{item.id} {item.title}") for t in titles), item.id


def test_the_total_and_band_are_the_summarys(exported: Exported) -> None:
    summary = exported.data.summary
    first = exported.report.pages[exported.report.page_of("一、总体评价") - 1]
    assert f"{summary.total:g} / 1000" in first
    assert f"第 {summary.band} 段" in first
    assert "图1" in exported.report.text and "各类目得分率" in exported.report.text
    assert "图2" in exported.report.text


def test_each_item_shows_consensus_every_assessor_and_the_comments(exported: Exported) -> None:
    pdf, summary = exported.report, exported.data.summary
    for item in exported.data.framework.items():
        s = summary.item(item.id)
        title = next(t for _, t, _ in pdf.outline if t.startswith(f"{item.id} {item.title}"))
        start = pdf.page_of(title)
        text = "".join(pdf.pages[start - 1 : start + 1]).split(item.title, 1)[1]
        for name, percent in s.assessor_percents.items():
            assert f"{name}（" in text and f"{percent}%" in text
        if s.consensus_percent is not None:
            assert f"{s.consensus_percent}%" in text
        else:
            assert f"暂按中位数 {s.percent}%" in text
        assert "优势" in text and "改进机会" in text and item.title + "方面" in text
    flagged = summary.item("4.2.2")
    assert flagged.flagged and "需讨论" in pdf.text


def test_overdue_actions_are_marked(exported: Exported) -> None:
    snap = exported.data.snapshot
    today = exported.data.generated_on
    late = [a for a in snap.actions if a.due and a.due < today and a.status in ("open", "in_progress")]
    assert late  # the sample has some
    plans = "\n".join(exported.report.pages[exported.report.page_of("四、改进计划") - 1 :])
    assert plans.count("已逾期") == len(late) + 1  # each late plan, and the count in the summary line
    assert f"其中已逾期 {len(late)} 项" in plans


def test_key_themes_lead_with_the_items_with_most_points_open(exported: Exported) -> None:
    pdf = exported.report
    themes = pdf.pages[pdf.page_of("三、关键主题") - 1]
    top = exported.data.summary.top_open(1)[0]
    assert f"{top.id} {top.title}" in themes
    assert "4.2.2 战略制定" in themes  # the item the assessors disagree on


def test_a_later_section_is_one_more_entry_in_the_tuple(exported: Exported) -> None:
    def history(ctx: BuildContext) -> list:
        return [ctx.para(f"共 {len(ctx.data.history)} 个评价周期。", ctx.styles.body, Where("测试", "test"))]

    ctx = BuildContext(exported.data, load_fonts(), make_styles())
    sections = (*REPORT_SECTIONS, Section("附加部分", history))
    out = exported.work / "extended.pdf"
    render(ctx, out, build_report(ctx, sections), "测试报告")
    pdf = read_back(out)
    # parts a project does not have (one cycle: no comparison, no trainees) are left out
    title = f"{numeral(sum(1 for s in REPORT_SECTIONS if s.wanted(exported.data)) + 1)}、附加部分"
    assert title == "七、附加部分" and title in [t for _, t, _ in pdf.outline]
    assert "共 1 个评价周期。" in pdf.pages[pdf.page_of(title) - 1]


def test_the_package_can_carry_the_self_scores(exported: Exported) -> None:
    pdf, summary = exported.scored, exported.data.summary
    assert "自评得分汇总" in pdf.text
    assert f"{summary.total:g}" in pdf.text
    s = summary.item("4.1.2")
    page = pdf.pages[pdf.page_of("4.1.2 高层领导的作用") - 1]
    assert f"自评得分：{s.percent}%，{s.score:g} 分" in page
    assert "暂按评审员评分的中位数计" in "".join(pdf.text.split())  # 4.2.2 has no consensus yet
