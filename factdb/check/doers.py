"""Who did an act that has one doer on one occasion (session 20): an invitation to an occasion
comes from its host (`one_doer` in lexicon/world/directions.yaml).

A statement may name the one who invited someone to an occasion before the verb ("Hegseth
invited Lam to the summit") or after the act's noun ("at the invitation of UN chief Antonio
Guterres", "theo lời mời của Ngoại trưởng Marco Rubio": `given_by` in
lexicon/<lang>/statements.yaml), past his titles, a name the base may not know. Where it speaks
of the occasion of a claim of that act with the same invitee (it names the claim's event, or
the invitee's trip or attendance of that event is borne out beside it, its event or place
named: "went to Washington at the invitation of ..."), another person than the claim's doer is
refuted: a known person who is not he, or a name none of whose words his names share. Another
occasion, a denial or a name sharing a word with his stays open: an unnamed gathering ("invited
Lam to a summit"), or a place, event or date the claim does not have beside the doer and his
titles (the judge's ON_OCCASION: "Prabowo invited Lam to the ASEAN summit in Jakarta").
The trip beside counts only where the inviter is named after the act's noun ("at the invitation
of X"): after a verb ("X invited Lam to tour a carrier during his trip") what follows is what he
was invited to, and a trip the statement sets its acts in ("during his US trip") is when.

An act that answers one of them (`answers` in lexicon/<lang>/polarity.yaml: an acceptance
answers an invitation) names that act's doer as its other party ("accepted Hegseth's
invitation to attend the inaugural meeting", "nhận lời mời của ông Ajay Banga, sang Mỹ dự
họp"): he is judged as the inviter said outright would be (session 23).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from factdb.check.accounting import outlet_names
from factdb.check.explain import Words
from factdb.check.findings import Context, Part
from factdb.check.frames import frames
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, Uncovered, party_of
from factdb.check.statement import Cue
from factdb.check.wording import list_joiners
from factdb.check.world import ANNOUNCING_TYPES, EVENT, PERSON, World
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.records import dataclass
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps
from factdb.text.tokens import phrase_spans, word_keys

# The rule a part refuted by another doer of the claim's occasion names (Part.rule).
OTHER_DOER = "other-doer"


@dataclass(frozen=True, slots=True)
class Doer:
    """Someone the statement says did an act: a known person (`eid`) or a name the base does
    not know (`eid` None)."""

    predicate: str
    text: str
    eid: str | None
    # whom the statement has the act done to, where its verb binds anyone ("Trump attended
    # ... at the invitation of Lam": Trump)
    patients: tuple[str, ...] = ()
    # the known people it gives the act to with him, himself among them if known ("Hegseth and
    # Trump invited ...", "at the invitation of Rubio and Trump"): a joint act
    listed: frozenset[str] = frozenset()
    # what its titles name of him ("UN" of "UN Secretary-General Antonio Guterres"): the words
    # a refutation of his act accounts for with his name
    described: frozenset[str] = frozenset()
    # named after the act's noun ("at the invitation of X"): the trip said beside it was made
    # at that invitation. A verb's ("X invited Lam to tour a carrier") has what follows it
    # for its content, and its occasion only where that names the claim's event
    given: bool = False
    # the statement's act that answers this one, whose other party he is ("accepted Hegseth's
    # invitation": accepted_invitation), where the statement names him so
    answering: str | None = None


@cache
def one_doer() -> dict[str, str]:
    """Predicate id -> why it has one doer on one occasion (lexicon/world/directions.yaml)."""
    return dict(load_lexicon("world", "directions").get("one_doer") or {})


@cache
def reporting() -> dict[str, str]:
    """Predicate id -> why the news it gives has one doer (`reports` in lexicon/world/
    directions.yaml): an announcement."""
    return dict(load_lexicon("world", "directions").get("reports") or {})


@cache
def answering(lang: str) -> dict[str, str]:
    """Predicate id -> the act with one doer it answers (`answers` in lexicon/<lang>/
    polarity.yaml): an acceptance answers an invitation, whose doer is its other party."""
    answers = load_lexicon(lang, "polarity").get("answers") or {}
    return {p: a for p, a in dict(answers).items() if a in one_doer()}


def doers_said(world: World, ctx: Context) -> list[Doer]:
    """The doers the statement names for the acts with one doer: the agent bound to the verb
    (a known person, before it or after its noun: assertions.predications), or the first name
    the base does not know listed after the act's noun and its `given_by` word, past titles
    and their small words ("at the invitation of UN chief Antonio Guterres"); each with the
    people listed with him (_given_list)."""
    acts = one_doer()
    lists = {
        (t.start, t.target): _given_list(world, ctx, t)
        for t in ctx.parsed.triggers
        if t.target in acts
    }
    none = _Given([], frozenset(), frozenset())
    found = [
        Doer(
            p.predicate,
            p.agent,
            p.agent,
            p.patients,
            lists.get((p.start, p.predicate), none).known | set(p.agents),
            given=p.given,
        )
        for p in ctx.predications
        if p.predicate in acts and p.agent and world.type(p.agent) == PERSON
    ]
    # "accepted Hegseth's invitation", "nhận lời mời của Tổng thống Joe Biden": the act that
    # answers one of them names its doer as its other party, a known person bound to it or a
    # name after the answered act's `given_by` word; its own doers are the ones it was done to
    answers = answering(ctx.parsed.lang)
    for p in ctx.predications:
        answered = answers.get(p.predicate)
        if answered is None or not p.agents:
            continue
        trigger = next((t for t in ctx.parsed.triggers if t.start == p.start), None)
        given = _given_list(world, ctx, trigger, answered) if trigger is not None else none
        known = [e for e in p.patients if world.type(e) == PERSON] or sorted(given.known)
        name = known[0] if known else (given.unknown[0] if given.unknown else None)
        if name is None:
            continue
        eid = name if known else None
        found.append(
            Doer(
                answered,
                name,
                eid,
                p.agents,
                frozenset(known) | given.known,
                given.described,
                given=True,
                answering=p.predicate,
            )
        )
    for t in ctx.parsed.triggers:
        given = lists.get((t.start, t.target), none)
        if given.unknown and t.kind == "trigger":
            bound = [p.patients for p in ctx.predications if p.start == t.start]
            patients = bound[0] if bound else ()
            found.append(
                Doer(
                    t.target,
                    given.unknown[0],
                    None,
                    patients,
                    given.known,
                    given.described,
                    given=True,
                )
            )
    return found


@dataclass(frozen=True, slots=True)
class _Given:
    """The names listed after an act's noun and its `given_by` word (_given_list)."""

    unknown: list[str]  # those the base does not know, in order
    known: frozenset[str]  # the people it knows
    described: frozenset[str]  # what their titles name ("UN", "Canadian")


