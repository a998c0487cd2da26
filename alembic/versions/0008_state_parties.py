"""The relations of states: which predicates have states as their parties is vocabulary data.

A partnership, its upgrade, diplomatic ties and trade are between states; no person is their
doer. `parties: states` in fixtures/vocabulary/predicates.yaml marks them, stored with the
predicate so that the vocabulary read from a base knows it: a person named as the doer of such
a claim does not stand for his country (factdb.check.rules.bind_party), so "Trump upgraded ties
with Vietnam" is not borne out by the two states' upgrade. Existing predicates are no state's
relation until their fixtures are loaded again (the fixtures' fingerprint changes with the key).

Plain ADD COLUMN, no table rebuild, as 0006 and 0007.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 16:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("predicates") as batch_op:
        batch_op.add_column(
            sa.Column("state_parties", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("predicates") as batch_op:
        batch_op.drop_column("state_parties")
