"""Structure rules: what the markup says a region is.

Landmarks (``<nav>``, ``<aside>``, ``<footer>``, ``<header>`` and their ARIA roles) and
class/id names (``share``, ``related-posts``, ``comments``, ``cookie-banner``...) mark whole
regions. Only elements off the path to the content root count: the wrapper that holds the
article is content, whatever its class names say; the same goes for any element that
holds a large share of the page's prose.
"""

from __future__ import annotations

from cleanpage.article import Kind, Label
from cleanpage.rules.base import Page, Rule
from cleanpage.rules.density import Quality, density
from cleanpage.rules.markup import Mark, own_marks
from cleanpage.rules.region import (
    CONTENT_GUARD,
    Region,
    main_node,
    menu_named_prose,
    region,
    replies_are_content,
    subtree_end,
)

# A thread of posts: at least this many comment-marked elements hold the content root's
# prose, the root's prose outside them is at most this share of theirs, and the page's
# prose above them (an article they comment on) at most this share.
THREAD_MIN_POSTS = 2
THREAD_OTHER_SHARE = 0.25
THREAD_ABOVE_SHARE = 0.1
# Regions that, however much prose they hold, are not the article when another element's
# paragraphs clearly hold it.
_BESIDE_THE_ARTICLE = frozenset({Label.COMMENTS, Label.SIDEBAR})


def _marks(page: Page) -> list[Mark | None]:
    """Per node: the nearest marked region around it, off the path to the content root."""
    marks, content = _walk_marks(page, set())
    if content:
        panels = _content_panels(page, content)
        if panels:
            marks, _ = _walk_marks(page, panels)
    if replies_are_content(page) or _thread_of_posts(page, region(page), marks):
        r = region(page)
        for i, mark in enumerate(marks):
            if mark is not None and mark.label is Label.COMMENTS and r.inside[i]:
                marks[i] = None
    return marks


def _walk_marks(page: Page, panels: set[int]) -> tuple[list[Mark | None], set[Mark]]:
    """The nearest mark per node, the nodes in ``panels`` unmarked; and the sidebar marks
    of elements that hold much of the page's prose (so the content's own)."""
    nodes = page.nodes
    r = region(page)
    guard = CONTENT_GUARD * r.prose_total
    own = own_marks(page)
    marks: list[Mark | None] = [None] * len(nodes)
    content: set[Mark] = set()
    has_main = any(r.on_main_path)
    for i, node in enumerate(nodes):
        if r.on_root_path[i]:
            continue
        inherited = marks[node.parent] if node.parent >= 0 else None
        guarded = r.prose_total > 0 and r.prose[i] >= guard
        mark = own[i]
        if mark is not None and menu_named_prose(node, mark.label, r.prose[i], r.prose_total):
            guarded = True
        if (
            guarded
            and has_main
            and not r.on_main_path[i]
            and mark
            and mark.label in _BESIDE_THE_ARTICLE
        ):
            # Much prose, but not the element whose paragraphs hold the article's: a long
            # comment thread beside a short post, a live feed in a sidebar beside a report.
            guarded = False
        if guarded and node.tag == "footer" and mark is not None and mark.label is Label.FOOTER:
            # A <footer> element off the path to the content root is the page's (or a
            # section's) footer however much fine print it holds: footnotes, disclaimers.
            guarded = False
        if guarded and mark is not None and mark.label is Label.SIDEBAR:
            content.add(mark)
        mine = None if guarded or i in panels else mark
        if (
            mine is not None
            and node.tag == "aside"
            and has_main
            and mine.label is Label.SIDEBAR
            and r.prose[i] > 0
            and node.parent == main_node(page)
            and _note_in_text(page, i, node.parent)
        ):
            mine = None
        if mine is not None and r.on_main_path[i] and mine.label is Label.BOILERPLATE:
            mine = None
        marks[i] = mine or inherited
    return marks, content


