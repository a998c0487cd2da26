"""Reading a statement into atomic assertions, before any claim is looked at.

The parser finds names, triggers, numbers and dates; this module says which of them assert
something of whom. Today it reads the assertions the flat reading missed, titles:

* a title before a name: "Hungarian Prime Minister Viktor Orbán", "Thủ tướng Hungary Viktor
  Orbán", "former US senator Patrick Leahy" (every item of "met President A, Prime Minister B
  and Deputy Prime Minister C" is its own title, so one wrong title is one wrong assertion);
* a title in apposition: "Viktor Orbán, the president of Hungary, ...", "Leahy (currently chair
  of ...)", or said in an apposition headed by no title ("Leahy, a Democrat who now chairs ...",
  "Ông Leahy, chính khách đảng Dân chủ hiện là ...");
* a title after a copula: "Orbán is the president of Hungary", "Leahy hiện là Thượng nghị sĩ";
  its subject may itself be a title ("the prime minister of Hungary is the president of
  Hungary"), which then stands for whoever holds that office;
* a plural title distributed over a list: "Senators Daines and Hagerty", "the presidents he met
  included A, B and C", "các Tổng thống ... gồm A, B và C": one assertion for each name.

Each assertion carries its arguments (person, office, jurisdiction), tense (former, present,
past or unmarked), polarity and modality. Which words do this is language data (office_tense,
copulas, title_fillers and list_joiners in factdb/lexicon/<lang>/statements.yaml); the code here
only walks the order of mentions and cues, and never knows a word.
"""

from __future__ import annotations

from collections import namedtuple
from functools import cache
from itertools import pairwise

from factdb.check.stance import BROADER
from factdb.check.stance_words import stance_cues
from factdb.check.statement import MOODS, Cue, Mention, ParsedStatement, phrases_at
from factdb.check.titles import chamber_seats
from factdb.check.wording import POSSESSIVES, list_joiners
from factdb.lexicon.index import LANGUAGES, abbreviations, glossed, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import COUNTRY, EVENT, OFFICE_TENSES, PERSON, US_STATE, Vocabulary
from factdb.records import dataclass, replace
from factdb.text.covered import Covered, within
from factdb.text.fold import has_marks
from factdb.text.sentences import (
    BRACKETS,
    CLAUSE_BREAKS,
    DASH_MARKS,
    SENTENCE_ENDS,
    sentence_spans,
)
from factdb.text.tokens import word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

# Entity types that say where an office is held: "President of Indonesia", "chair of the Senate
# Appropriations Committee", "General Secretary of the Communist Party of Vietnam".
JURISDICTIONS = frozenset({COUNTRY, US_STATE, "organisation", "committee", "party"})
# The kind of a slot filled by people the statement does not name ("foreign leaders").
PEOPLE = "people"
ROLE = "role"
COUNTRIES = frozenset({COUNTRY, US_STATE})
# Characters between two words that end a title: "Orbán, the prime minister" is an apposition,
# not one name. A dash set off by spaces is one too ("Donald Trump - Chủ tịch Sáng lập").
BREAKS = CLAUSE_BREAKS | BRACKETS | {'"'}
DASHES = (" - ", " – ", " — ")

# How many items may stand between a plural title and the copula before its list ("the
# presidents Lam met in Washington included ...").
PLURAL_REACH = 8
# The items an apposition's head may hold before the office said of its name (_Reader.apposed):
# words, places and other entities, not a name or a title ("a longtime friend of Vietnam"), and
# the grammar words a noun phrase may hold ("một người bạn lâu năm": "người" opens a relative
# clause elsewhere, "năm" is a plural marker).
APPOSITION_HEADS = frozenset(
    {"word", "title_filler", "place", "entity", "relative_pronoun", "plural_marker"}
)
APPOSITION_REACH = 8
# The items hearsay words may be read as (_Reader._hearsay): plain words and the grammar words
# a phrase of them may hold ("is said to", "được cho là"), never a name, a title or a place.
_HEARSAY_ITEMS = frozenset({"word", "copula", "title_filler", "relative_pronoun"})


def _dashed(gap: str) -> bool:
    """Whether a spaced dash stands in `gap`. A loop, not any() over a generator: asked of
    each item of a statement and the next (_Reader.joined, from affiliations)."""
    for dash in DASHES:  # noqa: SIM110
        if dash in gap:
            return True
    return False


@dataclass(frozen=True)
class Assertion:
    """One thing the statement says. `kind` is "office": `subject` holds `office` (a role id)
    of `jurisdiction` (None when unsaid). A subject given by a title of its own ("the prime
    minister of Hungary is ...") has subject None and `holder` = (office, jurisdiction)."""

    kind: str
    text: str
    start: int
    end: int
    subject: str | None
    office: str
    jurisdiction: str | None = None
    holder: tuple[str, str | None] | None = None
    tense: str = "unmarked"  # former | present | past (held at some time) | unmarked
    polarity: str = "affirmed"  # affirmed | denied
    modality: str = "fact"  # fact | plan | wish | ready
    # title (before the name) | apposition | copula | clause (a copula in a relative clause
    # after the name: "Tokayev, who was prime minister, met ...", whose tense is its own, not
    # the act's) | list | unknown (before a name the claim base does not know: `subject` is
    # that name as written, not an id)
    form: str = "title"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "form": self.form,
            "subject": self.subject,
            "holder": list(self.holder) if self.holder else None,
            "office": self.office,
            "jurisdiction": self.jurisdiction,
            "tense": self.tense,
            "polarity": self.polarity,
            "modality": self.modality,
        }


@dataclass(frozen=True)
class Counterpart:
    """A name given the office of another by a counterpart word (_Reader.counterparts):
    `holder` holds what `paired` holds, of `place`; what office that is, the title the
    statement gives `paired` or his claims, is the judge's to say (offices.Offices.parts)."""

    holder: str
    paired: str
    place: str
    text: str
    start: int


class _Item(namedtuple("_Item", ["kind", "start", "end", "ids"], defaults=((),))):
    """A mention, a cue or a word of the statement. A tuple: a statement has a few dozen, made
    for each statement read, and a frozen dataclass costs twice as much to make. (A named tuple
    of collections', as typing.NamedTuple makes it: typing is 3 ms of a fresh check's start.)"""

    __slots__ = ()

    kind: str  # person | role | place (a jurisdiction) | entity | word | a grammar cue's kind
    start: int
    end: int
    ids: tuple[str, ...]  # () by default

    @property
    def id(self) -> str:
        return self.ids[0]


@dataclass(frozen=True)
class _Title:
    """A role with what stands around it: [tense] [place] ROLE [of place]."""

    first: int  # item indexes, inclusive
    last: int
    role: str
    place: str | None
    tense: str

    def given(self, subject: str | None, span: tuple[str, int, int], form: str) -> Assertion:
        """The assertion that `subject` holds this title, read over `span` (text, start, end)."""
        text, start, end = span
        return Assertion(
            "office", text, start, end, subject, self.role, self.place, tense=self.tense, form=form
        )


def _items(parsed: ParsedStatement, vocab: Vocabulary) -> list[_Item]:
    """Mentions, grammar cues and every other word of the statement, in text order."""

    def kind_of(m: Mention) -> str:
        if len(m.ids) != 1 or m.ids[0] not in vocab.entities:
            return "entity"  # ambiguous ("Georgia"): never an argument of an assertion
        etype = vocab.entities[m.ids[0]].type
        if etype in (PERSON, ROLE):
            return etype
        return "place" if etype in JURISDICTIONS else "entity"

    items = [_Item(kind_of(m), m.start, m.end, m.ids) for m in parsed.entities]
    taken = [(m.start, m.end) for m in parsed.entities]
    # Each cue with what it stands for: the tense a copula carries ("was": past).
    cues: list[tuple[str, Cue, str]] = []
    negation = parsed.negation
    if negation is not None:
        # "is not", "không phải là": a denial that holds a copula is both ("was not": a past one).
        copula = next(
            (
                c
                for c in parsed.grammar
                if c.kind == "copula" and negation.start <= c.start and c.end <= negation.end
            ),
            None,
        )
        if copula is None:
            cues.append(("negation", negation, negation.target))
        else:
            cues.append(("negated_copula", negation, copula.target))
    # a word of change ("nâng", "raised") is weighed by the accounting only
    # (accounting.unborne_changes): to the sentence's grammar it is a word like any other, so it
    # parts no doer from his verb ("Ông Hegseth nâng tầm quan hệ ...")
    cues += [
        (c.kind, c, c.target) for c in parsed.modality_cues + parsed.grammar if c.kind != "change"
    ]
    for kind, cue, target in cues:
        if kind in OFFICE_TENSES and _tenure_degree(parsed, cue):
            continue  # its words are read as words: "longest-serving" ranks a career
        if not any(s < cue.end and cue.start < e for s, e in taken):
            items.append(_Item(kind, cue.start, cue.end, (target,)))
            taken.append((cue.start, cue.end))
    covered = Covered(len(parsed.text), taken)
    for _, start, end in parsed.tokens.words():
        if not covered.meets(start, end):
            items.append(_Item("word", start, end))
    return sorted(items, key=lambda i: i.start)


def _tenure_degree(parsed: ParsedStatement, cue: Cue) -> bool:
    """Whether a tense word is part of a degree of tenure (`tenure_degrees` in lexicon/<lang>/
    statements.yaml): "the longest-serving senator", "long-serving", "đương nhiệm lâu nhất"
    rank or measure a career, held now or not, so the word says no present office."""
    text, lang = parsed.text, (parsed.lang,)
    before = text[: cue.start]
    head = before.rstrip(" -")
    keys = word_keys(head) if len(before) - len(head) == 1 else ()
    if any(
        keys[len(keys) - len(k) :] == k
        for k in phrase_keys("statements", "tenure_degrees", lang, "before")
        if k
    ):
        return True
    after = text[cue.end :]
    tail = after.lstrip(" -")
    keys = word_keys(tail) if len(after) - len(tail) == 1 else ()
    return any(
        keys[: len(k)] == k for k in phrase_keys("statements", "tenure_degrees", lang, "after") if k
    )


