"""Accounting for everything a statement says: what the deciding claims of its parts cover
(entities, numbers, dates, counts, weekdays, details, a denial, a reporter), and what is left
over (Uncovered), which keeps the statement from support.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from functools import cache, partial
from itertools import pairwise

from factdb.check import earlier, relative, scope, windows
from factdb.check.assertions import BREAKS, any_holder, decompose, indefinite, subjects_of
from factdb.check.dayparts import read_day_part, undated_told
from factdb.check.findings import Context, Part
from factdb.check.occasion import accounted_by_occasion, origin_before, reported_at, slot_before
from factdb.check.persons import SIDES
from factdb.check.rules import (
    CONTRADICTED,
    DIRECTED,
    LISTED,
    OCCASION,
    PHRASE_JOINER,
    ROLE,
    SUMMED,
    SUPPORTED,
    Uncovered,
    compare_value,
    count_holds,
    fewer_than_named,
    is_former,
    more_than_listed,
    of_now,
    party_of,
    unread_details,
)
from factdb.check.stance import (
    REPORTING_TYPES,
    StanceReading,
    acts_beside,
    implies,
    quoted,
    said_details,
    spoken_to,
)
from factdb.check.stance_words import person_cues, stance_cues, thanks_words
from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.check.weekdays import accounted as weekdays_accounted
from factdb.check.wording import list_joiners
from factdb.check.world import (
    ADDRESSEE,
    BODY_TYPES,
    COUNTRY,
    NAMED_IN_PASSING,
    PERSON,
    PLACE_ROLES,
    ROLE_TYPE,
    World,
    has_words,
)
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import LANGUAGES, fillers, glossed, load, phrase_keys, whole_phrases
from factdb.lexicon.vocabulary import EVENT, OFFICE_TENSES, PROGRAMME, TOPIC, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.store.intervals import Interval
from factdb.text.covered import overlaps, within
from factdb.text.fold import fold, has_marks, marked_key, nfc
from factdb.text.sentences import CLAUSE_BREAKS, DASH_MARKS, SENTENCE_ENDS
from factdb.text.tokens import phrase_spans, word_keys

# The claims of the facts given to a speaker, and whom the statement has them told to
# (answers_for).
Told = tuple[Collection[ClaimView], Collection[str]]


def unchecked_acts(
    vocab: Vocabulary, parsed: ParsedStatement, candidates: set[str]
) -> list[Uncovered]:
    """An act or a state the statement names by its own verb or noun, with no claim of that
    kind about anyone it names: asserted and not checked. "hội đàm với Tổng thống Trump" when
    no talks with him are stored, and as much "Prime Minister Orbán signed a trade agreement"
    or "President Tokayev was re-elected", which the titles beside them must not carry. A verb
    that also names a predicate with claims to weigh is that predicate's."""
    weighed = {(t.start, t.end) for t in parsed.triggers if t.target in candidates}
    unchecked = {
        t.target
        for t in parsed.triggers
        if t.kind in ("trigger", "antonym")
        and t.target not in candidates
        and (t.start, t.end) not in weighed
        # the dates of an event are no act of the people named ("once held the post of")
        and vocab.predicates[t.target].value_type != "date"
    }
    found = [Uncovered("unchecked", label=vocab.predicates[p].label_en) for p in sorted(unchecked)]
    # ... or by a word of another act on what a predicate is about ("chiêu đãi", a banquet: an
    # attendance's other act), which the judge weighs only against that predicate's claims
    acts = {(c.start, c.end): c for c in parsed.other_acts if c.target not in candidates}
    return found + [
        Uncovered("other-act", c.text, label=vocab.predicates[c.target].label_en)
        for span, c in sorted(acts.items())
        if span not in weighed
    ]


def mistyped_acts(world: World, ctx: Context) -> list[Uncovered]:
    """A verb bound to a party of a kind its predicate's value never is ("Hagerty, representing
    President Trump,", "đại diện của Tổng thống Trump": a senator represents a state, not a
    person), where no claim of the predicate is there to weigh and no other predicate reads the
    same words: the statement asserts a tie no predicate reads, which no claim bears out. Left
    unsaid, the parts that are borne out (the call, Trump's title) would account for every
    name. A verb with no claims bound to a party of the kind it takes ("đại diện cho bang
    Tennessee") is read as before: its place is a title's to account for, or left over."""
    weighed = {(t.start, t.end) for t in ctx.parsed.triggers if t.target in ctx.candidates}
    unweighed = {
        (t.start, t.end)
        for t in ctx.parsed.triggers
        if t.kind == "trigger" and t.target not in ctx.candidates
    } - weighed
    found: dict[str, Uncovered] = {}
    text = ctx.parsed.text
    for p in ctx.predications:
        pred = world.vocab.predicates[p.predicate]
        # one word written without its marks may be another word ("van dang cho": "đang", still,
        # not "đảng", a party): it asserts no tie of its own
        surface = text[p.start : p.end]
        if not has_marks(surface) and len(surface.split()) == 1 and ctx.parsed.lang == "vi":
            continue
        if (
            (p.start, p.end) in unweighed
            and pred.value_type == "entity"
            and pred.cue_types
            and any(world.type(e) not in pred.cue_types for e in p.patients)
        ):
            found.setdefault(p.predicate, Uncovered("unchecked", label=pred.label_en))
    return list(found.values())


def spanned_cues(world: World, ctx: Context, parts: list[Part], pids: Collection[str]) -> list[Cue]:
    """The triggers of the predicates of `pids` (figures no claim decides) whose every trigger
    in the statement the span of a supported fact's claim says, itself or through a gloss: what
    that fact is said to be for ("agreed to use the EVFTA to lift bilateral trade" of an
    agreement whose span ends "để gia tăng kim ngạch thương mại song phương"), no figure of its
    own to check. Only a fact's own span counts, never the sentence around it, and only for a
    predicate whose value is a quantity, said with none of its own (a figure would be left
    over): an act or a state a span names is another claim's to bear out ("thư mời ông tham
    gia" is no membership of Trump's). The words around such a trigger are then the span's to
    say (details)."""
    spanned = _facts_spanned(world, parts)
    if not spanned:
        return []
    words = ctx.parsed.tokens.words()
    gap = partial(_adjacent, ctx.parsed.text)

    def said(t: Cue) -> bool:
        own = [w for w in words if t.start <= w[1] and w[2] <= t.end]
        glosses = partial(glossed, ctx.parsed.lang)
        marked = marked_denials(ctx.parsed)
        return bool(own) and not unread_details(own, spanned, glosses, gap, (), own, marked)

    cues: dict[str, list[Cue]] = {}
    for t in ctx.parsed.triggers:
        if t.kind == "trigger" and t.target in pids:
            cues.setdefault(t.target, []).append(t)
    return [
        t
        for pid, ts in cues.items()
        if world.vocab.predicates[pid].value_type == "quantity" and all(map(said, ts))
        for t in ts
    ]


@cache
def _denying_phrases() -> tuple[str, ...]:
    """The one-word phrases that deny, end, cut or put off on their own (statements `negation`;
    polarity `enders`, `undoers`, `delayers`, `antonyms`) of every language, as written."""
    words: list[str] = []
    for lang in LANGUAGES:
        polarity = load(lang, "polarity")
        lists = [
            load(lang, "statements").get("negation") or [],
            polarity.get("enders") or [],
            polarity.get("undoers") or [],
            polarity.get("delayers") or [],
            *(polarity.get("antonyms") or {}).values(),
        ]
        words += [nfc(str(w)) for ws in lists for w in ws if len(str(w).split()) == 1]
    return tuple(words)


@cache
def _denying_words() -> frozenset[str]:
    """The words that deny, end, cut or put off on their own (_denying_phrases), as marked_key
    writes them: the fold of one is often another word ("dừng", stop, and the "dựng" of "xây
    dựng"; "thôi" and "thời"; "cắt" and "cát"; "hoãn" and "hoàn")."""
    return frozenset(marked_key(w) for w in _denying_phrases())


def marked_denials(parsed: ParsedStatement) -> dict[tuple[int, int], tuple[str, ...]]:
    """(start, end) of each denying word the statement writes with its marks (_denying_words),
    and what says it: the word as marked_key writes it, which a claim's source says only with
    those marks (unread_details), so that no source word of the same fold accounts for "dừng".
    Written without marks, a word nothing read that folds as a denying word with marks is
    that word (_bare_denials)."""
    text = parsed.text
    if not has_marks(text):
        return _bare_denials(parsed)
    return {
        (s, e): (key,)
        for _, s, e in parsed.tokens.words()
        if has_marks(text[s:e]) and (key := marked_key(text[s:e])) in _denying_words()
    }


# How many words may stand between an epithet and the person or title it describes
# ("long-serving Hungarian leader Viktor Orbán": "serving", "Hungarian", "leader").
EPITHET_REACH = 3


