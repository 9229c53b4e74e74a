"""One command, one transaction: a command of many service calls applies all of them or none.

Each multi-row command is made to fail half way (one inner call raises after it has written)
and must leave the project exactly as it was, audit trail included.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from builders import fill_team_assessment, new_project
from workbooks import fill_in

from excellence_app.core.errors import AppError
from excellence_app.services import cycles, exports, interchange, merge
from excellence_app.services.project import ProjectService
from excellence_app.services.score_import import import_scores
from excellence_app.ui.consensus.merge_work import WORKBOOK, apply_prepared, prepare

BOTH_ENGINES = True  # each `project` test runs on a file and on a team server (conftest)


def state(svc: ProjectService) -> tuple:
    """Everything a command could have touched, in every cycle."""
    snaps = tuple(svc.snapshot(c.id) for c in svc.cycles.all())
    return (
        svc.cycles.all(),
        tuple((s.assessors, s.scores, s.comments, s.consensus, s.indicators, s.evidence) for s in snaps),
        svc.audit(limit=100_000),
    )


def fail_on_call(part: object, monkeypatch: pytest.MonkeyPatch, name: str, n: int, exc=None) -> None:
    """The n-th call of ``part.name`` (a part of the service) does its work, then raises (so
    something was written)."""
    real = getattr(part, name)
    calls = []

    def wrapper(*args, **kwargs):
        result = real(*args, **kwargs)
        calls.append(1)
        if len(calls) == n:
            raise exc or RuntimeError(f"{name} call {n} fails")
        return result

    monkeypatch.setattr(part, name, wrapper)


# --- the mechanism ---------------------------------------------------------------------------
def test_a_batch_commits_once_and_its_reads_see_its_own_writes(project: ProjectService) -> None:
    cycle = project.cycles.all()[0].id
    seen_elsewhere: list[tuple[str, ...]] = []
    with project.batch():
        a = project.scoring.add_assessor(cycle, "甲")
        project.scoring.set_score(a.id, "4.1.2", percent=40)
        assert project.snapshot(cycle).score(a.id, "4.1.2").percent == 40
        # Another thread neither joins the batch nor sees its uncommitted rows.
        other = threading.Thread(
            target=lambda: seen_elsewhere.append(tuple(x.name for x in project.snapshot(cycle).assessors))
        )
        other.start()
        other.join(timeout=60)
    assert seen_elsewhere == [()]
    assert [x.name for x in project.snapshot(cycle).assessors] == ["甲"]
    assert [e.action for e in project.audit(cycle)][:2] == ["score.set", "assessor.add"]


@pytest.mark.parametrize("exc", [RuntimeError("boom"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_an_exception_in_a_batch_undoes_every_call_and_audit(project: ProjectService, exc) -> None:
    cycle = project.cycles.all()[0].id
    before = state(project)
    with pytest.raises(type(exc)), project.batch():
        a = project.scoring.add_assessor(cycle, "甲")
        project.scoring.set_score(a.id, "4.1.2", percent=40)
        project.comments.add_comment(cycle, "4.1.2", "strength", "有系统的方法")
        raise exc
    assert state(project) == before
    project.scoring.add_assessor(cycle, "乙")  # the service works as before afterwards
    assert [x.name for x in project.snapshot(cycle).assessors] == ["乙"]


def test_a_refused_call_or_nested_batch_undoes_only_itself(project: ProjectService, monkeypatch) -> None:
    cycle = project.cycles.all()[0].id
    a = project.scoring.add_assessor(cycle, "甲")
    real_audit = project.scoring._audit

    def refuse_score_audit(session, cycle_id, action, *args, **kwargs):
        if action == "score.set" and args[0].endswith("4.1.3"):
            raise AppError("拒绝", "refused")  # after the score row was written
        real_audit(session, cycle_id, action, *args, **kwargs)

    monkeypatch.setattr(project.scoring, "_audit", refuse_score_audit)
    with project.batch():
        project.scoring.set_score(a.id, "4.1.2", percent=40)
        with pytest.raises(AppError):
            project.scoring.set_score(a.id, "4.1.3", percent=50)
        with pytest.raises(RuntimeError), project.batch():
            project.scoring.add_assessor(cycle, "乙")
            raise RuntimeError("inner batch fails")
        project.scoring.set_score(a.id, "4.2.2", percent=60)
    snap = project.snapshot(cycle)
    assert {s.item_id: s.percent for s in snap.scores} == {"4.1.2": 40, "4.2.2": 60}
    assert [x.name for x in snap.assessors] == ["甲"]
    assert [e.target for e in project.audit(cycle) if e.action == "score.set"] == ["甲 4.2.2", "甲 4.1.2"]


# --- every multi-row command ----------------------------------------------------------------
def _workbook(svc: ProjectService, cycle: int, path: Path, name: str) -> Path:
    exports.export_assessor_workbook(svc, cycle, path, name)
    items = [i.id for i in svc.framework.items()]
    fill_in(
        path,
        {item: 5 * (n % 21) for n, item in enumerate(items)},
        rationale={item: f"{item} 的评分理由" for item in items[:5]},
        comments=[("4.1.2", "优势", "方法系统", "", "", "高"), ("4.7.2", "改进机会", "缺少对比", "", "", "")],
    )
    return path


@pytest.mark.parametrize("inner", ["add_assessor", "set_score", "add_comment"])
def test_import_scores_applies_all_of_a_workbook_or_nothing(project, tmp_path, monkeypatch, inner) -> None:
    cycle = fill_team_assessment(project)
    book = _workbook(project, cycle, tmp_path / "zhao.xlsx", "赵新")
    before = state(project)
    part = project.comments if inner == "add_comment" else project.scoring
    fail_on_call(part, monkeypatch, inner, 1 if inner != "set_score" else 12)
    with pytest.raises(RuntimeError):
        import_scores(project, book)
    assert state(project) == before
    monkeypatch.undo()
    report = import_scores(project, book)
    assert report.ok and report.assessor_created and report.scores_changed == 23


def test_a_row_the_services_refuse_stops_the_whole_workbook_unless_partial(
    project, tmp_path, monkeypatch
) -> None:
    cycle = fill_team_assessment(project)
    book = _workbook(project, cycle, tmp_path / "zhao.xlsx", "赵新")
    before = state(project)
    real = project.scoring.set_score

    def refuse_one(assessor_id, item_id, **changes):
        if item_id == "4.2.2":
            raise AppError("此行被拒绝", "this row is refused")
        return real(assessor_id, item_id, **changes)

    monkeypatch.setattr(project.scoring, "set_score", refuse_one)
    report = import_scores(project, book)
    assert not report.applied and len(report.problems) == 1
    assert state(project) == before
    report = import_scores(project, book, partial=True)
    assert report.applied and report.scores_changed > 1
    assert state(project) != before


def test_a_merge_applies_all_of_its_changes_or_nothing(project, tmp_path, monkeypatch) -> None:
    cycle = project.cycles.all()[0].id
    with new_project(tmp_path / "lin.exa") as theirs:
        tc = theirs.cycles.all()[0].id
        lin = theirs.scoring.add_assessor(tc, "林芳")
        for item in ("4.1.2", "4.1.3", "4.2.2", "4.2.3"):
            theirs.scoring.set_score(lin.id, item, percent=40, rationale="理由")
        theirs.comments.add_comment(tc, "4.1.2", "ofi", "缺少效果评价", author="林芳")
    plan = merge.preview_project_file(project, cycle, tmp_path / "lin.exa")
    before = state(project)
    fail_on_call(project.scoring, monkeypatch, "set_score", 5, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        merge.apply(project, cycle, plan)
    assert state(project) == before
    monkeypatch.undo()
    assert merge.apply(project, cycle, plan) == len(plan.changes)


def test_copying_a_cycle_copies_everything_or_nothing(project, monkeypatch) -> None:
    cycle = fill_team_assessment(project)
    before = state(project)
    real = cycles._copy_content

    def copy_then_fail(s, src: int, dst: int) -> None:
        real(s, src, dst)
        s.flush()  # every copied row is written, then the command fails
        raise RuntimeError("copy fails at the end")

    monkeypatch.setattr(cycles, "_copy_content", copy_then_fail)
    with pytest.raises(RuntimeError):
        project.cycles.create_cycle("2027年度自评", clone_from=cycle)
    assert state(project) == before


def test_a_calibration_import_makes_each_trainee_with_their_whole_workbook_or_not_at_all(
    project, tmp_path, monkeypatch
) -> None:
    cycle = fill_team_assessment(project)
    books = [_workbook(project, cycle, tmp_path / f"{n}.xlsx", n) for n in ("王磊", "陈静")]
    prepared = prepare(project, cycle, WORKBOOK, books)

    def run():
        return apply_prepared(
            project,
            cycle,
            prepared,
            overwrite=False,
            partial=False,
            new_role="trainee",
            progress=lambda _n, _total: None,
            cancelled=lambda: False,
        )

    fail_on_call(project.scoring, monkeypatch, "set_score", 23 + 7)  # half way through the second workbook
    with pytest.raises(RuntimeError):
        run()
    names = {a.name: a.role for a in project.snapshot(cycle).assessors}
    assert names.get("王磊") == "trainee" and "陈静" not in names, "the first file stays merged"
    wang = next(a for a in project.snapshot(cycle).assessors if a.name == "王磊")
    assert len([s for s in project.snapshot(cycle).scores if s.assessor_id == wang.id]) == 23


def test_a_trainee_workbook_not_imported_leaves_no_trainee(project, tmp_path) -> None:
    cycle = fill_team_assessment(project)
    book = _workbook(project, cycle, tmp_path / "chen.xlsx", "陈静")
    fill_in(book, {"4.1.2": 37})  # not a step of 5: the workbook is refused
    prepared = prepare(project, cycle, WORKBOOK, [book])
    before = state(project)
    (report,) = apply_prepared(
        project,
        cycle,
        prepared,
        overwrite=False,
        partial=False,
        new_role="trainee",
        progress=lambda _n, _total: None,
        cancelled=lambda: False,
    )
    assert not report.applied
    assert state(project) == before


def test_import_project_builds_the_whole_file_or_none(project, tmp_path, monkeypatch) -> None:
    fill_team_assessment(project)
    archive = interchange.export_project(project, tmp_path / "p.zip")
    folder = tmp_path / "out"
    folder.mkdir()
    real = interchange.fill_project

    def fill_then_fail(*args, **kwargs) -> None:
        real(*args, **kwargs)
        raise RuntimeError("import fails after every row")

    monkeypatch.setattr(interchange, "fill_project", fill_then_fail)
    with pytest.raises(RuntimeError):
        interchange.import_project(archive, folder / "copy.exa")
    assert list(folder.iterdir()) == []
