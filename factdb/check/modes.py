"""How and from where an encounter was held: in person or at a distance (session 20).

A statement may say how two people met ("met Daines in person", "a face-to-face meeting",
"gặp trực tiếp"): the words are each language's (`modes` in lexicon/<lang>/occasions.yaml),
which acts are held in which mode is one file for both (lexicon/world/modes.yaml). Where the
sources give the encounter of the same two on that occasion as an act held another way (a phone
call on that day, on the clock the statement names or on the call's own where it names none, or
on that weekday) and no act of theirs held in the mode said, the statement is refuted: the
sources tell how that encounter was held. A statement that names such an act besides ("met
Daines in person after their phone call") speaks of two encounters, and the sources do not
exclude the other.

Plain "met" says no mode and is left to the claims of its own predicate, since two people who
called each other may also have met; so is a statement with another date or none (another
occasion may be meant, even at the call's place: labelled.yaml), a denial, a plan or a wish,
and one naming someone no such claim has.

Where from: a call made on one of the days its subject stayed at the place of its occasion
(he attended the meeting the call's `event` names, or travelled there for it: `presence` in
lexicon/world/modes.yaml) was made from there; a statement that has him make it, that day, from
a place outside that city's country ("called Leahy from Hanoi on Feb 19", `origins` in
lexicon/<lang>/occasions.yaml) is refuted (origin_parts).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from factdb.check import scope
from factdb.check.assess import time_of
from factdb.check.explain import Words
from factdb.check.findings import Context, Part
from factdb.check.frames import _bounded, frames
from factdb.check.occasion import origin_before
from factdb.check.places import presence_predicates
from factdb.check.rules import CONTRADICTED, SUPPORTED, Uncovered, one_occasion, party_of
from factdb.check.statement import Cue, Mention, ParsedStatement, phrases_at
from factdb.check.world import PERSON, PLACES, World
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.records import dataclass
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps, within
from factdb.text.sentences import CLAUSE_BREAKS
from factdb.text.tokens import phrase_starts, word_keys

# The rules a part refuted by the mode of its occasion, or by its doer's place, names.
OTHER_MODE = "other-mode"
OTHER_ORIGIN = "other-origin"
# ... and an act said done through one channel that the claims give as done through another
OTHER_CHANNEL = "other-channel"


@dataclass(frozen=True, slots=True)
class Mode:
    """One way of holding an encounter (lexicon/world/modes.yaml)."""

    key: str  # in_person
    acts: frozenset[str]  # predicates whose claims are held this way
    refuted_by: frozenset[str]  # predicates whose claims are held another way
    reason: str


@dataclass(frozen=True, slots=True)
class ModeSaid:
    """A mode's words said of an act's verb in its clause ("met Daines in person")."""

    mode: Mode
    predicate: str  # the verb's predicate, one of the mode's acts
    start: int  # the mode's words
    end: int
    text: str
    verb: tuple[int, int]  # the verb's span


@cache
def modes() -> tuple[Mode, ...]:
    """The modes of lexicon/world/modes.yaml, in the file's order."""
    data = load_lexicon("world", "modes").get("modes") or {}
    return tuple(
        Mode(key, frozenset(m.get("acts") or ()), frozenset(m.get("not") or ()), m["reason"])
        for key, m in dict(data).items()
    )


def predicates_of(said: Sequence[ModeSaid]) -> frozenset[str]:
    """The predicates whose claims decide the modes said: their acts and the acts held
    otherwise, which the judge retrieves for the statement's names."""
    return frozenset().union(*(s.mode.acts | s.mode.refuted_by for s in said))


