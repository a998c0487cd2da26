"""Speakers and stances: a claim may be what someone said, stressed, proposed or wished.

The seeds are full of reported speech ("Tô Lâm đề nghị ...", "Daines bày tỏ mong muốn ..."),
and a newsroom checks quotes and stances all the time. Stored as a fact, such a claim would
support "the two sides concluded the agreement" on a senator's wish, and could not check who
said it. Three columns on `claims`: `speaker_id` (the entity who said it), `stance` (how: said,
affirmed, stressed, proposed, thanked, praised, wished, regarded, expressed) and `sole_speaker`
(the sources fix that no one else took that stance on that occasion, so a statement giving it
to someone else is contradicted). Existing claims are facts: no speaker, not sole.

Plain ADD COLUMN, no table rebuild: SQLite adds a nullable column with a reference in place,
and a rebuild would have to recreate the partial indexes of 0003 by hand.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 13:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch_op:
        batch_op.add_column(sa.Column("speaker_id", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("stance", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("sole_speaker", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_foreign_key(
            "fk_claims_speaker_id_entities", "entities", ["speaker_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch_op:
        batch_op.drop_constraint("fk_claims_speaker_id_entities", type_="foreignkey")
        batch_op.drop_column("sole_speaker")
        batch_op.drop_column("stance")
        batch_op.drop_column("speaker_id")
