"""Numbers, money, quantities, comparators and ranks in English and Vietnamese statements.

The grammar here is language-neutral; every word it knows comes from
``factdb/lexicon/<lang>/numbers.yaml`` through :mod:`factdb.lexicon.index`, with both languages
at every token. A match reads, in order: comparators ("more than", "khoảng"; stacked ones such as
"ít nhất cũng đạt" are decided by the one that does not yield), words naming the figure after a
verb ("passed the", "vượt qua mốc"), a range opener ("between", "từ"), an amount (a currency
before it, a number in digits or words or a fraction of a scale or unit ("half a billion"),
scales, a unit, a multiple ("three decades") or cents after it), a range connector and a second
amount, a comparator written after ("or more", "trở lên"), a rate ("a year", "mỗi năm",
swallowed), a marker noun ("mark", "threshold") and a restatement in brackets ("năm (05)").
A rank is an ordinal, a prefixed number ("No. 2", "thứ hai") or a superlative; an ordinal before
"anniversary" is an age in years instead. Phrases listed as no numbers ("two-way", "hai chiều")
are skipped.

Digits: "," and "." are both read either way. When both occur the last is the decimal mark
("1.234,56", "1,234.56"); one kind occurring several times separates thousands ("1,234,567",
"1.200.000"); occurring once before exactly three digits it separates thousands too ("1,000" =
"1.000" = 1000), unless the integer part is all zeros ("0,400" = 0.4) or longer than three
digits; otherwise it is the decimal mark ("1,5" = "1.5" = 1.5). Any other grouping ("192.168.1.2")
is not a number.

Numbers that :func:`factdb.dates.find_dates` reads as part of a date ("năm 2025", "19/2") are
never quantities.
"""

from __future__ import annotations

import math

# dates' token spans are read from the same cached tokens; every reader imports both modules
from factdb.extract.dates import date_token_spans, may_start, written_at
from factdb.lexicon import index as lexicon
from factdb.lexicon.index import Entry, Index
from factdb.lexicon.kept import kept_by_key
from factdb.records import dataclass, replace
from factdb.text.sentences import CLAUSE_BREAKS, SENTENCE_ENDS
from factdb.text.tokens import DIGITS, OTHER, WORD, Tokens, tokenize

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from factdb.lexicon.index import Phrase


@dataclass(frozen=True)
class Quantity:
    text: str  # the matched surface text, including comparator and unit words
    start: int  # offsets into the input string (end exclusive)
    end: int
    value: float  # the number as stated ("1,5 tỷ" -> 1.5e9); a range gives its first end
    low: float | None  # interval after the comparator; None = unbounded
    high: float | None
    low_open: bool
    high_open: bool
    unit: str | None  # canonical unit id (USD, VND, percent, rank, ...), None for a bare number
    comparator: str | None  # the comparator's op from the lexicon, None if none
    # The comparator word is also a verb of an act ("Hungary clears $400m": approves; `ambiguous`
    # in the lexicon): the figure may be the act's own amount, so it refutes only where the
    # amount as stated does too (factdb.check.judge).
    ambiguous: bool = False
    # The comparator word says the figure was reached ("reached", "hit", "cán mốc": `reaches` in
    # the lexicon): a mark a rising figure got to, which passing it bears out (factdb.check.assess).
    reached: bool = False

    def as_stated(self) -> Quantity:
        """The amount without its comparator: what an ambiguous comparator's act was done to."""
        x = self.value
        return replace(self, low=x, high=x, low_open=False, high_open=False, comparator=None)

    def kept_under(self, text: str, end: int, strict: bool) -> Quantity | None:
        """This figure said not to have reached its own amount ("came close to $1bn without
        reaching it": under it, `strict`; "... without exceeding it": at most it), its words to
        `end` in `text`. None where its line holds nothing under the amount."""
        x = self.value
        low, low_open = self.low, self.low_open
        if low == x and self.high == x:
            low, low_open = None, False  # the amount was only a mark ("neared $1bn"): under it
        if low is not None and (low > x or (low == x and (strict or low_open))):
            return None
        if self.high is not None and (self.high < x or (self.high == x and self.high_open)):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = x, strict
        return replace(
            self,
            text=text[self.start : end],
            end=end,
            low=low,
            low_open=low_open,
            high=high,
            high_open=high_open,
            ambiguous=False,
            reached=False,
        )

    def denied(self, text: str, start: int) -> Quantity | None:
        """The figure a denial of this one's bound says, its words from `start` in `text`: "did
        not top $1bn" is at most $1bn, "never reached $1bn" under it, "not under 200" at least
        200. None where the rest of the line is two stretches (an exact or approximate figure)
        or the bound has a far side ("just over 200")."""
        if self.reached:
            low, high, low_open, high_open, op = None, self.value, False, True, "lt"
        elif self.high is None and self.low is not None:
            low, high, low_open, high_open = None, self.low, False, not self.low_open
            op = "lt" if high_open else "le"
        elif self.low is None and self.high is not None:
            low, high, low_open, high_open = self.high, None, not self.high_open, False
            op = "gt" if low_open else "ge"
        else:
            return None
        return replace(
            self,
            text=text[start : self.end],
            start=start,
            low=low,
            high=high,
            low_open=low_open,
            high_open=high_open,
            comparator=op,
            ambiguous=False,
            reached=False,
        )


