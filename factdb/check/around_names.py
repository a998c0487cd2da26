"""Stage 1 of checking (factdb.check.parse), the words beside a name or a date that change
what it says: a relation ("Lam's wife", "spokesman for Orbán"), an exclusion ("met Orbán, not
Tokayev") and a part of the day or a clock time (`relations`, `exclusions`, `day_parts` and
`clock_times` in the statement lexicons).
"""

from __future__ import annotations

import re

from factdb.check.statement import Cue, Exclusion, Mention, ParsedStatement
from factdb.check.wording import AROUND_NAME_BREAKS, entity_type, gap_words, phrase_words
from factdb.lexicon.index import abbreviations
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import BODY_TYPES, COUNTRY, PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import overlaps
from factdb.text.fold import fold

# Entity types a relation noun or an exclusion can bear on: "Lam's wife", "not Tokayev".
PEOPLE_TYPES = frozenset({PERSON, ROLE_TYPE})


def read_around_names(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Relations, exclusions and a part of the day: words that change what a name or a date
    next to them says (`relations`, `exclusions` and `day_parts` in the statement lexicons).
    Returns the spans of the relation words beside no name: those say nothing of a name, so
    they stay details for the claims to say ("deputy" of "Trump, deputy chairman of ...")."""
    cues = [c for c in parsed.grammar if c.kind in ("relation", "exclusion", "day_part")]
    text = parsed.text
    lex = load_lexicon(parsed.lang, "statements")
    fillers = phrase_words(tuple(lex.get("title_fillers", [])))
    ordered = sorted(parsed.entities, key=lambda m: m.start)

    def between(a: int, b: int, allowed: frozenset[str] = fillers) -> bool:
        """Nothing but spaces and title fillers ("of", "'s", "của"), or the `allowed` words,
        from a to b; the full stop of an abbreviated title ("Sen. Hagerty") ends no words
        around a name."""
        gap = text[a:b]
        word = text[: a + 1].split()[-1:] if gap.startswith(".") else []
        if word and fold(word[0]) in abbreviations():
            gap = gap[1:]
        if a > b or set(gap) & AROUND_NAME_BREAKS:
            return False
        return all(w in allowed for w in gap_words(gap))

    # a part of the day and its date after it may have "on" between them too ("at dawn on
    # February 19"): `day_part_joins`
    joins = fillers | phrase_words(tuple(lex.get("day_part_joins", [])))

    def kind(m: Mention) -> str:
        return entity_type(m, vocab)

    def chain_after(pos: int, countries: bool = False) -> list[Mention]:
        """Adjacent mentions from `pos` on: a title and its holder ("Thủ tướng Orbán"); with
        `countries`, the country of a title too ("Thủ tướng Hungary Orbán", "Pakistan's
        prime minister")."""
        found: list[Mention] = []
        joined = (ROLE_TYPE, COUNTRY) if countries else (ROLE_TYPE,)
        for m in (m for m in ordered if m.start >= pos):
            if not between(found[-1].end if found else pos, m.start):
                break
            if found and kind(found[-1]) not in joined:
                break
            found.append(m)
        return found

    def chain_before(pos: int, countries: bool = False) -> list[Mention]:
        found: list[Mention] = []
        joined = (ROLE_TYPE, COUNTRY) if countries else (ROLE_TYPE,)
        for m in reversed(ordered):
            if m.end <= pos and between(m.end, found[0].start if found else pos):
                if found and kind(m) not in joined:
                    break
                found.insert(0, m)
            elif m.end <= pos:
                break
        return found

    dropped: set[Mention] = set()
    unbound: list[tuple[int, int]] = []
    for cue in cues:
        if cue.kind == "relation":
            # "Lam's wife" / "phu nhân Tổng Bí thư Tô Lâm" / "spokesman for Orbán"
            named = chain_before(cue.start) or chain_after(cue.end)
            if named and all(kind(m) in PEOPLE_TYPES | {COUNTRY} for m in named):
                first, last = min(cue.start, named[0].start), max(cue.end, named[-1].end)
                parsed.relations.append(text[first:last])
                dropped.update(named)
            elif not named:
                unbound.append((cue.start, cue.end))
        elif cue.kind == "exclusion":
            excluded = chain_after(cue.end, countries=True)
            # The name right before it, across a comma at most, is what it is set against:
            # "met Orbán, not Tokayev", "Daines, not Hagerty, sent …", "A but not B"; with
            # its titles, which are his and not the excluded name's ("Defense Minister
            # Giang, not Lam, told Hegseth ..." is read against "Lam told Hegseth ...").
            before = [m for m in ordered if m.end <= cue.start]
            last = before[-1] if before else None
            near = last is not None and not text[last.end : cue.start].strip(" ,")
            # ... or a body set against a body ("là thành viên Ủy ban Chuẩn chi, không phải Ủy
            # ban Đối ngoại"): the seat is denied in the excluded one
            bodies = (
                near
                and last is not None
                and bool(excluded)
                and kind(last) in BODY_TYPES
                and kind(excluded[-1]) in BODY_TYPES
            )
            denial = (
                parsed.negation is not None
                and parsed.negation.start < cue.end
                and (cue.start < parsed.negation.end)
            )
            # a title of a country stands for its holder ("except Pakistan's prime minister",
            # "trừ Tổng thống Kazakhstan"): whom the sources show holding it on the occasion;
            # a denial before a title and no name is of the title ("Orbán is not the president
            # of Hungary")
            held = {kind(m) for m in excluded} >= {ROLE_TYPE, COUNTRY} and (near or not denial)
            if excluded and (kind(excluded[-1]) == PERSON or held or bodies):
                # ... a title of a country set against one ("Lam met Pakistan's prime minister,
                # not Kazakhstan's president") with its country
                against = chain_before(last.end, countries=True) if near and last else []
                titled = held and {kind(m) for m in against} >= {ROLE_TYPE, COUNTRY}
                set_against = (
                    tuple(against if titled else chain_before(last.end))
                    if near and last is not None and (kind(last) in (PERSON, *BODY_TYPES) or titled)
                    else ()
                )
                parsed.exclusions.append(Exclusion(cue, tuple(excluded), set_against))
                dropped.update(excluded)
                if denial:
                    parsed.negation = None  # the "not" of "not Tokayev" denies only him
        elif (
            parsed.day_part is None
            and any(
                between(cue.end, d.start, joins) or between(d.end, cue.start) for d in parsed.dates
            )
        ) or (
            parsed.day_part is None
            and not parsed.dates
            and any(
                # "Thursday evening", "tối thứ Năm" (the cue inside the weekday's words): with no
                # date, the part of the weekday's day, weighed as a part said with no date
                between(cue.end, s) or between(e, cue.start) or (s <= cue.start and cue.end <= e)
                for _, s, e in parsed.weekdays
            )
        ):
            parsed.day_part = cue
    if parsed.day_part is None and not parsed.dates:
        # "in the afternoon" with no date at all: the part of the day the statement tells of
        alone = (c for c in parsed.grammar if c.kind == "dateless_day_part")
        parsed.day_part = next(alone, None)
    if parsed.day_part is None:
        # a number that ends a date is its month, not an hour: "20/2 giờ Hà Nội" is no "2 giờ"
        dated = [(d.start, d.end) for d in parsed.dates]
        clocks = (
            m
            for pattern in lex.get("clock_times", [])
            for m in re.finditer(pattern, text)
            if not overlaps(*m.span(), dated)
        )
        match = next(clocks, None)
        if match is not None:
            parsed.day_part = Cue("day_part", "clock", match.group(0), *match.span())
    if dropped:
        parsed.entities = [m for m in parsed.entities if m not in dropped]
        parsed.unknown_names += [r for r in parsed.relations if r not in parsed.unknown_names]
    return unbound
