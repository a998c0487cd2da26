"""Run the peer extractors' test corpora through factdb and print the pass rate per file.

The corpora (Duckling, quantulum3, Recognizers-Text, dateparser; see their README.md) live in
``$FACTDB_PEER_CORPORA`` or, by default, ``shared/peer-corpora`` beside the repository. Every row
is judged as one of:

  pass         factdb reads it as the peer does, up to the conventions below
  fail         factdb reads it differently (see scripts/PEER_DIFFERENCES.md for the ones that are
               a difference of convention, not a bug)
  unsupported  outside factdb's scope: relative times ("ngày mai", "thứ 2 tới"), clock times
               without a date, units factdb does not read (metres, bytes), peer-relative rows
  latent       Duckling's latent money rows, which pass in Duckling only with its latent option

Conventions applied when comparing: "$" and Duckling's "unknown" ("bucks") are USD; "£" is GBP;
a peer amount in cents (pence, sen) is compared as 0.01 of the currency; an open interval is
compared by its bound only (Duckling does not say whether "at most" includes the bound); times
are compared by their date, with the ref time's date as ``ref``.

Usage: python scripts/peer_corpora.py [-v FILE_STEM]   (-v lists that file's failures)
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factdb.extract.dates import DateSpan, find_dates  # noqa: E402
from factdb.extract.quantities import Quantity, find_quantities  # noqa: E402
from factdb.text.fold import fold  # noqa: E402

# Peer unit names -> (factdb unit, factor): the peer's amount times factor is factdb's value.
PEER_UNITS: dict[str | None, tuple[str | None, float]] = {
    None: (None, 1.0),
    "dimensionless": (None, 1.0),
    "$": ("USD", 1.0),
    "unknown": ("USD", 1.0),
    "£": ("GBP", 1.0),
    "cent": ("USD", 0.01),
    "Cent": ("USD", 0.01),
    "Penny": ("USD", 0.01),
    "Pence": ("GBP", 0.01),
    "Sen": ("MYR", 0.01),
    "dollar": ("USD", 1.0),
    "Dollar": ("USD", 1.0),
    "United States dollar": ("USD", 1.0),
    "euro": ("EUR", 1.0),
    "Euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0),
    "Pound": ("GBP", 1.0),
    "British pound": ("GBP", 1.0),
    "Chinese yuan": ("CNY", 1.0),
    "Canadian dollar": ("CAD", 1.0),
    "Japanese yen": ("JPY", 1.0),
    "Australian dollar": ("AUD", 1.0),
    "Hong Kong dollar": ("HKD", 1.0),
    "Swiss franc": ("CHF", 1.0),
    "Lao kip": ("LAK", 1.0),
    "percentage": ("percent", 1.0),
    "year": ("year", 1.0),
}
ISO_CODE = re.compile(r"[A-Z]{3}")
AMBIGUOUS_CURRENCIES = {"dinar", "riyal", "rial"}

# Rows in files of these kinds are compared as single expressions, the rest as sentences.
ASSERTED = ("duckling_vi_numeral", "duckling_vi_money", "duckling_en_numeral", "duckling_en_money")

# A time row is in scope when it names a calendar date: digits that make a day, month or year,
# or a month or quarter word with its number. Anything else ("bây giờ", "thứ 2 tới", "3 giờ
# chiều", "mùa hè này") is relative to the reference time or a clock time: unsupported.
_ANCHOR = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}|\d{4}|\btháng\s+(\d+|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín"
    r"|mười|giêng|chạp)\b|\bquý\s+([1-4]|một|hai|ba|bốn|tư|i|ii|iii|iv)\b"
)
_RELATIVE = re.compile(r"\b(toi|sau|truoc|nay|ngoai|vua|qua|tiep|ke|tuan)\b")


def corpus_dir() -> Path | None:
    """$FACTDB_PEER_CORPORA, else shared/peer-corpora beside the repository, if present."""
    configured = os.environ.get("FACTDB_PEER_CORPORA")
    path = Path(configured) if configured else ROOT.parent / "shared" / "peer-corpora"
    return path if path.is_dir() else None


def rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _unit(peer_unit: str | None) -> tuple[str | None, float] | None:
    if peer_unit in PEER_UNITS:
        return PEER_UNITS[peer_unit]
    if peer_unit is not None and (
        ISO_CODE.fullmatch(peer_unit) or peer_unit in AMBIGUOUS_CURRENCIES
    ):
        return peer_unit, 1.0
    return None


def _digits_outside(text: str, quantities: Iterable[Quantity]) -> bool:
    covered = [False] * len(text)
    for q in quantities:
        covered[q.start : q.end] = [True] * (q.end - q.start)
    return any(ch.isdigit() and not covered[i] for i, ch in enumerate(text))


def judge(row: dict[str, Any]) -> tuple[str, str]:
    """(status, what factdb found) for one corpus row."""
    if row.get("latent"):
        return "latent", ""
    dimension = row["dimension"]
    if dimension == "time":
        return _judge_time(row)
    found = find_quantities(row["text"])
    shown = "; ".join(f"{q.text!r}={q.value} [{q.low},{q.high}] {q.unit}" for q in found)
    if row.get("expect") == "no_match":
        return ("pass" if not found else "fail"), shown
    if row["peer"] == "duckling":
        return _judge_single(row, found), shown
    return _judge_sentence(row, found), shown


def _judge_single(row: dict[str, Any], found: list[Quantity]) -> str:
    if len(found) != 1 or _digits_outside(row["text"], found):
        return "fail"
    q = found[0]
    if row["dimension"] == "ordinal":
        return "pass" if q.unit == "rank" and _close(q.value, row["value"]) else "fail"
    unit = _unit(row["unit"])
    if unit is None:
        return "unsupported"
    unit_id, factor = unit
    if q.unit != unit_id:
        return "fail"
    value = row["value"]
    kind = row.get("type", "value")
    if kind == "interval":
        ok = _close(q.low, value["from"] * factor) and _close(q.high, value["to"] * factor)
    elif kind == "open_interval" and row["direction"] == "under":
        ok = q.low is None and _close(q.high, value * factor)
    elif kind == "open_interval":
        ok = q.high is None and _close(q.low, value * factor)
    else:
        ok = _close(q.value, value * factor)
    return "pass" if ok else "fail"


def _peer_number(text: str) -> float:
    return float(text.rstrip("%").replace(",", ""))


def _interval(text: str) -> tuple[float | None, float | None]:
    low, high = text[1:-1].split(",")
    return (float(low) if low else None), (float(high) if high else None)


def _judge_sentence(row: dict[str, Any], found: list[Quantity]) -> str:
    expected = row.get("matches") or []
    dimension = row["dimension"]
    if dimension == "number_range":
        if not expected:
            return "pass" if not [q for q in found if q.low != q.high] else "fail"
        ranges = [q for q in found if q.low != q.high]
        want = [_interval(m["value"]) for m in expected]
        got = [(q.low, q.high) for q in ranges]
        return (
            "pass"
            if len(got) == len(want)
            and all(
                _close(a[0], b[0]) and _close(a[1], b[1]) for a, b in zip(got, want, strict=True)
            )
            else "fail"
        )
    if dimension in ("numeral", "numeral_spellout", "percent"):
        # a bare "percent" with no number (value "null") names no quantity
        want = sorted(_peer_number(str(m["value"])) for m in expected if m["value"] != "null")
        pool = [q for q in found if (q.unit == "percent") == (dimension == "percent")]
        got = sorted(q.value for q in pool)
        return (
            "pass"
            if len(got) == len(want) and all(_close(a, b) for a, b in zip(got, want, strict=True))
            else "fail"
        )
    # quantities and currencies: every expected match in a unit factdb reads must be found
    checked = 0
    for match in expected:
        unit = _unit(match.get("unit"))
        if unit is None or match.get("value") is None:
            continue
        checked += 1
        value = _peer_number(str(match["value"])) * unit[1]
        if not any(
            q.unit == unit[0]
            and (
                _close(q.value, value)
                or (
                    q.low is not None and q.high is not None and _close((q.low + q.high) / 2, value)
                )
            )
            for q in found
        ):
            return "fail"
    return "pass" if checked else "unsupported"


def _judge_time(row: dict[str, Any]) -> tuple[str, str]:
    text = row["text"]
    ref = None
    if row.get("ref_time"):
        ref = datetime.date.fromisoformat(row["ref_time"][:10])
    found = find_dates(text, ref)
    shown = "; ".join(f"{d.text!r}={d.first}..{d.last} {d.grain}" for d in found)
    if row.get("expect") == "no_match":
        return ("pass" if not found else "fail"), shown
    if row.get("type") == "relative":
        return "unsupported", shown
    if row.get("type") == "sentence":
        for match in row["matches"]:
            want = datetime.date.fromisoformat(match["value"][:10])
            if not any(
                _same_day(d, want) and (match["surface"] in d.text or d.text in match["surface"])
                for d in found
            ):
                return "fail", shown
        return "pass", shown
    folded = fold(text)
    if not _ANCHOR.search(text.lower()) or row.get("type") == "interval":
        return "unsupported", shown
    if len(found) != 1:
        return "fail", shown
    want = datetime.date.fromisoformat(row["value"][:10])
    grain = row.get("grain", "day")
    grain = {"second": "day", "minute": "day", "hour": "day"}.get(grain, grain)
    span = found[0]
    ok = _same_day(span, want) and span.grain == grain
    if not ok and _RELATIVE.search(folded):
        return "unsupported", shown  # "tháng 3 tới", "tuần đầu tiên của tháng 9"
    return ("pass" if ok else "fail"), shown


def _same_day(span: DateSpan, want: datetime.date) -> bool:
    if span.year_known:
        return span.first == want
    return (span.first.month, span.first.day) == (want.month, want.day)


def report(directory: Path) -> dict[str, Counter[str]]:
    """Status counts per corpus file stem."""
    counts: dict[str, Counter[str]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        counts[path.stem] = Counter(judge(row)[0] for row in rows(path))
    return counts


def pass_rate(counts: Counter[str]) -> float:
    """Passes over passes and failures (latent and unsupported rows are not counted)."""
    judged = counts["pass"] + counts["fail"]
    return counts["pass"] / judged if judged else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-v",
        "--verbose",
        metavar="FILE_STEM",
        action="append",
        default=[],
        help="list the failures of this file (e.g. duckling_en_money)",
    )
    args = parser.parse_args(argv)
    directory = corpus_dir()
    if directory is None:
        print("peer corpora not found: set FACTDB_PEER_CORPORA or add ../shared/peer-corpora")
        return 1
    print(f"{'file':40} {'pass':>5} {'fail':>5} {'unsup':>5} {'latent':>6} {'rate':>7}")
    for stem, counts in report(directory).items():
        print(
            f"{stem:40} {counts['pass']:5} {counts['fail']:5} {counts['unsupported']:5} "
            f"{counts['latent']:6} {pass_rate(counts):7.1%}"
        )
    for stem in args.verbose:
        print(f"\n{stem} failures:")
        for row in rows(directory / f"{stem}.jsonl"):
            status, shown = judge(row)
            if status == "fail":
                print(
                    f"  {row['text'][:90]!r} want {row.get('value')} {row.get('unit')}  got {shown}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
