"""Helpers the tests share for reading an Article: paragraphs, finding a block, explaining."""

from __future__ import annotations

from cleanpage import Article, Block


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (split on blank lines), each with its white space collapsed."""
    out = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        collapsed = " ".join(chunk.split())
        if collapsed:
            out.append(collapsed)
    return out


def find_block(article: Article, snippet: str) -> Block:
    """The block whose text is ``snippet``, else the first that contains it (white space
    collapsed on both sides)."""
    wanted = " ".join(snippet.split())
    texts = [(" ".join(b.text.split()), b) for b in article.blocks]
    for text, block in texts:
        if text == wanted:
            return block
    for text, block in texts:
        if wanted in text:
            return block
    raise AssertionError(f"no block contains {snippet!r} in {[b.text for b in article.blocks]}")


def explain(article: Article) -> str:
    """Every block with its label, rule and reason, for assertion messages."""
    return "\n".join(
        f"  {b.index:3} {b.label.value:13} {b.rule:18} {b.text[:50]!r} ({b.reason})"
        for b in article.blocks
    )
