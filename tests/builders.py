"""Every project the tests build, in one place, each named after the project it makes.

All start from :func:`new_project`: a new project file with one cycle, opened by ``tester``.
The tests assert on what these projects hold, so a change here is a change to many tests:
add a builder rather than alter one.

- :func:`new_project` / :func:`new_project_file`: nothing filled in.
- :func:`answered_project`: answers, two assessors' scores, comments and evidence (the GUI's project);
  :func:`blank_project`: the same organisation and cycle, nothing filled in.
- :func:`fill_team_assessment`: fills a project as a team of three (with a trainee) would.
- :func:`team_project`: the consensus team of three, nothing scored; :func:`scored_team_project`:
  the same team's scores, 4.1.2 agreed.
- :func:`complete_project`: every kind of content the exports draw (the PDF tests' project).
- :func:`two_team_cycles_project`: two cycles of a team, the second with trainees, for the documents.
- :func:`year_on_year_project`: two cycles agreed differently, with last cycle's opportunities.
- :func:`trainer_project`: the trainer's sample, three items agreed, no trainees yet.
- :func:`every_table_project`: a project that touches every table, for the interchange format.
- :func:`one_score_project`, :func:`two_agreed_items_project`: small projects for the file tests.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from datetime import date
from pathlib import Path

from excellence_app.core.scoring import band_of
from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService

ORG = "测试企业"
TEAM_ORG = "测试精密机械有限公司"
CYCLE = "2026年度自评"
LAST_CYCLE = "2025年度自评"
ACTOR = "tester"


# --- the base -------------------------------------------------------------------------------
def new_project(
    path: Path,
    *,
    org: str = ORG,
    cycle: str = CYCLE,
    actor: str = ACTOR,
    framework_id: str | None = None,
) -> ProjectService:
    """A new project file at ``path`` with one cycle, nothing filled in, open for editing."""
    extra = {} if framework_id is None else {"framework_id": framework_id}
    return ProjectService.create(path, org, cycle_name=cycle, actor=actor, **extra)


def new_project_file(path: Path, **kwargs: str) -> Path:
    """As :func:`new_project`, closed: the file only."""
    new_project(path, **kwargs).close()
    return path


# --- the GUI's project ----------------------------------------------------------------------
def answered_project(path: Path) -> Path:
    """Answers to three clauses, two assessors' scores on 4.1.2 and 4.7.2, a strength and an
    opportunity on 4.1.2, and one piece of evidence (built once per run, then copied)."""
    shutil.copyfile(_template(filled=True), path)
    return path


def blank_project(path: Path) -> Path:
    """The organisation and cycle of :func:`answered_project`, nothing filled in (copied)."""
    shutil.copyfile(_template(filled=False), path)
    return path


@functools.cache
def _template(filled: bool) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="excellence-ui-test-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "template.exa"
    with new_project(path, org=TEAM_ORG) as svc:
        if filled:
            cycle = svc.cycles.all()[0].id
            svc.content.set_response(
                cycle, "4.1.2a", "高层领导每年组织**战略研讨会**。\n\n- 每季度评审\n- 每月例会\n"
            )
            svc.content.set_response(cycle, "4.1.2b", "总经理每月召开员工座谈会，听取意见。", status="done")
            svc.content.set_response(
                cycle, "4.7.2a", "| 指标 | 2024 | 2025 |\n| --- | --- | --- |\n| 合格率 | 98.6 | 99.1 |\n"
            )
            lead = svc.scoring.add_assessor(cycle, "周建华", "lead")
            member = svc.scoring.add_assessor(cycle, "林芳", "member")
            svc.scoring.set_score(
                lead.id,
                "4.1.2",
                percent=50,
                factors={"approach": 4, "deployment": 3},
                rationale="做法系统，展开尚不完整。",
            )
            svc.scoring.set_score(member.id, "4.1.2", percent=25, factors={"approach": 2})
            svc.scoring.set_score(lead.id, "4.7.2", percent=40, factors={"level": 3, "trend": 3})
            svc.comments.add_comment(
                cycle, "4.1.2", "strength", "高层领导亲自主持战略研讨会。", clause_id="4.1.2a"
            )
            svc.comments.add_comment(cycle, "4.1.2", "ofi", "双向沟通的效果缺少评价。", significance="high")
            svc.evidence.attach_evidence(
                cycle, "质量手册.txt", "质量手册正文".encode(), "2026 版", (EvidenceLink("4.1.2", "4.1.2a"),)
            )
    return path


# --- a team's assessment, as the workbook tests know it --------------------------------------
HOSTILE = '=HYPERLINK("http://example.invalid","点我")'


def fill_team_assessment(svc: ProjectService) -> int:
    """Three assessors (张伟 lead, 李娜, 王芳 trainee), scores with spread on every item, some
    consensus, comments (one of them HOSTILE), indicators with comparisons and actions, in the
    first cycle, which it returns."""
    cycle = svc.cycles.all()[0].id
    a = svc.scoring.add_assessor(cycle, "张伟", "lead")
    b = svc.scoring.add_assessor(cycle, "李娜")
    c = svc.scoring.add_assessor(cycle, "王芳", "trainee")
    items = [item for item in svc.framework.items()]
    for n, item in enumerate(items):
        base = (n * 15) % 80 + 10
        svc.scoring.set_score(a.id, item.id, percent=base, rationale=f"{item.title}的方法较系统")
        svc.scoring.set_score(b.id, item.id, percent=min(100, base + 5 * (n % 3)))
        if n % 4 != 3:  # some items scored by two assessors only
            svc.scoring.set_score(c.id, item.id, percent=min(100, base + 25 * (n % 2)))
        if n % 3 == 0:
            svc.scoring.set_consensus(cycle, item.id, min(100, base + 5), "小组讨论后一致同意")
    svc.comments.add_comment(
        cycle,
        "4.1.2",
        "strength",
        "高层领导定期开展战略回顾，并形成记录。",
        significance="high",
        clause_id="4.1.2a",
        factor="approach",
    )
    svc.comments.add_comment(cycle, "4.1.2", "ofi", HOSTILE, significance="low")
    svc.comments.add_comment(
        cycle, "4.2.2", "ofi", "-战略目标未分解到班组层级", assessor_id=b.id, author="李娜"
    )
    ofi = svc.comments.add_comment(
        cycle, "4.7.2", "ofi", "+缺少与行业标杆的对比数据。", significance="medium", factor="comparison"
    )
    svc.indicators.add_indicator(
        cycle,
        "4.7.2",
        "产品一次交检合格率",
        unit="%",
        better="up",
        target=99.0,
        values={"2022": 97.1, "2023": 97.8, "2024": 98.4, "2025": 98.9},
        comparisons=[
            {
                "kind": "competitor",
                "name": "主要竞争对手",
                "source": "行业协会年报",
                "values": {"2023": 97.5, "2024": 98.0, "2025": 98.2},
            },
            {
                "kind": "best",
                "name": "同类最佳",
                "source": "标杆企业年报",
                "values": {"2024": 99.2, "2025": 99.3},
            },
        ],
    )
    svc.indicators.add_indicator(
        cycle, "4.7.2", "顾客投诉次数", unit="次", better="down", values={"2023": 42, "2024": 35, "2025": 28}
    )
    svc.indicators.add_indicator(
        cycle,
        "4.7.5",
        "人均培训学时",
        unit="小时",
        better="up",
        target=40,
        values={"2023": 30, "2024": 33, "2025": 36},
    )
    svc.actions.add_action(
        cycle,
        "4.7.2",
        "建立行业对比数据库",
        owner="质量部 赵强",
        due=date(2026, 6, 30),
        comment_id=ofi.id,
        expected_effect="每年更新对比数据",
    )
    svc.actions.add_action(cycle, "4.2.2", "@战略目标分解到班组", owner="战略部", status="in_progress")
    return cycle


# --- the consensus team ---------------------------------------------------------------------
TEAM = (("周建华", "lead"), ("林芳", "member"), ("许志强", "member"))
TEAM_SCORES = {
    "周建华": {"4.1.2": 60, "4.2.3": 50, "4.3.2": 40},
    "林芳": {"4.1.2": 55, "4.2.3": 40, "4.3.2": 40},
    "许志强": {"4.1.2": 60, "4.2.3": 60, "4.3.2": 45},
}


def team_project(path: Path, *, cycle_name: str = CYCLE) -> Path:
    """An empty project whose cycle has the three assessors of TEAM, nothing scored yet."""
    with new_project(path, org=TEAM_ORG, cycle=cycle_name) as svc:
        cycle = svc.cycles.all()[0].id
        for name, role in TEAM:
            svc.scoring.add_assessor(cycle, name, role)
    return path


def scored_team_project(path: Path) -> Path:
    """TEAM's scores of TEAM_SCORES; 4.1.2 agreed, so a calibration has a reference."""
    team_project(path)
    with ProjectService.open(path, actor=ACTOR) as svc:
        cycle = svc.cycles.all()[0].id
        people = {a.name: a.id for a in svc.snapshot(cycle).assessors}
        for name, percents in TEAM_SCORES.items():
            for item_id, percent in percents.items():
                svc.scoring.set_score(people[name], item_id, percent=percent)
        svc.scoring.set_consensus(cycle, "4.1.2", 60, "讨论后一致", agreed_by="周建华")
    return path


