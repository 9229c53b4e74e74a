"""Damaged content, a busy file and a full disk each end in one line naming the cause (issue 11, point 8)."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from builders import two_agreed_items_project
from files import edit, one_error_line, state
from sqlalchemy import event

from excellence_app.services.project import ProjectService
from excellence_app.storage.failures import DiskFull, FileBusy


def _no_crash(stdout: str, stderr: str) -> None:
    for text in (stdout, stderr):
        assert "Traceback" not in text and "unexpected" not in text and "意外" not in text, text


def _refused_everywhere(cli, tmp_path: Path, path: Path, words: str) -> None:
    """summary and the exports refuse in one line naming the damage; check lists it; nothing changes."""
    before = state(tmp_path)
    out = tmp_path.parent / f"{tmp_path.name}-out"
    out.mkdir()
    for args in (
        ["summary", str(path)],
        ["export", str(path), "--pdf", str(out / "r.pdf")],
        ["export-project", str(path), str(out / "p.zip")],
    ):
        line = one_error_line(*cli(*args)[::2])
        assert "已损坏" in line and words in line, (args, line)
    code, stdout, stderr = cli("check", str(path))
    _no_crash(stdout, stderr)
    assert code == 1
    assert any(line.startswith("[错误]") and words in line for line in stdout.splitlines()), stdout
    assert state(tmp_path) == before and not list(out.iterdir())


def test_undecodable_text_is_named_not_dumped(tmp_path: Path, cli) -> None:
    path = two_agreed_items_project(tmp_path / "p.exa")
    edit(path, "UPDATE clause_response SET text = CAST(X'E9AB98FF41' AS TEXT) WHERE clause_id = '4.1.2a'")
    _refused_everywhere(cli, tmp_path, path, "条款 4.1.2 a) 的回答中有无法识别的文字")


def test_a_string_in_an_integer_column_is_named(tmp_path: Path, cli) -> None:
    path = two_agreed_items_project(tmp_path / "p.exa")
    edit(path, "UPDATE assessor_score SET percent = 'abc' WHERE item_id = '4.1.2'")
    _refused_everywhere(cli, tmp_path, path, "评分项 4.1.2 的评审员评分取值无效：'abc'")


def test_impossible_percentages_and_broken_references_are_listed_one_line_each(tmp_path: Path, cli) -> None:
    path = two_agreed_items_project(tmp_path / "p.exa")
    edit(
        path,
        "UPDATE consensus SET percent = 37 WHERE item_id = '4.1.2'",
        "UPDATE consensus SET percent = 500 WHERE item_id = '4.1.3'",
        "INSERT INTO assessor_score (assessor_id, item_id, percent, factors, rationale) "
        "VALUES (999, '4.2.2', 50, '{}', '')",
    )
    before = state(tmp_path)
    code, stdout, stderr = cli("check", str(path))
    _no_crash(stdout, stderr)
    assert code == 1
    errors = [line for line in stdout.splitlines() if line.startswith("[错误]")]
    assert any("评分项 4.1.2 的共识评分取值无效：37" in line for line in errors), stdout
    assert any("评分项 4.1.3 的共识评分取值无效：500" in line for line in errors), stdout
    assert any("assessor_score 表第" in line and "引用的 assessor 记录不存在" in line for line in errors), (
        stdout
    )
    assert len(errors) == 3, stdout
    line = one_error_line(*cli("summary", str(path))[::2])
    assert "共识评分取值无效" in line and "另有 2 处" in line
    assert state(tmp_path) == before


def test_check_runs_the_full_integrity_check(tmp_path: Path, cli) -> None:
    # An index that no longer matches its table: the quick check at opening passes, the full one does not.
    path = two_agreed_items_project(tmp_path / "p.exa")
    edit(
        path,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, '(cycle_id)', '(clause_id)') "
        "WHERE name = 'ix_clause_response_cycle_id'",
    )
    code, stdout, stderr = cli("check", str(path))
    _no_crash(stdout, stderr)
    assert code == 1
    assert any("完整性检查" in line and "ix_clause_response_cycle_id" in line for line in stdout.splitlines())


def test_a_file_another_program_is_writing_is_busy_not_broken(tmp_path: Path) -> None:
    path = two_agreed_items_project(tmp_path / "p.exa")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('holding', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with ProjectService.open(path) as svc:
            with pytest.raises(FileBusy) as info:  # after SQLite's own wait (busy_timeout)
                svc.rename_organisation("乙")
            assert "稍后再试" in info.value.zh and "未作任何改动" in info.value.zh
            assert str(holder.pid) in info.value.zh  # who holds it, where the system tells
            assert "database is locked" not in info.value.line()
    finally:
        holder.kill()
        holder.wait()
    with ProjectService.open(path) as svc:
        assert svc.project_info().org_name == "甲"
        svc.rename_organisation("乙")


def test_a_full_disk_says_how_much_to_free_and_changes_nothing(tmp_path: Path) -> None:
    path = two_agreed_items_project(tmp_path / "p.exa")
    with ProjectService.open(path) as svc:
        cycle = svc.cycles.all()[0].id
        engine = svc.db.engine

        def cap(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            # SQLite's own "database or disk is full", from a file not allowed to grow.
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

        engine.dispose()
        event.listen(engine, "connect", cap)
        with pytest.raises(DiskFull) as info:
            svc.content.set_profile_text(cycle, "B.1.1", "很长的组织概述。" * 20000)
        assert info.value.zh.startswith("磁盘已满：请释放 10 MB 后重试，未作任何改动")
        assert "disk is full: free 10 MB and try again; nothing was changed" in info.value.en
        event.remove(engine, "connect", cap)
        engine.dispose()
        assert svc.snapshot(cycle).profile.get("B.1.1", "") == ""


def test_no_room_for_a_new_project_says_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", no_space)
    with pytest.raises(DiskFull) as info:
        ProjectService.create(tmp_path / "p.exa", "甲")
    assert "磁盘已满" in info.value.zh
    assert list(tmp_path.iterdir()) == []
