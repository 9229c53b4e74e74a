"""Moving a project's text from one version of a pack to the next.

Version 1.0 of the built-in pack numbered every clause like a sub-item of the standard
(4.1.2.1 …) and split 4.1.2 c) in two; 2.0 divides each item as the standard does
(resources/criteria/gbt19580-2012-structure.md). A project written against 1.0 keeps every
character: a clause's text goes to the clause that now holds its topic, and where two old
clauses land in one, their texts are joined in order, each under its old heading.

The tables are frozen here, not read from the pack, so that the move means today what it
meant when it was written. Migration 0004 uses them for project files, the interchange
reader for archives of format 2 and older, the workbook reader for assessor workbooks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from excellence_app.core.framework import clause_label


@dataclass(frozen=True)
class PackMove:
    framework_id: str
    from_version: str
    to_version: str
    targets: Mapping[str, str]  # old clause id -> the clause that now holds its topic
    old_titles: Mapping[str, str]  # old clause id -> its title, kept as a line when texts join


@dataclass(frozen=True)
class Text:
    """One clause's response, as stored."""

    clause_id: str
    text: str
    status: str
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Moved:
    """What happened to one new clause's text: from which old clauses it came."""

    clause_id: str
    sources: tuple[str, ...]
    joined: bool  # texts of two or more old clauses were joined under their old headings


_TITLES_1_0 = {
    "4.1.2.1": "确定方向：使命、愿景和价值观",
    "4.1.2.2": "双向沟通",
    "4.1.2.3": "营造诚信守法的环境",
    "4.1.2.4": "营造改进、创新和学习的环境",
    "4.1.2.5": "质量安全责任",
    "4.1.2.6": "持续经营：风险与继任",
    "4.1.2.7": "绩效管理：评审关键绩效指标",
    "4.1.3.1": "组织治理的关键因素",
    "4.1.3.2": "高层领导和治理机构的绩效评价",
    "4.1.4.1": "公共责任",
    "4.1.4.2": "道德行为",
    "4.1.4.3": "公益支持",
    "4.2.2.1": "战略制定过程",
    "4.2.2.2": "战略和战略目标",
    "4.2.3.1": "实施计划的制定与部署",
    "4.2.3.2": "绩效预测",
    "4.3.2.1": "顾客群和细分市场",
    "4.3.2.2": "顾客需求和期望",
    "4.3.2.3": "顾客和市场信息的分析和利用",
    "4.3.2.4": "了解顾客和市场方法的改进",
    "4.3.3.1": "顾客关系的建立",
    "4.3.3.2": "顾客满意的测量",
    "4.4.2.1": "工作的组织和管理",
    "4.4.2.2": "员工绩效管理",
    "4.4.2.3": "员工的学习和发展",
    "4.4.2.4": "员工的权益与满意程度",
    "4.4.3.1": "资金需求与保障",
    "4.4.3.2": "资产管理",
    "4.4.3.3": "财务风险管理",
    "4.4.4.1": "信息系统",
    "4.4.4.2": "软硬件的可靠性与安全",
    "4.4.4.3": "知识管理与共享",
    "4.4.4.4": "数据、信息和知识的质量",
    "4.4.5.1": "技术评估与对标",
    "4.4.5.2": "技术开发与创新",
    "4.4.5.3": "技术人员与知识产权",
    "4.4.6.1": "基础设施的规划与配置",
    "4.4.6.2": "维护保养",
    "4.4.6.3": "更新改造",
    "4.4.6.4": "安全与环境",
    "4.4.7.1": "关键供方和合作伙伴的识别",
    "4.4.7.2": "关系的建立与沟通",
    "4.4.7.3": "相关方关系的评价与改进",
    "4.5.2.1": "过程的识别",
    "4.5.2.2": "过程要求的确定",
    "4.5.2.3": "过程的设计",
    "4.5.3.1": "过程的实施",
    "4.5.3.2": "过程的监测与控制",
    "4.5.3.3": "减少差错与返工",
    "4.5.3.4": "过程的改进",
    "4.6.2.1": "绩效测量系统",
    "4.6.2.2": "对比数据的选择和使用",
    "4.6.2.3": "绩效分析与评价",
    "4.6.2.4": "测量系统的适应性",
    "4.6.3.1": "改进与创新的管理",
    "4.6.3.2": "改进与创新方法的应用",
    "4.7.2.1": "主要产品和服务的关键绩效指标",
    "4.7.2.2": "产品和服务的特色与创新成果",
    "4.7.3.1": "顾客满意与忠诚结果",
    "4.7.3.2": "市场结果",
    "4.7.4.1": "主要财务绩效指标",
    "4.7.5.1": "人力资源结果",
    "4.7.5.2": "其他资源结果",
    "4.7.6.1": "价值创造过程结果",
    "4.7.6.2": "支持过程结果",
    "4.7.7.1": "战略目标的实现",
    "4.7.7.2": "组织治理结果",
    "4.7.7.3": "公共责任结果",
    "4.7.7.4": "道德行为结果",
    "4.7.7.5": "公益支持结果",
}

