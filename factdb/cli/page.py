"""`check --format html`: the checked pieces of a draft handed to the page renderer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from factdb.check.judge import Judgement
from factdb.cli.report import Unchecked
from factdb.explain.html import Row, Sources, cited_sources, render_page
from factdb.store.browse import source_meta


def rows_of(records: Sequence[Judgement | Unchecked]) -> list[Row]:
    return [
        Row(r.statement, error=f"Not checked: {r.error}")
        if isinstance(r, Unchecked)
        else Row(r.statement, r)
        for r in records
    ]


def echo_page(checker: Any, text: str, records: Sequence[Judgement | Unchecked]) -> None:
    """Print the page for `text` (the draft as given) and its checked pieces, in order."""
    rows = rows_of(records)
    meta = source_meta(checker.engine, cited_sources(rows))
    click.echo(render_page(text, rows, Sources(checker.source_text, meta)), nl=False)
