"""`factdb load`: all-or-nothing validation, precise errors, idempotent reloads, auto-build."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import create_engine, text, update

from factdb.store.migrations import head
from factdb.store.models import Claim

Runner = Callable[..., Result]
Check = Callable[[Result], Result]
Refused = Callable[[Result], str]
Dump = Callable[[str], dict[str, list[tuple[object, ...]]]]


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line of `path` containing `needle`."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def append_claim(path: Path, body: str) -> None:
    """Append one claim (YAML mapping lines, unindented) to a claims file's list."""
    lines = body.strip("\n").splitlines()
    item = "  - " + lines[0] + "\n" + "".join(f"    {line}\n" for line in lines[1:])
    with path.open("a", encoding="utf-8") as fh:
        fh.write(item)


def bump_mtime(path: Path, seconds: int = 10) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 1_000_000_000))


def edit(path: Path, old: str, new: str) -> None:
    content = path.read_text(encoding="utf-8")
    assert content.count(old) == 1, f"{old!r} must occur once in {path}"
    path.write_text(content.replace(old, new), encoding="utf-8")


# --- bad inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    """How to break a copy of the mini fixture set, and what the error must say."""

    id: str
    breaks: Callable[[Path, Path], None]  # (fixture dir, tmp dir) → None
    file: str  # the file the error must name (path relative to the fixture dir)
    reason: str  # a fragment of the reason
    claim: str | None = None  # the claim id the error must name
    line_needle: str | None = None  # the error must give the line of this text in `file`


def _add(body: str, file: str = "004.yaml") -> Callable[[Path, Path], None]:
    def apply(fixtures: Path, _tmp: Path) -> None:
        append_claim(fixtures / "claims" / file, body)

    return apply


def _write(file: str, content: str | bytes) -> Callable[[Path, Path], None]:
    def apply(fixtures: Path, _tmp: Path) -> None:
        path = fixtures / file
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return apply


def _edit_vocabulary(old: str, new: str) -> Callable[[Path, Path], None]:
    def apply(fixtures: Path, _tmp: Path) -> None:
        edit(fixtures / "vocabulary" / "entities.yaml", old, new)

    return apply


def _evil_tag(fixtures: Path, tmp: Path) -> None:
    marker = tmp / "pwned"
    (fixtures / "claims" / "007.yaml").write_text(
        f'source: "004"\nclaims:\n  - !!python/object/apply:os.system ["touch {marker}"]\n',
        encoding="utf-8",
    )


OK_QUOTE = 'quote: "khoản ODA trị giá 400 triệu USD cho Việt Nam"'

