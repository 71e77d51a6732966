"""Hostile pages: extract() must return, with the prose, in bounded work.

Each page is built in the test at a moderate size so the suite stays fast; the huge sizes
(tens of megabytes, a million siblings) are in ``tests/benchmarks/bench_scaling.py``,
which also measures how time and memory grow. No test here asserts a time: a regression
to quadratic work shows as a slow suite and in the benchmark's slope.
"""

from __future__ import annotations

import bz2
import gzip
import random
import socket
import zlib
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import cleanpage
from cleanpage.html import _glued

PROSE = (
    "The harbour council met on Tuesday to discuss the repairs, and the engineers said that "
    "the old bridge would need a new deck before the winter storms arrived in the valley. "
)
PARAGRAPH = f"<p>{PROSE * 2}</p>"


def has_prose(article: cleanpage.Article) -> bool:
    return "engineers said that the old bridge" in article.text


# --- depth ----------------------------------------------------------------------------
@pytest.mark.parametrize("tag", ["div", "section", "span", "b", "li", "table", "blockquote"])
@pytest.mark.parametrize("closed", [False, True])
def test_prose_at_the_bottom_of_a_deep_tree(tag: str, closed: bool) -> None:
    depth = 100_000
    opening = "<table><tr><td>" if tag == "table" else f"<{tag}>"
    closing = "</td></tr></table>" if tag == "table" else f"</{tag}>"
    page = "<html><body>" + opening * depth + PARAGRAPH + (closing * depth if closed else "")
    assert has_prose(cleanpage.extract(page))


def test_deep_tree_then_prose_after_it() -> None:
    page = "<body>" + "<div>" * 50_000 + "x" + "</div>" * 50_000 + PARAGRAPH
    assert has_prose(cleanpage.extract(page))


def test_deep_lxml_tree_input() -> None:
    root = etree.Element("html")
    node = etree.SubElement(root, "body")
    # lxml walks a tree this deep in quadratic time (building it too), so extract()
    # serialises it and parses it again, flattening the deepest levels as for markup.
    for _ in range(30_000):
        node = etree.SubElement(node, "div")
    p = etree.SubElement(node, "p")
    p.text = PROSE * 2
    assert has_prose(cleanpage.extract(root))
    assert has_prose(cleanpage.extract(etree.ElementTree(root)))
    assert root.xpath("count(//p)") == 1  # the caller's tree is left as it was


def test_shallow_lxml_tree_is_used_as_it_is() -> None:
    root = etree.fromstring(f"<html><body><main>{PARAGRAPH}</main></body></html>")
    assert not cleanpage.api._TOO_DEEP(root)
    assert has_prose(cleanpage.extract(root))


def test_deep_beautifulsoup_input() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup("<html><body>" + "<div>" * 3000 + PARAGRAPH, "html.parser")
    assert has_prose(cleanpage.extract(soup))


# --- breadth and size ---------------------------------------------------------------------
def test_many_siblings() -> None:
    page = "<body><div>" + "<p>x</p>" * 5_000 + "</div><article>" + PARAGRAPH * 3 + "</article>"
    assert has_prose(cleanpage.extract(page))


def test_many_inline_siblings() -> None:
    page = "<body><div>" + '<a href="#">link</a> ' * 50_000 + "</div>" + PARAGRAPH * 3
    assert has_prose(cleanpage.extract(page))


def test_large_page() -> None:
    nav = "<nav><ul>" + "<li><a href='#'>Menu item</a></li>" * 20 + "</ul></nav>"
    page = "<html><body>" + nav + "<article>" + PARAGRAPH * 5_000 + "</article></body></html>"
    assert len(page) > 1_500_000
    article = cleanpage.extract(page.encode("utf-8"))
    assert has_prose(article)
    assert "Menu item" not in article.text


def test_giant_attributes() -> None:
    big = "a " * 500_000
    page = f'<body><div class="{big}" id="{"b" * 1_000_000}" data-x="{big}">{PARAGRAPH}</div>'
    assert has_prose(cleanpage.extract(page))


def test_giant_script_and_style() -> None:
    script = "var s = '<p>not prose</p>'; " * 100_000
    page = f"<body><script>{script}</script><style>{'p{}' * 100_000}</style>{PARAGRAPH}"
    article = cleanpage.extract(page)
    assert has_prose(article)
    assert "not prose" not in article.text


def test_unclosed_script_comment_and_cdata() -> None:
    for tail in ("<!-- never closed ", "<script>var a = 1;", "<![CDATA[ never closed", "<style>"):
        page = "<body>" + PARAGRAPH + tail + "x " * 200_000
        assert has_prose(cleanpage.extract(page)), tail


