"""Office rules: two offices one person does not hold at once in the same jurisdiction.

A title attached to a name ("Hungarian President Viktor Orbán") asserts an office. Whether a
wrong title contradicts depends on which offices exclude each other, and that is curated
vocabulary (`office_rules:` in fixtures/vocabulary/offices.yaml), each rule with its reason, so
it lives in the database beside the entities it names and is read in the checker's snapshot.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 11:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_a", sa.String(length=128), nullable=False),
        sa.Column("office_b", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_a"],
            ["entities.id"],
            name="fk_office_rules_office_a_entities",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["office_b"],
            ["entities.id"],
            name="fk_office_rules_office_b_entities",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_office_rules"),
        sa.UniqueConstraint("office_a", "office_b", name="uq_office_rules_office_a"),
    )


def downgrade() -> None:
    op.drop_table("office_rules")
