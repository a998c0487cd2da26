"""Acts set inside another occasion: "during his visit to Cambodia", "trong chuyến thăm Mỹ",
"on the sidelines of the talks".

A statement may set what it reports inside an occasion it names by its act: "The leaders
congratulated Lam during his visit to Cambodia", "Both sides agreed to build trust during
Hegseth's visit to Hanoi". Each act is judged on its own (factdb.check.judge), so the visit was
borne out by its claim and the congratulation by its claim of another day, and the statement
came out supported though the sources put the two on different occasions. Here an act so framed
is borne out only by a claim on the framing occasion: one sharing a framing claim's event, or
whose time meets a framing claim's. Otherwise it is left open, never refuted: the same act may
have happened on that occasion too, unreported.

The words that frame are language data (`occasion_frames` in factdb/lexicon/<lang>/
statements.yaml, with `frame_examples` that tests/test_groups.py runs); a frame holds only when
the verb or noun of an act that is one occasion (a predicate whose time is `occasion`) follows
it closely in its clause ("during Hegseth's visit"). "At the invitation of" is no frame: an
invitation is not where the act happened. The plainer words "in", "at", "tại"
(`exchange_frames`) frame only the noun of an exchange between parties (`exchanges` in
factdb/lexicon/world/modes.yaml): "In his letter, Lam said ...", "At his meeting with Tokayev,
Lam invited ...", "Tại cuộc gặp Bộ trưởng Hegseth, ...".

A frame's occasion is one day or one event: a claim that only bounds the act on one side
("before 17 February") does not put it there, nor does a frame claim's period that holds
another frame claim's whole (the letters exchanged since 2024 hold the one letter named).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from factdb.check.assertions import contents, decompose
from factdb.check.findings import Part
from factdb.check.match import ClaimIndex
from factdb.check.occasion import STATE, occasions_of
from factdb.check.rules import NEI, SUPPORTED, overlap
from factdb.check.stance import read_stance
from factdb.check.statement import ParsedStatement, phrases_at
from factdb.check.world import PLACES, World
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import OCCASION, TOPIC, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.text.fold import fold, nfc
from factdb.text.sentences import CLAUSE_BREAKS

# How many words may stand between the framing word and the act's word: a possessive and a
# name ("during Hegseth's visit", "trong chuyến thăm" has none).
FRAME_REACH = 3
# Parts whose claims' times say when an act happened: an occasion's and a one-off value's (a
# re-election). A state's period is no occasion.
TIMED = frozenset({OCCASION, "value"})


def frames(
    parsed: ParsedStatement, vocab: Vocabulary
) -> dict[str, tuple[str, bool, frozenset[str]]]:
    """The predicates of the occasions the statement sets its acts in, each with the words
    that set it, whether they follow a view's words, and the names the frame's clause gives
    ("At his meeting with Tokayev,"): {"visited": ("during his visit", False, {...})}."""
    words = parsed.tokens.words()
    written = _written(parsed.lang)
    topics = [
        m.end
        for m in parsed.entities
        if all(vocab.entities[e].type == TOPIC for e in m.ids if e in vocab.entities)
    ]
    found: dict[str, tuple[str, bool, frozenset[str]]] = {}
    spans = [(s, e, None) for s, e in phrases_at(parsed, "statements", "occasion_frames")]
    spans += [(s, e, _exchanges()) for s, e in phrases_at(parsed, "statements", "exchange_frames")]
    for start, end, acts in sorted(spans, key=lambda f: f[0]):
        said = nfc(parsed.text[start:end]).lower()
        if not parsed.tokens.loose and said not in written:
            continue  # written with marks, only the same marks ("trong" is not "trọng")
        if any(m.start <= start < m.end for m in parsed.entities):
            continue  # a word of a name or a view's phrase ("don tiep trong thi": trọng thị)
        after = [t for t in parsed.triggers if t.kind == "trigger" and t.start >= end]
        if not after:
            continue
        t = min(after, key=lambda t: t.start)
        gap = parsed.text[end : t.start]
        between = [w for w, s, e in words if end <= s and e <= t.start]
        rest = parsed.text[t.end :]
        close = t.end + min(
            (rest.index(ch) for ch in CLAUSE_BREAKS if ch in rest), default=len(rest)
        )
        # a plain "in"/"at" frames only as the clause that opens the statement, set off from
        # the act ("At his meeting with Tokayev, Lam ..."): after an act it may be its own
        # detail ("proposed links at their meeting")
        opening = not parsed.text[:start].strip() and close < len(parsed.text)
        if (
            vocab.predicates[t.target].time_role == OCCASION
            and (acts is None or (t.target in acts and opening))
            and len(between) <= FRAME_REACH
            and not set(gap) & CLAUSE_BREAKS
        ):
            # the frame right after a view's words (not one opening the sentence before them),
            # or after them and what they are done to ("đón tiếp trọng thị Đoàn Việt Nam trong
            # chuyến thăm": the delegation welcomed), no act's word between
            view = any(_after_view(parsed, at, start) for at in topics)
            named = frozenset(
                e for m in parsed.entities if start <= m.start and m.end <= close for e in m.ids
            )
            found.setdefault(t.target, (parsed.text[start : t.end], view, named))
    return found


def _after_view(parsed: ParsedStatement, view_end: int, start: int) -> bool:
    """Whether a frame at `start` follows the view's words ending at `view_end` in their own
    phrase: right after them, or after the names of what they are done to and at most
    FRAME_REACH other words, with no act's word and no clause break between."""
    if view_end > start or set(parsed.text[view_end:start]) & CLAUSE_BREAKS:
        return False
    if any(view_end <= t.start < start for t in parsed.triggers if t.kind == "trigger"):
        return False
    names = [(m.start, m.end) for m in parsed.entities if view_end <= m.start and m.end <= start]
    words = [
        w
        for w, s, e in parsed.tokens.words()
        if view_end <= s and e <= start and not any(a <= s < b for a, b in names)
    ]
    return len(words) <= FRAME_REACH


