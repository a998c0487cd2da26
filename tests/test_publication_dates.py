"""Issue 10, dates: the day a report on an act was published ("The report on the call with
Daines was published at 11:52 on Feb. 20", "Bản tin về cuộc điện đàm ... được đăng lúc 11h52
trưa 20/2") is the report's, not the act's (`report_words` "published", "được đăng", and the
clock time and part of the day a `report_joiners` word may put between, in
lexicon/<lang>/statements.yaml; dates.reported_on). Read as the act's, it refuted a call the
sources put on 18 February 2026: a confident wrong verdict about when a report came out. The
act's own date, said with its own verb, still refutes it."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "The report on the call with Daines was published at 11:52 on Feb 20, 2026.",
        "The readout of the calls with the two senators was published on Feb. 21.",
        "Bản tin về cuộc điện đàm với TNS Daines được đăng lúc 11h52 trưa 20/2/2026.",
        "Bài viết về hai cuộc điện đàm với các thượng nghị sĩ Mỹ được đăng tải ngày 21/2.",
        "Ban tin ve cuoc dien dam voi TNS Hagerty duoc dang luc 9h sang 20/2/2026",
    ],
)
def test_a_report_s_publication_dates_no_act(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "The call with Senator Daines took place on Feb. 20, according to the ministry.",
        "Cuộc điện đàm với TNS Daines diễn ra ngày 20/2, theo Bộ Ngoại giao.",
        "Cuoc dien dam voi TNS Hagerty dien ra ngay 21/2",
    ],
)
def test_the_act_s_own_date_still_refutes(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "18 February 2026" in judgement.explanation
