"""Pure decisions over one assertion and the claims that bear on it: no retrieval, no prose.

Each rule looks at key (person, office, jurisdiction), time, polarity and mood, and returns a
`Decision`, a value naming the rule that decided and the claims it rests on. The words a user
reads are written from it by factdb.check.explain. Offices that exclude each other are curated
vocabulary (`office_rules:`), passed in as a function; nothing here names an office.

The rules for an office assertion ("[tense] OFFICE [of JURISDICTION] PERSON"), in order:

1. `same-office`: a claim gives the person this office (in the jurisdiction, if one is stated)
   at a time the statement speaks of: supported. A present-tense title ("currently serves as",
   "hiện là") against a claim that the office was held before (`former`) is contradicted
   (`no-longer`) when the statement speaks of a time from the claim's end on (its present, when
   it gives no date), and otherwise kept open with the claim, never supported (`ended-by`: "a
   sitting senator in 2010", or of another jurisdiction); so is a former title ("Former Senator
   Daines", "cựu thượng nghị sĩ") against an office the sources show held at the time the
   statement speaks of (`still-held`). An untensed title ("Senator Leahy") of an office the
   sources show only as held before is not enough info (`held-before`): a former title is often
   kept as a courtesy. So is one dated after the office's end ("Senator Leahy" on the day the
   sources call him former), with the ended claims as the decision's, so that no other part
   bears the title out; an office rule 2 finds incompatible still refutes it. A statement
   dated after what the sources know meets no claim, and is not enough info. A past title
   ("served as", "từng là") is borne out by the office held then or before, and contradicted
   by none. A title said to begin at a date ("became prime minister in
   2026", "nhậm chức năm 2026") is not enough info (`began`): a claim of the office held then
   does not say since when.
2. `incompatible-office`: a claim gives the person another office that a rule says one person
   does not hold with this one in the same jurisdiction: contradicted. A title without a
   jurisdiction is read in the claim's ("Prime Minister Tokayev" of the President of
   Kazakhstan). A former or past title is not contradicted by a present office: people change
   office. A past title at a time the statement fixes (its dates, or the days of the occasion
   it names: "At the Board of Peace meeting, Orbán was Hungary's president") is, by an office
   a claim gives him all through that time. Where the offices as written decide nothing, an
   office one country names its own way is read as the office it is there and compared again
   (`in_general_terms`, lexicon/world/offices.yaml: "Vietnamese Defence Minister Pete Hegseth"
   of the US Secretary of War, one country's defence ministry at a time; "US Defense Minister
   Hegseth" his own office).
3. Anything else is not enough info (`no-claim`). The absence of a claim contradicts nothing.

A denied title ("is not the president of Hungary") is decided by the rule that decides the
affirmed one, with the verdict turned over; a planned or wished one is not decided.

A title whose subject is itself a title ("the prime minister of Hungary is the president of
Hungary") stands for whoever holds that office; a rule on the two offices decides it
(`incompatible-office`), with the holder's claim as evidence.

One claim against one reading of the statement's numbers and dates (factdb.check.judge finds
the claims and reads the statement; the outcomes are values here, `Grounds` naming the rule):

- value: `compare_value` says whether the statement's figure and the claim's are disjoint, the
  claim's lies inside it, or neither;
- time: `compare_time` says whether the claim's time bears out the statement's date, excludes
  it or leaves it open, and why (`TimeCheck.rule`); `same_occasion` whether a date is the
  claim's occasion of a repeatable event, or may be another; `other_time` whether the statement
  dates another time than a state the claim holds;
- order: `in_order`, the parties of a directed relation named the claim's way round;
- polarity and mood: `decide_claim`, last, given the conflict, the doubt about the value and
  the open time found before it.

Every way to a *contradicted* verdict, and what each requires (audited in session 13: each must
have a claim that fixes the fact for the statement's occasion; the absence of a claim, or a
claim of another occasion, never contradicts). Where it is decided, then its requirement:

- office assertions (`decide_office`, `decide_described`, above): `no-longer` needs the
  statement to speak of a time from the end of the office held "before" (its present when it
  gives no date); `still-held` an office claim meeting the statement's dates; `incompatible-
  office` a current claim of another office a curated rule excludes, in the same jurisdiction
  (or the same office in another, by rule), and no former tense, nor a past one but at dates
  (or an occasion's) the claim holds all through; `denied-*` the
  affirmed title decided by one of those or shown held at some time ("was never a senator").
- `decide_claim` with a conflict (assess.assess): same polarity and mood, and the conflict found
  on the claim's whole key (`same_key`: every key role stated, none ambiguous, a person's role
  by his country before or after the verb, assess.led and led_to; for a date or a
  part of the day on the claim's occasion the doer alone may go unsaid, with no one in its
  place, "the call with Leahy": assess.doer_unsaid, and then a claim of that key left open by
  its time keeps the conflict from deciding, as one of the stated key does; so may the other
  party, given as the group the sources report, "the foreign leaders": assess.group_unnamed;
  people the verb does not single out, "met foreign leaders", may be others than the
  claims'): `other-object` a
  functional predicate, not a repeatable occasion, the other object attached to the verb (a
  venue: a place that cannot hold the claim's city, after a locative right after the event or a
  verb of its being held, "was held in New York" of Washington: scope.placed_at; the event may
  be named by its parts, its body with a gathering and an occasion word, "the Board of Peace's
  inaugural meeting": Judge._body_events), and the claim's event not named only loosely with a
  date outside it (`loosely_named`); a party or a state said in a name's title or in a tag after
  it ("Republican Sen. Daines", "Sen. Leahy, R-Vt.": lexicon/<lang>/statements.yaml
  `dash_forms`) is said of that name only, never of another the statement names, and so is an
  office in a bare title that stands for its holder ("at the invitation of the US president" is
  Trump's, not Prabowo's: Offices.titled, assess.unbound); `value-disjoint` a functional
  predicate, the claim's occasion (its date or event named, or the people of its encounter:
  occasion.encounter_named, or, undated, its announcer as the statement's speaker with no one
  from outside the encounter: occasion.announced_by, "Hungary finalises $500m ODA package, Orbán
  says"), the figure not a bare small number, and an ambiguous comparator ("clears") refuting
  only if the amount as stated does too; `time-outside` a one-off or repeatable event on the
  claim's occasion (an event named by a looser name of its kind, "the Board of Peace meeting",
  with a date outside it, or one of a kind, "a Board of Peace meeting", is not its occasion,
  `loosely_named`, unless the date is before the first of its kind; a day said in no zone a day
  from the claim's is open where it is the claim's day on the clock of the sources' press,
  dayparts.home_day_meets; a day a day apart from the claim's in another zone only where the
  claim's source dates it with its part of the day in a zone, and the two days share no hour on
  one clock: dayparts.apart_on_one_clock); `other-place` a repeatable event on its occasion, the
  city not a clock's ("already Feb 20 in Hanoi"); a day part only in the source's own zone
  (factdb.check.dayparts); a state said to begin after the claim shows it held (`time`, began);
  the start of what a count of years counts dated outside the one year an exact count marked
  in its year began, on the claim's whole key (`counted-from`: assess.counted_origin); an
  exact count of years dated outside the one year the claim marks that count, on its whole key
  (`marked-in`: assess.count_marked, "In 2026, the year the two countries marked 30 years of
  ties" of the 30 years marked in 2025).
- `decide_claim` by polarity: `negated` (the statement denies what the claim affirms) and
  `denied` (it affirms what the claim denies) need the claim's time to bear out the statement's
  date (an open time is open), the denial to fall on the predicate's verb (one of its own
  denying verbs, lexicon/<lang>/polarity.yaml; not on a verb no predicate reads, on a phrase a
  comma closes, nor a litotes; a plan word before an undertaking's verb, "will halve the
  scholarships", says whether it holds now, and reads as fact), and the judge then needs every
  name, figure, date and unknown name accounted for, and no place after a locative that no claim
  gives ("did not meet Orbán in a hotel"), nor a place after a locative or "from" that no denied
  claim, its event or the encounter it was reported at gives ("did not call Lam from Vermont":
  scope.denied_places), nor a word nothing read after the denied verb in its clause that says
  how, when or as what, or the kind of what was given, held or sent (lexicon/<lang>/foci.yaml:
  "did not meet Orbán privately", "... last week", "... as an observer", "a video call",
  "grant aid", "thư tay": scope.denied_manner), nor a description of the one it is denied
  of ("No US official met Lam"); `denied` also needs the predicate asserted and its object
  named. The denial may be the opposite of a view (lexicon/<lang>/polarity.yaml `opposites`:
  "made little progress", "a weak spot", "điểm yếu" of a claim of important progress or of a
  highlight): it denies only the view's topic, which it names itself, or, the opposite of an
  event or a programme ("voted to prolong the war in Vietnam", "đề nghị Hoa Kỳ dừng rà phá bom
  mìn"), the act whose verb it follows past two words at most (scope.opposed); never after
  another denial ("no weak spot": parse), and every word of the statement must be accounted
  for by the claim as if the view or the act were borne out ("red tape is a weak spot" is
  open: accounting.unaccounted), and a person or a title right before it as its subject must
  be the claim's speaker or subject ("các thượng nghị sĩ từng ủng hộ cuộc chiến" is open:
  accounting.said_of_another).
  A denial that puts the act off ("postponed", "did not sign it on schedule": scope.delay)
  bears out no denied claim (`delayed`): that the act was not done gives no time it was due;
  undated, nor does a claim of the act done refute it: put off once, it may have been done on
  another occasion or later.
- `decide_claim` by mood (`already-done`): a plan or a wish, not denied, for an act done once
  for its key (a functional event predicate: an event's dates, an upgrade to a level, an ODA
  package), the claim affirmed and a fact, on the claim's occasion (named; or, undated, told by
  the people of the encounter its source reports it at or by its announcer: assess.told_at), done
  before the time the statement speaks of (`done_before`: before its date's first day, or,
  undated, "before" the date its source gives), and no figure the claim leaves open.
- the other party's words (assess.assess_said, `other-party`): a `sole_speaker` claim, the
  statement's speaker a party of the claim's exchange, or one a cleft picks out ("It was
  Hagerty who told Lam ...": stance.picks_out), and not the speaker's own side, the
  content borne out in the claim's speaker's mouth, and every party, date and day part the
  statement names accounted for by the claim (judge.OCCASION_DETAILS): another addressee is
  another occasion. Not of a felt claim (thanked, praised, expressed) whose content a claim
  with no speaker states, where the attribution says no feeling ("Lam said Vietnam is a
  founding member ...", of Daines' praise): he may report the fact himself (Judge._part); nor,
  where it says gladness alone ("Lam welcomed the US becoming ...", stance.gladness_only), unless
  the statement fixes the exchange (assess.exchange_fixed: its other side, event, a date, or a
  cleft, "It was Lam who ..."): he may have been glad of it on another occasion. So with a
  feeling shown of a development ("Leahy welcomed the Trump administration's regard for
  ASEAN", of Lam's welcome in their call) and words given by a dash after a quotation ("'...'
  - Senator Daines", stance._dashed): neither is a stance taken in that exchange unless the
  statement fixes it (assess.exchange_named).
- a stance turned round (assess.assess_said, `turned-stance`: "Lam criticised ..." of what he
  praised, stances.yaml `turned`): the claim's speaker is the statement's (or one listed with
  it), the claim's stance is the one turned or a narrower one, the content borne out in his
  mouth, the statement's mood a fact ("sẽ phê phán" is open), and every party, date and day
  part the statement names accounted for by the claim (judge.OCCASION_DETAILS); the turned
  verb is no part of a key phrase, turns no other turned verb, stands beside no other
  stance verb, and falls on a name or key phrase (only `turned_openers` between: "slammed
  critics of ..." is open; stance.read_stance); a turned stance given to anyone else is never
  contradicted.
- an undertaking denied (assess.assess_said, `unsaid`: "Daines never committed to ...",
  "không cam kết", stances.yaml `denied_approvals: sayings`): the claim's speaker is the
  statement's, the claim's stance the one denied or a narrower one, the content borne out in
  his mouth, the statement's mood a fact, and every party, date and day part the statement
  names accounted for by the claim (judge.OCCASION_DETAILS); content the claim refutes is open
  (he did not undertake it either), and so is a fact no one is said to have stated
  (`unsaid-fact`).
- a thanks given to another (assess.other_thanked, `other-thanked`): a `sole_speaker` claim of
  a felt stance (thanked, praised) for its `event`'s deed, the statement's speaker the claim's,
  its mood a fact, no denial, the deed (the claim's object) named, and another person, the only
  name the claim lacks besides titles, in the thanked one's place; every party, date and day
  part the statement names accounted for (judge.OCCASION_DETAILS), and its date, if any, one
  that the claim's days bear out ("Năm 2025, ..." is another occasion's).
- a single-holder office given to someone else (assess.single_holder): the office and its
  jurisdiction said and attached to the name (or read as his title: "Hun Sen is Cambodia's
  prime minister"), not as a former or past title ("Former Cambodian Prime Minister Hun
  Sen"), held over a known period (not "before"), no denial, the time bearing out the
  statement's.
- an exclusion ("met Orbán, not Tokayev"): the statement read with the excluded name supported;
  "only": a claim of the same predicate, subject, event and time naming another party, and
  no word of how often or how after the name when "only" stands before the verb ("only met
  Orbán once": Quantifiers.only); "the only prime minister" ("thủ tướng duy nhất": `only_after`
  in lexicon/<lang>/statements.yaml): a claim of that occasion naming another who holds the
  office over the claim's whole time, in the country said with it if one is ("the only
  president of Azerbaijan": Offices.holders_at); a title said of every one an act reached
  ("Every leader Lam met on Feb 19 was a president", "tất cả ... đều là tổng thống": the
  `universals` of lexicon/<lang>/statements.yaml, a noun of people, the act, a copula and the
  title closing the clause: parse._universal): one the claims show reached on the statement's
  dates, places and events, holding then an office that rules out the title (decide_office,
  with the title's own tense), never borne out (Quantifiers.every); a count
  of one occasion's parties below the number its claims name (`fewer_than_named`), or above
  them where a source lists them all in one sentence and the statement names that occasion's
  day, and the part of it the list's sentence gives if it gives one (`more_than_listed`,
  World.listed_whole), with all else borne out but other
  counts (one above a list the sources may not give whole is open, not a reason to doubt the
  occasion: "five presidents and three prime ministers" of four each, undated).
- a figure of a series above a mark, said for a time before the first year a claim gives it
  passing that mark (`above_before_first`, Judge._mark_parts: "crossed $1bn back in 2024" of a
  first billion in 2025): the series and the mark in lexicon/world/marks.yaml, the claim's key
  (its subject and counterparty) named, the figure's unit the claim's, one figure and one date;
  so is one said passed again in that first year (`again_in_first`: "for the second straight
  year in 2025", "lần thứ hai", lexicon/<lang>/repeats.yaml).
- a date counted from another event (factdb.check.relative): one day each for both events, an
  offset said as a count of days (not "less than a day after"), and an anchor whose claims are
  not the main event's own.
- a part of the day (factdb.check.dayparts): the same occasion, and another part in the
  source's own time zone; a count above what the claims name never refutes.

Any of these on a claim of a state is undone where the statement is set after an event
("after the trip", "sau chuyến đi": factdb.check.later) that ended on or after the claim's last
day, or that the claims do not date (`later_than`): the state may have changed since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from types import MappingProxyType

from factdb.check.assertions import Assertion
from factdb.check.dayparts import DayPart
from factdb.check.moods import undertakings
from factdb.check.stance import StanceReading
from factdb.check.statement import ParsedStatement, phrases_at
from factdb.extract.dates import DateSpan, in_month, in_year, placed_days, placed_in_year
from factdb.extract.quantities import Quantity
from factdb.lexicon.vocabulary import OCCASION, PERSON
from factdb.records import dataclass, replace
from factdb.store.claims import ClaimView
from factdb.store.intervals import Interval
from factdb.text.fold import has_marks, marked_key
from factdb.text.tokens import tokenize

# The three verdicts, here because every decision returns one (judge.py re-exports them).
SUPPORTED = "supported"
CONTRADICTED = "contradicted"
NEI = "not_enough_info"
ROLE = "role"  # the qualifier naming the office of a holds-office claim
PEOPLE = "people"  # a slot filled by people the statement does not name (assertions.PEOPLE)
# Qualifiers that name the other party of a directed relation (A invited B; A gave ODA to B).
DIRECTED = ("counterparty", "beneficiary")


def party_of(claim: ClaimView) -> str | None:
    """The other party of a directed claim (its counterparty or beneficiary), if any."""
    for role in DIRECTED:  # a loop, not a generator: asked for every claim weighed
        party = claim.qualifier(role)
        if party:
            return party
    return None


# Why two offices exclude each other, or None: Vocabulary.incompatible.
Rules = Callable[[str, str], str | None]


@dataclass(frozen=True)
class Decision:
    verdict: str
    # same-office | no-longer | ended-by | still-held | left-later (held on a day of the time
    # a former title speaks of, not all through it) | held-before | began | incompatible-office |
    # single-holder (held by someone else: decide_other_holder) |
    # no-claim | other-office (he holds others then, none this one, none ruling it out) |
    # later (an office dated before the event the statement is set after) |
    # negated | mood, or denied-<rule> for a denied title decided by the affirmed one's rule
    rule: str
    claims: tuple[ClaimView, ...] = ()
    reason: str = ""  # the curated reason of an office rule, when one decided; a later cue's words


# The verdict of a denial of what a decision decided: what bears it out refutes its denial.
FLIPPED = {CONTRADICTED: SUPPORTED, SUPPORTED: CONTRADICTED, NEI: NEI}


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
        placed = _period(d, start, end)
        if placed is None:
            return True  # the year decides, and it is missing: do not set the claim aside
        if placed[0] <= end and start <= placed[1]:
            return True
    return False


def _period(d: DateSpan, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """The date's first and last days, a date without a year put in the year of a claim held
    from `start` to `end`; None where the claim spans years (the missing year decides) or that
    year has no such day."""
    if not d.year_known and start.year != end.year:
        # not placed_days's placing, which takes the year a claim begins in: a claim across
        # years may be met in either, and setting it aside would decide the missing year
        return None
    return placed_in_year(d, start.year)


def _of_office(a: Assertion, claims: Sequence[ClaimView]) -> list[ClaimView]:
    """The affirmed, factual claims giving the assertion's subject its office, at any time."""
    return [
        c
        for c in claims
        if c.subject == a.subject
        and c.polarity == "affirmed"
        and c.modality == "fact"
        and c.qualifier(ROLE) == a.office
    ]


