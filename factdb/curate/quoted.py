"""A claim's value must be in its quote: the `unquoted-value` check of `factdb lint`.

A span is the evidence for a claim, so the figures the claim asserts must be read there, by the
same parser `factdb check` reads statements with (factdb.check.parse). A claim edited to
500 million while its quote still says "400 triệu" loads, but lints as an error:

* a number: a claim with a value interval needs a span in which a quantity is read whose
  reading gives the claim's bounds ("vượt mốc 1 tỷ USD" is (1e9, ∞); "200 học bổng" is 200);
* a date: a claim with a bounded time whose spans state dates needs one of those dates to meet
  its time. Spans that state no date are not held against it: a time is often resolved from the
  publication date ("sáng nay") or the sentence around a tight quote;
* a named entity: a claim's subject, object or party (counterparty, beneficiary, destination)
  that no span names, where a span names another entity of the same kind in its place ("Thủ
  tướng Hungary" quoted for a claim about Austria). A name left out of a tight quote ("cấp 200
  học bổng", Hungary being the sentence's subject) is not an error.

Each distinct quote is parsed once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, select

from factdb.check.parse import parse_statement
from factdb.check.statement import ParsedStatement
from factdb.extract.quantities import Quantity
from factdb.lexicon.vocabulary import Vocabulary, load_vocabulary
from factdb.store.models import Claim, Qualifier, Span

# The roles whose entity a quote names when it names the claim's parties; an event (the
# occasion), a place and an office are often given by the sentence or the article instead.
# Who said it (a claim's speaker) is named where it is said, like the parties.
NAMED_ROLES = ("subject", "object", "speaker", "counterparty", "beneficiary", "destination")
# Entity kinds a quote can name in place of another: a person for a person, a country for a
# country. Roles, levels and events are read from context too often to be held against a claim.
REPLACEABLE_KINDS = frozenset({"person", "country", "us-state", "organisation", "party", "city"})


def unquoted_values(conn: Connection) -> Iterator[tuple[str, str]]:
    """(claim id, what is missing) for each claim whose number, date or named party is not in
    any of its spans, in claim id order."""
    vocab = load_vocabulary(conn)
    quotes: dict[str, list[str]] = defaultdict(list)
    for claim_id, quote in conn.execute(select(Span.claim_id, Span.quote)):
        quotes[claim_id].append(quote)
    parties: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for claim_id, role, eid in conn.execute(
        select(Qualifier.claim_id, Qualifier.role, Qualifier.entity_id)
    ):
        parties[claim_id].append((role, eid))
    parsed: dict[str, ParsedStatement] = {}

    def parse(quote: str) -> ParsedStatement:
        if quote not in parsed:
            parsed[quote] = parse_statement(quote, vocab)
        return parsed[quote]

    columns = (
        Claim.id,
        Claim.subject_id,
        Claim.object_id,
        Claim.value_low,
        Claim.value_high,
        Claim.time_start,
        Claim.time_end,
        Claim.speaker_id,
    )
    for cid, subject, obj, low, high, start, end, speaker in conn.execute(
        select(*columns).order_by(Claim.id)
    ):
        readings = [parse(q) for q in quotes.get(cid, [])]
        if not readings:
            continue  # `no-span` reports it
        if (low is not None or high is not None) and not any(
            _gives(q, low, high) for r in readings for q in r.quantities
        ):
            stated = sorted({q.text for r in readings for q in r.quantities})
            yield (
                cid,
                f"its value [{_num(low)}, {_num(high)}] is read in none of its spans"
                + (f" (they state {', '.join(map(repr, stated))})" if stated else ""),
            )
        dates = [d for r in readings for d in r.dates]
        bounded = start is not None and end is not None and start != dt.date.min
        if (
            bounded
            and dates
            and not any(_meets(d.first, d.last, d.year_known, start, end) for d in dates)
        ):
            yield (
                cid,
                f"its time {start}..{end} meets none of the dates its spans state "
                f"({', '.join(repr(d.text) for d in dates)})",
            )
        named = set().union(*(r.entity_ids() for r in readings))
        roles = [("subject", subject), ("object", obj), ("speaker", speaker), *parties.get(cid, [])]
        for role, eid in roles:
            if eid is None or role not in NAMED_ROLES or eid in named:
                continue
            others = _same_kind(vocab, eid, named - {e for _, e in roles if e})
            if others:
                yield (
                    cid,
                    f"its {role} {eid} is named in none of its spans, which name "
                    f"{', '.join(sorted(others))} instead",
                )


def _gives(q: Quantity, low: float | None, high: float | None) -> bool:
    """Whether reading `q` states the claim's bounds: each finite bound is the quantity's bound
    on that side or its number ("400 triệu" is exactly 4e8; "vượt 1 tỷ" is (1e9, ∞))."""
    return (low is None or low in (q.low, q.value)) and (high is None or high in (q.high, q.value))


def _meets(first: dt.date, last: dt.date, year_known: bool, start: dt.date, end: dt.date) -> bool:
    if not year_known:  # "ngày 18/2": the year is the claim's
        try:
            first, last = first.replace(year=start.year), last.replace(year=start.year)
        except ValueError:  # 29 February in a year without one
            return False
    return not (last < start or first > end)


def _same_kind(vocab: Vocabulary, eid: str, named: set[str]) -> set[str]:
    info = vocab.entities.get(eid)
    if info is None or info.type not in REPLACEABLE_KINDS:
        return set()
    return {e for e in named if (o := vocab.entities.get(e)) is not None and o.type == info.type}


def _num(x: float | None) -> str:
    return "∞" if x is None else f"{x:,.0f}" if x == int(x) else f"{x:,}"
