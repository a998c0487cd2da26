"""A figure is bound to the noun it counts (scope.counted): "50 years of diplomatic relations"
gives 50 to the relations' anniversary alone, and "30 years since the war ended" 30 to the war's.
Two figures swapped between two counts are not both borne out by the two claims with the
figures the other way round (30 years of relations and 50 since the war ended, both marked in
2025): dated, the swap is refuted; undated, the year of the marking is not given. The right
pairing stays supported. Run on the curated base in English, Vietnamese and Vietnamese without
diacritics."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


SWAPPED = [
    "Hegseth's visit came as the two countries marked 50 years of diplomatic relations and "
    "30 years since the war ended.",
    "In 2025 Vietnam and the US marked 50 years of diplomatic relations and 30 years since the "
    "war ended.",
    "In 2025 Vietnam and the US marked 30 years since the war ended and 50 years of diplomatic "
    "relations.",
    "Chuyến thăm của Bộ trưởng Hegseth diễn ra khi hai nước kỷ niệm 50 năm thiết lập quan hệ "
    "ngoại giao và 30 năm kết thúc chiến tranh.",
    "Năm 2025, Việt Nam và Mỹ kỷ niệm 50 năm quan hệ ngoại giao và 30 năm kết thúc chiến tranh.",
    "Chuyen tham cua Bo truong Hegseth dien ra khi hai nuoc ky niem 50 nam thiet lap quan he "
    "ngoai giao va 30 nam ket thuc chien tranh.",
    "Nam 2025, Viet Nam va My ky niem 50 nam quan he ngoai giao va 30 nam ket thuc chien tranh.",
]


@pytest.mark.parametrize("statement", SWAPPED)
def test_figures_swapped_between_two_dated_counts_are_refuted(
    checker: Checker, statement: str
) -> None:
    assert checker.check(statement).verdict == "contradicted"


@pytest.mark.parametrize(
    "statement",
    [
        "Hegseth's visit came as the two countries marked 30 years of diplomatic relations and "
        "50 years since the war ended.",
        "In 2025 Vietnam and the US marked 50 years since the war ended and 30 years of "
        "diplomatic relations.",
        "Chuyến thăm của Bộ trưởng Hegseth diễn ra khi hai nước kỷ niệm 30 năm thiết lập quan hệ "
        "ngoại giao và 50 năm kết thúc chiến tranh.",
        "Năm 2025, Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao và 50 năm kết thúc chiến "
        "tranh.",
        "Chuyen tham cua Bo truong Hegseth dien ra khi hai nuoc ky niem 30 nam thiet lap quan he "
        "ngoai giao va 50 nam ket thuc chien tranh.",
        "Nam 2025, Viet Nam va My ky niem 30 nam quan he ngoai giao va 50 nam ket thuc chien "
        "tranh.",
    ],
)
def test_each_figure_with_its_own_count_is_supported(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == "supported"


@pytest.mark.parametrize(
    "statement",
    [
        # no year of the marking: another year has its own count (assess.elapsed_undated)
        "Vietnam and the US marked 50 years of diplomatic relations and 30 years since the war "
        "ended.",
        "Việt Nam và Mỹ kỷ niệm 50 năm quan hệ ngoại giao và 30 năm kết thúc chiến tranh.",
        "Viet Nam va My ky niem 50 nam quan he ngoai giao va 30 nam ket thuc chien tranh.",
    ],
)
def test_swapped_figures_of_an_undated_marking_are_not_enough_info(
    checker: Checker, statement: str
) -> None:
    assert checker.check(statement).verdict == "not_enough_info"


@pytest.mark.parametrize("statement", SWAPPED[:2] + SWAPPED[3:5])
def test_each_figure_is_read_by_the_count_it_is_bound_to(checker: Checker, statement: str) -> None:
    parts = {p.predicate: p.quantity for p in checker.check(statement).parts}
    assert parts["diplomatic_relations_anniversary"].value == 50
    assert parts["anniversary"].value == 30