def modes_said(ctx: Context) -> list[ModeSaid]:
    """The modes the statement says of a verb of one of their acts: the mode's words in the
    verb's clause after it ("met Daines in person on Feb 18", "gặp trực tiếp"), or right before
    it ("trực tiếp gặp", "a face-to-face meeting"). A mode's words in another clause, or with no
    such verb, say nothing of an act."""
    parsed = ctx.parsed
    keys = [w for w, _, _ in ctx.words]
    text = parsed.text
    found = []
    for mode in modes():
        said_by_verbs = set(phrase_keys("occasions", "verb_modes", sub=mode.key))
        for phrase in phrase_keys("occasions", "modes", sub=mode.key) + tuple(said_by_verbs):
            for i in phrase_starts(keys, phrase):
                start, end = ctx.words[i][1], ctx.words[i + len(phrase) - 1][2]
                for t in parsed.triggers:
                    if t.target not in mode.acts:
                        continue
                    # the verb's own words say it ("sat down face to face with")
                    inside = t.start <= start and end <= t.end
                    if not inside and (
                        overlaps(t.start, t.end, [(start, end)]) or phrase in said_by_verbs
                    ):
                        continue
                    gap = text[t.end : start] if t.end <= start else text[end : t.start]
                    before = end <= t.start and not gap.strip()
                    # another verb between, or in the mode's own words, says it of its own act
                    # ("spoke with Daines and met him in person", "... rồi gặp mặt trực tiếp":
                    # the meeting's), not of this one
                    between = any(t.end <= o.start < end for o in parsed.triggers)
                    # a comma between the verb and the mode's words only parts the names of a
                    # list ("Sits Down With Daines, Hagerty In Person"), not two clauses
                    joiners = phrase_keys("statements", "list_joiners", (parsed.lang,))
                    apart = bool(set(gap) & CLAUSE_BREAKS) and not _names_and(
                        parsed, t.end, start, joiners
                    )
                    if inside or (t.end <= start and not apart and not between) or before:
                        said = ModeSaid(
                            mode, t.target, start, end, text[start:end], (t.start, t.end)
                        )
                        found.append(said)
                        break
    return found


def _names_and(
    parsed: ParsedStatement, start: int, end: int, words: Sequence[tuple[str, ...]]
) -> bool:
    """Whether the words from `start` to `end` are names (with the small words of their
    titles, "với ông Trump") and `words` only."""
    names = [(m.start, m.end) for m in parsed.entities]
    names += [(c.start, c.end) for c in parsed.grammar if c.kind == "title_filler"]
    return all(
        within(s, e, names) or (w,) in words
        for w, s, e in parsed.tokens.words()
        if start <= s and e <= end
    )


def unborne(said_modes: Sequence[ModeSaid], parts: Sequence[Part]) -> list[Uncovered]:
    """The modes said of an act that no part of its own bears out ("Ông Daines trực tiếp gặp
    Tổng Bí thư và đánh giá cao ...": the meeting only the praise's words stand for): how the
    encounter was held is a detail no claim gives."""
    return [
        Uncovered("words", s.text)
        for s in said_modes
        if not any(p.predicate == s.predicate and p.verdict == SUPPORTED for p in parts)
    ]


@cache
def channels() -> frozenset[str]:
    """The acts through which another act is done (`channels` in lexicon/world/modes.yaml)."""
    return frozenset(load_lexicon("world", "modes").get("channels") or ())


def joined(parsed: ParsedStatement, channel: Cue, act: Cue) -> bool:
    """Whether an act's verb follows a channel's right away, or past names and the words that
    mark who it went to only ("điện đàm nhận lời mời", "phoned Trump to accept"): the act said
    as done through it, not another act after it ("điện đàm với Trump sau khi nhận lời")."""
    markers = phrase_keys("statements", "recipient_markers", (parsed.lang,))
    return _names_and(parsed, channel.end, act.start, markers)


