"""Driving the window as a user does: open it, open a project, type, click OK, close it.

The projects themselves come from :mod:`builders`; the common window fixture is in conftest.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from excellence_app.ui.shell.app_settings import AppSettings
from excellence_app.ui.shell.application import create_application
from excellence_app.ui.shell.main_window import MainWindow

OPEN_TIMEOUT_MS = 20_000
JOB_TIMEOUT_MS = 30_000


def make_window(qtbot, settings: AppSettings | None = None) -> MainWindow:
    create_application()
    window = MainWindow(settings or AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def open_project(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.projectOpened, timeout=OPEN_TIMEOUT_MS):
        window.open_project(path)
    assert window.session is not None


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard does, one key event per character (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def close_window(window: MainWindow) -> None:
    """Close as the user does; the project file is released."""
    window.close()
    assert window.session is None


def click_ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def shown(widget) -> bool:
    return widget is not None and widget.isVisible()
