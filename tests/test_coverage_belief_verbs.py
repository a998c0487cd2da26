"""Belief in what is to come, said with the bare verb (issue 10, coverage), session 35.

Vietnamese says a speaker's confidence with "tin" as often as with "tin tưởng" ("TNS Hagerty
tin hai nước sẽ sớm chốt xong hiệp định"), as English says "believes": right after the
speaker's name it is his stance, `expressed` beside "tin tưởng" (lexicon/vi/stances.yaml), and
the plan he believes in is judged against his own words. Another speaker, another pair of
countries and another date stay open. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests. "tin" of trust, news or a message
("tin cậy", "bản tin", "tin nhắn": `not_stances`) is no such verb."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from tests.conftest import assert_judged

EXPECTS = "hagerty-expects-reciprocal-trade-agreement-soon-2026-02-18"

VERDICTS = [
    (
        "Ông Hagerty tin Hà Nội và Washington sẽ sớm hoàn tất hiệp định thương mại đối ứng.",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Ong Hagerty tin Ha Noi va Washington se som hoan tat hiep dinh thuong mai doi ung.",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Sen. Hagerty believes Hanoi and Washington will wrap up the reciprocal trade deal soon.",
        SUPPORTED,
        EXPECTS,
    ),
    # "tin cậy" opening a statement is trust, no verb of belief: the view is the speaker's after it
    (
        "Tin cậy chính trị Việt – Mỹ tiếp tục được củng cố, Thượng nghị sĩ Hagerty vui mừng nói.",
        SUPPORTED,
        "hagerty-glad-growing-political-trust-2026-02-18",
    ),
    (
        "Tin cay chinh tri Viet – My tiep tuc duoc cung co, Thuong nghi si Hagerty vui mung noi.",
        SUPPORTED,
        "hagerty-glad-growing-political-trust-2026-02-18",
    ),
    # traps: a speaker with no such words, another pair of countries, another date
    ("Ông Leahy tin hai nước sẽ sớm hoàn tất hiệp định thương mại đối ứng.", NEI, "Patrick Leahy"),
    ("Ong Leahy tin hai nuoc se som hoan tat hiep dinh thuong mai doi ung.", NEI, "Patrick Leahy"),
    (
        "Leahy believes Hanoi and Washington will wrap up the reciprocal trade deal soon.",
        NEI,
        "Patrick Leahy",
    ),
    (
        "Ông Hagerty tin Việt Nam và Hungary sẽ sớm hoàn tất hiệp định thương mại đối ứng.",
        NEI,
        "Hungary",
    ),
    (
        "Ông Hagerty tin hai nước sẽ hoàn tất hiệp định thương mại đối ứng vào năm 2030.",
        NEI,
        "Bill Hagerty",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_belief_verb_verdicts(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)
