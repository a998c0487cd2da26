"""What validated fixtures become (the *Rec records), and how a problem in them is reported: a
`FixtureError` names the file, the line and the claim."""

from __future__ import annotations

import datetime as dt
import re
import reprlib
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from factdb.store.claims import SpanRecord

MAX_ERRORS = 50

VALUE_TYPES = {"quantity", "date", "entity", "rank", "none"}
TIME_ROLES = {"qualifier", "value", "occasion", "state", "none"}
# `addressee`: to whom something was said (the other party of a call or a meeting).
QUALIFIER_ROLES = {
    "counterparty",
    "beneficiary",
    "location",
    "destination",
    "role",
    "event",
    "addressee",
}
POLARITIES = {"affirmed", "denied"}
MODALITIES = {"fact", "plan", "wish", "ready"}
# How a speaker put what a claim reports (issue 10's speaker and stance model). The words for
# each are language data (factdb/lexicon/<lang>/stances.yaml); which stance implies which is
# factdb.check.stance.BROADER.
STANCES = {
    "said",
    "affirmed",
    "stressed",
    "proposed",
    "thanked",
    "praised",
    "wished",
    "regarded",
    "expressed",
}
# "since_month": a series its source runs from a month on ("trao đổi thư ... từ tháng 11/2024"),
# held in its first day's month, so begun by then (rules.compare_time, "calls began in 2025")
GRAINS = {"day", "month_part", "month", "quarter", "year", "range", "since_month"}
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
LINE_KEY = "__line__"
# Set by the CSV reader on a span that comes from its own row, so its errors name that row.
SPAN_LINE_KEY = "__span_line__"
INTERNAL_KEYS = {LINE_KEY, SPAN_LINE_KEY}


_SHOW = reprlib.Repr()
_SHOW.maxstring = _SHOW.maxother = 80
_SHOW.maxlevel, _SHOW.maxlist, _SHOW.maxdict, _SHOW.maxtuple, _SHOW.maxset = 3, 5, 5, 5, 5


def show(value: Any) -> str:
    """A bad value as an error message quotes it: its repr, bounded in length and depth (a 10 MB
    string or a YAML alias bomb must not make a 10 MB message)."""
    return _SHOW.repr(value)


class Location(NamedTuple):
    # A tuple, not a frozen dataclass: one is made for every claim read, and a frozen
    # dataclass takes several times as long to build.
    file: str
    line: int | None = None
    claim: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        claim = self.claim
        if claim and len(claim) > 140:  # longer than any valid id: shown bounded
            claim = claim[:120] + f"… ({len(claim)} characters)"
        return where + (f" (claim {claim})" if claim else "")


@dataclass
class FixtureError(Exception):
    where: Location
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class FixtureErrors(Exception):
    """Every problem found in one validation pass; the load is refused as a whole."""

    def __init__(self, errors: list[FixtureError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class SourceRec:
    id: str
    file_name: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    language: str
    url: str | None
    text: str
    sha256: str


@dataclass(frozen=True)
class EntityRec:
    id: str
    type: str
    name_en: str
    name_vi: str
    single_holder: bool
    aliases: tuple[tuple[str, str], ...]  # (lang, alias), names included
    # The office this one deputises for (a role id): its other names are made from that
    # office's (fixtures.deputy_aliases), and one person does not hold both (deputy_rules).
    deputy_of: str | None = None


@dataclass(frozen=True)
class UnitRec:
    id: str
    dimension: str
    label_en: str
    label_vi: str


@dataclass(frozen=True)
class PredicateRec:
    id: str
    label_en: str
    label_vi: str
    value_type: str
    dimension: str | None
    functional: bool
    symmetric: bool
    time_role: str
    cue_types: str
    encounter: bool
    # The predicates it implies, space-separated (fixtures' `implies`): see
    # lexicon.vocabulary.Vocabulary.implying.
    implies: str
    # Its parties are states (fixtures' `parties: states`): see check.rules.bind_party.
    state_parties: bool
    triggers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class OfficeRuleRec:
    office_a: str  # the two role ids in sorted order: a rule has no direction
    office_b: str
    reason: str


# A claim as its fixture gives it, validated: what the loader writes. A claim as stored and read
# back is factdb.store.claims.ClaimRecord, which has `restates` (the loader's mark) where this
# has where its fixture is; a span is the same thing in both (SpanRecord).
# Not frozen, with slots: a bulk load builds a million of these, and frozen ones build slowly.
@dataclass(slots=True)
class ClaimRec:
    id: str
    subject_id: str
    predicate_id: str
    object_id: str | None
    qualifiers: tuple[tuple[str, str], ...]
    value_low: float | None
    value_high: float | None
    value_low_open: bool
    value_high_open: bool
    unit_id: str | None
    time_start: dt.date | None
    time_end: dt.date | None
    time_grain: str | None
    polarity: str
    modality: str
    speaker_id: str | None
    stance: str | None
    sole_speaker: bool
    note: str | None
    spans: tuple[SpanRecord, ...]
    fixture_file: str
    fixture_line: int | None


@dataclass
class FixtureSet:
    sources: dict[str, SourceRec] = field(default_factory=dict)
    entities: dict[str, EntityRec] = field(default_factory=dict)
    units: dict[str, UnitRec] = field(default_factory=dict)
    predicates: dict[str, PredicateRec] = field(default_factory=dict)
    office_rules: list[OfficeRuleRec] = field(default_factory=list)
    claims: dict[str, ClaimRec] = field(default_factory=dict)
