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

This module orchestrates: it retrieves the claims, weighs each against the predicates the
statement names (factdb.check.assess, one claim against one predicate), combines the findings
into parts and the parts into a judgement, and accounts for everything the statement says
(factdb.check.accounting). What a statement says of a predicate is read by
factdb.check.scope, occasions and times by factdb.check.windows, and what is asked of the
vocabulary and the claim index by the judge's World (factdb.check.world); what its titles say,
and each office assertion decided, by the judge's Offices (factdb.check.offices); what a word
said over a set decides ("only", "every", "not Tokayev", "all three"), by the judge's
Quantifiers (factdb.check.quantifiers). The
decisions over plain values are factdb.check.rules', and every word of a reason is
factdb.check.explain's: a Finding (factdb.check.findings) carries its `Grounds` (the rule that
fired and the facts the words need), a Part the rule that decided it, and what no claim covers
is `Uncovered` values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache, partial

from factdb.check import (
    accounting,
    assess,
    doers,
    elsewhere,
    marks,
    modes,
    relative,
    scope,
    unmentioned,
    windows,
)
from factdb.check.acts import either_groups, either_objects
from factdb.check.answers import answer
from factdb.check.assertions import (
    BREAKS,
    Predication,
    definite_group,
    distributed,
    indefinite,
    plural_holders,
    predications,
    respective,
)
from factdb.check.clauses import breaks_clause, main_clause, repeated_verbs, subordinate_clause
from factdb.check.clocks import clock_readings
from factdb.check.descriptions import with_descriptions
from factdb.check.earlier import bound_findings, ordered_parts, own_predications
from factdb.check.elections import as_reelection, term_acts
from factdb.check.entailment import implied_findings
from factdb.check.explain import Words
from factdb.check.findings import Context, Finding, Judgement, Part
from factdb.check.frames import bare_framed, framed, frames
from factdb.check.later import acts_for, set_later
from factdb.check.light_verbs import receipt_words
from factdb.check.match import ClaimIndex
from factdb.check.occasion import (
    STATE,
    first_of_kind,
    gathered,
    gathering_said,
    loose_events,
    names_gathering,
    period_after,
    within_body,
)
from factdb.check.offices import Offices
from factdb.check.offsets import ClockOffset, read_offset
from factdb.check.one_occasion import shared_occasion
from factdb.check.parse import parse_statement
from factdb.check.passives import active_stance
from factdb.check.persons import quoted_doers, with_persons
from factdb.check.pronouns import named_pronouns, with_pronouns
from factdb.check.purposes import unpurposed
from factdb.check.quantifiers import Quantifiers
from factdb.check.relative import RelativeDate, decide_relative, read_relative
from factdb.check.reversal import reversal, turned_round, without_reversal
from factdb.check.rules import (
    CONTRADICTED,
    FLIPPED,
    NEI,
    OCCASION,
    ROLE,
    SUPPORTED,
    Decision,
    Uncovered,
    combined,
    count_holds,
    done_before_wish,
    on_dates,
    one_occasion,
    party_of,
)
from factdb.check.scope import MAX_READINGS, next_words
from factdb.check.shortened import in_full
from factdb.check.sites import Moved, in_place, moved_sites, sited_acts
from factdb.check.stance import (
    EXCHANGED,
    StanceReading,
    attributed,
    bare_commas,
    clause_breaks,
    fact_subject,
    felt,
    gladness_only,
    opens_attribution,
    opens_clause,
    opens_with_act,
    opens_with_verb,
    own_denial,
    read_stance,
    runs_on,
    said_by_people,
    stance_goes_on,
    stance_opener,
)
from factdb.check.statement import Cue, Mention, ParsedStatement, phrases_at
from factdb.check.wording import list_joiners
from factdb.check.world import BODY_TYPES, CITY, COUNTRY, PERSON, ROLE_TYPE, World
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import (
    PERSON_ATTRIBUTES,
    PredicateInfo,
    Vocabulary,
)
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.text.covered import within
from factdb.text.fold import fold
from factdb.text.sentences import CLAUSE_BREAK, CLAUSE_BREAKS, SENTENCE_ENDS
from factdb.text.tokens import word_keys

# Claims listed by id where a verb's claims all have other parties than the ones it binds.
UNBOUND_LISTED = 3


# What places a statement on an occasion, besides its verb: who took part, when, at what part of
# the day (Uncovered kinds). Its other words are what was said, which the claim's content decides.
OCCASION_DETAILS = frozenset({"name", "unknown", "date", "day-part"})

# The rules that refute a part on the claim's occasion only, where every detail of these kinds
# the statement names is the claim's: words given to a speaker (stance.EXCHANGED); an act of one
# doer given to another (doers.OTHER_DOER), whose dates are those of the named event or of the
# trip borne out beside it, which fixed the occasion already, but a place, a party or an event
# ("the ASEAN summit in Jakarta") may be another occasion's.
ON_OCCASION = {rule: OCCASION_DETAILS for rule in EXCHANGED} | {
    doers.OTHER_DOER: frozenset({"name", "unknown"})
}


# The most characters a clause run together with another by a bare comma may hold ("Ông Trump
# mời Việt Nam ..., TBT nhận lời rồi"): headlines and posts run short facts together, and each
# comma read so is a parse of the words around it.
_BARE_REACH = 300


def _next_end(breaks: list[tuple[int, int, bool]], i: int, text: str) -> int:
    """Where the clause after break i ends: at the next break, or the statement's end."""
    return breaks[i + 1][0] if i + 1 < len(breaks) else len(text)


def denied_clause(parsed: ParsedStatement) -> str | None:
    """The clause of the statement's denial where a corrective (`correctives` in lexicon/<lang>/
    statements.yaml) sets it beside what holds instead: the words before the corrective where
    it follows the denial ("is not a member of ... but only sits on ..."), or the words up to
    the subject and the denial on where the corrective stands right before the denial or opens
    an exclusion ("Lam only phoned Prabowo but did not meet Prabowo", "chỉ điện đàm chứ không
    gặp Prabowo"). None where there is no such corrective, or the words set aside give a date,
    which may date the denial too ("only phoned him on February 18 but did not meet him").
    Whom the denied act was with, said only after the corrective ("không gặp trực tiếp mà chỉ
    điện đàm với ông Daines"), is read with the denial."""
    joiners = sorted((c for c in parsed.grammar if c.kind == "corrective"), key=lambda c: c.start)
    cue = parsed.negation
    text = parsed.text
    after = [c for c in joiners if cue is not None and c.start >= cue.end]
    if after:
        kept, aside = text[: after[0].start].rstrip(" ,;"), (after[0].start, len(text))
        named = sorted(
            (m for m in parsed.entities if cue is not None and m.start >= cue.end),
            key=lambda m: m.start,
        )
        if named and named[0].start >= aside[0]:
            # "không gặp trực tiếp mà chỉ điện đàm với ông Daines": whom the denied act was
            # with is said once, after what holds instead (assertions._shared_object), and
            # the denial is read with him
            kept += " " + named[0].text
    else:
        opened = {e.cue.start for e in parsed.exclusions}
        cut = next(
            (
                c
                for c in joiners
                if c.start in opened
                or (cue is not None and not text[c.end : cue.start].strip() and c.end <= cue.start)
            ),
            None,
        )
        subject = fact_subject(parsed)
        # after the subject, whose clause both are
        if cut is None or subject is None or subject[1] > cut.start:
            return None
        denial = cut.end + len(text[cut.end :]) - len(text[cut.end :].lstrip())
        kept, aside = text[: subject[1]] + " " + text[denial:], (subject[1], denial)
    if any(aside[0] <= d.start < aside[1] for d in parsed.dates):
        return None
    return kept


