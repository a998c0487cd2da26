"""Text output that needs no click: making values visible, the colours of factdb's own marks,
and the quote in its sentence. `factdb check "…"` renders through this module alone when it
runs without click (factdb.cli.fast); click's echo drops the colours off a terminal either way.
"""

from __future__ import annotations

import re
from functools import cache

from factdb.lexicon.index import abbreviations
from factdb.text.sentences import sentence_around

_SPACES = re.compile(r"\s+")
# What a quoted value in a message may take up: a 20 MB field must not make a 20 MB message.
MESSAGE_LIMIT = 2_000

# Characters a terminal obeys instead of printing: C0 and C1 controls (escape sequences start
# with one), and the bidi controls that reorder the text after them ("\u202e").
_INVISIBLE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"


@cache
def _invisible() -> re.Pattern[str]:
    # Compiled for a text that holds one (0.3 ms of a fresh check): printable text holds none.
    return re.compile(_INVISIBLE)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` for a terminal: every control character shown as its escape (\\x1b, \\u202e), as
    git and less show them, so that text from a statement, a fixture or a seed can neither
    drive the terminal (set its title, hide a line) nor pass for output of factdb's own. Text
    output applies it to every value it prints, before adding its own colours."""
    if text.isprintable():
        return text
    return _invisible().sub(_escape, text)


def bounded_text(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` cut to `limit` characters, saying how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


# The ANSI codes click.style writes for the colours factdb uses, so that a terminal shows the
# same whichever way the text was rendered.
_COLOURS = {"red": 31, "green": 32, "yellow": 33, "magenta": 35}
# What a terminal takes as a control sequence (CSI): what `plain` removes, as click.echo does.
_ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")


def style(text: str, fg: str | None = None, bold: bool = False, underline: bool = False) -> str:
    """`text` in a colour, bold or underlined, as click.style writes it."""
    codes = ([_COLOURS[fg]] if fg else []) + ([1] if bold else []) + ([4] if underline else [])
    return "".join(f"\033[{code}m" for code in codes) + text + "\033[0m"


def plain(text: str) -> str:
    """`text` without factdb's colours, for output that is not a terminal. Control characters
    of the values themselves were made visible (`visible`) before the colours were added."""
    return _ANSI.sub("", text)


def quote_in_sentence(text: str, start: int, end: int) -> str:
    """The sentence of a source text holding text[start:end], on one line, with the quote marked
    [[…]]: bold and underlined on a terminal, and still visible when piped or uncoloured."""
    left, right = sentence_around(text, start, end, abbreviations())

    def flat(piece: str) -> str:  # on one line; other controls made visible
        return visible(_SPACES.sub(" ", piece))

    return (
        flat(text[left:start]).lstrip()
        + style("[[", bold=True)
        + style(flat(text[start:end]), bold=True, underline=True)
        + style("]]", bold=True)
        + flat(text[end:right]).rstrip()
    )
