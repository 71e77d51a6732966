"""The HTML front door: parse with lxml, then cut the tree into blocks in one walk.

The walk keeps, for every block-level element it enters, a small record of its DOM context
(tag, class/id tokens, landmark, parent). Blocks point at the record that owns their text,
so the rules can reason about regions of the tree without walking it again.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from cleanpage.article import Image, Kind, Span, Style
from cleanpage.extensions import compiled
from cleanpage.memo import text_cache

# Elements whose content is never visible text.
SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "template",
        "svg",
        "annotation",
        "annotation-xml",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "button",
        "select",
        "textarea",
        "input",
        "option",
        "optgroup",
        "datalist",
        "head",
        "title",
        "link",
        "meta",
        "base",
        "frameset",
        "frame",
        "applet",
        "param",
        "source",
        "track",
    }
)
# Elements that start and end a block of text.
BLOCK_TAGS = frozenset(
    {
        "html",
        "body",
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "caption",
        "ul",
        "xmp",
        "plaintext",
        "noframes",
    }
)
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_OWN_KIND = {
    "li": Kind.LIST_ITEM,
    "dt": Kind.LIST_ITEM,
    "dd": Kind.LIST_ITEM,
    "pre": Kind.CODE,
    "xmp": Kind.CODE,
    "listing": Kind.CODE,
    "plaintext": Kind.CODE,
    "blockquote": Kind.QUOTE,
    "figcaption": Kind.CAPTION,
    "caption": Kind.CAPTION,
}
_INHERITED_KINDS = frozenset({Kind.QUOTE, Kind.LIST_ITEM, Kind.CAPTION, Kind.CODE})
_LANDMARK_TAGS = {
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "main": "main",
    "article": "article",
}
LANDMARK_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "main": "main",
    "article": "article",
    "search": "nav",
    "menu": "nav",
    "menubar": "nav",
    "dialog": "aside",
    "alertdialog": "aside",
}
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu", "dir"})
_TABLE_BLOCKERS = frozenset(
    {"table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
)
_VISUALLY_HIDDEN = frozenset({"sr-only", "visually-hidden", "screen-reader-text"})
_MAX_PATH_PARTS = 40
_MAX_TOKENS = 96
_MAX_TOKEN_LENGTH = 64
# Markers in the text buffer that no text parsed by lxml holds: NUL (removed before
# parsing) for a line break, and lone surrogates around link text (a page's own control
# characters, "\x01" say, are its text).
_BR = "\x00"
_LINK_OPEN, _LINK_CLOSE = chr(0xD808), chr(0xD809)
# Inline markup in the text buffer: empty strings of their own type, so that joining the
# buffer gives exactly the text it would give without them. When spans are wanted, they
# become lone surrogates (text parsed by lxml never holds one) for ``_inline`` to read.
_A_START, _A_END, _EM, _EM_END, _STRONG, _STRONG_END, _CODE, _CODE_END = map(
    chr, range(0xD800, 0xD808)
)


class _Mark(str):
    """An empty piece of the text buffer that stands for an inline start or end tag."""

    char: str


def _mark(char: str) -> _Mark:
    mark = _Mark()
    mark.char = char
    return mark


_A_START_MARK = _mark(_A_START)
_A_END_MARK = _mark(_A_END)
_EM_MARKS = _mark(_EM), _mark(_EM_END)
_STRONG_MARKS = _mark(_STRONG), _mark(_STRONG_END)
_CODE_MARKS = _mark(_CODE), _mark(_CODE_END)
_IMG = _Mark()
_INLINE_START: dict[str, _Mark] = {
    "em": _EM_MARKS[0],
    "i": _EM_MARKS[0],
    "strong": _STRONG_MARKS[0],
    "b": _STRONG_MARKS[0],
    "code": _CODE_MARKS[0],
    "kbd": _CODE_MARKS[0],
    "samp": _CODE_MARKS[0],
    "tt": _CODE_MARKS[0],
    "img": _IMG,
}
_INLINE_END: dict[str, _Mark] = {
    "em": _EM_MARKS[1],
    "i": _EM_MARKS[1],
    "strong": _STRONG_MARKS[1],
    "b": _STRONG_MARKS[1],
    "code": _CODE_MARKS[1],
    "kbd": _CODE_MARKS[1],
    "samp": _CODE_MARKS[1],
    "tt": _CODE_MARKS[1],
}
_MARKS = re.compile("[\ud800-\ud807]")
_INLINE_SPLIT = re.compile("([\x00\ud800-\ud807])")
_MARK_STYLE = {
    _A_START: Style.LINK,
    _A_END: Style.LINK,
    _EM: Style.EMPHASIS,
    _EM_END: Style.EMPHASIS,
    _STRONG: Style.STRONG,
    _STRONG_END: Style.STRONG,
    _CODE: Style.CODE,
    _CODE_END: Style.CODE,
}
_OPENING_MARKS = frozenset((_A_START, _EM, _STRONG, _CODE))
# Images smaller than this (width or height attribute, in pixels) are icons or pixels.
_MIN_IMAGE_SIDE = 50
# data: URIs shorter than this are placeholders and tracking pixels.
_MIN_DATA_URI = 1000
_DIGITS = re.compile(r"\s*(\d+)")
# Images served by ad servers: their hosts, scripts and query parameters.
# Where ad servers' images come from: parts of an address (lower case), and an ad
# banner's query parameters.
_AD_HOST_PARTS = ("doubleclick.net", "googlesyndication", "adsystem", "adserver", "/ads/")
_AD_QUERY = re.compile(r"[?&](?:zoneid|bannerid)=")


def _ad_image(src: str) -> bool:
    """Whether an image address is an ad server's (substring tests first: a regular
    expression of alternatives searched over every address costs ten times as much)."""
    lowered = src.lower()
    return any(part in lowered for part in _AD_HOST_PARTS) or (
        ("zoneid=" in lowered or "bannerid=" in lowered) and _AD_QUERY.search(lowered) is not None
    )


@dataclass(slots=True)
class Node:
    """A block-level element entered by the walk: the DOM context of the blocks it owns."""

    tag: str
    parent: int
    depth: int
    own_tokens: tuple[str, ...]
    tokens: frozenset[str]
    path: str
    landmark: str
    kind: Kind
    list_depth: int
    role: str = ""
    """The element's ARIA role attribute, as written (the tree itself is not kept)."""


