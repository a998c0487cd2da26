"""Confident wrongs from attributes bound to the wrong noun and from lasting states dated later
than the sources know (issue 10, session 17), each a mechanism with verdicts in English,
Vietnamese and Vietnamese without diacritics. The statements are written for these tests, the
way wire copy, headlines, speeches and social posts put things.

1. A party tag before a noun of a group ("GOP lawmakers", "các nghị sĩ Cộng hòa") is the
   group's party, not the party of the sentence's subject; beside a title or a name, or set off
   as an apposition ("Leahy, a Republican"), it is still that person's.
2. An act that begins a lasting state (joining a body as a founding member) is dated by its
   claim; the state itself, said of a time after that ("was a founding member in April 2026"),
   is not refuted by the joining's date: the sources do not know that time. The act said of a
   later date ("joined", "became", "gia nhập", "trở thành") is still refuted.
3. A party word after a leader noun ("lãnh đạo Cộng hòa", "the Republican leader") is a party
   said of that leader: checked, never dropped, so an office in another party does not bear the
   statement out.
4. A past title at an occasion or a date the statement gives ("At the Board of Peace meeting,
   Orbán was Hungary's president") speaks of that time: an office the sources fix for all of it
   that the curated rules make incompatible refutes it; undated, a past title stays open.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import lexicon_examples
from sqlalchemy import Engine

from factdb.check.assertions import Assertion
from factdb.check.checker import Checker
from factdb.check.findings import Context
from factdb.check.parse import parse_statement
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, decide_office
from factdb.check.scope import lasting_state
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.index import load as load_lexicon
from tests.builders import claim_view


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


GROUP_PARTIES = [
    # the party tag belongs to the lawmakers or senators after (or, in Vietnamese, before) it
    ("Ex-senator Leahy, 85, swaps notes with Dem and GOP lawmakers on Vietnam", NEI),
    ("Leahy keeps in touch with Republican lawmakers on Vietnam policy", NEI),
    ("Leahy says GOP senators back closer ties with Hanoi", NEI),
    ("Daines told GOP colleagues about his call with Lam", NEI),
    ("Leahy spoke with Montana lawmakers about Vietnam", NEI),
    ("Leahy trao đổi với các nghị sĩ bang Montana về Việt Nam", NEI),
    ("Lam met Democratic and Republican senators in Washington", NEI),
    ("Ông Leahy trò chuyện với các thượng nghị sĩ Đảng Cộng hòa về Việt Nam", NEI),
    ("Ong Leahy tro chuyen voi cac thuong nghi si Dang Cong hoa ve Viet Nam", NEI),
    ("Leahy thường trao đổi với các nghị sĩ Cộng hòa về Việt Nam", NEI),
    ("Tô Lâm gặp các thượng nghị sĩ Dân chủ và Cộng hòa", NEI),
    ("To Lam gap cac thuong nghi si Dan chu va Cong hoa", NEI),
    # traps: beside his title or name, or apposed to him, the party is his, and refuted
    ("Republican Sen. Patrick Leahy spoke with Lam by phone", CONTRADICTED),
    ("GOP Sen. Leahy phoned the Vietnamese leader", CONTRADICTED),
    ("Leahy, a Republican, chatted with the Vietnamese leader", CONTRADICTED),
    ("Leahy, a Republican lawmaker, praised Vietnam", CONTRADICTED),
    ("Tô Lâm điện đàm với thượng nghị sĩ Đảng Cộng hòa Patrick Leahy", CONTRADICTED),
    ("To Lam dien dam voi thuong nghi si Dang Cong hoa Patrick Leahy", CONTRADICTED),
    # a plural title before the names it is given to is theirs: each one's party
    ("Lam phoned two GOP lawmakers, Leahy and Hagerty", CONTRADICTED),
    ("Tô Lâm điện đàm với các nghị sĩ Cộng hòa Leahy và Hagerty", CONTRADICTED),
    ("To Lam dien dam voi cac nghi si Cong hoa Leahy va Hagerty", CONTRADICTED),
    ("Lam phoned two Democratic lawmakers, Leahy and Hagerty", NEI),
    # his own party apposed to him, and a group's party beside his own
    ("Patrick Leahy, a Democrat, spoke with Lam by phone", SUPPORTED),
    ("Republican Sen. Leahy told GOP colleagues about Vietnam", CONTRADICTED),
]


UNTIED_PARTIES = [
    # a party or state after a name that no apposition, copula or title ties to him is no one's
    ("Leahy criticised the GOP over Vietnam policy", NEI),
    ("Leahy praised Republican efforts on war legacies", NEI),
    ("Leahy thanked the Republican administration for its support", NEI),
    ("Leahy spoke to the GOP-controlled Congress about Vietnam", NEI),
    ("Leahy backs the Republican Party's platform on Vietnam", NEI),
    ("Leahy told Lam that Republicans support ties with Vietnam", NEI),
    ("Leahy met Montana's governor", NEI),
    ("Leahy chỉ trích đảng Cộng hòa về chính sách với Việt Nam", NEI),
    ("Leahy chi trich dang Cong hoa ve chinh sach voi Viet Nam", NEI),
    ("Leahy nói với Tô Lâm rằng đảng Cộng hòa ủng hộ quan hệ với Việt Nam", NEI),
    # traps: an apposition, a copula, a title apposed, or a chain of attributes ties it to him
    ("Leahy is a Republican", CONTRADICTED),
    ("Former Sen. Patrick Leahy, a Vermont Republican, called Lam", CONTRADICTED),
    ("Leahy, a Vermont Democrat, spoke with Lam by phone", SUPPORTED),
    (
        "Ông Leahy, nguyên thượng nghị sĩ đảng Cộng hòa bang Vermont, điện đàm với Tổng Bí thư",
        CONTRADICTED,
    ),
    ("Ong Leahy, nguyen thuong nghi si dang Cong hoa bang Vermont, dien dam voi TBT", CONTRADICTED),
    ("Leahy là đảng viên đảng Cộng hòa", CONTRADICTED),
    ("Patrick Leahy was a senator from New Hampshire", CONTRADICTED),
    # a title standing for someone related to its holder is not his ("deputy of", "phó của")
    ("Phó của Thủ tướng Hungary Orbán gặp Tô Lâm", NEI),
    ("Pho cua Thu tuong Hungary Orban gap To Lam", NEI),
    ("Hungarian Prime Minister Orbán's deputy met Lam", NEI),
    ("Phó Thủ tướng Cộng hòa Séc Petr Macinka gặp Tô Lâm", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "expected"), UNTIED_PARTIES)
def test_a_party_after_a_name_is_his_only_where_words_tie_it(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected


@pytest.mark.parametrize(
    "example",
    [(lang, e) for lang in LANGUAGES for e in load_lexicon(lang, "statements")["group_examples"]],
    ids=lambda x: x[1]["text"] if isinstance(x, tuple) else "",
)
def test_group_nouns_take_the_party_beside_them(
    checker: Checker, example: tuple[str, dict[str, str]]
) -> None:
    """The lexicon's examples (`group_examples`): the party tag beside a group's noun is no
    party of anyone named, but a word the deciding claims' sources must say."""
    _, e = example
    parsed = parse_statement(e["text"], checker.vocab)
    at = e["text"].index(e["party"]) + len(e["party"]) - 1  # its last word
    assert not [m for m in parsed.entities if m.start <= at < m.end]
    assert any(s <= at < end for _, s, end in parsed.loose_words)
    # the same words apposed to a name, set off by commas, are his party
    apposed = parse_statement("Leahy, a Republican, spoke with Lam.", checker.vocab)
    assert "republican-party" in apposed.entity_ids()


