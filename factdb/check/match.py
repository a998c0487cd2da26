"""Stage 2 of checking: which stored claims could bear on a parsed statement.

Retrieval is by index only — claims of a candidate predicate whose subject, object or a qualifier
is an entity the statement mentions, or, for an entity with many such claims, that name two of
them — so its cost does not grow with the size of the base. It reads one claim per fact: a
claim that restates another (the same fact from another article, marked by the loader) is left
out, and cited with the one it restates. Results are cached until the base changes, which makes
batches over the same topics cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from itertools import combinations

from factdb.records import replace
from factdb.store.claims import BUSY, ClaimView, SpanView, claim_views

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

    from factdb.store.sqlite_read import Reader

CACHE_SIZE = 50_000
# How many of a busy pair's most recent facts a statement is weighed against beyond those at its
# own dates: an undated statement speaks of the present, not of the pair's whole history.
LATEST = 10
# Claim ids per IN (...) list: under every back end's limit on bound parameters.
CHUNK = 900
# (predicate, entity) probes per query, and statement dates a pair is ranked by: each is a term
# of one compound SELECT, and SQLite allows 500.
KEYS_PER_QUERY = 100
MAX_PERIODS = 8
# Source texts kept, for the judge (the sentences of the deciding claims' spans) and for reports
# (a generated base has thousands).
SOURCES = 256
# Restatements of an evidence claim listed by id; the rest are counted.
RESTATEMENTS_LISTED = 20


class ClaimIndex:
    """Claims by predicate and mentioned entity, read through `reader`: the reader of the
    caller's read snapshot (Checker.snapshot), so that one check sees one state of the base. The
    caller calls `reset` when the base has changed."""

    def __init__(self) -> None:
        self._reader: Reader | None = None
        # The keys known to be busy in the base's state (Vocabulary.busy): not probed.
        self.busy: Mapping[tuple[str, str], int] = {}
        # (predicate, entity) -> its claims' ids, or None when it is busy.
        self._named: dict[tuple[str, str], tuple[str, ...] | None] = {}
        # What claim_ids and claims_naming answer, by their arguments sorted: a judgement asks
        # for the office claims of the same titles and people again and again (bare titles,
        # office parts, the places of the claims weighed). What they return is only ever read.
        self._ids = lru_cache(maxsize=CACHE_SIZE)(self._claim_ids)
        self._naming = lru_cache(maxsize=CACHE_SIZE)(self._claims_naming)
        self._pair_ids = lru_cache(maxsize=CACHE_SIZE)(self._fetch_pair_ids)
        self._sample = lru_cache(maxsize=CACHE_SIZE)(self._fetch_sample)
        self._source_text = lru_cache(maxsize=SOURCES)(self._fetch_source_text)
        self._published = lru_cache(maxsize=SOURCES)(self._fetch_published)
        self._now = lru_cache(maxsize=1)(self._fetch_sources_now)
        self._views: dict[str, ClaimView] = {}
        self._spans: dict[str, list[SpanView]] = {}
        self._restated_by: dict[str, tuple[int, list[str]]] = {}
        # Each claim read with its evidence, by id, with the view it was made from: a batch
        # gives the same evidence claims again and again.
        self._evidenced: dict[str, tuple[ClaimView, ClaimView]] = {}
        # The encounter spans before an offset of a source (spans_before), by the query's terms.
        self._before = lru_cache(maxsize=CACHE_SIZE)(self._fetch_spans_before)
        # The spans of a claim's sentence (spans_within), by the sentence's bounds.
        self._within = lru_cache(maxsize=CACHE_SIZE)(self._fetch_spans_within)

    def reset(self) -> None:
        self._ids.cache_clear()
        self._naming.cache_clear()
        self._named.clear()
        self._pair_ids.cache_clear()
        self._sample.cache_clear()
        self._source_text.cache_clear()
        self._published.cache_clear()
        self._now.cache_clear()
        self._views.clear()
        self._spans.clear()
        self._restated_by.clear()
        self._evidenced.clear()
        self._before.cache_clear()
        self._within.cache_clear()

    def claim_ids(
        self,
        predicates: Iterable[str],
        entities: Iterable[str],
        periods: Iterable[tuple[dt.date, dt.date]] = (),
    ) -> dict[str, set[str]]:
        """Ids of the claims of each of `predicates` that name a mentioned entity, one claim
        per fact.

        An entity with more than BUSY facts of a predicate (Vietnam, in a newsroom's base)
        contributes only those that also name another mentioned entity, at most BUSY a pair:
        undated ones and those whose time meets one of the statement's `periods`, then the
        LATEST most recent (an undated statement speaks of the present, not of a pair's whole
        history). Named alone, it contributes its first BUSY.
        Its other claims name something the statement does not: another counterparty, office or
        holder, which the judge would set aside as another slice, or leave unstated, which makes
        for support too vague to weigh thousands of claims for. Pairs are probed through the
        subject or object with the object or a qualifier; two qualifiers of one claim are not a
        probe ("met in Hanoi with Orbán" with neither as subject).
        """
        return self._ids(_sorted(predicates), _sorted(entities), _sorted(periods))

    def _claim_ids(
        self,
        preds: tuple[str, ...],
        ents: tuple[str, ...],
        when: tuple[tuple[dt.date, dt.date], ...],
    ) -> dict[str, set[str]]:
        """What claim_ids answers for these (sorted, distinct), read from the index."""
        if len(when) > MAX_PERIODS:
            # A pasted table of dates: one period spanning them all still puts them first.
            when = ((when[0][0], max(last for _, last in when)),)
        self._read_named([(pred, eid) for pred in preds for eid in ents])
        wanted: dict[str, set[str]] = {}
        for pred in preds:
            ids = wanted.setdefault(pred, set())
            busy = []
            for eid in ents:
                found = self._named[(pred, eid)]
                if found is None:
                    busy.append(eid)
                else:
                    ids.update(found)
            # A busy entity's pairs with a quiet one came with the quiet one's list.
            for a, b in combinations(busy, 2):
                ids.update(self._pair_ids(pred, a, b, when))
            if busy and len(ents) == 1:
                ids.update(self._sample(pred, ents[0]))
        return wanted

    def claims(
        self,
        ids: dict[str, set[str]],
        windows: dict[str, list[tuple[dt.date, dt.date]]] | None = None,
    ) -> dict[str, list[ClaimView]]:
        """The claims of `ids`, by predicate, in id order. For a predicate given `windows`, only
        those whose time meets one of them or is not given: the judge sets the others aside as
        another period (windows.time_windows), and a long series need not be read to learn it."""
        windows = windows or {}
        if len(self._views) > CACHE_SIZE:
            self._views.clear()
        self._load({i for pred, found in ids.items() if pred not in windows for i in found})
        for pred, periods in windows.items():
            self._load(ids.get(pred, set()), tuple(sorted(set(periods))))
        return {
            pred: sorted((self._views[i] for i in found if i in self._views), key=lambda c: c.id)
            for pred, found in ids.items()
        }

    def claims_naming(
        self, predicates: Iterable[str], entities: Iterable[str]
    ) -> dict[str, list[ClaimView]]:
        """The claims of `predicates` that name one of `entities` (claims of claim_ids), kept
        like claim_ids' answer: the judge asks for the office claims of the same people and
        titles many times a judgement. Callers only read it."""
        return self._naming(_sorted(predicates), _sorted(entities))

    def _claims_naming(
        self, preds: tuple[str, ...], ents: tuple[str, ...]
    ) -> dict[str, list[ClaimView]]:
        return self.claims(self._ids(preds, ents, ()))

    @property
    def reading(self) -> bool:
        """Whether a snapshot's reader is bound (see `read_on`)."""
        return self._reader is not None

    @contextmanager
    def read_on(self, reader: Reader) -> Iterator[Reader]:
        """Read through `reader`, of one read snapshot, for the duration of the block."""
        self._reader = reader
        try:
            yield reader
        finally:
            self._reader = None

    def _query(
        self, name: str, arity: int | None = None, params: dict[str, Any] | None = None
    ) -> list[Any]:
        """The rows of statement `name` of factdb.store.queries."""
        if self._reader is None:
            raise RuntimeError("ClaimIndex reads inside a snapshot: use Checker.snapshot()")
        return self._reader.rows(name, arity, params)

    def source_text(self, source_id: str) -> str:
        """A source's whole text, kept for the next claim it gives evidence of (see SOURCES)."""
        return self._source_text(source_id)

    def _fetch_source_text(self, source_id: str) -> str:
        return self._query("source_text", None, {"source": source_id})[0][0]

    def published(self, source_id: str) -> dt.date | None:
        """The day a source was published, if its record gives it (kept like its text)."""
        return self._published(source_id)

    def _fetch_published(self, source_id: str) -> dt.date | None:
        return _day(self._query("source_published", None, {"source": source_id}))

    def sources_now(self) -> dt.date | None:
        """The day the latest source was published, if any record gives one: the time the
        sources speak of, which a statement's "this week" counts from (windows.present_frames)."""
        return self._now()

    def _fetch_sources_now(self) -> dt.date | None:
        return _day(self._query("sources_now"))

    def spans_before(
        self, source: str, at: int, predicates: tuple[str, ...], limit: int
    ) -> tuple[tuple[str, str, int], ...]:
        """(claim id, predicate, start) of up to `limit` spans of claims of `predicates` that
        `source` gives at or before offset `at`, nearest first (factdb.check.occasion)."""
        return self._before(source, at, predicates, limit)

    def _fetch_spans_before(
        self, source: str, at: int, predicates: tuple[str, ...], limit: int
    ) -> tuple[tuple[str, str, int], ...]:
        params = {"source": source, "at": at, "predicates": list(predicates), "limit": limit}
        rows = self._query("spans_before", None, params)
        return tuple((cid, pred, start) for cid, pred, start in rows)

    def spans_within(
        self, source: str, left: int, right: int
    ) -> tuple[tuple[int, int, tuple[str, str, str | None]], ...]:
        """(start, end, (subject, predicate, object)) of each claim's span that meets offsets
        `left` to `right` of `source`, in source order."""
        return self._within(source, left, right)

    def _fetch_spans_within(
        self, source: str, left: int, right: int
    ) -> tuple[tuple[int, int, tuple[str, str, str | None]], ...]:
        rows = self._query("spans_within", None, {"source": source, "left": left, "right": right})
        return tuple((start, end, (subj, pred, obj)) for start, end, subj, pred, obj in rows)

    def _read_named(self, keys: list[tuple[str, str]]) -> None:
        """For each (predicate, entity) not yet known, its claims, or that it is busy. The
        database reads at most BUSY + 1 claims a key, one past BUSY being enough to know, and
        answers a busy key with one row. All keys in one query: a check asks a dozen, and each
        round trip costs more than its rows."""
        missing = []
        for key in keys:
            if key in self._named:
                continue
            if key in self.busy:
                self._named[key] = None
            else:
                missing.append(key)
        if not missing:
            return
        if len(self._named) + len(missing) > CACHE_SIZE:
            self._named.clear()
        found: list[list[str] | None] = [[] for _ in missing]
        for at in range(0, len(missing), KEYS_PER_QUERY):
            chunk = missing[at : at + KEYS_PER_QUERY]
            params: dict[str, Any] = {"limit": BUSY + 1, "busy": BUSY}
            for number, (pred, eid) in enumerate(chunk):
                params |= {f"p{number}": pred, f"e{number}": eid}
            for number, cid in self._query("named", len(chunk), params):
                ids = found[at + number]
                if cid is None:
                    found[at + number] = None
                elif ids is not None:
                    ids.append(cid)
        for key, ids in zip(missing, found, strict=True):
            self._named[key] = None if ids is None else tuple(sorted(ids))

    def _fetch_sample(self, predicate: str, entity: str) -> tuple[str, ...]:
        """BUSY claims of a busy entity, the same on every back end: the first BUSY by id of the
        ones the index ranges give first."""
        params = {"limit": BUSY + 1, "p0": predicate, "e0": entity}
        ids = sorted(cid for _, cid in self._query("probes", 1, params))
        return tuple(ids[:BUSY])

    def _fetch_pair_ids(
        self, predicate: str, a: str, b: str, periods: tuple[tuple[dt.date, dt.date], ...]
    ) -> tuple[str, ...]:
        """Claims of `predicate` naming both `a` and `b`, one as subject or object, the other as
        object or a qualifier: BUSY of them each way round (Hungary's ODA to Vietnam is not lost
        among Vietnam's to Hungary), undated ones and those meeting `periods` first, then the
        LATEST most recent. Each probe is an index range over exactly those claims."""
        params = {"predicate": predicate, "limit": BUSY, "latest": LATEST, **_periods(periods)}
        rows = self._query("pair", len(periods), params | {"a": a, "b": b})
        return tuple(sorted(cid for (cid,) in rows))

    def with_evidence(self, claims: Iterable[ClaimView]) -> dict[str, ClaimView]:
        """`claims` by id, each with its spans in source order and the claims restating it."""
        wanted = {c.id: c for c in claims}
        if len(self._spans) > CACHE_SIZE:
            self._spans.clear()
            self._restated_by.clear()
            self._evidenced.clear()
        missing = sorted(i for i in wanted if i not in self._spans)
        for at in range(0, len(missing), CHUNK):
            chunk = missing[at : at + CHUNK]
            for cid in chunk:
                self._spans[cid] = []
                self._restated_by[cid] = (0, [])
            for cid, source, start, end, quote in self._query("spans_of", None, {"ids": chunk}):
                self._spans[cid].append(SpanView(source, start, end, quote))
            params = {"ids": chunk, "listed": RESTATEMENTS_LISTED}
            for first, cid, total in self._query("restatements_of", None, params):
                listed = self._restated_by[first][1]
                listed.append(cid)
                self._restated_by[first] = (total, listed)
        found = {}
        for cid, claim in wanted.items():
            kept = self._evidenced.get(cid)
            if kept is None or kept[0] is not claim:
                evidenced = replace(
                    claim,
                    spans=tuple(self._spans[cid]),
                    restatements=self._restated_by[cid][0],
                    restated_by=tuple(self._restated_by[cid][1]),
                )
                kept = self._evidenced[cid] = (claim, evidenced)
            found[cid] = kept[1]
        return found

    def facts(self, claim_ids: Iterable[str]) -> dict[str, str]:
        """The claim each of `claim_ids` restates, or itself: the claim retrieval reads for it."""
        ids = sorted(set(claim_ids))
        found: dict[str, str] = {}
        for at in range(0, len(ids), CHUNK):
            for cid, first in self._query("facts_of", None, {"ids": ids[at : at + CHUNK]}):
                found[cid] = first or cid
        return found

    def _load(self, ids: Iterable[str], windows: tuple[tuple[dt.date, dt.date], ...] = ()) -> None:
        missing = sorted(i for i in ids if i not in self._views)
        params = _periods(windows)
        for at in range(0, len(missing), CHUNK):
            chunk = missing[at : at + CHUNK]
            self._read_views(self._query("claims_of", len(windows), params | {"ids": chunk}))

    def _read_views(self, rows: Iterable[Any]) -> None:
        for view in claim_views(rows):
            self._views[view.id] = view


def _sorted(items: Iterable[Any]) -> tuple[Any, ...]:
    """`items` distinct and sorted: one cache key for a question asked in any order."""
    return tuple(sorted(set(items)))


def _periods(periods: Iterable[tuple[dt.date, dt.date]]) -> dict[str, Any]:
    """The parameters first<i>, last<i> of the statements that take periods (store.queries)."""
    params: dict[str, Any] = {}
    for number, (first, last) in enumerate(periods):
        params |= {f"first{number}": first, f"last{number}": last}
    return params


def _day(rows: list[Any]) -> dt.date | None:
    """The day in the first column of a query's first row, if any: the standard library's
    reader gives a date as SQLAlchemy stores it, ISO text."""
    day = rows[0][0] if rows else None
    return dt.date.fromisoformat(day) if isinstance(day, str) else day
