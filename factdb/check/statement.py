"""What a statement was read as: the model every stage after the parser reads and none rewrites.

factdb.check.parse fills a ParsedStatement (its names as Mentions, its cue words as Cues, with the
exclusions and the events it is set after or before); the judge, the assessors and the
explanations read it, and `factdb parse` prints it. It lives apart from the parser so that a
reader of the model finds its fields in one short file, and a module that only reads a parse
imports the model, not the parser's passes. Nothing here reads text but the length bound that
every entry point applies first (`bounded`).
"""

from __future__ import annotations

from factdb.check.ordinals import Ordinal
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import phrase_keys
from factdb.records import dataclass, field
from factdb.text.fold import nfc
from factdb.text.tokens import Tokens, phrase_spans

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

# A claim check is about a sentence or a paragraph, and the bound keeps hostile input from costing
# more than linear time. Longer statements are refused, never cut: a verdict on the first part of
# a statement would read as a verdict on all of it.
MAX_STATEMENT = 20_000

# The moods a statement's act may be said in besides a fact, strongest first: a wish over
# readiness ("ready to visit", closest to the verb) over a plan.
# "possible" first: a hedge ("may", "có thể sẽ") makes whatever it governs only possible
MOODS = ("possible", "wish", "ready", "plan")


class StatementTooLong(ValueError):
    """A statement over MAX_STATEMENT characters (in NFC, the form the parser reads)."""

    def __init__(self, length: int, limit: int = MAX_STATEMENT) -> None:
        # Both in args, so that the exception survives pickling (multiprocessing, pytest-xdist).
        super().__init__(length, limit)
        self.length = length
        self.limit = limit

    def __str__(self) -> str:
        return (
            f"the statement is {self.length:,} characters long, over the limit of "
            f"{self.limit:,}; split it into sentences"
        )


def bounded(text: str) -> str:
    """`text` in NFC, or StatementTooLong if that is over MAX_STATEMENT characters.

    The length is measured after normalisation because that is what gets parsed: a Vietnamese
    statement typed in decomposed form (as macOS often hands it over) counts each accented letter
    once, not as two or three code points."""
    text = nfc(text)
    if len(text) > MAX_STATEMENT:
        raise StatementTooLong(len(text), MAX_STATEMENT)
    return text


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    ids: tuple[str, ...]  # more than one when the alias is ambiguous ("Georgia")

    def end_in(self, text: str) -> int:
        """Where the name ends in `text`, past the full stop closing a dotted abbreviation
        ("U.S. President Trump"), which the mention leaves out since it may end a sentence."""
        return self.end + 1 if "." in self.text and text.startswith(".", self.end) else self.end


@dataclass(frozen=True)
class Cue:
    # trigger | antonym | negation | opposite (a view denied) | plan | wish, or GRAMMAR_KINDS
    kind: str
    target: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Exclusion:
    cue: Cue
    excluded: tuple[Mention, ...]  # the name (and its title) the cue excludes
    # The names right before the cue it is set against ("Orbán" in "met Orbán, not Tokayev"),
    # empty when it excludes from a group ("all the leaders except Orbán").
    against: tuple[Mention, ...]


@dataclass(frozen=True)
class LaterCue:
    """A word setting the statement after an event ("after the trip", "sau chuyến đi") and the
    span of the event's words after it, to the end of their clause (factdb.check.later reads
    the event there)."""

    cue: Cue
    anchor: tuple[int, int]


