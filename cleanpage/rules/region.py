"""Region rules: where on the page the article is.

On an HTML page the article lives in one element: the deepest element that still holds
most of the page's prose (``content root``). Blocks outside it are dropped, unless the
page is a listing: items side by side, each a linked title with its excerpt or price,
that outweigh the page's prose. On any page,
a strong end-of-article marker (a rating widget, a share bar, "Next Post", "Related
posts", a comment form) closes the body: what follows is clutter unless real prose resumes.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cleanpage.article import Kind, Label
from cleanpage.html import Node, contains
from cleanpage.pagetype import declared_type
from cleanpage.rules.base import Page, Rule
from cleanpage.rules.density import Density, Quality, density, effective_length
from cleanpage.rules.markup import TOKEN_PARTS, marked_nodes, own_marks, sectioning_ancestor
from cleanpage.rules.patterns import END_MARKER_RULES, SECTION_MARKER_RULES
from cleanpage.tree import add_up, cap_down, mark_down, max_up

# Share of the page's prose the content root must hold.
ROOT_SHARE = {"precision": 0.7, "balanced": 0.8, "recall": 0.9}
# An element holding this share of the prose is content, whatever its class names say.
CONTENT_GUARD = 0.4
# Prose inside regions that markup marks as clutter (comments, sidebars) counts this much
# when looking for the content root, so a long comment thread does not outweigh the article.
MARKED_WEIGHT = 0.15
# A navigation mark from a class name alone on an element holding this share of the page's
# prose names a section of the text, not a menu.
MENU_PROSE_SHARE = 0.25
# A sidebar mark on an element holding this share of the page's prose names the layout.
LAYOUT_SHARE = 0.95
# A cookie or consent dialog is never the article, however much policy text it holds; nor is
# the page's own <footer> (a privacy policy printed in full at the foot of a shop's page).
COOKIE_WEIGHT = 0.0
# The element whose own paragraphs hold this share of the page's prose, and this many times
# as much as any other element's, is the article's body even inside an overlay (a modal or
# popup that shows the article over a page of teasers).
MAIN_SHARE = 0.2
MAIN_LEAD = 2.0
# Outside the content, a block mostly made of links is navigation.
LINK_LIST_SHARE = 0.5
# The content root widens to an <article> this many levels up holding at most this much
# more prose.
_TEXT_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "pre",
        "blockquote",
        "td",
        "th",
        "figcaption",
        "caption",
        "address",
        "summary",
        "legend",
    }
)
_TABLE_SECTIONS = frozenset({"tbody", "thead", "tfoot"})
ARTICLE_CLIMB = 4
ARTICLE_GROWTH = 1.5
MAIN_AFTER_SHARE = 0.1
"""Prose after the root that ``<main>`` may hold, as a share of the root's, and still be
the content root."""


@dataclass(frozen=True, slots=True)
class Region:
    root: int
    """Index of the content root in ``page.nodes``, -1 when there is none (text pages)."""
    inside: tuple[bool, ...]
    """Per node: inside the content root (the root included)."""
    on_root_path: tuple[bool, ...]
    """Per node: the root or one of its ancestors."""
    on_main_path: tuple[bool, ...]
    """Per node: the element whose own paragraphs clearly hold the most prose, or one of its
    ancestors (none when no element clearly leads)."""
    weight: tuple[float, ...]
    """Per node: the prose weight of its blocks and its descendants' blocks, prose in
    regions marked as clutter counting less."""
    total: float
    prose: tuple[float, ...]
    """Per node: the same without the discount for marked regions."""
    prose_total: float


def _main_container(page: Page, block_weights: list[float], prose_total: float) -> int:
    """The element whose own paragraphs hold the most prose, when it clearly leads; else -1."""
    nodes = page.nodes
    direct: dict[int, float] = {}
    for w, node_index in zip(block_weights, page.block_nodes, strict=True):
        if w <= 0:
            continue
        node = nodes[node_index]
        holder = node.parent if node.tag in _TEXT_TAGS and node.parent >= 0 else node_index
        direct[holder] = direct.get(holder, 0.0) + w
    if not direct:
        return -1
    ranked = sorted(direct.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= MAIN_SHARE * prose_total and top >= MAIN_LEAD * second:
        return best
    return -1


def menu_named_prose(node: Node, label: Label, prose: float, prose_total: float) -> bool:
    """Whether a navigation mark is a class name's only ('content-nav-section', a section
    that an in-page menu jumps to) on an element holding a good share of the page's prose:
    not inside a ``<nav>`` or a navigation role, and prose, which menus are not made of.
    (On an element holding nearly all of it, the body's, the mark discounts all the page's
    prose alike.)"""
    return (
        label is Label.NAVIGATION
        and node.landmark != "nav"
        and prose_total > 0
        and MENU_PROSE_SHARE * prose_total <= prose < LAYOUT_SHARE * prose_total
    )


def _marked_nodes(
    page: Page, exempt: list[bool], prose: list[float], prose_total: float
) -> list[float]:
    """Per node: how much its prose counts towards the content root: less when it or an
    ancestor is marked as clutter by its markup (comments, sidebar...), nothing in a
    cookie dialog. A sidebar mark on an element that holds nearly all the page's prose
    (the body, a layout wrapper: 'content-sidebar-wrap') names the page's layout (it has a
    sidebar), not a region: it would discount the article and the clutter alike."""
    nodes = page.nodes
    own = own_marks(page)
    layout = LAYOUT_SHARE * prose_total
    caps: list[float | None] = [None] * len(nodes)
    for i in marked_nodes(page):
        node, mark = nodes[i], own[i]
        if mark is None or (
            (exempt[i] and mark.label is Label.BOILERPLATE)
            or menu_named_prose(node, mark.label, prose[i], prose_total)
            or (prose_total > 0 and prose[i] >= layout and mark.label is Label.SIDEBAR)
        ):
            continue
        if mark.label is Label.COOKIE_NOTICE or (
            mark.label is Label.FOOTER
            and node.tag == "footer"
            and not sectioning_ancestor(nodes, i)
        ):
            caps[i] = COOKIE_WEIGHT  # nothing: no weight is lower
        else:
            caps[i] = MARKED_WEIGHT
    return cap_down(caps, page.parents)


def _block_weight(page: Page) -> list[float]:
    """Per block: its prose weight (computed once per page)."""
    return page.cached("block-weight", _weigh_blocks)


def _weigh_blocks(page: Page) -> list[float]:
    d = density(page)
    weights = []
    for block, q in zip(page.blocks, d.raw, strict=True):
        plain = effective_length(block) * (1.0 - block.link_share)
        if q is Quality.GOOD:
            weights.append(plain)
        elif q is Quality.NEAR:
            weights.append(0.3 * plain)
        else:
            weights.append(0.0)
    return weights


def _sum_up(page: Page, block_weights: list[float]) -> list[float]:
    weight = [0.0] * len(page.nodes)
    for w, node_index in zip(block_weights, page.block_nodes, strict=True):
        weight[node_index] += w
    add_up(weight, page.parents)
    return weight


def _roots(page: Page) -> list[int]:
    """The nodes at the top of the page's tree (the body; more where the walk found none)."""
    return [i for i, parent in enumerate(page.parents) if parent < 0]


def analyse(page: Page) -> Region:
    nodes = page.nodes
    n = len(nodes)
    if n == 0:
        return Region(-1, (), (), (), (), 0.0, (), 0.0)
    block_weights = _block_weight(page)
    prose = _sum_up(page, block_weights)
    roots = _roots(page)
    prose_total = sum(prose[i] for i in roots)
    on_main_path = [False] * n
    i = _main_container(page, block_weights, prose_total)
    while i >= 0:
        on_main_path[i] = True
        i = nodes[i].parent
    marked = _marked_nodes(page, on_main_path, prose, prose_total)
    weight = _sum_up(
        page,
        [w * marked[node] for w, node in zip(block_weights, page.block_nodes, strict=True)],
    )
    total = sum(weight[i] for i in roots)
    share = ROOT_SHARE.get(page.mode, ROOT_SHARE["balanced"])
    root = 0
    if total > 0:
        best_depth = -1
        for i in range(n):
            if weight[i] >= share * total and nodes[i].depth > best_depth:
                root, best_depth = i, nodes[i].depth
    # The root is a container: a paragraph holding most of the prose has siblings that count.
    while nodes[root].tag in _TEXT_TAGS and nodes[root].parent >= 0:
        root = nodes[root].parent
    # A table's body is the table: the paragraphs that introduce it are its siblings.
    if nodes[root].tag in _TABLE_SECTIONS and nodes[nodes[root].parent].tag == "table":
        root = nodes[root].parent
    widened = _widen_to_article(nodes, weight, root)
    if widened == root and nodes[root].tag != "article":
        widened = _widen_to_main(page, weight, block_weights, root)
    root = widened
    if declared_type(page.types) == "product":
        root = _widen_to_product(page, weight, root)
    on_root_path = [False] * n
    i = root
    while i >= 0:
        on_root_path[i] = True
        i = nodes[i].parent
    lead: set[int] = set()
    if nodes[root].parent >= 0:
        holds_prose = _prose_children(page, nodes[root].parent)
        lead = _lead_paragraphs(page, root, holds_prose) | _sections_after(page, root, holds_prose)
        lead |= _alike_before(page, prose, root) | _question_before(nodes, prose, root)
        lead |= _alike_posts(page, prose, root)
    inside = [False] * n
    for i in (root, *lead):
        inside[i] = True
    mark_down(inside, page.parents)
    return Region(
        root,
        tuple(inside),
        tuple(on_root_path),
        tuple(on_main_path),
        tuple(weight),
        total,
        tuple(prose),
        prose_total,
    )