def contains(nodes: list[Node], ancestor: int, node: int) -> bool:
    """Whether ``node`` is ``ancestor`` or lies inside it (indexes into ``nodes``)."""
    depth = nodes[ancestor].depth
    while node >= 0 and nodes[node].depth >= depth:
        if node == ancestor:
            return True
        node = nodes[node].parent
    return False


@dataclass(slots=True)
class Segment:
    """A block as the segmenter cuts it, before features and labels."""

    text: str
    kind: Kind
    node: int
    level: int = 0
    link_chars: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    line: int = 0
    spans: tuple[Span, ...] = ()


@dataclass(slots=True)
class Segmentation:
    segments: list[Segment] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    images: list[tuple[str, str, str | None, int, int]] = field(default_factory=list)
    """Every image of the page worth listing: (src as written, alt, caption, the block it
    belongs to or precedes, its owning node)."""
    inline: list[tuple[int, int, list[str], list[str | None]]] = field(default_factory=list)
    """Text buffers that held inline markup: (first segment, end segment, the buffer's
    pieces with their marks, the hrefs of its links); ``add_spans`` places the marks."""
    tables: list[tuple[int, list[tuple[int, int, list[str], list[str | None]]]]] = field(
        default_factory=list
    )
    """Data tables whose cells held inline markup: (the table's segment, its cells as (row,
    column, the cell's pieces with their marks, the hrefs of its links)); ``add_spans``
    places the marks."""
    base: str | None = None
    """The URL links and images resolve against."""
    item_types: list[str] = field(default_factory=list)
    """The ``itemtype`` of every shown top-level microdata item (``itemscope`` without
    ``itemprop``), in order, as written."""


class ParseError(ValueError):
    """lxml could not make a tree of the page at all."""


def parse(text: str, utf8: bytes | None = None) -> Any:
    """Parse HTML text into an lxml root element, or None when the page is empty.

    The parser never loads DTDs or external entities, never touches the network, and
    recovers from broken markup. Text is handed to libxml2 as UTF-8 bytes so that lone
    surrogates and NUL characters cannot stop it; ``utf8``, the same text already encoded
    (as ``decode.decode_page`` gives it, free of NUL characters), saves encoding it again.
    """
    data = utf8 if utf8 is not None else text.replace("\x00", "").encode("utf-8", "replace")
    if not data.strip():
        return None
    if _glued(data):
        # Documents glued one after another (server-side includes), or a page printed on
        # after its template closed it: libxml2 drops what follows the first </html>, a
        # browser shows it. Without the end tags, it stays.
        data = _BODY_HTML_END.sub(b"", data)
    parser = etree.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lag behind lxml
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=True,
        default_doctype=False,
        collect_ids=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError):
        return None
    # libxml2 stops at 2048 levels of nesting and drops the rest of the page: flatten the
    # deepest levels (their text stays) and parse again.
    for limit in _FLATTEN_LIMITS:
        if not _too_deep(parser):
            break
        data = _flatten(data, limit)
        try:
            root = etree.fromstring(data, parser)
        except (etree.ParserError, etree.XMLSyntaxError):
            break
    if root is not None and len(root) == 0 and not (root.text or "").strip():
        # "<html ... />": libxml2 ends the document at a self-closed root, a browser
        # ignores the slash. Parsed again without it.
        reopened = _SELF_CLOSED_HTML.sub(rb"\1>", data, count=1)
        if reopened != data:
            try:
                root = etree.fromstring(reopened, parser)
            except (etree.ParserError, etree.XMLSyntaxError):
                return None
    _reopen_body(root)
    _recover_swallowed(root, parser)
    return root


_SELF_CLOSED_HTML = re.compile(rb"(<html\b[^<>]*?)/\s*>", re.IGNORECASE)


def _reopen_body(root: Any) -> None:
    """ "<body ... />": libxml2 leaves the body empty and puts the page after it, where a
    browser ignores the slash and fills the body: the page moves into the body."""
    body = root.find("body") if root is not None and root.tag == "html" else None
    if body is None or len(body) or (body.text or "").strip():
        return
    following = list(body.itersiblings())
    if not following:
        return
    body.text = _settable((body.text or "") + (body.tail or ""))
    body.tail = None
    for element in following:
        body.append(element)


_BODY_HTML_END = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)


# Literal-led byte patterns: the scan jumps from one "<" to the next in C, cheaper than
# four substring searches (two per case) and far cheaper than a case-insensitive regex.
_HTML_END = re.compile(rb"</[hH][tT][mM][lL]")


# An element's start tag: "<" and a letter.
_START_TAG = re.compile(rb"<[a-zA-Z]")


def _glued(data: bytes) -> bool:
    """Whether markup follows the first ``</html>``: a second document glued after it, or
    the rest of the page printed after the template closed it (a browser shows both)."""
    end = _HTML_END.search(data)
    return end is not None and _START_TAG.search(data, end.end()) is not None


# A <title> left open (a damaged or truncated page) takes the rest of the page as its text,
# in libxml2 as in a browser. A title this long, holding markup, under a page without a
# body, is the page: its markup is parsed and becomes the body.
_SWALLOWED_TITLE = 1000
_TITLE_END = re.compile(r"[\n<]")


# Characters lxml refuses in text handed to it, though libxml2's parser keeps them in the
# text it reads: control characters other than tab and line breaks.
_NOT_SETTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _settable(text: str) -> str:
    """``text`` without the characters lxml refuses to set as an element's text or tail
    (moving text the parser read would otherwise raise ValueError)."""
    return _NOT_SETTABLE.sub("", text)


def _recover_swallowed(root: Any, parser: Any) -> None:
    head = root.find("head") if root is not None and root.tag == "html" else None
    title = head.find("title") if head is not None else None
    if title is None or root.find("body") is not None:
        return
    swallowed = title.text or ""
    if len(swallowed) < _SWALLOWED_TITLE or "<" not in swallowed:
        return
    try:
        page = etree.fromstring(swallowed.encode("utf-8", "replace"), parser)
    except (etree.ParserError, etree.XMLSyntaxError):
        return
    body = page.find("body") if page is not None and page.tag == "html" else None
    if body is None:
        return
    # The title is what comes before the first line break or tag.
    title.text = _settable(_TITLE_END.split(swallowed, 1)[0]).strip()
    root.append(body)


# Tag nesting the reparse keeps; the first limit is for honest markup, the second for
# markup whose stray end tags make the naive count below too low.
_FLATTEN_LIMITS = (1000, 200)
# Bounded by "<" and ">" so a failed match costs only the text up to the next "<".
_TAG_TOKEN = re.compile(rb"<(/?)([A-Za-z][^\s/<>]*)[^<>]*>")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())


def _too_deep(parser: Any) -> bool:
    last = parser.error_log.last_error
    return last is not None and "depth" in last.message


def _flatten(data: bytes, limit: int) -> bytes:
    """Drop start and end tags nested deeper than ``limit``; keep everything else. Linear."""
    out: list[bytes] = []
    names: list[bytes] = []
    open_names: Counter[bytes] = Counter()
    dropped: Counter[bytes] = Counter()
    pos = 0
    for m in _TAG_TOKEN.finditer(data):
        name = m.group(2).lower()
        if name in _VOID or m.group(0).endswith(b"/>"):
            continue
        if m.group(1):
            if dropped[name]:
                dropped[name] -= 1
            elif open_names[name]:
                while names:  # an end tag closes every element opened after its own
                    top = names.pop()
                    open_names[top] -= 1
                    if top == name:
                        break
                continue
            else:
                continue
        elif len(names) < limit:
            names.append(name)
            open_names[name] += 1
            continue
        else:
            dropped[name] += 1
        out.append(data[pos : m.start()])
        pos = m.end()
    out.append(data[pos:])
    return b"".join(out)


def _is_hidden(element: Any) -> bool:
    attrib = element.attrib
    if not attrib:
        return False
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    if style:
        compact = style.replace(" ", "").lower()
        if "display:none" in compact or "visibility:hidden" in compact:
            return True
    cls = attrib.get("class")
    return bool(cls) and hidden_class(cls)


@text_cache(maxsize=65536)
def hidden_class(cls: str) -> bool:
    """Whether a class attribute names a box shown to screen readers only (cached across
    pages: a site's pages share their classes).

    >>> hidden_class("label sr-only"), hidden_class("label")
    (True, False)
    """
    return not _VISUALLY_HIDDEN.isdisjoint(cls.lower().split())


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER_CLASS = f"translate(@class, '{_UPPER}', '{_UPPER.lower()}')"
# Elements that may be hidden, found by libxml2 in one pass (a superset: ``_is_hidden``
# decides), so the walk does not read the attributes of every element.
_MAYBE_HIDDEN = etree.XPath(
    "descendant-or-self::*[@hidden or @style or "
    + " or ".join(f"contains({_LOWER_CLASS}, '{name}')" for name in sorted(_VISUALLY_HIDDEN))
    + "]"
)


def _hidden_elements(start: Any) -> set[Any]:
    candidates: Any = _MAYBE_HIDDEN(start)
    return {e for e in candidates if isinstance(e.tag, str) and _is_hidden(e)}


def _is_data_table(element: Any) -> bool:
    """A table of cells holding no blocks, with two cells side by side in some row (a
    single column of cells is a layout of stacked boxes)."""
    cells = row_cells = widest = 0
    for child in element.iterdescendants():
        tag = child.tag
        if tag in _TABLE_BLOCKERS:
            return False
        if tag == "tr":
            row_cells = 0
        elif tag == "td" or tag == "th":
            cells += 1
            row_cells += 1
            widest = max(widest, row_cells)
    return cells >= 2 and widest >= 2


def _clean_line(piece: str) -> tuple[str, int]:
    """Collapse white space; return the text and how many of its characters are link text."""
    if _LINK_OPEN not in piece:
        if _LINK_CLOSE in piece:
            piece = piece.replace(_LINK_CLOSE, "")
        return " ".join(piece.split()), 0
    link_chars = 0
    out: list[str] = []
    for part in piece.split(_LINK_OPEN):
        inside, sep, outside = part.partition(_LINK_CLOSE)
        if sep:
            link_chars += len(" ".join(inside.split()))
            out.append(inside)
            out.append(outside)
        else:
            out.append(part)
    return " ".join("".join(out).replace(_LINK_CLOSE, "").split()), link_chars


def _level(node: Node) -> int:
    if node.kind is Kind.LIST_ITEM:
        return node.list_depth
    return _HEADING_LEVEL.get(node.tag, 0)


def _flush(raw: str, node_index: int, node: Node, pre: bool, segments: list[Segment]) -> None:
    """Turn the text buffered for a block element into segments."""
    if raw.isspace():
        return
    if pre:
        text = raw.replace(_BR, "\n").replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")
        text = text.strip("\n").rstrip()
        if text.strip():
            segments.append(Segment(text, Kind.CODE, node_index, _level(node)))
        return
    if _BR not in raw:
        line, linked = _clean_line(raw)
        if line:
            segments.append(Segment(line, node.kind, node_index, _level(node), linked))
        return
    lines: list[str] = []
    link_chars = 0
    for piece in raw.split(_BR):
        line, linked = _clean_line(piece)
        if line:
            lines.append(line)
            link_chars += linked
        elif lines and linked == 0:
            # Two line breaks in a row end a paragraph, as they read on screen.
            segments.append(
                Segment("\n".join(lines), node.kind, node_index, _level(node), link_chars)
            )
            lines, link_chars = [], 0
    if lines:
        segments.append(Segment("\n".join(lines), node.kind, node_index, _level(node), link_chars))


