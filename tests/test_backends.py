"""Nothing dialect-specific leaks into factdb: the curated fixtures loaded into SQLite and into the
PostgreSQL database named by FACTDB_TEST_DATABASE_URL give the same rows, the same entity lookups
and the same verdicts with the same evidence.

Runs only against PostgreSQL: `scripts/pg.sh run python -m pytest -q tests/test_backends.py`.
(The migrations on PostgreSQL are tests/test_migrations.py's, which runs on whatever
FACTDB_TEST_DATABASE_URL names.)
"""

from __future__ import annotations

import gc
import json
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from conftest import REPO_ROOT, TEST_URL_ENV, assert_ok, dump, real_claim_files, reset_database
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from factdb.cli import main
from factdb.store.db import make_engine
from factdb.store.models import Alias, Entity

PG_URL = os.environ.get(TEST_URL_ENV, "")

pytestmark = pytest.mark.skipif(
    not PG_URL or make_url(PG_URL).get_backend_name() != "postgresql",
    reason=f"{TEST_URL_ENV} does not name a PostgreSQL database; run under scripts/pg.sh run",
)

BACKENDS = ("sqlite", "postgresql")

# Checked on both back ends besides the labelled statements in fixtures/statements/: English and
# Vietnamese, each verdict, quantities, dates, negation, names with and without diacritics.
STATEMENTS = [
    "Hungary approved 400 million USD of ODA for Vietnam",
    "Hungary approved 500 million USD of ODA for Vietnam",
    "Hungary did not approve ODA for Vietnam",
    "Trade between Vietnam and Hungary exceeded 1 billion USD in 2025",
    "Hungary grants Viet Nam 300 scholarships per year",
    "To Lam met Viktor Orban on 19 February 2026",
    "Tô Lâm gặp Thủ tướng Hungary Viktor Orbán ngày 19/2/2026",
    "Hungary cấp 200 học bổng mỗi năm cho Việt Nam",
    "Hungary cap 200 hoc bong moi nam cho Viet Nam",
    "Quan hệ Việt Nam - Hoa Kỳ được nâng cấp lên Đối tác chiến lược toàn diện vào tháng 9/2023",
    "Vietnam and the US upgraded ties in 2021",
    "Mỹ và Việt Nam nâng cấp quan hệ năm 2020",
    "The Board of Peace met in Gaza from 18 to 20 February 2026",
    "Georgia signed a trade deal with Congo",
]


def strip_marks(text: str) -> str:
    """The name as typed without diacritics: "Việt Nam" → "Viet Nam", "Đà Nẵng" → "Da Nang"."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).translate(str.maketrans("đĐ", "dD"))
    return unicodedata.normalize("NFC", bare)


def invoke(url: str, *args: str) -> Result:
    result = CliRunner().invoke(main, ["--db", url, *args], catch_exceptions=True)
    if url == PG_URL:
        gc.collect()  # drop the command's engine so that server connections do not pile up
    return result


@pytest.fixture(scope="module")
def urls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The real fixtures, loaded with `factdb load` into a fresh SQLite file and into PostgreSQL."""
    if not real_claim_files(REPO_ROOT):
        pytest.skip("fixtures/claims/ has no claim files yet (being curated)")
    sqlite_file = tmp_path_factory.mktemp("backends") / "real.sqlite"
    out = {"sqlite": f"sqlite:///{sqlite_file}", "postgresql": PG_URL}
    reset_database(PG_URL)
    for url in out.values():
        assert_ok(invoke(url, "load", str(REPO_ROOT / "fixtures")))
    return out


@pytest.fixture(scope="module")
def engines(urls: dict[str, str]) -> Iterator[dict[str, Engine]]:
    """Engines made the way factdb makes them (SQLite pragmas included)."""
    out = {name: make_engine(url) for name, url in urls.items()}
    yield out
    for engine in out.values():
        engine.dispose()


# --- (a) the stored rows --------------------------------------------------------------------------


def test_every_table_holds_the_same_rows(urls: dict[str, str]) -> None:
    lite, pg = dump(urls["sqlite"]), dump(urls["postgresql"])
    assert lite.keys() == pg.keys()
    for table in lite:
        assert lite[table], f"{table} is empty: the test would prove nothing"
        only_lite = set(lite[table]) - set(pg[table])
        only_pg = set(pg[table]) - set(lite[table])
        assert not only_lite and not only_pg, (
            f"{table}: rows differ between the back ends\n"
            f"only on SQLite: {sorted(only_lite, key=repr)[:5]}\n"
            f"only on PostgreSQL: {sorted(only_pg, key=repr)[:5]}"
        )
        # Same multiset, and the same order when sorted by the primary key in the database: a
        # difference here is the server's collation (text keys must sort by code point, as the
        # C collation and SQLite do), which would reorder `factdb list` and friends.
        assert lite[table] == pg[table], f"{table}: ORDER BY primary key differs (collation?)"


