"""Several parties said to share one occasion of an act: "spoke with Daines and Hagerty in a
single call", "a joint phone call with the two senators", "điện đàm cùng lúc với ...", "gặp
Orbán và Pashinyan trong một cuộc gặp" (issue 10, session 36).

Each party's own claim of the act bears out that he took part in one, not that it was the same
one: a claim gives one counterparty, so two calls on the same day are two calls. Where such a
cue (`single_occasion` in lexicon/<lang>/statements.yaml) stands beside an act borne out by
claims that name its parties apart, no claim names them all: the statement stays open, and it
is refuted where the claims put the parties on days that share none, for one occasion has
one day. A time span after the same words ("in a single morning", "trong một buổi sáng") is no
occasion of an act: the list names the act's own nouns, and the filler keeps its reading.
"""

from __future__ import annotations

import datetime as dt

from factdb.check.explain import Words
from factdb.check.findings import Judgement, Part
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.check.statement import ParsedStatement, phrases_at
from factdb.lexicon.vocabulary import OCCASION, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView

# The rule of a part refuted so (findings.Part.rule).
RULE = "shared-occasion"
# The roles of a claim that name who took part in its act with its subject.
_PARTY_ROLES = frozenset({"counterparty", "addressee"})


def shared_occasion(
    parsed: ParsedStatement, judgement: Judgement, vocab: Vocabulary, words: Words
) -> Judgement:
    """The judgement, open or refuted where the statement binds parties to one occasion of an
    act that only separate claims bear out."""
    if judgement.verdict != SUPPORTED:
        return judgement
    spans = phrases_at(parsed, "statements", "single_occasion")
    if not spans:
        return judgement
    cue = parsed.text[spans[0][0] : spans[0][1]]
    named = parsed.entity_ids()
    split = {
        id(part): claims
        for part in judgement.parts
        if part.verdict == SUPPORTED and vocab.predicates[part.predicate].time_role == OCCASION
        for claims in [_apart(part, named)]
        if claims is not None
    }
    if not split:
        return judgement
    # "spoke with" reads as a call and as a meeting: refuted only where every reading is
    refuted = all(not _common_day(claims) for claims in split.values())
    first = next(iter(split.values()))
    reason = words.shared_occasion(cue, [words.says(c) for c in first], refuted)
    if not refuted:
        return Judgement(parsed.text, NEI, reason, judgement.parts)
    parts = [
        replace(p, verdict=CONTRADICTED, reason=reason, rule=RULE, decisive=split[id(p)])
        if id(p) in split
        else p
        for p in judgement.parts
    ]
    return Judgement(parsed.text, CONTRADICTED, reason, parts)


def _parties(claim: ClaimView) -> frozenset[str]:
    named = {claim.subject, *(e for role, e in claim.qualifiers if role in _PARTY_ROLES)}
    if claim.object:
        named.add(claim.object)
    return frozenset(named)


def _apart(part: Part, named: set[str]) -> list[ClaimView] | None:
    """The claims that bear the part out, where they bear out the parties the statement names
    apart and none names them all; None where one claim does, or where the statement names
    one party of theirs at most."""
    borne = list({c.id: c for c in part.borne}.values())
    said = named & frozenset().union(*(_parties(c) for c in borne))
    if len(said) < 2 or any(said <= _parties(c) for c in borne):
        return None
    return borne


def _common_day(claims: list[ClaimView]) -> bool:
    """Whether some day may be every party's: only claims dated to a day say it is not."""
    days: dict[str, set[dt.date]] = {}
    for claim in claims:
        if claim.time_start is None or claim.time_start != claim.time_end:
            return True
        for party in _parties(claim):
            days.setdefault(party, set()).add(claim.time_start)
    return bool(set.intersection(*days.values()))
