"""Action plans: which are overdue, and finding them by status and owner."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from excellence_app.core.snapshots import ActionPlan

OPEN_STATUSES = ("open", "in_progress")


def is_overdue(action: ActionPlan, today: date) -> bool:
    return action.due is not None and action.due < today and action.status in OPEN_STATUSES


def filter_actions(
    actions: Iterable[ActionPlan],
    *,
    status: str | None = None,
    owner: str | None = None,
    overdue_on: date | None = None,
) -> tuple[ActionPlan, ...]:
    out = []
    for action in actions:
        if status and action.status != status:
            continue
        if owner and owner not in action.owner:
            continue
        if overdue_on is not None and not is_overdue(action, overdue_on):
            continue
        out.append(action)
    return tuple(out)
