"""Session 18, what one claim implies (issue 10, class 8), written before the code.

- Entailment between predicates (`implies` in fixtures/vocabulary/predicates.yaml): receiving
  someone, or holding talks with him, is meeting him in person, so a claim of a reception or of
  talks bears out a statement that the two met, whichever of them it names first ("met" is
  symmetric). Never the converse: a meeting need not be a reception or talks, and a phone call
  is no meeting in person. The implied claim only supports: a statement it would refute is left
  to the claims of its own predicate ("did not meet", another date, another place: not enough
  info where no such claim decides).
- Implied parties: a claim says the country where a party it is directed at (a counterparty, a
  beneficiary, an addressee) holds office, and a country inside the name of what it is about
  (World.countries_said): "Daines pledged war-legacy cooperation with Vietnam" of his pledge to
  Tô Lâm. It accounts for the word; it decides nothing alone.

Each in English, Vietnamese and Vietnamese without diacritics, in press wording no corpus uses.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.ingest.fixtures import FixtureError, parse_predicates
from factdb.lexicon.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_the_vocabulary_says_which_acts_imply_a_meeting(real_engine: Engine) -> None:
    with real_engine.connect() as conn:
        vocab = load_vocabulary(conn)
    assert set(vocab.implying["met"]) == {"received", "held_talks"}
    # never the converse, and a call is no meeting in person
    assert "met" not in vocab.implying.get("received", ())
    assert "phone_call" not in vocab.implying.get("met", ())
    assert vocab.predicates["received"].implies == ("met",)


def test_an_implied_predicate_must_be_one_of_the_vocabulary() -> None:
    doc = {
        "predicates": [
            {"id": "met", "label": {"en": "met"}, "value": "none"},
            {"id": "received", "label": {"en": "received"}, "value": "none", "implies": ["mett"]},
        ]
    }
    with pytest.raises(FixtureError, match="mett"):
        parse_predicates(doc, "predicates.yaml")


# A reception or talks bear out a meeting of the same two people, either way round.
MET = [
    ("Vietnam's party chief To Lam met with U.S. War Secretary Pete Hegseth.", SUPPORTED),
    ("Pete Hegseth meets Vietnamese leader To Lam", SUPPORTED),
    ("Hegseth and Vietnamese Defence Minister Phan Van Giang met.", SUPPORTED),
    ("Hun Sen met with To Lam in Cambodia.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm đã gặp Bộ trưởng Chiến tranh Mỹ Pete Hegseth.", SUPPORTED),
    ("Bộ trưởng Hegseth gặp gỡ Bộ trưởng Quốc phòng Phan Văn Giang.", SUPPORTED),
    ("Chủ tịch Hun Sen gặp Tổng Bí thư Tô Lâm.", SUPPORTED),
    ("TBT To Lam gap Bo truong Hegseth", SUPPORTED),
    ("Bo truong Hegseth gap go Bo truong Quoc phong Phan Van Giang", SUPPORTED),
    ("Tong Bi thu To Lam gap ong Hun Sen tai Campuchia", SUPPORTED),
    # on the reception's occasion, by its date, and with the host as a bare title
    ("Hegseth sat down with Vietnam's party chief in 2025.", SUPPORTED),
    ("Tô Lâm và Hegseth gặp nhau năm 2025.", SUPPORTED),
    ("Nam 2025, TBT To Lam da gap Bo truong Hegseth", SUPPORTED),
]

# Traps: what the reception does not say.
NOT_IMPLIED = [
    # a phone call is no meeting in person, and a meeting no call
    ("To Lam spoke with Hegseth by phone.", NEI),
    ("To Lam met Hegseth by phone.", NEI),
    ("Tổng Bí thư Tô Lâm điện đàm với Bộ trưởng Hegseth.", NEI),
    ("TBT To Lam dien dam voi Hegseth", NEI),
    # the other way round: the reception was Lâm's; no claim says whether Hegseth ever hosted
    # Lâm, so the sources do not refute it either
    ("Hegseth hosted To Lam.", NEI),
    ("Bộ trưởng Hegseth tiếp Tổng Bí thư Tô Lâm.", NEI),
    ("Bo truong Hegseth tiep TBT To Lam", NEI),
    # talks do not imply a reception
    ("Phan Van Giang received Hegseth.", NEI),
    ("Đại tướng Phan Văn Giang tiếp Bộ trưởng Hegseth.", NEI),
    ("Phan Van Giang tiep Hegseth", NEI),
    # another occasion: the reception was in 2025, and no claim puts them together in 2026
    ("To Lam met Hegseth in February 2026.", NEI),
    ("Tô Lâm gặp Hegseth tháng 2/2026.", NEI),
    ("To Lam gap Hegseth thang 2/2026", NEI),
    # a month within the span the reception is known by, which it neither implies nor excludes
    ("To Lam met Hegseth in March 2025.", NEI),
    ("Tô Lâm gặp Hegseth vào tháng 3/2025.", NEI),
    ("To Lam gap Hegseth thang 3/2025", NEI),
    # a place the reception does not give
    ("To Lam met Hegseth at the Pentagon in Washington.", NEI),
    ("Tô Lâm gặp Hegseth tại Washington.", NEI),
    ("To Lam gap Hegseth tai Washington", NEI),
    # ... nor one it would refute: the reception was in Cambodia, and a meeting of the two
    # elsewhere is not refuted by it
    ("Hun Sen met To Lam in Hanoi.", NEI),
    ("Hun Sen gặp Tô Lâm tại Hà Nội.", NEI),
    ("Ong Hun Sen gap To Lam tai Ha Noi", NEI),
    # the implied claim never contradicts: a denial needs a claim of the meeting itself
    ("To Lam did not meet Hegseth.", NEI),
    ("Tô Lâm chưa từng gặp Hegseth.", NEI),
    ("To Lam khong gap Hegseth", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), MET + NOT_IMPLIED)
def test_a_reception_or_talks_bear_out_a_meeting(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_reason_cites_the_claim_as_it_is(checker: Checker) -> None:
    judged = checker.check("Hegseth met To Lam.")
    assert judged.verdict == SUPPORTED
    assert [c.id for c in judged.evidence] == ["to-lam-received-hegseth-2025"]
    assert "received" in judged.explanation
    # left open by the reception's span, it says so, not that no claim bears on it
    judged = checker.check("To Lam met Hegseth in March 2025.")
    assert "to-lam-received-hegseth-2025" in judged.explanation


# A country the claim's other party holds office in, said of what the claim is about.
COUNTRIES = [
    (
        "Sen. Daines pledged to prioritise cooperation with Vietnam on overcoming war legacies.",
        SUPPORTED,
    ),
    (
        "Leahy told To Lam he had pushed for funding to address war legacies in Vietnam.",
        SUPPORTED,
    ),
    (
        "Thượng nghị sĩ Daines cam kết ưu tiên hợp tác khắc phục hậu quả chiến tranh với Việt Nam.",
        SUPPORTED,
    ),
    (
        "Thuong nghi si Daines cam ket uu tien hop tac khac phuc hau qua chien tranh voi Viet Nam",
        SUPPORTED,
    ),
    # a country no party of the claim holds office in stays a word to account for
    ("Daines vowed to make war-legacy cooperation with Cambodia a personal priority.", NEI),
    (
        "Thượng nghị sĩ Daines cam kết ưu tiên hợp tác khắc phục hậu quả chiến tranh với Lào.",
        NEI,
    ),
    ("Thuong nghi si Daines cam ket uu tien hop tac khac phuc hau qua chien tranh voi Lao", NEI),
    # the addressee's country as the one who acts is not his: Daines pledged, not Vietnam
    ("Vietnam vowed to make war-legacy cooperation a priority, Daines said.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), COUNTRIES)
def test_a_country_the_claims_party_holds_office_in(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_countries_a_claim_says_without_naming_them(checker: Checker) -> None:
    with checker.snapshot():
        world = checker.judge.world
        (pledge,) = checker.index.claims(
            {"committed": {"daines-committed-war-legacy-priority-2026-02-18"}}
        )["committed"]
        # the one he pledged it to is general secretary of the Communist Party of Vietnam
        assert "vietnam" in world.countries_said([pledge], set(), borne=True)
        # not for a refutation, and never as the one who acts
        assert "vietnam" not in world.countries_said([pledge], set(), borne=False)
        assert "vietnam" not in world.countries_said([pledge], {"vietnam"}, borne=True)
