"""The lead's and the administrator's work on a team server: members and their roles, and
opening a cycle's consensus round. Each is one transaction on the server; what the roles
allow is ``storage.server_security``'s, enforced by PostgreSQL."""

from __future__ import annotations

from excellence_app.core.errors import NotFound
from excellence_app.core.server_address import ServerAddress
from excellence_app.storage import server, server_security
from excellence_app.storage.server_security import ROLES as ROLES

ROLE_NAMES = {"lead": "组长", "assessor": "评审员", "trainee": "学员", "viewer": "只读成员"}


def _run(address: ServerAddress, work):
    """``work(conn)`` in one transaction on a new connection; the server's errors said plainly."""
    import psycopg

    try:
        with server.connect(address) as conn, conn.transaction():
            return work(conn)
    except psycopg.Error as exc:
        raise server.translate(exc, address) or exc from None


def add_user(
    address: ServerAddress, login: str, role: str, name: str = "", password: str | None = None
) -> server_security.Added:
    """Make ``login`` a member with ``role`` (or give a member a new role; their name stays
    unless ``name`` is given); see ``server_security.add_member``."""
    return _run(
        address,
        lambda conn: server_security.add_member(conn, address.database, login, role, name, password),
    )


def remove_user(address: ServerAddress, login: str) -> None:
    _run(address, lambda conn: server_security.remove_member(conn, address.database, login))


def members(address: ServerAddress) -> list[tuple[str, str, str]]:
    return _run(address, server_security.members)


def set_round(address: ServerAddress, cycle_name: str | None, open_: bool) -> str:
    """Open or close the consensus round of the cycle named (the latest without a name); returns its name."""

    def work(conn) -> str:
        if cycle_name:
            row = conn.execute("SELECT id, name FROM cycle WHERE name = %s", (cycle_name,)).fetchone()
        else:
            row = conn.execute(
                "SELECT id, name FROM cycle ORDER BY position DESC, id DESC LIMIT 1"
            ).fetchone()
        if row is None:
            raise NotFound(f"没有名为 {cycle_name} 的评价周期", f"no cycle named {cycle_name}")
        server_security.set_round(conn, row[0], open_)
        return row[1]

    return _run(address, work)


def round_is_open(address: ServerAddress, cycle_name: str) -> bool:
    """Whether the consensus round of the cycle named is open."""

    def work(conn) -> bool:
        row = conn.execute(
            "SELECT 1 FROM excellence_round r JOIN cycle c ON c.id = r.cycle_id WHERE c.name = %s",
            (cycle_name,),
        ).fetchone()
        return row is not None

    return _run(address, work)


def can_keep_passwords() -> bool:
    """Whether the system has a keyring to keep a team server's password in."""
    from excellence_app.storage import passwords

    return passwords.available()


def keep_password(address: ServerAddress) -> bool:
    """Keep the password ``address`` carries in the system's keyring (never in a file)."""
    from excellence_app.storage import passwords

    return address.password is not None and passwords.keep(address, address.password)


def latest_cycle(address: ServerAddress) -> str:
    """The name of the project's latest cycle."""
    return _run(
        address,
        lambda conn: conn.execute(
            "SELECT name FROM cycle ORDER BY position DESC, id DESC LIMIT 1"
        ).fetchone()[0],
    )


def my_role(address: ServerAddress) -> str | None:
    """The role of the address's user in the project (its owner is a lead), or None."""
    return _run(
        address,
        lambda conn: (
            conn.execute("SELECT role FROM excellence_member WHERE login = current_user").fetchone()
            or (None,)
        )[0],
    )
