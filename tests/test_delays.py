"""Verbs that put an act off ("postponed", "hoãn", "gác lại": polarity.yaml `delayers`).

A delay says the act did not take place when it was due: an act the claims show done on the day
the statement gives refutes it; undated, nothing does (put off once, it may have been done
before or after: session 25), but for a delay that is what an act before it is about ("agreed to
shelve the plan"), which the act agreed refutes. A delay denied ("did not postpone", "không
hoãn", "chưa gác lại") undoes the denial as a denied denying verb does
(factdb.check.moods.undone_denials), so nothing refutes the act; that it kept its time is a
detail no claim gives, so nothing bears it out either. A delay of an act the claims show not
done ("postponed the trade deal", or a denial of its time: "did not sign it on schedule",
`missed_times`) is not borne out by them: they give no time it was due, nor who moved it. An act
put off to a date ("pushed back to March") is set at another time, and a delay that names what
was put off ("the delayed resolution") says nothing of when: neither denies. Each class in
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests (wire copy, headlines, speeches, posts), not taken from the sources or the corpora."""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.check.scope import delay
from tests.conftest import lexicon_examples

VERDICTS = [
    # a delay of what the claims show done, undated, refutes nothing: put off once, it may
    # have been done before or after (session 25's merge, reviewer C: "postponed a call with
    # Trump", "the Senate delayed the resolution")
    (
        "BUDAPEST (wire) - Hungary has put off approving its $400 million ODA for Hanoi.",
        NEI,
    ),
    ("US Senate shelves resolution marking 30 years of ties with Vietnam", NEI),
    (
        "Hungary postponed the 200 scholarships it grants Vietnamese students each year.",
        NEI,
    ),
    ("Hungary tạm hoãn cấp học bổng cho sinh viên Việt Nam.", NEI),
    ("Budapest gác lại khoản ODA 400 triệu USD dành cho Hà Nội", NEI),
    # ... the "Nam" of "Việt Nam" before it names nothing put off ("năm" folds so too)
    ("Việt Nam trì hoãn gia nhập Hội đồng Hòa bình của ông Trump.", NEI),
    ("Hungary tri hoan phe duyet khoan ODA 400 trieu USD cho Viet Nam", NEI),
    ("Thuong vien My gac lai nghi quyet ky niem 30 nam quan he ngoai giao", NEI),
    # ... a delay opening an antonym's phrase too ("hoãn chuyến thăm" of `visited`), as the
    # English says it
    ("Tô Lâm hoãn chuyến thăm Mỹ", NEI),
    ("Tong Bi thu hoan chuyen tham My", NEI),
    ("To Lam postponed his visit to the United States.", NEI),
    # a delay right after the act it is the content of denies that act on what is put off
    ("Leaders agreed to shelve the Gaza peace plan, the ministry said.", CONTRADICTED),
    ("Lãnh đạo các nước nhất trí tạm gác Kế hoạch Hòa bình Gaza.", CONTRADICTED),
    ("Cac lanh dao nhat tri gac lai Ke hoach Hoa binh cho Gaza", CONTRADICTED),
    ("Leaders agreed not to delay the Gaza peace plan.", NEI),
    # a delay denied refutes nothing, and that the act kept its time no claim gives
    ("Orbán has not shelved his plan to visit Vietnam, his office said.", NEI),
    ("Hegseth did not postpone his trip to Hanoi.", NEI),
    ("Budapest never delayed the ODA package for Vietnam.", NEI),
    ("Thủ tướng Orbán chưa gác lại kế hoạch sang thăm Việt Nam.", NEI),
    ("Tổng Bí thư không hoãn chuyến công tác tới Washington.", NEI),
    ("Chuyến thăm của ông Hegseth không bị hoãn.", NEI),
    ("Thu tuong Pashinyan khong tri hoan du dinh tham Viet Nam", NEI),
    ("Thu tuong Orban chua gac lai ke hoach sang Viet Nam", NEI),
    # a delay that names what was put off ("the delayed", "long-delayed", "sau nhiều tuần trì
    # hoãn") says nothing of when the act took place: the act done bears it out no more
    ("Hungary's long-delayed $400 million ODA for Vietnam has been approved.", NEI),
    ("The postponed Senate resolution on 30 years of US-Vietnam ties was adopted.", NEI),
    ("Sau nhiều tuần trì hoãn, Thượng viện Mỹ thông qua nghị quyết kỷ niệm 30 năm quan hệ.", NEI),
    # without marks "hoan" alone is no denial; right after one, before a phrase, it is the
    # verb that denial falls on (denials.bare_delay_denied); before a word no phrase reads it may
    # be "hoàn" ("chua hoan thanh": not completed)
    ("TBT To Lam khong hoan chuyen cong du Campuchia", NEI),
    ("Ong Orban chua hoan ke hoach sang tham Viet Nam", NEI),
    ("Viet Nam va My chua hoan thanh hiep dinh thuong mai doi ung", SUPPORTED),
    # ... and, said alone, no source's "hoàn tất" says it (accounting.marked_denials)
    ("Budapest hoan 200 suat hoc bong moi nam cho sinh vien Viet Nam", NEI),
    ("Thuong vien My hoan nghi quyet ky niem 30 nam quan he ngoai giao", NEI),
    # a plan delayed: the claims give the plan, not whether it was put off
    ("Orbán postponed his visit to Vietnam.", NEI),
    ("Ông Orbán hoãn chuyến thăm Việt Nam.", NEI),
    # a delay of what the claims show not done: that it was not done bears out no schedule
    # moved or missed, nor who held it up; a plain denial of it stays borne out
    ("US, Vietnam shelve reciprocal trade deal", NEI),
    (
        "Washington and Hanoi put off concluding their reciprocal trade agreement, officials said.",
        NEI,
    ),
    ("Washington, Hanoi delay reciprocal trade pact signing", NEI),
    ("Mỹ và Việt Nam tạm gác hiệp định thương mại đối ứng.", NEI),
    ("Mỹ và Việt Nam hoãn việc ký kết hiệp định thương mại đối ứng", NEI),
    ("Ha Noi va Washington tri hoan hiep dinh thuong mai doi ung", NEI),
    ("My va Viet Nam tam gac hiep dinh thuong mai doi ung", NEI),
    # ... as does a denial of its time (polarity.yaml `missed_times`): it was due then
    ("Hanoi and Washington failed to finalise their reciprocal trade deal as scheduled.", NEI),
    ("Việt Nam và Mỹ chưa ký được hiệp định thương mại đối ứng như dự kiến.", NEI),
    ("Việt Nam và Hoa Kỳ chưa hoàn tất hiệp định thương mại đối ứng như kế hoạch.", NEI),
    ("Viet Nam va My chua ky duoc hiep dinh thuong mai doi ung nhu du kien", NEI),
    ("Viet Nam va Hoa Ky chua hoan tat hiep dinh thuong mai doi ung nhu ke hoach", NEI),
    ("Vietnam and the US have yet to conclude the reciprocal trade agreement.", SUPPORTED),
    ("Hanoi and Washington still have no reciprocal trade deal.", SUPPORTED),
    ("Việt Nam và Mỹ vẫn chưa ký kết hiệp định thương mại đối ứng.", SUPPORTED),
    ("Viet Nam va My van chua ky ket hiep dinh thuong mai doi ung", SUPPORTED),
    # an act put off to a date is set then, not denied
    ("Lam's Cambodia trip was pushed back to February, the ministry said.", NEI),
    ("Hegseth postponed his visit to Vietnam until November 2025.", NEI),
    ("Chuyến thăm Campuchia của Tổng Bí thư được hoãn sang tháng 2/2026.", NEI),
    # without marks "hoan" is "hoàn" (completed) or "hoan" nghênh (welcomed), "hoan lai" is
    # "hoàn lại" (refunded): no delay
    ("Hungary hoan tat thu tuc thong qua khoan ODA 400 trieu USD cho Viet Nam.", SUPPORTED),
    ("Tong Bi thu hoan nghenh chuyen tham cua Bo truong Hegseth.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_delay_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "denied"),
    [
        ("Hungary delayed the ODA for Vietnam.", True),
        ("Hungary did not delay the ODA for Vietnam.", False),
        ("Hungary hasn't put off the ODA for Vietnam.", False),
        ("Hungary hoãn khoản ODA cho Việt Nam.", True),
        ("Hungary không trì hoãn khoản ODA cho Việt Nam.", False),
        ("Hungary tri hoan khoan ODA cho Viet Nam", True),
        ("Hungary khong tri hoan khoan ODA cho Viet Nam", False),
        # no-diacritics "hoan lai" is "hoàn lại": a grant, no delay
        ("Khoan ODA la vien tro khong hoan lai", True),
    ],
)
def test_a_delay_denies_and_a_denied_delay_does_not(
    real_checker: Checker, statement: str, denied: bool
) -> None:
    parsed = real_checker.parse(statement)
    assert (parsed.negation is not None) == denied


def test_a_denied_delay_leaves_its_verb_for_the_claims(real_checker: Checker) -> None:
    parsed = real_checker.parse("Hegseth did not postpone his visit to Vietnam.")
    assert parsed.negation is None
    assert "postpone" in [parsed.text[s:e] for _, s, e in parsed.loose_words]


@pytest.mark.parametrize("example", lexicon_examples("polarity", "missed_time_examples"))
def test_missed_time_examples(real_checker: Checker, example: dict[str, Any]) -> None:
    parsed = real_checker.parse(example["text"])
    assert delay(parsed) == example["delay"]
