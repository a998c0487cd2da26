"""Session 29, polarity and uncovered words: a word of the press that the claims' own words say
is read as what they say, and keeps the verdict; one they never say keeps it open.

- A word a denial may fall on instead of the act (lexicon/<lang>/foci.yaml: "again", "lần
  nữa") is the act's own where the refuted claim's own words give the act so (a wish "sớm thăm
  lại Việt Nam", to visit again): "had no plans to visit Vietnam again" denies that wish
  (accounting.said_of_refuted, scope.denied_manner). Where the claim's act is the plain one
  ("did not meet Orbán again"), the denial may still fall on the repetition: open.
- An act named as the planned or promised one ("his planned trip", "as promised", "như đã
  hứa"), said done with no time: the visit may have been made after the sources' time, which
  they cannot rule out (reviewer B, session 29): open, as a plan stated as done is.
- Glosses of the sources' phrases (lexicon/<lang>/glosses.yaml): lawmakers "from either party"
  are those "của cả hai đảng"; "go on" cooperating is "tiếp tục" hợp tác; "thăm ... lần nữa" is
  "thăm lại"; "bản thân" is "cá nhân ông". One detail the sources never give beside them stays
  open.

Each class in English, Vietnamese and Vietnamese without diacritics; the statements are written
for these tests.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a denial's focus the claim's own act says: the wish to visit again, denied
    ("Hagerty said he had no plans to visit Vietnam again.", CONTRADICTED),
    ("Ông Hagerty nói ông không có kế hoạch thăm Việt Nam lần nữa.", CONTRADICTED),
    ("Ong Hagerty noi ong khong co ke hoach tham Viet Nam lan nua.", CONTRADICTED),
    # ... and said as the wish is
    ("Ông Hagerty mong muốn sớm thăm Việt Nam lần nữa.", SUPPORTED),
    ("Ong Hagerty mong muon som tham Viet Nam lan nua.", SUPPORTED),
    # traps: a focus the claim's act does not say, or a wish denied as a fact
    ("Hagerty said he had no plans to visit Vietnam privately.", NEI),
    ("Tô Lâm did not meet Orbán again.", NEI),
    ("Tô Lâm không gặp Thủ tướng Orbán lần nữa.", NEI),
    ("To Lam khong gap Thu tuong Orban lan nua.", NEI),
    ("Hagerty did not visit Vietnam again.", NEI),
    ("Ông Hagerty mong muốn thăm Việt Nam lần nữa cùng gia đình.", NEI),
    # "from either party": the lawmakers of both parties he says he talks with
    ("Leahy said he no longer keeps in touch with lawmakers from either party.", CONTRADICTED),
    ("Ông Leahy nói ông không còn trao đổi với các nghị sĩ của cả hai đảng.", CONTRADICTED),
    ("Ong Leahy noi ong khong con trao doi voi cac nghi si cua ca hai dang.", CONTRADICTED),
    # trap: a place no claim gives the lawmakers
    ("Leahy said he no longer keeps in touch with lawmakers from either party in Vermont.", NEI),
    # "go on" cooperating: the commitment to keep cooperating
    (
        "Vietnam will go on cooperating fully and responsibly with the US in the search for"
        " American servicemen missing from the war, To Lam pledged.",
        SUPPORTED,
    ),
    (
        "Tô Lâm cam kết Việt Nam sẽ tiếp tục hợp tác đầy đủ với Mỹ trong tìm kiếm quân nhân Mỹ"
        " mất tích trong chiến tranh.",
        SUPPORTED,
    ),
    (
        "To Lam cam ket Viet Nam se tiep tuc hop tac day du voi My trong tim kiem quan nhan My"
        " mat tich trong chien tranh.",
        SUPPORTED,
    ),
    # "bản thân" is "cá nhân ông", himself, in the words of the one who says it
    (
        "Ông Daines cho biết bản thân sẽ dành ưu tiên cho việc đẩy mạnh hợp tác khắc phục hậu"
        " quả chiến tranh.",
        SUPPORTED,
    ),
    (
        "Ong Daines cho biet ban than se danh uu tien cho viec day manh hop tac khac phuc hau qua"
        " chien tranh.",
        SUPPORTED,
    ),
    (
        "Daines said he himself would prioritise further promoting cooperation on overcoming the"
        " consequences of war.",
        SUPPORTED,
    ),
    # traps: another content, another speaker
    ("Ông Daines cho biết bản thân sẽ dành ưu tiên cho việc đẩy mạnh hợp tác quốc phòng.", NEI),
    (
        "Ông Hagerty cho biết bản thân sẽ dành ưu tiên cho việc đẩy mạnh hợp tác khắc phục hậu"
        " quả chiến tranh.",
        NEI,
    ),
    # traps: a place the sources never give, and "go" as a going
    (
        "Vietnam will go on cooperating fully with the US in the search for American servicemen"
        " missing in Laos, To Lam pledged.",
        NEI,
    ),
    (
        "Vietnam will go to the US to search for American servicemen missing from the war, To"
        " Lam pledged.",
        NEI,
    ),
    # the act named as the planned one, said done, with no time: it may have been made later
    ("Orbán visited Vietnam as promised.", NEI),
    ("Orbán made his planned visit to Vietnam.", NEI),
    ("Thủ tướng Orbán đã thực hiện chuyến thăm Việt Nam mà ông hứa với Tổng Bí thư.", NEI),
    ("Thu tuong Orban da tham Viet Nam nhu da hua voi Tong Bi thu.", NEI),
    # traps: no planned one named (another visit may have been made), a date, a plan, a denial
    ("Orbán has already visited Vietnam.", NEI),
    ("Orbán đã thăm Việt Nam.", NEI),
    ("Orban da tham Viet Nam.", NEI),
    ("Orbán has planned trips to Vietnam.", NEI),
    ("Orbán made his planned trip to Vietnam in 2018.", NEI),
    ("Năm 2018, ông Orbán đã thăm Việt Nam như đã hứa.", NEI),
    ("Orbán visited Vietnam and promised to return.", NEI),
    ("Ông Orbán đã thăm Việt Nam và đã hứa quay lại.", NEI),
    ("Orbán will make his planned trip to Vietnam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_polarity_uncovered_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
