"""What a congratulation is for (issue 10, session 24, second reviewer's mechanism F).

"Orbán congratulated Vietnam on 30 years of diplomatic relations with the US" was supported: the
congratulation was borne out by his real one (on the 14th Congress), the anniversary by its own
claim, and nothing tied the one to the other. What a congratulation is for ("congratulated X on
Y", "chúc mừng X Y", "chúc mừng X nhân dịp Y") is part of it: Y is borne out only by a claim the
sources state with a congratulation that bears the act out, in one sentence, as they give the
re-election and the 14th Congress with the leaders' congratulations. A true fact the sources do
not give as what anyone congratulated leaves the statement open (not enough info), never
refuted. Written in English, Vietnamese and Vietnamese without diacritics, in wording of our own;
the reviewer's statements as found."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's
        "Orbán congratulated Vietnam on 30 years of diplomatic relations with the US.",
        "Trump congratulated Lam on Hungary's $400m ODA.",
        "The leaders congratulated Lam on the Hegseth visit.",
        "Tổng thống Trump chúc mừng Tổng Bí thư nhân dịp Hungary cấp 200 học bổng.",
        "Thủ tướng Sharif chúc mừng Việt Nam đạt kim ngạch thương mại với Hungary vượt 1 tỷ USD.",
        "Tong thong Mirziyoyev chuc mung quan he Doi tac chien luoc toan dien Viet - My.",
        "Thu tuong Sharif chuc mung Viet Nam tham gia Hoi dong Hoa binh.",
        # ours: wire copy, headlines, social posts
        "Kazakh President Tokayev congratulated Hanoi on three decades of diplomatic ties with "
        "Washington.",
        "Hun Manet congratulated To Lam on Hungary's approval of a $400 million ODA package.",
        "Pakistan's Sharif congratulates Vietnam on joining Trump's Board of Peace",
        "Thủ tướng Pashinyan chúc mừng Việt Nam nhân kỷ niệm 30 năm thiết lập quan hệ ngoại giao "
        "với Hoa Kỳ.",
        "Tổng thống Aliyev chúc mừng Tổng Bí thư về việc Hungary duy trì 200 suất học bổng mỗi "
        "năm.",
        "Thu tuong Hun Manet chuc mung Viet Nam tro thanh thanh vien sang lap Hoi dong Hoa binh",
        "TT Prabowo chuc mung VN nhan dip 50 nam ket thuc chien tranh",
    ],
)
def test_a_fact_no_congratulation_was_for(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # what the sources give the congratulations for: the re-election, the 14th Congress
        "Uzbek President Mirziyoyev congratulated To Lam on his re-election as party chief.",
        "Orbán congratulated Vietnam on its 14th Party Congress.",
        "Trump congratulated Lam on being re-elected as general secretary.",
        "Thủ tướng Hun Manet chúc mừng Tổng Bí thư Tô Lâm tái cử.",
        "Tổng thống Tokayev chúc mừng Việt Nam tổ chức thành công Đại hội XIV.",
        "Tổng thống Trump gửi lời chúc mừng Tổng Bí thư Tô Lâm nhân dịp Tổng Bí thư được bầu lại.",
        "Tong thong Trump chuc mung Tong Bi thu To Lam duoc bau lai.",
        "Thu tuong Orban chuc mung Viet Nam to chuc thanh cong Dai hoi XIV.",
        # the meeting it was said at is no content of it, nor an act joined to it by "and"
        "Orbán congratulated Lam on his re-election when the two met on 19 February.",
        "Lam congratulated Armenia on its achievements and invited Pashinyan to visit Vietnam.",
        "Các nhà lãnh đạo chúc mừng Tổng Bí thư tái cử tại cuộc gặp ở Washington.",
        "The leaders congratulated Lam during his visit to Washington.",
        # nor the event it was done at, which its claims give as their occasion
        "The leaders congratulated Lam on his re-election at the Board of Peace meeting in "
        "Washington.",
        "Cac nha lanh dao chuc mung Tong Bi thu tai cu tai cuoc hop Hoi dong Hoa binh",
    ],
)
def test_what_the_congratulation_was_for(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert judgement.evidence


def test_acts_for_are_predicates(real_checker: Checker) -> None:
    """Every act `acts_for` of lexicon/world/contents.yaml lists is a predicate."""
    listed = set(load_lexicon("world", "contents")["acts_for"])
    assert listed and listed <= set(real_checker.vocab.predicates)
