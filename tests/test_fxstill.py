"""Vietnamese aspect words between a name and the office it is said to hold ("đã không còn là",
"giờ đã không còn là", "vẫn còn là"): they say when the office is held, as "không còn là" and
"vẫn là" do, and break no copula reading. "đã không còn" is a cessation as a whole (the title
then reads as a former one, parse._read_cessation), not a bare "đã" before it; "vẫn còn" is
"still", a present tense word (office_tense in factdb/lexicon/vi/statements.yaml). The sources
give Aliyev, Tokayev, Orbán, Sharif and Pashinyan their offices on 19 February 2026, and call
Patrick Leahy a former US senator.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

VERDICTS = [
    # the reviewer's findings: "đã không còn" before a copula
    ("Ông Aliyev đã không còn là Tổng thống Azerbaijan.", CONTRADICTED),
    ("Ông Orbán đã không còn giữ chức Thủ tướng Hungary.", CONTRADICTED),
    ("Ông Sharif đã không còn làm Thủ tướng Pakistan.", CONTRADICTED),
    ("Ông Tokayev giờ đã không còn là Tổng thống Kazakhstan.", CONTRADICTED),
    ("Ong Aliyev da khong con la Tong thong Azerbaijan.", CONTRADICTED),
    ("Ong Pashinyan da khong con la Thu tuong Armenia.", CONTRADICTED),
    # ... "vẫn còn là" with a former office
    ("Ông Leahy vẫn còn là thượng nghị sĩ Mỹ.", CONTRADICTED),
    ("Ong Leahy van con la thuong nghi si My.", CONTRADICTED),
    # paraphrases
    ("Ông Tokayev hiện đã không còn là Tổng thống Kazakhstan.", CONTRADICTED),
    ("Ông Tokayev giờ không còn là Tổng thống Kazakhstan.", CONTRADICTED),
    ("Ong Tokayev gio da khong con la Tong thong Kazakhstan.", CONTRADICTED),
    ("Ông Pashinyan đã không còn giữ chức Thủ tướng Armenia.", CONTRADICTED),
    ("Ong Sharif da khong con lam Thu tuong Pakistan.", CONTRADICTED),
    ("Tokayev is now no longer president of Kazakhstan.", CONTRADICTED),
    ("Ông Leahy hiện vẫn còn là thượng nghị sĩ Mỹ.", CONTRADICTED),
    ("Ông Leahy vẫn còn giữ chức thượng nghị sĩ Mỹ.", CONTRADICTED),
    ("Ông Hun Sen vẫn còn là Thủ tướng Campuchia.", CONTRADICTED),
    ("Ông Hun Manet đã không còn là Thủ tướng Campuchia.", CONTRADICTED),
    ("Ong Leahy van con giu chuc thuong nghi si My.", CONTRADICTED),
    # kept: the right ones near them
    ("Ông Orbán không còn là Thủ tướng Hungary.", CONTRADICTED),
    ("Ông Aliyev hiện không còn là Tổng thống Azerbaijan.", CONTRADICTED),
    ("Ông Aliyev đã không còn giữ cương vị Tổng thống Azerbaijan.", CONTRADICTED),
    ("Aliyev is no longer president of Azerbaijan.", CONTRADICTED),
    ("Leahy is still a US senator.", CONTRADICTED),
    ("Ông Leahy vẫn là thượng nghị sĩ Mỹ.", CONTRADICTED),
    ("Ông Hun Sen vẫn là Thủ tướng Campuchia.", CONTRADICTED),
    ("Orban is no longer Hungary's prime minister.", CONTRADICTED),
    ("Aliyev is still president of Azerbaijan.", SUPPORTED),
    ("Ông Orbán đã là Thủ tướng Hungary.", SUPPORTED),
    ("Ông Orbán vẫn còn là Thủ tướng Hungary.", SUPPORTED),
    ("Ong Orban van con la Thu tuong Hungary.", SUPPORTED),
    ("Ông Tokayev hiện vẫn còn là Tổng thống Kazakhstan.", SUPPORTED),
    ("Ông Leahy đã không còn là thượng nghị sĩ Mỹ.", SUPPORTED),
    ("Ong Leahy da khong con la thuong nghi si My.", SUPPORTED),
    ("Ông Leahy không còn là thượng nghị sĩ Mỹ.", SUPPORTED),
    ("Ông Leahy từng là thượng nghị sĩ Mỹ.", SUPPORTED),
    ("Ông Leahy đã là thượng nghị sĩ Mỹ.", SUPPORTED),
    # dated: the sources do not say he held it in 2000
    ("Ông Leahy còn là thượng nghị sĩ năm 2000.", NEI),
    ("Ông Leahy vẫn còn là thượng nghị sĩ Mỹ năm 2000.", NEI),
    # other predicates after "đã không còn" as today
    ("Việt Nam đã không còn là đối tác chiến lược toàn diện của Hungary.", NEI),
    ("Hungary đã không còn cấp học bổng cho sinh viên Việt Nam.", CONTRADICTED),
    ("Ông Leahy đã không còn liên lạc với các nghị sĩ Mỹ.", NEI),
    ("Sự ủng hộ lưỡng đảng vẫn còn trong Quốc hội Mỹ.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_aspect_words_before_an_office(real_checker: Checker, statement: str, verdict: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
