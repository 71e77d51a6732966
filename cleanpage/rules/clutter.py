"""Clutter rules: short blocks whose words say what they are.

"Click to rate this post!", "[Total: 0 Average: 0]", "Next Post", "Subscribe US Now",
"Share this: Facebook Twitter", "Leave a Reply", cookie and copyright lines... These rules
read only a block's text, so they work the same on HTML pages and on flattened text dumps.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from typing import Any

import regex

from cleanpage.article import Block, Kind, Label
from cleanpage.extensions import compiled
from cleanpage.html import contains
from cleanpage.memo import text_cache
from cleanpage.pagetype import declared_type
from cleanpage.rules.base import BlockRule, Page, Rule, Verdict
from cleanpage.rules.density import Quality, density
from cleanpage.rules.markup import TOKEN_PARTS
from cleanpage.rules.patterns import CLUTTER_PHRASES, PHRASE_KEYWORDS
from cleanpage.rules.region import region

_QUOTE_LIMIT = 60
_TRUNCATED = regex.compile(
    r"(\[\s*(…|\.\.\.)\s*\]|\[\s*(read )?more\s*\]|(?<=[.!?…]\s*)(read )?more\s*(»|›|>>|→)?)\s*$",
    regex.I,
)
_TRUNCATED_WORDS = 120
_TRUNCATED_LAST = frozenset("]»›>→")
_NUMBERED_FIGURE = regex.compile(
    r"\s*(fig(ure)?|table|listing|chart|diagram|abbildung|abb|tabelle|tableau|tabla|figura)"
    r"\.?\s*\d+",
    regex.IGNORECASE,
)


# Markup of the page itself (not of an example in an article) left in a block's text.
_PAGE_MARKUP = regex.compile(
    r"<script|</script|<head\b|</head>|<body\b|<meta\s|<link\s|<iframe|<!--|-->|"
    r"document\.write|<noscript|<style|</title>|getElementById|document\.\w+\s*\(|"
    r"window\.\w+\s*[(=]|function\s*\(|\}\s*\)\s*;",
    regex.IGNORECASE,
)
_TAG = regex.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,200})?/?>")

# A web address and nothing else, as a page prints its own link or an image's file name.
_BARE_ADDRESS = regex.compile(r"\s*(https?://|www\.)\S+\s*")

_MACHINE_TIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")

_MAX_PHRASE_WORDS = max(limit for _, _, limit, _ in CLUTTER_PHRASES)


def _short_blocks(page: Page) -> list[int]:
    """The blocks short enough for some phrase family to label."""
    return [
        i
        for i, b in enumerate(page.blocks)
        if b.words <= _MAX_PHRASE_WORDS and b.kind is not Kind.CODE
    ]


_FLAGS = regex.IGNORECASE | regex.UNICODE
_PREFIX = 3
# A text whose first three characters some phrases fit is tried only against those that
# also fit its first eight.
_START = 8
_MAX_PREFIXES = 20_000
_UNSEEN = regex.compile("")
# Up to this many phrases that can start a text are always tried one by one; more are
# compiled into one alternation once their prefix has been tried this often.
_ONE_BY_ONE = 8
_COMPILE_AFTER = 200


# Escapes that stand for one character of a class, or for none (a boundary): they need
# no more reading and add nothing a text must contain.
_CLASS_ESCAPES = frozenset("bBsSdDwWAZmMG")
_QUANTITY = regex.compile(r"\{\d*,?\d*\}[?+]?")


def _group_end(phrase: str, start: int) -> int:
    """The index just past the ``)`` that closes the group opened at ``start``; -1 if none."""
    depth, i = 0, start
    while i < len(phrase):
        c = phrase[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(phrase, i)
            if i < 0:
                return -1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _class_end(phrase: str, start: int) -> int:
    """The index just past the ``]`` that closes the set opened at ``start``; -1 if none."""
    i = start + 1
    if phrase.startswith("^", i):
        i += 1
    if phrase.startswith("]", i):
        i += 1
    while i < len(phrase):
        c = phrase[i]
        if c == "\\":
            i += 2
        elif c == "[":  # a nested set or a POSIX class: not read here
            return -1
        elif c == "]":
            return i + 1
        else:
            i += 1
    return -1


# The characters that may stand in a required string: those every case-insensitive match
# of which (as the regex module reads them) folds to a text holding their own folded form.
# That is printable ASCII but "I" (which matches the dotless "ı"), and the letters of
# Latin-1 and Latin Extended-A but "ß", "İ" and "ı" (checked over all of Unicode).
_FOLD_SAFE = frozenset(
    [chr(c) for c in range(0x20, 0x7F) if chr(c) != "I"]
    + [chr(c) for c in range(0xC0, 0x180) if chr(c) not in "×÷ßİı"]
)


def _literal_choices(inner: str) -> tuple[str, ...] | None:
    """The alternatives of a group made only of plain words (``next|previous|older``)."""
    if any(c in inner for c in "\\()[]{}.^$*+?") or not _FOLD_SAFE.issuperset(
        inner.replace("|", "")
    ):
        return None
    return tuple(inner.split("|"))


def required_strings(phrase: str) -> tuple[str, ...] | None:
    """Strings, case-folded, one of which is in the case-folded text of every match of
    ``phrase`` (matched ignoring case); None when its syntax, read at its top level,
    gives none of three characters or more. Anything this reader does not know (flags,
    numbered escapes, nested sets, a top-level ``|``) gives None: the answer is only
    ever a test a matching text passes.

    >>> required_strings(r".{0,60}\\byour inbox\\b")
    ('your inbox',)
    >>> required_strings(r"(next|previous|older)\\s+posts?")
    ('next', 'previous', 'older')
    >>> required_strings(r"share|tweet") is None
    True
    """
    # Each atom is a character the text must hold, a group of words one of which it
    # must hold, or None (anything else: a set, a class, a quantified atom, a boundary).
    atoms: list[str | tuple[str, ...] | None] = []
    i, n = 0, len(phrase)
    while i < n:
        c = phrase[i]
        if c == "\\":
            nxt = phrase[i + 1 : i + 2]
            if not nxt:
                return None
            if not nxt.isalnum():
                atoms.append(nxt if nxt in _FOLD_SAFE else None)
                i += 2
            elif nxt in _CLASS_ESCAPES:
                atoms.append(None)
                i += 2
            elif nxt in "pP":
                end = phrase.find("}", i) + 1 if phrase.startswith("{", i + 2) else i + 3
                if end <= 0:
                    return None
                atoms.append(None)
                i = end
            else:
                return None
        elif c == "(":
            end = _group_end(phrase, i)
            if end < 0:
                return None
            inner = phrase[i + 1 : end - 1]
            if inner.startswith("?:"):
                atoms.append(_literal_choices(inner[2:]))
            elif inner.startswith("?"):
                if inner[1:2] not in ("=", "!", "<"):
                    return None  # flags, or syntax not read here
                atoms.append(None)
            else:
                atoms.append(_literal_choices(inner))
            i = end
        elif c == "[":
            i = _class_end(phrase, i)
            if i < 0:
                return None
            atoms.append(None)
        elif c in "*+?{":
            if not atoms:
                return None
            if c == "{":
                quantity = _QUANTITY.match(phrase, i)
                if quantity is None:
                    return None
                i = quantity.end()
            else:
                i += 2 if phrase[i + 1 : i + 2] in ("?", "+") else 1
            atoms[-1] = None
        elif c in "|)]}":
            return None
        else:
            atoms.append(None if c in ".^$" or c not in _FOLD_SAFE else c)
            i += 1
    best: tuple[str, ...] = ()
    run = ""
    for atom in [*atoms, None]:
        if isinstance(atom, str):
            run += atom
            continue
        for choice in ((run,) if run else (), atom or ()):
            if choice and min(map(len, choice)) > min(map(len, best), default=0):
                best = choice
        run = ""
    if min(map(len, best), default=0) < 3:
        return None
    return tuple(s.casefold() for s in best)


class PhraseMatcher:
    """Matches any of many phrases at the start of a text, after white space.

    One alternation of a hundred phrases is slow to try on every block, so the phrases
    are sorted by how a match can begin: a text is tried only against the phrases that can
    start with its first three characters. Which those are is asked of the regex engine
    itself, by a partial match of the three characters, the first time they are seen, so any
    phrase syntax works and the answer is always the one the whole alternation would give.
    A text that starts with white space (rare: block texts are trimmed) is tried against
    them all. A text that a prefix's phrases may fit is tried only against those of them
    that fit its first eight characters (asked once per eight, as for the prefixes): most
    texts that start like a phrase ("The", "Sub") go on otherwise ("The tide", "Subtle").
    The phrases that fit a prefix are tried one by one, with the patterns
    compiled for the partial match; only when many fit a prefix that comes back often is
    their alternation compiled: compiling costs more than a few pages' worth of tries.

    A phrase is only tried on a text whose case-folded form holds one of its required
    strings (``required_strings``), when its syntax gives some: looking costs a tenth of
    a try. A phrase that may start anywhere in its first characters
    (``.{0,60}\\byour inbox``) would fit every prefix, and trying it means trying each of
    those positions: such phrases are kept out of the prefixes' lists, and tried after
    them, on a text holding one of their strings."""

    __slots__ = (
        "_by_first",
        "_by_prefix",
        "_by_start",
        "_compiled",
        "_gated",
        "_needs",
        "_phrases",
        "_required",
        "_uses",
        "_whole",
    )

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self._phrases = tuple((p, regex.compile(f"(?:{p})", _FLAGS)) for p in phrases)
        self._whole = self._compile(phrases)
        # The phrases that fit any first character and hold a required string are kept
        # out of the prefixes' lists: they are tried only on a text that holds one of
        # their strings, which a look at the case-folded text tells.
        gated: list[regex.Pattern[str]] = []
        required: list[str] = []
        self._needs: dict[regex.Pattern[str], tuple[str, ...]] = {}
        for phrase, alone in self._phrases:
            strings = required_strings(phrase)
            if strings is None:
                continue
            self._needs[alone] = strings
            if all(alone.match(c, partial=True) for c in ("x", "7", "(", "\u0416")):
                gated.append(alone)
                required.extend(strings)
        self._gated = tuple(gated)
        self._required = tuple(dict.fromkeys(required))
        self._by_prefix: dict[str, regex.Pattern[str] | tuple[regex.Pattern[str], ...] | None]
        self._by_prefix = {}
        # The phrases that fit a text's first character: those a prefix is tried against.
        self._by_first: dict[str, tuple[regex.Pattern[str], ...]] = {}
        # The phrases that fit a text's first _START characters, of those of its prefix.
        self._by_start: dict[str, tuple[regex.Pattern[str], ...] | None] = {}
        self._compiled: dict[tuple[str, ...], regex.Pattern[str]] = {}
        self._uses: dict[str, int] = {}  # tries of the prefixes that many phrases fit

    @staticmethod
    def _compile(phrases: tuple[str, ...]) -> regex.Pattern[str]:
        return regex.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in phrases) + r")", _FLAGS)

    def _for_prefix(
        self, prefix: str
    ) -> regex.Pattern[str] | tuple[regex.Pattern[str], ...] | None:
        first = self._by_first.get(prefix[0])
        if first is None:
            first = tuple(
                alone
                for _, alone in self._phrases
                if alone not in self._gated and alone.match(prefix[0], partial=True)
            )
            if len(self._by_first) < _MAX_PREFIXES:
                self._by_first[prefix[0]] = first
        if len(self._by_prefix) >= _MAX_PREFIXES:
            return first if len(first) <= _ONE_BY_ONE else self._whole
        fitting = tuple(alone for alone in first if alone.match(prefix, partial=True))
        self._by_prefix[prefix] = fitting or None
        return fitting or None

    def _many(self, prefix: str, fitting: tuple[regex.Pattern[str], ...]) -> None:
        """Count a try of a prefix that many phrases fit; compile their alternation once
        the prefix has come back often enough."""
        uses = self._uses[prefix] = self._uses.get(prefix, 0) + 1
        if uses >= _COMPILE_AFTER:
            key = tuple(p for p, alone in self._phrases if alone in fitting)
            pattern = self._compiled.get(key)
            if pattern is None:
                pattern = self._compiled[key] = self._compile(key)
            self._by_prefix[prefix] = pattern
            del self._uses[prefix]

    def _narrowed(
        self, start: str, fitting: tuple[regex.Pattern[str], ...]
    ) -> tuple[regex.Pattern[str], ...] | None:
        """The phrases of ``fitting`` (those that fit the prefix of ``start``) that fit
        ``start``, a text's first characters; None when none does."""
        if start in self._by_start:
            return self._by_start[start]
        narrowed = tuple(alone for alone in fitting if alone.match(start, partial=True)) or None
        if len(self._by_start) < _MAX_PREFIXES:
            self._by_start[start] = narrowed
        return narrowed

    def _ungated(self, text: str) -> bool:
        """Whether a phrase matches that is not gated (or any, for a text starting with
        white space, which is tried against the whole alternation)."""
        if not text or text[0].isspace():
            return self._whole.match(text) is not None
        prefix = text[:_PREFIX]
        pattern = self._by_prefix.get(prefix, _UNSEEN)
        if pattern is _UNSEEN:
            pattern = self._for_prefix(prefix)
        if pattern is None:
            return False
        if isinstance(pattern, tuple):
            if len(pattern) > _ONE_BY_ONE:
                self._many(prefix, pattern)
            narrowed = self._narrowed(text[:_START], pattern)
            if narrowed is None:
                return False
            pattern = narrowed
            # A phrase is tried only if the text holds one of its required strings: a
            # regex match costs ten times what these looks do.
            needs, folded = self._needs, ""
            for alone in pattern:
                required = needs.get(alone)
                if required is not None:
                    if not folded:
                        folded = text.casefold()
                    for string in required:
                        if string in folded:
                            break
                    else:
                        continue
                if alone.match(text) is not None:
                    return True
            return False
        return pattern.match(text) is not None

    def match(self, text: str) -> bool:
        """Whether one of the phrases matches at the start of ``text``."""
        if self._ungated(text):
            return True
        if self._required:
            folded = text.casefold()
            for required in self._required:  # faster than one pattern of them all
                if required in folded:
                    return any(alone.match(text) is not None for alone in self._gated)
        return False

    def matching(self, texts: list[str]) -> list[int]:
        """The positions of the texts ``match`` accepts, in order. The texts that hold a
        gated phrase's string are found in one search of them all, joined.

        >>> PhraseMatcher(("next post", r".{0,20}\\bto your inbox")).matching(
        ...     ["Next post: Tides", "Tides", "Get it sent to your inbox"]
        ... )
        [0, 2]
        """
        if any(not r or _SEPARATOR in r for r in self._required):
            return [j for j, text in enumerate(texts) if self.match(text)]
        gated: set[int] = set()
        if self._required:
            joined, starts = _joined([text.casefold() for text in texts])
            gated = _holders(joined, starts, self._required)
        by_prefix, by_start, found = self._by_prefix, self._by_start, []
        for j, text in enumerate(texts):
            if (
                text
                and not text[0].isspace()
                and (
                    (known := by_prefix.get(text[:_PREFIX], _UNSEEN)) is None
                    or (type(known) is tuple and by_start.get(text[:_START], _UNSEEN) is None)
                )
            ):
                # A prefix (or a start) seen before that no phrase fits, told without a call.
                ungated = False
            else:
                ungated = self._ungated(text)
            if ungated or (
                j in gated and any(alone.match(text) is not None for alone in self._gated)
            ):
                found.append(j)
        return found


