"""Every word a lexicon lists is written as a string. YAML reads a bare "on", "off", "yes", "no"
or "null" as something else, and code that folds list items with str() would then quietly
match "true" instead of the word: "on" fell out of the English topic fillers that way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

LEXICONS = Path(__file__).resolve().parents[1] / "factdb" / "lexicon"
FILES = sorted(LEXICONS.glob("*/*.yaml"))


def _stray_items(node: Any, where: str) -> list[str]:
    """The items of lists inside `node` that are no string, number or mapping, with their path."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _stray_items(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, bool) or item is None:
                found.append(f"{where}[{i}] = {item!r}")
            else:
                found += _stray_items(item, f"{where}[{i}]")
    return found


def test_there_are_lexicons() -> None:
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_list_items_are_words(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _stray_items(data, path.stem) == []


def test_a_bare_yaml_boolean_is_caught() -> None:
    assert _stray_items(yaml.safe_load("fillers: [in, on, for]"), "t") == ["t.fillers[1] = True"]
