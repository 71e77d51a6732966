"""Density rules: how much a block reads like prose.

Each block gets a class from its length, link share and stopword share, as jusText does:
``good`` (long prose), ``near`` (prose-like but short), ``short`` and ``bad`` (link lists,
labels). Short and near blocks then take the class of their surroundings (neighbour
smoothing), so a one-line paragraph between two good ones stays, and a heading is kept
when prose follows it.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass

from cleanpage.article import Block, Kind, Label, Style
from cleanpage.html import Node, contains
from cleanpage.pagetype import BUY, PRICE, declared_type
from cleanpage.rules.base import Page, Rule


class Quality(enum.IntEnum):
    BAD = 0
    SHORT = 1
    NEAR = 2
    GOOD = 3


@dataclass(frozen=True, slots=True)
class Thresholds:
    max_link_share: float = 0.5
    short_chars: int = 50
    long_chars: int = 160
    stopwords_low: float = 0.22
    stopwords_high: float = 0.32
    heading_reach: int = 3
    keep_within_prose: bool = True
    """Keep what lies between the first and the last prose block still in play (lists,
    recipes, tables of an article), not only what a neighbour vouches for."""
    prose_link_share: float = 0.8
    """Up to this link share, a sentence of the article's (many words, stopwords as prose
    has them, a full stop at the end) between its prose blocks is no menu: a paragraph or
    point that cites its sources link after link."""
    prose_link_words: int = 15
    list_link_words: int = 6
    """Up to ``prose_link_share``, an item of a list between the article's prose blocks
    holding this many words is the article's: a point that links what it names."""


THRESHOLDS = {
    "precision": Thresholds(
        max_link_share=0.35,
        prose_link_share=0.35,
        short_chars=70,
        long_chars=200,
        stopwords_low=0.26,
        stopwords_high=0.36,
        keep_within_prose=False,
    ),
    "balanced": Thresholds(),
    "recall": Thresholds(
        max_link_share=0.6, short_chars=30, long_chars=120, stopwords_low=0.16, stopwords_high=0.26
    ),
}


_LONG_TEXT_FACTOR = 5
# In scripts written without spaces (Chinese, Japanese) a word is a character, and a
# stopword share counted over characters runs lower than over words: the thresholds scale.
SPACELESS_STOPWORD_SCALE = 0.6
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")
_LEAD_IN = (":", "：")
# Sentence ends, with the stops of scripts beyond Latin and CJK (as lines._TERMINAL).
_SENTENCE_END = (
    *(".", "!", "?", "…", "。", "！", "？", '"', "”", "»", "’", ")"),
    *("।", "॥", "۔", "؟", "։", "።"),
)


def effective_length(block: Block) -> int:
    """Characters, with scripts written without spaces (one word per character) scaled up."""
    return max(len(block.text), 3 * block.words)


