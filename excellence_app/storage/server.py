"""A project on a PostgreSQL server (issue 18): one database holds one project, with the same
tables and Alembic revisions as a project file, read and written through the same services.

A project file and a server stand in the same place for the services (``Shared.db``): an
``engine`` and its ``sessions`` for writing, ``path`` to name it in messages. What differs is
said here once: the address (``postgresql://user@host:port/db``; the password comes from
libpq's own sources, ``PGPASSWORD`` or ``~/.pgpass``, from the system's keyring
(``storage.passwords``) or from a prompt, and is never written into a file by us), the schema
check in place of a file's header check, the server's errors as one sentence each, and the
listener that hears other members' changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from excellence_app.core.errors import AppError
from excellence_app.core.server_address import PasswordNeeded, PasswordRefused, ServerAddress, ServerError
from excellence_app.storage import passwords

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

CONNECT_TIMEOUT_S = 10  # an unreachable server is said in seconds, not after the system's minutes


def connect(address: ServerAddress, **kwargs: object) -> psycopg.Connection:
    """A new connection, with the password given, or else, where the address says the user kept
    one, the system keyring's (``storage.passwords``); libpq reads ``PGPASSWORD`` and
    ``~/.pgpass`` itself. Failures are said plainly; a kept password the server refuses is
    forgotten."""
    import psycopg

    extra: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S, **kwargs}
    kept = passwords.saved(address) if address.password is None and address.keyring else None
    if address.password is not None or kept is not None:
        extra["password"] = address.password if address.password is not None else kept
    try:
        return psycopg.connect(address.url, **extra)  # type: ignore[arg-type]
    except psycopg.Error as exc:
        said = translate(exc, address)
        if kept is not None and isinstance(said, PasswordRefused):
            passwords.forget(address)
        raise said or exc from None


def translate(exc: BaseException, address: ServerAddress) -> AppError | None:
    """The user's sentence for what libpq or the server said, or None when there is none."""
    import psycopg

    if not isinstance(exc, psycopg.Error):
        return None
    text = str(exc).strip()
    last = text.splitlines()[-1] if text else type(exc).__name__
    state = getattr(exc, "sqlstate", None) or ""
    if "no password supplied" in text:
        return PasswordNeeded(
            f"团队服务器 {address.host} 要求输入用户 {address.user} 的密码（在终端中运行时会提示输入；"
            "也可写入 ~/.pgpass，或设置环境变量 PGPASSWORD）",
            f"the team server {address.host} asks for the password of {address.user} (asked for when "
            "run in a terminal; or put it in ~/.pgpass, or set PGPASSWORD)",
        )
    if state == "28P01" or "password authentication failed" in text:
        return PasswordRefused(
            f"团队服务器 {address.host} 拒绝了用户 {address.user} 的密码",
            f"the team server {address.host} refused the password of {address.user}",
        )
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerError(
            f"团队服务器 {address.host} 上没有数据库 {address.database}",
            f"there is no database {address.database} on the team server {address.host}",
        )
    if "permission denied for database" in text:
        return ServerError(
            f"用户 {address.user} 不是团队服务器上项目 {address.database} 的成员（请组长用 server add-user 添加）",
            f"{address.user} is not a member of the project {address.database} on the team server "
            "(the lead adds members with server add-user)",
        )
    if state == "25006":
        return ServerError(
            f"团队服务器上的项目以只读方式打开，无法修改（{address}）",
            f"the project on the team server is open read-only and cannot be changed ({address})",
        )
    if state == "42501":
        return _refusal(text, address)
    if isinstance(exc, psycopg.OperationalError) and not state:
        return _unreachable(text or last, address)
    if state.startswith("08") or state.startswith("57P"):
        return ServerError(
            f"与团队服务器 {address.host} 的连接中断，这一步未保存，请稍后再试",
            f"the connection to the team server {address.host} broke; this step was not saved, try again",
        )
    return None


# What a refused table stands for, as the user knows it (zh, en).
_TABLE_WORDS: dict[str, tuple[str, str]] = {
    "consensus": ("确定共识（只有组长可以）", "record the consensus (the lead alone may)"),
    "project": ("修改项目设置（只有组长可以）", "change the project's settings (the lead alone may)"),
    "award_profile": ("修改评奖配置（只有组长可以）", "change the award profiles (the lead alone may)"),
    "cycle": ("管理评价周期（只有组长可以）", "manage the cycles (the lead alone may)"),
    "assessor": ("管理评审员名单（只有组长可以）", "manage the assessors (the lead alone may)"),
    "excellence_round": (
        "开启或关闭共识评议（只有组长可以）",
        "open or close the consensus round (the lead alone may)",
    ),
    "excellence_member": (
        "管理团队成员（只有建立项目的数据库所有者可以）",
        "manage the members (the database owner who set the project up alone may)",
    ),
    "assessor_score": ("评分（只读成员只能查看）", "score (a viewer only reads)"),
    "comment": ("写评语（只读成员只能查看）", "write comments (a viewer only reads)"),
}
_OWN_TABLES = ("assessor_score", "comment")


def _refusal(text: str, address: ServerAddress) -> ServerError:
    """What the server refused, named: row-level security or a table the role may not change."""
    found = re.search(r'(?:for table|on table|relation) "?([a-z_]+)"?', text)
    table = found.group(1) if found else ""
    user = address.user
    if "row-level security" in text:
        if table in _OWN_TABLES:
            zh = "成员只能修改本周期中自己名下的评分和评语"
            en = "members change only their own scores and comments in the current cycle"
        else:
            zh, en = "以往周期的内容只有组长可以修改", "only the lead changes earlier cycles"
        return ServerError(
            f"团队服务器不允许用户 {user} 做这项修改：{zh}；未作任何改动",
            f"the team server does not let {user} make this change: {en}; nothing was changed",
        )
    zh, en = _TABLE_WORDS.get(
        table, ("修改这项内容（只读成员只能查看）", "change this (a viewer only reads)")
    )
    if table == "role" or "CREATEROLE" in text or "create role" in text.lower():
        zh = "管理团队成员（只有建立项目的数据库所有者可以）"
        en = "manage the members (the database owner who set the project up alone may)"
    return ServerError(
        f"用户 {user} 在团队服务器上的角色不能{zh}，未作任何改动",
        f"the role of {user} on the team server may not {en}; nothing was changed",
    )


def _unreachable(text: str, address: ServerAddress) -> ServerError:
    """Why no connection was made, in words for the user; libpq's own words in the English half."""
    # libpq: 'connection failed: connection to server at "…", port … failed: FATAL:  role …'
    reason = " ".join(text.splitlines()[0].rsplit("failed:", 1)[-1].split())
    host, user = address.host, address.user
    role = re.search(r'role "([^"]+)" does not exist', text)
    if role:
        zh = f"团队服务器 {host} 上没有登录名 {role.group(1)}（请检查地址中的用户名）"
    elif "Connection refused" in text:
        zh = f"团队服务器 {host} 拒绝连接：服务器没有运行，或端口不对"
    elif "resolve host" in text or "Name or service not known" in text or "could not translate host" in text:
        zh = f"找不到主机 {host.rsplit(':', 1)[0]}（请检查地址中的主机名）"
    elif "timeout" in text.lower():
        zh = f"连接团队服务器 {host} 超时：请检查网络"
    elif "SSL" in text:
        zh = f"与团队服务器 {host} 的加密连接设置不一致（地址中的 sslmode）"
    else:
        zh = f"无法连接团队服务器 {host}（用户 {user}）"
    return ServerError(zh, f"cannot reach the team server {host}: {reason}")


