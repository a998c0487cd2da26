"""The Alembic migration: reversible, and exactly the schema the models describe."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import Result
from sqlalchemy import Engine, create_engine, inspect, text

from factdb.store.migrations import downgrade, head, upgrade
from factdb.store.models import Base

Runner = Callable[..., Result]
Check = Callable[[Result], Result]

FACTDB_TABLES = {t.name for t in Base.metadata.sorted_tables}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = create_engine(db_url)
    yield engine
    engine.dispose()


def schema(engine: Engine) -> dict[str, Any]:
    """Tables with their columns, keys, indexes and constraints, as the database reports them."""
    insp = inspect(engine)
    out: dict[str, Any] = {}
    for table in sorted(insp.get_table_names()):
        out[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
            ],
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in insp.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                for ix in insp.get_indexes(table)
            ),
            "unique": sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
        }
    return out


def factdb_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) & (FACTDB_TABLES | {"alembic_version"})


def test_upgrade_creates_every_model_table(engine: Engine) -> None:
    upgrade(engine)
    assert factdb_tables(engine) == FACTDB_TABLES | {"alembic_version"}
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head()


def test_upgrade_downgrade_upgrade_round_trip(engine: Engine) -> None:
    upgrade(engine)
    first = schema(engine)
    downgrade(engine, "base")
    assert factdb_tables(engine) <= {"alembic_version"}, "downgrade base must drop every table"
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() is None
    upgrade(engine)
    assert schema(engine) == first


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    first = schema(engine)
    upgrade(engine)
    assert schema(engine) == first


def test_models_and_migrations_agree(engine: Engine) -> None:
    """What `alembic revision --autogenerate` would see: nothing to do."""
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_autogenerate_check_notices_a_missing_column(engine: Engine) -> None:
    """The comparison above can fail: a model column the migration lacks is reported."""
    from sqlalchemy import Column, MetaData, String, Table

    upgrade(engine)
    extra = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(extra)
    Table("claims", extra, Column("reviewer", String(64)), extend_existing=True)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), extra)
    assert [(d[0], d[2], d[3].name) for d in diff] == [("add_column", "claims", "reviewer")]


def test_cli_upgrade_downgrade_current(run: Runner, assert_ok: Check, engine: Engine) -> None:
    fresh = (
        "database: none (no file" if engine.dialect.name == "sqlite" else "database: base (empty)"
    )
    assert fresh in assert_ok(run("db", "current")).stdout
    assert f"at revision {head()}" in assert_ok(run("db", "upgrade")).stdout
    out = assert_ok(run("db", "current")).stdout
    assert f"database: {head()}" in out
    assert f"head:     {head()}" in out
    assert factdb_tables(engine) == FACTDB_TABLES | {"alembic_version"}
    assert "at revision base" in assert_ok(run("db", "downgrade", "base")).stdout
    assert factdb_tables(engine) <= {"alembic_version"}
    assert "database: base (empty)" in assert_ok(run("db", "current")).stdout


def test_cli_unknown_revision_is_a_usage_error(
    run: Runner, assert_usage_error: Callable[[Result], str]
) -> None:
    stderr = assert_usage_error(run("db", "upgrade", "nosuchrev"))
    assert "nosuchrev" in stderr


def test_downgrade_drops_loaded_data_and_upgrade_reloads_on_demand(
    run: Runner, assert_ok: Check, loaded: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_ok(run("db", "downgrade", "base"))
    assert factdb_tables(engine) <= {"alembic_version"}
    # The next browsing command notices the empty database, migrates and loads the default set
    # again (which fixtures were loaded was recorded in factdb_meta, dropped with the rest).
    monkeypatch.setattr("factdb.config.fixtures_path", lambda: str(loaded))
    assert "7 claim(s)" in assert_ok(run("list")).stdout


# --- 0002: the qualifiers' copies of their claim's keys ----------------------------------------

QUALIFIED = ("oda", "hungary", "oda_approved", None), ("talks", "vietnam", "held_talks", "hungary")


def _claims_at_0001(engine: Engine) -> None:
    """Claims with qualifiers, written as a 0001 database held them."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO entities (id, type, name_en, name_vi, single_holder) VALUES"
            " ('hungary', 'country', 'Hungary', 'Hungary', false),"
            " ('vietnam', 'country', 'Vietnam', 'Việt Nam', false)"
        )
        conn.exec_driver_sql(
            "INSERT INTO predicates (id, label_en, label_vi, value_type, dimension, functional,"
            # Quoted: SYMMETRIC is a reserved word in PostgreSQL.
            ' "symmetric", time_role, cue_types) VALUES'
            " ('oda_approved', 'approved ODA', 'ODA', 'quantity', 'money', true, false,"
            " 'qualifier', ''),"
            " ('held_talks', 'held talks with', 'hội đàm', 'entity', NULL, false, true,"
            " 'value', '')"
        )
        for cid, subject, predicate, obj in QUALIFIED:
            conn.execute(
                text(
                    "INSERT INTO claims (id, subject_id, predicate_id, object_id, value_low_open,"
                    " value_high_open, polarity, modality) VALUES (:id, :subject, :predicate,"
                    " :object, false, false, 'affirmed', 'fact')"
                ),
                {"id": cid, "subject": subject, "predicate": predicate, "object": obj},
            )
        conn.exec_driver_sql(
            "INSERT INTO qualifiers (claim_id, role, entity_id) VALUES"
            " ('oda', 'beneficiary', 'vietnam'), ('talks', 'location', 'hungary')"
        )


