"""A per-project secret that signs the identity of assessor workbooks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 18:40:00.000000

The key is random for each project file and never leaves it (it is not part of the
interchange archive). A file migrated from 0001 gets its key here, after the automatic
backup copy the opener makes.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("workbook_key", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    for (project_id,) in conn.execute(sa.text("SELECT id FROM project")).fetchall():
        conn.execute(
            sa.text("UPDATE project SET workbook_key = :key WHERE id = :id"),
            {"key": secrets.token_hex(32), "id": project_id},
        )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.alter_column("workbook_key", existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("workbook_key")
