"""Who said what: the speaker and stance a statement attributes (issue 10, class 4).

Newsrooms check quotes and stances: "Daines said he hoped ...", "Lam thanked Daines for ...",
"Czechs see Vietnam as a gateway to ASEAN", "..., Tô Lâm told Hegseth", "Theo TNS Daines, ...",
"Daines: Việt Nam là ...". A statement is read into at most one `StanceReading`: the speaker
(an entity) and the stance (said, affirmed, stressed, proposed, thanked, praised, wished,
regarded, expressed). What was said is the rest of the statement, read and judged as usual;
the reading only says whose words they are.

Which words are stance verbs, "according to" cues and the small words that may stand between a
speaker and the verb ("also", "đã") is language data (factdb/lexicon/<lang>/stances.yaml, with
an example corpus each that tests/test_stance.py runs); the code here never knows a word.

The rule a claim with a speaker applies (`speaker_rule`), used by factdb.check.judge:

* `same`: the statement's speaker is the claim's and its stance is the claim's or a broader one
  ("said" for "stressed"): the content decides, as for any claim. When several words could name
  the speaker ("Vietnam has always counted the US among its partners, Lam told Hegseth"), a
  person is taken before a country.
* `other-stance`: the same speaker, a stance the claim does not imply ("praised" for
  "proposed"): not enough info.
* `other-party`: another speaker who is a party to the claim's exchange (the one spoken to,
  thanked or named in it), where the sources give the stance to the claim's speaker alone on
  that occasion (`sole_speaker`): contradicted when the content, put in the claim's speaker's
  mouth, is borne out, and only on that occasion: a party, a date or a place the statement gives
  that the claim does not have (the judge's OCCASION_DETAILS) may be another occasion's, where
  the words may be his. "Daines thanked Lam" of a call in which Lam thanked Daines. The claim's
  speaker's own side (a country where the speaker holds an office now) is no other party.
  A stance that goes on the clause of an act ("Lam wrote back accepting the invitation, saying
  ...") or is said by what carries words ("Leahy's letter to Lam thanked ...": `_carried`) was
  taken on that act's occasion, which may be another exchange: never `other-party`.
  A cleft that picks the speaker out ("It was Hagerty who told Lam he was pleased ...",
  "Chính ông Hagerty là người ...": `picks_out`) says he and no other took the stance the
  sources report, so it is `other-party` for anyone else too, on that occasion only.
* `turned-stance`: the statement turns the stance round ("Lam criticised Trump's peace efforts",
  "rejected" what he proposed: `turned` in stances.yaml), and the claim's speaker is the
  statement's, with the stance turned or a narrower one: contradicted when the content is
  borne out as the claim says it, on that claim's occasion only (every party, date and place
  the statement names accounted for, as for `other-party`). A turned stance given to anyone
  else is `other`: the sources never say who was against what. The turn may come after the
  speaker is named again ("Lam told Hegseth he criticised ...": `_run_on`) or in his own words
  in the quotation he is given ("'I condemn ...,' Lam told Hegseth": `_turned_in_quotation`).
* `other`: any other speaker: not enough info. Someone else may have said the same elsewhere.
* `unsaid`: the statement names no speaker. What someone said is not stated as a fact by the
  sources ("Daines wished the agreement concluded soon" is not "it will be concluded soon"), so
  a claim of it decides nothing then.

Speakers listed together ("Tokayev, Mirziyoyev and Aliyev were impressed") are each borne out
by a claim of their own, and never contradict. A speaker given by a title alone ("Tổng Bí thư
đánh giá cao ...") is whoever the claims say holds that office: the judge reads the reading as
the claim's speaker when the claims give them the office, and never contradicts on a title
alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import cache

from factdb.check.parse import parse_statement
from factdb.check.stance_words import (
    TURNED,
    UNSAID,
    person_cues,
    stance_cues,
    stance_phrases,
)
from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.check.wording import POSSESSIVES, list_joiners
from factdb.lexicon.index import LANGUAGES, phrase_keys
from factdb.lexicon.index import fillers as filler_words
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import CITY, COUNTRY, PERSON, ROLE_TYPE, TOPIC, Vocabulary
from factdb.records import dataclass, replace
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps, within
from factdb.text.fold import has_marks, nfc
from factdb.text.sentences import (
    BRACKETS,
    CLAUSE_BREAKS,
    DASH_MARKS,
    DOUBLE_QUOTES,
    SENTENCE_ENDS,
    SINGLE_QUOTES,
)
from factdb.text.tokens import Tokens, phrase_spans, tokenize, word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    pass

# Entity types that can speak, or hold a view, in the press's sense ("Hanoi regards ...").
# A title alone ("Tổng Bí thư khẳng định") stands for its holder, whom the judge finds in the
# claims (assess.assess_said).
SPEAKER_TYPES = frozenset({PERSON, COUNTRY, "organisation", "committee", "party", CITY, ROLE_TYPE})
# What may stand before a speaker's name as part of how he is named: his title, his country.
TITLED = frozenset({ROLE_TYPE, COUNTRY})
# Grammar cues that make a run of names a clause as a verb does ("Hagerty is a senator").
COPULAS = frozenset({"copula", "negated_copula"})
# Grammar cues that may stand inside one subject's run of names ("the US", "Daines and Hagerty").
RUN_ON = frozenset({"title_filler", "list_joiner"})
# Each stance and the broader ones it implies: a claim that Lâm stressed something bears out
# "Lâm said it", not the other way round; to affirm that A is B is to regard A as B ("Leahy sees
# the ties as a model of reconciliation" of his stressing that they are one). A feeling shown
# about something (glad, impressed, proud, confident that it will be) holds it so: "Hagerty
# believes the deal will be concluded soon" of his confidence that it will. A wish does not:
# "Daines hopes Vietnam will be strong" is no belief that it is, so a wish implies only what was
# said. To affirm a view and to stress it are one stance in the press's words: a report gives
# "nhấn mạnh", "stressed" for the source's "khẳng định" and the other way round, so each bears
# the other out. Language-neutral: the words are in the lexicons.
BROADER: dict[str, tuple[str, ...]] = {
    "said": (),
    "affirmed": ("said", "regarded", "stressed"),
    "stressed": ("affirmed",),
    "proposed": ("said",),
    "regarded": ("said",),
    "expressed": ("said", "regarded"),
    "wished": ("said",),
    "praised": ("expressed",),
    "thanked": ("expressed",),
}
# The stances that are views someone holds (a wish, a regard, a feeling), not words said or
# affirmed: within what a speaker said ("Hagerty told Lam that Vietnam wants ...") they are the
# view of whoever holds them (StanceReading.held). "Congress backs Vietnam" is an undertaking
# said of Congress, which a claim of what the speaker affirmed bears out.
HELD_VIEWS = frozenset({"wished", "regarded", "expressed", "praised", "thanked"})
# What may end the clause before a list of speakers: a sentence, a colon, a quotation. Not a
# comma: the list's names are written with commas.
CLAUSE_ENDS = (
    SENTENCE_ENDS | (CLAUSE_BREAKS - {","}) | DOUBLE_QUOTES | SINGLE_QUOTES | BRACKETS | DASH_MARKS
)
# What may end the clause before an act's clause that a stance verb goes on: a sentence, a
# colon, a line, a quotation. Not a comma: the one before the stance verb joins it to the act.
DOER_CLAUSE_ENDS = SENTENCE_ENDS | (CLAUSE_BREAKS - {","}) | DOUBLE_QUOTES | {"\n"}
# The cue of a word that opens a clause with whose view it is ("Với Praha, ...", "For Prague,
# ..."): `viewpoints` in stances.yaml, read by _viewpoint_cues, never a stance word of its own.
VIEWPOINT = "viewpoint"
# How many small words ("also", "đã") may stand between a speaker and the stance verb. Each is
# one of the lexicon's `between` words, so the bound only stops a run that no sentence writes:
# a collective speaker's head, a tense word and two adverbs ("The U.S. side has consistently
# reaffirmed", "Phía Mỹ cũng đã luôn khẳng định") are four.
MAX_BETWEEN = 4
# Entity types that report a fact rather than take part in it when a statement attributes the
# fact to them (accounting.reporter): a government, a ministry, a country.
REPORTING_TYPES = frozenset({"organisation", COUNTRY})
# The stances a speaker's own verb in his quotation narrows the attribution to ("'I thank ...,'
# Lam said": thanked). Not a bare feeling ("'Tôi tự hào là ...,' ông Leahy chia sẻ"): the pride
# wraps what he stressed, and the claims keep the content, not the feeling.
NARROWING = frozenset(BROADER) - {"expressed"}


@dataclass(frozen=True)
class StanceReading:
    speaker: str
    stance: str
    text: str  # the words read: "Daines said", "Theo TNS Daines", "Hun Manet:"
    start: int
    end: int
    # The speakers listed with it ("Tokayev, Mirziyoyev and Aliyev were impressed"): each said
    # it, and each is borne out by a claim of their own.
    others: tuple[str, ...] = ()
    # Said on the occasion of an act ("Lam wrote back accepting the invitation, saying ..."):
    # that occasion may not be the claim's exchange, so it gives no words to the wrong side.
    on_act: bool = False
    # The stance turned round ("criticised" of `praised`, "rejected" of `proposed`): the speaker
    # is said to hold the opposite view of what the stance would say.
    turned: bool = False
    # The saying denied ("did not pledge to ...", "từ chối cam kết ..."): the speaker is said to
    # have given no such word, which says nothing of what he did say instead.
    unsaid: bool = False
    # The speaker named again later with a verb of saying ("Daines hopes ..., he told Lam"):
    # (start, end) of those words, which are the attribution's too.
    again: tuple[tuple[int, int], ...] = ()
    # Who else the words said give a view of their own ("Hagerty told Lam that Vietnam wants
    # ...": Vietnam's wish, not Hagerty's): only a claim giving them that view bears it out.
    held: tuple[str, ...] = ()
    # (start, end) of the words set off by commas between the speaker and his verb ("Orbán, in
    # a letter to Lam, said", "Leahy, giọng xúc động, khẳng định"): how, where or as whom he
    # said it, a detail of its own for the claims to bear out, no word of the attribution.
    aside: tuple[int, int] | None = None
    # Named after a quotation and a dash, with no verb ("'...' - Senator Daines"): whose words
    # they are, not where or to whom he said them (assess.exchange_named).
    bare: bool = False
    # Read from an "according to" cue ("According to Daines, ...", "Theo TNS Daines"), no verb.
    according: bool = False
    # Who reports the speaker's words, not who said them, named before them or after: the body
    # or country an "according to" cue names beside his own verb ("According to Hanoi,
    # Washington said ...", "Theo Bộ Ngoại giao, Tổng Bí thư đề nghị ...": `_reported`), and
    # anyone named after the words with a bare verb of saying, set off by a comma at the
    # statement's end ("Lam proposed ..., Daines said", "..., ông Hegseth cho biết":
    # `_with_reporters`). A body among them is accounted for as reporting
    # (accounting.reporter); each must answer for what he reports as the speaker does
    # (accounting.unsaid_speaker).
    reporters: tuple[str, ...] = ()
    # (start, end) of the "according to" words that name a reporter: the attribution's too.
    cited: tuple[int, int] | None = None

    @property
    def opening(self) -> list[tuple[int, int]]:
        """The words of the speaker with his verb, but an aside between them."""
        if self.aside is None:
            return [(self.start, self.end)]
        return [(self.start, self.aside[0]), (self.aside[1], self.end)]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The attribution's words: the speaker with his verb (`opening`), where he is named
        again, and the words that name who reports him (`cited`)."""
        cited = [self.cited] if self.cited is not None else []
        return [*self.opening, *self.again, *cited]


