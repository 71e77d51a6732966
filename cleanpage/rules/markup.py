"""What markup says about an element: class/id token families, landmarks and ARIA roles."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import regex

from cleanpage.article import Kind, Label
from cleanpage.html import LANDMARK_ROLES, Node
from cleanpage.memo import text_cache
from cleanpage.pagetype import declared_type
from cleanpage.rules.base import Page
from cleanpage.rules.patterns import (
    LANDMARK_LABELS,
    NEGATING_PARTS,
    SLUG_LONG_PARTS,
    SLUG_MIN_PARTS,
    SLUG_WORDS,
    TOKEN_FAMILIES,
)

# What joins the words of a class or id token: "share-buttons", "post_meta", "js:reply".
TOKEN_PARTS = regex.compile(r"[-_:]+")


class Mark(NamedTuple):
    """What an element's markup says it is. Each marked element has a Mark of its own
    (rules tell regions apart by identity); a named tuple is made at a third of a frozen
    dataclass's cost, and a page makes one per marked element."""

    label: Label
    evidence: str


# The label of each family's elements.
FAMILY_LABELS: dict[str, Label] = {family: label for family, label, _, _ in TOKEN_FAMILIES}


@text_cache(maxsize=65536)
def token_family(token: str) -> str | None:
    """The clutter family a class/id token names, if any (cached across pages); the
    family's label is ``FAMILY_LABELS[family]``.

    >>> token_family("share-buttons")
    'share'
    >>> token_family("sharing-with-a-remote-team") is None  # a heading's anchor slug
    True
    >>> token_family("sidebar-enabled--false") is None  # a switch, set off
    True
    >>> token_family("top-[var(--nav-height)]") is None  # a utility class's value
    True
    >>> token_family("social-media-embed") is None  # a quoted post, no share bar
    True
    """
    if "[" in token:
        # A utility class with an arbitrary value ("top-[var(--nav-height)]") places an
        # element; the words inside the brackets name something else.
        return None
    split = TOKEN_PARTS.split(token)
    if not NEGATING_PARTS.isdisjoint(split):
        # "sidebar-enabled--false", "comments-disabled": the component is switched off.
        return None
    if len(split) >= SLUG_MIN_PARTS:
        joining = sum(part in SLUG_WORDS for part in split)
        if joining >= 2 or (joining and len(split) >= SLUG_LONG_PARTS):
            return None
    parts = set(split)
    for family, _, part_words, whole in TOKEN_FAMILIES:
        if token in whole or not part_words.isdisjoint(parts):
            if family == "share" and not _EMBED_PARTS.isdisjoint(parts):
                continue  # "social-media-embed": a post the author quotes, no share bar
            return family
    return None


# Parts of a token naming a social post embedded in the text ("social-embed",
# "embedded-tweet"): the author quotes it, as in a block quote.
_EMBED_PARTS = frozenset({"embed", "embeds", "embedded", "oembed"})


ANCHOR_MIN_PARTS = 4
"""A container's id spelling its first heading is that heading's anchor from this many
words (a heading's own id, from one)."""

_NON_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


@text_cache(maxsize=16384)
def heading_slug(text: str) -> str:
    """A heading's anchor slug: its text lower-cased, each run of other characters a dash
    (cached across pages: a heading is the first of each of its ancestors, asked once per
    marked one).

    >>> heading_slug("Cookies & Sessions ¶")
    'cookies-sessions'
    """
    return _NON_ALNUM.sub("-", text.lower()).strip("-")


def node_mark(
    node: Node, check_role: bool = True, anchor: str = "", by_tag: bool = True
) -> Mark | None:
    """What an element's own class/id tokens, tag or ARIA role say it is.

    ``check_role=False`` skips reading the role attribute (for an element known to add no
    landmark of its own). ``anchor`` is the slug of the element's first heading: a token
    equal to it is that heading's anchor, not the name of a page component.
    ``by_tag=False`` leaves the tag out (a section's ``<header>``, no landmark)."""
    for token in node.own_tokens:
        if anchor and token == anchor:
            continue
        family = token_family(token)
        if family is not None:
            return Mark(FAMILY_LABELS[family], f"inside <{node.tag} {token!r}> ({family})")
    tag_label = LANDMARK_LABELS.get(node.tag) if by_tag else None
    if tag_label is not None:
        return Mark(tag_label, f"inside the <{node.tag}> landmark")
    if not check_role:
        return None
    role = node.role
    if role:
        by_role = LANDMARK_LABELS.get(LANDMARK_ROLES.get(role.strip().lower(), ""))
        if by_role is not None:
            return Mark(by_role, f"inside <{node.tag} role={role.strip()!r}>")
    return None


