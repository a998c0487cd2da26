"""Session 35, issue 10: an agreement said to be concluded with no party named.

"The reciprocal trade deal has been finalised", "Greer told Lam the trade pact was signed",
"Hiệp định thương mại đối ứng đã được ký kết": the press names the deal alone, and its parties
go without saying. The claims of being party to it have Vietnam as their subject, which such a
statement never names, so none was weighed (assess.parties: no subject, no counterparty) and
the words went unchecked, in the speaker's mouth or not. The agreement that cues the act,
named with no party of the subject's kind at all, now stands for its own parties
(assess.other_party_named), so the sources' "not yet concluded" on 18 February refutes it.
Only where a verb says the act: named alone, the agreement says nothing of who is party to
it. A country named as the signer, a later date and a plan stay open. Statements written for
these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

NOT_CONCLUDED = "vn-us-reciprocal-trade-agreement-not-concluded"

ROWS = [
    # the deal alone, done: its parties are the ones the sources say had not concluded it
    ("Breaking: reciprocal trade pact concluded", CONTRADICTED, NOT_CONCLUDED),
    (
        "Greer told Lam the reciprocal trade agreement had been concluded.",
        CONTRADICTED,
        NOT_CONCLUDED,
    ),
    ("Thỏa thuận thương mại đối ứng Việt - Mỹ đã hoàn tất.", CONTRADICTED, NOT_CONCLUDED),
    (
        "Hiệp định thương mại đối ứng đã được ký kết, ông Greer nói với Tổng Bí thư.",
        CONTRADICTED,
        NOT_CONCLUDED,
    ),
    ("Hiep dinh thuong mai doi ung da duoc ky ket", CONTRADICTED, NOT_CONCLUDED),
    # ... and so in the words of one who told Lam the talks were still under way
    (
        "USTR Greer: reciprocal trade negotiations with Hanoi have concluded",
        CONTRADICTED,
        NOT_CONCLUDED,
    ),
    (
        "Greer told To Lam the VN-US trade deal had already been signed.",
        CONTRADICTED,
        NOT_CONCLUDED,
    ),
    ("Ong Greer noi dam phan thuong mai doi ung da hoan tat", CONTRADICTED, NOT_CONCLUDED),
    # ... and not yet done, as the sources say
    ("Hiep dinh thuong mai doi ung chua duoc ky ket", SUPPORTED, NOT_CONCLUDED),
    # another agreement alone, in force when the sources speak
    ("The EVFTA was signed.", SUPPORTED, "vn-eu-evfta"),
    # traps: another signer named, a later date, a plan
    ("Indonesia signed the reciprocal trade agreement.", NEI, "Indonesia"),
    ("The reciprocal trade deal was concluded in 2027.", NEI, "2027"),
    ("The reciprocal trade agreement was signed in May 2026.", NEI, "May 2026"),
    ("Hiệp định thương mại đối ứng sẽ được ký kết vào tháng 6/2026.", NEI, "tháng 6/2026"),
    ("Hiep dinh thuong mai doi ung se duoc ky ket nam 2027", NEI, "nam 2027"),
    ("The reciprocal trade agreement is expected to be signed soon.", NEI, "as a plan"),
    ("Hiệp định thương mại đối ứng sẽ sớm được ký kết.", NEI, "as a plan"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_an_agreement_named_alone(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)
