"""Record classes (factdb.records) and their methods kept between runs (factdb.startup): a record
behaves as the dataclass of the same declaration, the classes made from kept code are the
classes compiled anew, and a start compiles only what it has not seen."""

from __future__ import annotations

import builtins
import copy
import dataclasses
import marshal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_ROOT

from factdb import config, records
from factdb.startup import generated_methods_kept


def _make(make: Any = records) -> type:
    @make.dataclass(frozen=True)
    class Point:
        """A frozen class: every generated method (init, repr, eq, hash, setattr, delattr)."""

        x: int
        y: tuple[str, ...] = ()
        z: tuple[int, ...] = make.field(default_factory=tuple)

    return Point


def _behaviour(cls: type) -> tuple[Any, ...]:
    a, b = cls(1, ("u",)), cls(1, ("u",), (3,))
    for change in (lambda: setattr(a, "x", 2), lambda: delattr(a, "x")):
        with pytest.raises(AttributeError) as raised:
            change()
        assert type(raised.value).__name__ == "FrozenInstanceError"
    return (repr(a), repr(b), a == b, hash(a) == hash(b), a.z, b.z, cls(2) == a, cls(1) == a)


def _kept_files() -> list[Path]:
    return list(Path(config.cache_path()).glob("record-methods-*.marshal"))


def _counting_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources compiled from now on (builtins.compile, counted)."""
    compiled: list[str] = []
    real_compile = builtins.compile

    def counting(source: Any, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return real_compile(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting)
    return compiled


def test_a_record_behaves_as_the_dataclass_of_the_same_declaration() -> None:
    assert _behaviour(_make()) == _behaviour(_make(dataclasses))
    for make in (records, dataclasses):

        @make.dataclass(frozen=True, slots=True)
        class Entry:
            key: str
            weight: int = 1

        @make.dataclass
        class Open:
            items: list[int] = make.field(default_factory=list)
            name: str = "x"

        @make.dataclass(frozen=True, slots=True, eq=False)
        class Same:
            key: str

        @make.dataclass
        class Checked:
            low: int
            high: int

            def __post_init__(self) -> None:
                if self.low > self.high:
                    raise ValueError("low above high")

        entry = Entry("a")
        assert not hasattr(entry, "__dict__") and Entry.__slots__ == ("key", "weight")
        assert copy.copy(entry) == entry == copy.deepcopy(entry)  # as pickle reads it back
        assert make.replace(entry, weight=2) == Entry("a", 2)
        assert [f.name for f in make.fields(Entry)] == ["key", "weight"]
        opened = Open()
        opened.items.append(1)
        assert Open().items == [] and Open.name == "x" and Open.__hash__ is None
        assert make.asdict(opened) == {"items": [1], "name": "x"}
        assert Same("a") != Same("a") and hash(Same("a")) != 0
        assert Entry.__match_args__ == ("key", "weight")
        assert Entry.__qualname__.endswith("<locals>.Entry")  # a remade slotted class too
        with pytest.raises(ValueError):
            Checked(2, 1)
        with pytest.raises(TypeError):
            Entry()  # type: ignore[call-arg]
    with pytest.raises(TypeError):

        @records.dataclass
        class Misordered:
            x: int = 0
            y: int  # type: ignore[misc]

    # A class whose annotations Python evaluates lazily (3.14, no `from __future__ import
    # annotations`) would silently get no fields: refused where it is declared.
    lazy = type("Lazy", (), {"__annotate__": lambda format: {"x": int}})
    with pytest.raises(TypeError, match="from __future__ import annotations"):
        records.dataclass(lazy)


def test_kept_methods_make_the_same_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _behaviour(_make())
    assert not _kept_files()
    with generated_methods_kept():
        first = _make()
    assert len(_kept_files()) == 1
    compiled = _counting_compiles(monkeypatch)
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


def test_an_exception_inside_keeps_nothing_and_leaves_compiling_as_it_was() -> None:
    with pytest.raises(RuntimeError), generated_methods_kept():
        _make()
        raise RuntimeError("a failed import")
    assert not _kept_files()
    assert _behaviour(_make()) == _behaviour(_make(dataclasses))


def test_the_fast_entry_keeps_and_reuses_the_methods(real_engine: Any) -> None:
    """`factdb check "…"` through the fast entry keeps the methods of the classes it imports,
    and a second start, reading them, prints the same."""
    url = real_engine.url.render_as_string()
    code = "import sys\nfrom factdb.cli.fast import main\nsys.argv[0] = 'factdb'\nmain()"
    args = [sys.executable, "-c", code, "--db", url, "check", "Hungary approved 400 million USD"]
    first = subprocess.run(args, capture_output=True, text=True, cwd=REPO_ROOT)
    [path] = _kept_files()
    kept = marshal.loads(path.read_bytes())[1]
    assert len(kept) > 10  # the checker's record classes, one source a shape
    again = subprocess.run(args, capture_output=True, text=True, cwd=REPO_ROOT)
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout), again.stderr
    assert first.returncode == 0 and "SUPPORTED" in first.stdout, first.stderr


def test_a_contents_digest_is_remembered_until_a_file_changes(tmp_path: Path) -> None:
    """factdb.startup.contents_digest: by content (a file written again with the same bytes has
    the same digest), and not read again while the files' stats are those it was kept under."""
    import os

    from factdb.startup import contents_digest

    code = tmp_path / "code.py"
    code.write_text("x = 1\n", encoding="utf-8")
    first = contents_digest([str(code)])
    os.utime(code, ns=(1, 1))
    assert contents_digest([str(code)]) == first
    kept = Path(config.cache_path()) / "contents-digests.txt"
    rows = [line.split("\t") for line in kept.read_text(encoding="utf-8").splitlines()]
    kept.write_text("".join(f"{k}\tremembered\n" for k, _ in rows), encoding="utf-8")
    assert contents_digest([str(code)]) == "remembered"  # the stats are unchanged: not read
    code.write_text("x = 2\n", encoding="utf-8")
    assert contents_digest([str(code)]) not in (first, "remembered")