def test_0002_copies_each_claims_keys_into_its_qualifiers_and_back(engine: Engine) -> None:
    upgrade(engine, "0001")
    _claims_at_0001(engine)
    upgrade(engine, "0002")
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT claim_id, entity_id, subject_id, predicate_id, object_id FROM qualifiers"
            " ORDER BY claim_id"
        ).all()
    assert [tuple(r) for r in rows] == [
        ("oda", "vietnam", "hungary", "oda_approved", None),
        ("talks", "hungary", "vietnam", "held_talks", "hungary"),
    ]
    downgrade(engine, "0001")
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT claim_id, role, entity_id FROM qualifiers ORDER BY claim_id"
        ).all()
    assert [tuple(r) for r in rows] == [
        ("oda", "beneficiary", "vietnam"),
        ("talks", "location", "hungary"),
    ]


# --- 0003: restatements ------------------------------------------------------------------------


def test_0003_marks_claims_stating_the_same_fact_and_drops_the_marks_going_down(
    engine: Engine,
) -> None:
    upgrade(engine, "0001")
    _claims_at_0001(engine)
    upgrade(engine, "0002")
    with engine.begin() as conn:
        # "oda" again from another article, and once with another beneficiary (another fact).
        for cid, beneficiary in (("oda-again", "vietnam"), ("oda-to-hungary", "hungary")):
            conn.execute(
                text(
                    "INSERT INTO claims (id, subject_id, predicate_id, value_low_open,"
                    " value_high_open, polarity, modality) SELECT :id, subject_id, predicate_id,"
                    " value_low_open, value_high_open, polarity, modality FROM claims"
                    " WHERE id = 'oda'"
                ),
                {"id": cid},
            )
            conn.execute(
                text(
                    "INSERT INTO qualifiers (claim_id, role, entity_id, predicate_id, subject_id)"
                    " VALUES (:id, 'beneficiary', :beneficiary, 'oda_approved', 'hungary')"
                ),
                {"id": cid, "beneficiary": beneficiary},
            )
    upgrade(engine, "0003")
    with engine.connect() as conn:
        claims = conn.exec_driver_sql("SELECT id, restates FROM claims ORDER BY id").all()
        qualifiers = conn.exec_driver_sql(
            "SELECT claim_id, restates FROM qualifiers ORDER BY claim_id"
        ).all()
    expected = [("oda", None), ("oda-again", "oda"), ("oda-to-hungary", None), ("talks", None)]
    assert [tuple(r) for r in claims] == expected
    assert [tuple(r) for r in qualifiers] == expected
    downgrade(engine, "0002")
    with engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM claims").scalar()
    assert count == 4
    assert "restates" not in {c["name"] for c in inspect(engine).get_columns("claims")}


Check = Callable[[Result], Result]
Refused = Callable[[Result], str]


def test_db_current_on_a_missing_file_does_not_create_it(
    run: Runner, tmp_path: Path, assert_ok: Check
) -> None:
    missing = tmp_path / "nowhere.sqlite"
    out = assert_ok(run("db", "current", "--db", f"sqlite:///{missing}")).stdout
    assert out.startswith(f"database: none (no file at {missing})")
    assert not missing.exists()


def test_db_downgrade_on_an_empty_database_says_so(
    run: Runner, tmp_path: Path, assert_usage_error: Refused
) -> None:
    message = assert_usage_error(run("db", "downgrade", "--db", f"sqlite:///{tmp_path / 'e.db'}"))
    assert message == "Error: nothing to downgrade: the database has no schema yet\n"


def test_db_changes_on_an_unreachable_database_are_usage_errors(
    run: Runner, tmp_path: Path, assert_usage_error: Refused
) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.sqlite'}"
    for action in ("upgrade", "downgrade"):
        message = assert_usage_error(run("db", action, "--db", url))
        assert message.startswith("Error: cannot open the database ")
        assert "does not exist" in message


# --- 0004: office rules ---------------------------------------------------------------------


