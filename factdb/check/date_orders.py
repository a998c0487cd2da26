"""Numeric dates an English writer may mean either way round: "on 2/10", "2/10/2026".

Numeric dates are read day first (factdb.extract.dates), as Vietnamese and European writers
write them; a pair that cannot be day first ("2/18") is an American month and day. English copy
is written both ways, so a pair valid either way round ("2/10": 2 October or 10 February) says
no one date. Where another numeric date of the statement can be read one way only ("19/2",
"2/18"), that is the writer's convention and fixes the reading; otherwise the statement is
judged both ways (check.checker.Checker.check): a verdict both readings give stands, and where
they differ it is not enough info, with a reason naming the ambiguity. Vietnamese copy writes
day first, so its dates are read that way only (`numeric_either_order` in
lexicon/<lang>/dates.yaml says which languages write both).
"""

from __future__ import annotations

import datetime as dt
import re

from factdb.check.statement import ParsedStatement
from factdb.lexicon.index import load as load_lexicon
from factdb.records import dataclass

# A numeric day and month, with a year or not, at the end of a date's words ("on 2/10").
_PAIR = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/\d{2}(?:\d{2})?)?$")


@dataclass(frozen=True)
class Orders:
    """An English statement's numeric dates valid both ways round."""

    # the statement with those dates' numbers swapped: read day first, the month-first reading
    swapped: str
    # the dates as written, and as each reading gives them
    written: tuple[str, ...]
    day_first: tuple[dt.date, ...]
    # "day" or "month" where another numeric date fixes the writer's order, else None
    convention: str | None


def read_orders(parsed: ParsedStatement) -> Orders | None:
    """The numeric dates of `parsed` valid day first and month first, if any (see the module
    docstring)."""
    if not load_lexicon(parsed.lang, "dates").get("numeric_either_order"):
        return None
    either, orders = [], set()
    for d in parsed.dates:
        found = _PAIR.search(d.text)
        if found is None:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        if first <= 12 and second <= 12:
            if first != second:
                either.append((d, found))
        elif second <= 12:
            orders.add("day")  # "19/2"
        else:
            orders.add("month")  # "2/18"
    if not either:
        return None
    text = parsed.text
    for d, found in either:
        at = d.start + found.start()
        a, b = found.group(1), found.group(2)
        text = text[:at] + b + "/" + a + text[at + len(a) + 1 + len(b) :]
    return Orders(
        swapped=text,
        written=tuple(found.group(0) for _, found in either),
        day_first=tuple(d.first for d, _ in either),
        convention=orders.pop() if len(orders) == 1 else None,
    )
