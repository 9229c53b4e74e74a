"""Comparison series get the kind their label implies.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 08:10:00.000000

Until 0002 a comparison was a competitor, a benchmark or the best in class, so an industry
average was often stored as a "benchmark". The kinds now tell an average, a customer's or
contract requirement and a national or international leader apart (core.comparisons). Every
series keeps its label and is given the kind the label implies; a label that implies none
keeps its kind. The opener makes the backup copy before this runs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from excellence_app.core.comparisons import implied_kind

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# What a kind of this revision was called before it (downgrade).
_BEFORE = {"average": "benchmark", "requirement": "benchmark", "leading": "benchmark"}


def upgrade() -> None:
    conn = op.get_bind()
    for row_id, kind, name in conn.execute(sa.text("SELECT id, kind, name FROM comparison")).fetchall():
        implied = implied_kind(name or "")
        if implied is not None and implied != kind:
            conn.execute(
                sa.text("UPDATE comparison SET kind = :kind WHERE id = :id"), {"kind": implied, "id": row_id}
            )


def downgrade() -> None:
    conn = op.get_bind()
    for new, old in _BEFORE.items():
        conn.execute(sa.text("UPDATE comparison SET kind = :old WHERE kind = :new"), {"old": old, "new": new})