def _given_list(world: World, ctx: Context, trigger: Cue, predicate: str = "") -> _Given:
    """The names listed after the act's noun and its `given_by` word (the word of `predicate`,
    an act the trigger's answers, or else of the trigger's own), each past its titles
    ("invitation of ... Antonio Guterres", "theo lời mời của Ngoại trưởng Rubio và Tổng thống
    Trump"; a comma or `list_joiners` between): those the base does not know, in order, the
    people it knows, and what their titles name."""
    parsed = ctx.parsed
    text = parsed.text
    words = [(w, s, e) for w, s, e in ctx.words if s >= trigger.end]
    keys = tuple(w for w, _, _ in words)
    markers = phrase_keys("statements", "given_by", (parsed.lang,), predicate or trigger.target)
    marker = next((m for m in markers if m and keys[: len(m)] == m), None)
    if marker is None:
        return _Given([], frozenset(), frozenset())
    at = words[len(marker) - 1][2]
    # titles, the places said of them and their small words ("Canadian Prime Minister", "ông")
    titles = {
        (m.start, m.end_in(text)): m.ids
        for m in parsed.entities
        if m.ids and all(world.type(e) != PERSON for e in m.ids)
    }
    skipped = list(titles)
    skipped += [(c.start, c.end) for c in parsed.grammar if c.kind == "title_filler"]
    # a title the vocabulary lacks, capitalised before the name ("UN Secretary-General")
    # unmarked Vietnamese gives an unknown name only as a run of capitalised words
    unread = parsed.names_unread()
    names = [(i, i + len(n)) for n in unread if (i := text.find(n, at)) >= 0]
    skipped += [
        (s, e)
        for _, s, e in parsed.loose_words
        if text[s : s + 1].isupper() and not overlaps(s, e, names)
    ]

    people = {
        m.start: m for m in parsed.entities if m.ids and all(world.type(e) == PERSON for e in m.ids)
    }
    joiners = list_joiners(parsed.lang)

    def next_word(at: int) -> int:
        rest = text[at:]
        return at + len(rest) - len(rest.lstrip(" -\u2010\u2011"))

    unknown: list[str] = []
    known: set[str] = set()
    described: set[str] = set()
    while True:
        moved = True
        while moved:
            moved = False
            for start, end in skipped:
                if start == next_word(at):
                    described |= set(titles.get((start, end), ()))
                    at, moved = end, True
                    break
        pos = next_word(at)
        name = next((n for n in unread if text.startswith(n, pos)), None)
        if name is not None:
            unknown.append(name)
            at = pos + len(name)
        elif pos in people:
            known |= set(people[pos].ids)
            at = people[pos].end
        else:
            break
        # the next item: after a comma, or a list joiner ("Rubio và Tổng thống Trump")
        if text[at:].lstrip().startswith(","):
            at = text.index(",", at) + 1
            continue
        rest = [(w, e) for w, s, e in ctx.words if s >= at]
        joiner = next((j for j in joiners if tuple(w for w, _ in rest[: len(j)]) == j), None)
        if joiner is None:
            break
        at = rest[len(joiner) - 1][1]
    return _Given(unknown, frozenset(known), frozenset(described))


