"""A verb of ending written without marks is not said by another word of its fold (session 32,
coverage engineer's confident wrong): "Viet Nam - My tam dung quan he Doi tac chien luoc toan
dien" came out supported by the partnership claim, its "dung" (dừng, stop) said by the "dựng"
of "xây dựng" or the "dụng" of "sử dụng" in the claim's sentences, its "tam" (tạm) held as the
filler "tầm" by its fold; with marks, and in English, nothing says the suspension. A word
nothing read, in a statement written without marks, that folds as a word denying, ending,
cutting or putting off with marks (statements `negation`, polarity `enders`, `undoers`,
`delayers`, `antonyms`) is that word: said only where the claims say it with its marks, or
where they say the phrase it makes with a word beside it nothing read either ("xay dung")
(accounting.marked_denials, _bare_denials; rules.unread_details). The verdicts the lexicon's
denials give (ngừng, chấm dứt, dừng cấp) are the marked form's, folded or not.
"""

from __future__ import annotations

import pytest

from factdb.check.accounting import _marked_by_fold, marked_denials
from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.text.fold import marked_key


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's, in the three forms
        ("Viet Nam - My tam dung quan he Doi tac chien luoc toan dien.", NEI),
        ("Việt Nam - Mỹ tạm dừng quan hệ Đối tác chiến lược toàn diện.", NEI),
        ("Vietnam and the US suspended their comprehensive strategic partnership.", NEI),
        # in other words: a pause, a stop the sources do not report
        ("Viet Nam va Hoa Ky da tam dung quan he Doi tac chien luoc toan dien", NEI),
        ("Việt Nam và Hoa Kỳ đã tạm dừng quan hệ Đối tác chiến lược toàn diện", NEI),
        ("Hanoi and Washington paused their comprehensive strategic partnership.", NEI),
        ("Viet Nam - My dung quan he Doi tac chien luoc toan dien.", NEI),
        ("Việt Nam và Mỹ dừng quan hệ Đối tác chiến lược toàn diện.", NEI),
        ("Vietnam and the US have halted their comprehensive strategic partnership.", NEI),
        # ... with the date the partnership began: still no stop said
        ("Viet Nam va My dung quan he Doi tac chien luoc toan dien tu thang 9/2023", NEI),
        # other verbs of ending or putting off beside the partnership: open in every form
        ("Viet Nam - My huy quan he Doi tac chien luoc toan dien.", NEI),
        ("Việt Nam - Mỹ hủy quan hệ Đối tác chiến lược toàn diện.", NEI),
        ("Viet Nam - My dinh chi quan he Doi tac chien luoc toan dien.", NEI),
        ("Việt Nam - Mỹ đình chỉ quan hệ Đối tác chiến lược toàn diện.", NEI),
        ("Viet Nam - My tam hoan quan he Doi tac chien luoc toan dien.", NEI),
        ("Việt Nam - Mỹ tạm hoãn quan hệ Đối tác chiến lược toàn diện.", NEI),
        ("Viet Nam - My cat giam quan he Doi tac chien luoc toan dien.", NEI),
        ("Việt Nam - Mỹ cắt giảm quan hệ Đối tác chiến lược toàn diện.", NEI),
        ("Hungary dung khoan ODA cho Viet Nam", NEI),
        ("Hungary dừng khoản ODA cho Việt Nam", NEI),
        ("Hungary halted its ODA loan to Vietnam", NEI),
        # the state itself, in every form
        ("Viet Nam va My la Doi tac chien luoc toan dien", SUPPORTED),
        ("Việt Nam và Mỹ là Đối tác chiến lược toàn diện", SUPPORTED),
        ("Viet Nam va Hoa Ky la Doi tac chien luoc toan dien", SUPPORTED),
        ("Vietnam and the US are comprehensive strategic partners.", SUPPORTED),
        # a folded word of the same fold that makes a word the sources say with the word
        # before it ("xây dựng", build), nothing read either
        ("Viet Nam va My xay dung quan he Doi tac chien luoc toan dien.", SUPPORTED),
        ("Việt Nam và Mỹ xây dựng quan hệ Đối tác chiến lược toàn diện.", SUPPORTED),
        ("Vietnam and the US built a comprehensive strategic partnership.", SUPPORTED),
        # the denials the lexicon reads keep their verdicts, marked or folded
        ("Viet Nam - My ngung quan he Doi tac chien luoc toan dien.", CONTRADICTED),
        ("Việt Nam - Mỹ ngừng quan hệ Đối tác chiến lược toàn diện.", CONTRADICTED),
        ("Viet Nam - My cham dut quan he Doi tac chien luoc toan dien.", CONTRADICTED),
        ("Việt Nam - Mỹ chấm dứt quan hệ Đối tác chiến lược toàn diện.", CONTRADICTED),
        ("Viet Nam - My tam ngung quan he Doi tac chien luoc toan dien.", CONTRADICTED),
        ("Việt Nam - Mỹ tạm ngừng quan hệ Đối tác chiến lược toàn diện.", CONTRADICTED),
        ("Hungary tam dung cap hoc bong cho sinh vien Viet Nam.", CONTRADICTED),
        ("Hungary tạm dừng cấp học bổng cho sinh viên Việt Nam.", CONTRADICTED),
        ("Hungary suspended scholarships for Vietnamese students.", CONTRADICTED),
        ("Hungary dung cap hoc bong cho sinh vien Viet Nam.", CONTRADICTED),
        ("Hungary dừng cấp học bổng cho sinh viên Việt Nam.", CONTRADICTED),
    ],
)
def test_a_stop_the_sources_do_not_report_is_open_the_state_and_denials_read_are_not(
    checker: Checker, statement: str, verdict: str
) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


def test_a_bare_word_of_ending_is_said_with_its_marks_or_in_a_word_beside_it(
    checker: Checker,
) -> None:
    def found(text: str) -> dict[str, tuple[str, ...]]:
        parsed = checker.parse(text)
        return {text[s:e]: keys for (s, e), keys in marked_denials(parsed).items()}

    stop = found("Viet Nam - My tam dung quan he Doi tac chien luoc toan dien.")
    # "quan" is a name's word, "tam" a filler's: neither makes a word with "dung"
    assert stop == {"dung": (marked_key("dừng"),)}
    assert found("Viet Nam va My xay dung quan he Doi tac chien luoc toan dien.") == {
        "dung": (marked_key("dừng"), "xay dung")
    }
    # two denying words of one fold: either says it
    assert set(_marked_by_fold()["ngung"]) == {marked_key("ngừng"), marked_key("ngưng")}
    # written with marks, only the denying words, as written
    assert found("Việt Nam và Mỹ xây dựng quan hệ") == {}