def _present_of_former(
    a: Assertion, claims: Sequence[ClaimView], dates: Sequence[DateSpan]
) -> Decision | None:
    """A present title ("sitting senator", "đương nhiệm") of an office the claims give the person
    only "before" a date, whatever the time the statement speaks of: contradicted (`no-longer`)
    when it speaks of a time from that date on (the sources' present when it gives no date);
    otherwise kept open (`ended-by`) with the claims, so that no other part supports it: at an
    earlier date the office may have been held ("a sitting senator in 2010"), and in another
    jurisdiction it is another office. None when a claim gives the office at the time."""
    role = _of_office(a, claims)
    if not role or any(not is_former(c) for c in role):
        # a claim of the office held from a date on: its end is the sources' last word, not the
        # office's ("vẫn là Tổng Bí thư" in 2027 is later than they know, not "no longer")
        return None
    here = [c for c in role if a.jurisdiction in (None, c.object)]
    if here and _after(here, dates):
        return Decision(CONTRADICTED, "no-longer", tuple(here))
    return Decision(NEI, "ended-by", tuple(here or role))


def _after(claims: Sequence[ClaimView], dates: Sequence[DateSpan]) -> bool:
    """Whether the statement speaks of a time when the claims' offices held "before" a date had
    ended: the sources' present when it gives no date, else dates all from that date on. A date
    without a year is the sources' year, that of the end ("sitting senator Leahy spoke with Lam
    on February 19"), as the press leaves the year out of a date of its own year."""
    ended = max((c.time_end for c in claims if c.time_end is not None), default=None)
    if not dates:
        return True
    if ended is None:
        return False
    placed = [placed_in_year(d, ended.year) for d in dates]
    return all(p is not None and p[0] >= ended for p in placed)


def _throughout(claim: ClaimView, dates: Sequence[DateSpan]) -> bool:
    """Whether the statement gives dates and the claim holds all through each of them (a date
    without a year in the claim's year, where the claim lies within one)."""
    if not dates or claim.time_start is None or claim.time_end is None:
        return False
    start, end = claim.time_start, claim.time_end
    periods = [_period(d, start, end) for d in dates]
    return all(p is not None and start <= p[0] and p[1] <= end for p in periods)


