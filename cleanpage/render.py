"""Render an Article's title and body as Markdown or as clean HTML."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from cleanpage.article import Block, Kind, Label

if TYPE_CHECKING:
    from cleanpage.article import Article


def _markdown_block(block: Block) -> str:
    text = block.text
    if block.kind is Kind.HEADING:
        return "#" * max(1, min(6, block.level or 2)) + " " + " ".join(text.split())
    if block.kind is Kind.LIST_ITEM:
        indent = "  " * max(0, block.level - 1)
        return "\n".join(
            (indent + "- " + line) if n == 0 else (indent + "  " + line)
            for n, line in enumerate(text.split("\n"))
        )
    if block.kind is Kind.CODE:
        fence = "````" if "```" in text else "```"
        return f"{fence}\n{text}\n{fence}"
    if block.kind is Kind.QUOTE:
        return "\n".join("> " + line for line in text.split("\n"))
    if block.kind is Kind.CAPTION:
        return f"*{text}*"
    if block.kind is Kind.TABLE and block.rows:
        width = max(len(r) for r in block.rows)
        rows = [list(r) + [""] * (width - len(r)) for r in block.rows]

        def cell(c: str) -> str:
            return c.replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(cell(c) for c in rows[0]) + " |"]
        lines.append("|" + "---|" * width)
        lines.extend("| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:])
        return "\n".join(lines)
    return text.replace("\n", "  \n")


def to_markdown(article: Article) -> str:
    parts = []
    if article.title:
        parts.append("# " + article.title)
    previous: Block | None = None
    for block in article.blocks:
        if block.label is not Label.BODY:
            continue
        rendered = _markdown_block(block)
        # Consecutive list items form one list.
        if (
            previous is not None
            and previous.kind is Kind.LIST_ITEM
            and block.kind is Kind.LIST_ITEM
        ):
            parts[-1] += "\n" + rendered
        else:
            parts.append(rendered)
        previous = block
    return "\n\n".join(parts) + ("\n" if parts else "")


_TAGS = {
    Kind.PARAGRAPH: "p",
    Kind.QUOTE: "blockquote",
    Kind.CAPTION: "figcaption",
    Kind.CODE: "pre",
}


def to_html(article: Article) -> str:
    out = ["<!DOCTYPE html>", "<html>", '<head><meta charset="utf-8">']
    if article.title:
        out.append(f"<title>{html.escape(article.title)}</title>")
    out.append("</head>")
    out.append("<body><article>")
    if article.title:
        out.append(f"<h1>{html.escape(article.title)}</h1>")
    in_list = False
    for block in article.blocks:
        if block.label is not Label.BODY:
            continue
        if block.kind is Kind.LIST_ITEM and not in_list:
            out.append("<ul>")
            in_list = True
        elif block.kind is not Kind.LIST_ITEM and in_list:
            out.append("</ul>")
            in_list = False
        text = html.escape(block.text).replace("\n", "<br>")
        if block.kind is Kind.HEADING:
            level = max(2, min(6, block.level or 2))
            out.append(f"<h{level}>{text}</h{level}>")
        elif block.kind is Kind.LIST_ITEM:
            out.append(f"<li>{text}</li>")
        elif block.kind is Kind.TABLE and block.rows:
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                for r in block.rows
            )
            out.append(f"<table>{rows}</table>")
        elif block.kind is Kind.CODE:
            out.append(f"<pre>{html.escape(block.text)}</pre>")
        else:
            out.append(f"<{_TAGS[block.kind]}>{text}</{_TAGS[block.kind]}>")
    if in_list:
        out.append("</ul>")
    out.append("</article></body></html>")
    return "\n".join(out)
