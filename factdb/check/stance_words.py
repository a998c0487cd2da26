"""The stance words of every language found in a text (`stances`, `turned`, `persons` ... in
factdb/lexicon/<lang>/stances.yaml): the words of saying, thanking or praising, and those for the
persons of what is said. Below both readers of them: factdb.check.parse (what a thanks is for:
its deed) and factdb.check.stance (who said what), so neither imports the other."""

from __future__ import annotations

from functools import cache

from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.kept import kept_by_key
from factdb.records import dataclass
from factdb.text.fold import has_marks, nfc
from factdb.text.tokens import Tokens, word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

# Stances whose content is a deed of the one addressed ("thanked Daines for pushing the
# resolution", "praised his efforts"): a date said before the stance's words dates the thanks,
# not the deed (check.scope.place_values), which was done before it.
FOR_DEEDS = frozenset({"thanked", "praised"})
# What marks the cue of a stance turned round (`turned` in stances.yaml): "turned:praised" is
# read from "criticised", the opposite view of praise.
TURNED = "turned:"
# What marks the cue of a saying denied (`denied_approvals: sayings` in stances.yaml):
# "unsaid:said" is read from "did not pledge", the speaker said to have given no such word.
UNSAID = "unsaid:"


@dataclass(frozen=True)
class StancePhrase:
    words: tuple[str, ...]  # folded
    accented: tuple[str, ...] | None  # lower-cased with marks, when the phrase has them
    # A stance id, or "according_to", "between" (small words between speaker and verb) or
    # "not_stance" (a longer phrase holding a stance word that is not one: "xem xét").
    stance: str


@cache
def stance_phrases(persons: bool = False) -> tuple[StancePhrase, ...]:
    """The stance phrases of every language, or (`persons`) the words for the persons of what
    a speaker says (`persons` in stances.yaml, read by factdb.check.persons)."""
    found = []
    for lang in LANGUAGES:
        data = load_lexicon(lang, "stances")
        if persons:
            groups = dict(data.get("persons") or {})
        else:
            groups = dict(data.get("stances") or {})
            groups["according_to"] = data.get("according_to") or []
            groups["between"] = data.get("between") or []
            groups["not_stance"] = data.get("not_stances") or []
            groups["collective"] = data.get("collective") or []
            for stance, words in (data.get("turned") or {}).items():
                groups[TURNED + stance] = words
            denied = data.get("denied_approvals") or {}
            for stance, words in _denied(denied, "approvals").items():
                groups[TURNED + stance] = [*groups.get(TURNED + stance, []), *words]
            for stance, words in _denied(denied, "sayings").items():
                groups[UNSAID + stance] = words
        for stance, phrases in groups.items():
            for phrase in phrases:
                text = nfc(str(phrase))
                words = word_keys(text)
                accented = tuple(text.lower().split()) if has_marks(text) else None
                found.append(StancePhrase(words, accented, stance))
    # Longest first: "bày tỏ mong muốn" is a wish before "bày tỏ" is an expression.
    return tuple(sorted(found, key=lambda p: -len(p.words)))


def _denied(data: dict[str, Any], key: str) -> dict[str, list[str]]:
    """Each denial before each phrase of `key` (`denied_approvals` in stances.yaml), by the
    stance the phrase says: the phrases of an approval denied, which turn that stance round
    ("isn't thrilled about", "tỏ ý không tán thành": praised; "never voiced support for",
    "chưa từng bày tỏ ủng hộ": affirmed), or of an undertaking denied (`sayings`: "did not
    pledge", "từ chối cam kết": said, and not given)."""
    denials = data.get("denials") or []
    return {
        stance: [f"{denial} {phrase}" for denial in denials for phrase in phrases]
        for stance, phrases in (data.get(key) or {}).items()
    }


def _indexed(phrases: tuple[StancePhrase, ...]) -> dict[str, tuple[tuple[int, StancePhrase], ...]]:
    """Each phrase with its rank in `phrases`, under its first word: a statement's word is
    looked up once instead of every phrase being tried at every word."""
    found: dict[str, list[tuple[int, StancePhrase]]] = {}
    for rank, phrase in enumerate(phrases):
        found.setdefault(phrase.words[0], []).append((rank, phrase))
    return {word: tuple(phrases) for word, phrases in found.items()}


@kept_by_key
def _by_first_word() -> dict[str, tuple[tuple[int, StancePhrase], ...]]:
    """The stance phrases indexed (`_indexed`). Kept between runs: made anew, it cost a fresh
    check 3 ms."""
    return _indexed(stance_phrases())


@kept_by_key
def _persons_by_first_word() -> dict[str, tuple[tuple[int, StancePhrase], ...]]:
    """The words for persons indexed (`_indexed`), apart from the stances: "the two
    countries" must not take the words of "the two" speaking."""
    return _indexed(stance_phrases(persons=True))


def person_cues(text: str, tokens: Tokens) -> list[tuple[str, int, int]]:
    """(person, start, end) of each word for a person of what a speaker says ("I", "chúng
    tôi", "the two countries"), as `_cues` finds stance words."""
    return stance_cues(text, tokens, _persons_by_first_word())


def stance_cues(
    text: str,
    tokens: Tokens,
    by_first: dict[str, tuple[tuple[int, StancePhrase], ...]] | None = None,
) -> list[tuple[str, int, int]]:
    """(stance, start, end) of each stance word (or of `by_first`'s phrases), longest match
    first, not overlapping. A phrase written with marks matches only the same marks in accented
    text ("nói" is not "nơi")."""
    words = tokens.words()
    keys = [w for w, _, _ in words]
    accented = not tokens.loose
    if by_first is None:
        by_first = _by_first_word()
    # Every match, then taken in rank order (longest first), leftmost first among the
    # same phrase's matches, as trying each phrase at each word in turn would take them.
    matches: list[tuple[int, int, int, StancePhrase]] = []
    for i, key in enumerate(keys):
        for rank, phrase in by_first.get(key, ()):
            n = len(phrase.words)
            if tuple(keys[i : i + n]) != phrase.words:
                continue
            if accented and phrase.accented is not None:
                start, end = words[i][1], words[i + n - 1][2]
                if tuple(text[start:end].lower().split()) != phrase.accented:
                    continue
            matches.append((rank, i, n, phrase))
    out: list[tuple[str, int, int]] = []
    taken: set[int] = set()
    for _, i, n, phrase in sorted(matches, key=lambda m: m[:2]):
        if any(j in taken for j in range(i, i + n)):
            continue
        taken.update(range(i, i + n))
        out.append((phrase.stance, words[i][1], words[i + n - 1][2]))
    return sorted(out, key=lambda c: c[1])


def thanks_words(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """(start, end) of each word of a stance whose content is a deed (`FOR_DEEDS`), whoever
    is said to hold it: the speaker may be a name the statement spells its own way."""
    return [(s, e) for kind, s, e in stance_cues(text, tokens) if kind in FOR_DEEDS]


@cache
def saying_words() -> frozenset[tuple[str, ...]]:
    """The folded words of each verb that gives an undertaking in every language ("pledge",
    "commit to", "cam kết", "hứa": `denied_approvals: sayings` in stances.yaml): a refusal of one
    still to come ("will not commit") is no undertaking broken now (check.parse)."""
    found = []
    for lang in LANGUAGES:
        denied = load_lexicon(lang, "stances").get("denied_approvals") or {}
        for phrases in (denied.get("sayings") or {}).values():
            found += [word_keys(str(phrase)) for phrase in phrases]
    return frozenset(found)
