"""``check``: integrity, consistency, length limits, missing data and dates later than the
cycle's as-of date."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from excellence_app.core.as_of import late_claims, period_end
from excellence_app.core.framework import Framework
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.core.summary import analyse_indicator
from excellence_app.services.project import ProjectService, damage_in

FACTOR_ZH = {"level": "水平", "trend": "趋势", "comparison": "对比", "integration": "整合"}


@dataclass(frozen=True)
class Finding:
    level: str  # error | warning | info
    where: str
    zh: str
    en: str

    def line(self) -> str:
        mark = {"error": "错误", "warning": "提醒", "info": "信息"}[self.level]
        return f"[{mark}] {self.where}：{self.zh}（{self.en}）"


def damage_findings(path: Path) -> list[Finding]:
    """SQLite's full integrity check and every impossible value, one finding each (names table, row, column).

    Run before opening the project: opening reads it, which damaged content can make impossible.
    """
    return [Finding("error", "项目文件", d.zh, d.en) for d in damage_in(path, full=True)]


def run_checks(svc: ProjectService, cycle_id: int) -> list[Finding]:
    fw = svc.framework
    snap = svc.snapshot(cycle_id)
    summary = svc.summary_of(snap)
    out: list[Finding] = []

    known_clauses = {c.id for _, c in fw.clauses()}
    for clause_id in snap.responses:
        if clause_id not in known_clauses:
            out.append(
                Finding(
                    "warning",
                    clause_id,
                    "回答对应的条款不在评价框架中",
                    "a response belongs to a clause the framework does not have",
                )
            )

    for what, count, limit in summary.over_limits():
        zh = "组织概述" if what == "profile" else "自我评价报告"
        en = "organisation profile" if what == "profile" else "self-assessment report"
        out.append(
            Finding(
                "warning",
                zh,
                f"{count:,} 字，超过“{summary.limits.name}”的上限 {limit:,} 字",
                f"{en} has {count:,} characters, over the limit of {limit:,}",
            )
        )

    for section in fw.profile_sections:
        if not snap.profile.get(section.id, "").strip():
            out.append(
                Finding(
                    "warning",
                    f"组织概述 {section.id}",
                    f"{section.title}尚未填写",
                    f"profile section {section.id} is empty",
                )
            )

    for item in summary.items:
        where = f"{item.id} {item.title}"
        if item.clauses_answered < item.clauses_total:
            out.append(
                Finding(
                    "warning",
                    where,
                    f"{item.clauses_total - item.clauses_answered} 个条款尚未回答",
                    f"{item.clauses_total - item.clauses_answered} clauses unanswered",
                )
            )
        if item.percent is None:
            out.append(Finding("warning", where, "尚未评分", "not scored"))
        elif item.consensus_percent is None and len(item.assessor_percents) > 1:
            out.append(Finding("warning", where, "评审员已评分，但尚未形成共识", "scored but no consensus"))
        if item.flagged and item.consensus_percent is None:
            out.append(
                Finding(
                    "warning",
                    where,
                    f"评审员之间分歧 {item.spread} 个百分点，需讨论形成共识",
                    f"assessors differ by {item.spread} points; discuss",
                )
            )
        elif item.flagged:
            out.append(
                Finding(
                    "info",
                    where,
                    f"评审员之间曾分歧 {item.spread} 个百分点，已形成共识 {item.consensus_percent}%",
                    f"assessors differed by {item.spread} points; agreed on {item.consensus_percent}%",
                )
            )
        if item.kind == "results" and item.indicators == 0:
            out.append(
                Finding("warning", where, "结果类评分项没有任何指标数据", "a results item without indicators")
            )

    out += _later_than_as_of(fw, snap)

    for ind in snap.indicators:
        analysis = analyse_indicator(ind)
        for gap in analysis.gaps:
            out.append(
                Finding(
                    "warning",
                    f"{ind.item_id} 指标“{ind.name}”",
                    f"{FACTOR_ZH[gap.factor]}：{gap.zh}",
                    f"{gap.factor}: {gap.en}",
                )
            )
    return out


def _later_than_as_of(fw: Framework, snap: CycleSnapshot) -> list[Finding]:
    """Periods, dates and sources the applicant's own text and data cannot have yet."""
    as_of = snap.cycle.as_of
    if as_of is None:
        return [
            Finding(
                "info",
                "评价周期",
                "未设定数据截至日期，无法检查数据期间和引用的日期（在“周期与评奖”页设定）",
                "no as-of date, so periods and dates cannot be checked (set it on the cycles page)",
            )
        ]
    out: list[Finding] = []

    def late(where: str, words: str) -> None:
        out.append(
            Finding(
                "warning",
                where,
                f"“{words}”晚于本周期的数据截至日期 {as_of.isoformat()}",
                f"“{words}” is later than the cycle's as-of date {as_of.isoformat()}",
            )
        )

    texts: list[tuple[str, str]] = [(f"组织概述 {k}", v) for k, v in sorted(snap.profile.items())]
    clauses = {c.id: c for _, c in fw.clauses()}
    for clause_id, response in snap.responses.items():
        clause = clauses.get(clause_id)
        texts.append((clause.full_heading if clause else clause_id, response.text))
    for ev in snap.evidence:
        texts.append((f"证实性材料“{ev.name}”", f"{ev.name}\n{ev.description}"))
    for where, text in texts:
        for claim in late_claims(text, as_of):
            late(where, claim.words)
    for ind in snap.indicators:
        where = f"{ind.item_id} 指标“{ind.name}”"
        series = [(ind.values, "")] + [(c.values, f"（{c.name}）") for c in ind.comparisons]
        for values, whose in series:
            for point in values:
                ends = period_end(point.period)
                if ends is not None and ends > as_of:
                    late(where + whose, f"{point.period}")
    return out