_BUILT_IN = {name: phrases for name, _, _, phrases in CLUTTER_PHRASES}
# All phrases of the families without keywords, in one matcher: one match per block tells
# which blocks any of them needs to look at.
_ANY_UNGATED = PhraseMatcher(
    tuple(
        p for name, _, _, phrases in CLUTTER_PHRASES if name not in PHRASE_KEYWORDS for p in phrases
    )
)


# No family among them labels a longer block.
_MAX_UNGATED_WORDS = max(
    limit for name, _, limit, _ in CLUTTER_PHRASES if name not in PHRASE_KEYWORDS
)


def _pretested(page: Page) -> list[int]:
    blocks = page.blocks
    short = [
        i
        for i in page.cached("phrase-candidates", _short_blocks)
        if blocks[i].words <= _MAX_UNGATED_WORDS
    ]
    return [short[j] for j in _ANY_UNGATED.matching([blocks[i].text for i in short])]


# Between the texts ``_joined`` joins: no string searched for holds it, so none found there
# runs from one text into the next.
_SEPARATOR = "\x00"


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    """The texts joined in one string, and where each starts in it: one substring search
    there tells which of them hold a string, where a search per text costs a call each."""
    starts = []
    at = 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return _SEPARATOR.join(texts), starts


_WORDS = compiled("_words")
# The compiled finder of each tuple of strings asked for (a rule's keywords, a matcher's
# required strings): a few per rule set.
_FINDERS: dict[tuple[str, ...], Any] = {}
_MAX_FINDERS = 256