# More digits than any amount a statement gives (a billion billion has 19).
MAX_DIGITS = 18


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text``: non-overlapping, in text order."""
    if not text:
        return []
    toks = tokenize(text)
    if not may_start(toks, _start_keys()):
        return []
    blocked = bytearray(len(toks))
    for first, end in date_token_spans(text):
        blocked[first:end] = b"\x01" * (end - first)
    _block_not_numbers(toks, blocked)
    # A scale can still lift a long number past what a float holds ("9…9 tỷ tỷ").
    return [q for q in _Scanner(toks, blocked).run() if math.isfinite(q.value)]


def _block_not_numbers(toks: Tokens, blocked: bytearray) -> None:
    """Block phrases that hold a number word but no quantity ("two-way", "hai chiều")."""
    idx = lexicon.numbers()
    kinds_for = idx.kinds_for
    for k, key in enumerate(toks.keys):
        have = kinds_for.get(key)
        if have is not None and "not_number" in have and not blocked[k]:
            found = idx.at(toks, k, "not_number")
            if found:
                blocked[k : k + len(found[0].keys)] = b"\x01" * len(found[0].keys)


# A number word that may not stand alone is still a number right before one of these: a
# clause's or a sentence's end, a closing bracket or quotation mark, a separator.
_CLAUSE_END = SENTENCE_ENDS | CLAUSE_BREAKS | frozenset(")]}\"'|/…")
# the units that measure time, whose noun a preposition may open a clause with ("Sau ngay hop")
_PERIODS = frozenset(("day", "year", "hour"))
_SIGNS = frozenset(".,-")  # may start a number: ".77", ",77", "-5"
_CANNOT_START = frozenset(("and", "point", "zero_tens", "half", "tens_mult"))
_AMOUNT_STARTS = frozenset(
    ("comparator", "range_open", "unit", "negative", "vague", "number", "scale", "fraction")
)
_RANK_STARTS = frozenset(("top", "ordinal", "rank_prefix", "superlative"))
# How many tokens back "one of" ("một trong những") keeps a superlative from being rank 1:
# Vietnamese sets the noun, and a count, between them ("một trong ba đối tác thương mại lớn
# nhất", one of the three largest trading partners, is not the largest).
_NOT_RANK_REACH = 10
_STARTS = tuple(sorted(_AMOUNT_STARTS | _RANK_STARTS))
_NO_KINDS: frozenset[str] = frozenset()
# Comparators read in one stack ("ít nhất cũng đạt"): a bound keeps the scan linear when a text
# repeats comparator words.
_MAX_STACK = 3
_ROLES_CONTENT = frozenset(
    ("unit", "teen", "tens", "ten", "tens_mult", "hundred", "scale", "point", "half")
)


@kept_by_key
def _start_keys() -> dict[str, tuple[Phrase, ...]]:
    """Tokens where a quantity may begin (besides digits), with the phrases that begin there:
    most words are skipped at once. Kept between runs apart from the number index
    (dates.may_start)."""
    return lexicon.numbers().starts(_STARTS, _CANNOT_START)


def _clean(value: float) -> float:
    """Drop binary noise from scaled decimals (0.4 * 1e9 is 400000000.00000006)."""
    return float(f"{value:.15g}")


def _read_digits(groups: list[str], seps: list[str]) -> float | None:
    """The value of digit groups joined by separators (the rule in the module docstring)."""
    if not seps:
        return float(groups[0])
    if len(set(seps)) == 2:
        decimal = seps[-1]
        if seps.count(decimal) != 1 or not _grouped(groups[:-1]):
            return None
        return float("".join(groups[:-1]) + "." + groups[-1])
    if len(seps) > 1:
        return float("".join(groups)) if _grouped(groups) else None
    whole, part = groups
    if len(part) == 3 and len(whole) <= 3 and whole.strip("0"):
        return float(whole + part)
    return float(whole + "." + part)


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


@dataclass(slots=True)
class _Num:
    value: float
    end: int  # token index after the number
    base: float  # value before scale words ("30 triệu" -> 30), for "20-30 triệu"
    integral: bool  # written without decimals or scales: may take cents
    lone: Entry | None = None  # the entry, when the number is one word that has an alone rule
    article: bool = False  # only "a"/"an": a number only before a unit name
    low: float | None = None  # vague amounts ("hàng trăm") carry their own interval
    high: float | None = None


@dataclass(slots=True)
class _Amount:
    start: int
    end: int
    num: _Num
    unit: str | None
    money: bool


class _Scanner:
    def __init__(self, toks: Tokens, blocked: bytearray) -> None:
        self.toks = toks
        self.keys = toks.keys
        self.kinds = toks.kinds
        self.n = len(toks)
        self.blocked = blocked
        self.idx: Index = lexicon.numbers()
        self.kinds_for = self.idx.kinds_for
        self.spoken_hundreds = lexicon.number_settings()
        self.unaccented: bool | None = None  # the whole text written bare (_maybe_other_word)

    # -- driver ---------------------------------------------------------------------------

    def run(self) -> list[Quantity]:
        found: list[Quantity] = []
        i, n, keys, starts = 0, self.n, self.keys, _start_keys()
        while i < n:
            if self.blocked[i] or (
                self.kinds[i] != DIGITS
                and keys[i] not in starts
                # a sign is asked about only where one is written: most words are none
                and (keys[i] not in _SIGNS or not self._sign_starts(i))
            ):
                i += 1
                continue
            if self.kinds[i] == WORD and not written_at(self.toks, i, starts[keys[i]]):
                # A word reads a quantity or a rank only through a phrase of these kinds at it;
                # none is written here ("Nam" of "Việt Nam" is no "năm"): nothing to try.
                i += 1
                continue
            got = self._quantity_at(i)
            if got is None or not self.kinds_for.get(keys[i], _NO_KINDS).isdisjoint(_RANK_STARTS):
                rank = self._rank_at(i)
                if rank is not None and (got is None or rank[2] > got[2]):
                    got = rank  # "twenty-fifth anniversary" is an ordinal, not twenty
            if got is None or any(self.blocked[got[1] : got[2]]):
                i += 1
                continue
            quantity, _, end = got
            found.append(quantity)
            i = end
        return found

    def _make(
        self,
        first: int,
        end: int,
        value: float,
        low: float | None,
        high: float | None,
        low_open: bool,
        high_open: bool,
        unit: str | None,
        op: str | None,
        ambiguous: bool = False,
        reached: bool = False,
    ) -> tuple[Quantity, int, int]:
        start, stop = self.toks.span(first, end)
        if low is not None and high is not None and low > high:
            low, high, low_open, high_open = high, low, high_open, low_open
        quantity = Quantity(
            self.toks.text[start:stop],
            start,
            stop,
            _clean(value),
            None if low is None else _clean(low),
            None if high is None else _clean(high),
            low_open,
            high_open,
            unit,
            op,
            ambiguous,
            reached,
        )
        return quantity, first, end

    # -- helpers ----------------------------------------------------------------------------

    def _first(self, k: int, kinds: str | tuple[str, ...]) -> Entry | None:
        if k >= self.n or self.blocked[k]:
            return None
        have = self.kinds_for.get(self.keys[k])  # inline quick "no": this runs per token
        if have is None or (
            kinds not in have if isinstance(kinds, str) else have.isdisjoint(kinds)
        ):
            return None
        for entry in self.idx.at(self.toks, k, kinds):
            if not entry.get("attached") or self.toks.touching(k):
                return entry
        return None

    def _sign_starts(self, k: int) -> bool:
        """ "-5", ".77", "-,0012": a sign or a decimal mark before digits."""
        keys, kinds, n = self.keys, self.kinds, self.n
        if keys[k] not in _SIGNS or k + 1 >= n:
            return False
        if kinds[k + 1] == DIGITS:
            return True
        return keys[k] == "-" and keys[k + 1] in ".," and k + 2 < n and kinds[k + 2] == DIGITS

    def _clause_end(self, k: int) -> bool:
        return k >= self.n or (self.kinds[k] == OTHER and self.keys[k] in _CLAUSE_END)

    def _glued_word_before(self, k: int) -> bool:
        """Digits stuck to a word or a word-and-dash ("U23", "COVID-19") are an identifier."""
        toks = self.toks
        if not toks.touching(k):
            return False
        if self.kinds[k - 1] == WORD:
            return True
        return self.keys[k - 1] in "-/" and toks.touching(k - 1) and self.kinds[k - 2] == WORD

    # -- numbers ----------------------------------------------------------------------------

    def _digits(self, k: int) -> tuple[float, int] | None:
        """The digit numeral at token k ("1.234,56", ".77") and the token after it."""
        keys, kinds, toks, n = self.keys, self.kinds, self.toks, self.n
        if (
            k >= 2
            and keys[k - 1] in ".,"
            and toks.touching(k)
            and toks.touching(k - 1)
            and kinds[k - 2] == DIGITS
        ):
            return None  # inside a run already read (and rejected): keeps the scan linear
        if kinds[k] == DIGITS:
            groups, seps, j = [keys[k]], [], k + 1
        elif (
            keys[k] in ".,"
            and k + 1 < n
            and kinds[k + 1] == DIGITS
            and toks.touching(k + 1)
            and not (toks.touching(k) and kinds[k - 1] in (DIGITS, WORD))
        ):
            groups, seps, j = ["0", keys[k + 1]], ["."], k + 2  # ".77", ",77"
        else:
            return None
        while (
            j + 1 < n
            and keys[j] in ".,"
            and kinds[j + 1] == DIGITS
            and toks.touching(j)
            and toks.touching(j + 1)
        ):
            seps.append(keys[j])
            groups.append(keys[j + 1])
            j += 2
        if j + 1 < n and keys[j] == ":" and kinds[j + 1] == DIGITS and toks.touching(j):
            return None  # a clock time or a score ("11:52", "3:1")
        if sum(map(len, groups)) > MAX_DIGITS:
            return None  # an id, a phone number or noise; and 10**310 is no float
        value = _read_digits(groups, seps)
        return None if value is None else (value, j)

    def _number(self, j: int, after_unit: bool = False) -> _Num | None:
        """A number at token j: signed digits with scales, number words, or a vague amount."""
        keys, kinds, toks = self.keys, self.kinds, self.toks
        sign = 1.0
        neg = self._first(j, "negative")
        if neg is not None:
            sign, j = -1.0, j + len(neg.keys)
        elif (
            keys[j] == "-"
            and j + 1 < self.n
            and (
                kinds[j + 1] == DIGITS
                or (keys[j + 1] in ".," and j + 2 < self.n and kinds[j + 2] == DIGITS)
            )
            and (
                (toks.touching(j + 1) and not (toks.touching(j) and kinds[j - 1] in (WORD, DIGITS)))
                or j == 0
            )
        ):
            sign, j = -1.0, j + 1  # "-5", and "- 5" at the start of the text
        if j >= self.n or self.blocked[j]:
            return None
        num = self._vague(j) if sign > 0 else None
        if num is None and kinds[j] == WORD:
            num = self._fraction(j)
        if num is None:
            num = (
                self._digit_number(j, after_unit) if kinds[j] in (DIGITS, OTHER) else self._words(j)
            )
        if num is None:
            return None
        if sign < 0:
            num.value, num.base = -num.value, -num.base
        return num

    def _vague(self, j: int) -> _Num | None:
        entry = self._first(j, "vague")
        if entry is None:
            return None
        value, low, high = float(entry["value"]), float(entry["low"]), float(entry["high"])
        end = j + len(entry.keys)
        last_factor = 1.0
        while True:
            scale = self._scale_at(end)
            if scale is None or float(scale["value"]) <= last_factor:
                break  # "vài trăm nghìn": each scale larger than the last
            factor = last_factor = float(scale["value"])
            value, low, high = value * factor, low * factor, high * factor
            end += len(scale.keys)
        of = self._first(end, "vague_of")
        if of is not None and end > j + len(entry.keys):
            end += len(of.keys)
        lone = entry if end == j + len(entry.keys) and "alone" in entry.data else None
        return _Num(value, end, value, False, lone, False, low, high)

    def _fraction(self, j: int) -> _Num | None:
        """ "half a billion", "nửa triệu", "half a century": a fraction of a scale or a unit."""
        entry = self._first(j, "fraction")
        if entry is None:
            return None
        value, end = float(entry["value"]), j + len(entry.keys)
        scale = self._scale_at(end)
        if scale is not None:
            value *= float(scale["value"])
            return _Num(value, end + len(scale.keys), value, False)
        if self._unit_after(end) is not None:
            return _Num(value, end, value, False)  # the unit (or "century") is read after
        return None  # "half a chance": a fraction of nothing countable

    def _scale_at(self, k: int) -> Entry | None:
        """A scale word, or "hundred" (which scales too after digits or a vague amount)."""
        entry = self._first(k, ("scale", "number"))
        if entry is None:
            return None
        if entry.kind == "number":
            return entry if entry.get("role") == "hundred" else None
        return entry

    def _digit_number(self, k: int, after_unit: bool = False) -> _Num | None:
        got = self._digits(k)
        if got is None:
            return None
        value, j = got
        if not after_unit and self._glued_word_before(k):
            return None  # "U23", "COVID-19"; but "USD3.14", "Rs20"
        keys, kinds, toks = self.keys, self.kinds, self.toks
        integral = value == int(value)
        if (
            j + 1 < self.n
            and keys[j] == "/"
            and kinds[j + 1] == DIGITS
            and toks.touching(j)
            and toks.touching(j + 1)
            and float(keys[j + 1])
            and not (j + 2 < self.n and keys[j + 2] in "/.-" and toks.touching(j + 2))
        ):
            return _Num(value / float(keys[j + 1]), j + 2, value / float(keys[j + 1]), False)
        point = self._first(j, "number")
        if (
            point is not None
            and point.get("role") == "point"
            and value == int(value)
            and j + 1 < self.n
            and kinds[j + 1] == DIGITS
        ):
            value = float(f"{int(value)}.{keys[j + 1]}")  # "1 point 1", "2 chấm 23"
            j, integral = j + 2, False
        base = value
        total, group, last_scale = 0.0, value, math.inf
        if self._hyphened_scale(j):
            j += 1  # "400-million-dollar", "$1.5-billion": one compound modifier, not a range
        while j < self.n:
            scale = self._scale_at(j)
            if scale is not None and not (scale.get("decimal_only") and value == int(value)):
                factor = float(scale["value"])
                if factor == last_scale or (factor < last_scale and not group):
                    break  # "5 nghìn nghìn" is no number; "1 triệu 200 nghìn" is
                if factor > last_scale:
                    total = (total + group) * factor
                else:
                    total += group * factor
                group, last_scale, integral = 0.0, factor, False
                j += len(scale.keys)
                continue
            half = self._first(j, "number")
            if half is not None and half.get("role") == "half" and last_scale < math.inf:
                total += last_scale / 2  # "2 triệu rưỡi"
                j += 1
                break
            # "1 triệu 200 nghìn": digits after a scale only when a smaller scale follows
            if last_scale < math.inf and kinds[j] == DIGITS:
                more = self._digits(j)
                if more is not None:
                    after = self._scale_at(more[1])
                    if after is not None and float(after["value"]) < last_scale:
                        group, j = more[0], more[1]
                        continue
            break
        return _Num(total + group, j, base, integral)

    def _hyphened_scale(self, k: int) -> bool:
        """A hyphen at token k joining the digits before it to a scale word after it."""
        toks = self.toks
        return (
            k + 1 < self.n
            and self.keys[k] == "-"
            and toks.touching(k)
            and toks.touching(k + 1)
            and self._first(k + 1, "scale") is not None
        )

    def _words(self, k: int, stop: int | None = None) -> _Num | None:
        """A number in words at token k, in one language ("hai mươi mốt nghìn", "a million")."""
        keys, toks, idx = self.keys, self.toks, self.idx
        limit = self.n if stop is None else stop
        total, group, has_group = 0.0, 0.0, False
        last: str | None = None
        last_unit, last_scale = 0.0, math.inf
        lang: str | None = None
        j, end = k, k
        used: list[tuple[int, str, Entry]] = []  # every word read: (token, role, entry)
        while j < limit and not self.blocked[j]:
            if (
                keys[j] == "-"
                and toks.touching(j)
                and keys[j - 1] != "-"
                and (
                    last == "tens"
                    or (
                        last is not None
                        and toks.touching(j + 1)
                        and self._scale_at(j + 1) is not None
                    )
                )
            ):
                j += 1  # "twenty-one", "forty-five", "one-billion"
                continue
            chosen, role = None, ""
            for entry in idx.at(toks, j, ("number", "scale")):
                if entry.get("attached") or (lang is not None and entry.lang != lang):
                    continue
                role = entry["role"] if entry.kind == "number" else "scale"
                if self._allowed(role, entry, last, last_unit, group, has_group, last_scale, j):
                    chosen = entry
                    break
            if chosen is None:
                break
            lang = chosen.lang
            value = float(chosen.get("value") or 0)
            if role in ("unit", "teen", "ten", "tens"):
                if role == "tens" and last == "unit":
                    group = group * 100 + value  # spoken hundreds: "one twenty two"
                elif has_group and last != "scale":
                    group += value  # "twenty one", "hai trăm linh năm", "mười lăm"
                else:
                    group = value
                last_unit = value
            elif role == "tens_mult":
                group = group - last_unit + last_unit * 10 if last == "unit" else 10.0
            elif role == "hundred":
                group = (group if last in ("unit", "teen") else 1.0) * 100
            elif role == "scale":
                factor = float(chosen["value"])
                amount = group if has_group else (0.0 if last == "scale" else 1.0)
                if factor > last_scale:
                    total = (total + amount) * factor  # "three thousand millions", "nghìn tỷ"
                else:
                    total += amount * factor
                group, last_scale = 0.0, factor
            elif role == "article":
                group = 1.0
            elif role == "point":
                frac, after = self._fraction_digits(j + 1, lang)
                if frac is None:
                    break
                group += frac
                used.append((j, role, chosen))
                has_group, last, j, end = True, role, after, after
                continue
            elif role == "half":
                used.append((j, role, chosen))
                end = j + len(chosen.keys)
                if last == "scale":
                    total += last_scale / 2  # "hai triệu rưỡi", "a million and a half"
                    break
                group += 50 if last == "hundred" else 0.5  # "hai trăm rưỡi", "two and a half"
                last, j = role, end
                continue
            has_group = role != "scale" and (has_group or role not in ("and", "zero_tens"))
            used.append((j, role, chosen))
            last = role
            j += len(chosen.keys)
            if role in _ROLES_CONTENT or role == "article":
                end = j
        content = [u for u in used if u[1] in _ROLES_CONTENT or u[1] == "article"]
        if not content:
            return None
        if len(content) == 1 and content[0][1] == "article":
            return _Num(1.0, end, 1.0, True, None, True)
        # A final word that is also a unit ("hai mươi năm") is the unit, not a digit, unless a
        # unit or scale follows or it completes "linh"/"lẻ" ("ba trăm linh năm").
        tail, tail_role, _ = content[-1]
        before = [u for u in used if u[0] < tail]
        if (
            len(content) > 1
            and tail_role == "unit"
            and stop is None
            and before
            and before[-1][1] != "zero_tens"
            and self._first(tail, "unit") is not None
            and self._first(end, ("unit", "scale", "subunit")) is None
        ):
            return self._words(k, stop=tail)
        lone = content[0][2] if len(content) == 1 else None
        integral = not any(role in ("point", "half", "scale") for _, role, _ in content)
        value = total + group
        return _Num(value, end, value, integral, lone)

    def _allowed(
        self,
        role: str,
        entry: Entry,
        last: str | None,
        last_unit: float,
        group: float,
        has_group: bool,
        last_scale: float,
        j: int,
    ) -> bool:
        after = entry.get("after")
        if after is not None:
            return last in after and group % 10 == 0
        if role == "unit":
            if last in (None, "hundred", "scale", "zero_tens"):
                return True
            if last == "and":
                return True
            return last in ("tens", "ten", "tens_mult") and entry["value"] > 0 and group % 10 == 0
        if role in ("teen", "ten"):
            return last in (None, "hundred", "scale", "and")
        if role == "tens":
            if last in (None, "hundred", "scale", "and"):
                return True
            return (
                last == "unit"
                and self.spoken_hundreds.get(entry.lang, False)
                and 1 <= last_unit <= 9
                and group == last_unit
                and self._unit_word_follows(j + 1, entry.lang)
            )
        if role == "tens_mult":
            return (last == "unit" and last_unit >= 1) or last is None
        if role == "zero_tens":
            return last in ("hundred", "scale") and self._unit_word_follows(j + 1, entry.lang)
        if role == "hundred":
            return (
                last is None
                or last == "article"
                or (last in ("unit", "teen") and group == last_unit)
            )
        if role == "scale":
            if last == "scale":
                return float(entry["value"]) > last_scale and not has_group
            return last != "and" and last != "zero_tens"
        if role == "and":
            return last in ("hundred", "scale") and self._unit_word_follows(
                j + 1, entry.lang, any_number=True
            )
        if role == "article":
            return last is None
        if role == "point":
            return last in ("unit", "teen", "tens", "ten", "tens_mult")
        if role == "half":
            return last in ("scale", "hundred", "unit", "teen", "tens", "ten", "tens_mult")
        return False

    def _unit_word_follows(self, k: int, lang: str, any_number: bool = False) -> bool:
        if k < self.n and self.keys[k] == "-" and self.toks.touching(k):
            k += 1
        for entry in self.idx.at(self.toks, k, "number"):
            if entry.lang != lang:
                continue
            role = entry.get("role")
            if role == "unit" and entry.get("value", 0) > 0:
                return True
            if any_number and role in ("teen", "tens", "ten"):
                return True
        return False

    def _fraction_digits(self, k: int, lang: str | None) -> tuple[float | None, int]:
        """Decimals after "point"/"phẩy": digits, or digit words one by one."""
        if k < self.n and self.kinds[k] == DIGITS:
            return float("0." + self.keys[k]), k + 1
        digits = ""
        j = k
        while j < self.n:
            entry = next(
                (
                    e
                    for e in self.idx.at(self.toks, j, "number")
                    if e.lang == lang and e.get("role") == "unit" and "after" not in e.data
                ),
                None,
            )
            if entry is None:
                break
            digits += str(int(entry["value"]))
            j += 1
        return (float("0." + digits), j) if digits else (None, k)

    # -- amounts and quantities ------------------------------------------------------------

    def _unit_after(self, j: int, article: bool = False) -> tuple[Entry, int] | None:
        for entry in self.idx.at(self.toks, j, ("unit", "subunit")) if j < self.n else ():
            if self.blocked[j] or (entry.get("attached") and not self.toks.touching(j)):
                continue
            # "a" is one only before a currency name ("a dollar"), not "a percentage"
            if article and (entry.get("group") != "names" or not entry.get("money")):
                continue
            return entry, j + len(entry.keys)
        return None

    def _amount(self, j: int, after_connector: bool = False) -> _Amount | None:
        start = j
        unit: str | None = None
        money = False
        hyphened = False  # the unit is hyphened to the amount ("billion-dollar")
        pre = next((e for e in self.idx.at(self.toks, j, "unit") if e["before"]), None)
        if pre is not None and j + len(pre.keys) < self.n:
            unit, money = pre["unit"], pre["money"]
            j += len(pre.keys)
        elif pre is not None:
            return None
        if j >= self.n:
            return None
        num = self._number(j, after_unit=unit is not None or after_connector)
        if num is None:
            return None
        end = self._restatement(num.end, num.value)
        if unit is None:
            after = self._unit_after(end, article=num.article)
            if after is None:
                after = self._hyphened_unit(end)
                hyphened = after is not None
            if after is not None:
                entry, end = after
                if entry.kind == "subunit":
                    unit, money = entry["unit"], entry["money"]
                    num.value *= float(entry["factor"])
                    num.base *= float(entry["factor"])
                    if num.low is not None and num.high is not None:
                        num.low *= float(entry["factor"])
                        num.high *= float(entry["factor"])
                    num.integral = False
                else:
                    unit, money = entry["unit"], entry["money"]
        else:
            same = self._unit_after(end)
            if (
                same is not None
                and same[0].kind == "unit"
                and same[0]["unit"] == unit
                and same[0]["group"] != "symbols"
            ):
                end = same[1]  # "$10 USD", but "$5 $6" are two amounts
        if num.article and unit is None:
            return None
        if (
            end == num.end
            and end < self.n
            and self.kinds[end] == WORD
            and self.kinds[end - 1] == DIGITS
            and self.toks.touching(end)
        ):
            return None  # digits glued to an unknown word: "5G", "3D", "20km"
        if num.lone is not None and not self._may_stand_alone(num.lone, j, unit, end, hyphened):
            return None
        if money and num.integral:
            cents = self._cents(end)
            if cents is not None:
                num.value += cents[0]
                end = cents[1]
        return _Amount(start, end, num, unit, money)

    def _hyphened_unit(self, k: int) -> tuple[Entry, int] | None:
        """A unit name or code hyphened to the amount: "one-billion-dollar", "30-year",
        "three-decade", "400-triệu-USD"."""
        toks = self.toks
        if not (
            k + 1 < self.n and self.keys[k] == "-" and toks.touching(k) and toks.touching(k + 1)
        ):
            return None
        after = self._unit_after(k + 1)
        if after is None or (
            after[0].kind != "subunit" and after[0].get("group") not in ("names", "codes")
        ):
            return None  # "5-$6" is a range, not a unit; "400-triệu-USD" is one amount
        return after

    def _may_stand_alone(
        self, entry: Entry, k: int, unit: str | None, end: int, hyphened: bool
    ) -> bool:
        # A scale word alone ("triệu phú", "the millions") is a number only hyphened to a unit it
        # is the amount of ("the billion-dollar mark"): at a clause's end it needs a number
        # before it, or social Vietnamese "nhé mn" (mọi người, everyone) would read as a
        # million; nor is "400 - million dollar", a number set apart, a million dollars, nor
        # a range's second end.
        if entry.kind == "scale":
            return hyphened and not (k and self.keys[k - 1] == "-")
        if self._duration(k, end):
            return True
        rule = entry.get("alone", "yes")
        if "alone_ascii" in entry.data and self._maybe_other_word(entry, k):
            rule = entry["alone_ascii"]
        if rule == "before_unit_or_end":
            return unit is not None or self._clause_end(end)
        counted = self._first(end, "counted_noun") is not None
        if rule == "before_count_or_end":  # "tam nha lanh dao": tám; "bay sang My": no number
            return unit is not None or self._clause_end(end) or counted
        if rule == "before_count":  # "năm nhà lãnh đạo": five; "trong năm", "năm nay": the year
            return unit is not None or counted
        if rule == "before_unit":
            return unit is not None
        if rule == "before_counted_unit":
            return unit is not None and self._counted_unit(k, unit, end)
        return rule != "never"

    def _counted_unit(self, k: int, unit: str, end: int) -> bool:
        """Whether the unit ending at `end` after number word k, written bare, is counted by it,
        not the noun of the preposition the word also spells ("sau tuan nay": after this week;
        `counted_units` in lexicon/<lang>/numbers.yaml): no word picking out one such period
        follows the unit, and a word opening its clause before a period of time is the
        preposition ("Sau ngay hop, ...") unless a count's tail follows ("Sau tuan sau, ...")."""
        if self._first(end, "particular_unit") is not None:
            return False
        opens = k == 0 or self.keys[k - 1] in _CLAUSE_END
        return not (opens and unit in _PERIODS) or self._first(end, "count_tail") is not None

    def _duration(self, k: int, end: int) -> bool:
        """Whether the number word at k..end says a length of time: an opener of one right
        before it and a noun of time right after ("trong ba gio", for three hours), which no
        other reading of the word ("bà", "bây giờ") fits there."""
        if k == 0 or self._first(end, "duration_noun") is None:
            return False
        return any(len(e.keys) == 1 for e in self.idx.at(self.toks, k - 1, "duration_opener"))

    def _maybe_other_word(self, entry: Entry, k: int) -> bool:
        """Whether number word k, written without diacritics, may be another word (English
        "bay", "sau"; "bà" written bare): where the number's own spelling carries diacritics,
        or where the whole text is written without them. "ba" (three) is spelt bare, so in a
        text that carries diacritics ("gặp ba nhà lãnh đạo") it is three."""
        if not self.toks.written(k).isascii():
            return False
        if not "".join(entry.written).isascii():
            return True
        if self.unaccented is None:
            # letters only: a dash or curly quote ("Việt Nam – Hungary", “...”) in a text
            # written bare does not mark it as written with diacritics
            self.unaccented = all(c.isascii() for c in self.toks.norm if c.isalpha())
        return self.unaccented

    def _cents(self, j: int) -> tuple[float, int] | None:
        """Cents after a whole currency amount: "$20 and 43c", "2 đô 23 xu", "US$3 and fourteen"."""
        joiner = self._first(j, "amount_and")
        k = j + len(joiner.keys) if joiner is not None else j
        if k >= self.n:
            return None
        if self.kinds[k] == DIGITS:
            if len(self.keys[k]) > 2 or (
                k + 1 < self.n
                and self.keys[k + 1] in ".,"
                and self.toks.touching(k + 1)
                and not self._clause_end(k + 2)
            ):
                return None
            value, end = float(self.keys[k]), k + 1
        else:
            num = self._words(k)
            if num is None or num.article or num.value >= 100 or not num.integral:
                return None
            value, end = num.value, num.end
        sub = self._unit_after(end)
        if sub is not None and sub[0].kind == "subunit":
            return value * float(sub[0]["factor"]), sub[1]
        if self._clause_end(end):
            return value / 100, end
        return None

    def _quantity_at(self, i: int) -> tuple[Quantity, int, int] | None:
        if self.kinds[i] == WORD and self.kinds_for[self.keys[i]].isdisjoint(_AMOUNT_STARTS):
            return None  # a word that can only start a rank ("largest")
        links, j = self._comparator_stack(i)
        if (
            links
            and self._first(i, "number") is not None
            and self._amount(j) is None
            and self._amount(i) is not None
        ):
            links, j = (
                [],
                i,
            )  # bare "tam nha lanh dao": tám (eight), not tầm (about) before no amount
        comparators = _deciding(links)
        comparator = comparators[0] if comparators else None
        # "passed the $1 billion mark", "vượt qua mốc 1 tỷ": words naming the figure, read only
        # where the amount does not itself start ("exceeded a million": "a" is the number)
        named = None
        if links and links[-1][0].get("object"):
            named = self._first(j, "object_before")
            if named is not None and self._amount(j) is None:
                j += len(named.keys)
            else:
                named = None
        opener = self._first(j, "range_open")
        ranged = True
        if opener is not None:
            j += len(opener.keys)
            if j > len(opener.keys) and self._first(j - len(opener.keys) - 1, "change"):
                # "rose from 5% to 7%": two figures, each read alone, "from" left out
                opener, ranged, i = None, False, j
        if j >= self.n:
            return None
        first = self._amount(j)
        if first is None:
            return None
        end = first.end
        second = None
        to = self._first(end, "range_to") if ranged else None
        if to is not None and (not to["and"] or (opener is not None and opener["and"])):
            second = self._amount(end + len(to.keys), after_connector=True)  # "5k-20k"
            if second is not None and not self._joins(first, second):
                second = None
        if second is not None:
            end = second.end
        unit = first.unit or (second.unit if second else None)
        op = comparator["op"] if comparator is not None else None
        tolerance = float(comparator.get("tolerance") or 0) if comparator is not None else 0.0
        # "hơn … một chút": the comparator with a closer applies only when the closer follows
        if comparator is not None:
            closed = next((c for c in comparators if c.get("closer")), None)
            closer = self._first(end, "closer")
            if closed is not None and closer is not None:
                op, tolerance = closed["op"], float(closed.get("tolerance") or 0)
                end += len(closer.keys)
        post = self._first(end, "post_comparator")
        if post is not None and second is None:
            op, tolerance = post["op"], float(post.get("tolerance") or 0)
            end += len(post.keys)
            if unit is None:  # "200 or more people"
                after = self._unit_after(end)
                if after is not None and after[0].kind == "unit":
                    unit, end = after[0]["unit"], after[1]
        if unit is not None:
            rate = self._first(end, "rate")
            if rate is not None:
                end += len(rate.keys)
        marker = self._first(end, "object_after") if links else None
        if marker is not None:
            end += len(marker.keys)  # "passed the $1 billion mark"
        elif named is not None and named["article"] and unit is None:
            return None  # "passed the 2 bills": "the" belongs to the noun, "2" is read alone
        num = first.num
        # "twice the 100", "gấp đôi 100 suất": the amount is the base of the figure said
        factor = math.prod(float(found[0].get("factor") or 1) for found in links)
        if factor != 1:
            num = replace(num, value=num.value * factor)
            if num.low is not None and num.high is not None:
                num = replace(num, low=num.low * factor, high=num.high * factor)
        if second is not None:
            low, high = num.value, second.num.value * factor
            return self._make(i, end, num.value, low, high, False, False, unit, op)
        if num.low is not None:  # a vague amount: its interval, read as approximate
            return self._make(
                first.start, end, num.value, num.low, num.high, False, False, unit, "approx"
            )
        if opener is not None and post is None:
            i = first.start if comparator is None else i  # "giữa hai nước": no range, no opener
        low, high, low_open, high_open = _interval(op, tolerance, num.value)
        # only the comparator word itself is in doubt: "or more" after it decides the bound
        ambiguous = comparator is not None and bool(comparator.get("ambiguous")) and post is None
        reached = comparator is not None and bool(comparator.get("reaches")) and post is None
        return self._make(
            i, end, num.value, low, high, low_open, high_open, unit, op, ambiguous, reached
        )

    def _comparator_stack(self, i: int) -> tuple[list[list[Entry]], int]:
        """Comparators stacked from token i, outermost first, each with the fillers after it
        ("ít nhất cũng đạt", "reached more than"), and the token after them.

        At most one of them may not yield: two bounds in a row ("How about more than 2", "<>")
        are no stack, and the second starts a reading of its own."""
        links: list[list[Entry]] = []
        j, strong = i, False
        while len(links) < _MAX_STACK and j < self.n and not self.blocked[j]:
            found = self.idx.at(self.toks, j, "comparator")
            if not found or (strong and not found[0].get("yields")):
                break
            strong = strong or not found[0].get("yields")
            links.append(found)
            j += len(found[0].keys)
            filler = self._first(j, "comparator_filler")
            if filler is not None:
                j += len(filler.keys)
        return links, j

    def _joins(self, first: _Amount, second: _Amount) -> bool:
        """Whether two amounts make a range; carries the unit and scale of one to the other."""
        if first.unit and second.unit and first.unit != second.unit:
            return False
        a, b = first.num, second.num
        if b.base and b.value != b.base and a.value == a.base and a.value <= b.base:
            ratio = b.value / b.base  # "20-30 triệu": the scale belongs to both ends
            a.value, a.base = a.value * ratio, a.value * ratio
        return a.low is None and b.low is None and a.value <= b.value

    def _restatement(self, end: int, value: float) -> int:
        """Swallow the same number again in brackets: "forty-five (45)", "05 (năm) ngày"."""
        if end + 1 >= self.n or self.keys[end] != "(":
            return end
        again = self._number(end + 1)
        if again is None or again.value != value or again.end >= self.n:
            return end
        return again.end + 1 if self.keys[again.end] == ")" else end

    # -- ranks ------------------------------------------------------------------------------

    def _counts_after(self, j: int) -> bool:
        """Whether a unit or a counted noun follows a number ending at j: what it counts."""
        return self._unit_after(j) is not None or self._first(j, "counted_noun") is not None

    def _rank_at(self, i: int) -> tuple[Quantity, int, int] | None:
        keys, kinds, toks = self.keys, self.kinds, self.toks
        if kinds[i] != DIGITS and self.kinds_for.get(keys[i], _NO_KINDS).isdisjoint(_RANK_STARTS):
            return None
        value: float | None = None
        j = i
        top = self._first(i, "top")
        if top is not None and i + 1 < self.n:
            num = self._number(i + 1)
            if num is not None and num.value >= 1 and num.value == int(num.value):
                return self._make(i, num.end, num.value, 1.0, num.value, False, False, "rank", "le")
        ordinal = self._first(i, "ordinal")
        prefix = self._first(i, "rank_prefix")
        if ordinal is not None:
            value, j = float(ordinal["value"]), i + len(ordinal.keys)
        elif (
            kinds[i] == DIGITS
            and i + 1 < self.n
            and toks.touching(i + 1)
            and self._first(i + 1, "ordinal_suffix") is not None
            and not self._glued_word_before(i)
        ):
            value, j = float(keys[i]), i + 2
        elif prefix is not None and i + len(prefix.keys) < self.n:
            k = i + len(prefix.keys)
            word = self._first(k, "rank_word")
            if word is not None:
                value, j = float(word["value"]), k + 1
            elif kinds[k] == DIGITS and len(keys[k]) <= 3:
                got = self._digits(k)  # "No. 2", but not "number 2,000"
                if got is not None and got[1] == k + 1:
                    value, j = got
            else:
                num = self._words(k)
                if num is not None and not num.article and 1 <= num.value < 1000:
                    value, j = num.value, num.end
            if value is not None and prefix.get("bare") and self._counts_after(j):
                return None  # "tổng số 200 học bổng": a count, the prefix "the number of"
        if value is not None:
            # "the 30th anniversary", "30th-anniversary": an age in years, not a rank
            k = j + 1 if j < self.n and keys[j] == "-" and toks.touching(j) else j
            years = self._first(k, "anniversary")
            if years is not None and (k == j or toks.touching(k)):
                return self._make(
                    i, k + len(years.keys), value, value, value, False, False, "year", None
                )
            if (
                (ordinal is not None or kinds[i] == DIGITS)
                and i
                and self._first(i - 1, "ordinal_not_after") is not None
            ):
                return None  # "a second term", "a first for both countries"
            if j < self.n and keys[j] == "-" and toks.touching(j):
                sup = self._first(j + 1, "superlative")
                if sup is not None:
                    j += 1 + len(sup.keys)
            else:
                sup = self._first(j, "superlative")
                if sup is not None:
                    j += len(sup.keys)
            return self._make(i, j, value, value, value, False, False, "rank", None)
        sup = self._first(i, "superlative")
        if sup is not None and not self._ends_at(i, "rank_not_after", reach=_NOT_RANK_REACH):
            return self._make(i, i + len(sup.keys), 1.0, 1.0, 1.0, False, False, "rank", None)
        return None

    def _ends_at(self, k: int, kind: str, reach: int) -> bool:
        """Whether a phrase of ``kind`` ends within ``reach`` tokens before token k."""
        for back in range(1, reach + 1):
            j = k - back
            if j < 0:
                break
            if any(j + len(e.keys) <= k for e in self.idx.at(self.toks, j, kind)):
                return True
        return False


def _deciding(links: list[list[Entry]]) -> list[Entry]:
    """The comparator that decides a stack: the one nearest the amount among those that do not
    yield ("reached" and "only" only state the figure), else the nearest."""
    for found in reversed(links):
        if not found[0].get("yields"):
            return found
    return links[-1] if links else []


def _interval(
    op: str | None, tolerance: float, x: float
) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_open, high_open) of a comparator applied to x."""
    if op == "gt":
        return x, (x + abs(x) * tolerance if tolerance else None), True, False
    if op == "ge":
        return x, None, False, False
    if op == "lt":
        return (x - abs(x) * tolerance if tolerance else None), x, False, True
    if op == "le":
        return None, x, False, False
    if op == "approx":
        return x - abs(x) * tolerance, x + abs(x) * tolerance, False, False
    if op == "approx_below":
        return x - abs(x) * tolerance, x, False, True
    return x, x, False, False
