"""Plain rows: a project file read with the standard library's sqlite3, never the ORM.

Reading (the dashboard, snapshots, summary, exports, ``check``) is most of what the program
does, and importing SQLAlchemy's ORM costs more than the reading itself. The rows here are
named tuples whose fields are the models' columns (from ``storage.schema``, generated from the
models), holding the same Python values the ORM would give: datetimes, dates and JSON parsed.
One reader (``services.reader``) turns them into snapshots, for a read-only file as for a file
open for editing (there on the ORM session's own connection, so a batch's writes are seen).
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from excellence_app.storage import failures
from excellence_app.storage.inspection import ProjectFileError, inspect
from excellence_app.storage.schema import TABLES
from excellence_app.storage.sqlite_files import read_only_uri


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        # Another tool's "[[[[…" deeper than the stack: a bad value like any text that is not JSON,
        # so the handlers of a ValueError name it (storage.damage finds it the same way).
        raise ValueError("JSON nested too deeply") from None


_PARSE: dict[str, Callable[[Any], Any]] = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "json": _json,
}


@functools.cache
def _shape(table: str) -> tuple[type, tuple[str, ...], tuple[tuple[int, Callable[[Any], Any]], ...]]:
    """The row type of ``table``, its column names, and which columns need parsing."""
    columns = TABLES[table]
    names = tuple(c[0] for c in columns)
    parse = tuple((i, _PARSE[kind]) for i, (_, kind, _) in enumerate(columns) if kind in _PARSE)
    return namedtuple(f"{table}_row", names), names, parse


def fetch(
    conn: sqlite3.Connection,
    table: str,
    *,
    order: Sequence[str] = ("id",),
    limit: int | None = None,
    **where: object,
) -> list[Any]:
    """Rows of ``table`` whose columns equal ``where`` (a list, tuple or set: one of), in ``order``
    (a name starting with ``-``: descending), at most ``limit`` of them.

    Every column named, selected or compared is checked against the schema, so a misspelt
    name fails here at once rather than reading nothing.
    """
    row_type, names, parse = _shape(table)
    if not isinstance(conn, sqlite3.Connection):
        # A server's connection (psycopg) gives datetimes, dates and JSON already parsed.
        parse = ()
    mark = "?" if isinstance(conn, sqlite3.Connection) else "%s"
    unknown = [c for c in (*where, *(o.lstrip("-") for o in order)) if c not in names]
    if unknown:
        raise KeyError(f"{table} has no column {unknown[0]}")
    params: list[object] = []
    tests: list[str] = []
    for column, value in where.items():
        if isinstance(value, list | tuple | set | frozenset):
            values = list(value)
            # "IN ()" matches nothing in SQLite and is an error in PostgreSQL: say it plainly.
            tests.append(f'"{column}" IN ({", ".join([mark] * len(values))})' if values else "1 = 0")
            params.extend(values)
        else:
            tests.append(f'"{column}" = {mark}')
            params.append(value)
    selected = ", ".join(f'"{n}"' for n in names)
    sql = f'SELECT {selected} FROM "{table}"'
    if tests:
        sql += " WHERE " + " AND ".join(tests)
    if order:
        sql += " ORDER BY " + ", ".join(f'"{c[1:]}" DESC' if c[0] == "-" else f'"{c}"' for c in order)
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    out = []
    for raw in conn.execute(sql, params):
        if parse:
            values = list(raw)
            for i, convert in parse:
                if values[i] is not None:
                    values[i] = convert(values[i])
            raw = values
        out.append(row_type._make(raw))
    return out


def one(conn: sqlite3.Connection, table: str, **where: object) -> Any | None:
    """The row of ``table`` matching ``where`` (a key), or None."""
    found = fetch(conn, table, order=(), **where)
    return found[0] if found else None


def count(conn: sqlite3.Connection, table: str) -> int:
    if table not in TABLES:
        raise KeyError(f"no table {table}")
    return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def begin_read(conn: Any) -> bool:
    """Make the reads that follow on ``conn`` see one moment of the project; False when
    ``conn`` is already in a transaction (whose moment they then share)."""
    if isinstance(conn, sqlite3.Connection):
        if conn.in_transaction:
            return False
        conn.execute("BEGIN")
        return True
    from psycopg.pq import TransactionStatus

    if conn.info.transaction_status != TransactionStatus.IDLE:
        return False
    # psycopg begins the transaction with this first statement; one snapshot for all reads.
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    return True


class PlainFile:
    """A project file at the current revision, open for reading on one sqlite3 connection.

    Stands where ``storage.database.Database`` stands for a service opened read-only: no lock,
    nothing created beside the file, and no SQLAlchemy. Anything asking it for a transaction
    is told the file is open read-only, as a write on a read-only engine would be.
    """

    read_only = True
    backup: Path | None = None

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.upgrade_notes: list[tuple[str, str]] = []

    def sessions(self) -> Any:
        raise failures.read_only(self.path)

    def close(self) -> None:
        self.connection.close()


def open_plain(path: Path) -> PlainFile | None:
    """``path`` opened for reading without the ORM, or None when it needs today's path.

    A file of an older revision is upgraded in a temporary copy, which takes Alembic and the
    ORM (``storage.database``); every refusal (not a project, newer, damaged structure) is
    raised here as it is there, by the same ``inspect``.
    """
    if not os.path.lexists(path):
        raise ProjectFileError(f"找不到文件：{path}", f"no such file: {path}")
    if inspect(path).needs_migration:
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")  # as the engines' connections wait for a writer
    except sqlite3.Error as exc:
        raise failures.translate(exc, path) or exc from None
    return PlainFile(path, conn)
