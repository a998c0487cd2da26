"""One or two words the press adds around a true fact, which the checker must neither count as a
detail nor let through when they change the fact (issue 10): a light verb's frame ("wants to see
Vietnam become ..."), a support verb before an act's noun ("paid an early visit"), a day an act
"fell on", a filler noun after a name in a slotted phrase ("wished Lam and the Vietnamese people
a happy ..."), a post's reaction ("Nice touch:"), an ordinal of a set ("one of his first
votes"), a short country form joined by a dash inside a name ("Việt - Mỹ"), and an article
inside a list of committees sharing their head ("the Foreign Relations and the Appropriations
committees"), a title alone before a headline's capitalised verb ("Party Chief Meets ..."). The
lexicon's examples (fillers.yaml `light_verb_examples` and `support_verb_examples`,
statements.yaml `rank_set_examples`) are tests too."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    "example",
    lexicon_examples("fillers", "light_verb_examples")
    + lexicon_examples("fillers", "support_verb_examples")
    + lexicon_examples("statements", "rank_set_examples"),
)
def test_lexicon_examples(real_checker: Checker, example: dict[str, Any]) -> None:
    with real_checker.snapshot():
        assert real_checker.check(example["text"]).verdict == example["verdict"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a short country form joined by a dash to another inside an agreement's name
        (
            "USTR Greer told Lam talks on the Viet-US reciprocal trade agreement were entering"
            " their decisive phase",
            SUPPORTED,
        ),
        (
            "Đại sứ Greer nói đàm phán Hiệp định thương mại đối ứng Việt - Mỹ đang bước vào giai"
            " đoạn quyết định",
            SUPPORTED,
        ),
        (
            "Dai su Greer noi dam phan Hiep dinh thuong mai doi ung Viet - My dang buoc vao"
            " giai doan quyet dinh",
            SUPPORTED,
        ),
        # ... but a third country joined on is no part of the name
        (
            "Đại sứ Greer nói đàm phán Hiệp định thương mại đối ứng Việt - Mỹ - Lào đang bước vào"
            " giai đoạn quyết định",
            NEI,
        ),
        # an abbreviation written with its dots, and a headline without the article
        ("Tô Lâm gặp gỡ cộng đồng người Việt tại Mỹ", SUPPORTED),
        ("To Lam Meets Vietnamese Community in U.S.", SUPPORTED),
        ("To Lam meets Vietnamese community in the U.K.", NEI),
        # a party's short form with its country, never alone
        (
            "Thủ tướng Hun Manet ghi nhận kết quả hội đàm giữa Bộ Chính trị ĐCS Việt Nam với"
            " Ban Thường vụ Đảng Nhân dân Campuchia",
            SUPPORTED,
        ),
        (
            "Thủ tướng Hun Manet ghi nhận kết quả hội đàm giữa Bộ Chính trị ĐCS Trung Quốc với"
            " Ban Thường vụ Đảng Nhân dân Campuchia",
            NEI,
        ),
        # "BT", the short form of bộ trưởng, before a ministry or a minister's name
        ("BT Quốc phòng Phan Văn Giang hội đàm với BT Hegseth", SUPPORTED),
        ("BT Quoc phong Phan Van Giang hoi dam voi BT Chien tranh My Hegseth", SUPPORTED),
        ("BT Ngoại giao Phan Văn Giang hội đàm với BT Hegseth", "contradicted"),
        # an office's nickname alone in a headline, its verb capitalised: its one holder
        ("Party Chief Meets Vietnamese Community in U.S.", SUPPORTED),
        ("General Secretary Meets Vietnamese Community in Hanoi", NEI),
        ("Tổng Bí Thư Gặp Cộng Đồng Người Việt Tại Mỹ", SUPPORTED),
        ("Tong Bi Thu Gap Cong Dong Nguoi Viet Tai Lao", NEI),
        # ... but a capitalised word no phrase reads is a name the base does not know
        ("Chủ tịch nước Lương Cường gặp Hegseth", NEI),
        # committees listed before the head they share, each with its own article
        (
            "Hagerty serves on both the Foreign Relations and the Appropriations committees",
            SUPPORTED,
        ),
        ("Hagerty serves on the Foreign Relations and the Armed Services committees", NEI),
        ("Daines serves on the Foreign Relations and the Appropriations committees", NEI),
        # a filler noun after a name inside a slotted phrase is the name's ("the Vietnamese
        # people"); another noun there is no name, and the phrase is not read
        ("Sen. Hagerty wished Lam and the Vietnamese people a happy Lunar New Year", SUPPORTED),
        ("Hagerty wished Lam and his family a happy Lunar New Year", NEI),
        (
            "Thượng nghị sĩ Hagerty gửi tới Tổng Bí thư Tô Lâm và nhân dân Việt Nam lời chúc mừng"
            " năm mới",
            SUPPORTED,
        ),
        (
            "Thuong nghi si Hagerty gui toi Tong Bi thu To Lam va nhan dan Viet Nam loi chuc mung"
            " nam moi",
            SUPPORTED,
        ),
        ("Trump sent Lam and the Vietnamese people an invitation to visit Hungary", NEI),
        # "fell on" a day is "took place" on it (event_dates, fixtures/vocabulary/predicates.yaml)
        ("The call with Daines fell on the morning of Feb 19, Hanoi time.", SUPPORTED),
        ("Cuộc điện đàm với ông Daines rơi vào sáng 19/2 theo giờ Hà Nội.", SUPPORTED),
        ("Cuoc dien dam voi ong Daines roi vao sang 19/2 theo gio Ha Noi.", SUPPORTED),
        ("The call with Daines fell on the evening of Feb 19, Hanoi time.", "contradicted"),
        ("Lam's proposals fell on deaf ears in Washington", NEI),
    ],
)
def test_words_around_a_fact(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict
