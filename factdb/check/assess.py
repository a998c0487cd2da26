"""One claim against one predicate of a statement (Finding): whether the statement's reading of
the predicate is the claim's (its parties bound to the verb, its roles stated or replaced, the
order of its parties), and then whether its value, time, place, polarity and mood agree
(rules.decide_claim). Words given to a speaker are weighed first (assess_said).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from factdb.check import relative, scope, topic_years, topics, windows
from factdb.check.assertions import (
    BREAKS,
    PEOPLE,
    Predication,
    decompose,
    definite_group,
    indefinite,
    plural_holders,
    unknown_holders,
)
from factdb.check.clocks import names_a_clock
from factdb.check.findings import Context, Finding, turned
from factdb.check.light_verbs import receipt_words, receiving_verbs
from factdb.check.marks import mark_predicates
from factdb.check.occasion import announced_by, encounter_named
from factdb.check.parse import AGENT_REACH
from factdb.check.rates import as_yearly
from factdb.check.rules import (
    INTENTIONS,
    OCCASION,
    PHRASE_JOINER,
    Grounds,
    Stated,
    TimeCheck,
    compare_time,
    compare_value,
    counted_from,
    decide_claim,
    done_before,
    fixes_holder,
    in_order,
    is_former,
    marked_in,
    of_now,
    order_above,
    other_time,
    partly_held,
    party_of,
    within,
)
from factdb.check.rules import same_occasion as same_occasion_of
from factdb.check.stance import (
    COPULAS,
    EXCHANGED,
    StanceReading,
    acts_beside,
    cleft,
    felt,
    implies,
    listed_beside,
    said_from,
    speaker_rule,
    spoken_to,
    voiced,
)
from factdb.check.stance_words import stance_cues
from factdb.check.statement import Mention, ParsedStatement, phrases_at
from factdb.check.wording import POSSESSIVES, list_joiners
from factdb.check.world import (
    ANNOUNCING_TYPES,
    CITY,
    CONTENT_TYPES,
    COUNTRY,
    PERSON,
    PLACE_ROLES,
    PLACES,
    ROLE_TYPE,
    World,
)
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import glossed, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import EVENT, OFFICE_TENSES, PredicateInfo
from factdb.records import dataclass, replace
from factdb.store.claims import ClaimView
from factdb.store.intervals import Interval
from factdb.text.covered import overlaps
from factdb.text.covered import within as spanned
from factdb.text.sentences import CLAUSE_BREAKS, SENTENCE_ENDS
from factdb.text.tokens import phrase_spans


def led(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement has a country do what the claim's person did where he holds
    that country's office ("Vietnam accepted Trump's invitation", "Việt Nam từ chối lời
    mời" of Tô Lâm's acceptance: World.countries_of), as a country after the verb stands for him
    (accounting.unaccounted)."""
    if claim.subject in ctx.mentioned or world.type(claim.subject) != PERSON:
        return False
    doers = {
        a
        for p in ctx.predications
        if p.predicate == pred.id and p.agent_kind == "place"
        for a in p.agents
    }
    return bool(doers) and bool(doers & world.seats(claim.subject))


