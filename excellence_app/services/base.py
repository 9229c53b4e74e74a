"""What every group of edits shares: one transaction per action, with its audit record.

A command that makes several service calls (importing a workbook, merging, undoing a paste)
wraps them in :meth:`ServiceBase.batch`: the calls then join one transaction that commits once
at the end, so the file holds all of the command or none of it, even if the process is killed.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from excellence_app.core.awards import AwardProfile
from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import AppError, InvalidValue, NotFound
from excellence_app.core.framework import Framework, clause_label
from excellence_app.core.server_address import ServerAddress, ServerError, is_server
from excellence_app.storage import failures, server
from excellence_app.storage.editing import EditableFile
from excellence_app.storage.rows import PlainFile
from excellence_app.storage.server import ServerDatabase

# The ORM is imported by the methods that write, never here: reading a file (summary, check,
# exports) goes through plain rows (services.reader) and must not pay for importing it.
if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from excellence_app.storage import models as m
    from excellence_app.storage.database import Database

MAX_TEXT = 200_000  # characters in one text field; far beyond any award's limit
MAX_NAME = 200
MAX_COMMENT = 5_000  # a comment, a rationale


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def check_text(value: object, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise InvalidValue(f"{what}应为文字", f"{what} must be text")
    if len(value) > limit:
        raise InvalidValue(
            f"{what}过长：{len(value):,} 个字符，上限 {limit:,}，未保存",
            f"{what} is too long: {len(value):,} characters, limit {limit:,}; not saved",
        )
    if "\x00" in value:
        raise InvalidValue(f"{what}含有不可见的空字符", f"{what} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. half of a pasted emoji
        raise InvalidValue(
            f"{what}第 {exc.start + 1} 个字符不是有效的文字（孤立的代理码位），未保存",
            f"character {exc.start + 1} of {what} is not valid text (a lone surrogate); not saved",
        ) from None
    return value


@dataclass
class Tracked:
    """The changes of every edit made inside :meth:`ServiceBase.track`, merged."""

    changes: Changes = NOTHING


def check_name(value: object, what: str) -> str:
    text = check_text(value, what, MAX_NAME).strip()
    if not text:
        raise InvalidValue(f"{what}不能为空", f"{what} must not be empty")
    return text


def check_choice(value: object, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise InvalidValue(
            f"{what}取值无效：{value!r}（可选：{'、'.join(choices)}）",
            f"invalid {what}: {value!r} (one of {', '.join(choices)})",
        )
    return str(value)


@dataclass
class Shared:
    """What the parts of one open project's service share: the database, the framework, the
    built-in award profiles, who is editing, and each thread's batch and change trackers."""

    # PlainFile: a read-only file at the current revision, without the ORM; EditableFile: one
    # open for editing, its engine (and the ORM) made at the first write; Database: the others.
    db: Database | PlainFile | EditableFile | ServerDatabase
    framework: Framework
    builtin_awards: tuple[AwardProfile, ...]
    actor: str
    # Per thread: a GUI worker's batch must not capture the main thread's reads.
    per_thread: threading.local = field(default_factory=threading.local)

    @cached_property
    def item_of_clause(self) -> dict[str, str]:
        """Clause id → its item's id: every edit of a response checks its clause, and the
        framework's own lookup walks every clause (issue 16)."""
        return {clause.id: item.id for item, clause in self.framework.clauses()}


