"""Words, stopwords and the page's language.

Stopword lists come from the maintained ``stopwordsiso`` package (58 languages). They serve
twice: the language whose stopwords cover most of the page's words is the page's language,
and the share of a block's words that are stopwords tells prose from labels and menus.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

import regex

# Han, kana and Thai are written without spaces: each character counts as a token there.
_WORD = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]+",
    regex.UNICODE,
)
# On ASCII text the pattern above finds exactly what ``\w+`` finds, and ``re`` is faster.
_ASCII_WORD = re.compile(r"\w+")
# Nor is ASCII alone: in Latin, Greek and Cyrillic letters and the general punctuation
# (curly quotes, dashes), ``re``'s word characters are ``regex``'s, but for a few (the
# superscript digits and vulgar fractions, which ``regex`` does not count as word
# characters: they are read as spaces). Found character by character, on first use.
_PLAIN_RANGES = ((0x80, 0x0300), (0x0370, 0x0530), (0x2000, 0x2070), (0x20A0, 0x20C1))


@functools.cache
def _plain_script() -> tuple[re.Pattern[str], re.Pattern[str], dict[int, str]]:
    plain: list[str] = []
    as_space: dict[int, str] = {}
    for low, high in _PLAIN_RANGES:
        for code in range(low, high):
            char = chr(code)
            in_re = re.fullmatch(r"\w", char) is not None
            in_regex = regex.fullmatch(r"\w", char) is not None
            if in_re and not in_regex:
                as_space[code] = " "
            elif in_re != in_regex:
                continue
            plain.append(re.escape(char))
    outside = re.compile("[^\x00-\x7f" + "".join(plain) + "]")
    spaced = re.compile("[" + "".join(re.escape(chr(c)) for c in as_space) + "]")
    return outside, spaced, as_space


DETECT_TOKENS = 4000
"""How many of a page's first tokens ``detect`` reads at most."""
# Bits per language in a packed count of stopword hits: room for DETECT_TOKENS hits.
_LANE = DETECT_TOKENS.bit_length()
_LANE_MASK = (1 << _LANE) - 1
EARLY_TOKENS = 1000
"""How many it reads first, to stop there when the evidence is already clear."""
EARLY_LEAD = 100
"""How many more stopword hits than any other language the winner of the first
EARLY_TOKENS needs for detection to stop there."""
_MIN_HITS = 5


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased."""
    lowered = text.lower()
    if lowered.isascii():
        return _ASCII_WORD.findall(lowered)
    not_plain, read_as_space, as_space = _plain_script()
    if not_plain.search(lowered) is None:
        if read_as_space.search(lowered) is not None:
            lowered = lowered.translate(as_space)
        return _ASCII_WORD.findall(lowered)
    return _WORD.findall(lowered)


@functools.cache
def _index() -> tuple[dict[str, int], tuple[str, ...], tuple[frozenset[str], ...]]:
    """Per stopword, the languages that have it, packed in one int: a lane of _LANE bits
    per language, holding 1 in each of the word's languages. The sum of a text's words'
    ints holds, in each lane, how many of them are that language's stopwords: one
    addition per word, in C, where a loop over each word's languages was Python's."""
    import stopwordsiso

    languages = tuple(sorted(stopwordsiso.langs()))
    sets = tuple(frozenset(w.lower() for w in stopwordsiso.stopwords(code)) for code in languages)
    packed: dict[str, int] = {}
    for i, words_ in enumerate(sets):
        for w in words_:
            packed[w] = packed.get(w, 0) + (1 << (_LANE * i))
    return packed, languages, sets


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


def _add_hits(tokens: Iterable[str], hits: list[int]) -> None:
    """Add to each language's hits the tokens that are its stopwords."""
    packed = _index()[0]
    total = sum(map(packed.__getitem__, filter(packed.__contains__, tokens)))
    if total:
        for i in range(len(hits)):
            hits[i] += (total >> (_LANE * i)) & _LANE_MASK


def _decide(
    hits: list[int], codes: tuple[str, ...], declared: str | None
) -> tuple[str | None, int]:
    """The language these hits point to, and its hits against the strongest other
    language's (how clear the evidence is: 0 when it is too thin to decide)."""
    best = max(range(len(codes)), key=hits.__getitem__) if codes else -1
    if best < 0 or hits[best] < _MIN_HITS:
        return declared, 0
    chosen = best
    if declared in codes and hits[codes.index(declared)] >= 0.8 * hits[best]:
        chosen = codes.index(declared)
    runner_up = max((h for i, h in enumerate(hits) if i != chosen), default=0)
    return codes[chosen], hits[chosen] - runner_up


def detect(tokens: Iterable[str], declared: str | None = None) -> str | None:
    """The language whose stopwords cover most of ``tokens`` (the first DETECT_TOKENS).

    ``declared`` (e.g. ``<html lang>``) decides when the text gives too little evidence,
    and wins when its stopwords cover at least 0.8 times what the best language's do.
    The first EARLY_TOKENS are read first: when their winner leads every other language
    by far (EARLY_LEAD hits), reading on would not change it, and detection stops there.
    """
    _, codes, _ = _index()
    declared_code = declared.split("-")[0].split("_")[0].lower() if declared else None
    it = iter(tokens)
    hits = [0] * len(codes)
    _add_hits(itertools.islice(it, EARLY_TOKENS), hits)
    chosen, lead = _decide(hits, codes, declared_code)
    if lead >= EARLY_LEAD:
        return chosen
    _add_hits(itertools.islice(it, DETECT_TOKENS - EARLY_TOKENS), hits)
    return _decide(hits, codes, declared_code)[0] or None
