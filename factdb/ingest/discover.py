"""Which files a fixture set is made of, which seed folder it reads, and the cheap fingerprint
(paths, sizes, mtimes) that tells whether a loaded database still mirrors them.

Every fresh `factdb check` asks (mirrors_fixtures), so what it runs works on paths as text with
os.path: pathlib (with urllib.parse and ipaddress) and json are 5 ms of a fresh check's start
in a wheel install. The functions other commands call take and give Path objects as before.
"""

from __future__ import annotations

import os
import re
from functools import cache

from factdb import config
from factdb.startup import contents_digest, keep_row, read_rows, sha256

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from factdb.store.sqlite_read import SqliteFile

    StrPath = str | os.PathLike[str]


def fixture_files(paths: Iterable[StrPath]) -> list[Path]:
    """The files a fixture set is made of, in a stable order."""
    from pathlib import Path

    return [Path(p) for p in _fixture_names(paths)]


def _fixture_names(paths: Iterable[StrPath]) -> list[str]:
    """fixture_files, as text."""
    files: list[str] = []
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            candidates = [os.path.join(path, "sources.yaml")]
            candidates += _listed(os.path.join(path, "vocabulary"), lambda n: n.endswith(".yaml"))
            candidates += _listed(os.path.join(path, "claims"), _a_claims_file)
            # Anything but a folder: a device or a pipe among the claims is refused when read,
            # not skipped in silence.
            files += [p for p in candidates if os.path.exists(p) and not os.path.isdir(p)]
        else:
            files.append(path)
    return files


def _listed(folder: str, wanted: Callable[[str], bool]) -> list[str]:
    """The entries of `folder` whose names are `wanted`, sorted (as a sorted glob lists them)."""
    try:
        names = os.listdir(folder)
    except OSError:  # none, or not a folder: nothing listed, as a glob finds nothing
        return []
    return [os.path.join(folder, n) for n in sorted(names) if wanted(n)]


def brings_vocabulary(path: Path) -> bool:
    """Whether `path` can hold sources or vocabulary: a fixture folder, sources.yaml, or a YAML
    file in a vocabulary/ folder (claims files and bulk files cannot)."""
    if path.is_dir():
        return True
    return path.suffix in YAML_SUFFIXES and (
        path.name.startswith("sources") or path.parent.name == "vocabulary"
    )


def vocabulary_files(fixtures: Path) -> list[Path]:
    """The sources and vocabulary files of a fixture folder, without its claims."""
    return [p for p in fixture_files([fixtures]) if p.parent != fixtures / "claims"]


YAML_SUFFIXES = {".yaml", ".yml"}
# `factdb draft` writes claims/NNN.draft.yaml: proposals, never curated claims, so never loaded.
DRAFT_SUFFIX = ".draft.yaml"


def is_draft(path: StrPath) -> bool:
    return os.fspath(path).endswith(DRAFT_SUFFIX)


def _a_claims_file(name: str) -> bool:
    # The suffix as Path.suffix reads it: a name's last dot, not a leading one.
    return os.path.splitext(name)[1] in CLAIM_SUFFIXES and not is_draft(name)


BULK_SUFFIXES = {".jsonl", ".csv"}
CLAIM_SUFFIXES = YAML_SUFFIXES | BULK_SUFFIXES


# Bytes: the key is found without decoding the file (its first line, as factdb writes it), where
# decoding a sources.yaml of ten thousand sources cost every read 3 ms.
_SEEDS_KEY = rb"""^seeds:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))[ \t]*(?:#.*)?$"""

# A `seeds` key written some other way (quoted, in a flow mapping), outside a comment.
_SEEDS_ANYWHERE = rb"""^[^#\n]*\bseeds["']?[ \t]*:"""


@cache
def _pattern(source: bytes) -> re.Pattern[bytes]:
    # Compiled when first needed: compiling both cost every fresh check 0.6 ms, and the plain
    # `seeds: FOLDER` line factdb writes is read without them (_plain_seeds).
    return re.compile(source, re.M)


def _plain_seeds(text: bytes) -> bytes | None:
    """The value of the first `seeds:` line when it is written plainly (no quotes, no comment),
    as _SEEDS_KEY reads it; None for any other layout, which the pattern reads."""
    at = 0 if text.startswith(b"seeds:") else text.find(b"\nseeds:") + 1
    if at == 0 and not text.startswith(b"seeds:"):
        return None
    end = text.find(b"\n", at)
    value = text[at + len(b"seeds:") : end if end >= 0 else len(text)].lstrip(b" \t")
    if value[:1] in (b'"', b"'") or b"#" in value:
        return None
    return value.rstrip(b" \t")


