"""Start-up order: the first frame before anything a project needs, the CLI parser left out
when the GUI starts, and what the first edit needs imported in the background once the
project is on screen. Each check runs in a fresh process, where sys.modules tells the truth."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from builders import answered_project

# What only an open project needs: the session, the framework and its parsers, the services.
PROJECT_MODULES = (
    "excellence_app.ui.shell.session",
    "excellence_app.core.framework",
    "pydantic",
    "yaml",
    "sqlalchemy",
    "excellence_app.services",
    "excellence_app.cli",
)

_FIRST_FRAME = """
import sys
from PySide6.QtCore import QTimer
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.main_window import MainWindow

app = create_application()
window = MainWindow(AppSettings())
window.show()
def painted():
    print("LOADED", *[m for m in sys.argv[1:] if m in sys.modules], flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""

# The window's tools (search dock; export, print, help, project-file and Word menus) come once
# it is painted: their modules are not imported before, and the menus hold their entries after.
TOOL_MODULES = (
    "excellence_app.ui.search.dock",
    "excellence_app.ui.exports.menu",
    "excellence_app.ui.print_preview.menu",
    "excellence_app.ui.project_files.menu",
    "excellence_app.ui.help.centre",
    "excellence_app.ui.word_import.flow",
)

_TOOLS_LATER = """
import sys
from PySide6.QtCore import QTimer
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.main_window import MainWindow

app = create_application()
window = MainWindow(AppSettings(), tools_later=True)
window.show()
print("FRAME", *[m for m in sys.argv[1:] if m in sys.modules], flush=True)
def installed():
    if window.search is None:
        QTimer.singleShot(5, installed)
        return
    entries = [a.text() for a in window.ui.menuFile.actions()]
    print("TOOLS", len(entries) > 10, window.help_centre is not None, flush=True)
    app.quit()
QTimer.singleShot(0, installed)
app.exec()
"""

_GUI_WITHOUT_CLI = """
import sys
from excellence_app.ui.shell import application
application.run_gui = lambda path: print("GUI", path, "excellence_app.cli" in sys.modules) or 0
from excellence_app.__main__ import main
sys.exit(main(sys.argv[1:]))
"""

_WARM_UP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.main_window import MainWindow

app = create_application()
window = MainWindow(AppSettings())
window.show()
def opened():
    def check():
        if all(m in sys.modules for m in ("excellence_app.services.content", "excellence_app.services.scoring")):
            print("WARMED", flush=True)
            app.quit()
        else:
            QTimer.singleShot(20, check)
    check()
window.projectOpened.connect(opened)
window.open_project(Path(sys.argv[1]))
app.exec()
"""


def _run(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCELLENCE_APP_HOME=str(tmp_path / "home"))
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_first_frame_needs_nothing_of_a_project(tmp_path: Path) -> None:
    proc = _run(tmp_path, _FIRST_FRAME, *PROJECT_MODULES)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["LOADED"], proc.stdout


def test_the_windows_tools_come_once_it_is_painted(tmp_path: Path) -> None:
    proc = _run(tmp_path, _TOOLS_LATER, *TOOL_MODULES)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["FRAME", "TOOLS", "True", "True"], proc.stdout


def test_the_gui_starts_without_the_command_line_parser(tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    for args, shown in (([], "None"), ([str(project)], str(project))):
        proc = _run(tmp_path, _GUI_WITHOUT_CLI, *args)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == ["GUI", shown, "False"], proc.stdout
    # A word that could be a subcommand still goes through the command line, file or not.
    (tmp_path / "summary").write_text("", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", "summary"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCELLENCE_APP_HOME=str(tmp_path / "home")),
        timeout=120,
    )
    assert proc.returncode == 2 and "GUI" not in proc.stdout, proc.stdout + proc.stderr


def test_what_an_edit_needs_is_imported_once_the_project_shows(tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    proc = _run(tmp_path, _WARM_UP, str(project))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["WARMED"], proc.stdout