BAD_INPUTS = [
    Bad(
        "unknown-entity",
        _add(
            f"id: bad-entity\nsubject: atlantis\npredicate: oda_approved\n"
            f"value: {{exact: 1, unit: USD}}\n{OK_QUOTE}"
        ),
        "claims/004.yaml",
        "unknown entity 'atlantis'",
        "bad-entity",
        "id: bad-entity",
    ),
    Bad(
        "unknown-object-entity",
        _add(
            'id: bad-object\nsubject: to-lam\npredicate: met\nobject: nobody\ntime: "2026-02-19"\n'
            'quote: "Thủ tướng Hungary Viktor Orbán"\noccurrence: 1'
        ),
        "claims/004.yaml",
        "unknown entity 'nobody' in 'object'",
        "bad-object",
        "id: bad-object",
    ),
    Bad(
        "unknown-qualifier-entity",
        _add(
            "id: bad-qualifier\nsubject: hungary\npredicate: oda_approved\n"
            f"qualifiers: {{beneficiary: narnia}}\nvalue: {{exact: 1, unit: USD}}\n{OK_QUOTE}"
        ),
        "claims/004.yaml",
        "unknown entity 'narnia'",
        "bad-qualifier",
        "id: bad-qualifier",
    ),
    Bad(
        "unknown-predicate",
        _add(f"id: bad-predicate\nsubject: hungary\npredicate: owns\n{OK_QUOTE}"),
        "claims/004.yaml",
        "unknown predicate 'owns'",
        "bad-predicate",
        "id: bad-predicate",
    ),
    Bad(
        "unknown-unit",
        _add(
            f"id: bad-unit\nsubject: hungary\npredicate: oda_approved\n"
            f"value: {{exact: 400000000, unit: GBP}}\n{OK_QUOTE}"
        ),
        "claims/004.yaml",
        "unknown unit 'GBP'",
        "bad-unit",
        "id: bad-unit",
    ),
    Bad(
        "quote-not-found",
        _add(
            "id: bad-quote\nsubject: hungary\npredicate: oda_approved\n"
            'value: {exact: 1, unit: USD}\nquote: "khoản ODA trị giá 500 triệu USD"'
        ),
        "claims/004.yaml",
        "quote not found",
        "bad-quote",
        "id: bad-quote",
    ),
    Bad(
        "quote-ambiguous",
        _add(
            "id: bad-ambiguous\nsubject: to-lam\npredicate: met\nobject: viktor-orban\n"
            'time: "2026-02-19"\nquote: "Thủ tướng Hungary Viktor Orbán"'
        ),
        "claims/004.yaml",
        "ambiguous",
        "bad-ambiguous",
        "id: bad-ambiguous",
    ),
    Bad(
        "offsets-mismatch",
        _add(
            f"id: bad-offsets\nsubject: hungary\npredicate: oda_approved\n"
            f"value: {{exact: 1, unit: USD}}\n{OK_QUOTE}\nstart: 0\nend: 44"
        ),
        "claims/004.yaml",
        "offsets 0-44",
        "bad-offsets",
        "id: bad-offsets",
    ),
    Bad(
        "offsets-outside-text",
        _add(
            "id: bad-negative\nsubject: hungary\npredicate: oda_approved\n"
            'value: {exact: 1, unit: USD}\nquote: "(EU)."\nstart: -5\nend: 100000'
        ),
        "claims/004.yaml",
        "offsets -5-100000",
        "bad-negative",
        "id: bad-negative",
    ),
    Bad(
        "duplicate-id-across-files",
        _write(
            "claims/005.yaml",
            'source: "004"\nclaims:\n  - id: hu-oda-400m-usd\n    subject: hungary\n'
            "    predicate: oda_approved\n    value: {exact: 400000000, unit: USD}\n"
            '    quote: "400 triệu USD"\n',
        ),
        "claims/005.yaml",
        "duplicate claim id",
        "hu-oda-400m-usd",
        "id: hu-oda-400m-usd",
    ),
    Bad(
        "value-wrong-type",
        _add(
            f'id: bad-value\nsubject: hungary\npredicate: oda_approved\nvalue: "lots"\n{OK_QUOTE}'
        ),
        "claims/004.yaml",
        "value must be a mapping",
        "bad-value",
        "id: bad-value",
    ),
    Bad(
        "value-number-wrong-type",
        _add(
            "id: bad-number\nsubject: hungary\npredicate: oda_approved\n"
            f'value: {{exact: "lots", unit: USD}}\n{OK_QUOTE}'
        ),
        "claims/004.yaml",
        "must be a number",
        "bad-number",
        "id: bad-number",
    ),
    Bad(
        "unit-wrong-dimension",
        _add(
            "id: bad-dimension\nsubject: hungary\npredicate: scholarships_per_year\n"
            'value: {exact: 200, unit: USD}\nquote: "200 học bổng mỗi năm"'
        ),
        "claims/004.yaml",
        "unit USD is a money, but scholarships_per_year needs a count",
        "bad-dimension",
        "id: bad-dimension",
    ),
    Bad(
        "name-split-by-a-comma",
        _edit_vocabulary(
            "name: {en: Vietnam, vi: Việt Nam}", "name: {en: Vietnam, VN, vi: Việt Nam}"
        ),
        "vocabulary/entities.yaml",
        "'VN' is no language (en, vi)",
        None,
        "id: vietnam",
    ),
    Bad(
        "invalid-yaml",
        _write("claims/006.yaml", 'source: "004"\nclaims:\n  - id: x\n    subject: [unclosed\n'),
        "claims/006.yaml",
        "invalid YAML",
    ),
    Bad(
        "yaml-python-tag",
        _evil_tag,
        "claims/007.yaml",
        "invalid YAML",
        None,
        "!!python/object/apply",
    ),
    Bad(
        "not-utf8",
        _write("claims/008.yaml", 'source: "004"\nclaims:\n  - id: caf\xe9\n'.encode("latin-1")),
        "claims/008.yaml",
        "not UTF-8",
    ),
]


