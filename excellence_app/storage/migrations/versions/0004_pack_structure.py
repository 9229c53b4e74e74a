"""Clauses follow the standard's own division; a cycle has an as-of date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 10:00:00.000000

Pack 2.0 of GB/T 19580-2012 names clauses as the standard does (4.2.2.1 where it numbers
sub-items, 4.1.2a for its point a)) and no longer splits 4.1.2 c). Every response, comment
and evidence link moves to its new clause by core.pack_moves; texts that land in one clause
are joined under their old headings, nothing is dropped. What moved is left in the Alembic
config's attributes ("notes") for the opener to tell the user, and in the audit trail. The
opener makes the backup copy before this runs.

A cycle's as-of date (the day its data stand at) lets ``check`` flag periods and sources
later than it. Existing cycles get none: nobody knows when they were written.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import context, op

from excellence_app.core import pack_moves

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cycle") as batch:
        batch.add_column(sa.Column("as_of", sa.Date(), nullable=True))
    conn = op.get_bind()
    project = conn.execute(sa.text("SELECT framework_id, framework_version FROM project")).first()
    if project is None:
        return
    notes: list[tuple[str, str]] = []
    version = project.framework_version
    for move in pack_moves.moves_from(project.framework_id, version):
        notes += _move(conn, move)
        version = move.to_version
    conn.execute(sa.text("UPDATE project SET framework_version = :v"), {"v": version})
    context.config.attributes.setdefault("notes", []).extend(notes)


def _move(conn: sa.Connection, move: pack_moves.PackMove) -> list[tuple[str, str]]:
    notes: list[tuple[str, str]] = []
    cycles: list[str] = []
    now = datetime.now()
    for cycle_id, cycle_name in conn.execute(
        sa.text("SELECT id, name FROM cycle ORDER BY position")
    ).fetchall():
        rows = conn.execute(
            sa.text("SELECT clause_id, text, status, updated_at FROM clause_response WHERE cycle_id = :c"),
            {"c": cycle_id},
        ).fetchall()
        texts = [pack_moves.Text(r.clause_id, r.text or "", r.status, _stamp(r.updated_at)) for r in rows]
        moved_texts, moved = pack_moves.move_texts(move, texts)
        conn.execute(sa.text("DELETE FROM clause_response WHERE cycle_id = :c"), {"c": cycle_id})
        for t in moved_texts:
            conn.execute(
                sa.text(
                    "INSERT INTO clause_response (cycle_id, clause_id, text, status, updated_at) "
                    "VALUES (:c, :k, :t, :s, :u)"
                ),
                {"c": cycle_id, "k": t.clause_id, "t": t.text, "s": t.status, "u": t.updated_at},
            )
        if moved:
            cycles.append(cycle_name)
            for line in pack_moves.describe(moved):
                if line not in notes:
                    notes.append(line)
            conn.execute(
                sa.text(
                    "INSERT INTO audit (cycle_id, at, actor, action, target, detail) "
                    "VALUES (:c, :at, 'migration 0004', 'pack.move', :target, :detail)"
                ),
                {
                    "c": cycle_id,
                    "at": now,
                    "target": f"{move.framework_id} {move.from_version}→{move.to_version}",
                    "detail": "; ".join(zh for zh, _ in pack_moves.describe(moved)),
                },
            )
    for old, new in move.targets.items():
        if old != new:
            conn.execute(
                sa.text("UPDATE comment SET clause_id = :n WHERE clause_id = :o"), {"n": new, "o": old}
            )
            # Two links of one file to clauses now joined become one link.
            conn.execute(
                sa.text(
                    "DELETE FROM evidence_link WHERE clause_id = :o AND EXISTS (SELECT 1 FROM evidence_link k "
                    "WHERE k.evidence_id = evidence_link.evidence_id AND k.item_id = evidence_link.item_id "
                    "AND k.clause_id = :n)"
                ),
                {"n": new, "o": old},
            )
            conn.execute(
                sa.text("UPDATE evidence_link SET clause_id = :n WHERE clause_id = :o"), {"n": new, "o": old}
            )
    if not cycles:
        return []
    head = (
        f"评价框架 {move.framework_id} 由 {move.from_version} 版升级为 {move.to_version} 版（条款按准则原有的划分），"
        f"评价周期 {'、'.join(cycles)} 的回答已随之移动，文字一字未删。",
        f"The criteria pack {move.framework_id} moved from {move.from_version} to {move.to_version} "
        f"(clauses as the standard divides them); the responses of {', '.join(cycles)} moved with it, "
        "every character kept.",
    )
    return [head, *notes]


def _stamp(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def downgrade() -> None:
    # Joined texts cannot be split again by a program; the backup copy holds the old file.
    with op.batch_alter_table("cycle") as batch:
        batch.drop_column("as_of")
