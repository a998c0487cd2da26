"""The press's "MIAs" for the missing servicemen, in every form of the search ("searches for US
MIAs", "help find US MIAs", "tìm kiếm quân nhân Hoa Kỳ mất tích"), names the search the sources'
undertaking is about (aliases of us-mia-search in fixtures/vocabulary/entities.yaml); going on
helping with it ("will keep helping find") is that undertaking (`committed` in
lexicon/en/synonyms.yaml). Cutting it back is refuted by the undertaking; another country's help
or another place stays open (issue 10, uncovered)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

CONTRADICTED = "contradicted"
NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Vietnam will keep helping find US MIAs, Lam assured Daines.", SUPPORTED),
        ("Lam told Daines that Vietnam would wind down the searches for US MIAs.", CONTRADICTED),
        (
            "Tổng Bí thư khẳng định Việt Nam sẽ tiếp tục hợp tác đầy đủ với Mỹ trong tìm kiếm quân"
            " nhân Hoa Kỳ mất tích.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư nói Việt Nam sẽ thu hẹp hợp tác tìm kiếm hài cốt quân nhân Mỹ.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu khang dinh VN se tiep tuc hop tac day du voi My tim kiem quan nhan"
            " Hoa Ky mat tich",
            SUPPORTED,
        ),
        # another place, another helper: nothing the sources say
        ("Vietnam will keep helping find US MIAs in Laos, Lam assured Daines.", NEI),
        ("Hungary will keep helping find US MIAs, Lam assured Daines.", NEI),
    ],
)
def test_mia_shorthand(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict
