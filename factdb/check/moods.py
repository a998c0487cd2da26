"""Stage 1 of checking (factdb.check.parse), negation and modality beyond the phrase
matches: the mood verbs ("agreed to", "stand ready to"), two denials that undo each other ("did
not rule out a visit", "did not postpone"), a cessation that makes a title former ("no longer a
senator"), a plan to go on doing something or of an undertaking that says whether it holds now,
a mood word inside an act's phrase, and the anchor words an ender needs. Where a denial falls
is read by factdb.check.denials.
"""

from __future__ import annotations

from functools import cache

from factdb.check.denials import denial_spans
from factdb.check.stance_words import saying_words
from factdb.check.statement import MOODS, Cue, ParsedStatement, phrases_at
from factdb.check.wording import gap_words, phrase_words
from factdb.lexicon.index import Entry, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import ROLE_TYPE, Vocabulary
from factdb.text.covered import within

# The grammar kinds that put the predicate verb right after them in a mood: "agreed to
# upgrade" (a plan), "stand ready to visit" (readiness, lexicon/<lang>/statements.yaml).
MOOD_VERBS = {"plan_verb": "plan", "ready_verb": "ready"}


def read_cessation(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """'Leahy is no longer a senator', 'not a senator any more', 'không còn là thượng nghị
    sĩ': a title said to have ended is a former one. The denial becomes a tense word where it
    stood, so the title reads as former and affirmed; without a title it stays a denial
    ('Hungary no longer grants scholarships'). The tense word takes in the words of a cessation
    that holds the denial and begins before it ("đã không còn là", "giờ đã không còn là"): a
    word of it left over would part the title from its holder."""
    negation = parsed.negation
    cessations = [c for c in parsed.grammar if c.kind == "cessation"]
    if negation is None or not cessations:
        return
    roles = [
        m
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type == ROLE_TYPE
    ]
    words = [s for _, s, _ in parsed.tokens.words()]
    after = [s for s in words if s >= negation.end][:3]
    if not any(m.start in after for m in roles):
        return
    start = min(
        (c.start for c in cessations if c.start <= negation.start < c.end), default=negation.start
    )
    parsed.negation = None
    parsed.grammar = [c for c in parsed.grammar if c.kind != "cessation"]
    words = parsed.text[start : negation.end]
    parsed.grammar.append(Cue("former", "former", words, start, negation.end))
    parsed.grammar.sort(key=lambda c: c.start)


@cache
def undertakings() -> frozenset[str]:
    """The predicates whose act is an undertaking (factdb/lexicon/world/undertakings.yaml): a
    plan word before one says whether it holds now, in a statement and in a claim alike."""
    return frozenset(load_lexicon("world", "undertakings").get("undertakings") or {})


def read_continuation(parsed: ParsedStatement) -> None:
    """'Hungary will go on offering 200 scholarships', 'sẽ tiếp tục cấp': a plan to go on doing
    something says it is done now, as the sources' "maintains" does; the future word is no plan
    of a new act. So does a plan word before an undertaking ('Vietnam will stay committed', 'sẽ
    ngừng hợp tác': whether the undertaking holds now, factdb/lexicon/world/undertakings.yaml).
    A plan word followed at once by a continuation (`continuations` in the statement lexicons)
    or by an undertaking's trigger is dropped, and the statement reads as fact where no plan is
    left, and so is one right before a denial that the undertaking still holds ("would no
    longer be a priority"; "sẽ không cam kết" is a refusal to come). A plan word a denial
    governs ("has no plans to cut", "không có ý định cắt") stays: a plan denied says nothing
    of whether the undertaking holds now."""
    plans = [c for c in parsed.modality_cues if c.kind == "plan"]
    if not plans:
        return
    goes_on = set(phrase_keys("statements", "continuations", (parsed.lang,)))
    ended = set(phrase_keys("statements", "cessations", (parsed.lang,)))
    words = parsed.tokens.words()
    keys = [w for w, _, _ in words]
    starts = [s for _, s, _ in words]

    denial = parsed.negation

    def undertaken(i: int) -> bool:
        # an undertaking's own act at word i, not a verb that gives one ("commit", "cam kết")
        if i >= len(starts) or any(tuple(keys[i : i + len(g)]) == g for g in saying_words()):
            return False
        return any(t.target in undertakings() and t.start == starts[i] for t in parsed.triggers)

    def continued(cue: Cue) -> bool:
        if denial is not None and denial.end <= cue.start:
            return False
        i = next((k for k, s in enumerate(starts) if s >= cue.end), len(keys))
        if any(tuple(keys[i : i + len(g)]) == g for g in goes_on):
            return True
        # the undertaking's verb, past one word at most ("will stay committed"), or past a
        # denial the plan word governs as it would a denying verb ("would no longer be a
        # priority", "sẽ không còn là ưu tiên": the undertaking does not hold now)
        near = starts[i : i + 2]
        if denial is not None and starts[i : i + 1] == [denial.start]:
            past = next((k for k, s in enumerate(starts) if s >= denial.end), len(keys))
            # only a verb that ends it ("would halt", "sẽ ngừng"), a denial that it goes on
            # ("no longer", "will not remain") or one of the undertaken act itself ("will not
            # prioritise", "sẽ không ưu tiên": the speaker's "sẽ ưu tiên" denied): "sẽ không
            # cam kết", "will not commit" is a refusal still to come, not an undertaking that
            # does not hold now
            denied = tuple(w for w, s, _ in words if denial.start <= s < denial.end)
            ending = any(t.kind == "antonym" and t.start == denial.start for t in parsed.triggers)
            if (
                not ending
                and denied not in ended
                and not any(tuple(keys[past : past + len(g)]) == g for g in goes_on)
                and not undertaken(past)
            ):
                return False
            near += starts[past : past + 2]
        return any(t.target in undertakings() and t.start in near for t in parsed.triggers)

    dropped = [c for c in plans if continued(c)]
    if not dropped:
        return
    parsed.modality_cues = [c for c in parsed.modality_cues if c not in dropped]
    if parsed.modality == "plan" and not any(c.kind == "plan" for c in parsed.modality_cues):
        parsed.modality = "fact"


def drop_named_moods(parsed: ParsedStatement, slotted: list[tuple[int, int]]) -> None:
    """A mood word inside the phrase of an act ("sent New Year wishes", "wished Lam a happy
    Lunar New Year": greetings sent) names the act, not a wish or plan for it. So does one inside
    a longer denial ("sắp hoàn tất thủ tục": about to complete, so not done yet); one that is the
    whole denial ("ruled out") is a plan denied, and stays."""
    named = [(t.start, t.end) for t in parsed.triggers] + slotted
    denial = parsed.negation
    kept = [
        c
        for c in parsed.modality_cues
        if not within(c.start, c.end, named)
        and not (
            denial is not None
            and within(c.start, c.end, [(denial.start, denial.end)])
            and (c.start, c.end) != (denial.start, denial.end)
        )
    ]
    if len(kept) == len(parsed.modality_cues):
        return
    parsed.modality_cues = kept
    moods = {c.kind for c in kept}
    parsed.modality = next((m for m in MOODS if m in moods), "fact")


def done_contents(parsed: ParsedStatement) -> None:
    """An act said done inside an expectation or a hope ("Hagerty kỳ vọng hiệp định đã hoàn
    tất", "expects the deal to have been concluded"): a word of the completed aspect right
    before the act's verb, after the mood word (`done_in_view` in lexicon/<lang>/statements.yaml),
    gives the content as done by then, not the act hoped for, so the mood words before it say no
    plan or wish of that act: the statement is read as of a fact, which a claim of the plan does
    not bear out."""
    if parsed.modality not in ("plan", "wish") or not parsed.modality_cues:
        return
    for start, end in phrases_at(parsed, "statements", "done_in_view"):
        act = next((t for t in parsed.triggers if t.start >= end), None)
        if act is None or gap_words(parsed.text[end : act.start]):
            continue
        before = [c for c in parsed.modality_cues if c.end <= start]
        if not before:
            continue
        parsed.modality_cues = [c for c in parsed.modality_cues if c not in before]
        moods = {c.kind for c in parsed.modality_cues}
        parsed.modality = next((m for m in MOODS if m in moods), "fact")
        return


def undone_denials(
    parsed: ParsedStatement, found: list[tuple[str, int, int, list[Entry]]], vocab: Vocabulary
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A denial right before a verb that denies by its own sense (`denying_verbs` of
    lexicon/<lang>/statements.yaml, `delayers` of polarity.yaml), with at most the words of
    `bound_denial_gaps` between: "did not rule out a visit", "chưa hề loại trừ khả năng", "never
    denied plans to", "did not postpone the visit". Denying a denial affirms what it would have
    denied, so neither word denies the act; the denying verb's mood word stays ("rule out" says a
    plan). The spans of both, for the caller to drop as denials and to count as read; and apart,
    those of the delays among them: that an act was not put off, it kept its time, is no claim's
    word, so the delay stays for the claims to account for."""
    verbs = set(phrase_keys("statements", "denying_verbs", (parsed.lang,)))
    delaying = set(phrase_keys("polarity", "delayers", (parsed.lang,)))
    if not verbs | delaying:
        return [], []
    text, words = parsed.text, parsed.tokens.words()
    denials = denial_spans(parsed, found, vocab)
    denials += [d for d in _opening_delays(found, words, delaying) if d not in denials]
    keys = {(s, e): tuple(k for k, ws, _ in words if s <= ws < e) for s, e in denials}
    denying = [span for span in denials if keys[span] in verbs | delaying]
    gaps = phrase_words(
        tuple(load_lexicon(parsed.lang, "statements").get("bound_denial_gaps") or ())
    )
    undone: list[tuple[int, int]] = []
    delays: list[tuple[int, int]] = []
    for vs, ve in denying:
        before = [
            (s, e)
            for s, e in denials
            if e <= vs and (s, e) not in denying and set(gap_words(text[e:vs])) <= gaps
        ]
        if before:
            undone += [max(before, key=lambda d: d[1] - d[0]), (vs, ve)]
            if keys[(vs, ve)] in delaying:
                delays.append((vs, ve))
    return undone, delays


def _opening_delays(
    found: list[tuple[str, int, int, list[Entry]]],
    words: list[tuple[str, int, int]],
    delaying: set[tuple[str, ...]],
) -> list[tuple[int, int]]:
    """The delay opening an antonym's phrase ("hoãn chuyến thăm" of `visited`, read so without
    marks too, where "hoan" alone is no denial): the delay's own words, which a denial before
    them undoes as it undoes the delay said alone (scope._delaying reads the phrase so)."""
    spans = []
    for kind, start, end, _ in found:
        if kind != "antonym":
            continue
        inside = [(k, e) for k, s, e in words if start <= s and e <= end]
        opening = [n for n in range(1, len(inside)) if tuple(k for k, _ in inside[:n]) in delaying]
        if opening:
            spans.append((start, inside[max(opening) - 1][1]))
    return spans


def anchored(parsed: ParsedStatement, ender: Entry, start: int) -> bool:
    """Whether the verb that ends or undoes at `start` ("has since been discontinued", "đã bị
    dừng") ends its continuing topic: one of the topic's anchor words (`continuing` in
    lexicon/<lang>/polarity.yaml) stands before it in the statement, or "the scholarships had
    been discontinued" would end the war-legacy funding too."""
    anchors = phrases_at(parsed, "polarity", "continuing", ender.target)
    return any(s < start for s, _ in anchors)
