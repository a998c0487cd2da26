"""Whose words a quotation gives (session 32, reviewer B's finding): a quote in words the
sources give to another speaker, attributed to a senator who said something near it.

"'We will continue to coordinate closely with Vietnam on war legacies,' Daines told Lam" was
borne out by Daines's claim that he would prioritise war-legacy cooperation: "coordinate
closely with" is one of the `committed` triggers, as "prioritise" is, and a trigger's words were
read as the predicate, whichever undertaking they name. The words are Hagerty's (001, para 44).
A quotation gives the words: those of an act's trigger inside it must be said by the spans of
the claims deciding that act, themselves or through a gloss (`accounting.quoted_acts`), else
the statement is open. Not contradicted: the verdict contract refutes words given to another
speaker only where the stance is functional for that occasion, and an undertaking is not.
Kept: the same words given to Hagerty, Daines's own words of priority, in English, Vietnamese
and Vietnamese without diacritics; the statements are the reviewer's and written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# A quotation in the sources' own language paraphrases them as the press does ("sát cánh cùng",
# "phối hợp trọn vẹn", labelled supported in fixtures/statements/press*): its words are not
# weighed against the span yet, so Hagerty's words given to Daines in Vietnamese stay borne out.
VI_QUOTES = "a Vietnamese quotation's words are not weighed against the deciding span yet"

VERDICTS = [
    # the reviewer's: Hagerty's words in quotation marks, given to Daines
    (
        "'We will continue to coordinate closely with Vietnam on war legacies,' Daines told Lam.",
        NEI,
    ),
    # ... in other words, and in Vietnamese
    ("'We will keep coordinating closely with Vietnam on war legacies,' Senator Daines said.", NEI),
    ("'We will coordinate closely with Vietnam on war legacies,' Daines told Lam.", NEI),
    ("'We will keep working closely with Vietnam on war legacies,' Daines said.", NEI),
    pytest.param(
        "“Tôi sẽ tiếp tục phối hợp chặt chẽ với Việt Nam trong khắc phục hậu quả chiến tranh”,"
        " Thượng nghị sĩ Daines nói.",
        NEI,
        marks=pytest.mark.xfail(strict=True, reason=VI_QUOTES),
    ),
    pytest.param(
        '"Toi se tiep tuc phoi hop chat che voi Viet Nam trong khac phuc hau qua chien tranh",'
        " TNS Daines noi.",
        NEI,
        marks=pytest.mark.xfail(strict=True, reason=VI_QUOTES),
    ),
    (
        "“Chúng tôi sẽ tiếp tục phối hợp chặt chẽ với Việt Nam trong khắc phục hậu quả chiến"
        " tranh”, ông Daines nói với Tổng Bí thư Tô Lâm.",
        NEI,
    ),
    # kept: already open, the words of Congress given to Daines
    (
        "'Congress and the government will continue to coordinate closely with Vietnam on war"
        " legacies,' Daines said.",
        NEI,
    ),
    # kept: the same words given to Hagerty, quoted or reported
    (
        "'We will continue to coordinate closely with Vietnam on war legacies,' Hagerty told Lam.",
        SUPPORTED,
    ),
    ("'We will keep coordinating closely with Vietnam on war legacies,' Hagerty said.", SUPPORTED),
    ("'We will keep working closely with Vietnam on war legacies,' Hagerty said.", SUPPORTED),
    (
        "'Congress and the administration will keep coordinating closely with Vietnam on war"
        " legacies,' Hagerty told Lam.",
        SUPPORTED,
    ),
    (
        "Hagerty said Congress and the administration would keep coordinating closely with"
        " Vietnam on war legacies",
        SUPPORTED,
    ),
    (
        "“Quốc hội và chính phủ Mỹ sẽ tiếp tục phối hợp chặt chẽ với Việt Nam trong khắc phục"
        " hậu quả chiến tranh”, ông Hagerty nói.",
        SUPPORTED,
    ),
    (
        '"Quoc hoi va chinh phu My se tiep tuc phoi hop chat che voi Viet Nam trong khac phuc'
        ' hau qua chien tranh", ong Hagerty noi.',
        SUPPORTED,
    ),
    (
        "Ông Hagerty cho biết Quốc hội và chính phủ Mỹ sẽ tiếp tục phối hợp chặt chẽ với Việt"
        " Nam trong khắc phục hậu quả chiến tranh",
        SUPPORTED,
    ),
    (
        "Ong Hagerty cho biet Quoc hoi va chinh phu My se tiep tuc phoi hop chat che voi Viet"
        " Nam trong khac phuc hau qua chien tranh",
        SUPPORTED,
    ),
    # kept: Daines's own words of priority, quoted or reported
    ("'I will prioritise war-legacy cooperation,' Daines told Lam.", SUPPORTED),
    (
        "'I will personally prioritize cooperation on overcoming the consequences of war,'"
        " Daines told Lam.",
        SUPPORTED,
    ),
    ("'I will make war-legacy cooperation a priority,' Daines told Lam.", SUPPORTED),
    ("Daines told Lam he would prioritise war-legacy cooperation.", SUPPORTED),
    (
        "“Cá nhân tôi sẽ ưu tiên thúc đẩy hơn nữa hợp tác khắc phục hậu quả chiến tranh”,"
        " ông Daines nói.",
        SUPPORTED,
    ),
    (
        '"Ca nhan toi se uu tien thuc day hon nua hop tac khac phuc hau qua chien tranh",'
        " ong Daines noi.",
        SUPPORTED,
    ),
    (
        "Ông Daines cho biết cá nhân ông sẽ ưu tiên thúc đẩy hơn nữa hợp tác khắc phục hậu quả"
        " chiến tranh",
        SUPPORTED,
    ),
    (
        "Ong Daines cho biet ca nhan ong se uu tien thuc day hon nua hop tac khac phuc hau qua"
        " chien tranh",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_whose_words_a_quotation_gives(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        (
            "'We will continue to coordinate closely with Vietnam on war legacies,' Daines told"
            " Lam.",
            "coordinate closely",
        ),
        pytest.param(
            "“Tôi sẽ tiếp tục phối hợp chặt chẽ với Việt Nam trong khắc phục hậu quả chiến"
            " tranh”, Thượng nghị sĩ Daines nói.",
            "chặt chẽ",
            marks=pytest.mark.xfail(strict=True, reason=VI_QUOTES),
        ),
    ],
)
def test_the_reason_names_the_quoted_words(checker: Checker, statement: str, words: str) -> None:
    result = checker.check(statement)
    assert result.verdict == NEI
    assert words in result.explanation