class Judge:
    def __init__(self, vocab: Vocabulary, index: ClaimIndex) -> None:
        self.vocab = vocab
        self.index = index
        # what the judge asks of the vocabulary and the claims, read once (factdb.check.world)
        self.world = World(vocab, index)
        self.words = Words(vocab)
        # the titles and offices a statement gives (factdb.check.offices)
        self.offices = Offices(vocab, index, self.world, self.words)
        # the passes that read a word said over a set: "only", "every", "not X" (quantifiers)
        self.quantifiers = Quantifiers(vocab, index, self.world, self.offices, self.words)

    # --- the decision ------------------------------------------------------------------------

    def judge(self, parsed: ParsedStatement) -> Judgement:
        if parsed.question:
            return Judgement(parsed.text, NEI, self.words.question(), [])
        answered = answer(parsed.text)
        if answered is not None:
            # what it asks is no assertion: the answer after it is what it says (check.answers)
            read = self.judge(parse_statement(answered, self.vocab))
            why = self.words.answered(answered, read.explanation)
            return Judgement(parsed.text, read.verdict, why, read.parts)
        if parsed.disputed is not None:
            return Judgement(parsed.text, NEI, self.words.disputed(parsed.disputed), [])
        if parsed.unread_frame is not None:
            return Judgement(parsed.text, NEI, self.words.unread_frame(parsed.unread_frame), [])
        offset = read_offset(parsed, self.vocab)
        if offset is not None:
            now = self.index.sources_now()
            held = offset.holds(None if now is None else now.year)
            if held is not None:
                return self._offset(parsed, offset, held)
        turned = reversal(parsed)
        if turned is not None:
            return self._reversed(parsed, turned)
        # "Ông Daines được Tổng Bí thư cảm ơn ...": read in the active voice (check.passives)
        active = active_stance(parsed, self.vocab)
        if active:
            if len(active) > 1:
                return self._joined(parsed.text, active)
            read = self.judge(parse_statement(active[0], self.vocab))
            return Judgement(parsed.text, read.verdict, read.explanation, read.parts)
        # "Greer told Lam the trade talks had stalled": his words name the one agreement his
        # claims speak of (check.shortened)
        full = in_full(parsed, self.world, read_stance(parsed, self.vocab))
        if full is not None:
            read = self.judge(parse_statement(full, self.vocab))
            return Judgement(parsed.text, read.verdict, read.explanation, read.parts)
        # "congratulated Lam on being elected ... for the first time": on his re-election
        # (check.elections)
        elected = self._elected(parsed)
        if elected is not None:
            return elected
        # "urged Congress to fund dioxin cleanup at Da Nang airport": the request named the
        # work at another site (check.sites)
        moved = self._moved(parsed, moved_sites(parsed, self.world))
        if moved is not None:
            return moved
        clauses = self.clauses(parsed)
        if clauses:
            # a pronoun whose two parties the clause before names is judged named there
            named = named_pronouns(
                with_descriptions(parsed, self.vocab, self.world.led),
                self.vocab,
                self.world.holders,
            )
            if named != parsed.text:
                clauses = self.clauses(parse_statement(named, self.vocab)) or clauses
            return self._joined(parsed.text, clauses)
        parsed = self.as_judged(parsed)
        judgement = self._judge(parsed)
        # Each excluded name is judged on its own reading: a few at most, as with readings of
        # numbers and dates, so that a pasted list does not cost a judgement a name.
        for exclusion in parsed.exclusions[:MAX_READINGS]:
            judgement = self.quantifiers.excluding(
                parsed, exclusion, judgement, self._judge, self.as_judged
            )
        if len(parsed.exclusions) > MAX_READINGS and judgement.verdict == SUPPORTED:
            unread = parsed.exclusions[MAX_READINGS]
            names = " ".join(m.text for m in unread.excluded)
            reason = self.words.excluded(names, unread.cue.text, judgement.explanation, False)
            judgement = Judgement(parsed.text, NEI, reason, judgement.parts)
        if parsed.only is not None and judgement.verdict == SUPPORTED:
            judgement = self.quantifiers.only(parsed, parsed.only, judgement)
        if parsed.universal is not None:
            judgement = self.quantifiers.every(parsed, parsed.universal, judgement)
        if parsed.dates and judgement.verdict != CONTRADICTED:
            judgement = self.quantifiers.each_act(parsed, judgement)
        # "in a single call with Daines and Hagerty": one occasion, not a claim for each
        judgement = shared_occasion(parsed, judgement, self.vocab, self.words)
        if judgement.verdict == NEI:
            judgement = self._corrected(parsed, judgement)
        return self._subordinate(parsed, judgement)

    def _subordinate(self, parsed: ParsedStatement, judgement: Judgement) -> Judgement:
        """'Prabowo, who had hosted Lam in Jakarta, met him in Washington', 'Vừa từ Baku sang,
        Tổng thống Aliyev gặp Tổng Bí thư': a part of the sentence that says an act of its own
        (parse.subordinate_clause) with a place, a date or a word of an earlier act in it is an
        assertion apart. Its place and date are not the main act's, nor the main act's date its:
        a contradiction stands where the main clause read alone is refuted, or where the part's
        own office is; otherwise it is open. A support stands only where a part bears out the
        act the clause says (or, undated, the office it gives); otherwise what it says is
        something no claim says."""
        if judgement.verdict == NEI:
            return judgement
        found = subordinate_clause(parsed)
        if found is None:
            return judgement
        start, end, earlier = found
        if parsed.aside is not None and start <= parsed.aside.start < end:
            return judgement  # a dated or denied aside, read as such (parse._read_aside)

        def inside(at: int) -> bool:
            return start <= at < end

        places = [
            m
            for m in parsed.entities
            if inside(m.start) and any(self.world.type(e) in (COUNTRY, CITY) for e in m.ids)
        ]
        dated = [d for d in (*parsed.dates, *parsed.report_dates) if inside(d.start)]
        acts = [t for t in parsed.triggers if inside(t.start) and t.kind == "trigger"]
        if not (places or dated or (earlier and (acts or start > 0))):
            return judgement  # "Vừa qua, ...": no act of its own
        said = parsed.text[start:end].strip(" ,")
        if judgement.verdict == CONTRADICTED:
            main = self.judge(parse_statement(main_clause(parsed, (start, end)), self.vocab))
            if main.verdict == CONTRADICTED:
                return Judgement(parsed.text, CONTRADICTED, main.explanation, main.parts)
            offices = self.world.offices
            if any(p.verdict == CONTRADICTED and p.predicate in offices for p in judgement.parts):
                return judgement  # the clause's own title, refuted on its own
            reason = self.words.subordinate(said, judgement.explanation)
            return Judgement(parsed.text, NEI, reason, judgement.parts)
        borne = {p.predicate for p in judgement.parts if p.verdict == SUPPORTED}
        titled = not dated and any(
            inside(m.start) and any(self.world.type(e) == ROLE_TYPE for e in m.ids)
            for m in parsed.entities
        )
        if any(t.target in borne for t in acts) or (titled and borne & set(self.world.offices)):
            return judgement
        reason = self.words.subordinate(said, judgement.explanation)
        return Judgement(parsed.text, NEI, reason, judgement.parts)

    def clauses(self, parsed: ParsedStatement) -> list[str]:
        """The clauses of a sentence that goes on to another assertion after a comma and a
        joiner ("Prague sees Vietnam as its gateway to ASEAN, while Hanoi sees the Czechs as its
        bridge into the EU", "Daines sits on the Foreign Relations Committee, while Hagerty sits
        on Appropriations"), each with what opens the sentence before its first subject (a
        date, a place): read whole, the second subject's words would be the first's, and one
        clause would go undecided. A clause with no subject of its own ("..., and wished Lam a
        happy New Year") is the first clause's subject's. What follows a stance is what was
        said unless another speaker opens it, or it goes on with the speaker's own act. None
        when no clause after a joiner opens a clause of its own. A sentence that tells one
        moment on two clocks is read once with each (factdb.check.clocks)."""
        clocks = clock_readings(parsed, self.vocab)
        if clocks:
            return clocks
        opener = stance_opener(parsed, self.vocab)
        if opener:
            return opener
        breaks = clause_breaks(parsed.text, parsed.tokens)
        # a stance verb right after a comma goes on with the speaker's own words when a stance
        # opened the clause before it; after an act it is said on that act's occasion, which
        # stance.read_stance reads whole (`on_act`)
        serial = set(stance_goes_on(parsed.text, parsed.tokens)) - set(breaks)
        # a comma with no joiner: two clauses only where each opens with a name and its act
        # (stance.runs_on); what a stance goes on to is what was said
        cuts = {end for end, _, _ in serial}
        bare = {b for b in bare_commas(parsed.text, parsed.tokens) if b[0] not in cuts}
        # a verb said again after "and": its clause may open with people the statement does
        # not name, the subject it shares ("the leaders congratulated ... and congratulated ...")
        repeated = set(repeated_verbs(parsed))
        breaks = sorted({*breaks, *serial, *bare, *repeated})
        if not breaks:
            return []
        text = parsed.text
        opening = ""
        # the subject's name opening a clause with no subject of its own ("..., and wished Lam
        # a happy New Year" is the same speaker's)
        named = ""
        clauses: list[str] = []
        at = 0
        for i, (end, start, marked) in enumerate(breaks):
            loose = (end, start, marked) in bare
            if loose and (
                end - at > _BARE_REACH or _next_end(breaks, i, text) - start > _BARE_REACH
            ):
                continue  # headlines and posts run short facts together; a long one is no such
            head = parse_statement(opening + named + text[at:end], self.vocab)
            said = read_stance(head, self.vocab)
            if (not marked or loose) and said is not None:
                continue  # what a stance goes on to with no mark is what was said
            if (end, start, marked) in serial and (said is None or said.on_act):
                continue
            again = (end, start, marked) in repeated
            subject = (said.start, said.end) if said is not None else fact_subject(head, again)
            if subject is None:
                continue
            before = opening if clauses else text[: subject[0]]
            if not before.rstrip().endswith(tuple(CLAUSE_BREAKS)):
                before = "" if said is None else before
            who = ""
            if (marked and not loose) and (
                opens_with_verb(text[start:])
                or opens_with_act(parse_statement(text[start:], self.vocab), 0)
            ):
                who = (
                    head.text[subject[0] : subject[1]] + " "
                    if said is None
                    else next((m.text + " " for m in head.entities if m.start == said.start), "")
                )
            # the words after a bare comma up to the next break: what opens them is all it asks
            rest = text[start : _next_end(breaks, i, text)] if loose else text[start:]
            tail = parse_statement(before + who + rest, self.vocab)
            if loose:
                # "..., Lam said": the speaker's attribution of what went before, not a fact
                opens = (
                    said is None
                    and read_stance(tail, self.vocab) is None
                    and runs_on(head, tail, len(before))
                    and not modes.told_apart(head, tail)
                )
            else:
                opens = (marked and opens_attribution(tail, self.vocab, len(before))) or (
                    (said is None or who)
                    and opens_clause(tail, len(before), tight=not marked, people=again)
                )
            if opens:
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

    def _offset(self, parsed: ParsedStatement, offset: ClockOffset, held: bool) -> Judgement:
        """'Because Hanoi is 12 hours ahead of Washington in February, the call fell on Feb. 20,
        Vietnam time' (factdb.check.offsets): the clause that sets two clocks apart is the
        clocks' to bear out, not the claims', and the rest is judged alone. Where the clocks
        are not so apart, the rest refuted still refutes the statement; else it stays open."""
        rest = self.judge(parse_statement(offset.rest(parsed.text), self.vocab))
        verdict = rest.verdict if held or rest.verdict == CONTRADICTED else NEI
        reason = self.words.clock_offset(offset.said, held, rest.explanation)
        return Judgement(parsed.text, verdict, reason, rest.parts)

    def _corrected(self, parsed: ParsedStatement, judgement: Judgement) -> Judgement:
        """'Hagerty is not a member of the Foreign Relations Committee but only sits on the
        Finance Committee', 'chỉ điện đàm chứ không gặp Prabowo': a denial set beside what holds
        instead (`denied_clause`) is a clause of its own, as one after a joiner is (clauses):
        refuted alone, it refutes the statement, whatever the claims say of what holds instead,
        which the denial's words need not account for. Otherwise the statement stays as read."""
        clause = denied_clause(parsed)
        if clause is None:
            return judgement
        read = self.judge(parse_statement(clause, self.vocab))
        if read.verdict != CONTRADICTED:
            return judgement
        return Judgement(parsed.text, CONTRADICTED, read.explanation, read.parts)

    def _reversed(self, parsed: ParsedStatement, span: tuple[int, int]) -> Judgement:
        """'Pashinyan invited Lam to Armenia, not the other way round' (factdb.check.reversal):
        the act turned round, borne out by the claims, refutes the statement; otherwise the act
        as written decides it, and where the claims bear it out the reversal stays open: they
        need not say the other did not do it too."""
        cue = parsed.text[span[0] : span[1]]
        said = parse_statement(without_reversal(parsed.text, span), self.vocab)
        swapped = turned_round(said, self.vocab)
        if swapped is not None:
            read = self.judge(parse_statement(swapped, self.vocab))
            if read.verdict == SUPPORTED:
                reason = self.words.reversed(cue, read.explanation, True)
                return Judgement(parsed.text, CONTRADICTED, reason, read.parts)
        judgement = self.judge(said)
        if judgement.verdict == SUPPORTED:
            reason = self.words.reversed(cue, judgement.explanation, False)
            return Judgement(parsed.text, NEI, reason, judgement.parts)
        return Judgement(parsed.text, judgement.verdict, judgement.explanation, judgement.parts)

    def _judge(self, parsed: ParsedStatement) -> Judgement:
        parsed = self.offices.narrowed_titles(parsed)
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
            # "phiên họp thứ nhất", "họp phiên khai mạc": its gathering noun and the ordinal
            # that makes it the first are its name, not details or figures of their own
            first = [q for q in parsed.quantities if _first_rank(q) and m.start <= q.start < m.end]
            named = [
                w
                for w in parsed.loose_words
                if m.start <= w[1] and w[2] <= m.end and names_gathering(w[0])
            ]
            if first or named:
                parsed = replace(
                    parsed,
                    quantities=[q for q in parsed.quantities if q not in first],
                    loose_words=[w for w in parsed.loose_words if w not in named],
                )
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
        # A claim of a predicate that implies one the statement says is weighed with that
        # one's claims ("Lâm met Hegseth" of Lâm's reception of him): check.entailment.
        implying = {pid: self.vocab.implying.get(pid, ()) for pid in predicates}
        retrieved = [*predicates, *(q for qs in implying.values() for q in qs)]
        own = self.index.claim_ids(retrieved, mentioned, periods)
        ctx.predications = self.predications(parsed)
        # "met the foreign leaders in New York": the group the sources report is the claims'
        # parties, whom no name probes, so the doer's own acts are read as if named alone
        for p in ctx.predications:
            if p.group is not None and definite_group(parsed, p.group):
                for found in self.index.claim_ids([p.predicate], p.agents, periods).values():
                    own.setdefault(p.predicate, set()).update(found)
        # "the calls with the two senators": the office's holders the group names, likewise
        for pid in predicates:
            holders = assess.title_holders(self.world, pid, ctx)
            if holders:
                for found in self.index.claim_ids([pid], holders, periods).values():
                    own.setdefault(pid, set()).update(found)
        ids = {
            pid: own.get(pid, set()).union(*(own.get(q, set()) for q in implying[pid]))
            for pid in predicates
        }
        pids = [pid for pid in predicates if ids.get(pid)]
        ctx.candidates = set(pids)
        office_parts = self.offices.parts(parsed)
        ctx.titled = self.offices.titled(parsed, pids, held_by)
        # an office claim a title's tense leaves open; not another office he holds, which the
        # rest of the statement may still weigh ("Macinka là Bộ trưởng Ngoại giao Slovakia")
        ctx.left_open = {
            c.id
            for p in office_parts
            if p.verdict == NEI and p.rule != "other-office"
            for c in p.decisive
        }
        ctx.affiliated = self.world.affiliated(parsed) | places
        # A title read as its holder only names him: his office claim asserts nothing here.
        ctx.held_by = held_by
        ctx.title_places = places
        ctx.unheld = self.world.unheld_places(parsed) | self.world.unheld_titles(parsed)
        ctx.words = parsed.tokens.words()
        ctx.stance = read_stance(parsed, self.vocab)
        ctx.voiced = said_by_people(parsed) if ctx.stance is None else None
        ctx.mutual = _mutual(parsed, ctx.predications, ctx.stance, self.world, held_by)
        scope.place_values(self.world, ctx, pids)
        marks.date_series(ctx, pids)
        found = self.index.claims(
            {pid: ids[pid] for pid in pids}, windows.time_windows(self.vocab, ctx)
        )
        candidates = {pid: found[pid] for pid in pids}
        parts = []
        # A denying verb names every predicate it may deny ("rejected" an invitation, a loan, a
        # resolution); only the ones with claims to weigh are what the statement is about.
        triggered = {t.target for t in parsed.triggers if t.kind == "trigger"}
        other_acts = {c.target: c.text for c in parsed.other_acts}
        unchecked: dict[str, Uncovered] = {}
        idle: set[str] = set()
        for pid, claims in candidates.items():
            pred = self.vocab.predicates[pid]
            # A wish or a plan to do it again ("mong sớm thăm lại") is what a claim of that wish
            # says; done, the other act is something no claim of the predicate says. A figure's
            # other rate or its total ("will grant 200 scholarships a month") is another figure
            # however it is meant.
            if pid in other_acts and (
                pred.dimension is not None or scope.modality(pred, ctx) == "fact"
            ):
                ctx.unverified.append(Uncovered("other-act", other_acts[pid], label=pred.label_en))
                continue
            # Claims the statement plainly sets aside (another party's: assess.aside) are not
            # weighed: each would be found irrelevant, which decides nothing, and a claim of an
            # act that implies `pid` found so is dropped (implied_findings).
            weighed: list[ClaimView] = []
            own_aside: list[ClaimView] = []
            for c in claims:
                if not assess.aside(self.world, pred, c, ctx):
                    weighed.append(c)
                elif c.predicate == pid:
                    own_aside.append(c)
            findings = [assess.assess_readings(self.world, pred, c, ctx) for c in weighed]
            findings = implied_findings(self.world, pred, findings, ctx)
            if not findings and not own_aside:
                # only claims of acts that imply it, none of which bears it out: as if it had
                # no claims to weigh (an occasion its verb names stays unchecked)
                idle.add(pid)
                continue
            # "After the trip, ...": a state dated before the time it speaks of refutes nothing
            findings = set_later(self.world, pred, findings, ctx)
            # "had never met him before the trip": the trip itself refutes nothing, nor does it
            # bear out "had met him before the trip"
            findings = bound_findings(self.world, pred, findings, ctx)
            ctx.day_part_borne |= {f.claim.id for f in findings if f.day_part_borne}
            part = self._part(pred, findings, ctx)
            if part is not None:
                parts.append(self._first_wished(pred, part, claims, ctx))
            elif pid in triggered or (pid in ctx.titled and pid not in self.world.offices):
                # or said of the people whose titles name it ("Lam spoke with Leahy and
                # Democratic Sen. Hagerty": Hagerty's party), which no claim of theirs gives
                # its claims, if any, have other parties than the ones its verb binds: the
                # agent's own first, then the ones naming most of what the statement names
                agents = {a for p in ctx.predications if p.predicate == pid for a in p.agents}
                unbound = sorted(
                    [
                        *(f.claim for f in findings if f.unbound),
                        # asked of the claims set aside only now that it is read
                        *(c for c in own_aside if assess.unbound(self.world, pred, c, ctx)),
                    ],
                    key=lambda c: (
                        c.subject not in agents,
                        -len(c.entities() & ctx.mentioned),
                        c.id,
                    ),
                )
                listed = ", ".join(c.id for c in unbound[:UNBOUND_LISTED])
                unchecked[pid] = Uncovered("unchecked", listed, label=pred.label_en)
        candidates = {pid: claims for pid, claims in candidates.items() if pid not in idle}
        ctx.candidates -= idle
        # a verb that says one of several acts is decided by one reading (_either)
        readings = {pid: _readings(parsed, pid) for pid in candidates}
        decided = {p.predicate for p in parts}
        ctx.unverified += self._undecided_denials(parsed, decided)
        ctx.unverified += accounting.mistyped_acts(self.world, ctx)
        parts = self._either(parsed, parts, readings, ctx.predications, ctx.mentioned)
        parts = self._dated_by_acts(parts, ctx)
        parts = self._aim_dated(parts, ctx)
        # the verb that gives the speaker his words, where it also names an act ("agreed on")
        spoken = _spoken_acts(self.world, parts, ctx)
        # ... or by words a supported fact's own span says: what it was for, no figure of its own
        ctx.spanned = accounting.spanned_cues(self.world, ctx, parts, unchecked)
        spanned = {t.target for t in ctx.spanned}
        # ... or by the claims a relative date found for each of its events ("the day after his
        # calls with the two senators": the calls with those who held the title then)
        related = self._relative_parts(parsed, mentioned)
        related = self._day_of_parts(parsed, parts, related)
        dated = {c.predicate for p in related if p.verdict != NEI for c in p.decisive}
        ctx.unverified += [
            u
            for pid, u in unchecked.items()
            if not decided & set(readings.get(pid, {})) and pid not in spoken | spanned | dated
        ]
        parts = self._drop_subsumed(parts, ctx, spoken)
        parts = self._carried(parsed, parts, mentioned)
        parts = self._what_for(parts, ctx, candidates)
        parts = self._denied_contents(parsed, parts)
        parts = unpurposed(parsed, self.world, parts, self.words.unpurposed)
        parts = self._framed(parsed, parts)
        parts = self._reciprocal(parts, ctx)
        parts = framed(parsed, self.world, parts, self.words.framed)
        parts = bare_framed(parsed, self.world, parts, self.words.framed)
        parts = _framed_readings(parts, readings)
        self._distribute(parsed, parts, ctx.titled)
        # A denial an office assertion holds ("Thủ tướng Orbán không phải là Tổng thống
        # Hungary") is that assertion's, decided by it: not the statement's denial of every
        # office claim it names, which would refute the title borne out beside it.
        if any(p.rule.startswith("denied-") for p in office_parts):
            parts = [
                p for p in parts if not (p.predicate in self.world.offices and p.rule == "negated")
            ]
        # Titles are assertions of their own, each judged alone. One borne out accounts for
        # its words ("TBT Tô Lâm"); one no claim decides is left to the rest of the statement,
        # and one a claim leaves open (an office held before) keeps the statement open, unless
        # it is the capacity the source of an act borne out beside it gives that act.
        for office in self.offices.capacities_borne(parsed, office_parts, parts):
            if (
                office.verdict == NEI
                and not office.decisive
                and not self.offices.said_beside(office, [*parts, *office_parts])
            ):
                continue
            said = next((p for p in parts if _same_assertion(p, office)), None)
            if said is None:
                parts.append(office)
            else:
                # A title that is the predication ("Orbán là Thủ tướng Hungary"): one assertion,
                # shown once, accounting for the names of both readings.
                said.covers = said.covers | office.covers
        parts += related
        # "visited Cambodia before heading to Washington": the US trip's claims date the bound
        parts += ordered_parts(self.world, self.words, ctx, parts)
        parts += marks.mark_parts(self.index, self.words, parsed, mentioned, ctx.stance)
        # "met Daines in person" on the day the claims give their phone call (check.modes)
        said_modes = modes.modes_said(ctx)
        if said_modes:
            held = self.index.claims_naming(modes.predicates_of(said_modes), mentioned)
            parts += modes.mode_parts(self.world, self.words, ctx, said_modes, parts, held)
        # "gặp Orbán nhưng không bàn về ODA" of the approval he told Lâm of there
        if (talked := unmentioned.mentions_denied(ctx)) is not None:
            about = self.index.claims_naming(
                talked.predicates, unmentioned.parties_of(self.world, ctx)
            )
            parts += unmentioned.unmentioned_parts(
                self.world, self.words, ctx, talked, parts, about
            )
        # "at the invitation of Guterres" of the trip Trump invited him on (check.doers)
        givers = doers.doers_said(self.world, ctx)
        if givers:
            given = self.index.claims_naming({d.predicate for d in givers}, mentioned)
            parts += doers.other_doer_parts(self.world, self.words, ctx, givers, parts, given)
        # "Bộ Công an thông báo ..." of news the sources give the foreign ministry's announcement
        parts = doers.announcer_parts(self.world, self.words, ctx, parts)
        # "called Leahy from Hanoi" on a day Lâm was at the summit the call's occasion names
        origins = modes.origins_said(self.world, ctx)
        if origins:
            present = self.index.claims_naming(modes.presence_predicates(), mentioned)
            parts += modes.origin_parts(self.world, self.words, ctx, origins, parts, present)
        # "received Hagerty in Hanoi on Feb 19" while the claims keep Lâm in the US that day
        bodily = elsewhere.acts_said(ctx)
        if bodily:
            present = self.index.claims_naming(modes.presence_predicates(), mentioned)
            parts += elsewhere.away_parts(self.world, self.words, ctx, bodily, present)
        if all(ROLE_TYPE in self.vocab.predicates[p.predicate].cue_types for p in parts):
            # Only titles were checked: an act named beside them is what the statement is about.
            ctx.unverified += accounting.unchecked_acts(self.vocab, parsed, set(candidates))
        if not parts:
            why = self.words.judgement([], ctx.unverified, mentioned)
            return Judgement(parsed.text, NEI, why, [])
        verdict = combined([p.verdict for p in parts])
        deciding = [p.reason for p in parts if p.verdict == verdict] or [p.reason for p in parts]
        refuted = [p for p in parts if p.verdict == CONTRADICTED]
        # Words given to the other party of a claim's exchange (`other-party`) are refuted only
        # on that exchange's occasion: a party, a date or a place the claim does not have ("told
        # the visiting defence secretary") may be another occasion's, where they may be his.
        # So is a stance turned round (`turned-stance`): only the claim's occasion is known;
        # and an act of one doer given to another (`other-doer`): "Prabowo invited Lam to the
        # ASEAN summit in Jakarta" names another event and place than Trump's invitation's.
        exchange = bool(refuted) and all(p.rule in ON_OCCASION for p in refuted)
        denial = bool(refuted) and all(p.denial for p in refuted)
        needs_cover = verdict == SUPPORTED or (verdict == CONTRADICTED and (exchange or denial))
        decided = [p for p in parts if p.verdict != NEI]
        loose = (
            accounting.unaccounted(self.world, ctx, decided, verdict == SUPPORTED)
            if needs_cover
            else []
        )
        if verdict == CONTRADICTED and denial:
            # "did not meet Orbán in a hotel": the denial may fall on a place no claim gives, and
            # "No US official met Lam" denies it of someone the claims do not name
            details = accounting.details(self.world, ctx, decided)
            loose += scope.placed_details(self.vocab, ctx, details) + scope.denied_description(
                ctx, details
            )
            loose += scope.denied_fields(ctx, details)
            borne = [p for p in decided if p.verdict == SUPPORTED]
            loose += scope.denied_places(self.world, ctx, refuted, borne)
            said_of_refuted = partial(accounting.said_of_refuted, self.world, ctx, refuted)
            loose += scope.denied_manner(ctx, loose, said_of_refuted)
            loose += scope.unhurried(ctx, said_of_refuted) + scope.untold(ctx)
            loose += accounting.indefinite_denied(ctx) + scope.denied_groups(self.vocab, ctx)
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
        if verdict == SUPPORTED:
            # "trực tiếp gặp ... và đánh giá cao": how a meeting no claim of its own bears out
            # was held
            loose += modes.unborne(said_modes, parts)
        if exchange and verdict == CONTRADICTED:
            kinds = frozenset().union(*(ON_OCCASION[p.rule] for p in refuted))
            # the name the act is given to is the one refuted, not a detail of its occasion
            refuted_doers = {d.text for d in givers if d.eid is None}
            loose = [
                u
                for u in loose
                if u.kind in kinds and not (u.kind == "unknown" and u.text in refuted_doers)
            ]
        if (
            verdict == SUPPORTED
            and any(u.refuted for u in loose)
            and all(u.kind == "count" for u in loose)
        ):
            # all it says is borne out but its counts, one of which the claims of that occasion
            # exceed: a count above what they name beside it ("five presidents and three prime
            # ministers" of four each) is open, and leaves the one below refuted
            reason = self.words.counts([u for u in loose if u.refuted], deciding)
            return Judgement(parsed.text, CONTRADICTED, reason, parts)
        if verdict == SUPPORTED and loose and all(u.kind == "other-ordinal" for u in loose):
            # all it says is borne out but which member of a numbered series it was ("re-elected
            # by the 13th Central Committee"), where the deciding claims' own words give another
            reason = self.words.other_ordinals(loose, deciding)
            return Judgement(parsed.text, CONTRADICTED, reason, parts)
        if loose:
            verdict = NEI
        return Judgement(parsed.text, verdict, self.words.judgement(deciding, loose), parts)

    def _carried(
        self, parsed: ParsedStatement, parts: list[Part], mentioned: set[str]
    ) -> list[Part]:
        """An act a letter or a call carries ("received a letter from Trump congratulating
        him", "nhận thư chúc mừng của Trump", "sent Lam a letter congratulating him", "điện đàm
        nhận lời mời": one of `receipt_contents` after the letter's noun or the channel's verb
        in its clause; the letter being an act whose giver is named after its noun,
        parse.receipt_words, that is no such content, or a `channel` of lexicon/world/
        modes.yaml) is borne out only on the letter's occasion: by a claim sharing a letter
        claim's event or its one day. The same act on another occasion (a congratulation no
        claim puts in a letter) leaves it open; said right after the channel (names between
        at most), it is refuted where the claims give its own occasion another channel and
        none of the one said (modes.other_channel)."""
        contents = set(load_lexicon(parsed.lang, "synonyms").get("receipt_contents") or ())
        letters = receipt_words(parsed.lang)[0] - contents | modes.channels()
        # "sent a letter and congratulated him": an act joined to the letter is its own
        joiners = list_joiners(parsed.lang)
        words = parsed.tokens.words()
        carried: dict[str, str] = {}  # content predicate -> its trigger's words
        joined: dict[str, Cue] = {}  # ... said right after the channel: -> the channel's verb
        for letter in (t for t in parsed.triggers if t.target in letters):
            for t in parsed.triggers:
                between = tuple(w for w, s, e in words if letter.end <= s and e <= t.start)
                if (
                    t.target in contents
                    and t.start >= letter.end
                    and (
                        not set(parsed.text[letter.end : t.start]) & BREAKS
                        or modes.chained(parsed, letter, t)
                    )
                    and not any(
                        between[k : k + len(j)] == j for j in joiners for k in range(len(between))
                    )
                ):
                    carried.setdefault(t.target, t.text)
                    if modes.joined(parsed, letter, t):
                        joined.setdefault(t.target, letter)
        held = [
            c
            for p in parts
            if p.predicate in letters and p.verdict == SUPPORTED
            for c in p.decisive
        ]
        if not carried or not held:
            return parts

        def on_a_letters_occasion(claim: ClaimView) -> bool:
            event = claim.qualifier("event")
            day = claim.time_start if claim.dated and claim.time_start == claim.time_end else None
            return any(
                (event is not None and event == letter.qualifier("event"))
                or (day is not None and letter.time_start == letter.time_end == day)
                for letter in held
            )

        out = []
        for p in parts:
            if p.predicate not in carried or p.verdict != SUPPORTED:
                out.append(p)
                continue
            kept = [c for c in p.borne if on_a_letters_occasion(c)]
            other = (
                modes.other_channel(
                    joined[p.predicate].target,
                    p.borne,
                    self.index.claims_naming(modes.channels(), mentioned),
                )
                if p.predicate in joined and not kept
                else []
            )
            if other:
                reason = self.words.other_channel(
                    carried[p.predicate], joined[p.predicate].text, other
                )
                p = replace(
                    p, verdict=CONTRADICTED, rule=modes.OTHER_CHANNEL, reason=reason, decisive=other
                )
            elif not kept:
                p = replace(
                    p,
                    verdict=NEI,
                    rule="carried-elsewhere",
                    reason=self.words.carried(carried[p.predicate], p.reason),
                )
            else:
                p = _on_occasion(p, kept)
            out.append(p)
        return out

    def _what_for(
        self, parts: list[Part], ctx: Context, candidates: dict[str, list[ClaimView]]
    ) -> list[Part]:
        """What an act is said to be for (`acts_for` in lexicon/world/contents.yaml:
        "congratulated Vietnam on 30 years of ties with the US", "chúc mừng Tổng Bí thư nhân
        dịp ...") is part of that act, not a fact beside it: each part said so (_said_for) is
        borne out only by a claim a source gives in one sentence with a claim bearing the act
        out, as "các nhà lãnh đạo chúc mừng Tổng Bí thư Tô Lâm vừa tái cử" gives the
        re-election. A fact the sources give apart from any such act, true as it may be, was
        not what it was for as far as they tell: not enough info, never refuted."""
        parsed = ctx.parsed
        heads = [t for t in parsed.triggers if t.target in acts_for()]
        done = {p.predicate for p in parts if p.verdict == SUPPORTED} & acts_for()
        if not heads or not done:
            return parts
        acts = [c for p in parts if p.predicate in done for c in p.borne]
        # done by no one the statement names ("the leaders congratulated him", "Các lãnh đạo
        # nước ngoài gặp Tổng Bí thư ... đều chúc mừng ông"): the act the sources give to people
        # they do not name may be theirs, whichever claim bore out the act alone
        # (the noun's kind says which groups it may stand for: World.done_by_people; where the
        # act binds none, "Các lãnh đạo ... gặp ... đều chúc mừng", the statement's own noun)
        nouns = [q.doers for q in ctx.predications if q.doers is not None] + parsed.people
        unnamed = {
            (q.predicate, (q.doers or nouns[0]).kind)
            for q in ctx.predications
            if q.agent is None and q.predicate in done and nouns
        }
        acts += [
            c
            for pid, kind in unnamed
            for c in candidates.get(pid, ())
            if self.world.done_by_people(c, kind)
        ]
        # the event the act was done at is its occasion, not what it was for ("congratulated
        # Lam on his re-election at the Board of Peace meeting")
        occasions = {e for c in acts if (e := c.qualifier("event")) is not None}
        said = self._said_for(parsed, heads, {p.predicate for p in parts}, occasions)
        out = []
        for p in parts:
            if p.predicate in said and p.verdict == SUPPORTED:
                kept = [c for c in p.borne if self.world.said_together(c, acts)]
                if kept:
                    p = _on_occasion(p, kept)
                else:
                    reason = self.words.said_for(said[p.predicate], p.reason)
                    p = replace(p, verdict=NEI, rule="for-something-else", reason=reason)
            out.append(p)
        return out

    def _said_for(
        self, parsed: ParsedStatement, heads: list[Cue], read: set[str], occasions: set[str]
    ) -> dict[str, str]:
        """The predicates said as what one of `heads` is for, each with its words: an act's or a
        fact's verb after the head in its clause, or a name only a fact's predicate reads (an
        event, a partnership: `cue_types`, among `read`), up to an act joined to the head by
        "and" ("congratulated Armenia and invited Pashinyan"). Not the encounter the head was
        said at ("when they met"), an occasion framing it (factdb.check.frames) or one of the
        events it was done at (`occasions`), nor a person's description (a title, a party),
        which are no part of what it was for."""
        triggers = [t for t in parsed.triggers if t.kind == "trigger"]
        aside = {*acts_for(), *self.vocab.encounters, *frames(parsed, self.vocab)}
        cued = {
            pid: types
            for pid in read - {t.target for t in triggers}
            if (types := self.vocab.predicates[pid].cue_types - {ROLE_TYPE, *PERSON_ATTRIBUTES})
        }
        joiners = list_joiners(parsed.lang)
        words = parsed.tokens.words()

        def joined(start: int) -> bool:
            before = tuple(w for w, _, e in words if e <= start)
            return any(before[len(before) - len(j) :] == j for j in joiners)

        found: dict[str, str] = {}
        for head in heads:
            end = min(
                (t.start for t in triggers if t.start >= head.end and joined(t.start)),
                default=len(parsed.text),
            )

            def inside(start: int, head: Cue = head, end: int = end) -> bool:
                return head.end <= start < end and not breaks_clause(parsed, head.end, start)

            for t in triggers:
                if inside(t.start) and t.target not in aside:
                    found.setdefault(t.target, t.text)
            for m in parsed.entities:
                if inside(m.start) and not occasions & set(m.ids):
                    for pid, types in cued.items():
                        if any(self.world.type(e) in types for e in m.ids):
                            found.setdefault(pid, m.text)
        return found

    def _denied_contents(self, parsed: ParsedStatement, parts: list[Part]) -> list[Part]:
        """An act said as another's content in words that deny it ("invited Vietnam to join the
        Board of Peace as an observer": an antonym of founding_member read into the invitation,
        parse._drop_contents) says what the other act was to. A claim bearing that act out
        whose event is a body the statement names in the content, of the kind the content's
        predicate takes as its object (either_objects: "join" a body is a membership), was to
        that very act: it refutes the statement, and a denial of the other act ("did not invite
        Vietnam to join as an observer") is a denial of an act to something else, which it does
        not refute (open). An invitation to anything else (a meeting) decides neither."""
        heads = {(c.start, c.end): c.target for c in parsed.contained}
        denied = [
            (heads[(c.start, c.end)], c)
            for c in parsed.contents
            if (c.start, c.end) in heads and _opens_with_antonym(parsed, c)
        ]
        # "đề nghị Mỹ giảm dần hợp tác rà phá bom mìn": a content read into its request that
        # opens with an antonym of an act the request takes (`contents` in synonyms.yaml)
        takes = _content_heads(parsed.lang)
        read_in = [
            (c.target, Cue("content", act, c.text, c.start, c.end))
            for c in dict.fromkeys(parsed.contained)
            for act in sorted(takes.get(c.target, frozenset()) - either_objects().keys())
        ]
        turned = [(head, c) for head, c in read_in if _opens_with_antonym(parsed, c)]
        denied += turned
        if not denied:
            return parts
        objects = either_objects()
        out = []
        for p in parts:
            for head, content in denied:
                if p.predicate != head or p.verdict not in (SUPPORTED, CONTRADICTED):
                    continue
                if p.verdict == CONTRADICTED and not p.denial:
                    continue
                # the content's words: from the first act read into `head` up to its clause's end
                start = min(
                    (
                        c.start
                        for c in parsed.contained
                        if c.target == head and c.start <= content.start
                    ),
                    default=content.start,
                )
                # the object the content's act takes: of its kind where the act says one of
                # two ("join" a body), else any name there ("rà phá bom mìn")
                kinds = objects.get(content.target)
                named = {
                    e
                    for m in parsed.entities
                    if start <= m.start and m.end <= content.end
                    for e in m.ids
                    if kinds is None or self.world.type(e) in kinds
                }
                refuting = [c for c in p.decisive if c.qualifier("event") in named]
                if not refuting:
                    continue
                said = "; ".join(self.words.says(c) for c in refuting)
                if p.verdict == SUPPORTED:
                    reason = self.words.denied_content(content.text, said)
                    # a request turned round is refuted as a denial: every name it gives
                    # (whom it asks) must be the claim's, or it may be another request
                    p = replace(
                        p,
                        verdict=CONTRADICTED,
                        rule="denied-content",
                        reason=reason,
                        decisive=refuting,
                        denial=p.denial or (head, content) in turned,
                    )
                else:
                    reason = self.words.denied_other_content(content.text, said)
                    p = replace(
                        p, verdict=NEI, rule="denied-other-content", reason=reason, denial=False
                    )
            out.append(p)
        return out

    def _framed(self, parsed: ParsedStatement, parts: list[Part]) -> list[Part]:
        """An act whose content was read in beside other acts outside its words (parse
        ._drop_contents: "conveyed greetings to Trump and invited him to visit Vietnam",
        "invited him to visit during a phone call") is borne out only on their occasion: where
        a claim bearing out each of those acts shares an occasion with one bearing out the act
        (rules.one_occasion: its event, or its days). Otherwise the invitation may have been
        made elsewhere, as its claim does not say: not enough info."""
        if not parsed.framed:
            return parts

        out = []
        for p in parts:
            for head, others in parsed.framed:
                if p.predicate != head.target or p.verdict != SUPPORTED:
                    continue
                shared = [
                    c
                    for c in p.borne
                    if all(
                        any(
                            one_occasion(c, d)
                            for q in parts
                            if q.predicate == other and q.verdict == SUPPORTED
                            for d in q.borne
                        )
                        for other in others
                    )
                ]
                if not shared:
                    labels = [self.vocab.predicates[o].label_en for o in sorted(others)]
                    reason = self.words.framed_elsewhere(head.text, labels, p.reason)
                    p = replace(p, verdict=NEI, rule="framed-elsewhere", reason=reason)
                else:
                    p = _on_occasion(p, shared)
            out.append(p)
        return out

    def _reciprocal(self, parts: list[Part], ctx: Context) -> list[Part]:
        """A directed act the names listed before it do to each other (ctx.mutual) is each
        one's to another of them: borne out only where, for each of them, a claim bears it out
        with that one as its doer (a country by whoever holds its office) and another of them as
        a party to it, all on one occasion (the same event, or none). One way alone ("Orbán
        plans to visit Vietnam" of "Vietnam and Hungary will visit each other"; Orbán's
        congratulation of Lâm and Lâm's of Armenia, of "Lâm and Orbán congratulated each
        other"), or each way on another occasion (Trump's invitation to the Board of Peace
        meeting, Lâm's to visit Vietnam), leaves it open."""
        out = []
        for p in parts:
            agents = ctx.mutual.get(p.predicate, ())
            if (
                p.verdict == SUPPORTED
                and agents
                and not self.vocab.predicates[p.predicate].symmetric
            ):
                ways = {
                    a: {
                        c.qualifier("event")
                        for c in p.borne
                        if a in self._as_parties({c.subject})
                        # the other may be named by his country ("visit each other's
                        # countries": Lâm's plan to visit Pakistan is his way to Sharif)
                        and self._as_parties(c.entities() - {c.subject})
                        & self._as_parties(set(agents) - {a})
                    }
                    for a in agents
                }
                shared = set.intersection(*ways.values())
                # no way of one of them, else no occasion of every way: all of them
                missing = [a for a in agents if not ways[a]] or ([] if shared else list(agents))
                if missing:
                    reason = self.words.distributed(list(agents), missing, p.reason)
                    p = replace(p, verdict=NEI, rule="one-way", reason=reason)
            out.append(p)
        return out

    def _dated_by_acts(self, parts: list[Part], ctx: Context) -> list[Part]:
        """A figure of a series indexed by year that another act of the statement alone dates
        ("Leahy visited Vietnam for the 20th anniversary of diplomatic relations") is of that
        act's year: decided only by a claim of the figure's period that holds a claim bearing
        the act out (assess.act_undated), not by the act's words alone."""
        kept = []
        for part in parts:
            pred = self.vocab.predicates[part.predicate]
            acts = assess.acts_dating(self.world, pred, ctx)
            if part.verdict == NEI or not acts:
                kept.append(part)
                continue
            dated = [
                c for p in parts if p.predicate in acts and p.verdict == SUPPORTED for c in p.borne
            ]
            findings = [assess.act_undated(f, dated) for f in part.considered]
            kept.append(self._part(pred, findings, ctx) or part)
        return kept

    def _aim_dated(self, parts: list[Part], ctx: Context) -> list[Part]:
        """A date said after what an act of `acts_for` is for with no word opening it
        ("chúc mừng Tổng Bí thư Tô Lâm tái cử hôm 19/2/2026": scope.aimed_unopened) is the act's
        or what it is for's. Where the act is borne out on that date, the date is the act's,
        and what it is for, refuted only by the date, is judged without it (the re-election
        came before the congratulation of 19 February). Where the act is not (a congratulation
        "hôm 19/3/2026", which no claim gives), the date stays what it is for's, refuted by a
        re-election before 17 February as neither reading holds."""
        heads = [p for p in parts if p.predicate in acts_for() and p.verdict == SUPPORTED]
        if not heads:
            return parts
        out: list[Part] = []
        moved: list[DateSpan] = []
        for part in parts:
            d = part.date
            if (
                part.verdict == CONTRADICTED
                and d is not None
                and any(self._falls_on(h, d) for h in heads)
                and part.predicate in scope.aimed_unopened(ctx, d)
            ):
                pred = self.vocab.predicates[part.predicate]
                own = [
                    x for x in ctx.dates.get(pred.id, []) if (x.start, x.end) != (d.start, d.end)
                ]
                undated = replace(ctx, dates={**ctx.dates, pred.id: own})
                findings = [
                    assess.assess_readings(self.world, pred, f.claim, undated)
                    for f in part.considered
                ]
                part = self._part(pred, findings, undated) or part
                moved.append(d)
            out.append(part)
        # the date is the act's, which accounts for it
        return [
            replace(p, date=next(d for d in moved if self._falls_on(p, d)))
            if p.predicate in acts_for()
            and p.verdict == SUPPORTED
            and p.date is None
            and any(self._falls_on(p, d) for d in moved)
            else p
            for p in out
        ]

    @staticmethod
    def _falls_on(part: Part, date: DateSpan) -> bool:
        """Whether a claim bearing the part out is dated within `date`."""
        return any(
            c.time_start is not None
            and c.time_end is not None
            and c.time_start >= date.first
            and c.time_end <= date.last
            for c in part.borne
        )

    def _as_parties(self, entities: set[str]) -> set[str]:
        """`entities` with the countries and bodies where they hold office: a leader's act is
        his country's to a statement that names the country."""
        return entities.union(*map(self.world.seats, entities))

    def _distribute(
        self, parsed: ParsedStatement, parts: list[Part], titled: dict[str, frozenset[str]]
    ) -> None:
        """What follows "both"/"đều" after a list of names, or an apposition put to the list, is
        said of each: a part it names that its claims bear out for some of them only is left
        open ("Daines and Hagerty, both members of the Appropriations Committee" when only
        Hagerty's membership is stored). So is a part whose claims bear out for some of them
        only some of the things the span names ("Daines and Hagerty, members of the Foreign
        Relations and Appropriations committees": each sits on each; Daines's Appropriations
        seat is not stored), and a party in a plural title ("two Democratic senators, Daines and
        Leahy": Leahy's party is not Daines's). After "respectively" each name must be borne
        out with the body in its own position only (assertions.respective)."""
        lists = [
            (
                persons,
                {t.target for t in parsed.triggers if start < t.start < end},
                [m.ids for m in parsed.entities if start <= m.start < end],
            )
            for start, end, persons in distributed(parsed, self.vocab)
        ]
        lists += [
            (tuple(sorted(held)), {pid}, [])
            for pid, held in titled.items()
            if len(held) > 1 and pid not in self.world.offices
        ]
        for persons, after, objects in lists:
            for part in parts:
                if part.verdict != SUPPORTED or part.predicate not in after:
                    continue
                claims = [c.entities() for c in part.decisive]
                named = set().union(*claims)
                # the things the span names that the part's claims speak of, each of which
                # one claim must give each person
                things = [set(ids) & named for ids in objects if set(ids) & named]
                missing = [
                    p
                    for p in persons
                    if p not in named
                    or any(not any(p in c and c & ids for c in claims) for ids in things)
                ]
                # a part naming none of them is about something else ("on his re-election")
                if missing and any(p in named for p in persons):
                    part.verdict, part.rule = NEI, "distributed"
                    part.reason = self.words.distributed(persons, missing, part.reason)
        # "respectively": each name with the body in its own position only
        for start, end, persons, bodies in respective(parsed, self.vocab):
            after = {t.target for t in parsed.triggers if start < t.start < end}
            for part in parts:
                if part.verdict != SUPPORTED or part.predicate not in after:
                    continue
                claims = [c.entities() for c in part.decisive]
                missing = [
                    p
                    for p, body in zip(persons, bodies, strict=True)
                    if not any(p in c and body in c for c in claims)
                ]
                if missing:
                    part.verdict, part.rule = NEI, "distributed"
                    part.reason = self.words.distributed(list(persons), missing, part.reason)

    def _relative_parts(self, parsed: ParsedStatement, mentioned: set[str]) -> list[Part]:
        """A date counted from another event (factdb.check.relative), decided by the days the
        claims give the anchor and the main event. A statement with one is never supported
        without it: undecided, the part keeps the statement open."""
        rel = read_relative(parsed)
        if rel is None:
            return []
        inside, outside = relative.split_acts(parsed, rel)
        if not inside and not outside:
            # no act to date ("Lam called Daines the same day", a naming with its call dropped)
            return []
        # "Two Days After Calls With Daines": an anchor named without its own verb is an event of
        # the main kind.
        inside = inside or outside
        if rel.back:
            # "On Feb. 18 Lam spoke with Daines, and the next day with Leahy": a later clause
            # with no verb of its own does the act of the clause before
            outside = outside or inside
        named_in = {e for m in parsed.entities if rel.in_anchor(m.start) for e in m.ids}
        named_out = {e for m in parsed.entities if not rel.in_anchor(m.start) for e in m.ids}
        # a title standing for its one holder names him ("gặp Thủ tướng Hungary": Orbán)
        held_by, _ = self.world.bare_holders(parsed)
        for (start, _end), holder in held_by.items():
            (named_in if rel.in_anchor(start) else named_out).add(holder)
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

        people = {e for e in mentioned if self.world.type(e) == PERSON}

        def unnamed(preds: set[str], in_anchor: bool) -> list[ClaimView]:
            # "the day after his meetings with world leaders", "Lam met the foreign leaders on
            # the same day as ...": an event naming no other party is the events of its kind
            # of the people the statement names (a title standing for its holder included),
            # on the days the claims give them; with a noun of people ("his meetings with
            # foreign leaders") or a title standing for no one holder ("heads of government"),
            # those with people, not the community he also met.
            titles = [
                m
                for m in parsed.entities
                if self.world.type(m.ids[0]) == ROLE_TYPE and (m.start, m.end) not in held_by
            ]
            with_people = any(
                rel.in_anchor(n.start) == in_anchor for n in (*parsed.people, *titles)
            )
            return [
                c
                for c in self._events_of(preds, found, people)
                if not (with_people and self.world.type(party_of(c) or PERSON) != PERSON)
            ]

        anchors = events(inside, named_in)
        if not named_in:
            anchors = unnamed(inside, True)
        elif not anchors:
            anchors = self._title_anchors(parsed, rel, inside, found, mentioned, named_in)
        dated = {p for p in outside if self.vocab.predicates[p].time_role in ("value", OCCASION)}
        mains = events(dated or outside, named_out)
        # "did not call them on the same day": what bears the relation out refutes its denial
        denied = relative.denied(parsed)
        grouped = False
        if rel.anchored and not mains and not denied:
            # "Lam met foreign leaders the day after ...": a main event that names no one but
            # the doer (and his title) is the events of its kind with people, which bear the
            # relation out; they refute nothing, as the people it names may be others
            group = unnamed(dated or outside, False)
            doers = {c.subject for c in group}
            if not {e for e in named_out - doers if self.world.type(e) != ROLE_TYPE}:
                mains, grouped = group, True
        home = {
            c.id: day for c in (*anchors, *mains) if (day := self.world.home_day(c, parsed.lang))
        }
        decision = decide_relative(
            rel, anchors, mains, home, self._counted_parts(parsed, rel, mains, home)
        )
        first = [d for d in parsed.dates if rel.back and rel.in_anchor(d.start)]
        if decision.verdict == SUPPORTED and not all(on_dates(c, first) for c in anchors):
            # "On Feb. 15 Lam spoke with Hagerty; the next day he met Orbán": the date of the
            # clause counted from is its act's, which the claims counted from must bear out
            decision = Decision(NEI, "relative-anchor-date", decision.claims)
        if grouped and decision.verdict == CONTRADICTED:
            decision = Decision(NEI, "relative-others", decision.claims)
        # "met Prabowo and Hun Sen the day after ...": each person the main event names is a
        # party of its claims, or the relation is shown for the others only
        met = {e for c in mains for e in c.entities()}
        if decision.verdict == SUPPORTED and any(
            self.world.type(e) == PERSON for e in named_out - met
        ):
            decision = Decision(NEI, "relative-undated", decision.claims)
        reason = self.words.relative(rel, decision, denied)
        verdict = FLIPPED[decision.verdict] if denied else decision.verdict
        pid = next(iter(sorted(outside)), next(iter(sorted(inside)), ""))
        part = Part(
            pid, verdict, reason, decision.rule, decisive=list(decision.claims), denial=denied
        )
        part.covers = named_in | named_out
        return [part]

    def _counted_parts(
        self,
        parsed: ParsedStatement,
        rel: RelativeDate,
        mains: list[ClaimView],
        home: dict[str, dt.date],
    ) -> dict[str, str]:
        """Each main claim's part of the day against the one a count of days gives its act
        (relative.said_part, windows.counted_part); none where the count gives no part. The
        part is set on the act's own day, the one the count comes to in the places' own days.
        On the press's clock the count may come to another day, where that clock puts the act
        on another (or its sources do not tell): a part in no zone is then borne out by the
        places' own clock alone and refutes nothing, and one on a named clock is open."""
        said = relative.said_part(parsed, rel)
        if said is None:
            return {}
        parts = {c.id: windows.counted_part(self.world, c, said, parsed.lang) for c in mains}
        if all(home.get(c.id) == c.time_start for c in mains) or said.zone == frozenset():
            return parts
        if said.zone is None:
            return {c: "open" if found == "other" else found for c, found in parts.items()}
        return {}

    def _day_of_parts(
        self, parsed: ParsedStatement, parts: list[Part], related: list[Part]
    ) -> list[Part]:
        """The day of another act ("On the day Trump sent his letter, Lam phoned Leahy",
        `relative_acts` in dates.yaml) where the claims found for each event by the parties
        alone do not fix it: the day is then the one the claims bearing out each act under the
        statement's whole reading give it. The anchor's are the one-off ones among them, where
        any: a series told as a whole ("letters since November 2024") is the same kind of act,
        not the one the statement dates by. Decided as any relative date (decide_relative);
        left as it is where that too leaves it open."""
        rel = read_relative(parsed)
        acts = phrase_keys("dates", "relative_acts", (parsed.lang,))
        if (
            rel is None
            or rel.days != 0
            or not rel.anchored
            or tuple(fold(rel.text).split()) not in acts
            or relative.denied(parsed)
            or [p.rule for p in related] != ["relative-undated"]
        ):
            return related
        inside, outside = relative.split_acts(parsed, rel)
        borne = [p for p in parts if p.verdict == SUPPORTED]
        # each event's claims name what its own words name: the part of the call with Leahy
        # also weighs the calls with Trump the anchor names
        named_in = {e for m in parsed.entities if rel.in_anchor(m.start) for e in m.ids}
        named_out = {e for m in parsed.entities if not rel.in_anchor(m.start) for e in m.ids}
        said = [
            c
            for p in borne
            if p.predicate in inside - outside
            for c in p.borne
            if not named_in or c.entities() & named_in
        ]
        # a claim over a period (a stay's days, a series from a month on) fixes no one day
        anchors = [c for c in said if c.time_grain not in ("range", "since_month")] or said
        mains = [
            c
            for p in borne
            if p.predicate in outside - inside
            for c in p.borne
            if (c.entities() - {c.subject}) & named_out
        ]
        if not anchors or not mains:
            return related
        home = {
            c.id: day for c in (*anchors, *mains) if (day := self.world.home_day(c, parsed.lang))
        }
        decision = decide_relative(
            rel, anchors, mains, home, self._counted_parts(parsed, rel, mains, home)
        )
        if decision.verdict == NEI:
            return related
        part = replace(
            related[0],
            verdict=decision.verdict,
            reason=self.words.relative(rel, decision),
            rule=decision.rule,
            decisive=list(decision.claims),
        )
        return [part]

    def _title_anchors(
        self,
        parsed: ParsedStatement,
        rel: RelativeDate,
        inside: set[str],
        found: dict[str, list[ClaimView]],
        mentioned: set[str],
        named_in: set[str],
    ) -> list[ClaimView]:
        """The anchor's events where it names their other parties by one plural title ("after
        his calls with the two senators", "sau khi điện đàm với hai thượng nghị sĩ Mỹ"): the
        events of its kind of the people the rest names with those who held the title then (in
        the country said with it), when they are as many as the title counts; else none."""
        titles = [
            (m.ids[0], plural_holders(parsed, self.vocab, m.start))
            for m in parsed.entities
            if rel.in_anchor(m.start) and len(m.ids) == 1 and self.world.type(m.ids[0]) == ROLE_TYPE
        ]
        titles = [(office, count) for office, count in titles if count]
        if len(titles) != 1:
            return []
        office, count = titles[0]
        where = {e for e in named_in if self.world.type(e) == COUNTRY}
        people = {e for e in mentioned if self.world.type(e) == PERSON}
        held = [
            c
            for c in self._events_of(inside, found, people)
            if party_of(c) in self.offices.holders_at(office, c, where)
        ]
        return held if len({party_of(c) for c in held}) == count else []

    def _events_of(
        self, inside: set[str], found: dict[str, list[ClaimView]], people: set[str]
    ) -> list[ClaimView]:
        """The affirmed, factual claims of the anchor's dated predicates (`inside`) whose
        subject is one of `people`: the events a relative date may count from."""
        return [
            c
            for p in sorted(inside)
            if self.vocab.predicates[p].time_role in ("value", OCCASION)
            for c in found.get(p, [])
            if c.polarity == "affirmed" and c.modality == "fact" and c.subject in people
        ]

    def _either(
        self,
        parsed: ParsedStatement,
        parts: list[Part],
        readings: dict[str, dict[str, str]],
        predications: list[Predication],
        mentioned: set[str],
    ) -> list[Part]:
        """The readings of a verb that says one of several acts (`readings`, by predicate:
        _readings) are alternatives of one act, not acts of their own. Of those borne out, only
        the ones whose claims name most of the parties the verb binds, then of the statement's
        names, stand ("Leahy spoke with Lam": the call with Leahy, not Lam's meeting with the
        Vietnamese community). A reading
        refuted ("spoke with Daines on Feb 19" of a call on the 18th) leaves the statement open
        while another is not refuted: he may have met him that day. Denied, it denies every
        reading ("did not speak with Daines"), so one refuted refutes it."""
        bound = {p.predicate: {*p.agents, *p.patients} for p in predications}
        objects = {p.predicate: set(p.patients) for p in predications}
        takes = either_objects()

        # with no object bound, the name right after the verb, past an article at most, is
        # its object where it is of a type a reading takes ("praised Vietnam's decision to
        # join the Board of Peace"), never one after another word ("joined the leaders at the
        # Board of Peace")
        listed = {k for kinds in takes.values() for k in kinds}
        for pid in readings:
            if not objects.get(pid):
                after = _objects_after(parsed, pid)
                objects[pid] = {e for e in after if self.world.type(e) in listed}

        def fits(pid: str) -> bool:
            # a reading whose object the verb binds is of a type it takes ("joined the Board
            # of Peace": a body, no meeting)
            kinds, bodies = takes.get(pid), objects.get(pid)
            return not kinds or not bodies or any(self.world.type(e) in kinds for e in bodies)

        # a reading the bound object rules out is none, while another of its verb fits
        parts = [
            p
            for p in parts
            if fits(p.predicate) or not any(fits(o) for o in readings.get(p.predicate, {}))
        ]

        def named(part: Part) -> tuple[int, int]:
            named_ = {e for c in part.decisive for e in c.entities()}
            return len(bound.get(part.predicate, set()) & named_), len(mentioned & named_)

        borne = {p.predicate: named(p) for p in parts if p.verdict == SUPPORTED}
        # a reading left open by claims that name fewer of those parties than one decided
        # stands down too ("spoke with Leahy on Feb 19": the call with him, not Lam's meeting
        # that week with the Vietnamese community, which names no Leahy)
        decided = {p.predicate: named(p) for p in parts if p.verdict != NEI}
        parts = [
            p
            for p in parts
            if all(
                (p.predicate not in borne or borne[p.predicate] >= borne.get(o, (-1, -1)))
                and (p.verdict != NEI or named(p) >= decided.get(o, (-1, -1)))
                for o in readings.get(p.predicate, {})
            )
        ]
        refuted = {p.predicate for p in parts if p.verdict == CONTRADICTED}
        read = []
        for p in parts:
            others = {
                o: cue
                for o, cue in readings.get(p.predicate, {}).items()
                if o not in refuted and fits(o)
            }
            if p.verdict == CONTRADICTED and not p.denial and others:
                labels = [self.vocab.predicates[o].label_en for o in sorted(others)]
                reason = self.words.either(p.reason, next(iter(others.values())), labels)
                p = replace(p, verdict=NEI, reason=reason)
            read.append(p)
        return read

    def _undecided_denials(self, parsed: ParsedStatement, decided: set[str]) -> list[Uncovered]:
        """A verb or phrase that denies by its meaning ("as an observer": not a member) and of
        whose predicates no claim decided one: it still says something ("Lam attended as an
        observer"), which no claim decides, so it keeps the rest of the statement from a verdict
        (a denying verb names every predicate it may deny, so one decided is enough). One before
        another act's verb ("declined to meet Orbán", "từ chối tiếp") denies that act, which
        the claims decide instead; so does the act a refusal with its object left out refuses
        before it ("invited him to visit Vietnam, but he declined": denials.read_refusals)."""
        acts = [t.start for t in parsed.triggers if t.kind == "trigger"]
        denial = parsed.negation
        refusing = (
            (denial.start, denial.end)
            if denial is not None and any(c.target == "refusal" for c in parsed.modality_cues)
            else None
        )
        cues: dict[tuple[int, int], list[Cue]] = {}
        for t in parsed.triggers:
            if (
                t.kind == "antonym"
                and not any(a >= t.end for a in acts)
                and (t.start, t.end) != refusing
            ):
                cues.setdefault((t.start, t.end), []).append(t)
        return [
            Uncovered("unchecked", label=self.vocab.predicates[said[0].target].label_en)
            for said in cues.values()
            if not any(c.target in decided for c in said)
        ]

    def _body_events(self, parsed: ParsedStatement, mentioned: set[str]) -> dict[str, Mention]:
        """Events the statement names by their parts (occasion.gathered): a body's name with a
        gathering noun and an occasion word beside it ("the Board of Peace held its opening
        session in Geneva", "Hội đồng Hòa bình về Gaza họp phiên khai mạc tại New York") names
        the one event of that body whose own name holds the body's and makes it the first of
        its kind. The words from the gathering noun to the body's name stand for it, unless an
        unread word right after makes them another body's ("... of the Board of Peace's
        executive committee"), a noun of a body within it stands beside its name ("the Board
        of Peace's executive board held its first meeting": occasion.within_body), or a date or
        words of a period right after the first of that period ("of 2027", "of the year":
        occasion.period_after). Where the statement
        names one body only, its first meeting may be said apart from its name ("its opening
        meeting", "the inaugural session": occasion.gathering_said)."""
        words = parsed.tokens.words()
        found: dict[str, Mention] = {}
        bodies = [
            m
            for m in parsed.entities
            if len(m.ids) == 1 and self.world.type(m.ids[0]) in BODY_TYPES
        ]
        for m in bodies:
            if within_body(words, m.start, m.end):
                continue  # "the Board of Peace's executive board held its first meeting"
            span = gathered(words, m.start, m.end)
            if span is None and len({b.ids[0] for b in bodies}) == 1:
                # "Trump, chairman of the Board of Peace, invited Lam to its opening meeting":
                # the one body the statement names, its first meeting said apart
                span = gathering_said([w for w in words if not m.start <= w[1] < m.end])
            if span is None:
                continue
            after = next_words(words, span[1])
            if after and after[0] in parsed.loose_words:
                continue  # "the first meeting of the Board of Peace's executive committee"
            if period_after(words, span[1]) or any(
                span[1] <= d.start
                and d.start <= after[-1][2]
                and d.grain in PERIOD_GRAINS
                and not d.day_range
                for d in parsed.dates
                if after
            ):
                continue  # "phiên đầu tiên năm 2027", "of the year": the first of a year
            events = [
                e
                for e in self.world.body_events(m.ids[0])
                if first_of_kind(self.vocab.entities[e].name_en)
                or first_of_kind(self.vocab.entities[e].name_vi)
            ]
            if len(events) == 1 and events[0] not in mentioned:
                text = parsed.text[span[0] : span[1]]
                found[events[0]] = Mention(text, span[0], span[1], (events[0],))
        return found

    def _first_wished(
        self, pred: PredicateInfo, part: Part, claims: list[ClaimView], ctx: Context
    ) -> Part:
        """An act wished or planned "for the first time" ("mong lần đầu được thăm Việt Nam":
        `first_occurrences` in lexicon/<lang>/synonyms.yaml), which a wish's claim bears out:
        that it is the first time is a detail of the wish no claim of it says (not enough
        info), refuted by a claim that the wisher did the act before the wish
        (rules.done_before_wish: Hagerty's earlier visit, of his wish to visit again). A wish
        the statement dates itself is left as it is read."""
        parsed = ctx.parsed
        if part.verdict != SUPPORTED or scope.modality(pred, ctx) == "fact":
            return part
        said = [
            span
            for span in phrases_at(parsed, "synonyms", "first_occurrences")
            if _nearest_act(parsed, *span) == pred.id
        ]
        if not said or parsed.negation is not None:
            return part
        text = parsed.text[said[0][0] : said[0][1]]
        wishes = [c for c in part.borne if c.predicate == pred.id and c.modality != "fact"]
        if not parsed.dates:
            for wish in wishes:
                done = [c for c in claims if done_before_wish(c, wish)]
                if done:
                    says = "; ".join(self.words.says(c) for c in (done[0], wish))
                    reason = f"the statement says {text!r} of the act wished; {says}"
                    return Part(pred.id, CONTRADICTED, reason, "done-before", decisive=[done[0]])
        ctx.unverified.append(Uncovered("other-act", text, label=pred.label_en))
        return part

    def _part(self, pred: PredicateInfo, findings: list[Finding], ctx: Context) -> Part | None:
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
        def named_by(found: list[Finding]) -> Callable[[Finding], set[str]]:
            # what each claim names of the statement, a party's country with him
            places: dict[str, set[str]] = {}
            for c in self.world.held({e for f in found for e in f.claim.entities()}):
                places.setdefault(c.subject, set()).add(c.object or "")

            def named(f: Finding) -> set[str]:
                entities = f.claim.entities()
                where = {p for e in entities for p in places.get(e, ())}
                return (entities | where) & ctx.mentioned

            return named

        def first_named(found: list[Finding]) -> list[Finding]:
            if len(found) < 2:
                return found  # nothing to order, nothing to look up
            named = named_by(found)
            return sorted(found, key=lambda f: -len(named(f)))

        supports = first_named([f for f in relevant if f.outcome == "supports"])
        # Ordered only if they decide: ordering looks up where each party holds office, which
        # for a busy office's past holders is a read per statement that grows with the base.
        contradicts = [f for f in relevant if f.outcome == "contradicts"]
        # Another claim on the same key whose time the statement may mean (calls "since November
        # 2024") keeps a date mismatch of a repeatable event from being a contradiction.
        time_open = [f for f in relevant if f.outcome == "open" and f.same_key and f.why == "time"]
        if any(_time_rule(f) == "began-other" for f in contradicts):
            # "calls began in mid-2025" of calls whose source dates the first to November 2024
            # (rules.compare_time): one call of theirs, which does not say when they began,
            # leaves nothing open
            time_open = [f for f in time_open if _time_rule(f) != "began-unknown"]
        said = [f for f in relevant if f.claim.speaker is not None]
        if ctx.stance is not None and said:
            # The sources report this content as someone's words ("Daines was glad the US is
            # the second-largest partner"): a statement giving it to a speaker is about who
            # said it, which the bare fact does not bear out. Content is the same where a
            # speaker's claim names all the fact names of the statement; one that names less
            # ("Vietnam committed to the MIA search" beside the agreement the statement names
            # by "EVFTA") reports other words, and the fact decides ("Việt Nam và Séc cam kết
            # tận dụng EVFTA" of Tô Lâm's agreement with Macinka).
            def reported(f: Finding) -> bool:
                named = f.claim.entities() & ctx.mentioned
                return any(named <= s.claim.entities() for s in said)

            kept = [f for f in supports if f.claim.speaker is None and not reported(f)]
            # ... and a speaker's claim that leaves out what such a fact names is not its words,
            # a party's country named with him ("Lam hailed Hegseth's visit during the 30th
            # anniversary", of his welcome of the visit beside his own US trip: Hegseth is of
            # the US the trip names)
            named = named_by(supports)
            facts_named = {e for f in kept for e in named(f)}
            supports = [
                f
                for f in supports
                if f in kept or (f.claim.speaker is not None and facts_named <= named(f))
            ]
        if ctx.stance is not None and pred.state_parties:
            # a relation of states given to a speaker is his words only where he answers to one
            # of its sides, or speaks from one (a former senator: World.sides): "Just spoke with
            # To Lam. Grateful for our partnership! - Sen. Daines" is not the Vietnam-Czech
            # partnership (accounting.answers_for)
            def answers(who: str, claim: ClaimView) -> bool:
                sides = claim.entities()
                return bool(self.world.sides(who) & sides) or accounting.answers_for(
                    self.world, ctx, who, sides
                )

            speakers = [s for s in (ctx.stance.speaker, *ctx.stance.others) if s]
            supports = [
                f
                for f in supports
                if f.claim.speaker is not None or all(answers(s, f.claim) for s in speakers)
            ]
        facts = any(f.outcome == "supports" and f.claim.speaker is None for f in relevant)
        if facts and ctx.stance is not None:
            # "Lam said Vietnam has joined the Board of Peace", of Daines' praise of it: a fact
            # the sources state, given to the other party with no feeling of the claim's kind
            # (said, not praised or glad), may be his own report of it; "Lam welcomed the US
            # becoming Vietnam's No. 2 partner", of Daines' gladness at it, his own gladness
            # on another occasion, unless the statement fixes the claim's (assess.exchange_fixed)
            unfelt = not any(map(felt, attributed(ctx.parsed, ctx.stance)))
            glad = gladness_only(ctx.parsed, ctx.stance)
            contradicts = [
                f
                for f in contradicts
                if f.grounds is None
                or f.grounds.rule != "other-party"
                or f.claim.stance is None
                or not felt(f.claim.stance)
                or not (
                    unfelt or (glad and not assess.exchange_fixed(self.world, f.claim, ctx, f.date))
                )
            ]
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
            sides = assess.both_sides(ctx.stance, ctx)
            # a title listed before one who holds it is his, in apposition ("US Trade
            # Representative, Ambassador Jamieson Greer, said"), which his office's own part
            # judges: no second speaker
            if any(
                who not in said
                and not said & self.world.voices(who)
                and not (self.world.type(who) == ROLE_TYPE and said & self.world.holders(who))
                and not (
                    who in sides and any(assess.sided(self.world, who, f.claim) for f in supports)
                )
                for who in listed
            ):
                supports = []
        if ctx.stance is not None and self.world.type(ctx.stance.speaker) == ROLE_TYPE:
            # "Cả hai thượng nghị sĩ đánh giá cao ...", "both senators thanked ...": a plural
            # title speaks for that many holders, each with a claim of their own
            many = plural_holders(ctx.parsed, self.vocab, ctx.stance.start)
            if many and len({f.claim.speaker for f in supports if f.claim.speaker}) < many:
                supports = []
        given = {
            (f.grounds.other, f.claim.qualifier(ROLE))
            for f in contradicts
            if f.grounds and f.grounds.rule == "single-holder"
        }
        if given - {(f.claim.subject, f.claim.qualifier(ROLE)) for f in supports}:
            # Each title is an assertion of its own ("Tổng Bí thư Tô Lâm gặp Thủ tướng Campuchia
            # Hun Sen", "Tổng Bí thư Tô Lâm là Chủ tịch sáng lập ..."): an office borne out says
            # nothing of another single-holder office the statement gives to someone, which its
            # holder's claim refutes.
            supports = []
        supports, miscount = self._done_by_people(pred, supports, ctx)
        voiced = ctx.voiced
        if voiced and not any(p.predicate == pred.id and p.doers for p in ctx.predications):
            # "The foreign leaders welcomed the US becoming Vietnam's No. 2 partner": the fact
            # is no one's view, unless its source gives it to such a group ("hai nhà lãnh đạo
            # hài lòng trước ..."); and the view is the group's where it does the act itself
            # ("the leaders said they would visit": _done_by_people weighs its members)
            # (a member's words, read in the group's place, only where their source gives
            # them to such a group too: "Các đối tác đánh giá cao ...", one claim per leader)
            noun, group = voiced
            said = [
                f
                for f in supports
                if assess.announced_fact(self.world, f.claim)
                or self.world.done_by_people(f.claim, noun.kind)
            ]
            if len(said) < len(supports):
                supports, miscount = said, miscount or Uncovered("speaker", group.text)
        only_time = all(f.why == "time" and not f.occasion_named for f in contradicts)
        if supports:
            part.verdict, part.decisive = SUPPORTED, [f.claim for f in supports]
            part.covers = set().union(*(f.covers for f in supports))
            deciding = supports[0]
        elif contradicts and (pred.functional or not (time_open and only_time)):
            contradicts = first_named(contradicts)
            part.verdict, part.decisive = CONTRADICTED, [f.claim for f in contradicts]
            part.denial = all(f.denial for f in contradicts)
            # the one named in another's place ("thanked Hagerty" of Daines' thanks) is what
            # the finding refutes, no name left unaccounted for
            part.covers = set().union(*(f.covers for f in contradicts))
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
                return party_of(claim)
            return claim.subject

        # one occasion's subjects: "all nine leaders" are those at one meeting, not them and
        # another leader who did it on another day. A claim of no event and no time (a wish, a
        # plan) is an occasion of its own: Orbán's plan to visit and Sharif's are no group's.
        occasions: dict[tuple[object, ...], list[Finding]] = {}
        for f in supports:
            key = (f.claim.qualifier("event"), f.claim.time_start, f.claim.time_end)
            occasions.setdefault(key if any(key) else (f.claim.id,), []).append(f)
        counted = [(q, cue) for q, cue in ctx.parsed.counts if cue.start == nouns[0].start]
        verb = min(p.start for p in bound)

        def named_among(who: str | None) -> bool:
            # "Tokayev ... was one of the leaders who met To Lam": named before the verb, one of
            # them; named after it ("nhận lời mời ... của Tổng Bí thư") he is another party
            return any(m.start < verb for m in ctx.positions.get(who or "", ()))

        if not counted and any(named_among(doer(f.claim)) for f in supports):
            return supports, None
        said = counted[0][0] if counted else None

        def members(claim: ClaimView) -> set[str | None]:
            # a joint act (symmetric: agreeing with someone is their agreement both ways
            # round) is each party's of the encounter; another act is its doer's
            if pred.symmetric and claim.subject not in named:
                return {claim.subject, party_of(claim)} - {None}
            return {doer(claim)}

        # The groups the claims bear out, each with its size: the doers of one occasion; of a
        # joint act said with a count, the others of the one party every encounter of the
        # occasion had ("the nine leaders agreed ..." of Lâm's nine meetings), and each
        # encounter's two sides alone ("the two sides agreed ...").
        groups: list[tuple[list[Finding], int]] = []
        for found in occasions.values():
            people = [members(f.claim) for f in found]
            union = set().union(*people)
            joint = pred.symmetric and said is not None
            groups.append((found, len(union - set.intersection(*people)) if joint else len(union)))
            if joint:
                groups += [([f], len(m)) for f, m in zip(found, people, strict=True)]
        sizes = []
        for found, n in groups:
            if (
                count_holds(n, said.low, said.high, said.low_open, said.high_open)
                if said is not None
                else count_holds(n, 2, None)  # a plural said without a count: two at least
            ):
                return found, None
            sizes.append(n)
        if counted:
            q, cue = counted[0]
            return [], Uncovered("count", q.text, cue.text, max(sizes))
        # a plural said as the source itself says it of people it does not name
        found = [f for f in supports if self.world.done_by_people(f.claim, nouns[0].kind)]
        if found:
            return found, None
        return [], Uncovered("count", nouns[0].text, "said of several", max(sizes))

    def _drop_subsumed(
        self, parts: list[Part], ctx: Context, spoken: frozenset[str] = frozenset()
    ) -> list[Part]:
        """A part left open that adds nothing to check: one left open only by mood, all of
        whose claims' entities the supported parts already name (in "invited Pashinyan to visit
        Vietnam" the visit is the invitation's content, not a second assertion), and one read
        only because a name's type cues its predicate, whose names the supported parts' claims
        give ("Greer said the reciprocal trade talks were entering a decisive phase" asserts
        what he said of the agreement, not that anyone is party to it). Only an act holds
        another as its content: the titles of "Tổng thống Trump sẽ chúc mừng Tổng Bí thư Tô
        Lâm" name both men, and leave the planned congratulation to check. So does an act named
        only by the verb that gives the speaker his words (`spoken`: _spoken_acts)."""
        covered = {
            e for p in parts if p.verdict == SUPPORTED for c in p.decisive for e in c.entities()
        }
        if not covered:
            return parts
        triggered = {t.target for t in ctx.parsed.triggers}
        acts = {
            e
            for p in parts
            if p.verdict == SUPPORTED and self.vocab.predicates[p.predicate].time_role != STATE
            for c in p.decisive
            for e in c.entities()
        }

        def named_only(part: Part) -> bool:
            cues = self.vocab.predicates[part.predicate].cue_types
            if part.predicate in triggered or not cues:
                return False
            cued = {e for e in ctx.mentioned if self.world.type(e) in cues}
            return bool(cued) and cued <= covered

        # An act said before the act that would hold it as its content is said on its own:
        # "Prabowo visited Vietnam at Lam's invitation" says the visit was made, which the
        # invitation does not bear out (an act's content follows it: `contents` in
        # lexicon/<lang>/synonyms.yaml).
        holders = _content_heads(ctx.parsed.lang)
        supported = {p.predicate for p in parts if p.verdict == SUPPORTED}
        heads = [t.start for t in ctx.parsed.triggers if t.target in supported & holders.keys()]

        def said_before(part: Part) -> bool:
            return any(
                t.target == part.predicate
                and any(
                    t.start < h.start and part.predicate in holders[h.target]
                    for h in ctx.parsed.triggers
                    if h.start in heads
                )
                for t in ctx.parsed.triggers
            )

        return [
            p
            for p in parts
            if p.verdict != NEI
            or not (
                (
                    all(f.why == "mood" and f.claim.entities() <= acts for f in p.considered)
                    and not said_before(p)
                )
                or named_only(p)
                or p.predicate in spoken
            )
        ]

    # --- the statement as `factdb parse` shows it ---------------------------------------------

    def predications(self, parsed: ParsedStatement) -> list[Predication]:
        """Each verb of `parsed` (as judged) with the names it binds, an act from its doer to
        another that opens a speaker's quoted words bound to him (persons.quoted_doers), none
        binding a relative date's anchor (earlier.own_predications)."""
        found = own_predications(parsed, predications(parsed, self.vocab))
        directed = assess.directed_predicates()
        return quoted_doers(parsed, self.vocab, found, self.world.holders, directed)

    def _elected(self, parsed: ParsedStatement) -> Judgement | None:
        """A statement whose election, said after a congratulation's verb, read as the
        re-election the claims give (check.elections) is decided by a claim of it: that
        reading's verdict, or refuted where it said the election was the first; None where no
        such claim decides it, to be judged as written."""
        read_as = as_reelection(parsed)
        if read_as is None:
            return None
        read = self.judge(parse_statement(read_as.text, self.vocab))
        acts = term_acts()
        terms = [
            c for p in read.parts if p.verdict != NEI for c in p.decisive if c.predicate in acts
        ]
        if read.verdict == NEI or not terms:
            return None
        if not read_as.first or read.verdict != SUPPORTED:
            return Judgement(parsed.text, read.verdict, read.explanation, read.parts)
        parts = [replace(p, verdict=CONTRADICTED) if p.predicate in acts else p for p in read.parts]
        why = self.words.first_election(read_as.first, terms)
        return Judgement(parsed.text, CONTRADICTED, why, parts)

    def _moved(self, parsed: ParsedStatement, moved: list[Moved]) -> Judgement | None:
        """A statement setting work of a kind at another site than the programme of that kind
        tied to one site (check.sites), refuted where, with that programme in its place, it is
        borne out by a claim of a request naming it; None where it is not, to be judged as
        written."""
        if not moved:
            return None
        read = self.judge(parse_statement(in_place(parsed, self.world, moved), self.vocab))
        named = {m.programme for m in moved}
        acts = sited_acts()
        refuted = [
            c
            for p in read.parts
            for c in p.decisive
            if c.predicate in acts and c.entities() & named
        ]
        if read.verdict != SUPPORTED or not refuted:
            return None
        parts = [
            replace(p, verdict=CONTRADICTED) if any(c in refuted for c in p.decisive) else p
            for p in read.parts
        ]
        why = self.words.other_sites([m.site for m in moved], refuted)
        return Judgement(parsed.text, CONTRADICTED, why, parts)

    def as_judged(self, parsed: ParsedStatement) -> ParsedStatement:
        """`parsed` as it is judged and as `factdb parse` shows it: with the persons of words
        given to a speaker named ("I", "the two countries": factdb.check.persons), a leader's
        description as the one person named who fits it ("the Vietnamese leader":
        factdb.check.descriptions), without
        a denial that is a turned stance's own ("isn't thrilled about": stance.own_denial), and
        with a count of days from a day it gives read as the day counted to
        (relative.counted_from_day), and a day told by the day of writing it gives as that day
        (relative.told_from_report)."""
        parsed = relative.told_from_report(relative.counted_from_day(parsed, doers.reporting()))
        world = self.world
        parsed = with_persons(parsed, self.vocab, world.sides, world.holders, world.hosts)
        parsed = with_descriptions(parsed, self.vocab, world.led)
        parsed = with_pronouns(parsed, self.vocab, world.holders)
        return own_denial(parsed, self.vocab)


