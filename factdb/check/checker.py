"""The checking pipeline as a library: statement → parse → match → judge.

import factdb
checker = factdb.open_checker()     # the default database, built if needed
checker.check("Hungary approved 400 million USD of ODA for Vietnam").verdict
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from factdb.check.assertions import Assertion, Predication, decompose
from factdb.check.date_orders import read_orders
from factdb.check.judge import Judge, Judgement
from factdb.check.match import ClaimIndex
from factdb.check.parse import parse_statement
from factdb.check.rules import NEI
from factdb.check.stance import StanceReading, read_stance
from factdb.check.statement import ParsedStatement
from factdb.check.topics import prepare as prepare_topics
from factdb.lexicon.index import abbreviations
from factdb.lexicon.stored import stored_vocabulary
from factdb.lexicon.vocabulary import Vocabulary, load_vocabulary
from factdb.records import dataclass
from factdb.store.sqlite_read import SqliteFile
from factdb.text.sentences import sentence_spans

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from sqlalchemy import Engine

    from factdb.store.sqlite_read import Reader


@dataclass(frozen=True)
class Reading:
    """What the checker understood in one statement, as `factdb parse` shows it: the statement
    parsed once (with the persons of words given to a speaker named), and what each later stage
    reads from that one parse."""

    parsed: ParsedStatement
    assertions: list[Assertion]  # who holds what office (factdb.check.assertions)
    stance: StanceReading | None  # whose words it gives, and how (factdb.check.stance)
    predications: list[Predication]  # the parties each verb binds (factdb.check.assertions)
    # the clauses a sentence of several attributions is judged in (Judge.clauses); none when
    # it is judged whole
    clauses: list[str]


class Checker:
    """Parses and judges statements against one database. Every read of a check (vocabulary,
    claims, source texts) happens in one snapshot of the base, and what was read is cached
    until a load changes the base."""

    def __init__(self, base: Engine | SqliteFile) -> None:
        """`base`: an SQLAlchemy engine, or a SQLite file read through the standard library
        (factdb.store.sqlite_read), which gives the same verdicts and starts faster."""
        self.base = base
        self.index = ClaimIndex()
        self._state: str | None = None
        with self.snapshot():
            pass

    @property
    def engine(self) -> Engine:
        """The base's SQLAlchemy engine, for what reads through SQLAlchemy (reports' source
        metadata, drafts); on the standard-library path it is made on first use."""
        return self.base.engine() if isinstance(self.base, SqliteFile) else self.base

    @property
    def state(self) -> str | None:
        """The state of the base last read: its fixtures' fingerprint (store.db.read_state)."""
        return self._state

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Hold one committed state of the base for what runs inside: a load committing
        mid-check gives the old verdict or the new one, never one from half of each. Nested
        uses share the outer snapshot, so a caller can hold one over a check and its report."""
        if self.index.reading:
            yield
            return
        with self._reader() as reader, self.index.read_on(reader):
            yield

    @contextmanager
    def _reader(self) -> Iterator[Reader]:
        """A reader on one committed state of the base, with that state's vocabulary read."""
        if not isinstance(self.base, SqliteFile):
            from factdb.store.db import read_snapshot, read_state
            from factdb.store.queries import AlchemyReader

            with self.base.connect() as conn:
                read_snapshot(conn)
                state = read_state(conn)
                if state is None or state != self._state:
                    self._renew(state, load_vocabulary(conn))
                yield AlchemyReader(conn)
            return
        while True:
            with self.base.snapshot() as found:
                state = found.state()
                if state is None or state != self._state:
                    vocab = stored_vocabulary(self.base, state, prepare_topics)
                    if vocab is None:
                        continue  # a load committed meanwhile: read its state instead
                    self._renew(state, vocab)
                yield found
                return

    def _renew(self, state: str | None, vocab: Vocabulary) -> None:
        """Start over on a base whose state has changed."""
        self.vocab = vocab
        self.judge = Judge(vocab, self.index)
        self.index.reset()
        self.index.busy = vocab.busy
        self._state = state

    def parse(self, statement: str) -> ParsedStatement:
        """The statement as the judge reads it (Judge.as_judged): parsed, with the persons of
        words given to a speaker and a leader's description named and no denial that is a
        turned stance's own."""
        with self.snapshot():
            return self.judge.as_judged(parse_statement(statement, self.vocab))

    def reading(self, statement: str) -> Reading:
        """What the checker understood in `statement` (Reading): parsed once, and every later
        stage reading that one parse, not a parse of its own."""
        with self.snapshot():
            parsed = self.parse(statement)
            return Reading(
                parsed,
                decompose(parsed, self.vocab),
                read_stance(parsed, self.vocab),
                self.judge.predications(parsed),
                self.judge.clauses(parsed),
            )

    def check(self, statement: str) -> Judgement:
        with self.snapshot():
            judgement = self._judged(parse_statement(statement, self.vocab))
            decisive = self.index.with_evidence(c for p in judgement.parts for c in p.decisive)
            for part in judgement.parts:
                part.decisive = [decisive[c.id] for c in part.decisive]
            return judgement

    def _judged(self, parsed: ParsedStatement) -> Judgement:
        """The judgement of `parsed`, of each reading of a numeric date an English writer may
        mean either way round (factdb.check.date_orders): the writer's order where another
        date fixes it, else a verdict both readings give, else not enough info."""
        orders = read_orders(parsed)
        if orders is None or orders.convention == "day":
            return self.judge.judge(parsed)
        other = self.judge.judge(parse_statement(orders.swapped, self.vocab))
        if orders.convention == "month":
            why = self.judge.words.month_first(orders.written, other.explanation)
            return Judgement(parsed.text, other.verdict, why, other.parts)
        first = self.judge.judge(parsed)
        if first.verdict == other.verdict:
            return first
        why = self.judge.words.date_orders(
            orders.written, orders.day_first, (first.verdict, other.verdict), first.explanation
        )
        return Judgement(parsed.text, NEI, why, first.parts)

    def source_text(self, source_id: str) -> str:
        with self.snapshot():
            return self.index.source_text(source_id)

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of running text, not split at abbreviations or inside
        numbers (1.000)."""
        return sentence_spans(text, abbreviations())
