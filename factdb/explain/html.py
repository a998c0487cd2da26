"""A checked draft as one self-contained HTML page, for editors who read a draft, not JSON.

Every sentence of the draft is shown in place, coloured by its verdict. Clicking one (or Enter
on it) opens its parts, their reasons, and each evidence quote highlighted inside its source
sentence, with the source's title, publisher, date and link. A summary at the top counts the
verdicts and lists the contradictions first.

The page loads nothing: its CSS and its few lines of script are inline, and its
Content-Security-Policy forbids every fetch, so it can be mailed, archived or opened offline.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED, Judgement
from factdb.lexicon.index import abbreviations
from factdb.store.browse import SourceMeta
from factdb.store.claims import ClaimView
from factdb.text.sentences import sentence_around

# Row states beyond the judge's three verdicts: a sentence with nothing the checker can read,
# and one it refused to check (over the length limit).
NOTHING = "nothing_checkable"
UNCHECKED = "not_checked"
LABELS = {
    CONTRADICTED: "Contradicted",
    SUPPORTED: "Supported",
    NEI: "Not enough info",
    UNCHECKED: "Not checked",
    NOTHING: "Nothing checkable",
}
ORDER = (CONTRADICTED, UNCHECKED, NEI, SUPPORTED, NOTHING)  # the summary: what needs a look first
# Only these links are made clickable: a fixture's url is data, and `javascript:` is code.
LINK_SCHEMES = {"http", "https"}


@dataclass(frozen=True)
class Row:
    """One checked piece of the draft: its text as it stands in the draft, and its judgement,
    or the reason it was not checked."""

    piece: str
    judgement: Judgement | None = None
    error: str | None = None

    @property
    def state(self) -> str:
        if self.judgement is None:
            return UNCHECKED
        return self.judgement.verdict if self.judgement.parts else NOTHING


@dataclass(frozen=True)
class Sources:
    """Where the evidence comes from: each source's text and citation details. `linked` is set
    inside the web app, where claim ids and spans link to their pages."""

    text: Callable[[str], str]
    meta: Mapping[str, SourceMeta]
    linked: bool = False


def cited_sources(rows: Sequence[Row]) -> set[str]:
    """The sources the rows' deciding evidence comes from."""
    return {
        span.source
        for row in rows
        if row.judgement is not None
        for part in row.judgement.parts
        for claim in part.decisive
        for span in claim.spans
    }


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def claim_href(claim_id: str) -> str:
    return f"/claims/{quote(claim_id, safe='')}"


def span_href(source: str, start: int, end: int) -> str:
    return f"/sources/{quote(source, safe='')}#span-{start}-{end}"


def _located(text: str, rows: Sequence[Row]) -> list[tuple[int, int, Row]]:
    """Each row's place in the draft, in order. A piece that cannot be found (the checker was
    given it some other way) is placed after the draft rather than lost."""
    placed = []
    cursor = 0
    for row in rows:
        at = text.find(row.piece, cursor)
        if at < 0:
            placed.append((-1, -1, row))
            continue
        placed.append((at, at + len(row.piece), row))
        cursor = at + len(row.piece)
    return placed


def link(url: str | None, label: str) -> str:
    if url and urlsplit(url).scheme.lower() in LINK_SCHEMES:
        return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(label)}</a>'
    return esc(label)


def citation(
    meta: SourceMeta | None, source: str, start: int, end: int, linked: bool = False
) -> str:
    where = f"source {esc(source)} [{start}:{end}]"
    if linked:
        where = f'<a href="{esc(span_href(source, start, end))}">{where}</a>'
    if meta is None:
        return where
    title = meta.title or f"source {source}"
    details = [d for d in (meta.publisher, meta.published and meta.published.isoformat()) if d]
    extra = f" — {esc(', '.join(details))}" if details else ""
    return f'<cite>{link(meta.url, title)}</cite>{extra} <span class="where">{where}</span>'