def test_unclosed_title_that_swallowed_the_page() -> None:
    # A damaged page whose <title> is never closed: the parser reads the rest as the
    # title's text; the markup in it is the page.
    damaged = (
        "<html><head><title>Bridge repairs agreed - The Valley Gazette\n"
        "<script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Bridge repairs agreed</h1>{PARAGRAPH * 4}</article>"
        "<footer><p>Copyright 2024</p></footer></body></html>"
    )
    article = cleanpage.extract(damaged)
    assert has_prose(article)
    assert article.title == "Bridge repairs agreed"
    # A long title without markup stays a title, and the page stays empty.
    article = cleanpage.extract("<html><head><title>" + "word " * 400 + "</title></head></html>")
    assert article.text == ""


@pytest.mark.parametrize("control", ["\x01", "\x08", "\x1f", "\ufffe"])
def test_text_moved_by_the_repairs_may_hold_control_characters(control: str) -> None:
    # The parser keeps control characters in the text it reads, but lxml refuses them in
    # text handed to it: the repairs that move text (a swallowed title, a self-closed
    # <body/>'s tail) once raised ValueError (found by tests/fuzz/fuzz_extract.py).
    damaged = f"<html><head><title>Bridge{control} repairs\n<p>{PARAGRAPH * 4}</p>"
    assert has_prose(cleanpage.extract(damaged))
    assert has_prose(cleanpage.extract(damaged.encode("utf-8")))
    reopened = f"<html><body/>Tail{control} text. {PARAGRAPH}</html>"
    assert has_prose(cleanpage.extract(reopened))


def test_page_left_inside_head() -> None:
    # An unknown element in <head> and no <body> tag: libxml2 keeps the page in <head>.
    page = (
        "<html><head><title>Bridge repairs</title><meta name='robots' content='all'>"
        f"<mbox><div><h1>Bridge repairs</h1>{PARAGRAPH}</div></html>"
    )
    assert has_prose(cleanpage.extract(page))


def test_documents_glued_one_after_another() -> None:
    # A site's header document, then the story's own document after the first </html>.
    page = (
        "<html><head><title>Valley TV</title></head><body><nav><a href='/'>Home</a></nav>"
        "</body></html>\n<!DOCTYPE html><html><head><title>Bridge repairs</title></head>"
        f"<body><h1>Bridge repairs</h1>{PARAGRAPH}</body></html>"
    )
    assert has_prose(cleanpage.extract(page))
    # Tags in any case; one document alone, or an </html> with nothing after it, is not glued.
    shouted = page.replace("</html>", "</HTML>", 1).replace(
        "<html><head><title>B", "<Html><head><title>B"
    )
    assert has_prose(cleanpage.extract(shouted))
    assert _glued(shouted.encode()) and _glued(page.encode())
    assert not _glued(b"<HTML><body><p>One</p></body></HTML>\n")
    assert not _glued(b"<html><body><p>Say <b>html</b></p></body></html>")


def test_page_printed_on_after_its_template_closed_it() -> None:
    # The template's header closed the document; the story follows the first </html> with
    # no second <html>, and a browser shows it all the same.
    page = (
        "<html><head><title>Bridge repairs</title></head><body><nav><a href='/'>Home</a>"
        f"</nav></body></html>\n<div class='story'><h1>Bridge repairs</h1>{PARAGRAPH}</div>"
        "</body></html>"
    )
    assert has_prose(cleanpage.extract(page))
    assert _glued(page.encode())
    # A comment or nothing after </html> leaves the page as it is.
    assert not _glued(b"<html><body><p>One</p></body></html>\n<!-- cached 3ms -->\n")


def test_self_closed_html_and_body_tags() -> None:
    # libxml2 ends the document at "<html ... />" and leaves "<body/>" empty; a browser
    # ignores both slashes, and so do we. Broken attributes in the tag do not matter.
    for start in ("<html lang='en' />", '<html xlogo.png" alt="Logo" width="145" />'):
        article = cleanpage.extract(f"{start}<head><title>Bridge</title></head>{PARAGRAPH}")
        assert has_prose(article)
    article = cleanpage.extract(f"<html><body class='story'/>Tail text. {PARAGRAPH}</html>")
    assert has_prose(article)
    assert article.blocks[0].text == "Tail text."
    # An empty page stays empty, with or without the slash.
    assert cleanpage.extract("<html/>").text == ""
    assert cleanpage.extract("<html><body/></html>").text == ""


