"""What the judge asks of the vocabulary and the claim index, beside any one statement: the type of
an entity, who holds an office and where, who speaks for a country, where an event was held,
its dates, what a claim's source sentences say. A World is built once a judge (from the
vocabulary and the claim index it holds) and keeps what it read, for the one state of the base
a judge lives for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from factdb.check.assertions import (
    PEOPLE,
    Assertion,
    BareTitle,
    affiliations,
    bare_titles,
    definite_group,
    offices_of_places,
)
from factdb.check.dayparts import (
    DayPart,
    compare,
    home_clock_day,
    part_hours,
    read_day_part,
    told_day_part,
)
from factdb.check.match import ClaimIndex
from factdb.check.occasion import first_of_kind
from factdb.check.ordinals import RANK, Ordinal, member_ordinal, read_ordinals
from factdb.check.parse import parse_statement
from factdb.check.persons import quotations_apart
from factdb.check.rules import (
    DIRECTED,
    ROLE,
    bind_party,
    is_former,
    one_occasion,
    party_of,
    said_words,
)
from factdb.check.stance import speaking_offices
from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.extract.dates import DateSpan, placed_in_year
from factdb.extract.quantities import Quantity, find_quantities
from factdb.lexicon.index import LANGUAGES, abbreviations, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import (
    BODY_TYPES,
    CITY,
    COUNTRY,
    EVENT,
    PERSON,
    PROGRAMME,
    ROLE_TYPE,
    US_STATE,
    Vocabulary,
)
from factdb.store.claims import ClaimView
from factdb.text.covered import within
from factdb.text.fold import fold
from factdb.text.sentences import sentence_around
from factdb.text.tokens import phrase_spans, tokenize, word_keys

# Kinds of place a location may be given as: "in Hungary" replaces "in Washington".
PLACES = frozenset({CITY, COUNTRY, US_STATE})
# Entity types whose "said" reports a fact, not a view of their own (assess.announced_fact): a
# ministry's announcement. A country's words are its leaders' views, and stay theirs.
ANNOUNCING_TYPES = frozenset({"organisation"})
# Entity types a deciding claim's source sentence accounts for by naming them (accounting.unsaid):
# bodies, agreements and programmes, named in passing beside what the claim says.
NAMED_IN_PASSING = BODY_TYPES | {"agreement", PROGRAMME, "document"}
# Qualifiers that say where something happened.
PLACE_ROLES = frozenset({"location", "destination"})
# The qualifier naming whom a claim's words are said to: his country is one the claim speaks
# of without naming it, as a counterparty's is (World.countries_said).
ADDRESSEE = "addressee"
# The predicate whose claims give an event's dates: the window of an occasion named by `event`.
EVENT_DATES = "event_dates"
# The predicate whose claims say where an event was held.
EVENT_LOCATION = "event_location"
# Types of an `event` that is what an act is about, not an occasion of it: a programme asked for
# or committed to (the Biên Hòa dioxin project), a plan or an agreement agreed on (the Gaza
# Peace Plan, the EVFTA), a view's topic. It may be asked for or agreed on again, so naming it
# names no occasion: "in 2022 Tô Lâm asked Congress to fund the Biên Hòa project" is another.
CONTENT_TYPES = frozenset({PROGRAMME, "document", "agreement", "topic"})
# Sets of entities whose names inside a judge keeps (World.countries_of, named_within): a
# batch meets a few hundred; the bound keeps a long-lived process over a large base from
# growing without end.
INSIDE_KEPT = 10_000


class World:
    """The vocabulary and the claim index, asked about entities, offices and events, with what
    was read kept for the judge's life."""

    def __init__(self, vocab: Vocabulary, index: ClaimIndex) -> None:
        self.vocab = vocab
        self.index = index
        self.capitals = vocab.capitals
        # (id, folded English name, folded Vietnamese name) by entity kinds (see names_inside).
        self._folded: dict[frozenset[str], list[tuple[str, str, str]]] = {}
        # The entities named inside each set of entities, by kinds and test (see _inside_kept).
        self._inside: dict[tuple[object, ...], frozenset[str]] = {}
        # The predicates of holding an office, which titles are checked against.
        self.offices = [p.id for p in vocab.predicates.values() if ROLE_TYPE in p.cue_types]
        # predicates an event's name cues (attending it, an event's dates and place)
        self.event_predicates = [p.id for p in vocab.predicates.values() if EVENT in p.cue_types]
        # The part of the day each claim's source sentence gives its event, read once.
        self._day_parts: dict[str, DayPart | None] = {}
        # Where each person holds an office now, read once (see places).
        self._offices_at: dict[str, frozenset[str]] = {}
        # The words each claim accounts for, read once (see said_by).
        # by (claim id, read_sentences, own), or (claim id, "spans") for its spans' words
        self._said: dict[tuple[object, ...], frozenset[str]] = {}
        # The entities each claim's source sentences name, read once (see unsaid).
        self._sentence_names: dict[str, frozenset[str]] = {}
        # ... and each sentence of them, by its text (see said_naming)
        self._named: dict[str, frozenset[str]] = {}
        self._span_names: dict[str, frozenset[str]] = {}
        self._span_ordinals: dict[str, tuple[Ordinal, ...]] = {}
        self._span_figures: dict[str, tuple[Quantity, ...]] = {}

    def _listed_holders(
        self, parsed: ParsedStatement
    ) -> list[tuple[str, str, tuple[int, int], set[str]]]:
        """(office, place, the place's span, the people the claims give that office there) for
        each place a plural title is said of (assertions.offices_of_places), who hold it as
        the title's tense says (_held_as_said): the sitting ones are no "former" title's."""
        found = []
        for office, tense, listed in offices_of_places(parsed, self.vocab):
            held = [
                c
                for found_ in self.index.claims_naming(self.offices, {office}).values()
                for c in found_
            ]
            for start, end, place in listed:
                holders = {
                    c.subject
                    for c in held
                    if c.qualifier("role") == office
                    and c.object == place
                    and c.polarity == "affirmed"
                    and c.modality == "fact"
                    and _held_as_said(tense, c)
                }
                found.append((office, place, (start, end), holders))
        return found

    def unheld_places(self, parsed: ParsedStatement) -> set[tuple[int, int]]:
        """The spans of places a plural title is said of ("the presidents Lam met included the
        leaders of Indonesia, Armenia and Kazakhstan") whose one holder of that office the claims
        do not give: the place stands for that holder, so another party's office there (Armenia's
        prime minister) does not account for it."""
        return {span for _, _, span, holders in self._listed_holders(parsed) if len(holders) != 1}

    def _titles_held(self, parsed: ParsedStatement) -> list[tuple[BareTitle, set[str]]]:
        """Each bare title of the statement (assertions.bare_titles) that may stand for its
        holder, with the people the claims give that office, in its jurisdiction and its tense."""
        # a title counted ("3 đương kim và cựu thượng nghị sĩ", "ba thượng nghị sĩ đương nhiệm
        # và cựu thượng nghị sĩ": parse's `counts`) is a noun of people, none of whom it stands
        # for alone
        counted = [(q.start, cue.end) for q, cue in parsed.counts]
        titles = [
            t
            for t in bare_titles(parsed, self.vocab)
            if not _name_after(parsed, t.after)
            and not any(start <= t.start and t.end <= end for start, end in counted)
        ]
        if not self.offices or not titles:
            return []
        claims = [
            c
            for found in self.index.claims_naming(self.offices, {t.office for t in titles}).values()
            for c in found
        ]
        # a party's office is its country's too ("the Vietnamese party chief": the general
        # secretary of the Communist Party of Vietnam)
        return [
            (
                t,
                {
                    c.subject
                    for c in claims
                    if c.qualifier("role") == t.office
                    and (t.jurisdiction is None or t.jurisdiction in self.countries_of({c.object}))
                    and c.polarity == "affirmed"
                    and c.modality == "fact"
                    and _held_as_said(t.tense, c)
                },
            )
            for t in titles
        ]

    def unheld_titles(self, parsed: ParsedStatement) -> set[tuple[int, int]]:
        """The spans of bare titles said of a jurisdiction whose office no claim gives anyone
        there ("Thủ tướng Đảng Cộng sản Việt Nam", a prime minister of a party): an unknown
        holder, whom another's office of the same name ("Thủ tướng Orbán") does not account
        for. Not one after a person the claims give that office anywhere, ever, whom no title
        of that office right before his name describes already: it may be said of him
        ("Leahy, cựu TNS đảng Dân chủ bang Vermont", "tái đắc cử cương vị Tổng Bí thư Ban
        Chấp hành Trung ương"), where his office claim decides it."""
        titled = [(t, holders) for t, holders in self._titles_held(parsed) if t.jurisdiction]
        if not any(not holders for _, holders in titled):
            return set()
        offices = {t.office for t, _ in titled}
        held = {
            (c.subject, c.qualifier("role"))
            for found in self.index.claims_naming(self.offices, offices).values()
            for c in found
        }
        text = parsed.text

        def titled_so(m: Mention, office: str) -> bool:
            # "Thủ tướng Orbán ... Thủ tướng Đảng Cộng sản": his own title says his office
            return any(
                office in o.ids and o.end <= m.start and not text[o.end : m.start].strip()
                for o in parsed.entities
            )

        return {
            (t.start, t.end)
            for t, holders in titled
            if not holders
            and not any(
                (e, t.office) in held and not titled_so(m, t.office)
                for m in parsed.entities
                if m.end <= t.start
                for e in m.ids
            )
        }

    def bare_holders(self, parsed: ParsedStatement) -> tuple[dict[tuple[int, int], str], set[str]]:
        """The one person the claims ever give each bare title to (factdb.check.assertions
        .bare_titles), by the title's span, and the places of those titles ("Thủ tướng
        Hungary"), which the holder's office accounts for. A title several people hold ("the
        prime minister", "Tổng thống") stands for nobody, nor does one before a name the base
        does not know ("Chủ tịch nước Lương Cường"). A former title stands for the one person
        the claims give that office as held before ("the former president pro tempore of the
        Senate"), a present or untensed one for a present holder only (_held_as_said)."""
        titled = self._titles_held(parsed)
        if not self.offices:
            return {}, set()
        found, places = {}, set()
        # "the presidents of Indonesia, Kazakhstan and Azerbaijan": each place's one holder,
        # named by the place's mention.
        for office, place, span, holders in self._listed_holders(parsed):
            if len(holders) == 1:
                found[span] = next(iter(holders))
                places |= {place, office}
        apart = quotations_apart(parsed, self.vocab) if titled else []
        for t, holders in titled:
            # One named in the statement is described by the title, not named by it; but a
            # speaker's quoted words and the words around them describe none named in the
            # other: a title there is how each names its holder ("'I thank the General
            # Secretary ...,' Leahy told Lam": Lâm; "“Cảm ơn ngài ...”, ông Leahy nói với Tổng
            # Bí thư", whose "ngài" is Lâm)
            quote = next(((s, e) for s, e in apart if s <= t.start and t.end <= e), None)
            region = [quote] if quote is not None else apart
            described = {
                eid
                for m in parsed.entities
                if within(m.start, m.end, region) == (quote is not None)
                for eid in m.ids
            }
            if len(holders) == 1 and not holders & described:
                found[(t.start, t.end)] = holders.pop()
                places |= {t.jurisdiction} if t.jurisdiction else set()
        return found, places

    def event_places(self, covered: set[str]) -> set[str]:
        """Where the events the deciding claims name were held (EVENT_LOCATION claims): "dự
        phiên khai mạc Hội đồng Hòa bình tại Washington" of the attendance of that meeting."""
        events = {e for e in covered if self.type(e) == EVENT}
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

    def held(self, parties: set[str], ever: bool = False) -> list[ClaimView]:
        """The offices the persons among `parties` hold now (not "before" a date), or with
        `ever` at any time the sources give."""
        persons = {e for e in parties if self.type(e) == PERSON}
        return [c for c in self.offices_now(persons, ever) if c.subject in persons]

    def offices_now(self, named: set[str], ever: bool = False) -> list[ClaimView]:
        """The office claims naming one of `named` that the sources state as held, not "before"
        a date (rules.is_former): who holds an office now, or where; with `ever`, those held
        before too."""
        offices = self.offices
        if not named or not offices:
            return []
        return [
            c
            for found in self.index.claims_naming(offices, named).values()
            for c in found
            if c.polarity == "affirmed" and c.modality == "fact" and (ever or not is_former(c))
        ]

    def offices_of(self, parties: set[str]) -> set[str]:
        """The countries where the other parties the deciding claims name hold office: "met
        leaders from Indonesia and Kazakhstan" of meetings with Prabowo and Tokayev. Offices
        are not: "the prime ministers of Hungary and Kazakhstan" pairs an office with each
        country, which this does not check."""
        return {c.object for c in self.held(parties) if c.object}

    def countries_said(self, claims: list[ClaimView], doers: set[str], borne: bool) -> set[str]:
        """The countries `claims` speak of without naming them, which account for a mention
        of one: those where a party they are directed at (a counterparty, a beneficiary, and,
        of a statement they bear out, an addressee) holds office now, and the country inside
        the name of the body he holds it in (the general secretary of the Communist Party of
        Vietnam: Vietnam), so that "Daines pledged war-legacy cooperation with Vietnam" is his
        pledge to Tô Lâm. Such a country is not one the statement has do the act (`doers`):
        "Vietnam congratulated Orbán" of Orbán's congratulation of Tô Lâm is not Vietnam's. A
        body one holds office in is no place said of him: "spoke with Trump about the Board of
        Peace" names a topic the call's claim does not give. It accounts for a word, and
        decides no verdict alone: words given to the wrong one of an exchange are refuted only
        where the statement names nothing its occasion lacks (judge, `exchange`), and the
        country of the one they were said to is none of its names."""
        roles = {*DIRECTED, ADDRESSEE} if borne else set(DIRECTED)
        parties = {eid for c in claims for role, eid in c.qualifiers if role in roles}
        held = self.offices_of(parties)
        countries = {e for e in held if self.type(e) == COUNTRY}
        return countries | (self.countries_of(held) - held - doers)

    def countries_of(self, places: set[str]) -> set[str]:
        """`places` with the countries whose name is inside the name of a body among them: the
        general secretary of the Communist Party of Vietnam holds Vietnam's office, so "Trump
        invited Vietnam to join" of his invitation to Tô Lâm names the country he leads."""
        bodies = frozenset(e for e in places if self.type(e) in BODY_TYPES)
        # Asked for every claim weighed (assess.led: the places of its person), about once a claim a
        # statement; each time a walk over every country's name (6 % of a check): kept.
        return places | self._inside_kept(bodies, _COUNTRY_KINDS, has_words)

    def countries_named_in(self, eid: str) -> set[str]:
        """The countries whose name stands as whole words inside the name of `eid`: Vietnam
        in "tìm kiếm bộ đội Việt Nam mất tích trong chiến tranh". Asked by accounting for every
        statement a claim decides, each time a walk over every country's name: kept."""
        return set(self._inside_kept(frozenset({eid}), _COUNTRY_KINDS, has_words))

    def spoken_of(self, speaker: str, kind: str) -> set[str]:
        """The entities of type `kind` that claims of `speaker`'s words name."""
        found = self.index.claims_naming(
            self.vocab.predicates, [e.id for e in self.vocab.entities_of([kind])]
        )
        return {
            e
            for claims in found.values()
            for c in claims
            if c.speaker == speaker
            for e in c.entities()
            if self.type(e) == kind
        }

    def countries_beside(self, eid: str) -> set[str]:
        """The countries named inside the name of `eid` and by the claims naming it: the
        parties of an agreement ("the US-Vietnam trade talks")."""
        found = self.index.claims_naming(self.vocab.predicates, [eid])
        return self.countries_named_in(eid) | {
            e
            for claims in found.values()
            for c in claims
            for e in c.entities()
            if self.type(e) == COUNTRY
        }

    def sited(self, kind: str) -> set[str]:
        """The programmes of work of `kind` tied to one site: those whose name holds the
        kind's name whole, in either language ("Bien Hoa airbase dioxin remediation project"
        of "dioxin remediation")."""
        info = self.vocab.entities[kind]
        names = (word_keys(info.name_en), word_keys(info.name_vi))
        return {
            e.id
            for e in self.vocab.entities_of([PROGRAMME])
            if e.id != kind
            and any(
                _holds(word_keys(name), words)
                for name, words in zip((e.name_en, e.name_vi), names, strict=True)
            )
        }

    def countries_at(self, places: set[str]) -> set[str]:
        """The countries among `places` and those of the capitals among them."""
        return {p for p in self.with_countries(places) if self.type(p) == COUNTRY}

    def name_words(self, eid: str) -> set[str]:
        """The folded words of the names of `eid`, in both languages."""
        info = self.vocab.entities[eid]
        return set(word_keys(info.name_en)) | set(word_keys(info.name_vi))

    def named_within(self, covered: set[str]) -> set[str]:
        """Bodies whose name is inside the name of an event the claims speak of: "the first
        meeting of the Board of Peace" names the Board inside the meeting's name, so a claim
        about the meeting accounts for it."""
        events = frozenset(e for e in covered if self.type(e) == EVENT)
        # Asked for every statement a claim decides, each time a walk over every body's name.
        return set(self._inside_kept(events, BODY_TYPES, _name_in))

    def body_events(self, body: str) -> frozenset[str]:
        """The events whose name holds the name of `body` as whole words: "Board of Peace
        inaugural meeting" of the Board of Peace."""
        return self._inside_kept(frozenset({body}), frozenset({EVENT}), _holds_name)

    def _inside_kept(
        self, outer: frozenset[str], kinds: frozenset[str], inside: Callable[[str, str], bool]
    ) -> frozenset[str]:
        """names_inside, kept for the judge's life (one state of the base) by its question."""
        key = (outer, kinds, inside)
        found = self._inside.get(key)
        if found is None:
            if len(self._inside) >= INSIDE_KEPT:
                self._inside.clear()
            found = self._inside[key] = frozenset(self.names_inside(set(outer), kinds, inside))
        return found

    def names_inside(
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

    def affiliated(self, parsed: ParsedStatement) -> set[str]:
        """The countries said of a person ("Indonesia's Prabowo"), and the bodies a person is
        said to own ("Trump's Board of Peace"), where a claim has the person hold an office:
        what describes (the country, the owner) is accounted for. One the claims do not bear
        out is left for the rest of the statement to account for."""
        pairs = affiliations(parsed, self.vocab)
        held = {(c.subject, c.object) for c in self.offices_now({person for person, _ in pairs})}

        def borne(person: str, owned: str) -> bool:
            # an event is his where the body its name holds is ("the first meeting of the
            # Board of Peace" of its founding chairman)
            bodies = self.named_within({owned}) if self.type(owned) == EVENT else {owned}
            return any((person, body) in held for body in bodies)

        # Not what it describes: the person a country is said of ("Hoa Kỳ Pete Hegseth") is still
        # for a deciding claim to name, as is the body said to be someone's.
        return {
            owned if self.type(owned) in PLACES else person
            for person, owned in pairs
            if borne(person, owned)
        }

    def chambers(self, claims: Iterable[ClaimView]) -> set[str]:
        """The chambers that the people of `claims` sit in for the acts the claims are of, where
        a claim gives them the office that seats them there, now or before (lexicon/world/
        offices.yaml `chambers`): "represented Vermont in the Senate" of Leahy, a senator; and
        those a committee the claims name is of ("the Appropriations Committee of the Senate")."""
        claims = list(claims)
        named = {e for c in claims for e in c.entities()}
        found = {chamber for chamber, seat in _chambers().items() if named & seat["committees"]}
        for chamber, seat in _chambers().items():
            if self._seats({c.subject for c in claims if c.predicate in seat["acts"]}, chamber):
                found.add(chamber)
        return found

    def _seats(self, people: set[str], chamber: str) -> list[ClaimView]:
        """The claims that give one of `people` an office that seats them in `chamber`, now or
        before."""
        offices = _chambers()[chamber]["offices"]
        held = self.index.claims_naming(self.offices, people) if people else {}
        return [
            c
            for claims in held.values()
            for c in claims
            if c.subject in people and c.polarity == "affirmed" and c.qualifier(ROLE) in offices
        ]

    def seating(self, chamber: str) -> frozenset[str]:
        """The offices that seat one in `chamber` (offices.yaml `chambers`); none for another
        entity."""
        seat = _chambers().get(chamber)
        return seat["offices"] if seat else frozenset()

    def is_chamber(self, entity: str) -> bool:
        """Whether the entity is a chamber some office seats one in (offices.yaml `chambers`)."""
        return entity in _chambers()

    def seats_left(self, people: Iterable[str], chamber: str) -> list[ClaimView]:
        """The claims of the offices that seat one of `people` in `chamber` (offices.yaml
        `chambers`), where every one of them has ended: leaving the chamber is the end of the
        last ("nguyên Thượng nghị sĩ", held only before 19 February 2026). None where no claim
        gives them a seat there, or one still held: it has not been left."""
        held = [c for c in self._seats(set(people), chamber) if c.modality == "fact"]
        return [] if any(c.time_end in (None, dt.date.max) for c in held) else held

    def constituency(self, a: Assertion) -> bool:
        """Whether a title's place is where its holder sits for, as a claim of his ties him to
        it ("Vermont Senator Leahy", of the senator who represented Vermont): a place of a kind
        a predicate of the person takes (represents_state), not the office's jurisdiction."""
        place, person = a.jurisdiction, a.subject
        if place is None or person is None:
            return False
        kind = self.type(place)
        preds = [p.id for p in self.vocab.predicates.values() if kind in p.cue_types]
        found = self.index.claims_naming(preds, {person, place}) if preds else {}
        if any(
            c.subject == person and c.object == place for claims in found.values() for c in claims
        ):
            return True
        # A party no office claim is held in ("Republican President Trump") is the holder's
        # party, said of him (the party predicate's part decides it), not a presidency of the
        # party that one of his country would rule out.
        offices = self.offices
        return bool(preds) and not (
            offices and any(self.index.claims_naming(offices, {place}).values())
        )

    def type(self, eid: str) -> str:
        info = self.vocab.entities.get(eid)
        return info.type if info else ""

    def names_in_sentences(self, claim: ClaimView) -> frozenset[str]:
        """The entities the sentences of the claim's spans name, read once."""
        found = self._sentence_names.get(claim.id)
        if found is None:
            ids: set[str] = set()
            for sentence in self.sentences(claim):
                ids |= self._names_in(sentence)
            found = self._sentence_names[claim.id] = frozenset(ids)
        return found

    def _names_in(self, sentence: str) -> frozenset[str]:
        """The entities a source sentence names, read once."""
        found = self._named.get(sentence)
        if found is None:
            found = self._named[sentence] = frozenset(
                parse_statement(sentence, self.vocab).entity_ids()
            )
        return found

    def names_in_spans(self, claim: ClaimView) -> frozenset[str]:
        """The entities the claim's spans themselves name (the words curated as its own), read
        once."""
        found = self._span_names.get(claim.id)
        if found is None:
            ids: set[str] = set()
            for span in self.index.with_evidence([claim])[claim.id].spans:
                text = self.index.source_text(span.source)[span.start : span.end]
                ids |= parse_statement(text, self.vocab).entity_ids()
            found = self._span_names[claim.id] = frozenset(ids)
        return found

    def ordinals_in_spans(self, claim: ClaimView) -> tuple[Ordinal, ...]:
        """The ordinals of numbered series the claim's spans themselves give ("khóa XIV"), read
        once: which member of a series the claim's own words speak of."""
        found = self._span_ordinals.get(claim.id)
        if found is None:
            ordinals: list[Ordinal] = []
            for span in self.index.with_evidence([claim])[claim.id].spans:
                ordinals += read_ordinals(
                    self.index.source_text(span.source)[span.start : span.end]
                )
            found = self._span_ordinals[claim.id] = tuple(ordinals)
        return found

    def figures_in_spans(self, claim: ClaimView) -> tuple[Quantity, ...]:
        """The figures with a unit the claim's spans themselves give ("hơn 30 năm qua"), read
        once: what the claim's own words count."""
        found = self._span_figures.get(claim.id)
        if found is None:
            figures: list[Quantity] = []
            for span in self.index.with_evidence([claim])[claim.id].spans:
                text = self.index.source_text(span.source)[span.start : span.end]
                # a rank ("one of his first votes") is a word its sentence must say
                # (accounting.set_ranks), no measure
                figures += [q for q in find_quantities(text) if q.unit not in (None, RANK)]
            found = self._span_figures[claim.id] = tuple(figures)
        return found

    def members_given(self, claim: ClaimView) -> frozenset[tuple[str, int]]:
        """(series, ordinal) of the members of numbered series the claim gives: those it names
        ("the 14th National Congress") and those its spans count ("khóa XIV")."""
        named = {m for e in claim.entities() if (m := member_ordinal(e)) is not None}
        return frozenset(named | {(o.series, o.value) for o in self.ordinals_in_spans(claim)})

    def said_in_spans(self, claim: ClaimView) -> frozenset[str]:
        """The folded words (and their phrases) of the claim's spans themselves, not of the
        sentences around them: what the claim's own words say."""
        found = self._said.get((claim.id, "spans"))
        if found is None:
            words: set[str] = set()
            for span in self.index.with_evidence([claim])[claim.id].spans:
                text = self.index.source_text(span.source)[span.start : span.end]
                words |= said_words(text)
            found = self._said[(claim.id, "spans")] = frozenset(words)
        return found

    def said_naming(self, claim: ClaimView, parties: frozenset[str]) -> frozenset[str]:
        """The folded words (and phrases) of those of the claim's sentences that name one of
        `parties`: where a title's claim stands in the sentence of an act of theirs ("Ngày mai,
        Tổng Bí thư Tô Lâm sẽ có chuyến công tác tới Mỹ"), it speaks of that act."""
        found = self._said.get((claim.id, parties))
        if found is None:
            words: set[str] = set()
            for sentence in self.sentences(claim):
                if self._names_in(sentence) & parties:
                    words |= said_words(sentence)
            found = self._said[(claim.id, parties)] = frozenset(words)
        return found

    def said_by(
        self, claim: ClaimView, read_sentences: bool = True, own: bool = False
    ) -> frozenset[str]:
        """The folded words a claim accounts for: the sentences its spans stand in (unless not
        `read_sentences`; less what only other facts' spans in them say where `own`:
        own_words), and the names and labels of its predicate and entities."""
        found = self._said.get((claim.id, read_sentences, own))
        if found is None:
            words: set[str] = set()
            named = [self.vocab.predicates[claim.predicate].label_en]
            for eid in claim.entities():
                info = self.vocab.entities.get(eid)
                if info is not None:
                    named += [info.name_en, info.name_vi]
            sentences = self.own_words(claim) if own else self.sentences(claim)
            for text in (*(sentences if read_sentences else ()), *named):
                words |= said_words(text)
            found = self._said[(claim.id, read_sentences, own)] = frozenset(words)
        return found

    def voices(self, eid: str) -> set[str]:
        """Who speaks for `eid`, or for whom it speaks: the holders of an office that speaks for
        a country (factdb.check.stance.speaking_offices) held there now, or the countries a
        person holds one in."""
        speaking = speaking_offices()
        kind = self.type(eid)
        if kind == PERSON:
            # the country itself, or the one a body he holds the office in is named for (the
            # general secretary of the Communist Party of Vietnam speaks for Vietnam)
            bodies = {c.object for c in self.held({eid}) if c.qualifier("role") in speaking}
            return {p for p in self.countries_of(bodies) if self.type(p) == COUNTRY}
        if kind != COUNTRY:
            return set()
        return {
            c.subject
            for c in self.offices_now(set(speaking))
            if c.qualifier("role") in speaking and c.object and eid in self.countries_of({c.object})
        }

    def led_then(self, person: str, claim: ClaimView) -> bool:
        """Whether `person` held an office that speaks for the claim's subject, a country, when
        the claims date the beginning of its state (a window, begun while he held it): "Lam
        joined the Board of Peace" of Vietnam's founding membership from January 2026, Tô Lâm
        general secretary since 2025. Not a state seen on one day, which may have begun long
        before him (Vietnam's party to the EVFTA), nor one begun before his office."""
        start = claim.time_start
        if start is None or claim.time_end == start or self.type(claim.subject) != COUNTRY:
            return False
        speaking = speaking_offices()
        return any(
            c.qualifier("role") in speaking
            and c.object
            and claim.subject in self.countries_of({c.object})
            and c.time_start is not None
            and c.time_start <= start
            for c in self.held({person})
        )

    def met_that_day(self, one: str, other: str, day: dt.date | None) -> bool:
        """Whether the claims give an encounter of `one` with `other` (a meeting, a call, talks)
        on `day`: an occasion the sources report, where a word said to the one would have been
        reported too."""
        if day is None:
            return False
        return any(
            {c.subject, c.qualifier("counterparty")} == {one, other}
            and c.time_start is not None
            and c.time_end is not None
            and c.time_start <= day <= c.time_end
            for found in self.index.claims_naming(self.vocab.encounters, {one, other}).values()
            for c in found
        )

    def only_exchange(self, person: str, other: str, claim: ClaimView) -> bool:
        """Whether every encounter the claims give `person` (a meeting, a call, talks) is one
        with `other` of the claim's occasion (rules.one_occasion), and there is one: naming him
        then names that exchange ("Hun Manet proposed ...", of what Lam proposed at their one
        meeting). Someone the sources show in many exchanges (Tô Lâm, with each senator and
        each leader) fixes none by being named."""
        found = [
            c
            for group in self.index.claims_naming(self.vocab.encounters, {person}).values()
            for c in group
            if person in (c.subject, c.qualifier("counterparty"))
            and c.polarity == "affirmed"
            and c.modality == "fact"
            and c.speaker is None
        ]
        return bool(found) and all(
            {c.subject, c.qualifier("counterparty")} == {person, other} and one_occasion(c, claim)
            for c in found
        )

    def sole_occasion(self, claim: ClaimView) -> bool:
        """Whether the claims know one encounter only (a meeting, a call, talks, a reception)
        of the claim's kind between its two parties, either way round: every fact of its
        predicate between them is of one occasion with it (rules.one_occasion). A series of
        them ("calls with Trump since November 2024") beside one is several occasions. A visit
        is no encounter: a place is visited again and again, and the sources' one visit there
        names no other (issue 11: "Lam's visit to Cambodia took place in late February 2026"
        stays open)."""
        other = party_of(claim)
        if other is None or claim.predicate not in self.vocab.encounters:
            return False
        pair = {claim.subject, other}
        return all(
            c.id == claim.id or one_occasion(c, claim)
            for c in self.index.claims_naming([claim.predicate], pair).get(claim.predicate, [])
            if {c.subject, party_of(c)} == pair
            and c.polarity == "affirmed"
            and c.modality == "fact"
        )

    def series_kinds(self, claim: ClaimView) -> set[str]:
        """The acts of one series with a claim its source dates from a month on (time grain
        `since_month`): the claims of that grain between its two parties, either way round,
        over the same days. "Trao đổi thư, điện đàm ... từ tháng 11/2024" dates the first of
        the letters and calls together; one kind alone may have begun later."""
        other = party_of(claim)
        if other is None:
            return {claim.predicate}
        pair = {claim.subject, other}
        found = self.index.claims_naming(self.vocab.predicates, pair)
        return {claim.predicate} | {
            c.predicate
            for claims in found.values()
            for c in claims
            if c.time_grain == "since_month"
            and {c.subject, party_of(c)} == pair
            and (c.time_start, c.time_end) == (claim.time_start, claim.time_end)
        }

    def carried_with(self, claim: ClaimView, others: Iterable[str]) -> bool:
        """Whether the claims put the claim's act and an act of one of the predicates `others`
        between its two parties on one occasion (rules.one_occasion), and no other act of its
        kind between them shares an occasion with such an act: the letter that carried the
        invitation is one, whatever other letters they exchanged."""
        other = party_of(claim)
        if other is None:
            return False
        pair = {claim.subject, other}
        found = self.index.claims_naming([claim.predicate, *others], pair)
        facts = {
            pid: [
                c
                for c in claims
                if {c.subject, party_of(c)} == pair
                and c.polarity == "affirmed"
                and c.modality == "fact"
            ]
            for pid, claims in found.items()
        }
        beside = [c for pid, claims in facts.items() if pid != claim.predicate for c in claims]
        sharing = [
            c for c in facts.get(claim.predicate, []) if any(one_occasion(c, b) for b in beside)
        ]
        # the claim among them, and every other one of its occasion
        return any(c.id == claim.id for c in sharing) and all(
            c.id == claim.id or one_occasion(c, claim) for c in sharing
        )

    def sides(self, eid: str) -> set[str]:
        """The countries `eid` speaks from, for the persons of its words (factdb.check.persons):
        a country itself, the countries a person holds or held office in (the general secretary
        of the Communist Party of Vietnam, Vietnam; a former senator, the United States), a
        title's one holder's."""
        kind = self.type(eid)
        if kind == COUNTRY:
            return {eid}
        if kind == ROLE_TYPE:
            holders = self.holders(eid)
            return self.sides(holders.pop()) if len(holders) == 1 else set()
        if kind != PERSON:
            return set()
        # an office held before counts too: a former senator still speaks from his country
        return self._countries_held(eid, lambda role: True)

    def led(self, eid: str) -> set[str]:
        """The countries a person leads or led by an office of `leader_offices` (a president,
        a prime minister, the general secretary of the Communist Party of Vietnam, in
        lexicon/<lang>/statements.yaml): those a leader's noun joined to the country describes
        him by ("the Vietnamese leader", factdb.check.descriptions). A senator speaks from his
        country and a defence minister holds one of its offices, but neither leads it."""
        if self.type(eid) != PERSON:
            return set()
        leading = {
            o for lang in LANGUAGES for o in load_lexicon(lang, "statements")["leader_offices"]
        }
        return self._countries_held(eid, leading.__contains__)

    def _countries_held(self, eid: str, kept: Callable[[str], bool]) -> set[str]:
        """The countries where the claims give the person `eid` an office whose role is `kept`,
        affirmed as a fact, now or before."""
        if not self.offices:
            return set()
        held = {
            c.object
            for found in self.index.claims_naming(self.offices, {eid}).values()
            for c in found
            if c.subject == eid
            and c.object
            and c.polarity == "affirmed"
            and c.modality == "fact"
            and kept(c.qualifier("role") or "")
        }
        return {p for p in self.countries_of(held) if self.type(p) == COUNTRY}

    def hosts(self, eid: str, predicates: Iterable[str]) -> set[str]:
        """The countries where the claims of `predicates` put `eid` (a place role: the
        destination of his visits, where he met someone), affirmed as done: the other side of
        an act the statement gives him without naming where ("Hegseth's visit came as the two
        countries marked ...")."""
        found = self.index.claims_naming(predicates, {eid})
        places = {
            place
            for claims in found.values()
            for c in claims
            if c.subject == eid and c.polarity == "affirmed" and c.modality == "fact"
            for role, place in c.qualifiers
            if role in PLACE_ROLES
        }
        return {p for p in self.countries_of(places) if self.type(p) == COUNTRY}

    def holders(self, office: str) -> set[str]:
        """Who the claims say holds `office` (a role id), at any time they know of."""
        offices = self.offices
        return {
            c.subject
            for found in self.index.claims_naming(offices, {office}).values()
            for c in found
            if c.qualifier("role") == office
        }

    def kind(self, bound: str) -> str:
        """The kind of a name bound after a verb, for rules.bind_party: "" is people unnamed."""
        if not bound:
            return PEOPLE
        return PERSON if self.type(bound) == PERSON else "place"

    def binds(self, bound: str, kind: str, party: str, slot: str, states: bool = False) -> str:
        """rules.bind_party of a name bound to a verb against the claim's party in that slot
        (`states`: of a predicate whose parties are states)."""
        party_kind = self.type(party)
        # a country standing for a person: one where the claims give him an office; so a body
        # after the verb ("gặp bà con cộng đồng" is none of the leaders he met), not before it,
        # where it may tell of his act ("Bộ Ngoại giao thông báo về chuyến công tác của TBT")
        bound_type = self.type(bound)
        body = bound_type in BODY_TYPES and slot != "agent"
        standing = party_kind == PERSON and (bound_type == COUNTRY or body)
        held = self.seats(party) if standing else ()
        return bind_party(bound, kind, party, party_kind, self.places(bound), slot, held, states)

    def places(self, person: str) -> frozenset[str]:
        """The countries and bodies where the claims give `person` an office now. Read once a
        person: a judge lives for one state of the base, and each claim weighed against a
        statement asks again for every name bound to a verb (it cost a third of judging)."""
        found = self._offices_at.get(person)
        if found is None:
            found = frozenset(c.object for c in self.held({person}) if c.object)
            self._offices_at[person] = found
        return found

    def seats(self, person: str) -> set[str]:
        """Where `person` holds an office now (`places`), with the countries whose name is
        inside those bodies' (`countries_of`): the sides he acts and speaks for ("Trump invited
        Vietnam" of his invitation to Tô Lâm, the Communist Party of Vietnam's leader)."""
        return self.countries_of(set(self.places(person)))

    def seen_closer_or_farther(self, places: set[str]) -> set[str]:
        """`places` with the capitals of the countries among them and the countries of the
        capitals: one place seen closer or farther, to pick out an occasion ("before heading
        to Washington" of the trip to the United States). What bears a place out is
        `with_countries`: a country does not say its capital."""
        return self.with_countries(places) | {
            city for city, country in self.capitals.items() if country in places
        }

    def with_countries(self, places: set[str]) -> set[str]:
        """`places` with the countries of the capitals among them: a capital lies in its
        country, so a place given as the capital bears out its country ("tại Mỹ" of a meeting
        in Washington), never the other way round ("visited Hanoi" of a visit to Vietnam: the
        sources do not say the capital)."""
        return places | {self.capitals[e] for e in places if e in self.capitals}

    def elsewhere_than(self, place: str, city: str) -> bool:
        """Whether `place` cannot hold the claim's `city`: another city; where the city is a
        capital, whose country the vocabulary knows, another country or a US state (a capital
        outside the United States, or Washington, D.C., lies in no state). A city the
        vocabulary does not place may lie in any country or state named."""
        if self.type(city) != CITY:
            return False
        kind = self.type(place)
        country = self.capitals.get(city)
        return (
            kind == CITY
            or (kind == US_STATE and country is not None)
            or (kind == COUNTRY and country not in (None, place))
        )

    def abroad(self, place: str, where: str) -> bool:
        """Whether `place` lies outside the country of `where`, a country or a capital whose
        country the vocabulary knows: another country, or another country's capital. Another
        city of the same country ("from New York" of a stay in Washington) may be where he went
        that day, and a place of no known country may lie anywhere."""
        country = where if self.type(where) == COUNTRY else self.capitals.get(where)
        if country is None:
            return False
        kind = self.type(place)
        if kind == COUNTRY:
            return place != country
        return kind == CITY and self.capitals.get(place) not in (None, country)

    def local_place(self, claim: ClaimView) -> str | None:
        """Where the claim happened, whose clock is its "local time": its location, or the
        place of its occasion (a call on the sidelines of a summit)."""
        where = claim.qualifier("location")
        if where is None and (event := claim.qualifier("event")) is not None:
            places = self.event_places({event})
            where = next(iter(places)) if len(places) == 1 else None
        return where

    def source_day_part(self, claim: ClaimView) -> DayPart | None:
        """The part of the day the sentence of one of the claim's spans gives, if any; else
        that of the encounter the act was done at (encounter_of)."""
        if claim.id not in self._day_parts:
            found = None
            for source, sentence in self._sentences(claim):
                found = self._sentence_day_part(source, sentence)
                if found is not None:
                    break
            if found is None and (encounter := self.encounter_of(claim)) is not None:
                found = self.source_day_part(encounter)
            self._day_parts[claim.id] = found
        return self._day_parts[claim.id]

    def source_hours(self, claim: ClaimView) -> tuple[dt.datetime, dt.datetime] | None:
        """The hours of a claim of one day by the part of the day its source gives it
        (source_day_part), set on that part's clock (dayparts.part_hours); None where the claim
        spans days or its source tells no part."""
        on = claim.time_start
        if on is None or on != claim.time_end:
            return None
        return part_hours(self.source_day_part(claim), on, self.local_place(claim))

    def _sentence_day_part(self, source: str, sentence: str) -> DayPart | None:
        """The part of the day a sentence of a source gives, if any."""
        parsed = parse_statement(sentence, self.vocab)
        # "sáng nay giờ Hà Nội": a part told by the day the source was published
        return read_day_part(parsed) or told_day_part(parsed, self.index.published(source))

    def encounter_of(self, claim: ClaimView) -> ClaimView | None:
        """The encounter (a meeting, a call, talks) an act one person did to another was done
        at: the one the claims give the two of them on the act's one day, of its occasion
        (rules.one_occasion). "Gặp Thủ tướng Armenia Nikol Pashinyan, Tổng Bí thư Tô Lâm ...
        trân trọng mời ...": the invitation was made at that meeting, in its part of the day.
        None for an encounter itself, or where the two had none, or several, that day."""
        other, on = claim.qualifier("counterparty"), claim.time_start
        if other is None or on is None or on != claim.time_end:
            return None
        if claim.predicate in self.vocab.encounters:
            return None
        found = [
            c
            for group in self.index.claims_naming(
                self.vocab.encounters, {claim.subject, other}
            ).values()
            for c in group
            if {c.subject, c.qualifier("counterparty")} == {claim.subject, other}
            and c.time_start == on == c.time_end
            and one_occasion(c, claim)
        ]
        return found[0] if len({c.id for c in found}) == 1 else None

    def home_day(self, claim: ClaimView, lang: str) -> dt.date | None:
        """The one day a claim of one day falls on on the clock of the sources' press, by the
        part of the day its source gives (dayparts.home_clock_day), if it tells one."""
        on = claim.time_start
        if on is None or on != claim.time_end:
            return None
        return home_clock_day(self.source_day_part(claim), on, self.local_place(claim), lang)

    def sentences(self, claim: ClaimView) -> Iterator[str]:
        """The source sentences the claim's spans stand in, in span order."""
        return (sentence for _, sentence in self._sentences(claim))

    def _sentences(self, claim: ClaimView) -> Iterator[tuple[str, str]]:
        """(source id, sentence) of each of the claim's spans, in span order."""
        for source, left, right in self._sentence_bounds(claim):
            yield source, self.index.source_text(source)[left:right]

    def _sentence_bounds(self, claim: ClaimView) -> Iterator[tuple[str, int, int]]:
        """(source id, start, end) of the sentence of each of the claim's spans, in span order."""
        for span in self.index.with_evidence([claim])[claim.id].spans:
            text = self.index.source_text(span.source)
            yield span.source, *sentence_around(text, span.start, span.end, abbreviations())

    def said_together(self, claim: ClaimView, others: Iterable[ClaimView]) -> bool:
        """Whether a source states the claim in one sentence with one of `others`: "các nhà
        lãnh đạo chúc mừng Tổng Bí thư Tô Lâm vừa tái cử" gives the re-election as what they
        congratulated him on, where a claim of another sentence gives it apart from them."""
        own = set(self._sentence_bounds(claim))
        return any(own & set(self._sentence_bounds(other)) for other in others)

    def captioned(self, claim: ClaimView) -> bool:
        """Whether a source states the claim in a picture's caption: a sentence its credit
        follows ("... hồi tháng 7/2025. Ảnh: TTXVN": `picture_credits` in
        lexicon/<lang>/occasions.yaml). The caption names the one occasion the picture shows."""
        credits = _picture_credits()
        for source, _, right in self._sentence_bounds(claim):
            text = self.index.source_text(source)
            # the credit's word and its colon stand right after the caption's end
            colon = text.find(":", right, right + CREDIT_REACH)
            if colon >= 0 and fold(text[right:colon].strip()) in credits:
                return True
        return False

    def reported_by(self, claims: Iterable[ClaimView], acts: Iterable[str]) -> list[ClaimView]:
        """The claims of an act that makes news known (`acts`: an announcement) that a source
        states in one sentence with one of `claims`, which are its news: "..., Tổng Bí thư Tô
        Lâm sẽ có chuyến công tác tới Mỹ, dự cuộc họp khai mạc ..., Bộ Ngoại giao thông báo"
        names who announced the trip. A report of another sentence may be of other news."""
        claims, acts = list(claims), tuple(acts)
        bodies = {
            subject
            for claim in claims
            for source, left, right in self._sentence_bounds(claim)
            for _, _, (subject, predicate, _) in self.index.spans_within(source, left, right)
            if predicate in acts
        }
        if not bodies:
            return []
        found = self.index.claims_naming(acts, bodies)
        return [
            c
            for act in acts
            for c in found.get(act, ())
            if c.subject in bodies and self.said_together(c, claims)
        ]

    def done_by_people(self, claim: ClaimView, kind: str) -> bool:
        """Whether a source gives the claim's act to people it does not name, a group the
        statement's noun of `kind` may stand for (parse: `people`: a noun of people, which "the
        sides" may stand for too, or the sides of one encounter, which are not "the leaders"):
        its noun opens a clause of the sentence before the claim's span, said of several ("Các
        nhà lãnh đạo ... nhất trí phối hợp triển khai Kế hoạch Hòa bình Dải Gaza", "Tại cuộc
        gặp ..., hai nhà lãnh đạo hài lòng ..."), so that "the leaders agreed ..." is said as
        the source says it. Not a noun inside a clause ("... giữa hai bên, bày tỏ mong muốn
        ..."), nor one man ("..., nhà lãnh đạo Indonesia bày tỏ ..."), nor the two sides of
        one meeting for "the leaders" ("..., hai bên ... sẵn sàng thăm lẫn nhau"). The noun may
        open the span itself ("Các nhà lãnh đạo cũng nhấn mạnh ..." of each leader's words)."""
        for span in self.index.with_evidence([claim])[claim.id].spans:
            text = self.index.source_text(span.source)
            left, _ = sentence_around(text, span.start, span.end, abbreviations())
            parsed = parse_statement(text[left : span.end], self.vocab)
            if any(
                noun.kind in (kind, "counted") and _group_opens(parsed, noun)
                for noun in parsed.people
            ):
                return True
        return False

    def listed_whole(
        self,
        claims: list[ClaimView],
        parties: set[str],
        tails: tuple[tuple[str, ...], ...],
        said: DayPart | None,
    ) -> bool:
        """Whether a source lists every one of `claims` (one occasion) in one sentence: a span
        of the act all of them share ("sáng 19/2, Tổng Bí thư đã có các cuộc gặp, trao đổi
        với"), in a sentence that names each of their other `parties`, with no word there saying
        the list goes on (`tails`: "among others", "và các lãnh đạo khác"). Such a list is the
        occasion's whole: a count above it is refuted, where one above parties the sources
        name in passing, or only in a headline that lists none, is not. A list whose sentence
        gives a part of the day (or a clock time) is whole for that part only: the rest of the
        day may hold other acts the sources leave undated, so it is whole for the statement
        only where the statement's own part of the day (`said`) is that one (dayparts.compare:
        "on the morning of Feb 19" of "sáng 19/2"; "on Feb 19" is not)."""
        if len(claims) < 2:
            return False
        spans = self.index.with_evidence(claims)
        shared = set.intersection(
            *({(s.source, s.start, s.end) for s in spans[c.id].spans} for c in claims)
        )
        for source, start, end in sorted(shared):
            text = self.index.source_text(source)
            left, right = sentence_around(text, start, end, abbreviations())
            sentence = text[left:right]
            if (
                parties <= self._names_in(sentence)
                and not phrase_spans(tokenize(sentence).words(), tails)
                and self._within_list_part(sentence, source, claims[0], said)
            ):
                return True
        return False

    def _within_list_part(
        self, sentence: str, source: str, claim: ClaimView, said: DayPart | None
    ) -> bool:
        """Whether the statement's part of the day (`said`) lies within the part the list's
        sentence gives, if it gives one (listed_whole)."""
        part = self._sentence_day_part(source, sentence)
        if part is None:
            return True
        where = self.local_place(claim)
        return said is not None and compare(said, part, where, self.capitals) == "same"

    def own_words(self, claim: ClaimView) -> Iterator[str]:
        """The sentences of the claim's spans, each with the spans of other facts that do not
        meet the claim's own blanked out: "sinh viên" in the sentence of Hungary's ODA is said
        only in the span of its scholarships, whose students they are, not the ODA's. A claim of
        the same fact (the ODA as Orbán told it) is no other fact; a word also said outside
        every other span stays."""
        fact = (claim.subject, claim.predicate, claim.object)
        spans = self.index.with_evidence([claim])[claim.id].spans
        for span in spans:
            text = self.index.source_text(span.source)
            left, right = sentence_around(text, span.start, span.end, abbreviations())
            own = [(s.start, s.end) for s in spans if s.source == span.source]
            for start, end, other in self.index.spans_within(span.source, left, right):
                if other != fact and not any(start < e and s < end for s, e in own):
                    start, end = max(start, left), min(end, right)
                    text = text[:start] + " " * (end - start) + text[end:]
            yield text[left:right]

    def exclusive_office(self, claim: ClaimView) -> bool:
        """Whether the claim holds a single-holder office (a prime minister of Hungary) over a
        known period: the holder of such an office holds it for no other jurisdiction then
        ("Orbán is the Prime Minister of Austria"). A person may hold other offices, and the
        same office at other times; one held "before" a date, at no known time, excludes none."""
        info = self.vocab.entities.get(claim.qualifier("role") or "")
        return (
            info is not None and info.single_holder and claim.time_start not in (None, dt.date.min)
        )

    def occasion_event(self, claim: ClaimView) -> str | None:
        """The claim's `event` when it is an occasion (a summit, a trip, a body joined), None
        when it is what the act was about (CONTENT_TYPES)."""
        event = claim.qualifier("event")
        return None if event is None or self.type(event) in CONTENT_TYPES else event

    def before_the_first(self, event: str, dates: list[DateSpan]) -> bool:
        """Whether every date of the statement falls before the days of an event whose name
        makes it the first of its kind (occasion.first_of_kind: "the Board of Peace inaugural
        meeting"): no meeting of the kind was held before the first, so "the Board of Peace
        meeting on 10 February" can only be that one, misdated."""
        info = self.vocab.entities.get(event)
        days = self.occasion_window(event)
        if info is None or days is None:
            return False
        if not (first_of_kind(info.name_en) or first_of_kind(info.name_vi)):
            return False
        # a day of an unsaid month is not placed (placed_days would put it in the event's
        # month): it may be of a month after the first meeting, and then of another meeting
        placed = [placed_in_year(d, days[0].year) for d in dates]
        return all(p is not None and p[1] < days[0] for p in placed)

    def occasion_dates(self, event: str) -> list[ClaimView]:
        """The affirmed, factual claims that date the event `event`, or an event held for it
        (the trip to a summit), from one day to another (occasion_window)."""
        return [
            c
            for c in self.index.claims_naming([EVENT_DATES], [event]).get(EVENT_DATES, [])
            if event in (c.subject, c.qualifier("event"))
            and c.polarity == "affirmed"
            and c.modality == "fact"
            and c.time_start not in (None, dt.date.min)
            and c.time_end is not None
        ]

    def occasion_window(self, event: str) -> tuple[dt.date, dt.date] | None:
        """The dates within which the claim base puts the event `event`, or None when it has
        none: the intersection of its EVENT_DATES and those of events held for it (the trip to
        a summit, qualifier `event`). Each bounds it: a meeting dated only to February 2026, on
        a trip of 18-20 February, lies within 18-20 February."""
        dated = [(c.time_start, c.time_end) for c in self.occasion_dates(event)]
        if not dated:
            return None
        first, last = max(s for s, _ in dated), min(e for _, e in dated)
        return (first, last) if first <= last else None

    def ended_by(self, event: str) -> dt.date | None:
        """The last day the claim base lets the event `event` run to, or None when it bounds
        none: its window's end (occasion_window), or where its claims bound its end only ("the
        14th Congress, held before 19 February"), the earliest such bound, which is all a
        statement set after the event needs (factdb.check.later)."""
        days = self.occasion_window(event)
        if days is not None:
            return days[1]
        ends = [
            c.time_end
            for c in self.index.claims_naming([EVENT_DATES], [event]).get(EVENT_DATES, [])
            if c.subject == event
            and c.polarity == "affirmed"
            and c.modality == "fact"
            and c.time_end is not None
        ]
        return min(ends, default=None)


_COUNTRY_KINDS = frozenset({COUNTRY})
# How many characters after a caption's end its credit's colon may stand ("... 7/2025. Ảnh:").
CREDIT_REACH = 16


@cache
def _picture_credits() -> frozenset[str]:
    """The folded words that credit a source's picture, of every language."""
    return frozenset(
        fold(str(w))
        for lang in LANGUAGES
        for w in load_lexicon(lang, "occasions").get("picture_credits") or ()
    )


@cache
def _chambers() -> dict[str, dict[str, frozenset[str]]]:
    """Each chamber with the offices that seat one in it, the acts of that seat and its
    committees."""
    listed = load_lexicon("world", "offices").get("chambers") or {}
    return {
        chamber: {key: frozenset(seat.get(key) or ()) for key in ("offices", "acts", "committees")}
        for chamber, seat in listed.items()
    }


def _name_in(outer: str, name: str) -> bool:
    """Whether `name` stands anywhere inside `outer` (World.named_within)."""
    return name in outer


def _holds_name(body: str, name: str) -> bool:
    """Whether the name `name` holds the name `body` as whole words (World.body_events)."""
    return has_words(name, body)


def _held_as_said(tense: str, claim: ClaimView) -> bool:
    """Whether an office claim gives the holder a bare title says in its tense: a former title
    ("the former president pro tempore") the one held before, a present or untensed one ("the
    Senate president pro tempore", "Chủ tịch Ủy ban Chuẩn chi") the one held now, which a
    former holder is not; a past one ("who was then ...") either."""
    if tense == "past":
        return True
    return is_former(claim) == (tense == "former")


def _name_after(parsed: ParsedStatement, after: int) -> bool:
    """Whether a capitalised word follows offset `after`, as a name the base may not know
    does ("Chủ tịch nước Lương Cường"). A headline's capitalised verb the vocabulary reads
    ("General Secretary Meets ...", "Party Chief Visits ...") is no name."""
    rest = parsed.text[after:]
    start = after + len(rest) - len(rest.lstrip())
    if not parsed.text[start : start + 1].isupper():
        return False
    return not any(t.start == start for t in parsed.triggers)


def has_words(text: str, words: str) -> bool:
    """Whether `words` stand in `text` as whole words."""
    return f" {words} " in f" {text} "


def _group_opens(parsed: ParsedStatement, noun: Cue) -> bool:
    """Whether a noun of people opens its clause (nothing before it since the sentence's start
    or a comma but its count or a word of `definite_groups`: "Các nhà lãnh đạo", ", hai nhà
    lãnh đạo", "The leaders") and is said of several: counted, a definite group
    (assertions.definite_group) or the sides of an encounter."""
    counted = [(q.start, q.end) for q, cue in parsed.counts if cue.start == noun.start]
    cut = max((i for i, c in enumerate(parsed.text[: noun.start]) if c in ",;:"), default=-1)
    gap = tuple(
        key
        for key, start, end in parsed.tokens.words()
        if cut < start and end <= noun.start and not within(start, end, counted)
    )
    openers = {(), *phrase_keys("statements", "definite_groups", (parsed.lang,))}
    return gap in openers and (
        bool(counted) or noun.kind == "group" or definite_group(parsed, noun)
    )


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` stands whole, in order, among `words`."""
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))