def other_doer_parts(
    world: World,
    words: Words,
    ctx: Context,
    said: Sequence[Doer],
    parts: Sequence[Part],
    found: Mapping[str, Sequence[ClaimView]],
) -> list[Part]:
    """Each act with one doer that the statement gives to someone else on a claim's occasion
    (`found`: the claims of those acts naming the statement's names, by predicate): a part of
    the act, contradicted, citing the claim. Beside another act the statement names, one no
    claim of its predicate says (`other_acts` in lexicon/<lang>/synonyms.yaml: "attended a
    working dinner"), the act may be for that one: another occasion than the claim's, even
    with its event named ("a dinner during the inaugural meeting")."""
    if ctx.parsed.negation is not None or ctx.parsed.modality == "wish":
        return []
    named = {e for e in ctx.mentioned - ctx.ambiguous - ctx.loose if world.type(e) == EVENT}
    framing = frames(ctx.parsed, world.vocab)
    out: list[Part] = []
    for doer in said:
        if any(c.target != doer.predicate for c in ctx.parsed.other_acts):
            continue
        # the events of the acts borne out beside it: the trip it says was at that invitation,
        # where every claim bearing it out is of that one (undated "travels" may be of either
        # of two trips, whose inviters differ) and the statement names where it went ("a
        # summit" is borne out by the one summit the claims give, which fixes no occasion).
        # A trip the statement sets its acts in ("invited Lam to the Pentagon during his US
        # trip", "trong chuyến sang Mỹ") is when the invitation was made, not one made at it.
        beside = set()
        for p in parts:
            if (
                not doer.given
                or p.verdict != SUPPORTED
                or p.predicate in (doer.predicate, *framing)
            ):
                continue
            occasions = {(c.subject, world.occasion_event(c)) for c in p.borne}
            if len(occasions) == 1 and _placed(world, ctx, p.borne):
                beside |= occasions
        refuting = [
            c
            for c in found.get(doer.predicate, ())
            if c.polarity == "affirmed"
            and c.modality == "fact"
            and c.speaker is None
            and (invitee := party_of(c)) in (doer.patients or ctx.mentioned)
            # "Lam met Orbán in Washington and invited him to ...": no one invites himself, so
            # the statement's doer is not the one the claim's host invited there
            and invitee != doer.eid
            and (event := world.occasion_event(c)) is not None
            and (event in named or (invitee, event) in beside)
            and c.subject not in doer.listed
            and _another(world, doer, c.subject)
        ]
        if not refuting:
            continue
        claim = refuting[0]
        reason = words.other_doer(doer.text, claim, one_doer()[doer.predicate])
        part = Part(
            doer.answering or doer.predicate, CONTRADICTED, reason, OTHER_DOER, decisive=[claim]
        )
        part.covers = {doer.eid, *doer.described} if doer.eid else set(doer.described)
        out.append(part)
    return out


