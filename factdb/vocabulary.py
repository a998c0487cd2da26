"""The words the checker knows, gathered once per process: entity aliases and predicate triggers
from the database, negation and modality cues from the language lexicons, all compiled into one
longest-match phrase index over folded word tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from factdb.lexicon import load as load_lexicon
from factdb.models import Alias, Entity, Predicate, Trigger, Unit
from factdb.text import fold, nfc

LEXICONS = Path(__file__).resolve().parent / "lexicons"
LANGS = ("en", "vi")
TOKEN = re.compile(r"\w+")
ACRONYM_MAX = 4


def tokens(folded: str) -> list[tuple[str, int, int]]:
    """Word tokens of already-folded text with their offsets."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(folded)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t for t, _, _ in tokens(fold(nfc(phrase))))


def has_marks(phrase: str) -> bool:
    """Whether the text carries diacritics (đ included)."""
    if phrase.isascii():
        return False
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", phrase)) or any(
        c in "đĐ" for c in phrase
    )


@dataclass(frozen=True)
class Entry:
    """One phrase's meaning: kind is entity | trigger | negation | not_negation | plan | wish."""

    kind: str
    target: str  # entity id, predicate id, or the cue itself
    lang: str
    # How the phrase must appear when the fold alone is not enough:
    # - an acronym ("US", "U.S.") is upper case, or it is the pronoun "us";
    # - a Vietnamese word with diacritics ("Mỹ", "Ảnh") keeps them in text that has diacritics
    #   or is English, where its fold ("my", "anh") is another word; longer names ("Phan Văn
    #   Giang") are safe to fold;
    # - a plain phrase ("Thai") does not match accented text ("trạng thái");
    # - a one-word proper name ("Pháp", "Bỉ") is capitalised in Vietnamese text, unlike
    #   "giải pháp", "bền bỉ".
    acronym: str | None = None
    marked: str | None = None
    plain: bool = False
    capitalised: bool = False


@dataclass
class PhraseIndex:
    entries: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    longest: int = 1

    def add(self, phrase: str, entry: Entry) -> None:
        key = _key(phrase)
        if key:
            self.entries.setdefault(key, []).append(entry)
            self.longest = max(self.longest, len(key))


@dataclass(frozen=True)
class EntityInfo:
    id: str
    type: str
    name_en: str
    name_vi: str
    single_holder: bool


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


@dataclass
class Vocabulary:
    phrases: PhraseIndex
    entities: dict[str, EntityInfo]
    predicates: dict[str, PredicateInfo]
    unit_dimension: dict[str, str]
    markers: dict[str, frozenset[str]]
    negation_suffixes: tuple[str, ...]
    # Folded word sequences before a date that open it up: "before" → ("before",) → "before".
    date_cues: dict[tuple[str, ...], str]
    not_names: frozenset[str]
    locatives: frozenset[tuple[str, ...]]

    def detect_language(self, text: str, words: list[str]) -> str:
        """'vi' when the text carries Vietnamese letters or more Vietnamese function words."""
        if any(c in _VI_LETTERS for c in text.lower()):
            return "vi"
        vi = sum(w in self.markers["vi"] for w in words)
        en = sum(w in self.markers["en"] for w in words)
        return "vi" if vi > en else "en"


_VI_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _entry(kind: str, target: str, lang: str, phrase: str) -> Entry:
    stripped = nfc(phrase.strip())
    bare = letters(stripped)
    acronym = bare if bare.isascii() and bare.isupper() and len(bare) <= ACRONYM_MAX else None
    one_word = " " not in stripped
    marked = stripped.lower() if lang == "vi" and one_word and has_marks(stripped) else None
    plain = not has_marks(stripped)
    capitalised = kind == "entity" and one_word and stripped[:1].isupper()
    return Entry(kind, target, lang, acronym, marked, plain, capitalised)


def load_vocabulary(engine: Engine) -> Vocabulary:
    index = PhraseIndex()
    with engine.connect() as conn:
        entities = {
            row.id: EntityInfo(row.id, row.type, row.name_en, row.name_vi, row.single_holder)
            for row in conn.execute(select(Entity))
        }
        # Sorted here, not by the database: which entry comes first under a shared phrase decides
        # the order of candidates, and back ends return unordered rows differently (SQLite walks
        # the unique index, PostgreSQL the heap). Python's order is the code-point order.
        for alias in sorted(conn.execute(select(Alias.entity_id, Alias.lang, Alias.alias))):
            index.add(alias.alias, _entry("entity", alias.entity_id, alias.lang, alias.alias))
        predicates = {
            row.id: PredicateInfo(
                row.id,
                row.label_en,
                row.value_type,
                row.dimension,
                row.functional,
                row.symmetric,
                row.time_role,
                frozenset(row.cue_types.split()),
            )
            for row in conn.execute(select(Predicate))
        }
        triggers = select(Trigger.predicate_id, Trigger.lang, Trigger.phrase)
        for trig in sorted(conn.execute(triggers)):
            index.add(trig.phrase, _entry("trigger", trig.predicate_id, trig.lang, trig.phrase))
        units = dict(conn.execute(select(Unit.id, Unit.dimension)).tuples().all())
    markers: dict[str, frozenset[str]] = {}
    suffixes: list[str] = []
    date_cues: dict[tuple[str, ...], str] = {}
    not_names: set[str] = set()
    locatives: set[tuple[str, ...]] = set()
    for lang in LANGS:
        lex = load_lexicon(lang, "statements")
        markers[lang] = frozenset(fold(nfc(w)) for w in lex.get("language_markers", []))
        suffixes += lex.get("negation_suffixes", [])
        not_names.update(lex.get("not_names", []))
        locatives.update(_key(w) for w in lex.get("locatives", []))
        for kind in ("before", "after", "since"):
            for cue in lex.get(f"date_{kind}", []):
                date_cues[_key(cue)] = kind
        for cue in lex.get("negation", []):
            index.add(cue, _entry("negation", cue, lang, cue))
        for cue in lex.get("not_negation", []):
            index.add(cue, _entry("not_negation", cue, lang, cue))
        for mood, cues in (lex.get("modality") or {}).items():
            for cue in cues:
                index.add(cue, _entry(mood, cue, lang, cue))
    return Vocabulary(
        index,
        entities,
        predicates,
        units,
        markers,
        tuple(suffixes),
        date_cues,
        frozenset(not_names),
        frozenset(locatives),
    )