def fixes_holder(claim: ClaimView, dates: Sequence[DateSpan], now: bool) -> bool:
    """Whether a claim of an office held fixes who held it at the time a title speaks of: every
    date the statement gives within the claim's time, or, with none, the sources' now (`now`:
    `of_now`). A year or a month that holds more than the claim's days may be of another
    holder, before or after ("Cambodian Prime Minister Hun Sen visited Hanoi in 2022"), and so
    may an undated past act; a claim held "before" a date fixes no time at all."""
    if is_former(claim):
        return False
    return _throughout(claim, dates) if dates else now


def _acts(parsed: ParsedStatement, offices: Collection[str]) -> bool:
    """Whether the statement has a verb of an act besides an office's (`offices`): the time of
    its titles is that act's."""
    return any(t.target not in offices for t in parsed.triggers)


def of_now(a: Assertion, parsed: ParsedStatement, offices: Collection[str]) -> bool:
    """Whether an undated title speaks of the sources' now: in a present tense ("the sitting
    prime minister"), or said with a copula of no tense and no act to set it in the past ("Hun
    Sen is Cambodia's prime minister"); a title before a name is said at its act, read or not
    ("Cambodian Prime Minister Hun Sen met Lam", "... shook hands with Lam")."""
    if a.tense == "present":
        return True
    return a.tense == "unmarked" and a.form in ("copula", "clause") and not _acts(parsed, offices)


def at_a_moment(a: Assertion, parsed: ParsedStatement, offices: Collection[str]) -> bool:
    """Whether a former title is said of one moment of the statement's dates, somewhere within
    them: an act's ("Former Senator Daines spoke with Lam in February 2026") or its own leaving
    of the office ("stepped down as prime minister in 2026": lexicon/<lang>/statements.yaml
    `office_leaving`), not of all of them as a state is ("As of February 2026, Trump was no
    longer president")."""
    leaving = phrases_at(parsed, "statements", "office_leaving")
    return _acts(parsed, offices) or any(a.start <= s and e <= a.end for s, e in leaving)


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
    moment: bool = False,
    kind: Callable[[str], str] = lambda _: "",
    countries: Callable[[set[str]], set[str]] = lambda places: places,
) -> Decision:
    """Rules 1-3 for an assertion with a person as subject; `claims` are that person's office
    claims (any others are ignored). `moment`: a former title is said of one moment of the
    dates (`at_a_moment`), which a claim must hold all through to refute it. `kind`: the type
    of a place (a country, a body), for an office to exclude itself only between places of one
    kind. `countries`: places with the countries of the bodies among them (World.countries_of),
    for a body's office to meet its country's under a rule between two offices."""
    if a.modality != "fact":
        # "will be prime minister", "hopes to become": the sources' facts do not decide a plan.
        return Decision(NEI, "mood")
    if a.polarity == "denied":
        # "is not the president": true where the affirmed title is contradicted by another
        # office, false where the office is borne out; a former office decides nothing.
        affirmed = decide_office(
            replace(a, polarity="affirmed"), claims, incompatible, dates, moment, kind, countries
        )
        if affirmed.rule == "held-before":
            # "Leahy was never a senator": the sources show the office held at some time.
            return replace(affirmed, verdict=CONTRADICTED, rule="denied-same-office")
        if affirmed.rule in ("incompatible-office", "same-office"):
            return replace(
                affirmed, verdict=FLIPPED[affirmed.verdict], rule="denied-" + affirmed.rule
            )
        return Decision(NEI, "negated")
    held = [c for c in _offices(claims, dates) if c.subject == a.subject]
    same = [c for c in held if c.qualifier(ROLE) == a.office and a.jurisdiction in (None, c.object)]
    if a.tense == "present":
        decided = _present_of_former(a, claims, dates)
        if decided is not None:
            return decided
    if (
        same
        and a.tense == "past"
        and a.form == "apposition"
        and not any(_throughout(c, dates) and c.time_start != dt.date.min for c in same)
    ):
        # A past capacity set off before the name is said of the act's time ("While serving as
        # chairman of ..., Leahy voted ...", "Khi còn là ..., ông Leahy ..."): only a claim whose
        # known period covers that time shows he held it then; one held "before" a date (its
        # start the open date.min) does not.
        return Decision(NEI, "capacity-time", tuple(same))
    if same:
        current = [c for c in same if not is_former(c)]
        if a.tense == "former" and current:
            # Held at the time the statement speaks of (its dates, or the sources' present when
            # it gives none): "former" says the office had ended by then. A statement dated
            # after the sources meets no claim here, and is not enough info below.
            if not moment or any(fixes_holder(c, dates, True) for c in current):
                return Decision(CONTRADICTED, "still-held", tuple(current))
            # "stepped down as prime minister in 2026": held on a day of that year, which he
            # may have left later in it
            return Decision(NEI, "left-later", tuple(current))
        if a.tense == "start" and dates:
            # "became prime minister in 2026": held then, but the sources do not date its start.
            return Decision(NEI, "began", tuple(same))
        if a.tense in ("unmarked", "start") and not current:
            # "Senator Leahy" of a former senator: the press keeps such titles as courtesy, and a
            # claim that he held it before says nothing of the time the statement speaks of.
            return Decision(NEI, "held-before", tuple(same))
        return Decision(SUPPORTED, "same-office", tuple(current or same))
    if a.tense != "former":
        for c in held:
            # a past title speaks of some time: of the time the statement fixes, if it fixes
            # one the claim holds all through ("on February 19, Orbán was president"), else of
            # any, when he may have held it ("Orbán was president of Hungary")
            # (a past clause after the name is of any time: "Tokayev, who was prime minister,
            # met Lam on Feb. 19" does not date his premiership by the meeting)
            if is_former(c) or (
                a.tense == "past" and (a.form == "clause" or not _throughout(c, dates))
            ):
                continue
            other = c.qualifier(ROLE)
            assert other is not None
            # A body's office is one of its country too, for a rule between two offices
            # ("Vietnam's prime minister" of the general secretary of the Communist Party of
            # Vietnam: the party's country and the government's are one)
            own = a.jurisdiction in (None, c.object) or (
                other != a.office and a.jurisdiction in countries({c.object})
            )
            # In another jurisdiction only the same office can exclude itself (one country's
            # presidency at a time), and only if a rule says so.
            if not own and other != a.office:
                continue
            # ... and only against a place of its kind (one country's defence ministry at a
            # time): the same office of a body ("Bộ trưởng Bộ Quốc phòng Việt Nam", the
            # ministry's minister) may be its country's, which the claim gives
            if not own and kind(a.jurisdiction) != kind(c.object):
                continue
            reason = incompatible(a.office, other)
            if reason is not None:
                return Decision(CONTRADICTED, "incompatible-office", (c,), reason)
    ended = [
        c for c in _of_office(a, claims) if a.jurisdiction in (None, c.object) and is_former(c)
    ]
    if a.tense in ("unmarked", "start") and ended:
        # "Senator Leahy" on a day after the sources end his term ("nguyên" at that call), no
        # other office refuting it: a courtesy title at best, so the claim keeps the statement
        # open (Context.left_open) rather than letting the office's plain match bear it out
        return Decision(NEI, "held-before", tuple(ended))
    others = [
        c
        for c in held
        if c.subject == a.subject and not is_former(c) and c.qualifier(ROLE) != a.office
    ]
    if a.tense in ("unmarked", "present", "start") and others:
        # "Vietnamese President To Lam" of the party's general secretary: the sources give him
        # other offices then, none this one, and no rule sets them apart; the title is still
        # said, and open, whatever else of the statement is borne out. (The same office of
        # another place may be his body's country: "Vietnam's party chief".) So is an office
        # he is said to take up ("congratulated Lam on his election as president"): another
        # election than the one the claims give, which another holder's title of the same
        # office ("President Trump congratulated ...") does not bear out.
        return Decision(NEI, "other-office", tuple(others))
    return Decision(NEI, "no-claim")


# An office one country names its own way: the office it is in general terms and that country
# (lexicon/world/offices.yaml `national_forms`: "secretary-of-war", the United States' defence
# minister).
Forms = Mapping[str, tuple[str, str]]


def in_general_terms(
    a: Assertion,
    claims: Sequence[ClaimView],
    forms: Forms,
    names: Callable[[str], bool],
    titled: Mapping[str, str] = MappingProxyType({}),
) -> tuple[Assertion, list[ClaimView], dict[str, ClaimView]]:
    """The title and the office claims with each national office read as the office it is in
    its country, so that one rule compares them ("Vietnamese Defence Minister Pete Hegseth" of
    the US Secretary of War: one country's defence ministry at a time); with the claims so read
    by id, back to the claims as curated, which a decision cites. The title is read so where it
    is said of that country, or its own words name it (`names`: "Bộ trưởng Quốc phòng Mỹ", one
    name of the office): a "Defense Secretary" of no country may be any country's minister, and
    a national office said of another country ("Vietnamese Secretary of War") stays as written.
    A claim's office the press titles by the title's office (`titled`: the founding chairman
    is the body's chair) is read as the title's, of the same body.
    """

    def general(
        office: str | None, place: str | None, named: Callable[[str], bool]
    ) -> tuple[str | None, str | None]:
        form = forms.get(office or "")
        if form is None or place not in (None, form[1]) or (place is None and not named(form[1])):
            return office, place
        return form

    office, place = general(a.office, a.jurisdiction, names)
    read = a if office == a.office else replace(a, office=office, jurisdiction=place)
    held, curated = [], {}
    for c in claims:
        # a claim's office is curated: with no place, it is the national office's own
        role, where = general(c.qualifier(ROLE), c.object, lambda _: True)
        if role is not None and titled.get(role) == office:
            role = office  # "chairs the Board of Peace" of its founding chairman
        if role is None or role == c.qualifier(ROLE):
            held.append(c)
            continue
        roles = tuple((k, role if k == ROLE else v) for k, v in c.qualifiers)
        held.append(replace(c, qualifiers=roles, object=where))
        curated[c.id] = c
    return read, held, curated


def decide_described(
    a: Assertion,
    holders: Sequence[ClaimView],
    incompatible: Rules,
    dates: Sequence[DateSpan] = (),
    now: bool = False,
) -> Decision:
    """'the OFFICE of J is the OTHER of J': contradicted when one person does not hold both in
    one jurisdiction at a time a claim fixes the first one's holder (`fixes_holder`); `holders`
    are the claims of who holds the first office there."""
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
        if c.qualifier(ROLE) == office and place in (None, c.object) and fixes_holder(c, dates, now)
    ]
    if reason is None or not evidence:
        return Decision(NEI, "no-claim")
    return Decision(CONTRADICTED, "incompatible-office", (evidence[0],), reason)