class _Reader:
    def __init__(self, parsed: ParsedStatement, vocab: Vocabulary) -> None:
        self.parsed = parsed
        self.vocab = vocab
        self.text = parsed.text
        self.items = _items(parsed, vocab)
        # Offices written in the plural: inflected ("presidents": no alias is written so) or
        # after a plural marker ("các Tổng thống").
        # A count before a title makes it plural too ("Bốn thủ tướng", "four prime ministers").
        counted = {q.end for q in parsed.quantities if q.unit is None and q.value > 1}
        self.marked = {
            i
            for i, item in enumerate(self.items)
            if item.kind == ROLE
            and (
                (i > 0 and self.items[i - 1].kind == "plural_marker")
                or any(self.text[end : item.start].isspace() for end in counted)
            )
        }
        self.plurals = self.marked | {
            i
            for i, item in enumerate(self.items)
            if item.kind == ROLE
            and not (
                vocab.written_as_phrase(self.text[item.start : item.end]) or self._shares_name(i)
            )
        }
        self._assertions: list[Assertion] | None = None  # see read
        # where hearsay words end, with where they begin (_hearsay)
        self._hearsays = {e: s for s, e in phrases_at(parsed, "statements", "hearsay")}

    def _plural_noun(self, i: int) -> bool:
        """Whether title item i is a plural noun: counted, after a plural marker, or in an
        inflected form of a phrase of its office ("prime ministers"). Not every title of
        `plurals` is: one read in a phrase's place ("Committee chairman", a body's head) is
        written as no phrase, and is no plural."""
        if i in self.marked:
            return True
        lang = self.parsed.lang
        inflection, stems = self.vocab.inflections.get(lang), self.vocab.stems.get(lang)
        if i not in self.plurals or inflection is None or stems is None:
            return False
        item = self.items[i]
        key = inflection.key(tuple(word_keys(self.text[item.start : item.end])))
        return any(e.target in item.ids for e in stems.entries.get(key, ()))

    def _shares_name(self, i: int) -> bool:
        """Whether title item i was cut where the name after it begins, the two sharing a word
        (parse._extend_name: "Chủ tịch" of "Chủ tịch Ủy ban" before "Ủy ban Chuẩn chi Thượng
        viện Mỹ"): written as its phrase, not inflected, though its own words are no phrase."""
        if i + 1 >= len(self.items):
            return False
        item, name = self.items[i], self.items[i + 1]
        own = len(word_keys(self.text[item.start : item.end]))
        keys = word_keys(self.text[item.start : name.end])
        entries = self.vocab.phrases.entries
        return any(
            e.target == item.id
            for n in range(own + 1, len(keys) + 1)
            for e in entries.get(keys[:n], ())
        )

    def _written_as(self, item: _Item, phrases: list[str]) -> bool:
        """Whether item's words are one of `phrases` (a lexicon list)."""
        return word_keys(self.text[item.start : item.end]) in [word_keys(p) for p in phrases]

    def _possessive(self, item: _Item) -> bool:
        """A filler that makes the title after it the owner of what stands before it ("của")."""
        owners = load_lexicon(self.parsed.lang, "statements").get("possessive_fillers", [])
        return item.kind == "title_filler" and self._written_as(item, owners)

    def _verb_tense(self, t: _Title) -> str:
        """The tense of an office written as a verb ("chairs": present, "chaired": past), as a
        copula's would be; "unmarked" for any other form, or with nothing named that it is an
        office of ("chaired the talks" is another act)."""
        if t.place is None:
            return "unmarked"
        verbs = load_lexicon(self.parsed.lang, "statements").get("office_verbs") or {}
        role = next(self.items[k] for k in range(t.first, t.last + 1) if self.items[k].kind == ROLE)
        return next(
            (tense for tense, forms in verbs.items() if self._written_as(role, forms)), "unmarked"
        )

    def joined(self, a: int, b: int) -> bool:
        """Items a and b (a < b) are next to each other with nothing but spaces between."""
        if b != a + 1:
            return False
        gap = self.text[self.items[a].end : self.items[b].start]
        return BREAKS.isdisjoint(gap) and not _dashed(gap)

    def set_off(self, a: int, b: int) -> bool:
        """Items a and b are next to each other across a comma, a spaced dash or an opening
        bracket (apposition: "Leahy (currently chair of ...)")."""
        gap = self.text[self.items[a].end : self.items[b].start]
        return b == a + 1 and ("," in gap or "(" in gap or _dashed(gap))

    def apposed(self, k: int) -> int | None:
        """The name an apposition holding item k is set off after, where its head is no title
        ("Leahy, a Democrat who now chairs ...", "Ông Leahy, chính khách đảng Dân chủ hiện là
        ...", "Leahy (then still a sitting senator)"): its item's index, or None. Only across
        items of APPOSITION_HEADS joined to one another, within APPOSITION_REACH of them: a
        name or a title among them is the head."""
        items = self.items
        j = k
        while j > 0 and k - j < APPOSITION_REACH and items[j].kind in APPOSITION_HEADS:
            if self.set_off(j - 1, j):
                return j - 1 if items[j - 1].kind == PERSON else None
            if not self.joined(j - 1, j):
                return None
            j -= 1
        return None

    def closed(self, last: int) -> bool:
        """Whether an apposition ends after item `last`: at a comma, a dash or the end ("Orbán,
        Hungary's prime minister, met ..."), not where a clause goes on ("Orbán, TBT được ...":
        a new subject), or where a relative clause opens ("Hagerty, a former senator who has
        left Congress, ..."): it says more of the same holder."""
        if last + 1 >= len(self.items) or self.items[last + 1].kind == "relative_pronoun":
            return True
        gap = self.text[self.items[last].end : self.items[last + 1].start]
        return bool(set(gap) & BREAKS) or _dashed(gap)

    def title(self, i: int) -> _Title:
        """The title around role item i: tense words, fillers and one place on either side."""
        items = self.items
        place: str | None = None
        tense = "unmarked"
        first = i
        while first > 0 and self.joined(first - 1, first):
            before = items[first - 1]
            if before.kind == "place" and place is None:
                if self._possessive(items[first]):
                    break  # "chuyến thăm Mỹ của Tổng Bí thư": the trip's place, not the title's
                place = before.id
            elif before.kind in OFFICE_TENSES:
                # the one nearest the title says when it is held ("now no longer president":
                # former), as in a copula's words (_copula)
                tense = before.kind if tense == "unmarked" else tense
            elif before.kind != "title_filler":
                break
            first -= 1
        listed = _places_before(self, first + 1) if items[first].kind == "place" else []
        if len(listed) > 1:
            # "former Hungarian and Cambodian prime ministers": the countries listed are the
            # title's, and so is a tense said before the list
            first = next(k for k, item in enumerate(items) if item.start == listed[0][0])
            while first > 0 and self.joined(first - 1, first):
                before = items[first - 1]
                if before.kind in OFFICE_TENSES and tense == "unmarked":
                    tense = before.kind
                elif before.kind != "title_filler":
                    break
                first -= 1
        last = i
        # "the party chief's Cambodia visit": what follows the possessive is his, not his title's
        while last + 1 < len(items) and self.joined(last, last + 1) and not self._owns_next(last):
            after = items[last + 1]
            linked = self._linked_place(last) if place is None else None
            if after.kind == "place" and place is None:
                place = after.id
            elif linked is not None:
                # "a senator from Vermont": the place past the link is the title's, as in "a
                # senator of Vermont"
                place = items[linked].id
                last = linked - 1
            elif after.kind in ("present", "former") and tense == "unmarked":
                # Vietnamese puts these after the title too: "Thượng nghị sĩ đương nhiệm"; a
                # former word right after "now" is the one that says when ("a senator now
                # retired", "thượng nghị sĩ nay đã về hưu"), as before a title the nearest is
                tense = after.kind
                ended = last + 2
                if (
                    after.kind == "present"
                    and ended < len(items)
                    and items[ended].kind == "former"
                    and self.joined(last + 1, ended)
                ):
                    tense = "former"
                    last += 1
            elif after.kind != "title_filler":
                break
            last += 1
        # A trailing filler belongs to what follows ("President of the ..."), not to the title;
        # a leading one ("the", "a") stays, so that a copula or a comma is found before it.
        while last > i and items[last].kind == "title_filler":
            last -= 1
        if place is None:
            place = self._leaders_place(last)
        elif self._of_countries(first, i, last):
            # "Hungarian and Cambodian prime ministers Orbán and Hun Manet", "Thủ tướng Hungary
            # và Campuchia": a title of several countries is no one of them's; each holder is
            # read in his own claims' country (the nearest one had made Orbán Cambodia's)
            place = None
        return _Title(first, last, items[i].id, place, tense)

    def _of_countries(self, first: int, i: int, last: int) -> bool:
        """Whether the place of the title over items first..last (its role at i) is one of a
        list of two countries or more: the list's last before the role ("Kazakhstan and
        Uzbekistan's presidents"), or its first after it ("Thủ tướng Hungary và Campuchia")."""
        items = self.items
        before = any(
            items[k].kind == "place" and len(_places_before(self, k + 1)) > 1
            for k in range(first, i)
        )
        return before or any(
            items[k].kind == "place" and len(_places_from(self, k)) > 1
            for k in range(i + 1, last + 1)
        )

    def _named_after_places(self, i: int) -> list[int]:
        """The persons named, one for each, after the list of countries a title at item i is
        said of, set off by a comma or a copula ("the prime ministers of Hungary and Cambodia,
        Orbán and Hun Manet", "Thủ tướng các nước Hungary và Campuchia là ông Orbán và ông Hun
        Manet"): each holds the title. None where the names are not as many as the countries."""
        items = self.items
        k = i + 1
        while k < len(items) and items[k].kind in ("title_filler", "plural_marker"):
            if not self.joined(k - 1, k):
                return []
            k += 1
        if k >= len(items) or items[k].kind != "place" or not self.joined(k - 1, k):
            return []
        places = _places_from(self, k)
        if len(places) < 2:
            return []
        end = next(j for j in range(k, len(items)) if items[j].start == places[-1][0])
        nxt = end + 1
        if nxt < len(items) and items[nxt].kind == "copula" and self.joined(end, nxt):
            nxt += 1
        elif not (nxt < len(items) and self.set_off(end, nxt)):
            return []
        names: list[int] = []
        while nxt < len(items) and len(names) < len(places):
            while nxt < len(items) and items[nxt].kind == "title_filler":
                nxt += 1
            if nxt >= len(items) or items[nxt].kind != PERSON:
                break
            names.append(nxt)
            after = nxt + 1
            if after < len(items) and items[after].kind == "list_joiner":
                nxt = after + 1
            elif after < len(items) and "," in self.text[items[nxt].end : items[after].start]:
                nxt = after
            else:
                break
        return names if len(names) == len(places) else []

    def _linked_place(self, last: int) -> int | None:
        """The place right after item `last` past words that tie it to a title
        (`title_place_links` in lexicon/<lang>/statements.yaml: "from", "đến từ"): its item's
        index, or None. Only a place: a person past them is not the title's ("an invitation from
        Trump")."""
        items = self.items
        links = load_lexicon(self.parsed.lang, "statements").get("title_place_links", [])
        keys = [word_keys(w) for w in links]
        reach = max((len(k) for k in keys), default=0)
        for k in range(last + 2, min(last + 2 + reach, len(items))):
            gap = self.text[items[last].end : items[k].start]
            if items[k].kind == "place" and BREAKS.isdisjoint(gap) and word_keys(gap) in keys:
                return k
        return None

    def _leaders_place(self, last: int) -> str | None:
        """The one country of the leaders a title is joined to ("the prime minister and senior
        leaders of Armenia", "Thủ tướng và các lãnh đạo cấp cao Armenia"): the title's too, as
        in "the prime minister of Armenia". Only past words that head leaders (`place_list_heads`,
        their ranks passed over: `leader_ranks` in lexicon/<lang>/statements.yaml), and not
        where the country opens a list, whose countries no one title is of."""
        items = self.items
        joiner = last + 1
        if joiner >= len(items) or items[joiner].kind != "list_joiner":
            return None
        if not self.joined(last, joiner):
            return None
        place = next((k for k in range(joiner + 1, len(items)) if items[k].kind == "place"), None)
        if place is None or self.vocab.entities[items[place].id].type not in COUNTRIES:
            return None
        gap = self.text[items[joiner].end : items[place].start]
        if set(gap) & BREAKS or len(_places_from(self, place)) > 1:
            return None
        lexicon = load_lexicon(self.parsed.lang, "statements")
        ranks = {k for rank in lexicon.get("leader_ranks", []) for k in word_keys(rank)}
        heads = {word_keys(h) for h in lexicon.get("place_list_heads", [])}
        if tuple(k for k in word_keys(gap) if k not in ranks) not in heads:
            return None
        return items[place].id

    def _holder_place(self, k: int) -> int | None:
        """The place said after the titled name at item k, across a link that ties it to him
        (`holder_place_links`: "Prime Minister Orbán of Hungary", "Thủ tướng Orbán của
        Hungary"): where the title is held, as it is when written before the title. A country
        or a state only. Its item's index, or None."""
        items = self.items
        links = load_lexicon(self.parsed.lang, "statements").get("holder_place_links", [])
        last = k + 1
        while last < len(items) and items[last].kind == "title_filler":
            last += 1
        if last >= len(items) or items[last].kind != "place" or last == k + 1:
            return None
        if self.vocab.entities[items[last].id].type not in COUNTRIES:
            return None  # "President Trump of the Board of Peace": an organisation he leads
        gap = self.text[items[k].end : items[last].start]
        if not BREAKS.isdisjoint(gap) or word_keys(gap) not in [word_keys(w) for w in links]:
            return None
        if self.text[items[last].end :].startswith(POSSESSIVES):
            return None  # "praise by President Trump of Vietnam's economy": the economy's place
        return last

    def _restricted(self, t: _Title) -> bool:
        """Whether "only" restricts the title as a noun ("the only prime minister Lam met":
        parse): a name right after it is the subject of a relative clause that has no pronoun,
        not the title's holder, as it is after a bare "only" ("Only President Prabowo met Lam")."""
        only = self.parsed.only
        first, last = self.items[t.first], self.items[t.last]
        return (
            only is not None
            and only.target == t.role
            and only.start <= first.start
            and last.end <= only.end
        )

    def _relative_head(self, t: _Title, name: int, plural: bool) -> bool:
        """Whether the title heads a noun phrase whose relative clause, with no pronoun, has the
        name after it as its subject ("The prime minister Lam met from Hungary was Orbán"): an
        article before the title (`relative_heads` in lexicon/<lang>/statements.yaml), a verb
        right after the name and a copula later on. The title is then not the name's. A
        `plural` title is no one name's: a verb right after the name is enough, whatever stands
        before the title ("Both prime ministers Lam met on February 19 were from Asia", "Ba thủ
        tướng Tô Lâm gặp ngày 19/2 đến từ ba châu lục")."""
        items, text = self.items, self.text
        end = items[name].end
        # a verb: an act's trigger, or a word the vocabulary does not read ("thanked")
        verb = any(
            v.start >= end and not text[end : v.start].strip() for v in self.parsed.triggers
        ) or (
            name + 1 < len(items) and items[name + 1].kind == "word" and self.joined(name, name + 1)
        )
        if plural:
            return verb
        heads = load_lexicon(self.parsed.lang, "statements").get("relative_heads") or []
        first = items[t.first]
        article = first.kind == "title_filler" and self._written_as(first, heads)
        if not article and t.first > 0 and self.joined(t.first - 1, t.first):
            article = self._written_as(items[t.first - 1], heads)
        later = any(c.kind == "copula" and c.start >= end for c in self.parsed.grammar)
        return article and verb and later

    def span(self, first: int, last: int) -> tuple[str, int, int]:
        start, end = self.items[first].start, self.items[last].end
        return self.text[start:end], start, end

    def listed(self, start: int, titled: bool = False) -> list[int]:
        """Indexes of the persons listed from item `start` on: "A, B and C", "A, B và C"; with
        `titled`, each past its title fillers ("ông A và ông B")."""
        items = self.items
        found: list[int] = []
        k = start
        while titled and k < len(items) and items[k].kind == "title_filler":
            k += 1
        while k < len(items) and items[k].kind == PERSON:
            found.append(k)
            nxt = k + 1
            if nxt < len(items) and items[nxt].kind == "list_joiner":
                nxt += 1
            elif not (nxt < len(items) and "," in self.text[items[k].end : items[nxt].start]):
                break
            k = nxt
            while titled and k < len(items) and items[k].kind == "title_filler":
                k += 1
        return found

    def plural(self, t: _Title) -> list[int]:
        """Persons a plural title is given to: "Presidents A, B and C", "the presidents he met
        included A, B and C", "các Tổng thống ... gồm A, B và C"."""
        items = self.items
        k = t.last + 1
        if (
            k < len(items)
            and items[k].kind == PERSON
            and (self.joined(t.last, k) or self.set_off(t.last, k))
        ):
            # Two names at least: "the presidents Lam met ..." names the clause's subject; set
            # off by a comma, the list is the title's apposition ("two Democratic senators,
            # Daines and Hagerty").
            direct = self.listed(k)
            if len(direct) > 1:
                return direct
        opens = self.list_opening(t)
        return self.listed(opens) if opens is not None and opens < len(items) else []

    def list_opening(self, t: _Title) -> int | None:
        """The item after the copula that opens what a plural title is said of, past a relative
        clause ("the presidents Lam met included ...", "các Tổng thống mà Tô Lâm gặp gồm ..."),
        within one clause; None where none does."""
        items = self.items
        for k in range(t.last + 1, min(len(items), t.last + 1 + PLURAL_REACH)):
            if set(self.text[items[k - 1].end : items[k].start]) & BREAKS:
                return None
            if items[k].kind == "copula":
                return k + 1
        return None

    def places_listed(self, t: _Title) -> list[tuple[int, int, str]]:
        """The countries a plural title is said of past its relative clause, two at least ("the
        prime ministers Lam met included the leaders of Hungary, Pakistan and Armenia"), past
        the words that may head them (`place_list_heads` in lexicon/<lang>/statements.yaml)."""
        opens = self.list_opening(t)
        if opens is None:
            return []
        items = self.items
        first = next((k for k in range(opens, len(items)) if items[k].kind == "place"), None)
        if first is None:
            return []
        heads = load_lexicon(self.parsed.lang, "statements").get("place_list_heads", [])
        gap = self.text[items[opens - 1].end : items[first].start]
        if gap.strip() and word_keys(gap) not in [word_keys(h) for h in heads]:
            return []
        places = _places_from(self, first)
        return places if len(places) > 1 else []

    def read(self) -> list[Assertion]:
        """The statement's office assertions, in text order: read once, since one judgement
        asks for them several times (its offices, its bare titles, its denials)."""
        if self._assertions is None:
            self._assertions = self._read()
        return list(self._assertions)

    def _read(self) -> list[Assertion]:
        items = self.items
        found: list[Assertion] = []
        titles = {i: self.title(i) for i, item in enumerate(items) if item.kind == ROLE}
        ends = {t.last: t for t in titles.values()}
        said_along: set[int] = set()  # titles given with the one before them (_chain)
        for i, t in titles.items():
            # A plural title with no list after it may be a verb ("Leahy currently chairs the
            # committee"): it is then read as a singular title, after a copula or a tense word.
            listed = self.plural(t) if i in self.plurals else []
            if not listed and t.place is None:
                # "Thủ tướng Hungary và Campuchia, ông Orbán và ông Hun Manet"
                listed = self._named_after_places(i)
            if not listed and i in self.plurals and self.places_listed(t):
                # said of countries (offices_of_places): the name after it is its relative
                # clause's subject ("the prime ministers Lam met"), not its holder
                continue
            if listed:
                for k in listed:
                    text = self.text[items[t.first].start : items[t.last].end]
                    text += " … " + self.text[items[k].start : items[k].end]
                    span = (text, items[t.first].start, items[k].end)
                    found.append(t.given(items[k].id, span, "list"))
                continue
            after = t.last + 1
            if (
                after < len(items)
                and items[after].kind == PERSON
                and self.joined(t.last, after)
                and not self._restricted(t)
                and not self._relative_head(t, after, self._plural_noun(i))
            ):
                place = self._holder_place(after) if t.place is None else None
                if place is not None:
                    # "President Trump of Vietnam": the country after the name is the title's
                    t = replace(t, place=items[place].id)
                found.append(t.given(items[after].id, self.span(t.first, place or after), "title"))
                continue
            named = self._named_after(t)
            if named is not None:
                # "met the former prime minister of Hungary, Viktor Orbán, on February 19"
                found.append(t.given(items[named].id, self.span(t.first, named), "apposition"))
                continue
            combined = self._combined(t, titles)
            if combined is not None:
                # "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Séc Petr Macinka": each office is his
                place = t.place or combined[0].place
                span = self.span(t.first, combined[1])
                found.append(replace(t, place=place).given(items[combined[1]].id, span, "title"))
                continue
            if i in said_along:
                continue  # said with a title before it (below)
            chain = self._chain(t, titles)
            before = t.first - 1
            if (
                before >= 0
                and items[before].kind == PERSON
                and self.set_off(before, t.first)
                and self.closed(chain[-1].last)
            ):
                found += self._along(chain, items[before].id, before, t.tense, "apposition")
            elif (fronted := self._fronted(t, chain)) is not None:
                found += self._along(chain, items[fronted[0]].id, t.first, fronted[1], "apposition")
            elif (copula := self._copula(t, ends, self.closed(chain[-1].last))) is not None:
                found.append(copula)
                if copula.subject is None or not self.closed(chain[-1].last):
                    continue
                k = next(k for k in range(t.first, -1, -1) if items[k].start == copula.start)
                along = self._along(chain[1:], copula.subject, k, copula.tense, "copula")
                found += [
                    replace(a, polarity=copula.polarity, modality=copula.modality) for a in along
                ]
            else:
                continue
            said_along |= {k for k, other in titles.items() if other in chain[1:]}
        seats = self._seats(ends)
        found = self._respective(self._successions(found))
        return sorted(found + seats, key=lambda a: a.start) if seats else found

    def _successions(self, found: list[Assertion]) -> list[Assertion]:
        """The offices a succession verb (`successions` in lexicon/<lang>/statements.yaml) turns
        over: the title said of the name after the verb, a copula's ("succeeded his father Hun
        Sen as prime minister", "kế nhiệm ông Hun Sen làm Thủ tướng") or one before the name
        ("replaced Prime Minister Hun Sen", right after the verb), is that name's former office
        where he is the predecessor, its start where he is the successor; a copula's is also the
        other name's, the one right before the verb, in the other tense. Only a name within a
        few words of the verb (his title, "his father", "cha là ông") is its object; a phrase
        listed as `none` holds such a verb and names no succession ("thay mặt": on behalf of)."""
        items = self.items
        for c, mark in enumerate(items):
            if mark.kind != "succession" or mark.id == "none" or c == 0:
                continue
            if items[c - 1].kind != PERSON:
                continue
            if not self.joined(c - 1, c):
                continue
            objects = (k for k in range(c + 1, min(len(items), c + 5)) if items[k].kind == PERSON)
            after = next(objects, None)
            if after is None or any(
                items[k].kind not in APPOSITION_HEADS | {"copula", ROLE}
                for k in range(c + 1, after)
            ):
                continue
            before, later = items[c - 1].id, items[after].id
            if mark.id == "predecessor":
                tenses = {before: "former", later: "start"}
            else:
                tenses = {before: "start", later: "former"}
            turned: list[Assertion] = []
            for a in found:
                if a.subject != later or a.kind != "office" or a.tense != "unmarked":
                    turned.append(a)
                    continue
                if a.form in ("copula", "clause") and a.start == items[after].start:
                    other = replace(a, subject=before, tense=tenses[before])
                    turned += [replace(a, tense=tenses[later]), other]
                elif (
                    a.form == "title"
                    and a.end == items[after].end
                    and not self.text[items[c].end : a.start].strip()
                ):
                    turned.append(replace(a, tense=tenses[later]))
                else:
                    turned.append(a)
            found = turned
        return found

    def _respective(self, found: list[Assertion]) -> list[Assertion]:
        """The offices a list of names holds of a list of places, each the place in its own
        position, where a word says so (`respectives` in lexicon/<lang>/statements.yaml): "A and
        B are the presidents of X and Y respectively" (A of X, B of Y), "Thủ tướng A và Thủ
        tướng B, lần lượt của X và Y". The places are listed right before the word or right
        after it past title fillers; the names, as many, listed before the places (each past its
        own title). A name's title is the one it is given (its place set), or the plural title
        between the lists, said as the list's first assertion says it. Nothing changes where the
        lists differ in length."""
        items = self.items
        for r, mark in enumerate(items):
            if mark.kind != "respective":
                continue
            places = self._places_around(r)
            first = next(
                (k for k, it in enumerate(items) if places and it.start == places[0][0]), 0
            )
            persons = self._persons_before(first, len(places)) if places else []
            if persons:
                roles = [items[k] for k in range(persons[-1] + 1, first) if items[k].kind == ROLE]
            else:
                # the names after the places ("the prime ministers of X and Y, A and B
                # respectively", "Thủ tướng X và Y lần lượt là ông A và ông B"): the title is
                # the one the places follow
                persons, places, first = self._names_after_places(r, places)
                roles = [items[k] for k in range(max(0, first - 2), first) if items[k].kind == ROLE]
            if not persons:
                continue
            ids = [items[k].id for k in persons]
            template = next(
                (a for a in found if a.subject in ids and a.kind == "office"),
                None,
            )
            kept = [a for a in found if a.subject not in ids or a.kind != "office"]
            for k, person, (_, _, place) in zip(persons, ids, places, strict=True):
                own = [a for a in found if a.subject == person and a.kind == "office"]
                name = self.text[items[k].start : items[k].end]
                if not own and template is not None:
                    # said as the list's first assertion is, of this name
                    own = [replace(template, text=f"{name} … {template.text}")]
                elif not own and roles:
                    role = roles[-1]
                    text = f"{name} … {self.text[role.start : role.end]}"
                    start, end = min(items[k].start, role.start), max(items[k].end, role.end)
                    own = [Assertion("office", text, start, end, person, role.id, form="list")]
                kept += [replace(a, subject=person, jurisdiction=place) for a in own]
            return sorted(kept, key=lambda a: a.start)
        return found

    def counterparts(self) -> list[Counterpart]:
        """The office a counterpart word gives a name (`counterparts` in lexicon/<lang>/
        statements.yaml): the office the name it pairs with holds, in the country said with the
        word. The name given it stands right after the word, a comma between at most (its
        country before it, "Orbán and his Kazakh counterpart, Tokayev", or after it, "Thủ tướng
        Orbán và người đồng cấp Kazakhstan Tokayev"), the name paired joined before them by a
        list joiner (a word such as "his" between at most); or the name given it is set off
        before the name paired, whose possessive the country and the word follow ("Macinka,
        Orbán's Czech counterpart")."""
        items = self.items
        found: list[Counterpart] = []
        for c, mark in enumerate(items):
            if mark.kind != "counterpart":
                continue
            after = c + 1
            if after < len(items) and items[after].kind == "place" and self.joined(c, after):
                place, after = after, after + 1
            elif c > 0 and items[c - 1].kind == "place" and self.joined(c - 1, c):
                place = c - 1
            else:
                continue
            first = min(place, c)
            if (
                after < len(items)
                and items[after].kind == PERSON
                and (self.joined(after - 1, after) or self.set_off(after - 1, after))
            ):
                holder, paired = after, self._paired_before(first)
            elif self.closed(c) and (owner := self._owner_before(first)) is not None:
                holder, paired = owner - 1, owner
                if items[holder].kind != PERSON or not self.set_off(holder, owner):
                    continue
            else:
                continue
            if paired is None:
                continue
            start, end = items[min(holder, paired)].start, items[max(holder, c, after - 1)].end
            found.append(
                Counterpart(
                    items[holder].id, items[paired].id, items[place].id, self.text[start:end], start
                )
            )
        return found

    def _paired_before(self, first: int) -> int | None:
        """The name a counterpart is paired with: the person before item `first` past a list
        joiner and one word or pronoun at most ("Orbán and his", "Orbán và người"), or his
        possessive (_owner_before)."""
        items = self.items
        k = first - 1
        if k >= 0 and items[k].kind in ("word", "relative_pronoun") and self.joined(k, first):
            k -= 1
        if k >= 1 and items[k].kind == "list_joiner" and items[k - 1].kind == PERSON:
            return k - 1
        return self._owner_before(first)

    def _owner_before(self, first: int) -> int | None:
        """The person whose possessive ("'s") stands right before item `first`, joined to it."""
        items = self.items
        k = first - 1
        if k < 1 or items[k].kind != "title_filler" or not self.joined(k, first):
            return None
        owner = items[k - 1]
        said = self.text[owner.end : items[k].end]
        return k - 1 if owner.kind == PERSON and said in POSSESSIVES else None

    def _names_after_places(
        self, r: int, places: list[tuple[int, int, str]]
    ) -> tuple[list[int], list[tuple[int, int, str]], int]:
        """The names a respective mark at item r pairs with places listed before them: after
        the mark, past a copula and title fillers, where the places stand right before the mark
        ("Thủ tướng Hungary và Armenia lần lượt là ông A và ông B"); or listed right before the
        mark, the places right before them ("the presidents of X and Y, A and B respectively").
        (persons, places, the first place's item), or ([], [], 0) where the lists differ."""
        items = self.items
        if places:
            k = r + 1
            while k < len(items) and items[k].kind in ("copula", "title_filler"):
                k += 1
            persons = self.listed(k, titled=True)
            first = next(k for k, it in enumerate(items) if it.start == places[0][0])
        else:
            k = r - 1
            if (
                k < 0
                or items[k].kind != PERSON
                or self.text[items[k].end : items[r].start].strip(" ,")
            ):
                return [], [], 0
            while k > 0 and items[k - 1].kind in (PERSON, "list_joiner", "title_filler"):
                k -= 1
            while items[k].kind != PERSON:
                k += 1
            persons = self.listed(k, titled=True)
            first = k - 1
            if not persons or persons[-1] != r - 1 or first < 0 or items[first].kind != "place":
                return [], [], 0
            while first > 0 and items[first - 1].kind in ("place", "list_joiner"):
                first -= 1
            while items[first].kind != "place":
                first += 1
            places = _places_from(self, first)
            if not places or places[-1][1] != items[k - 1].end:
                return [], [], 0
        if len(persons) != len(places) or len(places) < 2:
            return [], [], 0
        return persons, places, first

    def _places_around(self, r: int) -> list[tuple[int, int, str]]:
        """The countries listed, two at least, right before item r (a comma between at most)
        or right after it past title fillers, a copula and the title ("lần lượt của X và Y",
        "respectively the presidents of X and Y", "lần lượt là Thủ tướng X và Y")."""
        items, text = self.items, self.text
        k = r + 1
        between = ("title_filler", "copula", ROLE)
        while k < len(items) and items[k].kind in between and self.joined(k - 1, k):
            k += 1
        if k < len(items) and items[k].kind == "place" and self.joined(k - 1, k):
            after = _places_from(self, k)
            if len(after) > 1:
                return after
        k = r - 1
        if k < 0 or items[k].kind != "place" or text[items[k].end : items[r].start].strip(" ,"):
            return []
        while k > 0 and items[k - 1].kind in ("place", "list_joiner"):
            k -= 1
        before = _places_from(self, k) if items[k].kind == "place" else []
        return before if len(before) > 1 and before[-1][1] == items[r - 1].end else []

    def _persons_before(self, first: int, count: int) -> list[int]:
        """The `count` persons listed last before item `first` in its sentence, each past its own
        title or filler ("ông"), joined by list joiners or commas; [] where no such list of as
        many stands."""
        items, text = self.items, self.text
        found: list[int] = []
        k = first - 1
        while k >= 0 and not set(text[items[k].end : items[first].start]) & SENTENCE_ENDS:
            if items[k].kind == PERSON:
                found.append(k)
                if len(found) == count:
                    break
            k -= 1
        if len(found) != count:
            return []
        found.reverse()
        for a, b in pairwise(found):
            between = {it.kind for it in items[a + 1 : b]}
            if between - {ROLE, "list_joiner", "title_filler"} or (
                not between and "," not in text[items[a].end : items[b].start]
            ):
                return []
        return found

    def _seats(self, ends: dict[int, _Title]) -> list[Assertion]:
        """A legislator's office said as the act of his seat, for a state, in the chamber that
        seats him ("Leahy represents Vermont in the Senate", "ông Leahy hiện đại diện bang
        Vermont tại Thượng viện"): that chamber's office (`chambers`, lexicon/world/
        offices.yaml) of the state, read after its subject as an office verb is (_copula), in
        the verb's tense (`seat_verbs`, lexicon/<lang>/statements.yaml) unless a tense word says
        more. Without its chamber ("Leahy represents Vermont") the seat is the one chamber's
        that seats by an act, where the data knows one; with more, no office is read."""
        lexicon = load_lexicon(self.parsed.lang, "statements")
        verbs = lexicon.get("seat_verbs") or {}
        links = {word_keys(w) for w in lexicon.get("seat_links") or ()}
        chambers = load_lexicon("world", "offices").get("chambers") or {}
        seating = [c for c, data in chambers.items() if data.get("acts")]
        sole = seating[0] if len(seating) == 1 else None
        items, found = self.items, []
        for p, state in enumerate(items):
            if state.kind != "place" or self.vocab.entities[state.id].type != US_STATE:
                continue
            gap = ("word", "title_filler")  # "in", "the", "tại"
            chamber = next((c for c in range(p + 1, len(items)) if items[c].kind not in gap), None)
            named = not (
                chamber is None
                or items[chamber].kind != "place"
                or items[chamber].id not in chambers
                or word_keys(self.text[state.end : items[chamber].start]) not in links
            )
            if not named and (sole is None or any(i.kind == "place" for i in items[p + 1 :])):
                continue
            spoken = (
                (first, tense)
                for first in range(p - 1, max(p - 4, -1), -1)
                if all(items[w].kind == "word" for w in range(first, p))
                for tense, forms in verbs.items()
                if word_keys(self.text[items[first].start : state.start])
                in {word_keys(f) for f in forms}
            )
            first, tense = next(spoken, (None, ""))
            if first is None:
                continue
            house, last = (items[chamber].id, chamber) if named else (sole, p)
            seat = _Title(first, last, chambers[house]["offices"][0], state.id, "unmarked")
            assertion = self._copula(seat, ends, verb=tense)
            if assertion is not None:
                found.append(assertion)
        return found + self._chamber_seats(ends)

    def _chamber_seats(self, ends: dict[int, _Title]) -> list[Assertion]:
        """A seat said by its chamber alone, the verb right before it ("Leahy, who still serves
        in the Senate", "ông Leahy hiện vẫn ngồi ghế Thượng viện": titles.chamber_seats): that
        chamber's first office, of no state, read after its subject as a seat verb is (_seats)."""
        chambers = load_lexicon("world", "offices").get("chambers") or {}
        items, found = self.items, []
        for start, _, chamber, tense in chamber_seats(self.parsed):
            first = next((k for k, item in enumerate(items) if item.start == start), None)
            last = next((k for k, item in enumerate(items) if item.start == chamber.start), None)
            if first is None or last is None:
                continue
            office = chambers[chamber.ids[0]]["offices"][0]
            assertion = self._copula(
                _Title(first, last, office, None, "unmarked"), ends, verb=tense
            )
            if assertion is not None:
                found.append(assertion)
        return found

    def _along(
        self, chain: list[_Title], subject: str, first: int, tense: str, form: str
    ) -> list[Assertion]:
        """Each title of `chain` given to `subject`, read from item `first` on; a title with no
        tense of its own has `tense`, the first's: "a former president pro tempore and chairman
        of the committee" says both were held before."""
        return [
            replace(c, tense=tense if c.tense == "unmarked" else c.tense).given(
                subject, self.span(first, c.last), form
            )
            for c in chain
        ]

    def _named_after(self, t: _Title) -> int | None:
        """The name set off after a title said past an act's verb, as its apposition ("Lam met
        the former prime minister of Hungary, Viktor Orbán, on February 19", "gặp cựu Thủ
        tướng Hungary, ông Viktor Orbán, ngày 19/2"): one name past a comma (and an honorific),
        the apposition closed after it. Not a name that opens a clause ("After meeting the
        prime minister of Hungary, Orbán flew home"), nor one after a title set off after a
        name of its own ("Tokayev, the president of Kazakhstan, Orbán, ..."), nor one listed with
        other names after it ("the Hungarian prime minister, Tokayev, and Sharif": three met,
        the title the first's, `_named_list`); titles opening the statement are `_fronted`'s.
        The index of the name's item, or None."""
        items = self.items
        if t.first > 0 and items[t.first - 1].kind == PERSON and self.set_off(t.first - 1, t.first):
            return None
        if not any(v.end <= items[t.first].start for v in self.parsed.triggers):
            return None
        k = t.last + 1
        if k >= len(items) or not self.set_off(t.last, k):
            return None
        if (
            items[k].kind == "title_filler"
            and not self._possessive(items[k])
            and k + 1 < len(items)
            and self.joined(k, k + 1)
        ):
            k += 1  # "..., ông Viktor Orbán"
        if items[k].kind != PERSON or not self.closed(k):
            return None
        # "met the Hungarian prime minister, Tokayev, and Sharif": a name listed with others
        # after it is a member of the list, as the title before it is; no apposition of it
        return k if len(self._named_list(k)) == 1 else None

    def _fronted(self, t: _Title, chain: list[_Title]) -> tuple[int, str] | None:
        """The person that titles opening the statement are set off before, and their tense:
        "Currently the chairman of the committee, Leahy phoned Lam", "As Senate president pro
        tempore and Appropriations Committee chairman, Leahy ...", "Hiện là Chủ tịch Ủy ban
        ..., ông Leahy ...". Only copulas and tense words may stand before them."""
        items = self.items
        tense = t.tense
        k = t.first - 1
        while k >= 0 and self.joined(k, k + 1) and items[k].kind in ("copula", *OFFICE_TENSES):
            kind = items[k].kind if items[k].kind != "copula" else items[k].id
            tense = kind if tense == "unmarked" and kind in OFFICE_TENSES else tense
            k -= 1
        if k >= 0:
            return None
        last = chain[-1].last
        k = last + 1
        while k < len(items) and items[k].kind == "title_filler":
            k += 1  # "..., ông Leahy"
        if k >= len(items) or items[k].kind != PERSON:
            return None
        gap = self.text[items[last].end : items[last + 1].start]
        if "," not in gap and not _dashed(gap):
            return None
        return k, tense

    def unknown_holders(self) -> list[Assertion]:
        """A single title written right before a name the claim base does not know ("Vietnamese
        Defense Minister Luong Tam Quang", "Thủ tướng Campuchia Hun To"): the office said of
        someone the vocabulary does not name: `subject` is the name as written, never an id."""
        items = self.items
        found: list[Assertion] = []
        # unmarked Vietnamese reads no unknown name, only runs of capitalised words nothing read
        names = self.parsed.names_unread()
        for i, item in enumerate(items):
            if item.kind != ROLE or i in self.plurals:
                continue
            t = self.title(i)
            after = t.last + 1
            if after >= len(items) or items[after].kind != "word" or not self.joined(t.last, after):
                continue
            start = items[after].start
            name = next((n for n in names if self.text.startswith(n, start)), "")
            end = start + len(name)
            nxt = next((k for k in range(after, len(items)) if items[k].start >= end), len(items))
            if not name or (
                nxt < len(items) and items[nxt].kind == PERSON and self.joined(nxt - 1, nxt)
            ):
                # an honorific the vocabulary lacks before a name it knows ("Prime Minister
                # Samdech Hun Manet") is no other person; another given name before a surname
                # it knows is ("President Heydar Aliyev" of Ilham Aliyev)
                name = self._other_given_name(after)
                if not name:
                    continue
                end = start + len(name)
            span = (self.text[items[t.first].start : end], items[t.first].start, end)
            found.append(t.given(name, span, "unknown"))
        return found

    def _other_given_name(self, k: int) -> str:
        """The name written from item k on, where one or two capitalised words no phrase reads
        stand right before a one-word surname of a person the vocabulary knows and are none
        of his given names (Vocabulary.names_another): "Heydar Aliyev", where "Aliyev" reads
        as Ilham Aliyev, names someone the claim base does not know. "" otherwise."""
        items, text = self.items, self.text
        last = k
        while last < len(items) and last - k < 2 and items[last].kind == "word":
            word = text[items[last].start : items[last].end]
            # a word of the language is no given name: a marked Vietnamese word (an honorific
            # "Ngài") or one the glossary renders ("President Elect Aliyev")
            if (
                not word[:1].isupper()
                or word in self.vocab.not_names
                or has_marks(word)
                or glossed("en", word_keys(word))
            ):
                return ""
            if last > k and not self.joined(last - 1, last):
                return ""
            last += 1
        if last == k or last >= len(items) or not self.joined(last - 1, last):
            return ""
        surname = items[last]
        written = text[items[k].start : surname.end]
        if (
            surname.kind != PERSON
            or len(word_keys(text[surname.start : surname.end])) != 1
            or not self.vocab.names_another(word_keys(written), surname.ids[0])
        ):
            return ""
        return written

    def _manner_at(self, k: int) -> int:
        """How many items from item k on are words that say how an encounter was held
        (_manners), one after another; 0 if none."""
        items = self.items
        for phrase in _manners():
            run = items[k : k + len(phrase)]
            if (
                len(run) == len(phrase)
                and all(it.kind == "word" for it in run)
                and word_keys(self.text[run[0].start : run[-1].end]) == phrase
            ):
                return len(phrase)
        return 0

    def bind(self, trigger: Cue) -> Predication:
        """The parties bound to one trigger (see Predication)."""
        items = self.items
        after = next((k for k, it in enumerate(items) if it.start >= trigger.end), len(items))
        opens = trigger.end
        # "gặp trực tiếp Thượng nghị sĩ Daines": how it was held, between the verb and whom
        manner = self._manner_at(after)
        if manner and not self.text[opens : items[after].start].strip():
            opens, after = items[after + manner - 1].end, after + manner
        # "greetings to Hagerty", "lời chúc Tết tới ông Hagerty": a word naming whom it goes to
        if self._recipient_marker(after) and not self.text[opens : items[after].start].strip():
            opens, after = items[after].end, after + 1
        patients: tuple[str, ...] = ()
        patient_kind = ""
        gap = self.text[opens : items[after].start] if after < len(items) else ","
        if not gap.strip():
            # the first person of the run right after the verb, past his title; or a place
            # standing alone there ("congratulated Armenia")
            k = after
            while k < len(items) and items[k].kind in _AROUND_NAME:
                if k + 1 >= len(items) or not self.joined(k, k + 1):
                    break
                k += 1
            if k < len(items) and items[k].kind == PERSON:
                patients = self._named_list(k)
                patient_kind = PERSON
            elif items[after].kind == "place" and self._bare_place(after):
                patients, patient_kind = self._named_list(after), "place"
        destination = None if patients else self._destination_before(trigger)
        if destination is not None:
            patients, patient_kind = (items[destination].ids[0],), "place"
        group: Cue | None = None
        if not patients:
            # "met foreign leaders", "meetings with world leaders", "gặp các lãnh đạo": people
            # the statement does not name, a word or two after the verb, or after the noun's
            # owner ("các cuộc gặp của Tổng Bí thư với lãnh đạo các nước")
            reached = self._past_owner(after, opens)
            for noun in self.parsed.people:
                gap = self.text[reached : noun.start]
                if noun.start >= reached and not set(gap) & BREAKS and len(gap.split()) <= 2:
                    patient_kind, group = PEOPLE, noun
                    # "gặp các quan chức Mỹ": the country's people, as "met US officials"
                    # binds the country
                    k = next((k for k, it in enumerate(items) if it.start >= noun.end), None)
                    if (
                        k is not None
                        and items[k].kind == "place"
                        and not self.text[noun.end : items[k].start].strip()
                        and self._bare_place(k)
                    ):
                        patients, patient_kind = self._named_list(k), "place"
                    break
        agents: tuple[str, ...] = ()
        agent_kind = ""
        doers: Cue | None = None
        words = 0
        j = after - 1
        while j >= 0 and items[j].end > trigger.start:
            j -= 1  # the trigger's own words
        reach = trigger.start  # where the words before the verb that were read begin
        if patient_kind == "place" and self._paired(trigger, after) and self._said(trigger, j):
            j = -1  # the relation's two sides follow its noun: its speaker is no party
        while j >= 0:
            item = items[j]
            between = self.text[item.end : items[j + 1].start if j + 1 < len(items) else 0]
            if set(between) & BREAKS or any(d in between for d in DASHES):
                break
            reach = item.start
            if item.kind == PERSON or (item.kind == "place" and self._bare_place(j)):
                agents, first = self._named_list_before(j)
                controlled = item.kind == PERSON and self._controlled(first)
                if not self._opens_clause(first) and not controlled:
                    # "wrote back to Trump accepting ...", "lời mời của Tổng thống Trump dự
                    # ...": a name inside the clause is not who does what follows it
                    agents = ()
                agent_kind = "place" if item.kind == "place" else PERSON
                if agent_kind == "place" and len(agents) == 1:
                    # "US lawmakers hope ...", "các quan chức Mỹ mong ...": the country's people
                    # do it, several of them (Judge._done_by_people), not the country itself.
                    # Countries listed ("the Indonesian and Armenian leaders") name one each.
                    doers = self._people_beside(item)
                break
            if item.kind == "word":
                words += 1
                if words > AGENT_REACH:
                    break
            elif item.kind not in _BEFORE_VERB:
                break
            j -= 1
        head = None if agents else self._own_content_head(trigger)
        if head is not None:
            # "To Lam accepted Trump's invitation to join ...": who accepts does what follows
            done = self.bind(head)
            agents, agent_kind = done.agents, done.agent_kind
        if not agents and not agent_kind:
            # "Cả chín nhà lãnh đạo đều chúc mừng ...", "the leaders congratulated ...": people
            # the statement does not name do it
            for noun in self.parsed.people:
                gap = self.text[noun.end : trigger.start]
                if (
                    noun.end <= trigger.start
                    and not set(gap) & BREAKS
                    and len(gap.split()) <= AGENT_REACH
                ):
                    agent_kind, doers = PEOPLE, noun
        passive = self._passive(trigger) if self.parsed.passive else None
        if passive is not None:
            return passive
        invited = self._invited_by_passive(trigger) if self.parsed.passive else None
        if invited is not None:
            # "Trump được Tô Lâm mời dự họp": the one invited, named before the passive, attends
            return Predication(
                trigger.target,
                trigger.start,
                trigger.end,
                invited[0],
                (),
                invited[1],
                agents=(invited[0],),
            )
        if self.parsed.passive and self._passive_near(reach, trigger.end):
            # "was received by", "được mời": who did it is not before the verb
            return Predication(trigger.target, trigger.start, trigger.end, None, ())
        return Predication(
            trigger.target,
            trigger.start,
            trigger.end,
            agents[0] if agents else None,
            patients,
            agent_kind,
            patient_kind,
            agents,
            doers,
            group=group,
        )

    def _past_owner(self, k: int, opens: int) -> int:
        """Where the words after an act's noun go on past its owner, written right after it
        with a possessive filler and the owner's title or name ("cuộc gặp của Tổng Bí thư với
        ...": the doer, whose act reached the people after it); `opens` where there is none."""
        items = self.items
        if k >= len(items) or self.text[opens : items[k].start].strip():
            return opens
        if not self._possessive(items[k]):
            return opens
        j = k + 1
        while j < len(items) and items[j].kind in (*_AROUND_NAME, PERSON) and self.joined(j - 1, j):
            j += 1
        return items[j - 1].end if j > k + 1 else opens

    def _people_beside(self, item: _Item) -> Cue | None:
        """The noun of people written right next to a place, either way round ("US lawmakers",
        "các quan chức Mỹ"): the place's people, whom the noun names."""
        text = self.text
        for noun in self.parsed.people:
            if (item.end <= noun.start and not text[item.end : noun.start].strip()) or (
                noun.end <= item.start and not text[noun.end : item.start].strip()
            ):
                return noun
        return None

    def _paired(self, trigger: Cue, k: int) -> bool:
        """Whether a relation between two sides (a symmetric predicate) names both right after
        its noun, from item k on, joined by a dash or a list joiner ("quan hệ Việt Nam – Mỹ",
        "quan hệ Mỹ và Việt Nam"): its parties, where a name before it is someone else's (the
        speaker of "Ông Leahy nhấn mạnh quan hệ Việt Nam – Mỹ là ...")."""
        predicate = self.vocab.predicates.get(trigger.target)
        if predicate is None or not predicate.symmetric:
            return False
        items = self.items
        k2 = k + 2 if k + 1 < len(items) and items[k + 1].kind == "list_joiner" else k + 1
        if k2 >= len(items) or items[k2].kind != "place":
            return False
        gap = self.text[items[k].end : items[k2].start].strip()
        return k2 == k + 2 or gap in DASH_MARKS

    def _said(self, trigger: Cue, j: int) -> bool:
        """Whether a stance verb (stance.BROADER) stands between the last name up to item j and
        the trigger: what follows is said by the name before it ("Ông Leahy nhấn mạnh quan hệ
        ..."), where a name right before an act's verb does it ("Ông Hegseth nâng tầm quan hệ
        ...")."""
        named = [it.end for it in self.items[: j + 1] if it.kind in (PERSON, ROLE, "place")]
        after = named[-1] if named else 0
        return any(
            after <= start and end <= trigger.start and kind in BROADER
            for kind, start, end in stance_cues(self.text, self.parsed.tokens)
        )

    def _destination_before(self, trigger: Cue) -> int | None:
        """The item of the place written right before a trip noun (`destination_before_nouns`
        in factdb/lexicon/<lang>/statements.yaml: "his Cambodia visit", "the US trip"), standing
        alone: where the trip went, as "visit to Cambodia" says it after the noun; None if
        there is none."""
        nouns = phrase_keys("statements", "destination_before_nouns", (self.parsed.lang,))
        if word_keys(self.text[trigger.start : trigger.end]) not in nouns:
            return None
        k = sum(1 for it in self.items if it.end <= trigger.start) - 1
        if k < 0 or self.items[k].kind != "place" or not self._bare_place(k):
            return None
        return None if self.text[self.items[k].end : trigger.start].strip() else k

    def _recipient_marker(self, k: int) -> bool:
        """Whether item k is a word that names whom an act goes to, right before that party
        (`recipient_markers` in factdb/lexicon/<lang>/statements.yaml: "greetings to
        Hagerty", "lời chúc Tết tới ông Hagerty")."""
        items = self.items
        if k + 1 >= len(items) or items[k].kind in _AROUND_NAME | {PERSON}:
            return False
        markers = load_lexicon(self.parsed.lang, "statements").get("recipient_markers") or []
        return self._written_as(items[k], markers) and self.joined(k, k + 1)

    def _passive(self, trigger: Cue) -> Predication | None:
        """The parties of a passive `trigger` where it names who does it: the person (past his
        titles) or the country standing alone right after a passive word of its clause, with the
        verb right after him ("Tô Lâm được Tổng thống Trump mời") or after the verb with no other
        act between ("A letter was sent to Trump by To Lam"); the one it is done to is the name
        last before the passive word. A word between the passive word and a name names none:
        "by letter", "nhận được thư" (the letter's sender is given after its noun: _given_by);
        nor does an act after the doer's verb ("được Trump mời tham dự": who attends is not
        Trump)."""
        text, items = self.text, self.items
        lo = max((text.rfind(b, 0, trigger.start) for b in BREAKS), default=-1) + 1
        ends = [i for i in (text.find(b, trigger.end) for b in BREAKS) if i != -1]
        hi = min(ends, default=len(text))
        acts = [t for t in self.parsed.triggers if t.kind in ("trigger", "antonym")]
        contents = [t for t in acts if self._content_of(t, acts) is not None]
        if trigger in contents:
            return None  # "invited to visit Vietnam by To Lam": the passive verb is "invited"
        for start, end in self.parsed.passives:
            if not (lo <= start < hi):
                continue
            k = next((k for k, it in enumerate(items) if it.start >= end), len(items))
            if k >= len(items) or items[k].start >= hi or text[end : items[k].start].strip():
                continue
            while k + 1 < len(items) and items[k].kind in _AROUND_NAME and self.joined(k, k + 1):
                k += 1  # "được Tổng thống Trump": past his title
            kind = self._party_kind(k)
            if kind is None:
                continue
            doer = items[k]
            if start >= trigger.end:
                between = [t for t in acts if trigger.end <= t.start < start]
                if any(t not in contents for t in between):
                    continue
            elif doer.end > trigger.start or text[doer.end : trigger.start].strip():
                continue
            # the one it is done to: named before the passive word, not inside its content
            upto = min([start] + [t.start for t in contents if t.start > trigger.start])
            before = [j for j in range(k) if lo <= items[j].start and items[j].end <= upto]
            receiver = next((j for j in reversed(before) if self._party_kind(j)), None)
            patients = () if receiver is None else (items[receiver].ids[0],)
            patient_kind = "" if receiver is None else self._party_kind(receiver) or ""
            name = doer.ids[0]
            return Predication(
                trigger.target,
                trigger.start,
                trigger.end,
                name,
                patients,
                kind,
                patient_kind,
                agents=(name,),
                passive=True,
            )
        return None

    def _invited_by_passive(self, trigger: Cue) -> tuple[str, str] | None:
        """Who does the act of `trigger` where it follows, with no other act or break between,
        a passive verb whose party does the act after it (`controllers` in
        factdb/lexicon/<lang>/synonyms.yaml) and that names who does it: the one it is done to
        ("Orbán was invited by Lam to attend": Orbán attends), and his kind."""
        acts = [t for t in self.parsed.triggers if t.kind in ("trigger", "antonym")]
        head = self._content_of(trigger, acts)
        if head is None:
            return None
        passive = self._passive(head)
        if passive is None or not passive.patients:
            return None
        return passive.patients[0], passive.patient_kind

    def _content_of(self, trigger: Cue, acts: list[Cue]) -> Cue | None:
        """The act whose content `trigger` is: the act right before it in its clause, with no
        other act between, where that act's party does the act after it (`controllers` in
        factdb/lexicon/<lang>/synonyms.yaml: "invited ... to visit")."""
        controllers = load_lexicon(self.parsed.lang, "synonyms").get("controllers") or []
        before = [t for t in acts if t.end <= trigger.start]
        if not before or before[-1].target not in controllers:
            return None
        head = before[-1]
        return None if set(self.text[head.end : trigger.start]) & BREAKS else head

    def _own_content_head(self, trigger: Cue) -> Cue | None:
        """The act right before `trigger` in its clause whose own doer does the act that follows
        it (`own_contents` in factdb/lexicon/<lang>/synonyms.yaml: "accepted Trump's invitation
        to join the Board", "nhận lời mời của Tổng thống Trump tham gia ...": the one who accepts
        joins), no break between."""
        owners = load_lexicon(self.parsed.lang, "synonyms").get("own_contents") or []
        before = [t for t in self.parsed.triggers if t.kind == "trigger" and t.end <= trigger.start]
        if not before:
            return None
        last = max(t.end for t in before)
        head = next((t for t in before if t.end == last and t.target in owners), None)
        return None if head is None or set(self.text[last : trigger.start]) & BREAKS else head

    def _party_kind(self, k: int) -> str | None:
        """PERSON or "place" for item k as a party of an act (a country only standing alone,
        not inside a title), else None."""
        if self.items[k].kind == PERSON:
            return PERSON
        if self.items[k].kind == "place" and self._bare_place(k):
            return "place"
        return None

    def _passive_near(self, start: int, end: int) -> bool:
        """Whether a passive word the parse read (`passives`) stands among the words read
        before a verb, from `start`, or in the two right after it, from `end` ("was received
        by To Lam", "Việt Nam được mời"; not the "Bí" of "chúc mừng Tổng Bí thư")."""
        later = [s for _, s, _ in self.parsed.tokens.words() if s >= end][:2]
        return any(start <= s < end or s in later for s, _ in self.parsed.passives)

    def _controlled(self, first: int) -> bool:
        """Whether the names from item `first` stand right after a verb whose party does the act
        that follows ("Tô Lâm mời Tổng thống Trump dự họp": Trump would attend, not Tô Lâm;
        `controllers` in factdb/lexicon/<lang>/synonyms.yaml): they are its agent."""
        controllers = load_lexicon(self.parsed.lang, "synonyms").get("controllers") or []
        start = self.items[first].start
        return any(
            t.target in controllers and t.end <= start and not self.text[t.end : start].strip()
            for t in self.parsed.triggers
        )

    def _opens_clause(self, first: int, after_saying: bool = True) -> bool:
        """Whether item `first` opens its clause: nothing but dates stands between it and the
        start of the statement or the last break before it ("On 19 February To Lam ...", or
        the time of writing: "To date Hanoi has ...", "Đến nay Việt Nam ..."), or the people it
        qualifies ("Lãnh đạo Mỹ gặp ...", "Các quan chức Mỹ ...": the US's people do it, as in
        "US officials met ..."), or, with `after_saying`, stands right after a verb of saying
        (_after_saying)."""
        start = self.items[first].start
        if after_saying and self._after_saying(start):
            return True
        opening = max(self.text.rfind(c, 0, start) for c in BREAKS) + 1
        read = [(d.start, d.end) for d in self.parsed.dates]
        read += phrases_at(self.parsed, "fillers", "present_openers")
        read += [(n.start, n.end) for n in self.parsed.people]
        return all(
            within(ws, we, read)
            for _, ws, we in self.parsed.tokens.words()
            if opening <= ws and we <= start
        )

    def _after_saying(self, start: int) -> bool:
        """Whether a verb of saying (stance.BROADER) ends right before `start`, with at most a
        word of `said_openers` (lexicon/<lang>/stances.yaml) between: "Orbán said Vietnam
        would ...", "ông Daines cho biết Việt Nam sẽ ...". The name there opens the words
        said, and does what they say; after a verb whose object is its listener ("told Lam",
        `told_whom`), it is the listener."""
        lang = self.parsed.lang
        openers = set(phrase_keys("stances", "said_openers", (lang,)))
        listeners = set(phrase_keys("stances", "told_whom", (lang,)))
        return any(
            kind in BROADER
            and word_keys(self.text[begin:end]) not in listeners
            and end <= start
            and (not (gap := word_keys(self.text[end:start])) or gap in openers)
            and not set(self.text[end:start]) & BREAKS
            for kind, begin, end in stance_cues(self.text, self.parsed.tokens)
        )

    def _named_list_before(self, j: int) -> tuple[tuple[str, ...], int]:
        """The names listed up to item j, the nearest first, and the index of the first item
        of the list (its first name's title included): "Tokayev, Mirziyoyev và Aliyev bày tỏ
        ...", "Vietnam and Pakistan agreed ...": persons, or places standing alone, as item j
        is. A comma alone does not make a list ("Gặp Thủ tướng Pashinyan, Tổng Bí thư Tô Lâm
        chúc mừng ...": the name before the comma is another clause's). One word naming both
        sides ("Hai bên", factdb.check.persons) lists each."""
        items = self.items
        found = [items[j].id]
        joined = False
        k = j
        while True:
            if k >= 1 and (items[k - 1].start, items[k - 1].end) == (items[k].start, items[k].end):
                k -= 1  # another side named by the same word
                found.append(items[k].id)
                continue
            i = k - 1
            while (
                i >= 0
                and (
                    items[i].kind in (ROLE, "title_filler")
                    or (items[i].kind == "place" and not self._bare_place(i))
                )
                and self.joined(i, i + 1)
                and not self._owns_next(i)
            ):
                i -= 1  # the title of name k
            if i >= 1 and items[i].kind == "list_joiner" and self._listed_as(i - 1, j):
                joined, k = True, i - 1
            elif (
                joined
                and i >= 0
                and self._listed_as(i, j)
                and "," in self.text[items[i].end : items[i + 1].start]
            ):
                k = i
            else:
                return tuple(found), i + 1
            found.append(items[k].id)

    def _owns_next(self, i: int) -> bool:
        """Whether title item i is a possessive owner of what follows ("the party chief's
        Cambodia visit", "the president's Board of Peace trip"): its holder's act or thing, so
        the name after it is no name of his, and does not do the act (a place's own title,
        "Hungary's Orbán", is a place, not a title)."""
        item = self.items[i]
        return item.kind == ROLE and self.text[item.end :].startswith(POSSESSIVES)

    def opening(self, opens: int, before: int) -> tuple[tuple[str, ...], str] | None:
        """The names listed at the opening of the clause that starts at `opens` (dates and
        titles before them at most), ending before `before`, as a verb's agents, with their
        kind (person or place); None when no name opens it."""
        items = self.items
        found = None
        for j, item in enumerate(items):
            if not opens <= item.start or item.end > before:
                continue
            if item.kind != PERSON and not (item.kind == "place" and self._bare_place(j)):
                continue
            agents, first = self._named_list_before(j)
            # the clause's own opening, not the words a speaker in it is given
            if items[first].start >= opens and self._opens_clause(first, after_saying=False):
                found = (agents, PERSON if item.kind == PERSON else "place")
        return found

    def _listed_as(self, i: int, j: int) -> bool:
        """Whether item i may be listed with name j: a person with a person, a place standing
        alone with a place standing alone."""
        kind = self.items[j].kind
        return self.items[i].kind == kind and (kind == PERSON or self._bare_place(i))

    def _named_list(self, k: int) -> tuple[str, ...]:
        """The names listed from item k on, each past its own title: "Tokayev and the Vietnamese
        community", "President A, Prime Minister B and C"."""
        items = self.items
        found: list[str] = []
        joined = False  # "A, B and C" is a list; "Hegseth, ông Tô Lâm chuyển ..." a new clause
        while k < len(items):
            while (
                k + 1 < len(items)
                and (
                    items[k].kind in (ROLE, "title_filler", "plural_marker")
                    or (items[k].kind == "place" and not self._bare_place(k))
                )
                and self.joined(k, k + 1)
            ):
                k += 1  # the title before the next name
            if found and (kin := self._kin_at(k)) is not None:
                # "Trump, his wife and Hegseth", "Trump, Phu nhân và ông Hegseth": one known by
                # his relation to a name is a member of the list, whom the claims weigh apart
                # (accounting.added_parties), and the names after it are listed still
                k = kin
            elif items[k].kind not in (PERSON, "place"):
                break
            else:
                found.append(items[k].id)
            nxt = k + 1
            if nxt < len(items) and items[nxt].kind == "list_joiner":
                nxt += 1
                joined = True
            elif not (nxt < len(items) and "," in self.text[items[k].end : items[nxt].start]):
                break
            k = nxt
        return tuple(found) if joined else tuple(found[:1])

    def _kin_at(self, k: int) -> int | None:
        """The index of the relation noun that item k opens, a word before it at most ("his
        wife", "Phu nhân"), or None."""
        items = self.items
        for j in (k, k + 1):
            if j < len(items) and items[j].kind == "relation":
                return j
            if j + 1 >= len(items) or items[j].kind != "word" or not self.joined(j, j + 1):
                return None
        return None

    def _bare_place(self, j: int) -> bool:
        """Whether place item j stands alone, not inside a title ("Hungarian Prime Minister").
        The first of the countries a plural title is said of is an item of their list ("Các
        Tổng thống Indonesia, Uzbekistan và Kazakhstan": each its president), as it is after a
        filler ("the presidents of Indonesia, ...")."""
        items = self.items
        if j - 1 in self.plurals and self.joined(j - 1, j) and len(_places_from(self, j)) > 1:
            return True
        return not any(
            0 <= k < len(items) and items[k].kind == ROLE and self.joined(min(j, k), max(j, k))
            for k in (j - 1, j + 1)
        )

    def _joined_to(
        self, t: _Title, titles: dict[int, _Title], listed: bool = False
    ) -> _Title | None:
        """The next title, where a title joiner joins `t` to it (`title_joiners` in the
        statement lexicon: "and", "kiêm"), or with `listed` a list joiner too ("và": two titles
        of one holder already named); a copula may repeat after the joiner ("served as
        president pro tempore and as chairman of ...")."""
        items = self.items
        joiners = self.vocab.title_joiners.get(self.parsed.lang, frozenset())
        if listed:
            joiners |= list_joiners(self.parsed.lang)
        nxt = next((j for j in sorted(titles) if titles[j].first > t.last), None)
        if nxt is None:
            return None
        other = titles[nxt]
        start = items[t.last].end
        gap = self.text[start : items[other.first].start]
        if set(gap) & BREAKS:
            return None
        bare = gap  # the gap without its copulas ("and as"); "kiêm" is a copula and a joiner
        for k in range(other.first - 1, t.last, -1):
            if items[k].kind == "copula":
                bare = bare[: items[k].start - start] + bare[items[k].end - start :]
        return other if {word_keys(gap), word_keys(bare)} & joiners else None

    def _chain(self, t: _Title, titles: dict[int, _Title]) -> list[_Title]:
        """`t` and the titles joined after it, one by one: "former president pro tempore of the
        Senate and chairman of its Appropriations Committee". Their holder is named before
        them, or set off after them, so a list's joiner joins them too ("từng là A và B")."""
        chain = [t]
        while (
            other := self._joined_to(chain[-1], titles, True)
        ) is not None and other not in chain:
            chain.append(other)
        return chain

    def _combined(self, t: _Title, titles: dict[int, _Title]) -> tuple[_Title, int] | None:
        """The next title and the person both are given to, where `t` is joined to that title
        by a title joiner ("Deputy Prime Minister and Foreign Minister Petr Macinka", "Phó Thủ
        tướng kiêm Bộ trưởng Ngoại giao Séc Petr Macinka"; `title_joiners` in the statement
        lexicon), or None. A title with an article or a filler stands for its own holder ("met
        the prime minister and President Trump", "Hungary's prime minister and President
        Trump"), so neither title may hold one."""
        items = self.items
        other = self._joined_to(t, titles)
        if other is None:
            return None
        if any(
            items[k].kind == "title_filler"
            for k in (*range(t.first, t.last + 1), *range(other.first, other.last + 1))
        ):
            return None
        after = other.last + 1
        if after < len(items) and items[after].kind == PERSON and self.joined(other.last, after):
            return other, after
        chained = self._combined(other, titles)  # "A kiêm B kiêm C Name"
        return (other, chained[1]) if chained is not None else None

    def _hearsay(self, k: int) -> int | None:
        """The item before hearsay words ending at item k ("reportedly", "according to
        reports", "được cho là"; `hearsay` in lexicon/<lang>/statements.yaml), where they
        stand between a subject and its copula, joined to both or set off from both by commas:
        they say who tells it, not when the office is held, so the copula's walk goes on past
        them to its tense word ("Leahy reportedly still chairs ...": still, now). None where no
        such words end at k."""
        items = self.items
        start = self._hearsays.get(items[k].end)
        if start is None:
            return None
        first = next((h for h in range(k, -1, -1) if items[h].start == start), None)
        if first is None or first == 0 or k + 1 >= len(items):
            return None
        if any(items[h].kind not in _HEARSAY_ITEMS for h in range(first, k + 1)):
            return None
        if not all(self.joined(h, h + 1) for h in range(first, k)):
            return None
        joined = self.joined(first - 1, first) and self.joined(k, k + 1)
        commas = all(
            "," in self.text[items[a].end : items[a + 1].start] and self.set_off(a, a + 1)
            for a in (first - 1, k)
        )
        return first - 1 if joined or commas else None

    def _copula(
        self, t: _Title, ends: dict[int, _Title], closed: bool = True, verb: str | None = None
    ) -> Assertion | None:
        """'<subject> [not] [currently] is [the] <title>': the words between the subject and the
        title must all be copulas, tense words, negation or modal words, one copula at least.
        `closed`: the titles joined from `t` on end the phrase, as an aside's must. `verb`: the
        tense of a seat's verb that `t` stands for (_seats), read as an office verb's."""
        items = self.items
        k = t.first - 1
        seen: set[str] = set()
        tense, polarity, modality = t.tense, "affirmed", "fact"
        # An office written as a verb says when it is held as a copula does ("Leahy chairs ..."),
        # and stands for one: it is read right after its subject, unless a tense word says more.
        copula_tense = self._verb_tense(t) if verb is None else verb
        linked = False  # item k is next to the item after it in the walk
        across = False  # ... or reached over hearsay words (_hearsay)
        while k >= 0:
            if (before := self._hearsay(k)) is not None:
                k, across = before, True
                continue
            linked = across or self.joined(k, k + 1)
            if not linked:
                break
            across = False
            kind = items[k].kind
            if kind in ("copula", "negated_copula") and items[k].ids[0] in OFFICE_TENSES:
                copula_tense = items[k].ids[0]  # "was": past, unless a tense word says more
            if kind in OFFICE_TENSES:
                tense = kind if tense == "unmarked" else tense
            elif kind in ("negation", "negated_copula"):
                polarity = "denied"
                kind = "copula" if kind == "negated_copula" else kind
            elif kind in MOODS:
                modality = kind
            elif kind not in ("copula", "title_filler"):
                break
            seen.add(kind)
            k -= 1
        # "Leahy currently chairs ...": a tense word before an office used as a verb is enough.
        tensed = seen & set(OFFICE_TENSES) or t.tense != "unmarked" or copula_tense != "unmarked"
        tense = copula_tense if tense == "unmarked" else tense
        # "Orbán, serving as Hungary's president, met Lam", "Ông Orbán, với cương vị Tổng thống
        # Hungary, ...": a copula opening an aside after a name says the title of that name
        # ... and "Ông Leahy (hiện là Thượng nghị sĩ)": its tense word may come first
        opening = items[k + 1].kind
        aside = (
            k >= 0
            and self.set_off(k, k + 1)
            and (opening == "copula" or (opening in OFFICE_TENSES and "copula" in seen))
        )
        if not ("copula" in seen or tensed) or k < 0 or not (linked or aside):
            return None
        # ... and ends with the title, as an apposition does: "Orbán, as president of the
        # Danube summit, ..." chairs a gathering the base does not know, no country's office
        if aside and (items[k].kind != PERSON or not closed):
            return None
        # an aside's copula ("Tokayev, người từng là ...") is a clause of its own, as a relative
        # clause is
        form = "clause" if aside else "copula"
        if items[k].kind == "relative_pronoun" and k > 0 and self.set_off(k - 1, k):
            # "Leahy, who currently serves as senator", "Leahy, người đang là Thượng nghị sĩ":
            # the clause says it of the name it follows
            k -= 1
            form = "clause"
        elif (
            items[k].kind != PERSON
            and k not in ends
            and closed
            and (tensed or items[k].kind == "relative_pronoun")
            and (named := self.apposed(k)) is not None
        ):
            # "Leahy, a Democrat who now chairs ...", "Ông Leahy, người bạn thân thiết của Việt
            # Nam hiện giữ chức ...": an office said in an apposition whose head is no title is
            # said of the name it follows, as a relative clause right after the name is
            k = named
            form = "clause"
        subject = items[k]
        if subject.kind == PERSON:
            text, start, end = self.span(k, t.last)
            return Assertion(
                "office",
                text,
                start,
                end,
                subject.id,
                t.role,
                t.place,
                None,
                tense,
                polarity,
                modality,
                form,
            )
        described = ends.get(k)
        if described is not None and not self._compared(items[described.first].start):
            text, start, end = self.span(described.first, t.last)
            return Assertion(
                "office",
                text,
                start,
                end,
                None,
                t.role,
                t.place,
                (described.role, described.place),
                tense,
                polarity,
                modality,
                "copula",
            )
        return None

    def _compared(self, start: int) -> bool:
        """Whether the title at `start` opens a comparison ("as many presidents as prime
        ministers": `comparisons` in lexicon/<lang>/statements.yaml), whose second "as" is
        no copula: it says how many of each, not that one office is the other."""
        before = self.parsed.text[:start].rstrip()
        return any(
            end == len(before) for _, end in phrases_at(self.parsed, "statements", "comparisons")
        )


