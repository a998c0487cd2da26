"""The passes of the judge that read a word said over a set: whether what the statement says
of every member, of one member alone, or of all but one, holds of the set the claims give.

Each pass runs after the judge's main pass has judged the statement as if the word were not
there, and takes that judgement in; each can only refute it or leave it open, never bear out
more than the main pass did:

* `Quantifiers.excluding`: a name excluded from what is said ("met Orbán, not Tokayev", "all
  the leaders except Orbán": `exclusions` in lexicon/<lang>/statements.yaml, read by the parse
  as ParsedStatement.exclusions). The statement read of the excluded name, borne out, refutes
  it; otherwise the exclusion is something no claim says.
* `Quantifiers.only`: "only" before a name or a title ("met only Orbán", "the only prime
  minister Lam met": `only_words`, `only_before_names`, `only_after`, read as
  ParsedStatement.only). A claim of the same occasion naming another party refutes it; "only"
  before the verb with a word a denial may fall on after the name (lexicon/<lang>/foci.yaml:
  "only met Orbán once") may bear on that, and is open.
* `Quantifiers.every`: a title said of every one the verb reached ("Every leader Lam met on Feb
  19 was a president": `universals`, `universal_nouns`, read as ParsedStatement.universal). One
  met on that occasion holding an office that excludes the title refutes it; it is never borne
  out, as the sources need not name every one met.
* `Quantifiers.each_act`: a date said of each of a counted set of acts ("All three of Lam's
  calls took place on Feb 18": `act_universals` before a noun of `counted_people`). Where the
  number counts as many acts as the claims give the occasion, one outside the dates refutes and
  all inside bear it out; otherwise one borne out is not all, and it is open.

Whether a claim's days lie in the statement's dates, as the last two ask, is rules.on_dates.
"""

from __future__ import annotations

from collections.abc import Callable

from factdb.check.assertions import Assertion
from factdb.check.explain import Words
from factdb.check.findings import Judgement, Part
from factdb.check.match import ClaimIndex
from factdb.check.occasion import denial_focus
from factdb.check.offices import Offices, day_of
from factdb.check.parse import parse_statement
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, on_dates, party_of
from factdb.check.statement import Cue, Exclusion, ParsedStatement, phrases_at
from factdb.check.world import CITY, COUNTRY, PERSON, ROLE_TYPE, World
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import EVENT, OFFICE_TENSES, Vocabulary
from factdb.records import replace
from factdb.text.tokens import phrase_spans

# Words that may stand between a word of all and the act it says of each ("All three of Lam's
# calls", "Cả ba cuộc điện đàm"): Quantifiers.each_act.
ACT_REACH = 4


