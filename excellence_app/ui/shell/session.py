"""One open project as the interface sees it: the service, the current cycle, its
snapshot and summary, the save state and the undo stack.

Every edit goes through :meth:`ProjectSession.apply`, which runs one service
call (one transaction, on disk when it returns), records the save time and
schedules one refresh of the snapshot and summary, however many edits came in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from excellence_app.core.errors import AppError
from excellence_app.ui.shell.app_settings import AppSettings

if TYPE_CHECKING:  # the service layer is imported by the worker that opens the first project
    from excellence_app.core.framework import Item
    from excellence_app.core.snapshots import Assessor, CycleSnapshot
    from excellence_app.core.summary import ItemSummary, Summary
    from excellence_app.services.project import ProjectService

UNDO_LIMIT = 500


@dataclass(frozen=True)
class OpenedProject:
    """What a worker thread hands to the GUI thread after opening a file."""

    service: ProjectService
    cycle_id: int
    snapshot: CycleSnapshot
    summary: Summary


def load_project(path: Path, actor: str) -> OpenedProject:
    """Open a project file and read its latest cycle; meant to run in a worker thread."""
    from excellence_app.services.project import ProjectService

    service = ProjectService.open(path, actor=actor)
    try:
        cycle_id = service.cycles()[-1].id
        snapshot = service.snapshot(cycle_id)
        return OpenedProject(service, cycle_id, snapshot, service.summary_of(snapshot))
    except BaseException:
        service.close()
        raise


class ProjectSession(QObject):
    refreshed = Signal()
    saveStateChanged = Signal()
    failed = Signal(object)  # an exception the user must see
    flushRequested = Signal()
    cycleChanged = Signal()
    assessorChanged = Signal()
    revealRequested = Signal(str)  # item id an undo or redo touched

    def __init__(self, opened: OpenedProject, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = opened.service
        self.framework = opened.service.framework
        self.settings = settings
        self.cycle_id = opened.cycle_id
        self.snapshot = opened.snapshot
        self.summary = opened.summary
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.saved_at: datetime | None = None
        self.last_error: BaseException | None = None
        self._pending: set[str] = set()
        self._aliases: dict[tuple[str, int], int] = {}
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.refresh_now)
        self.assessor_id: int | None = self._default_assessor()
        self.closed = False

    # --- reading ---------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return Path(self.service.path)

    def fresh(self) -> CycleSnapshot:
        """The snapshot, re-read first if an edit is waiting for its refresh."""
        if self._refresh.isActive():
            self._refresh.stop()
            self.refresh_now()
        return self.snapshot

    def refresh_now(self) -> None:
        if self.closed:
            return
        self._refresh.stop()
        self.snapshot = self.service.snapshot(self.cycle_id)
        self.summary = self.service.summary_of(self.snapshot)
        if self.assessor_id is not None and self.snapshot.assessor(self.assessor_id) is None:
            self.assessor_id = self._default_assessor()
            self.assessorChanged.emit()
        self.refreshed.emit()

    def schedule_refresh(self) -> None:
        self._refresh.start()

    def item(self, item_id: str) -> Item:
        return self.framework.item(item_id)

    def item_summary(self, item_id: str) -> ItemSummary:
        return self.summary.item(item_id)

    # --- saving ----------------------------------------------------------------------------
    def apply(self, fn: Callable[[], object]) -> bool:
        """Run one service call; on failure tell the user and return False (nothing is lost:
        the widget keeps what the user typed)."""
        try:
            fn()
        except Exception as exc:  # any failure is shown; the widget keeps the user's input
            error = (
                exc
                if isinstance(exc, AppError)
                else AppError(
                    f"保存失败：{type(exc).__name__}: {exc}", f"saving failed: {type(exc).__name__}: {exc}"
                )
            )
            self.last_error = error
            self.saveStateChanged.emit()
            self.failed.emit(error)
            return False
        self.last_error = None
        self.saved_at = datetime.now()
        self.schedule_refresh()
        self.saveStateChanged.emit()
        return True

    def set_pending(self, key: str, pending: bool) -> None:
        """Typing not yet saved (the debounce timer runs) counts as "saving"."""
        before = bool(self._pending)
        if pending:
            self._pending.add(key)
        else:
            self._pending.discard(key)
        if before != bool(self._pending):
            self.saveStateChanged.emit()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Save every edit still waiting for its debounce timer, now."""
        if self._pending:
            self.flushRequested.emit()

    def push(self, command: object) -> None:
        self.undo_stack.push(command)  # runs the command's redo(), which saves

    def undo(self) -> None:
        self.flush()
        if self.undo_stack.canUndo():
            command = self.undo_stack.command(self.undo_stack.index() - 1)
            item_id = getattr(command, "item_id", "")
            self.undo_stack.undo()
            self._reveal(item_id)

    def redo(self) -> None:
        self.flush()
        if self.undo_stack.canRedo():
            command = self.undo_stack.command(self.undo_stack.index())
            item_id = getattr(command, "item_id", "")
            self.undo_stack.redo()
            self._reveal(item_id)

    def _reveal(self, item_id: str) -> None:
        self.refresh_now()
        if item_id:
            self.revealRequested.emit(item_id)

    # --- ids of things an undo deleted and a redo made again ---------------------------------
    def alias(self, kind: str, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._aliases[(kind, old_id)] = new_id

    def resolve(self, kind: str, row_id: int) -> int:
        seen = 0
        while (kind, row_id) in self._aliases and seen < 10_000:
            row_id = self._aliases[(kind, row_id)]
            seen += 1
        return row_id

    # --- cycles ----------------------------------------------------------------------------
    def set_cycle(self, cycle_id: int) -> None:
        if cycle_id == self.cycle_id:
            return
        self.flush()
        self.cycle_id = cycle_id
        self.assessor_id = None
        self.refresh_now()
        self.assessor_id = self._default_assessor()
        self.cycleChanged.emit()
        self.assessorChanged.emit()

    # --- assessors -------------------------------------------------------------------------
    def _default_assessor(self) -> int | None:
        assessors = self.snapshot.assessors
        if not assessors:
            return None
        wanted = (self.settings.last_assessor(self.path), self.settings.user_name)
        for name in wanted:
            for a in assessors:
                if name and a.name == name:
                    return a.id
        leads = [a for a in assessors if a.role == "lead"]
        return (leads or list(assessors))[0].id

    def assessor(self) -> Assessor | None:
        if self.assessor_id is None:
            return None
        return self.snapshot.assessor(self.assessor_id)

    def set_assessor(self, assessor_id: int | None) -> None:
        if assessor_id == self.assessor_id:
            return
        self.flush()
        self.assessor_id = assessor_id
        current = self.assessor()
        if current is not None:
            self.settings.set_last_assessor(self.path, current.name)
        self.assessorChanged.emit()

    def ensure_assessor(self) -> int | None:
        """The assessor scoring now; a project without any gets the user as its lead."""
        if self.assessor() is not None:
            return self.assessor_id
        if self.fresh().assessors:
            self.set_assessor(self._default_assessor())
            return self.assessor_id
        made: list[Assessor] = []
        ok = self.apply(
            lambda: made.append(self.service.add_assessor(self.cycle_id, self.settings.user_name, "lead"))
        )
        if not ok:
            return None
        self.refresh_now()
        self.set_assessor(made[0].id)
        return self.assessor_id

    def acting_name(self) -> str:
        """Who acts in the program: the person chosen to score as (the lead, for a consensus).
        The user's own name only while no one is chosen; never the operating-system user
        when a person was chosen."""
        current = self.assessor()
        return current.name if current is not None else self.settings.user_name

    def is_lead(self) -> bool:
        current = self.assessor()
        return current is not None and current.role == "lead"

    # --- closing ---------------------------------------------------------------------------
    def close(self) -> None:
        if self.closed:
            return
        self.flush()
        self.closed = True
        self._refresh.stop()
        self.service.close()
