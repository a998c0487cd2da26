"""Session 19, issue 13: claims set aside before they are weighed (assess.aside).

Most claims retrieved for a statement are another party's: a meeting of the subject with
someone else, an office of someone the statement does not name. The judge sets them aside with a
few look-ups instead of weighing each against every reading. That is a speed change: every
claim set aside must be one that weighing finds irrelevant, whether or not the verb binds other
parties (`unbound`), and the claims the judge lists as having other parties must stay listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from factdb.check import assess
from factdb.check.checker import Checker
from factdb.check.judge import NEI
from factdb.check.parse import parse_statement

REPO_ROOT = Path(__file__).resolve().parent.parent
LABELLED = REPO_ROOT / "fixtures" / "statements" / "labelled.yaml"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def _set_aside(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Spy on assess.aside: (world, pred, claim, ctx) of every claim it sets aside."""
    found: list[tuple[Any, ...]] = []
    real = assess.aside

    def spy(*args: Any) -> bool:
        if real(*args):
            found.append(args)
            return True
        return False

    monkeypatch.setattr(assess, "aside", spy)
    return found


def _labelled() -> Iterator[str]:
    data = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))
    return (str(s["text"]) for s in data["statements"])


def test_every_claim_set_aside_is_one_weighing_finds_irrelevant(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _set_aside(monkeypatch)
    with checker.snapshot():
        for text in _labelled():
            checker.judge.judge(parse_statement(text, checker.vocab))
        assert len(found) > 100  # the labelled statements retrieve many other parties' claims
        for world, pred, claim, ctx in found:
            finding = assess.assess_readings(world, pred, claim, ctx)
            assert finding.outcome == "irrelevant", (ctx.parsed.text, claim.id)
            assert finding.unbound == assess.unbound(world, pred, claim, ctx), (
                ctx.parsed.text,
                claim.id,
            )


HOSTED = [
    "Pentagon chief Hegseth hosts Vietnamese party leader To Lam",
    "Bộ trưởng Hegseth đón tiếp Tổng Bí thư Tô Lâm tại Lầu Năm Góc",
    "Bo truong Hegseth don tiep Tong Bi thu To Lam tai Lau Nam Goc",
]


@pytest.mark.parametrize("text", HOSTED)
def test_a_claim_set_aside_is_still_listed_where_the_verb_binds_other_parties(
    checker: Checker, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Hun Sen's reception of Tô Lâm names neither Hegseth nor a host the statement names: set
    aside, and still one of the receptions the statement's verb is not borne out by."""
    found = _set_aside(monkeypatch)
    judgement = checker.check(text)
    assert judgement.verdict == NEI
    assert "hun-sen-received-to-lam-2026-02" in {claim.id for _, _, claim, _ in found}
    assert "other parties: " in judgement.explanation
    assert "hun-sen-received-to-lam-2026-02" in judgement.explanation