class _Table:
    """The rows and cells of the data table being walked."""

    def __init__(self, element: Any, node: int) -> None:
        self.element = element
        self.node = node
        self.rows: list[tuple[str, ...]] = []
        self.row: list[str] = []
        self.link_chars = 0
        self.hrefs: list[str | None] = []  # of the links in the cell being walked
        self.marked = False  # the cell being walked holds inline marks
        self.cells: list[tuple[int, int, list[str], list[str | None]]] = []

    def end_cell(self, buf: list[str]) -> None:
        raw = "".join(buf)
        cell, linked = _clean_line(raw.replace(_BR, " "))
        if self.marked:
            if cell:
                self.cells.append((len(self.rows), len(self.row), buf[:], self.hrefs))
            self.hrefs = []
            self.marked = False
        buf.clear()
        self.link_chars += linked
        self.row.append(cell)

    def end_row(self, buf: list[str]) -> None:
        if buf:
            self.end_cell(buf)
        if any(self.row):
            self.rows.append(tuple(self.row))
        self.row = []

    def end(self, buf: list[str], result: Segmentation) -> None:
        self.end_row(buf)
        rows = tuple(self.rows)
        if rows:
            segments = result.segments
            if self.cells:
                result.tables.append((len(segments), self.cells))
            text = "\n".join(" | ".join(c for c in r if c) for r in rows)
            segments.append(Segment(text, Kind.TABLE, self.node, 0, self.link_chars, rows))


Resolve = Callable[[str | None], "str | None"]


def _resolver(base: str | None) -> Resolve:
    """Make hrefs absolute against ``base``, once per distinct href of the page."""
    cache: dict[str, str | None] = {}

    def resolve(href: str | None) -> str | None:
        if href is None:
            return None
        if href in cache:
            return cache[href]
        value = href.strip()
        found: str | None
        if not value or value[0] == "#" or value[:11].lower() == "javascript:":
            found = None
        elif value.startswith(("http://", "https://")) or not base:
            found = value
        else:
            try:
                found = urljoin(base, value)
            except ValueError:
                found = value
        cache[href] = found
        return found

    return resolve


def _inline(
    raw: str, hrefs: list[str | None], resolve: Resolve
) -> list[tuple[str, tuple[Span, ...]]]:
    """Cut a buffer holding inline marks as ``_flush`` cuts it: the text of each segment
    and the spans of its marks. One pass over the buffer's pieces between marks."""
    parts = _INLINE_SPLIT.split(raw.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, ""))
    out: list[tuple[str, tuple[Span, ...]]] = []
    lines: list[str] = []
    line: list[str] = []
    offset = 0  # where the current line starts in the segment's text
    length = 0  # the current line's length
    space = False
    spans: list[tuple[int, int, Style, str | None]] = []
    stack: list[list[Any]] = []  # open marks: [style, start (-1: no text yet), href]
    pending: list[list[Any]] = []
    links = 0

    def emit() -> None:
        text = "\n".join(lines)
        end = len(text)
        for entry in stack:
            if 0 <= entry[1] < end:
                spans.append((entry[1], end, entry[0], entry[2]))
            if entry[1] >= 0:
                entry[1] = -1
                pending.append(entry)
        made = []
        for start, stop, style, href in sorted(spans, key=lambda s: (s[0], -s[1])):
            if style is Style.LINK:
                href = resolve(href)
                if href is None:
                    continue
            made.append(Span(start, stop, style, href))
        out.append((text, tuple(made)))
        spans.clear()

    for n, part in enumerate(parts):
        if not n & 1:
            if not part:
                continue
            words = part.split()
            if not words:
                space = True
                continue
            if length and (space or part[0].isspace()):
                line.append(" ")
                length += 1
            if pending:
                for entry in pending:
                    entry[1] = offset + length
                pending.clear()
            text = " ".join(words)
            line.append(text)
            length += len(text)
            space = part[-1].isspace()
        elif part == _BR:
            if length:
                lines.append("".join(line))
                offset += length + 1
            elif lines:
                emit()
                lines.clear()
                offset = 0
            line.clear()
            length = 0
            space = False
        elif part in _OPENING_MARKS:
            href = None
            if part == _A_START:
                href = hrefs[links] if links < len(hrefs) else None
                links += 1
            entry = [_MARK_STYLE[part], -1, href]
            stack.append(entry)
            pending.append(entry)
        else:
            style = _MARK_STYLE[part]
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] is style:
                    entry = stack.pop(k)
                    break
            else:
                continue
            if entry[1] < 0:  # no text inside: drop it (by identity: entries may be equal)
                pending[:] = [e for e in pending if e is not entry]
                continue
            end = offset + length if length else offset - 1
            if end > entry[1]:
                spans.append((entry[1], end, style, entry[2]))
    if length:
        lines.append("".join(line))
    if lines:
        emit()
    return out


def add_spans(result: Segmentation, blocks: Sequence[Any], wanted: Sequence[bool]) -> None:
    """Give the blocks ``wanted`` (and the other blocks cut from the same buffers) their
    inline spans. Blocks are the segments' blocks, index for index; spans are set in place,
    as the pipeline sets labels on blocks not yet handed out."""
    resolve = _resolver(result.base)
    set_field = object.__setattr__
    for first, end, pieces, hrefs in result.inline:
        if not any(wanted[first:end]):
            continue
        raw = "".join([p.char if type(p) is _Mark else p for p in pieces])
        made = _inline(raw, hrefs, resolve)
        if len(made) != end - first or any(
            blocks[first + n].text != text for n, (text, _) in enumerate(made)
        ):
            continue  # the marks could not be placed: the text wins
        for n, (_, spans) in enumerate(made):
            set_field(blocks[first + n], "spans", spans)
    for index, cells in result.tables:
        if wanted[index]:
            spans = _table_spans(blocks[index].rows, cells, resolve)
            if spans:
                set_field(blocks[index], "spans", spans)


def cell_offsets(rows: Sequence[Sequence[str]]) -> dict[tuple[int, int], int]:
    """Where each non-empty cell starts in a table block's text (rows on lines, the
    non-empty cells of a row joined by " | ")."""
    offsets: dict[tuple[int, int], int] = {}
    at = 0
    for r, row in enumerate(rows):
        first = True
        for c, cell in enumerate(row):
            if not cell:
                continue
            if not first:
                at += 3
            offsets[(r, c)] = at
            at += len(cell)
            first = False
        at += 1  # the line break
    return offsets


def _table_spans(
    rows: Sequence[Sequence[str]],
    cells: list[tuple[int, int, list[str], list[str | None]]],
    resolve: Resolve,
) -> tuple[Span, ...]:
    """The spans of a table's marked cells, placed in the table block's text."""
    offsets = cell_offsets(rows)
    found: list[Span] = []
    for r, c, pieces, hrefs in cells:
        at = offsets.get((r, c))
        if at is None:
            continue
        raw = "".join([p.char if type(p) is _Mark else p for p in pieces]).replace(_BR, " ")
        made = _inline(raw, hrefs, resolve)
        if len(made) != 1 or made[0][0] != rows[r][c]:
            continue  # the marks could not be placed: the text wins
        found.extend(Span(at + s.start, at + s.end, s.style, s.href) for s in made[0][1])
    return tuple(found)


def _side(value: str | None) -> int | None:
    if not value:
        return None
    m = _DIGITS.match(value)
    return int(m.group(1)) if m else None


def _image(attrib: Any) -> tuple[str, str] | None:
    """The image an ``<img>`` shows (its src as written), or None for icons, pixels and
    placeholders."""
    for side in (attrib.get("width"), attrib.get("height")):
        size = _side(side)
        if size is not None and size < _MIN_IMAGE_SIDE:
            return None
    src = (attrib.get("src") or "").strip()
    if not src or src.startswith("data:"):
        lazy = (
            attrib.get("data-src")
            or attrib.get("data-lazy-src")
            or attrib.get("data-original")
            or attrib.get("srcset")
            or attrib.get("data-srcset")
            or ""
        )
        lazy = lazy.strip().split(",")[0].split()[0] if lazy.strip() else ""
        if lazy:
            src = lazy
    if not src or (src.startswith("data:") and len(src) < _MIN_DATA_URI) or _ad_image(src):
        return None
    alt = " ".join((attrib.get("alt") or "").split())
    return src, alt


def _captions(images: list[tuple[str, str, str | None, int, int]], result: Segmentation) -> None:
    """Give the images of a ``<figure>`` the text of its ``<figcaption>``."""
    nodes = result.nodes
    figure_of: list[int] = []
    for *_, node in images:
        # The image's own element, its parent or its grandparent.
        for _ in range(3):
            if node < 0 or nodes[node].tag == "figure":
                break
            node = nodes[node].parent
        figure_of.append(node if node >= 0 and nodes[node].tag == "figure" else -1)
    figures = set(figure_of)
    figures.discard(-1)
    if not figures:
        return
    caption: dict[int, str] = {}
    for seg in result.segments:
        if seg.kind is Kind.CAPTION and seg.node >= 0:
            owner = nodes[seg.node].parent
            if owner in figures and owner not in caption:
                caption[owner] = seg.text
    for n, (src, alt, _, block, node) in enumerate(images):
        f = figure_of[n]
        if f in caption:
            images[n] = (src, alt, caption[f], block, node)


def base_url(root: Any, url: str | None) -> str | None:
    """The URL relative links of the page resolve against: its ``<base href>`` and ``url``."""
    head = root.find("head") if root is not None and root.tag == "html" else None
    base = head.find("base") if head is not None else None
    href: str = (base.get("href") or "").strip() if base is not None else ""
    if not href:
        return url
    if not url:
        return href if href.startswith(("http://", "https://")) else None
    try:
        return urljoin(url, href)
    except ValueError:
        return url


def body_images(
    result: Segmentation,
    body: list[bool],
    block_nodes: list[int],
    inside: tuple[bool, ...],
    clutter: Callable[[int, int], bool] | None = None,
) -> tuple[Image, ...]:
    """The images of the article body, their src made absolute: in an element that owns a
    body block, or inside the content region between the first and the last body block, or
    right after the last one (the closing figure) unless ``clutter(node, block)`` says it
    belongs to the clutter around it (an ad, related posts, a share bar)."""
    images = result.images
    if not images or not any(body):
        return ()
    resolve = _resolver(result.base)
    first = body.index(True)
    last = len(body) - 1 - body[::-1].index(True)
    owners = {node for node, kept in zip(block_nodes, body, strict=True) if kept}
    kept_images = []
    for src, alt, caption, block, node in images:
        in_region = 0 <= node < len(inside) and inside[node]
        closing = (
            block == last + 1 and in_region and clutter is not None and not clutter(node, block)
        )
        if node in owners or (in_region and first <= block <= last) or closing:
            found = src if src.startswith("data:") else resolve(src)
            if found:
                kept_images.append(Image(found, alt, caption, block))
    return tuple(kept_images)


_TAG_KIND: dict[str, Kind] = {**{h: Kind.HEADING for h in _HEADING_LEVEL}, **_OWN_KIND}
_PRE_TAGS = frozenset({"pre", "xmp", "listing", "plaintext"})