# Items the standard divides into points a), b) …: old clause n becomes the n-th letter.
_LETTERED_1_0 = {
    "4.1.3",
    "4.3.2",
    "4.4.3",
    "4.4.4",
    "4.4.5",
    "4.4.6",
    "4.4.7",
    "4.5.2",
    "4.5.3",
    "4.6.2",
    "4.7.2",
    "4.7.5",
    "4.7.6",
    "4.7.7",
}
# Old clauses whose topic another letter now holds (4.1.2: c) covers both environments).
_SPECIAL_1_0 = {
    "4.1.2.1": "4.1.2a",
    "4.1.2.2": "4.1.2b",
    "4.1.2.3": "4.1.2c",
    "4.1.2.4": "4.1.2c",
    "4.1.2.5": "4.1.2d",
    "4.1.2.6": "4.1.2f",
    "4.1.2.7": "4.1.2g",
    "4.7.4.1": "4.7.4-1",  # the standard does not divide 4.7.4: one text, numbered by nobody
}


def _targets_1_0() -> dict[str, str]:
    out: dict[str, str] = {}
    for old in _TITLES_1_0:
        item, n = old.rsplit(".", 1)
        if old in _SPECIAL_1_0:
            out[old] = _SPECIAL_1_0[old]
        elif item in _LETTERED_1_0:
            out[old] = item + "abcdefghij"[int(n) - 1]
        else:
            out[old] = old
    return out


MOVES = (PackMove("gbt19580-2012", "1.0", "2.0", _targets_1_0(), _TITLES_1_0),)


def move_for(framework_id: str, version: str) -> PackMove | None:
    return next((m for m in MOVES if (m.framework_id, m.from_version) == (framework_id, version)), None)


def moves_from(framework_id: str, version: str) -> list[PackMove]:
    """Every move, in order, that brings a project of this pack version to the newest."""
    chain: list[PackMove] = []
    move = move_for(framework_id, version)
    while move is not None:
        chain.append(move)
        move = move_for(framework_id, move.to_version)
    return chain


def clause_target(move: PackMove, clause_id: str | None) -> str | None:
    return move.targets.get(clause_id, clause_id) if clause_id else clause_id


def _joined_status(statuses: list[str]) -> str:
    # A joined clause is only as finished as all of its parts; one text under two headings
    # still needs a look, so it is a draft until someone marks it done.
    return "done" if all(s == "done" for s in statuses) else "draft"


def move_texts(move: PackMove, texts: Iterable[Text]) -> tuple[list[Text], list[Moved]]:
    """The responses under the new clause ids, and what moved (renames and joins)."""
    grouped: dict[str, list[Text]] = {}
    for t in texts:
        grouped.setdefault(clause_target(move, t.clause_id) or t.clause_id, []).append(t)
    out: list[Text] = []
    moved: list[Moved] = []
    for target, group in grouped.items():
        group.sort(
            key=lambda t: list(move.old_titles).index(t.clause_id) if t.clause_id in move.old_titles else 0
        )
        filled = [t for t in group if t.text.strip()]
        stamps = [t.updated_at for t in group if t.updated_at is not None]
        if len(filled) >= 2:
            text = "\n\n".join(
                f"【原 {t.clause_id} {move.old_titles[t.clause_id]}】\n\n{t.text.strip()}" for t in filled
            )
            status = _joined_status([t.status for t in filled])
        else:
            text = filled[0].text if filled else ""
            status = filled[0].status if filled else group[0].status
        out.append(Text(target, text, status, max(stamps) if stamps else None))
        sources = tuple(t.clause_id for t in group if t.clause_id != target)
        if sources:
            moved.append(Moved(target, tuple(t.clause_id for t in group), len(filled) >= 2))
    return out, moved


def describe(moved: list[Moved]) -> list[tuple[str, str]]:
    """One line per move for the person opening the file (zh, en)."""
    lines: list[tuple[str, str]] = []
    for m in moved:
        new = clause_label(m.clause_id)
        old = "、".join(m.sources)
        if m.joined:
            lines.append(
                (
                    f"{old} 的回答已合并到 {new}（各段前保留原标题）",
                    f"{', '.join(m.sources)} joined into {new} (each under its old heading)",
                )
            )
        else:
            lines.append((f"{old} → {new}", f"{', '.join(m.sources)} → {new}"))
    return lines