def _finder(strings: tuple[str, ...]) -> Any:
    """``cleanpage._words.StringFinder`` of ``strings`` where the package is built with
    it (and none of them is empty), else None."""
    finder = _FINDERS.get(strings)
    if finder is None and _WORDS is not None and strings and all(strings):
        if len(_FINDERS) >= _MAX_FINDERS:
            _FINDERS.clear()
        finder = _FINDERS[strings] = _WORDS.StringFinder(strings)
    return finder


def _holders(joined: str, starts: list[int], strings: tuple[str, ...]) -> set[int]:
    """The positions of the joined texts that hold one of ``strings``.

    >>> _holders(*_joined(["cookie settings", "sea", "we use cookies. cookies!"]), ("cookie",))
    {0, 2}
    """
    finder = _finder(strings)
    if finder is not None:
        held: set[int] = finder.holders(joined, starts)
        return held
    return _search_holders(joined, starts, strings)


def _search_holders(joined: str, starts: list[int], strings: tuple[str, ...]) -> set[int]:
    """``_holders`` in Python: a search of the joined texts per string."""
    found: set[int] = set()
    last = len(starts) - 1
    for string in strings:
        at = joined.find(string)
        while at >= 0:
            j = bisect.bisect_right(starts, at) - 1
            found.add(j)
            if j >= last:
                break
            at = joined.find(string, starts[j + 1])
    return found


