"""Pure decisions over one assertion and the claims that bear on it: no retrieval, no prose.

Each rule looks at key (person, office, jurisdiction), time, polarity and mood, and returns a
`Decision`, a value naming the rule that decided and the claims it rests on. The words a user
reads are written from it by factdb.check.explain. Offices that exclude each other are curated
vocabulary (`office_rules:`), passed in as a function; nothing here names an office.

The rules for an office assertion ("[tense] OFFICE [of JURISDICTION] PERSON"), in order:

1. `same-office`: a claim gives the person this office (in the jurisdiction, if one is stated)
   at a time the statement speaks of: supported. A present-tense title ("currently serves as",
   "hiện là") against a claim that the office was held before (`former`) is contradicted
   (`no-longer`); so is a former title ("Former Senator Daines", "cựu thượng nghị sĩ") against
   an office the sources show held at the time the statement speaks of (`still-held`). An
   untensed title ("Senator Leahy") of an office the sources show only as held before is not
   enough info (`held-before`): a former title is often kept as a courtesy. A statement dated
   after what the sources know meets no claim, and is not enough info. A past title ("served
   as", "từng là") is borne out by the office held then or before, and contradicted by none.
   A title said to begin at a date ("became prime minister in 2026", "nhậm chức năm 2026") is
   not enough info (`began`): a claim of the office held then does not say since when.
2. `incompatible-office`: a claim gives the person another office that a rule says one person
   does not hold with this one in the same jurisdiction: contradicted. A title without a
   jurisdiction is read in the claim's ("Prime Minister Tokayev" of the President of
   Kazakhstan). A former or past title is not contradicted by a present office: people change
   office.
3. Anything else is not enough info (`no-claim`). The absence of a claim contradicts nothing.

A denied title ("is not the president of Hungary") is decided by the rule that decides the
affirmed one, with the verdict turned over; a planned or wished one is not decided.

A title whose subject is itself a title ("the prime minister of Hungary is the president of
Hungary") stands for whoever holds that office; a rule on the two offices decides it
(`incompatible-office`), with the holder's claim as evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from factdb.check.assertions import Assertion
from factdb.extract.dates import DateSpan
from factdb.store.claims import ClaimView

# The three verdicts, here because every decision returns one (judge.py re-exports them).
SUPPORTED = "supported"
CONTRADICTED = "contradicted"
NEI = "not_enough_info"
ROLE = "role"  # the qualifier naming the office of a holds-office claim

# Why two offices exclude each other, or None: Vocabulary.incompatible.
Rules = Callable[[str, str], str | None]


@dataclass(frozen=True)
class Decision:
    verdict: str
    # same-office | no-longer | still-held | held-before | began | incompatible-office | no-claim |
    # negated | mood, or denied-<rule> for a denied title decided by the affirmed one's rule
    rule: str
    claims: tuple[ClaimView, ...] = ()
    reason: str = ""  # the curated reason of an office rule, when one decided


def is_former(claim: ClaimView) -> bool:
    """A claim of an office held up to a date ("nguyên Thượng nghị sĩ"): its time has no start."""
    return claim.time_start == dt.date.min


def _meets(claim: ClaimView, dates: Sequence[DateSpan]) -> bool:
    """Whether the claim's time meets one of the statement's dates (any date, when it gives
    none). A date without a year meets a claim of the same day and month in the claim's years."""
    if not dates or claim.time_start is None or claim.time_end is None:
        return True
    start, end = claim.time_start, claim.time_end
    for d in dates:
        first, last = d.first, d.last
        if not d.year_known:
            if start.year != end.year:
                return True  # the year decides, and it is missing: do not set the claim aside
            first, last = first.replace(year=start.year), last.replace(year=start.year)
        if first <= end and start <= last:
            return True
    return False


def _offices(claims: Sequence[ClaimView], dates: Sequence[DateSpan]) -> list[ClaimView]:
    """Affirmed, factual office claims at a time the statement speaks of."""
    return [
        c
        for c in claims
        if c.polarity == "affirmed"
        and c.modality == "fact"
        and c.qualifier(ROLE) is not None
        and _meets(c, dates)
    ]


