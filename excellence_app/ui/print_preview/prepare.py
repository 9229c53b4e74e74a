"""The previewed PDF: written by the same export service File → 导出 uses (same options, same
warnings), in a worker with progress and cancel, into a private folder in the system's
temporary directory — never beside the user's project — that goes when the preview closes.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from excellence_app.ui.shell.jobs import ProgressJob, follow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from excellence_app.services.exports import ExportResult, Warnings
    from excellence_app.ui.shell.session import ProjectSession

KINDS = ("package", "report")


@dataclass(frozen=True)
class Choice:
    """What is previewed: the document and, for the package, whether it carries the scores."""

    kind: str = "package"
    include_scores: bool = False


class PreviewFiles(QObject):
    """Prepares one PDF at a time; ``ready(path, warnings)`` or ``failed(exc, cancelled)``."""

    ready = Signal(object, object)
    failed = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.current: Path | None = None  # the file the preview shows
        self.job: ProgressJob | None = None
        self._count = 0
        self._closing = False

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def prepare(
        self, session: ProjectSession, choice: Choice, label: str, parent: QWidget
    ) -> ProgressJob | None:
        if self.busy():
            return None
        from excellence_app.services import exports

        session.flush()  # what is typed goes into the document
        self._closing = False
        self._count += 1
        out = self._folder() / f"preview-{self._count}.pdf"
        svc, cycle_id = session.service, session.cycle_id

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportResult:
            return exports.export_pdf(
                svc,
                cycle_id,
                out,
                kind=choice.kind,
                include_scores=choice.include_scores,
                progress=progress,
                cancelled=cancelled,
            )

        job = ProgressJob(work, self)
        job.finished.connect(self._finished)
        job.failed.connect(lambda exc: self._failed(job, exc))
        self.job = job
        follow(job, label, parent)
        return job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def close(self, reader: ProgressJob | None = None) -> None:
        """Remove every file of ours. A preparation still running is cancelled and its file
        removed when the worker hands it back (the worker may still be writing into the folder);
        ``reader``, a job still reading the file (a print), is let finish first."""
        self._closing = True
        self.current = None
        if self.busy():
            self.cancel()
            return
        folder, self.folder = self.folder, None
        if folder is None:
            return
        if reader is not None and reader.running:
            reader.finished.connect(lambda _value: shutil.rmtree(folder, ignore_errors=True))
            reader.failed.connect(lambda _exc: shutil.rmtree(folder, ignore_errors=True))
        else:
            shutil.rmtree(folder, ignore_errors=True)

    # --- the worker's answers ------------------------------------------------------------------
    def _finished(self, result: ExportResult) -> None:
        if self._closing:
            self._remove_folder()
            return
        old, self.current = self.current, result.path
        self.ready.emit(result.path, result.warnings)
        if old is not None:  # the preview has let go of it by now
            old.unlink(missing_ok=True)

    def _failed(self, job: ProgressJob, exc: BaseException) -> None:
        if self._closing:
            self._remove_folder()
            return
        self.failed.emit(exc, job.cancelled())

    # --- the folder ------------------------------------------------------------------------------
    def _folder(self) -> Path:
        if self.folder is None or not self.folder.is_dir():
            self.folder = Path(tempfile.mkdtemp(prefix="excellence-preview-"))
            # Should the window never close the preview (the program quits first), exit still cleans up.
            atexit.register(shutil.rmtree, self.folder, True)
        return self.folder

    def _remove_folder(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def text_of(warnings: Warnings, english: bool) -> list[str]:
    return [en if english else zh for zh, en in warnings]
