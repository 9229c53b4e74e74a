"""Shared test set-up: Qt offscreen, a private user-data folder, ready-made projects."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from builders import new_project

from excellence_app.services.project import ProjectService


@pytest.fixture(autouse=True)
def _user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EXCELLENCE_APP_HOME", str(home))
    return home


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectService]:
    """A new, empty project with one cycle."""
    svc = new_project(tmp_path / "p.exa")
    yield svc
    svc.close()


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run the command line in-process-free: a subprocess, as a user would."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", *args], capture_output=True, text=True, timeout=300
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def cli():
    return run_cli
