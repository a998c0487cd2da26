"""A view the words said give to someone else (issue 10, session 21, reviewer 2): "Hagerty
told Lam that Vietnam wants ..." gives the wish to Vietnam, which Hagerty's own wish does not
bear out, nor does a partnership's level bear out anyone's satisfaction with it. A view held
by the speaker's own side ("Hagerty said the US wants ...") or by the one the speaker speaks
for ("Lam said Vietnam ...") stays his. Written in English, Vietnamese and Vietnamese without
diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.stance import read_stance

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a third party's view inside what was said: the speaker's own view, or a fact no one
        # stated, is not that party's
        (
            "Orbán told the Vietnamese leader that Vietnam appreciates the comprehensive"
            " partnership.",
            NEI,
        ),
        ("Daines: Vietnam regards the US as a key economic partner in the region", NEI),
        ("Hagerty told Lam that Vietnam hopes for deeper, more substantive ties with the US.", NEI),
        (
            "Tổng thống Prabowo nói với Tổng Bí thư rằng Việt Nam đánh giá cao quan hệ Đối tác"
            " chiến lược toàn diện với Indonesia.",
            NEI,
        ),
        ("Thủ tướng Orbán cho biết Việt Nam hài lòng với quan hệ đối tác toàn diện.", NEI),
        (
            "Thượng nghị sĩ Daines nói với Tổng Bí thư rằng Việt Nam mong muốn trở thành quốc gia"
            " mạnh, độc lập, tự cường, thịnh vượng.",
            NEI,
        ),
        ("TNS Hagerty noi Viet Nam mong muon lam sau sac quan he voi My.", NEI),
        ("Thu tuong Orban noi Viet Nam hai long voi quan he doi tac toan dien.", NEI),
        ("Ong Leahy nhan manh Viet Nam coi quan he voi My la hinh mau hoa giai.", NEI),
        # the speaker's own view, or his own side's, stays borne out
        (
            "Senator Hagerty said the US wants deeper, more substantive ties with Vietnam.",
            SUPPORTED,
        ),
        ("Senator Daines said he wants Vietnam to become strong and prosperous.", SUPPORTED),
        (
            "Ông Hagerty khẳng định Mỹ mong muốn quan hệ Đối tác chiến lược toàn diện với Việt Nam"
            " được làm sâu sắc hơn.",
            SUPPORTED,
        ),
        (
            "TNS Daines mong muon Viet Nam tro thanh quoc gia manh, doc lap, tu cuong, thinh"
            " vuong.",
            SUPPORTED,
        ),
        (
            "TNS Hagerty noi My mong muon quan he Doi tac chien luoc toan dien voi Viet Nam sau"
            " sac hon.",
            SUPPORTED,
        ),
    ],
)
def test_held_views(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Hagerty told Lam that Vietnam wants closer ties.", ("vietnam",)),
        ("Ông Orbán nói Việt Nam hài lòng với quan hệ hai nước.", ("vietnam",)),
        # words affirmed of a body are said of it, no view it holds
        ("Leahy said Congress backs Vietnam on a bipartisan basis.", ()),
        ("Hagerty said he wants closer ties.", ()),
    ],
)
def test_the_reading_names_who_holds_a_view_of_their_own(
    real_checker: Checker, text: str, held: tuple[str, ...]
) -> None:
    reading = read_stance(real_checker.parse(text), real_checker.vocab)
    assert reading is not None
    assert reading.held == held