def decide_other_holder(
    a: Assertion,
    holders: Sequence[ClaimView],
    other: Callable[[str], bool],
    dates: Sequence[DateSpan] = (),
    now: bool = False,
) -> Decision:
    """A single-holder office of a jurisdiction given to someone no claim gives it to ("US
    Defense Secretary Phan Van Giang", "Vietnamese Defense Minister Luong Tam Quang", a name the
    claim base does not know): contradicted by a claim that gives that office there to someone
    else at a time the statement speaks of (`other`: not the one the statement names, nor, for
    a name the vocabulary lacks, someone whose names share a word with it); `holders` are the
    claims of who holds single-holder offices there. A former or past title, a denial or a plan
    decides nothing, and so does a title at a time the claim does not fix its holder
    (`fixes_holder`, the sources' now when undated and `now`): "Indonesian President Joko
    Widodo visited Hanoi" may be of a year he held it."""
    if (
        a.polarity != "affirmed"
        or a.modality != "fact"
        or a.tense not in ("unmarked", "present")
        or a.jurisdiction is None
    ):
        return Decision(NEI, "no-claim")
    evidence = [
        c
        for c in holders
        if c.polarity == "affirmed"
        and c.modality == "fact"
        and c.qualifier(ROLE) == a.office
        and c.object == a.jurisdiction
        and fixes_holder(c, dates, now)
        and other(c.subject)
    ]
    if not evidence:
        return Decision(NEI, "no-claim")
    return Decision(CONTRADICTED, "single-holder", (evidence[0],))


# --- one claim against one reading of the statement (factdb.check.assess) ------------------------


@dataclass(frozen=True)
class TimeCheck:
    """compare_time's outcome: whether the claim's time bears out the statement's date (`fits`),
    excludes it (`disjoint`), and the rule that said so:

    no-date (the statement gives none) | undated (the claim has no time, or its predicate none) |
    no-year (a date without a year, against a claim spanning years) | no-month (a day of an
    unsaid month, against a claim spanning months) | no-such-day (29 February of
    a common year) | other-stay-dates | day-apart (in another place's time) | clock-day (the
    day said on another place's clock holds the part of the day the source gives the claim:
    assess.time_of) | time-outside |
    time-inside | time-neither | began-before (a state held before the date it is said to begin
    at) | began-unknown | began-other (a series said to begin after the month its source runs
    it from: a claim of grain `since_month`) |
    other-slice (another period of a series) | since-later (occasions said
    to run since a date, of which the claim's came later) | state-later (the state an act
    begins, said of a time after the claim's date of the act: assess.time_of) | content-later
    (a date inside an act's content after the last day the claim's sources know of:
    assess.beyond_sources) | received-later (a day something sent came to hand, after the
    claim's day of sending it: windows.received_later) | head-dated (a date said of the act
    whose content this one is, which need not be this one's: scope.head_dated) |
    other-invitation (an invitation to join a body, of one the statement says was to attend,
    visit or a gathering, which it neither bears out nor refutes: scope.joins_a_body) |
    outside-occasion (an event's dates said outside the days what was held for it lay within,
    `window`: windows.beyond_occasion) | told-day (a day said on a clock on which the claim's
    source tells another, `window` that day: windows.told_day) | counted-from (the start of what
    a count of years counts, `window` the year an exact count marked in its year began:
    counted_from) | marked-in (a count of years marked in another year than the one the
    claim gives that very count: marked_in) | weekday-apart (a weekday said alone on a named
    clock, a day either side of the claim's there, `window` that day: assess.time_of) |
    now-of-former (an office said to be held now, of a claim that holds it only before a date:
    assess.now_of_former)."""

    fits: bool
    disjoint: bool
    rule: str
    claim: ClaimView
    date: DateSpan | None = None
    window: tuple[dt.date, dt.date] | None = None


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# The longest a claim's time is read as a stay's own first and last days (a trip, a summit): a
# longer one ("from 1 January to 3 November 2025", what a source's "this year's visit" allows)
# is the window the sources put the event in, whose days they do not give.
LONGEST_STAY = dt.timedelta(days=31)


def a_stay(claimed: tuple[dt.date, dt.date]) -> bool:
    """Whether a claim's time of several days is a stay's own days, not a window around it."""
    return claimed[0] < claimed[1] and claimed[1] - claimed[0] <= LONGEST_STAY


def stay_dates(
    time_role: str,
    date: DateSpan,
    claimed: tuple[dt.date, dt.date],
    said: tuple[dt.date, dt.date],
) -> str | None:
    """The rule for a statement's days of a stay (a trip, a summit) against the claimed stay's.
    "other-stay-dates" (refuted): a range with other first and last days, overlapping them:
    "Lam's Feb 17-21 trip" of a trip of 18-20 February says it began and ended on other days,
    not that it fell somewhere within them. "time-neither": listed days ("visited on Feb. 17,
    18, 19, 20 and 21", "Feb. 19 and 25") are days a visit fell on, not the stay's first and
    last, and some the stay does not hold: it neither bears out a visit on them nor refutes one
    (it may have been another). A window ("sometime between Feb. 17 and 21", "trong khoảng từ
    17 đến 21/2") is where the stay fell, not its first and last days: one holding the stay
    whole is none of these, one it runs out of while sharing days with it ("between Feb. 19
    and 25" of an 18-20 stay) is the same stay said to fall elsewhere, "other-stay-dates"."""
    if time_role != OCCASION or not date.day_range or not a_stay(claimed):
        return None
    if date.window:
        held = said[0] <= claimed[0] and claimed[1] <= said[1]
        return None if held or not overlap(claimed, said) else "other-stay-dates"
    if date.listed:
        held = claimed[0] <= said[0] and said[1] <= claimed[1]
        return None if held else "time-neither"
    return "other-stay-dates" if claimed != said and overlap(claimed, said) else None


def one_day_of_several(
    time_role: str,
    date: DateSpan,
    claimed: tuple[dt.date, dt.date],
    said: tuple[dt.date, dt.date],
) -> bool:
    """Whether the statement gives a one-off act (an event's date, an occasion) a list or
    range of days ("met Orbán on Feb. 18 and 19", "Feb. 18-19", "18 và 19/2") that holds the
    claim's one day: it says the act fell on each of them, or across them, which one day does
    not bear out; nor does it refute it (an act may run past midnight, or be dated on another
    clock). A window ("between Feb. 18 and 20", "giữa 18 và 20/2") is where the act fell
    somewhere, and one day in it bears that out."""
    return (
        time_role in ("value", OCCASION)
        and date.day_range
        and not date.window
        and claimed[0] == claimed[1]
        and said[0] <= claimed[0] <= said[1]
        and said[0] < said[1]
    )


def compare_time(
    time_role: str,
    claim: ClaimView,
    date: DateSpan | None,
    zoned: bool = False,
    began: bool = False,
    once: bool = False,
    lasting: bool = False,
) -> TimeCheck:
    """The claim's time against the statement's date, for a predicate of `time_role`.

    Events and series fit when the claim's time lies inside the statement's; states (an
    office held, a partnership) when the two overlap. A date given to a predicate that
    has no time is something the claim cannot confirm. A day given in another place's time
    (`zoned`: "sáng 19/2 giờ Hà Nội" of an event in Washington) may be the day before or
    after where it happened, so a claim a day off is open, not disjoint. A date a state is said to
    begin at (`began`: "dates from 2024") is refuted by the state held before it, and borne out
    by nothing: a claim's first day need not be its state's first; nor does one occasion of a
    repeatable act bear out when they began ("calls began in 2025"). A series' figure is its
    period's: another period, longer or shorter ("since 2020", a quarter of 2025), is open. An
    event that happens `once` (an upgrade to a level) said to run "since" a date ("nâng cấp
    ... từ tháng 9/2013") happened at that date, not at any time after it. A state the claim
    denies holds its denial only over the claim's own time, so a date running past it is open;
    one that lasts once entered (`lasting`: party to an agreement) is denied at every time
    wholly before too ("absent-before": not a party on 18 February 2026, so not in 2025)."""
    if date is None:
        return TimeCheck(True, False, "no-date", claim)
    if time_role == "none" or claim.time_start is None or claim.time_end is None:
        return TimeCheck(False, False, "undated", claim, date)
    start, end = claim.time_start, claim.time_end
    first, last = date.first, date.last
    if (once or began) and time_role == OCCASION and date.opened_last is not None:
        # "began calling from November 2023" says when they began, not every time after it
        last = date.opened_last
    elif time_role == OCCASION and date.opened_last is not None and start > date.opened_last:
        # "have exchanged letters since November 2023": the exchanges from that date on, which
        # an occasion known only later (a letter of 2026) does not show began then.
        return TimeCheck(False, False, "since-later", claim, date)
    # placed as placed_days places it, not by it: each way the placing fails is its own rule
    if not date.month_known:
        # "hôm 20", "on the 19th": a day of the month the claim's time lies in, where it is one
        if (start.year, start.month) != (end.year, end.month):
            return TimeCheck(False, False, "no-month", claim, date)
        placed = in_month(date, start)
        if placed is None:  # "hôm 30" of a claim in February
            return TimeCheck(False, False, "no-month", claim, date)
        first, last = placed
    elif not date.year_known:
        if start.year != end.year:
            return TimeCheck(False, False, "no-year", claim, date)
        placed = in_year(date, start.year)
        if placed is None:
            return TimeCheck(False, False, "no-such-day", claim, date)
        first, last = placed
    if began and time_role == "state":
        if dt.date.min < start < first:
            return TimeCheck(False, True, "began-before", claim, date)
        return TimeCheck(False, False, "began-unknown", claim, date)
    stay = claim.time_grain == "range" and a_stay((start, end))  # its own first and last days
    if began and time_role == OCCASION and claim.time_grain == "since_month":
        # "calls between them began in mid-2025" of calls its source runs "from November 2024":
        # they were held in that month, so they began no later; a time holding it bears out
        # the source's own start, while whether none came before is not said ("began in 2023")
        after = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        opened = (start.replace(day=1), after - dt.timedelta(days=1))
        if first <= opened[0] and opened[1] <= last:
            return TimeCheck(True, False, "time-inside", claim, date)
        if first > opened[1]:
            return TimeCheck(False, True, "began-other", claim, date)
        return TimeCheck(False, False, "began-unknown", claim, date)
    if began and time_role == OCCASION and not once and not stay:
        # "calls between them began in 2025": the first of a repeatable act's occasions, which
        # no claim's occasion shows (the sources' calls run "from November 2024"); one held
        # before the date may be of another series (a visit that began later): open either way.
        # An act done once began when it was done, and a stay on its first day ("the trip
        # began on 17 February" of one of 18-20 February), which its claim gives.
        rule = "began-before" if end < first else "began-unknown"
        return TimeCheck(False, False, rule, claim, date)
    # A month part ("đầu tháng 2": 1-10 February) bounds a stay; it does not give its days,
    # so a stay's first and last days ("from 1 to 3 February") are neither borne out nor refuted.
    if claim.time_grain == "month_part" and time_role == OCCASION and date.day_range:
        if not (end < first or start > last):
            return TimeCheck(False, False, "time-neither", claim, date)
    elif (stay := stay_dates(time_role, date, (start, end), (first, last))) is not None:
        return TimeCheck(False, stay == "other-stay-dates", stay, claim, date)
    elif one_day_of_several(time_role, date, (start, end), (first, last)):
        return TimeCheck(False, False, "one-day-of-several", claim, date)
    if time_role == "state" and claim.polarity == "denied":
        if lasting and last < start:
            return TimeCheck(True, False, "absent-before", claim, date)
        if not (end < first or start > last) and not (start <= first and last <= end):
            # "signed in February 2026" of a deal not signed on the 18th: maybe after it
            return TimeCheck(False, False, "time-neither", claim, date)
    if end < first or start > last:
        day = dt.timedelta(days=1)
        if zoned and first - day <= end and start <= last + day:
            return TimeCheck(False, False, "day-apart", claim, date)
        return TimeCheck(False, True, "time-outside", claim, date)
    contained = first <= start and end <= last
    if time_role == "qualifier" and (first, last) != (start, end):
        return TimeCheck(False, False, "other-slice", claim, date)
    if time_role == "state" and start == dt.date.min:
        # Held "before" a date (a former office): at some time then, not at every time;
        # like an event, it bears out only a period that contains all of it.
        fits = contained
    elif time_role != OCCASION and last == dt.date.max:
        # Said to hold from a date on ("Prime Minister since 2010", "a founding member since
        # 2024"): throughout, which only a claim holding from that date bears out, not one
        # that starts later. A value's claim holds over its time as a state's does.
        fits = start <= first
    elif time_role == "state" and first == dt.date.min:
        # Said to hold up to a date ("by 2027 Lam was still general secretary", "until 2027"):
        # held at its end, which only a claim holding to that day bears out. One ending earlier
        # may be over by then ("before 2027", a state that may have ended in 2026: open).
        fits = last <= end
    elif time_role == "state":
        fits = True  # they overlap: the state held at some time of the statement's
    else:
        fits = contained
    return TimeCheck(fits, False, "time-inside" if fits else "time-neither", claim, date)


