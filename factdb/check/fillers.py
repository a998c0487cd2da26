"""Stage 1 of checking (factdb.check.parse), which words of a statement say nothing of the
fact and which are left for the claims to account for: the words a filler phrase holds
(lexicon/<lang>/fillers.yaml), a support verb before an act's noun ("paid an early visit"), the
cues that would take one word of a split detail, and the loose words nothing read.
"""

from __future__ import annotations

from factdb.check.statement import ParsedStatement
from factdb.check.unknown_names import inner_capitals
from factdb.check.wording import entity_type
from factdb.lexicon.index import Entry, Fillers, phrase_keys
from factdb.lexicon.index import fillers as filler_words
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import Covered, overlaps
from factdb.text.fold import nfc


def loose_words(
    toks: list[tuple[str, int, int]], read: list[tuple[int, int]], text: str, fillers: list[bool]
) -> list[tuple[str, int, int]]:
    """The words of the statement that nothing read: no phrase, number or date covers them and
    no filler holds them (`fillers`, each word's `filled_words`). A digit run left over is no detail
    of its own."""
    if not toks:
        return []
    covered = Covered(len(text), read)
    return [
        (key, start, end)
        for (key, start, end), filled in zip(toks, fillers, strict=True)
        if not filled and not key.isdigit() and not covered.meets(start, end)
    ]


def without_split_details(
    found: list[tuple[str, int, int, list[Entry]]], details: list[tuple[int, int]]
) -> list[tuple[str, int, int, list[Entry]]]:
    """`found` without the cues that take one word of a detail (`details`: index.
    split_details): "bi mat" is "bí mật" (secretly), not the passive "bị" before "mật"; "cấp
    nhà nước" is no count of countries. The detail's words are then the claims' to say."""
    return [
        f
        for f in found
        if f[0] == "entity"
        or not any(s <= f[1] and f[2] <= e and (f[1], f[2]) != (s, e) for s, e in details)
    ]


def held_words(
    toks: list[tuple[str, int, int]], text: str, loose: bool, found: Fillers
) -> list[bool]:
    """Which of the statement's words a phrase of `found` holds, as written where the text
    writes diacritics, folded where it writes none."""
    if loose:
        phrases, reach, keys = found.folded, found.folded_reach, [k for k, _, _ in toks]
    else:
        phrases, reach = found.written, found.written_reach
        keys = [text[s:e].lower() for _, s, e in toks]
    skip = [False] * len(toks)
    for i in range(len(toks)):
        longest = reach.get(keys[i], 0)
        if not longest:  # most words start no phrase
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            if tuple(keys[i : i + n]) in phrases:
                skip[i : i + n] = [True] * n
                break
    return skip


# How many words besides determiners may stand between a support verb and the act's noun it
# takes ("paid an early visit"); each of them stays a detail of its own.
SUPPORT_REACH = 2


def with_support_verbs(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    toks: list[tuple[str, int, int]],
    filled: list[bool],
    nouns: list[tuple[int, int]],
) -> list[bool]:
    """`filled` (which words a filler holds) with each support verb whose object is an act's
    noun (`support_verbs` in lexicon/<lang>/fillers.yaml: "paid an early visit", "undertook a
    working trip"): the verb says no more than the act, which the noun's trigger phrase (one of
    `nouns`, read even where the act is another's content: "invited Trump to pay a visit")
    says. Only determiners and SUPPORT_REACH other words, none a filler, a name or a figure,
    stand between (those stay details); "paid for the visit", "paid $400 million" keep their
    verb."""
    phrases = [k for k in phrase_keys("fillers", "support_verbs", (parsed.lang,)) if k]
    if not phrases or not nouns:
        return filled
    inflection = vocab.inflections.get(parsed.lang)
    keys = parsed.tokens.inflected(parsed.lang, inflection)
    verbs = {inflection.key(p) if inflection else p for p in phrases}
    determiners = frozenset(
        k for w in phrase_keys("synonyms", "slot_determiners", (parsed.lang,)) for k in w
    )
    acts = {s for s, _ in nouns}
    held = [(m.start, m.end) for m in parsed.entities]
    held += [(q.start, q.end) for q in parsed.quantities]
    text = parsed.text
    found = list(filled)
    for i in range(len(toks)):
        for verb in verbs:
            end = i + len(verb)
            # a verb inside a trigger phrase ("pay a visit to") is read already
            if tuple(keys[i:end]) != verb or overlaps(toks[i][1], toks[end - 1][2], nouns):
                continue
            j, others = end, 0
            while j < len(toks) and toks[j][1] not in acts:
                _, start, stop = toks[j]
                if text[toks[j - 1][2] : start].strip() or overlaps(start, stop, held):
                    break
                if keys[j] not in determiners:
                    others += 1
                    if filled[j] or others > SUPPORT_REACH:
                        break
                j += 1
            if j == len(toks) or toks[j][1] not in acts:
                continue
            if not text[toks[j - 1][2] : toks[j][1]].strip():
                found[i:end] = [True] * len(verb)
    return found


