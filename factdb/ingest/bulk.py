"""Bulk claim files: JSON Lines and CSV, one claim a line or row, read as a stream.

Both turn each claim into the same raw mapping a YAML claim is (with its line number under
LINE_KEY), so factdb.fixtures.validate_claim checks all three formats alike and their errors read
alike: `file:line (claim id): reason`.

JSON Lines: one JSON object a line, the fields of a YAML claim plus `source`, the default source of
its spans. Blank lines are skipped.

CSV: a header row naming the columns (any order, all but `id` optional):

    id, source, subject, predicate, object, qualifiers, exact, low, high, low_open, high_open,
    unit, time, polarity, modality, speaker, stance, sole_speaker, quote, prefix, suffix,
    occurrence, start, end, note

An empty cell is an absent field. `qualifiers` is `role=entity;role=entity`. The value is `exact`,
or `low`/`high` with `low_open`/`high_open` (true/false), plus `unit`. `time` is written as in
YAML (`2025`, `2023-09`, `2026-02-19`), `START/END` for an inclusive range of days, or a JSON
object (`{"before": "2026-02-19"}`, `{"start": …, "end": …, "grain": "month_part"}`). A row holds
one span (`source`, `quote`, `prefix`, `suffix`, `occurrence`, `start`, `end`); each further span
is a row right below with the same `id` and only span columns filled. Line numbers are physical
lines of the file, so a quoted cell spanning lines does not throw them off.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from factdb.ingest.files import Lines, UnstableFile
from factdb.ingest.records import (
    INTERNAL_KEYS,
    LINE_KEY,
    SPAN_LINE_KEY,
    FixtureError,
    Location,
    show,
)
from factdb.ingest.yamlio import text_problem

RawClaims = Iterator[tuple[dict[str, Any] | FixtureError | None, str | None]]

SPAN_COLUMNS = ("source", "quote", "prefix", "suffix", "occurrence", "start", "end")
VALUE_COLUMNS = ("exact", "low", "high", "low_open", "high_open", "unit")
CSV_COLUMNS = (
    "id",
    "source",
    "subject",
    "predicate",
    "object",
    "qualifiers",
    *VALUE_COLUMNS,
    "time",
    "polarity",
    "modality",
    "speaker",
    "stance",
    "sole_speaker",
    "quote",
    "prefix",
    "suffix",
    "occurrence",
    "start",
    "end",
    "note",
)
_INT = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


# Claims shared out among processes: called once for each item of the files in order (a claim,
# or a part that cannot be read as one), it says whether the item is another process's. Such an
# item comes as (None, None), and a JSON Lines reader does not even decode it.
Skip = Callable[[], bool]


def read_bulk(path: Path, name: str, skip: Skip | None = None) -> RawClaims:
    if path.suffix == ".csv":
        return skipping(read_csv(path, name), skip)
    return read_jsonl(path, name, skip)


def skipping(items: RawClaims, skip: Skip | None) -> RawClaims:
    """`items` with those `skip` says are another process's as (None, None): for readers that
    must read every item anyway (CSV rows, a YAML document)."""
    if skip is None:
        yield from items
        return
    for item in items:
        yield (None, None) if skip() else item


def _reject_constant(token: str) -> float:
    raise ValueError(f"{token} is not a number JSON allows")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are unique and none of them one of factdb's own (the line of a
    span is the reader's to say): the last of two equal keys would win in silence. Built and
    checked in C (dict, len, a set intersection): this runs for every object of a bulk file, and
    a loop in Python here cost a tenth of a big load."""
    obj = dict(pairs)
    if len(obj) != len(pairs) or not INTERNAL_KEYS.isdisjoint(obj):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"the key {show(key)} is given twice in one object")
            if key in INTERNAL_KEYS:
                raise ValueError(f"{show(key)} is not a field (it is factdb's own)")
            seen.add(key)
    return obj


_JSON = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_object)


# --- JSON Lines --------------------------------------------------------------------------------


def _open(path: Path, name: str) -> Lines | FixtureError:
    try:
        return Lines(path)
    except OSError as exc:
        return FixtureError(Location(name), f"cannot read: {exc.strerror}")
    except UnstableFile as exc:
        return FixtureError(Location(name), str(exc))