def _marked_count(claim: ClaimView) -> tuple[float, int] | None:
    """The claim's one exact count of years and the one year it was marked in (30 years of
    relations marked in 2025: (30, 2025)); None for a count said as a bound ("hơn 30 năm"), a
    count of anything else, or a marking over several years."""
    counted = claim.interval
    start, end = claim.time_start, claim.time_end
    if (
        claim.unit != "year"
        or counted is None
        or counted.low is None
        or counted.low != counted.high
        or counted.low_open
        or counted.high_open
        or start is None
        or end is None
        or start == dt.date.min
        or start.year != end.year
    ):
        return None
    return counted.low, start.year


def counted_from(claim: ClaimView, date: DateSpan) -> TimeCheck | None:
    """The year the claim's count of years began, against the date the statement gives that
    start ("established diplomatic relations in 1995" of 30 years of relations marked in
    2025): the count of a year's marking is the years elapsed since its event's own year, so
    that year is the marking's less the count. The date bears it out where it holds the whole
    year (`window`), and excludes it where it holds none of it; a day or a month inside it is
    open. None where the claim fixes no one year: a count said as a bound ("hơn 30 năm"), or
    a marking over several years."""
    marked = _marked_count(claim)
    if marked is None or not date.year_known:
        return None
    count, marked_year = marked
    year = marked_year - int(count)
    began = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    fits = date.first <= began[0] and began[1] <= date.last
    disjoint = not overlap(began, (date.first, date.last))
    return TimeCheck(fits, disjoint, "counted-from", claim, date, began)


def marked_in(claim: ClaimView, quantity: Quantity, date: DateSpan) -> TimeCheck | None:
    """The year the claim marks the statement's own count of years ("marked 30 years of ties
    in 2026" of 30 years marked in 2025): an anniversary's number fixes its year, so the date
    bears it out where it holds that year and excludes it where it holds none of it. None
    where the counts are not one exact number of years, or the claim fixes no one year (as
    counted_from): another count is another anniversary, of a year no claim may give."""
    marked = _marked_count(claim)
    if (
        marked is None
        or quantity.unit != "year"
        or (quantity.low, quantity.high) != (marked[0], marked[0])
        or quantity.low_open
        or quantity.high_open
        or not date.year_known
    ):
        return None
    year = (dt.date(marked[1], 1, 1), dt.date(marked[1], 12, 31))
    fits = date.first <= year[0] and year[1] <= date.last
    return TimeCheck(fits, not overlap(year, (date.first, date.last)), "marked-in", claim, date)


def in_order(
    claim: ClaimView,
    first_at: Mapping[str, int],
    passive: bool,
    doer: str | None = None,
    sides: Mapping[str, str] = MappingProxyType({}),
) -> bool:
    """For a directed relation (A invited B, A gave ODA to B) the statement must not name B
    first; `first_at` is where it first names each entity. A passive turns the order round
    ("a letter was sent to B by A", "B được A mời"): the one named right after its passive word
    (`doer`) does it, so B may not be that one; a passive that names no one so (or an act whose
    doer is given after its noun: "B nhận được thư của A", assertions._given_by) leaves the order
    to the parties bound to the verb. The sides the words give a name (`sides`, "doer" or
    "other": assess.sides_said) decide before the order, either party named or not: "Hungary
    has received ODA from Vietnam", "for America, Vietnam is the No. 2 trading partner", "được
    Việt Nam cấp" turn A and B round."""
    other = party_of(claim)
    if other is None:
        return True
    if sides.get(claim.subject) == "other" or sides.get(other) == "doer":
        return False
    if sides.get(claim.subject) == "doer" or sides.get(other) == "other":
        return True
    if claim.subject not in first_at or other not in first_at:
        return True
    if passive:
        return doer != other
    return first_at[claim.subject] < first_at[other]


def same_occasion(
    claim: ClaimView,
    date: DateSpan | None,
    named: bool,
    window: Callable[[str], tuple[dt.date, dt.date] | None],
) -> bool:
    """Whether the statement speaks of the claim's occasion of a repeatable event: it names
    the occasion (`named`: its `event`, or its object: the level an upgrade reached), or its
    date falls within the occasion's dates (a meeting on 20 February, during an 18-20 February
    summit: `window` gives the dates of an event, None when the claims give none). Another
    date, with neither, may be another meeting, call or visit."""
    event = claim.qualifier("event")
    if named:
        return True
    start, end = claim.time_start, claim.time_end
    if date is not None and date.day_range and start and end and a_stay((start, end)):
        # Two stays of one person in one place whose days overlap are one stay; listed days
        # are not a stay (a visit on each may be two).
        said = placed_in_year(date, start.year)
        if said is not None and not date.listed and overlap((start, end), said):
            return True
    if date is None or event is None:
        return False
    return within(date, window(event))


