"""Issue 10, classes 1, 5 and 7 (session 15, forms): titles, lists and names as the press writes
them. The statements are written for these tests the way wire copy, headlines and social posts
put things, each class in English, Vietnamese and Vietnamese without diacritics, with its traps.

1. The ordinal of a numbered gathering: "the first meeting", "phiên họp thứ nhất", "1st
   session" name the body's first meeting (lexicon/<lang>/occasions.yaml), and the gathering
   noun and the ordinal are that name, not details or figures of their own; any other word
   between them ("closed") is still a detail, and another ordinal ("thứ hai") no name of it.
   A body's name running into an event's ("the Gaza peace board's first meeting") is the
   event's name (parse._extend_name), and cities where the press misplaces a meeting
   ("Geneva", "Giơ-ne-vơ") are known places, so another venue for that meeting is read.
   Where the statement names one body only, its first meeting may be said apart from its name
   with a word pointing back to it ("its opening meeting", "phiên khai mạc của hội đồng":
   `anaphors` in occasions.yaml); without that word it may be another body's.
2. Observer, not member: attending "as an observer" denies a membership
   (`antonyms` of founding_member in lexicon/<lang>/polarity.yaml), so a claim that the
   country is a founding member contradicts it; a country no claim makes a member stays open.
   A phrase that denies by its meaning and that no claim decides keeps the statement open
   (Judge._undecided_denials): "Lam attended as an observer" is not borne out by his attendance.
3. A bare title inside the clause of a plural title over a list ("Bốn thủ tướng mà Tổng Bí thư
   gặp ... gồm Orbán và Hun Manet") stands for its one holder, as it does anywhere else: the
   plural title's span over the clause does not make it part of that title
   (assertions.bare_titles).
4. "spoke with", "talked to", "nói chuyện với": a verb that says two people talked, not whether
   they met or called (factdb/lexicon/world/readings.yaml, the verbs in synonyms.yaml under
   both predicates). One reading borne out bears it out; a reading refuted leaves it open while
   the other is not refuted; denied, one reading refuted refutes it. The date said is each
   reading's. A language's own verbs and titles written without diacritics mark it as
   Vietnamese though a name's word looks English ("TBT To Lam tu choi tiep ...": language
   markers in lexicon/vi/statements.yaml). A relative date ("a day after calling Daines")
   orders the two events itself, so its "after" is no order left unchecked.
6. A count with some of its parties named ("met nine leaders, including Prabowo and Orbán",
   "gặp 9 nhà lãnh đạo, trong đó có ..."): the count is borne out by every party the claims give
   that one occasion (Judge._occasion_parties), never refuted by them beyond the rule for a count
   below the names said. An article before a title the occasion's parties hold once ("một phó
   thủ tướng", "one deputy prime minister") says the same as a count of one. A list said to go
   on ("Orbán, Hun Manet & more", "và nhiều lãnh đạo khác": `list_tails` in
   lexicon/<lang>/statements.yaml) is borne out where that occasion has more parties.
7. A one-word name written in lower case in Vietnamese ("hungary", "gaza", "orban") is read
   when it cannot be a Vietnamese word (`word_shape` in lexicon/vi/statements.yaml); one that
   can ("pháp", "nga", "lam") still needs its capital.
5. A country for its government or side ("the Hungarian side", "Chính phủ Hungary": fillers of
   lexicon/<lang>/fillers.yaml, which narrow nothing).
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # 1. the ordinal of a numbered gathering
    ("Lam attended the Board of Peace's 1st meeting in Washington", SUPPORTED),
    ("Tổng Bí thư Tô Lâm dự phiên họp thứ nhất của Hội đồng Hòa bình tại Washington", SUPPORTED),
    ("Tong Bi thu To Lam du phien hop thu nhat cua Hoi dong Hoa binh tai Washington", SUPPORTED),
    ("Hội đồng Hòa bình họp phiên khai mạc tại Washington", SUPPORTED),
    ("Hoi dong Hoa binh hop phien thu nhat tai New York", CONTRADICTED),
    # another ordinal is another meeting, which the sources do not know
    ("Lam attended the second meeting of the Board of Peace in Washington", NEI),
    ("Tổng Bí thư Tô Lâm dự phiên họp thứ hai của Hội đồng Hòa bình", NEI),
    ("Tong Bi thu To Lam du phien hop thu hai cua Hoi dong Hoa binh", NEI),
    # a body's name inside the event's, and a venue the press gets wrong
    ("Lam attends the Gaza peace board's first meeting in New York", CONTRADICTED),
    ("Lam attends the Gaza peace board's first meeting in Washington", SUPPORTED),
    ("Gaza Board Holds Opening Meeting in Geneva", CONTRADICTED),
    ("Hội đồng Hòa bình về Gaza họp phiên khai mạc tại Giơ-ne-vơ", CONTRADICTED),
    ("Hoi dong Hoa binh ve Gaza hop phien khai mac tai Geneva", CONTRADICTED),
    # the city of the board's name is no venue the claims give ("Gaza City", not the body)
    ("Board of Peace opens its first session in Gaza City, Trump presiding", CONTRADICTED),
    ("Phiên khai mạc Hội đồng Hòa bình đã được tổ chức ở thành phố Gaza", CONTRADICTED),
    ("Phien hop dau tien cua Hoi dong Hoa binh dien ra o thanh pho Gaza", CONTRADICTED),
    ("The Board of Peace for Gaza held its first meeting in Washington", SUPPORTED),
    # the party's name before its office is the office's: "former" bears on the office held
    (
        "Ex-Communist Party General Secretary To Lam flew to Washington for the Board of Peace"
        " meeting",
        CONTRADICTED,
    ),
    ("Cựu Tổng Bí thư Đảng Cộng sản Tô Lâm đã dự cuộc họp Hội đồng Hòa bình", CONTRADICTED),
    ("Cuu Tong Bi thu Dang Cong san To Lam da du cuoc hop Hoi dong Hoa binh", CONTRADICTED),
    ("Communist Party general secretary To Lam attended the Board of Peace meeting", SUPPORTED),
    # a deputy's title is not the chair's: the board's vice chairman (a role deputising for its
    # founding chairman, session 20) is not the office the sources give Trump, as a deputy prime
    # minister is not the prime minister (tests/test_deputy_offices.py); "deputy head", no title
    # the vocabulary reads, stays a detail to bear out
    ("Trump, deputy chairman of the Board of Peace, invited To Lam", CONTRADICTED),
    ("Board of Peace deputy head Donald Trump asked Lam to attend its opening meeting", NEI),
    ("Pho Chu tich Hoi dong Hoa binh Donald Trump da moi To Lam", CONTRADICTED),
    (
        "Phó Chủ tịch Hội đồng Hòa bình Donald Trump mời Tổng Bí thư sang dự phiên khai mạc",
        CONTRADICTED,
    ),
    # a modifier makes the title another office, whatever else the claims' sentences say
    ("Pho Tong Bi thu To Lam du hop Hoi dong Hoa binh", NEI),
    ("Phó Tổng Bí thư Tô Lâm đã tới Washington dự cuộc họp Hội đồng Hòa bình", NEI),
    ("Acting General Secretary To Lam flew in for the Board of Peace meeting", NEI),
    ("Quyền Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington", NEI),
    ("Tong Bi thu To Lam gap Quyen Thu tuong Hungary Viktor Orban", NEI),
    # ... only right before the title: "quyền" ending "chủ quyền" after a title is a word
    (
        "Tổng Bí thư mong hai bên đẩy mạnh hợp tác quốc phòng thực chất trên cơ sở tôn trọng độc"
        " lập, chủ quyền và các nguyên tắc đối ngoại, quốc phòng của Việt Nam",
        SUPPORTED,
    ),
    ("Tổng Bí thư Tô Lâm dự họp Hội đồng Hòa bình", SUPPORTED),
    # a meeting of the board with no occasion word may be any of its meetings
    ("The Board of Peace held a meeting in Geneva", NEI),
    # the one body's first meeting said apart from its name, pointing back to it
    ("Trump, chairman of the Board of Peace, invited Lam to attend its opening meeting", SUPPORTED),
    (
        "Trump, chairman of the Board of Peace, invited Lam to attend its opening meeting in"
        " New York",
        CONTRADICTED,
    ),
    (
        "Ông Trump, Chủ tịch Hội đồng Hòa bình về Gaza, đã mời Tô Lâm sang Mỹ dự phiên khai mạc"
        " của hội đồng tại New York",
        CONTRADICTED,
    ),
    (
        "Ong Trump, Chu tich Hoi dong Hoa binh ve Gaza, da moi To Lam sang My du phien khai mac"
        " cua hoi dong tai Washington",
        SUPPORTED,
    ),
    # nothing points back: another body's first session
    ("Lam met the Board of Peace's envoy, then attended the opening session in Hanoi", NEI),
    # a word between the gathering and the ordinal is a detail of its own
    ("The Board of Peace held its first closed session in Washington", NEI),
    ("Hội đồng Hòa bình họp phiên kín đầu tiên tại Washington", NEI),
    # 2. observer, not member
    ("Vietnam joined Trump's Board of Peace as an observer", CONTRADICTED),
    ("Việt Nam tham gia Hội đồng Hòa bình với tư cách quan sát viên", CONTRADICTED),
    ("Viet Nam tham gia Hoi dong Hoa binh voi tu cach quan sat vien", CONTRADICTED),
    ("Vietnam did not join the Board of Peace as an observer", SUPPORTED),
    # a country the claims make no member, and observers sent by one, stay open
    ("Indonesia joined the Board of Peace as an observer", NEI),
    ("Indonesia tham gia Hội đồng Hòa bình với tư cách quan sát viên", NEI),
    ("Vietnam sent observers to the Board of Peace meeting", NEI),
    # a person attending as an observer: no claim of his membership decides it, so the
    # attendance the claims give does not bear the statement out
    ("Lam attended the Board of Peace meeting as an observer", NEI),
    ("Tô Lâm dự cuộc họp Hội đồng Hòa bình với tư cách quan sát viên", NEI),
    ("To Lam du cuoc hop Hoi dong Hoa binh voi tu cach quan sat vien", NEI),
    # 3. a bare title in the clause of a plural title over a list
    (
        "The four prime ministers the General Secretary met in Washington included Orbán and"
        " Hun Manet",
        SUPPORTED,
    ),
    ("Bốn thủ tướng mà Tổng Bí thư gặp tại Washington gồm Orbán và Hun Manet", SUPPORTED),
    ("Bon thu tuong ma Tong Bi thu gap tai Washington gom Orban va Hun Manet", SUPPORTED),
    ("Các tổng thống mà Tổng Bí thư gặp ngày 19/2 gồm Prabowo, Orbán và Tokayev", CONTRADICTED),
    # a title several people hold stands for nobody
    ("The presidents the prime minister met included Prabowo and Tokayev", NEI),
    # 4. talked, by meeting or by phone
    ("Lam spoke with Senator Daines on Feb 18", SUPPORTED),
    ("Tổng Bí thư Tô Lâm nói chuyện với Thượng nghị sĩ Daines ngày 18/2", SUPPORTED),
    ("To Lam tro chuyen voi Thu tuong Orban tai Washington", SUPPORTED),
    ("Lam talked to Hungary's Orbán in Washington on Feb 19", SUPPORTED),
    # a call refuted by its date: they may still have met that day
    ("Lam spoke with Daines on Feb 19", NEI),
    ("To Lam noi chuyen voi TNS Daines ngay 19/2", NEI),
    # a meeting refuted by its place: they may have spoken by phone
    ("Lam talked to Orbán in New York on Feb 19", NEI),
    # denied, each reading is: the call refutes it
    ("Lam did not speak with Daines", CONTRADICTED),
    ("Tô Lâm không nói chuyện với Thượng nghị sĩ Daines", CONTRADICTED),
    ("To Lam khong noi chuyen voi Thuong nghi si Daines", CONTRADICTED),
    # a verb that says one act is not read as the other
    # (the 20th: the 19th is that call's day on Hanoi's clock, tests/test_told_days.py)
    ("Lam phoned Daines on Feb 20", CONTRADICTED),
    # written without diacritics, read as Vietnamese though "To" looks English
    ("TBT To Lam tu choi tiep Bo truong Chien tranh My Pete Hegseth", CONTRADICTED),
    # a relative date orders the two events itself: its "after" is no order left unchecked
    ("Lam phoned Leahy a day after calling Daines", SUPPORTED),
    ("Tô Lâm điện đàm với Leahy một ngày sau khi điện đàm với Daines", SUPPORTED),
    ("To Lam dien dam voi Leahy mot ngay sau khi dien dam voi Daines", SUPPORTED),
    ("Lam phoned Leahy two days after calling Daines", CONTRADICTED),
    # the wires' shorthand for offices: an alias like any other, refuted like any other
    ("Lam met Czech FM Macinka in Washington", SUPPORTED),
    ("Tô Lâm gặp PTT Séc Macinka tại Washington", SUPPORTED),
    ("To Lam gap PTT Hungary Orban tai Washington", CONTRADICTED),
    # 6. a count with some of its parties named
    ("Lam met 9 leaders including President Prabowo and PM Orban in DC", SUPPORTED),
    ("Tô Lâm gặp 9 nhà lãnh đạo, trong đó có Tổng thống Prabowo và Thủ tướng Orbán", SUPPORTED),
    ("To Lam gap 9 nha lanh dao, trong do co Tong thong Prabowo va Thu tuong Orban", SUPPORTED),
    ("Lam met four presidents, including Prabowo and Tokayev, on Feb 19", SUPPORTED),
    # another count is open: the sources need not list everyone, and the names may be a part
    ("Lam met 12 leaders including President Prabowo and PM Orban in DC", NEI),
    ("Lam met 3 leaders including Prabowo and Orban", NEI),
    ("Tô Lâm gặp 5 tổng thống, trong đó có Prabowo và Tokayev", NEI),
    # a list said to go on
    ("Lam met Orbán, Hun Manet & more in Washington on Feb 19", SUPPORTED),
    ("Tô Lâm gặp Orbán, Hun Manet và nhiều lãnh đạo khác tại Washington ngày 19/2", SUPPORTED),
    ("To Lam gap Orban, Hun Manet va nhieu lanh dao khac tai Washington ngay 19/2", SUPPORTED),
    ("Lam phoned Daines and others on Feb 18", SUPPORTED),
    # ... not where the claims give that occasion no one else
    ("Lam phoned Leahy and others on Feb 19", NEI),
    ("Tô Lâm điện đàm với Leahy và những người khác ngày 19/2", NEI),
    # "one"/"một" before a title held once on that occasion is a count of one
    (
        "Tổng Bí thư đã gặp 4 tổng thống, 4 thủ tướng và một phó thủ tướng bên lề cuộc họp Hội"
        " đồng Hòa bình",
        SUPPORTED,
    ),
    (
        "Tong Bi thu da gap 4 tong thong, 4 thu tuong va mot pho thu tuong ben le cuoc hop Hoi"
        " dong Hoa binh",
        SUPPORTED,
    ),
    (
        "Lam met four presidents, four prime ministers and one deputy prime minister on the"
        " sidelines of the Board of Peace meeting",
        SUPPORTED,
    ),
    # ... and open before a title held by several
    ("Lam met one prime minister on the sidelines of the Board of Peace meeting", NEI),
    ("Tô Lâm gặp một thủ tướng bên lề cuộc họp Hội đồng Hòa bình", NEI),
    # 7. lower-case names in Vietnamese
    ("tong bi thu to lam gap thu tuong hungary viktor orban", SUPPORTED),
    ("tô lâm gặp thủ tướng hungary orbán tại washington", SUPPORTED),
    ("tong bi thu to lam gap tong thong hungary viktor orban", CONTRADICTED),
    ("to lam du hop hoi dong hoa binh gaza o washington", SUPPORTED),
    # 5. a country for its government or its side
    # (a government is not a body whose name holds the country's: the executive is not
    # Congress, whom the request went to)
    ("Lam asked the US government to keep funding dioxin cleanup at Bien Hoa airport", NEI),
    ("Tổng Bí thư đề nghị Chính phủ Mỹ tiếp tục tẩy độc dioxin ở sân bay Biên Hòa", NEI),
    ("Tong Bi thu de nghi Chinh phu My tiep tuc tay doc dioxin o san bay Bien Hoa", NEI),
    ("The Hungarian side has approved $400 million in ODA for Vietnam", SUPPORTED),
    ("Chính phủ Hungary đã thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
    ("Chinh phu Hungary da thong qua khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
    # ... and fixes nothing more: a figure the claims do not give is no support
    ("The Hungarian side has approved $900 million in ODA for Vietnam", NEI),
]


@pytest.mark.parametrize("example", lexicon_examples("synonyms", "either_examples"))
def test_a_verb_of_talking_names_a_meeting_and_a_call(
    checker: Checker, example: dict[str, Any]
) -> None:
    """lexicon/<lang>/synonyms.yaml `either_examples`: the verb triggers every predicate of
    its group in factdb/lexicon/world/readings.yaml."""
    assert set(example["predicates"]) <= set(checker.parse(example["text"]).predicates)


def test_every_group_of_readings_has_examples_in_each_language() -> None:
    groups = [set(g["predicates"]) for g in load("world", "readings")["either"]]
    for lang in LANGUAGES:
        shown = [set(e["predicates"]) for e in load(lang, "synonyms")["either_examples"]]
        assert all(group in shown for group in groups), lang


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tô lâm gặp thủ tướng hungary orbán", {"to-lam", "hungary", "viktor-orban"}),
        # words of the language's shape are words, not names, without their capital
        ("thu tuong phap gap tong thong nga", set()),
        ("Tô Lâm tìm giải pháp cho quan hệ với Nga", {"to-lam", "russia"}),
    ],
)
def test_a_lower_case_name_is_read_where_it_can_be_no_word(
    checker: Checker, text: str, names: set[str]
) -> None:
    parsed = checker.parse(text)
    people_and_places = {e for e in parsed.entity_ids() if e in names or e in {"france", "russia"}}
    assert people_and_places == names


@pytest.mark.parametrize(
    "statement",
    [
        "Leahy spoke with Lam.",
        "Ông Leahy nói chuyện với Tổng Bí thư Tô Lâm",
        "Ong Leahy noi chuyen voi Tong Bi thu To Lam",
    ],
)
def test_a_reading_stands_only_with_the_parties_of_the_verb(
    checker: Checker, statement: str
) -> None:
    """The readings of "spoke with" are one act's: the call with Leahy bears it out, and Lam's
    meeting with the Vietnamese community, which names neither party after the verb, is no
    reading of it (review 1, #18)."""
    judgement = checker.check(statement)
    cited = {c.id for c in judgement.evidence}
    assert judgement.verdict == SUPPORTED
    assert "to-lam-phone-call-leahy-2026-02-19" in cited
    assert not any("community" in c for c in cited)


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict
