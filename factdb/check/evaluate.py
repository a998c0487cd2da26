"""`factdb eval`: run labelled statements and score the checker the way FEVER does.

A labelled file is YAML: `statements:` a list of {text, verdict, claims: [ids], note}. `claims`
lists the claim ids any one of which is correct evidence for a supported/contradicted label.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED, Judgement

LABELS = (SUPPORTED, CONTRADICTED, NEI)


@dataclass(frozen=True)
class Labelled:
    text: str
    verdict: str
    claims: frozenset[str]
    where: str


@dataclass
class Outcome:
    item: Labelled
    judgement: Judgement

    @property
    def correct(self) -> bool:
        return self.judgement.verdict == self.item.verdict

    @property
    def strict(self) -> bool:
        """Right label and, unless it is not_enough_info, at least one right evidence claim."""
        if not self.correct:
            return False
        if self.item.verdict == NEI:
            return True
        return bool({c.id for c in self.judgement.evidence} & self.item.claims)


def read_labelled(path: Path) -> list[Labelled]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = doc.get("statements") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a top-level 'statements:' list")
    out = []
    for i, raw in enumerate(items, 1):
        if not isinstance(raw, dict) or raw.get("verdict") not in LABELS or not raw.get("text"):
            raise ValueError(f"{path}: statement {i} needs text and a verdict in {LABELS}")
        out.append(
            Labelled(
                str(raw["text"]),
                raw["verdict"],
                frozenset(raw.get("claims") or ()),
                f"{path.name}#{i}",
            )
        )
    return out


def evaluate(
    checker: Checker,
    items: list[Labelled],
    track: Callable[[list[Labelled]], Iterable[Labelled]] | None = None,
) -> list[Outcome]:
    """Each item checked. A labelled claim that restates another is evidence through the claim
    it restates, which is the one the checker cites. `track` wraps the items as they are
    checked (the command line's progress bar)."""
    with checker.snapshot():
        facts = checker.index.facts(c for item in items for c in item.claims)
        return [
            Outcome(
                replace(item, claims=item.claims | {facts.get(c, c) for c in item.claims}),
                checker.check(item.text),
            )
            for item in (track(items) if track else items)
        ]


def scores(outcomes: list[Outcome]) -> dict[str, Any]:
    confusion = Counter((o.item.verdict, o.judgement.verdict) for o in outcomes)
    f1s = []
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(confusion[(g, label)] for g in LABELS)
        actual = sum(confusion[(label, p)] for p in LABELS)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    n = len(outcomes) or 1
    return {
        "n": len(outcomes),
        "accuracy": sum(o.correct for o in outcomes) / n,
        "macro_f1": sum(f1s) / len(f1s),
        "fever": sum(o.strict for o in outcomes) / n,
        "confusion": {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS},
    }


def render_scores(result: dict[str, Any], outcomes: list[Outcome]) -> str:
    short = {SUPPORTED: "supported", CONTRADICTED: "contradicted", NEI: "nei"}
    lines = ["gold \\ predicted   " + "".join(f"{short[p]:>14}" for p in LABELS)]
    for g in LABELS:
        lines.append(
            f"{short[g]:<19}" + "".join(f"{result['confusion'][g][p]:>14}" for p in LABELS)
        )
    lines += [
        "",
        f"statements  {result['n']}",
        f"accuracy    {result['accuracy']:.3f}",
        f"macro-F1    {result['macro_f1']:.3f}",
        f"FEVER       {result['fever']:.3f}  (right label and a right evidence claim)",
    ]
    misses = [o for o in outcomes if not o.strict]
    if misses:
        lines += ["", f"misses ({len(misses)}):"]
        for o in misses:
            cited = ",".join(c.id for c in o.judgement.evidence) or "-"
            lines.append(
                f"  {o.item.where}: expected {o.item.verdict} "
                f"[{','.join(sorted(o.item.claims)) or '-'}], got "
                f"{o.judgement.verdict} [{cited}]: {o.item.text}"
            )
            lines.append(f"      why: {o.judgement.explanation}")
    return "\n".join(lines)
