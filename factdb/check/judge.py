"""Stage 3 of checking: deciding supported / contradicted / not enough info.

The contract (also in the README):

* A claim **supports** a part of the statement when it is about the same subject and predicate,
  every entity the claim names is mentioned or left unstated (never replaced by another of the
  same kind), the names the statement binds to the predicate's verb hold the claim's roles (its
  agent the subject, the names after the verb the counterparty: rules.bind_party; one part is
  one claim's, never one claim's verb with another's people), the office it names is
  mentioned, its value interval lies inside the statement's,
  its time fits the statement's (inside it for events and series, overlapping it for states such
  as an office), and polarity and modality agree. A statement is **supported** when every part
  is and the supporting claims account for everything it says: each entity, number and date, a
  part of the day only where the claim's source gives it, and no name the claim base does not
  know (nor someone named by a relation to a name: "Lam's wife"), and no word nothing read
  that no deciding claim's source says (a detail: "a closed-door meeting"). A question, an
  order between events ("before meeting"), a clause of its own holding a denial, and a denial of
  a verb no predicate reads keep it from support; so does content the sources give to a
  speaker, when the statement gives it to another.
* A claim **contradicts** a part only when it matches the statement on its whole key (subject and
  every qualifier but place mentioned, none ambiguous) and: the predicate is functional and the
  values are disjoint or the object named next to the office or trigger differs; or the time is
  the event's value and lies outside the stated time (for a non-functional predicate only when no
  claim on the same key leaves it open); or, for a repeatable event (time role `occasion`: a
  meeting, a call, a visit), the date or a functional value differs on the *same occasion*: the
  statement names the claim's occasion (its `event`, or its object: the level of an upgrade), or
  its date falls within that occasion's dates; or the statement denies what the claim affirms
  (and the claims account for everything it says, as for support); or the statement gives a
  single-holder office to someone else, or its holder the same office of another jurisdiction
  over the claim's (known) period; or, on the same occasion, the statement gives another part
  of the day in the source's own time zone; or a state is said to begin at a date after the
  claim shows it held; or, on the claim's own occasion, it gives another place, or counts fewer
  parties than that occasion's claims name. A statement excluding a name ("met Orbán, not
  Tokayev") is contradicted where the claims bear it out of that name; one saying "only" a
  name, by a claim of the same occasion naming another party.
* A claim of what someone said (a `speaker` and a `stance`, factdb.check.stance) decides only
  a statement that gives the words to someone: the same speaker with a stance the claim bears
  out, as above; another party of the same exchange, where the sources give the words to the
  claim's speaker alone (`sole_speaker`), contradicts it when the content would be borne out in
  the claim's speaker's mouth.
* Everything else is **not enough info**. Absence of a claim never contradicts, and a claim
  fixes nothing about another occasion (another meeting, another ODA package), another time of
  a state (an office "held before" supports no particular date) or another level of upgrade.

A statement is contradicted if any part is, supported if every part is.

This module retrieves the claims and reads what the statement says of each predicate; the
decisions over plain values are factdb.check.rules', and every word of a reason is
factdb.check.explain's: a Finding carries its `Grounds` (the rule that fired and the facts the
words need), a Part the rule that decided it, and what no claim covers is `Uncovered` values.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from functools import cache, partial

from factdb.check.assertions import (
    PEOPLE,
    Assertion,
    Predication,
    affiliations,
    bare_titles,
    decompose,
    distributed,
    indefinite,
    offices_of_places,
    predications,
)
from factdb.check.dayparts import (
    DayPart,
    apart_on_one_clock,
    compare,
    home_day_meets,
    read_day_part,
    zone_of,
)
from factdb.check.explain import Words
from factdb.check.match import ClaimIndex
from factdb.check.occasion import (
    EVENT,
    accounted_by_occasion,
    announced_by,
    denial_focus,
    encounter_named,
    first_of_kind,
    gathered,
    loose_events,
    origin_before,
)
from factdb.check.parse import Cue, Exclusion, Mention, ParsedStatement, parse_statement
from factdb.check.persons import with_persons
from factdb.check.relative import decide_relative, read_relative
from factdb.check.rules import (
    CONTRADICTED,
    DIRECTED,
    NEI,
    OCCASION,
    SUPPORTED,
    Grounds,
    Stated,
    Uncovered,
    bind_party,
    combined,
    compare_time,
    compare_value,
    decide_claim,
    decide_described,
    decide_office,
    fewer_than_named,
    in_order,
    is_former,
    other_time,
    said_phrases,
    unread_details,
    within,
)
from factdb.check.rules import (
    same_occasion as same_occasion_of,
)
from factdb.check.stance import (
    StanceReading,
    clause_breaks,
    felt,
    opens_attribution,
    opens_with_verb,
    read_stance,
    speaker_rule,
    speaking_offices,
    voiced,
)
from factdb.check.weekdays import accounted as weekdays_accounted
from factdb.extract.dates import DateSpan, in_year
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import abbreviations, glossed
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import PredicateInfo, Vocabulary
from factdb.records import dataclass, field, replace
from factdb.store.claims import ClaimView
from factdb.store.intervals import Interval
from factdb.text.covered import overlaps
from factdb.text.fold import fold
from factdb.text.sentences import CLAUSE_BREAKS, any_mark, sentence_around
from factdb.text.tokens import tokenize

# Kinds of place a location may be given as: "in Hungary" replaces "in Washington".
CITY = "city"
COUNTRY = "country"
US_STATE = "us-state"
PLACES = frozenset({CITY, COUNTRY, US_STATE})
# Entity types whose meetings are events named after them ("Board of Peace inaugural meeting").
BODY_TYPES = frozenset({"organisation", "party", "committee"})
# Entity types that report a fact rather than take part in it when a statement attributes the
# fact to them (Judge._reporter): a government, a ministry, a country.
REPORTING_TYPES = frozenset({"organisation", "country"})
# Entity types a deciding claim's source sentence accounts for by naming them (Judge._unsaid):
# bodies, agreements and programmes, named in passing beside what the claim says.
NAMED_IN_PASSING = BODY_TYPES | {"agreement", "programme", "document"}
# Qualifiers that say where something happened.
PLACE_ROLES = frozenset({"location", "destination"})
# How many words may stand between an office (or trigger) and the entity it attaches to:
# "Prime Minister of Austria", "Austria's prime minister", "senator from New Hampshire".
ATTACH_GAP = 2
# Tiers of time roles, the first taking a date first: an event's date (one-off or one occasion of
# a repeatable event), then a series' period, then a state's, then predicates carrying no time.
TIME_PREFERENCE = (("value", "occasion"), ("qualifier",), ("state",), ("none",))
# The predicate whose claims give an event's dates: the window of an occasion named by `event`.
EVENT_DATES = "event_dates"
# The predicate whose claims say where an event was held.
EVENT_LOCATION = "event_location"
# How many of the nearest numbers and dates a predicate reads: a sentence gives one or two; a
# pasted table of figures would otherwise cost numbers × dates × claims.
MAX_READINGS = 3
# The entity type of offices: a predicate cued by it (holding an office) is about the office
# named, so a claim whose office the statement does not name is not checked.
ROLE_TYPE = "role"
PERSON = "person"
# Types of an `event` that is what an act is about, not an occasion of it: a programme asked for
# or committed to (the Biên Hòa dioxin project), a plan or an agreement agreed on (the Gaza
# Peace Plan, the EVFTA), a view's topic. It may be asked for or agreed on again, so naming it
# names no occasion: "in 2022 Tô Lâm asked Congress to fund the Biên Hòa project" is another.
CONTENT_TYPES = frozenset({"programme", "document", "agreement", "topic"})
# Claims listed by id where a verb's claims all have other parties than the ones it binds.
UNBOUND_LISTED = 3
# Sets of bodies whose countries a judge keeps (Judge._countries_of): a batch meets a few
# hundred; the bound keeps a long-lived process over a large base from growing without end.
COUNTRIES_IN_KEPT = 10_000


@dataclass
class Finding:
    claim: ClaimView
    outcome: str  # supports | contradicts | open | irrelevant
    grounds: Grounds | None  # what it turns on; None for an irrelevant claim
    same_key: bool = False
    denial: bool = False  # contradicts only because the statement denies what the claim affirms
    quantity: Quantity | None = None  # the reading of the statement this finding used
    date: DateSpan | None = None
    # What an open or contradicting finding turns on: "time" (dates), "mood" (a plan or a wish
    # against a fact), "speaker" (who said it), or "value" (everything else).
    why: str = "value"
    # The statement names the claim's occasion ("the letter inviting him to join the Board of
    # Peace"): other occasions it might mean do not soften the conflict.
    occasion_named: bool = False
    # Mentions the finding accounts for besides its claim's entities: the title that named the
    # claim's speaker ("Tổng Bí thư khẳng định").
    covers: frozenset[str] = frozenset()
    # The grounds in words (explain.Words.grounds), written once the finding is relevant.
    reason: str = ""

    @property
    def rule(self) -> str:
        return self.grounds.rule if self.grounds is not None else "irrelevant"


def _turned(claim: ClaimView) -> Finding:
    """A claim of the act with its parties the other way round: it contradicts. Made only where
    it decides, not for every claim weighed (most of them are set aside)."""
    return Finding(claim, "contradicts", Grounds("turned-round", claim), True, occasion_named=True)


# What closes a phrase a denial may open ("Without delay, ..."): its scope ends there.
_CLAUSE_BREAK = re.compile(any_mark(CLAUSE_BREAKS))

# What places a statement on an occasion, besides its verb: who took part, when, at what part of
# the day (Uncovered kinds). Its other words are what was said, which the claim's content decides.
OCCASION_DETAILS = frozenset({"name", "unknown", "date", "day-part"})


@dataclass
class Part:
    predicate: str
    verdict: str
    reason: str
    # The rule that decided it: its deciding finding's (Grounds.rule), an assertion's
    # (rules.Decision.rule), or `distributed` (said of each of several, borne out for some).
    rule: str = ""
    quantity: Quantity | None = None
    date: DateSpan | None = None
    decisive: list[ClaimView] = field(default_factory=list)
    considered: list[Finding] = field(default_factory=list)
    denial: bool = False
    # Entities the part accounts for besides its claims': an office assertion decided by a rule
    # ("is not the president") speaks of an office no claim names.
    covers: set[str] = field(default_factory=set)


@dataclass
class Judgement:
    statement: str
    verdict: str
    explanation: str
    parts: list[Part]

    @property
    def evidence(self) -> list[ClaimView]:
        if self.verdict == NEI:
            return []
        seen: dict[str, ClaimView] = {}
        for part in self.parts:
            if part.verdict == self.verdict:
                for claim in part.decisive:
                    seen.setdefault(claim.id, claim)
        return list(seen.values())


@dataclass
class _Context:
    """What one statement offers each candidate predicate."""

    parsed: ParsedStatement
    mentioned: set[str]
    ambiguous: set[str]
    positions: dict[str, list[Mention]]
    # The numbers and dates each predicate may read, nearest first.
    quantities: dict[str, list[Quantity]] = field(default_factory=dict)
    dates: dict[str, list[DateSpan]] = field(default_factory=dict)
    candidates: set[str] = field(default_factory=set)  # predicates with claims to look at
    words: list[tuple[str, int, int]] = field(default_factory=list)  # folded word tokens
    # Predicates the statement triggers, with claims about the entities it names, none of which
    # bears on it ("Orbán invited Tô Lâm ..." when only Tô Lâm's invitations are stored).
    unverified: list[Uncovered] = field(default_factory=list)
    # Office claims that a title of the statement, read with its tense, leaves open ("Senator
    # Leahy" of a former senator): the flat reading, which has no tense, must not decide them.
    left_open: set[str] = field(default_factory=set)
    # Countries said of a person ("Indonesia's Prabowo") that an office held there bears out.
    affiliated: set[str] = field(default_factory=set)
    # The holder each bare title stands for ("Tổng Bí thư gặp ..."), by its span:
    # Judge._bare_holders.
    held_by: dict[tuple[int, int], str] = field(default_factory=dict)
    # Whose words the statement gives, if anyone's (factdb.check.stance).
    stance: StanceReading | None = None
    # Claims whose source gives the part of the day the statement does (factdb.check.dayparts).
    day_part_borne: set[str] = field(default_factory=set)
    # Each trigger with the parties bound to it (factdb.check.assertions.predications).
    predications: list[Predication] = field(default_factory=list)
    # Claims set aside because the verb binds other parties than theirs (Judge._unbound).
    unbound: set[str] = field(default_factory=set)
    # Events named only by a looser name of their kind in a dated statement ("the Board of
    # Peace meeting in March 2026") or as one of a kind ("a Board of Peace meeting"): they name
    # no occasion (factdb.check.occasion.loose_events).
    loose: set[str] = field(default_factory=set)


class Judge:
    def __init__(self, vocab: Vocabulary, index: ClaimIndex) -> None:
        self.vocab = vocab
        self.index = index
        self.capitals = vocab.capitals
        # (id, folded English name, folded Vietnamese name) by entity kinds (see _names_inside).
        self._folded: dict[frozenset[str], list[tuple[str, str, str]]] = {}
        # The countries named inside each set of bodies (see _countries_of), for this vocabulary.
        self._countries_in: dict[frozenset[str], frozenset[str]] = {}
        # The predicates of holding an office, which titles are checked against.
        self.offices = [p.id for p in vocab.predicates.values() if ROLE_TYPE in p.cue_types]
        # predicates an event's name cues (attending it, an event's dates and place)
        self.event_predicates = [p.id for p in vocab.predicates.values() if EVENT in p.cue_types]
        self.words = Words(vocab)
        # The part of the day each claim's source sentence gives its event, read once.
        self._day_parts: dict[str, DayPart | None] = {}
        # Where each person holds an office now, read once (see _places).
        self._offices_at: dict[str, frozenset[str]] = {}
        # The words each claim accounts for, read once (see _said_by).
        self._said: dict[str, frozenset[str]] = {}
        # The entities each claim's source sentences name, read once (see _unsaid).
        self._sentence_names: dict[str, frozenset[str]] = {}

    # --- the decision ------------------------------------------------------------------------

    def judge(self, parsed: ParsedStatement) -> Judgement:
        if parsed.question:
            return Judgement(parsed.text, NEI, self.words.question(), [])
        clauses = self.clauses(parsed)
        if clauses:
            return self._joined(parsed.text, clauses)
        parsed = self.with_persons(parsed)
        judgement = self._judge(parsed)
        # Each excluded name is judged on its own reading: a few at most, as with readings of
        # numbers and dates, so that a pasted list does not cost a judgement a name.
        for exclusion in parsed.exclusions[:MAX_READINGS]:
            judgement = self._excluding(parsed, exclusion, judgement)
        if len(parsed.exclusions) > MAX_READINGS and judgement.verdict == SUPPORTED:
            unread = parsed.exclusions[MAX_READINGS]
            names = " ".join(m.text for m in unread.excluded)
            reason = self.words.excluded(names, unread.cue.text, judgement.explanation, False)
            judgement = Judgement(parsed.text, NEI, reason, judgement.parts)
        if parsed.only is not None and judgement.verdict == SUPPORTED:
            judgement = self._only(parsed, parsed.only, judgement)
        return judgement

    def clauses(self, parsed: ParsedStatement) -> list[str]:
        """The clauses of a sentence that goes on to another attribution after a comma and a
        joiner ("Prague sees Vietnam as its gateway to ASEAN, while Hanoi sees the Czechs as its
        bridge into the EU"), each with what opens the sentence before its first speaker (a
        date, a place): read whole, the second speaker's words would be the first's. None
        when the sentence attributes nothing, or no clause after a joiner opens with a speaker
        of its own."""
        breaks = clause_breaks(parsed.text, parsed.tokens)
        if not breaks or read_stance(parsed, self.vocab) is None:
            return []
        text = parsed.text
        opening = ""
        # the speaker's name opening a clause with no subject of its own ("..., and wished Lam
        # a happy New Year" is the same speaker's)
        named = ""
        clauses: list[str] = []
        at = 0
        for end, start in breaks:
            head = parse_statement(opening + named + text[at:end], self.vocab)
            said = read_stance(head, self.vocab)
            if said is None:
                continue
            before = opening if clauses else text[: said.start]
            who = ""
            if opens_with_verb(text[start:]):
                who = next((m.text + " " for m in head.entities if m.start == said.start), "")
            tail = parse_statement(before + who + text[start:], self.vocab)
            if opens_attribution(tail, self.vocab, len(before)):
                clauses.append(head.text)
                opening, named, at = before, who, start
        return [*clauses, opening + named + text[at:]] if clauses else []

    def _joined(self, text: str, clauses: list[str]) -> Judgement:
        """The clauses judged each on its own: contradicted if one is, supported only if every
        one is."""
        judged = [self.judge(parse_statement(clause, self.vocab)) for clause in clauses]
        verdict = combined([j.verdict for j in judged])
        said = [(j.statement, j.verdict, j.explanation) for j in judged]
        reason = self.words.clauses(said, verdict)
        return Judgement(text, verdict, reason, [p for j in judged for p in j.parts])

    def _excluding(
        self, parsed: ParsedStatement, exclusion: Exclusion, judgement: Judgement
    ) -> Judgement:
        """'Lam met Orbán, not Tokayev': what is said is denied of the excluded name. Read with
        that name in place of the one it is set against, a statement the claims bear out is
        contradicted; otherwise the exclusion is something no claim says."""
        named = [m for m in parsed.entities if m not in exclusion.against]
        affirmed = replace(parsed, entities=named + list(exclusion.excluded), exclusions=[])
        names = " ".join(m.text for m in exclusion.excluded)
        read = self._judge(affirmed)
        if read.verdict == SUPPORTED:
            reason = self.words.excluded(names, exclusion.cue.text, read.explanation, True)
            return Judgement(parsed.text, CONTRADICTED, reason, read.parts)
        if judgement.verdict != SUPPORTED:
            return judgement
        reason = self.words.excluded(names, exclusion.cue.text, judgement.explanation, False)
        return Judgement(parsed.text, NEI, reason, judgement.parts)

    def _only(self, parsed: ParsedStatement, only: Cue, judgement: Judgement) -> Judgement:
        """'met only Orbán': contradicted by a claim of the same occasion (predicate, subject,
        event and time) naming someone else where the supporting claim names him; otherwise
        it is something no claim says. Before the verb, with a word of how, when or how often
        after the name in its clause (occasion.denial_focus: "only met Orbán once", "chỉ gặp
        ... một lần"), "only" may bear on that: something no claim says."""
        verb_first = any(only.start <= t.start and t.end <= only.end for t in parsed.triggers)
        clause = parsed.text[only.end :].split(",")[0]
        words = parsed.tokens.words()
        scoped = verb_first and denial_focus(words, only.end, only.end + len(clause))
        parts = [] if scoped else judgement.parts
        for part in parts:
            for claim in part.decisive:
                role = next((r for r, e in claim.qualifiers if e == only.target), None)
                if role is None:
                    continue
                naming = self.index.claims_naming([claim.predicate], {claim.subject})
                for other in naming.get(claim.predicate, []):
                    if (
                        other.id != claim.id
                        and other.subject == claim.subject
                        and other.polarity == claim.polarity == "affirmed"
                        and other.modality == claim.modality == "fact"
                        and other.qualifier("event") == claim.qualifier("event")
                        and (other.time_start, other.time_end) == (claim.time_start, claim.time_end)
                        and other.qualifier(role) not in (None, only.target)
                    ):
                        reason = self.words.only(only.text, other, "")
                        refuted = Part(claim.predicate, CONTRADICTED, reason, decisive=[other])
                        return Judgement(parsed.text, CONTRADICTED, reason, [refuted])
        reason = self.words.only(only.text, None, judgement.explanation)
        return Judgement(parsed.text, NEI, reason, judgement.parts)

    def _judge(self, parsed: ParsedStatement) -> Judgement:
        # A title standing for its one holder ("Tổng Bí thư gặp ...") names the holder too.
        held_by, places = self._bare_holders(parsed)
        mentioned = parsed.entity_ids() | set(held_by.values())
        if not mentioned:
            return Judgement(parsed.text, NEI, self.words.judgement([], [], mentioned), [])
        positions: dict[str, list[Mention]] = {}
        for m in parsed.entities:
            for eid in m.ids:
                positions.setdefault(eid, []).append(m)
            if (m.start, m.end) in held_by:
                holder = held_by[(m.start, m.end)]
                positions.setdefault(holder, []).append(replace(m, ids=(holder,)))
        said = {eid: [m.text for m in ms] for eid, ms in positions.items()}
        # "the Board of Peace held its opening session": the body's first meeting, by its parts,
        # whose words ("meeting", "khai mạc") are its name, not verbs of their own
        implied = self._body_events(parsed, mentioned)
        for event, m in implied.items():
            mentioned = mentioned | {event}
            positions.setdefault(event, []).append(m)
            inside = [t for t in parsed.triggers if m.start <= t.start and t.end <= m.end]
            if inside:
                parsed = replace(parsed, triggers=[t for t in parsed.triggers if t not in inside])
        ctx = _Context(
            parsed,
            mentioned,
            {eid for m in parsed.entities if len(m.ids) > 1 for eid in m.ids},
            positions,
        )
        ctx.loose = {
            eid
            for eid in loose_events(self.vocab, said)
            # dated, or one of a kind ("a Board of Peace meeting in New York")
            if (parsed.dates and not self._before_the_first(eid, parsed.dates))
            or all(indefinite(parsed, m.start) for m in positions[eid])
        }
        periods = [(d.first, d.last) for d in parsed.dates if d.year_known]
        # an event named by its parts is a mention of an event, as its alias would be
        cued = [p for p in self.event_predicates if p not in parsed.predicates] if implied else []
        predicates = [*parsed.predicates, *cued]
        ids = self.index.claim_ids(predicates, mentioned, periods)
        pids = [pid for pid in predicates if ids.get(pid)]
        ctx.candidates = set(pids)
        office_parts = self._office_parts(parsed)
        ctx.left_open = {c.id for p in office_parts if p.verdict == NEI for c in p.decisive}
        ctx.affiliated = self._affiliated(parsed) | places
        # A title read as its holder only names him: his office claim asserts nothing here.
        ctx.held_by = held_by
        ctx.words = parsed.tokens.words()
        ctx.stance = read_stance(parsed, self.vocab)
        ctx.predications = predications(parsed, self.vocab)
        self._place_values(ctx, pids)
        found = self.index.claims({pid: ids[pid] for pid in pids}, self._time_windows(ctx))
        candidates = {pid: found[pid] for pid in pids}
        parts = []
        # A denying verb names every predicate it may deny ("rejected" an invitation, a loan, a
        # resolution); only the ones with claims to weigh are what the statement is about.
        triggered = {t.target for t in parsed.triggers if t.kind == "trigger"}
        other_acts = {c.target: c.text for c in parsed.other_acts}
        for pid, claims in candidates.items():
            pred = self.vocab.predicates[pid]
            # A wish or a plan to do it again ("mong sớm thăm lại") is what a claim of that wish
            # says; done, the other act is something no claim of the predicate says.
            if pid in other_acts and self._modality(pred, ctx) == "fact":
                ctx.unverified.append(Uncovered("other-act", other_acts[pid], label=pred.label_en))
                continue
            part = self._part(pred, claims, ctx)
            if part is not None:
                parts.append(part)
            elif pid in triggered:
                # its claims, if any, have other parties than the ones its verb binds: the
                # agent's own first, then the ones naming most of what the statement names
                agents = {a for p in ctx.predications if p.predicate == pid for a in p.agents}
                unbound = sorted(
                    (c for c in claims if c.id in ctx.unbound),
                    key=lambda c: (
                        c.subject not in agents,
                        -len(c.entities() & ctx.mentioned),
                        c.id,
                    ),
                )
                listed = ", ".join(c.id for c in unbound[:UNBOUND_LISTED])
                ctx.unverified.append(Uncovered("unchecked", listed, label=pred.label_en))
        parts = self._drop_subsumed(parts, ctx)
        self._distribute(parsed, parts)
        # Titles are assertions of their own, each judged alone. One borne out accounts for
        # its words ("TBT Tô Lâm"); one no claim decides is left to the rest of the statement,
        # and one a claim leaves open (an office held before) keeps the statement open.
        for office in office_parts:
            if office.verdict == NEI and not office.decisive:
                continue
            said = next((p for p in parts if _same_assertion(p, office)), None)
            if said is None:
                parts.append(office)
            else:
                # A title that is the predication ("Orbán là Thủ tướng Hungary"): one assertion,
                # shown once, accounting for the names of both readings.
                said.covers = said.covers | office.covers
        parts += self._relative_parts(parsed, mentioned)
        if all(ROLE_TYPE in self.vocab.predicates[p.predicate].cue_types for p in parts):
            # Only titles were checked: an event verb beside them is what the statement is about.
            ctx.unverified += self._unchecked_occasions(parsed, set(candidates))
        if not parts:
            return Judgement(parsed.text, NEI, self.words.judgement([], [], mentioned), [])
        verdict = combined([p.verdict for p in parts])
        deciding = [p.reason for p in parts if p.verdict == verdict] or [p.reason for p in parts]
        refuted = [p for p in parts if p.verdict == CONTRADICTED]
        # Words given to the other party of a claim's exchange (`other-party`) are refuted only
        # on that exchange's occasion: a party, a date or a place the claim does not have ("told
        # the visiting defence secretary") may be another occasion's, where they may be his.
        exchange = bool(refuted) and all(p.rule == "other-party" for p in refuted)
        denial = bool(refuted) and all(p.denial for p in refuted)
        needs_cover = verdict == SUPPORTED or (verdict == CONTRADICTED and (exchange or denial))
        decided = [p for p in parts if p.verdict != NEI]
        loose = self._unaccounted(ctx, decided, verdict == SUPPORTED) if needs_cover else []
        if verdict == CONTRADICTED and denial:
            # "did not meet Orbán in a hotel": the denial may fall on a place no claim gives, and
            # "No US official met Lam" denies it of someone the claims do not name
            details = self._details(ctx, decided)
            loose += self._placed_details(ctx, details) + self._denied_description(ctx, details)
            loose += self._denied_places(ctx, refuted)
            loose += self._denied_manner(ctx, loose)
        stance = ctx.stance
        if (
            verdict == SUPPORTED
            and stance is not None
            and felt(stance.stance)
            and not any(c.speaker for p in decided for c in p.decisive)
            # "Hun Sen welcomed Lam": the verb names an act a claim bears out (a reception)
            and not any(stance.start < t.end and t.start < stance.end for t in ctx.parsed.triggers)
        ):
            # "Daines thanked Lam for ...": the thanks are borne out by no fact claim
            loose.append(Uncovered("words", stance.text))
        if exchange and verdict == CONTRADICTED:
            loose = [u for u in loose if u.kind in OCCASION_DETAILS]
        if verdict == SUPPORTED and loose and all(u.fewer for u in loose):
            # all it says is borne out but a count the claims of that occasion exceed
            reason = self.words.fewer(loose, deciding)
            return Judgement(parsed.text, CONTRADICTED, reason, parts)
        if loose:
            verdict = NEI
        return Judgement(parsed.text, verdict, self.words.judgement(deciding, loose), parts)

    def _unchecked_occasions(
        self, parsed: ParsedStatement, candidates: set[str]
    ) -> list[Uncovered]:
        """A meeting, a call or a visit the statement names by its own verb, with no claim of
        that kind about anyone it names ("hội đàm với Tổng thống Trump" when no talks with him
        are stored): an event asserted and not checked. A verb that also names a predicate with
        claims to weigh is that predicate's."""
        weighed = {(t.start, t.end) for t in parsed.triggers if t.target in candidates}
        unchecked = {
            t.target
            for t in parsed.triggers
            if t.kind == "trigger"
            and t.target not in candidates
            and (t.start, t.end) not in weighed
            and self.vocab.predicates[t.target].time_role == OCCASION
        }
        return [
            Uncovered("unchecked", label=self.vocab.predicates[p].label_en)
            for p in sorted(unchecked)
        ]

    def _distribute(self, parsed: ParsedStatement, parts: list[Part]) -> None:
        """What follows "both"/"đều" after a list of names is said of each: a part it names
        that its claims bear out for some of them only is left open ("Daines and Hagerty, both
        members of the Appropriations Committee" when only Hagerty's membership is stored)."""
        for where, persons in distributed(parsed, self.vocab):
            after = {t.target for t in parsed.triggers if t.start > where}
            for part in parts:
                named = {e for c in part.decisive for e in c.entities()}
                missing = [p for p in persons if p not in named]
                # a part naming none of them is about something else ("on his re-election")
                some = len(missing) < len(persons)
                if part.verdict == SUPPORTED and part.predicate in after and missing and some:
                    part.verdict, part.rule = NEI, "distributed"
                    part.reason = self.words.distributed(persons, missing, part.reason)

    def _relative_parts(self, parsed: ParsedStatement, mentioned: set[str]) -> list[Part]:
        """A date counted from another event (factdb.check.relative), decided by the days the
        claims give the anchor and the main event. A statement with one is never supported
        without it: undecided, the part keeps the statement open."""
        rel = read_relative(parsed)
        if rel is None:
            return []
        inside = {t.target for t in parsed.triggers if rel.in_anchor(t.start)}
        outside = {t.target for t in parsed.triggers if not rel.in_anchor(t.start)}
        # "Two Days After Calls With Daines": an anchor named without its own verb is an event of
        # the main kind.
        inside = inside or outside
        named_in = {e for m in parsed.entities if rel.in_anchor(m.start) for e in m.ids}
        named_out = {e for m in parsed.entities if not rel.in_anchor(m.start) for e in m.ids}
        found = self.index.claims_naming(inside | outside, named_in | named_out | mentioned)

        def events(preds: set[str], named: set[str]) -> list[ClaimView]:
            return [
                c
                for p in sorted(preds)  # sets of ids: in a fixed order, as the reason lists them
                for c in found.get(p, [])
                if c.polarity == "affirmed"
                and c.modality == "fact"
                # the other party named ("TBT gặp ... Hun Manet": the title stands for Tô Lâm)
                and (c.entities() - {c.subject}) & named
            ]

        anchors = events(inside, named_in)
        if not named_in:
            # "the day after his meetings with world leaders": an anchor naming no one is the
            # events of its kind of the people the rest names (a title standing for its holder
            # included), on the days the claims give them.
            people = {e for e in mentioned if self._type(e) == PERSON}
            # "his meetings with foreign leaders": with people, not the community he also met
            with_people = any(rel.in_anchor(n.start) for n in parsed.people)
            anchors = [
                c
                for p in sorted(inside)
                if self.vocab.predicates[p].time_role in ("value", OCCASION)
                for c in found.get(p, [])
                if c.polarity == "affirmed"
                and c.modality == "fact"
                and c.subject in people
                and not (with_people and self._type(self._party(c) or PERSON) != PERSON)
            ]
        dated = {p for p in outside if self.vocab.predicates[p].time_role in ("value", OCCASION)}
        decision = decide_relative(rel, anchors, events(dated or outside, named_out))
        reason = self.words.relative(rel, decision)
        pid = next(iter(sorted(outside)), next(iter(sorted(inside)), ""))
        part = Part(pid, decision.verdict, reason, decision.rule, decisive=list(decision.claims))
        part.covers = named_in | named_out
        return [part]

    def _bare_holders(self, parsed: ParsedStatement) -> tuple[dict[tuple[int, int], str], set[str]]:
        """The one person the claims ever give each bare title to (factdb.check.assertions
        .bare_titles), by the title's span, and the places of those titles ("Thủ tướng
        Hungary"), which the holder's office accounts for. A title several people hold ("the
        prime minister", "Tổng thống") stands for nobody, nor does one before a name the base
        does not know ("Chủ tịch nước Lương Cường")."""
        text = parsed.text
        titles = [
            t
            for t in bare_titles(parsed, self.vocab)
            if t.tense != "former" and not text[t.after :].lstrip()[:1].isupper()
        ]
        offices = self.offices
        if not offices:
            return {}, set()
        claims = [
            c
            for found in self.index.claims_naming(offices, {t.office for t in titles}).values()
            for c in found
        ]
        found, places = {}, set()
        # "the presidents of Indonesia, Kazakhstan and Azerbaijan": each place's one holder,
        # named by the place's mention.
        for office, listed in offices_of_places(parsed, self.vocab):
            held = [
                c for found_ in self.index.claims_naming(offices, {office}).values() for c in found_
            ]
            for start, end, place in listed:
                holders = {
                    c.subject
                    for c in held
                    if c.qualifier("role") == office
                    and c.object == place
                    and c.polarity == "affirmed"
                    and c.modality == "fact"
                }
                if len(holders) == 1:
                    found[(start, end)] = holders.pop()
                    places |= {place, office}
        for t in titles:
            holders = {
                c.subject
                for c in claims
                if c.qualifier("role") == t.office
                and t.jurisdiction in (None, c.object)
                and c.polarity == "affirmed"
                and c.modality == "fact"
            }
            # One named in the statement is described by the title, not named by it.
            if len(holders) == 1 and not holders & parsed.entity_ids():
                found[(t.start, t.end)] = holders.pop()
                places |= {t.jurisdiction} if t.jurisdiction else set()
        return found, places

    def _counts(self, ctx: _Context, parts: list[Part]) -> tuple[list[Uncovered], set[str]]:
        """Counts of the other parties ("met a dozen world leaders", "met four presidents")
        against the deciding claims of meetings, calls and visits: those they do not bear out
        (another number of parties, or of holders of the office), and the offices whose count
        they do bear out, which that accounts for."""
        occasions = [p for p in parts if self.vocab.predicates[p.predicate].time_role == OCCASION]
        others = _qualified(occasions, DIRECTED)
        verbs = [
            t.start for t in ctx.parsed.triggers if t.target in {p.predicate for p in occasions}
        ]
        # the verb's object: "nine leaders" before it are its subject ("Cả chín nhà lãnh đạo
        # đều chúc mừng ...")
        counts = [(q, cue) for q, cue in ctx.parsed.counts if verbs and q.start > min(verbs)]
        # "met ... a deputy prime minister": one holder at least
        some = [
            m.ids[0]
            for m in ctx.parsed.entities
            if len(m.ids) == 1
            and self._type(m.ids[0]) == ROLE_TYPE
            and indefinite(ctx.parsed, m.start)
            and verbs
            and m.start > min(verbs)
        ]
        if not others or not (counts or some):
            return [], set()
        held = {(c.subject, c.qualifier("role")) for c in self._held(others)}
        borne = {role for role in some if any(r == role for _, r in held)}
        occasions_met = {
            (c.qualifier("event"), c.time_start, c.time_end) for p in occasions for c in p.decisive
        }
        wrong: list[Uncovered] = []
        for q, cue in counts:
            if cue.kind == "counted_office":
                n = len({person for person, role in held if role == cue.target})
            else:
                # the counted nouns are people ("leaders", "officials"): a community or a
                # mission met on the same trip is none of them
                n = len({o for o in others if self._type(o) == PERSON})
            if (q.low is None or q.low <= n) and (q.high is None or n <= q.high):
                borne.add(cue.target)
            else:
                fewer = fewer_than_named(q.high, n, len(occasions_met) == 1)
                wrong.append(Uncovered("count", q.text, cue.text, n, fewer=fewer))
                if fewer:
                    borne.add(cue.target)  # the office counted is the count's to decide
        return wrong, borne

    def _event_places(self, covered: set[str]) -> set[str]:
        """Where the events the deciding claims name were held (EVENT_LOCATION claims): "dự
        phiên khai mạc Hội đồng Hòa bình tại Washington" of the attendance of that meeting."""
        events = {e for e in covered if self._type(e) == EVENT}
        if not events:
            return set()
        return {
            c.object
            for c in self.index.claims_naming([EVENT_LOCATION], events).get(EVENT_LOCATION, [])
            if c.subject in events
            and c.object
            and c.polarity == "affirmed"
            and c.modality == "fact"
        }

    def _held(self, parties: set[str]) -> list[ClaimView]:
        """The offices the persons among `parties` hold now (not "before" a date)."""
        persons = {e for e in parties if self._type(e) == PERSON}
        return [c for c in self._offices_now(persons) if c.subject in persons]

    def _offices_now(self, named: set[str]) -> list[ClaimView]:
        """The office claims naming one of `named` that the sources state as held, not "before"
        a date (rules.is_former): who holds an office now, or where."""
        offices = self.offices
        if not named or not offices:
            return []
        return [
            c
            for found in self.index.claims_naming(offices, named).values()
            for c in found
            if c.polarity == "affirmed" and c.modality == "fact" and not is_former(c)
        ]

    def _offices_of(self, parties: set[str]) -> set[str]:
        """The countries where the other parties the deciding claims name hold office: "met
        leaders from Indonesia and Kazakhstan" of meetings with Prabowo and Tokayev. Offices
        are not: "the prime ministers of Hungary and Kazakhstan" pairs an office with each
        country, which this does not check."""
        return {c.object for c in self._held(parties) if c.object}

    def _led(self, pred: PredicateInfo, claim: ClaimView, ctx: _Context) -> bool:
        """Whether the statement has a country do what the claim's person did where he holds
        that country's office ("Vietnam accepted Trump's invitation", "Việt Nam từ chối lời
        mời" of Tô Lâm's acceptance: _countries_of), as a country after the verb stands for him
        (_unaccounted)."""
        if claim.subject in ctx.mentioned or self._type(claim.subject) != PERSON:
            return False
        doers = {
            a
            for p in ctx.predications
            if p.predicate == pred.id and p.agent_kind == "place"
            for a in p.agents
        }
        return bool(doers) and bool(doers & self._countries_of(set(self._places(claim.subject))))

    def _countries_of(self, places: set[str]) -> set[str]:
        """`places` with the countries whose name is inside the name of a body among them: the
        general secretary of the Communist Party of Vietnam holds Vietnam's office, so "Trump
        invited Vietnam to join" of his invitation to Tô Lâm names the country he leads."""
        bodies = frozenset(e for e in places if self._type(e) in BODY_TYPES)
        # Asked for every claim weighed (_led: the places of its person), about once a claim a
        # statement; each time a walk over every country's name (6 % of a check): kept.
        found = self._countries_in.get(bodies)
        if found is None:
            if len(self._countries_in) >= COUNTRIES_IN_KEPT:
                self._countries_in.clear()
            found = frozenset(self._names_inside(set(bodies), frozenset({COUNTRY}), _has_words))
            self._countries_in[bodies] = found
        return places | found

    def _body_events(self, parsed: ParsedStatement, mentioned: set[str]) -> dict[str, Mention]:
        """Events the statement names by their parts (occasion.gathered): a body's name with a
        gathering noun and an occasion word beside it ("the Board of Peace held its opening
        session in Geneva", "Hội đồng Hòa bình về Gaza họp phiên khai mạc tại New York") names
        the one event of that body whose own name holds the body's and makes it the first of
        its kind. The words from the gathering noun to the body's name stand for it, unless an
        unread word right after makes them another body's ("... of the Board of Peace's
        executive committee") or a date right after the first of a period."""
        words = parsed.tokens.words()
        found: dict[str, Mention] = {}
        for m in parsed.entities:
            if len(m.ids) != 1 or self._type(m.ids[0]) not in BODY_TYPES:
                continue
            span = gathered(words, m.start, m.end)
            if span is None:
                continue
            after = _next_words(words, span[1])
            if after and after[0] in parsed.loose_words:
                continue  # "the first meeting of the Board of Peace's executive committee"
            if any(span[1] <= d.start and d.start <= after[-1][2] for d in parsed.dates if after):
                continue  # "phiên đầu tiên năm 2027": the first of a year, not of all
            events = [
                e
                for e in self._names_inside(
                    {m.ids[0]}, frozenset({EVENT}), lambda body, name: _has_words(name, body)
                )
                if first_of_kind(self.vocab.entities[e].name_en)
                or first_of_kind(self.vocab.entities[e].name_vi)
            ]
            if len(events) == 1 and events[0] not in mentioned:
                text = parsed.text[span[0] : span[1]]
                found[events[0]] = Mention(text, span[0], span[1], (events[0],))
        return found

    def _named_within(self, covered: set[str]) -> set[str]:
        """Bodies whose name is inside the name of an event the claims speak of: "the first
        meeting of the Board of Peace" names the Board inside the meeting's name, so a claim
        about the meeting accounts for it."""
        events = {e for e in covered if self._type(e) == EVENT}
        return self._names_inside(events, BODY_TYPES, lambda outer, name: name in outer)

    def _names_inside(
        self, outer: set[str], kinds: frozenset[str], inside: Callable[[str, str], bool]
    ) -> set[str]:
        """The entities of `kinds` whose folded name stands inside the folded name of one of
        `outer`, English in English or Vietnamese in Vietnamese, as `inside(outer_name, name)`
        tells."""
        if not outer:
            return set()
        folded = self._folded.get(kinds)
        if folded is None:  # folded once a vocabulary, on first use: a cold check needs none
            folded = self._folded[kinds] = [
                (info.id, fold(info.name_en), fold(info.name_vi))
                for info in self.vocab.entities_of(kinds)
            ]
        names = [
            (fold(self.vocab.entities[e].name_en), fold(self.vocab.entities[e].name_vi))
            for e in outer
        ]
        return {
            eid
            for eid, name_en, name_vi in folded
            if any(
                inside(outer_en, name_en) or inside(outer_vi, name_vi)
                for outer_en, outer_vi in names
            )
        }

    def _affiliated(self, parsed: ParsedStatement) -> set[str]:
        """The countries said of a person ("Indonesia's Prabowo"), and the bodies a person is
        said to own ("Trump's Board of Peace"), where a claim has the person hold an office:
        both are accounted for. One the claims do not bear out is left for the rest of the
        statement to account for."""
        pairs = affiliations(parsed, self.vocab)
        held = {(c.subject, c.object) for c in self._offices_now({person for person, _ in pairs})}
        return {e for pair in pairs if pair in held for e in pair}

    def _office_parts(self, parsed: ParsedStatement) -> list[Part]:
        """Each office assertion (factdb.check.assertions) decided by factdb.check.rules."""
        assertions = decompose(parsed, self.vocab)
        offices = self.offices
        if not assertions or not offices:
            return []
        parts = []
        for a in assertions:
            keys = {a.subject} if a.subject else {e for e in a.holder or () if e}
            claims = [
                c for found in self.index.claims_naming(offices, keys).values() for c in found
            ]
            if a.subject is not None:
                read = replace(a, jurisdiction=None) if self._constituency(a) else a
                decision = decide_office(read, claims, self.vocab.incompatible, parsed.dates)
            else:
                decision = decide_described(a, claims, self.vocab.incompatible, parsed.dates)
            reason = self.words.office(a, decision)
            part = Part(
                offices[0], decision.verdict, reason, decision.rule, decisive=list(decision.claims)
            )
            named = (a.subject, a.office, a.jurisdiction, *(a.holder or ()))
            part.covers = {e for e in named if e}
            parts.append(part)
        return parts

    def _constituency(self, a: Assertion) -> bool:
        """Whether a title's place is where its holder sits for, as a claim of his ties him to
        it ("Vermont Senator Leahy", of the senator who represented Vermont): a place of a kind
        a predicate of the person takes (represents_state), not the office's jurisdiction."""
        place, person = a.jurisdiction, a.subject
        if place is None or person is None:
            return False
        kind = self._type(place)
        preds = [p.id for p in self.vocab.predicates.values() if kind in p.cue_types]
        found = self.index.claims_naming(preds, {person, place}) if preds else {}
        return any(
            c.subject == person and c.object == place for claims in found.values() for c in claims
        )

    def _anchors(self, pred: PredicateInfo, ctx: _Context) -> list[int]:
        """Where the statement speaks of `pred`: its trigger words, or the mentions that cue it."""
        anchors = [t.start for t in ctx.parsed.triggers if t.target == pred.id]
        if not anchors:
            anchors = [
                m.start
                for m in ctx.parsed.entities
                if any(self._type(e) in pred.cue_types for e in m.ids)
            ]
        return anchors or [0]

    def _place_values(self, ctx: _Context, pids: list[str]) -> None:
        """Give each predicate the number and the date the statement says of it. What no
        predicate takes is left over and keeps the statement from support (_unaccounted)."""
        preds = [self.vocab.predicates[p] for p in pids]
        anchors = {p.id: self._anchors(p, ctx) for p in preds}

        def nearest(start: int, fits: list[PredicateInfo]) -> PredicateInfo | None:
            if not fits:
                return None
            return min(fits, key=lambda p: min(abs(start - a) for a in anchors[p.id]))

        # A number may serve several predicates ("lần đầu vượt mốc 1 tỷ USD" is both the year's
        # trade and the milestone); each predicate may read every number it can use.
        for pred in preds:
            fitting = [q for q in ctx.parsed.quantities if self._fits(pred, q)]
            if fitting:
                ctx.quantities[pred.id] = sorted(
                    fitting, key=lambda q: min(abs(q.start - a) for a in anchors[pred.id])
                )[:MAX_READINGS]
        # A date is what an event's date predicate asserts, so those take it first; then series,
        # then states, then predicates that carry no time (for which it is an unchecked extra).
        for d in ctx.parsed.dates:
            for roles in TIME_PREFERENCE:
                pred = nearest(d.start, [p for p in preds if p.time_role in roles])
                if pred is not None:
                    readings = ctx.dates.setdefault(pred.id, [])
                    if len(readings) < MAX_READINGS:
                        readings.append(d)
                    break

    @staticmethod
    def _act_amount(pred: PredicateInfo, q: Quantity, claimed: Interval) -> Quantity:
        """`q` as a claim of `pred` reads it: an ambiguous comparator said of an act done once
        (a value or an occasion) that the claim gives an amount ("Hungary clears $400m in ODA"
        approves it) is the act's verb, and the amount is as stated; of a series ("trade cleared
        $1bn") or a threshold the claim says was passed it is a comparator."""
        exact = claimed.low is not None and claimed.low == claimed.high
        if q.ambiguous and exact and pred.time_role in ("value", OCCASION):
            return q.as_stated()
        return q

    def _fits(self, pred: PredicateInfo, q: Quantity) -> bool:
        if pred.value_type not in ("quantity", "rank"):
            return False
        if q.unit is None:
            # A bare number may be a count or an amount whose currency goes unsaid.
            return pred.dimension in ("count", "money")
        return self.vocab.unit_dimension.get(q.unit, _currency_dimension(q.unit)) == pred.dimension

    def _type(self, eid: str) -> str:
        info = self.vocab.entities.get(eid)
        return info.type if info else ""

    def _part(self, pred: PredicateInfo, claims: list[ClaimView], ctx: _Context) -> Part | None:
        findings = [self._assess_readings(pred, c, ctx) for c in claims]
        relevant = [f for f in findings if f.outcome != "irrelevant"]
        if not relevant:
            return None
        for f in relevant:
            assert f.grounds is not None
            f.reason = self.words.grounds(f.grounds)
        part = Part(pred.id, NEI, "", considered=relevant)
        deciding = relevant[0]

        # The claims naming most of what the statement names first: they are its evidence and
        # their reason is the part's ("None of the leaders was Hungarian" is refuted by the
        # meeting with Hungary's prime minister before the others).
        def first_named(found: list[Finding]) -> list[Finding]:
            if len(found) < 2:
                return found  # nothing to order, nothing to look up
            places: dict[str, set[str]] = {}
            for c in self._held({e for f in found for e in f.claim.entities()}):
                places.setdefault(c.subject, set()).add(c.object or "")

            def named(f: Finding) -> int:
                entities = f.claim.entities()
                where = {p for e in entities for p in places.get(e, ())}
                return -len((entities | where) & ctx.mentioned)

            return sorted(found, key=named)

        supports = first_named([f for f in relevant if f.outcome == "supports"])
        # Ordered only if they decide: ordering looks up where each party holds office, which
        # for a busy office's past holders is a read per statement that grows with the base.
        contradicts = [f for f in relevant if f.outcome == "contradicts"]
        # Another claim on the same key whose time the statement may mean (calls "since November
        # 2024") keeps a date mismatch of a repeatable event from being a contradiction.
        time_open = [f for f in relevant if f.outcome == "open" and f.same_key and f.why == "time"]
        if ctx.stance is not None and any(f.claim.speaker is not None for f in relevant):
            # The sources report this content as someone's words ("Daines was glad the US is
            # the second-largest partner"): a statement giving it to a speaker is about who
            # said it, which the bare fact does not bear out.
            supports = [f for f in supports if f.claim.speaker is not None]
        if any(f.why == "speaker" for f in contradicts):
            # "Lam told Daines he was glad ...", of what Daines alone said in their call: that
            # the sources state the content does not bear out who said it.
            supports = [f for f in supports if f.claim.speaker is not None]
        if ctx.stance is not None and ctx.stance.others and any(f.claim.speaker for f in supports):
            # Speakers listed together, or "the two sides" (factdb.check.stance): each said it,
            # so each needs a claim of their own; a side named for the rest of the statement
            # ("Lam spoke with Daines; the two sides were glad ...") is no speaker borne out.
            said = {f.claim.speaker for f in supports}
            listed = (ctx.stance.speaker, *ctx.stance.others)
            if any(who not in said and not said & self._voices(who) for who in listed):
                supports = []
        supports, miscount = self._done_by_people(pred, supports, ctx)
        only_time = all(f.why == "time" and not f.occasion_named for f in contradicts)
        if supports:
            part.verdict, part.decisive = SUPPORTED, [f.claim for f in supports]
            part.covers = set().union(*(f.covers for f in supports))
            deciding = supports[0]
        elif contradicts and (pred.functional or not (time_open and only_time)):
            contradicts = first_named(contradicts)
            part.verdict, part.decisive = CONTRADICTED, [f.claim for f in contradicts]
            part.denial = all(f.denial for f in contradicts)
            deciding = contradicts[0]
        part.reason, part.rule = deciding.reason, deciding.rule
        if miscount is not None:
            part.reason = self.words.judgement([part.reason], [miscount])
        part.quantity, part.date = deciding.quantity, deciding.date
        return part

    def _done_by_people(
        self, pred: PredicateInfo, supports: list[Finding], ctx: _Context
    ) -> tuple[list[Finding], Uncovered | None]:
        """Support of what unnamed people did ("Cả chín nhà lãnh đạo đều chúc mừng ...", "the
        leaders congratulated ..."): the claims of one occasion with as many subjects as the
        count says, two at least for a plural said without one; otherwise none, with the count
        the claims do not bear out."""
        bound = [p for p in ctx.predications if p.predicate == pred.id and p.doers is not None]
        if not bound or not supports:
            return supports, None
        nouns = [p.doers for p in bound if p.doers is not None]
        named = {e for p in bound for e in p.patients}

        def doer(claim: ClaimView) -> str | None:
            # a symmetric relation names its doer either way round ("leaders met To Lam" of
            # his meetings with them)
            if pred.symmetric and claim.subject in named:
                return self._party(claim)
            return claim.subject

        # one occasion's subjects: "all nine leaders" are those at one meeting, not them and
        # another leader who did it on another day
        occasions: dict[tuple[object, ...], list[Finding]] = {}
        for f in supports:
            key = (f.claim.qualifier("event"), f.claim.time_start, f.claim.time_end)
            occasions.setdefault(key, []).append(f)
        counted = [(q, cue) for q, cue in ctx.parsed.counts if cue.start == nouns[0].start]
        if not counted and any(doer(f.claim) in ctx.mentioned for f in supports):
            return supports, None  # "Tokayev ... was one of the leaders who met To Lam"
        low, high = (counted[0][0].low, counted[0][0].high) if counted else (2, None)
        sizes = []
        for found in occasions.values():
            n = len({doer(f.claim) for f in found})
            if (low is None or low <= n) and (high is None or n <= high):
                return found, None
            sizes.append(n)
        if counted:
            q, cue = counted[0]
            return [], Uncovered("count", q.text, cue.text, max(sizes))
        return [], Uncovered("count", nouns[0].text, "said of several", max(sizes))

    def _reporter(self, ctx: _Context, parts: list[Part]) -> set[str]:
        """The body a fact is attributed to ("According to Vietnam's Foreign Ministry, Lam
        travelled to the US", "Vietnam's government said ...", "theo Bộ Ngoại giao"): who
        reports it, not a party of it, where facts decide the statement (no deciding claim is
        someone's view). A person who says it is a speaker whose words the claims must bear out
        (check.stance), and stays a name to account for."""
        stance = ctx.stance
        if stance is None or any(c.speaker for p in parts for c in p.decisive):
            return set()
        if self._type(stance.speaker) not in REPORTING_TYPES:
            return set()
        return {stance.speaker}

    def _drop_subsumed(self, parts: list[Part], ctx: _Context) -> list[Part]:
        """A part left open that adds nothing to check: one left open only by mood, all of
        whose claims' entities the supported parts already name (in "invited Pashinyan to visit
        Vietnam" the visit is the invitation's content, not a second assertion), and one read
        only because a name's type cues its predicate, whose names the supported parts' claims
        give ("Greer said the reciprocal trade talks were entering a decisive phase" asserts
        what he said of the agreement, not that anyone is party to it)."""
        covered = {
            e for p in parts if p.verdict == SUPPORTED for c in p.decisive for e in c.entities()
        }
        if not covered:
            return parts
        triggered = {t.target for t in ctx.parsed.triggers}

        def named_only(part: Part) -> bool:
            cues = self.vocab.predicates[part.predicate].cue_types
            if part.predicate in triggered or not cues:
                return False
            cued = {e for e in ctx.mentioned if self._type(e) in cues}
            return bool(cued) and cued <= covered

        return [
            p
            for p in parts
            if p.verdict != NEI
            or not (
                all(f.why == "mood" and f.claim.entities() <= covered for f in p.considered)
                or named_only(p)
            )
        ]

    def _unaccounted(self, ctx: _Context, parts: list[Part], supported: bool) -> list[Uncovered]:
        """What the statement says that the deciding claims do not: entities, numbers, dates,
        unknown names. A bare count that no predicate could read ("the two countries", "hai
        bên") is grammar, not a figure to check."""
        covered = {e for p in parts for c in p.decisive for e in c.entities()}
        covered |= {e for p in parts for e in p.covers}
        covered |= ctx.affiliated
        covered |= self._named_within(covered)
        held = self._offices_of(_qualified(parts, DIRECTED))
        # a country standing for another party of the claim is not the one who does it
        # ("Vietnam congratulated Orbán" of Orbán's congratulation of Tô Lâm)
        doers = {a for p in ctx.predications for a in p.agents}
        covered |= held | (self._countries_of(held) - held - doers)
        # ... but the country of the one who does it is ("Vietnam accepted Trump's invitation"
        # of Tô Lâm's acceptance: _led)
        subjects = {c.subject for p in parts for c in p.decisive if self._type(c.subject) == PERSON}
        covered |= doers & self._countries_of(set().union(*map(self._places, subjects)))
        miscounted, counted = self._counts(ctx, parts)
        covered |= counted
        # A capital lies in its country: "flew to Washington" of a visit to the United States,
        # "tại Mỹ" of a meeting in Washington; only where the claims give a place, not a party
        # ("a metro line in Hanoi" is not Vietnam's ODA).
        places = _qualified(parts, PLACE_ROLES) | self._event_places(covered)
        covered |= places
        covered |= {c for c, country in self.capitals.items() if country in places}
        covered |= {country for c, country in self.capitals.items() if c in places}
        # A title says who someone is, not that he was there: beside a fact that does not name
        # him ("PM Hun Manet told Lam that Hungary had approved ..."), the person it describes is
        # accounted for only where the fact's occasion holds him.
        facts = [p for p in parts if p.predicate not in self.offices]
        named = {e for p in facts for c in p.decisive for e in c.entities()}
        named |= {e for p in facts for e in p.covers}
        described = {
            c.subject
            for p in parts
            if facts and p.predicate in self.offices
            for c in p.decisive
            if self._type(c.subject) == PERSON
        }
        covered -= described - named
        covered |= self._reporter(ctx, parts)
        if any(not set(m.ids) & covered for m in ctx.parsed.entities):
            # "Orbán told Lam that ...": the people, place and event of the meeting the deciding
            # claims were reported at (factdb.check.occasion)
            covered |= accounted_by_occasion(
                self.index, self.vocab, [c for p in parts for c in p.decisive]
            )
        used_quantities = {id(p.quantity) for p in parts if p.quantity is not None}
        readable = {id(q) for qs in ctx.quantities.values() for q in qs}
        used_dates = {id(d) for p in parts if (d := p.date) is not None}
        day = ctx.parsed.day_part
        day_borne = day is not None and any(
            c.id in ctx.day_part_borne for p in parts for c in p.decisive
        )
        # "tối 19/2 giờ Hà Nội": a place that names the clock of a part of the day borne out
        # is part of that time, not a party the claims must name.
        clock = ctx.parsed.local_time if day_borne else None
        loose = [
            m
            for m in ctx.parsed.entities
            if not set(m.ids) & covered
            and ctx.held_by.get((m.start, m.end)) not in covered
            and not (clock is not None and clock.start <= m.start and m.end <= clock.end)
        ]
        loose += [m for m in self._unborne_contents(ctx, parts) if m not in loose]
        if supported and loose:
            loose = self._unsaid(loose, parts)
        loose = [Uncovered("name", m.text) for m in loose]
        loose += [
            Uncovered("figure", q.text)
            for q in ctx.parsed.quantities
            if id(q) not in used_quantities
            and (id(q) in readable or q.unit is not None or q.comparator is not None)
        ]
        loose += [Uncovered("date", d.text) for d in ctx.parsed.dates if id(d) not in used_dates]
        loose += self._other_weekdays(ctx, parts)
        loose += miscounted
        # A headline's capitalised stance verb ("Aliyev Impressed by ...") is who said it.
        said = ctx.stance.text if ctx.stance is not None else ""
        loose += [Uncovered("unknown", n) for n in ctx.parsed.unknown_names if n not in said]
        loose += ctx.unverified
        if day is not None and not day_borne:
            loose.append(Uncovered("day-part", day.text))
        if supported:
            # An order between events, a clause of its own, a denial of a verb no predicate
            # reads: things no claim says, which a contradiction does not rest on.
            aside = (ctx.parsed.ordering, ctx.parsed.aside)
            loose += [Uncovered("words", c.text) for c in aside if c is not None]
            # what something is for ("sẽ được dùng cho các dự án y tế") or in what capacity
            # ("với tư cách quan sát viên"): no claim says it, unless what follows is a
            # predicate a part decides ("với tư cách thành viên sáng lập") or the content of
            # an invitation the deciding claims carry ("mời ... với tư cách thành viên sáng lập")
            decided = {p.predicate for p in parts}
            read = [t for t in ctx.parsed.triggers if t.target in decided]
            read += ctx.parsed.contents
            loose += [
                Uncovered("words", ctx.parsed.text[c.start :].rstrip(" ."))
                for c in ctx.parsed.grammar
                if c.kind in ("purpose", "capacity_phrase")
                and not any(t.start >= c.end for t in read)
            ]
            cue = ctx.parsed.negation
            if cue is not None and not self._denial_read(ctx, parts):
                loose.append(Uncovered("denial", cue.text))
            text = ctx.parsed.text
            loose += [Uncovered("detail", text[s:e]) for s, e in self._details(ctx, parts)]
        return list(dict.fromkeys(loose))

    def _unborne_contents(self, ctx: _Context, parts: list[Part]) -> list[Mention]:
        """The names inside an act read as another's content (ParsedStatement.contents: "invited
        Trump to visit Vietnam") that no deciding claim names itself, nor as a capital of it or
        the country of its capital, or as the place of an event it names. The content asserts
        nothing of its own, so its place is the invitation's own destination; a country that
        stands for a party (Vietnam for Lam, of Trump's invitation to the Board of Peace) does
        not bear it out."""
        spans = [(c.start, c.end) for c in ctx.parsed.contents]
        if not spans:
            return []
        named = {e for p in parts for c in p.decisive for e in c.entities()}
        # ... or as where an event it names was held ("invited Lam to visit Washington" of his
        # invitation to the Board of Peace meeting there)
        named |= self._event_places(named)
        named |= {c for c, country in self.capitals.items() if country in named}
        named |= {country for c, country in self.capitals.items() if c in named}
        return [
            m
            for m in ctx.parsed.entities
            if any(s <= m.start and m.end <= e for s, e in spans) and not set(m.ids) & named
        ]

    def _details(self, ctx: _Context, parts: list[Part]) -> list[tuple[int, int]]:
        """The statement's words that nothing read (ParsedStatement.loose_words) and the
        deciding claims do not account for: a detail it adds ("closed-door", "by video link").
        The words that give it to a speaker are the stance's, also where they name him again
        ("..., he told Lam")."""
        stance = ctx.stance
        spans = [(stance.start, stance.end), *stance.again] if stance is not None else []
        loose = [
            w for w in ctx.parsed.loose_words if not any(s <= w[1] and w[2] <= e for s, e in spans)
        ]
        if not loose:
            return []
        said: set[str] = set()
        for claim in {c.id: c for p in parts for c in p.decisive}.values():
            said |= self._said_by(claim)
        text = ctx.parsed.text
        lang = ctx.parsed.lang
        return unread_details(
            loose, said, partial(glossed, lang), lambda a, b: not text[a:b].strip(" -–")
        )

    def _other_weekdays(self, ctx: _Context, parts: list[Part]) -> list[Uncovered]:
        """ "on Thursday": a weekday no deciding event's day falls on (factdb.check.weekdays). It
        places the statement on another day, so it keeps a denial or another party's words from
        a contradiction as much as it keeps a fact from support; an office held on a day is no
        event of that day."""
        if not ctx.parsed.weekdays:
            return []
        decisive = {c.id: c for p in parts for c in p.decisive}.values()
        days = [
            (c.time_start, c.time_end, self._elsewhere(c, ctx))
            for c in decisive
            if c.time_start
            and c.time_end
            and self.vocab.predicates[c.predicate].time_role in ("value", OCCASION)
        ]
        held = weekdays_accounted(days)
        text = ctx.parsed.text
        return [Uncovered("date", text[s:e]) for n, s, e in ctx.parsed.weekdays if n not in held]

    def _unsaid(self, mentions: list[Mention], parts: list[Part]) -> list[Mention]:
        """The `mentions` no deciding claim's source sentence names, of those a sentence may
        account for: a body, an agreement or a programme named in passing ("coordinate
        positions at ASEAN and the UN" of a sentence that names both), as its words account
        for a detail. A place, a person, an office, an event or a view is what a claim is
        about, or where and when it happened, so a sentence naming it in another role does
        not account for it."""
        named: set[str] = set()
        # A title's claim is no account of what its sentence goes on to say ("TNS Daines" of a
        # sentence naming the cooperation he pledged): only the facts' sentences count.
        facts = [p for p in parts if p.predicate not in self.offices]
        for claim in {c.id: c for p in facts for c in p.decisive}.values():
            named |= self._names_in_sentences(claim)
        return [
            m
            for m in mentions
            if not (set(m.ids) & named and all(self._type(e) in NAMED_IN_PASSING for e in m.ids))
        ]

    def _names_in_sentences(self, claim: ClaimView) -> frozenset[str]:
        """The entities the sentences of the claim's spans name, read once."""
        found = self._sentence_names.get(claim.id)
        if found is None:
            ids: set[str] = set()
            for sentence in self._sentences(claim):
                ids |= parse_statement(sentence, self.vocab).entity_ids()
            found = self._sentence_names[claim.id] = frozenset(ids)
        return found

    def _said_by(self, claim: ClaimView) -> frozenset[str]:
        """The folded words a claim accounts for: the sentences its spans stand in, and the
        names and labels of its predicate and entities."""
        found = self._said.get(claim.id)
        if found is None:
            words: set[str] = set()
            named = [self.vocab.predicates[claim.predicate].label_en]
            for eid in claim.entities():
                info = self.vocab.entities.get(eid)
                if info is not None:
                    named += [info.name_en, info.name_vi]
            for text in (*self._sentences(claim), *named):
                keys = [key for key, _, _ in tokenize(text).words()]
                words.update(keys)
                words |= said_phrases(keys)
            found = self._said[claim.id] = frozenset(words)
        return found

    def _denial_read(self, ctx: _Context, parts: list[Part]) -> bool:
        """Whether the statement's denial falls on something a part decides: a predicate it
        governs, a denying verb it turns over ("did not turn down"), or a title it denies."""
        if any(self._negated(self.vocab.predicates[p.predicate], ctx) for p in parts):
            return True
        cue = ctx.parsed.negation
        if cue is not None and any(
            t.kind == "antonym" and t.start >= cue.start for t in ctx.parsed.triggers
        ):
            return True
        return any(a.polarity == "denied" for a in decompose(ctx.parsed, self.vocab))

    # --- one claim against one part -----------------------------------------------------------

    def _assess_readings(self, pred: PredicateInfo, claim: ClaimView, ctx: _Context) -> Finding:
        """The claim against every reading of the statement's numbers and dates for `pred`: it
        supports if one reading fits, and contradicts only if every reading conflicts."""
        order = {"supports": 0, "open": 1, "irrelevant": 2, "contradicts": 3}
        best: Finding | None = None
        for quantity in ctx.quantities.get(pred.id) or [None]:
            for date in ctx.dates.get(pred.id) or [None]:
                finding = self._assess_said(pred, claim, ctx, quantity, date)
                finding.quantity, finding.date = quantity, date
                if best is None or order[finding.outcome] < order[best.outcome]:
                    best = finding
        assert best is not None
        return best

    def _assess_said(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        ctx: _Context,
        quantity: Quantity | None,
        date: DateSpan | None,
    ) -> Finding:
        """A claim of what someone said (factdb.check.stance): its content decides only when the
        statement gives it to the same speaker with a stance the claim bears out; given to
        another party of the same exchange, where the sources say only the claim's speaker took
        it, content that would be borne out in the claim's speaker's mouth is contradicted."""
        if claim.speaker is None:
            return self._assess(pred, claim, ctx, quantity, date)
        reading = ctx.stance
        if reading is None:
            # What someone said is not a fact the sources state: it decides attributed words only.
            return Finding(claim, "irrelevant", None)
        title = self._type(reading.speaker) == ROLE_TYPE
        if title and claim.speaker in self._holders(reading.speaker):
            # "Tổng Bí thư khẳng định ...": the title stands for the claim's speaker.
            finding = self._assess_said(
                pred,
                claim,
                replace(ctx, stance=replace(reading, speaker=claim.speaker)),
                quantity,
                date,
            )
            finding.covers = frozenset({reading.speaker})
            return finding
        stood = None if title else voiced(reading, claim.speaker, self._voices)
        if stood is not None:
            # "Jakarta wants ...", of what President Prabowo wished: the country speaks through
            # its leader, and its leader for it (factdb/lexicon/world/voices.yaml).
            others = tuple(claim.speaker if o == stood else o for o in reading.others)
            speaker = claim.speaker if reading.speaker == stood else reading.speaker
            # The one spoken for is named through its voice, and a person speaking for it names
            # no one else ("Macinka sees Vietnam as its gateway": the Czech Republic's, not
            # his); a country may still be what is said of ("the Hungarian leader said Hungary").
            voice = {stood} if self._type(stood) == PERSON else set()
            as_said = replace(
                ctx,
                stance=replace(reading, speaker=speaker, others=others),
                mentioned=ctx.mentioned - voice | {claim.speaker},
            )
            finding = self._assess_said(pred, claim, as_said, quantity, date)
            finding.covers = frozenset({stood})
            return finding
        # the speaker's own side is no other party: the places where they hold an office now
        rule = "other" if title else speaker_rule(reading, claim, self._places(claim.speaker))
        if rule == "same":
            return self._assess(pred, claim, ctx, quantity, date)
        if rule == "other-party":
            # The two parties exchanged: "Leahy thanked Lam for his contributions", read as the
            # claim's speaker would have said it, is "Lam thanked Leahy for his contributions".
            said, speaker = reading.speaker, claim.speaker
            mentioned = ctx.mentioned - {said, speaker} | {speaker}
            positions = {**ctx.positions, speaker: ctx.positions.get(said, [])}
            if speaker in ctx.mentioned:
                mentioned.add(said)
                positions[said] = ctx.positions.get(speaker, [])
            else:
                positions.pop(said, None)
            as_said = replace(ctx, mentioned=mentioned, positions=positions)
            finding = self._assess(pred, claim, as_said, quantity, date)
            if finding.outcome == "supports":
                grounds = Grounds(rule, claim, reading=reading)
                return Finding(claim, "contradicts", grounds, finding.same_key, why="speaker")
            rule = "other"
        finding = self._assess(pred, claim, ctx, quantity, date)
        if finding.outcome == "irrelevant":
            return finding
        rule = "other-stance" if rule == "other-stance" else "other-speaker"
        grounds = Grounds(rule, claim, reading=reading)
        return Finding(claim, "open", grounds, finding.same_key, why="speaker")

    def _voices(self, eid: str) -> set[str]:
        """Who speaks for `eid`, or for whom it speaks: the holders of an office that speaks for
        a country (factdb.check.stance.speaking_offices) held there now, or the countries a
        person holds one in."""
        speaking = speaking_offices()
        kind = self._type(eid)
        if kind == PERSON:
            return {c.object for c in self._held({eid}) if c.qualifier("role") in speaking}
        if kind != COUNTRY:
            return set()
        return {
            c.subject
            for c in self._offices_now({eid})
            if c.object == eid and c.qualifier("role") in speaking
        }

    def with_persons(self, parsed: ParsedStatement) -> ParsedStatement:
        """`parsed` with the persons of words given to a speaker named ("I", "the two
        countries": factdb.check.persons), as it is judged and as `factdb parse` shows it."""
        return with_persons(parsed, self.vocab, self._sides, self._holders)

    def _sides(self, eid: str) -> set[str]:
        """The countries `eid` speaks from, for the persons of its words (factdb.check.persons):
        a country itself, the countries a person holds or held office in (the general secretary
        of the Communist Party of Vietnam, Vietnam; a former senator, the United States), a
        title's one holder's."""
        kind = self._type(eid)
        if kind == COUNTRY:
            return {eid}
        if kind == ROLE_TYPE:
            holders = self._holders(eid)
            return self._sides(holders.pop()) if len(holders) == 1 else set()
        if kind != PERSON or not self.offices:
            return set()
        # an office held before counts too: a former senator still speaks from his country
        held = {
            c.object
            for found in self.index.claims_naming(self.offices, {eid}).values()
            for c in found
            if c.subject == eid and c.object and c.polarity == "affirmed" and c.modality == "fact"
        }
        return {p for p in self._countries_of(held) if self._type(p) == COUNTRY}

    def _holders(self, office: str) -> set[str]:
        """Who the claims say holds `office` (a role id), at any time they know of."""
        offices = self.offices
        return {
            c.subject
            for found in self.index.claims_naming(offices, {office}).values()
            for c in found
            if c.qualifier("role") == office
        }

    def _assess(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        ctx: _Context,
        quantity: Quantity | None,
        date: DateSpan | None,
    ) -> Finding:
        parsed = ctx.parsed
        mentioned = ctx.mentioned
        roles: list[tuple[str, str]] = [("subject", claim.subject)]
        if claim.object:
            roles.append(("object", claim.object))
        roles += list(claim.qualifiers)
        if claim.speaker:
            # Who said it is named for itself, never as another role's stand-in.
            roles.append(("speaker", claim.speaker))
        # "Cả chín nhà lãnh đạo đều chúc mừng ...": people the statement does not name do it,
        # which states a person's subject (the rest of the predication binds him: _unbound)
        unnamed = self._type(claim.subject) == PERSON and any(
            p.predicate == pred.id and p.agent_kind == PEOPLE for p in ctx.predications
        )
        if unnamed or self._led(pred, claim, ctx):
            mentioned = mentioned | {claim.subject}
        used = {eid for _, eid in roles if eid in mentioned}
        if claim.speaker and ctx.stance is not None:
            # The speakers the statement names are who said it, not stand-ins for the content's
            # people ("Tokayev, Mirziyoyev and Aliyev were impressed": none is the addressee),
            # nor are the people a country listed speaks through ("the presidents of A, B and C
            # said"); a person's country may well be what he speaks of ("Orbán said Hungary ...").
            listed = {ctx.stance.speaker, *ctx.stance.others}
            voices = [self._voices(who) for who in listed if self._type(who) != PERSON]
            used |= listed.union(*voices)
        irrelevant = Finding(claim, "irrelevant", None)
        if self._unbound(pred, claim, ctx):
            if self._turned_round(pred, claim, ctx, date):
                # "Trump accepted Lam's invitation to join the Board of Peace"
                return _turned(claim)
            # the statement's predication is another one, with other parties
            ctx.unbound.add(claim.id)
            return irrelevant
        unstated: list[str] = []
        replaced: dict[str, str] = {}
        others = mentioned - used
        for role, eid in roles:
            if eid in mentioned:
                continue
            other = self._alternative(role, eid, others, pred, ctx, claim)
            if other is None:
                unstated.append(role)
                if role == "subject" and not self._other_party_named(pred, claim, mentioned):
                    # Most claims weighed end here (no one stands where the claim has its
                    # subject): the other roles' stand-ins, sought next, would not be read.
                    return irrelevant
            else:
                replaced[role] = other

        if set(replaced) == {"subject"}:
            return self._single_holder(pred, claim, replaced["subject"], ctx, date)
        subject_missing = "subject" in unstated or "subject" in replaced
        if subject_missing and not self._other_party_named(pred, claim, mentioned):
            return irrelevant
        if claim.id in ctx.left_open:
            return irrelevant
        if ROLE_TYPE in pred.cue_types and claim.subject in ctx.held_by.values():
            # "Tổng Bí thư gặp ...": the title is how he is named, not something said of him.
            return irrelevant
        if "role" in unstated and ROLE_TYPE in pred.cue_types:
            # An office is what a holds-office statement is about; unnamed, it is not checked.
            return irrelevant
        if ROLE_TYPE in pred.cue_types and not self._titles_subject(claim, ctx):
            # "Trump congratulated Lam on his election as president": the title is Lam's, if
            # anyone's, not a title said of Trump.
            return irrelevant
        # "met in Budapest" of a meeting in Washington: another city for an occasion's place,
        # which contradicts only on the same occasion (below)
        moved = replaced.get("location") if pred.time_role == OCCASION else None
        if any(r != "object" and not (r == "location" and moved) for r in replaced):
            # The statement is about another slice: another counterparty, office or place.
            return irrelevant
        first = {e: ms[0].start for e, ms in ctx.positions.items() if ms}
        # An agent named after the act's noun ("at the invitation of Trump") says who did it
        # whatever the order of the names (assertions._given_by).
        given = any(p.given and p.predicate == pred.id for p in ctx.predications)
        if not pred.symmetric and not in_order(claim, first, ctx.parsed.passive or given):
            if self._turned_round(pred, claim, ctx, date):
                return _turned(claim)  # "Lam invited Trump to the Board of Peace meeting"
            return irrelevant
        if (
            not pred.symmetric
            and claim.speaker is None
            and not given
            and self._other_doer(claim, pred, ctx)
        ):
            return irrelevant
        if not self._value_stated(pred, claim, ctx):
            return irrelevant
        occasion = pred.time_role == OCCASION
        # The statement's slice is the claim's slice key (ClaimView.slice_key): every role the
        # statement replaced with another entity was left out above, so what remains is whether
        # it states each key role. The value, the place and the occasion of a repeatable event
        # (its `event`, which says which occasion, not whose) may go unstated: the date decides;
        # so may whom something was said to, which names the exchange, not whose view it is.
        loose = ("object", "location", "addressee") + (("event",) if occasion else ())
        key_roles = [r for r, _ in roles if r not in loose]
        same_key = not any(r in unstated for r in key_roles) and not (
            {eid for r, eid in roles if r in key_roles} & ctx.ambiguous
        )
        began = any(parsed.dates[i] is date for i in parsed.starts)
        timing = compare_time(
            pred.time_role, claim, date, self._elsewhere(claim, ctx), began, pred.functional
        )
        if timing.rule == "day-apart" and self._apart_on_one_clock(claim, ctx, date):
            # "Feb 19, Washington time" of a call the source puts on 18 February, Hanoi time
            timing = replace(timing, disjoint=True, rule="time-outside")
        elif timing.rule == "time-outside" and self._home_day(claim, ctx, date):
            # "on February 20" of a call on the afternoon of the 19th in Washington: the 20th
            # in Hanoi, whose papers the statement may follow
            timing = replace(timing, disjoint=False, rule="day-apart")
        time_ok, time_conflict = timing.fits, timing.disjoint
        if pred.time_role == "qualifier" and time_conflict:
            return irrelevant
        if began and time_conflict and same_key:
            # "the partnership dates from 2024" of one held since 2023
            return Finding(
                claim, "contradicts", Grounds("time", claim, timing), same_key, why="time"
            )
        if pred.time_role in ("qualifier", "state") and not time_ok:
            return Finding(claim, "open", Grounds("time", claim, timing), False, why="time")
        same_occasion = (
            same_occasion_of(claim, date, self._occasion_named(claim, ctx), self._occasion_window)
            if occasion
            # "the Board of Peace meeting was held in March 2026": a looser name of the event
            # the claim is about, dated outside it, may be another meeting of its kind
            else claim.subject not in ctx.loose
            or within(date, self._occasion_window(claim.subject))
        )
        time_note = Grounds(
            "time", claim, timing, another_occasion=time_conflict and not same_occasion
        )
        day = self._day_part_rule(claim, ctx, date)

        conflict: Grounds | None = None
        if "object" in replaced:
            other = replaced["object"]
            if (
                (pred.functional or self._exclusive_office(claim))
                and not occasion  # another object of an occasion is another occasion
                and same_key
                and same_occasion
                and other not in ctx.ambiguous
                and self._attached(other, pred, claim, ctx)
                and self._titles_subject(claim, ctx)
            ):
                conflict = Grounds("other-object", claim, other=other)
            else:
                return irrelevant

        where = claim.qualifier("location") or ""
        if moved is None and occasion and not where and self._party(claim) is None:
            # "attended the Board of Peace's first meeting in Prague": an act at the event
            # itself (no other party: a call on its sidelines may be made from anywhere) is
            # where the event was held
            moved, where = self._event_moved(claim, mentioned - used, pred, ctx)
        if moved is not None and conflict is None:
            cities = self._elsewhere_than(moved, where)
            zone = ctx.parsed.local_time
            # "already Feb 20 in Hanoi": a place that names a clock, not where it happened
            clock = zone is not None and any(
                zone.start <= m.start and m.end <= zone.end for m in ctx.positions[moved]
            )
            if cities and same_key and same_occasion and moved not in ctx.ambiguous and not clock:
                conflict = Grounds("other-place", claim, other=moved)
            else:
                return irrelevant

        value_note: Grounds | None = None
        if quantity is not None and claim.interval is not None:
            quantity = self._act_amount(pred, quantity, claim.interval)
            stated = Interval(quantity.low, quantity.high, quantity.low_open, quantity.high_open)
            said = Grounds("", claim, stated=stated, unit=quantity.unit or claim.unit)
            if quantity.unit is not None and quantity.unit != claim.unit:
                return Finding(claim, "open", replace(said, rule="other-unit"), same_key)
            # A small bare number may be an amount whose scale and unit went unread ("400 trieu"
            # in accented text): it can bear out a figure but not refute one. A count has no
            # scale to miss ("trims the scholarships to 100 a year").
            bare = (
                quantity.unit is None
                and claim.unit is not None
                and quantity.value < 1000
                and pred.dimension != "count"
            )
            outcome = compare_value(stated, claim.interval)
            if outcome == "value-disjoint" and quantity.ambiguous:
                # "clears $400m" may approve the $400m: refuted only if that amount is too
                plain = quantity.as_stated()
                amount = Interval(plain.low, plain.high, False, False)
                if compare_value(amount, claim.interval) != "value-disjoint":
                    outcome = "value-bound"
            if outcome == "value-disjoint":
                said = replace(said, rule=outcome)
                # "Orbán told Lam that Hungary had approved $500m": the people of the meeting
                # its source reports it at name its occasion for its figure (not for a date,
                # which may be another clause's: factdb.check.occasion)
                named = mentioned - ctx.ambiguous
                told = same_occasion or (
                    occasion
                    and (
                        encounter_named(self.index, self.vocab, claim, named)
                        or self._announced(claim, named, ctx)
                    )
                )
                if pred.functional and same_key and told and conflict is None and not bare:
                    conflict = said
                else:
                    return Finding(claim, "open", said, same_key)
            elif outcome == "value-bound":
                return Finding(claim, "open", replace(said, rule=outcome), same_key)
            elif outcome == "value-neither":
                value_note = replace(said, rule=outcome)

        if (
            conflict is None
            and time_conflict
            and pred.time_role in ("value", OCCASION)
            and same_key
            and same_occasion
        ):
            conflict = Grounds("time-outside", claim, text=date.text if date else "")
        if (
            conflict is None
            and day is not None
            and day[0] == "other"
            and pred.time_role in ("value", OCCASION)
            and same_key
            and same_occasion
        ):
            conflict = day[1]
        elif day is not None and day[0] == "open" and value_note is None:
            value_note = day[1]  # open, as a figure the claim neither implies nor excludes
        if (
            conflict is not None
            and pred.time_role == "state"
            and other_time(claim, ctx.parsed.dates)
        ):
            # "Upgraded to a comprehensive partnership in 2013": the date went to the upgrade,
            # and the level held today says nothing about 2013.
            return Finding(claim, "open", Grounds("other-time", claim))
        if (
            conflict is not None
            and pred.time_role == "state"
            and (changed := self._changed(pred, ctx))
        ):
            # "nâng cấp quan hệ lên Đối tác chiến lược toàn diện tại cuộc gặp": a change of the
            # state on that occasion, after which the level the claim gives then no longer holds.
            return Finding(claim, "open", Grounds("changed", claim, text=changed))

        negated = self._negated(pred, ctx)
        stated = Stated(
            negated=negated,
            denies_other_verb=negated and self._denies_an_unread_verb(pred, ctx),
            changes=self._changes(pred, ctx),
            figure=quantity is not None,
            mood=self._modality(pred, ctx),
            asserted=any(t.target == pred.id for t in parsed.triggers),
            object_unnamed=pred.value_type == "entity" and "object" in unstated,
            cue=parsed.negation.text if parsed.negation else "",
            label=pred.label_en,
        )
        decided = decide_claim(claim, stated, conflict, value_note, None if time_ok else time_note)
        if day is not None and day[0] == "same" and decided.outcome == "supports":
            ctx.day_part_borne.add(claim.id)
        named = decided.outcome == "contradicts" and conflict is not None and occasion
        return Finding(
            claim,
            decided.outcome,
            decided.grounds,
            same_key,
            denial=decided.denial,
            why=decided.why,
            occasion_named=named and self._occasion_named(claim, ctx),
        )

    @staticmethod
    def _other_party_named(pred: PredicateInfo, claim: ClaimView, mentioned: set[str]) -> bool:
        """Whether a claim whose subject the statement does not name may still be its reading:
        of a symmetric relation, with the counterparty named ("Hungary met ..." of Vietnam's
        meeting with Hungary)."""
        return pred.symmetric and claim.qualifier("counterparty") in mentioned

    def _changed(self, pred: PredicateInfo, ctx: _Context) -> str:
        """The words with which the statement changes a functional state (an upgrade to a
        level: a functional occasion predicate with an entity for value), if it does."""
        for t in ctx.parsed.triggers:
            other = self.vocab.predicates[t.target]
            if (
                t.kind == "trigger"
                and t.target != pred.id
                and other.time_role == OCCASION
                and other.value_type == "entity"
                and other.functional
            ):
                return t.text
        return ""

    def _unbound(self, pred: PredicateInfo, claim: ClaimView, ctx: _Context) -> bool:
        """Whether the claim is not the statement's predication: the statement binds to the
        predicate's verb a party the claim does not have in that role (rules
        .bind_party): its agent where the claim has its subject (or speaker), the names right
        after the verb where it has its counterparty or beneficiary. One part of a statement is
        one claim's roles: "Tô Lâm chúc mừng Thủ tướng Orbán" is not borne out by his
        congratulation of Armenia with Orbán's office beside it."""
        party = self._party(claim)
        for p in ctx.predications:
            if p.predicate != pred.id:
                continue
            # who does it: one of the names before the verb is the claim's subject (or, for
            # what someone said, its speaker: "Orbán said Hungary approved ...")
            agents = p.agents or (("",) if p.agent_kind == PEOPLE else ())
            agent = self._bound(agents, p.agent_kind, (claim.subject,), "agent")
            if claim.speaker is not None and claim.speaker in p.agents:
                agent = True
            # a list after the verb is one claim's party each: one of them must be this one's
            named = p.patients or (("",) if p.patient_kind else ())
            after = not party or self._bound(named, p.patient_kind, (party,), "counterparty")
            if agent and after:
                continue
            if pred.symmetric and party:
                # either party may be named first ("Orbán met Tô Lâm", "Vietnam and the EU
                # signed"): the other way round, the agent is the claim's counterparty and a
                # name after the verb its subject
                back = self._bound(agents, p.agent_kind, (party,), "agent")
                before = any(
                    self._binds(b, self._kind(b), claim.subject, "agent") in ("same", "holder")
                    for b in p.patients
                )
                if back and (before or not named):
                    continue
            return True
        return False

    def _bound(
        self, bound: tuple[str, ...], kind: str, parties: tuple[str, ...], slot: str
    ) -> bool:
        """Whether the names bound to a slot leave it to one of `parties` (none bound: yes)."""
        if not bound:
            return True
        return any(
            self._binds(b, self._kind(b) if b else kind, party, slot) != "other"
            for b in bound
            for party in parties
        )

    @staticmethod
    def _party(claim: ClaimView) -> str | None:
        """The other party of a directed claim (its counterparty or beneficiary), if any."""
        for role in DIRECTED:  # a loop, not a generator: asked for every claim weighed
            party = claim.qualifier(role)
            if party:
                return party
        return None

    def _kind(self, bound: str) -> str:
        """The kind of a name bound after a verb, for rules.bind_party: "" is people unnamed."""
        if not bound:
            return PEOPLE
        return PERSON if self._type(bound) == PERSON else "place"

    def _binds(self, bound: str, kind: str, party: str, slot: str) -> str:
        """rules.bind_party of a name bound to a verb against the claim's party in that slot."""
        return bind_party(bound, kind, party, self._type(party), self._places(bound), slot)

    def _announced(self, claim: ClaimView, named: set[str], ctx: _Context) -> bool:
        """Whether the statement gives the claim to the one who announced it at the encounter
        its source reports it at (factdb.check.occasion.announced_by): "Hungary finalises
        $500m ODA package, Orbán says". Undated: a date is the occasion's to decide
        (rules.same_occasion), and "Orbán said in 2017 ..." may be another announcement."""
        stance = ctx.stance
        if stance is None or stance.others or stance.on_act or stance.speaker not in named:
            return False
        if ctx.parsed.dates:
            return False
        places = self._places(stance.speaker)
        return announced_by(self.index, self.vocab, claim, stance.speaker, places, named)

    def _places(self, person: str) -> frozenset[str]:
        """The countries and bodies where the claims give `person` an office now. Read once a
        person: a judge lives for one state of the base, and each claim weighed against a
        statement asks again for every name bound to a verb (it cost a third of judging)."""
        found = self._offices_at.get(person)
        if found is None:
            found = frozenset(c.object for c in self._held({person}) if c.object)
            self._offices_at[person] = found
        return found

    def _alternative(
        self,
        role: str,
        eid: str,
        candidates: set[str],
        pred: PredicateInfo,
        ctx: _Context,
        claim: ClaimView | None = None,
    ) -> str | None:
        """A mentioned entity of the same kind that could stand where the claim has `eid`; for
        a place, one the statement gives as where it happened ("in Hungary", "flew to
        Washington"). A capital and its country are one place seen closer or farther."""
        kind = self._type(eid)
        if not kind:
            return None
        place = role in PLACE_ROLES and kind in PLACES
        # "was held in New York" of an event held in Washington: a city that is the claim's
        # object (where an event was held) is replaced by any place given as where, which
        # cannot hold it (_elsewhere_than)
        venue = role == "object" and kind == CITY
        for other in sorted(candidates):
            if self.capitals.get(other) == eid or self.capitals.get(eid) == other:
                continue
            if place and self._type(other) in PLACES and self._locative(other, pred, ctx, claim):
                return other
            if (
                venue
                and self._elsewhere_than(other, eid)
                and self._locative(other, pred, ctx, claim)
            ):
                return other
            if role != "location" and self._type(other) == kind:
                return other
        return None

    def _event_moved(
        self, claim: ClaimView, candidates: set[str], pred: PredicateInfo, ctx: _Context
    ) -> tuple[str | None, str]:
        """Another place the statement gives for where the claim's event was held (the one
        place EVENT_LOCATION claims give it), and that place; (None, "") if none."""
        event = claim.qualifier("event")
        held = self._event_places({event}) if event else set()
        if len(held) != 1:
            return None, ""
        (where,) = held
        other = self._alternative("location", where, candidates - held, pred, ctx, claim)
        if other is None or not self._elsewhere_than(other, where):
            return None, ""
        if not self._placed_at(other, event or "", {pred.id}, ctx):
            return None, ""
        return other, where

    def _placed_at(self, place: str, event: str, verbs: Collection[str], ctx: _Context) -> bool:
        """Whether the statement gives `place` as where `event` was held: after a locative
        right after the event's mention or a verb of `verbs` ("was held in Budapest", "the
        inaugural meeting in Budapest"), at most ATTACH_GAP words after it; not anywhere
        ("attended the inaugural meeting before flying to New York")."""
        heads = [m.end for m in ctx.positions.get(event, [])]
        heads += [t.end for t in ctx.parsed.triggers if t.target in verbs]
        return any(
            self._after_locative(m, ctx)
            and any(
                end <= m.start
                and sum(end <= s and e <= m.start for _, s, e in ctx.words) <= ATTACH_GAP
                for end in heads
            )
            for m in ctx.positions.get(place, [])
        )

    def _elsewhere_than(self, place: str, city: str) -> bool:
        """Whether `place` cannot hold the claim's `city`: another city; where the city is a
        capital, whose country the vocabulary knows, another country or a US state (a capital
        outside the United States, or Washington, D.C., lies in no state). A city the
        vocabulary does not place may lie in any country or state named."""
        if self._type(city) != CITY:
            return False
        kind = self._type(place)
        country = self.capitals.get(city)
        return (
            kind == CITY
            or (kind == US_STATE and country is not None)
            or (kind == COUNTRY and country not in (None, place))
        )

    def _locative(
        self, eid: str, pred: PredicateInfo, ctx: _Context, claim: ClaimView | None = None
    ) -> bool:
        """Whether a place is given as where it happened: after "in"/"tại", or right after the
        predicate's own trigger ("visit Vietnam", "thăm Việt Nam")."""
        words = ctx.words
        triggers = [t for t in ctx.parsed.triggers if t.target == pred.id]
        for mention in ctx.positions.get(eid, []):
            # The words before the mention (words are in text order) end with a locative.
            k = bisect_right(words, mention.start, key=lambda w: w[2])
            if self.vocab.ends_with_locative([w for w, _, _ in words[:k]]):
                return True
            # "visit Vietnam": the place is the trigger's direct object, unless the claim has a
            # party for that slot ("met Indonesian President Prabowo").
            direct = claim is None or claim.qualifier("counterparty") is None
            if (
                direct
                and triggers
                and any(t.end <= mention.start for t in triggers)
                and not _words_between(
                    words, max(t.end for t in triggers if t.end <= mention.start), mention.start
                )
            ):
                return True
        return False

    def _attached(self, other: str, pred: PredicateInfo, claim: ClaimView, ctx: _Context) -> bool:
        """Whether `other` is said of this office or predicate ("Prime Minister of Austria"), not
        merely elsewhere in the sentence ("invited President Tokayev to visit Vietnam"), nor
        across the verb of another predicate ("Lam met its prime minister")."""
        if self._type(other) in pred.cue_types:
            return True  # "Vietnam and Hungary are strategic partners": the mention is the cue
        if self._type(claim.object or "") == CITY and self._type(other) in PLACES:
            # "was held in Budapest", "the inaugural meeting in Budapest": where the event was
            # held is said after "in" right after the event or a verb of its being held, not
            # anywhere ("attended the inaugural meeting before flying to New York")
            # "the first meeting of the Board of Peace's executive committee": an unread word
            # right after the event's name makes it part of another's
            named = ctx.positions.get(claim.subject, [])
            if any(
                w in ctx.parsed.loose_words for m in named for w in _next_words(ctx.words, m.end)
            ):
                return False
            return self._placed_at(other, claim.subject, self.event_predicates, ctx)
        toks = [(s, e) for _, s, e in ctx.words]
        heads = [(m.start, m.end) for m in ctx.positions.get(claim.qualifier("role") or "", [])]
        heads += [(t.start, t.end) for t in ctx.parsed.triggers if t.target == pred.id]
        entity_spans = [(m.start, m.end) for m in ctx.parsed.entities]
        entity_spans += [(t.start, t.end) for t in ctx.parsed.triggers if t.target != pred.id]
        for mention in ctx.positions.get(other, []):
            if self._after_locative(mention, ctx):
                continue  # "a trip to Vietnam as Secretary of War": a place, not whose office
            for start, end in heads:
                lo, hi = (end, mention.start) if end <= mention.start else (mention.end, start)
                between = [t for t in toks if lo <= t[0] and t[1] <= hi]
                if len(between) <= ATTACH_GAP and not any(
                    lo <= s and e <= hi for s, e in entity_spans
                ):
                    return True
        return False

    def _other_doer(self, claim: ClaimView, pred: PredicateInfo, ctx: _Context) -> bool:
        """Whether someone else does what the claim's subject does: another person named before
        the predicate's verb, the claim's subject only after it ("Trump congratulated Lam" of
        Lâm's congratulations), in an active sentence."""
        verbs = [t.start for t in ctx.parsed.triggers if t.target == pred.id]
        if not verbs or ctx.parsed.passive or self._type(claim.subject) != PERSON:
            return False
        verb = min(verbs)
        if any(m.start < verb for m in ctx.positions.get(claim.subject, [])):
            return False
        return any(
            m.start < verb and claim.subject not in m.ids and PERSON in map(self._type, m.ids)
            for m in ctx.parsed.entities
        )

    def _denied_description(self, ctx: _Context, details: list[tuple[int, int]]) -> list[Uncovered]:
        """The `details` no deciding claim accounts for (Judge._details) between a denial and
        the verb it denies, beside a name ("No US official met Lam", "không quan chức Mỹ
        nào"): whom it denies it of is described by words the claims do not say."""
        cue = ctx.parsed.negation
        if cue is None:
            return []
        verb = min((t.start for t in ctx.parsed.triggers if t.start >= cue.end), default=None)
        if verb is None or not any(
            cue.end <= m.start and m.end <= verb for m in ctx.parsed.entities
        ):
            return []
        text = ctx.parsed.text
        return [
            Uncovered("detail", text[start:end])
            for start, end in details
            if cue.end <= start and end <= verb
        ]

    def _denied_manner(self, ctx: _Context, found: list[Uncovered]) -> list[Uncovered]:
        """The words nothing read (ParsedStatement.loose_words) after the verb a denial falls
        on, in its clause, that say how, when or in what capacity (occasion.denial_focus):
        "did not meet Orbán privately", "... last week", "... as an observer", "không gặp
        riêng". The denial may fall on that, which no claim fixes, rather than on the act. A
        word after a comma is a clause of its own."""
        cue = ctx.parsed.negation
        if cue is None:
            return []
        verb = min((t.end for t in ctx.parsed.triggers if t.start >= cue.end), default=cue.end)
        text = ctx.parsed.text
        said = {u.text for u in found}
        return [
            Uncovered("detail", text[start:end])
            for _, start, end in ctx.parsed.loose_words
            if start >= verb
            and _CLAUSE_BREAK.search(text, verb, start) is None
            and text[start:end] not in said
            and denial_focus(ctx.words, start, end)
        ][:1]

    def _placed_details(self, ctx: _Context, details: list[tuple[int, int]]) -> list[Uncovered]:
        """The `details` no deciding claim accounts for (Judge._details) that stand after a
        locative or a word of origin, an article between them or not ("in a hotel", "tại khách
        sạn", "from his hotel"): a place the claims do not give."""
        found = []
        read = [(t.start, t.end) for t in ctx.parsed.triggers]
        read += [(m.start, m.end) for m in ctx.parsed.entities]
        for start, end in details:
            words = [(w, s, e) for w, s, e in ctx.words if e <= start]
            before = [w for w, _, _ in words]
            # an article between ("in a hotel"), not a word read ("stuck in the approval process")
            article = bool(words) and not overlaps(words[-1][1], words[-1][2], read)
            heads = (before, before[:-1]) if article else (before,)
            if any(self.vocab.ends_with_locative(head) for head in heads) or any(
                origin_before(head) for head in (*heads, self._opening(ctx, start, end))
            ):
                # "from his hotel": where it was done from, as much as where
                found.append(Uncovered("detail", ctx.parsed.text[start:end]))
        return found

    def _denied_places(self, ctx: _Context, refuted: list[Part]) -> list[Uncovered]:
        """The places the statement gives after a locative or as where the act was done from
        ("did not call Lam from Vermont", "không gặp Orbán tại Budapest") that none of the
        denied claims gives, nor their events' places: the denial may fall on the place, which
        no claim fixes, rather than on the act. A name said of someone ("Leahy of Vermont")
        is no such place, nor the place of the encounter the fact was reported at."""
        denied = [c for part in refuted for c in part.decisive]
        given = {e for c in denied for e in c.entities()}
        # "Tại cuộc gặp ở Washington, ông Orbán thông báo ...": the place of the meeting the
        # fact was reported at (factdb.check.occasion)
        given |= self._event_places(given) | accounted_by_occasion(self.index, self.vocab, denied)
        found = []
        for eid, mentions in ctx.positions.items():
            if eid in given or self._type(eid) not in PLACES:
                continue
            for mention in mentions:
                before = [w for w, _, e in ctx.words if e <= mention.start]
                if self._after_locative(mention, ctx) or origin_before(before):
                    found.append(Uncovered("name", mention.text))
                    break
        return found

    @staticmethod
    def _opening(ctx: _Context, start: int, end: int) -> list[str]:
        """The first word of the statement's words from `start` to `end`, if any: a detail
        that starts with its own word of origin ("từ khách sạn", when "từ" is unread too)."""
        return [w for w, s, e in ctx.words if start <= s and e <= end][:1]

    def _after_locative(self, mention: Mention, ctx: _Context) -> bool:
        """Whether a locative ("to", "in", "tại") stands right before the mention."""
        return self.vocab.ends_with_locative([w for w, _, e in ctx.words if e <= mention.start])

    def _day_part_rule(
        self, claim: ClaimView, ctx: _Context, date: DateSpan | None
    ) -> tuple[str, Grounds] | None:
        """(same | other | open, its grounds) for the part of the day the statement gives with
        its date, against the one the claim's source gives (factdb.check.dayparts), or None."""
        said = read_day_part(ctx.parsed)
        if said is None or date is None or claim.time_start != claim.time_end:
            return None
        source = self._source_day_part(claim)
        on = claim.time_start
        when = None if on is None else (date, on)
        where = self._local_place(claim)
        rule = compare(said, source, where, self.capitals, when, ctx.parsed.lang)
        # the clock it names goes with it: "Sáng, giờ Hà Nội" is not the source's morning
        zone = ctx.parsed.local_time
        text = said.text if zone is None else f"{said.text}, {zone.text}"
        return rule, Grounds("day-part", claim, text=text, day_part=source)

    def _local_place(self, claim: ClaimView) -> str | None:
        """Where the claim happened, whose clock is its "local time": its location, or the
        place of its occasion (a call on the sidelines of a summit)."""
        where = claim.qualifier("location")
        if where is None and (event := claim.qualifier("event")) is not None:
            places = self._event_places({event})
            where = next(iter(places)) if len(places) == 1 else None
        return where

    def _apart_on_one_clock(self, claim: ClaimView, ctx: _Context, date: DateSpan | None) -> bool:
        """Whether a day the statement dates in a named zone, a day apart from the claim's,
        shares no hour with it once both are set on one clock (dayparts.apart_on_one_clock):
        only where the claim's source dates it in a zone with its part of the day ("Chiều 19-2
        (theo giờ địa phương)"). A zone said apart from the date ("ngày 18/2 (sáng nay giờ Hà
        Nội)": this morning in Hanoi, the 18th in Washington) is not the date's."""
        said, on = zone_of(ctx.parsed), claim.time_start
        if said is None or date is None or date.grain != "day" or on != claim.time_end:
            return False
        source = self._source_day_part(claim)
        if source is None or source.zone is None or on is None:
            return False
        said_day = date.first if date.year_known else (in_year(date, on.year) or (None,))[0]
        if said_day is None or (date.last != date.first and date.year_known):
            return False
        where = self._local_place(claim)
        return apart_on_one_clock(said, said_day, source.zone, on, where, self.capitals)

    def _home_day(self, claim: ClaimView, ctx: _Context, date: DateSpan | None) -> bool:
        """Whether a day said in no zone, a day from the claim's, is the claim's day on the
        clock of the sources' press (dayparts.home_day_meets)."""
        on = claim.time_start
        if ctx.parsed.local_time is not None or date is None or on is None:
            return False
        if date.grain != "day" or on != claim.time_end:
            return False
        said_day = date.first if date.year_known else (in_year(date, on.year) or (None,))[0]
        if said_day is None or abs((said_day - on).days) != 1:
            return False
        source = self._source_day_part(claim)
        if source is None:
            return False
        where = self._local_place(claim)
        return home_day_meets(said_day, ctx.parsed.lang, source, on, where)

    def _source_day_part(self, claim: ClaimView) -> DayPart | None:
        """The part of the day the sentence of one of the claim's spans gives, if any."""
        if claim.id not in self._day_parts:
            found = None
            for sentence in self._sentences(claim):
                found = read_day_part(parse_statement(sentence, self.vocab))
                if found is not None:
                    break
            self._day_parts[claim.id] = found
        return self._day_parts[claim.id]

    def _sentences(self, claim: ClaimView) -> Iterator[str]:
        """The source sentences the claim's spans stand in, in span order."""
        for span in self.index.with_evidence([claim])[claim.id].spans:
            text = self.index.source_text(span.source)
            left, right = sentence_around(text, span.start, span.end, abbreviations())
            yield text[left:right]

    def _titles_subject(self, claim: ClaimView, ctx: _Context) -> bool:
        """Whether the office the claim names is said of its subject: no other person stands
        between the two. In "met Kyrgyz President Japarov, Tokayev and Mirziyoyev" the title is
        Japarov's, and says nothing of where Mirziyoyev is president."""
        role = claim.qualifier("role")
        if role is None:
            return True
        persons = [
            (m.start, m.end)
            for m in ctx.parsed.entities
            if claim.subject not in m.ids and any(self._type(e) == PERSON for e in m.ids)
        ]
        # A name the base does not know is someone else too ("Japarov").
        text = ctx.parsed.text
        persons += [
            (m.start(), m.end())
            for name in ctx.parsed.unknown_names
            for m in re.finditer(re.escape(name), text)
        ]
        for mention in ctx.positions.get(claim.subject, []):
            for office in ctx.positions.get(role, []):
                lo, hi = sorted((mention.start, office.start))
                if not any(lo <= s and e <= hi for s, e in persons):
                    return True
        return False

    def _value_stated(self, pred: PredicateInfo, claim: ClaimView, ctx: _Context) -> bool:
        """A predicate cued only by a mention ('the Board of Peace meeting') checks nothing unless
        the statement also gives its value: a date, a place, an amount, or the cue itself is part
        of the value ('Prime Minister Orbán' names the office)."""
        if any(t.target == pred.id for t in ctx.parsed.triggers):
            return True
        if pred.value_type == "date":
            return pred.id in ctx.dates
        if pred.value_type in ("quantity", "rank"):
            return pred.id in ctx.quantities
        if pred.value_type == "entity" and claim.object is not None:
            # The cue names the value ("Prime Minister Orbán" names the office), not the
            # subject: "the Board's first meeting" says nothing of where it was held.
            cued = {
                e for e in claim.entities() - {claim.subject} if self._type(e) in pred.cue_types
            }
            return (
                claim.object in ctx.mentioned
                or bool(cued & ctx.mentioned)
                or self._alternative("object", claim.object, ctx.mentioned, pred, ctx, claim)
                is not None
            )
        return True

    def _negated(self, pred: PredicateInfo, ctx: _Context) -> bool:
        """A denial governs the predicates whose trigger follows it ('did not meet'), or whose
        cue it stands right before ('was not a Republican'), not an office named in passing
        ('did not meet Cambodian PM Hun Manet' still calls him prime minister)."""
        cue = ctx.parsed.negation
        if cue is None:
            return False
        if cue.kind == "negation_after":
            # "Lam's phone call with Leahy did not take place": the event named before it.
            return any(t.target == pred.id and t.end <= cue.start for t in ctx.parsed.triggers)
        after = [t for t in ctx.parsed.triggers if t.target == pred.id and t.start >= cue.start]
        if after:
            first = min(t.start for t in after)
            # "Without delay, Hungary approved ...", "Not long after, ...": a denial in a phrase
            # a comma closes before any verb denies that phrase's words, not the clause after it
            close = _CLAUSE_BREAK.search(ctx.parsed.text, cue.end, first)
            if close is not None and not any(
                cue.end <= t.start < close.start() for t in ctx.parsed.triggers
            ):
                return False
            # A denial falls on the first verb after it: in "did not turn down Trump's
            # invitation" the invitation is the object of what is denied, not denied itself.
            if any(
                cue.start < t.start < first and t.target != pred.id and t.target in ctx.candidates
                for t in ctx.parsed.triggers
            ):
                return False
            # "did not turn down the invitation", "did not cut its scholarships": a denial of a
            # denying verb affirms; it falls on the first verb after it, not on the noun that
            # names the predicate after that verb.
            nearest = min(after, key=lambda t: t.start)
            return not (nearest.kind == "antonym" and nearest.start > cue.start)
        words = ctx.words
        blockers = [
            (t.start, t.end)
            for t in ctx.parsed.triggers
            if t.target != pred.id and t.target in ctx.candidates
        ]
        blockers += [(m.start, m.end) for m in ctx.parsed.entities]
        for m in ctx.parsed.entities:
            if m.start < cue.end or not any(self._type(e) in pred.cue_types for e in m.ids):
                continue
            between = [(s, e) for _, s, e in words if cue.end <= s and e <= m.start]
            if len(between) <= ATTACH_GAP and not any(
                cue.end <= s and e <= m.start for s, e in blockers
            ):
                return True
        return False

    @staticmethod
    def _elsewhere(claim: ClaimView, ctx: _Context) -> bool:
        """Whether the statement dates things in another place's time than the claim's: it
        names a zone with a place ("giờ Hà Nội") that is not where the claim happened. Sources
        date an event in its own local time, so "local time" or the event's own city is not."""
        zone = ctx.parsed.local_time
        if zone is None:
            return False
        places = {
            eid
            for m in ctx.parsed.entities
            if zone.start <= m.start and m.end <= zone.end
            for eid in m.ids
        }
        return bool(places) and claim.qualifier("location") not in places

    def _denies_an_unread_verb(self, pred: PredicateInfo, ctx: _Context) -> bool:
        """'Hungary has yet to disburse the ODA': the denial falls on a verb no predicate knows
        ('disburse'), not on the ODA's approval, when more than one word that is no trigger
        stands between it and the predicate's trigger."""
        cue = ctx.parsed.negation
        assert cue is not None
        after = [t for t in ctx.parsed.triggers if t.target == pred.id and t.start >= cue.end]
        if not after:
            return False
        first = min(after, key=lambda t: t.start)
        spans = [(t.start, t.end) for t in ctx.parsed.triggers]
        # "failed to complete the approval": a verb that adds nothing is no other act
        spans += [(c.start, c.end) for c in ctx.parsed.grammar if c.kind == "transparent_verb"]
        between = [
            (s, e)
            for _, s, e in ctx.words
            if cue.end <= s and e <= first.start and not overlaps(s, e, spans)
        ]
        # A trigger, a name or a modal word between ties the denial to the phrase it heads
        # ("never spoken to Trump by phone", "has no plans to visit"): then it is read as before.
        tied = [(t.start, t.end) for t in ctx.parsed.triggers]
        tied += [(m.start, m.end) for m in ctx.parsed.entities]
        tied += [(c.start, c.end) for c in ctx.parsed.modality_cues]
        return len(between) > 1 and not any(cue.end <= s and e <= first.start for s, e in tied)

    def _changes(self, pred: PredicateInfo, ctx: _Context) -> bool:
        """Whether the statement's denial is one of the predicate's own denying verbs ("cut",
        "trims", "cắt giảm"), which with a figure says what the value became."""
        cue = ctx.parsed.negation
        return cue is not None and any(
            t.kind == "antonym" and t.target == pred.id and t.start == cue.start
            for t in ctx.parsed.triggers
        )

    def _modality(self, pred: PredicateInfo, ctx: _Context) -> str:
        """A modal word governs the trigger that follows it ('sẽ dự', 'hopes to visit'); an
        office or a partnership named in passing is stated as fact."""
        moods = []
        # an act named with whoever did it ("at Lam's invitation", "theo lời mời của Tổng
        # thống Trump") is said as done, also inside a wish or a plan
        given = {p.start for p in ctx.predications if p.predicate == pred.id and p.given}
        for trigger in (t for t in ctx.parsed.triggers if t.target == pred.id):
            before = [c for c in ctx.parsed.modality_cues if c.start <= trigger.start]
            done = trigger.start in given or not before
            moods.append("fact" if done else max(before, key=lambda c: c.start).kind)
        mood = moods[0] if moods else "fact"
        # what a wish says will happen is wished ("Daines hopes Hanoi and Washington will soon
        # wrap up the deal"): the wish governs the plan's words inside it
        if mood == "plan" and ctx.stance is not None and ctx.stance.stance == "wished":
            return "wish"
        return mood

    def _single_holder(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        other: str,
        ctx: _Context,
        date: DateSpan | None,
    ) -> Finding:
        """'Y is prime minister of X' when the claim has Z in that single-holder office. The
        title read as an assertion of Y's (factdb.check.assertions) says it of him whatever
        stands between ("Hun Sen is Cambodia's prime minister"); a former or past one ("Former
        Cambodian Prime Minister Hun Sen", "từng là Thủ tướng") says he held it before, which
        the holder at the claim's time does not refute."""
        role = claim.qualifier("role")
        info = self.vocab.entities.get(role or "")
        parsed = ctx.parsed
        irrelevant = Finding(claim, "irrelevant", None)
        # the cheap tests first: reading the titles and their attachment costs a decomposition
        if (
            info is None
            or not info.single_holder
            or role not in ctx.mentioned
            or claim.object not in ctx.mentioned
            or {other, role, claim.object} & ctx.ambiguous
            or parsed.negation is not None
            or claim.polarity != "affirmed"
            or claim.modality != "fact"
            # held before a date ("nguyên Chủ tịch"): someone else may hold it since
            or claim.time_start == dt.date.min
            # a plural office ("meets presidents of ...") is nobody's single title
            or not all(self.vocab.written_as_phrase(m.text) for m in ctx.positions[role])
        ):
            return irrelevant
        titles = [
            a
            for a in decompose(parsed, self.vocab)
            if a.subject == other and a.office == role and a.jurisdiction in (None, claim.object)
        ]
        said = any(a.jurisdiction == claim.object for a in titles) or (
            self._attached(other, pred, claim, ctx)
            # whose office it is is said of it too ("Thủ tướng Hun Manet nói với Tô Lâm rằng
            # Hungary ...": Hungary is what he spoke of, not his country)
            and self._attached(claim.object, pred, claim, ctx)
        )
        if (
            not said
            or any(a.tense in ("former", "past") for a in titles)
            or not compare_time(pred.time_role, claim, date).fits
        ):
            return irrelevant
        return Finding(claim, "contradicts", Grounds("single-holder", claim, other=other), True)

    def _exclusive_office(self, claim: ClaimView) -> bool:
        """Whether the claim holds a single-holder office (a prime minister of Hungary) over a
        known period: the holder of such an office holds it for no other jurisdiction then
        ("Orbán is the Prime Minister of Austria"). A person may hold other offices, and the
        same office at other times; one held "before" a date, at no known time, excludes none."""
        info = self.vocab.entities.get(claim.qualifier("role") or "")
        return (
            info is not None and info.single_holder and claim.time_start not in (None, dt.date.min)
        )

    def _turned_round(
        self, pred: PredicateInfo, claim: ClaimView, ctx: _Context, date: DateSpan | None
    ) -> bool:
        """Whether the statement turns the claim's parties round on the claim's own occasion, for
        a predicate with one direction on one occasion (factdb/lexicon/world/directions.yaml):
        it binds the claim's other party as who does it and the claim's subject as the one it
        is done to (assertions.predications, an agent named after the act's noun included)."""
        party = self._party(claim)
        if (
            party is None
            or pred.id not in one_way_predicates()
            or claim.polarity != "affirmed"
            or claim.modality != "fact"
            or ctx.parsed.negation is not None
            or ctx.parsed.passive
            or {party, claim.subject} & ctx.ambiguous
        ):
            return False
        turned = any(
            p.predicate == pred.id and p.agent == party and claim.subject in p.patients
            for p in ctx.predications
        )
        return turned and same_occasion_of(
            claim, date, self._occasion_named(claim, ctx), self._occasion_window
        )

    def _occasion_named(self, claim: ClaimView, ctx: _Context) -> bool:
        """Whether the statement names the claim's occasion: its event, or the object of a
        functional predicate (the level an upgrade reached: one upgrade to it). A view's topic
        is what was said, which may be said again: "in 2019 Daines said Vietnam is an important
        economic partner" is another occasion, not the 2026 call's. (An event that is what an
        act is about has no dates of its own, so rules.same_occasion finds no window for it.)"""
        objects = (claim.object,) if self.vocab.predicates[claim.predicate].functional else ()
        named = {e for e in (self._occasion_event(claim), *objects) if e is not None}
        return bool(named & (ctx.mentioned - ctx.ambiguous - ctx.loose))

    def _occasion_event(self, claim: ClaimView) -> str | None:
        """The claim's `event` when it is an occasion (a summit, a trip, a body joined), None
        when it is what the act was about (CONTENT_TYPES)."""
        event = claim.qualifier("event")
        return None if event is None or self._type(event) in CONTENT_TYPES else event

    def _before_the_first(self, event: str, dates: list[DateSpan]) -> bool:
        """Whether every date of the statement falls before the days of an event whose name
        makes it the first of its kind (occasion.first_of_kind: "the Board of Peace inaugural
        meeting"): no meeting of the kind was held before the first, so "the Board of Peace
        meeting on 10 February" can only be that one, misdated."""
        info = self.vocab.entities.get(event)
        days = self._occasion_window(event)
        if info is None or days is None:
            return False
        if not (first_of_kind(info.name_en) or first_of_kind(info.name_vi)):
            return False
        placed = [(d.first, d.last) if d.year_known else in_year(d, days[0].year) for d in dates]
        return all(p is not None and p[1] < days[0] for p in placed)

    def _occasion_window(self, event: str) -> tuple[dt.date, dt.date] | None:
        """The dates within which the claim base puts the event `event`, or None when it has
        none: the intersection of its EVENT_DATES and those of events held for it (the trip to
        a summit, qualifier `event`). Each bounds it: a meeting dated only to February 2026, on
        a trip of 18-20 February, lies within 18-20 February."""
        dated = [
            (c.time_start, c.time_end)
            for c in self.index.claims_naming([EVENT_DATES], [event]).get(EVENT_DATES, [])
            if event in (c.subject, c.qualifier("event"))
            and c.polarity == "affirmed"
            and c.modality == "fact"
            and c.time_start not in (None, dt.date.min)
            and c.time_end is not None
        ]
        if not dated:
            return None
        first, last = max(s for s, _ in dated), min(e for _, e in dated)
        return (first, last) if first <= last else None

    def _time_windows(self, ctx: _Context) -> dict[str, list[tuple[dt.date, dt.date]]]:
        """For each predicate whose time picks a period (trade in a year), given only dates
        with a year: those dates. A dated claim meeting none of them is another period, which
        `_assess` sets aside under every reading (compare_time finds it disjoint), so retrieval
        need not read it: a statement about 2025 does not read thirty years of a series."""
        return {
            pid: [(d.first, d.last) for d in dates]
            for pid, dates in ctx.dates.items()
            if self.vocab.predicates[pid].time_role == "qualifier"
            and all(d.year_known for d in dates)
        }


def _next_words(words: list[tuple[str, int, int]], at: int) -> list[tuple[str, int, int]]:
    """The two words after offset `at`."""
    return [w for w in words if w[1] >= at][:2]


def _words_between(words: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """Whether a word stands wholly within text[start:end]."""
    return any(start <= s and e <= end for _, s, e in words)


def _same_assertion(part: Part, other: Part) -> bool:
    """Whether two parts decide the same thing the same way on the same claims, in the same
    words: two readings of one assertion."""
    return (
        part.predicate == other.predicate
        and part.verdict == other.verdict
        and part.reason == other.reason
        and part.denial == other.denial
        and [c.id for c in part.decisive] == [c.id for c in other.decisive]
    )


def _qualified(parts: list[Part], roles: Collection[str]) -> set[str]:
    """The entities the deciding claims of `parts` name in one of `roles`."""
    return {eid for p in parts for c in p.decisive for role, eid in c.qualifiers if role in roles}


@cache
def one_way_predicates() -> frozenset[str]:
    """The predicates whose parties have one direction on one occasion
    (factdb/lexicon/world/directions.yaml)."""
    return frozenset(load_lexicon("world", "directions").get("one_way") or {})


def _has_words(text: str, words: str) -> bool:
    """Whether `words` stand in `text` as whole words."""
    return f" {words} " in f" {text} "


def _currency_dimension(unit: str) -> str:
    """Units outside the vocabulary: three capital letters are an ISO 4217 currency."""
    return "money" if len(unit) == 3 and unit.isupper() else "unknown"