def test_values_come_back_with_the_same_python_types(urls: dict[str, str]) -> None:
    lite, pg = dump(urls["sqlite"]), dump(urls["postgresql"])
    for table in lite:
        for row_lite, row_pg in zip(lite[table], pg[table], strict=True):
            assert [type(v) for v in row_lite] == [type(v) for v in row_pg], (table, row_lite)


# --- (b) alias folding and entity lookups ---------------------------------------------------------


def lookup_names(engine: Engine) -> list[str]:
    """Every entity id and every alias with diacritics, as written and without them; a spread of
    the other aliases, upper- and lower-cased too; names no entity has."""
    with engine.connect() as conn:
        aliases = conn.execute(select(Alias.alias).order_by(Alias.id)).scalars().all()
        ids = conn.execute(select(Entity.id).order_by(Entity.id)).scalars().all()
    names = dict.fromkeys(ids)
    for i, alias in enumerate(aliases):
        if strip_marks(alias) != alias:
            names.update(dict.fromkeys([alias, strip_marks(alias)]))
        elif i % 5 == 0:
            names[alias] = None
        if i % 10 == 0:
            names.update(dict.fromkeys([alias.upper(), alias.lower()]))
    names.update(dict.fromkeys(["Atlantis", "Viet-Nam!", "", "  Hungary  ", "HUNGARY"]))
    return list(names)


def test_every_alias_resolves_to_the_same_entity(engines: dict[str, Engine]) -> None:
    """Through the standard library's sqlite3 on SQLite (what `list --entity` uses there) and
    through SQLAlchemy on PostgreSQL."""
    from factdb.store.browse import NotFound, reading, resolve_entity
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    names = lookup_names(engines["sqlite"])
    lite_url = engines["sqlite"].url.render_as_string()
    lite_path = sqlite_file(lite_url)
    assert lite_path is not None
    bases = {"sqlite": SqliteFile(lite_url, lite_path), "postgresql": engines["postgresql"]}
    results: dict[str, list[str]] = {}
    for backend in BACKENDS:
        out = []
        with reading(bases[backend]) as reader:
            for name in names:
                try:
                    out.append(resolve_entity(reader, name))
                except NotFound as exc:
                    out.append(f"NotFound: {exc}")
        results[backend] = out
    differ = [
        (name, lite, pg)
        for name, lite, pg in zip(names, results["sqlite"], results["postgresql"], strict=True)
        if lite != pg
    ]
    assert not differ, f"{len(differ)} of {len(names)} lookups differ, e.g. {differ[:5]}"
    # The sample is worth something: diacritics folded away still find the entity.
    assert results["sqlite"][names.index("Viet Nam")] == "vietnam"


