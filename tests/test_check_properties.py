"""Properties of the checker on the real claim base (hypothesis, derandomized: same run every time).

1. The sources are true by definition: no sentence of any seed text checks as contradicted, and a
   seed sentence that checks as supported cites only claims with a span in that seed. The share
   of (claim, sentence holding one of its spans) pairs where that sentence is supported with that
   claim in the evidence is measured and held above a floor (the goal is 100%).
2. Number replacement: a supported labelled statement about a functional numeric claim, with its
   one number replaced by one whose reading excludes the claim's value, is contradicted.
3. Unit-equivalent rewrites of a money amount ("400 million USD", "US$400m", "0,4 tỷ USD") keep
   the reading and the verdict.
4. Swapping Hungary for a country with no claims turns a supported statement into
   not_enough_info.
5. Arbitrary Unicode, short or long, never raises and always gets one of the three verdicts.

Cases that fail because of a checker bug are strict xfails whose reason names the bug.
"""

from __future__ import annotations

import math
import re
import signal
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from types import FrameType
from typing import Any

import pytest
import yaml
from conftest import REPO_ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, or_, select

from factdb.check.checker import Checker
from factdb.check.judge import Judgement
from factdb.store.models import Claim, Qualifier, Source

VERDICTS = {"supported", "contradicted", "not_enough_info"}
FIXTURES = REPO_ROOT / "fixtures"


def _settings(n: int, *suppressed: HealthCheck) -> settings:
    return settings(
        derandomize=True,
        database=None,
        deadline=None,
        max_examples=n,
        suppress_health_check=[HealthCheck.too_slow, *suppressed],
    )


# --- the curated files, read at collection time ---------------------------------------------------


def _yaml(path: Any) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


LABELLED: list[dict[str, Any]] = _yaml(FIXTURES / "statements" / "labelled.yaml")["statements"]
PREDICATES: dict[str, dict[str, Any]] = {
    p["id"]: p for p in _yaml(FIXTURES / "vocabulary" / "predicates.yaml")["predicates"]
}
CLAIMS: dict[str, dict[str, Any]] = {
    c["id"]: c
    for path in sorted((FIXTURES / "claims").glob("*.yaml"))
    for c in (_yaml(path) or {}).get("claims") or []
}


