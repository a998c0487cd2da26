"""What the judge decides, as values: a claim's Finding against one part of a statement, a
Part (one assertion of the statement, decided), the Judgement of the whole, and the Context one
statement offers each predicate it is weighed on. The words of a reason are
factdb.check.explain's; the rules that decide are factdb.check.rules'.
"""

from __future__ import annotations

from factdb.check.assertions import Predication
from factdb.check.rules import NEI, Grounds, Uncovered
from factdb.check.stance import StanceReading
from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.records import dataclass, field
from factdb.store.claims import ClaimView


@dataclass
class Finding:
    claim: ClaimView
    outcome: str  # supports | contradicts | open | irrelevant
    grounds: Grounds | None  # what it turns on; None for an irrelevant claim
    same_key: bool = False
    denial: bool = False  # contradicts only because the statement denies what the claim affirms
    quantity: Quantity | None = None  # the reading of the statement this finding used
    date: DateSpan | None = None
    # What an open or contradicting finding turns on: "time" (dates), "mood" (a plan or a wish
    # against a fact), "speaker" (who said it), or "value" (everything else).
    why: str = "value"
    # The statement names the claim's occasion ("the letter inviting him to join the Board of
    # Peace"): other occasions it might mean do not soften the conflict.
    occasion_named: bool = False
    # Mentions the finding accounts for besides its claim's entities: the title that named the
    # claim's speaker ("Tổng Bí thư khẳng định").
    covers: frozenset[str] = frozenset()
    # The grounds in words (explain.Words.grounds), written once the finding is relevant.
    reason: str = ""
    # Irrelevant because the statement's verb binds other parties than the claim's
    # (assess.binding): the judge lists such claims when nothing decides the verb.
    unbound: bool = False
    # The claim's source gives the part of the day the statement does (or, where it gives
    # none, one within the day it says on the clock it names: rule clock-day), and a reading
    # bore the claim out (factdb.check.dayparts): a place naming that clock is accounted for.
    day_part_borne: bool = False

    @property
    def rule(self) -> str:
        return self.grounds.rule if self.grounds is not None else "irrelevant"


@dataclass
class Part:
    predicate: str
    verdict: str
    reason: str
    # The rule that decided it: its deciding finding's (Grounds.rule), an assertion's
    # (rules.Decision.rule), or `distributed` (said of each of several, borne out for some).
    rule: str = ""
    quantity: Quantity | None = None
    date: DateSpan | None = None
    decisive: list[ClaimView] = field(default_factory=list)
    considered: list[Finding] = field(default_factory=list)
    denial: bool = False
    # Entities the part accounts for besides its claims': an office assertion decided by a rule
    # ("is not the president") speaks of an office no claim names.
    covers: set[str] = field(default_factory=set)

    @property
    def borne(self) -> list[ClaimView]:
        """The claims that bear the part out: those its findings found supporting, else (a part
        decided by a rule, with no findings) its deciding claims."""
        return [f.claim for f in self.considered if f.outcome == "supports"] or self.decisive


@dataclass
class Judgement:
    statement: str
    verdict: str
    explanation: str
    parts: list[Part]

    @property
    def evidence(self) -> list[ClaimView]:
        if self.verdict == NEI:
            return []
        seen: dict[str, ClaimView] = {}
        for part in self.parts:
            if part.verdict == self.verdict:
                for claim in part.decisive:
                    seen.setdefault(claim.id, claim)
        return list(seen.values())


