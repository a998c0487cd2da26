"""Side parts never carry a statement (session 18, confident wrongs). A title is an assertion of
its own, but it is a side part: a statement whose titles the claims bear out while the verb that
links its people went unread is not supported. Three holes let such statements through, each
closed as a mechanism, with verdicts in English, Vietnamese and Vietnamese without diacritics:

1. A country said of a person ("Hoa Kỳ Pete Hegseth", "Indonesia's Prabowo") accounted for the
   person as well as the country (World.affiliated): the country describes him, so it is
   accounted for by his office there, but he is still for a deciding claim to name.
2. The sentences of a title's claim (dozens for "Tổng Bí thư Tô Lâm") accounted for any word
   beside two titled names ("tiễn ... ra sân bay"): with titles alone deciding a statement about
   two people or more, what links them is its main predication, which no title's claim reports
   (accounting.details).
3. A word read as another act of a predicate ("chiêu đãi", a banquet: an attendance's other act)
   was weighed only where that predicate had claims to weigh, and otherwise vanished: beside
   titles alone it is an act asserted and not checked (accounting.unchecked_acts).
4. A phrase that is no trigger read across a name's edge ("tiếp Thủ tướng" folds to "tiếp thu",
   to absorb) took the reception's verb, leaving titles alone: the title takes its word, and the
   verb is read (parse: not-trigger phrases straddling a name are not read).

The statements are written for these tests, the way wire copy, headlines and posts put things.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import affiliations
from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # 1-3: titles borne out, the verb that links the people unread
        ("Hungarian PM Viktor Orbán escorted General Secretary To Lam to his car.", NEI),
        ("Kazakhstan's Tokayev lunched with US War Secretary Pete Hegseth.", NEI),
        ("Thủ tướng Campuchia Hun Manet tiễn Tổng Bí thư Tô Lâm tại sân bay.", NEI),
        ("Tổng Bí thư Tô Lâm chiêu đãi Bộ trưởng Chiến tranh Hoa Kỳ Pete Hegseth.", NEI),
        ("Tong Bi thu To Lam tien Thu tuong Hungary Viktor Orban ra san bay.", NEI),
        ("Thu tuong Campuchia Hun Manet chieu dai Tong Bi thu To Lam.", NEI),
        ("Tổng Bí thư Tô Lâm tiếp Thủ tướng Hungary Viktor Orbán", NEI),
        ("Tong Bi thu To Lam tiep Thu tuong Hungary Viktor Orban tai Ha Noi", NEI),
        ("General Secretary To Lam received Hungarian Prime Minister Viktor Orbán", NEI),
        # traps: the verb read and borne out, or nothing but the titles said
        ("Indonesia's Prabowo met To Lam in Washington on February 19.", SUPPORTED),
        ("Party chief To Lam received US War Secretary Pete Hegseth.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm tiếp Bộ trưởng Chiến tranh Hoa Kỳ Pete Hegseth.", SUPPORTED),
        ("Tong Bi thu To Lam tiep Bo truong Chien tranh Hoa Ky Pete Hegseth.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm và Thủ tướng Hungary Viktor Orbán.", SUPPORTED),
        ("Trump's Board of Peace held its first meeting in Washington.", SUPPORTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "described"),
    [
        ("Lunch with Indonesia's Prabowo", "indonesia"),
        ("Tô Lâm tiếp Hoa Kỳ Pete Hegseth", "united-states"),
        ("Trump's Board of Peace met", "donald-trump"),
    ],
)
def test_only_what_describes_is_accounted_for(
    checker: Checker, statement: str, described: str
) -> None:
    """The pair is read (the layer below), and of it only the describing side is accounted."""
    with checker.snapshot():
        parsed = checker.parse(statement)
        assert affiliations(parsed, checker.vocab), statement
        accounted = checker.judge.world.affiliated(parsed)
    assert accounted == {described}


@pytest.mark.parametrize(
    ("statement", "verb"),
    [
        ("Tổng Bí thư Tô Lâm tiếp Thủ tướng Hungary Viktor Orbán", "received"),
        ("Tong Bi thu To Lam tiep Thu truong Ngoai giao My", "received"),
        # traps: the phrase stands whole, away from any name
        ("Việt Nam tiếp thu ý kiến của Hungary", None),
        ("Tô Lâm tiếp tục hợp tác với Tổng thống Trump", None),
    ],
)
def test_no_phrase_across_a_name_takes_a_verb(
    checker: Checker, statement: str, verb: str | None
) -> None:
    with checker.snapshot():
        parsed = checker.parse(statement)
    read = {t.target for t in parsed.triggers if t.kind == "trigger"}
    assert read == ({verb} if verb else set())
