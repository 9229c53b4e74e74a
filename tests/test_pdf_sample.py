"""A realistic project for the PDF tests, the helpers that read a PDF back, and the tests
that use the project as a whole (command line, benchmark).

The other test_pdf_* modules import ``sample_project`` and the readers from here.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdf
import pytest

from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.exports import report_input
from excellence_app.services.project import ProjectService

ORG = "星河精密制造股份有限公司"
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
EMPTY_CLAUSE = "4.1.3.2"
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
        f"{ORG}成立于 2003 年，主要从事汽车零部件和精密模具的研发、制造与服务，拥有三个生产基地，"
        "员工 2,460 人。\n\n| 类别 | 人数 | 占比 |\n| --- | --- | --- |\n| 管理人员 | 312 | 12.7% |\n"
        "| 技术人员 | 586 | 23.8% |\n| 生产人员 | 1,562 | 63.5% |\n\n"
        "公司的使命是“让每一个零件都值得信赖”，愿景是成为行业领先的精密制造服务商。"
    ),
    "B.1.2": "公司实行董事会领导下的总经理负责制，主要顾客为国内外整车厂和一级供应商。",
    "B.2.1": "在国内同类企业中，公司的市场占有率位居前五，主要竞争对手为三家外资企业和两家国内企业。",
    "B.2.2": "**战略挑战：**原材料价格波动、高端人才短缺；**战略优势：**快速响应能力和完整的工艺链。",
}
EVIDENCE = [
    ("质量手册（2025版）.pdf", "4.5.2.1"),
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


def sample_project(path: Path, org: str = ORG) -> ProjectService:
    """Every kind of content the exports draw: profile, responses, a long table, scores by three
    assessors, consensus, comments, indicators with comparisons, evidence, action plans."""
    svc = ProjectService.create(path, org, cycle_name="2026年度自评", actor="tester")
    cycle = svc.cycles()[0].id
    fw = svc.framework
    for section_id, text in PROFILE.items():
        svc.set_profile_text(cycle, section_id, text)
    for n, (_, clause) in enumerate(fw.clauses()):
        if clause.id == EMPTY_CLAUSE:
            continue
        text = clause_text(clause.title, n)
        if clause.id == TABLE_CLAUSE:
            text += "\n\n近两年开展的主要培训项目如下：\n\n" + TRAINING_TABLE
        svc.set_response(cycle, clause.id, text)
    team = [
        svc.add_assessor(cycle, "张明", "lead"),
        svc.add_assessor(cycle, "李华"),
        svc.add_assessor(cycle, "王芳"),
    ]
    for k, item in enumerate(fw.items()):
        base = 40 + (k % 5) * 5
        factors = fw.factors_for(item.kind)
        for j, a in enumerate(team):
            percent = [30, 55, 45][j] if item.id == "4.2.2" else base + 5 * j
            svc.set_score(
                a.id,
                item.id,
                percent=percent,
                factors={f.key: min(6, percent // 15 + 1) for f in factors},
                rationale="方法较为系统，展开覆盖主要部门。" if j == 0 else "",
            )
        if item.id not in ("4.2.2", "4.6.3"):
            svc.set_consensus(cycle, item.id, base + 5, "经讨论，评价组认为该项已形成系统方法。", "张明")
        svc.add_comment(
            cycle,
            item.id,
            "strength",
            f"{item.title}方面建立了清晰的职责分工和例行评审机制。",
            significance="high",
            clause_id=item.clauses[0].id,
            factor=factors[0].key,
        )
        ofi = svc.add_comment(
            cycle,
            item.id,
            "ofi",
            f"{item.title}的改进效果缺少连续三年以上的数据支撑。",
            significance="high" if k % 3 == 0 else "medium",
            factor=factors[2].key,
        )
        if k % 4 == 0:
            svc.add_action(
                cycle,
                item.id,
                f"完善{item.title}的测量与评价",
                owner="质量管理部",
                due=date(2026, 3, 31) if k % 8 else date(2099, 6, 30),
                status="in_progress" if k % 8 else "open",
                expected_effect="形成连续的趋势数据并与标杆对比",
                comment_id=ofi.id,
            )
    _indicators(svc, cycle)
    for i, (name, clause_id) in enumerate(EVIDENCE):
        svc.attach_evidence(
            cycle,
            name,
            f"evidence {i} ".encode() * (200 + 500 * i),
            description="经公司管理评审批准发布" if i % 2 == 0 else "",
            links=[EvidenceLink(clause_id.rsplit(".", 1)[0], clause_id)],
        )
    return svc


def _indicators(svc: ProjectService, cycle: int) -> None:
    years = ["2021", "2022", "2023", "2024", "2025"]

    def series(start: float, step: float) -> dict[str, float]:
        return {y: round(start + step * i, 2) for i, y in enumerate(years)}

    svc.add_indicator(
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
    svc.add_indicator(
        cycle, "4.7.2", "百万件缺陷数", unit="PPM", better="down", target=50, values=series(120, -15)
    )
    svc.add_indicator(
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
    svc.add_indicator(cycle, "4.7.4", "营业收入", unit="亿元", values=series(9.8, 0.7))
    svc.add_indicator(
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


# --- reading a PDF back ---------------------------------------------------------------------
@dataclass(frozen=True)
class Readback:
    """A written PDF: its pages' text (reading order and layout) and its outline."""

    path: Path
    reader: pypdf.PdfReader
    pages: list[str]  # text of each page, in reading order
    layout: list[str]  # text of each page, laid out as on paper
    outline: list[tuple[int, str, int]]  # (level, title, 1-based page)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def page_of(self, title: str) -> int:
        return next(p for _, t, p in self.outline if t == title)


def _pdftotext(path: Path, layout: bool) -> list[str]:
    if shutil.which("pdftotext") is None:  # poppler missing: pypdf's extraction instead
        return [p.extract_text() for p in pypdf.PdfReader(path).pages]
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def read_back(path: Path) -> Readback:
    reader = pypdf.PdfReader(path)
    outline: list[tuple[int, str, int]] = []

    def walk(entries: list, level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                outline.append((level, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return Readback(path, reader, _pdftotext(path, False), _pdftotext(path, True), outline)


def export(svc: ProjectService, out: Path, **kw: object) -> tuple[Readback, tuple[tuple[str, str], ...]]:
    from excellence_app.services.exports import export_pdf

    result = export_pdf(svc, svc.cycles()[0].id, out, **kw)  # type: ignore[arg-type]
    return read_back(out), result.warnings


# --- tests of the sample as a whole ---------------------------------------------------------
def test_cli_export_reports_an_over_long_profile_and_still_succeeds(tmp_path: Path, cli) -> None:
    svc = sample_project(tmp_path / "s.exa")
    svc.set_profile_text(svc.cycles()[0].id, "B.2.3", "持续改进。" * 800)
    svc.close()
    code, _, err = cli("export", str(tmp_path / "s.exa"), "--pdf", str(tmp_path / "p.pdf"))
    assert code == 0, err
    assert "组织概述共" in err and "超过" in err and "3,000" in err
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_bench_times_the_package_against_plain_reportlab(tmp_path: Path) -> None:
    from bench.pdf import bench_pdf

    with sample_project(tmp_path / "s.exa") as svc:
        figures = bench_pdf(report_input(svc, svc.cycles()[0].id), repeat=1)
    assert figures["package_seconds"] > 0 and figures["reportlab_seconds"] > 0
    assert figures["ratio"] == pytest.approx(
        figures["package_seconds"] / figures["reportlab_seconds"], rel=0.05
    )
    assert figures["package_bytes"] > figures["reportlab_bytes"] > 0
