"""Entailment between predicates: which predicates a claim of one also bears out is vocabulary data.

A reception or talks between two people is a meeting of them in person: a claim that Tô Lâm
received Hegseth bears out "Lâm met Hegseth" (factdb.check.judge: the implied claim supports,
never contradicts). Which predicate implies which is a list of the predicate (`implies: [met]`
in fixtures/vocabulary/predicates.yaml), stored with it so that the vocabulary read from a base
knows it. Existing predicates imply nothing until their fixtures are loaded again (the
fixtures' fingerprint changes with the list).

Plain ADD COLUMN, no table rebuild, as 0006.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 15:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("predicates") as batch_op:
        batch_op.add_column(
            sa.Column("implies", sa.Text(), server_default=sa.text("''"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("predicates") as batch_op:
        batch_op.drop_column("implies")