_LEAD_TAGS = _TEXT_TAGS | {"ul", "ol", "dl"}
_LEAD_LINK_SHARE = 0.25


def _prose_children(page: Page, parent: int) -> set[int]:
    """The children of ``parent`` that hold a block of prose (good, and less than a quarter
    of it links)."""
    nodes, raw, blocks = page.nodes, density(page).raw, page.blocks
    found: set[int] = set()
    for i, node in enumerate(page.block_nodes):
        if node <= parent or raw[i] is not Quality.GOOD:
            continue
        if blocks[i].link_share >= _LEAD_LINK_SHARE:
            continue
        # Nodes are in document order: an element inside the parent comes after it.
        while node > parent and nodes[node].parent != parent:
            node = nodes[node].parent
        if node > parent:
            found.add(node)
    return found


def _lead_paragraphs(page: Page, root: int, holds_prose: set[int]) -> set[int]:
    """Paragraphs of prose beside the content root, before it, in the same parent: the
    article's opening paragraphs, set apart from the rest of its text by a wrapper that
    starts after them (or by an ad between them). From the first such paragraph that reads
    as prose, the text elements up to the root are the article's; elements that are not
    text (an ad's div, a video player) stay outside, and so does all that follows the root.
    An element before the root alike it in markup (its tag and class names) that holds
    prose is a part of the article the page set in a section of its own. ``holds_prose``:
    the children of the root's parent that hold prose."""
    nodes = page.nodes
    parent = nodes[root].parent
    before = [i for i in range(parent + 1, root) if nodes[i].parent == parent]
    lead = {
        i
        for i in before
        if i in holds_prose
        and nodes[i].tag == nodes[root].tag
        and nodes[i].own_tokens == nodes[root].own_tokens
    }
    first = next((i for i in before if nodes[i].tag == "p" and i in holds_prose), -1)
    if first >= 0:
        lead.update(i for i in before if i >= first and nodes[i].tag in _LEAD_TAGS)
    return lead


def _sections_after(page: Page, root: int, holds_prose: set[int]) -> set[int]:
    """Elements after the content root, in the same parent, alike it in markup (its tag and
    its class names, which it has) and holding prose: the article's later sections, which
    the page set each in an element of its own (an image set full width between them).
    ``holds_prose``: the children of the root's parent that hold prose."""
    nodes = page.nodes
    if not nodes[root].own_tokens:
        return set()
    parent, tag, tokens = nodes[root].parent, nodes[root].tag, nodes[root].own_tokens
    return {
        i
        for i in holds_prose
        if i > root
        and nodes[i].parent == parent
        and nodes[i].tag == tag
        and nodes[i].own_tokens == tokens
    }


ALIKE_CLIMB = 3
"""Levels above the content root within which an element alike it may stand."""
ALIKE_PARAGRAPHS = 3
"""Paragraphs of prose an element alike the root holds, at least, to be the article's."""


def _alike_before(page: Page, prose: list[float], root: int) -> set[int]:
    """Elements before the content root alike it in markup (its tag and its class names,
    which it has), each holding three paragraphs of prose or more, under an element a few
    levels above it: the article's opening, which the page set in a box of its own
    ('summary', then the body, each in an 'article-text' div)."""
    nodes = page.nodes
    root_node = nodes[root]
    if not root_node.own_tokens:
        return set()
    top, steps = root, 0
    while steps < ALIKE_CLIMB and nodes[top].parent >= 0:
        top, steps = nodes[top].parent, steps + 1
    alike = [
        i
        for i in range(top + 1, root)
        if prose[i] > 0
        and nodes[i].tag == root_node.tag
        and nodes[i].own_tokens == root_node.own_tokens
    ]
    if not alike:
        return set()
    raw = density(page).raw
    found = set()
    for i in alike:
        end = subtree_end(nodes, i)
        paragraphs = sum(
            1
            for b, node in enumerate(page.block_nodes)
            if i <= node < end and raw[b] is Quality.GOOD
        )
        if paragraphs >= ALIKE_PARAGRAPHS:
            found.add(i)
    return found


_ANSWER_PARTS = frozenset({"answers", "answer", "replies", "reply"})
_QUESTION_PARTS = frozenset({"question", "questions"})


def _name_parts(node: Node) -> set[str]:
    """The words of an element's class and id names ("js-question" -> js, question)."""
    return {part for token in node.own_tokens for part in TOKEN_PARTS.split(token)}


def _question_before(nodes: list[Node], prose: list[float], root: int) -> set[int]:
    """On a question-and-answer page whose answers draw the content root (an element named
    'answers', 'replies'), the element before it in the same parent named for the question
    ('question', 'js-question') that holds prose: the question the answers answer."""
    if not _ANSWER_PARTS & _name_parts(nodes[root]):
        return set()
    parent = nodes[root].parent
    return {
        i
        for i in range(parent + 1, root)
        if nodes[i].parent == parent and prose[i] > 0 and _QUESTION_PARTS & _name_parts(nodes[i])
    }


_DIGITS = regex.compile(r"\d+")


def _numbered_alike(node: Node) -> tuple[str, frozenset[str]]:
    """An element's tag and class/id names with their numbers taken out: the posts of a
    thread are alike but for their number ('post_1', 'post_2')."""
    return node.tag, frozenset(_DIGITS.sub("", token) for token in node.own_tokens)


def _alike_posts(page: Page, prose: list[float], root: int) -> set[int]:
    """On a page that declares itself a forum thread, the posts alike the one holding the
    content root: when one post holds most of the prose (a long log pasted into a reply),
    the root is inside it, and its sibling posts, alike it in markup but for their numbers
    ('topic-body post_1', 'topic-body post_2'), are the thread's other posts. The post is
    the root or an element up to three levels above it."""
    if declared_type(page.types) != "forum":
        return set()
    nodes = page.nodes
    node, steps = root, 0
    while steps <= ALIKE_CLIMB and nodes[node].parent >= 0:
        parent = nodes[node].parent
        if nodes[node].own_tokens:
            key = _numbered_alike(nodes[node])
            alike = {
                i
                for i in range(parent + 1, len(nodes))
                if i != node
                and nodes[i].parent == parent
                and prose[i] > 0
                and _numbered_alike(nodes[i]) == key
            }
            if alike:
                return alike
        node, steps = parent, steps + 1
    return set()


def _widen_to_article(nodes: list[Node], weight: list[float], root: int) -> int:
    """The body's prose often sits in a div below the ``<article>`` that also holds its
    standfirst and lead image caption: climb to that article when it adds little prose."""
    if nodes[root].tag == "article":
        return root
    i, steps = nodes[root].parent, 0
    while i >= 0 and steps < ARTICLE_CLIMB:
        if nodes[i].tag == "article":
            return i if weight[i] <= ARTICLE_GROWTH * weight[root] else root
        i, steps = nodes[i].parent, steps + 1
    return root


PRODUCT_CLIMB = 8
"""On a page declaring a product, the content root climbs this many levels at most to the
element holding the product's name; it may hold this much more prose."""
PRODUCT_GROWTH = 1.5
PRODUCT_WORDS_GROWTH = 2.5
"""... and this many times the root's words in all (not a report's table of contents)."""


