"""Record classes as @dataclass writes them, made without importing `dataclasses`.

A fresh `factdb check` defines some 45 record classes. `dataclasses` imports `inspect` (with
`ast`, `dis`, `tokenize`, `linecache`: all for the docstring of a class that has none), and
with it processing those classes cost a check installed as a wheel 13-14 ms, more than the
bare interpreter's whole start (10 ms). `dataclass` here makes the methods @dataclass makes
for what these classes use, from the class's annotations, in one generated function a class
(compiled once and kept between runs: factdb.startup.compiled):

- `__init__` with the fields in order, defaults and `field(default_factory=...)`, then the
  class's `__post_init__` if it has one;
- `__repr__` (`Name(a=1, b='x')`), `__eq__` (same class, fields compared in order),
  `__match_args__`;
- `frozen=True`: `__setattr__`/`__delattr__` raising FrozenInstanceError, and `__hash__` over
  the fields; an unfrozen class compared by value is unhashable, as a dataclass is;
- `slots=True`: the class made again with `__slots__` (and, frozen, the `__getstate__` and
  `__setstate__` that pickling it needs); `eq=False`: identity, as `object` compares.

A method the class body defines is kept, as @dataclass keeps it. `replace`, `fields` and
`asdict` do what dataclasses' do, for these classes. Other modules (loading, curation), which
a check does not import, use `dataclasses` itself.
"""

from __future__ import annotations

from factdb.startup import compiled

TYPE_CHECKING = False  # typing itself is 3 ms of a fresh check's start
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")


class FrozenInstanceError(AttributeError):
    """An assignment to a field of a frozen record (dataclasses' exception of that name)."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Field:
    """One field of a record: its name, its default or the factory that makes one."""

    __slots__ = ("default", "default_factory", "name")

    def __init__(self, default: Any = MISSING, default_factory: Any = MISSING) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory

    def __repr__(self) -> str:
        return f"Field(name={self.name!r})"


def field(*, default: Any = MISSING, default_factory: Callable[[], Any] | Any = MISSING) -> Any:
    """A field's default, or the factory that makes a fresh one for each record."""
    return Field(default, default_factory)


def dataclass(
    cls: type[T] | None = None, /, *, frozen: bool = False, slots: bool = False, eq: bool = True
) -> Any:
    """The class decorator, `@dataclass` or `@dataclass(frozen=True, slots=True)`."""

    def wrap(cls: type[T]) -> type[T]:
        return _make(cls, frozen, slots, eq)

    return wrap if cls is None else wrap(cls)


def fields(kind: Any) -> tuple[Field, ...]:
    """The fields of a record class or record, in order."""
    try:
        return kind.__record_fields__
    except AttributeError:
        raise TypeError("must be called with a record class or instance") from None


