"""A present-tense office said in an apposition whose head is no title ("Leahy, a Democrat who
now chairs ...", "Ông Leahy, chính khách đảng Dân chủ hiện là ...") or in brackets ("Leahy
(currently chair of ...)", "Ông Leahy (hiện là ...)") is an office assertion of the name it
follows, with its tense, as "Leahy, who is still a senator" is (assertions._Reader.apposed,
_Reader.set_off, _Reader._copula). The sources give Leahy only as a former senator, former
Senate President pro tempore and former chair of the Senate Appropriations Committee: a present
office said of him is refuted, a former or past one borne out, an apposition with no office
leaves the statement to its act."""

from __future__ import annotations

import pytest

from factdb.check.assertions import decompose
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED
from factdb.check.parse import parse_statement


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's: a present office in an apposition whose head is no title
        (
            "Patrick Leahy, a Democrat who now chairs the Senate Appropriations Committee, "
            "spoke with Lam.",
            CONTRADICTED,
        ),
        (
            "Patrick Leahy, a Democrat who still serves as Senate President pro tempore, spoke "
            "with Lam on Feb 19.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy, chính khách đảng Dân chủ hiện là Chủ tịch Ủy ban Chuẩn chi Thượng viện, "
            "điện đàm với Tổng Bí thư.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy, chinh khach dang Dan chu hien la Chu tich Uy ban Chuan chi Thuong vien, "
            "dien dam voi Tong Bi thu.",
            CONTRADICTED,
        ),
        (
            "Leahy, a longtime friend of Vietnam who now serves as President pro tempore of the "
            "Senate, spoke with Lam.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy, người bạn thân thiết của Việt Nam hiện giữ chức Chủ tịch Ủy ban Chuẩn chi "
            "Thượng viện, điện đàm với Tổng Bí thư.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy, nguoi ban than thiet cua Viet Nam hien giu chuc Chu tich Uy ban Chuan chi "
            "Thuong vien, dien dam voi Tong Bi thu.",
            CONTRADICTED,
        ),
        # the reviewer's: a present office in brackets
        (
            "Leahy (currently chair of the Senate Appropriations Committee) spoke with Lam.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy (hiện là Chủ tịch Thường trực Thượng viện Mỹ) điện đàm với Tổng Bí thư.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy (hien la Chu tich Thuong truc Thuong vien My) dien dam voi Tong Bi thu.",
            CONTRADICTED,
        ),
        ("Lam spoke with Leahy (then still a sitting senator) on Feb 19.", CONTRADICTED),
        # paraphrases
        ("Leahy, a Vermont Democrat who is still a senator, spoke with Lam.", CONTRADICTED),
        (
            "Leahy, a friend of Vietnam who currently serves as a senator, spoke with Lam.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy, một người bạn lâu năm của Việt Nam hiện là Thượng nghị sĩ, điện đàm với "
            "Tổng Bí thư.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy, mot nguoi ban lau nam cua Viet Nam hien la Thuong nghi si, dien dam voi "
            "Tong Bi thu.",
            CONTRADICTED,
        ),
        ("Leahy (still a senator) spoke with Lam on Feb 19.", CONTRADICTED),
        (
            "Ông Leahy (khi đó vẫn là Thượng nghị sĩ) điện đàm với Tổng Bí thư ngày 19/2.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy (khi do van la Thuong nghi si) dien dam voi Tong Bi thu ngay 19/2.",
            CONTRADICTED,
        ),
        # kept: a plain relative clause of a present office was refuted already
        ("Leahy, who is still a senator, spoke with Lam.", CONTRADICTED),
        ("Leahy, who is still a senator, spoke with Lam on Feb 19.", CONTRADICTED),
        ("Ông Leahy, người hiện là Thượng nghị sĩ, điện đàm với Tổng Bí thư.", CONTRADICTED),
        # kept: a former or past office, in an apposition, a clause or brackets, is borne out
        ("Leahy, a former senator, spoke with Lam.", SUPPORTED),
        ("Leahy, who once chaired the Appropriations Committee, spoke with Lam.", SUPPORTED),
        (
            "Leahy, a Democrat who once chaired the Appropriations Committee, spoke with Lam.",
            SUPPORTED,
        ),
        (
            "Leahy (formerly chair of the Senate Appropriations Committee) spoke with Lam.",
            SUPPORTED,
        ),
        ("Leahy (former chair of the Senate Appropriations Committee) spoke with Lam.", SUPPORTED),
        (
            "Ông Leahy (nguyên Chủ tịch Ủy ban Chuẩn chi Thượng viện) điện đàm với Tổng Bí thư.",
            SUPPORTED,
        ),
        (
            "Ong Leahy (nguyen Chu tich Uy ban Chuan chi Thuong vien) dien dam voi Tong Bi thu.",
            SUPPORTED,
        ),
        (
            "Ông Leahy, chính khách đảng Dân chủ từng là Chủ tịch Ủy ban Chuẩn chi Thượng viện, "
            "điện đàm với Tổng Bí thư.",
            SUPPORTED,
        ),
        (
            "Ong Leahy, chinh khach dang Dan chu tung la Chu tich Uy ban Chuan chi Thuong vien, "
            "dien dam voi Tong Bi thu.",
            SUPPORTED,
        ),
        ("Ông Leahy, người từng là Thượng nghị sĩ, điện đàm với Tổng Bí thư.", SUPPORTED),
        # kept: an apposition with no office leaves the statement to its act
        ("Leahy, a longtime friend of Vietnam, spoke with Lam.", SUPPORTED),
        ("Ông Leahy, người bạn thân thiết của Việt Nam, điện đàm với Tổng Bí thư.", SUPPORTED),
        ("Ong Leahy, nguoi ban than thiet cua Viet Nam, dien dam voi Tong Bi thu.", SUPPORTED),
        # kept: a present office its holder holds, in brackets
        ("Tô Lâm (hiện là Tổng Bí thư) điện đàm với ông Leahy.", SUPPORTED),
        ("Lam (currently General Secretary) spoke with Leahy.", SUPPORTED),
    ],
)
def test_office_in_an_apposition(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "office", "tense"),
    [
        (
            "Patrick Leahy, a Democrat who now chairs the Senate Appropriations Committee, "
            "spoke with Lam.",
            "committee-chair",
            "present",
        ),
        (
            "Ong Leahy, chinh khach dang Dan chu hien la Chu tich Uy ban Chuan chi Thuong vien, "
            "dien dam voi Tong Bi thu.",
            "committee-chair",
            "present",
        ),
        ("Lam spoke with Leahy (then still a sitting senator) on Feb 19.", "senator", "present"),
        (
            "Leahy, a Democrat who once chaired the Appropriations Committee, spoke with Lam.",
            "committee-chair",
            "former",
        ),
    ],
)
def test_apposition_is_said_of_the_name(
    checker: Checker, statement: str, office: str, tense: str
) -> None:
    parsed = parse_statement(statement, checker.vocab)
    said = [a for a in decompose(parsed, checker.vocab) if a.subject == "patrick-leahy"]
    assert [(a.office, a.tense) for a in said] == [(office, tense)]


def test_reason_quotes_the_apposition(checker: Checker) -> None:
    judgement = checker.check(
        "Leahy, a longtime friend of Vietnam who now serves as President pro tempore of the "
        "Senate, spoke with Lam."
    )
    assert judgement.verdict == CONTRADICTED
    assert "a longtime friend of Vietnam who now serves as" in judgement.explanation
