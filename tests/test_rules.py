"""The judge's pure decisions (factdb.check.rules) over plain values: no database, no parser.

Each test gives a claim built by hand and what the statement says, and checks the rule that
fires; the words for it are factdb.check.explain's, checked through the corpora."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.rules import (
    Grounds,
    Stated,
    compare_time,
    compare_value,
    decide_claim,
    fewer_than_named,
    in_order,
    other_time,
    said_phrases,
    same_occasion,
    unread_details,
)
from factdb.check.stance import StanceReading, speaker_rule
from factdb.extract.dates import DateSpan
from factdb.records import replace
from factdb.store.intervals import Interval
from tests.builders import claim_view

D = dt.date


def day(text: str, first: dt.date, last: dt.date | None = None, **kw: object) -> DateSpan:
    fields = {"grain": "day", "year_known": True} | kw
    return DateSpan(text, 0, len(text), first, last or first, **fields)  # type: ignore[arg-type]


def dated(start: dt.date, end: dt.date | None = None, **kw: object):
    return claim_view(time_start=start, time_end=end or start, time_grain="day", **kw)


# --- value: disjoint, contains, neither ---------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "claimed", "rule"),
    [
        (Interval.exact(400), Interval.exact(500), "value-disjoint"),
        (Interval(300, 600), Interval.exact(400), "value-inside"),
        (Interval(1000, None, low_open=True), Interval.exact(1200), "value-inside"),
        # "more than 1 billion" against "about 0.9 to 1.1 billion": neither implied nor excluded
        (Interval(1000, None, low_open=True), Interval(900, 1100), "value-neither"),
        (Interval(None, 100, high_open=True), Interval.exact(100), "value-disjoint"),
        # "reached 1 billion" of trade that "passed 1 billion": the mark itself, open
        (Interval.exact(1000), Interval(1000, None, low_open=True), "value-bound"),
    ],
)
def test_value(stated: Interval, claimed: Interval, rule: str) -> None:
    assert compare_value(stated, claimed) == rule


# --- time: inside, outside, another occasion -----------------------------------------------------


def test_no_date_fits() -> None:
    check = compare_time("value", dated(D(2026, 2, 19)), None)
    assert (check.fits, check.disjoint, check.rule) == (True, False, "no-date")


def test_event_inside_and_outside() -> None:
    claim = dated(D(2026, 2, 19))
    inside = compare_time("value", claim, day("February 2026", D(2026, 2, 1), D(2026, 2, 28)))
    outside = compare_time("value", claim, day("20 February 2026", D(2026, 2, 20)))
    assert (inside.fits, inside.rule) == (True, "time-inside")
    assert (outside.fits, outside.disjoint, outside.rule) == (False, True, "time-outside")


def test_event_wider_than_the_date_is_neither() -> None:
    # a trip of 18-20 February does not lie inside "19 February"
    check = compare_time(
        "value", dated(D(2026, 2, 18), D(2026, 2, 20)), day("19/2", D(2026, 2, 19))
    )
    assert (check.fits, check.disjoint, check.rule) == (False, False, "time-neither")


def test_other_dates_for_the_same_stay() -> None:
    said = day("Feb 17-21", D(2026, 2, 17), D(2026, 2, 21), grain="range", day_range=True)
    check = compare_time("occasion", dated(D(2026, 2, 18), D(2026, 2, 20)), said)
    assert (check.disjoint, check.rule) == (True, "other-stay-dates")
    # a window of days is not a stay's dates for an event that is not an occasion
    assert compare_time("value", dated(D(2026, 2, 18), D(2026, 2, 20)), said).fits


def test_a_month_part_bounds_a_stay_without_giving_its_days() -> None:
    early = claim_view(time_start=D(2026, 2, 1), time_end=D(2026, 2, 10), time_grain="month_part")
    said = day("February 1 to 3", D(2026, 2, 1), D(2026, 2, 3), grain="range", day_range=True)
    assert compare_time("occasion", early, said).rule == "time-neither"


def test_a_states_start() -> None:
    since_2023 = dated(D(2023, 9, 30), D(2026, 2, 20))
    in_2024 = day("2024", D(2024, 1, 1), D(2024, 12, 31), grain="year")
    # "dates from 2024" of a state held since September 2023: held before it began
    assert compare_time("state", since_2023, in_2024, began=True).rule == "began-before"
    # "dates from 2023": held then, but its first known day need not be its first
    in_2023 = day("2023", D(2023, 1, 1), D(2023, 12, 31), grain="year")
    assert compare_time("state", since_2023, in_2023, began=True).rule == "began-unknown"


def test_a_lasting_states_denial_reaches_back() -> None:
    # not a party to an agreement on 18 February 2026 (the sources' "sẽ sớm hoàn tất")
    not_party = dated(D(2026, 2, 18), polarity="denied")
    in_2025 = day("2025", D(2025, 1, 1), D(2025, 12, 31), grain="year")
    back = compare_time("state", not_party, in_2025, lasting=True)
    assert (back.fits, back.rule) == (True, "absent-before")
    # a state that may come and go: its denial on a day says nothing of the year before
    assert compare_time("state", not_party, in_2025).rule == "time-outside"
    # a later month, or one running past the day, is a time the sources do not know
    march = day("March 2026", D(2026, 3, 1), D(2026, 3, 31), grain="month")
    assert not compare_time("state", not_party, march, lasting=True).fits
    february = day("February 2026", D(2026, 2, 1), D(2026, 2, 28), grain="month")
    over = compare_time("state", not_party, february, lasting=True)
    assert (over.fits, over.disjoint, over.rule) == (False, False, "time-neither")
    # an affirmed state still fits a period it overlaps (held at some time of it)
    party = dated(D(2026, 2, 18))
    assert compare_time("state", party, february, lasting=True).fits


def test_an_earlier_date_of_a_lasting_state_denied_names_it() -> None:
    claim = dated(D(2026, 2, 18), polarity="denied")
    before = Grounds("denied-before", claim, text="2025")
    affirmed = Stated(asserted=True)
    assert decide_claim(claim, affirmed, before=before).grounds == before
    assert decide_claim(claim, affirmed).grounds.rule == "denied"
    # the statement's denial of it then is borne out
    assert decide_claim(claim, Stated(negated=True, asserted=True), before=before).outcome == (
        "supports"
    )


def test_a_series_figure_is_its_periods() -> None:
    year = dated(D(2025, 1, 1), D(2025, 12, 31))
    since = day("since 2020", D(2020, 1, 1), dt.date.max, grain="range")
    assert compare_time("qualifier", year, since).rule == "other-slice"
    same = day("2025", D(2025, 1, 1), D(2025, 12, 31), grain="year")
    assert compare_time("qualifier", year, same).fits


def test_a_one_off_event_since_a_date_happened_then() -> None:
    upgraded = dated(D(2023, 9, 1), D(2023, 9, 30))
    opened = {"grain": "range"}
    since_2013 = day(
        "since 2013", D(2013, 1, 1), dt.date.max, opened_last=D(2013, 12, 31), **opened
    )
    since_2023 = day("từ 2023", D(2023, 1, 1), dt.date.max, opened_last=D(2023, 12, 31), **opened)
    # "nâng cấp ... từ năm 2013": the upgrade is dated 2013, which its September 2023 excludes
    assert compare_time("occasion", upgraded, since_2013, once=True).rule == "time-outside"
    assert compare_time("occasion", upgraded, since_2023, once=True).fits
    # occasions said to run since a date ("have exchanged letters since 2013") are open where
    # the claim's came later: it does not show they began then (issue 10, precision); a claim
    # from that date on bears it out
    later = compare_time("occasion", upgraded, since_2013)
    assert (later.fits, later.disjoint, later.rule) == (False, False, "since-later")
    assert compare_time("occasion", upgraded, since_2023).fits


def test_a_day_apart_in_another_places_time_is_open() -> None:
    claim, said = dated(D(2026, 2, 19)), day("20/2", D(2026, 2, 20))
    assert compare_time("occasion", claim, said).disjoint
    zoned = compare_time("occasion", claim, said, zoned=True)
    assert (zoned.fits, zoned.disjoint, zoned.rule) == (False, False, "day-apart")


def test_date_without_a_year() -> None:
    said = day("19 February", D(1900, 2, 19), year_known=False)
    assert compare_time("value", dated(D(2026, 2, 19)), said).fits
    assert compare_time("value", dated(D(2026, 2, 20)), said).disjoint
    spanning = dated(D(2025, 12, 1), D(2026, 3, 1))
    assert compare_time("value", spanning, said).rule == "no-year"


def test_undated_claim_or_timeless_predicate() -> None:
    said = day("2025", D(2025, 1, 1), D(2025, 12, 31), grain="year")
    assert compare_time("value", claim_view(), said).rule == "undated"
    assert compare_time("none", dated(D(2025, 3, 1)), said).rule == "undated"


def test_states_overlap_and_former_offices() -> None:
    said = day("2025", D(2025, 1, 1), D(2025, 12, 31), grain="year")
    held = dated(D(2010, 5, 29), D(2026, 2, 20))
    assert compare_time("state", held, said).fits
    # held "before" a date: at some time then, which bears out no particular year
    former = dated(dt.date.min, D(2026, 2, 20))
    assert compare_time("state", former, said).rule == "time-neither"
    since = day("since 2024", D(2024, 1, 1), dt.date.max, grain="range")
    # "since 2024": held throughout, which a claim held from 2010 bears out, one from 2025 not
    assert compare_time("state", held, since).fits
    assert not compare_time("state", dated(D(2025, 1, 1), D(2026, 1, 1)), since).fits


def test_other_time_of_a_state() -> None:
    held = dated(D(2024, 1, 1), D(2026, 2, 20))
    assert other_time(held, [day("2013", D(2013, 1, 1), D(2013, 12, 31), grain="year")])
    assert not other_time(held, [day("2025", D(2025, 1, 1), D(2025, 12, 31), grain="year")])
    assert not other_time(held, [])


# --- another occasion of a repeatable event -----------------------------------------------------

SUMMIT = (D(2026, 2, 18), D(2026, 2, 20))


def no_window(event: str) -> tuple[dt.date, dt.date] | None:
    return None


def test_named_occasion_is_the_same() -> None:
    meeting = dated(D(2026, 2, 19), qualifiers=(("event", "summit"),))
    assert same_occasion(meeting, day("21/2/2026", D(2026, 2, 21)), True, no_window)


def test_a_date_within_the_events_days_is_the_same_occasion() -> None:
    meeting = dated(D(2026, 2, 19), qualifiers=(("event", "summit"),))
    assert same_occasion(meeting, day("20/2/2026", D(2026, 2, 20)), False, lambda e: SUMMIT)
    assert not same_occasion(meeting, day("21/2/2026", D(2026, 2, 21)), False, lambda e: SUMMIT)
    # no days known for the event, or no event: another date may be another meeting
    assert not same_occasion(meeting, day("20/2/2026", D(2026, 2, 20)), False, no_window)
    assert not same_occasion(dated(D(2026, 2, 19)), None, False, lambda e: SUMMIT)


def test_overlapping_stays_are_one_stay() -> None:
    trip = dated(*SUMMIT)
    said = day("Feb 17-19", D(2026, 2, 17), D(2026, 2, 19), grain="range", day_range=True)
    assert same_occasion(trip, said, False, no_window)
    later = day("Mar 1-3", D(2026, 3, 1), D(2026, 3, 3), grain="range", day_range=True)
    assert not same_occasion(trip, later, False, no_window)


# --- the order of a directed relation -----------------------------------------------------------


def test_directed_relation_order() -> None:
    invited = claim_view(subject="trump", qualifiers=(("counterparty", "lam"),))
    assert in_order(invited, {"trump": 0, "lam": 20}, passive=False)
    assert not in_order(invited, {"trump": 20, "lam": 0}, passive=False)
    assert in_order(invited, {"trump": 20, "lam": 0}, passive=True)  # "Lam was invited by Trump"
    assert in_order(invited, {"trump": 0}, passive=False)  # the other party unnamed


# --- polarity, mood ------------------------------------------------------------------------------

AFFIRMED = claim_view("c1")
DENIED = claim_view("c2", polarity="denied")


def test_borne_out() -> None:
    decided = decide_claim(AFFIRMED, Stated())
    assert (decided.outcome, decided.grounds.rule, decided.denial) == (
        "supports",
        "borne-out",
        False,
    )


def test_negated_statement_of_an_affirmed_claim() -> None:
    decided = decide_claim(AFFIRMED, Stated(negated=True, cue="did not"))
    assert (decided.outcome, decided.grounds.rule, decided.denial) == (
        "contradicts",
        "negated",
        True,
    )
    assert decided.grounds.text == "did not"


def test_affirmed_statement_of_a_denied_claim() -> None:
    decided = decide_claim(DENIED, Stated())
    assert (decided.outcome, decided.grounds.rule, decided.denial) == (
        "contradicts",
        "denied",
        True,
    )
    # named in passing, not asserted: nothing to deny
    assert decide_claim(DENIED, Stated(asserted=False)).grounds.rule == "denied-unsaid"
    # both denied: borne out
    assert decide_claim(DENIED, Stated(negated=True)).outcome == "supports"


def test_denial_of_another_verb_is_open() -> None:
    decided = decide_claim(AFFIRMED, Stated(negated=True, denies_other_verb=True))
    assert (decided.outcome, decided.grounds.rule) == ("open", "denies-other-verb")


def test_a_conflict_contradicts_unless_denied() -> None:
    value = Grounds("value-disjoint", AFFIRMED, stated=Interval.exact(500), unit="USD")
    decided = decide_claim(AFFIRMED, Stated(figure=True), conflict=value)
    assert (decided.outcome, decided.why, decided.grounds) == ("contradicts", "value", value)
    # "did not give 500 million" of a claim of 400 million: open, not contradicted
    denied = decide_claim(AFFIRMED, Stated(negated=True, figure=True), conflict=value)
    assert (denied.outcome, denied.grounds.negated) == ("open", True)
    # "cut the scholarships to 100": the verb of change gives the new value
    cut = Stated(negated=True, changes=True, figure=True)
    assert decide_claim(AFFIRMED, cut, conflict=value).outcome == "contradicts"
    # a date outside the claim's is a conflict of time, which a verb of change does not give
    date = Grounds("time-outside", AFFIRMED, text="20 February")
    assert decide_claim(AFFIRMED, Stated(), conflict=date).why == "time"
    assert decide_claim(AFFIRMED, cut, conflict=date).outcome == "open"


def test_unsure_value_and_open_time() -> None:
    unsure = Grounds("value-neither", AFFIRMED)
    time = Grounds("time", AFFIRMED)
    assert decide_claim(AFFIRMED, Stated(), unsure=unsure, time=time).grounds == unsure
    decided = decide_claim(AFFIRMED, Stated(), time=time)
    assert (decided.outcome, decided.why) == ("open", "time")


@pytest.mark.parametrize(
    ("claimed", "said"), [("fact", "plan"), ("plan", "fact"), ("wish", "plan")]
)
def test_mood_mismatch_is_open(claimed: str, said: str) -> None:
    claim = claim_view(modality=claimed)
    value = Grounds("value-disjoint", claim)
    decided = decide_claim(claim, Stated(mood=said), conflict=value)
    assert (decided.outcome, decided.why, decided.grounds.moods) == (
        "open",
        "mood",
        (claimed, said),
    )


# --- speaker -------------------------------------------------------------------------------------


def said(claim_speaker: str, stance: str = "thanked", sole: bool = True):
    return claim_view(
        speaker=claim_speaker, stance=stance, sole_speaker=sole, qualifiers=(("addressee", "b"),)
    )


def reading(speaker: str, stance: str = "thanked") -> StanceReading:
    return StanceReading(speaker, stance, f"{speaker} {stance}", 0, 10)


@pytest.mark.parametrize(
    ("read", "claim", "rule"),
    [
        (reading("lam"), said("lam"), "same"),
        (reading("lam", "proposed"), said("lam"), "other-stance"),
        # the other party of the exchange, where the sources give the words to one side only
        (reading("b"), said("lam"), "other-party"),
        (reading("b"), said("lam", sole=False), "other"),
        (reading("c"), said("lam"), "other"),  # someone outside the exchange
        # said on the occasion of an act ("b wrote back, thanking ..."): maybe another exchange
        (replace(reading("b"), on_act=True), said("lam"), "other"),
        (None, said("lam"), "unsaid"),
    ],
)
def test_speaker(read: StanceReading | None, claim: object, rule: str) -> None:
    assert speaker_rule(read, claim) == rule  # type: ignore[arg-type]


def test_the_speakers_own_side_is_no_other_party() -> None:
    """'The US side said' of what a US senator said: the speaker's side may have said it."""
    assert speaker_rule(reading("b"), said("lam"), {"b"}) == "other"  # type: ignore[arg-type]


