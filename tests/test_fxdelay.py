"""A delay or a trip read wrongly (session 31, fixer fxdelay).

1. A denied delay that opens an antonym's phrase ("không hoãn chuyến thăm": "hoãn chuyến thăm" is
   an antonym of `visited`) undoes the denial as the delay said alone does
   (parse._undone_denials, _opening_delays): nothing refutes the visit, and that it kept its time
   is no claim's word, so "hoãn" stays for the claims to account for (not enough info), with or
   without marks, as "did not postpone his visit" is.
2. Vietnamese without marks is told by its own words in each language's lexicons beside the
   function words (Vocabulary.detect_language): the "To" of "To Lam" is no English "to", and a
   short statement ("To Lam tam hoan chuyen di My") is as Vietnamese as a long one.
3. A verb of going right after a noun of the same act ("chuyến công tác tới Mỹ") is that noun's
   "to", not the first day of the stay (parse.stay_started): "sau chuyến công tác tới Mỹ" counts
   from the trip's end, as "after his trip to the US" does, and a call during it is not after it.

The statements are written for these tests, not taken from the sources or the corpora.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.text.fold import fold
from factdb.text.tokens import tokenize

VERDICTS = [
    # 1. a denied delay of the visit: open, in every form
    ("Tổng Bí thư không hoãn chuyến thăm tới Washington", NEI),
    ("Tong Bi thu khong hoan chuyen tham toi Washington", NEI),
    ("To Lam did not postpone his visit to Washington", NEI),
    ("Tô Lâm chưa hề hoãn chuyến thăm Mỹ.", NEI),
    ("To Lam chua he hoan chuyen tham My", NEI),
    ("The General Secretary never postponed his visit to the United States.", NEI),
    # ... kept: a delay of the visit undated, or put to a date, refutes nothing either
    ("Tô Lâm hoãn chuyến thăm Mỹ", NEI),
    ("Tong Bi thu hoan chuyen tham My", NEI),
    ("Tô Lâm hoãn chuyến thăm Mỹ sang tháng 3", NEI),
    ("Tổng Bí thư không hoãn chuyến công tác tới Washington.", NEI),
    # ... and the visit said plainly stays borne out
    ("Tổng Bí thư thăm Washington", SUPPORTED),
    # 2. short Vietnamese without marks is Vietnamese: a delay of the US trip, never the
    # Cambodia visit's support
    ("To Lam tam hoan chuyen di My", NEI),
    ("To Lam hoan chuyen di My", NEI),
    ("Tô Lâm tạm hoãn chuyến đi Mỹ", NEI),
    ("To Lam postponed his trip to the US", NEI),
    ("Tong Bi thu gap Orban", SUPPORTED),
    ("Lam tham My", SUPPORTED),
    ("Lam met Orban", SUPPORTED),
    ("To Lam visited Cambodia", SUPPORTED),
    # ... the delay of the trip the sources date, to the Board of Peace meeting, stays refuted
    ("To Lam tam hoan chuyen di My du hop Hoi dong Hoa binh ve Gaza", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm hoãn chuyến đi Mỹ dự họp Hội đồng Hòa bình về Gaza", CONTRADICTED),
    # 3. a call during the trip is not after it, however the trip is named
    ("Tổng Bí thư điện đàm với ông Leahy sau chuyến công tác tới Mỹ", NEI),
    ("Tong Bi thu dien dam voi ong Leahy sau chuyen cong tac toi My", NEI),
    ("To Lam spoke by phone with Leahy after his trip to the US", NEI),
    ("Tô Lâm điện đàm với ông Leahy sau chuyến thăm tới Mỹ", NEI),
    ("Tô Lâm điện đàm với ông Leahy sau chuyến thăm Mỹ", NEI),
    # ... kept: after the Cambodia visit, which ended before, it was; after arriving, on the
    # 19th, of a stay from the 18th, it was too
    ("Tô Lâm điện đàm với ông Leahy sau chuyến công tác tới Campuchia", SUPPORTED),
    ("To Lam dien dam voi ong Leahy sau chuyen tham toi Campuchia", SUPPORTED),
    ("Tô Lâm điện đàm với ông Leahy sau khi tới Mỹ", SUPPORTED),
    # ... and a verb of going with its place and a date stays the stay's first day
    ("TBT To Lam toi Washington ngay 18/2", SUPPORTED),
    ("Tổng Bí thư Tô Lâm lên đường sang Mỹ ngày 18/2, thứ Tư.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_fxdelay_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng Bí thư không hoãn chuyến thăm tới Washington",
        "Tong Bi thu khong hoan chuyen tham toi Washington",
        "Tô Lâm không hoãn chuyến thăm Mỹ",
    ],
)
def test_a_denied_delay_opening_an_antonym_leaves_its_verb(
    real_checker: Checker, statement: str
) -> None:
    parsed = real_checker.parse(statement)
    assert parsed.negation is None
    assert "hoan" in [fold(parsed.text[s:e]) for _, s, e in parsed.loose_words]
    assert all(t.kind != "antonym" for t in parsed.triggers)


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("To Lam tam hoan chuyen di My", "vi"),
        ("To Lam hoan chuyen di My", "vi"),
        ("Tong Bi thu gap Orban", "vi"),
        ("Lam tham My", "vi"),
        ("To Lam tham Campuchia", "vi"),
        ("Orban tiep To Lam", "vi"),
        ("Lam met Orban", "en"),
        ("To Lam visited Cambodia", "en"),
        ("To Lam met Orban in Washington", "en"),
        ("To Lam to visit Hanoi", "en"),
    ],
)
def test_short_statements_without_marks_by_their_words(
    real_checker: Checker, statement: str, lang: str
) -> None:
    words = [w for w, _, _ in tokenize(statement).words()]
    assert real_checker.vocab.detect_language(statement, words) == lang
