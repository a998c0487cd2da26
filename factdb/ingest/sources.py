"""Adding an article to the claim base: `factdb source add FILE`.

The article is copied into the seed folder byte for byte and its metadata appended to
sources.yaml; nothing is normalised. Spans are offsets into the text exactly as published, so
a BOM, Windows line ends or decomposed accents stay as they are, and the curator is told about
them (a quote typed by hand is NFC and would not be found in decomposed text).

Refused, with nothing written: an id already used, a file already added under another id (the
same bytes), a file that is not UTF-8, an empty file, a bad date or link. The new sources.yaml
is validated as the loader will read it before it replaces the old one, and the seed file is
removed again if anything after copying it fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from factdb.ingest.discover import seed_folder
from factdb.ingest.fixtures import parse_sources
from factdb.ingest.records import FixtureErrors, SourceRec
from factdb.ingest.yamlio import read_yaml
from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.vocabulary import looks_vietnamese

SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$")  # fits sources.id (16)
TITLE_CHARS = 300  # a first line longer than this is a paragraph, not a headline


class SourceRefused(ValueError):
    """The article cannot be added as given; the message says why and what to do."""


@dataclass(frozen=True)
class Added:
    source: SourceRec
    path: Path  # where the text was copied
    # What the curator should know about the text as it stands (kept as is, never changed).
    notes: list[str] = field(default_factory=list)
    # Fields factdb chose because none was given, and what it chose.
    chosen: dict[str, str] = field(default_factory=dict)


def _text_notes(data: bytes, text: str) -> list[str]:
    notes = []
    if data.startswith(b"\xef\xbb\xbf"):
        notes.append("the file starts with a byte order mark (kept; offsets count it)")
    if "\r\n" in text:
        notes.append("the file has Windows line ends (kept; offsets count the \\r)")
    if not unicodedata.is_normalized("NFC", text):
        notes.append(
            "the text is not in NFC (accents are decomposed): quotes typed by hand may not be "
            "found in it; kept as published"
        )
    return notes


def _next_id(existing: list[str]) -> str:
    numbers = [int(s) for s in existing if s.isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}"


def _yaml_text(value: str | None) -> str:
    # A JSON string is a valid YAML double-quoted scalar: any text, escaped, on one line.
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _entry(rec: SourceRec) -> str:
    published = None if rec.published is None else rec.published.isoformat()
    return (
        f"\n  - id: {_yaml_text(rec.id)}\n"
        f"    file: {_yaml_text(rec.file_name)}\n"
        f"    title: {_yaml_text(rec.title)}\n"
        f"    publisher: {_yaml_text(rec.publisher)}\n"
        f"    published: {_yaml_text(published)}\n"
        f"    language: {rec.language}\n"
        f"    url: {_yaml_text(rec.url)}\n"
    )


def add_source(
    file: Path,
    fixtures: Path,
    *,
    source_id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    lang: str | None = None,
) -> Added:
    """Copy `file` into the seed folder of the fixture set `fixtures` and record it in its
    sources.yaml. Raises SourceRefused (nothing written) or FixtureErrors (sources.yaml does
    not load as it is)."""
    sources_file = fixtures / "sources.yaml"
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise SourceRefused(f"cannot read {file}: {exc.strerror}") from exc
    if not data.strip():
        raise SourceRefused(f"{file} is empty: there is nothing to curate claims from")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceRefused(
            f"{file} is not UTF-8 (bad byte at offset {exc.start}); convert it first, e.g. "
            f"iconv -f WINDOWS-1258 -t UTF-8"
        ) from exc
    if "\x00" in text:
        raise SourceRefused(f"{file} holds a NUL character: it is not a text file")

    seeds = seed_folder(sources_file)
    existing = parse_sources(read_yaml(sources_file), sources_file, seeds)
    digest = hashlib.sha256(data).hexdigest()
    for rec in existing:
        if rec.sha256 == digest:
            raise SourceRefused(f"{file} is already source {rec.id} ({rec.file_name})")
    chosen: dict[str, str] = {}
    if source_id is None:
        source_id = _next_id([r.id for r in existing])
        chosen["id"] = source_id
    if not SOURCE_ID.fullmatch(source_id):
        raise SourceRefused(
            f"source id {source_id!r} must be 1-16 letters, digits, '.', '_' or '-'"
        )
    if any(r.id == source_id for r in existing):
        raise SourceRefused(f"source {source_id} already exists (see `factdb sources`)")
    day = None
    if published is not None:
        try:
            day = dt.date.fromisoformat(published)
        except ValueError as exc:
            raise SourceRefused(f"--date must be YYYY-MM-DD, not {published!r}") from exc
    if url is not None and not re.match(r"^https?://\S+$", url):
        raise SourceRefused(f"--url must be an http(s) link, not {url!r}")
    if lang is None:
        lang = "vi" if looks_vietnamese(text) else "en"
        chosen["language"] = lang
    elif lang not in LANGUAGES:
        raise SourceRefused(f"--lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    if title is None:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if first and len(first) <= TITLE_CHARS:
            title = first
            chosen["title (the first line)"] = title
    name = f"{source_id}_{digest[:16]}.txt"
    rec = SourceRec(
        id=source_id,
        file_name=name,
        title=title,
        publisher=publisher,
        published=day,
        language=lang,
        url=url,
        text=text,
        sha256=digest,
    )
    _write(sources_file, seeds / name, data, _entry(rec))
    return Added(rec, seeds / name, _text_notes(data, text), chosen)


def _write(sources_file: Path, seed: Path, data: bytes, entry: str) -> None:
    """The seed file first (never over another), then sources.yaml replaced in one rename
    once the new version loads; on any failure the seed file is removed again."""
    old = sources_file.read_bytes().decode("utf-8")
    new = old + ("" if old.endswith("\n") else "\n") + entry
    staged = sources_file.with_name(f".{sources_file.name}.new")
    try:
        seed.parent.mkdir(parents=True, exist_ok=True)
        with seed.open("xb") as out:
            out.write(data)
    except FileExistsError as exc:
        raise SourceRefused(f"{seed} already exists; remove it or choose another --id") from exc
    except OSError as exc:
        raise SourceRefused(f"cannot write {seed}: {exc.strerror}") from exc
    try:
        staged.write_text(new, encoding="utf-8")
        added = parse_sources(read_yaml(staged), sources_file, seed.parent)
        if not any(r.file_name == seed.name for r in added):
            raise SourceRefused(
                f"{sources_file} does not end with its sources: list; add the entry by hand"
            )
        os.replace(staged, sources_file)
    except (OSError, FixtureErrors, SourceRefused) as exc:
        seed.unlink(missing_ok=True)
        staged.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise SourceRefused(f"cannot write {sources_file}: {exc.strerror}") from exc
        raise
