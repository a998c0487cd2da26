"""The words of a verdict: written from the values factdb.check.rules decides, never deciding.

Kept apart from factdb.check.rules so that a rule can change its reasoning without touching its
prose, and the prose can change (or be translated) without touching a decision. `Words` writes
the judge's reasons: a claim as a line, a finding's rules.Grounds, what no claim covers
(rules.Uncovered), and a whole judgement from its parts.
"""

from __future__ import annotations

import datetime as dt

from factdb.check.assertions import Assertion
from factdb.check.relative import RelativeDate
from factdb.check.rules import LISTED, NEI, SUMMED, Decision, Grounds, TimeCheck, Uncovered
from factdb.check.stance import StanceReading
from factdb.lexicon.vocabulary import Vocabulary
from factdb.store.claims import ClaimView
from factdb.store.intervals import describe, describe_time, time_phrase

TENSE = {
    "former": "former ",
    "present": "current ",
    "past": "once ",
    "start": "new ",
    "unmarked": "",
}
MOOD = {
    "fact": "a fact",
    "plan": "a plan",
    "wish": "a wish",
    "ready": "readiness",
    "possible": "a possibility",
}
# The grounds that turn on who said it, or who holds the view (Words.speaker)
SPEAKER_RULES = frozenset(
    {
        "other-party",
        "turned-stance",
        "unsaid",
        "unsaid-fact",
        "other-stance",
        "other-speaker",
        "other-holder",
    }
)
DESCRIBED_KEPT = 100_000  # claims whose line Words keep


# What each rule of a time check (assess.time_of) adds to the dates compared.
_TIME_TAILS = {
    "other-stay-dates": ", other dates for the same stay",
    "day-apart": ", a day apart, in another place's time",
    "time-neither": ", which neither implies nor excludes it",
    "one-day-of-several": ", one of the days, which does not bear out an act on each",
    "began-before": ", held before the statement says it began",
    "began-unknown": ", which does not say when it began",
    "began-other": ", by when they had begun",
    "other-slice": ", another period of the series",
    "since-later": ", later than the statement says they began",
    "state-later": ", when it began: the state it began, said of a later time, is one"
    " the sources do not follow",
    "content-later": ", which its sources, published before then, could not know of",
    "received-later": ", when it was sent: the day it came to hand is not fixed by it",
    "other-invitation": ", of the invitation to join a body (or its acceptance), not"
    " of one to what the statement names",
    "now-of-former": ", an office held before, which bears out none held now",
    "marked-in": ", the one year that count of years was marked",
    "head-dated": ", which it need not be: the date may be that of the act said first"
    " (an invitation, an acceptance, a decision), whose content this is",
}