def read_jsonl(path: Path, name: str, skip: Skip | None = None) -> RawClaims:
    lines = _open(path, name)
    if isinstance(lines, FixtureError):
        yield lines, None
        return
    with lines:
        try:
            yield from _jsonl_rows(lines, name, skip)
        except UnstableFile as exc:
            yield FixtureError(Location(name), str(exc)), None


def _blank(data: bytes) -> bool:
    """A line of white space only (as str.strip sees it, Unicode spaces included): not a claim."""
    if data[:1] == b"{":  # nearly every line: no need to decode it to know
        return False
    try:
        return not data.decode("utf-8").strip()
    except UnicodeDecodeError:
        return False


def _jsonl_rows(lines: Lines, name: str, skip: Skip | None) -> RawClaims:
    for data in lines:
        if data is not None and _blank(data):
            continue
        if skip is not None and skip():
            yield None, None
            continue
        lineno = lines.line
        where = Location(name, lineno)
        if data is None:
            yield FixtureError(where, f"the line is over {lines.limit:,} bytes"), None
            continue
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield FixtureError(where, f"not UTF-8 (byte {exc.start} of the line)"), None
            continue
        try:
            raw = _JSON.decode(line)
        except json.JSONDecodeError as exc:
            yield FixtureError(where, f"invalid JSON: {exc.msg} (column {exc.colno})"), None
            continue
        except (ValueError, RecursionError) as exc:
            yield FixtureError(where, f"invalid JSON: {exc}"), None
            continue
        if not isinstance(raw, dict):
            kind = type(raw).__name__
            yield FixtureError(where, f"each line must be a JSON object, not {kind}"), None
            continue
        if "\\u" in line and (problem := text_problem(raw)):  # only escapes make them
            cid = raw.get("id")
            where = Location(name, lineno, cid if isinstance(cid, str) else None)
            yield FixtureError(where, problem), None
            continue
        source = raw.pop("source", None)
        if source is not None and (isinstance(source, bool) or not isinstance(source, str)):
            cid = raw.get("id")
            where = Location(name, lineno, cid if isinstance(cid, str) else None)
            yield (
                FixtureError(where, f"'source' must be a source id text, not {show(source)}"),
                None,
            )
            continue
        raw[LINE_KEY] = lineno
        yield raw, source


# --- CSV ---------------------------------------------------------------------------------------


class _RowError(Exception):
    pass


def _number(cell: str, column: str) -> int | float:
    try:
        return int(cell) if _INT.match(cell) else float(cell)
    except ValueError:
        raise _RowError(f"'{column}' must be a number, not {show(cell)}") from None


def _whole(cell: str, column: str) -> int:
    if not _INT.match(cell):
        raise _RowError(f"'{column}' must be a whole number, not {show(cell)}")
    return int(cell)


def _bool(cell: str, column: str) -> bool:
    folded = cell.strip().lower()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise _RowError(f"'{column}' must be true or false, not {show(cell)}")


