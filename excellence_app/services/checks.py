"""``check`` and the 提交前检查 page: integrity, consistency, length limits, missing data, the
award's required 证实性材料, and dates later than the cycle's as-of date.

Every finding names its place twice: in words (``where``) and as a ``place`` the window can
open (``clause:4.1.2a``, ``item:4.1.2``, ``profile:B.1.1``, ``indicators:4.7.2``,
``evidence``, ``cycles``, ``project``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from excellence_app.core import wording
from excellence_app.core.as_of import late_claims, period_end
from excellence_app.core.evidence_list import evidence_list
from excellence_app.core.framework import Framework
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.core.summary import Summary, analyse_indicator
from excellence_app.services.project import ProjectService, damage_in

FACTOR_ZH = {"level": "水平", "trend": "趋势", "comparison": "对比", "integration": "整合"}
LEVELS = ("error", "warning", "info")
# A text this far under the award's limit says too little for an examiner to score it high.
FAR_UNDER = 0.5


@dataclass(frozen=True)
class Finding:
    level: str  # error | warning | info
    where: str
    zh: str
    en: str
    place: str = ""

    def line(self) -> str:
        mark = {"error": "错误", "warning": "提醒", "info": "信息"}[self.level]
        return f"[{mark}] {self.where}：{self.zh}（{self.en}）"

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def damage_findings(path: Path) -> list[Finding]:
    """SQLite's full integrity check and every impossible value, one finding each (names table, row, column).

    Run before opening the project: opening reads it, which damaged content can make impossible.
    """
    return [Finding("error", "项目文件", d.zh, d.en, "project") for d in damage_in(path, full=True)]


def run_checks(svc: ProjectService, cycle_id: int) -> list[Finding]:
    fw = svc.framework
    snap = svc.snapshot(cycle_id)
    summary = svc.summary_of(snap)
    award = svc.award_profile(snap.cycle.award_profile)
    out = _unknown_clauses(fw, snap)
    out += _lengths(summary)
    out += _profile(fw, snap)
    out += _items(summary)
    out += _evidence(award, snap)
    out += _later_than_as_of(fw, snap)
    out += _indicators(snap)
    return out


def _unknown_clauses(fw: Framework, snap: CycleSnapshot) -> list[Finding]:
    known = {c.id for _, c in fw.clauses()}
    return [
        Finding(
            "warning",
            clause_id,
            "回答对应的条款不在评价框架中",
            "a response belongs to a clause the framework does not have",
        )
        for clause_id in snap.responses
        if clause_id not in known
    ]


def _lengths(summary: Summary) -> list[Finding]:
    out: list[Finding] = []
    counts = {"profile": summary.profile_chars, "report": summary.report_chars}
    names = {
        "profile": ("组织概述", "organisation profile"),
        "report": ("自我评价报告", "self-assessment report"),
    }
    limits = {"profile": summary.limits.profile, "report": summary.limits.report}
    place = {"profile": "profile:", "report": "cycles"}
    for what, count, limit in summary.over_limits():
        zh, en = names[what]
        out.append(
            Finding(
                "warning",
                zh,
                f"{count:,} 字，超过“{summary.limits.name}”的上限 {limit:,} 字",
                f"{en} has {count:,} characters, over the limit of {limit:,}",
                place[what],
            )
        )
    for what, limit in limits.items():
        count = counts[what]
        if limit and 0 < count < FAR_UNDER * limit:
            zh, en = names[what]
            out.append(
                Finding(
                    "info",
                    zh,
                    f"{count:,} 字，不到上限 {limit:,} 字的一半，内容可能不足以支撑评分",
                    f"{en} has {count:,} characters, under half the limit of {limit:,}",
                    place[what],
                )
            )
    return out


def _profile(fw: Framework, snap: CycleSnapshot) -> list[Finding]:
    return [
        Finding(
            "warning",
            f"组织概述 {section.id}",
            f"{section.title}尚未填写",
            f"profile section {section.id} is empty",
            f"profile:{section.id}",
        )
        for section in fw.profile_sections
        if not snap.profile.get(section.id, "").strip()
    ]


def _items(summary: Summary) -> list[Finding]:
    out: list[Finding] = []
    for item in summary.items:
        said: list[tuple[str, str, str]] = []  # (level, zh, en)
        missing = item.clauses_total - item.clauses_answered
        if missing:
            said.append(
                ("warning", f"{missing} 个条款尚未回答", f"{wording.count(missing, 'clause')} unanswered")
            )
        if item.percent is None:
            said.append(("warning", "尚未评分", "not scored"))
        elif item.clauses_answered == 0:
            said.append(("warning", "已评分，但本评分项没有任何回答", "scored, but the item has no response"))
        if item.percent is not None and item.consensus_percent is None and len(item.assessor_percents) > 1:
            said.append(("warning", "评审员已评分，但尚未形成共识", "scored but no consensus"))
        if item.flagged and item.consensus_percent is None:
            said.append(
                (
                    "warning",
                    f"评审员之间分歧 {item.spread} 个百分点，需讨论形成共识",
                    f"assessors differ by {wording.count(item.spread, 'point')}; discuss",
                )
            )
        elif item.flagged:
            said.append(
                (
                    "info",
                    f"评审员之间曾分歧 {item.spread} 个百分点，已形成共识 {item.consensus_percent}%",
                    f"assessors differed by {wording.count(item.spread, 'point')}; agreed on {item.consensus_percent}%",
                )
            )
        if item.kind == "results" and item.indicators == 0:
            said.append(("warning", "结果类评分项没有任何指标数据", "a results item without indicators"))
        out += [
            Finding(level, f"{item.id} {item.title}", zh, en, f"item:{item.id}") for level, zh, en in said
        ]
    return out


def _evidence(award, snap: CycleSnapshot) -> list[Finding]:
    """The 证实性材料 the award requires and the cycle lacks."""
    out: list[Finding] = []
    for status in evidence_list(award, snap.evidence).missing:
        have = len(status.files)
        need = f"需 {status.kind.count} 份，已有 {have} 份" if status.kind.count > 1 else "尚未提供"
        out.append(
            Finding(
                "error",  # an office sends back a package without what it requires
                f"证实性材料“{status.kind.name}”",
                f"“{award.printed_name}”要求的材料{need}（在评分项的“证据”页添加文件并选择材料类别）",
                f"required by {award.name_en or award.printed_name}: {have} of {status.kind.count} given",
                "evidence",
            )
        )
    return out


def _indicators(snap: CycleSnapshot) -> list[Finding]:
    out: list[Finding] = []
    for ind in snap.indicators:
        for gap in analyse_indicator(ind).gaps:
            out.append(
                Finding(
                    "warning",
                    f"{ind.item_id} 指标“{ind.name}”",
                    f"{FACTOR_ZH[gap.factor]}：{gap.zh}",
                    f"{gap.factor}: {gap.en}",
                    f"indicators:{ind.item_id}",
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
                "cycles",
            )
        ]
    out: list[Finding] = []

    def late(where: str, words: str, place: str) -> None:
        out.append(
            Finding(
                "warning",
                where,
                f"“{words}”晚于本周期的数据截至日期 {as_of.isoformat()}",
                f"“{words}” is later than the cycle's as-of date {as_of.isoformat()}",
                place,
            )
        )

    texts = [(f"组织概述 {k}", v, f"profile:{k}") for k, v in sorted(snap.profile.items())]
    clauses = {c.id: c for _, c in fw.clauses()}
    for clause_id, response in snap.responses.items():
        clause = clauses.get(clause_id)
        texts.append((clause.full_heading if clause else clause_id, response.text, f"clause:{clause_id}"))
    for ev in snap.evidence:
        texts.append((f"证实性材料“{ev.name}”", f"{ev.name}\n{ev.description}", "evidence"))
    for where, text, place in texts:
        for claim in late_claims(text, as_of):
            late(where, claim.words, place)
    for ind in snap.indicators:
        where = f"{ind.item_id} 指标“{ind.name}”"
        series = [(ind.values, "")] + [(c.values, f"（{c.name}）") for c in ind.comparisons]
        for values, whose in series:
            for point in values:
                ends = period_end(point.period)
                if ends is not None and ends > as_of:
                    late(where + whose, point.period, f"indicators:{ind.item_id}")
    return out
