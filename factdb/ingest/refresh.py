"""Making sure the database is built and mirrors its fixtures.

The first command on a fresh machine migrates and loads the fixtures by itself; afterwards a
cheap fingerprint (fixture, seed and migration files' sizes and mtimes) decides whether anything
needs doing, so a `factdb check` does not pay for Alembic unless something changed.

A reading command never makes the base worse. When the fixtures changed it reloads them only
for what a curator's edit looks like: a small curated base, files that still load, and no claims
removed beyond those replaced. Otherwise (a deleted bulk file, a bad quote, a vanished folder)
it answers from the last good load and says so in one line; `factdb load` applies the change or
lists what is wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, delete, insert

from factdb.ingest.discover import fixture_files, loaded_paths, state_key
from factdb.ingest.records import FixtureErrors
from factdb.store.db import read_meta
from factdb.store.models import Meta

# A read reloads a base this small by itself (the curated base holds about a hundred claims);
# a bulk base of a million claims would make one `check` wait minutes.
AUTO_RELOAD_CLAIMS = 10_000
AUTO_RELOAD_BYTES = 8 * 1024 * 1024  # of fixture files
STALE_KEY = "stale"  # meta row: the fixture state a read declined to apply, and why


def ensure_ready(engine: Engine) -> str | None:
    """Migrate, and load or reload the fixture set the database mirrors if anything changed.

    Returns None when the database mirrors its fixtures, else why it still holds its last load
    (one line). Raises FixtureErrors when a database never loaded cannot be built."""
    meta = read_meta(engine)
    paths = loaded_paths(meta)
    key = state_key(paths, trust_listing=True)  # a read: see discover.fingerprint
    if meta.get("state") == key:
        return None
    _migrate(engine)
    if "state" not in meta:
        meta = read_meta(engine)  # another process may have built it while we migrated
        if "state" not in meta:
            from factdb.ingest.loader import load_paths

            load_paths(engine, paths)
            return None
        if meta.get("state") == key:
            return None
    remembered = _remembered(meta, key)
    if remembered is not None:
        return remembered
    reason = _reload(engine, paths)
    if reason is not None:
        _remember(engine, key, reason)
    return reason


def _migrate(engine: Engine) -> None:
    """Upgrade the schema if it is behind: a cheap read first, so that a read does not queue
    for the write lock behind a long load only to find nothing to do."""
    from factdb.store.migrations import current, head, upgrade

    if current(engine) != head():
        upgrade(engine)


def _reload(engine: Engine, paths: list[Path]) -> str | None:
    """Reload `paths` if a read may; else why not."""
    from factdb.ingest.loader import LoadRefused, load_paths

    missing = [p for p in paths if not p.exists()]
    if missing:
        return f"the fixtures changed: {missing[0]} no longer exists"
    claims = _claim_count(engine)
    if claims > AUTO_RELOAD_CLAIMS:
        return f"the fixtures changed, and a base of {claims:,} claims is not reloaded on a read"
    size = sum(p.stat().st_size for p in fixture_files(paths) if p.is_file())
    if size > AUTO_RELOAD_BYTES:
        return f"the fixtures changed, and at {size:,} bytes are too large to reload on a read"
    try:
        load_paths(
            engine,
            paths,
            allow=lambda c: c.removed <= c.added and c.after <= AUTO_RELOAD_CLAIMS,
        )
    except FixtureErrors as exc:
        first = exc.errors[0] if exc.errors else exc
        more = f" and {len(exc.errors) - 1} more" if len(exc.errors) > 1 else ""
        return f"the fixtures changed but do not load: {first}{more}"
    except LoadRefused as exc:
        change = exc.change
        return (
            f"the fixtures changed; reloading them would remove {change.removed:,} of the "
            f"{change.before:,} claims and add {change.added:,}"
        )
    return None


def _claim_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM claims").scalar_one())


def _remembered(meta: dict[str, str], key: str) -> str | None:
    """The reason a read gave for this very fixture state, so that the next read does not
    validate the same broken files again."""
    try:
        stale = json.loads(meta.get(STALE_KEY, "null"))
    except ValueError:
        return None
    if isinstance(stale, dict) and stale.get("state") == key:
        return str(stale.get("reason"))
    return None


def _remember(engine: Engine, key: str, reason: str) -> None:
    """Store why this state was not applied; the next load replaces every meta row. Best
    effort: a database this process may not write to is read all the same."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.begin() as conn:
            conn.execute(delete(Meta).where(Meta.key == STALE_KEY))
            value = json.dumps({"state": key, "reason": reason})
            conn.execute(insert(Meta).values(key=STALE_KEY, value=value))
    except DBAPIError:
        pass