def _qualifiers(cell: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in cell.split(";"):
        if not part.strip():
            continue
        role, sep, entity = part.partition("=")
        if not sep or not role.strip() or not entity.strip():
            raise _RowError(
                f"qualifiers must be role=entity pairs separated by ';', not {show(cell)}"
            )
        if role.strip() in out:
            raise _RowError(f"qualifier {show(role.strip())} is given twice")
        out[role.strip()] = entity.strip()
    return out


def _time(cell: str) -> Any:
    cell = cell.strip()
    if cell.startswith("{"):
        try:
            return _JSON.decode(cell)
        except ValueError as exc:
            raise _RowError(f"'time' is not a valid JSON object: {exc}") from None
    if "/" in cell:
        start, _, end = cell.partition("/")
        return {"start": start.strip(), "end": end.strip()}
    return cell


def _span(cells: dict[str, str]) -> dict[str, Any]:
    span: dict[str, Any] = {}
    for column in ("quote", "prefix", "suffix"):
        if cells.get(column):
            span[column] = cells[column]
    for column in ("occurrence", "start", "end"):
        if cells.get(column):
            span[column] = _whole(cells[column], column)
    return span


def _claim(cells: dict[str, str]) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": cells["id"]}
    for column in ("subject", "predicate", "object", "polarity", "modality", "speaker", "stance"):
        if cells.get(column):
            raw[column] = cells[column]
    if cells.get("note"):
        raw["note"] = cells["note"]
    if cells.get("sole_speaker"):
        raw["sole_speaker"] = _bool(cells["sole_speaker"], "sole_speaker")
    if cells.get("qualifiers"):
        raw["qualifiers"] = _qualifiers(cells["qualifiers"])
    if any(cells.get(c) for c in VALUE_COLUMNS):
        value: dict[str, Any] = {}
        for column in ("exact", "low", "high"):
            if cells.get(column):
                value[column] = _number(cells[column].strip(), column)
        for column in ("low_open", "high_open"):
            if cells.get(column):
                value[column] = _bool(cells[column], column)
        if cells.get("unit"):
            value["unit"] = cells["unit"].strip()
        raw["value"] = value
    if cells.get("time"):
        raw["time"] = _time(cells["time"])
    raw.update(_span(cells))
    return raw


def _csv_lines(lines: Lines) -> Iterator[str]:
    """The lines of a CSV file decoded one at a time, so that a bad byte is reported on its
    own line (decoding the file in blocks blamed line 1, the header)."""
    for data in lines:
        if data is None:
            raise _RowError(f"line {lines.line} is over {lines.limit:,} bytes")
        yield data.decode("utf-8")


def read_csv(path: Path, name: str) -> RawClaims:
    lines = _open(path, name)
    if isinstance(lines, FixtureError):
        yield lines, None
        return
    with lines:
        try:
            yield from _csv_file(csv.reader(_csv_lines(lines), strict=True), name)
        except UnstableFile as exc:
            yield FixtureError(Location(name), str(exc)), None


def _csv_file(reader: Any, name: str) -> RawClaims:
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError, _RowError) as exc:
        yield FixtureError(Location(name, 1), f"cannot read the header: {exc}"), None
        return
    if header is None:
        return
    header = [h.strip() for h in header]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    problem = None
    if unknown:
        problem = f"unknown column(s) {', '.join(map(show, unknown[:5]))}; known: " + ", ".join(
            CSV_COLUMNS
        )
    elif len(set(header)) != len(header):
        problem = "a column is named twice in the header"
    elif "id" not in header:
        problem = "the header needs an 'id' column"
    if problem:
        yield FixtureError(Location(name, 1), problem), None
        return
    yield from _csv_rows(reader, header, name)


def _csv_rows(reader: Any, header: list[str], name: str) -> RawClaims:
    pending: dict[str, Any] | None = None  # the claim being built, until its last span row
    pending_source: str | None = None
    broken = ""  # the id of a claim whose first row was unreadable: its span rows go with it
    claim_columns = set(header) - set(SPAN_COLUMNS) - {"id"}
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader, None)
        except (csv.Error, UnicodeDecodeError, _RowError) as exc:
            yield FixtureError(Location(name, first_line), f"cannot read this row: {exc}"), None
            return
        if row is None:
            break
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield (
                FixtureError(
                    Location(name, first_line),
                    f"the row has {len(row)} cells, the header {len(header)}",
                ),
                None,
            )
            continue
        if any("\x00" in cell for cell in row):
            reason = "a cell holds a NUL character, which a database cannot store"
            yield FixtureError(Location(name, first_line), reason), None
            continue
        cells = dict(zip(header, row, strict=True))
        cid = cells["id"].strip()
        cells["id"] = cid
        where = Location(name, first_line, cid or None)
        if (
            pending is not None
            and cid == pending["id"]
            and not any(cells.get(c) for c in claim_columns)
        ):
            try:
                span = _span(cells)
            except _RowError as exc:
                yield FixtureError(where, str(exc)), None
                continue
            if cells.get("source"):
                span["source"] = cells["source"].strip()
            span[SPAN_LINE_KEY] = first_line
            pending.setdefault("spans", []).append(span)
            continue
        if pending is not None:
            yield pending, pending_source
            pending = None
        if cid and cid == broken and not any(cells.get(c) for c in claim_columns):
            continue
        broken = ""
        if not cid:
            yield FixtureError(where, "the row has no 'id'"), None
            continue
        try:
            raw = _claim(cells)
        except _RowError as exc:
            broken = cid
            yield FixtureError(where, str(exc)), None
            continue
        raw[LINE_KEY] = first_line
        pending, pending_source = raw, (cells.get("source") or "").strip() or None
    if pending is not None:
        yield pending, pending_source
