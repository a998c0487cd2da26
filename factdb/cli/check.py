"""Checking statements: `check`, `parse`, `eval`."""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from factdb.cli.common import (
    Context,
    db_option,
    fail,
    pass_ctx,
    text_argument,
    visible,
)
from factdb.records import asdict

if TYPE_CHECKING:
    from factdb.check.judge import Judgement
    from factdb.cli.report import Unchecked


# What `check --file` reads at most: some 300,000 statements. /dev/zero has no end.
INPUT_MAX_BYTES = 64 * 1024 * 1024


def _read_input(file: str) -> str:
    try:
        if file == "-":
            data = sys.stdin.buffer.read(INPUT_MAX_BYTES + 1)
        else:
            with Path(file).open("rb") as handle:
                data = handle.read(INPUT_MAX_BYTES + 1)
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}")
    if len(data) > INPUT_MAX_BYTES:
        fail(f"{file} is over {INPUT_MAX_BYTES:,} bytes; split it into smaller files")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{file} is not UTF-8 text (bad byte at offset {exc.start})")


def _checker(ctx: Context) -> Any:
    from factdb.check.checker import Checker

    return Checker(ctx.read_base())


def _line_starts(text: str) -> list[int]:
    """Where each line of `text` starts, counted as str.splitlines counts them (as --file does)."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


@dataclass(frozen=True)
class Item:
    """One statement of a batch and where it is in the input: its line, and for --sentences
    its character offsets."""

    text: str
    line: int | None = None
    start: int | None = None
    end: int | None = None

    def where(self) -> dict[str, int]:
        keys = {"line": self.line, "start": self.start, "end": self.end}
        return {k: v for k, v in keys.items() if v is not None}


class Record(NamedTuple):
    """A statement of a batch as reported, made where it was checked (a forked worker renders
    it, so that the caller only writes it): its verdict (None: not checked), whether it is shown
    (--sentences leaves out sentences with nothing checkable) and its text in the output format.
    `judged` keeps the judgement itself for the HTML page, which is drawn from all of them, and
    keeps a statement that was not checked, for the message at the end. A tuple: ten thousand
    cross from the workers, and a tuple is the cheapest to send."""

    verdict: str | None
    shown: bool
    text: str = ""
    judged: Judgement | Unchecked | None = None


def _record(
    checker: Any, items: list[Item], fmt: str, batch: bool, sentences: bool, k: int, result: Any
) -> Record:
    """The record of items[k], whose check gave `result` (a Judgement, or the StatementTooLong
    it raised)."""
    from factdb.check.statement import StatementTooLong
    from factdb.cli.report import (
        Unchecked,
        judgement_to_dict,
        render_judgement,
        render_unchecked,
        unchecked_to_dict,
    )

    item = items[k]
    if isinstance(result, StatementTooLong):
        # Kept in place, even under --sentences: nothing is known of what it says.
        unchecked = Unchecked(item.line or 1, item.text, result)
        if fmt == "html":
            return Record(None, True, judged=unchecked)
        if fmt == "text":
            return Record(None, True, render_unchecked(unchecked), unchecked)
        data = {**item.where(), **unchecked_to_dict(unchecked)}
        return Record(None, True, _json(data, fmt), unchecked)
    shown = bool(result.parts) or not sentences
    if fmt == "html":
        return Record(result.verdict, shown, judged=result)
    if not shown:
        return Record(result.verdict, shown)
    if fmt == "text":
        where = f"line {item.line}" if batch else None
        return Record(result.verdict, shown, render_judgement(result, checker.source_text, where))
    return Record(result.verdict, shown, _json({**item.where(), **judgement_to_dict(result)}, fmt))


def _json(data: dict[str, Any], fmt: str) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None)


# Records written to the output at a time: one write for many, without holding them all.
WRITE_EVERY = 256


class _Output:
    """The records as they come, in a JSON array (`--format json` of a batch) or a line each."""

    def __init__(self, array: bool) -> None:
        self.array = array
        self.count = 0
        self._pending: list[str] = []

    def add(self, text: str) -> None:
        if self.array:  # as json.dumps(records, indent=2) nests each record
            text = ("[\n  " if not self.count else ",\n  ") + text.replace("\n", "\n  ")
        else:
            text += "\n"
        self._pending.append(text)
        self.count += 1
        if len(self._pending) >= WRITE_EVERY:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            click.echo("".join(self._pending), nl=False)
            self._pending.clear()

    def close(self) -> None:
        self.flush()
        if self.array:
            click.echo("\n]" if self.count else "[]")


def _summary(verdicts: Counter[str], sentences: int | None) -> str:
    """One line at the end of a text batch: how many of each verdict."""
    order = ("contradicted", "supported", "not_enough_info", "not checked")
    parts = [f"{verdicts[v]} {v.replace('_', ' ')}" for v in order if verdicts[v]]
    shown = sum(verdicts.values())
    head = f"{shown} checked"
    if sentences is not None:
        head = f"{shown} of {sentences} sentence(s) had something checkable"
    return head + (": " + ", ".join(parts) if parts else "")


@click.command(short_help="Check a statement, a file or a draft against the claims.")
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
    type=click.Choice(["text", "json", "jsonl", "html"]),
    default="text",
    show_default=True,
    help="json: one object for a STATEMENT, one array for a batch; jsonl: one object a line; "
    "html: one self-contained page, every sentence coloured by verdict.",
)
@db_option
@pass_ctx
def check(ctx: Context, statement: str | None, file: str | None, sentences: bool, fmt: str) -> None:
    """Check STATEMENT (English or Vietnamese) against the claim base.

    Prints supported, contradicted or not_enough_info with the deciding claim, its source span
    and a one-line reason. STATEMENT '-', or text piped in with no STATEMENT, reads standard
    input one statement a line, like --file -. Batch records carry their line (and, with
    --sentences, their character offsets), and a text batch ends with a count by verdict.

    Exit status: 0 when nothing is contradicted, 1 when anything is, 2 for bad usage or
    unreadable input. A statement over 20,000 characters is not checked: with --file or
    --sentences it is reported as not checked, the rest is checked, and the exit status is 2.
    """
    from factdb.check.batch import checked
    from factdb.check.statement import StatementTooLong, bounded
    from factdb.cli.progress import track

    if statement is not None and file is not None:
        fail("give a STATEMENT or --file PATH, not both")
    usage = "give a STATEMENT, --file PATH, or pipe statements to standard input"
    piped = statement is None and file is None and not sys.stdin.isatty()
    if statement == "-" or piped:
        statement, file = None, "-"
    if statement is None and file is None:
        fail(usage)
    text = _read_input(file) if file is not None else statement or ""
    if not text.strip():
        fail(f"nothing to check: {usage}" if piped else "the statement is empty")
    batch = file is not None or sentences
    if not batch:
        # Refused before the database is opened, which on first use means building it.
        try:
            bounded(text)
        except StatementTooLong as exc:
            fail(f"{exc} (--sentences checks running text sentence by sentence)")
    checker = _checker(ctx)
    spans = checker.sentences(text) if sentences else []
    if sentences:
        starts = _line_starts(text)
        items = [Item(text[a:b], bisect_right(starts, a), a, b) for a, b in spans]
    elif file is not None:
        lines = enumerate(text.splitlines(), 1)
        items = [Item(line, n) for n, line in lines if line.strip()]
    else:
        items = [Item(text)]
    render = partial(_record, checker, items, fmt, batch, sentences)
    verdicts: Counter[str] = Counter()  # of the records shown
    unchecked: list[Unchecked] = []
    every: list[Judgement | Unchecked] = []  # for the page: with the sentences not shown
    output = _Output(array=fmt == "json" and batch)
    # One state of the base for the batch and its report: a load committing meanwhile changes
    # none of it (factdb.check.batch).
    with checked(checker, [item.text for item in items], render) as records:
        for record in track(records, "check", "statement", len(items)):
            if record.verdict is None:
                unchecked.append(record.judged)  # type: ignore[arg-type]
            if fmt == "html":
                every.append(record.judged)  # type: ignore[arg-type]
            if record.shown:
                verdicts[record.verdict or "not checked"] += 1
                if fmt != "html":
                    output.add(record.text)
        if fmt == "html":
            from factdb.cli.page import echo_page

            echo_page(checker, text, every)
        else:
            output.close()
            if fmt == "text" and batch:
                click.echo(_summary(verdicts, len(spans) if sentences else None))
    if unchecked:
        # 2 outranks 1: a contradiction found in part of the input says nothing of the rest.
        where = ", ".join(str(u.line) for u in unchecked[:10]) + (
            ", …" if len(unchecked) > 10 else ""
        )
        lines_word = "line" if len(unchecked) == 1 else "lines"
        fail(
            f"{len(unchecked)} statement(s) not checked, over the limit of "
            f"{unchecked[0].error.limit:,} characters ({lines_word} {where}); split them into "
            "sentences"
        )
    if verdicts["contradicted"]:
        sys.exit(1)


@click.command(short_help="Show what the checker understood in a statement.")
@click.argument("statement", callback=text_argument)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@db_option
@pass_ctx
def parse(ctx: Context, statement: str, fmt: str) -> None:
    """Show what the checker understood in STATEMENT: entities, predicate candidates,
    quantities as intervals with units, dates with their granularity, negation, modality, the
    assertions read from it (each title attached to a name), whose words it gives, who each
    verb binds (who does it, and who or what comes right after it), and the clauses a sentence
    of several attributions is judged in."""
    from factdb.check.statement import StatementTooLong, bounded
    from factdb.cli.report import render_parse

    if not statement.strip():
        fail("the statement is empty")
    try:
        bounded(statement)
    except StatementTooLong as exc:
        fail(str(exc))
    read = _checker(ctx).reading(statement)
    if fmt == "json":
        data = read.parsed.to_dict()
        data["assertions"] = [a.to_dict() for a in read.assertions]
        data["speaker"] = None if read.stance is None else asdict(read.stance)
        data["binds"] = [p.to_dict() for p in read.predications]
        data["clauses"] = read.clauses
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(
            render_parse(read.parsed, read.assertions, read.stance, read.predications, read.clauses)
        )


@click.command(name="eval", short_help="Score the checker on labelled statements.")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@db_option
@pass_ctx
def eval_(ctx: Context, files: tuple[Path, ...], fmt: str) -> None:
    """Score the checker on labelled statements (default: fixtures/statements/*.yaml).

    Prints the confusion matrix, accuracy, macro-F1 (over the labels that occur), a strict
    FEVER score, the count of confidently wrong verdicts, accuracy per tag, then every miss.

    \b
    A labelled file is YAML:
      statements:
        - text: "Hungary approved 400 million USD of ODA for Vietnam"
          verdict: supported      # supported | contradicted | not_enough_info
          claims: [hu-oda-400m-usd]   # optional: any one is right evidence
          tags: [oda, money]      # optional: scored separately
          note: why, for a reader # optional
    """
    from factdb import config
    from factdb.check.statement import StatementTooLong, bounded
    from factdb.cli.progress import track
    from factdb.curate.evaluate import evaluate, read_labelled, render_scores, scores

    paths = list(files) or sorted((Path(config.fixtures_path()) / "statements").glob("*.yaml"))
    if not paths:
        fail("no labelled statement files")
    items = []
    for path in paths:
        try:
            items += read_labelled(path)
        except ValueError as exc:
            fail(str(exc))
    for item in items:
        # Scores over a part of the labelled set would pass for scores over all of it.
        try:
            bounded(item.text)
        except StatementTooLong as exc:
            fail(f"{item.where}: {exc}")
    result = scores(evaluate(_checker(ctx), items, lambda todo: track(todo, "eval", "statement")))
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(map(visible, render_scores(result).split("\n"))))