def _raw_quality(block: Block, t: Thresholds, has_stopwords: bool) -> Quality:
    chars = effective_length(block)
    if block.link_share > t.max_link_share:
        return Quality.BAD
    if block.kind is Kind.CODE or block.kind is Kind.TABLE:
        return Quality.NEAR if chars >= t.short_chars else Quality.SHORT
    if chars < t.short_chars:
        return Quality.SHORT
    if not has_stopwords:
        # No stopword data for the language: length and sentence punctuation decide.
        punct = sum(block.text.count(c) for c in ".,;:!?。、，．！？।۔؟،")
        if chars >= t.long_chars and punct >= 2:
            return Quality.GOOD
        return Quality.NEAR if punct else Quality.BAD
    share = block.stopword_share
    if 3 * block.words > len(block.text):
        share /= SPACELESS_STOPWORD_SCALE
    if share >= t.stopwords_high and (
        chars >= t.long_chars
        or (chars >= t.long_chars // 2 and block.text.rstrip().endswith(_SENTENCE_END))
    ):
        return Quality.GOOD
    if share >= t.stopwords_low:
        return Quality.NEAR
    if chars < t.long_chars and block.text.rstrip().endswith(_LEAD_IN):
        # "Final standings after 36 races:" introduces what follows (a table, a list):
        # no prose, but no sign against its neighbours either.
        return Quality.SHORT
    return Quality.BAD


def _long_text(block: Block, t: Thresholds) -> bool:
    """A long text without many stopwords (a schedule, a track list, a dense summary) may
    still be the article's: its neighbours decide, as for a near-prose block. Not a form's
    labels and options, nor markup printed as text."""
    return (
        effective_length(block) >= _LONG_TEXT_FACTOR * t.long_chars
        and block.link_share <= t.max_link_share
        and not block.tag_path.endswith("form")
        and len(_MARKUP.findall(block.text, 0, 2000)) < 3
    )


def _smooth(raw: list[Quality], t: Thresholds) -> list[Quality]:
    """Give short and near blocks the class of the nearest decided neighbours: a run of
    them between two good blocks is good, between two bad ones (or the page's ends) bad;
    between a good and a bad one, near blocks are good and short ones bad."""
    good, bad, near = Quality.GOOD, Quality.BAD, Quality.NEAR
    out = list(raw)
    n = len(raw)
    before, start = bad, 0
    # One step per decided block: the undecided run before it shares its two neighbours.
    for end in [i for i, q in enumerate(raw) if q is good or q is bad] + [n]:
        after = raw[end] if end < n else bad
        if end > start:
            if before is after:
                out[start:end] = [before] * (end - start)
            else:
                out[start:end] = [good if q is near else bad for q in raw[start:end]]
        before, start = after, end + 1
    return out


@dataclass(frozen=True, slots=True)
class Density:
    raw: tuple[Quality, ...]
    smoothed: tuple[Quality, ...]
    thresholds: Thresholds
    """The mode's thresholds, their stopword shares scaled to the page's own prose."""


# Share of stopwords that prose reaches with a good stopword list. Where a language's list
# covers less (agglutinative languages), the page's own prose sets the scale.
_EXPECTED_PROSE_SHARE = 0.45
_PROSE_WORDS = 15
# Where even the page's best prose reaches less than this, the list hardly covers the
# language (words carry their particles, as in Korean): the share swings from sentence to
# sentence, and the page's median prose, not its best, sets the scale.
_WEAK_LIST_SHARE = 0.25


def _scaled(t: Thresholds, blocks: tuple[Block, ...]) -> Thresholds:
    shares = sorted(b.stopword_share for b in blocks if b.words >= _PROSE_WORDS)
    if not shares:
        return t
    reference = shares[int(0.8 * (len(shares) - 1))]
    if reference < _WEAK_LIST_SHARE:
        reference = shares[(len(shares) - 1) // 2]
    if reference >= _EXPECTED_PROSE_SHARE or reference <= 0:
        return t
    factor = reference / _EXPECTED_PROSE_SHARE
    return dataclasses.replace(
        t, stopwords_low=t.stopwords_low * factor, stopwords_high=t.stopwords_high * factor
    )


def analyse(page: Page) -> Density:
    t = _scaled(THRESHOLDS.get(page.mode, THRESHOLDS["balanced"]), page.blocks)
    has_stopwords = any(b.stopword_share > 0 for b in page.blocks)
    raw = [_raw_quality(b, t, has_stopwords) for b in page.blocks]
    if has_stopwords and Quality.GOOD not in raw:
        # No block reads like prose by its stopwords: judge by length and punctuation.
        raw = [_raw_quality(b, t, False) for b in page.blocks]
    if Quality.GOOD not in raw:
        # A page of short texts: the prose-like ones are the best it has.
        raw = [Quality.GOOD if q is Quality.NEAR else q for q in raw]
    # Long texts are smoothed like near-prose but do not weigh in the search for the
    # content region (``raw``).
    smoothing = [
        Quality.NEAR if q is Quality.BAD and _long_text(b, t) else q
        for b, q in zip(page.blocks, raw, strict=True)
    ]
    return Density(tuple(raw), tuple(_smooth(smoothing, t)), t)


def density(page: Page) -> Density:
    return page.cached("density", analyse)


class LinkDensity(Rule):
    """A block whose text is mostly links is navigation (menus, tag clouds, link lists)."""

    name = "link-density"
    family = "density"

    def apply(self, page: Page) -> None:
        t = THRESHOLDS.get(page.mode, THRESHOLDS["balanced"])
        first, last = _prose_span(page)
        stopwords = density(page).thresholds.stopwords_high
        listed: set[int] | None = None
        for i in list(page.undecided()):
            block = page.blocks[i]
            if block.link_share > t.max_link_share and block.words > 0:
                if listed is None:
                    # Found when first needed, before this rule has decided any block.
                    listed = _listed_headings(page, t.max_link_share) | _priced_names(
                        page, t.max_link_share
                    )
                if i in listed:
                    continue
                if block.kind is Kind.HEADING and (
                    _section_heading(page, i) or _heading_within_prose(page, i, first, last)
                ):
                    continue
                if block.kind is Kind.TABLE and _data_table(block):
                    continue
                if (
                    t.keep_within_prose
                    and block.kind is Kind.LIST_ITEM
                    and first < i < last
                    and _inner_link_list(page, i, t.max_link_share)
                ):
                    continue
                if (
                    first < i < last
                    and block.kind in _SENTENCE_KINDS
                    and block.link_share <= t.prose_link_share
                    and block.words >= t.prose_link_words
                    and block.stopword_share >= stopwords
                    and block.text.rstrip().endswith(_SENTENCE_END)
                ):
                    continue
                if (
                    first < i < last
                    and block.kind is Kind.LIST_ITEM
                    and block.words >= t.list_link_words
                    and block.link_share <= t.prose_link_share
                    and _own_words(block) >= LIST_OWN_WORDS
                ):
                    # A point of the article's list that links what it names and says more
                    # of it (a menu's entries are links alone, a headline's have a date).
                    continue
                page.decide(
                    i,
                    Label.NAVIGATION,
                    f"link-dense: {block.link_share:.0%} of its text is links",
                    self.name,
                )


_SENTENCE_KINDS = (Kind.PARAGRAPH, Kind.LIST_ITEM)
LIST_OWN_WORDS = 2
"""Words of letters outside a list item's links, at least: what it says of what it links
(a linked headline's date and time, "14/01/08 6:41 AM", says nothing)."""


def _own_words(block: Block) -> int:
    """The words made of letters in a block's text outside its links."""
    text, at, parts = block.text, 0, []
    for span in block.spans:
        if span.style is Style.LINK and span.start >= at:
            parts.append(text[at : span.start])
            at = span.end
    parts.append(text[at:])
    return sum(1 for word in " ".join(parts).split() if word.isalpha())


LINK_LIST_WORDS = 3
"""Words an item of a link list the article holds has on average, at least: titles of
pages, not one-word menu entries."""


_CONTENT_LANDMARKS = ("", "main", "article")


def _inner_link_list(page: Page, i: int, max_link_share: float) -> bool:
    """A run of linked list items between blocks still in play, inside the article's prose,
    whose items are titles of three words or more on average: a list the article holds (its
    table of contents, the sources or guides it names), not a menu."""
    blocks, labels = page.blocks, page.labels

    def linked_item(k: int) -> bool:
        b = blocks[k]
        return b.kind is Kind.LIST_ITEM and b.link_share > max_link_share and labels[k] is None

    a = i
    while a > 0 and linked_item(a - 1):
        a -= 1
    b = i + 1
    while b < len(blocks) and linked_item(b):
        b += 1
    if a == 0 or b >= len(blocks) or labels[a - 1] is not None or labels[b] is not None:
        return False
    if sum(blocks[k].words for k in range(a, b)) < LINK_LIST_WORDS * (b - a):
        return False
    lead = blocks[a - 1]
    if lead.kind is Kind.HEADING or blocks[a].landmark not in _CONTENT_LANDMARKS or not page.nodes:
        return False
    nodes, owner = page.nodes, page.block_nodes
    item = nodes[owner[a]]
    if item.tag != "li" or item.parent < 0:
        return False
    holder = nodes[item.parent].parent
    return holder >= 0 and contains(nodes, holder, owner[a - 1])


def _prose_span(page: Page) -> tuple[int, int]:
    """The first and the last block still in play that reads as prose by itself."""
    raw, labels = density(page).raw, page.labels
    prose = [i for i, q in enumerate(raw) if q is Quality.GOOD and labels[i] is None]
    return (prose[0], prose[-1]) if prose else (len(raw), -1)


PRICED_NAMES = 3
"""Linked names each shortly above a price, at least: a list of products."""
PRICED_NAME_REACH = 5
"""Blocks from a product's linked name down to its price, at most (its maker, its rating)."""
PRICE_WORDS = 8


# A shop's link that is a call, not a product's name: "Buy on Amazon", "See price", "Shop now".
_CALL = re.compile(
    r"\s*(?:buy|shop|see|view|check|get|order|compare|kaufen|acheter|comprar|acquista)\b",
    re.IGNORECASE,
)


def _priced_names(page: Page, max_link_share: float) -> set[int]:
    """Linked names, each the nearest linked block above a price still in play ("$18.63",
    "From 24,90 €"), three or more of them: the names of a list of products, whose prices
    stay. A button or a call ("Add to cart", "Buy on Amazon") is no name, nor is a link
    that names a price itself (a shop's offer beside others)."""
    if not page.nodes:
        return set()
    blocks, labels = page.blocks, page.labels
    names: set[int] = set()
    for j, block in enumerate(blocks):
        if labels[j] is not None or block.words > PRICE_WORDS or not PRICE.search(block.text):
            continue
        for i in range(j - 1, max(-1, j - 1 - PRICED_NAME_REACH), -1):
            name = blocks[i]
            if name.link_share <= max_link_share:
                continue
            if (
                labels[i] is None
                and name.words >= 2
                and not BUY.search(name.text)
                and not _CALL.match(name.text)
                and not PRICE.search(name.text)
            ):
                names.add(i)
            break
    return names if len(names) >= PRICED_NAMES else set()


DATA_TABLE_ROWS = 5
"""Rows of a table of data, at least, that link its entries (a list of laureates)."""


def _data_table(block: Block) -> bool:
    """A table of five rows or more in two columns or more, most rows holding a figure (a
    year, a price, a count): data whose entries link to their pages, not a grid of links.

    >>> rows = tuple((str(1901 + k), f"Laureate {k}") for k in range(6))
    >>> _data_table(Block(0, "", kind=Kind.TABLE, rows=rows))
    True
    >>> rows = tuple((f"{state} LLC", "Guide") for state in "ABCDEF")
    >>> _data_table(Block(0, "", kind=Kind.TABLE, rows=rows))
    False
    """
    rows = block.rows
    if len(rows) < DATA_TABLE_ROWS or max(len(row) for row in rows) < 2:
        return False
    figures = sum(1 for row in rows if any(_DIGIT.search(cell) for cell in row))
    return figures * 2 > len(rows)


LISTED_HEADINGS = 3
"""Linked headings alike in markup, each above its excerpt, at least: a list of posts."""
LISTED_HEADING_REACH = 3
"""Blocks from a listed heading to its excerpt, at most (a byline and a date may stand
between)."""


def _listed_headings(page: Page, max_link_share: float) -> set[int]:
    """Linked headings that each stand above a paragraph of prose (maybe below a date),
    three or more of them alike in markup: the headlines of a page's list of posts, each
    above its excerpt. Teaser cards beside an article were labelled before."""
    if not page.nodes:
        return set()
    blocks, labels, raw = page.blocks, page.labels, density(page).raw
    nodes, owner = page.nodes, page.block_nodes
    found: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for i, block in enumerate(blocks):
        if (
            block.kind is not Kind.HEADING
            or labels[i] is not None
            or block.link_share <= max_link_share
        ):
            continue
        for j in range(i + 1, min(len(blocks), i + 1 + LISTED_HEADING_REACH)):
            if blocks[j].kind is Kind.HEADING:
                break
            if labels[j] is None and raw[j] is Quality.GOOD:
                node = nodes[owner[i]]
                found.setdefault((node.path, node.own_tokens), []).append(i)
                break
    return {i for group in found.values() if len(group) >= LISTED_HEADINGS for i in group}


def _section_heading(page: Page, i: int) -> bool:
    """A linked heading between the article's prose and a paragraph of prose (a section
    heading that links to itself, a linked item name in a list the author wrote) heads that
    paragraph: no menu. Teaser cards, whose excerpts read like prose too, were labelled
    before."""
    if i == 0 or i + 1 >= len(page.blocks):
        return False
    labels, raw = page.labels, density(page).raw
    after = page.blocks[i + 1]
    return (
        labels[i - 1] is None
        and raw[i - 1] >= Quality.NEAR
        and labels[i + 1] is None
        and raw[i + 1] is Quality.GOOD
        and after.kind is not Kind.HEADING
    )


def _heading_within_prose(page: Page, i: int, first: int, last: int) -> bool:
    """A linked heading between the article's first and last paragraphs of prose that
    follows the article's own text (prose by its place, a code block, a copy of an earlier
    block, the heading of the section it opens) and stands right above a paragraph of
    prose, maybe under its first subsection's heading, heads that paragraph: a manual's
    heading that links back to its table of contents."""
    if not first < i < last:
        return False
    blocks, labels, d = page.blocks, page.labels, density(page)
    level = blocks[i].level
    k = i - 1
    while k > first and page.rules[k] == "repeated-block":
        k -= 1
    before = blocks[k]
    if labels[k] is not None or not (
        d.smoothed[k] is Quality.GOOD
        or before.kind is Kind.CODE
        or (before.kind is Kind.HEADING and before.level < level)
    ):
        return False
    j = i + 1
    if j < len(blocks) and blocks[j].kind is Kind.HEADING and blocks[j].level > level:
        j += 1  # the first subsection's heading
    return (
        j < len(blocks)
        and labels[j] is None
        and d.raw[j] is Quality.GOOD
        and blocks[j].kind is not Kind.HEADING
    )


class ProseDensity(Rule):
    """Blocks that read like neither prose nor the surroundings of prose are dropped."""

    name = "prose-density"
    family = "density"

    def apply(self, page: Page) -> None:
        t = THRESHOLDS.get(page.mode, THRESHOLDS["balanced"])
        d = density(page)
        blocks = page.blocks
        n = len(blocks)
        undecided = list(page.undecided())
        prose = [i for i in undecided if d.smoothed[i] is Quality.GOOD]
        if all(d.raw[i] is Quality.SHORT for i in prose):
            # The prose the page has lies outside the content (comments, a sidebar; the
            # short blocks between its paragraphs took their class): what reads most like
            # prose in the content is the best it has, and so is a long text set as lines
            # (a season's schedule, a list of dates and places).
            prose = [
                i
                for i in undecided
                if d.raw[i] >= Quality.NEAR
                or (blocks[i].kind is not Kind.HEADING and blocks[i].words >= LONE_TEXT_WORDS)
            ]
            kept = set(prose)
            smoothed = [Quality.GOOD if i in kept else q for i, q in enumerate(d.smoothed)]
        else:
            smoothed = list(d.smoothed)
        first, last = (prose[0], prose[-1]) if prose and t.keep_within_prose else (n, -1)
        closing = opening = -1
        if last >= 0 and page.nodes:
            closing = _closing_sentence(page, last)
            opening = _closing_sentence(page, first, -1)
            last = _closing_list(page, last)
            first = _opening_list(page, first)
            if "qapage" in page.types:
                first = _question_title(page, first)
        labels_run = _label_run(blocks) if page.nodes else set()
        declared = declared_type(page.types) if page.nodes else None
        product, forum = declared == "product", declared == "forum"
        kept_paths: set[str] | None = None  # the element paths of the prose kept
        for i in undecided:
            block = blocks[i]
            if (
                smoothed[i] is Quality.GOOD or first < i < last or i in (closing, opening)
            ) and i not in labels_run:
                continue
            if product and _feature_point(block):
                continue
            if block.kind is Kind.HEADING and _prose_follows(smoothed, blocks, i, n, t):
                continue
            if (
                forum
                and block.stopword_share >= REPLY_STOPWORDS
                and block.words >= REPLY_WORDS
                and block.kind in _REPLY_KINDS
                and d.raw[i] is not Quality.SHORT
                and i not in labels_run
            ):
                # On a declared thread, a short reply ("You can look at the Timberjack at
                # REI, a good trail hardtail") set in the same elements as the posts kept
                # for their prose is a post too, however few its words.
                if kept_paths is None:
                    kept_paths = {
                        blocks[j].tag_path for j in undecided if smoothed[j] is Quality.GOOD
                    }
                if block.tag_path in kept_paths:
                    continue
            words = block.words
            why = (
                "in a run of paragraphs of a word or two (a chart's labels)"
                if i in labels_run
                else "too short to be prose and not between prose blocks"
                if d.raw[i] is Quality.SHORT
                else f"reads like a label, not prose ({words} words, "
                f"{block.stopword_share:.0%} stopwords)"
            )
            page.decide(i, Label.BOILERPLATE, why, self.name)


REPLY_STOPWORDS = 0.5
"""A reply reads as speech: half its words or more are stopwords."""
REPLY_WORDS = 6
"""A reply has this many words at least."""
_REPLY_KINDS = frozenset({Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.QUOTE})


FEATURE_WORDS = 4
"""A product's feature point has this many words, at least."""


def _feature_point(block: Block) -> bool:
    """On a page that declares a product, a list item of a few words, not links, still in
    play inside the content: one of the product's features ("Up to 60Hz refresh rate")."""
    return (
        block.kind is Kind.LIST_ITEM
        and block.words >= FEATURE_WORDS
        and block.link_share < LINK_LIST_SHARE_FEATURE
    )


LINK_LIST_SHARE_FEATURE = 0.3
"""A feature point is not links: less than this share of its text."""
LABEL_RUN = 8
"""A run of this many paragraphs of a word or two each is a chart's or a graphic's labels."""
LABEL_WORDS = 2
_DIGIT = re.compile(r"\d")


def _label_run(blocks: tuple[Block, ...]) -> set[int]:
    """The blocks in runs of ``LABEL_RUN`` or more paragraphs of at most two words each, one
    after another, three in four of them with a number ('$915', 'billion', '600', '’17',
    '’18', ...): the labels of a chart set between the article's paragraphs, which neither
    prose nor its place keeps. (A spec sheet's pairs, 'Height', '3.2 cm', have a number in
    every other block.)"""
    found: set[int] = set()
    start = 0
    paragraph = Kind.PARAGRAPH
    for i, block in enumerate(blocks):
        if block.kind is paragraph and block.words <= LABEL_WORDS:
            continue
        if i - start >= LABEL_RUN:
            _add_label_run(blocks, start, i, found)
        start = i + 1
    if len(blocks) - start >= LABEL_RUN:
        _add_label_run(blocks, start, len(blocks), found)
    return found


def _add_label_run(blocks: tuple[Block, ...], start: int, end: int, found: set[int]) -> None:
    numbers = sum(1 for b in blocks[start:end] if _DIGIT.search(b.text))
    if 4 * numbers >= 3 * (end - start):
        found.update(range(start, end))


CLOSING_MIN_WORDS = 3
OPENING_LINK_SHARE = 0.5
"""The opening sentence may link a name it gives ('... is hosted by Joyent.'), up to this
share of its text; a short closing one links none (a last line that links points elsewhere:
'You can view last month's thread here.')."""
CLOSING_LINKED_WORDS = 15
"""A closing sentence this long may link in passing as the opening one may (as link-density
lets a sentence of the article's this long cite its sources)."""
LONE_TEXT_WORDS = 40
"""Where nothing in the content reads even near prose, a block of this many words there is
the best it has."""
_CLOSING_START = ('"', "“", "‘", "'", "(")


def _closing_sentence(page: Page, last: int, step: int = 1) -> int:
    """The short paragraph that closes the article: a sentence or two right after its last
    paragraph of prose, in the same element, unlinked ("The hearing goes on.", '"It shows
    you how confident I was."', "(Editing by Ann Lee)"); -1 when there is none. With
    ``step=-1``, the one that opens it, right before its first paragraph of prose ("We've
    all been there.", a section's first sentence under its heading), which may link a name
    it gives (up to ``OPENING_LINK_SHARE`` of its text). A box the element
    holds between them (a related link, an advertisement), labelled already, is passed
    over."""
    j = last + step
    blocks, nodes, owner = page.blocks, page.nodes, page.block_nodes
    container = nodes[owner[last]].parent
    while 0 <= j < len(blocks) and page.labels[j] is not None and container >= 0:
        if not _nested_in(nodes, owner[j], container):
            return -1
        j += step
    if not 0 <= j < len(blocks) or page.labels[j] is not None:
        return -1
    block, before = blocks[j], blocks[last]
    text = block.text.rstrip()
    if (
        block.kind is not Kind.PARAGRAPH
        or before.kind is not Kind.PARAGRAPH
        or block.words < CLOSING_MIN_WORDS
        or block.link_share
        > (OPENING_LINK_SHARE if step < 0 or block.words >= CLOSING_LINKED_WORDS else 0)
        or not text.endswith(_SENTENCE_END)
        or not (text[0].isalnum() or text.startswith(_CLOSING_START))
        or "\n" in text
        or nodes[owner[j]].parent != nodes[owner[last]].parent
    ):
        return -1
    return j


_NESTED_DEPTH = 6


def _nested_in(nodes: list[Node], node: int, container: int) -> bool:
    """Whether ``node`` lies inside a box of ``container``'s own (a descendant below a
    child of it, within a few levels)."""
    parent = nodes[node].parent
    for _ in range(_NESTED_DEPTH):
        if parent < 0:
            return False
        up = nodes[parent].parent
        if up == container:
            return True
        parent = up
    return False


_LEADS_INTO = (":", "：")
"""A paragraph ending so leads into the list below it ("Key topics include:")."""


def _question_title(page: Page, first: int) -> int:
    """On a page that declares a question with its answers (``QAPage``), its title heading
    when it comes before the first prose block: the question below it is content however
    short its lines ("i run the script with" between its commands); else ``first``."""
    for i in range(first - 1, -1, -1):
        if page.labels[i] is Label.TITLE:
            return i
    return first


def _closing_list(page: Page, last: int) -> int:
    """The block after a list that closes the article: list items right after its last
    prose block, in a list that element holds beside its paragraphs (the article's last
    points, its notes), maybe under a heading of their own there ("Qualified teams");
    ``last`` when there is none. A last prose block that is itself a list item closes
    with the rest of its list: the items after it in the same list."""
    nodes, owner, blocks = page.nodes, page.block_nodes, page.blocks
    container = nodes[owner[last]].parent
    if container < 0:
        return last
    # The list the items belong to: the last prose block's own when it is an item, else
    # one that its container holds beside it.
    in_list = blocks[last].kind is Kind.LIST_ITEM
    end = start = last
    heading = last + 1
    if (
        not in_list
        and heading < len(blocks)
        and (
            blocks[heading].kind is Kind.HEADING
            or (
                blocks[heading].kind is Kind.PARAGRAPH
                and blocks[heading].text.rstrip().endswith(_LEADS_INTO)
            )
        )
        and blocks[heading].link_share == 0
        and page.labels[heading] is None
        and nodes[owner[heading]].parent == container
    ):
        start = heading
    for j in range(start + 1, len(blocks)):
        if blocks[j].kind is not Kind.LIST_ITEM or page.labels[j] is not None:
            break
        lst = nodes[owner[j]].parent
        if lst < 0 or (lst != container if in_list else nodes[lst].parent != container):
            break
        end = j
    return end + 1 if end > last else last


def _opening_list(page: Page, first: int) -> int:
    """The block before an article that opens with a list: list items right before its
    first prose block, in a list that element holds beside its paragraphs (the points it
    sums up, the codes it gives), maybe after a paragraph of its own that leads into them;
    ``first`` when there is none."""
    nodes, owner, blocks, labels = page.nodes, page.block_nodes, page.blocks, page.labels
    container = nodes[owner[first]].parent
    if container < 0:
        return first
    start = first
    for j in range(first - 1, -1, -1):
        if blocks[j].kind is not Kind.LIST_ITEM or labels[j] is not None:
            break
        lst = nodes[owner[j]].parent
        if lst < 0 or nodes[lst].parent != container:
            break
        start = j
    if start == first:
        return first
    lead = start - 1
    if (
        lead >= 0
        and blocks[lead].kind is Kind.PARAGRAPH
        and labels[lead] is None
        and blocks[lead].link_share == 0
        and nodes[owner[lead]].parent == container
    ):
        start = lead
    return start - 1


def _prose_follows(
    classes: list[Quality], blocks: tuple[Block, ...], i: int, n: int, t: Thresholds
) -> bool:
    for j in range(i + 1, min(n, i + 1 + t.heading_reach)):
        if classes[j] is Quality.GOOD and blocks[j].kind is not Kind.HEADING:
            return True
        if blocks[j].kind is Kind.HEADING and blocks[j].level <= blocks[i].level:
            return False
    return False
