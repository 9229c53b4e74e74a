"""The user's own preferences, kept in an INI file in the user data folder (never the registry)."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from excellence_app import paths
from excellence_app.core.server_address import is_server

MAX_RECENT = 8
LANGUAGES = ("zh", "en")


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name configured (containers)
        return "user"


def _place(path: object) -> str:
    """A project's place as the settings keep it: a file's full path, or a team server's
    address as written (without its password, which is never kept)."""
    return str(path) if is_server(path) else str(Path(str(path)).resolve())


def _path_key(path: object) -> str:
    # Paths contain slashes, which QSettings reads as groups; a digest keeps keys flat.
    return hashlib.sha1(_place(path).encode()).hexdigest()[:16]


class AppSettings:
    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.user_data_dir() / "settings.ini"
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(self.file), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._s.sync()

    # --- language and author ---------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "zh"))
        return value if value in LANGUAGES else "zh"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "zh")

    @property
    def user_name(self) -> str:
        return str(self._s.value("user/name", "") or "").strip() or _default_user()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._s.setValue("user/name", value.strip())

    @property
    def export_folder(self) -> Path | None:
        """Where the last export went: the next export dialog starts there."""
        value = str(self._s.value("files/export_folder", "") or "")
        return Path(value) if value and Path(value).is_dir() else None

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self._s.setValue("files/export_folder", str(folder))

    # --- recent files ----------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []][:MAX_RECENT]

    def add_recent(self, path: object) -> None:
        """A project file, or a team server's address, at the top of 最近打开."""
        text = _place(path)
        files = [text] + [f for f in self.recent_files() if f != text]
        self._s.setValue("files/recent", files[:MAX_RECENT])

    def kept_password(self, address: object) -> bool:
        """Whether the user kept this team server's password in the system's keyring (the
        password itself is only there)."""
        return _place(address) in self._kept()

    def set_kept_password(self, address: object, kept: bool) -> None:
        places = [p for p in self._kept() if p != _place(address)] + ([_place(address)] if kept else [])
        self._s.setValue("servers/kept_passwords", places)

    def _kept(self) -> list[str]:
        value = self._s.value("servers/kept_passwords", [])
        return [value] if isinstance(value, str) and value else [str(v) for v in value or []]

    def remove_recent(self, path: object) -> None:
        text = _place(path)
        self._s.setValue("files/recent", [f for f in self.recent_files() if f != text])

    # --- first start -----------------------------------------------------------------------
    @property
    def sample_offered(self) -> bool:
        return str(self._s.value("start/sample_offered", "false")).lower() == "true"

    def mark_sample_offered(self) -> None:
        self._s.setValue("start/sample_offered", "true")

    # --- per project -----------------------------------------------------------------------
    def last_item(self, project: object) -> str | None:
        value = self._s.value(f"projects/{_path_key(project)}_item", "")
        return str(value) or None

    def set_last_item(self, project: object, item_id: str) -> None:
        self._s.setValue(f"projects/{_path_key(project)}_item", item_id)

    def last_assessor(self, project: object) -> str | None:
        value = self._s.value(f"projects/{_path_key(project)}_assessor", "")
        return str(value) or None

    def set_last_assessor(self, project: object, name: str) -> None:
        self._s.setValue(f"projects/{_path_key(project)}_assessor", name)

    # --- window ----------------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._s.value("window/geometry")
        state = self._s.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
