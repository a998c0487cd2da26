"""The lexicon files as PyYAML parses them, kept between runs.

Importing PyYAML and parsing the lexicons costs a fresh `factdb check` more than the
interpreter's own start. The lexicons a check reads are parsed together once and kept as one
pickle in the user's cache folder (factdb.config.cache_dir, which only they write), keyed by
every file's path, size and time, until one of them changes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import cache
from pathlib import Path
from typing import Any

from factdb import config

_DIR = Path(__file__).resolve().parent
# Example corpora are the lexicons' tests: read by the tests alone, never kept.
_NOT_KEPT = "examples"


def _parse(path: Path) -> dict[str, Any]:
    import yaml

    with path.open(encoding="utf-8") as handle:
        # The C loader when PyYAML has it: the pure-Python one costs a CLI call most of its time.
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


@cache
def _kept() -> dict[tuple[str, str], dict[str, Any]]:
    files = sorted(p for p in _DIR.glob("*/*.yaml") if p.stem != _NOT_KEPT)
    stats = "\0".join(f"{p}\0{p.stat().st_size}\0{p.stat().st_mtime_ns}" for p in files)
    key = hashlib.sha256(stats.encode()).hexdigest()[:24]
    path = config.cache_dir() / f"lexicons-{key}.pickle"
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
        if isinstance(found, dict):
            return found
    except Exception:  # missing, truncated, or pickled by other code: parse anew
        pass
    parsed = {(p.parent.name, p.stem): _parse(p) for p in files}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only home only costs speed
    return parsed


def parsed(lang: str, name: str) -> dict[str, Any]:
    """The parsed lexicon/<lang>/<name>.yaml."""
    found = _kept().get((lang, name))
    return found if found is not None else _parse(_DIR / lang / f"{name}.yaml")