def _beside_person(world: World, ctx: Context, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` describe a person: a person's name or a title
    follows them with at most EPITHET_REACH words between, none a clause break ("long-serving
    Hungarian leader Viktor Orbán", "chính khách kỳ cựu Viktor Orbán"), or a title ends right
    before them ("Thủ tướng Hungary lâu năm"); not "the long road" two countries travelled."""
    text = ctx.parsed.text
    for m in ctx.parsed.entities:
        kinds = {world.type(e) for e in m.ids}
        if not m.ids or not kinds <= {PERSON, ROLE_TYPE, COUNTRY}:
            continue
        if ROLE_TYPE in kinds and m.end <= start and not text[m.end : start].strip():
            return True
        between = [w for w in ctx.words if end <= w[1] and w[2] <= m.start]
        if (
            m.start >= end
            and kinds & {PERSON, ROLE_TYPE}
            and len(between) <= EPITHET_REACH
            and not set(text[end : m.start]) & BREAKS
        ):
            return True
    return False


def _bare_denials(parsed: ParsedStatement) -> dict[tuple[int, int], tuple[str, ...]]:
    """In a statement written without any marks, each word nothing read that folds as a word
    denying, ending, cutting or putting off with marks ("Hungary hoan cap hoc bong": hoãn;
    "Viet Nam - My tam dung quan he ...": dừng), and what says it: that word with its marks
    (each of them, where two fold alike: "ngừng", "ngưng"), which no source's "hoàn tất" or
    "xây dựng" says; or a phrase of the claims' that it makes with a word beside it that
    nothing read either, a space or a hyphen between: "xay dung" is the source's "xây dựng".
    A word read (a name, a cue, a filler) makes no word with it: the "dung quan" of "tam dung
    quan he" is not the "dựng quan" of "xây dựng quan hệ". Where the marked form of the word
    is no word the claims say, neither is the folded one (denials.bare_delay_denied reads a
    delay after a denial)."""
    marked = _marked_by_fold()
    text = parsed.text
    words = parsed.tokens.words()
    loose = set(parsed.loose_words)
    denials: dict[tuple[int, int], tuple[str, ...]] = {}
    for i, (key, start, end) in enumerate(words):
        if key not in marked or (key, start, end) not in loose:
            continue
        word = (key, start, end)
        pairs = [(words[i - 1], word)] if i else []
        pairs += [(word, w) for w in words[i + 1 : i + 2]]
        beside = [
            PHRASE_JOINER.join((a[0], b[0]))
            for a, b in pairs
            if {a, b} <= loose and _adjacent(text, a[2], b[1])
        ]
        denials[(start, end)] = (*marked[key], *beside)
    return denials


@cache
def _marked_by_fold() -> dict[str, tuple[str, ...]]:
    """The denying words written with marks (_denying_phrases), as marked_key writes them, by
    their fold: "dung" is "dừng", "ngung" "ngừng" or "ngưng"."""
    marked: dict[str, tuple[str, ...]] = {}
    for w in _denying_phrases():
        if has_marks(w) and (key := marked_key(w)) not in marked.get(fold(w), ()):
            marked[fold(w)] = (*marked.get(fold(w), ()), key)
    return marked


def _adjacent(text: str, a: int, b: int) -> bool:
    """Whether only a space or a hyphen stands between two words (rules.unread_details)."""
    return not text[a:b].strip(" -–")


def _facts_spanned(world: World, parts: list[Part], verdict: str = SUPPORTED) -> set[str]:
    """The folded words (and phrases) of the spans of the facts' claims that have `verdict`."""
    spanned: set[str] = set()
    for p in parts:
        if p.verdict == verdict and p.predicate not in world.offices:
            for claim in p.decisive:
                spanned |= world.said_in_spans(claim)
    return spanned


def said_of_refuted(
    world: World, ctx: Context, parts: list[Part], phrases: list[tuple[str, ...]]
) -> bool:
    """Whether the refuted facts' own words (their claims' spans, not the sentences around them)
    say each of the folded `phrases`, or what the glossary gives for it: a focus a denial may
    fall on instead of the act ("had no plans to visit Vietnam again") is the act's own where
    the claim's act is so ("mong muốn sớm thăm lại Việt Nam": a wish to visit again), and the
    denial falls on that act (scope.denied_manner)."""
    spanned = _facts_spanned(world, parts, CONTRADICTED)
    return bool(spanned) and all(
        any(PHRASE_JOINER.join(g) in spanned for g in (p, *glossed(ctx.parsed.lang, p)))
        for p in phrases
    )


def counts(world: World, ctx: Context, parts: list[Part]) -> tuple[list[Uncovered], set[str]]:
    """Counts of the other parties ("met a dozen world leaders", "met four presidents")
    against the deciding claims of meetings, calls and visits: those they do not bear out
    (another number of parties, or of holders of the office), and the offices whose count
    they do bear out, which that accounts for."""
    occasions, others, verbs = _met(world, ctx, parts)
    # the countries visited ("visited two countries in February") count as the countries of
    # the parties met do
    visited = {c for c in qualified(occasions, ("destination",)) if world.type(c) == COUNTRY}
    # the verb's object: "nine leaders" before it are its subject ("Cả chín nhà lãnh đạo
    # đều chúc mừng ..."); a counted noun that is itself the verb ("held four bilateral
    # meetings", "4 cuộc hội kiến") counts the encounters, one a party
    # "the two countries" of an exchange are its sides (persons), no count of countries
    sides = (
        [(s, e) for kind, s, e in person_cues(ctx.parsed.text, ctx.parsed.tokens)]
        if any(cue.kind == "counted_country" for _, cue in ctx.parsed.counts)
        else []
    )
    # a count inside a relative date's anchor ("the day after the two calls with the
    # senators") names the event counted from, which relative dates decide: no count of parties
    rel = relative.read_relative(ctx.parsed)
    counts = [
        (q, cue)
        for q, cue in ctx.parsed.counts
        if verbs
        and not (rel is not None and rel.anchored and rel.in_anchor(q.start))
        and (q.start > min(verbs) or any(cue.start <= v < cue.end for v in verbs))
        and not (cue.kind == "counted_country" and overlaps(q.start, cue.end, sides))
    ]
    # "joined 20 other leaders at the meeting": a count of parties beside an act whose claims
    # name none, which nothing bears out
    unweighed = [
        Uncovered("count", q.text, cue.text)
        for q, cue in counts
        if not others and cue.kind != "counted_country"
    ]
    counts = [(q, cue) for q, cue in counts if others or cue.kind == "counted_country"]
    # "met Orbán and eight other leaders": the count leaves out the parties the statement names
    said = set(ctx.mentioned)
    apart = phrase_spans(ctx.words, phrase_keys("statements", "count_besides"))
    text = ctx.parsed.text

    def besides(q: Quantity, cue: Cue) -> bool:
        # the word stands between the number and its noun, or right after the noun ("tám
        # lãnh đạo khác")
        return any(
            (q.end <= s and e <= cue.start) or (s >= cue.end and not text[cue.end : s].strip())
            for s, e in apart
        )

    def size(q: Quantity, cue: Cue, parties: set[str]) -> int:
        return len(parties - said) if besides(q, cue) else len(parties)

    members = phrase_spans(ctx.words, phrase_keys("statements", "count_members"))

    def bound(q: Quantity, cue: Cue) -> bool:
        """Whether the count is of the acts with the parties it is said with: a party of them
        named in one stretch with it ("spoke with Daines in two calls", "two calls with
        Daines"), no comma nor word of `count_members` ("including", "trong đó có")
        between, and no word that leaves the named out ("eight other leaders"). The acts are
        then that party's alone, not every party's of the occasion."""
        if cue.kind != "counted" or besides(q, cue):
            return False
        for m in (m for eid in others for m in ctx.positions.get(eid, ())):
            lo, hi = (m.end, q.start) if m.end <= q.start else (cue.end, m.start)
            # a period there ends an abbreviation ("Sen. Daines"), no clause
            if (
                lo <= hi
                and not re.search(r"[,;!?]", text[lo:hi])
                and not any(lo <= s and e <= hi for s, e in members)
            ):
                return True
        return False

    # "met ... a deputy prime minister": one holder at least
    some = [m.ids[0] for m in _indefinite_titles(world, ctx, verbs)] if others else []
    if not (others or visited) or not (counts or some):
        return unweighed, set()
    held = {(c.subject, c.qualifier("role")) for c in world.held(others)}
    borne = {role for role in some if any(r == role for _, r in held)}
    occasions_met = {
        (c.qualifier("event"), c.time_start, c.time_end) for p in occasions for c in p.decisive
    }
    # "met nine leaders, including Prabowo and Orbán": a count above the names said may be of
    # every party the claims give that one occasion, which bears it out
    claims = occasion_claims(world, occasions) if len(occasions_met) == 1 else []
    whole = _other_parties(claims)
    ever, ever_all = world.held(others, ever=True), world.held(whole, ever=True)
    # ... and refutes it where a source lists them all and the statement names that occasion
    listed = _names_occasion(ctx, claims) and world.listed_whole(
        claims, whole, phrase_keys("statements", "list_tails"), read_day_part(ctx.parsed)
    )

    # Only a date or an event named fixes the occasion the claims give: an undated count with
    # neither ("Lam met four world leaders") may be of another day's meetings.
    fixed = bool(ctx.parsed.dates) or any(world.type(e) == EVENT for e in ctx.mentioned)

    def counted(cue: Cue, parties: set[str], offices: list[ClaimView]) -> set[str]:
        if cue.kind == "counted_office":
            return _holders(ctx, cue, offices)
        if cue.kind == "counted_country":
            # the countries where they hold office, the one inside a body's name included
            places = world.countries_of(world.offices_of(parties)) | visited
            return {p for p in places if world.type(p) == COUNTRY}
        # the counted nouns are people ("leaders", "officials"): a community or a
        # mission met on the same trip is none of them
        return {o for o in parties if world.type(o) == PERSON}

    def fits(q: Quantity, n: int) -> bool:
        # a count shut above by its comparator ("exactly three", "only three", "at most
        # three", "chỉ có ba", "đúng ba") says no other party was there, which the claims bear
        # out only where a source lists the occasion whole: they need not name everyone
        if q.comparator in SHUT_ABOVE and not q.reached and not listed:
            return False
        return count_holds(n, q.low, q.high, q.low_open, q.high_open)

    def on_one_occasion(cue: Cue, parties: set[str]) -> set[str] | None:
        """The parties a count reaches on one occasion: all of them where the statement fixes
        it or their acts are of one; else those whose acts fall within a trip the statement
        names ("three phone calls during his Washington trip", not Trump's call of July 2025).
        None where nothing bounds them: "held four phone calls" of one call on each of four
        days and years adds up acts no source counts together, and the sources list no one's
        calls of every year. The countries counted are those of the acts' parties, each of
        them one occasion."""
        if fixed or cue.kind == "counted_country":
            return parties
        acts = [
            (p.predicate, c, parties.intersection(e for r, e in c.qualifiers if r in DIRECTED))
            for p in occasions
            for c in p.decisive
        ]
        acts = [(pred, c, met) for pred, c, met in acts if met]
        if len({(c.qualifier("event"), c.time_start, c.time_end) for _, c, _ in acts}) < 2:
            return parties
        kinds = {pred for pred, _, _ in acts}
        trips = [c for p in occasions if p.predicate not in kinds for c in p.decisive]
        # the widest: a meeting of one day the statement also names frames few of them
        framed = [set().union(*(m for _, c, m in acts if _during(c, t))) for t in trips]
        return max(framed, key=len, default=set()) or None

    wrong: list[Uncovered] = unweighed
    for q, cue in counts:
        named = counted(cue, others, ever)
        one_occasion = on_one_occasion(cue, named)
        reached = fits(q, size(q, cue, named))
        n = size(q, cue, named if one_occasion is None else one_occasion)
        # a count bound to the parties it is said with counts their acts alone, one each
        # where a source lists the occasion whole
        tied = bound(q, cue)
        if (one_occasion is not None and fits(q, n)) or (
            whole and not tied and fits(q, size(q, cue, counted(cue, whole, ever_all)))
        ):
            borne.add(cue.target)
        else:
            one = fixed and len(occasions_met) == 1
            refuted = fewer_than_named(q.high, n, one, q.high_open) and not _said_in(
                ctx, q, "unbounded_counts"
            )
            label = SUMMED if reached and one_occasion is None else ""
            if (
                not refuted
                and listed
                and not _said_in(ctx, q, "rough_counts")
                and _offices_known(world, cue, whole, ever_all)
            ):
                n = size(q, cue, named if tied else counted(cue, whole, ever_all))
                refuted = more_than_listed(q.low, n, q.low_open)
                label = LISTED if refuted else ""
            wrong.append(Uncovered("count", q.text, cue.text, n, label, refuted))
            borne.add(cue.target)  # the office counted is the count's to decide
    return wrong, borne


def _during(act: ClaimView, trip: ClaimView) -> bool:
    """Whether an act's dates fall within a trip's (both dated)."""
    if None in (act.time_start, act.time_end, trip.time_start, trip.time_end):
        return False
    return trip.time_start <= act.time_start and act.time_end <= trip.time_end  # type: ignore[operator]


def _said_in(ctx: Context, q: Quantity, key: str) -> bool:
    """Whether a count is said in a word of `key` in lexicon/<lang>/statements.yaml: a round
    word ("a dozen", "cả tá": `rough_counts`), which may only round the list it counts, or a
    word of a few ("a few", "vài": `unbounded_counts`), which bounds nothing above."""
    words = [w for w in ctx.words if q.start <= w[1] and w[2] <= q.end]
    return bool(phrase_spans(words, phrase_keys("statements", key)))


def _offices_known(world: World, cue: Cue, parties: set[str], offices: list[ClaimView]) -> bool:
    """Whether the holders of an office a count counts (`counted_office`) are known among the
    whole list's `parties`: each person of it holds some office the claims give, so none left
    without one may be another holder."""
    if cue.kind != "counted_office":
        return True
    return {c.subject for c in offices} >= {p for p in parties if world.type(p) == PERSON}


def _names_occasion(ctx: Context, claims: list[ClaimView]) -> bool:
    """Whether the statement names the one occasion of `claims` by one of its days ("sáng
    19/2", "on Feb 19"), not a span that holds others too ("during the trip", "in February"),
    nor only its event: the list is of one day's acts, and an event may hold other days'."""
    if not claims:
        return False
    first = min(c.time_start or dt.date.max for c in claims)
    last = max(c.time_end or dt.date.min for c in claims)
    return any(
        d.grain == "day"
        and (
            first <= d.first and d.last <= last
            if d.year_known
            else (first.month, first.day) <= (d.first.month, d.first.day)
            and (d.last.month, d.last.day) <= (last.month, last.day)
        )
        for d in ctx.parsed.dates
    )


def _holders(ctx: Context, cue: Cue, offices: list[ClaimView]) -> set[str]:
    """Whom a count of an office's holders counts, by the tense words its title carries
    (parse._tensed_span): those the claims give the office now, unless they say "former"
    ("two former senators": those who held it before and not now) or both ("three current and
    former senators")."""
    tenses = {
        c.kind
        for c in ctx.parsed.grammar
        if c.kind in OFFICE_TENSES and cue.start <= c.start < cue.end
    }
    # "heads of state and government": the holders of either office, counted together
    roles = cue.target.split("+")
    held = [c for c in offices if c.qualifier("role") in roles]
    now = {c.subject for c in held if not is_former(c)}
    if "former" not in tenses:
        return now
    before = {c.subject for c in held if is_former(c)} - now
    return before | now if "present" in tenses else before


def held_stances(ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The stance verbs inside a speaker's words said right after the subject of a deciding
    claim of what he said, whose stance bears them out ("Lam said Vietnam backs a Palestinian
    state beside Israel", "Việt Nam ủng hộ ..., Tổng Bí thư khẳng định", of his affirming
    Vietnam's view): the view the claim gives its subject, said as that subject's, no detail
    it adds. Said of anyone else, or narrower than the claim's stance, it stays a detail."""
    reading = ctx.stance
    if reading is None:
        return []
    text = ctx.parsed.text
    voiced = [c for p in parts for c in p.decisive if c.speaker is not None]
    return [
        (start, end)
        for kind, start, end in stance_cues(text, ctx.parsed.tokens)
        if not within(start, end, reading.spans)
        and any(
            c.subject in m.ids
            and implies(c.stance or "said", kind)
            and m.end <= start
            and not text[m.end : start].strip()
            for c in voiced
            for m in ctx.parsed.entities
        )
    ]


def counted_words(world: World, ctx: Context, parts: list[Part]) -> set[tuple[int, int]]:
    """The words the parties of the occasion account for: the article before a title they
    hold once ("một phó thủ tướng", "one deputy prime minister": an article and a count of one
    say the same), and a list said to go on ("Orbán, Hun Manet & more") where the claims give
    that one occasion more parties than it names."""
    occasions, others, verbs = _met(world, ctx, parts)
    if not others or not verbs:
        return set()
    titles = _indefinite_titles(world, ctx, verbs)
    tails = list_tails(ctx, min(verbs))
    if not titles and not tails:
        return set()
    held = {(c.subject, c.qualifier("role")) for c in world.held(others)}
    text = ctx.parsed.text
    words = {
        (s, e)
        for m in titles
        if len({person for person, role in held if role == m.ids[0]}) == 1
        for _, s, e in ctx.parsed.loose_words
        if e <= m.start and not text[e : m.start].strip()
    }
    one = (
        len(
            {
                (c.qualifier("event"), c.time_start, c.time_end)
                for p in occasions
                for c in p.decisive
            }
        )
        == 1
    )
    if tails and one:
        whole = occasion_parties(world, occasions)
        persons = {o for o in others if world.type(o) == PERSON}
        if len({o for o in whole if world.type(o) == PERSON}) > len(persons):
            words |= set(tails)
    return words


def _met(world: World, ctx: Context, parts: list[Part]) -> tuple[list[Part], set[str], list[int]]:
    """The parts of meetings, calls and visits (occasions), the other parties their deciding
    claims name, and where the statement's verbs of them stand."""
    # The acts a relative date counts from are another's than the main event's, whose parties a
    # count of it does not count ("met nine leaders the day after his calls with the two
    # senators", "... on the same day as his call with Leahy"): their parts, and their claims
    # in the relative date's part, stand aside, as does an occasion an act is ordered against.
    anchored = relative.anchor_acts(ctx.parsed)
    occasions = [
        replace(p, decisive=[c for c in p.decisive if c.predicate not in anchored])
        for p in parts
        if world.vocab.predicates[p.predicate].time_role == OCCASION
        and p.predicate not in anchored
        and p.rule not in earlier.ORDERED  # the occasion it is ordered against is another's
    ]
    preds = {p.predicate for p in occasions}
    verbs = [t.start for t in ctx.parsed.triggers if t.target in preds]
    return occasions, qualified(occasions, DIRECTED), verbs


def _indefinite_titles(world: World, ctx: Context, verbs: list[int]) -> list[Mention]:
    """Titles after the occasion's verb with an indefinite article ("met ... a deputy prime
    minister") or a word of any holder ("did not call any US senator", "không điện đàm với
    thượng nghị sĩ Mỹ nào"): one holder at least, and under a denial none."""
    return [
        m
        for m in ctx.parsed.entities
        if len(m.ids) == 1
        and world.type(m.ids[0]) == ROLE_TYPE
        and (indefinite(ctx.parsed, m.start) or any_holder(ctx.parsed, m.start, m.end))
        and verbs
        and m.start > min(verbs)
    ]


def others_titles(
    world: World, ctx: Context, parts: list[Part], named: set[str]
) -> set[tuple[int, int]]:
    """The spans of the titles that only an office claim's office accounts for, given to none
    of the office claims' holders (scope.titling_offices), where they are another country's
    than the claim's or an office someone takes up (taken_up): in "Tổng thống Trump gửi thư
    cho Chủ tịch nước Việt Nam" the second title is the addressee's, and in "Tổng thống Trump
    chúc mừng ông được bầu làm Chủ tịch nước" the one elected's, of whom Trump's office says
    nothing. A fact that names the office (`named`: a re-election to it) accounts for every
    mention of it; a bare title ("invited the President") may be its holder again."""
    offices = [
        (world.vocab.predicates[p.predicate], c)
        for p in parts
        if p.predicate in world.offices
        for c in p.decisive
        if c.qualifier("role") not in named | {None}
    ]
    titled = [m for pred, c in offices for m in scope.titling_offices(world, pred, c, ctx)]
    places = {e for e in ctx.positions if world.type(e) == COUNTRY}
    return {
        (m.start, m.end)
        for pred, c in offices
        for m in ctx.positions.get(c.qualifier("role") or "", [])
        if m not in titled
        and (
            taken_up(ctx.parsed, m)
            or any(scope.attached(world, e, pred, c, ctx, [m]) for e in places - {c.object})
        )
    }


def taken_up(parsed: ParsedStatement, mention: Mention) -> bool:
    """Whether the mention is an office someone is said to take up: right after a cue of an
    office's start ("được bầu làm", "on his election as", "became": office_tense `start` in
    lexicon/<lang>/statements.yaml), with only copulas and title fillers between ("was elected
    as the ...")."""
    joins = [(c.start, c.end) for c in parsed.grammar if c.kind in ("copula", "title_filler")]
    for cue in parsed.grammar:
        if cue.kind != "start" or cue.end > mention.start:
            continue
        gap = list(parsed.text[cue.end : mention.start])
        for s, e in joins:
            if cue.end <= s and e <= mention.start:
                gap[s - cue.end : e - cue.end] = " " * (e - s)
        if not "".join(gap).strip():
            return True
    return False


def list_tails(ctx: Context, after: int) -> list[tuple[int, int]]:
    """The words after offset `after` that say a list of parties goes on ("and others", "&
    more", "và nhiều lãnh đạo khác": `list_tails` in lexicon/<lang>/statements.yaml), as
    spans."""
    words = [w for w in ctx.words if w[1] >= after]
    keys = [w for w, _, _ in words]
    if not _tail_starts().intersection(keys):
        return []  # nearly no statement has one: no scan
    return phrase_spans(words, phrase_keys("statements", "list_tails"))


@cache
def _tail_starts() -> frozenset[str]:
    return frozenset(tail[0] for tail in phrase_keys("statements", "list_tails") if tail)


def occasion_parties(world: World, occasions: list[Part]) -> set[str]:
    """The other parties of every claim of the one occasion the deciding claims of
    `occasions` are on (same predicate, subject, event and days): all the leaders met that
    morning, not only those the statement names."""
    return _other_parties(occasion_claims(world, occasions))


def _other_parties(claims: list[ClaimView]) -> set[str]:
    """The other parties (DIRECTED) of `claims`."""
    return {eid for c in claims for role, eid in c.qualifiers if role in DIRECTED}


def occasion_claims(world: World, occasions: list[Part]) -> list[ClaimView]:
    """Every affirmed fact claim of the one occasion the deciding claims of `occasions` are on
    (same predicate, subject, event and days)."""
    keys = {
        (c.predicate, c.subject, c.qualifier("event"), c.time_start, c.time_end)
        for p in occasions
        for c in p.decisive
    }
    found = world.index.claims_naming({k[0] for k in keys}, {k[1] for k in keys})
    unique = {
        c.id: c
        for claims in found.values()
        for c in claims
        if (c.predicate, c.subject, c.qualifier("event"), c.time_start, c.time_end) in keys
        and c.polarity == "affirmed"
        and c.modality == "fact"
    }
    return sorted(unique.values(), key=lambda c: c.id)


def reporter(world: World, ctx: Context, parts: list[Part]) -> set[str]:
    """The body a fact is attributed to ("According to Vietnam's Foreign Ministry, Lam
    travelled to the US", "Vietnam's government said ...", "theo Bộ Ngoại giao"): who
    reports it, not a party of it, where facts decide the statement (no deciding claim is
    someone's view). A person who says it is a speaker whose words the claims must bear out
    (check.stance), and stays a name to account for. So does a body reporting another
    speaker's words ("According to Hanoi, Washington said ...", "Lam proposed ..., the
    Foreign Ministry said": StanceReading.reporters), whatever decides: it reports the words
    the claims give him."""
    stance = ctx.stance
    if stance is None:
        return set()
    reporting = {r for r in stance.reporters if _reporting(world, ctx, r, within=None)}
    if any(c.speaker for p in parts for c in p.decisive):
        return reporting
    if not _reporting(world, ctx, stance.speaker, within=(stance.start, stance.end)):
        return reporting
    return reporting | {stance.speaker}


def _reporting(world: World, ctx: Context, speaker: str, within: tuple[int, int] | None) -> bool:
    """Whether `speaker` is a body the facts may be attributed to as a reporter: a government,
    a ministry or a country, not named (`within` those bounds, or anywhere) by the seat of one
    of its offices ("the White House said", "Nhà Trắng cho biết": `seats` in
    lexicon/<lang>/statements.yaml), which is a body of its own that no source gives the news
    to."""
    return world.type(speaker) in REPORTING_TYPES and not _seat_said(ctx, speaker, within)


def _seat_said(ctx: Context, speaker: str, bounds: tuple[int, int] | None) -> bool:
    """Whether the statement names `speaker` by the seat of one of its offices, within
    `bounds` if given."""
    seats = set(phrase_keys("statements", "seats"))
    start, end = bounds if bounds is not None else (0, len(ctx.parsed.text))
    return any(
        start <= m.start and m.end <= end and tuple(word_keys(m.text)) in seats
        for m in ctx.positions.get(speaker, ())
    )


def outlets(world: World, ctx: Context, parts: list[Part]) -> list[Uncovered]:
    """The news outlets the statement gives the facts to ("..., Reuters reported", "theo hãng
    tin AFP": `outlets` in lexicon/<lang>/fillers.yaml) that no deciding claim's source names
    (in a dateline or a credit): a detail the sources do not give."""
    named = outlet_names()
    said = {
        outlet: spans for outlet, keys in named.items() if (spans := phrase_spans(ctx.words, keys))
    }
    if not said:
        return []
    claims = [c for p in parts for c in p.decisive]
    sources = {s.source for c in world.index.with_evidence(claims).values() for s in c.spans}
    texts = [" ".join(word_keys(world.index.source_text(s))) for s in sources]
    return [
        Uncovered("detail", ctx.parsed.text[start:end])
        for outlet, spans in said.items()
        if not any(has_words(t, " ".join(k)) for t in texts for k in named[outlet])
        for start, end in spans[:1]
    ]


@cache
def outlet_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each outlet's names, folded, in every language."""
    ids = {o for lang in LANGUAGES for o in load(lang, "fillers").get("outlets") or {}}
    return {o: phrase_keys("fillers", "outlets", sub=o) for o in sorted(ids)}


def foreign_bodies(world: World, ctx: Context) -> list[Uncovered]:
    """The bodies the statement qualifies by another country than the one their name holds
    ("Bộ Ngoại giao Mỹ", "Bộ Ngoại giao Hungary"): a bare name ("Bộ Ngoại giao") that stands
    alone for one country's body is another country's body with another's name right beside
    it, which the base does not know."""
    mentions = sorted(ctx.parsed.entities, key=lambda m: m.start)
    found = []
    for body, country in (*pairwise(mentions), *((b, a) for a, b in pairwise(mentions))):
        if len(body.ids) != 1 or world.type(body.ids[0]) not in BODY_TYPES:
            continue
        if len(country.ids) != 1 or world.type(country.ids[0]) != COUNTRY:
            continue
        own = world.countries_of({body.ids[0]})
        if country.ids[0] in own:
            continue
        first, last = sorted((body, country), key=lambda m: m.start)
        if _gap(ctx, first.end, last.start) in ((), ("s",)):
            found.append(Uncovered("unknown", ctx.parsed.text[first.start : last.end]))
    return found


def unsaid_speaker(world: World, ctx: Context, parts: list[Part]) -> list[Uncovered]:
    """The speaker a statement gives facts to ("Leahy said Hungary approved the ODA"), where no
    deciding claim is anyone's words: the words are borne out as his only where he is a party
    of the facts, holds an office now in a party ("Jakarta values ..., Prabowo says") or is a
    title its holder in a party answers to ("TBT đề nghị ..."), where the sources tell the facts
    at an exchange he took part in, with anyone the words are said to its other side
    (answers_for). Anyone else may not have said
    them; a body reporting them is `reporter`'s. A request, an invitation or a plan in his
    words is borne out as his only where he answers to its doer (`doers_said`), and so is the
    whole as the report of one set off after it ("Lam proposed ..., Daines said":
    StanceReading.reporters)."""
    stance = ctx.stance
    if stance is None or any(c.speaker for p in parts for c in p.decisive):
        return []
    text = ctx.parsed.text
    # words set off at the end report what comes before them, others what comes after
    trailing = not text[stance.end :].strip().strip("".join(SENTENCE_ENDS)).strip()
    words = (0, stance.start) if trailing else (stance.end, len(text))
    main = doers_said(world, ctx, parts, *words)
    reported = doers_said(world, ctx, parts, 0, len(text))
    # the speaker answers for what his words say, not for an act told beside them ("To Lam
    # spoke with Hagerty and thanked him for ...": the call is no part of the thanks)
    told = [c for p in said_parts(ctx, parts, stance) for c in p.decisive]
    # the speaker's own title ("Senator Hagerty said ...") describes him: it is no fact of his
    # words that makes him one of their parties, unless his words are of offices alone
    speakers = {stance.speaker, *stance.others}
    facts = [c for c in told if c.predicate not in world.offices or c.subject not in speakers]
    if any(c.predicate not in world.offices for c in told):
        told = facts
    own = {e for c in told for e in c.entities()}
    every = [c for p in parts for c in p.decisive]
    parties = {e for c in every for e in c.entities()}
    mentions = [m for ms in ctx.positions.values() for m in ms]
    to = spoken_to(text, stance, mentions)

    def borne(
        who: str, facts: set[str], doers: set[str], said: tuple[int, int] | None, at: Told
    ) -> bool:
        return answers_for(world, ctx, who, facts, said, at) and (
            not doers or answers_for(world, ctx, who, doers, said, at)
        )

    # the seat of one office is that office speaking where it names the speaker
    span = (stance.start, stance.end)
    if all(
        borne(s, own, main, span, (told, to - {s})) for s in (stance.speaker, *stance.others)
    ) and all(borne(r, parties, reported, None, (every, set())) for r in stance.reporters):
        return []
    return [Uncovered("speaker", stance.text)]


def said_parts(ctx: Context, parts: list[Part], stance: StanceReading) -> list[Part]:
    """The parts the speaker's words may say: all but those whose triggers are all acts told
    beside them, before his verb ("To Lam spoke with Hagerty and thanked him ...":
    stance.acts_beside)."""
    beside = acts_beside(ctx.parsed, stance)
    said = {t.target for t in ctx.parsed.triggers if t not in beside}
    elsewhere = {t.target for t in beside} - said
    return [p for p in parts if p.predicate not in elsewhere]


def answers_for(
    world: World,
    ctx: Context,
    speaker: str,
    parties: Collection[str],
    bounds: tuple[int, int] | None = None,
    at: Told | None = None,
) -> bool:
    """Whether the statement's `speaker` may give the facts of `parties` as his words: he is
    one, a body reporting them, or holds an office now in one (the party's general secretary:
    Vietnam; a former office is none: "Leahy said ..."), as a title's holder does. Not the
    seat of an office (named within `bounds` if given), which is that office speaking,
    whatever the country did. Given `at` (the facts' claims, and whom the statement has them
    told to), an office is his warrant only where the sources report the facts at an exchange
    he took part in, with the one told its other side (occasion.reported_at): "Hagerty said
    the two countries upgraded ties in 2023", of the reporter's narration, is not his words
    though the US is a party."""
    if _seat_said(ctx, speaker, bounds):
        return False
    kind = world.type(speaker)
    if speaker in parties or kind in REPORTING_TYPES:
        return True
    people = world.holders(speaker) if kind == ROLE_TYPE else {speaker}
    if people & set(parties):
        return True
    now = {p for person in people for p in world.places(person)}
    if not (now | world.countries_of(now)) & set(parties):
        return False
    return at is None or reported_at(world.index, world.vocab, at[0], people, at[1])


def doers_said(world: World, ctx: Context, parts: list[Part], start: int, end: int) -> set[str]:
    """The doers of the requests, invitations (`asked` in lexicon/world/directions.yaml),
    plans, wishes and readiness the deciding claims of `parts` give, where the statement's
    words between `start` and `end` say them (their predicate's trigger there): each is its
    doer's words, reported by him or his side, not by the other party of the exchange it was
    made in ("Orban will visit Vietnam, Lam said"); either side of a symmetric one."""
    said = {t.target for t in ctx.parsed.triggers if start <= t.start < end}
    return {
        e
        for p in parts
        if p.predicate in said
        for c in p.decisive
        if c.predicate in asked_predicates() or c.modality != "fact"
        for e in _sides(world, c)
        if e is not None
    }


@cache
def asked_predicates() -> frozenset[str]:
    """The predicates whose act is words its doer addressed to someone (`asked` in
    lexicon/world/directions.yaml)."""
    return frozenset(load("world", "directions").get("asked") or {})


def _gap(ctx: Context, end: int, start: int, dashes: bool = False) -> tuple[str, ...] | None:
    """The folded words between two spans of the statement, where only words, spaces and
    apostrophes (and dashes, if `dashes`) stand between them ("Vietnam's leader"); None where
    anything else does or the spans are the other way round."""
    if end > start:
        return None
    allowed = "'\u2019" + ("".join(DASH_MARKS) if dashes else "")
    if any(
        not (ch.isalnum() or ch.isspace() or ch in allowed) for ch in ctx.parsed.text[end:start]
    ):
        return None
    return tuple(w for w, s, e in ctx.words if end <= s and e <= start)


def _beside(
    ctx: Context,
    mention: Mention,
    spans: list[tuple[int, int]],
    words: set[str],
    dashes: bool = False,
) -> bool:
    """Whether the mention stands right before or after one of `spans`, with nothing but
    `words` (and dashes, if `dashes`) between them."""
    for start, end in spans:
        for gap in (_gap(ctx, mention.end, start, dashes), _gap(ctx, end, mention.start, dashes)):
            if gap is not None and set(gap) <= words:
                return True
    return False


def describing(world: World, ctx: Context, countries: set[str]) -> set[tuple[int, int]]:
    """The spans of the statement's mentions of `countries` (where the deciding claims' own
    people hold office) that describe one of them: a country joined to a title or a leader's
    noun ("met the Vietnamese leader", "nhà lãnh đạo Việt Nam dự ..."). A country the act
    falls on ("congratulated Vietnam") is a party, one after a locative or a word of origin
    ("in Vietnam", "from Hanoi") where the act was done, which no office says; one beside any
    other word ("the people of Vietnam") is something else the claims must name."""
    patients = {b for p in ctx.predications for b in p.patients}
    heads = [
        (m.start, m.end)
        for eid, mentions in ctx.positions.items()
        if world.type(eid) == ROLE_TYPE
        for m in mentions
    ]
    heads += [(c.start, c.end) for c in ctx.parsed.people]
    heads += phrase_spans(ctx.words, phrase_keys("statements", "leader_nouns"))
    found = set()
    for eid in countries - patients:
        for mention in ctx.positions.get(eid, []):
            before = [w for w, _, e in ctx.words if e <= mention.start]
            if scope.after_locative(world.vocab, mention, ctx) or origin_before(before):
                continue
            if _beside(ctx, mention, heads, {"s"}):
                found.add((mention.start, mention.end))
    return found


def exchanged_sides(world: World, ctx: Context, parts: list[Part]) -> set[tuple[int, int]]:
    """The spans of the words for the two sides of what was said whose countries are those the
    deciding claims' speakers and the ones they spoke to speak from: the sides of the claims'
    own exchange, which name no party its occasion lacks, whichever of the two the statement
    gives the words to. Said as sides ("our relations", "hai nước": factdb.check.persons:
    "'I thank the General Secretary for his contributions to our relations,' Leahy told Lam"),
    or as the two countries joined ("closer Vietnam-U.S. cooperation", "hợp tác Việt - Mỹ",
    "between Vietnam and the US", of Leahy's words to Lâm: a former senator still speaks from
    his country, which no claim of his names)."""
    views = [c for p in parts for c in p.decisive if c.speaker]
    if not views:
        return set()
    # each claim's two sides: the speaker's and the one spoken to's
    exchanges: list[tuple[set[str], set[str]]] = []
    for claim in views:
        spoken_to = claim.qualifier(ADDRESSEE)
        exchanges.append(
            (world.sides(claim.speaker), world.sides(spoken_to) if spoken_to else set())
        )
    sides = set().union(*(a | b for a, b in exchanges))
    cues = {
        (s, e) for kind, s, e in person_cues(ctx.parsed.text, ctx.parsed.tokens) if kind == SIDES
    }
    found = {
        (m.start, m.end)
        for m in ctx.parsed.entities
        if (m.start, m.end) in cues and set(m.ids) <= sides
    }
    # ... never the parties a verb binds ("Leahy said Vietnam and the US must fund it"): they
    # do it, which the claims' own parties must bear out
    bound = {e for p in ctx.predications for e in (*p.agents, *p.patients)}
    named = [m for m in ctx.parsed.entities if len(m.ids) == 1 and m.ids[0] in sides - bound]
    # a pair is one exchange's two sides, never one side each of two claims ("Kazakhstan and
    # Hungary's presidents", of Tokayev's words to Lâm and Orbán's)
    return found | {
        (m.start, m.end)
        for a, b in pairwise(sorted(named, key=lambda m: m.start))
        if a.ids != b.ids
        and _pair_joined(ctx, a, b)
        and any(_one_each(a.ids[0], b.ids[0], one, other) for one, other in exchanges)
        for m in (a, b)
    }


def _one_each(first: str, second: str, one: set[str], other: set[str]) -> bool:
    """Whether the two stand one on each side."""
    return (first in one and second in other) or (first in other and second in one)


def _pair_joined(ctx: Context, first: Mention, second: Mention) -> bool:
    """Whether two names stand joined as a pair: by a dash ("Vietnam-U.S.", "Việt - Mỹ") or a
    list joiner, an article at most beside it ("Vietnam and the US")."""
    gap = _gap(ctx, first.end, second.start, dashes=True)
    if gap is None:
        return False
    articles = phrase_keys("synonyms", "slot_determiners", (ctx.parsed.lang,))
    joiner = tuple(w for w in gap if (w,) not in articles)
    return not joiner or joiner in list_joiners(ctx.parsed.lang)


def continuing(world: World, ctx: Context, covered: set[str]) -> set[tuple[int, int]]:
    """The spans of the statement's mentions of a country that go on the name of something
    the deciding claims name, whose name holds that country: "tìm kiếm hài cốt liệt sĩ Việt
    Nam" of the search for Vietnamese soldiers missing in the war, "the war in Vietnam" of
    the view that names it. Only the name's own words may stand between the two; a country
    the act falls on is a party, not a name's part."""
    patients = {b for p in ctx.predications for b in p.patients}
    found = set()
    for eid in covered:
        if world.type(eid) in (COUNTRY, PERSON) or eid not in ctx.positions:
            continue
        inside = world.countries_named_in(eid) - patients
        # ... or whose name holds the country as the statement writes it ("Việt - Mỹ" of the
        # "Hiệp định thương mại đối ứng Việt Nam – Mỹ", whose US is no "Hoa Kỳ")
        info = world.vocab.entities[eid]
        names = (fold(info.name_en), fold(info.name_vi))
        mentions = [
            m
            for country in ctx.mentioned - patients
            if world.type(country) == COUNTRY
            for m in ctx.positions.get(country, [])
            if country in inside or any(has_words(n, fold(m.text)) for n in names)
        ]
        if not mentions:
            continue
        spans = [(m.start, m.end) for m in ctx.positions[eid]]
        words = world.name_words(eid)
        # a name written with a dash between its countries ("Việt Nam – Mỹ") may be so too
        dashes = any(ch in DASH_MARKS for ch in info.name_en + info.name_vi)
        found |= {(m.start, m.end) for m in mentions if _beside(ctx, m, spans, words, dashes)}
    return found


def _numbers_after_acts(ctx: Context, parts: list[Part]) -> set[int]:
    """The ids of the bare numbers right after the verb of an act no part decides, with no
    name after them: what the act is said to do to a figure ("de gap ba" written without
    marks folds to "gặp ba", met three, and to "gấp ba", threefold; "met three"), a figure the
    claims must give, not a meeting whose word a source's sentence happens to say."""
    text = ctx.parsed.text
    decided = {p.predicate for p in parts}
    acts = [t.end for t in ctx.parsed.triggers if t.target not in decided]
    named = [m.start for m in ctx.parsed.entities]
    return {
        id(q)
        for q in ctx.parsed.quantities
        if any(end <= q.start and not text[end : q.start].strip() for end in acts)
        and not any(q.end <= start for start in named)
    }


# What ends the clause a count's names are listed in.
CLAUSE_MARKS = r"[,;.!?]"
# The most words a title may take between a count and the names it counts ("hai Thượng nghị sĩ
# Mỹ Daines và Hagerty").
TITLE_WORDS = 4


def grammar_numbers(ctx: Context) -> set[int]:
    """The ids of the bare numbers that are grammar, no figure: those of the sides of an
    exchange ("the two sides", "hai bên"), those before a noun of `grammar_counts`
    (lexicon/<lang>/statements.yaml: "the two countries", "1 trong những trụ cột"), a count
    of the days a date right after it lists ("trong ba ngày 18, 19 và 20/2") and one of the
    names listed right after it ("hai ông Daines và Hagerty"). Any other number the statement
    says ("in two sessions", "trong ba giờ", "at 9") is a figure the claims must give: nothing
    accounts for it by default."""
    text = ctx.parsed.text
    groups = [(c.start, c.end) for c in ctx.parsed.people if c.kind == "group"]
    nouns = [s for s, _ in phrase_spans(ctx.words, phrase_keys("statements", "grammar_counts"))]
    # "the two met", "all three of his calls": the number stands for what the statement names
    pronouns = [e for _, e in phrase_spans(ctx.words, phrase_keys("statements", "count_pronouns"))]
    days = [(d.start, (d.last - d.first).days + 1) for d in ctx.parsed.dates]

    def names_counted(q: Quantity) -> bool:
        # "hai ông Daines và Hagerty": the names its clause lists right after it, one word
        # between at most, as many as it says
        end = q.end + len(re.split(CLAUSE_MARKS, text[q.end :])[0])
        names = [m for m in ctx.parsed.entities if q.end <= m.start and m.end <= end]
        lead = text[q.end : min(m.start for m in names)].split() if names else []
        return len(names) == q.value and len(lead) <= TITLE_WORDS

    return {
        id(q)
        for q in ctx.parsed.quantities
        if q.unit is None
        and (
            within(q.start, q.end, groups)
            or any(s >= q.end and not text[q.end : s].strip() for s in nouns)
            or any(e <= q.start and not text[e : q.start].strip() for e in pronouns)
            or any(s >= q.end and not text[q.end : s].strip() and n == q.value for s, n in days)
            or names_counted(q)
        )
    }


def _numbers_beside_names(ctx: Context) -> set[int]:
    """The ids of the bare numbers set off right after a name ("To Lam, 68, met ...", "Orbán
    (62)"): an apposition of the person, most often an age, which no claim gives; a figure the
    claims must give, not a stray number."""
    text = ctx.parsed.text
    ends = [m.end for m in ctx.parsed.entities]
    return {
        id(q)
        for q in ctx.parsed.quantities
        if any(text[end : q.start].strip() in (",", "(") for end in ends if end <= q.start)
        and text[q.end :].lstrip()[:1] in (",", ")")
    }


def misdirected(world: World, ctx: Context, parts: list[Part]) -> set[tuple[int, int]]:
    """The spans of the names said right after a word of whom something is for ("approved $400m
    in ODA for the Board of Peace", "cho Hội đồng Hòa bình": `purpose_markers` in
    lexicon/<lang>/occasions.yaml) that no deciding claim with a beneficiary gives as it: the
    name is the beneficiary, which the claims' event or body it names in passing does not
    account for (Vietnam's package was approved at the Board of Peace meeting, not for it)."""
    given = {e for p in parts for c in p.decisive for r, e in c.qualifiers if r == "beneficiary"}
    if not given:
        return set()
    markers = phrase_keys("occasions", "purpose_markers", (ctx.parsed.lang,))
    ends = {e for _, e in phrase_spans(ctx.words, markers)}
    # only an article between ("for the Board of Peace", "cho các ...")
    gaps = {(), *phrase_keys("statements", "definite_groups", (ctx.parsed.lang,))}
    text = ctx.parsed.text
    return {
        (m.start, m.end)
        for m in ctx.parsed.entities
        if not set(m.ids) & given
        and any(end <= m.start and word_keys(text[end : m.start]) in gaps for end in ends)
    }


def self_thanked(world: World, ctx: Context, parts: list[Part]) -> list[Mention]:
    """The names said right after a word of thanks or praise (stance_words.thanks_words), an
    article at most between, that stand for the one who gives it, where no deciding claim of
    what he said has him as its addressee or counterparty: "'I thank the General Secretary
    ...,' Lam told Leahy", "Lam thanked Lam ..." have him thank himself, which the claims of
    his thanks to another do not say, though their speaker accounts for his name. A title
    stands for its one holder (World.holders), inside a speaker's quoted words or outside."""
    claims = [c for p in parts for c in p.decisive if c.speaker or c.stance]
    if not claims or ctx.stance is None:
        return []

    def holder(eid: str) -> set[str]:
        if world.type(eid) == PERSON:
            return {eid}
        holders = world.holders(eid) if world.type(eid) == ROLE_TYPE else set()
        return holders if len(holders) == 1 else set()

    # the one the statement has give it, whom the claims have give it too
    givers = holder(ctx.stance.speaker) & {c.speaker or c.subject for c in claims}
    taken = {
        e
        for c in claims
        for e in (c.object, *(v for r, v in c.qualifiers if r in PARTY_ROLES))
        if e
    }
    ends = [e for _, e in thanks_words(ctx.parsed.text, ctx.parsed.tokens)]
    gaps = {(), *phrase_keys("statements", "definite_groups", (ctx.parsed.lang,))}
    text = ctx.parsed.text
    found = []
    for end in ends:
        after = [m for m in ctx.parsed.entities if m.ids and m.start >= end]
        m = min(after, key=lambda m: m.start, default=None)
        if m is None or word_keys(text[end : m.start]) not in gaps:
            continue
        held = ctx.held_by.get((m.start, m.end))
        who = {held} if held else set().union(*map(holder, m.ids))
        if who and who <= givers - taken:
            found.append(m)
    return found


def _numbers_before_countries(world: World, ctx: Context) -> set[int]:
    """The ids of the bare numbers right before a country's name ("spoke with four Americans",
    "met nine Asians"): a count of its people that no count rule reads (a title or a counted
    noun after the name makes it one: "three US senators"), so a figure the claims must give,
    not a word the name accounts for."""
    text = ctx.parsed.text
    starts = [
        m.start
        for m in ctx.parsed.entities
        if m.ids and all(world.type(e) == COUNTRY for e in m.ids)
    ]
    return {
        id(q)
        for q in ctx.parsed.quantities
        if q.unit is None and any(s >= q.end and not text[q.end : s].strip() for s in starts)
    }


def bounds(world: World, report: DateSpan, parts: list[Part], mood: str) -> bool:
    """Whether the day a report was filed ("WASHINGTON (Feb. 20) -", "reported on February
    20") bounds the acts the deciding claims say rather than dating them: each is dated, a
    fact done by that day, a plan's act to come from it on ("HÀ NỘI (17/2) - ... sẽ sang Mỹ"
    of an 18-20 Feb trip). A statement in the mood of a plan (`mood`) is bounded by its plans
    alone: the facts beside them ("theo lời mời của ...") are its background, of any day. A
    title says who someone is, not when (its claim is dated by the occasion it was reported
    at), and an undated claim (where a meeting is held) is no act of a day: neither bounds
    anything, and some dated act must. A year of figures ("2026 figures") may be the year
    counted: no bound."""
    acts = [
        c
        for p in parts
        if p.predicate not in world.offices
        for c in p.decisive
        if c.time_start is not None
        and c.time_end is not None
        and (mood == "fact" or c.modality == "plan")
    ]
    if report.grain != "day" or not acts:
        return False

    # a day without a year is one of the claim's year ("Feb. 20" of a 2026 meeting)
    def on(d: dt.date) -> tuple[int, ...]:
        return (d.year, d.month, d.day) if report.year_known else (d.month, d.day)

    day = on(report.first)

    def bound(c: ClaimView) -> bool:
        assert c.time_start is not None and c.time_end is not None  # dated: acts above
        return on(c.time_start) >= day if c.modality == "plan" else on(c.time_end) <= day

    return all(map(bound, acts))


def unaccounted(world: World, ctx: Context, parts: list[Part], supported: bool) -> list[Uncovered]:
    """What the statement says that the deciding claims do not: entities, numbers, dates,
    unknown names. A bare count that no predicate could read ("the two countries", "hai
    bên") is grammar, not a figure to check."""
    covered = {e for p in parts for c in p.decisive for e in c.entities()}
    covered |= {e for p in parts for e in p.covers}
    covered |= ctx.affiliated
    covered |= world.named_within(covered)
    # "red tape is a weak spot in the relations": the opposite of a view or an act is a view or
    # an act of its own, whose words the claim turned over must account for as if it bore
    # that out; else it may be said of something else
    cue = ctx.parsed.negation
    opposite = not supported and cue is not None and cue.kind == "opposite"
    doers = {a for p in ctx.predications for a in p.agents}
    covered |= world.countries_said(
        [c for p in parts for c in p.decisive], doers, supported or opposite
    )
    # ... but the country of the one who does it is ("Vietnam accepted Trump's invitation"
    # of Tô Lâm's acceptance: assess.led)
    subjects = {c.subject for p in parts for c in p.decisive if world.type(c.subject) == PERSON}
    own = set().union(*map(world.seats, subjects))
    covered |= doers & own
    covered |= world.chambers(c for p in parts for c in p.decisive)
    miscounted, counted = counts(world, ctx, parts)
    covered |= counted
    # A capital lies in its country: "tại Mỹ" of a meeting in Washington, "flew to Washington"
    # of the trip to the meeting held there (the event's place); only where the claims give a
    # place, not a party ("a metro line in Hanoi" is not Vietnam's ODA). A country given as the
    # place does not say the capital ("visited Hanoi" of a visit to Vietnam is open).
    places = qualified(parts, PLACE_ROLES) | world.event_places(covered)
    covered |= world.with_countries(places)
    # A title says who someone is, not that he was there: beside a fact that does not name
    # him ("PM Hun Manet told Lam that Hungary had approved ..."), the person it describes is
    # accounted for only where the fact's occasion holds him.
    facts = [p for p in parts if p.predicate not in world.offices]
    named = {e for p in facts for c in p.decisive for e in c.entities()}
    named |= {e for p in facts for e in p.covers}
    described = {
        c.subject
        for p in parts
        if facts and p.predicate in world.offices
        for c in p.decisive
        if world.type(c.subject) == PERSON
    }
    # ... or where the claims bear out a body said to be his ("President Trump's Board of
    # Peace": he holds its office), which says of him what an office claim does
    covered -= described - named - ctx.affiliated
    covered |= reporter(world, ctx, parts)
    if not supported and cue is not None and cue.kind == "negation" and ctx.stance is not None:
        # only the speaker's own words refute his undertaking denied
        own = {
            c.qualifier("event")
            for p in parts
            for c in p.decisive
            if c.speaker == ctx.stance.speaker
        }
        covered |= _denied_around(world, ctx, own - {None})
    if any(not set(m.ids) & covered for m in ctx.parsed.entities):
        # "Orbán told Lam that ...": the people, place and event of the meeting the deciding
        # claims were reported at (factdb.check.occasion)
        teller = ctx.stance.speaker if ctx.stance is not None else None
        covered |= accounted_by_occasion(
            world.index, world.vocab, [c for p in parts for c in p.decisive], teller
        )
    used_quantities = {id(p.quantity) for p in parts if p.quantity is not None}
    used_quantities |= stay_lengths(world, ctx, parts)
    # "one of his first votes": a word the claims' sentences must say (details), no rank
    if supported or opposite:
        used_quantities |= {id(q) for q in set_ranks(ctx, parts)}
    used_quantities |= named_years(world, ctx, parts)
    readable = {id(q) for qs in ctx.quantities.values() for q in qs}
    used_dates = {id(d) for p in parts if (d := p.date) is not None}
    day = ctx.parsed.day_part
    borne = any(c.id in ctx.day_part_borne for p in parts for c in p.decisive)
    day_borne = day is not None and borne
    # "tối 19/2 giờ Hà Nội", "ngày 20/2 giờ Hà Nội": a place that names the clock of a part
    # of the day (or a day) borne out is part of that time, not a party the claims must name.
    clock = ctx.parsed.local_time if borne else None
    described = describing(world, ctx, own) | continuing(world, ctx, covered)
    described |= exchanged_sides(world, ctx, parts)
    described |= scope.programme_places(world, ctx, [c for p in parts for c in p.decisive])
    untitled = others_titles(world, ctx, parts, named)
    # a mention that stands for a holder is his ("the prime ministers of Hungary, Armenia and
    # Pakistan": each country its prime minister), however its own words are accounted for
    untitled |= misdirected(world, ctx, parts)
    loose = [
        m
        for m in ctx.parsed.entities
        if (
            ctx.held_by[(m.start, m.end)] not in covered
            if (m.start, m.end) in ctx.held_by
            else not set(m.ids) & covered or (m.start, m.end) in untitled | ctx.unheld
        )
        and (m.start, m.end) not in described
        and not (clock is not None and clock.start <= m.start and m.end <= clock.end)
    ]
    loose += [m for m in unborne_contents(world, ctx, parts) if m not in loose]
    if (supported or opposite) and loose:
        loose = unsaid(world, loose, parts)
    loose += [m for m in misslotted(world, ctx, parts) if m not in loose]
    if supported:
        loose += [m for m in bound_elsewhere(world, ctx, parts) if m not in loose]
        loose += [m for m in appositive_bodies(world, ctx) if m not in loose]
    loose += [m for m in self_thanked(world, ctx, parts) if m not in loose]
    # the name an ordinal stands beside ("the 14th Central Committee") is the member it
    # counts, which the ordinal is weighed for
    numbered = [(o.start, o.end) for o in ctx.parsed.ordinals]
    loose = [Uncovered("name", m.text) for m in loose if not within(m.start, m.end, numbered)]
    loose += ordinals(world, ctx, parts)
    # A count of the parties ("at least nine leaders", "không quá 5 lãnh đạo") is the count
    # rules' (counts, Judge._done_by_people), which say where it is not borne out, whether it
    # is bare or a bound: no figure a claim must give.
    # A set's size ("one of 100 US senators") is no count of parties: a figure a claim must give.
    sizes = set_sizes(ctx)
    used_quantities |= {id(q) for q, _ in ctx.parsed.counts if id(q) not in sizes}
    after_acts = _numbers_after_acts(ctx, parts) | _numbers_beside_names(ctx)
    after_acts |= _numbers_before_countries(world, ctx) | sizes
    grammar = grammar_numbers(ctx)
    loose += spanned_figures(
        world,
        ctx,
        parts,
        [
            q
            for q in ctx.parsed.quantities
            if id(q) not in used_quantities
            and (
                id(q) in readable
                or q.unit is not None
                or q.comparator is not None
                or id(q) in after_acts
                or id(q) not in grammar
            )
        ],
    )
    loose += [Uncovered("date", d.text) for d in ctx.parsed.dates if id(d) not in used_dates]
    loose += [
        Uncovered("date", d.text)
        for d in ctx.parsed.report_dates
        if not bounds(world, d, parts, ctx.parsed.modality)
    ]
    loose += other_weekdays(world, ctx, parts)
    loose += miscounted
    # A headline's capitalised stance verb ("Aliyev Impressed by ...") is who said it.
    said = ctx.stance.text if ctx.stance is not None else ""
    loose += [Uncovered("unknown", n) for n in ctx.parsed.unknown_names if n not in said]
    loose += ctx.unverified
    loose += foreign_bodies(world, ctx)
    if day is not None and not day_borne:
        loose.append(Uncovered("day-part", day.text))
    if supported:
        # An order between events, a clause of its own, a denial of a verb no predicate
        # reads, a speaker no claim has say it: things no claim says, which a contradiction
        # does not rest on.
        # The order the claims decided ("visited Cambodia before heading to Washington") is
        # theirs (earlier.ordered_parts).
        ordered = earlier.ordered_words(ctx, parts)
        aside = (ctx.parsed.ordering, ctx.parsed.aside)
        loose += [
            Uncovered("words", c.text)
            for c in aside
            if c is not None and not overlaps(c.start, c.end, ordered)
        ]
        loose += unsaid_speaker(world, ctx, parts)
        loose += outlets(world, ctx, parts)
        # what something is for ("sẽ được dùng cho các dự án y tế") or in what capacity
        # ("với tư cách quan sát viên"): no claim says it, unless what follows is a
        # predicate a part decides ("với tư cách thành viên sáng lập") or the content of
        # an invitation the deciding claims carry ("mời ... với tư cách thành viên sáng lập"),
        # or a name cueing a predicate a part bears out: a title, the office he acted in ("in
        # his capacity as founding chairman of the Board", "với tư cách Chủ tịch Hội đồng"), or
        # his party ("với tư cách người của đảng Dân chủ")
        decided = {p.predicate for p in parts}
        read = [t.start for t in ctx.parsed.triggers if t.target in decided]
        read += [c.start for c in ctx.parsed.contents]
        cued = {
            kind
            for p in parts
            if p.verdict == SUPPORTED
            for kind in world.vocab.predicates[p.predicate].cue_types
        }
        read += [m.start for m in ctx.parsed.entities if m.ids and world.type(m.ids[0]) in cued]
        loose += [
            Uncovered("words", ctx.parsed.text[c.start :].rstrip(" ."))
            for c in ctx.parsed.grammar
            if c.kind in ("purpose", "capacity_phrase") and not any(s >= c.end for s in read)
        ]
        if cue is not None and not denial_read(world, ctx, parts):
            loose.append(Uncovered("denial", cue.text))
        loose += unborne_changes(world, ctx, parts)
        text = ctx.parsed.text
        loose += [Uncovered("detail", text[s:e]) for s, e in details(world, ctx, parts)]
        loose += [Uncovered("detail", text[s:e]) for s, e in added_parties(world, ctx, parts)]
    elif opposite:
        assert cue is not None
        text = ctx.parsed.text
        # "chưa đạt tiến triển nào", "no progress whatsoever": a word that only stresses the
        # denial says no more than it, which the claim turned over refutes as it stands
        stressed = phrase_spans(ctx.parsed.tokens.words(), phrase_keys("polarity", "stressers"))
        loose += [
            Uncovered("detail", text[s:e])
            for s, e in details(world, ctx, parts)
            if not (cue.start < s and within(s, e, stressed) and _one_clause(text, cue.end, s))
        ]
        loose += [Uncovered("name", m.text) for m in said_of_another(world, ctx, parts, cue)]
    return list(dict.fromkeys(loose))


def _denied_around(world: World, ctx: Context, covered: set[str]) -> set[str]:
    """The views a denial's object is read as that wrap a programme `covered` names, of the
    speaker's own undertaking ("Lam said Vietnam would scale back cooperation on searches for
    US MIAs", of his stressing Vietnam's commitment to cooperate on the search): the denied
    undertaking's own words, not a view said beside it. The fact of the undertaking, said by
    no one, refutes no speaker's words ("Hagerty said ..."), nor a plan ("Vietnam will ...")."""
    found: set[str] = set()
    for m in ctx.parsed.entities:
        if not m.ids or any(world.type(e) != TOPIC for e in m.ids):
            continue
        inner = [
            o
            for o in ctx.parsed.entities
            if o is not m and m.start <= o.start and o.end <= m.end and set(o.ids) & covered
        ]
        if any(world.type(e) == PROGRAMME for o in inner for e in o.ids):
            found |= set(m.ids)
    return found


def spanned_figures(
    world: World, ctx: Context, parts: list[Part], figures: list[Quantity]
) -> list[Uncovered]:
    """The figures no part reads that no supported fact's claim gives in its spans' own words
    (World.figures_in_spans): one of the same unit and bounds is the claim's ("the more than
    30 years of relations" of a proposal whose words are "nền tảng quan hệ đã xây dựng hơn 30
    năm qua"), accounted for. Another is only a figure no claim gives: a span's figure says
    what it counts in words the statement need not share."""
    spanned = {
        (g.unit, _bounds(g))
        for p in parts
        if p.verdict == SUPPORTED and p.predicate not in world.offices
        for claim in p.decisive
        for g in world.figures_in_spans(claim)
    }
    return [Uncovered("figure", q.text) for q in figures if (q.unit, _bounds(q)) not in spanned]


def _bounds(q: Quantity) -> Interval:
    return Interval(q.low, q.high, q.low_open, q.high_open)


def unborne_changes(world: World, ctx: Context, parts: list[Part]) -> list[Uncovered]:
    """A figure said to have changed, which the claims that bear the figure out do not say
    changed: the old value it came from ("up from 100", "tăng từ 100": parse._drop_former_values)
    unless a claim of the figure's predicate gives it, and the words of a change ("raised to",
    "tăng ... lên": `changes` in lexicon/<lang>/statements.yaml) unless the deciding claims' own
    spans say one. A figure the source says was kept ("duy trì") is no rise from another."""
    figured = [p for p in parts if p.quantity is not None]
    if not figured:
        return []
    found = [
        Uncovered("figure", q.text)
        for q in ctx.parsed.former_values
        if not any(_gives(q, f.claim) for p in figured for f in p.considered)
    ]
    # a change denied ("did not cut", "không cắt giảm") says the figure stayed: the denial's
    negation = ctx.parsed.negation
    words = [
        c
        for c in ctx.parsed.grammar
        if c.kind == "change"
        and not (negation is not None and not ctx.parsed.text[negation.end : c.start].strip())
        # "gấp đôi 100 suất": a multiplier of the figure (numbers.yaml `factor`), no change
        and not any(q.start <= c.start and c.end <= q.end for q in ctx.parsed.quantities)
    ]
    if words:
        spanned: set[str] = set()
        for claim in (c for p in figured for c in p.decisive):
            spanned |= world.said_in_spans(claim)
        if not any(PHRASE_JOINER.join(k) in spanned for k in phrase_keys("statements", "changes")):
            found += [Uncovered("words", c.text) for c in words]
    return found


def _gives(q: Quantity, claim: ClaimView) -> bool:
    """Whether the claim's value lies inside the figure `q` says."""
    stated = Interval(q.low, q.high, q.low_open, q.high_open)
    return claim.interval is not None and compare_value(stated, claim.interval) == "value-inside"


def ordinals(world: World, ctx: Context, parts: list[Part]) -> list[Uncovered]:
    """The ordinals of numbered series the statement gives ("the 14th Central Committee",
    "Đại hội XIII") that the deciding claims do not account for: a claim names that member, or
    its own words (its spans) give that ordinal of the series. Where they give another of the
    same series and none of this one, it is `other-ordinal` (with the claim's words and id):
    another member than the sources give for that fact (factdb.check.ordinals). Only an
    ordinal after the verb of that claim's predicate (or, of a view, after its attribution) is
    what the fact was of ("re-elected general secretary of the 13th Central Committee"); one
    before it may describe a party ("General Secretary To Lam of the 13th Central Committee was
    re-elected": he was, and then re-elected to the 14th), which is left open. The claims of
    the act that began an office's term count too (terms)."""
    claims = [c for p in parts for c in p.decisive] + terms(world, ctx, parts)
    found: list[Uncovered] = []
    for o in ctx.parsed.ordinals:
        if any((o.series, o.value) in world.members_given(c) for c in claims):
            continue
        given = [(c, g) for c in claims for g in world.ordinals_in_spans(c) if g.series == o.series]
        verbs = {t.target for t in ctx.parsed.triggers if t.end <= o.start}
        # a view's verb is the attribution's ("thông tin về ... sau Đại hội XIII", "told Leahy
        # about ..."): an ordinal after it is what the view was of
        stance = ctx.stance
        told = stance is not None and stance.end <= o.start
        given = [(c, g) for c, g in given if c.predicate in verbs or (told and c.speaker)]
        if given:
            claim, other = given[0]
            found.append(Uncovered("other-ordinal", o.text, other.text, label=claim.id))
        else:
            found.append(Uncovered("ordinal", o.text))
    return found


@cache
def _term_acts() -> frozenset[str]:
    """The predicates of the acts that begin a term of an office (lexicon/world/offices.yaml
    `terms_begun_by`)."""
    return frozenset(load("world", "offices").get("terms_begun_by") or ())


def terms(world: World, ctx: Context, parts: list[Part]) -> list[ClaimView]:
    """The claims of the act that began the term of an office a part bears out (a re-election:
    `terms_begun_by` in lexicon/world/offices.yaml), where the title speaks of a time after
    it: the sources' now ("hiện là Tổng Bí thư khóa XIV"), or, before a name, an act the other
    parts bear out only with claims dated after it ("Tổng Bí thư khóa XIV Tô Lâm gặp Tổng thống
    Prabowo"). Their words say which member of a numbered series the term is (ordinals); a
    time before the act, or one the claims do not set after it, may be another term's."""
    offices = world.offices
    held = {
        (c.subject, c.qualifier(ROLE))
        for p in parts
        if p.predicate in offices and p.verdict == SUPPORTED
        for c in p.decisive
    }
    if not held:
        return []
    acts = [c for p in parts if p.predicate not in offices for c in p.decisive]
    titles = [a for a in decompose(ctx.parsed, world.vocab) if (a.subject, a.office) in held]
    now = {(a.subject, a.office) for a in titles if of_now(a, ctx.parsed, offices)}
    # a title of no tense, or one no assertion reads ("General secretary of the 14th Central
    # Committee To Lam met ..."), is said at the acts
    tensed = {(a.subject, a.office) for a in titles if a.tense != "unmarked"}
    at_acts = held - tensed if acts else set()
    begun = world.index.claims_naming(_term_acts(), {person for person, _ in held})
    return [
        c
        for found in begun.values()
        for c in found
        if c.polarity == "affirmed"
        and c.modality == "fact"
        and c.time_end is not None
        and (
            (key := (c.subject, c.qualifier(ROLE))) in now
            or (
                key in at_acts
                and all(a.time_start is not None and a.time_start > c.time_end for a in acts)
            )
        )
    ]


def said_of_another(world: World, ctx: Context, parts: list[Part], cue: Cue) -> list[Mention]:
    """The person or title right before the opposite of a view or an act, as its subject
    ("senators supported the war", "các thượng nghị sĩ từng ủng hộ cuộc chiến", "Lam had lost
    touch with lawmakers"), where it is not the deciding claims' speaker or subject: the
    opposite is then said of someone else. One word may stand between ("had", "từng"), but
    not one that opens what was said ("told Lam that ...": `complementizers`)."""
    people = [
        m
        for m in ctx.parsed.entities
        if m.end <= cue.start and any(world.type(e) in (PERSON, ROLE_TYPE) for e in m.ids)
    ]
    if not people:
        return []
    last = max(people, key=lambda m: m.end)
    between = [w for w, s, e in ctx.words if last.end <= s and e <= cue.start]
    if len(between) > 1 or any((w,) in _complementizers() for w in between):
        return []
    own = {e for p in parts for c in p.decisive for e in (c.speaker, c.subject) if e}
    holder = ctx.held_by.get((last.start, last.end))
    return [] if set(last.ids) & own or holder in own else [last]


@cache
def _complementizers() -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_keys("statements", "complementizers"))


def unborne_contents(world: World, ctx: Context, parts: list[Part]) -> list[Mention]:
    """The names inside an act said as another's content (ParsedStatement.contents: "invited
    Trump to visit Vietnam") that no deciding claim of that other act names itself, nor as the
    country of its capital, or as the place of an event it names. The
    content is the invitation's, so its place is the invitation's own destination; a country
    that stands for a party (Vietnam for Lam, of Trump's invitation to the Board of Peace)
    does not bear it out, nor does a claim of another part: the office a title beside it
    bears out ("Tổng thống Trump": the United States), the trip a visit kept a part does. A
    title inside it ("thư mời ... của Tổng thống Trump") is an assertion of its own, which its
    office part decides."""
    heads = {(c.start, c.end): c.target for c in ctx.parsed.contained}
    found: list[Mention] = []
    for content in ctx.parsed.contents:
        head = heads.get((content.start, content.end))
        named = {e for p in parts if p.predicate == head for c in p.decisive for e in c.entities()}
        # ... or as where an event it names was held ("invited Lam to visit Washington" of his
        # invitation to the Board of Peace meeting there); a capital lies in its country, but a
        # country does not say its capital ("invited Trump to visit Hanoi" is open)
        named = world.with_countries(named | world.event_places(named))
        # a name begun inside it is its own, though its dots end the clause ("visit the U.S.")
        found += [
            m
            for m in ctx.parsed.entities
            if content.start <= m.start < content.end
            and not set(m.ids) & named
            and not all(world.type(e) == ROLE_TYPE for e in m.ids)
            and m not in found
        ]
    return found


def _one_clause(text: str, start: int, end: int) -> bool:
    """Whether nothing from `start` to `end` breaks a clause or a sentence."""
    return not set(text[start:end]) & (CLAUSE_BREAKS | SENTENCE_ENDS)


def details(world: World, ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The statement's words that nothing read (ParsedStatement.loose_words) and the
    deciding claims do not account for: a detail it adds ("closed-door", "by video link").
    The words that give it to a speaker are the stance's, also where they name him again
    ("..., he told Lam"), and those of a noun of people whose members' words decide ("The
    leaders stressed ...": Context.voiced)."""
    stance = ctx.stance
    if stance is None and ctx.voiced is not None:
        stance = ctx.voiced[1] if any(c.speaker for p in parts for c in p.decisive) else None
    spans = stance.spans if stance is not None else []
    spans += counted_words(world, ctx, parts)
    spans += held_stances(ctx, parts)
    # "this week", "last year": the deciding claims fall in that period of the sources' time
    spans += windows.present_frames(world, ctx, parts)
    spans += windows.date_appositives(ctx.parsed)
    spans += earlier.ordered_words(ctx, parts)
    words = ctx.parsed.tokens.words()
    # words read as something else that are details here: a rank, and how or to whom the
    # words were said ("told reporters", which read alone frames the report)
    kept = [(q.start, q.end) for q in set_ranks(ctx, parts)]
    kept += said_details(ctx.parsed, stance) if stance is not None else []
    kept += _view_fields(world, ctx, parts)
    loose = [
        w
        for w in sorted(
            {*ctx.parsed.loose_words, *(w for w in words if within(w[1], w[2], kept))},
            key=lambda w: w[1],
        )
        if not any(s <= w[1] and w[2] <= e for s, e in spans)
    ]
    # a day told by a day of writing the statement does not give ("sáng nay") is no claim's
    # to say: a source's "nay" is the day it was published
    told = [(s, e) for s, e in undated_told(ctx.parsed) if not within(s, e, spans)]
    told += quoted_acts(world, ctx, parts)
    if not loose:
        return told
    # Titles alone of two people or more ("[title] A [verb] [title] B"): what links them is the
    # statement's main predication, and no title's claim reports it. The dozens of sentences
    # naming a title's holder would account for any verb between them ("chiêu đãi", "tiễn").
    people = {c.subject for p in parts for c in p.decisive}
    titles_only = all(p.predicate in world.offices for p in parts)
    linked = len(people) > 1 and titles_only
    claims = list({c.id: c for p in parts for c in p.decisive}.values())
    # Beside another part ("Tổng Bí thư Tô Lâm gặp Orbán tại sân bay"), a title's claim decides
    # only the title and the name it is given to: its dozens of sentences naming the holder
    # would account for any detail said of the other part ("sân bay", "và Phu nhân"). Words
    # outside the titles are the other parts' claims' to say, and those of the title's
    # sentences that name a party of theirs (World.said_naming).
    titles = (
        []
        if titles_only
        else [(a.start, a.end) for a in decompose(ctx.parsed, world.vocab) if a.kind == "office"]
    )
    untitled = [c for c in claims if c.predicate not in world.offices] if titles else claims

    def accounted(chosen: list[ClaimView], own: bool = False) -> set[str]:
        said: set[str] = set()
        for claim in chosen:
            said |= world.said_by(claim, read_sentences=not linked, own=own)
        return said

    said = accounted(claims)
    said_outside = accounted(untitled) if titles else said
    if titles:
        parties = _parties(untitled)
        for claim in claims:
            if claim not in untitled:
                said_outside |= world.said_naming(claim, parties - {claim.subject})
    text = ctx.parsed.text
    lang = ctx.parsed.lang
    # A modifier right before a title the vocabulary reads ("Phó Tổng Bí thư") makes it another
    # office: no claim's sentence accounts for it, though another of its words says "phó".
    roles = [m.start for m in ctx.parsed.entities if m.ids and world.type(m.ids[0]) == ROLE_TYPE]
    modifiers = {
        (s, e)
        for s, e in phrase_spans(loose, phrase_keys("statements", "title_modifiers"))
        if any(r >= e and not text[e:r].strip(" -–") for r in roles)
    }
    loose = [w for w in loose if (w[1], w[2]) not in modifiers]
    # The words that go on a title or say what its holder is ("là Chủ tịch Hội đồng Bảo an",
    # "là Tổng Thư ký"): an office the vocabulary does not read, which only a claim giving it
    # accounts for. An office claim's own words (its spans, names and label) may say them; the
    # dozens of sentences naming the holder around them may not ("bảo đảm" says no "Bảo").
    titled = _title_words(world, ctx, parts, loose)
    names = ctx.parsed.name_runs
    # A compound ("Hạ viện", "lower house") or a manner ("bí mật") is said only whole, as a
    # name is: the "viện" of "Thượng viện" in the claim's sentence does not say "Hạ viện", nor
    # the "Bí" of "Tổng Bí thư" the "bí" of "bí mật" (index.whole_phrases).
    whole = [
        (s, e)
        for s, e in phrase_spans(loose, map(word_keys, whole_phrases()))
        if not any(lo <= s and e <= hi for lo, hi in names)
    ]
    # ... and a title's run (its name, a whole phrase), the longest, is the title's to say
    runs = [*names, *whole, *ctx.parsed.title_details]
    title_runs = [r for r in runs if any(r[0] <= w[1] and w[2] <= r[1] for w in titled)]
    runs = [r for r in runs if r not in title_runs]
    title_runs = [r for r in title_runs if not any(within(*r, [o]) for o in title_runs if o != r)]
    loose = [w for w in loose if w not in titled]
    # An epithet of a person's standing ("long-serving", "veteran", "lâu năm", "kỳ cựu":
    # `epithets` in lexicon/<lang>/statements.yaml) is a fact of his career that only a deciding
    # claim's own span says: the sentence around it may say the word of something else
    # ("giải pháp lâu dài", a lasting solution, glossed "long-term")
    standing = [
        w
        for lo, hi in phrase_spans(loose, phrase_keys("statements", "epithets", (lang,)))
        if _beside_person(world, ctx, lo, hi)
        for w in loose
        if lo <= w[1] and w[2] <= hi
    ]
    loose = [w for w in loose if w not in standing]

    gap = partial(_adjacent, text)
    marked = marked_denials(ctx.parsed)

    def unaccounted(
        found: list[tuple[str, int, int]],
        runs: list[tuple[int, int]],
        inside: set[str],
        outside: set[str],
    ) -> list[tuple[int, int]]:
        """The runs of `found` (and `runs`) that the claims do not say: the words of a title,
        as `inside` says them; the others, as `outside` does."""
        unread: list[tuple[int, int]] = []
        for says, held in ((inside, True), (outside, False)):
            ws = [w for w in found if within(w[1], w[2], titles) == held]
            kept = [r for r in runs if within(*r, titles) == held]
            if ws or kept:
                unread += unread_details(ws, says, partial(glossed, lang), gap, kept, words, marked)
        return unread

    unread: list[tuple[int, int]] = []
    # A verb nothing read that a name opening its clause does ("Hegseth conveyed Lam's
    # invitation to Trump"): only a claim of that doer's says it, not the sentence of another
    # person's act that holds the word ("Tô Lâm đã chuyển lời ... mời": Lam's, not Hegseth's)
    # (either side of a symmetric act does it: "Hagerty and To Lam spoke in a call")
    bound = _bound_verbs(world, ctx, loose, runs)
    for verb, subjects in bound.items():
        own = [c for c in claims if set(_doers(world, c)) & set(subjects)]
        if {e for c in own for e in _doers(world, c)} >= set(subjects):
            unread += unaccounted([verb], [], accounted(own), accounted(own))
        else:
            unread.append((verb[1], verb[2]))
    unread += unaccounted([w for w in loose if w not in bound], runs, said, said_outside)
    # ... also where a word of it was read as something else ("Lam thoi" without its marks:
    # the "Lam" of Tô Lâm), its loose words are said only with it
    unread += [
        (lo, hi)
        for lo, hi in phrase_spans(words, map(word_keys, whole_phrases()))
        if len({w in loose for w in words if lo <= w[1] and w[2] <= hi}) == 2
        and PHRASE_JOINER.join(k for k, s, e in words if lo <= s and e <= hi)
        not in (said if within(lo, hi, titles) else said_outside)
    ]
    # A detail the statement attaches ("for students") must be said outside other facts' spans
    # of the sentence: there it is theirs ("200 scholarships a year for students").
    attached = _details_attached(loose, words, lang)
    if attached:
        own = accounted(claims, own=True)
        unread += unaccounted(attached, [], own, accounted(untitled, own=True) if titles else own)

    # What a topic is said to be of or for ("contributions to the war", "đóng góp cho ..."):
    # the topic's own words, which only the claims' spans say; the sentence around them may
    # say the word of something else ("khắc phục hậu quả chiến tranh")
    def spanned() -> set[str]:
        """The words the deciding claims' own spans say."""
        said: set[str] = set()
        for claim in claims:
            said |= world.said_in_spans(claim)
        return said

    if standing:
        unread += unread_details(
            standing, spanned(), partial(glossed, lang), gap, (), words, marked
        )
    # Words right after a topic's phrase narrow it ("trao đổi đoàn quân sự": military
    # delegations): the claims' sentences say them only as the statement writes them, with its
    # marks (the "quan" of "tầm quan trọng" is no "quân")
    narrowing = _topic_narrowings(world, ctx, loose)
    if narrowing:
        as_written = {
            (s, e): (marked_key(text[s:e]),) for _, s, e in narrowing if has_marks(text[s:e])
        }
        unread += unread_details(
            narrowing, said_outside, partial(glossed, lang), gap, (), words, as_written
        )
    complements = _topic_complements(world, ctx, loose, words)
    if complements:
        unread += unread_details(
            complements, spanned(), partial(glossed, lang), gap, (), words, marked
        )
    # A party named in words nothing read, listed before a named one ("gặp quân đội và các cơ
    # quan đại diện"): a party of the act, which only a deciding claim's own span says, whole
    listed = _listed_conjuncts(world, ctx, loose, words)
    if listed:
        conjuncts = [w for w in loose if within(w[1], w[2], listed)]
        glosses = partial(glossed, lang)
        unread += unread_details(conjuncts, spanned(), glosses, gap, listed, words, marked)
    # The words around a trigger a fact's own span says ("to DOUBLE bilateral trade"): only
    # that span says them, not the sentence around it (spanned_cues); so do the words of another
    # act no part decides ("tang gap ba kim ngach": "gấp ba" without its marks is "gặp bà")
    decided = {p.predicate for p in parts}
    acts = [
        w
        for t in ctx.parsed.triggers
        if t.target not in decided and t not in ctx.spanned
        for w in words
        if t.start <= w[1] and w[2] <= t.end
    ]
    around = _around_cues(ctx.spanned, [*loose, *acts], words, text)
    if around:
        unread += unread_details(
            around, _facts_spanned(world, parts), partial(glossed, lang), gap, (), words, marked
        )
    views = [c for c in claims if c.speaker]
    if views:
        # A degree said of a view ("thịnh vượng nhất khu vực", "the most prosperous") is the
        # view's own claims' to bear out: a title's claim's sentences ("TNS Daines": dozens
        # of them) may say the word of something else
        degrees = phrase_keys("statements", "view_degrees", (lang,))
        spans = phrase_spans(loose, [d for d in degrees if d])
        graded = [w for w in loose if any(s <= w[1] and w[2] <= e for s, e in spans)]
        own_view: set[str] = set()
        for claim in views:
            own_view |= world.said_by(claim, read_sentences=not linked)
        unread += unread_details(graded, own_view, partial(glossed, lang), gap, (), words, marked)
    if titled:
        own_words: set[str] = set()
        for claim in claims:
            own_words |= world.said_in_spans(claim) | world.said_by(claim, False)
        unread += unaccounted(titled, title_runs, own_words, own_words)
    found = {*modifiers, *unread, *told}
    # a word one pass finds alone that another finds in a run ("Da" of the name "Da Nang")
    return sorted(r for r in found if not any(o != r and within(*r, [o]) for o in found))


def _sides(world: World, claim: ClaimView) -> tuple[str | None, ...]:
    """Who does a claim's act: its subject, and the other party of a symmetric act (a call, a
    meeting), which either side does."""
    symmetric = world.vocab.predicates[claim.predicate].symmetric
    return (claim.subject, *([party_of(claim)] if symmetric else []))


def _doers(world: World, claim: ClaimView) -> tuple[str | None, ...]:
    """Who does a claim's act in its words: its sides (`_sides`) and its speaker."""
    return (*_sides(world, claim), claim.speaker)


def _bound_verbs(
    world: World, ctx: Context, loose: list[tuple[str, int, int]], runs: list[tuple[int, int]]
) -> dict[tuple[str, int, int], tuple[str, ...]]:
    """The words nothing read that stand first after a person's name opening their clause, a
    verb of his (assertions.subjects_of), with the people it binds: "conveyed" of "Hegseth
    conveyed ...", with nothing but fillers between ("has", "đã"). Not a word of a name's or
    a phrase's run."""
    text = ctx.parsed.text
    skipped = fillers().folded
    found = {}
    for w in loose:
        before = [m for m in ctx.parsed.entities if m.end <= w[1]]
        if not before or within(w[1], w[2], runs):
            continue
        # right after the name, or past words that only add a tense ("Hegseth has relayed")
        name = max(before, key=lambda m: m.end)
        if not all((k,) in skipped for k in word_keys(text[name.end : w[1]])):
            continue
        subjects = subjects_of(ctx.parsed, world.vocab, w[1], w[2])
        if set(name.ids) & set(subjects):
            found[w] = subjects
    return found


# The language the sources are written in (seeds/): a statement in it says their own words.
SOURCES_LANG = "vi"


def quoted_acts(world: World, ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The words of an act's trigger inside quotation marks ("'We will continue to coordinate
    closely ...,' Daines told Lam") that the spans of the claims deciding its part do not say,
    themselves or through a gloss: a quotation gives the words, and one of the predicate's other
    triggers ("prioritise", "ưu tiên") is another undertaking in other words. Fillers inside
    the trigger ("with", "với") are no words of the act. Only a statement in another language
    than the sources' is weighed, and only its words the glossary translates ("coordinate":
    "phối hợp"): a quote of a Vietnamese source is a translation, and a word the glossary
    gives no source phrase for ("visit", "partner") cannot be found in it. A quotation in the
    sources' language paraphrases them ("sát cánh cùng", "phối hợp trọn vẹn" of their "phối
    hợp chặt chẽ", "hợp tác đầy đủ"): not weighed yet."""
    inside = quoted(ctx.parsed.text)
    if not inside or ctx.parsed.lang == SOURCES_LANG:
        return []
    decided = {p.predicate: p for p in parts if p.decisive}
    words = ctx.parsed.tokens.words()
    folded = fillers().folded
    gap = partial(_adjacent, ctx.parsed.text)
    marked = marked_denials(ctx.parsed)
    glosses = partial(glossed, ctx.parsed.lang)
    found: list[tuple[int, int]] = []
    for t in ctx.parsed.triggers:
        part = decided.get(t.target)
        if t.kind != "trigger" or part is None or not within(t.start, t.end, inside):
            continue
        own = [w for w in words if t.start <= w[1] and w[2] <= t.end]
        acts = [w for w in own if (w[0],) not in folded and glosses((w[0],))]
        spanned: set[str] = set()
        for claim in part.decisive:
            spanned |= world.said_in_spans(claim)
        found += unread_details(acts, spanned, glosses, gap, (), own, marked)
    return found


def _title_words(
    world: World, ctx: Context, parts: list[Part], loose: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The loose words that name a title head's department, and those right after a title read
    with its holder, or after a copula said of a person or a title (only read words between),
    adjacent to each other (details): the rest of
    the title's name ("Chủ tịch Hội đồng Bảo an"), or a title nothing reads ("Trump là Tổng Thư
    ký"). The words of an act no part decides go on it too ("Hội đồng Thương mại Quốc tế": no
    trade figure). A copula said of anything else ("coi đó là minh chứng") gives no title."""
    text = ctx.parsed.text
    decided = {p.predicate for p in parts}
    acts = [
        w
        for t in ctx.parsed.triggers
        if t.target not in decided
        for w in ctx.parsed.tokens.words()
        if t.start <= w[1] and w[2] <= t.end
    ]
    holders = [
        m.end
        for m in ctx.parsed.entities
        if any(world.type(e) in (PERSON, ROLE_TYPE) for e in m.ids)
    ]
    ends = [a.end for a in decompose(ctx.parsed, world.vocab) if a.kind == "office"]
    # an act's verb between the holder and the copula makes it another clause's ("Daines hailed
    # Vietnam's joining the Board as proof of ..."): no title of his
    verbs = [(t.start, t.end) for t in ctx.parsed.triggers if t.kind == "trigger"]
    ends += [
        c.end
        for c in ctx.parsed.grammar
        if c.kind == "copula"
        and any(
            end <= c.start
            and not any(end <= w[1] and w[2] <= c.start for w in loose)
            and not any(end <= s and e <= c.start for s, e in verbs)
            and not any(ch in ",;:.!?" for ch in text[end : c.start])
            for end in holders
        )
    ]
    # the department a title head names, wherever the head stands (parse._title_qualifiers)
    found = [w for w in loose if within(w[1], w[2], ctx.parsed.title_details)]
    for end in ends:
        for w in sorted({*loose, *acts}, key=lambda w: w[1]):
            if w[1] < end:
                continue
            if text[end : w[1]].strip(" -–"):
                break
            found.append(w)
            end = w[2]
    return list(dict.fromkeys(found))


def added_parties(world: World, ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The spans of the parties a list joiner adds to one the act's claims give ("greetings to
    Trump and the American people", "tới Tổng thống Trump và Phu nhân", "wished Lam and the
    Vietnamese government a happy Tet") that those claims do not give: whom an act went to is
    what its own span says ("tới Tổng Bí thư và nhân dân Việt Nam"), or a party it names; the
    sentence around the span may name someone else's part ("và lời mời Tổng thống cùng Phu
    nhân"), and the country of a party (World.countries_said) is not its people. The added
    party runs over names, determiners, the words nothing read and the words of an act no part
    decides before its name ("các thành viên Nội các", "ông Hagerty diễn ra" ends at the name),
    and the nouns of a country's people beside a name
    (`slot_people` in lexicon/<lang>/synonyms.yaml: "people", "chính phủ")."""
    claims = list(
        {c.id: c for p in parts if p.predicate not in world.offices for c in p.decisive}.values()
    )
    if not claims:
        return []
    known = set(_parties(claims))
    # whom it was done to: not who did it, the speaker of a view
    parties = known - {c.speaker or c.subject for c in claims}
    joiners = [c for c in ctx.parsed.grammar if c.kind == "list_joiner"]
    mentions = [m for m in ctx.parsed.entities if m.ids]
    text = ctx.parsed.text
    # ... after the act's verb (or the words of a thanks or a praise: "Lam thanked Hun Sen and
    # ..."), in its clause: not one who does it ("Macinka and Lam agreed", "Hagerty said
    # Congress and the US government will ...": a verb of saying is no act done to them)
    predicates = {c.predicate for c in claims}
    verbs = [t.end for t in ctx.parsed.triggers if t.target in predicates]
    verbs += [e for _, e in thanks_words(ctx.parsed.text, ctx.parsed.tokens)]

    loose = {(s, e) for _, s, e in ctx.parsed.loose_words}
    markers = set(phrase_spans(ctx.words, phrase_keys("statements", "recipient_markers")))

    def added(j: Cue, m: Mention) -> bool:
        """Whether `j` joins another party to `m`, one the act is done to: right after the
        act's verb, only its markers and titles between ("greetings to President Trump"),
        no words of another act ("hoped to return to Vietnam and sent wishes to Lam")."""
        party = set(m.ids) & parties or ctx.held_by.get((m.start, m.end)) in parties
        return (
            bool(party)
            and m.end <= j.start
            and not text[m.end : j.start].strip()
            and any(
                v <= m.start
                and not set(text[v : j.start]) & BREAKS
                and not any(v <= s and e <= m.start for s, e in loose - markers)
                for v in verbs
            )
        )

    after_party = [j for j in joiners if any(added(j, m) for m in mentions)]
    if not after_party:
        return []
    named = [(m.start, m.end) for m in mentions]
    said: set[str] = set()
    for claim in claims:
        said |= world.said_in_spans(claim)
        known |= world.names_in_spans(claim)
    # the chamber a committee of the claims is of, said after the list of its committees ("Ủy
    # ban Đối ngoại và Ủy ban Chuẩn chi của Thượng viện Mỹ"), is whose they are, no party added
    known |= world.chambers(claims)
    lang = ctx.parsed.lang
    # the small words of a noun phrase: articles, possessives, plural markers
    listed = [
        *phrase_keys("synonyms", "slot_determiners", (lang,)),
        *phrase_keys("statements", "title_fillers", (lang,)),
        *phrase_keys("statements", "plural_markers", (lang,)),
    ]
    determiners = {k for w in listed for k in w}
    decided = {p.predicate for p in parts}
    acts = [(t.start, t.end) for t in ctx.parsed.triggers if t.target not in decided]
    words = ctx.words
    # the nouns of a country's people or government ("the American people", "chính phủ Mỹ")
    nouns = phrase_spans(words, phrase_keys("synonyms", "slot_people", (lang,)))
    # ... and of someone by his relation to a name ("gia đình", "his wife", "the delegation")
    nouns += [(c.start, c.end) for c in ctx.parsed.grammar if c.kind == "relation"]
    found: list[tuple[int, int]] = []
    for joiner in after_party:
        first = next((i for i, w in enumerate(words) if w[1] >= joiner.end), len(words))
        content: list[tuple[str, int, int]] = []
        names: list[Mention] = []
        i = first
        while i < len(words):
            key, s, e = words[i]
            if set(text[words[i - 1][2] : s]) & BREAKS:
                break
            if within(s, e, named):
                names += [m for m in mentions if m.start <= s and e <= m.end and m not in names]
            elif key in determiners:
                pass
            elif within(s, e, nouns):
                content.append(words[i])
            elif ((s, e) in loose or within(s, e, acts)) and not names:
                if i == first and text[s:e].islower():
                    break  # a verb going on the clause ("and sent wishes"), no party
                content.append(words[i])
            else:
                break
            i += 1
        unnamed = [(m.start, m.end) for m in names if not set(m.ids) & known]
        unsaid = unread_details(
            content,
            said,
            partial(glossed, lang),
            partial(_adjacent, text),
            marked=marked_denials(ctx.parsed),
        )
        found += unnamed + unsaid
    return found


# The qualifiers naming whom or where an act was done to (a counterparty, an addressee, a
# destination): its parties besides its subject and object, which no event or place merely
# framing it is ("Hội đồng Hòa bình", "Washington": most of the title's sentences name them).
PARTY_ROLES = frozenset({*DIRECTED, ADDRESSEE, "destination"})


def _parties(claims: list[ClaimView]) -> frozenset[str]:
    """The subjects, objects and PARTY_ROLES of `claims` (details)."""
    return frozenset(
        e
        for c in claims
        for e in (c.subject, c.object, *(v for r, v in c.qualifiers if r in PARTY_ROLES))
        if e
    )


# How many words may stand between a word of a set and its ordinal ("một trong những lá phiếu
# quan trọng đầu tiên").
RANK_SET_REACH = 5
# comparators that shut a count above (`op` in lexicon/<lang>/numbers.yaml): it says no more
SHUT_ABOVE = frozenset({"eq", "le", "lt"})


def _view_fields(world: World, ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The triggers of acts that name the field of cooperation a view is of, in a statement
    decided by views alone: "Lam told Hegseth trade cooperation was still in its infancy",
    "hợp tác thương mại chỉ là lĩnh vực thứ yếu" name it with the trade verb's trigger right
    beside a word of cooperation (`view_field_heads` of the statements lexicon), which the view's
    claims must say as they say any other word ("hợp tác quốc phòng" says no trade); read as a
    trigger it would pass unseen."""
    predicates = world.vocab.predicates
    if not parts or any(TOPIC not in predicates[p.predicate].cue_types for p in parts):
        return []
    words = ctx.parsed.tokens.words()
    heads = phrase_spans(words, phrase_keys("statements", "view_field_heads", (ctx.parsed.lang,)))
    text = ctx.parsed.text
    return [
        (t.start, t.end)
        for t in ctx.parsed.triggers
        if t.kind == "trigger"
        and any(
            (t.end <= s and _adjacent(text, t.end, s))
            or (e <= t.start and _adjacent(text, e, t.start))
            for s, e in heads
        )
    ]


def set_ranks(ctx: Context, parts: list[Part]) -> list[Quantity]:
    """The ordinals no part reads that words of a set stand before, RANK_SET_REACH words at
    most and no clause between ("one of his first votes", "một trong những lá phiếu đầu tiên":
    statements.yaml rank_sets): one of the first is no rank a claim must give, but a word its
    sentence must say (details). "His first vote" stays a rank of its own."""
    used = {id(p.quantity) for p in parts if p.quantity is not None}
    return _after_sets(
        ctx, [q for q in ctx.parsed.quantities if q.unit == "rank" and id(q) not in used]
    )


def set_sizes(ctx: Context) -> set[int]:
    """The bare counts that words of a set stand before as set_ranks' ordinals do ("one of 20
    founding members", "among a dozen", "một trong 20 thành viên sáng lập"): the size of the set
    the subject is said to be one of, a figure the claims must give, not grammar ("the two
    countries")."""
    bare = [q for q in ctx.parsed.quantities if q.unit is None and q.comparator is None]
    return {id(q) for q in _after_sets(ctx, bare)}


def _after_sets(ctx: Context, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities a word of a set (statements.yaml rank_sets) stands before, RANK_SET_REACH
    words at most and no clause between."""
    if not quantities:
        return []
    words = ctx.parsed.tokens.words()
    sets = phrase_spans(words, phrase_keys("statements", "rank_sets"))
    text = ctx.parsed.text
    return [
        q
        for q in quantities
        if any(
            e <= q.start
            and sum(e <= w[1] and w[2] <= q.start for w in words) <= RANK_SET_REACH
            and not any(ch in ",;:.!?" for ch in text[e : q.start])
            for _, e in sets
        )
    ]


# How many words after a detail marker its detail may run ("for Vietnamese students").
DETAIL_REACH = 3


def _details_attached(
    loose: list[tuple[str, int, int]], words: list[tuple[str, int, int]], lang: str
) -> list[tuple[str, int, int]]:
    """The loose words within DETAIL_REACH words after a detail marker (statements.yaml
    detail_markers: "for", "in", "cho", "trong"), which attach a detail to what is said."""
    ends = {e for _, e in phrase_spans(words, phrase_keys("statements", "detail_markers", (lang,)))}
    after = {
        (key, start, end)
        for i, (key, start, end) in enumerate(words)
        if any(e in ends for _, _, e in words[max(0, i - DETAIL_REACH) : i])
    }
    return [w for w in loose if w in after]


def _around_cues(
    cues: list[Cue],
    loose: list[tuple[str, int, int]],
    words: list[tuple[str, int, int]],
    text: str,
) -> list[tuple[str, int, int]]:
    """The words of `loose` (words nothing read, or an undecided act's) within DETAIL_REACH
    words before or after one of `cues`, with no clause mark between: what is said of the act
    the cue names ("to double bilateral trade")."""
    near = set()
    for cue in cues:
        before = [w for w in words if w[2] <= cue.start][-DETAIL_REACH:]
        after = [w for w in words if w[1] >= cue.end][:DETAIL_REACH]
        near |= {
            w
            for w in (*before, *after)
            if not any(ch in ",;:.!?" for ch in text[min(w[2], cue.end) : max(w[1], cue.start)])
        }
    return [w for w in loose if w in near]


def _listed_conjuncts(
    world: World, ctx: Context, loose: list[tuple[str, int, int]], words: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The runs of loose words right after an act's verb that a list joiner ("và", "and")
    joins to a party's name right after it (a person, a title, a country, a body: "met the army
    and Vietnam's missions", "gặp quân đội và các cơ quan đại diện"): the first conjunct of the
    act's parties, words the vocabulary does not read, each of which needs its own support
    (details). Read words (fillers: "the") may stand among them; at most one word stands
    between the joiner and the name. Not a run that, with the place the name ends with ("tại
    Mỹ", shared by the list), is a party's name the vocabulary knows ("cộng đồng người Việt
    ... tại Mỹ"): a party of its own, whose words the claims account for as any others."""
    joiners = list_joiners(ctx.parsed.lang)
    text = ctx.parsed.text
    parties = {PERSON, ROLE_TYPE, COUNTRY, *BODY_TYPES}
    names = sorted(
        (m for m in ctx.parsed.entities if all(world.type(e) in parties for e in m.ids)),
        key=lambda m: m.start,
    )
    read = [(m.start, m.end) for m in ctx.parsed.entities]
    read += [(t.start, t.end) for t in ctx.parsed.triggers]
    found = []
    for t in ctx.parsed.triggers:
        if t.kind != "trigger":
            continue
        after = [w for w in words if w[1] >= t.end]
        run: list[tuple[str, int, int]] = []
        for i, w in enumerate(after):
            if any(s <= w[1] < e for s, e in read) or set(text[t.end : w[1]]) & BREAKS:
                break
            keys = tuple(k for k, _, _ in after[i:])
            joiner = next((j for j in joiners if keys[: len(j)] == j), None)
            if joiner is not None and run:
                end = after[i + len(joiner) - 1][2]
                name = next((n for n in names if n.start >= end), None)
                if (
                    name is not None
                    and len(text[end : name.start].split()) <= 1
                    and not _shares_place(world, ctx, (after[0][1], run[-1][2]), name)
                ):
                    found.append((run[0][1], run[-1][2]))
                break
            if w in loose:
                run.append(w)
    return found


def _shares_place(world: World, ctx: Context, run: tuple[int, int], name: Mention) -> bool:
    """Whether the words of `run` (start, end; "bà con người Việt", a filler among them), with
    the place `name` ends with after a locative ("các cơ quan đại diện Việt Nam tại Mỹ": "tại
    Mỹ"), are a name the vocabulary knows."""
    said = word_keys(ctx.parsed.text[run[0] : run[1]])
    inside = [w for w in ctx.words if name.start <= w[1] and w[2] <= name.end]
    return any(
        said + tuple(k for k, _, _ in inside[i:]) in world.vocab.phrases.entries
        for i, (key, _, _) in enumerate(inside)
        if (key,) in world.vocab.locatives
    )


def _topic_narrowings(
    world: World, ctx: Context, loose: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The run of loose words right after a topic's phrase, only spaces between: they narrow
    what the topic names ("tầm quan trọng của việc duy trì trao đổi đoàn quân sự")."""
    text = ctx.parsed.text
    ends = {m.end for m in ctx.parsed.entities if any(world.type(e) == TOPIC for e in m.ids)}
    found: list[tuple[str, int, int]] = []
    for w in sorted(loose, key=lambda w: w[1]):
        if any(end <= w[1] and not text[end : w[1]].strip() for end in ends):
            found.append(w)
            ends.add(w[2])  # the run goes on: "quân sự", each word after the one before
    return found


def _topic_complements(
    world: World,
    ctx: Context,
    loose: list[tuple[str, int, int]],
    words: list[tuple[str, int, int]],
) -> list[tuple[str, int, int]]:
    """The loose words within DETAIL_REACH words after a view's topic followed by one of
    `topic_complements` (statements.yaml: "to", "cho"), which say what the topic is of."""
    markers = phrase_spans(
        words, phrase_keys("statements", "topic_complements", (ctx.parsed.lang,))
    )
    topics = [m.end for m in ctx.parsed.entities if any(world.type(e) == TOPIC for e in m.ids)]
    # right after the topic: a marker before it ("Ông Leahy cho biết ...", whose topic comes
    # later) opens nothing, though the slice from the topic's end back to it is empty too
    opened = {
        e
        for s, e in markers
        if any(end <= s and not ctx.parsed.text[end:s].strip() for end in topics)
    }
    after = {
        w
        for i, w in enumerate(words)
        if any(e in opened for _, _, e in words[max(0, i - DETAIL_REACH) : i])
    }
    return [w for w in loose if w in after]


def stay_lengths(world: World, ctx: Context, parts: list[Part]) -> set[int]:
    """The lengths of stay the statement gives ("a three-day visit", "kéo dài ba ngày": a
    figure in days), by id, that a deciding event's first and last days span exactly: borne
    out. Never refuted (a visit recurs: "a five-day trip" may be another), and a stay bounded
    only by a month part ("đầu tháng 2") has no length. A length said of the verb of an act a
    part decides ("during a three-day visit, met ...") is that act's: every claim deciding it
    must span it, not another claim of the statement (the meeting's), nor one visit of several
    its words may be."""

    def spans(own: list[Part]) -> set[int]:
        return {
            (c.time_end - c.time_start).days + 1
            for p in own
            for c in p.decisive
            if c.time_start
            and c.time_end
            and c.time_grain in ("day", "range")
            and world.vocab.predicates[c.predicate].time_role == OCCASION
        }

    def borne(q: Quantity) -> bool:
        act = _act_of(ctx, q)
        own = [p for p in parts if p.predicate == act]
        # an act no part decides ("chuyến đi ... kéo dài": a trip read as the visit) leaves
        # the length to every deciding event
        return spans(own) == {q.low} if own else q.low in spans(parts)

    return {
        id(q) for q in ctx.parsed.quantities if q.unit == "day" and q.low == q.high and borne(q)
    }


def _act_of(ctx: Context, quantity: Quantity) -> str | None:
    """The predicate of the verb nearest `quantity` with nothing breaking the clause between
    them ("a three-day visit", "chuyến thăm kéo dài ba ngày"), if any."""
    text = ctx.parsed.text
    near = [
        (t.start - quantity.end if t.start >= quantity.end else quantity.start - t.end, t.target)
        for t in ctx.parsed.triggers
        # not a word of the figure itself ("ba ngày")
        if not overlaps(t.start, t.end, [(quantity.start, quantity.end)])
        and not set(text[min(t.end, quantity.end) : max(t.start, quantity.start)]) & BREAKS
    ]
    return min(near)[1] if near else None


def named_years(world: World, ctx: Context, parts: list[Part]) -> set[int]:
    """The years the statement counts ("the 30th anniversary", "30 years of ties"), by id, that
    the name of something a deciding claim names holds ("Senate resolution commemorating the
    30th anniversary of ..."): the name's, as its words are. Never refuted: another count is
    only a figure no claim gives."""
    names = [
        f"{info.name_en} {info.name_vi}"
        for e in {e for p in parts for c in p.decisive for e in c.entities()}
        if (info := world.vocab.entities.get(e)) is not None
    ]
    counted = {float(n) for name in names for n in re.findall(r"\d+", name)}
    return {
        id(q)
        for q in ctx.parsed.quantities
        if q.unit == "year" and q.comparator is None and q.low == q.high and q.low in counted
    }


def other_weekdays(world: World, ctx: Context, parts: list[Part]) -> list[Uncovered]:
    """ "on Thursday": a weekday no deciding event's day falls on (factdb.check.weekdays). It
    places the statement on another day, so it keeps a denial or another party's words from
    a contradiction as much as it keeps a fact from support; an office held on a day is no
    event of that day."""
    if not ctx.parsed.weekdays:
        return []
    decisive = {c.id: c for p in parts for c in p.decisive}.values()
    if windows.starts_stay(ctx):  # "will fly to the US on Wednesday": the stay's first day
        decisive = [windows.first_day(c) for c in decisive]
    days = [
        (c.time_start, c.time_end, windows.elsewhere(world, c, ctx))
        for c in decisive
        if c.time_start
        and c.time_end
        and world.vocab.predicates[c.predicate].time_role in ("value", OCCASION)
    ]
    held = weekdays_accounted(days)
    text = ctx.parsed.text
    return [Uncovered("date", text[s:e]) for n, s, e in ctx.parsed.weekdays if n not in held]


def bound_elsewhere(world: World, ctx: Context, parts: list[Part]) -> list[Mention]:
    """The persons a verb binds after it (Predication.patients: "invited Trump, his wife and
    Hegseth", "the visits of Hegseth and Greer") that a deciding claim of another act names
    and no claim of the verb's own act does: Hegseth's own visit does not make him an invitee,
    nor Lam's reception of Greer a visit of his. Only where a part with claims decides the
    verb's act; a verb read as several acts ("talks to Leahy by phone": a meeting or a call)
    binds him to any of them. Not one who does another act the statement reads ("announced
    that Lam would go to ...": the doer of what was announced), nor a name before a possessive
    ("announced Lam's trip": it owns the noun after it) or after one ("tham gia Hội đồng Hòa
    bình của ông Trump"). A person stands for the country he holds office of ("congratulated
    Pashinyan" of the congratulations to Armenia: World.seats)."""
    own: dict[str, set[str]] = {}
    # the acts whose claims name the persons they were done to ("invited Trump", "invited
    # Melania Trump"): another person listed with them is none of theirs, though the
    # encounter the act was reported at holds him (accounted_by_occasion); an act done to a
    # body ("asked Congress to keep funding ...", in the call with Daines) may be asked of
    # the one it was said to
    done_to: set[str] = set()
    for p in parts:
        if p.decisive:
            own.setdefault(p.predicate, set()).update(e for c in p.decisive for e in c.entities())
            own[p.predicate] |= p.covers
            others = _parties(p.decisive) - {c.subject for c in p.decisive}
            if any(world.type(e) == PERSON for e in others):
                done_to.add(p.predicate)
    marks = load(ctx.parsed.lang, "statements").get("possessive_names", {}).get("marks") or ()
    readings: dict[tuple[int, int], set[str]] = {}
    for act in ctx.predications:
        readings.setdefault((act.start, act.end), set()).update(own.get(act.predicate, ()))
    doers = {a for act in ctx.predications for a in act.agents}
    # "tham gia Hội đồng Hòa bình của ông Trump": the owner of a noun after the verb
    owners = {
        k for w in phrase_keys("statements", "possessive_fillers", (ctx.parsed.lang,)) for k in w
    }

    def owned(start: int, end: int) -> bool:
        return any(key in owners for key, s, e in ctx.words if start <= s and e <= end)

    def elsewhere(act_span: tuple[int, int], eid: str) -> bool:
        return any(eid in names for (s, e), names in readings.items() if (s, e) != act_span)

    # "welcomed Hegseth's and Greer's visits": the owners before the act's noun do it
    # (assertions._owned_acts); Lâm's reception of Greer makes no visit of his
    possessed = frozenset(load(ctx.parsed.lang, "statements").get("done_by_possessive") or ())
    owners_bound = [
        m
        for act in ctx.predications
        if act.predicate in own and act.predicate in possessed
        for m in ctx.parsed.entities
        if m.end <= act.start
        and set(m.ids) & set(act.agents)
        and any(elsewhere((act.start, act.end), e) for e in m.ids)
        and not any({e, *world.seats(e)} & readings[(act.start, act.end)] for e in m.ids)
    ]
    return owners_bound + [
        m
        for act in ctx.predications
        if act.predicate in own and act.patient_kind == PERSON
        for m in ctx.parsed.entities
        if m.start >= act.end
        and set(m.ids) & set(act.patients)
        and not set(m.ids) & doers
        and all(world.type(e) == PERSON for e in m.ids)
        and (act.predicate in done_to or any(elsewhere((act.start, act.end), e) for e in m.ids))
        and not any({e, *world.seats(e)} & readings[(act.start, act.end)] for e in m.ids)
        and not ctx.parsed.text[m.end :].startswith(tuple(marks))
        and not owned(act.end, m.start)
    ]


# How many words an apposition after a name may hold ("a senior CPV figure", "một lãnh đạo
# cấp cao của ĐCSVN"): a longer run after the comma is a clause of its own.
APPOSITION_WORDS = 8


def appositive_bodies(world: World, ctx: Context) -> list[Mention]:
    """The bodies named in an apposition set off by commas right after a person's name, with a
    noun of a role in them ("Hun Manet, a CPV leader,", "Hun Manet, một lãnh đạo ĐCSVN,":
    `appositive_roles` in lexicon/<lang>/statements.yaml), or joined to the name before it by
    such a noun alone ("CPV leader Hun Manet", "lãnh đạo ĐCSVN Hun Manet"), where no claim
    gives the person an office or a seat in that body: the apposition asserts his role there,
    which another's office in it (Tô Lâm's, of the CPV) does not bear out."""
    roles = phrase_keys("statements", "appositive_roles", (ctx.parsed.lang,))
    if not roles:
        return []
    text = ctx.parsed.text
    words = ctx.words
    found = []
    for person in ctx.parsed.entities:
        if not person.ids or any(world.type(e) != PERSON for e in person.ids):
            continue
        held = _bodies_of(world, set(person.ids))
        bodies = [
            m
            for m in ctx.parsed.entities
            if m.ids and all(world.type(e) in BODY_TYPES for e in m.ids) and not set(m.ids) & held
        ]
        if text[person.end :].lstrip().startswith(","):
            start = text.index(",", person.end) + 1
            close = min(
                (i for i in (text.find(ch, start) for ch in (",", *SENTENCE_ENDS)) if i >= 0),
                default=len(text),
            )
            inside = [w for w in words if start <= w[1] and w[2] <= close]
            # an apposition names a role, short and with no act of its own ("Theo nghị sĩ
            # Daines, việc Việt Nam tham gia ...": a clause, not an apposition)
            named = phrase_spans(inside, roles)
            acts = [
                t
                for t in ctx.parsed.triggers
                if start <= t.start < close and not within(t.start, t.end, named)
            ]
            if named and len(inside) <= APPOSITION_WORDS and not acts:
                found += [m for m in bodies if start <= m.start and m.end <= close]
        for m in bodies:
            if m.end > person.start:
                continue
            # the words between the body and the name, or before the body, are a role's alone
            between = [w for w in words if m.end <= w[1] and w[2] <= person.start]
            if between and _all_roles(between, roles):
                found.append(m)
            before = [w for w in words if w[2] <= m.start][-2:]
            if not text[m.end : person.start].strip() and any(
                _all_roles(before[len(before) - n :], roles) for n in (1, 2)
            ):
                found.append(m)
    return found


def _all_roles(words: list[tuple[str, int, int]], roles: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `words` are one role noun of `roles`, whole."""
    return tuple(k for k, _, _ in words) in set(roles)


def _bodies_of(world: World, people: set[str]) -> set[str]:
    """The bodies and countries where the claims give one of `people` an office, ever, or a
    seat as a member (`memberships` in lexicon/world/offices.yaml), with the countries those
    bodies are of."""
    seats = load("world", "offices").get("memberships") or ()
    claims = world.index.claims_naming({*world.offices, *seats}, people)
    bodies = {c.object for found in claims.values() for c in found if c.subject in people}
    return world.countries_of({b for b in bodies if b}) | {b for b in bodies if b}


def misslotted(world: World, ctx: Context, parts: list[Part]) -> list[Mention]:
    """The events (or their bodies) the statement names as what the act was about, where it
    went or what it was for (occasion.slot_before: "congratulated Lam on the Board of Peace
    meeting", "invited Pashinyan to the Board of Peace", "ODA cho Hội đồng Hòa bình") that the
    deciding claims give only as their occasion, where the act was done: an occasion the act
    was done on the days of is no topic; it is a destination or a purpose only where the claim
    leaves those slots empty or the event was held in its destination ("flew to the US for the
    Board of Peace meeting").
    Otherwise no claim says it, and the name is left to account for."""
    facts = [c for p in parts if p.predicate not in world.offices for c in p.decisive]
    # a meeting, a summit; not a body, which an act may be about ("invited him to join it")
    occasions = {e for c in facts if (e := world.occasion_event(c)) and world.type(e) == EVENT}
    if not occasions:
        return []
    # named by a claim in another role (its party, its destination): that role accounts for it
    others = {e for c in facts for e in c.entities() if e not in occasions}
    slots = {"destination": ("destination",), "purpose": ("destination", "beneficiary")}

    def fits(claim: ClaimView, event: str, slot: str) -> bool:
        if slot == "topic":
            # an act done on the event's days was done at it; one done at another time may
            # be about it ("voted early on against the end of the war")
            days = world.occasion_window(event)
            start, end = claim.time_start, claim.time_end
            return not (days and start and end and days[0] <= start and end <= days[1])
        filled = {v for role in slots[slot] if (v := claim.qualifier(role))}
        if not filled:
            return True
        held = world.event_places({event})
        held |= {world.capitals[p] for p in held if p in world.capitals}
        return bool(held & world.countries_of(filled) or event in filled)

    found = []
    for m in ctx.parsed.entities:
        named = set(m.ids)
        events = {e for e in occasions if e in named or named & world.named_within({e})}
        if not events or named & others:
            continue
        # the words of its own clause only
        opens = max(ctx.parsed.text.rfind(c, 0, m.start) for c in BREAKS) + 1
        slot = slot_before([w for w, s, e in ctx.words if opens <= s and e <= m.start])
        after = [w for w, s, _ in ctx.words if s >= m.end][:1]
        # "on Gaza Board sidelines": the marker is of the noun after it, which says where
        if slot is None or any((w,) in phrase_keys("occasions", "sides") for w in after):
            continue
        if not any(fits(c, e, slot) for c in facts for e in events if world.occasion_event(c) == e):
            found.append(m)
    return found


def unsaid(world: World, mentions: list[Mention], parts: list[Part]) -> list[Mention]:
    """The `mentions` no deciding claim's source sentence names, of those a sentence may
    account for: a body, an agreement or a programme named in passing ("coordinate
    positions at ASEAN and the UN" of a sentence that names both), as its words account
    for a detail. A place, a person, an office, an event or a view is what a claim is
    about, or where and when it happened, so a sentence naming it in another role does
    not account for it. A view named inside a fact's own span is one of the words curated as
    that fact ("ưu tiên thúc đẩy hơn nữa hợp tác ..." of a pledge to push the cooperation
    further): what the fact says, in no other role."""
    named: set[str] = set()
    spanned: set[str] = set()
    # A title's claim is no account of what its sentence goes on to say ("TNS Daines" of a
    # sentence naming the cooperation he pledged): only the facts' sentences count.
    facts = [p for p in parts if p.predicate not in world.offices]
    for claim in {c.id: c for p in facts for c in p.decisive}.values():
        named |= world.names_in_sentences(claim)
        spanned |= world.names_in_spans(claim)

    def accounted(m: Mention) -> bool:
        if all(world.type(e) == TOPIC for e in m.ids):
            return bool(set(m.ids) & spanned)
        return bool(set(m.ids) & named) and all(world.type(e) in NAMED_IN_PASSING for e in m.ids)

    return [m for m in mentions if not accounted(m)]


def denial_read(world: World, ctx: Context, parts: list[Part]) -> bool:
    """Whether the statement's denial falls on something a part decides: a predicate it
    governs, a denying verb it turns over ("did not turn down"), a title it denies, the date a
    state is said to begin at ("does not date from 2024"), or a relative date ("not two days
    after": Judge._relative_parts)."""
    if (
        relative.denied(ctx.parsed)
        or scope.start_denied(ctx.parsed)
        or any(scope.negated(world, world.vocab.predicates[p.predicate], ctx) for p in parts)
    ):
        return True
    cue = ctx.parsed.negation
    if cue is not None and any(
        t.kind == "antonym" and t.start >= cue.start for t in ctx.parsed.triggers
    ):
        return True
    return any(a.polarity == "denied" for a in decompose(ctx.parsed, world.vocab))


def indefinite_denied(ctx: Context) -> list[Uncovered]:
    """A verb that denies an act by its meaning, on what the statement names only by an
    indefinite article right after it ("turned down an invitation", "từ chối một lời mời"):
    there was some such instance, which the instance the claims give (an invitation accepted)
    refutes nothing of. Under "not" the article is no instance ("did not accept an invitation":
    none), which one accepted refutes."""
    parsed = ctx.parsed
    articles = [k for k in phrase_keys("statements", "indefinite_articles", (parsed.lang,)) if k]
    words = parsed.tokens.words()
    found = []
    for t in parsed.triggers:
        if t.kind != "antonym":
            continue
        after = [(key, end) for key, start, end in words if start >= t.end]
        keys = tuple(key for key, _ in after)
        article = next((k for k in articles if keys[: len(k)] == k), None)
        if article is not None:
            found.append(Uncovered("words", parsed.text[t.start : after[len(article) - 1][1]]))
    return found


def qualified(parts: list[Part], roles: Collection[str]) -> set[str]:
    """The entities the deciding claims of `parts` name in one of `roles`."""
    return {eid for p in parts for c in p.decisive for role, eid in c.qualifiers if role in roles}
