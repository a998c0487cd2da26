"""A capital lies in its country, so a claim placing an act in the capital bears out a statement
naming the country ("tại Mỹ" of the meetings in Washington), but a claim giving only the country
as the place does not say the capital: "Orbán will visit Hanoi" of his plan to visit Vietnam is
not enough info (accounting.unaccounted, accounting.unborne_contents: World.with_countries; a
capital picks out an occasion still, World.seen_closer_or_farther). "Flew to Washington" of the
trip to the Board of Peace meeting is borne out by the meeting's own place, and a capital
standing for its government ("Budapest has approved", `metonyms`) is the country, but not right
after the words of an act that puts its doer there ("revisit Hanoi", "trở lại Hà Nội", "thăm
lại Hà Nội": `presence` in lexicon/world/modes.yaml, parse._governments), where it is the place
gone to, as after "visit" or "return to". The sources place no act in Hanoi or Phnom Penh: the
visits of Orbán, Prabowo, Pashinyan and Hagerty hoped for, Hegseth's 2025 visit and the Cambodia
visit of early February 2026 are to the countries."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's: the claim gives the country as the destination or place only
        ("Orban will visit Hanoi.", NEI),
        ("Ông Orbán sẽ thăm Hà Nội.", NEI),
        ("Ong Orban se tham Ha Noi.", NEI),
        ("Prabowo hopes to visit Hanoi soon.", NEI),
        ("Tổng thống Prabowo mong sớm thăm Hà Nội.", NEI),
        ("Pashinyan hopes to visit Hanoi soon.", NEI),
        ("Hagerty hopes to return to Hanoi soon.", NEI),
        ("Hegseth visited the Vietnamese capital in 2025.", NEI),
        ("Pete Hegseth visited Hanoi in 2025.", NEI),
        ("Bộ trưởng Hegseth thăm Hà Nội năm 2025.", NEI),
        ("Bộ trưởng Hegseth thăm thủ đô Việt Nam năm 2025.", NEI),
        ("Hun Sen welcomed To Lam in Phnom Penh in early February 2026.", NEI),
        ("To Lam visited Phnom Penh in early February 2026.", NEI),
        ("Tô Lâm thăm Phnom Penh đầu tháng 2/2026.", NEI),
        ("Chủ tịch Hun Sen đón Tổng Bí thư tại Phnom Penh đầu tháng 2/2026.", NEI),
        ("Ông Hun Sen đón Tổng Bí thư tại thủ đô Phnom Penh.", NEI),
        ("Tổng Bí thư thăm thủ đô Campuchia đầu tháng 2/2026.", NEI),
        ("To Lam visited the Cambodian capital in early February 2026.", NEI),
        ("Tong Bi thu tham Phnom Penh dau thang 2/2026.", NEI),
        # paraphrases, in the three language forms
        ("Thủ tướng Orbán dự kiến thăm thủ đô Việt Nam.", NEI),
        ("Thu tuong Orban se tham thu do Viet Nam.", NEI),
        ("Tong thong Prabowo mong som tham Ha Noi.", NEI),
        ("Thủ tướng Pashinyan mong sớm thăm Hà Nội.", NEI),
        ("Thu tuong Pashinyan mong som tham Ha Noi.", NEI),
        ("Thượng nghị sĩ Hagerty mong sớm trở lại Hà Nội.", NEI),
        ("Thuong nghi si Hagerty mong som tro lai Ha Noi.", NEI),
        ("Bo truong Hegseth tham Ha Noi nam 2025.", NEI),
        ("Bo truong Hegseth tham thu do Viet Nam nam 2025.", NEI),
        ("Chu tich Hun Sen don Tong Bi thu tai Phnom Penh dau thang 2/2026.", NEI),
        ("Ong Hun Sen don Tong Bi thu tai thu do Phnom Penh.", NEI),
        ("Hun Sen received Lam in the Cambodian capital.", NEI),
        # an invitation to visit the country does not say the capital either
        ("Lam invited Trump to visit Hanoi.", NEI),
        ("Tô Lâm mời Tổng thống Trump thăm Hà Nội.", NEI),
        ("To Lam moi Tong thong Trump tham Ha Noi.", NEI),
        ("Lam visited Phnom Penh before heading to Washington.", NEI),
        # the capital right after an act's words that put its doer there is the place gone to
        ("Hagerty hopes to revisit Hanoi.", NEI),
        ("Hegseth toured Hanoi in 2025.", NEI),
        ("Ông Hagerty muốn sớm thăm lại Hà Nội.", NEI),
        ("Ông Hagerty muốn sớm quay trở lại Hà Nội.", NEI),
        ("Ong Hagerty muon som quay lai Ha Noi.", NEI),
        ("Ông Orbán sẽ công du Hà Nội.", NEI),
        ("Ong Orban se di Ha Noi.", NEI),
    ],
)
def test_a_country_does_not_say_its_capital(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the country itself, as the claims give it
        ("Orban will visit Vietnam.", SUPPORTED),
        ("Ông Orbán sẽ thăm Việt Nam.", SUPPORTED),
        ("Ong Orban se tham Viet Nam.", SUPPORTED),
        ("Pashinyan hopes to visit Vietnam soon.", SUPPORTED),
        ("Thủ tướng Pashinyan mong sớm thăm Việt Nam.", SUPPORTED),
        ("Tong thong Prabowo mong som tham Viet Nam.", SUPPORTED),
        ("Hagerty hopes to return to Vietnam soon.", SUPPORTED),
        ("Thượng nghị sĩ Hagerty mong sớm trở lại Việt Nam.", SUPPORTED),
        ("Thuong nghi si Hagerty mong som tro lai Viet Nam.", SUPPORTED),
        ("Hegseth visited Vietnam in 2025.", SUPPORTED),
        ("Bộ trưởng Hegseth thăm Việt Nam năm 2025.", SUPPORTED),
        ("Bo truong Hegseth tham Viet Nam nam 2025.", SUPPORTED),
        ("To Lam visited Cambodia in early February 2026.", SUPPORTED),
        ("Chủ tịch Hun Sen đón Tổng Bí thư tại Campuchia đầu tháng 2/2026.", SUPPORTED),
        ("Chu tich Hun Sen don Tong Bi thu tai Campuchia dau thang 2/2026.", SUPPORTED),
        ("Lam invited Trump to visit Vietnam.", SUPPORTED),
        ("Tô Lâm mời Tổng thống Trump thăm Việt Nam.", SUPPORTED),
        ("To Lam visited Cambodia before heading to Washington.", SUPPORTED),
        # the sources place the Board of Peace meeting, and the meetings there, in Washington
        ("To Lam flew to Washington for the Board of Peace meeting.", SUPPORTED),
        ("Tô Lâm tới Washington dự phiên họp Hội đồng Hòa bình.", SUPPORTED),
        ("To Lam toi Washington du phien hop Hoi dong Hoa binh.", SUPPORTED),
        ("To Lam flew to Washington.", SUPPORTED),
        ("To Lam visited the US capital in February 2026.", SUPPORTED),
        ("Lam met Orban in Washington.", SUPPORTED),
        ("Tô Lâm gặp Thủ tướng Orbán tại Washington.", SUPPORTED),
        ("To Lam gap Thu tuong Orban tai Washington.", SUPPORTED),
        # ... and a capital lies in its country
        ("Lam met Orban in the US.", SUPPORTED),
        ("Tô Lâm gặp Thủ tướng Orbán tại Mỹ.", SUPPORTED),
        ("To Lam gap Thu tuong Orban tai My.", SUPPORTED),
        # the country itself after those words
        ("Hagerty hopes to revisit Vietnam.", SUPPORTED),
        ("Ông Hagerty muốn sớm thăm lại Việt Nam.", SUPPORTED),
        ("Ong Hagerty muon som quay lai Viet Nam.", SUPPORTED),
        # a capital standing for its government
        ("Budapest has approved a $400 million ODA package for Hanoi.", SUPPORTED),
        ("Budapest đã thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
        ("Budapest da thong qua khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
        # kept open: no claim places the meeting in Hanoi, nor dates Hegseth's visit in 2024
        ("Lam met Orban in Hanoi.", NEI),
        ("Tô Lâm gặp Thủ tướng Orbán tại Hà Nội.", NEI),
        ("Hegseth visited Vietnam in 2024.", NEI),
    ],
)
def test_a_capital_lies_in_its_country(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict
