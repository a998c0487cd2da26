"""Names a statement gives that no deciding claim has, accounted for all the same (issue 10,
recall), run on the curated base.

Bodies, agreements and programmes named in passing: a name a deciding fact's source sentence
gives is accounted for by it, as its words account for a detail (accounting.unsaid); a place, a
person or a name no such sentence gives still keeps a statement open, and a title's claim
accounts for nothing its sentence goes on to say.

Who reports a fact: a body or a country a statement attributes a fact to ("according to
Vietnam's Foreign Ministry", "theo Bộ Ngoại giao") reports it and is no party of it, where
facts decide the statement (accounting.reporter); the fact must still be borne out."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def _verdict(checker: Checker, text: str) -> str:
    with checker.snapshot():
        return checker.check(text).verdict


@pytest.mark.parametrize(
    "statement",
    [
        # 004: "... phối hợp lập trường tại các diễn đàn khu vực và quốc tế, nhất là ASEAN và
        # Liên hợp quốc; củng cố đoàn kết và phát huy vai trò trung tâm của ASEAN"
        "Joint readout: General Secretary To Lam and President Prabowo Subianto agreed to "
        "coordinate positions at ASEAN and the United Nations.",
        "TBT gặp TT Indonesia Prabowo, hai bên nhất trí phối hợp chặt chẽ tại ASEAN và LHQ",
    ],
)
def test_a_body_the_sentence_names_is_accounted_for(checker: Checker, statement: str) -> None:
    assert _verdict(checker, statement) == "supported"


@pytest.mark.parametrize(
    "statement",
    [
        # a body the sentence does not name
        "To Lam and Prabowo Subianto agreed on the central role of ASEAN at the European Union.",
    ],
)
def test_a_name_no_fact_sentence_gives_stays_open(checker: Checker, statement: str) -> None:
    assert _verdict(checker, statement) == "not_enough_info"


def test_a_titles_sentence_accounts_for_nothing(checker: Checker) -> None:
    """Daines's title is borne out by a claim whose sentence goes on to the cooperation he
    pledged; the title does not bear out what he is said to have pledged of it."""
    statement = (
        "“Cá nhân tôi sẽ phản đối hợp tác khắc phục hậu quả chiến tranh”, TNS Daines nói với "
        "TBT Tô Lâm"
    )
    assert _verdict(checker, statement) != "supported"


@pytest.mark.parametrize(
    "statement",
    [
        "According to Vietnam's Foreign Ministry, Lam travelled to the US for the Board of "
        "Peace's inaugural meeting",
        "Theo Bộ Ngoại giao, Tổng Bí thư Tô Lâm đã gặp Tổng thống Indonesia Prabowo Subianto",
    ],
)
def test_a_body_reporting_a_fact_is_no_party(checker: Checker, statement: str) -> None:
    assert _verdict(checker, statement) == "supported"


def test_a_reported_fact_must_still_be_borne_out(checker: Checker) -> None:
    statement = "According to Vietnam's Foreign Ministry, Lam travelled to Japan in February"
    assert _verdict(checker, statement) != "supported"


@pytest.mark.parametrize(
    "statement",
    [
        "Hai nước nhất trí tăng cường hợp tác quốc phòng",  # "nước nhất" is not "nước Nhật"
        "Việt Nam và Campuchia là hai nước anh em",  # "nước anh" is not "nước Anh"
    ],
)
def test_a_common_phrase_is_no_country(checker: Checker, statement: str) -> None:
    with checker.snapshot():
        ids = checker.parse(statement).entity_ids()
    assert not ids & {"japan", "united-kingdom"}
