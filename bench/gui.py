"""GUI figures: start-up against a bare PySide6 window, one edit saved and the screen
refreshed, item switches, and the window's peak memory.

Start-up is measured in fresh processes (the app through its real entry point,
``python -m excellence_app FILE``, with the ``STARTUP_PROBE`` of ``ui.shell.application``),
alternating with a bare window, several times each; the median is kept. "Whole process" is
from starting the process until it has exited after showing the dashboard (so the imports,
the project's opening and the interpreter's exit all count); "first frame" is from the start
to the first turn of the event loop after the window is shown.

The other figures come from one child process that drives the main window directly and
reports its own peak memory (``VmHWM``).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.procs import report, run_child

PROBE_ENV = "EXCELLENCE_APP_STARTUP_PROBE"  # ui.shell.application.STARTUP_PROBE

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

_MEASURE = "from bench.gui import measure_in_process\nmeasure_in_process(sys.argv[1], int(sys.argv[2]))\n"


def _marks(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the process start to each mark it prints ("excellence-app-<name> <time>"),
    and to its exit ("exit")."""
    import subprocess

    start = time.monotonic()
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    ended = time.monotonic()
    marks = {
        line.split()[0].removeprefix("excellence-app-"): float(line.split()[1]) - start
        for line in proc.stdout.splitlines()
        if line.startswith("excellence-app-")
    }
    if "shown" not in marks:
        raise RuntimeError(f"no start-up mark from {args[:3]}: {proc.stderr[-500:]}")
    return {**marks, "exit": ended - start}


def startup(project: Path, env: dict[str, str], runs: int, warm_up: bool = True) -> dict[str, float]:
    """Medians in seconds: ``bare_*`` for the bare window, ``app_*`` for the program with the
    project (``first_frame``, ``dashboard`` shown, ``exit``)."""
    bare_args = [sys.executable, "-c", _BARE]
    app_args = [sys.executable, "-m", "excellence_app", str(project)]
    app_env = dict(env, **{PROBE_ENV: "1"})
    if warm_up:  # the first runs write the bytecode
        _marks(bare_args, env)
        _marks(app_args, app_env)
    bare: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    for _ in range(max(1, runs)):
        bare.append(_marks(bare_args, env))
        app.append(_marks(app_args, app_env))

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    return {
        "bare_first_frame": med(bare, "shown"),
        "bare_exit": med(bare, "exit"),
        "app_first_frame": med(app, "window"),
        "app_dashboard": med(app, "shown"),
        "app_exit": med(app, "exit"),
    }


def measure_gui(project: Path, env: dict[str, str], edits: int = 15) -> dict[str, Any]:
    """The figures of :func:`measure_in_process`, from a child process, with its ``vmhwm_mb``."""
    return run_child(_MEASURE, [str(project), str(edits)], env)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure_in_process(project: str, edits: int = 15) -> None:
    """Run in a child process: drive the main window, then :func:`bench.procs.report`."""
    from PySide6.QtWidgets import QApplication, QTextEdit

    from excellence_app.ui.shell import fonts, warm_up
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
    open_ms = _ms(started)
    session = window.session
    assert session is not None
    items = [i.id for i in session.framework.items()]
    window.show_item(items[-1])  # the item page exists before the timed switches
    QApplication.processEvents()
    # The editing modules are imported in a background thread once the dashboard is painted
    # (ui.shell.warm_up); a user takes longer than that to reach an item, so the switches are
    # timed after it, and the thread's time is a figure of its own.
    started = time.perf_counter()
    warm_up.wait()
    warm_up_ms = _ms(started)
    # Three rounds through every item; each item's figure is its median, so one collection
    # or one busy moment of the machine does not make an item "the worst".
    rounds: dict[str, list[float]] = {item_id: [] for item_id in items}
    for _ in range(3):
        for item_id in items:
            started = time.perf_counter()
            window.show_item(item_id)
            QApplication.processEvents()
            rounds[item_id].append(_ms(started))
    switches = [statistics.median(rounds[item_id]) for item_id in items]
    first_visits = [rounds[item_id][0] for item_id in items]
    worst = items[switches.index(max(switches))]

    # The yardstick of a switch: Qt alone setting the worst item's texts as Markdown into as
    # many plain QTextEdits, shown.
    snap = session.snapshot
    texts = [
        snap.responses[c.id].text if c.id in snap.responses else ""
        for c in session.framework.item(worst).clauses
    ]
    editors = [QTextEdit() for _ in texts]
    for editor in editors:
        editor.show()
    raw_switches = []
    for _ in range(3):
        started = time.perf_counter()
        for editor, text in zip(editors, texts, strict=True):
            editor.setMarkdown(text)
        QApplication.processEvents()
        raw_switches.append(_ms(started))
    for editor in editors:
        editor.close()

    window.show_item("4.1.2")
    QApplication.processEvents()
    first = session.framework.item("4.1.2").clauses[0].id
    card = window.pages["item"].card_for(first)  # type: ignore[attr-defined]
    saves, refreshes, rereads = [], [], []
    for n in range(edits):
        card.ui.editor.moveCursor(card.ui.editor.textCursor().MoveOperation.End)
        card.ui.editor.insertPlainText(f"测{n}")
        started = time.perf_counter()
        card.flush()
        saves.append(_ms(started))
        started = time.perf_counter()
        session.refresh_now()
        QApplication.processEvents()
        refreshes.append(_ms(started))
        # What the same pause cost before edits said what they changed: the whole cycle
        # read again and summarised.
        started = time.perf_counter()
        session.service.summary_of(session.service.snapshot(session.cycle_id))
        rereads.append(_ms(started))
    window.close()
    both = [s + r for s, r in zip(saves, refreshes, strict=True)]
    report(
        {
            "open_project_ms": open_ms,
            "warm_up_left_ms": warm_up_ms,
            "item_switch_median_ms": statistics.median(switches),
            "item_switch_worst_ms": max(switches),
            "item_switch_worst_item": worst,
            "item_switch_worst_first_visit_ms": max(first_visits),
            "raw_switch_worst_item_ms": min(raw_switches),
            "save_edit_median_ms": statistics.median(saves),
            "refresh_after_edit_median_ms": statistics.median(refreshes),
            "edit_saved_and_refreshed_median_ms": statistics.median(both),
            "full_reread_median_ms": statistics.median(rereads),
        }
    )
