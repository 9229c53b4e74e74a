"""Edits of what the organisation writes: its profile and its clause responses."""

from __future__ import annotations

from sqlalchemy import Select, and_, bindparam, select

from excellence_app.core.changes import NOTHING, Changes
from excellence_app.core.errors import EditConflict, NotFound
from excellence_app.core.framework import clause_label
from excellence_app.core.markdown import count_markdown_chars
from excellence_app.core.snapshots import STATUSES, Response
from excellence_app.services.base import ServiceBase, check_choice, check_text, now
from excellence_app.storage import models as m


class ContentEdits(ServiceBase):
    def set_profile_text(
        self, cycle_id: int, section_id: str, text: str, *, base: str | None = None
    ) -> Changes:
        """Save a profile section's text; ``base`` as for :meth:`set_response` (the text the
        editor started from: another member's change meanwhile stops with both texts)."""
        self.framework.profile_section(section_id)
        text = check_text(text, f"组织概述 {section_id} ")
        with self._tx() as s:
            self._cycle(s, cycle_id)
            row = s.scalars(
                # Locked until the end of the edit: on a server a second save of the section
                # waits, then reads this one's text and stops with both.
                select(m.ProfileSection).filter_by(cycle_id=cycle_id, section_id=section_id).with_for_update()
            ).first()
            if row is None:
                row = m.ProfileSection(cycle_id=cycle_id, section_id=section_id, text="")
                s.add(row)
            if row.text == text:
                return NOTHING
            if base is not None and row.text != base:
                what = (f"组织概述 {section_id} ", f"Profile section {section_id}")
                raise self._conflict(s, cycle_id, section_id, "profile.text", what, text, row.text, None)
            row.text = text
            self._audit(s, cycle_id, "profile.text", section_id, {"chars": count_markdown_chars(text)})
        return self._report(Changes.of("profile", [section_id], cycle=cycle_id))

    def set_response(
        self, cycle_id: int, clause_id: str, text: str, status: str | None = None, *, base: str | None = None
    ) -> Response:
        """Save a clause response. Without a status, a blank text is "empty" and a first text "draft".

        ``base`` is the text the editor started from: when the saved text is no longer that
        (another member changed it meanwhile, on a team server), nothing is written and
        :class:`EditConflict` carries both texts. Without it the text is simply written.

        The most frequent edit (every pause in typing), so it is written as Core statements:
        one read, one write and its audit row, in one transaction (issue 16).
        """
        self._check_clause(clause_id)
        text = check_text(text, f"条款 {clause_label(clause_id)} 的回答")
        if status is not None:
            check_choice(status, STATUSES, "状态")
        t = m.clause_response_table
        with self._core() as conn:
            found = conn.execute(_RESPONSE, {"cycle": cycle_id, "clause": clause_id}).first()
            if found is None:
                raise NotFound(f"没有编号为 {cycle_id} 的评价周期", f"no cycle with id {cycle_id}")
            row_id, old_text, old_status, old_at = found[1:]
            if row_id is None:  # not written yet: as an empty response
                old_text, old_status = "", "empty"
            new_status = status or (
                "empty" if not text.strip() else ("draft" if old_status == "empty" else old_status)
            )
            if old_text == text and old_status == new_status:
                # Nothing changed: nothing is written (a blank clause gets no row until it has
                # something to hold) and nothing reported.
                return Response(clause_id, old_text, old_status, old_at)
            label = clause_label(clause_id)
            what = (f"条款 {label} ", f"Clause {label}")
            if base is not None and old_text not in (base, text):
                raise self._conflict(conn, cycle_id, clause_id, "response.text", what, text, old_text, old_at)
            at = now()
            values = {"text": text, "status": new_status, "updated_at": at}
            if row_id is None:
                if not _insert_new(conn, t, {"cycle_id": cycle_id, "clause_id": clause_id, **values}):
                    # Another member's first text of this clause went in meanwhile.
                    found = conn.execute(_RESPONSE, {"cycle": cycle_id, "clause": clause_id}).first()
                    raise self._conflict(
                        conn, cycle_id, clause_id, "response.text", what, text, found[2], found[4]
                    )
            else:
                # Written only over the text just read: another member's save in between (a team
                # server runs transactions side by side) leaves this one nothing to change.
                written = conn.execute(t.update().where(t.c.id == row_id, t.c.text == old_text), values)
                if written.rowcount != 1:
                    found = conn.execute(_RESPONSE, {"cycle": cycle_id, "clause": clause_id}).first()
                    if found[2] == old_text:  # not changed by anyone: not the user's to change
                        raise self._refused()
                    raise self._conflict(
                        conn, cycle_id, clause_id, "response.text", what, text, found[2], found[4]
                    )
            self._audit(
                conn,
                cycle_id,
                "response.text",
                clause_id,
                {"chars": count_markdown_chars(text), "status": new_status},
            )
        self._report(Changes.of("responses", [clause_id], cycle=cycle_id))
        return Response(clause_id, text, new_status, at)

    def _conflict(
        self,
        conn,
        cycle_id: int,
        target: str,
        action: str,
        what: tuple[str, str],
        mine: str,
        theirs: str,
        when: object,
    ) -> EditConflict:
        """Both texts, and who saved theirs and when (the text's last audit row)."""
        a = m.audit_table
        last = conn.execute(
            select(a.c.actor, a.c.at)
            .where(a.c.cycle_id == cycle_id, a.c.target == target, a.c.action == action)
            .order_by(a.c.id.desc())
            .limit(1)
        ).first()
        who, at = (last[0], last[1]) if last is not None else ("", None)
        return EditConflict(what, mine, theirs, who, when or at)

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


def _insert_new(conn, table, values: dict) -> bool:
    """Insert a clause's first response unless one is there by now (on a team server two
    people may write a clause's first text at once); False when one was."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = (
        insert(table).values(**values).on_conflict_do_nothing(index_elements=["cycle_id", "clause_id"])
    )
    # RETURNING tells what went in on both engines (psycopg leaves rowcount at -1 here).
    return conn.execute(statement.returning(table.c.id)).first() is not None


def _response_query() -> Select:
    cycle, resp = m.cycle_table, m.clause_response_table
    # The cycle and the clause's response in one read: no cycle row, a NotFound; a cycle
    # without the response, NULLs in the response's columns.
    return (
        select(cycle.c.id, resp.c.id, resp.c.text, resp.c.status, resp.c.updated_at)
        .select_from(
            cycle.outerjoin(
                resp, and_(resp.c.cycle_id == cycle.c.id, resp.c.clause_id == bindparam("clause"))
            )
        )
        .where(cycle.c.id == bindparam("cycle"))
    )


_RESPONSE = _response_query()
