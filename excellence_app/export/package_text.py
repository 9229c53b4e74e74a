"""The words and numbers of the application package, whatever format prints it.

The PDF and the Word writer both take their cover lines, part numerals, dates, score lines,
figure captions and sources from here, so that the two documents never differ in a word.
"""

from __future__ import annotations

from datetime import date

from excellence_app.core.framework import Item
from excellence_app.core.report import ReportInput
from excellence_app.core.snapshots import Indicator
from excellence_app.core.summary import Summary
from excellence_app.export.captions import CAPTION_GAP

NUMERALS = "一二三四五六七八九十"
UNFILLED = "未填写"
# The standard's two halves of the profile; a pack of one's own may have other groups.
PROFILE_GROUPS = {"B.1": "组织描述", "B.2": "组织面临的挑战"}
BLANK = "　" * 6  # room to write a value in by hand
# The package's parts after the front pages, with the titles they are numbered under.
PART_TITLES = {"profile": "组织概述", "report": "自我评价报告", "evidence": "证实性材料"}


def numeral(n: int) -> str:
    """一 … 九十九, the way parts of a Chinese document are numbered."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return NUMERALS[ones - 1]
    head = "" if tens == 1 else NUMERALS[tens - 1]
    return head + "十" + (NUMERALS[ones - 1] if ones else "")


def sub_numeral(n: int) -> str:
    return f"（{numeral(n)}）"


def part_title(n: int, title: str) -> str:
    return f"{numeral(n)}、{title}"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def document_title(data: ReportInput) -> str:
    return f"{data.award.printed_name}申报材料"


def package_cover(data: ReportInput) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The cover's title lines, (text, "title"|"subtitle"), and its label–value facts: award,
    申报材料 and who applies; no cycle or profile name, which are ours, not the office's."""
    snap, org = data.snapshot, data.snapshot.project.details
    lines = [(data.award.printed_name, "subtitle"), ("申 报 材 料", "title")]
    facts = [
        ("申报单位（盖章）", snap.project.org_name),
        ("法定代表人", org.legal_rep or BLANK),
        ("联系人", org.contact or BLANK),
        ("联系电话", org.phone or BLANK),
        ("申报日期", chinese_date(snap.cycle.submitted_on or data.generated_on)),
    ]
    return lines, facts


def pledge_lines(data: ReportInput) -> list[str]:
    """The 承诺书's paragraphs, the award's name put in."""
    text = data.award.pledge.replace("{award}", data.award.printed_name)
    return [line.strip() for line in text.splitlines() if line.strip()]


def form_total(data: ReportInput, include_scores: bool) -> str | None:
    """自评得分 on the 申报表: None leaves the row out (the scores are not printed), "" leaves
    it for the pen (not every item agreed yet)."""
    summary = data.summary
    if not include_scores:
        return None
    if any(i.consensus_percent is None for i in summary.items):
        return ""
    return f"{summary.total:g} 分（满分 {summary.total_max} 分）"


def score_line(summary: Summary, item: Item) -> str:
    """An item's 自评得分 as printed under its heading."""
    s = summary.item(item.id)
    if s.percent is None:
        return "未评分"
    text = f"{s.percent}%，{s.score:g} 分（满分 {s.points} 分）"
    if s.provisional:
        text += "，评价组尚未达成共识，暂按评审员评分的中位数计"
    return text


SCORE_OVERVIEW_TITLE = "自评得分汇总"


def score_overview_rows(summary: Summary) -> list[list[str]]:
    """The 自评得分汇总 table: a header row, one row per category, the total."""
    rows = [["类目", "分值", "自评得分", "得分率"]]
    rows += [
        [f"{c.id} {c.title}", str(c.points), f"{c.score:g}", f"{c.percent:g}%"] for c in summary.categories
    ]
    rows.append(["合计", str(summary.total_max), f"{summary.total:g}", f"{summary.total_percent:.1f}%"])
    return rows


def figure_caption(label: str, ind: Indicator) -> str:
    return f"{label}{CAPTION_GAP}{ind.name}"


def figure_source(org_name: str, ind: Indicator) -> str:
    """Where the figure's data come from: our own statistics, and each comparison's source."""
    sources = [f"{org_name}统计"]
    sources += [f"{c.name}：{c.source}" for c in ind.comparisons if c.source.strip()]
    return "数据来源：" + "；".join(sources)
