"""What an award office asks for: the organisation's particulars and the office's rules.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 10:30:00.000000

project.details holds the organisation's particulars for the 申报表 (core.organisation:
统一社会信用代码, 法定代表人, address, founding year, employees, revenue, products,
certifications, contact); award_profile.rules the office's rules for a profile the user
made (core.awards: body size and spacing, parts and their order, required 证实性材料, the
承诺书); evidence.kind which of the office's required kinds of 证实性材料 a file is (营业执照,
审计报告 …); cycle.submitted_on the 申报日期 the signed pages carry. All start empty: nothing is known of them in an older file, and an empty value
reads as the defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project") as batch:
        batch.add_column(sa.Column("details", sa.JSON(), nullable=True))
    with op.batch_alter_table("award_profile") as batch:
        batch.add_column(sa.Column("rules", sa.JSON(), nullable=True))
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=40), nullable=True))
    with op.batch_alter_table("cycle") as batch:
        batch.add_column(sa.Column("submitted_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cycle") as batch:
        batch.drop_column("submitted_on")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("award_profile") as batch:
        batch.drop_column("rules")
    with op.batch_alter_table("project") as batch:
        batch.drop_column("details")
