"""Starting the GUI: the application object, fonts, language and style, the main
window; and the offscreen screenshot mode.

``excellence-app`` (no argument) and ``excellence-app FILE`` call :func:`run_gui`;
``excellence-app screenshot FILE OUTDIR`` calls :func:`run_screenshot`.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

APP_NAME = "excellence-app"
WINDOW_SIZE = (1366, 768)
STARTUP_PROBE = "EXCELLENCE_APP_STARTUP_PROBE"  # set by bench.gui


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled interface font and the style sheet (reused if it exists)."""
    from excellence_app.ui.shell import fonts
    from excellence_app.ui.shell.resources import stylesheet

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.property("excellenceStyled"):
        app.setStyle("Fusion")
        fonts.register_primary(app)
        app.setStyleSheet(stylesheet())
        app.setProperty("excellenceStyled", True)
    return app


class Launcher:
    """Owns the main window; on a language change it builds a window in the new
    language and hands the open project over, so nothing is reopened or lost."""

    def __init__(self, settings: object) -> None:
        from excellence_app.ui.shell.main_window import MainWindow

        self.settings = settings
        self.window = MainWindow(settings, tools_later=True)
        self.window.languageChanged.connect(self._rebuild)

    def _rebuild(self, _language: str) -> None:
        from excellence_app.ui.shell.main_window import MainWindow

        old = self.window
        page = old.current_page()
        page_name = page.spec.name if page is not None else None
        item_id = old.pages["item"].current_item() if "item" in old.pages else None
        session = old.project.release(close=False)
        new = MainWindow(self.settings)
        new.setGeometry(old.geometry())
        new.languageChanged.connect(self._rebuild)
        if session is not None:
            session.retranslate()
            new.project.adopt(session, page_name, item_id)
        else:
            new.show_page(page_name or "welcome")
        self.window = new
        new.show()
        old.close()
        old.deleteLater()


def run_gui(path: str | None) -> int:
    from excellence_app.ui.shell import fonts, i18n
    from excellence_app.ui.shell.app_settings import AppSettings

    app = create_application()
    settings = AppSettings()
    i18n.install(app, settings.language)
    launcher = Launcher(settings)
    window = launcher.window
    geometry, state = settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*WINDOW_SIZE)
    window.show()
    if state is not None:
        window.restore_layout(state)
    if os.environ.get(STARTUP_PROBE):
        _probe_startup(app, window, bool(path))
    if path:
        # Opened from the event loop, once the first frame is painted: the worker's imports
        # (the session, the framework, the services) would otherwise compete with that frame
        # for the interpreter. The window shows the start page until the project is open.
        QTimer.singleShot(0, lambda: launcher.window.open_project(Path(path)))
    # The fallback fonts for rare characters are registered once the window is up; what
    # start-up made then lives as long as the program, and the collector stops walking it.
    QTimer.singleShot(0, lambda: (fonts.register_rest(app), gc.freeze()))
    return app.exec()


def _probe_startup(app: QApplication, window: object, expect_project: bool) -> None:
    """For the start-up benchmark: report when the window is first shown and when it
    shows its project, then quit."""
    import time

    def mark(name: str) -> None:
        print(f"excellence-app-{name}", time.monotonic(), flush=True)

    def shown() -> None:
        mark("shown")
        app.quit()

    QTimer.singleShot(0, lambda: mark("window"))
    if expect_project:
        window.projectOpened.connect(lambda: QTimer.singleShot(0, shown))  # type: ignore[attr-defined]
        window.project.opener.failed.connect(lambda *_a: app.quit())  # type: ignore[attr-defined]
    else:
        QTimer.singleShot(0, shown)


def run_screenshot(file: str | Path, outdir: str | Path, lang: str = "zh", page: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from excellence_app.core.errors import AppError
    from excellence_app.core.server_address import ServerAddress, is_server
    from excellence_app.ui.shell.screenshot import take_screenshots

    _quiet_offscreen_notes()
    try:
        target = ServerAddress.parse(str(file)) if is_server(file) else Path(file)
        written = take_screenshots(target, Path(outdir), lang, page)
    except AppError as exc:
        sys.stderr.write(exc.line() + "\n")
        return 1
    except KeyError as exc:
        sys.stderr.write(f"用法错误：没有页面 {exc}（usage error: no page {exc}）\n")
        return 2
    except OSError as exc:  # OUTDIR is a file, read-only, full: one line, as every command says it
        where = exc.filename or outdir
        sys.stderr.write(f"无法写出截图：{where}（cannot write the screenshots: {where}: {exc.strerror}）\n")
        return 1
    for path in written:
        print(path)
    return 0


def _quiet_offscreen_notes() -> None:
    """The offscreen platform says "This plugin does not support propagateSizeHints()" for every
    window it shows: a note about itself, not a fault, which buried the paths `screenshot` prints.
    Every other message of Qt's still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)
