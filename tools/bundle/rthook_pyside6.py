"""Run-time hook of the bundle, in place of PyInstaller's pyi_rth_pyside6.

PyInstaller's hook imports PySide6.QtCore when the program starts, only to check that the Qt prefix
is relocatable (an embedded qt.conf). PySide6's own wheels register that qt.conf themselves when
QtCore is imported, pointing at their own folder, so the check finds it and does nothing; but the
import loads Qt and its 30 MiB of ICU data on every start, which the command line, which never
touches Qt, paid for: about 0.15 s on `--version` and on every subcommand. This hook keeps the
rest of PyInstaller's: where Qt's plugins are, and on Windows the bundle on PATH for Qt's DLLs.
"""

import os
import sys


def _setup() -> None:
    windows = sys.platform.startswith("win")
    qt = os.path.join(sys._MEIPASS, "PySide6") if windows else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if windows:
        os.environ["PATH"] = os.pathsep.join(p for p in (sys._MEIPASS, os.environ.get("PATH")) if p)


_setup()
del _setup
