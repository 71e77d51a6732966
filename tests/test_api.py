"""The public surface of extract() and the values it returns."""

from __future__ import annotations

import codecs
import dataclasses
import json
from pathlib import Path

import bs4
import pytest
from lxml import etree
from lxml import html as lxml_html

import cleanpage
import cleanpage.html
from cleanpage import Article, Block, Kind, Label

PROSE = (
    "The river had risen overnight, and by morning the lower fields were under water. "
    "Farmers who had seen it happen before moved their animals to the higher ground early, "
    "while the rest of the village watched from the bridge and wondered how long it would last."
)
PROSE_2 = (
    "By the afternoon the water had begun to fall again, leaving a line of mud and straw along "
    "the hedges that showed how far it had come. Nobody was hurt, and most of the damage was to "
    "fences and gates that can be mended before the spring."
)
NON_ASCII = "Café crème, naïve façade, and a smørrebrød: the menu was longer than the street."


def page(title: str = "Flood Day in the Valley", extra: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head>{head}<title>{title}</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<article><h1>{title}</h1><p>{PROSE}</p><p>{NON_ASCII} {PROSE_2}</p>{extra}</article>"
        "<footer><p>© 2024 Valley Gazette</p></footer></body></html>"
    )


def assert_flood(article: Article) -> None:
    assert isinstance(article, Article)
    assert article.title == "Flood Day in the Valley"
    assert PROSE in article.text
    assert NON_ASCII in article.text
    assert "Home" not in article.text
    assert "Valley Gazette" not in article.text


# --- input types --------------------------------------------------------------------


def test_str() -> None:
    assert_flood(cleanpage.extract(page()))


def test_bytes_utf8() -> None:
    assert_flood(cleanpage.extract(page().encode("utf-8")))


def test_double_encoded_utf8_is_repaired() -> None:
    # UTF-8 read as Latin-1 and stored as UTF-8 again ("—" printed as "â\x80\x94").
    html = page().replace("Flood Day in the Valley", "Flood Day — in the Valley")
    damaged = html.encode("utf-8").decode("latin-1").encode("utf-8")
    for article in (cleanpage.extract(damaged), cleanpage.extract(damaged.decode("utf-8"))):
        assert article.title == "Flood Day — in the Valley"
        assert NON_ASCII in article.text
    # Latin-1 letters in a text without control characters are not touched.
    plain = page().replace(PROSE, PROSE + " Ã©")
    assert PROSE + " Ã©" in cleanpage.extract(plain).text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")],
    ids=["utf-8", "utf-16-le"],
)
def test_bytes_with_bom(bom: bytes, codec: str) -> None:
    assert_flood(cleanpage.extract(bom + page().encode(codec)))


def test_bytes_meta_charset() -> None:
    data = page(head='<meta charset="windows-1252">').encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert_flood(cleanpage.extract(data))


def test_utf8_saved_with_an_old_meta_charset_is_utf8() -> None:
    # A page saved again as UTF-8 that kept its <meta charset="iso-8859-1">: valid UTF-8
    # with non-ASCII bytes is UTF-8. An explicit encoding= or Content-Type still wins.
    data = page(head='<meta charset="iso-8859-1">').encode("utf-8")
    assert_flood(cleanpage.extract(data))
    assert NON_ASCII not in cleanpage.extract(data, encoding="cp1252").text


def test_bytes_http_equiv_charset() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    assert_flood(cleanpage.extract(page(head=head).encode("latin-1")))


def test_bytes_content_type() -> None:
    data = page().encode("cp1252")
    article = cleanpage.extract(data, content_type="text/html; charset=windows-1252")
    assert_flood(article)


def test_bytes_encoding_argument() -> None:
    assert_flood(cleanpage.extract(page().encode("cp1252"), encoding="cp1252"))


def test_encoding_argument_beats_meta() -> None:
    data = page(head='<meta charset="utf-8">').encode("cp1252")
    assert_flood(cleanpage.extract(data, encoding="cp1252"))


def test_lxml_element() -> None:
    root = lxml_html.fromstring(page())
    assert_flood(cleanpage.extract(root))


def test_lxml_element_tree() -> None:
    tree = etree.ElementTree(lxml_html.fromstring(page()))
    assert isinstance(tree, etree._ElementTree)
    assert_flood(cleanpage.extract(tree))