class Words:
    """The words for the vocabulary's things: entities by their English name, claims as a
    line, and what a finding on one claim turns on (rules.Grounds)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        # Each claim's line, by id: a batch weighs the same claims again and again, and a
        # claim's wording changes only with the base, when new Words are made (Judge).
        self._described: dict[str, str] = {}

    def name(self, eid: str | None) -> str:
        info = self.vocab.entities.get(eid or "")
        return info.name_en if info else str(eid)

    def describe_claim(self, claim: ClaimView) -> str:
        described = self._described.get(claim.id)
        if described is None:
            if len(self._described) >= DESCRIBED_KEPT:
                self._described.clear()
            described = self._described[claim.id] = self._describe(claim)
        return described

    def _describe(self, claim: ClaimView) -> str:
        pred = self.vocab.predicates[claim.predicate]
        words = [self.name(claim.subject), pred.label_en]
        if claim.object:
            words.append(self.name(claim.object))
        if claim.interval is not None:
            words.append(describe(claim.interval, claim.unit))
        words += [f"({role} {self.name(eid)})" for role, eid in claim.qualifiers]
        if claim.time_start and claim.time_end:
            words.append(time_phrase(claim.time_start, claim.time_end, claim.time_grain))
        if claim.polarity == "denied":
            words.insert(1, "NOT")
        if claim.modality != "fact":
            words.append(f"[{claim.modality}]")
        if claim.speaker:
            words[:0] = [self.name(claim.speaker), f"{claim.stance}:"]
        return " ".join(words)

    def says(self, claim: ClaimView) -> str:
        return f"claim {claim.id} says {self.describe_claim(claim)}"

    def uncovered(self, item: Uncovered) -> str:
        match item.kind:
            case "name" | "unknown":
                return item.text
            case "figure" | "date" | "ordinal":
                return repr(item.text)
            case "other-ordinal":
                return f"{item.text!r} (claim {item.label}'s source says {item.cue!r})"
            case "count":
                over = ", over several occasions" if item.label == SUMMED else ""
                return f"{item.text!r} {item.cue} (the claims name {item.counted}{over})"
            case "other-act":
                return f"{item.text!r}, which no claim of '{item.label}' says"
            case "unchecked" if item.text:
                others = f"its claims have other parties: {item.text}"
                return f"what it says about '{item.label}' ({others})"
            case "unchecked":
                return f"what it says about '{item.label}'"
            case "day-part" | "words":
                return repr(item.text)
            case "denial":
                return f"what it denies ({item.text!r})"
            case "speaker":
                return f"{item.text!r}, which no claim gives as that speaker's words"
        raise ValueError(f"no words for {item.kind!r}")

    def judgement(
        self, reasons: list[str], uncovered: list[Uncovered], named: set[str] | None = None
    ) -> str:
        """The explanation of a whole statement: the reasons of its deciding parts, after what
        no claim covers, if anything; with no part, why nothing was decided (`named`: the
        entities it names, none of them, or none a claim bears on, unless what no claim of a
        predicate says kept its claims from being weighed: an `other-act`)."""
        acts = [self.uncovered(u) for u in uncovered if u.kind == "other-act"]
        if named is not None and acts:
            return f"no stored claim covers {', '.join(dict.fromkeys(acts))}"
        if named is not None:
            if not named:
                return "the statement names nothing the claim base knows"
            names = ", ".join(sorted(self.name(e) for e in named))
            return f"no stored claim bears on what the statement says about {names}"
        explanation = "; ".join(dict.fromkeys(reasons))
        if uncovered:
            # the details a statement adds are named together: "the words 'grants', 'students'"
            details = [repr(u.text) for u in uncovered if u.kind == "detail"]
            said = [self.uncovered(u) for u in uncovered if u.kind != "detail"]
            if details:
                words = ", ".join(dict.fromkeys(details))
                said.append(f"the words {words}, which no deciding claim's source says")
            loose = ", ".join(dict.fromkeys(said))
            return f"no stored claim covers {loose} (the closest: {explanation})"
        return explanation

    @staticmethod
    def date_orders(
        written: tuple[str, ...],
        day_first: tuple[dt.date, ...],
        verdicts: tuple[str, str],
        why: str,
    ) -> str:
        """A statement whose numeric dates an English writer may mean either way round
        (factdb.check.date_orders), judged differently each way: `verdicts` day first and
        month first, `why` the day-first reading's reason."""
        dates = ", ".join(
            f"{w!r} ({d.day} {d:%B} day first, {d.month} {dt.date(2000, d.day, 1):%B} month first)"
            for w, d in zip(written, day_first, strict=True)
        )
        first, other = (v.replace("_", " ") for v in verdicts)
        return (
            f"the statement's {dates} may be read either way round, and the sources do not say"
            f" which the writer meant: day first it is {first}, month first {other} ({why})"
        )

    @staticmethod
    def month_first(written: tuple[str, ...], why: str) -> str:
        """A statement whose numeric dates valid either way round are read month first, as its
        other numeric dates can only be (factdb.check.date_orders)."""
        dates = ", ".join(repr(w) for w in written)
        return f"{dates} read month first, as the statement's other dates are written: {why}"

    @staticmethod
    def question() -> str:
        return "the statement asks; a question asserts nothing"

    @staticmethod
    def answered(said: str, reason: str) -> str:
        """A question followed by its answer (factdb.check.answers): the answer's reason."""
        return f"the statement asks, which asserts nothing, and answers {said!r}: {reason}"

    @staticmethod
    def disputed(label: str) -> str:
        return (
            f"the statement labels what follows {label!r}: it reports it as false or"
            " unverified and asserts nothing of it"
        )

    @staticmethod
    def clock_offset(said: str, held: bool, reason: str) -> str:
        """A clause that sets two places' clocks apart (factdb.check.offsets): the clocks' to
        bear out, with the reason of the rest of the statement."""
        if held:
            return f"the clocks bear out {said!r}; {reason}"
        return (
            f"the statement says {said!r}, which the two clocks are not on the days it speaks"
            f" of; {reason}"
        )

    @staticmethod
    def unread_frame(frame: str) -> str:
        return (
            f"the statement frames what it says ({frame!r}) in a way not read with confidence:"
            " whether it asserts or denies the act is left open"
        )

    def excluded(self, names: str, cue: str, reason: str, refuted: bool) -> str:
        """A name the statement excludes ("not Tokayev"): refuted by `reason`, the claims that
        bear it out of that name, or left open (`reason` is then the rest's explanation)."""
        if refuted:
            return f"the statement excludes {names} ({cue!r}); {reason}"
        return f"no stored claim says what the statement denies of {names} (the closest: {reason})"

    @staticmethod
    def shared_occasion(cue: str, says: list[str], refuted: bool) -> str:
        """Parties the statement puts on one occasion of an act ({cue!r}), which the claims
        (`says`) bear out apart: on days that share none (`refuted`), or with none naming all."""
        claims = "; ".join(says)
        if refuted:
            return (
                f"the statement puts its parties on one occasion ({cue!r}), which the claims"
                f" put on different days: {claims}"
            )
        return (
            f"no stored claim says its parties shared one occasion ({cue!r}); each is borne"
            f" out apart: {claims}"
        )

    @staticmethod
    def reversed(cue: str, reason: str, refuted: bool) -> str:
        """An act the statement denies the other way round ({cue!r}): refuted by `reason`, the
        claims that bear out the act turned round, or left open (`reason` is then the act's)."""
        if refuted:
            return f"the statement denies its act the other way round ({cue!r}); {reason}"
        return (
            f"no stored claim says the act was not done the other way round ({cue!r}; the"
            f" closest: {reason})"
        )

    @staticmethod
    def subordinate(said: str, reason: str) -> str:
        """A part of the sentence that says an act of its own ("who had hosted Lam in Jakarta",
        "Vừa từ Baku sang"): no claim decides it, and its place and date are not the main act's."""
        return (
            f"no stored claim decides what {said!r} says, an act of its own whose place and date "
            f"are not the main act's (the closest: {reason})"
        )

    def other_sites(self, sites: list[str], claims: list[ClaimView]) -> str:
        """Work said at another site than the one the request its claim gives named ("dioxin
        cleanup at Da Nang airport" of a request for the project at Biên Hòa airbase)."""
        said = ", ".join(repr(s) for s in sites)
        named = "; ".join(self.says(c) for c in claims)
        return f"the statement sets the work at {said}; {named}, the site that request named"

    def first_election(self, first: str, claims: list[ClaimView]) -> str:
        """An election said the first, of a congratulation the claims give as on a re-election
        ("congratulated Lam on being elected general secretary for the first time")."""
        named = "; ".join(self.says(c) for c in claims)
        return f"the statement says the election was {first!r}; {named}: a re-election"

    def only(self, text: str, other: ClaimView | None, reason: str) -> str:
        """'met only Orbán': refuted by a claim of the same occasion naming someone else."""
        if other is not None:
            return f"the statement says {text!r}; {self.says(other)}"
        return f"no stored claim says {text!r} (the closest: {reason})"

    @staticmethod
    def counts(counts: list[Uncovered], reasons: list[str]) -> str:
        """Counts of the parties of one occasion its claims refute: below what they name ("met
        8 leaders" of nine meetings that morning), or above the whole list a source gives."""
        said = "; ".join(
            f"the statement counts {u.text!r} {u.cue}, and the claims of that occasion name "
            f"{u.counted}" + (", the whole list its source gives" if u.label == LISTED else "")
            for u in counts
        )
        return f"{said}: {'; '.join(dict.fromkeys(reasons))}"

    @staticmethod
    def other_ordinals(ordinals: list[Uncovered], reasons: list[str]) -> str:
        """Members of a numbered series other than the deciding claims' own words give, where
        they bear out all else ("the 13th Congress" of a claim whose span says "lần thứ XIV")."""
        said = "; ".join(
            f"the statement says {u.text!r}, and claim {u.label}'s source says {u.cue!r}"
            for u in ordinals
        )
        return f"{said}: {'; '.join(dict.fromkeys(reasons))}"

    @staticmethod
    def either(reason: str, cue: str, others: list[str]) -> str:
        """A reading refuted of a verb that says one of several acts ("spoke with": a meeting or
        a call), while another reading no claim refutes leaves it open."""
        read = " or ".join(others)
        return f"{reason}; but {cue!r} may also be read as {read}, which no claim refutes"

    @staticmethod
    def clauses(judged: list[tuple[str, str, str]], verdict: str) -> str:
        """A sentence of several attributions judged clause by clause: the reasons of the
        clauses that decide its verdict, each after its words."""
        deciding = [(text, why) for text, v, why in judged if v == verdict]
        if verdict == NEI:  # the first clause left open
            deciding = deciding[:1]
        return "; ".join(f"in {text.strip()!r}: {why}" for text, why in deciding)

    def other_mode(self, said: str, mode: str, claims: list[ClaimView], why: str) -> str:
        """A mode said of an encounter ("met Daines in person") that the claims of its
        occasion give as held another way (factdb.check.modes)."""
        told = "; ".join(self.says(c) for c in claims)
        how = mode.replace("_", " ")
        return (
            f"the statement says the encounter was held {how} ({said!r}); {told}, and no claim "
            f"gives them an encounter {how} then: {why}"
        )

    def other_origin(self, said: str, claim: ClaimView, stay: ClaimView, where: str) -> str:
        """An act said to be done from a place (factdb.check.modes.origin_parts) on a day its
        doer stayed at the place of its occasion."""
        return (
            f"the statement says it was done from {said!r}; {self.says(claim)}, and "
            f"{self.says(stay)}: that day he was in {self.name(where)}"
        )

    def elsewhere(self, said: str, stay: ClaimView, where: str) -> str:
        """An act in person said to be done at a place (factdb.check.elsewhere) on a day
        strictly inside its doer's stay in another country."""
        return (
            f"the statement has it done in person in {said!r}; {self.says(stay)}: that day, "
            f"inside the stay, he was in {self.name(where)}, another country"
        )

    def other_doer(self, said: str, claim: ClaimView, why: str) -> str:
        """An act with one doer on one occasion given to someone else on the claim's occasion
        (factdb.check.doers)."""
        who = self.name(said) if said in self.vocab.entities else said
        return (
            f"the statement gives it to {who}; {self.says(claim)}, "
            f"{self.name(claim.subject)} on that occasion: {why}"
        )

    def other_announcer(self, said: str, claim: ClaimView) -> str:
        """News a source has one body announce, given to another body (factdb.check.doers)."""
        who = self.name(said) if said in self.vocab.entities else said
        return (
            f"the statement gives the announcement to {who}; {self.says(claim)}, which does not"
            f" rule out another body announcing it too"
        )

    @staticmethod
    def framed_elsewhere(cue: str, others: list[str], reason: str) -> str:
        """An act said beside other acts (Judge._framed) whose claim shares no occasion with
        theirs."""
        said = " or ".join(others)
        return (
            f"the statement says the {cue!r} was made with what it says about {said}; "
            f"{reason}, on no occasion a claim of that gives"
        )

    @staticmethod
    def unmentioned(verb: str, reason: str) -> str:
        """An act said not talked about at an encounter its claim was told at
        (factdb.check.unmentioned)."""
        return f"the statement says it was not talked about ({verb!r}); {reason}, told there"

    @staticmethod
    def unpurposed(cue: str, reason: str) -> str:
        """An invitation the statement says was to an act (factdb.check.purposes) whose claims
        give it another purpose."""
        return f"the statement says it was to {cue!r}; {reason}, and no claim says it was to that"

    @staticmethod
    def denied_content(cue: str, reason: str) -> str:
        """An act whose content the statement says in words that deny it
        (Judge._denied_contents), refuted by the claims of that act, whose content it was."""
        return f"the statement says it was to something else ({cue!r}); {reason}"

    @staticmethod
    def denied_other_content(cue: str, reason: str) -> str:
        """A denial of an act whose content the statement says in words that deny it
        (Judge._denied_contents): the claims of that act were to something else, which refutes
        no denial of this one."""
        return (
            f"the statement denies it of something else ({cue!r}); {reason}, which it does not deny"
        )

    @staticmethod
    def carried(cue: str, reason: str) -> str:
        """An act a received letter is said to carry that the claims bear out on another
        occasion than the letter's only."""
        return (
            f"the statement says the {cue!r} was what a letter carried; {reason}, "
            "but no claim puts it in that letter or on that letter's occasion"
        )

    def other_channel(self, cue: str, channel: str, claims: list[ClaimView]) -> str:
        """An act said done through a channel ("điện đàm nhận lời mời") whose occasion the
        claims give as another channel's (factdb.check.modes.other_channel)."""
        told = "; ".join(self.says(c) for c in claims)
        return (
            f"the statement says the {cue!r} was done through {channel!r}; {told}: "
            "on that occasion it went through another channel, and no claim gives it this one"
        )

    @staticmethod
    def said_for(cue: str, reason: str) -> str:
        """What an act is said to be for (Judge._what_for) that the claims give apart from any
        such act only."""
        return (
            f"the statement says the act was for {cue!r}; {reason}, "
            "but no source gives that as what the act was for"
        )

    @staticmethod
    def framed(cue: str, reason: str) -> str:
        """An act the statement sets inside another occasion that the claims bear out on
        another occasion only (factdb.check.frames)."""
        return f"the statement sets it {cue!r}; {reason}, but no claim puts it on that occasion"

    def distributed(self, persons: list[str], missing: list[str], reason: str) -> str:
        """A part said of each of `persons` and borne out for some only."""
        return (
            f"the statement says it of each of {', '.join(map(self.name, persons))}; "
            f"no stored claim says it of {', '.join(map(self.name, missing))} ({reason})"
        )

    def time(self, check: TimeCheck) -> str:
        """Why the claim's time bears out, excludes or leaves open the statement's date."""
        claim, date = check.claim, check.date
        if date is None:
            # a time rule that turns on the statement's act, not on a date it gives (an
            # invitation to join a body, of an invitation to something else): the claim's time
            # and the rule, never an empty reason
            if claim.time_start is None or claim.time_end is None:
                return f"claim {claim.id} gives no date" + _TIME_TAILS.get(check.rule, "")
            when = describe_time(claim.time_start, claim.time_end, claim.time_grain, prose=True)
            return f"claim {claim.id} says {when}" + _TIME_TAILS.get(check.rule, "")
        if check.rule == "undated":
            return f"claim {claim.id} gives no date to compare with {date.text!r}"
        if check.rule == "no-year":
            return f"{date.text!r} gives no year"
        if check.rule == "no-month":
            return f"{date.text!r} gives no month"
        assert claim.time_start is not None and claim.time_end is not None
        if check.rule == "no-such-day":
            return f"{date.text!r} falls on no day of {claim.time_start.year}"
        note = (
            f"the statement says {date.text}; claim {claim.id} says "
            f"{describe_time(claim.time_start, claim.time_end, claim.time_grain, prose=True)}"
        )
        return note + _TIME_TAILS.get(check.rule, "") + self._known_days(check)

    @staticmethod
    def _known_days(check: TimeCheck | None) -> str:
        """The days a claim's event is known to fall in, narrower than its own time: by what
        was held for it, or on the clock the statement names by its source (TimeCheck.window)."""
        if check is None or check.window is None:
            return ""
        if check.rule == "counted-from":
            # the count of years marked then began in one year (rules.counted_from)
            counted = check.claim.interval
            years = f"{counted.low:g} years then, " if counted and counted.low is not None else ""
            return f", {years}so the years it counts began in {check.window[0].year}"
        days = describe_time(*check.window, "day", prose=True)
        if check.rule == "told-day":
            return f", on {days} on that clock by its source"
        if check.rule == "weekday-apart":
            return f", and the weekday said falls on {days}"
        return f", within {days} by what was held for it"

    def grounds(self, g: Grounds) -> str:
        """One line on what a finding turns on."""
        claim = self.says(g.claim)
        if g.rule == "time":
            assert g.time is not None
            return self.time(g.time) + (", which may be another occasion" * g.another_occasion)
        if g.rule in SPEAKER_RULES:
            assert g.reading is not None
            rule = "other" if g.rule == "other-speaker" else g.rule
            return self.speaker(rule, g.reading, g.claim)
        said = ""
        if g.stated is not None:
            said = f"the statement says {describe(g.stated, g.unit)}"
        return self._grounds(g, claim, said) + (" (but the statement is negated)" * g.negated)

    def _grounds(self, g: Grounds, claim: str, said: str) -> str:
        match g.rule:
            case "borne-out":
                return claim
            case "other-object":
                return f"the statement says {self.name(g.other)}; {claim}"
            case "shortened-level":
                short = self.name(g.other)
                return f"the statement says {short}; {claim}, which the press shortens to {short}"
            case "turned-round":
                return f"the statement turns its parties round; {claim}: one way on one occasion"
            case "other-place":
                where = self.name(g.other)
                return f"the statement puts it in {where}; {claim}: one occasion, one place"
            case "other-unit":
                return f"{said}; {claim}, in another unit"
            case "value-disjoint":
                return f"{said}; {claim}"
            case "order-above":
                return f"{said}; {claim}, a mark no source gives a figure ten times as large by"
            case "value-neither":
                return f"{said}; {claim}, which neither implies nor excludes it"
            case "lower-mark":
                return f"{said}; {claim}, a higher mark, so this one was passed that year or before"
            case "higher-mark":
                return f"{said}; {claim}, the highest mark its source gives passed that year"
            case "value-bound":
                return f"{said}; {claim}, a bound it reached"
            case "elapsed-undated":
                return f"{said}; {claim}, but the year of the marking is not given"
            case "year-undated":
                return f"{said}; {claim}, but the year of the figure is not given"
            case "other-year":
                return f"{said}; {claim}, but the statement dates it {g.text!r}, another year"
            case "act-undated":
                lead = f"{said}; " if said else ""
                return f"{lead}{claim}, but no claim puts the act that dates it in that period"
            case "later-now":
                return f"{said} of now; {claim}, and now may be later than the sources know"
            case "day-part":
                source = g.day_part
                if source is None:
                    unknown = "at a time of day its source does not give"
                    return f"the statement says {g.text!r}; {claim}, {unknown}"
                zone = "local time" if source.zone is not None and not source.zone else "its zone"
                return (
                    f"the statement says {g.text!r}; {claim}, in the {source.part} "
                    f"({source.text!r}, {zone}) by its source"
                )
            case "time-outside":
                return f"the statement says {g.text}; {claim}{self._known_days(g.time)}"
            case "mark-unsaid":
                assert g.time is not None
                unsaid = "the statement names no mark: another may have been first passed then"
                return f"{self.time(g.time)}, but {unsaid}"
            case "topic-year":
                other = (
                    ", which may have been said on another occasion" if g.another_occasion else ""
                )
                return (
                    f"the statement gives what was said the year {g.text!r}; {claim}, and its "
                    f"source gives it {g.told!r}{other}"
                )
            case "said-deadline":
                return (
                    f"the statement gives what was said a deadline ({g.text!r}); {claim}, and its "
                    "source gives it none"
                )
            case "other-time":
                return f"{claim}; the statement speaks of another time"
            case "partly-held":
                return (
                    f"the statement says {g.text}; {claim}, which began within that time: it "
                    "changed then, and before then may have been otherwise"
                )
            case "later":
                return (
                    f"{claim}, a state that may have changed by the later time the statement "
                    f"speaks of ({g.text!r})"
                )
            case "not-after":
                return (
                    f"{claim}, not shown done after the event the statement sets it after "
                    f"({g.text!r})"
                )
            case "before-bound":
                return (
                    f"the statement denies it only before the time it names ({g.text!r}); "
                    f"{claim}, which is not shown before then"
                )
            case "not-before":
                return (
                    f"the statement sets it before the time it names ({g.text!r}); {claim}, "
                    "which is not shown done before then"
                )
            case "done-after":
                return (
                    f"the statement sets it before the time it names ({g.text!r}); {claim}, "
                    "the one such occasion the claims give, done after then"
                )
            case "unsaid-bound":
                return (
                    f"the statement denies it only before a time it leaves unsaid ({g.text!r}), "
                    f"the occasion it reports; {claim}, which may be that occasion"
                )
            case "after-bound":
                return (
                    f"the statement denies it only after the time it names ({g.text!r}); "
                    f"{claim}, which is not shown after then"
                )
            case "before-event":
                return (
                    f"{claim}, done once and before the event the statement sets it after "
                    f"({g.text!r})"
                )
            case "done-before":
                return (
                    f"{claim}, the one such occasion the claims give, done before the event the "
                    f"statement sets it after ({g.text!r})"
                )
            case "changed":
                return f"{claim}; the statement says it changed then ({g.text!r})"
            case "goes-on":
                return (
                    f"the statement says {g.label!r} goes on, an act done once for its "
                    f"occasion; {claim}, which says nothing of acts after it"
                )
            case "ends-entered":
                return (
                    f"the statement says {g.label!r} ended ({g.text!r}), so that it held "
                    f"before; {claim}, which does not say it ever held"
                )
            case "denies-other-verb":
                return (
                    f"the statement denies something ({g.text!r}) that no trigger of "
                    f"{g.label!r} names; {claim}"
                )
            case "mood":
                return (
                    f"{claim} (reported as {MOOD[g.moods[0]]}, the statement as {MOOD[g.moods[1]]})"
                )
            case "already-done":
                return (
                    f"{claim}, already done by the time the statement speaks of, which gives it"
                    f" as {MOOD[g.moods[1]]}"
                )
            case "still-to-come":
                return (
                    f"{claim}, still to come in his words then, which the statement gives as"
                    f" {MOOD[g.moods[1]]}"
                )
            case "negated":
                return f"the statement denies it ({g.text!r}); {claim}"
            case "under-way-then":
                return (
                    f"the statement says it was not done yet ({g.text!r}) at a time before the "
                    f"sources' own, one that holds the act or one it leaves open; {claim}, not "
                    "shown done by then"
                )
            case "denied":
                return f"the statement affirms what {claim}"
            case "denied-before":
                return (
                    f"the statement affirms, for {g.text}, what {claim}: a state that lasts once"
                    " entered, so it did not hold before that day either"
                )
            case "denied-unsaid":
                return f"{claim}; the statement does not say so"
            case "denied-unnamed":
                return f"{claim}; the statement does not name which one it means"
            case "delayed":
                return (
                    f"the statement says it was put off or not done on time ({g.text!r}); "
                    f"{claim}, which gives no time it was due"
                )
            case "single-holder":
                return (
                    f"{self.name(g.claim.qualifier('role'))} of {self.name(g.claim.object)} "
                    f"is held by one person at a time; {claim}, not {self.name(g.other)}"
                )
            case "other-thanked":
                return (
                    f"{claim}; on that occasion {self.name(g.claim.speaker)} {g.claim.stance} "
                    f"{self.name(g.claim.subject)} for it, not {self.name(g.other)}"
                )
        raise ValueError(f"no words for rule {g.rule!r}")

    def _title(self, office: str, place: str | None) -> str:
        return f"{self.name(office)}" + (f" of {self.name(place)}" if place else "")

    def office(self, a: Assertion, decision: Decision) -> str:
        """One line on an office assertion: what the statement says, what the deciding claim
        says, and why that decides."""
        said_title = TENSE[a.tense] + self._title(a.office, a.jurisdiction)
        who = "the " + self._title(*a.holder) if a.holder is not None else self.name(a.subject)
        said = f"the statement calls {who} {said_title} ({a.text!r})"
        claims = "; ".join(map(self.says, decision.claims))
        if decision.rule.startswith("denied-"):
            what = "the office is borne out" if decision.verdict != "supported" else decision.reason
            return f"the statement denies that {who} is {said_title} ({a.text!r}); {claims}; {what}"
        if decision.rule == "same-office":
            return claims
        if decision.rule == "no-longer":
            return f"{said}; {claims}, an office held before, not now"
        if decision.rule == "still-held":
            return f"{said}; {claims}, held then, not a former office"
        if decision.rule == "left-later":
            return f"{said}; {claims}, held on a day of that time, which may have ended later in it"
        if decision.rule == "held-before":
            return f"{said}; {claims}, an office held before, and the statement does not say when"
        if decision.rule == "capacity-time":
            return (
                f"{said}; {claims}, an office held before, which does not show he held it at the "
                f"time of the act the statement says he did in it"
            )
        if decision.rule == "ended-by":
            return (
                f"{said}; {claims}, an office held before, not fixed as ended where or when it says"
            )
        if decision.rule == "later":
            return (
                f"{said}; {claims}, an office that may have changed by the later time the "
                f"statement speaks of ({decision.reason!r})"
            )
        if decision.rule == "other-office":
            return f"{said}; {claims}, another office, which neither gives nor rules out this one"
        if decision.rule == "began":
            return f"{said}; {claims}, which does not say when the office began"
        if decision.rule == "single-holder":
            return f"{said}; {claims}, an office one person holds at a time"
        if decision.rule == "incompatible-office":
            return f"{said}; {claims}, and {decision.reason}"
        return f"{said}; no stored claim says which office {who} holds"

    def capacity_said(self, office: ClaimView, act: ClaimView, quote: str) -> str:
        """One line on a capacity said with an act that the act's own source gives
        (check.offices.capacities_borne)."""
        return (
            f"{self.says(office)}; claim {act.id}'s source says the act was done in that office "
            f"({quote!r})"
        )

    def first_passing(self, mark: ClaimView, said: str, before: bool) -> str:
        """One line on a series' figure above a mark, said before the year it first passed it
        (`before`), or said passed again in that year."""
        if before:
            then = "so it stayed at or below that mark every year before"
        else:
            then = "so that year it passed that mark for the first time, not again"
        return f"the statement says {said!r}; {self.says(mark)}, {then}"

    def ordered(self, text: str, claims: list[ClaimView]) -> str:
        """One line on the occasion an act is set before or after, which the claims date on
        that side of the act's (check.earlier.ordered_parts)."""
        said = "; ".join(map(self.says, claims))
        return f"the statement orders it against the time it names ({text!r}); {said}"

    def relative(self, rel: RelativeDate, decision: Decision, denied: bool = False) -> str:
        """One line on a date counted from another event ("the day after ..."), or on its
        denial ("did not call them on the same day"): `decision` is the relation's own."""
        claims = "; ".join(map(self.says, decision.claims))
        said = f"the statement dates it {rel.text!r} another event"
        if denied:
            said = f"the statement denies that it was {rel.text!r} another event"
        if not rel.anchored:  # "called Daines and Leahy on the same day"
            said = f"the statement {'denies' if denied else 'puts'} its acts {rel.text!r}"
        if decision.rule == "relative-bounded":
            return f"{said} with a bound, and the claims date events by day, not within one"
        if decision.rule == "relative-self":
            return f"{said}, and no stored claim tells that event apart from this one"
        if decision.rule == "relative-zone":
            return (
                f"{said}; {claims}: a day apart in the places' own time, which may be one day"
                " in the time the statement counts in"
            )
        if decision.rule == "relative-clock":
            return (
                f"{said}; {claims}: not that far apart in the places' own time, but so by the"
                " times of day their sources give, on the clock of the Vietnamese press"
            )
        if decision.rule == "relative-others":
            return (
                f"{said}; {claims}: not that far apart, but the people it names may be others"
                " than the claims'"
            )
        if decision.rule == "relative-anchor-date":
            return f"{said}; {claims}: as many days apart, but not on the day said of the first"
        part = f" in the part of the day {rel.part!r}" if rel.part != rel.text else ""
        if decision.rule == "relative-part":
            return (
                f"{said}{part}; {claims}: as many days apart, but no claim's source fixes that"
                " part of the day for it"
            )
        if decision.rule == "relative-part-said":
            told = "that part" if decision.verdict == "supported" else "another part"
            return (
                f"{said}{part}; {claims}: as many days apart, and the source puts it in {told}"
                " of that day"
            )
        if decision.rule == "relative-undated":
            known = f" ({claims})" if claims else ""
            return f"{said}, and no stored claim fixes both events to one day each{known}"
        apart = "as many days apart" if decision.verdict == "supported" else "not that far apart"
        if decision.rule == "relative-bound":
            apart = "within it" if decision.verdict == "supported" else "beyond it on every day"
        return f"{said}; {claims}: {apart}"

    def speaker(self, rule: str, reading: StanceReading, claim: ClaimView) -> str:
        """Why who said it decides, or leaves open, a claim of what someone said
        (factdb.check.stance.speaker_rule)."""
        said = self.says(claim)
        # a plan of his own that the claim gives no speaker is his word (assess.own_plan_told)
        speaker = self.name(claim.speaker or claim.subject)
        given = f"the statement gives it to {self.name(reading.speaker)} ({reading.text!r})"
        if rule == "other-party":
            return f"{given}; {said}, and on that occasion only {speaker} {claim.stance} it"
        if rule == "turned-stance":
            return f"{given}, the opposite of what the claim says; {said}"
        if rule == "unsaid":
            return f"the statement says {speaker} gave no such word ({reading.text!r}); {said}"
        if rule == "unsaid-fact":
            return f"the statement says a word was not given ({reading.text!r}); {said}"
        if rule == "other-stance":
            return f"the statement says {speaker} {reading.stance} it; {said}"
        if rule == "other-holder":
            held = ", ".join(self.name(h) for h in reading.held)
            return f"the statement gives a view of its own to {held}; {said}, which is not theirs"
        return f"{given}; {said}, which does not say what {self.name(reading.speaker)} said"
