"""Session 36, issue 10: the site of the work a request put first.

Lâm asked the US Congress to keep funding war-legacy work, "nhất là dự án tẩy độc dioxin tại
sân bay Biên Hòa". The press moves the project: "asked Congress for continued funding, singling
out the dioxin cleanup at Da Nang airport". The kind of work was read and the other site left
unknown, so the request stayed open. Work of a kind put first ("singling out", "above all",
"nhất là") at a site (`site_nouns`, `site_foremost` in lexicon/<lang>/statements.yaml) that is
not the site of the one programme of that kind the sources tie to a site is now judged with
that programme in its place: borne out by a request naming it (`sited_acts` in
lexicon/world/sites.yaml), it is refuted (factdb.check.sites). Work at another site asked for
plainly stays open (the request may have named it too, which the sources neither report nor
exclude), as do thanks, another speaker and another year. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

BIEN_HOA = "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18"

ROWS = [
    # the site the request put first
    (
        "Lam asked Congress to keep funding war legacy work, above all the dioxin cleanup at "
        "Bien Hoa airbase.",
        SUPPORTED,
        BIEN_HOA,
    ),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ khắc phục hậu quả chiến tranh, nhất là "
        "tẩy độc dioxin tại sân bay Biên Hòa.",
        SUPPORTED,
        BIEN_HOA,
    ),
    (
        "TBT de nghi Quoc hoi My tiep tuc ho tro khac phuc hau qua chien tranh, nhat la tay doc "
        "dioxin tai san bay Bien Hoa",
        SUPPORTED,
        BIEN_HOA,
    ),
    # another site put first
    (
        "Lam asked Congress to keep funding war legacy work, above all the dioxin cleanup at "
        "Phu Cat airbase.",
        CONTRADICTED,
        BIEN_HOA,
    ),
    (
        "Party chief Lam urged Congress to fund dioxin remediation at Da Nang airport, singling "
        "it out.",
        CONTRADICTED,
        BIEN_HOA,
    ),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ khắc phục hậu quả chiến tranh, nhất là "
        "tẩy độc dioxin tại sân bay Phù Cát.",
        CONTRADICTED,
        BIEN_HOA,
    ),
    (
        "TBT de nghi Quoc hoi My tiep tuc ho tro khac phuc hau qua chien tranh, nhat la tay doc "
        "dioxin tai san bay Da Nang",
        CONTRADICTED,
        BIEN_HOA,
    ),
    # traps: another site asked for plainly, thanks, another speaker, another year
    ("Lam asked Congress to fund dioxin cleanup at Da Nang airport.", NEI, "Da Nang"),
    ("Tổng Bí thư đề nghị Quốc hội Mỹ hỗ trợ tẩy độc dioxin tại sân bay Đà Nẵng.", NEI, "Đà Nẵng"),
    ("TBT de nghi QH My ho tro tay doc dioxin o san bay Da Nang", NEI, "Da Nang"),
    ("Lam thanked the US above all for the dioxin cleanup at Da Nang airport.", NEI, "Tô Lâm"),
    (
        "Daines asked Congress to keep funding war legacy work, above all the dioxin cleanup at "
        "Da Nang airport.",
        NEI,
        "Steve Daines",
    ),
    (
        "In 2019, Lam asked Congress to keep funding war legacy work, above all the dioxin "
        "cleanup at Da Nang airport.",
        NEI,
        "2019",
    ),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_site_of_the_work_put_first(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)
