"""Issue 10, class 2: verbs that deny a predicate by their meaning ("declined", "từ chối").

The lexicon corpus (factdb/lexicon/<lang>/polarity.yaml `examples`) checks that each verb reads
as its predicate under a denial; the verdicts check what that does against the claims.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load
from factdb.text.tokens import word_keys


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXAMPLES = lexicon_examples("polarity")


@pytest.mark.parametrize("example", EXAMPLES)
def test_polarity_corpus(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    if "predicate" in example:
        assert example["predicate"] in parsed.predicates
    if "topic" in example:
        # the opposite of a view names its topic (under a denial), unless another denial
        # turns it back
        assert (example["topic"] in parsed.entity_ids()) == example.get("named", True)
    assert (parsed.negation is not None) == example["denied"]
    if "mood" in example:
        assert parsed.modality == example["mood"]


def test_every_predicate_with_antonyms_has_examples_in_both_languages() -> None:
    for lang in LANGUAGES:
        data = load(lang, "polarity")
        tested = {e.get("predicate") for e in data.get("examples", [])}
        # Each language shows the mechanism on at least three predicates.
        assert len(tested & set(data["antonyms"])) >= 3, lang


def test_every_opposite_is_of_a_view_or_an_act_with_examples(checker: Checker) -> None:
    # `opposites` are keyed by a view's topic, or by an event or a programme an act is about,
    # and each language shows them on three
    checker.parse("Lam")  # reads the vocabulary of the base
    for lang in LANGUAGES:
        data = load(lang, "polarity")
        for key in data.get("opposites") or {}:
            kind = checker.vocab.entities[key].type
            assert kind in ("topic", "event", "programme"), (lang, key)
        tested = {e.get("topic") for e in data.get("examples", [])}
        assert len(tested & set(data.get("opposites") or {})) >= 3, lang


def test_every_same_fold_word_shares_the_fold_of_a_denial() -> None:
    # `same_fold` (statements.yaml) lists the other words or phrases a denial or a change
    # (`changes`: "tăng", "nâng") written without marks may be: one that folds as no negation,
    # antonym or change decides nothing
    for lang in LANGUAGES:
        statements = load(lang, "statements")
        polarity = load(lang, "polarity")
        cues = [cue for cues in polarity["antonyms"].values() for cue in cues]
        cues += polarity.get("undoers", []) + polarity.get("enders", [])
        cues += polarity.get("delayers", [])
        cues += statements.get("changes") or []
        folds = {word_keys(cue) for cue in [*cues, *statements["negation"]]}
        for word in statements.get("same_fold") or []:
            assert word_keys(word) in folds, (lang, word)


VERDICTS = [
    ("Tô Lâm declined Trump's invitation.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm từ chối lời mời của Tổng thống Trump.", CONTRADICTED),
    ("Hungary has yet to approve the ODA for Vietnam.", CONTRADICTED),
    ("Hungary cut the scholarships for Vietnamese students.", CONTRADICTED),
    ("Hungary ngừng cấp học bổng cho sinh viên Việt Nam.", CONTRADICTED),
    ("Hungary duy trì cấp 200 học bổng mỗi năm cho sinh viên Việt Nam.", SUPPORTED),
    # a plan to cut a grant made every year says it is not maintained now (an undertaking):
    # refuted by the sources' "maintains"; another period or another party's grant is open
    (
        "Budapest will halve the scholarships it offers Vietnamese students, Orbán told Lam",
        CONTRADICTED,
    ),
    (
        "Ông Orbán nói với Tổng Bí thư rằng Hungary sẽ cắt giảm học bổng cho sinh viên Việt Nam",
        CONTRADICTED,
    ),
    (
        "Ong Orban noi voi Tong Bi thu rang Hungary se ngung cap hoc bong cho sinh vien Viet Nam",
        CONTRADICTED,
    ),
    (
        "Budapest will halve the number of scholarships it grants, the Hungarian leader told Lam",
        CONTRADICTED,
    ),
    ("Hungary will halve scholarships for Vietnamese students in 2030", NEI),
    # unaccented, "dung" is "dùng" (used) or "đúng" as often as "dừng": no denying verb alone
    ("Khoan ODA 400 trieu USD cua Hungary da duoc dung cho cac du an y te", NEI),
    ("Hungary se dung khoan ODA cho cac du an y te", NEI),
    ("Hungary dừng cấp học bổng cho sinh viên Việt Nam", CONTRADICTED),
    # unaccented, a one-word denying verb whose fold is another common word ("giam": "giám"
    # đốc, director) is no denial; with its marks, or in a longer phrase, it is
    ("Giam doc chuong trinh hoc bong Hungary cho biet Budapest van cap 200 hoc bong moi nam", NEI),
    ("Pho Giam doc Quy hoc bong Hungary noi Budapest cap 200 hoc bong moi nam", NEI),
    ("Hungary giam hoc bong cho sinh vien Viet Nam", NEI),
    ("Hungary giảm học bổng cho sinh viên Việt Nam", CONTRADICTED),
    ("Hungary cat giam hoc bong cho sinh vien Viet Nam", CONTRADICTED),
    ("Hungary ngung cap hoc bong cho sinh vien Viet Nam", CONTRADICTED),
    ("Hungary's scholarship programme director said Budapest still grants 200 a year", NEI),
    ("Hungary reduced the scholarships for Vietnamese students.", CONTRADICTED),
    ("Thoi gian qua Hungary da cap 200 hoc bong moi nam cho sinh vien Viet Nam", SUPPORTED),
    ("Hungary thôi cấp học bổng cho sinh viên Việt Nam", CONTRADICTED),
    # a denial is a word of the statement's language: English "no" in unaccented Vietnamese is
    # "nỗ" (effort), "nó" or "nợ"; "khong" still denies there
    ("To Lam danh gia cao no luc cua Tong thong Trump nham thuc day hoa binh", SUPPORTED),
    ("Tô Lâm đánh giá cao nỗ lực của Tổng thống Trump nhằm thúc đẩy hòa bình", SUPPORTED),
    # (read as a denial, so not borne out; a denied stance is left open)
    ("To Lam khong danh gia cao no luc cua Tong thong Trump nham thuc day hoa binh", NEI),
    ("Hungary sẽ cắt giảm học bổng cho sinh viên Việt Nam từ năm 2030", NEI),
    ("Hungary will cut its scholarships for Indonesian students", NEI),
    ("Séc sẽ cắt giảm học bổng cho sinh viên Việt Nam", NEI),
    # the place of a denied visit is read past the article: the US trip, not Cambodia's
    ("Tô Lâm cancelled his trip to the United States.", CONTRADICTED),
    # an intention denied is refuted by one affirmed, a plan by a wish and the reverse; a
    # refusal of an invitation to visit denies the wish to visit
    ("Armenia's Pashinyan had no plans to travel to Vietnam.", CONTRADICTED),
    ("Thủ tướng Orbán không có ý định sang thăm Việt Nam.", CONTRADICTED),
    ("Indonesia's president turned down Lam's invitation to visit Vietnam.", CONTRADICTED),
    ("Tong thong Prabowo tu choi loi moi tham Viet Nam cua Tong Bi thu", CONTRADICTED),
    # ... and a denied plan to cut is borne out by a plan to keep (the scholarships are also
    # Hungary's plan since session 21, "duy trì cấp 200 học bổng"; it was open while the claims
    # stated them only as done)
    ("Hungary has no plans to cut its scholarships for Vietnam.", SUPPORTED),
    # a denial of what no claim speaks of stays open
    ("Hungary rejected a loan to Indonesia.", NEI),
    # a verb that adds nothing leaves the denial on the predicate after it
    (
        "Budapest failed to complete the approval process for its US$400m ODA to Vietnam.",
        CONTRADICTED,
    ),
    ("Hungary chưa hoàn tất việc thông qua khoản ODA cho Việt Nam", CONTRADICTED),
    ("Việt Nam và EU đã hoàn tất hiệp định EVFTA", SUPPORTED),
    # a verb of change with a figure gives the new value
    ("Hungary trims Vietnam scholarships to 100 a year", CONTRADICTED),
    ("Hungary cắt giảm học bổng cho sinh viên Việt Nam xuống còn 100 suất mỗi năm", CONTRADICTED),
    ("Hungary did not cut scholarships to 100 a year", NEI),
    # a denial of a denying verb affirms
    ("To Lam did not turn down Trump's invitation to the Gaza peace board.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm không từ chối lời mời của Tổng thống Trump.", SUPPORTED),
    # a denying verb around its object
    ("Lam gave the Board of Peace's opening meeting a miss.", CONTRADICTED),
    # a denial after what it denies
    ("Lam's phone call with Leahy did not take place.", CONTRADICTED),
    ("Cuộc điện đàm giữa Tổng Bí thư Tô Lâm và ông Leahy đã không diễn ra.", CONTRADICTED),
    # work still under way is not done
    ("Hungary is still working on the approval of the ODA for Vietnam.", CONTRADICTED),
    ("Hungary vẫn đang làm thủ tục thông qua khoản ODA cho Việt Nam.", CONTRADICTED),
    # sending someone in one's place is not attending
    ("Tổng Bí thư Tô Lâm cử người dự thay cuộc họp khai mạc Hội đồng Hòa bình.", CONTRADICTED),
    # the opposite of an event given by a copula to the act's noun ("... votes was to ...")
    (
        "One of the first votes Leahy cast in the Senate was to keep the war in Vietnam going.",
        CONTRADICTED,
    ),
    (
        "Một trong những lá phiếu đầu tiên của ông Leahy tại Thượng viện là để kéo dài cuộc "
        "chiến tại Việt Nam.",
        CONTRADICTED,
    ),
    (
        "Mot trong nhung la phieu dau tien cua ong Leahy tai Thuong vien la de keo dai cuoc "
        "chien tai Viet Nam.",
        CONTRADICTED,
    ),
    # ... whose rank is the statement's own: no claim gives his very first vote
    ("Leahy's first Senate vote was to prolong the war in Vietnam.", NEI),
    # a verb that adds nothing reaches past the figure of what it is done to
    ("Budapest is yet to wrap up the $400m ODA package for Vietnam, officials say.", CONTRADICTED),
    ("Hungary vẫn chưa hoàn tất khoản ODA trị giá 400 triệu USD dành cho Việt Nam.", CONTRADICTED),
    ("Hungary van chua hoan tat khoan ODA tri gia 400 trieu USD danh cho Viet Nam.", CONTRADICTED),
    # ... a verb no predicate reads is another act, figure or not
    ("Hungary has yet to disburse the $400 million ODA package for Vietnam.", NEI),
    ("Hungary chưa giải ngân khoản ODA 400 triệu USD cho Việt Nam.", NEI),
    # a seat signed on for is no deal signed: its capacity decides
    ("Vietnam signs on as a founding member of the Board of Peace.", SUPPORTED),
    ("Việt Nam ký tham gia Hội đồng Hòa bình với tư cách quan sát viên", CONTRADICTED),
    ("Viet Nam ky tham gia Hoi dong Hoa binh voi tu cach thanh vien sang lap", SUPPORTED),
    # the opposite of a view is weighed as if it bore it out: the country of the one it was
    # said to is accounted for ("for Vietnam" of Leahy's words to Lam)
    ("Leahy told Lam that US war-legacy funding for Vietnam has since dried up.", CONTRADICTED),
    (
        "Ông Leahy nói ngân sách khắc phục hậu quả chiến tranh mà Mỹ dành cho Việt Nam đã bị cắt.",
        CONTRADICTED,
    ),
    (
        "Ong Leahy noi ngan sach khac phuc hau qua chien tranh ma My danh cho Viet Nam "
        "da bi ngung.",
        CONTRADICTED,
    ),
    ("Leahy said US war-legacy funding for Cambodia had since been discontinued.", NEI),
    # a deal still to be finalised, under the press's name for it
    ("Vietnam and the US have yet to finalise their reciprocal trade pact.", SUPPORTED),
    ("Việt Nam và Mỹ vẫn chưa hoàn tất thỏa thuận thương mại đối ứng.", SUPPORTED),
    ("Viet Nam va My van chua hoan tat thoa thuan thuong mai doi ung.", SUPPORTED),
    # the end of the war and its opposite, as "cuộc chiến ... ở Việt Nam" says them
    ("Ông Leahy bỏ phiếu ủng hộ chấm dứt cuộc chiến ở Việt Nam.", SUPPORTED),
    ("Ong Leahy bo phieu keo dai chien tranh o Viet Nam.", CONTRADICTED),
    ("Ông Leahy bỏ phiếu kéo dài cuộc chiến ở Việt Nam.", CONTRADICTED),
    # an answer denied is no acceptance either; said without a denial, or of something that is
    # no invitation, or where a name takes its words, it is left unread
    ("Vietnam has not yet replied to Trump's invitation to join the Board of Peace.", CONTRADICTED),
    ("Việt Nam vẫn chưa trả lời lời mời tham gia Hội đồng Hòa bình của ông Trump.", CONTRADICTED),
    ("Viet Nam van chua tra loi loi moi tham gia Hoi dong Hoa binh cua ong Trump.", CONTRADICTED),
    ("Hanoi still hasn't answered Trump's invitation to sit on the Board of Peace.", CONTRADICTED),
    ("Hanoi hasn't responded to questions on the invitation.", NEI),
    ("Vietnam responded to Trump's Board of Peace invitation.", NEI),
    ("Vietnam did not respond to Trump's tariff letter.", NEI),
    ("Pashinyan has yet to reply to Lam's invitation.", NEI),
    # "been to" visits only with its perfect's words: "was to" is no trip
    ("Hagerty has never been to Vietnam.", CONTRADICTED),
    # a word against the end of an event (polarity.yaml `opposers`) before its name denies the
    # act whose verb or copula it follows, as "prolong the war" does
    ("One of Leahy's first votes was against ending the war.", CONTRADICTED),
    ("One of Leahy's first votes opposed ending the war.", CONTRADICTED),
    ("One of Leahy's first votes was against the end of the Vietnam War.", CONTRADICTED),
    ("One of Leahy's first votes was to oppose the end of the war.", CONTRADICTED),
    ("In one of his first Senate votes, Leahy opposed ending the war in Vietnam.", CONTRADICTED),
    ("Early in his Senate career, Leahy cast a vote against ending the Vietnam War.", CONTRADICTED),
    (
        "Một trong những lá phiếu đầu tiên của ông Leahy ở Thượng viện là chống lại việc chấm dứt "
        "cuộc chiến.",
        CONTRADICTED,
    ),
    # ... whose rank is the statement's own: his very earliest vote no claim gives
    ("Lá phiếu sớm nhất của ông Leahy là phản đối việc kết thúc chiến tranh tại Việt Nam.", NEI),
    (
        "Mot trong nhung la phieu dau tien cua ong Leahy la phan doi viec ket thuc chien tranh.",
        CONTRADICTED,
    ),
    # ... and the act it was built for still bears the claim out
    ("One of Leahy's first votes was to end the war.", SUPPORTED),
    ("One of Leahy's first votes was to prolong the war.", CONTRADICTED),
    ("Một trong những lá phiếu đầu tiên của ông Leahy là kéo dài chiến tranh.", CONTRADICTED),
    # "against" before anything but the event's end is what it is: a vote against the war
    # agrees with one to end it, a fight against poverty or a war against France denies nothing
    ("One of Leahy's first votes was against the war.", SUPPORTED),
    ("Leahy voted against the Vietnam War early in his Senate career.", NEI),
    ("Một trong những lá phiếu đầu tiên của ông Leahy là chống lại chiến tranh.", NEI),
    ("Mot trong nhung la phieu dau tien cua ong Leahy la phan doi chien tranh.", NEI),
    ("Vietnam's long war against France ended in 1954, Leahy noted.", NEI),
    # ... nor one before a war the sources do not give ("the war on drugs")
    ("One of Leahy's first votes was against ending the war on drugs.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_polarity_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_a_verb_that_adds_nothing_is_no_trigger_of_its_own(checker: Checker) -> None:
    parsed = checker.parse("Hungary chưa hoàn tất việc thông qua khoản ODA cho Việt Nam")
    assert "party_to_agreement" not in parsed.predicates
    judgement = checker.check("Hungary chưa hoàn tất việc thông qua khoản ODA cho Việt Nam")
    assert {c.id for c in judgement.evidence} == {"hu-oda-400m-usd"}


def test_a_cancelled_us_trip_is_weighed_against_the_us_visit(checker: Checker) -> None:
    judgement = checker.check("Tô Lâm cancelled his trip to the United States.")
    assert {c.id for c in judgement.evidence} == {"to-lam-visited-us-2026-02"}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a denying verb that falls on something its predicate is not about denies nothing
        # the claims say: an unchecked word
        ("Lam rejected stronger parliamentary cooperation", NEI),
        ("Hungary bác bỏ việc tăng cường hợp tác với Việt Nam", NEI),
        ("Hungary bac bo viec tang cuong hop tac voi Viet Nam", NEI),
        ("Hungary rejected stronger cooperation with Vietnam", NEI),
        ("Hungary bác bỏ đề nghị tăng cường hợp tác với Việt Nam", NEI),
        ("Hungary bac bo de nghi tang cuong hop tac voi Viet Nam", NEI),
        # traps: the invitation or the ODA named, the denial refuted
        ("Lam turned down Trump's offer to join the Board of Peace", CONTRADICTED),
        ("Tô Lâm từ chối lời mời của Tổng thống Trump", CONTRADICTED),
        ("To Lam tu choi loi moi cua Tong thong Trump", CONTRADICTED),
        ("Hungary rejected the ODA for Vietnam", CONTRADICTED),
        ("Hungary bác bỏ khoản ODA cho Việt Nam", CONTRADICTED),
        ("Hungary bac bo khoan ODA cho Viet Nam", CONTRADICTED),
    ],
)
def test_a_denying_verb_denies_what_it_falls_on(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_a_copula_to_is_no_visit(checker: Checker) -> None:
    # "been to" inflects to "be to", as "was to" and "is to" do: alone it made every "his vote
    # was to ..." a trip
    assert "visited" not in checker.parse("Leahy's vote was to end the Vietnam War.").predicates
    assert "visited" in checker.parse("Hagerty had never been to Hanoi.").predicates
