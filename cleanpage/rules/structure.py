"""Structure rules: what the markup says a region is.

Landmarks (``<nav>``, ``<aside>``, ``<footer>``, ``<header>`` and their ARIA roles) and
class/id names (``share``, ``related-posts``, ``comments``, ``cookie-banner``...) mark whole
regions. Only elements off the path to the content root count: the wrapper that holds the
article is content, whatever its class names say; the same goes for any element that
holds a large share of the page's prose.
"""

from __future__ import annotations

from cleanpage.article import Label
from cleanpage.rules.base import Page, Rule
from cleanpage.rules.markup import Mark, own_marks
from cleanpage.rules.region import CONTENT_GUARD, region


def _marks(page: Page) -> list[Mark | None]:
    """Per node: the nearest marked region around it, off the path to the content root."""
    nodes = page.nodes
    r = region(page)
    guard = CONTENT_GUARD * r.prose_total
    own = own_marks(page)
    marks: list[Mark | None] = [None] * len(nodes)
    has_main = any(r.on_main_path)
    for i, node in enumerate(nodes):
        if r.on_root_path[i]:
            continue
        inherited = marks[node.parent] if node.parent >= 0 else None
        guarded = r.prose_total > 0 and r.prose[i] >= guard
        mark = own[i]
        if guarded and has_main and not r.on_main_path[i] and mark and mark.label is Label.COMMENTS:
            # Much prose, but not the element whose paragraphs hold the article's: a long
            # comment thread beside a short post.
            guarded = False
        mine = None if guarded else mark
        if mine is not None and r.on_main_path[i] and mine.label is Label.BOILERPLATE:
            mine = None
        marks[i] = mine or inherited
    return marks


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
