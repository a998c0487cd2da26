"""Reading YAML safely: no Python tags, bounded nesting, no text a database cannot store, and
each mapping's line recorded under LINE_KEY so that errors can name it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from factdb.ingest.files import YAML_MAX_BYTES, UnstableFile, read_whole
from factdb.ingest.records import (
    INTERNAL_KEYS,
    LINE_KEY,
    FixtureError,
    FixtureErrors,
    Location,
    show,
)

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loading only (no Python object tags), with each mapping's line recorded."""


_MERGE = "tag:yaml.org,2002:merge"


def _check_keys(loader: yaml.SafeLoader, node: yaml.MappingNode) -> None:
    """Refuse a key given twice in one mapping (the last would win in silence) and a key that
    is factdb's own (the line recorded for a span is the reader's to say, not the file's)."""
    first: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE:  # "<<: *defaults": keys given here override merged ones
            continue
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            earlier = first.get(key)
            first[key] = line
        except TypeError:  # an unhashable key: construct_mapping says what is wrong with it
            continue
        if key in INTERNAL_KEYS:
            raise ConstructorError(
                None, None, f"{show(key)} is not a field (it is factdb's own)", key_node.start_mark
            )
        if earlier is not None:
            raise ConstructorError(
                None,
                None,
                f"the key {show(key)} is given twice in one mapping (lines {earlier} and {line})",
                key_node.start_mark,
            )


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    _check_keys(loader, node)
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _PyLineLoader(yaml.SafeLoader):
    """The pure-Python loader, for documents nested so deeply that the C one would overflow the
    C stack (it recurses in C per level); this one stops at Python's recursion limit."""


_PyLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_FLOW = re.compile(r"[\[\]{}]")
_DASHES = re.compile(r"(?:-[ \t]+){200}")
DEEP = 500


def _deep(text: str) -> bool:
    """Whether `text` may nest more than DEEP levels (an over-estimate: brackets inside quoted
    text count too, which only costs a slower parse)."""
    if _DASHES.search(text):
        return True
    depth = top = 0
    for m in _FLOW.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        top = max(top, depth)
        if top > DEEP:
            return True
    return False


def text_problem(value: Any) -> str | None:
    """Why a parsed value holds text no database can store (a NUL, which PostgreSQL refuses; a
    lone surrogate, which is not Unicode and cannot be encoded), or None."""
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return f"text with a NUL character: {show(item)}"
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return f"text with a lone surrogate, which is not Unicode: {show(item)}"
        elif isinstance(item, dict):
            todo += item.keys()
            todo += item.values()
        elif isinstance(item, list):
            todo += item
    return None


def _text_problems(doc: Any, file: str) -> FixtureError | None:
    """text_problem for a YAML document, located at the innermost mapping that holds it."""
    todo: list[tuple[Any, int | None]] = [(doc, None)]
    seen: set[int] = set()
    while todo:
        item, line = todo.pop()
        if id(item) in seen:  # aliases share objects; look at each once
            continue
        if isinstance(item, dict):
            seen.add(id(item))
            line = item.get(LINE_KEY, line)
            todo += [(v, line) for v in (*item.keys(), *item.values())]
        elif isinstance(item, list):
            seen.add(id(item))
            todo += [(v, line) for v in item]
        elif isinstance(item, str) and (problem := text_problem(item)):
            return FixtureError(Location(file, line), problem)
    return None


def read_yaml(path: Path) -> Any:
    where = Location(str(path))
    try:
        raw = read_whole(path, YAML_MAX_BYTES)
    except OSError as exc:
        raise FixtureErrors([FixtureError(where, f"cannot read: {exc.strerror}")]) from exc
    except UnstableFile as exc:
        hint = "; bulk claims go in JSON Lines or CSV, which stream" if "limit" in str(exc) else ""
        raise FixtureErrors([FixtureError(where, f"{exc}{hint}")]) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FixtureErrors([FixtureError(where, f"not UTF-8 (byte {exc.start})")]) from exc
    try:
        doc = yaml.load(text, Loader=_PyLineLoader if _deep(text) else _LineLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise FixtureErrors(
            [FixtureError(Location(str(path), line), f"invalid YAML: {exc.problem}")]
        ) from exc
    except RecursionError as exc:
        reason = "invalid YAML: nested too deeply"
        raise FixtureErrors([FixtureError(where, reason)]) from exc
    except (yaml.YAMLError, ValueError, OverflowError) as exc:  # ValueError: a 5000-digit int
        raise FixtureErrors([FixtureError(where, f"invalid YAML: {show(str(exc))}")]) from exc
    if "\\" in text and (problem := _text_problems(doc, str(path))):  # only escapes make them
        raise FixtureErrors([problem])
    return doc