def _short_text(page: Page) -> tuple[str, list[int]]:
    """The short blocks' lower-cased texts, joined."""
    blocks = page.blocks
    return _joined(
        [blocks[i].text.lower() for i in page.cached("phrase-candidates", _short_blocks)]
    )


def _holding(page: Page, keywords: tuple[str, ...]) -> list[int]:
    """The short blocks whose lower-cased text holds one of ``keywords``, in order.

    >>> from cleanpage import Block
    >>> page = Page(
    ...     blocks=(Block(0, "Cookie settings", words=2), Block(1, "Sea", words=1),
    ...             Block(2, "We use cookies. Cookies!", words=4)),
    ...     format="text",
    ... )
    >>> _holding(page, ("cookie",))
    [0, 2]
    """
    short = page.cached("phrase-candidates", _short_blocks)
    found = _holders(*page.cached("short-text", _short_text), keywords)
    return [short[j] for j in sorted(found)]


def _excerpt(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first if len(first) <= _QUOTE_LIMIT else first[: _QUOTE_LIMIT - 1].rstrip() + "…"


class PhraseRule(BlockRule):
    """Labels a short block that starts with one of a family's phrases.

    The built-in clutter phrase families (``share-bar``, ``cookie-notice``, ...) are
    PhraseRules; make one of your own with a name, the label to give, the most words a
    matching block may have, the phrases (regular expressions, matched at the start of the
    block's text, ignoring case) and what the reason calls the block.

    >>> from cleanpage import Label, extract
    >>> from cleanpage.rules import default_rules
    >>> support = PhraseRule(
    ...     "support-call", Label.SUBSCRIBE, 12, (r"support (us|our work)",), "support call"
    ... )
    >>> article = extract(
    ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by the "
    ...     "moon and, to a lesser degree, by the sun.</p>"
    ...     "<p>Support our work: give monthly</p></article>",
    ...     rules=[support, *default_rules()],
    ... )
    >>> block = article.blocks[-1]
    >>> block.rule, block.label
    ('support-call', <Label.SUBSCRIBE: 'subscribe'>)
    >>> block.reason
    "support call: 'Support our work: give monthly'"
    """

    family = "clutter"

    def __init__(
        self, name: str, label: Label, max_words: int, phrases: tuple[str, ...], what: str
    ) -> None:
        self.name = name
        self.label = label
        self.max_words = max_words
        self.what = what
        self.keywords = PHRASE_KEYWORDS.get(name, ())
        # Matched against the lower-cased text, the way ``k in text.lower()`` would.
        self._keyword = re.compile("|".join(re.escape(k) for k in self.keywords))
        self._joinable = bool(self.keywords) and all(
            k and _SEPARATOR not in k for k in self.keywords
        )
        # A built-in family without keywords may trust the shared pre-test: it matches
        # every block that any of those families' phrases match.
        self.pretested = (
            not self.keywords and _BUILT_IN.get(name) == phrases and max_words <= _MAX_UNGATED_WORDS
        )
        self.matcher = PhraseMatcher(phrases)

    def apply(self, page: Page) -> None:
        """``check`` every undecided block short enough to match, as BlockRule does (but
        only the blocks that can match are tried).

        >>> from cleanpage import Block, Label
        >>> support = PhraseRule("support-call", Label.SUBSCRIBE, 12, ("support us",), "support")
        >>> page = Page(
        ...     blocks=(Block(0, "Support us today", words=3), Block(1, "We support us", words=3)),
        ...     format="text",
        ... )
        >>> support.apply(page)
        >>> page.labels
        [<Label.SUBSCRIBE: 'subscribe'>, None]
        """
        blocks, labels = page.blocks, page.labels
        if self.pretested:
            candidates = page.cached("phrase-pretested", _pretested)
        elif self._joinable:
            candidates = _holding(page, self.keywords)
        elif self.keywords:
            search = self._keyword.search
            candidates = [
                i
                for i in page.cached("phrase-candidates", _short_blocks)
                if search(page.blocks[i].text.lower())
            ]
        else:
            candidates = page.cached("phrase-candidates", _short_blocks)
        for i in candidates:
            if labels[i] is None:
                verdict = self.check(blocks[i], page)
                if verdict is not None:
                    page.decide(i, verdict.label, verdict.reason, self.name)

    def check(self, block: Block, page: Page) -> Verdict | None:
        """A Verdict when the block has at most ``max_words`` words, is not code, and
        starts with one of the phrases.

        >>> from cleanpage import Block, Label
        >>> support = PhraseRule("support-call", Label.SUBSCRIBE, 4, ("support us",), "support")
        >>> page = Page(blocks=(), format="text")
        >>> support.check(Block(0, "Support us today", words=3), page)
        Verdict(label=<Label.SUBSCRIBE: 'subscribe'>, reason="support: 'Support us today'")
        >>> support.check(Block(0, "Support us, we said, and they all did", words=8), page)
        """
        if block.words > self.max_words or block.kind is Kind.CODE:
            return None
        if self.keywords and not self._keyword.search(block.text.lower()):
            return None
        if not self.matcher.match(block.text):
            return None
        if self.name in _SENTENCE_SPARED and _plain_sentence(block):
            return None
        return Verdict(self.label, f"{self.what}: {_excerpt(block.text)!r}")


# Families whose phrase may open a sentence of the text ("Share this timeline with your
# vendors to ..."): a long unlinked sentence is no such widget.
_SENTENCE_SPARED = frozenset({"share-bar"})
SENTENCE_SPARED_WORDS = 9


def _plain_sentence(block: Block) -> bool:
    """Whether a block is an unlinked sentence of ``SENTENCE_SPARED_WORDS`` words or more
    that ends with a full stop.

    >>> _plain_sentence(Block(0, "Share this plan with vendors to ensure a smooth day.", words=10))
    True
    >>> _plain_sentence(Block(0, "Share this article with your friends.", words=6))
    False
    """
    return (
        block.words >= SENTENCE_SPARED_WORDS
        and block.link_share == 0
        and block.text.rstrip().endswith(".")
    )


class TruncatedExcerpt(BlockRule):
    """An excerpt cut off with "[…]" or "[Read more]", or ending in a bare "More" after its
    last sentence, teases another page.

    >>> from cleanpage import extract
    >>> article = extract(
    ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by the "
    ...     "moon and, to a lesser degree, by the sun.</p></article><aside><p>Why the "
    ...     "moon drifts away from us, a little more every year [...]</p></aside>"
    ... )
    >>> [block.rule for block in article.blocks]
    ['title', 'body', 'truncated-excerpt']
    """

    name = "truncated-excerpt"
    family = "clutter"

    def check(self, block: Block, page: Page) -> Verdict | None:
        """A ``teaser`` Verdict for a block of at most 120 words ending in "[…]", "[...]",
        "[more]" or "[read more]", or in a bare "More" after its last sentence.

        >>> from cleanpage import Block
        >>> block = Block(0, "The sea rises and falls twice a day [...]", words=9)
        >>> verdict = TruncatedExcerpt().check(block, Page(blocks=(block,), format="html"))
        >>> verdict.label
        <Label.TEASER: 'teaser'>
        >>> verdict.reason
        "truncated excerpt of another page: '…es and falls twice a day [...]'"
        """
        if block.words > _TRUNCATED_WORDS:
            return None
        end = block.text[-40:]
        # Every ending the pattern takes closes, before white space, with "]", an arrow or
        # "more": a look at the last characters spares the pattern's try on most blocks.
        last = end.rstrip()[-4:]
        if last[-1:] not in _TRUNCATED_LAST and last.lower() != "more":
            return None
        if not _TRUNCATED.search(end):
            return None
        return Verdict(Label.TEASER, f"truncated excerpt of another page: '…{block.text[-30:]}'")


_WHAT = {
    "rating-widget": "rating widget",
    "post-navigation": "next/previous-post link",
    "subscribe-call": "subscribe call",
    "support-appeal": "appeal for support",
    "share-bar": "share bar",
    "related-posts": "related-posts heading",
    "comment-form": "comment section",
    "review-section": "reviews",
    "shop-suggestions": "other products' heading",
    "shop-policy": "shipping and returns terms",
    "cookie-notice": "cookie notice",
    "copyright-line": "copyright line",
    "copyright-notice": "copyright notice",
    "advertisement-label": "advertisement label",
    "tag-list": "tag list",
    "byline": "byline",
    "empty-attribution": "empty attribution",
    "login-prompt": "site control",
    "photo-credit": "photo credit or gallery counter",
    "agency-credit": "photo agency credit",
    "caption-credit": "photo caption with its credit",
    "affiliate-note": "affiliate links note",
    "script-leftover": "scripting left-over",
}


class MarkupLeftover(BlockRule):
    """Markup printed as text: a page flattened badly leaves its ``<script>``, ``<head>``
    or comment markers in the text. Code blocks, where an article shows markup on purpose,
    are left alone; so is prose that names a tag or two.

    On an HTML page a long web address printed alone, outside any link (the page's own
    address for copying, an image's file), is a left-over too: an address the author cites
    is a link."""

    name = "markup-leftover"
    family = "clutter"
    min_markers = 2
    """Distinct page-structure markers (``<script``, ``</head>``, ``-->``...) needed."""
    min_tags = 6
    tag_share = 0.15
    """Or this many tags, covering this share of the text."""

    address_words = 6
    """Words (``\\w+`` runs) a bare web address needs to count as a left-over."""

    def check(self, block: Block, page: Page) -> Verdict | None:
        text = block.text
        if block.kind is Kind.CODE:
            return None
        if (
            page.format == "html"
            and block.words >= self.address_words
            and block.link_share == 0
            and _BARE_ADDRESS.fullmatch(text)
        ):
            return Verdict(Label.BOILERPLATE, f"a web address printed as text: {_excerpt(text)!r}")
        if "<" not in text and "(" not in text:
            return None
        markers = {m.lower() for m in _PAGE_MARKUP.findall(text)}
        if len(markers) < self.min_markers:
            tags = _TAG.findall(text)
            if len(tags) < self.min_tags or sum(map(len, tags)) < self.tag_share * len(text):
                return None
        return Verdict(Label.BOILERPLATE, f"markup printed as text: {_excerpt(text)!r}")


class NoWords(BlockRule):
    """In a text dump, a short line without a word in it (a counter "6", arrows "‹ › ×",
    a bare machine timestamp) is a widget's left-over, not text. (On HTML the markup
    around such a widget says more.)"""

    name = "no-words"
    family = "clutter"
    max_chars = 40

    def apply(self, page: Page) -> None:
        """``BlockRule.apply`` on a text page; an HTML page has nothing for it."""
        if page.format == "text":
            super().apply(page)

    def check(self, block: Block, page: Page) -> Verdict | None:
        text = block.text
        if page.format != "text" or block.kind is not Kind.PARAGRAPH:
            return None
        if len(text) > self.max_chars or (
            any(c.isalpha() for c in text) and not _MACHINE_TIME.fullmatch(text)
        ):
            return None
        return Verdict(Label.BOILERPLATE, f"no words: {_excerpt(text)!r}")


class FigureCaption(BlockRule):
    """A photo's caption describes a picture, not the article's argument: dropped in the
    precision and balanced modes, kept in recall mode. Numbered figures ("Figure 1.",
    "Table 2:"), which the text refers to, stay, and so do the captions of a how-to's
    steps (inside an element whose class or id names a step: 'step', 'recipe-steps'),
    which say what the step's picture shows."""

    name = "figure-caption"
    family = "clutter"

    def apply(self, page: Page) -> None:
        """``check`` the undecided captions (no other block can be one)."""
        if page.mode == "recall":
            return
        blocks, labels = page.blocks, page.labels
        for i, block in enumerate(blocks):
            if block.kind is Kind.CAPTION and labels[i] is None:
                verdict = self.check(block, page)
                if verdict is not None:
                    page.decide(i, verdict.label, verdict.reason, self.name)

    def check(self, block: Block, page: Page) -> Verdict | None:
        if block.kind is not Kind.CAPTION or page.mode == "recall":
            return None
        if _NUMBERED_FIGURE.match(block.text):
            return None
        node = page.node_of(block.index)
        if node is not None and any(map(_step_token, node.tokens)):
            return None
        return Verdict(Label.BOILERPLATE, f"figure caption: {_excerpt(block.text)!r}")


_STEP_PARTS = frozenset({"step", "steps"})


@text_cache(maxsize=65536)
def _step_token(token: str) -> bool:
    """Whether a class/id token names a how-to's step (cached across pages).

    >>> _step_token("step"), _step_token("recipe-steps"), _step_token("step_3")
    (True, True, True)
    >>> _step_token("stepper-nav"), _step_token("footsteps")
    (False, False)
    """
    return not _STEP_PARTS.isdisjoint(TOKEN_PARTS.split(token.lower()))


def _spaced(text: str) -> str:
    """``text`` with its white space runs made single spaces, and none at either end.

    >>> _spaced("a  b\\n c "), _spaced("a b c")
    ('a b c', 'a b c')
    """
    # Printable text holds no white space but the space: most blocks' texts, already
    # spaced, are told so without splitting them.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


ITEM_DETAIL_BLOCKS = 20
"""An item (a product card, a listed story) holds fewer blocks than this."""
ITEM_DETAIL_MIN_ITEMS = 3
"""Items side by side, alike in markup, at least: a list of them."""
ITEM_DETAIL_OWN_WORDS = 60
"""The item's own text, at most: a name, a price, a line or two (a forum post says more)."""
_ITEM_DIGITS = re.compile(r"\d+")


def _item_kind(tokens: tuple[str, ...]) -> str:
    """An element's first class name, numbers aside: items side by side share it
    ("post-17", "post-18").

    >>> _item_kind(("post-17", "odd")), _item_kind(())
    ('post-', '')
    """
    return _numberless(tokens[0]) if tokens else ""


@text_cache(maxsize=4096)
def _numberless(token: str) -> str:
    """``token`` without its digits (cached: it is asked of every element of a page)."""
    return _ITEM_DIGITS.sub("", token)


ITEM_DETAIL_TITLE_WORDS = 3
"""A title of this many words, at least, is told in a block that repeats it."""
# A reply's subject: "Re: <the thread's title>", "AW: ...", "SV: ...".
_REPLY_SUBJECT = re.compile(r"(?:re|aw|sv|vs|odp|antw)\s?:", re.IGNORECASE)


def _names_page(text: str, title: str) -> bool:
    """Whether ``text`` is about the page itself rather than an item: it holds the page's
    title (``title``, lower case, "" when unknown) or is a reply's subject ("Re: ...").

    >>> _names_page("Re: Which lens?", ""), _names_page("Posts about big cats", "big cats")
    (True, True)
    >>> _names_page("Free delivery", "big cats"), _names_page("Return policy", "")
    (False, False)
    """
    return bool(_REPLY_SUBJECT.match(text)) or bool(title and title in text.lower())


def _item_blocks(page: Page, item: int, i: int) -> list[int]:
    """The blocks side by side with block ``i`` that lie in element ``item``, up to
    ``ITEM_DETAIL_BLOCKS`` of them."""
    nodes, owner = page.nodes, page.block_nodes
    found = [i]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(owner) and len(found) < ITEM_DETAIL_BLOCKS:
            if not contains(nodes, item, owner[j]):
                break
            found.append(j)
            j += step
    return found


class RepeatedBlock(Rule):
    """A block whose text already appeared elsewhere on the page is a copy: gallery captions
    repeated in a slideshow, a teaser of the article itself, a menu shown twice. Repeats
    within one container (a refrain, a repeated step) are left alone, and so is a prose
    paragraph the article repeats in a sibling section of its own, the content's copy
    of a block shown first outside the content (a teaser of the article above it), and a
    detail each of several listed items shows ("Free delivery", "In stock")."""

    name = "repeated-block"
    family = "clutter"
    min_words = 4

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        nodes, owner, blocks = page.nodes, page.block_nodes, page.blocks
        seen: dict[str, int] = {}
        repeats: list[tuple[int, int]] = []
        for i, block in enumerate(blocks):
            if block.words < self.min_words or block.kind is Kind.CODE:
                continue
            key = _spaced(block.text.lower())
            first = seen.setdefault(key, i)
            if first == i or nodes[owner[first]].parent == nodes[owner[i]].parent:
                continue
            # A table of contents links to the headings it repeats: those stay (a heading
            # may itself link back to its entry, as docutils writes them).
            entry = blocks[first]
            if entry.link_share > 0.5 and (
                block.link_share <= 0.5
                or (block.kind is Kind.HEADING and entry.kind is Kind.LIST_ITEM)
            ):
                seen[key] = i
                continue
            repeats.append((i, first))
        copied = {i for i, _ in repeats}
        inside = region(page).inside
        alike: collections.Counter[tuple[int, str, str]] = collections.Counter()
        title = ""
        # A forum thread's posts repeat their authors' details and the thread's subject:
        # those are no details of listed items.
        items = declared_type(page.types) != "forum"
        if repeats and items:
            title = next(
                (
                    _spaced(b.text.lower())
                    for b, label in zip(blocks, page.labels, strict=True)
                    if label is Label.TITLE and b.words >= ITEM_DETAIL_TITLE_WORDS
                ),
                "",
            )
        for i, first in repeats:
            if self._own_text(page, i, first, copied) or (
                items
                and not _names_page(blocks[i].text, title)
                and self._item_detail(page, i, first, copied, alike)
            ):
                continue
            if inside[owner[i]] and not inside[owner[first]]:
                # The first copy lies outside the content (a menu's teaser, a panel for
                # another screen size): this one is the content's own.
                continue
            page.decide(i, Label.BOILERPLATE, f"repeats block {first} word for word", self.name)

    @staticmethod
    def _item_detail(
        page: Page,
        i: int,
        first: int,
        copied: set[int],
        alike: collections.Counter[tuple[int, str, str]],
    ) -> bool:
        """A detail every one of several alike items shows ("Free delivery", "Comp. value
        $139.99", "In stock"): the two copies lie in sibling elements alike in markup (two
        product cards, two rows), and the copy's item holds text of its own besides (its
        name), so it is not a cloned slide or a menu shown twice."""
        nodes, owner, blocks = page.nodes, page.block_nodes, page.blocks
        a, b = owner[i], owner[first]
        # At the same place in each item: not a reply quoting a post above it.
        if nodes[a].path != nodes[b].path or nodes[a].own_tokens != nodes[b].own_tokens:
            return False
        # Climb to the children of the two copies' nearest common element.
        while nodes[a].depth > nodes[b].depth:
            a = nodes[a].parent
        while nodes[b].depth > nodes[a].depth:
            b = nodes[b].parent
        if a == b:
            return False
        while nodes[a].parent != nodes[b].parent:
            a, b = nodes[a].parent, nodes[b].parent
        item, other = nodes[a], nodes[b]
        kind = _item_kind(item.own_tokens)
        if item.tag != other.tag or kind != _item_kind(other.own_tokens):
            return False
        if not alike:  # counted once per page, when first asked
            alike.update((node.parent, node.tag, _item_kind(node.own_tokens)) for node in nodes)
        if alike[item.parent, item.tag, kind] < ITEM_DETAIL_MIN_ITEMS:
            return False  # two panels alike (one per screen size) are no list of items
        # The item's blocks against the first copy's item: some text of its own (its name,
        # its price), not a cloned slide; an element of many blocks is a section, not an item.
        mine = _item_blocks(page, a, i)
        theirs = _item_blocks(page, b, first)
        if len(mine) >= ITEM_DETAIL_BLOCKS or len(theirs) >= ITEM_DETAIL_BLOCKS:
            return False
        known = {blocks[j].text for j in theirs}
        own = sum(blocks[j].words for j in mine if blocks[j].text not in known)
        return 0 < own <= ITEM_DETAIL_OWN_WORDS

    @staticmethod
    def _own_text(page: Page, i: int, first: int, copied: set[int]) -> bool:
        """A paragraph of prose the article repeats among its own paragraphs (a point made
        twice, a pull quote set as a paragraph): both copies prose paragraphs inside the
        content root, in sibling sections alike in markup, and the copy alone, not part of
        a run of copies (a cloned slide, a menu shown twice)."""
        blocks = page.blocks
        if blocks[i].kind is not Kind.PARAGRAPH or blocks[first].kind is not Kind.PARAGRAPH:
            return False
        if i - 1 in copied or i + 1 in copied:
            return False
        quality = density(page).raw
        if quality[i] is not Quality.GOOD or quality[first] is not Quality.GOOD:
            return False
        nodes, owner = page.nodes, page.block_nodes
        inside = region(page).inside
        if not (inside[owner[i]] and inside[owner[first]]):
            return False
        # Sections of one text side by side, alike in markup: not a panel shown twice
        # for two screen sizes ('hidden-mobile' beside 'hidden-desktop').
        up, first_up = nodes[owner[i]].parent, nodes[owner[first]].parent
        if up < 0 or first_up < 0:
            return False
        parent, first_parent = nodes[up], nodes[first_up]
        return (
            parent.parent == first_parent.parent
            and parent.tag == first_parent.tag
            and parent.own_tokens == first_parent.own_tokens
        )


# A comment's signature under its text: "Posted by Ann on January 6, 2008 2:09 PM", "Sent by
# Bo | 12/03/2019". A name of a few words, then a date or a time.
_SIGNATURE = regex.compile(
    r"(?:posted|submitted|written|sent|publié|publiée|eingestellt|geschrieben|publicado|"
    r"pubblicato|scritto)\s+(?:by|par|von|por|da)\s+\S.{0,60}?\s+"
    r"(?:on|at|@|\||le|am|um|el|en|il)\s+.{0,40}?\d",
    regex.IGNORECASE,
)
_SIGNATURE_LINES = 3  # the block's last lines where a signature stands
_SIGNATURE_MAX_WORDS = 16


def _signed(text: str) -> bool:
    """Whether one of the last lines of ``text`` is a comment's signature."""
    for line in text.rsplit("\n", _SIGNATURE_LINES)[-_SIGNATURE_LINES:]:
        line = line.strip()
        if len(line.split()) <= _SIGNATURE_MAX_WORDS and _SIGNATURE.match(line):
            return True
    return False


class SignedComments(Rule):
    """Comments signed under their text, as news sites and blogs printed them ("Posted by
    Ann on January 6, 2008 2:09 PM", "Report this comment"). After a comments heading or
    form, three or more blocks signed so are a thread: they are comments, and so are the
    blocks between two of them in the same element (a comment of several paragraphs), prose
    as they are. Posts signed the same way with no comments heading above them (a blog's
    posts, a forum's) are left alone."""

    name = "signed-comments"
    family = "clutter"
    min_signed = 3
    max_between = 8

    def apply(self, page: Page) -> None:
        blocks, labels = page.blocks, page.labels
        if Label.COMMENTS not in labels:
            return  # no comments heading or form above: nothing to read signatures for
        signed = [
            i for i, b in enumerate(blocks) if ("\n" in b.text or b.words <= 20) and _signed(b.text)
        ]
        if len(signed) < self.min_signed:
            return
        heading = next((k for k in range(signed[0]) if labels[k] is Label.COMMENTS), -1)
        if heading < 0:
            return
        owner = page.block_nodes
        nodes = page.nodes

        def parent(i: int) -> int:
            return nodes[owner[i]].parent if nodes else -1

        reason = "a comment signed under its text ('Posted by ... on <date>')"
        for i in signed:
            page.decide(i, Label.COMMENTS, reason, self.name)
        between = "between two signed comments"
        for a, b in itertools.pairwise(signed):
            if b - a - 1 > self.max_between or parent(a) != parent(b):
                continue
            for k in range(a + 1, b):
                if parent(k) == parent(a):
                    page.decide(k, Label.COMMENTS, between, self.name)
        # The first comment's own paragraphs, between the comments heading and its signature.
        first = signed[0]
        if first - heading - 1 <= self.max_between:
            for k in range(heading + 1, first):
                if parent(k) == parent(first):
                    page.decide(k, Label.COMMENTS, between, self.name)


def phrase_rules() -> list[Rule]:
    rules: list[Rule] = [
        PhraseRule(name, label, max_words, phrases, _WHAT.get(name, name))
        for name, label, max_words, phrases in CLUTTER_PHRASES
    ]
    rules.append(TruncatedExcerpt())
    rules.append(MarkupLeftover())
    rules.append(NoWords())
    rules.append(RepeatedBlock())
    rules.append(FigureCaption())
    rules.append(SignedComments())
    return rules
