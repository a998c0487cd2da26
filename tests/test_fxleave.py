"""Session 32, fixer fxleave: a word that carries the fact, not read, leaves the rest of the
statement (a title, a meeting) to bear it out (issue 10: a confident wrong verdict is the worst
outcome).

- A leaving of an office said in the perfect ("has since stepped down as", "has left office
  as", "đã rời chức") is the same leaving as "stepped down as", "rời chức"
  (lexicon/<lang>/statements.yaml `office_leaving`; the "since" of it sets no later time:
  parse._later): undated, refuted by the office the sources hold at their now; dated in a
  period the claim does not hold all through, open. So is a membership left in English
  ("withdrew from the Board of Peace", polarity.yaml antonyms) as in Vietnamese ("rút khỏi").
- A telegram as the medium of a congratulation ("gửi điện mừng") is another act than the
  congratulation the sources give (synonyms.yaml `other_acts`), as the unread "congratulatory
  telegram" is in English; a phone call ("điện đàm") is its own act.
- A meal with someone ("ăn trưa cùng") is said only whole (fillers.yaml `compounds`): written
  without marks, the "an" of "ăn" is no English filler.
- A grant, the noun, is a kind of aid the sources do not give (foci.yaml): "a $400 million
  grant", not the verb of "grants 200 scholarships a year".

Each in English, Vietnamese and Vietnamese without diacritics where the form exists, with the
near cases that keep their verdict.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


LEAVINGS = [
    # the reviewer's
    ("Viktor Orbán has since stepped down as Hungary's prime minister.", CONTRADICTED),
    ("Hun Manet has left office as Cambodia's prime minister.", CONTRADICTED),
    ("Prabowo Subianto has since stepped down as Indonesia's president.", CONTRADICTED),
    ("Ông Prabowo đã rời chức Tổng thống Indonesia.", CONTRADICTED),
    ("Ong Prabowo da roi chuc Tong thong Indonesia.", CONTRADICTED),
    ("Ông Hegseth đã rời chức Bộ trưởng Chiến tranh.", CONTRADICTED),
    ("Ong Hegseth da roi chuc Bo truong Chien tranh", CONTRADICTED),
    ("Ông Greer đã rời chức Trưởng đại diện Thương mại Mỹ.", CONTRADICTED),
    # paraphrases
    ("Tokayev has resigned as Kazakhstan's president.", CONTRADICTED),
    ("Shehbaz Sharif had since left office as Pakistan's prime minister.", CONTRADICTED),
    ("Ông Hun Manet đã thôi chức Thủ tướng Campuchia.", CONTRADICTED),
    ("Ong Hun Manet da thoi chuc Thu tuong Campuchia.", CONTRADICTED),
    # the near cases: without the perfect, as before
    ("Orban resigned as Hungary's prime minister.", CONTRADICTED),
    ("Ông Prabowo rời chức Tổng thống Indonesia.", CONTRADICTED),
    # dated in a year the claim holds one day of: open
    ("Shehbaz Sharif had stepped down as Pakistan's prime minister in 2026.", NEI),
    ("Năm 2026, ông Hun Manet đã rời chức Thủ tướng Campuchia.", NEI),
    ("Nam 2026, ong Hun Manet da roi chuc Thu tuong Campuchia.", NEI),
    # "since" with an event after it still sets the statement after that event
    ("Since the summit, Orbán has stepped down as Hungary's prime minister.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), LEAVINGS)
def test_a_leaving_in_the_perfect_is_the_same_leaving(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "former" in judged.explanation


WITHDRAWALS = [
    ("Vietnam has withdrawn from the Board of Peace", CONTRADICTED),
    ("Vietnam withdrew from the Board of Peace.", CONTRADICTED),
    ("Việt Nam đã rút khỏi Hội đồng Hòa bình về Gaza", CONTRADICTED),
    ("Viet Nam da rut khoi Hoi dong Hoa binh", CONTRADICTED),
    # the near cases: the membership itself, and a withdrawal denied
    ("Vietnam is a founding member of the Board of Peace.", SUPPORTED),
    ("Vietnam has not withdrawn from the Board of Peace.", SUPPORTED),
]


TELEGRAMS = [
    ("Thủ tướng Orbán gửi điện mừng Tổng Bí thư Tô Lâm tái cử.", NEI),
    ("Thu tuong Orban gui dien mung Tong Bi thu To Lam tai cu.", NEI),
    ("Tổng thống Trump gửi điện chúc mừng Tổng Bí thư Tô Lâm tái đắc cử.", NEI),
    ("Tong thong Trump gui dien chuc mung Tong Bi thu To Lam tai dac cu.", NEI),
    ("Orban sent a congratulatory telegram to To Lam on his re-election.", NEI),
    # the near cases: the congratulation itself, and a phone call
    ("Tổng thống Trump gửi lời chúc mừng Tổng Bí thư Tô Lâm tái đắc cử.", SUPPORTED),
    ("Thủ tướng Orbán chúc mừng Tổng Bí thư Tô Lâm tái cử.", SUPPORTED),
    ("Tô Lâm điện đàm với Leahy", SUPPORTED),
    ("To Lam dien dam voi Leahy", SUPPORTED),
]


MEALS = [
    ("Tong Bi thu To Lam an trua cung Thu tuong Hungary Viktor Orban ngay 19/2.", NEI),
    ("Tong Bi thu To Lam an sang cung Tong thong Prabowo ngay 19/2.", NEI),
    ("Tong Bi thu To Lam an sang lam viec voi Thu tuong Pakistan Shehbaz Sharif.", NEI),
    ("Tổng Bí thư Tô Lâm ăn trưa cùng Thủ tướng Hungary Viktor Orbán ngày 19/2.", NEI),
    ("Tong Bi thu To Lam an toi voi Tong thong Prabowo.", NEI),
    ("Lam had lunch with Hungarian Prime Minister Viktor Orban on Feb 19.", NEI),
    # the near cases: the meeting itself
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán ngày 19/2", SUPPORTED),
    ("Tong Bi thu To Lam gap Thu tuong Hungary Viktor Orban ngay 19/2.", SUPPORTED),
    ("Tong Bi thu To Lam gap Thu tuong Pakistan Shehbaz Sharif.", SUPPORTED),
]


GRANTS = [
    ("Hungary approved a $400 million grant for Vietnam.", NEI),
    ("Hungary approved a grant of $400 million for Vietnam.", NEI),
    ("Hungary approved $400 million in grants for Vietnam.", NEI),
    ("Hungary approved a $400m grant for Vietnam.", NEI),
    ("Hungary approved $400 million in grant aid for Vietnam.", NEI),
    ("Hungary phê duyệt khoản viện trợ không hoàn lại 400 triệu USD cho Việt Nam.", NEI),
    # the near cases: the verb, and the aid the sources name
    ("Hungary grants 200 scholarships a year to Vietnamese students.", SUPPORTED),
    ("Hungary approved $400 million in ODA for Vietnam.", SUPPORTED),
    ("Hungary did not grant aid to Vietnam.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), WITHDRAWALS + TELEGRAMS + MEALS + GRANTS)
def test_the_word_that_carries_the_fact_is_read(
    checker: Checker, statement: str, verdict: str
) -> None:
    """A membership left, a telegram, a meal, a grant: each decides the verdict, and the
    title or meeting beside it does not bear the statement out alone."""
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