def seed_folder(sources_file: StrPath, default: StrPath | None = None) -> Path:
    """The folder a sources.yaml reads its texts from: its `seeds:` key, else `default` (the
    project's seeds, or the shipped ones).

    Runs on every command (through fingerprint), so the key is found by a look at the lines, not
    by parsing a sources.yaml that may list ten thousand sources; only an unusual layout falls
    back to parsing."""
    from pathlib import Path

    return Path(_seed_path(os.fspath(sources_file), default))


def _seed_path(sources_file: str, default: StrPath | None = None) -> str:
    """seed_folder, as text."""
    default = os.fspath(default) if default else config.seeds_path()
    try:
        with open(sources_file, "rb") as handle:
            text = handle.read(_HEAD)
            # The first line as factdb writes it (`seeds: FOLDER`) is the key whatever
            # follows: a sources.yaml of ten thousand sources (1.5 MB) is not read at every
            # start. Any other layout is read whole.
            if not (text.startswith(b"seeds:") and b"\n" in text and _plain_seeds(text)):
                text += handle.read()
    except OSError:
        return default
    if not _named_outside_comments(text):  # neither pattern can match: none compiled
        return default
    plain = _plain_seeds(text)
    found = None if plain is not None else _pattern(_SEEDS_KEY).search(text)
    if plain is not None or found:
        written = plain if plain is not None else next(g for g in found.groups() if g is not None)
        try:
            value = written.decode("utf-8")
        except UnicodeDecodeError:
            return default
        return _beside(sources_file, value) if value else default
    if not _pattern(_SEEDS_ANYWHERE).search(text):
        return default
    from pathlib import Path

    from factdb.ingest.records import FixtureErrors  # PyYAML: only for an unusual layout
    from factdb.ingest.yamlio import read_yaml

    try:
        doc = read_yaml(Path(sources_file))  # a Path: given the text, it failed on .stat()
    except FixtureErrors:
        return default
    if isinstance(doc, dict) and isinstance(doc.get("seeds"), str):
        return _beside(sources_file, doc["seeds"])
    return default


def _named_outside_comments(text: bytes) -> bool:
    """Whether `seeds` is written anywhere but in a comment: where neither _SEEDS_KEY nor
    _SEEDS_ANYWHERE can match (the shipped sources.yaml names seeds/ in comments only), a start
    compiles neither (0.5 ms)."""
    at = text.find(b"seeds")
    while at >= 0:
        if b"#" not in text[text.rfind(b"\n", 0, at) + 1 : at]:
            return True
        at = text.find(b"seeds", at + 1)
    return False


# What is read of a sources.yaml first: its first line, where factdb writes the `seeds` key.
_HEAD = 4096


def _beside(sources_file: str, folder: str) -> str:
    """`folder` as sources.yaml names it, resolved from the folder it is in."""
    return os.path.realpath(os.path.join(os.path.dirname(sources_file), folder))


# From this many texts in its seed folders, a read fingerprints a fixture set by the folders'
# listings (a folder's own mtime changes when a text is added, removed or renamed) and the
# texts' fingerprint that the last full look at that listing found, instead of looking at every
# text again: a read's start must not grow with the base. A load always looks at every text.
LISTING_TRUSTED_FROM = 1_000
# Each fixture set's listing key, with the texts' digest and count its last full look found.
_LISTINGS = "seed-listings.txt"


def fingerprint(paths: Iterable[StrPath], trust_listing: bool = False) -> str:
    """Cheap change detector over fixture files and the seed texts they name: path, size, mtime.
    With `trust_listing` (a read), a large seed folder whose listing has not changed since the
    last full look is taken to hold the same texts (see LISTING_TRUSTED_FROM)."""
    files = _fixture_names(paths)
    named = (p for p in files if os.path.basename(p) == "sources.yaml")
    seeds = sorted({_seed_path(p) for p in named})
    listing = _listing_key(files, seeds)
    kept = read_rows(_LISTINGS)
    if trust_listing and _trusted(kept.get(listing)):
        return kept[listing][0]
    texts_found = sorted(
        os.path.join(d, n) for d in seeds if os.path.isdir(d) for n in os.listdir(d)
    )
    digest = _stat_digest(files + texts_found)
    if kept.get(listing) != [digest, str(len(texts_found))]:
        keep_row(_LISTINGS, kept, listing, [digest, str(len(texts_found))])
    return digest


