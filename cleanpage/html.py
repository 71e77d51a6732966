"""The HTML front door: parse with lxml, then cut the tree into blocks in one walk.

The walk keeps, for every block-level element it enters, a small record of its DOM context
(tag, class/id tokens, landmark, parent). Blocks point at the record that owns their text,
so the rules can reason about regions of the tree without walking it again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from cleanpage.article import Kind

# Elements whose content is never visible text.
SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "template",
        "svg",
        "math",
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
_BR = "\x00"
_LINK_OPEN = "\x01"
_LINK_CLOSE = "\x02"


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
    element: Any = None


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


@dataclass(slots=True)
class Segmentation:
    segments: list[Segment] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)


class ParseError(ValueError):
    """lxml could not make a tree of the page at all."""


def parse(text: str) -> Any:
    """Parse HTML text into an lxml root element, or None when the page is empty.

    The parser never loads DTDs or external entities, never touches the network, and
    recovers from broken markup. Text is handed to libxml2 as UTF-8 bytes so that lone
    surrogates and NUL characters cannot stop it.
    """
    data = text.replace("\x00", "").encode("utf-8", "replace")
    if not data.strip():
        return None
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
    return root


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


def _tokens(element: Any) -> tuple[str, ...]:
    attrib = element.attrib
    cls = attrib.get("class")
    ident = attrib.get("id")
    if not cls and not ident:
        return ()
    joined = f"{cls or ''} {ident or ''}".lower()
    return tuple(t for t in joined.split() if len(t) <= _MAX_TOKEN_LENGTH)


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
    return bool(cls) and not _VISUALLY_HIDDEN.isdisjoint(cls.lower().split())


def _is_data_table(element: Any) -> bool:
    cells = 0
    for child in element.iterdescendants():
        tag = child.tag
        if tag in _TABLE_BLOCKERS:
            return False
        if tag == "td" or tag == "th":
            cells += 1
    return cells >= 2


def _clean_line(piece: str) -> tuple[str, int]:
    """Collapse white space; return the text and how many of its characters are link text."""
    if _LINK_OPEN not in piece:
        return " ".join(piece.replace(_LINK_CLOSE, "").split()), 0
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


class _Walker:
    """One walk over the tree. Keeps a text buffer for the innermost open block."""

    def __init__(self) -> None:
        self.result = Segmentation()
        self.buf: list[str] = []
        self.stack: list[int] = []
        self.link_depth = 0
        self.pre_depth = 0
        self.table_node = -1
        self.rows: list[tuple[str, ...]] = []
        self.row: list[str] = []
        self.table_link_chars = 0

    # -- nodes -----------------------------------------------------------------------
    def push(self, tag: str, element: Any, own_tokens: tuple[str, ...]) -> None:
        nodes = self.result.nodes
        if self.stack:
            parent_index = self.stack[-1]
            parent = nodes[parent_index]
            depth = parent.depth + 1
            tokens = parent.tokens
            if own_tokens and len(tokens) < _MAX_TOKENS:
                tokens = tokens.union(own_tokens)
            path = parent.path + "/" + tag if depth < _MAX_PATH_PARTS else parent.path
            landmark = parent.landmark
            parent_kind = parent.kind
            list_depth = parent.list_depth
        else:
            parent_index, depth, tokens, path = -1, 0, frozenset(own_tokens), tag
            landmark, parent_kind, list_depth = "", Kind.PARAGRAPH, 0
        role = element.get("role")
        own_landmark = _LANDMARK_TAGS.get(tag) or (
            LANDMARK_ROLES.get(role.strip().lower()) if role else None
        )
        if own_landmark:
            landmark = own_landmark
        if tag in _HEADING_LEVEL:
            kind = Kind.HEADING
        elif tag in _OWN_KIND:
            kind = _OWN_KIND[tag]
        elif parent_kind in _INHERITED_KINDS:
            kind = parent_kind
        else:
            kind = Kind.PARAGRAPH
        if tag in _LIST_TAGS:
            list_depth += 1
        nodes.append(
            Node(
                tag=tag,
                parent=parent_index,
                depth=depth,
                own_tokens=own_tokens,
                tokens=tokens,
                path=path,
                landmark=landmark,
                kind=kind,
                list_depth=list_depth,
                element=element,
            )
        )
        self.stack.append(len(nodes) - 1)

    # -- text ------------------------------------------------------------------------
    def add(self, text: str | None) -> None:
        if text:
            if self.link_depth:
                self.buf.append(_LINK_OPEN + text + _LINK_CLOSE)
            else:
                self.buf.append(text)

    def flush(self) -> None:
        if not self.buf or not self.stack:
            self.buf.clear()
            return
        raw = "".join(self.buf)
        self.buf.clear()
        node_index = self.stack[-1]
        node = self.result.nodes[node_index]
        level = _HEADING_LEVEL.get(node.tag, 0)
        if node.kind is Kind.LIST_ITEM:
            level = node.list_depth
        if self.pre_depth:
            text = raw.replace(_BR, "\n").replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")
            text = text.strip("\n").rstrip()
            if text.strip():
                self.result.segments.append(Segment(text, Kind.CODE, node_index, level))
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
                self._emit(lines, link_chars, node, node_index, level)
                lines, link_chars = [], 0
        if lines:
            self._emit(lines, link_chars, node, node_index, level)

    def _emit(
        self, lines: list[str], link_chars: int, node: Node, node_index: int, level: int
    ) -> None:
        text = "\n".join(lines)
        self.result.segments.append(Segment(text, node.kind, node_index, level, link_chars))

    # -- tables ----------------------------------------------------------------------
    def end_cell(self) -> None:
        raw = "".join(self.buf)
        self.buf.clear()
        cell, linked = _clean_line(raw.replace(_BR, " "))
        self.table_link_chars += linked
        self.row.append(cell)

    def end_row(self) -> None:
        if self.buf:
            self.end_cell()
        if any(self.row):
            self.rows.append(tuple(self.row))
        self.row = []

    def end_table(self) -> None:
        self.end_row()
        rows = tuple(self.rows)
        if rows:
            text = "\n".join(" | ".join(c for c in r if c) for r in rows)
            self.result.segments.append(
                Segment(text, Kind.TABLE, self.table_node, 0, self.table_link_chars, rows)
            )
        self.rows, self.row, self.table_link_chars, self.table_node = [], [], 0, -1


def segment(root: Any) -> Segmentation:
    """Cut a parsed page into blocks in reading order, in a single walk of the tree."""
    walker = _Walker()
    if root is None:
        return walker.result
    body = root.find("body")
    start = body if body is not None else root
    walk = etree.iterwalk(start, events=("start", "end"))
    skipped: Any = None
    table_element: Any = None
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):
            # Comments and processing instructions: only their tail is text.
            if event == "end":
                walker.add(element.tail)
            continue
        if event == "start":
            if tag in SKIPPED_TAGS or _is_hidden(element):
                walk.skip_subtree()
                skipped = element
                continue
            if table_element is not None:
                if tag == "tr":
                    walker.end_row()
                elif tag == "td" or tag == "th":
                    if walker.buf:
                        walker.end_cell()
                elif tag == "br":
                    walker.buf.append(" ")
                elif tag == "a":
                    walker.link_depth += 1
                walker.add(element.text)
                continue
            if tag in BLOCK_TAGS:
                walker.flush()
                walker.push(tag, element, _tokens(element))
                if tag == "pre" or tag == "xmp" or tag == "listing" or tag == "plaintext":
                    walker.pre_depth += 1
                elif tag == "table" and _is_data_table(element):
                    table_element = element
                    walker.table_node = walker.stack[-1]
            elif tag == "br":
                walker.buf.append(_BR)
            elif tag == "a":
                walker.link_depth += 1
            walker.add(element.text)
        else:
            if element is skipped:
                skipped = None
                walker.add(element.tail)
                continue
            if table_element is not None:
                if element is table_element:
                    walker.end_table()
                    table_element = None
                    walker.stack.pop()
                elif tag == "td" or tag == "th":
                    walker.end_cell()
                elif tag == "a":
                    walker.link_depth -= 1
                walker.add(element.tail)
                continue
            if tag in BLOCK_TAGS:
                walker.flush()
                walker.stack.pop()
                if tag == "pre" or tag == "xmp" or tag == "listing" or tag == "plaintext":
                    walker.pre_depth -= 1
            elif tag == "a":
                walker.link_depth -= 1
            walker.add(element.tail)
    walker.flush()
    return walker.result
