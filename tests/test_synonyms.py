"""Issue 10, class 8: predicates said the way the press says them.

- `factdb/lexicon/<lang>/synonyms.yaml`: phrases per predicate, each predicate with an example
  in each language that must trigger it;
- `factdb/lexicon/en/inflection.yaml` (factdb.text.inflect): "hosted", "flew to" and
  "travelled" read through the base form a phrase is written in.
"""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.check.rules import OCCASION
from factdb.lexicon.index import LANGUAGES, load
from factdb.text.inflect import Inflection


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def _corpus(section: str) -> list[Any]:
    return [
        pytest.param(example, id=f"{lang}-{example['predicate']}-{n}")
        for lang in LANGUAGES
        for n, example in enumerate(load(lang, "synonyms").get(section, []))
    ]


EXAMPLES = _corpus("examples")


@pytest.mark.parametrize("example", EXAMPLES)
def test_synonym_corpus(checker: Checker, example: dict[str, Any]) -> None:
    assert example["predicate"] in checker.parse(example["text"]).predicates


SLOTTED = _corpus("slotted_examples")


@pytest.mark.parametrize("example", SLOTTED)
def test_slotted_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """A light verb and an act's noun with the party named between them ("sent Lam an
    invitation") read as the act, the verb as its trigger and neither as an unread word; with
    no name between, or another word before the noun, the verb is not read (`read: false`)."""
    parsed = checker.parse(example["text"])
    verbs = {t.text.lower() for t in parsed.triggers if t.target == example["predicate"]}
    unread = {parsed.text[s:e].lower() for _, s, e in parsed.loose_words}
    if example.get("read", True):
        assert example["verb"] in verbs
        assert not set(example["verb"].split()) & unread, unread
    else:
        assert example["verb"] not in verbs


PLACED = _corpus("placed_examples")


@pytest.mark.parametrize("example", PLACED)
def test_placed_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """A noun of an act that names it only with its place beside it ("chuyến đi Mỹ", "the US
    trip") triggers its predicate there, and not alone ("Trong chuyến đi, ...": `read: false`)."""
    predicates = checker.parse(example["text"]).predicates
    assert (example["predicate"] in predicates) == example.get("read", True), predicates


RECEIPTS = _corpus("receipt_examples")


@pytest.mark.parametrize("example", RECEIPTS)
def test_receipt_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """A verb of receiving right before an act's noun ("received a letter from Trump", "nhận
    được thư của") is read as the receipt of that act, and no reception trigger stays on it;
    with a guest after it, or a noun that is no act given, it is not read (`read: false`)."""
    parsed = checker.parse(example["text"])
    receipts = {(r.target, r.text.lower()) for r in parsed.receipts}
    on_verb = {t.target for t in parsed.triggers if t.text.lower() == example["verb"]}
    if example.get("read", True):
        assert (example["predicate"], example["verb"]) in receipts
        assert not on_verb, on_verb
    else:
        assert not {v for _, v in receipts} & {example["verb"]}, receipts


def test_every_slotted_phrase_has_a_verb_a_noun_and_an_example() -> None:
    for lang in LANGUAGES:
        data = load(lang, "synonyms")
        for phrases in (data.get("slotted") or {}).values():
            for phrase in phrases:
                head, slot, tail = phrase.partition(" _ ")
                assert slot and head.strip() and tail.strip(), phrase
        tested = {e["predicate"] for e in data.get("slotted_examples", [])}
        assert set(data.get("slotted") or {}) <= tested, lang


OTHER_ACTS = _corpus("other_act_examples")


@pytest.mark.parametrize("example", OTHER_ACTS)
def test_other_act_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """Each phrase of another act is read, and keeps its predicate's claims from deciding."""
    parsed = checker.parse(example["text"])
    assert example["predicate"] in {c.target for c in parsed.other_acts}
    assert checker.check(example["text"]).verdict == NEI


CONTROLLED = _corpus("controller_examples")


@pytest.mark.parametrize("example", CONTROLLED)
def test_controller_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """The party named right after "invited", "asked" or "congratulated" does the act that
    follows it."""
    bound = [
        p
        for p in checker.reading(example["text"]).predications
        if p.predicate == example["predicate"]
    ]
    assert bound and bound[0].agent == example["agent"], bound


def test_an_invitation_to_attend_is_not_the_inviter_attending(checker: Checker) -> None:
    # Tô Lâm invited Trump to visit Vietnam and attended the meeting himself; he invited no one
    # to the meeting.
    assert checker.check("Tô Lâm mời Tổng thống Trump dự họp Hội đồng Hòa bình.").verdict == NEI
    statement = "Tổng thống Trump mời Tổng Bí thư Tô Lâm dự họp Hội đồng Hòa bình."
    assert checker.check(statement).verdict == SUPPORTED