def make_engine(address: ServerAddress, read_only: bool = False) -> Engine:
    """An engine whose connections come from :func:`connect`, its errors said plainly;
    ``read_only``: the server itself refuses every write on them."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import ExceptionContext

    options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(address, **options),
        future=True,
        pool_pre_ping=True,  # a connection the server dropped overnight is replaced, not reported
    )

    def handle(ctx: ExceptionContext) -> BaseException | None:
        return translate(ctx.original_exception, address)

    event.listen(engine, "handle_error", handle)
    return engine


class ServerDatabase:
    """Stands where ``storage.database.Database`` stands for a project on a server: no lock
    (the server keeps writers apart), no backup beside a file."""

    backup = None

    def __init__(self, address: ServerAddress, engine: Engine, read_only: bool) -> None:
        from sqlalchemy import event
        from sqlalchemy.orm import sessionmaker

        self.path = address
        self.engine = engine
        # The server processes serving this project's own connections: what they change, the
        # screen has already followed (Listener leaves their notices out).
        self.own_pids: set[int] = set()
        event.listen(engine, "connect", lambda dbapi, _record: self.own_pids.add(dbapi.info.backend_pid))
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self.read_only = read_only
        self.upgrade_notes: list[tuple[str, str]] = []

    def close(self) -> None:
        self.engine.dispose()


def revision(conn: Connection) -> str | None:
    """The project's schema revision, or None where the database holds no project."""
    from sqlalchemy import inspect as schema_of
    from sqlalchemy import text

    if not schema_of(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _not_a_project(address: ServerAddress) -> ServerError:
    return ServerError(
        f"团队服务器上的数据库 {address.database} 里没有项目；请先运行 excellence-app server init",
        f"the database {address.database} on the team server holds no project; run excellence-app server init first",
    )


def open_server(address: ServerAddress, read_only: bool = False) -> ServerDatabase:
    """Open the project on the server; one of an older revision is upgraded in one transaction
    (PostgreSQL changes tables transactionally), unless opened ``read_only``."""
    from excellence_app.storage import migration

    db = ServerDatabase(address, make_engine(address, read_only), read_only)  # before any connection
    engine = db.engine
    try:
        with engine.connect() as conn:
            found = revision(conn)
        if found is None:
            raise _not_a_project(address)
        if found not in migration.REVISIONS:
            raise ServerError(
                f"团队服务器上的项目由更新版本的程序建立（结构版本 {found}），请升级本程序",
                f"the project on the team server was made by a newer version (schema {found}); "
                "update this program",
            )
        notes: list[tuple[str, str]] = []
        if found != migration.HEAD:
            if read_only:
                raise ServerError(
                    f"团队服务器上的项目需要升级（结构版本 {found}），请以可编辑方式打开一次",
                    f"the project on the team server needs upgrading (schema {found}); open it for editing once",
                )
            notes = migration.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    db.upgrade_notes = notes
    return db


def create(address: ServerAddress, fill: Callable[[Session], None]) -> None:
    """Make the project's tables in an empty database, add its first rows, and its roles and
    policies (``server_security``), in one transaction: a failure leaves the database as empty
    as it was (roles, being the server's, may stay; made again they are reused)."""
    from alembic import command
    from sqlalchemy.orm import Session

    from excellence_app.storage import migration, server_security

    engine = make_engine(address)
    try:
        with engine.begin() as conn:
            if revision(conn) is not None:
                raise ServerError(
                    f"团队服务器上的数据库 {address.database} 已有项目，未作任何改动",
                    f"the database {address.database} on the team server already holds a project; nothing was changed",
                )
            command.upgrade(migration.alembic_config(conn), "head")
            with Session(bind=conn) as session:  # joins the transaction: committed with the tables
                fill(session)
                session.flush()
            server_security.secure(conn.connection.driver_connection, address.database)
    finally:
        engine.dispose()


class Listener:
    """Hears what other members change in the project, from a thread of its own.

    ``heard(tables, users)`` is called (in that thread) with the tables changed and who changed
    them, at most every ``WINDOW_S`` seconds; ``connected(bool)`` when the connection to the
    server is made or lost. A lost connection is tried again every ``RETRY_S`` seconds until
    :meth:`stop`.
    """

    CHANNEL = "excellence_changes"
    WINDOW_S = 0.4
    RETRY_S = 2.0

    def __init__(
        self,
        address: ServerAddress,
        own_pids: set[int],
        heard: Callable[[set[str], set[str]], None],
        connected: Callable[[bool], None],
    ) -> None:
        import threading

        self.address, self.own_pids = address, own_pids
        self.heard, self.connected = heard, connected
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="excellence-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.WINDOW_S + CONNECT_TIMEOUT_S)

    def _run(self) -> None:
        was_up: bool | None = None
        while not self._stop.is_set():
            try:
                with connect(self.address, autocommit=True) as conn:
                    conn.execute(f"LISTEN {self.CHANNEL}")
                    if was_up is not True:
                        was_up = True
                        self.connected(True)
                    self._hear(conn)
            except Exception:  # the server went away, or refused: said once, tried again
                if was_up is not False:
                    was_up = False
                    self.connected(False)
                self._stop.wait(self.RETRY_S)

    def _hear(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            tables: set[str] = set()
            users: set[str] = set()
            for notice in conn.notifies(timeout=self.WINDOW_S):
                if notice.pid in self.own_pids:
                    continue
                table, _, user = notice.payload.partition(" ")
                tables.add(table)
                users.add(user)
            if tables:
                self.heard(tables, users)
