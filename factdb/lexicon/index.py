"""Language data for numbers, money, comparators, ranks and dates, loaded lazily from YAML.

Each language keeps its rules as data in ``factdb/lexicon/<lang>/{numbers,dates}.yaml`` beside
an ``examples.yaml`` corpus that the tests run. The code that reads statements is
language-neutral: it asks an :class:`Index` which phrases start at a token, and both languages
are merged into one index, each entry remembering its language and how it is written.

Statements and phrases are cut into the same tokens (:mod:`factdb.text.tokens`).

A token written with diacritics matches an entry only if the entry is written the same way
("bà" is not "ba" = three, "mươi" is not "mười"). In a text with no diacritic anywhere, a token
matches every entry it folds to, unless the entry says ``needs_diacritics``: diacritic-free
Vietnamese ("1,5 ty USD") works. In a text that writes diacritics, a bare token is bare on
purpose and matches only bare entries ("vai", a role, is not "vài", a few; "sau" is not "sáu").

Nothing heavy is imported at module import: each file is read on first use, and PyYAML only when
a file has changed since it was last parsed (factdb.lexicon.kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from factdb.lexicon.kept import by_key, kept, parsed, pickled
from factdb.records import dataclass, field
from factdb.text.fold import fold, has_marks, letters, nfc
from factdb.text.inflect import Inflection
from factdb.text.tokens import Tokens, phrase_tokens, word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

    # A phrase as Index.starts keeps it: its folded tokens, each as written, whether its
    # diacritics must be written, and the positions glued to the token before.
    Phrase = tuple[tuple[str, ...], tuple[str, ...], bool, tuple[int, ...]]

LANGUAGES = ("en", "vi")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed ``lexicon/<lang>/<name>.yaml``; each file is read once per process, and
    parsed once until it changes (factdb.lexicon.kept)."""
    return parsed(lang, name)