@dataclass
class Context:
    """What one statement offers each candidate predicate."""

    parsed: ParsedStatement
    mentioned: set[str]
    ambiguous: set[str]
    positions: dict[str, list[Mention]]
    # The numbers and dates each predicate may read, nearest first.
    quantities: dict[str, list[Quantity]] = field(default_factory=dict)
    dates: dict[str, list[DateSpan]] = field(default_factory=dict)
    candidates: set[str] = field(default_factory=set)  # predicates with claims to look at
    words: list[tuple[str, int, int]] = field(default_factory=list)  # folded word tokens
    # Predicates the statement triggers, with claims about the entities it names, none of which
    # bears on it ("Orbán invited Tô Lâm ..." when only Tô Lâm's invitations are stored).
    unverified: list[Uncovered] = field(default_factory=list)
    # Office claims that a title of the statement, read with its tense, leaves open ("Senator
    # Leahy" of a former senator): the flat reading, which has no tense, must not decide them.
    left_open: set[str] = field(default_factory=set)
    # Countries said of a person ("Indonesia's Prabowo") that an office held there bears out.
    affiliated: set[str] = field(default_factory=set)
    # The holder each bare title stands for ("Tổng Bí thư gặp ..."), by its span:
    # World.bare_holders.
    held_by: dict[tuple[int, int], str] = field(default_factory=dict)
    # The places of those bare titles ("Indonesia's president"): who the holder is, not a
    # description of a name (assess.described).
    title_places: set[str] = field(default_factory=set)
    # The places a plural title is said of whose holder of it the claims do not give, and the
    # bare titles of a jurisdiction no claim gives anyone that office in, by their spans:
    # World.unheld_places, World.unheld_titles.
    unheld: set[tuple[int, int]] = field(default_factory=set)
    # Whose words the statement gives, if anyone's (factdb.check.stance).
    stance: StanceReading | None = None
    # Or the noun of people it does not name that says the words, with their reading ("Các
    # đối tác đánh giá cao ...", no speaker): stance.said_by_people, read by
    # assess._assess_said and the judge.
    voiced: tuple[Cue, StanceReading] | None = None
    # Claims whose source gives the part of the day the statement does (Finding.day_part_borne),
    # gathered by the judge from every predicate's findings.
    day_part_borne: set[str] = field(default_factory=set)
    # Each trigger with the parties bound to it (factdb.check.assertions.predications).
    predications: list[Predication] = field(default_factory=list)
    # The predicates said of each other by the names listed before them, with those names
    # ("Lam and Orbán congratulated each other"): Judge._mutual, read by Judge._reciprocal
    # and assess.read_as_claim (the order of the names then says nothing of who did it).
    mutual: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The people each predicate cued by a name's title is said of ("Leahy and Republican Sen.
    # Daines": the party is Daines's): Offices.titled, read by assess.unbound.
    titled: dict[str, frozenset[str]] = field(default_factory=dict)
    # Events named only by a looser name of their kind in a dated statement ("the Board of
    # Peace meeting in March 2026") or as one of a kind ("a Board of Peace meeting"): they name
    # no occasion (factdb.check.occasion.loose_events).
    loose: set[str] = field(default_factory=set)
    # The triggers of acts no claim decides that a supported fact's own span says ("to lift
    # bilateral trade" of an agreement "để gia tăng kim ngạch thương mại"): the words around
    # them are that span's to say (factdb.check.accounting.spanned_cues, details).
    spanned: list[Cue] = field(default_factory=list)
    # The dates an event's own date verb says after an act done for it ("travel to the US for
    # the session, running Feb 18-20"), which that act reads (scope.place_values): they may be
    # the event's days instead, so days inside the act's occasion refute nothing
    # (assess.event_days).
    event_dated: set[int] = field(default_factory=set)
    # The predicates a date's appositive clause says ("In 2026, the year the two countries
    # marked 30 years of ties, ..."), each with that date's id: scope.place_values.
    apposed: set[tuple[str, int]] = field(default_factory=set)
    # The dates said of an act that holds the acts after it as its content ("invited Lam in
    # January to attend", "decided in January to attend"), by id, with that act's predicate
    # ("" for a verb no predicate reads: scope.head_dated): the content and the event named in
    # it need not be of that date, so another date of theirs refutes nothing (assess.time_of).
    head_dated: dict[int, str] = field(default_factory=dict)


def turned(claim: ClaimView) -> Finding:
    """A claim of the act with its parties the other way round: it contradicts. Made only where
    it decides, not for every claim weighed (most of them are set aside)."""
    return Finding(claim, "contradicts", Grounds("turned-round", claim), True, occasion_named=True)