def cli_sample(engine: Engine) -> list[str]:
    """A spread of aliases for `factdb list --entity`: with and without diacritics, ambiguous
    ones, unknown ones."""
    with engine.connect() as conn:
        aliases = conn.execute(select(Alias.alias).order_by(Alias.id)).scalars().all()
        shared = (
            conn.execute(
                select(Alias.folded)
                .group_by(Alias.folded)
                .having(func.count(func.distinct(Alias.entity_id)) > 1)
                .order_by(Alias.folded)
            )
            .scalars()
            .all()
        )
    marked = [a for a in aliases if strip_marks(a) != a]
    plain = [a for a in aliases if strip_marks(a) == a]
    sample = marked[:: max(1, len(marked) // 10)] + plain[:: max(1, len(plain) // 8)]
    sample += [strip_marks(a) for a in marked[:: max(1, len(marked) // 6)]]
    sample += [*shared[:4], "Hoa Kỳ", "hoa ky", "Mỹ", "Việt Nam", "VIET NAM", "Atlantis"]
    return list(dict.fromkeys(sample))


def test_list_by_entity_is_the_same(urls: dict[str, str], engines: dict[str, Engine]) -> None:
    sample = cli_sample(engines["sqlite"])
    found = 0
    for name in sample:
        lite = invoke(urls["sqlite"], "list", "--entity", name, "--format", "json")
        pg = invoke(urls["postgresql"], "list", "--entity", name, "--format", "json")
        assert (lite.exit_code, lite.stdout, lite.stderr) == (pg.exit_code, pg.stdout, pg.stderr), (
            name
        )
        assert lite.exit_code in (0, 2), (name, lite.exception)
        found += lite.exit_code == 0 and bool(json.loads(lite.stdout))
    assert found >= 3, "the sample should name some entities that have claims"


def test_sources_and_show_are_the_same(urls: dict[str, str], engines: dict[str, Engine]) -> None:
    for fmt in ("json", "csv", "table"):
        lite = invoke(urls["sqlite"], "sources", "--format", fmt)
        pg = invoke(urls["postgresql"], "sources", "--format", fmt)
        assert_ok(lite)
        assert (lite.stdout, lite.stderr) == (pg.stdout, pg.stderr)
    lite = invoke(urls["sqlite"], "list", "--format", "csv")
    assert lite.stdout == assert_ok(invoke(urls["postgresql"], "list", "--format", "csv")).stdout
    listed = json.loads(invoke(urls["sqlite"], "list", "--format", "json").stdout)
    for claim_id in [row["id"] for row in listed][::7]:
        lite, pg = (invoke(urls[b], "show", claim_id, "--format", "json") for b in BACKENDS)
        assert (assert_ok(lite).stdout, lite.stderr) == (pg.stdout, pg.stderr), claim_id


# --- (c) verdicts and evidence --------------------------------------------------------------------


def labelled_statements() -> list[str]:
    """The texts of fixtures/statements/*.yaml (`statements:` [{text, verdict, claims}])."""
    texts: list[str] = []
    for path in sorted((REPO_ROOT / "fixtures" / "statements").glob("*.y*ml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        texts += [str(item["text"]) for item in doc.get("statements") or [] if item.get("text")]
    return texts


@pytest.fixture(scope="module")
def checkers(engines: dict[str, Engine]) -> dict[str, Any]:
    try:
        from factdb.check.checker import Checker
    except ImportError as exc:
        pytest.skip(f"factdb.check.checker.Checker is not importable yet: {exc}")
    return {backend: Checker(engines[backend]) for backend in BACKENDS}


def test_statements_get_the_same_verdicts_and_evidence(checkers: dict[str, Any]) -> None:
    from factdb.cli.report import judgement_to_dict

    statements = list(dict.fromkeys(STATEMENTS + labelled_statements()))
    with_evidence = 0
    for text in statements:
        lite, pg = (judgement_to_dict(checkers[b].check(text)) for b in BACKENDS)
        assert lite == pg, text
        with_evidence += bool(lite["evidence"])
    assert with_evidence >= 3, "some statements must be decided by evidence to prove anything"


def test_the_standard_library_read_path_gives_postgresql_s_verdicts(
    checkers: dict[str, Any], urls: dict[str, str]
) -> None:
    """`check` on a SQLite file reads through sqlite3, not SQLAlchemy (store/sqlite_read.py):
    its verdicts, reasons and evidence are PostgreSQL's too."""
    from factdb.check.checker import Checker
    from factdb.cli.report import judgement_to_dict
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    path = sqlite_file(urls["sqlite"])
    assert path is not None
    stdlib = Checker(SqliteFile(urls["sqlite"], path))
    for text in list(dict.fromkeys(STATEMENTS + labelled_statements())):
        pg = judgement_to_dict(checkers["postgresql"].check(text))
        assert judgement_to_dict(stdlib.check(text)) == pg, text


def test_statements_parse_the_same(checkers: dict[str, Any]) -> None:
    for text in list(dict.fromkeys(STATEMENTS + labelled_statements())):
        lite, pg = (checkers[b].parse(text).to_dict() for b in BACKENDS)
        assert lite == pg, text


def test_check_command_output_is_the_same(urls: dict[str, str], tmp_path: Path) -> None:
    statements = tmp_path / "statements.txt"
    statements.write_text("\n".join(STATEMENTS + labelled_statements()) + "\n", encoding="utf-8")
    lite = invoke(urls["sqlite"], "check", "--file", str(statements), "--format", "jsonl")
    pg = invoke(urls["postgresql"], "check", "--file", str(statements), "--format", "jsonl")
    assert lite.exit_code in (0, 1), lite.exception
    assert (lite.exit_code, lite.stdout, lite.stderr) == (pg.exit_code, pg.stdout, pg.stderr)


# --- what the schema allows ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("id: hu-oda-400m-usd", "id: hu-oda-" + "x" * 200),  # claims.id is String(128)
        ("aliases: {en: [Orban]}", "aliases: {en: [Orban, " + "Orban " * 60 + "]}"),  # folded
    ],
    ids=["claim-id", "alias"],
)
def test_over_long_values_are_treated_alike(
    db_url: str, mini_fixtures: Path, tmp_path: Path, old: str, new: str
) -> None:
    for path in (
        mini_fixtures / "claims" / "004.yaml",
        mini_fixtures / "vocabulary" / "entities.yaml",
    ):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(old, new), encoding="utf-8")
    lite = invoke(f"sqlite:///{tmp_path / 'long.sqlite'}", "load", str(mini_fixtures))
    pg = invoke(db_url, "load", str(mini_fixtures))
    assert pg.exception is None or isinstance(pg.exception, SystemExit), repr(pg.exception)
    assert lite.exit_code == pg.exit_code == 2, (lite.output, pg.output)
    assert lite.stderr == pg.stderr
