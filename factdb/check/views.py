"""Stage 1 of checking (factdb.check.parse), where a statement names a view's topic, and
the views said only as what another view is for ("keep speaking up for closer ties"): details
of the first view, no views of their own.
"""

from __future__ import annotations

from factdb.check.statement import ParsedStatement
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import TOPIC, Vocabulary
from factdb.text.covered import overlaps
from factdb.text.sentences import CLAUSE_BREAKS, SENTENCE_ENDS
from factdb.text.tokens import phrase_spans


def view_spans(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the statement names a view's topic, in order."""
    return sorted(
        (m.start, m.end)
        for m in parsed.entities
        if any(eid in vocab.entities and vocab.entities[eid].type == TOPIC for eid in m.ids)
    )


# The most words a view's purpose may stand after its key phrase ("lên tiếng, ủng hộ và đóng góp
# để ...": the verbs listed with it).
PURPOSE_REACH = 6

# ... in its clause: a comma between only lists the verbs
_PURPOSE_BREAKS = SENTENCE_ENDS | (CLAUSE_BREAKS - {","})


def view_purposes(parsed: ParsedStatement, vocab: Vocabulary) -> set[tuple[int, int]]:
    """The spans of views' key phrases said as what another view is for: right after a purpose
    word (`view_purposes` in statements.yaml: "for", "để") that follows another view's key
    phrase in its clause, within PURPOSE_REACH words ("keep speaking up for closer ties", "lên
    tiếng ... để thúc đẩy quan hệ hai nước"). Such a phrase is no view of its own, which its
    own claims would have to bear out as said by the speaker: its words are details of the
    first view, which that view's claims must say (check.accounting). One naming parties in
    its clause stays a view."""
    words = parsed.tokens.words()
    markers = phrase_spans(words, phrase_keys("statements", "view_purposes", (parsed.lang,)))
    views = view_spans(parsed, vocab)
    text = parsed.text
    # a purpose naming its parties ("stronger ties between Vietnam and the US") is read as a
    # view of its own: the first view's claims need not name them
    named = [(m.start, m.end) for m in parsed.entities if (m.start, m.end) not in views]

    def parties(view: tuple[int, int]) -> bool:
        ends = [i for i in range(view[1], len(text)) if text[i] in _PURPOSE_BREAKS | {","}]
        clause = (view[0], ends[0] if ends else len(text))
        return any(overlaps(s, e, [clause]) for s, e in named)

    found: set[tuple[int, int]] = set()
    for start, end in markers:
        after = [
            v for v in views if v[0] >= end and not text[end : v[0]].strip() and not parties(v)
        ]
        before = [
            v
            for v in views
            if v[1] <= start
            and not set(text[v[1] : start]) & _PURPOSE_BREAKS
            and sum(v[1] <= w[1] and w[2] <= start for w in words) <= PURPOSE_REACH
        ]
        if after and before:
            found.update(after)
    return found