def _content_panels(page: Page, content: set[Mark]) -> set[int]:
    """The elements inside the content root that bear the same sidebar mark as one that
    holds much of the page's prose: a page builder's panels ("so-panel widget"), the
    sections of one text, of which the longest was kept as content. A panel that opens
    with a linked headline (maybe under a label) is a teaser of another page (a news slot
    beside the story)."""
    nodes, r, own = page.nodes, region(page), own_marks(page)
    found = {i for i, mark in enumerate(own) if mark in content and r.inside[i]}
    if not found:
        return found
    opening: dict[int, list[int]] = {}
    for b, n in enumerate(page.block_nodes):
        while n >= 0:
            first = opening.setdefault(n, [])
            if len(first) >= PANEL_OPENING_BLOCKS:
                break
            first.append(b)
            n = nodes[n].parent
    blocks = page.blocks
    return {
        i
        for i in found
        if i in opening
        and not any(
            blocks[b].link_share > PANEL_LINKED_OPENING and blocks[b].kind in _HEADLINE_KINDS
            for b in opening[i]
        )
    }


PANEL_OPENING_BLOCKS = 3
"""A panel's headline is among its first blocks (under a label or a date)."""
PANEL_LINKED_OPENING = 0.5
"""A panel whose first block is a heading or paragraph with more than this share of its
text in links opens with a linked headline."""
_HEADLINE_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH})


def _thread_of_posts(page: Page, r: Region, marks: list[Mark | None]) -> bool:
    """Whether the content root is a thread of posts (a forum topic, a discussion page):
    its prose opens inside a comment-marked element, with no article above (in the root
    or before it), and such elements, two or more, hold nearly all of it. Those posts are
    the page's content."""
    quality = density(page).raw
    posts: set[int] = set()
    in_posts = other = above = 0
    opened = False
    for i, node in enumerate(page.block_nodes):
        if quality[i] is not Quality.GOOD:
            continue
        mark = marks[node]
        words = page.blocks[i].words
        if not r.inside[node]:
            if not opened and mark is None:
                above += words
            continue
        if mark is not None and mark.label is Label.COMMENTS:
            opened = True
            posts.add(id(mark))
            in_posts += words
        elif not opened:
            return False
        else:
            other += words
    return (
        len(posts) >= THREAD_MIN_POSTS
        and other <= THREAD_OTHER_SHARE * in_posts
        and above <= THREAD_ABOVE_SHARE * in_posts
    )


NOTE_WORDS = 40
"""A note set in an article's text (an <aside> among its paragraphs) holds this many
words at least: a pull quote repeats a sentence of the text."""
NOTE_LINKED = 0.25
"""At most this share of a note's words are links (its heading's permalink); teasers of
other stories are mostly their linked headlines."""


def _note_in_text(page: Page, aside: int, main: int) -> bool:
    """Whether an <aside> in the element whose paragraphs hold the article is a note of
    its text ("A note on other devices"), not a sidebar: prose of its own, few links (no
    linked headlines of other stories), and the article's paragraphs go on after it."""
    nodes, owner, blocks = page.nodes, page.block_nodes, page.blocks
    end = subtree_end(nodes, aside)
    words, linked, last = 0, 0.0, -1
    for b, n in enumerate(owner):
        if aside <= n < end:
            words += blocks[b].words
            linked += blocks[b].words * blocks[b].link_share
            last = b
    if words < NOTE_WORDS or linked > NOTE_LINKED * words or last + 1 >= len(blocks):
        return False
    after = owner[last + 1]
    return after == main or nodes[after].parent == main


class MarkedRegion(Rule):
    """Blocks inside a landmark or a class/id-marked region take that region's label."""

    name = "marked-region"
    family = "structure"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        marks = page.cached("marks", _marks)
        for i in list(page.undecided()):
            mark = marks[page.block_nodes[i]]
            if mark is not None:
                page.decide(i, mark.label, mark.evidence, self.name)
