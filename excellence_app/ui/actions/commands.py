"""Undoable edits of action plans (改进计划): raise, change, delete; and
:class:`InPlace`, which keeps an undo on the page that made the edit.

A plan an undo deletes comes back under its own id (the service's restore). An undo normally reveals the item it touched on the item
page; edits made on the consensus, actions and calibration pages are shown where
they were made, so their commands name no item.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from excellence_app.core.snapshots import ActionPlan
from excellence_app.ui.shell.commands_base import SessionCommand, Words
from excellence_app.ui.shell.session import Outcome, ProjectSession

FIELDS = ("item_id", "comment_id", "title", "owner", "due", "status", "expected_effect")


class AddAction(SessionCommand):
    def __init__(self, session: ProjectSession, fields: Mapping[str, Any]) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "提出改进计划 {0}"), fields["title"]),
        )
        self.fields = {k: fields.get(k) for k in FIELDS}
        self.made: ActionPlan | None = None

    @property
    def action_id(self) -> int | None:
        return self.made.id if self.made else None

    def do(self) -> None:
        if self.made is not None:  # a redo after an undo: the same plan under the same id
            self.service.actions.restore_action(self.cycle_id, self.made)
            return
        f = self.fields
        self.made = self.service.actions.add_action(
            self.cycle_id,
            f["item_id"],
            f["title"],
            owner=f["owner"] or "",
            due=f["due"],
            status=f["status"] or "open",
            expected_effect=f["expected_effect"] or "",
            comment_id=f["comment_id"],
        )

    def undo_it(self) -> None:
        assert self.made is not None
        self.service.actions.delete_action(self.made.id)


class UpdateAction(SessionCommand):
    def __init__(self, session: ProjectSession, action: ActionPlan, new: Mapping[str, Any]) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "修改改进计划 {0}"), action.title),
        )
        self.action_id = action.id
        self.new = dict(new)
        self.old = {k: getattr(action, k) for k in self.new}

    def do(self) -> None:
        self.service.actions.update_action(self.action_id, **self.new)

    def undo_it(self) -> None:
        self.service.actions.update_action(self.action_id, **self.old)


class DeleteAction(SessionCommand):
    def __init__(self, session: ProjectSession, action: ActionPlan) -> None:
        super().__init__(
            session,
            Words(QT_TRANSLATE_NOOP("Commands", "删除改进计划 {0}"), action.title),
        )
        self.action = action

    def do(self) -> None:
        self.service.actions.delete_action(self.action.id)

    def undo_it(self) -> None:
        self.service.actions.restore_action(self.cycle_id, self.action)


class InPlace(QUndoCommand):
    """Wraps a command so that undoing it does not jump to the item page."""

    item_id = ""

    def __init__(self, inner: SessionCommand) -> None:
        super().__init__(inner.text())
        self.inner = inner

    @property
    def outcome(self) -> Outcome:
        return self.inner.outcome

    @property
    def origin(self) -> object | None:
        return self.inner.origin

    @origin.setter
    def origin(self, widget: object | None) -> None:
        self.inner.origin = widget

    def redo(self) -> None:
        self.inner.redo()
        self.setObsolete(self.inner.isObsolete())

    def undo(self) -> None:
        self.inner.undo()
        self.setObsolete(self.inner.isObsolete())

    def id(self) -> int:
        return self.inner.id()

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, InPlace) or not self.inner.mergeWith(other.inner):
            return False
        self.setObsolete(self.inner.isObsolete())
        return True
