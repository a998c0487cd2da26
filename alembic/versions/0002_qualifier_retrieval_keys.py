"""Retrieval keys: qualifiers carry copies of their claim's predicate, subject, object and
time, indexed with the qualifier's entity, and the claims' (predicate, subject) index takes the
object and the time too, so that retrieval finds "the latest claims of P naming A and B" by
index alone. The spans lose an
index that duplicated their unique constraint's.

Before this, a probe for (predicate, entity) through a qualifier walked every qualifier of that
entity across all predicates (Vietnam: a quarter of a million rows at 1M claims) to keep the few
of one predicate.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 10:03:42.931545
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("qualifiers") as batch_op:
        batch_op.add_column(sa.Column("predicate_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("subject_id", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("object_id", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("time_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("time_end", sa.Date(), nullable=True))
    # Fill the copies from the claims before the columns become NOT NULL.
    op.execute(
        "UPDATE qualifiers SET "
        + ", ".join(
            f"{column} = (SELECT {column} FROM claims WHERE claims.id = qualifiers.claim_id)"
            for column in ("predicate_id", "subject_id", "object_id", "time_start", "time_end")
        )
    )
    with op.batch_alter_table("qualifiers") as batch_op:
        batch_op.alter_column("predicate_id", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("subject_id", existing_type=sa.String(length=128), nullable=False)
        batch_op.drop_index("ix_qualifiers_entity_id")
        batch_op.create_index(
            "ix_qualifiers_entity_predicate_subject",
            ["entity_id", "predicate_id", "subject_id", "time_end"],
        )
    op.create_index(
        "ix_qualifiers_entity_predicate_object",
        "qualifiers",
        ["entity_id", "predicate_id", "object_id", "time_end"],
        sqlite_where=sa.text("object_id IS NOT NULL"),
        postgresql_where=sa.text("object_id IS NOT NULL"),
    )
    op.drop_index("ix_claims_predicate_subject", table_name="claims")
    op.create_index(
        "ix_claims_predicate_subject_object",
        "claims",
        ["predicate_id", "subject_id", "object_id", "time_end"],
    )

    # The unique constraint (claim_id, source_id, start, end) has an index that serves claim_id
    # lookups; a second one only cost a load time and space.
    op.drop_index("ix_spans_claim_id", table_name="spans")


def downgrade() -> None:
    op.create_index("ix_spans_claim_id", "spans", ["claim_id"])
    op.drop_index("ix_claims_predicate_subject_object", table_name="claims")
    op.create_index("ix_claims_predicate_subject", "claims", ["predicate_id", "subject_id"])
    op.drop_index("ix_qualifiers_entity_predicate_object", table_name="qualifiers")
    with op.batch_alter_table("qualifiers") as batch_op:
        batch_op.drop_index("ix_qualifiers_entity_predicate_subject")
        batch_op.create_index("ix_qualifiers_entity_id", ["entity_id"])
        batch_op.drop_column("time_end")
        batch_op.drop_column("time_start")
        batch_op.drop_column("object_id")
        batch_op.drop_column("subject_id")
        batch_op.drop_column("predicate_id")
