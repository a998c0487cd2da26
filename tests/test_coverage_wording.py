"""Session 32, coverage: press wording of facts the claims hold.

- "Lam's letter to Trump backed ...", "Thư của Tổng Bí thư Tô Lâm gửi Tổng thống Trump ủng hộ
  ...": the owner of the noun of what carries words (`carriers` in lexicon/<lang>/stances.yaml)
  said them, never whom it went to, though that name stands right before the verb (before,
  "Trump's letter to Lam backed ..." gave Lam's view to Lam from Trump's letter, and "Lam's
  letter backed ..." read no speaker at all). The noun and its addressee are an aside for the
  claims to bear out, as where commas set them off (check.stance._carried), said on the
  carrier's occasion: never the words of another party of the claim's exchange refuted;
- "trong bối cảnh", "against the backdrop of", "in the context of": at the time of what
  follows, as "amid" (lexicon/<lang>/fillers.yaml); what follows is still for the claims;
- the end of the Vietnam War brought about ("bring ... to an end", "put an end to", "đưa ...
  đến hồi kết") and the war's classifier ("cuộc chiến tranh"): aliases of the event;
- ties deepened with the comparative alone ("làm sâu sắc hơn quan hệ": an alias of the
  closer-ties topic), whose "sâu" written without marks is no "sau" (after): a word of a name or
  a view is no later cue (check.before_after.later_cue);
- "side by side with" Israel, as "alongside" (an alias of the topic), and an "eventual" state,
  one worked towards ("hướng tới": lexicon/en/glosses.yaml).

Each in English, Vietnamese and Vietnamese without diacritics, with traps that stay not enough
info: the letter of the other side, another addressee, a speech the sources never report, a
backdrop the sources never give.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the owner's letter, with or without whom it went to
    (
        "Lam's letter to Trump backed a Palestinian state coexisting peacefully alongside Israel.",
        SUPPORTED,
    ),
    (
        "To Lam's letter of acceptance backed the creation of a Palestinian state coexisting"
        " peacefully alongside Israel.",
        SUPPORTED,
    ),
    (
        "To Lam's letter to Trump backed an eventual Palestinian state living in peace side by side"
        " with Israel.",
        SUPPORTED,
    ),
    (
        "Thư của Tổng Bí thư Tô Lâm gửi Tổng thống Trump ủng hộ việc thành lập nhà nước Palestine"
        " cùng tồn tại hòa bình bên cạnh nhà nước Israel.",
        SUPPORTED,
    ),
    (
        "Thu cua Tong Bi thu To Lam gui Tong thong Trump ung ho viec thanh lap nha nuoc Palestine"
        " cung ton tai hoa binh ben canh nha nuoc Israel.",
        SUPPORTED,
    ),
    # the other side's letter: Trump's words, which the sources never give so
    (
        "Trump's letter to Lam backed a Palestinian state coexisting peacefully alongside Israel.",
        NEI,
    ),
    (
        "Thư của Tổng thống Trump gửi Tổng Bí thư Tô Lâm ủng hộ nhà nước Palestine cùng tồn tại"
        " hòa bình bên cạnh nhà nước Israel.",
        NEI,
    ),
    (
        "Thu cua Tong thong Trump gui Tong Bi thu To Lam ung ho nha nuoc Palestine cung ton tai"
        " hoa binh ben canh nha nuoc Israel.",
        NEI,
    ),
    # words carried on another occasion than the claim's exchange: never the other party's
    # words refuted (the call in which Lam thanked Leahy says nothing of a letter of Leahy's)
    (
        "Leahy's message to Lam thanked him for his contributions to Vietnam-US relations.",
        NEI,
    ),
    (
        "Thư của ông Leahy gửi ông Tô Lâm cảm ơn những đóng góp của ông Leahy cho quan hệ Việt"
        " Nam - Mỹ.",
        NEI,
    ),
    (
        "Thu cua ong Leahy gui ong To Lam cam on nhung dong gop cua ong Leahy cho quan he Viet"
        " Nam - My.",
        NEI,
    ),
    # another addressee, or a carrier the sources never report
    (
        "Lam's letter to Daines backed a Palestinian state coexisting peacefully alongside Israel.",
        NEI,
    ),
    (
        "Lam's speech to Congress backed a Palestinian state coexisting peacefully alongside"
        " Israel.",
        NEI,
    ),
    (
        "Thư của Tổng Bí thư Tô Lâm gửi Thượng nghị sĩ Daines ủng hộ nhà nước Palestine cùng tồn"
        " tại hòa bình bên cạnh nhà nước Israel.",
        NEI,
    ),
    (
        "Thu cua Tong Bi thu To Lam gui Thuong nghi si Daines ung ho nha nuoc Palestine cung ton"
        " tai hoa binh ben canh nha nuoc Israel.",
        NEI,
    ),
    # the backdrop of an act: at its time, as "amid"; what it says is still the claims'
    (
        "Chuyến thăm Mỹ của Tổng Bí thư diễn ra trong bối cảnh Việt Nam - Mỹ tiếp tục triển khai"
        " quan hệ Đối tác chiến lược toàn diện.",
        SUPPORTED,
    ),
    (
        "Chuyen tham My cua Tong Bi thu dien ra trong boi canh Viet Nam - My tiep tuc trien khai"
        " quan he Doi tac chien luoc toan dien.",
        SUPPORTED,
    ),
    (
        "Lam's US visit took place against the backdrop of Vietnam and the US continuing to"
        " implement their Comprehensive Strategic Partnership.",
        SUPPORTED,
    ),
    (
        "Lam's US visit took place in the context of Vietnam and the US continuing to implement"
        " their Comprehensive Strategic Partnership.",
        SUPPORTED,
    ),
    (
        "Chuyến thăm Mỹ của Tổng Bí thư diễn ra trong bối cảnh Việt Nam - Mỹ tạm dừng quan hệ Đối"
        " tác chiến lược toàn diện.",
        NEI,
    ),
    (
        "Chuyen tham My cua Tong Bi thu dien ra trong boi canh tranh chap thue quan Viet - My.",
        NEI,
    ),
    (
        "Lam's US visit took place against the backdrop of Vietnam and the US suspending their"
        " Comprehensive Strategic Partnership.",
        NEI,
    ),
    # nor does the backdrop swallow a level the claims refute
    (
        "Chuyến thăm Mỹ của Tổng Bí thư diễn ra trong bối cảnh Việt Nam - Mỹ tiếp tục triển khai"
        " quan hệ Đối tác toàn diện.",
        CONTRADICTED,
    ),
    # the end of the war said as brought about ("bring ... to an end", "đưa ... đến hồi kết"),
    # and the war's classifier ("cuộc chiến tranh"): an alias of the event
    (
        "Leahy recalled that one of his first important votes in the Senate was to bring the"
        " Vietnam War to an end.",
        SUPPORTED,
    ),
    ("Leahy voted to put an end to the war in Vietnam.", SUPPORTED),
    ("Ông Leahy bỏ phiếu để đưa cuộc chiến tranh Việt Nam đến hồi kết.", SUPPORTED),
    ("Ông Leahy bỏ phiếu để chấm dứt cuộc chiến tranh Việt Nam.", SUPPORTED),
    ("Ong Leahy bo phieu de dua chien tranh Viet Nam den hoi ket.", SUPPORTED),
    # another war, or another voter
    ("Leahy voted to bring the Iraq War to an end.", NEI),
    ("Ông Leahy bỏ phiếu để đưa chiến tranh Iraq đến hồi kết.", NEI),
    ("Ong Trump bo phieu de dua chien tranh Viet Nam den hoi ket.", NEI),
    # ties deepened, said with the comparative alone ("làm sâu sắc hơn quan hệ"); without
    # marks its "sau" is no "after" (sau): a name's or a view's word is no later cue
    (
        "Ông Hagerty mong muốn làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện Việt – Mỹ.",
        SUPPORTED,
    ),
    (
        "Ong Hagerty mong muon lam sau sac hon quan he Doi tac chien luoc toan dien Viet - My.",
        SUPPORTED,
    ),
    (
        "Ong Hagerty mong muon lam sau sac them quan he Doi tac chien luoc toan dien Viet - My.",
        SUPPORTED,
    ),
    ("Hagerty wants the Vietnam-US Comprehensive Strategic Partnership deepened.", SUPPORTED),
    # a "sau" outside the name still sets the view after an occasion the claims do not order
    (
        "Ong Hagerty mong muon lam sau sac hon quan he Doi tac chien luoc toan dien Viet - My sau"
        " chuyen tham cua Tong thong Trump toi Ha Noi.",
        NEI,
    ),
    (
        "Hagerty wants the Vietnam-US Comprehensive Strategic Partnership deepened after Trump's"
        " visit to Hanoi.",
        NEI,
    ),
    # another pair of countries, or another speaker
    ("Ông Hagerty mong muốn làm sâu sắc hơn quan hệ Việt Nam - Trung Quốc.", NEI),
    ("Ông Orbán mong muốn làm sâu sắc hơn quan hệ Việt Nam - Mỹ.", NEI),
    # a state at once is no state worked towards
    (
        "To Lam's letter to Trump backed an immediate Palestinian state living in peace side by"
        " side with Israel.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_coverage_wording(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