@cache
def _exchanges() -> frozenset[str]:
    """The acts between parties the plain framing words (`exchange_frames`) may frame."""
    return frozenset(load_lexicon("world", "modes").get("exchanges") or ())


@cache
def _written(lang: str) -> frozenset[str]:
    """The framing words as written, lower-cased, for accented statements."""
    lexicon = load_lexicon(lang, "statements")
    phrases = [*(lexicon.get("occasion_frames") or ()), *(lexicon.get("exchange_frames") or ())]
    return frozenset(nfc(str(p)).lower() for p in phrases)


def framed(
    parsed: ParsedStatement,
    world: World,
    parts: list[Part],
    why: Callable[[str, str], str],
) -> list[Part]:
    """`parts` with each act set inside a framing occasion (see the module docstring) that no
    claim on that occasion bears out left open, and each view whose words the frame follows
    left open where no source sentence of the view tells of the framing occasion; `why` writes
    the reason from the framing words and the part's own reason."""
    index, vocab = world.index, world.vocab
    framing = frames(parsed, vocab)
    held = [
        c
        for p in parts
        if p.predicate in framing and p.verdict == SUPPORTED
        for c in _one_occasion(_named(p.decisive, framing[p.predicate][2]))
    ]
    if not held:
        return parts

    def on_the_occasion(claim: ClaimView) -> bool:
        event = claim.qualifier("event")
        return any(
            _with(index, vocab, claim, frame)
            if frame.predicate in vocab.encounters
            else (event is not None and event == frame.qualifier("event")) or _meets(claim, frame)
            for frame in held
        )

    # an exchange is one encounter ("In his letter", "At his meeting with Tokayev"): every
    # claim that decided the act must be of it; a trip or a visit is a stretch of days, which
    # an unnamed group's claims bear out where one of them is of it ("spoke with two US
    # senators during his Washington trip": the calls with them, not the Trump calls of other
    # years), but each party the statement names must be met there ("phoned Leahy and Trump
    # during the trip": the Trump call of another year is none of it)
    strict = next(iter(framing)) in _exchanges()
    setting = frozenset().union(*(names for _, _, names in framing.values()))

    def astray(decisive: list[ClaimView]) -> list[ClaimView] | None:
        """Of the claims that decided a part (a group's: judge._done_by_people), those of a
        named party none of which puts it on the occasion or, in an exchange, those dated on
        both sides that are not of it (one dated on one side only, "before 17 February", tells
        no occasion, for or against). None where they put it there."""
        groups = _by_party(parsed, decisive, setting)
        off = next((g for g in groups if not any(on_the_occasion(c) for c in g)), None)
        if off is None and strict:
            return [c for c in decisive if _bounded(c) and not on_the_occasion(c)] or None
        return off

    cue, view, _ = next(iter(framing.values()))
    stance = read_stance(parsed, vocab)
    # the content of an act the frame sets ("congratulated Lam on his re-election during their
    # meeting") is set there by that act alone: the re-election is no act of the meeting
    content = contents(parsed, vocab)
    out = []
    for p in parts:
        timed = vocab.predicates[p.predicate].time_role in TIMED
        off = astray(p.decisive)
        # a dated fact the speaker is said to tell on the occasion ("In his letter, Lam said
        # the two had marked 30 years of ties"): the fact alone, told by no one then, is no
        # telling. Not a state (an office, a partnership), which the frame's words describe.
        told = (
            stance is not None
            and vocab.predicates[p.predicate].time_role != STATE
            and all(c.speaker != stance.speaker for c in p.decisive)
        )
        # right after a view's words, the frame may be the view's: "thanked Hun Sen for the
        # welcome during his visit" sets the welcome in the visit, not the words of thanks,
        # which only the view's own source sentence sets there (the welcome of his visit to
        # Cambodia is none of his visit to the United States, where he said the thanks)
        # An encounter frame ("trong cuộc gặp Tổng Bí thư") is the view's where the view's
        # claim is of that encounter: its speaker and addressee the encounter's parties, its day
        # the encounter's (_with), as Orbán's words to Tô Lâm at their meeting are.
        said = view and any(c.speaker for c in p.decisive)
        met = all(f.predicate in vocab.encounters for f in held)
        elsewhere = (
            not any(
                world.said_together(c, held) or (met and on_the_occasion(c))
                for c in p.decisive
                if c.speaker
            )
            if said
            else (timed or told) and off is not None
        )
        if (
            p.predicate not in framing
            and p.predicate not in content
            and p.verdict == SUPPORTED
            and elsewhere
        ):
            reason = why(cue, _reason_of(p, off))
            p = replace(p, verdict=NEI, rule="framed-elsewhere", reason=reason)
        out.append(p)
    return out