def chained(parsed: ParsedStatement, channel: Cue, act: Cue) -> bool:
    """Whether an act's verb opens the words right after one bare comma that ends the
    channel's clause, names and the words that mark who it went to only before the comma
    ("Lam phones Trump, accepts the invitation", "điện đàm với ông Trump, nhận lời mời"): a
    second act of the channel's doer with no doer of its own, which a headline says was done
    through that channel, as if joined (`joined`)."""
    gap = parsed.text[channel.end : act.start]
    return (
        set(gap) & CLAUSE_BREAKS == {","}
        and gap.count(",") == 1
        and not gap.split(",")[1].strip()
        and joined(parsed, channel, act)
    )


def other_channel(
    channel: str, acts: Sequence[ClaimView], found: Mapping[str, Sequence[ClaimView]]
) -> list[ClaimView]:
    """The claims that give an act said done through `channel` as done through another on
    its own occasion (the acceptance the claims give as a letter's, said by phone): an act's
    claim with a claim of another channel of the same parties on its occasion (rules
    .one_occasion), and none of `channel`. Empty where any act's claim dated on both sides has
    none; one dated on one side only ("before 17 February") tells no occasion, for or against
    (as in check.frames)."""
    out: list[ClaimView] = []
    for act in filter(_bounded, acts):
        on = [
            c
            for p in sorted(channels())
            for c in found.get(p, ())
            if c.polarity == "affirmed"
            and c.subject == act.subject
            and party_of(c) == party_of(act)
            and one_occasion(act, c)
        ]
        if not on or any(c.predicate == channel for c in on):
            return []
        out += [act, *on]
    return out


def told_apart(head: ParsedStatement, tail: ParsedStatement) -> bool:
    """Whether a sentence run on with a comma alone gives an encounter held one way before it
    and says another way after it ("Lam phoned Hagerty, Hagerty met him in person on Feb 18"):
    two encounters (`_besides`), which read apart would lose each other, so it is read whole."""
    keys = word_keys(tail.text)
    return any(
        any(t.target in mode.refuted_by for t in head.triggers)
        and any(
            phrase_starts(keys, phrase)
            for phrase in phrase_keys("occasions", "modes", sub=mode.key)
        )
        for mode in modes()
    )


def _on_occasion(world: World, claim: ClaimView, ctx: Context, dates: Sequence[DateSpan]) -> bool:
    """Whether the statement speaks of the claim's occasion, one day's (a claim over a period
    is of calls, each another occasion: "phone calls since November 2024"): a date that bears
    its day out on the clock the statement names, or on the claim's own where it names none
    (assess.time_of: "Feb 19, Hanoi time" of a call of the 18th in Washington told as the
    19th in Hanoi; plain "Feb 19" may be Washington's 19th, a day the sources do not fill),
    else a weekday alone that is its day's. Undated, or only its event or place named, it may
    be another encounter of theirs, on that trip or another (labelled.yaml: "met Senator Steve
    Daines in person in Washington" is not enough info)."""
    day = claim.time_start
    if day is None or day != claim.time_end:
        return False
    if dates:
        pred = world.vocab.predicates[claim.predicate]
        return any(time_of(world, pred, claim, ctx, d)[0].fits for d in dates)
    weekdays = ctx.parsed.weekdays
    return bool(weekdays) and all(n == day.isoweekday() for n, _, _ in weekdays)


def _places_only(world: World, ctx: Context) -> bool:
    """Whether every name the base does not know stands where a place does: after a
    locative or a word of a site (`sites` in lexicon/<lang>/occasions.yaml), a word of its own
    name between or not ("at the Capitol", "tại Đồi Capitol", "on Capitol Hill"). Someone
    unknown may be a party no claim has."""
    text = ctx.parsed.text
    sites = set(phrase_keys("occasions", "sites"))
    for name in ctx.parsed.unknown_names:
        at = text.find(name)
        before = [w for w, _, e in ctx.words if e <= at]
        if at < 0 or not any(
            world.vocab.ends_with_locative(head) or tuple(head[-1:]) in sites
            for head in (before[: len(before) - n] for n in (0, 1))
        ):
            return False
    return True


