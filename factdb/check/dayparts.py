"""A part of the day said with a date ("the evening of February 19", "sáng 19/2 giờ Hà Nội"),
against the part of the day the sources give the claim's event.

Claims carry days, not parts of them; the sources often say more ("sáng 19/2 (giờ địa
phương)"), so a claim's part of the day is read from the sentence of its source span by the
statement reader itself (Judge reads it; nothing here retrieves). Which words name a part of
the day, and which part, is language data (`day_parts` in factdb/lexicon/<lang>/statements.yaml);
a clock time ("8pm") names none this module can compare.

The rule (`compare`), for one claim whose source gives a part of the day:

* `same`: the statement gives that part, in no zone or in the source's (its "local time" being
  where the claim happened, or that place's country): borne out.
* `other`: another part in the source's zone: refuted ("evening, Washington time" of a meeting
  the source puts in the morning, local time).
* `open`: anything else: another part in no zone (a morning in Washington is an evening in
  Hanoi), another zone, a clock time, or a source that gives no part of the day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factdb.check.parse import ParsedStatement

CLOCK = "clock"  # the target of a clock time: no part this module compares


@dataclass(frozen=True)
class DayPart:
    part: str  # morning | afternoon | evening | night | clock
    text: str
    # None: no zone given; empty: "local time" (where it happened); else the places named
    # ("giờ Hà Nội", "Washington time").
    zone: frozenset[str] | None


def read_day_part(parsed: ParsedStatement) -> DayPart | None:
    """The part of the day a parsed text gives with a date, with its time zone if it names one."""
    cue = parsed.day_part
    if cue is None:
        return None
    zone = parsed.local_time
    places = None
    if zone is not None:
        places = frozenset(
            eid
            for m in parsed.entities
            if zone.start <= m.start and m.end <= zone.end
            for eid in m.ids
        )
    return DayPart(cue.target, cue.text, places)


def _same_zone(
    said: frozenset[str], source: frozenset[str], where: str | None, capitals: Mapping[str, str]
) -> bool:
    """Whether two zones are one: both local, or a named place that is where it happened (or
    its country: "US time" of a meeting in Washington)."""
    if said == source:
        return True
    local = {where, capitals.get(where or "")} - {None}
    return (not source and bool(said) and said <= local) or (
        not said and bool(source) and source <= local
    )


def compare(
    said: DayPart, source: DayPart | None, where: str | None, capitals: Mapping[str, str]
) -> str:
    """same | other | open, as the module docstring says."""
    if source is None or CLOCK in (said.part, source.part):
        return "open"
    if said.zone is None:
        return "same" if said.part == source.part else "open"
    if source.zone is None or not _same_zone(said.zone, source.zone, where, capitals):
        return "open"
    return "same" if said.part == source.part else "other"