def read_stance(parsed: ParsedStatement, vocab: Vocabulary) -> StanceReading | None:
    """The speaker and stance the statement attributes, or None when it attributes none."""
    text = parsed.text
    # A turned verb inside a name or a view's key phrase ("Leahy said he opposed the war early")
    # is part of what was said, not a stance turned round.
    # Two turned verbs ("denounced those who criticised ...") turn each other: neither decides.
    names = [(m.start, m.end) for m in parsed.entities]
    # Nor is any stance word inside the name of one who may speak: folded, "Ha Noi" holds "nói"
    # (said), which would stand beside the verb as a second attribution.
    speakers = [
        (m.start, m.end)
        for m in parsed.entities
        if all(e in vocab.entities and vocab.entities[e].type in SPEAKER_TYPES for e in m.ids)
    ]
    # Nor is a stance word that is only part of an act's longer trigger ("To Lam says yes to
    # Trump" accepts; "says" attributes nothing).
    acts_longer = [(t.start, t.end) for t in parsed.triggers if t.kind == "trigger"]
    # Nor is the asking of a go-between ("asked Hegseth to pass his regards"): it says no view.
    carrying = [(g.start, g.end) for g in parsed.go_betweens]
    cues = [
        (kind, start, end)
        for kind, start, end in stance_cues(text, parsed.tokens)
        if not within(start, end, names if kind.startswith(TURNED) else speakers)
        and not any(s <= start and end <= e and e - s > end - start for s, e in acts_longer)
        and not within(start, end, carrying)
    ]
    if sum(kind.startswith(TURNED) for kind, _, _ in cues) > 1:
        cues = [c for c in cues if not c[0].startswith(TURNED)]
    cues = sorted([*cues, *_viewpoint_cues(text, parsed.tokens)], key=lambda c: c[1])
    if (
        not cues
        and ":" not in text
        and not _QUOTE_DASH.search(text)
        and not _SIGNED_DASH.search(text)
    ):
        # Every reading comes from a stance word, a name before a colon ("Daines: ...") or one
        # after a quotation and a dash: most statements have none, and nothing below is read.
        return None
    fillers = [(s, e) for kind, s, e in cues if kind == "between"]

    def speaker(m: Mention) -> str | None:
        if len(m.ids) != 1:
            return None  # an ambiguous name decides no speaker
        info = vocab.entities.get(m.ids[0])
        return m.ids[0] if info is not None and info.type in SPEAKER_TYPES else None

    # An aside in brackets between a speaker and the verb is no part of either ("Leahy (đảng
    # Dân chủ, bang Vermont) khẳng định ...", "Leahy (D-Vt.) said").
    asides = _bracketed(text)

    def only_fillers(start: int, end: int) -> bool:
        gap = text[start:end]
        inner = [(s, e) for s, e in fillers if start <= s and e <= end]
        for s, e in [*asides, *inner]:
            if start <= s and e <= end:
                gap = gap.replace(text[s:e], " ", 1)
        return len(inner) <= MAX_BETWEEN and not any(c.isalnum() for c in gap)

    def kind(eid: str) -> str:
        return vocab.entities[eid].type

    mentions = sorted(
        (m for m in parsed.entities if not within(m.start, m.end, asides)),
        key=lambda m: m.start,
    )
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind == "list_joiner"]
    acts = [t.start for t in parsed.triggers if t.kind == "trigger"]
    shared = _shared_subjects(text, cues, mentions, acts, joiners, speaker, kind)
    # A stance verb that goes on the clause of an act ("TBT tiếp ông Hegseth, đánh giá cao
    # ...") is said by who did the act, not by the name right before the verb.
    readings = [
        r
        for r in _readings(text, parsed.tokens.words(), cues, mentions, speaker, only_fillers, kind)
        if not any(r.end == s.end for s in shared)
    ] + shared
    readings.sort(key=lambda r: r.start)
    every = readings
    # A turned verb beside another stance verb may be a relative clause's ("Lam, who criticised
    # nobody, praised ..."): the other is the attribution, turned only by a verb run on after
    # it or by the speaker's words in a quotation.
    readings = [r for r in readings if not r.turned] or readings
    # Words inside a quotation are what was said ("“Việt Nam muốn ...”, TBT nói"): a speaker
    # named outside it is who said them.
    inside = quoted(text)
    outside = [r for r in readings if not within(r.start, r.end, inside)]
    readings = outside or readings
    readings, cited = _reported(readings, kind)
    # a title stands for its holder ("..., the party chief told the Pentagon chief")
    people = [r for r in readings if kind(r.speaker) in (PERSON, ROLE_TYPE)]
    reading = (people or readings or [None])[0]
    if reading is None:
        return None
    if cited is not None:
        reading = replace(reading, reporters=(cited.speaker,), cited=(cited.start, cited.end))
    reading = _run_on(text, reading, cues, parsed)
    reading = _said_again(text, reading, cues, mentions)
    own = reading.spans
    if reading.turned and (
        any(k in BROADER and not within(s, e, own) for k, s, e in cues)
        or not _takes_object(text, reading.end, mentions)
    ):
        # Another stance verb no attribution reads ("criticised ... before praising them"):
        # which view the statement gives him is not clear. A verb falling on someone else
        # ("slammed critics of ...") turns nothing the claims say.
        return None
    if outside and not reading.turned:
        reading = _turned_in_quotation(
            text, reading, cues, parsed.tokens, inside, only_fillers, mentions
        )
    if reading.others or reading in shared:  # the two sides named before; an act's doer
        return _with_reporters(text, _with_holders(reading, every), every)
    # What is read before a list of speakers other than their titles ("Các Tổng thống", "the
    # presidents of"): a name, a verb, a number or a date there says the list does not open
    # its clause.
    read = [
        (m.start, m.end) for m in mentions if not (len(m.ids) == 1 and kind(m.ids[0]) == ROLE_TYPE)
    ]
    read += [(t.start, t.end) for t in parsed.triggers]
    read += [(q.start, q.end) for q in parsed.quantities] + [(d.start, d.end) for d in parsed.dates]
    # and a word nothing reads: "In his reply to Trump, Lam said", "Trả lời ông Trump, ông Lâm
    # nói" speak to the name before the speaker, who is no list with him
    read += [(s, e) for _, s, e in parsed.loose_words]
    # the words for both sides before the list are the list's ("Hai bên Việt Nam và Séc"): its
    # number counts the sides
    groups = [(s, e) for k, s, e in cues if k == "collective"]
    read = [(s, e) for s, e in read if not within(s, e, groups)]
    # a number counting the listed countries or people ("Lãnh đạo ba nước A, B và C", "the
    # three countries A, B and C") is the list's, where it counts as many as are listed
    counts = {(q.start, q.end): (q.value, cue.end) for q, cue in parsed.counts}
    others = _listed(text, reading, mentions, joiners, read, speaker, kind, counts)
    # the reporter an "according to" cue names before him is none of his list
    others = tuple(o for o in others if o not in reading.reporters)
    return _with_reporters(text, _with_holders(replace(reading, others=others), every), every)


def _with_reporters(
    text: str, reading: StanceReading, readings: list[StanceReading]
) -> StanceReading:
    """`reading` with the speakers of the bare saying set off by a comma at the statement's end
    after its own words ("Lam proposed ..., Daines said") among its reporters: they report the
    whole."""
    said = {reading.speaker, *reading.others}
    ends = "".join(SENTENCE_ENDS)
    reporters = [
        r.speaker
        for r in readings
        if r.start >= reading.end
        and r.stance == "said"
        and r.speaker not in said
        and text[: r.start].rstrip().endswith(",")
        and not text[r.end :].strip().strip(ends).strip()
    ]
    if not reporters:
        return reading
    return replace(reading, reporters=tuple(dict.fromkeys([*reading.reporters, *reporters])))