def ascii_id(text: str, size: int = 48) -> str:
    """A readable test id: 'Kim ngạch … Việt Nam' → 'Kim ngach ... Viet Nam' (pytest escapes
    anything else)."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).translate(str.maketrans({"đ": "d", "Đ": "D", "–": "-", "…": "..."}))
    return bare.encode("ascii", "replace").decode()[:size]


def labelled_cases(keep: Any) -> list[Any]:
    """pytest params (number in labelled.yaml, item) for the labelled items `keep` accepts."""
    return [
        pytest.param(i, item, id=f"#{i} {ascii_id(item['text'])}")
        for i, item in enumerate(LABELLED, 1)
        if keep(item)
    ]


# --- the database and the checker -----------------------------------------------------------------


@pytest.fixture(scope="module")
def engine(real_engine: Engine) -> Engine:
    return real_engine


@pytest.fixture(scope="module")
def checker(engine: Engine) -> Checker:
    return Checker(engine)


def claim_row(engine: Engine, claim_id: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(select(Claim).where(Claim.id == claim_id)).one()


def evidence_ids(j: Judgement) -> set[str]:
    return {c.id for c in j.evidence}


# ==================================================================================================
# (1) the seed texts are true
# ==================================================================================================

SEEDS = sorted(p.name[:3] for p in (REPO_ROOT / "seeds").glob("*.txt"))

# Floor for the share of (claim, span sentence) pairs whose sentence is supported with that claim
# in the evidence. Measured 47/228 = 20.6% with a span at every mention (issue 11; 23/146 before);
# 85/418 = 20.3% with every checkable fact curated, the views of long sentences included (issue
# 11's last pass; 51/262 before it); 83/422 = 19.7% with issue 10's third pass merged, whose
# stricter evidence no longer cites two claims in sentences that stay supported (001's list of
# senators under one title cites Daines's office only; a stressed commitment cites the stance,
# not the bare commitment). The goal is 100%.
# With each part of a statement tied to one claim's roles, 003's meetings with the community and
# the missions in the US are curated again (their three sentences supported with them and his
# office) and 004's collective congratulation on the 14th Congress one claim per leader (its
# sentence, naming no leader, stays unsupported): 92/437 = 21.1%.
SPAN_SENTENCE_SUPPORT_FLOOR = 0.21

# Seed sentences that check as contradicted, with why. Each is a strict xfail below.
# (The dateline-and-headline sentence of 000, "date 2026-02-17 Ngày mai, ... sẽ có chuyến công tác
# tới Mỹ", was contradicted while a visit's date was closed-world; 17 February is now read as
# possibly another occasion than the 18-20 February trip, which it is: not enough info.)
KNOWN_CONTRADICTED: dict[tuple[str, str], str] = {}

# A partnership_level part is supported by every Vietnam partnership claim when a sentence only
# says "quan hệ" / "đối tác" (relations, partners) and names neither a counterparty nor a level:
# 'Vietnam has relations.' is supported by vn-czech-strategic-partnership & co.
VACUOUS_PARTNERSHIP = (
    "vacuous partnership_level support: the sentence names no counterparty and no level, yet the "
    "judge supports the part with every Vietnam partnership claim (vn-czech-strategic-partnership,"
    " vn-hungary-comprehensive-partnership, vn-indonesia-comprehensive-strategic-partnership: "
    "spans only in 004; vn-us-comprehensive-strategic-partnership: spans in 000-003)"
)

# Seed sentences that check as supported on claims curated from other seeds, with why. Each is a
# strict xfail below; the per-seed test checks every other sentence.
FOREIGN_EVIDENCE = {
    ("002", "Tổng Bí thư Tô Lâm khẳng định Việt Nam kiên trì"): (
        "Tô Lâm affirmed Vietnam's independent foreign policy on two occasions (to Hegseth in "
        "2025, to Hagerty in 2026); the undated sentence is borne out by both, and the judge "
        "cites every claim that supports, so the 001 claim, with no span in 002, is cited too"
    ),
    ("001", "Việt Nam mong muốn cùng Mỹ tiếp tục triển khai"): (
        "'Việt Nam mong muốn' is Tô Lâm's wish, the general secretary speaking for Vietnam "
        "(lexicon/world/voices.yaml); he wished ties with the US deepened on two occasions (to "
        "Hegseth in 2025, to Hagerty in 2026), and the sentence gives no date, so the 002 claim "
        "is cited too"
    ),
    ("002", "Việt Nam luôn coi Hoa Kỳ là một trong những"): (
        "the wish after the comma goes on with the clause's speaker, Vietnam, whose voice is Tô "
        "Lâm (lexicon/world/voices.yaml): he wished ties with the US deepened on two occasions "
        "(to Hegseth in 2025, to Hagerty in 2026), and the sentence gives no date, so the 001 "
        "claim is cited too, as 001's own sentence cites the 002 one"
    ),
}


@dataclass
class SeedSentence:
    source: str
    index: int
    text: str
    start: int
    end: int
    judgement: Judgement


@pytest.fixture(scope="module")
def seed_sentences(checker: Checker, engine: Engine) -> dict[str, list[SeedSentence]]:
    """Every sentence of every source text (Checker.sentences), with its offsets and verdict."""
    with engine.connect() as conn:
        sources = conn.execute(select(Source.id)).scalars().all()
    out: dict[str, list[SeedSentence]] = {}
    for sid in sorted(sources):
        text = checker.source_text(sid)
        out[sid] = [
            SeedSentence(sid, i, text[start:end], start, end, checker.check(text[start:end]))
            for i, (start, end) in enumerate(checker.sentences(text))
        ]
    assert sorted(out) == SEEDS
    return out


def foreign_evidence(s: SeedSentence) -> list[str]:
    """Evidence claims of a supported seed sentence that have no span in that seed."""
    if s.judgement.verdict != "supported":
        return []
    return sorted(
        c.id for c in s.judgement.evidence if not any(sp.source == s.source for sp in c.spans)
    )


def known(s: SeedSentence, table: dict[tuple[str, str], str]) -> bool:
    return any(sid == s.source and s.text.startswith(p) for sid, p in table)


def assert_known_sentences_exist(sentences: list[SeedSentence], source: str) -> None:
    """The known exceptions are still sentences of this seed (else their xfails prove nothing)."""
    for sid, prefix in [*KNOWN_CONTRADICTED, *FOREIGN_EVIDENCE]:
        if sid == source:
            assert any(s.text.startswith(prefix) for s in sentences), prefix


@pytest.mark.parametrize("source", SEEDS)
def test_seed_sentences_are_never_contradicted(
    seed_sentences: dict[str, list[SeedSentence]], source: str
) -> None:
    sentences = seed_sentences[source]
    assert sentences
    assert_known_sentences_exist(sentences, source)
    assert all(s.judgement.verdict in VERDICTS for s in sentences)
    bad = [
        (s.index, s.text, s.judgement.explanation)
        for s in sentences
        if s.judgement.verdict == "contradicted" and not known(s, KNOWN_CONTRADICTED)
    ]
    assert not bad, bad


@pytest.mark.parametrize("source", SEEDS)
def test_supported_seed_sentences_cite_their_own_seed(
    seed_sentences: dict[str, list[SeedSentence]], source: str
) -> None:
    sentences = seed_sentences[source]
    assert_known_sentences_exist(sentences, source)
    bad = [
        (s.index, s.text[:80], foreign_evidence(s))
        for s in sentences
        if not known(s, FOREIGN_EVIDENCE) and foreign_evidence(s)
    ]
    assert not bad, bad


def _known_params(table: dict[tuple[str, str], str]) -> list[Any]:
    return [
        pytest.param(
            sid,
            prefix,
            marks=pytest.mark.xfail(strict=True, reason=reason),
            id=f"{sid} {ascii_id(prefix, 32)}",
        )
        for (sid, prefix), reason in table.items()
    ]


@pytest.mark.parametrize(("source", "prefix"), _known_params(KNOWN_CONTRADICTED))
def test_known_contradicted_seed_sentences(
    seed_sentences: dict[str, list[SeedSentence]], source: str, prefix: str
) -> None:
    [s] = [s for s in seed_sentences[source] if s.text.startswith(prefix)]
    assert s.judgement.verdict != "contradicted", s.judgement.explanation


@pytest.mark.parametrize(("source", "prefix"), _known_params(FOREIGN_EVIDENCE))
def test_known_sentences_citing_other_seeds(
    seed_sentences: dict[str, list[SeedSentence]], source: str, prefix: str
) -> None:
    [s] = [s for s in seed_sentences[source] if s.text.startswith(prefix)]
    assert s.judgement.verdict != "contradicted"
    assert foreign_evidence(s) == []


def test_direction_of_an_invitation_with_a_title(checker: Checker) -> None:
    plain = checker.check("Donald Trump mời Tô Lâm")
    titled = checker.check("Donald Trump mời Tổng Bí thư Tô Lâm")
    assert "to-lam-invited-trump-visit-vietnam-2025" not in evidence_ids(plain)
    assert "to-lam-invited-trump-visit-vietnam-2025" not in evidence_ids(titled)


def test_span_sentences_support_their_claims(
    seed_sentences: dict[str, list[SeedSentence]], engine: Engine
) -> None:
    """The sentence holding a claim's span should check as supported with that claim."""
    from factdb.store.models import Span

    with engine.connect() as conn:
        spans = conn.execute(select(Span.claim_id, Span.source_id, Span.start, Span.end)).all()
    assert spans
    pairs: dict[tuple[str, str, int], bool] = {}
    for claim_id, sid, start, end in spans:
        holder = next(
            (s for s in seed_sentences[sid] if s.start <= start and end <= s.end),
            None,
        )
        if holder is None:  # a span across sentences: count it, as unsupported
            pairs[(claim_id, sid, -start)] = False
            continue
        ok = holder.judgement.verdict == "supported" and claim_id in evidence_ids(holder.judgement)
        pairs[(claim_id, sid, holder.index)] = ok
    share = sum(pairs.values()) / len(pairs)
    # The README's second figure: sentences holding a span, supported with one of their claims.
    sentences: dict[tuple[str, int], bool] = {}
    for (_, sid, index), ok in pairs.items():
        if index >= 0:
            sentences[(sid, index)] = sentences.get((sid, index), False) or ok
    print(
        f"\nspan sentences supported with their claim: {sum(pairs.values())}/{len(pairs)}"
        f" = {share:.1%} (floor {SPAN_SENTENCE_SUPPORT_FLOOR:.0%});"
        f" sentences: {sum(sentences.values())}/{len(sentences)}"
    )
    assert share >= SPAN_SENTENCE_SUPPORT_FLOOR


