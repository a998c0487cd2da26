"""Who "I", "you", "we" and "the two countries" are in words given to a speaker (issue 10).

Quotes and reported views name their parties through the speaker: "'I hope to be back in
Vietnam soon,' Hagerty told Lam", "“Chúng tôi sẽ tiếp tục ...”, TBT nói", "Lam told Hegseth that
defence cooperation is a pillar of ties between the two countries". Read as they are written,
those words name no one, so the claim of what was said could not be found, and the pronoun was a
word no claim accounts for. This module names them, as mentions of the entities they stand for,
before the statement is judged:

* inside a quotation whose speaker is named outside it, the first person singular ("I", "tôi")
  is the speaker, the second person ("you", "ngài") the one spoken to, and the first person
  plural ("we", "chúng tôi") the speaker's country;
* anywhere in words given to a speaker, the two sides ("the two countries", "our relations",
  "hai nước", "chúng ta") are the countries of the speaker and of the one spoken to.

The words are language data (`persons` in factdb/lexicon/<lang>/stances.yaml, with examples in
tests/test_persons.py). Who the one spoken to is, and each party's country, are read from the
statement and the claims: the one person named outside the quotation besides the speaker, and the
one country where a person holds or held office (`sides`, given by the judge). Where any of it is
not one entity, the word stays unnamed: a pronoun resolved to the wrong side could contradict.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from factdb.check.assertions import Predication
from factdb.check.stance import StanceReading, quoted, read_stance
from factdb.check.stance_words import person_cues
from factdb.check.statement import Mention, ParsedStatement
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import CITY, COUNTRY, PERSON, ROLE_TYPE, TOPIC, Vocabulary
from factdb.records import replace
from factdb.text.covered import overlaps, within
from factdb.text.tokens import word_keys

SPEAKER, ADDRESSEE, SPEAKER_SIDE, SIDES = "speaker", "addressee", "speaker_side", "sides"
# The age of ties said with no state named ("Hegseth's visit coincided with the 25th anniversary
# of diplomatic relations"): the two sides only where one person's act, placed nowhere, gives
# them (his own country and the one country the claims of that act put him in).
HOSTED_SIDES = "hosted_sides"
# A third person in the speaker's words ("'They thank ...,' Lam said"): someone the quotation
# does not name, never its speaker.
OTHERS = "others"
# The words that only a quotation gives to its speaker; the two sides are named anywhere.
QUOTED_ONLY = frozenset({SPEAKER, ADDRESSEE, SPEAKER_SIDE, OTHERS})


def with_persons(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    sides: Callable[[str], set[str]],
    holders: Callable[[str], set[str]],
    hosts: Callable[[str, Iterable[str]], set[str]],
) -> ParsedStatement:
    """`parsed` with a mention for each word standing for a party of what its speaker says
    (see the module docstring); unchanged when it has none. `sides` gives the countries an
    entity speaks from (its own for a country, where a person holds office), `holders` who
    the claims say holds an office (a title standing for its one holder: "“Tôi ...”, Tổng Bí
    thư nói"), `hosts` where the claims of some predicates put a person (World.hosts)."""
    cues = person_cues(parsed.text, parsed.tokens) + _ages_of_ties(parsed, vocab)
    if not cues:
        return parsed
    reading = read_stance(parsed, vocab)
    if reading is None:
        return _sides_of_named(parsed, vocab, sides, hosts, cues)
    inside = quoted(parsed.text)
    said_outside = not within(reading.start, reading.end, inside)
    # Words read as a name are no persons ("US" is no "us"); a view's key phrase may hold them
    # ("điểm sáng trong quan hệ hai nước").
    named = [
        (m.start, m.end)
        for m in parsed.entities
        if not all(_type(vocab, eid) == TOPIC for eid in m.ids)
    ]
    kinds = {kind for kind, _, _ in cues}
    # Each party is looked up only when a word asks for it: most statements ask for none.
    heard = kinds & {ADDRESSEE, SIDES}
    addressee, listener = _listeners(parsed, vocab, reading, inside) if heard else (None, None)

    def person(eid: str | None) -> str | None:
        return _person(vocab, holders, eid)

    alone = not reading.others  # "I" and "we" of one speaker, not of a list of them
    speaker = person(reading.speaker) if alone and SPEAKER in kinds else None
    spoken_to = addressee or person(listener)
    speaker_side = _one(sides(reading.speaker)) if alone and SPEAKER_SIDE in kinds else None
    parties = (reading.speaker, *reading.others, *([listener] if listener else []))
    both: set[str] = set()
    if SIDES in kinds and (listener or reading.others):
        both = set().union(*(sides(p) for p in parties))
    added: list[Mention] = []
    unnamed: list[str] = []
    for kind, start, end in cues:
        if overlaps(start, end, named) or overlaps(start, end, [(reading.start, reading.end)]):
            continue  # a name read already ("US" is no "us"), or the attribution itself
        if kind in QUOTED_ONLY and not (said_outside and within(start, end, inside)):
            continue
        if kind == HOSTED_SIDES:
            # in words given to a speaker the ties may be what he spoke of, unless the words
            # give one person's act placed nowhere, whose two sides they are ("To Lam noted
            # that the Hegseth visit coincided with the 30th anniversary ...")
            hosted = _hosted_sides(parsed, vocab, sides, hosts, (reading.start, reading.end))
            who = sorted(hosted)
        elif kind == SPEAKER:
            who = [speaker] if speaker else []
        elif kind == ADDRESSEE:
            who = [spoken_to] if spoken_to else []
        elif kind == SPEAKER_SIDE:
            who = [speaker_side] if speaker_side else []
        elif kind == OTHERS:
            # someone no claim names, as an unknown name is: what "they" did is not what the
            # speaker did, though the claims' sentences say the speaker did it; but a third
            # person after a person (or a title) named earlier in the same quotation is most
            # likely that one ("'I thank Lam for his contributions'"), read already
            if not _named_before(parsed, vocab, start, inside):
                unnamed.append(parsed.text[start:end])
            continue
        else:
            who = sorted(both) if len(both) == 2 else []
        added += [Mention(parsed.text[start:end], start, end, (eid,)) for eid in who]
    if unnamed:
        parsed = replace(parsed, unknown_names=[*parsed.unknown_names, *unnamed])
    return with_mentions(parsed, added)


def quoted_doers(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    found: list[Predication],
    holders: Callable[[str], set[str]],
    directed: Collection[str],
) -> list[Predication]:
    """`found` with the act that opens a speaker's quoted words and names no doer, of one of
    the `directed` predicates (an act from its doer to another: done by saying it,
    "'Congratulations,' Lam told Orbán", "“Trân trọng mời ...”, Tổng Bí thư nhắn gửi ..."),
    bound to the speaker, and to the one spoken to where the words name no one it reaches. Read
    unbound, the words were borne out by anyone's act of that kind, Orbán's congratulation of
    Lâm among them. Where the speaker is not one person, the act is not the quotation's first
    word ("'The visit went well,' Lam said": whose visit, the words say elsewhere) or no act
    of a doer ("“Quan hệ Việt Nam - Mỹ là ...”, ông Leahy nói"), nothing is bound."""
    apart = quotations_apart(parsed, vocab)
    opening = {start + 1 for start, _ in apart}
    acts = [
        p
        for p in found
        if p.start in opening
        and p.predicate in directed
        and not (p.agents or p.agent_kind or p.passive)
    ]
    reading = read_stance(parsed, vocab)
    if not acts or reading is None or reading.others:
        return found
    speaker = _person(vocab, holders, reading.speaker)
    if speaker is None:
        return found
    addressee, listener = _listeners(parsed, vocab, reading, apart)
    spoken_to = addressee or _person(vocab, holders, listener)
    out = []
    for p in found:
        if p in acts:
            # named after the act, as "at the invitation of Trump" is: the parties bound, not
            # the order of the names, say who did it to whom
            p = replace(p, agent=speaker, agents=(speaker,), agent_kind=PERSON, given=True)
            if spoken_to is not None and not (
                p.patients or p.patient_kind or _title_after(parsed, vocab, p.end)
            ):
                p = replace(p, patients=(spoken_to,), patient_kind=PERSON)
        out.append(p)
    return out


def _title_after(parsed: ParsedStatement, vocab: Vocabulary, end: int) -> bool:
    """Whether a bare title stands right after the act's verb ending at `end`, past an article
    at most ("“Trân trọng mời Tổng thống và Phu nhân ...”", "'Invite the President ...'"): the
    words name whom the act reaches, its holder, not the one they were said to or through
    ("..., Tổng Bí thư nhắn gửi qua Bộ trưởng Hegseth")."""
    articles = {(), *phrase_keys("synonyms", "slot_determiners", (parsed.lang,))}

    def reached(m: Mention) -> bool:
        gap = parsed.text[end : m.start]
        return all(ch.isalnum() or ch.isspace() for ch in gap) and word_keys(gap) in articles

    return any(
        m.start >= end and reached(m) and _type(vocab, i) == ROLE_TYPE
        for m in parsed.entities
        for i in m.ids
    )


def _listeners(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    reading: StanceReading,
    inside: list[tuple[int, int]],
) -> tuple[str | None, str | None]:
    """The person the words were said to, and whose side he is on: also where only a title or
    a country names him ("..., ông Daines nói với Tổng Bí thư", "told the Vietnamese leader")."""
    addressee = _named_besides(parsed, vocab, reading, inside, (PERSON,))
    listener = addressee or _named_besides(
        parsed, vocab, reading, inside, (ROLE_TYPE, COUNTRY), reading.end
    )
    return addressee, listener


def _person(vocab: Vocabulary, holders: Callable[[str], set[str]], eid: str | None) -> str | None:
    """`eid` if a person, else the one holder of a title."""
    if eid is None or _is_person(vocab, eid):
        return eid
    return _one(holders(eid)) if _type(vocab, eid) == ROLE_TYPE else None


def quotations_apart(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The quotations of words given to a speaker named outside them ("'I thank the General
    Secretary ...,' Leahy told Lam"): the speaker's own words, whose names are his way of
    naming someone, none of them joined to a name outside. None where no such speaker is."""
    inside = quoted(parsed.text)
    if not inside:
        return []
    reading = read_stance(parsed, vocab)
    if reading is None or within(reading.start, reading.end, inside):
        return []
    return inside


def _named_before(
    parsed: ParsedStatement, vocab: Vocabulary, at: int, inside: list[tuple[int, int]]
) -> bool:
    """Whether a person, or a title standing for one, is named before `at` in the quotation
    that holds it."""
    quote = next(((s, e) for s, e in inside if s <= at < e), None)
    return quote is not None and any(
        quote[0] <= m.start and m.end <= at and _type(vocab, eid) in (PERSON, ROLE_TYPE)
        for m in parsed.entities
        for eid in m.ids
    )


def _sides_of_named(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    sides: Callable[[str], set[str]],
    hosts: Callable[[str, Iterable[str]], set[str]],
    cues: list[tuple[str, int, int]],
) -> ParsedStatement:
    """Outside words given to a speaker, the two sides ("Hegseth visited Vietnam as the two
    countries marked ...", "Ông Hegseth thăm Việt Nam, dịp hai nước kỷ niệm ...") are the
    countries the people and countries the statement names speak from, where they are two.
    Where they are one, of one person whose act the statement gives without its place ("The
    Hegseth visit came as the two countries marked ..."), the other is the one country where
    the claims of that act put him: a place named, or a name no claim knows ("his visit to
    Osaka"), leaves it to the statement. The age of ties said with no state named
    (HOSTED_SIDES) takes the two sides from that act alone."""
    hosted = _hosted_sides(parsed, vocab, sides, hosts)
    named = [
        m
        for m in parsed.entities
        if len(m.ids) == 1 and _type(vocab, m.ids[0]) in (PERSON, COUNTRY)
    ]
    both = hosted or (set().union(*(sides(m.ids[0]) for m in named)) if named else set())
    if len(both) != 2:
        return parsed
    kinds = {SIDES, HOSTED_SIDES} if hosted else {SIDES}
    spans = [(m.start, m.end) for m in parsed.entities]
    added = [
        Mention(parsed.text[start:end], start, end, (eid,))
        for kind, start, end in cues
        if kind in kinds and not overlaps(start, end, spans)
        for eid in sorted(both)
    ]
    return with_mentions(parsed, added)


def _hosted_sides(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    sides: Callable[[str], set[str]],
    hosts: Callable[[str, Iterable[str]], set[str]],
    outside: tuple[int, int] | None = None,
) -> set[str]:
    """The two sides of the one person's act the statement gives without its place ("The
    Hegseth visit came as ..."): his own country and the one country where the claims of that
    act put him; empty where it names another state or person, a city or a name no claim
    knows. Words `outside` (an attribution, "To Lam noted that ...") name none of the act's
    parties: the speaker is not one of them."""
    named = [
        m
        for m in parsed.entities
        if len(m.ids) == 1
        and _type(vocab, m.ids[0]) in (PERSON, COUNTRY)
        and not (outside is not None and overlaps(m.start, m.end, [outside]))
    ]
    own = set().union(*(sides(m.ids[0]) for m in named)) if named else set()
    persons = {m.ids[0] for m in named if _is_person(vocab, m.ids[0])}
    placed = any(_type(vocab, eid) == CITY for eid in parsed.entity_ids())
    if len(own) != 1 or len(persons) != 1 or placed or parsed.unknown_names:
        return set()
    both = own | hosts(persons.pop(), parsed.predicates)
    return both if len(both) == 2 else set()


def _ages_of_ties(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[str, int, int]]:
    """The words of the age of ties between two states ("20 năm quan hệ ngoại giao", "the 25th
    anniversary of diplomatic relations": a symmetric predicate of states counting years) where
    the statement names one of the two: like "the two countries", the ties are those of the
    countries its parties speak from ("Hegseth sang VN đúng dịp kỷ niệm 20 năm quan hệ ngoại
    giao" is of the US and Vietnam), as SIDES cues. With no state named the ties may be what
    another act is about ("cảm ơn ... vì nghị quyết mừng 30 năm quan hệ"): they are the two
    sides only of one person's act placed nowhere, where he went (HOSTED_SIDES, read in
    `_sides_of_named`: "Chuyến thăm của ông Hegseth trùng dịp kỷ niệm 30 năm quan hệ ngoại
    giao" is of the US and Vietnam)."""
    states = {eid for m in parsed.entities for eid in m.ids if _type(vocab, eid) == COUNTRY}
    if len(states) > 1:
        return []
    return [
        (SIDES if states else HOSTED_SIDES, t.start, t.end)
        for t in parsed.triggers
        if t.kind == "trigger"
        and (pred := vocab.predicates.get(t.target)) is not None
        and pred.state_parties
        and pred.symmetric
        and pred.dimension == "duration"
    ]


def with_mentions(parsed: ParsedStatement, added: list[Mention]) -> ParsedStatement:
    """`parsed` with the mentions `added` for words standing for parties; unchanged if none."""
    if not added:
        return parsed
    spans = [(m.start, m.end) for m in added]
    return replace(
        parsed,
        entities=sorted([*parsed.entities, *added], key=lambda m: (m.start, m.end)),
        # A number inside the words ("hai" of "hai nước") counts the sides, no value.
        quantities=[q for q in parsed.quantities if not within(q.start, q.end, spans)],
        loose_words=[w for w in parsed.loose_words if not within(w[1], w[2], spans)],
    )


def _named_besides(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    reading: StanceReading,
    inside: list[tuple[int, int]],
    kinds: tuple[str, ...],
    after: int = 0,
) -> str | None:
    """The one entity of one of `kinds` the statement names from `after` on, outside its
    quotations and besides its speakers; None when it names none or several. A person named
    anywhere is whom the words were said to ("..., Lam told Hagerty"); a title or a country
    named after the attribution, when no person is, is on that side ("..., ông Daines nói với
    Tổng Bí thư": the title's holder's side)."""
    said = {reading.speaker, *reading.others}
    return _one(
        {
            m.ids[0]
            for m in parsed.entities
            if len(m.ids) == 1
            and m.start >= after
            and m.ids[0] not in said
            and _type(vocab, m.ids[0]) in kinds
            and not within(m.start, m.end, inside)
        }
    )


def _one(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def _type(vocab: Vocabulary, eid: str) -> str:
    info = vocab.entities.get(eid)
    return info.type if info is not None else ""


def _is_person(vocab: Vocabulary, eid: str) -> bool:
    return _type(vocab, eid) == PERSON