def test_parts_streamed_by_react_are_read_where_a_browser_shows_them() -> None:
    # React's streaming renderer sends late parts in hidden <div id="S:n"> at the end of
    # the body; a script moves them to the <template id="B:n"> or "P:n" placeholder.
    page = (
        "<html><body><main><h1>Bridge repairs</h1><template id='B:0'></template>"
        "<p>Loading…</p></main><footer><a href='/about'>About us</a></footer>"
        f"<div hidden id='S:0'>{PARAGRAPH}<template id='P:1'></template></div>"
        "<div hidden id='S:1'><p>The second part was streamed last, and it reads after the "
        "first one, where the placeholder for it was.</p></div>"
        "<div hidden id='S:9'><p>A hidden part with no placeholder stays hidden.</p></div>"
        "<script>$RC('B:0','S:0')</script></body></html>"
    )
    root = etree.fromstring(page, etree.HTMLParser())
    before = etree.tostring(root)
    for given in (page, root):
        article = cleanpage.extract(given)
        texts = [block.text for block in article.blocks]
        assert texts[0] == "Bridge repairs"
        assert texts[1] == (PROSE * 2).strip()
        assert texts[2].startswith("The second part was streamed last")
        assert texts.index("Loading…") > 2
        assert not any("stays hidden" in text for text in texts)
    assert etree.tostring(root) == before  # the caller's tree is left as it was
    # A hidden <div id="S:0"> on a page without placeholders is just hidden.
    plain = f"<main>{PARAGRAPH}</main><div hidden id='S:0'><p>Secret draft.</p></div>"
    assert "Secret draft." not in [block.text for block in cleanpage.extract(plain).blocks]


def test_collapsed_panels_are_content_other_hidden_elements_are_not() -> None:
    # A FAQ answer, an accordion and a tab panel hidden until clicked hold the page's own
    # text; a hidden menu, dialog, screen-reader text and a plain hidden box do not.
    answer = "The bridge stays open to walkers and cyclists while the deck is replaced."
    tab = "The second tab lists the contractors who will build the new deck this winter."
    page = (
        f"<main><h1>Bridge repairs</h1>{PARAGRAPH}"
        "<h2>When does it close?</h2>"
        f"<div class='faq-answer' style='display: none'><p>{answer}</p></div>"
        f"<div role='tabpanel' hidden><p>{tab}</p></div>"
        "<div class='accordion-body' hidden><p>Three more weeks of night work follow.</p></div>"
        "<div class='dropdown-menu accordion' style='display:none'><p>Menu words here.</p></div>"
        "<div class='faq-modal' hidden><p>Ask us a question in this dialog.</p></div>"
        "<div class='sr-only'><p>Skip to the main content.</p></div>"
        "<div hidden><p>An unfinished draft paragraph stays out of sight.</p></div></main>"
    )
    texts = [block.text for block in cleanpage.extract(page).blocks]
    assert answer in texts and tab in texts
    assert "Three more weeks of night work follow." in texts
    for hidden in ("Menu words", "Ask us", "Skip to", "unfinished draft"):
        assert not any(text.startswith(hidden) or hidden in text for text in texts)


def test_a_page_hidden_until_its_scripts_run_is_read() -> None:
    # The whole page sits in a box hidden until a script shows it: it is the page.
    page = (
        "<body><div id='loading'>Loading…</div><div style='visibility:hidden;min-height:100vh'>"
        f"<h1>Bridge repairs</h1>{PARAGRAPH * 4}</div></body>"
    )
    root = etree.fromstring(page, etree.HTMLParser())
    before = etree.tostring(root)
    for given in (page, root):
        assert has_prose(cleanpage.extract(given))
    assert etree.tostring(root) == before  # the caller's tree is left as it was
    # A page that shows its own article keeps its hidden boxes hidden, however large.
    shown = f"<body><main>{PARAGRAPH * 4}</main><div hidden><p>{'Old draft. ' * 400}</p></div>"
    assert "Old draft." not in cleanpage.extract(shown).text


def test_a_hidden_box_is_weighed_by_its_text_not_its_scripts() -> None:
    # A hidden widget holding a large script and a line of text is not the page: only the
    # text a reader would see once it is shown counts towards revealing it.
    script = "<script>" + "window.widgetConfig = {items: [1, 2, 3]};" * 60 + "</script>"
    page = f"<body><p>Short note.</p><div hidden><p>Widget</p>{script}</div></body>"
    assert "Widget" not in cleanpage.extract(page).text
    # The same box holding a page's worth of text is revealed, its script left out.
    article_box = f"<h1>Bridge repairs</h1>{PARAGRAPH * 4}{script}"
    page = f"<body><p>Short note.</p><div hidden>{article_box}</div></body>"
    article = cleanpage.extract(page)
    assert has_prose(article) and "widgetConfig" not in article.text


def test_a_main_landmark_hidden_until_its_scripts_run_is_read() -> None:
    # Menus and a footer are shown, but everything in <main> waits behind a lock screen.
    menu = "".join(f"<li><a href='/{n}'>Section number {n} of the shop</a></li>" for n in range(60))
    footer = "<footer><p>Shipping, returns and the rest of the shop's small print.</p></footer>"
    page = (
        f"<body><header><nav><ul>{menu}</ul></nav></header><main>"
        "<div class='lockdown-notice' style='display:none'>Enter the password.</div>"
        f"<div style='display:none'><h1>Bridge repairs</h1>{PARAGRAPH * 4}</div></main>"
        f"{footer}</body>"
    )
    assert has_prose(cleanpage.extract(page))
    # A <main> that shows its own text keeps a large hidden box hidden.
    shown = (
        f"<body><header><nav><ul>{menu}</ul></nav></header><main>{PARAGRAPH}"
        f"<div hidden><p>{'Old draft. ' * 400}</p></div></main>{footer}</body>"
    )
    assert "Old draft." not in cleanpage.extract(shown).text


def test_a_button_holding_blocks_is_read_a_bare_button_is_not() -> None:
    # A <button> left open (libxml2 nests the rest of the page into it) and a disclosure
    # whose button holds the question as a heading; a bare control's label is skipped.
    swallowed = (
        "<body><header><button class='menu'><span>Menu</span><div><nav>"
        f"<a href='/'>Home</a></nav><main><h1>Bridge repairs</h1>{PARAGRAPH}</main>"
        "<footer>© Valley Times</footer></div></body>"
    )
    assert has_prose(cleanpage.extract(swallowed))
    faq = (
        f"<main>{PARAGRAPH}<button aria-expanded='false'><h3>Will the bridge close?</h3>"
        "</button><div class='faq-answer'><p>Only at night.</p></div>"
        "<button type='submit'>Subscribe now</button></main>"
    )
    texts = [block.text for block in cleanpage.extract(faq).blocks]
    assert "Will the bridge close?" in texts
    assert not any("Subscribe now" in text for text in texts)


def test_long_single_line_text() -> None:
    article = cleanpage.extract(PROSE * 5_000, format="text")
    assert has_prose(article)


def test_many_lines_text() -> None:
    article = cleanpage.extract((PROSE + "\n") * 5_000, format="text")
    assert has_prose(article)


# --- entities, files and the network ------------------------------------------------------
def test_entity_expansion_bomb() -> None:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    for i in range(1, 10):
        refs = f"&lol{i - 1};" * 10
        entities.append(f'<!ENTITY lol{i} "{refs}">')
    doctype = "<!DOCTYPE html [" + "".join(entities) + "]>"
    for prolog in ("", '<?xml version="1.0"?>'):
        page = prolog + doctype + "<html><body>" + PARAGRAPH + "<p>&lol9;</p></body></html>"
        for data in (page, page.encode("utf-8")):
            article = cleanpage.extract(data)
            assert has_prose(article)
            assert "lollollol" not in article.text


def test_quadratic_blowup_entity() -> None:
    doctype = f'<!DOCTYPE html [<!ENTITY a "{"x" * 50_000}">]>'
    page = doctype + "<body>" + PARAGRAPH + "<p>" + "&a;" * 50_000 + "</p>"
    article = cleanpage.extract(page)
    assert len(article.text) <= len(page)
    # libxml2 reads the declaration as text or drops it; it never expands the references.
    assert article.text.count("x") <= 50_000


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("extract() tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_external_entities_are_never_read(tmp_path: Path, no_network: None) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETCONTENT " * 20)
    url = secret.as_uri()
    pages = [
        f'<!DOCTYPE html [<!ENTITY e SYSTEM "{url}">]><body>{PARAGRAPH}<p>&e;</p>',
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY e SYSTEM "{url}">]><html><body>'
        f"{PARAGRAPH}<p>&e;</p></body></html>",
        f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{url}"> %p;]><body>{PARAGRAPH}',
        f'<!DOCTYPE html SYSTEM "{url}"><body>{PARAGRAPH}',
        f'<!DOCTYPE html [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]><body>{PARAGRAPH}<p>&e;</p>',
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>{PARAGRAPH}'
        f'<xi:include href="{url}" parse="text"/></body></html>',
        f'<body><link rel="stylesheet" href="{url}"><iframe src="{url}"></iframe>{PARAGRAPH}',
    ]
    for page in pages:
        for data in (page, page.encode("utf-8")):
            article = cleanpage.extract(data)
            assert "TOPSECRET" not in article.text
            assert "TOPSECRET" not in article.to_json()
            assert has_prose(article)


