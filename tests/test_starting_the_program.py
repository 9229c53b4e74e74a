"""Starting the program: `excellence-app FILE`, the screenshot command, and a kill
in the middle of work losing nothing that was shown as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from builders import answered_project
from PySide6.QtGui import QImage

from excellence_app.services.project import ProjectService
from excellence_app.ui.shell.pages import PAGES


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCELLENCE_APP_HOME=str(home))
    env.update(extra)
    return env


def test_excellence_app_file_opens_that_file(tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    home = tmp_path / "home"
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", str(project)],
        capture_output=True,
        text=True,
        env=_env(home, EXCELLENCE_APP_STARTUP_PROBE="1"),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "excellence-app-shown" in proc.stdout
    assert str(project.resolve()) in (home / "settings.ini").read_text(encoding="utf-8")


def test_screenshots_of_every_registered_page(tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    out = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, "-m", "excellence_app", "screenshot", str(project), str(out)],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home"),
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert "propagateSizeHints" not in proc.stderr  # the offscreen plugin's note about itself
    assert proc.stdout.count("\n") == len(list(out.glob("*.png")))  # one path per picture, nothing else
    expected = {shot.file for spec in PAGES for shot in spec.shots}
    assert {"welcome.png", "item.png", "results-item.png", "dashboard.png", "settings.png"} <= expected
    assert {p.name for p in out.glob("*.png")} == expected
    for name in expected:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1366, 768), name
    # the user's own settings and data folder are untouched by a screenshot run
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*"))


def test_screenshot_of_one_page_in_english_and_a_bad_page(tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    out = tmp_path / "en"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "excellence_app",
            "screenshot",
            str(project),
            str(out),
            "--lang",
            "en",
            "--page",
            "results-item",
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home"),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in out.glob("*.png")] == ["results-item.png"]
    bad = subprocess.run(
        [sys.executable, "-m", "excellence_app", "screenshot", str(project), str(out), "--page", "nowhere"],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home"),
        timeout=120,
    )
    assert bad.returncode == 2 and "nowhere" in bad.stderr


_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.shell.main_window import MainWindow
from excellence_app.ui.shell.app_settings import AppSettings

app = create_application()
window = MainWindow(AppSettings())
window.show()

def opened():
    window.show_item("4.3.2")
    card = window.current_page().card_for("4.3.2b")
    card.ui.editor.setFocus()
    card.ui.editor.insertPlainText("顾客细分按行业和规模两个维度进行")
    def check():
        text, state = window.status.save_state_text()
        if state == "saved" and not window.session.pending:
            print("SAVED", text, flush=True)  # what the user sees: 已保存 hh:mm:ss
        else:
            QTimer.singleShot(50, check)
    check()

window.projectOpened.connect(opened)
window.open_project(Path(sys.argv[1]))
app.exec()
"""


def test_killed_after_saved_loses_nothing(tmp_path: Path) -> None:
    project = answered_project(tmp_path / "p.exa")
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path / "home"),
    )
    try:
        line = child.stdout.readline()  # blocks until the window shows 已保存
        assert line.startswith("SAVED 已保存"), line or child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with ProjectService.open(project) as svc:  # the lock died with the process
        text = svc.snapshot(svc.cycles.all()[0].id).responses["4.3.2b"].text
    assert text.strip() == "顾客细分按行业和规模两个维度进行"
