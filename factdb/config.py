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
from pathlib import Path

ENV_URL = "FACTDB_DATABASE_URL"
ENV_CACHE = "FACTDB_CACHE_DIR"
DATABASE_FILE = "factdb.sqlite"
_PACKAGE = Path(__file__).resolve().parent


def _shipped_root() -> Path:
    """The folder holding the shipped fixtures/, seeds/ and alembic/."""
    wheel = _PACKAGE / "_data"
    return wheel if (wheel / "alembic").is_dir() else _PACKAGE.parent


def project_dir(start: Path | None = None) -> Path | None:
    """The nearest folder, from `start` (the working directory) up, with fixtures/sources.yaml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "fixtures" / "sources.yaml").is_file():
            return folder
    return None


def _root() -> Path:
    return project_dir() or _shipped_root()


def fixtures_dir() -> Path:
    return _root() / "fixtures"


def seeds_dir() -> Path:
    return _root() / "seeds"


@cache
def migrations_dir() -> Path:
    return _shipped_root() / "alembic"


def _user_dir(variable: str, fallback: str) -> Path:
    return Path(os.environ.get(variable) or Path.home() / fallback) / "factdb"


def database_url(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    folder = project_dir()
    if folder is None:
        folder = _user_dir("XDG_DATA_HOME", ".local/share")
        folder.mkdir(parents=True, exist_ok=True)  # SQLite creates the file, not its folder
    return f"sqlite:///{folder / DATABASE_FILE}"


def cache_path() -> str:
    """The cache folder (as cache_dir), as text: what a fresh check's start reads it by."""
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return explicit
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(home, "factdb")


def cache_dir() -> Path:
    return Path(cache_path())


# A cache keeps one file a database (its vocabulary), and a user or a test suite may read many
# databases: beyond this many, the least recently written files of a kind are deleted.
CACHE_FILES_KEPT = 16


def prune_cache(pattern: str, kept: int = CACHE_FILES_KEPT) -> None:
    """Delete all but the `kept` most recently written files of the cache folder that match
    `pattern`, so that a cache keyed by database does not grow without bound."""
    dated = []
    for path in cache_dir().glob(pattern):
        try:
            dated.append((path.stat().st_mtime_ns, path))
        except OSError:  # deleted meanwhile by another process pruning
            continue
    for _, path in sorted(dated, reverse=True)[kept:]:
        with contextlib.suppress(OSError):  # a read-only cache only costs room
            path.unlink(missing_ok=True)
