"""What kind of page this is: an article, a listing of other pages, a forum thread, a
product, or some other page.

The page's own declaration (schema.org JSON-LD ``@type``, ``og:type``) is read first;
without one, the labelled blocks decide: a listing's body is a run of linked headlines and
short excerpts, a shop page names a price beside a buy button, a thread is posts under
forum markup, and an article has paragraphs of prose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import regex

from cleanpage.article import Block, Label

PageType = Literal["article", "listing", "forum", "product", "page"]
PAGE_TYPES: tuple[PageType, ...] = ("article", "listing", "forum", "product", "page")

# Declared types, strongest first within each kind.
_DECLARED: tuple[tuple[PageType, frozenset[str]], ...] = (
    ("product", frozenset({"product", "productgroup", "og:product", "og:product.item"})),
    ("forum", frozenset({"discussionforumposting", "qapage", "question"})),
    ("listing", frozenset({"collectionpage", "searchresultspage"})),
    (
        "article",
        frozenset(
            {
                "article",
                "newsarticle",
                "blogposting",
                "report",
                "scholarlyarticle",
                "techarticle",
                "liveblogposting",
                "analysisnewsarticle",
                "opinionnewsarticle",
                "reportagenewsarticle",
                "reviewnewsarticle",
                "backgroundnewsarticle",
                "recipe",
                "howto",
            }
        ),
    ),
)
# Bounded repeats: a price is short, and a line of digits must not cost quadratic time.
PRICE = regex.compile(
    r"(?:[$€£¥₹]\s?\d[\d.,]{0,12}|(?<![\d.,])\d[\d.,]{0,12}\s?(?:[$€£¥₹]|eur|usd|gbp|chf|kr|zł)\b)",
    regex.IGNORECASE,
)
_SHORT_CHARS = 300
BUY = regex.compile(
    r"\b(?:add to (?:cart|basket|bag|wishlist)|buy (?:it )?now|in stock|out of stock|"
    r"in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|"
    r"adicionar ao carrinho)\b",
    regex.IGNORECASE,
)
_FORUM_TOKENS = regex.compile(r"forum|thread|topic|bbpress|bbp|phpbb|xenforo|discourse|vbulletin")
_MIN_LISTING_ITEMS = 6
_ARTICLE_PARAGRAPH_WORDS = 40
"""An article has at least one body block this long."""
_MIN_ARTICLE_WORDS = 150
_PARAGRAPH_WORDS = 30
_MIN_FORUM_POSTS = 3


# JSON-LD types that make an article of a page declaring a product too: a review names
# the product it reviews. (Open Graph's "article", which shop templates set on every
# page, does not, nor a "Review", which a product page lists its customers' reviews as.)
_REVIEW_TYPES = frozenset({"article", "newsarticle", "blogposting", "reviewnewsarticle"})


def declared_type(types: tuple[str, ...]) -> PageType | None:
    """The page type the page declares in its metadata, if any.

    The questions of an FAQ (a ``FAQPage``'s ``Question`` entries, which articles, shops
    and service pages add for search engines) make no forum thread, and a product named
    beside an article's own type is the subject of a review.

    >>> declared_type(("webpage", "newsarticle"))
    'article'
    >>> declared_type(("faqpage", "question", "webpage")) is None
    True
    >>> declared_type(("blogposting", "product")), declared_type(("og:article", "product"))
    ('article', 'product')
    """
    found = set(types)
    if "faqpage" in found:
        found.discard("question")
    if found & _REVIEW_TYPES:
        found.discard("product")
    for kind, names in _DECLARED:
        if found & names:
            return kind
    return None


_MAX_ITEMS = 200
_LISTED_ITEMS = 3


def microdata_types(item_types: Sequence[str]) -> tuple[str, ...]:
    """The schema.org types that a page's top-level microdata items declare (their
    ``itemtype`` URLs), lower case, without the listed ones: a type that three or more
    items declare is a listing's entries' (cards marked up as Article each), not the page's.

    >>> microdata_types(["https://schema.org/QAPage", "http://schema.org/WebSite"])
    ('qapage', 'website')
    >>> microdata_types(["https://schema.org/Article"] * 3 + ["https://schema.org/WebPage"])
    ('webpage',)
    """
    counts: dict[str, int] = {}
    for value in item_types[:_MAX_ITEMS]:
        for url in value.split()[:4]:  # one itemtype may list several types
            name = url.lower().rstrip("/").rsplit("/", 1)[-1]
            if name and len(name) < 64:
                counts[name] = counts.get(name, 0) + 1
    return tuple(name for name, count in counts.items() if count < _LISTED_ITEMS)


def page_type(blocks: tuple[Block, ...], types: tuple[str, ...] = ()) -> tuple[PageType, str]:
    """The page's type and the evidence for it, from its labelled blocks and the types
    its metadata declares."""
    declared = declared_type(types)
    if declared is not None:
        return declared, "declared by the page's metadata"
    body = [b for b in blocks if b.label is Label.BODY or b.label is Label.TITLE]
    longest = max((b.words for b in body if b.label is Label.BODY), default=0)
    body_words = sum(b.words for b in body if b.label is Label.BODY)
    texts = [b.text for b in blocks if b.words <= 40 and len(b.text) <= _SHORT_CHARS]
    # One search over the short lines joined: a buy button is rare, and then prices count.
    prices = sum(1 for t in texts if PRICE.search(t)) if BUY.search("\n".join(texts)) else 0
    items = sum(
        1
        for b in blocks
        if b.rule == "teaser-cards"
        or (b.rule == "link-density" and b.words >= 3)
        or (b.label is Label.BODY and b.link_share > 0.5)
    )
    if prices:
        if prices >= _MIN_LISTING_ITEMS and items >= _MIN_LISTING_ITEMS:
            return "listing", f"{prices} prices beside {items} linked items"
        return "product", "a price beside a buy button"
    forum_markup: dict[frozenset[str], bool] = {}  # blocks of one element share tokens
    posts = set()
    for b in body:
        marked = forum_markup.get(b.tokens)
        if marked is None:
            marked = forum_markup[b.tokens] = _FORUM_TOKENS.search(" ".join(b.tokens)) is not None
        if marked:
            posts.add(b.tag_path)
    if len(posts) >= _MIN_FORUM_POSTS or (
        len(posts) >= 1 and sum(b.label is Label.COMMENTS for b in blocks) >= _MIN_FORUM_POSTS
    ):
        return "forum", "posts under forum markup"
    # Only the listing's own items: listing-items also labels the teasers under an
    # article's related-posts heading (related), which make no listing page.
    listed = sum(1 for b in blocks if b.rule == "listing-items" and b.label is Label.BODY)
    if listed >= _MIN_LISTING_ITEMS:
        # The listing-items rule found the page to be mostly items side by side.
        return "listing", f"{listed} blocks in items listed side by side"
    prose = sum(b.words for b in body if b.label is Label.BODY and b.words >= _PARAGRAPH_WORDS)
    if items >= _MIN_LISTING_ITEMS and prose < _MIN_ARTICLE_WORDS:
        return "listing", f"{items} linked headlines or teaser cards and no long prose"
    if body_words >= _MIN_ARTICLE_WORDS and longest >= _ARTICLE_PARAGRAPH_WORDS:
        return "article", "paragraphs of prose"
    return "page", "little prose and no listing"