def _evidence(claim: ClaimView, sources: Sources) -> str:
    name = esc(claim.id)
    if sources.linked:
        name = f'<a href="{esc(claim_href(claim.id))}">{name}</a>'
    out = [f'<div class="claim" data-claim="{esc(claim.id)}"><div class="cid">claim {name}</div>']
    meta, linked = sources.meta, sources.linked
    for span in claim.spans:
        text = sources.text(span.source)
        left, right = sentence_around(text, span.start, span.end, abbreviations())
        out.append(
            f'<blockquote class="evidence" data-source="{esc(span.source)}" '
            f'data-start="{span.start}" data-end="{span.end}">'
            f"{esc(text[left : span.start])}<mark>{esc(text[span.start : span.end])}</mark>"
            f"{esc(text[span.end : right])}"
            f"<footer>{citation(meta.get(span.source), span.source, span.start, span.end, linked)}"
            "</footer></blockquote>"
        )
    if claim.restatements:
        more = claim.restatements - len(claim.restated_by)
        listed = ", ".join(claim.restated_by) + (f" and {more} more" if more > 0 else "")
        out.append(
            f'<p class="restated">restated by {claim.restatements} claim(s): {esc(listed)}</p>'
        )
    out.append("</div>")
    return "".join(out)


def _detail(index: int, row: Row, sources: Sources) -> str:
    state = row.state
    out = [
        f'<section class="detail" id="d{index}" data-verdict="{state}" hidden>',
        f'<p><span class="badge v-{state}">{LABELS[state]}</span></p>',
        f'<p class="statement">{esc(row.piece)}</p>',
    ]
    j = row.judgement
    if j is None:
        out.append(f'<p class="why">{esc(row.error or "")}</p>')
    elif not j.parts:
        out.append('<p class="why">Nothing in this sentence names a claim the base can check.</p>')
    else:
        out.append(f'<p class="why"><b>Why:</b> {esc(j.explanation)}</p>')
        for part in j.parts:
            out.append(
                f'<div class="part" data-predicate="{esc(part.predicate)}">'
                f'<h3><span class="badge v-{part.verdict}">{LABELS[part.verdict]}</span> '
                f"{esc(part.predicate)}</h3>"
            )
            if part.reason != j.explanation:  # a single part's reason is the explanation
                out.append(f"<p>{esc(part.reason)}</p>")
            out += [_evidence(c, sources) for c in part.decisive]
            out.append("</div>")
    out.append("</section>")
    return "".join(out)


def _summary(placed: list[tuple[int, int, Row]]) -> str:
    counts = {state: 0 for state in ORDER}
    for _, _, row in placed:
        counts[row.state] += 1
    cells = "".join(
        f'<li class="count v-{state}" data-verdict="{state}"><b>{counts[state]}</b> '
        f"{LABELS[state].lower()}</li>"
        for state in ORDER
    )
    # What an editor must look at, in that order: contradictions, then what was not checked.
    flagged = [
        f'<li><a href="#s{i}" data-open="{i}" class="v-{row.state}">{esc(row.piece)}</a>'
        + (f" — {esc(row.judgement.explanation)}" if row.judgement else f" — {esc(row.error)}")
        + "</li>"
        for state in (CONTRADICTED, UNCHECKED)
        for i, (_, _, row) in enumerate(placed)
        if row.state == state
    ]
    listing = f'<ol class="flagged">{"".join(flagged)}</ol>' if flagged else ""
    return f'<header class="summary"><ul class="counts">{cells}</ul>{listing}</header>'


def _draft(text: str, placed: list[tuple[int, int, Row]]) -> str:
    out = []
    cursor = 0
    for i, (start, end, row) in enumerate(placed):
        if start < 0:
            continue
        out.append(esc(text[cursor:start]))
        out.append(
            f'<span class="s v-{row.state}" id="s{i}" data-i="{i}" data-verdict="{row.state}" '
            f'tabindex="0" role="button" title="{LABELS[row.state]}">{esc(row.piece)}</span>'
        )
        cursor = end
    out.append(esc(text[cursor:]))
    for i, (start, _, row) in enumerate(placed):
        if start < 0:
            out.append(
                f'\n<span class="s v-{row.state}" id="s{i}" data-i="{i}" '
                f'data-verdict="{row.state}" tabindex="0" role="button">{esc(row.piece)}</span>'
            )
    return "".join(out)


