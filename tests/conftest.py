"""Shared test set-up: Qt offscreen, a private user-data folder, and the fixtures many test
files use (the projects themselves are built in builders.py).

- ``project``: a new, empty project, open for editing; a file that sets ``BOTH_ENGINES``
  gets it on a project file and on a team server (``server_db``).
- ``server_url``: a new, empty database on the tests' PostgreSQL server.
- ``filled_seed`` / ``filled_with_book``: a project filled as a team fills it and 李娜's
  workbook, made once per test module; each test gets its own copies, the project open.
- ``sample``: the sample organisation, open, once per module (with its latest cycle).
- ``answered_file``: the GUI's project file (answers, scores, comments, evidence).
- ``window``: the main window with ``answered_file`` open; closed as the user closes it.
  A test file that wants a page shown overrides it: ``def window(window): window.show_page(...)``.
- ``cli``: the command line, run in a subprocess as a user runs it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from builders import answered_project, fill_team_assessment, new_project

from excellence_app.services import exports
from excellence_app.services.project import ProjectService


@pytest.fixture(autouse=True)
def _user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EXCELLENCE_APP_HOME", str(home))
    return home


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test file that sets BOTH_ENGINES = True runs its ``project`` tests on a project file
    # and on a team server's project (tests/server_db.py).
    if "project" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_ENGINES", False):
        metafunc.parametrize("project", ["file", "server"], indirect=True)


@pytest.fixture
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ProjectService]:
    """A new, empty project with one cycle (on a server when the test is parametrized so)."""
    if getattr(request, "param", "file") == "server":
        import server_db

        url = server_db.project_database()
        svc = ProjectService.open(url, actor="tester")
        yield svc
        svc.close()
        server_db.drop(url)
        return
    svc = new_project(tmp_path / "p.exa")
    yield svc
    svc.close()


@pytest.fixture
def server_url() -> Iterator[str]:
    """A new, empty database on the tests' PostgreSQL server (skipped without one)."""
    import server_db

    url = server_db.empty_database()
    yield url
    server_db.drop(url)


@pytest.fixture(scope="module")
def filled_seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A filled project and 李娜's workbook, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("seed")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EXCELLENCE_APP_HOME", str(tmp_path_factory.mktemp("home")))
        with new_project(folder / "p.exa") as svc:
            cycle = fill_team_assessment(svc)
            exports.export_assessor_workbook(svc, cycle, folder / "book.xlsx", "李娜")
    return folder, cycle


@pytest.fixture
def filled_with_book(
    filled_seed: tuple[Path, int], tmp_path: Path
) -> Iterator[tuple[ProjectService, int, Path]]:
    """Copies of ``filled_seed``'s project (open, as ``tester``) and workbook: (svc, cycle, book)."""
    folder, cycle = filled_seed
    for name in ("p.exa", "book.xlsx"):
        shutil.copy(folder / name, tmp_path / name)
    svc = ProjectService.open(tmp_path / "p.exa", actor="tester")
    yield svc, cycle, tmp_path / "book.xlsx"
    svc.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProjectService, int]]:
    """The sample organisation, written once per test module and open: (svc, latest cycle)."""
    from excellence_app.services.interchange import write_sample

    svc = write_sample(tmp_path_factory.mktemp("sample") / "s.exa")
    try:
        yield svc, svc.cycles.all()[-1].id
    finally:
        svc.close()


@pytest.fixture
def answered_file(tmp_path: Path) -> Path:
    """The GUI's project (builders.answered_project) as ``p.exa`` in the test's folder."""
    return answered_project(tmp_path / "p.exa")


@pytest.fixture
def window(qtbot, answered_file: Path):
    """The main window with ``answered_file`` open."""
    from gui import close_window, make_window, open_project

    win = make_window(qtbot)
    open_project(qtbot, win, answered_file)
    yield win
    close_window(win)


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
