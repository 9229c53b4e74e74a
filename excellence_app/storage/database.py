"""Opening, creating and migrating project files without ever damaging one.

Every check that can refuse a file reads it first, without writing: the
header bytes, then a read-only connection. Only a file that passes is locked,
backed up if it needs migrating, and opened for writing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from excellence_app.core.errors import AppError
from excellence_app.storage.lockfile import ProjectLock

APPLICATION_ID = 0x45584131  # "EXA1" in the SQLite header marks our files.
REVISIONS = ("0001",)  # Alembic revisions in order; a file's user_version is its index + 1.
HEAD = REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ProjectFileError(AppError):
    """The file cannot be opened as a project; it has been left untouched."""


@dataclass(frozen=True)
class FileCheck:
    revision: str
    needs_migration: bool


def _refuse(path: Path, zh: str, en: str) -> ProjectFileError:
    return ProjectFileError(
        f"无法打开 {path}：{zh}，文件未作任何改动", f"cannot open {path}: {en}; the file was left unchanged"
    )


def inspect(path: Path) -> FileCheck:
    """Decide, reading only, whether ``path`` is a project file this version can open."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise _refuse(path, f"无法读取（{exc.strerror}）", f"cannot read it ({exc.strerror})") from None
    if not header:
        raise _refuse(path, "这是一个空文件，不是项目文件", "the file is empty, not a project")
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise _refuse(
            path,
            "这不是本程序的项目文件（也不是 SQLite 数据库）",
            "it is not a project file of this program (not even an SQLite database)",
        )
    user_version, app_id = struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    if app_id != APPLICATION_ID:
        raise _refuse(
            path,
            "这是一个 SQLite 数据库，但不是本程序的项目文件",
            "it is an SQLite database but not a project file of this program",
        )
    if user_version > len(REVISIONS):
        raise _refuse(
            path,
            "文件由更新版本的程序创建，请升级程序后再打开",
            "it was written by a newer version of this program; please upgrade",
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"文件已损坏（{exc}）", f"the file is damaged ({exc})") from None
    if ok != "ok":
        raise _refuse(path, f"文件已损坏（完整性检查：{ok}）", f"the file is damaged (integrity check: {ok})")
    if len(rows) != 1:
        raise _refuse(path, "文件缺少版本标记", "the file has no schema revision")
    revision = rows[0][0]
    if revision not in REVISIONS:
        raise _refuse(
            path,
            f"文件由更新版本的程序创建（结构版本 {revision}），请升级程序后再打开",
            f"it was written by a newer version of this program (revision {revision})",
        )
    return FileCheck(revision, revision != HEAD)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    # FULL: a commit is on disk before the call returns, so a kill or power cut loses nothing shown as saved.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def _alembic_config(connection: object):
    # Alembic is imported here, not at the top: only creating or migrating a file needs it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {len(REVISIONS)}")
        conn.commit()


def backup_path(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-r{revision}-{stamp}{path.suffix}")


def _backup(path: Path, revision: str) -> Path:
    target = backup_path(path, revision)
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


class Database:
    """An open project file: its engine, its session factory and its lock."""

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock) -> None:
        self.path = path
        self.engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._lock = lock

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()


def create(path: Path, fill: Callable[[Session], None]) -> None:
    """Write a new project file at head; ``fill`` adds the first rows in the same run.

    The file is built under a temporary name and moved into place at the end,
    so a failure leaves nothing behind.
    """
    if path.exists():
        raise ProjectFileError(f"文件已存在：{path}", f"the file already exists: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        engine = make_engine(tmp)
        try:
            _upgrade(engine)
            with sessionmaker(engine)() as session, session.begin():
                fill(session)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        finally:
            engine.dispose()
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
        raise


def open_database(path: Path) -> Database:
    if not path.exists():
        raise ProjectFileError(f"找不到文件：{path}", f"no such file: {path}")
    check = inspect(path)
    lock = ProjectLock(path)
    lock.acquire()
    try:
        if check.needs_migration:
            _backup(path, check.revision)
        engine = make_engine(path)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        if check.needs_migration:
            _upgrade(engine)
    except BaseException:
        lock.release()
        raise
    return Database(path, engine, lock)


def copy_file(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
