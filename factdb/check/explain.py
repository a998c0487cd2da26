"""The words of a verdict on an assertion: written from a rules.Decision, never deciding.

Kept apart from factdb.check.rules so that a rule can change its reasoning without touching its
prose, and the prose can change (or be translated) without touching a decision.
"""

from __future__ import annotations

from collections.abc import Callable

from factdb.check.assertions import Assertion
from factdb.check.relative import RelativeDate
from factdb.check.rules import Decision
from factdb.check.stance import StanceReading
from factdb.store.claims import ClaimView

TENSE = {
    "former": "former ",
    "present": "current ",
    "past": "once ",
    "start": "new ",
    "unmarked": "",
}


def _title(a: Assertion, name: Callable[[str | None], str], office: str, place: str | None) -> str:
    return f"{name(office)}" + (f" of {name(place)}" if place else "")


def explain_office(
    a: Assertion,
    decision: Decision,
    name: Callable[[str | None], str],
    describe: Callable[[ClaimView], str],
) -> str:
    """One line: what the statement says, what the deciding claim says, and why that decides."""
    said_title = TENSE[a.tense] + _title(a, name, a.office, a.jurisdiction)
    who = "the " + _title(a, name, *a.holder) if a.holder is not None else name(a.subject)
    said = f"the statement calls {who} {said_title} ({a.text!r})"
    claims = "; ".join(f"claim {c.id} says {describe(c)}" for c in decision.claims)
    if decision.rule.startswith("denied-"):
        what = "the office is borne out" if decision.verdict != "supported" else decision.reason
        return f"the statement denies that {who} is {said_title} ({a.text!r}); {claims}; {what}"
    if decision.rule == "same-office":
        return claims
    if decision.rule == "no-longer":
        return f"{said}; {claims}, an office held before, not now"
    if decision.rule == "still-held":
        return f"{said}; {claims}, held then, not a former office"
    if decision.rule == "held-before":
        return f"{said}; {claims}, an office held before, and the statement does not say when"
    if decision.rule == "began":
        return f"{said}; {claims}, which does not say when the office began"
    if decision.rule == "incompatible-office":
        return f"{said}; {claims}, and {decision.reason}"
    return f"{said}; no stored claim says which office {who} holds"


def explain_relative(
    rel: RelativeDate, decision: Decision, describe: Callable[[ClaimView], str]
) -> str:
    """One line on a date counted from another event ("the day after ...")."""
    claims = "; ".join(f"claim {c.id} says {describe(c)}" for c in decision.claims)
    said = f"the statement dates it {rel.text!r} another event"
    if decision.rule == "relative-undated":
        known = f" ({claims})" if claims else ""
        return f"{said}, and no stored claim fixes both events to one day each{known}"
    apart = "as many days apart" if decision.verdict == "supported" else "not that far apart"
    return f"{said}; {claims}: {apart}"


def explain_speaker(
    rule: str,
    reading: StanceReading,
    claim: ClaimView,
    name: Callable[[str | None], str],
    describe: Callable[[ClaimView], str],
) -> str:
    """Why who said it decides, or leaves open, a claim of what someone said
    (factdb.check.stance.speaker_rule)."""
    said = f"claim {claim.id} says {describe(claim)}"
    speaker = name(claim.speaker)
    given = f"the statement gives it to {name(reading.speaker)} ({reading.text!r})"
    if rule == "other-party":
        return f"{given}; {said}, and on that occasion only {speaker} {claim.stance} it"
    if rule == "other-stance":
        return f"the statement says {speaker} {reading.stance} it; {said}"
    return f"{given}; {said}, which does not say what {name(reading.speaker)} said"
