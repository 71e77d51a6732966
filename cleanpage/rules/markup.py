"""What markup says about an element: class/id token families, landmarks and ARIA roles."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from cleanpage.article import Label
from cleanpage.html import LANDMARK_ROLES, Node
from cleanpage.rules.base import Page
from cleanpage.rules.patterns import (
    LANDMARK_LABELS,
    SLUG_LONG_PARTS,
    SLUG_MIN_PARTS,
    SLUG_WORDS,
    TOKEN_FAMILIES,
)

_PARTS = regex.compile(r"[-_:]+")


@dataclass(frozen=True, slots=True)
class Mark:
    label: Label
    evidence: str


@functools.lru_cache(maxsize=65536)
def token_family(token: str) -> tuple[str, Label] | None:
    """The clutter family a class/id token names, if any (cached across pages).

    >>> token_family("share-buttons")
    ('share', <Label.SHARE: 'share'>)
    >>> token_family("sharing-with-a-remote-team") is None  # a heading's anchor slug
    True
    """
    split = _PARTS.split(token)
    if len(split) >= SLUG_MIN_PARTS:
        joining = sum(part in SLUG_WORDS for part in split)
        if joining >= 2 or (joining and len(split) >= SLUG_LONG_PARTS):
            return None
    parts = set(split)
    for family, label, part_words, whole in TOKEN_FAMILIES:
        if token in whole or not part_words.isdisjoint(parts):
            return family, label
    return None


def node_mark(node: Node, check_role: bool = True) -> Mark | None:
    """What an element's own class/id tokens, tag or ARIA role say it is.

    ``check_role=False`` skips reading the role attribute (for an element known to add no
    landmark of its own)."""
    for token in node.own_tokens:
        found = token_family(token)
        if found is not None:
            family, label = found
            return Mark(label, f"inside <{node.tag} {token!r}> ({family})")
    by_tag = LANDMARK_LABELS.get(node.tag)
    if by_tag is not None:
        return Mark(by_tag, f"inside the <{node.tag}> landmark")
    if not check_role:
        return None
    role = node.role
    if role:
        by_role = LANDMARK_LABELS.get(LANDMARK_ROLES.get(role.strip().lower(), ""))
        if by_role is not None:
            return Mark(by_role, f"inside <{node.tag} role={role.strip()!r}>")
    return None


def own_marks(page: Page) -> list[Mark | None]:
    """Per node of the page: what its own markup says it is (computed once per page)."""
    return page.cached("own-marks", _own_marks)


def _own_marks(page: Page) -> list[Mark | None]:
    nodes = page.nodes
    marks: list[Mark | None] = []
    for node in nodes:
        if not node.own_tokens and node.tag not in LANDMARK_LABELS:
            # Only an element whose role opened a landmark can still be marked.
            parent_landmark = nodes[node.parent].landmark if node.parent >= 0 else ""
            if not node.landmark or node.landmark == parent_landmark:
                marks.append(None)
                continue
        marks.append(node_mark(node))
    return marks
