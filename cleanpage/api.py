"""extract(): input normalisation and the pipeline, nothing else.

decode → sniff → (HTML: parse, segment the tree | text: segment the lines) → features →
rules → assemble.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import regex
from lxml import etree

from cleanpage import html as html_path
from cleanpage import language as lang
from cleanpage import memo
from cleanpage import text as text_path
from cleanpage.article import Article, Block, Image, Label, label_blocks, new_block
from cleanpage.comments import group_comments
from cleanpage.decode import decode_page, has_double_encoding, repair_double_encoding
from cleanpage.html import Segmentation
from cleanpage.metadata import (
    LABEL_MAX_WORDS,
    Metadata,
    clean_title,
    dashless_heading,
    dump_metadata,
    extract_metadata,
    extract_text_metadata,
    garbled_heading,
    labelled_heading,
    site_page_title,
    suffixed_heading,
    tidy_title,
    title_parts,
)
from cleanpage.pagetype import microdata_types, page_type
from cleanpage.rules import default_rules
from cleanpage.rules.base import Page, Rule, run
from cleanpage.rules.markup import own_marks
from cleanpage.rules.region import region
from cleanpage.rules.title import matches_title, normalise

Format = Literal["html", "text"]
Mode = Literal["precision", "balanced", "recall"]
MODES = ("precision", "balanced", "recall")
ACCEPTED = "str, bytes, an lxml element or tree, or a BeautifulSoup object"

_HTML_TAG = regex.compile(
    r"<(?:!doctype|html|head|body|div|p|span|a|br|table|meta|title|script|style|h[1-6]|ul|ol|li|"
    r"section|article|main|nav|header|footer|img|link|form|pre|blockquote|td|tr)\b",
    regex.IGNORECASE,
)
_SNIFF_CHARS = 8192


def sniff(text: str) -> Format:
    """``html`` when the text carries markup, else ``text``."""
    head = text[:_SNIFF_CHARS]
    stripped = head.lstrip()
    if stripped.startswith("<") and _HTML_TAG.match(stripped):
        return "html"
    for found, _ in enumerate(_HTML_TAG.finditer(head), start=1):
        if found >= 2:
            return "html"
    return "text"


_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
# A text is an HTML page's source when at least this many tags take up at least this
# share of its characters.
_SOURCE_TAGS = 50
_SOURCE_SHARE = 0.5


def markup_source(text: str) -> bool:
    """Whether ``text`` is mostly markup: an HTML page's source that a flattener passed
    through (its tags take up half the characters or more), with no text to read as words."""
    if text.count("<") < _SOURCE_TAGS:
        return False
    tags = 0
    tagged = 0
    for found in _TAG.finditer(text):
        tags += 1
        tagged += found.end() - found.start()
    return tags >= _SOURCE_TAGS and tagged >= _SOURCE_SHARE * len(text)


def front_door(text: str, format: Format | None) -> Format:
    """The path a textual page takes: ``format`` when given, else the sniffed one; but a
    text that is markup through and through (``markup_source``) takes the HTML path even
    when ``format="text"`` forces the text one, as read word by word it is all clutter."""
    if format is None:
        return sniff(text)
    if format == "text" and markup_source(text):
        return "html"
    return format


# Whether an element has descendants this many levels down: one XPath step per level,
# so the work is bounded by the number of elements above that depth.
_DEEP_LEVELS = 1000
_TOO_DEEP = etree.XPath("boolean(" + "/".join(["."] + ["*"] * _DEEP_LEVELS) + ")")


def _as_text_or_tree(
    page: object, encoding: str | None, content_type: str | None
) -> tuple[str | None, Any, bytes | None]:
    """Return (text, None, the text's UTF-8 bytes when at hand) for textual input, or
    (None, lxml root, None) for a tree."""
    if isinstance(page, str):
        return repair_double_encoding(page), None, None
    if isinstance(page, (bytes, bytearray, memoryview)):
        text, utf8 = decode_page(bytes(page), encoding=encoding, content_type=content_type)
        if utf8 is not None and not has_double_encoding(utf8):
            return text, None, utf8  # the common case, tested on the bytes: nothing to repair
        repaired = repair_double_encoding(text)
        return repaired, None, utf8 if repaired is text else None
    if isinstance(page, etree._ElementTree):
        page = page.getroot()
    if isinstance(page, etree._Element):
        if _TOO_DEEP(page):
            # lxml walks trees thousands of levels deep in quadratic time: such a tree is
            # serialised and parsed again, which flattens the deepest levels (their text
            # stays), as for a page handed in as text.
            return etree.tostring(page, encoding="unicode", method="html"), None, None
        return None, page, None
    try:
        import bs4
    except ImportError:  # pragma: no cover - bs4 is a core dependency
        bs4 = None  # type: ignore[assignment]
    if bs4 is not None and isinstance(page, bs4.Tag):
        return str(page), None, None
    raise TypeError(f"extract() takes {ACCEPTED}; got {type(page).__name__}")


_TITLE_SEPARATORS = frozenset("|·•–—/:")


def _labelled_title(shown: str, title: str) -> bool:
    """Whether the heading shown is ``title`` after a short label set off by a separator:
    a section kicker or column name ("Africa|…", "DealBook|…") the heading carries and
    the page's own title leaves out. (Words after the title are more often a subtitle the
    title keeps: "…: Room-by-Room Breakdown".) A label of up to three words without a
    separator counts too, as the metadata weighs its ``<h1>``: "Thread …", "Dec 18 2025 …"."""
    if labelled_heading(shown, title):
        return True
    if len(shown) <= len(title) or not shown.endswith(title):
        return False
    label = shown[: len(shown) - len(title)].strip()
    return bool(label) and label[-1] in _TITLE_SEPARATORS and len(label.split()) <= LABEL_MAX_WORDS


def _block_says_title(shown: str, title: str) -> bool:
    """Whether the title block says the metadata's title (``matches_title``), and when it
    is the shorter, whether it is that title with whole parts left out (a site's name, a
    section, a tag line: "Tides" of "Tides | Coast News"). A shorter heading that shares
    only some of the title's words words it otherwise ("Tide tables" under
    "Understanding tide tables", "Tide app" under "Tide application"): the title the page
    declares wins. A longer heading keeps the words it adds before or after the title
    (``_heading_cut`` aside), not words on both sides of it."""
    if not matches_title(shown, title):
        return False
    block, wanted = normalise(shown), normalise(title)
    if len(block) >= len(wanted):
        # A heading that sets words both before and after the title is another heading
        # using the title's words ("An intro to wine regions of the world" over "Wine
        # regions"): the title the page declares wins.
        return block.startswith(wanted) or block.endswith(wanted)
    parts = [normalise(part) for part in title_parts(title)]
    return any(
        " ".join(filter(None, parts[i:j])) == block
        for i in range(len(parts))
        for j in range(i + 1, len(parts) + 1)
    )


def _within_title_line(shown: str, line: str) -> bool:
    """Whether the title block is the title ``line`` (the page's <title>, a text dump's first
    line) with a site's name or section cut off at a mark: a <title> keeps them however it
    joins them ("AFP: Tides", "Tides_English_Coast News", "Tides- Coast News"). Not a
    heading that is a few of the line's words ("Tide tables" of "Tide tables for March":
    the rules took a section's heading for the title), nor the title without its subtitle
    ("Tides" of "Tides: a guide")."""
    block = " ".join(shown.split()).casefold()
    whole = " ".join(line.split()).casefold()
    if len(block.split()) < _HEADLINE_MIN_WORDS or block == whole:
        return False
    start = whole.find(block)
    if start < 0:
        return False
    before = whole[:start].rstrip()[-1:]
    rest = whole[start + len(block) :]
    after = rest.lstrip()[:1]
    if after == ":" and rest[:1] == " ":
        return not before or before in _SECTION_MARKS  # "Tides : Coast News"
    return (not before or before in _SECTION_MARKS) and (not after or after in _SITE_MARKS)


_HEADLINE_MIN_WORDS = 2
# The marks that end a site's name or section before the headline ("AFP: Tides", "News >
# Tides"), and that start one after it ("Tides | Coast News", "Tides_Coast News"); a colon
# or a bracket after it starts the title's own subtitle ("Tides: a guide", "Tides (2025)").
_SITE_MARKS = frozenset("|-–—_·•»>/\\~[")
_SECTION_MARKS = _SITE_MARKS | {":", "("}


def _heading_cut(shown: str, title: str, source: str | None) -> bool:
    """Whether the metadata read the ``<h1>`` and ended its title before the heading's end
    (a tag line or a source link the heading sets after it): the title block, the whole
    heading, says more than the title."""
    block, wanted = normalise(shown), normalise(title)
    return source == "h1" and block != wanted and block.startswith(wanted)


def _head_info(root: Any) -> tuple[str | None, str | None]:
    """The page's ``<title>`` (or og:title) and its ``<html lang>``."""
    title: str | None = None
    head = root.find("head") if root.tag == "html" else None
    if head is not None:
        for meta in head.iterfind("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == "og:title":
                title = meta.get("content") or None
                break
        if title is None:
            t = head.find("title")
            if t is not None:
                title = t.text
    if title:
        title = " ".join(title.split()) or None
    declared = root.get("lang") or root.get("xml:lang")
    return title, declared


_NO_TOKENS: frozenset[str] = frozenset()


def _features(
    segmentation: Segmentation, declared: str | None, fmt: str
) -> tuple[tuple[Block, ...], str | None]:
    segments = segmentation.segments
    # Language detection reads only the page's first words (DETECT_TOKENS at most).
    language = lang.detect_texts([seg.text for seg in segments], declared)
    nodes = segmentation.nodes if fmt == "html" else []
    compiled = lang.block_features(language)
    if compiled is not None:
        return tuple(compiled(segments, nodes, make=new_block, no_tokens=_NO_TOKENS)), language
    # The same loop in Python (cleanpage/_words.pyx runs it where it is built).
    counts = lang.counter(language)
    blocks = []
    for i, seg in enumerate(segments):
        text = seg.text
        count, stop_hits = counts(text)
        chars = len(text)
        link_chars = seg.link_chars
        node = nodes[seg.node] if nodes and seg.node >= 0 else None
        blocks.append(
            new_block(
                i,
                text,
                seg.kind,
                seg.level,
                seg.rows,
                count,
                min(1.0, link_chars / chars) if chars and link_chars else 0.0,
                stop_hits / count if stop_hits else 0.0,
                node.path if node is not None else "",
                node.tokens if node is not None else _NO_TOKENS,
                node.landmark if node is not None else "",
                node.depth if node is not None else 0,
                seg.line,
            )
        )
    return tuple(blocks), language


def extract(
    page: object,
    *,
    url: str | None = None,
    format: Format | None = None,
    encoding: str | None = None,
    content_type: str | None = None,
    mode: Mode = "balanced",
    rules: Sequence[Rule] | None = None,
) -> Article:
    """Extract the article from ``page``.

    Args:
        page: HTML as ``str`` or ``bytes``, an lxml element or tree, a BeautifulSoup
            object, or a flattened plain-text dump of a page.
        url: the page's address; recorded on the Article and used to resolve links.
        format: ``"html"`` or ``"text"`` to force a front door; by default a ``str`` or
            ``bytes`` page is sniffed (markup → HTML, else text). A text that is mostly
            markup (an HTML page's source, as a failed flattener leaves it) is read as
            HTML even under ``"text"``.
        encoding: the charset of ``bytes`` input when the caller knows it.
        content_type: an HTTP ``Content-Type`` header whose charset decodes ``bytes``.
        mode: ``"precision"`` drops more, ``"recall"`` keeps more; default ``"balanced"``.
        rules: the rules to run, in order; default ``default_rules()``.

    Returns:
        An Article. An empty or text-free page gives an Article with empty text.

    Raises:
        TypeError: ``page`` is none of the accepted types.
        ValueError: ``format`` or ``mode`` is not one of the documented values.

    Examples:
        >>> import cleanpage
        >>> page = (
        ...     "<nav><a href='/'>Home</a></nav><article><h1>Tides</h1><p>The sea rises "
        ...     "and falls twice a day, pulled by the moon and, to a lesser degree, by the "
        ...     "sun.</p></article>"
        ... )
        >>> article = cleanpage.extract(page, url="https://coastnews.example/tides")
        >>> article.title, article.text[:23]
        ('Tides', 'The sea rises and falls')
        >>> [(block.text, block.rule) for block in article.boilerplate]
        [('Home', 'marked-region'), ('Tides', 'title')]

        Bytes are decoded (here with the charset of an HTTP header), a BeautifulSoup object
        is read as it is, and plain text takes the text-dump path:

        >>> raw = page.encode("cp1252")
        >>> cleanpage.extract(raw, content_type="text/html; charset=windows-1252").title
        'Tides'
        >>> from bs4 import BeautifulSoup
        >>> cleanpage.extract(BeautifulSoup(page, "html.parser")).title
        'Tides'
        >>> dump = cleanpage.extract("Tides\\n\\nThe sea rises and falls twice a day.")
        >>> dump.format, dump.title
        ('text', 'Tides')
        >>> cleanpage.extract(3)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        TypeError: extract() takes str, bytes, ... or a BeautifulSoup object; got int
    """
    if format not in (None, "html", "text"):
        raise ValueError(f"format must be 'html', 'text' or None, not {format!r}")
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    text, root, utf8 = _as_text_or_tree(page, encoding, content_type)
    if text is not None:
        fmt: Format = front_door(text, format)
    else:
        fmt = "html"
    title_hint: str | None = None
    declared: str | None = None
    if fmt == "html":
        if root is None:
            root = html_path.parse(text or "", utf8)
        if root is not None:
            title_hint, declared = _head_info(root)
        metadata = extract_metadata(root, url=url, title_hint=title_hint)
        segmentation = html_path.segment(root, url)
        # The blocks and their DOM context hold all the rules need: let a tree parsed
        # here go before they run.
        root = None
    else:
        metadata = extract_text_metadata((text or "").splitlines()[:200], bylines=False)
        segmentation = text_path.segment_text(text or "")
    blocks, language = _features(segmentation, declared, fmt)
    # The types the page declares: its metadata's, and its top-level microdata items'.
    types = metadata.types
    if fmt == "html" and segmentation.item_types:
        types += microdata_types(segmentation.item_types)
    state = Page(
        blocks=blocks,
        format=fmt,
        language=language,
        title_hint=title_hint,
        url=url,
        mode=mode,
        types=types,
        nodes=segmentation.nodes if fmt == "html" else [],
        block_nodes=[s.node for s in segmentation.segments] if fmt == "html" else [],
    )
    segmentation.segments.clear()  # the blocks hold what the rules need from them
    run(default_rules() if rules is None else rules, state)
    article = _assemble(state, url, metadata, segmentation)
    memo.trim()
    return article


# What the block after an image that follows the article's last block may not be, for the
# image to count as the article's closing figure.
_CLOSING_CLUTTER = frozenset(
    {
        Label.ADVERTISEMENT,
        Label.RELATED,
        Label.TEASER,
        Label.SHARE,
        Label.NAVIGATION,
        Label.SUBSCRIBE,
        Label.COMMENTS,
        Label.SIDEBAR,
    }
)


def _structure(page: Page, segmentation: Segmentation) -> tuple[Image, ...]:
    """Inline spans for the body's blocks, and the body's images."""
    body = [b.label is Label.BODY for b in page.blocks]
    if not page.nodes or not any(body):
        return ()
    html_path.add_spans(segmentation, page.blocks, body)
    if not segmentation.images:
        return ()
    inside = region(page).inside
    marks = own_marks(page)
    nodes = page.nodes

    def clutter(node: int, block: int) -> bool:
        """Whether an image after the body's last block belongs to the clutter there: the
        block it precedes is clutter in the same element, or its element or an ancestor
        inside the region is marked."""
        if block < len(page.blocks) and page.blocks[block].label in _CLOSING_CLUTTER:
            owner = page.block_nodes[block]
            while owner >= 0:
                if owner == node:
                    return True
                owner = nodes[owner].parent
        while 0 <= node < len(nodes) and inside[node]:
            if marks[node] is not None:
                return True
            node = nodes[node].parent
        return False

    return html_path.body_images(segmentation, body, page.block_nodes, inside, clutter)


def _assemble(
    page: Page,
    url: str | None,
    metadata: Metadata | None = None,
    segmentation: Segmentation | None = None,
) -> Article:
    # The page's blocks were made by _features for this call alone and are not yet handed
    # out: label them in place rather than copying every block.
    labelled = page.blocks
    label_blocks(labelled, page.labels, page.reasons, page.rules)
    title_block = next((b for b in labelled if b.label is Label.TITLE), None)
    md = metadata or Metadata()
    if page.format == "text":
        lines = [(b.text, b.label.value) for b in labelled]
        md = dump_metadata(md, lines, url, page.language)
    sources = dict(md.sources)
    title: str | None
    # The metadata's title (on HTML it weighs <h1>, og:title and <title>; a text dump's is
    # its first line, where a flattened page keeps its <title>) is the better witness,
    # unless the title block is the same title without a site name around it.
    if title_block is not None and (
        not md.title
        or (
            _block_says_title(title_block.text, md.title)
            and not _heading_cut(title_block.text, md.title, md.sources.get("title"))
            and not site_page_title(md.title)
        )
        or (page.format == "text" and site_page_title(md.title))
        or (_within_title_line(title_block.text, md.title) and not site_page_title(md.title))
    ):
        shown = clean_title(title_block.text, md.site_name, md.url or url)
        title = tidy_title(shown or title_block.text)
        if (
            page.format == "html"
            and md.title
            and title != md.title
            and normalise(title_block.text) == normalise(md.title)
        ):
            # The metadata's own title in other punctuation: the metadata has weighed its
            # parts already ("Ann Lee - The Writing Coach" on Ann Lee's home page).
            title = md.title
        else:
            sources["title"] = "title-block"
    else:
        title = md.title or page.title_hint
    if title and page.format == "html":
        # A heading that carries a section label beside the title the page's metadata gives,
        # or a part of its own after a separator.
        for witness in (md.title, page.title_hint):
            if witness and (
                _labelled_title(title, witness)
                or dashless_heading(title, witness)
                or suffixed_heading(title, witness)
                or garbled_heading(title, witness)
            ):
                title = witness
                break
    text = "\n\n".join(b.text for b in labelled if b.label is Label.BODY)
    images = _structure(page, segmentation) if segmentation is not None else ()
    kind, why = page_type(labelled, page.types)
    sources["page_type"] = why
    comments = group_comments(labelled, page.rules, page.nodes, page.block_nodes)
    return Article(
        title=title,
        text=text,
        blocks=labelled,
        url=md.url or url,
        language=page.language,
        format=page.format,
        metadata_sources=sources,
        authors=md.authors,
        published=md.published,
        modified=md.modified,
        site_name=md.site_name,
        description=md.description,
        tags=md.tags,
        categories=md.categories,
        image=md.image,
        license=md.license,
        images=images,
        page_type=kind,
        comments=comments,
    )
