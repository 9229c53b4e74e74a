"""Edits of what the organisation writes: its profile and its clause responses."""

from __future__ import annotations

from sqlalchemy import select

from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.framework import clause_label
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.core.snapshots import STATUSES, Response
from excellence_app.services.base import ServiceBase, check_choice, check_text, now
from excellence_app.storage import models as m


class ContentEdits(ServiceBase):
    def set_profile_text(self, cycle_id: int, section_id: str, text: str) -> Changes:
        self.framework.profile_section(section_id)
        text = check_text(text, f"组织概述 {section_id} ")
        with self._tx() as s:
            self._cycle(s, cycle_id)
            row = s.scalars(
                select(m.ProfileSection).filter_by(cycle_id=cycle_id, section_id=section_id)
            ).first()
            if row is None:
                row = m.ProfileSection(cycle_id=cycle_id, section_id=section_id, text="")
                s.add(row)
            if row.text == text:
                return NOTHING
            row.text = text
            self._audit(s, cycle_id, "profile.text", section_id, {"chars": count_markdown_chars(text)})
        return self._report(Changes.of("profile", [section_id], cycle=cycle_id))

    def set_response(self, cycle_id: int, clause_id: str, text: str, status: str | None = None) -> Response:
        """Save a clause response. Without a status, a blank text is "empty" and a first text "draft"."""
        self._check_clause(clause_id)
        text = check_text(text, f"条款 {clause_label(clause_id)} 的回答")
        if status is not None:
            check_choice(status, STATUSES, "状态")
        with self._tx() as s:
            self._cycle(s, cycle_id)
            row = s.scalars(
                select(m.ClauseResponse).filter_by(cycle_id=cycle_id, clause_id=clause_id)
            ).first()
            if row is None:
                row = m.ClauseResponse(cycle_id=cycle_id, clause_id=clause_id, text="", status="empty")
                s.add(row)
            new_status = status or (
                "empty" if not text.strip() else ("draft" if row.status == "empty" else row.status)
            )
            changed = row.text != text or row.status != new_status
            if changed:
                row.text, row.status, row.updated_at = text, new_status, now()
                self._audit(
                    s,
                    cycle_id,
                    "response.text",
                    clause_id,
                    {"chars": count_markdown_chars(text), "status": new_status},
                )
            saved = Response(clause_id, row.text, row.status, row.updated_at)
        if changed:
            self._report(Changes.of("responses", [clause_id], cycle=cycle_id))
        return saved

    def set_response_status(self, cycle_id: int, clause_id: str, status: str) -> Changes:
        self._check_clause(clause_id)
        check_choice(status, STATUSES, "状态")
        with self._tx() as s:
            row = s.scalars(
                select(m.ClauseResponse).filter_by(cycle_id=cycle_id, clause_id=clause_id)
            ).first()
            if row is None:
                self._cycle(s, cycle_id)
                row = m.ClauseResponse(cycle_id=cycle_id, clause_id=clause_id, text="", status=status)
                s.add(row)
            elif row.status == status:
                return NOTHING
            row.status, row.updated_at = status, now()
            self._audit(s, cycle_id, "response.status", clause_id, {"status": status})
        return self._report(Changes.of("responses", [clause_id], cycle=cycle_id))
