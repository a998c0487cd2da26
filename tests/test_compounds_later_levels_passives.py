"""Four confident wrongs of press phrasing (issue 10, session 16), each a mechanism with a test at
its layer and verdicts in English, Vietnamese and Vietnamese without diacritics. The statements
are written for these tests, the way wire copy, headlines and social posts put things.

1. A hyphen between a number and its scale or unit words is one compound modifier ("a
   400-million-dollar package", "gói 400-triệu-USD"), not a range; a range joins two numbers
   ("400-500 million"). A scale word needs a number before it: "nhé mn" (mọi người) is no million.
   The lexicon corpora (lexicon/<lang>/examples.yaml) test the reading; here, the verdicts.
2. "after / following / since <event>", "sau <sự kiện>" put the statement at a time after the
   event: a claim of a state (a "not yet") dated before that window cannot refute it, for the
   state may have changed since. "during the trip", "at the meeting" stay on the claim's time.
   The cue also orders an act after the event: a claim of the act dated on or before the event's
   last day (or an event the claims do not date) does not bear it out, and an office a claim
   gives on its day does not refute the later time (review of session 16, B1 and B2).
3. A named level of a relation ("Đối tác toàn diện") is a value, read on its own even where a
   view's key phrase ends in "quan hệ": a different level for the same pair is contradicted,
   never supported (lexicon/world/levels.yaml).
4. A letter read passively ("a letter was sent to Y by X", "Y nhận được thư của X"): the one
   after the passive word or the noun's "from"/"của" sent it, so the claim of a letter the other
   way round does not bear it out.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.findings import Finding
from factdb.check.later import Later, order_act
from factdb.check.rules import (
    CONTRADICTED,
    NEI,
    SUPPORTED,
    Grounds,
    done_after,
    in_order,
    later_than,
)
from factdb.store.claims import ClaimView
from tests.builders import claim_view


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


COMPOUNDS = [
    # the package the sources give, said as a compound modifier
    ("Hungary approves a 400-million-dollar ODA package for Vietnam", SUPPORTED),
    ("Budapest signs off on a $400-million aid package for Vietnam", SUPPORTED),
    ("Hungary phê duyệt gói ODA 400-triệu-USD cho Việt Nam", SUPPORTED),
    ("Hungary phe duyet goi ODA 400-trieu-USD cho Viet Nam", SUPPORTED),
    # a scale word with no number before it is no figure: "nhé mn" is "everyone"
    ("Hungary cấp học bổng cho sinh viên Việt Nam nhé mn", SUPPORTED),
    ("hungary cap hoc bong cho sv viet nam nhe mn", SUPPORTED),
    ("Hungary grants Vietnamese students scholarships worth millions", NEI),
]

LATER = [
    # a time after an event the "not yet" of 18 February is dated before, or within
    ("After the Board of Peace meeting, Vietnam and the US sealed the reciprocal trade deal", NEI),
    (
        "Since the Washington summit, Vietnam and the US have concluded the reciprocal trade"
        " agreement",
        NEI,
    ),
    (
        "Vietnam and the US concluded the reciprocal trade agreement after the Board of Peace"
        " meeting",
        NEI,
    ),
    ("Sau chuyến đi, Việt Nam và Mỹ đã chốt xong Hiệp định thương mại đối ứng", NEI),
    (
        "Sau cuộc họp Hội đồng Hòa bình, Việt Nam và Mỹ đã chốt xong Hiệp định thương mại đối ứng",
        NEI,
    ),
    ("Sau chuyen di, Viet Nam va My da chot xong Hiep dinh thuong mai doi ung", NEI),
    # the sources' last word on a state still bears out a later time, as it does the present
    (
        "After the Board of Peace meeting, Vietnam and the US are comprehensive strategic partners",
        SUPPORTED,
    ),
    (
        "Sau cuộc họp Hội đồng Hòa bình, Việt Nam và Mỹ vẫn là Đối tác chiến lược toàn diện",
        SUPPORTED,
    ),
    (
        "Sau cuoc hop Hoi dong Hoa binh, Viet Nam va My van la Doi tac chien luoc toan dien",
        SUPPORTED,
    ),
    # traps: during the trip, at the meeting, or undated, the claim's "not yet" still refutes
    (
        "At the Board of Peace meeting, Vietnam and the US concluded the reciprocal trade"
        " agreement",
        CONTRADICTED,
    ),
    ("Vietnam and the US sealed the reciprocal trade deal during the meeting", CONTRADICTED),
    ("Trong chuyến đi, Việt Nam và Mỹ đã chốt xong Hiệp định thương mại đối ứng", CONTRADICTED),
    ("Tại cuộc gặp, Việt Nam và Mỹ đã chốt xong Hiệp định thương mại đối ứng", CONTRADICTED),
    ("Tai cuoc gap, Viet Nam va My da chot xong Hiep dinh thuong mai doi ung", CONTRADICTED),
    ("Hanoi and Washington sealed the reciprocal trade deal", CONTRADICTED),
]

ORDERS = [
    # a one-off act (the upgrade to a level, 9/2023) dated before the event began (review B1)
    (
        "After the Board of Peace meeting, Vietnam and the US upgraded their ties to a"
        " Comprehensive Strategic Partnership",
        CONTRADICTED,
    ),
    (
        "Sau cuộc họp Hội đồng Hòa bình, Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác chiến lược"
        " toàn diện",
        CONTRADICTED,
    ),
    (
        "Sau cuoc hop Hoi dong Hoa binh, Viet Nam va My nang cap quan he len Doi tac chien luoc"
        " toan dien",
        CONTRADICTED,
    ),
    # acts the claims do not date wholly before the event (a membership of 16/1-18/2, an ODA
    # package approved "before 20/2"): not borne out, and not refuted
    ("After the Board of Peace meeting, Vietnam joined the Board of Peace", NEI),
    ("Sau cuộc họp khai mạc Hội đồng Hòa bình, Việt Nam gia nhập Hội đồng Hòa bình", NEI),
    ("Sau cuoc hop khai mac Hoi dong Hoa binh, Viet Nam gia nhap Hoi dong Hoa binh", NEI),
    ("After the Board of Peace meeting, Hungary approved a 400 million dollar ODA package", NEI),
    # an anchor the claims do not date orders nothing: the act is not borne out through it
    ("After the Leahy call, Lam spoke by phone with Senator Daines", NEI),
    ("Following his call with Leahy, Lam met Orbán", NEI),
    ("Sau cuộc điện đàm với ông Leahy, Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán", NEI),
    ("Sau cuoc dien dam voi ong Leahy, Tong Bi thu To Lam gap Thu tuong Orban", NEI),
    # traps: "during", "at" keep the claim's time
    ("During the trip, Lam met Orbán", SUPPORTED),
    ("Trong chuyến công tác tại Mỹ, Tô Lâm gặp Thủ tướng Orbán", SUPPORTED),
    ("Trong chuyen cong tac tai My, To Lam gap Thu tuong Orban", SUPPORTED),
    # "before" orders the act before the call (check.earlier): a meeting on a day of Lam's calls
    # is not shown before it, nor is it shown after
    ("Before his call with Leahy, Lam met Orbán", NEI),
]

OFFICES_LATER = [
    # an office a claim gives on the event's day does not fix the later time (review B2)
    ("After meeting Lam, Viktor Orbán became president of Hungary", NEI),
    ("Sau cuộc họp Hội đồng Hòa bình, ông Orbán là Tổng thống Hungary", NEI),
    ("Sau cuoc hop Hoi dong Hoa binh, ong Orban la Tong thong Hungary", NEI),
    ("Since the Board of Peace meeting, Leahy has been a sitting senator", NEI),
    ("Kể từ cuộc họp Hội đồng Hòa bình, ông Leahy là thượng nghị sĩ đương nhiệm", NEI),
    ("Ke tu cuoc hop Hoi dong Hoa binh, ong Leahy la thuong nghi si duong nhiem", NEI),
    # traps: with no later cue, or a title inside the anchor, the office still refutes
    ("Orbán became president of Hungary", CONTRADICTED),
    ("Ông Orbán là Tổng thống Hungary", CONTRADICTED),
    ("Ong Orban la Tong thong Hungary", CONTRADICTED),
    ("After meeting Hungarian President Orbán, Lam spoke with Leahy", CONTRADICTED),
]

LEVELS = [
    # Indonesia is a comprehensive strategic partner: another level said inside the view
    (
        "Tổng thống Prabowo khẳng định Indonesia coi trọng quan hệ Đối tác toàn diện với Việt Nam",
        CONTRADICTED,
    ),
    (
        "Tong thong Prabowo khang dinh Indonesia coi trong quan he Doi tac toan dien voi Viet Nam",
        CONTRADICTED,
    ),
    ("Prabowo said Jakarta values its comprehensive partnership with Hanoi", CONTRADICTED),
    # Hungary is a comprehensive partner, not a comprehensive strategic one
    (
        "Thủ tướng Orbán khẳng định coi trọng quan hệ Đối tác chiến lược toàn diện Việt Nam –"
        " Hungary",
        CONTRADICTED,
    ),
]

PASSIVES = [
    # Trump wrote to Lâm on 16 January; Lâm's reply is dated only to a month after
    ("A letter was sent to To Lam by Trump on January 16, 2026", SUPPORTED),
    ("A letter was sent to Trump by To Lam on January 16, 2026", NEI),
    ("Tô Lâm nhận được thư của Tổng thống Trump ngày 16/1/2026", SUPPORTED),
    ("Tổng thống Trump nhận được thư của Tô Lâm ngày 16/1/2026", NEI),
    ("To Lam nhan duoc thu cua Tong thong Trump ngay 16/1/2026", SUPPORTED),
    ("Tong thong Trump nhan duoc thu cua To Lam ngay 16/1/2026", NEI),
    ("Thư của Tô Lâm được gửi tới Tổng thống Trump ngày 16/1/2026", NEI),
    ("Trump received a letter from To Lam on January 16, 2026", NEI),
    ("Tô Lâm đã nhận được thư từ Tổng thống Trump ngày 16/1/2026", SUPPORTED),
    # Trump invited Lâm to the Board of Peace meeting, and Lâm attended it
    (
        "Tô Lâm được Tổng thống Trump mời tham dự phiên họp đầu tiên của Hội đồng Hòa bình",
        SUPPORTED,
    ),
    ("Tổng thống Trump được Tô Lâm mời tham dự phiên họp đầu tiên của Hội đồng Hòa bình", NEI),
    ("Tong thong Trump duoc To Lam moi tham du phien hop dau tien cua Hoi dong Hoa binh", NEI),
    (
        "To Lam was invited by Trump to attend the inaugural meeting of the Board of Peace",
        SUPPORTED,
    ),
    ("Trump was invited by To Lam to attend the inaugural meeting of the Board of Peace", NEI),
    # Lâm's invitation to Trump was to visit Vietnam: joining the Board is Lâm's, not Trump's
    ("Trump was invited by To Lam to join the Board of Peace", NEI),
    ("Tổng thống Trump được Tô Lâm mời tham gia Hội đồng Hòa bình", NEI),
    ("Tong thong Trump duoc To Lam moi tham gia Hoi dong Hoa binh", NEI),
    ("Tô Lâm được Tổng thống Trump mời tham gia Hội đồng Hòa bình", SUPPORTED),
]


STAYS = [
    # the sources put Hegseth's visit somewhere between 1 January and 3 November 2025: a window,
    # not the stay's first and last days, so days inside it are open
    ("Hegseth visited Vietnam from 1 to 3 January 2025.", NEI),
    ("Bộ trưởng Hegseth thăm Việt Nam từ ngày 1 đến 3/1/2025", NEI),
    ("Bo truong Hegseth tham Viet Nam tu ngay 1 den 3/1/2025", NEI),
    # trap: a stay's own days (18-20 February) still refute other first and last days
    ("Lam's Feb 17-21 trip to the US", CONTRADICTED),
]


@pytest.mark.parametrize(
    ("statement", "verdict"), COMPOUNDS + LATER + ORDERS + OFFICES_LATER + LEVELS + PASSIVES + STAYS
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


# --- the rules at their own layer ---------------------------------------------------------------


def test_a_state_dated_before_a_later_window_does_not_refute_it() -> None:
    day = dt.date(2026, 2, 18)
    not_yet = claim_view(
        predicate="party_to_agreement", polarity="denied", time_start=day, time_end=day
    )
    assert later_than(not_yet, dt.date(2026, 2, 20))  # after a summit that ended on the 20th
    assert later_than(not_yet, dt.date(2026, 2, 18))  # ... or the same day
    assert later_than(not_yet, None)  # after an event the claims do not date
    assert not later_than(not_yet, dt.date(2026, 2, 17))  # after one the day before


def test_a_later_cue_bears_out_only_an_act_dated_after_the_event() -> None:
    upgrade = claim_view(time_start=dt.date(2023, 9, 1), time_end=dt.date(2023, 9, 30))
    assert done_after(upgrade, dt.date(1975, 4, 30))  # after an event that ended before it
    assert not done_after(upgrade, dt.date(2026, 2, 20))  # after one that ended later
    assert not done_after(upgrade, dt.date(2023, 9, 1))  # on its own first day: not after
    assert not done_after(upgrade, None)  # after an event the claims do not date
    undated = claim_view(time_start=dt.date.min, time_end=dt.date(2026, 2, 19))
    assert not done_after(undated, dt.date(2020, 1, 1))  # "before 20 February": any time


def test_a_later_cue_refutes_only_a_one_off_act_done_before_the_event(checker: Checker) -> None:
    upgrade = claim_view(
        predicate="partnership_upgraded",
        time_start=dt.date(2023, 9, 1),
        time_end=dt.date(2023, 9, 30),
    )
    met = claim_view(
        predicate="met", time_start=dt.date(2023, 9, 10), time_end=dt.date(2023, 9, 10)
    )

    def outcome(pid: str, claim: ClaimView, began: dt.date | None, ended: dt.date | None) -> str:
        later = Later("After the summit", (6, 16), ended, began)
        found = Finding(claim, "supports", Grounds("borne-out", claim))
        world = checker.judge.world
        return order_act(world, checker.vocab.predicates[pid], found, later).outcome

    war = dt.date(1975, 4, 30)
    assert outcome("partnership_upgraded", upgrade, war, war) == "supports"  # done after it
    summit = (dt.date(2026, 2, 18), dt.date(2026, 2, 20))
    assert outcome("partnership_upgraded", upgrade, *summit) == "contradicts"  # once, before
    assert outcome("partnership_upgraded", upgrade, None, None) == "open"  # an undated event
    during = (dt.date(2023, 9, 10), dt.date(2023, 9, 11))
    assert outcome("partnership_upgraded", upgrade, *during) == "open"  # not wholly before
    assert outcome("met", met, *summit) == "open"  # a meeting may be held again


@pytest.mark.parametrize(
    ("statement", "cue"),
    [
        ("After the trip, Hanoi and Washington sealed the deal", "After"),
        ("Hanoi and Washington sealed the deal following the visit", "following"),
        ("Sau chuyến đi, Việt – Mỹ đã chốt xong hiệp định", "Sau"),
        ("Sau khi gap Trump, To Lam ve nuoc", "Sau khi"),
        # a date after the word is an open-ended date; a relative date counts days
        ("After February 2026, Hanoi and Washington sealed the deal", None),
        ("Sau ngày 20/2/2026, Việt – Mỹ đã chốt xong hiệp định", None),
        ("The day after his calls with the senators, Lam met Orbán", None),
        ("Hôm sau cuộc điện đàm, Tô Lâm gặp Thủ tướng Orbán", None),
        # a span measured from the event is no time after it
        ("2025 marked 50 years since the end of the Vietnam War", None),
        ("Đã 30 năm kể từ khi Việt Nam và Mỹ bình thường hóa quan hệ", None),
        ("Da 30 nam ke tu khi Viet Nam va My binh thuong hoa quan he", None),
        ("Since the war ended, Hanoi and Washington have built ties", "Since"),
    ],
)
def test_a_word_sets_the_statement_after_an_event(
    checker: Checker, statement: str, cue: str | None
) -> None:
    later = checker.parse(statement).later
    assert (later.cue.text if later is not None else None) == cue


@pytest.mark.parametrize(
    ("statement", "anchor"),
    [
        # a full stop after an abbreviation ends no clause; a sentence's end does (with it), as
        # a comma does
        ("After the Feb. 19 meeting, Lam and Orbán upgraded ties", "the Feb. 19 meeting"),
        ("Lam met Orbán after the summit. The two sides signed five deals", "the summit."),
        ("Sau cuộc gặp với TT. Trump, hai bên nâng cấp quan hệ", "cuộc gặp với TT. Trump"),
        ("Sau cuoc gap voi TT. Trump, hai ben nang cap quan he", "cuoc gap voi TT. Trump"),
        ("Tô Lâm gặp Orbán sau hội nghị. Hai bên ký 5 văn kiện", "hội nghị."),
        ("To Lam gap Orban sau hoi nghi. Hai ben ky 5 van kien", "hoi nghi."),
    ],
)
def test_the_event_a_statement_is_set_after_ends_with_its_clause(
    checker: Checker, statement: str, anchor: str
) -> None:
    later = checker.parse(statement).later
    assert later is not None
    start, end = later.anchor
    assert statement[start:end].strip() == anchor


@pytest.mark.parametrize(
    ("statement", "view", "level"),
    [
        ("Indonesia coi trọng quan hệ Đối tác toàn diện", "coi trọng", "quan hệ Đối tác toàn diện"),
        ("Indonesia coi trong quan he Doi tac toan dien", "coi trong", "quan he Doi tac toan dien"),
        (
            "Hungary coi trọng quan hệ Đối tác chiến lược toàn diện",
            "coi trọng",
            "quan hệ Đối tác chiến lược toàn diện",
        ),
    ],
)
def test_a_level_is_read_whole_beside_the_view_it_overlaps(
    checker: Checker, statement: str, view: str, level: str
) -> None:
    names = {m.text: m.ids for m in checker.parse(statement).entities}
    assert names[view] == ("values-relations",)
    assert len(names[level]) == 1 and names[level][0].endswith("partnership")


def test_a_passive_names_the_doer_after_the_one_it_is_done_to() -> None:
    letter = claim_view(
        subject="donald-trump", predicate="sent_letter", qualifiers=(("counterparty", "to-lam"),)
    )
    # "Trump sent a letter to Lam": the doer first
    assert in_order(letter, {"donald-trump": 0, "to-lam": 20}, passive=False)
    assert not in_order(letter, {"to-lam": 0, "donald-trump": 20}, passive=False)
    # "A letter was sent to Lam by Trump": the doer named after the passive word
    assert in_order(letter, {"to-lam": 0, "donald-trump": 20}, passive=True, doer="donald-trump")
    assert not in_order(letter, {"donald-trump": 0, "to-lam": 20}, passive=True, doer="to-lam")
    # "Lời mời được Trump gửi tới Tô Lâm": the doer first, and still the doer
    assert in_order(letter, {"donald-trump": 0, "to-lam": 20}, passive=True, doer="donald-trump")
    # a passive naming no doer ("Tô Lâm được mời ...") leaves the order to the bound parties
    assert in_order(letter, {"to-lam": 0, "donald-trump": 20}, passive=True)