def _with(index: ClaimIndex, vocab: Vocabulary, claim: ClaimView, frame: ClaimView) -> bool:
    """Whether an act's claim is of the encounter `frame`: an event holds many meetings ("at
    his meeting with Tokayev" of the Board of Peace's day is not the one with Pashinyan), so it
    names the encounter's parties or its source tells it in the account of an encounter of
    theirs (occasion.occasions_of), and its days, if both are dated, meet the encounter's."""
    parties = {e for e in (frame.subject, frame.qualifier("counterparty")) if e is not None}
    if not _bounded(claim) or not _bounded(frame) or _meets(claim, frame):
        if parties <= {*claim.entities(), claim.speaker}:
            return True
        if not claim.spans:
            claim = index.with_evidence([claim])[claim.id]
        return any(parties <= names for names in occasions_of(index, vocab, claim))
    return False


def _meets(claim: ClaimView, frame: ClaimView) -> bool:
    """Whether both claims are dated on both sides and their days meet."""
    return (
        _bounded(claim)
        and _bounded(frame)
        and overlap((claim.time_start, claim.time_end), (frame.time_start, frame.time_end))  # type: ignore[arg-type]
    )


def _bounded(claim: ClaimView) -> bool:
    """Whether the claim dates its act on both sides: "before 17 February" puts it nowhere."""
    return claim.time_start not in (None, dt.date.min) and claim.time_end not in (None, dt.date.max)


def _named(claims: list[ClaimView], named: frozenset[str]) -> list[ClaimView]:
    """The frame's claims that name what its clause names ("Tại cuộc gặp Tổng thống Aliyev":
    that meeting, not another the sentence's later names bear out), all where none does."""
    return [c for c in claims if named & set(c.entities())] or claims


