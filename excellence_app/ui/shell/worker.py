"""Run slow work (opening a project, writing the sample) off the GUI thread.

The callable runs on the global thread pool; its result or exception comes back
to the GUI thread through a queued signal to a slot of an object that lives there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """One background call; ``finished`` carries the result, ``failed`` the exception.

    Both are emitted in the GUI thread, so anything connected to them may touch widgets.
    """

    finished = Signal(object)
    failed = Signal(object)
    _result = Signal(object, bool)  # emitted from the worker thread; queued to _deliver

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.done = False
        self._result.connect(self._deliver)

    @Slot(object, bool)
    def _deliver(self, value: object, ok: bool) -> None:
        self.done = True
        (self.finished if ok else self.failed).emit(value)

    def start(self) -> Task:
        fn, result = self._fn, self._result

        class _Run(QRunnable):
            def run(self) -> None:
                try:
                    value = fn()
                except BaseException as exc:  # handed to the GUI thread, which reports it
                    result.emit(exc, False)
                else:
                    result.emit(value, True)

        QThreadPool.globalInstance().start(_Run())
        return self


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> Task:
    task = Task(fn, parent)
    task.finished.connect(on_done)
    task.failed.connect(on_failed)
    return task.start()
