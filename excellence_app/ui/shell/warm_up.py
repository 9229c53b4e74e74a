"""Importing, once a project is on screen, what its first edit will need.

Opening a project reads it without the parts of the services that write (and the ORM models
they map); they are imported on the first edit, which would then pay ~0.2 s for them on the
GUI thread, in the middle of a keystroke. So right after the dashboard is painted a
background thread imports them. Python's imports are thread-safe (a module being imported by
one thread makes another wait for it, not import it twice), and the modules imported here are
Qt-free by the layer contract ("Only the GUI touches Qt"), so the thread never touches Qt.

The thread is a daemon, so it can never keep a closed program alive; and it stops between two
modules when the application quits (the quitting thread waits for at most the module being
imported), so no import is left half-done while the interpreter shuts down.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QCoreApplication, QTimer

# The services' writing parts: each pulls in the ORM (``excellence_app.storage.models`` and
# ``sqlalchemy.orm``) on its first use through ``ProjectService.content`` and the others.
EDIT_MODULES: tuple[str, ...] = (
    "excellence_app.services.content",
    "excellence_app.services.scoring",
    "excellence_app.services.comments",
    "excellence_app.services.indicators",
    "excellence_app.services.actions",
)

_started: threading.Thread | None = None
_stop = threading.Event()


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        if _stop.is_set():
            return
        try:
            importlib.import_module(name)
        except Exception:  # the first edit imports it again and reports the error there
            return


def _stop_and_wait() -> None:
    _stop.set()
    if _started is not None and _started.is_alive():
        _started.join()


def start(names: tuple[str, ...] = EDIT_MODULES) -> threading.Thread | None:
    """Import ``names`` in a background thread, once per process; None when already started
    (or done) or when there is no application to stop it at quit."""
    global _started
    app = QCoreApplication.instance()
    if _started is not None or app is None:
        return None
    _started = threading.Thread(target=_import_all, args=(names,), name="excellence-warm-up", daemon=True)
    app.aboutToQuit.connect(_stop_and_wait)
    _started.start()
    return _started


def wait(timeout: float | None = None) -> bool:
    """Wait for the imports started by :func:`start`; True once they are done (or were never
    started). For measurements that must not count them in what they time."""
    if _started is not None:
        _started.join(timeout)
        return not _started.is_alive()
    return True


def start_after_paint() -> None:
    """Start once the event loop has painted what is pending (the page just shown): a zero
    timer fires after the events already queued, the paint among them, so the import does not
    compete with the frame the user is waiting for."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, start))