def _by_party(
    parsed: ParsedStatement, decisive: list[ClaimView], setting: frozenset[str]
) -> list[list[ClaimView]]:
    """The claims that decided a part, grouped by each name of the statement they hold (not
    the frame's own, `setting`): each party named must be borne out on the occasion by its own
    claims. All of them as one group where they hold no name it gives ("two US senators")."""
    groups = [
        claims
        for m in parsed.entities
        if not setting & set(m.ids)
        if (claims := [c for c in decisive if set(m.ids) & c.entities()])
    ]
    return groups or [decisive]


def _reason_of(part: Part, claims: list[ClaimView] | None) -> str:
    """The part's reason told by the first of `claims` that its findings weighed (the named
    party's claim of another occasion), else its own."""
    ids = [c.id for c in claims or ()]
    return next(
        (f.reason for f in part.considered if ids and f.claim.id == ids[0] and f.reason),
        part.reason,
    )


def _one_occasion(claims: list[ClaimView]) -> list[ClaimView]:
    """The frame's claims less those whose period holds another's whole: a series ("letters
    exchanged since November 2024") holds the one occasion the frame names."""

    def holds(a: ClaimView, b: ClaimView) -> bool:
        return (
            a.id != b.id
            and _bounded(a)
            and _bounded(b)
            and a.time_start <= b.time_start  # type: ignore[operator]
            and b.time_end <= a.time_end  # type: ignore[operator]
            and (a.time_start, a.time_end) != (b.time_start, b.time_end)
        )

    return [a for a in claims if not any(holds(a, b) for b in claims)]


def bare_framed(
    parsed: ParsedStatement,
    world: World,
    parts: list[Part],
    why: Callable[[str, str], str],
) -> list[Part]:
    """`parts` with each act set inside a trip the statement names by its bare noun ("during
    the trip", "trong chuyến công tác", `bare_occasions` in factdb/lexicon/<lang>/statements.yaml)
    left open unless a claim of it is dated within the days of a trip of its doer (a series of
    calls "since November 2024" that meets the trip's days puts none in it), and each
    office held "when" another act happened ("Leahy chaired the committee when he voted to end
    the war", `state_frames`) left open unless a claim of the office is dated over the act's
    days. The noun names no place nor traveller: the trip is the doer's, whose days the claims
    of his trips fix; an act a claim dates elsewhere, or does not date, may have been done on
    it too, unreported, so it is open, never refuted."""
    parts = _in_bare_trip(parsed, world, parts, why)
    parts = _in_stay(parsed, world, parts, why)
    return _office_when(parsed, world, parts, why)


def _in_bare_trip(
    parsed: ParsedStatement, world: World, parts: list[Part], why: Callable[[str, str], str]
) -> list[Part]:
    spans = [
        (s, e)
        for s, e in phrases_at(parsed, "statements", "bare_occasions")
        if not parsed.text[e:].strip(" .!?") or parsed.text[e:].lstrip()[0] in CLAUSE_BREAKS
    ]
    if not spans:
        return parts
    return _within_trips(parsed, world, parts, why, parsed.text[spans[0][0] : spans[0][1]], None)


def _in_stay(
    parsed: ParsedStatement, world: World, parts: list[Part], why: Callable[[str, str], str]
) -> list[Part]:
    """`parts` with each act set inside the doer's stay at a place ("while in Washington",
    "khi ở Washington", "trong thời gian ở Mỹ": `stay_frames` in lexicon/<lang>/statements.yaml,
    the place named right after the words) left open unless a claim of it is dated within the
    days of a trip of its doer to that place, its capital or its country: the stay frames the
    acts as "during the trip" does, each named party's own."""
    # "while in the US": an article may stand before the place
    determiners = {
        k for w in phrase_keys("synonyms", "slot_determiners", (parsed.lang,)) for k in w
    }
    for start, end in phrases_at(parsed, "statements", "stay_frames"):
        place = next(
            (
                m
                for m in parsed.entities
                if m.start >= end
                and set(fold(parsed.text[end : m.start]).lower().split()) <= determiners
                and m.ids
                and all(world.type(e) in PLACES for e in m.ids)
            ),
            None,
        )
        if place is not None:
            cue = parsed.text[start : place.end]
            return _within_trips(parsed, world, parts, why, cue, set(place.ids))
    return parts