def _widen_to_product(page: Page, weight: list[float], root: int) -> int:
    """On a product's page the box that names it (its ``<h1>``, price, short description
    and key features) and the description below it are one text: climb to the element
    holding both when it adds little prose."""
    nodes, owner = page.nodes, page.block_nodes
    name = next(
        (owner[i] for i, b in enumerate(page.blocks) if b.kind is Kind.HEADING and b.level == 1),
        -1,
    )
    if name < 0 or contains(nodes, root, name):
        return root
    i, steps = nodes[root].parent, 0
    while i >= 0 and steps < PRODUCT_CLIMB:
        if contains(nodes, i, name):
            if weight[i] > PRODUCT_GROWTH * weight[root]:
                return root
            # Nor much text of any kind: a report's table of contents, another product grid.
            words = _subtree_words(page, i)
            return i if words <= PRODUCT_WORDS_GROWTH * _subtree_words(page, root) else root
        i, steps = nodes[i].parent, steps + 1
    return root


def _subtree_words(page: Page, node: int) -> int:
    """The words of the blocks that element ``node`` holds, however deep."""
    nodes = page.nodes
    end = subtree_end(nodes, node)
    return sum(
        block.words
        for block, owner in zip(page.blocks, page.block_nodes, strict=True)
        if node <= owner < end
    )


def _widen_to_main(page: Page, weight: list[float], block_weights: list[float], root: int) -> int:
    """A manual often sets its introduction in a header section above the div holding the
    rest of its prose, both inside ``<main>``: climb to that main element when it adds
    little prose, and all of it before the root's (prose after it is what follows the
    article: other pages' teasers, reviews)."""
    nodes = page.nodes
    i, steps, main = nodes[root].parent, 0, -1
    while i >= 0 and steps < ARTICLE_CLIMB:
        if nodes[i].tag == "main":
            main = i
            break
        i, steps = nodes[i].parent, steps + 1
    if main < 0 or weight[main] > ARTICLE_GROWTH * weight[root]:
        return root
    end = subtree_end(nodes, root)
    # Only the main element's own prose after the root counts (the page's footer is not in it).
    main_end = subtree_end(nodes, main)
    after = sum(
        w
        for w, node in zip(block_weights, page.block_nodes, strict=True)
        if end <= node < main_end and w > 0
    )
    return main if after <= MAIN_AFTER_SHARE * weight[root] else root


def region(page: Page) -> Region:
    return page.cached("region", analyse)


def replies_are_content(page: Page) -> bool:
    """Whether the page declares itself a forum thread or a question with its answers
    (schema.org ``DiscussionForumPosting``, ``QAPage``) and the replies in comment markup
    hold at least half the prose of its content root: they are the thread's posts, not
    comments on it. (A Q&A page's comments under each answer hold much less.)"""
    return bool(page.nodes) and page.cached("replies-are-content", _replies_are_content)


def _replies_are_content(page: Page) -> bool:
    if declared_type(page.types) != "forum":
        return False
    nodes, r, own = page.nodes, region(page), own_marks(page)
    in_reply = [False] * len(nodes)
    for i, node in enumerate(nodes):
        mark = own[i]
        in_reply[i] = (node.parent >= 0 and in_reply[node.parent]) or (
            mark is not None and mark.label is Label.COMMENTS and not r.on_root_path[i]
        )
    quality = density(page).raw
    replies = rest = 0
    for i, owner in enumerate(page.block_nodes):
        if quality[i] is not Quality.GOOD or not r.inside[owner]:
            continue
        if in_reply[owner]:
            replies += page.blocks[i].words
        else:
            rest += page.blocks[i].words
    return replies > 0 and replies >= rest


class OutsideContent(Rule):
    """Blocks outside the element that holds the article's prose are not the article."""

    name = "outside-content"
    family = "region"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        r = region(page)
        root = page.nodes[r.root]
        where = f"<{root.tag}" + (f" {' '.join(root.own_tokens[:3])}" if root.own_tokens else "")
        reason = f"outside the main content region ({where}>)"
        for i in list(page.undecided()):
            if not r.inside[page.block_nodes[i]]:
                block = page.blocks[i]
                if block.link_share > LINK_LIST_SHARE and block.words >= 3:
                    page.decide(i, Label.NAVIGATION, "link list " + reason, self.name)
                else:
                    page.decide(i, Label.BOILERPLATE, reason, self.name)


TEASER_ARTICLE_PARAGRAPHS = 3
TEASER_ARTICLE_SHARE = 0.15
"""Cards holding much of the prose stay unless the article lies beside them: the element
of its headline and first prose holds this many paragraphs, this share of the prose."""


_QUESTION_MARKS = ("?", "？", "؟")


class TeaserCards(Rule):
    """Cards that each pair a linked headline with an excerpt, three or more side by side,
    tease other pages ("more stories" strips, slideshows of other articles) even inside the
    article's container. Cards that hold much of the prose are the page's own content
    (a listing page), and stay, as do strips of cards that together hold much of it on a
    page where no element's own paragraphs clearly hold an article; so do cards showing
    code (a manual's entries), and every card of content that shows code (a manual's or a
    tutorial's sections). A card's headline may sit under a short kicker line ("REINDEER
    GAMES"). Cards holding much of the prose are still teasers when the article lies beside
    them: the element of its headline and its first prose holds three or more paragraphs
    of prose, 15% of the page's, and not the cards. A strip whose headlines are mostly
    questions is an FAQ, and stays."""

    name = "teaser-cards"
    family = "region"
    min_cards = 3
    max_card_blocks = 6
    headline_words = 24
    excerpt_words = 80
    """An excerpt is short; a forum post under its author's linked name may be long."""
    max_prose_share = 0.3
    """Cards holding this share of the content's prose are the content itself."""
    kicker_words = 4
    """A short unlinked line above a card's headline heading is its kicker."""
    row_excerpt_words = 6
    """A table row's card needs a cell of this many words beside its name: an excerpt."""

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        nodes, owner, blocks = page.nodes, page.block_nodes, page.blocks
        r = region(page)
        if shows_code(page):
            # A manual or tutorial: its linked headings are section permalinks, its cards
            # the entries of a reference; teaser strips sit outside its content.
            return
        off_path = [not on for on in r.on_root_path]
        # Per element off the path to the content root: its blocks (however deep), their
        # words, and the first of them. Children come after their parents in ``nodes``.
        n = len(nodes)
        count = [0] * n
        words = [0] * n
        first = [-1] * n
        code = [False] * n  # an excerpt is prose: a card showing code is a manual's entry
        for i in range(len(blocks) - 1, -1, -1):
            node = owner[i]
            if off_path[node]:
                count[node] += 1
                words[node] += blocks[i].words
                first[node] = i
                code[node] = code[node] or blocks[i].kind is Kind.CODE
        parents = page.parents
        for i in range(n - 1, -1, -1):
            if not count[i]:
                continue
            parent = parents[i]
            if parent >= 0 and off_path[parent]:
                count[parent] += count[i]
                words[parent] += words[i]
                code[parent] = code[parent] or code[i]
                if first[parent] < 0 or first[i] < first[parent]:
                    first[parent] = first[i]
        cards: dict[int, list[int]] = {}
        for node in range(n):
            if not 2 <= count[node] <= self.max_card_blocks or code[node]:
                continue
            if nodes[node].tag in _LIST_TAGS:
                continue  # a list's cards are its items: the list is no card
            at = first[node]
            head = blocks[at]
            if (
                count[node] >= 3
                and head.link_share <= LINK_LIST_SHARE
                and head.words <= self.kicker_words
                and blocks[at + 1].kind is Kind.HEADING
            ):
                # A kicker ("REINDEER GAMES") above the card's linked headline.
                head = blocks[at + 1]
            if (
                head.link_share > LINK_LIST_SHARE
                and head.words <= self.headline_words
                and words[node] - head.words <= self.excerpt_words
                and not self._data_row(page, node, at, count[node])
            ):
                cards.setdefault(nodes[node].parent, []).append(node)
        chosen = set()
        strips_prose = 0.0
        beside = False  # whether the article lies beside a chosen strip
        raw = density(page).raw
        prose_blocks = [
            i
            for i, q in enumerate(raw)
            if q is Quality.GOOD and page.labels[i] is None and r.inside[owner[i]]
        ]
        for parent, members in cards.items():
            if len(members) < self.min_cards or parent < 0 or not r.inside[parent]:
                continue
            if self._questions(page, [first[m] for m in members]):
                continue  # an FAQ: questions that open their answers, not other pages
            strip_prose = sum(r.prose[m] for m in members)
            if strip_prose >= self.max_prose_share * r.prose[r.root]:
                # Cards holding much of the prose are the page's content, unless the
                # article lies beside them.
                if not _article_beside(page, prose_blocks, parent):
                    continue
                beside = True
            chosen.update(members)
            strips_prose += strip_prose
        if not chosen or (
            strips_prose >= self.max_prose_share * r.prose[r.root]
            and main_node(page) < 0
            and not beside
        ):
            # Strips that together hold much of the content's prose, on a page where no
            # element's own paragraphs clearly hold an article, are a listing's sections.
            return
        for i in list(page.undecided()):
            node = owner[i]
            while node >= 0 and off_path[node]:
                if node in chosen:
                    parent = nodes[node].parent
                    page.decide(
                        i,
                        Label.RELATED,
                        f"in one of {len(cards[parent])} teaser cards (linked headline and "
                        f"excerpt) under <{nodes[parent].tag}>",
                        self.name,
                    )
                    break
                node = nodes[node].parent

    @staticmethod
    def _questions(page: Page, heads: list[int]) -> bool:
        """Whether most cards' headlines (or the line under a kicker) are questions: an
        FAQ's entries, whose linked questions open their answers in place."""
        blocks = page.blocks
        asked = sum(
            1
            for at in heads
            if any(b.text.rstrip().endswith(_QUESTION_MARKS) for b in blocks[at : at + 2])
        )
        return 3 * asked >= 2 * len(heads)

    def _data_row(self, page: Page, node: int, first: int, count: int) -> bool:
        """A table row whose cells beside the linked name hold a few words each (sizes,
        prices, dates) is a row of data, not a card: it has no excerpt."""
        if page.nodes[node].tag != "tr":
            return False
        return all(b.words < self.row_excerpt_words for b in page.blocks[first + 1 : first + count])