@dataclass(frozen=True)
class Predication:
    """A predicate's trigger with the parties the statement binds to it: `agent`, the name
    just before the verb in its clause ("Tổng Bí thư Tô Lâm chúc mừng ..."), and `patients`,
    the names right after it, their titles skipped ("chúc mừng Thủ tướng Orbán",
    "congratulated Hungarian Prime Minister Orbán, Kazakh President Tokayev"), or people it
    does not name ("met foreign leaders": `patient_kind` people, no patients). A slot the
    words do not fill plainly is None or empty: the judge then binds nothing there."""

    predicate: str
    start: int
    end: int
    agent: str | None
    patients: tuple[str, ...]
    agent_kind: str = ""  # person | place | people (unnamed: "the leaders congratulated")
    # person | place: the kind of the first name after the verb (a list's others are read by
    # their own type); people: people it does not name ("met foreign leaders")
    patient_kind: str = ""
    # Every name of a list before the verb ("Tokayev, Mirziyoyev và Aliyev"), `agent` first.
    agents: tuple[str, ...] = ()
    # The noun of unnamed people who do it (agent_kind people): "Cả chín nhà lãnh đạo".
    doers: Cue | None = None
    # The noun of unnamed people it reaches (patient_kind people): "the foreign leaders".
    group: Cue | None = None
    # The agent is named after the act's noun ("theo lời mời của Trump") or after the fronted
    # clause it opens ("Receiving Hegseth, Lam ..."): the order of the names then says nothing
    # of who did it (see _given_by, _fronted).
    given: bool = False
    # The agent is named right after a passive word in the verb's clause ("was sent to Lam by
    # Trump", "được Tổng thống Trump mời"): the names before the verb receive the act.
    passive: bool = False

    def to_dict(self) -> dict[str, Any]:
        people = self.doers.text if self.doers is not None else None
        return {
            "predicate": self.predicate,
            "agents": list(self.agents) or ([f"({people})"] if people else []),
            "after": list(self.patients) or (["(people)"] if self.patient_kind == PEOPLE else []),
        }


