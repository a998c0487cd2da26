"""Reading and validating fixtures: files on disk → checked records, or errors that name the
file, the line and the claim. Nothing here touches the database (that is factdb.ingest.loader).

A fixture set is a list of paths: directories (read as `sources.yaml`, `vocabulary/*.yaml`,
`claims/*`) or single files. YAML files are classified by their top-level key; `*.jsonl` and
`*.csv` files are bulk claim files (factdb.ingest.bulk), one claim a line or row.

The vocabulary (sources, units, entities, predicates) is small and read whole. Claims may number
in the millions, so `ClaimStream` validates them one at a time, never holding more than one file's
YAML document or one bulk row in memory besides the set of ids seen so far.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from factdb import config
from factdb.ingest.bulk import RawClaims, Skip, read_bulk, skipping
from factdb.ingest.discover import (
    BULK_SUFFIXES,
    fixture_files,
)
from factdb.ingest.files import SOURCE_MAX_BYTES, UnstableFile, read_whole
from factdb.ingest.records import (
    GRAINS,
    INTERNAL_KEYS,
    LINE_KEY,
    MAX_ERRORS,
    MODALITIES,
    POLARITIES,
    QUALIFIER_ROLES,
    SLUG,
    SPAN_LINE_KEY,
    STANCES,
    TIME_ROLES,
    VALUE_TYPES,
    ClaimRec,
    EntityRec,
    FixtureError,
    FixtureErrors,
    FixtureSet,
    Location,
    OfficeRuleRec,
    PredicateRec,
    SourceRec,
    UnitRec,
    show,
)
from factdb.ingest.spans import Selector, SpanError, locate
from factdb.ingest.yamlio import read_yaml
from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.index import load as load_lexicon
from factdb.store.claims import SpanRecord
from factdb.store.models import Alias, Claim, Entity, Predicate, Source, Trigger, Unit
from factdb.text.fold import fold_phrase

# --- validation helpers -------------------------------------------------------------------------


class Problems:
    """Collects errors so that one pass reports every problem, not just the first."""

    def __init__(self) -> None:
        self.errors: list[FixtureError] = []

    def fail(self, where: Location, reason: str) -> None:
        self.add(FixtureError(where, reason))

    def add(self, error: FixtureError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(error)

    @property
    def full(self) -> bool:
        """Enough problems to report: reading further would only find more of the same."""
        return len(self.errors) >= MAX_ERRORS


def _lang_map(value: Any, where: Location, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FixtureError(where, f"{what} must be a mapping of language to text")
    found = {k: v for k, v in value.items() if k != LINE_KEY}
    # A key that is no language is a slip (a comma in a flow-style name splits it in two), and
    # would be stored as the name or aliases of a language nothing reads.
    unknown = sorted(str(k) for k in found if k not in LANGUAGES)
    if unknown:
        raise FixtureError(
            where,
            f"{what}: {', '.join(map(repr, unknown))} is no language ({', '.join(LANGUAGES)})",
        )
    return found


def _text_list(value: Any, where: Location, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FixtureError(where, f"{what} must be a list of non-empty strings")
    return value


def _require(raw: dict[str, Any], key: str, kind: type | tuple[type, ...], where: Location) -> Any:
    if key not in raw or raw[key] is None:
        raise FixtureError(where, f"missing required field '{key}'")
    value = raw[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise FixtureError(where, f"'{key}' has the wrong type ({type(value).__name__})")
    return value


def _optional_str(raw: dict[str, Any], key: str, where: Location) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise FixtureError(where, f"'{key}' must be text")
    return value


def _flag(raw: dict[str, Any], key: str, where: Location) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise FixtureError(where, f"'{key}' must be true or false")
    return value


def _short(value: str | None, column: Any, where: Location, what: str) -> None:
    """Reject what the column cannot hold: PostgreSQL enforces String(n), SQLite does not, so
    without this check the same fixture would load on one back end and crash the other."""
    limit = _length(column)
    if value is not None and len(value) > limit:
        raise FixtureError(where, f"{what} is {len(value)} characters long; at most {limit}")


@functools.cache
def _length(column: Any) -> int:
    # Through the ORM attribute this lookup costs more than the check: it runs per entity.
    length: int = column.type.length
    return length


_CLAIM_ID_LENGTH = Claim.__table__.c.id.type.length
# The one kind of party a predicate may declare (`parties: states`): see check.rules.bind_party.
STATES = "states"


def _check_keys(raw: dict[str, Any], allowed: set[str], where: Location) -> None:
    extra = raw.keys() - allowed  # as set operations in C: this runs for every claim and span
    if extra and not extra <= INTERNAL_KEYS:
        unknown = sorted(map(str, extra - INTERNAL_KEYS))
        raise FixtureError(where, f"unknown field(s): {', '.join(map(show, unknown[:5]))}")


def _where(raw: Any, file: str, claim: str | None = None) -> Location:
    line = raw.get(LINE_KEY) if isinstance(raw, dict) else None
    return Location(file, line, claim)


def _records(doc: Any, key: str, file: str) -> list[dict[str, Any]]:
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise FixtureError(
            Location(file, _where(doc, file).line), f"expected a top-level '{key}:' list"
        )
    items = doc[key]
    for item in items:
        if not isinstance(item, dict):
            raise FixtureError(Location(file), f"every entry under '{key}' must be a mapping")
    return items


# --- per-kind parsing ---------------------------------------------------------------------------


def parse_date(value: Any, where: Location, what: str) -> dt.date:
    if isinstance(value, dt.datetime):  # a YAML timestamp with a time of day: its day
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise FixtureError(where, f"{what} must be a date YYYY-MM-DD, not {show(value)}")


_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"\d{4}-\d{2}")


@lru_cache(maxsize=65_536)
def _time_text(value: str) -> tuple[dt.date, dt.date, str] | None:
    """parse_time for text, remembered: a claim base repeats the same years and days."""
    try:
        return parse_time(value, Location(""), cache=False)
    except FixtureError:
        return None


def parse_time(
    value: Any, where: Location, cache: bool = True
) -> tuple[dt.date, dt.date, str] | None:
    """A claim's time at its true granularity → (first day, last day, grain)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, dt.datetime):  # a YAML timestamp with a time of day: its day
        value = value.date()
    if isinstance(value, dt.date):
        return value, value, "day"
    if isinstance(value, str):
        if cache and (known := _time_text(value)) is not None:
            return known
        if _YEAR.fullmatch(value):
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        if _MONTH.fullmatch(value):
            first = parse_date(value + "-01", where, "time")
            return first, _month_end(first), "month"
        day = parse_date(value, where, "time")
        return day, day, "day"
    if isinstance(value, dict):
        _check_keys(value, {"start", "end", "grain", "before"}, where)
        if "before" in value:
            last = parse_date(value["before"], where, "time.before") - dt.timedelta(days=1)
            return dt.date.min, last, "range"
        first = parse_time(value.get("start"), where)
        last = parse_time(value.get("end"), where)
        if first is None or last is None:
            raise FixtureError(where, "a time range needs both start and end")
        grain = value.get("grain", "range")
        if not isinstance(grain, str) or grain not in GRAINS:
            raise FixtureError(where, f"unknown time grain {show(grain)}")
        if last[1] < first[0]:
            raise FixtureError(where, "time range ends before it starts")
        return first[0], last[1], grain
    raise FixtureError(where, f"cannot read time {show(value)}")


