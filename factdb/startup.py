"""What a fresh process would otherwise compile again: the methods of the record classes.

Each record class (factdb.records) compiles, at every import, the source of the methods it is
given (__init__, __repr__, __eq__, and for a frozen class __hash__, __setattr__ and
__delattr__): for the classes a `factdb check` imports, more than anything else it does at
start. `generated_methods_kept()`, while the check's modules are imported, looks each source up
among the code objects an earlier start compiled from the same text (kept in the cache folder
with marshal, for this interpreter and optimisation level only) and compiles only a source it
has not seen. The code is what compile() makes of the same text with the same flags, so the
classes are the same.

On a check's path, so none of `typing`, `pathlib` or `dataclasses` here (together 15 ms of a
fresh check's start in a wheel install).
"""

from __future__ import annotations

import marshal
import os
import sys
from contextlib import contextmanager

from factdb import config

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import CodeType

# CPython's own SHA-256 and unpickler, which hashlib and pickle wrap: the same digests and the
# same objects, without loading OpenSSL (2.6 ms of a fresh check) or pickle's pure-Python
# classes (1.1 ms). hashlib and pickle themselves on an interpreter that lacks them.
try:
    from _sha256 import sha256  # CPython 3.11
except ImportError:
    try:
        from _sha2 import sha256  # CPython 3.12 and later
    except ImportError:
        from hashlib import sha256
try:
    from _pickle import load, loads
except ImportError:
    from pickle import load, loads

__all__ = ["compiled", "generated_methods_kept", "load", "loads", "sha256"]

# Code objects are valid for one interpreter build and optimisation level (as .pyc files are).
_INTERPRETER = f"{sys.version}|{sys.flags.optimize}"

# While generated_methods_kept() runs: the code an earlier start kept, and what this one used.
_known: dict[str, CodeType] = {}
_used: dict[str, CodeType] | None = None


def compiled(source: str) -> CodeType:
    """`source` compiled (as exec() would, importing nothing from __future__), or the code an
    earlier start kept for the same text while generated_methods_kept() runs."""
    code = None if _used is None else _used.get(source) or _known.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
    if _used is not None:
        _used[source] = code
    return code


@contextmanager
def generated_methods_kept() -> Iterator[None]:
    """Within the block, the records' generated methods come from the kept code objects; after
    it, the sources compiled anew are kept, with those the block used (and no others: a class
    whose source changed leaves its old methods behind)."""
    global _known, _used
    if _used is not None:  # already inside one
        yield
        return
    path = os.path.join(
        config.cache_path(), f"record-methods-{sys.implementation.cache_tag}.marshal"
    )
    _known, _used = _read(path), {}
    try:
        yield
    finally:
        used, _used = _used, None
        known, _known = _known, {}
    if used.keys() - known.keys():
        _write(path, used)


def _read(path: str) -> dict[str, CodeType]:
    try:
        with open(path, "rb") as handle:
            found = marshal.loads(handle.read())
    except Exception:  # missing, truncated, or another format: compiled anew
        return {}
    if not (isinstance(found, tuple) and len(found) == 2 and found[0] == _INTERPRETER):
        return {}
    kept = found[1]
    if not isinstance(kept, dict):
        return {}
    code = type(_read.__code__)
    return {k: v for k, v in kept.items() if isinstance(k, str) and isinstance(v, code)}


def _write(path: str, used: dict[str, CodeType]) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            handle.write(marshal.dumps((_INTERPRETER, used)))
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only home only costs speed


# Sets of files whose contents digest is remembered (contents_digest): a start asks two.
_DIGESTS_KEPT = 16


def contents_digest(paths: list[str]) -> str:
    """A SHA-256 over the names and contents of `paths`, in order. Every fresh check keys what
    it trusts by the code that made it (the loading code and migrations for a base's state, the
    statements for the compiled SQL), by content so that the same code installed again is the
    same; reading and hashing those 20 files cost every start 0.7 ms. So the digest is kept in
    the cache folder under the files' stats (path, size, time, inode), and read again only
    when one of them changed."""
    stats = []
    for path in paths:
        found = os.stat(path)
        stats.append(f"{path}\0{found.st_size}\0{found.st_mtime_ns}\0{found.st_ino}")
    key = sha256("\0\0".join(stats).encode()).hexdigest()
    kept_file = os.path.join(config.cache_path(), "contents-digests.txt")
    kept = _read_digests(kept_file)
    if key in kept:
        return kept[key]
    digest = sha256()
    for path in paths:
        with open(path, "rb") as handle:
            digest.update(os.path.basename(path).encode() + b"\0" + handle.read() + b"\0")
    kept[key] = digest.hexdigest()
    _write_digests(kept_file, dict(list(kept.items())[-_DIGESTS_KEPT:]))
    return kept[key]


def _read_digests(path: str) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8") as handle:
            return dict(line.split("\t") for line in handle.read().splitlines())
    except (OSError, ValueError):  # missing or damaged: the files are read again
        return {}


def _write_digests(path: str, kept: dict[str, str]) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.writelines(f"{k}\t{v}\n" for k, v in kept.items())
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only home only costs speed
