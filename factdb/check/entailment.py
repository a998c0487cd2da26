"""What a claim of one predicate says of another that it implies (`implies` in
fixtures/vocabulary/predicates.yaml, read as Vocabulary.implying): a reception or talks between
two people are a meeting of them, so "Lâm met Hegseth" is borne out by Lâm's reception of him.

The judge weighs the claims of the predicates that imply a statement's predicate with that
predicate's own claims, and keeps of them only what this module lets through. An implied claim
bears a statement out, leaves it open (a date within the reception's known span, which neither
implies nor excludes the day), or says nothing of it. It never refutes it: a meeting denied, or
placed or dated elsewhere, is decided by the claims of the meeting itself, as the reception
need not be all the meeting there was. And it speaks only of the occasion it is of:
the statement names both of its parties (the one received and the host: a statement of
"met twelve leaders" is no statement of Hun Sen's reception of Lâm), a person by name or by a
country where the claims give him an office, as a name bound to a verb may stand for him
(World.seats: "Hanoi and Islamabad pledged to build political trust" of Tô Lâm's agreement with
Shehbaz Sharif, agreed implying committed), and gives no place for it
that the claim does not (the reception in Hanoi is no meeting "in Washington", which another
part of the statement might account for: "met Hegseth in Washington during his trip to the
United States").
"""

from __future__ import annotations

from factdb.check.findings import Context, Finding
from factdb.check.scope import locative
from factdb.check.world import PLACES, World
from factdb.lexicon.vocabulary import PERSON, PredicateInfo

# What an implied claim may find (findings.Finding.outcome): never "contradicts".
KEPT = frozenset({"supports", "open"})


def implied_findings(
    world: World, pred: PredicateInfo, findings: list[Finding], ctx: Context
) -> list[Finding]:
    """`findings` weighed for `pred`, without those of claims of a predicate that implies it
    unless they bear the statement out, or leave it open, on their own occasion (see the
    module's text)."""
    return [f for f in findings if f.claim.predicate == pred.id or _borne(world, pred, f, ctx)]


def _borne(world: World, pred: PredicateInfo, finding: Finding, ctx: Context) -> bool:
    claim = finding.claim
    if finding.outcome not in KEPT:
        return False
    parties = {claim.subject, claim.qualifier("counterparty")}
    if None in parties or not all(_named(world, p, ctx) for p in parties if p is not None):
        return False
    named = claim.entities()
    return not any(
        world.type(eid) in PLACES
        and eid not in named
        and locative(world.vocab, eid, pred, ctx, claim)
        for eid in ctx.mentioned
    )


def _named(world: World, party: str, ctx: Context) -> bool:
    """Whether the statement names `party` of an implied claim: by name, or, a person, by a
    country where the claims give him an office (World.seats), in a statement whose parties are
    countries, naming no person: beside a named person a country is a title's or a place's
    ("Một ngày sau khi điện đàm với hai thượng nghị sĩ Mỹ, Tổng Bí thư Tô Lâm gặp chín nhà lãnh
    đạo" names no senator's pledge)."""
    if party in ctx.mentioned:
        return True
    if world.type(party) != PERSON or any(world.type(e) == PERSON for e in ctx.mentioned):
        return False
    return bool(world.seats(party) & ctx.mentioned)
