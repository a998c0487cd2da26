"""The checking pipeline as a library: statement → parse → match → judge.

from factdb.check import Checker
checker = Checker.open()            # the default database, built if needed
checker.check("Hungary approved 400 million USD of ODA for Vietnam").verdict
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sqlalchemy import Engine, select

from factdb.judge import Judge, Judgement
from factdb.lexicon import load as load_lexicon
from factdb.match import ClaimIndex
from factdb.models import Source
from factdb.parse import ParsedStatement, parse_statement
from factdb.text import fold, nfc
from factdb.vocabulary import LANGS, Vocabulary, load_vocabulary

SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+|\n\s*\n|\n")


@cache
def _abbreviations() -> frozenset[str]:
    """Words after which a full stop does not end a sentence, folded, from every language."""
    return frozenset(
        fold(nfc(a))
        for lang in LANGS
        for a in load_lexicon(lang, "statements").get("abbreviations", [])
    )


class Checker:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.vocab: Vocabulary = load_vocabulary(engine)
        self.index = ClaimIndex(engine)
        self.judge = Judge(self.vocab, self.index)

    @classmethod
    def open(cls, url: str | None = None) -> Checker:
        from factdb.db import ensure_ready, make_engine

        engine = make_engine(url)
        ensure_ready(engine)
        return cls(engine)

    def parse(self, statement: str) -> ParsedStatement:
        return parse_statement(statement, self.vocab)

    def check(self, statement: str) -> Judgement:
        return self.judge.judge(self.parse(statement))

    @lru_cache(maxsize=256)  # noqa: B019 - one Checker lives as long as the process
    def source_text(self, source_id: str) -> str:
        with self.engine.connect() as conn:
            return conn.execute(select(Source.text).where(Source.id == source_id)).scalar_one()

    def sentences(self, text: str) -> list[str]:
        """Split running text into sentences, not at abbreviations or inside numbers (1.000)."""
        abbreviations = _abbreviations()
        pieces: list[str] = []
        start = 0
        for match in SENTENCE_END.finditer(text):
            candidate = text[start : match.start()].strip()
            last_word = candidate.rsplit(None, 1)[-1] if candidate else ""
            if fold(last_word) in abbreviations:
                continue
            if candidate:
                pieces.append(candidate)
            start = match.end()
        tail = text[start:].strip()
        if tail:
            pieces.append(tail)
        return pieces
