"""Word reports written as people write them, not as this program writes them, built with
python-docx for the Word import tests: headings as bold 黑体 paragraphs or typed numbers
instead of heading styles, "（一）" sections, "a)" run-in leads, a table, bold words."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

# What the hand-written report holds, and where each part must land.
STRATEGY = "公司每年九月启动战略规划，经营层与各事业部负责人共同参与，采用 SWOT 和 PEST 分析内外部环境。"
OBJECTIVES = "到 2027 年营业收入达到 30 亿元，新产品销售占比不低于 35%。"
MISSION = "以客户为中心，做受尊敬的智能装备企业，是我们的使命。"
TWO_WAY = "总经理每月召开员工座谈会，设立总经理信箱，三个工作日内答复。"
ENVIRONMENT = "本公司成立于 2003 年，主要生产数控机床和自动化生产线，员工 1,260 人。"
COMPETITION = "国内同类企业约 40 家，本公司市场占有率排名第三。"
STRAY = "附：本节引用的数据均来自公司统计年报，口径与上年一致。"
NOWHERE = "（本页以下空白）"
TABLE = [("指标", "2022", "2023", "2024"), ("营业收入（亿元）", "18.2", "21.5", "24.9")]


def _heiti_bold(doc, text: str, size: float = 14) -> None:
    """A heading as many people make one: a bold paragraph in 黑体, Normal style."""
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.name = "SimHei"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")


def hand_written_report(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("蓝桥智能装备有限公司")
    doc.add_paragraph("2025 年度卓越绩效自我评价报告")
    _heiti_bold(doc, "第一部分 组织概述")
    _heiti_bold(doc, "（一）组织的环境", 12)
    doc.add_paragraph(ENVIRONMENT)
    _heiti_bold(doc, "（二）竞争环境", 12)
    doc.add_paragraph(COMPETITION)
    _heiti_bold(doc, "第二部分 自我评价")
    doc.add_paragraph("4.1 领导")
    doc.add_paragraph("4.1.2高层领导的作用")
    doc.add_paragraph(f"a) 确定方向：{MISSION}")
    p = doc.add_paragraph("b）双向沟通：")
    p.add_run("总经理每月").bold = True
    p.add_run(TWO_WAY.removeprefix("总经理每月"))
    doc.add_paragraph("4.2.2 战略制定")
    _heiti_bold(doc, "4.2.2.1 战略制定过程", 12)
    doc.add_paragraph(STRATEGY)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("4.2.2.2 战略和战略目标")
    doc.add_paragraph(OBJECTIVES)
    doc.add_paragraph("4.3.3 顾客关系与顾客满意")
    doc.add_paragraph(STRAY)
    doc.add_paragraph(NOWHERE)
    doc.save(path)
    return path


def report_of_2004(path: Path) -> Path:
    """A report numbered by GB/T 19580-2004, in Word's heading styles."""
    doc = Document()
    doc.add_heading("4.1 领导", 1)
    doc.add_heading("4.1.1 组织的领导", 2)
    doc.add_heading("4.1.1.3 组织绩效的评审", 3)
    doc.add_paragraph("每季度召开经营分析会，评审关键绩效指标。")
    doc.add_heading("4.1.2 社会责任", 2)
    doc.add_heading("4.1.2.1 公共责任", 3)
    doc.add_paragraph("建立环境因素识别清单，排放达标率 100%。")
    doc.add_heading("4.2.1 战略制定", 2)
    doc.add_heading("4.2.1.2 战略目标", 3)
    doc.add_paragraph("三年战略目标分为经营、客户、内部运营和学习成长四类。")
    doc.add_heading("4.7 经营结果", 1)
    doc.add_heading("4.7.2 财务结果", 2)
    doc.add_paragraph("净资产收益率连续三年高于行业平均。")
    doc.save(path)
    return path


# A report in Word's heading styles, with its writer's own habits.
IMPROVE = "改进委员会每季度评审一次改进项目。"  # after a bold lead that reads like 4.1.2 c)'s title
GOVERNANCE = "董事会下设审计委员会，每季度审议内部审计报告。"
TYPED_CAPTION = "表1 主要财务指标"  # typed as a paragraph: the writer's text
WORD_CAPTION = "表2 人员结构"  # Word's 题注 above a table: the table's title


def styled_report(path: Path) -> Path:
    doc = Document()
    doc.add_heading("4.1 领导", 1)
    doc.add_heading("4.1.2 高层领导的作用", 2)
    doc.add_heading("c) 营造环境", 3)
    p = doc.add_paragraph()
    p.add_run("改进、创新和学习。").bold = True
    p.add_run(IMPROVE)
    for caption, style in ((TYPED_CAPTION, None), (WORD_CAPTION, "Caption")):
        doc.add_paragraph(caption, style=style)
        table = doc.add_table(rows=2, cols=2)
        for r, row in enumerate(TABLE[:2]):
            for c, value in enumerate(row[:2]):
                table.cell(r, c).text = value
    doc.add_paragraph("图1 组织机构图", style="Caption")  # under no picture: kept, bold as 题注 is
    doc.add_heading("4.1.3 组织治理", 2)
    doc.add_paragraph(f"a) 组织治理的关键因素：{GOVERNANCE}")
    doc.save(path)
    return path