class ServiceBase:
    """One part of the service of an open project; every part works on the same ``Shared``,
    so a batch or a tracker begun through one part covers the calls of all of them."""

    def __init__(self, shared: Shared) -> None:
        self._shared = shared

    @property
    def db(self) -> Database | PlainFile | EditableFile | ServerDatabase:
        return self._shared.db

    @property
    def framework(self) -> Framework:
        return self._shared.framework

    @property
    def builtin_awards(self) -> tuple[AwardProfile, ...]:
        return self._shared.builtin_awards

    @property
    def actor(self) -> str:
        return self._shared.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self._shared.actor = name

    @property
    def _per_thread(self) -> threading.local:
        return self._shared.per_thread

    @property
    def path(self):
        return self.db.path

    def _batch_session(self) -> Session | None:
        return getattr(self._per_thread, "session", None)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every service call inside (on this thread) joins one transaction, committed once at
        the end, or rolled back entirely on any exception, KeyboardInterrupt included.

        A batch inside a batch is a savepoint: it can fail alone, the outer batch decides.
        """
        outer = self._batch_session()
        if outer is not None:
            with outer.begin_nested():
                yield
            return
        with self.db.sessions() as session, session.begin():
            _begin_now(session)
            self._per_thread.session = session
            try:
                yield
            finally:
                self._per_thread.session = None

    @contextmanager
    def track(self) -> Iterator[Tracked]:
        """Collect what every edit made inside (on this thread) changed, e.g. for the screen."""
        tracked = Tracked()
        trackers = self._trackers()
        trackers.append(tracked)
        try:
            yield tracked
        finally:
            trackers.remove(tracked)

    def _trackers(self) -> list[Tracked]:
        if not hasattr(self._per_thread, "trackers"):
            self._per_thread.trackers = []
        return self._per_thread.trackers

    def _report(self, changes: Changes) -> Changes:
        """Every mutator ends here, after its transaction: its changes go to whoever tracks."""
        for tracked in self._trackers():
            tracked.changes |= changes
        return changes

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        from sqlalchemy.orm.exc import StaleDataError

        outer = self._batch_session()
        try:
            if outer is None:
                with self.db.sessions() as session, session.begin():
                    yield session
                return
            # In a batch each call is a savepoint: a call that refuses undoes only its own rows,
            # and the caller may go on (score_import reports such a row and continues).
            _as_fresh(outer)
            with outer.begin_nested():
                yield outer
        except StaleDataError:
            # A row read but not changed: on a team server, one the user's role may see but not
            # change (row-level security), which PostgreSQL skips without an error.
            raise self._refused() from None

    def _refused(self) -> AppError:
        """A change the team server skipped as not the user's to make, said as a refusal."""
        user = self.path.user if isinstance(self.path, ServerAddress) else ""
        return ServerError(
            f"团队服务器不允许用户 {user} 做这项修改：成员只能修改本周期中自己名下的评分和评语，"
            "以往周期的内容只有组长可以修改；未作任何改动",
            f"the team server does not let {user} make this change: members change only their own "
            "scores and comments in the current cycle, and only the lead changes earlier cycles; "
            "nothing was changed",
        )

    @contextmanager
    def _read(self) -> Iterator[Session]:
        outer = self._batch_session()
        if outer is None:
            with self.db.sessions() as session:
                yield session
            return
        # A read in a batch (a snapshot before the next write) sees the batch's own writes.
        _as_fresh(outer)
        yield outer

    @contextmanager
    def _rows(self) -> Iterator[sqlite3.Connection]:
        """A connection to read plain rows from (``services.reader``): a read-only file's own,
        inside a batch the batch's, so its writes are seen, else a file open for editing's
        plain connection of this thread (no engine needed, nor SQLAlchemy imported, to read).

        SQLite's errors on it are said as the engines say theirs (busy, damaged, ...).
        """
        try:
            if isinstance(self.db, PlainFile):
                yield self.db.connection
                return
            outer = self._batch_session()
            if outer is not None:
                _as_fresh(outer)  # a read in a batch sees the batch's own writes
                yield outer.connection().connection.driver_connection
                return
            if isinstance(self.db, EditableFile):
                yield self.db.connection
                return
            # Outside a batch a pooled connection is enough: a Session around it cost a GUI
            # refresh more than the rows it read (issue 16).
            with self.db.engine.connect() as conn:
                yield conn.connection.driver_connection
        except sqlite3.Error as exc:
            said = failures.translate(exc, self.path)
            if said is None:
                raise
            raise said from None
        except Exception as exc:
            if not is_server(self.path):
                raise
            said = server.translate(exc, self.path)  # a server's connection, read directly
            if said is None:
                raise
            raise said from None

    def _audit(
        self,
        session: Session | Connection,
        cycle_id: int | None,
        action: str,
        target: str,
        detail: dict[str, Any] | str = "",
        *,
        actor: str | None = None,
    ) -> None:
        """Record an edit, in the transaction of the edit: on the ORM ``session`` of
        :meth:`_tx`, or the Core connection of :meth:`_core`. ``actor`` names the person acting
        when the caller knows them (the lead who agreed a consensus), instead of whoever opened
        the project."""
        from sqlalchemy.orm import Session

        from excellence_app.storage import models as m

        text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False, default=str)
        values = {"cycle_id": cycle_id, "at": now(), "actor": actor or self.actor}
        values |= {"action": action, "target": target, "detail": text}
        if isinstance(session, Session):
            session.add(m.AuditRow(**values))
        else:
            session.execute(m.audit_table.insert(), values)

    @contextmanager
    def _core(self) -> Iterator[Connection]:
        """The transaction of one edit written as SQLAlchemy Core statements: the same "one
        command is one transaction" as :meth:`_tx`, without the ORM's unit of work, which cost
        a keystroke's save several times what SQLite spends on it (issue 16).

        Outside a batch: a pooled connection, committed at the end (rolled back on any
        exception). In a batch: a savepoint on the batch's connection, so the call can fail
        alone and the batch still commits once; the session is flushed and expired first
        and the ORM calls after it read afresh (``_as_fresh``), so both kinds of call see
        each other's rows.
        """
        outer = self._batch_session()
        if outer is None:
            db = self.db
            if isinstance(db, PlainFile):
                raise failures.read_only(db.path)  # as PlainFile.sessions() refuses a write
            with db.engine.begin() as conn:
                yield conn
            return
        _as_fresh(outer)
        with outer.begin_nested():
            yield outer.connection()

    def _cycle(self, session: Session, cycle_id: int) -> m.Cycle:
        from excellence_app.storage import models as m

        row = session.get(m.Cycle, cycle_id)
        if row is None:
            raise NotFound(f"没有编号为 {cycle_id} 的评价周期", f"no cycle with id {cycle_id}")
        return row

    def _check_item(self, item_id: str) -> str:
        if not isinstance(item_id, str) or not self.framework.has_item(item_id):
            raise InvalidValue(f"评分项 {item_id} 不在评价框架中", f"item {item_id} is not in the framework")
        return item_id

    def _check_clause(self, clause_id: str, item_id: str | None = None) -> str:
        owner = self._shared.item_of_clause.get(clause_id) if isinstance(clause_id, str) else None
        if owner is None:
            self.framework.clause_item(clause_id)  # says which clause the framework lacks
        if item_id is not None and owner != item_id:
            raise InvalidValue(
                f"条款 {clause_label(clause_id)} 不属于评分项 {item_id}",
                f"clause {clause_label(clause_id)} does not belong to item {item_id}",
            )
        return clause_id

    def _get(self, session: Session, model: type, row_id: int, what_zh: str, what_en: str):
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(f"没有编号为 {row_id} 的{what_zh}", f"no {what_en} with id {row_id}")
        return row

    def _free_id(self, session: Session, model: type, row_id: int | None) -> None:
        """A row put back by undo takes its old id, which nothing else may hold meanwhile."""
        if row_id is not None and session.get(model, row_id) is not None:
            raise InvalidValue(
                f"编号 {row_id} 已被占用，无法恢复原记录", f"id {row_id} is taken; the row cannot be put back"
            )

    def _next_position(self, session: Session, column, *where) -> int:
        from sqlalchemy import select

        values = session.scalars(select(column).where(*where)).all()
        return (max(values) + 1) if values else 0


def _begin_now(session: Session) -> None:
    """Start the SQLite transaction now, with the write lock.

    pysqlite opens a transaction only at the first INSERT/UPDATE/DELETE; a SAVEPOINT issued
    before that would itself become the transaction and its RELEASE would commit. BEGIN
    IMMEDIATE also makes the batch's first reads part of the one transaction.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":  # a server's transaction begins with its first statement
        return
    if not conn.connection.dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _as_fresh(session: Session) -> None:
    """Make the batch's session read as a new session would: every change written (inside the
    transaction), nothing remembered, so no collection loaded by an earlier call is stale."""
    session.flush()
    session.expire_all()
