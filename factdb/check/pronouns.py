"""Whom a pronoun after a verb stands for, where a clause before it names two people (issue 10).

The press names the other party of a second act by a pronoun: "Orbán met To Lam and
congratulated him", "Prabowo met To Lam, who congratulated him", "Tổng Bí thư gặp Thủ tướng
Orbán và chúc mừng ông tái cử", "To Lam met Orbán, and the Vietnamese leader invited him".
Read as written, the pronoun named no one: the act was bound to no party after its verb, so a
claim of that act done the other way round ("Orbán congratulated Lâm") bore it out. This module
reads such a pronoun (`object_pronouns` in factdb/lexicon/<lang>/statements.yaml; a Vietnamese
"ông" only where no name follows it, as "ông Hagerty") as a mention of the person it stands for,
before the statement is judged, by the usual rules of a clause naming two parties, its doer
first:

* a verb joined to that clause by "and", "và" with no subject of its own is the first party's,
  and the pronoun is the other one;
* a relative pronoun right after the second party ("To Lam, who", "Tổng Bí thư, người đã";
  `relative_pronouns`) makes that party the subject, and the pronoun is the first;
* a subject of its own that is one of the two (a name, or a description read as one: "the
  Vietnamese leader") leaves the pronoun the other.

A party named by a bare title is its one holder. Where the clause names more or fewer than two
people, or the binding is otherwise unsure, the pronoun stays unnamed: one resolved to the wrong
person could refute or bear out the wrong act.
"""

from __future__ import annotations

from collections.abc import Callable

from factdb.check.persons import with_mentions
from factdb.check.stance import quoted
from factdb.check.stance_words import stance_cues
from factdb.check.statement import Mention, ParsedStatement
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import COUNTRY, PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import within
from factdb.text.sentences import SENTENCE_ENDS
from factdb.text.tokens import phrase_spans

# Marks that set words apart from the clause before them more than a comma does.
_APART = ';:()"\u201c\u201d'


def with_pronouns(
    parsed: ParsedStatement, vocab: Vocabulary, holders: Callable[[str], set[str]]
) -> ParsedStatement:
    """`parsed` with each object pronoun it holds read as the one party it stands for (see the
    module docstring); unchanged when it has none. `holders` gives who the claims say holds an
    office (a bare title's one holder)."""
    added = [
        Mention(parsed.text[start:end], start, end, (eid,))
        for start, end, eid, _ in referents(parsed, vocab, holders)
    ]
    return with_mentions(parsed, added)


def named_pronouns(
    parsed: ParsedStatement, vocab: Vocabulary, holders: Callable[[str], set[str]]
) -> str:
    """The statement's text with each object pronoun it binds replaced by the words that name
    its party there ("..., and the Vietnamese leader invited Orbán"), for clauses judged each
    on its own (Judge.clauses), where the pronoun's clause no longer holds the two parties."""
    text = parsed.text
    for start, end, _, name in reversed(referents(parsed, vocab, holders)):
        text = text[:start] + name + text[end:]
    return text


