"""Refused project files stay exactly as they were, with nothing created beside them (issue 11).

Each case checks the file byte for byte and the folder's listing before and after, and that
the command line says one line, exits 1 and shows no traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import new_project, new_project_file
from files import edit, one_error_line, state

from excellence_app.services.project import ProjectService
from excellence_app.storage.database import APPLICATION_ID, ProjectFileError


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _truncated(path: Path) -> None:
    with new_project(path, org="甲") as svc:
        cycle = svc.cycles.all()[0].id
        for n in range(30):
            svc.content.set_profile_text(cycle, "B.1.1", "很长的文字" * (300 + n))
    data = path.read_bytes()
    assert data[18:20] == b"\x02\x02"  # WAL mode: a read-only open would create -wal and -shm
    path.write_bytes(data[: len(data) // 3])


def _ours_without_tables(path: Path) -> None:
    edit(
        path,
        f"PRAGMA application_id = {APPLICATION_ID}",
        "PRAGMA user_version = 1",
        "PRAGMA journal_mode = WAL",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('0001')",
    )


def _version_as_view(path: Path) -> None:
    new_project_file(path, org="甲")
    edit(
        path,
        "DROP TABLE alembic_version",
        "CREATE VIEW alembic_version AS SELECT '0001' AS version_num",
    )


def _missing_column(path: Path) -> None:
    new_project_file(path, org="甲")
    edit(path, "ALTER TABLE consensus DROP COLUMN rationale")


def _missing_table(path: Path) -> None:
    new_project_file(path, org="甲")
    edit(path, "DROP TABLE comparison_point")


def _newer_revision(path: Path) -> None:
    new_project_file(path, org="甲")
    edit(path, "UPDATE alembic_version SET version_num = '9999'")


def _newer_user_version(path: Path) -> None:
    new_project_file(path, org="甲")
    edit(path, "PRAGMA user_version = 99")


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (_empty, "空文件"),
    "random": (_random, "不是本程序的项目文件"),
    "truncated": (_truncated, "损坏"),
    "ours-without-tables": (_ours_without_tables, "缺少数据表"),
    "version-as-view": (_version_as_view, "缺少版本标记"),
    "missing-column": (_missing_column, "数据表 consensus 缺少列 rationale"),
    "missing-table": (_missing_table, "缺少数据表 comparison_point"),
    "newer-revision": (_newer_revision, "更新版本"),
    "newer-user-version": (_newer_user_version, "更新版本"),
}


@pytest.mark.parametrize("case", CASES)
def test_refused_file_and_its_folder_stay_exactly_as_they_were(tmp_path: Path, cli, case: str) -> None:
    make, words = CASES[case]
    path = tmp_path / "p.exa"
    make(path)
    workbook = tmp_path / "scores.xlsx"  # never read: the project is refused first
    workbook.write_bytes(b"PK")
    before = state(tmp_path)

    for read_only in (False, True):
        with pytest.raises(ProjectFileError) as info:
            ProjectService.open(path, read_only=read_only)
        assert words in info.value.zh and "未作任何改动" in info.value.zh
        assert state(tmp_path) == before

    # One reading command (opens read-only) and one writing command (opens for editing).
    for args in (["summary", str(path)], ["import-scores", str(path), str(workbook)]):
        line = one_error_line(*cli(*args)[::2])
        assert words in line and "未作任何改动" in line, line
        assert state(tmp_path) == before


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_what_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, cli, kind: str) -> None:
    if kind == "fifo":
        path = tmp_path / "pipe.exa"
        os.mkfifo(path)  # opening it for reading without a writer would wait forever
        words = "不是普通文件"
    elif kind == "device":
        path = Path(os.devnull)
        words = "不是普通文件"
    else:
        path = tmp_path / "x.exa"
        path.mkdir()
        words = "文件夹"
    before = state(tmp_path)
    with pytest.raises(ProjectFileError) as info:
        ProjectService.open(path)
    assert words in info.value.zh
    for args in (["summary", str(path)], ["export", str(path), "--pdf", str(tmp_path / "r.pdf")]):
        line = one_error_line(*cli(*args)[::2])
        assert words in line, line
    assert state(tmp_path) == before
