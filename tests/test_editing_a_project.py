"""Edits through the services: each saved, audited, validated; bad values refused, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from excellence_app.core.errors import EditConflict, InvalidValue
from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService, ServerAddress

BOTH_ENGINES = True  # each `project` test runs on a file and on a team server (conftest)


def _cycle(svc: ProjectService) -> int:
    return svc.cycles.all()[0].id


def test_a_save_over_a_text_changed_meanwhile_stops_with_both_texts(project: ProjectService) -> None:
    c = _cycle(project)
    project.content.set_response(c, "4.1.2a", "另一位成员先保存的")
    with pytest.raises(EditConflict) as caught:
        project.content.set_response(c, "4.1.2a", "我基于空白写的", base="")
    assert (caught.value.theirs, caught.value.mine) == ("另一位成员先保存的", "我基于空白写的")
    assert "4.1.2 a)" in caught.value.zh and "4.1.2 a)" in caught.value.en
    assert project.snapshot(c).responses["4.1.2a"].text == "另一位成员先保存的"
    # Written over the text now seen, it is saved; a text equal to the saved one is no conflict.
    project.content.set_response(c, "4.1.2a", "两人商量后的", base="另一位成员先保存的")
    project.content.set_response(c, "4.1.2a", "两人商量后的", base="早已过时的")
    assert project.snapshot(c).responses["4.1.2a"].text == "两人商量后的"


def test_a_profile_section_saved_over_a_change_made_meanwhile_stops_with_both(
    project: ProjectService,
) -> None:
    c = _cycle(project)
    project.content.set_profile_text(c, "B.1.1", "另一位成员写的概况")
    with pytest.raises(EditConflict) as caught:
        project.content.set_profile_text(c, "B.1.1", "我写的概况", base="")
    assert (caught.value.theirs, caught.value.mine) == ("另一位成员写的概况", "我写的概况")
    assert caught.value.who == audited_name(project)
    assert project.snapshot(c).profile["B.1.1"] == "另一位成员写的概况"
    project.content.set_profile_text(c, "B.1.1", "我写的概况", base="另一位成员写的概况")
    assert project.snapshot(c).profile["B.1.1"] == "我写的概况"


def audited_name(project: ProjectService) -> str:
    return project.path.user if isinstance(project.path, ServerAddress) else project.actor


def test_a_response_is_saved_and_audited(project: ProjectService) -> None:
    c = _cycle(project)
    before = project.audit_count()
    resp = project.content.set_response(c, "4.1.2a", "高层领导每年组织战略研讨。")
    assert resp.status == "draft"
    assert project.snapshot(c).responses["4.1.2a"].text == "高层领导每年组织战略研讨。"
    assert project.audit_count() == before + 1
    project.content.set_response(c, "4.1.2a", "高层领导每年组织战略研讨。")
    assert project.audit_count() == before + 1, "an unchanged text is not a change"
    assert project.audit(c)[0].action == "response.text"


def test_a_huge_paste_is_refused_and_the_saved_text_kept(project: ProjectService) -> None:
    c = _cycle(project)
    project.content.set_response(c, "4.1.2a", "原有内容")
    with pytest.raises(InvalidValue) as info:
        project.content.set_response(c, "4.1.2a", "字" * 5_000_000)
    assert "过长" in info.value.zh
    assert project.snapshot(c).responses["4.1.2a"].text == "原有内容"


@pytest.mark.parametrize("bad", ["甲\x00乙", "半个表情\ud83d"], ids=["nul", "lone-surrogate"])
def test_text_no_file_can_hold_is_refused_by_name(project: ProjectService, bad: str) -> None:
    cycle = project.cycles.all()[0].id
    project.content.set_response(cycle, "4.1.2a", "原文")
    with pytest.raises(InvalidValue) as refused:
        project.content.set_response(cycle, "4.1.2a", bad)
    assert "未保存" in refused.value.zh or "空字符" in refused.value.zh
    assert project.snapshot(cycle).responses["4.1.2a"].text == "原文"


@pytest.mark.parametrize("bad", [37, 105, -5])
def test_scores_must_be_steps_of_five(project: ProjectService, bad: int) -> None:
    a = project.scoring.add_assessor(_cycle(project), "张敏", "lead")
    with pytest.raises(InvalidValue):
        project.scoring.set_score(a.id, "4.1.2", percent=bad)
    assert project.snapshot(_cycle(project)).scores == ()


def test_scores_factors_and_consensus_feed_the_summary(project: ProjectService) -> None:
    c = _cycle(project)
    a = project.scoring.add_assessor(c, "张敏", "lead")
    b = project.scoring.add_assessor(c, "李强", "member")
    project.scoring.set_score(a.id, "4.1.2", percent=40, factors={"approach": 3, "deployment": 3})
    project.scoring.set_score(b.id, "4.1.2", percent=60, rationale="展开较广")
    s = project.summary(c)
    item = s.item("4.1.2")
    assert item.assessor_percents == {"张敏": 40, "李强": 60}
    assert item.spread == 20 and item.flagged and item.provisional and item.percent == 50
    assert s.total == 25.0
    project.scoring.set_consensus(c, "4.1.2", 45, "讨论后取 45%")
    item = project.summary(c).item("4.1.2")
    assert item.consensus_percent == 45 and not item.provisional and item.score == 22.5
    with pytest.raises(InvalidValue):
        project.scoring.set_score(a.id, "4.1.2", factors={"level": 3})
    with pytest.raises(InvalidValue):
        project.scoring.set_score(a.id, "4.9.9", percent=50)


def test_comments_keep_who_wrote_them(project: ProjectService) -> None:
    c = _cycle(project)
    com = project.comments.add_comment(
        c,
        "4.2.2",
        "ofi",
        "战略目标缺少量化",
        significance="high",
        clause_id="4.2.2.2",
        factor="approach",
        author="张敏",
    )
    assert com.author == "张敏" and com.key
    project.comments.update_comment(com.id, text="战略目标缺少量化指标")
    gone = project.comments.delete_comment(com.id)
    assert gone.text == "战略目标缺少量化指标"
    assert project.snapshot(c).comments == ()
    with pytest.raises(InvalidValue):
        project.comments.add_comment(c, "4.2.2", "ofi", "x", clause_id="4.1.2a")


def test_evidence_is_stored_inside_the_file_with_its_hash(project: ProjectService, tmp_path: Path) -> None:
    c = _cycle(project)
    ev = project.evidence.attach_evidence(
        c, "方针.pdf", b"%PDF-1.4 demo", "质量方针", [EvidenceLink("4.1.2", "4.1.2a")]
    )
    assert ev.size == 13 and len(ev.sha256) == 64 and ev.media_type == "application/pdf"
    assert project.evidence.evidence_data(ev.id) == b"%PDF-1.4 demo"
    assert project.summary(c).item("4.1.2").evidence == 1
    project.evidence.max_evidence_bytes = 10
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 11)
    with pytest.raises(InvalidValue) as info:
        project.evidence.attach_evidence_file(c, big)
    assert "太大" in info.value.zh
    project.evidence.detach_evidence(ev.id)
    assert project.snapshot(c).evidence == ()


def test_indicators_keep_order_values_and_comparisons(project: ProjectService) -> None:
    c = _cycle(project)
    first = project.indicators.add_indicator(
        c, "4.7.2", "一次交验合格率", unit="%", target=99.5, values={"2024": 98.9, "2025": 99.1, "2026": 99.3}
    )
    second = project.indicators.add_indicator(c, "4.7.2", "客户投诉数", better="down", values={"2026": 12})
    project.indicators.move_indicator(second.id, 0)
    project.indicators.set_values(first.id, {"2023": 98.5, "2026": None})
    project.indicators.set_comparisons(
        first.id,
        [{"kind": "competitor", "name": "竞争对手A", "source": "协会年报", "values": {"2025": 99.0}}],
    )
    inds = project.snapshot(c).indicators_for("4.7.2")
    assert [i.name for i in inds] == ["客户投诉数", "一次交验合格率"]
    assert [p.period for p in inds[1].values] == ["2023", "2024", "2025"]
    assert inds[1].comparisons[0].name == "竞争对手A"
    with pytest.raises(InvalidValue):
        project.indicators.add_indicator(c, "4.1.2", "不该有")
    with pytest.raises(InvalidValue):
        project.indicators.set_values(first.id, {"2026": float("nan")})


def test_a_cloned_cycle_has_the_responses_and_no_scores(project: ProjectService) -> None:
    c = _cycle(project)
    a = project.scoring.add_assessor(c, "张敏", "lead")
    project.content.set_response(c, "4.1.2a", "回答")
    project.content.set_profile_text(c, "B.1.1", "概述")
    project.scoring.set_score(a.id, "4.1.2", percent=50)
    project.scoring.set_consensus(c, "4.1.2", 50)
    project.comments.add_comment(c, "4.1.2", "strength", "好")
    project.indicators.add_indicator(c, "4.7.4", "营业收入", values={"2025": 11.2})
    new = project.cycles.create_cycle("2027年度自评", clone_from=c)
    snap = project.snapshot(new.id)
    assert snap.responses["4.1.2a"].text == "回答" and snap.profile["B.1.1"] == "概述"
    assert len(snap.indicators) == 1 and [x.name for x in snap.assessors] == ["张敏"]
    assert snap.scores == () and snap.consensus == {} and snap.comments == ()
    assert project.summary(new.id).total == 0
    project.cycles.rename_cycle(new.id, "2027年度")
    project.cycles.delete_cycle(new.id)
    assert [x.name for x in project.cycles.all()] == ["2026年度自评"]
    with pytest.raises(InvalidValue):
        project.cycles.delete_cycle(c)


def test_actions_from_an_opportunity(project: ProjectService) -> None:
    from datetime import date

    c = _cycle(project)
    ofi = project.comments.add_comment(c, "4.2.3", "ofi", "缺少滚动评审")
    act = project.actions.add_action(
        c, "4.2.3", "建立季度滚动评审", owner="刘洋", due=date(2026, 12, 31), comment_id=ofi.id
    )
    project.actions.update_action(act.id, status="in_progress")
    assert project.snapshot(c).actions[0].status == "in_progress"
    with pytest.raises(InvalidValue):
        project.actions.update_action(act.id, status="finished")


def test_award_profile_sets_the_limits(project: ProjectService) -> None:
    c = _cycle(project)
    assert project.summary(c).limits.report == 30000
    project.cycles.set_cycle_award(c, "national")
    assert project.summary(c).limits.report == 60000
    with pytest.raises(InvalidValue):
        project.cycles.set_cycle_award(c, "nowhere")


def test_trainees_never_move_the_teams_numbers(project: ProjectService) -> None:
    c = _cycle(project)
    lead = project.scoring.add_assessor(c, "周", "lead")
    trainee = project.scoring.add_assessor(c, "学员甲", "trainee")
    project.scoring.set_score(lead.id, "4.2.2", percent=50)
    project.scoring.set_score(trainee.id, "4.2.2", percent=90)
    item = project.summary(c).item("4.2.2")
    assert item.assessor_percents == {"周": 50}
    assert item.spread == 0 and not item.flagged and item.percent == 50
    assert set(project.snapshot(c).scores_for_item("4.2.2", trainees=True)) == {"周", "学员甲"}
