"""Issue 11: the views curated with the speaker and stance model, and the names the seeds use.

A view is keyed by its topic's key phrases. A phrase too loose to tell a view from its opposite
would let a statement of the opposite be supported ("political trust has eroded" by "political
trust keeps growing"): the topics' phrases carry their direction, and these tests hold every
curated view to it. The aliases the issue lists are checked on how a statement reads.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def _views(engine: Engine) -> list[tuple[str, str, str, str]]:
    from factdb.store.models import Claim

    with engine.connect() as conn:
        rows = conn.execute(
            select(Claim.id, Claim.speaker_id, Claim.subject_id, Claim.object_id)
            .where(Claim.speaker_id.is_not(None), Claim.predicate_id == "stated")
            .order_by(Claim.id)
        ).all()
    return [tuple(r) for r in rows]


def test_no_view_supports_its_own_denial(checker: Checker, real_engine: Engine) -> None:
    """Every curated view, said by its own speaker and denied ("X said Y is not Z"), is never
    supported: the denial is read, or the statement is not enough info."""
    views = _views(real_engine)
    assert len(views) >= 80
    names = checker.vocab.entities
    for cid, speaker, subject, topic in views:
        said = f"{names[speaker].name_en} said {names[subject].name_en}"
        denied = checker.check(f"{said} is not {names[topic].name_en}.")
        assert denied.verdict != SUPPORTED, (cid, denied.explanation)


# The opposite of a curated view, given to its own speaker, in words a press writer would use.
OPPOSITES = [
    "Hagerty said political trust between Vietnam and the US has eroded.",
    "Shehbaz Sharif said Vietnam and Pakistan have little potential for cooperation.",
    "Tô Lâm said Vietnam opposed the establishment of a Palestinian state.",
    "Leahy said he pushed to cut funding for war legacy work.",
    "Leahy said he supported the Vietnam War.",
    "Tô Lâm said the Trump administration ignores ASEAN centrality.",
    "Orbán said he has no affection for Vietnam.",
    "Orbán said he was unhappy with the effective development of relations.",
    "Tô Lâm said the visit had no special significance.",
    "Prabowo said Indonesia wants to downgrade ties with Vietnam.",
    "Leahy said he would stop speaking up for Vietnam.",
    "Hun Manet said Cambodia no longer values relations with Vietnam.",
    "Tô Lâm said Vietnam and the US should cut parliamentary cooperation.",
    "Ông Orbán nói ông không có tình cảm với Việt Nam.",
    "Thủ tướng Shehbaz Sharif cho rằng Việt Nam và Pakistan có ít tiềm năng hợp tác.",
    "Hagerty said Vietnam halted its cooperation in the search for missing US servicemen.",
]


# The same views in press words: each borne out by its own speaker's claim.
VIEWS = [
    "Vietnam's Foreign Ministry said Vietnam-US relations continue to develop positively.",
    "Shehbaz Sharif said Vietnam and Pakistan have many similarities and great potential for "
    "cooperation.",
    "Tô Lâm said Vietnam would contribute to the establishment of a Palestinian state.",
    "Leahy said he pushed for funding for war legacy work.",
    "Leahy stressed he was one of the first senators to oppose the war.",
    "Orbán expressed his deep affection for Vietnam.",
    "Orbán said he was pleased with the effective development of relations with Vietnam.",
    "Tô Lâm said Hegseth's visit was of special significance.",
    "Prabowo said Indonesia wants to deepen ties with Vietnam.",
    "Leahy said he would continue to speak up for Vietnam.",
    "Hun Manet affirmed Cambodia values relations with Vietnam.",
    "Tô Lâm proposed that Vietnam and the US keep economic ties stable and sustainable.",
    "Orbán praised Vietnam's growing international role.",
    "Aliyev was impressed by Vietnam's reform efforts.",
    "Leahy said he talks regularly with members of both parties.",
    "Tô Lâm said war legacy cooperation helps heal the wounds of the past.",
    "Hagerty thanked Vietnam for its cooperation in the search for missing US servicemen.",
    "Tô Lâm affirmed Vietnam would contribute to a two-state solution.",
    "Trump said the Board of Peace should promote a lasting peace between Israel and Palestine.",
]


@pytest.mark.parametrize(
    ("statement", "borne_out"), [*((s, True) for s in VIEWS), *((s, False) for s in OPPOSITES)]
)
def test_views_and_their_opposites_in_press_words(
    checker: Checker, statement: str, borne_out: bool
) -> None:
    """Each view in press words is supported; its opposite never is."""
    judgement = checker.check(statement)
    assert (judgement.verdict == SUPPORTED) == borne_out, judgement.explanation


# A capital standing for its country speaks for it (lexicon `metonyms`): borne out by the
# country's own view, and by nobody else's.
METONYMS = [
    ("Hanoi regards Prague as an important bridge in the EU.", SUPPORTED),
    ("Prague regards Vietnam as a gateway to the ASEAN market.", SUPPORTED),
    ("Hà Nội xem Praha là cầu nối quan trọng tại EU.", SUPPORTED),
    ("Praha coi Việt Nam là cửa ngõ vào thị trường ASEAN.", SUPPORTED),
    ("Budapest regards Vietnam as a gateway to the ASEAN market.", NEI),
]


# Agreements of two leaders are `agreed` claims with their object: the other leader must be
# the one the claim names.
AGREEMENTS = [
    ("Tô Lâm and Orbán agreed to strengthen bilateral ties.", SUPPORTED),
    ("Tô Lâm and Prabowo agreed to uphold ASEAN centrality.", SUPPORTED),
    ("Tô Lâm and Shehbaz Sharif agreed to strengthen political trust.", SUPPORTED),
    ("Tô Lâm and Orbán agreed to strengthen political trust.", NEI),
    ("Tô Lâm and Shehbaz Sharif agreed to strengthen political trust in 2019.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), [*METONYMS, *AGREEMENTS])
def test_speakers_and_agreements(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


# ------------------------------------------------------------- names (issue 11, aliases)
# Too broad, and so no alias: the words name no one of these (statement, entity id).
NOT_NAMES = [
    ("Bão đổ bộ vào Kiên Giang.", "phan-van-giang"),
    ("Tô Lâm met the President of the Lao People's Democratic Republic.", "democratic-party"),
    ("Chairman Hun Sen received Tô Lâm.", "committee-chair"),
    ("The chairman welcomed Tô Lâm.", "committee-chair"),
]


@pytest.mark.parametrize(("statement", "entity"), NOT_NAMES)
def test_broad_words_name_nobody(checker: Checker, statement: str, entity: str) -> None:
    ids = {i for m in checker.parse(statement).entities for i in m.ids}
    assert entity not in ids, ids


# The press's forms (statement, the words, the entity ids they read as). "Ủy ban Đối ngoại"
# alone is the Senate's committee or the National Assembly's: ambiguous, never decided on.
NAMES = [
    (
        "Daines là thành viên Ủy ban Đối ngoại.",
        "Ủy ban Đối ngoại",
        ("na-foreign-affairs-committee", "senate-foreign-relations-committee"),
    ),
    ("Phan Văn Giang hội đàm với Hegseth.", "Phan Văn Giang", ("phan-van-giang",)),
    ("Leahy là Democrat.", "Democrat", ("democratic-party",)),
    (
        "Leahy từng là Chủ tịch tạm quyền Thượng viện.",
        "Chủ tịch tạm quyền Thượng viện",
        ("president-pro-tempore",),
    ),
    (
        "Bộ trưởng Quốc phòng Mỹ Pete Hegseth thăm Việt Nam.",
        "Bộ trưởng Quốc phòng Mỹ",
        ("secretary-of-war",),
    ),
    ("Tô Lâm điện đàm với nghị sĩ Bill Hagerty.", "nghị sĩ Bill Hagerty", ("bill-hagerty",)),
    ("Tô Lâm điện đàm với các nghị sĩ Mỹ.", "nghị sĩ Mỹ", ("senator",)),
]


@pytest.mark.parametrize(("statement", "words", "ids"), NAMES)
def test_names_as_the_press_writes_them(
    checker: Checker, statement: str, words: str, ids: tuple[str, ...]
) -> None:
    start = statement.index(words)
    end = start + len(words)
    mentions = [m for m in checker.parse(statement).entities if m.start < end and start < m.end]
    assert [set(m.ids) for m in mentions] == [set(ids)], mentions
