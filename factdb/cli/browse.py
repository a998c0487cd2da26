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
    db_option,
    fail,
    filter_argument,
    pass_ctx,
    spreadsheet_safe,
    table,
    visible,
)
from factdb.cli.text import quote_in_sentence

CSV_COLUMNS = (
    *("id", "subject", "predicate", "object", "qualifiers", "value", "unit", "time"),
    *("polarity", "modality", "summary", "sources", "quote"),
)


@click.command(name="list", short_help="List claims, optionally filtered.")
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
@db_option
@pass_ctx
def list_(
    ctx: Context, source: str | None, entity: str | None, predicate: str | None, fmt: str
) -> None:
    """List claims, optionally filtered."""
    from factdb.store.browse import NotFound, claim_summary, claim_to_dict, list_claims

    try:
        claims = list_claims(ctx.read_base(), source, entity, predicate)
    except NotFound as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps([claim_to_dict(c) for c in claims], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for c in claims:
            qualifiers = " ".join(f"{q.role}={q.entity_id}" for q in c.qualifiers)
            quote = c.spans[0].quote if c.spans else ""
            row = (
                *(c.id, c.subject_id, c.predicate_id, c.object_id or "", qualifiers),
                *(_value_text(c), c.unit_id or "", _time_text(c), c.polarity, c.modality),
                *(claim_summary(c), " ".join(_span_refs(c)), quote),
            )
            writer.writerow([spreadsheet_safe(v) for v in row])
        return
    rows = [[c.id, claim_summary(c), " ".join(_span_refs(c))] for c in claims]
    click.echo(table(rows, ["id", "claim", "spans"]))
    click.echo(f"{len(claims)} claim(s)")


def _value_text(claim: Any) -> str:
    from factdb.store.browse import claim_interval
    from factdb.store.intervals import describe

    interval = claim_interval(claim)
    return "" if interval is None else describe(interval, claim.unit_id)


def _time_text(claim: Any) -> str:
    from factdb.store.intervals import describe_time

    return describe_time(claim.time_start, claim.time_end, claim.time_grain)


def _span_refs(claim: Any) -> list[str]:
    return [f"{s.source_id}:{s.start}-{s.end}" for s in claim.spans]


@click.command(short_help="Show one claim and each quote in its sentence.")
@click.argument("claim_id", callback=filter_argument)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@db_option
@pass_ctx
def show(ctx: Context, claim_id: str, fmt: str) -> None:
    """Show one claim, its structure, and each quote in its sentence with the span marked."""
    from factdb.store.browse import (
        NotFound,
        claim_summary,
        claim_to_dict,
        get_claim,
    )

    try:
        claim, texts = get_claim(ctx.read_base(), claim_id)
    except NotFound as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(claim_to_dict(claim), ensure_ascii=False, indent=2))
        return
    data = claim_to_dict(claim)
    click.echo(visible(f"{claim.id}: {claim_summary(claim)}"))
    fields = {
        "subject": claim.subject_id,
        "predicate": claim.predicate_id,
        "object": claim.object_id,
        "qualifiers": ", ".join(f"{role} {who}" for role, who in data["qualifiers"].items()),
        "value": _value_text(claim),
        "time": _time_text(claim),
        "polarity": claim.polarity,
        "modality": claim.modality,
        "restates": claim.restates,
    }
    for key, value in fields.items():
        if value:
            click.echo(visible(f"  {key:<10} {value}"))
    for span in claim.spans:
        click.echo(visible(f"\n  source {span.source_id} [{span.start}:{span.end}]"))
        click.echo("  " + quote_in_sentence(texts[span.source_id], span.start, span.end))


@click.command(short_help="List the sources with their claims.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@db_option
@pass_ctx
def sources(ctx: Context, fmt: str) -> None:
    """List the sources with their title, date and number of claims."""
    from factdb.store.browse import list_sources

    items = list_sources(ctx.read_base())
    records = [
        {
            "id": s.id,
            "title": s.title,
            "published": s.published and s.published.isoformat(),
            "publisher": s.publisher,
            "url": s.url,
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
        keys = ("id", "published", "claims", "publisher", "title", "url")
        rows = [["?" if r[k] is None else str(r[k]) for k in keys] for r in records]
        click.echo(table(rows, list(keys)))
