"""Language detection from stopwords (cleanpage.language)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanpage import language

ENGLISH = language.words("the cat sat on the mat and it was there with all of us")
GERMAN = language.words("die katze saß auf der matte und sie war dort mit uns allen")
FRENCH = language.words("le chat était sur le tapis et il était là avec nous tous")


def tokens(words: list[str], count: int) -> list[str]:
    return (words * (count // len(words) + 1))[:count]


def test_words_lower_case_and_split_han_characters() -> None:
    assert language.words("The Cat, the MAT.") == ["the", "cat", "the", "mat"]
    assert language.words("東京 Tower") == ["東", "京", "tower"]


def test_the_stopwords_that_cover_most_tokens_win() -> None:
    assert language.detect(tokens(GERMAN, 300)) == "de"
    assert language.detect(tokens(FRENCH, 300), declared="en") == "fr"


def test_declared_language_decides_thin_evidence_and_near_ties() -> None:
    assert language.detect(["zebra", "quux"], declared="pt-BR") == "pt"
    assert language.detect([], declared=None) is None
    # Declared English on a page half English, half German: English covers enough.
    mixed = tokens(ENGLISH, 150) + tokens(GERMAN, 150)
    assert language.detect(mixed, declared="en") == "en"


def test_clear_early_evidence_stops_the_count() -> None:
    # The first EARLY_TOKENS are plainly English: what follows is not read.
    page = tokens(ENGLISH, language.EARLY_TOKENS) + tokens(FRENCH, 3 * language.EARLY_TOKENS)
    assert language.detect(page) == "en"


def test_unclear_early_evidence_reads_on() -> None:
    # The first EARLY_TOKENS are mostly not stopwords of any language: the rest decides.
    filler = [f"x{i}" for i in range(language.EARLY_TOKENS - 20)]
    page = filler + tokens(ENGLISH, 20) + tokens(FRENCH, 2000)
    assert language.detect(page) == "fr"
    # Nothing past DETECT_TOKENS is read.
    late = [f"x{i}" for i in range(language.DETECT_TOKENS)] + tokens(FRENCH, 2000)
    assert language.detect(late, declared="de") == "de"


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=0x2100), max_size=40))
def test_words_are_the_unicode_patterns_words_on_any_text(text: str) -> None:
    # Latin, Greek and Cyrillic text and curly punctuation take a faster path: its words
    # must be the ones the full Unicode pattern finds.
    assert language.words(text) == language._WORD.findall(text.lower())


def test_words_of_accented_and_punctuated_text() -> None:
    assert language.words("Ça coûte ½ €, “très” cher — Ωmega²") == [
        "ça",
        "coûte",
        "très",
        "cher",
        "ωmega",
    ]
    assert language.words("ZWJ‍joined and spaced‿out") == ["zwj\u200djoined", "and", "spaced‿out"]


def test_stopword_hits_are_counted_per_language() -> None:
    # The packed count gives each language exactly the number of tokens in its stopwords,
    # up to the most tokens detection reads.
    tokens = (["the", "and", "de", "la", "und", "что", "的", "xyzzy"] * 600)[
        : language.DETECT_TOKENS
    ]
    hits = [0] * len(language.languages())
    language._spread(language._packed_tokens(tokens), hits)
    expected = [sum(t in language.stopwords(code) for t in tokens) for code in language.languages()]
    assert hits == expected
    assert max(hits) > 1000


def _python_counts(text: str, code: str) -> tuple[int, int]:
    tokens = language.words(text)
    stop = language.stopwords(code)
    return len(tokens), sum(t in stop for t in tokens)


def test_counter_counts_words_and_the_languages_stopwords() -> None:
    count = language.counter("en-GB")
    assert count("The Cat sat ON the mat.") == (6, 3)
    assert count("") == (0, 0)
    assert count("東京 and Tower") == (4, 1)  # Han: the full tokeniser reads it
    assert language.counter("de")("Die Katze und der Hund") == (5, 3)
    assert language.counter(None)("the cat") == (2, 0)  # no language, no stopwords


@settings(max_examples=500)
@given(
    st.text(alphabet=st.characters(max_codepoint=0x2100), max_size=60)
    | st.lists(st.sampled_from(["The", "and", "DER", "Ça", "что", "½", "ŉ", " ", "—", "x_1"])).map(
        "".join
    ),
    st.sampled_from(["en", "de", "fr", "ru", "tr", "el"]),
)
def test_counter_agrees_with_the_word_list_on_any_text(text: str, code: str) -> None:
    # The compiled scan (where built) counts what the list of words holds.
    assert language.counter(code)(text) == _python_counts(text, code)


@settings(max_examples=300)
@given(
    st.lists(
        st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=30)
        | st.lists(st.sampled_from(["the", "und", "de", "la", "что", "a"]), max_size=30).map(
            " ".join
        ),
        max_size=8,
    ),
    st.sampled_from([None, "en", "fr"]),
)
def test_detection_on_texts_is_detection_on_their_words(
    texts: list[str], declared: str | None
) -> None:
    # Reading the texts block by block, as far as detection goes, gives what reading
    # all their words as one list gives.
    every = [w for text in texts for w in language.words(text)]
    assert language.detect_texts(texts, declared) == language.detect(every, declared)


def test_detection_on_texts_takes_up_a_text_read_in_part() -> None:
    # The first EARLY_TOKENS end inside the second text: the rest of it is read next.
    filler = " ".join(f"x{i}" for i in range(language.EARLY_TOKENS - 10))
    texts = [filler, "the and of to in " * 4 + "le la les et des " * 40]
    assert language.detect_texts(texts) == "fr"
    # Read in budgets that end inside texts, the words are each read once, in order.
    texts = ["the and " * 5, "le la " * 5 + "und der " * 5, "что и " * 5]
    every = [w for text in texts for w in language.words(text)]
    read = language._TextReader(texts)
    at = 0
    for budget in (3, 12, 1, 20, 40):
        hits = language._no_hits(len(language.languages()))
        read(budget, hits)
        expected = [0] * len(hits)
        language._spread(language._packed_tokens(every[at : at + budget]), expected)
        assert list(hits) == expected
        at += budget


def test_counts_are_compiled_where_built() -> None:
    compiled = pytest.importorskip(
        "cleanpage._words", reason="the compiled counts are not built (no C compiler at install)"
    )
    if os.environ.get("CLEANPAGE_PURE_PYTHON"):
        pytest.skip("CLEANPAGE_PURE_PYTHON asks for the Python twins")
    assert language._compiled is compiled
    assert isinstance(language._language_table(), compiled.WordTable)


def _features_both_ways(page: str) -> None:
    # api._features with the compiled loop (cleanpage/_words.pyx) and with its Python twin.
    from cleanpage import api
    from cleanpage import html as H

    root = H.parse(page)
    segmentation = H.segment(root)
    declared = api._head_info(root)[1] if root is not None else None
    compiled = api._features(segmentation, declared, "html")
    saved = language.block_features
    try:
        language.block_features = lambda _: None  # type: ignore[assignment]
        python = api._features(segmentation, declared, "html")
    finally:
        language.block_features = saved
    assert compiled == python


def test_the_compiled_features_loop_makes_the_python_loops_blocks() -> None:
    from pathlib import Path

    pytest.importorskip("cleanpage._words", reason="the compiled counts are not built")
    fixtures = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*.html"))
    assert fixtures
    for path in fixtures:
        _features_both_ways(path.read_text(encoding="utf-8"))
    _features_both_ways("<p>東京 Tower und der Hund</p><ul><li><a href='/'>Home</a></li></ul>")