_LIST_TAGS = frozenset({"ul", "ol"})
TICKER_MIN_ITEMS = 3


class ListBeforeTitle(Rule):
    """A list set above the article's headline, its items all before it, is no part of
    the article when prose follows the headline: a ticker of other stories ("Breaking
    news"), a poll, a box of links that the page's template puts over every article.
    When all of the article's paragraphs of prose follow its headline, a list of three or
    more items before it is the page's, not the author's. (With prose above it, the
    heading taken for the headline is more likely a section's.)"""

    name = "list-before-title"
    family = "region"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        title = _title_block(page)
        if title <= 0 or page.blocks[title].kind is not Kind.HEADING:
            return
        raw, blocks = density(page).raw, page.blocks
        prose = [
            raw[i] is Quality.GOOD and page.labels[i] is None and b.kind is Kind.PARAGRAPH
            for i, b in enumerate(blocks)
        ]
        if any(prose[:title]) or not any(prose[title + 1 :]):
            return  # the article's prose must follow the headline, none of it above
        nodes, owner = page.nodes, page.block_nodes
        # Per list element (the nearest <ul> or <ol> above an item): its item blocks.
        items: dict[int, list[int]] = {}
        for i, block in enumerate(blocks):
            if block.kind is not Kind.LIST_ITEM:
                continue
            node = owner[i]
            while node >= 0 and nodes[node].tag not in _LIST_TAGS:
                node = nodes[node].parent
            if node >= 0:
                items.setdefault(node, []).append(i)
        for members in items.values():
            if len(members) < TICKER_MIN_ITEMS or members[-1] >= title:
                continue
            reason = f"in a list of {len(members)} items above the article's headline"
            for i in members:
                if page.labels[i] is None:
                    page.decide(i, Label.RELATED, reason, self.name)


def _title_block(page: Page) -> int:
    """The index of the block the title rule chose as the headline, else -1."""
    return next((i for i, rule in enumerate(page.rules) if rule == "title"), -1)


def _article_beside(page: Page, prose_blocks: list[int], parent: int) -> bool:
    """Whether the article lies beside the cards under ``parent``, not around them: the
    element that holds its headline and the prose right under it holds this many
    paragraphs of prose, that share of the page's, and not the cards (a roundup's items,
    under its headline and a paragraph or two, are its own)."""
    nodes, owner = page.nodes, page.block_nodes
    title = _title_block(page)
    first = next((i for i in prose_blocks if i > title), -1)
    if title < 0 or first < 0:
        return False
    article = _common_ancestor(nodes, [owner[title], owner[first]])
    if contains(nodes, article, parent) or contains(nodes, parent, article):
        return False
    inside = [i for i in prose_blocks if contains(nodes, article, owner[i])]
    weight = sum(effective_length(page.blocks[i]) for i in inside)
    return (
        len(inside) >= TEASER_ARTICLE_PARAGRAPHS
        and weight >= TEASER_ARTICLE_SHARE * region(page).prose_total
    )


def _shows_code(page: Page) -> bool:
    r, owner = region(page), page.block_nodes
    return any(b.kind is Kind.CODE and r.inside[owner[i]] for i, b in enumerate(page.blocks))


def shows_code(page: Page) -> bool:
    """Whether the content shows a code block: a manual's or a tutorial's (HTML only)."""
    return bool(page.nodes) and page.cached("shows-code", _shows_code)


# A manual's cross-reference to another of its pages: "See also", "See more about ...",
# "Read more about ...", "More on ...".
_CROSS_REFERENCE = regex.compile(r"(see|read more about|more on)\b", regex.IGNORECASE)


def _main_node(page: Page) -> int:
    if not page.nodes:
        return -1
    on_main = region(page).on_main_path
    return next((i for i in range(len(on_main) - 1, -1, -1) if on_main[i]), -1)


def main_node(page: Page) -> int:
    """The element whose own paragraphs clearly hold the article's prose, else -1 (found
    once per page)."""
    return page.cached("main-container", _main_node)


def subtree_end(nodes: list[Node], node: int) -> int:
    """The index after element ``node``'s last descendant: nodes are in document order,
    so a subtree is the run of them from ``node`` deeper than it."""
    depth, end = nodes[node].depth, node + 1
    while end < len(nodes) and nodes[end].depth > depth:
        end += 1
    return end


# "Comments are now closed", "This discussion has been closed": the thread is over, and
# what follows such a line is the readers' comments, never the article.
_CLOSED = regex.compile(r"\bclosed\b", regex.IGNORECASE)
# "Read more", "See more", "Weiterlesen", "Lire la suite": a button's words when nothing
# links from them (a script unfolds the text above), a next post's link when they do.
_UNFOLD = regex.compile(
    r"\s*((read|view|see|show)\s+(more|full)|weiterlesen|mehr lesen|lire la suite|en savoir plus"
    r"|(leer|ver)\s+más|leggi (tutto|di più))\b",
    regex.IGNORECASE,
)
_RECOMMENDED = regex.compile(r"recommended\s*:?", regex.IGNORECASE)
_MINIMUM = regex.compile(r"(minimum|required)(\s+(system\s+)?requirements)?\s*:?", regex.IGNORECASE)
REQUIREMENTS_REACH = 15
"""Blocks back from "Recommended:" to the "Minimum:" it pairs with, at most."""


def _second_requirements(page: Page, i: int) -> bool:
    """Whether block ``i``, "Recommended:", heads the second column of a software's system
    requirements: a "Minimum:" (or "Required:") list lies a few blocks above it (a game's
    store page). It opens no strip of recommended pages."""
    blocks = page.blocks
    if not _RECOMMENDED.fullmatch(blocks[i].text.strip()):
        return False
    return any(
        _MINIMUM.fullmatch(blocks[j].text.strip()) for j in range(max(0, i - REQUIREMENTS_REACH), i)
    )


_EXCERPT_HEADLINE_LINKS = 0.5
_HEADLINE_WORDS = 20


# A heading that counts the replies: "76 Replies", "Comments (12)".
_COUNTED = regex.compile(r"\d")
_REPLY_REACH = 12
"""How many blocks after a comments marker the first reply's prose may start."""
_HOLDER_CLIMB = 3


def _named_holder(page: Page, i: int) -> int:
    """The nearest element around block i (its own or up to three levels up) that has
    class names, else -1."""
    nodes = page.nodes
    node, steps = page.block_nodes[i], 0
    while node >= 0 and steps <= _HOLDER_CLIMB:
        if nodes[node].own_tokens:
            return node
        node, steps = nodes[node].parent, steps + 1
    return -1


