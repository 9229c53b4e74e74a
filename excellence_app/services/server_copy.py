"""A project moved between a file and a team server, whole (``server push`` / ``server pull``).

Every row goes across with its id, table by table in the order of their references, in one
transaction on the receiving side: a copy is all of the project or nothing. Both sides are at
the same schema revision (a file of an older revision is read from an upgraded copy), so a
row fits its table unchanged; what the engines store differently (datetimes, JSON, blobs) is
converted by SQLAlchemy's column types on the way.

Nothing is merged: a push needs an empty database, a pull a file name not yet taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from excellence_app.core.server_address import ServerAddress, ServerError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

BATCH_ROWS = 500  # rows per INSERT: evidence blobs of several MB each stay few in memory


def _tables() -> list[Table]:
    from excellence_app.storage.models import Base

    return list(Base.metadata.sorted_tables)  # parents before the rows that refer to them


def _rows(source: Connection, table: Table) -> Iterator[list[dict]]:
    from sqlalchemy import select

    order = list(table.primary_key.columns)
    result = source.execution_options(stream_results=True).execute(select(table).order_by(*order))
    while chunk := result.mappings().fetchmany(BATCH_ROWS):
        yield [dict(row) for row in chunk]


def _copy(source: Connection, target: Connection) -> int:
    """Every row of every table from ``source`` to ``target``; returns how many."""
    copied = 0
    for table in _tables():
        for chunk in _rows(source, table):
            target.execute(table.insert(), chunk)
            copied += len(chunk)
    return copied


def _reset_sequences(target: Connection) -> None:
    """Rows came with their ids; the server's counters must go on after the highest of them."""
    from sqlalchemy import text

    for table in _tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        name, column = table.name, key[0].name
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), "
                f'COALESCE(MAX("{column}"), 0) + 1, false) FROM "{name}"'
            )
        )


def push(file: Path, address: ServerAddress) -> int:
    """Upload the project file ``file`` into the empty database at ``address``; returns the
    number of rows. The file is only read."""
    from alembic import command

    from excellence_app.storage import database, migration, server, server_security

    source_db = database.open_database(Path(file), read_only=True)
    engine = server.make_engine(address)
    try:
        with engine.begin() as target:
            if server.revision(target) is not None:
                raise ServerError(
                    f"团队服务器上的数据库 {address.database} 已有项目；上传需要一个空数据库，未作任何改动",
                    f"the database {address.database} on the team server already holds a project; "
                    "uploading needs an empty database; nothing was changed",
                )
            command.upgrade(migration.alembic_config(target), "head")
            with source_db.engine.connect() as source:
                copied = _copy(source, target)
            _reset_sequences(target)
            server_security.secure(target.connection.driver_connection, address.database)
        return copied
    finally:
        engine.dispose()
        source_db.close()


def pull(address: ServerAddress, file: Path) -> int:
    """Write the server's project at ``address`` as the new project file ``file``; returns the
    number of rows. The server is only read, in one snapshot."""
    from excellence_app.storage import database, server

    copied = 0
    source_db = server.open_server(address, read_only=True)
    try:
        # One moment of the project, however many tables are read.
        moment = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        with source_db.engine.connect().execution_options(**moment) as source:

            def fill(session) -> None:
                nonlocal copied
                copied = _copy(source, session.connection())

            database.create(Path(file), fill)
        return copied
    finally:
        source_db.close()
