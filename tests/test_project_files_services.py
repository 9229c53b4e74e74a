"""The services behind the File menu's project files (issue 17, part 3): 另存为, the archive
with progress and cancel, and an assessor's workbook previewed, imported and put back."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from builders import fill_team_assessment, new_project, scored_team_project
from workbooks import fill_in

from excellence_app.core.errors import AppError
from excellence_app.services import exports
from excellence_app.services import save_as as save_as_module
from excellence_app.services.interchange import export_project, import_project
from excellence_app.services.project import ProjectService
from excellence_app.services.score_import import import_scores
from excellence_app.services.score_undo import restore_state, state_of


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def team(tmp_path: Path):
    svc = new_project(tmp_path / "p.exa", actor="tester")
    cycle = fill_team_assessment(svc)
    yield svc, cycle
    svc.close()


# --- 另存为 ------------------------------------------------------------------------------------
def test_save_as_copies_the_project_and_moves_the_lock(team, tmp_path: Path) -> None:
    svc, cycle = team
    svc.content.set_response(cycle, "4.1.2b", "另存前最后一笔")
    copy = svc.save_as(tmp_path / "copy.exa")
    try:
        assert copy.path == tmp_path / "copy.exa" and copy.actor == "tester"
        assert copy.summary(cycle) == svc.summary(cycle)
        assert copy.snapshot(cycle).responses["4.1.2b"].text == "另存前最后一笔"
        with pytest.raises(AppError, match="已被另一个程序打开"):
            ProjectService.open(tmp_path / "copy.exa")  # the copy is locked: it is open for editing
        svc.close()
        ProjectService.open(tmp_path / "p.exa").close()  # the original's lock is free once it closes
        copy.content.set_response(cycle, "4.1.2b", "只在副本中")
        with ProjectService.open(tmp_path / "p.exa", read_only=True) as old:
            assert old.snapshot(cycle).responses["4.1.2b"].text == "另存前最后一笔"
    finally:
        copy.close()
    assert not any(n.endswith((".tmp", ".lock")) for n in _names(tmp_path)), _names(tmp_path)


def test_save_as_refuses_the_open_file_itself(team, tmp_path: Path) -> None:
    svc, _ = team
    before = (tmp_path / "p.exa").read_bytes()
    with pytest.raises(AppError, match="就是当前打开的项目文件"):
        svc.save_as(tmp_path / "." / "p.exa", replace=True)
    assert (tmp_path / "p.exa").read_bytes() == before


def test_save_as_onto_a_file_open_elsewhere_writes_nothing(team, tmp_path: Path) -> None:
    svc, _ = team
    other = new_project(tmp_path / "other.exa", org="别家")
    try:
        before = (tmp_path / "other.exa").read_bytes()
        names = _names(tmp_path)
        with pytest.raises(AppError, match="已被另一个程序打开"):
            svc.save_as(tmp_path / "other.exa", replace=True)
        assert (tmp_path / "other.exa").read_bytes() == before
        assert _names(tmp_path) == names
        assert other.project_info().org_name == "别家"
    finally:
        other.close()


def test_save_as_keeps_an_existing_file_unless_asked(team, tmp_path: Path) -> None:
    svc, cycle = team
    new_project(tmp_path / "old.exa", org="旧的").close()
    with pytest.raises(AppError, match="文件已存在"):
        svc.save_as(tmp_path / "old.exa")
    with svc.save_as(tmp_path / "old.exa", replace=True) as copy:
        assert copy.summary(cycle) == svc.summary(cycle)


def test_save_as_into_a_missing_or_read_only_folder_writes_nothing(team, tmp_path: Path, monkeypatch) -> None:
    svc, _ = team
    with pytest.raises(AppError, match="不存在"):
        svc.save_as(tmp_path / "nowhere" / "copy.exa")
    shut = tmp_path / "ro"
    shut.mkdir()
    # As the operating system answers for a read-only folder (tests may run as root, who may write anywhere).
    real = os.access
    monkeypatch.setattr(save_as_module.os, "access", lambda p, mode: real(p, mode) and Path(p) != shut)
    with pytest.raises(AppError, match="无法另存为"):
        svc.save_as(shut / "copy.exa")
    assert _names(shut) == set()


def test_a_copy_that_fails_half_way_leaves_nothing(team, tmp_path: Path, monkeypatch) -> None:
    svc, _ = team
    (tmp_path / "out").mkdir()

    def half(_source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(save_as_module, "copy_project_file", half)
    with pytest.raises(AppError, match="磁盘已满"):
        svc.save_as(tmp_path / "out" / "copy.exa")
    assert _names(tmp_path / "out") == set()


# --- the archive -------------------------------------------------------------------------------
def test_the_archive_reports_progress_and_a_cancel_leaves_nothing(team, tmp_path: Path) -> None:
    svc, cycle = team
    seen: list[tuple[int, int]] = []
    out = export_project(svc, tmp_path / "a.zip", progress=lambda n, t: seen.append((n, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] - 1 and len(seen) == seen[-1][1]
    with pytest.raises(AppError, match="取消"):
        export_project(svc, tmp_path / "b.zip", cancelled=lambda: True)
    steps: list[int] = []
    with pytest.raises(AppError, match="取消"):
        import_project(
            out, tmp_path / "c.exa", cancelled=lambda: len(steps) > 1, progress=lambda n, _t: steps.append(n)
        )
    assert not (tmp_path / "c.exa").exists()
    with import_project(out, tmp_path / "d.exa", progress=lambda n, _t: steps.append(n)) as back:
        assert back.summary(cycle) == svc.summary(cycle)
    assert not any(n.endswith((".tmp", ".part")) or n.startswith(("b.", "c.")) for n in _names(tmp_path))


# --- an assessor's workbook -----------------------------------------------------------------
def test_restoring_puts_an_existing_assessor_back(team, tmp_path: Path) -> None:
    svc, cycle = team
    book = tmp_path / "李娜.xlsx"
    exports.export_assessor_workbook(svc, cycle, book, "李娜")
    fill_in(book, {"4.1.3": 45, "4.2.2": 10}, comments=[("4.3.2", "优势", "顾客细分清楚", "", "", "中")])
    before_summary = svc.summary(cycle)
    before = state_of(svc, cycle, "李娜")
    assert before.assessor_id is not None
    report = import_scores(svc, book)
    assert report.ok and report.scores_changed == 2 and report.comments_added == 1
    assert svc.summary(cycle) != before_summary
    with svc.batch():
        restore_state(svc, before)
    assert svc.summary(cycle) == before_summary
    assert state_of(svc, cycle, "李娜").comments == before.comments


def test_restoring_removes_an_assessor_the_import_made(team, tmp_path: Path) -> None:
    svc, cycle = team
    book = tmp_path / "赵新.xlsx"
    exports.export_assessor_workbook(svc, cycle, book, "赵新")
    fill_in(book, {"4.1.2": 55})
    before_summary = svc.summary(cycle)
    before = state_of(svc, cycle, "赵新")
    assert import_scores(svc, book).assessor_created
    with svc.batch():
        restore_state(svc, before)
    assert svc.summary(cycle) == before_summary
    assert all(a.name != "赵新" for a in svc.snapshot(cycle).assessors)


def test_restoring_takes_back_a_first_score_as_never_given(tmp_path: Path) -> None:
    with ProjectService.open(scored_team_project(tmp_path / "team.exa")) as svc:
        cycle = svc.cycles.all()[0].id
        book = tmp_path / "林芳.xlsx"
        exports.export_assessor_workbook(svc, cycle, book, "林芳")
        fill_in(book, {"4.4.3": 35})  # 林芳 had not scored 4.4.3
        before_summary, before = svc.summary(cycle), state_of(svc, cycle, "林芳")
        assert import_scores(svc, book).scores_changed == 1
        with svc.batch():
            restore_state(svc, before)
        assert "林芳" not in svc.summary(cycle).item("4.4.3").assessor_percents
        assert svc.summary(cycle) == before_summary
