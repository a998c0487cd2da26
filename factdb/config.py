"""Where factdb finds things, resolved here and nowhere else.

- **Database URL**: `--db`, else `FACTDB_DATABASE_URL`, else `factdb.sqlite` in the project
  directory, else `factdb.sqlite` in the per-user data directory (`$XDG_DATA_HOME/factdb`, by
  default `~/.local/share/factdb`).
- **Project directory**: the nearest folder, from the working directory upwards, that holds
  `fixtures/sources.yaml`. A newsroom's checkout of its claim base is one.
- **Fixtures and seeds**: the project's `fixtures/` and `seeds/`; outside a project, the curated
  set shipped inside the package.
- **Migrations**: the Alembic scripts shipped with the code (a database's schema belongs to the
  code that reads it, not to the project).
- **Cache**: `FACTDB_CACHE_DIR`, else `$XDG_CACHE_HOME/factdb`, by default `~/.cache/factdb`.

A wheel carries `fixtures/`, `seeds/` and `alembic/` under `factdb/_data/` (pyproject.toml maps
them); a source checkout or an editable install reads them beside the package.
"""

from __future__ import annotations

import contextlib
import os
from functools import cache

ENV_URL = "FACTDB_DATABASE_URL"
ENV_CACHE = "FACTDB_CACHE_DIR"
DATABASE_FILE = "factdb.sqlite"
# Found as text with os.path: every fresh `factdb check` asks where things are, and pathlib (with
# urllib.parse and ipaddress, which it imports) is 4 ms of its start in a wheel install. A
# command that works with Paths makes one of the text (`Path(config.fixtures_path())`).
_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def _shipped_root() -> str:
    """The folder holding the shipped fixtures/, seeds/ and alembic/."""
    wheel = os.path.join(_PACKAGE, "_data")
    return wheel if os.path.isdir(os.path.join(wheel, "alembic")) else os.path.dirname(_PACKAGE)


def project_path(start: str | os.PathLike[str] | None = None) -> str | None:
    """The nearest folder, from `start` (the working directory) up, with fixtures/sources.yaml."""
    folder = os.path.realpath(start or os.getcwd())
    while True:
        if os.path.isfile(os.path.join(folder, "fixtures", "sources.yaml")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _root() -> str:
    return project_path() or _shipped_root()


def fixtures_path() -> str:
    return os.path.join(_root(), "fixtures")


def seeds_path() -> str:
    return os.path.join(_root(), "seeds")


@cache
def migrations_path() -> str:
    return os.path.join(_shipped_root(), "alembic")


def _user_path(variable: str, fallback: str) -> str:
    home = os.environ.get(variable) or os.path.join(os.path.expanduser("~"), fallback)
    return os.path.join(home, "factdb")


def database_url(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    folder = project_path()
    if folder is None:
        folder = _user_path("XDG_DATA_HOME", os.path.join(".local", "share"))
        os.makedirs(folder, exist_ok=True)  # SQLite creates the file, not its folder
    return f"sqlite:///{os.path.join(folder, DATABASE_FILE)}"


def cache_path() -> str:
    """The cache folder."""
    return os.environ.get(ENV_CACHE) or _user_path("XDG_CACHE_HOME", ".cache")


# A cache keeps one file a database (its vocabulary), and a user or a test suite may read many
# databases: beyond this many, the least recently written files of a kind are deleted. A file of
# remembered lines (factdb.startup.keep_row) keeps as many of its newest lines.
CACHE_FILES_KEPT = 16


def prune_cache(pattern: str, kept: int = CACHE_FILES_KEPT) -> None:
    """Delete all but the `kept` most recently written files of the cache folder that match
    `pattern`, so that a cache keyed by database does not grow without bound."""
    from fnmatch import fnmatchcase

    folder = cache_path()
    try:
        names = [n for n in os.listdir(folder) if fnmatchcase(n, pattern)]
    except OSError:  # no cache folder yet
        return
    dated = []
    for name in names:
        path = os.path.join(folder, name)
        with contextlib.suppress(OSError):  # deleted meanwhile by another process pruning
            dated.append((os.stat(path).st_mtime_ns, path))
    for _, path in sorted(dated, reverse=True)[kept:]:
        with contextlib.suppress(OSError):  # a read-only cache only costs room
            os.unlink(path)
