"""Verdicts as schema.org ClaimReview JSON-LD, the markup search engines and fact-check
aggregators read (Google's Fact Check Tools index nothing else).

One review per checked statement:
- `claimReviewed`: the statement as checked;
- `reviewRating`: the verdict on a three-step scale (1 contradicted, 2 not enough info,
  3 supported) with its name in `alternateName` and the checker's reason in
  `ratingExplanation`;
- `itemReviewed`: a Claim whose `appearance` lists the sources of the deciding evidence (title,
  publisher, date, link) and whose `firstAppearance` is the earliest dated of them;
- `author`: the publishing organisation, as configured;
- `datePublished` and `url`: the review page, with an anchor per review (the one override of
  `url` Google accepts).

The ratings name what factdb knows, not more: "Contradicted" means contradicted by the curated
sources, which is how a newsroom should word it on the page too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED, Judgement
from factdb.store.browse import SourceMeta

WORST, BEST = 1, 3
RATINGS = {
    CONTRADICTED: (1, "Contradicted"),
    NEI: (2, "Not enough information"),
    SUPPORTED: (3, "Supported"),
}


def _creative_work(meta: SourceMeta) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if meta.url:
        work["url"] = meta.url
    if meta.title:
        work["headline"] = meta.title
    if meta.published:
        work["datePublished"] = meta.published.isoformat()
    if meta.publisher:
        work["publisher"] = {"@type": "Organization", "name": meta.publisher}
    return work


def evidence_sources(judgement: Judgement) -> list[str]:
    """The sources of the deciding evidence, in the order they are cited."""
    seen: dict[str, None] = {}
    for claim in judgement.evidence:
        for span in claim.spans:
            seen.setdefault(span.source, None)
    return list(seen)


def claim_review(
    judgement: Judgement,
    sources: Mapping[str, SourceMeta],
    *,
    organisation: str,
    review_url: str,
    published: dt.date,
    anchor: str,
    organisation_url: str | None = None,
) -> dict[str, Any]:
    value, name = RATINGS[judgement.verdict]
    author: dict[str, Any] = {"@type": "Organization", "name": organisation}
    if organisation_url:
        author["url"] = organisation_url
    cited = [sources[s] for s in evidence_sources(judgement) if s in sources]
    item: dict[str, Any] = {"@type": "Claim"}
    if cited:
        item["appearance"] = [_creative_work(m) for m in cited]
        dated = sorted((m for m in cited if m.published), key=lambda m: m.published or dt.date.min)
        if dated:
            item["firstAppearance"] = _creative_work(dated[0])
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{review_url.split('#', 1)[0]}#{anchor}",
        "claimReviewed": judgement.statement,
        "itemReviewed": item,
        "author": author,
        "datePublished": published.isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
            "ratingExplanation": judgement.explanation,
        },
    }
