"""Action plans raised from improvement opportunities."""

from __future__ import annotations

from datetime import date
from typing import Any

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
    ) -> ActionPlan:
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
            row = m.ActionPlanRow(cycle_id=cycle_id, comment_id=comment_id, created_at=now(), **fields)
            s.add(row)
            s.flush()
            self._audit(s, cycle_id, "action.add", row.title)
            return reader.action(row)

    def update_action(self, action_id: int, **fields: Any) -> ActionPlan:
        clean = self._action_fields(fields)
        with self._tx() as s:
            row = self._get(s, m.ActionPlanRow, action_id, "改进计划", "action plan")
            for key, value in clean.items():
                setattr(row, key, value)
            self._audit(s, row.cycle_id, "action.update", row.title, sorted(clean))
            return reader.action(row)

    def delete_action(self, action_id: int) -> ActionPlan:
        with self._tx() as s:
            row = self._get(s, m.ActionPlanRow, action_id, "改进计划", "action plan")
            gone = reader.action(row)
            s.delete(row)
            self._audit(s, row.cycle_id, "action.delete", row.title)
            return gone
