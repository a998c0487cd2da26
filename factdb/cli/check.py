"""Checking statements: `check`, `parse`, `eval`."""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from factdb.cli.common import (
    Context,
    fail,
    pass_ctx,
    text_argument,
)

if TYPE_CHECKING:
    from factdb.check.judge import Judgement
    from factdb.cli.report import Unchecked


def _read_input(file: str) -> str:
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{file} is not UTF-8 text (bad byte at offset {exc.start})")


def _checker(ctx: Context) -> Any:
    from factdb.check.checker import Checker

    return Checker(ctx.engine())


def _line_numbers(text: str, pieces: list[str]) -> list[tuple[int, str]]:
    """Each sentence of `text` (Checker.sentences, in order) with the line it starts on, counted
    as the lines of `--file` are, so that both modes point at the same place."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out = []
    cursor = 0
    for piece in pieces:
        at = text.find(piece, cursor)
        at = cursor if at < 0 else at
        cursor = at + len(piece)
        out.append((bisect_right(starts, at), piece))
    return out


@click.command()
@click.argument("statement", required=False, callback=text_argument)
@click.option(
    "--file",
    "file",
    metavar="PATH",
    help="Check each line of PATH ('-' for standard input) instead of STATEMENT.",
)
@click.option(
    "--sentences",
    is_flag=True,
    help="Split the text into sentences first and report those with something "
    "checkable (for whole drafts).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
)
@pass_ctx
def check(ctx: Context, statement: str | None, file: str | None, sentences: bool, fmt: str) -> None:
    """Check STATEMENT (English or Vietnamese) against the claim base.

    Prints supported, contradicted or not_enough_info with the deciding claim, its source span
    and a one-line reason. Exit status: 0 when nothing is contradicted, 1 when anything is,
    2 for bad usage or unreadable input. A statement over 20,000 characters is not checked: with
    --file or --sentences it is reported as not checked, the rest is checked, and the exit
    status is 2.
    """
    from factdb.check.parse import StatementTooLong, bounded
    from factdb.cli.report import (
        Unchecked,
        judgement_to_dict,
        render_judgement,
        render_unchecked,
        unchecked_to_dict,
    )

    if (statement is None) == (file is None):
        fail("give a STATEMENT or --file PATH (not both)")
    text = _read_input(file) if file is not None else statement or ""
    if not text.strip():
        fail("the statement is empty")
    if file is None and not sentences:
        # Refused before the database is opened, which on first use means building it.
        try:
            bounded(text)
        except StatementTooLong as exc:
            fail(f"{exc} (--sentences checks running text sentence by sentence)")
    checker = _checker(ctx)
    if sentences:
        items = _line_numbers(text, checker.sentences(text))
    elif file is not None:
        items = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    else:
        items = [(1, text)]
    records: list[Judgement | Unchecked] = []
    # One snapshot for the batch and its report: a load committing meanwhile changes none of it.
    with checker.snapshot():
        for line, item in items:
            try:
                judgement = checker.check(item)
            except StatementTooLong as exc:
                # Kept in place, even under --sentences: nothing is known of what it says.
                records.append(Unchecked(line, item, exc))
                continue
            if judgement.parts or not sentences:
                records.append(judgement)
        for r in records:
            data = unchecked_to_dict(r) if isinstance(r, Unchecked) else judgement_to_dict(r)
            if fmt == "json" and len(records) == 1 and not sentences:
                click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            elif fmt in ("json", "jsonl"):
                click.echo(json.dumps(data, ensure_ascii=False))
            elif isinstance(r, Unchecked):
                click.echo(render_unchecked(r))
            else:
                click.echo(render_judgement(r, checker.source_text))
    unchecked = [r for r in records if isinstance(r, Unchecked)]
    if unchecked:
        # 2 outranks 1: a contradiction found in part of the input says nothing of the rest.
        where = ", ".join(str(u.line) for u in unchecked[:10]) + (
            ", …" if len(unchecked) > 10 else ""
        )
        lines = "line" if len(unchecked) == 1 else "lines"
        fail(
            f"{len(unchecked)} statement(s) not checked, over the limit of "
            f"{unchecked[0].error.limit:,} characters ({lines} {where}); split them into sentences"
        )
    if any(r.verdict == "contradicted" for r in records if not isinstance(r, Unchecked)):
        sys.exit(1)


@click.command()
@click.argument("statement", callback=text_argument)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@pass_ctx
def parse(ctx: Context, statement: str, fmt: str) -> None:
    """Show what the checker understood in STATEMENT: entities, predicate candidates,
    quantities as intervals with units, dates with their granularity, negation, modality, and
    the assertions read from it (each title attached to a name)."""
    from factdb.check.parse import StatementTooLong, bounded
    from factdb.cli.report import render_parse

    if not statement.strip():
        fail("the statement is empty")
    try:
        bounded(statement)
    except StatementTooLong as exc:
        fail(str(exc))
    checker = _checker(ctx)
    with checker.snapshot():
        parsed = checker.parse(statement)
        assertions = checker.assertions(statement)
    if fmt == "json":
        data = parsed.to_dict()
        data["assertions"] = [a.to_dict() for a in assertions]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_parse(parsed, assertions))


@click.command(name="eval")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@pass_ctx
def eval_(ctx: Context, files: tuple[Path, ...], fmt: str) -> None:
    """Score the checker on labelled statements (default: fixtures/statements/*.yaml): confusion
    matrix, accuracy, macro-F1, strict FEVER score, then the misses."""
    from factdb import config
    from factdb.check.evaluate import evaluate, read_labelled, render_scores, scores
    from factdb.check.parse import StatementTooLong, bounded

    paths = list(files) or sorted((config.fixtures_dir() / "statements").glob("*.yaml"))
    if not paths:
        fail("no labelled statement files")
    items = []
    for path in paths:
        try:
            items += read_labelled(path)
        except (OSError, ValueError) as exc:
            fail(str(exc))
    for item in items:
        # Scores over a part of the labelled set would pass for scores over all of it.
        try:
            bounded(item.text)
        except StatementTooLong as exc:
            fail(f"{item.where}: {exc}")
    outcomes = evaluate(_checker(ctx), items)
    result = scores(outcomes)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(render_scores(result, outcomes))
