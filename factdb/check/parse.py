"""Stage 1 of checking: what a statement says, before any claim is looked at.

Entities come from the alias table, predicate candidates from trigger words and from the types of
the entities mentioned, quantities and dates from factdb.extract (quantities, dates), negation and
modality from the language lexicons. `factdb parse` prints exactly this, so a user can see what
the checker understood. What it fills is the model of factdb.check.statement; the opening words
that say nothing of the fact (hashtags, a heading, a dateline) are blanked first by
factdb.check.datelines; what a denial, a frame of denial or a refusal falls on is read by the
passes of factdb.check.denials.

Its passes live beside it in factdb/check/, a module for each thing read:
- names.py: how phrase matches become names: longer names, shared heads, possessives, owned names
- titles.py: titles and offices: tense words, general titles, body heads, department qualifiers
- attributes.py: a person's party or state, dash forms and a group's attributes
- around_names.py: relations, exclusions and a part of the day beside a name or a date
- places.py: capitals for governments, trips said by their place, locatives before places
- unknown_names.py: capitalised words nothing read: unknown names, headlines, runs of capitals
- dates.py: where a date is read: its cue, a report's date, told days, openers, ranges, stays
- before_after.py: "after the trip", "before the meeting" and which relative date cue is one
- figures.py: figures: their periods, former values, denied bounds, series ordinals and marks
- ages.py: a count of years as an event's anniversary or the age of ties
- moods.py: negation and modality: mood verbs, denials undone, cessations, continuations
- acts.py: which triggered acts are asserted: contents, requests, repeats, refusals, readings
- light_verbs.py: acts said through another verb: light verbs, go-betweens, namings, receipts
- around_verbs.py: a question, a mood verb, "every" and "only", asides, cessation, ordering
- clauses.py: where a clause ends or breaks; asides and subordinate clauses with acts of their own
- views.py: where a view is named, and views said only as another's purpose
- fillers.py: the words fillers and support verbs hold, and the loose words nothing read
- wording.py: wording its passes share: gaps, fillers, list joiners, a name's type, dropped triggers
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factdb.check.acts import (
    cue_types_outside_contents,
    drop_contents,
    drop_denied_readings,
    drop_refused,
    drop_transparent,
    read_asked_for,
    read_repeats,
)
from factdb.check.ages import read_ages, read_elapsed
from factdb.check.around_names import read_around_names
from factdb.check.around_verbs import read_around_verbs
from factdb.check.attributes import dash_forms, group_attributes, party_adjectives
from factdb.check.before_after import earlier_cue, later_cue, relative_cue
from factdb.check.datelines import (
    blank_heading,
    blank_tags,
    blank_thread_marker,
    city_cue,
    read_dateline,
)
from factdb.check.dates import (
    act_start_verb,
    bound_start,
    date_cue,
    dating_words,
    day_of_range,
    open_ended,
    opened_date,
    reported_on,
    stay_start_spans,
    told_restated,
    weekday_of,
)
from factdb.check.denials import (
    bind_denials,
    denial_frame,
    framed_restriction,
    read_refusals,
    suffixed,
    unasserted_delays,
)
from factdb.check.figures import (
    across_figures,
    deny_bounds,
    drop_former_values,
    drop_rates_of_other_figures,
    marks_of_nothing,
    names_offices,
    read_ordinal_names,
    straddles,
)
from factdb.check.fillers import (
    filled_words,
    focus_words,
    held_words,
    loose_words,
    with_support_verbs,
    without_split_details,
)
from factdb.check.light_verbs import drop_namings, read_go_betweens, read_receipts, read_slotted
from factdb.check.moods import (
    MOOD_VERBS,
    anchored,
    done_contents,
    drop_named_moods,
    undone_denials,
)
from factdb.check.names import (
    chamber_shorthands,
    extend_name,
    possessive_names,
    read_owned_names,
    shared_heads,
    short_of_names,
    unnested,
)
from factdb.check.places import (
    capital_governments,
    drop_unplaced,
    locatives_before_places,
    read_capitals,
)
from factdb.check.stance_words import thanks_words
from factdb.check.statement import MOODS, Cue, Mention, ParsedStatement, bounded
from factdb.check.titles import (
    body_heads,
    chamber_seats,
    crossed_title,
    name_titles,
    tensed_span,
    title_qualifiers,
    untitled_formers,
)
from factdb.check.topics import DEED_THINGS, fielded, fielded_acts, fields_after, stated_topics
from factdb.check.unknown_names import name_runs, unknown_names
from factdb.check.views import view_purposes, view_spans
from factdb.check.weekdays import find_weekdays
from factdb.check.wording import blank_spans, drop_triggers
from factdb.extract.dates import DateSpan, find_dates
from factdb.extract.quantities import find_quantities
from factdb.lexicon.index import Entry, phrase_keys, split_details, time_frames
from factdb.lexicon.vocabulary import COUNTRY, GRAMMAR_KINDS, ROLE_TYPE, TOPIC, Vocabulary
from factdb.text.covered import overlaps, within
from factdb.text.fold import blank_controls, has_marks
from factdb.text.tokens import phrase_spans, tokenize, word_keys

# How far after a passive word, in characters, its agent may start ("by the Prime Minister").
AGENT_REACH = 16


def parse_statement(text: str, vocab: Vocabulary) -> ParsedStatement:
    """What `text` says; StatementTooLong if it is over MAX_STATEMENT characters."""
    given = bounded(text)
    # Read with its escape sequences and controls as spaces: they are no part of what is said
    # ("\x1b]0;title\x07" is not the number 0). Offsets are the same in both.
    text, disputed = blank_heading(blank_thread_marker(blank_tags(blank_controls(given))))
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
    # "declined to"), kept in case the longer one reaches into a name (short_of_names)
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
                if kind == "entity" and crossed_title(hits, i, length, keyed, index, vocab):
                    continue
                spans = taken.setdefault(kind, [])
                if not overlaps(start, end, spans):
                    spans.append((start, end))
                    found.append((kind, start, end, hits))
                elif kind == "entity" and not unnested(hits, vocab):
                    extend_name(start, end, spans, found, vocab, text, hits)
                elif any(s == start for s, _ in spans):
                    hidden.append((kind, start, end, hits))
    found = short_of_names(found, hidden, taken.get("entity", []))
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

    found = shared_heads(found, toks, text, vocab, lang, accented)
    found = possessive_names(found, toks, text, vocab, lang, accented)
    found = chamber_shorthands(found, toks, text, vocab, lang)
    found = body_heads(found, toks, text, vocab, lang)
    found = name_titles(found, toks, text, vocab, lang)
    found = bind_denials(parsed, vocab, found)
    details = phrase_spans(toks, split_details(doc.loose))
    found = without_split_details(found, details)
    # A number inside a name belongs to the name ("the 14th National Party Congress"); a name
    # inside a number belongs to the number ("US$400m").
    names = [(s, e) for k, s, e, _ in found if k == "entity"]
    dates = [d for d in all_dates if not within(d.start, d.end, names)]
    parsed.report_dates = [d for d in dates if d == filed or reported_on(d, toks, text, lang)]
    dates = [d for d in dates if d not in parsed.report_dates]
    triggered = [(start, end) for kind, start, end, _ in found if kind == "trigger"]
    # the verb that says an act began, by the date it makes the act's start
    begun = {
        i: verb
        for i, d in enumerate(dates)
        if (verb := act_start_verb(d.start, toks, triggered, lang)) is not None
    }
    parsed.starts = [
        i
        for i, d in enumerate(dates)
        if (date_cue(d.start, folded, toks, vocab) or ("",))[0] == "start" or i in begun
    ]
    parsed.dates = [
        opened_date(
            told_restated(open_ended(d, doc, toks, vocab), doc.norm, toks, lang),
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
        day = day_of_range(d, doc.norm, toks, lang, acts)
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
        if not any(weekday_of(d, w) for d in parsed.dates)
    ]
    weekdays = [(s, e) for _, s, e in parsed.weekdays]
    parsed.bounded = [
        (d.start, d.end)
        for d in parsed.dates
        if not d.year_known
        # "from February 18 to 20" is a range, no bound ("from" is also a word of since)
        and d.grain != "range"
        and (cue := date_cue(d.start, folded, toks, vocab)) is not None
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
        and not (not accented and q.unit == "rank" and straddles(q.start, q.end, found))
        and not (not accented and lang == "vi" and straddles(q.start, q.end, names_found))
    ]
    deny_bounds(parsed, found, vocab)
    # "did not rule out a visit": the two denials undo each other and leave the plan standing;
    # "did not postpone the visit", "postponed the visit to March": the delay denies nothing,
    # and its words stay for the claims to account for
    undone, delays = undone_denials(parsed, found, vocab)
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
    drop_former_values(parsed)
    numeric += [(q.start, q.end) for q in parsed.quantities]
    entity_spans = [(s, e) for k, s, e, _ in found if k == "entity" and not overlaps(s, e, numeric)]
    # A denial inside a phrase that says an office ended ("thôi giữ chức", "đã thôi giữ
    # chức") is that phrase's: the title is former, not denied.
    shielded = [(s, e) for k, s, e, _ in found if k in ("not_negation", "former")] + numeric
    shielded += undone
    governments = capital_governments(text, found, toks, vocab)
    places: list[str] = []  # capitals named as places that are no known place
    later: list[Cue] = []
    relatives: list[Cue] = []  # relative date cues, the first of them read (relative_cue)
    opposites: list[Mention] = []  # the opposite of a view: its topic, denied (after the loop)
    # an ender with no continuing topic anchored before it ends nothing and reads no words:
    # "cắt giảm thủ tục cấp học bổng" leaves "cắt giảm" for the claims to account for
    parsed.enders = [(s, e) for k, s, e, _ in found if k == "ender"]
    found = [f for f in found if f[0] != "ender" or any(anchored(parsed, h, f[1]) for h in f[3])]
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
            start = bound_start(start, toks, lang)
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
                sorted({h.target for h in hits if kind == "opposite" or anchored(parsed, h, start)})
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
    drop_rates_of_other_figures(parsed, vocab)
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
            # a denied bound's word is the figure's ("didn't exceed $1bn": deny_bounds)
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
        drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, spans)])
    else:
        found = [f for f in found if f[0] != "opposite"]

    # "thu 5" written without marks is Thursday, not a letter ("thư"), alone or opening a date
    # ("thu Tu 18/2/2026"); a trigger only reaching into a date is its own ("thư từ tháng 11")
    dates = [(d.start, d.end) for d in parsed.dates]
    drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if overlaps(t.start, t.end, weekdays) or within(t.start, t.end, dates)
        ],
    )
    drop_triggers(parsed, dating_words(parsed, vocab))
    drop_triggers(parsed, across_figures(parsed))
    drop_triggers(parsed, marks_of_nothing(parsed))
    slotted = read_slotted(parsed, vocab)
    slotted += read_go_betweens(parsed, vocab)
    receipts = read_receipts(parsed, vocab, toks)
    slotted += receipts
    # "nhận được thư": the passive word inside a verb of receiving makes no passive of it
    if receipts and all(within(s, e, receipts) for k, s, e, _ in found if k == "passive"):
        parsed.passive = False
    drop_named_moods(parsed, slotted)
    done_contents(parsed)
    drop_transparent(parsed, toks)
    read_refusals(parsed)
    drop_refused(parsed)
    read_repeats(parsed, vocab)
    read_asked_for(parsed)
    described = drop_namings(parsed, vocab)
    drop_contents(parsed, vocab)
    drop_denied_readings(parsed)
    parsed.relative = relative_cue(parsed, relatives, later)
    if parsed.relative is not None:
        cue = date_cue(parsed.relative.start, folded, toks, vocab)
        parsed.relative_starts = (cue or ("",))[0] == "start"
    # A number inside a trigger phrase ("for the first time") or a relative date ("two days
    # after") belongs to the phrase.
    trigger_spans = [(t.start, t.end) for t in parsed.triggers]
    if parsed.relative is not None:
        trigger_spans.append((parsed.relative.start, parsed.relative.end))
    parsed.quantities = [q for q in parsed.quantities if not within(q.start, q.end, trigger_spans)]
    elapsed = read_elapsed(parsed, vocab)
    read_ordinal_names(parsed)
    ordinals = [(o.start, o.end) for o in parsed.ordinals]
    nouns = [
        (s, e, h[0].target, "counted_office" if names_offices(h[0].target, vocab) else "counted")
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
        (*tensed_span(parsed, m), m.ids[0], "counted_office")
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
    # ... or words that only set the counted apart ("three separate meetings", "eight other
    # leaders": `count_fillers` in lexicon/<lang>/statements.yaml)
    set_apart = phrase_spans(toks, phrase_keys("statements", "count_fillers"))
    for q in parsed.quantities:
        # the noun right after the number, one word between at most ("12 nhà lãnh đạo"), or
        # a country's name
        after = [
            n
            for n in nouns
            if 0 <= n[0] - q.end <= 2
            or (n[0] > q.end and not blank_spans(text, states + set_apart, q.end, n[0]).strip())
        ]
        if q.unit is None and q.value >= 1 and after:
            s, e, target, kind = after[0]
            parsed.counts.append((q, Cue(kind, target, text[s:e], s, e)))
    # Which words a filler holds: read by the names below and by the loose words at the end.
    # A time frame ("trong năm nay", "next month": fillers.yaml time_frames) fixes when: its
    # words are the claims' to say, neither filler nor read ("nay" is not "này", "tới" no cue).
    framed = held_words(toks, text, doc.loose, time_frames())
    frames = [(s, e) for (_, s, e), t in zip(toks, framed, strict=True) if t]
    # ... nor of a detail (index.split_details: "bi mat" is "bí mật", not "bị")
    fillers = filled_words(
        toks,
        text,
        [f or overlaps(s, e, details) for f, (_, s, e) in zip(framed, toks, strict=True)],
        doc.loose,
    )
    fillers = with_support_verbs(parsed, vocab, toks, fillers, [(s, e) for s, e, _ in trigger_hits])
    fillers = title_qualifiers(parsed, vocab, toks, fillers)
    fillers = focus_words(parsed, vocab, toks, fillers, doc.loose)
    tags = dash_forms(parsed, toks, vocab) + party_adjectives(parsed, toks, vocab)
    parsed.entities += tags
    tagged = [(m.start, m.end) for m in tags]
    # after the dash forms: "Quan hệ Việt – Mỹ" names its countries right after the noun
    elapsed += read_ages(parsed, vocab)
    grouped = group_attributes(parsed, vocab)
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
        parsed.unknown_names = unknown_names(text, toks, known + filled, common, vocab)
    parsed.unknown_names += [p for p in places if p not in parsed.unknown_names]
    # "not just", "not only": no "only" either
    parsed.grammar = [
        c
        for c in parsed.grammar
        if not (c.kind == "only_word" and overlaps(c.start, c.end, shielded))
    ]
    read_owned_names(parsed, vocab, toks)
    # before the nouns of acts that name only when are dropped: "trước chuyến đi này" is one
    parsed.earlier = earlier_cue(parsed, vocab)
    drop_unplaced(parsed, vocab)
    unbound = read_around_names(parsed, vocab)
    read_around_verbs(parsed, vocab)
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
    purposes = view_purposes(parsed, vocab)
    parsed.entities = [m for m in parsed.entities if (m.start, m.end) not in purposes]
    stated = [v for v in stated if (v[0], v[1]) not in purposes]
    # A view of cooperation in fields is none without them, nor where another view holds its
    # words or its fields (lexicon/world/fields.yaml: "thúc đẩy hợp tác khắc phục hậu quả chiến
    # tranh", "tin cậy chính trị tiếp tục tăng cường, hợp tác kinh tế ... được mở rộng").
    views = view_spans(parsed, vocab)
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
    parsed.fields = [f for v, f in fields.items() if v not in unfielded]
    said += parsed.fields
    drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, said)])
    # a denial word a key phrase read across its fillers holds is one of its alias's words
    # ("sớm lên tiếng phản đối chiến tranh"), as it is of the alias said whole: no filler is a
    # denial, so none stands there that denies the view
    denial = parsed.negation
    if denial is not None and denial.kind == "negation" and within(denial.start, denial.end, said):
        parsed.negation = None
    # so is a capitalised word of the alias read there ("the first US senators to oppose the
    # Vietnam War"): no filler or name read stands in such a phrase but the alias's own words
    parsed.unknown_names = [
        n for n in parsed.unknown_names if not _only_inside(parsed.text, n, said)
    ]
    # a view with its fields and no verb beside it is the act it names ("Các bên ưu tiên hợp
    # tác kinh tế": the priority the sides agreed on); a verb of the statement's own keeps it.
    # Not denied: a denial of the act is weighed without the fields it is said of ("không ưu
    # tiên hợp tác quốc phòng" would deny the agreement on trade)
    acts = fielded_acts()
    bare = not parsed.triggers and parsed.negation is None
    for start, end in sorted(fields.keys() - unfielded) if bare else ():
        for act in sorted({acts[e] for e in ids_at[(start, end)] if e in acts}):
            parsed.triggers.append(Cue("trigger", act, text[start:end], start, end))
            parsed.predicates.setdefault(act, f"trigger {text[start:end]!r}")
    parsed.later = later_cue(parsed, later)
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
    read += [(m.start, m.end) for m in read_capitals(parsed, vocab)]
    read += locatives_before_places(parsed, vocab, toks)
    if parsed.negation is not None:
        # a denial read off a word's suffix ("didn't") reads the whole word
        read.append((parsed.negation.start, parsed.negation.end))
    read += [span for span in undone if span not in delays]
    read = [r for r in read if not any(s <= r[0] and r[1] <= e for s, e in frames)]
    # a relation word that names no one's relation ("Trump, deputy chairman of ...") is a detail
    read = [r for r in read if r not in unbound]
    # a seat's verb before its chamber ("serves in the Senate") is read as the chamber's office
    read += [(start, end) for start, end, _, _ in chamber_seats(parsed)]
    untitled = untitled_formers(parsed, vocab, toks)
    read = [r for r in read if r not in untitled and r not in purposes]
    # a weekday is a detail of its own, for the claims' days to account for (check.weekdays)
    parsed.loose_words = loose_words(toks, read + weekdays, text, fillers)
    parsed.name_runs = name_runs(parsed.loose_words, toks, text)
    types = {vocab.entities[eid].type for eid in parsed.entity_ids() if eid in vocab.entities}
    for pred in vocab.cued_predicates if types else ():
        cue = pred.cue_types & cue_types_outside_contents(parsed, vocab, pred.id)
        if cue and pred.id not in parsed.predicates:
            parsed.predicates[pred.id] = f"mentions a {sorted(cue)[0]}"
    return parsed


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


def _only_inside(text: str, name: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether every place `text` writes `name` lies inside one of `spans`."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(within(s, s + len(name), spans) for s in starts)
