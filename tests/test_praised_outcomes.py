"""A praise of an act is a praise of its outcome (issue 10, uncovered): "spoke highly of
Hegseth's talks with Phan Van Giang", "đánh giá cao cuộc hội đàm giữa ..." is Tô Lâm's praise of
"the outcome of the talks" ("kết quả hội đàm"), the view's key phrase an outcome word opens
(`outcomes` in lexicon/<lang>/topics.yaml, factdb.check.topics._deed), said without it. Only
right after the words of a praise or a thanks, past names and fillers; elsewhere "the talks" are
the act, which the predicates read. Traps: another speaker, other parties to the talks, a
criticism."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED

PRAISE = "to-lam-praised-hegseth-giang-talks-2025"


@pytest.mark.parametrize(
    "statement",
    [
        "Lam spoke highly of the talks between Hegseth and Defence Minister Phan Van Giang.",
        "To Lam praised Hegseth's talks with Vietnam's defence minister, Phan Van Giang.",
        # not "Đại tướng Phan Văn Giang": a rank the seeds do not give (session 36)
        "Tổng Bí thư Tô Lâm đánh giá cao cuộc hội đàm giữa Bộ trưởng Hegseth và Bộ trưởng"
        " Quốc phòng Phan Văn Giang.",
        "TBT To Lam danh gia cao cuoc hoi dam giua Bo truong Hegseth va Bo truong Phan Van Giang",
    ],
)
def test_praise_of_the_talks(real_checker: Checker, statement: str) -> None:
    with real_checker.snapshot():
        judgement = real_checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert PRAISE in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        # another speaker
        "Orbán praised Hegseth's talks with Phan Van Giang.",
        "Thủ tướng Orbán đánh giá cao cuộc hội đàm giữa Bộ trưởng Hegseth và Bộ trưởng"
        " Phan Văn Giang.",
        # other parties to the talks
        "To Lam praised Hegseth's talks with Orbán.",
        # no praise: the talks alone are the act
        "Tổng Bí thư chỉ trích cuộc hội đàm giữa Bộ trưởng Hegseth và Bộ trưởng Phan Văn Giang.",
    ],
)
def test_not_that_praise(real_checker: Checker, statement: str) -> None:
    with real_checker.snapshot():
        judgement = real_checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
