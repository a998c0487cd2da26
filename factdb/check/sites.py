"""Work of a kind a request put first, said at another site than the one it named (issue 10).

The sources name one project of a kind of work by its site: Lâm asked the US Congress to keep
funding war-legacy work, "nhất là dự án tẩy độc dioxin tại sân bay Biên Hòa". The press moves
it: "asked Congress for continued funding, singling out the dioxin cleanup at Da Nang airport".
The kind of work was read (dioxin remediation), the site's name left unknown, and the request
stayed open, though its claim names the one site it put first.

Here work of a kind put first (`site_foremost` in lexicon/<lang>/statements.yaml: "singling
out", "nhất là") and said at a site (a locative, then a site's noun with the site's name:
`site_nouns`, the name before the noun in English, after it in Vietnamese) is set against the
programmes of that kind tied to one site: entities whose name holds the kind's name whole
("Bien Hoa airbase dioxin remediation project" of "dioxin remediation"), the site's name among
the words besides. A site whose name is not among them is another site: the statement is judged
with that programme in its place, and where an act of `sited_acts` (lexicon/world/sites.yaml)
is then borne out by a claim naming the programme, the statement is refuted, since that act put
the work at the claim's site first. Work at another site asked for plainly (the request may
have named it too, which the sources neither report nor exclude), said with any other act (a
thanks, a visit, a project's history), or borne out by no such claim, is judged as written.
"""

from __future__ import annotations

from functools import cache

from factdb.check.statement import ParsedStatement, phrases_at
from factdb.check.world import World
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import PROGRAMME
from factdb.records import dataclass
from factdb.text.fold import fold, has_marks
from factdb.text.tokens import word_keys


@dataclass(frozen=True, slots=True)
class Moved:
    """Work of a kind said at another site (`site`, as written) than `programme`'s, by the
    words from `start` to `end`."""

    start: int
    end: int
    site: str
    programme: str


@cache
def sited_acts() -> frozenset[str]:
    """The predicates of acts whose claim names the one site of the work asked for."""
    return frozenset(load_lexicon("world", "sites").get("sited_acts") or ())


def moved_sites(parsed: ParsedStatement, world: World) -> list[Moved]:
    """The work of a kind the statement sets at a site other than the one programme of that
    kind tied to a site (see the module docstring)."""
    nouns = set(phrase_keys("statements", "site_nouns", (parsed.lang,)))
    if not nouns or not phrases_at(parsed, "statements", "site_foremost"):
        return []
    locatives = set(phrase_keys("statements", "locatives", (parsed.lang,)))
    name_first = load_lexicon(parsed.lang, "statements").get("site_name_first", False)
    words = parsed.tokens.words()
    found: list[Moved] = []
    for m in parsed.entities:
        if len(m.ids) != 1 or world.type(m.ids[0]) != PROGRAMME:
            continue
        sited = world.sited(m.ids[0])
        if len(sited) != 1:
            continue
        after = [(w, s, e) for w, s, e in words if s >= m.end]
        site = _site(parsed.text, after, locatives, nouns, name_first)
        if site is None:
            continue
        programme = next(iter(sited))
        start, end, name = site
        if set(word_keys(name)) <= world.name_words(programme):
            continue
        found.append(Moved(m.start, end, parsed.text[start:end], programme))
    return found


def in_place(parsed: ParsedStatement, world: World, moved: list[Moved]) -> str:
    """The statement's text with the programme tied to a site in place of each work moved."""
    text = parsed.text
    for m in sorted(moved, key=lambda m: -m.start):
        info = world.vocab.entities[m.programme]
        name = info.name_vi if parsed.lang == "vi" else info.name_en
        text = text[: m.start] + (name if has_marks(text) else fold(name)) + text[m.end :]
    return text


def _site(
    text: str,
    after: list[tuple[str, int, int]],
    locatives: set[tuple[str, ...]],
    nouns: set[tuple[str, ...]],
    name_first: bool,
) -> tuple[int, int, str] | None:
    """(start, end, the site's name) of a locative right after the work, then a site's noun
    with the capitalised words of its name on the side the language puts them."""
    for size in sorted({len(k) for k in locatives}, reverse=True):
        if tuple(w for w, _, _ in after[:size]) in locatives:
            rest = after[size:]
            break
    else:
        return None
    # an article may stand before the site ("at the Da Nang airport")
    rest = [t for i, t in enumerate(rest) if i > 0 or text[t[1] : t[2]].lower() != "the"]
    capitalised = [t for t in rest if text[t[1]].isupper()]
    if name_first:
        name = []
        for t in rest:
            if t not in capitalised:
                break
            name.append(t)
        noun = _noun_at(rest[len(name) :], nouns)
        if not name or noun is None:
            return None
        return rest[0][1], noun, text[name[0][1] : name[-1][2]]
    noun = _noun_at(rest, nouns)
    if noun is None:
        return None
    name = []
    for t in (t for t in rest if t[1] >= noun):
        if t not in capitalised:
            break
        name.append(t)
    if not name:
        return None
    return rest[0][1], name[-1][2], text[name[0][1] : name[-1][2]]


def _noun_at(words: list[tuple[str, int, int]], nouns: set[tuple[str, ...]]) -> int | None:
    """Where a site's noun that opens `words` ends; None where none does."""
    for size in sorted({len(k) for k in nouns}, reverse=True):
        if len(words) >= size and tuple(w for w, _, _ in words[:size]) in nouns:
            return words[size - 1][2]
    return None
