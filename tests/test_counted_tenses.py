"""Session 22, a count of an office's holders with the title's tense words: "three current and
former US senators" counts those the claims give the office now and those who held it before;
"two former senators" only those who held it before and not now; a count with no tense word
those who hold it now, as before (parse._tensed_span, accounting._holders). Vietnamese may
write the tense after the title, and the title again after the last ("ba thượng nghị sĩ đương
nhiệm và cựu thượng nghị sĩ"). A count above the
holders so counted is not borne out. Each in English, Vietnamese and Vietnamese without
diacritics, in wording no corpus uses (the unaccented count is a digit: "ba" alone is also
"bà")."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Lam spoke with three current and former US senators during his Washington trip.", SUPPORTED),
    ("Lam spoke with four current and former US senators during his Washington trip.", NEI),
    ("Lam held calls with three former US senators on his trip.", NEI),
    ("Lam spoke with three US senators during his Washington trip.", NEI),
    ("Lam spoke with two US senators during his Washington trip.", SUPPORTED),
    (
        "Trong chuyến thăm Mỹ, Tổng Bí thư điện đàm với ba đương kim và cựu thượng nghị sĩ Mỹ.",
        SUPPORTED,
    ),
    ("Trong chuyến thăm Mỹ, Tổng Bí thư điện đàm với hai cựu thượng nghị sĩ Mỹ.", NEI),
    (
        "Trong chuyến công tác, Tổng Bí thư trao đổi với ba thượng nghị sĩ đương nhiệm và cựu "
        "thượng nghị sĩ Mỹ.",
        SUPPORTED,
    ),
    ("Trong chuyến công tác, Tổng Bí thư trao đổi với ba thượng nghị sĩ đương nhiệm.", NEI),
    (
        "Trong chuyen tham My, Tong Bi thu dien dam voi 3 duong kim va cuu thuong nghi si My.",
        SUPPORTED,
    ),
    ("Trong chuyen tham My, Tong Bi thu dien dam voi 2 cuu thuong nghi si My.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_count_of_holders_with_its_tense(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_count_spans_the_tense_words(checker: Checker) -> None:
    parsed = checker.parse("Lam spoke with three current and former US senators on his trip.")
    ((_, cue),) = parsed.counts
    assert (cue.kind, cue.target, cue.text) == (
        "counted_office",
        "senator",
        "current and former US senators",
    )