@pytest.fixture
def bad_copy(tmp_path: Path, loaded: Path) -> Path:
    """A copy of the (already loaded) mini fixture set, to be broken by the test."""
    return Path(shutil.copytree(loaded, tmp_path / "bad"))


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=lambda b: b.id)
def test_bad_input_is_refused_and_changes_nothing(
    bad: Bad,
    bad_copy: Path,
    tmp_path: Path,
    run: Runner,
    db_url: str,
    assert_usage_error: Refused,
    dump: Dump,
) -> None:
    before = dump(db_url)
    assert before["claims"], "the good set must be loaded first"
    bad.breaks(bad_copy, tmp_path)

    stderr = assert_usage_error(run("load", bad_copy))

    assert "nothing loaded" in stderr
    assert str(Path(bad.file)) in stderr, f"the error must name {bad.file}"
    assert bad.reason in stderr
    if bad.claim:
        assert f"(claim {bad.claim})" in stderr
    if bad.line_needle:
        line = line_of(bad_copy / bad.file, bad.line_needle)
        assert f"{bad.file}:{line}" in stderr, f"the error must give line {line}"
    assert dump(db_url) == before
    assert not (tmp_path / "pwned").exists(), "a YAML tag ran a command"


def test_invalid_yaml_names_the_line(
    bad_copy: Path, run: Runner, assert_usage_error: Refused
) -> None:
    path = bad_copy / "claims" / "006.yaml"
    path.write_text('source: "004"\nclaims:\n  - id: x\n    subject: [unclosed\n  - id: y\n')
    stderr = assert_usage_error(run("load", bad_copy))
    assert "claims/006.yaml:" in stderr
    line = int(stderr.split("claims/006.yaml:")[1].split(":")[0])
    assert 4 <= line <= 6  # the parser reports where the flow sequence breaks


def test_python_tags_are_rejected_anywhere(
    bad_copy: Path, tmp_path: Path, run: Runner, assert_usage_error: Refused
) -> None:
    marker = tmp_path / "pwned-too"
    entities = bad_copy / "vocabulary" / "entities.yaml"
    entities.write_text(
        entities.read_text(encoding="utf-8")
        + f'  - !!python/object/new:os.system ["touch {marker}"]\n',
        encoding="utf-8",
    )
    stderr = assert_usage_error(run("load", bad_copy))
    assert "vocabulary/entities.yaml" in stderr
    assert not marker.exists()


def test_a_bad_set_on_an_empty_database_loads_nothing(
    mini_fixtures: Path, run: Runner, db_url: str, assert_usage_error: Refused, dump: Dump
) -> None:
    append_claim(
        mini_fixtures / "claims" / "004.yaml",
        f"id: bad-entity\nsubject: atlantis\npredicate: oda_approved\n{OK_QUOTE}",
    )
    assert_usage_error(run("load", mini_fixtures))
    assert all(rows == [] for rows in dump(db_url).values())


def test_every_problem_is_listed(
    bad_copy: Path, run: Runner, db_url: str, assert_usage_error: Refused
) -> None:
    claims = bad_copy / "claims" / "004.yaml"
    append_claim(claims, f"id: bad-one\nsubject: atlantis\npredicate: oda_approved\n{OK_QUOTE}")
    append_claim(claims, f"id: bad-two\nsubject: hungary\npredicate: owns\n{OK_QUOTE}")
    (bad_copy / "claims" / "009.yaml").write_text("claims: [\n", encoding="utf-8")
    stderr = assert_usage_error(run("load", bad_copy))
    assert "3 problem(s)" in stderr
    assert "(claim bad-one)" in stderr
    assert "(claim bad-two)" in stderr
    assert "claims/009.yaml" in stderr


def test_missing_path_is_a_usage_error(
    tmp_path: Path, run: Runner, assert_usage_error: Refused
) -> None:
    stderr = assert_usage_error(run("load", tmp_path / "nowhere"))
    assert "nowhere" in stderr


# --- reloading ----------------------------------------------------------------------------------


def test_load_reports_what_it_loaded(mini_fixtures: Path, run: Runner, assert_ok: Check) -> None:
    out = assert_ok(run("load", mini_fixtures)).stdout
    assert "2 sources" in out
    assert "9 entities" in out
    assert "7 claims" in out
    assert "9 spans" in out


def test_loading_twice_changes_nothing(
    loaded: Path, run: Runner, db_url: str, assert_ok: Check, dump: Dump, mini_claim_ids: set[str]
) -> None:
    first = dump(db_url)
    assert {row[0] for row in first["claims"]} == mini_claim_ids
    assert_ok(run("load", loaded))
    assert dump(db_url) == first


def test_editing_a_value_and_reloading_updates_it(
    loaded: Path, run: Runner, db_url: str, assert_ok: Check
) -> None:
    edit(
        loaded / "claims" / "004.yaml",
        "{exact: 400000000, unit: USD}",
        "{exact: 450000000.5, unit: EUR}",
    )
    assert_ok(run("load", loaded))
    claims = json.loads(assert_ok(run("show", "hu-oda-400m-usd", "--format", "json")).stdout)
    assert claims["value"] == {
        "low": 450000000.5,
        "high": 450000000.5,
        "low_open": False,
        "high_open": False,
        "unit": "EUR",
    }


def test_removing_a_claim_removes_its_spans_and_qualifiers(
    loaded: Path,
    run: Runner,
    db_url: str,
    assert_ok: Check,
    assert_usage_error: Refused,
    dump: Dump,
    mini_claim_ids: set[str],
) -> None:
    before = dump(db_url)
    gone = "to-lam-met-macinka"  # two spans and a qualifier
    assert sum(1 for s in before["spans"] if s[1] == gone) == 2
    assert sum(1 for q in before["qualifiers"] if q[0] == gone) == 1

    path = loaded / "claims" / "004.yaml"
    content = path.read_text(encoding="utf-8")
    start = content.index(f"  - id: {gone}")
    end = content.index("  - id: ", start + 1)
    path.write_text(content[:start] + content[end:], encoding="utf-8")
    # A load that removes more than it adds says so and needs --replace (issue 12).
    assert "it would remove 1 of the 7 claims" in assert_usage_error(run("load", loaded))
    assert dump(db_url) == before
    assert_ok(run("load", "--replace", loaded))

    after = dump(db_url)
    assert {row[0] for row in after["claims"]} == mini_claim_ids - {gone}
    assert all(s[1] != gone for s in after["spans"])
    assert all(q[0] != gone for q in after["qualifiers"])
    # Everything else is as it was (span ids are surrogates and may be renumbered).
    assert sorted(s[1:] for s in after["spans"]) == sorted(
        s[1:] for s in before["spans"] if s[1] != gone
    )
    assert after["qualifiers"] == [q for q in before["qualifiers"] if q[0] != gone]
    assert_usage_error(run("show", gone))


def test_removing_an_entity_still_in_use_is_refused(
    loaded: Path, run: Runner, db_url: str, assert_usage_error: Refused, dump: Dump
) -> None:
    before = dump(db_url)
    edit(
        loaded / "vocabulary" / "entities.yaml",
        "  - id: petr-macinka\n    type: person\n    name: {en: Petr Macinka, vi: Petr Macinka}\n"
        "    aliases: {en: [Macinka]}\n",
        "",
    )
    stderr = assert_usage_error(run("load", loaded))
    assert "unknown entity 'petr-macinka'" in stderr
    assert "(claim to-lam-met-macinka)" in stderr
    assert dump(db_url) == before


# --- building and rebuilding by itself ----------------------------------------------------------


def test_first_command_on_an_empty_database_migrates_and_loads(
    mini_fixtures: Path,
    run: Runner,
    monkeypatch: pytest.MonkeyPatch,
    assert_ok: Check,
    mini_claim_ids: set[str],
) -> None:
    monkeypatch.setattr("factdb.config.fixtures_path", lambda: str(mini_fixtures))
    assert "base" in assert_ok(run("db", "current")).stdout
    claims = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    assert {c["id"] for c in claims} == mini_claim_ids
    assert f"database: {head()}" in assert_ok(run("db", "current")).stdout


def test_a_broken_default_set_on_first_use_fails_cleanly(
    mini_fixtures: Path, run: Runner, monkeypatch: pytest.MonkeyPatch, assert_usage_error: Refused
) -> None:
    append_claim(
        mini_fixtures / "claims" / "004.yaml",
        f"id: bad-entity\nsubject: atlantis\npredicate: oda_approved\n{OK_QUOTE}",
    )
    monkeypatch.setattr("factdb.config.fixtures_path", lambda: str(mini_fixtures))
    stderr = assert_usage_error(run("list"))
    assert "the fixtures do not load" in stderr
    assert "(claim bad-entity)" in stderr


def _oda(run: Runner) -> dict[str, object]:
    result = run("list", "--format", "json")
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    return next(c for c in claims if c["id"] == "hu-oda-400m-usd")["value"]