class EndOfArticle(Rule):
    """After a strong end-of-article marker, only real prose is still the article.

    Short blocks after the marker (the next post's title, its excerpt, "Subscribe") are
    labelled as belonging to the marker's kind; good prose ends the clutter region, except
    after a "Comments" heading or a line saying the comments are closed, whose prose is the
    readers'. A short unlinked paragraph
    right before the resumed prose, its sibling, is that text's first sentence; a paragraph
    right under a teaser's linked headline, in the same element, is its excerpt. In content
    that shows code (a manual's), a cross-reference ("See also", "See more about ...") is
    the manual's own section, not the start of other pages' teasers. On a page that
    declares itself a forum thread, a count of likes ("11 Likes") closes one post, not the
    text. An unlinked "Read more" that is no heading unfolds the text above it, and
    "Recommended:" after "Minimum:" heads a second list of system requirements: they end
    nothing.
    """

    name = "end-of-article"
    family = "region"

    def apply(self, page: Page) -> None:
        d = density(page)
        marker: Label | None = None
        marker_text = ""
        hard = False
        closed = False
        seen_prose = False
        section = 0  # the level of the heading that opened a section of clutter
        # On a thread's page, the replies after "12 Replies" are its content, not readers'
        # comments on it.
        thread = replies_are_content(page)
        # A declared thread's posts each end with their own count of likes ("11 Likes"):
        # such a share bar closes a post, not the page's text.
        posts = declared_type(page.types) == "forum"
        for i, block in enumerate(page.blocks):
            label = page.labels[i]
            if label is None and d.raw[i] is Quality.GOOD and marker is None:
                seen_prose = True
            if section and block.kind is Kind.HEADING and block.level <= section:
                # The next section of the page: the clutter section has ended.
                marker, section = None, 0
            if (
                seen_prose
                and label is not None
                and page.rules[i] in SECTION_MARKER_RULES
                and block.kind is Kind.HEADING
                and block.level >= 2  # a page titled "Reviews" is made of them
            ):
                # Readers' reviews (or a shop's other products), up to the next section of
                # the page.
                marker, marker_text, hard, section = (
                    Label.COMMENTS if page.rules[i] == "review-section" else label,
                    block.text[:40],
                    True,
                    block.level,
                )
                continue
            if (
                label is Label.COMMENTS
                and page.rules[i] in END_MARKER_RULES
                and (
                    thread
                    or (
                        seen_prose
                        and block.kind is Kind.HEADING
                        and _COUNTED.search(block.text) is not None
                        and self._replies_alike(page, d, i)
                    )
                )
            ):
                marker = None  # the replies start: the thread goes on
                continue
            if posts and page.rules[i] == "share-bar" and _COUNTED.search(block.text):
                continue
            if (
                seen_prose
                and label is not None
                and page.rules[i] in END_MARKER_RULES
                and not (
                    page.rules[i] == "related-posts"
                    and _CROSS_REFERENCE.match(block.text)
                    and shows_code(page)
                )
                and not (
                    # An unlinked "Read more" that is no heading expands the text above it
                    # (a script's button): it links to no next post.
                    page.rules[i] == "post-navigation"
                    and block.link_share == 0.0
                    and block.kind is not Kind.HEADING
                    and page.nodes
                    and _UNFOLD.match(block.text) is not None
                )
                and not (page.rules[i] == "related-posts" and _second_requirements(page, i))
            ):
                marker = Label.TEASER if label is Label.TEASER else label
                marker_text = block.text[:40]
                # A comments heading, or a line saying the comments are closed, opens the
                # readers' comments: their prose does not resume the article.
                hard = label is Label.COMMENTS and (
                    block.kind is Kind.HEADING or bool(_CLOSED.search(block.text))
                )
                # A "More stories" heading closes the article: prose after it resumes the
                # article only inside the article's element. (A share bar or an inline
                # "Read more" is no heading: the article's prose may go on anywhere.)
                closed = closed or (block.kind is Kind.HEADING and label is Label.RELATED)
                continue
            if marker is None or label is not None:
                continue
            if (
                d.raw[i] is Quality.GOOD
                and not hard
                and (not closed or self._in_main(page, i))
                and not self._excerpt(page, i)
            ):
                # Prose resumes: the marker was a break inside the article, not its end.
                marker = None
                continue
            if block.kind is Kind.CODE and not hard:
                # Code is never a teaser: the marker was a manual's cross-reference ("See
                # more about validators in ...") and its text goes on.
                marker = None
                continue
            if not hard and self._opens_resumed_prose(page, d, i, closed):
                # An unlinked paragraph right before the prose that resumes is its first
                # sentence (a short one), not the marker's teaser.
                marker = None
                continue
            page.decide(
                i,
                marker,
                f"follows the end-of-article marker {marker_text!r}",
                self.name,
            )

    @staticmethod
    def _replies_alike(page: Page, d: Density, i: int) -> bool:
        """Whether the prose right after the comments heading at i (one that counts them,
        "76 Replies") is set in the markup of the prose right before it (the element
        holding it has the same tag and class names): a forum's replies, posts as the first
        one is, not readers' comments under an article, which themes set apart
        ('entry-content' above 'comment-content')."""
        nodes, labels, raw = page.nodes, page.labels, d.raw
        if not nodes:
            return False
        before = next(
            (j for j in range(i - 1, -1, -1) if labels[j] is None and raw[j] is Quality.GOOD),
            -1,
        )
        after = next(
            (
                k
                for k in range(i + 1, min(len(raw), i + _REPLY_REACH))
                if labels[k] is None and raw[k] is Quality.GOOD
            ),
            -1,
        )
        if before < 0 or after < 0:
            return False
        post, reply = _named_holder(page, before), _named_holder(page, after)
        return (
            post >= 0
            and reply >= 0
            and post != reply
            and nodes[post].tag == nodes[reply].tag
            and set(nodes[post].own_tokens) == set(nodes[reply].own_tokens)
        )

    def _excerpt(self, page: Page, i: int) -> bool:
        """Whether block i is the excerpt of a teaser this rule labelled: it follows the
        teaser's linked headline, a line that is no heading, in the same element (``<dt>``
        and ``<dd>``). (A heading may open a section of the article itself.)"""
        h = i - 1
        if h < 0 or page.rules[h] != self.name or not page.nodes:
            return False
        headline = page.blocks[h]
        if (
            headline.kind is Kind.HEADING  # a section of a list article, "Read also" in text
            or headline.link_share < _EXCERPT_HEADLINE_LINKS
            or headline.words > _HEADLINE_WORDS
        ):
            return False
        if page.blocks[i].kind is Kind.HEADING or page.blocks[i].link_share > 0:
            return False
        nodes, owner = page.nodes, page.block_nodes
        return nodes[owner[h]].parent == nodes[owner[i]].parent

    @classmethod
    def _opens_resumed_prose(cls, page: Page, d: Density, i: int, closed: bool) -> bool:
        block = page.blocks[i]
        j = i + 1
        if (
            block.kind is not Kind.PARAGRAPH
            or block.link_share > 0
            or j >= len(page.blocks)
            or page.labels[j] is not None
            or d.raw[j] is not Quality.GOOD
            or page.blocks[j].kind is not Kind.PARAGRAPH
        ):
            return False
        # Sibling paragraphs of one element (HTML only): the text the prose goes on with.
        nodes, owner = page.nodes, page.block_nodes
        if not nodes or nodes[owner[i]].parent != nodes[owner[j]].parent:
            return False
        return not closed or (cls._in_main(page, i) and cls._in_main(page, j))

    @staticmethod
    def _in_main(page: Page, i: int) -> bool:
        """Whether block i lies in the element holding the article's paragraphs (any
        block does when no element clearly holds them): the excerpts of a "More stories"
        list after the article read like prose too, but sit elsewhere."""
        main = main_node(page)
        return main < 0 or contains(page.nodes, main, page.block_nodes[i])


@dataclass(frozen=True, slots=True)
class Listing:
    group: tuple[int, ...]
    """Per node: the element whose listed items it lies in (the item itself included),
    -1 outside them; empty when the page lists nothing."""
    size: dict[int, int]
    """Per such element: how many items it lists."""
    teased: tuple[int, ...] = ()
    """Per node: the element whose items, under a related-posts heading after the article,
    it lies in (other pages' teasers), -1 outside them; empty when there are none."""


