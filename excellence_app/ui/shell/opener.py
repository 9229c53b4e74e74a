"""Opening projects off the GUI thread: an existing file, a new one from the
wizard, or the sample organisation (written on first use).

The project file lock allows one service per file and process, so the worker
opens the service and hands it, already open, to the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from excellence_app import paths
from excellence_app.core.errors import AppError
from excellence_app.ui.shell.worker import Task, run_in_background

if TYPE_CHECKING:
    from excellence_app.ui.shell.session import OpenedProject
    from excellence_app.ui.shell.wizard import NewProject

SAMPLE_NAME = "示例企业.exa"


def sample_path() -> Path:
    return paths.user_data_dir() / SAMPLE_NAME


def load_project(path: Path, actor: str) -> OpenedProject:
    """:func:`~excellence_app.ui.shell.session.load_project`, imported in the worker that calls
    it: the session and the services it pulls in load off the GUI thread, after the first frame."""
    from excellence_app.ui.shell.session import load_project as load

    return load(path, actor)


def _read(service, actor: str) -> OpenedProject:
    from excellence_app.ui.shell.session import read_opened

    service.actor = actor
    return read_opened(service)


def create_project(new: NewProject, actor: str) -> OpenedProject:
    from excellence_app.services.project import ProjectService

    service = ProjectService.create(
        new.path,
        new.org_name,
        cycle_name=new.cycle_name,
        framework_id=new.framework_id,
        award_profile=new.award_profile,
        actor=actor,
    )
    return _read(service, actor)


def open_sample(path: Path, actor: str) -> OpenedProject:
    """Open the sample organisation, writing it first if it is not there yet."""
    if path.exists():
        return load_project(path, actor)
    try:
        from excellence_app.services.interchange import write_sample
    except ImportError:
        raise AppError(
            "这个版本没有附带示例企业", "this version does not include the sample organisation"
        ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    return _read(write_sample(path), actor)


class ProjectOpener(QObject):
    """Runs one opening at a time; ``opened`` or ``failed`` arrives in the GUI thread."""

    opened = Signal(object)  # OpenedProject
    failed = Signal(object, object)  # exception, path (or None)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.path: Path | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _start(self, fn, path: Path | None) -> bool:
        if self.busy:
            return False
        self.path = path
        self.task = run_in_background(fn, self._done, self._failed, self)
        self.busyChanged.emit(True)
        return True

    def open(self, path: Path, actor: str) -> bool:
        return self._start(lambda: load_project(path, actor), path)

    def create(self, new: NewProject, actor: str) -> bool:
        return self._start(lambda: create_project(new, actor), new.path)

    def open_sample(self, actor: str) -> bool:
        path = sample_path()
        return self._start(lambda: open_sample(path, actor), path)

    def _done(self, opened: OpenedProject) -> None:
        self.busyChanged.emit(False)
        self.opened.emit(opened)

    def _failed(self, exc: BaseException) -> None:
        self.busyChanged.emit(False)
        self.failed.emit(exc, self.path)