# --- every kind of content (the PDF tests' project) -----------------------------------------
COMPLETE_ORG = "星河精密制造股份有限公司"
OPENERS = ("公司", "本组织", "经营层", "质量管理部", "各事业部")
VERBS = ("建立了", "完善了", "持续优化了", "系统梳理了", "每年评审")
OBJECTS = (
    "覆盖全员的工作机制",
    "分层分级的管理制度",
    "定期评价与改进的闭环流程",
    "以数据为依据的决策方法",
    "跨部门协同的例会制度",
)
EFFECTS = (
    "近三年相关指标稳步提升",
    "问题整改按期关闭率达到 98% 以上",
    "员工参与度明显提高",
    "顾客投诉数量逐年下降",
    "经验已在全部生产基地推广",
)
EMPTY_CLAUSE = "4.1.3b"
TABLE_CLAUSE = "4.4.2.3"
COURSES = [
    ("精益生产基础", "一线班组长"),
    ("六西格玛绿带", "工程技术人员"),
    ("卓越绩效模式解读", "中层管理者"),
    ("质量成本管理", "财务与质量人员"),
    ("安全生产标准化", "全体员工"),
]
TRAINING_TABLE = (
    "| 序号 | 培训项目 | 对象 | 学时 | 参训人数 |\n| --- | --- | --- | --- | --- |\n"
    + "\n".join(
        f"| {i} | {name}（第{i}期） | {who} | {8 + i % 5 * 4} | {30 + i * 3} |"
        for i, (name, who) in enumerate(COURSES * 9, start=1)
    )
)
PROFILE = {
    "B.1.1": (
        f"{COMPLETE_ORG}成立于 2003 年，主要从事汽车零部件和精密模具的研发、制造与服务，拥有三个生产基地，"
        "员工 2,460 人。\n\n| 类别 | 人数 | 占比 |\n| --- | --- | --- |\n| 管理人员 | 312 | 12.7% |\n"
        "| 技术人员 | 586 | 23.8% |\n| 生产人员 | 1,562 | 63.5% |\n\n"
        "公司的使命是“让每一个零件都值得信赖”，愿景是成为行业领先的精密制造服务商。"
    ),
    "B.1.2": "公司实行董事会领导下的总经理负责制，主要顾客为国内外整车厂和一级供应商。",
    "B.2.1": "在国内同类企业中，公司的市场占有率位居前五，主要竞争对手为三家外资企业和两家国内企业。",
    "B.2.2": "**战略挑战：**原材料价格波动、高端人才短缺；**战略优势：**快速响应能力和完整的工艺链。",
}
COMPLETE_EVIDENCE = [
    ("质量手册（2025版）.pdf", "4.5.2a"),
    ("顾客满意度调查报告.pdf", "4.3.3.2"),
    ("战略规划（2024-2028）.docx", "4.2.2.2"),
    ("培训记录汇总.xlsx", "4.4.2.3"),
]