def _objects_after(parsed: ParsedStatement, pid: str) -> set[str]:
    """The entities named right after a trigger of `pid`, past an article at most."""
    articles = phrase_keys("synonyms", "slot_determiners", (parsed.lang,))
    found: set[str] = set()
    for t in (t for t in parsed.triggers if t.target == pid):
        after = [m for m in parsed.entities if m.start >= t.end]
        m = min(after, key=lambda m: m.start, default=None)
        if m is not None and tuple(word_keys(parsed.text[t.end : m.start])) in {(), *articles}:
            found.update(m.ids)
    return found


# The dates a body's first meeting may be the first of ("phiên đầu tiên năm 2027"); a day, a
# range of days or a part of a month after it ("họp khai mạc Hội đồng Hòa bình vào đầu tháng 2",
# "họp khai mạc từ 20 đến 22/2": DateSpan.day_range) dates the meeting.
PERIOD_GRAINS = frozenset({"year", "quarter", "month", "range"})


def _time_rule(found: Finding) -> str:
    """The rule of the time check a finding turns on ('' for none)."""
    grounds = found.grounds
    return grounds.time.rule if grounds is not None and grounds.time is not None else ""


def _spoken_acts(world: World, parts: list[Part], ctx: Context) -> frozenset[str]:
    """The predicates named only by the verb that gives the speaker his words ("vowed",
    "pledged": a commitment; "agreed on": an agreement; "đề nghị": a request), where those
    words are borne out as his, by a claim of what he said: the verb is how he said them, no
    act of its own to check. A speaker named by his title alone ("Tổng Bí thư đề nghị ...") is
    whoever the claims say holds it, as assess.assess_said reads him."""
    stance = ctx.stance
    if stance is None:
        return frozenset()
    speakers = {stance.speaker}
    if world.type(stance.speaker) == ROLE_TYPE:
        speakers |= world.holders(stance.speaker)
    if not any(c.speaker in speakers for p in parts if p.verdict == SUPPORTED for c in p.decisive):
        return frozenset()
    cues: dict[str, list[Cue]] = {}
    for t in ctx.parsed.triggers:
        cues.setdefault(t.target, []).append(t)
    return frozenset(
        pid for pid, ts in cues.items() if all(within(t.start, t.end, stance.opening) for t in ts)
    )