def _placed(world: World, ctx: Context, claims: Sequence[ClaimView]) -> bool:
    """Whether the statement names an event or a place of the claims' occasion besides their
    subject: the event, where it was held, the place visited, or that place's capital or
    country ("flew to Washington" of a visit to the United States), or a body whose one event
    is the claims' ("dự họp Hội đồng Hòa bình": the Board's only meeting the base gives)."""
    named = {e for c in claims for e in c.entities() if e != c.subject}
    named |= {
        b
        for b in world.named_within(named)
        if len(events := world.body_events(b)) == 1 and events <= named
    }
    named = world.seen_closer_or_farther(named | world.event_places(named))
    return bool(named & ctx.mentioned)


def _another(world: World, doer: Doer, subject: str) -> bool:
    """Whether `doer` is not the claim's `subject`: another known person, or a name none of
    whose words his names share ("Donald J. Trump Jr." may be taken for him)."""
    if doer.eid is not None:
        return doer.eid != subject and world.type(subject) == PERSON
    return world.type(subject) == PERSON and not world.name_words(subject) & set(
        word_keys(doer.text)
    )


def announcer_parts(world: World, words: Words, ctx: Context, parts: list[Part]) -> list[Part]:
    """The parts of a statement that gives the news it says to a body ("Bộ Ngoại giao thông
    báo ...", "..., Vietnam's defence ministry announced", "theo Bộ Ngoại giao"), where a source
    names the body whose announcement gave that news (World.reported_by: a claim of a
    `reporting` act in one sentence with the claims bearing the news out, none of them anyone's
    words). That body bears the wrapper out; another body ("Bộ Công an thông báo ...", of the
    foreign ministry's announcement) keeps the statement open, the claim cited: one body
    announcing news does not rule out another doing so too (test_received_acts), and a name the
    base does not know ("Bộ Y tế thông báo") keeps it open as well. Without such a claim the body
    is a detail the sources do not give (accounting.reporter), as before."""
    acts = reporting()
    said = _bodies_said(world, ctx, acts)
    if not said or ctx.parsed.negation is not None:
        return parts
    made = world.reported_by(news, acts) if (news := _news(world, parts, acts)) else []
    if not made:
        return parts
    out = [p for p in parts if p.predicate not in acts or p.verdict != NEI]
    decided = {p.predicate for p in out if p.predicate in acts}
    for act, text, body in said:
        own = [c for c in made if c.subject == body and c.predicate == act]
        if body is None:
            ctx.unverified.append(Uncovered("unknown", text))
        elif own:
            if act not in decided:
                out.append(Part(act, SUPPORTED, words.says(own[0]), decisive=own[:1]))
            # the act is the news' announcement, which its claim bears out: no detail of the
            # news (the meeting it names) is the announcement's own
            label = world.vocab.predicates[act].label_en
            ctx.unverified = [
                u for u in ctx.unverified if not (u.kind == "unchecked" and u.label == label)
            ]
        else:
            claim = next((c for c in made if c.predicate == act), made[0])
            part = Part(act, NEI, words.other_announcer(text, claim))
            part.covers = {body}
            out.append(part)
    return out