def segment(
    root: Any, url: str | None = None, *, inline: bool = True, _repairs: int = 0
) -> Segmentation:
    """Cut a parsed page into blocks in reading order, in a single walk of the tree.

    Block elements that share a parent's context share its path and tokens. The walk is
    compiled (``cleanpage._walk``) where the package was built with its extension, and
    done by ``_walk`` below otherwise; both give the same segmentation.

    With ``inline`` (the default) the segments carry their links (made absolute against
    ``url`` and the page's ``<base href>``), emphasis and inline code as spans, and the
    page's images are listed.
    """
    result = Segmentation()
    if root is None:
        return result
    nodes = result.nodes
    segments = result.segments
    body = root.find("body")
    start = body if body is not None else root
    skipped_tags = SKIPPED_TAGS
    if body is None:
        # Without a <body>, libxml2 may have left a page's elements inside <head> (after an
        # unknown element there, where a browser would open the body): walk them too;
        # the head's own elements (title, meta, script...) are skipped one by one.
        skipped_tags = SKIPPED_TAGS - {"head"}
    result.base = base_url(root, url) if inline else None
    if start is not root and root.get("itemtype") and root.get("itemprop") is None:
        result.item_types.append(root.get("itemtype"))  # a QAPage declared on <html>
    walk = _walk
    if _compiled_walk is not None and _compiled_walk.accepts(start):
        walk = _compiled_walk.walk
    streamed, placeholders, hidden_boxes = walk(start, result, skipped_tags, inline)
    if _repairs < _MAX_REPAIRS:
        # Pages that scripts rearrange or reveal: walked again, as a browser shows them,
        # on a copy of the tree (rare: the checks cost nothing on other pages).
        if streamed and placeholders and not placeholders.isdisjoint(streamed):
            return segment(_reveal_streamed(root), url, inline=inline, _repairs=_repairs + 1)
        if hidden_boxes:
            page = _hidden_page(hidden_boxes, segments)
            if page is None:
                page = _hidden_main(hidden_boxes, segments, nodes)
            if page is not None:
                revealed = _reveal(root, page)
                return segment(revealed, url, inline=inline, _repairs=_repairs + 1)
    if result.images:
        _captions(result.images, result)
    return result