def test_beautifulsoup_object() -> None:
    soup = bs4.BeautifulSoup(page(), "html.parser")
    assert_flood(cleanpage.extract(soup))


def test_beautifulsoup_tag() -> None:
    soup = bs4.BeautifulSoup(page(), "html.parser")
    article_tag = soup.find("article")
    assert isinstance(article_tag, bs4.Tag)
    article = cleanpage.extract(article_tag)
    assert PROSE in article.text
    assert "Home" not in article.text


def test_all_inputs_agree() -> None:
    source = page()
    want = cleanpage.extract(source).text
    inputs: list[object] = [
        source.encode("utf-8"),
        lxml_html.fromstring(source),
        etree.ElementTree(lxml_html.fromstring(source)),
        bs4.BeautifulSoup(source, "html.parser"),
    ]
    for given in inputs:
        assert cleanpage.extract(given).text == want, type(given).__name__


@pytest.mark.parametrize("pure", [True, False], ids=["python-walk", "compiled-walk"])
def test_text_after_a_comment_in_a_users_tree(pure: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # lxml.html keeps comments (our parser drops them): the text after one is the page's.
    # The Python walk once lost it (lxml's iterwalk reports comments only when asked).
    if pure:
        monkeypatch.setattr(cleanpage.html, "_compiled_walk", None)
    elif cleanpage.html._compiled_walk is None:
        pytest.skip("the compiled walk is not built")
    source = page().replace(PROSE, PROSE[:40] + "<!-- note -->" + PROSE[40:])
    assert PROSE in cleanpage.extract(lxml_html.fromstring(source)).text


def test_url_is_recorded() -> None:
    assert cleanpage.extract(page(), url="https://example.org/a").url == "https://example.org/a"


# --- errors -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 42, ["<p>a list</p>"], 3.5, {"html": "<p>x</p>"}])
def test_wrong_type_is_type_error_naming_accepted_types(bad: object) -> None:
    with pytest.raises(TypeError) as caught:
        cleanpage.extract(bad)
    message = str(caught.value)
    for accepted in ("str", "bytes", "lxml", "BeautifulSoup"):
        assert accepted in message
    assert type(bad).__name__ in message


@pytest.mark.parametrize("mode", ["fast", "", "PRECISION", None])
def test_bad_mode_is_value_error(mode: object) -> None:
    with pytest.raises(ValueError, match="mode"):
        cleanpage.extract(page(), mode=mode)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["markdown", "xml", ""])
def test_bad_format_is_value_error(fmt: str) -> None:
    with pytest.raises(ValueError, match="format"):
        cleanpage.extract(page(), format=fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["precision", "balanced", "recall"])
def test_every_mode_keeps_the_prose(mode: str) -> None:
    article = cleanpage.extract(page(), mode=mode)  # type: ignore[arg-type]
    assert PROSE in article.text


# --- empty and text-free pages ------------------------------------------------------


@pytest.mark.parametrize(
    "empty",
    [
        "",
        b"",
        "   \n\t ",
        "<html></html>",
        "<html><head><title></title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><style>p {}</style></body></html>",
        "<html><body><img src='a.png'><div><span></span></div></body></html>",
        b"\xef\xbb\xbf",
    ],
)
def test_empty_and_text_free_pages(empty: str | bytes) -> None:
    article = cleanpage.extract(empty)
    assert isinstance(article, Article)
    assert article.text == ""
    assert article.body == ()


# --- Article and Block values -------------------------------------------------------


def test_article_is_frozen_and_slotted() -> None:
    article = cleanpage.extract(page())
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "changed"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert "text" in Article.__slots__


def test_block_is_frozen_and_slotted() -> None:
    block = cleanpage.extract(page()).blocks[0]
    assert isinstance(block, Block)
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.label = Label.BODY  # type: ignore[misc]
    assert not hasattr(block, "__dict__")
    assert "label" in Block.__slots__


def test_body_and_boilerplate_partition_the_blocks() -> None:
    article = cleanpage.extract(page())
    assert article.body
    assert all(b.label is Label.BODY for b in article.body)
    assert all(b.label is not Label.BODY for b in article.boilerplate)
    assert len(article.body) + len(article.boilerplate) == len(article.blocks)
    assert article.text == "\n\n".join(b.text for b in article.body)
    assert [b.index for b in article.blocks] == list(range(len(article.blocks)))