def test_a_cache_file_is_written_whole_and_other_installs_files_stay(tmp_path: Path) -> None:
    """factdb.startup.write_atomic leaves the file whole or as it was (nothing behind when the
    folder cannot be written), and drop_stale deletes only what the prefix names: the compiled
    SQL of another install (another INSTALL) sharing the cache folder stays."""
    from factdb.startup import INSTALL, drop_stale, write_atomic

    mine = tmp_path / f"sqlite-queries-{INSTALL}-new.marshal"
    old = tmp_path / f"sqlite-queries-{INSTALL}-old.marshal"
    theirs = tmp_path / "sqlite-queries-0123456789ab-other.marshal"
    writing = tmp_path / f"sqlite-queries-{INSTALL}-old.marshal.999.tmp"
    for path in (old, theirs, writing):
        path.write_bytes(b"x")
    assert write_atomic(str(mine), b"compiled")
    drop_stale(str(mine), f"sqlite-queries-{INSTALL}-", (".marshal",))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (mine, theirs, writing)
    )
    assert mine.read_bytes() == b"compiled"
    assert write_atomic(str(mine), lambda tmp: Path(tmp).write_bytes(b"again"))
    assert mine.read_bytes() == b"again"

    def fails(tmp: str) -> None:
        Path(tmp).write_bytes(b"half")
        raise OSError("disk full")

    assert not write_atomic(str(mine), fails)
    assert mine.read_bytes() == b"again"
    assert not list(tmp_path.glob(f"*.{__import__('os').getpid()}.tmp"))
    blocked = tmp_path / "file"
    blocked.write_bytes(b"")
    assert not write_atomic(str(blocked / "under-a-file"), b"x")  # a folder that cannot be


def test_remembered_rows_keep_the_newest_and_survive_damage() -> None:
    """factdb.startup.keep_row keeps config.CACHE_FILES_KEPT rows, the newest; read_rows gives
    {} for a damaged file, so what it remembered is looked at again."""
    from factdb.startup import keep_row, read_rows

    rows = read_rows("rows-test.txt")
    assert rows == {}
    for n in range(config.CACHE_FILES_KEPT + 3):
        keep_row("rows-test.txt", rows, f"k{n}", [str(n), "x"])
        rows = read_rows("rows-test.txt")
    assert list(rows) == [f"k{n}" for n in range(3, config.CACHE_FILES_KEPT + 3)]
    keep_row("rows-test.txt", rows, "k3", ["again", "x"])
    assert list(read_rows("rows-test.txt"))[-1] == "k3"
    (Path(config.cache_path()) / "rows-test.txt").write_text("no tab here\n", encoding="utf-8")
    assert read_rows("rows-test.txt") == {}


def test_kept_methods_are_written_again_when_the_source_writer_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept code is looked up by a class's shape, not by its source text: a change to the
    module that writes the sources (factdb.records) makes every shape compile anew."""
    import os

    from factdb import startup

    writer = tmp_path / "records.py"
    writer.write_text("one\n", encoding="utf-8")
    monkeypatch.setattr(startup, "_WRITER", str(writer))
    with generated_methods_kept():
        _make()
    compiled = _counting_compiles(monkeypatch)
    with generated_methods_kept():
        _make()
    assert compiled == []
    writer.write_text("two, longer\n", encoding="utf-8")
    os.utime(writer, ns=(1, 1))
    with generated_methods_kept():
        _make()
    assert len(compiled) == 1  # the one shape of Point, written and compiled again


def test_a_frozen_record_keeps_its_fields_where_the_dataclass_does() -> None:
    """A frozen record without slots is made by writing its __dict__ (factdb.records): the
    same fields in the same order as object.__setattr__ puts them; a field a base's property
    stands for, or a base with slots, still goes through the setter."""

    def declared(make: Any) -> tuple[Any, ...]:
        point = _make(make)(1, ("u",))

        class Slotted:
            __slots__ = ("x",)

        @make.dataclass(frozen=True)
        class OnSlots(Slotted):
            x: int

        seen: list[int] = []

        class Watched:
            @property
            def x(self) -> int:
                return seen[-1]

            @x.setter
            def x(self, value: int) -> None:
                seen.append(value)

        @make.dataclass(frozen=True)
        class Shadowed(Watched):
            x: int
            y: int = 0

        shadowed = Shadowed(4, 5)
        return (vars(point), OnSlots(3).x, shadowed.x, vars(shadowed), seen)

    assert declared(records) == declared(dataclasses)
