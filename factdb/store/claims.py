"""A claim as it is read back to be weighed: by the checker (check.match) and by lint's conflict
checks alike. The columns read and the way a row becomes a :class:`ClaimView` live here once, so
a column added to ``claims`` is added to both readers at once, and the one definition of a
functional predicate's key (:meth:`ClaimView.slice_key`) is shared by the judge and lint.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterable, Iterator, Sequence

from factdb.records import dataclass, fields
from factdb.store.intervals import Interval

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

# Facts of one predicate about one entity beyond which retrieval narrows to the facts that also
# name another entity of the statement (factdb.check.match.ClaimIndex.claim_ids); the keys past
# it are known once per state of a base (store.queries' busy_keys, kept by lexicon.stored).
BUSY = 50

# A symmetric predicate's other side: a Vietnam-Hungary call is the Hungary-Vietnam call.
COUNTERPARTY = "counterparty"

# What ClaimView is built from, in its order (attributes of store.models.Claim), then the
# qualifier's role and entity of an outer join (NULL when the claim has none). Rows are unpacked
# by position: reading a Row's fields by name costs a microsecond each, as much as SQLite's work
# for the row.
VIEW_FIELDS = (
    "id",
    "subject_id",
    "predicate_id",
    "object_id",
    "value_low",
    "value_high",
    "value_low_open",
    "value_high_open",
    "unit_id",
    "time_start",
    "time_end",
    "time_grain",
    "polarity",
    "modality",
    "speaker_id",
    "stance",
    "sole_speaker",
)


def columns(names: Sequence[str]) -> list[Any]:
    """The model's columns of `names` (VIEW_FIELDS, RECORD_FIELDS). The model is imported here,
    not with this module: the checker reads views through the standard library's sqlite3
    without SQLAlchemy."""
    from factdb.store.models import Claim

    return [getattr(Claim, name) for name in names]


@dataclass(frozen=True)
class SpanView:
    source: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ClaimView:
    id: str
    subject: str
    predicate: str
    object: str | None
    qualifiers: tuple[tuple[str, str], ...]
    interval: Interval | None
    unit: str | None
    time_start: dt.date | None
    time_end: dt.date | None
    time_grain: str | None
    polarity: str
    modality: str
    # Who said it and how, for reported speech (factdb.check.stance); None for a fact.
    speaker: str | None = None
    stance: str | None = None
    sole_speaker: bool = False
    # Read for the claims that decide a check (ClaimIndex.with_evidence), not for every candidate:
    # the judge never looks at them, and a series of restatements has hundreds.
    spans: tuple[SpanView, ...] = ()
    # How many claims state the same fact elsewhere, and the first RESTATEMENTS_LISTED of them,
    # read with the spans (a fact restated in hundreds of articles is cited, not enumerated).
    restatements: int = 0
    restated_by: tuple[str, ...] = ()

    def qualifier(self, role: str) -> str | None:
        # A claim has a few qualifiers and the judge asks some thirty times a statement: a scan,
        # from the end as a dict of them would keep the last of a role, builds nothing.
        for name, eid in reversed(self.qualifiers):
            if name == role:
                return eid
        return None

    def entities(self) -> set[str]:
        found = {self.subject, *(e for _, e in self.qualifiers)}
        if self.object:
            found.add(self.object)
        if self.speaker:
            found.add(self.speaker)
        return found

    @property
    def dated(self) -> bool:
        return self.time_start is not None and self.time_end is not None

    def slice_key(self, symmetric: bool) -> tuple[Any, ...]:
        """What two claims of a functional predicate share when they must agree on the value:
        the subject (for a symmetric predicate, the pair, whichever side is the subject), every
        qualifier (another office, place or occasion is another slice), the mood and who said
        it (a senator's view need not agree with the sources' fact). The judge
        reads the same slice from a statement, which may leave the value, the place and an
        occasion's name unstated (check.judge)."""
        quals = dict(self.qualifiers)
        if symmetric and COUNTERPARTY in quals:
            pair = tuple(sorted((self.subject, quals.pop(COUNTERPARTY))))
            return (pair, tuple(sorted(quals.items())), self.modality, self.speaker)
        return (self.subject, self.qualifiers, self.modality, self.speaker)


def claim_views(rows: Iterable[Any]) -> Iterator[ClaimView]:
    """Views from rows (*columns(VIEW_FIELDS), role, entity), a row per qualifier, the rows of
    a claim next to each other (the query orders by claim id)."""
    first: Any = None
    quals: list[tuple[str, str]] = []
    for row in rows:
        if first is None or row[0] != first[0]:
            if first is not None:
                yield _view(first, quals)
            first, quals = row, []
        if row[-2] is not None:
            quals.append((row[-2], row[-1]))
    if first is not None:
        yield _view(first, quals)


def _view(row: Any, quals: list[tuple[str, str]]) -> ClaimView:
    (cid, subject, predicate, obj, low, high, low_open, high_open, unit, start, end, grain,
     polarity, modality, speaker, stance, sole_speaker) = row[: len(VIEW_FIELDS)]  # fmt: skip
    return ClaimView(
        id=cid,
        subject=subject,
        predicate=predicate,
        object=obj,
        qualifiers=tuple(sorted(quals)),
        interval=Interval.of_value(low, high, low_open, high_open),
        unit=unit,
        time_start=start,
        time_end=end,
        time_grain=grain,
        polarity=polarity,
        modality=modality,
        speaker=speaker,
        stance=stance,
        sole_speaker=bool(sole_speaker),
    )


# --- a claim as the browsing commands show it (`list`, `show`, factdb.store.browse) ------------


# Named tuples made by collections, as typing.NamedTuple makes them (typing is 3 ms of a fresh
# check's start).
class QualifierRecord(namedtuple("QualifierRecord", ["role", "entity_id"])):
    __slots__ = ()
    role: str
    entity_id: str


class SpanRecord(namedtuple("SpanRecord", ["source_id", "start", "end", "quote"])):
    __slots__ = ()
    source_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ClaimRecord:
    """Every stored field of a claim under its column's name, with its qualifiers (by role) and
    spans (by source, then offset): what `list` and `show` print, read alike by both back ends.
    The fields before `qualifiers` are the columns the browsing statements select, in order
    (RECORD_FIELDS)."""

    id: str
    subject_id: str
    predicate_id: str
    object_id: str | None
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
    restates: str | None
    qualifiers: tuple[QualifierRecord, ...] = ()
    spans: tuple[SpanRecord, ...] = ()


RECORD_FIELDS = tuple(f.name for f in fields(ClaimRecord))[:-2]
# Which filters a browsing statement applies (factdb.store.queries), as the bits of its arity.
BY_SOURCE, BY_ENTITY, BY_PREDICATE, BY_ID = 1, 2, 4, 8