def clause_text(title: str, n: int) -> str:
    """Two or three paragraphs, with bold, a bulleted or a numbered list, varied by ``n``."""
    first = (
        f"{OPENERS[n % 5]}围绕“{title}”{VERBS[(n // 2) % 5]}{OBJECTS[(n + 1) % 5]}，"
        "明确了责任部门、工作频次和衡量指标，由分管副总经理每季度检查落实情况，并将结果纳入部门绩效考核。"
    )
    second = (
        "**主要做法：**在实施过程中，我们以 PDCA 循环为主线，每年年初制定工作计划，年中开展专项检查，"
        f"年末进行效果评价，{EFFECTS[n % 5]}。"
    )
    parts = [first, second]
    if n % 3 == 0:
        parts.append(
            "具体措施包括：\n\n- 制定年度计划并分解到部门\n- 每月召开例会跟踪进度\n"
            "- 对偏差及时分析原因并采取纠正措施"
        )
    elif n % 3 == 1:
        parts.append("1. 识别需求和期望\n2. 确定方法与职责\n3. 实施并监测效果\n4. 评价与改进")
    return "\n\n".join(parts)


def complete_project(path: Path, org: str = COMPLETE_ORG) -> ProjectService:
    """Every kind of content the exports draw: profile, responses, a long table, scores by three
    assessors, consensus, comments, indicators with comparisons, evidence, action plans."""
    svc = new_project(path, org=org)
    cycle = svc.cycles.all()[0].id
    fw = svc.framework
    for section_id, text in PROFILE.items():
        svc.content.set_profile_text(cycle, section_id, text)
    for n, (_, clause) in enumerate(fw.clauses()):
        if clause.id == EMPTY_CLAUSE:
            continue
        text = clause_text(clause.title, n)
        if clause.id == TABLE_CLAUSE:
            text += "\n\n近两年开展的主要培训项目如下：\n\n" + TRAINING_TABLE
        svc.content.set_response(cycle, clause.id, text)
    team = [
        svc.scoring.add_assessor(cycle, "张明", "lead"),
        svc.scoring.add_assessor(cycle, "李华"),
        svc.scoring.add_assessor(cycle, "王芳"),
    ]
    for k, item in enumerate(fw.items()):
        base = 40 + (k % 5) * 5
        factors = fw.factors_for(item.kind)
        for j, a in enumerate(team):
            percent = [30, 55, 45][j] if item.id == "4.2.2" else base + 5 * j
            svc.scoring.set_score(
                a.id,
                item.id,
                percent=percent,
                factors={f.key: min(6, percent // 15 + 1) for f in factors},
                rationale="方法较为系统，展开覆盖主要部门。" if j == 0 else "",
            )
        if item.id not in ("4.2.2", "4.6.3"):
            svc.scoring.set_consensus(
                cycle, item.id, base + 5, "经讨论，评价组认为该项已形成系统方法。", "张明"
            )
        svc.comments.add_comment(
            cycle,
            item.id,
            "strength",
            f"{item.title}方面建立了清晰的职责分工和例行评审机制。",
            significance="high",
            clause_id=item.clauses[0].id,
            factor=factors[0].key,
        )
        ofi = svc.comments.add_comment(
            cycle,
            item.id,
            "ofi",
            f"{item.title}的改进效果缺少连续三年以上的数据支撑。",
            significance="high" if k % 3 == 0 else "medium",
            factor=factors[2].key,
        )
        if k % 4 == 0:
            svc.actions.add_action(
                cycle,
                item.id,
                f"完善{item.title}的测量与评价",
                owner="质量管理部",
                due=date(2026, 3, 31) if k % 8 else date(2099, 6, 30),
                status="in_progress" if k % 8 else "open",
                expected_effect="形成连续的趋势数据并与标杆对比",
                comment_id=ofi.id,
            )
    _complete_indicators(svc, cycle)
    for i, (name, clause_id) in enumerate(COMPLETE_EVIDENCE):
        svc.evidence.attach_evidence(
            cycle,
            name,
            f"evidence {i} ".encode() * (200 + 500 * i),
            description="经公司管理评审批准发布" if i % 2 == 0 else "",
            links=[EvidenceLink(svc.framework.clause_item(clause_id).id, clause_id)],
        )
    return svc


def _complete_indicators(svc: ProjectService, cycle: int) -> None:
    years = ["2021", "2022", "2023", "2024", "2025"]

    def series(start: float, step: float) -> dict[str, float]:
        return {y: round(start + step * i, 2) for i, y in enumerate(years)}

    svc.indicators.add_indicator(
        cycle,
        "4.7.2",
        "产品一次交验合格率",
        unit="%",
        target=99.5,
        strategic_link="战略目标：质量领先",
        values=series(98.2, 0.32),
        comparisons=[
            {
                "kind": "benchmark",
                "name": "行业平均",
                "source": "汽车零部件行业协会年报",
                "values": series(97.9, 0.1),
            },
            {
                "kind": "best",
                "name": "标杆企业",
                "source": "对标调研",
                "values": {"2023": 99.4, "2024": 99.5, "2025": 99.6},
            },
        ],
    )
    svc.indicators.add_indicator(
        cycle, "4.7.2", "百万件缺陷数", unit="PPM", better="down", target=50, values=series(120, -15)
    )
    svc.indicators.add_indicator(
        cycle,
        "4.7.3",
        "顾客满意度",
        unit="分",
        target=90,
        values=series(84.5, 1.3),
        comparisons=[
            {"kind": "competitor", "name": "主要竞争对手", "source": "第三方调查", "values": series(85, 0.6)}
        ],
    )
    svc.indicators.add_indicator(cycle, "4.7.4", "营业收入", unit="亿元", values=series(9.8, 0.7))
    svc.indicators.add_indicator(
        cycle,
        "4.7.7",
        "重大安全事故",
        unit="起",
        better="down",
        target=0,
        values={"2024": 1, "2025": 0},
        comparisons=[
            {
                "kind": "benchmark",
                "name": "行业平均",
                "source": "应急管理部门通报",
                "values": {"2024": 2, "2025": 1.5},
            }
        ],
    )


# --- two cycles of a team, the second with trainees (the documents' comparison and calibration)
YEARS_TEAM = (("张伟", "lead"), ("李娜", "member"), ("陈刚", "member"))
# item → (the team's percents, consensus or None), per cycle
YEARS_FIRST = {"4.1.2": ((40, 45, 45), 45), "4.2.2": ((40, 40, 45), 40), "4.3.2": ((45, 45, 50), 45)}
YEARS_SECOND = {
    "4.1.2": ((50, 55, 60), 55),
    "4.2.2": ((30, 55, 45), 45),  # the team's spread is 25: at or above the threshold of 20
    "4.3.2": ((40, 45, 40), 40),
    "4.7.2": ((35, 40, 40), None),
}
YEARS_TRAINEE_SCORES = {
    "学员甲": {"4.1.2": 65, "4.2.2": 70, "4.3.2": 40, "4.7.2": 40},
    "学员乙": {"4.1.2": 50, "4.2.2": 40},
}
RATIONALES = (
    "战略目标缺少量化指标，方法尚不系统。",
    "已建立完整的战略制定流程并每年评审。",
    "流程已建立，但展开到部门不足。",
)
CLOSED_OFI = "战略目标未分解到各部门的年度计划"
OPEN_OFI = "顾客投诉处理缺少原因分析与闭环跟踪"
RERAISED_OFI = "知识共享平台使用率低，隐性知识未系统提炼"


def two_team_cycles_project(path: Path) -> tuple[ProjectService, int]:
    """Two cycles of a team of three, with consensus, opportunities and actions; the second
    cycle (cloned from the first) adds two trainees. Returns the service and the second cycle."""
    svc = new_project(path, org=TEAM_ORG, cycle=LAST_CYCLE)
    first = svc.cycles.all()[0].id
    team = [svc.scoring.add_assessor(first, name, role) for name, role in YEARS_TEAM]
    _score_team(svc, first, team, YEARS_FIRST)
    closed = svc.comments.add_comment(first, "4.2.2", "ofi", CLOSED_OFI, significance="high")
    still = svc.comments.add_comment(first, "4.3.2", "ofi", OPEN_OFI)
    svc.comments.add_comment(first, "4.4.4", "ofi", RERAISED_OFI)
    svc.actions.add_action(
        first, "4.2.2", "建立战略目标分解机制", owner="战略部", status="done", comment_id=closed.id
    )
    svc.actions.add_action(
        first,
        "4.3.2",
        "建立投诉闭环管理流程",
        owner="客服部",
        due=date(2026, 6, 30),
        status="in_progress",
        comment_id=still.id,
    )
    second = svc.cycles.create_cycle(CYCLE, clone_from=first).id
    team = list(svc.snapshot(second).assessors)
    _score_team(svc, second, team, YEARS_SECOND)
    fw = svc.framework
    for a, rationale in zip(team, RATIONALES, strict=True):
        percent = svc.snapshot(second).score(a.id, "4.2.2").percent
        bands = {f.key: band_of(percent, fw.bands).number for f in fw.factors_for("process")}
        svc.scoring.set_score(a.id, "4.2.2", factors=bands, rationale=rationale)
    for name, scores in YEARS_TRAINEE_SCORES.items():
        trainee = svc.scoring.add_assessor(second, name, "trainee")
        for item_id, percent in scores.items():
            svc.scoring.set_score(trainee.id, item_id, percent=percent)
    svc.comments.add_comment(second, "4.4.4", "ofi", "知识共享平台使用率仍然偏低，隐性知识未系统提炼")
    svc.actions.add_action(
        second, "4.2.2", "完善战略分析的数据来源", owner="战略部", due=date(2026, 6, 30), status="done"
    )
    svc.actions.add_action(second, "4.3.3", "建立顾客满意度季度测量", owner="市场部", due=date(2026, 3, 31))
    svc.actions.add_action(
        second, "4.4.4", "上线知识地图", owner="信息部", due=date(2027, 6, 30), status="in_progress"
    )
    return svc, second


def _score_team(svc: ProjectService, cycle: int, team: list, plan: dict) -> None:
    for item_id, (percents, agreed) in plan.items():
        for a, percent in zip(team, percents, strict=True):
            svc.scoring.set_score(a.id, item_id, percent=percent)
        if agreed is not None:
            svc.scoring.set_consensus(cycle, item_id, agreed, "经讨论形成共识。", "张伟")


# --- two cycles side by side (the 年度对比 page) ----------------------------------------------
def year_on_year_project(path: Path) -> Path:
    """LAST_CYCLE: 4.1.2 at 50 %, 4.2.3 at 60 %; CYCLE: 60 % and 50 %. Three opportunities in
    LAST_CYCLE: one closed by a finished action, one raised again in CYCLE, one left open."""
    with new_project(path, org=TEAM_ORG, cycle=LAST_CYCLE) as svc:
        old = svc.cycles.all()[0].id
        svc.scoring.set_consensus(old, "4.1.2", 50)
        svc.scoring.set_consensus(old, "4.2.3", 60)
        closed = svc.comments.add_comment(old, "4.1.2", "ofi", "双向沟通的效果缺少评价。")
        svc.comments.add_comment(old, "4.2.3", "ofi", "战略目标尚未分解到班组，一线员工不清楚本岗位指标。")
        svc.comments.add_comment(old, "4.3.2", "ofi", "顾客细分没有考虑潜在顾客。")
        svc.actions.add_action(
            old,
            "4.1.2",
            "建立沟通效果评价机制",
            owner="办公室",
            status="done",
            due=date(2025, 12, 31),
            comment_id=closed.id,
        )
        new = svc.cycles.create_cycle(CYCLE, clone_from=old).id
        svc.scoring.set_consensus(new, "4.1.2", 60)
        svc.scoring.set_consensus(new, "4.2.3", 50)
        svc.comments.add_comment(new, "4.2.3", "ofi", "战略目标尚未分解到班组，一线员工仍不清楚本岗位指标。")
    return path


# --- the trainer's sample -------------------------------------------------------------------
REFERENCE = {"4.1.2": 50, "4.2.3": 60, "4.3.2": 40}


def trainer_project(path: Path) -> Path:
    """A sample organisation whose team agreed three items (REFERENCE); no trainees yet."""
    with new_project(path, org="示例企业", cycle="培训", actor="trainer") as svc:
        cycle = svc.cycles.all()[0].id
        lead = svc.scoring.add_assessor(cycle, "周建华", "lead")
        for item_id, percent in REFERENCE.items():
            svc.scoring.set_score(lead.id, item_id, percent=percent)
            svc.scoring.set_consensus(cycle, item_id, percent, "评价组共识")
    return path


# --- every table (the interchange format) ---------------------------------------------------
def every_table_project(path: Path) -> ProjectService:
    """A project that touches every table, including the awkward corners; open for editing."""
    svc = new_project(path, cycle=LAST_CYCLE)
    first = svc.cycles.all()[0].id
    svc.rename_organisation("测试企业（集团）")
    svc.scoring.set_spread_threshold(25)
    svc.content.set_profile_text(first, "B.1.1", "第一段\n\n- 列表项  \n- 第二项\n")
    svc.content.set_profile_text(first, "B.2.1", "")
    svc.content.set_response(
        first, "4.1.2a", "回答 **粗体**\n\n| 指标 | 2025 |\n| --- | --- |\n| 合格率 | 99% |", "done"
    )
    svc.content.set_response(first, "4.1.2b", "  以空格开头\r\n含回车与\u2028行分隔符\t制表符")
    svc.content.set_response_status(first, "4.7.2a", "draft")
    lead = svc.scoring.add_assessor(first, "周建华", "lead")
    trainee = svc.scoring.add_assessor(first, "学员甲", "trainee")
    svc.scoring.set_score(
        lead.id, "4.1.2", percent=55, factors={"approach": 4, "learning": 3}, rationale="理由：'引号'"
    )
    svc.scoring.set_score(trainee.id, "4.7.2", factors={"level": 2})  # factors without a percentage
    svc.scoring.set_consensus(first, "4.1.2", 55, "共识", agreed_by="周建华")
    ofi = svc.comments.add_comment(
        first, "4.1.2", "ofi", "改进机会", clause_id="4.1.2a", factor="learning", significance="high"
    )
    svc.comments.add_comment(first, "4.1.2", "strength", "个人看法", assessor_id=trainee.id)
    gone = svc.comments.add_comment(first, "4.1.3", "ofi", "将被删除")
    svc.comments.delete_comment(gone.id)
    svc.evidence.attach_evidence(
        first,
        "手册.pdf",
        b"%PDF-1.4 handbook",
        "说明",
        [EvidenceLink("4.1.2", "4.1.2a"), EvidenceLink("4.2.2", None)],
    )
    svc.evidence.attach_evidence(first, "副本.txt", b"%PDF-1.4 handbook", "同一份文件的第二个名字")
    svc.indicators.add_indicator(
        first,
        "4.7.3",
        "满意度",
        unit="分",
        better="up",
        target=87.5,
        strategic_link="SO2",
        values={"2024": 85.9, "2025": 86.0, "2023": 1e-7},
        comparisons=[{"kind": "best", "name": "标杆", "source": "报告", "values": {"2025": 90}}],
    )
    svc.indicators.add_indicator(first, "4.7.2", "故障率", unit="ppm", better="down", values={"2025": 410})
    svc.indicators.add_indicator(first, "4.7.2", "合格率", position=0)
    svc.actions.add_action(
        first,
        "4.1.2",
        "建立机制",
        owner="刘洋",
        due=date(2026, 12, 31),
        comment_id=ofi.id,
        status="in_progress",
        expected_effect="效果",
    )
    svc.actions.add_action(first, "4.2.2", "无来源的计划")
    second = svc.cycles.create_cycle(CYCLE, clone_from=first)
    svc.cycles.set_cycle_award(second.id, "national")
    return svc


# --- small projects for the project-file tests ----------------------------------------------
def one_score_project(path: Path) -> Path:
    """甲: one answer (4.1.2a) and its lead 张三's 45 % on 4.1.2."""
    with new_project(path, org="甲") as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, "4.1.2a", "高层领导确定组织的使命、愿景和价值观。")
        lead = svc.scoring.add_assessor(cycle, "张三", "lead")
        svc.scoring.set_score(lead.id, "4.1.2", percent=45)
    return path


def two_agreed_items_project(path: Path) -> Path:
    """甲: one answer, 张三's 45 % on 4.1.2 and 50 % on 4.1.3, both agreed as scored."""
    with new_project(path, org="甲") as svc:
        cycle = svc.cycles.all()[0].id
        svc.content.set_response(cycle, "4.1.2a", "高层领导确定组织的使命。")
        lead = svc.scoring.add_assessor(cycle, "张三", "lead")
        svc.scoring.set_score(lead.id, "4.1.2", percent=45)
        svc.scoring.set_score(lead.id, "4.1.3", percent=50)
        svc.scoring.set_consensus(cycle, "4.1.2", 45)
        svc.scoring.set_consensus(cycle, "4.1.3", 50)
    return path
