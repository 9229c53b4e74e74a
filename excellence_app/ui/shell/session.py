"""One open project as the interface sees it: the service, the current cycle, its
snapshot and summary, the save state and the undo stack.

Every edit goes through :meth:`ProjectSession.apply`, which runs one service
call (one transaction, on disk when it returns), records the save time, and
returns an :class:`Outcome` (the call's value, what it changed, or its error).
The changes of every edit that came in are merged and, once the event loop is
free, the snapshot is brought up to date by re-reading only what they touched;
:attr:`ProjectSession.changed` then tells the window which kinds changed and which
widget made each change, so that pages redraw only what concerns them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from excellence_app.core.changes import EVERYTHING, KINDS, NOTHING, Changes
from excellence_app.core.errors import AppError, EditConflict
from excellence_app.core.framework_english import in_language
from excellence_app.core.server_address import ServerAddress
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.app_settings import AppSettings

if TYPE_CHECKING:  # the service layer is imported by the worker that opens the first project
    from excellence_app.core.framework import Framework, Item
    from excellence_app.core.snapshots import Assessor, CycleSnapshot
    from excellence_app.core.summary import ItemSummary, Summary
    from excellence_app.services.project import ProjectService
    from excellence_app.ui.shell.commands_base import SessionCommand

UNDO_LIMIT = 500


@dataclass(frozen=True)
class OpenedProject:
    """What a worker thread hands to the GUI thread after opening a file."""

    service: ProjectService
    cycle_id: int
    snapshot: CycleSnapshot
    summary: Summary
    member: tuple[str, str] | None = None  # on a team server: the name the user scores under, their role


def load_project(path: Path, actor: str) -> OpenedProject:
    """Open a project file and read its latest cycle; meant to run in a worker thread."""
    from excellence_app.services.project import ProjectService

    return read_opened(ProjectService.open(path, actor=actor))


def read_opened(service: ProjectService, cycle_id: int | None = None) -> OpenedProject:
    """What the window needs of a project just opened: the cycle (by default the latest), its
    snapshot and summary, read in the worker that opened it. The service is closed if the
    reading fails, so a failed open holds no lock."""
    try:
        cycle = cycle_id if cycle_id is not None else service.cycles.all()[-1].id
        snapshot = service.snapshot(cycle)
        return OpenedProject(service, cycle, snapshot, service.summary_of(snapshot), service.member())
    except BaseException:
        service.close()
        raise


@dataclass(frozen=True)
class Outcome:
    """What one edit did: the service call's value and changes, or the error the user saw.
    True when the edit was saved."""

    value: object = None
    changes: Changes = NOTHING
    error: AppError | None = None

    def __bool__(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Update:
    """The edits since the last refresh: what each changed and which widget made it."""

    parts: tuple[tuple[Changes, object | None], ...]

    @classmethod
    def everything(cls) -> Update:
        return cls(((Changes(dict.fromkeys(KINDS, EVERYTHING), None), None),))

    @property
    def changes(self) -> Changes:
        merged = NOTHING
        for changes, _origin in self.parts:
            merged |= changes
        return merged

    def seen_by(self, widget: object) -> Changes:
        """What changed that ``widget`` did not change itself (it already shows its own edits)."""
        merged = NOTHING
        for changes, origin in self.parts:
            if origin is not widget:
                merged |= changes
        return merged


class ProjectSession(QObject):
    changed = Signal(object)  # an Update, after the snapshot and summary follow it
    saved = Signal()  # an edit reached the disk
    saveStateChanged = Signal()  # typing waits to be saved, or no longer
    failed = Signal(object)  # an exception the user must see
    # Another member changed a text the user was editing (EditConflict, widget that edited it):
    # that widget lets the user choose between the two texts, so it is not a failure to show.
    conflicted = Signal(object, object)
    flushRequested = Signal()
    cycleChanged = Signal()
    assessorChanged = Signal()
    revealRequested = Signal(str)  # item id an undo or redo touched

    @property
    def framework(self) -> Framework:
        """The pack in the interface's language (a session outlives a change of language)."""
        language = i18n.language()
        if language not in self._frameworks:
            self._frameworks[language] = in_language(self.service.framework, language)
        return self._frameworks[language]

    def __init__(self, opened: OpenedProject, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = opened.service
        self._frameworks: dict[str, Framework] = {}
        self.settings = settings
        self.cycle_id = opened.cycle_id
        self.snapshot = opened.snapshot
        self.summary = opened.summary
        self.member = opened.member
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.saved_at: datetime | None = None
        self._pending: set[str] = set()
        self._unseen: list[tuple[Changes, object | None]] = []
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.refresh_now)
        self.assessor_id: int | None = self._default_assessor()
        self.closed = False
        self.live: LiveUpdates | None = None
        if self.on_server:  # others' changes come in as they are saved
            from excellence_app.ui.shell.live import LiveUpdates

            self.live = LiveUpdates(self)

    # --- reading ---------------------------------------------------------------------------
    @property
    def path(self) -> Path | ServerAddress:
        """The project file, or the team server's address (``str()`` shows it without a password)."""
        return self.service.path

    @property
    def on_server(self) -> bool:
        return isinstance(self.service.path, ServerAddress)

    @property
    def folder(self) -> Path:
        """Where file dialogs start: the project file's folder, or for a team server's project
        the user's home."""
        path = self.service.path
        return Path.home() if isinstance(path, ServerAddress) else Path(path).parent

    def fresh(self) -> CycleSnapshot:
        """The snapshot, re-read first if an edit is waiting for its refresh."""
        if self._refresh.isActive():
            self._refresh.stop()
            self.refresh_now()
        return self.snapshot

    def refresh_now(self) -> None:
        """Bring the snapshot up to date with the edits made so far and tell the window."""
        self._refresh.stop()
        update, self._unseen = Update(tuple(self._unseen)), []
        if self.closed or not update.parts:
            return
        self.snapshot = self.service.updated(self.snapshot, update.changes)
        self._follow(update)

    def reload(self) -> None:
        """Read the whole cycle again (after another program or a merge changed the file)."""
        self._refresh.stop()
        self._unseen = []
        if self.closed:
            return
        self.snapshot = self.service.snapshot(self.cycle_id)
        self._follow(Update.everything())

    def follow_elsewhere(self, changes: Changes) -> None:
        """Another member changed ``changes`` on the team server: read them as an edit's."""
        self._note(changes, None)

    def edited_elsewhere(self) -> None:
        """A worker (a merge, an import) changed the file: older undo steps no longer
        apply, and everything is read again."""
        self.undo_stack.clear()
        self.saved_at = datetime.now()
        self.saved.emit()
        self.reload()

    def _follow(self, update: Update) -> None:
        self.summary = self.service.summary_of(self.snapshot)
        if self.assessor_id is not None and self.snapshot.assessor(self.assessor_id) is None:
            self.assessor_id = self._default_assessor()
            self.assessorChanged.emit()
        self.changed.emit(update)

    def item(self, item_id: str) -> Item:
        return self.framework.item(item_id)

    def item_summary(self, item_id: str) -> ItemSummary:
        return self.summary.item(item_id)

    # --- saving ----------------------------------------------------------------------------
    def apply(self, fn: Callable[[], object], origin: object | None = None) -> Outcome:
        """Run one service call (or several in one batch). On failure the user is told and
        nothing is lost: the widget keeps what the user typed. ``origin`` is the widget
        making the edit, which already shows it and is not redrawn from it."""
        with self.service.track() as tracked:
            try:
                value = fn()
            except Exception as exc:  # any failure is shown; the widget keeps the user's input
                error = (
                    exc
                    if isinstance(exc, AppError)
                    else AppError(
                        f"保存失败：{type(exc).__name__}: {exc}",
                        f"saving failed: {type(exc).__name__}: {exc}",
                    )
                )
                self._note(tracked.changes, None)  # a batch rolled back: re-read what it touched
                if isinstance(error, EditConflict) and origin is not None:
                    self.conflicted.emit(error, origin)
                else:
                    self.failed.emit(error)
                return Outcome(changes=tracked.changes, error=error)
        self.saved_at = datetime.now()
        self._note(tracked.changes, origin)
        self.saved.emit()
        return Outcome(value, tracked.changes)

    def _note(self, changes: Changes, origin: object | None) -> None:
        if changes:
            self._unseen.append((changes, origin))
            self._refresh.start()

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

    def push(self, command: SessionCommand, origin: object | None = None) -> Outcome:
        """Run an undoable edit (its first redo saves) and say how it went. ``origin`` is
        the widget making the edit: it already shows it and is not redrawn from it."""
        command.origin = origin
        self.undo_stack.push(command)
        return command.outcome

    def retranslate(self) -> None:
        """Name the steps on the undo stack in the interface's new language."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if hasattr(command, "retranslate"):
                command.retranslate()

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

    # --- cycles ----------------------------------------------------------------------------
    def set_cycle(self, cycle_id: int) -> None:
        if cycle_id == self.cycle_id:
            return
        self.flush()
        self.cycle_id = cycle_id
        self.assessor_id = None
        self.reload()
        self.assessor_id = self._default_assessor()
        self.cycleChanged.emit()
        self.assessorChanged.emit()

    # --- assessors -------------------------------------------------------------------------
    def _default_assessor(self) -> int | None:
        assessors = self.snapshot.assessors
        if not assessors:
            return None
        if self.member is not None:
            # On a team server the user is the member the server knows, and no one else: a
            # viewer, or a lead who does not score, is not shown as somebody who does.
            return next((a.id for a in assessors if a.name == self.member[0]), None)
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
        made = self.apply(
            lambda: self.service.scoring.add_assessor(self.cycle_id, self.settings.user_name, "lead")
        )
        if not made:
            return None
        self.refresh_now()
        self.set_assessor(made.value.id)  # type: ignore[attr-defined]
        return self.assessor_id

    def acting_name(self) -> str:
        """Who acts in the program: the person chosen to score as (the lead, for a consensus).
        The user's own name only while no one is chosen; never the operating-system user
        when a person was chosen."""
        current = self.assessor()
        return current.name if current is not None else self.settings.user_name

    @property
    def writes_texts(self) -> bool:
        """Whether the user may change the organisation's texts: on a team server, a lead or an
        assessor (not a viewer or a trainee); always, in a file."""
        return self.member is None or self.member[1] in ("lead", "assessor")

    def is_lead(self) -> bool:
        if self.member is not None:  # on a team server the server's role decides
            return self.member[1] == "lead"
        current = self.assessor()
        return current is not None and current.role == "lead"

    # --- closing ---------------------------------------------------------------------------
    def close(self) -> None:
        if self.closed:
            return
        self.flush()
        self.closed = True
        self._refresh.stop()
        if self.live is not None:
            self.live.stop()
        self.service.close()
