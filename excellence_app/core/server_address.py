"""Where a team's project lives: ``postgresql://user@host:port/database``, as a value.

Kept apart from ``storage.server`` (which connects) so that the window and the command line
can tell a server's address from a file's name, show it and remember it without importing
the database drivers. ``str()`` never shows a password.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from excellence_app.core.errors import AppError

SCHEMES = ("postgresql", "postgres")


class ServerError(AppError):
    """The server could not be reached, refused us, or does not hold a project."""


class PasswordNeeded(ServerError):
    """The server asks for a password and none was found (``PGPASSWORD``, ``~/.pgpass``)."""


class PasswordRefused(PasswordNeeded):
    """The server refused the password given: asked for again, as a missing one is."""


def is_server(target: object) -> bool:
    """Whether a FILE argument names a server (``postgresql://…``) rather than a file."""
    return isinstance(target, str | ServerAddress) and str(target).split("://", 1)[0].lower() in SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """Where a team's project lives. ``str()`` never shows a password, so it may name the
    project in every message, title and list of recent projects."""

    url: str
    password: str | None = field(default=None, repr=False, compare=False)
    # Look for a password kept in the system's keyring: only where the user kept one, since
    # asking a locked keyring may itself prompt (storage.passwords).
    keyring: bool = field(default=False, compare=False)

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        parts = urlsplit(text.strip())
        if parts.scheme.lower() not in SCHEMES or not parts.hostname or not parts.path.strip("/"):
            raise ServerError(
                f"团队服务器地址应形如 postgresql://用户名@主机:端口/数据库：{_masked(text)}",
                f"a team server address looks like postgresql://user@host:port/database: {_masked(text)}",
            )
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            raise ServerError(
                f"团队服务器地址的端口无效：{_masked(text)}",
                f"bad port in the server address: {_masked(text)}",
            ) from None
        password = unquote(parts.password) if parts.password is not None else None
        return cls(_masked(text, drop=True), password)

    def with_password(self, password: str) -> ServerAddress:
        return ServerAddress(self.url, password)

    def from_keyring(self) -> ServerAddress:
        """The same address, its password looked for in the system's keyring."""
        return ServerAddress(self.url, self.password, keyring=True)

    @property
    def user(self) -> str:
        """The database user: the address's, or libpq's default, the system's login name."""
        named = urlsplit(self.url).username
        if named:
            return unquote(named)
        import getpass

        try:
            return getpass.getuser()
        except Exception:  # no login name configured (containers)
            return ""

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.strip("/"))

    @property
    def name(self) -> str:
        """What a file's name is to a file: the database's name."""
        return self.database

    @property
    def host(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.hostname}:{parts.port or 5432}"

    def __str__(self) -> str:
        return self.url


def _masked(text: str, drop: bool = False) -> str:
    """``text`` without its password (``drop``), or with it shown as ***."""
    parts = urlsplit(text.strip())
    if parts.password is None:
        return text.strip()
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    netloc = f"{user}@{host}" if drop else f"{user}:***@{host}"
    return parts._replace(netloc=netloc).geturl()
