"""Stage 1 of checking (factdb.check.parse), the clauses of a statement: where a clause
ends or breaks (a comma between two names is a list's), what joins two acts as conjuncts, and
the part set off by commas that asserts an act of its own: a relative clause or an opening
phrase of an earlier act (subordinate_clause, main_clause), and the aside whose denial or date
is its own, not the sentence's (read_aside).
"""

from __future__ import annotations

from factdb.check.statement import Cue, ParsedStatement
from factdb.check.wording import list_joiners
from factdb.lexicon.index import abbreviations, phrase_keys
from factdb.lexicon.index import fillers as filler_words
from factdb.text.covered import overlaps, within
from factdb.text.sentences import CLAUSE_BREAKS, CLAUSE_END, sentence_spans
from factdb.text.tokens import word_keys


def clause_end(text: str, start: int) -> int:
    """Where the clause going on at `start` ends: at a clause break, or at its sentence's end,
    which a full stop after an abbreviation is not ("After the Feb. 19 meeting, ...")."""
    breaks = (i for i in range(start, len(text)) if text[i] in CLAUSE_BREAKS)
    # the sentence's span takes its closing mark, as the reasons quote it ("sau khi gặp ...
    # Tokayev."); a clause of that mark alone has no words
    sentence = next((e for _, e in sentence_spans(text, abbreviations()) if e > start), len(text))
    return min(next(breaks, len(text)), sentence)


def _relative_openers(parsed: ParsedStatement) -> list[Cue]:
    """The relative pronouns that open a clause set off by a comma ("Orbán, who ...")."""
    text = parsed.text
    return [
        c
        for c in parsed.grammar
        if c.kind == "relative_pronoun" and text[: c.start].rstrip().endswith(",")
    ]


def subordinate_clause(parsed: ParsedStatement) -> tuple[int, int, bool] | None:
    """A part of the sentence that asserts an act of its own beside the main one, with an act
    of the main clause after it: a relative clause set off by commas ("Prabowo, who had hosted
    Lam in Jakarta, met him ...", "Thủ tướng Orbán, người vừa tiếp ..., gặp ...") or a phrase
    that opens the sentence with a word of an earlier act (`subordinate_openers` in
    lexicon/<lang>/statements.yaml: "Having visited Phnom Penh ..., Lam met ...", "Vừa từ Baku
    sang, ..."). Its (start, end) from the comma before it (or the sentence's start) to the
    comma closing it, and whether a word of an earlier act opens it. None where there is none."""
    text = parsed.text
    words = parsed.tokens.words()
    keys = [k for k, _, _ in words]
    openers = phrase_keys("statements", "subordinate_openers", (parsed.lang,))

    def earlier(at: int) -> bool:
        i = next((k for k, (_, s, _) in enumerate(words) if s >= at), len(words))
        return any(tuple(keys[i : i + len(o)]) == o for o in openers)

    def act_after(close: int) -> bool:
        return any(t.start > close and t.kind == "trigger" for t in parsed.triggers)

    first = text.find(",")
    if words and first > 0 and earlier(words[0][1]) and act_after(first):
        return 0, first + 1, True
    for cue in _relative_openers(parsed):
        close = text.find(",", cue.end)
        if close < 0 or not act_after(close):
            continue
        comma = text.rfind(",", 0, cue.start)
        # "người đã", "người từng": the pronoun's own last word may say the act was earlier
        return comma, close + 1, earlier(cue.end) or tuple(word_keys(cue.text)[-1:]) in openers
    return None


def main_clause(parsed: ParsedStatement, span: tuple[int, int]) -> str:
    """The sentence without the part `span` holds (subordinate_clause)."""
    text = parsed.text
    return (text[: span[0]].rstrip() + " " + text[span[1] :].lstrip()).strip()


def _read_dated_aside(parsed: ParsedStatement) -> None:
    """A date inside a clause set off by commas that names nothing and holds no trigger
    ("Prabowo, who took office in October 2024, met Lam", "Ông Prabowo, người nhậm chức tháng
    10/2024, gặp ..."): it dates the clause's act, which nothing reads, not the sentence's. The
    date is taken out of the sentence's dates and the clause set aside, so that what it says is
    something the claims must bear out apart. A clause that names an office or holds a trigger
    ("who became prime minister in 2010") is read by those, its date with it."""
    text = parsed.text
    named = [(m.start, m.end) for m in parsed.entities]
    for cue in _relative_openers(parsed):
        inner = next((d for d in parsed.dates if d.start >= cue.end), None)
        if inner is None or "," in text[cue.end : inner.start]:
            continue
        close = text.find(",", inner.end)
        if close < 0 or overlaps(cue.end, close, named):
            continue  # the clause is the rest of the sentence, or says something of a name
        dated = [d for d in parsed.dates if cue.end <= d.start < close]
        spans = [(d.start, d.end) for d in dated]
        inside = [t for t in parsed.triggers if cue.start <= t.start < close]
        # a trigger the date's cue took in ("took office in 2010") is the date's, no act
        if any(not within(t.start, t.end, spans) for t in inside):
            continue
        if not any(t.start >= close for t in parsed.triggers):
            continue
        starts = {id(parsed.dates[i]) for i in parsed.starts}
        parsed.dates = [d for d in parsed.dates if not any(d is e for e in dated)]
        parsed.starts = [i for i, d in enumerate(parsed.dates) if id(d) in starts]
        parsed.aside = Cue("aside", cue.target, text[cue.start : close], cue.start, close)
        _take_out(parsed, inside)
        return


