"""Who reported it (session 30, reviewer's findings): a request, an invitation or a plan the
sources give to the one who made it, given to another as his report, and a post's feeling.

A report set off after what it reports ("Lam proposed ..., Daines said", "..., ông Hegseth cho
biết") gives the words to that reporter (`StanceReading.reporters`). The bare fact of a request,
an invitation (`asked` in lexicon/world/directions.yaml) or a plan is its doer's words, borne
out as his report or his side's, not as that of the other party of the exchange it was made in,
nor anyone else's (`accounting.unsaid_speaker`). A post signed after a dash ("... Grateful for
our partnership! - Sen. Daines") is its signer's words, and its feeling is his
(`stance._dashed`): the sources' thanks of Lam's do not bear it out; a partnership of other
states is no bearing on it (`accounting.answers_for`). Kept: the right speaker, "X said" of the
sides' own act, and the same facts with no speaker. English, Vietnamese and Vietnamese without
diacritics; the statements are the reviewer's and written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.check.stance import read_stance


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the reviewer's: a request, a plan or an invitation given to the other party as his report
    ("Lam proposed that Congress keep funding war-legacy work, Daines said.", NEI),
    ("Orban will visit Vietnam, Lam said.", NEI),
    ("Ông Orbán sẽ thăm Việt Nam, Tổng Bí thư cho biết.", NEI),
    ("Thu tuong Orban se tham Viet Nam, Tong Bi thu cho biet.", NEI),
    ("Tổng Bí thư mời Tổng thống Trump thăm Việt Nam, ông Hegseth cho biết.", NEI),
    ("Tong Bi thu moi Tong thong Trump tham Viet Nam, ong Hegseth cho biet.", NEI),
    # ... in other words, and given to a third party
    ("Lam invited President Trump to visit Vietnam, Hegseth said.", NEI),
    ("Lam said Orban will visit Vietnam.", NEI),
    ("Daines said Lam proposed that Congress keep funding war-legacy work.", NEI),
    ("Lam proposed that Congress keep funding war-legacy work, Hegseth said.", NEI),
    ("Orban will visit Vietnam, Hegseth said.", NEI),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ Việt Nam khắc phục hậu quả chiến tranh,"
        " ông Daines cho biết.",
        NEI,
    ),
    (
        "Tong Bi thu de nghi Quoc hoi My tiep tuc ho tro Viet Nam khac phuc hau qua chien tranh,"
        " ong Daines cho biet.",
        NEI,
    ),
    # the reviewer's: a signed post's feeling is the signer's, which no claim gives him
    (
        "Just spoke with Vietnam's General Secretary To Lam. Grateful for our partnership!"
        " #Vietnam - Sen. Steve Daines",
        NEI,
    ),
    ("Spoke with Vietnam's To Lam. Grateful for our partnership. - Sen. Daines", NEI),
    (
        "Vừa điện đàm với Tổng Bí thư Tô Lâm. Biết ơn quan hệ đối tác của chúng ta! #VietNam"
        " - TNS Steve Daines",
        NEI,
    ),
    (
        "Vua dien dam voi Tong Bi thu To Lam. Biet on quan he doi tac cua chung ta! - TNS Daines",
        NEI,
    ),
    # a partnership of other states is no speaker's words by another part's parties
    ("Vietnam and the Czech Republic are strategic partners, Daines said.", NEI),
    # kept: the right speaker
    ("Orban will visit Vietnam, Orban said.", SUPPORTED),
    ("Thủ tướng Orbán sẽ thăm Việt Nam, ông Orbán cho biết.", SUPPORTED),
    ("Thu tuong Orban se tham Viet Nam, ong Orban cho biet.", SUPPORTED),
    ("Thủ tướng Orbán cho biết sẽ sắp xếp thăm Việt Nam.", SUPPORTED),
    ("Lam proposed that Congress keep funding war-legacy work, Lam said.", SUPPORTED),
    ("Lam invited President Trump to visit Vietnam, Lam said.", SUPPORTED),
    ("Tổng Bí thư mời Tổng thống Trump thăm Việt Nam, Tổng Bí thư cho biết.", SUPPORTED),
    ("Tong Bi thu moi Tong thong Trump tham Viet Nam, Tong Bi thu cho biet.", SUPPORTED),
    ("Vietnam and the Czech Republic are strategic partners, Lam said.", SUPPORTED),
    # kept: "X said" of the sides' own act
    ("Lam met Orban, Orban said.", SUPPORTED),
    ("Lam spoke with Daines by phone, Daines said.", SUPPORTED),
    ("Spoke with Vietnam's To Lam. - Sen. Daines", SUPPORTED),
    ("Điện đàm với Tổng Bí thư Tô Lâm. - TNS Daines", SUPPORTED),
    # kept: a plan or readiness in the speakers' own words, and an invitation told before the
    # invitee's words, not in them
    ("Sharif and Lam said they were ready to exchange visits at a suitable time.", SUPPORTED),
    (
        "Invited by To Lam to visit Vietnam, Armenian Prime Minister Pashinyan said he hoped to"
        " make the trip soon.",
        SUPPORTED,
    ),
    # kept: the facts with no speaker
    ("Lam proposed that Congress keep funding war-legacy work.", SUPPORTED),
    ("Tổng Bí thư mời Tổng thống Trump thăm Việt Nam.", SUPPORTED),
    ("Tong Bi thu moi Tong thong Trump tham Viet Nam.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_who_reported_it(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "speaker", "reporters"),
    [
        (
            "Lam proposed that Congress keep funding war-legacy work, Daines said.",
            "to-lam",
            ("steve-daines",),
        ),
        ("Lam proposed that Congress keep funding war-legacy work, Lam said.", "to-lam", ()),
        (
            "Tổng Bí thư mời Tổng thống Trump thăm Việt Nam, ông Hegseth cho biết.",
            "pete-hegseth",
            (),
        ),
    ],
)
def test_the_reporter_set_off_at_the_end(
    checker: Checker, statement: str, speaker: str, reporters: tuple[str, ...]
) -> None:
    reading = read_stance(checker.parse(statement), checker.vocab)
    assert reading is not None
    assert (reading.speaker, reading.reporters) == (speaker, reporters)


@pytest.mark.parametrize(
    ("statement", "stance"),
    [
        ("Spoke with Vietnam's To Lam. Grateful for our partnership. - Sen. Daines", "thanked"),
        ("Spoke with Vietnam's To Lam. - Sen. Daines", "said"),
        ("Vua dien dam voi Tong Bi thu To Lam. Biet on quan he doi tac! - TNS Daines", "thanked"),
    ],
)
def test_a_signed_post_is_the_signers(checker: Checker, statement: str, stance: str) -> None:
    reading = read_stance(checker.parse(statement), checker.vocab)
    assert reading is not None
    # the signer, not the name before the feeling's sentence
    assert (reading.speaker, reading.stance, reading.bare) == ("steve-daines", stance, True)