def test_0004_adds_the_office_rules_table_and_drops_it_going_down(engine: Engine) -> None:
    upgrade(engine, "0003")
    assert "office_rules" not in inspect(engine).get_table_names()
    upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entities (id, type, name_en, name_vi, single_holder) VALUES"
                " ('president', 'role', 'president', 'tổng thống', true),"
                " ('prime-minister', 'role', 'prime minister', 'thủ tướng', true)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO office_rules (id, office_a, office_b, reason)"
                " VALUES (1, 'president', 'prime-minister', 'two people')"
            )
        )
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT office_a, office_b, reason FROM office_rules").all()
    assert [tuple(r) for r in rows] == [("president", "prime-minister", "two people")]
    assert schema(engine)["office_rules"]["unique"] == [("office_a", "office_b")]
    downgrade(engine, "0003")
    assert "office_rules" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM entities").scalar() == 2


# --- 0005: speakers and stances ----------------------------------------------------------------


def test_0005_adds_speaker_and_stance_keeping_claims_as_facts_and_drops_them_going_down(
    engine: Engine,
) -> None:
    upgrade(engine, "0001")
    _claims_at_0001(engine)
    upgrade(engine, "0004")
    upgrade(engine, "0005")
    with engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, speaker_id, stance, sole_speaker FROM claims ORDER BY id"
        ).all()
        # A claim written before 0005 is a fact: no speaker, not sole.
        assert [tuple(r) for r in rows] == [
            ("oda", None, None, False),
            ("talks", None, None, False),
        ]
        conn.exec_driver_sql(
            "INSERT INTO entities (id, type, name_en, name_vi, single_holder) VALUES"
            " ('viktor-orban', 'person', 'Viktor Orbán', 'Viktor Orbán', false)"
        )
        conn.execute(
            text(
                "INSERT INTO claims (id, subject_id, predicate_id, value_low_open,"
                " value_high_open, polarity, modality, speaker_id, stance, sole_speaker)"
                " VALUES ('said', 'hungary', 'oda_approved', false, false, 'affirmed', 'fact',"
                " 'viktor-orban', 'affirmed', true)"
            )
        )
    fks = schema(engine)["claims"]["fks"]
    assert (("speaker_id",), "entities") in fks
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        assert problems == []
    downgrade(engine, "0004")
    columns = {c["name"] for c in inspect(engine).get_columns("claims")}
    assert not columns & {"speaker_id", "stance", "sole_speaker"}
    with engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM claims").scalar()
    assert count == 3
    # The partial indexes of 0003 survive the table rebuild SQLite needs for a foreign key.
    indexes = {ix["name"] for ix in inspect(engine).get_indexes("claims")}
    assert {"ix_claims_fact_predicate_subject_object", "ix_claims_restates"} <= indexes
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_claims_restates'"
            ).scalar()
        assert sql.endswith("WHERE restates IS NOT NULL")


# --- 0006: encounter predicates ----------------------------------------------------------------


def test_0006_adds_the_encounter_flag_as_false_and_drops_it_going_down(engine: Engine) -> None:
    upgrade(engine, "0001")
    _claims_at_0001(engine)
    upgrade(engine, "0006")
    with engine.connect() as conn:
        flags = conn.exec_driver_sql("SELECT DISTINCT encounter FROM predicates").all()
    # A predicate written before 0006 is no encounter until its fixtures are loaded again.
    assert [tuple(r) for r in flags] == [(False,)]
    downgrade(engine, "0005")
    assert "encounter" not in {c["name"] for c in inspect(engine).get_columns("predicates")}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM claims").scalar() == 2


# --- 0007: what a predicate implies ---------------------------------------------------------------


def test_0007_adds_what_a_predicate_implies_as_nothing_and_drops_it_going_down(
    engine: Engine,
) -> None:
    upgrade(engine, "0001")
    _claims_at_0001(engine)
    upgrade(engine, "0007")
    with engine.connect() as conn:
        implied = conn.exec_driver_sql("SELECT DISTINCT implies FROM predicates").all()
    # A predicate written before 0007 implies nothing until its fixtures are loaded again.
    assert [tuple(r) for r in implied] == [("",)]
    downgrade(engine, "0006")
    assert "implies" not in {c["name"] for c in inspect(engine).get_columns("predicates")}
    assert "encounter" in {c["name"] for c in inspect(engine).get_columns("predicates")}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM claims").scalar() == 2


# --- 0008: the relations of states ----------------------------------------------------------------


def test_0008_adds_the_state_parties_flag_as_false_and_drops_it_going_down(
    engine: Engine,
) -> None:
    upgrade(engine, "0001")
    _claims_at_0001(engine)
    upgrade(engine, "0008")
    with engine.connect() as conn:
        flags = conn.exec_driver_sql("SELECT DISTINCT state_parties FROM predicates").all()
    # A predicate written before 0008 is no relation of states until its fixtures are loaded again.
    assert [tuple(r) for r in flags] == [(False,)]
    downgrade(engine, "0007")
    columns = {c["name"] for c in inspect(engine).get_columns("predicates")}
    assert "state_parties" not in columns
    assert "implies" in columns
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM claims").scalar() == 2
