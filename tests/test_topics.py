"""Issue 10, recall: a view's key phrase said in other words (factdb.check.topics).

The lexicon corpora (factdb/lexicon/<lang>/topics.yaml `examples`, in English, Vietnamese and
Vietnamese without diacritics) check which topic each wording names, and that a denial or an
opposite direction inside the phrase names none; the verdicts check what that does against the
curated views.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.check.topics import stated_topics
from factdb.lexicon.index import LANGUAGES, load
from factdb.text.fold import fold
from factdb.text.tokens import tokenize, word_keys


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def _topics(checker: Checker, text: str) -> set[str]:
    parsed = checker.parse(text)
    types = checker.vocab.entities
    # the opposite of a view names its topic under a denial (polarity.yaml `opposites`): the
    # topic is not stated
    cue = parsed.negation
    opposite = (cue.start, cue.end) if cue is not None and cue.kind == "opposite" else None
    return {
        eid
        for m in parsed.entities
        if (m.start, m.end) != opposite
        for eid in m.ids
        if types[eid].type == "topic"
    }


@pytest.mark.parametrize("example", lexicon_examples("topics"))
def test_topic_corpus(checker: Checker, example: dict[str, Any]) -> None:
    found = _topics(checker, example["text"])
    if example["topic"] is None:
        assert not found
    else:
        assert example["topic"] in found


def test_each_language_has_fillers_synonyms_and_examples_without_diacritics() -> None:
    for lang in LANGUAGES:
        data = load(lang, "topics")
        assert data["fillers"] and data["synonyms"] and data["examples"], lang
        # One unit a word: a word in two groups would join two directions.
        words = [w for group in data["synonyms"] for w in group]
        assert len(words) == len(set(words)), lang
        assert not set(words) & set(data["fillers"]), lang
    assert any(str(e["text"]).isascii() for e in load("vi", "topics")["examples"])


def test_a_word_of_something_else_inside_a_key_phrase_names_no_topic(checker: Checker) -> None:
    """Every curated topic phrase of two words or more, with a word no lexicon lists put between
    its first and second word, names no topic over that word: only fillers and names may stand
    inside a phrase, so a denial or an opposite there is never read as the view."""
    vocab = checker.vocab
    tried = 0
    for topic, lang, keys in vocab.topic_phrases:
        if len(keys) < 2:
            continue
        text = " ".join((keys[0], "zzxq", *keys[1:]))
        doc = checker.parse(text).tokens
        at = text.index("zzxq")
        found = stated_topics(text, doc, lang, {}, vocab)
        # (a shorter phrase of the topic may still lie on one side of the word)
        assert all(not start <= at < end for start, end, _, _ in found), (topic, text)
        tried += 1
    assert tried >= 100


def test_a_denial_or_an_opposite_inside_a_key_phrase_names_no_topic(checker: Checker) -> None:
    """The same with each of the language's own denials and opposite directions (`opposites`
    in topics.yaml): none of them may be read as a filler or a synonym that lets the phrase
    run on over it."""
    vocab = checker.vocab
    for lang in LANGUAGES:
        opposites = [str(w) for w in load(lang, "topics")["opposites"]]
        tried = 0
        for topic, phrase_lang, keys in vocab.topic_phrases:
            if phrase_lang != lang or len(keys) < 2:
                continue
            for word in opposites:
                if set(word_keys(word)) & set(keys):
                    continue  # a word of the phrase itself ("mất" of "mất tích")
                text = " ".join((keys[0], word, *keys[1:]))
                at = text.index(word, len(keys[0]))
                parsed = checker.parse(text)
                found = stated_topics(text, parsed.tokens, lang, {}, vocab)
                # no stretch runs across it (one may start at its own last word: "yếu đi vào")
                assert all(not s < at < e - len(word) for s, e, _, _ in found), (topic, text)
                tried += 1
        assert tried >= 100, lang


VERDICTS = [
    # the parties inside the phrase, the speakers listed
    (
        "Economic, trade and investment cooperation between Vietnam and the US keeps "
        "expanding, both Lam and Hagerty said.",
        SUPPORTED,
    ),
    ("Tin cậy chính trị giữa Hà Nội và Washington tiếp tục được củng cố, TBT nói", SUPPORTED),
    # the opposite, or a denial inside the phrase: no topic, not enough info
    (
        "Economic cooperation between Vietnam and the US is no longer expanding, Lam said.",
        NEI,
    ),
    ("Political trust between Vietnam and the US has eroded, Hagerty said.", NEI),
    # no speaker: a view is no fact
    ("Economic cooperation between Vietnam and the US keeps expanding.", NEI),
    # a thing named inside the key phrase, said by another of its names
    (
        "Sen. Hagerty voiced thanks for Hanoi's active and responsible cooperation in searching"
        " for missing American servicemen.",
        SUPPORTED,
    ),
    (
        "Ông Hagerty cảm ơn Hà Nội đã hợp tác tích cực, trách nhiệm trong tìm kiếm lính Mỹ"
        " mất tích",
        SUPPORTED,
    ),
    (
        "Ong Hagerty cam on Ha Noi da hop tac tich cuc, trach nhiem trong tim kiem linh My"
        " mat tich",
        SUPPORTED,
    ),
    (
        "Sen. Hagerty voiced thanks for Hanoi's active and responsible cooperation in searching"
        " for missing Vietnamese soldiers.",
        NEI,
    ),
    ("Ông Hagerty cảm ơn Hà Nội đã ngừng hợp tác trong tìm kiếm lính Mỹ mất tích", NEI),
    # a head naming the course of what the view names is its word ("momentum", "đà"); a
    # direction beside it still breaks it
    ("Mirziyoyev told Lam he admired the momentum of Vietnam's economic growth.", SUPPORTED),
    (
        "Mirziyoyev told Lam he was worried by the slowing momentum of Vietnam's economic growth.",
        NEI,
    ),
    ("Tổng thống Aliyev bày tỏ ấn tượng trước đà tăng trưởng kinh tế của Việt Nam.", SUPPORTED),
    ("Tổng thống Mirziyoyev ấn tượng với nhịp độ tăng trưởng kinh tế của Việt Nam.", SUPPORTED),
    ("Tổng thống Aliyev lo ngại đà tăng trưởng kinh tế của Việt Nam chậm lại.", NEI),
    ("Tong thong Aliyev an tuong voi da tang truong kinh te cua Viet Nam.", SUPPORTED),
    ("Tong thong Aliyev lo ngai da tang truong kinh te Viet Nam cham lai.", NEI),
    # a view named by a short alias, read over the longer phrase said in other words
    ("Hà Nội và Washington duy trì các cơ chế đối thoại song phương định kỳ.", SUPPORTED),
    ("Ha Noi va Washington duy tri cac co che doi thoai song phuong dinh ky.", SUPPORTED),
    ("Hanoi and Washington maintain periodic bilateral dialogue mechanisms.", SUPPORTED),
    ("Hà Nội và Washington duy trì các cơ chế đối thoại song phương định kỳ hằng tháng.", NEI),
    # a filler of several words inside a key phrase, whole
    ("Ông Leahy nói Quốc hội Mỹ ủng hộ Hà Nội trên cơ sở lưỡng đảng.", SUPPORTED),
    ("Ong Leahy noi Quoc hoi My ung ho Ha Noi tren co so luong dang.", SUPPORTED),
    ("Leahy: Congress backs Hanoi on a bipartisan basis.", SUPPORTED),
    ("Ông Leahy nói Quốc hội Mỹ ủng hộ Hà Nội trên cơ sở của đảng Dân chủ.", NEI),
    # what ties two countries, in other words; "called for" urges, no phone call
    ("Lam called for stronger connectivity between Vietnam and Cambodia.", SUPPORTED),
    ("Lam called for stronger connectivity between Vietnam and Thailand.", NEI),
    # a view's purpose after "for", "để" is no view of its own: its words are the first view's
    # claims' to say
    ("Leahy pledges he will keep speaking up for closer ties.", SUPPORTED),
    ("Leahy pledges he will keep speaking up for closer ties with Beijing.", NEI),
    ("Ông Leahy khẳng định sẽ tiếp tục lên tiếng để thúc đẩy quan hệ hai nước.", SUPPORTED),
    ("Ông Leahy khẳng định sẽ tiếp tục lên tiếng để chấm dứt cấm vận.", NEI),
    ("Ong Leahy khang dinh se tiep tuc len tieng de thuc day quan he hai nuoc.", SUPPORTED),
    # "always": what goes on, as "continue" ("always ready to speak up")
    ("Leahy said he would always be ready to speak up.", SUPPORTED),
    ("Leahy said he would never again speak up.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_topic_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict, checker.check(statement).explanation


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_word_fillers_alone_name_no_topic(checker: Checker, lang: str) -> None:
    """Every one-word topic filler of the language in one stretch, written as listed and
    without diacritics, names no topic: a filler only stands inside a key phrase, so no view's
    key phrase may be made of fillers (it would be read in any statement that has them)."""
    words = [str(w) for w in load(lang, "topics")["fillers"] if len(str(w).split()) == 1]
    assert len(words) >= 10, lang
    for text in (" ".join(words), " ".join(map(fold, words))):
        assert stated_topics(text, tokenize(text), lang, {}, checker.vocab) == [], text