def read_aside(parsed: ParsedStatement) -> None:
    """A clause set off by commas that holds a denial, or else a date, of its own."""
    _read_denied_aside(parsed)
    if parsed.aside is None:
        _read_dated_aside(parsed)


def _read_denied_aside(parsed: ParsedStatement) -> None:
    """A denial inside a clause opened by a relative pronoun and closed by a comma (or the end)
    is the clause's: it and the triggers inside are taken out of the sentence's reading."""
    negation = parsed.negation
    if negation is None:
        return
    text = parsed.text
    for cue in _relative_openers(parsed):
        if not cue.end <= negation.start:
            continue
        close = text.find(",", negation.end)
        end = close if close >= 0 else len(text)
        inside = [t for t in parsed.triggers if cue.start <= t.start and t.end <= end]
        outside = [t for t in parsed.triggers if t not in inside]
        if close < 0 or not outside:
            continue  # the clause is the rest of the sentence, or holds all it says
        parsed.aside = Cue("aside", cue.target, text[cue.start : end], cue.start, end)
        parsed.negation = None
        _take_out(parsed, inside)
        return


def _take_out(parsed: ParsedStatement, inside: list[Cue]) -> None:
    """Take the triggers of a clause set aside out of the sentence's reading, and the
    predicates only they read."""
    parsed.triggers = [t for t in parsed.triggers if t not in inside]
    kept = {t.target for t in parsed.triggers}
    for t in inside:
        if t.target not in kept and parsed.predicates.get(t.target, "").startswith(
            ("trigger", "antonym")
        ):
            del parsed.predicates[t.target]


def breaks_clause(parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether a clause ends between `start` and `end`. A comma between two names is a list's
    ("invites Trump, first lady to visit Vietnam", "mời Tổng thống Trump, bà Melania Trump", as
    headlines write "and"), not a clause's; an honorific or other filler may stand before the
    second name."""
    text = parsed.text
    ends = {m.end for m in parsed.entities}
    starts = sorted(m.start for m in parsed.entities)
    folded = filler_words().folded
    for mark in CLAUSE_END.finditer(text, start, end):
        before = len(text[: mark.start()].rstrip())
        after = next((s for s in starts if s >= mark.end()), None)
        between = word_keys(text[mark.end() : after]) if after is not None else None
        listed = between is not None and all((w,) in folded for w in between)
        if not (mark.group() == "," and before in ends and listed):
            return True
    return False


def conjunct(parsed: ParsedStatement, end: int, start: int) -> bool:
    """Whether the words from `end` to `start` hold a clause break or a list joiner: what
    stands on either side are two acts of their own ("conveyed greetings to Trump and invited
    him"), not one act and its vehicle ("thư mời")."""
    if set(parsed.text[end:start]) & CLAUSE_BREAKS:
        return True
    between = [w for w, s, e in parsed.tokens.words() if end <= s and e <= start]
    return any(
        tuple(between[k : k + len(j)]) == j
        for j in list_joiners(parsed.lang)
        for k in range(len(between))
    )


def repeated_verbs(parsed: ParsedStatement) -> list[tuple[int, int, bool]]:
    """(end, start, marked) of each list joiner (with no mark before it) right before an act's
    verb said again: the same words of the same act as a verb before it in the sentence, nothing
    breaking the clause between ("the leaders congratulated Lam on his re-election and
    congratulated Vietnam on ...", "chúc mừng Tô Lâm vừa tái cử và chúc mừng Việt Nam ..."). The
    verb said again opens a clause of its own, as a comma before the joiner would, of the first
    verb's subject; another verb of the same act ("trao đổi ... và gặp ...") may go on with a
    pronoun of the first clause, and stays in it. Marked, as that comma is: the joiner joins no
    list there."""
    text = parsed.text
    joiners = list_joiners(parsed.lang)
    words = parsed.tokens.words()
    acts = [t for t in parsed.triggers if t.kind == "trigger"]
    longest = max((len(j) for j in joiners), default=0)
    found = []
    for i, (_, start, _) in enumerate(words):
        keys = tuple(w for w, _, _ in words[i : i + longest])
        joiner = next((j for j in joiners if keys[: len(j)] == j), None)
        if joiner is None or i + len(joiner) >= len(words):
            continue
        verb_at = words[i + len(joiner)][1]
        verb = next((t for t in acts if t.start == verb_at), None)
        # after a mark, the joiner is clause_breaks' (stance.clause_breaks)
        if verb is None or text[:start].rstrip()[-1:] in CLAUSE_BREAKS:
            continue
        said = word_keys(verb.text)
        if any(
            t.target == verb.target
            and word_keys(t.text) == said
            and t.end <= start
            and not breaks_clause(parsed, t.end, start)
            for t in acts
        ):
            found.append((len(text[:start].rstrip()), verb_at, True))
    return found
