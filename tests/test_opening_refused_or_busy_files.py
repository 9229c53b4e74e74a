"""The project file: refused files stay byte-for-byte as they were; one writer at a time."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from builders import new_project, new_project_file

from excellence_app.services.project import ProjectService
from excellence_app.storage.database import APPLICATION_ID, ProjectFileError
from excellence_app.storage.lockfile import FileInUse


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, words: str) -> None:
    before = _digest(path)
    with pytest.raises(ProjectFileError) as info:
        ProjectService.open(path)
    assert words in info.value.zh
    assert "未作任何改动" in info.value.zh
    assert _digest(path) == before
    assert not path.with_name(path.name + ".lock").exists()


def test_random_bytes_are_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "random.exa"
    path.write_bytes(bytes(range(256)) * 40)
    _refused(path, "不是本程序的项目文件")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.exa"
    path.write_bytes(b"")
    _refused(path, "空文件")


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    _refused(path, "不是本程序的项目文件")


def _stamp(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def test_file_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.exa"
    new_project_file(path, org="甲")
    _stamp(path, "UPDATE alembic_version SET version_num = '9999'")
    _refused(path, "更新版本")
    _stamp(path, "PRAGMA user_version = 99")
    _refused(path, "更新版本")


def test_corrupt_project_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.exa"
    with new_project(path, org="甲") as svc:
        cycle = svc.cycles.all()[0].id
        for n in range(40):
            svc.content.set_profile_text(cycle, "B.1.1", "很长的文字" * (200 + n))
    _stamp(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    assert int.from_bytes(data[68:72], "big") == APPLICATION_ID
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    _refused(path, "损坏")


def test_a_file_open_elsewhere_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "busy.exa"
    new_project_file(path, org="甲")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from excellence_app.services.project import ProjectService as P; "
            "s = P.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(FileInUse) as info:
            ProjectService.open(path)
        assert "已被另一个程序打开" in info.value.zh and f"进程 {holder.pid}" in info.value.zh
    finally:
        holder.kill()
        holder.wait()
    # The OS drops the lock with the killed process: the file opens again.
    ProjectService.open(path).close()


def test_new_file_is_not_created_over_an_existing_one(tmp_path: Path) -> None:
    path = tmp_path / "exists.exa"
    path.write_text("mine")
    with pytest.raises(ProjectFileError):
        ProjectService.create(path, "甲")
    assert path.read_text() == "mine"