def _within_trips(
    parsed: ParsedStatement,
    world: World,
    parts: list[Part],
    why: Callable[[str, str], str],
    cue: str,
    places: set[str] | None,
) -> list[Part]:
    """`parts` with each timed act, other than the trip itself, left open where the claims of
    one party the statement names all date it outside every trip of its doer (`bare_occasion_act`),
    to one of `places` seen closer or farther where the statement names them."""
    trip = load_lexicon(parsed.lang, "statements").get("bare_occasion_act")
    if not trip:
        return parts
    there = world.seen_closer_or_farther(places) if places is not None else set()
    vocab = world.vocab
    out = []
    for p in parts:
        if (
            p.verdict == SUPPORTED
            and p.predicate != trip
            and vocab.predicates[p.predicate].time_role in TIMED
        ):
            doers = {c.subject for c in p.decisive}
            trips = [
                t
                for t in world.index.claims_naming([trip], doers).get(trip, [])
                if t.subject in doers
                and _bounded(t)
                and (
                    places is None
                    or bool({t.qualifier("destination"), t.qualifier("location")} & there)
                )
            ]
            # a claim dated on one side only ("before 21 February") puts the act nowhere, in
            # the trip or out of it: only claims all dated outside every trip leave it open,
            # those of any one party the statement names ("phoned Leahy and Trump")
            off = next(
                (
                    claims
                    for claims in _by_party(parsed, p.decisive, frozenset())
                    if all(_bounded(c) for c in claims)
                    and not any(_holds_over(t, c) for c in claims for t in trips)
                ),
                None,
            )
            if off is not None:
                reason = why(cue, _reason_of(p, off))
                p = replace(p, verdict=NEI, rule="framed-elsewhere", reason=reason)
        out.append(p)
    return out


def _office_when(
    parsed: ParsedStatement, world: World, parts: list[Part], why: Callable[[str, str], str]
) -> list[Part]:
    vocab = world.vocab
    words = parsed.tokens.words()
    lexicon = load_lexicon(parsed.lang, "statements")
    not_after = {fold(str(w)).lower() for w in lexicon.get("state_frames_not_after") or ()}
    # an office the statement asserts before the frame ("Leahy chaired ... when"), not a title
    # naming the speaker ("TBT Tô Lâm nói khi tiếp ...") or the act's other party
    said = [a for a in decompose(parsed, vocab) if a.kind == "office" and a.form == "copula"]
    acts: dict[str, str] = {}
    holders: set[str | None] = set()
    for start, end in phrases_at(parsed, "statements", "state_frames"):
        before = [w for w, s, e in words if e <= start]
        if before and before[-1] in not_after:
            continue  # "sau khi": after the act, not in its time
        asserted = {a.subject for a in said if a.end <= start}
        if not asserted:
            continue
        after = [t for t in parsed.triggers if t.kind == "trigger" and t.start >= end]
        if not after:
            continue
        t = min(after, key=lambda t: t.start)
        between = [w for w, s, e in words if end <= s and e <= t.start]
        if (
            vocab.predicates[t.target].time_role == OCCASION
            and len(between) <= FRAME_REACH
            and not set(parsed.text[end : t.start]) & CLAUSE_BREAKS
        ):
            acts.setdefault(t.target, parsed.text[start : t.end])
            holders |= asserted
    held = [c for p in parts if p.predicate in acts and p.verdict == SUPPORTED for c in p.decisive]
    if not held:
        return parts
    cue = next(iter(acts.values()))
    out = []
    for p in parts:
        if (
            p.predicate in world.offices
            and p.verdict == SUPPORTED
            and any(c.subject in holders for c in p.decisive)
            and not any(_holds_over(c, act) for c in p.decisive for act in held)
        ):
            p = replace(p, verdict=NEI, rule="framed-elsewhere", reason=why(cue, p.reason))
        out.append(p)
    return out


def _holds_over(office: ClaimView, act: ClaimView) -> bool:
    """Whether the claim of an office or a trip dates it over the act's days: the act dated on
    both sides, within the period of `office`, which has its start (an office held "before" a
    day says not when); an open end is an office still held."""
    return (
        _bounded(act)
        and office.time_start not in (None, dt.date.min)
        and office.time_start <= act.time_start  # type: ignore[operator]
        and act.time_end <= (office.time_end or dt.date.max)  # type: ignore[operator]
    )