# ==================================================================================================
# (2) a number outside the claim's interval contradicts
# ==================================================================================================

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def numeric_functional(claim_id: str) -> bool:
    claim = CLAIMS.get(claim_id)
    if claim is None:
        return False
    pred = PREDICATES[claim["predicate"]]
    # A repeatable event's value is one occasion's (an ODA package): another number, undated,
    # may be another occasion.
    return (
        bool(pred.get("functional"))
        and pred.get("value") in ("quantity", "rank")
        and pred.get("time") != "occasion"
    )


def bounded(claim_id: str) -> bool:
    """An interval with both ends: only then can a statement that fits it be made to miss it
    (a statement allowing (1 billion, ∞) still overlaps (1 billion, ∞) whatever its number)."""
    value = CLAIMS[claim_id].get("value") or {}
    return "exact" in value or ("low" in value and "high" in value)


def _replaceable(item: dict[str, Any]) -> bool:
    cited = [c for c in item.get("claims") or [] if numeric_functional(c)]
    return (
        item["verdict"] == "supported"
        and bool(cited)
        and all(bounded(c) for c in cited)
        and DIGITS.search(item["text"]) is not None
    )


REPLACEABLE = labelled_cases(_replaceable)


def read_number(digits: str, lang: str) -> Decimal:
    """'1,000' / '0.4' in English, '1.000' / '0,4' in Vietnamese."""
    thousands, point = (".", ",") if lang == "vi" else (",", ".")
    return Decimal(digits.replace(thousands, "").replace(point, "."))


