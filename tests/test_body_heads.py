"""Session 23, offices written the way the press writes them (issue 10).

- English puts a body's name before the title that heads it ("a former Senate Appropriations
  Committee chairman", "Board of Peace chair Donald Trump"): the title is that body's, as
  "chairman of the Senate Appropriations Committee" is (`body_heads` in
  lexicon/en/statements.yaml). Before a name, with no body before it, a bare "Chairman" stays
  the honorific the name's own alias reads. Vietnamese writes the title first ("Chủ tịch Ủy ban
  Chuẩn chi"), which was already read: its cases here guard that the two languages agree.
- A title said as the capacity in which the name acted, opening the statement ("While serving
  as chairman of ..., Leahy pushed ...", "Khi làm Chủ tịch Ủy ban ..., ông Leahy ..."), was held
  at that act's time: only a claim whose known period covers that time bears it out; one held
  "before" a date with no start leaves it open.
- A title set off after a name by a copula that opens the aside ("Orbán, as Hungary's
  president, met Lam", "Ông Orbán, với cương vị Tổng thống Hungary, ...") is said of that name,
  as "Orbán, Hungary's president, ..." is: an office rule refutes it, a claim bears it out.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


HEADS = [
    # the body's name before its chair's title, held before
    (
        "Patrick Leahy, a former Senate Appropriations Committee chairman, spoke with Lam by "
        "phone on February 19.",
        SUPPORTED,
    ),
    (
        "Ex-Appropriations Committee chairwoman Patrick Leahy phoned To Lam on Feb 19.",
        SUPPORTED,
    ),
    (
        "Cựu Chủ tịch Ủy ban Chuẩn chi Thượng viện Patrick Leahy điện đàm với Tổng Bí thư Tô Lâm "
        "ngày 19/2.",
        SUPPORTED,
    ),
    (
        "Cuu Chu tich Uy ban Chuan chi Thuong vien Patrick Leahy dien dam voi Tong Bi thu To Lam "
        "ngay 19/2.",
        SUPPORTED,
    ),
    # ... said of now, of an office the sources give as held before
    ("Current Senate Appropriations Committee chairman Patrick Leahy rang Lam.", CONTRADICTED),
    (
        "Đương kim Chủ tịch Ủy ban Chuẩn chi Thượng viện Patrick Leahy gọi điện cho ông Tô Lâm.",
        CONTRADICTED,
    ),
    (
        "Duong kim Chu tich Uy ban Chuan chi Thuong vien Patrick Leahy goi dien cho ong To Lam.",
        CONTRADICTED,
    ),
    # traps: a chair the sources do not give (a member may chair), and a chamber they do not
    # give him, whose word stays unaccounted for
    ("Bill Hagerty, the Senate Appropriations Committee chairman, talked with Lam.", NEI),
    ("Ông Hagerty, Chủ tịch Ủy ban Chuẩn chi Thượng viện, trao đổi với Tổng Bí thư.", NEI),
    ("Ong Hagerty, Chu tich Uy ban Chuan chi Thuong vien, trao doi voi Tong Bi thu.", NEI),
    ("Leahy, a former House Appropriations Committee chairman, phoned Lam on Feb 19.", NEI),
]

CAPACITY = [
    # the capacity is said of the act's time (1975); the claims give both his seat and his chair
    # as held "before" 2026 with no start, so neither shows he held it then: open, never borne
    # out by a claim of some other time
    ("While serving as a US senator, Leahy voted to end the Vietnam War.", NEI),
    ("Khi còn là Thượng nghị sĩ, ông Leahy đã bỏ phiếu chấm dứt chiến tranh Việt Nam.", NEI),
    ("Khi con la Thuong nghi si, ong Leahy da bo phieu cham dut chien tranh Viet Nam.", NEI),
    (
        "When he chaired the Senate Appropriations panel, Leahy cast a vote to end the "
        "Vietnam war.",
        NEI,
    ),
    (
        "Hồi còn là Chủ tịch Ủy ban Chuẩn chi Thượng viện, ông Leahy đã bỏ phiếu chấm dứt chiến "
        "tranh Việt Nam.",
        NEI,
    ),
    (
        "Hoi con la Chu tich Uy ban Chuan chi Thuong vien, ong Leahy da bo phieu cham dut chien "
        "tranh Viet Nam.",
        NEI,
    ),
    # the title set off as his of now, not of the act's time, is borne out as before
    ("Leahy, a former Appropriations Committee chairman, once voted to end the war.", SUPPORTED),
    # a capacity the sources do not give him stays open
    (
        "While serving as chairman of the Senate Finance Committee, Leahy voted to end the "
        "Vietnam War.",
        NEI,
    ),
    (
        "Khi làm Chủ tịch Ủy ban Tài chính Thượng viện, ông Leahy đã bỏ phiếu chấm dứt chiến "
        "tranh Việt Nam.",
        NEI,
    ),
]


ASIDES = [
    ("Orbán, as Hungary's president, met Lam on February 19.", CONTRADICTED),
    ("Ông Orbán, với cương vị Tổng thống Hungary, đã gặp Tổng Bí thư ngày 19/2.", CONTRADICTED),
    ("Ong Orban, voi cuong vi Tong thong Hungary, da gap Tong Bi thu ngay 19/2.", CONTRADICTED),
    ("Orbán, in his capacity as Hungary's prime minister, met Lam on February 19.", SUPPORTED),
    ("Ông Hun Manet, với tư cách Thủ tướng Campuchia, gặp Tổng Bí thư ngày 19/2.", SUPPORTED),
    # an office held only before, said with no tense: a courtesy title at best, left open
    ("Leahy, as a US senator, spoke with Lam on February 19.", NEI),
    ("Ông Leahy, với tư cách Thượng nghị sĩ Mỹ, điện đàm với Tổng Bí thư ngày 19/2.", NEI),
    ("Ong Leahy, voi tu cach Thuong nghi si My, dien dam voi Tong Bi thu ngay 19/2.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), HEADS + CAPACITY + ASIDES)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"
