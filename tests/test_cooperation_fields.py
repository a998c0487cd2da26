"""Session 29, predicates: cooperation and its fields (factdb.check.topics.fields_after).

Source 004 says what cooperation the sides agreed to give priority (¶6, ¶10), which exchanges
they agreed to expand (¶10) and in which fields Pashinyan wishes closer cooperation (¶14). The
claims keep the fields in their quotes, and the fields said after a view of cooperation are what
it is about: "thương mại", "trade" there names no trade turnover, and a field the source's
sentence does not say leaves the statement open.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.check.topics import fielded
from factdb.lexicon.index import load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("topics", "field_examples"))
def test_a_field_names_no_predicate(checker: Checker, example: dict[str, Any]) -> None:
    assert example["not_read"] not in checker.parse(example["text"]).predicates


def test_each_view_read_with_its_fields_is_a_topic_with_a_reason(checker: Checker) -> None:
    listed = load("world", "fields")["fielded"]
    for eid, reason in listed.items():
        assert checker.vocab.entities[eid].type == "topic", eid
        assert str(reason).strip(), eid
    assert fielded() == frozenset(listed)


def test_a_trigger_outside_the_fields_is_still_read(checker: Checker) -> None:
    # the clause ends the fields: trade after it is the trade the predicate reads
    parsed = checker.parse("Pashinyan wants closer cooperation in transport; trade passed $1bn")
    assert "trade_turnover" in parsed.predicates


@pytest.mark.parametrize(
    "statement",
    [
        # what the cooperation is on is another view: its words are that view's
        "Ông Daines cho biết cá nhân ông sẽ ưu tiên thúc đẩy hợp tác khắc phục hậu quả "
        "chiến tranh.",
        "TNS Daines noi ca nhan ong se uu tien thuc day hop tac khac phuc hau qua chien tranh.",
        "Daines said he personally would make war-legacy cooperation a priority.",
        "Daines said he would personally make cooperation on the legacies of war a priority.",
        "Ông Daines nói cá nhân ông sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.",
        "Ong Daines noi ca nhan ong se uu tien hop tac khac phuc hau qua chien tranh",
        # no fields: a word of another view, or a detail its claim says
        "Leahy vowed he would always be ready to speak up for closer Vietnam-U.S. cooperation.",
        "Hai ben vui mung vi tin cay chinh tri Viet - My tiep tuc tang cuong, hop tac kinh te - "
        "thuong mai - dau tu duoc mo rong.",
    ],
)
def test_cooperation_without_its_fields_is_no_view(checker: Checker, statement: str) -> None:
    parsed = checker.parse(statement)
    ids = {e for m in parsed.entities for e in m.ids}
    assert not ids & {"closer-cooperation", "cooperation-priorities"}, statement
    assert checker.check(statement).verdict == SUPPORTED, statement


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # ¶14: Pashinyan's wish, with the fields he named
        (
            "Armenian Prime Minister Nikol Pashinyan wants more cooperation with Vietnam in "
            "trade, transport and education.",
            SUPPORTED,
        ),
        (
            "Thủ tướng Pashinyan muốn tăng hợp tác với Việt Nam về kinh tế, thương mại, giao "
            "thông vận tải, giáo dục – đào tạo.",
            SUPPORTED,
        ),
        (
            "Thủ tướng Armenia muốn đẩy mạnh hợp tác với Việt Nam về giáo dục - đào tạo và "
            "giao thông vận tải.",
            SUPPORTED,
        ),
        (
            "Ong Pashinyan mong muon tang cuong hop tac voi Viet Nam, nhat la ve kinh te, "
            "thuong mai, giao thong van tai",
            SUPPORTED,
        ),
        # traps: a field the sentence does not say, another speaker
        ("Hagerty said he would personally make cooperation on war legacies a priority.", NEI),
        ("Ông Hagerty nói cá nhân ông sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", NEI),
        ("Pashinyan wants closer cooperation with Vietnam in trade and defence.", NEI),
        ("Thủ tướng Pashinyan muốn tăng hợp tác với Việt Nam về kinh tế và quốc phòng.", NEI),
        ("Thu tuong Pashinyan muon tang cuong hop tac voi Viet Nam ve an ninh mang", NEI),
        ("Orban wants closer cooperation with Vietnam in transport and education.", NEI),
        # ¶6: the priorities all the sides agreed on
        (
            "The sides agreed to prioritize cooperation in trade, digital transformation and "
            "transport.",
            SUPPORTED,
        ),
        (
            "Các bên nhất trí ưu tiên hợp tác kinh tế, thương mại, khoa học - công nghệ, chuyển "
            "đổi số, chuyển đổi xanh và giao thông vận tải.",
            SUPPORTED,
        ),
        ("Cac ben nhat tri uu tien hop tac chuyen doi so va giao thong van tai", SUPPORTED),
        ("The sides agreed to prioritize cooperation in defence.", NEI),
        ("Các bên nhất trí ưu tiên hợp tác quốc phòng.", NEI),
        ("Cac ben nhat tri uu tien hop tac an ninh", NEI),
        # ¶10: investment is a priority of the Central Asian meetings only
        ("Tokayev và Tô Lâm nhất trí ưu tiên hợp tác đầu tư.", SUPPORTED),
        ("Orban và Tô Lâm nhất trí ưu tiên hợp tác đầu tư.", NEI),
        ("Lam and Tokayev agreed to prioritize cooperation in investment.", SUPPORTED),
        ("Lam and Orban agreed to prioritize cooperation in investment.", NEI),
        # ¶10: cultural and people-to-people exchanges, agreed with those three alone
        ("Các bên nhất trí mở rộng trao đổi văn hóa và giao lưu nhân dân.", SUPPORTED),
        ("Cac ben nhat tri mo rong trao doi van hoa va giao luu nhan dan", SUPPORTED),
        ("Lam and Tokayev agreed to expand cultural exchanges.", SUPPORTED),
        ("Lam and Orban agreed to expand cultural exchanges.", NEI),
        ("Tô Lâm và Orbán nhất trí mở rộng giao lưu nhân dân.", NEI),
        ("To Lam va Orban nhat tri mo rong giao luu nhan dan", NEI),
    ],
)
def test_cooperation_fields(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict, statement