# --- bytes that are not a page ------------------------------------------------------------
def test_binary_junk() -> None:
    rng = random.Random(5)
    for size in (1, 100, 10_000, 200_000):
        junk = rng.randbytes(size)
        article = cleanpage.extract(junk)
        assert article.to_json() == cleanpage.extract(junk).to_json()


@pytest.mark.parametrize("compress", [gzip.compress, zlib.compress, bz2.compress])
def test_compressed_bytes(compress: Any) -> None:
    page = ("<html><body><article>" + PARAGRAPH * 200 + "</article></body></html>").encode()
    article = cleanpage.extract(compress(page))
    assert "engineers" not in article.text  # compressed bytes are not decompressed
    assert len(article.text) < len(page)


@pytest.mark.parametrize(
    "declared",
    [
        *("utf-16", "utf-16le", "utf-32", "utf-7", "cp500", "cp037", "x-user-defined", "bogus"),
        *("zlib", "base64", "hex", "rot13", "punycode", "undefined", "unicode_escape", "idna"),
        "a" * 40,
    ],
)
def test_misleading_charset(declared: str) -> None:
    page = f'<html><head><meta charset="{declared}"></head><body>{PARAGRAPH}</body></html>'
    for data in (page.encode("utf-8"), page.encode("cp1252")):
        assert has_prose(cleanpage.extract(data)), declared
    assert has_prose(
        cleanpage.extract(page.encode("utf-8"), content_type=f"text/html; charset={declared}")
    )


def test_utf16_without_bom() -> None:
    page = f"<html><body>{PARAGRAPH}</body></html>"
    article = cleanpage.extract(page.encode("utf-16-le"))
    assert isinstance(article.text, str)


# --- regex bait ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bait",
    [
        "a" * 1_000_000,
        " " * 1_000_000,
        "\n" * 1_000_000,
        "★" * 200_000 + "x",
        "Share facebook, " * 30_000 + "x",
        "click to rate " * 30_000,
        "Total: 1 Average: " * 30_000,
        "Next Post " * 30_000,
        "by " + "Anna " * 100_000 + "x",
        "© " * 200_000,
        "we use cookies " * 30_000,
        "Source: " * 50_000 + "x.",
        "[" * 200_000 + "…",
        "<" * 500_000,
        "<a" * 300_000,
        "&" * 300_000,
        "&#" * 300_000,
        "<meta charset=" * 50_000,
        "<!--" * 200_000,
        "<p " + "x=" * 200_000,
        "- " * 300_000,
        "1" * 300_000,
        "$" + "1," * 200_000,
        "} " * 200_000,
        "document." + "a" * 300_000,
        "function " * 50_000,
        "<script " * 50_000,
    ],
    ids=lambda s: repr(s[:12]),
)
def test_regex_bait(bait: str) -> None:
    for page in (bait, f"<html><body><p>{bait}</p>{PARAGRAPH}</body></html>"):
        article = cleanpage.extract(page)
        assert isinstance(article.text, str)
    for fmt in ("text", "html"):
        cleanpage.extract(bait, format=fmt)  # type: ignore[arg-type]
    cleanpage.extract(bait.encode("utf-8"))


def test_bait_in_short_blocks() -> None:
    # Short blocks reach the phrase rules; thousands of them must still be cheap.
    blocks = ["Share facebook, twitter,  ,  , x", "★ ★ ★ ★ ★ x", "Rating: 4.5 out of x"]
    page = "<body>" + "".join(f"<div>{b}</div>" for b in blocks * 3_000) + PARAGRAPH
    assert has_prose(cleanpage.extract(page))


def test_control_characters_in_the_text_are_text() -> None:
    """A page's own "\\x01" and "\\x02" are its text, not the segmenter's link markers (found
    by the property tests: '<DIV>00\\x020' lost its "\\x02"), and link text still counts."""
    assert cleanpage.extract("<DIV>00\x020").text == "00\x020"
    page = "<p>A \x01 line with <a href='/x'>a linked \x02 phrase</a> in it and more words.</p>"
    block = cleanpage.extract(page).blocks[0]
    assert block.text == "A \x01 line with a linked \x02 phrase in it and more words."
    assert block.link_share == len("a linked \x02 phrase") / len(block.text)
