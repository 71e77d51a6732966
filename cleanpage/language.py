"""Words, stopwords and the page's language.

Stopword lists come from the maintained ``stopwordsiso`` package (58 languages). They serve
twice: the language whose stopwords cover most of the page's words is the page's language,
and the share of a block's words that are stopwords tells prose from labels and menus.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable

import regex

# Han, kana and Thai are written without spaces: each character counts as a token there.
_WORD = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]+",
    regex.UNICODE,
)
# On ASCII text the pattern above finds exactly what ``\w+`` finds, and ``re`` is faster.
_ASCII_WORD = re.compile(r"\w+")
DETECT_TOKENS = 4000
"""How many of a page's first tokens ``detect`` reads."""
_MIN_HITS = 5


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased."""
    lowered = text.lower()
    if lowered.isascii():
        return _ASCII_WORD.findall(lowered)
    return _WORD.findall(lowered)


@functools.cache
def _index() -> tuple[dict[str, tuple[int, ...]], tuple[str, ...], tuple[frozenset[str], ...]]:
    import stopwordsiso

    languages = tuple(sorted(stopwordsiso.langs()))
    sets = tuple(frozenset(w.lower() for w in stopwordsiso.stopwords(code)) for code in languages)
    inverted: dict[str, list[int]] = {}
    for i, words_ in enumerate(sets):
        for w in words_:
            inverted.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in inverted.items()}, languages, sets


def languages() -> tuple[str, ...]:
    """The ISO 639-1 codes that have stopword data."""
    return _index()[1]


def stopwords(language: str | None) -> frozenset[str]:
    """The stopwords of ``language`` (a BCP-47 tag or ISO code); empty when unknown."""
    if not language:
        return frozenset()
    _, codes, sets = _index()
    code = language.split("-")[0].split("_")[0].lower()
    try:
        return sets[codes.index(code)]
    except ValueError:
        return frozenset()


def detect(tokens: Iterable[str], declared: str | None = None) -> str | None:
    """The language whose stopwords cover most of ``tokens``.

    ``declared`` (e.g. ``<html lang>``) decides when the text gives too little evidence.
    """
    inverted, codes, _ = _index()
    counts: Counter[str] = Counter(itertools.islice(tokens, DETECT_TOKENS))
    hits = [0] * len(codes)
    for token, count in counts.items():
        for i in inverted.get(token, ()):
            hits[i] += count
    best = max(range(len(codes)), key=hits.__getitem__) if codes else -1
    declared_code = declared.split("-")[0].split("_")[0].lower() if declared else None
    if best < 0 or hits[best] < _MIN_HITS:
        return declared_code or None
    if declared_code in codes and hits[codes.index(declared_code)] >= 0.8 * hits[best]:
        return declared_code
    return codes[best]
