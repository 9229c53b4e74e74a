"""Opening, creating and migrating project files without ever damaging one.

Every check that can refuse a file reads it first, without writing: the
header bytes, then a read-only connection. Only a file that passes is locked,
backed up if it needs migrating, and opened for writing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from excellence_app.core.errors import AppError
from excellence_app.storage import editing, failures, leftovers, migration, sqlite_files
from excellence_app.storage.inspection import ProjectFileError, inspect, refuse
from excellence_app.storage.lockfile import ProjectLock
from excellence_app.storage.migration import APPLICATION_ID  # noqa: F401 - callers and tests import it from here
from excellence_app.storage.sqlite_files import read_only_uri


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    # FULL: a commit is on disk before the call returns, so a kill or power cut loses nothing shown as saved.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _say_plainly(engine: Engine, path: Path) -> None:
    """Every database error on this file reaches the user as one sentence (disk full, busy, ...)."""

    def handle(ctx: ExceptionContext) -> BaseException | None:
        return failures.translate(ctx.original_exception, path)

    event.listen(engine, "handle_error", handle)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    _say_plainly(engine, path)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """An engine that reads ``path`` and can neither change it nor create anything beside it."""
    uri = read_only_uri(path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), future=True)
    event.listen(engine, "connect", _on_connect)
    _say_plainly(engine, path)
    return engine


def _upgrade_existing(engine: Engine, path: Path) -> list[tuple[str, str]]:
    """Upgrade a file written by an older version; one whose tables do not match its revision
    mark (edited by another tool) is refused, the migration rolled back."""
    from sqlalchemy.exc import DBAPIError

    try:
        return migration.upgrade(engine)
    except DBAPIError as exc:
        if isinstance(exc.orig, sqlite3.OperationalError | sqlite3.IntegrityError):
            raise refuse(
                path,
                "文件的数据表与其结构版本不符，无法升级（可能被其他工具改动过）",
                "its tables do not match its schema revision, so it cannot be upgraded "
                "(another tool may have changed it)",
            ) from None
        raise


class Database:
    """An open project file: its engine, its session factory and its lock (none when read-only)."""

    def __init__(
        self, path: Path, engine: Engine, lock: ProjectLock | None, scratch: Path | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._lock = lock
        self._scratch = scratch  # a folder of our own holding an upgraded copy, removed on close
        self.read_only = lock is None
        # Set when opening upgraded the file: the copy made first, and what moved (zh, en).
        self.backup: Path | None = None
        self.upgrade_notes: list[tuple[str, str]] = []

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)


def create(path: Path, fill: Callable[[Session], None]) -> None:
    """Write a new project file at head; ``fill`` adds the first rows in the same run.

    The file is built under a temporary name (held, see ``leftovers``) and moved into place at
    the end, so a failure leaves nothing behind, and a killed run leaves a file the next run
    removes.
    """
    if path.exists():
        raise ProjectFileError(f"文件已存在：{path}", f"the file already exists: {path}")
    # SQLite would say only "unable to open database file"; said plainly, before a folder is made.
    if failures.too_long_for_sqlite(path):
        raise failures.path_too_long(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        leftovers.clean(path.parent)
        held = leftovers.HeldFile(path.parent, path.name, ".tmp")
    except OSError as exc:
        raise failures.translate(exc, path) or ProjectFileError(
            f"无法在 {path.parent} 建立文件：{exc.strerror}",
            f"cannot create a file in {path.parent}: {exc.strerror}",
        ) from None
    tmp = held.path
    if failures.too_long_for_sqlite(tmp):  # the temporary name it is built under can be longer
        held.discard()
        raise failures.path_too_long(path)
    try:
        engine = make_engine(tmp)
        try:
            migration.upgrade(engine)
            with sessionmaker(engine)() as session, session.begin():
                fill(session)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        finally:
            engine.dispose()
        held.release()
        os.replace(tmp, path)
    except BaseException as exc:
        held.discard()
        if isinstance(exc, failures.PathTooLong):  # found on the temporary name: the user's is named
            raise failures.path_too_long(path) from None
        said = failures.translate(exc, path) if isinstance(exc, OSError) else None
        if said is not None:
            raise said from None
        raise


def open_database(path: Path, read_only: bool = False) -> Database:
    """Open a checked project file; ``read_only`` takes no lock and creates nothing beside it."""
    if not os.path.lexists(path):
        raise ProjectFileError(f"找不到文件：{path}", f"no such file: {path}")
    check = inspect(path)
    if read_only:
        if check.needs_migration:
            return _upgraded_copy(path)
        return Database(path, make_read_only_engine(path), None)
    lock = editing.lock(path)  # the same lock, and refusals, as a file opened without the ORM
    engine: Engine | None = None
    backup: Path | None = None
    notes: list[tuple[str, str]] = []
    try:
        if check.needs_migration:
            backup = migration.backup(path, check.revision)
        engine = make_engine(path)
        if check.needs_migration:
            # Before WAL is switched on: a refused upgrade rolls back and leaves the file as it was.
            notes = _upgrade_existing(engine, path)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if backup is not None and isinstance(exc, AppError):
            backup.unlink(missing_ok=True)  # refused: nothing is left beside the file
        lock.release()
        raise
    db = Database(path, engine, lock)
    db.backup, db.upgrade_notes = backup, notes
    return db


def _upgraded_copy(path: Path) -> Database:
    """Read a file of an older revision: upgrade a copy in a temporary folder, never the file.

    Reading commands (summary, check, exports) thus work on files they must not write to,
    and nothing appears beside the file.
    """
    scratch = Path(tempfile.mkdtemp(prefix="excellence-read-"))
    copy = scratch / path.name
    engine: Engine | None = None
    try:
        sqlite_files.consistent_copy(path, copy)
        engine = make_engine(copy)
        notes = _upgrade_existing(engine, path)
        engine.dispose()
        engine = make_read_only_engine(copy)
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
        said = failures.translate(exc, path) if isinstance(exc, OSError | sqlite3.Error) else None
        if said is not None:
            raise said from None
        raise
    db = Database(path, engine, None, scratch)
    db.upgrade_notes = notes
    return db