def test_unread_details_are_what_the_claims_do_not_say() -> None:
    """A word nothing read is accounted for by the claims' words or one of its glosses;
    adjacent words left over make one run ("closed-door")."""
    text = "Hungary grants scholarships to students over a closed-door lunch"
    loose = [
        (w.lower(), text.index(w), text.index(w) + len(w))
        for w in ("grants", "students", "closed", "door", "lunch")
    ]
    said = {"cap", "sinh", "vien", *said_phrases(["sinh", "vien"])}
    glossary = {("grants",): (("cap",),), ("students",): (("sinh", "vien"),)}

    def glosses(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return glossary.get(keys, ())

    def gap(a: int, b: int) -> bool:
        return not text[a:b].strip(" -")

    runs = unread_details(loose, said, glosses, gap)
    assert [text[s:e] for s, e in runs] == ["closed-door lunch"]
    # a gloss the claims say only in part accounts for nothing
    assert [text[s:e] for s, e in unread_details(loose[1:2], {"sinh"}, glosses, gap)] == [
        "students"
    ]
    assert unread_details([], said, glosses, gap) == []


def test_a_glossed_phrase_is_found_among_all_the_words() -> None:
    """Without diacritics the "danh" of "danh dau" (đánh dấu) folds like a filler ("dành") and
    is no loose word; the phrase is still found among all the statement's words, and accounts
    for its loose "dau" where the claims say what it glosses ("kỷ niệm"), not elsewhere."""
    text = "hai nuoc danh dau 30 nam"
    words = [(w, text.index(w), text.index(w) + len(w)) for w in ("hai", "nuoc", "danh", "dau")]
    loose = words[3:]
    glossary = {("danh", "dau"): (("ky", "niem"),)}

    def glosses(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return glossary.get(keys, ())

    def gap(a: int, b: int) -> bool:
        return not text[a:b].strip()

    said = {"ky", "niem", *said_phrases(["ky", "niem"])}
    assert unread_details(loose, said, glosses, gap, words=words) == []
    assert [text[s:e] for s, e in unread_details(loose, said, glosses, gap)] == ["dau"]
    assert [text[s:e] for s, e in unread_details(loose, {"ky"}, glosses, gap, words=words)] == [
        "dau"
    ]


def test_a_name_nothing_read_is_accounted_for_only_whole() -> None:
    """'Bo Cong' (of "Bộ Công an") is not accounted for by a source that says "Bộ Ngoại giao"
    and "công tác": the words of an unknown name's run must stand together in the claims'
    words; said whole, they are accounted for."""
    text = "Chuyen di My do Bo Cong an thong bao"
    loose = [(w.lower(), text.index(w), text.index(w) + len(w)) for w in ("Bo", "Cong")]
    run = [(loose[0][1], loose[1][2])]
    said = {"bo", "ngoai", "giao", "cong", "tac", *said_phrases(["bo", "ngoai", "giao"])}

    def glosses(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return ()

    def gap(a: int, b: int) -> bool:
        return not text[a:b].strip()

    # word by word the source says both; as a name it says neither
    assert unread_details(loose, said, glosses, gap) == []
    assert [text[s:e] for s, e in unread_details(loose, said, glosses, gap, run)] == ["Bo Cong"]
    whole = said | said_phrases(["bo", "cong", "an"])
    assert unread_details(loose, whole, glosses, gap, run) == []


def test_a_count_below_what_one_occasion_names_is_refuted() -> None:
    """'met 8 leaders' of nine meetings that morning; never a count above what the claims name
    (absence never contradicts), an open one ('at least 3'), or one over several occasions."""
    assert fewer_than_named(8, 9, True)
    assert not fewer_than_named(10, 9, True)
    assert not fewer_than_named(None, 9, True)
    assert not fewer_than_named(8, 9, False)


def test_a_glossed_phrase_accounts_only_for_its_words_together() -> None:
    """'vun đắp' is said by a source saying 'xây dựng'; 'đắp' alone, or the two apart, is not
    the phrase, and a phrase's gloss said in part accounts for nothing."""
    glossary = {("vun", "dap"): (("xay", "dung"),)}

    def glosses(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return glossary.get(keys, ())

    def details(text: str, said: set[str]) -> list[str]:
        words = [w for w in text.split() if w in ("vun", "dap", "kin")]
        loose = [(w, text.index(w), text.index(w) + len(w)) for w in words]

        def gap(a: int, b: int) -> bool:
            return not text[a:b].strip(" -")

        return [text[s:e] for s, e in unread_details(loose, said, glosses, gap)]

    said = {"xay", "dung", *said_phrases(["xay", "dung"])}
    assert details("quan he vun dap", said) == []
    assert details("quan he vun dap kin", said) == ["kin"]
    assert details("quan he vun x dap", said) == ["vun", "dap"]
    assert details("quan he vun dap", {"xay"}) == ["vun dap"]


def test_a_gloss_of_several_words_is_said_by_one_sentence_saying_them_together() -> None:
    """'thường xuyên' glossed by 'thường kỳ' is not said by 'thường' in one source sentence and
    the 'Kỳ' of 'Hoa Kỳ' in another: each sentence gives its words and its phrases."""
    glossary = {("thuong", "xuyen"): (("thuong", "ky"),)}

    def glosses(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return glossary.get(keys, ())

    text = "Leahy thuong xuyen dien dam"
    loose = [(w, text.index(w), text.index(w) + len(w)) for w in ("thuong", "xuyen")]

    def gap(a: int, b: int) -> bool:
        return not text[a:b].strip(" -")

    apart = [["doi", "thoai", "thuong"], ["bo", "truong", "hoa", "ky"]]
    said = {w for words in apart for w in words} | set().union(*map(said_phrases, apart))
    assert [text[s:e] for s, e in unread_details(loose, said, glosses, gap)] == ["xuyen"]
    together = ["co", "che", "doi", "thoai", "thuong", "ky"]
    said = {*together, *said_phrases(together)}
    assert unread_details(loose, said, glosses, gap) == []
    assert said_phrases(["a", "b", "c"]) == {"a b", "b c", "a b c"}