def _reported(
    readings: list[StanceReading], kind: Callable[[str], str]
) -> tuple[list[StanceReading], StanceReading | None]:
    """`readings` less those of a body or a country an "according to" cue names beside another
    speaker's own verb ("According to Hanoi, Washington has said ...", "Theo thông tin từ Bộ
    Ngoại giao, Tổng Bí thư đề nghị ..."), and the first of them: it reports the words, which
    the verb's speaker said. A person so named is a speaker whose words the claims must bear
    out ("According to Leahy, Lam said ..."), and keeps his reading."""
    reporters = [r for r in readings if r.according and kind(r.speaker) in REPORTING_TYPES]
    by = {r.speaker for r in reporters}
    spoken = [r for r in readings if not r.according and r.speaker not in by]
    if not reporters or not spoken:
        return readings, None
    return spoken, reporters[0]


def _with_holders(reading: StanceReading, readings: list[StanceReading]) -> StanceReading:
    """`reading` with the holders of the views its words said give to someone else: the
    readings after its own words, of other speakers ("... that Vietnam wants", "... Việt Nam
    hài lòng")."""
    own = reading.spans
    said = {reading.speaker, *reading.others}
    held = [
        r.speaker
        for r in readings
        if r.start >= reading.end
        and not within(r.start, r.end, own)
        and r.speaker not in said
        and r.stance in HELD_VIEWS
    ]
    return replace(reading, held=tuple(dict.fromkeys(held)))


def own_denial(parsed: ParsedStatement, vocab: Vocabulary) -> ParsedStatement:
    """`parsed` without its denial where the denial is a word of the turned stance it
    attributes ("Daines isn't thrilled about ...", "tỏ ý không tán thành ..."): that "not"
    turns the speaker's view round, and denies nothing of what the view is about. Read as a
    denial, it would say Vietnam did not join the Board of Peace, and refute the fact that it
    did. So is a denial of the saying it attributes ("Daines never committed to ...": the
    word not given, of which what it is about is not denied)."""
    denial = parsed.negation
    if denial is None:
        return parsed
    reading = read_stance(parsed, vocab)
    if reading is None or not (reading.turned or reading.unsaid):
        return parsed
    # The denial a word of a longer turned phrase, never the turned verb itself: "Hanoi
    # rejected Washington's invitation" denies the acceptance as well as turning a view.
    phrases = [
        (s, e)
        for kind, s, e in stance_cues(parsed.text, parsed.tokens)
        if kind.startswith((TURNED, UNSAID))
        and reading.start <= s
        and e <= reading.end
        and (s, e) != (denial.start, denial.end)
    ]
    if not within(denial.start, denial.end, phrases):
        return parsed
    return replace(parsed, negation=None)


@cache
def _clause_joiners() -> tuple[tuple[tuple[str, ...], tuple[str, ...] | None, bool], ...]:
    """The words that join two clauses (`clause_joiners` in stances.yaml): (folded words,
    lower-cased words with marks when written with them, whether they also join a list),
    longest first."""
    found = []
    for lang in LANGUAGES:
        listing = list_joiners(lang)
        for phrase in load_lexicon(lang, "stances").get("clause_joiners") or []:
            text = nfc(str(phrase))
            accented = tuple(text.lower().split()) if has_marks(text) else None
            keys = word_keys(text)
            found.append((keys, accented, keys in listing))
    return tuple(sorted(found, key=lambda j: -len(j[0])))


def clause_breaks(text: str, tokens: Tokens) -> list[tuple[int, int, bool]]:
    """(end, start, marked) of each place where a sentence may go on to another clause: a comma
    followed by a clause joiner ("..., while Hanoi sees ...", "..., còn Hà Nội coi ..."), or a
    semicolon with or without one (marked); or a joiner that never joins a list, with no mark
    before it ("... while Hagerty sits on ...", "... còn Hà Nội coi ..."). Whether a clause of its
    own opens what follows is for the caller to read (Judge.clauses)."""
    words = tokens.words()
    keys = [k for k, _, _ in words]
    found = []
    for i, (_, start, _) in enumerate(words):
        if not i:
            continue
        before = text[words[i - 1][2] : start]
        mark = before.strip()
        if mark not in (",", ";", ""):
            continue
        cut = words[i - 1][2] + (before.index(mark) if mark else 0)
        for folded, accented, listing in _clause_joiners():
            n = len(folded)
            if tuple(keys[i : i + n]) != folded or i + n >= len(words) or (listing and not mark):
                continue
            written = tuple(text[start : words[i + n - 1][2]].lower().split())
            if accented is not None and not tokens.loose and written != accented:
                continue
            found.append((cut, words[i + n][1], bool(mark)))
            break
        else:
            if mark == ";":
                found.append((cut, start, True))
    return found


def runs_on(head: ParsedStatement, tail: ParsedStatement, at: int) -> bool:
    """Whether a comma with no joiner (`bare_commas`) runs two facts together: the clause
    before it (`head`, from its start) and the words after it (`tail`, from `at`) each open
    with a name and that name's act right after it, nothing but grammar and filler words
    between ("Ông Trump mời Việt Nam ..., TBT đã nhận lời rồi"). A fronted phrase ("On the
    sidelines of the opening session, Lam met ..."), a list of names, or a title set after a
    name ("..., Phó Thủ tướng kiêm Ngoại trưởng Séc") opens none; nor does a comma that goes on
    with the names an act is done to and what they are to do ("mời Tổng thống Trump, bà
    Melania Trump sang thăm ...": `_ends_in_parties`, `_goes_on`)."""
    verb = _ends_in_parties(head)
    return (
        _acts_at_once(head, 0) is not None
        and (verb is None or not _goes_on(verb, tail, at))
        and _acts_at_once(tail, at) is not None
    )


def _ends_in_parties(parsed: ParsedStatement) -> Cue | None:
    """The clause's last act where the clause ends with a name right after it, titles at most
    between, and it is one whose parties do what follows them (`controllers` in lexicon/<lang>/
    synonyms.yaml: "Lam invites Trump", "mời Tổng thống Trump"): the names after the comma
    may be more of the people invited or asked (`_goes_on`)."""
    names = sorted(parsed.entities, key=lambda m: m.end)
    if not names or parsed.text[names[-1].end :].strip(" ,"):
        return None
    last = names[-1]
    acts = [t for t in parsed.triggers if t.end <= last.start]
    if not acts:
        return None
    verb = max(acts, key=lambda t: t.end)
    if verb.target not in (load_lexicon(parsed.lang, "synonyms").get("controllers") or ()):
        return None
    titles = [(m.start, m.end) for m in parsed.entities]
    inside = all(
        within(s, e, titles)
        for _, s, e in parsed.tokens.words()
        if verb.end <= s and e <= last.start
    )
    return verb if inside else None


def _goes_on(verb: Cue, tail: ParsedStatement, at: int) -> bool:
    """Whether the names after the comma are more of the people `verb` is done to: the act
    after them is one it takes as its content (`contents` in lexicon/<lang>/synonyms.yaml),
    said as a content is where the language marks one ("first lady to visit": `content_marks`,
    never "first lady visits Vietnam", a fact of its own), or there is none. An act of another
    kind ("Phu nhân nhận lời") is a clause of its own."""
    act = _acts_at_once(tail, at)
    if act is None:
        return True
    lex = load_lexicon(tail.lang, "synonyms")
    if act.target not in ((lex.get("contents") or {}).get(verb.target) or ()):
        return False
    marks = phrase_keys("synonyms", "content_marks", (tail.lang,))
    before = tuple(k for k, _, e in tail.tokens.words() if e <= act.start)
    return not marks or any(before[len(before) - len(m) :] == m for m in marks)


def _acts_at_once(parsed: ParsedStatement, at: int) -> Cue | None:
    """The act right after the name's run the words from `at` open with, if they do: the
    first trigger after the run, an act's, not a copula's (a title in apposition has one:
    "Phó Thủ tướng kiêm Ngoại trưởng"), with only grammar or filler words between."""
    names = sorted((m for m in parsed.entities if m.start >= at), key=lambda m: m.start)
    if not names or not _run_on_gap(parsed, at, names[0].start):
        return None
    end = names[0].end
    for m in names[1:]:
        if not _run_on_gap(parsed, end, m.start):
            break
        end = m.end
    triggers = sorted((t for t in parsed.triggers if t.start >= end), key=lambda t: t.start)
    copulas = [(c.start, c.end) for c in parsed.grammar if c.kind in COPULAS]
    if not triggers or within(triggers[0].start, triggers[0].end, copulas):
        return None
    grammar = [(c.start, c.end) for c in parsed.grammar]
    folded = filler_words().folded
    between = all(
        within(s, e, grammar) or (k,) in folded
        for k, s, e in parsed.tokens.words()
        if end <= s and e <= triggers[0].start
    )
    return triggers[0] if between else None


def bare_commas(text: str, tokens: Tokens) -> list[tuple[int, int, bool]]:
    """(end, start, marked) of each comma no clause joiner follows ("Ông Trump mời Việt Nam
    ..., TBT nhận lời rồi", "Trump invited Vietnam ..., Lam accepted"): headlines and posts run
    two facts together with a comma alone. Whether a clause of its own opens what follows is for
    the caller to read (`runs_on`)."""
    joined = {end for end, _, _ in clause_breaks(text, tokens)}
    words = tokens.words()
    found = []
    for i in range(1, len(words)):
        gap_start, start = words[i - 1][2], words[i][1]
        if text[gap_start:start].strip() != ",":
            continue
        cut = gap_start + text[gap_start:start].index(",")
        if cut not in joined:
            found.append((cut, start, True))
    return found


