"""A "former" word beside a name but no title of it (issue 10, offices), session 34.

"Former", "retired", "cựu", "đã nghỉ hưu" say an office ended only of a title: the title's
tense (assertions._Reader.title). Beside a bare name ("Former Daines phoned Lam", "Daines, now
retired, ...") or after a name titled before it ("Senator Daines, retired, ...", "Thượng nghị sĩ
Daines đã về hưu"), no office assertion takes the word, and it had still been dropped from the
words the claims must account for: the call bore the statement out though the claims show Daines
a sitting senator that day, a confident wrong. Such a word is left for the claims to account
for now (titles.untitled_formers), so the statement stays open. A title after the name and the
word keeps it ("Previously, Leahy was a senator", "Leahy formerly served as a senator").

A trailing "now retired" after a title is that title's tense ("a senator now retired", "thượng
nghị sĩ nay đã về hưu"), the former word nearest "now" saying when, and Vietnamese "đã nghỉ hưu",
"đã về hưu" are former words (lexicon/vi/statements.yaml `office_tense`). Each in English,
Vietnamese and Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# A former word with no title to take it: the word is left for the claims, which do not say it.
UNTITLED = [
    ("Daines, by now retired, took a call from To Lam on Feb. 18", "retired"),
    ("Ex-lawmaker? No: former Daines took Lam's call on Feb. 18", "former"),
    ("Senator Daines, retired, took a call from To Lam on Feb. 18", "retired"),
    ("Thượng nghị sĩ Daines đã về hưu, theo một bài đăng", "hưu"),
    ("Ngày 18/2, ông Daines, nay đã nghỉ hưu, điện đàm với Tổng Bí thư", "hưu"),
    ("Ngay 18/2, ong Daines, nay da nghi huu, dien dam voi Tong Bi thu", "huu"),
]


@pytest.mark.parametrize(("statement", "word"), UNTITLED)
def test_a_former_word_with_no_title_is_left_for_the_claims(
    checker: Checker, statement: str, word: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == NEI, judged.explanation
    assert word in judged.explanation


# A title the word is the tense of: borne out or refuted by the office the claims give then.
TITLED = [
    ("Leahy formerly served as a senator, his office said", SUPPORTED, "leahy-former-us-senator"),
    ("Previously, Leahy was a U.S. senator", SUPPORTED, "leahy-former-us-senator"),
    ("Daines, a senator now retired, took a call from To Lam on Feb. 18", CONTRADICTED, "former"),
    (
        "Ngày 18/2, ông Daines, thượng nghị sĩ đã về hưu, điện đàm với Tổng Bí thư",
        CONTRADICTED,
        "former",
    ),
    (
        "Ngay 18/2, ong Daines, thuong nghi si da nghi huu, dien dam voi Tong Bi thu",
        CONTRADICTED,
        "former",
    ),
    (
        "Ông Leahy, thượng nghị sĩ đã nghỉ hưu, điện đàm với Tổng Bí thư Tô Lâm",
        SUPPORTED,
        "leahy-former-us-senator",
    ),
    (
        "Ong Leahy, thuong nghi si nay da ve huu, dien dam voi Tong Bi thu To Lam",
        SUPPORTED,
        "leahy-former-us-senator",
    ),
    ("Leahy, a senator now retired, took a call from To Lam", SUPPORTED, "leahy-former-us-senator"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), TITLED)
def test_a_former_word_of_a_title_is_its_tense(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    assert why in judged.explanation
