"""Stage 1 of checking (factdb.check.parse), the words around a statement's verbs, read
once its names, dates and triggers are: a question, a mood verb before the act ("agreed to
upgrade"), a word of all with the title said of each one ("every leader Lam met was a
president"), "only" before or after a name, an aside clause, a cessation, a continuation, and a
predicate ordered against another event ("before meeting Tokayev").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from factdb.check.clauses import read_aside
from factdb.check.moods import MOOD_VERBS, read_cessation, read_continuation
from factdb.check.statement import Cue, ParsedStatement, phrases_at
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import overlaps, within
from factdb.text.sentences import CLAUSE_END
from factdb.text.tokens import phrase_spans, word_keys


def read_around_verbs(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """A question, a plan made of an agreement ("agreed to upgrade"), a predicate ordered
    against another event ("before meeting Tokayev") and "only" before a name."""
    text = parsed.text
    # read on the words the parse reads: a post's tags after the question mark label it
    # ("Did Lam meet Orbán? #BoardOfPeace" still asks)
    parsed.question = parsed.tokens.text.rstrip().endswith("?")
    words = parsed.tokens.words()
    starts = [s for _, s, _ in words]
    triggers = sorted(parsed.triggers, key=lambda t: t.start)

    def next_word(end: int) -> int | None:
        return next((s for s in starts if s >= end), None)

    # "agreed to wrap up the talks": a verb that adds nothing to a predicate after it is still
    # the act agreed to, not a fact done
    transparent = {c.start for c in parsed.grammar if c.kind == "transparent_verb"}
    # "ready to exchange visits", "sẵn sàng trao đổi các chuyến thăm": the act exchanged, one
    # word between at most, is the one planned
    exchanged = {
        start
        for start, end in phrases_at(parsed, "statements", "reciprocal_verbs")
        if any(t.start in starts[bisect_left(starts, end) :][:2] for t in triggers)
    }
    # "ready to be a founding member": a copula and its article between the mood verb and the
    # act's noun (`mood_copulas` in lexicon/<lang>/statements.yaml) leave the act the one meant
    copulas = dict(phrases_at(parsed, "statements", "mood_copulas"))
    for cue in parsed.grammar:
        if cue.kind in MOOD_VERBS:
            after = next_word(cue.end)
            if after in copulas:
                after = next_word(copulas[after])
            if after in transparent | exchanged or any(t.start == after for t in triggers):
                mood = MOOD_VERBS[cue.kind]
                parsed.modality_cues.append(Cue(mood, cue.target, cue.text, cue.start, cue.end))
                # readiness is said of the verb right after it, inside any plan ("sẽ sẵn sàng")
                if parsed.modality == "fact" or (mood == "ready" and parsed.modality == "plan"):
                    parsed.modality = mood
        elif cue.kind == "universal" and parsed.universal is None:
            parsed.universal = _universal(parsed, vocab, cue, triggers, starts)
        elif (
            cue.kind == "only_word"
            and parsed.only is None
            and word_keys(cue.text) in _only_listed(parsed.lang, "only_after")
        ):
            # a word that follows what it restricts: "thủ tướng duy nhất" (the only prime
            # minister), the title or name right before it
            before = [
                m
                for m in parsed.entities
                if len(m.ids) == 1
                and m.ids[0] in vocab.entities
                and vocab.entities[m.ids[0]].type in (PERSON, ROLE_TYPE)
                and not text[m.end : cue.start].strip()
            ]
            if before:
                m = before[0]
                parsed.only = Cue("only", m.ids[0], text[m.start : cue.end], m.start, cue.end)
            else:
                parsed.only = Cue("only", "", cue.text, cue.start, cue.end)
        elif (
            cue.kind == "only_word"
            and parsed.only is None
            # "just met Orbán" says when, as "vừa gặp" does: such a word restricts only the
            # name right after it ("met just Orbán"), never a verb
            and not (
                word_keys(cue.text) in _only_listed(parsed.lang, "only_before_names")
                and any(t.start == next_word(cue.end) for t in triggers)
            )
        ):
            # the name right after, or after a verb and a title: "met only Orbán", "chỉ gặp
            # Thủ tướng Orbán"
            following = [s for s in starts if s >= cue.end][:4]
            near = [
                m
                for m in sorted(parsed.entities, key=lambda m: m.start)
                if m.start in following and len(m.ids) == 1 and m.ids[0] in vocab.entities
            ]
            # Only a verb or a title may stand between: "the only leader to meet Orbán" says
            # something of the leader, not that Orbán was the only one met.
            spans = [(t.start, t.end) for t in triggers] + [(m.start, m.end) for m in near]
            near = [
                m
                for m in near
                if all(
                    overlaps(ws, we, spans)
                    for _, ws, we in words
                    if cue.end <= ws and we <= m.start
                )
            ]
            people = [m for m in near if vocab.entities[m.ids[0]].type == PERSON]
            titles = [m for m in near if vocab.entities[m.ids[0]].type == ROLE_TYPE]
            named = people[:1] or titles[:1]
            if titles and _after_article(parsed, cue) and titles[0].start < named[0].start:
                # "the only prime minister Lam met": an article makes "only" restrict the noun
                # after it, and the name after that noun opens a relative clause
                named = titles[:1]
            if named:
                m = named[0]
                parsed.only = Cue("only", m.ids[0], text[cue.start : m.end], cue.start, m.end)
            elif not any(q.start <= cue.start < q.end for q in parsed.quantities):
                # "the only leader to meet Orbán": a uniqueness no claim says (no name to check)
                parsed.only = Cue("only", "", cue.text, cue.start, cue.end)
    read_aside(parsed)
    read_cessation(parsed, vocab)
    read_continuation(parsed)
    relative = parsed.relative
    for cue in (c for c in parsed.grammar if c.kind == "event_order"):
        if relative is not None and relative.start <= cue.start < relative.end:
            continue  # "a day after calling Daines": the relative date orders them (check.relative)
        after = next_word(cue.end)
        trigger = next((t for t in parsed.triggers if t.start == after), None)
        if trigger is not None and parsed.ordering is None:
            parsed.ordering = Cue(
                "ordering", cue.text, text[cue.start : trigger.end], cue.start, trigger.end
            )


def _universal(
    parsed: ParsedStatement, vocab: Vocabulary, cue: Cue, triggers: list[Cue], starts: list[int]
) -> Cue | None:
    """ "Every leader Lam met on Feb 19 was a president", "tất cả các nhà lãnh đạo Tô Lâm gặp
    ... đều là tổng thống": a word of all (`universals`) right before a noun of people
    (`counted_people`, one word between at most), a verb after it, and a title after the verb
    that is said of each one the verb reached. The cue's target is the title's office."""

    # the noun may take the word of all's last word ("tất cả các" / "các nhà lãnh đạo"); a noun
    # of one person is a group only after it ("every leader": `universal_nouns`)
    words = parsed.tokens.words()
    single = phrase_spans(words, phrase_keys("statements", "universal_nouns", (parsed.lang,)))
    spans = [(p.start, p.end) for p in parsed.people] + single
    nouns = [
        (s, e)
        for s, e in sorted(spans)
        if s >= cue.start and e > cue.end and len([w for w in starts if cue.end <= w < s]) <= 1
    ]
    if not nouns:
        return None
    noun_end = nouns[0][1]
    verb = next((t for t in triggers if t.start >= noun_end), None)
    if verb is None:
        return None
    copula = next((c for c in parsed.grammar if c.kind == "copula" and c.start >= verb.end), None)
    if copula is None:
        return None
    # the title the copula says of them, a word or two after it ("were presidents", "was a
    # president", "đều là tổng thống", "were former presidents"), not one of another verb's
    title = next(
        (
            m
            for m in sorted(parsed.entities, key=lambda m: m.start)
            if m.start >= copula.end
            and len([s for s in starts if copula.end <= s < m.start]) <= TITLE_REACH
            and len(m.ids) == 1
            and m.ids[0] in vocab.entities
            and vocab.entities[m.ids[0]].type == ROLE_TYPE
        ),
        None,
    )
    if title is None:
        return None
    # the title closes what is said of them: "heads of state or government" says one of two
    clause = CLAUSE_END.search(parsed.text, title.end)
    end = clause.start() if clause else len(parsed.text)
    named = [(m.start, m.end) for m in parsed.entities] + [(d.start, d.end) for d in parsed.dates]
    if any(title.end <= s < end and not within(s, e, named) for _, s, e in parsed.tokens.words()):
        return None
    return Cue("universal", title.ids[0], parsed.text[cue.start : title.end], cue.start, title.end)


# Words that may stand between a copula and the title it gives ("was a former president").
TITLE_REACH = 2


def _after_article(parsed: ParsedStatement, cue: Cue) -> bool:
    """Whether a title filler stands right before the cue ("the only")."""
    return any(
        c.kind == "title_filler"
        and c.end <= cue.start
        and not parsed.text[c.end : cue.start].strip()
        for c in parsed.grammar
    )


@lru_cache(maxsize=4)
def _only_listed(lang: str, key: str) -> frozenset[tuple[str, ...]]:
    """The words of "only" listed under `key` in lexicon/<lang>/statements.yaml: those that
    follow what they restrict (`only_after`), those that restrict a name only
    (`only_before_names`)."""
    return frozenset(word_keys(w) for w in load_lexicon(lang, "statements").get(key) or [])
