"""Icons and the style sheet shipped in ``resources/``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from excellence_app import paths


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons; cached because every page asks for the same few."""
    return QIcon(str(paths.resources_dir() / "icons" / f"{name}.svg"))


def stylesheet() -> str:
    """The style sheet, with @ICONS@ standing for the icon folder (QSS needs absolute paths)."""
    text = (paths.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    return text.replace("@ICONS@", (paths.resources_dir() / "icons").as_posix())
