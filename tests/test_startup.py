"""The methods dataclasses generates, kept between runs (factdb.startup): the classes made from
kept code are the classes compiled anew, and a start compiles only what it has not seen."""

from __future__ import annotations

import builtins
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from factdb import config
from factdb.startup import generated_methods_kept


def _make() -> type:
    @dataclasses.dataclass(frozen=True)
    class Point:
        """A frozen class: every generated method (init, repr, eq, hash, setattr, delattr)."""

        x: int
        y: tuple[str, ...] = ()
        z: list[int] = dataclasses.field(default_factory=list, compare=False)

    return Point


def _behaviour(cls: type) -> tuple[Any, ...]:
    a, b = cls(1, ("u",)), cls(1, ("u",), [3])
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.x
    return (repr(a), repr(b), a == b, hash(a) == hash(b), a.z, b.z, cls(2) == a)


def _kept_files() -> list[Path]:
    return list(config.cache_dir().glob("dataclass-methods-*.marshal"))


def test_kept_methods_make_the_same_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _behaviour(_make())
    assert not _kept_files()
    with generated_methods_kept():
        first = _make()
    assert "exec" not in vars(dataclasses)  # the hook is gone after the block
    assert len(_kept_files()) == 1
    compiled: list[str] = []
    real_compile = builtins.compile

    def counting(source: Any, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return real_compile(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting)
    with generated_methods_kept():
        again = _make()
    monkeypatch.undo()
    assert compiled == []  # every method came from the kept code
    assert _behaviour(first) == _behaviour(again) == fresh


def test_a_damaged_or_foreign_file_is_compiled_over() -> None:
    with generated_methods_kept():
        _make()
    [path] = _kept_files()
    for garbage in (b"", b"\x00garbage", path.read_bytes()[:100]):
        path.write_bytes(garbage)
        with generated_methods_kept():
            made = _make()
        assert _behaviour(made) == _behaviour(_make())
        assert path.read_bytes() != garbage  # written again


def test_an_exception_inside_leaves_dataclasses_as_it_was() -> None:
    with pytest.raises(RuntimeError), generated_methods_kept():
        raise RuntimeError("a failed import")
    assert "exec" not in vars(dataclasses)
