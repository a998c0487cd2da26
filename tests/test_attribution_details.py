"""Session 25, how and to whom a speaker said something is a detail of its own (issue 10).

Reviewer A's M4 and M5 (29 confident wrongs on main): "Orbán, in a Facebook post, said ...",
"Leahy, giọng xúc động, khẳng định ...", "Orbán told reporters that ...", "nói với báo chí
rằng ..." were supported by what Orbán told Tô Lâm at their meeting. The words set off by
commas between a speaker and his verb were read as part of the attribution
(StanceReading.spans), so nothing in them was left for the claims to bear out; and the words
for a group he told ("reporters", "state media", "báo chí") are the press's framing
elsewhere. Now the aside (StanceReading.aside) is no word of the attribution, and the framing
words that name how or to whom he said it (`attribution_details` in stances.yaml, whose
`attribution_examples` run here) are details there (stance.said_details). An aside the checker
reads (a title, a place the claims give) and a named listener keep their verdicts.

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.check.stance import said_details


@pytest.mark.parametrize("example", lexicon_examples("stances", "attribution_examples"))
def test_lexicon_examples(real_checker: Checker, example: dict[str, Any]) -> None:
    with real_checker.snapshot():
        assert real_checker.check(example["text"]).verdict == example["verdict"]


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a manner or medium set off between the speaker and his verb
        ("Orbán, in a radio interview, said he plans to visit Vietnam.", NEI),
        ("Daines, beaming, praised Vietnam's decision to join the Board of Peace.", NEI),
        ("Hagerty, in remarks to the press, said he hopes to return to Vietnam.", NEI),
        (
            "Thủ tướng Orbán, trong cuộc phỏng vấn với đài phát thanh, cho biết sẽ thăm Việt Nam.",
            NEI,
        ),
        ("Tổng thống Prabowo, trong thông cáo, bày tỏ mong muốn sớm thăm Việt Nam.", NEI),
        ("Thượng nghị sĩ Hagerty, mỉm cười, cho biết mong sớm trở lại Việt Nam.", NEI),
        (
            "Thu tuong Orban, trong cuoc phong van voi dai phat thanh, cho biet se tham Viet Nam",
            NEI,
        ),
        ("Ong Leahy, nghen ngao, khang dinh Quoc hoi My ung ho luong dang doi voi Viet Nam", NEI),
        # an aside the checker reads: a title, a place the claims give
        (
            "Orbán, Hungary's prime minister, said Hungary had approved 400 million USD in ODA "
            "for Vietnam.",
            SUPPORTED,
        ),
        (
            "Leahy, a former US senator, affirmed bipartisan congressional support for Vietnam.",
            SUPPORTED,
        ),
        (
            "Orban, in Washington, told To Lam Hungary had approved 400 million USD in ODA for "
            "Vietnam.",
            SUPPORTED,
        ),
        (
            "Ông Orbán, Thủ tướng Hungary, cho biết Hungary đã thông qua khoản ODA 400 triệu USD "
            "cho Việt Nam.",
            SUPPORTED,
        ),
        (
            "Ông Orbán, tại Washington, cho biết Hungary đã thông qua khoản ODA 400 triệu USD cho "
            "Việt Nam.",
            SUPPORTED,
        ),
        (
            "Ong Orban, Thu tuong Hungary, cho biet Hungary da thong qua khoan ODA 400 trieu USD "
            "cho Viet Nam",
            SUPPORTED,
        ),
        # a group told, where the claims have him tell someone named
        (
            "Orbán told journalists that Hungary will keep granting 200 scholarships a year to "
            "Vietnam.",
            NEI,
        ),
        (
            "Daines said to reporters that the United States is now Vietnam's second-largest "
            "trading partner.",
            NEI,
        ),
        (
            "Thủ tướng Orbán nói với phóng viên rằng Hungary duy trì 200 suất học bổng mỗi năm cho "
            "Việt Nam.",
            NEI,
        ),
        (
            "Thu tuong Orban noi voi bao chi rang Hungary da thong qua khoan ODA 400 trieu USD cho "
            "Viet Nam",
            NEI,
        ),
        # the one told named: borne out
        (
            "Orbán told To Lam that Hungary had approved 400 million USD in ODA for Vietnam.",
            SUPPORTED,
        ),
        (
            "Thủ tướng Orbán nói với Tổng Bí thư Tô Lâm rằng Hungary đã thông qua khoản ODA 400 "
            "triệu USD cho Việt Nam.",
            SUPPORTED,
        ),
        (
            "Thu tuong Orban noi voi Tong Bi thu To Lam rang Hungary da thong qua khoan ODA 400 "
            "trieu USD cho Viet Nam",
            SUPPORTED,
        ),
        # the press reporting it is framing still, no one told
        (
            "Hungarian state media said Hungary had approved 400 million USD of ODA for Vietnam.",
            SUPPORTED,
        ),
    ],
)
def test_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(statement).verdict == verdict


def test_the_aside_is_no_word_of_the_attribution(real_checker: Checker) -> None:
    text = "Orbán, in a press release, said Hungary had approved the ODA."
    read = real_checker.reading(text)
    parsed, reading = read.parsed, read.stance
    assert reading is not None and reading.aside is not None
    assert text[slice(*reading.aside)].strip() == "in a press release"
    assert [text[s:e].strip(" ,") for s, e in reading.spans] == ["Orbán", "said"]
    assert "press release" in {text[s:e] for s, e in said_details(parsed, reading)}


def test_the_group_told_is_a_detail_the_country_before_it_is_not(real_checker: Checker) -> None:
    text = "Orbán told Hungarian state media that Hungary had approved the ODA."
    read = real_checker.reading(text)
    parsed, reading = read.parsed, read.stance
    assert reading is not None
    assert [text[s:e] for s, e in said_details(parsed, reading)] == ["state media"]
