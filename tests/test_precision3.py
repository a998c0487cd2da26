"""No confident wrong verdict, session 15: the classes the precision3 traps
(fixtures/statements/precision3/) and the last session's notes found, each a mechanism with a test
at its layer and verdicts in English, Vietnamese and Vietnamese without diacritics. The
statements are written for these tests, not taken from a corpus.

1. The past copula ("was", "đã là") puts a title in the past: held at some time, which a present
   holder of the office does not refute; it yields to any other tense word ("was no longer").
2. A deputy's title is its own office ("Vice President", "Phó Tổng thống"): read without it, the
   deputy word was unread and the principal's office bore the title out.
3. The object of a visit is where it happened: a capital there ("visited the White House",
   "không thăm Phnom Penh") is the place, not the government it may stand for, so a denied
   visit to it is not refuted by a visit to the country.
4. A verb that adds nothing to the predicate after it ("complete", "wrap up", "hoàn tất") right
   after a plan verb ("agreed to", "đồng ý") is the act agreed to: the statement is a plan, not
   the fact, and not an agreement the sources give to another act.
5. How an act was done ("by phone", "qua điện thoại"), which time ("for the first time", "lần
   đầu") and what a call was for ("to invite", "để mời") are other acts no claim of it gives
   (`other_acts` in lexicon/<lang>/synonyms.yaml): neither borne out nor refuted.
6. Facts given as someone's words where no claim is anyone's words are borne out only when the
   speaker is a party of them, holds an office now in a party, or is a title its holder there
   answers to (Judge._unsaid_speaker): "Leahy said ..." of facts between the two countries is
   not enough info; he holds no office now.
7. The countries where the other parties hold office are accounted for ("met leaders from
   Indonesia"), not the bodies: Trump's Board of Peace is no account of a call's topic.
8. A date said of a report ("according to 2026 figures", "theo số liệu năm 2026", "reported on
   February 20") is when the words were published, not when what they tell happened: no claim's
   time accounts for it (`report_words` in lexicon/<lang>/statements.yaml).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def verdict(checker: Checker, statement: str) -> str:
    return checker.check(statement).verdict


# --- 1. the past copula -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # a past title: another holder at the sources' time does not refute it
        ("Hun Sen was the prime minister of Cambodia when Lam visited in February.", NEI),
        ("Ông Hun Sen đã là Thủ tướng Campuchia", NEI),
        ("Ong Hun Sen da la Thu tuong Campuchia", NEI),
        ("Daines was a member of the House", NEI),
        ("Orbán was not the president of Hungary", NEI),
        # ... borne out by the office held
        ("Orbán was the prime minister of Hungary", SUPPORTED),
        # the present copula still refutes, in each language
        ("Hun Sen is Cambodia's prime minister", CONTRADICTED),
        ("Ông Hun Sen là Thủ tướng Campuchia", CONTRADICTED),
        ("Ong Hun Sen la Thu tuong Campuchia", CONTRADICTED),
        # another tense word wins over the past copula
        ("Leahy was no longer a senator", SUPPORTED),
        ("The four prime ministers Lam met were Hun Manet, Pashinyan, Orbán and Sharif", SUPPORTED),
    ],
)
def test_past_copula_verdicts(checker: Checker, statement: str, expected: str) -> None:
    assert verdict(checker, statement) == expected


# --- 2. a deputy's office -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Indonesian Vice President Prabowo Subianto met Lam in Washington.",
        "Phó Tổng thống Indonesia Prabowo Subianto gặp Tổng Bí thư Tô Lâm",
        "Pho Tong thong Indonesia Prabowo gap Tong Bi thu",
    ],
)
def test_a_vice_president_is_not_the_president(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED
    assert "prabowo-president-indonesia" in [c.id for c in judgement.evidence]


def test_the_vice_presidency_rule_is_curated_data(checker: Checker) -> None:
    vocab = checker.vocab
    assert vocab.incompatible("president", "vice-president") is not None
    # a deputy is no rival of another deputy: no rule, so no contradiction between them
    assert vocab.incompatible("vice-president", "deputy-prime-minister") is None


# --- 3. the object of a visit -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "place"),
    [
        ("Lam did not visit the White House.", ("White House", ("united-states",))),
        ("Tô Lâm không thăm Nhà Trắng", ("Nhà Trắng", ("united-states",))),
        ("To Lam khong tham Nha Trang", ("Nha Trang", ("united-states",))),
    ],
)
def test_a_capital_visited_is_no_government(
    checker: Checker, statement: str, place: tuple[str, tuple[str, ...]]
) -> None:
    parsed = checker.parse(statement)
    assert place not in [(m.text, m.ids) for m in parsed.entities]
    # ... while as a subject it still stands for the government
    subject = checker.parse("The White House invited Lam")
    assert ("united-states",) in [m.ids for m in subject.entities]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Lam did not visit the White House during his Washington trip", NEI),
        ("Tổng Bí thư Tô Lâm không tới thăm Nhà Trắng trong chuyến công tác Mỹ", NEI),
        ("To Lam khong tham Nha Trang", NEI),
        ("Lam did not visit Phnom Penh in early February", NEI),
        ("Tong Bi thu khong tham Phnom Penh dau thang 2", NEI),
        ("Lam visited the White House", NEI),
        # the country and the city the sources give are still refuted when denied
        ("Lam did not visit Cambodia in early February", CONTRADICTED),
        ("Tổng Bí thư không thăm Campuchia đầu tháng 2/2026", CONTRADICTED),
        ("Lam did not visit Washington", CONTRADICTED),
    ],
)
def test_visit_verdicts(checker: Checker, statement: str, expected: str) -> None:
    assert verdict(checker, statement) == expected


# --- 4. a verb that adds nothing, agreed to -----------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Hungary agreed to complete the approval of the ODA",
        "Hungary đồng ý hoàn tất việc thông qua khoản ODA",
        "Hungary dong y hoan tat viec thong qua khoan ODA",
    ],
)
def test_a_transparent_verb_after_a_plan_verb_is_planned(checker: Checker, statement: str) -> None:
    assert checker.parse(statement).modality == "plan"
    assert verdict(checker, statement) == NEI


@pytest.mark.parametrize(
    "statement",
    [
        "Lam and Macinka agreed to wrap up EVFTA talks",
        "Lam and Czech FM Macinka agreed to complete the EVFTA",
        "Lâm và Macinka đồng ý hoàn tất đàm phán EVFTA",
        "Lam va Macinka dong y hoan tat EVFTA",
    ],
)
def test_an_agreement_to_conclude_is_no_agreement_to_use(checker: Checker, statement: str) -> None:
    """The sources have them agree to use the EVFTA effectively: an agreement to conclude its
    talks is another act."""
    assert verdict(checker, statement) == NEI


# --- 5. how and which time, and what a call was for ---------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        # the invitation and its acceptance were letters; the July 2025 call was another occasion
        "Trump did not invite Lam by phone.",
        "Tổng thống Trump không mời Tổng Bí thư qua điện thoại",
        "Tong thong Trump khong moi Tong Bi thu To Lam qua dien thoai",
        "Trump invited Lam by phone.",
        "Lam accepted the invitation over the phone.",
        "Tổng Bí thư nhận lời mời của ông Trump qua điện thoại",
        "Trump did not call Lam to invite him.",
        "Trump called Lam to invite him to Washington.",
        "Lam phoned Trump to accept the invitation.",
        "Tổng thống Trump gọi điện cho Tổng Bí thư để mời ông sang Washington",
        "Tong thong Trump khong goi dien cho Tong Bi thu de moi ong",
        # ... nor a call ("gọi điện chúc mừng": the call and the congratulation in one phrase)
        "Tổng thống Trump gọi điện chúc mừng ông Tô Lâm tái đắc cử Tổng Bí thư",
        "Tong thong Trump goi dien chuc mung ong To Lam tai dac cu Tong Bi thu",
        "Trump phoned his congratulations to Lam on his re-election.",
        # Trump's congratulations are not said to be a letter
        "Trump congratulated Lam on his re-election as General Secretary by letter.",
        "Tổng thống Trump chúc mừng Tổng Bí thư tái cử bằng thư",
        "Tong thong Trump chuc mung Tong Bi thu tai cu bang thu",
        # "for the first time": Hungary keeps (duy trì) its 200 scholarships
        "Hungary granted 200 scholarships to Vietnamese students for the first time.",
        "Lần đầu tiên Hungary cấp 200 học bổng mỗi năm cho sinh viên Việt Nam",
        "Lan dau tien Hungary cap 200 hoc bong moi nam cho sinh vien Viet Nam",
        "Lam visited the US for the first time.",
        "Tổng Bí thư Tô Lâm lần đầu thăm Mỹ",
    ],
)
def test_a_manner_an_ordinal_or_a_purpose_no_claim_gives_is_open(
    checker: Checker, statement: str
) -> None:
    assert verdict(checker, statement) == NEI


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # the acts themselves, and the call, are still borne out or refuted
        ("Trump invited Lam to join the Board of Peace.", SUPPORTED),
        ("Lam spoke with Daines by phone.", SUPPORTED),
        ("Daines did not speak with Lam by phone.", CONTRADICTED),
        ("Tổng Bí thư Tô Lâm không điện đàm với Thượng nghị sĩ Daines", CONTRADICTED),
        ("Vietnam-Hungary trade topped $1 billion for the first time in 2025.", SUPPORTED),
        ("Nam 2025 thuong mai Viet Nam - Hungary lan dau vuot 1 ty USD", SUPPORTED),
    ],
)
def test_the_acts_without_them_are_still_decided(
    checker: Checker, statement: str, expected: str
) -> None:
    assert verdict(checker, statement) == expected


# --- 6. a speaker no claim has say the facts ----------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        # a former senator holds no office in a party of the upgrade: his words are not shown
        "Leahy said the US and Vietnam upgraded ties to a comprehensive strategic partnership",
        "Ông Leahy nói Việt Nam và Mỹ nâng cấp quan hệ năm 2023",
        "Ong Leahy noi Viet Nam va My nang cap quan he nam 2023",
    ],
)
def test_a_speaker_who_is_no_party_does_not_bear_out_the_facts(
    checker: Checker, statement: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI
    assert "speaker's words" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a party's leader, a title for him, a body reporting it
        "Jakarta values its comprehensive strategic partnership with Hanoi, Prabowo says",
        "The Vietnam-US relationship is a comprehensive strategic partnership, Lam told Hagerty.",
        "TBT: Quan hệ Việt – Mỹ là Đối tác chiến lược toàn diện",
        "Tong Bi thu: quan he Viet - My la Doi tac chien luoc toan dien",
    ],
)
def test_a_party_or_its_leader_may_say_them(checker: Checker, statement: str) -> None:
    assert verdict(checker, statement) == SUPPORTED


# --- 7. a body where a party holds office -------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # Trump chairs the Board of Peace: no account of a call's topic (the July 2025 call
        # predates the board)
        ("Lam spoke with Trump by phone in July 2025 about the Board of Peace", NEI),
        ("Tổng Bí thư điện đàm với Tổng thống Trump tháng 7/2025 về Hội đồng Hòa bình", NEI),
        ("Tong Bi thu dien dam voi Tong thong Trump thang 7/2025 ve Hoi dong Hoa binh", NEI),
        # ... while the country he holds office in still is ("leaders from Indonesia")
        ("Lam spoke with Trump by phone in July 2025", SUPPORTED),
        ("Lam met leaders from Indonesia and Kazakhstan in Washington", SUPPORTED),
    ],
)
def test_a_body_of_a_party_is_no_account_of_a_topic(
    checker: Checker, statement: str, expected: str
) -> None:
    assert verdict(checker, statement) == expected


# --- 8. a report's date -------------------------------------------------------------------------


# A year of figures may be the year counted: it bounds nothing. The day a report came out
# bounds the act it tells of, done by then (accounting.bounds): Lam met Orbán on 19 Feb.
@pytest.mark.parametrize(
    ("statement", "reported", "expected"),
    [
        (
            "Vietnam-Hungary trade passed $1 billion for the first time, per 2026 figures",
            "2026",
            NEI,
        ),
        (
            "Theo số liệu năm 2026, thương mại Việt Nam - Hungary lần đầu vượt 1 tỷ USD",
            "năm 2026",
            NEI,
        ),
        (
            "Theo so lieu nam 2026, thuong mai Viet Nam - Hungary lan dau vuot 1 ty USD",
            "nam 2026",
            NEI,
        ),
        ("Lam met Orbán, Hungarian media reported on February 20", "February 20", SUPPORTED),
        ("Lam met Orbán, Hungarian media reported on February 18", "February 18", NEI),
    ],
)
def test_a_reports_date_dates_no_fact(
    checker: Checker, statement: str, reported: str, expected: str
) -> None:
    parsed = checker.parse(statement)
    assert [d.text for d in parsed.report_dates] == [reported]
    assert parsed.dates == []
    assert verdict(checker, statement) == expected


@pytest.mark.parametrize(
    "statement",
    [
        # the event's own date, and a report word after a comma, are read as before
        "Vietnam-Hungary trade passed $1 billion for the first time in 2025",
        "Thương mại Việt Nam - Hungary lần đầu vượt 1 tỷ USD năm 2025",
        "Lam met Orbán on February 19, Hungarian media reported",
    ],
)
def test_the_facts_own_date_is_still_read(checker: Checker, statement: str) -> None:
    assert checker.parse(statement).report_dates == []
    assert verdict(checker, statement) == SUPPORTED
