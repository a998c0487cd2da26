"""A request for the search for Vietnam's war dead, as the press words it (issue 10, speakers),
session 33.

"Lam asked the US to keep supporting the search for and identification of remains of
Vietnamese soldiers missing in the war", "... the search for Vietnamese soldiers' remains": the
two acts the source names ("tìm kiếm, giám định hài cốt liệt sĩ") and the possessive are the
programme's names (`vietnamese-mia-search` in fixtures/vocabulary/entities.yaml). Unread, the
demonym alone was left for a claim of another programme of the same request to account for
("no stored claim covers Vietnamese"). A list opened by "ranging from" is the items after it, as
one opened by "including" (`framing` in lexicon/en/fillers.yaml). Traps: another requester,
another place, another year, the request turned round. English, Vietnamese and Vietnamese
without diacritics; the statements are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

SEARCH_2025 = "to-lam-requested-us-vietnamese-mia-search-cooperation-2025"

ROWS = [
    (
        "Lam urged the US to go on supporting the search for and identification of remains "
        "of Vietnamese soldiers missing in the war.",
        SUPPORTED,
        SEARCH_2025,
    ),
    (
        "To Lam asked Washington to keep backing the search for Vietnamese soldiers' remains.",
        SUPPORTED,
        SEARCH_2025,
    ),
    (
        "To Lam asked the US to keep backing war-legacy programmes ranging from mine clearance "
        "to the search for Vietnamese soldiers' remains.",
        SUPPORTED,
        SEARCH_2025,
    ),
    (
        "Tô Lâm đề nghị Mỹ tiếp tục ủng hộ tìm kiếm, giám định hài cốt liệt sĩ Việt Nam mất tích "
        "trong chiến tranh.",
        SUPPORTED,
        SEARCH_2025,
    ),
    (
        "To Lam de nghi Hoa Ky tiep tuc ung ho tim kiem, giam dinh hai cot liet si Viet Nam mat "
        "tich trong chien tranh.",
        SUPPORTED,
        SEARCH_2025,
    ),
    # traps: another requester, another place, another year, the request turned round
    (
        "Hun Manet asked the US to keep supporting the search for and identification of remains "
        "of Vietnamese soldiers missing in the war.",
        NEI,
        "Hun Manet",
    ),
    (
        "To Lam asked the US to keep backing programmes ranging from mine clearance to the "
        "search for Vietnamese soldiers' remains in Laos.",
        NEI,
        "Laos",
    ),
    (
        "Lam asked the US in 2019 to keep backing the search for Vietnamese soldiers' remains.",
        NEI,
        "2019",
    ),
    # the opposite asked of the US: his request to it refutes it (tests/test_turned_requests.py)
    (
        "To Lam asked the US to stop supporting the search for Vietnamese soldiers' remains.",
        CONTRADICTED,
        "to-lam-requested-us-vietnamese-mia-search-cooperation-2025",
    ),
    (
        "Ông Hun Manet đề nghị Mỹ ủng hộ tìm kiếm, giám định hài cốt liệt sĩ Việt Nam mất tích "
        "trong chiến tranh.",
        NEI,
        "Hun Manet",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_mia_search_request(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)