_NO_LISTING = Listing((), {})
_DIGITS = regex.compile(r"\d+")
LISTING_MIN_ITEMS = 4
LISTING_ITEM_BLOCKS = 20
"""A shop's product card may list its key features, its price and its buttons: 20 blocks."""
LISTING_ITEM_WORDS = 150
LISTING_ITEM_LINKS = 4
"""An item has a linked title and maybe a few links more (a product's picture, brand and
reviews); a menu's column has many."""
LISTING_HEADLINE_WORDS = 6
LISTING_STORY_LINKS = 10
"""An item with a linked block of this many words (a story's headline) may hold this many
links: a story's card links its author, date, tags, reactions and comments too; a menu's
column links entries of a word or three."""
LISTING_MIN_WORDS = 5.0
"""Items average this many words: a menu's entries are one to three words each."""
LISTING_PROSE = 2.0
"""The items outweigh the page's other prose by this factor (in characters)."""
LISTING_LINK_WEIGHT = 0.3
LISTING_MANY_ITEMS = 8
LISTING_INTRO_PARAGRAPHS = 2
"""From this many items side by side, beside at most this many paragraphs of prose, the
items need only outweigh that prose."""
"""Link text in the items counts this much against the other prose."""
LISTING_SECTIONS_PARAGRAPHS = 6
"""Two or more runs of items, 16 or more in all, beside at most this many paragraphs of
prose (a front page's sections and its blurbs) need only outweigh that prose too."""


_ASIDE_LANDMARKS = frozenset({"aside", "nav", "footer"})
"""Landmarks beside the content: items inside one are not the page's listing."""


LISTING_SPARE_WORDS = 600
"""An element alike the items beside it (tag, class and parent) is one of them with up to
this many words, however many links and blocks it holds."""
LISTING_CARD_LINKS = 40
LISTING_CARD_BLOCKS = 60
"""A product card (a class name with the word 'product') may offer its colours or sizes,
each a linked swatch: this many links and blocks."""


def _product_card(tokens: tuple[str, ...]) -> bool:
    """Whether an element's class/id names it a product ('product', 'product-card',
    'grid-product__item'; not 'products' or 'productivity').

    >>> _product_card(("product", "type-product")), _product_card(("grid-product__item",))
    (True, True)
    >>> _product_card(("related-products",)), _product_card(("productivity-tips",))
    (False, False)
    """
    return any("product" in TOKEN_PARTS.split(token) for token in tokens)


def find_listing(page: Page) -> Listing:
    """The page's listed items: four or more elements side by side, each a few blocks led
    by a link (a headline, a product name) with perhaps an excerpt, a price, a date. They
    are the page's content when their text outweighs the prose outside them."""
    nodes, owner, blocks = page.nodes, page.block_nodes, page.blocks
    n = len(nodes)
    if n == 0:
        return _NO_LISTING
    count = [0] * n
    words = [0] * n
    linked = [0] * n
    headline = [0] * n  # the words of the longest linked block (a headline)
    tables: list[int] = []  # tables of many linked rows
    for i, block in enumerate(blocks):
        node = owner[i]
        count[node] += 1
        words[node] += block.words
        if block.link_share > LINK_LIST_SHARE and block.words >= 2:
            linked[node] += 1
            if block.words > headline[node]:
                headline[node] = block.words
            if (
                block.kind is Kind.TABLE
                and len(block.rows) >= LISTING_MANY_ITEMS
                and block.words >= LISTING_MIN_WORDS * len(block.rows)
            ):
                tables.append(i)
    parents = page.parents
    add_up(count, parents)
    add_up(words, parents)
    add_up(linked, parents)
    max_up(headline, parents)
    # Regions that markup marks as clutter hold no listing, as for MarkedRegion: the
    # path to the content root and elements holding much of the prose are exempt.
    r = region(page)
    own = own_marks(page)
    guard = CONTENT_GUARD * r.prose_total
    marked = [False] * n
    # Per node: how much its prose counts against the items, as for the content root: less
    # in a region marked off the path to the content root (unless it holds the article's
    # paragraphs), nothing in a cookie dialog.
    caps: list[float | None] = [None] * n
    for i in marked_nodes(page):
        if r.on_root_path[i]:
            continue
        if r.prose[i] < guard:
            marked[i] = True
        mark = own[i]
        if mark is not None and mark.label is Label.COOKIE_NOTICE:
            caps[i] = COOKIE_WEIGHT
        elif not r.on_main_path[i]:
            caps[i] = MARKED_WEIGHT
    mark_down(marked, parents)
    factor = cap_down(caps, parents)
    # An item is a few blocks with one to four links; the element holding the article's
    # prose (and its ancestors) is none. Items side by side share a tag and a first class
    # name (numbers aside: "post-17", "post-18").
    # Nor does a sidebar, menu or footer landmark (a live feed, teasers beside the
    # article), unless the content root itself lies in it; a menu's never (a mega menu's
    # long entries may draw the root into it when the page's teasers read as links).
    root_landmark = nodes[r.root].landmark if r.root >= 0 else ""
    if root_landmark == "nav":
        root_landmark = ""
    groups: dict[tuple[int, str, str], list[int]] = {}
    spares: dict[tuple[int, str, str], list[int]] = {}
    parents, on_root_path = page.parents, r.on_root_path
    for i in range(n):
        if not count[i] or not linked[i] or marked[i] or on_root_path[i]:
            continue
        parent, element = parents[i], nodes[i]
        landmark = element.landmark
        if parent < 0 or (landmark in _ASIDE_LANDMARKS and landmark != root_landmark):
            continue
        links = LISTING_STORY_LINKS if headline[i] >= LISTING_HEADLINE_WORDS else LISTING_ITEM_LINKS
        tokens = element.own_tokens
        most = LISTING_ITEM_BLOCKS
        if (
            (count[i] > most or linked[i] > links)
            and tokens
            and words[i] <= LISTING_ITEM_WORDS
            and _product_card(tokens)
        ):
            # A shop's product card may offer its colours, each a linked swatch.
            links, most = LISTING_CARD_LINKS, LISTING_CARD_BLOCKS
        # An element over an item's limits may still be one beside items alike it.
        spare = count[i] > most or words[i] > LISTING_ITEM_WORDS or linked[i] > links
        if spare and words[i] > LISTING_SPARE_WORDS:
            continue
        kind = _DIGITS.sub("", tokens[0]) if tokens else ""
        (spares if spare else groups).setdefault((parent, element.tag, kind), []).append(i)
    # Items come several side by side, under one parent, with the same tag.
    item_parent: dict[int, int] = {}
    extra: dict[int, int] = {}
    size: dict[int, int] = {}
    main = -2  # the element holding the article's paragraphs, found when first needed
    for parent, members, keys in _runs(nodes, words, groups):
        if len(keys) > 1:
            # A run split over boxes is the page's only beside no article: blogs' boxes in
            # a sidebar, two headlines each, are no listing.
            main = main_node(page) if main == -2 else main
            if main >= 0 and not all(contains(nodes, main, m) for m in members):
                continue
        item_words = sum(words[m] for m in members)
        if len(members) >= LISTING_MIN_ITEMS and item_words >= LISTING_MIN_WORDS * len(members):
            size[parent] = max(size.get(parent, 0), len(members))
            for m in members:
                item_parent[m] = parent
            # Their siblings alike in markup are items too, however many links they hold
            # (a story's card with an audio player's "Transcript", "Download", "Embed"),
            # once the items alone make the page a listing.
            for key in keys:
                for m in spares.get(key, ()):
                    extra[m] = parent
    for i in tables:
        # A table of linked entries, a row each (a news aggregator's front page, a job
        # board), is a run of items in one block.
        node = owner[i]
        parent = nodes[node].parent
        landmark = nodes[node].landmark
        if (
            parent >= 0
            and not marked[node]
            and not r.on_root_path[node]
            and (landmark not in _ASIDE_LANDMARKS or landmark == root_landmark)
        ):
            item_parent[node] = parent
            size[parent] = max(size.get(parent, 0), len(blocks[i].rows))
    if not item_parent:
        return _NO_LISTING
    group = [-1] * n
    for i, elem in enumerate(nodes):
        if elem.parent >= 0 and group[elem.parent] >= 0:
            group[i] = group[elem.parent]
        else:
            group[i] = item_parent.get(i, -1)
    # Items under a "Related stories" / "Recommended for you" heading are other pages'
    # teasers, however many: not the page's listing.
    teased = _teased_groups(page, group)
    teasers: tuple[int, ...] = ()
    if teased:
        teasers = tuple(g if g in teased else -1 for g in group)
        group = [-1 if g in teased else g for g in group]
        size = {parent: k for parent, k in size.items() if parent not in teased}
        if not size:
            return Listing((), {}, teasers)
    # The items' text against the prose outside them; link text counts less, so that a
    # page's menus and headline boxes do not outweigh its article, and so does prose in
    # marked regions: a consent dialog's policy text does not outweigh a page of items.
    listed = 0.0
    other = 0.0
    paragraphs = 0  # prose blocks outside the items, unmarked
    for i, (block, w) in enumerate(zip(blocks, _block_weight(page), strict=True)):
        if group[owner[i]] >= 0:
            share = block.link_share
            listed += effective_length(block) * (1.0 - share + LISTING_LINK_WEIGHT * share)
        else:
            other += w * factor[owner[i]]
            paragraphs += w > 0 and factor[owner[i]] == 1.0
    # A long run of items beside an introduction of a paragraph or two is the page's
    # content: the items need only outweigh that introduction.
    needed = LISTING_PROSE
    if max(size.values()) >= LISTING_MANY_ITEMS and paragraphs <= LISTING_INTRO_PARAGRAPHS:
        needed = 1.0
    elif (
        len(size) >= 2
        and sum(size.values()) >= 2 * LISTING_MANY_ITEMS
        and paragraphs <= LISTING_SECTIONS_PARAGRAPHS
    ):
        # A front page set out in sections, each a run of items, beside a few blurbs.
        needed = 1.0
    if listed < needed * other:
        return Listing((), {}, teasers) if teasers else _NO_LISTING
    if extra:
        for i, elem in enumerate(nodes):
            parent = elem.parent
            if group[i] < 0 and extra.get(i, -1) in size:
                group[i] = extra[i]
            elif parent >= 0 and group[parent] >= 0:
                group[i] = group[parent]
    return Listing(tuple(group), size, teasers)