@cache
def _manners() -> frozenset[tuple[str, ...]]:
    """The words that say how an encounter was held (`modes` in lexicon/<lang>/occasions.yaml),
    which may stand between the verb and whom it binds ("gặp trực tiếp Thượng nghị sĩ Daines":
    Daines is met, in person)."""
    return frozenset(
        phrase
        for lang in LANGUAGES
        for key in load_lexicon(lang, "occasions").get("modes") or {}
        for phrase in phrase_keys("occasions", "modes", (lang,), key)
    )


# What may stand between a bound name and its verb: a title around the name ("Prime Minister
# Orbán", "Hungarian Prime Minister Orbán"), tense, mood and denial words, a list's joiners.
_AROUND_NAME = frozenset({ROLE, "place", "title_filler", "plural_marker", *OFFICE_TENSES})
_BEFORE_VERB = frozenset({"negation", "negated_copula", *MOODS, *OFFICE_TENSES})
# Plain words between an agent and its verb: auxiliaries and the verb of a noun trigger ("Ông
# Hegseth đã ký thỏa thuận", "Lam has sent congratulations"); more is another clause.
AGENT_REACH = 3


# The last statement read: one judgement asks for its assertions, bare titles, affiliations
# and distributed lists in turn, all from the same reading.
_last: tuple[ParsedStatement, Vocabulary, _Reader] | None = None


