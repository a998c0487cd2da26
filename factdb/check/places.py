"""Stage 1 of checking (factdb.check.parse), the places of a statement: a capital standing
for its country's government ("Budapest has approved the ODA") or named by the word for a
capital ("the US capital"), a noun or verb of going that says a trip only with its place beside
it ("the US trip", "sang Mỹ"), and the locatives read with a place ("chuyến thăm tới Hoa Kỳ").
"""

from __future__ import annotations

from functools import cache, lru_cache

from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.check.wording import AROUND_NAME_BREAKS, POSSESSIVES, drop_triggers, entity_type
from factdb.lexicon.index import Entry, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import CITY, COUNTRY, PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import within
from factdb.text.fold import has_marks, nfc
from factdb.text.tokens import word_keys


@lru_cache(maxsize=8)
def _capital_cues(lang: str) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """A language's words for a capital and the words that join one to its country, cut once
    rather than for every statement."""
    return (
        set(phrase_keys("statements", "capital_words", (lang,))),
        set(phrase_keys("statements", "capital_joiners", (lang,))),
    )


def read_capitals(parsed: ParsedStatement, vocab: Vocabulary) -> list[Mention]:
    """A country's capital named by the word for a capital ("the US capital", "the capital of
    Hungary", "thủ đô Hoa Kỳ", `capital_words` in lexicon/<lang>/statements.yaml): the city,
    where the vocabulary knows one capital of that country, in place of the country's mention.
    Returns the mentions read."""
    cues, joins = _capital_cues(parsed.lang)
    if not cues:
        return []
    cities = vocab.capitals_of
    if not any(len(m.ids) == 1 and len(cities.get(m.ids[0], ())) == 1 for m in parsed.entities):
        return []  # no country of one known capital named: most statements
    words = parsed.tokens.words()
    said = {key for key, _, _ in words}
    if not any(cue[:1] and cue[0] in said for cue in cues):
        return []  # no word for a capital written, so no cue to find beside a country
    starts = {s: i for i, (_, s, _) in enumerate(words)}
    ends = {e: i for i, (_, _, e) in enumerate(words)}

    def phrase_at(i: int, phrases: set[tuple[str, ...]]) -> int:
        """The length of the longest of `phrases` starting at word i (0: none)."""
        keys = tuple(k for k, _, _ in words[i : i + 4])
        return max((len(p) for p in phrases if keys[: len(p)] == p), default=0)

    read: list[Mention] = []
    for n, m in enumerate(parsed.entities):
        capital = cities.get(m.ids[0], ()) if len(m.ids) == 1 else ()
        if len(capital) != 1 or m.start not in starts or m.end not in ends:
            continue
        first, last = starts[m.start], ends[m.end]
        start = end = None
        # "the capital of Hungary", "thủ đô (của) Hoa Kỳ": the cue, a joiner, then the country
        for joined in range(3):  # the words of a joiner between them
            cue_end = first - joined
            if joined and not (cue_end >= 0 and phrase_at(cue_end, joins) == joined):
                continue
            for size in range(1, 4):
                if cue_end - size >= 0 and phrase_at(cue_end - size, cues) == size:
                    start = words[cue_end - size][1]
            if start is not None:
                break
        # "the US capital", "Hungary's capital": the country, then the cue ("s" of "'s" between)
        after = last + 1
        if after < len(words) and words[after][0] == "s":
            after += 1
        if start is None and after < len(words) and (size := phrase_at(after, cues)):
            end = words[after + size - 1][2]
        if start is None and end is None:
            continue
        a, b = start if start is not None else m.start, end if end is not None else m.end
        parsed.entities[n] = Mention(parsed.text[a:b], a, b, (capital[0],))
        read.append(parsed.entities[n])
    return read


@cache
def presence_predicates() -> frozenset[str]:
    """The predicates whose claims put their subject at their event's place over their days
    (`presence` in lexicon/world/modes.yaml)."""
    return frozenset(load_lexicon("world", "modes").get("presence") or ())


def capital_governments(
    text: str,
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    vocab: Vocabulary,
) -> dict[tuple[int, int], tuple[str, ...]]:
    """The capitals that stand for their country's government ("Budapest has approved the ODA"),
    by span, with the country: every one not after a locative ("in Budapest"), nor right after
    the words of an act that puts its doer there ("hopes to revisit Hanoi", "mong sớm trở lại
    Hà Nội", "thăm lại Hà Nội": `presence` in lexicon/world/modes.yaml), nor inside a named time
    zone ("Washington time"), where it is a place."""
    zones = [(s, e) for k, s, e, _ in found if k == "local_time"]
    words = [t for t, _, _ in toks]
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    # the "to" of "according to" is no locative: "according to Hanoi" is who reports
    cited = phrase_keys("stances", "according_to")
    going = {
        e
        for k, _, e, hits in found
        if k in ("trigger", "other_act") and {h.target for h in hits} & presence_predicates()
    }
    governments = {}
    for kind, start, end, hits in found:
        if kind != "metonym" or within(start, end, zones):
            continue
        i = starts.get(start, 0)
        said = any(tuple(words[i - len(c) : i]) == c for c in cited if len(c) <= i)
        # ... with nothing but spaces between ("during the visit, Budapest approved ...")
        after = i > 0 and toks[i - 1][2] in going and not text[toks[i - 1][2] : start].strip()
        if (vocab.ends_with_locative(words[:i]) and not said) or after:
            continue
        governments[(start, end)] = tuple(sorted({h.target for h in hits}))
    return governments