def one_occasion(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims of acts are of one occasion: the same event, or the same known
    days (the acts a source reports of one reception it dates alike)."""
    event = a.qualifier("event")
    if event is not None and event == b.qualifier("event"):
        return True
    days = (a.time_start, a.time_end)
    return None not in days and dt.date.min not in days and days == (b.time_start, b.time_end)


def within(date: DateSpan | None, days: tuple[dt.date, dt.date] | None) -> bool:
    """Whether the statement's date falls within an event's `days` (None: the claims give it
    none); a date without a year is placed in the event's year."""
    placed = placed_days(date, days)
    return placed is not None and days is not None and days[0] <= placed[0] and placed[1] <= days[1]


def on_dates(claim: ClaimView, dates: Sequence[DateSpan]) -> bool:
    """Whether the claim's days lie in every date the statement gives, each placed in the
    claim's days as `within` places it (placed_days): the other way round from `within`, the
    claim's days inside the statement's ("every leader Lam met on Feb 19", "all three calls
    took place on Feb 18"). An undated claim lies in none."""
    if not dates:
        return True
    first, last = claim.time_start, claim.time_end
    if first is None or last is None:
        return False
    for d in dates:
        placed = placed_days(d, (first, last))
        if placed is None or not (placed[0] <= first and last <= placed[1]):
            return False
    return True


def meets(date: DateSpan | None, days: tuple[dt.date, dt.date] | None) -> bool:
    """Whether the statement's date shares a day with an event's `days`, placed as `within`
    places it: a period the event fell somewhere in ("mid-February") that holds a day of them
    may hold the event."""
    placed = placed_days(date, days)
    return placed is not None and days is not None and overlap(placed, days)


def loosely_named(said: str, names: Sequence[str], singles_out: Callable[[str], bool]) -> bool:
    """Whether the words `said` name an event only by a looser name of its kind: one of its own
    `names` singles out one occasion (`singles_out`: "inaugural", "khai mạc", a year, "14th")
    and `said` does not ("the Board of Peace meeting" of the Board of Peace inaugural meeting).
    The body meets again, so with a date outside the event's such a name may be another
    meeting: it names no occasion (windows.occasion_named). An event whose own name singles out
    nothing ("the end of the Vietnam War") happens once, and every name of it names it."""
    return any(singles_out(n) for n in names) and not singles_out(said)


def other_time(claim: ClaimView, dates: Sequence[DateSpan]) -> bool:
    """Whether the statement's dates, all given to other predicates, all miss the claim's
    period: it speaks of another time than the state the claim holds."""
    dated = [d for d in dates if d.year_known]
    if not dated or claim.time_start is None or claim.time_end is None:
        return False
    return all(d.last < claim.time_start or d.first > claim.time_end for d in dated)


def partly_held(claim: ClaimView, date: DateSpan | None) -> bool:
    """Whether the statement's date reaches back before a state claim's first day and does
    not run on to now (where the claim holds: "since 2013"): the claim holds over the later
    part of that time only, and the state may have been otherwise before it ("were
    comprehensive partners in 2023" of a level held from the upgrade of September 2023). Past
    its last day the sources' state holds on unless a later time says otherwise (later.py)."""
    if date is None or not date.year_known or claim.time_start is None:
        return False
    return date.last != dt.date.max and date.first < claim.time_start


def bind_party(
    bound: str,
    bound_kind: str,
    party: str,
    party_kind: str,
    places: Collection[str],
    slot: str = "counterparty",
    party_places: Collection[str] = (),
    states: bool = False,
) -> str:
    """How a name the statement binds to a verb (its agent, or the name right after it: see
    factdb.check.assertions.Predication) stands to the party a claim has in that role:

    - `same`: it is that party;
    - `holder`: a person where the claim has a country or a body, in which the claims give him
      an office (`places`): "Lam congratulated Pashinyan" of a congratulation of Armenia;
    - `other`: a person where the claim has a country or a body, whom the claims give offices
      elsewhere only: "Tô Lâm chúc mừng Thủ tướng Orbán" is not his congratulation of Armenia,
      "Ông Hegseth ký thỏa thuận" not Vietnam's agreement with the EU; or people the statement
      does not name (`bound_kind` people: "met foreign leaders") where the claim has no person;
      In the `agent` slot (who does it), another person where the claim has a person is
      another doer: "Tổng Bí thư Tô Lâm chúc mừng ..." is not Pashinyan's congratulation;
    - `other` too: a person where the claim's parties are states (`states`: the predicate's
      `parties: states`, a partnership or trade), whatever his office: "Trump upgraded ties with
      Vietnam" is not the United States' upgrade, a relation of states no person's act;
    - `open`: anything else. A country may stand for its leader ("met Indonesia"), a person
      whose office no claim places may act for his country, and a person after the verb where
      the claim has another person is the judge's other-party rule (assess.alternative).

    A country (or a body after the verb: World.binds) where the claim has a person whom the
    claims give offices (`party_places`, with the countries of his bodies) elsewhere only is
    `other`: "US officials met Tô Lâm" is not his meeting with Aliyev, nor a meeting Lam held
    as America, nor "Lam met US officials", nor "gặp bà con cộng đồng người Việt" (a
    country after the verb that is where the act leads, "mời sang thăm Việt Nam", is bound to
    that role by the judge: assess.unbound).
    """
    if bound == party:
        return "same"
    if states and bound_kind == PERSON:
        return "other"
    if bound_kind == PEOPLE:
        # "met foreign leaders": people, not a community or a mission met on the same trip
        return "open" if party_kind == PERSON else "other"
    if bound_kind == PERSON and party_kind == PERSON and slot == "agent":
        return "other"
    if bound_kind not in (PERSON, PEOPLE) and party_kind == PERSON and party_places:
        return "open" if bound in party_places else "other"
    if bound_kind != PERSON or party_kind == PERSON:
        return "open"
    if party in places:
        return "holder"
    return "other" if places else "open"


def compare_value(stated: Interval, claimed: Interval, mark: bool = False) -> str:
    """How the statement's figure meets the claim's: `value-disjoint` (they exclude each other),
    `value-inside` (the claim's lies inside it, so the claim bears it out), `value-neither`, or
    `value-bound`: the figure is the very bound the claim says was passed ("reached 1 billion" of
    trade that "passed 1 billion"), the mark the press names on the way past it: open. A `mark`
    (the value of a first passing: factdb/lexicon/world/marks.yaml) is met only by the same
    bounds; a lower one is `lower-mark` ("first passed 500 million" of a first billion: passed
    that year or before, so the claim fixes no year for it), a higher one `higher-mark`
    (`_higher_mark`: "first passed 2 billion" that same year), any other `value-neither`."""
    if mark and (stated.low, stated.high) != (claimed.low, claimed.high):
        if _higher_mark(stated, claimed):
            return "higher-mark"
        if _higher_mark(claimed, stated):  # the claim's mark above the statement's
            return "lower-mark"
        return "value-neither"
    if stated.disjoint(claimed):
        return "value-bound" if _touches(stated, claimed) else "value-disjoint"
    return "value-inside" if stated.contains(claimed) else "value-neither"


# How many times a source's lower bound a figure must be to lie in another order of magnitude
ORDER = 10


def order_above(stated: Interval, claimed: Interval) -> bool:
    """Whether a figure lies an order of magnitude or more above the lower bound a claim gives
    with no upper one ("đạt 10 tỷ USD" of trade of "more than $1 billion"): a source says a
    figure by the round mark just under it, and one ten times the mark would have been said by
    its own ("more than $10 billion"); a figure under that ("$2 billion", "$1.5bn") stays open."""
    if claimed.high is not None or claimed.low is None or claimed.low <= 0:
        return False
    return stated.low is not None and stated.low >= ORDER * claimed.low


def _higher_mark(stated: Interval, claimed: Interval) -> bool:
    """Whether a stated mark lies above the one a claim says was first passed that year: a
    source that gives the year's first passing gives the highest mark passed ("lần đầu vượt mốc
    1 tỷ USD" would have said 2 billion had trade passed it), so "first topped $2bn in 2025" is
    refuted, while a lower mark may have been passed in an earlier year and stays open."""
    if stated.low is None or claimed.low is None:
        return False
    return stated.low > claimed.low


def _touches(stated: Interval, known: Interval) -> bool:
    """Whether a stated figure is exactly an open bound of a known interval."""
    if stated.low is None or stated.low != stated.high:
        return False
    low = known.low == stated.low and known.low_open
    return low or (known.high == stated.high and known.high_open)


def _above(stated: Interval, mark: ClaimView) -> bool:
    """Whether a figure lies above the mark a claim of a first passing gives (its open low)."""
    claimed = mark.interval
    if claimed is None or claimed.low is None or stated.low is None:
        return False
    return stated.low > claimed.low or (stated.low == claimed.low and stated.low_open)


def above_before_first(stated: Interval, date: DateSpan, mark: ClaimView) -> bool:
    """Whether a series' figure said for a time before the first year it passed a mark (`mark`,
    a claim of that first passing: factdb/lexicon/world/marks.yaml) lies above the mark, which
    the series did not pass then: "crossed $1bn back in 2024", "đã vượt 1 tỷ USD từ năm 2020"
    (from a year before it on) of trade that first passed a billion in 2025. A figure at, about
    or below the mark, or a time reaching into that year, is not refuted."""
    if mark.time_start is None or not date.year_known:
        return False
    return (date.opened_last or date.last) < mark.time_start and _above(stated, mark)


def done_before_wish(done: ClaimView, wish: ClaimView) -> bool:
    """Whether a claim of an act done (`done`: "hagerty-visited-vietnam-before") refutes a wish
    or plan to do it for the first time, which `wish` bears out as a wish: the same doer, every
    qualifier of the act the wish's too (the same destination), and done wholly before the day
    the claims give the wish ("mong sớm thăm lại", said on 18 February, of a visit before it).
    An undated wish, or an act the claims do not date before it, refutes nothing."""
    if done.subject != wish.subject or done.modality != "fact" or done.polarity != "affirmed":
        return False
    if not set(done.qualifiers) <= set(wish.qualifiers):
        return False
    if done.time_end is None or wish.time_start is None:
        return False
    return done.time_end < wish.time_start


def again_in_first(stated: Interval, date: DateSpan, mark: ClaimView) -> bool:
    """Whether a series' figure above a mark, said to be passed again ("for the second straight
    year", "lần thứ hai": lexicon/<lang>/repeats.yaml) in the first year it passed that mark,
    is refuted by that first passing: it passed the mark then for the first time."""
    if mark.time_start is None or mark.time_end is None or not date.year_known:
        return False
    inside = mark.time_start <= date.first and date.last <= mark.time_end
    return inside and _above(stated, mark)


@dataclass(frozen=True)
class Grounds:
    """What a finding on one claim turns on, as values; factdb.check.explain words it.

    `rule` names what decided: borne-out | value-disjoint | value-neither | value-bound |
    higher-mark (a higher mark said first passed in the year a claim gives another's first
    passing: compare_value) | lower-mark (a lower mark said first passed, which the claim's
    passing leaves open in any year: compare_value) | mark-unsaid (a first passing said with no
    mark, in another year than the claim's mark's: assess.assess) |
    other-unit | day-part (the part of the day its source gives, against the statement's: see
    `day_part`) |
    other-object (another entity where the claim has its object) | shortened-level (a lower
    level the press shortens the claim's to: assess.shortened_levels) | other-place (another city
    for the place of the same occasion) | single-holder |
    time-outside | other-year (a figure of a series indexed by year, dated by another act of the
    statement to a year outside the claim's: assess.other_year, `text` the date) |
    act-undated (a figure of such a series that another act alone dates, where no claim puts
    that act inside the claim's period: assess.act_undated) |
    topic-year (another year for what was said: "a positive start for 2025"
    of one its source says for 2026, factdb.check.topic_years) | said-deadline (a deadline
    inside the words given to a speaker, "by 2030", which the claim's source does not give) |
    other-time (a state, and the statement dates another time) | partly-held (a state held over
    the later part of the statement's time only: partly_held, `text` the date) | later (a
    state dated before the event the statement is set after: `text` the cue) | not-after (an
    act not shown done after the event the statement sets it after: `text` the cue) |
    before-event (a one-off act done before that event began: `text` the cue) | done-before
    (the one occasion of an encounter the claims know, named as a definite occasion the
    statement sets after another, done wholly before it began: later.order_act) | before-bound
    (an act not shown before the occasion a denial is bounded by: check.earlier, `text` the
    cue and the occasion's words) | not-before (an act not shown done wholly before the
    occasion the statement sets it before, "had met Orbán before this meeting": check.earlier,
    `text` likewise) | done-after (the one occasion of that act the claims know, named as a
    definite occasion the statement sets before another, shown done after it: check.earlier,
    `text` likewise) | unsaid-bound (an act of a denial bounded before a moment
    it leaves unsaid, "had never met Orbán before": check.earlier, `text` the words that
    bound it) | after-bound (an act not shown after the occasion or date
    a denial is bounded from, "since July 2025": check.earlier, `text` likewise) | changed (a
    state the statement says changed on that occasion, `text` its words) |
    time (the claim's time leaves the statement's date open: see `time`) | mood |
    denies-other-verb (a denial falling on a verb no trigger names) | negated (the statement
    denies what the claim affirms) | under-way-then (it denies it as still under way at a
    time before the sources' own or in a date the act is not shown done before: `text` the
    cue) | denied (it affirms what the claim denies) |
    denied-before (it affirms, at a date wholly before, a lasting state the claim denies:
    `text` the date) | denied-unsaid (a denied claim named in passing) | denied-unnamed (a
    denied claim whose object the statement does not name) | delayed (a denied claim of an act
    the statement says was put off, or not done on time: `text` the words that say so) |
    already-done (a plan or wish for an act the claim shows done once and for all before the
    time the statement speaks of) |
    still-to-come (a state entered once, given as held in the words of one whose claim says
    he expected or wished for it then) |
    goes-on (an act done once for its occasion, which the statement says goes on) |
    other-party |
    other-thanked (a thanks for one event's deed given to another person: assess.other_thanked) |
    other-stance |
    other-holder (the words said give a view to someone the claim does not give it:
    assess.holds) |
    other-speaker (who said it leaves the claim open)."""

    rule: str
    claim: ClaimView
    time: TimeCheck | None = None
    stated: Interval | None = None  # the statement's figure, for the value rules
    unit: str | None = None  # its unit (the claim's when it gives none)
    other: str | None = None  # the entity the statement gives in the claim's place
    text: str = ""  # the statement's words it turns on: its date, or its negation cue
    moods: tuple[str, str] = ("fact", "fact")  # the claim's modality, the statement's
    label: str = ""  # the predicate's label, for a denial of a verb it has no trigger for
    # A conflict that the statement's own denial turns into no conflict at all.
    negated: bool = False
    # A date outside the claim's occasion of a repeatable event, which may be another one.
    another_occasion: bool = False
    reading: StanceReading | None = None  # whose words the statement gives, for the speaker rules
    # The part of the day the claim's source gives (None: none), for the day-part rule; `text`
    # is then the statement's words for its own.
    day_part: DayPart | None = None
    # The words its source gives a time in, for the topic-year rule ("năm 2026").
    told: str = ""


LISTED = "listed"  # the label of a count above the whole list a source gives (more_than_listed)
SUMMED = "summed"  # ... and of one the claims reach only over occasions the statement leaves open


@dataclass(frozen=True)
class Uncovered:
    """Something the statement says that the deciding claims do not account for, which keeps
    it from support: a `name` (a mention), a `figure`, a `date`, a `count` the claims do not
    bear out (`counted` is theirs), an `unknown` name, an `other-act` (a verb no claim of the
    predicate `label` says), an `unchecked` predicate `label` it asserts (`text`: the ids of its
    claims whose parties are not the ones its verb binds, if any), a `day-part` no claim's
    source gives, `words` no claim says (an order between events, a clause of its own), a
    `detail`: words nothing read and no deciding claim accounts for (unread_details), a
    `denial` that falls on no predicate it has, or a `speaker` the facts are given to who is
    no party of them, where no deciding claim is anyone's words ("Trump said ...")."""

    kind: str
    text: str = ""  # the statement's words
    cue: str = ""  # what a count counts ("leaders")
    counted: int = 0
    label: str = ""
    # A count the claims of its one occasion refute: below what they name
    # (rules.fewer_than_named), or above the whole list a source gives (`label` "listed":
    # rules.more_than_listed).
    refuted: bool = False


@dataclass(frozen=True)
class Stated:
    """How the statement states a predicate, as the judge read it (factdb.check.judge)."""

    negated: bool = False  # a denial governs it ("did not meet", "rejected")
    # The denial falls on a verb no trigger of the predicate names ("has yet to disburse").
    denies_other_verb: bool = False
    # The denial is a verb that ends what continues, said of a state that lasts once entered
    # ("stopped the trade deal", "ngừng hoàn tất hiệp định"): it was entered, which is no
    # denial that it ever held.
    ends_entered: bool = False
    # The denial is a verb that leaves a state held ("withdrew from the trade deal", "rút
    # khỏi": lexicon polarity `leavings`): it says the state held before, which a claim that it
    # does not hold does not bear out; one that it holds refutes it as any denial's.
    left: bool = False
    changes: bool = False  # the denial is a verb of change ("cut", "cắt giảm")
    figure: bool = False  # the statement gives the predicate a figure
    mood: str = "fact"  # fact | plan | wish | ready
    asserted: bool = True  # a trigger names it, not only a mention in passing
    # The claim's object is an entity (an agreement) that the statement does not name: "signed
    # an agreement" may mean another one than the claim's.
    object_unnamed: bool = False
    cue: str = ""  # the words of the denial
    label: str = ""  # the predicate's label
    # The claim is of an act done once for its key, on its occasion, and done before the time
    # the statement speaks of (`done_before`): an intention for it says it is not done yet.
    done: bool = False
    # The statement says an act done once for its occasion goes on ("will keep providing ODA",
    # "tiếp tục cấp ODA"): the one occasion the claim reports fixes no act after it.
    goes_on: bool = False
    # The denial says the act still under way ("still processing", "đang làm thủ tục") at a time
    # before the sources' own or in a date the claim does not show it done before: not done
    # then, which the act done by the sources' time does not refute.
    under_way_then: bool = False
    # The claim is its speaker's intention to enter a state entered once (lasting_predicates:
    # a party to an agreement), and the statement, in his words, gives it as held by then: his
    # own words say it is still to come.
    to_come: bool = False
    # The words by which the denial puts the act off ("postponed", "failed to sign it on
    # schedule": scope.delay), "" if it does not: a time set and moved or missed, which a
    # claim that the act was not done does not give.
    delay: str = ""
    # The statement dates the act it says was put off ("postponed the Feb. 19 meeting"), or
    # names the claim's occasion of it ("postponed his trip for the Board of Peace meeting"): a
    # claim of it done then refutes the delay; undated, it may have been done before or after.
    delay_dated: bool = False


@dataclass(frozen=True)
class Outcome:
    """What one claim does to one reading of the statement: `supports`, `contradicts` or leaves
    it `open`; `why` it is open or contradicts (value, time or mood), and whether it
    contradicts only because the statement denies what the claim affirms (or the reverse)."""

    outcome: str
    grounds: Grounds
    why: str = "value"
    denial: bool = False


# Moods of an intention: a plan (will, plans to) and a wish (hopes to, wants to).
INTENTIONS = frozenset({"plan", "wish"})
# The moods an act not done may be said in: an intention, or readiness ("ready to visit each
# other at a suitable time", "sẵn sàng thăm": no plan, which "will visit" would say). One
# denied is refuted by another affirmed ("ruled out exchanging visits" of that readiness).
UNDONE = INTENTIONS | {"ready"}
# The moods a plan of an undertaking holds at once (claim_mood).
FACT_OR_PLAN = frozenset({"fact", "plan"})


def claim_mood(claim: ClaimView, stated: str) -> str:
    """The claim's mood as a statement's is read: a plan of an undertaking ("sẽ tiếp tục phối
    hợp", will keep working with; "duy trì cấp", will go on granting) says it holds now, a fact,
    as the statement's plan word before an undertaking does (parse._read_continuation), and that
    it goes on, a plan: it meets a statement `stated` in either mood ("plans to offer 150 a
    year" is refuted by it as "offers 150 a year" is)."""
    if claim.modality == "plan" and claim.predicate in undertakings() and stated in FACT_OR_PLAN:
        return stated
    return claim.modality


def decide_claim(
    claim: ClaimView,
    stated: Stated,
    conflict: Grounds | None = None,
    unsure: Grounds | None = None,
    time: Grounds | None = None,
    before: Grounds | None = None,
) -> Outcome:
    """Polarity and mood, after key, value and time have been weighed: `conflict` is a value,
    object or date the claim excludes on the same key (rule `time-outside` for a date),
    `unsure` a figure the claim neither implies nor excludes, `time` a date it leaves open.

    A plan or a wish for an act the claim shows done before the time the statement speaks of
    (`stated.done`: done once for its key, on its occasion) contradicts it (`already-done`),
    as the state a speaker's intention says is still to come, given as held in his words,
    does (`still-to-come`: `stated.to_come`); otherwise a plan or a wish against a fact (or
    the reverse) is open (`mood`); a plan denied against a wish affirmed (or the reverse)
    contradicts it, as either denied against itself does. A conflict is a contradiction when
    statement and claim have the same polarity; a denied conflict ("did not give 500
    million") is open, unless the denying verb gives the new value ("cut to 100").
    Otherwise a negated statement of an affirmed claim contradicts it (`negated`), an affirmed
    statement of a denied claim too (`denied`; `denied-before` with `before`, the statement's
    date wholly before the day a lasting state is denied), if it asserts the predicate at all."""
    if stated.negated and stated.denies_other_verb:
        return Outcome(
            "open", Grounds("denies-other-verb", claim, text=stated.cue, label=stated.label)
        )
    if stated.mood == "possible" and stated.negated:
        # "may skip the meeting", "có thể sẽ không sang Mỹ": what only may not be is not
        # refuted by what was done or planned (tests/test_possible_mood.py)
        return Outcome("open", Grounds("mood", claim, moods=(claim.modality, stated.mood)), "mood")
    if stated.mood == "possible":
        # "could become a hub": an ability or a chance said affirmed, as the act is weighed
        stated = replace(stated, mood="fact")
    if stated.goes_on:
        # Whether said or denied, acts to come are no act the claim's occasion shows.
        return Outcome("open", Grounds("goes-on", claim, label=stated.label))
    denied = claim.polarity == "denied"
    if stated.negated and (stated.ends_entered or (stated.left and denied)):
        return Outcome("open", Grounds("ends-entered", claim, text=stated.cue, label=stated.label))
    mood = claim_mood(claim, stated.mood)
    if mood == "plan" and stated.mood == "ready" and not stated.negated:
        # "Vietnam is ready to join as a founding member", of the plan to: one who plans an
        # act is ready for it; readiness is no plan, so the reverse stays open (`mood`)
        mood = "ready"
    if (
        stated.negated
        and not denied
        and stated.mood != mood
        and {stated.mood, mood} <= UNDONE
        and conflict is None
        and unsure is None
        and time is None
    ):
        # "had no plans to visit Vietnam" of a wish to visit it, "không muốn thăm" of a plan:
        # an intention denied is refuted by one affirmed, whichever of the two moods each is.
        return Outcome("contradicts", Grounds("negated", claim, text=stated.cue), denial=True)
    if (
        stated.done
        and stated.mood in INTENTIONS
        and mood == "fact"
        and not stated.negated
        and not denied
        and unsure is None
        and (conflict is None or conflict.rule == "time-outside")
    ):
        # "Orbán says Hungary will soon approve its $400m ODA" of the approval done: a plan or
        # a wish for what was done once and for all says it is still to come, and the sources
        # show it done by then. Its date after the act's is the point, not a conflict.
        moods = (mood, stated.mood)
        return Outcome("contradicts", Grounds("already-done", claim, moods=moods), "done")
    if (
        stated.to_come
        # said to hold, not named in passing ("progress in talks on the trade agreement")
        and stated.asserted
        and mood in INTENTIONS
        and stated.mood == "fact"
        and not stated.negated
        and not denied
        and conflict is None
        and unsure is None
        and time is None
    ):
        # "Hagerty said the trade deal had been signed" of his expecting it soon: the mirror
        # of `already-done`, his own words on that occasion say it is still to come.
        moods = (mood, stated.mood)
        return Outcome("contradicts", Grounds("still-to-come", claim, moods=moods), "done")
    if stated.mood != mood:
        return Outcome("open", Grounds("mood", claim, moods=(mood, stated.mood)), "mood")
    if conflict is not None:
        why = "time" if conflict.rule == "time-outside" else "value"
        # "trims the scholarships to 100 a year": a verb of change gives the new value,
        # which conflicts whatever it says of the old one.
        changed_to = why == "value" and stated.figure and stated.changes
        if stated.negated != denied and not changed_to:
            return Outcome("open", replace(conflict, negated=True))
        return Outcome("contradicts", conflict, why)
    if unsure is not None:
        return Outcome("open", unsure)
    if time is not None:
        return Outcome("open", time, "time")
    if stated.negated and not denied:
        if stated.under_way_then:
            return Outcome("open", Grounds("under-way-then", claim, text=stated.cue))
        if stated.delay and not stated.delay_dated:
            # "postponed a call with Trump", "the Senate delayed the resolution": put off once,
            # which an act done on another occasion, or later, does not rule out
            return Outcome("open", Grounds("delayed", claim, text=stated.delay))
        return Outcome("contradicts", Grounds("negated", claim, text=stated.cue), denial=True)
    if denied and not stated.negated:
        if not stated.asserted:
            # Named in passing ("talks on the reciprocal trade agreement"), not asserted.
            return Outcome("open", Grounds("denied-unsaid", claim))
        if stated.object_unnamed:
            # "Hegseth signed an agreement": that one agreement was not concluded says nothing
            # of another the statement may mean.
            return Outcome("open", Grounds("denied-unnamed", claim))
        return Outcome("contradicts", before or Grounds("denied", claim), denial=True)
    if denied and stated.delay:
        # "postponed the trade deal", "chưa ký được như dự kiến" of a claim that it was not
        # concluded: not done, but the schedule it was moved from, and who moved it, no claim
        # gives. An act the claims show done on the day the statement gives still refutes a
        # delay (`negated` above); undated, it does not.
        return Outcome("open", Grounds("delayed", claim, text=stated.delay))
    return Outcome("supports", Grounds("borne-out", claim))


def later_than(claim: ClaimView, ended: dt.date | None) -> bool:
    """Whether a statement set after an event ("after the trip", "sau chuyến đi", "since the
    summit") that ended on `ended` (None: an event the claims do not date) speaks of a time
    later than the claim's state: one held, or not yet, on or before the event's last day may
    have changed since, so it refutes nothing of that later time."""
    return ended is None or claim.time_end is None or claim.time_end <= ended


def done_after(claim: ClaimView, ended: dt.date | None) -> bool:
    """Whether the claim shows its act done after an event that ended on `ended` (None: one the
    claims do not date), as a statement set after the event says ("After the summit, the two
    upgraded ties"): from a later day than its last. An act dated that day, before it, or only
    "before" a date may have come first, so it does not bear out the order."""
    return (
        ended is not None
        and claim.time_start is not None
        and claim.time_start != dt.date.min
        and claim.time_start > ended
    )


def done_before(claim: ClaimView, date: DateSpan | None) -> bool:
    """Whether the claim shows its act done before the time the statement speaks of: before the
    first day of the statement's date ("will hold its 14th Congress in March 2026" of a
    congress held before February), or, where the statement gives none, "before" a date its
    source gives (the time the source speaks of, so done by the sources' present). A claim dated
    on its own days ("in September 2023") says nothing of when an undated statement speaks; a
    date without a year places nothing."""
    if claim.time_end is None:
        return False
    if date is None:
        return claim.time_start == dt.date.min
    return date.year_known and claim.time_end < date.first


def combined(verdicts: Sequence[str]) -> str:
    """The verdict of a statement from its parts' (or clauses'): contradicted if any is,
    supported only if every one is, else not enough info."""
    if CONTRADICTED in verdicts:
        return CONTRADICTED
    if verdicts and all(v == SUPPORTED for v in verdicts):
        return SUPPORTED
    return NEI


def unread_details(
    loose: Sequence[tuple[str, int, int]],
    said: Collection[str],
    glosses: Callable[[tuple[str, ...]], Sequence[tuple[str, ...]]],
    gap: Callable[[int, int], bool],
    names: Sequence[tuple[int, int]] = (),
    words: Sequence[tuple[str, int, int]] = (),
    marked: Mapping[tuple[int, int], Collection[str]] = MappingProxyType({}),
) -> list[tuple[int, int]]:
    """The statement's words that nothing accounts for, as (start, end) runs of adjacent words.

    `loose` are the words no phrase of the vocabulary or lexicons read and no filler (folded key,
    start, end); `said` the folded words of the deciding claims (their sources' sentences,
    names and labels) and their phrases (`said_phrases`). A word is accounted for when the
    claims say it, or say one of what `glosses` gives for it (an English word in a Vietnamese
    source: "students", "sinh viên"); so are adjacent words whose phrase `glosses` gives for
    ("vun đắp": "xây dựng"), the longest first. Such a phrase is sought among all the
    statement's `words` (`loose` where none are given), fillers too: without diacritics the
    "danh" of "danh dau" (đánh dấu) folds like the filler "dành", and is no loose word. A gloss
    of several words is said only where one sentence says them together: "thường kỳ" is not
    "thường" in one sentence and the "Kỳ" of "Hoa Kỳ" in another. `gap(a, b)` tells whether only
    a space or a hyphen stands between two words, which then make one run ("closed-door"). A
    word left over is a detail the statement adds: not supported. The loose words of each of
    `names` (an unknown name's run of capitalised words: ParsedStatement.name_runs) are
    accounted for only together, by claims that say the whole run or what `glosses` gives for
    it: "Bo Cong" is not the "Bộ" of "Bộ Ngoại giao" and the "công" of "công tác". The words
    of `marked` ((start, end): the word as marked_key writes it, or what else says it) are said
    only with their marks (said_words): the "dựng" of "xây dựng", build, does not say "dừng",
    stop."""

    def says(keys: tuple[str, ...]) -> bool:
        return any(PHRASE_JOINER.join(g) in said for g in glosses(keys))

    runs: list[tuple[int, int]] = []
    for lo, hi in names:
        keys = tuple(k for k, s, e in loose if lo <= s and e <= hi)
        # the whole run, in the sources' words too ("Middle East": "Trung Đông")
        if PHRASE_JOINER.join(keys) not in said and not says(keys):
            runs.append((lo, hi))
    loose = [w for w in loose if not any(lo <= w[1] and w[2] <= hi for lo, hi in names)]
    spoken = _glossed_phrases(words or loose, says, gap)
    for key, start, end in loose:
        if any(lo <= start and end <= hi for lo, hi in spoken):
            continue
        if any(k in said for k in marked.get((start, end), (key,))) or says((key,)):
            continue
        runs.append((start, end))
    # adjacent pieces in text order make one run: a name's run may stand after a word
    merged: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        if merged and merged[-1][1] <= start and gap(merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _glossed_phrases(
    words: Sequence[tuple[str, int, int]],
    says: Callable[[tuple[str, ...]], bool],
    gap: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """(start, end) of each run of two to GLOSSED_WORDS adjacent `words` whose phrase the
    claims say through a gloss, the longest first, not overlapping (unread_details)."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        phrase = 1
        while (
            i + phrase < len(words)
            and phrase < GLOSSED_WORDS
            and gap(words[i + phrase - 1][2], words[i + phrase][1])
        ):
            phrase += 1
        n = next(
            (n for n in range(phrase, 1, -1) if says(tuple(k for k, _, _ in words[i : i + n]))),
            0,
        )
        if n:
            found.append((words[i][1], words[i + n - 1][2]))
            i += n
        else:
            i += 1
    return found


# The most words of one glossed phrase ("dày công vun đắp").
GLOSSED_WORDS = 4
# The most words of one gloss ("người Việt Nam ở nước ngoài"), and what joins them in `said`.
GLOSS_WORDS = 6
PHRASE_JOINER = " "


def said_words(text: str) -> set[str]:
    """What one sentence (or name) of the claims says, as unread_details weighs it: its folded
    words, their phrases (`said_phrases`), and each word written with marks as written
    (marked_key), so that a statement's marked word is not said by another word of the same
    fold."""
    found = tokenize(text).words()
    keys = [key for key, _, _ in found]
    marked = {marked_key(text[s:e]) for _, s, e in found if has_marks(text[s:e])}
    return {*keys, *said_phrases(keys), *marked}


def said_phrases(keys: Sequence[str]) -> set[str]:
    """The phrases of one sentence's folded words `keys` a gloss may name (unread_details): each
    run of two to GLOSS_WORDS adjacent words, joined."""
    return {
        PHRASE_JOINER.join(keys[i : i + n])
        for n in range(2, GLOSS_WORDS + 1)
        for i in range(len(keys) - n + 1)
    }


def count_holds(
    n: int,
    low: float | None,
    high: float | None,
    low_open: bool = False,
    high_open: bool = False,
) -> bool:
    """Whether `n` parties fall inside a count said of them: a number ("nine leaders") or a
    bound whose end is shut ("at least nine") or open ("more than nine" is not nine)."""
    above = low is None or low < n or (low == n and not low_open)
    return above and (high is None or n < high or (n == high and not high_open))


def fewer_than_named(
    high: float | None, named: int, one_occasion: bool, high_open: bool = False
) -> bool:
    """Whether a count of the parties of an act ("met 8 leaders", "ba thủ tướng", "fewer than
    nine") is refuted: at most `high` (below it, if `high_open`), below the `named` parties the
    claims give it, all of `one_occasion` (one event on one date). A count above what they name
    is open: the absence of a claim never contradicts, and the sources may not list everyone;
    one over several occasions may count one of them."""
    if not one_occasion or high is None:
        return False
    return high < named or (high == named and high_open)


def more_than_listed(low: float | None, listed: int, low_open: bool = False) -> bool:
    """Whether a count of the parties of one occasion ("met a dozen leaders on the morning of
    Feb 19", "hơn 9 lãnh đạo") is refuted by a source that lists them all in one sentence
    (World.listed_whole): at least `low` (above it, if `low_open`), above the `listed`
    parties. A list's whole is what the source says the occasion had, as a figure it gives
    would be."""
    return low is not None and (low > listed or (low == listed and low_open))