def test_every_block_says_why() -> None:
    for block in cleanpage.extract(page()).blocks:
        assert block.rule, block
        assert len(block.reason.split()) >= 2, block


def test_dropped_by_label() -> None:
    article = cleanpage.extract(page())
    navigation = article.dropped("navigation")
    assert [b.text for b in navigation] == ["Home", "News"]
    assert article.dropped(Label.NAVIGATION) == navigation


def test_to_dict_and_to_json() -> None:
    article = cleanpage.extract(page(), url="https://example.org/flood")
    data = article.to_dict()
    assert data["title"] == "Flood Day in the Valley"
    assert data["text"] == article.text
    assert data["url"] == "https://example.org/flood"
    assert len(data["blocks"]) == len(article.blocks)
    first = data["blocks"][0]
    assert {"index", "text", "kind", "label", "reason", "rule", "words"} <= set(first)
    assert "blocks" not in article.to_dict(blocks=False)
    decoded = json.loads(article.to_json())
    assert decoded["text"] == article.text
    assert decoded["blocks"][0]["label"] == article.blocks[0].label.value
    assert NON_ASCII in article.to_json()  # not \u-escaped
    assert article.to_json(indent=2).startswith("{\n  ")
    assert "blocks" not in json.loads(article.to_json(blocks=False))


RICH = f"""<html><head><title>Notes on Rendering Articles</title></head><body><article>
<h1>Notes on Rendering Articles</h1>
<p>{PROSE}</p>
<h2>A second section</h2>
<p>{PROSE_2}</p>
<ul><li>first point of the list</li><li>second point<ul><li>a nested point</li></ul></li></ul>
<table><tr><th>Name</th><th>Value</th></tr><tr><td>alpha</td><td>1</td></tr></table>
<pre><code>def f(x):
    return x + 1</code></pre>
<blockquote><p>A quotation that someone said once.</p></blockquote>
<p>{PROSE} {PROSE_2}</p>
</article></body></html>"""


def test_to_markdown() -> None:
    article = cleanpage.extract(RICH)
    markdown = article.to_markdown()
    assert markdown.startswith("# Notes on Rendering Articles\n")
    assert "\n## A second section\n" in markdown
    assert "- first point of the list\n- second point\n  - a nested point" in markdown
    assert "| Name | Value |\n|---|---|\n| alpha | 1 |" in markdown
    assert "```\ndef f(x):\n    return x + 1\n```" in markdown
    assert "> A quotation that someone said once." in markdown
    assert PROSE in markdown


def test_to_markdown_of_an_empty_page() -> None:
    assert cleanpage.extract("").to_markdown() == ""


def test_kinds_of_the_rich_page() -> None:
    kinds = {b.text.split("\n")[0]: b.kind for b in cleanpage.extract(RICH).body}
    assert kinds["A second section"] is Kind.HEADING
    assert kinds["a nested point"] is Kind.LIST_ITEM
    assert kinds["Name | Value"] is Kind.TABLE
    assert kinds["def f(x):"] is Kind.CODE
    assert kinds["A quotation that someone said once."] is Kind.QUOTE


# --- packaging ----------------------------------------------------------------------


def test_py_typed_is_shipped() -> None:
    assert (Path(cleanpage.__file__).parent / "py.typed").is_file()


def test_public_surface() -> None:
    for name in ("extract", "Article", "Block", "Label", "Kind", "default_rules", "BlockRule"):
        assert name in cleanpage.__all__
        assert hasattr(cleanpage, name)
    assert isinstance(cleanpage.__version__, str)


def test_new_block_equals_the_dataclass_constructor() -> None:
    # The pipeline builds blocks through article.new_block, which sets the slots itself:
    # it must give the very Block the dataclass would, field for field.
    import dataclasses

    from cleanpage.article import Block, Kind, _new_block, new_block

    args = dict(
        index=3,
        text="Hello there",
        kind=Kind.HEADING,
        level=2,
        rows=(("a", "b"),),
        words=2,
        link_share=0.25,
        stopword_share=0.5,
        tag_path="html/body/h2",
        tokens=frozenset({"title"}),
        landmark="main",
        depth=2,
        line=0,
    )
    expected = Block(**args)  # type: ignore[arg-type]
    # new_block (compiled where built) takes the features in order, as the pipeline does.
    for made in (new_block(*args.values()), _new_block(**args)):  # type: ignore[arg-type]
        assert made == expected
        assert all(hasattr(made, f.name) for f in dataclasses.fields(Block))
    assert len(dataclasses.fields(Block)) == 17, "a new Block field must be set in new_block"


