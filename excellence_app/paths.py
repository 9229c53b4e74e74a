"""Where the program finds its bundled files and keeps the user's own.

In a wheel, hatchling's force-include puts ``forms/`` and ``resources/`` under
``excellence_app/_data/``; in a source checkout or an editable install they sit
beside the package. Both are looked up here and nowhere else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    bundled = _PACKAGE / "_data"
    if (bundled / "resources").is_dir():
        return bundled
    return _PACKAGE.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def forms_dir() -> Path:
    return _data_root() / "forms"


def criteria_dir() -> Path:
    return resources_dir() / "criteria"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def user_data_dir() -> Path:
    """The per-user folder for settings, user packs, award profiles and new projects.

    ``EXCELLENCE_APP_HOME`` overrides it (tests and portable installs use that).
    """
    override = os.environ.get("EXCELLENCE_APP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "excellence-app"


def user_criteria_dir() -> Path:
    return user_data_dir() / "criteria"


def user_awards_dir() -> Path:
    return user_data_dir() / "awards"
