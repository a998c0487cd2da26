"""Who said Vietnam stood ready to be a founding member (issue 10, session 22, speakers): Tô
Lâm affirmed it in his letter accepting Trump's invitation (source 000), so the readiness given
to him is his words there, in any of the press's ways to say it ("take part as", "sẵn sàng
là"); given to someone else it stays open (the sources do not give it to him alone). A stance
word that is only part of an act's longer trigger ("says yes to") attributes nothing, and a
name after a word nothing reads ("In his reply to Trump, Lam said") is no speaker listed with the
one before the verb. Written
in English, Vietnamese and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.stance import read_stance

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Replying to Trump, Lam said Vietnam was ready to take part as a founding member.",
            SUPPORTED,
        ),
        (
            "Writing back to Trump, Lam said Vietnam stood ready to join as a founding member.",
            SUPPORTED,
        ),
        (
            "Trong thư gửi ông Trump, ông Tô Lâm khẳng định Việt Nam sẵn sàng là thành viên"
            " sáng lập.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư viết thư nhận lời, nói Việt Nam sẵn sàng tham gia với tư cách thành"
            " viên sáng lập.",
            SUPPORTED,
        ),
        ("TBT To Lam khang dinh Viet Nam san sang la quoc gia thanh vien sang lap", SUPPORTED),
        # someone else's words: the sources do not say he never said it
        ("Hagerty said Vietnam was ready to take part as a founding member.", NEI),
        ("Ông Orbán khẳng định Việt Nam sẵn sàng là quốc gia thành viên sáng lập.", NEI),
        ("Ong Orban noi Viet Nam san sang tham gia voi tu cach thanh vien sang lap", NEI),
    ],
)
def test_readiness_is_his_words(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Lam says yes to Trump's Board of Peace offer",
        "Hanoi's leader says yes to Trump: Vietnam signs on as a founding member",
    ],
)
def test_a_stance_word_inside_a_longer_trigger_attributes_nothing(
    real_checker: Checker, text: str
) -> None:
    assert read_stance(real_checker.parse(text), real_checker.vocab) is None


@pytest.mark.parametrize(
    "text",
    [
        "In his reply to Trump, Lam said Vietnam stood ready to join.",
        "Trả lời ông Trump, Tổng Bí thư khẳng định Việt Nam sẵn sàng tham gia.",
        "Tra loi ong Trump, TBT khang dinh Viet Nam san sang tham gia",
    ],
)
def test_a_name_after_an_unread_word_is_no_listed_speaker(real_checker: Checker, text: str) -> None:
    reading = read_stance(real_checker.parse(text), real_checker.vocab)
    assert reading is not None
    assert reading.speaker in {"to-lam", "general-secretary"}
    assert reading.others == ()
