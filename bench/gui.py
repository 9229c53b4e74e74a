"""GUI performance figures: start-up against a bare PySide6 window, item switch,
saving one edit, and peak memory with a project open.

Start-up is measured in fresh processes (the app through its real entry point,
``python -m excellence_app FILE``), several times each, alternating, and the
median is kept. The other figures come from one child process that drives the
main window directly.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROBE_ENV = "EXCELLENCE_APP_STARTUP_PROBE"
RUNS = 5

_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
def shown():
    print("excellence-app-shown", time.monotonic(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

_MEASURE = """
import sys
sys.path.insert(0, sys.argv[2])
from bench.gui import measure_in_process
measure_in_process(sys.argv[1])
"""
ROOT = Path(__file__).resolve().parent.parent  # the checkout, where the bench package lives


def _env(home: Path, pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["EXCELLENCE_APP_HOME"] = str(home)
    # An installed program has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _marks(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the process start to each mark it prints ("excellence-app-<name> <time>")."""
    start = time.monotonic()
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    marks = {
        line.split()[0].removeprefix("excellence-app-"): float(line.split()[1]) - start
        for line in proc.stdout.splitlines()
        if line.startswith("excellence-app-")
    }
    if "shown" not in marks:
        raise RuntimeError(f"no start-up mark from {args[:3]}: {proc.stderr[-500:]}")
    return marks


def bench_gui(sample_path: Path | str, runs: int = RUNS) -> dict[str, Any]:
    """All figures in one dict (seconds, milliseconds and megabytes as the keys say)."""
    with tempfile.TemporaryDirectory(prefix="excellence-bench-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        project = Path(tmp) / "bench.exa"
        shutil.copyfile(sample_path, project)
        env = _env(home, Path(tmp) / "pycache")
        app_env = dict(env, **{PROBE_ENV: "1"})
        _marks([sys.executable, "-c", _BARE], env)  # warm-up runs write the bytecode
        _marks([sys.executable, "-m", "excellence_app", str(project)], app_env)
        bare, app, window = [], [], []
        for _ in range(runs):
            bare.append(_marks([sys.executable, "-c", _BARE], env)["shown"])
            marks = _marks([sys.executable, "-m", "excellence_app", str(project)], app_env)
            app.append(marks["shown"])
            window.append(marks["window"])
        proc = subprocess.run(
            [sys.executable, "-c", _MEASURE, str(project), str(ROOT)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"GUI measurement failed: {proc.stderr[-800:]}")
        detail = json.loads(proc.stdout.strip().splitlines()[-1])
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    return {
        "startup_bare_window_s": round(bare_s, 3),
        "startup_app_window_visible_s": round(statistics.median(window), 3),
        "startup_app_with_project_s": round(app_s, 3),
        "startup_ratio": round(app_s / bare_s, 2),
        **detail,
    }


def measure_in_process(project: str) -> None:
    """Run in a child process: drive the main window and print the figures as JSON."""
    import resource

    from PySide6.QtWidgets import QApplication

    from excellence_app.ui.shell import fonts
    from excellence_app.ui.shell.app_settings import AppSettings
    from excellence_app.ui.shell.application import create_application
    from excellence_app.ui.shell.main_window import MainWindow
    from excellence_app.ui.shell.session import load_project

    app = create_application()
    fonts.register_all(app)
    window = MainWindow(AppSettings())
    window.resize(1366, 768)
    window.show()
    started = time.perf_counter()
    window.project.adopt_opened(load_project(Path(project), "bench"))
    QApplication.processEvents()
    open_ms = (time.perf_counter() - started) * 1000
    session = window.session
    assert session is not None
    items = [i.id for i in session.framework.items()]
    window.show_item(items[-1])  # the item page exists before the timed switches
    QApplication.processEvents()
    switches = []
    for item_id in items:
        started = time.perf_counter()
        window.show_item(item_id)
        QApplication.processEvents()
        switches.append((time.perf_counter() - started) * 1000)
    window.show_item("4.1.2")
    QApplication.processEvents()
    card = window.pages["item"].card_for("4.1.2.1")  # type: ignore[attr-defined]
    saves, refreshes, rereads = [], [], []
    for n in range(15):
        card.ui.editor.moveCursor(card.ui.editor.textCursor().MoveOperation.End)
        card.ui.editor.insertPlainText(f"测{n}")
        started = time.perf_counter()
        card.flush()
        saves.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        session.refresh_now()
        QApplication.processEvents()
        refreshes.append((time.perf_counter() - started) * 1000)
        # What the same pause cost before edits said what they changed: the whole cycle
        # read again and summarised.
        started = time.perf_counter()
        session.service.summary_of(session.service.snapshot(session.cycle_id))
        rereads.append((time.perf_counter() - started) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024
    window.close()
    print(
        json.dumps(
            {
                "open_project_ms": round(open_ms, 1),
                "item_switch_median_ms": round(statistics.median(switches), 1),
                "item_switch_worst_ms": round(max(switches), 1),
                "item_switch_worst_item": items[switches.index(max(switches))],
                "save_edit_median_ms": round(statistics.median(saves), 1),
                "refresh_after_edit_median_ms": round(statistics.median(refreshes), 1),
                "full_reread_median_ms": round(statistics.median(rereads), 1),
                "peak_rss_mb": round(rss_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    print(json.dumps(bench_gui(Path(sys.argv[1])), indent=2))
