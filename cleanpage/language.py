"""Words, stopwords and the page's language.

Stopword lists come from the maintained ``stopwordsiso`` package (58 languages). They serve
twice: the language whose stopwords cover most of the page's words is the page's language,
and the share of a block's words that are stopwords tells prose from labels and menus.
"""

from __future__ import annotations

import array
import functools
import itertools
import re
from collections.abc import Callable, Iterable, MutableSequence, Sequence
from typing import Any

import regex

from cleanpage.extensions import compiled

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
    return _tokens(text.lower())


def _tokens(lowered: str) -> list[str]:
    """The words of ``lowered``, text already lower-cased."""
    if lowered.isascii():
        return _ASCII_WORD.findall(lowered)
    not_plain, read_as_space, as_space = _plain_script()
    if not_plain.search(lowered) is None:
        if read_as_space.search(lowered) is not None:
            lowered = lowered.translate(as_space)
        return _ASCII_WORD.findall(lowered)
    return _WORD.findall(lowered)


@functools.cache
def _char_classes() -> bytes:
    """Per character below the end of the last plain range, how the compiled counts
    read it: 1 a word character, 0 a separator, 2 one only ``_WORD`` reads right (the
    characters ``_tokens`` does not read with ``\\w+``)."""
    not_plain, read_as_space, _ = _plain_script()
    classes = bytearray(2 for _ in range(_PLAIN_RANGES[-1][1]))
    for code in range(len(classes)):
        char = chr(code)
        if not_plain.match(char) is None:
            word = read_as_space.match(char) is None and _ASCII_WORD.match(char) is not None
            classes[code] = 1 if word else 0
    return bytes(classes)


def counter(language: str | None) -> Callable[[str], tuple[int, int]]:
    """A function giving, for a text, how many words it has and how many of them are
    ``language``'s stopwords: the lengths of ``words(text)`` and of its words in
    ``stopwords(language)``, counted by the compiled scan where it can read the text
    (without making the list)."""
    return _counter(_code(language))


@functools.cache
def _counter(code: str) -> Callable[[str], tuple[int, int]]:
    count = _python_counter(code)
    table = _stop_table(code)
    if table is None:
        return count
    scan = table.counts

    def count_compiled(text: str) -> tuple[int, int]:
        found: tuple[int, int] | None = scan(text)
        return found if found is not None else count(text)

    return count_compiled


@functools.cache
def _python_counter(code: str) -> Callable[[str], tuple[int, int]]:
    stop = stopwords(code)
    is_stop = stop.__contains__

    def count(text: str) -> tuple[int, int]:
        tokens = words(text)
        return len(tokens), sum(map(is_stop, tokens)) if stop else 0

    return count


@functools.cache
def _stop_table(code: str) -> Any:
    """The compiled table of the language's stopwords, or None without the extension."""
    if _compiled is None:
        return None
    return _compiled.WordTable(dict.fromkeys(stopwords(code), (0,)), _char_classes())


def block_features(language: str | None) -> Callable[..., list[Any]] | None:
    """``api._features``' loop compiled for the blocks of a page in ``language``: a
    function of (segments, nodes, make, no_tokens), or None without the extension."""
    return _block_features(_code(language))


@functools.cache
def _block_features(code: str) -> Callable[..., list[Any]] | None:
    table = _stop_table(code)
    if table is None:
        return None
    return functools.partial(_compiled.block_features, table=table, fallback=_python_counter(code))


def _code(language: str | None) -> str:
    """The ISO code of a BCP-47 tag ('pt-BR' -> 'pt'), '' for None."""
    return language.split("-")[0].split("_")[0].lower() if language else ""


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
    code = _code(language)
    try:
        return sets[codes.index(code)]
    except ValueError:
        return frozenset()


def _spread(total: int, hits: MutableSequence[int]) -> None:
    """Add to each language's hits its lane of ``total``, a sum of packed stopword ints."""
    if total:
        for i in range(len(hits)):
            hits[i] += (total >> (_LANE * i)) & _LANE_MASK


def _packed_tokens(tokens: Iterable[str]) -> int:
    """The sum of the packed ints of ``tokens``' stopwords."""
    packed = _index()[0]
    return sum(map(packed.__getitem__, filter(packed.__contains__, tokens)))


def _decide(
    hits: Sequence[int], codes: tuple[str, ...], declared: str | None
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
    it = iter(tokens)

    def read(budget: int, hits: array.array[int]) -> None:
        _spread(_packed_tokens(itertools.islice(it, budget)), hits)

    return _detect(read, declared)


def detect_texts(texts: Iterable[str], declared: str | None = None) -> str | None:
    """``detect`` on the words of ``texts`` (a page's blocks, in order), tokenising only
    as far as detection reads."""
    return _detect(_TextReader(texts), declared)


def _detect(read: Callable[[int, array.array[int]], None], declared: str | None) -> str | None:
    """``detect``, where ``read(n, hits)`` adds the stopwords of the next ``n`` words to
    each language's hits."""
    _, codes, _ = _index()
    declared_code = _code(declared) or None
    hits = _no_hits(len(codes))
    read(EARLY_TOKENS, hits)
    chosen, lead = _decide(hits, codes, declared_code)
    if lead >= EARLY_LEAD:
        return chosen
    read(DETECT_TOKENS - EARLY_TOKENS, hits)
    return _decide(hits, codes, declared_code)[0] or None


def _no_hits(languages: int) -> array.array[int]:
    """A count of hits per language, all 0, as the compiled tally adds to it (C longs)."""
    return array.array("l", bytes(languages * array.array("l").itemsize))


@functools.cache
def _language_table() -> Any:
    """Every stopword with the indexes of its languages, for the compiled tally."""
    sets = _index()[2]
    languages: dict[str, list[int]] = {}
    for i, words_ in enumerate(sets):
        for w in words_:
            languages.setdefault(w, []).append(i)
    return _compiled.WordTable(
        {w: tuple(indexes) for w, indexes in languages.items()}, _char_classes()
    )


class _TextReader:
    """Reads the next words of a sequence of texts, text by text, into languages' hits
    (a text read in part is taken up where it was left)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = texts if isinstance(texts, list) else list(texts)
        self._at = 0  # the text read next
        self._skip = 0  # the words of it already read

    def __call__(self, budget: int, hits: array.array[int]) -> None:
        if _compiled is not None:
            table = _language_table()
            self._at, self._skip = table.tally_texts(
                self._texts, self._at, self._skip, budget, hits, _read_words
            )
            return
        texts, at, skip = self._texts, self._at, self._skip
        while budget > 0 and at < len(texts):
            read = _read_words(texts[at], skip, budget, hits)
            budget -= read
            if budget == 0:
                skip += read  # the text may hold more words, taken up next time
            else:
                at, skip = at + 1, 0
        self._at, self._skip = at, skip


def _read_words(text: str, skip: int, budget: int, hits: MutableSequence[int]) -> int:
    """Add the stopwords of words ``skip`` to ``skip + budget`` of ``text`` to the
    languages' hits; how many words were read."""
    tokens = words(text)[skip : skip + budget]
    _spread(_packed_tokens(tokens), hits)
    return len(tokens)


# The compiled counts (cleanpage/_words.pyx), where built.
_compiled: Any = compiled("_words")