def is_record(kind: Any) -> bool:
    return hasattr(kind, "__record_fields__")


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record `obj` with `changes` to its fields."""
    for f in fields(obj):
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def asdict(obj: Any) -> Any:
    """The record `obj` as a dict, records, lists, tuples and dicts inside it converted too."""
    if is_record(obj) and not isinstance(obj, type):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a named tuple
        return type(obj)(*[asdict(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((asdict(k), asdict(v)) for k, v in obj.items())
    return obj


def _is_class_var(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return isinstance(text, str) and text.removeprefix("typing.").startswith("ClassVar")


def _fields_of(cls: type) -> list[Field]:
    found: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__record_fields__", ()):
            found[f.name] = f
    if "__annotations__" not in cls.__dict__ and "__annotate__" in cls.__dict__:
        # Python 3.14 evaluates annotations lazily, unless the module says it keeps them as text.
        raise TypeError(
            f"{cls.__qualname__}: a record's module needs `from __future__ import annotations`"
        )
    own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063  # inspect is what this spares
    for name, annotation in own.items():
        if _is_class_var(annotation):
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name}")
        f.name = name
        found[name] = f
    ordered = list(found.values())
    defaulted = False
    for f in ordered:
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = True
        elif defaulted:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    return ordered


def _source(
    names: list[str],
    frozen: bool,
    slots: bool,
    eq: bool,
    defaulted: set[str],
    factories: set[str],
    post_init: bool,
    direct: bool = False,
) -> str:
    """The generated function's text: it depends only on the fields' names and the options, so
    records of the same shape share one compiled code object."""
    params = "".join(f", _d_{n}" for n in names)
    if frozen and slots:
        # Each slot's own setter: half the cost of object.__setattr__, which looks the name up
        # (the kept lexicons and vocabulary make some 2,000 such records at a check's start,
        # unpickled through __init__: factdb.lexicon.kept._reduce).
        params += "".join(f", _s_{n}" for n in names)
    sig = ", ".join(
        f"{n}=_MISSING" if n in factories else f"{n}=_d_{n}" if n in defaulted else n for n in names
    )
    lines = [f"def make(cls, _setattr, _MISSING, _Frozen{params}):"]
    lines.append(f"    def __init__(self, {sig}):" if names else "    def __init__(self):")
    if direct and names:
        lines.append("        _fields = self.__dict__")
    for n in names:
        value = f"_d_{n}() if {n} is _MISSING else {n}" if n in factories else n
        if frozen and slots:
            lines.append(f"        _s_{n}(self, {value})")
        elif direct:
            lines.append(f"        _fields[{n!r}] = {value}")
        elif frozen:
            lines.append(f"        _setattr(self, {n!r}, {value})")
        else:
            lines.append(f"        self.{n} = {value}")
    if post_init:
        lines.append("        self.__post_init__()")
    elif not names:
        lines.append("        pass")
    shown = ", ".join(f"{n}={{self.{n}!r}}" for n in names)
    lines.append("    def __repr__(self):")
    lines.append(f"        return f'{{self.__class__.__qualname__}}({shown})'")
    mine = "".join(f"self.{n}," for n in names)
    made = ["__init__", "__repr__"]
    if eq:
        theirs = "".join(f"other.{n}," for n in names)
        lines.append("    def __eq__(self, other):")
        lines.append("        if other.__class__ is self.__class__:")
        lines.append(f"            return ({mine}) == ({theirs})")
        lines.append("        return NotImplemented")
        made.append("__eq__")
    if eq and frozen:
        lines.append("    def __hash__(self):")
        lines.append(f"        return hash(({mine}))")
        made.append("__hash__")
    if frozen:
        lines.append(f"    _names = {tuple(names)!r}")
        for method, call in (("__setattr__", "name, value"), ("__delattr__", "name")):
            lines.append(f"    def {method}(self, {call}):")
            lines.append("        if type(self) is cls or name in _names:")
            lines.append("            raise _Frozen(f'cannot assign to field {name!r}')")
            lines.append(f"        super(cls, self).{method}({call})")
            made.append(method)
    if frozen and slots:
        lines.append("    def __getstate__(self):")
        lines.append(f"        return [{mine}]")
        lines.append("    def __setstate__(self, state):")
        lines.append("        for name, value in zip(_names, state):")
        lines.append("            _setattr(self, name, value)")
        made += ["__getstate__", "__setstate__"]
    lines.append(f"    return {{{', '.join(f'{m!r}: {m}' for m in made)}}}")
    return "\n".join(lines) + "\n"


def _make(cls: type[T], frozen: bool, slots: bool, eq: bool) -> type[T]:
    found = _fields_of(cls)
    names = [f.name for f in found]
    if slots:
        body = {k: v for k, v in cls.__dict__.items() if k not in names}
        body["__slots__"] = tuple(names)
        body.pop("__dict__", None)
        body.pop("__weakref__", None)
        qualname = cls.__qualname__
        cls = type(cls)(cls.__name__, cls.__bases__, body)  # type: ignore[assignment]
        cls.__qualname__ = qualname  # a class nested in another keeps its dotted name
    for f in found:
        if isinstance(cls.__dict__.get(f.name), Field):  # as a dataclass keeps it: the default
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    factories = {f.name for f in found if f.default_factory is not MISSING}
    defaulted = {f.name for f in found if f.default is not MISSING}
    defaults = [f.default_factory if f.name in factories else f.default for f in found]
    namespace: dict[str, Any] = {}
    post_init = hasattr(cls, "__post_init__")
    # A frozen record without slots keeps its fields in its __dict__, as object.__setattr__
    # would put them there, unless a class in its line has slots or a field's name is a
    # descriptor the class defines: written straight into the dict, a frozen record is made in
    # a third of the time (Grounds, Cue, Mention: some twenty a check, made per claim weighed).
    direct = (
        frozen
        and not slots
        and not any("__slots__" in k.__dict__ for k in cls.__mro__[:-1])
        and not any(hasattr(type(k.__dict__.get(n)), "__set__") for k in cls.__mro__ for n in names)
    )
    shape = (
        tuple(names),
        frozen,
        slots,
        eq,
        tuple(n in defaulted for n in names),
        tuple(n in factories for n in names),
        post_init,
        direct,
    )
    code = compiled(
        shape, lambda: _source(names, frozen, slots, eq, defaulted, factories, post_init, direct)
    )
    exec(code, namespace)
    if frozen and slots:
        defaults += [cls.__dict__[n].__set__ for n in names]
    methods = namespace["make"](cls, object.__setattr__, MISSING, FrozenInstanceError, *defaults)
    explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__
    )
    for name, method in methods.items():
        if name in cls.__dict__ and not (name == "__hash__" and not explicit_hash):
            if frozen and name in ("__setattr__", "__delattr__"):
                raise TypeError(f"cannot overwrite attribute {name} in class {cls.__name__}")
            continue
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    if eq and not frozen and not explicit_hash:
        cls.__hash__ = None  # type: ignore[assignment]  # compared by value, so unhashable
    cls.__record_fields__ = tuple(found)  # type: ignore[attr-defined]
    cls.__match_args__ = tuple(names)  # type: ignore[attr-defined]
    return cls
