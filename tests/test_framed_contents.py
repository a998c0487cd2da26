"""The content of an act set on an occasion (session 32, speakers and occasions): "Orbán
congratulated To Lam on his re-election during their meeting", "Tại các cuộc gặp, các nhà lãnh
đạo chúc mừng Tổng Bí thư Tô Lâm vừa tái cử". The frame sets the congratulation at the meeting,
not the re-election it is on, which came before: the re-election, the content of the act right
before it whose party does it (assertions.contents, `controllers` in lexicon/<lang>/
synonyms.yaml), is not left open for want of a claim on the meeting (frames.framed). A verb
joined by "and" is an act of its own, framed as before ("... during their meeting and was
re-elected"), and a congratulation the claims put on no such occasion stays open.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the congratulation the sources give at the meeting, on a re-election before it
        (
            "Orbán congratulated To Lam on his re-election during their meeting in Washington.",
            SUPPORTED,
        ),
        (
            "Foreign leaders congratulated To Lam on his re-election during their meetings in"
            " Washington.",
            SUPPORTED,
        ),
        ("Tại cuộc gặp, Thủ tướng Orbán chúc mừng Tổng Bí thư Tô Lâm tái đắc cử.", SUPPORTED),
        ("Tại các cuộc gặp, các nhà lãnh đạo chúc mừng Tổng Bí thư Tô Lâm vừa tái cử.", SUPPORTED),
        ("Tai cuoc gap, Thu tuong Orban chuc mung Tong Bi thu To Lam tai dac cu.", SUPPORTED),
        ("Tai cac cuoc gap, cac nha lanh dao chuc mung Tong Bi thu To Lam vua tai cu.", SUPPORTED),
        # traps: an occasion the claims give no congratulation on stays open
        ("Orbán congratulated To Lam on his re-election during their phone call.", NEI),
        ("Hegseth congratulated To Lam on his re-election during their meeting in Hanoi.", NEI),
        ("Orbán congratulated To Lam on his re-election during his visit to Cambodia.", NEI),
        ("Tại cuộc điện đàm, Thủ tướng Orbán chúc mừng Tổng Bí thư Tô Lâm tái đắc cử.", NEI),
        ("Trong cuộc gặp, Bộ trưởng Hegseth chúc mừng Tổng Bí thư tái đắc cử.", NEI),
        ("Tai cuoc dien dam, Thu tuong Orban chuc mung Tong Bi thu To Lam tai dac cu.", NEI),
        # traps: an act joined by "and" is no content, and is set on the meeting
        ("Orbán congratulated To Lam during their meeting and was re-elected.", NEI),
        ("Trong cuộc gặp, Thủ tướng Orbán chúc mừng Tổng Bí thư và tái đắc cử.", NEI),
        ("Trong cuoc gap, Thu tuong Orban chuc mung Tong Bi thu va tai dac cu.", NEI),
    ],
)
def test_the_content_of_a_framed_act(real_checker: Checker, statement: str, verdict: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