def drop_unplaced(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """A noun of an act that names it only with its place beside it (`placed` in
    lexicon/<lang>/synonyms.yaml: "chuyến đi Mỹ", "the US trip", "trip to Cambodia"), with no
    place right before or after it (only locatives between), says when, not that a trip was
    made ("Trong chuyến đi, ...", "During the trip, ..."): it is no trigger. A verb of going
    (`placed_after`: "sang Mỹ", "tới Washington") says a trip only with where it went after
    it: the place before it is its doer's ("Phía Mỹ tới đây ..."), and alone it is another
    word ("sang năm", "đến nay"). A phrase ending in a locative says being somewhere ("was in
    the US", "có mặt tại Washington"): its place comes after it, the name before it being who
    was there ("Vietnam is in a partnership with the US" says no stay). A noun whose
    traveller is said as its owner ("Hegseth's trip", "chuyến đi của ông Hegseth":
    `placed_owners`) names his trip, as "Hegseth's visit" does."""
    after = set(phrase_keys("synonyms", "placed_after", (parsed.lang,)))
    placed = set(phrase_keys("synonyms", "placed", (parsed.lang,))) | after
    placed |= set(phrase_keys("synonyms", "placed_subject", (parsed.lang,)))
    if not placed:
        return
    text = parsed.text
    places = [
        m
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in (COUNTRY, CITY)
    ]
    owners = set(phrase_keys("synonyms", "placed_owners", (parsed.lang,)))
    persons = [m for m in parsed.entities if entity_type(m, vocab) == PERSON]

    def owned(t: Cue) -> bool:
        """Whether a person is the noun's owner: his possessive right before it, or one of
        `placed_owners` between the noun and his name after it. Not a verb of going."""
        if word_keys(t.text) in after:
            return False
        return any(
            (m.end <= t.start and text[m.end : t.start].strip() in POSSESSIVES)
            or (m.start >= t.end and word_keys(text[t.end : m.start]) in owners)
            for m in persons
        )

    def beside(t: Cue) -> bool:
        own = word_keys(t.text)
        present = vocab.ends_with_locative(own)
        for m in places:
            if m.end <= t.start and text[m.end : t.start].strip() in ("", "."):
                if present or own in after:
                    continue
                return True  # "the US trip", "the U.S. trip"
            if m.start >= t.end:
                gap = word_keys(text[t.end : m.start])
                between = text[t.end : m.start]
                if not AROUND_NAME_BREAKS.isdisjoint(between):
                    continue
                # "was in the US": the phrase's own locative runs on into the gap ("in the")
                read = own + gap if present else gap
                if not gap or (len(gap) <= 2 and vocab.ends_with_locative(read)):
                    return True  # "chuyến đi Mỹ", "trip to Cambodia", "was in the US"
        return False

    # A bare locative (`placed_subject`: "ở") is a stay only as the statement's first verb,
    # right after who stayed: "Tổng Bí thư Tô Lâm ở Mỹ từ 18-20/2"; after another verb it says
    # where that was done ("gặp Tô Lâm ở Washington"), and no one stayed.
    subjects = set(phrase_keys("synonyms", "placed_subject", (parsed.lang,)))
    doers = [m for m in parsed.entities if entity_type(m, vocab) in (PERSON, ROLE_TYPE)]

    def led(t: Cue) -> bool:
        first = all(c.start >= t.start for c in parsed.triggers)
        return first and any(m.end <= t.start and not text[m.end : t.start].strip() for m in doers)

    drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if (word_keys(t.text) in placed and not beside(t) and not owned(t))
            or (word_keys(t.text) in subjects and not led(t))
        ],
    )


def locatives_before_places(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The locatives right before a country or a city ("chuyến thăm tới Hoa Kỳ", "có chuyến đi
    sang Campuchia", `locatives` in lexicon/<lang>/statements.yaml): read with the place, which
    they give as where or whither the act went (scope.locative); the place itself is still for
    the claims to account for."""
    found: list[tuple[int, int]] = []
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    written = _written_locatives(parsed.lang)
    accented = has_marks(parsed.text)
    for m in parsed.entities:
        if not (
            len(m.ids) == 1
            and m.ids[0] in vocab.entities
            and vocab.entities[m.ids[0]].type in (COUNTRY, CITY)
            and m.start in starts
        ):
            continue
        i = starts[m.start]
        for n in range(min(3, i), 0, -1):
            words = toks[i - n : i]
            gap = parsed.text[words[0][1] : m.start]
            said = " ".join(nfc(parsed.text[words[0][1] : words[-1][2]]).lower().split())
            if (
                AROUND_NAME_BREAKS.isdisjoint(gap)
                and tuple(w for w, _, _ in words) in vocab.locatives
                and (not accented or said in written)
            ):
                found.append((words[0][1], words[-1][2]))
                break
    return found


@lru_cache(maxsize=4)
def _written_locatives(lang: str) -> frozenset[str]:
    """The locatives as written, lower-cased with their marks: where the text writes marks,
    "coi trọng Việt Nam" holds no "trong". Made once a language, not for every statement."""
    return frozenset(
        " ".join(nfc(w).lower().split())
        for w in load_lexicon(lang, "statements").get("locatives", [])
    )
