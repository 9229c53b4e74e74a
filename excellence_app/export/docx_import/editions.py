"""Numbers and titles a Word report may use that are not the pack's own.

- **GB/T 19580-2004.** Many organisations still have reports numbered by the 2004 edition:
  4.1.1 组织的领导 (4.1.1.1 高层领导的作用, 4.1.1.2 组织的治理, 4.1.1.3 组织绩效的评审),
  4.1.2 社会责任, 4.2.1 战略制定 …, 4.7 经营结果. The same numbers mean other things in 2012
  (4.1.2 is 高层领导的作用 there), so a number alone cannot say which edition a heading follows;
  the reader weighs the title too (matching.py). The table below gives, for each 2004 number,
  its 2004 title and the 2012 place that holds its topic. It rests on the 2004 structure
  noted in resources/criteria/gbt19580-2012-structure.md (4.1 → 4.1.1 → 4.1.1.1–.3, 4.7 经营结果)
  and on the editions' item lists; where a 2004 item spreads over two 2012 items, it points
  at the first, and the text lands in that item's holding place for a person to sort.
- **Pack 1.0.** This program's own earlier numbering (4.1.2.1 … 4.7.7.5), whose moves to the
  present pack are frozen in core/pack_moves.py; the reader uses those tables as they are.
- **P.1 / P.2.** The Baldrige-style names of the profile's parts (P.1 a) …), which consultants
  often use for the 组织概述.
"""

from __future__ import annotations

# 2004 number → (2004 title, the 2012 category, item or clause that holds its topic)
GBT_2004: dict[str, tuple[str, str]] = {
    "4.1": ("领导", "4.1"),
    "4.1.1": ("组织的领导", "4.1.2"),
    "4.1.1.1": ("高层领导的作用", "4.1.2"),
    "4.1.1.2": ("组织的治理", "4.1.3"),
    "4.1.1.3": ("组织绩效的评审", "4.1.2g"),
    "4.1.2": ("社会责任", "4.1.4"),
    "4.1.2.1": ("公共责任", "4.1.4.1"),
    "4.1.2.2": ("道德行为", "4.1.4.2"),
    "4.1.2.3": ("公益支持", "4.1.4.3"),
    "4.2": ("战略", "4.2"),
    "4.2.1": ("战略制定", "4.2.2"),
    "4.2.1.1": ("战略制定过程", "4.2.2.1"),
    "4.2.1.2": ("战略目标", "4.2.2.2"),
    "4.2.2": ("战略部署", "4.2.3"),
    "4.2.2.1": ("实施计划的制定与部署", "4.2.3.1"),
    "4.2.2.2": ("绩效预测", "4.2.3.2"),
    "4.3": ("顾客与市场", "4.3"),
    "4.3.1": ("顾客和市场的了解", "4.3.2"),
    "4.3.2": ("顾客关系与顾客满意", "4.3.3"),
    "4.3.2.1": ("顾客关系的建立", "4.3.3.1"),
    "4.3.2.2": ("顾客满意的测评", "4.3.3.2"),
    "4.4": ("资源", "4.4"),
    "4.4.1": ("人力资源", "4.4.2"),
    "4.4.2": ("财务资源", "4.4.3"),
    "4.4.3": ("基础设施", "4.4.6"),
    "4.4.4": ("信息", "4.4.4"),
    "4.4.5": ("技术", "4.4.5"),
    "4.4.6": ("相关方关系", "4.4.7"),
    "4.5": ("过程管理", "4.5"),
    "4.5.1": ("价值创造过程", "4.5.2"),
    "4.5.2": ("支持过程", "4.5.2"),
    "4.6": ("测量、分析与改进", "4.6"),
    "4.6.1": ("测量与分析", "4.6.2"),
    "4.6.2": ("信息和知识的管理", "4.4.4"),
    "4.6.3": ("改进", "4.6.3"),
    "4.7": ("经营结果", "4.7"),
    "4.7.1": ("顾客与市场的结果", "4.7.3"),
    "4.7.2": ("财务结果", "4.7.4"),
    "4.7.3": ("资源结果", "4.7.5"),
    "4.7.4": ("过程有效性结果", "4.7.6"),
    "4.7.5": ("组织的治理和社会责任结果", "4.7.7"),
}

# Numbers only 2004 uses: a report that has them is numbered by 2004 (4.x.1 is 总则 in 2012).
ONLY_2004 = frozenset(n for n in GBT_2004 if n.split(".")[2:3] == ["1"] or n.startswith("4.1.1"))

# Baldrige-style profile names → the pack's profile sections (or "B.1"/"B.2" for a whole part).
PROFILE_NAMES: dict[str, str] = {
    "P.1": "B.1",
    "P.1a": "B.1.1",
    "P.1b": "B.1.2",
    "P.2": "B.2",
    "P.2a": "B.2.1",
    "P.2b": "B.2.2",
    "P.2c": "B.2.3",
}

# Titles of the parts of the profile and of the report, which the pack does not name.
PROFILE_GROUPS: dict[str, tuple[str, ...]] = {
    "B": ("组织概述", "组织简介", "组织概况", "Organizational profile", "Organisational profile"),
    "B.1": ("组织描述", "组织的描述", "Organizational description", "Organisational description"),
    "B.2": (
        "组织面临的挑战",
        "组织的挑战",
        "组织态势",
        "组织的态势",
        "Organizational situation",
        "Organisational challenges",
    ),
}
REPORT_TITLES = ("自我评价报告", "自评报告", "自我评价", "Self-assessment report")
# Titles of the part that lists (or binds in) the evidence: its contents are files and the
# clauses citing them, the text of no clause.
EVIDENCE_TITLES = (
    "证实性材料",
    "证实性材料清单",
    "证实性材料目录",
    "附件",
    "附件清单",
    "支撑材料",
    "佐证材料",
)
