"""A stance said in the passive, read in the active (issue 10, predicates): "Daines was thanked
by Lam for the resolution", "Ông Daines được Tổng Bí thư cảm ơn vì ..." say what "Lam thanked
Daines for ..." says. The stance reader (check.stance) takes the speaker from before the verb and
the one spoken to from after it, so the passive sentence is turned round first: the agent (the
names right after "by", or right after "được", where Vietnamese puts them before the verb) opens
the sentence, the verb follows, then the subject and the rest (`passive_stances` in
lexicon/<lang>/stances.yaml; tests/test_passive_stances.py). With no agent named ("Daines was
thanked for ...") nothing says who took the stance, and the statement is read as it stands.
"""

from __future__ import annotations

from factdb.check.statement import Mention, ParsedStatement
from factdb.check.wording import entity_type
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import PERSON, ROLE_TYPE, Vocabulary
from factdb.text.sentences import CLAUSE_BREAKS
from factdb.text.tokens import phrase_spans

# Who may take a stance or be shown one here: a person, or an office standing for its holder.
PARTIES = frozenset({PERSON, ROLE_TYPE})


def active_stance(parsed: ParsedStatement, vocab: Vocabulary) -> list[str]:
    """The statement with its first passive stance turned to the active, as the clauses to
    judge ("Tổng Bí thư cảm ơn ông Daines vì ..." of "Ông Daines được Tổng Bí thư cảm ơn vì
    ..."), or none where it says none: an auxiliary (`auxiliaries`) after the subject's names
    (a title and a name), words set off by commas between at most; the agent's names, after
    an `agents` word where the language has one, else right after the auxiliary (focus words
    and honorifics before them); the verb (`verbs`) right before or after them. Words set off
    after the subject describe it ("Ông Daines, thành viên Ủy ban Đối ngoại, được ..."): a
    clause of their own, the subject and the `copulas` word before them, for the claims to
    bear out too; an alternative set off there ("..., chứ không phải ông Daines, ...") goes
    with the subject. Words that open the sentence before the subject's clause ("Tại cuộc
    gặp, ...") stay in front; focus words ("Chính ông Hagerty") are left out, as they say
    nothing a claim bears out."""
    text = parsed.text
    names = sorted(
        (m for m in parsed.entities if entity_type(m, vocab) in PARTIES), key=lambda m: m.start
    )
    if len(names) < 2:
        return []
    verbs = _spans(parsed, "stances", "passive_stances", "verbs")
    agents = _spans(parsed, "stances", "passive_stances", "agents")
    emphatic = _spans(parsed, "statements", "focus_words", "words")
    # words that may stand before a party's names: "chính", "ông" (`focus_words`)
    focus = emphatic + _spans(parsed, "statements", "focus_words", "before_names")
    # the agent after its own word ("by"), or right after the auxiliary where none is listed
    after_verb = bool(phrase_keys("stances", "passive_stances", (parsed.lang,), "agents"))
    copulas = (load_lexicon(parsed.lang, "stances").get("passive_stances") or {}).get("copulas")
    copula = next(iter(copulas or []), "")
    for aux_start, aux_end in sorted(_spans(parsed, "stances", "passive_stances", "auxiliaries")):
        before = [m for m in names if m.end <= aux_start]
        if not before:
            continue
        breaks = (i + 1 for i, c in enumerate(text[: before[0].start]) if c in CLAUSE_BREAKS)
        opens = max(breaks, default=0)
        head = _chain([m for m in names if m.start >= before[0].start], before[0].start, text, [])
        apposed = text[head[-1].end : aux_start].strip()
        if apposed and not (apposed.startswith(",") and apposed.endswith(",")):
            continue
        if after_verb:
            verb = _at(verbs, aux_end, text)
            agent_word = _at(agents, verb[1], text) if verb else None
            chain = _chain(names, agent_word[1], text, []) if agent_word else []
            rest = chain[-1].end if chain else 0
        else:
            chain = _chain(names, aux_end, text, focus)
            verb = _at(verbs, chain[-1].end, text) if chain else None
            rest = verb[1] if verb else 0
        if not chain or verb is None:
            continue
        begins = _opened(before[0].start, opens, focus)
        opening = _without(text, opens, begins, emphatic)
        subject = _without(text, begins, head[-1].end, emphatic)
        agent = text[_opened(chain[0].start, aux_end, focus) : chain[-1].end].strip()
        apposed = apposed.strip(", ")
        cues = [(e.cue.start, e.cue.end) for e in parsed.exclusions]
        inline = apposed and any(head[-1].end <= s < aux_start for s, _ in cues)
        said = f"{subject} {apposed}" if inline else subject
        active = f"{text[:opens]} {opening} {agent} {text[verb[0] : verb[1]]} {said}{text[rest:]}"
        clauses = [" ".join(active.split())]
        if apposed and not inline:
            clauses.append(f"{subject} {copula} {apposed}.")
        return clauses
    return []


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The words from `start` to `end` without those of `spans`."""
    kept = list(text[start:end])
    for s, e in spans:
        if start <= s and e <= end:
            kept[s - start : e - start] = [" "] * (e - s)
    return " ".join("".join(kept).split())


def _spans(parsed: ParsedStatement, name: str, key: str, sub: str) -> list[tuple[int, int]]:
    """Where the statement says a phrase of the list `sub` of `key`, in its own language."""
    return phrase_spans(parsed.tokens.words(), phrase_keys(name, key, (parsed.lang,), sub))


def _at(spans: list[tuple[int, int]], pos: int, text: str) -> tuple[int, int] | None:
    """The span of `spans` that starts right after `pos`, spaces between at most."""
    return next((s for s in spans if s[0] >= pos and not text[pos : s[0]].strip()), None)


def _chain(
    names: list[Mention], pos: int, text: str, focus: list[tuple[int, int]]
) -> list[Mention]:
    """The names that follow `pos` one after another (a title and its holder's name), with
    spaces or focus words ("chính ông") only between."""
    chain: list[Mention] = []
    for m in names:
        if m.start < pos:
            continue
        if _without(text, pos, m.start, focus):
            break
        chain.append(m)
        pos = m.end
    return chain


def _opened(start: int, pos: int, focus: list[tuple[int, int]]) -> int:
    """Where the agent's words begin: at the first focus word before its first name, if one
    stands there ("được chính Tổng Bí thư", "được ông Daines"), else at the name."""
    return min((s for s, e in focus if pos <= s and e <= start), default=start)