def test_editing_a_loaded_fixture_reloads_on_the_next_command(loaded: Path, run: Runner) -> None:
    assert _oda(run)["low"] == 4e8
    path = loaded / "claims" / "004.yaml"
    size = path.stat().st_size
    # Same length, so only the modification time tells the change apart.
    edit(path, "{exact: 400000000, unit: USD}", "{exact: 500000000, unit: USD}")
    bump_mtime(path)
    assert path.stat().st_size == size
    assert _oda(run)["low"] == 5e8


def test_new_claim_file_in_a_loaded_directory_is_picked_up(
    loaded: Path, run: Runner, assert_ok: Check, mini_claim_ids: set[str]
) -> None:
    (loaded / "claims" / "010.yaml").write_text(
        'source: "004"\nclaims:\n'
        "  - {id: hu-vn-partners, subject: vietnam, predicate: partnership_level,\n"
        "     object: comprehensive-strategic-partnership, qualifiers: {counterparty: hungary},\n"
        '     quote: "quan hệ đối tác toàn diện Việt Nam – Hungary"}\n',
        encoding="utf-8",
    )
    ids = {c["id"] for c in json.loads(assert_ok(run("list", "--format", "json")).stdout)}
    assert ids == mini_claim_ids | {"hu-vn-partners"}


def test_unchanged_fixtures_are_not_reloaded_but_touched_ones_are(
    loaded: Path, run: Runner, db_url: str
) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(update(Claim).where(Claim.id == "hu-oda-400m-usd").values(value_low=1.0))
    finally:
        engine.dispose()
    # Nothing changed on disk: the database is trusted as it is (no reload, no Alembic).
    assert _oda(run)["low"] == 1.0
    bump_mtime(loaded / "claims" / "000.yaml")
    assert _oda(run)["low"] == 4e8


def test_editing_a_seed_named_by_the_seeds_key_reloads(
    tmp_path: Path, mini_fixtures: Path, seeds_dir: Path, run: Runner, assert_ok: Check
) -> None:
    texts = Path(shutil.copytree(seeds_dir, tmp_path / "texts"))
    edit(mini_fixtures / "sources.yaml", f"seeds: {seeds_dir}", f"seeds: {texts}")
    assert_ok(run("load", mini_fixtures))
    before = json.loads(assert_ok(run("show", "hu-oda-400m-usd", "--format", "json")).stdout)
    seed = texts / "004_f7d3cad1695ce084.txt"
    seed.write_bytes(b"X" + seed.read_bytes())
    bump_mtime(seed)
    after = json.loads(assert_ok(run("show", "hu-oda-400m-usd", "--format", "json")).stdout)
    assert after["spans"][0]["start"] == before["spans"][0]["start"] + 1


def test_a_read_trusts_the_listing_of_a_large_seed_folder(
    tmp_path: Path,
    mini_fixtures: Path,
    seeds_dir: Path,
    run: Runner,
    assert_ok: Check,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A read does not look at each of thousands of seed texts: it trusts a large folder's
    listing, and looks again once that changes; a load always looks at every text."""
    from factdb.ingest import discover

    monkeypatch.setattr(discover, "LISTING_TRUSTED_FROM", 2)  # the mini set's 2 texts: large
    texts = Path(shutil.copytree(seeds_dir, tmp_path / "texts"))
    edit(mini_fixtures / "sources.yaml", f"seeds: {seeds_dir}", f"seeds: {texts}")
    assert_ok(run("load", mini_fixtures))

    def start() -> int:
        shown = json.loads(assert_ok(run("show", "hu-oda-400m-usd", "--format", "json")).stdout)
        return int(shown["spans"][0]["start"])

    before = start()
    seed = texts / "004_f7d3cad1695ce084.txt"
    seed.write_bytes(b"X" + seed.read_bytes())
    bump_mtime(seed)
    assert start() == before  # edited in place: the listing is the same
    seed.rename(texts / "moved.txt")
    (texts / "moved.txt").rename(seed)
    assert start() == before + 1  # the listing changed: every text is looked at


# --- the curated fixtures -------------------------------------------------------------------------


def test_real_fixtures_every_span_quotes_its_source(
    real_fixtures: Path, run: Runner, db_url: str, assert_ok: Check
) -> None:
    assert_ok(run("load", real_fixtures))
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            texts = dict(conn.execute(text("SELECT id, text FROM sources")).all())
            spans = conn.execute(
                text('SELECT claim_id, source_id, start, "end", quote FROM spans')
            ).all()
            claim_ids = set(conn.execute(text("SELECT id FROM claims")).scalars())
    finally:
        engine.dispose()
    assert claim_ids
    assert {s.claim_id for s in spans} == claim_ids, "every claim needs evidence"
    for s in spans:
        assert 0 <= s.start < s.end <= len(texts[s.source_id]), s
        assert texts[s.source_id][s.start : s.end] == s.quote, s


def test_real_fixtures_every_seed_has_a_claim(
    real_fixtures: Path, seeds_dir: Path, run: Runner, assert_ok: Check
) -> None:
    assert_ok(run("load", real_fixtures))
    sources = json.loads(assert_ok(run("sources", "--format", "json")).stdout)
    seeds = sorted(p.name[:3] for p in seeds_dir.glob("*.txt"))
    assert sorted(s["id"] for s in sources) == seeds
    without = [s["id"] for s in sources if s["claims"] < 1]
    assert not without, f"seeds without any claim: {without}"


def test_real_fixtures_source_texts_are_the_seeds_byte_for_byte(
    real_fixtures: Path, seed_texts: dict[str, str], run: Runner, db_url: str, assert_ok: Check
) -> None:
    assert_ok(run("load", real_fixtures))
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            stored = dict(conn.execute(text("SELECT id, text FROM sources")).all())
    finally:
        engine.dispose()
    assert stored == seed_texts


HELD_TALKS = {
    "id": "hegseth-talks-extra",
    "source": "002",
    "subject": "pete-hegseth",
    "predicate": "held_talks",
    "qualifiers": {"counterparty": "phan-van-giang"},
    "quote": "hội đàm giữa Bộ trưởng Pete Hegseth và Bộ trưởng Quốc phòng Việt Nam Phan Văn Giang",
}


def test_claims_alone_load_with_the_project_vocabulary(
    run: Runner, tmp_path: Path, assert_ok: Check, assert_usage_error: Refused
) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps(HELD_TALKS, ensure_ascii=False) + "\n", encoding="utf-8")
    result = assert_ok(run("load", extra))
    assert "with the sources and vocabulary of" in result.stderr
    assert "1 claims" in result.stdout
    listed = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    assert [c["id"] for c in listed] == ["hegseth-talks-extra"]
    refused = assert_usage_error(run("load", "--no-project-vocabulary", extra))
    assert "unknown entity 'pete-hegseth' in 'subject': no vocabulary loaded names it" in refused


# --- office rules (issue 10) ---------------------------------------------------------------------

ROLES = """entities:
  - {id: president, type: role, name: {en: president, vi: tổng thống}, single_holder: true}
  - {id: prime-minister, type: role, name: {en: prime minister, vi: thủ tướng}}
"""


def test_office_rules_load_with_their_reason(
    mini_fixtures: Path, run: Runner, db_url: str, assert_ok: Check
) -> None:
    (mini_fixtures / "vocabulary" / "roles.yaml").write_text(ROLES, encoding="utf-8")
    (mini_fixtures / "vocabulary" / "offices.yaml").write_text(
        "office_rules:\n  - offices: [prime-minister, president]\n    reason: two people\n",
        encoding="utf-8",
    )
    assert_ok(run("load", mini_fixtures))
    with create_engine(db_url).connect() as conn:
        rows = conn.execute(text("SELECT office_a, office_b, reason FROM office_rules")).all()
    assert [tuple(r) for r in rows] == [("president", "prime-minister", "two people")]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("  - {offices: [president, hungary], reason: x}", "'hungary' is not a role entity"),
        ("  - {offices: [president], reason: x}", "offices must be two role ids"),
        ("  - {offices: [president, prime-minister], reason: ' '}", "reason is empty"),
        ("  - {offices: [president, prime-minister]}", "reason"),
    ],
)
def test_a_bad_office_rule_loads_nothing(
    mini_fixtures: Path, run: Runner, assert_usage_error: Refused, rule: str, message: str
) -> None:
    (mini_fixtures / "vocabulary" / "roles.yaml").write_text(ROLES, encoding="utf-8")
    (mini_fixtures / "vocabulary" / "offices.yaml").write_text(
        f"office_rules:\n{rule}\n", encoding="utf-8"
    )
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert "vocabulary/offices.yaml" in stderr and message in stderr
