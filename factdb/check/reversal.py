"""Acts said with their parties' roles denied the other way round: "Pashinyan invited Lam to
Armenia, not the other way round", "..., chứ không phải ngược lại".

Such a statement says two things: the act as written, and that its doer did not receive it
from the one it reached. The second is refuted where the claims bear out the act turned round:
Lam invited Pashinyan. The words that say so are `reversals` in lexicon/<lang>/statements.yaml;
the judge reads the sentence without them, and again with the two parties swapped
(Judge._reversed). The act turned round drops the words after its second party (the place
"to Armenia" is the first doer's country, not the other's), unless they name a date or an
event: those fix an occasion, which the act turned round keeps, so that an act of another
occasion is never refuted.
"""

from __future__ import annotations

from factdb.check.assertions import predications
from factdb.check.statement import Mention, ParsedStatement, phrases_at
from factdb.lexicon.vocabulary import EVENT, Vocabulary
from factdb.text.sentences import CLAUSE_BREAKS

# What may stand between the act and the words of its reversal: the comma that sets them off.
_SEPARATORS = " ,;"


def reversal(parsed: ParsedStatement) -> tuple[int, int] | None:
    """Where the statement says its act is not the other way round, if it does."""
    return next(iter(phrases_at(parsed, "statements", "reversals")), None)


def without_reversal(text: str, span: tuple[int, int]) -> str:
    """The statement without the words of its reversal (and the comma before them)."""
    return text[: span[0]].rstrip(_SEPARATORS) + text[span[1] :]


def turned_round(parsed: ParsedStatement, vocab: Vocabulary) -> str | None:
    """The statement's first directed act with its doer and the first one it reaches swapped,
    each with the titles before its name ("Tổng Bí thư Tô Lâm mời Ông Pashinyan" of "Ông
    Pashinyan mời Tổng Bí thư Tô Lâm sang thăm Armenia"), or None where no act of one
    direction binds both by name in the active voice (a meeting turned round is the same
    meeting). The words after the second party are kept where they give a date or name an
    event, which fix the occasion."""
    text = parsed.text
    for act in predications(parsed, vocab):
        pred = vocab.predicates.get(act.predicate)
        if pred is None or pred.symmetric:
            continue
        if act.agent is None or not act.patients or act.passive or act.given:
            continue
        doers = [m for m in parsed.entities if act.agent in m.ids and m.end <= act.start]
        reached = next(
            (m for m in parsed.entities if act.patients[0] in m.ids and m.start >= act.end), None
        )
        if not doers or reached is None:
            continue
        doer = doers[-1]
        # the doer's words open its clause; the other's follow the verb
        opens = max(
            (i + 1 for i, c in enumerate(text[: doer.start]) if c in CLAUSE_BREAKS), default=0
        )
        first, second = text[opens : doer.end].strip(), text[act.end : reached.end].strip()
        occasion = any(d.start >= reached.end for d in parsed.dates) or any(
            m.start >= reached.end and _names_event(m, vocab) for m in parsed.entities
        )
        rest = text[reached.end :] if occasion else ""
        verb = text[doer.end : act.end]
        return f"{text[:opens]}{' ' if opens else ''}{second}{verb} {first}{rest}"
    return None


def _names_event(mention: Mention, vocab: Vocabulary) -> bool:
    return any(i in vocab.entities and vocab.entities[i].type == EVENT for i in mention.ids)
