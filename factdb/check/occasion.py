"""The occasion a fact was reported at, and the names it accounts for.

"Orbán told Lam that Hungary had approved the ODA": the claim of the approval names neither man,
yet its source gives it inside the account of their meeting ("Tại cuộc gặp Thủ tướng Hungary
Viktor Orbán, ... Thủ tướng Orbán ... thông tin Hungary đã hoàn tất thủ tục thông qua khoản
ODA ..."). A source gives the account of an encounter (a meeting, a call, talks, a reception)
from the encounter's span to the next encounter's: a fact whose evidence lies there was
reported at that encounter, and the people who took part in it, its place and its event are
the fact's occasion. A name the statement gives beside the fact (the speaker, the one told, the
other side of the talks, "in Washington", "on the sidelines of the Board of Peace") is then
accounted for by the occasion, not asserted of the fact.

It stays honest by asking the claims alone: an encounter that no claim records, or a name no
encounter of that passage has, is left uncovered (not enough info); where several encounters
open at the same place of the source ("điện đàm với thượng nghị sĩ Steve Daines và Bill
Hagerty"), only what they all share is the occasion's.

This module is the one place it is decided: `accounted_by_occasion` for what a supported verdict
must account for (the judge reads it, and so may any rule asking whether a word is accounted
for), `reported_at` for whether facts were told at an exchange a speaker took part in,
`encounter_named` for whether a statement names every party of the encounter,
`loose_events` for the events a statement names only by a looser name of their kind ("the Board
of Peace meeting" of its inaugural meeting), which with another date may be another occasion,
and `origin_before` for a place the statement gives as where an act was done from.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache

from factdb.check.match import ClaimIndex
from factdb.check.rules import OCCASION, loosely_named
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import EVENT, PERSON, Vocabulary
from factdb.store.claims import ClaimView
from factdb.text.tokens import holds_phrase, phrase_spans, word_keys

# Encounter spans read before a fact's span; those at the nearest offset are its encounter's.
LOOKBACK = 12
# A state of a person (an office, a party, a committee seat) is a description a source's account
# of an encounter gives in passing ("Tại cuộc gặp Thủ tướng Hungary Viktor Orbán"), not something
# reported at it: it holds over its period whatever was said there.
STATE = "state"
# The letters of a Roman numeral, which numbers an occasion as digits do ("Đại hội XIV").
ROMAN = frozenset("IVXLCDM")
# Time roles whose time is when the act was done: a one-off event (its value is its date), an
# occasion of a repeatable event.
ACTED = frozenset({"value", OCCASION})


def occasions_of(
    index: ClaimIndex, vocab: Vocabulary, claim: ClaimView, recalled: bool = False
) -> list[frozenset[str]]:
    """For each source span of `claim` (as ClaimIndex.with_evidence reads them) that lies in
    the account of an encounter, the entities that account's encounters all name: its parties,
    place and event. A claim that is itself an encounter has its own entities and none here,
    nor has a state of a person.

    `recalled`: instead, for an act long done that is told of at a later encounter ("Leahy
    told Lam that he had voted to end the war"), the people of that encounter, who told it and
    who heard it: not its place or event, which are not where the act was done. Only where no
    encounter of the act's own time holds the passage."""
    if claim.predicate in vocab.encounters:
        return []
    if vocab.predicates[claim.predicate].time_role == STATE and _is_person(vocab, claim.subject):
        return []
    # An act's date is when it was done, so at an encounter of that time; a series' period
    # (trade in 2025) is what was reported, at any time after.
    acted = vocab.predicates[claim.predicate].time_role in ACTED
    found = []
    for span in claim.spans:
        rows = index.spans_before(span.source, span.start, vocab.encounters, LOOKBACK)
        for start in sorted({start for _, _, start in rows}, reverse=True):
            at = {(pred, cid) for cid, pred, at_ in rows if at_ == start}
            facts = index.facts(cid for _, cid in at)
            ids: dict[str, set[str]] = {}
            for pred, cid in at:
                ids.setdefault(pred, set()).add(facts.get(cid, cid))
            encounters = [
                c
                for claims in index.claims(ids).values()
                for c in claims
                if c.polarity == "affirmed" and c.modality == "fact" and c.speaker is None
            ]
            later = [c for c in encounters if acted and _after(c, claim)]
            if acted:
                encounters = [c for c in encounters if _same_time(c, claim)]
            # An encounter of another time in between (a photo's caption: "Tổng Bí thư trong
            # cuộc điện đàm với Tổng thống Trump hồi tháng 7/2025") does not end the account.
            if encounters:
                if not recalled:
                    found.append(_shared(encounters))
                break
            if recalled and later:
                found.append(frozenset(e for e in _shared(later) if _is_person(vocab, e)))
                break
    return found


def _shared(encounters: list[ClaimView]) -> frozenset[str]:
    """What the encounters opening at one place of a source all name."""
    return frozenset.intersection(*(frozenset(c.entities()) for c in encounters))


def _after(encounter: ClaimView, claim: ClaimView) -> bool:
    """Whether the encounter began after the claim's time was over (both dated)."""
    if not (encounter.dated and claim.dated):
        return False
    assert encounter.time_start and claim.time_end
    return encounter.time_start > claim.time_end


def _same_time(encounter: ClaimView, claim: ClaimView) -> bool:
    """Whether the encounter's dates meet the claim's (either undated: they may)."""
    if not (encounter.dated and claim.dated):
        return True
    assert encounter.time_start and encounter.time_end and claim.time_start and claim.time_end
    return encounter.time_start <= claim.time_end and claim.time_start <= encounter.time_end


def accounted_by_occasion(
    index: ClaimIndex, vocab: Vocabulary, claims: Iterable[ClaimView], teller: str | None = None
) -> set[str]:
    """The entities the occasions `claims` were reported at account for (occasions_of), and,
    where the statement gives the fact to `teller` ("Leahy told Lam that ..."), the people of
    a later encounter it was recalled at that holds him: without him telling it, "Lam and
    Leahy voted to end the war" would make the one who heard of the vote a voter."""
    evidenced = index.with_evidence(claims).values()
    found = {e for c in evidenced for names in occasions_of(index, vocab, c) for e in names}
    if teller is not None:
        found |= {
            e
            for c in evidenced
            for names in occasions_of(index, vocab, c, recalled=True)
            if teller in names
            for e in names
        }
    return found


def reported_at(
    index: ClaimIndex,
    vocab: Vocabulary,
    claims: Iterable[ClaimView],
    people: Collection[str],
    told: Collection[str],
) -> bool:
    """Whether a source reports each of `claims` inside the account of an encounter one of
    `people` took part in (occasions_of), whose other side holds everyone in `told` (whom the
    statement has the words said to): the facts were told at his meeting or call ("Orbán told
    Lam Hungary had approved the ODA", of the approval in the account of their meeting). A
    fact the sources narrate apart from any exchange of his (the 2023 upgrade, told in the
    reporter's own words) was said by no one the sources name."""
    evidenced = list(index.with_evidence(claims).values())
    return bool(evidenced) and all(
        any(set(people) & names and set(told) <= names for names in occasions_of(index, vocab, c))
        for c in evidenced
    )


def encounter_named(
    index: ClaimIndex, vocab: Vocabulary, claim: ClaimView, named: set[str]
) -> bool:
    """Whether `named` (what a statement names, unambiguously) holds every person of the
    encounter `claim` was reported at: "Orbán told Lam that Hungary had approved $500m" speaks
    of the approval Orbán announced at their meeting, so a figure of its own contradicts it
    there, though Hungary may approve other packages. The claim may name them itself (what
    Orbán said to Lam); one of them alone ("Orbán: Hungary approves $500m") may speak of
    another occasion."""
    if not claim.spans:
        claim = index.with_evidence([claim])[claim.id]
    for names in occasions_of(index, vocab, claim):
        people = {e for e in names if _is_person(vocab, e)}
        if people and people <= named:
            return True
    return False


def announced_by(
    index: ClaimIndex,
    vocab: Vocabulary,
    claim: ClaimView,
    speaker: str,
    places: Iterable[str],
    named: set[str],
) -> bool:
    """Whether a statement gives `claim` to the one who announced it at the encounter its
    source reports it at: "Orbán: Hungary approves $500m ODA" of the approval Orbán told Lâm of
    at their meeting. The `speaker` is a person of that encounter who holds an office of the
    claim's subject (`places`: where the claims give him one now), so he speaks for the side
    that did it; every other person the statement names (`named`) is of the encounter too
    ("Orbán told Prabowo ..." may be another occasion). The judge asks it of undated
    statements only: "Orbán said in 2017 ..." may be another announcement."""
    if claim.subject not in places:
        return False
    if not claim.spans:
        claim = index.with_evidence([claim])[claim.id]
    for names in occasions_of(index, vocab, claim):
        people = {e for e in names if _is_person(vocab, e)}
        if speaker in people and {e for e in named if _is_person(vocab, e)} <= people:
            return True
    return False


def _is_person(vocab: Vocabulary, eid: str) -> bool:
    info = vocab.entities.get(eid)
    return info is not None and info.type == PERSON


def singles_out(name: str) -> bool:
    """Whether a name of an event holds what picks one occasion of its kind: an occasion word
    ("inaugural", "khai mạc") or a number (a year, "14th", "XIV")."""
    keys = word_keys(name)
    if any(any(ch.isdigit() for ch in k) for k in keys):
        return True
    if any(len(w) > 1 and set(w) <= ROMAN for w in name.split()):
        return True
    return first_of_kind(name)


def first_of_kind(name: str) -> bool:
    """Whether a name of an event makes it the first occasion of its kind by its words (the
    lexicons' occasion words: "inaugural", "opening", "khai mạc", "đầu tiên"), before which no
    occasion of that kind was held."""
    keys = word_keys(name)
    return any(holds_phrase(keys, words) for words in phrase_keys("occasions", "occasion_words"))


def loose_events(vocab: Vocabulary, said: Mapping[str, Sequence[str]]) -> set[str]:
    """The events whose every mention (`said`: the words of each, by entity id) is a looser name
    than the event's own (rules.loosely_named): "the Board of Peace meeting" of the Board of
    Peace inaugural meeting."""
    loose = set()
    for eid, mentions in said.items():
        info = vocab.entities.get(eid)
        if info is None or info.type != EVENT or not mentions:
            continue
        names = (info.name_en, info.name_vi)
        if all(loosely_named(m, names, singles_out) for m in mentions):
            loose.add(eid)
    return loose


def origin_before(before: Sequence[str]) -> bool:
    """Whether the folded words `before` a place end with a word that says the act was done
    from there ("from Vermont", "từ Vermont")."""
    return any(
        len(before) >= len(words) and tuple(before[-len(words) :]) == words
        for words in phrase_keys("occasions", "origins")
    )


def slot_before(before: Sequence[str]) -> str | None:
    """The slot of the act that the folded words `before` an event end by naming it as, if any
    (`topic_markers`, `destination_markers`, `purpose_markers` of the occasions lexicon, past
    the determiners between): "congratulated Lam on the meeting" (topic), "invited him to the
    meeting" (destination), "400 million USD for the Board" (purpose). None where they name
    no slot ("at the meeting", "bên lề cuộc họp"): then the event is where the act was done."""
    # "on the inaugural Board of Peace meeting": the event's own occasion word may stand apart
    determiners = {
        w
        for phrase in (
            *phrase_keys("synonyms", "slot_determiners"),
            *phrase_keys("occasions", "occasion_words"),
        )
        for w in phrase
    }
    words = list(before)
    while words and words[-1] in determiners:
        words.pop()
    for slot in ("topic", "destination", "purpose"):
        for marker in phrase_keys("occasions", f"{slot}_markers"):
            if marker and tuple(words[-len(marker) :]) == marker:
                return slot
    return None


def denial_focus(
    words: Sequence[tuple[str, int, int]], start: int, end: int, ahead: int = 0
) -> bool:
    """Whether the statement's words (folded key, start, end) from `start` to `end`, with the
    two before (and the `ahead` after: the noun a kind is said of, "grant aid"), hold a word a
    denial may fall on instead of the act (lexicon/<lang>/foci.yaml: "privately", "last
    week", "as an observer"), one of its words at least among them."""
    return bool(denial_foci(words, start, end, ahead))


def denial_foci(
    words: Sequence[tuple[str, int, int]], start: int, end: int, ahead: int = 0
) -> list[tuple[str, ...]]:
    """The folded phrases of lexicon/<lang>/foci.yaml that denial_focus finds there."""
    keys = [w for w, s, e in words if s >= start and e <= end]
    before = [w for w, s, e in words if e <= start][-2:]
    after = [w for w, s, e in words if s >= end][:ahead]
    run = tuple(before + keys + after)
    return [
        f
        for f in phrase_keys("foci", "foci")
        if f and holds_phrase(run, f) and any(k in f for k in keys)
    ]


def gathering_said(words: Sequence[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The first place where an occasion word and a gathering noun stand together, in either
    order, with a word that points back to a body named before beside them (`anaphors` in
    occasions.yaml: "its opening meeting", "phiên khai mạc của hội đồng"): the span of the
    three, or None. Without that word the first meeting may be another body's ("the opening
    session in Hanoi")."""
    keys = tuple(w for w, _, _ in words)

    def at(kind: str, i: int) -> int:
        """The length of a phrase of `kind` starting at word i, 0 if none."""
        return max(
            (len(f) for f in phrase_keys("occasions", kind) if f and keys[i : i + len(f)] == f),
            default=0,
        )

    for i in range(len(keys)):
        for first, second in (("occasion_words", "gatherings"), ("gatherings", "occasion_words")):
            n = at(first, i)
            m = at(second, i + n) if n and i + n < len(keys) else 0
            if not m:
                continue
            end = i + n + m
            before = [
                len(f)
                for f in phrase_keys("occasions", "anaphors")
                if f and keys[max(0, i - len(f)) : i] == f
            ]
            after = at("anaphors", end) if end < len(keys) else 0
            if before:
                return words[i - max(before)][1], words[end - 1][2]
            if after:
                return words[i][1], words[end + after - 1][2]
    return None


def names_gathering(key: str) -> bool:
    """Whether a folded word belongs to a gathering noun or an occasion word of the lexicons
    ("phiên", "session", "khai mạc"): inside the span `gathered` finds, it is the event's name."""
    return key in _gathering_words()


@cache
def _gathering_words() -> frozenset[str]:
    return frozenset(
        w
        for kind in ("gatherings", "occasion_words")
        for f in phrase_keys("occasions", kind)
        for w in f
    )


# How many words either side of a body's name its gathering and occasion words may stand.
GATHERING_REACH = 5


def within_body(words: Sequence[tuple[str, int, int]], start: int, end: int) -> bool:
    """Whether a noun of a body within another (`sub_bodies` in lexicon/<lang>/occasions.yaml:
    "executive committee", "ban chấp hành") stands within GATHERING_REACH words of a body's
    name at `start`..`end`: "the Board of Peace's executive board held its first meeting",
    "Ban chấp hành của Hội đồng Hòa bình họp phiên đầu tiên" tell that inner body's first
    meeting, which the gathering and occasion words beside the name then do not name."""
    return bool(phrase_spans(_near(words, start, end), phrase_keys("occasions", "sub_bodies")))


def period_after(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """Whether words of a period (`periods` in lexicon/<lang>/occasions.yaml: "of the year",
    "trong năm") stand right after offset `at`, the end of a body's first meeting named by its
    parts: "its first meeting of the year" is the first of that year, which may be any."""
    keys = tuple(w for w, s, _ in words if s >= at)
    return any(f and keys[: len(f)] == f for f in phrase_keys("occasions", "periods"))


def _near(
    words: Sequence[tuple[str, int, int]], start: int, end: int
) -> list[tuple[str, int, int]]:
    """The words within GATHERING_REACH of a name at `start`..`end`, either side of it."""
    before = [w for w in words if w[2] <= start][-GATHERING_REACH:]
    return before + [w for w in words if w[1] >= end][:GATHERING_REACH]


def gathered(words: Sequence[tuple[str, int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Where a body's name at `start`..`end` stands with a gathering noun and an occasion word
    within GATHERING_REACH words of it (occasions.yaml: "opening session", "first meeting",
    "họp phiên khai mạc"), in the statement's words (folded key, start, end): the span of the
    three, which together name the body's event that its own name makes the first of its kind;
    None when either word is missing."""
    near = _near(words, start, end)
    gatherings = phrase_spans(near, phrase_keys("occasions", "gatherings"))
    occasion_words = phrase_spans(near, phrase_keys("occasions", "occasion_words"))
    if not gatherings or not occasion_words:
        return None
    spans = gatherings + occasion_words
    return min(start, *(s for s, _ in spans)), max(end, *(e for _, e in spans))
