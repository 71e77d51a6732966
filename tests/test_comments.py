"""Article.comments (the thread, comment by comment) and Article.page_type."""

from __future__ import annotations

from articles import explain

import cleanpage
from cleanpage import Block, Label
from cleanpage.comments import group_comments
from cleanpage.pagetype import declared_type, page_type

PROSE = (
    "We set off from the lock keeper's cottage just after nine, when the frost was still "
    "white on the grass and the water was so still that the moored boats seemed to float "
    "on glass. The towpath runs for eleven miles to the next village, and we had the whole "
    "of it almost to ourselves. Halfway along, the path climbs beside a flight of seven "
    "locks that were restored by volunteers in the nineteen-seventies."
)
FIRST = (
    "Lovely walk, we did the same stretch last winter and the tea room was closed, so lucky "
    "you found it open this time of year."
)
SECOND = (
    "Which bus did you take back to the lock? The timetable changed in January and I could "
    "not find the new one anywhere online."
)


def _comment(n: int, author: str, text: str, date: str = "") -> str:
    meta = f"<div class='comment-metadata'>{date}</div>" if date else ""
    return (
        f"<li id='comment-{n}' class='comment'><article class='comment-body'>"
        f"<footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>{author}"
        f"</b></div>{meta}</footer><div class='comment-content'><p>{text}</p></div>"
        "<div class='reply'><a href='#'>Reply</a></div></article></li>"
    )


BLOG = (
    f"<html><body><article><h1>Walking the towpath</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
    "<section id='comments' class='comments-area'><h2>2 comments</h2><ol class='comment-list'>"
    + _comment(11, "Mary Stone", FIRST, "March 3, 2024 at 9:12 am")
    + _comment(12, "John Roe", SECOND)
    + "</ol><div id='respond'><h3>Leave a Reply</h3></div></section></body></html>"
)


def test_comments_come_one_by_one_with_their_authors() -> None:
    article = cleanpage.extract(BLOG)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Mary Stone", FIRST),
        ("John Roe", SECOND),
    ], explain(article)
    assert FIRST not in article.text and "Mary Stone" not in article.text
    for comment in article.comments:
        assert all(article.blocks[i].label == "comments" for i in comment.blocks)


def test_comments_are_in_the_dict() -> None:
    data = cleanpage.extract(BLOG).to_dict(blocks=False)
    assert data["comments"][1] == {
        "author": "John Roe",
        "text": SECOND,
        "blocks": data["comments"][1]["blocks"],
    }
    assert '"comments"' in cleanpage.extract(BLOG).to_json()


def test_a_page_without_comments_has_none() -> None:
    article = cleanpage.extract(f"<html><body><article><p>{PROSE}</p></article></body></html>")
    assert article.comments == ()


def test_without_markup_a_name_line_opens_each_comment() -> None:
    # Text dumps have no comment elements: a short name line before a paragraph is its
    # author. (Which lines of a dump are comments is the rules' business.)
    texts = ["Mary Stone", FIRST, "John Roe", SECOND]
    blocks = [
        Block(index=i, text=t, label=Label.COMMENTS, words=len(t.split()))
        for i, t in enumerate(texts)
    ]
    comments = group_comments(blocks, ["end-of-article"] * len(blocks))
    assert [(c.author, c.text, c.blocks) for c in comments] == [
        ("Mary Stone", FIRST, (0, 1)),
        ("John Roe", SECOND, (2, 3)),
    ]


def test_page_type_of_an_article() -> None:
    article = cleanpage.extract(BLOG)
    assert article.page_type == "article"
    assert article.metadata_sources["page_type"] == "paragraphs of prose"


def test_page_type_declared_by_json_ld_or_opengraph() -> None:
    for head, kind in (
        (
            '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>',
            "product",
        ),
        ('<meta property="og:type" content="product">', "product"),
        ('<script type="application/ld+json">{"@type": "CollectionPage"}</script>', "listing"),
        ('<script type="application/ld+json">{"@type": ["WebPage", "QAPage"]}</script>', "forum"),
    ):
        article = cleanpage.extract(f"<html><head>{head}</head><body><p>{PROSE}</p></body></html>")
        assert article.page_type == kind, head
        assert article.metadata_sources["page_type"] == "declared by the page's metadata"


def test_page_type_of_a_listing() -> None:
    cards = "".join(
        f"<div class='card'><h2><a href='/post-{n}'>Canal walk number {n} along the river</a></h2>"
        f"<p>A short excerpt of walk {n}.</p></div>"
        for n in range(12)
    )
    article = cleanpage.extract(f"<html><body><main><h1>All walks</h1>{cards}</main></body></html>")
    assert article.page_type == "listing", explain(article)


