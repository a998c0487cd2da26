"""Encounter predicates: which predicates are an encounter between parties is vocabulary data.

A fact a source reports inside its account of a meeting, a call, talks or a reception was
reported at that encounter (factdb.check.occasion), and the encounter's parties, place and
event are its occasion. Which predicates are such encounters was a list of ids in the checker's
code; it is a flag of the predicate (`encounter: true` in fixtures/vocabulary/predicates.yaml),
stored with it so that the vocabulary read from a base knows it. Existing predicates are none
until their fixtures are loaded again (the fixtures' fingerprint changes with the flag).

Plain ADD COLUMN, no table rebuild, as 0005.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 01:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("predicates") as batch_op:
        batch_op.add_column(
            sa.Column("encounter", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("predicates") as batch_op:
        batch_op.drop_column("encounter")
