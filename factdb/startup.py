"""What a fresh process would otherwise compile again: the methods dataclasses generates.

Each @dataclass compiles, at every import, the source of the methods it writes (__init__,
__repr__, __eq__, and for a frozen class __hash__, __setattr__ and __delattr__): for the 40
classes a `factdb check` imports, 205 compilations, 15-20 ms of a fresh check of about 100 ms,
more than anything else it does at start. `generated_methods_kept()` hands dataclasses, while
the check's modules are imported, an exec that looks each source up among the code objects an
earlier start compiled from the same text (kept in the cache folder with marshal, for this
interpreter and optimisation level only) and compiles only a source it has not seen. The code
is what compile() makes of the same text with the same flags, so the classes are the same:
their definitions, type hints and generated methods are untouched.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from factdb import config

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

__all__ = ["generated_methods_kept", "load", "loads", "sha256"]

# Code objects are valid for one interpreter build and optimisation level (as .pyc files are).
_INTERPRETER = f"{sys.version}|{sys.flags.optimize}"


@contextmanager
def generated_methods_kept() -> Iterator[None]:
    """Within the block, dataclasses' generated methods come from the kept code objects; after
    it, the sources compiled anew are kept, with those the block used (and no others: a class
    whose source changed leaves its old methods behind)."""
    if "exec" in vars(dataclasses):  # another hook, or a dataclasses that names its own
        yield
        return
    path = config.cache_dir() / f"dataclass-methods-{sys.implementation.cache_tag}.marshal"
    known = _read(path)
    used: dict[str, CodeType] = {}

    def exec_kept(source: Any, globals: Any = None, locals: Any = None) -> None:
        if isinstance(source, str):
            code = used.get(source) or known.get(source)
            if code is None:
                # As exec() compiles it in dataclasses, which imports nothing from __future__.
                code = compile(source, "<string>", "exec", dont_inherit=True)
            used[source] = code
            source = code
        exec(source, globals, locals)

    dataclasses.exec = exec_kept  # type: ignore[attr-defined]  # read as a global, else builtins
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
    if used.keys() - known.keys():
        _write(path, used)


def _read(path: Path) -> dict[str, CodeType]:
    try:
        found = marshal.loads(path.read_bytes())
    except Exception:  # missing, truncated, or another format: compiled anew
        return {}
    if not (isinstance(found, tuple) and len(found) == 2 and found[0] == _INTERPRETER):
        return {}
    kept = found[1]
    if not isinstance(kept, dict):
        return {}
    return {k: v for k, v in kept.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _write(path: Path, used: dict[str, CodeType]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((_INTERPRETER, used)))
        tmp.replace(path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only home only costs speed
