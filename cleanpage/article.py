"""The values extract() returns: Label, Kind, Block, Span, Image and Article."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cleanpage.extensions import compiled


class Label(str, enum.Enum):
    """What a block is: the article body, its title, or a named kind of clutter.

    A ``str`` enum: a label compares equal to its value, which is what JSON output holds.

    >>> Label("cookie-notice") is Label.COOKIE_NOTICE
    True
    >>> Label.BODY == "body", str(Label.NAVIGATION)
    (True, 'navigation')
    """

    BODY = "body"
    TITLE = "title"
    NAVIGATION = "navigation"
    HEADER = "header"
    FOOTER = "footer"
    SIDEBAR = "sidebar"
    RELATED = "related"
    TEASER = "teaser"
    RATING = "rating"
    SUBSCRIBE = "subscribe"
    SHARE = "share"
    COMMENTS = "comments"
    COOKIE_NOTICE = "cookie-notice"
    ADVERTISEMENT = "advertisement"
    BYLINE = "byline"
    TAGS = "tags"
    COPYRIGHT = "copyright"
    BREADCRUMB = "breadcrumb"
    BOILERPLATE = "boilerplate"

    def __str__(self) -> str:
        return self.value


class Kind(str, enum.Enum):
    """The shape of a block, as the page marks it up.

    >>> from cleanpage import extract
    >>> article = extract("<h2>Steps</h2><ul><li>Boil the water.</li></ul>")
    >>> [str(block.kind) for block in article.blocks]
    ['heading', 'list-item']
    >>> Kind("list-item") is Kind.LIST_ITEM
    True
    """

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    TABLE = "table"
    CODE = "code"
    QUOTE = "quote"
    CAPTION = "caption"

    def __str__(self) -> str:
        return self.value


class Style(str, enum.Enum):
    """An inline markup span inside a block's text.

    >>> Style("emphasis") is Style.EMPHASIS, str(Style.LINK)
    (True, 'link')
    """

    LINK = "link"
    EMPHASIS = "emphasis"
    STRONG = "strong"
    CODE = "code"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Span:
    """Inline markup over ``block.text[start:end]``: a link (with its absolute ``href``),
    emphasis, strong emphasis or inline code.

    >>> from cleanpage import extract
    >>> article = extract(
    ...     "<article><p>Read <a href='/guide'>the guide</a> before the <b>first</b> "
    ...     "dive, as every new diver on the island is asked to do.</p></article>",
    ...     url="https://example.org/dive/",
    ... )
    >>> block = article.body[0]
    >>> [(block.text[s.start : s.end], str(s.style), s.href) for s in block.spans]
    [('the guide', 'link', 'https://example.org/guide'), ('first', 'strong', None)]
    """

    start: int
    end: int
    style: Style
    href: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``{"start": 4, "end": 9, "style": "link", "href": "..."}``.

        >>> Span(5, 14, Style.LINK, "https://example.org/guide").to_dict()
        {'start': 5, 'end': 14, 'style': 'link', 'href': 'https://example.org/guide'}
        >>> Span(0, 4, Style.CODE).to_dict()  # no href key when there is no link
        {'start': 0, 'end': 4, 'style': 'code'}
        """
        data: dict[str, Any] = {"start": self.start, "end": self.end, "style": self.style.value}
        if self.href is not None:
            data["href"] = self.href
        return data


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article body.

    >>> from cleanpage import extract
    >>> article = extract(
    ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by the "
    ...     "moon and, to a lesser degree, by the sun.</p><figure>"
    ...     "<img src='/img/tide.jpg' alt='Low tide' width='800'>"
    ...     "<figcaption>Low tide at noon</figcaption></figure><p>At low tide the "
    ...     "rock pools fill with crabs, small fish and the odd lost shoe.</p></article>",
    ...     url="https://example.org/tides",
    ... )
    >>> article.images
    (Image(src='https://example.org/img/tide.jpg', alt='Low tide',
           caption='Low tide at noon', block=2),)
    """

    src: str
    """Absolute URL (resolved against the page's URL and its ``<base href>``)."""
    alt: str = ""
    caption: str | None = None
    """The text of the ``<figcaption>`` of the image's ``<figure>``, if any."""
    block: int = 0
    """Index of the block the image belongs to or precedes (``len(blocks)`` at the end)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the image's fields.

        >>> Image("https://example.org/tide.jpg", alt="Low tide", block=2).to_dict()
        {'src': 'https://example.org/tide.jpg', 'alt': 'Low tide', 'caption': None, 'block': 2}
        """
        return {"src": self.src, "alt": self.alt, "caption": self.caption, "block": self.block}


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the page in reading order, with the evidence the rules used.

    ``label`` and ``reason`` say what the block was judged to be and which rule decided
    (``rule``). The other fields are features computed once when the page was segmented.

    >>> from cleanpage import extract
    >>> article = extract(
    ...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by "
    ...     "the <em>moon</em> and, to a lesser degree, by the sun.</p></article>"
    ...     "<footer>© 2024 Coast News</footer>"
    ... )
    >>> for block in article.blocks:
    ...     print(block.index, block.label, block.rule, "-", block.reason)
    0 navigation marked-region - inside the <nav> landmark
    1 title title - the first <h1>, before any prose
    2 body body - prose inside the main content region
    3 copyright copyright-line - copyright line: '© 2024 Coast News'
    >>> block = article.blocks[2]
    >>> block.kind, block.words, block.landmark, block.tag_path
    (<Kind.PARAGRAPH: 'paragraph'>, 20, 'article', 'body/article/p')
    """

    index: int
    text: str
    kind: Kind = Kind.PARAGRAPH
    label: Label = Label.BOILERPLATE
    reason: str = ""
    rule: str = ""
    level: int = 0
    """Heading level 1-6 for headings, list nesting depth for list items, else 0."""
    rows: tuple[tuple[str, ...], ...] = ()
    """For tables: the cells, row by row."""
    words: int = 0
    link_share: float = 0.0
    """Share of the block's characters that sit inside links."""
    stopword_share: float = 0.0
    """Share of the block's words that are stopwords of the page's language."""
    tag_path: str = ""
    """Block-level ancestors from the root, e.g. ``body/div/article/p``; empty for text."""
    tokens: frozenset[str] = frozenset()
    """Class and id tokens of the block-level element and its ancestors (lower case)."""
    landmark: str = ""
    """Nearest enclosing landmark: nav, header, footer, aside, main, article, form, or empty."""
    depth: int = 0
    line: int = 0
    """For text input: the 1-based line where the block starts; 0 for HTML."""
    spans: tuple[Span, ...] = ()
    """Inline links, emphasis and code over ``text``, in order of their start (HTML only)."""

    @property
    def is_body(self) -> bool:
        """Whether the block is part of the article's body (``label is Label.BODY``).

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<nav><a href='/'>Home</a></nav><p>The sea rises and falls twice a day, "
        ...     "pulled by the moon and, to a lesser degree, by the sun.</p>"
        ... )
        >>> [block.is_body for block in article.blocks]
        [False, True]
        """
        return self.label is Label.BODY

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: text, kind, label, reason, rule and the features (the DOM
        context only for HTML blocks, the line only for text blocks, spans when any).

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "Tides\\n\\nThe sea rises and falls twice a day, pulled by the moon and, to a "
        ...     "lesser degree, by the sun.",
        ...     format="text",
        ... )
        >>> article.blocks[1].to_dict()
        {'index': 1, 'text': 'The sea rises and falls twice a day, pulled by the moon and, to a
         lesser degree, by the sun.', 'kind': 'paragraph', 'label': 'body', 'reason': 'inside
         the main text region', 'rule': 'text-region', 'words': 20, 'link_share': 0.0,
         'stopword_share': 0.55, 'line': 3}
        """
        data: dict[str, Any] = {
            "index": self.index,
            "text": self.text,
            "kind": self.kind.value,
            "label": self.label.value,
            "reason": self.reason,
            "rule": self.rule,
            "words": self.words,
            "link_share": round(self.link_share, 4),
            "stopword_share": round(self.stopword_share, 4),
        }
        if self.level:
            data["level"] = self.level
        if self.rows:
            data["rows"] = [list(row) for row in self.rows]
        if self.tag_path:
            data["tag_path"] = self.tag_path
            data["tokens"] = sorted(self.tokens)
            data["landmark"] = self.landmark
        if self.line:
            data["line"] = self.line
        if self.spans:
            data["spans"] = [span.to_dict() for span in self.spans]
        return data


def _new_block(
    index: int,
    text: str,
    kind: Kind,
    level: int,
    rows: tuple[tuple[str, ...], ...],
    words: int,
    link_share: float,
    stopword_share: float,
    tag_path: str,
    tokens: frozenset[str],
    landmark: str,
    depth: int,
    line: int,
) -> Block:
    """``Block(...)`` with these features and the default label, for the pipeline's hot
    loop: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, and setting the slots directly is twice as fast. (``new_block``
    is this function, or its compiled twin, ``cleanpage/_records.pyx``.)"""
    block: Block = _NEW(Block)
    _SET_INDEX(block, index)
    _SET_TEXT(block, text)
    _SET_KIND(block, kind)
    _SET_LABEL(block, Label.BOILERPLATE)
    _SET_REASON(block, "")
    _SET_RULE(block, "")
    _SET_LEVEL(block, level)
    _SET_ROWS(block, rows)
    _SET_WORDS(block, words)
    _SET_LINK_SHARE(block, link_share)
    _SET_STOPWORD_SHARE(block, stopword_share)
    _SET_TAG_PATH(block, tag_path)
    _SET_TOKENS(block, tokens)
    _SET_LANDMARK(block, landmark)
    _SET_DEPTH(block, depth)
    _SET_LINE(block, line)
    _SET_SPANS(block, ())
    return block


_NEW = object.__new__
(
    _SET_INDEX,
    _SET_TEXT,
    _SET_KIND,
    _SET_LABEL,
    _SET_REASON,
    _SET_RULE,
    _SET_LEVEL,
    _SET_ROWS,
    _SET_WORDS,
    _SET_LINK_SHARE,
    _SET_STOPWORD_SHARE,
    _SET_TAG_PATH,
    _SET_TOKENS,
    _SET_LANDMARK,
    _SET_DEPTH,
    _SET_LINE,
    _SET_SPANS,
) = (getattr(Block, f.name).__set__ for f in dataclasses.fields(Block))


_BLOCK_FEATURES = (
    "index",
    "text",
    "kind",
    "level",
    "rows",
    "words",
    "link_share",
    "stopword_share",
    "tag_path",
    "tokens",
    "landmark",
    "depth",
    "line",
)
"""The fields ``new_block`` takes, in order; the others get their defaults."""
_BLOCK_DEFAULTS: dict[str, object] = {
    "label": Label.BOILERPLATE,
    "reason": "",
    "rule": "",
    "spans": (),
}


def _block_maker() -> Callable[..., Block]:
    """``_new_block``, compiled where the package was built with ``cleanpage._records``."""
    records = compiled("_records")
    if records is None:
        return _new_block
    maker: Callable[..., Block] = records.SlotMaker(Block, _BLOCK_FEATURES, _BLOCK_DEFAULTS)
    return maker


new_block: Callable[..., Block] = _block_maker()


BODY_DECISION = (Label.BODY, "prose inside the main content region", "body")
"""The label, reason and rule of a block no rule decided on."""


def _label_blocks(
    blocks: Sequence[Block],
    labels: Sequence[Label | None],
    reasons: Sequence[str],
    rules: Sequence[str],
) -> None:
    """Set each block's label, reason and rule, in place, to the rules' decision, or to
    ``BODY_DECISION`` where they made none. Blocks are frozen: only for blocks made for
    one extraction and not yet handed out. (``label_blocks`` is this function, or its
    compiled twin, ``cleanpage/_records.pyx``.)"""
    if not len(labels) == len(reasons) == len(rules) == len(blocks):
        raise ValueError("one label, reason and rule per block")
    for i, block in enumerate(blocks):
        label = labels[i]
        if label is None:
            label, reason, rule = BODY_DECISION
        else:
            reason, rule = reasons[i], rules[i]
        _SET_LABEL(block, label)
        _SET_REASON(block, reason)
        _SET_RULE(block, rule)


def _block_labeller() -> Callable[
    [Sequence[Block], Sequence[Label | None], Sequence[str], Sequence[str]], None
]:
    """``_label_blocks``, compiled where the package was built with ``cleanpage._records``."""
    records = compiled("_records")
    if records is None:
        return _label_blocks
    fields = (Block.__dict__["label"], Block.__dict__["reason"], Block.__dict__["rule"])
    return functools.partial(records.label_blocks, fields, BODY_DECISION)


label_blocks = _block_labeller()


def _json_default(value: object) -> object:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, frozenset, set)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Comment:
    """One reader comment of the page's comment thread: who wrote it (when the page says)
    and what they wrote. ``blocks`` are the indexes of its blocks in ``Article.blocks``.

    >>> comment = Comment("Ana", "Lovely photos!", blocks=(7,))
    >>> comment.author, comment.text
    ('Ana', 'Lovely photos!')
    """

    author: str | None
    text: str
    blocks: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``{"author": ..., "text": ..., "blocks": [...]}``.

        >>> Comment(None, "First!", blocks=(12,)).to_dict()
        {'author': None, 'text': 'First!', 'blocks': [12]}
        """
        return {"author": self.author, "text": self.text, "blocks": list(self.blocks)}


