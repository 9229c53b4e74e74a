"""The user's own folder (settings, packs, new projects): where the system keeps such things,
unless EXCELLENCE_APP_HOME says otherwise (issue 19, 2)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from excellence_app import paths


def test_the_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXCELLENCE_APP_HOME", str(tmp_path / "便携"))
    assert paths.user_data_dir() == tmp_path / "便携"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG rule is for other systems")
def test_elsewhere_it_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXCELLENCE_APP_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "数据"))
    assert paths.user_data_dir() == tmp_path / "数据" / "excellence-app"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert paths.user_data_dir() == Path.home() / ".local" / "share" / "excellence-app"
