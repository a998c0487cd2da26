"""Press words for what the sources say, which the checker read as an act of its own or as a
detail no claim accounts for (issue 10, session 20): a trigger of another predicate that a
supported fact's own span says ("agreed to use the EVFTA to lift bilateral trade", of an
agreement "để gia tăng kim ngạch thương mại song phương": what it was for, no turnover to
check), whose neighbouring words only that span may say ("to double trade" stays open).
Written in English, Vietnamese and Vietnamese without diacritics, each with traps."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"
CONTRADICTED = "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # what an agreement was for, in its own span: no act of its own
        (
            "Vietnam and the Czech Republic agreed to tap the EVFTA more effectively so as to"
            " boost two-way trade",
            SUPPORTED,
        ),
        (
            "Việt Nam và Séc nhất trí khai thác hiệu quả EVFTA để nâng kim ngạch thương mại song"
            " phương",
            SUPPORTED,
        ),
        (
            "Viet Nam va Sec nhat tri khai thac hieu qua EVFTA nham gia tang kim ngach thuong mai"
            " song phuong",
            SUPPORTED,
        ),
        # ... whose words around the trigger only the span may say, and no figure of its own
        ("Vietnam and the Czech Republic agreed to tap the EVFTA to double two-way trade", NEI),
        ("Vietnam and Czechia agreed to use the EVFTA to lift bilateral trade to $5 billion", NEI),
        ("Vietnam and Czechia agreed to use the EVFTA, and their trade fell last year", NEI),
        # another act's word beside it, which the span does not say ("gấp ba" without its
        # marks folds like "gặp bà": a meeting and a filler)
        (
            "Viet Nam va Sec nhat tri tan dung EVFTA de tang gap ba kim ngach thuong mai song"
            " phuong",
            NEI,
        ),
        (
            "Việt Nam và Séc nhất trí tận dụng EVFTA; kim ngạch thương mại hai nước năm 2025 vượt"
            " 1 tỷ USD",
            NEI,
        ),
        (
            "Việt Nam và Séc nhất trí tận dụng EVFTA để tăng kim ngạch thương mại với Trung Quốc",
            NEI,
        ),
        # a picture's label frames what the picture shows
        ("Pictured: Lam on a phone call with President Trump in July 2025", SUPPORTED),
        ("Chú thích ảnh: Tổng Bí thư Tô Lâm điện đàm với Tổng thống Trump tháng 7/2025", SUPPORTED),
        ("Chu thich anh: TBT To Lam dien dam voi Tong thong Trump thang 7/2025", SUPPORTED),
        ("Photo caption: To Lam on a secret phone call with President Trump in July 2025", NEI),
        ("Chú thích ảnh: Tô Lâm điện đàm kín với Tổng thống Trump tháng 7/2025", NEI),
        # "làm" before a title is its copula, as "là" is ("lam" without its marks too)
        ("Ông Leahy từng làm Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ", SUPPORTED),
        ("Ong Leahy tung lam Chu tich Uy ban Chuan chi Thuong vien My", SUPPORTED),
        ("Ông Leahy từng làm Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ", NEI),
        ("Vietnam nhat quyet khong lam thanh vien sang lap Hoi dong Hoa binh", CONTRADICTED),
        ("Việt Nam từ chối làm thành viên sáng lập Hội đồng Hòa bình", CONTRADICTED),
        # a headline's run of capitalised words the lexicons gloss is words, not a name
        (
            "Lam Asks Washington To Keep Backing Dioxin Cleanup And The Search For Vietnamese"
            " War Dead",
            SUPPORTED,
        ),
        ("Lam Asks Washington To Keep Backing Dioxin Cleanup With Green Climate Fund", NEI),
        ("Lam Asks Washington To Stop Backing Dioxin Cleanup", NEI),
        # press filler that fixes nothing: "alike", "among", "giờ là", "trong khuôn khổ"
        ("Leahy says he still talks regularly with Republicans and Democrats alike", SUPPORTED),
        ("Lam proposed tighter development links among Vietnam, Cambodia and Laos", SUPPORTED),
        ("Lam proposed tighter development links among Vietnam, Cambodia and Thailand", NEI),
        ("TNS Daines vui mừng vì Mỹ giờ là đối tác thương mại lớn thứ hai của Việt Nam", SUPPORTED),
        ("TNS Daines vui vi My gio la doi tac thuong mai lon thu hai cua Viet Nam", SUPPORTED),
        ("TNS Daines vui mừng vì Mỹ giờ là đối tác thương mại lớn nhất của Việt Nam", CONTRADICTED),
        (
            "Tổng Bí thư đề nghị đẩy mạnh gắn kết phát triển giữa Việt Nam, Campuchia và Lào trong"
            " khuôn khổ chuyến công tác",
            SUPPORTED,
        ),
        (
            "Tong Bi thu de nghi day manh gan ket phat trien giua Viet Nam, Campuchia va Thai Lan"
            " trong khuon kho chuyen cong tac",
            NEI,
        ),
        # the glossary: "attention" for "coi trọng", "build" for "củng cố"
        (
            "Lam hailed the Trump administration's continued attention to ASEAN centrality",
            SUPPORTED,
        ),
        (
            "Lam said war-legacy cooperation helps to heal the wounds of the past and to build"
            " trust",
            SUPPORTED,
        ),
        (
            "Lam said war-legacy cooperation helps to heal the wounds of the past and to build"
            " military trust",
            NEI,
        ),
        # support that has faded no longer holds: refuted by the speaker who affirmed it
        ("Leahy told Lam bipartisan backing for Vietnam in Congress had waned", CONTRADICTED),
        ("Ông Leahy nói sự ủng hộ lưỡng đảng dành cho Việt Nam đã phai nhạt", CONTRADICTED),
        ("Ong Leahy noi su ung ho luong dang danh cho Viet Nam da phai nhat", CONTRADICTED),
        ("Hagerty said bipartisan support for Vietnam had faded", NEI),
        # "thừa nhận" gives the speaker his words; "the war" unplaced is the claim's war
        ("Ông Leahy thừa nhận đã từng bỏ phiếu kéo dài cuộc chiến", CONTRADICTED),
        ("Ong Leahy thua nhan tung bo phieu tiep tuc chien tranh", CONTRADICTED),
        ("Leahy admitted he had voted to extend the war", CONTRADICTED),
        ("Ông Leahy thừa nhận từng bỏ phiếu kéo dài chiến tranh Triều Tiên", NEI),
        # "counterpart" as "người đồng cấp"; "sent" for "gửi"; the work named by what it overcomes
        ("Hegseth held talks with his Vietnamese counterpart Phan Van Giang", SUPPORTED),
        ("Hegseth held talks with his counterpart in Beijing", NEI),
        ("Hagerty sent Lunar New Year greetings to Lam and the Vietnamese people", SUPPORTED),
        ("Hagerty sent Lunar New Year greetings to Orbán", NEI),
        (
            "Leahy said US funding for war-legacy projects in Vietnam had been maintained to this"
            " day",
            SUPPORTED,
        ),
        ("Leahy said he had pushed for funding for war legacy programmes in Laos", NEI),
        # the search for Vietnam's missing soldiers, as the press names it
        ("Lam asked the US to keep helping with finding missing Vietnamese soldiers", SUPPORTED),
        ("Lam asked China to keep helping with finding missing Vietnamese soldiers", NEI),
    ],
)
def test_said_words(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a bare number right after the verb of an act no claim decides is a figure of its own:
        # "gap ba" without marks is "gặp ba" (met three) and "gấp ba" (threefold), no meeting a
        # source's sentence accounts for by its word "Gặp" (the review of session 20)
        ("Viet Nam va Sec nhat tri tan dung EVFTA de gap ba", NEI),
        ("Viet Nam va Sec dong y khai thac EVFTA nham gap hai", NEI),
        ("Việt Nam và Séc đồng ý khai thác EVFTA rồi gặp ba", NEI),
        ("Vietnam and the Czech Republic agreed to tap the EVFTA, then met three", NEI),
        # the agreement alone, and a number that counts the ones met, stay as they were
        ("Viet Nam va Sec dong y khai thac hieu qua EVFTA", SUPPORTED),
        ("Tong Bi thu gap ba nha lanh dao", SUPPORTED),
    ],
)
def test_number_after_an_undecided_act(real_checker: Checker, text: str, verdict: str) -> None:
    assert real_checker.check(text).verdict == verdict