def _reader(parsed: ParsedStatement, vocab: Vocabulary) -> _Reader:
    """The statement's reading, made once for the statement (`parsed` is not changed once
    parsed)."""
    global _last
    last = _last
    if last is None or last[0] is not parsed or last[1] is not vocab:
        last = _last = (parsed, vocab, _Reader(parsed, vocab))
    return last[2]


def affiliations(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[str, str]]:
    """(person, place) for each country said of a name with no title between ("Indonesia's
    Prabowo", "Azerbaijan's Aliyev"), or body a name is said to own ("Trump's Board of
    Peace", "Hội đồng Hòa bình của ông Trump"): where the person acts, borne out by an office
    held there."""
    reader = _reader(parsed, vocab)
    items = reader.items
    found = []
    for i, item in enumerate(items):
        k = i + 1
        while k < len(items) and items[k].kind == "title_filler" and reader.joined(k - 1, k):
            k += 1
        if k >= len(items) or not reader.joined(k - 1, k):
            continue
        other = items[k]
        info = vocab.entities.get(item.id) if item.kind in ("place", "entity") else None
        kind = info.type if info is not None else ""
        # "Hội đồng Hòa bình của Tổng thống Trump", "phiên họp đầu tiên của Hội đồng Hòa bình
        # của ông Trump": a body, or an event whose name holds one, said to be someone's, who
        # may carry his titles
        owner = k
        while (
            kind in (*JURISDICTIONS, EVENT)
            and items[owner].kind == ROLE
            and owner + 1 < len(items)
            and reader.joined(owner, owner + 1)
        ):
            owner += 1
        if item.kind == "place" and other.kind == PERSON and kind in COUNTRIES:
            found.append((other.id, item.id))
        elif kind in (*JURISDICTIONS, EVENT) and items[owner].kind == PERSON and k > i + 1:
            found.append((items[owner].id, item.id))  # "Hội đồng Hòa bình của ông Trump"
        elif (
            item.kind == PERSON
            and other.kind == "place"
            # "Trump's Board of Peace": the possessive, a filler, or bare inside an event's name
            and (k > i + 1 or reader.text[item.end : other.start].strip() in POSSESSIVES)
        ):
            found.append((item.id, other.id))  # "Trump's Board of Peace"
    return found