def _framed_readings(parts: list[Part], readings: dict[str, dict[str, str]]) -> list[Part]:
    """A reading of a verb that says one of several acts (Judge._either) that a frame left
    open (frames.framed, Judge._framed) stands down where another reading of the verb is borne
    out: that one fits the occasion ("In a reply letter, To Lam ... said Vietnam stood ready
    to join as a founding member": the membership, not the meeting he attended later)."""
    borne = {p.predicate for p in parts if p.verdict == SUPPORTED}
    return [
        p
        for p in parts
        if p.rule != "framed-elsewhere" or not set(readings.get(p.predicate, {})) & borne
    ]


def _readings(parsed: ParsedStatement, pid: str) -> dict[str, str]:
    """The other predicates of `pid`'s group (either_groups) that each trigger of `pid` also
    triggers, by id, with the trigger's words: a verb that says one of them without telling
    which ("spoke with": a meeting or a call). Empty where one of its triggers is its own."""
    group = either_groups().get(pid, frozenset())
    acts = [t for t in parsed.triggers if t.kind == "trigger"]
    spans = {(t.start, t.end) for t in acts if t.target == pid}
    others = {t.target: t.text for t in acts if t.target in group and (t.start, t.end) in spans}
    shared = {(t.start, t.end) for t in acts if t.target in others}
    return others if spans and spans <= shared else {}


