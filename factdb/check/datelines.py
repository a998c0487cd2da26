"""The opening words of a statement that are not what it says: hashtags, a thread's list marker,
a heading, a dateline.

A social post's trailing hashtags label it ("... #BoardOfPeace"), a heading's label files or
disputes what follows ("Explainer:", "Myth:", "Tin giả:"), and a wire story's dateline says where,
when and by whom it was filed ("HANOI, Feb 19 (Reuters) -"), not where or when the fact happened.
parse_statement blanks them first (offsets kept), before it reads a word, and keeps what they
tell: a label that disputes, the filing date (a report date) and the dateline's city (the clock a
part of the day is told on). They live apart from the parser because they read only the raw text,
the statements lexicon (`heading_labels`, `disputing_labels`, `dateline_words`, `day_parts`,
`local_times`) and the vocabulary's cities, never a parse.
"""

from __future__ import annotations

import re
from functools import cache

from factdb.check.statement import Cue
from factdb.extract.dates import DateSpan, find_dates
from factdb.lexicon.index import LANGUAGES, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import CITY, Vocabulary
from factdb.text.tokens import word_keys

# The hashtags that end a social post ("… met Orbán #BoardOfPeace #Vietnam"): labels of what the
# post is about, not words of what it says. One inside the sentence is read as its word ("#Vietnam
# backs the plan").
# A mark before a digit is no hashtag: "VN's #1 trade partner" is a rank. A post's emoji may
# stand between its tags and after them ("#BoardOfPeace 🇻🇳 #Vietnam 👏"), and a full stop after
# the last; the sentence's own end before the first tag ("?") is never a tag's.
# The patterns of this module that few statements need are kept as text and compiled on first
# use (re.compile's own cache then): compiling all of them cost every fresh check 0.5 ms.
_TAG = r"#[^\W\d_]\w*"
_DECORATION = r"[^\w#?!.,;:()'\"-]"
_TRAILING_TAGS = rf"\s*{_TAG}(?:{_DECORATION}*{_TAG})*{_DECORATION}*\.?{_DECORATION}*$"
_TAG_MARK = r"#(?=[^\W\d_])"


def blank_tags(text: str) -> str:
    """`text` with its trailing hashtags, and the mark of any other, as spaces (offsets kept)."""
    if "#" not in text:
        return text
    text = re.sub(_TRAILING_TAGS, lambda m: " " * len(m.group()), text)
    return re.sub(_TAG_MARK, " ", text)


# A list marker opening a social post's item ("1/ Lam landed ...", "2/", "(1)", "3)", "4."): the
# place of the post in its thread, no number of what it says. One or two digits, then a space;
# a slash with a digit after it is a date ("1/3") or a thread's total ("1/5"), which stays.
_THREAD_MARKER = r"\s*(?:\(\d{1,2}\)|\d{1,2}[/).])(?=\s)"


def blank_thread_marker(text: str) -> str:
    """`text` with the list marker that opens it as spaces (offsets kept)."""
    first = text.lstrip()[:2]
    if not first[:1].isdigit() and not first[1:].isdigit():
        return text  # a quick no: most statements open with a word
    return re.sub(f"^{_THREAD_MARKER}", lambda m: " " * len(m.group()), text, count=1)


# A heading's label before a colon that opens the statement ("Explainer:", "Điểm tin:"): how
# the piece files what follows (`heading_labels` in lexicon/<lang>/statements.yaml), or a label
# that disputes it ("Myth:", "Tin giả:": `disputing_labels`). Only a label listed whole counts,
# so that a name before a colon stays a speaker ("Leahy: ...") and any other words stay details.
HEADING_REACH = 40  # characters: a label is a few words


def blank_heading(text: str) -> tuple[str, str | None]:
    """`text` with a heading's label opening it as spaces (offsets kept), and the label as
    written where it disputes what follows (None otherwise)."""
    colon = text.find(":", 0, HEADING_REACH)
    if colon < 0:
        return text, None
    label = tuple(word_keys(text[:colon]))
    if label in _heading_labels("heading_labels"):
        disputed = None
    elif label in _heading_labels("disputing_labels"):
        disputed = text[:colon].strip()
    else:
        return text, None
    return " " * (colon + 1) + text[colon + 1 :], disputed