def write_number(n: Decimal, lang: str) -> str:
    thousands, point = (".", ",") if lang == "vi" else (",", ".")
    n = n.normalize()
    if n == n.to_integral_value():
        return f"{int(n):,}".replace(",", thousands)
    whole, frac = f"{n:f}".split(".")
    return f"{int(whole):,}".replace(",", thousands) + point + frac


ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?!\w)")


def write_ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st, 1000th (no thousands separator)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def numbers_between(low: float, high: float) -> st.SearchStrategy[Decimal] | None:
    """Integers in [low, high]; tenths when there is no integer there."""
    if low > high:
        return None
    if math.ceil(low) <= math.floor(high):
        return st.integers(max(1, math.ceil(low)), math.floor(high)).map(Decimal)
    a, b = math.ceil(low * 10), math.floor(high * 10)
    if max(1, a) <= b:
        return st.integers(max(1, a), b).map(lambda k: Decimal(k) / 10)
    return None


@pytest.mark.parametrize(("number", "item"), REPLACEABLE)
def test_number_outside_the_claim_contradicts(
    checker: Checker, engine: Engine, number: int, item: dict[str, Any]
) -> None:
    text = item["text"]
    parsed = checker.parse(text)
    if len(parsed.quantities) != 1:
        pytest.skip(f"{len(parsed.quantities)} quantities, not one")
    [q] = parsed.quantities
    groups = list(DIGITS.finditer(q.text))
    if len(groups) != 1:
        pytest.skip(f"the quantity {q.text!r} is not written with one group of digits")
    group = groups[0]
    lang = parsed.lang
    x = read_number(group.group(), lang)
    assert x > 0
    k_low = None if q.low is None else q.low / float(x)
    k_high = None if q.high is None else q.high / float(x)
    claim_ids = [c for c in item["claims"] if numeric_functional(c)]
    rows = [claim_row(engine, c) for c in claim_ids]
    c_low = min(r.value_low for r in rows)
    c_high = max(r.value_high for r in rows)

    # The statement reads [k_low·N, k_high·N]; it misses the claim's [c_low, c_high] when its top
    # is below c_low or its bottom above c_high. Keep a margin of 25% so no rounding decides.
    choices = []
    if k_high is not None:
        top = c_low / k_high / 1.25
        choices.append(numbers_between(top / 40, top))
    if k_low is not None:
        bottom = c_high / k_low * 1.25
        choices.append(numbers_between(bottom, bottom * 40))
    strategies = [s for s in choices if s is not None]
    if not strategies:
        pytest.skip("no number can put this reading outside the claim")
    cut = q.start + group.start(), q.start + group.end()
    ordinal = ORDINAL_SUFFIX.match(text, cut[1]) is not None
    if ordinal:  # "30th": the suffix follows the number, and an ordinal is whole
        cut = cut[0], cut[1] + 2
        strategies = [s.filter(lambda n: n == n.to_integral_value()) for s in strategies]

    @_settings(12)
    @given(st.one_of(*strategies))
    def replaced(n: Decimal) -> None:
        number = write_ordinal(int(n)) if ordinal else write_number(n, lang)
        new = text[: cut[0]] + number + text[cut[1] :]
        reparsed = checker.parse(new)
        assert len(reparsed.quantities) == 1, (new, reparsed.quantities)
        [q2] = reparsed.quantities
        for got, k in ((q2.low, k_low), (q2.high, k_high)):
            assert (got is None) == (k is None), (new, q2)
            if got is not None and k is not None:
                assert got == pytest.approx(k * float(n)), (new, q2)
        j = checker.check(new)
        assert j.verdict == "contradicted", (new, j.explanation)
        assert evidence_ids(j) & set(claim_ids), (new, j.explanation)

    replaced()