_GroupKey = tuple[int, str, str]
LISTING_BOX_ITEMS = 2
"""Items a box holds, at least, for its items to join those of boxes alike beside it (each
of at least ``LISTING_MIN_WORDS`` words)."""


def _runs(
    nodes: list[Node], words: list[int], groups: dict[_GroupKey, list[int]]
) -> list[tuple[int, list[int], list[_GroupKey]]]:
    """The runs of items: each group of alike elements under one parent, and the groups
    too small to be a run alone whose parents are alike side by side (same parent, tag and
    first class name): one list of items split over several boxes (a grid of three featured
    stories, then one of two more; a shop's results row by row). A run is named by its
    first box."""
    runs: list[tuple[int, list[int], list[_GroupKey]]] = []
    split: dict[tuple[int, str, str, str, str], list[_GroupKey]] = {}
    for key, members in groups.items():
        if len(members) >= LISTING_MIN_ITEMS:
            runs.append((key[0], members, [key]))
            continue
        box = nodes[key[0]]
        if (
            box.parent >= 0
            and len(members) >= LISTING_BOX_ITEMS
            and all(words[m] >= LISTING_MIN_WORDS for m in members)
        ):
            name = _DIGITS.sub("", box.own_tokens[0]) if box.own_tokens else ""
            split.setdefault((box.parent, box.tag, name, key[1], key[2]), []).append(key)
    for keys in split.values():
        if len(keys) >= 2:
            runs.append((keys[0][0], [m for key in keys for m in groups[key]], keys))
    return runs


LISTING_ARTICLE_PARAGRAPHS = 3
"""Paragraphs of prose outside any items, above a related-posts heading: an article's."""


def _teased_groups(page: Page, group: list[int]) -> set[int]:
    """The groups of items whose nearest heading above is a related-posts heading (not the
    page's title) that follows an article: paragraphs of prose outside the items, or a
    paragraph of prose under the article's headline (a short post, a quotation)."""
    owner, blocks, rules, labels = page.block_nodes, page.blocks, page.rules, page.labels
    raw = density(page).raw
    seen: set[int] = set()
    teased: set[int] = set()
    heading = -1  # the last heading before the current block
    prose = 0  # paragraphs of prose outside the items so far
    prose_above = 0  # ... above that heading
    titled = -1  # paragraphs of prose outside the items when the headline came; -1 before
    for i, node in enumerate(owner):
        g = group[node]
        if g >= 0 and g not in seen:
            seen.add(g)
            if (
                heading >= 0
                and rules[heading] == "related-posts"
                and blocks[heading].level >= 2
                and (prose_above >= LISTING_ARTICLE_PARAGRAPHS or 0 <= titled < prose_above)
            ):
                teased.add(g)
        if g < 0 and rules[i] == "title" and titled < 0:
            titled = prose
        elif g < 0 and blocks[i].kind is Kind.HEADING:
            heading, prose_above = i, prose
        elif g < 0 and labels[i] is None and raw[i] is Quality.GOOD:
            prose += 1
    return teased


def listing(page: Page) -> Listing:
    return page.cached("listing", find_listing)


class ListingItems(Rule):
    """On a page that is a list of items (linked headlines with their excerpts, products
    with their prices) and little else, the items are the content. A page that declares
    itself a forum thread lists no other pages: its posts under their authors' cards are
    left to the other rules."""

    name = "listing-items"
    family = "region"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        found = listing(page)
        nodes, owner, group = page.nodes, page.block_nodes, found.group
        if found.teased:
            # Items under a related-posts heading after the article: other pages' teasers,
            # however much their excerpts read like prose.
            for i in list(page.undecided()):
                if found.teased[owner[i]] >= 0:
                    page.decide(
                        i,
                        Label.RELATED,
                        "in one of the items under a related-posts heading",
                        self.name,
                    )
        if not group or declared_type(page.types) == "forum":
            # A thread's posts, each under its author's card, list no other pages.
            return
        listed = [i for i in page.undecided() if group[owner[i]] >= 0]
        calls = _repeated_calls(page, listed)
        for i in listed:
            parent = group[owner[i]]
            if i in calls:
                page.decide(
                    i,
                    Label.BOILERPLATE,
                    "a call to action repeated under the listed items",
                    self.name,
                )
                continue
            page.decide(
                i,
                Label.BODY,
                f"in one of {found.size[parent]} listed items under <{nodes[parent].tag}>",
                self.name,
            )


ITEM_CALL_WORDS = 5
"""Words of an item's button ("Read customer story"), at most."""
ITEM_CALL_REPEATS = 2
"""Items printing the same button, at least: the items' furniture, not one item's text."""
# An item's button: "Learn more", "Read the story", "Book now", "Start course", "Explore
# solution ->", "View profile", "Quick shop", "Apply now", in a few languages. A product's
# name or a place never reads this way.
_ITEM_CALL = regex.compile(
    r"(?:learn more|read more|read (?:the )?(?:blog|story|report|case study|customer story"
    r"|article|post)|see more|view (?:more|details|all)|explore(?: solution| more)?"
    r"|discover more|find out more|shop now|order now|book now|buy now|get started"
    r"|start course|try it free|sign up|request a demo|download|watch(?: now| video)?"
    r"|more info|view (?:\w+ )?profile|quick (?:shop|view)|pre[- ]?order(?: now)?|apply now"
    r"|continue reading|read full story|view (?:product|project|course)|en savoir plus"
    r"|mehr erfahren|weiterlesen|leer más|saiba mais|scopri di più)\W*",
    regex.IGNORECASE,
)


def _repeated_calls(page: Page, listed: list[int]) -> set[int]:
    """The listed items' buttons: a short call to action ("Learn more", "Book now")
    printed under two items or more. Only blocks of a few words are read."""
    blocks = page.blocks
    seen: dict[str, list[int]] = {}
    for i in listed:
        block = blocks[i]
        if block.words > ITEM_CALL_WORDS or block.kind is Kind.HEADING:
            continue
        text = block.text.strip()
        if _ITEM_CALL.fullmatch(text):
            seen.setdefault(text.lower(), []).append(i)
    return {i for found in seen.values() if len(found) >= ITEM_CALL_REPEATS for i in found}


# "1) ", "2. ", "#3 ", "4: ": an item number opening a block. Years and prices have more
# digits; "1.5" and "2:30" have no space after the mark.
_ITEM_NUMBER = regex.compile(r"#?(\d{1,3})[.):]?\s")
NUMBERED_MIN_ITEMS = 3
NUMBERED_MAX_GAP = 8
"""Blocks from one item to the next, at most."""
NUMBERED_ITEM_BLOCKS = 3
"""An item of up to this many blocks keeps them all: its description, its link. Longer
items (a forum post under its number, with its author's card) keep only the number's."""


NOTES_MIN_ITEMS = 3
"""Items opening with a back-link ("^") in one list, at least: the page's notes."""