@dataclass(frozen=True, slots=True)
class Article:
    """What extract() found on a page.

    ``text`` is the body: the blocks labelled ``body``, paragraphs separated by blank
    lines. ``blocks`` holds every block of the page, kept or dropped, each with the rule
    that decided.

    >>> from cleanpage import extract
    >>> article = extract(
    ...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by "
    ...     "the <em>moon</em> and, to a lesser degree, by the sun.</p></article>"
    ...     "<footer>© 2024 Coast News</footer>"
    ... )
    >>> article.title
    'Tides'
    >>> article.text
    'The sea rises and falls twice a day, pulled by the moon and, to a lesser degree, by the sun.'
    >>> article.language, article.format, len(article.blocks)
    ('en', 'html', 4)
    """

    title: str | None
    text: str
    blocks: tuple[Block, ...]
    url: str | None = None
    language: str | None = None
    format: str = "html"
    """Which front door the page came through: ``html`` or ``text``."""
    metadata_sources: dict[str, str] = field(default_factory=dict)
    """Where each metadata field came from: ``{"authors": "json-ld", "title": "h1", ...}``."""
    authors: tuple[str, ...] = ()
    published: datetime.date | None = None
    """A ``datetime.datetime`` when the page gives a time (aware when it gives an offset),
    else a ``datetime.date``; None when the page gives no full day."""
    modified: datetime.date | None = None
    site_name: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    image: str | None = None
    license: str | None = None
    images: tuple[Image, ...] = ()
    """The images of the body, in reading order, with alt text and absolute URLs."""
    page_type: str = "article"
    """``article``, ``listing`` (home, category and search pages: lists of other pages),
    ``forum``, ``product`` or ``page`` (any other page); ``metadata_sources["page_type"]``
    says what decided."""
    comments: tuple[Comment, ...] = ()
    """The comment thread, one entry per comment, in page order; never part of ``text``."""

    @property
    def body(self) -> tuple[Block, ...]:
        """The blocks labelled body, in reading order.

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by "
        ...     "the <em>moon</em> and, to a lesser degree, by the sun.</p></article>"
        ...     "<footer>© 2024 Coast News</footer>"
        ... )
        >>> [block.index for block in article.body]
        [2]
        """
        return tuple(b for b in self.blocks if b.label is Label.BODY)

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        """Every block not labelled body (the title included).

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by "
        ...     "the <em>moon</em> and, to a lesser degree, by the sun.</p></article>"
        ...     "<footer>© 2024 Coast News</footer>"
        ... )
        >>> [(block.text, str(block.label)) for block in article.boilerplate]
        [('Home News', 'navigation'), ('Tides', 'title'), ('© 2024 Coast News', 'copyright')]
        """
        return tuple(b for b in self.blocks if b.label is not Label.BODY)

    def dropped(self, label: Label | str) -> tuple[Block, ...]:
        """The blocks given ``label`` (a Label or its value).

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        ...     "<article><h1>Tides</h1><p>The sea rises and falls twice a day, pulled by "
        ...     "the <em>moon</em> and, to a lesser degree, by the sun.</p></article>"
        ...     "<footer>© 2024 Coast News</footer>"
        ... )
        >>> [block.text for block in article.dropped("navigation")]
        ['Home News']
        >>> article.dropped(Label.COOKIE_NOTICE)
        ()
        """
        wanted = Label(label)
        return tuple(b for b in self.blocks if b.label is wanted)

    def to_dict(self, *, blocks: bool = True) -> dict[str, Any]:
        """A JSON-ready dict; ``blocks=False`` leaves the per-block detail out.

        Dates stay ``datetime`` objects and tuples stay tuples: ``to_json`` turns them
        into JSON.

        >>> from cleanpage import extract
        >>> row = extract(
        ...     "<h1>Tides</h1><p>The sea rises and falls twice a day, pulled by the moon "
        ...     "and, to a lesser degree, by the sun.</p>"
        ... ).to_dict()
        >>> row["title"], row["text"][:23], len(row["blocks"])
        ('Tides', 'The sea rises and falls', 2)
        >>> sorted(row)[:5]
        ['authors', 'blocks', 'categories', 'comments', 'description']
        """
        data: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "blocks":
                continue
            if f.name in ("comments", "images"):
                data[f.name] = [item.to_dict() for item in getattr(self, f.name)]
                continue
            data[f.name] = getattr(self, f.name)
        if blocks:
            data["blocks"] = [b.to_dict() for b in self.blocks]
        return data

    def to_json(self, *, blocks: bool = True, indent: int | None = None) -> str:
        """``to_dict()`` as JSON (dates in ISO 8601, non-ASCII kept).

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<head><meta property='article:published_time' content='2024-03-03'></head>"
        ...     "<h1>Marée</h1><p>La mer monte et descend deux fois par jour, tirée par la "
        ...     "lune et, dans une moindre mesure, par le soleil.</p>"
        ... )
        >>> print(article.to_json(blocks=False)[:43])
        {"title": "Marée", "text": "La mer monte et
        >>> json.loads(article.to_json())["published"]
        '2024-03-03'
        """
        return json.dumps(
            self.to_dict(blocks=blocks),
            ensure_ascii=False,
            indent=indent,
            default=_json_default,
        )

    def to_markdown(self) -> str:
        """The title and body as Markdown: headings, lists, tables, code and quotes kept.

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<nav><a href='/'>Home</a></nav><article><h1>Tides</h1><p>The sea rises "
        ...     "and falls <em>twice</em> a day, pulled by the <a href='/moon'>moon</a>.</p>"
        ...     "<h2>Spring tides</h2><p>The highest tides come with the full and the new "
        ...     "moon, when the sun and the moon pull the same way.</p></article>",
        ...     url="https://example.org/tides",
        ... )
        >>> print(article.to_markdown())
        # Tides
        <BLANKLINE>
        The sea rises and falls *twice* a day, pulled by the [moon](https://example.org/moon).
        <BLANKLINE>
        ## Spring tides
        <BLANKLINE>
        The highest tides come with the full and the new moon, when the sun and the moon pull
        the same way.
        <BLANKLINE>
        """
        from cleanpage.render import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        """The title and body as a small, clean HTML document.

        >>> from cleanpage import extract
        >>> article = extract(
        ...     "<nav><a href='/'>Home</a></nav><article><h1>Tides</h1><p>The sea rises "
        ...     "and falls <em>twice</em> a day, pulled by the moon and the sun.</p></article>"
        ... )
        >>> print(article.to_html())
        <!DOCTYPE html>
        <html>
        <head><meta charset="utf-8">
        <title>Tides</title>
        </head>
        <body><article>
        <h1>Tides</h1>
        <p>The sea rises and falls <em>twice</em> a day, pulled by the moon and the sun.</p>
        </article></body></html>
        """
        from cleanpage.render import to_html

        return to_html(self)
