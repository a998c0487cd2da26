"""How good `factdb draft` is: each curated seed drafted with only what the other four teach.

For a held-out source S the claim base is rebuilt without S's knowledge: claims/S.yaml is
left out, spans in S are cut from the other files' claims (a claim left without spans goes),
and the entities that only S's claims use are left out of the vocabulary. S's text
stays, so its sentences can be read. (Units, predicates and the gazetteer of countries are
the newsroom's schema, not the article's, and are kept.) S is drafted against that base and
the candidates are compared with S's curated claims (every claim with a span in S, read from
the full base):

- **claims**: one-to-one matches on predicate, subject, object, value interval and time (the
  issue's key), and again with the qualifiers too (counterparty, location, role…);
- **spans**: a drafted quote counts when it overlaps a curated span in S, and a curated span
  when some drafted quote overlaps it.

`python scripts/draft_leave_one_out.py` prints the table the README shows.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from factdb.check.checker import Checker
from factdb.curate.draft import Candidate, Drafter
from factdb.ingest.loader import load_paths
from factdb.store.db import make_engine
from factdb.store.migrations import upgrade
from factdb.store.models import Claim, Span

# The vocabulary an article teaches: the people, organisations, events and offices it names.
# Units, predicates (the schema of what a claim can say) and the gazetteer of countries are the
# newsroom's, not any one article's, and are kept whole.
NAMED = "entities.yaml"


@dataclass(frozen=True)
class Key:
    predicate: str
    subject: str
    object: str | None
    value: tuple[Any, ...] | None
    time: tuple[Any, ...] | None
    qualifiers: tuple[tuple[str, str], ...]

    def loose(self) -> tuple[Any, ...]:
        return (self.predicate, self.subject, self.object, self.value, self.time)


@dataclass(frozen=True)
class Scores:
    source: str
    drafted: int
    curated: int
    matched: int  # on the key
    matched_strict: int  # with qualifiers too
    drafted_spans: int
    curated_spans: int
    drafted_spans_hit: int
    curated_spans_hit: int

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def row(self) -> dict[str, float | int | str]:
        r = self.ratio
        return {
            "source": self.source,
            "drafted": self.drafted,
            "curated": self.curated,
            "precision": r(self.matched, self.drafted),
            "recall": r(self.matched, self.curated),
            "precision_q": r(self.matched_strict, self.drafted),
            "recall_q": r(self.matched_strict, self.curated),
            "span_precision": r(self.drafted_spans_hit, self.drafted_spans),
            "span_recall": r(self.curated_spans_hit, self.curated_spans),
        }


def _interval(low: Any, high: Any, low_open: Any, high_open: Any, unit: Any) -> tuple[Any, ...]:
    as_float = [None if x is None else float(x) for x in (low, high)]
    return (*as_float, bool(low_open), bool(high_open), unit)


def candidate_key(c: Candidate) -> Key:
    q = c.quantity
    value = None if q is None else _interval(q.low, q.high, q.low_open, q.high_open, q.unit)
    time = None if c.time is None else (c.time[0], c.time[1])
    return Key(c.predicate, c.subject, c.object, value, time, tuple(sorted(c.qualifiers.items())))


def claim_key(claim: Claim) -> Key:
    value = None
    if claim.value_low is not None or claim.value_high is not None:
        value = _interval(
            claim.value_low,
            claim.value_high,
            claim.value_low_open,
            claim.value_high_open,
            claim.unit_id,
        )
    time = None if claim.time_end is None else (claim.time_start, claim.time_end)
    quals = tuple(sorted((q.role, q.entity_id) for q in claim.qualifiers))
    return Key(claim.predicate_id, claim.subject_id, claim.object_id, value, time, quals)


def curated(engine: Engine, source: str) -> tuple[list[Key], list[tuple[int, int]]]:
    """The keys of every claim with a span in `source`, and those spans."""
    with Session(engine) as session:
        claims = session.scalars(
            select(Claim)
            .where(Claim.spans.any(Span.source_id == source))
            .options(selectinload(Claim.qualifiers), selectinload(Claim.spans))
        ).all()
        keys = [claim_key(c) for c in claims]
        spans = [(s.start, s.end) for c in claims for s in c.spans if s.source_id == source]
    return keys, spans


def _matches(drafted: list[Any], gold: list[Any]) -> int:
    """One-to-one matches of equal keys (a fact drafted twice counts once)."""
    left = list(gold)
    n = 0
    for key in drafted:
        if key in left:
            left.remove(key)
            n += 1
    return n


def _overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _used_only_by(held_out: list[dict[str, Any]], kept: list[dict[str, Any]]) -> set[str]:
    def names(claims: list[dict[str, Any]]) -> set[str]:
        out: set[str] = set()
        for c in claims:
            out |= {str(c.get("subject")), str(c.get("object")), str(c.get("predicate"))}
            out |= {str(v) for v in (c.get("qualifiers") or {}).values()}
        return out

    return names(held_out) - names(kept)


def _without(fixtures: Path, seeds: Path, source: str, into: Path) -> Path:
    """A fixture set teaching nothing from `source` (see the module docstring)."""
    out = into / "fixtures"
    (out / "claims").mkdir(parents=True)
    (out / "vocabulary").mkdir()
    kept: list[dict[str, Any]] = []
    held_out: list[dict[str, Any]] = []
    for path in sorted((fixtures / "claims").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        home = str(doc["source"])
        claims = []
        for claim in doc.get("claims") or []:
            if home == source:
                held_out.append(claim)
                continue
            spans = claim.get("spans")
            if spans is not None:
                rest = [s for s in spans if str(s.get("source", home)) != source]
                if len(rest) < len(spans):
                    held_out.append(claim)
                if not rest:
                    continue
                claim = {**claim, "spans": rest}
            claims.append(claim)
        kept += claims
        if claims:
            text = yaml.safe_dump({"source": home, "claims": claims}, allow_unicode=True)
            (out / "claims" / path.name).write_text(text, encoding="utf-8")
    unknown = _used_only_by(held_out, kept)
    for path in sorted((fixtures / "vocabulary").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and "office_rules" in doc:
            # A rule naming an office taken out with the source goes with it (issue 10).
            doc["office_rules"] = [
                r for r in doc["office_rules"] if not {str(o) for o in r["offices"]} & unknown
            ]
        elif isinstance(doc, dict) and "entities" in doc:
            # ... and so does a deputy office of one (its rule and names are made from it)
            doc["entities"] = [
                e
                for e in doc["entities"]
                if (path.name != NAMED or str(e.get("id")) not in unknown)
                and str(e.get("deputy_of")) not in unknown
            ]
        else:
            shutil.copyfile(path, out / "vocabulary" / path.name)
            continue
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        (out / "vocabulary" / path.name).write_text(text, encoding="utf-8")
    sources = (fixtures / "sources.yaml").read_text(encoding="utf-8")
    (out / "sources.yaml").write_text(f"seeds: {seeds}\n{sources}", encoding="utf-8")
    return out


def leave_one_out(fixtures: Path, seeds: Path, full: Engine, source: str) -> Scores:
    """Draft `source` with a base built from the other sources; score it against `full`."""
    gold_keys, gold_spans = curated(full, source)
    workdir = Path(tempfile.mkdtemp(prefix=f"factdb-draft-{source}-"))
    try:
        engine = make_engine(f"sqlite:///{workdir / 'base.sqlite'}")
        try:
            upgrade(engine)
            load_paths(engine, [_without(fixtures, seeds, source, workdir)])
            candidates = Drafter(Checker(engine)).draft(source)
        finally:
            engine.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    keys = [candidate_key(c) for c in candidates]
    spans = [(s, e) for c in candidates for s, e, _ in [(c.start, c.end, c.quote), *c.more_spans]]
    return Scores(
        source=source,
        drafted=len(keys),
        curated=len(gold_keys),
        matched=_matches([k.loose() for k in keys], [k.loose() for k in gold_keys]),
        matched_strict=_matches(keys, gold_keys),
        drafted_spans=len(spans),
        curated_spans=len(gold_spans),
        drafted_spans_hit=sum(_overlaps(s, gold_spans) for s in spans),
        curated_spans_hit=sum(_overlaps(s, spans) for s in gold_spans),
    )


def table(scores: list[Scores]) -> str:
    """The scores as the Markdown table the README shows, with the pooled figures last."""
    total = Scores(
        "all",
        *(sum(getattr(s, f) for s in scores) for f in list(Scores.__dataclass_fields__)[1:]),
    )
    lines = [
        "| seed | drafted | curated | precision | recall | precision (+qualifiers) | "
        "recall (+qualifiers) | span precision | span recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in [*scores, total]:
        r = s.row()
        lines.append(
            f"| {r['source']} | {r['drafted']} | {r['curated']} | {r['precision']:.2f} | "
            f"{r['recall']:.2f} | {r['precision_q']:.2f} | {r['recall_q']:.2f} | "
            f"{r['span_precision']:.2f} | {r['span_recall']:.2f} |"
        )
    return "\n".join(lines)
