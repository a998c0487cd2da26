"""Restatements: a claim stating the same fact as an earlier one points to it (`restates`), and
retrieval's indexes hold one claim per fact.

A newsroom's base restates its facts article after article: at a million generated claims
Vietnam's ODA to Hungary is 139 claims of one fact, and the US-Vietnam trade series 23 claims a
year. Retrieval read and the judge weighed each of them, so a check at 1M claims cost four times
one at the seed. Now the judge weighs the fact once and cites its restatements.

The same fact: the same subject, predicate, object, qualifiers, value (bounds and their
openness), unit, time (start, end, grain), polarity and modality. The note, the fixture
location and the spans may differ. The first claim in load order (fixture file, then line) is
the one the others restate.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 12:55:00.000000
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import sqlalchemy as sa

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FACT_COLUMNS = (
    "subject_id",
    "predicate_id",
    "object_id",
    "value_low",
    "value_high",
    "value_low_open",
    "value_high_open",
    "unit_id",
    "time_start",
    "time_end",
    "time_grain",
    "polarity",
    "modality",
)


def _mark_restatements(conn: sa.Connection) -> None:
    """Fill `restates` from the rows already there. The loader writes it for new loads; this
    keeps its own copy of the rule, as a migration must not change when the code does."""
    qualifiers: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for claim_id, role, entity_id in conn.exec_driver_sql(
        "SELECT claim_id, role, entity_id FROM qualifiers"
    ):
        qualifiers[claim_id].append((role, entity_id))
    first: dict[bytes, str] = {}
    restated: list[dict[str, str]] = []
    rows = conn.exec_driver_sql(
        f"SELECT id, {', '.join(FACT_COLUMNS)} FROM claims ORDER BY fixture_file, fixture_line, id"
    )
    for claim_id, *values in rows:
        fact = repr(([str(v) for v in values], sorted(qualifiers[claim_id])))
        key = hashlib.blake2b(fact.encode("utf-8"), digest_size=16).digest()
        original = first.setdefault(key, claim_id)
        if original != claim_id:
            restated.append({"id": claim_id, "restates": original})
    if restated:
        for table, column in (("claims", "id"), ("qualifiers", "claim_id")):
            conn.execute(
                sa.text(f"UPDATE {table} SET restates = :restates WHERE {column} = :id"), restated
            )


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch_op:
        batch_op.add_column(sa.Column("restates", sa.String(length=128), nullable=True))
        batch_op.create_foreign_key("fk_claims_restates_claims", "claims", ["restates"], ["id"])
    op.add_column("qualifiers", sa.Column("restates", sa.String(length=128), nullable=True))
    _mark_restatements(op.get_bind())

    facts = sa.text("restates IS NULL")
    op.drop_index("ix_claims_predicate_subject_object", table_name="claims")
    op.drop_index("ix_claims_predicate_object", table_name="claims")
    op.create_index(
        "ix_claims_fact_predicate_subject_object",
        "claims",
        ["predicate_id", "subject_id", "object_id", "time_end"],
        sqlite_where=facts,
        postgresql_where=facts,
    )
    op.create_index(
        "ix_claims_fact_predicate_object",
        "claims",
        ["predicate_id", "object_id", "time_end"],
        sqlite_where=facts,
        postgresql_where=facts,
    )
    op.create_index(
        "ix_claims_restates",
        "claims",
        ["restates"],
        sqlite_where=sa.text("restates IS NOT NULL"),
        postgresql_where=sa.text("restates IS NOT NULL"),
    )
    op.drop_index("ix_qualifiers_entity_predicate_subject", table_name="qualifiers")
    op.drop_index("ix_qualifiers_entity_predicate_object", table_name="qualifiers")
    op.create_index(
        "ix_qualifiers_entity_predicate_subject",
        "qualifiers",
        ["entity_id", "predicate_id", "subject_id", "time_end"],
        sqlite_where=facts,
        postgresql_where=facts,
    )
    with_object = sa.text("object_id IS NOT NULL AND restates IS NULL")
    op.create_index(
        "ix_qualifiers_entity_predicate_object",
        "qualifiers",
        ["entity_id", "predicate_id", "object_id", "time_end"],
        sqlite_where=with_object,
        postgresql_where=with_object,
    )


def downgrade() -> None:
    op.drop_index("ix_qualifiers_entity_predicate_object", table_name="qualifiers")
    op.drop_index("ix_qualifiers_entity_predicate_subject", table_name="qualifiers")
    op.drop_index("ix_claims_restates", table_name="claims")
    op.drop_index("ix_claims_fact_predicate_object", table_name="claims")
    op.drop_index("ix_claims_fact_predicate_subject_object", table_name="claims")
    op.drop_column("qualifiers", "restates")
    with op.batch_alter_table("claims") as batch_op:
        batch_op.drop_constraint("fk_claims_restates_claims", type_="foreignkey")
        batch_op.drop_column("restates")
    op.create_index("ix_claims_predicate_object", "claims", ["predicate_id", "object_id"])
    op.create_index(
        "ix_claims_predicate_subject_object",
        "claims",
        ["predicate_id", "subject_id", "object_id", "time_end"],
    )
    op.create_index(
        "ix_qualifiers_entity_predicate_subject",
        "qualifiers",
        ["entity_id", "predicate_id", "subject_id", "time_end"],
    )
    with_object = sa.text("object_id IS NOT NULL")
    op.create_index(
        "ix_qualifiers_entity_predicate_object",
        "qualifiers",
        ["entity_id", "predicate_id", "object_id", "time_end"],
        sqlite_where=with_object,
        postgresql_where=with_object,
    )
