"""Confident wrongs on views and requests (session 29), each closed by its mechanism, in
English, Vietnamese and Vietnamese without diacritics, with near versions that keep their
verdict. The statements are written for these tests, not taken from a corpus.

1. A feeling shown (welcomed, praised) given to the other party of a claim's exchange is refuted
   only where the statement fixes that exchange (assess.exchange_named): he may have shown it
   on another occasion. Named (the call, the claim's speaker), it stays refuted.
2. A quotation with its speaker after a dash ("'...' - Senator Daines": stance._dashed) is his
   words, with no verb, so no stance taken in the claim's exchange: given to the other party,
   it is open; given to the claim's speaker, borne out.
3. "At Daines' request" (a name ending in "s" with the apostrophe alone) names the asker, as
   "at Daines's request" does (parse._read_asked_for): no request claim of another asker bears
   it out.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


FELT_VIEWS = [
    # the reviewer's: Lam's welcome, in his call with Leahy, given to Leahy with nothing of it
    ("Leahy welcomed the Trump administration's respect for ASEAN centrality.", NEI),
    ("Ông Leahy hoan nghênh Chính quyền Trump coi trọng vai trò trung tâm của ASEAN.", NEI),
    ("Ong Leahy hoan nghenh Chinh quyen Trump coi trong vai tro trung tam cua ASEAN.", NEI),
    # paraphrases
    ("Leahy praised the Trump administration's respect for ASEAN centrality.", NEI),
    (
        "Cựu thượng nghị sĩ Leahy hoan nghênh Chính quyền Trump coi trọng vai trò trung tâm "
        "của ASEAN.",
        NEI,
    ),
    # near: the call named, the wrong speaker, stays refuted
    (
        "In his call with To Lam, Leahy welcomed the Trump administration's respect for "
        "ASEAN centrality.",
        CONTRADICTED,
    ),
    (
        "Trong cuộc điện đàm với Tổng Bí thư Tô Lâm, ông Leahy hoan nghênh Chính quyền Trump "
        "coi trọng vai trò trung tâm của ASEAN.",
        CONTRADICTED,
    ),
    (
        "Trong cuoc dien dam voi Tong Bi thu To Lam, ong Leahy hoan nghenh Chinh quyen Trump "
        "coi trong vai tro trung tam cua ASEAN.",
        CONTRADICTED,
    ),
    # near: the view with its own speaker
    ("To Lam welcomed the Trump administration's respect for ASEAN centrality.", SUPPORTED),
    (
        "Tổng Bí thư Tô Lâm hoan nghênh Chính quyền Trump coi trọng vai trò trung tâm của ASEAN.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu To Lam hoan nghenh Chinh quyen Trump coi trong vai tro trung tam cua ASEAN.",
        SUPPORTED,
    ),
    # near: a proposal made in the exchange, given to the one who took part, stays refuted
    ("Hun Manet proposed closer Vietnam-Cambodia-Laos development links", CONTRADICTED),
]

DASHED = [
    # the reviewer's: Lam's words to Daines, given to Daines by a dash
    (
        '"Việt Nam cam kết hợp tác đầy đủ với Mỹ về tìm kiếm quân nhân Mỹ mất tích" '
        "- Thượng nghị sĩ Daines.",
        NEI,
    ),
    (
        '"Viet Nam cam ket hop tac day du voi My ve tim kiem quan nhan My mat tich" '
        "- Thuong nghi si Daines.",
        NEI,
    ),
    (
        '"Vietnam remains committed to cooperating fully and responsibly with the United States '
        'in the search for American servicemen missing in the war" - Sen. Daines',
        NEI,
    ),
    # near: the right speaker after the dash
    (
        '"Việt Nam cam kết hợp tác đầy đủ với Mỹ về tìm kiếm quân nhân Mỹ mất tích" '
        "- Tổng Bí thư Tô Lâm.",
        SUPPORTED,
    ),
    (
        '"Viet Nam cam ket hop tac day du voi My ve tim kiem quan nhan My mat tich" '
        "- Tong Bi thu To Lam.",
        SUPPORTED,
    ),
    (
        '"Vietnam remains committed to cooperating fully and responsibly with the United States '
        'in the search for American servicemen missing in the war" - To Lam',
        SUPPORTED,
    ),
]

REQUESTS = [
    # the reviewer's: the request is Daines', which no claim gives
    ("To Lam's call with Daines came at Daines' request.", NEI),
    ("Lam phoned Senator Daines at Daines’ request.", NEI),
    (
        "Cuộc điện đàm giữa Tổng Bí thư Tô Lâm và ông Daines diễn ra theo đề nghị của ông Daines.",
        NEI,
    ),
    (
        "Cuoc dien dam giua Tong Bi thu To Lam va ong Daines dien ra theo de nghi cua ong Daines.",
        NEI,
    ),
    # near: "at the invitation of Trump" keeps its verdict
    ("To Lam went to Washington at the invitation of Trump.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm sang Mỹ theo lời mời của Tổng thống Trump.", SUPPORTED),
    ("Tong Bi thu To Lam sang My theo loi moi cua Tong thong Trump.", SUPPORTED),
]


@pytest.mark.parametrize(("text", "verdict"), FELT_VIEWS + DASHED + REQUESTS)
def test_verdict(checker: Checker, text: str, verdict: str) -> None:
    assert checker.check(text).verdict == verdict, text
