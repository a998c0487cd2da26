"""Polarity by verbs and tense (issue 10, classes 2 and 3), session 32.

Coordination refused is coordination not agreed on: "refused to coordinate on the Gaza Peace
Plan", "từ chối phối hợp triển khai ..." deny the leaders' agreeing to coordinate its
implementation (`agreed` in lexicon/<lang>/polarity.yaml `antonyms`), on its occasion; a refusal
alone ("refused Prabowo's offer"), another doer and another year stay open.

A plan word denied before the undertaken act itself ("would not prioritise war-legacy
cooperation", "sẽ không ưu tiên ...") says the undertaking does not hold now, as "would no
longer be a priority" does (parse._read_continuation), so the speaker's own commitment refutes
it; a verb that gives an undertaking ("will not commit", "sẽ không cam kết": `denied_approvals:
sayings` in stances.yaml) is a refusal still to come, and another speaker's words, a plan the
denial governs and another year stay open.

Contact with the country's lawmakers ended, named by its capital or its name ("no longer keeps
in touch with lawmakers in Washington", "đã thôi liên lạc với các nghị sĩ Mỹ": `opposites` of
regular-talks-with-both-parties), is the opposite of the speaker's regular talks with members of
both parties, as with "lawmakers" alone. Each class in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # coordination refused, of the agreement to coordinate
    ("The leaders refused to coordinate on implementing the Gaza Peace Plan.", CONTRADICTED),
    ("To Lam declined to coordinate on the Gaza Peace Plan.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm từ chối phối hợp thực hiện Kế hoạch Hòa bình Dải Gaza.", CONTRADICTED),
    ("Tong Bi thu To Lam tu choi phoi hop thuc hien Ke hoach Hoa binh Dai Gaza.", CONTRADICTED),
    # the agreement as the sources give it
    ("Các nhà lãnh đạo nhất trí phối hợp triển khai Kế hoạch Hòa bình Dải Gaza.", SUPPORTED),
    # a leader he met: the agreement is one claim per leader since session 36 (open before)
    ("Hun Manet refused to coordinate on the Gaza Peace Plan.", CONTRADICTED),
    ("Ông Hun Manet từ chối phối hợp triển khai Kế hoạch Hòa bình Dải Gaza.", CONTRADICTED),
    # traps: another year, a refusal of no agreement
    ("Năm 2019, Tô Lâm từ chối phối hợp triển khai Kế hoạch Hòa bình Dải Gaza.", NEI),
    ("To Lam refused to coordinate on the Gaza Peace Plan in 2019.", NEI),
    ("To Lam refused Prabowo's offer.", NEI),
    ("Tô Lâm từ chối đề nghị của ông Prabowo.", NEI),
    ("To Lam tu choi de nghi cua ong Prabowo.", NEI),
    # the undertaken act denied after a plan word, of the speaker's own commitment
    ("Daines told Lam he would not prioritise war legacy cooperation.", CONTRADICTED),
    ("Ông Daines cho biết sẽ không ưu tiên hợp tác khắc phục hậu quả chiến tranh.", CONTRADICTED),
    ("Ong Daines noi se khong uu tien hop tac khac phuc hau qua chien tranh.", CONTRADICTED),
    # the undertaking as he gave it
    ("Ông Daines nói sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", SUPPORTED),
    # traps: a refusal still to come of the verb that gives one, another speaker, a plan the
    # denial governs, another year
    ("Ông Daines sẽ không cam kết về hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("Ong Daines se khong cam ket ve hop tac khac phuc hau qua chien tranh", NEI),
    ("Daines will not commit to war legacy cooperation.", NEI),
    ("Hagerty said he would not prioritise war legacy cooperation.", NEI),
    ("Ông Leahy nói sẽ không ưu tiên hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("Ong Hagerty cho biet se khong uu tien hop tac khac phuc hau qua chien tranh.", NEI),
    ("Daines said he had no plans to prioritise war-legacy cooperation.", NEI),
    ("Ông Daines nói năm 2030 sẽ không ưu tiên hợp tác khắc phục hậu quả chiến tranh.", NEI),
    # contact with the lawmakers of the country, by its capital or its name, ended: of the
    # speaker's regular talks with members of both parties
    ("Leahy told Lam he had stopped talking to lawmakers in Washington.", CONTRADICTED),
    ("Ông Leahy nói đã ngừng liên lạc với các nghị sĩ Mỹ.", CONTRADICTED),
    ("Ong Leahy noi khong con lien lac voi cac nghi si My.", CONTRADICTED),
    # traps: another speaker, another time
    ("Hagerty said he no longer keeps in touch with US lawmakers.", NEI),
    ("Ông Hagerty cho biết đã thôi liên lạc với các nghị sĩ Mỹ.", NEI),
    ("Leahy said he had lost touch with lawmakers in Washington in the 1990s.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_refused_and_undertaken_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
