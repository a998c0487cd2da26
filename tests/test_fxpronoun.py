"""A pronoun after a second verb, where the clause before names two people (session 31
review): "Viktor Orbán met To Lam, who congratulated him", "Tổng Bí thư gặp Thủ tướng Orbán và
chúc mừng ông tái cử". The relative "who", "người" right after a person is that person
(assertions._relative_subject); a verb joined by "and", "và" is the first clause's subject's, and
"him", "ông" is then the other person; a subject of its own that is one of the two leaves the
pronoun the other (factdb.check.pronouns, `object_pronouns` in lexicon/<lang>/statements.yaml).
A directed act (congratulated, invited) bound the wrong way round is no longer borne out by the
claim of the act the other way; the right way stays supported. A pronoun whose two parties are
not told ("met Orbán and Prabowo, who ...") binds no one.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's: the act bound the wrong way round
        ("Viktor Orbán met To Lam, who congratulated him on his re-election.", NEI),
        ("Prabowo met To Lam, who congratulated him on his re-election.", NEI),
        ("Tổng Bí thư gặp Thủ tướng Orbán và chúc mừng ông tái cử.", NEI),
        ("Tong Bi thu gap Thu tuong Orban va chuc mung ong tai cu.", NEI),
        ("Tổng thống Prabowo gặp Tổng Bí thư, người đã chúc mừng ông tái đắc cử.", NEI),
        ("To Lam met Orbán, and the Vietnamese leader invited him to visit Vietnam.", NEI),
        # paraphrases, the wrong way round
        ("Orban met Lam, who congratulated him.", NEI),
        ("Tổng Bí thư gặp Tổng thống Prabowo và chúc mừng ông.", NEI),
        ("Tong Bi thu gap Tong thong Prabowo va chuc mung ong", NEI),
        ("Tong thong Prabowo gap Tong Bi thu, nguoi da chuc mung ong tai dac cu", NEI),
        # the right way round stays borne out
        ("Orbán met To Lam and congratulated him on his re-election.", SUPPORTED),
        ("To Lam met Viktor Orbán, who congratulated him on his re-election.", SUPPORTED),
        ("To Lam met Orbán, who congratulated him.", SUPPORTED),
        ("Thủ tướng Orbán gặp Tổng Bí thư và chúc mừng ông tái cử.", SUPPORTED),
        ("Tổng Bí thư gặp Thủ tướng Orbán, người chúc mừng ông tái cử.", SUPPORTED),
        ("Tong Bi thu gap Thu tuong Orban, nguoi chuc mung ong tai cu.", SUPPORTED),
        ("Tổng Bí thư gặp Tổng thống Prabowo, người đã chúc mừng ông tái đắc cử.", SUPPORTED),
        ("Tô Lâm gặp Thủ tướng Orbán, người chúc mừng ông tái cử.", SUPPORTED),
        ("Prabowo congratulated To Lam on his re-election.", SUPPORTED),
        # a name, not a pronoun, after "ông"; an invitation no claim gives stays open
        ("To Lam met Orbán and invited him to visit Vietnam.", NEI),
        ("Tô Lâm gặp Thủ tướng Orbán và mời ông thăm Việt Nam.", NEI),
    ],
)
def test_a_pronoun_bound_to_one_of_two(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("Orbán met To Lam and congratulated him on his re-election.", "to-lam"),
        ("Tổng Bí thư gặp Thủ tướng Orbán và chúc mừng ông tái cử.", "viktor-orban"),
        ("Tổng thống Prabowo gặp Tổng Bí thư, người đã chúc mừng ông.", "prabowo-subianto"),
        ("To Lam met Orbán, and the Vietnamese leader invited him.", "viktor-orban"),
        (
            "To Lam spoke with Bill Hagerty and thanked him for pushing the resolution.",
            "bill-hagerty",
        ),
        ("Orbán met To Lam, who congratulated him.", "viktor-orban"),
        ("Tong Bi thu gap Thu tuong Orban va chuc mung ong tai cu.", "viktor-orban"),
        # three people before the verb, or a name after "ông": no pronoun bound
        ("Daines said Lam met Orbán and congratulated him.", None),
        ("Tổng Bí thư gặp ông Orbán và chúc mừng ông Prabowo.", None),
    ],
)
def test_whom_the_pronoun_names(checker: Checker, statement: str, named: str | None) -> None:
    parsed = checker.parse(statement)
    pronouns = {"him", "ông", "ong"}
    found = [m.ids[0] for m in parsed.entities if m.text.lower() in pronouns]
    assert found == ([named] if named else [])


def test_the_thanks_after_a_comma_is_judged_with_its_party_named(checker: Checker) -> None:
    # the clause judged on its own names Hagerty, whom no claim thanks for the resolution
    statement = "To Lam spoke with Bill Hagerty, and thanked him for pushing the Senate resolution."
    assert checker.check(statement).verdict == NEI


def test_the_thanks_after_and_is_not_borne_out(checker: Checker) -> None:
    statement = "To Lam spoke with Bill Hagerty and thanked him for pushing the Senate resolution."
    assert checker.check(statement).verdict in (NEI, CONTRADICTED)