@dataclass(frozen=True)
class BareTitle:
    """A title that stands for its holder, with no name given ("Tổng Bí thư gặp 9 lãnh đạo",
    "Thủ tướng Hungary thông báo ..."): `office` of `jurisdiction` (None when unsaid)."""

    start: int  # the role mention's span
    end: int
    office: str
    jurisdiction: str | None
    tense: str
    after: int  # where the title ends, its place included ("Thủ tướng Hungary")


def bare_titles(parsed: ParsedStatement, vocab: Vocabulary) -> list[BareTitle]:
    """The singular titles of the statement that no assertion gives to a name."""
    if not any(len(m.ids) == 1 and m.ids[0] in vocab.entities for m in parsed.entities):
        return []
    reader = _reader(parsed, vocab)
    assertions = reader.read()
    # A plural title's span runs to its last name, over the clause between ("Bốn thủ tướng mà
    # Tổng Bí thư gặp ... gồm Orbán và Hun Manet"), whose own bare title is another's.
    said = [(a.start, a.end) for a in assertions if a.form != "list"]
    listed = {a.start for a in assertions if a.form == "list"}
    found = []
    for i, item in enumerate(reader.items):
        if item.kind != ROLE or i in reader.plurals:
            continue  # "the presidents", "Leahy chaired ...": no one holder
        if within(item.start, item.end, said) or item.start in listed:
            continue
        t = reader.title(i)
        if indefinite(parsed, item.start) or any(
            q.end <= item.start and not parsed.text[q.end : item.start].strip()
            for q in parsed.quantities
        ):
            continue  # "a deputy prime minister", "1 phó thủ tướng": someone, not the holder
        before = t.first - 1
        if before >= 0 and reader.items[before].kind == PERSON and reader.joined(before, t.first):
            continue  # "Leahy chaired the committee": said of the name before it
        after = reader.items[t.last].end
        found.append(BareTitle(item.start, item.end, item.id, t.place, t.tense, after))
    return found


def offices_of_places(
    parsed: ParsedStatement, vocab: Vocabulary
) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """(office, tense, places) for a title said of a list of places ("the presidents of
    Indonesia, Kazakhstan and Azerbaijan", "Thủ tướng các nước Campuchia, Armenia và Pakistan"),
    or a plural title after one ("Kazakhstan, Uzbekistan and Azerbaijan's presidents"): each
    place's holder of that office in the title's tense ("cựu Thủ tướng Hungary và Campuchia":
    the former ones), as (start, end, place) of each place's mention."""
    if not any(len(m.ids) == 1 and m.ids[0] in vocab.entities for m in parsed.entities):
        return []
    reader = _reader(parsed, vocab)
    items = reader.items
    found = []
    for i, item in enumerate(items):
        if item.kind != ROLE:
            continue
        tense = reader.title(i).tense
        if i in reader.plurals and len(before := _places_before(reader, i)) > 1:
            found.append((item.id, tense, before))
            continue
        if i in reader.plurals and len(past := reader.places_listed(reader.title(i))) > 1:
            # "the presidents Lam met included those of A and B"
            found.append((item.id, tense, past))
            continue
        k = i + 1
        while k < len(items) and items[k].kind in ("title_filler", "plural_marker"):
            if not reader.joined(k - 1, k):
                break
            k += 1
        if k < len(items) and (k == i + 1 or reader.joined(k - 1, k)):
            places = _places_from(reader, k)
            if len(places) > 1:
                found.append((item.id, tense, places))
    return found


def _places_from(reader: _Reader, k: int, countries: bool = True) -> list[tuple[int, int, str]]:
    """The countries listed from item k on, each set off by a comma or a list joiner; with
    `countries` false, the other places (bodies: committees) instead."""
    items = reader.items
    places: list[tuple[int, int, str]] = []
    while k < len(items) and items[k].kind == "place":
        place = items[k]
        if (reader.vocab.entities[place.id].type in COUNTRIES) != countries:
            break
        places.append((place.start, place.end, place.id))
        nxt = k + 1
        if nxt < len(items) and items[nxt].kind == "list_joiner":
            nxt += 1
        elif not (nxt < len(items) and "," in reader.text[place.end : items[nxt].start]):
            break
        k = nxt
    return places