def _besides(ctx: Context, said: ModeSaid) -> bool:
    """Whether the statement names an act held another way than the mode said, besides the
    verb the mode is said of ("met Daines in person after their phone call", "sau cuộc điện
    đàm ... gặp trực tiếp"): that act is the encounter the claims give, and the one in the
    mode said another, which they do not exclude. A verb read as either ("talked with ...
    face to face") is one encounter."""
    return any(
        t.kind == "trigger"
        and t.target in said.mode.refuted_by
        and not overlaps(t.start, t.end, [said.verb])
        for t in ctx.parsed.triggers
    )


def _pair(claim: ClaimView) -> frozenset[str]:
    return frozenset({claim.subject, party_of(claim) or claim.subject})


def mode_parts(
    world: World,
    words: Words,
    ctx: Context,
    said_modes: Sequence[ModeSaid],
    parts: Sequence[Part],
    found: Mapping[str, Sequence[ClaimView]],
) -> list[Part]:
    """Each mode said of an act (modes_said) that the claims of its occasion refute
    (`found`: the claims of the mode's acts and of the acts that refute it naming the
    statement's people, by predicate): a part of the act's predicate, contradicted, citing
    the claims of the other mode. The statement must assert the act as done, name only people
    those claims have, name no act held the other way besides its verb (`besides`), and no
    part of the act be borne out for them already."""
    parsed = ctx.parsed
    if parsed.negation is not None or not _places_only(world, ctx):
        return []
    named = {e for e in ctx.mentioned if world.type(e) == PERSON}
    framing = frames(parsed, world.vocab)

    def borne(predicate: str, people: set[str]) -> bool:
        """Whether a part of an act held in the mode said is borne out by a claim of the
        statement's people."""
        return any(
            p.predicate == predicate
            and p.verdict == SUPPORTED
            and any(_pair(c) <= people for c in p.decisive)
            for p in parts
        )

    out: list[Part] = []
    seen: set[tuple[int, int]] = set()
    for said in said_modes:
        # the encounter that frames another act ("Trong cuộc gặp trực tiếp ngày 18/2, ông Daines
        # khẳng định ...") is a fact whatever the act's mood (a wish voiced there)
        framed = said.predicate in framing
        if (
            (parsed.modality != "fact" and not framed)
            or (said.start, said.end) in seen
            or _besides(ctx, said)
        ):
            continue
        seen.add((said.start, said.end))
        # a verb dated in its own clause is dated by that clause alone: another clause's
        # date is another act's ("spoke with Daines on Feb 18 and met him in person on Feb 19")
        dates = scope.verb_dates(ctx, said.verb) or ctx.dates.get(said.predicate) or parsed.dates
        people = named | (_framed_parties(world, ctx, parts, named, dates) if framed else set())
        if len(people) < 2 or borne(said.predicate, people):
            continue

        def held(
            preds: frozenset[str], dates: Sequence[DateSpan] = dates, people: set[str] = people
        ) -> list[ClaimView]:
            return [
                c
                for p in sorted(preds)
                for c in found.get(p, ())
                if c.polarity == "affirmed"
                and c.modality == "fact"
                and c.speaker is None
                and _pair(c) <= people
                and len(_pair(c)) == 2
                and _on_occasion(world, c, ctx, dates)
            ]

        whole = not framed and _timeless(ctx)
        if whole:
            # no time of its own: the occasion, if any, is the one its party list names whole
            # (whole_occasion); any encounter of theirs held in the mode said may be the one
            met = {_pair(c) for p in said.mode.acts for c in found.get(p, ())}
        else:
            met = {_pair(c) for c in held(said.mode.acts)}
        if people - named and any(
            c.polarity == "affirmed" and _on_occasion(world, c, ctx, dates) and named & _pair(c)
            for p in sorted(said.mode.acts)
            for c in found.get(p, ())
        ):
            # the other party is only the framed act's: an encounter of the one named held in
            # the mode said that day, with anyone, may be the one the statement means
            continue
        other = [c for c in held(said.mode.refuted_by) if _pair(c) not in met]
        if whole and not other:
            other = whole_occasion(world, ctx, said, people, met, found, framing)
        if not other or people - set().union(*(_pair(c) for c in other)):
            continue
        # one party in every claim: the statement's pairs, not two claims of strangers
        if not set.intersection(*(set(_pair(c)) for c in other)):
            continue
        reason = words.other_mode(said.text, said.mode.key, other, said.mode.reason)
        part = Part(said.predicate, CONTRADICTED, reason, OTHER_MODE, decisive=other)
        part.covers = set(people)
        out.append(part)
    return out