def time_value(start: dt.date | None, end: dt.date | None, grain: str | None) -> Any:
    """A stored time as the fixture value that parse_time reads back to exactly it."""
    if start is None or end is None:
        return None
    if start == dt.date.min:
        return {"before": (end + dt.timedelta(days=1)).isoformat()}
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if grain == "year" and whole_year and start.year == end.year:
        return f"{start.year:04d}"
    whole_month = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if grain == "month" and whole_month and (start.year, start.month) == (end.year, end.month):
        return start.strftime("%Y-%m")
    if grain == "day" and start == end:
        return start.isoformat()
    value = {"start": start.isoformat(), "end": end.isoformat()}
    return value if grain == "range" else value | {"grain": grain}


def _month_end(first: dt.date) -> dt.date:
    nxt = (
        first.replace(year=first.year + 1, month=1)
        if first.month == 12
        else first.replace(month=first.month + 1)
    )
    return nxt - dt.timedelta(days=1)


def _number(raw: dict[str, Any], key: str, where: Location) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FixtureError(where, f"value.{key} must be a number, not {show(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise FixtureError(where, f"value.{key} is too large: {show(value)}") from None
    if not math.isfinite(number):
        raise FixtureError(where, f"value.{key} must be a finite number, not {show(value)}")
    return number


def parse_value(
    raw: Any, where: Location
) -> tuple[float | None, float | None, bool, bool, str | None]:
    if not isinstance(raw, dict):
        raise FixtureError(where, "value must be a mapping such as {exact: 400000000, unit: USD}")
    _check_keys(raw, {"exact", "low", "high", "low_open", "high_open", "unit"}, where)
    unit = raw.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise FixtureError(where, "value.unit must be a unit id")
    exact = _number(raw, "exact", where)
    if exact is not None:
        if any(k in raw for k in ("low", "high", "low_open", "high_open")):
            raise FixtureError(where, "value.exact excludes low/high")
        return exact, exact, False, False, unit
    low, high = _number(raw, "low", where), _number(raw, "high", where)
    if low is None and high is None:
        raise FixtureError(where, "value needs exact, low or high")
    low_open, high_open = _flag(raw, "low_open", where), _flag(raw, "high_open", where)
    if (
        low is not None
        and high is not None
        and (low > high or (low == high and (low_open or high_open)))
    ):
        raise FixtureError(where, "value interval is empty")
    return low, high, low_open, high_open, unit


def parse_sources(doc: Any, file: Path, seeds_default: Path | None) -> list[SourceRec]:
    folder = seeds_default or Path(config.seeds_path())
    if isinstance(doc, dict) and isinstance(doc.get("seeds"), str):
        folder = (file.parent / doc["seeds"]).resolve()
    out = []
    for raw in _records(doc, "sources", str(file)):
        where = _where(raw, str(file))
        _check_keys(
            raw, {"id", "file", "title", "publisher", "published", "language", "url", "note"}, where
        )
        sid = str(_require(raw, "id", (str, int), where))
        if not SLUG.match(sid):  # ids reach CSV cells and terminals: slugs, like every other id
            raise FixtureError(where, f"source id {show(sid)} is not a lowercase slug")
        name = _require(raw, "file", str, where)
        _short(sid, Source.id, where, "source id")
        _short(name, Source.file_name, where, "file name")
        _short(raw.get("publisher"), Source.publisher, where, "publisher")
        _short(raw.get("language"), Source.language, where, "language")
        path = _inside(folder, name, where, sid)
        try:
            data = read_whole(path, SOURCE_MAX_BYTES)
        except OSError as exc:
            raise FixtureError(where, f"source {sid}: cannot read {path}: {exc.strerror}") from exc
        except UnstableFile as exc:
            raise FixtureError(where, f"source {sid}: {exc}") from exc
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FixtureError(where, f"source {sid}: {name} is not UTF-8") from exc
        published = raw.get("published")
        out.append(
            SourceRec(
                id=sid,
                file_name=name,
                title=_optional_str(raw, "title", where),
                publisher=_optional_str(raw, "publisher", where),
                published=None if published is None else parse_date(published, where, "published"),
                language=_require(raw, "language", str, where),
                url=_optional_str(raw, "url", where),
                text=text,
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
    return out


def _inside(folder: Path, name: str, where: Location, sid: str) -> Path:
    """The seed file `name` of `folder`, which must resolve inside it: `../../etc/passwd`, an
    absolute path or a symlink out of the folder would put any file into the claim base."""
    try:
        path = (folder / name).resolve()
        root = folder.resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a NUL in the name
        raise FixtureError(where, f"source {sid}: cannot resolve {show(name)}: {exc}") from exc
    if not path.is_relative_to(root):
        raise FixtureError(where, f"source {sid}: {show(name)} is outside the seeds folder {root}")
    return path


def parse_entities(doc: Any, file: str) -> list[EntityRec]:
    out = []
    for raw in _records(doc, "entities", file):
        where = _where(raw, file)
        _check_keys(
            raw, {"id", "type", "name", "aliases", "single_holder", "deputy_of", "note"}, where
        )
        eid = _require(raw, "id", str, where)
        where = Location(file, where.line, None)
        if not SLUG.match(eid):
            raise FixtureError(where, f"entity id {show(eid)} is not a lowercase slug")
        _short(eid, Entity.id, where, "entity id")
        _short(raw.get("type"), Entity.type, where, f"entity {eid}: type")
        names = _lang_map(_require(raw, "name", dict, where), where, "name")
        if not isinstance(names.get("en"), str) or not isinstance(names.get("vi"), str):
            raise FixtureError(where, f"entity {eid}: name needs en and vi")
        aliases = [("en", names["en"]), ("vi", names["vi"])]
        for lang, items in _lang_map(raw.get("aliases") or {}, where, "aliases").items():
            aliases += [(lang, a) for a in _text_list(items, where, f"aliases.{lang}")]
        for _, alias in aliases:
            _short(fold_phrase(alias), Alias.folded, where, f"entity {eid}: alias")
        out.append(
            EntityRec(
                eid,
                _require(raw, "type", str, where),
                names["en"],
                names["vi"],
                _flag(raw, "single_holder", where),
                tuple(aliases),
                _optional_str(raw, "deputy_of", where),
            )
        )
    return out


def deputy_aliases(office: EntityRec, deputy: EntityRec) -> tuple[tuple[str, str], ...]:
    """The deputy's names: its own, and each of the office's names in each language's deputy
    forms (`deputy_forms` in lexicon/<lang>/statements.yaml: "deputy {}", "phó {}"; a head the
    deputy's title replaces, `deputy_heads`: "bộ trưởng" -> "thứ trưởng"). An acronym ("PM",
    "TT") is left out: "Phó TT" may be either office's deputy."""
    found = list(deputy.aliases)
    for lang, alias in office.aliases:
        if alias.isupper():
            continue
        lex = load_lexicon(lang, "statements")
        made = [form.format(alias) for form in lex.get("deputy_forms") or []]
        lower = alias.casefold()
        for head, deputy_head in (lex.get("deputy_heads") or {}).items():
            if lower.startswith(head + " "):
                made.append(deputy_head + alias[len(head) :])
        seen = {a.casefold() for _, a in found}
        found += [(lang, m) for m in made if m.casefold() not in seen]
    return tuple(dict.fromkeys(found))


def deputy_rules(fs: FixtureSet) -> list[OfficeRuleRec]:
    """A rule for each deputy office and the office it deputises for (`deputy_of`), with the
    reason in English (`deputy_reason`), and the deputy's names made from the office's. A rule
    given for the pair in offices.yaml as well is given twice."""
    given = {(r.office_a, r.office_b) for r in fs.office_rules}
    reason = str(load_lexicon("en", "statements")["deputy_reason"])
    out = []
    for deputy in list(fs.entities.values()):
        if deputy.deputy_of is None:
            continue
        where = Location("entities", None, None)
        office = fs.entities.get(deputy.deputy_of)
        if office is None or office.type != "role" or deputy.type != "role":
            raise FixtureError(
                where, f"entity {deputy.id}: deputy_of {show(deputy.deputy_of)} is not a role"
            )
        first, second = sorted((office.id, deputy.id))
        if (first, second) in given:
            raise FixtureError(where, f"office rule for {first} and {second} given twice")
        fs.entities[deputy.id] = replace(deputy, aliases=deputy_aliases(office, deputy))
        text = reason.format(deputy=deputy.name_en, office=office.name_en)
        out.append(OfficeRuleRec(first, second, text))
    return out


def parse_office_rules(doc: Any, file: str, entities: dict[str, EntityRec]) -> list[OfficeRuleRec]:
    """`office_rules:` records: two role ids one person does not hold at once in the same
    jurisdiction, and the reason (a rule a reviewer cannot check is not data)."""
    out: list[OfficeRuleRec] = []
    seen: set[tuple[str, str]] = set()
    for raw in _records(doc, "office_rules", file):
        where = _where(raw, file)
        _check_keys(raw, {"offices", "reason", "note"}, where)
        offices = _require(raw, "offices", list, where)
        reason = _require(raw, "reason", str, where).strip()
        if len(offices) != 2 or not all(isinstance(o, str) for o in offices):
            raise FixtureError(
                where, f"office rule: offices must be two role ids, not {show(offices)}"
            )
        for office in offices:
            if office not in entities or entities[office].type != "role":
                raise FixtureError(where, f"office rule: {show(office)} is not a role entity")
        if not reason:
            raise FixtureError(where, "office rule: reason is empty")
        first, second = sorted(offices)
        if (first, second) in seen:
            raise FixtureError(where, f"office rule for {first} and {second} given twice")
        seen.add((first, second))
        out.append(OfficeRuleRec(first, second, reason))
    return out


def parse_units(doc: Any, file: str) -> list[UnitRec]:
    out = []
    for raw in _records(doc, "units", file):
        where = _where(raw, file)
        _check_keys(raw, {"id", "dimension", "label"}, where)
        labels = _lang_map(_require(raw, "label", dict, where), where, "label")
        _short(raw.get("id"), Unit.id, where, "unit id")
        _short(raw.get("dimension"), Unit.dimension, where, "unit dimension")
        out.append(
            UnitRec(
                _require(raw, "id", str, where),
                _require(raw, "dimension", str, where),
                str(labels.get("en", "")),
                str(labels.get("vi", "")),
            )
        )
    return out


def parse_predicates(doc: Any, file: str) -> list[PredicateRec]:
    out = []
    for raw in _records(doc, "predicates", file):
        where = _where(raw, file)
        _check_keys(
            raw,
            {
                "id",
                "label",
                "value",
                "dimension",
                "functional",
                "symmetric",
                "time",
                "triggers",
                "cue_types",
                "encounter",
                "implies",
                "parties",
                "note",
            },
            where,
        )
        pid = _require(raw, "id", str, where)
        _short(pid, Predicate.id, where, "predicate id")
        _short(raw.get("dimension"), Predicate.dimension, where, f"predicate {pid}: dimension")
        labels = _lang_map(_require(raw, "label", dict, where), where, "label")
        value_type = _require(raw, "value", str, where)
        if value_type not in VALUE_TYPES:
            raise FixtureError(
                where, f"predicate {pid}: value must be one of {sorted(VALUE_TYPES)}"
            )
        time_role = raw.get("time", "none")
        if time_role not in TIME_ROLES:
            raise FixtureError(where, f"predicate {pid}: time must be one of {sorted(TIME_ROLES)}")
        cue_types = " ".join(_text_list(raw.get("cue_types"), where, "cue_types"))
        implies = _text_list(raw.get("implies"), where, "implies")
        if pid in implies:
            raise FixtureError(where, f"predicate {pid}: implies itself")
        parties = raw.get("parties")
        if parties not in (None, STATES):
            raise FixtureError(where, f"predicate {pid}: parties must be {STATES!r}")
        triggers = []
        for lang, items in _lang_map(raw.get("triggers") or {}, where, "triggers").items():
            triggers += [(lang, t) for t in _text_list(items, where, f"triggers.{lang}")]
        for _, phrase in triggers:
            _short(fold_phrase(phrase), Trigger.folded, where, f"predicate {pid}: trigger")
        out.append(
            PredicateRec(
                pid,
                str(labels.get("en", pid)),
                str(labels.get("vi", pid)),
                value_type,
                _optional_str(raw, "dimension", where),
                _flag(raw, "functional", where),
                _flag(raw, "symmetric", where),
                time_role,
                cue_types,
                _flag(raw, "encounter", where),
                " ".join(implies),
                parties == STATES,
                tuple(triggers),
            )
        )
    # What a predicate implies is a predicate of the same vocabulary (one file holds them).
    known = {rec.id for rec in out}
    for rec in out:
        unknown = sorted(set(rec.implies.split()) - known)
        if unknown:
            raise FixtureError(
                Location(file), f"predicate {rec.id}: implies unknown predicates {unknown}"
            )
    return out


CLAIM_KEYS = {
    "id",
    "subject",
    "predicate",
    "object",
    "qualifiers",
    "value",
    "time",
    "polarity",
    "modality",
    "speaker",
    "stance",
    "sole_speaker",
    "note",
    "quote",
    "prefix",
    "suffix",
    "occurrence",
    "start",
    "end",
    "spans",
    "source",
}
SPAN_KEYS = {"source", "quote", "prefix", "suffix", "occurrence", "start", "end"}
_SELECTOR_ONLY = {"prefix", "suffix", "occurrence"}


def _selector(raw: dict[str, Any], where: Location) -> Selector:
    quote = raw.get("quote")
    if not isinstance(quote, str) or not quote:
        raise FixtureError(where, "a span needs a non-empty 'quote'")
    ints = {}
    for key in ("occurrence", "start", "end"):
        value = raw.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise FixtureError(where, f"'{key}' must be a whole number")
        ints[key] = value
    return Selector(
        quote,
        _optional_str(raw, "prefix", where),
        _optional_str(raw, "suffix", where),
        ints["occurrence"],
        ints["start"],
        ints["end"],
    )


def validate_claim(
    raw: dict[str, Any], file: str, default_source: str | None, fs: FixtureSet
) -> ClaimRec:
    """Check one raw claim against the vocabulary and the source texts."""
    line = raw.get(LINE_KEY)
    cid = raw.get("id")
    where = Location(file, line, cid if isinstance(cid, str) else None)
    if not isinstance(cid, str) or not SLUG.match(cid):
        raise FixtureError(where, f"claim id must be a lowercase slug, not {show(cid)}")
    if len(cid) > _CLAIM_ID_LENGTH:  # _short, without its attribute lookups: runs per claim
        _short(cid, Claim.id, where, "claim id")
    _check_keys(raw, CLAIM_KEYS, where)

    def entity(key: str, value: Any) -> str:
        if value is None:
            raise FixtureError(where, f"missing required field '{key}'")
        if not isinstance(value, str):
            raise FixtureError(where, f"'{key}' must be an entity id")
        if value not in fs.entities:
            raise FixtureError(
                where, f"unknown entity {show(value)} in '{key}': no vocabulary loaded names it"
            )
        return value

    subject = entity("subject", raw.get("subject"))
    pid = raw.get("predicate")
    if pid is None:
        raise FixtureError(where, "missing required field 'predicate'")
    if not isinstance(pid, str) or pid not in fs.predicates:
        raise FixtureError(where, f"unknown predicate {show(pid)}")
    pred = fs.predicates[pid]
    obj = None if raw.get("object") is None else entity("object", raw["object"])
    if pred.value_type == "entity" and obj is None:
        raise FixtureError(where, f"predicate {pid} needs an 'object' entity")
    quals_raw = raw.get("qualifiers") or {}
    if not isinstance(quals_raw, dict):
        raise FixtureError(where, "'qualifiers' must be a mapping of role to entity id")
    quals = []
    for role, value in sorted((str(k), v) for k, v in quals_raw.items() if k != LINE_KEY):
        if role not in QUALIFIER_ROLES:
            raise FixtureError(
                where, f"unknown qualifier {show(role)} (one of {sorted(QUALIFIER_ROLES)})"
            )
        quals.append((role, entity(f"qualifiers.{role}", value)))

    low = high = None
    low_open = high_open = False
    unit = None
    if "value" in raw:
        if pred.value_type not in {"quantity", "rank"}:
            raise FixtureError(
                where, f"predicate {pid} takes no value (its value type is {pred.value_type})"
            )
        low, high, low_open, high_open, unit = parse_value(raw["value"], where)
        if unit is None or unit not in fs.units:
            raise FixtureError(where, f"unknown unit {show(unit)}")
        if pred.dimension and fs.units[unit].dimension != pred.dimension:
            raise FixtureError(
                where,
                f"unit {unit} is a {fs.units[unit].dimension}, but {pid} needs a {pred.dimension}",
            )
    elif pred.value_type in {"quantity", "rank"}:
        raise FixtureError(where, f"predicate {pid} needs a 'value'")

    time = parse_time(raw.get("time"), where)
    if pred.value_type == "date" and time is None:
        raise FixtureError(where, f"predicate {pid} needs a 'time'")
    polarity = raw.get("polarity", "affirmed")
    if not isinstance(polarity, str) or polarity not in POLARITIES:
        raise FixtureError(where, f"polarity must be one of {sorted(POLARITIES)}")
    modality = raw.get("modality", "fact")
    if not isinstance(modality, str) or modality not in MODALITIES:
        raise FixtureError(where, f"modality must be one of {sorted(MODALITIES)}")
    speaker = None if raw.get("speaker") is None else entity("speaker", raw["speaker"])
    stance = raw.get("stance")
    if stance is not None and (not isinstance(stance, str) or stance not in STANCES):
        raise FixtureError(where, f"stance must be one of {sorted(STANCES)}")
    if (speaker is None) != (stance is None):
        raise FixtureError(where, "'speaker' and 'stance' go together: who said it, and how")
    sole_speaker = raw.get("sole_speaker", False)
    if not isinstance(sole_speaker, bool):
        raise FixtureError(where, "'sole_speaker' must be true or false")
    if sole_speaker and speaker is None:
        raise FixtureError(where, "'sole_speaker' needs a 'speaker'")

    span_raws: list[dict[str, Any]] = []
    if "quote" in raw:
        span_raws.append({k: raw[k] for k in SPAN_KEYS if k in raw})
    spans_field = raw.get("spans") or []
    if not isinstance(spans_field, list) or not all(isinstance(s, dict) for s in spans_field):
        raise FixtureError(where, "'spans' must be a list of mappings")
    span_raws += spans_field
    if not span_raws:
        raise FixtureError(where, "a claim needs evidence: 'quote' or 'spans'")
    spans = []
    for span_raw in span_raws:
        span_where = where
        if SPAN_LINE_KEY in span_raw:
            span_where = Location(file, span_raw[SPAN_LINE_KEY], where.claim)
        _check_keys(span_raw, SPAN_KEYS, span_where)
        source = span_raw.get("source", default_source)
        if source is None or source == "":
            raise FixtureError(span_where, "no source for this span: give 'source'")
        if isinstance(source, bool) or not isinstance(source, str | int):
            raise FixtureError(
                span_where, f"'source' must be a source id such as \"004\", not {show(source)}"
            )
        sid = source if type(source) is str else str(source)
        if sid not in fs.sources:
            raise FixtureError(span_where, f"unknown source {show(sid)}")
        start, end, quote = span_raw.get("start"), span_raw.get("end"), span_raw.get("quote")
        if (
            type(start) is int
            and type(end) is int
            and type(quote) is str
            and quote
            and start >= 0
            and end <= len(fs.sources[sid].text)
            and fs.sources[sid].text[start:end] == quote
            and not span_raw.keys() & _SELECTOR_ONLY
        ):  # the common case of bulk files: offsets that hold the quote
            spans.append(SpanRecord(sid, start, end, quote))
            continue
        sel = _selector(span_raw, span_where)
        try:
            start, end = locate(fs.sources[sid].text, sel)
        except SpanError as exc:
            raise FixtureError(span_where, f"source {sid}: {exc}") from exc
        spans.append(SpanRecord(sid, start, end, sel.quote))
    if len(set(spans)) != len(spans):
        raise FixtureError(where, "the same span is given twice")
    return ClaimRec(
        id=cid,
        subject_id=subject,
        predicate_id=pid,
        object_id=obj,
        qualifiers=tuple(quals),
        value_low=low,
        value_high=high,
        value_low_open=low_open,
        value_high_open=high_open,
        unit_id=unit,
        time_start=time[0] if time else None,
        time_end=time[1] if time else None,
        time_grain=time[2] if time else None,
        polarity=polarity,
        modality=modality,
        speaker_id=speaker,
        stance=stance,
        sole_speaker=sole_speaker,
        note=_optional_str(raw, "note", where),
        spans=tuple(spans),
        fixture_file=file,
        fixture_line=line,
    )


def iter_claim_docs(doc: Any, file: str) -> Iterator[tuple[dict[str, Any], str | None]]:
    source = doc.get("source") if isinstance(doc, dict) else None
    default_source = None if source is None else str(source)
    for raw in _records(doc, "claims", file):
        yield raw, default_source


# --- the whole set --------------------------------------------------------------------------


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass
class ClaimFile:
    """A file of claims, read only when the claims are streamed."""

    name: str  # as errors show it
    path: Path
    doc: Any = None  # the parsed document of a YAML file; bulk files are read row by row


def raw_claims(cf: ClaimFile, skip: Skip | None = None) -> RawClaims:
    """(raw claim with its line, default source) for each claim in the file, or a FixtureError
    for a part that cannot be read as a claim at all (bad JSON, a CSV row of the wrong width);
    (None, None) for an item `skip` gives another process (see factdb.ingest.bulk.Skip)."""
    if cf.doc is None:
        yield from read_bulk(cf.path, cf.name, skip)
        return
    try:
        items = list(iter_claim_docs(cf.doc, cf.name))
    except FixtureError as exc:
        yield from skipping(iter([(exc, None)]), skip)
        return
    yield from skipping(iter(items), skip)


class _Share:
    """Runs of `size` claims, counted across the files in order; this process takes runs k,
    k + n, k + 2n, … of share (k, n, size)."""

    def __init__(self, part: int, parts: int, size: int) -> None:
        self.part, self.parts, self.size = part, parts, size
        self.seen = 0

    def skip(self) -> bool:
        self.seen += 1
        return (self.seen - 1) // self.size % self.parts != self.part


class ClaimStream:
    """Validated claims from `files`, one at a time. Problems go to `check` (the stream goes on
    past them so one pass lists them all, and stops once MAX_ERRORS are found); a duplicate id
    is a problem. Remembers each id's first location and number of spans, nothing more.

    With `share=(k, n, size)` the claims are cut into runs of `size` and this stream validates
    runs k, k + n, k + 2n, …, so that n processes can share the work. The other runs are not
    even decoded, so duplicates across runs are not looked for here: the database's primary key
    refuses them, and the loader then validates everything in one stream to list the problems.
    """

    def __init__(
        self,
        files: list[ClaimFile],
        fs: FixtureSet,
        check: Problems,
        share: tuple[int, int, int] = (0, 1, 1),
    ) -> None:
        self.files = files
        self.fs = fs
        self.check = check
        self.share = share
        self.first: dict[str, int] = {}  # claim id → ordinal (in one stream only)
        self.file_of = array("H")  # ordinal → index into files
        self.line_of = array("L")  # ordinal → line (0: unknown)
        self.spans_of = array("H")  # number of spans of each claim validated here

    def __iter__(self) -> Iterator[ClaimRec]:
        shared = self.share[1] > 1
        skip = _Share(*self.share).skip if shared else None
        for index, cf in enumerate(self.files):
            for raw, default_source in raw_claims(cf, skip):
                if self.check.full:
                    return
                if raw is None:  # another process's
                    continue
                if isinstance(raw, FixtureError):
                    self.check.add(raw)
                    continue
                try:
                    rec = validate_claim(raw, cf.name, default_source, self.fs)
                except FixtureError as exc:
                    self.check.add(exc)
                    continue
                except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
                    cid = raw.get("id")
                    where = Location(
                        cf.name, raw.get(LINE_KEY), cid if isinstance(cid, str) else None
                    )
                    self.check.fail(where, f"cannot read this claim: {show(str(exc))}")
                    continue
                if not shared:
                    ordinal = self.first.get(rec.id)
                    if ordinal is not None:
                        first = f"{self.files[self.file_of[ordinal]].name}:{self.line_of[ordinal]}"
                        self.check.fail(
                            Location(cf.name, rec.fixture_line, rec.id),
                            f"duplicate claim id (first at {first})",
                        )
                        continue
                    self.first[rec.id] = len(self.file_of)
                    self.file_of.append(index)
                    self.line_of.append(rec.fixture_line or 0)
                self.spans_of.append(min(len(rec.spans), 0xFFFF))
                yield rec

    def __len__(self) -> int:
        return len(self.spans_of)


def read_vocabulary(
    paths: Iterable[Path], seeds_dir: Path | None = None
) -> tuple[FixtureSet, list[ClaimFile], Problems]:
    """Everything but the claims, validated, and the claim files still to be streamed. Problems
    found so far are in the returned checker."""
    check = Problems()
    fs = FixtureSet()
    docs: dict[str, list[tuple[str, Any]]] = {
        k: [] for k in ("sources", "units", "entities", "predicates", "office_rules")
    }
    claim_files: list[ClaimFile] = []
    for path in fixture_files(paths):
        name = _relative(path)
        if path.suffix in BULK_SUFFIXES:
            if not path.exists():  # a device or a pipe is refused by the reader, by name
                check.fail(Location(name), "no such file")
                continue
            claim_files.append(ClaimFile(name, path))
            continue
        try:
            doc = read_yaml(path)
        except FixtureErrors as exc:
            for err in exc.errors:
                check.add(err)
            continue
        kinds = [k for k in [*docs, "claims"] if isinstance(doc, dict) and k in doc]
        if len(kinds) != 1:
            check.fail(
                Location(name),
                "expected exactly one of the top-level keys " + ", ".join([*docs, "claims"]),
            )
            continue
        if kinds[0] == "claims":
            claim_files.append(ClaimFile(name, path, doc))
        else:
            docs[kinds[0]].append((name, doc if kinds[0] != "sources" else (path, doc)))

    def collect(kind: str, parse: Any, target: dict[str, Any]) -> None:
        for name, doc in docs[kind]:
            try:
                records = parse(name, doc)
            except FixtureError as exc:
                check.add(exc)
                continue
            for rec in records:
                if rec.id in target:
                    check.fail(Location(name), f"duplicate {kind[:-1]} id {show(rec.id)}")
                target[rec.id] = rec

    collect("sources", lambda name, pd: parse_sources(pd[1], pd[0], seeds_dir), fs.sources)
    collect("units", lambda name, doc: parse_units(doc, name), fs.units)
    collect("entities", lambda name, doc: parse_entities(doc, name), fs.entities)
    collect("predicates", lambda name, doc: parse_predicates(doc, name), fs.predicates)
    for name, doc in docs["office_rules"]:
        try:
            fs.office_rules += parse_office_rules(doc, name, fs.entities)
        except FixtureError as exc:
            check.add(exc)
    try:
        fs.office_rules += deputy_rules(fs)
    except FixtureError as exc:
        check.add(exc)
    _check_aliases(fs, check)
    return fs, claim_files, check


def read_fixture_set(paths: Iterable[Path], seeds_dir: Path | None = None) -> FixtureSet:
    """Read and validate everything under `paths` into memory; raise FixtureErrors listing every
    problem. (For a large claim base, stream instead: see factdb.loader.)"""
    fs, claim_files, check = read_vocabulary(paths, seeds_dir)
    for rec in ClaimStream(claim_files, fs, check):
        fs.claims[rec.id] = rec
    if check.errors:
        raise FixtureErrors(check.errors[:MAX_ERRORS])
    return fs


_Checker = Problems  # the name it had first


def _check_aliases(fs: FixtureSet, check: Problems) -> None:
    for ent in fs.entities.values():
        for _, alias in ent.aliases:
            if not fold_phrase(alias):
                check.fail(Location("entities"), f"entity {ent.id}: empty alias")
