"""The election a congratulation was on (issue 10).

The sources report the congratulations Lâm received as on his re-election ("chúc mừng Tổng Bí
thư Tô Lâm nhân dịp Tổng Bí thư được bầu lại", the 14th-term Central Committee's). The press
says the congratulation was on an election: "Trump congratulated Lam on being elected party
general secretary for the first time", "Ông Trump chúc mừng ông Tô Lâm được bầu làm Tổng Bí thư
khóa XIII". Read as written, the election was his taking office at some time, which the office's
claim neither dates nor numbers, and the statement stayed open, the wrong term as much as the
right one.

An election said after a congratulation's verb (`elections` in lexicon/<lang>/statements.yaml,
each with the words of a re-election it stands for there) is read here as the re-election, the
act that began the term the congratulated one holds (`terms_begun_by` in
lexicon/world/offices.yaml): the statement is judged with the re-election's words in its place
and the words that say it was the first (`first_occurrences` in lexicon/<lang>/synonyms.yaml)
left out. Where a claim of that re-election then decides it, so does that reading: the term's
count is weighed against the re-election's own words (accounting.ordinals), and "for the first
time" is refuted by a re-election borne out. Where none does (another congratulator, another
date), the statement is judged as written: an election with no congratulation ("was elected
general secretary for the first time") may be an earlier term's.
"""

from __future__ import annotations

from functools import cache

from factdb.check.statement import ParsedStatement, phrases_at
from factdb.lexicon.index import load as load_lexicon
from factdb.records import dataclass
from factdb.text.fold import fold, has_marks
from factdb.text.tokens import phrase_spans, word_keys


@dataclass(frozen=True, slots=True)
class Reelection:
    """The statement read with its election as the re-election (`text`), and the words that
    said it was the first (`first`, "" where none did)."""

    text: str
    first: str


@cache
def term_acts() -> frozenset[str]:
    """The predicates of the acts that begin a term of an office."""
    return frozenset(load_lexicon("world", "offices").get("terms_begun_by") or ())


@cache
def congratulations() -> frozenset[str]:
    """The predicates of the acts that are on a term's beginning, said with an election."""
    return frozenset(load_lexicon("world", "offices").get("congratulated_on_terms") or ())


def as_reelection(parsed: ParsedStatement) -> Reelection | None:
    """The statement with an election said after a congratulation's verb read as the
    re-election (see the module docstring); None where it says none, or says a re-election
    already."""
    if any(t.target in term_acts() for t in parsed.triggers):
        return None
    said = [t.end for t in parsed.triggers if t.target in congratulations()]
    if not said:
        return None
    elections = load_lexicon(parsed.lang, "statements").get("elections") or {}
    words = parsed.tokens.words()
    found: list[tuple[int, int, str]] = []
    for phrase, again in sorted(elections.items(), key=lambda item: -len(word_keys(item[0]))):
        for start, end in phrase_spans(words, [word_keys(phrase)]):
            if start >= min(said) and not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, again))
    if not found:
        return None
    text = parsed.text
    spans = phrases_at(parsed, "synonyms", "first_occurrences")
    # the longest words only: "lần đầu" of "lần đầu tiên" is part of it
    firsts = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
    if any(start < min(said) for start, _ in firsts):
        # "For the first time, Trump congratulated ...": the congratulation's, no election's
        return None
    # the words that said it was the first go with the space before them
    cuts = [(s - text[:s].endswith(" "), e, "") for s, e in firsts] + found
    for start, end, again in sorted(cuts, reverse=True):
        text = text[:start] + (again if has_marks(text) else fold(again)) + text[end:]
    return Reelection(text, ", ".join(parsed.text[s:e] for s, e in firsts))