def test_number_replacement_has_cases() -> None:
    # 15 since ODA amounts are per occasion (issue 11): undated, another amount is another package.
    assert len(REPLACEABLE) >= 12


# ==================================================================================================
# (3) unit-equivalent rewrites of a money amount keep the verdict
# ==================================================================================================

MONEY = {"USD", "VND", "EUR"}
AMOUNT = re.compile(
    r"(?P<pre>US\$ ?|\$|USD |EUR |€)?"
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"(?: ?(?P<scale>nghìn tỷ|million|billion|mln|bn|m|triệu|trieu|tỷ|tỉ|ty)(?!\w))?"
    r"(?: (?P<post>US dollars|dollars|đô la Mỹ|đô la|USD|euros|EUR|đồng|VND)(?!\w))?"
)
SCALES = {
    None: 1,
    "million": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "triệu": 10**6,
    "trieu": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "tỷ": 10**9,
    "tỉ": 10**9,
    "ty": 10**9,
    "nghìn tỷ": 10**12,
}
CURRENCY = {
    "US$": "USD", "US$ ": "USD", "$": "USD", "USD ": "USD", "EUR ": "EUR", "€": "EUR",
    "US dollars": "USD", "dollars": "USD", "đô la Mỹ": "USD", "đô la": "USD", "USD": "USD",
    "euros": "EUR", "EUR": "EUR", "đồng": "VND", "VND": "VND",
}  # fmt: skip
# Equivalent ways to write an amount: {m} millions, {b} billions, {t} thousand billions, {n} units.
FORMS = {
    ("USD", "en"): [
        "{m} million USD", "{b} billion USD", "US${m}m", "{n} USD", "USD {m} million",
        "${m} million", "{m} million dollars", "US${b}bn", "${b} billion", "${n}",
    ],
    ("USD", "vi"): [
        "{m} triệu USD", "{b} tỷ USD", "{n} USD", "{m} triệu đô la Mỹ", "{b} tỷ đô la Mỹ",
        "{b} tỉ USD",
    ],
    ("USD", "vi-bare"): [  # a Vietnamese statement typed without diacritics
        "{m} trieu USD", "{b} ty USD", "{n} USD", "{m} trieu do la My", "{b} ti USD",
    ],
    ("EUR", "en"): ["{m} million euros", "{b} billion euros", "EUR {m} million", "€{m} million"],
    ("EUR", "vi"): ["{m} triệu euro", "{b} tỷ euro"],
    ("VND", "vi"): ["{b} tỷ đồng", "{m} triệu đồng", "{n} đồng", "{t} nghìn tỷ đồng", "{b} tỷ VND"],
    ("VND", "en"): ["{b} billion dong", "{n} VND"],
}  # fmt: skip
# Mixing the two ("Hungary thông qua khoản ODA 400 trieu USD") is not a unit-equivalent rewrite
# the checker promises to read: a text that writes diacritics matches bare words only to bare
# entries. But it must not turn the amount into a contradiction: see MIXED_DIACRITICS below.
MONEY_WORDS = re.compile(r"\$|USD|dollar|đô la|euro|EUR|€|đồng|VND", re.IGNORECASE)


