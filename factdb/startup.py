"""What a fresh process would otherwise compile again: the methods of the record classes.

Each record class (factdb.records) compiles, at every import, the source of the methods it is
given (__init__, __repr__, __eq__, and for a frozen class __hash__, __setattr__ and
__delattr__): for the classes a `factdb check` imports, more than anything else it does at
start. `generated_methods_kept()`, while the check's modules are imported, looks each class's
shape (what its source is written from: its fields, defaults and options) up among the code
objects an earlier start compiled (kept in the cache folder with marshal, for this interpreter
and optimisation level, and for the factdb.records that writes the sources) and writes and
compiles only the source of a shape it has not seen. The code is what compile() makes of the
same text with the same flags, so the classes are the same.

On a check's path, so none of `typing`, `pathlib` or `dataclasses` here (together 15 ms of a
fresh check's start in a wheel install).
"""

from __future__ import annotations

import marshal
import os
import sys
from contextlib import contextmanager, suppress

from factdb import config

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
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

__all__ = [
    "INSTALL",
    "compiled",
    "drop_stale",
    "generated_methods_kept",
    "keep_row",
    "load",
    "loads",
    "read_rows",
    "sha256",
    "write_atomic",
]

# The installed factdb a cache file is kept for: two installs sharing a cache folder (a wheel
# and a checkout, or two checkouts) each keep their own files, where each start of one replaced
# what the other had kept (the compiled SQL of every statement shape: 0.3 s through SQLAlchemy).
INSTALL = sha256(os.path.dirname(os.path.realpath(__file__)).encode()).hexdigest()[:12]

# Code objects are valid for one interpreter build and optimisation level (as .pyc files are).
_INTERPRETER = f"{sys.version}|{sys.flags.optimize}"
# The module that writes a shape's source: kept code is valid for its text as it was.
_WRITER = os.path.join(os.path.dirname(os.path.realpath(__file__)), "records.py")

# While generated_methods_kept() runs: the code an earlier start kept, and what this one used.
_known: dict[tuple[object, ...], CodeType] = {}
_used: dict[tuple[object, ...], CodeType] | None = None


def compiled(shape: tuple[object, ...], source: Callable[[], str]) -> CodeType:
    """`source()` compiled (as exec() would, importing nothing from __future__), or, while
    generated_methods_kept() runs, the code an earlier start kept for the same `shape` (what
    the source is written from: looking it up spares writing the source, 0.7 ms of a check)."""
    code = None if _used is None else _used.get(shape) or _known.get(shape)
    if code is None:
        code = compile(source(), "<string>", "exec", dont_inherit=True)
    if _used is not None:
        _used[shape] = code
    return code


@contextmanager
def generated_methods_kept() -> Iterator[None]:
    """Within the block, the records' generated methods come from the kept code objects; after
    it, the shapes compiled anew are kept, with those the block used (and no others: a class
    whose shape changed leaves its old methods behind)."""
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


def _read(path: str) -> dict[tuple[object, ...], CodeType]:
    try:
        with open(path, "rb") as handle:
            found = marshal.loads(handle.read())
    except Exception:  # missing, truncated, or another format: compiled anew
        return {}
    if not (isinstance(found, tuple) and len(found) == 2 and found[0] == _made_by()):
        return {}
    kept = found[1]
    if not isinstance(kept, dict):
        return {}
    code = type(_read.__code__)
    return {k: v for k, v in kept.items() if isinstance(k, tuple) and isinstance(v, code)}


def _write(path: str, used: dict[tuple[object, ...], CodeType]) -> None:
    write_atomic(path, marshal.dumps((_made_by(), used)))


def _made_by() -> str:
    """The interpreter and the source writer (by size and time) the kept code is valid for."""
    try:
        stat = os.stat(_WRITER)
    except OSError:  # no source beside the bytecode: the interpreter's alone
        return _INTERPRETER
    return f"{_INTERPRETER}|{stat.st_size}|{stat.st_mtime_ns}"


def write_atomic(path: str, content: bytes | Callable[[str], object]) -> bool:
    """Write a cache file whole: `content` (or what `content(temporary path)` writes) to a file
    of this process's own, then renamed over `path`, so that a concurrent reader sees the old
    file or the new one, never half of one. False, and nothing left behind, when it cannot be
    written: a read-only or full cache folder only costs speed."""
    tmp = f"{path}.{os.getpid()}.tmp"  # a kind's stale files and prune_cache never match one
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if callable(content):
            with suppress(FileNotFoundError):  # left by a process of the same id that died
                os.unlink(tmp)
            content(tmp)
        else:
            with open(tmp, "wb") as handle:
                handle.write(content)
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            os.unlink(tmp)
        return False
    return True


def drop_stale(path: str, prefix: str, suffixes: tuple[str, ...]) -> None:
    """Delete the files beside `path` named `prefix`…`suffix` other than `path` itself: what
    was kept of the same thing for other code or data, which no start reads again. Never
    another process's temporary file (write_atomic's end in .tmp)."""
    folder, name = os.path.split(path)
    try:
        others = os.listdir(folder)
    except OSError:
        return
    for other in others:
        if other != name and other.startswith(prefix) and other.endswith(suffixes):
            with suppress(OSError):  # removed first by another process, or a read-only folder
                os.unlink(os.path.join(folder, other))


def read_rows(name: str) -> dict[str, list[str]]:
    """The lines of the cache folder's file `name` (see keep_row), by their first field, oldest
    first: {} when it is missing or damaged, so that what it remembered is looked at again."""
    try:
        with open(os.path.join(config.cache_path(), name), encoding="utf-8") as handle:
            rows = [line.split("\t") for line in handle.read().splitlines()]
    except (OSError, ValueError):
        return {}
    if any(len(row) < 2 for row in rows):
        return {}
    return {row[0]: row[1:] for row in rows}


def keep_row(name: str, rows: dict[str, list[str]], key: str, values: list[str]) -> None:
    """Remember `values` under `key` in the cache folder's file `name`, with the newest of
    `rows` (read_rows), config.CACHE_FILES_KEPT in all: lines of tab-separated text, which a
    start reads without importing json (1.3 ms)."""
    rows.pop(key, None)
    rows[key] = values
    newest = list(rows.items())[-config.CACHE_FILES_KEPT :]
    text = "".join("\t".join([k, *v]) + "\n" for k, v in newest)
    write_atomic(os.path.join(config.cache_path(), name), text.encode())


# The digests contents_digest remembers, by the files' stats.
_DIGESTS = "contents-digests.txt"


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
    kept = read_rows(_DIGESTS)
    if len(kept.get(key, ())) == 1:
        return kept[key][0]
    digest = sha256()
    for path in paths:
        with open(path, "rb") as handle:
            digest.update(os.path.basename(path).encode() + b"\0" + handle.read() + b"\0")
    keep_row(_DIGESTS, kept, key, [digest.hexdigest()])
    return digest.hexdigest()