# A <header> inside one of these is the header of that section (its heading, its intro),
# not the page's banner: HTML maps it to no landmark. (An article's header keeps its mark:
# besides the headline it holds the byline, the date, the standfirst.)
_SECTION_TAGS = frozenset({"section", "main"})
_SECTIONING_TAGS = frozenset({"article", "aside", "nav", *_SECTION_TAGS})


# An <article> with this many <article> siblings or more (itself counted) is one card of
# a listing: its header holds the card's headline, not the page's banner.
CARD_ARTICLES = 3


def _sectioning_index(nodes: list[Node], i: int) -> int:
    parent = nodes[i].parent
    while parent >= 0:
        if nodes[parent].tag in _SECTIONING_TAGS:
            return parent
        parent = nodes[parent].parent
    return -1


def sectioning_ancestor(nodes: list[Node], i: int) -> str:
    """The tag of node i's nearest ancestor that is sectioning content (article, aside,
    nav, section) or <main>; empty when there is none (a page's own header or footer)."""
    at = _sectioning_index(nodes, i)
    return nodes[at].tag if at >= 0 else ""


def own_marks(page: Page) -> list[Mark | None]:
    """Per node of the page: what its own markup says it is (computed once per page)."""
    return page.cached("own-marks", _own_marks)


def marked_nodes(page: Page) -> list[int]:
    """The nodes of the page that their own markup marks, in order (computed once per
    page)."""
    return page.cached("marked-nodes", _marked_nodes)


def _marked_nodes(page: Page) -> list[int]:
    return [i for i, mark in enumerate(own_marks(page)) if mark is not None]


def _first_headings(page: Page) -> dict[int, int]:
    """Per node holding a heading: the block of its first heading (one walk up per heading,
    stopping at the first ancestor already seen)."""
    nodes = page.nodes
    first: dict[int, int] = {}
    if not page.block_nodes:
        return first
    for i, block in enumerate(page.blocks):
        if block.kind is not Kind.HEADING:
            continue
        n = page.block_nodes[i]
        while n >= 0 and n not in first:
            first[n] = i
            n = nodes[n].parent
    return first


# Parts of a class/id token naming customers' reviews ("product-reviews", "review-item",
# "stamped-reviews"): on a page that declares a product, the reviews are its comments.
_REVIEW_PARTS = frozenset({"review", "reviews"})


@text_cache(maxsize=65536)
def review_token(token: str) -> bool:
    """Whether a class/id token names reviews (cached across pages).

    >>> review_token("product-reviews__list"), review_token("js-review")
    (True, True)
    >>> review_token("preview-image"), review_token("overview")
    (False, False)
    """
    return not _REVIEW_PARTS.isdisjoint(TOKEN_PARTS.split(token))


# Parts naming the buyers who wrote reviews ("customer-reviews_feature_div"): on any page,
# a shop's reviews, never a review article's own text.
_BUYER_PARTS = frozenset({"customer", "customers"})
_BUYER_REVIEW_PARTS = frozenset({"customerreviews", "customerreview"})


@text_cache(maxsize=65536)
def buyer_review_token(token: str) -> bool:
    """Whether a class/id token names customers' reviews (cached across pages).

    >>> buyer_review_token("customer-reviews_feature_div"), buyer_review_token("customerreviews")
    (True, True)
    >>> buyer_review_token("product-reviews"), buyer_review_token("customer-stories")
    (False, False)
    """
    parts = set(TOKEN_PARTS.split(token))
    return not _BUYER_REVIEW_PARTS.isdisjoint(parts) or (
        not _BUYER_PARTS.isdisjoint(parts) and not _REVIEW_PARTS.isdisjoint(parts)
    )


def _buyer_review_mark(tokens: tuple[str, ...], tag: str) -> Mark | None:
    for token in tokens:
        if buyer_review_token(token):
            return Mark(Label.COMMENTS, f"inside <{tag} {token!r}> (customer reviews)")
    return None


def _review_mark(node: Node) -> Mark | None:
    for token in node.own_tokens:
        if review_token(token):
            return Mark(Label.COMMENTS, f"inside <{node.tag} {token!r}> (customer reviews)")
    return None


def _first_family(tokens: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``tokens`` that names a family, with that family; None for none."""
    for token in tokens:
        family = token_family(token)
        if family is not None:
            return token, family
    return None


def _own_marks(page: Page) -> list[Mark | None]:
    nodes = page.nodes
    first: dict[int, int] | None = None
    cards: Counter[int] | None = None
    card_paths: Counter[str] | None = None
    marks: list[Mark | None] = []
    # Per tuple of tokens (alike elements share one): its first token naming a family, and
    # that family, as node_mark finds them; None when no token names one.
    families: dict[tuple[str, ...], tuple[str, str] | None] = {}
    buyers: dict[tuple[str, ...], bool] = {}  # per tuple: a token names customer reviews
    # A product's page lists what its buyers wrote: reviews, which are not its description.
    # (A review article declares an article type beside the product it reviews.)
    reviews = declared_type(page.types) == "product"
    for i, node in enumerate(nodes):
        named: tuple[str, str] | None = None
        if not node.own_tokens and node.tag not in LANDMARK_LABELS:
            # Only an element whose role opened a landmark can still be marked.
            parent_landmark = nodes[node.parent].landmark if node.parent >= 0 else ""
            if not node.landmark or node.landmark == parent_landmark:
                marks.append(None)
                continue
        elif not reviews and not node.role and node.tag not in LANDMARK_LABELS:
            # Alike elements share their tokens (one tuple per class and id): asked once.
            tokens = node.own_tokens
            if tokens in families:
                named = families[tokens]
            else:
                named = families[tokens] = _first_family(tokens)
            if named is None:
                # No token names a family: node_mark would find nothing. A shop's customer
                # reviews are still its buyers' comments, declared product or not.
                if tokens in buyers:
                    buyer = buyers[tokens]
                else:
                    buyer = buyers[tokens] = any(map(buyer_review_token, tokens))
                marks.append(_buyer_review_mark(tokens, node.tag) if buyer else None)
                continue
        by_tag = True
        if node.tag == "header":
            at = _sectioning_index(nodes, i)
            tag = nodes[at].tag if at >= 0 else ""
            card = False
            if tag == "article":
                if cards is None:
                    cards = Counter(n.parent for n in nodes if n.tag == "article")
                # One of a listing's alike articles: its header is the card's headline.
                card = cards[nodes[at].parent] >= CARD_ARTICLES
            if card or tag in _SECTION_TAGS:
                # A section's (or a listed card's) header holding its heading is no banner.
                if first is None:
                    first = _first_headings(page)
                by_tag = i not in first
        elif node.tag == "footer":
            at = _sectioning_index(nodes, i)
            if at >= 0 and nodes[at].tag == "article":
                if card_paths is None:
                    card_paths = Counter(n.path for n in nodes if n.tag == "article")
                # One of a listing's alike articles (at the same place in the markup, each
                # perhaps in a list item of its own): its footer is the card's byline and
                # date, not the page's footer.
                by_tag = card_paths[nodes[at].path] < CARD_ARTICLES
        # Each marked element has a Mark of its own: rules tell regions apart by it.
        if named is not None:
            # node_mark's answer, its tokens read already (a token's family outranks the
            # tag and the role).
            token, family = named
            mark: Mark | None = Mark(
                FAMILY_LABELS[family], f"inside <{node.tag} {token!r}> ({family})"
            )
        else:
            mark = node_mark(node, by_tag=by_tag)
        if mark is not None and node.own_tokens:
            # An id spelling the element's own heading is an anchor for that section. A
            # container's must be a long slug: "comments" over a "Comments" heading is
            # still the comment thread.
            if first is None:
                first = _first_headings(page)
            heading = first.get(i)
            if heading is not None:
                slug = heading_slug(page.blocks[heading].text)
                if slug in node.own_tokens and (
                    page.block_nodes[heading] == i or slug.count("-") + 1 >= ANCHOR_MIN_PARTS
                ):
                    mark = node_mark(node, anchor=slug, by_tag=by_tag)
        if mark is None and reviews and node.own_tokens:
            mark = _review_mark(node)
        marks.append(mark)
    return marks
