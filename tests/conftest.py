"""Shared test fixtures: an isolated database per test, a CLI runner, a small fixture set.

Every test gets its own database. By default that is a fresh SQLite file under `tmp_path`; set
FACTDB_TEST_DATABASE_URL (e.g. postgresql+psycopg://user@localhost/factdb_test) to run the same
tests against another server, in which case each test starts from an empty schema (every table,
alembic_version included, is dropped at setup). Tests against a server must not run in parallel.

The factdb CLI falls back to the project's own factdb.sqlite when no URL is given; an autouse
fixture points FACTDB_DATABASE_URL at a throw-away file so that no test can ever touch it.
"""

from __future__ import annotations

import gc
import os
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from factdb.check.checker import Checker
from factdb.cli import main
from factdb.store.db import make_engine
from factdb.store.models import Base

REPO_ROOT = Path(__file__).resolve().parent.parent
TEST_URL_ENV = "FACTDB_TEST_DATABASE_URL"


# --- the repository --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir(repo_root: Path) -> Path:
    return repo_root / "seeds"


@pytest.fixture(scope="session")
def seed_texts(seeds_dir: Path) -> dict[str, str]:
    """Seed number ("004") → its text, decoded exactly as the loader does."""
    return {p.name[:3]: p.read_bytes().decode("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}


def real_claim_files(repo_root: Path) -> list[Path]:
    claims = repo_root / "fixtures" / "claims"
    return sorted(p for p in claims.glob("*") if p.suffix in {".yaml", ".yml"})


@pytest.fixture
def real_fixtures(repo_root: Path) -> Path:
    """The curated fixtures/ directory; skips the test while no claims have been written."""
    if not real_claim_files(repo_root):
        pytest.skip("fixtures/claims/ has no claim files yet (being curated)")
    return repo_root / "fixtures"


# --- databases -------------------------------------------------------------------------------


def _is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def reset_database(url: str) -> None:
    """Drop every factdb table and Alembic's version table: an empty schema."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            leftovers = set(inspect(conn).get_table_names()) & {
                t.name for t in Base.metadata.sorted_tables
            }
            assert not leftovers, f"could not reset the test database: {leftovers}"
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _never_touch_the_project_database(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = tmp_path_factory.mktemp("guard") / "unused.sqlite"
    monkeypatch.setenv("FACTDB_DATABASE_URL", f"sqlite:///{guard}")
    # The checker's vocabulary cache goes to a per-test directory, never the user's ~/.cache,
    # nor the folder a FACTDB_CACHE_DIR of the shell running the tests names.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("FACTDB_CACHE_DIR", raising=False)


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database URL private to this test, empty at the start; also FACTDB_DATABASE_URL."""
    url = os.environ.get(TEST_URL_ENV)
    if url and not _is_sqlite(url):
        reset_database(url)
    else:
        url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    monkeypatch.setenv("FACTDB_DATABASE_URL", url)
    return url


Runner = Callable[..., Result]


@pytest.fixture
def run(db_url: str) -> Runner:
    """run("list", "--format", "json") → click Result, against this test's database.

    Pass `--db` explicitly to override. stdout and stderr are kept apart (result.stdout,
    result.stderr); result.output is both, interleaved. Exceptions are caught by click and left on
    result.exception, so a test can assert there was none.
    """

    def invoke(*args: Any, input: str | None = None) -> Result:
        runner = CliRunner()
        result = runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=True)
        if not _is_sqlite(db_url):
            gc.collect()  # drop the command's engine so server connections do not pile up
        return result

    return invoke


def assert_ok(result: Result) -> Result:
    assert result.exit_code == 0, (
        f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        f"\nexception: {result.exception!r}"
    )
    return result


def assert_usage_error(result: Result) -> str:
    """Exit 2 with a message on stderr and no traceback anywhere; returns stderr."""
    assert result.exit_code == 2, (
        f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        f"\nexception: {result.exception!r}"
    )
    assert "Traceback" not in result.output
    assert result.stderr.strip(), "the error must be explained on stderr"
    # click turns sys.exit(2) into SystemExit; anything else is an unhandled crash.
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    return result.stderr


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every factdb table, in a stable order: the database's whole content."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out = {}
            for table in Base.metadata.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                rows = conn.execute(select(table).order_by(*order, *table.columns)).all()
                out[table.name] = [tuple(r) for r in rows]
            return out
    finally:
        engine.dispose()


@pytest.fixture(name="dump")
def dump_fixture() -> Callable[[str], dict[str, list[tuple[Any, ...]]]]:
    return dump


@pytest.fixture(name="assert_ok")
def assert_ok_fixture() -> Callable[[Result], Result]:
    return assert_ok


@pytest.fixture(name="assert_usage_error")
def assert_usage_error_fixture() -> Callable[[Result], str]:
    return assert_usage_error


# --- a small fixture set ---------------------------------------------------------------------

MINI_ENTITIES = """\
entities:
  - id: vietnam
    type: country
    name: {en: Vietnam, vi: Việt Nam}
    aliases: {en: [Viet Nam]}
  - id: united-states
    type: country
    name: {en: United States, vi: Hoa Kỳ}
    aliases: {en: [USA, US], vi: [Mỹ]}
  - id: hungary
    type: country
    name: {en: Hungary, vi: Hungary}
    aliases: {vi: [Hung-ga-ri]}
  - id: czech-republic
    type: country
    name: {en: Czech Republic, vi: Séc}
    aliases: {en: [Czechia], vi: [Cộng hòa Séc]}
  - id: to-lam
    type: person
    name: {en: To Lam, vi: Tô Lâm}
  - id: viktor-orban
    type: person
    name: {en: Viktor Orbán, vi: Viktor Orbán}
    aliases: {en: [Orban]}
  - id: petr-macinka
    type: person
    name: {en: Petr Macinka, vi: Petr Macinka}
    aliases: {en: [Macinka]}
  - id: gaza-board-of-peace-meeting
    type: event
    name:
      en: inaugural meeting of the Board of Peace for Gaza
      vi: cuộc họp khai mạc Hội đồng Hòa bình về Gaza
    aliases: {en: [Board of Peace, Shared Name]}
  - id: comprehensive-strategic-partnership
    type: partnership-level
    name: {en: Comprehensive Strategic Partnership, vi: Đối tác chiến lược toàn diện}
    aliases: {en: [Shared Name]}
"""

MINI_SOURCES = """\
seeds: {seeds}
sources:
  - id: "000"
    file: 000_f6e33687d67cd29d.txt
    title: Ngày mai, Tổng Bí thư Tô Lâm sẽ có chuyến công tác tới Mỹ
    publisher: Tiền Phong
    published: 2026-02-17
    language: vi
  - id: "004"
    file: 004_f7d3cad1695ce084.txt
    title: Tổng Bí thư Tô Lâm gặp lãnh đạo các nước
    publisher: TTXVN
    published: 2026-02-20
    language: vi
    url: https://example.org/004
"""

# Claim ids, in file order, with the line each one starts on (the tests check error locations).
MINI_CLAIMS_004 = """\
source: "004"
claims:
  - id: hu-vn-trade-2025
    subject: vietnam
    predicate: trade_turnover
    qualifiers: {counterparty: hungary}
    value: {low: 1000000000, low_open: true, unit: USD}
    time: "2025"
    quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
  - id: hu-oda-400m-usd
    subject: hungary
    predicate: oda_approved
    qualifiers: {beneficiary: vietnam, event: gaza-board-of-peace-meeting}
    value: {exact: 400000000, unit: USD}
    quote: "khoản ODA trị giá 400 triệu USD cho Việt Nam"
  - id: hu-scholarships-200
    subject: hungary
    predicate: scholarships_per_year
    qualifiers: {beneficiary: vietnam}
    value: {exact: 200, unit: scholarship}
    quote: "200 học bổng mỗi năm"
  - id: to-lam-met-orban
    subject: to-lam
    predicate: met
    object: viktor-orban
    time: "2026-02-19"
    quote: "Thủ tướng Hungary Viktor Orbán"
    prefix: "Tại cuộc gặp "
  - id: to-lam-met-macinka
    subject: to-lam
    predicate: met
    object: petr-macinka
    qualifiers: {counterparty: czech-republic}
    time: "2026-02-19"
    spans:
      - {quote: "Petr Macinka", occurrence: 1}
      - {quote: "Petr Macinka", prefix: "Gặp Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Séc "}
  - id: gaza-meeting-dates
    subject: gaza-board-of-peace-meeting
    predicate: event_dates
    time: {start: "2026-02-18", end: "2026-02-20"}
    spans:
      - {quote: "từ ngày 18–20/2/2026"}
      - {source: "000", quote: "từ ngày 18 - 20/2"}
"""

MINI_CLAIMS_000 = """\
source: "000"
claims:
  - id: vn-us-csp-upgraded-2023
    subject: vietnam
    predicate: partnership_upgraded
    object: comprehensive-strategic-partnership
    qualifiers: {counterparty: united-states}
    time: "2023-09"
    quote: "được nâng cấp vào tháng 9/2023"
"""

MINI_CLAIM_IDS = {
    "hu-vn-trade-2025",
    "hu-oda-400m-usd",
    "hu-scholarships-200",
    "to-lam-met-orban",
    "to-lam-met-macinka",
    "gaza-meeting-dates",
    "vn-us-csp-upgraded-2023",
}


def write_mini_fixtures(root: Path, repo: Path = REPO_ROOT) -> Path:
    """Write the small fixture set under `root` (sources, vocabulary, two claim files)."""
    (root / "vocabulary").mkdir(parents=True, exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    for name in ("predicates.yaml", "units.yaml"):
        shutil.copyfile(repo / "fixtures" / "vocabulary" / name, root / "vocabulary" / name)
    (root / "vocabulary" / "entities.yaml").write_text(MINI_ENTITIES, encoding="utf-8")
    (root / "sources.yaml").write_text(MINI_SOURCES.format(seeds=repo / "seeds"), encoding="utf-8")
    (root / "claims" / "004.yaml").write_text(MINI_CLAIMS_004, encoding="utf-8")
    (root / "claims" / "000.yaml").write_text(MINI_CLAIMS_000, encoding="utf-8")
    return root


@pytest.fixture
def mini_fixtures(tmp_path: Path, repo_root: Path) -> Path:
    """A small, valid fixture set in tmp_path/fixtures: 2 sources, 9 entities, 7 claims."""
    return write_mini_fixtures(tmp_path / "fixtures", repo_root)


@pytest.fixture
def loaded(run: Runner, mini_fixtures: Path, db_url: str) -> Path:
    """The mini fixture set, loaded into this test's database; returns its directory."""
    assert_ok(run("load", mini_fixtures))
    return mini_fixtures


def claims_yaml(source: str, body: str) -> str:
    """A claims file for `source` from an indented YAML list body (dedented here)."""
    return f'source: "{source}"\nclaims:\n' + textwrap.indent(textwrap.dedent(body), "  ")


@pytest.fixture(name="claims_yaml")
def claims_yaml_fixture() -> Callable[[str, str], str]:
    return claims_yaml


@pytest.fixture(name="mini_claim_ids")
def mini_claim_ids_fixture() -> set[str]:
    return set(MINI_CLAIM_IDS)


# --- the curated claim base, loaded once ------------------------------------------------------


@pytest.fixture(scope="session")
def real_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The curated fixtures, loaded once for the session into a throw-away SQLite file, for the
    tests that only read the real base (corpora of examples, properties of verdicts)."""
    if not real_claim_files(REPO_ROOT):
        pytest.skip("fixtures/claims/ has no claim files yet (being curated)")
    url = f"sqlite:///{tmp_path_factory.mktemp('real') / 'real.sqlite'}"
    assert_ok(CliRunner().invoke(main, ["--db", url, "load", str(REPO_ROOT / "fixtures")]))
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def real_checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def assert_judged(checker: Checker, statement: str, verdict: str, why: str) -> None:
    """`statement` is checked to `verdict`, and for the right reason: a verdict that cites
    claims cites `why` (a claim id) among them; not enough info gives `why` in its reason."""
    from factdb.check.rules import NEI

    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict == NEI:
        assert why in judgement.explanation, judgement.explanation
    else:
        assert why in {c.id for c in judgement.evidence}, judgement.explanation


def lexicon_examples(name: str, key: str = "examples") -> list[Any]:
    """The example corpus `key` of factdb/lexicon/<lang>/<name>.yaml in every language, as test
    parameters named by language and position: a lexicon's examples are its tests."""
    from factdb.lexicon.index import LANGUAGES, load

    return [
        pytest.param(example, id=f"{lang}-{n}")
        for lang in LANGUAGES
        for n, example in enumerate(load(lang, name).get(key, []))
    ]
