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
from collections.abc import Collection
from functools import cache, partial

from factdb.check import scope, windows
from factdb.check.assertions import (
    PEOPLE,
    decompose,
    distributed,
    indefinite,
    predications,
)
from factdb.check.explain import Words
from factdb.check.findings import Context, Finding, Judgement, Part, turned
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
    combined,
    compare_time,
    compare_value,
    decide_claim,
    decide_described,
    decide_office,
    fewer_than_named,
    in_order,
    other_time,
    unread_details,
    within,
)
from factdb.check.rules import same_occasion as same_occasion_of
from factdb.check.scope import (
    MAX_READINGS,
    next_words,
)
from factdb.check.stance import (
    clause_breaks,
    felt,
    opens_attribution,
    opens_with_verb,
    read_stance,
    speaker_rule,
    voiced,
)
from factdb.check.weekdays import accounted as weekdays_accounted
from factdb.check.world import (
    BODY_TYPES,
    CITY,
    NAMED_IN_PASSING,
    PERSON,
    PLACE_ROLES,
    PLACES,
    REPORTING_TYPES,
    ROLE_TYPE,
    World,
    has_words,
)
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import glossed
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import PredicateInfo, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.store.intervals import Interval

# Claims listed by id where a verb's claims all have other parties than the ones it binds.
UNBOUND_LISTED = 3


# What places a statement on an occasion, besides its verb: who took part, when, at what part of
# the day (Uncovered kinds). Its other words are what was said, which the claim's content decides.
OCCASION_DETAILS = frozenset({"name", "unknown", "date", "day-part"})


