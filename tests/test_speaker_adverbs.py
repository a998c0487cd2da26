"""A speaker and his verb with a run of small words between them (issue 10, who said what): "The
U.S. side has consistently reaffirmed ...", "Phía Mỹ cũng đã luôn khẳng định ...". Each word
of the run is one the lexicon lets stand there (`between` in `lexicon/<lang>/stances.yaml`: a
collective speaker's head, a tense word, an adverb of how or how often), so three or four of
them in a row still attribute the words to the speaker. A word outside that list ("repeatedly",
"nhiều lần": how many times, which the sources do not count) still breaks the attribution, and
someone else's words stay open. English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.check.stance import read_stance

VERDICTS = [
    (
        "The U.S. side has consistently reaffirmed its support for a strong, independent, "
        "self-reliant and prosperous Vietnam.",
        SUPPORTED,
    ),
    (
        "The US government has also consistently affirmed its support for a strong, "
        "independent, self-reliant and prosperous Vietnam.",
        SUPPORTED,
    ),
    (
        "Phía Mỹ cũng đã luôn khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự cường và "
        "thịnh vượng.",
        SUPPORTED,
    ),
    (
        "Phia My cung da luon nhat quan khang dinh ung ho mot Viet Nam manh, doc lap, tu cuong "
        "va thinh vuong.",
        SUPPORTED,
    ),
    # someone else's words stay open, however the words between are read
    (
        "Leahy has also consistently affirmed support for a strong, independent, self-reliant "
        "and prosperous Vietnam.",
        NEI,
    ),
    (
        "Ông Leahy cũng đã luôn khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự cường và "
        "thịnh vượng.",
        NEI,
    ),
    (
        "Ong Leahy cung da luon khang dinh ung ho mot Viet Nam manh, doc lap, tu cuong va "
        "thinh vuong.",
        NEI,
    ),
    # how many times it was said is a detail the sources do not give
    (
        "The US side has also repeatedly affirmed its support for a strong, independent, "
        "self-reliant and prosperous Vietnam.",
        NEI,
    ),
    (
        "Phía Mỹ cũng đã nhiều lần khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự cường và "
        "thịnh vượng.",
        NEI,
    ),
    (
        "Phia My cung da nhieu lan khang dinh ung ho mot Viet Nam manh, doc lap, tu cuong va "
        "thinh vuong.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_speaker_across_small_words(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "speaker"),
    [
        ("The US side has consistently affirmed its support for Vietnam.", "united-states"),
        ("Phía Mỹ cũng đã luôn khẳng định ủng hộ Việt Nam.", "united-states"),
        ("Phia My cung da luon khang dinh ung ho Viet Nam.", "united-states"),
    ],
)
def test_three_small_words_keep_the_speaker(
    real_checker: Checker, statement: str, speaker: str
) -> None:
    reading = read_stance(real_checker.parse(statement), real_checker.vocab)
    assert reading is not None and reading.speaker == speaker and reading.stance == "affirmed"