def _walk(
    start: Any, result: Segmentation, skipped_tags: frozenset[str], inline: bool
) -> tuple[list[str], set[str], list[Any]]:
    """``segment``'s walk of the tree from ``start``: fills ``result`` (segments, nodes,
    images, inline marks, data tables, microdata items) and returns the ids of the parts
    a streaming renderer left hidden, the placeholders waiting for them, and the outermost
    hidden elements skipped.

    The loop runs once per start and end of every element, so it keeps its state in local
    variables. ``cleanpage/_walk.pyx`` is the same loop, compiled: a change here is made
    there too (``tests/test_walk.py`` compares them)."""
    nodes = result.nodes
    segments = result.segments
    buf: list[str] = []
    add = buf.append
    stack: list[int] = []
    link_depth = 0
    pre_depth = 0
    table: _Table | None = None
    skipped: Any = None
    own_cache: dict[tuple[str | None, str | None], tuple[str, ...]] = {}
    token_cache: dict[tuple[frozenset[str], tuple[str, ...]], frozenset[str]] = {}
    path_cache: dict[tuple[str, str], str] = {}
    panel_classes: dict[str, bool | None] = {}
    block_tags = BLOCK_TAGS
    # Inline markup of the text buffered: (index in buf, mark, href of a link), in order.
    marked = False
    hrefs: list[str | None] = []
    inline_buffers = result.inline
    images = result.images
    item_types = result.item_types
    inline_start: dict[str, _Mark] = _INLINE_START if inline else {}
    inline_end: dict[str, _Mark] = _INLINE_END if inline else {}
    # Parts of a page streamed by React's server renderer: hidden <div id="S:n">, and the
    # <template id="B:n"> or "P:n" whose place they take once a script has run.
    streamed: list[str] = []
    placeholders: set[str] = set()
    hidden_boxes: list[Any] = []  # the outermost hidden elements, skipped
    # Comments and processing instructions come as events of their own (a tree parsed by
    # lxml.html keeps them; ours drops them): only their tail is text.
    walk = etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):
            text = element.tail
            if text:
                add(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
            continue
        if event == "start":
            if tag in skipped_tags and not (
                tag == "button" and len(element) and _HOLDS_BLOCKS(element)
            ):
                walk.skip_subtree()
                skipped = element
                if tag == "template":
                    placeholder = element.get("id")
                    if placeholder and placeholder[:2] in _STREAM_PLACEHOLDERS:
                        placeholders.add(placeholder[2:])
                continue
            # The checks of _is_hidden, inline: this runs for every element.
            attrib = element.attrib
            if attrib:
                cls = attrib.get("class")
                style = attrib.get("style")
                if (
                    "hidden" in attrib
                    or (
                        style
                        and (
                            "display:none" in (compact := style.replace(" ", "").lower())
                            or "visibility:hidden" in compact
                        )
                    )
                    or (cls and hidden_class(cls))
                ) and not _collapsed_panel(attrib, cls, panel_classes):
                    walk.skip_subtree()
                    skipped = element
                    hidden_boxes.append(element)
                    if "hidden" in attrib:
                        part = attrib.get("id")
                        if part and part[:2] == "S:":
                            streamed.append(part[2:])
                    continue
                if "itemtype" in attrib and "itemprop" not in attrib and "itemscope" in attrib:
                    item_types.append(attrib["itemtype"])
            else:
                cls = None
            if table is not None:
                if tag == "tr":
                    table.end_row(buf)
                elif tag == "td" or tag == "th":
                    if buf:
                        table.end_cell(buf)
                elif tag == "br":
                    add(" ")
                elif tag == "a":
                    link_depth += 1
                    if inline:
                        add(_A_START_MARK)
                        table.hrefs.append(element.get("href"))
                        table.marked = True
                elif tag in inline_start and inline_start[tag] is not _IMG:
                    add(inline_start[tag])
                    table.marked = True
            elif tag in block_tags:
                if buf:
                    raw = "".join(buf)
                    if stack and raw:
                        index = stack[-1]
                        first = len(segments)
                        _flush(raw, index, nodes[index], pre_depth > 0, segments)
                        if marked and len(segments) > first and not pre_depth:
                            inline_buffers.append((first, len(segments), buf, hrefs))
                            buf = []
                            add = buf.append
                    buf.clear()
                if marked:
                    marked = False
                    hrefs = []
                # The block's DOM context (Node), from its parent's.
                ident = attrib.get("id") if attrib else None
                if cls or ident:
                    key = (cls, ident)
                    own_tokens = own_cache.get(key)
                    if own_tokens is None:
                        joined = f"{cls or ''} {ident or ''}".lower()
                        own_tokens = tuple(joined.split())
                        if len(joined) > _MAX_TOKEN_LENGTH:
                            own_tokens = tuple(t for t in own_tokens if len(t) <= _MAX_TOKEN_LENGTH)
                        own_cache[key] = own_tokens
                else:
                    own_tokens = ()
                if stack:
                    parent_index = stack[-1]
                    parent = nodes[parent_index]
                    depth = parent.depth + 1
                    tokens = parent.tokens
                    if own_tokens and len(tokens) < _MAX_TOKENS:
                        tkey = (tokens, own_tokens)
                        joined_tokens = token_cache.get(tkey)
                        if joined_tokens is None:
                            joined_tokens = token_cache[tkey] = tokens.union(own_tokens)
                        tokens = joined_tokens
                    path = parent.path
                    if depth < _MAX_PATH_PARTS:
                        pkey = (path, tag)
                        cached_path = path_cache.get(pkey)
                        if cached_path is None:
                            cached_path = path_cache[pkey] = path + "/" + tag
                        path = cached_path
                    landmark = parent.landmark
                    parent_kind = parent.kind
                    list_depth = parent.list_depth
                else:
                    parent_index, depth, tokens, path = -1, 0, frozenset(own_tokens), tag
                    landmark, parent_kind, list_depth = "", Kind.PARAGRAPH, 0
                role = attrib.get("role") if attrib else None
                own_landmark = _LANDMARK_TAGS.get(tag) or (
                    LANDMARK_ROLES.get(role.strip().lower()) if role else None
                )
                if own_landmark:
                    landmark = own_landmark
                kind = _TAG_KIND.get(tag)
                if kind is None:
                    kind = parent_kind if parent_kind in _INHERITED_KINDS else Kind.PARAGRAPH
                if tag in _LIST_TAGS:
                    list_depth += 1
                stack.append(len(nodes))
                nodes.append(
                    Node(
                        tag,
                        parent_index,
                        depth,
                        own_tokens,
                        tokens,
                        path,
                        landmark,
                        kind,
                        list_depth,
                        role or "",
                    )
                )
                if tag in _PRE_TAGS:
                    pre_depth += 1
                elif tag == "table" and _is_data_table(element):
                    table = _Table(element, stack[-1])
            elif tag == "br":
                add(_BR)
            elif tag == "a":
                text = element.text
                if text and len(text) < 4 and text.strip() in _PERMALINKS and not len(element):
                    href = element.get("href")
                    if href and href[0] == "#":
                        # A heading's permalink ("Usage¶"): a control, not text.
                        walk.skip_subtree()
                        skipped = element
                        continue
                link_depth += 1
                if inline:
                    add(_A_START_MARK)
                    hrefs.append(element.get("href"))
                    marked = True
            elif tag in inline_start:
                mark = inline_start[tag]
                if mark is not _IMG:
                    add(mark)
                    marked = True
                elif attrib:
                    image = _image(attrib)
                    if image is not None:
                        images.append(
                            (image[0], image[1], None, len(segments), stack[-1] if stack else -1)
                        )
            elif tag in _MATH_TOKENS:
                add(" ")
            text = element.text
            # White space before a block's first text is dropped there anyway (not in a
            # <pre>): not buffering it saves the flush of a buffer holding nothing.
            if text and (buf or pre_depth or not text.isspace()):
                add(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
            continue
        # event == "end"
        if element is skipped:
            skipped = None
        elif table is not None:
            if element is table.element:
                table.end(buf, result)
                table = None
                stack.pop()
            elif tag == "td" or tag == "th":
                table.end_cell(buf)
            elif tag == "a":
                link_depth -= 1
                if inline:
                    add(_A_END_MARK)
            elif tag in inline_end:
                add(inline_end[tag])
        elif tag in block_tags:
            if buf:
                raw = "".join(buf)
                index = stack[-1]
                first = len(segments)
                if raw:
                    _flush(raw, index, nodes[index], pre_depth > 0, segments)
                if marked and len(segments) > first and not pre_depth:
                    inline_buffers.append((first, len(segments), buf, hrefs))
                    buf = []
                    add = buf.append
                else:
                    buf.clear()
            if marked:
                marked = False
                hrefs = []
            stack.pop()
            if tag in _PRE_TAGS:
                pre_depth -= 1
        elif tag == "a":
            link_depth -= 1
            if inline:
                add(_A_END_MARK)
        elif tag in inline_end:
            add(inline_end[tag])
        text = element.tail
        if text and (buf or pre_depth or not text.isspace()):
            add(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
    if buf and stack:
        index = stack[-1]
        first = len(segments)
        _flush("".join(buf), index, nodes[index], pre_depth > 0, segments)
        if marked and len(segments) > first and not pre_depth:
            inline_buffers.append((first, len(segments), buf, hrefs))
    return streamed, placeholders, hidden_boxes


_STREAM_PLACEHOLDERS = ("B:", "P:")
# The marks of a link to the element it stands in (a heading's permalink, as documentation
# generators add them): "Usage¶", "Usage #".
_PERMALINKS = frozenset({"¶", "#", "§", "⁋", "🔗"})
# MathML is shown (its <annotation>, a formula's source, is not): its token elements are
# read apart, as a browser sets them apart ("a x 2 + b x", not "ax2+bx").
_MATH_TOKENS = frozenset({"mi", "mn", "mo", "ms", "mtext"})
# A <button> holding headings, paragraphs or a page's landmarks is not a bare control: a
# disclosure's question, a card, or markup that libxml2 nested into a button left open.
_HOLDS_BLOCKS = etree.XPath(
    "boolean(descendant::*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or "
    "self::main or self::article or self::section or self::nav or self::footer or "
    "self::table or self::ul or self::ol])"
)
_MAX_REPAIRS = 2
# A page showing less text than this may be one hidden until its scripts run...
_HIDDEN_PAGE_SHOWN = 1000
# ...when a hidden element holds this many times as much text (and at least as much).
_HIDDEN_PAGE_RATIO = 3
# The text a hidden element would show: not its scripts', styles' or templates' source.
_SHOWN_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::template"
    " or ancestor::noscript)]"
)


def _shown_length(box: Any) -> int:
    """Characters of text ``box`` would show, white space collapsed (as normalize-space)."""
    return len(" ".join("".join(_SHOWN_TEXT(box)).split()))  # type: ignore[arg-type]


def _hidden_page(boxes: list[Any], segments: list[Segment]) -> Any | None:
    """The hidden element holding the page, when the page shows almost nothing else: a
    page hidden until its scripts run (to avoid a flash of unstyled content, or behind
    a lock screen) shows it to every reader who has scripts."""
    shown = 0
    for seg in segments:
        shown += len(seg.text)
        if shown >= _HIDDEN_PAGE_SHOWN:
            return None
    best, best_length = None, float(max(_HIDDEN_PAGE_SHOWN, _HIDDEN_PAGE_RATIO * shown))
    for box in boxes:
        length = float(_shown_length(box))
        if length >= best_length:
            best, best_length = box, length
    return best


# A page's main landmark showing less text than this...
_HIDDEN_MAIN_SHOWN = 200


def _hidden_main(boxes: list[Any], segments: list[Segment], nodes: list[Node]) -> Any | None:
    """The hidden element holding the page's main content, when the page's ``<main>``
    landmark shows almost nothing but it: a page whose menus and footer are shown while
    its main content waits behind a lock screen or for its scripts. The hidden element
    lies inside the landmark and holds at least ``_HIDDEN_PAGE_SHOWN`` characters."""
    best, best_length = None, float(_HIDDEN_PAGE_SHOWN)
    for box in boxes:
        for ancestor in box.iterancestors():
            if ancestor.tag == "main" or (ancestor.get("role") or "").strip().lower() == "main":
                length = float(_shown_length(box))
                if length >= best_length:
                    best, best_length = box, length
                break
    if best is None:
        return None
    start = -1
    for index, node in enumerate(nodes):
        if node.tag == "main" or node.role.strip().lower() == "main":
            start = index
            break
    if start < 0:
        return None
    depth, end = nodes[start].depth, len(nodes)
    for index in range(start + 1, len(nodes)):
        if nodes[index].depth <= depth:
            end = index
            break
    shown = 0
    for seg in segments:
        if start <= seg.node < end:
            shown += len(seg.text)
            if shown >= _HIDDEN_MAIN_SHOWN:
                return None
    return best


def _reveal(root: Any, box: Any) -> Any:
    """A copy of the tree in which ``box`` (inside ``root``) is no longer hidden."""
    steps: list[int] = []
    element = box
    while element is not root:
        parent = element.getparent()
        steps.append(parent.index(element))
        element = parent
    copied = copy.deepcopy(root)
    target = copied
    for step in reversed(steps):
        target = target[step]
    target.attrib.pop("hidden", None)
    target.attrib.pop("style", None)
    return copied


_PANEL_ROLES = frozenset({"tabpanel", "region"})
_PANEL_CLASS = re.compile(r"accordion|collaps|expand|faq|answer|tab-?pane|tab-?panel|tab-?content")
_NOT_PANEL_CLASS = re.compile(
    r"menu|nav|dropdown|modal|popup|popover|dialog|overlay|cookie|consent|cart|search|login|"
    r"sign-?in|newsletter|subscri|tooltip|mobile|banner|toast|notif|alert"
)


def _collapsed_panel(attrib: Any, cls: str | None, known: dict[str, bool | None]) -> bool:
    """Whether a hidden element is a collapsed panel of the page's own content (a tab of a
    tab set, an accordion's or a FAQ's answer): its text is the page's, one click away.
    Screen-reader-only text, menus, dialogs and notices are not panels."""
    verdict: bool | None = None
    if cls:
        if cls in known:
            verdict = known[cls]
        else:
            lowered = cls.lower()
            if not _VISUALLY_HIDDEN.isdisjoint(lowered.split()) or _NOT_PANEL_CLASS.search(lowered):
                verdict = False
            elif _PANEL_CLASS.search(lowered):
                verdict = True
            known[cls] = verdict
    if verdict is not None:
        return verdict
    role = attrib.get("role")
    return bool(role) and role.strip().lower() in _PANEL_ROLES


def _reveal_streamed(root: Any) -> Any:
    """A copy of the tree with each streamed part moved where a browser shows it.

    React's streaming server renderer sends a page's late parts at the end of the body in
    hidden ``<div id="S:n">`` elements; a script then moves each one's children to the
    place of its ``<template id="B:n">`` (a Suspense boundary) or ``"P:n"`` (a segment).
    Without scripts they stay hidden: here they are moved as the script would move them.
    The caller's tree is not changed."""
    root = copy.deepcopy(root)
    places: dict[str, Any] = {}
    for template in root.iter("template"):
        placeholder = template.get("id") or ""
        if placeholder[:2] in _STREAM_PLACEHOLDERS:
            places.setdefault(placeholder[2:], template)
    for part in list(root.iter("div")):
        name = part.get("id") or ""
        if part.get("hidden") is None or name[:2] != "S:":
            continue
        place = places.pop(name[2:], None)
        parent = place.getparent() if place is not None else None
        if parent is None or any(a is part for a in place.iterancestors()):
            continue
        _detach(part)
        at = parent.index(place)
        if part.text and part.text.strip():
            _text_before(place, part.text)
        for offset, child in enumerate(list(part)):
            parent.insert(at + offset, child)
        _detach(place)
    return root


def _text_before(element: Any, text: str) -> None:
    """Add ``text`` where it reads just before ``element``."""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = _settable((previous.tail or "") + text)
    else:
        parent = element.getparent()
        parent.text = _settable((parent.text or "") + text)


def _detach(element: Any) -> None:
    """Remove ``element`` from its parent, its tail text staying in place."""
    if element.tail:
        _text_before(element, element.tail)
        element.tail = None
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


# The compiled walk (cleanpage/_walk.pyx), where built.
_compiled_walk: Any = compiled("_walk")