STYLE = """
:root{--sup:#d7f0d9;--sup-b:#2e7d32;--con:#f9d3d0;--con-b:#c62828;--nei:#fff0c2;--nei-b:#a07800;
--unc:#ead9f5;--unc-b:#6a1b9a}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;
color:#1d1d1d;background:#fafafa}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;padding:1rem 1.5rem}
@media (max-width:900px){main{grid-template-columns:1fr}}
h1{font-size:1.2rem;margin:0;padding:1rem 1.5rem 0}
.summary{padding:.5rem 1.5rem}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:.5rem 0}
.count{padding:.2rem .6rem;border-radius:1rem;border:1px solid #ccc;background:#fff}
.flagged{margin:.25rem 0 0;padding-left:1.5rem}
.flagged a{color:inherit}
.draft{white-space:pre-wrap;background:#fff;padding:1rem 1.25rem;border:1px solid #ddd;
border-radius:.5rem}
.s{cursor:pointer;border-radius:.2rem;padding:0 .1rem}
.s:focus,.s.open{outline:2px solid #1d1d1d;outline-offset:1px}
.v-supported{background:var(--sup);border-color:var(--sup-b)}
.v-contradicted{background:var(--con);border-color:var(--con-b)}
.v-not_enough_info{background:var(--nei);border-color:var(--nei-b)}
.v-not_checked{background:var(--unc);border-color:var(--unc-b)}
.s.v-nothing_checkable{background:none}
aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}
.hint{color:#666}
.detail{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.75rem 1rem}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:.3rem;border:1px solid;
font-weight:600;font-size:.85rem}
.statement{font-weight:600}
.part h3{font-size:1rem;margin:.75rem 0 .25rem}
.cid,.where{color:#555;font-size:.85rem}
blockquote{margin:.4rem 0;padding:.4rem .75rem;border-left:4px solid #999;background:#f4f4f4}
mark{background:#ffe066;padding:0 .1rem;font-weight:600}
footer{font-size:.85rem;margin-top:.25rem}
.restated{font-size:.85rem;color:#555}
nav{padding:.5rem 1.5rem;background:#1d1d1d}
nav a{color:#fff;margin-right:1rem;text-decoration:none}
.page{padding:0 1.5rem 1.5rem}
.source-text{white-space:pre-wrap;background:#fff;padding:1rem 1.25rem;border:1px solid #ddd;
border-radius:.5rem}
.source-text a.span{color:inherit;text-decoration:none}
.anchor:target + a.span mark{outline:2px solid #c62828}
textarea{width:100%;min-height:8rem;font:inherit;padding:.5rem}
form.check{padding:0 1.5rem}
table{border-collapse:collapse}
td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.problem{color:#c62828}
"""

# Clicking a sentence (or a summary line) shows its detail in the side panel; the URL's #sN
# opens one directly, so a link to a sentence can be shared.
SCRIPT = """
(function(){
  var panel=document.getElementById('panel');
  function open(i){
    var d=document.getElementById('d'+i), s=document.getElementById('s'+i);
    if(!d){return;}
    document.querySelectorAll('.detail').forEach(function(x){x.hidden=true;});
    document.querySelectorAll('.s.open').forEach(function(x){x.classList.remove('open');});
    panel.querySelector('.hint').hidden=true;
    d.hidden=false;
    if(s){s.classList.add('open');s.setAttribute('aria-expanded','true');}
  }
  document.addEventListener('click',function(ev){
    var t=ev.target.closest('[data-open],.s');
    if(!t){return;}
    open(t.getAttribute('data-open')||t.getAttribute('data-i'));
  });
  document.addEventListener('keydown',function(ev){
    if((ev.key==='Enter'||ev.key===' ')&&ev.target.classList.contains('s')){
      ev.preventDefault();open(ev.target.getAttribute('data-i'));
    }
  });
  var m=/^#s(\\d+)$/.exec(location.hash);
  if(m){open(m[1]);}
})();
"""

# No fetch of any kind: the page works from a file, offline, and cannot leak what it shows.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def render_page(
    text: str,
    rows: Sequence[Row],
    sources: Sources,
    title: str = "factdb: checked draft",
    form: str = "",
    nav: str = "",
) -> str:
    """The whole page. `text` is the draft as given; `rows` its checked pieces, in order.
    `form` is HTML placed above the draft (the web app's input box), `nav` above the title."""
    placed = _located(text, rows)
    details = "".join(_detail(i, row, sources) for i, (_, _, row) in enumerate(placed))
    hint = "Click a sentence to see its verdict and evidence." if placed else "Nothing to check."
    body = (
        f"{form}{_summary(placed)}"
        f'<main><div class="draft" id="draft">{_draft(text, placed)}</div>'
        f'<aside id="panel"><p class="hint">{hint}</p>{details}</aside></main>'
        f"<script>{SCRIPT}</script>"
    )
    return shell(title, body, nav)


def shell(title: str, body: str, nav: str = "") -> str:
    """A whole page around `body`: the inline style, the CSP, the title as its heading."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="generator" content="factdb">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
        f"{nav}<h1>{esc(title)}</h1>{body}</body></html>\n"
    )
