"""Session 27, offices: the words that name a minister's department, between the title's head and
its holder (issue 10: a confident wrong verdict is the worst outcome).

"Bo truong Noi an My Pete Hegseth duoc TBT tiep" was SUPPORTED by Lâm's reception of Hegseth:
without diacritics "Noi" folds to the filler "nói" and "an" is the English filler, so the wrong
department vanished and the title read as a bare "Bộ trưởng". The words after a title head
(`title_heads` in lexicon/<lang>/statements.yaml: "bộ trưởng", "secretary", "minister") up to the
holder, or in capitals between a name and the head ("US Cooperation Minister"), name an office:
never fillers (check.titles.title_qualifiers). An office the vocabulary does not read keeps the
verdict open; one it reads is judged by the office rules (fixtures/vocabulary/offices.yaml: the
heads of two departments are two people), so a known department given to the defence head is
refuted.

A ministry named with its country ("Bộ trưởng Bộ Quốc phòng Việt Nam") is a body, no other
country: the same office of another place excludes itself only between places of one kind.

Traps: the right title stays supported, a bare head ("Minister Hegseth") reads as before, and a
filler after a head that reaches no holder ("Bộ trưởng cho biết Mỹ ...") stays a filler.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the confident wrong of press19/dev: session 28 reads its department (homeland
        # security, fixtures/vocabulary/roles.yaml), another minister's: refuted by the rules
        ("Bo truong Noi an My Pete Hegseth duoc TBT tiep.", CONTRADICTED),
        ("Bộ trưởng Nội an Mỹ Pete Hegseth được TBT tiếp.", CONTRADICTED),
        # a department named by filler words alone, in each language form
        ("Bộ trưởng Hợp tác Mỹ Pete Hegseth được TBT tiếp.", NEI),
        ("Bo truong Hop tac My Pete Hegseth duoc TBT tiep.", NEI),
        ("US Cooperation Minister Pete Hegseth was received by Lam.", NEI),
        ("US Minister of Cooperation Pete Hegseth was received by Lam.", NEI),
        ("Minister of Cooperation Pete Hegseth was received by Lam.", NEI),
        ("Bo truong Noi an Pete Hegseth duoc TBT tiep.", CONTRADICTED),
        # a department the vocabulary reads, of another minister of the same government
        ("Bộ trưởng Thương mại Mỹ Pete Hegseth được TBT tiếp.", CONTRADICTED),
        ("Bo truong Tai chinh My Pete Hegseth duoc TBT tiep.", CONTRADICTED),
        ("US Treasury Secretary Pete Hegseth was received by Lam.", CONTRADICTED),
        ("US Commerce Secretary Pete Hegseth was received by Lam.", CONTRADICTED),
        ("Bo truong Cong an My Pete Hegseth duoc TBT tiep.", CONTRADICTED),
        ("Bộ trưởng Tài chính Phan Văn Giang hội đàm với Bộ trưởng Hegseth.", CONTRADICTED),
        ("Finance Minister Phan Van Giang held talks with Hegseth.", CONTRADICTED),
        # traps: the right department stays supported
        ("Bo truong Chien tranh My Pete Hegseth duoc TBT tiep.", SUPPORTED),
        ("Bộ trưởng Chiến tranh Mỹ Pete Hegseth được TBT tiếp.", SUPPORTED),
        ("Bo truong Quoc phong My Pete Hegseth duoc TBT tiep.", SUPPORTED),
        ("US War Secretary Pete Hegseth was received by Lam.", SUPPORTED),
        ("Secretary of War Pete Hegseth was received by Lam.", SUPPORTED),
        # ... and a bare head names no department
        ("Minister Pete Hegseth was received by Lam.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm tiếp Bộ trưởng Hegseth.", SUPPORTED),
        ("Tong Bi thu To Lam tiep Bo truong Hegseth.", SUPPORTED),
        # another title the vocabulary reads of another government is no department of his
        ("Bo truong Quoc phong Phan Van Giang hoi dam voi Bo truong Hegseth.", SUPPORTED),
    ],
)
def test_title_qualifiers(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    "statement",
    [
        # a department the vocabulary does not read (session 28 reads "Nội an")
        "Bộ trưởng Hợp tác Mỹ Pete Hegseth được TBT tiếp.",
        "Bo truong Hop tac My Pete Hegseth duoc TBT tiep.",
        "US Cooperation Minister Pete Hegseth was received by Lam.",
        "US Minister of Cooperation Pete Hegseth was received by Lam.",
    ],
)
def test_department_words_are_details(checker: Checker, statement: str) -> None:
    """The department's first word is a word the claims must say, not a filler."""
    parsed = checker.parse(statement)
    words = {parsed.text[s:e] for _, s, e in parsed.loose_words}
    assert words & {"Hợp", "Hop", "Cooperation"}


@pytest.mark.parametrize(
    "statement",
    [
        # fillers after a head that reach no holder, or a head the vocabulary reads
        "Bộ trưởng cho biết Mỹ coi trọng quan hệ với Việt Nam.",
        "Bo truong cho biet My coi trong quan he voi Viet Nam.",
        "The minister said cooperation with Vietnam matters.",
    ],
)
def test_fillers_away_from_titles_stay(checker: Checker, statement: str) -> None:
    parsed = checker.parse(statement)
    words = {parsed.text[s:e].lower() for _, s, e in parsed.loose_words}
    assert not words & {"cho", "biết", "biet", "cooperation"}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the minister of a ministry named with its country: that body is no other country whose
        # defence ministry he would head as well (rules.decide_office `kind`); CONTRADICTED before
        ("Bộ trưởng Bộ Quốc phòng Việt Nam Phan Văn Giang hội đàm với Bộ trưởng Hegseth.", NEI),
        ("Bo truong Bo Quoc phong Viet Nam Phan Van Giang hoi dam voi Bo truong Hegseth.", NEI),
        (
            "Vietnam's Minister of the Ministry of National Defence Phan Van Giang held talks "
            "with Hegseth.",
            NEI,
        ),
        # traps: the same office of another country is still refuted
        ("Bộ trưởng Quốc phòng Mỹ Phan Văn Giang hội đàm với Bộ trưởng Hegseth.", CONTRADICTED),
        ("Bo truong Quoc phong My Phan Van Giang hoi dam voi Bo truong Hegseth.", CONTRADICTED),
        ("US Defense Secretary Phan Van Giang held talks with Hegseth.", CONTRADICTED),
        ("Vietnamese Defence Minister Pete Hegseth met To Lam.", CONTRADICTED),
        ("Hungarian President Prabowo met To Lam.", CONTRADICTED),
        ("Chủ tịch nước Việt Nam Prabowo gặp Tổng Bí thư.", CONTRADICTED),
        # ... and the ministry's minister without its country's name is his office
        ("Bộ trưởng Bộ Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Hegseth.", SUPPORTED),
        ("Bo truong Bo Quoc phong Phan Van Giang hoi dam voi Bo truong Hegseth.", SUPPORTED),
    ],
)
def test_office_of_a_body_is_no_other_country(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict
