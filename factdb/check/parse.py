"""Stage 1 of checking: what a statement says, before any claim is looked at.

Entities come from the alias table, predicate candidates from trigger words and from the types of
the entities mentioned, quantities and dates from factdb.extract (quantities, dates), negation and
modality from the language lexicons. `factdb parse` prints exactly this, so a user can see what
the checker understood. What it fills is the model of factdb.check.statement; the opening words
that say nothing of the fact (hashtags, a heading, a dateline) are blanked first by
factdb.check.datelines; what a denial, a frame of denial or a refusal falls on is read by the
passes of factdb.check.denials.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache

from factdb.check.datelines import blank_heading, blank_tags, city_cue, read_dateline
from factdb.check.denials import (
    bind_denials,
    denial_frame,
    denial_spans,
    framed_restriction,
    read_refusals,
    refused_predicates,
    refusing_verbs,
    suffixed,
    unasserted_delays,
    within_object_gap,
)
from factdb.check.ordinals import member_ordinal, members, read_ordinals
from factdb.check.rates import (
    counts_periods,
    periods_a_year,
    span_follows,
    spans_totalled,
    yearly,
    yearly_predicates,
)
from factdb.check.slotted import find_namings, find_slotted
from factdb.check.stance_words import saying_words, thanks_words
from factdb.check.statement import (
    MOODS,
    Cue,
    Exclusion,
    LaterCue,
    Mention,
    ParsedStatement,
    bounded,
    phrases_at,
)
from factdb.check.topics import DEED_THINGS, fielded, fields_after, stated_topics
from factdb.check.weekdays import find_weekdays
from factdb.extract.dates import DateSpan, find_dates
from factdb.extract.quantities import Quantity, find_quantities
from factdb.lexicon.index import (
    LANGUAGES,
    Entry,
    Fillers,
    abbreviations,
    glossed,
    numbers,
    phrase_keys,
    split_details,
    time_frames,
)
from factdb.lexicon.index import fillers as filler_words
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import (
    BODY_TYPES,
    CITY,
    COUNTRY,
    EVENT,
    GRAMMAR_KINDS,
    OCCASION,
    OFFICE_TENSES,
    PERSON,
    PERSON_ATTRIBUTES,
    ROLE_TYPE,
    TOPIC,
    US_STATE,
    PhraseIndex,
    Vocabulary,
    is_role,
)
from factdb.records import dataclass, replace
from factdb.text.covered import Covered, overlaps, within
from factdb.text.fold import blank_controls, fold, has_marks, nfc
from factdb.text.sentences import (
    BRACKETS,
    CLAUSE_BREAKS,
    CLAUSE_END,
    SENTENCE_ENDS,
    sentence_spans,
)
from factdb.text.tokens import Tokens, phrase_spans, phrase_starts, tokenize, word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from collections.abc import Collection

# The possessive marks after a name: "Lam's", "Lam’s".
POSSESSIVES = ("'s", "’s")
# The words of a figure a trigger may begin with ("years of diplomatic relations"): its units,
# their parts and multiples, its scales (lexicon/<lang>/numbers.yaml).
FIGURE_WORDS = ("unit", "subunit", "scale")
# Characters after which a capitalised word may simply start a sentence or a quote.
SENTENCE_OPENERS = frozenset(".!?:;\n\"“‘'(–-")
# How far after a passive word, in characters, its agent may start ("by the Prime Minister").
AGENT_REACH = 16
# The grammar kinds that put the predicate verb right after them in a mood: "agreed to
# upgrade" (a plan), "stand ready to visit" (readiness, lexicon/<lang>/statements.yaml).
MOOD_VERBS = {"plan_verb": "plan", "ready_verb": "ready"}
# The patterns of this module that few statements need are kept as text and compiled on first
# use (re.compile's own cache then): compiling all of them cost every fresh check 0.5 ms.


def parse_statement(text: str, vocab: Vocabulary) -> ParsedStatement:
    """What `text` says; StatementTooLong if it is over MAX_STATEMENT characters."""
    given = bounded(text)
    # Read with its escape sequences and controls as spaces: they are no part of what is said
    # ("\x1b]0;title\x07" is not the number 0). Offsets are the same in both.
    text, disputed = blank_heading(blank_tags(blank_controls(given)))
    text, filed, city = read_dateline(text, vocab)
    doc = tokenize(text)
    folded = doc.folded
    toks = doc.words()
    words = [t for t, _, _ in toks]
    lang = vocab.detect_language(text, words)
    accented = has_marks(text)
    parsed = ParsedStatement(text=given, lang=lang, tokens=doc, disputed=disputed)
    parsed.filed_in = None if city is None else city_cue(given, *city, vocab)
    # Longest match at each position, leftmost first, separately for each kind of phrase.
    # Triggers compete across predicates longest first, so "trading partner" (a rank) hides the
    # "trading" inside it (trade turnover), and "phone talks" hides "talks with" (a meeting).
    taken: dict[str, list[tuple[int, int]]] = {}
    found: list[tuple[str, int, int, list[Entry]]] = []
    # shorter phrases a longer one of the same kind at the same start hid ("declined" in
    # "declined to"), kept in case the longer one reaches into a name (_short_of_names)
    hidden: list[tuple[str, int, int, list[Entry]]] = []
    trigger_hits: list[tuple[int, int, list[Entry]]] = []
    index = vocab.phrases
    # The statement's words under each inflecting language's keys ("hosted" -> "host"): its
    # own language's, and another's only where the text writes its marks, so that a word
    # without them stands out as foreign ("Tô Lâm hosting ..."). Written without marks, a
    # Vietnamese word may be any language's: "rang" ("rằng") is not English "ring".
    stemmed = [
        (vocab.stems[other], doc.inflected(other, inflection))
        for other, inflection in vocab.inflections.items()
        if other in vocab.stems and (other == lang or accented)
    ]
    keyed = tuple(words)  # sliced into keys as they are: no tuple made per probe
    direct_reach, direct_entries = index.reach, index.entries
    for i in range(len(toks)):
        # Each index is probed only up to the longest key its word starts there: a longer
        # probe finds nothing in it (most words start no phrase at all).
        direct = direct_reach.get(keyed[i], 0)
        reach = direct
        inflected = []
        for stems, keys in stemmed:
            longest = stems.reach.get(keys[i], 0)
            if longest:
                inflected.append((stems.entries, keys, longest))
                reach = max(reach, longest)
        if not reach:
            continue
        for length in range(min(reach, len(toks) - i), 0, -1):
            entries = direct_entries.get(keyed[i : i + length]) if length <= direct else None
            if inflected:
                # a form matched as written may be another phrase's inflection too: "cancelled"
                # is a visit's denial as listed and, from "cancel", an undoer of talks. What it
                # names as written is not added again, and a form listed as a trigger keeps the
                # acts it is listed for: "joining", a founding member's trigger, is not also
                # "join"'s attendance
                named = {(e.kind, e.target) for e in entries or ()}
                listed_trigger = any(e.kind == "trigger" for e in entries or ())
                stemmed_entries = [
                    e
                    for stem_entries, keys, longest in inflected
                    if length <= longest
                    for e in stem_entries.get(keys[i : i + length], ())
                    if (e.kind, e.target) not in named
                    and not (listed_trigger and e.kind == "trigger")
                ]
                entries = [*(entries or ()), *_distinct(stemmed_entries)]
            if not entries:
                continue
            start, end = toks[i][1], toks[i + length - 1][2]
            original = text[start:end]
            by_kind: dict[str, list[Entry]] = {}
            for entry in entries:
                if entry.stands_as(original, lang, accented):
                    by_kind.setdefault(entry.kind, []).append(entry)
            for kind, hits in by_kind.items():
                if kind in ("trigger", "not_trigger"):
                    trigger_hits.append((start, end, hits))
                    continue
                if kind == "entity" and _crossed_title(hits, i, length, keyed, index, vocab):
                    continue
                spans = taken.setdefault(kind, [])
                if not overlaps(start, end, spans):
                    spans.append((start, end))
                    found.append((kind, start, end, hits))
                elif kind == "entity" and not _titled(hits, vocab):
                    _extend_name(start, end, spans, found, vocab, text, hits)
                elif any(s == start for s, _ in spans):
                    hidden.append((kind, start, end, hits))
    found = _short_of_names(found, hidden, taken.get("entity", []))
    trigger_spans: list[tuple[int, int]] = []
    # a trigger reaching into a name is not read (below), so it hides no shorter one: "dự họp
    # khai mạc Hội đồng Hòa bình" is "dự" before the meeting's name, not "dự họp" cut off
    names_taken = taken.get("entity", [])
    # "a call on February 18": the word right before a date that cues it ("on") is the date's,
    # not the particle of a longer trigger ("call on", to urge), which leaves the shorter one
    # ("call", a phone call) read
    all_dates = find_dates(text)
    shorter = {(s, e) for s, e, hits in trigger_hits if hits[0].kind == "trigger"}
    trigger_hits = [
        h for h in trigger_hits if not _cue_of_date(h, toks, text, all_dates, lang, shorter)
    ]
    for start, end, hits in sorted(trigger_hits, key=lambda h: (h[0] - h[1], h[0])):
        if hits[0].kind == "trigger" and overlaps(start, end, names_taken):
            continue
        # nor a phrase that is no trigger across a name's edge: "tiếp Thủ tướng" folds to "tiếp
        # thu" (to absorb), but the title takes "Thủ", and "tiếp" is the reception's verb
        if any(start < e and s < end and not (start <= s and e <= end) for s, e in names_taken):
            continue
        # nor one reaching into a plan word from inside it: folded, "sẵn sàng thăm" holds "sang
        # thăm" (go to visit) from "sàng" on, but "sẵn sàng" (ready to) takes "sàng"
        if any(s < start < e < end for k, s, e, _ in found if k in MOOD_VERBS):
            continue
        if not overlaps(start, end, trigger_spans):
            trigger_spans.append((start, end))
            # A longer phrase that is no trigger ("tiếp tục") holds its words all the same.
            if hits[0].kind == "trigger":
                found.append(("trigger", start, end, hits))

    found = _shared_heads(found, toks, text, vocab, lang, accented)
    found = _possessive_names(found, toks, text, vocab, lang, accented)
    found = _body_heads(found, toks, text, vocab, lang)
    found = _name_titles(found, toks, text, vocab, lang)
    found = bind_denials(parsed, vocab, found)
    details = phrase_spans(toks, split_details(doc.loose))
    found = _without_split_details(found, details)
    # A number inside a name belongs to the name ("the 14th National Party Congress"); a name
    # inside a number belongs to the number ("US$400m").
    names = [(s, e) for k, s, e, _ in found if k == "entity"]
    dates = [d for d in all_dates if not within(d.start, d.end, names)]
    parsed.report_dates = [d for d in dates if d == filed or _reported_on(d, toks, text, lang)]
    dates = [d for d in dates if d not in parsed.report_dates]
    triggered = [(start, end) for kind, start, end, _ in found if kind == "trigger"]
    # the verb that says an act began, by the date it makes the act's start
    begun = {
        i: verb
        for i, d in enumerate(dates)
        if (verb := _act_start_verb(d.start, toks, triggered, lang)) is not None
    }
    parsed.starts = [
        i
        for i, d in enumerate(dates)
        if (_date_cue(d.start, folded, toks, vocab) or ("",))[0] == "start" or i in begun
    ]
    parsed.dates = [
        _opened(
            _told_restated(_open_ended(d, doc, toks, vocab), doc.norm, toks, lang),
            doc.norm,
            toks,
            lang,
            names,
        )
        for d in dates
    ]
    # "the final day of the Feb. 18-20 trip": the day is the date; "ngày thứ hai của chuyến
    # công tác 18-20/2": a date of its own, after the others (parsed.starts indexes them), the
    # range kept for the trip said between
    acts = [(start, end) for start, end, _ in trigger_hits]
    days: list[DateSpan] = []
    for i, d in enumerate(parsed.dates):
        day = _day_of_range(d, doc.norm, toks, lang, acts)
        if day is not None and day.end == d.end:
            parsed.dates[i] = day
        if day is not None:
            days.append(day)
    parsed.dates += [day for day in days if day not in parsed.dates]
    numeric = [(d.start, d.end) for d in parsed.dates]
    reported = [(d.start, d.end) for d in parsed.report_dates]
    parsed.weekdays = [
        w
        for w in find_weekdays(
            lang, toks, text, reported + names + [(d.start, d.end) for d in days]
        )
        if not any(_weekday_of(d, w) for d in parsed.dates)
    ]
    weekdays = [(s, e) for _, s, e in parsed.weekdays]
    parsed.bounded = [
        (d.start, d.end)
        for d in parsed.dates
        if not d.year_known
        # "from February 18 to 20" is a range, no bound ("from" is also a word of since)
        and d.grain != "range"
        and (cue := _date_cue(d.start, folded, toks, vocab)) is not None
        and cue[0] in ("before", "after", "since")
        # "Thứ Tư (18/2)": the "Tư" of a weekday is no "từ" (since), whatever its marks
        and not overlaps(cue[1], cue[1] + 1, weekdays)
    ]
    names_found = [f for f in found if f[0] == "entity"]
    parsed.quantities = [
        q
        for q in find_quantities(text)
        if not overlaps(q.start, q.end, numeric)
        and not within(q.start, q.end, names)
        # "sáng thứ Năm" is Thursday, not the fifth
        and not overlaps(q.start, q.end, weekdays)
        # Vietnamese without diacritics, "Viet Nam day": no "năm ngày" (five days) made across
        # a name's edge (a trigger's or a cue's may hold a number: "51 nam ke tu khi")
        and not (not accented and q.unit == "rank" and _straddles(q.start, q.end, found))
        and not (not accented and lang == "vi" and _straddles(q.start, q.end, names_found))
    ]
    _deny_bounds(parsed, found, vocab)
    # "did not rule out a visit": the two denials undo each other and leave the plan standing;
    # "did not postpone the visit", "postponed the visit to March": the delay denies nothing,
    # and its words stay for the claims to account for
    undone, delays = _undone_denials(parsed, found, vocab)
    delays += unasserted_delays(parsed, found, vocab, undone)
    undone += delays
    # "It is false that Hungary has not approved ...", "Không phải ông Hagerty chưa từng thăm":
    # a frame of denial turns the clause it holds, and a denial in that clause turns it back
    found, framed = denial_frame(parsed, found, vocab, undone)
    undone += framed
    found = [
        f
        for f in found
        if not (f[0] in ("negation", "negation_after", "antonym") and within(f[1], f[2], undone))
        # an antonym a delay opens ("hoãn chuyến thăm") is that delay's, undone with it or
        # put to a date: its act's own trigger reads the rest
        and not (f[0] == "antonym" and any(s == f[1] and e < f[2] for s, e in delays))
    ]
    # "did not rule out a visit": the visit is possible, no plan; readiness bears that out (or
    # a plan, which bears readiness out), so the mood of the undone word is readiness
    kept_open = [span for span in undone if span not in delays]
    found = [
        ("ready", s, e, h) if k == "plan" and within(s, e, kept_open) else (k, s, e, h)
        for k, s, e, h in found
    ]
    _drop_former_values(parsed)
    numeric += [(q.start, q.end) for q in parsed.quantities]
    entity_spans = [(s, e) for k, s, e, _ in found if k == "entity" and not overlaps(s, e, numeric)]
    # A denial inside a phrase that says an office ended ("thôi giữ chức", "đã thôi giữ
    # chức") is that phrase's: the title is former, not denied.
    shielded = [(s, e) for k, s, e, _ in found if k in ("not_negation", "former")] + numeric
    shielded += undone
    governments = _governments(text, found, toks, vocab)
    places: list[str] = []  # capitals named as places that are no known place
    later: list[Cue] = []
    relatives: list[Cue] = []  # relative date cues, the first of them read (_day_of_cue)
    opposites: list[Mention] = []  # the opposite of a view: its topic, denied (after the loop)
    # an ender with no continuing topic anchored before it ends nothing and reads no words:
    # "cắt giảm thủ tục cấp học bổng" leaves "cắt giảm" for the claims to account for
    parsed.enders = [(s, e) for k, s, e, _ in found if k == "ender"]
    found = [f for f in found if f[0] != "ender" or any(_anchored(parsed, h, f[1]) for h in f[3])]
    delaying = set(phrase_keys("polarity", "delayers", (lang,)))
    for kind, start, end, hits in sorted(found, key=lambda f: f[1]):
        surface = text[start:end]
        if kind == "entity":
            if not overlaps(start, end, numeric):
                ids = governments.get((start, end)) or tuple(sorted({h.target for h in hits}))
                parsed.entities.append(Mention(surface, start, end, ids))
            continue
        if kind == "metonym":
            if overlaps(start, end, entity_spans) or overlaps(start, end, numeric):
                continue
            if (start, end) in governments:
                parsed.entities.append(Mention(surface, start, end, governments[(start, end)]))
            else:
                places.append(surface)
            continue
        if kind == "local_time":
            # Read even over a name: "giờ Hà Nội" holds the city.
            parsed.local_time = parsed.local_time or Cue(kind, surface, surface, start, end)
            continue
        if kind == "relative":
            # a bound said right before the count is the cue's ("less than a day after")
            start = _bound_start(start, toks, lang)
            surface = text[start:end]
            relatives.append(Cue(kind, hits[0].target, surface, start, end))
            continue
        if kind == "later":
            later.append(Cue(kind, "", surface, start, end))
            continue
        if kind in ("opposite", "ender"):
            # it may hold whole names ("supported the war in Vietnam") and share words with
            # its own view's key phrase ("chưa thể coi là trụ cột của quan hệ"), never part of
            # another name; an ender ("has since been discontinued") ends only the continuing
            # topics whose anchor words stand before it
            targets = tuple(
                sorted(
                    {h.target for h in hits if kind == "opposite" or _anchored(parsed, h, start)}
                )
            )
            if (
                targets
                and not overlaps(start, end, shielded)
                and not any(
                    overlaps(start, end, [(s, e)])
                    and not within(s, e, [(start, end)])
                    and not set(h.target for h in named) <= set(targets)
                    for k, s, e, named in found
                    if k == "entity" and (s, e) in entity_spans
                )
            ):
                opposites.append(Mention(surface, start, end, targets))
            continue
        # a denying verb whose noun opens a name it falls on ("ngừng hợp tác" before "hợp tác
        # khắc phục hậu quả chiến tranh") shares that word with the name and still denies
        crossing = kind == "antonym" and all(
            start < s < end <= e for s, e in entity_spans if overlaps(start, end, [(s, e)])
        )
        if overlaps(start, end, entity_spans) and not crossing:
            continue
        # a day of a range says no act ("ngay thu hai cua": no letter, "thư", in "thu")
        if kind == "trigger" and within(start, end, [(d.start, d.end) for d in days]):
            continue
        if kind == "trigger":
            for hit in hits:
                parsed.triggers.append(Cue(kind, hit.target, surface, start, end))
                parsed.predicates.setdefault(hit.target, f"trigger {surface!r}")
        elif (
            kind in ("negation", "negation_after")
            and parsed.negation is None
            and not overlaps(start, end, shielded)
            # "No. 2" is a number, not a denial: an abbreviation is one word before its
            # period, while a phrase ending a sentence ("vẫn đang chờ phê duyệt.") denies, as
            # a delaying verb does ("the trip was postponed.": `delayers`, no abbreviation)
            and not (
                text.startswith(".", end)
                and len(word_keys(surface)) == 1
                and tuple(word_keys(surface)) not in delaying
            )
            # "no-fly zone", "no-deal fears", "a no-holds-barred talk": a denial joined to the
            # word after it makes a compound of the two, which denies no verb
            and not text.startswith("-", end)
            # A denial is a word of the statement's own language: English "no" in an unaccented
            # Vietnamese statement is "nỗ" ("no luc", effort), "nó" or "nợ"
            and any(h.lang == parsed.lang for h in hits)
        ):
            # One that follows what it denies ("the call did not take place") is read before
            # the plain one inside it ("did not").
            after = [(s, e, h) for k, s, e, h in found if k == "negation_after" and s <= start < e]
            if kind == "negation" and after:
                kind, (start, end, hits) = "negation_after", after[0]
                surface = text[start:end]
            parsed.negation = Cue(kind, hits[0].target, surface, start, end)
        elif kind == "passive":
            parsed.passives.append((start, end))
            # "invited Lam by letter": after the verb, a word that names an act of its own (a
            # letter, a phone call) is the means, not an agent ("was invited by Trump"); a
            # passive word before the verb ("được mời") needs no agent after it
            acts = [s for k, s, _, _ in found if k in ("trigger", "antonym")]
            agent = any(end < s <= end + AGENT_REACH for s, _ in entity_spans)
            means = any(end < s <= end + 2 for s in acts)
            if agent or not means or not any(s < start for s in acts):
                parsed.passive = True
        elif kind == "other_act":
            parsed.other_acts += [Cue(kind, hit.target, surface, start, end) for hit in hits]
        elif kind == "antonym":
            # "declined the invitation": the predicate is named and denied by one word. A longer
            # denial from the same word ("declined to receive") denies the verb after it instead;
            # a phrase that denies nothing holds its words ("tan dung", "tận dụng": not "dừng").
            if overlaps(start, end, shielded) or any(
                k == "negation" and s == start and e > end for k, s, e, _ in found
            ):
                continue
            for hit in hits:
                parsed.triggers.append(Cue("antonym", hit.target, surface, start, end))
                parsed.predicates.setdefault(hit.target, f"antonym {surface!r}")
            if parsed.negation is None and not overlaps(start, end, shielded):
                parsed.negation = Cue("negation", surface, surface, start, end)
        elif kind in GRAMMAR_KINDS:
            parsed.grammar.append(Cue(kind, hits[0].target, surface, start, end))
        elif kind in MOODS:
            parsed.modality_cues.append(Cue(kind, hits[0].target, surface, start, end))
            if parsed.modality not in MOODS or MOODS.index(kind) <= MOODS.index(parsed.modality):
                parsed.modality = kind
    _drop_rates_of_other_figures(parsed, vocab)
    # a mood word inside a longer one is its word ("would" of "would like to see")
    cues = parsed.modality_cues
    parsed.modality_cues = [
        c
        for c in cues
        if not any(
            o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
            for o in cues
        )
    ]
    if parsed.negation is None:
        for suffix, folded_suffix in vocab.negation_suffixes:
            # the pattern's search costs more than a plain look for the suffix, which most
            # statements do not hold
            match = suffixed(folded_suffix).search(folded) if folded_suffix in folded else None
            # a denied bound's word is the figure's ("didn't exceed $1bn": _deny_bounds)
            if match and not overlaps(match.start(), match.end(), shielded):
                parsed.negation = Cue(
                    "negation",
                    suffix,
                    text[match.start() : match.end()],
                    match.start(),
                    match.end(),
                )
                break
    # "made little progress": the view's topic, denied by the phrase itself (also where the
    # phrase is a denial word of its own: "the talks stalled"). After another denial ("no weak
    # spot") the two turn each other back and say nothing of the view: the phrase is left
    # unread.
    denial = parsed.negation
    if opposites and (
        denial is None or within(denial.start, denial.end, [(m.start, m.end) for m in opposites])
    ):
        first = opposites[0]
        parsed.negation = Cue("opposite", first.text, first.text, first.start, first.end)
        # its words are its own ("phan thu yeu": no letter, "thư"; "Vietnam" in "supported the
        # war in Vietnam" is the view's)
        spans = [(m.start, m.end) for m in opposites]
        parsed.entities = [
            m
            for m in parsed.entities
            if not within(m.start, m.end, spans)
            and not (overlaps(m.start, m.end, spans) and set(m.ids) <= set(first.ids))
        ]
        parsed.entities += opposites
        # ... and so are its grammar words ("only" in "only Democrats support": no exclusion)
        parsed.grammar = [c for c in parsed.grammar if not within(c.start, c.end, spans)]
        _drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, spans)])
    else:
        found = [f for f in found if f[0] != "opposite"]

    # "thu 5" written without marks is Thursday, not a letter ("thư"), alone or opening a date
    # ("thu Tu 18/2/2026"); a trigger only reaching into a date is its own ("thư từ tháng 11")
    dates = [(d.start, d.end) for d in parsed.dates]
    _drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if overlaps(t.start, t.end, weekdays) or within(t.start, t.end, dates)
        ],
    )
    _drop_triggers(parsed, _dating_words(parsed, vocab))
    _drop_triggers(parsed, _across_figures(parsed))
    _drop_triggers(parsed, _marks_of_nothing(parsed))
    slotted = _read_slotted(parsed, vocab)
    slotted += _read_go_betweens(parsed, vocab)
    receipts = _read_receipts(parsed, vocab, toks)
    slotted += receipts
    # "nhận được thư": the passive word inside a verb of receiving makes no passive of it
    if receipts and all(within(s, e, receipts) for k, s, e, _ in found if k == "passive"):
        parsed.passive = False
    _drop_named_moods(parsed, slotted)
    _drop_transparent(parsed, toks)
    read_refusals(parsed)
    _drop_refused(parsed)
    _read_repeats(parsed, vocab)
    _read_asked_for(parsed)
    described = _drop_namings(parsed, vocab)
    _drop_contents(parsed, vocab)
    _drop_denied_readings(parsed)
    parsed.relative = _day_of_cue(parsed, relatives, later)
    if parsed.relative is not None:
        cue = _date_cue(parsed.relative.start, folded, toks, vocab)
        parsed.relative_starts = (cue or ("",))[0] == "start"
    # A number inside a trigger phrase ("for the first time") or a relative date ("two days
    # after") belongs to the phrase.
    trigger_spans = [(t.start, t.end) for t in parsed.triggers]
    if parsed.relative is not None:
        trigger_spans.append((parsed.relative.start, parsed.relative.end))
    parsed.quantities = [q for q in parsed.quantities if not within(q.start, q.end, trigger_spans)]
    elapsed = _read_elapsed(parsed, vocab)
    _read_ordinals(parsed)
    ordinals = [(o.start, o.end) for o in parsed.ordinals]
    nouns = [
        (s, e, h[0].target, "counted_office" if _offices(h[0].target, vocab) else "counted")
        for k, s, e, h in found
        if k == "counted"
    ]
    # a title inside a longer noun of people ("heads of state and government") describes them
    # together, and asserts no office of any one of them
    parsed.entities = [
        m
        for m in parsed.entities
        if not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e, _, _ in nouns)
    ]
    # "leaders of twelve countries": a count of the countries, not of people
    countries = [(s, e, h[0].target, k) for k, s, e, h in found if k == "counted_country"]
    # ... and the sides of encounters, who do an act together ("the two sides agreed")
    groups = [Cue("group", h[0].target, text[s:e], s, e) for k, s, e, h in found if k == "group"]
    parsed.people = sorted(
        [Cue("counted", t, text[s:e], s, e) for s, e, t, _ in nouns] + groups,
        key=lambda c: c.start,
    )
    # "four prime ministers", "4 tổng thống": a count of the holders of an office, with the
    # title's tense words ("three current and former senators": accounting.counts)
    nouns += countries + [
        (*_tensed_span(parsed, m), m.ids[0], "counted_office")
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type == ROLE_TYPE
    ]
    # countries said between a number and the noun it counts describe the nouns ("three US
    # lawmakers", "two Central Asian presidents" is not: only names of countries)
    # an abbreviated name's last period is its own ("four U.S. lawmakers": the name is "U.S")
    states = [
        (m.start, m.end + ("." in m.text and text[m.end : m.end + 1] == "."))
        for m in parsed.entities
        if m.ids and all(e in vocab.entities and vocab.entities[e].type == COUNTRY for e in m.ids)
    ]
    for q in parsed.quantities:
        # the noun right after the number, one word between at most ("12 nhà lãnh đạo"), or
        # a country's name
        after = [
            n
            for n in nouns
            if 0 <= n[0] - q.end <= 2
            or (n[0] > q.end and not blank_spans(text, states, q.end, n[0]).strip())
        ]
        if q.unit is None and q.value >= 1 and after:
            s, e, target, kind = after[0]
            parsed.counts.append((q, Cue(kind, target, text[s:e], s, e)))
    # Which words a filler holds: read by the names below and by the loose words at the end.
    # A time frame ("trong năm nay", "next month": fillers.yaml time_frames) fixes when: its
    # words are the claims' to say, neither filler nor read ("nay" is not "này", "tới" no cue).
    framed = _held(toks, text, doc.loose, time_frames())
    frames = [(s, e) for (_, s, e), t in zip(toks, framed, strict=True) if t]
    # ... nor of a detail (index.split_details: "bi mat" is "bí mật", not "bị")
    fillers = _filled(
        toks,
        text,
        [f or overlaps(s, e, details) for f, (_, s, e) in zip(framed, toks, strict=True)],
        doc.loose,
    )
    fillers = _supporting(parsed, vocab, toks, fillers, [(s, e) for s, e, _ in trigger_hits])
    fillers = _title_qualifiers(parsed, vocab, toks, fillers)
    tags = _dash_forms(parsed, toks, vocab) + _party_adjectives(parsed, toks, vocab)
    parsed.entities += tags
    tagged = [(m.start, m.end) for m in tags]
    # after the dash forms: "Quan hệ Việt – Mỹ" names its countries right after the noun
    elapsed += _read_ages(parsed, vocab)
    grouped = _group_attributes(parsed, vocab)
    parsed.entities = [m for m in parsed.entities if (m.start, m.end) not in grouped]
    if lang == "en" or accented:
        # a report's date is a date too: "A Feb. 17 report" names no "Feb"
        known = [(s, e) for _, s, e, _ in found] + numeric + reported + weekdays + tagged
        known += ordinals  # "XIV" of "khóa XIV" is the count of its series, no name
        # A capitalised filler is no name: "The Ministry of Foreign Affairs announces that",
        # "The Government of Hungary confirms" name who reports, as "the ministry" does.
        filled = [(s, e) for (_, s, e), f in zip(toks, fillers, strict=True) if f]
        # Words of the language rather than names: its phrases other than names, its fillers.
        common = [(s, e) for kind, s, e, _ in found if kind != "entity"] + filled
        common += [(s, e) for s, e, _ in trigger_hits]
        parsed.unknown_names = _unknown_names(text, toks, known + filled, common, vocab)
    parsed.unknown_names += [p for p in places if p not in parsed.unknown_names]
    # "not just", "not only": no "only" either
    parsed.grammar = [
        c
        for c in parsed.grammar
        if not (c.kind == "only_word" and overlaps(c.start, c.end, shielded))
    ]
    _read_owned_names(parsed, vocab, toks)
    # before the nouns of acts that name only when are dropped: "trước chuyến đi này" is one
    parsed.earlier = _earlier(parsed, vocab)
    _drop_unplaced(parsed, vocab)
    unbound = _read_around_names(parsed, vocab)
    _read_around_verbs(parsed, vocab)
    framed_restriction(parsed)
    names = {(m.start, m.end): m.ids for m in parsed.entities}
    deeds = [end for _, end in thanks_words(parsed.text, parsed.tokens)]
    titles = [(c.start, c.end) for c in parsed.grammar if c.kind == "title_filler"]
    # "Leahy called Vietnam a close friend": the one a naming verb describes is not a word of
    # what he calls it ("a close friend of Vietnam")
    # a view of cooperation in fields read word for word shuts out no other view here: which of
    # two overlapping views holds the words is settled once both are read (below)
    cooperation = {span for span, ids in names.items() if ids and set(ids) <= fielded()}
    others = {span: ids for span, ids in names.items() if span not in cooperation}
    stated = [
        s
        for s in stated_topics(text, doc, lang, others, vocab, deeds, titles)
        if not overlaps(*s[:2], described) and s[:2] not in cooperation
    ]
    # a name the key phrase holds is the view's words, no party of it
    held = {span for _, _, _, spans in stated for span in spans}
    parsed.entities = [m for m in parsed.entities if (m.start, m.end) not in held]
    for start, end, topics, _ in stated:
        parsed.entities.append(Mention(parsed.text[start:end], start, end, topics))
    purposes = _view_purposes(parsed, vocab)
    parsed.entities = [m for m in parsed.entities if (m.start, m.end) not in purposes]
    stated = [v for v in stated if (v[0], v[1]) not in purposes]
    # A view of cooperation in fields is none without them, nor where another view holds its
    # words or its fields (lexicon/world/fields.yaml: "thúc đẩy hợp tác khắc phục hậu quả chiến
    # tranh", "tin cậy chính trị tiếp tục tăng cường, hợp tác kinh tế ... được mở rộng").
    views = _view_spans(parsed, vocab)
    fields = fields_after(text, doc, lang, views, list(names))
    ids_at = {(m.start, m.end): set(m.ids) for m in parsed.entities}
    bound = {v for v in views if ids_at[v] <= fielded()}
    # another view, or a thing cooperation may be on (a programme, an agreement, an event)
    things = {TOPIC} | DEED_THINGS
    other = [
        span
        for span, ids in ids_at.items()
        if span not in bound and any(vocab.entities[e].type in things for e in ids)
    ]
    unfielded = {v for v in bound if v not in fields or overlaps(v[0], fields[v][1], other)}
    parsed.entities = [m for m in parsed.entities if (m.start, m.end) not in unfielded]
    stated = [v for v in stated if (v[0], v[1]) not in unfielded]
    # Words inside a view's key phrase are the phrase's ("trade" in "trade cooperation keeps
    # expanding"), as they are inside a name read word for word, and so are the fields said
    # after it ("hợp tác ... về kinh tế, thương mại": no trade turnover).
    said = [(s, e) for s, e, _, _ in stated]
    said += [f for v, f in fields.items() if v not in unfielded]
    _drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, said)])
    parsed.later = _later(parsed, later)
    # a word setting the statement after an event orders it against that event, which no claim
    # is read for: it stays a word the deciding claims must account for
    # a word setting the statement after an event orders it against that event, which no claim
    # is read for, a word of all read as no universal ("every time"), and a word of another act
    # ("unanimous"), weighed against its predicate's claims only (judge), and a word of change
    # ("increase", checked against a figure's own claims: accounting.unborne_changes): words
    # the deciding claims must account for
    read = [
        (s, e)
        for k, s, e, _ in found
        if k not in ("later", "other_act", "change")
        and (k != "universal" or parsed.universal is not None)
    ]
    # A phrase that is no trigger takes its words from the trigger inside ("tiếp tục" holds
    # "tiếp"), but one that says something goes on ("tiếp tục", as "continue") is what was
    # done or voted for ("ủng hộ tiếp tục chiến tranh"): words the claims must account for.
    # So is a title the vocabulary does not read ("Tổng Thư ký": title_not_triggers), the
    # trigger inside it ("thư") included: its words are said only whole (index.whole_phrases).
    goes_on = set(phrase_keys("statements", "continuations", (lang,)))
    titles = set(phrase_keys("statements", "title_not_triggers", (lang,)))
    hits = [((s, e), tuple(k for k, ws, _ in toks if s <= ws < e)) for s, e, _ in trigger_hits]
    unread_titles = [span for span, keys in hits if keys in titles]
    read += [
        span for span, keys in hits if keys not in goes_on and not within(*span, unread_titles)
    ] + numeric
    read += [(d.start, d.end) for d in parsed.report_dates]
    read += stay_start_spans(parsed, toks)
    read += list(begun.values())
    if parsed.relative is not None:
        # with the bound it takes in ("more than a week after"): the cue's words
        read.append((parsed.relative.start, parsed.relative.end))
    read += [(s, e) for s, e, _, _ in stated] + slotted + tagged + ordinals + elapsed
    # a group's party or state is a detail of the group, for the claims' sources to say
    read = [r for r in read if r not in grouped]
    read += [(m.start, m.end) for m in _read_capitals(parsed, vocab)]
    read += _locatives_before_places(parsed, vocab, toks)
    if parsed.negation is not None:
        # a denial read off a word's suffix ("didn't") reads the whole word
        read.append((parsed.negation.start, parsed.negation.end))
    read += [span for span in undone if span not in delays]
    read = [r for r in read if not any(s <= r[0] and r[1] <= e for s, e in frames)]
    # a relation word that names no one's relation ("Trump, deputy chairman of ...") is a detail
    read = [r for r in read if r not in unbound]
    untitled = _untitled_formers(parsed, vocab, toks)
    read = [r for r in read if r not in untitled and r not in purposes]
    # a weekday is a detail of its own, for the claims' days to account for (check.weekdays)
    parsed.loose_words = _loose_words(toks, read + weekdays, text, fillers)
    parsed.name_runs = _name_runs(parsed.loose_words, toks, text)
    types = {vocab.entities[eid].type for eid in parsed.entity_ids() if eid in vocab.entities}
    for pred in vocab.cued_predicates if types else ():
        cue = pred.cue_types & _cue_types_outside_contents(parsed, vocab, pred.id)
        if cue and pred.id not in parsed.predicates:
            parsed.predicates[pred.id] = f"mentions a {sorted(cue)[0]}"
    return parsed


def _cue_types_outside_contents(parsed: ParsedStatement, vocab: Vocabulary, pid: str) -> set[str]:
    """The types of the names that may cue predicate `pid`: not one said inside an act of
    `pid` read in as another's content ("đề nghị Thượng viện Mỹ thông qua nghị quyết ...": the
    resolution is what the request asks to adopt, no adoption the statement asserts of its
    own), or the content's dropped trigger would come back as a part by its name alone."""
    contents = load_lexicon(parsed.lang, "synonyms").get("contents") or {}
    spans = [
        (c.start, c.end)
        for c in parsed.contained
        if pid in contents.get(c.target, ()) and pid not in parsed.predicates
    ]
    return {
        vocab.entities[eid].type
        for m in parsed.entities
        if not within(m.start, m.end, spans)
        for eid in m.ids
        if eid in vocab.entities
    }


