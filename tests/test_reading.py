"""`factdb parse` reads a statement once: every stage it shows (assertions, whose words, who
each verb binds) reads that one parse (factdb.check.checker.Reading), not a parse of its own."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import assert_ok
from sqlalchemy import Engine

import factdb.check.checker as checker_module
from factdb.check.statement import ParsedStatement
from factdb.cli import main
from factdb.lexicon.vocabulary import Vocabulary

# A title on a name, a speaker's words and a verb with its parties: every stage has a reading.
STATEMENT = "Hungarian Prime Minister Orbán said Vietnam would receive 400 million USD of ODA"


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_parse_reads_the_statement_once(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    read = checker_module.parse_statement
    calls: list[str] = []

    def counted(text: str, vocab: Vocabulary) -> ParsedStatement:
        calls.append(text)
        return read(text, vocab)

    monkeypatch.setattr(checker_module, "parse_statement", counted)
    url = real_engine.url.render_as_string(hide_password=False)
    result = assert_ok(CliRunner().invoke(main, ["--db", url, "parse", STATEMENT, "--format", fmt]))
    assert calls == [STATEMENT]
    if fmt == "json":
        shown = json.loads(result.output)
        assert shown["assertions"] and shown["speaker"] and shown["binds"], shown
