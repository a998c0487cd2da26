"""Claims built by hand for tests of the layers that read them (rules, reports, exports): one
builder, so a field added to ClaimView is added to every such test at once."""

from __future__ import annotations

from typing import Any

from factdb.store.claims import ClaimView, SpanView


def claim_view(
    cid: str = "c", subject: str = "a", predicate: str = "p", **fields: Any
) -> ClaimView:
    """A ClaimView with nothing but its id, subject and predicate unless `fields` say more; a
    `spans` field may be given as (source, start, end, quote) tuples."""
    spans = tuple(SpanView(*s) if isinstance(s, tuple) else s for s in fields.pop("spans", ()))
    base: dict[str, Any] = {
        "object": None,
        "qualifiers": (),
        "interval": None,
        "unit": None,
        "time_start": None,
        "time_end": None,
        "time_grain": None,
        "polarity": "affirmed",
        "modality": "fact",
    }
    return ClaimView(cid, subject, predicate, spans=spans, **(base | fields))
