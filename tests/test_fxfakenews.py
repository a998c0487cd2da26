"""A trailing frame that calls a subject clause false (`denial_frames` `reports` openers with a
`closing` phrase in lexicon/<lang>/statements.yaml, factdb.check.denials.denial_frame): "Việc ...
là tin giả", "That ... is fake news", "Thông tin ... là sai sự thật", "Claims that ... are fake
news". The reviewer's statements held a turned verb ("từ chối", "refused") in the clause and
were read as plain denials, refuted, though the frame calls the refusal false: the frame turns
the clause's polarity and the turned verb turns it back. The near versions keep their verdicts:
the clause without the frame (refuted), the frame over a true clause (refuted), "là tin thật" /
"is true" (kept as said), "tin" that is news of something else. Each class in English,
Vietnamese and Vietnamese without diacritics; statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

# The reviewer's findings: a refusal called fake news, true statements
FINDINGS = [
    "Việc Tổng Bí thư từ chối lời mời tham gia Hội đồng Hòa bình là tin giả.",
    "Viec TBT tu choi loi moi tham gia Hoi dong Hoa binh la tin gia.",
    "That To Lam refused Trump's invitation to join the Board of Peace is fake news.",
]

VERDICTS = [
    *((s, SUPPORTED) for s in FINDINGS),
    # paraphrases: a turned verb in the clause, the frame turns it back
    (
        "Thông tin Tổng Bí thư từ chối lời mời tham gia Hội đồng Hòa bình là sai sự thật.",
        SUPPORTED,
    ),
    ("Thong tin Tong Bi thu tu choi loi moi tham gia Hoi dong Hoa binh la sai su that.", SUPPORTED),
    (
        "Claims that To Lam refused Trump's invitation to join the Board of Peace are fake news.",
        SUPPORTED,
    ),
    ("Việc Tổng Bí thư Tô Lâm từ chối lời mời của ông Trump là tin giả.", SUPPORTED),
    ("That To Lam skipped the Board of Peace meeting is fake news.", SUPPORTED),
    ("Việc Tổng Bí thư vắng mặt tại cuộc họp khai mạc Hội đồng Hòa bình là tin giả.", SUPPORTED),
    ("Viec Tong Bi thu vang mat tai cuoc hop khai mac Hoi dong Hoa binh la tin gia.", SUPPORTED),
    # the frame over a true clause with no denial: refuted
    ("Việc Tổng Bí thư dự cuộc họp là tin giả.", CONTRADICTED),
    ("Viec Tong Bi thu du cuoc hop la tin gia.", CONTRADICTED),
    ("That To Lam attended the Board of Peace meeting is fake news.", CONTRADICTED),
    ("Việc Tổng Bí thư nhận lời mời tham gia Hội đồng Hòa bình là tin giả.", CONTRADICTED),
    # a negator and a turned verb in the clause: not read with confidence, open
    ("Việc Tổng Bí thư không từ chối lời mời tham gia Hội đồng Hòa bình là tin giả.", NEI),
    # another occasion: open, as without the frame
    ("That To Lam refused Trump's invitation in 2019 is fake news.", NEI),
    # the near versions keep their verdicts: the clause without the frame
    ("Tổng Bí thư từ chối lời mời tham gia Hội đồng Hòa bình.", CONTRADICTED),
    ("Tong Bi thu tu choi loi moi tham gia Hoi dong Hoa binh.", CONTRADICTED),
    ("To Lam refused Trump's invitation to join the Board of Peace.", CONTRADICTED),
    # ... a frame that calls the clause true
    ("Việc Tổng Bí thư từ chối lời mời tham gia Hội đồng Hòa bình là tin thật.", CONTRADICTED),
    ("Viec TBT tu choi loi moi tham gia Hoi dong Hoa binh la tin that.", CONTRADICTED),
    ("That To Lam refused Trump's invitation to join the Board of Peace is true.", CONTRADICTED),
    # ... "tin" that is news of something else, and a subject "that" with no closing frame
    ("Việc Tổng Bí thư dự cuộc họp là tin vui.", SUPPORTED),
    ("Tô Lâm nói thông tin ấy là tin giả.", NEI),
    ("That meeting was attended by To Lam.", SUPPORTED),
    (
        "Claims that To Lam refused Trump's invitation to join the Board of Peace are false.",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_fake_news_frame_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "negation"),
    [
        # the turned verb and the frame cancel: nothing is denied
        ("Viec TBT tu choi loi moi tham gia Hoi dong Hoa binh la tin gia.", None),
        ("That To Lam refused Trump's invitation to join the Board of Peace is fake news.", None),
        # a single frame is the clause's denial
        ("Việc Tổng Bí thư dự cuộc họp là tin giả.", "Việc"),
    ],
)
def test_fake_news_frame_parse(real_checker: Checker, statement: str, negation: str | None) -> None:
    parsed = real_checker.parse(statement)
    assert (parsed.negation.text if parsed.negation else None) == negation
    assert parsed.unread_frame is None
    # the frame's words are its own, read: no deciding claim must account for them
    assert not {"fake", "news", "tin", "gia", "giả"} & {w for w, _, _ in parsed.loose_words}