def decide_office(
    a: Assertion,
    claims: Sequence[ClaimView],
    incompatible: Rules,
    dates: Sequence[DateSpan] = (),
) -> Decision:
    """Rules 1-3 for an assertion with a person as subject; `claims` are that person's office
    claims (any others are ignored)."""
    if a.modality != "fact":
        # "will be prime minister", "hopes to become": the sources' facts do not decide a plan.
        return Decision(NEI, "mood")
    if a.polarity == "denied":
        # "is not the president": true where the affirmed title is contradicted by another
        # office, false where the office is borne out; a former office decides nothing.
        affirmed = decide_office(replace(a, polarity="affirmed"), claims, incompatible, dates)
        flipped = {CONTRADICTED: SUPPORTED, SUPPORTED: CONTRADICTED}
        if affirmed.rule == "held-before":
            # "Leahy was never a senator": the sources show the office held at some time.
            return replace(affirmed, verdict=CONTRADICTED, rule="denied-same-office")
        if affirmed.rule in ("incompatible-office", "same-office"):
            return replace(
                affirmed, verdict=flipped[affirmed.verdict], rule="denied-" + affirmed.rule
            )
        return Decision(NEI, "negated")
    held = [c for c in _offices(claims, dates) if c.subject == a.subject]
    same = [c for c in held if c.qualifier(ROLE) == a.office and a.jurisdiction in (None, c.object)]
    if same:
        current = [c for c in same if not is_former(c)]
        if a.tense == "present" and not current:
            return Decision(CONTRADICTED, "no-longer", tuple(same))
        if a.tense == "former" and current:
            # Held at the time the statement speaks of (its dates, or the sources' present when
            # it gives none): "former" says the office had ended by then. A statement dated
            # after the sources meets no claim here, and is not enough info below.
            return Decision(CONTRADICTED, "still-held", tuple(current))
        if a.tense == "start" and dates:
            # "became prime minister in 2026": held then, but the sources do not date its start.
            return Decision(NEI, "began", tuple(same))
        if a.tense in ("unmarked", "start") and not current:
            # "Senator Leahy" of a former senator: the press keeps such titles as courtesy, and a
            # claim that he held it before says nothing of the time the statement speaks of.
            return Decision(NEI, "held-before", tuple(same))
        return Decision(SUPPORTED, "same-office", tuple(current or same))
    if a.tense not in ("former", "past"):
        for c in held:
            if is_former(c):
                continue
            other = c.qualifier(ROLE)
            assert other is not None
            # In another jurisdiction only the same office can exclude itself (one country's
            # presidency at a time), and only if a rule says so.
            if a.jurisdiction not in (None, c.object) and other != a.office:
                continue
            reason = incompatible(a.office, other)
            if reason is not None:
                return Decision(CONTRADICTED, "incompatible-office", (c,), reason)
    return Decision(NEI, "no-claim")


def decide_described(
    a: Assertion, holders: Sequence[ClaimView], incompatible: Rules, dates: Sequence[DateSpan] = ()
) -> Decision:
    """'the OFFICE of J is the OTHER of J': contradicted when one person does not hold both in
    one jurisdiction; `holders` are the claims of who holds the first office there."""
    assert a.holder is not None
    office, place = a.holder
    if a.polarity != "affirmed" or a.modality != "fact" or a.tense == "former":
        return Decision(NEI, "negated" if a.polarity != "affirmed" else "mood")
    if a.jurisdiction not in (None, place) and place is not None:
        return Decision(NEI, "no-claim")
    reason = incompatible(office, a.office) if office != a.office else None
    evidence = [
        c
        for c in _offices(holders, dates)
        if c.qualifier(ROLE) == office and place in (None, c.object) and not is_former(c)
    ]
    if reason is None or not evidence:
        return Decision(NEI, "no-claim")
    return Decision(CONTRADICTED, "incompatible-office", (evidence[0],), reason)
