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
    role: str = ""
    """The element's ARIA role attribute, as written (the tree itself is not kept)."""


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

    def end_cell(self, buf: list[str]) -> None:
        raw = "".join(buf)
        buf.clear()
        cell, linked = _clean_line(raw.replace(_BR, " "))
        self.link_chars += linked
        self.row.append(cell)

    def end_row(self, buf: list[str]) -> None:
        if buf:
            self.end_cell(buf)
        if any(self.row):
            self.rows.append(tuple(self.row))
        self.row = []

    def end(self, buf: list[str], segments: list[Segment]) -> None:
        self.end_row(buf)
        rows = tuple(self.rows)
        if rows:
            text = "\n".join(" | ".join(c for c in r if c) for r in rows)
            segments.append(Segment(text, Kind.TABLE, self.node, 0, self.link_chars, rows))


_TAG_KIND: dict[str, Kind] = {**{h: Kind.HEADING for h in _HEADING_LEVEL}, **_OWN_KIND}
_PRE_TAGS = frozenset({"pre", "xmp", "listing", "plaintext"})


def segment(root: Any) -> Segmentation:
    """Cut a parsed page into blocks in reading order, in a single walk of the tree.

    The loop runs once per start and end of every element, so it keeps its state in local
    variables; block elements that share a parent's context share its path and tokens.
    """
    result = Segmentation()
    if root is None:
        return result
    nodes = result.nodes
    segments = result.segments
    body = root.find("body")
    start = body if body is not None else root
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
    block_tags, skipped_tags = BLOCK_TAGS, SKIPPED_TAGS
    walk = etree.iterwalk(start, events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):
            # Comments and processing instructions: only their tail is text.
            if event == "end":
                text = element.tail
                if text:
                    add(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
            continue
        if event == "start":
            if tag in skipped_tags:
                walk.skip_subtree()
                skipped = element
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
                    or (cls and not _VISUALLY_HIDDEN.isdisjoint(cls.lower().split()))
                ):
                    walk.skip_subtree()
                    skipped = element
                    continue
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
            elif tag in block_tags:
                if buf:
                    raw = "".join(buf)
                    buf.clear()
                    if stack:
                        index = stack[-1]
                        _flush(raw, index, nodes[index], pre_depth > 0, segments)
                # The block's DOM context (Node), from its parent's.
                ident = attrib.get("id") if attrib else None
                if cls or ident:
                    key = (cls, ident)
                    own_tokens = own_cache.get(key)
                    if own_tokens is None:
                        joined = f"{cls or ''} {ident or ''}".lower()
                        own_tokens = tuple(t for t in joined.split() if len(t) <= _MAX_TOKEN_LENGTH)
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
                link_depth += 1
            text = element.text
            if text:
                add(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
            continue
        # event == "end"
        if element is skipped:
            skipped = None
        elif table is not None:
            if element is table.element:
                table.end(buf, segments)
                table = None
                stack.pop()
            elif tag == "td" or tag == "th":
                table.end_cell(buf)
            elif tag == "a":
                link_depth -= 1
        elif tag in block_tags:
            if buf:
                raw = "".join(buf)
                buf.clear()
                index = stack[-1]
                _flush(raw, index, nodes[index], pre_depth > 0, segments)
            stack.pop()
            if tag in _PRE_TAGS:
                pre_depth -= 1
        elif tag == "a":
            link_depth -= 1
        text = element.tail
        if text:
            add(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
    if buf and stack:
        index = stack[-1]
        _flush("".join(buf), index, nodes[index], pre_depth > 0, segments)
    return result