def leads(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement has a person do what the claim's country did while he spoke for
    it (World.led_then), the country unnamed: "Lam refused to join the Board of Peace",
    "Tổng Bí thư Tô Lâm không tham gia Hội đồng Hòa bình" of Vietnam's founding membership.
    The mirror of `led`, where the country stands for its leader."""
    if claim.subject in ctx.mentioned:
        return False
    return any(
        world.led_then(a, claim)
        for p in ctx.predications
        if p.predicate == pred.id
        for a in p.agents
    )


def led_to(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement has the act done to a country where the claim's other party, a
    person, holds that country's office ("Trump invited Vietnam to join the Board of Peace",
    "mời Việt Nam tham gia Hội đồng Hòa bình" of his invitation to Tô Lâm): the country the
    verb binds after it stands for him, as one before it stands for the doer (led)."""
    party = party_of(claim)
    if party is None or party in ctx.mentioned or world.type(party) != PERSON:
        return False
    bound = {e for p in ctx.predications if p.predicate == pred.id for e in p.patients}
    return bool(bound & world.seats(party))


def spoken_for(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the claim's subject is the speaker's own side (a country where the claims give
    him an office, now or before, or whose name is inside the body he holds or held one in:
    World.countries_of), and the statement gives the words to that speaker: "Lam said defence
    cooperation has become a pillar of the relations" states what Tô Lâm said of Vietnam's side
    without naming Vietnam, "'We will keep granting 200 scholarships a year,' Orbán said" what
    Orbán said of Hungary's, "Leahy said the war-legacy funding continues to this day" what the
    former senator said of his country's; of a relation, his side may be its counterparty. Any
    other country named
    stays a name the claim must account for. Of an act
    (a predicate whose parties have an order), no one but the speaker, his side and the one
    spoken to may be named before its verb, outside the words that attribute it: "Orbán said
    Vietnam approved $400m of ODA" gives the act to another party."""
    reading = ctx.stance
    if (
        claim.speaker is None
        or reading is None
        or reading.speaker != claim.speaker
        # a view turned round refutes only on the claim's occasion, which a statement naming
        # no party of it does not fix ("Tổng Bí thư bác bỏ đề nghị tăng cường hợp tác nghị
        # viện": someone else's proposal, perhaps)
        or reading.turned
        or reading.unsaid
        or claim.subject in ctx.mentioned
    ):
        return False
    # a former office still says whose side he speaks of (World.sides): a former senator's
    # words are his country's ("Leahy said the war-legacy funding goes on to this day": the US's)
    own = world.seats(claim.speaker) | world.sides(claim.speaker)
    if pred.symmetric:
        # of a relation either side is its subject: "Hagerty said the two sides had made
        # significant progress" of Vietnam's view with the US, his side, as counterparty
        return claim.subject in own or claim.qualifier("counterparty") in own
    if claim.subject not in own:
        return False
    verb = min((t.start for t in ctx.parsed.triggers if t.target == pred.id), default=None)
    if verb is None:
        return False
    said = reading.spans
    allowed = own | {claim.speaker, claim.qualifier("addressee")}
    return not any(
        m.start < verb and not spanned(m.start, m.end, said)
        for eid, ms in ctx.positions.items()
        if eid not in allowed
        for m in ms
    )


def act_amount(pred: PredicateInfo, q: Quantity, claimed: Interval) -> Quantity:
    """`q` as a claim of `pred` reads it: an ambiguous comparator said of an act done once
    (a value or an occasion) that the claim gives an amount ("Hungary clears $400m in ODA"
    approves it) is the act's verb, and the amount is as stated; of a series ("trade cleared
    $1bn") or a threshold the claim says was passed it is a comparator."""
    exact = claimed.low is not None and claimed.low == claimed.high
    if q.ambiguous and exact and pred.time_role in ("value", OCCASION):
        return q.as_stated()
    return q


def assess_readings(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> Finding:
    """The claim against every reading of the statement's numbers and dates for `pred`: it
    supports if one reading fits, and contradicts only if every reading conflicts."""
    order = {"supports": 0, "open": 1, "irrelevant": 2, "contradicts": 3}
    best: Finding | None = None
    borne = False
    for quantity in ctx.quantities.get(pred.id) or [None]:
        for date in ctx.dates.get(pred.id) or [None]:
            finding = assess_said(world, pred, claim, ctx, quantity, date)
            finding.quantity, finding.date = quantity, date
            borne = borne or finding.day_part_borne
            if best is None or order[finding.outcome] < order[best.outcome]:
                best = finding
    assert best is not None
    # the part of the day is borne out if one reading bears it out, whichever decides
    best.day_part_borne = borne
    return best


def aside(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether `assess` finds the claim irrelevant under every reading of the statement, told
    by a few look-ups before it is weighed (most claims retrieved are another party's): a
    fact (no speaker: what someone said is read against the speaker, assess_said) whose
    parties the statement does not turn round (turned_order), and

    - whose subject it does not state (names_stated), with no other party named
      (other_party_named), nor the claim's single-holder office where it is held, which a
      holder named in the subject's place would refute (single_holder); or
    - whose subject it names, with another name of the kind of one of the claim's other
      parties in that party's place (alternative), a place excepted (whose stand-ins depend
      on the words before them): another counterparty, office or occasion (other_slice).

    Only whether the verb binds other parties (`unbound`) is left to ask of such a claim: the
    finding would say so, and the judge lists those claims where nothing decides the verb."""
    if claim.speaker is not None or turned_order(pred, claim, ctx):
        return False
    mentioned = names_stated(world, pred, claim, ctx)
    if claim.subject not in mentioned:
        return not other_party_named(
            world, pred, claim, ctx, mentioned
        ) and not single_office_named(world, claim, ctx)
    others = mentioned - claim.entities() - others_titles(world, claim, ctx)
    return bool(others) and any(
        role not in PLACE_ROLES
        and eid not in mentioned
        and alternative(world, role, eid, others, pred, ctx, claim) is not None
        for role, eid in claim.qualifiers
    )


def assess_said(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    quantity: Quantity | None,
    date: DateSpan | None,
) -> Finding:
    """A claim judged as `_assess_said` does, but one that does not give the view the words said
    give to someone else ("Hagerty told Lam that Vietnam wants ...", of Hagerty's own wish; a
    partnership's level, which is no one's view of it) bears none of it out; nor does a fact
    no one is said to have stated bear out a word said not to have been given."""
    finding = _assess_said(world, pred, claim, ctx, quantity, date)
    reading = ctx.stance
    if reading is None:
        return finding
    if (
        reading.unsaid
        and claim.speaker is None
        and (
            finding.outcome == "supports"
            or (finding.grounds is not None and finding.grounds.moods == ("plan", "fact"))
        )
        # "will not commit to ...": a refusal still to come
        and scope.stance_mood(ctx) == "fact"
        and own_plan_told(world, claim, ctx, ctx.mentioned - ctx.ambiguous)
    ):
        # "Orbán declined to commit to a visit to Vietnam", of his telling Lam he would visit:
        # the plan is his word, given at that encounter; what a word undertakes is to come,
        # so its content, said as a fact ("commit to visiting"), is the plan
        return Finding(
            claim,
            "contradicts",
            Grounds("unsaid", claim, reading=reading),
            finding.same_key,
            why="speaker",
            day_part_borne=finding.day_part_borne,
            covers=frozenset({reading.speaker}),
        )
    if finding.outcome != "supports":
        return finding
    if reading.unsaid and claim.speaker is None:
        # "Hungary did not promise to approve the ODA": a word not given is not the fact it
        # would have been about, nor refuted by it
        grounds = Grounds("unsaid-fact", claim, reading=reading)
    elif holds(world, claim, reading):
        return finding
    else:
        grounds = Grounds("other-holder", claim, reading=reading)
    borne = finding.day_part_borne
    return Finding(claim, "open", grounds, finding.same_key, why="speaker", day_part_borne=borne)


def announced_fact(world: World, claim: ClaimView) -> bool:
    """Whether the claim is a fact a body's announcement reports (a ministry that "said" it,
    ANNOUNCING_TYPES), which the sources state as the body's report, not as its view: borne out
    for a statement that gives it to no one, as a fact the article states would be."""
    return (
        claim.speaker is not None
        and claim.stance == "said"
        and world.type(claim.speaker) in ANNOUNCING_TYPES
    )


def holds(world: World, claim: ClaimView, reading: StanceReading) -> bool:
    """Whether `claim` gives the view to each one the words said give a view of their own
    (StanceReading.held): a claim of what they, or one who speaks for them, said; a fact no one
    is said to have stated (a partnership's level) only where the statement's speaker speaks
    for them ("Lam said Vietnam values ...")."""
    if claim.speaker is not None:
        said = {claim.speaker}
    else:
        said = {reading.speaker, *reading.others}
        said |= {h for s in said if world.type(s) == ROLE_TYPE for h in world.holders(s)}
    return all(h in said or any(h in _sides(world, s) for s in said) for h in reading.held)


def both_sides(reading: StanceReading, ctx: Context) -> tuple[str, ...]:
    """The sides one word for both of them names as the speakers ("Hai bên vui mừng ...",
    persons.py: a mention of each side's country at the reading's start), else none."""
    said = (reading.speaker, *reading.others)
    if not reading.others:
        return ()
    at = {e for m in ctx.parsed.entities if m.start == reading.start for e in m.ids}
    return said if set(said) <= at else ()


def sided(world: World, side: str, claim: ClaimView) -> bool:
    """Whether the claim's speaker is `side`'s in words its source gives to both sides of his
    exchange ("Hai bên bày tỏ vui mừng ..." of Tô Lâm's call with Senator Hagerty): he holds an
    office there (World.seats), and the source's word for both sides opens the words
    (World.done_by_people). A senator speaks for no country alone, but he is one side of his
    own exchange."""
    return (
        claim.speaker is not None
        and side in world.seats(claim.speaker)
        and world.done_by_people(claim, "group")
    )


def _sides(world: World, who: str) -> set[str]:
    """Whom `who` speaks for, or who speaks for him, and where he holds an office now with its
    country ("Daines said the US sees ...": a senator's own side)."""
    return world.voices(who) | world.seats(who)


def _assess_said(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    quantity: Quantity | None,
    date: DateSpan | None,
) -> Finding:
    """A claim of what someone said (factdb.check.stance): its content decides only when the
    statement gives it to the same speaker with a stance the claim bears out; given to
    another party of the same exchange, where the sources say only the claim's speaker took
    it, content that would be borne out in the claim's speaker's mouth is contradicted."""
    if claim.speaker is None:
        return assess(world, pred, claim, ctx, quantity, date)
    reading = ctx.stance
    if reading is None and ctx.voiced is not None:
        # "Các nhà lãnh đạo nhấn mạnh ...": each member's words are read as his, in the place
        # of the people the statement does not name (the judge keeps only those whose source
        # gives them to such a group: World.done_by_people)
        reading = replace(ctx.voiced[1], speaker=claim.speaker)
        group = replace(ctx, stance=reading, voiced=None)
        return assess_said(world, pred, claim, group, quantity, date)
    if reading is None:
        if announced_fact(world, claim):
            # "Hanoi and Washington keep up regular dialogue mechanisms", of what the Foreign
            # Ministry's announcement reports: a ministry states facts, not views of its own
            return assess(world, pred, claim, ctx, quantity, date)
        # What someone said is not a fact the sources state: it decides attributed words only.
        return Finding(claim, "irrelevant", None)
    title = world.type(reading.speaker) == ROLE_TYPE
    if title and claim.speaker in world.holders(reading.speaker):
        # "Tổng Bí thư khẳng định ...": the title stands for the claim's speaker.
        finding = assess_said(
            world,
            pred,
            claim,
            replace(ctx, stance=replace(reading, speaker=claim.speaker)),
            quantity,
            date,
        )
        finding.covers |= {reading.speaker}
        return finding
    stood = None if title else voiced(reading, claim.speaker, world.voices)
    if stood is None and not title:
        stood = next((s for s in both_sides(reading, ctx) if sided(world, s, claim)), None)
    if stood is not None:
        # "Jakarta wants ...", of what President Prabowo wished: the country speaks through
        # its leader, and its leader for it (factdb/lexicon/world/voices.yaml).
        others = tuple(claim.speaker if o == stood else o for o in reading.others)
        speaker = claim.speaker if reading.speaker == stood else reading.speaker
        # The one spoken for is named through its voice, and a person speaking for it names
        # no one else ("Macinka sees Vietnam as its gateway": the Czech Republic's, not
        # his); a country may still be what is said of ("the Hungarian leader said Hungary").
        voice = {stood} if world.type(stood) == PERSON else set()
        as_said = replace(
            ctx,
            stance=replace(reading, speaker=speaker, others=others),
            mentioned=ctx.mentioned - voice | {claim.speaker},
        )
        finding = assess_said(world, pred, claim, as_said, quantity, date)
        finding.covers = frozenset({stood})
        return finding
    # the speaker's own side is no other party: the places where they hold an office now
    rule = "other" if title else speaker_rule(reading, claim, world.places(claim.speaker))
    if rule == "other-stance" and stance_in_spans(world, claim, ctx.parsed, reading):
        # "Ông Leahy tự hào là ...", of "Ông nhấn mạnh niềm tự hào khi là ...": the stance the
        # statement gives is in the speaker's own words the claim quotes, though the claim
        # files them under another
        rule = "same"
    if rule == "other-stance" and expects_planned(claim, ctx.parsed, reading):
        # "Hagerty kỳ vọng hai nước sẽ sớm hoàn tất ...", of his confidence that they will: an
        # expectation of an act to come is his belief in it, no wish and no act done
        reading = replace(reading, stance="regarded")
        ctx = replace(ctx, stance=reading)
        rule = "same"
    if (rule == "unsaid" and ctx.parsed.modality != "fact") or (
        rule == "turned-stance" and scope.stance_mood(ctx) != "fact"
    ):
        # "Tô Lâm sẽ phê phán ...", "will not pledge": a turn, or a refusal, planned or wished is
        # not yet taken. A turn's mood is its own words': what it falls on may be a plan ("doubted
        # the deal would be concluded soon" of his confidence that it would be), weighed as the
        # claim's content is
        rule = "other"
    if rule in ("turned-stance", "unsaid") and listed_beside(
        ctx.parsed, claim.object or "", claim.entities()
    ):
        # "refused to commit to supporting a strong, independent, self-reliant, peaceful
        # Vietnam": the refusal may fall on the quality the claim's view leaves out
        rule = "other"
    if rule == "other-party" and not exchange_named(world, claim, ctx, date):
        # "Washington affirmed its commitment to Vietnam", of what Lam stressed to Daines: the
        # words given to a party of the exchange with nothing of that exchange may be his own
        # on another occasion
        rule = "other"
    if rule == "other-party" and told_back(world, claim, ctx):
        # "Hagerty told Lam that Vietnam pursues an independent foreign policy", of Lam's own
        # words to Hagerty: the sources give what Lam said of his country, not that Hagerty
        # did not say it back to him
        rule = "other"
    if rule == "same":
        finding = assess(world, pred, claim, ctx, quantity, date)
        mood = scope.stance_mood(ctx)
        if mood == "fact" and finding.outcome == "irrelevant":
            return other_thanked(world, pred, claim, ctx, date) or finding
        if mood == "fact" or finding.outcome == "irrelevant":
            return finding
        # "Tô Lâm sẽ đánh giá cao ...": a stance planned or wished is not the stance said
        grounds = Grounds("mood", claim, moods=(claim.modality, mood))
        borne = finding.day_part_borne
        return Finding(claim, "open", grounds, finding.same_key, why="mood", day_part_borne=borne)
    if rule in EXCHANGED:
        # The two parties exchanged: "Leahy thanked Lam for his contributions", read as the
        # claim's speaker would have said it, is "Lam thanked Leahy for his contributions".
        # A stance turned round ("Lam criticised ...") is read as the claim's own speaker's.
        # So is a saying denied ("Daines did not pledge to ..."): the words are his or none.
        own = rule in ("turned-stance", "unsaid")
        as_said = ctx if own else exchanged(ctx, reading.speaker, claim.speaker)
        finding = assess(world, pred, claim, as_said, quantity, date)
        # the words are the claim's only where they name what it is about, its event or its
        # view (which may hold the event's name): "Hanoi remains committed to an independent
        # foreign policy" is no undertaking on war legacies
        about = {claim.qualifier("event"), claim.object} - {None}
        if finding.outcome == "supports" and (not about or about & ctx.mentioned):
            grounds = Grounds(rule, claim, reading=reading)
            borne = finding.day_part_borne
            # the one the words are given to is the one the claim refutes, a party of its
            # exchange or not ("It was Hagerty who told Lam ...", of Daines' words: picks_out)
            return Finding(
                claim,
                "contradicts",
                grounds,
                finding.same_key,
                why="speaker",
                day_part_borne=borne,
                covers=frozenset({reading.speaker}),
            )
        if rule == "turned-stance" and finding.outcome == "contradicts":
            # "Lam criticised Washington for sidelining ASEAN", of his welcoming its regard for
            # ASEAN's central role: what he finds fault with is his own account of it, which the
            # claim's content refutes, as "Lam said ..." would be
            return finding
        rule = "other"
    finding = assess(world, pred, claim, ctx, quantity, date)
    if finding.outcome == "irrelevant":
        return finding
    if rule == "other-stance" and finding.outcome == "contradicts":
        # "Hagerty affirmed the US would stop cooperating", of his saying it would go on: his
        # own words refute the content, whatever verb gives it to him
        return finding
    rule = "other-stance" if rule == "other-stance" else "other-speaker"
    grounds = Grounds(rule, claim, reading=reading)
    borne = finding.day_part_borne
    return Finding(claim, "open", grounds, finding.same_key, why="speaker", day_part_borne=borne)


def _named_in_stance(ctx: Context, reading: StanceReading, who: str) -> bool:
    """Whether the statement names `who` outside the acts told beside the speaker's words
    (stance.acts_beside): from each such act's trigger to the speaker's verb is that act's."""
    acts = [(t.start, reading.end) for t in acts_beside(ctx.parsed, reading)]
    return any(
        who in m.ids and not any(s <= m.start < e for s, e in acts) for m in ctx.parsed.entities
    )


def other_thanked(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> Finding | None:
    """ "Lam thanked Hagerty for pushing the 30th-anniversary resolution through", of the thanks
    the sources give Lam for it, to Daines alone on that occasion: a contradiction. A felt
    stance (thanked, praised) taken by its speaker alone (`sole_speaker`) for one event's
    deed (its `event`, the deed its object, which the statement names) went to one person:
    another person named in his place, where the statement names no one else the claim does
    not have, got no thanks for it there. A thanks for no event ("for his contributions")
    may have gone to anyone too, and one dated outside the claim's days ("Năm 2025, ...") is
    another occasion's; None then, and wherever that does not hold. The event must be named
    (`deed_named`): "for pushing the Senate to pass a resolution" may be thanks for another
    resolution, or for the same one on another senator's call."""
    if (
        not claim.sole_speaker
        or not felt(claim.stance or "said")
        or not deed_named(world, claim, ctx)
        or world.type(claim.subject) != PERSON
        or ctx.parsed.negation is not None
        or claim.polarity != "affirmed"
        or (date is not None and not time_of(world, pred, claim, ctx, date)[0].fits)
    ):
        return None
    said = parties(world, pred, claim, ctx)
    if said is None or "subject" not in said.replaced:
        return None
    other = said.replaced["subject"]
    # the one thanked is the one spoken to: the addressee it names is the same person
    if world.type(other) != PERSON or any(e != other for e in said.replaced.values()):
        return None
    # a title is its holder's, checked as an office of its own ("Sen. Hagerty", "TBT")
    if any(e != other and world.type(e) != ROLE_TYPE for e in said.others):
        return None
    # named only as the party of an act told before the speaker's verb ("Tô Lâm điện đàm với
    # ông Hagerty và đánh giá cao việc Thượng viện thông qua nghị quyết ..."), he is not the
    # one thanked: the praise may be of the deed alone
    if ctx.stance is not None and not _named_in_stance(ctx, ctx.stance, other):
        return None
    # only one he spoke with that day, whose exchange the sources report too ("Hagerty", the
    # other call of 18 February): thanks to anyone else ("Hegseth", "Leahy", a day later) may
    # have been given on an occasion the sources do not report
    if not world.met_that_day(claim.speaker or claim.subject, other, claim.time_start):
        return None
    finding = Finding(claim, "contradicts", Grounds("other-thanked", claim, other=other), True)
    finding.covers = frozenset({other})
    return finding


def told_back(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement has someone tell the claim's own speaker (stance.spoken_to) what
    the claim says he said of his own country alone: the other side may grant a country its own
    course to its leader. A view of the ties between the two ("a model of reconciliation") or
    a speaker's pledge of his own ("he is committed") stays his words alone."""
    if claim.qualifier("counterparty") is not None:
        return False
    if claim.subject not in world.sides(claim.speaker):
        return False
    assert ctx.stance is not None
    mentions = [m for ms in ctx.positions.values() for m in ms]
    return claim.speaker in spoken_to(ctx.parsed.text, ctx.stance, mentions)


def deed_named(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement names both the deed a claim's stance is about (its object) and
    the event of that deed, on its own or inside the deed's phrase ("getting the Senate to pass
    the 30th-anniversary resolution")."""
    event = claim.qualifier("event")
    if event is None or claim.object not in ctx.mentioned:
        return False
    if event in ctx.mentioned - ctx.ambiguous - ctx.loose:
        return True
    said = ctx.positions.get(claim.object, [])
    return any(event in topics.named_within(m.text, world.vocab) for m in said)


def exchange_named(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the statement speaks of the exchange a claim of what someone said reports, so
    that words given to its other party are refuted there: it fixes it (exchange_fixed), or
    gives to a person who took part a stance taken in it ("Hun Manet proposed ..."), of what
    another person said there, where that exchange is the only one the claims give him
    (World.only_exchange): Tô Lâm, in an exchange with each senator and each leader, may have
    said the other side's words on an occasion the sources do not report. A country is no one
    who took part ("Washington affirmed ..."), and a wish is held, not only voiced once ("Lam
    hopes to see Vietnam strong"): either may be another occasion's. So is a country's view,
    given to a person ("Macinka said the Czech Republic is Vietnam's gateway to the EU", of
    Vietnam's view told to him): naming that country fixes nothing then, as it is as often
    what the words are about. A feeling shown
    ("Leahy welcomed the Trump administration's regard for ASEAN", of Lam's welcome of it to
    him) may be shown on any occasion, and words set off by a dash with no verb ("'...' -
    Senator Daines", StanceReading.bare) say whose they are, not where he said them: neither
    is a stance taken in the exchange unless the statement fixes it."""
    reading = ctx.stance
    assert reading is not None
    person = world.type(reading.speaker) == PERSON
    view = world.type(claim.speaker) != PERSON
    if exchange_fixed(world, claim, ctx, date, by_speaker=not (person and view)):
        return True
    taken = not implies(reading.stance, "wished") and not felt(reading.stance) and not reading.bare
    return (
        person
        and not view
        and taken
        and claim.speaker is not None
        and world.only_exchange(reading.speaker, claim.speaker, claim)
    )


def exchange_fixed(
    world: World, claim: ClaimView, ctx: Context, date: DateSpan | None, by_speaker: bool = True
) -> bool:
    """Whether the statement itself fixes the exchange a claim of what someone said reports: it
    names the claim's speaker (the other side of it: "Daines thanked Lam"; unless not
    `by_speaker`), its event or a date (which the claim's own then decides), or asks who took
    the stance it reports (a cleft: "It was Lam who was glad ...", stance.cleft)."""
    if (by_speaker and claim.speaker in ctx.mentioned) or date is not None:
        return True
    return windows.occasion_named(world, claim, ctx) or (
        ctx.stance is not None and cleft(ctx.stance)
    )


def exchanged(ctx: Context, said: str, speaker: str) -> Context:
    """The statement's context with the one it gives the words to (`said`) and the claim's
    speaker swapped: the statement read as the claim's speaker would have said it."""
    mentioned = ctx.mentioned - {said, speaker} | {speaker}
    positions = {**ctx.positions, speaker: ctx.positions.get(said, [])}
    if speaker in ctx.mentioned:
        mentioned.add(said)
        positions[said] = ctx.positions.get(speaker, [])
    else:
        positions.pop(said, None)
    return replace(ctx, mentioned=mentioned, positions=positions)


@dataclass(slots=True)
class Parties:
    """How the statement states each role of the claim (assess.parties): named, left unstated,
    or replaced by another entity that stands where the claim has its own."""

    roles: list[tuple[str, str]]  # (role, entity) of the claim, its subject first
    mentioned: set[str]  # what the statement names, with a subject it states without naming
    others: set[str]  # the names that are neither the claim's parties nor the speakers
    unstated: list[str]  # roles the statement does not state
    replaced: dict[str, str]  # role: the entity the statement gives in its place


def assess(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    quantity: Quantity | None,
    date: DateSpan | None,
) -> Finding:
    """The claim against one reading of the statement for `pred` (one `quantity`, one `date`),
    in the order its outcome is decided, each step a function below:

    1. `binding`: the verb binds other parties (irrelevant, `unbound`) or the claim's turned
       round (contradicts);
    2. `parties`: who the statement names in each of the claim's roles, or in its place;
       another holder of a single-holder office (`single_holder`);
    3. `other_slice`, `read_as_claim`: whether it speaks of the claim's slice, in its order,
       and states its value at all (irrelevant, or turned round);
    4. `timing`, `time_outcome`: the claim's time against the date, which may decide alone;
    5. the conflicts: another object or place (`party_conflict`), another figure
       (`value_conflict`), another time or part of the day of the same occasion
       (`dated_conflict`), unless the date or a change went elsewhere (`conflict_elsewhere`);
    6. `stated`: how the statement states the predicate, which rules.decide_claim weighs with
       the conflict and the notes found."""
    if quantity is not None:
        quantity = as_yearly(pred.id, quantity, ctx.parsed.periods)  # "200 a month": 2,400
    if relative.anchor_date(ctx.parsed, date, claim):
        date = None  # the day of the clause a later act is counted from, not this act's
    decided = binding(world, pred, claim, ctx, date)
    if decided is not None:
        if decided.unbound and claim.subject not in ctx.mentioned and world.exclusive_office(claim):
            # "To Lam serves as the founding chair of ...": the verb binds the one the statement
            # gives the office to, whom its holder's claim refutes
            said = parties(world, pred, claim, ctx)
            if said is not None and set(said.replaced) == {"subject"}:
                found = single_holder(world, pred, claim, said.replaced["subject"], ctx, date)
                if found.outcome != "irrelevant":
                    return found
        return decided
    said = parties(world, pred, claim, ctx)
    if said is None:
        return Finding(claim, "irrelevant", None)
    if set(said.replaced) == {"subject"}:
        return single_holder(world, pred, claim, said.replaced["subject"], ctx, date)
    # "met in Budapest" of a meeting in Washington: another city for an occasion's place,
    # which contradicts only on the same occasion (party_conflict)
    moved = said.replaced.get("location") if pred.time_role == OCCASION else None
    if other_slice(world, pred, claim, ctx, said, moved):
        return Finding(claim, "irrelevant", None)
    decided = counted_origin(world, pred, claim, ctx, said, quantity, date)
    if decided is None:
        decided = count_marked(world, pred, claim, ctx, said, quantity, date)
    if decided is not None:
        return decided
    decided = read_as_claim(world, pred, claim, ctx, date)
    if decided is not None:
        return decided
    same_key = key_stated(pred, claim, ctx, said, listener_sides(world, claim, said))
    # "a positive start for 2025": the year is what was said, not when (topic_years)
    topic_year = topic_years.compare(world, claim, ctx, date)
    said_year, date = (date, None) if topic_year is not None else (None, date)
    # "hopes Vietnam will become ... by 2030": a deadline of what was said (topic_years)
    deadline, date = (date, None) if topic_years.deadline_said(claim, ctx, date) else (None, date)
    timing, began = time_of(world, pred, claim, ctx, date)
    closer = capital_stay(world, claim, said, timing)
    if closer == "inside":
        timing = replace(timing, disjoint=False, rule="time-neither")
    if quantity is None and timing.disjoint and pred.id in mark_predicates():
        # "trade passed a milestone for the first time in 2024": the mark is not said, and
        # another than the claim's may have been first passed in any other year
        return Finding(claim, "open", Grounds("mark-unsaid", claim, timing), same_key)
    denied = scope.negated(world, pred, ctx) or scope.start_denied(ctx.parsed, date)
    decided = time_outcome(pred, claim, timing, began, same_key, denied)
    if decided is not None:
        return decided
    same_occasion = on_its_occasion(world, pred, claim, ctx, date)
    # "met the foreign leaders in New York" on the claims' occasion: the group the sources
    # report is the claims' parties, whose meeting has one place
    grouped = not same_key and group_unnamed(pred, ctx, said, moved is not None)
    found = party_conflict(world, pred, claim, ctx, said, moved, same_key or grouped, same_occasion)
    if isinstance(found, Finding):
        return found
    conflict = found
    value_note: Grounds | None = None
    if quantity is not None and claim.interval is not None:
        valued = value_conflict(
            world, pred, claim, ctx, quantity, said, same_key, same_occasion, conflict, timing
        )
        if isinstance(valued, Finding):
            return valued
        conflict, value_note = valued
    day = windows.day_part_rule(world, claim, ctx, date)
    # a date before "the next day" may be another act's than this claim's
    dated_here = same_occasion and not relative.before_count(ctx.parsed, date)
    # the date of "the call with Leahy" on the claim's occasion is the claim's call's; such a
    # claim left open by its time may be the call the statement means
    unsaid = grouped or (not same_key and doer_unsaid(pred, ctx, said))
    keyed = same_key or (dated_here and unsaid) or closer == "beyond"
    conflict, value_note = dated_conflict(
        pred, claim, date, timing, day, keyed, dated_here, conflict, value_note
    )
    if said_year is not None and topic_year is not None and topic_year[0] == topic_years.OTHER:
        # another year for what was said refutes it on the claim's occasion, with its key or
        # its speaker (assess_said reaches here with the claim's own); elsewhere it is open
        grounds = Grounds("topic-year", claim, text=said_year.text, told=topic_year[1].text)
        fixed = (same_key or claim.speaker is not None) and topic_years.occasion_said(
            world, claim, ctx, said_year
        )
        if fixed and conflict is None:
            conflict = grounds
        elif not fixed and value_note is None:
            value_note = replace(grounds, another_occasion=True)
    if deadline is not None and value_note is None:
        value_note = Grounds("said-deadline", claim, text=deadline.text)
    if conflict is not None:
        decided = conflict_elsewhere(world, pred, claim, ctx, date)
        if decided is not None:
            return decided
    how = stated(world, pred, claim, ctx, quantity, date, said, same_key, same_occasion, timing)
    another_occasion = timing.disjoint and not same_occasion
    time_note = Grounds("time", claim, timing, another_occasion=another_occasion)
    # "signed the deal in 2025" of a deal not concluded on 18 February 2026: the denial of a
    # lasting state reaches back to the statement's earlier date, which the reason names
    before = (
        Grounds("denied-before", claim, timing, text=date.text)
        if date and timing.rule == "absent-before"
        else None
    )
    decision = decide_claim(
        claim, how, conflict, value_note, None if timing.fits else time_note, before
    )
    named = decision.outcome == "contradicts" and conflict is not None
    return Finding(
        claim,
        decision.outcome,
        decision.grounds,
        # an act the statement may mean, whose time the judge weighs
        same_key or unsaid or closer == "beyond",
        denial=decision.denial,
        why=decision.why,
        occasion_named=named
        and pred.time_role == OCCASION
        and windows.occasion_fixed(world, claim, ctx, date),
        # the part of the day the statement gives is its source's, or with none its day on the
        # clock it names holds the source's part (accounting: a place naming that clock is
        # accounted for)
        day_part_borne=decision.outcome == "supports"
        and (day[0] == "same" if day is not None else timing.rule == "clock-day"),
    )


def counted_origin(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    said: Parties,
    quantity: Quantity | None,
    date: DateSpan | None,
) -> Finding | None:
    """A count of years the statement dates by its start, not by its marking ("Vietnam and the
    US established diplomatic relations in 1995", "thiết lập quan hệ ngoại giao năm 1995"): a
    word of the start and no count or word of a marking of its own (windows.start_dated). The
    claim's count marked in its year fixes the year it began (rules.counted_from), which bears
    the date out or, on the claim's whole key, refutes it. None where the statement says no
    such start, or denies, plans or wishes it: those are read as before."""
    if (
        date is None
        or quantity is not None
        or not windows.start_dated(pred, ctx)
        or scope.negated(world, pred, ctx)
        or scope.modality(pred, ctx) != "fact"
    ):
        return None
    timing = counted_from(claim, date)
    if timing is None:
        return None
    same_key = key_stated(pred, claim, ctx, said, listener_sides(world, claim, said))
    grounds = Grounds("time", claim, timing)
    if timing.fits:
        return Finding(claim, "supports", grounds, same_key)
    if timing.disjoint and same_key:
        return Finding(claim, "contradicts", grounds, same_key, why="time")
    return Finding(claim, "open", grounds, False, why="time")


def count_marked(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    said: Parties,
    quantity: Quantity | None,
    date: DateSpan | None,
) -> Finding | None:
    """A count of years a date's appositive clause marks in that date's year ("In 2026, the
    year the two countries marked 30 years of ties, ...": "the year" names the one year of the
    marking), where the claim marks the very same count in another year (rules.marked_in): an
    anniversary's number fixes its year, so the date is refuted where the statement gives no
    other party in the claim's place. Said plainly ("marked 30 years of ties in February
    2026") the marking may be a later one of the same count: open, as before. None otherwise
    (another count, a year that holds the claim's, a denial, a plan or a wish)."""
    if (
        date is None
        or (pred.id, id(date)) not in ctx.apposed
        or quantity is None
        or pred.dimension != "duration"
        or pred.time_role != "qualifier"
        or scope.negated(world, pred, ctx)
        or scope.modality(pred, ctx) != "fact"
    ):
        return None
    timing = marked_in(claim, quantity, date)
    if timing is None or not timing.disjoint:
        return None
    if said.replaced:
        return None
    return Finding(claim, "contradicts", Grounds("time", claim, timing), True, why="time")


def binding(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> Finding | None:
    """None if the statement's verb may bind the claim's parties (unbound); otherwise the claim
    is its act turned round ("Trump accepted Lam's invitation to join the Board of Peace":
    contradicts) or another predication, with other parties: irrelevant, and `unbound`, which
    the judge lists when nothing decides the verb."""
    if not unbound(world, pred, claim, ctx):
        return None
    if turned_round(world, pred, claim, ctx, date):
        return turned(claim)
    return Finding(claim, "irrelevant", None, unbound=True)


def parties(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> Parties | None:
    """Each role of the claim as the statement states it (Parties); None when no one stands
    where the claim has its subject and no other party is named (other_party_named): most
    claims weighed end here, before the other roles' stand-ins are sought."""
    roles: list[tuple[str, str]] = [("subject", claim.subject)]
    if claim.object:
        roles.append(("object", claim.object))
    roles += list(claim.qualifiers)
    if claim.speaker:
        # Who said it is named for itself, never as another role's stand-in.
        roles.append(("speaker", claim.speaker))
    mentioned = names_stated(world, pred, claim, ctx)
    used = {eid for _, eid in roles if eid in mentioned}
    if claim.speaker and ctx.stance is not None:
        # The speakers the statement names are who said it, not stand-ins for the content's
        # people ("Tokayev, Mirziyoyev and Aliyev were impressed": none is the addressee),
        # nor are the people a country listed speaks through ("the presidents of A, B and C
        # said"); a person's country may well be what he speaks of ("Orbán said Hungary ...").
        listed = {ctx.stance.speaker, *ctx.stance.others}
        voices = [world.voices(who) for who in listed if world.type(who) != PERSON]
        used |= listed.union(*voices)
    # "Senator Daines ..., Vietnam time": the country names a clock, no party's stand-in; nor
    # does a name that only describes someone ("Pakistani Prime Minister Shehbaz Sharif")
    others = mentioned - used - windows.clock_places(ctx) - described(world, ctx)
    others -= others_titles(world, claim, ctx)
    if claim.subject not in mentioned:
        # "the calls with Daines and Hagerty": the names listed with the party are parties too
        others -= {e for party in used for e in listed_after(pred, ctx, party)}
    unstated: list[str] = []
    replaced: dict[str, str] = {}
    for role, eid in roles:
        if eid in mentioned:
            continue
        other = alternative(world, role, eid, others, pred, ctx, claim)
        if other is None:
            unstated.append(role)
            if role == "subject" and not other_party_named(world, pred, claim, ctx, mentioned):
                return None
        else:
            replaced[role] = other
    return Parties(roles, mentioned, others, unstated, replaced)


def expects_planned(claim: ClaimView, parsed: ParsedStatement, reading: StanceReading) -> bool:
    """Whether the attribution's words give the speaker an expectation of an act to come
    ("Hagerty expects ...", "kỳ vọng": `expectations` in lexicon/<lang>/stances.yaml) and the
    claim gives his belief in that act as a plan ("tin tưởng ... sẽ sớm hoàn tất"): what one
    expects is what he believes will be done."""
    if claim.modality != "plan" or claim.stance is None or not implies(claim.stance, "regarded"):
        return False
    return any(
        spanned(start, end, reading.spans)
        for start, end in phrases_at(parsed, "stances", "expectations")
    )


def stance_in_spans(
    world: World, claim: ClaimView, parsed: ParsedStatement, reading: StanceReading
) -> bool:
    """Whether the statement's stance verb (its kind, within the attribution), past the copula
    it may hold ("is proud"), is said by the claim's own spans, as written or through a gloss
    ("proud": "tự hào"), whole or word by word."""
    said = world.said_in_spans(claim)
    copulas = [(c.start, c.end) for c in parsed.grammar if c.kind in COPULAS]

    def says(keys: tuple[str, ...]) -> bool:
        return any(PHRASE_JOINER.join(g) in said for g in (keys, *glossed(parsed.lang, keys)))

    verbs = [
        tuple(
            k
            for k, s, e in parsed.tokens.words()
            if start <= s and e <= end and not spanned(s, e, copulas)
        )
        for kind, start, end in stance_cues(parsed.text, parsed.tokens)
        if kind == reading.stance and spanned(start, end, reading.spans)
    ]
    return bool(verbs) and all(
        keys and (says(keys) or all(says((k,)) for k in keys)) for keys in verbs
    )


def others_titles(world: World, claim: ClaimView, ctx: Context) -> set[str]:
    """The offices the statement's titles give people other than the claim's subject ("PM
    Sharif congratulated To Lam on his re-election"): they say who each is, not the role of
    this claim's act (re-elected as what), so none stands in for it."""
    return {
        a.office
        for a in decompose(ctx.parsed, world.vocab)
        if a.kind == "office" and a.form == "title" and a.subject not in (None, claim.subject)
    }


def described(world: World, ctx: Context) -> set[str]:
    """The names the statement says only to describe someone: the country of a named person's
    title ("Pakistani Prime Minister Shehbaz Sharif and To Lam are ready to exchange visits",
    "Thủ tướng Pakistan Shehbaz Sharif"), where the office claim says he holds it, and a country
    or an owner said of a name ("Indonesia's Prabowo", "Trump's Board of Peace": Context
    .affiliated), named once. They say who someone is, not where he goes or whom he deals with:
    no stand-in for another party of what is said. Named again ("Hungarian PM Orbán said
    Hungary ..."), the name is a party as any other; a party in a title ("Republican senator
    Leahy") is a membership the claims refute, no description. So is the country of a title
    before a name the base does not know (assertions.unknown_holders)."""
    spans = [
        (a.start, a.end, a.jurisdiction)
        for a in decompose(ctx.parsed, world.vocab)
        if a.kind == "office"
        and a.form == "title"
        and a.subject
        and a.jurisdiction
        and world.type(a.jurisdiction) == COUNTRY
        # where the office claim says he holds it: "Vietnamese Senator Daines" describes no one
        and a.jurisdiction in world.seats(a.subject)
    ]
    # the country of a title before a name the base does not know ("Israeli Prime Minister
    # Benjamin Netanyahu", "Thủ tướng Israel Benjamin Netanyahu") says who he is: no claim has
    # him, in that office or as a party, and the country is not where the act went
    spans += [
        (a.start, a.end, a.jurisdiction)
        for a in unknown_holders(ctx.parsed, world.vocab)
        if a.jurisdiction and world.type(a.jurisdiction) == COUNTRY
    ]
    titles = {
        place
        for _, _, place in spans
        if all(
            any(p == place and s <= m.start and m.end <= e for s, e, p in spans)
            for m in ctx.positions.get(place, [])
        )
    }
    # the place of a bare title that stands for its holder ("at the invitation of Indonesia's
    # president") says who he is, no description of a name
    described = ctx.affiliated - ctx.title_places
    return titles | {e for e in described if len(ctx.positions.get(e, ())) == 1}


def listed_after(pred: PredicateInfo, ctx: Context, eid: str) -> set[str]:
    """The names a list joins to `eid` after a trigger of the predicate ("calls with Daines
    and Hagerty", "điện đàm với các ông Daines, Hagerty"): with nothing between two names but
    a list joiner (parse.list_joiners) or a comma, they are parties of the act as it is."""
    triggers = [t.end for t in ctx.parsed.triggers if t.target == pred.id]
    if not triggers:
        return set()
    after = [m for m in ctx.parsed.entities if m.start >= min(triggers)]
    joiners = list_joiners(ctx.parsed.lang)
    text = ctx.parsed.text

    def joined(a: Mention, b: Mention) -> bool:
        between = tuple(w for w, s, e in ctx.words if a.end <= s and e <= b.start)
        return between in joiners or (not between and text[a.end : b.start].strip() == ",")

    # the list grows from the party's name through each joined neighbour, either way
    links = [set(a.ids) | set(b.ids) for a in after for b in after if joined(a, b)]
    found, size = {eid}, 0
    while size != len(found):
        size = len(found)
        found |= {e for link in links if link & found for e in link}
    return found - {eid}


def names_stated(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> set[str]:
    """What the statement names, with the claim's subject where it states him without naming
    him: people it does not name do it ("Cả chín nhà lãnh đạo đều chúc mừng ...": the rest of
    the predication binds him, assess.unbound), his country does it (led), its leader does
    it where the subject is a country (leads), or he is the
    speaker who speaks for his side (spoken_for); and with its other party where the act is
    done to his country (led_to)."""
    stated = set()
    if claim.subject not in ctx.mentioned and (
        (
            world.type(claim.subject) == PERSON
            and any(p.predicate == pred.id and p.agent_kind == PEOPLE for p in ctx.predications)
        )
        or led(world, pred, claim, ctx)
        or leads(world, pred, claim, ctx)
        or spoken_for(world, pred, claim, ctx)
    ):
        stated.add(claim.subject)
    party = party_of(claim)
    if party is not None and (
        led_to(world, pred, claim, ctx) or title_group(world, pred, party, ctx)
    ):
        stated.add(party)
    return ctx.mentioned | stated if stated else ctx.mentioned


def title_group(world: World, pred: PredicateInfo, party: str, ctx: Context) -> bool:
    """Whether the statement names the claim's other party, unnamed, by an office he holds as
    a group the sources report (title_holders)."""
    return party not in ctx.mentioned and party in title_holders(world, pred.id, ctx)


def title_holders(world: World, pid: str, ctx: Context) -> set[str]:
    """Who holds now an office the statement names after the act's verb as a group the sources
    report: a plural title with a word of `definite_groups` ("phoned the senators", "các thượng
    nghị sĩ Mỹ"), or in an act named as a definite occasion dated by a linking verb ("the calls
    with the two senators took place on ...": windows.dated_by_link). On the claim's occasion
    they are the claims' parties, as "the foreign leaders" are (group_unnamed). Some such
    holders ("two US senators", "hai thượng nghị sĩ Mỹ") may be others, and one ("the
    senator") may be any."""
    acts = [t.start for t in ctx.parsed.triggers if t.target == pid]
    titles = [
        m
        for m in ctx.parsed.entities
        if len(m.ids) == 1
        and world.type(m.ids[0]) == ROLE_TYPE
        and any(m.start > at for at in acts)
        and plural_holders(ctx.parsed, world.vocab, m.start)
    ]
    if not titles:
        return set()
    if windows.dated_by_link(ctx.parsed, pid) is None:
        titles = [m for m in titles if definite_group(ctx.parsed, m)]
    roles = {m.ids[0] for m in titles}
    return {
        c.subject
        for c in world.held({h for r in roles for h in world.holders(r)})
        if c.qualifier("role") in roles
    }


def other_slice(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    said: Parties,
    moved: str | None,
) -> bool:
    """Whether the statement speaks of another slice than the claim's, or of no claim's: its
    subject replaced or unstated with no other party named, an office claim a title's tense
    leaves open (Context.left_open), a title that only names its holder or another's, or
    another counterparty, office or place (an occasion's place, `moved`, excepted)."""
    subject_missing = "subject" in said.unstated or "subject" in said.replaced
    if subject_missing and not other_party_named(world, pred, claim, ctx, said.mentioned):
        return True
    if claim.id in ctx.left_open:
        return True
    if ROLE_TYPE in pred.cue_types and claim.subject in ctx.held_by.values():
        # "Tổng Bí thư gặp ...": the title is how he is named, not something said of him.
        return True
    if "role" in said.unstated and ROLE_TYPE in pred.cue_types:
        # An office is what a holds-office statement is about; unnamed, it is not checked.
        return True
    if ROLE_TYPE in pred.cue_types and not scope.titles_subject(world, claim, ctx):
        # "Trump congratulated Lam on his election as president": the title is Lam's, if
        # anyone's, not a title said of Trump.
        return True
    if entity_unnamed(world, claim, said):
        return True
    if other_content(world, pred, claim, ctx, said):
        return True
    return any(r != "object" and not (r == "location" and moved) for r in said.replaced)


# What a joint act may be about: the view, the agreement or the document its sides agree on.
CONTENTS = frozenset({"topic", "agreement", "document"})


def other_content(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, said: Parties
) -> bool:
    """Whether the statement gives a joint act (a symmetric one: "agreed") another content than
    the claim's: a view, an agreement or a document named after its verb in its clause that is
    none of the claim's parties, where the claim's own (`event`) goes unnamed. "The two sides
    agreed to use the EVFTA" is not borne out by their agreement to deepen ties, though Vietnam's
    being party to the EVFTA accounts for the name. An encounter's `event` is its occasion, not
    what was said at it ("told Hagerty by phone that ...")."""
    if not pred.symmetric or pred.encounter or "event" not in said.unstated:
        return False
    verbs = [(p.start, p.end) for p in ctx.predications if p.predicate == pred.id]
    text = ctx.parsed.text
    return any(
        world.type(other) in CONTENTS
        and any(
            end <= m.start and not set(text[end : m.start]) & CLAUSE_BREAKS
            for _, end in verbs
            for m in ctx.positions.get(other, [])
        )
        for other in said.others
    )


def entity_unnamed(world: World, claim: ClaimView, said: Parties) -> bool:
    """Whether the claim's value is an entity (the agreement a country is party to) that the
    statement names neither itself nor by any other party of the claim, while it names another
    of the subject's kind:
    "Vietnam and Hungary have signed a comprehensive partnership" is not borne out by Vietnam's
    being party to the EVFTA with the EU, for Hungary is no party of that claim (another
    claim's, of another predicate, at most). A place is seen closer or farther ("took place in
    the United States" of a meeting in Washington), so a place's value is left to the places'
    own rules (alternative, party_conflict)."""
    kind = world.type(claim.object) if claim.object else None
    if not kind or kind in PLACES:
        return False
    # only a name of the subject's kind could be the act's other party ("Vietnam and
    # Hungary"); a topic or a body named beside it is the words' business (accounting)
    subject_kind = world.type(claim.subject)
    if not any(world.type(other) == subject_kind for other in said.others):
        return False
    rest = [r for r, _ in said.roles if r != "subject"]
    return all(r in said.unstated for r in rest)


def read_as_claim(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> Finding | None:
    """None if the statement names the claim's parties in its order, gives the act to no other
    doer, and states the predicate's value; otherwise the claim turned round ("Lam invited
    Trump to the Board of Peace meeting": contradicts) or irrelevant."""
    first = {e: ms[0].start for e, ms in ctx.positions.items() if ms}
    # An agent named after the act's noun ("at the invitation of Trump") says who did it
    # whatever the order of the names (assertions._given_by).
    given = any(p.given and p.predicate == pred.id for p in ctx.predications)
    # "a letter was sent to Lam by Trump": who a passive names after its passive word does it
    doer = next((p.agent for p in ctx.predications if p.passive and p.predicate == pred.id), None)
    # nor when they did it to each other ("Lam and Trump exchanged letters"): each way is
    # weighed, and Judge._reciprocal asks for both
    unordered = given or pred.id in ctx.mutual
    sides = sides_said(world, pred, ctx) if party_of(claim) and not pred.symmetric else {}
    if not pred.symmetric and not in_order(
        claim, first, ctx.parsed.passive or unordered, doer, sides
    ):
        if turned_round(world, pred, claim, ctx, date):
            return turned(claim)
        return Finding(claim, "irrelevant", None)
    if (
        not pred.symmetric
        and claim.speaker is None
        and not given
        and scope.other_doer(world, claim, pred, ctx)
    ):
        return Finding(claim, "irrelevant", None)
    if not value_stated(world, pred, claim, ctx) or scope.wished_by_other(claim, ctx):
        return Finding(claim, "irrelevant", None)
    return None


def key_stated(
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    said: Parties,
    listeners: frozenset[str] = frozenset(),
) -> bool:
    """Whether the statement's slice is the claim's slice key (ClaimView.slice_key): every role
    it replaced with another entity was set aside (other_slice), so what remains is whether it
    states each key role, unambiguously. The value, the place and the occasion of a repeatable
    event (its `event`, which says which occasion, not whose) may go unstated: the date
    decides; so may whom something was said to, which names the exchange, not whose view it
    is; and so may the roles `listeners` holds (listener_sides)."""
    key_roles = _key_roles(pred, said)
    return not any(r in said.unstated and r not in listeners for r in key_roles) and not (
        {eid for r, eid in said.roles if r in key_roles} & ctx.ambiguous
    )


def listener_sides(world: World, claim: ClaimView, said: Parties) -> frozenset[str]:
    """The roles of what a speaker's claim says that the one it was said to stands for: a
    beneficiary the statement leaves unstated, where the claim's addressee, whom the statement
    names, holds office in that country ("Orbán told Lam Hungary had approved $500m in ODA":
    for Vietnam, whose party Lam leads). Words told to a country's leader about what goes to a
    country, naming none, speak of his. Not a counterparty: what is done with a country may be
    done with any, whoever hears of it."""
    listener = claim.qualifier("addressee")
    if claim.speaker is None or listener is None or "addressee" in said.unstated:
        return frozenset()
    sides = world.countries_of(world.offices_of({listener}))
    return frozenset(
        r for r, eid in said.roles if r == "beneficiary" and r in said.unstated and eid in sides
    )


def _key_roles(pred: PredicateInfo, said: Parties) -> list[str]:
    """The claim's roles that say whose act it is: all but the value, the place, whom it was
    said to and, for a repeatable event, the occasion (key_stated)."""
    occasion = pred.time_role == OCCASION
    loose = ("object", "location", "addressee") + (("event",) if occasion else ())
    return [r for r, _ in said.roles if r not in loose]


def doer_unsaid(pred: PredicateInfo, ctx: Context, said: Parties) -> bool:
    """Whether the statement states every key role of the claim but its doer, which it leaves
    unsaid and gives no one in its place ("the call with Leahy", "cuộc điện đàm với ông
    Leahy"): on the claim's occasion a supported reading takes the claim's doer for it, and so
    another day or part of the day refutes the act as that reading would bear it out. Not of
    an act done once for its doer (an upgrade to a level), whose occasion its doer picks out:
    "the upgrade of ties with the US to a comprehensive strategic partnership" may be another
    country's. Nor of an act named only with an indefinite article ("a call with Leahy", "một
    cuộc điện đàm"): some such act, not the claim's."""
    acts = [t.start for t in ctx.parsed.triggers if t.target == pred.id]
    return _one_role_unsaid(pred, ctx, said) == "subject" and not (
        acts and all(indefinite(ctx.parsed, start) for start in acts)
    )


def group_unnamed(pred: PredicateInfo, ctx: Context, said: Parties, moved: bool = False) -> bool:
    """Whether the statement states every key role of the claim but its other party, where it
    gives the group the sources report ("met the foreign leaders", "gặp lãnh đạo các nước":
    assertions.definite_group): on the claim's occasion that group is the claims' parties, and
    another day or part of the day refutes the act as it would with each of them named (as
    doer_unsaid). Not of some such people ("met foreign leaders", "một số lãnh đạo"), who may
    be others than the claims'. The people of acts named as a definite occasion dated by a
    verb that links them to it ("the party chief's meetings with foreign leaders took place on
    18 February": windows.dated_by_link) are those meetings' people, whom the sources report.
    Another place for the occasion (`moved`: "met the foreign leaders in New York") replaces
    no party: it is what the place conflict weighs."""
    if moved:
        said = replace(said, replaced={r: e for r, e in said.replaced.items() if r != "location"})
    role = _one_role_unsaid(pred, ctx, said)
    if role is None or role == "subject":
        return False
    groups = [p.group for p in ctx.predications if p.predicate == pred.id and p.group is not None]
    if not groups:
        return False
    linked = windows.dated_by_link(ctx.parsed, pred.id) is not None
    return linked or any(definite_group(ctx.parsed, g) for g in groups)


def _one_role_unsaid(pred: PredicateInfo, ctx: Context, said: Parties) -> str | None:
    """The one key role of the claim the statement leaves unstated, where it states the others
    unambiguously and replaces none, for an act that is not done once for its doer (an upgrade
    to a level, whose occasion its parties pick out); None otherwise."""
    key_roles = _key_roles(pred, said)
    unstated = [r for r in key_roles if r in said.unstated]
    if (
        pred.functional
        or len(unstated) != 1
        or said.replaced
        or {eid for r, eid in said.roles if r in key_roles} & ctx.ambiguous
    ):
        return None
    return unstated[0]


def time_of(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> tuple[TimeCheck, bool]:
    """The claim's time against the date (rules.compare_time), its day read on the clock of
    where it happened or of Hanoi (windows); and whether the date is one the statement says a
    state began at ("dates from 2024")."""
    began = any(ctx.parsed.dates[i] is date for i in ctx.parsed.starts)
    timing = compare_time(
        pred.time_role,
        claim,
        date,
        windows.elsewhere(world, claim, ctx),
        began,
        pred.functional,
        pred.id in lasting_predicates(),
    )
    if (
        not timing.fits
        and claim.time_start not in (claim.time_end, dt.date.min)
        and windows.starts_stay(ctx)
    ):
        # "lên đường sang Mỹ ngày 18/2" of a trip of 18-20 February: the stay's first day,
        # which bears it out; another day of the stay keeps the open reading (a leg's). A
        # claim held only "before" a day (the invitation to the meeting) has no first day
        first = compare_time(
            pred.time_role, windows.first_day(claim), date, windows.elsewhere(world, claim, ctx)
        )
        if first.fits or (not timing.disjoint and windows.begins_stay(ctx)):
            # "the U.S. trip began on Feb. 19" of that trip: its own first day, no leg's, which
            # another day within the stay misdates
            timing = replace(first, claim=claim)
    if (
        began
        and claim.time_grain == "since_month"
        and timing.rule in ("time-inside", "began-other")
        and not world.series_kinds(claim) <= {t.target for t in ctx.parsed.triggers}
    ):
        # "calls began in 2025" of letters and calls its source runs together from November
        # 2024: the calls alone may have begun later
        timing = replace(timing, fits=False, disjoint=False, rule="began-unknown")
    if date is None and timing.fits and now_of_former(world, pred, claim, ctx):
        return replace(timing, fits=False, rule="now-of-former"), began
    if date is not None and (date.start, date.end) in ctx.parsed.bounded:
        # "met Orbán before Feb 19", "after Feb 20": a day with no year that bounds the act is
        # not its day, and its year is not said; it bears out and refutes nothing
        return replace(timing, fits=False, disjoint=False, rule="no-year"), began
    # a weekday said with no date ("Wednesday morning, Hanoi time") is a day on the clock it
    # names as a date is, which the day its source tells there of a claim of one day bears out
    # or not
    said = date
    if said is None and claim.time_start is not None and claim.time_start == claim.time_end:
        said = windows.weekday_day(ctx.parsed, claim.time_start)
    told = windows.told_day(world, claim, ctx, said)
    headed = date is not None and ctx.head_dated.get(id(date), pred.id) != pred.id
    clock_day = (
        windows.said_clock_day(world, claim, ctx, date)
        if timing.rule in ("day-apart", "time-inside") and told is None
        else None
    )
    if told is not None and told[1]:
        # "19/2 giờ Hà Nội" of a call its source tells "sáng nay giờ Hà Nội" in a paper of the
        # 19th: the source gives that clock's day
        timing = replace(timing, fits=True, disjoint=False, rule="clock-day", date=said)
    elif told is not None:
        # "20/2 giờ Hà Nội" of that call: that clock's day is known, and another figure is
        # another day
        day = told[0]
        timing = replace(
            timing, fits=False, disjoint=True, rule="told-day", window=(day, day), date=said
        )
    elif clock_day:
        # "ngày 20/2 giờ Hà Nội" of a call on the afternoon of the 19th in Washington
        timing = replace(timing, fits=True, disjoint=False, rule="clock-day")
    elif clock_day is not None and timing.fits:
        # "ngày 19/2 giờ Hà Nội" of that call: the 20th on Hanoi's clock, though loosely so
        timing = replace(timing, fits=False, rule="day-apart")
    elif (
        date is None
        and said is not None
        and pred.time_role in ("value", OCCASION)
        and windows.weekday_act(ctx.parsed) == pred.id
        and (
            windows.day_apart_on_one_clock(world, claim, ctx, said)
            or (
                ctx.parsed.local_time is None
                and said.first != claim.time_start
                and not windows.home_day(world, claim, ctx, said)
            )
        )
    ):
        # "sáng thứ Sáu (giờ Washington)" of meetings its source puts on the morning of
        # Thursday 19 February, local time: the weekday is a day on the clock it names, as a
        # date is, and shares no hour with the claim's day there; said on no clock ("on
        # Friday"), a day that is the claim's neither where it happened nor in Hanoi (that
        # morning was Thursday evening there). Refuted on its occasion only: a weekday alone
        # fixes no week, so the statement must name the occasion. It is the day of the act
        # it is said with (windows.weekday_act), not of a state held that day (an office:
        # day_part_rule)
        timing = replace(
            timing,
            fits=False,
            disjoint=True,
            rule="weekday-apart",
            window=(said.first, said.first),
            date=said,
        )
    elif timing.rule == "day-apart" and windows.day_apart_on_one_clock(world, claim, ctx, date):
        # "Feb 19, Washington time" of a call the source puts on 18 February, Hanoi time
        timing = replace(timing, disjoint=True, rule="time-outside")
    elif timing.disjoint and event_days(world, claim, ctx, date):
        # "for the session, running Feb 19-20" of a trip of 18-20 February, "met Orbán at the
        # meeting held on Feb 20" of a meeting on the 19th: maybe the event's own days,
        # inside those the claims hold it in; days outside them are refuted either way (the
        # act's, or the event's: beyond_occasion)
        timing = replace(timing, disjoint=False, rule="time-neither")
    elif scope.joins_a_body(world, pred, claim, ctx):
        # "invited Lam in late January to attend the Board of Peace meeting" of the invitation
        # to join the Board: another invitation, whose date is not the one told of, and which
        # bears out none of it though its day falls in the month said ("In January, Trump
        # invited Lam to the Board of Peace meeting": the 16 January letter)
        timing = replace(timing, fits=False, disjoint=False, rule="other-invitation")
    elif timing.disjoint and headed:
        # "invited Lam in January to attend the meeting", "decided in January to attend": the
        # date may be the invitation's or the decision's, not the attending's nor the meeting's
        # (scope.head_dated); that act's own claims weigh it
        timing = replace(timing, disjoint=False, rule="head-dated")
    elif (
        timing.rule == "time-neither"
        and not headed
        and (days := windows.beyond_occasion(world, pred, claim, date))
    ):
        # "the inaugural meeting ran Feb. 19-21" of a meeting dated to February 2026 on a
        # trip of 18-20 February made for it: it did not run on the 21st
        timing = replace(timing, disjoint=True, rule="outside-occasion", window=days)
    elif timing.rule == "time-outside" and windows.home_day(world, claim, ctx, date):
        # "on February 20" of a call on the afternoon of the 19th in Washington: the 20th
        # in Hanoi, whose papers the statement may follow
        timing = replace(timing, disjoint=False, rule="day-apart")
    elif timing.rule == "time-outside" and windows.received_later(claim, ctx, date):
        # "the letter arrived on Jan 18" of a letter sent on the 16th: the day it came to hand,
        # which the sending's day does not fix (one before it is still refuted)
        timing = replace(timing, disjoint=False, rule="received-later")
    elif (
        timing.rule == "time-outside"
        and date is not None
        and claim.time_end is not None
        and date.first > claim.time_end
        and scope.lasting_state(pred, ctx)
    ):
        # "a founding member in April 2026" of a joining dated January-February: the
        # membership it began lasts past it, so the later date is one the sources do not know
        timing = replace(timing, disjoint=False, rule="state-later")
    elif timing.rule == "time-outside" and beyond_sources(world, claim, ctx, date):
        # "invited Vietnam to join the Board of Peace in 2030" of an invitation of 2026: the
        # date inside the content may be the joining's, or that of a later invitation the
        # sources, published before it, could not know of; either way they do not fix it
        timing = replace(timing, disjoint=False, rule="content-later")
    elif timing.rule in ("time-neither", "began-unknown") and entered_within(
        world, pred, claim, date, began
    ):
        # "partners since September 2023", "established in September 2023" of a level held
        # from 30 September, upgraded to it in that month: it began then
        timing = replace(timing, fits=True, rule="time-inside")
    elif (
        timing.rule == "time-inside"
        and not began
        and not scope.negated(world, pred, ctx)
        and entered_before(world, pred, claim, date)
    ):
        # "partners since September 2024", "từ năm 2025" of a level upgraded to in September
        # 2023: "since" says when it began, and the act that began it came wholly before. A
        # denial ("have not been partners since 2024") keeps its own reading
        timing = replace(timing, fits=False, disjoint=True, rule="began-before")
        began = True
    return timing, began


def now_of_former(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement says the claim's office is held now ("still", "now", "vẫn",
    "hiện": `present` office tenses) where the claim holds it only before a date
    (rules.is_former): a present word before its title, in the same sentence, with no former or
    past word between. Such a claim bears out no office held now, however the statement was
    read ("Leahy is said to still be a senator": the copula is no assertion the offices read),
    and leaves it open where no assertion refutes it."""
    if pred.id not in world.offices or not is_former(claim):
        return False
    role = claim.qualifier(ROLE_TYPE)
    text = ctx.parsed.text
    tenses = [c for c in ctx.parsed.grammar if c.kind in OFFICE_TENSES]
    titles = [m for m in ctx.parsed.entities if world.type(m.ids[0]) == ROLE_TYPE]
    for cue in (c for c in tenses if c.kind == "present"):
        title = next((m for m in titles if m.start >= cue.end), None)
        if title is None or role not in title.ids:
            continue
        if SENTENCE_ENDS.isdisjoint(text[cue.end : title.start]) and not any(
            cue.end <= c.start < title.start for c in tenses if c.kind != "present"
        ):
            return True
    return False


def entered_within(
    world: World, pred: PredicateInfo, claim: ClaimView, date: DateSpan | None, began: bool
) -> bool:
    """Whether the state began within the month or year the statement says it holds since
    ("since September 2023", "từ năm 2023") or began at (`began`: "established in September
    2023"): the act that enters the state (entering_acts) is dated within it, and the claim
    holds from no later than its end. The claim's first day alone is only the first its sources
    fix, not the state's."""
    if date is None or not date.year_known or claim.time_start is None:
        return False
    if began:
        last = date.last
    elif date.opened_last is not None and date.last == dt.date.max:
        last = date.opened_last
    else:
        return False
    if claim.time_start > last:
        return False
    return any(
        date.first <= entry.time_start and entry.time_end <= last
        for entry in entering_acts(world, pred, claim)
    )


def entered_before(
    world: World, pred: PredicateInfo, claim: ClaimView, date: DateSpan | None
) -> bool:
    """Whether the state the statement says holds "since" a month or a year ("since September
    2024", "kể từ tháng 9/2024") began wholly before it: the act that enters the state
    (entering_acts) is dated, and ended before the date's first day. "Since" says when it
    began; a state no act enters (an office) is not fixed by its claim's first day, the first
    its sources mention it, so it is not refuted so."""
    if date is None or not date.year_known or date.opened_last is None:
        return False
    if date.last != dt.date.max:
        return False
    return any(entry.time_end < date.first for entry in entering_acts(world, pred, claim))


def entering_acts(world: World, pred: PredicateInfo, claim: ClaimView) -> list[ClaimView]:
    """The dated claims of the act that enters the claim's state (`entered_by` in
    lexicon/world/levels.yaml: an upgrade to the level), affirmed as fact, of the claim's own
    parties and value."""
    act = (load_lexicon("world", "levels").get("entered_by") or {}).get(pred.id)
    if act is None:
        return []
    parties = {claim.subject, claim.qualifier("counterparty")}
    return [
        entry
        for entry in world.index.claims_naming([act], {claim.subject}).get(act, [])
        if entry.object == claim.object
        and {entry.subject, entry.qualifier("counterparty")} == parties
        and entry.polarity == "affirmed"
        and entry.modality == "fact"
        and entry.time_start is not None
        and entry.time_end is not None
    ]


def event_days(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the date is one an event's own date verb gives after an act done for the event
    (Context.event_dated), inside the days the claims hold the act's occasion in (its event's,
    World.occasion_window, or the act's own stay): it may be the event's days, not the act's."""
    if date is None or id(date) not in ctx.event_dated:
        return False
    event = claim.qualifier("event")
    days = world.occasion_window(event) if event is not None else None
    if days is None and claim.time_start and claim.time_end:
        days = (claim.time_start, claim.time_end)
    return within(date, days)


def beyond_sources(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the date stands inside an act's content (ParsedStatement.contained, which it
    dates: scope) and begins after the last day the claim's sources know of."""
    if date is None or not date.year_known:
        return False
    if not any(c.start <= date.start < c.end for c in ctx.parsed.contained):
        return False
    known = sources_known(world, claim)
    return known is not None and date.first > known


def time_outcome(
    pred: PredicateInfo,
    claim: ClaimView,
    timing: TimeCheck,
    began: bool,
    same_key: bool,
    negated: bool,
) -> Finding | None:
    """What the time decides alone, if anything: a qualifier's date that excludes the claim's
    (irrelevant), a state said to begin after it was held (contradicts; its denial, borne out),
    a qualifier's or a state's time that does not bear the date out (open)."""
    if pred.time_role == "qualifier" and timing.disjoint:
        return Finding(claim, "irrelevant", None)
    if began and timing.disjoint and same_key:
        # "the partnership dates from 2024" of one held since 2023; "does not date from 2024"
        # is then true: what was held before a date did not begin at it
        outcome = "supports" if negated else "contradicts"
        return Finding(claim, outcome, Grounds("time", claim, timing), same_key, why="time")
    if pred.time_role in ("qualifier", "state") and not timing.fits:
        return Finding(claim, "open", Grounds("time", claim, timing), False, why="time")
    return None


def on_its_occasion(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> bool:
    """Whether the statement speaks of the claim's own occasion (rules.same_occasion), which a
    conflict needs to refute it."""
    if pred.time_role == OCCASION:
        named = windows.occasion_fixed(world, claim, ctx, date)
        return same_occasion_of(claim, date, named, world.occasion_window)
    # "the Board of Peace meeting was held in March 2026": a looser name of the event the
    # claim is about, dated outside it, may be another meeting of its kind
    return claim.subject not in ctx.loose or within(date, world.occasion_window(claim.subject))


def party_conflict(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    said: Parties,
    moved: str | None,
    same_key: bool,
    same_occasion: bool,
) -> Finding | Grounds | None:
    """Another object or another place given for the claim's own occasion: the conflict
    (other-object, other-place); irrelevant (a Finding) where the other party cannot refute
    it; None if the statement gives neither. `same_key`: the claim's key roles are said, or its
    other party is the group the sources report ("met the foreign leaders in New York",
    "gặp lãnh đạo các nước tại New York": group_unnamed, weighed once by the caller), whose
    place another city refutes as it would with each of them named."""
    occasion = pred.time_role == OCCASION
    conflict: Grounds | None = None
    if "object" in said.replaced:
        other = said.replaced["object"]
        if ctx.parsed.only is None and other in shortened_levels().get(claim.object or "", ()):
            # "the strategic partnership" of a comprehensive strategic partnership: loose copy;
            # "chỉ là đối tác chiến lược" (only that) says it is no higher, and refutes it
            return Finding(claim, "open", Grounds("shortened-level", claim, other=other), False)
        if (
            (pred.functional or world.exclusive_office(claim))
            and not occasion  # another object of an occasion is another occasion
            and same_key
            and same_occasion
            and other not in ctx.ambiguous
            and scope.attached(
                world, other, pred, claim, ctx, scope.titling_offices(world, pred, claim, ctx, True)
            )
            and scope.titles_subject(world, claim, ctx)
        ):
            conflict = Grounds("other-object", claim, other=other)
        else:
            return Finding(claim, "irrelevant", None)
    where = claim.qualifier("location") or ""
    if moved is None and occasion and not where and party_of(claim) is None:
        # "attended the Board of Peace's first meeting in Prague": an act at the event
        # itself (no other party: a call on its sidelines may be made from anywhere) is
        # where the event was held
        moved, where = event_moved(world, claim, said.others, pred, ctx)
    if moved is not None and conflict is None:
        cities = world.elsewhere_than(moved, where)
        zone = ctx.parsed.local_time
        # "already Feb 20 in Hanoi": a place that names a clock, not where it happened
        clock = zone is not None and any(
            (zone.start <= m.start and m.end <= zone.end) or names_a_clock(ctx.parsed, m.start)
            for m in ctx.positions[moved]
        )
        if cities and same_key and same_occasion and moved not in ctx.ambiguous and not clock:
            conflict = Grounds("other-place", claim, other=moved)
        else:
            return Finding(claim, "irrelevant", None)
    return conflict


def value_conflict(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    quantity: Quantity,
    said: Parties,
    same_key: bool,
    same_occasion: bool,
    conflict: Grounds | None,
    timing: TimeCheck,
) -> Finding | tuple[Grounds | None, Grounds | None]:
    """The statement's figure against the claim's interval: (the conflict, a note on a figure
    the claim neither implies nor excludes), or the finding it decides (open: another unit,
    a bound, a figure that cannot refute). A higher mark said first passed (rules.compare_value)
    conflicts only within the claim's own year: another year may be that mark's first. A lower
    one is open in any year: the claim's year excludes no date of it."""
    assert claim.interval is not None
    occasion = pred.time_role == OCCASION
    quantity = act_amount(pred, quantity, claim.interval)
    figure = Interval(quantity.low, quantity.high, quantity.low_open, quantity.high_open)
    grounds = Grounds("", claim, stated=figure, unit=quantity.unit or claim.unit)
    if quantity.unit is not None and quantity.unit != claim.unit:
        return Finding(claim, "open", replace(grounds, rule="other-unit"), same_key)
    # A small bare number may be an amount whose scale and unit went unread ("400 trieu"
    # in accented text): it can bear out a figure but not refute one. A count has no
    # scale to miss ("trims the scholarships to 100 a year").
    bare = (
        quantity.unit is None
        and claim.unit is not None
        and quantity.value < 1000
        and pred.dimension != "count"
    )
    mark = pred.id in mark_predicates()
    outcome = compare_value(figure, claim.interval, mark)
    if outcome != "value-inside" and grown_past(world, pred, claim, ctx, figure):
        outcome = "value-inside"
    if outcome == "value-bound" and reached_mark(quantity, claim.interval):
        outcome = "value-inside"
    if outcome == "value-neither" and order_above(figure, claim.interval):
        outcome = "order-above"
    if outcome == "value-disjoint" and quantity.ambiguous:
        # "clears $400m" may approve the $400m: refuted only if that amount is too
        plain = quantity.as_stated()
        amount = Interval(plain.low, plain.high, False, False)
        if compare_value(amount, claim.interval, mark) != "value-disjoint":
            outcome = "value-bound"
    disjoint = outcome in ("value-disjoint", "order-above")
    if disjoint and year_undated(world, pred, claim, ctx):
        rule = "elapsed-undated" if pred.dimension == "duration" else "year-undated"
        return Finding(claim, "open", replace(grounds, rule=rule), same_key)
    apart = other_year(pred, claim, ctx, timing)
    if disjoint and apart is not None:
        return Finding(claim, "open", replace(grounds, rule="other-year", text=apart), same_key)
    if disjoint and later_now(world, pred, ctx, figure, claim.interval):
        return Finding(claim, "open", replace(grounds, rule="later-now"), same_key)
    if disjoint or outcome == "higher-mark":
        grounds = replace(grounds, rule=outcome)
        told = same_occasion or (occasion and told_at(world, claim, said.mentioned, ctx))
        # a mark is one of many a series passes, but only one is the year's highest
        single = pred.functional if disjoint else timing.rule == "time-inside"
        if single and same_key and told and conflict is None and not bare:
            return grounds, None
        return Finding(claim, "open", grounds, same_key)
    if outcome == "value-bound" or (outcome == "lower-mark" and conflict is None):
        # a lower mark was passed in the claim's year or before: a date outside it is no conflict
        return Finding(claim, "open", replace(grounds, rule=outcome), same_key)
    if outcome in ("value-neither", "lower-mark"):
        return conflict, replace(grounds, rule=outcome)
    return conflict, None


def reached_mark(quantity: Quantity, claimed: Interval) -> bool:
    """Whether the statement says a figure reached the very amount the claim says it passed
    ("trade reached $1bn", "cán mốc 1 tỷ USD" of trade above a billion: `reaches` in
    lexicon/<lang>/numbers.yaml): the mark it got to on its way past, borne out. Only the
    claim's open low bound: a figure said to stay under an amount never reached it."""
    return (
        quantity.reached
        and quantity.low == quantity.high
        and claimed.low == quantity.low
        and claimed.low_open
    )


def year_undated(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement gives a figure of a series indexed by year (`time: qualifier`: a
    year's trade turnover, an anniversary's count of years to the year of its marking) without
    fixing that year, against a claim of one period of it (a year: it has a start): every year
    has its own figure ("trade reached $700 million" may be true of another year than the
    claim's; "marked 40 years since the war ended" was true in 2015), so with no date and no
    other act of the statement to date it, another figure refutes nothing. A figure held up to
    the sources' days from no known start ("keeps granting 200 scholarships a year") is the
    one of now, which the undated statement speaks of too; so is a count of years said of now
    (`counts_now`: "20 years old")."""
    # a figure held up to a date from no start (rules.is_former's time) is of no one year
    if claim.time_start is None or is_former(claim) or not _undated_figure(world, pred, ctx):
        return False
    return pred.dimension != "duration" or not _said_of_now(ctx)


def other_year(
    pred: PredicateInfo, claim: ClaimView, ctx: Context, timing: TimeCheck
) -> str | None:
    """The words of the date of a figure of a series indexed by year (`time: qualifier`) that
    the statement dates by no date of its own but by another act's ("in 2020 the Senate passed
    a resolution on the 25th anniversary of ties", "Leahy visited Vietnam in 2015 for the 20th
    anniversary of diplomatic relations"), where none of its dates meets the claim's period:
    the figure is of their year, not of the claim's 2025, and refutes nothing. None where the
    figure's own time was checked, or a date meets the claim's period."""
    if pred.time_role != "qualifier" or timing.rule != "no-date" or claim.time_start is None:
        return None
    first, last = claim.time_start, claim.time_end or claim.time_start
    dates = [d for d in ctx.parsed.dates if d.year_known]
    if not dates or any(d.first <= last and first <= d.last for d in dates):
        return None
    return dates[0].text


def _said_of_now(ctx: Context, aged: bool = True) -> bool:
    """Whether a word says the statement's count of years of now (`counts_now`), or the count
    is the age of what still holds (parse._read_ages: "ties built over three decades"), or,
    where `aged`, is said as an age (`age_words`: "20 years old", of now unless an act dates
    it)."""
    if ctx.parsed.ages:
        return True
    keys = phrase_keys("occasions", "counts_now")
    if aged:
        keys += phrase_keys("occasions", "age_words")
    return bool(phrase_spans(ctx.words, keys))


def _undated_count(world: World, pred: PredicateInfo, ctx: Context) -> bool:
    """Whether a count of years a series indexes by year is undated (`_undated_figure`)."""
    return pred.dimension == "duration" and _undated_figure(world, pred, ctx)


def _undated_figure(world: World, pred: PredicateInfo, ctx: Context) -> bool:
    """Whether a figure of a series indexed by year has neither a date nor another act of the
    statement to date it."""
    if pred.value_type != "quantity" or pred.time_role != "qualifier" or ctx.parsed.dates:
        return False
    return not _dating_acts(world, ctx)


def _dating_acts(world: World, ctx: Context) -> frozenset[str]:
    """The predicates of the statement's acts that have a time of their own, which a figure of
    a series said beside them is of."""
    # an event's own dates or place ("was held", "ngày"; EVENT cues) are the counted event's
    # or the marking's, not another act that dates it; nor is a figure's own comparator read
    # as a verb ("passed the $1 billion mark")
    return frozenset(
        t.target
        for t in ctx.parsed.triggers
        if world.vocab.predicates[t.target].time_role not in ("qualifier", "none")
        and EVENT not in world.vocab.predicates[t.target].cue_types
        and not overlaps(t.start, t.end, [(q.start, q.end) for q in ctx.parsed.quantities])
    )


def acts_dating(world: World, pred: PredicateInfo, ctx: Context) -> frozenset[str]:
    """The predicates of the acts that alone date a figure the statement gives of a series
    indexed by year ("Leahy visited Vietnam for the 20th anniversary of diplomatic relations",
    "Lam met Orbán as trade reached $700m"): no year of its own (a day without one, "On July
    12, ...", gives none) and no word saying it of now. Empty where the figure is dated
    otherwise, or is no such figure. The figure is of the year of that act, which only a claim
    of the act dates (`act_undated`)."""
    if pred.value_type != "quantity" or pred.time_role != "qualifier":
        return frozenset()
    if any(d.year_known for d in ctx.parsed.dates):
        return frozenset()
    if pred.dimension == "duration" and _said_of_now(ctx, aged=False):
        return frozenset()
    # an act said of no one ("the visit came as ...") is the occasion the sources report; one
    # done to a document or an agreement ("the resolution Daines championed marks ...") may be
    # named for the figure, which then needs no date; one a person's possessive names before
    # its noun ("Hagerty's visit") is his, of whatever year
    named = {
        q.predicate
        for q in ctx.predications
        if q.agent or q.agents or q.patients or _owned(world, ctx, q.start)
    }
    acts = {
        a
        for a in _dating_acts(world, ctx) & named
        if not CONTENT_TYPES & set(world.vocab.predicates[a].cue_types)
    }
    return frozenset(acts)


def _owned(world: World, ctx: Context, start: int) -> bool:
    """Whether a person's possessive stands right before the act's noun at `start`
    ("Hagerty's visit"), which no binding of the verb's slots reads."""
    text = ctx.parsed.text
    return any(
        m.end <= start
        and text[m.end : start].strip() in POSSESSIVES
        and any(world.type(eid) == PERSON for eid in m.ids)
        for m in ctx.parsed.entities
    )


def act_undated(finding: Finding, dated: list[ClaimView]) -> Finding:
    """A finding on a figure that another act alone dates (`acts_dating`), left open where no
    claim of that act among `dated` (the ones bearing it out) lies inside the finding's claim's
    period: the act may be of another year, whose figure the claims do not give ("Leahy
    visited Vietnam for the 20th anniversary of diplomatic relations", true of 2015; "Hagerty
    visited Vietnam", at a time no source gives). A figure held from no known start (one
    "kept" up to the sources' days) is of no one year."""
    claim = finding.claim
    if finding.outcome not in ("supports", "contradicts"):
        return finding
    if claim.time_start is None or is_former(claim):
        return finding
    first, last = claim.time_start, claim.time_end or claim.time_start
    if any(
        c.time_start is not None and first <= c.time_start and (c.time_end or c.time_start) <= last
        for c in dated
    ):
        return finding
    assert finding.grounds is not None
    grounds = replace(finding.grounds, rule="act-undated")
    return replace(finding, outcome="open", grounds=grounds)


def grown_past(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, figure: Interval
) -> bool:
    """Whether an undated count of years said of now ("more than three decades", "hơn 30 năm
    qua": `counts_now`) holds every count the claim's can have grown to by now: years since an
    event only grow, and the statement's now is no earlier than the claim's latest source,
    published after the claim's year, when the count was above the claim's ("more than 30
    years" of ties 30 years old in 2025, in a report of 2026)."""
    counted = claim.interval
    if counted is None or counted.high is None or counted.low != counted.high:
        return False
    if claim.time_end is None or not (_undated_count(world, pred, ctx) and _said_of_now(ctx)):
        return False
    known = sources_known(world, claim)
    if known is None or known <= claim.time_end:
        return False
    return figure.contains(Interval(counted.high, None, True, False))


def sources_known(world: World, claim: ClaimView) -> dt.date | None:
    """The last day the claim's sources know of: the latest publication day of those that
    give it (None: none dates its record)."""
    spans = world.index.with_evidence([claim])[claim.id].spans
    days = [day for span in spans if (day := world.index.published(span.source)) is not None]
    return max(days, default=None)


def later_now(
    world: World, pred: PredicateInfo, ctx: Context, figure: Interval, counted: Interval
) -> bool:
    """Whether an undated count of years said of now ("it has been 51 years since the war
    ended", `counts_now`) is above the claim's count: the statement's now is no earlier than
    the sources' and may be later, when more years have passed, so it is open. A count below
    the claim's is refuted: years since an event only grow; one that holds every count it can
    have grown to is borne out (`grown_past`)."""
    if not (_undated_count(world, pred, ctx) and _said_of_now(ctx)):
        return False
    if figure.low is None or counted.high is None:
        return False
    return figure.low > counted.high or (
        figure.low == counted.high and (figure.low_open or counted.high_open)
    )


def capital_stay(world: World, claim: ClaimView, said: Parties, timing: TimeCheck) -> str | None:
    """How a stay said in the capital of the claim's destination, on other first and last days
    than the claim's stay (rules.stay_dates), weighs against it: "Lam's trip to Washington ran
    Feb. 17-19" of a US trip of 18-20 February. The capital is the country seen closer
    (World.capitals), so days running past the trip's are refuted as the country's would be
    ("beyond"); days inside it ("Feb. 18-19") may be the capital's part of the trip
    ("inside"), which the claim does not fix. None where the statement names the destination
    itself, or no capital of it."""
    destination = claim.qualifier("destination")
    start, end = claim.time_start, claim.time_end
    if timing.rule != "other-stay-dates" or "destination" not in said.unstated:
        return None
    if start is None or end is None:
        return None
    if not any(world.capitals.get(place) == destination for place in said.mentioned):
        return None
    return "inside" if within(timing.date, (start, end)) else "beyond"


def dated_conflict(
    pred: PredicateInfo,
    claim: ClaimView,
    date: DateSpan | None,
    timing: TimeCheck,
    day: tuple[str, Grounds] | None,
    same_key: bool,
    same_occasion: bool,
    conflict: Grounds | None,
    value_note: Grounds | None,
) -> tuple[Grounds | None, Grounds | None]:
    """(conflict, value note) with the time: a date outside the claim's, or another part of
    the day (windows.day_part_rule), of the claim's own occasion conflicts, if nothing did; a
    part of the day the source does not fix is a note, if the figure left none."""
    if (
        conflict is None
        and timing.disjoint
        and pred.time_role in ("value", OCCASION)
        and same_key
        and same_occasion
    ):
        # the date the timing weighed: a weekday's where the statement gives no date
        said = timing.date
        conflict = Grounds("time-outside", claim, timing, text=said.text if said else "")
    if (
        conflict is None
        and day is not None
        and day[0] == "other"
        and pred.time_role in ("value", OCCASION)
        and same_key
        and same_occasion
    ):
        conflict = day[1]
    elif day is not None and day[0] == "open" and value_note is None:
        value_note = day[1]  # open, as a figure the claim neither implies nor excludes
    return conflict, value_note


def conflict_elsewhere(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> Finding | None:
    """Open, not contradicted, where a state's conflict went to another act: the date to
    another time (other_time), or to a time the claim holds over in part only (partly_held),
    or the state changed on the occasion (scope.changed)."""
    if pred.time_role != "state":
        return None
    if partly_held(claim, date):
        # "comprehensive partners from 2013 to 2023" of the level held since September 2023:
        # the years before the upgrade were at another level, which the claim does not refute
        assert date is not None
        return Finding(claim, "open", Grounds("partly-held", claim, text=date.text))
    if other_time(claim, ctx.parsed.dates):
        # "Upgraded to a comprehensive partnership in 2013": the date went to the upgrade,
        # and the level held today says nothing about 2013.
        return Finding(claim, "open", Grounds("other-time", claim))
    if changed := scope.changed(world.vocab, pred, ctx):
        # "nâng cấp quan hệ lên Đối tác chiến lược toàn diện tại cuộc gặp": a change of the
        # state on that occasion, after which the level the claim gives then no longer holds.
        return Finding(claim, "open", Grounds("changed", claim, text=changed))
    return None


def stated(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    quantity: Quantity | None,
    date: DateSpan | None,
    said: Parties,
    same_key: bool,
    same_occasion: bool,
    timing: TimeCheck,
) -> Stated:
    """How the statement states the predicate (rules.Stated): denied, changed, its mood, a
    figure given, and whether an intention speaks of an act already done."""
    parsed = ctx.parsed
    occasion = pred.time_role == OCCASION
    negated = scope.negated(world, pred, ctx) or scope.start_denied(ctx.parsed, date)
    mood = scope.modality(pred, ctx)
    # "last year", "trước đây": a time before the sources' own, left undated
    earlier = bool(phrases_at(parsed, "statements", "past_markers"))
    # An act done once for its key (a functional event: a congress's dates, an upgrade to a
    # level, an ODA package) on the claim's occasion, done before the time the statement
    # speaks of: an intention for it says it is still to come (rules.decide_claim).
    done = (
        mood in INTENTIONS
        and pred.functional
        and pred.time_role in ("value", OCCASION)
        and same_key
        and (
            same_occasion
            or (occasion and not timing.disjoint and told_at(world, claim, said.mentioned, ctx))
        )
        and done_before(claim, date)
        # "Orbán said Hungary would approve ...", "năm ngoái ... sẽ": an intention of the past
        and not earlier
        and not phrases_at(parsed, "statements", "past_intentions")
    )
    return Stated(
        negated=negated,
        denies_other_verb=negated and scope.denies_an_unread_verb(world, pred, ctx),
        ends_entered=negated
        and pred.id in lasting_predicates()
        and parsed.negation is not None
        and overlaps(parsed.negation.start, parsed.negation.end, parsed.enders),
        # "withdrew from the trade deal", "rút khỏi": the denial leaves the state, held before
        left=negated
        and parsed.negation is not None
        and overlaps(
            parsed.negation.start,
            parsed.negation.end,
            phrases_at(parsed, "polarity", "leavings", sub=pred.id),
        ),
        changes=scope.changes(pred, ctx),
        figure=quantity is not None,
        mood=mood,
        asserted=any(t.target == pred.id for t in parsed.triggers),
        object_unnamed=pred.value_type == "entity" and "object" in said.unstated,
        cue=parsed.negation.text if parsed.negation else "",
        label=pred.label_en,
        done=done,
        # "Last year Hungary was still processing the ODA", "In 2023 the two were upgrading
        # ties": still under way at an earlier time, or in a date the act is not shown done
        # before, so not done then; undated, it speaks of the sources' time, unless it is a
        # completion under way ("is completing"), which leaves that time open
        under_way_then=negated
        and scope.under_way(parsed)
        and (
            earlier or scope.completion_under_way(parsed)
            if date is None
            else not done_before(claim, date)
        ),
        goes_on=scope.goes_on(pred, ctx),
        # a speaker's intention to enter a state entered once (the agreement named, whose
        # parties it fixes), the statement his words: no date after his, by which he may have
        # seen it entered
        to_come=(
            (
                claim.speaker is not None
                and pred.id in lasting_predicates()
                and "object" not in said.unstated
                and (date is None or claim.time_end is None or date.first <= claim.time_end)
            )
            or plan_said_done(world, pred, claim, ctx, said.mentioned, date)
        )
        and not said.replaced,
        delay=_put_off(world, pred, ctx) if negated else "",
        # "postponed his trip to the US for the Board of Peace meeting": the occasion named
        # fixes the time the act was due as a date does, and the act done then refutes it
        delay_dated=date is not None or (occasion and same_occasion),
    )


def plan_said_done(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    mentioned: set[str],
    date: DateSpan | None,
) -> bool:
    """Whether the statement gives as done, at the encounter its source reports it at, the act
    the claim's subject told of there as his own plan: "Orbán told Lam he had just completed a
    visit to Vietnam", "Orbán cho biết đã thực hiện xong chuyến thăm Việt Nam", of his saying at
    their meeting that he would visit. Only an act said just done (`plan_done_markers` in
    lexicon/<lang>/statements.yaml: "just completed", "vừa", "xong"), or the plan's own act said
    kept ("already made his planned trip": `plan_named` with `plan_kept`), each word tied to the
    act's own trigger (_tied), is the plan's: "Orbán said he had visited Vietnam" may be a visit
    of years before, "told Lam about his planned visit" names the plan, and "vừa nhận lời mời
    thăm" is an acceptance just made. Undated, and in his own words at that encounter only: a
    done act no words of his fix there ("đã thực hiện chuyến thăm mà ông hứa với Tổng Bí thư")
    may have been done after the sources' time (tests/test_polarity_uncovered.py)."""
    if claim.speaker is not None or claim.modality != "plan" or date is not None:
        return False
    if not _tied(ctx, pred, "plan_done_markers") and not (
        _tied(ctx, pred, "plan_named") and _tied(ctx, pred, "plan_kept")
    ):
        return False
    return own_plan_told(world, claim, ctx, mentioned - ctx.ambiguous)


# How many words may stand between a word that marks an act done and the act's trigger.
TIED_GAP = 3


def _tied(ctx: Context, pred: PredicateInfo, key: str) -> bool:
    """Whether a phrase of `key` (statements lexicon) stands before or after a trigger of `pred`
    with at most TIED_GAP words and no other predicate's trigger between: "just completed an
    official visit", "thăm Việt Nam xong", not "vừa nhận lời mời thăm"."""
    parsed = ctx.parsed
    acts = [t for t in parsed.triggers if t.target == pred.id]
    others = [t.start for t in parsed.triggers if t.target != pred.id]
    for start, end in phrases_at(parsed, "statements", key):
        for act in acts:
            if start < act.end and act.start < end:
                return True  # "just visited": the act's own verb
            lo, hi = (end, act.start) if end <= act.start else (act.end, start)
            if lo > hi or any(lo <= o < hi for o in others):
                continue
            if sum(1 for _, s, e in ctx.words if lo <= s and e <= hi) <= TIED_GAP:
                return True
    return False


def own_plan_told(world: World, claim: ClaimView, ctx: Context, named: set[str]) -> bool:
    """Whether the statement gives words to the one whose own plan the claim is, told by him at
    the encounter its source reports it at, and names no one else of another occasion (`named`:
    occasion.announced_by): "Orbán declined to commit to a visit to Vietnam", "Orbán said he
    had just been to Vietnam", of his saying at his one meeting that he would visit. A plan
    the sources give as anyone's announcement of it (a ministry's) is not his word, and a date
    may be another occasion's."""
    stance = ctx.stance
    return (
        stance is not None
        and claim.modality == "plan"
        and not stance.others
        and stance.speaker == claim.subject
        and not ctx.parsed.dates
        and announced_by(world.index, world.vocab, claim, stance.speaker, {claim.subject}, named)
    )


def _put_off(world: World, pred: PredicateInfo, ctx: Context) -> str:
    """The words that put the predicate's act off (scope.delay), "" where the delay is what an
    act said before it is about ("nhất trí gác lại Kế hoạch Hòa bình": the agreement, made, is
    to shelve the plan, which the agreement to carry it out refutes as any opposite does): the
    reading scope.negated denies the act by (scope.opposed), asked once, here as there."""
    cue = ctx.parsed.negation
    if cue is None:
        return ""
    # "Lam's trip to the US was postponed": a delay in the passive is of the act named before
    # it, put off itself
    if scope.opposed(world, pred, ctx, cue) and not scope.passive_delay(ctx.parsed):
        return ""
    return scope.delay(ctx.parsed)


def other_party_named(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, mentioned: set[str]
) -> bool:
    """Whether a claim whose subject the statement does not name may still be its reading:
    of a symmetric relation, with the counterparty named ("Hungary met ..." of Vietnam's
    meeting with Hungary), or, where a verb says the act, with the object that cues it named
    and no party of the subject's kind at all ("the US-Vietnam reciprocal trade agreement had
    been finalised", "Hiệp định ... đã được ký kết"): the agreement stands for its own
    parties. Named with no such verb ("talks on the reciprocal trade deal made progress"), it
    says nothing of who is party to it."""
    if not pred.symmetric:
        return False
    if claim.qualifier("counterparty") in mentioned:
        return True
    kind = world.type(claim.subject)
    return (
        claim.object in mentioned
        and world.type(claim.object) in pred.cue_types
        and any(t.target == pred.id for t in ctx.parsed.triggers)
        and not any(world.type(e) == kind for e in mentioned)
    )


def unbound(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the claim is not the statement's predication: the statement binds to the
    predicate's verb a party the claim does not have in that role (rules
    .bind_party): its agent where the claim has its subject (or speaker), the names right
    after the verb where it has its counterparty or beneficiary. One part of a statement is
    one claim's roles: "Tô Lâm chúc mừng Thủ tướng Orbán" is not borne out by his
    congratulation of Armenia with Orbán's office beside it."""
    held = ctx.titled.get(pred.id)
    if held is not None and claim.subject not in held:
        return True  # "Leahy and Republican Sen. Daines": the party is said of Daines only
    party = party_of(claim)
    states = pred.state_parties
    for p in ctx.predications:
        if p.predicate != pred.id:
            continue
        # who does it: one of the names before the verb is the claim's subject (or, for
        # what someone said, its speaker: "Orbán said Hungary approved ...")
        agents = p.agents or (("",) if p.agent_kind == PEOPLE else ())
        agent = bound(world, agents, p.agent_kind, (claim.subject,), "agent", states)
        # or the leader of the claim's country while it did it ("Lam joined ...": leads)
        agent = agent or any(world.led_then(a, claim) for a in p.agents)
        if claim.speaker is not None and (claim.speaker in p.agents or speaker_opens(p, ctx)):
            agent = not said_of_himself(claim, p, ctx)
        # what a speaker pledged himself is his country's only where he speaks for it
        # ("Senator Daines said the United States would prioritise ..." of his own pledge:
        # a senator speaks for no country, lexicon/world/voices.yaml)
        if claim.speaker == claim.subject and p.agents:
            voice = world.voices(claim.subject) | {claim.subject}
            agent = agent and any(a in voice or world.type(a) != COUNTRY for a in p.agents)
        # "Vietnam and Hungary agreed ...": a joint act's doers listed before its verb are its
        # sides, each the claim's subject or its other party (or the state one acts for), so a
        # name the claim's act lacks is no party of it, though another fact may account for it
        sides = (claim.subject, party) if party else (claim.subject,)
        if pred.symmetric and len(p.agents) > 1:
            agent = all(bound(world, (a,), p.agent_kind, sides, "agent", states) for a in p.agents)
        # a list after the verb is one claim's party each: one of them must be this one's
        # a name the claim gives another role is that role's ("mời sang thăm Việt Nam": where)
        named = tuple(
            n
            for n in p.patients
            if n == party or n not in claim.entities() or world.type(n) not in PLACES
        )
        if not p.patients:
            named = ("",) if p.patient_kind else ()
        after = not party or bound(world, named, p.patient_kind, (party,), "counterparty", states)
        # "a visit to Hungary" of a claim whose trip goes to Vietnam: of an act done to no one
        # (an invitation's patient is whom it goes to), the country right after the verb is
        # where it goes
        where = claim.qualifier("destination")
        if where and not party and world.type(where) == COUNTRY and p.patient_kind == "place":
            after = after and all(n == where or world.type(n) != COUNTRY for n in p.patients)
        # "Quan chức Mỹ đón Tổng Bí thư", "Lâm congratulated Orbán" of Orbán's congratulation
        # of Lâm: of a directed act (directions.yaml), the claim's doer named after the verb is
        # who it was done to, by someone else, whoever stands before the verb (unread, or no
        # one). An act with one direction is then turned round (turned_round); another may go
        # both ways on one occasion, and the claim says nothing of the way the statement gives.
        done_to = (
            pred.id in directed_predicates()
            and claim.subject in p.patients
            and claim.subject not in p.agents
        )
        if agent and after and not done_to:
            continue
        if pred.symmetric and party:
            # either party may be named first ("Orbán met Tô Lâm", "Vietnam and the EU
            # signed"): the other way round, the agent is the claim's counterparty and a
            # name after the verb its subject
            back = bound(world, agents, p.agent_kind, (party,), "agent", states)
            before = any(
                world.binds(b, world.kind(b), claim.subject, "agent", states) in ("same", "holder")
                for b in p.patients
            )
            if back and (before or not named):
                continue
        return True
    return False


def said_of_himself(claim: ClaimView, p: Predication, ctx: Context) -> bool:
    """Whether the statement gives the claim's speaker, bound to the act, the act as his own
    in the words it gives him ("Hagerty said he would make ... a priority", "ông Hagerty cho
    biết cá nhân ông sẽ ưu tiên ...") where the claim's act is someone else's he stated (his
    country's, his body's): he is then its doer as himself, neither the state he holds an
    office in nor the one whose act he stated. Only where his verb of saying is itself the
    act ("Tô Lâm pledged Vietnam would ...", "cam kết") is the act he stated his."""
    reading = ctx.stance
    return (
        reading is not None
        and reading.speaker == claim.speaker
        and claim.subject != claim.speaker
        and not overlaps(p.start, p.end, reading.spans)
    )


def speaker_opens(p: Predication, ctx: Context) -> bool:
    """Whether the words given to the speaker open with him as the doer of act p, where the
    parse binds no one to it: named again right after his verb of saying, or after the one he
    told ("Hagerty said he would ...", "told Lam he would ...", "cho biết ông sẽ ...":
    `self_reference` in stances.yaml, of the statement's language: "he" is no unaccented
    "hệ"), or, after his name and a colon, a plan word with no subject before it ("Hagerty: sẽ
    tiếp tục ..."), a plan with no one else's name being his own."""
    reading = ctx.stance
    if reading is None or p.agents or p.doers is not None or p.start < reading.end:
        return False
    text, lang = ctx.parsed.text, ctx.parsed.lang
    start = said_from(text, reading, ctx.parsed.entities)
    words = [w for w in ctx.parsed.tokens.words() if start <= w[1] and w[2] <= p.start]
    keys = tuple(k for k, _, _ in words)
    if any(keys[: len(w)] == w for w in phrase_keys("stances", "self_reference", (lang,))):
        return True
    # the lexicon's plan words, not the parse's plan cues: one right before an undertaking
    # ("sẽ ưu tiên") is dropped from those as no plan, yet it still opens his words
    plans = phrase_spans(words, phrase_keys("statements", "modality", (lang,), "plan"))
    return (
        reading.text.rstrip().endswith(":")
        and bool(words)
        and any(s == words[0][1] for s, _ in plans)
    )


def bound(
    world: World,
    bound: tuple[str, ...],
    kind: str,
    parties: tuple[str, ...],
    slot: str,
    states: bool = False,
) -> bool:
    """Whether the names bound to a slot leave it to one of `parties` (none bound: yes);
    `states`: the predicate's parties are states (rules.bind_party)."""
    if not bound:
        return True
    return any(
        world.binds(b, world.kind(b) if b else kind, party, slot, states) != "other"
        for b in bound
        for party in parties
    )


def told_at(world: World, claim: ClaimView, mentioned: set[str], ctx: Context) -> bool:
    """Whether the statement names the occasion its source reports the claim at by who was
    there: "Orbán told Lam that Hungary had approved $500m" names the meeting its source
    reports the approval at (not by a date, which may be another clause's:
    factdb.check.occasion), as does its announcer ("..., Orbán says")."""
    named = mentioned - ctx.ambiguous
    return encounter_named(world.index, world.vocab, claim, named) or announced(
        world, claim, named, ctx
    )


def announced(world: World, claim: ClaimView, named: set[str], ctx: Context) -> bool:
    """Whether the statement gives the claim to the one who announced it at the encounter
    its source reports it at (factdb.check.occasion.announced_by): "Hungary finalises
    $500m ODA package, Orbán says". Undated: a date is the occasion's to decide
    (rules.same_occasion), and "Orbán said in 2017 ..." may be another announcement."""
    stance = ctx.stance
    if stance is None or stance.others or stance.on_act or stance.speaker not in named:
        return False
    if ctx.parsed.dates:
        return False
    places = world.places(stance.speaker)
    return announced_by(world.index, world.vocab, claim, stance.speaker, places, named)


def alternative(
    world: World,
    role: str,
    eid: str,
    candidates: set[str],
    pred: PredicateInfo,
    ctx: Context,
    claim: ClaimView | None = None,
) -> str | None:
    """A mentioned entity of the same kind that could stand where the claim has `eid`; for
    a place, one the statement gives as where it happened ("in Hungary", "flew to
    Washington"). A capital and its country are one place seen closer or farther."""
    kind = world.type(eid)
    if not kind:
        return None
    place = role in PLACE_ROLES and kind in PLACES
    # "was held in New York" of an event held in Washington: a city that is the claim's
    # object (where an event was held) is replaced by any place given as where, which
    # cannot hold it (World.elsewhere_than)
    venue = role == "object" and kind == CITY
    for other in sorted(candidates):
        if world.capitals.get(other) == eid or world.capitals.get(eid) == other:
            continue
        if (
            place
            and world.type(other) in PLACES
            and scope.locative(world.vocab, other, pred, ctx, claim)
        ):
            return other
        if (
            venue
            and world.elsewhere_than(other, eid)
            and scope.locative(world.vocab, other, pred, ctx, claim)
        ):
            return other
        if role != "location" and world.type(other) == kind:
            return other
    return None


def event_moved(
    world: World, claim: ClaimView, candidates: set[str], pred: PredicateInfo, ctx: Context
) -> tuple[str | None, str]:
    """Another place the statement gives for where the claim's event was held (the one
    place EVENT_LOCATION claims give it), and that place; (None, "") if none."""
    event = claim.qualifier("event")
    held = world.event_places({event}) if event else set()
    if len(held) != 1:
        return None, ""
    (where,) = held
    other = alternative(world, "location", where, candidates - held, pred, ctx, claim)
    if other is None or not world.elsewhere_than(other, where):
        return None, ""
    if not scope.placed_at(world.vocab, other, event or "", {pred.id}, ctx):
        return None, ""
    return other, where


def value_stated(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """A predicate cued only by a mention ('the Board of Peace meeting') checks nothing unless
    the statement also gives its value: a date, a place, an amount, or the cue itself is part
    of the value ('Prime Minister Orbán' names the office)."""
    if any(t.target == pred.id for t in ctx.parsed.triggers):
        return True
    if pred.value_type == "date":
        return pred.id in ctx.dates
    if pred.value_type in ("quantity", "rank"):
        return pred.id in ctx.quantities
    if pred.value_type == "entity" and claim.object is not None:
        # The cue names the value ("Prime Minister Orbán" names the office), not the
        # subject: "the Board's first meeting" says nothing of where it was held.
        cued = {e for e in claim.entities() - {claim.subject} if world.type(e) in pred.cue_types}
        return (
            claim.object in ctx.mentioned
            or bool(cued & ctx.mentioned)
            or alternative(world, "object", claim.object, ctx.mentioned, pred, ctx, claim)
            is not None
        )
    return True


def single_holder(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    other: str,
    ctx: Context,
    date: DateSpan | None,
) -> Finding:
    """'Y is prime minister of X' when the claim has Z in that single-holder office. The
    title read as an assertion of Y's (factdb.check.assertions) says it of him whatever
    stands between ("Hun Sen is Cambodia's prime minister"); a former or past one ("Former
    Cambodian Prime Minister Hun Sen", "từng là Thủ tướng") says he held it before, which
    the holder at the claim's time does not refute."""
    role = claim.qualifier("role")
    parsed = ctx.parsed
    irrelevant = Finding(claim, "irrelevant", None)
    # the cheap tests first: reading the titles and their attachment costs a decomposition
    if (
        not single_office_named(world, claim, ctx)
        or {other, role, claim.object} & ctx.ambiguous
        or parsed.negation is not None
        or claim.polarity != "affirmed"
        or claim.modality != "fact"
        # held before a date ("nguyên Chủ tịch"): someone else may hold it since
        or claim.time_start == dt.date.min
        # a plural office ("meets presidents of ...") is nobody's single title
        or not all(world.vocab.written_as_phrase(m.text) for m in ctx.positions[role])
    ):
        return irrelevant
    titles = [
        a
        for a in decompose(parsed, world.vocab)
        if a.subject == other and a.office == role and a.jurisdiction in (None, claim.object)
    ]
    said = any(a.jurisdiction == claim.object for a in titles) or (
        scope.attached(world, other, pred, claim, ctx)
        # whose office it is is said of it too ("Thủ tướng Hun Manet nói với Tô Lâm rằng
        # Hungary ...": Hungary is what he spoke of, not his country)
        and scope.attached(world, claim.object, pred, claim, ctx)
    )
    # the title is said at the time of the whole statement, whichever act a date is read with
    dates = [date] if date is not None else ctx.parsed.dates
    now = all(of_now(a, parsed, world.offices) for a in titles) if titles else False
    if (
        not said
        or any(a.tense in ("former", "past") for a in titles)
        or not fixes_holder(claim, dates, now)
    ):
        return irrelevant
    return Finding(claim, "contradicts", Grounds("single-holder", claim, other=other), True)


def single_office_named(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement names the claim's office, a single-holder one, and where it is
    held: what another holder named in the claim's subject's place needs to refute it
    (single_holder)."""
    role = claim.qualifier("role")
    info = world.vocab.entities.get(role or "")
    return (
        info is not None
        and info.single_holder
        and role in ctx.mentioned
        and claim.object in ctx.mentioned
    )


# The sides a statement's words give the names of a directed relation, whatever their order
# (sides_said): who gives or acts, and whom it goes to or whose partner one is.
DOER, OTHER = "doer", "other"


def sides_said(world: World, pred: PredicateInfo, ctx: Context) -> dict[str, str]:
    """The side of a directed relation (rules.in_order) the statement's words give a name, its
    order aside: OTHER for the one named before a verb of receiving in its clause, not the
    predicate's own ("Hungary has received ODA", "Hungarian students receive scholarships":
    parse.receiving_verbs; "Lam received Hegseth" is his reception), right
    after a word of whom something is for or about (`purpose_markers` in
    lexicon/<lang>/occasions.yaml, `regard_markers` in statements.yaml: "for Vietnam", "đối với
    Mỹ", past a determiner), or as the owner of a noun that names one side by its relation to
    the other (`relational` in lexicon/world/directions.yaml: "America's No. 2 trading
    partner", "đối tác thương mại của Mỹ": `owner_markers`); DOER for the one named right after a
    passive word the parse read ("granted by Vietnam", "được Chính phủ Việt Nam cấp"), outside
    a verb of receiving ("nhận được")."""
    parsed = ctx.parsed
    lang, text = parsed.lang, parsed.text
    toks = parsed.tokens.words()
    names = sorted(parsed.entities, key=lambda m: m.start)
    _, determiners = receipt_words(lang)
    sides: dict[str, str] = {}

    def after(end: int, reach: int = 0) -> Mention | None:
        """The name right after `end` in its clause: past determiners only, or starting within
        `reach` characters (a passive's agent past his titles: parse.AGENT_REACH)."""
        m = next((m for m in names if m.start >= end), None)
        if m is None or set(parsed.text[end : m.start]) & BREAKS:
            return None
        gap = [w for w, s, e in toks if end <= s and e <= m.start]
        return m if m.start <= end + reach or all(w in determiners for w in gap) else None

    receiving = [(toks[i][1], toks[j - 1][2]) for i, j in receiving_verbs(parsed, world.vocab)]
    # a verb of receiving that is the predicate's own ("To Lam received Hegseth": the host)
    # names its doer before it
    own = [(t.start, t.end) for t in parsed.triggers if t.target == pred.id]

    joiners = list_joiners(lang)
    read = [(m.start, m.end) for m in names] + [(t.start, t.end) for t in parsed.triggers]

    def joined_verb(end: int, start: int) -> bool:
        # "received Hegseth and asked him to ...", "... and relayed an invitation": a list
        # joiner with a word after it that no name, act or determiner reads, a verb of its own
        # clause ("received ODA and scholarships" joins two things received)
        keys = [(w, s, e) for w, s, e in toks if end <= s and e <= start]
        return any(
            tuple(w for w, _, _ in keys[k : k + len(j)]) == j
            and k + len(j) < len(keys)
            and keys[k + len(j)][0] not in determiners
            and not spanned(keys[k + len(j)][1], keys[k + len(j)][2], read)
            for k in range(len(keys))
            for j in joiners
        )

    def apart(start: int, end: int) -> bool:
        # a clause break between the verb and every word of the act: another clause's verb
        # ("Lam received Hegseth, then invited Trump": the reception, no invitation received),
        # or a verb joined by "and"
        return all(
            set(text[min(end, s) : max(start, e)]) & BREAKS or (end <= s and joined_verb(end, s))
            for s, e in own
        )

    for start, end in receiving:
        if overlaps(start, end, own) or apart(start, end):
            continue
        before = [
            m
            for m in names
            if m.end <= start
            and not set(parsed.text[m.end : start]) & BREAKS
            and len(parsed.text[m.end : start].split()) <= RECEIVER_REACH
        ]
        if before:
            sides.setdefault(before[-1].ids[0], OTHER)
    if parsed.passive:
        acts = [(t.start, t.end) for t in parsed.triggers]
        for start, end in parsed.passives:
            # a passive word inside an act's own words is none ("stand side by side with")
            if spanned(start, end, receiving) or spanned(start, end, acts):
                continue
            doer = after(end, AGENT_REACH)
            if doer is not None:
                sides.setdefault(doer.ids[0], DOER)
    markers = phrase_keys("occasions", "purpose_markers", (lang,)) + phrase_keys(
        "statements", "regard_markers", (lang,)
    )
    for _, end in phrase_spans(toks, markers):
        marked = after(end)
        if marked is not None:
            sides.setdefault(marked.ids[0], OTHER)
    if pred.id in relational_predicates():
        owners = phrase_keys("statements", "owner_markers", (lang,))
        nouns = [(t.start, t.end) for t in parsed.triggers if t.target == pred.id]
        for start, end in nouns:
            owner = next(
                (
                    after(e)
                    for s, e in phrase_spans(toks, owners)
                    if s >= end and not text[end:s].strip()
                ),
                None,
            )
            possessed = [
                m
                for m in names
                if m.end <= start
                and parsed.text[m.end : m.end + 2] in POSSESSIVES
                and not set(parsed.text[m.end : start]) & BREAKS
                and len(parsed.text[m.end : start].split()) <= RECEIVER_REACH
            ]
            for m in ([owner] if owner else []) + possessed[-1:]:
                sides.setdefault(m.ids[0], OTHER)
    return sides


# How many words may stand between a name and the verb of receiving or the noun after it.
RECEIVER_REACH = 4


@cache
def relational_predicates() -> frozenset[str]:
    """The predicates whose noun names one side by its relation to the other, so that the
    noun's owner is the other side (factdb/lexicon/world/directions.yaml `relational`)."""
    return frozenset(load_lexicon("world", "directions").get("relational") or {})


def turned_round(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> bool:
    """Whether the statement turns the claim's parties round (turned_order) on the claim's own
    occasion."""
    if (
        claim.polarity != "affirmed"
        or claim.modality != "fact"
        or ctx.parsed.negation is not None
        # a passive turns the order round: only one naming who does it binds the parties
        or (ctx.parsed.passive and not any(p.passive for p in ctx.predications))
        or {party_of(claim), claim.subject} & ctx.ambiguous
        or not turned_order(pred, claim, ctx)
    ):
        return False
    return same_occasion_of(
        claim, date, windows.occasion_named(world, claim, ctx), world.occasion_window
    )


def turned_order(pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether, for a predicate with one direction on one occasion
    (factdb/lexicon/world/directions.yaml), the statement binds the claim's other party as who
    does it and the claim's subject as the one it is done to (assertions.predications, an agent
    named after the act's noun included)."""
    party = party_of(claim)
    return (
        party is not None
        and pred.id in one_way_predicates()
        and any(
            p.predicate == pred.id and p.agent == party and claim.subject in p.patients
            for p in ctx.predications
        )
    )


@cache
def lasting_predicates() -> frozenset[str]:
    """The predicates whose state lasts once entered, so that its denial on a day reaches back
    (factdb/lexicon/world/lasting.yaml)."""
    return frozenset(load_lexicon("world", "lasting").get("lasting") or {})


@cache
def shortened_levels() -> dict[str, frozenset[str]]:
    """Each level with the lower levels the press shortens its name to
    (factdb/lexicon/world/levels.yaml `shortened_to`)."""
    listed = load_lexicon("world", "levels").get("shortened_to") or {}
    return {level: frozenset(names) for level, names in listed.items()}


@cache
def one_way_predicates() -> frozenset[str]:
    """The predicates whose parties have one direction on one occasion
    (factdb/lexicon/world/directions.yaml)."""
    return frozenset(load_lexicon("world", "directions").get("one_way") or {})


@cache
def directed_predicates() -> frozenset[str]:
    """The predicates whose act goes from its doer to the other party, one way or both ways on
    one occasion (factdb/lexicon/world/directions.yaml, `one_way` and `directed`)."""
    return one_way_predicates() | frozenset(
        load_lexicon("world", "directions").get("directed") or {}
    )
