"""The titles and offices a statement gives, for the judge (factdb.check.judge).

Why apart: a title is an assertion of its own (factdb.check.assertions), judged alone beside the
statement's predicates, and what a title's words say of whom (a party, a state, an office said
of the one it stands before) is read before any predicate is weighed. The judge orchestrates;
this module holds what it asks of titles, over the base's vocabulary, claim index and World:

* `Offices.parts`: each office assertion decided (rules.decide_office and its kin, with this
  base's office rules, the dates and occasions the statement sets the title at, the holders of a
  single-holder office there, each national office read in general terms) as one Part, with the
  reason in words (factdb.check.explain);
* `Offices.titled`: the people each predicate cued by a name in a title (a party, a state, an
  office) is said of, where the statement says it of someone at all;
* `Offices.said_beside`: whether an undecided title is the office another part bears out;
* `Offices.narrowed_titles`: an abbreviation of several titles read as the one the claims give;
* `Offices.holders_at` and `Offices.decide`: who holds an office over a claim's time, and an
  office assertion decided at given dates, for the judge's own readings ("only", "every").

Every verdict here is a decision of factdb.check.rules: this module chooses which rule is asked,
of which claims and at which dates.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import pairwise

from factdb.check.assertions import Assertion, counterparts, decompose, unknown_holders
from factdb.check.attributes import LIST_OPENER, beside, linked
from factdb.check.explain import Words
from factdb.check.findings import Part
from factdb.check.later import office_later
from factdb.check.match import ClaimIndex
from factdb.check.names import head_nouns
from factdb.check.rules import (
    NEI,
    ROLE,
    SUPPORTED,
    Decision,
    at_a_moment,
    decide_described,
    decide_office,
    decide_other_holder,
    in_general_terms,
    of_now,
)
from factdb.check.statement import Cue, Mention, ParsedStatement, phrases_at
from factdb.check.wording import blank_spans
from factdb.check.world import CITY, PERSON, ROLE_TYPE, World
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import EVENT, PERSON_ATTRIBUTES, TOPIC, PredicateInfo, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.text.fold import fold
from factdb.text.sentences import CLAUSE_BREAKS
from factdb.text.tokens import word_keys

# Words that set what they stand before at another time than an occasion they name ("before
# the meeting", "trước cuộc họp"): a past title then says nothing of the occasion's days.
ORDERING_WORDS = ("date_before", "date_after", "event_orders")
# The decisions that leave a capacity said with an act open for want of the office's time (a
# claim of it held "before" a date): the act's own source may give it (capacities_borne).
CAPACITY_OPEN = ("capacity-time", "held-before")


@cache
def _tag_gap() -> re.Pattern[str]:
    """What may stand between a name and a tag after it that says his party or state: "Daines,
    R-Mont.", "Leahy (D-Vt.)" (the state after the party's letter). Compiled for a statement
    that gives such a tag, not at every start."""
    return re.compile(r"[\s,(]*(?:\w{1,2}-)?")


@cache
def national_forms() -> dict[str, tuple[str, str]]:
    """Each office one country names its own way, as the office it is and that country
    (lexicon/world/offices.yaml)."""
    listed = load_lexicon("world", "offices").get("national_forms") or {}
    return {office: (form["office"], form["of"]) for office, form in listed.items()}


@cache
def own_titles(office: str) -> frozenset[tuple[str, ...]]:
    """The folded titles of a national office (`national_forms`) that name its country by their
    own words (lexicon/<lang>/statements.yaml `national_titles`: "Secretary of War", "Pentagon
    chief", "Bộ trưởng Chiến tranh" are the United States' alone; "Defense Secretary" is any
    country's)."""
    return frozenset(phrase_keys("statements", "national_titles", sub=office))


@cache
def titled_as() -> dict[str, str]:
    """Each office with the shorter office the press titles its holder by (lexicon/world/
    offices.yaml `titled_as`: the founding chairman of a body is its chair)."""
    return dict(load_lexicon("world", "offices").get("titled_as") or {})


def day_of(claim: ClaimView) -> DateSpan:
    """The claim's own time as a date of the statement's, to read an office held then."""
    first = claim.time_start or dt.date.min
    last = claim.time_end or dt.date.max
    return DateSpan("", 0, 0, first, last, "range", True)


class Offices:
    """What the judge asks of the titles a statement gives: read once a judge, over its
    vocabulary, claim index, World and Words."""

    def __init__(self, vocab: Vocabulary, index: ClaimIndex, world: World, words: Words) -> None:
        self.vocab = vocab
        self.index = index
        self.world = world
        self.words = words

    def holders_at(self, office: str, claim: ClaimView, where: set[str]) -> set[str]:
        """Who the claims say holds `office` (in one of `where`, if any is given) over the whole
        time of `claim` (not only before it: a former prime minister is no prime minister
        then)."""
        if not claim.time_start or not claim.time_end:
            return set()
        return {
            c.subject
            for found in self.index.claims_naming(self.world.offices, {office}).values()
            for c in found
            if c.qualifier("role") == office
            and (not where or c.object in where)
            and c.polarity == "affirmed"
            and c.time_start
            and c.time_end
            and c.time_start <= claim.time_start
            and claim.time_end <= c.time_end
        }

    def narrowed_titles(self, parsed: ParsedStatement) -> ParsedStatement:
        """An abbreviation of several titles right before a name ("TT Trump": Tổng thống or
        Thủ tướng) is the one of them the claims give that person now; with none or several,
        it stays as written (and no claim covers it)."""
        entities = self.vocab.entities
        mentions = sorted(parsed.entities, key=lambda m: m.start)
        narrowed = {}
        for m, person in pairwise(mentions):
            if (
                len(m.ids) < 2
                or not all(i in entities and entities[i].type == ROLE_TYPE for i in m.ids)
                or len(person.ids) != 1
                # "TT Hungary": which of the two the writer meant is open, whatever the claims
                # give the country
                or self.world.type(person.ids[0]) != PERSON
                or parsed.text[m.end : person.start].strip()
            ):
                continue
            held = {c.qualifier("role") for c in self.world.offices_now(set(person.ids))}
            roles = [i for i in m.ids if i in held]
            if len(roles) == 1:
                narrowed[(m.start, m.end)] = (roles[0],)
        if not narrowed:
            return parsed
        entities = [replace(m, ids=narrowed.get((m.start, m.end), m.ids)) for m in parsed.entities]
        return replace(parsed, entities=entities)

    def titled(
        self, parsed: ParsedStatement, pids: list[str], held_by: dict[tuple[int, int], str]
    ) -> dict[str, frozenset[str]]:
        """The people each predicate cued by a name (a party, a state, an office) is said of,
        where every such name stands in a person's title: "Republican Sen. Steve Daines", or
        as a tag right after him, "Sen. Steve Daines, R-Mont.", "Leahy (D-Vt.)", or is a bare
        title standing for its holder ("at the invitation of the US president": Trump). Of
        anyone else the statement says nothing of that kind ("Lam spoke with Leahy and
        Republican Sen. Daines" says nothing of Leahy's party, "Prabowo hopes to visit at the
        invitation of the US president" nothing of Prabowo's office)."""
        world = self.world
        titles = [(a.start, a.end, a.subject) for a in decompose(parsed, self.vocab) if a.subject]
        people = [m for m in parsed.entities if len(m.ids) == 1 and world.type(m.ids[0]) == PERSON]
        attributes = self._attribute_holders(parsed, titles, people)
        found: dict[str, frozenset[str]] = {}
        for pid in pids:
            pred = self.vocab.predicates[pid]
            # a view's words are no title: right after the one told, they are what he was told
            # ("chia sẻ với ông Leahy những định hướng lớn ..."), no tag of his
            if not pred.cue_types or TOPIC in pred.cue_types:
                continue
            cues = [
                m for m in parsed.entities if any(world.type(e) in pred.cue_types for e in m.ids)
            ]
            if pid in world.offices:
                # an office is decided by its title's assertion (Offices.parts); a bare
                # title that stands for its holder is said of that holder only
                if not cues or not all((m.start, m.end) in held_by for m in cues):
                    continue
                found[pid] = frozenset(held_by[(m.start, m.end)] for m in cues)
                continue
            if cues and pred.cue_types <= PERSON_ATTRIBUTES:
                said = _attributes_said(parsed, pred, cues, attributes)
                if said is not None:
                    found[pid] = said
                continue
            holders = [_title_holder(parsed, m, titles, people) for m in cues]
            if cues and None not in holders:
                found[pid] = frozenset(h for held in holders if held for h in held if h)
        return found

    def _attribute_holders(
        self,
        parsed: ParsedStatement,
        titles: list[tuple[int, int, str]],
        people: list[Mention],
    ) -> dict[tuple[int, int], tuple[str, ...] | None]:
        """Whom each name of a person's attribute (a party, a state) is said of, by its span:
        its title's or tag's holder; the first name right after it ("Democrat Patrick Leahy",
        past the group's noun it stands beside: "two GOP lawmakers, Leahy and Hagerty"); the
        person an apposition or a copula ties it to ("Leahy, a Vermont Democrat", "Leahy là
        đảng viên Dân chủ": `attribute_links`, through another attribute tied to him); no one
        after a name none of these ties it to ("Leahy criticised the GOP", "Montana's
        governor"); None (anyone's) before any name, a description ("The Vermont Democrat")."""
        world, text = self.world, parsed.text
        groups = phrases_at(parsed, "statements", "group_nouns")
        roles = [
            (m.start, m.end)
            for m in parsed.entities
            if any(world.type(e) == ROLE_TYPE for e in m.ids)
        ]
        # where each person's name, or a title said of him, ends: an attribute after it with
        # only a linking word between is his, and so is the next one after that attribute
        ends = [(p.end, p.ids[0]) for p in people] + [(e, s) for _, e, s in titles]
        found: dict[tuple[int, int], tuple[str, ...] | None] = {}
        verbs = [t.start for t in parsed.triggers] + [s for _, s, _ in parsed.loose_words]
        attributes = [
            m for m in parsed.entities if any(world.type(e) in PERSON_ATTRIBUTES for e in m.ids)
        ]
        for m in sorted(attributes, key=lambda c: c.start):
            held = _title_holder(parsed, m, titles, people, attribute=True)
            after = [
                p.ids[0]
                for p in people
                if p.start >= m.end
                and LIST_OPENER.fullmatch(blank_spans(text, groups, m.end, p.start))
            ]
            if held is None and after:
                held = (after[0],)
            if held is None:
                held = self._capacity_holder(parsed, m, people)
            before = [(e, h) for e, h in ends if e <= m.start]
            if held is None and before:
                end, holder = max(before)
                # a title apposed between them is his too ("Leahy, nguyên thượng nghị sĩ đảng
                # Cộng hòa")
                held = (holder,) if linked(blank_spans(text, roles, end, m.start)) else ()
            if (
                held is None
                and people
                and not any(
                    p.start >= m.end and not any(m.end <= w < p.start for w in verbs)
                    for p in people
                )
            ):
                # a description a verb or a word nothing read parts from every name after it is
                # someone the statement does not name ("Republicans praised Leahy's call" says
                # nothing of Leahy's party; "The Vermont Democrat spoke with Lam" may be Leahy)
                named = {p.ids[0] for p in people}
                held = tuple(e for e in self.vocab.person_ids if e not in named)
            found[(m.start, m.end)] = held
            ends += [(m.end, h) for h in held or () if h]
        return found

    def _capacity_holder(
        self, parsed: ParsedStatement, m: Mention, people: list[Mention]
    ) -> tuple[str, ...] | None:
        """Whose attribute `m` is where it is said as the capacity an act was done in ("Leahy
        represented Vermont in the Senate as a Republican", "với tư cách đảng viên Cộng hòa":
        `attribute_capacities` in lexicon/<lang>/statements.yaml, then only the words that tie
        an attribute): the doer's, the first name of its clause. None where it is not."""
        world, text = self.world, parsed.text
        opened = [
            start
            for start, end in phrases_at(parsed, "statements", "attribute_capacities")
            if end <= m.start and linked(text[end : m.start])
        ]
        if not opened:
            return None
        at = max(opened)
        # the clause's first name or title: a title standing alone ("Tổng Bí thư điện đàm với
        # ông Leahy với tư cách ...") is someone the attribute may be of, not the name after it
        cut = max((i for i in range(at) if text[i] in CLAUSE_BREAKS), default=-1)
        names = [
            n
            for n in parsed.entities
            if n.end <= at and any(world.type(e) in (PERSON, ROLE_TYPE) for e in n.ids)
        ]
        first = min((n for n in names if n.start > cut), key=lambda n: n.start, default=None)
        opens = [c.start for c in parsed.grammar if c.kind == "relative_pronoun"]
        if first is None and any(cut < o and not text[cut + 1 : o].strip() for o in opens):
            # "Lam phoned Leahy, who represented Vermont as a Democrat": a relative clause's
            # doer is the name it follows
            first = next((n for n in names if not text[n.end : cut].strip()), None)
        return (first.ids[0],) if first in people else None

    def parts(self, parsed: ParsedStatement) -> list[Part]:
        """Each office assertion (factdb.check.assertions) decided by factdb.check.rules."""
        offices = self.world.offices
        if not offices:
            return []
        assertions = decompose(parsed, self.vocab)
        assertions += self._counterpart_offices(parsed, assertions)
        parts = self._unknown_holder_parts(parsed)
        for a in assertions:
            keys = {a.subject} if a.subject else {e for e in a.holder or () if e}
            claims = [
                c for found in self.index.claims_naming(offices, keys).values() for c in found
            ]
            # a title's place that is the holder's tie (his state, his party) is not the office's:
            # the office part does not account for it, his tie's predicate does
            read = replace(a, jurisdiction=None) if self.world.constituency(a) else a
            dates, occasions = self._office_dates(parsed, a)
            if a.subject is not None:
                moment = at_a_moment(a, parsed, offices)
                decision = self.decide(read, claims, dates, moment)
            else:
                decision = decide_described(
                    a, claims, self.vocab.incompatible, parsed.dates, of_now(a, parsed, offices)
                )
            if (
                decision.rule in ("no-claim", "other-office")
                and a.subject is not None
                and read.jurisdiction is not None
                and parsed.negation is None
            ):
                # no claim gives him an office there: someone else may hold that one
                holders = self._holders({read.jurisdiction})
                when = dates or self._holders_occasion(parsed, read, holders)
                held = decide_other_holder(
                    read, holders, a.subject.__ne__, when, of_now(a, parsed, offices)
                )
                decision = held if held.verdict != NEI else decision
            if a.subject is not None and decision.rule in ("no-claim", "other-office", "negated"):
                decision = self._in_general_terms(read, claims, dates, parsed) or decision
            # "After meeting Lam, Orbán became president": an office of the event's day may
            # have changed by the later time the statement speaks of
            decision = office_later(self.world, parsed, a, decision)
            reason = self.words.office(a, decision)
            part = Part(
                offices[0], decision.verdict, reason, decision.rule, decisive=list(decision.claims)
            )
            named = (a.subject, a.office, read.jurisdiction, *(a.holder or ()))
            part.covers = {e for e in named if e}
            # a chamber said inside the title, as the seat it is ("serves in the Senate")
            part.covers |= {
                e
                for m in parsed.entities
                if a.start <= m.start and m.end <= a.end
                for e in m.ids
                if a.office in self.world.seating(e)
            }
            if decision.verdict != NEI:
                # the occasion whose days decided the title is accounted for by that decision
                part.covers |= occasions
            parts.append(part)
        return parts

    def _counterpart_offices(
        self, parsed: ParsedStatement, assertions: list[Assertion]
    ) -> list[Assertion]:
        """The office each counterpart word gives its name (assertions.counterparts), as a title
        of the country said with it: the one office the statement's titles give the name paired
        with it, or else the one office the claims give him on a day (not one held only
        "before": a former holder's counterpart is no one in particular), in general terms
        (`national_forms`). With several offices the counterpart may hold any one of them, and
        nothing is asserted."""
        found = []
        for pair in counterparts(parsed, self.vocab):
            titles = {
                (a.office, a.tense)
                for a in assertions
                if a.subject == pair.paired and a.kind == "office" and a.polarity == "affirmed"
            }
            if not titles:
                claims = self.index.claims_naming(self.world.offices, {pair.paired}).values()
                titles = {
                    (c.qualifier(ROLE), "unmarked")
                    for found_claims in claims
                    for c in found_claims
                    if c.subject == pair.paired
                    and c.polarity == "affirmed"
                    and c.time_start is not None
                    and c.qualifier(ROLE)
                }
            if len(titles) != 1:
                continue
            ((office, tense),) = titles
            # an office one country names its own way pairs with the office it is elsewhere:
            # the US Secretary of War's counterpart is a defence minister
            office = national_forms().get(office, (office,))[0]
            end = pair.start + len(pair.text)
            found.append(
                Assertion(
                    "office",
                    pair.text,
                    pair.start,
                    end,
                    pair.holder,
                    office,
                    pair.place,
                    tense=tense,
                    form="counterpart",
                )
            )
        return found

    def capacities_borne(
        self, parsed: ParsedStatement, offices: list[Part], parts: list[Part]
    ) -> list[Part]:
        """The office parts, each capacity a title set off before the name gives an act ("As
        Appropriations chairman, Leahy said he ...", "Khi còn là Chủ tịch Ủy ban Chuẩn chi
        Thượng viện, ông Leahy cho biết ...") borne out where a claim of the office held "before"
        a date left it open (`CAPACITY_OPEN`) and the source of an act another part bears out
        says he did it in that office: the office claim's span stands inside that act claim's,
        right after the words of a capacity (lexicon/<lang>/statements.yaml
        `source_capacities`: "trong suốt thời gian giữ cương vị ..."), past only his other
        offices' spans and the words joining them. A capacity the act's source does not give
        (his 1975 vote "while serving as a senator") stays open."""
        if not any(o.rule in CAPACITY_OPEN for o in offices):
            return offices
        acts = [
            c
            for p in parts
            if p.verdict == SUPPORTED
            for c in p.borne
            if c.predicate not in self.world.offices
        ]
        said = {
            (a.subject, a.office)
            for a in decompose(parsed, self.vocab)
            if a.form == "apposition" and a.tense in ("past", "unmarked")
        }
        if not acts or not said:
            return offices
        return [self._capacity_borne(o, acts, said) for o in offices]

    def _capacity_borne(
        self, office: Part, acts: list[ClaimView], said: set[tuple[str | None, str]]
    ) -> Part:
        """The office part, borne out by the act whose source gives it as the capacity said
        (capacities_borne), or as it was."""
        held = [c for c in office.decisive if (c.subject, c.qualifier(ROLE)) in said]
        if office.rule not in CAPACITY_OPEN or not held:
            return office
        holder = held[0].subject
        own = [
            c
            for found in self.index.claims_naming(self.world.offices, [holder]).values()
            for c in found
            if c.subject == holder
        ]
        mine = [a for a in acts if holder in (a.subject, a.speaker)]
        evidenced = self.index.with_evidence([*mine, *own])
        titles = [word_keys(s.quote) for c in own for s in evidenced[c.id].spans]
        for act in mine:
            for span in evidenced[act.id].spans:
                for claim in held:
                    inner = next(
                        (
                            s
                            for s in evidenced[claim.id].spans
                            if s.source == span.source
                            and span.start <= s.start
                            and s.end <= span.end
                            and _said_as_capacity(
                                span.quote[: s.start - span.start], s.quote, titles
                            )
                        ),
                        None,
                    )
                    if inner is not None:
                        reason = self.words.capacity_said(claim, act, inner.quote)
                        return replace(
                            office, verdict=SUPPORTED, rule="capacity-said", reason=reason
                        )
        return office

    def decide(
        self,
        a: Assertion,
        claims: list[ClaimView],
        dates: list[DateSpan],
        moment: bool = False,
    ) -> Decision:
        """rules.decide_office with this base's office rules and the kinds and countries of its
        places."""
        world = self.world
        return decide_office(
            a, claims, self.vocab.incompatible, dates, moment, world.type, world.countries_of
        )

    def said_beside(self, office: Part, parts: list[Part]) -> bool:
        """Whether a title no claim decides is the office another part bears out beside it
        ("Cựu Thủ tướng Tô Lâm gặp Thủ tướng Orbán": Orbán's office claim): that claim accounts
        for the office's words, which would otherwise leave the statement open, so the title's
        own undecided part keeps it open (each title is judged alone)."""
        holders = {e for e in office.covers if self.world.type(e) == PERSON}
        if not holders:
            return False  # a title said of a described holder ("the general secretary, who ...")
        roles = {e for e in office.covers if self.world.type(e) == ROLE_TYPE}
        return any(
            c.qualifier(ROLE) in roles and c.subject not in holders
            for p in parts
            if p.verdict != NEI
            for c in p.decisive
            if c.predicate in self.world.offices
        )

    def _in_general_terms(
        self,
        a: Assertion,
        claims: list[ClaimView],
        dates: list[DateSpan],
        parsed: ParsedStatement,
    ) -> Decision | None:
        """An office assertion the rules given for its offices as written left open, decided
        again with each national office read as the office it is in its country ("Vietnamese
        Defence Minister Pete Hegseth" of the US Secretary of War: rules.in_general_terms),
        citing the claims as curated; None where that decides nothing either."""

        def names(place: str) -> bool:
            # the title's own words name the place ("Bộ trưởng Quốc phòng Mỹ" is one name), or
            # it is a title that office bears in that country alone ("Bộ trưởng Chiến tranh")
            said = [m for m in parsed.entities if a.office in m.ids and a.start <= m.start < a.end]
            ours = national_forms().get(a.office, ("", ""))[1] == place
            own = own_titles(a.office) if ours else frozenset()
            if any(tuple(word_keys(parsed.text[m.start : m.end])) in own for m in said):
                return True
            words = word_keys(" ".join(parsed.text[m.start : m.end] for m in said))
            phrases = self.vocab.phrases.entries
            return any(
                e.kind == "entity" and e.target == place
                for n in range(1, len(words) + 1)
                for i in range(len(words) - n + 1)
                for e in phrases.get(tuple(words[i : i + n]), ())
            )

        general, held, curated = in_general_terms(a, claims, national_forms(), names, titled_as())
        if general == a and not curated:
            return None
        moment = at_a_moment(a, parsed, self.world.offices)
        again = self.decide(general, held, dates, moment)
        if again.verdict == NEI:
            return None
        return replace(again, claims=tuple(curated.get(c.id, c) for c in again.claims))

    def _unknown_holder_parts(self, parsed: ParsedStatement) -> list[Part]:
        """Each single-holder office given to a name the claim base does not know, decided by
        the claims of who holds it there (rules.decide_other_holder)."""
        offices = self.world.offices
        said = [a for a in unknown_holders(parsed, self.vocab) if a.jurisdiction is not None]
        if not said or parsed.negation is not None:
            return []
        holders = self._holders({a.jurisdiction for a in said if a.jurisdiction})
        parts = []
        for a in said:

            def unlike(eid: str, name: str = a.subject or "") -> bool:
                return self.vocab.names_another(word_keys(name), eid)

            when = parsed.dates or self._holders_occasion(parsed, a, holders)
            now = of_now(a, parsed, offices)
            decision = decide_other_holder(a, holders, unlike, when, now)
            if decision.verdict == NEI:
                continue
            part = Part(
                offices[0],
                decision.verdict,
                self.words.office(a, decision),
                decision.rule,
                decisive=list(decision.claims),
            )
            part.covers = {e for e in (a.office, a.jurisdiction) if e}
            parts.append(part)
        return parts

    def _holders_occasion(
        self, parsed: ParsedStatement, a: Assertion, holders: list[ClaimView]
    ) -> list[DateSpan]:
        """The days of the occasion an undated title's act is set at, where the statement
        names a city or an event for it: those of the claims of its acts that name, in the
        titled one's place, whom the claims give that office there (`holders`), with every
        other person, city and event it names ("Lam met Cambodian Prime Minister Hun Sen in
        Washington": Lam's meeting with Hun Manet there on 19 February). Without a place or
        an event, the act may be of any year ("Cambodian Prime Minister Hun Sen met Lam")."""
        world = self.world
        named = parsed.entity_ids() - {a.subject}
        pinned = {e for e in named if world.type(e) in (CITY, EVENT)}
        if parsed.dates or not pinned:
            return []
        people = {e for e in named if world.type(e) == PERSON}
        acts = sorted({t.target for t in parsed.triggers} - set(world.offices))
        subjects = {
            h.subject
            for h in holders
            if h.qualifier(ROLE) == a.office and h.object == a.jurisdiction
        }
        return [
            day_of(c)
            for found in self.index.claims_naming(acts, subjects).values()
            for c in found
            if c.polarity == "affirmed"
            and c.modality == "fact"
            and c.time_start is not None
            and c.time_end is not None
            and people | pinned <= c.entities()
        ]

    def _holders(self, places: set[str]) -> list[ClaimView]:
        """The claims of who holds a single-holder office in any of `places` over a known
        period (World.exclusive_office)."""
        naming = self.index.claims_naming(self.world.offices, places)
        return [c for cs in naming.values() for c in cs if self.world.exclusive_office(c)]

    def _office_dates(
        self, parsed: ParsedStatement, a: Assertion
    ) -> tuple[list[DateSpan], set[str]]:
        """The dates an office assertion speaks of: the statement's, or for a past title where
        it gives none, the occasions it names, each on the days the claims put the title's
        holder there ("At the Board of Peace meeting, Orbán was Hungary's president": his
        meeting there on 19 February), else on the occasion's own days; none where it sets the
        title before or after one ("Before the meeting ..."). With them, the occasions used."""
        if parsed.dates or a.tense != "past" or a.subject is None or parsed.later:
            return parsed.dates, set()
        if parsed.relative or any(phrases_at(parsed, "statements", key) for key in ORDERING_WORDS):
            return [], set()
        there = [
            (c.time_start, c.time_end, c.qualifier("event"))
            for found in self.index.claims_naming(self.vocab.predicates, [a.subject]).values()
            for c in found
            if c.polarity == "affirmed"
            and c.modality == "fact"
            and c.time_start is not None
            and c.time_end is not None
        ]
        days, occasions = [], set()
        for m in parsed.entities:
            for eid in m.ids:
                if self.world.type(eid) != EVENT:
                    continue
                held = [(start, end) for start, end, event in there if event == eid]
                window = (
                    (min(s for s, _ in held), max(e for _, e in held))
                    if held
                    else self.world.occasion_window(eid)
                )
                if window is not None:
                    first, last = window
                    grain = "day" if first == last else "range"
                    days.append(DateSpan(m.text, m.start, m.end, first, last, grain, True))
                    occasions.add(eid)
        return days, occasions


def _title_holder(
    parsed: ParsedStatement,
    m: Mention,
    titles: list[tuple[int, int, str]],
    people: list[Mention],
    *,
    attribute: bool = False,
) -> tuple[str, ...] | None:
    """Whose title `m` is part of: a title read before a name (a plural title's, each
    listed: "two Democratic senators, Daines and Hagerty"), or a tag right after one ("" for
    a name the claim base does not know: "Sen. Marco Rubio, R-Fla."). A person's
    `attribute` (a party, a state) right before a title modifies it ("Democratic former
    Vermont senator Leahy"); an event's or a body's name there does not ("phiên họp đầu
    tiên của Hội đồng Hòa bình của Tổng thống Trump" is no meeting of Trump's)."""
    held = tuple(s for start, end, s in titles if start <= m.start and m.end <= end)
    if held:
        return held
    text = parsed.text
    if attribute:
        held = tuple(
            s
            for start, _, s in titles
            if start >= m.end and beside(text, m.start, m.end, [(start, start)])
        )
        if held:
            return held
    ends = [(p.end, p.ids[0]) for p in people if p.end <= m.start]
    for name in parsed.unknown_names:
        at = text.rfind(name, 0, m.start)
        if at >= 0:
            ends.append((at + len(name), ""))
    if ends:
        end, holder = max(ends)
        if _tag_gap().fullmatch(text[end : m.start]):
            return (holder,)
    return None


def _attributes_said(
    parsed: ParsedStatement,
    pred: PredicateInfo,
    cues: list[Mention],
    holders: dict[tuple[int, int], tuple[str, ...] | None],
) -> frozenset[str] | None:
    """Whom the names cueing a predicate of a person's attribute (a party, a state:
    PERSON_ATTRIBUTES) are said of (`holders`, Offices._attribute_holders); None (anyone's)
    where a trigger of the predicate apart from the names says it ("belongs to the
    Democratic Party", "represented Vermont") or one of them is tied to no name. A head
    noun is the names', no membership said of anyone: a plural anywhere ("lawmakers of the
    Democratic and Republican parties", "of both parties"), for no one belongs to two; a
    singular right beside a name ("the Republican party")."""
    spans = [(c.start, c.end) for c in cues]
    heads = head_nouns(parsed.lang)

    def head(t: Cue) -> bool:
        word = fold(parsed.text[t.start : t.end])
        return word in heads or (
            word in heads.values() and beside(parsed.text, t.start, t.end, spans)
        )

    if any(
        t.target == pred.id
        and not any(c.start <= t.start < c.end or t.start <= c.start < t.end for c in cues)
        and not head(t)
        for t in parsed.triggers
    ):
        return None
    held = [holders.get((m.start, m.end)) for m in cues]
    if None in held:
        return None
    return frozenset(h for names in held if names for h in names if h)


def _said_as_capacity(before: str, office: str, titles: list[tuple[str, ...]]) -> bool:
    """Whether an office's span (`office`), the source's words `before` it inside an act's span,
    gives the capacity the act was done in: right after the words of a capacity
    (`source_capacities`), past only the holder's other offices' spans (`titles`) and the words
    joining them; never a former title ("nguyên Thượng nghị sĩ"), which is how he is named."""
    words = word_keys(office)
    if any(words[: len(f)] == f for f in phrase_keys("statements", "office_tense", sub="former")):
        return False
    phrases = phrase_keys("statements", "source_capacities", sub="phrases")
    passed = [*phrase_keys("statements", "source_capacities", sub="joins"), *titles]
    rest = word_keys(before)
    while rest:
        if any(p and rest[-len(p) :] == p for p in phrases):
            return True
        last = next((p for p in passed if p and rest[-len(p) :] == p), None)
        if last is None:
            return False
        rest = rest[: -len(last)]
    return False
