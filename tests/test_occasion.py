"""Names that fix the occasion, not the fact (issue 10): a fact a source reports in the account
of a meeting or call has that encounter as its occasion, whose parties, place and event are
accounted for (factdb.check.occasion); a name no encounter of that passage has stays uncovered.
Run on the curated base, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.occasion import accounted_by_occasion, encounter_named, occasions_of
from factdb.store.claims import ClaimView


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def _claim(checker: Checker, predicate: str, cid: str) -> ClaimView:
    (claim,) = checker.index.claims({predicate: {cid}})[predicate]
    return checker.index.with_evidence([claim])[cid]


def test_a_fact_reported_at_a_meeting_has_its_parties_and_place(checker: Checker) -> None:
    with checker.snapshot():
        oda = _claim(checker, "oda_approved", "hu-oda-400m-usd")
        occasions = occasions_of(checker.index, checker.vocab, oda)
        found = accounted_by_occasion(checker.index, checker.vocab, [oda])
    assert occasions
    assert {"viktor-orban", "to-lam", "washington-dc"} <= found
    # another leader met that day is no party of the meeting the approval was reported at
    assert "hun-manet" not in found


def test_encounters_opening_together_give_only_what_they_share(checker: Checker) -> None:
    # "Tổng Bí thư Tô Lâm điện đàm với thượng nghị sĩ Steve Daines và Bill Hagerty trong chuyến
    # dự họp ...": the trip is named in the account of both calls, so neither senator is its
    with checker.snapshot():
        trip = _claim(checker, "visited", "to-lam-visited-us-2026-02")
        found = accounted_by_occasion(checker.index, checker.vocab, [trip])
    assert "to-lam" in found
    assert not {"steve-daines", "bill-hagerty"} & found


def test_an_encounter_and_a_persons_office_have_no_occasion_of_their_own(
    checker: Checker,
) -> None:
    with checker.snapshot():
        met = _claim(checker, "met", "to-lam-met-orban-2026-02-19")
        office = _claim(checker, "holds_office", "orban-pm-hungary")
        assert occasions_of(checker.index, checker.vocab, met) == []
        assert occasions_of(checker.index, checker.vocab, office) == []


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the one told and the one telling are the parties of the meeting it was said at
        (
            "Hungarian Prime Minister Viktor Orban told Lam that Budapest had finished "
            "approving US$400 million in development aid for Vietnam.",
            "supported",
        ),
        (
            "Thủ tướng Orbán nói với Tổng Bí thư Tô Lâm rằng Hungary đã hoàn tất thủ tục "
            "thông qua khoản ODA 400 triệu USD cho Việt Nam",
            "supported",
        ),
        (
            "Orban noi voi To Lam rang Hungary duy tri cap 200 hoc bong moi nam cho sinh vien "
            "Viet Nam",
            "supported",
        ),
        (
            "Orban told Lam in Washington that Hungary keeps granting 200 scholarships a year to "
            "Vietnamese students",
            "supported",
        ),
        # someone no claim places at that meeting, titled or not, or another place
        (
            "Cambodian Prime Minister Hun Manet told Lam that Hungary had finished approving "
            "US$400 million in development aid for Vietnam.",
            "not_enough_info",
        ),
        (
            "Thủ tướng Hun Manet nói với Tổng Bí thư Tô Lâm rằng Hungary đã hoàn tất thủ tục "
            "thông qua khoản ODA 400 triệu USD cho Việt Nam",
            "not_enough_info",
        ),
        (
            "Orban told Hagerty that Hungary had approved US$400 million in ODA for Vietnam.",
            "not_enough_info",
        ),
        (
            "Orban told Lam in Hanoi that Hungary keeps granting 200 scholarships a year to "
            "Vietnamese students",
            "not_enough_info",
        ),
        (
            "Thu tuong Hun Manet noi voi To Lam rang Hungary duy tri cap 200 hoc bong moi nam "
            "cho sinh vien Viet Nam",
            "not_enough_info",
        ),
    ],
)
def test_names_beside_a_fact(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # whose office it is must be said of the office: Hungary here is what he spoke of
        (
            "Thủ tướng Hun Manet nói với Tô Lâm rằng Hungary duy trì cấp 200 học bổng mỗi năm "
            "cho sinh viên Việt Nam",
            "not_enough_info",
        ),
        ("Thủ tướng Hungary Hun Manet gặp Tô Lâm", "contradicted"),
        ("Hun Manet, Hungary's prime minister, met Lam", "contradicted"),
        ("Thu tuong Hungary Hun Manet gap To Lam", "contradicted"),
    ],
)
def test_a_single_holder_office_needs_its_jurisdiction_attached(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_another_languages_inflection_reads_no_word(checker: Checker) -> None:
    # "rang" is "rằng" without marks, not English "ring" (a phone call)
    with checker.snapshot():
        parsed = checker.parse(
            "Orban noi voi To Lam rang Hungary duy tri cap 200 hoc bong moi nam cho sinh vien"
            " Viet Nam"
        )
    assert parsed.lang == "vi"
    assert "phone_call" not in {t.target for t in parsed.triggers}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # another city for the place of the same occasion (its date, or its event named)
        ("Lam and Orbán met in Budapest on Feb 19.", "contradicted"),
        ("Tô Lâm và Thủ tướng Orbán gặp nhau tại Budapest ngày 19/2", "contradicted"),
        ("To Lam va Orban gap nhau tai Budapest ngay 19/2", "contradicted"),
        ("Tổng Bí thư dự phiên họp đầu tiên của Hội đồng Hòa bình tại Hà Nội", "contradicted"),
        ("Lam and Orbán met in Washington on Feb 19.", "supported"),
        # a capital's country is known: another country, or a US state, cannot hold it
        ("Lam met Orban in Hungary on February 19.", "contradicted"),
        ("Lam met Orban in New York on February 19.", "contradicted"),
        ("Lam met Orban in the United States on February 19.", "supported"),
        # undated, it may be another meeting; a call has no one place, but its caller's is
        # fixed by his stay at the summit its occasion names that day (session 20: another
        # country refutes it, tests/test_meeting_modes.py; the other end's is open); a clock is
        # no place, and this one is the clock the call's source tells its day on
        # (tests/test_told_days.py)
        ("Lam and Orbán met in Budapest.", "not_enough_info"),
        ("Lam phoned Leahy from Prague on Feb 19", "contradicted"),
        ("Leahy phoned Lam from Prague on Feb 19", "not_enough_info"),
        ("Lam phoned Leahy in Prague on Feb 19", "not_enough_info"),
        (
            "Lam's call with Daines took place on Feb 18 Washington time, which was already "
            "the morning of Feb 19 in Hanoi.",
            "supported",
        ),
    ],
)
def test_another_place_for_the_same_occasion(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the people of the meeting a figure was announced at name its occasion for the figure
        (
            "Orban told Lam that Hungary had approved $500 million in ODA for Vietnam",
            "contradicted",
        ),
        (
            "Thủ tướng Orbán nói với Tổng Bí thư Tô Lâm rằng Hungary đã thông qua khoản ODA "
            "500 triệu USD cho Việt Nam",
            "contradicted",
        ),
        (
            "Orban noi voi To Lam rang Hungary da thong qua khoan ODA 500 trieu USD cho Viet Nam",
            "contradicted",
        ),
        # without them it may be another package; with someone else, another meeting
        ("Hungary approved $500 million in ODA for Vietnam", "not_enough_info"),
        (
            "Hun Manet told Lam that Hungary had approved $500 million in ODA for Vietnam",
            "not_enough_info",
        ),
    ],
)
def test_a_figure_told_at_the_meeting(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_encounter_named_needs_every_person_of_the_meeting(checker: Checker) -> None:
    with checker.snapshot():
        oda = _claim(checker, "oda_approved", "hu-oda-400m-usd")
        assert encounter_named(checker.index, checker.vocab, oda, {"viktor-orban", "to-lam"})
        assert not encounter_named(checker.index, checker.vocab, oda, {"viktor-orban"})
        assert not encounter_named(checker.index, checker.vocab, oda, {"hun-manet", "to-lam"})


def test_an_encounter_of_another_time_does_not_end_the_account(checker: Checker) -> None:
    # 001 shows a photo of Tô Lâm's July 2025 call with Trump inside its account of the
    # 18 February call with Daines: the request made in that call is not the Trump call's
    with checker.snapshot():
        asked = _claim(
            checker, "requested", "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18"
        )
        found = accounted_by_occasion(checker.index, checker.vocab, [asked])
    assert "steve-daines" in found
    assert "donald-trump" not in found


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Lam asked Daines and Congress to keep funding dioxin cleanup at Bien Hoa airport",
            "supported",
        ),
        (
            "Tong Bi thu de nghi TNS Daines va Quoc hoi My tiep tuc ho tro du an tay doc dioxin "
            "tai san bay Bien Hoa",
            "supported",
        ),
        (
            "Lam asked Trump and Congress to keep funding dioxin cleanup at Bien Hoa airport",
            "not_enough_info",
        ),
        (
            "Tổng Bí thư đề nghị Tổng thống Trump và Quốc hội Mỹ tiếp tục hỗ trợ dự án tẩy độc "
            "dioxin tại sân bay Biên Hòa",
            "not_enough_info",
        ),
    ],
)
def test_the_other_party_of_the_call_a_request_was_made_in(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # an act long done, told of at a later encounter: who told it and who heard it
        ("Leahy told Lam he had voted to end the war in Vietnam.", "supported"),
        (
            "Ông Leahy nói với Tổng Bí thư Tô Lâm rằng ông từng bỏ phiếu chấm dứt chiến tranh "
            "tại Việt Nam.",
            "supported",
        ),
        (
            "Ong Leahy noi voi Tong Bi thu To Lam rang ong tung bo phieu cham dut chien tranh "
            "tai Viet Nam.",
            "supported",
        ),
        # ... not another listener, nor the listener as one who did it
        ("Leahy told Hun Manet that he had voted to end the war in Vietnam.", "not_enough_info"),
        ("Tô Lâm và ông Leahy cùng bỏ phiếu chấm dứt chiến tranh tại Việt Nam.", "not_enough_info"),
        (
            "Ong Leahy noi voi Thu tuong Hun Manet rang ong tung bo phieu cham dut chien tranh "
            "tai Viet Nam.",
            "not_enough_info",
        ),
    ],
)
def test_an_act_long_done_recalled_at_a_later_encounter(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict
