"""A question followed by its answer: "Did Lam skip the summit? No, he attended it.", "Ai nói
Tổng Bí thư không gặp ông Orbán? Gặp rồi nhé." (issue 10, session 36).

A sentence that asks asserts nothing: the denial, the act and the date inside it are the
question's, not the writer's ("Who says Lam didn't meet Orbán?" denies the denial). What the
statement asserts is its answer, the words after the last question. The answer is judged on
its own words; where it leans on the question ("No, he attended it", "Gặp rồi"), it names
nothing of its own and stays open, which is the safe reading of a question and its answer.
"""

from __future__ import annotations

import re

from factdb.lexicon.index import phrase_keys
from factdb.text.tokens import phrase_spans, tokenize

# What sets an answer word off from the answer's own words: "No, he ...", "Sai: ...".
_SET_OFF = ",.:;!-–—"
# A question mark that ends a sentence, with words after it: not one at the statement's end
# (parse reads that as a question), nor one inside a web address ("?id=3").
_ASKED = re.compile(r"\?[\"'”»)]*\s+(?=\S)")


def answer(text: str) -> str | None:
    """The words after the last sentence of `text` that asks, where another follows it."""
    found = list(_ASKED.finditer(text))
    if not found:
        return None
    said = text[found[-1].end() :].strip()
    return _unopened(said) or None


def _unopened(said: str) -> str:
    """The answer without the word that answers the question ("No, Lam attended it": Lam
    attended it), set off by a mark (`answer_words` in lexicon/<lang>/statements.yaml): it
    answers what was asked, and read with the answer it would deny or label it."""
    words = tokenize(said).words()
    for start, end in phrase_spans(words, phrase_keys("statements", "answer_words")):
        rest = said[end:].lstrip()
        if start == 0 and rest[:1] and rest[0] in _SET_OFF:
            return rest[1:].strip()
    return said