def test_page_type_of_a_page_of_listed_items() -> None:
    # Items whose headline and excerpt sit inside one link: the listing-items rule keeps
    # them, and the page is a listing.
    items = "".join(
        f"<li><a href='/walk/{i}'><h3>Walk number {i} along the old canal to the lock</h3>"
        f"<p>Eleven miles past the locks, the tea room and the aqueduct, on day {i}.</p></a>"
        f"<p>March {i + 1}, 2024</p></li>"
        for i in range(8)
    )
    article = cleanpage.extract(
        "<html><head><title>Walks</title></head><body>"
        f"<main><h1>Latest walks</h1><ul class='stories'>{items}</ul></main></body></html>"
    )
    assert article.page_type == "listing", explain(article)
    assert "listed side by side" in article.metadata_sources["page_type"]


def test_page_type_of_a_shop_page() -> None:
    html = (
        "<html><body><main><h1>Copper kettle</h1><p>A hand-made copper kettle for the stove.</p>"
        "<p class='price'>$49.99</p><button>Add to cart</button><p>In stock</p>"
        "</main></body></html>"
    )
    article = cleanpage.extract(html)
    assert article.page_type == "product", explain(article)


def test_page_type_of_a_short_page() -> None:
    article = cleanpage.extract(
        "<html><body><main><h1>Contact</h1><p>Call us.</p></main></body></html>"
    )
    assert article.page_type == "page"


def test_declared_type_prefers_the_strongest_kind() -> None:
    assert declared_type(("webpage", "newsarticle")) == "article"
    assert declared_type(("product", "og:article")) == "product"
    assert declared_type(("qapage", "question")) == "forum"
    assert declared_type(("question",)) == "forum"


def test_declared_faq_questions_make_no_forum() -> None:
    """An article that lists its FAQ in JSON-LD is still an article; a page that
    declares a question alone is a thread."""
    faq = (
        '{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Why?", '
        '"acceptedAnswer": {"@type": "Answer", "text": "Because."}}]}'
    )
    for ld, kind in (
        (f'[{{"@type": "Article", "headline": "Tides"}}, {faq}]', "article"),
        ('{"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Why?"}}', "forum"),
    ):
        head = f'<script type="application/ld+json">{ld}</script>'
        article = cleanpage.extract(f"<html><head>{head}</head><body><p>{PROSE}</p></body></html>")
        assert article.page_type == kind, ld


def test_declared_product_under_a_review_is_its_subject() -> None:
    ld = '{"@type": "BlogPosting", "about": {"@type": "Product", "name": "Kettle"}}'
    head = f'<script type="application/ld+json">{ld}</script>'
    article = cleanpage.extract(f"<html><head>{head}</head><body><p>{PROSE}</p></body></html>")
    assert article.page_type == "article"
    # A product page's reviews by its customers leave it a product page.
    ld = '{"@type": "Product", "name": "Kettle", "review": [{"@type": "Review"}]}'
    head = f'<script type="application/ld+json">{ld}</script>'
    article = cleanpage.extract(f"<html><head>{head}</head><body><p>{PROSE}</p></body></html>")
    assert article.page_type == "product"
    head = '<meta property="og:type" content="article"><meta property="og:type" content="product">'
    article = cleanpage.extract(f"<html><head>{head}</head><body><p>{PROSE}</p></body></html>")
    assert article.page_type == "product"
    assert declared_type(("webpage",)) is None
    assert page_type((), ())[0] == "page"


def test_page_type_declared_by_microdata() -> None:
    """A top-level microdata item declares the page's type as JSON-LD does: a Q&A page's
    <html itemscope itemtype=".../QAPage">, a product's box. Items that are another item's
    property, and a type that many items share (a listing's cards), declare nothing."""
    question = (
        '<html itemscope itemtype="https://schema.org/QAPage"><body>'
        f'<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><p>{PROSE}</p>'
        "</div></body></html>"
    )
    article = cleanpage.extract(question)
    assert (article.page_type, article.metadata_sources["page_type"]) == (
        "forum",
        "declared by the page's metadata",
    )
    product = f'<div itemscope itemtype="http://schema.org/Product"><p>{PROSE}</p></div>'
    assert cleanpage.extract(product).page_type == "product"
    nested = (
        f'<div><p>{PROSE}</p><div itemprop="review" itemscope itemtype="http://schema.org/Product">'
        "<p>Kettle</p></div></div>"
    )
    assert cleanpage.extract(nested).metadata_sources["page_type"] == "little prose and no listing"
    card = (
        '<article itemscope itemtype="https://schema.org/Article">'
        '<h2><a href="/{0}">Story {0}</a></h2></article>'
    )
    cards = "".join(card.format(n) for n in range(3))
    listing = cleanpage.extract(f"<main><p>{PROSE}</p>{cards}</main>")
    assert listing.metadata_sources["page_type"] != "declared by the page's metadata"
