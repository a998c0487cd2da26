"""What an invitation was for: "accepted Trump's invitation to meet Orbán", "Trump invited Lam
to meet Orbán", "nhận lời mời của Tổng thống Trump gặp Thủ tướng Orbán".

The act said after an invitation is its purpose. Each act is judged on its own
(factdb.check.judge), so the acceptance was borne out by the claim of Trump's invitation to
the Board of Peace meeting and the meeting with Orbán by its own claim, on the same trip, and
the statement came out supported, though no source says the invitation was to that meeting.
Here the purpose must be the one the invitation's claim gives: its event (`event` qualifier)
is what the purpose's claim was for or with, and the purpose's claim names no other party
than the event and the invitation's own. Attending the meeting, visiting the country to
attend it, joining the body as a member: each is the invitation's purpose. Meeting another
leader there is not: the statement is left open, never refuted, since the absence of a claim
of that invitation's purpose refutes nothing.

Which acts invite (or accept an invitation) with a purpose is language-free data
(`purposed` in factdb/lexicon/world/contents.yaml); which act is another's content is read by
check.assertions.content_pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factdb.check.assertions import content_pairs
from factdb.check.findings import Part
from factdb.check.rules import DIRECTED, NEI, SUPPORTED
from factdb.check.statement import ParsedStatement
from factdb.check.world import World
from factdb.lexicon.index import load as load_lexicon
from factdb.records import replace
from factdb.store.claims import ClaimView

# What ends the words of a purpose: the clause it is said in.
_CLAUSE_END = re.compile(r"[,;.!?]")


@cache
def _purposed() -> frozenset[str]:
    return frozenset(load_lexicon("world", "contents").get("purposed") or ())


def serves(world: World, invitation: ClaimView, act: ClaimView) -> bool:
    """Whether `act` is what `invitation` was for: its claim names the invitation's event (or,
    of an invitation to a body, one of the body's events: "tham gia Hội đồng Hòa bình" read as
    attending its meeting), and no party beside them and the invitation's own."""
    event = invitation.qualifier("event")
    if event is None:
        return False
    events = {event, *world.body_events(event)}
    if not events & act.entities():
        return False
    own = events | invitation.entities()
    return all(e in own for r, e in act.qualifiers if r in DIRECTED)


def unpurposed(
    parsed: ParsedStatement,
    world: World,
    parts: list[Part],
    why: Callable[[str, str], str],
) -> list[Part]:
    """`parts` with each supported invitation whose purpose the statement says (an act right
    after it, supported on its own) left open where none of its claims was for that act's
    claims (see the module docstring); `why` writes the reason from the purpose's words and
    the invitation's own reason."""
    purposed = _purposed()
    pairs = [(h, c) for h, c in content_pairs(parsed, world.vocab) if h.target in purposed]
    if not pairs:
        return parts
    out = []
    for p in parts:
        for head, content in pairs:
            if p.predicate != head.target or p.verdict != SUPPORTED:
                continue
            acts = [
                c
                for q in parts
                if q.predicate == content.target and q.verdict == SUPPORTED
                for c in q.decisive
            ]
            if not acts or any(serves(world, i, a) for i in p.decisive for a in acts):
                continue
            end = _CLAUSE_END.search(parsed.text, content.end)
            said = parsed.text[content.start : end.start() if end else len(parsed.text)].strip()
            p = replace(p, verdict=NEI, rule="unpurposed", reason=why(said, p.reason))
        out.append(p)
    return out
