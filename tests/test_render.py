"""Structure in the output: inline spans, images, and what to_markdown()/to_html() make of them."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import cleanpage
from cleanpage.article import Image, Kind, Label, Span, Style

PROSE = (
    "The committee met on Tuesday to discuss the new proposal, and after a long debate "
    "the members agreed that the plan should go ahead in the spring."
)
PROSE_2 = (
    "Critics of the plan said that it would cost too much, but the chair argued that the "
    "benefits for the town would outweigh the costs within a few years."
)
URL = "https://news.example.com/2024/story/page.html"


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>A Story About Plans</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>A Story About Plans</h1>{body}</article>"
        f"<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
    )


def body_block(article: cleanpage.Article, start: str) -> cleanpage.Block:
    return next(b for b in article.body if b.text.startswith(start))


def test_links_resolve_against_the_url() -> None:
    html = page(
        f"<p>{PROSE} See <a href='../other.html'>the other story</a> and "
        f"<a href='https://elsewhere.example.org/x'>this page</a>.</p><p>{PROSE_2}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    block = body_block(article, "The committee")
    links = [s for s in block.spans if s.style is Style.LINK]
    assert [block.text[s.start : s.end] for s in links] == ["the other story", "this page"]
    assert [s.href for s in links] == [
        "https://news.example.com/2024/other.html",
        "https://elsewhere.example.org/x",
    ]
    markdown = article.to_markdown()
    assert "See [the other story](https://news.example.com/2024/other.html) and" in markdown
    assert "[this page](https://elsewhere.example.org/x)." in markdown


def test_base_href_and_no_url() -> None:
    html = page(
        f"<p>{PROSE} <a href='deep/link'>A link</a>.</p><p>{PROSE_2}</p>",
        head="<base href='https://cdn.example.net/root/'>",
    )
    block = body_block(cleanpage.extract(html, url=URL), "The committee")
    assert block.spans[0].href == "https://cdn.example.net/root/deep/link"
    # Without a URL a relative href stays as written; fragments and scripts are no links.
    html = page(
        f"<p>{PROSE} <a href='deep/link'>A link</a> <a href='#top'>top</a> "
        f"<a href='javascript:void(0)'>js</a>.</p><p>{PROSE_2}</p>"
    )
    block = body_block(cleanpage.extract(html), "The committee")
    assert [(s.style, s.href) for s in block.spans] == [(Style.LINK, "deep/link")]


def test_emphasis_strong_and_code() -> None:
    html = page(
        f"<p>{PROSE} It was <em>very</em> <b>important</b> to run "
        f"<code>make  all</code> and <i> keep </i>calm.</p><p>{PROSE_2}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    block = body_block(article, "The committee")
    assert block.text.endswith("It was very important to run make all and keep calm.")
    styles = {(s.style, block.text[s.start : s.end]) for s in block.spans}
    assert styles == {
        (Style.EMPHASIS, "very"),
        (Style.STRONG, "important"),
        (Style.CODE, "make all"),
        (Style.EMPHASIS, "keep"),
    }
    assert "It was *very* **important** to run `make all` and *keep* calm." in (
        article.to_markdown()
    )
    html_out = article.to_html()
    assert "<em>very</em> <strong>important</strong> to run <code>make all</code>" in html_out


def test_nested_inline_markup() -> None:
    html = page(
        f"<p>{PROSE} <a href='/a'>a <strong>bold</strong> link</a> and "
        f"<em>an <a href='/b'>emphasised link</a></em>.</p><p>{PROSE_2}</p>"
    )
    markdown = cleanpage.extract(html, url=URL).to_markdown()
    assert "[a **bold** link](https://news.example.com/a)" in markdown
    assert "*an [emphasised link](https://news.example.com/b)*." in markdown


def test_markdown_escapes_plain_text() -> None:
    html = page(
        f"<p>{PROSE} Use snake_case names, *stars* and [brackets].</p>"
        f"<p>{PROSE_2}<br># not a heading<br>1. not a list</p>"
    )
    markdown = cleanpage.extract(html, url=URL).to_markdown()
    assert r"snake\_case names, \*stars\* and \[brackets\]." in markdown
    assert "\n\\# not a heading" in markdown
    assert "\n1\\. not a list" in markdown


def test_lists_tables_code_quotes_in_markdown() -> None:
    html = page(
        f"<p>{PROSE}</p><h2>Details of the plan</h2><p>{PROSE_2}</p>"
        "<ul><li>first point of the plan</li><li>second point<ul>"
        "<li>a nested <a href='/n'>point</a></li></ul></li></ul>"
        "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>roads</td><td>10</td></tr>"
        "<tr><td>a | b</td><td>20</td></tr></table>"
        "<pre><code>plan = [1, 2]\nprint(*plan)</code></pre>"
        "<blockquote><p>We will build it, said the <em>chair</em>.</p></blockquote>"
        f"<p>{PROSE} {PROSE_2}</p>"
    )
    markdown = cleanpage.extract(html, url=URL).to_markdown()
    assert "\n## Details of the plan\n" in markdown
    assert (
        "- first point of the plan\n- second point\n"
        "  - a nested [point](https://news.example.com/n)"
    ) in markdown
    assert "| Item | Cost |\n|---|---|\n| roads | 10 |\n| a \\| b | 20 |" in markdown
    assert "```\nplan = [1, 2]\nprint(*plan)\n```" in markdown
    assert "> We will build it, said the *chair*." in markdown


def test_ordered_lists_are_numbered() -> None:
    html = page(
        f"<p>{PROSE}</p><ol><li>mix the flour and water</li><li>knead the dough<ul>"
        "<li>for ten minutes</li><li>on a floured board</li></ul></li>"
        "<li>let the dough rise</li></ol>"
        f"<p>{PROSE_2}</p><ul><li>a bulleted point</li><li>another bulleted point</li></ul>"
        f"<p>{PROSE} {PROSE_2}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    markdown = article.to_markdown()
    assert (
        "1. mix the flour and water\n2. knead the dough\n"
        "  - for ten minutes\n  - on a floured board\n3. let the dough rise"
    ) in markdown
    assert "- a bulleted point\n- another bulleted point" in markdown
    rendered = article.to_html()
    assert "<ol>\n<li>mix the flour and water</li>" in rendered
    assert "<ul>\n<li>a bulleted point</li>" in rendered


def test_closing_image_is_listed_but_not_related_thumbnails_or_ads() -> None:
    html = page(
        f"<p>{PROSE}</p><img src='https://ads.example.net/www/delivery/avw.php?zoneid=7'>"
        f"<p>{PROSE_2}</p>"
        "<figure><img src='/img/end.jpg' alt='The finished bridge' width='800'></figure>"
        "<div class='related-posts'><img src='/img/other.jpg' alt='Another story'>"
        "<h3>Related posts</h3><ul><li><a href='/other'>Another story</a></li></ul></div>"
    )
    article = cleanpage.extract(html, url=URL)
    assert [i.src for i in article.images] == ["https://news.example.com/img/end.jpg"]


def test_table_cells_are_the_cells_written() -> None:
    # White space between the cells of indented markup is not a cell; an empty cell is.
    html = page(
        f"<p>{PROSE}</p><table>\n  <tr>\n    <th>Item</th>\n    <th>Cost</th>\n  </tr>\n"
        "  <tr>\n    <td>roads</td>\n    <td></td>\n  </tr>\n</table>"
        f"<p>{PROSE_2}</p>"
    )
    [table] = [b for b in cleanpage.extract(html, url=URL).blocks if b.kind is Kind.TABLE]
    assert table.rows == (("Item", "Cost"), ("roads", ""))


def test_one_column_of_cells_is_layout_not_a_data_table() -> None:
    # Boxes stacked in a table of one column (an old page's layout) are read as paragraphs;
    # two cells side by side in some row make a data table.
    stacked = page(
        f"<table><tr><td>Home &gt; News</td></tr><tr><td>{PROSE}</td></tr>"
        f"<tr><td>{PROSE_2}</td></tr></table>"
    )
    blocks = cleanpage.extract(stacked, url=URL).blocks
    assert not [b for b in blocks if b.kind is Kind.TABLE]
    assert [b.text for b in blocks if b.label is Label.BODY] == [PROSE.strip(), PROSE_2.strip()]
    side_by_side = page(
        f"<p>{PROSE}</p><table><tr><td>Item</td></tr><tr><td>roads</td><td>10</td></tr></table>"
    )
    [table] = [b for b in cleanpage.extract(side_by_side, url=URL).blocks if b.kind is Kind.TABLE]
    assert table.rows == (("Item",), ("roads", "10"))


def test_mathml_is_read_token_by_token_without_its_source_annotation() -> None:
    html = page(
        f"<p>{PROSE}</p><p>The roots of <math><semantics><mrow><mi>a</mi><msup><mi>x</mi>"
        "<mn>2</mn></msup><mo>+</mo><mi>c</mi></mrow><annotation encoding='application/x-tex'>"
        "ax^2+c</annotation></semantics></math> are found below.</p>"
    )
    texts = [block.text for block in cleanpage.extract(html, url=URL).blocks]
    assert "The roots of a x 2 + c are found below." in texts
    assert not any("ax^2" in text for text in texts)


def test_links_and_emphasis_in_table_cells() -> None:
    html = page(
        f"<p>{PROSE}</p><table><tr><th>Item</th><th>Cost</th></tr>"
        "<tr><td><a href='/roads'>new roads</a> and bridges</td><td><strong>10</strong></td></tr>"
        "<tr><td>a | b</td><td><em>20</em> <a href='#note'>see note</a></td></tr></table>"
        f"<p>{PROSE_2}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    [table] = [b for b in article.blocks if b.kind is Kind.TABLE]
    assert table.text == "Item | Cost\nnew roads and bridges | 10\na | b | 20 see note"
    markdown = article.to_markdown()
    assert (
        "| Item | Cost |\n|---|---|\n"
        "| [new roads](https://news.example.com/roads) and bridges | **10** |\n"
        "| a \\| b | *20* see note |"
    ) in markdown
    assert '<td><a href="https://news.example.com/roads">new roads</a> and bridges</td>' in (
        article.to_html()
    )


def test_images_with_alt_and_absolute_src() -> None:
    html = page(
        f"<p>{PROSE}</p>"
        "<figure><img src='/img/plan.jpg' alt='The  plan' width='800' height='600'>"
        "<figcaption>The plan as drawn by the council.</figcaption></figure>"
        f"<p>{PROSE_2} <img src='icon.png' width='16' height='16' alt='icon'>"
        "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt='pixel'></p>"
        "<p><img data-src='lazy.jpg' src='data:image/gif;base64,R0lG' alt='Lazy'></p>"
        f"<p>{PROSE}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    assert [(i.src, i.alt) for i in article.images] == [
        ("https://news.example.com/img/plan.jpg", "The plan"),
        ("https://news.example.com/2024/story/lazy.jpg", "Lazy"),
    ]
    first = article.images[0]
    assert first.caption == "The plan as drawn by the council."
    assert article.blocks[first.block - 1].text == PROSE
    markdown = article.to_markdown()
    assert f"{PROSE}\n\n![The plan](https://news.example.com/img/plan.jpg)\n\n" in markdown
    assert "![Lazy](https://news.example.com/2024/story/lazy.jpg)" in markdown
    assert "icon" not in markdown and "pixel" not in markdown
    assert '<img src="https://news.example.com/img/plan.jpg" alt="The plan">' in article.to_html()
    data = json.loads(article.to_json())
    assert data["images"][0] == {
        "src": "https://news.example.com/img/plan.jpg",
        "alt": "The plan",
        "caption": "The plan as drawn by the council.",
        "block": first.block,
    }
    spans = [b["spans"] for b in data["blocks"] if "spans" in b]
    assert all(isinstance(s, list) for s in spans)


def test_ad_servers_images_are_not_listed() -> None:
    ads = (
        "https://AD.DoubleClick.net/ddm/pixel.jpg",
        "https://cdn.example.com/adserver/banner.png",
        "https://tpc.googlesyndication.com/simgad/123",
        "https://news.example.com/ads/summer.jpg",
        "https://banners.example.com/view.php?zoneid=7&n=1",
    )
    kept = (
        "https://news.example.com/img/adsorption-chart.png",  # 'ads' inside a word
        "https://news.example.com/img/heads/lock.jpg",
        "https://news.example.com/view.php?zone=7",
    )
    imgs = "".join(f"<img src='{src}' alt='picture {n}'>" for n, src in enumerate(ads + kept))
    article = cleanpage.extract(page(f"<p>{PROSE} {imgs}</p><p>{PROSE_2}</p>"), url=URL)
    assert [i.src for i in article.images] == list(kept)


def test_images_outside_the_body_are_not_listed() -> None:
    html = (
        "<html><body><header><img src='/logo.png' alt='Logo' width='200' height='80'></header>"
        f"<article><h1>A Story About Plans</h1><p>{PROSE}</p><p>{PROSE_2}</p></article>"
        "<aside><h3>Related</h3><a href='/r'><img src='/teaser.jpg' alt='Teaser'>"
        "Another story</a></aside></body></html>"
    )
    assert cleanpage.extract(html, url=URL).images == ()


def test_spans_only_on_body_blocks_and_text_unchanged() -> None:
    plain = page(f"<p>{PROSE} the other story.</p><p>{PROSE_2}</p>")
    linked = page(f"<p>{PROSE} <a href='/o'>the <em>other</em> story</a>.</p><p>{PROSE_2}</p>")
    a, b = cleanpage.extract(plain, url=URL), cleanpage.extract(linked, url=URL)
    assert a.text == b.text
    assert all(not blk.spans for blk in b.boilerplate)
    assert Span(len(PROSE) + 1, len(PROSE) + 16, Style.LINK, "https://news.example.com/o") in (
        body_block(b, "The committee").spans
    )


def test_spans_across_line_breaks_and_paragraph_breaks() -> None:
    html = page(
        f"<p>{PROSE}</p><p>one <a href='/x'>two<br>three</a> four<br><br>"
        f"<strong>five</strong> six {PROSE_2}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    first = body_block(article, "one")
    assert first.text == "one two\nthree four"
    assert [(s.start, s.end) for s in first.spans] == [(4, 13)]
    second = body_block(article, "five")
    assert [(s.style, second.text[s.start : s.end]) for s in second.spans] == [
        (Style.STRONG, "five")
    ]


def test_round_trips_keep_the_body() -> None:
    html = page(
        f"<p>{PROSE} See <a href='/a'>the <em>other</em> story</a>.</p>"
        f"<figure><img src='/p.jpg' alt='Plan'></figure><p>{PROSE_2}</p>"
        f"<ul><li>{PROSE}</li><li>{PROSE_2}</li></ul>"
    )
    first = cleanpage.extract(html, url=URL)
    again = cleanpage.extract(first.to_html(), url=URL)
    assert again.text == first.text
    assert [(i.src, i.alt) for i in again.images] == [(i.src, i.alt) for i in first.images]
    assert [b.spans for b in again.body] == [b.spans for b in first.body]
    second = cleanpage.extract(first.to_markdown(), format="text")
    kept = {b.text for b in second.body}
    for block in first.body:
        if block.kind is Kind.PARAGRAPH and not block.spans:
            assert block.text in kept


def test_text_pages_have_no_spans_or_images() -> None:
    article = cleanpage.extract(f"A Title\n\n{PROSE}\n\n{PROSE_2}\n", format="text")
    assert article.images == ()
    assert all(not b.spans for b in article.blocks)
    assert article.to_markdown().endswith(PROSE_2 + "\n")


def test_image_dataclass_defaults() -> None:
    assert Image("https://e.com/a.jpg").to_dict() == {
        "src": "https://e.com/a.jpg",
        "alt": "",
        "caption": None,
        "block": 0,
    }


INLINE_TAGS = ("a", "em", "i", "b", "strong", "code", "span", "br", "img")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(INLINE_TAGS),
            st.sampled_from(("", " ", "word", " two words ")),
            st.booleans(),
        ),
        max_size=30,
    )
)
def test_any_inline_markup_gives_spans_inside_the_text(parts: list[tuple[str, str, bool]]) -> None:
    # Well-nested inline elements (some closed at once, the rest at the end).
    out, still_open = [], []
    for tag, text, close in parts:
        out.append(f"<{tag} href='/x' src='/i.jpg'>{text}")
        if tag in ("br", "img"):
            continue
        if close:
            out.append(f"</{tag}>")
        else:
            still_open.append(tag)
    inner = "".join(out) + "".join(f"</{tag}>" for tag in reversed(still_open))
    article = cleanpage.extract(page(f"<p>{PROSE} {inner}</p><p>{PROSE_2}</p>"), url=URL)
    # Emphasis and code change no text.
    for tag in ("em", "i", "b", "strong", "code"):
        inner = inner.replace(f"<{tag} ", "<span ").replace(f"</{tag}>", "</span>")
    plain = cleanpage.extract(page(f"<p>{PROSE} {inner}</p><p>{PROSE_2}</p>"), url=URL)
    assert article.text == plain.text
    for block in article.blocks:
        for span in block.spans:
            assert 0 <= span.start < span.end <= len(block.text)
            piece = block.text[span.start : span.end]
            assert piece == piece.strip()
    article.to_markdown()
    article.to_html()


def test_heading_permalinks_are_controls_not_text() -> None:
    # Documentation generators put a link to the heading itself after its text.
    html = page(
        f"<h2 id='usage'>Usage<a class='headerlink' href='#usage' title='Link'>¶</a></h2>"
        f"<p>{PROSE}</p><h3 id='flags'>Flags <a href='#flags'> # </a></h3><p>{PROSE_2}</p>"
    )
    article = cleanpage.extract(html, url=URL)
    assert "¶" not in article.text and "#" not in article.text
    assert "## Usage\n" in article.to_markdown() and "### Flags\n" in article.to_markdown()
    # The same marks linking elsewhere, or with words, are text and links.
    kept = page(
        f"<p>{PROSE}</p><p>The rules in section <a href='/rules'>§</a> 4 of the charter and the "
        "list in <a href='#notes'># notes</a> were read out to the members before the vote.</p>"
    )
    markdown = cleanpage.extract(kept, url=URL).to_markdown()
    assert "[§](https://" in markdown and "list in # notes were" in markdown


def test_headings_that_link_back_to_their_contents_entry_stay() -> None:
    # docutils: a contents list links to each section; each section's heading links back
    # to its entry, then carries its permalink. The heading is not a copy of the entry.
    sections = [("s1", "Setting up the mirror"), ("s2", "Sharing one change with a friend")]
    contents = "".join(f"<li><a id='b{i}' href='#{i}'>{t}</a></li>" for i, t in sections)
    body = "".join(
        f"<div class='section' id='{i}'><h2><a class='toc-backref' href='#b{i}'>{t}</a>"
        f"<a class='headerlink' href='#{i}'>¶</a></h2><p>{prose}</p><p>{prose} {t}.</p></div>"
        for (i, t), prose in zip(sections, (PROSE, PROSE_2), strict=True)
    )
    intro = f"<p>{PROSE_2} Then the plan was put to the town.</p>"
    html = page(f"<div class='contents'><ul>{contents}</ul></div>{intro}{body}")
    article = cleanpage.extract(html)
    headings = [b.text for b in article.body if b.kind is Kind.HEADING]
    assert headings == [t for _, t in sections]
    # Two cards that show the same linked headline twice (one per screen size) stay copies.
    card = "<div class='card'><h3><a href='/e/1'>Evening class on pottery</a></h3></div>"
    html = page(f"<p>{PROSE}</p><div class='wide'>{card}</div><div class='narrow'>{card}</div>")
    copies = [b for b in cleanpage.extract(html).blocks if b.text == "Evening class on pottery"]
    assert [b.rule for b in copies][1:] == ["repeated-block"]