class Judge:
    def __init__(self, vocab: Vocabulary, index: ClaimIndex) -> None:
        self.vocab = vocab
        self.index = index
        # what the judge asks of the vocabulary and the claims, read once (factdb.check.world)
        self.world = World(vocab, index)
        self.words = Words(vocab)

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
        held_by, places = self.world.bare_holders(parsed)
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
        ctx = Context(
            parsed,
            mentioned,
            {eid for m in parsed.entities if len(m.ids) > 1 for eid in m.ids},
            positions,
        )
        ctx.loose = {
            eid
            for eid in loose_events(self.vocab, said)
            # dated, or one of a kind ("a Board of Peace meeting in New York")
            if (parsed.dates and not self.world.before_the_first(eid, parsed.dates))
            or all(indefinite(parsed, m.start) for m in positions[eid])
        }
        periods = [(d.first, d.last) for d in parsed.dates if d.year_known]
        # an event named by its parts is a mention of an event, as its alias would be
        cued = (
            [p for p in self.world.event_predicates if p not in parsed.predicates]
            if implied
            else []
        )
        predicates = [*parsed.predicates, *cued]
        ids = self.index.claim_ids(predicates, mentioned, periods)
        pids = [pid for pid in predicates if ids.get(pid)]
        ctx.candidates = set(pids)
        office_parts = self._office_parts(parsed)
        ctx.left_open = {c.id for p in office_parts if p.verdict == NEI for c in p.decisive}
        ctx.affiliated = self.world.affiliated(parsed) | places
        # A title read as its holder only names him: his office claim asserts nothing here.
        ctx.held_by = held_by
        ctx.words = parsed.tokens.words()
        ctx.stance = read_stance(parsed, self.vocab)
        ctx.predications = predications(parsed, self.vocab)
        scope.place_values(self.world, ctx, pids)
        found = self.index.claims(
            {pid: ids[pid] for pid in pids}, windows.time_windows(self.vocab, ctx)
        )
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
            if pid in other_acts and scope.modality(pred, ctx) == "fact":
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
            loose += scope.placed_details(self.vocab, ctx, details) + scope.denied_description(
                ctx, details
            )
            loose += scope.denied_places(self.world, ctx, refuted)
            loose += scope.denied_manner(ctx, loose)
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
            people = {e for e in mentioned if self.world.type(e) == PERSON}
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
                and not (with_people and self.world.type(self.world.party(c) or PERSON) != PERSON)
            ]
        dated = {p for p in outside if self.vocab.predicates[p].time_role in ("value", OCCASION)}
        decision = decide_relative(rel, anchors, events(dated or outside, named_out))
        reason = self.words.relative(rel, decision)
        pid = next(iter(sorted(outside)), next(iter(sorted(inside)), ""))
        part = Part(pid, decision.verdict, reason, decision.rule, decisive=list(decision.claims))
        part.covers = named_in | named_out
        return [part]

    def _counts(self, ctx: Context, parts: list[Part]) -> tuple[list[Uncovered], set[str]]:
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
            and self.world.type(m.ids[0]) == ROLE_TYPE
            and indefinite(ctx.parsed, m.start)
            and verbs
            and m.start > min(verbs)
        ]
        if not others or not (counts or some):
            return [], set()
        held = {(c.subject, c.qualifier("role")) for c in self.world.held(others)}
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
                n = len({o for o in others if self.world.type(o) == PERSON})
            if (q.low is None or q.low <= n) and (q.high is None or n <= q.high):
                borne.add(cue.target)
            else:
                fewer = fewer_than_named(q.high, n, len(occasions_met) == 1)
                wrong.append(Uncovered("count", q.text, cue.text, n, fewer=fewer))
                if fewer:
                    borne.add(cue.target)  # the office counted is the count's to decide
        return wrong, borne

    def _led(self, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
        """Whether the statement has a country do what the claim's person did where he holds
        that country's office ("Vietnam accepted Trump's invitation", "Việt Nam từ chối lời
        mời" of Tô Lâm's acceptance: _countries_of), as a country after the verb stands for him
        (_unaccounted)."""
        if claim.subject in ctx.mentioned or self.world.type(claim.subject) != PERSON:
            return False
        doers = {
            a
            for p in ctx.predications
            if p.predicate == pred.id and p.agent_kind == "place"
            for a in p.agents
        }
        return bool(doers) and bool(
            doers & self.world.countries_of(set(self.world.places(claim.subject)))
        )

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
            if len(m.ids) != 1 or self.world.type(m.ids[0]) not in BODY_TYPES:
                continue
            span = gathered(words, m.start, m.end)
            if span is None:
                continue
            after = next_words(words, span[1])
            if after and after[0] in parsed.loose_words:
                continue  # "the first meeting of the Board of Peace's executive committee"
            if any(span[1] <= d.start and d.start <= after[-1][2] for d in parsed.dates if after):
                continue  # "phiên đầu tiên năm 2027": the first of a year, not of all
            events = [
                e
                for e in self.world.names_inside(
                    {m.ids[0]}, frozenset({EVENT}), lambda body, name: has_words(name, body)
                )
                if first_of_kind(self.vocab.entities[e].name_en)
                or first_of_kind(self.vocab.entities[e].name_vi)
            ]
            if len(events) == 1 and events[0] not in mentioned:
                text = parsed.text[span[0] : span[1]]
                found[events[0]] = Mention(text, span[0], span[1], (events[0],))
        return found

    def _office_parts(self, parsed: ParsedStatement) -> list[Part]:
        """Each office assertion (factdb.check.assertions) decided by factdb.check.rules."""
        assertions = decompose(parsed, self.vocab)
        offices = self.world.offices
        if not assertions or not offices:
            return []
        parts = []
        for a in assertions:
            keys = {a.subject} if a.subject else {e for e in a.holder or () if e}
            claims = [
                c for found in self.index.claims_naming(offices, keys).values() for c in found
            ]
            if a.subject is not None:
                read = replace(a, jurisdiction=None) if self.world.constituency(a) else a
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

    def _part(self, pred: PredicateInfo, claims: list[ClaimView], ctx: Context) -> Part | None:
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
            for c in self.world.held({e for f in found for e in f.claim.entities()}):
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
            if any(who not in said and not said & self.world.voices(who) for who in listed):
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
        self, pred: PredicateInfo, supports: list[Finding], ctx: Context
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
                return self.world.party(claim)
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

    def _reporter(self, ctx: Context, parts: list[Part]) -> set[str]:
        """The body a fact is attributed to ("According to Vietnam's Foreign Ministry, Lam
        travelled to the US", "Vietnam's government said ...", "theo Bộ Ngoại giao"): who
        reports it, not a party of it, where facts decide the statement (no deciding claim is
        someone's view). A person who says it is a speaker whose words the claims must bear out
        (check.stance), and stays a name to account for."""
        stance = ctx.stance
        if stance is None or any(c.speaker for p in parts for c in p.decisive):
            return set()
        if self.world.type(stance.speaker) not in REPORTING_TYPES:
            return set()
        return {stance.speaker}

    def _drop_subsumed(self, parts: list[Part], ctx: Context) -> list[Part]:
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
            cued = {e for e in ctx.mentioned if self.world.type(e) in cues}
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

    def _unaccounted(self, ctx: Context, parts: list[Part], supported: bool) -> list[Uncovered]:
        """What the statement says that the deciding claims do not: entities, numbers, dates,
        unknown names. A bare count that no predicate could read ("the two countries", "hai
        bên") is grammar, not a figure to check."""
        covered = {e for p in parts for c in p.decisive for e in c.entities()}
        covered |= {e for p in parts for e in p.covers}
        covered |= ctx.affiliated
        covered |= self.world.named_within(covered)
        held = self.world.offices_of(_qualified(parts, DIRECTED))
        # a country standing for another party of the claim is not the one who does it
        # ("Vietnam congratulated Orbán" of Orbán's congratulation of Tô Lâm)
        doers = {a for p in ctx.predications for a in p.agents}
        covered |= held | (self.world.countries_of(held) - held - doers)
        # ... but the country of the one who does it is ("Vietnam accepted Trump's invitation"
        # of Tô Lâm's acceptance: _led)
        subjects = {
            c.subject for p in parts for c in p.decisive if self.world.type(c.subject) == PERSON
        }
        covered |= doers & self.world.countries_of(set().union(*map(self.world.places, subjects)))
        miscounted, counted = self._counts(ctx, parts)
        covered |= counted
        # A capital lies in its country: "flew to Washington" of a visit to the United States,
        # "tại Mỹ" of a meeting in Washington; only where the claims give a place, not a party
        # ("a metro line in Hanoi" is not Vietnam's ODA).
        places = _qualified(parts, PLACE_ROLES) | self.world.event_places(covered)
        covered |= places
        covered |= {c for c, country in self.world.capitals.items() if country in places}
        covered |= {country for c, country in self.world.capitals.items() if c in places}
        # A title says who someone is, not that he was there: beside a fact that does not name
        # him ("PM Hun Manet told Lam that Hungary had approved ..."), the person it describes is
        # accounted for only where the fact's occasion holds him.
        facts = [p for p in parts if p.predicate not in self.world.offices]
        named = {e for p in facts for c in p.decisive for e in c.entities()}
        named |= {e for p in facts for e in p.covers}
        described = {
            c.subject
            for p in parts
            if facts and p.predicate in self.world.offices
            for c in p.decisive
            if self.world.type(c.subject) == PERSON
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
            # predicate a part decides ("với tư cách thành viên sáng lập")
            decided = {p.predicate for p in parts}
            loose += [
                Uncovered("words", ctx.parsed.text[c.start :].rstrip(" ."))
                for c in ctx.parsed.grammar
                if c.kind in ("purpose", "capacity_phrase")
                and not any(t.start >= c.end and t.target in decided for t in ctx.parsed.triggers)
            ]
            cue = ctx.parsed.negation
            if cue is not None and not self._denial_read(ctx, parts):
                loose.append(Uncovered("denial", cue.text))
            text = ctx.parsed.text
            loose += [Uncovered("detail", text[s:e]) for s, e in self._details(ctx, parts)]
        return list(dict.fromkeys(loose))

    def _details(self, ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
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
            said |= self.world.said_by(claim)
        text = ctx.parsed.text
        lang = ctx.parsed.lang
        return unread_details(
            loose, said, partial(glossed, lang), lambda a, b: not text[a:b].strip(" -–")
        )

    def _other_weekdays(self, ctx: Context, parts: list[Part]) -> list[Uncovered]:
        """ "on Thursday": a weekday no deciding event's day falls on (factdb.check.weekdays). It
        places the statement on another day, so it keeps a denial or another party's words from
        a contradiction as much as it keeps a fact from support; an office held on a day is no
        event of that day."""
        if not ctx.parsed.weekdays:
            return []
        decisive = {c.id: c for p in parts for c in p.decisive}.values()
        days = [
            (c.time_start, c.time_end, windows.elsewhere(c, ctx))
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
        facts = [p for p in parts if p.predicate not in self.world.offices]
        for claim in {c.id: c for p in facts for c in p.decisive}.values():
            named |= self.world.names_in_sentences(claim)
        return [
            m
            for m in mentions
            if not (
                set(m.ids) & named and all(self.world.type(e) in NAMED_IN_PASSING for e in m.ids)
            )
        ]

    def _denial_read(self, ctx: Context, parts: list[Part]) -> bool:
        """Whether the statement's denial falls on something a part decides: a predicate it
        governs, a denying verb it turns over ("did not turn down"), or a title it denies."""
        if any(scope.negated(self.world, self.vocab.predicates[p.predicate], ctx) for p in parts):
            return True
        cue = ctx.parsed.negation
        if cue is not None and any(
            t.kind == "antonym" and t.start >= cue.start for t in ctx.parsed.triggers
        ):
            return True
        return any(a.polarity == "denied" for a in decompose(ctx.parsed, self.vocab))

    # --- one claim against one part -----------------------------------------------------------

    def _assess_readings(self, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> Finding:
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
        ctx: Context,
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
        title = self.world.type(reading.speaker) == ROLE_TYPE
        if title and claim.speaker in self.world.holders(reading.speaker):
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
        stood = None if title else voiced(reading, claim.speaker, self.world.voices)
        if stood is not None:
            # "Jakarta wants ...", of what President Prabowo wished: the country speaks through
            # its leader, and its leader for it (factdb/lexicon/world/voices.yaml).
            others = tuple(claim.speaker if o == stood else o for o in reading.others)
            speaker = claim.speaker if reading.speaker == stood else reading.speaker
            # The one spoken for is named through its voice, and a person speaking for it names
            # no one else ("Macinka sees Vietnam as its gateway": the Czech Republic's, not
            # his); a country may still be what is said of ("the Hungarian leader said Hungary").
            voice = {stood} if self.world.type(stood) == PERSON else set()
            as_said = replace(
                ctx,
                stance=replace(reading, speaker=speaker, others=others),
                mentioned=ctx.mentioned - voice | {claim.speaker},
            )
            finding = self._assess_said(pred, claim, as_said, quantity, date)
            finding.covers = frozenset({stood})
            return finding
        # the speaker's own side is no other party: the places where they hold an office now
        rule = "other" if title else speaker_rule(reading, claim, self.world.places(claim.speaker))
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

    def with_persons(self, parsed: ParsedStatement) -> ParsedStatement:
        """`parsed` with the persons of words given to a speaker named ("I", "the two
        countries": factdb.check.persons), as it is judged and as `factdb parse` shows it."""
        return with_persons(parsed, self.vocab, self.world.sides, self.world.holders)

    def _assess(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        ctx: Context,
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
        unnamed = self.world.type(claim.subject) == PERSON and any(
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
            voices = [self.world.voices(who) for who in listed if self.world.type(who) != PERSON]
            used |= listed.union(*voices)
        irrelevant = Finding(claim, "irrelevant", None)
        if self._unbound(pred, claim, ctx):
            if self._turned_round(pred, claim, ctx, date):
                # "Trump accepted Lam's invitation to join the Board of Peace"
                return turned(claim)
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
        if ROLE_TYPE in pred.cue_types and not scope.titles_subject(self.world, claim, ctx):
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
                return turned(claim)  # "Lam invited Trump to the Board of Peace meeting"
            return irrelevant
        if (
            not pred.symmetric
            and claim.speaker is None
            and not given
            and scope.other_doer(self.world, claim, pred, ctx)
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
            pred.time_role, claim, date, windows.elsewhere(claim, ctx), began, pred.functional
        )
        if timing.rule == "day-apart" and windows.day_apart_on_one_clock(
            self.world, claim, ctx, date
        ):
            # "Feb 19, Washington time" of a call the source puts on 18 February, Hanoi time
            timing = replace(timing, disjoint=True, rule="time-outside")
        elif timing.rule == "time-outside" and windows.home_day(self.world, claim, ctx, date):
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
            same_occasion_of(
                claim,
                date,
                windows.occasion_named(self.world, claim, ctx),
                self.world.occasion_window,
            )
            if occasion
            # "the Board of Peace meeting was held in March 2026": a looser name of the event
            # the claim is about, dated outside it, may be another meeting of its kind
            else claim.subject not in ctx.loose
            or within(date, self.world.occasion_window(claim.subject))
        )
        time_note = Grounds(
            "time", claim, timing, another_occasion=time_conflict and not same_occasion
        )
        day = windows.day_part_rule(self.world, claim, ctx, date)

        conflict: Grounds | None = None
        if "object" in replaced:
            other = replaced["object"]
            if (
                (pred.functional or self.world.exclusive_office(claim))
                and not occasion  # another object of an occasion is another occasion
                and same_key
                and same_occasion
                and other not in ctx.ambiguous
                and scope.attached(self.world, other, pred, claim, ctx)
                and scope.titles_subject(self.world, claim, ctx)
            ):
                conflict = Grounds("other-object", claim, other=other)
            else:
                return irrelevant

        where = claim.qualifier("location") or ""
        if moved is None and occasion and not where and self.world.party(claim) is None:
            # "attended the Board of Peace's first meeting in Prague": an act at the event
            # itself (no other party: a call on its sidelines may be made from anywhere) is
            # where the event was held
            moved, where = self._event_moved(claim, mentioned - used, pred, ctx)
        if moved is not None and conflict is None:
            cities = self.world.elsewhere_than(moved, where)
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
            and (changed := scope.changed(self.vocab, pred, ctx))
        ):
            # "nâng cấp quan hệ lên Đối tác chiến lược toàn diện tại cuộc gặp": a change of the
            # state on that occasion, after which the level the claim gives then no longer holds.
            return Finding(claim, "open", Grounds("changed", claim, text=changed))

        negated = scope.negated(self.world, pred, ctx)
        stated = Stated(
            negated=negated,
            denies_other_verb=negated and scope.denies_an_unread_verb(pred, ctx),
            changes=scope.changes(pred, ctx),
            figure=quantity is not None,
            mood=scope.modality(pred, ctx),
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
            occasion_named=named and windows.occasion_named(self.world, claim, ctx),
        )

    @staticmethod
    def _other_party_named(pred: PredicateInfo, claim: ClaimView, mentioned: set[str]) -> bool:
        """Whether a claim whose subject the statement does not name may still be its reading:
        of a symmetric relation, with the counterparty named ("Hungary met ..." of Vietnam's
        meeting with Hungary)."""
        return pred.symmetric and claim.qualifier("counterparty") in mentioned

    def _unbound(self, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
        """Whether the claim is not the statement's predication: the statement binds to the
        predicate's verb a party the claim does not have in that role (rules
        .bind_party): its agent where the claim has its subject (or speaker), the names right
        after the verb where it has its counterparty or beneficiary. One part of a statement is
        one claim's roles: "Tô Lâm chúc mừng Thủ tướng Orbán" is not borne out by his
        congratulation of Armenia with Orbán's office beside it."""
        party = self.world.party(claim)
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
                    self.world.binds(b, self.world.kind(b), claim.subject, "agent")
                    in ("same", "holder")
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
            self.world.binds(b, self.world.kind(b) if b else kind, party, slot) != "other"
            for b in bound
            for party in parties
        )

    def _announced(self, claim: ClaimView, named: set[str], ctx: Context) -> bool:
        """Whether the statement gives the claim to the one who announced it at the encounter
        its source reports it at (factdb.check.occasion.announced_by): "Hungary finalises
        $500m ODA package, Orbán says". Undated: a date is the occasion's to decide
        (rules.same_occasion), and "Orbán said in 2017 ..." may be another announcement."""
        stance = ctx.stance
        if stance is None or stance.others or stance.on_act or stance.speaker not in named:
            return False
        if ctx.parsed.dates:
            return False
        places = self.world.places(stance.speaker)
        return announced_by(self.index, self.vocab, claim, stance.speaker, places, named)

    def _alternative(
        self,
        role: str,
        eid: str,
        candidates: set[str],
        pred: PredicateInfo,
        ctx: Context,
        claim: ClaimView | None = None,
    ) -> str | None:
        """A mentioned entity of the same kind that could stand where the claim has `eid`; for
        a place, one the statement gives as where it happened ("in Hungary", "flew to
        Washington"). A capital and its country are one place seen closer or farther."""
        kind = self.world.type(eid)
        if not kind:
            return None
        place = role in PLACE_ROLES and kind in PLACES
        # "was held in New York" of an event held in Washington: a city that is the claim's
        # object (where an event was held) is replaced by any place given as where, which
        # cannot hold it (_elsewhere_than)
        venue = role == "object" and kind == CITY
        for other in sorted(candidates):
            if self.world.capitals.get(other) == eid or self.world.capitals.get(eid) == other:
                continue
            if (
                place
                and self.world.type(other) in PLACES
                and scope.locative(self.vocab, other, pred, ctx, claim)
            ):
                return other
            if (
                venue
                and self.world.elsewhere_than(other, eid)
                and scope.locative(self.vocab, other, pred, ctx, claim)
            ):
                return other
            if role != "location" and self.world.type(other) == kind:
                return other
        return None

    def _event_moved(
        self, claim: ClaimView, candidates: set[str], pred: PredicateInfo, ctx: Context
    ) -> tuple[str | None, str]:
        """Another place the statement gives for where the claim's event was held (the one
        place EVENT_LOCATION claims give it), and that place; (None, "") if none."""
        event = claim.qualifier("event")
        held = self.world.event_places({event}) if event else set()
        if len(held) != 1:
            return None, ""
        (where,) = held
        other = self._alternative("location", where, candidates - held, pred, ctx, claim)
        if other is None or not self.world.elsewhere_than(other, where):
            return None, ""
        if not scope.placed_at(self.vocab, other, event or "", {pred.id}, ctx):
            return None, ""
        return other, where

    def _value_stated(self, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
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
                e
                for e in claim.entities() - {claim.subject}
                if self.world.type(e) in pred.cue_types
            }
            return (
                claim.object in ctx.mentioned
                or bool(cued & ctx.mentioned)
                or self._alternative("object", claim.object, ctx.mentioned, pred, ctx, claim)
                is not None
            )
        return True

    def _single_holder(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        other: str,
        ctx: Context,
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
            scope.attached(self.world, other, pred, claim, ctx)
            # whose office it is is said of it too ("Thủ tướng Hun Manet nói với Tô Lâm rằng
            # Hungary ...": Hungary is what he spoke of, not his country)
            and scope.attached(self.world, claim.object, pred, claim, ctx)
        )
        if (
            not said
            or any(a.tense in ("former", "past") for a in titles)
            or not compare_time(pred.time_role, claim, date).fits
        ):
            return irrelevant
        return Finding(claim, "contradicts", Grounds("single-holder", claim, other=other), True)

    def _turned_round(
        self, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
    ) -> bool:
        """Whether the statement turns the claim's parties round on the claim's own occasion, for
        a predicate with one direction on one occasion (factdb/lexicon/world/directions.yaml):
        it binds the claim's other party as who does it and the claim's subject as the one it
        is done to (assertions.predications, an agent named after the act's noun included)."""
        party = self.world.party(claim)
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
            claim, date, windows.occasion_named(self.world, claim, ctx), self.world.occasion_window
        )


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
