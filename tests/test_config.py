"""factdb.config: where the database, fixtures, seeds, migrations and cache are, in the order the
README gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb import config


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory outside any project, with its own home and no URL in the environment."""
    home = tmp_path / "home"
    work = tmp_path / "work" / "deep"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(home))
    for name in ("FACTDB_DATABASE_URL", "XDG_DATA_HOME", "XDG_CACHE_HOME", config.ENV_CACHE):
        monkeypatch.delenv(name, raising=False)
    return home


def make_project(root: Path) -> Path:
    (root / "fixtures").mkdir(parents=True)
    (root / "fixtures" / "sources.yaml").write_text("sources: []\n", encoding="utf-8")
    return root


def test_outside_a_project_the_database_is_in_the_user_data_directory(elsewhere: Path) -> None:
    url = config.database_url()
    assert url == f"sqlite:///{elsewhere / '.local/share/factdb/factdb.sqlite'}"
    assert (elsewhere / ".local/share/factdb").is_dir()  # made, so SQLite can create the file


def test_xdg_data_home_moves_the_user_database(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert config.database_url() == f"sqlite:///{tmp_path / 'data/factdb/factdb.sqlite'}"


def test_a_project_directory_above_the_working_directory_holds_the_database(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path / "newsroom")
    (project / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(project / "a" / "b")
    assert config.project_path() == str(project.resolve())
    assert config.database_url() == f"sqlite:///{project.resolve() / 'factdb.sqlite'}"
    assert Path(config.fixtures_path()) == project.resolve() / "fixtures"
    assert Path(config.seeds_path()) == project.resolve() / "seeds"


def test_the_environment_beats_the_project_and_an_explicit_url_beats_both(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(make_project(tmp_path / "newsroom"))
    monkeypatch.setenv("FACTDB_DATABASE_URL", "sqlite:///from-env.sqlite")
    assert config.database_url() == "sqlite:///from-env.sqlite"
    assert config.database_url("sqlite:///explicit.sqlite") == "sqlite:///explicit.sqlite"


def test_outside_a_project_the_shipped_fixtures_are_used(elsewhere: Path) -> None:
    fixtures = Path(config.fixtures_path())
    assert (fixtures / "sources.yaml").is_file()
    assert (fixtures / "claims").is_dir()
    assert (Path(config.seeds_path()) / "..").resolve() == (fixtures / "..").resolve()
    assert (Path(config.migrations_path()) / "env.py").is_file()


def test_the_cache_directory_order(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Path(config.cache_path()) == elsewhere / ".cache" / "factdb"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Path(config.cache_path()) == tmp_path / "xdg" / "factdb"
    monkeypatch.setenv(config.ENV_CACHE, str(tmp_path / "mine"))
    assert Path(config.cache_path()) == tmp_path / "mine"


def test_a_base_s_state_follows_what_the_migrations_say_not_when_they_were_installed(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same code installed again (a wheel over itself, or beside an editable checkout)
    writes the migrations with new times: the base still mirrors its fixtures, so a check stays
    on the fast path. A migration changed or added is a new state."""
    import os
    import shutil

    from factdb.ingest.discover import state_key

    migrations = tmp_path / "alembic"
    shutil.copytree(Path(config.migrations_path()), migrations)
    monkeypatch.setattr(config, "migrations_path", lambda: str(migrations))
    fixtures = [Path(config.fixtures_path())]
    before = state_key(fixtures)
    for path in (migrations / "versions").glob("*.py"):
        os.utime(path, ns=(1, 1))
    assert state_key(fixtures) == before
    first = sorted((migrations / "versions").glob("*.py"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    changed = state_key(fixtures)
    assert changed != before
    (migrations / "versions" / "9999_next.py").write_text("revision = 'next'\n", encoding="utf-8")
    assert state_key(fixtures) not in (before, changed)


def test_state_covers_the_loading_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A base loaded by other code (an older checkout's, or another worktree's sharing the user
    data directory's base) is not taken to mirror the same fixtures as this code loads them:
    the same code, data and statement must get the same verdict, whichever checkout built the
    base. By content, as the migrations: the same code installed again keeps the state."""
    import os
    import shutil

    from factdb.ingest import discover

    code = [tmp_path / Path(p).name for p in discover.loader_code()]
    for source, copy in zip(discover.loader_code(), code, strict=True):
        shutil.copyfile(source, copy)
    monkeypatch.setattr(discover, "loader_code", lambda: code)
    fixtures = [Path(config.fixtures_path())]
    before = discover.state_key(fixtures)
    for path in code:
        os.utime(path, ns=(1, 1))
    assert discover.state_key(fixtures) == before
    code[0].write_text(code[0].read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert discover.state_key(fixtures) != before


def test_a_base_copied_with_its_checkout_mirrors_the_copy(
    elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """factdb.sqlite is not in git, so a checkout copied as a folder (cp -r, rsync) brings its
    base along: the base mirrors the fixtures of the checkout it is read in, not those of the
    one it was copied from, or the same code, data and statement get another verdict."""
    import shutil

    from conftest import REPO_ROOT

    import factdb

    first = tmp_path / "first"
    for name in ("fixtures", "seeds"):
        shutil.copytree(REPO_ROOT / name, first / name)
    monkeypatch.chdir(first)
    statement = "Magyarorszag approved 400 million USD of ODA for Vietnam"
    assert factdb.open_checker().check(statement).verdict == "not_enough_info"
    copy = Path(shutil.copytree(first, tmp_path / "copy"))
    assert (copy / config.DATABASE_FILE).is_file()
    gazetteer = copy / "fixtures" / "vocabulary" / "gazetteer.yaml"
    text = gazetteer.read_text(encoding="utf-8")
    aliases = "en: [Hungarian, Hungarians]"
    assert aliases in text
    gazetteer.write_text(
        text.replace(aliases, "en: [Hungarian, Hungarians, Magyarorszag]"), encoding="utf-8"
    )
    monkeypatch.chdir(copy)
    assert factdb.open_checker().check(statement).verdict == "supported"


@pytest.mark.parametrize(
    "text",
    [
        b"seeds: seeds\n",
        b"seeds:seeds",
        b"x: 1\nseeds:   a b \t\nseeds: c",
        b'seeds: "q"\n',
        b"seeds: 'q' # c\n",
        b"seeds: a # c",
        b"seeds:\n",
        b"seeds: x\r\nmore",
        b"sources:\n- id: 1\n",
        b'seeds: "unterminated\n',
        b"  seeds: x\n",
        b'seeds: a"b\n',
        b'seeds: "a" junk\nseeds: b\n',
    ],
)
def test_a_plain_seeds_line_is_read_as_the_pattern_reads_it(text: bytes) -> None:
    """discover._plain_seeds reads the `seeds: FOLDER` line factdb writes without compiling
    the pattern (0.6 ms of a fresh check); any other layout is left to the pattern."""
    import re

    from factdb.ingest import discover

    found = re.compile(discover._SEEDS_KEY, re.M).search(text)
    plain = discover._plain_seeds(text)
    assert plain is None or (found and next(g for g in found.groups() if g is not None) == plain)
    if text.startswith(b"seeds: seeds"):
        assert plain == b"seeds"


@pytest.mark.parametrize(
    "text",
    [
        b"seeds: seeds\n" + b"sources:\n" + b"- id: '000'\n" * 2000,
        b"seeds: far/away\n# seeds: elsewhere\n",
        b"# One record per article in seeds/\nsources: []\n",
        b"sources: []\nseeds: later\n",
        b"seeds: " + b"x" * 5000 + b"\nseeds: y\n",
        b'seeds: "quoted"\n' + b"# pad\n" * 1000,
        b"# pad\n" * 1000 + b"{sources: [], seeds: flow}\n",
    ],
)
def test_the_seed_folder_is_found_as_a_whole_read_finds_it(tmp_path: Path, text: bytes) -> None:
    """discover._seed_path reads only the head of a sources.yaml whose first line is the plain
    `seeds:` line factdb writes, and compiles no pattern for a file that names seeds in comments
    only: the folder found is the one the two patterns find in the whole file."""
    import os
    import re

    from factdb.ingest import discover

    sources = tmp_path / "sources.yaml"
    sources.write_bytes(text)
    found = re.compile(discover._SEEDS_KEY, re.M).search(text)
    if found:
        written = next(g for g in found.groups() if g is not None).decode()
        expected = os.path.realpath(tmp_path / written) if written else "default"
    elif re.compile(discover._SEEDS_ANYWHERE, re.M).search(text):
        expected = os.path.realpath(tmp_path / "flow")  # the one layout here YAML must read
    else:
        expected = "default"
    assert discover._seed_path(str(sources), "default") == expected


@pytest.mark.parametrize(
    "paths", [[], [""], ["/a/b"], ["/a b/c, d", "e"], ['/a"b'], ["/a\\b"], ["/é"], ["x", "", "y"]]
)
def test_a_base_s_fixture_paths_are_read_as_json_wrote_them(paths: list[str]) -> None:
    """discover._decoded_paths reads the meta row recorded_state writes (json.dumps) without
    importing json where no path needed an escape, and through json otherwise."""
    import json

    from factdb.ingest import discover

    assert discover._decoded_paths(json.dumps(paths)) == paths
    assert discover._decoded_paths(json.dumps(paths, separators=(",", ":"))) == paths
