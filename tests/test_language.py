"""Language detection from stopwords (cleanpage.language)."""

from __future__ import annotations

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
    from cleanpage import language as lang

    tokens = (["the", "and", "de", "la", "und", "что", "的", "xyzzy"] * 600)[: lang.DETECT_TOKENS]
    hits = [0] * len(lang.languages())
    lang._add_hits(tokens, hits)
    expected = [sum(t in lang.stopwords(code) for t in tokens) for code in lang.languages()]
    assert hits == expected
    assert max(hits) > 1000