def filled_words(
    toks: list[tuple[str, int, int]], text: str, framed: list[bool], loose: bool
) -> list[bool]:
    """Which of the statement's words a filler phrase holds (lexicon/<lang>/fillers.yaml:
    fillers, framing, intensifiers). No word of a time frame (`framed`) is filler. Where the
    text writes no diacritics, nor is a word capitalised inside a sentence of running text
    (inner_capitals) that only folds like a filler, its marks dropped: it is a name's word
    ("Bo truong Noi an My": "Nội" of a ministry, no "nói"); one written as the filler is
    ("..., Reuters reported") stays one."""
    held = held_words(toks, text, loose, filler_words())
    if loose:
        written = held_words(toks, text, False, filler_words())
        inner = inner_capitals(toks, text)
        held = [
            f and (w or s not in inner) for f, w, (_, s, _) in zip(held, written, toks, strict=True)
        ]
    return [f and not t for f, t in zip(held, framed, strict=True)]


# What a focus word may stand before: a person or an office (whose holder is meant).
FOCUSED = frozenset({PERSON, ROLE_TYPE})


def focus_words(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    toks: list[tuple[str, int, int]],
    filled: list[bool],
    loose: bool,
) -> list[bool]:
    """`filled` (which words a filler holds) with each word that only puts the name after it in
    focus (`focus_words` in lexicon/<lang>/statements.yaml: "Chính ông Daines, chứ không phải
    ông Hagerty, đã gửi ...", "được chính Tổng Bí thư cảm ơn"): like the "It was ... who" of an
    English cleft, whose words are fillers, it says who did it and no more. Only right before a
    person's or an office's name (one of `before_names` between), outside any name, and
    written as listed where the statement writes diacritics: "đối tác chính của Mỹ" (the main
    partner), "chính sách" and a name's word ("Phạm Minh Chính") stay details."""
    data = load_lexicon(parsed.lang, "statements").get("focus_words") or {}
    if loose:
        words = {k[0] for k in phrase_keys("statements", "focus_words", (parsed.lang,), "words")}
    else:
        words = {nfc(str(w)).lower() for w in data.get("words") or []}
    if not words:
        return filled
    honorifics = phrase_keys("statements", "focus_words", (parsed.lang,), "before_names")
    between = {k[0] for k in honorifics}
    text = parsed.text
    named = {m.start for m in parsed.entities if entity_type(m, vocab) in FOCUSED}
    inside = [(m.start, m.end) for m in parsed.entities]
    found = list(filled)
    for i, (key, start, end) in enumerate(toks):
        if (key if loose else nfc(text[start:end]).lower()) not in words:
            continue
        if overlaps(start, end, inside):
            continue
        after = toks[i + 1 : i + 3]
        if after and after[0][0] in between and after[0][1] not in named:
            after = after[1:]
        if after and after[0][1] in named:
            found[i] = True
    return found