CONTENTS = _corpus("content_examples")


@pytest.mark.parametrize("example", CONTENTS)
def test_content_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """An act that is the content of another ("invited Trump to visit") is not read as done;
    one joined to it by "and" is (kept)."""
    parsed = checker.parse(example["text"])
    read = {t.target for t in parsed.triggers}
    assert example["predicate"] in read
    if "content" in example:
        assert example["content"] not in read
    else:
        assert example["kept"] in read


def test_every_predicate_with_contents_has_an_example_in_both_languages() -> None:
    for lang in LANGUAGES:
        data = load(lang, "synonyms")
        tested = {e["predicate"] for e in data.get("content_examples", [])}
        assert set(data.get("contents") or {}) <= tested, lang


def test_a_wish_to_do_it_again_is_what_the_wish_claim_says(checker: Checker) -> None:
    statement = "Thượng nghị sĩ Hagerty bày tỏ mong muốn sớm thăm lại Việt Nam."
    assert checker.check(statement).verdict == SUPPORTED


def test_every_predicate_with_other_acts_has_an_example_in_both_languages() -> None:
    for lang in LANGUAGES:
        data = load(lang, "synonyms")
        tested = {e["predicate"] for e in data.get("other_act_examples", [])}
        assert set(data.get("other_acts") or {}) <= tested, lang


def test_every_predicate_with_synonyms_has_an_example_in_both_languages() -> None:
    keys = set()
    tested: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        data = load(lang, "synonyms")
        keys |= set(data["synonyms"])
        tested[lang] = {e["predicate"] for e in data.get("examples", [])}
    for lang in LANGUAGES:
        assert keys <= tested[lang], (lang, keys - tested[lang])


ENGLISH = Inflection.from_data(load("en", "inflection"))


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (["host", "hosted", "hosts", "hosting"], True),
        (["travel", "travelled", "traveled", "travels", "travelling"], True),
        (["meet", "met", "meets"], True),
        (["fly", "flew", "flies", "flying"], True),
        (["welcome", "welcomed", "welcomes"], True),
        (["sit", "sat", "sitting"], True),
        (["visit", "visitor"], False),  # another word, not a form of it
        (["meet", "melt"], False),
        # British and American spellings (`spellings` in lexicon/en/inflection.yaml)
        (["defence", "defense", "defences", "defenses"], True),
        (["normalise", "normalize", "normalising", "normalized"], True),
        (["honour", "honor", "honoured"], True),
        (["programme", "program", "programmes"], True),
        (["centre", "center"], True),
        (["dialogue", "dialog"], True),
        (["four", "for"], False),  # too few letters before "our" to be a spelling of "-or"
        (["hour", "hor"], False),
    ],
)
def test_inflections_share_a_key(forms: list[str], same: bool) -> None:
    assert (len({ENGLISH.stem(f) for f in forms}) == 1) == same


def test_vietnamese_does_not_inflect() -> None:
    assert not Inflection.from_data(load("vi", "inflection"))


