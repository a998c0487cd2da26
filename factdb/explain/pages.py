"""The web app's pages other than the check report: the home page with its input box, a source
with every claim span highlighted, a claim with its spans, restatements and lint findings."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from factdb.explain.html import citation, claim_href, esc, link, shell, span_href
from factdb.lexicon.index import abbreviations
from factdb.store.browse import (
    SourceMeta,
    SourcePage,
    SourceSummary,
    claim_summary,
)
from factdb.text.sentences import sentence_around

NAV = '<nav><a href="/">factdb</a><a href="/sources">Sources</a><a href="/check">Check</a></nav>'


def check_form(text: str = "") -> str:
    return (
        '<form class="check" method="post" action="/check">'
        '<p><label for="text">A statement, or a whole draft (one verdict per sentence):</label></p>'
        f'<textarea id="text" name="text" required>{esc(text)}</textarea>'
        '<p><button type="submit" id="submit">Check</button></p></form>'
    )


def check_page() -> str:
    return shell("Check", check_form(), NAV)


def source_link(source_id: str) -> str:
    return f'<a href="/sources/{esc(source_id)}">{esc(source_id)}</a>'


def _sources_table(sources: Sequence[SourceSummary]) -> str:
    rows = "".join(
        f"<tr><td>{source_link(s.id)}</td><td>{esc(s.title or '')}</td>"
        f"<td>{esc(s.published or '')}</td><td>{esc(s.publisher or '')}</td>"
        f"<td>{s.claims}</td></tr>"
        for s in sources
    )
    return (
        "<table><thead><tr><th>id</th><th>title</th><th>published</th><th>publisher</th>"
        f"<th>claims</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def home_page(sources: Sequence[SourceSummary]) -> str:
    body = f'{check_form()}<div class="page"><h2>Sources</h2>{_sources_table(sources)}</div>'
    return shell("factdb", body, NAV)


def sources_page(sources: Sequence[SourceSummary]) -> str:
    return shell("Sources", f'<div class="page">{_sources_table(sources)}</div>', NAV)


def _marked_text(text: str, spans: Sequence[tuple[str, int, int]]) -> str:
    """The text with every span marked. Spans may overlap, so the text is cut at every span
    boundary and each piece is marked with all the claims covering it; an empty anchor at each
    span's start makes /sources/ID#span-START-END land on it."""
    cuts = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    starts: dict[int, list[tuple[int, int]]] = {}
    for _, s, e in spans:
        starts.setdefault(s, []).append((s, e))
    out = []
    for left, right in itertools.pairwise(cuts):
        for s, e in sorted(set(starts.get(left, []))):
            out.append(f'<span class="anchor" id="span-{s}-{e}"></span>')
        covering = sorted({cid for cid, s, e in spans if s <= left and right <= e})
        piece = esc(text[left:right])
        if covering:
            out.append(
                f'<a class="span" href="{esc(claim_href(covering[0]))}" '
                f'title="{esc(", ".join(covering))}"><mark data-claims="{esc(" ".join(covering))}">'
                f"{piece}</mark></a>"
            )
        else:
            out.append(piece)
    return "".join(out)


def source_page(page: SourcePage) -> str:
    meta = page.meta
    facts = [
        f"published {meta.published.isoformat()}" if meta.published else "no date",
        meta.publisher or "no publisher",
        f"language {page.language}",
    ]
    head = (
        f"<p>{esc(' · '.join(facts))} · {link(meta.url, meta.url or 'no link')} · "
        f"{len(page.spans)} spans</p>"
    )
    claims = sorted({cid for cid, _, _ in page.spans})
    listing = "".join(f'<li><a href="{esc(claim_href(c))}">{esc(c)}</a></li>' for c in claims)
    body = (
        f'<div class="page">{head}<div class="source-text" lang="{esc(page.language)}">'
        f"{_marked_text(page.text, page.spans)}</div>"
        f"<h2>Claims from this source</h2><ul>{listing}</ul></div>"
    )
    title = meta.title or f"Source {meta.id}"
    return shell(f"{meta.id}: {title}", body, NAV)


def claim_page(
    claim: Any,
    texts: Mapping[str, str],
    meta: Mapping[str, SourceMeta],
    restatements: Sequence[str],
    problems: Sequence[Any],
) -> str:
    """`claim` as factdb.store.browse.get_claim returns it; `problems` are lint findings that
    name it."""
    quals = ", ".join(f"{q.role}={q.entity_id}" for q in claim.qualifiers) or "none"
    rows = [
        ("summary", esc(claim_summary(claim))),
        ("subject", esc(claim.subject_id)),
        ("predicate", esc(claim.predicate_id)),
        ("object", esc(claim.object_id or "")),
        ("qualifiers", esc(quals)),
        ("polarity / modality", esc(f"{claim.polarity} / {claim.modality}")),
        ("note", esc(claim.note or "")),
    ]
    if claim.restates:
        first = claim.restates
        rows.append(("restates", f'<a href="{esc(claim_href(first))}">{esc(first)}</a>'))
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    spans = []
    for span in claim.spans:
        text = texts[span.source_id]
        left, right = sentence_around(text, span.start, span.end, abbreviations())
        where = citation(meta.get(span.source_id), span.source_id, span.start, span.end)
        spans.append(
            f'<blockquote class="evidence" data-source="{esc(span.source_id)}">'
            f"{esc(text[left : span.start])}<mark>{esc(text[span.start : span.end])}</mark>"
            f"{esc(text[span.end : right])}<footer>{where} · "
            f'<a href="{esc(span_href(span.source_id, span.start, span.end))}">in the source</a>'
            "</footer></blockquote>"
        )
    restated = "".join(
        f'<li><a href="{esc(claim_href(c))}">{esc(c)}</a></li>' for c in restatements
    )
    findings = "".join(
        f'<li class="problem"><b>{esc(p.kind)}</b>: {esc(p.message)}</li>' for p in problems
    )
    body = (
        f'<div class="page"><table>{table}</table>'
        f"<h2>Spans ({len(claim.spans)})</h2>{''.join(spans) or '<p>none</p>'}"
        f"<h2>Restated by ({len(restatements)})</h2>"
        f"{f'<ul>{restated}</ul>' if restated else '<p>no other claim states this fact</p>'}"
        f"<h2>Lint findings ({len(problems)})</h2>"
        f"{f'<ul>{findings}</ul>' if findings else '<p>none</p>'}</div>"
    )
    return shell(f"Claim {claim.id}", body, NAV)


def message_page(title: str, message: str) -> str:
    return shell(title, f'<div class="page"><p>{esc(message)}</p></div>', NAV)
