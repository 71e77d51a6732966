"""Render an Article's title and body as Markdown or as clean HTML.

Inline links, emphasis and code come from each block's ``spans``; the body's images are
placed before the block they belong to or precede.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from cleanpage.article import Block, Image, Kind, Label, Span, Style
from cleanpage.html import cell_offsets

if TYPE_CHECKING:
    from cleanpage.article import Article

# Characters that would start inline markup, escaped anywhere in plain text.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<])")
# What would start a block construct at the start of a line: a heading, a quote, a list
# item, a thematic break or setext underline.
_LINE_SPECIAL = re.compile(r"^([ \t]*)(>|(?:#{1,6}|\+|-+|=+|\d{1,9}[.)])(?=[ \t]|$))", re.MULTILINE)
_URL_UNSAFE = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})


def _escape_line_start(m: re.Match[str]) -> str:
    lead, mark = m.group(1), m.group(2)
    if mark[0].isdigit():  # "1." or "1)": escape the dot or the parenthesis
        return lead + mark[:-1] + "\\" + mark[-1]
    return lead + "\\" + mark


def _url(href: str) -> str:
    return href.translate(_URL_UNSAFE)


def _nested(spans: Iterable[Span], length: int) -> list[Span]:
    """The spans that nest properly (as the tree they came from did), outer first."""
    kept: list[Span] = []
    stack: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not 0 <= span.start < span.end <= length:
            continue
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and (
            span.end > stack[-1].end
            or any(s.style is span.style or s.style is Style.CODE for s in stack)
        ):
            continue
        kept.append(span)
        stack.append(span)
    return kept


def _render_inline(
    text: str,
    spans: tuple[Span, ...],
    plain: Callable[[str], str],
    opening: Callable[[Span], str],
    closing: Callable[[Span], str],
    code: Callable[[str], str],
) -> str:
    if not spans:
        return plain(text)
    kept = _nested(spans, len(text))
    # Boundaries in order: at one position, inner spans close before outer ones, then
    # outer spans open before inner ones.
    events: list[tuple[int, int, int, Span]] = []
    for n, span in enumerate(kept):
        events.append((span.start, 1, n, span))
        events.append((span.end, 0, -n, span))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: list[str] = []
    pos = 0
    in_code: Span | None = None
    for at, is_open, _, span in events:
        if in_code is not None:
            if span is in_code and not is_open:
                out.append(code(text[in_code.start : in_code.end]))
                in_code = None
                pos = at
            continue
        if at > pos:
            out.append(plain(text[pos:at]))
            pos = at
        if span.style is Style.CODE:
            in_code = span
        elif is_open:
            out.append(opening(span))
        else:
            out.append(closing(span))
    if pos < len(text):
        out.append(plain(text[pos:]))
    return "".join(out)


# --- Markdown -----------------------------------------------------------------------------
_MD_OPEN = {Style.LINK: "[", Style.EMPHASIS: "*", Style.STRONG: "**"}


def _md_open(span: Span) -> str:
    return _MD_OPEN[span.style]


def _md_close(span: Span) -> str:
    if span.style is Style.LINK:
        return f"]({_url(span.href or '')})"
    return _MD_OPEN[span.style]


def _md_code(content: str) -> str:
    runs = [len(r) for r in re.findall("`+", content)]
    fence = "`" * (max(runs) + 1 if runs else 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return f"{fence}{pad}{content}{pad}{fence}"


def _md_plain(text: str) -> str:
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _cells(
    block: Block,
    plain: Callable[[str], str],
    opening: Callable[[Span], str],
    closing: Callable[[Span], str],
    code: Callable[[str], str],
) -> dict[tuple[int, int], str]:
    """The cells of a table block that hold spans, rendered: (row, column) -> text."""
    if not block.spans:
        return {}
    rendered = {}
    for (r, c), start in cell_offsets(block.rows).items():
        end = start + len(block.rows[r][c])
        inside = tuple(
            Span(sp.start - start, sp.end - start, sp.style, sp.href)
            for sp in block.spans
            if start <= sp.start and sp.end <= end
        )
        if inside:
            text = block.rows[r][c]
            rendered[(r, c)] = _render_inline(text, inside, plain, opening, closing, code)
    return rendered


def _markdown_inline(block: Block) -> str:
    rendered = _render_inline(block.text, block.spans, _md_plain, _md_open, _md_close, _md_code)
    # Markup that would start a block at the start of a line stays text.
    return _LINE_SPECIAL.sub(_escape_line_start, rendered)


_LIST_CONTAINERS = frozenset({"ol", "ul", "menu", "dir", "dl"})


def _ordered(block: Block) -> bool:
    """Whether a list item's nearest list (by its tag path) is an ``<ol>``."""
    for tag in reversed(block.tag_path.split("/")):
        if tag in _LIST_CONTAINERS:
            return tag == "ol"
    return False