@pytest.mark.parametrize(
    "statement",
    [
        "Tô Lâm sat down with Viktor Orbán in Washington.",
        "Tô Lâm hosting Pete Hegseth",
        "Hegseth paid a visit to Vietnam in 2025",
        "Tô Lâm was on hand for the Board of Peace meeting.",
        "Tổng Bí thư Tô Lâm hội kiến Thủ tướng Hungary Viktor Orbán.",
    ],
)
def test_paraphrases_are_supported(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Vietnamese Defence Minister Phan Van Giang held talks with Pete Hegseth",  # held_talks
        "Lam held talks with Prabowo in Washington",  # met
        "Bộ trưởng Phan Văn Giang hội đàm với Bộ trưởng Hegseth",
        "Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Orbán",
    ],
)
def test_talks_with_someone_are_a_meeting_with_them(checker: Checker, statement: str) -> None:
    """'held talks with', 'hội đàm với' name both predicates: a claim of either bears it out."""
    assert {"met", "held_talks"} <= set(checker.parse(statement).predicates)
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Vietnam and the US marked 30 years of diplomatic ties in 2025", SUPPORTED),
        ("Vietnam and the US marked 25 years of diplomatic ties in 2025", "contradicted"),
        ("Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao năm 2025", SUPPORTED),
    ],
)
def test_years_of_ties_are_an_anniversary(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


# 'invited Trump to visit Vietnam' asserts the invitation, not a visit: the visit's place is what
# the invitation's claim must give as its destination (`carried_contents` in synonyms.yaml).
INVITED_VISITS = [
    # the visit an invitation is to is its content, borne out by the invitation's destination
    ("Lam invites Trump and first lady to visit Vietnam", True),
    # a headline's list of invitees with a comma is one clause
    ("Lam invites Trump, first lady to visit Vietnam", True),
    ("Trump invites Lam, Orban to visit Vietnam", False),
    ("Tổng Bí thư mời Tổng thống Trump, bà Melania Trump sang thăm Việt Nam", True),
    ("Tong Bi thu moi Tong thong Trump, ba Melania Trump sang tham Viet Nam", True),
    ("Tổng thống Trump mời Tổng Bí thư Tô Lâm, Thủ tướng Orbán sang thăm Việt Nam", False),
    ("Tổng Bí thư mời Tổng thống Mỹ cùng Phu nhân thăm Việt Nam", True),
    ("Tong Bi thu moi Tong thong My va Phu nhan tham Viet Nam", True),
    # traps: the visit's place must be the invitation's own destination, not a country
    # standing for a party (Vietnam for Lam, of Trump's invitation to the Board of Peace),
    # and not another place the claims do not give
    ("Trump invited Lam to visit Vietnam", False),
    # ... but the place of the event the invitation is to is its own
    ("Trump invited Lam to visit Washington", True),
    ("Tổng thống Trump mời Tổng Bí thư Tô Lâm sang thăm Mỹ", True),
    ("Tổng thống Trump mời Tổng Bí thư Tô Lâm sang thăm Việt Nam", False),
    ("TT Trump moi TBT To Lam sang tham Viet Nam", False),
    ("Lam invited Trump and the first lady to visit Cambodia", False),
    ("Tổng Bí thư mời Tổng thống Trump thăm Campuchia", False),
    ("Tong Bi thu moi Tong thong Trump tham Campuchia", False),
    # ... nor of another invitee, nor at a time the claims do not know
    ("Lam invited Orban to visit Vietnam", False),
    # ... nor where another act or another act's word would then be decided alone
    ("Lam invited Trump to visit Vietnam during a phone call", False),
    ("Trong cuộc điện đàm, Tổng Bí thư mời Tổng thống Trump thăm Việt Nam", False),
    ("Lam invited Trump to visit Vietnam in a letter", False),
    ("Lam invited Trump to visit Vietnam for the first time", False),
    ("Tong Bi thu moi Tong thong Trump tham Viet Nam lan dau tien", False),
    ("Lam invited Trump to revisit Vietnam", False),
    ("Lam invited Trump to visit Vietnam in 2027", False),
    ("Tổng Bí thư mời Tổng thống Trump thăm Việt Nam năm 2027", False),
]


# 'invited Lam to become a founding member of the Board of Peace' asserts the invitation: the
# body named in its content is what the invitation's claim must name itself.
INVITED_MEMBERSHIPS = [
    # joining as a founding member is the content of the invitation, whose claim names the
    # body; the capacity it names is that content's
    ("Trump invited To Lam to become a founding member of the Board of Peace", True),
    (
        "Ông Trump mời TBT Tô Lâm tham gia Hội đồng Hòa bình với tư cách thành viên sáng lập",
        True,
    ),
    (
        "Ong Trump moi TBT To Lam tham gia Hoi dong Hoa binh voi tu cach thanh vien sang lap",
        True,
    ),
    # traps: another capacity, another invitee, another inviter, another body, another time
    ("Trump invited Lam to join the Board of Peace as an observer", False),
    ("Ông Trump mời TBT Tô Lâm tham gia Hội đồng Hòa bình với tư cách quan sát viên", False),
    ("Ong Trump moi TBT To Lam tham gia Hoi dong Hoa binh voi tu cach quan sat vien", False),
    ("Trump invited Orban to become a founding member of the Board of Peace", False),
    (
        "Ông Trump mời Thủ tướng Orbán tham gia Hội đồng Hòa bình với tư cách thành viên sáng lập",
        False,
    ),
    ("Lam invited Trump to become a founding member of the Board of Peace", False),
    ("Trump invited Lam to become a founding member of the Gaza Peace Plan", False),
    (
        "Trump invited Lam to become a founding member of the Board of Peace in December 2025",
        False,
    ),
]


# 'du' written without marks before a meeting's name is 'dự' (attended); the meeting must be the
# one the claims give, at their time.
ATTENDED_MEETINGS = [
    ("TBT To Lam du phien hop dau tien cua Hoi dong Hoa binh o Washington", True),
    ("Tổng Bí thư Tô Lâm dự phiên họp đầu tiên của Hội đồng Hòa bình ở Washington", True),
    ("Lam attended the inaugural meeting of the Board of Peace in Washington", True),
    ("Thu tuong Orban du phien hop dau tien cua Hoi dong Hoa binh nam 2025", False),
    ("TBT To Lam du phien hop dau tien cua Hoi dong Hoa binh nam 2025", False),
]


# 'wished Lam a happy Lunar New Year', 'chúc Tết': greetings sent (sent_greetings), not a wish.
NEW_YEAR_WISHES = [
    # New Year wishes are greetings sent, not congratulations on something, nor a wish
    ("Hagerty wished Lam a happy Lunar New Year", True),
    ("Thượng nghị sĩ Hagerty gửi lời chúc Tết Nguyên đán tới Tổng Bí thư Tô Lâm", True),
    ("TNS Hagerty chuc Tet TBT To Lam", True),
    # traps: a congratulation on something, another sender, another addressee
    ("Hagerty congratulated Lam on his re-election", False),
    ("Ông Hagerty chúc mừng Tổng Bí thư tái đắc cử", False),
    ("Daines wished Lam a happy Lunar New Year", False),
    ("Ông Daines gửi lời chúc Tết Nguyên đán tới Tổng Bí thư Tô Lâm", False),
    ("TNS Hagerty chuc Tet Thu tuong Orban", False),
]


@pytest.mark.parametrize(
    ("statement", "supported"),
    INVITED_VISITS + INVITED_MEMBERSHIPS + NEW_YEAR_WISHES + ATTENDED_MEETINGS,
)
def test_press_paraphrases_with_their_traps(
    checker: Checker, statement: str, supported: bool
) -> None:
    """Each paraphrase is supported where the claims bear it out; its traps (a word that adds
    a fact the claims do not state, another party, another occasion) are not."""
    judgement = checker.check(statement)
    assert (judgement.verdict == SUPPORTED) == supported, judgement.explanation


def test_which_time_is_another_act_for_every_act_predicate(checker: Checker) -> None:
    # One occurrence list per language, not one copied per predicate: an act predicate added
    # later (sent_greetings) gets it too.
    acts = {pid for pid, p in checker.vocab.predicates.items() if p.time_role == OCCASION}
    for text in ("Lam did so for the first time.", "Ông lần đầu làm vậy.", "Ong lan dau lam vay."):
        assert acts <= {c.target for c in checker.parse(text).other_acts}, text


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # no source says it was the first time
        ("Hagerty sent Lunar New Year wishes to Lam for the first time", NEI),
        ("Thượng nghị sĩ Hagerty lần đầu gửi lời chúc Tết tới Tổng Bí thư Tô Lâm", NEI),
        ("Thuong nghi si Hagerty lan dau gui loi chuc Tet toi Tong Bi thu To Lam", NEI),
        # traps: the wishes themselves, and wishes sent in the call the sources report
        ("Hagerty sent Lunar New Year wishes to Lam", SUPPORTED),
        ("Thượng nghị sĩ Hagerty gửi lời chúc Tết tới Tổng Bí thư Tô Lâm", SUPPORTED),
        ("Thuong nghi si Hagerty gui loi chuc Tet toi Tong Bi thu To Lam", SUPPORTED),
        ("Senator Hagerty wished Lam a happy Tet by phone.", SUPPORTED),
        ("Thuong nghi si Hagerty chuc Tet Tong Bi thu To Lam qua dien thoai.", SUPPORTED),
        # a call named as the manner of an act the sources give by letter
        ("Trump invited Lam to Washington by phone.", NEI),
        ("Tổng thống Trump mời Tổng Bí thư Tô Lâm sang Washington qua điện thoại.", NEI),
        # trap: the manner says which reading of "spoke with" is meant
        ("Hagerty spoke with Lam by phone on February 18.", SUPPORTED),
        # trap: a trip is the occasion of a call made during it, not done by phone
        ("While in Washington for the trip, Lam spoke by phone with Senator Hagerty.", SUPPORTED),
        ("Trong chuyến thăm Mỹ, ông Tô Lâm trao đổi qua điện thoại với ông Hagerty.", SUPPORTED),
        ("Trong chuyen tham My, ong To Lam trao doi qua dien thoai voi ong Hagerty.", SUPPORTED),
    ],
)
def test_occurrence_and_manner_of_any_act(checker: Checker, text: str, verdict: str) -> None:
    assert checker.check(text).verdict == verdict
