"""The compiled walk (cleanpage/_walk.pyx) cuts every page exactly as html._walk does.

The module is built by ``pip install`` where a C compiler is at hand (CI checks that it
was); without it these tests skip, and cleanpage runs the pure-Python walk they compare
against.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from cleanpage import html as H
from cleanpage import metadata as M
from cleanpage.testing import pages

compiled = pytest.importorskip(
    "cleanpage._walk", reason="the compiled walk is not built (no C compiler at install)"
)
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _marks(buffer: list[str]) -> list[tuple[str, str | None]]:
    # Inline marks are empty strings told apart by their ``char``: compare those too.
    return [(piece, getattr(piece, "char", None)) for piece in buffer]


def _normal(seg: H.Segmentation) -> tuple[Any, ...]:
    return (
        seg.segments,
        seg.nodes,
        seg.images,
        [(a, b, _marks(buf), hrefs) for a, b, buf, hrefs in seg.inline],
        [(t, [(r, c, _marks(b), h) for r, c, b, h in cells]) for t, cells in seg.tables],
        seg.base,
        seg.item_types,
    )


def _segment(root: Any, fast: bool, url: str | None, inline: bool) -> H.Segmentation:
    saved = H._compiled_walk
    H._compiled_walk = compiled if fast else None
    try:
        return H.segment(root, url, inline=inline)
    finally:
        H._compiled_walk = saved


def assert_same(
    root: Any, url: str | None = "https://example.org/a/b.html", *, candidates: bool = True
) -> None:
    for inline in (True, False):
        fast = _segment(root, True, url, inline)
        pure = _segment(root, False, url, inline)
        assert _normal(fast) == _normal(pure)
    # metadata's walk for bylines and microdata, with and without collecting labels.
    for collect in (True, False) if candidates else ():
        pure_labels: list[tuple[Any, str]] | None = [] if collect else None
        fast_labels: list[tuple[Any, str]] | None = [] if collect else None
        pure_found = list(M._body_candidates(root, pure_labels))
        assert compiled.accepts(root)
        fast_found = list(M._candidates(root, fast_labels))
        assert fast_found == pure_found  # the same proxies: lxml keeps one per node
        assert fast_labels == pure_labels


def test_the_walk_is_compiled_and_used() -> None:
    if os.environ.get("CLEANPAGE_PURE_PYTHON"):
        pytest.skip("CLEANPAGE_PURE_PYTHON asks for the Python walk")
    root = H.parse("<html><body><p>Hello <b>there</b></p></body></html>")
    body = root.find("body")
    assert compiled.accepts(body)
    assert H._compiled_walk is compiled
    seg = H.segment(root)
    assert [s.text for s in seg.segments] == ["Hello there"]


def test_trees_it_cannot_read_go_to_the_python_walk() -> None:
    xml = etree.fromstring(b"<html><body><p>x</p></body></html>")  # an XML document
    assert not compiled.accepts(xml)
    assert not compiled.accepts(etree.Comment("c"))
    assert not compiled.accepts("<p>x</p>")
    assert [s.text for s in H.segment(xml).segments] == ["x"]


EDGE_CASES = [
    "<p>one<!-- a comment -->two<?pi x?>three</p>",
    "<div>a<br>b<br><br>c</div><pre>  code\n  <b>kept</b>\n</pre>",
    "<table><tr><td>a <a href='/x'>link</a></td><td><em>b</em><br>c</td></tr>"
    "<tr><th>h</th><td><img src='i.png' alt='i' width=300></td></tr></table>",
    "<table><tr><td><p>layout</p></td></tr></table>",
    "<div hidden id='S:1'><p>streamed</p></div><template id='B:1'></template><p>shown</p>",
    "<div style='display: none'>gone</div><div class='sr-only'>gone</div>"
    "<div class='tab-pane' style='display:none'><p>a panel's text, one click away</p></div>",
    "<button><p>a question</p></button><button>Click</button>",
    "<h2>Usage<a href='#usage'>¶</a></h2><a href='#'>#</a><a href='/x'>¶</a>",
    "<div itemscope itemtype='https://schema.org/Product'><p>x</p></div>"
    "<span itemscope itemprop='offers' itemtype='https://schema.org/Offer'>y</span>",
    "<nav role='navigation'><ul><li><a href='/'>Home</a></li></ul></nav>"
    "<div role=' Main '><ol><li>one<ul><li>two</li></ul></li></ol></div>",
    "<math><mi>x</mi><mo>+</mo><mn>2</mn><annotation>x+2</annotation></math>",
    "<blockquote><p>quoted <code>c()</code> <kbd>k</kbd></p></blockquote><figure>"
    "<img src='data:image/png;base64,xx'><figcaption>cap</figcaption></figure>",
    "<div class='a b A' id='X y'>tokens</div><div class='" + "k" * 80 + " short'>long</div>",
    "<p>caf\u00e9 \u65e5\u672c \U0001f600 &amp; &lt;tag&gt; &nbsp;x</p>",
    "<div><a href='/x'>linked <b>bold</b> text</a> after</div>tail text",
    "<div class='post-author'><span rel='author'>By Jane Roe</span></div><p itemprop='x'>"
    "Written by: Sam</p><div class='byline'>Posted on May 3</div><div class='Meta'>x</div>",
    "<main><div hidden><p>" + "The page hidden until its scripts run. " * 40 + "</p></div></main>",
]


@pytest.mark.parametrize("body", EDGE_CASES)
def test_edge_cases(body: str) -> None:
    assert_same(H.parse(f"<html><head><base href='/base/'></head><body>{body}</body></html>"))


def test_a_page_without_a_body() -> None:
    root = H.parse("<html><head><title>t</title><foo>bar</foo><p>text</p></head></html>")
    assert_same(root)


def test_comments_in_a_users_own_tree() -> None:
    # lxml.html keeps comments and processing instructions, which our parser drops.
    root = lxml.html.fromstring("<html><body><p>a<!-- c -->b</p><!-- d -->tail</body></html>")
    assert compiled.accepts(root.find("body"))
    assert_same(root)


def test_a_deep_tree_is_walked_without_recursion() -> None:
    root = lxml.html.fromstring("<html><body><div>x</div></body></html>")
    element: Any = root.find("body/div")
    for _ in range(5_000):  # deeper than libxml2 parses (it stops at 2048)
        element = etree.SubElement(element, "div")
        element.text = "y"
    # (Not metadata's walk: lxml's iter() in the Python one takes time quadratic in depth.)
    assert_same(root, candidates=False)


@pytest.mark.parametrize(
    "path", [*sorted(FIXTURES.glob("html/*.html")), FIXTURES / "quickstart.html"], ids=str
)
def test_fixtures(path: Path) -> None:
    assert_same(H.parse(path.read_text(encoding="utf-8")))


@given(pages(max_paragraphs=4))
def test_generated_pages(page: Any) -> None:
    assert_same(H.parse(page.html))


_TAGS = st.sampled_from(
    [
        "div",
        "p",
        "span",
        "a",
        "b",
        "em",
        "i",
        "code",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "ul",
        "li",
        "br",
        "img",
        "h2",
        "nav",
        "button",
        "template",
        "script",
        "section",
        "blockquote",
        "figure",
        "figcaption",
        "select",
        "option",
        "math",
        "mi",
    ]
)
_ATTRS = st.sampled_from(
    [
        "",
        " class='x y'",
        " id='S:1' hidden",
        " style='display:none'",
        " class='sr-only'",
        " class='accordion' hidden",
        " role='main'",
        " href='#a'",
        " href='/p?q=1'",
        " src='/i.png' alt='a' width='200'",
        " itemscope itemtype='t'",
        " id='B:1'",
    ]
)
_TEXT = st.sampled_from(["", "word ", " ", "\n", "¶", "#", "x\u00a0y", "日本語 ", "a&amp;b "])


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        if draw(st.booleans()):
            parts.append(draw(_TEXT))
        else:
            tag = draw(_TAGS)
            inner = draw(_markup(depth + 1))
            parts.append(f"<{tag}{draw(_ATTRS)}>{inner}</{tag}>{draw(_TEXT)}")
    return "".join(parts)


@given(_markup())
def test_generated_markup(markup: str) -> None:
    root = H.parse(f"<html><body>{markup}</body></html>")
    if root is not None:
        assert_same(root)


_LINE_PIECES = st.sampled_from(
    [
        "a",
        "bc",
        "é",
        "中",
        "😀",
        " ",
        "  ",
        "\t",
        "\n",
        "\xa0",
        "\u2003",
        H._LINK_OPEN,
        H._LINK_CLOSE,
    ]
)


@settings(max_examples=1000)
@given(st.lists(_LINE_PIECES, max_size=16).map("".join))
def test_lines_are_cleaned_as_the_python_walk_cleans_them(piece: str) -> None:
    # White space collapsed, link marks dropped and link characters counted in one scan.
    assert compiled.clean_line(piece) == H._clean_line(piece)


@pytest.mark.dataset
def test_a_dataset_sample(shared_data: Path) -> None:
    folder = shared_data / "readability_testpages"
    rows = [json.loads(line) for line in (folder / "index.jsonl").open(encoding="utf-8")]
    for row in rows[:60]:
        data = gzip.decompress((folder / "html" / f"{row['id']}.html.gz").read_bytes())
        assert_same(H.parse(data.decode("utf-8", "replace")), row.get("url"))


def _consumed(found: Any) -> list[Any]:
    # As metadata._extract reads the candidates: it stops at the _MAX_COLLECTED-th.
    taken = []
    for count, element in enumerate(found):
        if count >= M._MAX_COLLECTED:
            break
        taken.append(element)
    return taken


@pytest.mark.parametrize(("max_walk", "max_collected"), [(7, 100), (100, 3), (50_000, 5000)])
def test_candidates_stop_where_the_python_walk_stops(
    monkeypatch: pytest.MonkeyPatch, max_walk: int, max_collected: int
) -> None:
    monkeypatch.setattr(M, "_MAX_WALK", max_walk)
    monkeypatch.setattr(M, "_MAX_COLLECTED", max_collected)
    monkeypatch.setattr(M, "_MAX_LABELS", 5)
    body = "".join(
        f"<p itemprop='a'>By Jane {i}</p><div>by x</div><div class='date'>d</div><i>Author:</i>"
        for i in range(40)
    )
    root = H.parse(f"<html><body>{body}</body></html>")
    pure_labels: list[tuple[Any, str]] = []
    fast_labels: list[tuple[Any, str]] = []
    pure = _consumed(M._body_candidates(root, pure_labels))
    fast = _consumed(M._candidates(root, fast_labels))
    assert fast == pure
    assert fast_labels == pure_labels
    assert pure and pure_labels
