"""Who thanked whom for what (issue 10, session 20): the parties of a thanks.

A thanks the sources give one speaker for one event, on one occasion, fixes whom it went to: the
right one is borne out, another person in the thanked one's place is refuted (the thanks for
that went to someone else), as is the thanks turned round (the one thanked thanking). A thanks
for no event the sources fix, planned, or given to a body rather than a person stays open. A
stance verb right after a comma goes on with the speaker who opened the clause; praise turned
round of a body joined is refuted as its membership. Another thanked is refuted only where the
statement names the event of the deed thanked (the 30th-anniversary resolution), not a
resolution of any kind.
Written afresh in wire, headline and post wording, in English, Vietnamese and Vietnamese
without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the one thanked, and what for, in other words than the sources'
        (
            "Lam thanked Daines for helping push through the Senate's 30th-anniversary resolution.",
            SUPPORTED,
        ),
        ("Lam thanks Daines for getting the Senate to pass 30th-anniversary resolution", SUPPORTED),
        (
            "Tổng Bí thư Tô Lâm cảm ơn Thượng nghị sĩ Daines đã thúc đẩy nghị quyết kỷ niệm 30 năm"
            " quan hệ ngoại giao",
            SUPPORTED,
        ),
        (
            "TBT To Lam cam on TNS Daines da thuc day nghi quyet ky niem 30 nam quan he ngoai giao",
            SUPPORTED,
        ),
        # another person in the thanked one's place: the thanks for that resolution went to Daines
        (
            "Lam thanked Hagerty for helping push through the Senate's 30th-anniversary"
            " resolution.",
            CONTRADICTED,
        ),
        (
            "Lam thanks Hagerty for getting the Senate to pass 30th-anniversary resolution",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết kỷ niệm 30 năm quan"
            " hệ ngoại giao",
            CONTRADICTED,
        ),
        (
            "TBT cam on TNS Hagerty da thuc day nghi quyet ky niem 30 nam quan he ngoai giao",
            CONTRADICTED,
        ),
        # the thanks turned round
        (
            "Daines thanked Lam for helping push through the Senate's 30th-anniversary resolution.",
            CONTRADICTED,
        ),
        (
            "TNS Daines cảm ơn Tổng Bí thư đã thúc đẩy nghị quyết kỷ niệm 30 năm quan hệ"
            " ngoại giao",
            CONTRADICTED,
        ),
        # open: no event the sources tie the thanks to, a thanks planned, a body thanked, both
        # thanked, another act on the resolution
        ("Lam thanked Hagerty for his contributions to Vietnam-US relations.", NEI),
        ("Lam thanked Hagerty for his support.", NEI),
        (
            "Lam will thank Hagerty for helping push through the Senate's 30th-anniversary"
            " resolution.",
            NEI,
        ),
        ("Lam thanked the Senate for passing the 30th-anniversary resolution.", NEI),
        (
            "Lam thanked Daines and Hagerty for helping push through the Senate's"
            " 30th-anniversary resolution.",
            NEI,
        ),
        ("TBT cam on TNS Hagerty ve hop tac tim kiem quan nhan My mat tich", NEI),
        # a resolution the statement does not name as the 30th-anniversary one: another
        # resolution, or the same thanks on another senator's call (session 21 review)
        ("Tổng Bí thư cảm ơn ông Hagerty đã thúc đẩy Thượng viện thông qua nghị quyết.", NEI),
        ("Tong Bi thu cam on ong Hagerty da thuc day Thuong vien thong qua nghi quyet.", NEI),
        ("Tổng Bí thư cảm ơn ông Leahy thúc đẩy Thượng viện thông qua nghị quyết.", NEI),
        ("Lam thanked Hagerty for his efforts to get the Senate to pass the resolution", NEI),
        ("Lam thanked Hagerty for pushing the Senate resolution", NEI),
        (
            "TBT To Lam cam on TNS Hagerty vi no luc thuc day Thuong vien My thong qua nghi quyet",
            NEI,
        ),
        # ... while the one thanked for it is still borne out
        ("Lam thanked Daines for his efforts to get the Senate to pass the resolution", SUPPORTED),
        ("Tổng Bí thư cảm ơn ông Daines đã thúc đẩy Thượng viện thông qua nghị quyết.", SUPPORTED),
    ],
)
def test_who_was_thanked(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # praise turned round of a body joined: "joined" a body is its membership, never a
        # meeting attended that no claim refutes
        (
            "TNS Daines tỏ ra không hài lòng với việc Việt Nam tham gia Hội đồng Hòa bình",
            CONTRADICTED,
        ),
        ("TNS Daines khong hoan nghenh viec Viet Nam tham gia Hoi dong Hoa binh", CONTRADICTED),
        ("Sen. Daines voiced concern over Hanoi joining the Gaza Board of Peace", CONTRADICTED),
        # a meeting joined is attended; his view of that is nowhere
        (
            "TNS Daines không hoan nghênh việc Tổng Bí thư Tô Lâm tham dự cuộc họp đầu tiên của"
            " Hội đồng Hòa bình",
            NEI,
        ),
        ("Vietnam joined the Board of Peace.", SUPPORTED),
        ("Lam joined the Board of Peace meeting.", SUPPORTED),
    ],
)
def test_praise_turned_of_a_body_joined(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a stance verb right after a comma goes on with the speaker who opened the clause, not
        # with the last name before it (Hegseth, whose visit was welcomed)
        (
            "TBT Tô Lâm hoan nghênh chuyến thăm của Bộ trưởng Hegseth, khẳng định hợp tác quốc"
            " phòng là trụ cột quan trọng của quan hệ song phương",
            SUPPORTED,
        ),
        (
            "TBT To Lam hoan nghenh chuyen tham cua Bo truong Hegseth, khang dinh hop tac quoc"
            " phong la tru cot quan trong cua quan he song phuong",
            SUPPORTED,
        ),
        (
            "Lam hailed Hegseth's visit, saying defence cooperation is an important pillar of"
            " bilateral relations",
            SUPPORTED,
        ),
        # ... and each clause is judged as his: the opposite of his view is refuted, a view no
        # claim gives him left open
        (
            "Lam hailed Hegseth's visit, saying defence cooperation is a minor part of bilateral"
            " relations",
            CONTRADICTED,
        ),
        ("Lam hailed Hegseth's visit, saying the two armies would hold joint drills", NEI),
    ],
)
def test_a_stance_going_on_after_a_comma(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a third person after someone named in the same quotation is that one's ("his
        # efforts" of Daines), no unnamed other: the thanks is the speaker's own
        (
            "'I thank Senator Daines for his efforts to get the Senate to pass the"
            " 30th-anniversary resolution,' Lam told Daines.",
            SUPPORTED,
        ),
        (
            "“Tôi cảm ơn ông Daines vì nỗ lực của ông ấy thúc đẩy Thượng viện Mỹ thông qua nghị"
            " quyết”, Tổng Bí thư nói",
            SUPPORTED,
        ),
        (
            "“Toi cam on ong Daines vi no luc cua ong ay thuc day Thuong vien My thong qua nghi"
            " quyet”, Tong Bi thu noi",
            SUPPORTED,
        ),
        # ... and the thanks turned round in quoted words is refuted
        (
            "'I thank Lam for his contributions to normalising our relations,' Leahy said",
            CONTRADICTED,
        ),
        # a third person with no one named before it is still someone else
        (
            "'They thank Senator Daines for his efforts to get the Senate to pass the"
            " 30th-anniversary resolution,' Lam said.",
            NEI,
        ),
    ],
)
def test_a_third_person_in_quoted_thanks(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a fact the sources state, given with no feeling to the other party of a praise of it,
        # may be his own report of it: open, not refuted as the praiser's words
        ("Lam said Vietnam is a founding member of the Board of Peace", NEI),
        ("Tổng Bí thư Tô Lâm cho biết Việt Nam đã tham gia Hội đồng Hòa bình", NEI),
        ("Tong Bi thu To Lam cho biet Viet Nam da tham gia Hoi dong Hoa binh", NEI),
        # the praise itself, or the gladness, given to him is still the other party's words;
        # a felt view with no exchange named may have been said elsewhere (session 29,
        # reviewer B; assess.exchange_named): open
        ("Lam praised Vietnam joining the Board of Peace", NEI),
        (
            "Lam told Daines he was glad the US had become Vietnam's second-largest trading"
            " partner.",
            CONTRADICTED,
        ),
    ],
)
def test_a_fact_said_by_the_other_party(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # to welcome or hail a development is gladness shown at it: borne out by the gladness
        # the sources give (vui mừng), as by praise of it
        ("Daines welcomed the US becoming Vietnam's second-largest trading partner", SUPPORTED),
        (
            "TNS Daines hoan nghênh việc Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam",
            SUPPORTED,
        ),
        (
            "TNS Daines hoan nghenh viec My tro thanh doi tac thuong mai lon thu hai cua Viet Nam",
            SUPPORTED,
        ),
        ("Lam hailed Hegseth's visit to Vietnam", SUPPORTED),
        # someone outside the exchange
        ("Hagerty welcomed the US becoming Vietnam's second-largest trading partner", NEI),
    ],
)
def test_a_development_welcomed(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_another_one_thanked_names_who_was(checker: Checker) -> None:
    judgement = checker.check(
        "Lam thanked Hagerty for helping push through the Senate's 30th-anniversary resolution."
    )
    assert "Steve Daines" in judgement.explanation
    assert {c.speaker for c in judgement.evidence} == {"to-lam"}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # gladness at a development the sources state as fact, given to the other party of the
        # call with nothing that fixes that call: he may have been glad of it on another
        # occasion, or in another year
        ("Vietnam's Lam hails US rise to No. 2 trading partner", NEI),
        (
            "Tổng Bí thư Tô Lâm vui mừng trước việc Mỹ vươn lên thành đối tác thương mại lớn thứ"
            " hai của Việt Nam",
            NEI,
        ),
        ("TBT To Lam vui mung khi My thanh doi tac thuong mai lon thu hai cua Viet Nam", NEI),
        (
            "In 2025, General Secretary Lam welcomed the United States becoming Vietnam's"
            " second-biggest trading partner.",
            NEI,
        ),
        # ... refuted where the statement fixes the call: it names the one he spoke to, or asks
        # who was glad of it (a cleft takes the sources' gladness as known)
        (
            "Lam told Daines he welcomed the US becoming Vietnam's second-largest trading partner.",
            CONTRADICTED,
        ),
        (
            "It was Lam who welcomed the US becoming Vietnam's second-largest trading partner.",
            CONTRADICTED,
        ),
        (
            "Chính ông Tô Lâm là người hoan nghênh việc Mỹ trở thành đối tác thương mại lớn thứ"
            " hai của Việt Nam",
            CONTRADICTED,
        ),
        (
            "Chinh ong To Lam la nguoi hoan nghenh viec My tro thanh doi tac thuong mai lon thu"
            " hai cua Viet Nam",
            CONTRADICTED,
        ),
        # a view no claim states as fact, welcomed by the other party with no exchange named,
        # may have been said elsewhere: open since session 29 (reviewer B; the call named, it
        # is refuted: tests/test_fxviews.py); the speaker's own gladness is borne out
        (
            "Leahy welcomed the Trump administration's attention to ASEAN's central role",
            NEI,
        ),
        (
            "Ong Leahy hoan nghenh Chinh quyen Trump coi trong vai tro trung tam cua ASEAN",
            NEI,
        ),
        ("Sen. Daines welcomes US becoming Vietnam's second-largest trading partner", SUPPORTED),
    ],
)
def test_gladness_at_a_fact_given_to_the_other_party(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a thanks dated outside the claim's days is another occasion's: whom he thanked then
        # the sources do not say
        (
            "In 2024, Lam thanked Hagerty for helping push the 30th-anniversary resolution"
            " through the Senate.",
            NEI,
        ),
        (
            "Năm 2024, Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết kỷ niệm"
            " 30 năm quan hệ ngoại giao",
            NEI,
        ),
        (
            "Nam 2024, TBT cam on TNS Hagerty da thuc day nghi quyet ky niem 30 nam quan he"
            " ngoai giao",
            NEI,
        ),
        # ... and dated on the claim's day, it is refuted
        (
            "On Feb 18, 2026, Lam thanked Hagerty for helping push the 30th-anniversary resolution"
            " through the Senate.",
            CONTRADICTED,
        ),
        (
            "Ngày 18/2, Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết kỷ niệm 30"
            " năm quan hệ ngoại giao",
            CONTRADICTED,
        ),
    ],
)
def test_another_one_thanked_on_another_occasion(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict
