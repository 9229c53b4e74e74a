"""Every edit says what it changed, and undo puts deleted rows back under their own ids."""

from __future__ import annotations

import pytest

from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import InvalidValue
from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService

BOTH_ENGINES = True  # each `project` test runs on a file and on a team server (conftest)


def test_a_response_reports_its_clause_in_its_cycle(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    with project.track() as seen:
        project.content.set_response(cycle, "4.1.2a", "使命和愿景")
    assert seen.changes == Changes.of("responses", ["4.1.2a"], cycle=cycle)
    assert seen.changes.touches("responses", cycle=cycle)
    assert not seen.changes.touches("responses", cycle=cycle + 1)
    assert not seen.changes.touches("scores", "indicators")
    with project.track() as again:
        project.content.set_response(cycle, "4.1.2a", "使命和愿景")  # the same text: nothing changed
    assert again.changes == NOTHING and not again.changes


def test_mutators_return_what_they_changed(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    lead = project.scoring.add_assessor(cycle, "张伟", "lead")
    assert project.scoring.set_score(lead.id, "4.1.2", percent=40) == Changes.of(
        "scores", ["4.1.2"], cycle=cycle
    )
    assert project.scoring.set_score(lead.id, "4.1.2", percent=40) == NOTHING
    assert project.scoring.set_spread_threshold(25).touches("settings")
    assert project.cycles.rename_cycle(cycle, "2027年度自评").which("cycles") == {cycle}


def test_removing_an_assessor_also_says_scores_and_comments(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    member = project.scoring.add_assessor(cycle, "李娜")
    project.scoring.set_score(member.id, "4.2.2", percent=55)
    changed = project.scoring.remove_assessor(member.id)
    assert changed.touches("assessors", "scores", "comments")
    assert changed.which("scores") is None  # any of them: the database removed them
    assert not changed.touches("responses", "indicators")


def test_moving_a_figure_reports_the_texts_that_cite_it(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    first = project.indicators.add_indicator(cycle, "4.7.2", "顾客满意度", values={"2025": 90})
    project.indicators.add_indicator(cycle, "4.7.2", "投诉率", values={"2025": 2})
    project.content.set_response(cycle, "4.7.2a", "见图4.7.2-1。")
    with project.track() as seen:
        project.indicators.move_indicator(first.id, 1)
    assert seen.changes.which("responses") == {"4.7.2a"}
    assert seen.changes.touches("indicators") and not seen.changes.touches("profile")
    assert project.snapshot(cycle).responses["4.7.2a"].text == "见图4.7.2-2。"


def test_track_merges_a_whole_command(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    with project.track() as seen, project.batch():
        project.content.set_response(cycle, "4.1.2a", "甲")
        project.content.set_response(cycle, "4.1.2b", "乙")
        project.comments.add_comment(cycle, "4.1.3", "ofi", "缺少董事会评价")
    assert seen.changes.which("responses") == {"4.1.2a", "4.1.2b"}
    assert seen.changes.which("comments") == {"4.1.3"}
    project.content.set_response(cycle, "4.1.2c", "丙")  # after the block: no longer tracked
    assert "4.1.2c" not in seen.changes.which("responses")


# --- undo where the data is --------------------------------------------------------------------
def test_a_deleted_comment_comes_back_as_it_was(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    project.comments.add_comment(cycle, "4.1.2", "strength", "先写的一条")
    comment = project.comments.add_comment(cycle, "4.1.2", "ofi", "继任计划只覆盖中层", significance="high")
    gone = project.comments.delete_comment(comment.id)
    back = project.comments.restore_comment(cycle, gone)
    assert back == comment
    assert project.snapshot(cycle).comments[-1] == comment


def test_a_deleted_indicator_comes_back_at_its_place_with_its_figure_numbers(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    first = project.indicators.add_indicator(
        cycle,
        "4.7.2",
        "顾客满意度",
        unit="%",
        values={"2024": 88, "2025": 90},
        comparisons=[{"kind": "competitor", "name": "对手甲", "values": {"2025": 86}}],
    )
    second = project.indicators.add_indicator(cycle, "4.7.2", "投诉率", values={"2025": 2})
    project.content.set_response(cycle, "4.7.2a", "见图4.7.2-1与图4.7.2-2。")
    gone = project.indicators.delete_indicator(first.id)
    assert project.snapshot(cycle).responses["4.7.2a"].text == "见图4.7.2-2与图4.7.2-1。"
    back = project.indicators.restore_indicator(cycle, gone)
    snap = project.snapshot(cycle)
    assert back.id == first.id and [i.id for i in snap.indicators] == [first.id, second.id]
    assert snap.indicators[0].values == first.values and snap.indicators[0].comparisons[0].name == "对手甲"
    assert snap.responses["4.7.2a"].text == "见图4.7.2-1与图4.7.2-2。"


def test_a_deleted_action_and_evidence_and_assessor_come_back_under_their_ids(
    project: ProjectService,
) -> None:
    cycle = project.cycles.all()[0].id
    ofi = project.comments.add_comment(cycle, "4.2.2", "ofi", "目标未分解到班组")
    action = project.actions.add_action(cycle, "4.2.2", "目标分解到班组", owner="周", comment_id=ofi.id)
    assert project.actions.restore_action(cycle, project.actions.delete_action(action.id)) == action
    evidence = project.evidence.attach_evidence(
        cycle, "证书.pdf", b"%PDF-1.4", "体系证书", [EvidenceLink("4.1.2", None)]
    )
    project.evidence.detach_evidence(evidence.id)
    assert project.evidence.restore_evidence(cycle, evidence, b"%PDF-1.4") == evidence
    assessor = project.scoring.add_assessor(cycle, "李娜")
    project.scoring.remove_assessor(assessor.id)
    assert project.scoring.add_assessor(cycle, "李娜", restore_id=assessor.id) == assessor


def test_a_row_cannot_be_put_back_over_another(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    comment = project.comments.add_comment(cycle, "4.1.2", "ofi", "原来的")
    with pytest.raises(InvalidValue, match="已被占用"):
        project.comments.restore_comment(cycle, comment)  # still there
    assert len(project.snapshot(cycle).comments) == 1


def test_a_snapshot_updated_from_the_changes_equals_a_fresh_read(project: ProjectService) -> None:
    """What the screen shows after an edit, read part by part, is what the file holds."""
    cycle = project.cycles.all()[0].id
    lead = project.scoring.add_assessor(cycle, "张伟", "lead")
    indicator = project.indicators.add_indicator(cycle, "4.7.2", "顾客满意度", values={"2025": 90})
    project.indicators.add_indicator(cycle, "4.7.2", "投诉率", values={"2025": 2})
    edits = [
        lambda: project.content.set_response(cycle, "4.1.2a", "使命"),
        lambda: project.content.set_response(cycle, "4.1.2b", "沟通"),
        lambda: project.content.set_response(cycle, "4.1.2a", ""),
        lambda: project.content.set_profile_text(cycle, "B.1.1", "组织环境"),
        lambda: project.scoring.set_score(lead.id, "4.1.2", percent=45),
        lambda: project.scoring.set_consensus(cycle, "4.1.2", 50, "一致"),
        lambda: project.comments.add_comment(cycle, "4.1.2", "ofi", "缺少沟通评价"),
        lambda: project.content.set_response(cycle, "4.7.2a", "见图4.7.2-1。"),
        lambda: project.indicators.move_indicator(indicator.id, 1),
        lambda: project.indicators.set_values(indicator.id, {"2024": 88}),
        lambda: project.actions.add_action(cycle, "4.1.2", "建立沟通评价"),
        lambda: project.cycles.rename_cycle(cycle, "2027年度自评"),
    ]
    shown = project.snapshot(cycle)
    for edit in edits:
        with project.track() as seen:
            edit()
        shown = project.updated(shown, seen.changes)
        assert shown == project.snapshot(cycle)