def _places_before(reader: _Reader, i: int) -> list[tuple[int, int, str]]:
    """The countries listed right before the title at item i, in text order, its fillers
    between ("Kazakhstan, Uzbekistan and Azerbaijan's presidents"): the list's last item is
    joined to the title, and each earlier one set off by a comma or a list joiner."""
    items = reader.items
    k = i - 1
    while k >= 0 and items[k].kind == "title_filler" and reader.joined(k, k + 1):
        k -= 1
    places: list[tuple[int, int, str]] = []
    if k < 0 or not reader.joined(k, k + 1):
        return places
    while k >= 0 and items[k].kind == "place":
        place = items[k]
        if reader.vocab.entities[place.id].type not in COUNTRIES:
            break
        places.append((place.start, place.end, place.id))
        k -= 1
        if k >= 0 and items[k].kind == "list_joiner":
            k -= 1
        elif not (k >= 0 and "," in reader.text[items[k].end : place.start]):
            break
    return places[::-1]


def distributed(
    parsed: ParsedStatement, vocab: Vocabulary
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, persons) for each span said of every name of a list before it: what follows
    a distributive word ("Daines and Hagerty, both members of ...", "Daines và Hagerty đều là
    ..."), to the end, or an apposition set off by a comma right after the list, to the next
    comma ("Daines and Hagerty, members of the Foreign Relations and Appropriations
    committees, spoke ...", "Ông Daines và ông Hagerty, thành viên Ủy ban ..."): a plural noun
    put to two names names what each of them is."""
    items = _reader(parsed, vocab).items
    text = parsed.text
    found = []
    for k, item in enumerate(items):
        appended = item.kind == PERSON and _apposition(parsed, item.end)
        if item.kind != "distributive" and not appended:
            continue
        persons = []
        j = k if appended else k - 1
        while j >= 0 and items[j].kind in (PERSON, "list_joiner"):
            if items[j].kind == PERSON:
                persons.append(items[j].id)
            j -= 1
        if len(persons) < 2:
            continue
        if not appended:
            found.append((item.start, len(text), tuple(reversed(persons))))
            continue
        start = text.index(",", item.end) + 1
        close = text.find(",", start)
        found.append((start, close if close >= 0 else len(text), tuple(reversed(persons))))
    return found


def respective(
    parsed: ParsedStatement, vocab: Vocabulary
) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """(start, end, persons, bodies) for each list of bodies that a word of `respectives`
    (lexicon/<lang>/statements.yaml) right before it, past its copula, fillers and noun, or
    right after it past its noun, pairs with as many names listed before the bodies, each with
    the body in its own position:
    "Daines and Hagerty, respectively members of the Appropriations and Foreign Relations
    committees" (Daines of Appropriations, Hagerty of Foreign Relations), "Ông Daines và ông
    Hagerty lần lượt là thành viên Ủy ban Chuẩn chi và Ủy ban Đối ngoại". The span runs from
    the last name to the last body. Offices of countries are _Reader._respective's."""
    reader = _reader(parsed, vocab)
    items = reader.items
    found = []
    for r, mark in enumerate(items):
        if mark.kind != "respective":
            continue
        k = r + 1
        between = ("title_filler", "copula", "word")
        while k < len(items) and items[k].kind in between and reader.joined(k - 1, k):
            k += 1
        bodies = _places_from(reader, k, countries=False)
        if len(bodies) < 2:
            # or right before it, past its noun ("of the A and B committees respectively")
            k = r - 1
            while k > 0 and items[k].kind == "word" and reader.joined(k, k + 1):
                k -= 1
            last = items[k].end if k >= 0 and items[k].kind == "place" else None
            while k > 0 and items[k - 1].kind in ("place", "list_joiner"):
                k -= 1
            bodies = _places_from(reader, k, countries=False) if last is not None else []
            bodies = bodies if bodies and bodies[-1][1] == last else []
        persons = reader._persons_before(k, len(bodies)) if len(bodies) > 1 else []
        if persons:
            ids = tuple(items[p].id for p in persons)
            found.append((items[persons[-1]].end, bodies[-1][1], ids, tuple(b[2] for b in bodies)))
    return found


def _apposition(parsed: ParsedStatement, at: int) -> bool:
    """Whether a comma right after `at` opens a noun phrase a trigger heads ("members of")."""
    rest = parsed.text[at:]
    if not rest.lstrip().startswith(","):
        return False
    opens = at + rest.index(",") + 1
    opens += len(parsed.text[opens:]) - len(parsed.text[opens:].lstrip())
    return any(t.start == opens for t in parsed.triggers)


def indefinite(parsed: ParsedStatement, start: int) -> bool:
    """Whether the words right before `start` are an indefinite article of the statement's
    language (`indefinite_articles` in factdb/lexicon/<lang>/statements.yaml). Read from the
    statement's own tokens: word_keys keeps lexicon phrases, which a slice of the statement
    would push out of its cache."""
    before = tuple(key for key, _, end in parsed.tokens.words() if end <= start)
    return any(
        before[-len(key) :] == key
        for key in phrase_keys("statements", "indefinite_articles", (parsed.lang,))
        if key
    )


def any_holder(parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether a word of `any_words` (factdb/lexicon/<lang>/statements.yaml) stands right
    before `start` or right after `end`: "any US senator", "thượng nghị sĩ Mỹ nào" name any
    holder of the office, as an indefinite article does (`indefinite`). A name right after the
    office (its country: "thượng nghị sĩ Mỹ nào") is the office's."""
    for m in sorted(parsed.entities, key=lambda m: m.start):
        if m.start >= end and not parsed.text[end : m.start].strip():
            end = m.end
    words = parsed.tokens.words()
    before = tuple(key for key, _, e in words if e <= start)
    after = tuple(key for key, s, _ in words if s >= end)
    lang = (parsed.lang,)
    return any(
        before[-len(key) :] == key
        for key in phrase_keys("statements", "any_words", lang, sub="before")
        if key
    ) or any(
        after[: len(key)] == key
        for key in phrase_keys("statements", "any_words", lang, sub="after")
        if key
    )


def definite_group(parsed: ParsedStatement, noun: Cue | Mention) -> bool:
    """Whether a noun of people, or a plural title (assess.title_holders), singles out a
    group, the one the sources report rather than some such people: a word of its language's
    `definite_groups` (factdb/lexicon/<lang>/statements.yaml) inside it ("lãnh đạo các nước",
    "các nhà lãnh đạo") or right before it, a count between at most ("the foreign leaders",
    "all the nine leaders", "cả chín nhà lãnh đạo", "the two senators"). A bare plural ("met
    foreign leaders") may be others."""
    counts = [(q.start, q.end) for q in parsed.quantities]
    words = [
        (key, start)
        for key, start, end in parsed.tokens.words()
        if end <= noun.end and not any(s <= start and end <= e for s, e in counts)
    ]
    inside = tuple(key for key, start in words if start >= noun.start)
    before = tuple(key for key, start in words if start < noun.start)
    return any(
        before[-len(key) :] == key
        or any(inside[i : i + len(key)] == key for i in range(len(inside)))
        for key in phrase_keys("statements", "definite_groups", (parsed.lang,))
        if key
    )


def decompose(parsed: ParsedStatement, vocab: Vocabulary) -> list[Assertion]:
    """The office assertions of a parsed statement, in text order."""
    if not any(len(m.ids) == 1 and m.ids[0] in vocab.entities for m in parsed.entities):
        return []
    found = _reader(parsed, vocab).read()
    if parsed.denied_clause is None:
        return found
    # "It is false that Lam is the prime minister", "Không có chuyện Tô Lâm là Thủ tướng": the
    # frame denies the office its clause's copula gives (denials.denial_frame), not the titles
    # the clause only names its people by
    start, end = parsed.denied_clause
    turned = {"affirmed": "denied", "denied": "affirmed"}
    return [
        replace(a, polarity=turned[a.polarity])
        if a.form == "copula" and start <= a.start < end
        else a
        for a in found
    ]


def counterparts(parsed: ParsedStatement, vocab: Vocabulary) -> list[Counterpart]:
    """The names a counterpart word gives another's office (_Reader.counterparts)."""
    if not any(c.kind == "counterpart" for c in parsed.grammar):
        return []
    return _reader(parsed, vocab).counterparts()


def unknown_holders(parsed: ParsedStatement, vocab: Vocabulary) -> list[Assertion]:
    """The single titles given to names the claim base does not know (_Reader.unknown_holders)."""
    if not parsed.unknown_names and not parsed.name_runs and not parsed.loose_words:
        return []
    return _reader(parsed, vocab).unknown_holders()


def content_pairs(
    parsed: ParsedStatement, vocab: Vocabulary, owned: bool = True
) -> list[tuple[Cue, Cue]]:
    """Each act the statement gives as another's content, with that other act (its head): one
    whose party does it ("invited Trump to visit", "congratulated Lam on his re-election",
    _Reader._content_of) or, if `owned`, whose own doer does it ("accepted Trump's invitation
    to join the Board", _Reader._own_content_head); not one joined to it as an act of its own
    by a list joiner right before its verb ("congratulated Lam and met Orbán", "và gặp")."""
    reader = _reader(parsed, vocab)
    acts = [t for t in parsed.triggers if t.kind in ("trigger", "antonym")]
    joiners = list_joiners(parsed.lang)
    pairs = []
    for t in acts:
        head = reader._content_of(t, acts)
        if head is None and owned:
            head = reader._own_content_head(t)
        if head is None:
            continue
        before = word_keys(parsed.text[: t.start])
        if not any(before[len(before) - len(j) :] == j for j in joiners):
            pairs.append((head, t))
    return pairs


def contents(parsed: ParsedStatement, vocab: Vocabulary) -> frozenset[str]:
    """The acts the statement gives as the content of an act whose party does it (content_pairs:
    "congratulated Lam on his re-election", "chúc mừng Tổng Bí thư tái đắc cử", "invited Trump
    to visit"). What sets the head act on an occasion does not set its content there."""
    return frozenset(t.target for _, t in content_pairs(parsed, vocab, owned=False))


def predications(parsed: ParsedStatement, vocab: Vocabulary) -> list[Predication]:
    """Each trigger of the statement with the parties bound to it, in text order. A passive
    verb ("was invited by") turns the slots round, so none is bound there."""
    if not parsed.triggers:
        return []
    reader = _reader(parsed, vocab)
    bound = [reader.bind(t) for t in parsed.triggers if t.kind in ("trigger", "antonym")]
    bound = _shared_object(parsed, _carried(parsed, reader, bound))
    bound = _relative_subject(parsed, vocab, _coordinated(parsed, reader, bound))
    return _owned_acts(parsed, vocab, _given_by(parsed, vocab, _fronted(parsed, reader, bound)))


def _owned_acts(
    parsed: ParsedStatement, vocab: Vocabulary, found: list[Predication]
) -> list[Predication]:
    """An act named by its noun with no doer bound, whose owners stand right before it as
    possessives ("Hegseth's visit", "Hegseth's and Greer's visits"; `done_by_possessive` in
    factdb/lexicon/<lang>/statements.yaml): the owners do it, each of the list, so each must
    be borne out by a claim of that act of his, not by another act's claim that names him
    ("welcomed Greer's visit" of Lâm's reception of Greer, where no source has Greer visit)."""
    owned = frozenset(load_lexicon(parsed.lang, "statements").get("done_by_possessive") or ())
    if not owned:
        return found
    text = parsed.text
    joiners = list_joiners(parsed.lang) | {()}
    people = sorted(
        (
            m
            for m in parsed.entities
            if m.ids
            and all(e in vocab.entities and vocab.entities[e].type == PERSON for e in m.ids)
        ),
        key=lambda m: m.start,
    )
    out = []
    for p in found:
        if p.predicate not in owned or p.agents:
            out.append(p)
            continue
        owners: list[str] = []
        at = p.start
        for m in reversed([m for m in people if m.end <= at]):
            between = text[m.end : at].strip()
            if not between.startswith(POSSESSIVES):
                break
            # what stands between this owner's "'s" and the next: nothing, a comma or a joiner
            rest = between[2:].strip(" ,")
            if owners and tuple(word_keys(rest)) not in joiners:
                break
            if not owners and rest:
                break
            owners.insert(0, m.ids[0])
            at = m.start
        if owners:
            p = replace(p, agent=owners[0], agents=tuple(owners), agent_kind=PERSON)
        out.append(p)
    return out


def subjects_of(
    parsed: ParsedStatement, vocab: Vocabulary, start: int, end: int
) -> tuple[str, ...]:
    """The people the statement's words from `start` to `end`, read as a verb, have for their
    subject, as a trigger's agents are read (the names that open its clause before it): "Hegseth"
    of an unread "conveyed" in "Hegseth conveyed Lam's invitation to Trump"."""
    verb = Cue("trigger", "", parsed.text[start:end], start, end)
    bound = _reader(parsed, vocab).bind(verb)
    return bound.agents if bound.agent_kind == PERSON and not bound.passive else ()


def _relative_subject(
    parsed: ParsedStatement, vocab: Vocabulary, found: list[Predication]
) -> list[Predication]:
    """A verb with no doer of its own right after a relative pronoun that follows a person's
    name and a comma ("Viktor Orbán met To Lam, who congratulated him", "gặp Thủ tướng Orbán,
    người chúc mừng ông"; `relative_pronouns`): the relative clause's subject is that person.
    One word at most (a tense's) may stand between the pronoun and the verb. The order of the
    names then says nothing of who did it (`given`): the one met first does it after him."""
    text = parsed.text
    relatives = [c for c in parsed.grammar if c.kind == "relative_pronoun"]
    if not relatives:
        return found
    out = []
    for p in found:
        c = next((c for c in reversed(relatives) if c.end <= p.start), None)
        if (
            c is None
            or p.agents
            or p.doers is not None
            or p.agent_kind
            or p.passive
            or len(text[c.end : p.start].split()) > 1
            or set(text[c.end : p.start]) & BREAKS
        ):
            out.append(p)
            continue
        before = text[: c.start].rstrip()
        name = next(
            (m for m in parsed.entities if before.endswith(",") and m.end == len(before) - 1),
            None,
        )
        person = name.ids[0] if name is not None and len(name.ids) == 1 else None
        info = vocab.entities.get(person) if person is not None else None
        if person is not None and info is not None and info.type == PERSON:
            p = replace(p, agent=person, agents=(person,), agent_kind=PERSON, given=True)
        out.append(p)
    return out


def _shared_object(parsed: ParsedStatement, found: list[Predication]) -> list[Predication]:
    """A verb that binds no one, followed by its manner at most and a corrective (`correctives`
    in lexicon/<lang>/statements.yaml), shares whom the act set beside it reaches ("không gặp
    trực tiếp mà chỉ điện đàm với ông Daines", "did not meet in person but only called
    Daines"): the names are said once, after the second verb, for both."""
    joiners = [c for c in parsed.grammar if c.kind == "corrective"]
    if not joiners:
        return found
    manners = _manners()
    words = parsed.tokens.words()
    out = list(found)
    for i, p in enumerate(found):
        if p.patients or p.patient_kind:
            continue
        joiner = next((c for c in joiners if c.start >= p.end), None)
        gap = tuple(w for w, s, e in words if p.end <= s and e <= (joiner.start if joiner else 0))
        if joiner is None or (gap and gap not in manners):
            continue
        if set(parsed.text[p.end : joiner.start]) & BREAKS:
            continue
        nxt = next((q for q in found[i + 1 :] if q.start >= joiner.end), None)
        if nxt is None or not nxt.patients or set(parsed.text[joiner.end : nxt.start]) & BREAKS:
            continue
        out[i] = replace(p, patients=nxt.patients, patient_kind=nxt.patient_kind)
    return out


def _carried(
    parsed: ParsedStatement, reader: _Reader, found: list[Predication]
) -> list[Predication]:
    """An act passed on by a go-between ("asked Hegseth to pass his regards to Trump":
    parse._read_go_betweens) is the asker's: an act after the phrase in its clause, or whose
    words run on from its verb of carrying ("nhờ ông Hegseth chuyển lời mời"), whose doers are
    only names inside the phrase is bound to the names before the asking instead."""
    out = []
    for p in found:
        g = next(
            (
                g
                for g in reversed(parsed.go_betweens)
                if g.start < p.start
                and g.end <= p.end
                and not set(parsed.text[g.end : p.start]) & BREAKS
            ),
            None,
        )
        inside = [(g.start, g.end)] if g is not None else []
        carriers = {e for m in parsed.entities if within(m.start, m.end, inside) for e in m.ids}
        if g is not None and p.agents and set(p.agents) <= carriers:
            asker = reader.bind(Cue("trigger", p.predicate, "", g.start, g.start))
            p = replace(p, agent=asker.agent, agents=asker.agents, agent_kind=asker.agent_kind)
        out.append(p)
    return out


def plural_holders(parsed: ParsedStatement, vocab: Vocabulary, start: int) -> int:
    """How many holders the title mentioned at `start` speaks of where it is plural ("cả hai
    thượng nghị sĩ", "both senators": two at least; "ba tổng thống": three); 0 where it is
    singular or no title is there."""
    reader = _reader(parsed, vocab)
    for i, item in enumerate(reader.items):
        if item.start == start and item.kind == ROLE:
            if i not in reader.plurals:
                return 0
            counted = [q.value for q, cue in parsed.counts if cue.start == start]
            return int(counted[0]) if counted else 2
    return 0


def _coordinated(
    parsed: ParsedStatement, reader: _Reader, found: list[Predication]
) -> list[Predication]:
    """A verb joined to what goes before it by "and", "và" with no doer of its own ("the
    leaders congratulated Lam and congratulated Vietnam ...", "Hai bên khẳng định ... và nhất
    trí ..."): it shares the subject of its sentence, the doers of the verb before it there,
    else the names that open the sentence. Not in a passive sentence, whose subject receives
    the act."""
    if parsed.passive:
        return found
    # after a verb whose party does what follows ("invited Lam to join the Board and attend
    # ..."), the joined verb is that party's, not the inviter's; but joined right after the
    # verb's object, with no content between ("Orbán congratulated To Lam and met Tokayev"), it
    # is the inviter's, as after any other verb
    controllers = load_lexicon(parsed.lang, "synonyms").get("controllers") or []
    text = parsed.text
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind == "list_joiner"]
    out: list[Predication] = []
    for p in found:
        at = next(
            ((s, e) for s, e in joiners if e <= p.start and not text[e : p.start].strip()), None
        )
        if at is not None and not p.agents and p.doers is None and not p.agent_kind:
            joined = at[1]
            opens = max(text.rfind(c, 0, joined) for c in SENTENCE_ENDS) + 1
            prior = [
                q
                for q in out
                if opens <= q.start and q.end < joined and (q.agents or q.doers is not None)
            ]
            opening = None if prior else reader.opening(opens, joined)
            q, stop = (prior[-1], at[0]) if prior else (None, at[0])
            if len(prior) > 1 and prior[-2].predicate in controllers:
                # the controller's content phrase ("on his re-election") is the controller's
                cut = _content_phrase(parsed, prior[-2].end, prior[-1].start)
                if cut is not None and _objects_only(reader, prior[-2].end, cut):
                    q, stop = prior[-2], cut
                elif p.predicate == prior[-2].predicate:
                    # the controller's verb said again ("chúc mừng Tô Lâm vừa tái cử và chúc
                    # mừng Việt Nam ..."): a second act of its doer, never one its object does
                    # in the content of the first
                    q, stop = prior[-2], prior[-2].end
            if q is not None and (
                q.predicate not in controllers or _objects_only(reader, q.end, stop)
            ):
                p = replace(
                    p, agent=q.agent, agents=q.agents, agent_kind=q.agent_kind, doers=q.doers
                )
            elif opening is not None:
                agents, kind = opening
                p = replace(p, agent=agents[0], agents=agents, agent_kind=kind)
        out.append(p)
    return out


def _content_phrase(parsed: ParsedStatement, start: int, end: int) -> int | None:
    """Where the preposition that opens a controller's content phrase stands from `start` to
    the content's trigger at `end` ("congratulated To Lam on his re-election": "on";
    `content_prepositions` in lexicon/<lang>/synonyms.yaml), None where none does or a break
    stands after it."""
    preps = load_lexicon(parsed.lang, "synonyms").get("content_prepositions") or []
    at = [s for key, s, _ in parsed.tokens.words() if start <= s < end and key in preps]
    if not at or set(parsed.text[at[-1] : end]) & BREAKS:
        return None
    return at[-1]


def _objects_only(reader: _Reader, start: int, end: int) -> bool:
    """Whether only names stand from `start` to `end`, with their titles and list joiners: a
    verb's objects and no more ("congratulated General Secretary To Lam and ..."), not the act
    a controller's object is to do or has done ("invited Lam to join ...", "congratulated Lam
    on his re-election ...")."""
    return all(
        item.kind in _AROUND_NAME or item.kind in (PERSON, "list_joiner")
        for item in reader.items
        if start <= item.start and item.end <= end
    )


def _fronted(
    parsed: ParsedStatement, reader: _Reader, found: list[Predication]
) -> list[Predication]:
    """A verb that opens the statement with no doer and a person after it, its clause closed by a
    comma ("Receiving Hegseth, Lam invited ...", "Hội kiến ông Hegseth, ông Tô Lâm chuyển lời
    mời ..."): its doers are the names that open the clause after the comma, as the main verb's
    are. Not in a passive sentence, whose subject receives the act."""
    if parsed.passive or not found:
        return found
    text = parsed.text
    first = found[0]
    opens = _fronted_start(parsed)
    # an act done to a person ("Receiving Hegseth"), not a frame ("Nhân dịp 50 năm ...")
    if first.start != opens or first.agents or first.doers is not None or first.agent_kind:
        return found
    if first.patient_kind != PERSON:
        return found
    comma = text.find(",", first.end)
    # the first sentence, whose full stops after abbreviations ("U.S.") end nothing
    sentence = next((e for _, e in sentence_spans(text, abbreviations()) if e > first.end), 0)
    if comma < 0 or comma > sentence:
        return found
    later = [p for p in found if p.start > comma]
    # with no act after the comma ("Receiving Hegseth, Lam said ..."), the first person there
    person = next((i for i in reader.items if i.start > comma and i.kind == PERSON), None)
    ends = later[0].start if later else person.end if person is not None else None
    opening = reader.opening(comma + 1, ends) if ends is not None else None
    if opening is not None and opening[1] == PERSON:
        agents = opening[0]
        fronted = replace(first, agent=agents[0], agents=agents, agent_kind=PERSON, given=True)
        return [fronted, *found[1:]]
    # a bare title opens it ("Đón tiếp ông Hegseth, Tổng Bí thư chuyển lời mời ..."): its holder
    # is found by the judge, as for the main verb; the order of the names says nothing then
    at = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
    title = next((i for i in reader.items if i.start == at), None)
    if title is None or title.kind != ROLE:
        return found
    return [replace(first, given=True), *found[1:]]


def _fronted_start(parsed: ParsedStatement) -> int:
    """Where a fronted verb would start: the statement's first word, or the word after a word
    of the same time that opens it ("Khi tiếp ông Hegseth, Tổng Bí thư ...", "When receiving
    Hegseth, Lam ...": `fronted_whens` of the language's statements lexicon), which says the
    main act was done while that one was, by the same doer."""
    text = parsed.text
    opens = len(text) - len(text.lstrip())
    words = parsed.tokens.words()
    for when in phrase_keys("statements", "fronted_whens", (parsed.lang,)):
        n = len(when)
        if n < len(words) and words[0][1] == opens and tuple(k for k, _, _ in words[:n]) == when:
            return words[n][1]
    return opens


@cache
def _given_by_possessive(lang: str) -> frozenset[str]:
    """The predicates whose noun takes whoever does the act as a possessive before it ("at
    Lam's invitation"; `given_by_possessive` of the language's statements lexicon)."""
    return frozenset(load_lexicon(lang, "statements").get("given_by_possessive") or ())


def _relayed(parsed: ParsedStatement, p: Predication, giver: str | None) -> bool:
    """Whether the subject of `p` passes on the act of another it names after the act's noun
    ("Hegseth conveyed an invitation from Lam", "chuyển lời mời của Tổng Bí thư"; `relay_verbs`
    opening its trigger or right before it): the act stays bound to him, who does not do it,
    and the giver's claim does not bear his passing it on. Not where no one does the act before
    its noun (the subject is then the giver's receiver: "theo lời mời của Trump")."""
    if not p.agents or p.agent_kind != PERSON or giver in p.agents:
        return False
    relays = phrase_keys("statements", "relay_verbs", (parsed.lang,))
    keys = [w for w, s, _ in parsed.tokens.words() if s < p.end]
    said = [w for w, s, _ in parsed.tokens.words() if p.start <= s < p.end]
    before = keys[: len(keys) - len(said)]
    return any(
        tuple(said[: len(r)]) == r or tuple(before[len(before) - len(r) :]) == r for r in relays
    )


def _given_by(
    parsed: ParsedStatement, vocab: Vocabulary, found: list[Predication]
) -> list[Predication]:
    """An act named by its noun and whose it is ("theo lời mời của Tổng thống Trump", "at the
    invitation of Trump"): the person after the word (`given_by` in factdb/lexicon/<lang>/
    statements.yaml, per predicate), past his titles, does it, and the one who does an act
    before it in the clause receives it ("Tô Lâm sang Mỹ ... theo lời mời của Trump": Trump
    invited Tô Lâm). A person named anywhere else is not read so, nor one past a comma."""
    given = load_lexicon(parsed.lang, "statements").get("given_by") or {}
    possessive = _given_by_possessive(parsed.lang)
    if not (given or possessive) or not found:
        return found
    reader = _reader(parsed, vocab)
    words = parsed.tokens.words()
    text = parsed.text

    def kind(m: Mention) -> str:
        # an abbreviation of several titles ("TT": Tổng thống or Thủ tướng) is a title still
        kinds = {vocab.entities[i].type for i in m.ids if i in vocab.entities}
        return kinds.pop() if len(kinds) == 1 else ""

    mentions = sorted(parsed.entities, key=lambda m: m.start)
    fillers = [c for c in parsed.grammar if c.kind == "title_filler"]
    out: list[Predication] = []
    controllers = load_lexicon(parsed.lang, "synonyms").get("controllers") or []
    # "received an invitation from Lam to attend": the one who receives an invitation or a
    # request does the act it asks for, as the party named after "invited" does (`controllers`)
    controlled: tuple[int, tuple[str, ...]] | None = None
    # "received a letter from Lam inviting him", "nhận thư của Trump nhận lời mời": what the
    # act received says it does is the giver's act, done to the one who receives it, never the
    # receiver's (the end of the received act, its giver, its receivers)
    content: tuple[int, str | None, tuple[str, ...]] | None = None
    contents = load_lexicon(parsed.lang, "synonyms").get("receipt_contents") or []
    for p in found:
        carried, content = content, None  # only the act right after the one received
        if (
            carried is not None
            and p.predicate in contents
            and not p.agents
            and not set(text[carried[0] : p.start]) & BREAKS
        ):
            _, sender, receivers = carried
            p = replace(
                p,
                agent=sender,
                agents=(sender,) if sender else (),
                agent_kind=PERSON if sender else "",
                patients=p.patients or receivers,
                patient_kind=p.patient_kind or (PERSON if receivers else ""),
                given=True,
            )
            # "inviting him to join": the one invited joins, as after "invited Lam to"
            if p.predicate in controllers and p.patients:
                controlled = (p.end, p.patients)
            out.append(p)
            continue
        if (
            controlled is not None
            and not p.agents
            and not set(text[controlled[0] : p.start]) & BREAKS
        ):
            p = replace(p, agent=controlled[1][0], agents=controlled[1], agent_kind=PERSON)
        after = [k for k, (_, start, _) in enumerate(words) if start >= p.end]
        keys = tuple(words[k][0] for k in after)
        markers = phrase_keys("statements", "given_by", (parsed.lang,), p.predicate)
        marker = next((m for m in markers if keys[: len(m)] == m), None)
        giver = None
        # a title with no name after it gives the act too ("theo lời mời của Tổng Bí thư"):
        # its holder, whom the judge finds (World.bare_holders), is bound to nothing here
        titled = False
        if marker is not None:
            at = words[after[len(marker) - 1]][2]
            for m in mentions:
                if m.start < at:
                    continue
                for f in fillers:  # "của ông Trump": the small words of a title
                    if at <= f.start < m.start and not text[at : f.start].strip():
                        at = f.end
                if text[at : m.start].strip():
                    break
                if kind(m) == PERSON:
                    giver = m.ids[0]
                    break
                if kind(m) not in (ROLE, *COUNTRIES):
                    break  # only his titles stand between the word and the person
                titled = titled or kind(m) == ROLE
                at = m.end_in(text)  # "of U.S. President Trump"
        elif p.predicate in possessive:  # "at Lam's invitation": the name right before
            before = text[: p.start].rstrip()
            owner = next(
                (
                    m
                    for m in mentions
                    if kind(m) in (PERSON, ROLE)
                    and before.endswith(POSSESSIVES)
                    and not text[m.end : len(before) - 2].strip()
                ),
                None,
            )
            if owner is not None and kind(owner) == PERSON:
                giver = owner.ids[0]
            titled = owner is not None and giver is None
        # "received a letter from Trump", "nhận được thư": the one before the verb of
        # receiving receives it (parse._read_receipts), whoever gives it, named or not
        receipt = next(
            (
                r
                for r in parsed.receipts
                if r.target == p.predicate
                and r.end <= p.start
                and not set(text[r.end : p.start]) & BREAKS
            ),
            None,
        )
        if (giver is None and not titled and receipt is None) or (
            receipt is None and _relayed(parsed, p, giver)
        ):
            out.append(p)
            continue
        # who receives it: who receives it by name, or who does an act before it in the clause
        doers = [
            b
            for b in out
            if b.end <= p.start and b.agents and not set(text[b.end : p.start]) & BREAKS
        ]
        if receipt is not None:
            receivers = reader.bind(receipt).agents
            if receivers and p.predicate in controllers:
                controlled = (p.end, receivers)
            else:
                content = (p.end, giver, receivers)
        else:
            receivers = doers[-1].agents if doers else ()
        out.append(
            replace(
                p,
                agent=giver,
                agents=(giver,) if giver else (),
                agent_kind=PERSON if giver else "",
                patients=receivers,
                patient_kind=PERSON if receivers else "",
                doers=None,
                given=True,
            )
        )
    return out
