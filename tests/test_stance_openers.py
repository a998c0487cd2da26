"""A sentence that opens with a stance verb and no speaker, whose speaker opens the clause after
the first comma (stance.stance_opener, read by Judge.clauses): "Đánh giá cao nỗ lực ... của
Tổng thống Trump, Tổng Bí thư khẳng định ...", "Praising Trump's efforts ..., To Lam affirmed
...". The opening stance is that speaker's too: his praise bears it out, his praise turned round
is refuted by it, and given to another speaker it is not enough info. Run on the curated base in
English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


ROWS = [
    (
        "Praising Trump's efforts to promote peace, To Lam affirmed Vietnam is ready to act as a "
        "bridge for peace.",
        SUPPORTED,
    ),
    (
        "Đánh giá cao nỗ lực giải quyết xung đột của Tổng thống Trump, Tổng Bí thư khẳng định "
        "Việt Nam sẵn sàng làm cầu nối hòa bình.",
        SUPPORTED,
    ),
    (
        "Danh gia cao no luc giai quyet xung dot cua Tong thong Trump, Tong Bi thu khang dinh "
        "Viet Nam san sang lam cau noi hoa binh.",
        SUPPORTED,
    ),
    # the opening stance turned round is the speaker's own, refuted by his praise
    (
        "Criticising Trump's efforts to promote peace, To Lam affirmed Vietnam is ready to act "
        "as a bridge for peace.",
        CONTRADICTED,
    ),
    (
        "Phê phán nỗ lực giải quyết xung đột của Tổng thống Trump, Tổng Bí thư khẳng định Việt "
        "Nam sẵn sàng làm cầu nối hòa bình.",
        CONTRADICTED,
    ),
    (
        "Phe phan no luc giai quyet xung dot cua Tong thong Trump, Tong Bi thu khang dinh Viet "
        "Nam san sang lam cau noi hoa binh.",
        CONTRADICTED,
    ),
    # another speaker's: what Lam praised is not what Orbán did
    (
        "Praising Trump's efforts to promote peace, Orbán affirmed Vietnam is ready to act as a "
        "bridge for peace.",
        NEI,
    ),
    (
        "Đánh giá cao nỗ lực giải quyết xung đột của Tổng thống Trump, Thủ tướng Orbán khẳng "
        "định Việt Nam sẵn sàng làm cầu nối hòa bình.",
        NEI,
    ),
    (
        "Danh gia cao no luc giai quyet xung dot cua Tong thong Trump, Thu tuong Orban khang "
        "dinh Viet Nam san sang lam cau noi hoa binh.",
        NEI,
    ),
    # a detail after the comma the sources never give
    (
        "Đánh giá cao nỗ lực giải quyết xung đột của Tổng thống Trump, Tổng Bí thư khẳng định "
        "Việt Nam sẵn sàng gia nhập NATO.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_an_opening_stance_is_the_speaker_after_the_comma(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict
