"""Bringing an inflected word to the form its phrase is written in, from per-language data
(`factdb/lexicon/<lang>/inflection.yaml`): irregular forms, spelling variants, then ordered
suffix rules.

The same reduction is applied to a statement's words and to the lexicon's phrases, so it need
not yield a dictionary lemma, only the same key for the forms of one word ("hosted", "hosts",
"hosting" and "host" all give "host"). It works on folded words (factdb.text.fold).
"""

from __future__ import annotations

from functools import cached_property

from factdb.records import dataclass

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

STEMS_KEPT = 50_000  # words an Inflection keeps reduced


@dataclass(frozen=True)
class Inflection:
    irregular: dict[str, str]
    suffixes: tuple[tuple[str, str, int], ...]  # (suffix, base, letters that must remain)
    undouble: frozenset[str]
    # (written, respelt, letters that must come before): one spelling of a word's variants
    # ("defence" and "defense", "organise" and "organize") stands for both.
    spellings: tuple[tuple[str, str, int], ...] = ()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Inflection:
        return cls(
            {str(k).lower(): str(v).lower() for k, v in (data.get("irregular") or {}).items()},
            tuple(
                (str(r["suffix"]), str(r.get("base") or ""), int(r.get("keep", 3)))
                for r in data.get("suffixes") or []
            ),
            frozenset(data.get("undouble") or ()),
            tuple(
                (str(r["written"]), str(r["as"]), int(r.get("keep", 3)))
                for r in data.get("spellings") or []
            ),
        )

    def __bool__(self) -> bool:
        return bool(self.irregular or self.suffixes)

    def stem(self, word: str) -> str:
        """The key of `word` (already folded): its base form, or a stem shared by its forms."""
        # An irregular form goes to its base, which is then reduced like any base ("took" ->
        # "take" -> "tak", the key of "take" too).
        word = self.irregular.get(word, word)
        for written, respelt, keep in self.spellings:
            at = word.find(written, keep)
            if at >= 0:
                word = word[:at] + respelt + word[at + len(written) :]
        for suffix, base, keep in self.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= keep:
                word = word[: len(word) - len(suffix)] + base
                break
        if len(word) > 2 and word[-1] == word[-2] and word[-1] in self.undouble:
            word = word[:-1]
        return word

    @cached_property
    def _stems(self) -> dict[str, str]:
        """Words already reduced: every statement of a batch asks for the same words again."""
        return {}

    def key(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The keys of `words` (folded); a statement's are kept on its tokens
        (factdb.text.tokens.Tokens.inflected)."""
        stems = self._stems
        found = []
        for word in words:
            stem = stems.get(word)
            if stem is None:
                if len(stems) >= STEMS_KEPT:
                    stems.clear()
                stem = stems[word] = self.stem(word)
            found.append(stem)
        return tuple(found)
