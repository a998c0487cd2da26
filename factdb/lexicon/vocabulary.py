"""The words the checker knows, gathered once per process: entity aliases and predicate triggers
from the database, negation and modality cues from the language lexicons, all compiled into one
longest-match phrase index over folded word tokens.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cached_property, partial

from factdb import config
from factdb.lexicon.index import LANGUAGES, Entry, extend_reach
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.kept import lexicon_key, modules
from factdb.lexicon.table import Table
from factdb.records import dataclass, field, replace
from factdb.startup import sha256, write_atomic
from factdb.text import fold as text_fold
from factdb.text.fold import fold, has_marks, letters, nfc
from factdb.text.inflect import Inflection
from factdb.text.tokens import word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

    # SQLAlchemy is imported where the database is read: a compiled vocabulary (lexicon.stored)
    # is used without it.
    from sqlalchemy import Connection

ACRONYM_MAX = 4
# Kinds of phrase that only the decomposition into assertions reads: the tense of an office
# ("former", "nguyên"), copulas ("is", "là"), the small words inside a title ("of", "của"),
# list joiners ("and", "và"), plural markers ("các") and distributives ("both", "đều"); and verbs
# that add nothing to the predicate after them ("complete" the approval), which the judge reads.
# The parser reads more around names, dates and verbs: nouns naming someone by their relation
# to a name ("Lam's wife"), words excluding a name ("not Tokayev"), parts of a day ("the
# evening of"), words that make a name the only one ("only Orbán") and verbs that make the verb
# after them a plan ("agreed to upgrade"). The lexicons list them as office_tense ("served as",
# "từng là": held at some time, ended or not; "became", "nhậm chức": its start) and <kind>s.
OFFICE_TENSES = ("former", "present", "past", "start")
GRAMMAR_KINDS = (
    *OFFICE_TENSES,
    "copula",
    "title_filler",
    "list_joiner",
    "plural_marker",
    "distributive",
    "transparent_verb",
    "relation",
    "exclusion",
    "corrective",
    "day_part",
    "dateless_day_part",
    "only_word",
    "universal",
    "plan_verb",
    "ready_verb",
    "relative_pronoun",
    "event_order",
    "cessation",
    "purpose",
    "capacity_phrase",
    "change",
    "respective",
    "counterpart",
    "succession",
)
# Kinds of phrase also matched through a language's inflection rules: words that name a
# predicate, which the press inflects ("hosted", "flew to"), unlike names; offices are too
# ("presidents": a plural title, read by check.assertions as one title for each name listed);
# so are verbs that add nothing to the predicate after them ("finished approving"), and verbs
# that end what continues ("discontinued", "axed": polarity.yaml `enders`).
INFLECTED_KINDS = frozenset(
    {"trigger", "antonym", "other_act", "transparent_verb", "ender", "reply"}
)


@dataclass
class PhraseIndex:
    """Folded word keys -> the entries of their phrase. Compiled in dicts by load_vocabulary;
    a kept vocabulary's are tables read key by key (factdb.lexicon.stored)."""

    entries: Mapping[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    longest: int = 1
    # The first word of each key -> the length of the longest key it starts: a statement's
    # word that starts none is passed over without a lookup.
    reach: Mapping[str, int] = field(default_factory=dict)

    def put(self, entry: Entry, key: tuple[str, ...] | None = None) -> None:
        """File `entry` under its phrase's keys, or under `key` (an inflection's stem keys)."""
        entries, reach = self.entries, self.reach
        assert isinstance(entries, dict) and isinstance(reach, dict), "a kept index is read-only"
        key = entry.keys if key is None else key
        if key:
            entries.setdefault(key, []).append(entry)
            self.longest = max(self.longest, len(key))
            extend_reach(reach, key)


@dataclass(frozen=True)
class EntityInfo:
    id: str
    type: str
    name_en: str
    name_vi: str
    single_holder: bool


# The time role of a repeatable act done on an occasion (`time: occasion` in
# fixtures/vocabulary/predicates.yaml: a meeting, a call, a visit, a letter): the claim's time is
# the date of one occasion, and another date may be another occasion (check.rules.same_occasion).
OCCASION = "occasion"

# The entity types the checker's code names (`type` in fixtures/vocabulary/entities.yaml), here
# beside the vocabulary every module of factdb.check imports, so that none writes its own copy
# (parse and occasion cannot import each other).
PERSON = "person"
# An office: a predicate cued by one (holding an office) is about the office named, so a claim
# whose office the statement does not name is not checked (check.assess.other_slice).
ROLE_TYPE = "role"
COUNTRY = "country"
CITY = "city"
US_STATE = "us-state"
EVENT = "event"
# A body one joins (the Board of Peace): an invitation whose occasion is one is to join it.
ORGANISATION = "organisation"
# A view's key phrase ("a pillar of the relations"): the words of the view itself, verb and all.
TOPIC = "topic"
# A programme carried out somewhere (demining, war-legacy cooperation): a place said right after
# its name is where it is carried out (check.scope.programme_places).
PROGRAMME = "programme"
# The types of a name that is an attribute of a person (his party, the state he sits for): said
# of whoever the words tie it to (a title, a tag, an apposition, a copula, a group's noun), never
# of the sentence's subject by default (check.attributes.group_attributes, Offices.titled).
PERSON_ATTRIBUTES = frozenset({"party", US_STATE})
# Entity types whose meetings are events named after them ("Board of Peace inaugural meeting"),
# and that one sits in: one such body set against another ("a member of the Appropriations
# Committee, not the Foreign Relations Committee") excludes it (check.parse).
BODY_TYPES = frozenset({ORGANISATION, "party", "committee"})


@dataclass(frozen=True)
class PredicateInfo:
    id: str
    label_en: str
    value_type: str
    dimension: str | None
    functional: bool
    symmetric: bool
    time_role: str
    cue_types: frozenset[str]
    # An encounter between parties (fixtures' `encounter: true`): see factdb.check.occasion.
    encounter: bool
    # The predicates a claim of this one also bears out, with the same parties (fixtures'
    # `implies`): see Vocabulary.implying.
    implies: tuple[str, ...]
    # Its parties are states (fixtures' `parties: states`: a partnership, trade): a person
    # named as its doer is not his country (check.rules.bind_party).
    state_parties: bool


@dataclass
class Vocabulary:
    phrases: PhraseIndex
    # Read by id: a kept vocabulary's is a table (factdb.lexicon.stored), which grows with the
    # base; iterating it reads it whole.
    entities: Mapping[str, EntityInfo]
    predicates: dict[str, PredicateInfo]
    unit_dimension: dict[str, str]
    markers: dict[str, frozenset[str]]
    # Word endings that deny ("-less"), as listed and folded (folded once, here).
    negation_suffixes: tuple[tuple[str, str], ...]
    # Folded word sequences before a date that open it up: "before" → ("before",) → "before".
    date_cues: dict[tuple[str, ...], str]
    not_names: frozenset[str]
    locatives: frozenset[tuple[str, ...]]
    # Two offices one person does not hold at once in one jurisdiction -> the curated reason.
    office_rules: dict[frozenset[str], str] = field(default_factory=dict)
    # Per language that inflects: how a word is reduced, and the predicate words under the
    # reduced keys; read only where a statement's words as written match nothing.
    inflections: dict[str, Inflection] = field(default_factory=dict)
    stems: dict[str, PhraseIndex] = field(default_factory=dict)
    # Per language, what factdb.check.topics reads the topic phrases as (its units), made on
    # first use or by `derive` before the vocabulary is kept.
    topic_units: dict[str, Any] = field(default_factory=dict)
    # Per language, the words that join two titles of one name ("and concurrently", "kiêm"),
    # folded (`title_joiners` in lexicon/<lang>/statements.yaml, read by check.assertions).
    title_joiners: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # Per language, what factdb.check.slotted reads its phrases as: they depend on this
    # vocabulary's predicates and inflections. Made on first use, not by `derive`: a kept
    # vocabulary is keyed by the code of topic_units alone, and these cost 0.3 ms.
    slotted: dict[str, Any] = field(default_factory=dict)
    # (predicate, entity) -> its facts, for each key with more than store.claims.BUSY of them,
    # as the base's state had it when the vocabulary was kept (factdb.lexicon.stored: a table
    # read by key). Empty when not known: retrieval then probes the base for it.
    busy: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def dimension_of(self, unit: str) -> str:
        """A unit's dimension; outside the vocabulary, three capital letters are an ISO 4217
        currency."""
        if unit in self.unit_dimension:
            return self.unit_dimension[unit]
        return "money" if len(unit) == 3 and unit.isupper() else "unknown"

    def written_as_phrase(self, text: str) -> bool:
        """Whether `text` is a phrase as the vocabulary writes it, not matched only through
        inflection ("president", not "presidents")."""
        return word_keys(text) in self.phrases.entries

    def ends_with_locative(self, words: Sequence[str]) -> bool:
        """Whether `words` (folded keys, in text order) end with a locative ("in", "tại",
        "diễn ra tại", "on the sidelines in"), of any length the locatives have."""
        return any(
            tuple(words[len(words) - n :]) in self.locatives
            for n in self._locative_lengths
            if n <= len(words)
        )

    @cached_property
    def cued_predicates(self) -> tuple[PredicateInfo, ...]:
        """The predicates that a mention of some type cues (`cue_types`), in order: a statement
        asks which of them its mentions cue, and most predicates have none."""
        return tuple(pred for pred in self.predicates.values() if pred.cue_types)

    @cached_property
    def _locative_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(cue) for cue in self.locatives}))

    @cached_property
    def person_ids(self) -> tuple[str, ...]:
        """Every person's id, in id order: read once, not for each statement that asks."""
        return tuple(e.id for e in self.entities_of([PERSON]))

    def entities_of(self, types: Collection[str]) -> list[EntityInfo]:
        """The entities of these types, in id order: a kept vocabulary reads just their rows
        (factdb.lexicon.stored), where a walk over every entity would read them all."""
        if isinstance(self.entities, Table):
            return self.entities.where("type", types)
        return sorted((e for e in self.entities.values() if e.type in types), key=_entity_id)

    def names_another(self, words: Sequence[str], person: str) -> bool:
        """Whether a name written as `words` (folded keys) is someone other than `person`: it
        shares no word with his names ("Joko Widodo" of Prabowo Subianto), or it opens with a
        given name none of his names holds ("Heydar Aliyev" of Ilham Aliyev: the father's
        name, not the son's). A first word that opens a phrase of the vocabulary may be an
        honorific before the surname ("Samdech Manet" of Hun Manet): not another's by it."""
        info = self.entities.get(person)
        if info is None or not words:
            return False
        known = set(word_keys(info.name_en)) | set(word_keys(info.name_vi))
        if not known & set(words):
            return True
        return len(words) > 1 and words[0] not in known and words[0] not in self.phrases.reach

    def incompatible(self, office: str, other: str) -> str | None:
        """Why one person does not hold both offices in one jurisdiction, or None."""
        return self.office_rules.get(frozenset((office, other)))

    def detect_language(self, text: str, words: list[str]) -> str:
        """'vi' when the text's own words carry Vietnamese letters, or, without them, more
        Vietnamese function words and lexicon words of its own (_lexicon_votes), however short.
        Vietnamese letters only in capitalised words are names ("Tô Lâm met Orbán"): they make
        the text Vietnamese only if its other words are no more English than Vietnamese."""
        own = [w for w in text.split() if not w[:1].isupper()]
        if looks_vietnamese(" ".join(own)):
            return "vi"
        if looks_vietnamese(text):
            # Counted in its own words only: "To" of a name is no English "to".
            counts = self._lexicon_votes(word_keys(" ".join(own)))
            return "en" if counts["en"] > counts["vi"] else "vi"
        # Without marks, each language's function words and its lexicons' words among the
        # text's own (the "To" of a name is an English word too): "To Lam tam hoan chuyen di
        # My" is Vietnamese by "tam hoan", "chuyen", whatever its length.
        counts = self._lexicon_votes(word_keys(" ".join(own)))
        vi = sum(w in self.markers["vi"] for w in words) + counts["vi"]
        en = sum(w in self.markers["en"] for w in words) + counts["en"]
        return "vi" if vi > en else "en"

    def _lexicon_votes(self, folded: list[str]) -> dict[str, int]:
        """Per language, how many of the `folded` words its markers and lexicons have and the
        other language's do not."""
        counts = {}
        for lang, other in (("en", "vi"), ("vi", "en")):
            known = self.markers[lang] | self._words_of[lang]
            excluded = self.markers[other] | self._words_of[other]
            counts[lang] = sum(w in known and w not in excluded for w in folded)
        return counts

    @cached_property
    def encounters(self) -> tuple[str, ...]:
        """The ids of the predicates of an encounter between parties, sorted."""
        return tuple(sorted(p.id for p in self.predicates.values() if p.encounter))

    @cached_property
    def implying(self) -> dict[str, tuple[str, ...]]:
        """Predicate id -> the ids of the predicates that imply it, sorted: a claim of one of
        them bears out a statement of it, with the same parties ("received" -> "met"). Only
        predicates something implies are keys."""
        found: dict[str, set[str]] = {}
        for pred in self.predicates.values():
            for implied in pred.implies:
                found.setdefault(implied, set()).add(pred.id)
        return {pid: tuple(sorted(ids)) for pid, ids in found.items()}

    @cached_property
    def capitals(self) -> dict[str, str]:
        """City id -> country id for each capital the lexicons say stands for its country
        (`metonyms`), where the capital is also a city of the vocabulary (Washington, Hanoi)."""
        found = {}
        for entries in self.phrases.entries.values():
            if all(e.kind != "metonym" for e in entries):
                continue  # most of a large base's names: passed over without sets built
            countries = {e.target for e in entries if e.kind == "metonym"}
            cities = {
                e.target
                for e in entries
                if e.kind == "entity"
                and e.target in self.entities
                and self.entities[e.target].type == "city"
            }
            if len(countries) == 1:
                found.update(dict.fromkeys(cities, next(iter(countries))))
        return found

    @cached_property
    def capitals_of(self) -> dict[str, tuple[str, ...]]:
        """Country id -> the ids of its capitals (`capitals` turned round)."""
        found: dict[str, tuple[str, ...]] = {}
        for city, country in self.capitals.items():
            found[country] = (*found.get(country, ()), city)
        return found

    def derive(self, prepare: Callable[[Vocabulary], None] | None = None) -> None:
        """Compute now what is read off every phrase (capitals, each language's words, the
        topics' phrases) and what `prepare`, its user, derives from them (the checker's topic
        units), so that it is kept with the vocabulary (factdb.lexicon.stored): a fresh check
        must not pay for a walk over every phrase, which grows with the base (40 ms at 1M
        claims). The one place a vocabulary is derived; one used in this process only derives
        each on first use."""
        _ = self.capitals, self._words_of, self.topic_phrases
        if prepare is not None:
            prepare(self)

    @cached_property
    def topic_phrases(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """(topic id, language, folded words) of each alias of a view's topic, which
        factdb.check.topics reads for a key phrase said in other words."""
        topics = {info.id for info in self.entities_of([TOPIC])}
        return tuple(
            sorted(
                (e.target, e.lang, key)
                for key, entries in self.phrases.entries.items()
                for e in entries
                if e.kind == "entity" and e.target in topics
            )
        )

    @cached_property
    def _words_of(self) -> dict[str, set[str]]:
        """Per language, the one-word phrases of its lexicons other than names (triggers,
        negations, tense words...): what a statement's own words show of its language."""
        found: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
        for key, entries in self.phrases.entries.items():
            if len(key) == 1:
                for e in entries:
                    if e.kind != "entity" and e.lang in found:
                        found[e.lang].add(key[0])
        return found


_VI_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _entity_id(info: EntityInfo) -> str:
    return info.id


def is_role(info: EntityInfo | None) -> bool:
    return info is not None and info.type == "role"


def looks_vietnamese(text: str) -> bool:
    """Whether `text` carries letters only Vietnamese writes (ơ, ư, đ, ạ…)."""
    return not _VI_LETTERS.isdisjoint(text.lower())


def _entry(kind: str, target: str, lang: str, phrase: str) -> Entry:
    stripped = nfc(phrase.strip())
    bare = letters(stripped)
    acronym = bare if bare.isascii() and bare.isupper() and len(bare) <= ACRONYM_MAX else None
    one_word = " " not in stripped
    marked = stripped.lower() if lang == "vi" and one_word and has_marks(stripped) else None
    plain = not has_marks(stripped)
    capitalised = kind == "entity" and one_word and stripped[:1].isupper()
    return _from_row(
        [word_keys(phrase), kind, target, lang, acronym, marked, plain, capitalised, False]
    )


def _opposites(polarity: dict[str, Any]) -> dict[str, list[str]]:
    """A language's opposites (polarity.yaml), each key's with a word against an event's end
    before each of its names (`opposers`, `opposed_names`): "against ending the war" is an
    opposite of the war's end as "prolong the war" is, "against" alone of nothing. Each is also
    read with a hedge before it (`opposite_hedges`): "almost no progress" still stands against
    important progress, and its "almost" is no denial of its own that would turn it back."""
    found = {tid: list(cues) for tid, cues in (polarity.get("opposites") or {}).items()}
    opposers = polarity.get("opposers") or []
    for tid, names in (polarity.get("opposed_names") or {}).items():
        found.setdefault(tid, []).extend(f"{o} {name}" for o in opposers for name in names)
    hedges = polarity.get("opposite_hedges") or []
    return {
        tid: [*cues, *(f"{h} {cue}" for h in hedges for cue in cues)] for tid, cues in found.items()
    }


def _denial(kind: str, target: str, lang: str, phrase: str, same_fold: list[str]) -> Entry:
    """The entry of a denying `phrase`; one written with marks that folds as one of
    `same_fold` written otherwise needs its marks: a text that writes none may mean either
    ("giam": "giảm", reduce, or "giám" đốc, director; "vẫn cho", still gives, is no "vẫn chờ",
    still waits)."""
    entry = _entry(kind, target, lang, phrase)
    marked = " ".join(nfc(phrase).lower().split())
    if has_marks(marked) and any(
        word_keys(word) == entry.keys and nfc(word).lower() != marked for word in same_fold
    ):
        return replace(entry, marked=marked, needs_diacritics=True)
    return entry


def _row(entry: Entry) -> list[Any]:
    """An entry of the phrase index as the vocabulary cache keeps it (JSON), _from_row's input."""
    return [
        list(entry.keys),
        entry.kind,
        entry.target,
        entry.lang,
        entry.acronym,
        entry.marked,
        entry.plain,
        entry.capitalised,
        entry.needs_diacritics,
    ]


def _from_row(row: list[Any]) -> Entry:
    keys, kind, target, lang, acronym, marked, plain, capitalised, needs_diacritics = row
    return Entry(
        kind,
        lang,
        tuple(keys),
        target=target,
        acronym=acronym,
        marked=marked,
        plain=plain,
        capitalised=capitalised,
        needs_diacritics=needs_diacritics,
    )


# The cached entries are keys computed by the modules of factdb.lexicon with the folding and
# tokenising of factdb.text: a change to any of them must not be answered from an old cache.
_COMPILED_BY = tuple(os.path.dirname(os.path.realpath(f)) for f in (__file__, text_fold.__file__))


def _code_key() -> str:
    files = sorted(p for folder in _COMPILED_BY for p in modules(folder))
    return "\0".join(f"{p}\0{s.st_size}\0{s.st_mtime_ns}" for p in files for s in [os.stat(p)])


def _cache_file(conn: Connection) -> tuple[str, str] | None:
    """Where this database's compiled vocabulary is kept between runs (one file a database,
    replaced when the database changes), and the key of what it was compiled from: the loaded
    fixture state, the code that compiles it and the lexicon files it compiles in (a synonym
    added to lexicon/<lang>/synonyms.yaml was not read until the fixtures changed). None when
    the state is unknown."""
    from factdb.store.db import read_state

    state = read_state(conn)
    if state is None:
        return None
    url = conn.engine.url.render_as_string()
    name = f"vocabulary-{sha256(url.encode()).hexdigest()[:24]}.json"
    key = sha256(f"{state}\0{_code_key()}\0{lexicon_key()}".encode()).hexdigest()
    return os.path.join(config.cache_path(), name), key


# The cache file's keys: what the vocabulary was compiled from, and the compiled data.
CACHE_KEYS = {"key", "entities", "predicates", "units", "entries", "office_rules"}


def _read_database(conn: Connection) -> dict[str, Any]:
    """Entities, predicates, units and the compiled alias and trigger entries, as plain data."""
    from sqlalchemy import select

    from factdb.store.models import Alias, Entity, OfficeRule, Predicate, Trigger, Unit

    entries: list[list[Any]] = []
    entities = [
        list(row)
        for row in conn.execute(
            select(Entity.id, Entity.type, Entity.name_en, Entity.name_vi, Entity.single_holder)
        )
    ]
    # Sorted here, not by the database: which entry comes first under a shared phrase decides
    # the order of candidates, and back ends return unordered rows differently (SQLite walks
    # the unique index, PostgreSQL the heap). Python's order is the code-point order.
    aliases = [tuple(row) for row in conn.execute(select(Alias.entity_id, Alias.lang, Alias.alias))]
    for eid, lang, alias in sorted(aliases) + _bodies_events(aliases, entities):
        entries.append(_row(_entry("entity", eid, lang, alias)))
    predicates = [
        list(row)
        for row in conn.execute(
            select(
                Predicate.id,
                Predicate.label_en,
                Predicate.value_type,
                Predicate.dimension,
                Predicate.functional,
                Predicate.symmetric,
                Predicate.time_role,
                Predicate.cue_types,
                Predicate.encounter,
                Predicate.implies,
                Predicate.state_parties,
            )
        )
    ]
    triggers = select(Trigger.predicate_id, Trigger.lang, Trigger.phrase)
    for trig in sorted(conn.execute(triggers)):
        entries.append(_row(_entry("trigger", trig.predicate_id, trig.lang, trig.phrase)))
    units = {row.id: row.dimension for row in conn.execute(select(Unit.id, Unit.dimension))}
    rules = sorted(
        [row.office_a, row.office_b, row.reason]
        for row in conn.execute(select(OfficeRule.office_a, OfficeRule.office_b, OfficeRule.reason))
    )
    return {
        "entities": entities,
        "predicates": predicates,
        "units": units,
        "entries": entries,
        "office_rules": rules,
    }


def _bodies_events(
    aliases: list[tuple[str, str, str]], entities: list[list[Any]]
) -> list[tuple[str, str, str]]:
    """An event named after a body ("Board of Peace meeting", "cuộc họp Hội đồng Hòa bình"),
    named again by each other name of the body ("Gaza Peace Board Meeting", "cuộc họp HĐHB"):
    the press names a body's meeting by whichever name it gives the body, and a meeting word
    after the body's name is no meeting between people. The body is the event's only where
    the event's own name holds the body's ("Board of Peace inaugural meeting"): a word both
    share by chance ("Congress" of a party congress) makes no name. A name another entity
    holds stays that entity's."""
    names = {(row[0], lang): row[2 + i] for row in entities for i, lang in enumerate(("en", "vi"))}
    types = {row[0]: row[1] for row in entities}
    forms: dict[tuple[str, str], list[str]] = {}
    for eid, lang, alias in aliases:
        if types.get(eid) == ORGANISATION:
            forms.setdefault((eid, lang), []).append(alias)
    taken = {word_keys(alias) for _, _, alias in aliases}
    found = []
    for eid, lang, alias in sorted(aliases):
        if types.get(eid) != EVENT:
            continue
        for (body, said), known in forms.items():
            if said != lang or _within(names[(body, lang)], names[(eid, lang)]) is None:
                continue
            # the longest of the body's names inside the event's: "Gaza Board of Peace", not
            # "Gaza board" of it
            spans = [m for form in known for m in [_within(form, alias)] if m]
            if not spans:
                continue
            at = max(spans, key=lambda m: m.end() - m.start())
            for other in sorted(known):
                named = alias[: at.start()] + other + alias[at.end() :]
                if word_keys(named) not in taken:
                    taken.add(word_keys(named))
                    found.append((eid, lang, named))
    return found


def _within(name: str, text: str) -> re.Match[str] | None:
    """Where `name` stands in `text` as whole words, in any case."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)


def _database_part(conn: Connection) -> dict[str, Any]:
    """The database's share of the vocabulary, from the cache when the database has not changed
    since it was written (compiling a thousand aliases costs a fresh `factdb check` more than
    the check itself)."""
    import json  # the SQLAlchemy path's cache: a fresh check reads the stored vocabulary

    found = _cache_file(conn)
    if found is not None:
        path, key = found
        try:
            with open(path, encoding="utf-8") as handle:
                cached = json.load(handle)
        except (OSError, ValueError):
            cached = None
        if isinstance(cached, dict) and set(cached) == CACHE_KEYS and cached["key"] == key:
            return cached
    data = _read_database(conn)
    if found is not None:
        write_atomic(path, json.dumps({"key": key, **data}, ensure_ascii=False).encode())
        config.prune_cache("vocabulary-*.json")
    return data


def load_vocabulary(conn: Connection) -> Vocabulary:
    """The vocabulary as the database on `conn` holds it (read in the caller's snapshot)."""
    data = _database_part(conn)
    index = PhraseIndex()
    for row in data["entries"]:
        index.put(_from_row(row))
    entities = {row[0]: EntityInfo(*row) for row in data["entities"]}
    predicates = {
        row[0]: PredicateInfo(
            *row[:7],
            frozenset(row[7].split()),
            bool(row[8]),
            tuple(row[9].split()),
            bool(row[10]),
        )
        for row in data["predicates"]
    }
    units = data["units"]
    markers: dict[str, frozenset[str]] = {}
    suffixes: list[str] = []
    date_cues: dict[tuple[str, ...], str] = {}
    not_names: set[str] = set()
    locatives: set[tuple[str, ...]] = set()
    title_joiners: dict[str, frozenset[tuple[str, ...]]] = {}
    inflections: dict[str, Inflection] = {}
    for lang in LANGUAGES:
        lex = load_lexicon(lang, "statements")
        markers[lang] = frozenset(fold(nfc(w)) for w in lex.get("language_markers", []))
        suffixes += lex.get("negation_suffixes", [])
        not_names.update(lex.get("not_names", []))
        locatives.update(word_keys(w) for w in lex.get("locatives", []))
        title_joiners[lang] = frozenset(word_keys(w) for w in lex.get("title_joiners", []))
        for kind in ("before", "after", "since", "at", "start"):
            for cue in lex.get(f"date_{kind}", []):
                date_cues[word_keys(cue)] = kind
        # A denial whose fold is another common word or phrase (`same_fold`) is read without
        # its marks only in a longer phrase ("cat giam", not "Giam doc"; "thoi gian").
        same_fold = [str(w) for w in lex.get("same_fold") or []]
        for cue in lex.get("negation", []):
            index.put(_denial("negation", cue, lang, cue, same_fold))
        for cue in lex.get("negation_after", []):
            index.put(_entry("negation_after", cue, lang, cue))
        for cue in lex.get("not_negation", []):
            index.put(_entry("not_negation", cue, lang, cue))
        # Phrases holding a trigger word that are no trigger ("tiếp tục"): they take the words.
        for cue in [*lex.get("not_triggers", []), *lex.get("title_not_triggers", [])]:
            index.put(_entry("not_trigger", cue, lang, cue))
        for cue in lex.get("passive", []):
            index.put(_entry("passive", cue, lang, cue))
        for cue in lex.get("local_times", []):
            index.put(_entry("local_time", cue, lang, cue))
        # A capital standing for its country's government ("Budapest has approved ...").
        for country, names in (lex.get("metonyms") or {}).items():
            if country in entities:
                for name in names:
                    index.put(_entry("metonym", country, lang, name))
        # Nouns a number before counts the other parties of ("nine world leaders").
        for cue in lex.get("counted_people", []):
            index.put(_entry("counted", cue, lang, cue))
        # ... and the holders of either of two offices counted together ("seven heads of state
        # and government"): the offices, joined by "+", are the target.
        for offices, cues in (lex.get("counted_offices") or {}).items():
            for cue in cues:
                index.put(_entry("counted", offices, lang, cue))
        # Nouns a number before counts the countries of the other parties ("12 countries").
        for cue in lex.get("counted_countries", []):
            index.put(_entry("counted_country", cue, lang, cue))
        # The sides of encounters as one unnamed doer ("the two sides"), no count's noun.
        for cue in lex.get("group_subjects", []):
            index.put(_entry("group", cue, lang, cue))
        # Words that set the statement after an event ("after the trip", "sau chuyến đi").
        for cue in lex.get("later_cues", []):
            index.put(_entry("later", cue, lang, cue))
        # A date counted from another event ("the day after", "hôm sau"): days as the target.
        dates = load_lexicon(lang, "dates")
        for cue, days in (dates.get("relative_days") or {}).items():
            index.put(_entry("relative", str(days), lang, cue))
            # a verb that only links an event to it ("the call came the day after"): its words
            for link in dates.get("relative_links") or []:
                index.put(_entry("relative", str(days), lang, f"{link} {cue}"))
        # Verbs that deny a predicate by their meaning ("declined the invitation").
        for pid, cues in (load_lexicon(lang, "polarity").get("antonyms") or {}).items():
            if pid in predicates:
                for cue in cues:
                    index.put(_denial("antonym", pid, lang, cue, same_fold))
        # Words that say the opposite of a view ("little progress"): its topic, denied.
        polarity = load_lexicon(lang, "polarity")
        for tid, cues in _opposites(polarity).items():
            if tid in entities:
                for cue in cues:
                    index.put(_denial("opposite", tid, lang, cue, same_fold))
        # Verbs of an answer to what a predicate answers ("respond to the invitation"): read
        # only under a denial (check.denials.bind_denials).
        for pid, cues in (polarity.get("replies") or {}).items():
            if pid in predicates:
                for cue in cues:
                    index.put(_denial("reply", pid, lang, cue, same_fold))
        # Verbs that undo a one-off act, one list a language: a denying verb of each act of
        # `undone_acts` (bound to the act's own nouns, check.denials.bind_denials); they and the
        # verbs that end what continues end each continuing topic (read where the topic's
        # anchor words stand before them, check.moods.anchored).
        undoers = polarity.get("undoers") or []
        for cue in undoers:
            for pid in polarity.get("undone_acts") or []:
                if pid in predicates:
                    index.put(_denial("antonym", pid, lang, cue, same_fold))
        # Verbs that put an act off ("postponed", "hoãn"): denials of any act, which a denial
        # before them undoes (check.moods.undone_denials).
        for cue in polarity.get("delayers") or []:
            index.put(_denial("negation", cue, lang, cue, same_fold))
        for cue in [*undoers, *(polarity.get("enders") or [])]:
            for tid in polarity.get("continuing") or {}:
                if tid in entities:
                    index.put(_denial("ender", tid, lang, cue, same_fold))
        # Words that attach a title to a name and say when it is held (check.assertions).
        for tense, cues in (lex.get("office_tense") or {}).items():
            for cue in cues:
                index.put(_entry(tense, cue, lang, cue))
        # leaving an office ("stepped down as") says the former tense with a date of its own
        for cue in lex.get("office_leaving") or []:
            index.put(_entry("former", cue, lang, cue))
        for kind in GRAMMAR_KINDS[len(OFFICE_TENSES) :]:
            listed = lex.get(f"{kind}s") or []
            # A map gives each phrase what it stands for ("sáng" and "morning": morning).
            named = listed.items() if isinstance(listed, dict) else [(c, [c]) for c in listed]
            # a change word written without marks may be another word ("tang": "tặng", gives)
            read = partial(_denial, same_fold=same_fold) if kind == "change" else _entry
            for target, cues in named:
                for cue in cues:
                    index.put(read(kind, target, lang, cue))
        for mood, cues in (lex.get("modality") or {}).items():
            for cue in cues:
                index.put(_entry(mood, cue, lang, cue))
        # How the press says a predicate beyond its fixture triggers (lexicon/<lang>/synonyms).
        synonyms = load_lexicon(lang, "synonyms")
        for pid, phrases in (synonyms.get("synonyms") or {}).items():
            if pid in predicates:
                for phrase in phrases:
                    index.put(_entry("trigger", pid, lang, phrase))
        # Another act on what a predicate is about ("disbursed" is not "approved").
        for pid, phrases in (synonyms.get("other_acts") or {}).items():
            if pid in predicates:
                for phrase in phrases:
                    index.put(_entry("other_act", pid, lang, phrase))
        # Which time and how an act was done are other acts for every act predicate, added ones
        # too. A manner is the act it names ("by phone": a call): not another act of that one,
        # nor of the acts it is no manner of (`not_of`: what was said in a call).

        acts = {pid for pid, info in predicates.items() if info.time_role == OCCASION}
        manners = [(acts, synonyms.get("act_occurrence") or [])] + [
            (acts - {named, *manner.get("not_of", [])}, manner["phrases"])
            for named, manner in (synonyms.get("act_manner") or {}).items()
        ]
        for pids, phrases in manners:
            for pid in sorted(pids):
                for phrase in phrases:
                    index.put(_entry("other_act", pid, lang, phrase))
        inflection = Inflection.from_data(load_lexicon(lang, "inflection"))
        if inflection:
            inflections[lang] = inflection
    # Predicate words again under their inflection keys ("hosted" finds "host"), per language.
    stems: dict[str, PhraseIndex] = {}
    for key, entries in index.entries.items():
        for entry in entries:
            office = entry.kind == "entity" and is_role(entities.get(entry.target))
            if (entry.kind in INFLECTED_KINDS or office) and entry.lang in inflections:
                stems.setdefault(entry.lang, PhraseIndex()).put(
                    entry, inflections[entry.lang].key(key)
                )
    vocab = Vocabulary(
        index,
        entities,
        predicates,
        units,
        markers,
        tuple((suffix, fold(suffix)) for suffix in suffixes),
        date_cues,
        frozenset(not_names),
        frozenset(locatives),
        {frozenset((a, b)): reason for a, b, reason in data["office_rules"]},
        inflections,
        stems,
        title_joiners=title_joiners,
    )
    return vocab
