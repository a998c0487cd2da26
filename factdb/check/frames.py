"""Acts set inside another occasion: "during his visit to Cambodia", "trong chuyến thăm Mỹ",
"on the sidelines of the talks".

A statement may set what it reports inside an occasion it names by its act: "The leaders
congratulated Lam during his visit to Cambodia", "Both sides agreed to build trust during
Hegseth's visit to Hanoi". Each act is judged on its own (factdb.check.judge), so the visit was
borne out by its claim and the congratulation by its claim of another day, and the statement
came out supported though the sources put the two on different occasions. Here an act so framed
is borne out only by a claim on the framing occasion: one sharing a framing claim's event, or
whose time meets a framing claim's. Otherwise it is left open, never refuted: the same act may
have happened on that occasion too, unreported.

The words that frame are language data (`occasion_frames` in factdb/lexicon/<lang>/
statements.yaml, with `frame_examples` that tests/test_groups.py runs); a frame holds only when
the verb or noun of an act that is one occasion (a predicate whose time is `occasion`) follows
it closely in its clause ("during Hegseth's visit"). "At the invitation of" is no frame: an
invitation is not where the act happened.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from factdb.check.findings import Part
from factdb.check.parse import ParsedStatement, phrases_at
from factdb.check.rules import NEI, SUPPORTED, overlap
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import OCCASION, TOPIC, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.text.fold import nfc
from factdb.text.sentences import CLAUSE_BREAKS

# How many words may stand between the framing word and the act's word: a possessive and a
# name ("during Hegseth's visit", "trong chuyến thăm" has none).
FRAME_REACH = 3
# Parts whose claims' times say when an act happened: an occasion's and a one-off value's (a
# re-election). A state's period is no occasion.
TIMED = frozenset({OCCASION, "value"})


def frames(parsed: ParsedStatement, vocab: Vocabulary) -> dict[str, tuple[str, bool]]:
    """The predicates of the occasions the statement sets its acts in, each with the words
    that set it and whether they follow a view's words: {"visited": ("during his visit",
    False)}."""
    words = parsed.tokens.words()
    written = _written(parsed.lang)
    topics = [
        m.end
        for m in parsed.entities
        if all(vocab.entities[e].type == TOPIC for e in m.ids if e in vocab.entities)
    ]
    found: dict[str, tuple[str, bool]] = {}
    for start, end in phrases_at(parsed, "statements", "occasion_frames"):
        said = nfc(parsed.text[start:end]).lower()
        if not parsed.tokens.loose and said not in written:
            continue  # written with marks, only the same marks ("trong" is not "trọng")
        after = [t for t in parsed.triggers if t.kind == "trigger" and t.start >= end]
        if not after:
            continue
        t = min(after, key=lambda t: t.start)
        gap = parsed.text[end : t.start]
        between = [w for w, s, e in words if end <= s and e <= t.start]
        if (
            vocab.predicates[t.target].time_role == OCCASION
            and len(between) <= FRAME_REACH
            and not set(gap) & CLAUSE_BREAKS
        ):
            view = any(not parsed.text[at:start].strip() for at in topics)
            found.setdefault(t.target, (parsed.text[start : t.end], view))
    return found


@cache
def _written(lang: str) -> frozenset[str]:
    """The framing words as written, lower-cased, for accented statements."""
    phrases = load_lexicon(lang, "statements").get("occasion_frames") or ()
    return frozenset(nfc(str(p)).lower() for p in phrases)


def framed(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    parts: list[Part],
    why: Callable[[str, str], str],
) -> list[Part]:
    """`parts` with each act set inside a framing occasion (see the module docstring) that no
    claim on that occasion bears out left open; `why` writes the reason from the framing
    words and the part's own reason."""
    framing = frames(parsed, vocab)
    held = [
        c for p in parts if p.predicate in framing and p.verdict == SUPPORTED for c in p.decisive
    ]
    if not held:
        return parts

    def on_the_occasion(claim: ClaimView) -> bool:
        event = claim.qualifier("event")
        return any(
            (event is not None and event == frame.qualifier("event"))
            or (
                claim.time_start is not None
                and claim.time_end is not None
                and frame.time_start is not None
                and frame.time_end is not None
                and overlap((claim.time_start, claim.time_end), (frame.time_start, frame.time_end))
            )
            for frame in held
        )

    cue, view = next(iter(framing.values()))
    out = []
    for p in parts:
        timed = vocab.predicates[p.predicate].time_role in TIMED
        # right after a view's words, the frame may be the view's: "thanked Hun Sen for the
        # welcome during his visit" sets the welcome in the visit, not the words of thanks
        said = view and any(c.speaker for c in p.decisive)
        if (
            p.predicate not in framing
            and p.verdict == SUPPORTED
            and timed
            and not said
            # the claims that decided it: a group's (judge._done_by_people), not every claim
            # of the act that supports on its own
            and not any(on_the_occasion(c) for c in p.decisive)
        ):
            p = replace(p, verdict=NEI, rule="framed-elsewhere", reason=why(cue, p.reason))
        out.append(p)
    return out