def referents(
    parsed: ParsedStatement, vocab: Vocabulary, holders: Callable[[str], set[str]]
) -> list[tuple[int, int, str, str]]:
    """(start, end, entity, the words naming it) of each object pronoun the statement binds."""
    words = parsed.tokens.words()
    spans = phrase_spans(words, phrase_keys("statements", "object_pronouns", (parsed.lang,)))
    if not spans:
        return []
    text = parsed.text
    inside = quoted(text)
    found: list[tuple[int, int, str, str]] = []
    for start, end in sorted(_longest(spans)):
        if within(start, end, inside) or _named_at(parsed, start, end):
            continue
        # a title's small word before a name ("ông Hagerty") is no pronoun
        if any(m.start >= end and not text[end : m.start].strip() for m in parsed.entities):
            continue
        party = _referent(parsed, vocab, start)
        if party is None:
            continue
        eid, name = party
        info = vocab.entities.get(eid)
        if info is not None and info.type == ROLE_TYPE:
            held = holders(eid)
            if len(held) != 1:
                continue
            eid = next(iter(held))
        found.append((start, end, eid, name))
    return found


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans inside no longer one ("ông ấy", not its "ông")."""
    return [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]


def _named_at(parsed: ParsedStatement, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in parsed.entities)


def _referent(parsed: ParsedStatement, vocab: Vocabulary, at: int) -> tuple[str, str] | None:
    """The one party the pronoun at `at` stands for, with the words naming it, or None where
    unsure."""
    text = parsed.text
    opens = max(text.rfind(c, 0, at) for c in SENTENCE_ENDS) + 1
    # the verbs: the predicates' triggers and the stance words ("thanked him")
    verbs = sorted(
        [
            *((t.start, t.end) for t in parsed.triggers),
            *((s, e) for _, s, e in stance_cues(text, parsed.tokens)),
        ]
    )
    verbs = [v for v in verbs if opens <= v[0] and v[1] <= at]
    # the verb the pronoun is the object of, right before it
    if not verbs or text[verbs[-1][1] : at].strip():
        return None
    verb = verbs[-1]
    first = next((v for v in verbs if v[1] <= verb[0]), None)
    if first is None:
        return None
    split = _split(parsed, first[1], verb[0])
    if split is None:
        return None
    cut, how = split
    parties = _parties(parsed, vocab, opens, cut)
    # the first clause: its doer before its verb, the other party after it
    if len(parties) != 2 or not (parties[0][0] < first[0] < parties[1][0]):
        return None
    if any(ch in _APART for ch in text[opens:at]):
        return None
    doer, other = parties[0][1:], parties[1][1:]
    if how == "relative":
        found = doer
    elif how == "joined":
        found = other
    else:
        own = _parties(parsed, vocab, cut, verb[0])
        if len(own) != 1 or own[0][1] not in (doer[0], other[0]):
            return None
        found = other if own[0][1] == doer[0] else doer
    return found


def _split(parsed: ParsedStatement, after: int, before: int) -> tuple[int, str] | None:
    """Where the second clause opens between the first verb and the second, and how: by a
    relative pronoun right after a comma ("relative"), by a joiner right before the second verb
    with nothing else between ("joined"), or by a joiner or comma and a subject of its own
    ("own"); None where no such opening is there."""
    text = parsed.text
    cues = [c for c in parsed.grammar if after <= c.start and c.end <= before]
    for c in cues:
        if c.kind == "relative_pronoun" and text[: c.start].rstrip().endswith(","):
            return (c.start, "relative") if not text[c.end : before].strip() else None
    joiners = [c for c in cues if c.kind == "list_joiner"]
    if joiners:
        last = joiners[-1]
        if not text[last.end : before].strip():
            return last.start, "joined"
        return last.start, "own"
    return None


def _beside(parsed: ParsedStatement, end: int, start: int) -> bool:
    """Whether nothing but a title's small words ("ông") stands between `end` and `start`."""
    gap = parsed.text[end:start]
    fillers = [c for c in parsed.grammar if c.kind == "title_filler" and end <= c.start]
    for c in fillers:
        if c.end <= start:
            gap = gap.replace(parsed.text[c.start : c.end], "", 1)
    return not gap.strip()


def _parties(
    parsed: ParsedStatement, vocab: Vocabulary, start: int, end: int
) -> list[tuple[int, str, str]]:
    """(start, entity, its words) of each person or bare title named between `start` and
    `end`, a title right before a name ("Thủ tướng Orbán", "President Prabowo") counted with
    the name; a country there is only a title's word ("Hungarian Prime Minister"). Any other
    name (a body, a place) makes the parties unsure: none then."""
    named = [m for m in parsed.entities if start <= m.start and m.end <= end]
    out: list[tuple[int, str, str]] = []
    for i, m in enumerate(named):
        kinds = {vocab.entities[e].type for e in m.ids if e in vocab.entities}
        if len(m.ids) != 1 or len(kinds) != 1:
            return []
        kind = kinds.pop()
        nxt = named[i + 1] if i + 1 < len(named) else None
        if kind in (ROLE_TYPE, COUNTRY) and nxt is not None and _beside(parsed, m.end, nxt.start):
            continue  # a title (or its country) of the name after it
        if kind not in (PERSON, ROLE_TYPE):
            return []
        out.append((m.start, m.ids[0], m.text))
    return out
