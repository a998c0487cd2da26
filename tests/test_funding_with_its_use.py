"""Money secured for what the source lists it went to, said by a former chair (issue 10,
offices), session 35.

Leahy, named by his former offices ("a former president pro tempore of the Senate and chairman
of its Appropriations Committee"), said he had pushed for funding to overcome the war's
consequences in Vietnam, "như xử lý ô nhiễm dioxin, hỗ trợ người khuyết tật, tìm kiếm bộ đội
Việt Nam mất tin, mất tích" (claim leahy-affirmed-push-for-war-legacy-funding-2026-02-19). The
press writes the money with what it went to right after it ("helped secure money for dioxin
remediation in Vietnam", "secure funding for dioxin cleanup"): no alias of the topic read the
verb so, and the statement stayed open with the programme uncovered. "secure money / funding /
funds for" is the topic now (fixtures/vocabulary/entities.yaml, war-legacy-funding); what the
money went to stays a name the claim's own sentence must say.

Traps: a use the source does not list (demining in Laos, scholarships), another speaker.
Vietnamese and Vietnamese without diacritics were read already ("vận động nguồn ngân sách cho
..."); their rows keep them so. In wording of these tests' own.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PUSH = "leahy-affirmed-push-for-war-legacy-funding-2026-02-19"

# (statement, verdict, the claim cited, or words of the reason)
FUNDING = [
    (
        "Leahy, a onetime chairman of the Senate Appropriations Committee, said he had worked "
        "with colleagues to secure money for dioxin cleanup in Vietnam.",
        SUPPORTED,
        PUSH,
    ),
    (
        "Former Senate Appropriations Committee chairman Leahy said he secured funds for the "
        "search for Vietnamese MIAs.",
        SUPPORTED,
        PUSH,
    ),
    ("Leahy told Lam he had helped secure funding for dioxin remediation.", SUPPORTED, PUSH),
    (
        "Ông Leahy, nguyên Chủ tịch Ủy ban Chuẩn chi Thượng viện, cho biết đã cùng nhiều nghị sĩ "
        "khác vận động nguồn ngân sách cho xử lý ô nhiễm dioxin tại Việt Nam.",
        SUPPORTED,
        PUSH,
    ),
    (
        "Ong Leahy cho biet da thuc day nguon ngan sach cho tim kiem bo doi Viet Nam mat tich.",
        SUPPORTED,
        PUSH,
    ),
    # traps: a use the source does not list; another speaker
    ("Leahy said he had helped secure money for demining in Laos.", NEI, ""),
    ("Leahy said he had secured funding for scholarships for Vietnamese students.", NEI, ""),
    ("Senator Daines said he had helped secure money for dioxin cleanup in Vietnam.", NEI, ""),
    ("Ông Daines cho biết đã vận động nguồn ngân sách cho xử lý ô nhiễm dioxin.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), FUNDING)
def test_money_secured_for_what_it_went_to(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)