def stance_goes_on(text: str, tokens: Tokens) -> list[tuple[int, int, bool]]:
    """(end, start, marked) of each comma a stance verb follows at once ("Tổng Bí thư đánh giá
    cao ..., khẳng định ..."): where a speaker's clause may go on to another stance of his, a
    clause of its own when a stance opened the first (Judge.clauses). Not a verb that takes up
    what was just said (`taken_up` in stances.yaml: "..., coi đó là minh chứng ...", "...,
    calling it ..."): its object is the first clause's (`StanceReading.again`)."""
    found = []
    taken = frozenset(phrase_keys("stances", "taken_up"))
    for kind, start, stop in stance_cues(text, tokens):
        before = text[:start].rstrip()
        after = word_keys(text[stop:])
        if any(after[: len(t)] == t for t in taken):
            continue
        if kind in BROADER and before.endswith(","):
            found.append((len(before) - 1, start, True))
    return found


def stance_opener(parsed: ParsedStatement, vocab: Vocabulary) -> list[str]:
    """The two clauses of a sentence that opens with a stance verb (or one turned round) and no
    speaker, whose speaker opens the clause after the first comma ("Đánh giá cao nỗ lực ... của
    Tổng thống Trump, Tổng Bí thư khẳng định ...", "Praising Trump's efforts ..., To Lam
    affirmed ..."): the first is that speaker's stance too, and is read with his name before
    it. Empty where the sentence opens otherwise, the first clause names a speaker of its own,
    or the one after the comma opens with no attribution (Judge.clauses)."""
    text = parsed.text
    cues = stance_cues(text, parsed.tokens)
    first = next(((s, e) for k, s, e in cues if k in BROADER or k.startswith(TURNED)), None)
    comma = text.find(",", first[1]) if first is not None else -1
    if first is None or text[: first[0]].strip() or comma < 0:
        return []
    head = text[first[0] : comma]
    rest = text[comma + 1 :].lstrip()
    tail = parse_statement(rest, vocab)
    said = read_stance(tail, vocab)
    if (
        said is None
        or said.on_act
        or not opens_attribution(tail, vocab, 0)
        or read_stance(parse_statement(head, vocab), vocab) is not None
    ):
        return []
    who = next((m.text for m in tail.entities if m.start == said.start), "")
    return [f"{who} {head[:1].lower()}{head[1:]}", rest] if who else []


def opens_attribution(parsed: ParsedStatement, vocab: Vocabulary, at: int) -> bool:
    """Whether the words from `at` open with a speaker and a stance of their own ("Hanoi sees
    ...", "Cambodian PM Hun Manet said ..."): nothing but the speaker's titles and country is
    read before the attribution."""
    reading = read_stance(parsed, vocab)
    if reading is None or reading.start < at or reading.on_act:
        return False
    before = [(m.start, m.ids) for m in parsed.entities if at <= m.start < reading.start]
    read = [t.start for t in parsed.triggers] + [q.start for q in parsed.quantities]
    read += [d.start for d in parsed.dates]
    return all(
        {vocab.entities[e].type for e in ids if e in vocab.entities} <= TITLED for _, ids in before
    ) and not any(at <= start < reading.start for start in read)


def _verbs(parsed: ParsedStatement, at: int) -> list[int]:
    """Where an act or a copula is said from `at` on: what makes a run of names a clause."""
    found = [t.start for t in parsed.triggers if t.start >= at]
    return found + [c.start for c in parsed.grammar if c.kind in COPULAS and c.start >= at]


def fact_subject(parsed: ParsedStatement, people: bool = False) -> tuple[int, int] | None:
    """(start, end) of whom a clause with no stance tells of: the names before its first act or
    copula, run together with the titles and list joiners between them ("Cambodian PM Hun
    Manet", "Tổng Bí thư Tô Lâm"), not with what a comma sets apart ("In Washington, Lam ...").
    None when no act or copula follows a name."""
    verb = min(_verbs(parsed, 0), default=None)
    before = sorted(
        (m for m in parsed.entities if m.end <= (verb if verb is not None else -1)),
        key=lambda m: m.start,
    )
    if not before:
        # with `people`, people the statement does not name right before the act ("The leaders
        # congratulated ...", "Các nhà lãnh đạo chúc mừng ...")
        return next(
            (
                (n.start, n.end)
                for n in parsed.people
                if people
                and verb is not None
                and n.end <= verb
                and not parsed.text[n.end : verb].strip()
            ),
            None,
        )
    first = before[-1]
    for m in reversed(before[:-1]):
        if not _run_on_gap(parsed, m.end, first.start):
            break
        first = m
    return first.start, before[-1].end


