"""Session 30, coverage: press wording of facts the claims hold, read by vocabulary data.

- a party's head named with no party after it ("người đứng đầu Đảng", as "party chief"): the
  general secretary's alias in fixtures/vocabulary/entities.yaml;
- positions coordinated "at ASEAN and the UN" ("phối hợp lập trường tại ASEAN và Liên hợp
  quốc"): an alias of the topic regional-forums-coordination;
- "xác định danh tính" for the source's "định danh" (lexicon/vi/glosses.yaml);
- a fact of the seeds no claim held: Tô Lâm's affirmation, in his letter of acceptance, of a
  lasting, comprehensive solution for the Middle East peace process (000 ¶9, curated as
  `to-lam-affirmed-lasting-middle-east-solution`, topic lasting-middle-east-solution), and the
  Palestinian state "chung sống hòa bình cạnh" Israel, an alias of its topic;
- a clause opened by whose view it gives ("Với Praha, Việt Nam là cửa ngõ vào ASEAN", "For
  Prague, ..."): `viewpoints` in lexicon/<lang>/stances.yaml, read by check.stance._viewpoint,
  and "cây" of "cây cầu nối", the classifier of the source's "cầu nối" (vi glosses);
- Tô Lâm's given name alone with its marks ("Lâm tái khẳng định ..."), as "Lam" in English,
  never "Làm" nor "lâm".

Each in English, Vietnamese and Vietnamese without diacritics, with traps that stay not enough
info: another party's head, another partner, a place the sources do not give.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the party's head, unnamed party: the general secretary (Tô Lâm's office)
    (
        "Người đứng đầu Đảng đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực cho tẩy độc dioxin"
        " tại sân bay Biên Hòa.",
        SUPPORTED,
    ),
    (
        "Nguoi dung dau Dang de nghi Quoc hoi My tiep tuc danh nguon luc cho tay doc dioxin"
        " tai san bay Bien Hoa.",
        SUPPORTED,
    ),
    (
        "The party chief asked the US Congress to keep funding the dioxin cleanup at Bien Hoa"
        " airport.",
        SUPPORTED,
    ),
    # another party named after it is that party's head, whom no claim names
    ("Người đứng đầu Đảng Nhân dân Campuchia đón Tổng Bí thư Tô Lâm.", NEI),
    ("Người đứng đầu Đảng Dân chủ gặp ông Tô Lâm.", NEI),
    # positions coordinated at ASEAN and the UN: the agreement with Prabowo
    ("Việt Nam và Indonesia thống nhất phối hợp lập trường tại ASEAN và Liên hợp quốc.", SUPPORTED),
    ("Viet Nam va Indonesia thong nhat phoi hop lap truong tai ASEAN va Lien hop quoc.", SUPPORTED),
    ("Vietnam and Indonesia agreed to coordinate positions at ASEAN and the UN.", SUPPORTED),
    # with another partner: no claim
    ("Việt Nam và Pakistan thống nhất phối hợp lập trường tại ASEAN và Liên hợp quốc.", NEI),
    ("Viet Nam va Pakistan thong nhat phoi hop lap truong tai ASEAN va Lien hop quoc.", NEI),
    ("Vietnam and Pakistan agreed to coordinate positions at ASEAN and the UN.", NEI),
    # identification of the missing: the source's "định danh"
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực cho việc tìm kiếm, quy tập và"
        " xác định danh tính bộ đội Việt Nam mất tích trong chiến tranh.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu de nghi Quoc hoi My tiep tuc danh nguon luc cho viec tim kiem, quy tap va"
        " xac dinh danh tinh bo doi Viet Nam mat tich trong chien tranh.",
        SUPPORTED,
    ),
    # a place of the search the sources never give
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực cho việc tìm kiếm, quy tập và"
        " xác định danh tính bộ đội Việt Nam mất tích tại Lào.",
        NEI,
    ),
    # the lasting Middle East solution: Tô Lâm's words in his letter, given to Vietnam
    (
        "Việt Nam khẳng định sẵn sàng cùng Mỹ và cộng đồng quốc tế góp sức vì một giải pháp lâu"
        " dài, toàn diện cho hòa bình Trung Đông.",
        SUPPORTED,
    ),
    (
        "Viet Nam khang dinh san sang cung My va cong dong quoc te gop suc vi mot giai phap lau"
        " dai, toan dien cho hoa binh Trung Dong.",
        SUPPORTED,
    ),
    (
        "In his letter accepting the invitation, Lam affirmed Vietnam would contribute with the"
        " US to a lasting and comprehensive solution for the Middle East peace process.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư nêu rõ giải pháp lâu dài cho Trung Đông bao gồm việc thành lập nhà nước"
        " Palestine chung sống hòa bình cạnh nhà nước Israel.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu neu ro giai phap lau dai cho Trung Dong bao gom viec thanh lap nha nuoc"
        " Palestine chung song hoa binh canh nha nuoc Israel.",
        SUPPORTED,
    ),
    # given to someone else, with a deadline, another region, or said with no speaker: open
    ("Orbán khẳng định giải pháp lâu dài cho Trung Đông.", NEI),
    ("Trump affirmed a lasting solution for the Middle East in his letter to Lam.", NEI),
    ("Lam said Vietnam would contribute to a lasting Middle East solution by 2030.", NEI),
    (
        "Tô Lâm khẳng định Việt Nam sẵn sàng góp sức vì một giải pháp lâu dài cho Trung Đông"
        " trước năm 2030.",
        NEI,
    ),
    ("To Lam khang dinh Viet Nam san sang gop suc vi mot giai phap lau dai cho chau Phi.", NEI),
    (
        "Việt Nam sẵn sàng cùng Mỹ và cộng đồng quốc tế góp sức tìm giải pháp lâu dài, toàn diện"
        " cho tiến trình hòa bình Trung Đông.",
        NEI,
    ),
    # whose view a clause gives, said before it
    (
        "Với Praha, Việt Nam là cửa ngõ vào ASEAN; với Hà Nội, Séc là cây cầu nối quan trọng"
        " trong Liên minh châu Âu.",
        SUPPORTED,
    ),
    (
        "Voi Praha, Viet Nam la cua ngo vao ASEAN; voi Ha Noi, Sec la cay cau noi quan trong"
        " trong Lien minh chau Au.",
        SUPPORTED,
    ),
    (
        "For Prague, Vietnam is a gateway to ASEAN; for Hanoi, the Czech Republic is an"
        " important bridge in the European Union.",
        SUPPORTED,
    ),
    # the view given to another side, or a detail the sources do not give
    ("Với Hà Nội, Việt Nam là cửa ngõ vào ASEAN.", NEI),
    ("Voi Ha Noi, Viet Nam la cua ngo vao ASEAN.", NEI),
    ("For Hungary, Vietnam is a gateway to ASEAN.", NEI),
    ("Với Hà Nội, Séc là cây cầu nối duy nhất trong Liên minh châu Âu.", NEI),
    # a fact told from one side stays the fact's
    ("Với Mỹ, Việt Nam là đối tác thương mại lớn thứ hai.", SUPPORTED),
    # his given name alone
    (
        "Lâm tái khẳng định đường lối đối ngoại độc lập, tự chủ, đa dạng hóa, đa phương hóa khi"
        " tiếp ông Hegseth",
        SUPPORTED,
    ),
    (
        "Lam tai khang dinh duong loi doi ngoai doc lap, tu chu, da dang hoa, da phuong hoa khi"
        " tiep ong Hegseth",
        SUPPORTED,
    ),
    (
        "Lam reaffirmed Vietnam's independent, self-reliant foreign policy when receiving Hegseth",
        SUPPORTED,
    ),
    # never another word with its letters, nor a place bearing it
    ("Lâm tiếp Bộ trưởng Hegseth tại Washington.", NEI),
    ("lâm tiếp Bộ trưởng Hegseth.", NEI),
    ("Lâm Đồng đón Bộ trưởng Hegseth.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_paraphrase(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
