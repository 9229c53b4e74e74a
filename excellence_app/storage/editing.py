"""A project file at the current revision open for editing, without SQLAlchemy until a write.

Opening a file for editing does, before any read, what it always did: the read-only checks
(``inspection.inspect``), refusing a file that is not writable, removing leftovers, taking the
single-writer lock and switching the file to WAL. Showing the project then only reads, so the
reads go through plain sqlite3 connections (``storage.rows``, one per thread, as an engine's
pool would give), and the engine and its session factory, with SQLAlchemy and the ORM, are
made at the first write (issue 16: importing them cost start-up ~0.5 s).

A file that needs migrating takes ``storage.database.open_database``, which needs Alembic.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from excellence_app.storage import failures, leftovers
from excellence_app.storage.inspection import ProjectFileError, inspect, refuse
from excellence_app.storage.lockfile import ProjectLock

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


def require_writable(path: Path) -> None:
    # The lock file and SQLite's journals go beside the file, so the folder must be writable too.
    if not os.access(path, os.W_OK):
        raise failures.read_only(path)
    if not os.access(path.parent, os.W_OK):
        raise failures.read_only(path, folder=True)


def lock(path: Path) -> ProjectLock:
    """The single-writer lock on ``path``, taken after the leftovers beside it are removed."""
    require_writable(path)
    leftovers.clean(path.parent)
    held = ProjectLock(path)
    try:
        held.acquire()
    except OSError as exc:
        raise failures.translate(exc, path) or refuse(
            path, f"无法锁定（{exc.strerror}）", f"cannot lock it ({exc.strerror})"
        ) from None
    return held


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection to an existing ``path`` set up as the engines' are
    (``storage.database._on_connect``); it never creates the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


class EditableFile:
    """Stands where ``storage.database.Database`` stands for a file opened for editing: it
    holds the lock; ``connection`` reads plain rows; ``engine`` and ``sessions`` are made on
    first use (thread-safe), by the writes."""

    read_only = False
    backup: Path | None = None

    def __init__(self, path: Path, held: ProjectLock, first: sqlite3.Connection) -> None:
        self.path = path
        self.upgrade_notes: list[tuple[str, str]] = []
        self._lock = held
        self._guard = threading.Lock()
        self._local = threading.local()
        self._local.connection = first
        self._connections = [first]
        self._orm: tuple[Engine, sessionmaker[Session]] | None = None
        self._closed = False

    @property
    def connection(self) -> sqlite3.Connection:
        """This thread's connection for reading plain rows (SQLite's errors said plainly)."""
        conn = getattr(self._local, "connection", None)
        if conn is None:
            with self._guard:
                if self._closed:
                    raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
                try:
                    conn = connect(self.path)
                except sqlite3.Error as exc:
                    raise failures.translate(exc, self.path) or exc from None
                self._connections.append(conn)
            self._local.connection = conn
        return conn

    def _made(self) -> tuple[Engine, sessionmaker[Session]]:
        orm = self._orm
        if orm is None:
            with self._guard:
                if self._orm is None:
                    from sqlalchemy.orm import sessionmaker

                    from excellence_app.storage.database import make_engine

                    engine = make_engine(self.path)
                    self._orm = (engine, sessionmaker(engine, expire_on_commit=False))
                orm = self._orm
        return orm

    @property
    def engine(self) -> Engine:
        return self._made()[0]

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self._made()[1]

    def close(self) -> None:
        with self._guard:
            self._closed = True
            orm, self._orm = self._orm, None
            connections, self._connections = self._connections, []
        try:
            if orm is not None:
                orm[0].dispose()
            for conn in connections:
                conn.close()
        finally:
            self._lock.release()


def open_editable(path: Path) -> EditableFile | None:
    """``path`` opened for editing without SQLAlchemy, or None when it needs migrating (then
    ``storage.database.open_database`` upgrades it). Every refusal is raised as there."""
    if not os.path.lexists(path):
        raise ProjectFileError(f"找不到文件：{path}", f"no such file: {path}")
    if inspect(path).needs_migration:
        return None
    held = lock(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
    except BaseException as exc:
        if conn is not None:
            conn.close()
        held.release()
        said = failures.translate(exc, path) if isinstance(exc, sqlite3.Error | OSError) else None
        if said is not None:
            raise said from None
        raise
    return EditableFile(path, held, conn)