def _news(world: World, parts: list[Part], acts: Mapping[str, str]) -> list[ClaimView]:
    """The claims of the acts the statement's supported parts say, none of them anyone's words,
    each with the claims of its occasion in another mood that the part weighed: the trip the
    announcement gave as planned is the trip made ("Chuyến đi Mỹ của TBT do Bộ Ngoại giao thông
    báo"). No office: a title named in the announcement's sentence is no news of it."""
    borne = [
        c
        for p in parts
        if p.verdict == SUPPORTED and p.predicate not in acts and p.predicate not in world.offices
        for c in p.borne
        if c.speaker is None
    ]
    occasions = {_occasion(c) for c in borne}
    weighed = [f.claim for p in parts for f in p.considered if f.claim.speaker is None]
    return [*borne, *(c for c in weighed if c not in borne and _occasion(c) in occasions)]


def _occasion(claim: ClaimView) -> tuple[object, ...]:
    """What two claims of one occasion share whatever their mood: its act, parties and time."""
    return (
        claim.subject,
        claim.predicate,
        claim.object,
        claim.qualifiers,
        claim.time_start,
        claim.time_end,
    )


def _bodies_said(
    world: World, ctx: Context, acts: Mapping[str, str]
) -> list[tuple[str, str, str | None]]:
    """(act, words, body) for each body the statement gives the news to: the doer bound to a
    `reporting` act's verb, a body the base knows (a person or a country announcing is no
    body's wrapper), or else the unread words naming one right before the verb (_unread_before);
    and a body the news is attributed to by a verb of saying ("theo Bộ Ngoại giao", "..., the
    ministry said": accounting.reporter's), for the first of the acts."""
    found: list[tuple[str, str, str | None]] = []
    for t in ctx.parsed.triggers:
        if t.target not in acts:
            continue
        agents = [p.agent for p in ctx.predications if p.start == t.start and p.agent]
        if agents:
            if world.type(agents[0]) in ANNOUNCING_TYPES:
                found.append((t.target, _named(world, ctx, agents[0]), agents[0]))
            continue
        name = _unread_before(ctx, t.start) or _outlet_before(ctx, t.start)
        if name is not None:
            found.append((t.target, name, None))
    stance = ctx.stance
    if (
        stance is not None
        and world.type(stance.speaker) in ANNOUNCING_TYPES
        and all(body != stance.speaker for _, _, body in found)
    ):
        found.append((next(iter(acts)), _named(world, ctx, stance.speaker), stance.speaker))
    return found


def _named(world: World, ctx: Context, eid: str) -> str:
    """The statement's words for `eid`, its first mention, else its name."""
    mentions = ctx.positions.get(eid)
    return mentions[0].text if mentions else world.vocab.entities[eid].name_en


def _outlet_before(ctx: Context, at: int) -> str | None:
    """The name of a news outlet right before offset `at` ("Thông tấn xã Việt Nam thông báo"),
    whose words may hold a country's name: no body the base knows to have announced it."""
    text = ctx.parsed.text
    spans = [s for keys in outlet_names().values() for s in phrase_spans(ctx.words, keys)]
    return next((text[s:e] for s, e in spans if e <= at and not text[e:at].strip()), None)


def _unread_before(ctx: Context, at: int) -> str | None:
    """The words right before offset `at`, back to the clause's start or to a word read as a
    name or an act, where one of them is an unread capitalised word: a body the base does not
    know ("Bộ Y tế thông báo", "Vietnam's Health Ministry announced")."""
    text = ctx.parsed.text
    read = [(m.start, m.end_in(text)) for m in ctx.parsed.entities]
    read += [(t.start, t.end) for t in ctx.parsed.triggers]
    unread = {s for _, s, _ in ctx.parsed.loose_words}
    run: list[tuple[int, int]] = []
    end = at
    for _, start, stop in reversed([w for w in ctx.words if w[2] <= at]):
        if text[stop:end].strip() or overlaps(start, stop, read):
            break
        run.append((start, stop))
        end = start
    named = [s for s, _ in run if s in unread and text[s].isupper()]
    return text[min(named) : run[0][1]] if named else None