@dataclass
class ParsedStatement:
    text: str
    lang: str
    tokens: Tokens  # of text: the one cut that every later stage reads
    entities: list[Mention] = field(default_factory=list)
    triggers: list[Cue] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    # Dates of a report ("according to 2026 figures": parse._reported_on), not of what it tells: no
    # claim's time accounts for them.
    report_dates: list[DateSpan] = field(default_factory=list)
    negation: Cue | None = None
    modality: str = "fact"  # the strongest mood any cue gives: MOODS, then fact
    modality_cues: list[Cue] = field(default_factory=list)
    # predicate id -> why it is a candidate
    predicates: dict[str, str] = field(default_factory=dict)
    unknown_names: list[str] = field(default_factory=list)
    passive: bool = False  # "was invited by", "được mời"
    # Where the passive words stand, outside names: the "Bí" of "Tổng Bí thư" folds to the
    # passive "bị" but is no passive word (check.assertions reads the parties around these).
    passives: list[tuple[int, int]] = field(default_factory=list)
    # A named time zone ("giờ Hà Nội", "Washington time", "local time"): where its place is not
    # the event's, its days may differ by one from the sources' (rules.compare_time).
    local_time: Cue | None = None
    # A date counted from another event ("the day after his calls", "hôm sau"): the target is
    # the number of days (factdb.check.relative).
    relative: Cue | None = None
    # A word setting what follows it after an event ("after the trip", "sau chuyến đi", "since
    # the summit"), not before a date, with the event's words after it (factdb.check.later).
    later: LaterCue | None = None
    # A word bounding an act, or its denial, to the time before an occasion ("met Orbán before
    # this meeting", "never met Orbán before Feb 19", "trước chuyến đi này"), with the
    # occasion's words after it (factdb.check.earlier).
    earlier: LaterCue | None = None
    # Numbers that count the other parties ("met nine world leaders", "gặp 9 lãnh đạo"), each
    # with the noun it counts (kind "counted"), or the office they hold (kind "counted_office",
    # the role id as target: "four prime ministers"), or their countries (kind
    # "counted_country": "leaders of twelve countries").
    counts: list[tuple[Quantity, Cue]] = field(default_factory=list)
    # Nouns that speak of people without naming them ("foreign leaders", "các lãnh đạo"), counted
    # or not: the other party they stand for is a person (check.assertions.predications).
    people: list[Cue] = field(default_factory=list)
    # Words naming another act on what a predicate is about ("disbursed" the ODA whose
    # approval the claims give): that predicate's claims neither bear it out nor refute it.
    other_acts: list[Cue] = field(default_factory=list)
    # The periods a year holds of the rate a figure is given per ("200 scholarships a month",
    # "mỗi tháng" said apart in its sentence: 12), by the figure's span (factdb.check.rates).
    periods: dict[tuple[int, int], int] = field(default_factory=dict)
    # Figures given as what another was before ("up from 100", "tăng từ 100":
    # parse._drop_former_values): no reading of the figure, but a change the claims must give.
    former_values: list[Quantity] = field(default_factory=list)
    # The stretches of fields said after a view of cooperation ("ưu tiên hợp tác kinh tế,
    # thương mại", "closer cooperation in trade": topics.fields_after): what the view is about,
    # words the deciding claim's sentence must say, also under a denial (scope.denied_fields).
    fields: list[tuple[int, int]] = field(default_factory=list)
    # Acts said as the content of another whose claims carry its names ("invited Trump to visit
    # Vietnam": parse._drop_contents, `carried_contents` in lexicon/<lang>/synonyms.yaml), read
    # in or kept a part beside it ("Trump's letter invited Lam to visit"), each from its trigger to
    # its clause's end: the names in it are what the other act's claims must name themselves
    # (accounting.unborne_contents).
    contents: list[Cue] = field(default_factory=list)
    # Every act said as the content of another ("invited Lam to join the Board of Peace"), read
    # in or not, from its trigger to its clause's end, with the other act's predicate as target:
    # a date inside it dates that act, which the statement asserts (scope.place_values).
    contained: list[Cue] = field(default_factory=list)
    # Tense words, copulas, title fillers and list joiners, in text order (check.assertions).
    grammar: list[Cue] = field(default_factory=list)
    # Someone named by their relation to a name ("Lam's wife", "phu nhân Tổng Bí thư"): the
    # name's mentions are taken out of `entities`, and the phrase is an unknown name.
    relations: list[str] = field(default_factory=list)
    # Names excluded from what is said ("met Orbán, not Tokayev", "trừ Thủ tướng Orbán"), taken
    # out of `entities`: each with its cue and the names it is set against, if any.
    exclusions: list[Exclusion] = field(default_factory=list)
    # "Only" before a name ("met only Orbán", "chỉ gặp Thủ tướng Orbán"): the claims of that
    # occasion must name no one else; the cue's target is the name's first entity id, or ""
    # for an "only" said of no name ("the only leader to …"), which no claim bears out.
    only: Cue | None = None
    # "Every leader Lam met ... was a president": the office said of each one met (its target)
    universal: Cue | None = None
    # A predicate ordered against another event ("before meeting Tokayev", "sau khi gặp"):
    # the claims date events by day, not their order within one.
    ordering: Cue | None = None
    question: bool = False  # "Did Lam meet Orbán?": a question asserts nothing
    # A heading's label that disputes what follows ("Myth:", "Tin giả:"): asserts nothing either
    disputed: str | None = None
    # A frame of denial whose clause is not read with confidence ("Officials said it is false
    # that ...": denials.denial_frame): what the statement asserts is left open
    unread_frame: str | None = None
    # The clause a frame of denial denies with no denial of its own ("It is false that Lam is the
    # prime minister": denials.denial_frame), whose copula's office is denied (assertions.decompose)
    denied_clause: tuple[int, int] | None = None
    # A clause set off by commas that holds the statement's denial ("Hungary, which had
    # rejected an earlier request, approved ..."): the denial and the triggers in it are its
    # own, and what it says is something the claims must bear out apart.
    aside: Cue | None = None
    # Where a verb that ends what continues stands ("stopped", "ngừng", "chấm dứt"): said of a
    # state that lasts once entered, it says the state was entered, not that it never was.
    enders: list[tuple[int, int]] = field(default_factory=list)
    # Indexes in `dates` of those a state is said to begin at ("dates from 2024", "thiết lập
    # năm 2024"): a claim of the state held before refutes it, one held then leaves it open.
    starts: list[int] = field(default_factory=list)
    # Whether the relative date is said as the day a state began ("đã bắt đầu từ hôm trước
    # đó"): the day it counts to is then one of `starts` (relative.counted_from_day).
    relative_starts: bool = False
    # The spans of days with no year that "before" or "after" bounds ("before Feb 20", "sau
    # ngày 18/2"), which stay days (a denial's bound or a count's anchor is read from them):
    # the bound's year is not said, so a claim on its other side refutes nothing.
    bounded: list[tuple[int, int]] = field(default_factory=list)
    # A part of the day given with a date ("the evening of February 19", "sáng 19/2"), or a
    # clock time: the claims carry days, not parts of them.
    day_part: Cue | None = None
    # The city of a dateline ("WASHINGTON, Feb 19 -"), its entity id as target: the clock a part
    # of the day told by the day of writing is on ("This morning": relative.told_from_report).
    filed_in: Cue | None = None
    # Words no phrase of the vocabulary or the lexicons reads, nor a number, a date or a
    # filler (`fillers` in lexicon/<lang>/fillers.yaml): (folded key, start, end). A detail the
    # statement adds ("closed-door", "by video link", "second-largest"), which the deciding
    # claims must account for before it is supported (accounting.unaccounted).
    loose_words: list[tuple[str, int, int]] = field(default_factory=list)
    # Runs of two loose words or more, each capitalised inside a sentence of running text ("do
    # Bo Cong an thong bao"): an unknown name, which a source accounts for only by saying it
    # whole, not word by word from other names ("Bộ Ngoại giao", "công tác": rules.unread_details).
    name_runs: list[tuple[int, int]] = field(default_factory=list)
    # The runs of words that name the department of a title head ("Hợp tác" of "Bộ trưởng Hợp
    # tác Mỹ Hegseth", parse._title_qualifiers): an office the vocabulary does not read, which
    # only a claim's own words account for, as a title's, and only whole, as a name (accounting):
    # never the sentences naming its holder, nor "họp" and "đối tác" said apart.
    title_details: list[tuple[int, int]] = field(default_factory=list)
    # Weekdays named outside a date ("on Thursday", "sáng thứ Năm"): (ISO number, start, end),
    # a detail the deciding claims' days must account for (factdb.check.weekdays).
    weekdays: list[tuple[int, int, int]] = field(default_factory=list)
    # Verbs of receiving an act right before its noun ("received a letter from Trump", "nhận
    # được thư của"): kind "receipt", the act's predicate as target. No reception of a guest;
    # the one before the verb receives the act (check.assertions._given_by).
    receipts: list[Cue] = field(default_factory=list)
    # Ordinals beside the name of a numbered series ("the 14th Central Committee", "Đại hội
    # XIII"): which member it speaks of, for the claims' own words to account for
    # (factdb.check.ordinals, accounting.ordinals).
    ordinals: list[Ordinal] = field(default_factory=list)
    # Contents read into an act although other acts stand outside its words ("conveyed
    # greetings to Trump and invited him to visit Vietnam", "invited him to visit during a
    # call"): the act's trigger (its target the act's predicate) with those acts' predicates,
    # whose claims must share the act's occasion (Judge._framed).
    framed: list[tuple[Cue, frozenset[str]]] = field(default_factory=list)
    # One asked to pass an act on ("asked Hegseth to pass his regards to Trump", "nhờ ông
    # Hegseth chuyển lời"): from the asking to the verb of carrying, the go-between's names
    # inside. The act after it is the asker's (parse._read_go_betweens, assertions.predications).
    go_betweens: list[Cue] = field(default_factory=list)
    # Counts of years read as the age of what a noun names ("ties have been built over more
    # than three decades": parse._read_ages), each the words joining the two, its predicate as
    # target: the age of what still holds, a count of now (check.assess).
    ages: list[Cue] = field(default_factory=list)

    def entity_ids(self) -> set[str]:
        return {eid for m in self.entities for eid in m.ids}

    def names_unread(self) -> list[str]:
        """The names the base does not know, as written: the unknown names, then the runs of
        capitalised words nothing read, which are all unmarked Vietnamese gives of them."""
        return [*self.unknown_names, *(self.text[s:e] for s, e in self.name_runs)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.text,
            "language": self.lang,
            "entities": [
                {"text": m.text, "start": m.start, "end": m.end, "ids": list(m.ids)}
                for m in self.entities
            ],
            "predicates": [{"id": p, "cue": why} for p, why in self.predicates.items()],
            "quantities": [
                {
                    "text": q.text,
                    "low": q.low,
                    "high": q.high,
                    "low_open": q.low_open,
                    "high_open": q.high_open,
                    "unit": q.unit,
                    "comparator": q.comparator,
                }
                for q in self.quantities
            ],
            "dates": [
                {
                    "text": d.text,
                    "start": d.first.isoformat() if d.year_known else d.first.strftime("--%m-%d"),
                    "end": d.last.isoformat() if d.year_known else d.last.strftime("--%m-%d"),
                    "grain": d.grain,
                }
                for d in self.dates
            ],
            "report_dates": [d.text for d in self.report_dates],
            "negation": None if self.negation is None else self.negation.text,
            "modality": self.modality,
            "unknown_names": self.unknown_names,
            "excluded": [m.text for x in self.exclusions for m in x.excluded],
            "day_part": None if self.day_part is None else self.day_part.text,
            "only": None if self.only is None else self.only.text,
            "ordering": None if self.ordering is None else self.ordering.text,
            "question": self.question,
            "disputed": self.disputed,
            "aside": None if self.aside is None else self.aside.text,
            "unaccounted": [self.text[s:e] for _, s, e in self.loose_words],
            "ordinals": [
                {"text": o.text, "series": o.series, "value": o.value} for o in self.ordinals
            ],
        }


def phrases_at(
    parsed: ParsedStatement, name: str, key: str, sub: str = ""
) -> list[tuple[int, int]]:
    """Where the statement says a phrase of that list: (start, end) of each occurrence."""
    return phrase_spans(parsed.tokens.words(), phrase_keys(name, key, sub=sub))


def inside_act(parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are part of a longer phrase read as one act's
    word (a trigger: "thông qua", "vượt qua"): a time word that is its last word ("qua":
    yesterday) is that word's, never read alone (dayparts.told_parts)."""
    return any(
        t.start <= start and end <= t.end and (t.start, t.end) != (start, end)
        for t in parsed.triggers
    )
