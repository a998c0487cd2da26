"""Stage 1 of checking (factdb.check.parse), the capitalised words nothing read: names the
claim base has never heard of ("Tô Lâm called Senator Marco Rubio"), unless the statement is a
headline in title case, and the runs of capitalised loose words inside a sentence of running
text, the words of a name no phrase read.
"""

from __future__ import annotations

from factdb.lexicon.index import glossed
from factdb.lexicon.vocabulary import Vocabulary
from factdb.text.covered import Covered
from factdb.text.fold import fold, has_marks

# Characters after which a capitalised word may simply start a sentence or a quote.
SENTENCE_OPENERS = frozenset(".!?:;\n\"“‘'(–-")


def inner_capitals(toks: list[tuple[str, int, int]], text: str) -> frozenset[int]:
    """The starts of the words capitalised inside a sentence, none opening one, in a statement
    not capitalised as a headline is (`TITLE_SLIPS`: a lower-case word in every TITLE_SLIPS at
    least): words of names, as running text writes them."""
    words = [(s, e) for _, s, e in toks[1:] if e - s >= TITLE_LETTERS and text[s:e].isalpha()]
    lower = sum(not text[s].isupper() for s, _ in words)
    if lower * TITLE_SLIPS <= len(words):
        return frozenset()
    return frozenset(
        s
        for _, s, _ in toks
        if text[s].isupper()
        and (before := text[:s].rstrip())
        and before[-1] not in SENTENCE_OPENERS
    )


def name_runs(
    loose: list[tuple[str, int, int]], toks: list[tuple[str, int, int]], text: str
) -> list[tuple[int, int]]:
    """Runs of two loose words or more, adjacent (a space between), each capitalised inside a
    sentence of running text (inner_capitals): the words of a name nothing read."""
    inner = inner_capitals(toks, text)
    if not inner:
        return []

    def capital(start: int) -> bool:
        return start in inner

    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for _, start, end in [*loose, ("", len(text), len(text))]:
        joined = run and not text[run[-1][1] : start].strip()
        if start < len(text) and capital(start) and (joined or not run):
            run.append((start, end))
            continue
        if len(run) > 1:
            runs.append((run[0][0], run[-1][1]))
        run = [(start, end)] if start < len(text) and capital(start) else []
    return runs


# A headline in title case (_title_case): "Hagerty Hopes to Return to Vietnam Soon", "Leahy:
# Congress Support For Vietnam Remains Bipartisan".
TITLE_WORDS = 2

TITLE_LETTERS = 4

TITLE_SLIPS = 4


def _title_case(text: str, toks: list[tuple[str, int, int]], common: Covered) -> bool:
    """Whether the statement capitalises its words as a headline does: its words of
    TITLE_LETTERS letters or more after the first, TITLE_WORDS at least, are capitalised but
    for one in TITLE_SLIPS, and one at least of the capitalised is a word of the language, not
    a name ("Approves", "Visit"): "Marco Rubio met Viktor Orbán in Vilnius" is no headline."""
    words = [(s, e) for _, s, e in toks[1:] if e - s >= TITLE_LETTERS and text[s:e].isalpha()]
    upper = [(s, e) for s, e in words if text[s].isupper()]
    lower = len(words) - len(upper)
    return (
        len(words) >= TITLE_WORDS
        and lower * TITLE_SLIPS <= len(words)
        and any(common.meets(s, e) for s, e in upper)
    )


def unknown_names(
    text: str,
    toks: list[tuple[str, int, int]],
    known: list[tuple[int, int]],
    common: list[tuple[int, int]],
    vocab: Vocabulary,
) -> list[str]:
    """Capitalised words that are no known phrase, number or date, nor a sentence's first word.
    Vietnamese capitalises titles ("Ủy ban Chuẩn chi"), so only unaccented words count there.

    A statement about someone the claim base has never heard of cannot be supported by claims
    about someone else ("Tô Lâm called Senator Marco Rubio" is not borne out by his call with
    Daines)."""
    covered = Covered(len(text), known)
    # "Leahy: Congress Support For Vietnam Remains Bipartisan": a headline capitalises every
    # word, so a capitalised word the lexicons know as an English word (a gloss) is no name
    # there; it is a detail, which the claims' sources must still say (accounting.details); so
    # is a run of such words ("Asks Washington To Keep Backing ..."). Any other is still a name
    # ("Lam Meets Kyrgyz President Japarov"), and so is a run holding one word no gloss knows.
    # Asked only of capitalised words the lexicons gloss, which few statements hold.
    headline: list[bool] = []
    names: list[str] = []
    run: list[tuple[int, int, bool]] = []  # (start, end, opens a sentence) of adjacent words

    def close() -> None:
        # A run of capitalised words is one name ("Marco Rubio"); a sentence's first word alone
        # is no name, but it is the first word of one that follows it.
        words = [(fold(text[s:e]).lower(),) for s, e, _ in run]
        # a place or a thing of several words the glossary renders whole ("Middle East": "Trung
        # Đông") is a detail in the sources' words, no name the base must know
        whole = len(words) > 1 and bool(glossed("en", tuple(w for (w,) in words)))
        if (
            run
            and not all(opener for *_, opener in run)
            and not (all(glossed("en", w) for w in words) and _headline())
            and not whole
        ):
            names.append(text[run[0][0] : run[-1][1]])
        run.clear()

    def _headline() -> bool:
        if not headline:
            headline.append(_title_case(text, toks, Covered(len(text), common)))
        return headline[0]

    for i, (_, start, end) in enumerate(toks):
        word = text[start:end]
        gap = text[toks[i - 1][2] : start] if i else "."
        if (
            not word[:1].isupper()
            or word in vocab.not_names
            or has_marks(word)
            or covered.meets(start, end)
        ):
            if run:
                close()
            continue
        if run and gap.strip():
            close()
        run.append((start, end, any(c in gap for c in SENTENCE_OPENERS)))
    close()
    return names
