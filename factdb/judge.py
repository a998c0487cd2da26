"""Stage 3 of checking: deciding supported / contradicted / not enough info.

The contract (also in the README):

* A claim **supports** a part of the statement when it is about the same subject and predicate,
  every entity the claim names is either mentioned or left unstated (never replaced by another of
  the same type), its value interval lies inside the statement's, its time lies inside the
  statement's, and polarity and modality agree.
* A claim **contradicts** a part only when it matches the statement on its whole key — subject and
  every qualifier mentioned, none ambiguous — and the predicate is functional and the values are
  disjoint or the object differs; or the time is the event's value and lies outside the stated
  time (for a non-functional predicate only when no claim on the same key leaves it open); or the
  statement denies what the claim affirms; or the statement gives a single-holder office to
  someone else.
* Everything else is **not enough info**. Absence of a claim never contradicts.

A statement is contradicted if any part is, supported if every part is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factdb.dates import DateSpan
from factdb.intervals import Interval, describe
from factdb.match import ClaimIndex, ClaimView
from factdb.parse import ParsedStatement
from factdb.quantities import Quantity
from factdb.text import fold
from factdb.vocabulary import PredicateInfo, Vocabulary

SUPPORTED = "supported"
CONTRADICTED = "contradicted"
NEI = "not_enough_info"

# Words that turn an active sentence around ("was invited by", "được mời"): the order of the
# two parties then says nothing about who did what.
PASSIVE = frozenset({"by", "duoc", "bi"})


@dataclass
class Finding:
    claim: ClaimView
    outcome: str  # supports | contradicts | open | irrelevant
    reason: str
    same_key: bool = False


@dataclass
class Part:
    predicate: str
    verdict: str
    reason: str
    quantity: Quantity | None = None
    date: DateSpan | None = None
    decisive: list[ClaimView] = field(default_factory=list)
    considered: list[Finding] = field(default_factory=list)


@dataclass
class Judgement:
    statement: str
    verdict: str
    explanation: str
    parts: list[Part]

    @property
    def evidence(self) -> list[ClaimView]:
        wanted = SUPPORTED if self.verdict == SUPPORTED else CONTRADICTED
        seen: dict[str, ClaimView] = {}
        for part in self.parts:
            if part.verdict == wanted and self.verdict != NEI:
                for claim in part.decisive:
                    seen.setdefault(claim.id, claim)
        return list(seen.values())


class Judge:
    def __init__(self, vocab: Vocabulary, index: ClaimIndex) -> None:
        self.vocab = vocab
        self.index = index

    # --- naming things for reasons -----------------------------------------------------------

    def name(self, eid: str | None) -> str:
        info = self.vocab.entities.get(eid or "")
        return info.name_en if info else str(eid)

    def describe_claim(self, claim: ClaimView) -> str:
        pred = self.vocab.predicates[claim.predicate]
        words = [self.name(claim.subject), pred.label_en]
        if claim.object:
            words.append(self.name(claim.object))
        if claim.interval is not None:
            words.append(describe(claim.interval, claim.unit))
        words += [f"({role} {self.name(eid)})" for role, eid in claim.qualifiers]
        if claim.time_start and claim.time_end:
            period = _describe_period(claim.time_start, claim.time_end, claim.time_grain)
            words.append(period if period.startswith("before") else f"in {period}")
        if claim.polarity == "denied":
            words.insert(1, "NOT")
        if claim.modality != "fact":
            words.append(f"[{claim.modality}]")
        return " ".join(words)

    # --- the decision ------------------------------------------------------------------------

    def judge(self, parsed: ParsedStatement) -> Judgement:
        mentioned = parsed.entity_ids()
        if not mentioned:
            return Judgement(
                parsed.text, NEI, "the statement names nothing the claim base knows", []
            )
        parts = []
        for pid in parsed.predicates:
            pred = self.vocab.predicates[pid]
            claims = self.index.candidates([pid], mentioned)
            if not claims:
                continue
            part = self._part(pred, claims, parsed)
            if part is not None:
                parts.append(part)
        if not parts:
            names = ", ".join(sorted(self.name(e) for e in mentioned))
            return Judgement(
                parsed.text,
                NEI,
                f"no stored claim bears on what the statement says about {names}",
                [],
            )
        if any(p.verdict == CONTRADICTED for p in parts):
            verdict = CONTRADICTED
        elif all(p.verdict == SUPPORTED for p in parts):
            verdict = SUPPORTED
        else:
            verdict = NEI
        deciding = [p for p in parts if p.verdict == verdict] or parts
        return Judgement(parsed.text, verdict, "; ".join(p.reason for p in deciding), parts)

    def _part(
        self, pred: PredicateInfo, claims: list[ClaimView], parsed: ParsedStatement
    ) -> Part | None:
        quantity = self._quantity_for(pred, parsed)
        date = self._date_for(pred, parsed)
        findings = [self._assess(pred, c, parsed, quantity, date) for c in claims]
        relevant = [f for f in findings if f.outcome != "irrelevant"]
        if not relevant:
            return None
        part = Part(pred.id, NEI, "", quantity, date, considered=relevant)
        supports = [f for f in relevant if f.outcome == "supports"]
        contradicts = [f for f in relevant if f.outcome == "contradicts"]
        open_same_key = [f for f in relevant if f.outcome == "open" and f.same_key]
        if supports:
            part.verdict, part.decisive = SUPPORTED, [f.claim for f in supports]
            part.reason = supports[0].reason
        elif contradicts and (pred.functional or not open_same_key):
            part.verdict, part.decisive = CONTRADICTED, [f.claim for f in contradicts]
            part.reason = contradicts[0].reason
        else:
            part.reason = relevant[0].reason
        return part

    def _quantity_for(self, pred: PredicateInfo, parsed: ParsedStatement) -> Quantity | None:
        if pred.value_type not in ("quantity", "rank"):
            return None
        fitting = [q for q in parsed.quantities if self._fits(pred, q)]
        if not fitting:
            return None
        anchors = [t.start for t in parsed.triggers if t.target == pred.id]
        if not anchors:
            return fitting[0]
        return min(fitting, key=lambda q: min(abs(q.start - a) for a in anchors))

    def _fits(self, pred: PredicateInfo, q: Quantity) -> bool:
        if q.unit is None:
            # A bare number may be a count or an amount whose currency goes unsaid.
            return pred.dimension in ("count", "money")
        return self.vocab.unit_dimension.get(q.unit, _currency_dimension(q.unit)) == pred.dimension

    def _date_for(self, pred: PredicateInfo, parsed: ParsedStatement) -> DateSpan | None:
        if pred.time_role == "none" or not parsed.dates:
            return None
        anchors = [t.start for t in parsed.triggers if t.target == pred.id]
        if not anchors:
            return parsed.dates[0]
        return min(parsed.dates, key=lambda d: min(abs(d.start - a) for a in anchors))

    def _assess(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        parsed: ParsedStatement,
        quantity: Quantity | None,
        date: DateSpan | None,
    ) -> Finding:
        mentioned = parsed.entity_ids()
        ambiguous = {eid for m in parsed.entities if len(m.ids) > 1 for eid in m.ids}
        roles: list[tuple[str, str]] = [("subject", claim.subject)]
        if claim.object:
            roles.append(("object", claim.object))
        roles += list(claim.qualifiers)
        used = {eid for _, eid in roles if eid in mentioned}
        unstated: list[str] = []
        replaced: dict[str, str] = {}
        for role, eid in roles:
            if eid in mentioned:
                continue
            other = self._alternative(eid, mentioned - used)
            if other is None:
                unstated.append(role)
            else:
                replaced[role] = other
        irrelevant = Finding(claim, "irrelevant", "")

        if set(replaced) == {"subject"}:
            return self._single_holder(pred, claim, replaced["subject"], parsed, date)
        subject_missing = "subject" in unstated or "subject" in replaced
        if subject_missing and (
            not pred.symmetric or claim.qualifier("counterparty") not in mentioned
        ):
            return irrelevant
        if not pred.symmetric and not self._order_ok(claim, parsed):
            return irrelevant
        key_roles = [r for r, _ in roles if r != "object"]
        qualifier_replaced = [r for r in replaced if r != "object"]
        if qualifier_replaced:
            # The statement is about another slice (another counterparty, another office).
            return irrelevant
        same_key = not any(r in unstated for r in key_roles) and not (
            {eid for r, eid in roles if r in key_roles} & ambiguous
        )
        claim_text = f"claim {claim.id} says {self.describe_claim(claim)}"

        # Time.
        time_ok, time_conflict, time_note = self._compare_time(pred, claim, date)
        if pred.time_role == "qualifier" and time_conflict:
            return irrelevant
        if pred.time_role == "qualifier" and not time_ok:
            return Finding(
                claim,
                "open",
                f"{claim_text}, for another period than "
                f"the statement's {date.text if date else ''}".rstrip(),
                False,
            )

        # Object (entity value).
        conflict = None
        if "object" in replaced:
            if pred.functional and same_key and claim.object not in ambiguous:
                conflict = f"the statement says {self.name(replaced['object'])}; {claim_text}"
            else:
                return irrelevant

        # Value.
        value_ok = True
        if quantity is not None and claim.interval is not None:
            stated = Interval(quantity.low, quantity.high, quantity.low_open, quantity.high_open)
            said = f"the statement says {describe(stated, quantity.unit or claim.unit)}"
            if quantity.unit is not None and quantity.unit != claim.unit:
                return Finding(claim, "open", f"{said}; {claim_text}, in another unit", same_key)
            if stated.disjoint(claim.interval):
                if pred.functional and same_key and conflict is None:
                    conflict = f"{said}; {claim_text}"
                else:
                    return Finding(claim, "open", f"{said}; {claim_text}", same_key)
            elif not stated.contains(claim.interval):
                value_ok = False
                value_note = f"{said}; {claim_text}, which neither implies nor excludes it"

        if conflict is None and time_conflict and pred.time_role == "value" and same_key:
            conflict = f"the statement says {date.text if date else ''}; {claim_text}"

        negated = parsed.negation is not None
        denied = claim.polarity == "denied"
        if parsed.modality != claim.modality:
            mood = {"fact": "a fact", "plan": "a plan", "wish": "a wish"}
            return Finding(
                claim,
                "open",
                f"{claim_text} (reported as {mood[claim.modality]}, "
                f"the statement as {mood[parsed.modality]})",
                same_key,
            )
        if conflict is not None:
            if negated != denied:
                return Finding(
                    claim, "open", conflict + " (but the statement is negated)", same_key
                )
            return Finding(claim, "contradicts", conflict, same_key)
        if not value_ok:
            return Finding(claim, "open", value_note, same_key)
        if not time_ok:
            return Finding(claim, "open", time_note, same_key)
        if negated != denied:
            cue = parsed.negation.text if parsed.negation else "denial"
            return Finding(
                claim, "contradicts", f"the statement denies it ({cue!r}); {claim_text}", same_key
            )
        return Finding(claim, "supports", claim_text, same_key)

    def _alternative(self, eid: str, candidates: set[str]) -> str | None:
        """A mentioned entity of the same type that could stand where the claim has `eid`."""
        info = self.vocab.entities.get(eid)
        if info is None:
            return None
        for other in sorted(candidates):
            other_info = self.vocab.entities.get(other)
            if other_info is not None and other_info.type == info.type:
                return other
        return None

    def _order_ok(self, claim: ClaimView, parsed: ParsedStatement) -> bool:
        """For a directed relation (A invited B) the statement must not put B first, unless
        it is passive."""
        other = claim.qualifier("counterparty") or claim.object
        first = {}
        for m in parsed.entities:
            for eid in m.ids:
                first.setdefault(eid, m.start)
        if other is None or claim.subject not in first or other not in first:
            return True
        if set(fold(parsed.text).split()) & PASSIVE:
            return True
        return first[claim.subject] < first[other]

    def _single_holder(
        self,
        pred: PredicateInfo,
        claim: ClaimView,
        other: str,
        parsed: ParsedStatement,
        date: DateSpan | None,
    ) -> Finding:
        """'Y is prime minister of X' when the claim has Z in that single-holder office."""
        role = claim.qualifier("role")
        info = self.vocab.entities.get(role or "")
        mentioned = parsed.entity_ids()
        ambiguous = {eid for m in parsed.entities if len(m.ids) > 1 for eid in m.ids}
        if (
            info is None
            or not info.single_holder
            or role not in mentioned
            or claim.object not in mentioned
            or not pred.functional
            or {other, role, claim.object} & ambiguous
            or parsed.negation is not None
            or parsed.modality != claim.modality
            or claim.polarity != "affirmed"
        ):
            return Finding(claim, "irrelevant", "")
        _, conflict, _ = self._compare_time(pred, claim, date)
        if conflict:
            return Finding(claim, "irrelevant", "")
        reason = (
            f"{info.name_en} of {self.name(claim.object)} is held by one person at a time; "
            f"claim {claim.id} says {self.describe_claim(claim)}, not {self.name(other)}"
        )
        return Finding(claim, "contradicts", reason, True)

    def _compare_time(
        self, pred: PredicateInfo, claim: ClaimView, date: DateSpan | None
    ) -> tuple[bool, bool, str]:
        """(inside, disjoint, note): does the claim's time lie inside the statement's?"""
        if pred.time_role == "none" or date is None:
            return True, False, ""
        if claim.time_start is None or claim.time_end is None:
            return False, False, f"claim {claim.id} gives no date to compare with {date.text!r}"
        start, end = claim.time_start, claim.time_end
        first, last = date.first, date.last
        if not date.year_known:
            if claim.time_grain not in ("day", "range") or start.year != end.year:
                return False, False, f"{date.text!r} gives no year"
            first, last = first.replace(year=start.year), last.replace(year=start.year)
        note = (
            f"the statement says {date.text}; claim {claim.id} says "
            f"{_describe_period(start, end, claim.time_grain)}"
        )
        if end < first or start > last:
            return False, True, note
        if first <= start and end <= last:
            return True, False, note
        return False, False, note + ", which neither implies nor excludes it"


def _describe_period(start: dt.date, end: dt.date, grain: str | None) -> str:
    if start == dt.date.min:
        return f"before {end + dt.timedelta(days=1)}"
    if grain == "year":
        return str(start.year)
    if grain == "month":
        return start.strftime("%B %Y")
    if start == end:
        return start.strftime("%-d %B %Y")
    return f"{start.strftime('%-d %B %Y')} to {end.strftime('%-d %B %Y')}"


def _currency_dimension(unit: str) -> str:
    """Units outside the vocabulary: three capital letters are an ISO 4217 currency."""
    return "money" if len(unit) == 3 and unit.isupper() else "unknown"
