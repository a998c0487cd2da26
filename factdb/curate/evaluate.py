"""`factdb eval`: run labelled statements and score the checker the way FEVER does.

A labelled file is YAML: `statements:` a list of {text, verdict, claims: [ids], tags, note}.
`claims` lists the claim ids any one of which is correct evidence for a supported/contradicted
label; where it is missing, only the label is scored. Files are read with the same hardened
reader as the fixtures (no Python tags, bounded nesting).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED, Judgement
from factdb.ingest.records import LINE_KEY, FixtureErrors
from factdb.ingest.yamlio import read_yaml

LABELS = (SUPPORTED, CONTRADICTED, NEI)


@dataclass(frozen=True)
class Labelled:
    text: str
    verdict: str
    claims: frozenset[str]
    where: str
    tags: tuple[str, ...] = ()


@dataclass
class Outcome:
    item: Labelled
    judgement: Judgement

    @property
    def correct(self) -> bool:
        return self.judgement.verdict == self.item.verdict

    @property
    def confidently_wrong(self) -> bool:
        """A wrong supported or contradicted: far worse than a wrong abstention."""
        return not self.correct and self.judgement.verdict != NEI

    @property
    def unexplained(self) -> bool:
        """A verdict with no reason: every verdict must say why, an abstention too."""
        return not self.judgement.explanation.strip()

    @property
    def strict(self) -> bool:
        """Right label and, where evidence claims are listed for a supported or contradicted
        label, at least one of them cited."""
        if not self.correct:
            return False
        if self.item.verdict == NEI or not self.item.claims:
            return True
        return bool({c.id for c in self.judgement.evidence} & self.item.claims)


def read_labelled(path: Path) -> list[Labelled]:
    """The labelled statements of `path`, read with the fixtures' hardened YAML reader (no
    Python tags, no alias bombs, bounded size and nesting); ValueError naming the file and line
    for anything wrong, what the reader refuses included."""
    try:
        doc = read_yaml(path)
    except FixtureErrors as exc:
        raise ValueError(str(exc)) from exc
    items = doc.get("statements") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a top-level 'statements:' list")
    out = []
    for i, raw in enumerate(items, 1):
        # The statement's number in the file, and its line where YAML gives each its own.
        line = raw.get(LINE_KEY) if isinstance(raw, dict) else None
        at = f"#{i}" + (f" (line {line})" if line and line > 1 else "")
        where = f"{path}{at}"  # in messages: the file as given, to find it
        if (
            not isinstance(raw, dict)
            or raw.get("verdict") not in LABELS
            or not isinstance(raw.get("text"), str)
            or not raw["text"].strip()
        ):
            raise ValueError(f"{where}: statement {i} needs text and a verdict in {LABELS}")
        claims, tags = raw.get("claims") or [], raw.get("tags") or []
        if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
            raise ValueError(f"{where}: 'claims' must be a list of claim ids")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError(f"{where}: 'tags' must be a list of words")
        labelled = Labelled(
            raw["text"], raw["verdict"], frozenset(claims), path.name + at, tuple(tags)
        )
        out.append(labelled)
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


def macro_f1(outcomes: list[Outcome]) -> float:
    """The mean F1 over the labels that occur, in the gold labels or the verdicts: a label that
    occurs in neither has no F1 to average (2 of 2 right is 1.0, not 0.667)."""
    confusion = Counter((o.item.verdict, o.judgement.verdict) for o in outcomes)
    f1s = []
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(confusion[(g, label)] for g in LABELS)
        actual = sum(confusion[(label, p)] for p in LABELS)
        if not predicted and not actual:
            continue
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def scores(outcomes: list[Outcome]) -> dict[str, Any]:
    confusion = Counter((o.item.verdict, o.judgement.verdict) for o in outcomes)
    n = len(outcomes) or 1
    tags = sorted({t for o in outcomes for t in o.item.tags})
    return {
        "n": len(outcomes),
        "accuracy": sum(o.correct for o in outcomes) / n,
        "macro_f1": macro_f1(outcomes),
        "fever": sum(o.strict for o in outcomes) / n,
        "confidently_wrong": sum(o.confidently_wrong for o in outcomes),
        "unexplained": sum(o.unexplained for o in outcomes),
        "confusion": {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS},
        "by_tag": {
            t: {
                "n": len(part),
                "accuracy": sum(o.correct for o in part) / len(part),
                "confidently_wrong": sum(o.confidently_wrong for o in part),
            }
            for t in tags
            for part in [[o for o in outcomes if t in o.item.tags]]
        },
        "misses": [miss_to_dict(o) for o in outcomes if not o.strict],
    }


def miss_to_dict(o: Outcome) -> dict[str, Any]:
    return {
        "where": o.item.where,
        "statement": o.item.text,
        "expected": o.item.verdict,
        "expected_claims": sorted(o.item.claims),
        "got": o.judgement.verdict,
        "cited": [c.id for c in o.judgement.evidence],
        "confidently_wrong": o.confidently_wrong,
        "why": o.judgement.explanation,
    }


def render_scores(result: dict[str, Any]) -> str:
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
        f"FEVER       {result['fever']:.3f}  (right label, and a right evidence claim where "
        "the file lists some)",
        f"confidently wrong  {result['confidently_wrong']}  (supported or contradicted, wrongly)",
        f"unexplained        {result['unexplained']}  (verdicts that give no reason)",
    ]
    if result["by_tag"]:
        lines += ["", f"{'tag':<20}{'n':>6}{'accuracy':>10}{'conf. wrong':>13}"]
        for tag, part in result["by_tag"].items():
            lines.append(
                f"{tag:<20}{part['n']:>6}{part['accuracy']:>10.3f}{part['confidently_wrong']:>13}"
            )
    misses = result["misses"]
    if misses:
        lines += ["", f"misses ({len(misses)}, confidently wrong marked !):"]
        for m in misses:
            mark = "!" if m["confidently_wrong"] else " "
            lines.append(
                f" {mark}{m['where']}: expected {m['expected']} "
                f"[{','.join(m['expected_claims']) or '-'}], got "
                f"{m['got']} [{','.join(m['cited']) or '-'}]: {m['statement']}"
            )
            lines.append(f"      why: {m['why']}")
    return "\n".join(lines)
