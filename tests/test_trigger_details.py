"""A detail inside a predicate's phrase ("a state visit", "thăm cấp nhà nước", "unanimous"
backing) is a word of its own to weigh: a trigger holds only its verb (`trigger_details` in
lexicon/<lang>/synonyms.yaml), and a word of another act (`other_acts`) is read for its
predicate only, so beside a claim of another predicate it stays for the deciding claims'
sentences to say."""

from __future__ import annotations

import pytest
import yaml
from conftest import REPO_ROOT

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load, phrase_keys
from factdb.text.tokens import phrase_spans, word_keys


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Leahy reaffirmed unanimous bipartisan backing for Vietnam", NEI),
        ("Leahy says Congress backs Vietnam unanimously and across party lines", NEI),
        ("Prabowo hopes to make a state visit to Vietnam soon", NEI),
        ("Prabowo mong sớm sang thăm cấp nhà nước Việt Nam", NEI),
        ("Prabowo mong som sang tham cap nha nuoc Viet Nam", NEI),
        ("Tổng thống Trump điện đàm trực tuyến với Tổng Bí thư Tô Lâm", NEI),
        ("Tong thong Trump dien dam truc tuyen voi Tong Bi thu To Lam", NEI),
        ("Chủ tịch Hun Sen tiếp thân mật Tổng Bí thư Tô Lâm tại Phnom Penh", NEI),
        # the category of a visit ("official visit", "thăm chính thức") is for the sources to
        # give; they call this trip a working trip, so it stays open in every language
        ("Tổng Bí thư Tô Lâm có chuyến thăm chính thức Hoa Kỳ từ 18 đến 20/2/2026", NEI),
        ("Tong Bi thu To Lam co chuyen tham chinh thuc Hoa Ky tu 18 den 20/2/2026", NEI),
        ("To Lam paid an official visit to the United States", NEI),
        ("Truyền hình: ông Tô Lâm sang thăm chính thức nước Mỹ", NEI),
        ("To Lam sang tham chinh thuc nuoc My", NEI),
        # traps: without the detail, each is borne out
        ("Leahy affirmed bipartisan support for Vietnam", SUPPORTED),
        ("Tô Lâm thăm Hoa Kỳ từ 18 đến 20/2/2026", SUPPORTED),
        ("To Lam tham Hoa Ky tu 18 den 20/2/2026", SUPPORTED),
        # "chính thức" outside a visit's category stays a filler, and a word of ODA's name
        ("Hungary chính thức phê duyệt khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
        ("Hungary chinh thuc phe duyet khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
        (
            "Hỗ trợ phát triển chính thức 400 triệu USD của Hungary cho Việt Nam đã được thông qua",
            SUPPORTED,
        ),
        ("Prabowo mong sớm sang thăm Việt Nam", SUPPORTED),
        ("Prabowo mong som sang tham Viet Nam", SUPPORTED),
    ],
)
def test_a_detail_inside_a_phrase_is_weighed(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_a_trigger_holds_only_its_verb(checker: Checker) -> None:
    parsed = checker.parse("Prabowo mong som sang tham cap nha nuoc Viet Nam")
    assert "visited" in parsed.predicates
    assert [k for k, _, _ in parsed.loose_words] == ["cap", "nha", "nuoc"]


def test_no_trigger_holds_a_detail() -> None:
    """Every phrase of a predicate (predicates.yaml triggers, synonyms.yaml) is free of the
    details that narrow an act, in every language: the class stays fixed as phrases are added."""
    predicates = yaml.safe_load((REPO_ROOT / "fixtures/vocabulary/predicates.yaml").read_text())
    details = phrase_keys("synonyms", "trigger_details")
    for lang in LANGUAGES:
        phrases = [
            str(p) for pred in predicates["predicates"] for p in pred["triggers"].get(lang, [])
        ]
        phrases += [str(p) for ps in load(lang, "synonyms")["synonyms"].values() for p in ps]
        holding = [
            p
            for p in phrases
            if phrase_spans([(k, i, i + 1) for i, k in enumerate(word_keys(p))], details)
        ]
        assert holding == [], lang


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the sources call Hungary's $400m ODA, never a loan or a grant: the kind of aid is a
        # detail for them to give (review 2, G)
        ("Budapest signs off on a $400m loan for Hanoi", NEI),
        ("Hungary's $400 million loan to Vietnam was approved.", NEI),
        ("Hungary phê duyệt khoản vay 400 triệu USD cho Việt Nam", NEI),
        ("Khoản vay 400 triệu USD của Hungary cho Việt Nam đã được thông qua.", NEI),
        ("Hungary phe duyet khoan vay 400 trieu USD cho Viet Nam", NEI),
        ("Khoan vay 400 trieu USD cua Hungary cho Viet Nam da duoc thong qua.", NEI),
        ("Hungary approved a $400 million ODA loan for Vietnam", NEI),
        # traps: the ODA itself is borne out, and another amount still refutes it
        ("Hungary approved $400 million in ODA for Vietnam", SUPPORTED),
        ("Hungary thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
        ("Hungary thong qua khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
        ("Hungary approved a $40 million ODA loan for Vietnam, Orban said.", CONTRADICTED),
    ],
)
def test_a_kind_of_aid_is_a_detail(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
