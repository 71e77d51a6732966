"""The comment thread, comment by comment.

The rules label the thread's blocks ``comments``; this module groups them into comments.
On HTML a comment is the blocks under one comment element: the nearest list item or
``<article>`` above them, or an element whose class names one comment (``comment``,
``comment-123``). Its author is a short block under an element whose class names the
author (``comment-author``, ``fn``, ``username``...). The thread's own furniture
("Leave a Reply", "3 comments", "Reply") belongs to no comment.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleanpage.article import Block, Comment, Label
from cleanpage.html import Node
from cleanpage.rules.lines import is_date_line

_ONE_COMMENT = regex.compile(r"^(?:comment|reply|post|message)(?:[-_]?\d+)?$")
_AUTHOR_TOKEN = regex.compile(r"author|username|user-name|nickname|\bfn\b|vcard|commenter")
_FURNITURE = regex.compile(
    r"^(?:reply|replies|antworten|répondre|responder|rispondi|report|share|like|"
    r"\d+\s+likes?|edit|quote|permalink|flag)\W*$",
    regex.IGNORECASE,
)
_AUTHOR_WORDS = 6
_MENU_WORDS = 3
_SENTENCE_WORDS = 12
_SENTENCE_END = regex.compile(r"[.!?…][\"”’')\]]*\s*$")
# A dump's comment header: "Anna says:", "Bob on May 3, 2019 at 4:47 pm said:".
_SAYS = regex.compile(
    r"^\s*(?P<name>[^\n]{1,60}?)(?:\s+(?:on|am|le|el)\s+[^\n]{1,40}?)?\s+"
    r"(?:says|said|wrote|schreibt|schrieb|sagt|dit|a écrit|dice|dijo|escribió)\s*:\s*$",
    regex.IGNORECASE,
)
_META_TOKEN = regex.compile(r"meta|date|time|published")
_CONTAINERS = frozenset({"li", "article"})
_CLIMB = 12


def _container(node_index: int, nodes: Sequence[Node]) -> int:
    """The element that holds one comment: climb to the nearest list item, ``<article>``
    or element named after one comment."""
    i, steps = node_index, 0
    while i >= 0 and steps < _CLIMB:
        node = nodes[i]
        if node.tag in _CONTAINERS or any(_ONE_COMMENT.match(t) for t in node.own_tokens):
            return i
        i, steps = node.parent, steps + 1
    return nodes[node_index].parent if node_index >= 0 else -1


def _is_author(block: Block, own_tokens: tuple[str, ...]) -> bool:
    return block.words <= _AUTHOR_WORDS and any(_AUTHOR_TOKEN.search(t) for t in own_tokens)


def group_comments(
    blocks: Sequence[Block],
    rules: Sequence[str],
    nodes: Sequence[Node] = (),
    block_nodes: Sequence[int] = (),
) -> tuple[Comment, ...]:
    """Group the blocks labelled ``comments`` into comments (author, text)."""
    thread = [
        i
        for i, b in enumerate(blocks)
        if b.label is Label.COMMENTS and rules[i] != "comment-form" and not _FURNITURE.match(b.text)
    ]
    if not thread:
        return ()
    groups: list[list[int]] = []
    if nodes:
        last_key: int | None = None
        for i in thread:
            key = _container(block_nodes[i], nodes)
            if groups and key == last_key:
                groups[-1].append(i)
            else:
                groups.append([i])
            last_key = key
    else:
        # Text dumps: a comment is its header lines (name, date, "Anna says:") and the
        # paragraphs under them; a header line after a paragraph opens the next comment.
        for i in thread:
            if groups and not (_header_line(blocks[i]) and _has_paragraph(blocks, groups[-1])):
                groups[-1].append(i)
            else:
                groups.append([i])
    comments = []
    for group in groups:
        author: str | None = None
        parts: list[str] = []
        for i in group:
            block = blocks[i]
            own = _own_tokens(i, nodes, block_nodes)
            says = None if nodes or parts else _SAYS.match(block.text)
            if says is not None and author is None:
                author = says.group("name")
            elif not nodes and not parts and is_date_line(block):
                pass  # a dump's date line, above the comment's text
            elif (
                not parts
                and author is None
                and (_is_author(block, own) or _name_line(block, group))
            ):
                author = block.text
            elif block.words <= 2 * _AUTHOR_WORDS and any(_META_TOKEN.search(t) for t in own):
                pass  # the comment's date line
            else:
                parts.append(block.text)
        if not nodes:
            # A dump's comments section may run on into menus and headlines: a comment
            # says something in a sentence, and its label-sized lines are not its text.
            parts = [p for p in parts if len(p.split()) > _MENU_WORDS or _sentence(p)]
            if not any(_sentence(p) for p in parts):
                continue
        if parts:
            comments.append(Comment(author, "\n\n".join(parts), tuple(group)))
    return tuple(comments)


def _sentence(text: str) -> bool:
    return len(text.split()) >= _SENTENCE_WORDS or _SENTENCE_END.search(text) is not None


def _own_tokens(i: int, nodes: Sequence[Node], block_nodes: Sequence[int]) -> tuple[str, ...]:
    """Class/id tokens of the block's element and its two nearest ancestors."""
    if not nodes:
        return ()
    out: list[str] = []
    n, steps = block_nodes[i], 0
    while n >= 0 and steps < 3:
        out.extend(nodes[n].own_tokens)
        n, steps = nodes[n].parent, steps + 1
    return tuple(out)


def _header_line(block: Block) -> bool:
    """A line of a comment's header in a text dump: a name, a date, "Anna says:"."""
    return block.words <= _AUTHOR_WORDS or _SAYS.match(block.text) is not None


def _has_paragraph(blocks: Sequence[Block], group: list[int]) -> bool:
    return any(not _header_line(blocks[j]) for j in group)


def _name_line(block: Block, group: list[int]) -> bool:
    """A comment's first line that reads like a name: a few capitalised words, nothing
    after it that ends a sentence, and more of the comment to follow."""
    if len(group) < 2 or block.words > 4 or block.text.rstrip()[-1:] in ".!?:":
        return False
    words = block.text.split()
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)
