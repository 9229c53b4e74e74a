"""Deciding, reading only, whether a file is a project file this version can open.

Apart from ``storage.database`` so that reading a file at the current revision (summary,
check, exports) checks it with the standard library alone and never imports SQLAlchemy.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from excellence_app.core.errors import AppError
from excellence_app.storage import failures
from excellence_app.storage.migration import APPLICATION_ID, HEAD, REVISIONS
from excellence_app.storage.schema import TABLES
from excellence_app.storage.sqlite_files import read_only_uri

SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectFileError(AppError):
    """The file cannot be opened as a project; it has been left untouched."""


@dataclass(frozen=True)
class FileCheck:
    revision: str
    needs_migration: bool


def refuse(path: Path, zh: str, en: str) -> ProjectFileError:
    return ProjectFileError(
        f"无法打开 {path}：{zh}，文件未作任何改动", f"cannot open {path}: {en}; the file was left unchanged"
    )


def _read_header(path: Path) -> bytes:
    """The first 100 bytes, from a regular file only: a pipe would block, a device never ends."""
    try:
        # O_NONBLOCK: opening a named pipe for reading must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise refuse(path, "这是一个文件夹，不是项目文件", "it is a folder, not a project file") from None
    except OSError as exc:
        raise refuse(path, f"无法读取（{exc.strerror}）", f"cannot read it ({exc.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise refuse(path, "这是一个文件夹，不是项目文件", "it is a folder, not a project file")
        if not stat.S_ISREG(mode):
            raise refuse(
                path,
                "这不是普通文件（而是管道、设备或套接字），不是项目文件",
                "it is not a regular file (a pipe, device or socket), not a project file",
            )
        return os.read(fd, 100)
    except OSError as exc:
        raise refuse(path, f"无法读取（{exc.strerror}）", f"cannot read it ({exc.strerror})") from None
    finally:
        os.close(fd)


@functools.cache
def required_schema(revision: str) -> dict[str, frozenset[str]]:
    """The tables and columns a file at ``revision`` must have.

    For the head they are the models (through ``storage.schema``, generated from them); an
    older revision is whatever its migrations built, found by running them on an empty database
    in memory, so each schema is defined once. Only an older file pays for importing Alembic.
    """
    if revision == HEAD:
        return {name: frozenset(c[0] for c in columns) for name, columns in TABLES.items()}
    from alembic import command
    from sqlalchemy import create_engine

    from excellence_app.storage import migration

    engine = create_engine("sqlite://", future=True)
    try:
        with engine.begin() as conn:
            command.upgrade(migration.alembic_config(conn), revision)
            names = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            ).scalars()
            return {
                name: frozenset(row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{name}")'))
                for name in list(names)
            }
    finally:
        engine.dispose()


def _schema_problem(conn: sqlite3.Connection, revision: str) -> tuple[str, str] | None:
    """What the file's revision needs that the file lacks: a table, or a column of one."""
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_master"))
    for table, columns in required_schema(revision).items():
        if kinds.get(table) != "table":
            return f"缺少数据表 {table}", f"table {table} is missing"
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        for column in sorted(columns - have):
            return f"数据表 {table} 缺少列 {column}", f"table {table} has no column {column}"
    return None


def _first_problem(report: str) -> tuple[str, str]:
    """SQLite's report on one line: its first finding, and how many more there are."""
    lines = [ln.strip() for ln in report.splitlines() if ln.strip() and not ln.startswith("***")]
    first = lines[0][:200] if lines else "?"
    if len(lines) <= 1:
        return first, first
    return f"{first} 等 {len(lines)} 处", f"{first} and {len(lines) - 1} more"


def inspect(path: Path) -> FileCheck:
    """Decide, reading only, whether ``path`` is a project file this version can open."""
    header = _read_header(path)
    if not header:
        raise refuse(path, "这是一个空文件，不是项目文件", "the file is empty, not a project")
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise refuse(
            path,
            "这不是本程序的项目文件（也不是 SQLite 数据库）",
            "it is not a project file of this program (not even an SQLite database)",
        )
    user_version, app_id = struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    if app_id != APPLICATION_ID:
        raise refuse(
            path,
            "这是一个 SQLite 数据库，但不是本程序的项目文件",
            "it is an SQLite database but not a project file of this program",
        )
    if user_version > len(REVISIONS):
        raise refuse(
            path,
            "文件由更新版本的程序创建，请升级程序后再打开",
            "it was written by a newer version of this program; please upgrade",
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                zh, en = _first_problem(ok)
                raise refuse(
                    path, f"文件已损坏（完整性检查：{zh}）", f"the file is damaged (integrity check: {en})"
                )
            kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
            if kind is None or kind[0] != "table":
                raise refuse(path, "文件缺少版本标记", "the file has no schema revision")
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if len(rows) != 1:
                raise refuse(path, "文件缺少版本标记", "the file has no schema revision")
            revision = rows[0][0]
            if revision not in REVISIONS:
                raise refuse(
                    path,
                    f"文件由更新版本的程序创建（结构版本 {revision}），请升级程序后再打开",
                    f"it was written by a newer version of this program (revision {revision})",
                )
            problem = _schema_problem(conn, revision)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        said = failures.translate(exc, path)
        if isinstance(said, failures.PathTooLong):  # a sound file in too deep a folder: not damage
            raise said from None
        zh, en = _first_problem(str(exc))
        raise refuse(path, f"文件已损坏（{zh}）", f"the file is damaged ({en})") from None
    except UnicodeDecodeError:
        # The schema or the revision mark holds bytes that are not text: a byte flipped in the file.
        raise refuse(
            path, "文件已损坏（结构记录不是有效文本）", "the file is damaged (its schema is not valid text)"
        ) from None
    if problem is not None:
        raise refuse(path, f"文件不完整：{problem[0]}", f"the file is incomplete: {problem[1]}")
    return FileCheck(revision, revision != HEAD)
