"""Whom a quoted act reaches when its words name him by a bare title (session 32, speakers
and occasions): "“Trân trọng mời Tổng thống và Phu nhân sớm sang thăm Việt Nam”, Tổng Bí thư
nhắn gửi qua Bộ trưởng Hegseth". An act opening a speaker's quoted words is bound to him, and
to the one spoken to where the words name no one it reaches (persons.quoted_doers); a title
right after the act's verb, past an article at most ("mời Tổng thống", "Invite the President")
names whom it reaches, its holder, so the one the words went to or through (Hegseth, who
carried the invitation) is not bound as the one invited (persons._title_after). With no title
there the one told is still bound ("'Congratulations,' Lam told Orbán").

Written before the rule, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker


@pytest.mark.parametrize(
    ("statement", "predicate", "patients"),
    [
        (
            "“Trân trọng mời Tổng thống và Phu nhân sớm sang thăm Việt Nam”, Tổng Bí thư nhắn gửi"
            " qua Bộ trưởng Hegseth",
            "invited",
            (),
        ),
        (
            '"Tran trong moi Tong thong va Phu nhan som sang tham Viet Nam", Tong Bi thu nhan gui'
            " qua Bo truong Hegseth",
            "invited",
            (),
        ),
        ("'Invite the President to visit Vietnam soon,' Lam told Hegseth.", "invited", ()),
        # traps: no title after the verb, the one told is the one reached
        ("'Congratulations,' Lam told Orbán.", "congratulated", ("viktor-orban",)),
        ("“Chúc mừng”, Tổng Bí thư nói với Thủ tướng Orbán.", "congratulated", ("viktor-orban",)),
        ('"Chuc mung", Tong Bi thu noi voi Thu tuong Orban.', "congratulated", ("viktor-orban",)),
    ],
)
def test_whom_a_quoted_act_reaches(
    real_checker: Checker, statement: str, predicate: str, patients: tuple[str, ...]
) -> None:
    with real_checker.snapshot():
        parsed = real_checker.parse(statement)
        found = real_checker.judge.predications(parsed)
    bound = [p for p in found if p.predicate == predicate]
    assert [p.patients for p in bound] == [patients]