@cache
def phrase_keys(
    name: str, key: str, langs: tuple[str, ...] = LANGUAGES, sub: str = ""
) -> tuple[tuple[str, ...], ...]:
    """The folded words (text.tokens.word_keys) of each phrase of `key` in
    lexicon/<lang>/<name>.yaml (of its map's `sub` list where given), for each language of
    `langs` in turn, in the file's order: every language by default, as a statement without
    diacritics is read with both. Folded once a process, not for every statement."""

    def listed(lang: str) -> Iterable[Any]:
        data = load(lang, name).get(key) or {}
        return (data.get(sub) or ()) if sub else data

    return tuple(word_keys(str(phrase)) for lang in langs for phrase in listed(lang))


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One phrase of the language data: what it is, and how it must be written to count.

    ``kind`` is what the phrase is: for number and date words (this module's Index) number,
    scale, unit, comparator, month, ... with their attributes in ``data``; for the vocabulary's
    phrase index (lexicon.vocabulary) entity | trigger | antonym (a trigger that denies its
    predicate) | other_act (another act on a predicate's object) | not_trigger (a phrase holding
    a trigger word that names no predicate) | negation | negation_after (a denial after what it
    denies) | not_negation | plan | wish | passive | local_time | relative (a date counted from
    another event; days in ``target``) | metonym (a capital standing for the country in
    ``target``) | counted (a noun that a number counts) | counted_country (a noun of countries
    a number counts) or a grammar kind, with the entity id,
    predicate id or the cue itself in ``target``.
    """

    kind: str
    lang: str
    keys: tuple[str, ...]  # folded tokens (the vocabulary keeps only word tokens)
    written: tuple[str, ...] = ()  # each token as written, lower-cased
    data: dict[str, Any] = field(default_factory=dict)
    target: str = ""
    # Token by token (number and date words, see _written_ok): the entry's diacritics must be
    # written even in text without any, and glued tokens must touch. For a one-word phrase of
    # the vocabulary (`marked`), its marks must be written in a text without any too: its fold
    # is another common word ("giam" is "giảm", reduce, or "giám" đốc, director).
    needs_diacritics: bool = False
    glued: tuple[int, ...] = ()  # token positions that must touch the one before
    # The whole phrase (names, triggers, cues), when the fold alone is not enough:
    # - an acronym ("US", "U.S.") is upper case, or it is the pronoun "us";
    # - a Vietnamese word with diacritics ("Mỹ", "Ảnh") keeps them in text that has diacritics
    #   or is English, where its fold ("my", "anh") is another word; longer names ("Phan Văn
    #   Giang") are safe to fold;
    # - a plain phrase ("Thai") does not match accented text ("trạng thái");
    # - a one-word proper name ("Pháp", "Bỉ") is capitalised in Vietnamese text, unlike
    #   "giải pháp", "bền bỉ"; one that cannot be a Vietnamese word ("hungary", "gaza") is a
    #   name written in lower case (may_be_word).
    acronym: str | None = None
    marked: str | None = None
    plain: bool = False
    capitalised: bool = False

    def __getitem__(self, name: str) -> Any:
        return self.data[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)

    def stands_as(self, original: str, lang: str, accented: bool) -> bool:
        """Whether a folded match of the whole phrase stands as `original` is written, in a
        text of `lang` that does (`accented`) or does not write diacritics."""
        if self.acronym is not None:
            return letters(original) == self.acronym
        if self.capitalised and not original[:1].isupper() and may_be_word(lang, original):
            return False
        if self.marked is not None and (accented or lang == "en" or self.needs_diacritics):
            return " ".join(original.lower().split()) == self.marked
        return not (self.plain and accented and has_marks(original))


class Index:
    """Phrases of every language, looked up by the tokens of a statement."""

    def __init__(self) -> None:
        self.first_keys: set[str] = set()  # first tokens of all phrases: a quick "no"
        self.kinds_for: dict[str, set[str]] = {}  # first token -> kinds of its phrases
        self.by_kind: dict[str, dict[str, list[Entry]]] = {}  # kind -> first token -> entries

    def __getstate__(self) -> dict[str, Any]:
        # Kept with each bucket pickled on its own (kept.by_key): a statement with a number reads
        # the buckets of its few words, and unpickling all 775 entries of the number index cost
        # a fresh check 1.8 ms.
        buckets = {
            kind: {key: pickled(b) for key, b in by.items()} for kind, by in self.by_kind.items()
        }
        return {**self.__dict__, "by_kind": buckets}

    def __setstate__(self, state: dict[str, Any]) -> None:
        state["by_kind"] = {kind: by_key(by) for kind, by in state["by_kind"].items()}
        self.__dict__.update(state)

    def add(
        self,
        kind: str,
        lang: str,
        phrase: Any,
        data: dict[str, Any] | None = None,
        *,
        joined: bool = False,
    ) -> None:
        """Add ``phrase`` (a string, or ``{form: ..., needs_diacritics: true}``).

        ``joined`` also adds a phrase of several words written as one ("đôla", "egyptianpound").
        """
        needs = False
        if not isinstance(phrase, str | dict):
            # YAML reads a bare on/no/yes as a boolean: the phrase must be quoted
            raise TypeError(f"{kind} phrase {phrase!r} ({lang}) is not a string")
        if isinstance(phrase, dict):
            needs = bool(phrase.get("needs_diacritics"))
            phrase = phrase["form"]
        keys, written, glued = phrase_tokens(phrase)
        if not keys:
            return
        self._insert(
            Entry(kind, lang, keys, written, data or {}, needs_diacritics=needs, glued=glued)
        )
        if joined and len(keys) > 1 and all(k.isalpha() for k in keys):
            self._insert(
                Entry(
                    kind,
                    lang,
                    ("".join(keys),),
                    ("".join(written),),
                    data or {},
                    needs_diacritics=needs,
                )
            )

    def _insert(self, entry: Entry) -> None:
        self.first_keys.add(entry.keys[0])
        self.kinds_for.setdefault(entry.keys[0], set()).add(entry.kind)
        bucket = self.by_kind.setdefault(entry.kind, {}).setdefault(entry.keys[0], [])
        bucket.append(entry)
        bucket.sort(key=lambda e: -len(e.keys))  # longest phrase first

    def __contains__(self, key: str) -> bool:
        return key in self.first_keys

    def start_keys(self, kinds: tuple[str, ...], cannot_start: frozenset[str]) -> frozenset[str]:
        """First tokens of phrases of these kinds, leaving out number words whose role is in
        ``cannot_start`` or that only follow other words: where a match may begin."""
        return frozenset(
            key
            for kind in kinds
            for key, bucket in self.by_kind.get(kind, {}).items()
            if any(e.get("role") not in cannot_start and "after" not in e.data for e in bucket)
        )

    def at(self, toks: Tokens, k: int, kinds: tuple[str, ...] | str) -> list[Entry]:
        """Entries of these kinds whose phrase starts at token k, longest first."""
        keys = toks.keys
        have = self.kinds_for.get(keys[k]) if k < len(keys) else None
        if have is None:
            return []
        if isinstance(kinds, str):
            if kinds not in have:
                return []
            return self._matching(self.by_kind[kinds][keys[k]], toks, k)
        found: list[Entry] = []
        for kind in have.intersection(kinds):
            found.extend(self._matching(self.by_kind[kind][keys[k]], toks, k))
        if len(found) > 1:
            found.sort(key=lambda e: -len(e.keys))
        return found

    @staticmethod
    def _matching(bucket: list[Entry], toks: Tokens, k: int) -> list[Entry]:
        return [
            e for e in bucket if stands_at(toks, k, e.keys, e.written, e.needs_diacritics, e.glued)
        ]

    def starts(
        self, kinds: tuple[str, ...], cannot_start: frozenset[str]
    ) -> dict[str, tuple[Phrase, ...]]:
        """start_keys, each with every phrase of these kinds that begins with it, as `at` finds
        them: what tells, apart from the index (a small thing to keep), whether a statement
        writes any of them (stands_at), so that one that writes none never reads the index."""
        return {
            key: tuple(
                (e.keys, e.written, e.needs_diacritics, e.glued)
                for kind in kinds
                for e in self.by_kind.get(kind, {}).get(key, ())
            )
            for key in self.start_keys(kinds, cannot_start)
        }

    def first(self, toks: Tokens, k: int, kinds: tuple[str, ...] | str) -> Entry | None:
        found = self.at(toks, k, kinds)
        return found[0] if found else None


@cache
def _word_shape(lang: str) -> re.Pattern[str] | None:
    shape = load(lang, "statements").get("word_shape")
    return re.compile(shape) if shape else None


def may_be_word(lang: str, written: str) -> bool:
    """Whether `written` may be a word of the language `lang` (`word_shape` in
    lexicon/<lang>/statements.yaml, over its folded letters), so that a one-word proper name
    written so in that language's text needs its capital to be the name ("Pháp" and "giải
    pháp"); False for a language that gives no shape, which writes no such common words."""
    shape = _word_shape(lang)
    return shape is not None and shape.fullmatch(fold(written).lower()) is not None


def stands_at(
    toks: Tokens,
    k: int,
    keys: tuple[str, ...],
    written: tuple[str, ...],
    needs_diacritics: bool,
    glued: tuple[int, ...],
) -> bool:
    """Whether the phrase of these folded `keys`, each `written` so, stands at token k: the
    same tokens, glued where it is, and written as the text writes diacritics (_written_ok)."""
    # Plain loops, not all() over generators: the number and date scanners ask about nine
    # times a statement, and the generators cost more than the few tokens they compare.
    n = len(keys)
    if n > 1:
        tokens = toks.keys
        if k + n > len(tokens) or tuple(tokens[k : k + n]) != keys:
            return False
        for m in glued:
            if not toks.touching(k + m):
                return False
    for m in range(n):
        if not _written_ok(toks.written(k + m), written[m], needs_diacritics, toks.loose):
            return False
    return True


def _written_ok(written: str, entry_written: str, needs_diacritics: bool, loose: bool) -> bool:
    # Only letters carry diacritics; dashes and quotes are already unified by fold. A text that
    # writes no diacritic at all ("1,5 ty USD") may mean any entry its words fold to; in a text
    # that writes them, a bare word is bare on purpose ("vai", role, is not "vài", a few).
    return (
        written == entry_written
        or not written[0].isalpha()
        or (loose and written.isascii() and not needs_diacritics)
    )


def _forms(items: Iterable[Any] | Mapping[Any, Iterable[Any]] | None) -> list[Any]:
    """The phrases of a list, or of every entry of a mapping (weekdays by number)."""
    if isinstance(items, Mapping):
        return [form for forms in items.values() for form in forms]
    return list(items or [])


@kept
def numbers() -> Index:
    """Numbers, scales, units, comparators, ranges, rates and ranks of every language."""
    index = Index()
    for lang in LANGUAGES:
        data = load(lang, "numbers")
        for item in data.get("numbers", []):
            index.add("number", lang, item["word"], item)
        for item in _forms(data.get("negative")):
            index.add("negative", lang, item)
        for item in data.get("scales", []):
            index.add("scale", lang, item["word"], item)
        for item in data.get("vague", []):
            index.add("vague", lang, item["phrase"], item)
        for word in _forms(data.get("vague_of")):
            index.add("vague_of", lang, word)
        for section in ("currencies", "units"):
            for unit, forms in (data.get(section) or {}).items():
                for group in ("symbols", "codes", "names"):
                    for form in _forms(forms.get(group)):
                        info = {
                            "unit": unit,
                            "group": group,
                            "money": section == "currencies",
                            "before": group != "names" or bool(forms.get("names_before")),
                        }
                        index.add("unit", lang, form, info, joined=group == "names")
        units = data.get("units") or {}
        for item in data.get("subunits", []):
            # a part of a currency is money; a multiple of another unit ("decade") is not
            index.add("subunit", lang, item["word"], {**item, "money": item["unit"] not in units})
        for item in data.get("fractions", []):
            index.add("fraction", lang, item["phrase"], item)
        for phrase in _forms(data.get("not_numbers")):
            index.add("not_number", lang, phrase)
        for phrase in _forms(data.get("counted_nouns")):
            index.add("counted_noun", lang, phrase)
        counted_units = data.get("counted_units") or {}
        for word in _forms(counted_units.get("particular")):
            index.add("particular_unit", lang, word)
        for word in _forms(counted_units.get("tails")):
            index.add("count_tail", lang, word)
        durations = data.get("durations") or {}
        for word in _forms(durations.get("openers")):
            index.add("duration_opener", lang, word)
        for word in _forms(durations.get("nouns")):
            index.add("duration_noun", lang, word)
        for word in _forms(data.get("amount_and")):
            index.add("amount_and", lang, word)
        for phrase in _forms(data.get("rates")):
            index.add("rate", lang, phrase)
        for item in data.get("comparators", []):
            index.add(
                "post_comparator" if item.get("post") else "comparator", lang, item["phrase"], item
            )
            if item.get("closer"):
                index.add("closer", lang, item["closer"])
        for word in _forms(data.get("comparator_fillers")):
            index.add("comparator_filler", lang, word)
        objects = data.get("comparator_objects") or {}
        for phrase in _forms(objects.get("articles")):
            index.add("object_before", lang, phrase, {"article": True})
        for phrase in _forms(objects.get("before")):
            index.add("object_before", lang, phrase, {"article": False})
        for phrase in _forms(objects.get("after")):
            index.add("object_after", lang, phrase)
        _add_ranges(index, lang, data.get("ranges") or {})
        for word in _forms((data.get("ranges") or {}).get("not_after")):
            index.add("change", lang, word)
        ranks = data.get("ranks") or {}
        for item in ranks.get("ordinals", []):
            index.add("ordinal", lang, item["word"], item)
        for word in _forms(ranks.get("digit_suffixes")):
            index.add("ordinal_suffix", lang, word)
        for word in _forms(ranks.get("superlatives")):
            index.add("superlative", lang, word)
        for word in _forms(ranks.get("top")):
            index.add("top", lang, word)
        for phrase in _forms(ranks.get("not_after")):
            index.add("rank_not_after", lang, phrase)
        for word in _forms(ranks.get("anniversaries")):
            index.add("anniversary", lang, word)
        for word in _forms(ranks.get("ordinal_not_after")):
            index.add("ordinal_not_after", lang, word)
        for word in _forms(ranks.get("prefixes")):
            index.add("rank_prefix", lang, word)
        for word in _forms(ranks.get("bare_prefixes")):
            index.add("rank_prefix", lang, word, {"bare": True})
        for item in ranks.get("prefix_words", []):
            index.add("rank_word", lang, item["word"], item)
    return index


@kept
def number_settings() -> dict[str, bool]:
    """Per-language switches of the number grammar (``spoken_hundreds``): kept, where a fresh
    check read both languages' whole number lexicons (22 KB) for two flags."""
    return {lang: bool(load(lang, "numbers").get("spoken_hundreds")) for lang in LANGUAGES}


@kept
def dates() -> Index:
    """Month names, date words, parts, quarters, weekdays and connectors of every language."""
    index = Index()
    for lang in LANGUAGES:
        data = load(lang, "dates")
        for item in data.get("months", []):
            for word in item["words"]:
                index.add("month", lang, word, {"month": item["month"]})
        for kind in (
            "month_cues",
            "year_cues",
            "year_words",
            "day_words",
            "day_suffixes",
            "of",
            "day_cues",
            "weekdays",
            "time_joiners",
            "monthless_openers",
            "monthless_followers",
            "zones",
            "fraction_followers",
        ):
            for word in _forms(data.get(kind)):
                index.add(kind, lang, word)
        for item in data.get("parts", []):
            part = item["part"]
            index.add(
                "part",
                lang,
                item["phrase"],
                {
                    "part": part,
                    "days": tuple(data["part_days"][part]),
                    "months": tuple(data["part_months"][part]),
                    "decade": tuple((data.get("part_decades") or {}).get(part) or ()),
                },
            )
        for kind in ("quarters", "halves"):
            for which, phrases in (data.get(kind) or {}).items():
                for phrase in phrases:
                    index.add(kind, lang, phrase, {"which": int(which)})
        _add_ranges(index, lang, data.get("ranges") or {})
        _add_decades(index, lang, data)
        _add_lunar(index, lang, data)
    return index


def _add_lunar(index: Index, lang: str, data: dict[str, Any]) -> None:
    """Lunar years by name: the words before a name with the days of the lunar year they hold
    (`lunar_periods`: None for the whole year), and each name with its year and the cycle it
    recurs in (`lunar_names`, `lunar_cycle`)."""
    for phrase, days in (data.get("lunar_periods") or {}).items():
        index.add("lunar_periods", lang, phrase, {"days": days})
    cycle = data.get("lunar_cycle")
    for name, year in (data.get("lunar_names") or {}).items():
        index.add("lunar_names", lang, name, {"year": year, "cycle": cycle})


def _add_decades(index: Index, lang: str, data: dict[str, Any]) -> None:
    """Decade words: those before a year ("thập niên"), the suffix glued after it ("s" of
    "1990s"), the mark glued before two digits ("'" of "'90s") and the article a part word may
    stand before ("the end of the 1990s"); a word or mark carries the two-digit decades its
    language reads as 19xx (`decade_short`)."""
    short = tuple(data.get("decade_short") or ())
    for kind in ("decade_words", "decade_marks"):
        for word in _forms(data.get(kind)):
            index.add(kind, lang, word, {"short": short})
    for kind in ("decade_suffixes", "decade_articles"):
        for word in _forms(data.get(kind)):
            index.add(kind, lang, word)


def _add_ranges(index: Index, lang: str, ranges: dict[str, Any]) -> None:
    """Range words: "from"-like openers, "between"-like openers and what closes each, and the
    words before a range that make it a window an act fell somewhere in ("sometime")."""
    for word in _forms(ranges.get("open")):
        index.add("range_open", lang, word, {"and": False})
    for word in _forms(ranges.get("open_and")):
        index.add("range_open", lang, word, {"and": True})
    for word in _forms(ranges.get("to")):
        index.add("range_to", lang, word, {"and": False})
    for word in _forms(ranges.get("and")):
        index.add("range_to", lang, word, {"and": True})
    for word in _forms(ranges.get("within")):
        index.add("range_within", lang, word, {})


def examples(lang: str) -> list[dict[str, Any]]:
    """The example corpus of ``lang`` (the tests run it)."""
    return list(load(lang, "examples").get("examples", []))


@kept
def abbreviations() -> frozenset[str]:
    """Words after which a full stop does not end a sentence, folded, from every language:
    kept, where a fresh check read both languages' statement lexicons (21 KB) for them."""
    return frozenset(
        fold(nfc(a))
        for lang in LANGUAGES
        for a in load(lang, "statements").get("abbreviations", [])
    )


@dataclass(frozen=True)
class Fillers:
    """Phrases that carry no detail a claim must bear out (``fillers`` in every language's
    ``lexicon/<lang>/fillers.yaml``), as word tuples: `written` lower-cased with their marks, for
    a text that writes diacritics ("tư cách" is not "thứ tư"), `folded` for one that writes none."""

    written: frozenset[tuple[str, ...]]
    folded: frozenset[tuple[str, ...]]
    # The longest phrase of `written` and of `folded` each first word starts: a statement's
    # word that starts none (most) is not probed at every length.
    written_reach: dict[str, int]
    folded_reach: dict[str, int]


def reach(phrases: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """The longest of `phrases` each first word starts."""
    found: dict[str, int] = {}
    for phrase in phrases:
        extend_reach(found, phrase)
    return found


def extend_reach(found: dict[str, int], phrase: tuple[str, ...]) -> None:
    """Count `phrase` in `found`, the longest phrase each first word starts (see `reach`)."""
    if phrase:
        found[phrase[0]] = max(found.get(phrase[0], 0), len(phrase))


def prepare_fillers(phrases: Iterable[object]) -> Fillers:
    """A lexicon's list of fillers as Fillers: the one preparation of fillers.yaml's (words
    that carry no detail) and topics.yaml's (words that may stand inside a key phrase)."""
    listed = [str(p) for p in phrases]
    written = frozenset(tuple(nfc(p).lower().split()) for p in listed)
    folded = frozenset(word_keys(p) for p in listed)
    return Fillers(written, folded, reach(written), reach(folded))


@kept
def fillers() -> Fillers:
    """The fillers of every language: a statement mixes them ("Viet Nam's To Lam met PM Shehbaz
    in Washington" reads as Vietnamese). Kept between runs: every fresh check reads them."""
    return prepare_fillers(
        p
        for lang in LANGUAGES
        for kind in FILLER_KINDS
        for p in load(lang, "fillers").get(kind) or []
    )


@kept
@cache
def whole_phrases() -> tuple[str, ...]:
    """Details of several words that are read and accounted for only whole, in every language:
    compounds whose words alone are other words ("Hạ viện", fillers.yaml `compounds`), the
    manners and times a denial may fall on ("bí mật", "in person": foci.yaml), the details
    that narrow an act ("cấp nhà nước": synonyms.yaml `trigger_details`), the titles no
    entity reads ("Tổng Thư ký": statements.yaml `title_not_triggers`) and the verbs that put
    an act off, left for the claims when denied ("trì hoãn": polarity.yaml `delayers`; its
    "trì" is not the one of "duy trì"), and the nouns naming someone by a relation ("phu nhân":
    statements.yaml `relations`; its "nhân" is not the one of "nhân dân", so "Tô Lâm cùng phu
    nhân" adds a party no claim gives). Never one that is a filler itself ("chính thức")."""
    filler = fillers().folded
    listed = [
        str(p)
        for lang in LANGUAGES
        for p in [
            *(load(lang, "fillers").get("compounds") or []),
            *load(lang, "foci")["foci"],
            *(load(lang, "synonyms").get("trigger_details") or []),
            *(load(lang, "statements").get("title_not_triggers") or []),
            *(load(lang, "polarity").get("delayers") or []),
            *(load(lang, "statements").get("relations") or []),
        ]
    ]
    return tuple(p for p in listed if len(word_keys(p)) > 1 and word_keys(p) not in filler)


@cache
def split_details(loose: bool) -> tuple[tuple[str, ...], ...]:
    """The folded whole phrases (`whole_phrases`) no filler or cue may take one word of: the
    details that narrow an act ("cấp nhà nước", not the filler "nước" after "cấp nhà"), and,
    in a statement written without marks (`loose`), those one of whose words folds to a
    filler's without being one as written ("bi mat", bí mật: not "bị"). "as a" is not one
    ("a" is a filler as written). So is a compound of fillers (fillers.yaml `compounds`): "về
    nước" (went home) is an act, not the filler "về" before the filler "nước"."""
    written, folded = fillers().written, fillers().folded
    details = {
        word_keys(str(p))
        for lang in LANGUAGES
        for p in [
            *(load(lang, "synonyms").get("trigger_details") or []),
            *(
                c
                for c in load(lang, "fillers").get("compounds") or []
                if any((k,) in folded for k in word_keys(str(c)))
            ),
        ]
    }
    return tuple(
        word_keys(p)
        for p in whole_phrases()
        if word_keys(p) in details
        or (
            loose
            and not any((w,) in written for w in nfc(p).lower().split())
            and any((k,) in folded for k in word_keys(p))
        )
    )


def time_frames() -> Fillers:
    """The time frames of every language ("this year", "trong năm nay": fillers.yaml
    time_frames): phrases whose words no filler holds."""
    return prepare_fillers(
        p for lang in LANGUAGES for p in load(lang, "fillers").get("time_frames") or []
    )


# The kinds of phrase that carry no detail (lexicon/<lang>/fillers.yaml): function words and
# harmless filler, the press's framing, words that only grade what they stand beside, a verb
# frame that only carries the verb after it, a post's reaction to what it reports, and words
# that set a clause at the time of writing.
FILLER_KINDS = (
    "fillers",
    "framing",
    "intensifiers",
    "light_verbs",
    "reactions",
    "present_openers",
)


@cache
def glosses(lang: str) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each folded word or phrase a ``lang`` statement may use, with the folded phrases of the
    sources that say it: a statement's word the deciding claims' sources say in another
    language ("students": "sinh viên"), or a phrase they say in other words ("vun đắp": "xây
    dựng"). ``lexicon/<lang>/glosses.yaml`` gives them the other way round, as a translator's
    glossary of the sources: each source phrase with the statement's words for it."""
    found: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    # A word under its inflection key too ("supporting", "backs": lexicon/<lang>/
    # inflection.yaml), so that a gloss is given once, in its base form and either spelling.
    inflection = _inflection(lang)
    sections = (load(lang, "glosses").get("glosses") or {}).values()
    for source, phrases in (entry for section in sections for entry in section.items()):
        said = word_keys(str(source))
        for phrase in phrases:
            key = word_keys(str(phrase))
            found.setdefault(key, []).append(said)
            if inflection and len(key) == 1:
                found.setdefault((_GLOSS_STEM + inflection.stem(key[0]),), []).append(said)
    return {key: tuple(dict.fromkeys(phrases)) for key, phrases in found.items()}


# Marks a gloss filed under an inflection key, which a word's own key never starts with.
_GLOSS_STEM = "~"


def glossed(lang: str, keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The glosses of a statement's folded word or phrase `keys`: its own and, for a word,
    those of its inflection key ("backing" is glossed by "back")."""
    found = glosses(lang)
    own = found.get(keys, ())
    inflection = _inflection(lang)
    if len(keys) != 1 or not inflection:
        return own
    return own + tuple(
        g for g in found.get((_GLOSS_STEM + inflection.stem(keys[0]),), ()) if g not in own
    )


@cache
def _inflection(lang: str) -> Inflection:
    return Inflection.from_data(load(lang, "inflection"))
