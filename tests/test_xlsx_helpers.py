"""Shared by the workbook tests: a project filled as a team would fill it, and cell look-ups.

(Collected by pytest as a module without tests; the other xlsx test modules import it.)
"""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.services.project import ProjectService

HOSTILE = '=HYPERLINK("http://example.invalid","点我")'


def fill_project(svc: ProjectService) -> int:
    """Three assessors, scores with spread, some consensus, comments, indicators and actions."""
    cycle = svc.cycles()[0].id
    a = svc.add_assessor(cycle, "张伟", "lead")
    b = svc.add_assessor(cycle, "李娜")
    c = svc.add_assessor(cycle, "王芳", "trainee")
    items = [item for item in svc.framework.items()]
    for n, item in enumerate(items):
        base = (n * 15) % 80 + 10
        svc.set_score(a.id, item.id, percent=base, rationale=f"{item.title}的方法较系统")
        svc.set_score(b.id, item.id, percent=min(100, base + 5 * (n % 3)))
        if n % 4 != 3:  # some items scored by two assessors only
            svc.set_score(c.id, item.id, percent=min(100, base + 25 * (n % 2)))
        if n % 3 == 0:
            svc.set_consensus(cycle, item.id, min(100, base + 5), "小组讨论后一致同意")
    svc.add_comment(
        cycle,
        "4.1.2",
        "strength",
        "高层领导定期开展战略回顾，并形成记录。",
        significance="high",
        clause_id="4.1.2.1",
        factor="approach",
    )
    svc.add_comment(cycle, "4.1.2", "ofi", HOSTILE, significance="low")
    svc.add_comment(cycle, "4.2.2", "ofi", "-战略目标未分解到班组层级", assessor_id=b.id, author="李娜")
    ofi = svc.add_comment(
        cycle, "4.7.2", "ofi", "+缺少与行业标杆的对比数据。", significance="medium", factor="comparison"
    )
    svc.add_indicator(
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
    svc.add_indicator(
        cycle, "4.7.2", "顾客投诉次数", unit="次", better="down", values={"2023": 42, "2024": 35, "2025": 28}
    )
    svc.add_indicator(
        cycle,
        "4.7.5",
        "人均培训学时",
        unit="小时",
        better="up",
        target=40,
        values={"2023": 30, "2024": 33, "2025": 36},
    )
    svc.add_action(
        cycle,
        "4.7.2",
        "建立行业对比数据库",
        owner="质量部 赵强",
        due=date(2026, 6, 30),
        comment_id=ofi.id,
        expected_effect="每年更新对比数据",
    )
    svc.add_action(cycle, "4.2.2", "@战略目标分解到班组", owner="战略部", status="in_progress")
    return cycle


def find_row(ws: Worksheet, col: int, value: str, start: int = 1) -> int:
    for row in range(start, ws.max_row + 1):
        if ws.cell(row, col).value == value:
            return row
    raise AssertionError(f"{value!r} not found in column {col} of {ws.title}")


def header_columns(ws: Worksheet, row: int) -> dict[str, int]:
    return {ws.cell(row, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(row, c).value}
