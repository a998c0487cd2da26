"""Both languages as equals (session 26): one fact said in English, in Vietnamese and in
Vietnamese without diacritics gets one verdict. Each row below is a triple whose three forms
once parted, because one language's lexicon lacked a word the other had: an alias ("trụ cột của
quan hệ" beside "pillar of ties", "finding missing US servicemen" beside "tìm quân nhân Mỹ mất
tích", "lãnh đạo Đảng Việt Nam" beside "Vietnam's party chief"), a verb ("bỏ lá phiếu" beside
"cast a vote", "chào xã giao" beside "pay a courtesy call on", "sign up as", "keep working with"
beside "tiếp tục phối hợp"), a gloss ("again", "success", "make the most of"), a topic filler or
synonym ("ở" beside "in", "kết nối" beside "connectivity", "lòng tin" beside "trust", "nồng hậu"
beside "warm"), a stance ("vui mừng trước" beside "glad at", "pleased" and "hail" beside "hài
lòng"), a country's official name ("Cộng hòa Indonesia" beside "Republic of Indonesia") or a
post's opener ("Ôi," beside "Wow,").
One was a reading: English "just" before a verb says when ("just met Orbán", Vietnamese "vừa
gặp"), and was read as "only" ("met only Orbán"), a confident wrong the Vietnamese never had.
The traps keep each new word to what it says: a detail the sources never give stays not enough
info in every language."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


# Each triple: English, Vietnamese, Vietnamese without diacritics; one verdict for all three.
TRIPLES = [
    (
        "supported",
        "To Lam urged the US Congress to keep supporting war legacy efforts",
        "Tô Lâm đề nghị Quốc hội Mỹ tiếp tục hỗ trợ khắc phục hậu quả chiến tranh",
        "To Lam de nghi Quoc hoi My tiep tuc ho tro khac phuc hau qua chien tranh",
    ),
    (
        "supported",
        "Hagerty hopes to visit Vietnam again soon",
        "Hagerty mong sớm thăm lại Việt Nam",
        "Hagerty mong som tham lai Viet Nam",
    ),
    (
        "supported",
        "Hagerty thanked Vietnam for its help in finding missing US servicemen",
        "Hagerty cảm ơn Việt Nam hợp tác tìm kiếm quân nhân Mỹ mất tích",
        "Hagerty cam on Viet Nam hop tac tim kiem quan nhan My mat tich",
    ),
    (
        "supported",
        "To Lam called defence cooperation a pillar of Vietnam-US ties",
        "Tô Lâm khẳng định hợp tác quốc phòng là trụ cột của quan hệ Việt - Mỹ",
        "To Lam khang dinh hop tac quoc phong la tru cot cua quan he Viet - My",
    ),
    (
        "supported",
        "Leahy cast a key vote to end the Vietnam War",
        "Leahy bỏ lá phiếu quan trọng để chấm dứt chiến tranh Việt Nam",
        "Leahy bo la phieu quan trong de cham dut chien tranh Viet Nam",
    ),
    (
        "supported",
        "Leahy said Congress supports Vietnam across party lines",
        "Leahy khẳng định Quốc hội Mỹ ủng hộ Việt Nam ở cả hai đảng",
        "Leahy khang dinh Quoc hoi My ung ho Viet Nam o ca hai dang",
    ),
    (
        "supported",
        "Prabowo congratulated Vietnam on the success of the 14th Party Congress",
        "Tổng thống Prabowo chúc mừng thành công Đại hội XIV của Đảng Cộng sản Việt Nam",
        "Tong thong Prabowo chuc mung thanh cong Dai hoi XIV cua Dang Cong san Viet Nam",
    ),
    (
        "supported",
        "To Lam thanked Hun Sen for the warm welcome",
        "Tô Lâm cảm ơn ông Hun Sen đã đón tiếp nồng hậu",
        "To Lam cam on ong Hun Sen da don tiep nong hau",
    ),
    (
        "supported",
        "To Lam proposed stronger Vietnam-Cambodia-Laos links",
        "Tô Lâm đề xuất tăng cường kết nối Việt Nam - Campuchia - Lào",
        "To Lam de xuat tang cuong ket noi Viet Nam - Campuchia - Lao",
    ),
    (
        "supported",
        "Hagerty said Congress would keep working with Vietnam on war legacy issues",
        "Hagerty cho biết Quốc hội Mỹ sẽ tiếp tục phối hợp với Việt Nam khắc phục hậu quả"
        " chiến tranh",
        "Hagerty cho biet Quoc hoi My se tiep tuc phoi hop voi Viet Nam khac phuc hau qua"
        " chien tranh",
    ),
    (
        "supported",
        "To Lam and Macinka agreed to make the most of the EVFTA",
        "Tô Lâm và Phó Thủ tướng Macinka nhất trí tận dụng hiệu quả Hiệp định EVFTA",
        "To Lam va Pho Thu tuong Macinka nhat tri tan dung hieu qua Hiep dinh EVFTA",
    ),
    (
        "supported",
        "Vietnamese party chief To Lam lands in Washington for Trump's Board of Peace",
        "Lãnh đạo Đảng Việt Nam Tô Lâm tới Washington dự Hội đồng Hòa bình của ông Trump",
        "Lanh dao Dang Viet Nam To Lam toi Washington du Hoi dong Hoa binh cua ong Trump",
    ),
    (
        "supported",
        "Vietnam signed up as a founding member of the Board of Peace",
        "Việt Nam gia nhập Hội đồng Hòa bình với tư cách thành viên sáng lập",
        "Viet Nam gia nhap Hoi dong Hoa binh voi tu cach thanh vien sang lap",
    ),
    (
        "supported",
        "Jamieson Greer paid a courtesy call on To Lam",
        "Jamieson Greer chào xã giao Tổng Bí thư Tô Lâm",
        "Jamieson Greer chao xa giao Tong Bi thu To Lam",
    ),
    (
        "supported",
        "To Lam met overseas Vietnamese in the United States",
        "Tô Lâm gặp gỡ kiều bào tại Hoa Kỳ",
        "To Lam gap go kieu bao tai Hoa Ky",
    ),
    (
        "supported",
        "Hagerty and To Lam welcomed the growing political trust between the two countries",
        "Hagerty và Tô Lâm vui mừng trước lòng tin chính trị ngày càng tăng giữa hai nước",
        "Hagerty va To Lam vui mung truoc long tin chinh tri ngay cang tang giua hai nuoc",
    ),
    (
        "supported",
        "The leaders praised Vietnam's growing international role",
        "Các nhà lãnh đạo đánh giá cao vai trò ngày càng tăng của Việt Nam trên trường quốc tế",
        "Cac nha lanh dao danh gia cao vai tro ngay cang tang cua Viet Nam tren truong quoc te",
    ),
    # a country by its official name: Vietnamese "Cộng hòa ..." as English "Republic of ..."
    (
        "supported",
        "General Secretary To Lam met the President of the Republic of Indonesia",
        "Tổng Bí thư Tô Lâm gặp Tổng thống Cộng hòa Indonesia",
        "Tong Bi thu To Lam gap Tong thong Cong hoa Indonesia",
    ),
    (
        "supported",
        "To Lam met the Prime Minister of the Republic of Armenia",
        "Tô Lâm gặp Thủ tướng Cộng hòa Armenia",
        "To Lam gap Thu tuong Cong hoa Armenia",
    ),
    (
        "supported",
        "To Lam met the Prime Minister of the Islamic Republic of Pakistan",
        "Tô Lâm gặp Thủ tướng Cộng hòa Hồi giáo Pakistan",
        "To Lam gap Thu tuong Cong hoa Hoi giao Pakistan",
    ),
    (
        "supported",
        "To Lam and Macinka agreed to make good use of the EU-Vietnam free trade agreement",
        "Tô Lâm và Macinka nhất trí tận dụng tốt Hiệp định thương mại tự do Việt Nam - EU",
        "To Lam va Macinka nhat tri tan dung tot Hiep dinh thuong mai tu do Viet Nam - EU",
    ),
    # "just" before a verb says when, as "vừa" does; a post's "Wow," "Ôi,", "So" "Vậy là"
    (
        "supported",
        "Wow, To Lam just met Orban in Washington!",
        "Ôi, Tô Lâm vừa gặp Orbán ở Washington!",
        "Oi, To Lam vua gap Orban o Washington!",
    ),
    (
        "supported",
        "So To Lam was re-elected General Secretary",
        "Vậy là Tô Lâm tái đắc cử Tổng Bí thư",
        "Vay la To Lam tai dac cu Tong Bi thu",
    ),
    # "only" before a verb or a name keeps its reading in every language: he met nine leaders
    (
        "contradicted",
        "To Lam met just Orban in Washington",
        "Tô Lâm chỉ gặp Orbán ở Washington",
        "To Lam chi gap Orban o Washington",
    ),
    (
        "contradicted",
        "To Lam only met Orban in Washington",
        "Tô Lâm chỉ gặp Thủ tướng Orbán tại Washington",
        "To Lam chi gap Thu tuong Orban tai Washington",
    ),
    # a headline's bare "pleased" and a plural's "hail", as "hài lòng", "hoan nghênh"
    (
        "supported",
        "Vietnam, Hungary pleased with effective development of comprehensive partnership",
        "Việt Nam, Hungary hài lòng về sự phát triển hiệu quả của quan hệ Đối tác toàn diện",
        "Viet Nam, Hungary hai long ve su phat trien hieu qua cua quan he Doi tac toan dien",
    ),
    (
        "supported",
        "Hungary and Vietnam hail the effective development of their comprehensive partnership",
        "Hungary và Việt Nam hoan nghênh sự phát triển hiệu quả của quan hệ Đối tác toàn diện",
        "Hungary va Viet Nam hoan nghenh su phat trien hieu qua cua quan he Doi tac toan dien",
    ),
    # Traps: each new word says only what it says; a detail beside it stays open.
    (
        "not_enough_info",
        "To Lam and Macinka agreed on the most ambitious use of the EVFTA",
        "Tô Lâm và Macinka nhất trí tận dụng tham vọng nhất Hiệp định EVFTA",
        "To Lam va Macinka nhat tri tan dung tham vong nhat Hiep dinh EVFTA",
    ),
    (
        "not_enough_info",
        "Hagerty hopes to visit Vietnam again with his family",
        "Hagerty mong sớm thăm lại Việt Nam cùng gia đình",
        "Hagerty mong som tham lai Viet Nam cung gia dinh",
    ),
    (
        "not_enough_info",
        "Leahy cast a secret vote to end the Vietnam War",
        "Leahy bỏ lá phiếu kín để chấm dứt chiến tranh Việt Nam",
        "Leahy bo la phieu kin de cham dut chien tranh Viet Nam",
    ),
    (
        "not_enough_info",
        "To Lam thanked Hun Sen for the cold welcome",
        "Tô Lâm cảm ơn ông Hun Sen đã đón tiếp lạnh nhạt",
        "To Lam cam on ong Hun Sen da don tiep lanh nhat",
    ),
    (
        "not_enough_info",
        "Jamieson Greer paid a courtesy call on Hun Manet",
        "Jamieson Greer chào xã giao Thủ tướng Hun Manet",
        "Jamieson Greer chao xa giao Thu tuong Hun Manet",
    ),
    (
        "not_enough_info",
        "Hagerty said Congress would keep working with Vietnam on climate change",
        "Hagerty cho biết Quốc hội Mỹ sẽ tiếp tục phối hợp với Việt Nam ứng phó biến đổi khí hậu",
        "Hagerty cho biet Quoc hoi My se tiep tuc phoi hop voi Viet Nam ung pho bien doi khi hau",
    ),
    (
        "not_enough_info",
        "Hagerty and To Lam welcomed the growing military trust between the two countries",
        "Hagerty và Tô Lâm vui mừng trước lòng tin quân sự ngày càng tăng giữa hai nước",
        "Hagerty va To Lam vui mung truoc long tin quan su ngay cang tang giua hai nuoc",
    ),
    (
        "not_enough_info",
        "To Lam met the President of the Republic of Armenia",
        "Tô Lâm gặp Tổng thống Cộng hòa Armenia",
        "To Lam gap Tong thong Cong hoa Armenia",
    ),
    (
        "not_enough_info",
        "Wow, To Lam just met Trump at the White House!",
        "Ôi, Tô Lâm vừa gặp Trump tại Nhà Trắng!",
        "Oi, To Lam vua gap Trump tai Nha Trang!",
    ),
    (
        "not_enough_info",
        "Hegseth and Giang are pleased with the effective development of relations",
        "Ông Hegseth và ông Giang hài lòng về sự phát triển hiệu quả của quan hệ",
        "Ong Hegseth va Dai tuong Phan Van Giang hai long ve su phat trien hieu qua cua quan he",
    ),
    (
        "not_enough_info",
        "Leahy said Congress supports Vietnam across party lines, unlike the White House",
        "Leahy khẳng định Quốc hội Mỹ ủng hộ Việt Nam ở cả hai đảng, khác với Nhà Trắng",
        "Leahy khang dinh Quoc hoi My ung ho Viet Nam o ca hai dang, khac voi Nha Trang",
    ),
]


@pytest.mark.parametrize(
    ("verdict", "statement"),
    [(verdict, form) for verdict, *forms in TRIPLES for form in forms],
)
def test_each_form_of_a_triple_gets_its_verdict(
    checker: Checker, verdict: str, statement: str
) -> None:
    assert checker.check(statement).verdict == verdict