def _trusted(look: list[str] | None) -> bool:
    """Whether a kept look (texts digest, count) found enough texts to be trusted."""
    return (
        look is not None
        and len(look) == 2
        and look[1].isdigit()
        and int(look[1]) >= LISTING_TRUSTED_FROM
    )


def _stat_digest(files: list[str]) -> str:
    digest = sha256()
    for path in files:
        try:
            stat = os.stat(path)
        except OSError:  # moved or deleted since it was loaded: a change, not a crash
            digest.update(f"{path}\0missing\n".encode())
            continue
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _listing_key(files: list[str], seeds: list[str]) -> str:
    """The fixture files' stats and the seed folders' own: what a read does look at."""
    folders = []
    for folder in seeds:
        try:
            stat = os.stat(folder)
            folders.append(f"{folder}\0{stat.st_ino}\0{stat.st_mtime_ns}")
        except OSError:
            folders.append(f"{folder}\0missing")
    return sha256((_stat_digest(files) + "\0".join(folders)).encode()).hexdigest()


def state_key(paths: Iterable[StrPath], trust_listing: bool = False) -> str:
    """The fingerprint of a fixture set, the migrations and the loading code: a database whose
    stored state equals it mirrors those fixtures under this schema, as this code loads them
    (`trust_listing`: see fingerprint)."""
    digest = sha256(fingerprint(paths, trust_listing).encode())
    # The migrations by content, not by file time: installing the same code again (a wheel
    # over itself, or beside an editable checkout) writes new times, and a base of more than
    # 10,000 claims, which a read never reloads, would then answer every check on the slow
    # path with a warning until `factdb load`.
    versions = os.path.join(config.migrations_path(), "versions")
    # And the code that turns fixtures into rows, by content for the same reason: a base
    # loaded by other code (an older checkout's, or another worktree's sharing the user data
    # directory's base) may hold other rows for the same fixtures, and a check answered from
    # it gives another verdict for the same code, data and statement.
    digest.update(contents_digest([*_listed(versions, _a_module), *loader_code()]).encode())
    return digest.hexdigest()


def _a_module(name: str) -> bool:
    return name.endswith(".py")


def loader_code() -> list[str]:
    """The modules whose code decides what rows a load writes: factdb.ingest's and the schema's
    (factdb.store.models)."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    models = os.path.join(package, "store", "models.py")
    return [*_listed(os.path.join(package, "ingest"), _a_module), models]


def recorded_state(paths: list[Path]) -> dict[str, str]:
    """The meta rows a load stores: which fixture paths the database mirrors (none for the
    default set), and their state."""
    import json

    # The default set is not recorded by where it was: factdb.sqlite is not in git, so a
    # checkout copied as a folder (cp -r, rsync) brings its base along, and the copy must
    # mirror its own fixtures, not go on answering from those of the checkout it came from.
    # Its state is taken as a read takes it (loaded_paths), however the load named it.
    default = [config.fixtures_path()]
    if [os.path.realpath(p) for p in paths] == [os.path.realpath(p) for p in default]:
        return {"state": state_key(default)}
    return {"fixture_paths": json.dumps([str(p) for p in paths]), "state": state_key(paths)}


def loaded_paths(meta: dict[str, str]) -> list[Path]:
    """The fixture paths a database was loaded from (its meta rows), else the default set of
    the project it is read in."""
    from pathlib import Path

    return [Path(p) for p in _loaded_names(meta)]


def _loaded_names(meta: dict[str, str]) -> list[str]:
    """loaded_paths, as text."""
    if "fixture_paths" in meta:
        return _decoded_paths(meta["fixture_paths"])
    return [config.fixtures_path()]


def _decoded_paths(written: str) -> list[str]:
    """The paths recorded_state wrote (json.dumps of a list of text), read without importing
    json (1.3 ms of every check of a base loaded from other fixtures than the project's) when
    no path needed an escape: then no path holds a quotation mark either."""
    if written.startswith('["') and written.endswith('"]') and "\\" not in written:
        paths = written[2:-2].split('", "')
        if not any('"' in p for p in paths):
            return paths
    import json

    return [str(p) for p in json.loads(written)]


def mirrors_fixtures(base: SqliteFile) -> bool:
    """Whether the SQLite base mirrors its fixtures as they are now (its stored state is their
    fingerprint), so that a reading command needs neither migrations nor a reload."""
    import sqlite3

    try:
        with base.snapshot() as reader:
            meta = reader.meta()
    except sqlite3.Error:
        return False  # not built, or not factdb's: SQLAlchemy's path says what to do
    return "state" in meta and meta["state"] == state_key(_loaded_names(meta), trust_listing=True)