def spell(amount: Decimal, form: str, lang: str) -> str | None:
    """`form` with the amount filled in, or None when a number would need over 3 decimals."""
    values = {}
    for key, scale in (("n", 1), ("m", 10**6), ("b", 10**9), ("t", 10**12)):
        if "{" + key + "}" in form:
            v = (amount / scale).normalize()
            if v == 0 or -v.as_tuple().exponent > 3:
                return None
            values[key] = write_number(v, lang)
    return form.format(**values)


def writes_marks(text: str) -> bool:
    """Whether the text writes Vietnamese diacritics (a tone or vowel mark, or đ)."""
    return any(
        c in "đĐ" or any(unicodedata.combining(d) for d in unicodedata.normalize("NFD", c))
        for c in text
    )


MONEY_CASES = labelled_cases(
    lambda item: MONEY_WORDS.search(item["text"]) is not None and DIGITS.search(item["text"])
)


@pytest.mark.parametrize(("number", "item"), MONEY_CASES)
def test_money_rewrites_keep_the_verdict(
    checker: Checker, number: int, item: dict[str, Any]
) -> None:
    text = item["text"]
    parsed = checker.parse(text)
    money = [q for q in parsed.quantities if q.unit in MONEY]
    if len(parsed.quantities) != 1 or len(money) != 1:
        pytest.skip("not exactly one quantity, a money amount")
    [q] = money
    found = [m for m in AMOUNT.finditer(q.text) if (m["pre"] or m["post"]) and m.end() > m.start()]
    if len(found) != 1:
        pytest.skip(f"the amount in {q.text!r} is written in words")
    m = found[0]
    lang = parsed.lang
    amount = read_number(m["num"], lang) * SCALES[m["scale"]]
    currency = CURRENCY[m["pre"] or m["post"]]
    assert currency == q.unit, (q.text, currency)
    assert float(amount) == pytest.approx(q.value), (q.text, amount, q.value)
    before = checker.check(text)
    style = "vi-bare" if lang == "vi" and not writes_marks(text) else lang
    forms = [
        f for f in FORMS.get((currency, style), FORMS[(currency, lang)]) if spell(amount, f, lang)
    ]
    assert forms
    cut = q.start + m.start(), q.start + m.end()

    @_settings(10)
    @given(st.sampled_from(forms))
    def rewritten(form: str) -> None:
        written = spell(amount, form, lang)
        assert written is not None
        new = text[: cut[0]] + written + text[cut[1] :]
        reparsed = checker.parse(new)
        assert [(x.low, x.high, x.unit) for x in reparsed.quantities] == [
            (q.low, q.high, q.unit)
        ], (new, reparsed.quantities)
        after = checker.check(new)
        assert after.verdict == before.verdict, (new, after.explanation, before.explanation)
        assert evidence_ids(after) == evidence_ids(before), new

    rewritten()


