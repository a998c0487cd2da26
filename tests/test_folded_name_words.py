"""Session 27: a name's word that only folds like a filler is no filler.

Where a statement writes no diacritics, the fillers (lexicon/<lang>/fillers.yaml) are matched
folded, so "Noi" read as "nói" (says) and "Bo truong Noi an My Pete Hegseth duoc TBT tiep" (a
Homeland Security Secretary, "Bộ trưởng Nội an") was borne out by Hegseth's reception as the
Secretary of War: a confident wrong verdict of press19/dev. A word capitalised inside a
sentence of running text that only folds like a filler, its marks dropped, is a name's word
(parse._filled, parse._inner_capitals), left for the claims to account for. A filler written
as itself stays one ("Also" in English, which folds to itself), and so does one opening a
sentence, one in lower case or one in a headline in title case. Written for these tests, in
English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


FOLDED = [
    # a ministry no source names, whose secretary is not the Secretary of War (session 28:
    # the office rules of fixtures/vocabulary/offices.yaml refute it)
    ("Bo truong Noi an My Pete Hegseth duoc TBT tiep.", CONTRADICTED),
    ("Bộ trưởng Nội an Mỹ Pete Hegseth được TBT tiếp.", CONTRADICTED),
    ("US Homeland Security Secretary Pete Hegseth was received by To Lam.", CONTRADICTED),
    # the title the source gives, in each writing
    ("Bo truong Chien tranh My Pete Hegseth duoc TBT tiep.", SUPPORTED),
    ("Bộ trưởng Chiến tranh Mỹ Pete Hegseth được TBT tiếp.", SUPPORTED),
    ("US Secretary of War Pete Hegseth was received by To Lam.", SUPPORTED),
    # the filler in lower case, or in a headline's title case, is still the filler
    ("Ong Daines noi Viet Nam la doi tac kinh te quan trong cua My", SUPPORTED),
    ("Ong Daines Noi Viet Nam La Doi Tac Kinh Te Quan Trong Cua My", SUPPORTED),
    # a capitalised filler written as itself, inside a sentence, stays one
    ("To Lam received Pete Hegseth, Also the US Secretary of War.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), FOLDED)
def test_a_name_word_folded_like_a_filler(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# A name's words a filler no longer holds make a run of their own, which the unread words
# beside it join in text order (rules.unread_details), and a word one pass finds alone inside
# another's run is not listed again (accounting.unaccounted): no empty or doubled words.
UNREAD = [
    "To Lam urged Congress to keep funding the dioxin cleanup at Da Nang airport.",
    "TBT đề nghị QH Mỹ tiếp tục hỗ trợ tẩy độc dioxin ở sân bay Đà Nẵng",
    "TBT de nghi QH My tiep tuc ho tro tay doc dioxin o san bay Da Nang",
]


@pytest.mark.parametrize("statement", UNREAD)
def test_unread_words_are_listed_once_in_text_order(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert "''" not in judgement.explanation
    assert "'Da', " not in judgement.explanation
