"""A shortened name in a speaker's words read as the one thing his own words name (issue 10).

The press shortens what a speaker spoke of to its kind: "Greer told Lam the trade talks had
stalled", "Hagerty said trade negotiations between Hanoi and Washington had made little
progress", "ông Greer nói đàm phán thương mại đã bế tắc". Alone, "trade talks" are any two
countries' talks, never an alias of one agreement, so such words bore on no claim: "trade" was
read as the two countries' trade turnover and "talks" as a meeting, and the speaker's words
stayed open, the wrong view as much as the right one.

In the words given to a speaker, such a phrase (`shortened_names` in
factdb/lexicon/<lang>/stances.yaml, under the entity type it names) stands for the one entity of
that type the speaker's own claimed words name (World.spoken_of) and whose name shares a word
with it: the statement is judged with that entity's name in its place. Where his words name
none or several, where the phrase is the attribution's own, or where the statement names a
country that entity's name does not ("the trade talks with Japan"), the words stay as written.
"""

from __future__ import annotations

from factdb.check.stance import StanceReading
from factdb.check.statement import ParsedStatement
from factdb.check.world import World
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import CITY, COUNTRY
from factdb.text.covered import overlaps
from factdb.text.fold import fold, has_marks
from factdb.text.tokens import phrase_spans, tokenize, word_keys


def in_full(parsed: ParsedStatement, world: World, reading: StanceReading | None) -> str | None:
    """The statement's text with each shortened name in its speaker's words replaced by the
    words that name the one entity it stands for there (see the module docstring); None where
    it has none."""
    if reading is None:
        return None
    lexicon = load_lexicon(parsed.lang, "stances")
    shortened = lexicon.get("shortened_names") or {}
    if not shortened:
        return None
    vocab = world.vocab
    named = [(m.start, m.end) for m in parsed.entities]
    attribution = [(reading.start, reading.end)]
    places = world.countries_at(
        {e for m in parsed.entities for e in m.ids if world.type(e) in (COUNTRY, CITY)}
    )
    before = lexicon.get("shortened_modifiers") == "before"
    text = parsed.text
    found: list[tuple[int, int, str]] = []
    for kind, phrases in shortened.items():
        for start, end in phrase_spans(parsed.tokens.words(), [word_keys(str(p)) for p in phrases]):
            if overlaps(start, end, named) or overlaps(start, end, attribution):
                continue
            said = set(word_keys(text[start:end]))
            fits = {e for e in world.spoken_of(reading.speaker, kind) if said & world.name_words(e)}
            # another country named beside them makes them other talks ("with Japan")
            if len(fits) != 1 or not places <= world.countries_beside(eid := fits.pop()):
                continue
            info = vocab.entities[eid]
            name = info.name_vi if parsed.lang == "vi" else info.name_en
            shared = [(s, e) for w, s, e in tokenize(name).words() if w in said]
            if not shared:
                continue
            # the words that tell this one from others of its kind, where the language puts them
            full = (
                name[: shared[0][0]] + text[start:end]
                if before
                else text[start:end] + name[shared[-1][1] :]
            )
            found.append((start, end, full if has_marks(text) else fold(full)))
    for start, end, full in sorted(found, reverse=True):
        text = text[:start] + full + text[end:]
    return text if found else None