def _timeless(ctx: Context) -> bool:
    """Whether the statement gives its act no time of its own: no date, weekday, part of the
    day or day counted from another event, no order against one, no other occurrence ("again",
    "a second meeting") and no word of an earlier time ("previously", "trước đây",
    `past_markers`; "years ago", `other_years`)."""
    parsed = ctx.parsed
    return not (
        parsed.dates
        or parsed.weekdays
        or parsed.day_part
        or parsed.relative
        or parsed.later
        or parsed.earlier
        or parsed.ordering
        or parsed.other_acts
        or phrases_at(parsed, "statements", "past_markers")
        or phrases_at(parsed, "statements", "other_years")
    )


def whole_occasion(
    world: World,
    ctx: Context,
    said: ModeSaid,
    people: set[str],
    met: set[frozenset[str]],
    found: Mapping[str, Sequence[ClaimView]],
    framing: Mapping[str, tuple[str, bool, frozenset[str]]],
) -> list[ClaimView]:
    """The claims of an occasion a statement with no time of its own ties its whole party list
    to ("met Daines and Hagerty in person on the sidelines of the Board of Peace meeting" of
    the calls with both senators for the summit): one person's encounters with two others or
    more, each held another way than the mode said (a call of one day), all of one occasion
    (rules.one_occasion), one for each of the others the statement names, and none of them met
    in that mode (`met`). One person alone may be met on another occasion, so a pair names
    none ("met Daines in person in Washington": labelled.yaml). A place the statement gives
    must be that occasion's (its city or that city's country): "in Hanoi" may be another
    encounter's. The statement must tie the encounter to that occasion (`_tied`): a list of
    people, even at the occasion's place, may have met on another (reviewer B, session 25:
    "Daines and Hagerty met To Lam in person" is not enough info). Empty where none is."""
    other = [
        c
        for p in sorted(said.mode.refuted_by)
        for c in found.get(p, ())
        if c.polarity == "affirmed"
        and c.modality == "fact"
        and c.speaker is None
        and c.time_start is not None
        and c.time_start == c.time_end
        and len(_pair(c)) == 2
        and _pair(c) <= people
        and _pair(c) not in met
    ]
    common = set.intersection(*(set(_pair(c)) for c in other)) if other else set()
    if len(common) != 1 or len(people) < 3 or people - set().union(*map(_pair, other)):
        return []
    if not all(one_occasion(a, b) for a in other for b in other):
        return []
    where = {world.local_place(c) for c in other}
    if len(where) != 1 or None in where:
        return []
    place = where.pop()
    allowed = {place, world.capitals.get(place)}
    placed = [
        m
        for m in ctx.parsed.entities
        if m.ids
        and all(world.type(e) in PLACES for e in m.ids)
        and scope.after_locative(world.vocab, m, ctx)
    ]
    if any(e not in allowed for m in placed for e in m.ids):
        return []
    return other if _tied(world, ctx, other, allowed, framing) else []