class Quantifiers:
    """The set passes, over what the judge reads: the vocabulary, the claim index, the judge's
    World and Offices (factdb.check.world, factdb.check.offices) and the words of its reasons."""

    def __init__(
        self, vocab: Vocabulary, index: ClaimIndex, world: World, offices: Offices, words: Words
    ) -> None:
        self.vocab = vocab
        self.index = index
        self.world = world
        self.offices = offices
        self.words = words

    def excluding(
        self,
        parsed: ParsedStatement,
        exclusion: Exclusion,
        judgement: Judgement,
        judge: Callable[[ParsedStatement], Judgement],
        as_judged: Callable[[ParsedStatement], ParsedStatement],
    ) -> Judgement:
        """'Lam met Orbán, not Tokayev': what is said is denied of the excluded name. Read with
        that name in place of the one it is set against, a statement the claims bear out is
        contradicted; otherwise the exclusion is something no claim says. Set against a name,
        the sentence is read again with the excluded name (and its titles) written in that
        name's place, so that what binds a name by its place (a copula, a cleft, a speaker's
        verb, a title before it) binds the excluded one: "It was Sen. Daines, not Sen.
        Hagerty, who ..." is read as "It was Sen. Hagerty who ...". Each reading is the
        judge's own: `as_judged` reads the sentence as a statement is read (Judge.as_judged),
        `judge` weighs it against the claims (the judge's main pass)."""
        names = " ".join(m.text for m in exclusion.excluded)
        against = exclusion.against
        if against:
            in_place = parse_statement(_in_place(parsed.text, exclusion), self.vocab)
            read = judge(as_judged(in_place))
        else:
            named = [m for m in parsed.entities if m not in against]
            affirmed = replace(parsed, entities=named + list(exclusion.excluded), exclusions=[])
            read = judge(affirmed)
        if read.verdict == SUPPORTED:
            reason = self.words.excluded(names, exclusion.cue.text, read.explanation, True)
            return Judgement(parsed.text, CONTRADICTED, reason, read.parts)
        if judgement.verdict != SUPPORTED:
            return judgement
        reason = self.words.excluded(names, exclusion.cue.text, judgement.explanation, False)
        return Judgement(parsed.text, NEI, reason, judgement.parts)

    def only(self, parsed: ParsedStatement, only: Cue, judgement: Judgement) -> Judgement:
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
        # "the only prime minister Lam met": of the holders of that office on the occasion, in
        # the country said with it ("the only president of Azerbaijan", "only Azerbaijani
        # president")
        office = self.world.type(only.target) == ROLE_TYPE
        text = parsed.text
        where = {
            e
            for m in parsed.entities
            if only.start <= m.start
            and (m.end <= only.end or len(text[only.end : m.start].split()) <= 1)
            for e in m.ids
            if self.world.type(e) == COUNTRY
        }
        for part in parts:
            for claim in part.decisive:
                holders = (
                    self.offices.holders_at(only.target, claim, where) if office else {only.target}
                )
                role, named = next(
                    ((r, e) for r, e in claim.qualifiers if e in holders), (None, None)
                )
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
                        and other.qualifier(role) not in (None, named)
                        and (not office or other.qualifier(role) in holders)
                    ):
                        reason = self.words.only(only.text, other, "")
                        refuted = Part(claim.predicate, CONTRADICTED, reason, decisive=[other])
                        return Judgement(parsed.text, CONTRADICTED, reason, [refuted])
        reason = self.words.only(only.text, None, judgement.explanation)
        return Judgement(parsed.text, NEI, reason, judgement.parts)

    def every(self, parsed: ParsedStatement, every: Cue, judgement: Judgement) -> Judgement:
        """'Every leader Lam met on Feb 19 was a president': refuted by one the claims show met
        on that occasion (the statement's dates, places and events, where it gives any) and
        holding then an office a rule says excludes that one (rules.decide_office); never borne
        out, as the sources need not name every one met."""
        world = self.world
        # "were former presidents": the title's own tense; "became" dates a start no claim fixes
        tenses = [
            c.kind
            for c in parsed.grammar
            if c.kind in OFFICE_TENSES and every.start <= c.start < every.end
        ]
        if "start" in tenses:
            return (
                judgement
                if judgement.verdict != SUPPORTED
                else self._every_open(parsed, every, judgement)
            )
        tense = tenses[-1] if tenses else "unmarked"
        acts = {
            t.target
            for t in parsed.triggers
            if every.start < t.start < every.end and t.target not in world.offices
        }
        # who did it: a person named between the noun and the verb ("leaders Lam met")
        verb = min((t.start for t in parsed.triggers if t.target in acts), default=every.start)
        doers = {
            e
            for m in parsed.entities
            if every.start < m.start and m.end <= verb
            for e in m.ids
            if world.type(e) == PERSON
        }
        named = parsed.entity_ids()
        places = {e for e in named if world.type(e) in (CITY, COUNTRY)} - doers
        events = {e for e in named if world.type(e) == EVENT}
        for claims in self.index.claims_naming(sorted(acts), doers).values():
            for claim in claims:
                other = party_of(claim)
                if (
                    other is None
                    or world.type(other) != PERSON
                    or claim.subject not in doers
                    or claim.polarity != "affirmed"
                    or claim.modality != "fact"
                    or not on_dates(claim, parsed.dates)
                    or not places <= set(claim.entities()) | world.event_places(claim.entities())
                    or not events <= set(claim.entities())
                ):
                    continue
                said = Assertion(
                    "office", every.text, every.start, every.end, other, every.target, tense=tense
                )
                offices = [
                    c
                    for found in self.index.claims_naming(world.offices, {other}).values()
                    for c in found
                ]
                decision = self.offices.decide(said, offices, [day_of(claim)])
                if decision.verdict == CONTRADICTED:
                    reason = self.words.office(said, decision)
                    refuted = Part(
                        claim.predicate,
                        CONTRADICTED,
                        reason,
                        decision.rule,
                        decisive=[claim, *decision.claims],
                    )
                    return Judgement(parsed.text, CONTRADICTED, reason, [refuted])
        return (
            judgement
            if judgement.verdict != SUPPORTED
            else self._every_open(parsed, every, judgement)
        )

    def each_act(self, parsed: ParsedStatement, judgement: Judgement) -> Judgement:
        """'All three of Lam's calls with US lawmakers took place on Feb 18', "Cả ba cuộc điện
        đàm ... đều diễn ra ngày 18/2": a word of all (`act_universals` in
        lexicon/<lang>/statements.yaml) before an act said as a counted noun (`counted_people`:
        "calls", "cuộc điện đàm") says the date of each. The set is the acts the claims give
        the subject on the deciding claims' occasion (their event); where a number after the
        word of all counts as many, one member outside the dates refutes, and all inside bear it
        out. Where no number enumerates the set, one member borne out is not all: open."""
        words = parsed.tokens.words()
        alls = phrases_at(parsed, "statements", "act_universals")
        nouns = phrase_spans(words, phrase_keys("statements", "counted_people", (parsed.lang,)))
        acts = [
            t
            for t in parsed.triggers
            if any(s <= t.start and t.end <= e for s, e in nouns)
            and any(
                end <= t.start and len([w for w in words if end <= w[1] < t.start]) <= ACT_REACH
                for _, end in alls
            )
        ]
        if not acts:
            return judgement
        act = acts[0]
        word = max((s, e) for s, e in alls if e <= act.start)
        parts = [p for p in judgement.parts if p.predicate == act.target and p.decisive]
        if not parts or parts[0].verdict != SUPPORTED:
            return judgement
        decisive = parts[0].decisive
        occasions = {c.qualifier("event") for c in decisive}
        subjects = {c.subject for c in decisive}
        if len(occasions) != 1 or None in occasions:
            return judgement
        members = [
            c
            for found in self.index.claims_naming([act.target], subjects).values()
            for c in found
            if c.subject in subjects
            and c.qualifier("event") in occasions
            and c.polarity == "affirmed"
            and c.modality == "fact"
        ]
        members = list({c.id: c for c in members}.values())
        counted = [
            q
            for q in parsed.quantities
            if word[1] <= q.start < act.start and q.low == q.high and q.low is not None
        ]
        text = parsed.text[word[0] : act.end]
        if counted and counted[0].low == len(members):
            outside = [c for c in members if not on_dates(c, parsed.dates)]
            if outside:
                reason = self.words.only(text, outside[0], "")
                refuted = Part(act.target, CONTRADICTED, reason, decisive=[outside[0]])
                return Judgement(parsed.text, CONTRADICTED, reason, [refuted])
            return judgement
        if judgement.verdict != SUPPORTED:
            return judgement
        reason = self.words.only(text, None, judgement.explanation)
        return Judgement(parsed.text, NEI, reason, judgement.parts)

    def _every_open(self, parsed: ParsedStatement, every: Cue, judgement: Judgement) -> Judgement:
        """A title said of every one met is never borne out: the sources need not name all."""
        reason = self.words.only(every.text, None, judgement.explanation)
        return Judgement(parsed.text, NEI, reason, judgement.parts)


def _in_place(text: str, exclusion: Exclusion) -> str:
    """The sentence with the excluded name (and its titles) in place of the names it is set
    against, the cue dropped: "Daines, not Hagerty, sent ..." is "Hagerty sent ...", "met Orbán
    but not Tokayev in Washington" is "met Tokayev in Washington". The comma that closed the
    excluded name goes with the one that opened the cue."""
    first, last = exclusion.against[0], exclusion.excluded[-1]
    rest = text[last.end :]
    if "," in text[exclusion.against[-1].end : exclusion.cue.start]:
        rest = rest[1:] if rest.startswith(",") else rest
    return text[: first.start] + text[exclusion.excluded[0].start : last.end] + rest
