"""`check` flags what a self-assessment cannot report yet: periods, dates and sources later
than the cycle's as-of date, naming the place and the words; plans and deadlines are not
claims."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from excellence_app.core.as_of import late_claims, period_end
from excellence_app.services.project import ProjectService

AS_OF = date(2026, 9, 2)


@pytest.mark.parametrize(
    ("text", "late"),
    [
        ("2026年全年营业收入8.1亿元。", ["2026年全年"]),
        ("数据来自《2026年度审计报告》。", ["2026年度审计报告"]),
        ("2026年1—8月合格率99.3%，2026年1-9月为99.4%。", ["2026年1-9月"]),
        ("截至2026年9月30日，累计授权专利56项。", ["2026年9月30日"]),
        ("2026年三季度交付率98%；2026年上半年为97%。", ["2026年三季度"]),
        ("2025年全年营业收入7.9亿元；2026年8月31日完成审核。", []),
        ("计划于2026年12月完成改造。", []),
        ("2026年11月30日前完成供应商复评。", []),
        ("2026年四季度起推广微课程。", []),
        ("力争2027年全年交付率达到99%。", []),
    ],
)
def test_claims_later_than_the_as_of_date(text: str, late: list[str]) -> None:
    assert [c.words for c in late_claims(text, AS_OF)] == late


@pytest.mark.parametrize(
    ("period", "ends"),
    [
        ("2025", date(2025, 12, 31)),
        ("2026Q2", date(2026, 6, 30)),
        ("2026H1", date(2026, 6, 30)),
        ("2026-08", date(2026, 8, 31)),
        ("2026年1—8月", date(2026, 8, 31)),
        ("2026.1-8", date(2026, 8, 31)),
        ("2026年第三季度", date(2026, 9, 30)),
        ("基线", None),
    ],
)
def test_the_end_of_an_indicator_period(period: str, ends: date | None) -> None:
    assert period_end(period) == ends


def _date_lines(cli, path: Path, cycle: str) -> list[str]:
    _, out, err = cli("check", str(path), "--cycle", cycle)
    assert "Traceback" not in err
    return [line for line in out.splitlines() if "数据截至" in line]


def test_the_sample_has_nothing_later_than_its_as_of_dates(tmp_path: Path, cli) -> None:
    path = tmp_path / "sample.exa"
    assert cli("demo", str(path))[0] == 0
    assert _date_lines(cli, path, "2026年度自评") == []
    assert _date_lines(cli, path, "2025年度自评") == []


def test_a_full_year_claimed_in_september_is_one_finding(tmp_path: Path, cli) -> None:
    path = tmp_path / "sample.exa"
    assert cli("demo", str(path))[0] == 0
    with ProjectService.open(path) as svc:
        cycle = svc.cycles.by_name("2026年度自评")
        assert cycle.as_of == AS_OF
        text = svc.snapshot(cycle.id).responses["4.7.4-1"].text
        svc.content.set_response(cycle.id, "4.7.4-1", text + "\n\n2026年全年营业收入预计突破12亿元。")
    lines = _date_lines(cli, path, "2026年度自评")
    assert len(lines) == 1
    assert lines[0].startswith(
        "[提醒] 4.7.4 主要财务绩效指标：“2026年全年”晚于本周期的数据截至日期 2026-09-02"
    )


def test_a_data_point_for_the_whole_year_is_named_with_its_indicator(tmp_path: Path, cli) -> None:
    path = tmp_path / "sample.exa"
    assert cli("demo", str(path))[0] == 0
    with ProjectService.open(path) as svc:
        cycle = svc.cycles.by_name("2026年度自评")
        ind = svc.snapshot(cycle.id).indicators_for("4.7.2")[0]
        svc.indicators.set_values(ind.id, {"2026": 99.5})
        svc.cycles.set_cycle_as_of(svc.cycles.by_name("2025年度自评").id, None)
    lines = _date_lines(cli, path, "2026年度自评")
    assert lines == [
        f"[提醒] 4.7.2 指标“{ind.name}”：“2026”晚于本周期的数据截至日期 2026-09-02（“2026” is later than the cycle's as-of date 2026-09-02）"
    ]
    _, out, _ = cli("check", str(path), "--cycle", "2025年度自评")
    assert "[信息] 评价周期：未设定数据截至日期" in out
