"""An undertaking denied is a saying denied (issue 10): "Daines never committed to ...", "Ông
Daines không cam kết ...", "từ chối đưa ra cam kết về ..." say the speaker gave no such word,
which his claim of giving it on his occasion refutes (`denied_approvals: sayings` in
lexicon/<lang>/stances.yaml, stance.speaker_rule `unsaid`). Its denial is the saying's own, so
it denies nothing of what he undertook. A broader stance than the claim's, another speaker,
a word not given of a fact the sources state, and a refusal still to come stay open. Each class
in English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Daines never committed to war legacy cooperation.", CONTRADICTED),
    ("Daines refused to commit to war legacy cooperation.", CONTRADICTED),
    ("Vietnam did not commit to the search for missing US servicemen.", CONTRADICTED),
    (
        "Ông Daines không cam kết ưu tiên thúc đẩy hợp tác khắc phục hậu quả chiến tranh.",
        CONTRADICTED,
    ),
    ("Ông Daines từ chối đưa ra cam kết về hợp tác khắc phục hậu quả chiến tranh.", CONTRADICTED),
    ("Ong Daines tu choi dua ra cam ket ve hop tac khac phuc hau qua chien tranh.", CONTRADICTED),
    ("Ong Daines khong cam ket hop tac khac phuc hau qua chien tranh.", CONTRADICTED),
    # the undertaking given, as before
    ("Ông Daines cam kết hợp tác khắc phục hậu quả chiến tranh.", SUPPORTED),
    # traps: another speaker, whom no claim gives the undertaking
    ("Hagerty never committed to war legacy cooperation.", NEI),
    ("Ông Hagerty không cam kết hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("Ong Hagerty khong cam ket hop tac khac phuc hau qua chien tranh.", NEI),
    # the opposite of what he said, which he did not undertake either
    ("Leahy never promised that the war-legacy funding would be cut.", NEI),
    ("Ông Leahy không hứa rằng ngân sách khắc phục hậu quả chiến tranh sẽ bị cắt.", NEI),
    ("Ong Leahy khong hua rang ngan sach khac phuc hau qua chien tranh se bi cat.", NEI),
    # a refusal still to come is not taken yet
    ("Daines will not commit to war legacy cooperation.", NEI),
    ("Daines would not commit to war legacy cooperation, he said.", NEI),
    # the plan word governs the denial: a refusal still to come, in Vietnamese too (only "không
    # còn", "no longer" says the undertaking does not hold now)
    ("Ông Daines sẽ không cam kết về hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("Ong Daines se khong cam ket ve hop tac khac phuc hau qua chien tranh", NEI),
    # a verb that ends the undertaking after the plan word still says it does not hold now
    ("Lam said Vietnam would halt cooperation on the search for missing US troops.", CONTRADICTED),
    ("Tô Lâm cho biết Việt Nam sẽ ngừng hợp tác tìm kiếm quân nhân Mỹ mất tích.", CONTRADICTED),
    ("To Lam cho biet Viet Nam se ngung hop tac tim kiem quan nhan My mat tich", CONTRADICTED),
    # a word not given of a plan the sources state as no one's words (the ministry's
    # announcement of the trip); a leader's plan he told himself at his one encounter is his
    # word, which refutes it (session 34, tests/test_own_plans_unsaid.py)
    ("Lam did not promise to visit the United States.", NEI),
    ("Ông Tô Lâm không hứa sẽ sang Mỹ.", NEI),
    ("Orbán did not promise to visit Vietnam.", CONTRADICTED),
    ("Ông Orbán không hứa sẽ thăm Việt Nam.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_denied_undertaking_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