def _first_rank(q: Quantity) -> bool:
    """Whether a quantity is the ordinal "first" ("thứ nhất", "1st"): rank 1 exactly."""
    return q.unit == "rank" and q.low == q.high == 1


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


def _on_occasion(part: Part, kept: list[ClaimView]) -> Part:
    """`part` borne out by `kept` alone, the claims of its kind on the occasion the statement
    puts it on (the letter that carries it, the acts said around it: Judge._carried,
    Judge._framed): another claim of its kind (the undated invitation to the meeting beside the
    letter's invitation to join) decides nothing of it, nor lends it what it was to
    (accounting.unborne_contents)."""
    ids = {c.id for c in kept}
    if ids == {c.id for c in part.borne}:
        return part
    considered = [f for f in part.considered if f.outcome != "supports" or f.claim.id in ids]
    part = replace(part, decisive=[c for c in part.decisive if c.id in ids] or kept)
    part = replace(part, considered=considered)
    first = next((f for f in considered if f.outcome == "supports"), None)
    return part if first is None else replace(part, reason=first.reason, rule=first.rule)


def _opens_with_antonym(parsed: ParsedStatement, content: Cue) -> bool:
    """Whether an act's content opens with words that deny its predicate by their meaning
    (`antonyms` in lexicon/<lang>/polarity.yaml: "as an observer" of founding_member)."""
    said = word_keys(content.text)
    return any(
        k and said[: len(k)] == k
        for k in phrase_keys("polarity", "antonyms", (parsed.lang,), content.target)
    )


