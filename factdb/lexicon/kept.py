"""Lexicon data kept between runs: parsed once, and compiled once, until it changes.

Importing PyYAML, parsing the lexicons and compiling their phrase indexes costs a fresh
`factdb check` more than the interpreter's own start. So each lexicon file a check reads is
parsed once and kept as a pickle, and each compiled index (`@kept`) as another, in
the user's cache folder (factdb.config.cache_path, which only they write). They are keyed by
`lexicon_key`: every lexicon file and every module of factdb.lexicon and factdb.text (which
define and compile them), by path, size and time, and the Python that compiled them.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from functools import cache, wraps

from factdb import config, records
from factdb.startup import INSTALL, drop_stale, load, loads, sha256, write_atomic

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")

# Paths as text (os.path): pathlib is 4 ms of a fresh check's start.
_LEXICON = os.path.dirname(os.path.realpath(__file__))
_TEXT = os.path.join(os.path.dirname(_LEXICON), "text")
# Example corpora are the lexicons' tests: read by the tests alone, never kept.
_NOT_KEPT = "examples"


@cache
def lexicon_key() -> str:
    """What kept lexicon data is made from: the lexicon files and the code that reads them."""
    files = sorted([*_lexicon_files(), *modules(_LEXICON), *modules(_TEXT)])
    stats = "\0".join(f"{p}\0{s.st_size}\0{s.st_mtime_ns}" for p in files for s in [os.stat(p)])
    # And the interpreter: the cache folder is shared by every Python on the machine, and
    # folding (unicodedata's normalisation) follows the Unicode version of the one that ran.
    return sha256(f"{sys.version}\0{stats}".encode()).hexdigest()[:24]


@cache
def key_of(code: str | None) -> str:
    """lexicon_key, and the size and time of `code`, the module that builds what is kept when
    it is not one of factdb.lexicon or factdb.text (which lexicon_key covers)."""
    if code is None or os.path.dirname(os.path.realpath(code)) in (_LEXICON, _TEXT):
        return lexicon_key()
    stat = os.stat(code)
    made = f"{lexicon_key()}\0{code}\0{stat.st_size}\0{stat.st_mtime_ns}"
    return sha256(made.encode()).hexdigest()[:24]


def modules(folder: str) -> list[str]:
    """The Python modules of `folder`."""
    return [os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".py")]


def _lexicon_files() -> list[str]:
    """Every lexicon/<lang>/<name>.yaml, as lexicon/*/*.yaml globs them."""
    found = []
    for lang in os.listdir(_LEXICON):
        folder = os.path.join(_LEXICON, lang)
        if os.path.isdir(folder):
            found += [os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".yaml")]
    return found


def _kept_path(name: str, code: str | None) -> str:
    return os.path.join(config.cache_path(), f"{name}-{INSTALL}-{key_of(code)}.pickle")


def read_kept(name: str, code: str | None = None) -> Any:
    """What was kept under `name` for the current lexicon_key (and `code`: see key_of), or
    None."""
    try:
        with open(_kept_path(name, code), "rb") as handle:
            found = load(handle)
    except Exception:  # missing, truncated, or pickled by other code: made anew
        return None
    # Kept with its name: a file holding anything else is made anew too.
    if isinstance(found, tuple) and len(found) == 2 and found[0] == name:
        return found[1]
    return None


def _reduce(obj: Any) -> Any:
    """A record class with slots (factdb.records) pickled as a call of its class with its
    fields, so that unpickling runs its generated __init__: pickle's default for one (its
    __setstate__, which sets each field in turn) cost the unpickling of a vocabulary of 28,000
    phrases a third of a second when the classes were dataclasses."""
    kind = type(obj)
    if hasattr(kind, "__slots__") and records.is_record(kind):
        return kind, tuple(getattr(obj, f.name) for f in records.fields(kind))
    return NotImplemented


def pickled(value: Any) -> bytes:
    """`value` pickled as kept data is (see _reduce), for factdb.startup.loads."""
    data = io.BytesIO()
    _pickler()(data, protocol=-1).dump(value)
    return data.getvalue()


@cache
def _pickler() -> Any:
    import pickle  # only to write: a check reads what is kept, with factdb.startup.load

    class Pickler(pickle.Pickler):
        def reducer_override(self, obj: Any) -> Any:
            return _reduce(obj)

    return Pickler


def write_kept(name: str, value: Any, code: str | None = None) -> None:
    path = _kept_path(name, code)
    if write_atomic(path, pickled((name, value))):
        # What was kept under this name for other lexicons or code is not read again.
        drop_stale(path, f"{name}-{INSTALL}-", (".pickle",))


def kept(build: Callable[[], T]) -> Callable[[], T]:
    """`build`, run once per process, and once at all until the lexicons, their code or the
    module defining `build` change (its result is kept under its name)."""
    return _once(build, lambda value: value, lambda found: found)


def kept_by_key(build: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """`build` kept as `kept` keeps it, for a mapping a statement reads a few keys of (the
    phrases each first word begins): each value is kept pickled on its own and unpickled when
    first read (by_key), so that a fresh check makes the objects of the values it reads, not
    every value's (the stance phrases by first word: 0.55 ms read whole)."""
    return _once(build, lambda value: {k: pickled(v) for k, v in value.items()}, by_key)


# Every function `kept` and `kept_by_key` made, for read_all_whole.
_made: list[Any] = []
# Whether values kept pickled one by one are read whole (read_all_whole).
_whole = False


def _once(build: Callable[[], Any], pack: Callable[[Any], Any], unpack: Callable[[Any], T]) -> Any:
    name = f"lexicon-{build.__module__.rsplit('.', 1)[-1]}-{build.__name__}"

    @cache
    @wraps(build)
    def once() -> T:
        code = getattr(sys.modules.get(build.__module__), "__file__", None)
        found = read_kept(name, code)
        if found is None:
            found = pack(build())
            write_kept(name, found, code)
        return unpack(found)

    _made.append(once)
    return once


def by_key(packed: dict[str, bytes]) -> dict[str, Any]:
    """A mapping of values kept pickled one by one (PickledValues); a plain dict of them all
    unpickled once read_all_whole has run."""
    values = PickledValues(packed)
    return dict(values.items()) if _whole else values


def read_all_whole() -> None:
    """From now on, every kept mapping is a plain dict with every value unpickled (each is read
    again once): for a process that checks many statements (a batch, before it forks its
    workers), which reads most keys, and at the dict's own speed (PickledValues' lookups are
    Python calls: 2 % of a batch's instructions)."""
    global _whole
    _whole = True
    for once in _made:
        once.cache_clear()


class PickledValues(dict):  # type: ignore[type-arg]
    """A kept mapping whose values are unpickled when first read (kept_by_key). It is a dict of
    the same keys, so `key in values` (which a scanner asks of every token) is the dict's own
    lookup; a value read is kept unpickled in its place. No value kept is bytes itself."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if value.__class__ is bytes:
            value = loads(value)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if dict.__contains__(self, key) else default

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[k] for k in self]

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(k, self[k]) for k in self]


def _parse(path: str) -> dict[str, Any]:
    import yaml

    with open(path, encoding="utf-8") as handle:
        # The C loader when PyYAML has it: the pure-Python one costs a CLI call most of its time.
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


@cache
def parsed(lang: str, name: str) -> dict[str, Any]:
    """The parsed lexicon/<lang>/<name>.yaml, kept one file a lexicon: a check reads about a
    third of the 22 (unpickling all of them together cost it 1.5 ms)."""
    path = os.path.join(_LEXICON, lang, f"{name}.yaml")
    if name == _NOT_KEPT:
        return _parse(path)
    kept_name = f"lexicon-parsed-{lang}-{name}"
    found = read_kept(kept_name)
    if found is None:
        found = _parse(path)
        write_kept(kept_name, found)
    return found