@cache
def _heading_labels(key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_keys("statements", key))


# A wire story's dateline ("HANOI (Reuters) -", "WASHINGTON, Feb 19 (AP) —", "(VnExpress) -",
# "WASHINGTON (AP, Feb. 20) -", "Feb. 20 (VNA) —", "Posted Feb. 20:"): where, when and by whom
# the story was filed, not where or when the fact it reports happened. A place in capitals, a
# date after a comma, an agency in brackets, then a dash; or an agency in brackets alone opening
# the statement. A date the dates module reads there is blanked while the rest is matched, so
# that it may stand anywhere in the dateline, which may then also end at a colon.
_DATELINE = (
    r"\s*(?P<place>[^\W\d_][^\W\d_'.]*(?:[ '.-][^\W\d_]+){0,3}\.?)?"
    r"(?P<date>,[^()\n—–]{1,30}?)?\s*(?P<agency>\([^()\n\d]{2,30}\))?\s*"
    r"(?P<mark>[—–]|-{1,2}(?=\s)|:)"
)
_DASHES = frozenset("—–-")
_DATELINE_MARK = r"[—–]|-{1,2}(?=\s)|:(?=\s)"  # the first that may end a dateline
_AGENCY = r"\s*\([^()\n\d]{2,30}\)(?=\s*[^\W\d_])"
DATELINE_LETTERS = 3  # fewer capitals are an abbreviation ("US - Vietnam ties")
DATELINE_REACH = 60  # a dateline's date opens the statement: later dates date what it says


def blank_dateline(text: str, vocab: Vocabulary) -> tuple[str, DateSpan | None]:
    """`text` with the dateline that opens it as spaces (offsets kept), but for the date it
    gives, which is returned: the day the story was filed, a report date (parse_statement).
    A capitalised place alone is a dateline only where it is a city ("HANOI -"), never where it
    is a party ("ASEAN - Vietnam"), and never in a statement written all in capitals (a
    headline); a place in small letters only where it is a city given with the date
    ("Washington, ngày 20/2/2026 -"); a word of posting ("Posted", `dateline_words` in
    lexicon/<lang>/statements.yaml) only with the date."""
    blanked, filed, _ = read_dateline(text, vocab)
    return blanked, filed