MIXED_DIACRITICS = [
    "Hungary thông qua khoản ODA 400 trieu USD cho Việt Nam.",
    "Hungary dành cho Việt Nam khoản ODA trị giá 0,4 ty USD.",
]


@pytest.mark.parametrize("text", MIXED_DIACRITICS, ids=ascii_id)
def test_mixed_diacritics_never_contradict_a_misread_amount(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict != "contradicted"


def test_money_rewrites_have_cases() -> None:
    assert len(MONEY_CASES) >= 40


# ==================================================================================================
# (4) another country, with no claims, gives not_enough_info
# ==================================================================================================

# id → (English name, English demonym, Vietnamese name)
NO_CLAIM_COUNTRIES = {
    "austria": ("Austria", "Austrian", "Áo"),
    "chile": ("Chile", "Chilean", "Chile"),
    "kenya": ("Kenya", "Kenyan", "Kenya"),
    "norway": ("Norway", "Norwegian", "Na Uy"),
    "peru": ("Peru", "Peruvian", "Peru"),
    "ghana": ("Ghana", "Ghanaian", "Ghana"),
}
HUNGARY = re.compile(r"\bHungar(?:y|ian)\b")


def about_hungary(item: dict[str, Any]) -> bool:
    """Supported, naming Hungary, and Hungary is the subject or a party of every cited claim (in
    'Orbán is Hungary's prime minister' it is the office's country: another country there is a
    contradiction, not a gap)."""
    cited = [CLAIMS[c] for c in item.get("claims") or [] if c in CLAIMS]
    return (
        item["verdict"] == "supported"
        and HUNGARY.search(item["text"]) is not None
        and bool(cited)
        and all(
            c["subject"] == "hungary" or "hungary" in (c.get("qualifiers") or {}).values()
            for c in cited
        )
    )


HUNGARY_CASES = labelled_cases(about_hungary)


def test_swap_countries_have_no_claims(engine: Engine, checker: Checker) -> None:
    with engine.connect() as conn:
        for cid in NO_CLAIM_COUNTRIES:
            quals = select(Qualifier.claim_id).where(Qualifier.entity_id == cid)
            rows = conn.execute(
                select(Claim.id).where(
                    or_(Claim.subject_id == cid, Claim.object_id == cid, Claim.id.in_(quals))
                )
            ).all()
            assert rows == [], (cid, rows)
    # and the checker knows each name (else the swap would only add an unknown name)
    for cid, (en, demonym, vi) in NO_CLAIM_COUNTRIES.items():
        for name in (en, demonym, vi):
            assert cid in checker.parse(f"{name} và Việt Nam").entity_ids(), name


@pytest.mark.parametrize(("number", "item"), HUNGARY_CASES)
def test_other_country_gives_not_enough_info(
    checker: Checker, number: int, item: dict[str, Any]
) -> None:
    text = item["text"]
    lang = checker.parse(text).lang

    @_settings(6)
    @given(st.sampled_from(sorted(NO_CLAIM_COUNTRIES)))
    def swapped(cid: str) -> None:
        en, demonym, vi = NO_CLAIM_COUNTRIES[cid]
        new = HUNGARY.sub(
            lambda m: demonym if m.group().endswith("ian") else (vi if lang == "vi" else en),
            text,
        )
        parsed = checker.parse(new)
        assert "hungary" not in parsed.entity_ids(), new
        assert cid in parsed.entity_ids(), new
        j = checker.check(new)
        assert j.verdict == "not_enough_info", (new, j.explanation)
        assert j.evidence == []

    swapped()


def test_hungary_swap_has_cases() -> None:
    assert len(HUNGARY_CASES) >= 30


# ==================================================================================================
# (5) arbitrary text never breaks the checker
# ==================================================================================================

ODD = (
    "\u200f\u200e\u202e\u202d\u2066\u2067\u2069"  # direction marks and isolates
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width and soft hyphen
    "\u0300\u0301\u0303\u0309\u0323\u0306\u031b"  # combining marks (Vietnamese tones)
    "\x00\x07\x1b\x7f\x85\u2028\u2029\r\n\t"  # controls and line separators
    "–—‐-.,;:!?…'\"“”‘’()[]/%$€₫"
)
WORDS = [
    "Hungary", "Hungarian", "Việt Nam", "Viet Nam", "ODA", "USD", "US$", "triệu", "tỷ", "ty",
    "million", "billion", "bn", "m", "about", "more than", "không", "not", "did not", "sẽ", "will",
    "trade", "kim ngạch", "2025", "19/2/2026", "18–20/2/2026", "tháng 9/2023", "Viktor Orbán",
    "Tô Lâm", "Prime Minister", "Thủ tướng", "Austria", "Georgia", "first", "thứ hai", "400",
    "0,4", "1.000", "1,5", "%", "1st", "No.", "D.C.", "Tổng Bí thư", "senator", "Vermont",
]  # fmt: skip
SEPARATORS = st.sampled_from([" ", "", ", ", ". ", "\n", " – ", "\u200b", "\u202e"])
ODD_TEXT = st.text(alphabet=st.characters(codec=None) | st.sampled_from(ODD), max_size=200)
SOUP = st.lists(
    st.tuples(st.sampled_from(WORDS) | st.text(max_size=6) | st.text(ODD, max_size=3), SEPARATORS),
    max_size=40,
).map(lambda parts: "".join(w + s for w, s in parts))


def assert_checks(checker: Checker, text: str) -> None:
    parsed = checker.parse(text)
    assert isinstance(parsed.to_dict(), dict)
    for q in parsed.quantities:
        assert 0 <= q.start <= q.end <= len(text)
    j = checker.check(text)
    assert j.verdict in VERDICTS
    assert isinstance(j.explanation, str)
    if j.verdict == "not_enough_info":
        assert j.evidence == []


@_settings(150)
@given(ODD_TEXT)
def test_arbitrary_unicode_never_raises(checker: Checker, text: str) -> None:
    assert_checks(checker, text)


@_settings(150)
@given(SOUP)
def test_word_soup_never_raises(checker: Checker, text: str) -> None:
    assert_checks(checker, text)


# 2,000-5,000 characters: an odd text of 200-500 repeated. Drawn whole, so long a text is more
# than Hypothesis 6.155 will generate (its large_base_example and data_too_large checks).
LONG_TEXT = st.tuples(
    st.text(alphabet=st.characters(codec=None) | st.sampled_from(ODD), min_size=200, max_size=500),
    st.integers(min_value=10, max_value=25),
).map(lambda drawn: (drawn[0] * drawn[1])[:5000])


@_settings(8, HealthCheck.large_base_example)
@given(LONG_TEXT)
def test_long_texts_never_raise(checker: Checker, text: str) -> None:
    assert_checks(checker, text)


@_settings(5)
@given(st.lists(st.sampled_from([s["text"] for s in LABELLED]), min_size=5, max_size=25))
def test_long_drafts_of_real_statements(checker: Checker, statements: list[str]) -> None:
    """Realistic long input: many labelled statements run together (up to ~3,000 chars)."""
    assert_checks(checker, " ".join(statements))


HUGE = "9" * 320


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * 310, id="310 digits"),
        pytest.param("1" + ",000" * 110, id="1,000,000,..."),
        pytest.param("Hungary approved " + HUGE + " billion USD of ODA for Vietnam", id="in ODA"),
    ],
)
def test_huge_numbers_do_not_raise(checker: Checker, text: str) -> None:
    assert_checks(checker, text)


class _OutOfTime(Exception):
    pass


def test_long_repetitive_statement_is_checked_in_reasonable_time(checker: Checker) -> None:
    text = "Hungary 400 million USD ODA Vietnam 2025 " * 120

    def out_of_time(signum: int, frame: FrameType | None) -> None:
        raise _OutOfTime("over 5 s")

    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        assert checker.check(text).verdict in VERDICTS
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
