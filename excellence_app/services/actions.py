"""Action plans raised from improvement opportunities."""

from __future__ import annotations

from datetime import date
from typing import Any

from excellence_app.core.changes import Changes
from excellence_app.core.errors import InvalidValue
from excellence_app.core.snapshots import ACTION_STATUSES, ActionPlan
from excellence_app.services import reader
from excellence_app.services.base import ServiceBase, check_choice, check_name, check_text, now
from excellence_app.storage import models as m


class ActionEdits(ServiceBase):
    def _action_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        allowed = {"title", "owner", "due", "status", "expected_effect", "item_id", "comment_id"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidValue(
                f"改进计划没有字段 {', '.join(sorted(unknown))}",
                f"an action plan has no field {', '.join(sorted(unknown))}",
            )
        out = dict(fields)
        if "title" in out:
            out["title"] = check_name(out["title"], "改进计划标题")
        if "owner" in out:
            out["owner"] = check_text(out["owner"], "负责人", 100).strip()
        if out.get("due") is not None and not isinstance(out["due"], date):
            raise InvalidValue("完成期限应为日期", "the due date must be a date")
        if "status" in out:
            check_choice(out["status"], ACTION_STATUSES, "状态")
        if "expected_effect" in out:
            out["expected_effect"] = check_text(out["expected_effect"], "预期效果", 5000).strip()
        if "item_id" in out:
            self._check_item(out["item_id"])
        return out

    def add_action(
        self,
        cycle_id: int,
        item_id: str,
        title: str,
        *,
        owner: str = "",
        due: date | None = None,
        status: str = "open",
        expected_effect: str = "",
        comment_id: int | None = None,
        restore: ActionPlan | None = None,
    ) -> ActionPlan:
        """A new action plan; ``restore`` puts back a deleted one with its id and date."""
        fields = self._action_fields(
            {
                "item_id": item_id,
                "title": title,
                "owner": owner,
                "due": due,
                "status": status,
                "expected_effect": expected_effect,
            }
        )
        with self._tx() as s:
            self._cycle(s, cycle_id)
            if comment_id is not None:
                comment = self._get(s, m.CommentRow, comment_id, "评语", "comment")
                if comment.cycle_id != cycle_id:
                    raise InvalidValue("改进机会不属于该评价周期", "the opportunity belongs to another cycle")
            self._free_id(s, m.ActionPlanRow, restore.id if restore else None)
            row = m.ActionPlanRow(
                id=restore.id if restore else None,
                cycle_id=cycle_id,
                comment_id=comment_id,
                created_at=restore.created_at if restore else now(),
                **fields,
            )
            s.add(row)
            s.flush()
            self._audit(s, cycle_id, "action.add", row.title)
            made = reader.action(row)
        self._report(Changes.of("actions", [made.id], cycle=cycle_id))
        return made

    def restore_action(self, cycle_id: int, action: ActionPlan) -> ActionPlan:
        """Put back a deleted action plan exactly as it was (its opportunity, if still there)."""
        return self.add_action(
            cycle_id,
            action.item_id,
            action.title,
            owner=action.owner,
            due=action.due,
            status=action.status,
            expected_effect=action.expected_effect,
            comment_id=action.comment_id,
            restore=action,
        )

    def update_action(self, action_id: int, **fields: Any) -> ActionPlan:
        clean = self._action_fields(fields)
        with self._tx() as s:
            row = self._get(s, m.ActionPlanRow, action_id, "改进计划", "action plan")
            for key, value in clean.items():
                setattr(row, key, value)
            self._audit(s, row.cycle_id, "action.update", row.title, sorted(clean))
            updated, cycle_id = reader.action(row), row.cycle_id
        self._report(Changes.of("actions", [action_id], cycle=cycle_id))
        return updated

    def delete_action(self, action_id: int) -> ActionPlan:
        with self._tx() as s:
            row = self._get(s, m.ActionPlanRow, action_id, "改进计划", "action plan")
            gone = reader.action(row)
            s.delete(row)
            self._audit(s, row.cycle_id, "action.delete", row.title)
            cycle_id = row.cycle_id
        self._report(Changes.of("actions", [action_id], cycle=cycle_id))
        return gone