_PROSE = (
    "The trust drained the summit pound in March, relined its bed with clay and refilled "
    "it over a fortnight, so boats can cross the watershed again this summer."
)


def _titled(heading: str, og_title: str) -> str:
    return (
        f"<html><head><title>{og_title} | Towpath News</title>"
        f"<meta property='og:title' content='{og_title}'></head><body><article>"
        f"<h1>{heading}</h1><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"
    )


def test_title_drops_a_section_label_the_heading_carries() -> None:
    # A kicker set off by a separator ("Waterways|…") is the section, not the title.
    for heading in (
        "Waterways|Canal trust reopens the summit pound",
        "Inland Waterways: Canal trust reopens the summit pound",
    ):
        article = cleanpage.extract(_titled(heading, "Canal trust reopens the summit pound"))
        assert article.title == "Canal trust reopens the summit pound", heading


def test_title_ends_where_the_metadata_ends_the_heading() -> None:
    # A tag line the heading sets after the title in an element of its own is not the
    # title's: the metadata cut the heading there.
    heading = "Canal trust reopens the summit pound<span>Boats cross the watershed again</span>"
    article = cleanpage.extract(_titled(heading, "Canal trust reopens the summit pound"))
    assert article.title == "Canal trust reopens the summit pound"


def test_title_keeps_a_heading_longer_than_the_metadata_title() -> None:
    # Words the heading adds without a separator, or more than a label's few, are its own.
    for heading in (
        "Canal trust reopens the summit pound after a dry spring",
        "Canal trust reopens the summit pound: boats cross the watershed again",
        "After a dry spring and a long closure, Canal trust reopens the summit pound",
    ):
        article = cleanpage.extract(_titled(heading, "Canal trust reopens the summit pound"))
        assert article.title == heading


def test_title_is_the_metadata_title_inside_a_longer_heading() -> None:
    # A heading that sets words before and after the metadata title uses its words in
    # a heading of its own: the title the page declares stands.
    heading = "Discover our guide to canal locks of the north, from Leeds to Skipton"
    article = cleanpage.extract(_titled(heading, "Canal locks of the north"))
    assert article.title == "Canal locks of the north"


def test_title_in_the_metadatas_punctuation_keeps_the_metadatas_parts() -> None:
    # The heading says the metadata title with another dash: the metadata title, which kept
    # its second part (the home page's title is the site's whole name), stands as given.
    page = (
        "<html><head><title>Ann Lee | Towpath walks and talks</title>"
        "<meta property='og:site_name' content='Ann Lee - The Towpath Coach'>"
        "<meta property='og:title' content='Ann Lee - The Towpath Coach'></head><body>"
        f"<article><h1>Ann Lee \u2013 The Towpath Coach</h1><p>{_PROSE}</p><p>{_PROSE}</p>"
        "</article></body></html>"
    )
    md_title = cleanpage.extract(page, url="https://towpathcoach.example/").title
    assert md_title == "Ann Lee - The Towpath Coach"


def _under_h2(heading: str, title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h2>{heading}</h2><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"
    )


def test_title_is_the_declared_one_when_a_shorter_heading_words_it_otherwise() -> None:
    # The heading matched as the title block holds only some of the declared title's
    # words: it is another wording, and the title the page declares is the title.
    for heading, title in (
        ("Summit pound reopens", "Why the summit pound reopens"),
        ("What is a lock app?", "What is a lock application?"),
    ):
        article = cleanpage.extract(_under_h2(heading, title))
        assert article.title == title, heading
    # A heading that is the declared title without its site's name, or longer than it,
    # is the title.
    for heading, title, expected in (
        ("Summit pound reopens", "Summit pound reopens | Towpath News", "Summit pound reopens"),
        ("Summit pound reopens at last", "Summit pound reopens", "Summit pound reopens at last"),
    ):
        assert cleanpage.extract(_under_h2(heading, title)).title == expected, heading
