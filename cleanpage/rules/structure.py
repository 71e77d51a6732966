"""Structure rules: what the markup says a region is.

Landmarks (``<nav>``, ``<aside>``, ``<footer>``, ``<header>`` and their ARIA roles) and
class/id names (``share``, ``related-posts``, ``comments``, ``cookie-banner``...) mark whole
regions. Only elements off the path to the content root count: the wrapper that holds the
article is content, whatever its class names say; the same goes for any element that
holds a large share of the page's prose.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from cleanpage.article import Label
from cleanpage.html import LANDMARK_ROLES, Node
from cleanpage.rules.base import Page, Rule
from cleanpage.rules.patterns import LANDMARK_LABELS, TOKEN_FAMILIES
from cleanpage.rules.region import CONTENT_GUARD, region

_PARTS = regex.compile(r"[-_:]+")


@dataclass(frozen=True, slots=True)
class Mark:
    label: Label
    evidence: str


@functools.lru_cache(maxsize=65536)
def token_family(token: str) -> tuple[str, Label] | None:
    """The clutter family a class/id token names, if any (cached across pages)."""
    parts = set(_PARTS.split(token))
    for family, label, part_words, whole in TOKEN_FAMILIES:
        if token in whole or not part_words.isdisjoint(parts):
            return family, label
    return None


def node_mark(node: Node) -> Mark | None:
    """What an element's own class/id tokens, tag or ARIA role say it is."""
    for token in node.own_tokens:
        found = token_family(token)
        if found is not None:
            family, label = found
            return Mark(label, f"inside <{node.tag} {token!r}> ({family})")
    by_tag = LANDMARK_LABELS.get(node.tag)
    if by_tag is not None:
        return Mark(by_tag, f"inside the <{node.tag}> landmark")
    role = node.element.get("role") if node.element is not None else None
    if role:
        by_role = LANDMARK_LABELS.get(LANDMARK_ROLES.get(role.strip().lower(), ""))
        if by_role is not None:
            return Mark(by_role, f"inside <{node.tag} role={role.strip()!r}>")
    return None


def _marks(page: Page) -> list[Mark | None]:
    """Per node: the nearest marked region around it, off the path to the content root."""
    nodes = page.nodes
    r = region(page)
    guard = CONTENT_GUARD * r.total
    marks: list[Mark | None] = [None] * len(nodes)
    for i, node in enumerate(nodes):
        if r.on_root_path[i]:
            continue
        inherited = marks[node.parent] if node.parent >= 0 else None
        own = node_mark(node) if r.total <= 0 or r.weight[i] < guard else None
        marks[i] = own or inherited
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
