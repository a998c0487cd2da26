"""Initial schema: sources, entities and aliases, units, predicates and triggers, claims with
qualifiers and spans, and factdb_meta.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 07:24:49.425866
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("single_holder", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
    )
    op.create_index(op.f("ix_entities_type"), "entities", ["type"], unique=False)

    op.create_table(
        "factdb_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_factdb_meta")),
    )
    op.create_table(
        "predicates",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("label_vi", sa.Text(), nullable=False),
        sa.Column("value_type", sa.String(length=16), nullable=False),
        sa.Column("dimension", sa.String(length=32), nullable=True),
        sa.Column("functional", sa.Boolean(), nullable=False),
        sa.Column("symmetric", sa.Boolean(), nullable=False),
        sa.Column("time_role", sa.String(length=16), nullable=False),
        sa.Column("cue_types", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_predicates")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(length=255), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("file_name", name=op.f("uq_sources_file_name")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("dimension", sa.String(length=32), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("label_vi", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
    )
    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("folded", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_aliases_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aliases")),
        sa.UniqueConstraint("entity_id", "lang", "alias", name=op.f("uq_aliases_entity_id")),
    )
    op.create_index(op.f("ix_aliases_folded"), "aliases", ["folded"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("subject_id", sa.String(length=128), nullable=False),
        sa.Column("predicate_id", sa.String(length=64), nullable=False),
        sa.Column("object_id", sa.String(length=128), nullable=True),
        sa.Column("value_low", sa.Float(), nullable=True),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("value_low_open", sa.Boolean(), nullable=False),
        sa.Column("value_high_open", sa.Boolean(), nullable=False),
        sa.Column("unit_id", sa.String(length=32), nullable=True),
        sa.Column("time_start", sa.Date(), nullable=True),
        sa.Column("time_end", sa.Date(), nullable=True),
        sa.Column("time_grain", sa.String(length=16), nullable=True),
        sa.Column("polarity", sa.String(length=16), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("fixture_file", sa.Text(), nullable=True),
        sa.Column("fixture_line", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["object_id"], ["entities.id"], name=op.f("fk_claims_object_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["predicate_id"], ["predicates.id"], name=op.f("fk_claims_predicate_id_predicates")
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["entities.id"], name=op.f("fk_claims_subject_id_entities")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_claims_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    op.create_index(
        "ix_claims_predicate_object", "claims", ["predicate_id", "object_id"], unique=False
    )
    op.create_index(
        "ix_claims_predicate_subject", "claims", ["predicate_id", "subject_id"], unique=False
    )
    op.create_index(op.f("ix_claims_subject_id"), "claims", ["subject_id"], unique=False)
    op.create_index(op.f("ix_claims_object_id"), "claims", ["object_id"], unique=False)

    op.create_table(
        "triggers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("predicate_id", sa.String(length=64), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("phrase", sa.Text(), nullable=False),
        sa.Column("folded", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["predicate_id"],
            ["predicates.id"],
            name=op.f("fk_triggers_predicate_id_predicates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triggers")),
        sa.UniqueConstraint(
            "predicate_id", "lang", "phrase", name=op.f("uq_triggers_predicate_id")
        ),
    )
    op.create_index(op.f("ix_triggers_folded"), "triggers", ["folded"], unique=False)

    op.create_table(
        "qualifiers",
        sa.Column("claim_id", sa.String(length=128), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_qualifiers_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_qualifiers_entity_id_entities")
        ),
        sa.PrimaryKeyConstraint("claim_id", "role", name=op.f("pk_qualifiers")),
    )
    op.create_index(op.f("ix_qualifiers_entity_id"), "qualifiers", ["entity_id"], unique=False)

    op.create_table(
        "spans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.String(length=128), nullable=False),
        sa.Column("source_id", sa.String(length=16), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_spans_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_spans_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spans")),
        sa.UniqueConstraint(
            "claim_id", "source_id", "start", "end", name=op.f("uq_spans_claim_id")
        ),
    )
    op.create_index(op.f("ix_spans_claim_id"), "spans", ["claim_id"], unique=False)
    op.create_index(op.f("ix_spans_source_id"), "spans", ["source_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_spans_source_id"), table_name="spans")
    op.drop_index(op.f("ix_spans_claim_id"), table_name="spans")

    op.drop_table("spans")
    op.drop_index(op.f("ix_qualifiers_entity_id"), table_name="qualifiers")

    op.drop_table("qualifiers")
    op.drop_index(op.f("ix_triggers_folded"), table_name="triggers")

    op.drop_table("triggers")
    op.drop_index(op.f("ix_claims_object_id"), table_name="claims")
    op.drop_index(op.f("ix_claims_subject_id"), table_name="claims")
    op.drop_index("ix_claims_predicate_subject", table_name="claims")
    op.drop_index("ix_claims_predicate_object", table_name="claims")

    op.drop_table("claims")
    op.drop_index(op.f("ix_aliases_folded"), table_name="aliases")

    op.drop_table("aliases")
    op.drop_table("units")
    op.drop_table("sources")
    op.drop_table("predicates")
    op.drop_table("factdb_meta")
    op.drop_index(op.f("ix_entities_type"), table_name="entities")

    op.drop_table("entities")