@cache
def _content_heads(lang: str) -> dict[str, frozenset[str]]:
    """`contents` of the language's synonyms lexicon: the acts each act holds as its content."""
    contents = load_lexicon(lang, "synonyms").get("contents") or {}
    return {head: frozenset(acts or ()) for head, acts in contents.items()}


def _nearest_act(parsed: ParsedStatement, start: int, end: int) -> str | None:
    """The predicate whose verb stands nearest the words at `start`-`end`, in their clause
    ("mong lần đầu được thăm": the visit; "who spoke with Lam for the first time, hopes to
    visit": the call), or None where another act's verb is as near or a clause break stands
    between."""
    found = [
        (t.start - end if t.start >= end else start - t.end, t)
        for t in parsed.triggers
        if t.kind == "trigger" and (t.start >= end or t.end <= start)
    ]
    if not found:
        return None
    gap = min(g for g, _ in found)
    near = {t.target for g, t in found if g == gap}
    t = next(t for g, t in found if g == gap)
    lo, hi = (end, t.start) if t.start >= end else (t.end, start)
    if len(near) != 1 or CLAUSE_BREAK.search(parsed.text, lo, hi):
        return None
    return near.pop()


def _mutual(
    parsed: ParsedStatement,
    said: list[Predication],
    stance: StanceReading | None,
    world: World,
    held_by: dict[tuple[int, int], str],
) -> dict[str, tuple[str, ...]]:
    """The predicates the names listed before their verb are said to do to each other, with
    those names. The statement lexicons say it three ways: `reciprocals` right after the act's
    words ("visit each other", "thăm lẫn nhau", "mời nhau", "greetings with each other"),
    `reciprocal_objects` after its object in its clause ("mời lãnh đạo của nhau"), and
    `reciprocal_verbs` before its noun or opening its words ("exchanged Tet greetings",
    "trao đổi thư"). Speakers listed before their verb of saying are the names of the act
    their words go on to ("Sharif and Lam say they're ready to exchange visits"), whatever
    stands between (a pronoun, a quotation mark) that the act's own binding stops at; named
    persons only, as a country speaking ("Vietnam's leaders and Sharif said") names no one
    whose claims the statement retrieves. A bare title standing for its one holder (`held_by`)
    is one of the names ("Tổng Bí thư và Tổng thống Aliyev chúc mừng nhau"), and so is a name
    set off by a headline's comma ("Lam, Orbán trade congratulations"): an act done to each
    other has two doers at least, so one read alone is a list read short."""
    after = {start for start, _ in phrases_at(parsed, "statements", "reciprocals")}
    objects = {start for start, _ in phrases_at(parsed, "statements", "reciprocal_objects")}
    verbs = phrases_at(parsed, "statements", "reciprocal_verbs")
    if not (after or objects or verbs):
        return {}
    text = parsed.text

    def joined(end: int, start: int) -> bool:
        # words of the act's own clause between, no other act's
        return not CLAUSE_BREAKS & set(text[end:start]) and not any(
            end <= q.start < start for q in said
        )

    speakers = (
        (stance.speaker, *stance.others)
        if stance is not None
        and stance.others
        and not stance.turned
        and all(world.type(e) == PERSON for e in (stance.speaker, *stance.others))
        else ()
    )

    def agents(q: Predication) -> tuple[str, ...]:
        if len(q.agents) > 1 or not speakers:
            return q.agents
        assert stance is not None
        return speakers if q.start >= stance.end and q.agent in (None, *speakers) else q.agents

    def marked(q: Predication) -> int | None:
        """Where the words of the act said of each other begin (its reciprocal verb, else its
        own), or None when it is not said so."""
        if any(start >= q.end and not text[q.end : start].strip() for start in after) or any(
            start >= q.end and joined(q.end, start) for start in objects
        ):
            return q.start
        # the verb may open the act's own words ("trao đổi thư" names sent_letter); a
        # relation of states is no act traded ("Vietnam's second-largest trade partner")
        if world.vocab.predicates[q.predicate].state_parties:
            return None
        return min(
            (
                start
                for start, end in verbs
                if start == q.start or (end <= q.start and joined(end, q.start))
            ),
            default=None,
        )

    def listed(q: Predication, begins: int) -> tuple[str, ...]:
        named = agents(q)
        # the names and held bare titles of the words before it, back to the sentence's
        # opening or the act before it
        opens = max(
            [
                *(text.rfind(c, 0, begins) + 1 for c in SENTENCE_ENDS | CLAUSE_BREAKS - {","}),
                *(p.end for p in said if p.end <= begins),
            ]
        )
        spans = [(m.start, m.end, m.ids) for m in parsed.entities if opens <= m.start < begins]
        titles = [held_by[(s, e)] for s, e, _ in spans if (s, e) in held_by]
        if len(named) > 1 and not titles:
            return named
        persons = [ids[0] for _, _, ids in spans if len(ids) == 1 and world.type(ids[0]) == PERSON]
        return tuple(dict.fromkeys([*named, *titles, *persons]))

    found = {}
    for q in said:
        begins = marked(q)
        if begins is not None and len(names := listed(q, begins)) > 1:
            found[q.predicate] = names
    return found
