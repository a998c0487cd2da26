"""Session 31, fixer fxall: a universal over acts borne out by one member, and a title heading a
relative clause with no "who"/"that".

A. "All three of Lam's calls with US lawmakers took place on Feb 18" was supported by the Daines
and Hagerty calls of the 18th, though the Leahy call was on the 19th. A word of all
(`act_universals` in lexicon/<lang>/statements.yaml) before an act said as a counted noun
("calls", "cuộc điện đàm") says the date of each act of the occasion: where a number counts as
many as the claims give on it, one outside the dates refutes; with no number, one borne out is
not all, and the statement stays open (Quantifiers.each_act).

B. "The prime minister Lam met from Hungary was Viktor Orbán" gave Lam the prime minister's
office. A title after "the" (`relative_heads`), its name followed right away by a verb and a
copula later on, heads a relative clause whose subject is the name: the title is not his
(assertions._Reader._relative_head). The title is then not borne out of anyone: open.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

# A: the reviewer's statements and paraphrases, a member of the set outside the dates.
UNIVERSAL_REFUTED = [
    "All three of Lam's calls with US lawmakers took place on Feb 18.",
    "Lam held all three of his calls with US lawmakers on Feb 19.",
    "All three of Lam's calls during the trip took place on Feb 19.",
    "Each of Lam's three calls during the trip took place on Feb 18.",
    "Cả ba cuộc điện đàm của Tô Lâm với các nghị sĩ Mỹ đều diễn ra ngày 18/2.",
    "Cả ba cuộc điện đàm của Tổng Bí thư trong chuyến đi đều diễn ra ngày 19/2.",
    "Ca 3 cuoc dien dam cua Tong Bi thu trong chuyen di deu dien ra ngay 19/2.",
]

# B: a title heading a relative clause is not the name's: never refuted as Lam's office.
RELATIVE_OPEN = [
    "The prime minister Lam met from Hungary was Viktor Orbán.",
    "The prime minister Lam invited to Vietnam on Feb 19 was Nikol Pashinyan.",
    "The prime minister Lam thanked Hun Sen in front of was Hun Manet.",
    "The prime minister Lam spoke with in Washington was Shehbaz Sharif.",
]

# The near versions that keep their verdict.
KEPT = [
    # every member inside the dates, or no word of all
    ("All three of Lam's calls during the trip took place in February.", SUPPORTED),
    ("Lam held all three of his calls with US lawmakers between Feb 18 and Feb 19.", SUPPORTED),
    ("Lam's call with Daines took place on Feb 18.", SUPPORTED),
    ("Lam held two calls with US lawmakers on Feb 18.", SUPPORTED),
    ("Lam held three calls with US lawmakers on Feb 18.", CONTRADICTED),
    # no number enumerates the set: one call borne out is not each
    ("Each of Lam's calls with US lawmakers took place on Feb 18.", NEI),
    ("Every call Lam held with US lawmakers took place on Feb 18.", NEI),
    ("Tất cả các cuộc điện đàm của Tô Lâm với nghị sĩ Mỹ đều diễn ra ngày 19/2.", NEI),
    # unmarked "ba" is read as no number (it may be "father", "three" or a name): open
    ("Ca ba cuoc dien dam cua To Lam voi cac nghi si My deu dien ra ngay 18/2.", NEI),
    # a title that is the name's
    ("Prime Minister To Lam met Orbán.", CONTRADICTED),
    ("The prime minister To Lam met Orbán.", CONTRADICTED),
    ("Thủ tướng Tô Lâm gặp Orbán.", CONTRADICTED),
    ("The prime minister met Lam.", NEI),
]


CASES = [(s, CONTRADICTED) for s in UNIVERSAL_REFUTED] + [(s, NEI) for s in RELATIVE_OPEN] + KEPT


@pytest.mark.parametrize(("statement", "verdict"), CASES)
def test_fxall_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    """A: one member outside the dates refutes a universal over acts; B: a title heading a
    relative clause is not the name's; and the near versions keep their verdict."""
    assert real_checker.check(statement).verdict == verdict, statement