class NumberedItems(Rule):
    """Blocks numbered one after another ("1) ...", "2) ...", "3) ...") are the items of a
    list the author wrote: a countdown, the steps of a recipe, a list of picks. Menus and
    teasers are not numbered, and a numbered list of links ("most read") does not count.
    The items and what lies between them are the article's, even when each reads like a
    label (a product name and its link). So are the notes an encyclopedia numbers at the
    end of an article, each opening with the back-link to where it is cited ("^ Smith, J.
    (2004). ..."), however many links they hold."""

    name = "numbered-items"
    family = "region"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        self._notes(page)
        blocks = page.blocks
        # Per chain: the kind of its blocks, the next number expected, its step (+1 or -1)
        # and its blocks.
        chains: list[tuple[Kind, int, int, list[int]]] = []
        open_at: dict[tuple[Kind, int], int] = {}  # (kind, next number) -> chain
        found: list[list[int]] = []
        for i in page.undecided():
            text = blocks[i].text
            if not text or not (text[0].isdigit() or text[0] == "#"):
                continue
            m = _ITEM_NUMBER.match(text)
            if m is None:
                continue
            number, kind = int(m.group(1)), blocks[i].kind
            at = open_at.pop((kind, number), -1)
            if at >= 0 and i - chains[at][3][-1] <= NUMBERED_MAX_GAP:
                _, _, step, members = chains[at]
                members.append(i)
                chains[at] = (kind, number + step, step, members)
                open_at[(kind, number + step)] = at
                continue
            # A new chain, counting up or down from here.
            for step in (1, -1):
                chains.append((kind, number + step, step, [i]))
                open_at.setdefault((kind, number + step), len(chains) - 1)
        for _, _, _, members in chains:
            # A numbered list of linked headlines is a "most read" box, not the author's.
            linked = sum(blocks[i].link_share > LINK_LIST_SHARE for i in members)
            if len(members) >= NUMBERED_MIN_ITEMS and 2 * linked < len(members):
                found.append(members)
        for members in found:
            reason = f"in a list numbered one after another ({len(members)} items)"
            # An item's own text (a description, its link) follows it, up to the next; the
            # last item's runs as far as the one before it did.
            ends = [*members[1:], min(len(blocks), 2 * members[-1] - members[-2])]
            for start, end in zip(members, ends, strict=True):
                page.decide(start, Label.BODY, reason, self.name)
                if end - start <= NUMBERED_ITEM_BLOCKS:
                    for i in range(start + 1, end):
                        if blocks[i].kind is Kind.HEADING:
                            break
                        page.decide(i, Label.BODY, reason, self.name)

    def _notes(self, page: Page) -> None:
        """Keep the items of a list that open with a back-link ("^"), three or more, each
        whole: the blocks after its first that the same item holds (a note cut where it
        cites its source, '^ Lee, A. "Title"', '. The Times. Retrieved 1 May 2015.')."""
        blocks, nodes, owner, labels = page.blocks, page.nodes, page.block_nodes, page.labels
        lists: dict[int, list[int]] = {}
        for i in page.undecided():
            if blocks[i].kind is Kind.LIST_ITEM and blocks[i].text.startswith("^"):
                lst = _list_of(nodes, owner[i])
                if lst >= 0:
                    lists.setdefault(lst, []).append(i)
        for members in lists.values():
            if len(members) < NOTES_MIN_ITEMS:
                continue
            reason = f"in a list of {len(members)} notes, each opening with its back-link '^'"
            for i in members:
                page.decide(i, Label.BODY, reason, self.name)
                j = i + 1
                while j < len(blocks) and owner[j] == owner[i] and labels[j] is None:
                    page.decide(j, Label.BODY, reason, self.name)
                    j += 1


# "3/50 ": a slideshow's counter opening a caption's title: the slide's number out of a fixed
# count. Scores ("83/100 Rating") do not run 1, 2, 3; dates ("3/4/2021") carry a second slash.
_SLIDE_COUNTER = regex.compile(r"(\d{1,3}) ?/ ?(\d{1,3})(?![\d/])")
SLIDESHOW_MIN_SLIDES = 4
SLIDESHOW_PROSE_SHARE = 0.15
SLIDESHOW_PARAGRAPHS = 3
SLIDESHOW_CONTROL_WORDS = 3
"""The article beside the gallery: this many paragraphs of prose in the content outside it,
holding at least that share of the page's prose."""


class Slideshow(Rule):
    """A photo gallery set beside the article ("Business news in pictures"): slides numbered
    out of a fixed count, one after another ("1/50 ...", "2/50 ...", "3/50 ..."), each with its
    caption and credit. It is the page's other pictures, not the article, when the element
    holding the article's own paragraphs lies elsewhere and the content holds paragraphs of
    prose outside the gallery (a share of the page's prose, though the captions may hold
    more); a gallery that is the page's content (its captions all the prose there is, or
    the slides among the article's paragraphs) stays. The heading right
    above the gallery names it and goes with it."""

    name = "slideshow"
    family = "region"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        blocks, nodes, owner = page.blocks, page.nodes, page.block_nodes
        # Per count: the slides found so far (block indices), numbered 1, 2, 3 ... in order.
        runs: dict[int, list[int]] = {}
        for i in page.undecided():
            text = blocks[i].text
            if not text[:1].isdigit():
                continue
            m = _SLIDE_COUNTER.match(text)
            if m is None:
                continue
            number, count = int(m.group(1)), int(m.group(2))
            if count < SLIDESHOW_MIN_SLIDES or number > count:
                continue
            run = runs.setdefault(count, [])
            if number == len(run) + 1:
                run.append(i)
            elif number == 1:
                runs[count] = [i]
        main = main_node(page)
        r, d = region(page), density(page)
        for count, run in runs.items():
            if len(run) < min(count, SLIDESHOW_MIN_SLIDES):
                continue
            gallery = _common_ancestor(nodes, [owner[i] for i in run])
            if main >= 0 and (contains(nodes, gallery, main) or contains(nodes, main, gallery)):
                continue
            outside = [
                i
                for i, q in enumerate(d.raw)
                if q is Quality.GOOD
                and page.labels[i] is None
                and r.inside[owner[i]]
                and not contains(nodes, gallery, owner[i])
            ]
            if (
                len(outside) < SLIDESHOW_PARAGRAPHS
                or r.prose[gallery] > (1.0 - SLIDESHOW_PROSE_SHARE) * r.prose_total
            ):
                continue  # the page's prose is the gallery's captions: it is the content
            reason = f"in a slideshow of {count} numbered slides ('1/{count}', '2/{count}', ...)"
            members = [i for i in page.undecided() if contains(nodes, gallery, owner[i])]
            if not members:
                continue
            # The gallery's heading, maybe above a control or two ("50 show all").
            for j in range(members[0] - 1, max(-1, members[0] - 4), -1):
                if page.labels[j] is not None:
                    continue
                if blocks[j].kind is Kind.HEADING:
                    members.insert(0, j)
                if blocks[j].kind is Kind.HEADING or blocks[j].words > SLIDESHOW_CONTROL_WORDS:
                    break
            for i in members:
                page.decide(i, Label.RELATED, reason, self.name)


def _list_of(nodes: list[Node], node: int) -> int:
    """The nearest ``<ol>`` or ``<ul>`` holding ``node``; -1 when there is none."""
    while node >= 0 and nodes[node].tag not in _LIST_TAGS:
        node = nodes[node].parent
    return node


def _common_ancestor(nodes: list[Node], members: list[int]) -> int:
    """The deepest element holding all of ``members``."""
    path = []
    node = members[0]
    while node >= 0:
        path.append(node)
        node = nodes[node].parent
    common = path[::-1]  # from the root down
    for member in members[1:]:
        chain = set()
        node = member
        while node >= 0:
            chain.add(node)
            node = nodes[node].parent
        while common and common[-1] not in chain:
            common.pop()
    return common[-1] if common else 0


SMALL_PAGE_WORDS = 30
SMALL_PAGE_MIN_CHARS = 3


class SmallPage(Rule):
    """A page of a few lines and nothing else (no menu, no footer, no clutter any rule
    recognised) is all content: however little prose it has, returning nothing from it
    would lose all it says."""

    name = "small-page"
    family = "region"

    def apply(self, page: Page) -> None:
        if not page.nodes:
            return
        blocks, labels = page.blocks, page.labels
        if sum(block.words for block in blocks) > SMALL_PAGE_WORDS:
            return
        if any(label is not None and label is not Label.TITLE for label in labels):
            return
        reason = f"the page has {SMALL_PAGE_WORDS} words or fewer and nothing else"
        for i in list(page.undecided()):
            if len(blocks[i].text) >= SMALL_PAGE_MIN_CHARS:  # not a close button's "x"
                page.decide(i, Label.BODY, reason, self.name)
