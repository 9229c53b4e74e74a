"""Where the program finds its bundled files and keeps the user's own.

In a wheel, hatchling's force-include puts ``forms/`` and ``resources/`` under
``excellence_app/_data/``; in a source checkout or an editable install they sit
beside the package. Both are looked up here and nowhere else.
"""

from __future__ import annotations

import os
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
    """The per-user folder for settings, user packs, award profiles and new projects, where
    each system keeps such things (platformdirs): ``%APPDATA%\\excellence-app`` on Windows,
    ``~/Library/Application Support/excellence-app`` on macOS, ``$XDG_DATA_HOME/excellence-app``
    (``~/.local/share``) elsewhere.

    ``EXCELLENCE_APP_HOME`` overrides it (tests and portable installs use that).
    """
    override = os.environ.get("EXCELLENCE_APP_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("excellence-app", appauthor=False, roaming=True)


def user_criteria_dir() -> Path:
    return user_data_dir() / "criteria"


def user_awards_dir() -> Path:
    return user_data_dir() / "awards"