def _tied(
    world: World,
    ctx: Context,
    other: Sequence[ClaimView],
    allowed: set[str | None],
    framing: Mapping[str, tuple[str, bool, frozenset[str]]],
) -> bool:
    """Whether the statement sets its encounter on the occasion of `other` (one occasion's
    claims, at a place `allowed`): it names their event as such, not as one of a kind
    (`ctx.loose`: "a Board of Peace meeting"), or it frames the encounter in an act of that
    occasion at its place ("during his Washington trip", "trong chuyến thăm Mỹ": check.frames).
    A place alone ("on Capitol Hill") or a trip named by no place ("during a visit") may be
    another occasion's."""
    events = {c.qualifier("event") for c in other}
    if len(events) == 1 and events.pop() in ctx.mentioned - ctx.loose:
        return True
    for _, _, named in framing.values():
        places = [e for e in named if world.type(e) in PLACES]
        if places and all(e in allowed for e in places):
            return True
    return False


def _framed_parties(
    world: World,
    ctx: Context,
    parts: Sequence[Part],
    named: set[str],
    dates: Sequence[DateSpan],
) -> set[str]:
    """The people of the acts an encounter frames, as their claims give them: the one the
    statement names and the one he spoke to ("At a face-to-face meeting on Feb 18, Daines said
    ...": the claim of his words that day, addressed to Lâm). Only claims of that day that name
    someone the statement names."""
    out: set[str] = set()
    for p in parts:
        if p.verdict != SUPPORTED:
            continue
        for c in p.decisive:
            people = {
                e
                for e in (c.subject, c.speaker, c.qualifier("addressee"), party_of(c))
                if e is not None and world.type(e) == PERSON
            }
            if people & named and _on_occasion(world, c, ctx, dates):
                out |= people
    return out


def origins_said(world: World, ctx: Context) -> list[Mention]:
    """The places the statement says an act was done from: a place named right after an
    origin word ("from Hanoi", "khi đang ở Hà Nội": `origins` in occasions.yaml)."""
    return [
        m
        for m in ctx.parsed.entities
        if m.ids
        and all(world.type(e) in PLACES for e in m.ids)
        and origin_before([w for w, _, e in ctx.words if e <= m.start])
    ]


def origin_parts(
    world: World,
    words: Words,
    ctx: Context,
    places: Sequence[Mention],
    parts: Sequence[Part],
    present: Mapping[str, Sequence[ClaimView]],
) -> list[Part]:
    """Each act borne out by a claim of one day whose doer, the verb's agent, stayed then at
    the place of its occasion (`present`: claims of the presence predicates naming the
    statement's names, by predicate), while the statement has him do it from `places`
    (origins_said), all outside that place's country: a part of the act, contradicted, citing
    the act's claim and the stay's."""
    parsed = ctx.parsed
    if parsed.negation is not None or parsed.modality != "fact":
        return []
    dates = parsed.dates
    out: list[Part] = []
    for part in parts:
        if part.verdict != SUPPORTED:
            continue
        agents = {a for p in ctx.predications if p.predicate == part.predicate for a in p.agents}
        for claim in part.decisive:
            event, where = world.occasion_event(claim), world.local_place(claim)
            day = claim.time_start
            if (
                claim.subject not in agents
                or claim.qualifier("location") is not None
                or event is None
                or where is None
                or day is None
                or not _on_occasion(world, claim, ctx, ctx.dates.get(part.predicate) or dates)
            ):
                continue
            stays = [
                c
                for p in sorted(presence_predicates())
                for c in present.get(p, ())
                if c.subject == claim.subject
                and c.qualifier("event") == event
                and c.polarity == "affirmed"
                and c.modality == "fact"
                and c.time_start is not None
                and c.time_end is not None
                and c.time_start <= day <= c.time_end
            ]
            away = [m for m in places if all(world.abroad(e, where) for e in m.ids)]
            if not stays or not away or len(away) != len(places):
                continue
            reason = words.other_origin(away[0].text, claim, stays[0], where)
            refuted = Part(part.predicate, CONTRADICTED, reason, OTHER_ORIGIN)
            refuted.decisive = [claim, stays[0]]
            refuted.covers = {e for m in away for e in m.ids}
            out.append(refuted)
            break
    return out