def _run_on_gap(parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether nothing but spaces, title fillers and list joiners stands between two names."""
    gap = parsed.text[start:end]
    covered = [(c.start, c.end) for c in parsed.grammar if c.kind in RUN_ON]
    return all(
        within(s, e, covered) for _, s, e in parsed.tokens.words() if start <= s and e <= end
    ) and not any(mark in gap for mark in CLAUSE_BREAKS)


def opens_clause(
    parsed: ParsedStatement, at: int, tight: bool = False, people: bool = False
) -> bool:
    """Whether the words from `at` open a clause of their own: a name first (after title
    fillers only: "the US", "ông Hagerty") and an act or a copula after it ("..., while Hagerty
    sits on the Appropriations Committee", "..., còn Hagerty là thành viên ..."). `tight`: the
    act or copula right after the name's run, nothing but grammar words between, as a joiner
    with no mark before it must be followed ("... while Hagerty sits on ...", not "... while
    Hagerty's visit was ..."). `people`: people the statement does not name may open it as a
    name does."""
    # with `people`, people the statement does not name open a clause as names do ("the
    # leaders congratulated ...", the subject a verb said again takes: Judge.clauses)
    unnamed = parsed.people if people else []
    names = sorted(
        (m for m in [*parsed.entities, *unnamed] if m.start >= at), key=lambda m: m.start
    )
    verbs = _verbs(parsed, at)
    if not names or not verbs:
        return False
    subject, verb = names[0].start, min(verbs)
    read = [q.start for q in parsed.quantities] + [d.start for d in parsed.dates]
    if (
        not _run_on_gap(parsed, at, subject)
        or verb <= subject
        or any(at <= s < subject for s in read)
    ):
        return False
    if not tight:
        return True
    end = names[0].end
    for m in names[1:]:
        if m.start >= verb or not _run_on_gap(parsed, end, m.start):
            break
        end = m.end
    grammar = [(c.start, c.end) for c in parsed.grammar]
    return end <= verb and all(
        within(s, e, grammar) for _, s, e in parsed.tokens.words() if end <= s and e <= verb
    )


def opens_with_act(parsed: ParsedStatement, at: int) -> bool:
    """Whether the words from `at` open with an act, no name before it: a clause whose subject
    is the first clause's ("..., and conveyed an invitation to Trump", "..., và hội kiến ...")."""
    acts = [t.start for t in parsed.triggers if t.start >= at]
    if not acts or any(at <= m.start < min(acts) for m in parsed.entities):
        return False
    return not parsed.text[at : min(acts)].strip()


def opens_with_verb(text: str) -> bool:
    """Whether `text` opens with a stance verb, no speaker before it: a clause whose subject is
    the sentence's speaker ("and wished Lam a happy New Year", "và cảm ơn ông")."""
    text = text.lstrip()
    cues = stance_cues(text, tokenize(text))
    return bool(cues) and cues[0][1] == 0 and cues[0][0] in BROADER


def _bracketed(text: str) -> list[tuple[int, int]]:
    """The spans of text in round brackets, brackets included, not nested."""
    found = []
    at = text.find("(")
    while at >= 0:
        close = text.find(")", at + 1)
        if close < 0:
            break
        found.append((at, close + 1))
        at = text.find("(", close + 1)
    return found


# Quotation marks, opening -> closing. Straight quotes open at a word's start and close at a
# word's end, so an apostrophe inside a word ("Vietnam's") is none.
QUOTES = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}


def _next_opening(text: str, i: int) -> int:
    """Where the first quotation mark from `i` is, else -1: the scan jumps from one to the next
    instead of reading every character in Python (it runs for every statement checked), with a
    search a mark, where a pattern of the marks cost every fresh check 0.3 ms to compile."""
    return min((at for mark in QUOTES if (at := text.find(mark, i)) >= 0), default=-1)


def quoted(text: str) -> list[tuple[int, int]]:
    """The spans of text between quotation marks, marks included: an opening mark not right
    after a letter or digit, to the first closing one not right before one."""
    found = []
    i = 0
    while (i := _next_opening(text, i)) >= 0:
        if i and text[i - 1].isalnum():
            i += 1
            continue
        close = QUOTES[text[i]]
        end = text.find(close, i + 1)
        while end != -1 and end + 1 < len(text) and text[end + 1].isalnum():
            end = text.find(close, end + 1)
        if end == -1:
            i += 1
            continue
        found.append((i, end + 1))
        i = end + 1
    return found


def _run_on(
    text: str, reading: StanceReading, cues: list[tuple[str, int, int]], parsed: ParsedStatement
) -> StanceReading:
    """The reading with the stance verbs right after its own ("vui mừng ghi nhận", "welcomed
    and praised"), or after the speaker named again ("said he valued", "told Leahy he was
    proud", "cho biết ông ấn tượng"; `self_reference` in stances.yaml, after the one spoken to):
    one attribution, whose words are all the stance's; its stance stays the first verb's, unless
    a verb run on turns a stance round ("said he criticised ..."): the attribution is then of that
    stance, turned."""
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind == "list_joiner"]
    people = [(m.start, m.end) for m in parsed.entities]
    again = _self_references()
    end = reading.end
    turned = reading
    for kind, start, stop in cues:
        if start < end or (kind not in BROADER and not kind.startswith(TURNED)):
            continue
        gap = text[end:start]
        for s, e in joiners:
            if end <= s and e <= start:
                gap = gap.replace(text[s:e], " ", 1)
        if gap.strip(" ,"):
            # the speaker named again, after the one spoken to at the most: "told Leahy he"
            named = [(s, e) for s, e in people if end <= s and e <= start]
            after = named[0][1] if len(named) == 1 else end
            if (
                len(named) > 1
                or (named and not _to_whom(text[end : named[0][0]]))
                or not _names_again(text[after:start], again)
            ):
                break
        end = stop
        if kind.startswith(TURNED):
            turned = _unturned(replace(reading, stance=kind))
    return replace(turned, text=text[reading.start : end], end=end)


def _turned_in_quotation(
    text: str,
    reading: StanceReading,
    cues: list[tuple[str, int, int]],
    tokens: Tokens,
    inside: list[tuple[int, int]],
    only_fillers: Callable[[int, int], bool],
    mentions: list[Mention],
) -> StanceReading:
    """The reading turned round, or narrowed, by the speaker's own words in the quotation it
    attributes: "'I condemn ...,' Lam told Hegseth" is Lam condemning, as "Lam condemned ..."
    is; "'I thank Daines for ...,' Lam said" is Lam thanking him, and "I thank" are the
    attribution's words (`again`), not a detail of what was said. The first person (`persons:
    speaker` in stances.yaml) must stand right before the verb, and a verb that narrows the
    stance must be one the reading's stance is broader than ("said": thanked, praised), and
    not a bare feeling (NARROWING)."""
    cues_of_persons = person_cues(text, tokens)
    firsts = [(s, e) for who, s, e in cues_of_persons if who == "speaker" and within(s, e, inside)]
    for kind, start, stop in cues:
        opened = next((s for s, e in firsts if e <= start and only_fillers(e, start)), None)
        if opened is None:
            continue
        if kind.startswith(TURNED) and _takes_object(text, stop, mentions):
            return _unturned(replace(reading, stance=kind))
        if kind in NARROWING and kind != reading.stance and implies(kind, reading.stance):
            return replace(reading, stance=kind, again=(*reading.again, (opened, stop)))
    return reading


def _said_again(
    text: str,
    reading: StanceReading,
    cues: list[tuple[str, int, int]],
    mentions: list[Mention],
) -> StanceReading:
    """The reading with the words that name its speaker again after what was said, with a
    verb of saying, set off by a comma: "Daines hopes ..., he told To Lam", "..., ông nói"; or
    with a stance verb right after the comma, the same speaker going on about what he said:
    "Daines praised ..., calling it proof of ...", "..., coi đó là minh chứng ...". Not a verb
    whose speaker follows it and ends the sentence (", said Daines"): his own attribution."""
    again = _self_references()
    found = []
    for kind, start, stop in cues:
        if start <= reading.end or kind not in BROADER:
            continue
        comma = text.rfind(",", reading.end, start)
        if comma < 0:
            continue
        before = word_keys(text[comma + 1 : start])
        if before in again or (not before and not _inverted(text, stop, mentions)):
            found.append((comma + 1, stop))
    return replace(reading, again=tuple(found)) if found else reading


def _inverted(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether the stance verb ending at `end` is followed by a name and then by the end of the
    sentence: an attribution with its speaker after the verb (", said Daines")."""
    after = [m for m in mentions if m.start >= end and not text[end : m.start].strip()]
    return any(not word_keys(text[m.end :]) for m in after)


@cache
def _turned_openers() -> frozenset[str]:
    """The words that may open a turned verb's object (`turned_openers` in stances.yaml),
    folded."""
    return frozenset(key for p in phrase_keys("stances", "turned_openers") for key in p)


def _takes_object(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a name or a key phrase follows the turned verb ending at `end`, with only the
    words that may open its object between ("criticised the Trump administration")."""
    start = min((m.start for m in mentions if m.start >= end), default=None)
    return start is not None and all(k in _turned_openers() for k in word_keys(text[end:start]))


@cache
def _self_references() -> frozenset[tuple[str, ...]]:
    """The words that name a speaker again before a second stance verb (`self_reference` in
    stances.yaml): "he", "that she", "ông", folded."""
    return frozenset(phrase_keys("stances", "self_reference"))


@cache
def _small_words() -> frozenset[tuple[str, ...]]:
    """The words that may stand before the one spoken to, or before a verb once the speaker
    is named again: "to", "với" (`to_whom`) and the small words (`between`), folded."""
    marks = phrase_keys("stances", "to_whom")
    return frozenset({*marks, *(p.words for p in stance_phrases() if p.stance == "between")})


def _to_whom(words: str) -> bool:
    """Whether `words`, before the one spoken to, only say it was said to him: nothing, "to",
    "với ông"."""
    return all((k,) in _small_words() for k in word_keys(words))


def spoken_to(text: str, reading: StanceReading, mentions: Iterable[Mention]) -> set[str]:
    """Whom an attribution says the words were said to: what is named right after its words,
    with a word saying so between ("said to Leahy", "nói với Tổng Bí thư"), or with nothing
    between after a verb whose object is the one told (`told_whom` in stances.yaml: "Hagerty
    told Lam that ..."); a title and its holder's name are one ("told Senator Daines"). After
    other verbs the one named is what the words are about ("Vietnam sees the Czechs as ...")."""
    return _told(text, reading, mentions)[0]


def said_from(text: str, reading: StanceReading, mentions: Iterable[Mention]) -> int:
    """Where the words said begin: past the one they were said to (spoken_to) where he is
    named ("told Lam | he would ...", "nói với ông Lâm | ông sẽ ..."), else at the attribution's
    end."""
    return _told(text, reading, mentions)[1]


def _told(text: str, reading: StanceReading, mentions: Iterable[Mention]) -> tuple[set[str], int]:
    """Whom the words were said to (spoken_to), and where his name ends (the attribution's end
    where none is named)."""
    after = sorted((m for m in mentions if m.start >= reading.end), key=lambda m: m.start)
    if not after:
        return set(), reading.end
    gap = word_keys(text[reading.end : after[0].start])
    told = word_keys(reading.text)[-1:] in _told_whom()
    if not (gap and _to_whom(text[reading.end : after[0].start])) and not (told and not gap):
        return set(), reading.end
    found: set[str] = set()
    end = reading.end
    for m in after:
        if found and m.start >= end and text[end : m.start].strip():
            break
        found.update(m.ids)
        end = max(end, m.end)
    return found, end


def said_details(parsed: ParsedStatement, reading: StanceReading) -> list[tuple[int, int]]:
    """The words of an attribution that say how or to whom the words were said, which the
    lexicons otherwise read as the press's framing (`attribution_details` in stances.yaml): in
    the aside between the speaker and his verb ("Orbán, in a press release, said"), or as the
    group he told, where no one is named to be it ("told reporters", "told Hungarian state
    media", "nói với báo chí"). A detail the claims must bear out, as any word nothing reads."""
    text = parsed.text
    names = [(m.start, m.end) for m in parsed.entities]  # "told the Hungarian News Agency"
    details = phrase_keys("stances", "attribution_details")
    found = [
        (s, e) for s, e in phrase_spans(parsed.tokens.words(), details) if not overlaps(s, e, names)
    ]
    aside = [reading.aside] if reading.aside is not None else []
    said = [(s, e) for s, e in found if within(s, e, aside)]
    after = sorted((s, e) for s, e in found if s >= reading.end)
    if after:
        start, end = after[0]
        # the names before the group are its country ("Hungarian state media"), no one told
        gap = text[reading.end : start]
        for m in parsed.entities:
            if reading.end <= m.start and m.end <= start:
                gap = gap.replace(text[m.start : m.end], " ", 1)
        told = word_keys(reading.text)[-1:] in _told_whom()
        if (told and not word_keys(gap)) or (word_keys(gap) and _to_whom(gap)):
            said.append((start, end))
    return said


@cache
def _told_whom() -> frozenset[tuple[str, ...]]:
    """The verbs of saying whose object is the one spoken to (`told_whom`), folded."""
    return frozenset(phrase_keys("stances", "told_whom"))


def _names_again(words: str, again: frozenset[tuple[str, ...]]) -> bool:
    """Whether `words` name the speaker again (`again`), then hold only the small words that
    may stand before a verb ("he highly"), and nothing else."""
    keys = word_keys(words)
    return any(
        keys[:n] in again and all((k,) in _small_words() for k in keys[n:])
        for n in range(1, len(keys) + 1)
    )


def _listed(
    text: str,
    reading: StanceReading,
    mentions: list[Mention],
    joiners: list[tuple[int, int]],
    read: list[tuple[int, int]],
    speaker: Callable[[Mention], str | None],
    type_of: Callable[[str], str],
    counts: dict[tuple[int, int], tuple[float, int]],
) -> tuple[str, ...]:
    """The speakers listed before the reading's one, each set off by a comma or a list joiner
    ("and", "và"), nearest first, past each one's title and country. `counts` are the numbers
    that count a noun (the quantity's span, its value and where the noun counted ends): one
    whose noun the list follows, counting as many as are listed, is the list's own."""
    found: list[str] = []
    at = reading.start
    for m in reversed([m for m in mentions if m.end <= reading.start]):
        gap = text[m.end : at]
        # the listed name's own title or country ("và Thủ tướng Hun Manet"), the country
        # possessive too ("Kazakhstan's Tokayev, Uzbekistan's Mirziyoyev and ...")
        if gap.strip() in ("", *POSSESSIVES) and {type_of(e) for e in m.ids} <= TITLED:
            at = m.start
            continue
        for s, e in joiners:
            if m.end <= s and e <= at:
                gap = gap.replace(text[s:e], ",", 1)
        who = speaker(m)
        if who is None or gap.strip() not in (",", ", ,"):
            break
        found.append(who)
        at = m.start
    # A list of speakers opens its clause ("Tokayev, Mirziyoyev and Aliyev were impressed",
    # "the presidents of A, B and C said"): nothing but titles and small words is read before
    # it there. A name ending a clause of its own ("... ODA package for Hanoi, Orban said") is
    # none of them.
    if not found:
        return ()
    # A dash joining a name to the first listed one makes them one compound ("quan hệ Việt –
    # Mỹ, Tổng Bí thư khẳng định"): the words said end there, and the list is none.
    before = text[:at].rstrip()
    if before[-1:] in DASH_MARKS and any(m.end == len(before[:-1].rstrip()) for m in mentions):
        return ()
    # A word for both sides set before the list ("Hai bên Việt Nam và Séc", persons.py names
    # it as each side's mention) is the list's own, not a name read before it.
    said = {reading.speaker, *found}
    sides: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        sides.setdefault((m.start, m.end), set()).update(m.ids)
    apposed = {span for span, ids in sides.items() if len(ids) > 1 and ids <= said}
    apposed |= {
        span
        for span, (value, noun_end) in counts.items()
        if value == len(said) and not text[noun_end:at].strip(" ,")
    }
    opens = max(text.rfind(c, 0, at) for c in CLAUSE_ENDS) + 1
    if any(opens <= start < at and (start, end) not in apposed for start, end in read):
        return ()
    return tuple(found)


def _titles_open(
    before: list[Mention],
    opens: int,
    only_fillers: Callable[[int, int], bool],
    type_of: Callable[[str], str],
) -> int:
    """Where a name said at `opens` starts with the titles and country right before it
    (`before`, the mentions ahead of it), small words between ("Cambodian PM Hun Manet")."""
    for title in reversed(before):
        if {type_of(e) for e in title.ids} <= TITLED and only_fillers(title.end, opens):
            opens = title.start
        else:
            break
    return opens


# A closing quotation mark, then a dash: the one named after it said the quotation.
_QUOTE_DASH = re.compile(r"[\"”’']\s*[—–-]")
# A sentence's end or a hashtag, then a dash: a post signed by the one named after it.
_SIGNED_DASH = re.compile(r"(?:[.!?]|#\w+)\s*[—–-]")


def _dashed(
    text: str,
    cues: list[tuple[str, int, int]],
    mentions: list[Mention],
    speaker: Callable[[Mention], str | None],
    only_fillers: Callable[[int, int], bool],
    type_of: Callable[[str], str],
) -> list[StanceReading]:
    """The speaker named after a quotation and a dash, his titles between, ending the statement
    ("'Việt Nam cam kết ...' - Thượng nghị sĩ Daines."): the quotation is his words, said with
    no verb, so no stance of an occasion (StanceReading.bare). So is a post signed after a
    sentence's end or a hashtag ("Just spoke with To Lam. Grateful for our partnership!
    #Vietnam - Sen. Steve Daines"): its words are the signer's, and so is the feeling a
    sentence of it opens with, no one named before it (its words are the attribution's too)."""
    ends = {end for _, end in quoted(text)}

    def titled(start: int, end: int) -> bool:
        # no title across the dash: the hashtag before it is the post's ("#Vietnam - Sen. X")
        return only_fillers(start, end) and not DASH_MARKS & set(text[start:end])

    for n, m in enumerate(mentions):
        who = speaker(m)
        if who is None or text[m.end :].strip().rstrip("".join(SENTENCE_ENDS)).strip():
            continue
        opens = _titles_open(mentions[:n], m.start, titled, type_of)
        before = text[:opens].rstrip()
        if before[-1:] not in DASH_MARKS:
            continue
        said = before[:-1].rstrip()
        if len(said) in ends:
            return [StanceReading(who, "said", text[m.start : m.end], m.start, m.end, bare=True)]
        if said and (said[-1] in SENTENCE_ENDS or said.split()[-1].startswith("#")):
            felt_at = [
                (k, s, e)
                for k, s, e in cues
                if e <= len(said) and felt(k) and _opens_sentence(text, s)
            ]
            kind, again = (felt_at[0][0], (felt_at[0][1:],)) if felt_at else ("said", ())
            words = text[m.start : m.end]
            return [StanceReading(who, kind, words, m.start, m.end, again=again, bare=True)]
    return []


def _viewpoint_cues(text: str, tokens: Tokens) -> list[tuple[str, int, int]]:
    """(VIEWPOINT, start, end) of each `viewpoints` phrase (stances.yaml) that opens the
    statement or a clause ("Với Praha, ...", "...; với Hà Nội, ..."): elsewhere the word joins
    an act to its party ("điện đàm với Trump", "a gateway for Czech goods")."""
    return [
        (VIEWPOINT, start, end)
        for start, end in phrase_spans(tokens.words(), phrase_keys("stances", "viewpoints"))
        if text[:start].rstrip()[-1:] in {"", *DOER_CLAUSE_ENDS}
    ]


def _viewpoint(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    speaker: Callable[[Mention], str | None],
    only_fillers: Callable[[int, int], bool],
    type_of: Callable[[str], str],
) -> StanceReading | None:
    """The one whose view the clause a `viewpoints` phrase opens gives ("Với Praha, Việt Nam là
    cửa ngõ vào ASEAN": the Czech Republic's): the name right after the phrase, titles before
    it, set off by a comma, with a view's key phrase (a topic) after the comma in that clause.
    A fact so framed ("For America, Vietnam is the No. 2 trading partner") names whose side it
    is told from, no one's view: None, as where no name and comma follow."""
    run: list[Mention] = []
    for m in mentions:
        at = run[-1].end if run else end
        if m.start >= end and only_fillers(at, m.start) and "," not in text[at : m.start]:
            run.append(m)
        elif run or m.start >= end:
            break
    if not run or not text[run[-1].end :].lstrip().startswith(","):
        return None
    comma = text.index(",", run[-1].end)
    stop = min(
        (i for c in DOER_CLAUSE_ENDS if (i := text.find(c, comma + 1)) >= 0), default=len(text)
    )
    viewed = any(
        comma < m.start < stop and all(type_of(e) == TOPIC for e in m.ids) for m in mentions
    )
    who = speaker(run[-1])
    if not viewed or who is None:
        return None
    return StanceReading(who, "said", text[start : run[-1].end], start, run[-1].end)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the words at `at` open a sentence: nothing before them, or a sentence's end and
    a capital ("... To Lam. Grateful ...", not the "U.S. said" of an abbreviation)."""
    before = text[:at].rstrip()
    return not before or (before[-1] in SENTENCE_ENDS and text[at : at + 1].isupper())


def _title_owner(text: str, before: list[Mention], type_of: Callable[[str], str]) -> Mention | None:
    """The country whose possessive stands right before the last mention, where that mention
    is a title ("Azerbaijan's presidents"): the one the title is of; else None."""
    if len(before) < 2:
        return None
    title, owner = before[-1], before[-2]
    kinds = ({type_of(e) for e in title.ids}, {type_of(e) for e in owner.ids})
    if kinds != ({ROLE_TYPE}, {COUNTRY}):
        return None
    return owner if text[owner.end : title.start].strip() in POSSESSIVES else None


def _readings(
    text: str,
    words: list[tuple[str, int, int]],
    cues: list[tuple[str, int, int]],
    mentions: list[Mention],
    speaker: Callable[[Mention], str | None],
    only_fillers: Callable[[int, int], bool],
    type_of: Callable[[str], str],
) -> list[StanceReading]:
    """Every speaker-and-stance the statement's words allow, in text order."""
    found = []
    groups = [(s, e) for k, s, e in cues if k == "collective"]
    for n, m in enumerate(mentions):  # "Daines: Việt Nam là ..."
        after = text[m.end :].lstrip(" ")
        if not after.startswith(":") or not (who := speaker(m)):
            continue
        # the name's titles and country may open the headline ("Cambodian PM Hun Manet: ...")
        opens = _titles_open(mentions[:n], m.start, only_fillers, type_of)
        if only_fillers(0, opens):
            found.append(StanceReading(who, "said", text[m.start : m.end + 1], m.start, m.end + 1))
            continue
        # "Ex-Sen. Leahy to Gen Sec Lam: ...": who speaks, then to whom, open the headline
        head = [x for x in mentions[:n] if x.end <= opens]
        between = text[head[-1].end : opens] if head else ""
        if not head or not word_keys(between) or not _to_whom(between):
            continue
        teller = speaker(head[-1])
        opens = _titles_open(head[:-1], head[-1].start, only_fillers, type_of)
        if teller is not None and only_fillers(0, opens):
            at = head[-1].start
            found.append(StanceReading(teller, "said", text[at : m.end + 1], at, m.end + 1))
    found += _dashed(text, cues, mentions, speaker, only_fillers, type_of)
    for kind, start, end in cues:
        if kind in ("between", "not_stance", "collective"):
            continue
        if kind == VIEWPOINT:  # "Với Praha, Việt Nam là cửa ngõ ...", "For Prague, ..."
            if said := _viewpoint(text, start, end, mentions, speaker, only_fillers, type_of):
                found.append(said)
            continue
        group = [(s, e) for s, e in groups if e <= start and only_fillers(e, start)]
        if group:  # "hai bên vui mừng", "both leaders stressed"
            if said := _collective(text, group[-1], kind, end, mentions, speaker, type_of):
                found.append(said)
            continue
        if kind == "according_to":  # "according to Daines", "Theo TNS Daines"
            # The names right after the cue, titles first: the last of them is who said it.
            run: list[Mention] = []
            for m in mentions:
                # small words may stand before the name ("Theo ông Leahy", "According to Mr
                # X"), no comma: the name after one is what was said ("..., Việt Nam là ...")
                at = run[-1].end if run else end
                gap = text[at : m.start]
                if m.start >= end and only_fillers(at, m.start) and "," not in gap:
                    run.append(m)
                elif run or m.start >= end:
                    break
            if run and (who := speaker(run[-1])):
                at = run[-1].end
                found.append(StanceReading(who, "said", text[start:at], start, at, according=True))
            continue
        before = [m for m in mentions if m.end <= start]
        # "Daines, a senator, said"; else "Lam's letter to Trump backed"
        said = _apposed(text, before, start, end, kind, speaker, type_of) or _carried(
            text, words, before, (start, end), kind, speaker, only_fillers
        )
        if said:
            found.append(said)
        elif (
            before
            and (who := speaker(before[-1]))
            and only_fillers(before[-1].end, start)
            and not _opens_sentence(text, start)
        ):
            m = before[-1]
            owner = _title_owner(text, before, type_of)
            if owner is not None and (owned := speaker(owner)) is not None:
                # "Kazakhstan, Uzbekistan and Azerbaijan's presidents were impressed": the
                # countries listed speak through the title's holders, as "the presidents of
                # A, B and C" do; the list is read before the country (_listed)
                who, m = owned, owner
            # one word naming both sides ("Hai bên khẳng định ...", persons.py names it as
            # each side's mention): each side said it, as speakers listed together do
            sides = [speaker(x) for x in before if (x.start, x.end) == (m.start, m.end)]
            others = tuple(s for s in dict.fromkeys(sides) if s is not None and s != who)
            found.append(StanceReading(who, kind, text[m.start : end], m.start, end, others))
    return [_unsaid(_unturned(r)) for r in found]


def _unturned(reading: StanceReading) -> StanceReading:
    """The reading of a turned stance's cue ("turned:praised") as the stance it turns round,
    marked `turned`."""
    if not reading.stance.startswith(TURNED):
        return reading
    return replace(reading, stance=reading.stance.removeprefix(TURNED), turned=True)


def _unsaid(reading: StanceReading) -> StanceReading:
    """The reading of a denied saying's cue ("unsaid:said") as the stance it denies, marked
    `unsaid`."""
    if not reading.stance.startswith(UNSAID):
        return reading
    return replace(reading, stance=reading.stance.removeprefix(UNSAID), unsaid=True)


def _shared_subjects(
    text: str,
    cues: list[tuple[str, int, int]],
    mentions: list[Mention],
    acts: list[int],
    joiners: list[tuple[int, int]],
    speaker: Callable[[Mention], str | None],
    type_of: Callable[[str], str],
) -> list[StanceReading]:
    """The readings of stance verbs that go on a clause of an act after a comma or "and":
    "Tô Lâm tiếp ông Hegseth, đánh giá cao ...", "Lam met Hun Manet and praised ...", "Lam
    spoke with Daines, thanking him ...". The speaker is the act's doer: the name before the
    clause's first act verb (a person before a title), not the name right before the stance.
    So is a stance verb going on a clause that another stance verb opens ("Tổng Bí thư đánh
    giá cao nỗ lực của Tổng thống Trump, khẳng định ...": the General Secretary affirmed it,
    not Trump, whose efforts were praised)."""
    found = []
    stances = [s for k, s, _ in cues if k in BROADER]
    for stance, start, end in cues:
        if stance not in BROADER:
            continue
        before = text[:start].rstrip()
        joined = next((s for s, e in joiners if e == len(before)), None)
        if joined is None and not before.endswith(","):
            continue
        opens = max(text.rfind(c, 0, start) for c in DOER_CLAUSE_ENDS) + 1
        first_act = min((a for a in [*acts, *stances] if opens <= a < start), default=None)
        if first_act is None:
            continue
        doers = [m for m in mentions if opens <= m.start and m.end <= first_act and speaker(m)]
        people = [m for m in doers if type_of(m.ids[0]) == PERSON]
        if not doers:
            continue
        m = (people or doers)[-1]
        who = speaker(m)
        if not who:
            continue
        aside = _set_off(text, m.end, start)
        found.append(
            StanceReading(who, stance, text[m.start : end], m.start, end, on_act=True, aside=aside)
        )
    return found


def _set_off(text: str, name_end: int, verb_start: int) -> tuple[int, int] | None:
    """The words set off by commas between a speaker's name and his verb ("Orbán, qua phiên
    dịch, cho biết", "Lam, meeting Hun Manet, praised"), as (start, end); None where no comma
    stands right after the name and right before the verb."""
    open_ = text.find(",", name_end, verb_start)
    close = text.rfind(",", 0, verb_start)
    if open_ < 0 or text[name_end:open_].strip() or close <= open_:
        return None
    return None if text[close + 1 : verb_start].strip() else (open_ + 1, close)


def _apposed(
    text: str,
    before: list[Mention],
    start: int,
    end: int,
    stance: str,
    speaker: Callable[[Mention], str | None],
    type_of: Callable[[str], str],
) -> StanceReading | None:
    """The speaker before an apposition that ends right before the verb: "Daines, a member of
    the Senate Foreign Relations Committee, said ..." is Daines's, not the committee's. An
    apposition does not open with a name ("Tokayev, Mirziyoyev and Aliyev, said" is a list)."""
    close = text.rfind(",", 0, start)
    if close < 0 or text[close + 1 : start].strip():
        return None
    open_ = text.rfind(",", 0, close)
    if open_ < 0:
        return None
    lead = [m for m in before if open_ < m.start and not text[open_ + 1 : m.start].strip()]
    if lead and any(type_of(eid) != ROLE_TYPE for eid in lead[0].ids):
        return None
    named = [m for m in before if m.end <= open_ and not text[m.end : open_].strip()]
    if not named or (who := speaker(named[-1])) is None:
        return None
    m = named[-1]
    aside = _set_off(text, m.end, start)
    return StanceReading(who, stance, text[m.start : end], m.start, end, aside=aside)


@cache
def _carrier_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[tuple[str, ...]]]:
    """The nouns of what carries a speaker's words (`carriers` in stances.yaml), and the words
    before whom it went (`carried_to`), folded."""
    return phrase_keys("stances", "carriers"), frozenset(phrase_keys("stances", "carried_to"))


@cache
def _owner_markers() -> frozenset[tuple[str, ...]]:
    """The words before a noun's owner said after it ("thư của ông Lâm", "the letter of Lam":
    `owner_markers` in statements.yaml), folded."""
    return frozenset(phrase_keys("statements", "owner_markers"))


def _carried(
    text: str,
    words: list[tuple[str, int, int]],
    before: list[Mention],
    verb: tuple[int, int],
    stance: str,
    speaker: Callable[[Mention], str | None],
    only_fillers: Callable[[int, int], bool],
) -> StanceReading | None:
    """The owner of a noun of what carries words, said right before the verb: "Lam's letter to
    Trump backed ...", "Thư của ông Lâm gửi ông Trump khẳng định ...". The words are the
    owner's, never the addressee's, though his name stands right before the verb; the noun and
    whom it went to are an aside for the claims to bear out, as where commas set them off
    ("Lam, in his letter to Trump, backed ..."). None where no carrier is said so, or where an
    owner named after the noun has no addressee between him and the verb: the name is then
    right before the verb, read as any speaker is."""
    start, end = verb
    carriers, carried_to = _carrier_words()
    for opens, closes in phrase_spans(words, carriers):
        if closes > start:
            break
        ahead = [m for m in before if m.end <= opens]
        if ahead and text[ahead[-1].end : opens].strip() in POSSESSIVES:
            owner, owned_after = ahead[-1], False  # "Lam's letter"
        else:  # "thư của ông Lâm", titles first: the owner is the run's last name
            run = [m for m in before if m.start >= closes]
            if not run or not _small_words_after(text[closes : run[0].start], _owner_markers()):
                continue
            n = 1
            while n < len(run) and only_fillers(run[n - 1].end, run[n].start):
                n += 1
            owner, owned_after = run[n - 1], True
        told = [m for m in before if m.start >= max(closes, owner.end)]
        if told:
            gaps = zip([m.end for m in told], [m.start for m in told[1:]] + [start], strict=True)
            opening = text[max(closes, owner.end) : told[0].start]
            # a name may hold the word itself ("letter to Lam": the name "To Lam")
            name = word_keys(text[told[0].start : told[0].end])
            went = _small_words_after(opening, carried_to) or (
                not word_keys(opening) and any(name[: len(m)] == m for m in carried_to)
            )
            if not went or not all(only_fillers(a, b) for a, b in gaps):
                continue
        elif owned_after or not only_fillers(closes, start):
            continue
        if (who := speaker(owner)) is not None:
            # the noun and whom it went to; after the owner, only whom ("gửi" says no more than
            # that it went to him, which the claim of the noun's act bears out)
            aside = (told[0].start if owned_after else owner.end, start)
            words_read = text[owner.start : end]
            # said on the carrier's occasion, which may be another exchange than the claim's:
            # never the words of the claim's other party ("Leahy's letter to Lam thanked him"
            # of the call in which Lam thanked Leahy)
            return StanceReading(
                who, stance, words_read, owner.start, end, on_act=True, aside=aside
            )
    return None


def _small_words_after(words: str, marks: Collection[tuple[str, ...]]) -> bool:
    """Whether `words` open with one of the folded phrases `marks`, and only small words
    (`to_whom`, `between` in stances.yaml) follow: "của ông", "to", "gửi tới"."""
    keys = word_keys(words)
    return any(
        keys[: len(mark)] == mark and all((k,) in _small_words() for k in keys[len(mark) :])
        for mark in marks
    )


def _collective(
    text: str,
    group: tuple[int, int],
    stance: str,
    end: int,
    mentions: list[Mention],
    speaker: Callable[[Mention], str | None],
    type_of: Callable[[str], str],
) -> StanceReading | None:
    """Who "the two sides", "both leaders", "hai bên" are: the people the statement names
    before the words, else the titles standing for them, else the countries; each said it
    (`others`), as speakers listed together do. None when it names nobody before them."""
    named: list[str] = []
    for m in mentions:
        who = speaker(m) if m.end <= group[0] else None
        if who is not None and who not in named:
            named.append(who)
    for wanted in (PERSON, ROLE_TYPE, None):
        sides = [who for who in named if wanted is None or type_of(who) == wanted]
        if sides:
            start = group[0]
            return StanceReading(
                sides[-1], stance, text[start:end], start, end, tuple(reversed(sides[:-1]))
            )
    return None


@cache
def speaking_offices() -> frozenset[str]:
    """The offices whose holder speaks for the country they hold them in, and it for them
    (factdb/lexicon/world/voices.yaml, each with its reason)."""
    return frozenset(load_lexicon("world", "voices").get("speaks_for") or {})


def voiced(reading: StanceReading, speaker: str, voices: Callable[[str], set[str]]) -> str | None:
    """The speaker of `reading` (or one listed with it) for whom `speaker` speaks, or who speaks
    for `speaker`, by `voices` (who speaks for a name, or for whom it speaks); None when
    `speaker` is named already or stands for none of them."""
    said = (reading.speaker, *reading.others)
    if speaker in said:
        return None
    return next((who for who in said if speaker in voices(who)), None)


def implies(claimed: str, said: str) -> bool:
    """Whether a claim that someone took stance `claimed` bears out that they took `said`."""
    todo, seen = [claimed], set()
    while todo:
        stance = todo.pop()
        if stance == said:
            return True
        if stance not in seen:
            seen.add(stance)
            todo += BROADER.get(stance, ())
    return False


def attributed(parsed: ParsedStatement, reading: StanceReading) -> set[str]:
    """Every stance a word of the attribution says, verbs run on included ("Lam told Daines he
    was glad": said, expressed)."""
    own = reading.spans
    return {
        kind
        for kind, start, end in stance_cues(parsed.text, parsed.tokens)
        if kind in BROADER and within(start, end, own)
    }


def acts_beside(parsed: ParsedStatement, reading: StanceReading) -> list[Cue]:
    """The acts told in the words that name the speaker, before his verb ("To Lam spoke with
    Hagerty and thanked him ...", "Tô Lâm điện đàm với ông Hagerty và cảm ơn ..."): the
    triggers that start there and end before the verb does. Their act is no content of his
    words, and whom it names is its party, not the one his words are to or about."""
    return [t for t in parsed.triggers if reading.start <= t.start and t.end < reading.end]


def cleft(reading: StanceReading) -> bool:
    """Whether the attribution is a cleft ("It was Leahy who welcomed ...", "Chính Tô Lâm là
    người bày tỏ vui mừng ...": `clefts` in stances.yaml): it names who took a stance it takes
    as known, the one the sources report, so it speaks of that occasion."""
    keys = word_keys(reading.text)
    clefts = phrase_keys("stances", "clefts")
    return any(keys[i : i + len(c)] == c for c in clefts for i in range(len(keys)))


def said_by_people(parsed: ParsedStatement) -> tuple[Cue, StanceReading] | None:
    """A noun of people the statement does not name that says or feels what follows, with
    the reading of those words ("the foreign leaders welcomed", "các nhà lãnh đạo vui mừng"):
    a stance verb right after the noun, with only the stance's filler words between
    (read_stance reads no speaker there); None if there is none. The reading's speaker is
    left empty: each member's claim is read with its own speaker in that place
    (assess._assess_said). What such a group says is borne out by its members' words, not by
    the fact. Not a report's attribution set off after what it reports ("..., officials
    said."): who reported it, not what a group holds."""
    cues = stance_cues(parsed.text, parsed.tokens)
    words = [(s, e) for kind, s, e in cues if kind in ("between", "collective")]
    for noun in parsed.people:
        if parsed.text[: noun.start].rstrip().endswith(","):
            continue
        for kind, start, end in cues:
            if (
                kind not in ("between", "collective", "not_stance", "according_to")
                and noun.end <= start
                and all(
                    within(s, e, words)
                    for _, s, e in parsed.tokens.words()
                    if noun.end <= s and e <= start
                )
            ):
                words = parsed.text[noun.start : end]
                return noun, StanceReading("", kind, words, noun.start, end)
    return None


def picks_out(reading: StanceReading) -> bool:
    """Whether the attribution is a cleft that picks the speaker out from any other ("It was
    Hagerty who told Lam ...", "Chính ông Hagerty là người ..."): its cleft word is not set off
    by a comma, which would open a relative clause that only describes him ("Hagerty, who told
    Lam ..., called for ...")."""
    return cleft(reading) and "," not in reading.text


def gladness_only(parsed: ParsedStatement, reading: StanceReading) -> bool:
    """Whether the attribution's feeling is gladness alone ("welcomed", "hoan nghênh", "vui
    mừng": `expressed`), no praise or thanks of someone: gladness at a development is shown to
    no one in particular, and anyone told of it may show it, on any occasion."""
    feelings = {s for s in attributed(parsed, reading) if felt(s)}
    return feelings == {"expressed"}


def felt(stance: str) -> bool:
    """Whether a stance is a feeling shown to someone (thanked, praised: what "expressed"
    covers): an act of the speaker's that only a claim of what he said bears out, never the fact
    it is about ("Daines thanked Lam for the resolution" is not the resolution's adoption, nor
    their call). A wish is not one (BROADER): the claims carry wishes as their mood ("hopes to
    visit")."""
    return implies(stance, "expressed")


def listed_beside(parsed: ParsedStatement, target: str, known: Collection[str]) -> bool:
    """Whether the words the statement names the view `target` by are one item of a list whose
    next or last item says something else: a word nothing reads or a name none of `known` (the
    claim's own) is ("a strong, independent, self-reliant, peaceful Vietnam", "một Việt Nam
    mạnh, độc lập, tự cường và dân chủ", "một Việt Nam dân chủ, mạnh, ..."). That is a quality
    the view's own words leave out, which a stance turned round or a saying denied may fall on
    rather than on the view."""
    other = [(s, e) for _, s, e in parsed.loose_words]
    other += [(m.start, m.end) for m in parsed.entities if not set(m.ids) & set(known)]
    starts = {s for s, _ in other}
    ours = [(m.start, m.end) for m in parsed.entities if set(m.ids) & set(known)]
    joiners = list_joiners(parsed.lang)
    words = parsed.tokens.words()
    text = parsed.text
    for m in parsed.entities:
        if target not in m.ids:
            continue
        own = [k for k, s, _ in words if m.start <= s < m.end]
        after = [(k, s) for k, s, _ in words if s >= m.end][:2]
        # the mention may hold the joiner itself ("mạnh, độc lập, tự cường và | dân chủ")
        joined = bool(own) and (own[-1],) in joiners
        if after and after[0][1] in starts and ("," in text[m.end : after[0][1]] or joined):
            return True
        if len(after) == 2 and (after[0][0],) in joiners and after[1][1] in starts:
            return True
        before = [(s, e) for _, s, e in words if e <= m.start]
        if (
            before
            and text[before[-1][1] : m.start].strip() == ","
            and not any(a <= before[-1][0] < b for a, b in ours)
        ):
            return True
    return False


# The rules that refute words given to a speaker on the claim's occasion only: another party's
# words (`other-party`), a stance turned round (`turned-stance`) and a thanks given to another
# than the one thanked for that event (`other-thanked`, assess.other_thanked), or a saying
# denied (`unsaid`) of the speaker who gave it.
EXCHANGED = frozenset({"other-party", "turned-stance", "other-thanked", "unsaid"})


def speaker_rule(
    reading: StanceReading | None, claim: ClaimView, sides: Collection[str] = ()
) -> str:
    """How a claim with a speaker meets the statement's reading (see the module docstring).
    `sides` are the places where the claim's speaker holds an office now: the speaker's own
    side ("the US side said", "Washington regards ..." of what Senator Daines said) is not the
    other party of the exchange, and it may have said it."""
    if reading is None:
        return "unsaid"
    stance = claim.stance or "said"
    if reading.turned or reading.unsaid:
        same = claim.speaker == reading.speaker or claim.speaker in reading.others
        rule = "unsaid" if reading.unsaid else "turned-stance"
        return rule if same and implies(stance, reading.stance) else "other"
    if claim.speaker == reading.speaker or claim.speaker in reading.others:
        return "same" if implies(stance, reading.stance) else "other-stance"
    said = implies(stance, reading.stance)
    if (
        said
        and claim.sole_speaker
        and not reading.others
        and not reading.on_act
        and (reading.speaker in claim.entities() or picks_out(reading))
        and reading.speaker not in sides
    ):
        return "other-party"
    return "other"
