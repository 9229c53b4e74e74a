"""Slow work with progress and cancel (exports, imports, merges), off the GUI thread.

The work function receives ``progress(done, total)`` and ``cancelled()``; both are
safe to call from the worker thread. Results come back to the GUI thread through
queued signals, so slots connected to them may touch widgets. A
:class:`QProgressDialog` can follow a job with :func:`follow`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget
from shiboken6 import isValid

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class ProgressJob(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    _done = Signal(object, bool)  # emitted in the worker thread, delivered in the GUI thread

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.running = False
        self._done.connect(self._deliver)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()

    @Slot(object, bool)
    def _deliver(self, value: object, ok: bool) -> None:
        self.running = False
        (self.finished if ok else self.failed).emit(value)

    def start(self) -> ProgressJob:
        work, done, progressed, stop = self._work, self._done, self.progressed, self._stop

        class _Run(QRunnable):
            def run(self) -> None:
                try:
                    value = work(lambda n, total: progressed.emit(n, total), stop.is_set)
                except BaseException as exc:  # handed to the GUI thread, which reports it
                    done.emit(exc, False)
                else:
                    done.emit(value, True)

        self.running = True
        QThreadPool.globalInstance().start(_Run())
        return self


def follow(job: ProgressJob, label: str, parent: QWidget, cancellable: bool = True) -> QProgressDialog:
    """A window-modal progress dialog that follows ``job``; its cancel button cancels it."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Jobs", "取消") if cancellable else "", 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # The style's bar is a thin line: the percentage drawn inside it was hidden, so it is
    # said after the label instead.
    bar = QProgressBar(dialog)
    bar.setTextVisible(False)
    dialog.setBar(bar)
    dialog.setMinimumWidth(360)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(job.cancel)

    def step(done: int, total: int) -> None:
        if not isValid(dialog):  # a step that arrives after the job's end removed the dialog
            return
        if total > 0:
            dialog.setLabelText(f"{label}　{min(done, total) * 100 // total}%")
        dialog.setMaximum(max(total, 1))
        # Last: on a window-modal dialog setValue runs the event loop, where the job may finish
        # and the dialog be deleted (a crash, when a slow machine showed the dialog just then).
        dialog.setValue(min(done, max(total, 1)))

    job.progressed.connect(step)
    job.finished.connect(lambda _v: dialog.deleteLater())
    job.failed.connect(lambda _e: dialog.deleteLater())
    return dialog
