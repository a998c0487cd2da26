"""Browsing the claim base: `list`, `show`, `sources`."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from factdb.cli.common import (
    FORMATS,
    Context,
    fail,
    filter_argument,
    pass_ctx,
    spreadsheet_safe,
    table,
    visible,
)


@click.command(name="list")
@click.option(
    "--source", callback=filter_argument, help="Only claims with a span in this source (e.g. 004)."
)
@click.option(
    "--entity",
    callback=filter_argument,
    help="Only claims about this entity (id or any alias: 'Hungary').",
)
@click.option(
    "--predicate",
    callback=filter_argument,
    help="Only claims of this predicate (e.g. trade_turnover).",
)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_ctx
def list_(
    ctx: Context, source: str | None, entity: str | None, predicate: str | None, fmt: str
) -> None:
    """List claims, optionally filtered."""
    from factdb.store.browse import NotFound, claim_summary, claim_to_dict, list_claims

    try:
        claims = list_claims(ctx.engine(), source, entity, predicate)
    except NotFound as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps([claim_to_dict(c) for c in claims], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", "subject", "predicate", "object", "summary", "sources"])
        for c in claims:
            row = [
                c.id,
                c.subject_id,
                c.predicate_id,
                c.object_id or "",
                claim_summary(c),
                " ".join(_span_refs(c)),
            ]
            writer.writerow([spreadsheet_safe(v) for v in row])
        return
    rows = [[c.id, claim_summary(c), " ".join(_span_refs(c))] for c in claims]
    click.echo(table(rows, ["id", "claim", "spans"]))
    click.echo(f"{len(claims)} claim(s)")


def _span_refs(claim: Any) -> list[str]:
    return [f"{s.source_id}:{s.start}-{s.end}" for s in claim.spans]


@click.command()
@click.argument("claim_id", callback=filter_argument)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@pass_ctx
def show(ctx: Context, claim_id: str, fmt: str) -> None:
    """Show one claim, its structure, and each quote in its sentence with the span marked."""
    from factdb.store.browse import (
        NotFound,
        claim_summary,
        claim_to_dict,
        get_claim,
        sentence_around,
    )

    try:
        claim, texts = get_claim(ctx.engine(), claim_id)
    except NotFound as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(claim_to_dict(claim), ensure_ascii=False, indent=2))
        return
    data = claim_to_dict(claim)
    click.echo(visible(f"{claim.id}: {claim_summary(claim)}"))
    for key in (
        "subject",
        "predicate",
        "object",
        "qualifiers",
        "value",
        "time",
        "polarity",
        "modality",
        "restates",
    ):
        if data[key] not in (None, {}):
            click.echo(visible(f"  {key:<10} {json.dumps(data[key], ensure_ascii=False)}"))
    for span in claim.spans:
        text = texts[span.source_id]
        left, right = sentence_around(text, span.start, span.end)
        marked = (
            visible(text[left : span.start])
            + click.style("[[", bold=True)
            + click.style(visible(text[span.start : span.end]), bold=True, underline=True)
            + click.style("]]", bold=True)
            + visible(text[span.end : right])
        )
        click.echo(visible(f"\n  source {span.source_id} [{span.start}:{span.end}]"))
        click.echo("  " + marked.strip())


@click.command()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_ctx
def sources(ctx: Context, fmt: str) -> None:
    """List the sources with their title, date and number of claims."""
    from factdb.store.browse import list_sources

    items = list_sources(ctx.engine())
    records = [
        {
            "id": s.id,
            "title": s.title,
            "published": s.published and s.published.isoformat(),
            "publisher": s.publisher,
            "claims": s.claims,
        }
        for s in items
    ]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["id"])
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) for k, v in r.items()} for r in records)
    else:
        rows = [
            [r["id"], r["published"] or "?", str(r["claims"]), r["title"] or ""] for r in records
        ]
        click.echo(table(rows, ["id", "published", "claims", "title"]))