def _markdown_block(block: Block, number: int = 0) -> str:
    """``number``: the item's number in an ordered list (0: a bulleted item)."""
    kind = block.kind
    if kind is Kind.CODE:
        text = block.text
        fence = "````" if "```" in text else "```"
        return f"{fence}\n{text}\n{fence}"
    if kind is Kind.TABLE and block.rows:
        width = max(len(r) for r in block.rows)
        cells = _cells(block, _md_plain, _md_open, _md_close, _md_code)
        rows = [
            [cells.get((r, c)) or _md_plain(text) for c, text in enumerate(row)]
            + [""] * (width - len(row))
            for r, row in enumerate(block.rows)
        ]

        def cell(c: str) -> str:
            return c.replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(cell(c) for c in rows[0]) + " |"]
        lines.append("|" + "---|" * width)
        lines.extend("| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:])
        return "\n".join(lines)
    text = _markdown_inline(block)
    if kind is Kind.HEADING:
        return "#" * max(1, min(6, block.level or 2)) + " " + " ".join(text.split())
    if kind is Kind.LIST_ITEM:
        indent = "  " * max(0, block.level - 1)
        marker = f"{number}. " if number else "- "
        return "\n".join(
            (indent + marker + line) if n == 0 else (indent + " " * len(marker) + line)
            for n, line in enumerate(text.split("\n"))
        )
    if kind is Kind.QUOTE:
        return "\n".join("> " + line for line in text.split("\n"))
    if kind is Kind.CAPTION:
        return f"*{text}*"
    return text.replace("\n", "  \n")


def _markdown_image(image: Image) -> str:
    alt = _md_plain(image.alt).replace("\n", " ")
    return f"![{alt}]({_url(image.src)})"


def _images_by_block(article: Article) -> dict[int, list[Image]]:
    placed: dict[int, list[Image]] = {}
    for image in article.images:
        placed.setdefault(image.block, []).append(image)
    return placed


def to_markdown(article: Article) -> str:
    parts = []
    if article.title:
        parts.append("# " + _md_plain(article.title))
    images = _images_by_block(article)
    previous: Block | None = None
    # The numbers of the ordered lists open at each nesting level of the current list.
    numbers: dict[int, int] = {}
    for block in article.blocks:
        if images:
            for image in images.pop(block.index, ()):
                parts.append(_markdown_image(image))
                previous = None
        if block.label is not Label.BODY:
            continue
        # Consecutive list items form one list.
        continued = (
            previous is not None
            and previous.kind is Kind.LIST_ITEM
            and block.kind is Kind.LIST_ITEM
        )
        number = 0
        if block.kind is Kind.LIST_ITEM:
            if not continued:
                numbers.clear()
            level = block.level
            for deeper in [n for n in numbers if n > level]:
                del numbers[deeper]  # a nested list ended
            if _ordered(block):
                number = numbers[level] = numbers.get(level, 0) + 1
            else:
                numbers.pop(level, None)
        rendered = _markdown_block(block, number)
        if continued:
            parts[-1] += "\n" + rendered
        else:
            parts.append(rendered)
        previous = block
    for rest in images.values():
        parts.extend(_markdown_image(image) for image in rest)
    return "\n\n".join(parts) + ("\n" if parts else "")


# --- HTML ---------------------------------------------------------------------------------
_TAGS = {
    Kind.PARAGRAPH: "p",
    Kind.QUOTE: "blockquote",
    Kind.CAPTION: "figcaption",
    Kind.CODE: "pre",
}
_HTML_TAG = {Style.EMPHASIS: "em", Style.STRONG: "strong"}


def _html_open(span: Span) -> str:
    if span.style is Style.LINK:
        return f'<a href="{html.escape(span.href or "")}">'
    return f"<{_HTML_TAG[span.style]}>"


def _html_close(span: Span) -> str:
    return "</a>" if span.style is Style.LINK else f"</{_HTML_TAG[span.style]}>"


def _html_code(content: str) -> str:
    return f"<code>{html.escape(content)}</code>"


def _html_inline(block: Block) -> str:
    rendered = _render_inline(
        block.text, block.spans, html.escape, _html_open, _html_close, _html_code
    )
    return rendered.replace("\n", "<br>")


def _html_image(image: Image) -> str:
    return f'<img src="{html.escape(image.src)}" alt="{html.escape(image.alt)}">'


def to_html(article: Article) -> str:
    out = ["<!DOCTYPE html>", "<html>", '<head><meta charset="utf-8">']
    if article.title:
        out.append(f"<title>{html.escape(article.title)}</title>")
    out.append("</head>")
    out.append("<body><article>")
    if article.title:
        out.append(f"<h1>{html.escape(article.title)}</h1>")
    images = _images_by_block(article)
    in_list = ""  # the open list's tag: "ul", "ol" or none
    for block in article.blocks:
        pictures = images.pop(block.index, ()) if images else ()
        if pictures and in_list:
            out.append(f"</{in_list}>")
            in_list = ""
        out.extend(_html_image(image) for image in pictures)
        if block.label is not Label.BODY:
            continue
        wanted = ("ol" if _ordered(block) else "ul") if block.kind is Kind.LIST_ITEM else ""
        if in_list and wanted != in_list:
            out.append(f"</{in_list}>")
            in_list = ""
        if wanted and not in_list:
            out.append(f"<{wanted}>")
            in_list = wanted
        if block.kind is Kind.HEADING:
            level = max(2, min(6, block.level or 2))
            out.append(f"<h{level}>{_html_inline(block)}</h{level}>")
        elif block.kind is Kind.LIST_ITEM:
            out.append(f"<li>{_html_inline(block)}</li>")
        elif block.kind is Kind.TABLE and block.rows:
            cells = _cells(block, html.escape, _html_open, _html_close, _html_code)
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td>{cells.get((n, k)) or html.escape(c)}</td>" for k, c in enumerate(r)
                )
                + "</tr>"
                for n, r in enumerate(block.rows)
            )
            out.append(f"<table>{rows}</table>")
        elif block.kind is Kind.CODE:
            out.append(f"<pre>{html.escape(block.text)}</pre>")
        else:
            out.append(f"<{_TAGS[block.kind]}>{_html_inline(block)}</{_TAGS[block.kind]}>")
    if in_list:
        out.append(f"</{in_list}>")
    for rest in images.values():
        out.extend(_html_image(image) for image in rest)
    out.append("</article></body></html>")
    return "\n".join(out)