@pytest.mark.parametrize(("statement", "expected"), GROUP_PARTIES)
def test_a_party_tag_belongs_to_the_noun_it_stands_beside(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected


LASTING = [
    # the state said of a time after the joining the claim dates: later than the sources know
    ("As of April 2026, Vietnam sits on the Board of Peace as a founding member", NEI),
    ("Vietnam was still a founding member of Trump's Board of Peace in May 2026", NEI),
    ("Việt Nam vẫn là thành viên sáng lập của Hội đồng Hòa bình vào tháng 4/2026", NEI),
    ("Viet Nam la thanh vien sang lap Hoi dong Hoa binh vao thang 4/2026", NEI),
    ("In 2027 Vietnam is a founding member of the Board of Peace", NEI),
    # traps: the joining act said of a later date is refuted by the joining's date
    ("Vietnam joined the Board of Peace as a founding member in March 2026", CONTRADICTED),
    ("Vietnam became a founding member of the Board of Peace in March 2026", CONTRADICTED),
    ("Việt Nam gia nhập Hội đồng Hòa bình vào tháng 3/2026", CONTRADICTED),
    ("Việt Nam trở thành thành viên sáng lập Hội đồng Hòa bình vào tháng 3/2026", CONTRADICTED),
    ("Viet Nam tro thanh thanh vien sang lap Hoi dong Hoa binh vao thang 3/2026", CONTRADICTED),
    # ... and the state said of a time before the joining
    ("Vietnam was a founding member of the Board of Peace in 2025", CONTRADICTED),
    # an office or a chair said of a later time stays open
    ("Trump will chair the Board of Peace in 2030", NEI),
    ("Tô Lâm là Tổng Bí thư vào năm 2030", NEI),
    # a present title of an office held from a date on, said of a later time: not "no longer"
    ("Đến năm 2027, Tô Lâm vẫn là Tổng Bí thư", NEI),
    ("Den nam 2027, To Lam van la Tong Bi thu", NEI),
    ("In 2027 Lam is still the party's general secretary", NEI),
    # traps: a former office against a present title stays refuted
    ("Leahy is a sitting senator", CONTRADICTED),
    ("Leahy hiện là thượng nghị sĩ", CONTRADICTED),
]


@pytest.mark.parametrize("example", [*lexicon_examples("synonyms", "lasting_examples")])
def test_lasting_states_are_read_from_their_nouns(checker: Checker, example: dict) -> None:
    """The lexicon's examples (`lasting_examples` in synonyms.yaml): the state's noun read as
    the state, a word of beginning or the act's verb as the act."""
    parsed = parse_statement(example["text"], checker.vocab)
    pred = checker.vocab.predicates[example["predicate"]]
    assert pred.id in parsed.predicates
    assert lasting_state(pred, Context(parsed, set(), set(), {})) is example["state"]


@pytest.mark.parametrize(("statement", "expected"), LASTING)
def test_a_lasting_state_said_of_a_later_time_is_open(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected


LEADER_PARTIES = [
    # a party after (or before) a leader noun is said of that leader, and no claim gives it
    ("Tong Bi thu To Lam la lanh dao Cong hoa", NEI),
    ("Tổng Bí thư Tô Lâm là một nhà lãnh đạo Cộng hòa", NEI),
    ("Republican leader To Lam", NEI),
    ("To Lam, a Republican leader, met Trump", NEI),
    # traps: a country's name that holds the word is the country, not a party
    ("Tô Lâm gặp lãnh đạo Cộng hòa Séc", SUPPORTED),
    ("Democratic leader Patrick Leahy spoke with Lam by phone", SUPPORTED),
    ("Leahy, a Republican leader, spoke with Lam by phone", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "expected"), LEADER_PARTIES)
def test_a_party_after_a_leader_noun_is_checked(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected


DATED_TITLES = [
    # a past title at an occasion or on a day the sources fix another office for
    ("When he met Lam at the Board of Peace meeting, Orbán was president of Hungary", CONTRADICTED),
    ("On February 19, Orbán was Hungary's president", CONTRADICTED),
    ("Tại cuộc họp Hội đồng Hòa bình, ông Orbán đã là Tổng thống Hungary", CONTRADICTED),
    ("Tai cuoc hop Hoi dong Hoa binh, ong Orban da la Tong thong Hungary", CONTRADICTED),
    # his own office there is borne out
    ("At the Board of Peace meeting, Orbán was Hungary's prime minister", SUPPORTED),
    # traps: undated, or at a time the sources do not cover whole, a past title stays open
    ("Orbán was Hungary's president", NEI),
    ("In 2025, Orbán was president of Hungary", NEI),
    ("Before the Board of Peace meeting, Orbán was Hungary's president", NEI),
    ("Trước cuộc họp Hội đồng Hòa bình, ông Orbán đã là Tổng thống Hungary", NEI),
    ("Orbán từng là Tổng thống Hungary", NEI),
    ("Orban tung la Tong thong Hungary", NEI),
    # a title before the name on a day the sources call him former ("nguyên", 003): the office
    # ended before that day, so the plain title (a courtesy one, at best) stays open
    (
        "Chủ tịch Ủy ban Chuẩn chi Thượng viện Patrick Leahy điện đàm với Tô Lâm ngày 19/2/2026.",
        NEI,
    ),
    (
        "Chu tich Uy ban Chuan chi Thuong vien Patrick Leahy dien dam voi To Lam ngay 19/2/2026",
        NEI,
    ),
    ("Chủ tịch Thường trực Thượng viện Patrick Leahy điện đàm với Tô Lâm ngày 19/2/2026", NEI),
    ("Lam phoned Senate president pro tempore Patrick Leahy on 19 February 2026", NEI),
    ("Thượng nghị sĩ Patrick Leahy điện đàm với Tô Lâm ngày 19/2/2026", NEI),
    ("Tong Bi thu To Lam dien dam voi Thuong nghi si Patrick Leahy ngay 19/2/2026", NEI),
    ("Senator Patrick Leahy spoke with To Lam on 19 February 2026", NEI),
    ("To Lam phoned Senator Patrick Leahy on February 19, 2026", NEI),
    # said as current at that day, it is refuted; said as former, borne out
    ("Sitting senator Patrick Leahy spoke with To Lam on 19 February 2026", CONTRADICTED),
    ("To Lam phoned former senator Patrick Leahy on 19 February 2026", SUPPORTED),
    ("Nguyên Thượng nghị sĩ Patrick Leahy điện đàm với Tô Lâm ngày 19/2/2026", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "expected"), DATED_TITLES)
def test_a_past_title_at_a_dated_occasion(checker: Checker, statement: str, expected: str) -> None:
    assert checker.check(statement).verdict == expected


def _day(text: str, first: dt.date, last: dt.date) -> DateSpan:
    return DateSpan(text, 0, len(text), first, last, "day", True)


def test_a_past_title_is_refuted_only_by_an_office_held_all_of_its_time() -> None:
    pm = claim_view(
        "pm",
        "orban",
        "holds_office",
        object="hungary",
        qualifiers=(("role", "prime-minister"),),
        time_start=dt.date(2026, 2, 19),
        time_end=dt.date(2026, 2, 19),
    )
    said = Assertion(
        "office",
        "Orbán was Hungary's president",
        0,
        29,
        "orban",
        "president",
        "hungary",
        tense="past",
        form="copula",
    )

    def rules(a: str, b: str) -> str | None:
        return "one person is not both" if {a, b} == {"president", "prime-minister"} else None

    day = _day("on February 19", dt.date(2026, 2, 19), dt.date(2026, 2, 19))
    year = _day("in 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert decide_office(said, [pm], rules, [day]).verdict == CONTRADICTED
    # a year the office claim covers one day of: he may have been president at another time
    assert decide_office(said, [pm], rules, [year]).verdict == NEI
    # undated: a past title is not refuted by an office held at some time
    assert decide_office(said, [pm], rules, []).verdict == NEI
