"""Strengths and opportunities for improvement (评语): written, changed, deleted and put back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from excellence_app.core.changes import Changes
from excellence_app.core.errors import InvalidValue
from excellence_app.core.framework import FACTORS_BY_KIND
from excellence_app.core.snapshots import COMMENT_KINDS, SIGNIFICANCE, Comment
from excellence_app.services import reader
from excellence_app.services.base import MAX_COMMENT, ServiceBase, check_choice, check_text
from excellence_app.storage import models as m


class CommentEdits(ServiceBase):
    def _check_comment(self, item_id: str, fields: dict[str, Any]) -> None:
        item = self.framework.item(item_id)
        if "kind" in fields:
            check_choice(fields["kind"], COMMENT_KINDS, "类型")
        if "text" in fields:
            fields["text"] = check_text(fields["text"], "评语", MAX_COMMENT).strip()
            if not fields["text"]:
                raise InvalidValue("评语不能为空", "a comment must not be empty")
        if "significance" in fields:
            check_choice(fields["significance"], SIGNIFICANCE, "重要程度")
        if fields.get("clause_id"):
            self._check_clause(fields["clause_id"], item_id)
        if fields.get("factor") and fields["factor"] not in FACTORS_BY_KIND[item.kind]:
            raise InvalidValue(
                f"评分项 {item_id} 没有要素 {fields['factor']}",
                f"item {item_id} has no factor {fields['factor']}",
            )

    def add_comment(
        self,
        cycle_id: int,
        item_id: str,
        kind: str,
        text: str,
        *,
        significance: str = "medium",
        clause_id: str | None = None,
        factor: str | None = None,
        author: str | None = None,
        assessor_id: int | None = None,
        key: str | None = None,
        position: int | None = None,
        restore_id: int | None = None,
    ) -> Comment:
        """A new comment; ``restore_id`` (with ``key`` and ``position``) puts back a deleted one as it was."""
        self._check_item(item_id)
        fields = {
            "kind": kind,
            "text": text,
            "significance": significance,
            "clause_id": clause_id,
            "factor": factor,
        }
        self._check_comment(item_id, fields)
        with self._tx() as s:
            self._cycle(s, cycle_id)
            if assessor_id is not None:
                self._get(s, m.AssessorRow, assessor_id, "评审员", "assessor")
            if position is None:
                position = self._next_position(
                    s,
                    m.CommentRow.position,
                    m.CommentRow.cycle_id == cycle_id,
                    m.CommentRow.item_id == item_id,
                )
            self._free_id(s, m.CommentRow, restore_id)
            row = m.CommentRow(
                id=restore_id,
                cycle_id=cycle_id,
                item_id=item_id,
                author=author or self.actor,
                assessor_id=assessor_id,
                position=position,
                key=key or "",
                **fields,
            )
            s.add(row)
            s.flush()
            if not row.key:  # an imported project may already use "c<id>" keys
                taken = set(s.scalars(select(m.CommentRow.key).filter_by(cycle_id=cycle_id)))
                row.key = next(
                    k for n in range(row.id, row.id + len(taken) + 1) if (k := f"c{n}") not in taken
                )
            self._audit(s, cycle_id, "comment.add", f"{item_id} {kind}", {"id": row.id})
            made = reader.comment(row)
        self._report(Changes.of("comments", [item_id], cycle=cycle_id))
        return made

    def restore_comment(self, cycle_id: int, comment: Comment) -> Comment:
        """Put back a deleted comment with its id, key, place, author and assessor."""
        return self.add_comment(
            cycle_id,
            comment.item_id,
            comment.kind,
            comment.text,
            significance=comment.significance,
            clause_id=comment.clause_id,
            factor=comment.factor,
            author=comment.author,
            assessor_id=comment.assessor_id,
            key=comment.key,
            position=comment.position,
            restore_id=comment.id,
        )

    def update_comment(self, comment_id: int, **fields: Any) -> Comment:
        allowed = {"kind", "text", "significance", "clause_id", "factor", "author"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidValue(
                f"评语没有字段 {', '.join(sorted(unknown))}",
                f"a comment has no field {', '.join(sorted(unknown))}",
            )
        with self._tx() as s:
            row = self._get(s, m.CommentRow, comment_id, "评语", "comment")
            self._check_comment(row.item_id, fields)
            for key, value in fields.items():
                setattr(row, key, value)
            self._audit(s, row.cycle_id, "comment.update", f"{row.item_id} {row.kind}", {"id": row.id})
            updated, cycle_id = reader.comment(row), row.cycle_id
        self._report(Changes.of("comments", [updated.item_id], cycle=cycle_id))
        return updated

    def delete_comment(self, comment_id: int) -> Comment:
        """Delete and return the comment, so that an undo can put it back."""
        with self._tx() as s:
            row = self._get(s, m.CommentRow, comment_id, "评语", "comment")
            gone = reader.comment(row)
            s.execute(delete(m.CommentRow).where(m.CommentRow.id == comment_id))
            self._audit(s, row.cycle_id, "comment.delete", f"{row.item_id} {row.kind}", {"id": comment_id})
            cycle_id = row.cycle_id
        self._report(Changes.of("comments", [gone.item_id], cycle=cycle_id))
        return gone