def read_dateline(
    text: str, vocab: Vocabulary
) -> tuple[str, DateSpan | None, tuple[int, int] | None]:
    """blank_dateline's text and date, with the span of the dateline's place where it is a
    city ("WASHINGTON, Feb 19 -"), else None."""
    # Every dateline ends at a dash or, with its date, a colon: without one the pattern's
    # search, which tries every way to read the opening words as a place and a date, finds
    # nothing.
    found = filed = None
    kept_from = None  # where a dateline's date with a part of the day is kept from
    if _DASHES.intersection(text) or ":" in text:
        # its date ends before the mark: "HÀ NỘI (17/2) - Ngày 18/2, ..." files on 17/2, and
        # says 18/2, no range "17/2) - Ngày 18/2"
        mark = re.search(_DATELINE_MARK, text[:DATELINE_REACH])
        reach = DATELINE_REACH if mark is None else mark.start()
        filed = next((d for d in find_dates(text[:reach]) if d.end < DATELINE_REACH), None)
        masked = text if filed is None else _spaced(text, filed.start, filed.end)
        found = re.match(_DATELINE, masked)
        # a date past the dateline dates what it says; one with words beside it in the
        # dateline's date ("WASHINGTON, Feb. 20, Lam said:") is no filing date
        beside = "" if found is None else masked[found.start("date") : found.end("date")]
        if (
            found is not None
            and filed is not None
            and filed.start < found.end()
            and day_part_in(beside)
        ):
            # a part of the day with it ("WASHINGTON, tối 19/2 (giờ địa phương) -") tells when
            # what the story reports happened: kept, with its zone, as an opening "Tối 19/2"
            kept_from, filed = found.start("date") + 1, None
        elif (
            found is not None
            and filed is not None
            and (filed.start >= found.end() or beside.strip(", "))
        ):
            found, filed = re.match(_DATELINE, text), None
    if found is not None and found.group("place") is None and _zone_named(found.group("agency")):
        # "Feb 21 (Washington time): Lam meets Pashinyan": a date with its clock opening the
        # statement is the act's, in that clock, not a filing date with its agency
        return text, None, None
    if found is None or not (found.group("place") or found.group("agency")):
        found = re.match(_AGENCY, text) if "(" in text else None  # an agency is in brackets
        cut = text if found is None else " " * found.end() + text[found.end() :]
        return cut, None, None
    place, date, agency = found.group("place", "date", "agency")
    dated = filed is not None or date is not None
    if found.group("mark") == ":" and filed is None:
        return text, None, None
    rest = text[found.end() :]
    if not any(c.islower() for c in rest):
        return text, None, None
    if place is not None and not _posting(place):
        letters = [c for c in place if c.isalpha()]
        city = _is_city(place, vocab)
        if len(letters) < DATELINE_LETTERS:
            return text, None, None
        if not all(c.isupper() for c in letters) and not (city and dated):
            return text, None, None
        if not (dated or agency or city):
            return text, None, None
    elif place is not None and filed is None:
        return text, None, None
    # a city's clock is the one its story tells the time of day on (relative.told_from_report)
    city = found.span("place") if place is not None and _is_city(place, vocab) else None
    if kept_from is not None:
        return " " * kept_from + text[kept_from:], None, city
    blanked = " " * found.end() + rest
    if filed is None:
        return blanked, None, city
    # the date is kept, parted from the sentence by a semicolon where the dateline's mark was: no
    # date "17/2 Ngày" of "HÀ NỘI, 17/2 - Ngày mai, ...", and no range "17/2 - Ngày 18/2" of
    # "HÀ NỘI (17/2) - Ngày 18/2, ..."
    mark = found.start("mark")
    kept = blanked[: filed.start] + filed.text + blanked[filed.end : mark]
    return (
        kept + ";" + " " * (found.end("mark") - mark - 1) + text[found.end("mark") :],
        filed,
        city,
    )


def _spaced(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


@cache
def _dateline_words() -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_keys("statements", "dateline_words"))


@cache
def day_part_words() -> frozenset[tuple[str, ...]]:
    """The words for a part of the day with a date (`day_parts` in lexicon/<lang>/statements)."""
    return frozenset(
        phrase
        for lang in LANGUAGES
        for part in load_lexicon(lang, "statements").get("day_parts") or {}
        for phrase in phrase_keys("statements", "day_parts", (lang,), part)
    )


def day_part_in(words: str) -> bool:
    """Whether `words` hold a part of the day ("tối", "evening of")."""
    keys = word_keys(words)
    return any(
        tuple(keys[i : i + len(part)]) == part
        for part in day_part_words()
        for i in range(len(keys) - len(part) + 1)
    )


@cache
def _local_time_words() -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_keys("statements", "local_times"))


def _zone_named(bracketed: str | None) -> bool:
    """Whether words in brackets name a clock ("(Washington time)", "(giờ Mỹ)"): `local_times`
    in lexicon/<lang>/statements.yaml."""
    return bracketed is not None and tuple(word_keys(bracketed)) in _local_time_words()


def _posting(place: str) -> bool:
    return tuple(word_keys(place)) in _dateline_words()


def _cities(name: str, vocab: Vocabulary) -> set[str]:
    """The cities the vocabulary reads `name` as."""
    entries = vocab.phrases.entries.get(word_keys(name)) or []
    return {
        e.target
        for e in entries
        if e.target in vocab.entities and vocab.entities[e.target].type == CITY
    }


def _is_city(name: str, vocab: Vocabulary) -> bool:
    return bool(_cities(name, vocab))


def city_cue(text: str, start: int, end: int, vocab: Vocabulary) -> Cue | None:
    """The dateline city at `start`-`end` as a cue of kind "dateline" with its one entity id."""
    cities = _cities(text[start:end], vocab)
    return Cue("dateline", cities.pop(), text[start:end], start, end) if len(cities) == 1 else None
