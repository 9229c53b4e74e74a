"""Pasted indicator blocks, year-on-year comparison, action plans and calibration."""

from __future__ import annotations

from datetime import date

import pytest

from excellence_app.core.calibration import calibrate
from excellence_app.core.compare import compare
from excellence_app.core.plans import filter_actions, is_overdue
from excellence_app.core.tabular import BlockError, parse_block, parse_number
from excellence_app.services.project import ProjectService

BLOCK = (
    "指标\t2022\t2023\t2024\t2025\t2026\n"
    "一次交验合格率\t98.3\t98.8\t99.05\t99.2\t99.38\n"
    "营业收入\t8.6\t9.4\t10.3\t11.2\t12.35\n"
    "客户投诉数\t41\t36\t30\t28\t25\n"
    "准时交付率\t93.1%\t94.0%\t95.2%\t96.0%\t96.8%\n"
    "员工满意度\t80\t81.5\t83\t84\t85.2\n"
)


def test_a_6_by_6_block_gives_5_indicators_with_5_periods() -> None:
    block = parse_block(BLOCK)
    assert block.periods == ("2022", "2023", "2024", "2025", "2026")
    assert len(block.indicators) == 5
    assert all(len(i.values) == 5 for i in block.indicators)
    assert block.indicators[3].values["2024"] == 95.2 and block.indicators[3].unit == "%"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,234.5", 1234.5),
        ("１２３", 123.0),
        ("98.5%", 98.5),
        ("−3", -3.0),
        (" 7 ", 7.0),
        ("", None),
        ("-", None),
    ],
)
def test_numbers_are_read_as_people_type_them(raw: str, value: float | None) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["abc", "1,2,3", "12..5", "1.000,5"])
def test_non_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_number(raw)


def test_text_in_a_number_cell_names_the_cell() -> None:
    with pytest.raises(BlockError) as info:
        parse_block("指标\t2024\t2025\n合格率\t98\t约99\n")
    assert info.value.problems[0].row == 2 and info.value.problems[0].column == 3
    assert "约99" in info.value.zh


def test_ragged_rows_parse_when_short_and_are_refused_when_long() -> None:
    short = parse_block("指标\t2024\t2025\t2026\n合格率\t98\t99\n")
    assert short.indicators[0].values == {"2024": 98.0, "2025": 99.0}
    with pytest.raises(BlockError) as info:
        parse_block("指标\t2024\n合格率\t98\t99\t100\n")
    assert info.value.problems[0].column == 3


def test_ten_thousand_rows_are_refused_clearly() -> None:
    text = "指标\t2025\n" + "".join(f"指标{n}\t{n}\n" for n in range(10_000))
    with pytest.raises(BlockError) as info:
        parse_block(text)
    assert "行数过多" in info.value.zh


def test_meta_columns_and_csv() -> None:
    block = parse_block("指标,单位,方向,目标,2024年,2025年\n投诉数,件,越小越好,20,30,25\n", delimiter=",")
    ind = block.indicators[0]
    assert (ind.unit, ind.better, ind.target) == ("件", "down", 20.0)
    assert ind.values == {"2024": 30.0, "2025": 25.0}


def test_a_block_goes_into_a_results_item_in_one_step(project: ProjectService) -> None:
    c = project.cycles.all()[0].id
    before = project.audit_count()
    assert project.indicators.import_block(c, "4.7.2", parse_block(BLOCK)) == (5, 0)
    assert project.indicators.import_block(c, "4.7.2", parse_block("指标\t2027\n营业收入\t13\n")) == (0, 1)
    assert project.audit_count() == before + 2
    revenue = next(i for i in project.snapshot(c).indicators if i.name == "营业收入")
    assert len(revenue.values) == 6


def test_two_cycles_compared_with_their_deltas_and_the_fate_of_opportunities(project: ProjectService) -> None:
    c1 = project.cycles.all()[0].id
    a = project.scoring.add_assessor(c1, "周", "lead")
    project.scoring.set_consensus(c1, "4.1.2", 50)
    project.scoring.set_consensus(c1, "4.7.2", 40)
    closed = project.comments.add_comment(c1, "4.2.3", "ofi", "未建立战略目标的季度滚动评审机制")
    project.comments.add_comment(c1, "4.4.4", "ofi", "知识共享平台使用率低，隐性知识未系统提炼")
    project.comments.add_comment(c1, "4.5.3", "ofi", "过程改进缺少量化目标")
    project.actions.add_action(c1, "4.2.3", "建立滚动评审", status="done", comment_id=closed.id)
    c2 = project.cycles.create_cycle("2027年度", clone_from=c1).id
    project.scoring.set_consensus(c2, "4.1.2", 60)
    project.scoring.set_consensus(c2, "4.7.2", 35)
    project.comments.add_comment(c2, "4.4.4", "ofi", "知识共享平台使用率仍然偏低，隐性知识未系统提炼")
    s1, s2 = project.snapshot(c1), project.snapshot(c2)
    result = compare(s1, project.summary_of(s1), s2, project.summary_of(s2))
    assert result.old_total == 57.0 and result.new_total == 58.0 and result.delta == 1.0
    by_id = {i.id: i for i in result.items}
    assert by_id["4.1.2"].delta == 5.0 and by_id["4.7.2"].delta == -4.0
    assert next(c for c in result.categories if c.id == "4.7").delta == -4.0
    fates = {f.ofi.item_id: f.fate for f in result.fates}
    assert fates == {"4.2.3": "closed", "4.4.4": "re-raised", "4.5.3": "open"}
    assert a.name == "周"


def test_overdue_actions(project: ProjectService) -> None:
    c = project.cycles.all()[0].id
    project.actions.add_action(c, "4.2.3", "甲", owner="刘洋", due=date(2026, 9, 30), status="in_progress")
    project.actions.add_action(c, "4.2.3", "乙", owner="王婧", due=date(2026, 9, 30), status="done")
    project.actions.add_action(c, "4.2.3", "丙", owner="刘洋", due=date(2027, 3, 31))
    actions = project.snapshot(c).actions
    today = date(2026, 11, 21)
    assert [a.title for a in actions if is_overdue(a, today)] == ["甲"]
    assert [a.title for a in filter_actions(actions, owner="刘洋")] == ["甲", "丙"]
    assert [a.title for a in filter_actions(actions, status="done")] == ["乙"]


def test_calibration_deviations_and_disputed_items() -> None:
    reference = {"4.1.2": 60, "4.2.2": 55, "4.7.2": 55}
    trainees = {
        "甲": {"4.1.2": 70, "4.2.2": 55, "4.7.2": 30},
        "乙": {"4.1.2": 60, "4.2.2": 50, "4.7.2": 70},
        "丙": {"4.1.2": 55, "4.2.2": None, "4.7.2": 60},
    }
    result = calibrate(reference, trainees, ["4.1.2", "4.2.2", "4.7.2", "4.3.2"])
    item = {i.item_id: i for i in result.items}
    assert item["4.1.2"].deviations == {"甲": 10, "乙": 0, "丙": -5}
    assert item["4.7.2"].class_spread == 40
    assert result.most_disputed(1)[0].item_id == "4.7.2"
    t = {x.name: x for x in result.trainees}
    assert t["甲"].mean_abs_deviation == pytest.approx((10 + 0 + 25) / 3, abs=0.01)
    assert t["丙"].items_scored == 2 and t["甲"].bias == pytest.approx(-5.0)