# How many words from a "former" word a name or a title may stand for the word to say when
# that title was held ("cựu Chủ tịch", "Orbán đã từ chức", "nguyên là Thủ tướng"), not counting
# the title's place and small words between ("former U.S. Sen. Leahy").
FORMER_REACH = 2


def _untitled_formers(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The "former" words (office_tense in lexicon/<lang>/statements.yaml) with no name or
    title near them, dropped from the grammar words: beside none they say no office ended, and
    are words the claims must account for. Written without marks, "cựu" (former) is also "cứu"
    (rescue, of "Đảng Cứu quốc Campuchia", another party's name), which was read as a tense and
    left the party's name unchecked."""
    formers = [c for c in parsed.grammar if c.kind == "former"]
    if not formers:
        return []

    def typed(types: frozenset[str]) -> list[tuple[int, int]]:
        return [
            (m.start, m.end)
            for m in parsed.entities
            if any(eid in vocab.entities and vocab.entities[eid].type in types for eid in m.ids)
        ]

    people = typed(PEOPLE_TYPES)
    # the title's place, or the body whose name stands before the title that heads it
    # ("former Senate Appropriations Committee chairman Leahy": _body_heads)
    passed = typed(frozenset({COUNTRY, CITY}) | _HEADED_BODIES)
    passed += [(c.start, c.end) for c in parsed.grammar if c.kind == "title_filler"]
    starts = [s for _, s, _ in toks]
    ends = [e for _, _, e in toks]

    # "former Hungarian leader Orbán": a leader noun names no office a claim could check, so
    # the word is his description's, which the claims must account for
    leaders = phrase_spans(toks, phrase_keys("statements", "leader_nouns", (parsed.lang,)))

    def titled(words: list[tuple[str, int, int]]) -> bool:
        """Whether a name or a title comes within FORMER_REACH of `words`, nearest first, and
        no leader noun before it."""
        left = FORMER_REACH
        for _, s, e in words:
            if overlaps(s, e, leaders):
                return False
            if overlaps(s, e, people):
                return True
            if not overlaps(s, e, passed):
                left -= 1
                if not left:
                    return False
        return False

    untitled = []
    for cue in formers:
        first, last = bisect_left(starts, cue.start), bisect_right(ends, cue.end) - 1
        after = toks[last + 1 :]
        led = any(overlaps(s, e, leaders) for _, s, e in after[: FORMER_REACH + 1])
        if led or not (titled(after) or titled(toks[:first][::-1])):
            untitled.append((cue.start, cue.end))
    parsed.grammar = [c for c in parsed.grammar if (c.start, c.end) not in untitled]
    return untitled


@lru_cache(maxsize=8)
def _capital_cues(lang: str) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """A language's words for a capital and the words that join one to its country, cut once
    rather than for every statement."""
    return (
        set(phrase_keys("statements", "capital_words", (lang,))),
        set(phrase_keys("statements", "capital_joiners", (lang,))),
    )


def _read_capitals(parsed: ParsedStatement, vocab: Vocabulary) -> list[Mention]:
    """A country's capital named by the word for a capital ("the US capital", "the capital of
    Hungary", "thủ đô Hoa Kỳ", `capital_words` in lexicon/<lang>/statements.yaml): the city,
    where the vocabulary knows one capital of that country, in place of the country's mention.
    Returns the mentions read."""
    cues, joins = _capital_cues(parsed.lang)
    if not cues:
        return []
    cities = vocab.capitals_of
    if not any(len(m.ids) == 1 and len(cities.get(m.ids[0], ())) == 1 for m in parsed.entities):
        return []  # no country of one known capital named: most statements
    words = parsed.tokens.words()
    said = {key for key, _, _ in words}
    if not any(cue[:1] and cue[0] in said for cue in cues):
        return []  # no word for a capital written, so no cue to find beside a country
    starts = {s: i for i, (_, s, _) in enumerate(words)}
    ends = {e: i for i, (_, _, e) in enumerate(words)}

    def phrase_at(i: int, phrases: set[tuple[str, ...]]) -> int:
        """The length of the longest of `phrases` starting at word i (0: none)."""
        keys = tuple(k for k, _, _ in words[i : i + 4])
        return max((len(p) for p in phrases if keys[: len(p)] == p), default=0)

    read: list[Mention] = []
    for n, m in enumerate(parsed.entities):
        capital = cities.get(m.ids[0], ()) if len(m.ids) == 1 else ()
        if len(capital) != 1 or m.start not in starts or m.end not in ends:
            continue
        first, last = starts[m.start], ends[m.end]
        start = end = None
        # "the capital of Hungary", "thủ đô (của) Hoa Kỳ": the cue, a joiner, then the country
        for joined in range(3):  # the words of a joiner between them
            cue_end = first - joined
            if joined and not (cue_end >= 0 and phrase_at(cue_end, joins) == joined):
                continue
            for size in range(1, 4):
                if cue_end - size >= 0 and phrase_at(cue_end - size, cues) == size:
                    start = words[cue_end - size][1]
            if start is not None:
                break
        # "the US capital", "Hungary's capital": the country, then the cue ("s" of "'s" between)
        after = last + 1
        if after < len(words) and words[after][0] == "s":
            after += 1
        if start is None and after < len(words) and (size := phrase_at(after, cues)):
            end = words[after + size - 1][2]
        if start is None and end is None:
            continue
        a, b = start if start is not None else m.start, end if end is not None else m.end
        parsed.entities[n] = Mention(parsed.text[a:b], a, b, (capital[0],))
        read.append(parsed.entities[n])
    return read


# Entity types a relation noun or an exclusion can bear on: "Lam's wife", "not Tokayev".
PEOPLE_TYPES = frozenset({PERSON, ROLE_TYPE})


# What ends the words around a name: a clause's or a sentence's end, a bracket, a quotation.
_AROUND_NAME_BREAKS = CLAUSE_BREAKS | SENTENCE_ENDS | BRACKETS | {'"'}


def _kind(m: Mention, vocab: Vocabulary) -> str:
    """The type of the one entity a mention names, or "" where it names none or several."""
    known = len(m.ids) == 1 and m.ids[0] in vocab.entities
    return vocab.entities[m.ids[0]].type if known else ""


def _read_around_names(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Relations, exclusions and a part of the day: words that change what a name or a date
    next to them says (`relations`, `exclusions` and `day_parts` in the statement lexicons).
    Returns the spans of the relation words beside no name: those say nothing of a name, so
    they stay details for the claims to say ("deputy" of "Trump, deputy chairman of ...")."""
    cues = [c for c in parsed.grammar if c.kind in ("relation", "exclusion", "day_part")]
    text = parsed.text
    lex = load_lexicon(parsed.lang, "statements")
    fillers = _fillers(tuple(lex.get("title_fillers", [])))
    ordered = sorted(parsed.entities, key=lambda m: m.start)

    def between(a: int, b: int, allowed: frozenset[str] = fillers) -> bool:
        """Nothing but spaces and title fillers ("of", "'s", "của"), or the `allowed` words,
        from a to b; the full stop of an abbreviated title ("Sen. Hagerty") ends no words
        around a name."""
        gap = text[a:b]
        word = text[: a + 1].split()[-1:] if gap.startswith(".") else []
        if word and fold(word[0]) in abbreviations():
            gap = gap[1:]
        if a > b or set(gap) & _AROUND_NAME_BREAKS:
            return False
        return all(w in allowed for w in _gap_words(gap))

    # a part of the day and its date after it may have "on" between them too ("at dawn on
    # February 19"): `day_part_joins`
    joins = fillers | _fillers(tuple(lex.get("day_part_joins", [])))

    def kind(m: Mention) -> str:
        return _kind(m, vocab)

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


def _read_around_verbs(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """A question, a plan made of an agreement ("agreed to upgrade"), a predicate ordered
    against another event ("before meeting Tokayev") and "only" before a name."""
    text = parsed.text
    # read on the words the parse reads: a post's tags after the question mark label it
    # ("Did Lam meet Orbán? #BoardOfPeace" still asks)
    parsed.question = parsed.tokens.text.rstrip().endswith("?")
    words = parsed.tokens.words()
    starts = [s for _, s, _ in words]
    triggers = sorted(parsed.triggers, key=lambda t: t.start)

    def next_word(end: int) -> int | None:
        return next((s for s in starts if s >= end), None)

    # "agreed to wrap up the talks": a verb that adds nothing to a predicate after it is still
    # the act agreed to, not a fact done
    transparent = {c.start for c in parsed.grammar if c.kind == "transparent_verb"}
    # "ready to exchange visits", "sẵn sàng trao đổi các chuyến thăm": the act exchanged, one
    # word between at most, is the one planned
    exchanged = {
        start
        for start, end in phrases_at(parsed, "statements", "reciprocal_verbs")
        if any(t.start in starts[bisect_left(starts, end) :][:2] for t in triggers)
    }
    for cue in parsed.grammar:
        if cue.kind in MOOD_VERBS:
            after = next_word(cue.end)
            if after in transparent | exchanged or any(t.start == after for t in triggers):
                mood = MOOD_VERBS[cue.kind]
                parsed.modality_cues.append(Cue(mood, cue.target, cue.text, cue.start, cue.end))
                # readiness is said of the verb right after it, inside any plan ("sẽ sẵn sàng")
                if parsed.modality == "fact" or (mood == "ready" and parsed.modality == "plan"):
                    parsed.modality = mood
        elif cue.kind == "universal" and parsed.universal is None:
            parsed.universal = _universal(parsed, vocab, cue, triggers, starts)
        elif (
            cue.kind == "only_word"
            and parsed.only is None
            and word_keys(cue.text) in _only_listed(parsed.lang, "only_after")
        ):
            # a word that follows what it restricts: "thủ tướng duy nhất" (the only prime
            # minister), the title or name right before it
            before = [
                m
                for m in parsed.entities
                if len(m.ids) == 1
                and m.ids[0] in vocab.entities
                and vocab.entities[m.ids[0]].type in (PERSON, ROLE_TYPE)
                and not text[m.end : cue.start].strip()
            ]
            if before:
                m = before[0]
                parsed.only = Cue("only", m.ids[0], text[m.start : cue.end], m.start, cue.end)
            else:
                parsed.only = Cue("only", "", cue.text, cue.start, cue.end)
        elif (
            cue.kind == "only_word"
            and parsed.only is None
            # "just met Orbán" says when, as "vừa gặp" does: such a word restricts only the
            # name right after it ("met just Orbán"), never a verb
            and not (
                word_keys(cue.text) in _only_listed(parsed.lang, "only_before_names")
                and any(t.start == next_word(cue.end) for t in triggers)
            )
        ):
            # the name right after, or after a verb and a title: "met only Orbán", "chỉ gặp
            # Thủ tướng Orbán"
            following = [s for s in starts if s >= cue.end][:4]
            near = [
                m
                for m in sorted(parsed.entities, key=lambda m: m.start)
                if m.start in following and len(m.ids) == 1 and m.ids[0] in vocab.entities
            ]
            # Only a verb or a title may stand between: "the only leader to meet Orbán" says
            # something of the leader, not that Orbán was the only one met.
            spans = [(t.start, t.end) for t in triggers] + [(m.start, m.end) for m in near]
            near = [
                m
                for m in near
                if all(
                    overlaps(ws, we, spans)
                    for _, ws, we in words
                    if cue.end <= ws and we <= m.start
                )
            ]
            people = [m for m in near if vocab.entities[m.ids[0]].type == PERSON]
            titles = [m for m in near if vocab.entities[m.ids[0]].type == ROLE_TYPE]
            named = people[:1] or titles[:1]
            if titles and _after_article(parsed, cue) and titles[0].start < named[0].start:
                # "the only prime minister Lam met": an article makes "only" restrict the noun
                # after it, and the name after that noun opens a relative clause
                named = titles[:1]
            if named:
                m = named[0]
                parsed.only = Cue("only", m.ids[0], text[cue.start : m.end], cue.start, m.end)
            elif not any(q.start <= cue.start < q.end for q in parsed.quantities):
                # "the only leader to meet Orbán": a uniqueness no claim says (no name to check)
                parsed.only = Cue("only", "", cue.text, cue.start, cue.end)
    _read_aside(parsed)
    _read_cessation(parsed, vocab)
    _read_continuation(parsed)
    relative = parsed.relative
    for cue in (c for c in parsed.grammar if c.kind == "event_order"):
        if relative is not None and relative.start <= cue.start < relative.end:
            continue  # "a day after calling Daines": the relative date orders them (check.relative)
        after = next_word(cue.end)
        trigger = next((t for t in parsed.triggers if t.start == after), None)
        if trigger is not None and parsed.ordering is None:
            parsed.ordering = Cue(
                "ordering", cue.text, text[cue.start : trigger.end], cue.start, trigger.end
            )


@dataclass(frozen=True, slots=True)
class _ElapsedLinks:
    """How a count of years joins the event it measures: its unit, the folded words that may
    stand between them, and those that may only after a count said as an anniversary ("the
    40th anniversary of the end of the war": a bare "30 years of the war" is its length)."""

    unit: str
    links: frozenset[tuple[str, ...]]
    anniversary_links: frozenset[tuple[str, ...]]

    def join(self, q: Quantity, gap: str) -> bool:
        """Whether `q` measures the event after `gap`, the text between them."""
        if q.unit != self.unit:
            return False
        words = tuple(_gap_words(gap))
        return words in self.links or (words in self.anniversary_links and _anniversary_worded(q))


@cache
def _elapsed_links() -> dict[str, _ElapsedLinks]:
    """For each predicate a count of years before an event measures, how the two are joined
    (`elapsed` in lexicon/<lang>/statements.yaml), of every language: a statement written
    without marks is read with both."""
    units: dict[str, str] = {}
    links: dict[str, set[tuple[str, ...]]] = {}
    named: dict[str, set[tuple[str, ...]]] = {}
    for lang in LANGUAGES:
        for pid, data in (load_lexicon(lang, "statements").get("elapsed") or {}).items():
            units[pid] = data["unit"]
            links.setdefault(pid, set()).update(word_keys(str(p)) for p in data["links"])
            named.setdefault(pid, set()).update(
                word_keys(str(p)) for p in data.get("anniversary_links") or ()
            )
    return {
        pid: _ElapsedLinks(units[pid], frozenset(found), frozenset(named[pid]))
        for pid, found in links.items()
    }


@cache
def _anniversary_words() -> frozenset[str]:
    """The folded words that make an ordinal before them an age in years ("anniversary":
    `ranks.anniversaries` in lexicon/<lang>/numbers.yaml), of every language."""
    return frozenset(
        fold(str(w))
        for lang in LANGUAGES
        for w in (load_lexicon(lang, "numbers").get("ranks") or {}).get("anniversaries") or ()
    )


def _anniversary_worded(q: Quantity) -> bool:
    """Whether a count ends in an anniversary word ("the 40th anniversary")."""
    words = _gap_words(q.text)
    return bool(words) and words[-1] in _anniversary_words()


def _read_elapsed(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A count of years right before an event names the event's age ("half a century after the
    end of the Vietnam War", "40 năm kết thúc chiến tranh Việt Nam"): the predicate of the
    event's anniversary is read, with the joining words as its trigger, so that the count is
    weighed as the event's age and not as a figure no claim gives. Only a count in the
    lexicon's unit that touches the event (by its joining words or none) is read: "Leahy, 48
    years a senator, voted to end the war" measures no end of the war. Returns the spans of
    the joining words, read."""
    _read_elapsed_names(parsed, vocab)
    events = [
        m
        for m in parsed.entities
        if len(m.ids) == 1 and m.ids[0] in vocab.entities and vocab.entities[m.ids[0]].type == EVENT
    ]
    read: list[tuple[int, int]] = []
    if not events:
        return read
    text = parsed.text
    _drop_other_anniversaries(parsed, events)
    for pid, joins in _elapsed_links().items():
        if pid in parsed.predicates or pid not in vocab.predicates:
            continue
        for q in parsed.quantities:
            after = [m for m in events if m.start >= q.end]
            event = min(after, key=lambda m: m.start) if after else None
            gap = text[q.end : event.start] if event is not None else ""
            if event is None or not joins.join(q, gap):
                continue
            if joined := gap.strip():
                start = q.end + gap.index(joined)
                parsed.triggers.append(Cue("trigger", pid, joined, start, start + len(joined)))
                read.append((start, start + len(joined)))
            parsed.predicates[pid] = f"count {q.text!r} of {event.text!r}"
            break
    return read


def _offices(target: str, vocab: Vocabulary) -> bool:
    """Whether a counted noun's target names offices, joined by "+" (`counted_offices` in
    lexicon/<lang>/statements.yaml: "heads of state and government"), not people at large."""
    return all(
        r in vocab.entities and vocab.entities[r].type == ROLE_TYPE for r in target.split("+")
    )


def _drop_rates_of_other_figures(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """A rate said inside a figure of another dimension than an act's ("200 scholarships a
    year" beside "approved $400m in ODA") is that figure's rate, not the act done again: it is
    no other act of the ODA package (`other_acts` in lexicon/<lang>/synonyms.yaml). Said inside
    the act's own figure ("$400m a year in ODA") it still is."""

    def foreign(cue: Cue) -> bool:
        dimension = vocab.predicates[cue.target].dimension
        return any(
            q.start <= cue.start
            and cue.end <= q.end
            and q.unit is not None
            and vocab.dimension_of(q.unit) != dimension
            for q in parsed.quantities
        )

    parsed.other_acts = [c for c in parsed.other_acts if not foreign(c)]
    _read_periods(parsed)


def _read_periods(parsed: ParsedStatement) -> None:
    """The period a figure is given per, which a yearly figure reads in (factdb.check.rates):
    the rate the figure takes ("200 scholarships a month"), or one said apart in its sentence
    where the sentence gives that one figure ("Mỗi tháng Hungary cấp 200 học bổng", "cấp 200
    học bổng cho sinh viên Việt Nam mỗi tháng"). Either is no other act of a yearly figure."""
    figures = [q for q in parsed.quantities if not counts_periods(q)]
    for q in figures:
        if (n := periods_a_year(q.text)) is not None and not span_follows(parsed.text[q.end :]):
            parsed.periods[(q.start, q.end)] = n
    taken: list[Cue] = []
    for c in parsed.other_acts:
        n = periods_a_year(c.text, whole=True)
        if not yearly(c.target) or n is None:
            continue
        inside = [q for q in figures if q.start <= c.start and c.end <= q.end]
        apart = [
            q
            for q in figures
            if not SENTENCE_ENDS & set(parsed.text[min(q.end, c.end) : max(q.start, c.start)])
        ]
        if inside or len(apart) == 1:
            taken.append(c)
            for q in inside or apart:
                parsed.periods.setdefault((q.start, q.end), n)
    parsed.other_acts = [c for c in parsed.other_acts if c not in taken]
    # a figure said over several periods ("over five years") totals them, another figure than
    # a year's however it is meant, as "in total" is (`other_acts` in lexicon/<lang>/synonyms)
    for start, end in spans_totalled(
        parsed.text, parsed.tokens.words(), parsed.lang, parsed.quantities
    ):
        said = parsed.text[start:end]
        parsed.other_acts += [Cue("other_act", p, said, start, end) for p in yearly_predicates()]


def _drop_former_values(parsed: ParsedStatement) -> None:
    """A figure right after words that give what it was before ("250 a year, up from 200",
    "tăng từ 200": `former_values` in lexicon/<lang>/statements.yaml) is the old value, no
    reading of the figure the statement gives, so it is dropped where another is given. It is
    kept as a former value: a change the claims do not give keeps the statement from support
    (accounting.unborne_changes)."""
    text = parsed.text
    keys = list(phrase_keys("statements", "former_values", (parsed.lang,)))
    spans = phrase_spans(parsed.tokens.words(), keys) if keys else []
    former = [
        q
        for q in parsed.quantities
        if any(e <= q.start and not text[e : q.start].strip() for _, e in spans)
    ]
    if former and len(former) < len(parsed.quantities):
        parsed.quantities = [q for q in parsed.quantities if q not in former]
        parsed.former_values = former


def _deny_bounds(
    parsed: ParsedStatement, found: list[tuple[str, int, int, list[Entry]]], vocab: Vocabulary
) -> None:
    """A denial right before a one-sided comparator, with at most the words of
    `bound_denial_gaps` between (lexicon/<lang>/statements.yaml: "has not yet topped", "chưa
    hề vượt"), falls on the bound, not on an act: "did not top $1bn" is a figure of at most
    $1bn, "chưa chạm mốc 1 tỷ USD" one under it (Quantity.denied). The figure takes the
    denial's words, so that they deny nothing else (they are shielded as a number's)."""
    text = parsed.text
    denials = denial_spans(parsed, found, vocab)
    if not denials:
        return
    gaps = _fillers(tuple(load_lexicon(parsed.lang, "statements").get("bound_denial_gaps") or ()))
    kept: list[Quantity] = []
    for q in parsed.quantities:
        start = next(
            (
                s
                for s, e in sorted(denials, key=lambda d: d[0] - d[1])
                if e <= q.start and set(_gap_words(text[e : q.start])) <= gaps
            ),
            None,
        )
        denied = q.denied(text, start) if start is not None else None
        kept.append(denied or q)
    parsed.quantities = kept
    _deny_reach_back(parsed, found, denials, gaps)


@lru_cache(maxsize=4)
def _rising(lang: str) -> tuple[tuple[Key, bool], ...]:
    """A language's comparators that say a figure got to an amount or past it ("reach",
    "exceed", "chạm mốc", "vượt"), as folded keys, each with whether it says it got to it
    (a denial of which leaves the figure under the amount), longest first."""
    found = [
        (word_keys(str(c["phrase"])), bool(c.get("reaches")))
        for c in load_lexicon(lang, "numbers").get("comparators") or ()
        if c.get("reaches") or c.get("op") in ("gt", "ge")
    ]
    return tuple(sorted(found, key=lambda f: -len(f[0])))


def _deny_reach_back(
    parsed: ParsedStatement,
    found: list[tuple[str, int, int, list[Entry]]],
    denials: list[tuple[int, int]],
    gaps: frozenset[str],
) -> None:
    """A denial of a rising comparator whose object points back to the figure just said
    ("came close to $1bn without reaching it", "gần chạm mốc 1 tỷ USD nhưng chưa vượt mốc
    này": `bound_anaphors` in lexicon/<lang>/statements.yaml) says the figure stayed under
    that amount: its line is cut there (Quantity.kept_under), and it takes the words."""
    text, words = parsed.text, parsed.tokens.words()
    anaphors = phrase_keys("statements", "bound_anaphors", (parsed.lang,))
    for start, end in denials:
        before = [q for q in parsed.quantities if q.end <= start]
        if not before or any(c in text[before[-1].end : start] for c in ".;?!"):
            continue
        # another name or act between is another subject's ("trade passed $1bn, but the ODA
        # did not reach it")
        if any(
            k in ("entity", "trigger") and before[-1].end <= s and e <= start
            for k, s, e, _ in found
        ):
            continue
        rest = [w for w in words if w[1] >= end]
        i = 0
        while i < len(rest) and rest[i][0] in gaps:
            i += 1
        keys = tuple(w for w, _, _ in rest[i:])
        rising = next(((k, r) for k, r in _rising(parsed.lang) if keys[: len(k)] == k), None)
        if rising is None:
            continue
        i += len(rising[0])
        anaphor = next((k for k in anaphors if k and keys[i : i + len(k)] == k), None)
        if anaphor is None:
            continue
        q = before[-1]
        kept = q.kept_under(text, rest[i + len(anaphor) - 1][2], strict=rising[1])
        if kept is not None:
            parsed.quantities = [kept if p is q else p for p in parsed.quantities]


Key = tuple[str, ...]  # a phrase's folded words


@cache
def _age_readings() -> dict[str, tuple[str, frozenset[Key], frozenset[Key], frozenset[str]]]:
    """For each predicate whose value a count of years may give as the age of what a noun
    names, the count's unit, the folded nouns, the folded words that may join them to the
    count and the folded words that may stand between the noun and its names (`ages` in
    lexicon/<lang>/statements.yaml), of every language: a statement written without marks is
    read with both."""
    units: dict[str, str] = {}
    nouns: dict[str, set[Key]] = {}
    links: dict[str, set[Key]] = {}
    attach: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for pid, data in (load_lexicon(lang, "statements").get("ages") or {}).items():
            units[pid] = data["unit"]
            nouns.setdefault(pid, set()).update(word_keys(str(p)) for p in data["nouns"])
            links.setdefault(pid, set()).update(word_keys(str(p)) for p in data["links"])
            attach.setdefault(pid, set()).update(w for p in data["attach"] for w in _gap_words(p))
    return {
        pid: (units[pid], frozenset(nouns[pid]), frozenset(links[pid]), frozenset(attach[pid]))
        for pid in units
    }


def _read_ages(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A count of years joined to a noun (and the names after it) by a verb that builds or
    keeps what it names over that span ("Vietnam-US ties have been built over more than three
    decades", "Quan hệ Việt Nam – Mỹ đã được vun đắp suốt hơn 30 năm"): the noun, another
    predicate's trigger, is read as the predicate of the age (an anniversary of relations), so
    that the count is weighed as their age, of now. Only the listed joining words, whole: "ties
    have deepened over two decades" measures a change, not the ties. Returns the spans of the
    joining words, read."""
    text = parsed.text
    read: list[tuple[int, int]] = []
    for pid, (unit, nouns, links, attach) in _age_readings().items():
        if pid not in vocab.predicates:
            continue
        for t in parsed.triggers:
            after = [q for q in parsed.quantities if q.start >= t.end and q.unit == unit]
            if t.kind != "trigger" or word_keys(t.text) not in nouns or not after:
                continue
            q = after[0]
            named = [m for m in parsed.entities if t.end <= m.start and m.end <= q.start]
            before = [m.end for m in parsed.entities if m.end <= t.start]
            # the noun is the names' own ("Vietnam-US ties", "quan hệ giữa Việt Nam và Mỹ"), no
            # other kind of ties between them ("economic ties", "quan hệ kinh tế")
            own = (before and set(_gap_words(text[max(before) : t.start])) <= attach) or (
                named and set(_gap_words(text[t.end : min(m.start for m in named)])) <= attach
            )
            start = max([t.end, *(m.end for m in named)])
            gap = text[start : q.start]
            if not own or tuple(_gap_words(gap)) not in links:
                continue
            if t.target != pid:  # "ties" (a level held) read as the ties' age
                _drop_triggers(parsed, [t])
                parsed.triggers.append(Cue("trigger", pid, t.text, t.start, t.end))
                parsed.predicates[pid] = f"age {q.text!r} of {t.text!r}"
            joined = gap.strip()
            begin = start + gap.index(joined) if joined else start
            parsed.ages.append(Cue("age", pid, joined, begin, begin + len(joined)))
            if joined:
                read.append((begin, begin + len(joined)))
            break
    return read


def _read_elapsed_names(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """The short names an event goes by only where a count of years measures it ("50 years
    since the war ended", "nửa thế kỷ kết thúc chiến tranh": `elapsed_names` in
    lexicon/<lang>/statements.yaml): read as that event right after such a count, joined by its
    words or none, and nowhere else ("to end the war" alone may be any war)."""
    names = {
        eid
        for lang in LANGUAGES
        for eid in load_lexicon(lang, "statements").get("elapsed_names") or {}
        if eid in vocab.entities
    }
    text, words = parsed.text, parsed.tokens.words()
    counts = _elapsed_links().values()
    for eid in sorted(names):
        for start, end in phrase_spans(words, phrase_keys("statements", "elapsed_names", sub=eid)):
            if overlaps(start, end, [(m.start, m.end) for m in parsed.entities]):
                continue
            if _placed_after(parsed, vocab, end):
                continue  # "the end of the war in Gaza": another war, its place said
            if any(
                q.end <= start and joins.join(q, text[q.end : start])
                for q in parsed.quantities
                for joins in counts
            ):
                parsed.entities.append(Mention(text[start:end], start, end, (eid,)))


def _drop_other_anniversaries(parsed: ParsedStatement, events: list[Mention]) -> None:
    """An anniversary word inside a count that measures an event, or right before it ("the
    50th anniversary of the end of the war", "kỷ niệm 50 năm ngày chiến tranh kết thúc"),
    triggers the event's anniversary alone: not another predicate it also names (the
    anniversary of diplomatic relations), whose count it would be read as too."""
    links = _elapsed_links()
    tied = [
        q
        for q in parsed.quantities
        if any(
            m.start >= q.end and joins.join(q, parsed.text[q.end : m.start])
            for m in events
            for joins in links.values()
        )
    ]
    _drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if t.target not in links
            and any(
                (q.start <= t.start and t.end <= q.end)
                or (t.end <= q.start and not parsed.text[t.end : q.start].strip())
                for q in tied
            )
        ],
    )


def _placed_after(parsed: ParsedStatement, vocab: Vocabulary, end: int) -> bool:
    """Whether a locative and a name follow `end` ("... in Gaza", "... ở Ukraine"): a short
    name of an event then names another one, of that place (the sources' own, placed, is a
    whole name of the vocabulary: "the end of the war in Vietnam")."""
    after = [w for w in parsed.tokens.words() if w[1] >= end]
    for n in range(1, min(3, len(after) - 1) + 1):
        if tuple(k for k, _, _ in after[:n]) in vocab.locatives:
            _, s, e = after[n]
            return parsed.text[s:e][:1].isupper()
    return False


def _read_ordinals(parsed: ParsedStatement) -> None:
    """The ordinals beside the name of a numbered series (factdb.check.ordinals): each is read
    as which member it names, not as a rank; and a name of the series it stands beside is that
    member ("the 13th National Party Congress" is no 14th Congress, which "National Party
    Congress" alone names): the vocabulary's member of that ordinal, or none it knows."""
    found = read_ordinals(parsed.text, parsed.tokens)
    if not found:
        return
    # the name is the whole of a name that starts inside it: "the 14th Central Committee of
    # the Communist Party of Vietnam"
    for i, o in enumerate(found):
        end = max([o.end] + [m.end for m in parsed.entities if o.start <= m.start < o.end])
        found[i] = replace(o, end=end, text=parsed.text[o.start : end])
    parsed.ordinals = found
    spans = [(o.start, o.end) for o in parsed.ordinals]
    parsed.quantities = [q for q in parsed.quantities if not within(q.start, q.end, spans)]
    # its words are its own: "thu" of "lan thu 13" is no letter ("thư")
    _drop_triggers(parsed, [t for t in parsed.triggers if within(t.start, t.end, spans)])
    entities: list[Mention] = []
    for m in parsed.entities:
        ordinal = next(
            (o for o in parsed.ordinals if within(m.start, m.end, [(o.start, o.end)])), None
        )
        held = [member_ordinal(eid) for eid in m.ids] if ordinal is not None else []
        if ordinal is None or not any(h is not None and h[0] == ordinal.series for h in held):
            entities.append(m)
        elif (member := members(ordinal.series).get(ordinal.value)) is not None:
            entities.append(replace(m, ids=(member,)))
    parsed.entities = entities


def _later(parsed: ParsedStatement, cues: list[Cue]) -> LaterCue | None:
    """The first word setting the statement after an event ("after the trip", "sau chuyến đi"):
    one with words after it in its clause, and not part of a relative date ("the day after"),
    of a date's open end ("after February 2026", `date_after`) or of a predicate's trigger
    ("50 years since", an anniversary), nor right after a quantity ("30 năm kể từ khi"): a span
    measured from the event, not a time after it."""
    text = parsed.text
    taken = [(d.start, d.end) for d in parsed.dates] + [(t.start, t.end) for t in parsed.triggers]
    # a weekday's own word ("thu Sau", Friday, written without marks) is no "sau", nor is a
    # name's or a view's ("lam sau sac hon quan he", "làm sâu sắc hơn" deepening the ties)
    taken += [(s, e) for _, s, e in parsed.weekdays]
    taken += [(m.start, m.end) for m in parsed.entities]
    # ... nor is the "since" of an office's tense ("has since stepped down as": office_leaving),
    # which says the leaving, no event it comes after
    taken += [(c.start, c.end) for c in parsed.grammar if c.kind in OFFICE_TENSES]
    if parsed.relative is not None:
        taken.append((parsed.relative.start, parsed.relative.end))
    measured = {q.end for q in parsed.quantities}
    for cue in cues:
        if overlaps(cue.start, cue.end, taken) or _right_after(text, cue.start, measured):
            continue
        end = _clause_end(text, cue.end)
        if any(c.isalnum() for c in text[cue.end : end]):
            return LaterCue(cue, (cue.end, end))
    return None


# How many words may stand between a bounding word and the occasion it bounds by ("before his
# Feb 19 call"), names aside ("before the Gaza peace board meeting"): past them the words are
# the statement's own.
_EARLIER_REACH = 2


def _earlier(parsed: ParsedStatement, vocab: Vocabulary) -> LaterCue | None:
    """The first word bounding the statement's act, or its denial, to the time before an
    occasion (one of `earlier_cues` in lexicon/<lang>/statements.yaml: "before the Washington
    trip", "trước cuộc gặp ngày 19/2"), with the occasion's words after it: to the end of their
    clause, or to the end of a date that is the first of them ("Never before Feb 19 had Lam met
    ..."). The occasion is an act's word, an event's name or a date, at most _EARLIER_REACH words
    after the cue; the denial stands outside its words, and so does an act's word ("had never
    before met Orbán", "trước đây chưa từng gặp": the cue is an adverb of the statement's own
    act). A cue a date takes in as its open end ("before 19 February 2026") or a relative date's
    ("the day before") is theirs. A denial by a verb that says the opposite act ("rescinded the
    invitation ahead of the meeting") is an act of its own, which the cue dates. Only a denial
    is bounded by a moment left unsaid."""
    cue = parsed.negation
    if cue is not None and any(
        t.kind == "antonym" and t.start == cue.start for t in parsed.triggers
    ):
        return None
    text = parsed.text
    taken = [(d.start, d.end) for d in parsed.dates]
    if parsed.relative is not None:
        taken.append((parsed.relative.start, parsed.relative.end))
    acts = [(t.start, t.end) for t in parsed.triggers if t.kind == "trigger"]
    events, names = [], []
    for m in parsed.entities:
        event = any(e in vocab.entities and vocab.entities[e].type == EVENT for e in m.ids)
        (events if event else names).append((m.start, m.end))
    dates = [(d.start, d.end) for d in parsed.dates]
    starts = [s for _, s, e in parsed.tokens.words() if not within(s, e, names)]
    for start, end in phrases_at(parsed, "statements", "earlier_cues"):
        if overlaps(start, end, taken):
            continue
        close = _clause_end(text, end)
        reach = [s for s in starts if s >= end][: _EARLIER_REACH + 1]
        named = sorted(o for o in acts + events + dates if o[0] in reach and o[0] < close)
        if named and named[0] in dates:
            close = named[0][1]
        outside = any(not (end <= s < close) for s, _ in acts)
        if named and outside and (cue is None or not (end <= cue.start < close)):
            surface = text[start:end]
            return LaterCue(Cue("earlier", "", surface, start, end), (end, close))
    return None if cue is None else _unstated_earlier(parsed, cue, taken)


def _unstated_earlier(
    parsed: ParsedStatement, denial: Cue, taken: list[tuple[int, int]]
) -> LaterCue | None:
    """A denial bounded to the time before a moment it leaves unsaid, which a report means as
    the occasion it is about ("Lam had never met Orbán before.", "chưa từng điện đàm với ông
    Daines trước đó"): a cue closing the clause of the denial, or opening a clause of its own,
    alone or with a word that points back (`earlier_anaphors`: "before that", "trước đó",
    "trước kia"; not "trước đây", "before now": the time of speaking, so any time up to now);
    or, where the statement gives no date that would say when, a tense that sets the denial
    before a past moment (`earlier_tenses`: "had never met Orbán"; a cue of kind "tense"). The
    cue takes those words; its anchor is empty, as no day of the moment is known."""
    text = parsed.text
    starts = [s for _, s, _ in parsed.tokens.words()]
    anaphors = phrases_at(parsed, "statements", "earlier_anaphors")
    for start, end in phrases_at(parsed, "statements", "earlier_cues"):
        if overlaps(start, end, taken):
            continue
        close = _clause_end(text, end)
        opened = max((i + 1 for i in range(start) if text[i] in CLAUSE_BREAKS), default=0)
        after = [s for s in starts if end <= s < close]
        back = next((e for s, e in anaphors if after and s == after[0]), end)
        alone = not any(back <= s < close for s in starts)
        fronted = not any(opened <= s < start for s in starts)
        if alone and (fronted or opened <= denial.start < close):
            surface = text[start:back]
            return LaterCue(Cue("earlier", "", surface, start, back), (back, back))
    if parsed.dates:
        return None
    for start, end in phrases_at(parsed, "statements", "earlier_tenses"):
        if overlaps(denial.start, denial.end, [(start, end)]):
            return LaterCue(Cue("tense", "", text[start:end], start, end), (end, end))
    return None


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at `start` ends: at a clause break, or at its sentence's end,
    which a full stop after an abbreviation is not ("After the Feb. 19 meeting, ...")."""
    breaks = (i for i in range(start, len(text)) if text[i] in CLAUSE_BREAKS)
    # the sentence's span takes its closing mark, as the reasons quote it ("sau khi gặp ...
    # Tokayev."); a clause of that mark alone has no words
    sentence = next((e for _, e in sentence_spans(text, abbreviations()) if e > start), len(text))
    return min(next(breaks, len(text)), sentence)


def _universal(
    parsed: ParsedStatement, vocab: Vocabulary, cue: Cue, triggers: list[Cue], starts: list[int]
) -> Cue | None:
    """ "Every leader Lam met on Feb 19 was a president", "tất cả các nhà lãnh đạo Tô Lâm gặp
    ... đều là tổng thống": a word of all (`universals`) right before a noun of people
    (`counted_people`, one word between at most), a verb after it, and a title after the verb
    that is said of each one the verb reached. The cue's target is the title's office."""

    # the noun may take the word of all's last word ("tất cả các" / "các nhà lãnh đạo"); a noun
    # of one person is a group only after it ("every leader": `universal_nouns`)
    words = parsed.tokens.words()
    single = phrase_spans(words, phrase_keys("statements", "universal_nouns", (parsed.lang,)))
    spans = [(p.start, p.end) for p in parsed.people] + single
    nouns = [
        (s, e)
        for s, e in sorted(spans)
        if s >= cue.start and e > cue.end and len([w for w in starts if cue.end <= w < s]) <= 1
    ]
    if not nouns:
        return None
    noun_end = nouns[0][1]
    verb = next((t for t in triggers if t.start >= noun_end), None)
    if verb is None:
        return None
    copula = next((c for c in parsed.grammar if c.kind == "copula" and c.start >= verb.end), None)
    if copula is None:
        return None
    # the title the copula says of them, a word or two after it ("were presidents", "was a
    # president", "đều là tổng thống", "were former presidents"), not one of another verb's
    title = next(
        (
            m
            for m in sorted(parsed.entities, key=lambda m: m.start)
            if m.start >= copula.end
            and len([s for s in starts if copula.end <= s < m.start]) <= TITLE_REACH
            and len(m.ids) == 1
            and m.ids[0] in vocab.entities
            and vocab.entities[m.ids[0]].type == ROLE_TYPE
        ),
        None,
    )
    if title is None:
        return None
    # the title closes what is said of them: "heads of state or government" says one of two
    clause = CLAUSE_END.search(parsed.text, title.end)
    end = clause.start() if clause else len(parsed.text)
    named = [(m.start, m.end) for m in parsed.entities] + [(d.start, d.end) for d in parsed.dates]
    if any(title.end <= s < end and not within(s, e, named) for _, s, e in parsed.tokens.words()):
        return None
    return Cue("universal", title.ids[0], parsed.text[cue.start : title.end], cue.start, title.end)


# Words that may stand between a copula and the title it gives ("was a former president").
TITLE_REACH = 2


def _after_article(parsed: ParsedStatement, cue: Cue) -> bool:
    """Whether a title filler stands right before the cue ("the only")."""
    return any(
        c.kind == "title_filler"
        and c.end <= cue.start
        and not parsed.text[c.end : cue.start].strip()
        for c in parsed.grammar
    )


@lru_cache(maxsize=4)
def _only_listed(lang: str, key: str) -> frozenset[tuple[str, ...]]:
    """The words of "only" listed under `key` in lexicon/<lang>/statements.yaml: those that
    follow what they restrict (`only_after`), those that restrict a name only
    (`only_before_names`)."""
    return frozenset(word_keys(w) for w in load_lexicon(lang, "statements").get(key) or [])


def _day_of_cue(parsed: ParsedStatement, cues: list[Cue], later: list[Cue]) -> Cue | None:
    """The first relative date cue that is one. A phrase that names the day of another act
    (`relative_acts` in dates.yaml: "On the day Trump sent his letter, ...", "Đúng ngày ông Trump
    gửi thư mời, ...") is one only where an act's words follow it in its anchor (to the comma
    when it opens the statement, else to the end), no date stands there or in it, and an act
    stands outside both: "on the day of Feb. 19", "vào ngày 19/2", "ngày 16/1" are dates. Nor
    is one right after a count of years, or its `later` word ("kỷ niệm 30 năm ngày thiết lập
    quan hệ", "30 years since the day they established ties"): the day the count runs from."""
    # every language's, as the cues are read: "Đăng ngày 19/2: Hungary approved ..." is read
    # as English, its "ngày" a Vietnamese cue
    acts = phrase_keys("dates", "relative_acts")
    # ... said after a verb that links an act to it as well ("diễn ra ngày", relative_links)
    links = ((), *phrase_keys("dates", "relative_links"))
    acts = {(*link, *act) for link in links for act in acts}
    dates = [(d.start, d.end) for d in (*parsed.dates, *parsed.report_dates)]
    triggers = [t for t in parsed.triggers if t.kind == "trigger"]
    counts = {q.end for q in parsed.quantities if q.unit == "year"}
    counts |= {c.end for c in later if _right_after(parsed.text, c.start, counts)}
    for cue in cues:
        if tuple(fold(cue.text).split()) not in acts:
            return cue
        if _right_after(parsed.text, cue.start, counts):
            continue
        opens = not any(t.start < cue.start for t in triggers)
        comma = parsed.text.find(",", cue.end)
        end = comma if opens and comma != -1 else len(parsed.text)
        inside = [t for t in triggers if cue.end <= t.start < end]
        outside = [t for t in triggers if not cue.start <= t.start < end]
        if inside and outside and not overlaps(cue.start, end, dates):
            return cue
    return None


def _right_after(text: str, start: int, ends: Collection[int]) -> bool:
    """Whether the words at `start` follow right on one of `ends` (a figure's, past spaces)."""
    return len(text[:start].rstrip()) in ends


def _relative_openers(parsed: ParsedStatement) -> list[Cue]:
    """The relative pronouns that open a clause set off by a comma ("Orbán, who ...")."""
    text = parsed.text
    return [
        c
        for c in parsed.grammar
        if c.kind == "relative_pronoun" and text[: c.start].rstrip().endswith(",")
    ]


def subordinate_clause(parsed: ParsedStatement) -> tuple[int, int, bool] | None:
    """A part of the sentence that asserts an act of its own beside the main one, with an act
    of the main clause after it: a relative clause set off by commas ("Prabowo, who had hosted
    Lam in Jakarta, met him ...", "Thủ tướng Orbán, người vừa tiếp ..., gặp ...") or a phrase
    that opens the sentence with a word of an earlier act (`subordinate_openers` in
    lexicon/<lang>/statements.yaml: "Having visited Phnom Penh ..., Lam met ...", "Vừa từ Baku
    sang, ..."). Its (start, end) from the comma before it (or the sentence's start) to the
    comma closing it, and whether a word of an earlier act opens it. None where there is none."""
    text = parsed.text
    words = parsed.tokens.words()
    keys = [k for k, _, _ in words]
    openers = phrase_keys("statements", "subordinate_openers", (parsed.lang,))

    def earlier(at: int) -> bool:
        i = next((k for k, (_, s, _) in enumerate(words) if s >= at), len(words))
        return any(tuple(keys[i : i + len(o)]) == o for o in openers)

    def act_after(close: int) -> bool:
        return any(t.start > close and t.kind == "trigger" for t in parsed.triggers)

    first = text.find(",")
    if words and first > 0 and earlier(words[0][1]) and act_after(first):
        return 0, first + 1, True
    for cue in _relative_openers(parsed):
        close = text.find(",", cue.end)
        if close < 0 or not act_after(close):
            continue
        comma = text.rfind(",", 0, cue.start)
        # "người đã", "người từng": the pronoun's own last word may say the act was earlier
        return comma, close + 1, earlier(cue.end) or tuple(word_keys(cue.text)[-1:]) in openers
    return None


def main_clause(parsed: ParsedStatement, span: tuple[int, int]) -> str:
    """The sentence without the part `span` holds (subordinate_clause)."""
    text = parsed.text
    return (text[: span[0]].rstrip() + " " + text[span[1] :].lstrip()).strip()


def _read_dated_aside(parsed: ParsedStatement) -> None:
    """A date inside a clause set off by commas that names nothing and holds no trigger
    ("Prabowo, who took office in October 2024, met Lam", "Ông Prabowo, người nhậm chức tháng
    10/2024, gặp ..."): it dates the clause's act, which nothing reads, not the sentence's. The
    date is taken out of the sentence's dates and the clause set aside, so that what it says is
    something the claims must bear out apart. A clause that names an office or holds a trigger
    ("who became prime minister in 2010") is read by those, its date with it."""
    text = parsed.text
    named = [(m.start, m.end) for m in parsed.entities]
    for cue in _relative_openers(parsed):
        inner = next((d for d in parsed.dates if d.start >= cue.end), None)
        if inner is None or "," in text[cue.end : inner.start]:
            continue
        close = text.find(",", inner.end)
        if close < 0 or overlaps(cue.end, close, named):
            continue  # the clause is the rest of the sentence, or says something of a name
        dated = [d for d in parsed.dates if cue.end <= d.start < close]
        spans = [(d.start, d.end) for d in dated]
        inside = [t for t in parsed.triggers if cue.start <= t.start < close]
        # a trigger the date's cue took in ("took office in 2010") is the date's, no act
        if any(not within(t.start, t.end, spans) for t in inside):
            continue
        if not any(t.start >= close for t in parsed.triggers):
            continue
        starts = {id(parsed.dates[i]) for i in parsed.starts}
        parsed.dates = [d for d in parsed.dates if not any(d is e for e in dated)]
        parsed.starts = [i for i, d in enumerate(parsed.dates) if id(d) in starts]
        parsed.aside = Cue("aside", cue.target, text[cue.start : close], cue.start, close)
        _take_out(parsed, inside)
        return


def _read_cessation(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """'Leahy is no longer a senator', 'not a senator any more', 'không còn là thượng nghị
    sĩ': a title said to have ended is a former one. The denial becomes a tense word where it
    stood, so the title reads as former and affirmed; without a title it stays a denial
    ('Hungary no longer grants scholarships'). The tense word takes in the words of a cessation
    that holds the denial and begins before it ("đã không còn là", "giờ đã không còn là"): a
    word of it left over would part the title from its holder."""
    negation = parsed.negation
    cessations = [c for c in parsed.grammar if c.kind == "cessation"]
    if negation is None or not cessations:
        return
    roles = [
        m
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type == ROLE_TYPE
    ]
    words = [s for _, s, _ in parsed.tokens.words()]
    after = [s for s in words if s >= negation.end][:3]
    if not any(m.start in after for m in roles):
        return
    start = min(
        (c.start for c in cessations if c.start <= negation.start < c.end), default=negation.start
    )
    parsed.negation = None
    parsed.grammar = [c for c in parsed.grammar if c.kind != "cessation"]
    words = parsed.text[start : negation.end]
    parsed.grammar.append(Cue("former", "former", words, start, negation.end))
    parsed.grammar.sort(key=lambda c: c.start)


@cache
def undertakings() -> frozenset[str]:
    """The predicates whose act is an undertaking (factdb/lexicon/world/undertakings.yaml): a
    plan word before one says whether it holds now, in a statement and in a claim alike."""
    return frozenset(load_lexicon("world", "undertakings").get("undertakings") or {})


def _read_continuation(parsed: ParsedStatement) -> None:
    """'Hungary will go on offering 200 scholarships', 'sẽ tiếp tục cấp': a plan to go on doing
    something says it is done now, as the sources' "maintains" does; the future word is no plan
    of a new act. So does a plan word before an undertaking ('Vietnam will stay committed', 'sẽ
    ngừng hợp tác': whether the undertaking holds now, factdb/lexicon/world/undertakings.yaml).
    A plan word followed at once by a continuation (`continuations` in the statement lexicons)
    or by an undertaking's trigger is dropped, and the statement reads as fact where no plan is
    left, and so is one right before a denial that the undertaking still holds ("would no
    longer be a priority"; "sẽ không cam kết" is a refusal to come). A plan word a denial
    governs ("has no plans to cut", "không có ý định cắt") stays: a plan denied says nothing
    of whether the undertaking holds now."""
    plans = [c for c in parsed.modality_cues if c.kind == "plan"]
    if not plans:
        return
    goes_on = set(phrase_keys("statements", "continuations", (parsed.lang,)))
    ended = set(phrase_keys("statements", "cessations", (parsed.lang,)))
    words = parsed.tokens.words()
    keys = [w for w, _, _ in words]
    starts = [s for _, s, _ in words]

    denial = parsed.negation

    def undertaken(i: int) -> bool:
        # an undertaking's own act at word i, not a verb that gives one ("commit", "cam kết")
        if i >= len(starts) or any(tuple(keys[i : i + len(g)]) == g for g in saying_words()):
            return False
        return any(t.target in undertakings() and t.start == starts[i] for t in parsed.triggers)

    def continued(cue: Cue) -> bool:
        if denial is not None and denial.end <= cue.start:
            return False
        i = next((k for k, s in enumerate(starts) if s >= cue.end), len(keys))
        if any(tuple(keys[i : i + len(g)]) == g for g in goes_on):
            return True
        # the undertaking's verb, past one word at most ("will stay committed"), or past a
        # denial the plan word governs as it would a denying verb ("would no longer be a
        # priority", "sẽ không còn là ưu tiên": the undertaking does not hold now)
        near = starts[i : i + 2]
        if denial is not None and starts[i : i + 1] == [denial.start]:
            past = next((k for k, s in enumerate(starts) if s >= denial.end), len(keys))
            # only a verb that ends it ("would halt", "sẽ ngừng"), a denial that it goes on
            # ("no longer", "will not remain") or one of the undertaken act itself ("will not
            # prioritise", "sẽ không ưu tiên": the speaker's "sẽ ưu tiên" denied): "sẽ không
            # cam kết", "will not commit" is a refusal still to come, not an undertaking that
            # does not hold now
            denied = tuple(w for w, s, _ in words if denial.start <= s < denial.end)
            ending = any(t.kind == "antonym" and t.start == denial.start for t in parsed.triggers)
            if (
                not ending
                and denied not in ended
                and not any(tuple(keys[past : past + len(g)]) == g for g in goes_on)
                and not undertaken(past)
            ):
                return False
            near += starts[past : past + 2]
        return any(t.target in undertakings() and t.start in near for t in parsed.triggers)

    dropped = [c for c in plans if continued(c)]
    if not dropped:
        return
    parsed.modality_cues = [c for c in parsed.modality_cues if c not in dropped]
    if parsed.modality == "plan" and not any(c.kind == "plan" for c in parsed.modality_cues):
        parsed.modality = "fact"


def _drop_named_moods(parsed: ParsedStatement, slotted: list[tuple[int, int]]) -> None:
    """A mood word inside the phrase of an act ("sent New Year wishes", "wished Lam a happy
    Lunar New Year": greetings sent) names the act, not a wish or plan for it. So does one inside
    a longer denial ("sắp hoàn tất thủ tục": about to complete, so not done yet); one that is the
    whole denial ("ruled out") is a plan denied, and stays."""
    named = [(t.start, t.end) for t in parsed.triggers] + slotted
    denial = parsed.negation
    kept = [
        c
        for c in parsed.modality_cues
        if not within(c.start, c.end, named)
        and not (
            denial is not None
            and within(c.start, c.end, [(denial.start, denial.end)])
            and (c.start, c.end) != (denial.start, denial.end)
        )
    ]
    if len(kept) == len(parsed.modality_cues):
        return
    parsed.modality_cues = kept
    moods = {c.kind for c in kept}
    parsed.modality = next((m for m in MOODS if m in moods), "fact")


def _read_aside(parsed: ParsedStatement) -> None:
    """A clause set off by commas that holds a denial, or else a date, of its own."""
    _read_denied_aside(parsed)
    if parsed.aside is None:
        _read_dated_aside(parsed)


def _read_denied_aside(parsed: ParsedStatement) -> None:
    """A denial inside a clause opened by a relative pronoun and closed by a comma (or the end)
    is the clause's: it and the triggers inside are taken out of the sentence's reading."""
    negation = parsed.negation
    if negation is None:
        return
    text = parsed.text
    for cue in _relative_openers(parsed):
        if not cue.end <= negation.start:
            continue
        close = text.find(",", negation.end)
        end = close if close >= 0 else len(text)
        inside = [t for t in parsed.triggers if cue.start <= t.start and t.end <= end]
        outside = [t for t in parsed.triggers if t not in inside]
        if close < 0 or not outside:
            continue  # the clause is the rest of the sentence, or holds all it says
        parsed.aside = Cue("aside", cue.target, text[cue.start : end], cue.start, end)
        parsed.negation = None
        _take_out(parsed, inside)
        return


def _take_out(parsed: ParsedStatement, inside: list[Cue]) -> None:
    """Take the triggers of a clause set aside out of the sentence's reading, and the
    predicates only they read."""
    parsed.triggers = [t for t in parsed.triggers if t not in inside]
    kept = {t.target for t in parsed.triggers}
    for t in inside:
        if t.target not in kept and parsed.predicates.get(t.target, "").startswith(
            ("trigger", "antonym")
        ):
            del parsed.predicates[t.target]


def _undone_denials(
    parsed: ParsedStatement, found: list[tuple[str, int, int, list[Entry]]], vocab: Vocabulary
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A denial right before a verb that denies by its own sense (`denying_verbs` of
    lexicon/<lang>/statements.yaml, `delayers` of polarity.yaml), with at most the words of
    `bound_denial_gaps` between: "did not rule out a visit", "chưa hề loại trừ khả năng", "never
    denied plans to", "did not postpone the visit". Denying a denial affirms what it would have
    denied, so neither word denies the act; the denying verb's mood word stays ("rule out" says a
    plan). The spans of both, for the caller to drop as denials and to count as read; and apart,
    those of the delays among them: that an act was not put off, it kept its time, is no claim's
    word, so the delay stays for the claims to account for."""
    verbs = set(phrase_keys("statements", "denying_verbs", (parsed.lang,)))
    delaying = set(phrase_keys("polarity", "delayers", (parsed.lang,)))
    if not verbs | delaying:
        return [], []
    text, words = parsed.text, parsed.tokens.words()
    denials = denial_spans(parsed, found, vocab)
    denials += [d for d in _opening_delays(found, words, delaying) if d not in denials]
    keys = {(s, e): tuple(k for k, ws, _ in words if s <= ws < e) for s, e in denials}
    denying = [span for span in denials if keys[span] in verbs | delaying]
    gaps = _fillers(tuple(load_lexicon(parsed.lang, "statements").get("bound_denial_gaps") or ()))
    undone: list[tuple[int, int]] = []
    delays: list[tuple[int, int]] = []
    for vs, ve in denying:
        before = [
            (s, e)
            for s, e in denials
            if e <= vs and (s, e) not in denying and set(_gap_words(text[e:vs])) <= gaps
        ]
        if before:
            undone += [max(before, key=lambda d: d[1] - d[0]), (vs, ve)]
            if keys[(vs, ve)] in delaying:
                delays.append((vs, ve))
    return undone, delays


def _opening_delays(
    found: list[tuple[str, int, int, list[Entry]]],
    words: list[tuple[str, int, int]],
    delaying: set[tuple[str, ...]],
) -> list[tuple[int, int]]:
    """The delay opening an antonym's phrase ("hoãn chuyến thăm" of `visited`, read so without
    marks too, where "hoan" alone is no denial): the delay's own words, which a denial before
    them undoes as it undoes the delay said alone (scope._delaying reads the phrase so)."""
    spans = []
    for kind, start, end, _ in found:
        if kind != "antonym":
            continue
        inside = [(k, e) for k, s, e in words if start <= s and e <= end]
        opening = [n for n in range(1, len(inside)) if tuple(k for k, _ in inside[:n]) in delaying]
        if opening:
            spans.append((start, inside[max(opening) - 1][1]))
    return spans


def _gap_words(gap: str) -> list[str]:
    return [w for w in fold(gap.replace("'", " ").replace("’", " ")).split() if w]


@lru_cache(maxsize=8)
def _fillers(phrases: tuple[str, ...]) -> frozenset[str]:
    """The words of a language's title fillers, cut once rather than for every statement."""
    return frozenset(w for f in phrases for w in _gap_words(f))


# Entity types that are never part of a longer name: a title and a person stand beside other
# names ("Chủ tịch Ủy ban Đối ngoại", "Thượng nghị sĩ Bill Hagerty"), not inside them.
UNNESTED_TYPES = frozenset({ROLE_TYPE, PERSON})


# How many words may stand between a verb that adds nothing and the trigger it leads to ("hoàn
# tất việc thông qua", "complete the approval").
TRANSPARENT_REACH = 3


def _drop_transparent(parsed: ParsedStatement, toks: list[tuple[str, int, int]]) -> None:
    """A verb that adds nothing to the predicate after it ("hoàn tất việc thông qua": completing
    the approval) is not a trigger of its own ("hoàn tất" an agreement)."""
    verbs = [(c.start, c.end) for c in parsed.grammar if c.kind == "transparent_verb"]
    if not verbs:
        return
    # a figure is one word of the reach, however it is written ("finalise the $400 million ODA
    # package", "hoàn tất khoản 400 triệu USD ODA")
    figures = [(q.start, q.end) for q in parsed.quantities]
    starts = [s for _, s, e in toks if not any(a < s and e <= b for a, b in figures)]

    def leads(t: Cue) -> bool:
        held = [e for s, e in verbs if t.start < e and s < t.end]
        if not held:
            return False
        # reached from the end of the verb's whole phrase ("hoàn tất thủ tục khoản ODA")
        end = max(t.end, *held)
        after = [i for i, s in enumerate(starts) if s >= end][:TRANSPARENT_REACH]
        near = {starts[i] for i in after}
        # a trigger of that predicate itself ("complete the procedures for the ODA") is its
        # verb already, as one inside the verb's phrase is ("hoàn tất thủ tục thông qua")
        return any(
            (u.start in near or u.start < end) and u.start >= t.end and u.target != t.target
            for u in parsed.triggers
        )

    _drop_triggers(parsed, [t for t in parsed.triggers if leads(t)])


def _distinct(entries: list[Entry]) -> list[Entry]:
    """One entry for each kind and target: the inflections of one trigger ("receive",
    "receives", "received") name one predicate once."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for entry in entries:
        if (entry.kind, entry.target) not in seen:
            seen.add((entry.kind, entry.target))
            kept.append(entry)
    return kept


def _anchored(parsed: ParsedStatement, ender: Entry, start: int) -> bool:
    """Whether the verb that ends or undoes at `start` ("has since been discontinued", "đã bị
    dừng") ends its continuing topic: one of the topic's anchor words (`continuing` in
    lexicon/<lang>/polarity.yaml) stands before it in the statement, or "the scholarships had
    been discontinued" would end the war-legacy funding too."""
    anchors = phrases_at(parsed, "polarity", "continuing", ender.target)
    return any(s < start for s, _ in anchors)


def _drop_refused(parsed: ParsedStatement) -> None:
    """What a verb that denies by its meaning falls on is not an act of its subject: "walked
    away from the talks" held them, "bác bỏ đề nghị hợp tác" rejects a proposal and proposes
    nothing, "turned down the offer of talks" holds no talks. The triggers of other predicates
    than the verb's own after it in its clause are dropped (their words stay read: the claims
    must decide the verb); the acts a refusal leads to stay, read as a wish denied
    (read_refusals). A refusing verb read as a plain denial ("từ chối") falls so only on a
    noun of a thing put forward (`proposals` in lexicon/<lang>/polarity.yaml) right after it:
    "từ chối gặp" denies the meeting, and "không đề nghị" the request."""
    negation = parsed.negation
    if negation is None:
        return
    denied = {
        t.target for t in parsed.triggers if t.kind == "antonym" and t.start == negation.start
    }
    text = parsed.text
    refuses = negation.target in refused_predicates() or (
        word_keys(text[negation.start : negation.end]) in refusing_verbs()
    )
    verb_end = negation.end
    if not refuses:
        # a refusal denied ("did not refuse Lam's request") answers the request all the same:
        # whether it was refused is no act of the request's, nor one a request claim gives
        after = [(k, e) for k, s, e in parsed.tokens.words() if s >= negation.end]
        verb = next(
            (v for v in refusing_verbs() if tuple(k for k, _ in after[: len(v)]) == v), None
        )
        if verb is not None:
            refuses, verb_end = True, after[len(verb) - 1][1]
    names = [(m.start, m.end) for m in parsed.entities]
    if not denied and (
        not refuses
        or not any(
            within_object_gap(parsed, names, verb_end, s)
            for s, _ in phrases_at(parsed, "polarity", "proposals")
        )
    ):
        return
    refusals = load_lexicon(parsed.lang, "polarity").get("refusals") or {}
    kept = denied | {act for pid in denied for act in refusals.get(pid, [])}
    _drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if t.kind == "trigger"
            and t.target not in kept
            and t.start >= negation.end
            and not CLAUSE_END.search(text, negation.end, t.start)
        ],
    )


# Grammar cues that may stand between the names in the slot of a slotted phrase ("sent Orbán
# and Tokayev invitations", "gave the President of Kazakhstan a call").
_IN_SLOT = frozenset({"title_filler", "list_joiner"})


def _read_slotted(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A light verb and an act's noun with the party between ("sent Lam an invitation",
    factdb.check.slotted): the verb becomes the predicate's trigger, any trigger inside the
    verb or the noun is dropped. Returns the spans read, verb and noun."""
    names = [(m.start, m.end) for m in parsed.entities]
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind in _IN_SLOT]
    # a filler noun right after a name is the name's ("wished Lam and the Vietnamese people a
    # happy new year"); the slot still needs a name ("sent him an invitation" is not read)
    toks = parsed.tokens.words()
    held = _held(toks, parsed.text, parsed.tokens.loose, filler_words())
    joiners += [
        (s, e)
        for i, ((_, s, e), f) in enumerate(zip(toks, held, strict=True))
        if f and i and within(toks[i - 1][1], toks[i - 1][2], names)
    ]
    found = find_slotted(parsed.lang, vocab, parsed.tokens, names, joiners)
    read: list[tuple[int, int]] = []
    for hit in found:
        spans = [hit.verb, hit.noun]
        _drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, spans)])
        surface = parsed.text[hit.verb[0] : hit.verb[1]]
        parsed.triggers.append(Cue("trigger", hit.predicate, surface, *hit.verb))
        phrase = parsed.text[hit.verb[0] : hit.noun[1]]
        parsed.predicates.setdefault(hit.predicate, f"trigger {phrase!r}")
        read += spans
    parsed.triggers.sort(key=lambda t: t.start)
    return read


def _read_go_betweens(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """One asked to pass an act on ("asked Hegseth to pass his regards to Trump", "nhờ ông
    Hegseth chuyển lời thăm hỏi", `go_betweens` in lexicon/<lang>/synonyms.yaml): the act
    after the phrase is the asker's, done to whom it names, and the one in the slot carries it
    (assertions.predications binds the act so). The asking is no request of its own for a
    claim to bear out, nor a verb of saying, nor is the verb of carrying an act ("pass" is no
    resolution passed): the triggers inside the phrase's words are dropped, one that runs on
    past them ("chuyển lời thăm hỏi") kept. The go-between stays a name of the statement,
    which the deciding claims must account for as any other. Returns the spans read."""
    names = [(m.start, m.end) for m in parsed.entities]
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind in _IN_SLOT]
    found = find_slotted(parsed.lang, vocab, parsed.tokens, names, joiners, "go_betweens")
    read: list[tuple[int, int]] = []
    for hit in found:
        spans = [hit.verb, hit.noun]
        _drop_triggers(parsed, [t for t in parsed.triggers if within(t.start, t.end, spans)])
        said = parsed.text[hit.verb[0] : hit.noun[1]]
        parsed.go_betweens.append(Cue("go_between", "", said, hit.verb[0], hit.noun[1]))
        read += spans
    return read


def _drop_namings(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A verb of an act that names or describes its object ("Leahy called Lam a close friend",
    slotted.find_namings) says a view, not the act: its trigger is dropped, and what was said
    is the stance's to read. Returns the spans of the objects so described."""
    names = [(m.start, m.end) for m in parsed.entities]
    found = find_namings(
        parsed.lang, vocab, parsed.tokens, names, [(t.start, t.end) for t in parsed.triggers]
    )
    verbs = {verb for verb, _ in found}
    _drop_triggers(parsed, [t for t in parsed.triggers if (t.start, t.end) in verbs])
    return [described for _, described in found]


@cache
def receipt_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The predicates whose giver is said after their noun or before it as a possessive
    (`given_by`, `given_by_possessive` in lexicon/<lang>/statements.yaml): the acts a verb of
    receiving can name; and the words that may stand between that verb and the noun."""
    lex = load_lexicon(lang, "statements")
    given = frozenset((lex.get("given_by") or {}).keys()) | frozenset(
        lex.get("given_by_possessive") or ()
    )
    determiners = frozenset(
        k for w in phrase_keys("synonyms", "slot_determiners", (lang,)) for k in w
    )
    return given, determiners


def receiving_verbs(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The verbs of receiving the statement says (`receipts` in lexicon/<lang>/synonyms.yaml,
    in any of their forms: "received", "got", "nhận được"), as word indexes [i, j): the one
    named before such a verb is given something, not its giver. A verb that begins a longer
    act's words is that act's ("nhận lời mời": accepting), no receiving."""
    phrases = [k for k in phrase_keys("synonyms", "receipts", (parsed.lang,)) if k]
    if not phrases:
        return []
    inflection = vocab.inflections.get(parsed.lang)
    keys = parsed.tokens.inflected(parsed.lang, inflection)
    toks = parsed.tokens.words()
    # the longest first: "nhận được" before "nhận"
    keyed = sorted({inflection.key(p) if inflection else p for p in phrases}, key=len, reverse=True)
    firsts = {p[0] for p in keyed}  # most words begin no receipt: no phrase is tried there
    found: list[tuple[int, int]] = []
    for i in range(len(toks)):
        if keys[i] not in firsts:
            continue
        phrase = next((p for p in keyed if keys[i : i + len(p)] == p), None)
        if phrase is None:
            continue
        j = i + len(phrase)
        if any(t.start <= toks[i][1] and t.end > toks[j - 1][2] for t in parsed.triggers):
            continue
        found.append((i, j))
    return found


def _read_receipts(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """A verb of receiving with an act's noun right after it ("received a letter from Trump",
    "has received Trump's invitation", "nhận được thư của Tổng thống Trump"; `receipts` in
    lexicon/<lang>/synonyms.yaml): the act is the noun's, not a reception of a guest, so a
    reception trigger on the verb is dropped and the verb kept as a receipt. Only determiners,
    names and a possessive may stand between, and only acts whose giver the words can say
    (`receipt_words`). Returns the verbs' spans, read."""
    if not parsed.triggers:
        return []
    acts, determiners = receipt_words(parsed.lang)
    keys = parsed.tokens.inflected(parsed.lang, vocab.inflections.get(parsed.lang))
    names = [(m.start, m.end) for m in parsed.entities]
    read: list[tuple[int, int]] = []
    for i, j in receiving_verbs(parsed, vocab):
        verb = (toks[i][1], toks[j - 1][2])
        # "a", "Trump's": what may stand between the verb and the noun; a name only as the
        # possessive of the noun ("received Trump invitation" says nothing of whose it is)
        named = False
        while j < len(toks) and (
            keys[j] in determiners
            or within(toks[j][1], toks[j][2], names)
            or (named and keys[j] == "s" and parsed.text[toks[j][1] - 1] in "'’")
        ):
            named = keys[j] != "s" and keys[j] not in determiners
            j += 1
        if j >= len(toks) or named:
            continue
        act = next(
            (
                t
                for t in parsed.triggers
                if t.start == toks[j][1]
                and t.target in acts
                and not overlaps(*verb, [(t.start, t.end)])
            ),
            None,
        )
        if act is None:
            continue
        _drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, [verb])])
        text = parsed.text[verb[0] : verb[1]]
        parsed.receipts.append(Cue("receipt", act.target, text, *verb))
        read.append(verb)
    return read


def _cue_of_date(
    hit: tuple[int, int, list[Entry]],
    toks: list[tuple[str, int, int]],
    text: str,
    dates: list[DateSpan],
    lang: str,
    triggers: set[tuple[int, int]],
) -> bool:
    """Whether a trigger of several words ends in a word that cues a date right after it
    (`day_cues` in lexicon/<lang>/dates.yaml: "on" of "a call on February 18", "called on Feb.
    19") where the words before it are a trigger of their own (`triggers`, their spans): the
    word is the date's, and the trigger that reads it as its particle ("call on", to urge) is
    not what was said. A verb that only dates with it ("fell on Feb. 20") keeps it."""
    start, end, hits = hit
    words = [(w, s, e) for w, s, e in toks if start <= s and e <= end]
    if hits[0].kind != "trigger" or len(words) < 2 or (start, words[-2][2]) not in triggers:
        return False
    last, cue_start, _ = words[-1]
    if (last,) not in _day_cue_keys(lang):
        return False
    return any(cue_start <= d.start and not text[end : d.start].strip() for d in dates)


@lru_cache(maxsize=8)
def _day_cue_keys(lang: str) -> frozenset[tuple[str, ...]]:
    """A language's words that cue a day after them (`day_cues`), as folded word keys."""
    return frozenset(phrase_keys("dates", "day_cues", (lang,)))


def _dating_words(parsed: ParsedStatement, vocab: Vocabulary) -> list[Cue]:
    """Triggers of a date-valued predicate (an event's dates) that are a date's own words
    ("từ ngày 18 đến 20/2") after an act: the date is the act's ("dự họp khai mạc ... từ ngày
    18 đến 20/2" gives the days of the attendance), not a statement of the event's dates, which
    the date's word states only where no act comes before it ("cuộc họp khai mạc ngày 19/2")."""
    first_act = min(
        (t.start for t in parsed.triggers if vocab.predicates[t.target].time_role == OCCASION),
        default=None,
    )
    if first_act is None:
        return []
    spans = [(d.start, d.end) for d in parsed.dates]
    return [
        t
        for t in parsed.triggers
        if vocab.predicates[t.target].value_type == "date"
        and t.start > first_act
        and within(t.start, t.end, spans)
    ]


def _view_spans(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the statement names a view's topic, in order."""
    return sorted(
        (m.start, m.end)
        for m in parsed.entities
        if any(eid in vocab.entities and vocab.entities[eid].type == TOPIC for eid in m.ids)
    )


def _drop_triggers(parsed: ParsedStatement, dropped: list[Cue]) -> None:
    """Takes `dropped` out of the triggers, and a predicate only they named out of the
    candidates."""
    parsed.triggers = [t for t in parsed.triggers if t not in dropped]
    kept = {t.target for t in parsed.triggers}
    for t in dropped:
        if t.target not in kept and parsed.predicates.get(t.target, "").startswith("trigger"):
            del parsed.predicates[t.target]


@lru_cache(maxsize=8)
def list_joiners(lang: str) -> frozenset[tuple[str, ...]]:
    """A language's list joiners ("and", "as well as"), as folded word keys: the one reading of
    the list every stage that splits a list uses."""
    return frozenset(phrase_keys("statements", "list_joiners", (lang,)))


@lru_cache(maxsize=8)
def _heads(lang: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """A language's shared heads by their folded plural: the singular as written, and its folded
    words. Made once, not for every statement."""
    lex = load_lexicon(lang, "statements")
    named = {fold(k): v for k, v in (lex.get("shared_heads") or {}).items()}
    return named, {k: tuple(fold(v).split()) for k, v in named.items()}


def head_nouns(lang: str) -> dict[str, str]:
    """A language's shared heads, folded, plural to singular ("parties": "party"): a noun that
    heads the names beside it, no word of its own."""
    named, _ = _heads(lang)
    return {plural: fold(singular) for plural, singular in named.items()}


def _read_in_place(
    found: list[tuple[str, int, int, list[Entry]]], added: list[tuple[str, int, int, list[Entry]]]
) -> list[tuple[str, int, int, list[Entry]]]:
    """The names read whole (`added`) in place of the shorter names and triggers inside them."""
    if not added:
        return found
    spans = [(s, e) for _, s, e, _ in added]
    kept = [f for f in found if not (f[0] in ("entity", "trigger") and within(f[1], f[2], spans))]
    return kept + added


def _shared_heads(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
    accented: bool,
) -> list[tuple[str, int, int, list[Entry]]]:
    """Names listed before a plural head they share ("the Senate Foreign Relations and
    Appropriations committees"): each item is read with the head ("Appropriations Committee"),
    where that names an entity, in place of the shorter names inside it ("Senate"). The heads
    are language data (`shared_heads` in lexicon/<lang>/statements.yaml)."""
    named, heads = _heads(lang)
    if not heads or not any(w in heads for w, _, _ in toks):
        return found
    lex = load_lexicon(lang, "statements")
    joiners = list_joiners(lang)
    stops = {fold(w) for w in lex.get("shared_head_stops", [])}
    articles = {fold(w) for w in lex.get("shared_head_articles", [])}
    words = [w for w, _, _ in toks]

    def joined(i: int) -> tuple[str, ...] | None:
        """The joiner ("and", "or") that ends at word i, if any."""
        for j in joiners:
            if len(j) <= i + 1 and tuple(words[i - len(j) + 1 : i + 1]) == j:
                return j
        return None

    added: list[tuple[str, int, int, list[Entry]]] = []
    for h, (word, _, _) in enumerate(toks):
        if word not in heads:
            continue
        items: list[list[int]] = [[]]
        i = h - 1
        while i >= 0:
            if words[i] in stops:
                # "the Foreign Relations and the Appropriations committees": an article after a
                # joiner opens a later item, not the list
                if not (words[i] in articles and items[-1] and joined(i - 1)):
                    break
                i -= 1
                continue
            joiner = joined(i)
            if joiner is not None or "," in text[toks[i][2] : toks[i + 1][1]]:
                if not items[-1]:
                    break
                items.append([])
                if joiner is not None:
                    i -= len(joiner)
                    continue
            items[-1].insert(0, i)
            i -= 1
        if len([item for item in items if item]) < 2:
            continue
        for item in items:
            if not item:
                continue
            keys = tuple(words[i] for i in item) + heads[word]
            start, end = toks[item[0]][1], toks[item[-1]][2]
            hits = [
                e
                for e in vocab.phrases.entries.get(keys, [])
                if e.kind == "entity"
                and e.stands_as(
                    f"{text[start:end]} {named[word]}",
                    lang,
                    accented,
                )
            ]
            if hits:
                added.append(("entity", start, end, hits))
    return _read_in_place(found, added)


# How many words after a possessive may name what it owns ("Standing Committee").
POSSESSED_REACH = 4


def _possessive_names(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
    accented: bool,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A name before its possessive and the words after it that name, turned round, an entity
    of the vocabulary ("the Cambodian People's Party's Standing Committee": "Standing Committee
    of the Cambodian People's Party"): that entity, read whole in place of the owner's name and
    the words after it. The possessive marks and the links of the name turned round are
    language data (`possessive_names` in lexicon/<lang>/statements.yaml)."""
    lex = load_lexicon(lang, "statements").get("possessive_names") or {}
    marks = {fold(m) for m in lex.get("marks") or ()}
    links = [word_keys(str(k)) for k in lex.get("links") or ()]
    if not marks or not links:
        return found
    words = [w for w, _, _ in toks]
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    added: list[tuple[str, int, int, list[Entry]]] = []
    for kind, start, end, hits in found:
        i = starts.get(start)
        if kind != "entity" or i is None or fold(text[end : end + 2]) not in marks:
            continue
        owner = [j for j, (_, s, e) in enumerate(toks) if start <= s and e <= end]
        after = next((j for j, (_, s, _) in enumerate(toks) if s >= end + 2), len(toks))
        names = {tuple(words[j] for j in owner)}
        names |= {
            word_keys(vocab.entities[e.target].name_en) for e in hits if e.target in vocab.entities
        }
        for n in range(min(POSSESSED_REACH, len(toks) - after), 0, -1):
            body = tuple(words[after : after + n])
            stop = toks[after + n - 1][2]
            said = f"{text[end + 2 : stop].strip()} of {text[start:end]}"
            turned = [
                e
                for name in names
                for link in links
                for e in vocab.phrases.entries.get(body + link + name, [])
                if e.kind == "entity" and e.stands_as(said, lang, accented)
            ]
            if turned:
                added.append(("entity", start, stop, turned))
                break
    return _read_in_place(found, added)


# The bodies a title may head: "the Appropriations Committee chairman", "Board of Peace chair".
_HEADED_BODIES = frozenset({"committee", "organisation"})


def _body_heads(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A title written right after the name of the body it heads ("a former Senate
    Appropriations Committee chairman"): the word is read as the phrase it stands for there
    ("committee chairman"), so that the title is the body's as "chairman of the Senate
    Appropriations Committee" is. Only after a body's name: bare, before a name, "Chairman" is
    an honorific ("Chairman Hun Sen") that the name's own alias reads. The words are language
    data (`body_heads` in lexicon/<lang>/statements.yaml)."""
    heads = load_lexicon(lang, "statements").get("body_heads") or {}
    if not heads:
        return found
    named = {fold(k): v for k, v in heads.items()}
    body_ends = {
        e
        for kind, _, e, hits in found
        if kind == "entity"
        and len({h.target for h in hits}) == 1
        and hits[0].target in vocab.entities
        and vocab.entities[hits[0].target].type in _HEADED_BODIES
    }
    spans = [(s, e) for kind, s, e, _ in found if kind == "entity"]
    added: list[tuple[str, int, int, list[Entry]]] = []
    for word, start, end in toks:
        phrase = named.get(word)
        # right after the body's name, across spaces only
        if phrase is None or overlaps(start, end, spans):
            continue
        if len(text[:start].rstrip()) not in body_ends:
            continue
        hits = _phrase_entities(vocab, phrase)
        if hits:
            added.append(("entity", start, end, hits))
    return found + added


def _past_spaces(text: str, at: int) -> int:
    """The offset of the first character from `at` on that is no space."""
    return len(text) - len(text[at:].lstrip())


def ends_with_phrase(keys: tuple[str, ...], key: str, lang: str) -> bool:
    """Whether the folded words `keys` end with a phrase of the `key` list of statements.yaml."""
    return any(p and keys[-len(p) :] == p for p in phrase_keys("statements", key, (lang,)))


def _phrase_entities(vocab: Vocabulary, phrase: str) -> list[Entry]:
    """The entities a lexicon phrase names, as a word read in its place stands for them."""
    return [e for e in vocab.phrases.entries.get(word_keys(phrase), []) if e.kind == "entity"]


def _name_titles(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A title in general terms written right before a known person's name ("lawmaker
    Hagerty", "nghị sĩ Hagerty"): the words are read as the office they stand for there, so
    that the title is an assertion of it. Elsewhere they are a group's noun ("lawmakers of both
    parties", "các nghị sĩ"), words the claims' sources account for, not an office. The words
    are language data (`name_titles` in lexicon/<lang>/statements.yaml)."""
    titles = load_lexicon(lang, "statements").get("name_titles") or {}

    def typed(kind: str) -> dict[int, int]:
        # the entity mentions all of whose readings are of `kind`: start -> end
        return {
            s: e
            for k, s, e, hits in found
            if k == "entity"
            and hits
            and all(
                h.target in vocab.entities and vocab.entities[h.target].type == kind for h in hits
            )
        }

    people, countries = typed(PERSON), typed(COUNTRY)
    spans = [(s, e) for kind, s, e, _ in found if kind == "entity"]
    keys = [w for w, _, _ in toks]
    added: list[tuple[str, int, int, list[Entry]]] = []
    for words, phrase in titles.items():
        hits = _phrase_entities(vocab, phrase)
        size = len(word_keys(words))
        for i in phrase_starts(keys, word_keys(words)) if hits else ():
            start, end = toks[i][1], toks[i + size - 1][2]
            if overlaps(start, end, spans):
                continue  # part of a longer name ("thượng nghị sĩ", "nghị sĩ Bill Hagerty")
            if ends_with_phrase(tuple(keys[:i]), "plural_markers", lang):
                continue  # a group's noun before its names ("hai nghị sĩ Daines và Hagerty")
            # right before the name, across spaces and the title's country only ("nghị sĩ
            # Hungary Hagerty", as "Thủ tướng Hungary Orbán")
            at = _past_spaces(text, end)
            if _past_spaces(text, countries.get(at, at)) in people:
                added.append(("entity", start, end, hits))
    return found + added


def breaks_clause(parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether a clause ends between `start` and `end`. A comma between two names is a list's
    ("invites Trump, first lady to visit Vietnam", "mời Tổng thống Trump, bà Melania Trump", as
    headlines write "and"), not a clause's; an honorific or other filler may stand before the
    second name."""
    text = parsed.text
    ends = {m.end for m in parsed.entities}
    starts = sorted(m.start for m in parsed.entities)
    folded = filler_words().folded
    for mark in CLAUSE_END.finditer(text, start, end):
        before = len(text[: mark.start()].rstrip())
        after = next((s for s in starts if s >= mark.end()), None)
        between = word_keys(text[mark.end() : after]) if after is not None else None
        listed = between is not None and all((w,) in folded for w in between)
        if not (mark.group() == "," and before in ends and listed):
            return True
    return False


@lru_cache(maxsize=1)
def either_groups() -> dict[str, frozenset[str]]:
    """Each predicate of a group one verb may say without telling which, with the others of
    its group (factdb/lexicon/world/readings.yaml)."""
    groups = [frozenset(g["predicates"]) for g in load_lexicon("world", "readings")["either"]]
    return {pid: group - {pid} for group in groups for pid in group}


@cache
def either_objects() -> dict[str, frozenset[str]]:
    """The entity types each reading of such a verb takes as its object (`objects` of its
    group in factdb/lexicon/world/readings.yaml): "joined" a body is a membership."""
    return {
        pid: frozenset(types)
        for g in load_lexicon("world", "readings")["either"]
        for pid, types in (g.get("objects") or {}).items()
    }


def _drop_denied_readings(parsed: ParsedStatement) -> None:
    """A verb that says one of two acts ("joined", "tham gia": a meeting attended or a body's
    membership, either_groups) beside a phrase that names one of them denied ("as an
    observer", "với tư cách quan sát viên": no membership) says the other: the phrase names
    and denies its own act, which the verb then does not also affirm."""
    denied = {t.target: t for t in parsed.triggers if t.kind == "antonym"}
    groups = either_groups()
    dropped = [
        t
        for t in parsed.triggers
        if t.kind == "trigger"
        and t.target in denied
        and any(
            o.target in groups.get(t.target, ()) and (o.start, o.end) == (t.start, t.end)
            for o in parsed.triggers
        )
    ]
    if not dropped:
        return
    _drop_triggers(parsed, dropped)
    for t in dropped:
        parsed.predicates[t.target] = f"antonym {denied[t.target].text!r}"


def _read_repeats(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """An act said done again ("met Prabowo again", "a second phone call", "lại gặp") is
    another occurrence of it, which no claim of the act gives: the first one's date neither
    bears it out nor refutes it (an `other_acts` cue of each act so said). The words are
    lexicon/<lang>/repeats.yaml: a repeat phrase says it of the acts in its clause, an
    ordinal of the act whose word it stands beside, a word after a name of the act after it."""
    acts = [t for t in parsed.triggers if vocab.predicates[t.target].time_role == OCCASION]
    if not acts:
        return
    data = load_lexicon(parsed.lang, "repeats")
    words = parsed.tokens.words()
    starts = {s: i for i, (_, s, _) in enumerate(words)}
    ends = {e: i for i, (_, _, e) in enumerate(words)}
    names = {ends[m.end] for m in parsed.entities if m.end in ends}
    reach = int(data.get("ordinal_reach") or 0)

    def said(start: int, end: int, of: list[Cue]) -> None:
        text = parsed.text[start:end]
        parsed.other_acts.extend(Cue("other_act", t.target, text, start, end) for t in of)

    for start, end in phrases_at(parsed, "repeats", "repeats"):
        said(start, end, [t for t in acts if not breaks_clause(parsed, *_between(t, start, end))])
    for start, end in phrases_at(parsed, "repeats", "ordinals_before"):
        # "a second phone call", "their third face-to-face meeting"; not "second-largest"
        after = ends[end] + 1
        said(start, end, [t for t in acts if 0 <= starts.get(t.start, -1) - after <= reach])
    for start, end in phrases_at(parsed, "repeats", "ordinals_after"):
        # "cuộc điện đàm thứ hai"
        said(start, end, [t for t in acts if ends.get(t.end) == starts[start] - 1])
    for start, end in phrases_at(parsed, "repeats", "after_doer"):
        # "Tô Lâm lại gặp": after a verb the word is the verb's own ("ghi lại", "rút lại")
        if starts[start] - 1 in names:
            said(start, end, [t for t in acts if starts.get(t.start) == ends[end] + 1])


def _between(t: Cue, start: int, end: int) -> tuple[int, int]:
    """The text between cue `t` and the words from `start` to `end`, whichever comes first."""
    return (end, t.start) if end <= t.start else (t.end, start)


def _read_asked_for(parsed: ParsedStatement) -> None:
    """An act done at someone's request ("at the request of the U.S. side", "at Washington's
    request", "theo đề nghị của phía Hungary") says that one asked for that act: a request whose
    asker is the one named after the noun, not the clause's doer, and whose content is the act.
    No request claim gives an act of the statement as what it asks for (their `event` is a
    project or a cooperation), so a claim of another asker or content bears nothing out and
    refutes nothing: an `other_acts` cue of the request leaves it open. The words, per
    predicate, are lexicon/<lang>/statements.yaml's `asked_for` (right before the noun) and
    `asked_for_possessive` (before the name whose "'s" stands right before the noun)."""
    lex = load_lexicon(parsed.lang, "statements")
    pids = set(lex.get("asked_for") or ()) | set(lex.get("asked_for_possessive") or ())
    asks = [t for t in parsed.triggers if t.kind == "trigger" and t.target in pids]
    if not asks:
        return
    text = parsed.text
    words = parsed.tokens.words()
    keys = [w for w, _, _ in words]
    starts = {s: i for i, (_, s, _) in enumerate(words)}

    def opener(i: int, key: str, pid: str) -> int | None:
        """Where a phrase of `key` for `pid` ending right before word `i` starts, if one does."""
        for p in phrase_keys("statements", key, (parsed.lang,), pid):
            if p and i >= len(p) and tuple(keys[i - len(p) : i]) == p:
                return words[i - len(p)][1]
        return None

    for t in asks:
        i = starts.get(t.start)
        if i is None:
            continue
        opened = opener(i, "asked_for", t.target)
        # "at the U.S. side's request": "'s" right before the noun, the opener before the name;
        # a full stop that short a way before the noun ends an abbreviation ("U.S."), no clause.
        # A name ending in "s" may take the apostrophe alone ("at Daines' request").
        apostrophe = i >= 1 and text[words[i - 1][2] : t.start].strip() in ("'", "’")
        possessive = i >= 2 and keys[i - 1] == "s" and text[words[i - 1][1] - 1] in "'’"
        if opened is None and (possessive or (apostrophe and keys[i - 1].endswith("s"))):
            opened = next(
                (
                    at
                    for j in range(i - 1, max(0, i - 1 - _ASKER_REACH), -1)
                    if (at := opener(j, "asked_for_possessive", t.target)) is not None
                    and all(m.group() == "." for m in CLAUSE_END.finditer(text, at, t.start))
                ),
                None,
            )
        if opened is not None:
            said = text[opened : t.end]
            parsed.other_acts.append(Cue("other_act", t.target, said, opened, t.end))


# How many words the asker's name may take in "at the U.S. side's request".
_ASKER_REACH = 6


def _drop_contents(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """An act that is the content of another ("asked Prabowo to visit Vietnam", "accepted
    Trump's invitation") is not said to have happened: the statement asserts the request, not a
    visit. Which predicates take which others as their content is language data (`contents` in
    lexicon/<lang>/synonyms.yaml)."""
    contents = load_lexicon(parsed.lang, "synonyms").get("contents") or {}
    heads = [t for t in parsed.triggers if t.target in contents]
    if not heads:
        return
    text = parsed.text
    # "accepted the invitation and attended the meeting": an act joined to the other is its own
    joiners = list_joiners(parsed.lang)
    words = [w for w, _, _ in parsed.tokens.words()]
    starts = [s for _, s, _ in parsed.tokens.words()]

    def joined(u: Cue) -> bool:
        i = starts.index(u.start) if u.start in starts else 0
        return any(tuple(words[max(0, i - len(j)) : i]) == j for j in joiners)

    # "asked Pashinyan to visit Vietnam in 2027": a date after the content may be the content's
    # own, which no claim of the request dates; the visit stays a part to bear out.
    dated = [d.start for d in parsed.dates] + ([parsed.relative.start] if parsed.relative else [])

    # "declined Lam's invitation to visit Vietnam": the visit a refusal denies the wish of is
    # what the statement says (read_refusals), not the invitation's content
    refused = {c.start for c in parsed.modality_cues if c.target == "refusal"}

    # "invited Vietnam to join the Board of Peace on Jan 16": a verb that says one of two acts
    # (lexicon/world/readings.yaml), one of them the invitation's content, is that content,
    # and the date is the invitation's; the other reading stays a part, whoever dates it
    shared = {
        (t.start, t.end)
        for t in parsed.triggers
        for o in parsed.triggers
        if o.target != t.target and (o.start, o.end) == (t.start, t.end)
    }

    def head_of(u: Cue) -> Cue | None:
        """The act `u` is said as the content of, if any."""
        if u.start in refused or joined(u):
            return None
        return head_before(u)

    def read_in(u: Cue) -> bool:
        # a dated content of one reading stays a part to bear out (the date may be its own),
        # yet still the content: its date is one the sources may not know (assess.beyond_sources)
        return (u.start, u.end) in shared or not any(s >= u.end for s in dated)

    def head_before(u: Cue) -> Cue | None:
        """The nearest act before `u` in its clause that takes it as its content."""
        return max(
            (
                t
                for t in heads
                if u.target in contents[t.target]
                and t.end <= u.start
                and not breaks_clause(parsed, t.end, u.start)
            ),
            key=lambda t: t.end,
            default=None,
        )

    carried = set(load_lexicon(parsed.lang, "synonyms").get("carried_contents") or ())

    def outside(u: Cue) -> tuple[Cue, frozenset[str]] | None:
        # "invited Trump to visit Vietnam during a phone call", "conveyed greetings and invited
        # him to visit": the acts outside the invitation's words (before it, or after the
        # content) would be decided by themselves once the visit is read in, by any claim of
        # their kind, so the invitation's claim must share their occasion (Judge._framed);
        # another act's word in the content ("for the first time") keeps the visit a part, as
        # the sources' words for the invitation say nothing of it. The invitation's trigger
        # with those acts' predicates, or None.
        head = max((t for t in heads if t.end <= u.start), key=lambda t: t.start, default=None)
        if head is None:
            return None
        clause = CLAUSE_END.search(text, u.end)
        end = clause.start() if clause else len(text)
        if any(u.start <= c.start < end for c in parsed.other_acts):
            return None
        acts = [t for t in parsed.triggers if vocab.predicates[t.target].time_role == OCCASION]
        # another act of the invitation's own kind ("but did not invite the First Lady") is
        # decided by its own claims, and frames nothing
        outer = [
            t for t in acts if not head.start <= t.start <= u.start and t.target != head.target
        ]
        # only acts of their own, before the invitation and joined to it as another conjunct
        # ("hosted Hegseth and conveyed an invitation", "wrote to Lam on Jan 16, inviting
        # him"): an act after the content, or the invitation's own vehicle ("thư mời", a
        # letter received: _given_by reads its sender), keeps the visit a part
        if parsed.receipts or any(
            t.start >= u.start or not _conjunct(parsed, t.end, head.start) for t in outer
        ):
            return None
        return head, frozenset(t.target for t in outer)

    def clause_of(u: Cue) -> tuple[int, int]:
        end = CLAUSE_END.search(text, u.end)
        return u.start, end.start() if end else len(text)

    said = []
    for u in parsed.triggers:
        head = head_of(u)
        if head is not None:
            if read_in(u):
                said.append(u)
            # "accepted Trump's invitation to join ...": the act the statement asserts is the
            # outermost one, of which the invitation is itself the content
            while (outer := head_before(head)) is not None:
                head = outer
            span = clause_of(u)
            parsed.contained.append(Cue("content", head.target, text[span[0] : span[1]], *span))
    # "Lam was asked by Trump to visit Vietnam": the judge reads no direction into a passive, so
    # the request alone would be borne out by Lam's request to Trump; the visit stays a part the
    # claims must bear out (its date is still the request's: `contained` above).
    if parsed.passive:
        return
    framing = {(u.start, u.end): outside(u) for u in said if u.target in carried}
    read_in = [u for u in said if u.target not in carried or framing[(u.start, u.end)] is not None]
    # a visit kept a part is still what the invitation was to: its place is the invitation's
    # own destination, which the visit's claims (a trip he made) do not bear out
    for u in (u for u in said if u.target in carried):
        span = clause_of(u)
        parsed.contents.append(Cue("content", u.target, text[span[0] : span[1]], *span))
        framed = framing[(u.start, u.end)]
        if framed is not None and framed[1]:
            parsed.framed.append(framed)
    _drop_triggers(parsed, read_in)


def _conjunct(parsed: ParsedStatement, end: int, start: int) -> bool:
    """Whether the words from `end` to `start` hold a clause break or a list joiner: what
    stands on either side are two acts of their own ("conveyed greetings to Trump and invited
    him"), not one act and its vehicle ("thư mời")."""
    if set(parsed.text[end:start]) & CLAUSE_BREAKS:
        return True
    between = [w for w, s, e in parsed.tokens.words() if end <= s and e <= start]
    return any(
        tuple(between[k : k + len(j)]) == j
        for j in list_joiners(parsed.lang)
        for k in range(len(between))
    )


@cache
def presence_predicates() -> frozenset[str]:
    """The predicates whose claims put their subject at their event's place over their days
    (`presence` in lexicon/world/modes.yaml)."""
    return frozenset(load_lexicon("world", "modes").get("presence") or ())


def _governments(
    text: str,
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    vocab: Vocabulary,
) -> dict[tuple[int, int], tuple[str, ...]]:
    """The capitals that stand for their country's government ("Budapest has approved the ODA"),
    by span, with the country: every one not after a locative ("in Budapest"), nor right after
    the words of an act that puts its doer there ("hopes to revisit Hanoi", "mong sớm trở lại
    Hà Nội", "thăm lại Hà Nội": `presence` in lexicon/world/modes.yaml), nor inside a named time
    zone ("Washington time"), where it is a place."""
    zones = [(s, e) for k, s, e, _ in found if k == "local_time"]
    words = [t for t, _, _ in toks]
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    # the "to" of "according to" is no locative: "according to Hanoi" is who reports
    cited = phrase_keys("stances", "according_to")
    going = {
        e
        for k, _, e, hits in found
        if k in ("trigger", "other_act") and {h.target for h in hits} & presence_predicates()
    }
    governments = {}
    for kind, start, end, hits in found:
        if kind != "metonym" or within(start, end, zones):
            continue
        i = starts.get(start, 0)
        said = any(tuple(words[i - len(c) : i]) == c for c in cited if len(c) <= i)
        # ... with nothing but spaces between ("during the visit, Budapest approved ...")
        after = i > 0 and toks[i - 1][2] in going and not text[toks[i - 1][2] : start].strip()
        if (vocab.ends_with_locative(words[:i]) and not said) or after:
            continue
        governments[(start, end)] = tuple(sorted({h.target for h in hits}))
    return governments


def _crossed_title(
    hits: list[Entry],
    i: int,
    length: int,
    keyed: tuple[str, ...],
    index: PhraseIndex,
    vocab: Vocabulary,
) -> bool:
    """Whether an office phrase of these words starts with a word of an office's tense and ends
    inside a longer office phrase that begins after it: folded, "nguyên Thủ tướng" (former
    prime minister) holds "nguyên thủ" (head of state), whose last word begins the title. The
    title read whole leaves the tense word before it to say when it was held."""
    if not all(is_role(vocab.entities.get(h.target)) for h in hits):
        return False
    end = i + length
    tenses = set(phrase_keys("statements", "office_tense", sub="former"))
    for j in range(i + 1, end):
        if keyed[i:j] not in tenses:
            continue
        for n in range(index.reach.get(keyed[j], 0), end - j, -1):
            found = index.entries.get(keyed[j : j + n]) or ()
            if any(e.kind == "entity" and is_role(vocab.entities.get(e.target)) for e in found):
                return True
    return False


def _titled(hits: list[Entry], vocab: Vocabulary) -> bool:
    return any(
        h.target in vocab.entities and vocab.entities[h.target].type in UNNESTED_TYPES for h in hits
    )


@lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    """The levels a relation is named at (factdb/lexicon/world/levels.yaml): values, whose names
    no longer name swallows."""
    return frozenset(load_lexicon("world", "levels").get("levels") or {})


def _a_level(hits: list[Entry]) -> bool:
    return any(h.target in _levels() for h in hits)


def _of_type(hits: list[Entry] | None, vocab: Vocabulary, kind: str) -> bool:
    """Whether every entity a name's phrase hits is of the entity type `kind`."""
    return bool(hits) and all(
        h.target in vocab.entities and vocab.entities[h.target].type == kind for h in hits or ()
    )


# Cue kinds read only clear of a name (parse_statement's loop drops them where they overlap
# one); a time zone ("giờ Hà Nội"), a bound or a view's opposite is read over a name
_CLEAR_OF_NAMES = frozenset({"negation", "negation_after", "plan", "wish", *GRAMMAR_KINDS})


def _short_of_names(
    found: list[tuple[str, int, int, list[Entry]]],
    hidden: list[tuple[str, int, int, list[Entry]]],
    names: list[tuple[int, int]],
) -> list[tuple[str, int, int, list[Entry]]]:
    """A cue reaching into a name from before it is not read (_CLEAR_OF_NAMES), so it hides no
    shorter cue of its kind at its start, as a trigger does not: in "declined To Lam's
    invitation", "declined to" takes the name's first word, and "declined" is the refusal read
    in its place."""
    kept: list[tuple[str, int, int, list[Entry]]] = []
    for kind, start, end, hits in found:
        into = [s for s, e in names if start < s < end <= e]
        # the longest first: the matching loop tries the lengths longest first
        short = next(
            (
                h
                for h in hidden
                if kind in _CLEAR_OF_NAMES and into and h[:2] == (kind, start) and h[2] <= into[0]
            ),
            None,
        )
        kept.append(short or (kind, start, end, hits))
    return kept


def _extend_name(
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    found: list[tuple[str, int, int, list[Entry]]],
    vocab: Vocabulary,
    text: str = "",
    hits: list[Entry] | None = None,
) -> None:
    """A name starting inside an earlier one and running past it makes the earlier one longer:
    in "the opening meeting of the Board of Peace on Gaza", "Board of Peace on Gaza" is a name
    inside the meeting's, so "Gaza" is part of that name, not a place of its own; the longer
    name is the event's where one of the two is an event ("the Gaza peace board's first
    meeting"). A title keeps
    only its words before the name, which is read whole: in "Chủ tịch Ủy ban Chuẩn chi Thượng
    viện Mỹ" the chair's title and the committee share "Ủy ban", which names the committee.
    So does any name before a relation's level (lexicon/world/levels.yaml), which is a value:
    in "coi trọng quan hệ Đối tác toàn diện" the view keeps "coi trọng", the level is read
    whole. A view of cooperation in fields (lexicon/world/fields.yaml) is no name there at all:
    the name after it says what the cooperation is on."""
    for j, (s, e) in enumerate(spans):
        if s < start < e < end:
            k = next(k for k, f in enumerate(found) if f[0] == "entity" and f[1:3] == (s, e))
            if _a_level(found[k][3]):
                return  # a level is read whole; what overlaps its end is not part of it
            # a view of cooperation in fields gives way to the name of what the cooperation is
            # on ("ưu tiên hợp tác khắc phục hậu quả chiến tranh": the war legacies' own)
            if {h.target for h in found[k][3]} <= fielded():
                del spans[j], found[k]
                spans.append((start, end))
                found.append(("entity", start, end, hits or []))
                return
            if _titled(found[k][3], vocab) or (hits is not None and _a_level(hits)):
                if hits is None or not text[s:start].strip():
                    return
                cut = s + len(text[s:start].rstrip())
                spans[j] = (s, cut)
                found[k] = ("entity", s, cut, found[k][3])
                spans.append((start, end))
                found.append(("entity", start, end, hits))
                return
            # the event of the two is the whole ("the Gaza peace board's first meeting": the
            # board's name inside the meeting's), as the name of an event holds its body's
            event = _of_type(hits, vocab, EVENT)
            kept = hits if event and not _of_type(found[k][3], vocab, EVENT) else found[k][3]
            spans[j] = (s, end)
            found[k] = ("entity", s, end, kept)
            return


def _straddles(start: int, end: int, found: list[tuple[str, int, int, list[Entry]]]) -> bool:
    """Whether start..end crosses the edge of a phrase read in `found` (a name, a trigger, a
    denial). Written without diacritics, one word folds to several ("thu": thứ, the prefix of
    a rank, or thư, a letter, the end of "Bí thư"; "nam": năm, five, or the "Nam" of "Viet
    Nam"), and a number made across a phrase's edge ("Tong Bi thu | tu choi", "Viet Nam | day
    manh") takes a word that phrase reads: the phrase is the reading, and the number only
    seems to be one."""
    return any(
        start < e and s < end and not (s <= start and end <= e) and not (start <= s and e <= end)
        for _, s, e, _ in found
    )


@cache
def mark_series() -> dict[str, str]:
    """Each predicate whose value is a mark a series passed, with that series
    (lexicon/world/marks.yaml: trade_milestone, of trade_turnover)."""
    marks = load_lexicon("world", "marks").get("marks") or {}
    return {mark: data["series"] for mark, data in marks.items()}


def _marks_of_nothing(parsed: ParsedStatement) -> list[Cue]:
    """The triggers of a mark whose series the statement does not name: "for the first time",
    "lần đầu" alone is the first time of another act ("Hungary and Vietnam held talks for the
    first time in 2024", "cấp 200 suất học bổng lần đầu tiên năm 2024"), no first passing of
    a trade mark, which the claims' first year would refute."""
    named = {t.target for t in parsed.triggers}
    series = mark_series()
    return [t for t in parsed.triggers if t.target in series and series[t.target] not in named]


def _across_figures(parsed: ParsedStatement) -> list[Cue]:
    """The triggers read from a word inside a figure's phrase to past its end: "nửa thế kỷ |
    kết thúc" folds to hold "ký kết" (signed), with the "kỷ" of "thế kỷ" (a century). The
    figure is the reading. A trigger that begins with a whole unit or scale word of the figure
    ("25 years of diplomatic relations") is the trigger's, as its phrase was written."""
    toks = parsed.tokens
    begins = {toks.offset(toks.starts[k]): k for k in range(len(toks))}
    return [
        t
        for t in parsed.triggers
        if any(q.start < t.start < q.end < t.end for q in parsed.quantities)
        and not (t.start in begins and numbers().at(toks, begins[t.start], FIGURE_WORDS))
    ]


def _weekday_of(date: DateSpan, weekday: tuple[int, int, int]) -> bool:
    """Whether a weekday is read as part of `date` (factdb.extract.dates: "Thursday, Feb. 19,
    2026"), the day it falls on. One that falls on another day ("Friday February 19" of 2026)
    stays a weekday of its own, which the deciding claims' day must account for
    (check.weekdays): which of the two the writer meant is open. So does one before a date
    without a year, whose weekday the claims' year fixes."""
    number, start, end = weekday
    return (
        within(start, end, [(date.start, date.end)])
        and date.year_known
        and date.first == date.last
        and date.first.isoweekday() == number
    )


@lru_cache(maxsize=8)
def _report_words(lang: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """A language's report words as word keys, its joiners, and the longest report word."""
    reports = frozenset(phrase_keys("statements", "report_words", (lang,)))
    joiners = frozenset(k for j in phrase_keys("statements", "report_joiners", (lang,)) for k in j)
    return reports, joiners, max(map(len, reports), default=0)


def _reported_on(date: DateSpan, words: list[tuple[str, int, int]], text: str, lang: str) -> bool:
    """Whether the date is a report's ("according to 2026 figures", "theo số liệu năm 2026",
    "media reported on February 20"): when the words were published, not when what they tell
    happened, so it dates nothing the claims give and is left a detail of its own. A report word
    (`report_words` in lexicon/<lang>/statements.yaml) stands right before it, only
    `report_joiners` between, or right after it, nothing between."""
    reports, joiners, longest = _report_words(lang)
    if not reports:
        return False
    # Words are in text order, so the ones around the date are found by position: a statement
    # of many dates and many words (tests/test_hostile.py) must not be scanned once a date.
    i = bisect_right(words, date.start, key=lambda w: w[2])
    while i and words[i - 1][0] in joiners:
        i -= 1
    j = bisect_left(words, date.end, key=lambda w: w[1])
    for n in range(1, longest + 1):
        head, tail = words[max(0, i - n) : i], words[j : j + n]
        if (
            len(head) == n
            and tuple(k for k, _, _ in head) in reports
            and not any(c in text[head[-1][2] : date.start] for c in CLAUSE_BREAKS)
        ):
            return True
        if (
            len(tail) == n
            and tuple(k for k, _, _ in tail) in reports
            and not text[date.end : tail[0][1]].strip()
        ):
            return True
    return False


def _act_start_verb(
    at: int, words: list[tuple[str, int, int]], acts: list[tuple[int, int]], lang: str
) -> tuple[int, int] | None:
    """The span of a verb saying an act began (`act_starts` in lexicon/<lang>/statements.yaml)
    right before the act's trigger, where a date starting at `at` follows that trigger with
    one word between at most ("began speaking by phone in 2023", "bắt đầu điện đàm từ tháng
    11/2023"): the date is when such acts began, as after "dates from". None for no such verb."""
    starts = [s for _, s, _ in words]
    for start, end in acts:
        between = bisect_left(starts, at) - bisect_left(starts, end)
        if end > at or not 0 <= between <= 1:
            continue
        before = words[: bisect_left(starts, start)]
        keys = tuple(k for k, _, _ in before)
        for key in phrase_keys("statements", "act_starts", (lang,)):
            if key and keys[-len(key) :] == key:
                return before[-len(key)][1], before[-1][2]
    return None


def _date_cue(
    at: int, folded: str, words: list[tuple[str, int, int]], vocab: Vocabulary
) -> tuple[str, int] | None:
    """The cue right before a date starting at `at` ("before", "since", "dates from"), or
    before a relative date's words, and where it starts."""
    lo = bisect_left(words, at - 40, key=lambda w: w[1])
    hi = bisect_right(words, at, key=lambda w: w[2])
    before = [t for t, _, _ in words[lo:hi]]
    for length in range(min(5, len(before)), 0, -1):
        kind = vocab.date_cues.get(tuple(before[-length:]))
        if kind is not None:
            return kind, folded.rfind(before[-length], 0, at)
    return None


def stay_start_spans(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The words of each verb that says a stay began ("the U.S. trip begins", "leaves tomorrow
    for": `stay_starts` in lexicon/<lang>/dates.yaml), which dates the stay's first day for the
    claims' days to weigh (windows.starts_stay). A date or a day told by the day of writing
    (`told_alone`) between its words is the date's, and a mood's words ("the trip was set to
    begin") the mood's, not the verb's. A verb of going said so only with its place after it
    (`placed_after` in synonyms.yaml) is read as a trigger, or not at all."""
    lang = parsed.lang
    dated = [(d.start, d.end) for d in parsed.dates]
    dated += [(c.start, c.end) for c in parsed.modality_cues]
    told = phrase_spans(toks, phrase_keys("dates", "told_alone", (lang,)))
    own = [w for w in toks if not overlaps(w[1], w[2], dated + told)]
    going = set(phrase_keys("synonyms", "placed_after", (lang,)))
    starts = [p for p in phrase_keys("dates", "stay_starts", (lang,)) if p not in going]
    keys = [k for k, _, _ in own]
    return [
        (own[i + n][1], own[i + n][2])
        for p in starts
        for i in phrase_starts(keys, p)
        for n in range(len(p))
    ]


def stay_started(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], span: tuple[int, int] | None = None
) -> bool:
    """Whether the statement (or its words in `span`) says a stay began: a verb of
    stay_start_spans, or a verb of going read as a trigger only with its place after it ("sang
    Mỹ": `placed_after` in synonyms.yaml, as windows.starts_stay reads it). Right after a noun
    of the same act ("chuyến công tác tới Mỹ", the trip to the United States) it is that noun's
    "to": the whole trip, as the English says it, not its first day."""
    start, end = span or (0, len(parsed.text))
    if any(start <= s < end for s, _ in stay_start_spans(parsed, toks)):
        return True
    going = set(phrase_keys("synonyms", "placed_after"))
    text, triggers = parsed.text, parsed.triggers
    read = {
        word_keys(t.text)
        for t in triggers
        if start <= t.start < end
        and not any(
            o.target == t.target and o.end <= t.start and not text[o.end : t.start].strip()
            for o in triggers
        )
    }
    return any(p in read for p in phrase_keys("dates", "stay_starts") if p in going)


@cache
def told_days(lang: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The words that tell a day by the day the text was published, with its offset in days
    (`told_days` in lexicon/<lang>/dates.yaml), longest first."""
    told = load_lexicon(lang, "dates").get("told_days") or {}
    found = ((word_keys(str(words)), int(days)) for words, days in told.items())
    return tuple(sorted(found, key=lambda t: (-len(t[0]), t)))


@cache
def relative_bounds(lang: str) -> dict[tuple[str, ...], str]:
    """The words that make a relative date's count a bound (`relative_bounds` in
    lexicon/<lang>/dates.yaml), folded, with the side each bounds, longest first."""
    said = load_lexicon(lang, "dates").get("relative_bounds") or {}
    found = {word_keys(str(words)): str(side) for words, side in said.items()}
    return dict(sorted(found.items(), key=lambda b: -len(b[0])))


def _bound_start(start: int, words: list[tuple[str, int, int]], lang: str) -> int:
    """Where a relative date starting at `start` begins once a bound right before it is taken
    in ("less than | three weeks after", "chưa đầy | một ngày sau khi")."""
    before = [w for w in words if w[2] <= start]
    for bound in relative_bounds(lang):
        tail = before[-len(bound) :] if bound else []
        if tail and len(tail) == len(bound) and tuple(k for k, _, _ in tail) == bound:
            return tail[0][1]
    return start


def _told_restated(
    date: DateSpan, norm: str, words: list[tuple[str, int, int]], lang: str
) -> DateSpan:
    """A day told by the day of writing and restated by its date in brackets right after it
    ("Ngày mai (18/2)", "tomorrow (Feb. 18)") is one date: its words take in the told day's,
    which then trigger nothing ("Ngày" of an event's dates) and are not left unread. Without
    the bracket the two may be two days ("hôm qua, 18/2 ...")."""
    bracket = norm[: date.start].rstrip()
    if not bracket.endswith("("):
        return date
    before = [w for w in words if w[2] <= len(bracket) - 1]
    for said, _ in told_days(lang):
        tail = before[-len(said) :]
        if (
            len(tail) == len(said)
            and tuple(k for k, _, _ in tail) == said
            and not norm[tail[-1][2] : len(bracket) - 1].strip()
        ):
            close = date.end + len(norm[date.end :]) - len(norm[date.end :].lstrip())
            end = close + 1 if norm.startswith(")", close) else date.end
            return replace(date, start=tail[0][1], end=end, text=norm[tail[0][1] : end])
    return date


def _opened(
    date: DateSpan,
    norm: str,
    words: list[tuple[str, int, int]],
    lang: str,
    names: list[tuple[int, int]],
) -> DateSpan:
    """A word that only opens a date ("hồi tháng 7/2024": back in July 2024; `date_openers` in
    lexicon/<lang>/dates.yaml) is read with it, as a day word is with its day ("hôm 16/1"):
    it says when, which the date says, and is no word for the claims to account for. Written
    with marks it must be written as listed ("hội", "hỏi" are others), and never a word of a
    name ("Đại hội")."""
    openers = _date_openers(lang)
    before = [w for w in words if w[2] <= date.start]
    if not openers or not before:
        return date
    key, start, end = before[-1]
    written = " ".join(nfc(norm[start:end]).lower().split())
    if (
        norm[end : date.start].strip()
        or within(start, end, names)
        or not any(key == k and (w == written or not has_marks(norm)) for k, w in openers)
    ):
        return date
    return replace(date, start=start, text=norm[start : date.end])


# How many words may stand between a day of a range and the range ("the final day of his
# Feb. 18-20 trip": "his"; "ngày cuối của chuyến công tác 18-20/2": "chuyến công tác").
RANGE_DAY_GAP = 3


def _day_of_range(
    date: DateSpan,
    norm: str,
    words: list[tuple[str, int, int]],
    lang: str,
    acts: list[tuple[int, int]],
) -> DateSpan | None:
    """One day of a range of days said before it ("the final day of the Feb. 18-20 trip",
    "ngày thứ hai của chuyến công tác 18-20/2"; `range_days` in lexicon/<lang>/dates.yaml, by
    its place in the range, -1 the last): that day, which an act of another day of the range
    does not bear out; None where there is none. It runs to the range's end, which it replaces,
    unless an act's words (`acts`: "chuyến công tác") stand between: then it is the phrase's
    words alone, and the range is left to date that act. Not of a list or a window of days
    ("between 18 and 20"), nor across a clause break."""
    if not date.day_range or date.listed or date.window:
        return None
    before = [w for w in words if w[2] <= date.start]
    for said, place in _range_days(lang):
        for gap in range(RANGE_DAY_GAP + 1):
            at = len(before) - gap - len(said)
            if at < 0:
                break
            head = before[at : at + len(said)]
            if tuple(k for k, _, _ in head) != said:
                continue
            if not _AROUND_NAME_BREAKS.isdisjoint(norm[head[-1][2] : date.start]):
                return None
            if place > 0:
                day = date.first + dt.timedelta(days=place - 1)
            else:
                day = date.last + dt.timedelta(days=place + 1)
            if not date.first <= day <= date.last:
                return None
            start, end = head[0][1], date.end
            if any(head[-1][2] <= a and b <= date.start for a, b in acts):
                end = head[-1][2]
            return replace(
                date,
                start=start,
                end=end,
                text=norm[start:end],
                first=day,
                last=day,
                grain="day",
                day_range=False,
            )
    return None


@lru_cache(maxsize=4)
def _range_days(lang: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """`range_days` of the language's dates lexicon: each phrase's folded keys with the place of
    its day in the range, longest first."""
    listed = load_lexicon(lang, "dates").get("range_days") or {}
    found = ((word_keys(str(p)), int(place)) for place, ps in listed.items() for p in ps)
    return tuple(sorted(found, key=lambda t: (-len(t[0]), t)))


@lru_cache(maxsize=4)
def _date_openers(lang: str) -> tuple[tuple[str, str], ...]:
    """`date_openers` of the language's dates lexicon: each as its folded key and as written."""
    listed = load_lexicon(lang, "dates").get("date_openers") or []
    return tuple((fold(nfc(w)).lower(), nfc(w).lower()) for w in listed)


def _open_ended(
    date: DateSpan, doc: Tokens, words: list[tuple[str, int, int]], vocab: Vocabulary
) -> DateSpan:
    """'before 19 February 2026' is everything up to 18 February; 'since 2024' has no end; a
    state's start ('dates from 2024') keeps its date and takes in its cue."""
    if not date.year_known or date.grain == "range":
        return date
    cue = _date_cue(date.start, doc.folded, words, vocab)
    if cue is None or cue[0] == "at":
        return date
    kind, cue_start = cue
    text = doc.norm[cue_start : date.start] + date.text
    day = dt.timedelta(days=1)
    if kind == "start":
        return replace(date, text=text, start=cue_start)
    if kind == "before":
        return replace(
            date,
            text=text,
            start=cue_start,
            first=dt.date.min,
            last=date.first - day,
            grain="range",
        )
    if kind == "after":
        return replace(
            date, text=text, start=cue_start, first=date.last + day, last=dt.date.max, grain="range"
        )
    return replace(
        date, text=text, start=cue_start, last=dt.date.max, grain="range", opened_last=date.last
    )


# The most words a view's purpose may stand after its key phrase ("lên tiếng, ủng hộ và đóng góp
# để ...": the verbs listed with it).
PURPOSE_REACH = 6
# ... in its clause: a comma between only lists the verbs
_PURPOSE_BREAKS = SENTENCE_ENDS | (CLAUSE_BREAKS - {","})


def _view_purposes(parsed: ParsedStatement, vocab: Vocabulary) -> set[tuple[int, int]]:
    """The spans of views' key phrases said as what another view is for: right after a purpose
    word (`view_purposes` in statements.yaml: "for", "để") that follows another view's key
    phrase in its clause, within PURPOSE_REACH words ("keep speaking up for closer ties", "lên
    tiếng ... để thúc đẩy quan hệ hai nước"). Such a phrase is no view of its own, which its
    own claims would have to bear out as said by the speaker: its words are details of the
    first view, which that view's claims must say (check.accounting). One naming parties in
    its clause stays a view."""
    words = parsed.tokens.words()
    markers = phrase_spans(words, phrase_keys("statements", "view_purposes", (parsed.lang,)))
    views = _view_spans(parsed, vocab)
    text = parsed.text
    # a purpose naming its parties ("stronger ties between Vietnam and the US") is read as a
    # view of its own: the first view's claims need not name them
    named = [(m.start, m.end) for m in parsed.entities if (m.start, m.end) not in views]

    def parties(view: tuple[int, int]) -> bool:
        ends = [i for i in range(view[1], len(text)) if text[i] in _PURPOSE_BREAKS | {","}]
        clause = (view[0], ends[0] if ends else len(text))
        return any(overlaps(s, e, [clause]) for s, e in named)

    found: set[tuple[int, int]] = set()
    for start, end in markers:
        after = [
            v for v in views if v[0] >= end and not text[end : v[0]].strip() and not parties(v)
        ]
        before = [
            v
            for v in views
            if v[1] <= start
            and not set(text[v[1] : start]) & _PURPOSE_BREAKS
            and sum(v[1] <= w[1] and w[2] <= start for w in words) <= PURPOSE_REACH
        ]
        if after and before:
            found.update(after)
    return found


def _loose_words(
    toks: list[tuple[str, int, int]], read: list[tuple[int, int]], text: str, fillers: list[bool]
) -> list[tuple[str, int, int]]:
    """The words of the statement that nothing read: no phrase, number or date covers them and
    no filler holds them (`fillers`, each word's `_filled`). A digit run left over is no detail
    of its own."""
    if not toks:
        return []
    covered = Covered(len(text), read)
    return [
        (key, start, end)
        for (key, start, end), filled in zip(toks, fillers, strict=True)
        if not filled and not key.isdigit() and not covered.meets(start, end)
    ]


def _inner_capitals(toks: list[tuple[str, int, int]], text: str) -> frozenset[int]:
    """The starts of the words capitalised inside a sentence, none opening one, in a statement
    not capitalised as a headline is (`TITLE_SLIPS`: a lower-case word in every TITLE_SLIPS at
    least): words of names, as running text writes them."""
    words = [(s, e) for _, s, e in toks[1:] if e - s >= TITLE_LETTERS and text[s:e].isalpha()]
    lower = sum(not text[s].isupper() for s, _ in words)
    if lower * TITLE_SLIPS <= len(words):
        return frozenset()
    return frozenset(
        s
        for _, s, _ in toks
        if text[s].isupper()
        and (before := text[:s].rstrip())
        and before[-1] not in SENTENCE_OPENERS
    )


def _name_runs(
    loose: list[tuple[str, int, int]], toks: list[tuple[str, int, int]], text: str
) -> list[tuple[int, int]]:
    """Runs of two loose words or more, adjacent (a space between), each capitalised inside a
    sentence of running text (_inner_capitals): the words of a name nothing read."""
    inner = _inner_capitals(toks, text)
    if not inner:
        return []

    def capital(start: int) -> bool:
        return start in inner

    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for _, start, end in [*loose, ("", len(text), len(text))]:
        joined = run and not text[run[-1][1] : start].strip()
        if start < len(text) and capital(start) and (joined or not run):
            run.append((start, end))
            continue
        if len(run) > 1:
            runs.append((run[0][0], run[-1][1]))
        run = [(start, end)] if start < len(text) and capital(start) else []
    return runs


def _drop_unplaced(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """A noun of an act that names it only with its place beside it (`placed` in
    lexicon/<lang>/synonyms.yaml: "chuyến đi Mỹ", "the US trip", "trip to Cambodia"), with no
    place right before or after it (only locatives between), says when, not that a trip was
    made ("Trong chuyến đi, ...", "During the trip, ..."): it is no trigger. A verb of going
    (`placed_after`: "sang Mỹ", "tới Washington") says a trip only with where it went after
    it: the place before it is its doer's ("Phía Mỹ tới đây ..."), and alone it is another
    word ("sang năm", "đến nay"). A phrase ending in a locative says being somewhere ("was in
    the US", "có mặt tại Washington"): its place comes after it, the name before it being who
    was there ("Vietnam is in a partnership with the US" says no stay). A noun whose
    traveller is said as its owner ("Hegseth's trip", "chuyến đi của ông Hegseth":
    `placed_owners`) names his trip, as "Hegseth's visit" does."""
    after = set(phrase_keys("synonyms", "placed_after", (parsed.lang,)))
    placed = set(phrase_keys("synonyms", "placed", (parsed.lang,))) | after
    placed |= set(phrase_keys("synonyms", "placed_subject", (parsed.lang,)))
    if not placed:
        return
    text = parsed.text
    places = [
        m
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in (COUNTRY, CITY)
    ]
    owners = set(phrase_keys("synonyms", "placed_owners", (parsed.lang,)))
    persons = [m for m in parsed.entities if _kind(m, vocab) == PERSON]

    def owned(t: Cue) -> bool:
        """Whether a person is the noun's owner: his possessive right before it, or one of
        `placed_owners` between the noun and his name after it. Not a verb of going."""
        if word_keys(t.text) in after:
            return False
        return any(
            (m.end <= t.start and text[m.end : t.start].strip() in POSSESSIVES)
            or (m.start >= t.end and word_keys(text[t.end : m.start]) in owners)
            for m in persons
        )

    def beside(t: Cue) -> bool:
        own = word_keys(t.text)
        present = vocab.ends_with_locative(own)
        for m in places:
            if m.end <= t.start and text[m.end : t.start].strip() in ("", "."):
                if present or own in after:
                    continue
                return True  # "the US trip", "the U.S. trip"
            if m.start >= t.end:
                gap = word_keys(text[t.end : m.start])
                between = text[t.end : m.start]
                if not _AROUND_NAME_BREAKS.isdisjoint(between):
                    continue
                # "was in the US": the phrase's own locative runs on into the gap ("in the")
                read = own + gap if present else gap
                if not gap or (len(gap) <= 2 and vocab.ends_with_locative(read)):
                    return True  # "chuyến đi Mỹ", "trip to Cambodia", "was in the US"
        return False

    # A bare locative (`placed_subject`: "ở") is a stay only as the statement's first verb,
    # right after who stayed: "Tổng Bí thư Tô Lâm ở Mỹ từ 18-20/2"; after another verb it says
    # where that was done ("gặp Tô Lâm ở Washington"), and no one stayed.
    subjects = set(phrase_keys("synonyms", "placed_subject", (parsed.lang,)))
    doers = [m for m in parsed.entities if _kind(m, vocab) in (PERSON, ROLE_TYPE)]

    def led(t: Cue) -> bool:
        first = all(c.start >= t.start for c in parsed.triggers)
        return first and any(m.end <= t.start and not text[m.end : t.start].strip() for m in doers)

    _drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if (word_keys(t.text) in placed and not beside(t) and not owned(t))
            or (word_keys(t.text) in subjects and not led(t))
        ],
    )


def _locatives_before_places(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The locatives right before a country or a city ("chuyến thăm tới Hoa Kỳ", "có chuyến đi
    sang Campuchia", `locatives` in lexicon/<lang>/statements.yaml): read with the place, which
    they give as where or whither the act went (scope.locative); the place itself is still for
    the claims to account for."""
    found: list[tuple[int, int]] = []
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    written = _written_locatives(parsed.lang)
    accented = has_marks(parsed.text)
    for m in parsed.entities:
        if not (
            len(m.ids) == 1
            and m.ids[0] in vocab.entities
            and vocab.entities[m.ids[0]].type in (COUNTRY, CITY)
            and m.start in starts
        ):
            continue
        i = starts[m.start]
        for n in range(min(3, i), 0, -1):
            words = toks[i - n : i]
            gap = parsed.text[words[0][1] : m.start]
            said = " ".join(nfc(parsed.text[words[0][1] : words[-1][2]]).lower().split())
            if (
                _AROUND_NAME_BREAKS.isdisjoint(gap)
                and tuple(w for w, _, _ in words) in vocab.locatives
                and (not accented or said in written)
            ):
                found.append((words[0][1], words[-1][2]))
                break
    return found


@lru_cache(maxsize=4)
def _written_locatives(lang: str) -> frozenset[str]:
    """The locatives as written, lower-cased with their marks: where the text writes marks,
    "coi trọng Việt Nam" holds no "trong". Made once a language, not for every statement."""
    return frozenset(
        " ".join(nfc(w).lower().split())
        for w in load_lexicon(lang, "statements").get("locatives", [])
    )


# How many words of an event's name may stand before the body's owner ("the inaugural meeting
# of President Trump's Board of Peace": "inaugural meeting of").
OWNED_NAME_WORDS = 5


def _read_owned_names(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> None:
    """An event's name with the owner of its body said inside it, as a possessive before the
    body ("the inaugural meeting of President Trump's Board of Peace" for "the inaugural
    meeting of the Board of Peace"): the whole is the event's name, the words of which name no
    act of their own ("meeting"), and the owner (with his titles) is said of the body, which
    the claims must bear out (assertions.affiliations)."""
    text = parsed.text
    mentions = sorted(parsed.entities, key=lambda m: m.start)
    starts = [s for _, s, _ in toks]
    for n, body in enumerate(mentions):
        if len(body.ids) != 1 or n == 0 or not text[: body.start].rstrip().endswith(POSSESSIVES):
            continue
        # the owner: a name right before the possessive, and any titles right before it
        k = n - 1
        owner = mentions[k]
        if text[owner.end : body.start].strip() not in POSSESSIVES:
            continue
        while k > 0 and not text[mentions[k - 1].end : mentions[k].start].strip():
            k -= 1
        first = starts.index(mentions[k].start) if mentions[k].start in starts else None
        if first is None:
            continue
        words = tuple(w for w, s, e in toks if body.start <= s and e <= body.end)
        # the body's name as the event's alias gives it, or a shorter form the mention holds
        # ("Board of Peace on Gaza" of "the inaugural meeting of the Board of Peace")
        keys = [
            (back, (*(w for w, _, _ in toks[first - back : first]), "the", *words[:size]))
            for back in range(min(OWNED_NAME_WORDS, first), 0, -1)
            for size in range(len(words), 0, -1)
        ]
        for back, key in keys:
            events = {
                e.target
                for e in vocab.phrases.entries.get(key, ())
                if e.kind == "entity"
                and e.target in vocab.entities
                and vocab.entities[e.target].type == EVENT
            }
            if len(events) == 1:
                start = toks[first - back][1]
                parsed.entities.append(
                    Mention(text[start : body.end], start, body.end, tuple(events))
                )
                # its words and numbers are the name's ("the first meeting of Trump's ...")
                named = [(start, body.end)]
                inside = [t for t in parsed.triggers if within(t.start, t.end, named)]
                _drop_triggers(parsed, inside)
                parsed.quantities = [
                    q for q in parsed.quantities if not within(q.start, q.end, named)
                ]
                parsed.counts = [
                    c for c in parsed.counts if not within(c[0].start, c[0].end, named)
                ]
                break


def _without_split_details(
    found: list[tuple[str, int, int, list[Entry]]], details: list[tuple[int, int]]
) -> list[tuple[str, int, int, list[Entry]]]:
    """`found` without the cues that take one word of a detail (`details`: index.
    split_details): "bi mat" is "bí mật" (secretly), not the passive "bị" before "mật"; "cấp
    nhà nước" is no count of countries. The detail's words are then the claims' to say."""
    return [
        f
        for f in found
        if f[0] == "entity"
        or not any(s <= f[1] and f[2] <= e and (f[1], f[2]) != (s, e) for s, e in details)
    ]


def _held(toks: list[tuple[str, int, int]], text: str, loose: bool, found: Fillers) -> list[bool]:
    """Which of the statement's words a phrase of `found` holds, as written where the text
    writes diacritics, folded where it writes none."""
    if loose:
        phrases, reach, keys = found.folded, found.folded_reach, [k for k, _, _ in toks]
    else:
        phrases, reach = found.written, found.written_reach
        keys = [text[s:e].lower() for _, s, e in toks]
    skip = [False] * len(toks)
    for i in range(len(toks)):
        longest = reach.get(keys[i], 0)
        if not longest:  # most words start no phrase
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            if tuple(keys[i : i + n]) in phrases:
                skip[i : i + n] = [True] * n
                break
    return skip


# How many words besides determiners may stand between a support verb and the act's noun it
# takes ("paid an early visit"); each of them stays a detail of its own.
SUPPORT_REACH = 2


def _supporting(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    toks: list[tuple[str, int, int]],
    filled: list[bool],
    nouns: list[tuple[int, int]],
) -> list[bool]:
    """`filled` (which words a filler holds) with each support verb whose object is an act's
    noun (`support_verbs` in lexicon/<lang>/fillers.yaml: "paid an early visit", "undertook a
    working trip"): the verb says no more than the act, which the noun's trigger phrase (one of
    `nouns`, read even where the act is another's content: "invited Trump to pay a visit")
    says. Only determiners and SUPPORT_REACH other words, none a filler, a name or a figure,
    stand between (those stay details); "paid for the visit", "paid $400 million" keep their
    verb."""
    phrases = [k for k in phrase_keys("fillers", "support_verbs", (parsed.lang,)) if k]
    if not phrases or not nouns:
        return filled
    inflection = vocab.inflections.get(parsed.lang)
    keys = parsed.tokens.inflected(parsed.lang, inflection)
    verbs = {inflection.key(p) if inflection else p for p in phrases}
    determiners = frozenset(
        k for w in phrase_keys("synonyms", "slot_determiners", (parsed.lang,)) for k in w
    )
    acts = {s for s, _ in nouns}
    held = [(m.start, m.end) for m in parsed.entities]
    held += [(q.start, q.end) for q in parsed.quantities]
    text = parsed.text
    found = list(filled)
    for i in range(len(toks)):
        for verb in verbs:
            end = i + len(verb)
            # a verb inside a trigger phrase ("pay a visit to") is read already
            if tuple(keys[i:end]) != verb or overlaps(toks[i][1], toks[end - 1][2], nouns):
                continue
            j, others = end, 0
            while j < len(toks) and toks[j][1] not in acts:
                _, start, stop = toks[j]
                if text[toks[j - 1][2] : start].strip() or overlaps(start, stop, held):
                    break
                if keys[j] not in determiners:
                    others += 1
                    if filled[j] or others > SUPPORT_REACH:
                        break
                j += 1
            if j == len(toks) or toks[j][1] not in acts:
                continue
            if not text[toks[j - 1][2] : toks[j][1]].strip():
                found[i:end] = [True] * len(verb)
    return found


# How many words may name the department of a title head ("Bộ trưởng An ninh nội địa",
# "Minister for Home Affairs"): more is a clause, no title.
QUALIFIER_REACH = 4


def _title_qualifiers(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    toks: list[tuple[str, int, int]],
    filled: list[bool],
) -> list[bool]:
    """`filled` (which words a filler holds) without the words that name the department of a
    title head before its holder (`title_heads` in lexicon/<lang>/statements.yaml): "Nội an" of
    "Bo truong Noi an My Pete Hegseth" ("noi" folds to the filler "nói"), "Cooperation" of "US
    Cooperation Minister Pete Hegseth". They name an office the vocabulary does not read, a
    detail only a claim giving it accounts for. The qualifier opens with a capital after the
    head (title fillers between: "Minister of Cooperation"), or stands in capitals between a
    name and the head, and reaches the holder, his country's name between at most; or the title
    is set off after its holder and closes there ("Ông Pete Hegseth, Bộ trưởng Hợp tác Mỹ, ...",
    "Pete Hegseth, the US Cooperation Minister, ...")."""
    heads = phrases_at(parsed, "statements", "title_heads")
    if not heads:
        return filled
    text = parsed.text
    joins = _fillers(tuple(load_lexicon(parsed.lang, "statements").get("title_fillers", [])))
    names = sorted(parsed.entities, key=lambda m: m.start)
    # names, and tense words, which say when the office is held, not which it is ("Bộ trưởng
    # đương nhiệm", "the current secretary")
    held = [(m.start, m.end) for m in names]
    held += [(c.start, c.end) for c in parsed.grammar if c.kind in OFFICE_TENSES]

    def joined(a: int, b: int) -> bool:
        """Nothing but spaces and title fillers from a to b."""
        return a <= b and all(w in joins for w in _gap_words(text[a:b]))

    def holder_at(pos: int) -> bool:
        """Whether a person's name, his country's name before it at most, starts at pos."""
        first = next((m for m in names if m.start == pos), None)
        if first is None or _kind(first, vocab) == PERSON:
            return first is not None
        after = next((m for m in names if m.start >= first.end), None)
        return (
            _kind(first, vocab) == COUNTRY
            and after is not None
            and _kind(after, vocab) == PERSON
            and joined(first.end, after.start)
        )

    def spaced(pos: int) -> int:
        """Where the next word after pos starts."""
        return len(text) - len(text[pos:].lstrip())

    def capital(i: int) -> bool:
        """Whether word i opens with a capital or is a title filler."""
        return text[toks[i][1]].isupper() or toks[i][0] in joins

    def apposed(pos: int) -> bool:
        """Whether the title opening at pos, its country's name before it at most, follows a
        person's name across a comma, title fillers between at most."""
        country = next(
            (m for m in names if _kind(m, vocab) == COUNTRY and joined(m.end, pos)), None
        )
        pos = pos if country is None else country.start
        person = next((m for m in reversed(names) if m.end <= pos), None)
        if person is None or _kind(person, vocab) != PERSON:
            return False
        gap = text[person.end : pos]
        return gap.lstrip().startswith(",") and joined(person.end + gap.index(",") + 1, pos)

    def closes(pos: int) -> bool:
        """Whether an apposed title ends at pos, its country's name past it at most: at a
        clause break, a sentence's end or the text's."""
        at = spaced(pos)
        country = next((m for m in names if m.start == at and _kind(m, vocab) == COUNTRY), None)
        at = at if country is None else spaced(country.end)
        return at == len(text) or text[at] in CLAUSE_BREAKS | SENTENCE_ENDS

    found = list(filled)
    for start, end in heads:
        if overlaps(start, end, held):
            continue  # a title the vocabulary reads ("Secretary of State")
        # after the head: "Bộ trưởng Nội vụ Mỹ Hegseth", "Minister of Cooperation Hegseth"
        run: list[int] = []
        last = end
        for i in [i for i, (_, s, _) in enumerate(toks) if s >= end][:QUALIFIER_REACH]:
            _, s, e = toks[i]
            if text[last:s].strip() or overlaps(s, e, held):
                break
            if run or toks[i][0] not in joins:
                run.append(i)
            last = e
        after = run and (
            (capital(run[0]) and holder_at(spaced(toks[run[-1]][2])))
            or (apposed(start) and closes(toks[run[-1]][2]))
        )
        # before it, a name opening the run: "US Cooperation Minister Pete Hegseth"
        # (in capitals, but for a title set off after its holder: its commas bound it, and the
        # press writes it in lower case there, "Petr Macinka, the Czech minister of ...")
        words: list[int] = []
        for i in reversed([i for i, (_, _, e) in enumerate(toks) if e <= start]):
            _, s, e = toks[i]
            gap = text[e : toks[words[0]][1] if words else start]
            if len(words) == QUALIFIER_REACH or gap.strip() or overlaps(s, e, held):
                break
            words.insert(0, i)
        if words and apposed(toks[words[0]][1]) and closes(end):
            before = True
        else:
            lower = [k for k, i in enumerate(words) if not capital(i)]
            words = words[lower[-1] + 1 :] if lower else words
            opened = bool(words) and any(joined(m.end, toks[words[0]][1]) for m in names)
            before = opened and holder_at(spaced(end))
        for named in (run if after else [], words if before else []):
            own = [i for i in named if toks[i][0] not in joins]
            for i in own:
                found[i] = False
            if own:
                parsed.title_details.append((toks[own[0]][1], toks[own[-1]][2]))
    return found


def _filled(
    toks: list[tuple[str, int, int]], text: str, framed: list[bool], loose: bool
) -> list[bool]:
    """Which of the statement's words a filler phrase holds (lexicon/<lang>/fillers.yaml:
    fillers, framing, intensifiers). No word of a time frame (`framed`) is filler. Where the
    text writes no diacritics, nor is a word capitalised inside a sentence of running text
    (_inner_capitals) that only folds like a filler, its marks dropped: it is a name's word
    ("Bo truong Noi an My": "Nội" of a ministry, no "nói"); one written as the filler is
    ("..., Reuters reported") stays one."""
    held = _held(toks, text, loose, filler_words())
    if loose:
        written = _held(toks, text, False, filler_words())
        inner = _inner_capitals(toks, text)
        held = [
            f and (w or s not in inner) for f, w, (_, s, _) in zip(held, written, toks, strict=True)
        ]
    return [f and not t for f, t in zip(held, framed, strict=True)]


# A headline in title case (_title_case): "Hagerty Hopes to Return to Vietnam Soon", "Leahy:
# Congress Support For Vietnam Remains Bipartisan".
TITLE_WORDS = 2
TITLE_LETTERS = 4
TITLE_SLIPS = 4


def _title_case(text: str, toks: list[tuple[str, int, int]], common: Covered) -> bool:
    """Whether the statement capitalises its words as a headline does: its words of
    TITLE_LETTERS letters or more after the first, TITLE_WORDS at least, are capitalised but
    for one in TITLE_SLIPS, and one at least of the capitalised is a word of the language, not
    a name ("Approves", "Visit"): "Marco Rubio met Viktor Orbán in Vilnius" is no headline."""
    words = [(s, e) for _, s, e in toks[1:] if e - s >= TITLE_LETTERS and text[s:e].isalpha()]
    upper = [(s, e) for s, e in words if text[s].isupper()]
    lower = len(words) - len(upper)
    return (
        len(words) >= TITLE_WORDS
        and lower * TITLE_SLIPS <= len(words)
        and any(common.meets(s, e) for s, e in upper)
    )


def _dash_forms(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], vocab: Vocabulary
) -> list[Mention]:
    """A short form that names something only where a dash joins it to a name (`dash_forms`
    in lexicon/<lang>/statements.yaml): a party's letter before the state a US lawmaker sits
    for ("Sen. Patrick Leahy, R-Vt.": the party, as "Republican Sen. Leahy"), a country
    clipped beside another ("Việt - Mỹ", "Viet-US ties": Vietnam). A space alone joins it to
    a name of its own kind only, which makes the two a pair ("quan hệ Việt Mỹ", "Viet My":
    the two countries); beside a name of another kind it names nothing."""
    forms = _dash_words(parsed.lang)
    text = parsed.text
    names = [(m.start, m.end, _kind(m, vocab)) for m in parsed.entities]
    found = []
    for _, start, end in toks:
        target = forms.get(text[start:end])
        if target is None or any(s <= start < e for s, e, _ in names):
            continue
        kind = vocab.entities[target].type if target in vocab.entities else ""
        after = re.compile(DASH_AFTER).match(text, end)
        before = re.compile(DASH_BEFORE).search(text, 0, start)
        spaced = re.compile(PAIR_SPACE).match(text, end)
        if (
            (after and any(s == after.end() for s, _, _ in names))
            or (before and before.end() == start and any(e == before.start() for _, e, _ in names))
            or (spaced and kind and any(s == spaced.end() and k == kind for s, _, k in names))
        ):
            found.append(Mention(text[start:end], start, end, (target,)))
    return found


def _party_adjectives(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], vocab: Vocabulary
) -> list[Mention]:
    """A party's adjective that names the party only right beside a title, a person's name or
    a leader's noun (`party_adjectives` in lexicon/<lang>/statements.yaml): "Democratic Senator
    Hagerty", "a Democratic senator", "Thượng nghị sĩ Dân chủ Steve Daines" say his party, which
    a claim must then bear out; "lãnh đạo Cộng hòa", "the Republican leader" (`leader_nouns`)
    a leader's, which is checked, not dropped. Beside a noun of a group it stays a word the
    claims must say ("two Democratic lawmakers, Leahy and Hagerty": each one's, which no
    claim gives of both). Elsewhere the words are no party ("Lao People's Democratic Republic",
    "Cộng hòa Séc" are read as the countries' names before this)."""
    forms = _party_words(parsed.lang)
    text = parsed.text
    held = [(m.start, m.end) for m in parsed.entities]
    people = [
        (m.start, m.end)
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in (PERSON, ROLE_TYPE)
    ]
    people += phrases_at(parsed, "statements", "leader_nouns")
    # A title's tense word and the place of its office are the title's: "Democratic former
    # senator Leahy", "a Democratic ex-senator", "Republican former Vermont senator Leahy" say
    # his party as "former Democratic senator" does.
    titled = [(c.start, c.end) for c in parsed.grammar if c.kind in OFFICE_TENSES] + [
        (m.start, m.end)
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in (COUNTRY, US_STATE)
    ]
    # each next to the title or what was joined to it, spaces or a hyphen between: looked up by
    # where the words around it end and start, not by comparing every pair (a long statement
    # has hundreds of both)
    starts, ends = {s for s, _ in people}, {e for _, e in people}
    for start, end in sorted(titled, reverse=True):
        after = len(text) - len(text[end:].lstrip(" -"))
        before = len(text[:start].rstrip(" -"))
        if after in starts or before in ends:
            starts.add(start)
            ends.add(end)
            people.append((start, end))
    found = []
    # The words' keys are folded already (Tokens.words): a form is looked up by them, and only
    # where its first word stands (most words begin none).
    keys = tuple(key for key, _, _ in toks)
    sizes = {len(words) for words in forms}
    firsts = {words[0] for words in forms if words}
    for i, (key, start, _) in enumerate(toks):
        if key not in firsts:
            continue
        for size in sizes:
            if i + size > len(toks):
                continue
            end = toks[i + size - 1][2]
            target = forms.get(keys[i : i + size])
            if target is None or overlaps(start, end, held):
                continue
            if beside(text, start, end, people):
                found.append(Mention(text[start:end], start, end, (target,)))
    return found


# What may set a plural title off from the names it is given to: "senators, Daines and Leahy",
# "các nghị sĩ Cộng hòa Leahy và Hagerty".
LIST_OPENER = re.compile(r"\s*[,:(]?\s*")


def _group_attributes(parsed: ParsedStatement, vocab: Vocabulary) -> set[tuple[int, int]]:
    """The (start, end) of each party or state named right beside a noun of a group
    (`group_nouns` in lexicon/<lang>/statements.yaml), nothing but spaces between, on either
    side (English writes it before the noun, Vietnamese after): the group's, not the party or
    state of whoever the sentence is about ("Leahy chats with GOP lawmakers" says nothing of
    Leahy's party). It is a detail of the group, which the deciding claims' sources must say
    ("các nghị sĩ của cả hai đảng Dân chủ và Cộng hòa"). Beside a title or a name, or set off
    as an apposition ("Leahy, a Republican"), it stays that person's (Offices.titled)."""
    text = parsed.text
    people = [
        m.start
        for m in parsed.entities
        if any(eid in vocab.entities and vocab.entities[eid].type == PERSON for eid in m.ids)
    ]
    groups: list[tuple[int, int]] | None = None  # looked for once a party or state is named
    found = set()
    for m in parsed.entities:
        if not any(
            eid in vocab.entities and vocab.entities[eid].type in PERSON_ATTRIBUTES for eid in m.ids
        ):
            continue
        if groups is None:
            groups = phrases_at(parsed, "statements", "group_nouns")
        near = [g for g in groups if beside(text, m.start, m.end, [g])]
        # "two Republican senators, Daines and Leahy": a plural title before the names it gives
        # to each (assertions.plural) is theirs, not an unnamed group's
        listed = any(
            (gap := LIST_OPENER.match(text, max(e, m.end))) and gap.end() in people for _, e in near
        )
        if near and not listed:
            found.add((m.start, m.end))
    return found


# The most characters between a title and a tense word of it ("current and former": " and ").
TENSE_GAP = 16


def _tensed_span(parsed: ParsedStatement, title: Mention) -> tuple[int, int]:
    """The title's span with its tense words, each next to it or joined to the next by a list
    joiner: before it ("current and former senators", "sitting senators"), or after it, the
    title said again after the last ("thượng nghị sĩ đương nhiệm và cựu thượng nghị sĩ"). They
    say which holders it speaks of."""
    text, joiners = parsed.text, list_joiners(parsed.lang)
    tenses = [c for c in parsed.grammar if c.kind in OFFICE_TENSES]

    def next_to(a: int, b: int) -> bool:
        # a joiner is a word or two: a longer gap is never one (and a long statement's far
        # words are not read at all)
        gap = text[a:b] if 0 <= b - a <= TENSE_GAP else "-"
        return not gap.strip() or tuple(word_keys(gap)) in joiners

    start, end = title.start, title.end
    for c in sorted(tenses, key=lambda c: c.end, reverse=True):
        if c.end <= start and next_to(c.end, start):
            start = c.start
    for c in sorted(tenses, key=lambda c: c.start):
        if c.start >= end and next_to(end, c.start):
            end = c.end
    again = [
        m.end
        for m in parsed.entities
        if m.ids == title.ids
        and 0 <= m.start - end <= TENSE_GAP
        and not text[end : m.start].strip()
    ]
    return start, (again[0] if again and end > title.end else end)


def beside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the words at [start, end) stand right before or after one of `spans`, with
    nothing but spaces between."""
    return any(
        (s >= end and not text[end:s].strip()) or (e <= start and not text[e:start].strip())
        for s, e in spans
    )


@lru_cache(maxsize=4)
def _party_words(lang: str) -> dict[tuple[str, ...], str]:
    forms = load_lexicon(lang, "statements").get("party_adjectives") or {}
    return {
        tuple(fold(str(form)).split()): target for target, words in forms.items() for form in words
    }


# A dash joining two names, with or without spaces ("R-Vt.", "Việt - Mỹ", "US–Viet").
DASH_AFTER = r"\s?[-–—]\s?"
DASH_BEFORE = r"\.?\s?[-–—]\s?"
# One space, no more, between a short form and the name that makes it one of a pair.
PAIR_SPACE = r" "


@lru_cache(maxsize=4)
def _dash_words(lang: str) -> dict[str, str]:
    forms = load_lexicon(lang, "statements").get("dash_forms") or {}
    return {str(word): target for target, words in forms.items() for word in words}


def _unknown_names(
    text: str,
    toks: list[tuple[str, int, int]],
    known: list[tuple[int, int]],
    common: list[tuple[int, int]],
    vocab: Vocabulary,
) -> list[str]:
    """Capitalised words that are no known phrase, number or date, nor a sentence's first word.
    Vietnamese capitalises titles ("Ủy ban Chuẩn chi"), so only unaccented words count there.

    A statement about someone the claim base has never heard of cannot be supported by claims
    about someone else ("Tô Lâm called Senator Marco Rubio" is not borne out by his call with
    Daines)."""
    covered = Covered(len(text), known)
    # "Leahy: Congress Support For Vietnam Remains Bipartisan": a headline capitalises every
    # word, so a capitalised word the lexicons know as an English word (a gloss) is no name
    # there; it is a detail, which the claims' sources must still say (accounting.details); so
    # is a run of such words ("Asks Washington To Keep Backing ..."). Any other is still a name
    # ("Lam Meets Kyrgyz President Japarov"), and so is a run holding one word no gloss knows.
    # Asked only of capitalised words the lexicons gloss, which few statements hold.
    headline: list[bool] = []
    names: list[str] = []
    run: list[tuple[int, int, bool]] = []  # (start, end, opens a sentence) of adjacent words

    def close() -> None:
        # A run of capitalised words is one name ("Marco Rubio"); a sentence's first word alone
        # is no name, but it is the first word of one that follows it.
        words = [(fold(text[s:e]).lower(),) for s, e, _ in run]
        # a place or a thing of several words the glossary renders whole ("Middle East": "Trung
        # Đông") is a detail in the sources' words, no name the base must know
        whole = len(words) > 1 and bool(glossed("en", tuple(w for (w,) in words)))
        if (
            run
            and not all(opener for *_, opener in run)
            and not (all(glossed("en", w) for w in words) and _headline())
            and not whole
        ):
            names.append(text[run[0][0] : run[-1][1]])
        run.clear()

    def _headline() -> bool:
        if not headline:
            headline.append(_title_case(text, toks, Covered(len(text), common)))
        return headline[0]

    for i, (_, start, end) in enumerate(toks):
        word = text[start:end]
        gap = text[toks[i - 1][2] : start] if i else "."
        if (
            not word[:1].isupper()
            or word in vocab.not_names
            or has_marks(word)
            or covered.meets(start, end)
        ):
            if run:
                close()
            continue
        if run and gap.strip():
            close()
        run.append((start, end, any(c in gap for c in SENTENCE_OPENERS)))
    close()
    return names


def blank_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with the parts that `spans` cover left out."""
    return "".join(
        c for i, c in enumerate(text[start:end], start) if not any(s <= i < e for s, e in spans)
    )


def linked(gap: str) -> bool:
    """Whether the words between a person's name and an attribute after it tie the attribute to
    him (`attribute_links` in lexicon/<lang>/statements.yaml): an apposition's article or a
    copula ("Leahy, a Democrat", "Leahy is a Democrat", "Leahy là đảng viên Dân chủ"), or
    nothing but punctuation ("a Vermont Democrat": the state's, then the party's)."""
    keys = word_keys(gap)
    return not keys or keys in set(phrase_keys("statements", "attribute_links"))
