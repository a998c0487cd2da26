"""An act said not talked about at an encounter its source tells it at (session 34): "Tô Lâm
gặp Orbán nhưng không bàn về ODA", "met Orbán but did not discuss ODA", of the approval Orbán
told Lâm of at that meeting.

A denial right before a verb of talking about (`mention_verbs` in lexicon/<lang>/statements.yaml)
falls on no act of the predicate after it: the statement says the act was not talked about, not
that it was not done, and "no one did" is no claim. It is refuted where the statement bears out an
encounter (a meeting, a call: an encounter part supported) and someone's words of that
predicate, naming one of its people or a country one of them speaks for and every name the
statement gives what was not talked about, are told in the source's account of that encounter
with every person of it named (occasion.encounter_named): there it was talked about, whatever
was said of it. A fact the source only sets beside the account (no one's words), a predicate no
words of that encounter give, a figure, a change ("việc Hungary cắt học bổng") or more words of
what was not talked about, an encounter the statement does not bear out (another day, another
party) and a denial of the act itself stay open."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factdb.check.explain import Words
from factdb.check.findings import Context, Part
from factdb.check.occasion import encounter_named
from factdb.check.rules import CONTRADICTED, SUPPORTED
from factdb.check.statement import phrases_at
from factdb.check.world import PERSON, World
from factdb.records import dataclass
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps
from factdb.text.sentences import CLAUSE_BREAKS

# The rule a part refuted so names.
UNMENTIONED = "unmentioned"
# How many words besides the act's triggers and names may say what was not talked about ("the",
# "về việc"): more may narrow it to what no claim gives.
MENTION_REST = 2


@dataclass(frozen=True)
class Unmentioned:
    """A verb of talking about, denied, and the predicates its clause names after it."""

    verb: str
    predicates: tuple[str, ...]
    # the names said of what was not talked about ("ODA for Cambodia"), which a claim of it
    # must name itself
    names: frozenset[str] = frozenset()


def mentions_denied(ctx: Context) -> Unmentioned | None:
    """The denied verb of talking about and what it is about: the predicates whose triggers
    stand after it in its clause; None where no such verb stands right after the denial."""
    parsed = ctx.parsed
    cue = parsed.negation
    if cue is None:
        return None
    text = parsed.text
    verbs = [
        (s, e)
        for s, e in phrases_at(parsed, "statements", "mention_verbs")
        if not text[cue.end : s].strip()
    ]
    if not verbs:
        return None
    start, end = verbs[0]
    close = next((i for i in range(end, len(text)) if text[i] in CLAUSE_BREAKS), len(text))
    cues = [t for t in parsed.triggers if end <= t.start and t.end <= close]
    names = [m for m in parsed.entities if end <= m.start and m.end <= close]
    read = [(t.start, t.end) for t in cues] + [(m.start, m.end) for m in names]
    rest = [k for k, s, e in ctx.words if end <= s and e <= close and not overlaps(s, e, read)]
    if (
        any(end <= q.start and q.end <= close for q in parsed.quantities)
        or any(t.kind != "trigger" for t in cues)
        or len(rest) > MENTION_REST
    ):
        # "không bàn về khoản ODA 500 triệu USD", "... việc Hungary cắt học bổng": a figure,
        # a change or more words may be what was not talked about
        return None
    about = tuple(dict.fromkeys(t.target for t in cues))
    names_said = frozenset(e for m in names for e in m.ids)
    return Unmentioned(text[start:end], about, names_said) if about else None


def parties_of(world: World, ctx: Context) -> set[str]:
    """What the claims of the acts talked about may name for the statement's names: each name,
    and the countries a person named speaks for (World.voices: Orbán for Hungary)."""
    named = ctx.mentioned - ctx.ambiguous
    return named | {c for e in named if world.type(e) == PERSON for c in world.voices(e)}


def unmentioned_parts(
    world: World,
    words: Words,
    ctx: Context,
    said: Unmentioned,
    parts: Sequence[Part],
    held: Mapping[str, Sequence[ClaimView]],
) -> list[Part]:
    """A part refuted for each predicate talked about (`said`) that a claim of `held` (claims
    of those predicates naming parties_of) shows told at the encounter the statement bears out
    (an encounter part supported) and names by its people."""
    encounters = world.vocab.encounters
    if not any(p.verdict == SUPPORTED and p.predicate in encounters for p in parts):
        return []
    named = ctx.mentioned - ctx.ambiguous
    out = []
    for pid in said.predicates:
        told = [
            c
            for c in held.get(pid, ())
            # words someone said there: a figure the source only sets beside the encounter's
            # account (the year's trade) was not said to be talked about
            if c.speaker is not None
            and said.names <= c.entities()
            and encounter_named(world.index, world.vocab, c, named)
        ]
        if told:
            reason = words.unmentioned(said.verb, "; ".join(words.says(c) for c in told))
            out.append(
                Part(pid, CONTRADICTED, reason, rule=UNMENTIONED, decisive=told, covers={*named})
            )
    return out
