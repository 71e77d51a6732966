"""Metadata: each source, their precedence, and the cases that must give None, not a guess."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanpage
from cleanpage.html import parse
from cleanpage.metadata import (
    Metadata,
    byline_names,
    clean_name,
    clean_title,
    dated_names,
    dump_metadata,
    extract_metadata,
    extract_text_metadata,
    language_tag,
    parse_date,
    split_names,
    url_date,
)


def meta(head: str, body: str = "", url: str | None = None, lang: str = "") -> Metadata:
    attr = f' lang="{lang}"' if lang else ""
    page = f"<html{attr}><head>{head}</head><body>{body}<p>Text of the article.</p></body></html>"
    return extract_metadata(parse(page), url=url)


JSONLD = """<script type="application/ld+json">{
  "@context": "https://schema.org",
  "@graph": [
    {"@type": "WebSite", "name": "Example Site"},
    {"@type": "NewsArticle", "headline": "Rain &amp; Shine",
     "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
     "datePublished": "2024-03-03T10:00:00+01:00", "dateModified": "2024-03-04",
     "keywords": ["weather", "rain"], "articleSection": "Science",
     "image": {"@type": "ImageObject", "url": "/img/rain.jpg"},
     "inLanguage": "en-GB"}
  ]
}</script>"""


def test_jsonld_graph_gives_typed_fields() -> None:
    md = meta(JSONLD, url="https://example.org/news/rain")
    assert md.title == "Rain & Shine"
    assert md.authors == ("Jane Doe", "John Roe")
    assert md.published == datetime.datetime(
        2024, 3, 3, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert md.modified == datetime.date(2024, 3, 4)
    assert not isinstance(md.modified, datetime.datetime)
    assert md.site_name == "Example Site"
    assert md.tags == ("weather", "rain")
    assert md.categories == ("Science",)
    assert md.image == "https://example.org/img/rain.jpg"
    assert md.sources["authors"] == "json-ld"
    assert md.sources["published"] == "json-ld"


def test_jsonld_beats_opengraph_and_meta() -> None:
    head = (
        JSONLD
        + '<meta property="article:published_time" content="2020-01-01">'
        + '<meta name="author" content="Someone Else">'
    )
    md = meta(head)
    assert md.published is not None and md.published.year == 2024
    assert md.authors == ("Jane Doe", "John Roe")


def test_malformed_jsonld_gives_none_and_falls_back() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "headline": </script>'
        '<script type="application/ld+json">{"@type": "Article", "datePublished": "soon"}</script>'
        '<meta name="author" content="Jane Doe">'
    )
    md = meta(head)
    assert md.published is None
    assert md.authors == ("Jane Doe",)
    assert md.sources["authors"] == "meta"


def test_cdata_wrapped_jsonld() -> None:
    head = (
        '<script type="application/ld+json"><![CDATA[{"@type": "BlogPosting", '
        '"datePublished": "2019-05-06"}]]></script>'
    )
    assert meta(head).published == datetime.date(2019, 5, 6)


def test_opengraph_and_twitter() -> None:
    head = (
        '<meta property="og:title" content="OG Title Here">'
        '<meta name="twitter:title" content="Twitter Title">'
        '<meta property="og:site_name" content="Daily Paper">'
        '<meta property="og:url" content="/a/b">'
        '<meta property="og:image" content="//cdn.example.org/x.png">'
        '<meta property="og:locale" content="de_DE">'
        '<meta property="article:tag" content="one"><meta property="article:tag" content="two">'
        '<meta property="article:section" content="Politics">'
        '<meta property="article:published_time" content="2023-06-01T08:30:00Z">'
    )
    md = meta(head, url="https://example.org/x")
    assert md.title == "OG Title Here"
    assert md.sources["title"] == "opengraph"
    assert md.site_name == "Daily Paper"
    assert md.url == "https://example.org/a/b"
    assert md.image == "https://cdn.example.org/x.png"
    assert md.language == "de-DE"
    assert md.tags == ("one", "two")
    assert md.categories == ("Politics",)
    assert md.published == datetime.datetime(2023, 6, 1, 8, 30, tzinfo=datetime.timezone.utc)


def test_canonical_link_is_made_absolute() -> None:
    md = meta('<link rel="canonical" href="/story/1">', url="https://example.org/story/1?utm=x")
    assert md.url == "https://example.org/story/1"
    assert md.sources["url"] == "link"


def test_meta_name_variants_and_license() -> None:
    head = (
        '<meta name="dc.creator" content="Ana Lopez">'
        '<meta name="dc.date" content="2021-02-03">'
        '<meta name="description" content="A short summary.">'
        '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
    )
    md = meta(head)
    assert md.authors == ("Ana Lopez",)
    assert md.published == datetime.date(2021, 2, 3)
    assert md.description == "A short summary."
    assert md.license == "https://creativecommons.org/licenses/by/4.0/"


def test_microdata_author_and_date() -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/Article">'
        '<span itemprop="author" itemscope><span itemprop="name">Max Muster</span></span>'
        '<meta itemprop="datePublished" content="2022-11-05">'
        "</article>"
    )
    md = meta("", body)
    assert md.authors == ("Max Muster",)
    assert md.published == datetime.date(2022, 11, 5)
    assert md.sources["published"] == "microdata"


def test_time_element_prefers_published_over_updated_and_comments() -> None:
    body = (
        '<p>Updated <time datetime="2024-05-09">May 9</time></p>'
        '<p class="posted-on"><time class="entry-date" datetime="2024-05-01">May 1</time></p>'
        '<div class="comments"><time datetime="2024-06-01">June 1</time></div>'
    )
    md = meta("", body)
    assert md.published == datetime.date(2024, 5, 1)
    assert md.sources["published"] == "time"


def test_time_element_of_the_latest_reply_is_no_publication_day() -> None:
    # A thread list's "latest" stamp comes first; the first post's own <time> dates the page.
    latest = (
        '<div class="structItem-cell"><time class="structItem-latestDate u-dt"'
        ' datetime="2026-02-02T18:44:32+00:00">Feb 2, 2026</time></div>'
    )
    post = (
        '<article><time class="u-dt" datetime="2024-02-25T10:00:00+00:00">Feb 25, 2024</time>'
        "<p>Which tide table do you use?</p></article>"
    )
    assert meta("", latest + post).published == datetime.datetime(
        2024, 2, 25, 10, tzinfo=datetime.timezone.utc
    )
    # Without that mark the first stamp is the page's.
    plain = latest.replace("structItem-latestDate ", "")
    assert meta("", plain + post).published == datetime.datetime(
        2026, 2, 2, 18, 44, 32, tzinfo=datetime.timezone.utc
    )


def test_todays_date_widget_is_no_publication_day() -> None:
    # A header's widget prints the day the page is read; the byline's day dates the page.
    widget = (
        '<div class="block-date"><p id="todays-date"><b>Friday</b>, December 19, 2025</p></div>'
    )
    byline = '<div class="post-date">December 12, 2025</div>'
    assert meta("", widget + byline).published == datetime.date(2025, 12, 12)
    assert meta("", '<div class="date-today">19 December 2025</div>').published is None
    # A dated element that says nothing of today still dates the page.
    plain = widget.replace("todays-date", "dateline")
    assert meta("", plain + byline).published == datetime.date(2025, 12, 19)


def test_copyright_year_is_no_date() -> None:
    md = meta("", '<footer class="footer-meta">© 2024 Example Inc.</footer>')
    assert md.published is None


def test_rel_author_link() -> None:
    md = meta("", '<a rel="author" href="/u/jd">Jane Doe</a>')
    assert md.authors == ("Jane Doe",)
    assert md.sources["authors"] == "rel-author"


def test_byline_class_and_url_date() -> None:
    body = '<h1>Headline</h1><div class="byline">By Jane Doe and John Roe</div>'
    md = meta("", body, url="https://example.org/2024/03/03/headline/")
    assert md.authors == ("Jane Doe", "John Roe")
    assert md.sources["authors"] == "byline"
    assert md.published == datetime.date(2024, 3, 3)
    assert md.sources["published"] == "url"


def test_byline_beside_the_headline() -> None:
    body = "<h1>A Headline Here</h1><p>Posted on March 3, 2024 by Jane Doe</p>"
    md = meta("", body)
    assert md.authors == ("Jane Doe",)
    assert md.published == datetime.date(2024, 3, 3)


def test_byline_beside_the_headline_adds_the_co_authors_the_metadata_left_out() -> None:
    head = '<script type="application/ld+json">{"@type": "Article", "headline": "Tides",'
    head += ' "author": {"@type": "Person", "name": "Ann Lee"}, "datePublished": "2024-03-03"}'
    head += "</script>"
    byline = "<h1>Tides</h1><div>Written by <a>Dr Ann Lee</a>, <a>Rob Roe</a></div>"
    assert meta(head, byline).authors == ("Dr Ann Lee", "Rob Roe")
    # Not: a byline of other people, or of the metadata's author alone.
    for body, authors in (
        ("<h1>Tides</h1><div>Written by <a>Bea Byer</a>, <a>Rob Roe</a></div>", ("Ann Lee",)),
        ("<h1>Tides</h1><div>By <a>Ann Lee</a>, Senior Editor</div>", ("Ann Lee",)),
        ("<h1>Tides</h1><div>Written by Dr Ann Lee</div>", ("Ann Lee",)),
    ):
        assert meta(head, body).authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Posted on March 3, 2024 by Jane Doe", ["Jane Doe"]),
        ("Von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Publié le 3 mars 2024 par Jean Dupont", ["Jean Dupont"]),
        ("Publicado el 3 de marzo de 2024 por Juan Pérez", ["Juan Pérez"]),
        ("By Nathan Willis March 2, 2015", ["Nathan Willis"]),
        # Two particles in a name, in the first name and in a co-author's.
        ("By Tess van der Wolde, Ann van Roe", ["Tess van der Wolde", "Ann van Roe"]),
        ("Por Juan Pérez y María de la Cruz", ["Juan Pérez", "María de la Cruz"]),
        # The byline's section list after the name: no co-authors.
        ("By Ann Lee In Coast News, Harbour Walks", ["Ann Lee"]),
        ("by the way this is prose", []),
        # A serial comma before the last co-author.
        ("Written by Ann Lee, Rob Roe, and Bea Byer", ["Ann Lee", "Rob Roe", "Bea Byer"]),
        # A surname that is a month, when no day follows it.
        ("Written By: Tom May", ["Tom May"]),
        ("By Tom May 3, 2024", ["Tom"]),
        # Credits that are not the writer's; the writer named later in the line wins, and a
        # reviewer stands in only for a line that names no writer.
        ("Medically reviewed by Ann Lee, MD — Written by Rob Roe", ["Rob Roe"]),
        ("Reviewed by Ann Lee", ["Ann Lee"]),
        ("Sponsored by Coast Bank", []),
        ("Powered by Tidewright", []),
        ("Inspired by Jack Bogle", []),
        # What a menu sorts by, and a heading that goes on with "by".
        ("By Industry", []),
        ("BY USE CASE", []),
        ("Tide Tables by Region", []),
        ("Guide by Will Judd", ["Will Judd"]),
        ("Guest Post by Ann Lee", ["Ann Lee"]),
        ("More Articles by Ann Lee", ["Ann Lee"]),
        # "by" in another language takes a whole name: not "Door Hinges", "AV Cables".
        ("Door Jan Jansen", ["Jan Jansen"]),
        ("Door Hinges", []),
        ("AV Cables", []),
        ("Dishes by Course", []),
        # A menu's or a search box's "by", and a date where a name would stand.
        ("Sort by: Relevance Price Low To High", []),
        ("Refine by Watts", []),
        ("Search enhanced by Tidewright", []),
        ("Documentation by Version", []),
        ("By Jan 5, 2026", []),
        ("By Jan Jansen", ["Jan Jansen"]),
    ],
)
def test_byline_phrases(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-03", datetime.date(2024, 3, 3)),
        ("March 3, 2024", datetime.date(2024, 3, 3)),
        ("3. März 2024", datetime.date(2024, 3, 3)),
        ("3 mars 2024", datetime.date(2024, 3, 3)),
        ("3 de marzo de 2024", datetime.date(2024, 3, 3)),
        ("2024年3月3日", datetime.date(2024, 3, 3)),
        ("11-29-2024, 09:03 AM", datetime.date(2024, 11, 29)),
        ("29-11-2024", datetime.date(2024, 11, 29)),
        ("03-04-2024", None),
        ("2023/12", None),
        ("2023-12", None),
        ("December 2023", None),
        ("2023-02-30", None),
        ("1970-01-01", None),
        ("2999-01-01", None),
        ("not a date", None),
    ],
)
def test_parse_date_loose(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text, loose=True) == expected


def test_timezone_offsets() -> None:
    value = parse_date("2024-03-03T23:30:00-05:00")
    assert isinstance(value, datetime.datetime)
    assert value.utcoffset() == datetime.timedelta(hours=-5)
    naive = parse_date("2024-03-03T23:30:00")
    assert isinstance(naive, datetime.datetime) and naive.tzinfo is None
    assert parse_date("2024-03-03T23:30:00+99:00") is None


def test_url_date_needs_a_day() -> None:
    assert url_date("https://x.org/2023/12/post") is None
    assert url_date("https://x.org/2023/12/10/post") == datetime.date(2023, 12, 10)


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Post title here | Example Site", "Example Site", "Post title here"),
        ("Example Site – Post title here", "Example Site", "Post title here"),
        ("How we designed Dropbox's ATF - an async task framework", "Dropbox", None),
        ("Only a title", None, "Only a title"),
    ],
)
def test_title_site_affixes(title: str, site: str | None, expected: str | None) -> None:
    assert clean_title(title, site) == (expected or title)


def test_the_sites_name_with_its_top_level_domain_on_a_subdomain() -> None:
    assert (
        clean_title("CoastTimes.com - Ferry fares rise", url="http://origin.coasttimes.com/a")
        == "Ferry fares rise"
    )


def test_short_tag_after_a_long_title_goes() -> None:
    assert clean_title("Spring tides along the northern coast – Harbour Notes") == (
        "Spring tides along the northern coast"
    )
    # Not: a short title, a lower-case continuation, a range, a date, three parts, a long
    # last part.
    for title in (
        "Tides | Part 2",
        "Moving to the coast – tips and tricks",
        "Tide tables for the bay 2026 / 2027",
        "The best trail shoes under $50 - March 2026",
        "The best trail shoes under $50 | 2026",
        "Tides of the bay in spring | Harbour Notes | Coast News",
        "Spring tides along the coast – What the harbour master told us",
    ):
        assert clean_title(title) == title


def test_a_heading_that_shows_the_site_name_its_address_spells_is_no_title() -> None:
    # The header's logo is the first <h1>: "Coast News" on coastnews.example, which names
    # no og:site_name. The page's own <h1> below it is the title.
    head = "<title>Tide tables | Coast News – Where the tide turns</title>"
    body = "<h1>Coast News</h1><h1>Tide tables</h1>"
    assert meta(head, body, url="https://coastnews.example/tide-tables").title == "Tide tables"
    # On another host the first <h1> is not known as the site's name: the title stays whole.
    assert meta(head, body, url="https://harbour.example/tide-tables").title == (
        "Tide tables | Coast News – Where the tide turns"
    )


def test_title_from_url_host_and_h1() -> None:
    md = meta(
        "<title>Great Story Today | Example</title>",
        "<h1>Great Story Today</h1>",
        url="https://www.example.com/story",
    )
    assert md.title == "Great Story Today"


def test_site_name_leaves_a_headline_and_a_subdomain_host_names_the_site() -> None:
    # The <h1> swapped in for the metadata title loses the site name the URL gives.
    md = meta(
        "<title>Ferry timetable news | KVTV</title>",
        "<h1>Ferry timetable news | KVTV</h1>",
        url="https://www.kvtv.com/ferries/1/",
    )
    assert md.title == "Ferry timetable news"
    # forum.tidewatch.org is the site tidewatch: "Tidewatch's Forum" is its name.
    md = meta(
        "<title>Spring tide tables posted - Tidewatch's Forum</title>",
        url="https://forum.tidewatch.org/showthread.php?t=1",
    )
    assert md.title == "Spring tide tables posted"
    # A last part that starts with the site's name is the site's name with more words.
    md = meta(
        "<title>Refunds | Harbourpay API Reference</title>", url="https://docs.harbourpay.com/api"
    )
    assert md.title == "Refunds"
    # Not a part that only shares a word with the host, nor a first part that starts with
    # it (a product of the site), nor a part longer than a name.
    for title in (
        "Refunds | Guides for Harbourpay merchants",
        "Harbourpay Cards for Small Shops - Refund rules",
        "Refunds | Harbourpay helps small shops take cards online",
    ):
        assert meta(f"<title>{title}</title>", url="https://docs.harbourpay.com/a").title == title
    # A short first part that starts with the site's name is a product's name too.
    md = meta(
        "<title>Harbourpay Go - Card reader - Harbourpay</title>",
        url="https://www.harbourpay.com/go",
    )
    assert md.title == "Harbourpay Go - Card reader"
    # The site's name alone first is still the site's.
    md = meta("<title>Harbourpay - Card reader</title>", url="https://www.harbourpay.com/go")
    assert md.title == "Card reader"
    # The title block of extract() loses it too.
    article = cleanpage.extract(
        "<html><head><title>Ferry timetable news | KVTV</title></head><body>"
        "<h1>Ferry timetable news | KVTV</h1><p>"
        + "The fleet grew again this year. " * 8
        + "</p></body></html>",
        url="https://www.kvtv.com/ferries/1/",
    )
    assert article.title == "Ferry timetable news"


def test_language_tags() -> None:
    assert language_tag("en_us") == "en-US"
    assert language_tag("zh-hant-tw") == "zh-Hant-TW"
    assert language_tag("nonsense words") is None
    assert meta("", lang="fr").language == "fr"


def test_names_with_credentials_and_lists() -> None:
    assert split_names("Dana Roe, MD") == ["Dana Roe, MD"]
    assert split_names("A Bee, C Dee, and E Eff") == ["A Bee", "C Dee", "E Eff"]
    assert split_names("https://example.org/author/x") == []


def test_month_names_end_a_name_only_before_a_date() -> None:
    assert split_names("Laura June Topolsky") == ["Laura June Topolsky"]
    assert split_names("Tom May") == ["Tom May"]
    assert split_names("Alyssa Maio") == ["Alyssa Maio"]
    assert byline_names("By Jane Doe March 3, 2024") == ["Jane Doe"]
    assert split_names("Cazzy Magennis Last updated") == ["Cazzy Magennis"]
    assert split_names("Preetam Jinka Co-founder") == ["Preetam Jinka"]
    assert split_names("View more posts", strict=True) == []


def test_name_beside_a_date_in_an_author_element_is_the_weakest_byline() -> None:
    body = '<h1>Tides</h1><div class="post-author">Mar 3, 2024 · Jane Doe in Coastal News</div>'
    md = meta("", body)
    assert md.authors == ("Jane Doe",)
    assert md.published == datetime.date(2024, 3, 3)
    # A "By" label elsewhere on the page is the stronger witness.
    labelled = body + "<p>By Rob Roe</p>"
    assert meta("", labelled).authors == ("Rob Roe",)
    # Not in an element that only says it holds a date, nor when what is left beside the
    # date is not one name.
    dated = '<h1>Tides</h1><p class="post-date">Mar 3, 2024 · Jane Doe</p>'
    assert meta("", dated).authors == ()
    assert dated_names("March 3, 2024 · 5 min read") == []
    assert dated_names("Posted on March 3, 2024") == []
    assert dated_names("Jane Doe and Rob Roe · March 3, 2024") == []


def test_an_author_box_describing_the_author_names_no_one_without_a_by_label() -> None:
    box = (
        '<div class="card-inside"><p class="headline">Jane Doe</p>'
        '<div class="dynamic-author-description">Licensed Tide Gauger, M.A. Oceanography'
        "</div></div>"
    )
    assert meta("", f"<h1>Tides</h1><p>{'The sea rises. ' * 20}</p>{box}").authors == ()
    # A "By" label in the author's bio still names them.
    bio = '<div class="author-bio">This post was written by Jane Doe</div>'
    assert meta("", f"<h1>Tides</h1>{bio}").authors == ("Jane Doe",)
    # An author element that says nothing more of itself names them without a label.
    named = '<div class="post-author">Jane Doe</div>'
    assert meta("", f"<h1>Tides</h1>{named}").authors == ("Jane Doe",)


def test_a_bylines_closing_full_stop_is_not_part_of_the_name() -> None:
    assert byline_names("This post was written by Jane Doe.") == ["Jane Doe"]
    assert byline_names("By Jane Doe and Rob Roe.") == ["Jane Doe", "Rob Roe"]
    # An abbreviation's stop stays.
    assert clean_name("Sammy Davis Jr.") == "Sammy Davis Jr."
    assert clean_name("Ann Lee Esq.") == "Ann Lee Esq."


def test_meta_with_several_properties_and_dublin_core_colon_names() -> None:
    head = (
        "<title>Tides | Coast News</title>"
        '<meta property="x:title dc:title" content="Tides of March">'
        '<meta property="dc:creator x:site" content="Jane Doe">'
        '<meta property="dcterms:created" content="2024-03-03">'
    )
    md = meta(head)
    assert (md.title, md.authors) == ("Tides of March", ("Jane Doe",))
    assert md.published == datetime.date(2024, 3, 3)
    # An unknown prefix is not Dublin Core.
    assert meta('<meta property="x:creator" content="Jane Doe">').authors == ()


def test_roles_end_a_name_and_what_follows_them() -> None:
    assert split_names("Dana Roe Marketing Director, Tideworks Inc") == ["Dana Roe"]
    assert split_names("Dana Roe Content Coordinator, MBA") == ["Dana Roe, MBA"]
    assert split_names("Dana Roe, Rob Roe") == ["Dana Roe", "Rob Roe"]


def test_parentheses_in_an_author_string() -> None:
    # A nickname or handle stays with its name; it is not another author.
    assert split_names("Dana (Dee) Roe") == ["Dana (Dee) Roe"]
    assert split_names("dana_roe (droe)") == ["dana_roe (droe)"]
    # "(with ...)" names more authors; addresses and dates go; byline prose keeps names only.
    assert split_names("Dana Roe (with Rob Roe)") == ["Dana Roe", "Rob Roe"]
    assert split_names("Dana Roe (https://tideworks.example/dana)") == ["Dana Roe"]
    assert split_names("Dana Roe (March 3, 2024)") == ["Dana Roe"]
    assert split_names("Dana Roe (Coast Wire)", strict=True) == ["Dana Roe"]


def test_a_name_shown_again_and_again_is_one_name() -> None:
    assert split_names("Tide Works Tide Works Tide") == ["Tide Works"]
    assert split_names("Dana Roe Dana Roe") == ["Dana Roe"]
    assert split_names("Dana Dana Roe") == ["Dana Dana Roe"]


def test_avatar_initials_before_a_name_are_dropped() -> None:
    assert split_names("DR Dana Roe", strict=True) == ["Dana Roe"]
    assert split_names("DR Rob Roe", strict=True) == ["DR Rob Roe"]


FORUM = """
<header><span class="username">signed_in_user</span></header>
<h1>Which lens for birds?</h1>
<article class="message"><div class="message-user"><a class="username" href="/u/1">paulb203</a>
</div><div class="message-body"><p>I am looking at two lenses.</p></div></article>
<article class="message"><div class="message-user"><a class="username" href="/u/2">jk_99</a>
</div><div class="message-body"><p>Take the longer one.</p></div></article>
"""


def test_data_author_attribute_of_the_first_post_names_the_poster() -> None:
    body = (
        '<nav><a data-username="signed_in_user" href="/me">Me</a></nav>'
        "<h1>Which lens for birds?</h1>"
        '<article data-author="tern_watcher"><p>I am looking at two lenses.</p></article>'
        '<article data-author="jk_99"><p>Take the longer one.</p></article>'
    )
    md = meta("", body)
    assert (md.authors, md.sources["authors"]) == (("tern_watcher",), "username")
    # Only the signed-in user's menu carries one: no author.
    assert meta("", body.split("<h1>")[0] + "<h1>Lenses</h1><p>Prose.</p>").authors == ()
    # A byline outranks it.
    assert meta("", "<p>By Jane Doe</p>" + body).authors == ("Jane Doe",)


def test_link_to_an_author_archive_or_a_members_profile_names_the_author() -> None:
    url = "https://coastnews.example/2024/tides"
    body = '<h1>Tides</h1><p><a href="/desk">Desk</a> <a href="/author/dana-roe/">Dana Roe</a></p>'
    md = meta("", body, url=url)
    assert (md.authors, md.sources["authors"]) == (("Dana Roe",), "username")
    thread = (
        '<h1>Which lens?</h1><div class="p"><a href="/u/tern_watcher">@tern_watcher</a>'
        '<p>Which one?</p></div><div class="p"><a href="/u/jk_99">jk_99</a><p>Long.</p></div>'
    )
    assert meta("", thread, url=url).authors == ("tern_watcher",)
    # Not: a listing whose archive links name many people, a profile on another site, a
    # link whose text is not the name its address gives, a page without a headline.
    teasers = "".join(
        f'<h2>Story {i}</h2><a href="/author/{n.lower()}-roe/">{n} Roe</a>'
        for i, n in enumerate(("Ann", "Ben", "Cal", "Dee"))
    )
    for negative in (
        "<h1>Latest</h1>" + teasers,
        '<h1>Tides</h1><a href="https://social.example/profile/danaroe">danaroe</a>',
        '<h1>Tides</h1><a href="/author/dana-roe/">All posts</a>',
        '<p><a href="/author/dana-roe/">Dana Roe</a></p>',
    ):
        assert meta("", negative, url=url).authors == ()


def test_first_name_alone_is_completed_from_the_authors_archive_address() -> None:
    url = "https://coastnews.example/blog/tides"
    card = '<a href="/blog/authors/dana-van-roe">Articles by Dana</a>'
    # The page shows the whole name elsewhere: as it writes it.
    md = meta("", "<h1>Tides</h1><p>By Dana</p><div><p>Dana van Roe</p>" + card + "</div>", url=url)
    assert md.authors == ("Dana van Roe",)
    # Only the address spells it: its words, capitalised.
    assert meta("", "<h1>Tides</h1><p>By Dana</p>" + card, url=url).authors == ("Dana Van Roe",)
    # Not: an archive of someone else, of another site, a handle, a name already whole.
    for body, authors in (
        ('<p>By Dana</p><a href="/authors/ben-roe">Ben Roe</a>', ("Dana",)),
        ('<p>By Dana</p><a href="https://other.example/authors/dana-roe">x</a>', ("Dana",)),
        ('<p>By Dana</p><a href="/authors/dana-2">Dana</a>', ("Dana",)),
        ('<p>By Dana Lee</p><a href="/authors/dana-lee-roe">x</a>', ("Dana Lee",)),
    ):
        assert meta("", "<h1>Tides</h1>" + body, url=url).authors == authors


def test_forum_handle_of_the_first_post_is_the_weakest_author() -> None:
    md = meta("", FORUM)
    assert md.authors == ("paulb203",)
    assert md.sources["authors"] == "username"
    # A byline name is stronger than any handle.
    md = meta("", FORUM.replace("<h1>", '<p class="byline">By Jane Doe</p><h1>'))
    assert md.authors == ("Jane Doe",)


def test_handles_need_an_author_class_and_no_header() -> None:
    assert meta("", '<header><a class="username">admin_user</a></header>').authors == ()
    assert meta("", '<div class="post"><a class="title">paulb203</a></div>').authors == ()


def test_forum_post_author_line_gives_the_date() -> None:
    body = '<h1>Thread</h1><p class="author">by Minoa » Tue Aug 27, 2019 1:47 am</p>'
    md = meta("", body)
    assert md.published == datetime.date(2019, 8, 27)
    assert md.authors == ("Minoa",)


def test_text_metadata() -> None:
    md = extract_text_metadata(
        ["A Short Title", "", "By Jane Doe", "March 3, 2024", "Body text goes here."]
    )
    assert md.title == "A Short Title"
    assert md.authors == ("Jane Doe",)
    assert md.published == datetime.date(2024, 3, 3)


_DUMP_NAV = "Home\nNews\nSport\nWeather\nAbout us\nContact\n\n"
_DUMP_PROSE = (
    "The harbour board met on Tuesday to weigh the new tide gauges for the inner basin.\n\n"
    "Fishermen said the old gauges had read low for years, and the board agreed to buy two."
    "\n\nThe gauges will be fitted in the spring, before the season's first high tides.\n"
)


def test_text_dump_byline_and_date_after_the_navigation() -> None:
    # The byline stands past the dump's first lines, after a long navigation.
    dump = (
        "Tide gauges for the harbour | Coast News\n\n"
        + _DUMP_NAV * 3
        + "Harbour board buys new tide gauges\n\nBy Ann Lee and Rob Roe\n"
        + "March 3, 2024\n\n"
        + _DUMP_PROSE
    )
    article = cleanpage.extract(dump, format="text")
    assert article.authors == ("Ann Lee", "Rob Roe")
    assert article.published == datetime.date(2024, 3, 3)
    assert article.metadata_sources["authors"] == "byline"


def test_text_dump_name_alone_beside_its_date_line() -> None:
    dump = (
        _DUMP_NAV * 3
        + "Harbour board buys new tide gauges\n\nAnn Whitcombe\nMarch 3, 2024\n\n"
        + _DUMP_PROSE
    )
    article = cleanpage.extract(dump, format="text")
    assert article.authors == ("Ann Whitcombe",)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # The flattener broke the byline at the name's link.
        ("Written by\nAnn Whitcombe", ("Ann Whitcombe",)),
        ("By\nAnn Whitcombe and Rob Roe", ("Ann Whitcombe", "Rob Roe")),
        # A name beside a reading time or an update stamp.
        ("Ann Whitcombe\n7 min read", ("Ann Whitcombe",)),
        ("Ann Whitcombe\nLast updated: March 3, 2024", ("Ann Whitcombe",)),
        # A menu after a lone "By" is no one's name.
        ("By\nTide Charts Ferry Times Guides", ()),
        # A review widget beside a date is no byline.
        ("Verified Purchase\nMarch 3, 2024", ()),
    ],
)
def test_text_dump_byline_lines(byline: str, authors: tuple[str, ...]) -> None:
    dump = _DUMP_NAV * 3 + "Harbour board buys new tide gauges\n\n" + byline + "\n\n"
    assert cleanpage.extract(dump + _DUMP_PROSE, format="text").authors == authors


def test_text_dump_heading_beside_a_date_line_is_no_name() -> None:
    # "Tide Reports" is a heading: "reports" is a word of the page in lower case.
    dump = (
        _DUMP_NAV * 3
        + "Harbour board buys new tide gauges\n\nTide Reports\nMarch 3, 2024\n\n"
        + _DUMP_PROSE
        + "\nThe board reports to the council.\n"
    )
    article = cleanpage.extract(dump, format="text")
    assert article.authors == ()
    assert article.published == datetime.date(2024, 3, 3)


def test_text_dump_date_from_the_url_when_no_line_gives_one() -> None:
    dump = _DUMP_NAV + "Harbour board buys new tide gauges\n\n" + _DUMP_PROSE
    article = cleanpage.extract(
        dump, url="https://coastnews.example/2024/03/03/gauges", format="text"
    )
    assert article.published == datetime.date(2024, 3, 3)
    assert article.metadata_sources["published"] == "url"
    assert cleanpage.extract(dump, format="text").published is None


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # A flattened <title>: it keeps the subtitle the headline leaves out, and loses the
        # site's name the URL gives.
        (
            "Harbour board buys new tide gauges: what changes for the basin | Coast News",
            "Harbour board buys new tide gauges: what changes for the basin",
        ),
        # The headline is the title line without the section set before it.
        ("Harbour News: Harbour board buys new tide gauges", "Harbour board buys new tide gauges"),
        ("Harbour board buys new tide gauges_English_Wire", "Harbour board buys new tide gauges"),
        # A first line the rules took for clutter is no title.
        ("Skip to content", "Harbour board buys new tide gauges"),
    ],
)
def test_text_dump_title_line_against_the_headline(first_line: str, title: str) -> None:
    dump = first_line + "\n\n" + _DUMP_NAV * 3 + "Harbour board buys new tide gauges\n\n"
    article = cleanpage.extract(
        dump + _DUMP_PROSE, url="https://coastnews.example/gauges", format="text"
    )
    assert article.title == title


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Coast Clips: Harbour board buys new tide gauges", "Harbour board buys new tide gauges"),
        ("Harbour board buys new tide gauges : Coast Wire", "Harbour board buys new tide gauges"),
        # A site's own page keeps its name whole.
        (
            "About - Harbour board buys new tide gauges",
            "About - Harbour board buys new tide gauges",
        ),
    ],
)
def test_a_heading_that_is_the_title_tag_without_its_section_is_the_title(
    title: str, shown: str
) -> None:
    prose = "<p>The harbour board met on Tuesday to weigh new tide gauges for the basin.</p>" * 4
    page = (
        f"<html><head><title>{title}</title></head><body><div><a href='/'>Home</a></div>"
        f"<h2>Harbour board buys new tide gauges</h2>{prose}</body></html>"
    )
    assert cleanpage.extract(page, url="https://coastnews.example/a").title == shown


def test_an_h1_naming_a_section_yields_to_the_title_that_names_the_page() -> None:
    head = "<title>Coast News - Lakers edge Grizzlies in overtime thriller</title>"
    url = "https://coastnews.example/lakers"
    md = meta(head, "<h1>More Sports</h1><p>The Lakers won.</p>", url)
    assert md.title == "Lakers edge Grizzlies in overtime thriller"


def test_empty_and_none_inputs() -> None:
    assert extract_metadata(None, url=None) == Metadata()
    assert extract_text_metadata([]) == Metadata()
    assert meta("").title is None


@given(st.text(max_size=300))
def test_never_raises_on_junk(junk: str) -> None:
    head = f'<script type="application/ld+json">{junk}</script><meta name="date" content="{junk}">'
    root = parse(f"<html><head>{head}</head><body><time>{junk}</time></body></html>")
    extract_metadata(root, url="https://example.org/")
    parse_date(junk, loose=True)
    extract_text_metadata(junk.splitlines())


_KINDS = st.sampled_from(["title", "header", "byline", "navigation", "body", "footer"])


@given(st.lists(st.tuples(st.text(max_size=80), _KINDS), max_size=40), st.text(max_size=40))
def test_dump_metadata_never_raises_and_keeps_what_it_is_given(
    lines: list[tuple[str, str]], junk: str
) -> None:
    given_meta = Metadata(title="Tides", authors=("Ann Lee",), sources={"title": "title-tag"})
    md = dump_metadata(given_meta, lines, url=f"https://coastnews.example/{junk}")
    assert md.authors == ("Ann Lee",)
    assert all(isinstance(name, str) and name for name in dump_metadata(Metadata(), lines).authors)


def test_dateline_splits_published_and_updated_days() -> None:
    body = (
        "<h1>Headline</h1>"
        '<p class="post-date">March 2, 2021 · Updated April 5, 2023</p><p>Prose.</p>'
    )
    md = meta("", body)
    assert md.published == datetime.date(2021, 3, 2)
    assert md.modified == datetime.date(2023, 4, 5)


def test_date_line_after_the_headline_dates_a_page_without_other_dates() -> None:
    # Past the few elements beside the headline that the byline pass reads.
    intro = "<h1>Tides</h1>" + "<p>Sea.</p>" * 4
    body = intro + '<div><span class="x1">Nov 21, 2018</span></div><p>The sea.</p>'
    assert meta("", body).published == datetime.date(2018, 11, 21)
    updated = intro + "<p><i>Updated: 10/31/2024</i></p><p>The sea.</p>"
    md = meta("", updated)
    assert (md.published, md.sources["published"]) == (datetime.date(2024, 10, 31), "modified")
    # Not a date range, prose that mentions a day, nor a date past the next heading.
    for negative in (
        intro + "<p>1/27/2026 - 3/24/2026</p>",
        "<h1>Tides</h1><p>The storm of March 3, 2024 moved the dunes inland. "
        + "The sea wall held along the northern stretch of the bay. " * 4
        + "</p>",
        "<h1>Tides</h1>" + "<p>The sea.</p>" * 4 + "<h2>More</h2><p>March 3, 2024</p>",
    ):
        assert meta("", negative).published is None
    # Beside the headline too, a range is no publication day.
    assert meta("", "<h1>Tides</h1><p>March 3, 2024 - March 9, 2024</p>").published is None
    # A date the page gives elsewhere wins, the URL's day included.
    url = "https://coastnews.example/2024/03/03/tides"
    assert meta("", body, url=url).published == datetime.date(2024, 3, 3)


def test_only_an_updated_stamp_dates_the_page() -> None:
    body = '<h1>Headline</h1><div class="entry-date">Last updated: 7 May 2022</div>'
    md = meta("", body)
    assert md.modified == datetime.date(2022, 5, 7)
    assert md.published == datetime.date(2022, 5, 7)
    assert md.sources["published"] == "modified"
    head = '<meta property="article:modified_time" content="2022-05-07">'
    assert meta(head).published == datetime.date(2022, 5, 7)


def test_published_day_wins_over_updated_stamp() -> None:
    head = (
        '<meta property="article:published_time" content="2020-01-02">'
        '<meta property="article:modified_time" content="2022-05-07">'
    )
    md = meta(head, '<p class="date">Updated May 7, 2022</p>')
    assert md.published == datetime.date(2020, 1, 2)


def test_text_dump_updated_line() -> None:
    md = extract_text_metadata(["Title", "Last updated on 9 June 2023", "Body text here."])
    assert md.published == datetime.date(2023, 6, 9)
    assert md.modified == datetime.date(2023, 6, 9)


def test_by_label_without_byline_class() -> None:
    body = (
        "<h1>Headline</h1>"
        '<p class="small">By <a href="/people/ann">Ann Other</a></p><p>Prose text here.</p>'
    )
    md = meta("", body)
    assert md.authors == ("Ann Other",)
    assert md.sources["authors"] == "byline"


def test_author_label_before_the_name() -> None:
    body = "<h1>Headline</h1><div><h3>Author</h3><p>Rosa M. Lind</p></div>"
    assert meta("", body).authors == ("Rosa M. Lind",)


def test_by_filters_and_prose_mentions_are_no_bylines() -> None:
    body = (
        '<h2>Shop</h2><a href="/c">By Category</a><span>By Collection</span>'
        "<p>This page was last edited by Wiki Editors.</p>"
    )
    assert meta("", body).authors == ()


def test_listing_with_many_bylines_has_no_author() -> None:
    body = (
        "<h2>Latest posts</h2>"
        "<li><h2>One</h2><p>By Ann Other</p></li><li><h2>Two</h2><p>By Ben Roe</p></li>"
    )
    assert meta("", body).authors == ()


def test_twitter_card_written_by_label() -> None:
    head = (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Cora Vale">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="4 minutes">'
    )
    md = meta(head)
    assert md.authors == ("Cora Vale",)
    assert md.sources["authors"] == "twitter"


def test_dates_under_a_sites_own_meta_and_itemprop_names() -> None:
    assert meta('<meta name="x-published-date" content="2023-02-01">').published == (
        datetime.date(2023, 2, 1)
    )
    body = '<span itemprop="published-date" content="Published Jan 9, 2022">Jan 9</span>'
    assert meta("", body).published == datetime.date(2022, 1, 9)
    md = meta('<meta name="publisher" content="2023-02-01"><meta name="unpublished" content="x">')
    assert md.published is None


def test_own_name_dates_rank_below_known_sources() -> None:
    head = (
        '<meta name="page-published" content="2026-01-01">'
        '<meta property="article:published_time" content="2021-05-05">'
    )
    assert meta(head).published == datetime.date(2021, 5, 5)


def test_posted_on_line_without_classes() -> None:
    body = "<h2>Notes</h2><div><div>Posted on 4 March 2020 at 10:00 by someone</div></div>"
    assert meta("", body).published == datetime.date(2020, 3, 4)


def test_name_with_role_after_a_dash_and_name_shown_twice() -> None:
    assert split_names("Dana Roe - Editorial Team") == ["Dana Roe"]
    assert split_names("Dana Roe Dana Roe") == ["Dana Roe"]
    assert split_names("Jean-Luc Roe") == ["Jean-Luc Roe"]


def test_heading_that_is_the_last_title_part_is_the_site() -> None:
    md = meta(
        "<title>What is Ownership? - The Rust Programming Language</title>",
        "<h1>The Rust Programming Language</h1><h2>What is Ownership?</h2>",
    )
    assert md.title == "What is Ownership?"


def test_heading_after_a_site_name_first_part_is_the_title() -> None:
    # "Site | Post" with the post as <h1>: the last part is the title, not a site name.
    md = meta(
        '<title>Frommers | The Best Airfare Search Sites</title><meta property="og:site_name"'
        ' content="Frommers">',
        "<h1>The Best Airfare Search Sites</h1>",
    )
    assert md.title == "The Best Airfare Search Sites"
    md = meta(
        '<title>Docs - Creating Types</title><meta property="og:title" content="Creating Types">',
        "<h1>Creating Types</h1>",
    )
    assert md.title == "Creating Types"


def test_heading_text_reads_as_shown_without_spaces_around_inline_elements() -> None:
    md = meta("", "<h1>The Story of <em>Tides</em>, Part <span>2</span>: Sp<span>ring</span></h1>")
    assert md.title == "The Story of Tides, Part 2: Spring"
    # A line break or a block inside the heading still parts its words.
    assert meta("", "<h1>Tides<br>of March</h1>").title == "Tides of March"
    assert meta("", "<h1><div>Tides</div><div>of March</div></h1>").title == "Tides of March"


def test_a_buttons_label_is_no_word_of_the_heading() -> None:
    # "Copy item path" labels a button inside the <h1>: the heading is "Crate tidewatch".
    head = "<title>tidewatch - Rust</title>"
    body = (
        '<h1>Crate <span>tidewatch</span>&nbsp;<button id="copy-path">Copy item path</button></h1>'
    )
    assert meta(head, body).title == "Crate tidewatch"
    # Text after the button stays.
    body = "<h1>Tide <button>Share</button>tables</h1>"
    assert meta("<title>Tide tables</title>", body).title == "Tide tables"
    # Those words printed as text are the heading's: it no longer matches the title.
    assert meta(head, "<h1>Crate <span>tidewatch</span> Copy item path</h1>").title == (
        "tidewatch - Rust"
    )


def test_heading_that_is_the_site_name_is_no_title() -> None:
    md = meta(
        '<meta property="og:site_name" content="Roger\'s Blog">'
        "<title>Roger's Blog: Advent of Code week 2</title>"
        '<meta property="og:title" content="Advent of Code week 2">',
        "<h1>Roger's Blog</h1><h2>Advent of Code week 2</h2>",
    )
    assert md.title == "Advent of Code week 2"


def test_entities_escaped_twice_and_invisible_characters_leave_titles() -> None:
    md = meta('<meta property="og:title" content="Python, SQL &amp;#x26; AI Cre&amp;reg;am">')
    assert md.title == "Python, SQL & AI Cre®am"
    md = meta("<title>Home Repair Assis\u00adtance\u200b Program</title>")
    assert md.title == "Home Repair Assistance Program"
    # A lone ampersand and text that only looks like an entity stay as written.
    md = meta("<title>AT&amp;T and R&amp;D &amp;xyzzy;</title>")
    assert md.title == "AT&T and R&D &xyzzy;"


def test_scholarly_author_tags_are_family_name_first() -> None:
    md = meta(
        '<meta name="citation_author" content="Roy, Aniruddha">'
        '<meta name="citation_author" content="Berger, Emery D.">'
    )
    assert md.authors == ("Aniruddha Roy", "Emery D. Berger")
    # Two full names stay two names; a plain author tag is not turned round.
    assert meta('<meta name="citation_author" content="Jane Doe, John Roe">').authors == (
        "Jane Doe",
        "John Roe",
    )
    assert meta('<meta name="author" content="Roy, Aniruddha">').authors == ("Roy", "Aniruddha")


def test_jsonld_organisation_author_by_reference_or_as_publisher_yields_to_a_byline() -> None:
    byline = '<p class="byline">By Jane Doe</p>'
    by_reference = """<script type="application/ld+json">{"@graph": [
      {"@type": "Organization", "@id": "#org", "name": "Acme Health"},
      {"@type": "Article", "headline": "Sleep well", "author": {"@id": "#org"}}]}</script>"""
    assert meta(by_reference, byline).authors == ("Jane Doe",)
    as_publisher = """<script type="application/ld+json">{"@type": "Article",
      "headline": "Sleep well", "author": {"@type": "Person", "name": "Acme Health"},
      "publisher": {"@type": "Organization", "name": "Acme Health"}}</script>"""
    assert meta(as_publisher, byline).authors == ("Jane Doe",)
    # A person who is not the publisher keeps the JSON-LD's precedence.
    person = as_publisher.replace('"Person", "name": "Acme Health"', '"Person", "name": "Ann Lee"')
    assert meta(person, byline).authors == ("Ann Lee",)


def test_user_names_with_digits_are_names_outside_byline_prose() -> None:
    assert meta('<meta name="author" content="kwalsh482">').authors == ("kwalsh482",)
    body = '<h1>Topic</h1><div class="post"><span class="username">CanalFan77</span></div>'
    assert meta("", body).authors == ("CanalFan77",)
    # Counts with their unit, dates and times are no names; byline prose wants capitals.
    assert meta('<meta name="author" content="10mins">').authors == ()
    assert meta('<meta name="author" content="2024-03-01">').authors == ()
    assert split_names("kwalsh482", strict=True) == []


def test_a_team_signing_as_one_keeps_its_role_word() -> None:
    assert meta('<meta name="author" content="Towpath Staff">').authors == ("Towpath Staff",)
    assert split_names("The Lockkeeper editors") == ["The Lockkeeper editors"]
    assert split_names("Our Editors") == ["Our Editors"]
    # A person's role after the name still goes.
    assert split_names("Ben Roe Games Editor") == ["Ben Roe"]
    assert split_names("Staff Reporter") == []


def test_contributors_label_and_a_closing_description_of_the_authors() -> None:
    assert split_names("Contributors: Edna Larkin") == ["Edna Larkin"]
    assert split_names("Contributors to Wikimedia projects") == [
        "Contributors to Wikimedia projects"
    ]
    text = "Authors: Clare Wintour and Lena Haldor, Extension horticulture educators"
    assert split_names(text, strict=True) == ["Clare Wintour", "Lena Haldor"]
    body = f'<h1>Plants</h1><div class="field-authors"><p>{text}</p></div>'
    assert meta("", body).authors == ("Clare Wintour", "Lena Haldor")
    # A capitalised role after the name is no second name; prose whose first part is no
    # name gives none.
    assert "Co-Founder" not in split_names("Walt Sable, Co-Founder", strict=True)
    assert split_names("By now, you will have guessed", strict=True) == []


def test_the_site_named_as_author_yields_to_a_person_in_the_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Tern Trust">'
        '<meta name="author" content="Tern Trust">'
        '<meta property="article:published_time" content="2024-03-03">'
    )
    md = meta(head, '<h1>Nests</h1><p class="byline">By Tess Wolde</p>')
    assert md.authors == ("Tess Wolde",)
    # No person in the body, or the site again: the house credit stands.
    assert meta(head, "<h1>Nests</h1>").authors == ("Tern Trust",)
    again = '<h1>Nests</h1><p class="author">Tern Trust Sponsored</p>'
    assert meta(head, again).authors == ("Tern Trust",)
    # An author who is not the site keeps the head's precedence.
    other = head.replace('name="author" content="Tern Trust"', 'name="author" content="Ann Lee"')
    assert meta(other, '<h1>Nests</h1><p class="byline">By Tess Wolde</p>').authors == ("Ann Lee",)
    # A link to the person's author archive names them too; to someone else's, not.
    linked = '<h1>Nests</h1><a href="/blog/author/tess-wolde/"><div>Tess Wolde</div></a>'
    assert meta(head, linked, url="https://terntrust.example/blog/nests").authors == ("Tess Wolde",)
    unlinked = linked.replace("tess-wolde", "ann-lee")
    assert meta(head, unlinked, url="https://terntrust.example/blog/nests").authors == (
        "Tern Trust",
    )


def test_the_byline_under_the_headline_wins_over_teaser_bylines() -> None:
    head = '<meta property="og:site_name" content="Bay Magazine">'
    body = (
        '<h1 class="logo">Bay Magazine</h1>'
        "<article><h1>Bike trails</h1><p>Where to ride.</p><p><span>By </span>"
        '<a href="/people/dan-roe">Dan Roe</a></p><p>Prose of the article.</p></article>'
        "<h2>More stories</h2><p><span>By </span><a href='/people/uma-bek'>Uma Bek</a></p>"
    )
    assert meta(head, body).authors == ("Dan Roe",)
    # Teasers after a listing's headline and its introduction, each with its own byline:
    # no one author.
    listing = (
        "<h1>Latest</h1>" + "<p>What we wrote this week.</p>" * 5 + "<h2>One</h2>"
        "<p><span>By </span><a href='/p/a'>Ann Lee</a></p>"
        "<h2>Two</h2><p><span>By </span><a href='/p/b'>Ben Roe</a></p>"
    )
    assert meta(head, listing).authors == ()


def test_a_header_or_nav_around_the_headline_is_not_navigation() -> None:
    # A parser that nests the page in an unclosed <nav>, and an article's own <header>.
    body = (
        "<nav><a href='/'>Home</a><article><h1>Form an LLC</h1>"
        '<p><a href="/articles/authors/tam-greer">Tam Greer</a></p><p>Prose.</p>'
        "</article></nav>"
    )
    assert meta("", body, url="https://example.org/llc").authors == ("Tam Greer",)
    # A link to an author's archive in the site's menu is still navigation.
    menu = (
        '<nav><a href="/authors/tam-greer">Tam Greer</a></nav>'
        "<article><h1>Form an LLC</h1><p>Prose.</p></article>"
    )
    assert meta("", menu, url="https://example.org/llc").authors == ()


def test_a_label_alone_before_the_name_as_text_or_element() -> None:
    body = "<h1>Low light plants</h1><div><strong>Contributors:</strong> Janet Lough</div>"
    assert meta("", body).authors == ("Janet Lough",)
    body = "<h1>Low light plants</h1><div><b>Author:</b> <span>Rosa M. Lind</span></div>"
    assert meta("", body).authors == ("Rosa M. Lind",)
    # A contributors' call without a colon, or prose after the label, names no one.
    body = "<h1>Plants</h1><p>Contributors wanted for our next issue</p>"
    assert meta("", body).authors == ()
    body = "<h1>Plants</h1><div><strong>Contributors:</strong> see the list of all of them</div>"
    assert meta("", body).authors == ()


def test_template_fields_and_a_missing_name_before_an_affiliation_are_no_authors() -> None:
    assert meta('<meta name="author" content="page.head.extra.author">').authors == ()
    assert meta('<meta name="author" content="{{ post.author }}">').authors == ()
    # A user name with dots is a name.
    assert meta('<meta name="author" content="tara.m.pike">').authors == ("tara.m.pike",)
    jsonld = """<script type="application/ld+json">[
      {"@type": "NewsArticle", "headline": "Films", "author": {"@type": "Person",
       "name": ", Daily Courier"}},
      {"@type": "NewsArticle", "headline": "Films", "author": [{"name": "Dora Vale"}]}
    ]</script>"""
    assert meta(jsonld).authors == ("Dora Vale",)
    assert split_names(", Coast News") == []


def test_citation_authors_tags_each_name_an_author() -> None:
    head = (
        '<meta name="DC.Creator" content="Ivy Marsh">'
        '<meta name="citation_authors" content="Ivy Marsh">'
        '<meta name="citation_authors" content="Ivo Green">'
    )
    assert meta(head).authors == ("Ivy Marsh", "Ivo Green")


def test_a_bylines_name_element_ends_the_name_before_the_job_title() -> None:
    body = (
        '<h1>Guide</h1><div class="byline"><span>by</span> <span class="author">'
        '<a href="/authors/mary-quill">Mary Quill</a></span> <span class="job">Former Deputy '
        "Tech Editor</span></div>"
    )
    assert meta("", body).authors == ("Mary Quill",)
    # Name elements that do not start the byline's name change nothing.
    body = (
        '<h1>Guide</h1><div class="byline">By Ann Lee and Rob Roe'
        '<span class="author-name">Rob Roe</span></div>'
    )
    assert meta("", body).authors == ("Ann Lee", "Rob Roe")


def test_a_questions_asker_is_the_author_and_a_faq_question_no_title() -> None:
    qa = """<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {
      "@type": "Question", "name": "Is a narrowboat worth it?",
      "author": {"@type": "Person", "name": "RiverG"}}}</script>"""
    md = meta(
        qa + "<title>Narrowboats - are they worth it? | Forum</title>", "<h1>Is it worth it?</h1>"
    )
    assert md.authors == ("RiverG",)
    assert md.title != "Is a narrowboat worth it?"
    faq = """<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [
      {"@type": "Question", "name": "What plans are there?"}]}</script>"""
    assert meta(faq + "<title>Travel Insurance</title>").title == "Travel Insurance"


def test_a_forum_display_name_of_capitalised_words_is_a_handle() -> None:
    body = (
        '<h1>Moto review</h1><div class="post"><a class="username" href="/members/pl.3/">'
        "Harbour Heron</a></div>"
    )
    assert meta("", body).authors == ("Harbour Heron",)
    # Not a phrase in lower case, nor a control's label.
    body = '<h1>Moto review</h1><div class="post"><span class="username">log in now</span></div>'
    assert meta("", body).authors == ()


def test_a_byline_listing_its_authors_in_list_items_names_each() -> None:
    body = (
        "<h1>Solar panels</h1><div><span>Written by: <ul><li><a href='/a/ann'>Ann Lee</a></li>"
        "<li><a href='/a/rob'>Rob Roe</a></li></ul></span></div><p>Prose.</p>"
        "<h2>More</h2><p><span>Written by </span><a href='/a/uma'>Uma Bek</a></p>"
    )
    assert meta("", body).authors == ("Ann Lee", "Rob Roe")
    # One item, or items that are no names, change nothing.
    body = "<h1>Solar panels</h1><div><span>Written by: <ul><li>Ann Lee</li></ul></span></div>"
    assert meta("", body).authors == ("Ann Lee",)


def test_a_person_icon_before_a_name_marks_the_author() -> None:
    body = (
        '<h1>Tabletop games</h1><div class="entry-meta"><ul><li><i class="bi bi-person"></i>'
        " Pal Kerekes</li><li>02-12-2025</li></ul></div><p>Prose.</p>"
    )
    assert meta("", body).authors == ("Pal Kerekes",)
    # The icon before a phrase, a count or a menu's label names no one.
    for shown in ("Log in", "12 followers", "my account settings"):
        body = f'<h1>Games</h1><p><i class="fa fa-user"></i> {shown}</p>'
        assert meta("", body).authors == ()


def test_a_dated_line_beside_the_headline_names_its_writer() -> None:
    body = "<header><h1>AI in care</h1><p>Aaron Rica | Senior Writer | July 2, 2025</p></header>"
    assert meta("", body).authors == ("Aaron Rica",)
    assert dated_names("Mar 3, 2024 • Rani Sen") == ["Rani Sen"]
    # A date's label, or a line of two names, is no writer.
    body = "<h1>AI in care</h1><p>Last Modified | July 2, 2025</p>"
    assert meta("", body).authors == ()
    assert dated_names("Ann Lee | Rob Roe | July 2, 2025") == []


def test_a_titles_capitalised_by_is_no_byline() -> None:
    assert byline_names("Previous article: Lock Gates By Hand Blog Index") == []
    assert byline_names("Sort By Relevance New Arrivals Customer Rating") == []
    # A byline's own "By", after a lead word, a separator, a date or a time zone.
    assert byline_names("Written By Ada Bell, MD") == ["Ada Bell, MD"]
    assert byline_names("Story | By Jane Doe") == ["Jane Doe"]
    assert byline_names("1/18/2008, 2:06 p.m. PST By OSMAN KADER") == ["OSMAN KADER"]
    assert byline_names("Posted on March 3 by Jane Doe") == ["Jane Doe"]


def test_a_site_named_after_its_owner_names_the_author_of_a_page_without_one() -> None:
    head = '<meta property="og:site_name" content="Ivor Pennant\'s blog">'
    md = meta(head, "<h1>Transitions</h1>")
    assert md.authors == ("Ivor Pennant",)
    assert md.sources["authors"] == "site-name"
    # A byline wins; a site not named after a person names no one.
    assert meta(head, '<h1>Transitions</h1><p class="byline">By Ann Lee</p>').authors == (
        "Ann Lee",
    )
    other = '<meta property="og:site_name" content="The gardener\'s blog">'
    assert meta(other, "<h1>Transitions</h1>").authors == ()


@pytest.mark.parametrize(
    ("handle", "person"),
    [("KX4410", "Ann Lee"), ("ned.ashby", "Ann J. Lee")],
    ids=["user-name", "login-with-a-dot"],
)
def test_a_handle_in_the_head_yields_to_the_name_a_byline_shows(handle: str, person: str) -> None:
    # A user name ('KX4410') or a login with a dot in it ('ned.ashby') in the head yields
    # to the byline's name; with no byline it stands; a person's name (with a dot and a
    # space: 'Ann J. Lee') keeps its precedence over the byline.
    jsonld = f"""<script type="application/ld+json">{{"@type": "Article", "headline": "Sluices",
      "author": {{"@type": "Person", "name": "{handle}"}}}}</script>"""
    body = '<h1>Sluices</h1><span class="author-name">Ned Ashby</span>'
    assert meta(jsonld, body).authors == ("Ned Ashby",)
    assert meta(jsonld, "<h1>Sluices</h1>").authors == (handle,)
    assert meta(jsonld.replace(handle, person), body).authors == (person,)


def test_the_editor_a_byline_names_after_its_authors_shares_the_credit() -> None:
    assert byline_names("Written by Tom Ashe Edited by Nina Boyd") == ["Tom Ashe", "Nina Boyd"]
    assert byline_names("By Ann Lee, edited by Bob Roe") == ["Ann Lee", "Bob Roe"]
    # Not an editor named further on, after other words.
    assert "Bob Roe" not in byline_names("By Ann Lee. Photos edited by Bob Roe")
    assert byline_names("By Ann Lee on the team edited by Bob Roe") == ["Ann Lee"]


def test_a_dublin_core_title_outranks_opengraph() -> None:
    head = (
        '<meta property="og:title twitter:title" content="A title">'
        '<meta property="x:title dc:title" content="Preferred title">'
    )
    md = meta(head + "<title>Title Element</title>")
    assert md.title == "Preferred title"
    # Without it, OpenGraph's title still outranks the <title> element.
    assert meta('<meta property="og:title" content="A title"><title>T</title>').title == "A title"


def test_a_role_after_a_name_is_no_second_author_and_and_is_no_description() -> None:
    assert split_names("Rob Lane, Music Editor") == ["Rob Lane"]
    assert split_names("Ann Lee and Rob Roe, Staff Writers") == ["Ann Lee", "Rob Roe"]
    assert split_names("Ann Lee, Rob Roe") == ["Ann Lee", "Rob Roe"]
    # A lower-case description ends a strict byline only after a comma.
    text = "The river and canal trusts"
    assert split_names(text, strict=True) == []


def test_a_label_before_the_headline_leaves_the_title() -> None:
    # The <h1> sets a label before the title the metadata gives: a forum's "Thread:", the
    # day, a category word. The metadata title is the title itself.
    for shown in ("Thread: Tide tables for the bay", "Dec 18 2025 Tide tables for the bay"):
        md = meta(
            '<meta property="og:title" content="Tide tables for the bay">',
            f"<h1>{shown}</h1>",
        )
        assert md.title == "Tide tables for the bay"
    # Not words after the title (a subtitle), nor a long run of words before it.
    for shown in (
        "Tide tables for the bay: what the harbour master told us",
        "Four weeks of sailing: Tide tables for the bay",
    ):
        md = meta(
            '<meta property="og:title" content="Tide tables for the bay">', f"<h1>{shown}</h1>"
        )
        assert md.title == shown
    # extract()'s title block gives way to the metadata title the same way.
    article = cleanpage.extract(
        '<html><head><meta property="og:title" content="Tide tables for the bay"></head>'
        "<body><h1>Dec 18 2025 Tide tables for the bay</h1><p>"
        + "The harbour master posts the tables every week. " * 8
        + "</p></body></html>"
    )
    assert article.title == "Tide tables for the bay"


def test_a_projects_subdomain_and_a_hosts_initials_name_the_site() -> None:
    # tidewatch.hostedprojects.example: the subdomain is the project's name.
    md = meta(
        "<title>Quickstart — Tidewatch Documentation (3.1.x)</title>",
        url="https://tidewatch.hostedprojects.example/en/quickstart/",
    )
    assert md.title == "Quickstart"
    # A service's subdomain (docs., blog.) names no site.
    md = meta("<title>Quickstart — Docs Overview</title>", url="https://docs.tidewatch.example/q")
    assert md.title == "Quickstart — Docs Overview"
    # The site's name spelt out, whose initials the host gives.
    md = meta(
        "<title>Ladders - Overview | Coastal Safety and Health Administration</title>",
        url="https://www.csha.example/ladders",
    )
    assert md.title == "Ladders - Overview"
    md = meta(
        "<title>Ladders - Overview | Coastal Safety and Health Administration</title>",
        url="https://www.coastnews.example/ladders",
    )
    assert md.title == "Ladders - Overview | Coastal Safety and Health Administration"


def test_a_heading_that_is_a_titles_first_part_is_the_title() -> None:
    # The <h1> is the first part of the metadata title; the parts after it name the
    # section or the site, however long.
    md = meta(
        '<meta property="og:title" content="Tides - Learn about the sea and its coasts">',
        "<h1>Tides</h1>",
    )
    assert md.title == "Tides"
    # Not an <h1> found elsewhere in the title, nor one that is no part of it.
    for shown in ("Learn", "Coasts"):
        md = meta(
            '<meta property="og:title" content="Tides - Learn about the sea and its coasts">',
            f"<h1>{shown}</h1>",
        )
        assert md.title == "Tides - Learn about the sea and its coasts"
    # Nor the site's logo over "Site » Post".
    md = meta(
        "<title>Coastnews » Tides turn early this spring</title>",
        "<h1>Coastnews</h1>",
        url="https://coastnews.example/tides",
    )
    assert md.title == "Tides turn early this spring"


def test_a_home_pages_title_keeps_the_sites_name_first() -> None:
    head = (
        '<meta property="og:title" content="Tidewatch | Tide tables for every harbour">'
        '<meta property="og:site_name" content="Tidewatch">'
    )
    # The site's home page is about the site: its name stays in the title.
    md = meta(head, url="https://www.tidewatch.example/")
    assert md.title == "Tidewatch | Tide tables for every harbour"
    # A page inside the site loses it.
    md = meta(head, url="https://www.tidewatch.example/harbours")
    assert md.title == "Tide tables for every harbour"


def test_a_section_path_after_the_headline_goes_with_the_sites_name() -> None:
    title = "Ferry fares rise in spring - National - Sport - Coast News"
    assert clean_title(title, "Coast News") == "Ferry fares rise in spring"
    # Not without the site's name to mark the path, nor parts longer than a section's name.
    assert clean_title("Ferry fares rise in spring - National - Sport") == (
        "Ferry fares rise in spring - National - Sport"
    )
    title = "Ferry fares rise in spring - National Affairs Desk Today - Sport - Coast News"
    assert clean_title(title, "Coast News") == (
        "Ferry fares rise in spring - National Affairs Desk Today - Sport"
    )


def test_a_heading_that_drops_the_titles_dashes_gives_way_to_the_title() -> None:
    # The <h1> shows the metadata title's words with its dashes left out (set in markup
    # of their own): the metadata title writes them as meant.
    for og, shown in (
        ("Remote Full-Stack Harbour Jobs", "Remote Full Stack Harbour Jobs"),
        ("Question - Which tide tables do you trust?", "Question Which tide tables do you trust?"),
    ):
        md = meta(f'<meta property="og:title" content="{og}">', f"<h1>{shown}</h1>")
        assert md.title == og
        article = cleanpage.extract(
            f'<html><head><meta property="og:title" content="{og}"></head>'
            f"<body><h1>{shown}</h1><p>"
            + "The harbour master posts the tables every week. " * 8
            + "</p></body></html>"
        )
        assert article.title == og
    # A heading that writes other punctuation in the dash's place keeps its own form.
    md = meta(
        '<meta property="og:title" content="Tide tables - a guide for sailors">',
        "<h1>Tide tables: a guide for sailors</h1>",
    )
    assert md.title == "Tide tables: a guide for sailors"


def test_a_name_run_into_digits_or_a_sentence_that_says_by_is_no_byline() -> None:
    # A user name with digits is not the capitalised word before them.
    assert byline_names("Post by Tern07 » 11. Sep 2024, 21:06") == []
    assert byline_names("Now supercharged by M5.") == []
    # A sentence that goes on to say "by" names no author.
    text = "Find the best harbours on the coast for a winter mooring, ranked by Region."
    assert byline_names(text) == []
    md = meta("", f"<h1>Winter moorings</h1><p>{text}</p>")
    assert md.authors == ()
    # A byline's few lower-case words before its "by" still lead to the name.
    for text in (
        "Edit this page Last updated on Oct 17, 2025 by Ann Lee",
        "Posted on March 3, 2024 by Ann Lee",
        "Tide tables written and kept by Ann Lee",
    ):
        assert byline_names(text) == ["Ann Lee"]


def test_a_heading_nested_in_the_headline_ends_its_text() -> None:
    # A heading left open swallows the byline heading after it (the parser nests it): the
    # headline's text ends where the nested heading starts.
    head = '<meta property="og:title" content="Harbour dues rise sharply in the spring season">'
    shown = "Harbour dues rise sharply in the <em>spring</em> season"
    md = meta(head, f"<h1>{shown}<div></div><h3>Posted on July 1, 2024 by Ann Lee</h3></h1>")
    assert md.title == "Harbour dues rise sharply in the spring season"
    assert md.sources["title"] == "h1"
    # A headline without a nested heading keeps all its text, its inline markup joined.
    md = meta("", "<h1>Harbour dues <em>rise</em> in spring <span>2024</span></h1>")
    assert md.title == "Harbour dues rise in spring 2024"


def test_a_heading_printed_twice_reads_once() -> None:
    md = meta(
        "", "<h1><span>Tide tables for the bay</span> <span>Tide tables for the bay</span></h1>"
    )
    assert md.title == "Tide tables for the bay"
    assert meta("", "<h1>Tides Tides Tides Tides Tides Tides</h1>").title == "Tides Tides Tides"
    # Not: a heading that repeats a word or two inside it.
    assert meta("", "<h1>Tides, tides and more tides</h1>").title == "Tides, tides and more tides"
    assert meta("", "<h1>Bora Bora</h1>").title == "Bora Bora"


def test_a_heading_ends_where_the_metadata_title_does() -> None:
    # The heading sets a tag line or the story's source after the title, in elements of
    # their own: the title is the text before them when a metadata title says so.
    md = meta(
        '<meta property="og:title" content="Black Edition | Protein Meals">',
        "<h1>Black Edition<span class='tagline'>Complete high-protein powder meal</span></h1>",
    )
    assert md.title == "Black Edition"
    md = meta(
        '<meta property="og:title" content="Grads find degrees no longer guarantee jobs">',
        "<h1><span><a href='/s/1'>Grads find degrees no longer guarantee jobs</a>"
        " <span><a href='https://coastnews.example/x'>(coastnews.example)</a></span></span></h1>",
    )
    assert md.title == "Grads find degrees no longer guarantee jobs"
    # Not: when the text before the heading's elements is the site's name, or no
    # metadata title ends there.
    md = meta(
        '<meta property="og:site_name" content="Acme"><title>Acme | Tide tables</title>',
        "<h1><span>Acme</span> <span>Tide tables</span></h1>",
    )
    assert md.title == "Tide tables"  # not "Acme"
    md = meta(
        "<title>Black Edition Complete high-protein powder meal | Coast Foods</title>",
        "<h1>Black Edition<span> Complete high-protein powder meal</span></h1>",
    )
    assert md.title == "Black Edition Complete high-protein powder meal"


def test_a_sites_own_title_on_a_deeper_page_gives_way_to_its_heading() -> None:
    head = "<title>Coastbook - The heart of the harbour</title>"
    body = "<h1>Enamelled cast iron pans and metal spoons</h1>"
    md = meta(head, body, url="https://www.coastbook.example/r/cooking/comments/123/pans")
    assert md.title == "Enamelled cast iron pans and metal spoons"
    # Not on the home page, not when the heading shares a word with the tag line, and not
    # when the first part is not the site's name.
    assert (
        meta(head, body, url="https://www.coastbook.example/").title
        == "Coastbook - The heart of the harbour"
    )
    md = meta(
        head,
        "<h1>The harbour in winter</h1>",
        url="https://www.coastbook.example/r/cooking/comments/123/pans",
    )
    assert md.title == "The harbour in winter"
    md = meta(
        "<title>Weekly - The heart of the harbour</title>",
        body,
        url="https://www.coastbook.example/r/cooking/comments/123/pans",
    )
    assert md.title == "Weekly - The heart of the harbour"


def test_a_heading_that_is_the_titles_first_words_is_the_title() -> None:
    md = meta(
        '<meta property="og:title" content="Headlamps for Camping, Hiking &amp; Running">',
        "<h1>Headlamps</h1>",
    )
    assert md.title == "Headlamps"
    md = meta(
        '<meta property="og:title" content="Jimmy: The Ultimate Device Opener">', "<h1>Jimmy</h1>"
    )
    assert md.title == "Jimmy"
    # Not: a heading that stops inside a word, or that is the site's name.
    md = meta('<meta property="og:title" content="Headlamps for Camping">', "<h1>Head</h1>")
    assert md.title == "Headlamps for Camping"
    md = meta(
        '<meta property="og:site_name" content="Glow">'
        '<meta property="og:title" content="Glow lamps for camping">',
        "<h1>Glow</h1>",
    )
    assert md.title == "Glow lamps for camping"


def test_an_author_photo_names_the_author_when_nothing_else_does() -> None:
    box = (
        '<div class="blog_author-box"><img class="blog_author-image" alt="Lena Haldor">'
        '<div class="bio">Writes about tides.</div></div>'
    )
    assert meta("", "<h1>Tides</h1>" + box).authors == ("Lena Haldor",)
    # A byline still wins; a logo whose class says "authorized", a photo described in a
    # sentence, and a commenter's photo give no author.
    byline = '<p class="byline">By Tess Wolde</p>'
    assert meta("", "<h1>Tides</h1>" + byline + box).authors == ("Tess Wolde",)
    logo = '<img class="authorized-dealer-logo" alt="Portman Lights">'
    assert meta("", "<h1>Tides</h1>" + logo).authors == ()
    described = box.replace('alt="Lena Haldor"', 'alt="Headshot of Lena Haldor by the sea"')
    assert meta("", "<h1>Tides</h1>" + described).authors == ()
    comment = f'<div class="comments">{box}</div>'
    assert meta("", "<h1>Tides</h1>" + comment).authors == ()


def test_a_title_slot_left_empty_gives_way_to_the_heading() -> None:
    url = "https://www.coastnews.example/gadgets/"
    md = meta("<title>| Coast News Magazine</title>", "<h1>Electronic Gadgets</h1>", url=url)
    assert md.title == "Electronic Gadgets"
    # Not: a title with its own words beside the separator, or a name that is not the site's.
    md = meta("<title>The 16 Best Boxes |</title>", "<h1>Subscriptions</h1>", url=url)
    assert md.title == "The 16 Best Boxes |"
    md = meta("<title>| Harbour Lights</title>", "<h1>Electronic Gadgets</h1>", url=url)
    assert md.title == "| Harbour Lights"


def test_an_empty_heading_is_no_title() -> None:
    # A logo's <h1> with no text comes first: the next <h1> is the one the title starts with.
    url = "https://www.harbourtown.example/151/Building-Department"
    head = "<title>Building Department | Harbour Town, ME - Official Website</title>"
    body = '<h1><img src="logo.png" alt=""></h1><h1>Building Department</h1>'
    assert meta(head, body, url=url).title == "Building Department"
    # Without the empty heading the same page gives the same title; and an empty heading
    # alone leaves the metadata title as it is.
    assert meta(head, "<h1>Building Department</h1>", url=url).title == "Building Department"
    md = meta(head, '<h1><img src="logo.png" alt=""></h1>', url=url)
    assert md.title == "Building Department | Harbour Town, ME - Official Website"


def test_a_board_the_page_links_to_goes_with_the_sites_name() -> None:
    url = "https://forum.coastnews.example/viewtopic.php?id=31"
    head = "<title>Which tide table app do you use? / Harbour Talk / Coastnews Forums</title>"
    crumbs = '<p><a href="/">Index</a> » <a href="viewforum.php?id=1">Harbour Talk</a></p>'
    assert meta(head, crumbs, url=url).title == "Which tide table app do you use?"
    # Not when the page does not link to that part: it may be the title's own end.
    md = meta(head, '<p><a href="/">Index</a></p>', url=url)
    assert md.title == "Which tide table app do you use? / Harbour Talk"
    # Nor when the site's name did not end the title.
    head = "<title>Coastnews Forums / Which tide table app do you use? / Harbour Talk</title>"
    assert meta(head, crumbs, url=url).title == "Which tide table app do you use? / Harbour Talk"


def test_a_forums_view_topic_label_leaves_the_title() -> None:
    url = "https://forum.coastnews.example/viewtopic.php?f=20&t=4871"
    head = "<title>Coastnews • View topic - Ferry timetable 2026: winter service</title>"
    assert meta(head, url=url).title == "Ferry timetable 2026: winter service"
    assert clean_title("Thema anzeigen - Fähren im Winter") == "Fähren im Winter"
    # A title that only starts with those words keeps them.
    assert clean_title("View topics - Ferry timetable") == "View topics - Ferry timetable"
    assert clean_title("View topic settings - Forum help") == "View topic settings - Forum help"


def test_a_home_pages_title_whose_last_part_is_the_sites_name_loses_it() -> None:
    head = "<title>The Coast News Blog - Coast News</title>"
    assert meta(head, url="https://coastnews.example/").title == "The Coast News Blog"
    # The site's name first and a tag line after it stays whole on the home page.
    head = "<title>Coast News - Where the tide turns</title>"
    md = meta(head, url="https://coastnews.example/")
    assert md.title == "Coast News - Where the tide turns"


def test_a_title_part_that_names_the_author_goes_with_the_parts_after_it() -> None:
    # "Post | Section | Author": the byline the title carries is not the headline's.
    head = (
        "<title>Winter tides on the north coast | Notes | Ann Lee</title>"
        '<meta name="author" content="Ann Lee">'
    )
    assert meta(head).title == "Winter tides on the north coast | Notes"
    head = (
        "<title>Ferry fares rise in spring - Ann Lee - Harbour Gazette Online</title>"
        '<meta name="author" content="Ann Lee">'
    )
    assert meta(head).title == "Ferry fares rise in spring"
    assert clean_title("Tides | Ann Lee", authors=["Ann Lee"]) == "Tides"
    # Not the first part (a column named after its writer), nor a part only like the name.
    for title in ("Ann Lee | Winter tides on the north coast", "Tides | Ann Leeward"):
        assert meta(f'<title>{title}</title><meta name="author" content="Ann Lee">').title == (
            title
        )


def test_a_property_meta_outranks_the_same_field_written_as_a_name() -> None:
    # OpenGraph and RDFa Dublin Core are properties: a name= copy of the field gives way.
    head = (
        '<meta name="dc.title" content="Tides (draft)">'
        '<meta property="dc:title" content="Tides of March">'
    )
    assert meta(head).title == "Tides of March"
    head = (
        '<meta name="og:title" content="Tides (draft)">'
        '<meta property="og:title" content="Tides of March">'
    )
    assert meta(head).title == "Tides of March"
    # Of two alike the first stands, and a name= after a property= changes nothing.
    for head in (
        '<meta property="og:title" content="Tides of March">'
        '<meta property="og:title" content="Tides (draft)">',
        '<meta property="og:title" content="Tides of March">'
        '<meta name="og:title" content="Tides (draft)">',
        '<meta name="og:title" content="Tides of March">'
        '<meta name="og:title" content="Tides (draft)">',
    ):
        assert meta(head).title == "Tides of March"


def _titles(head: str, heading: str, sentence: str) -> tuple[str | None, str | None]:
    """The title extract_metadata and extract() give a page with this head, this <h1> and
    a paragraph of the sentence repeated."""
    page = f"<html><head>{head}</head><body><h1>{heading}</h1><p>{sentence * 8}</p></body></html>"
    return meta(head, f"<h1>{heading}</h1>").title, cleanpage.extract(page).title


def test_a_heading_that_sets_a_separated_part_after_the_title_gives_way_to_it() -> None:
    # The <h1> is the metadata title, a separator and a part of its own (a brand, a tag).
    og = '<meta property="og:title" content="Retirement tide calculator">'
    shown = "Retirement tide calculator - Coast Funds"
    assert _titles(og, shown, "The calculator adds the tides of every month. ") == (
        "Retirement tide calculator",
        "Retirement tide calculator",
    )
    # Words after the title without a separator are a subtitle: the heading stands.
    shown = "Retirement tide calculator for sailors"
    assert meta(og, f"<h1>{shown}</h1>").title == shown


def test_a_heading_the_title_tag_sets_before_the_og_title_names_the_site() -> None:
    # "Coast Notes: <post>" in <title>, the post alone in og:title, and the blog's name in
    # the header's <h1>: the heading is the site's name, not the post's title.
    head = (
        "<title>Coast Notes: Small adventures with small models</title>"
        '<meta property="og:title" content="Small adventures with small models">'
    )
    assert _titles(head, "Coast Notes", "The models run on a laptop and answer fast. ") == (
        "Small adventures with small models",
        "Small adventures with small models",
    )
    # A separator sets the heading apart in the metadata title: the product's name in the
    # <h1> stands (the title's first part is not the site's name, whatever the host says).
    head = '<meta property="og:title" content="Tidewell Pro - Harbour Grey">'
    assert meta(head, "<h1>Tidewell Pro</h1>", url="https://tidewell.example/pro").title == (
        "Tidewell Pro"
    )


def test_a_title_cut_short_is_read_whole_from_a_title_that_goes_on() -> None:
    # The JSON-LD headline is cut near 110 characters, mid-phrase; og:title goes on with
    # the next word (then the site's name, which goes as ever).
    full = (
        "Winter on the towpath: how the canal trust keeps the locks, the bridges and the "
        "banks open for walkers (and what it costs)"
    )
    cut = full[:108].rstrip()
    head = (
        f'<script type="application/ld+json">{{"@type": "Article", "headline": "{cut}"}}'
        f'</script><meta property="og:title" content="{full} - Coast News">'
    )
    assert meta(head, url="https://coastnews.example/towpath").title == full
    # A title that ends on "..." is read whole the same way.
    head = (
        '<meta name="twitter:title" content="Tides of the northern coast and...">'
        "<title>Tides of the northern coast and the harbour | Coast News</title>"
    )
    assert meta(head, url="https://coastnews.example/tides").title == (
        "Tides of the northern coast and the harbour"
    )
    # Not a long title another one only adds a section to after a colon.
    head = f'<meta property="og:title" content="{full}"><title>{full} : walking</title>'
    assert meta(head, url="https://coastnews.example/towpath").title == full


def test_a_heading_whose_characters_were_lost_gives_way_to_the_title() -> None:
    # The <h1> shows "?" where its page's charset lost a character ("'s", a colon): the
    # metadata title writes the same words as meant.
    og = '<meta property="og:title" content="Tide tables: a sailor\'s guide">'
    shown = "Tide tables? a sailor? guide"
    assert _titles(og, shown, "The harbour master posts the tables every week. ") == (
        "Tide tables: a sailor's guide",
        "Tide tables: a sailor's guide",
    )
    # A heading that asks a question of its own words stands.
    og = '<meta property="og:title" content="Which tide tables do sailors trust most">'
    shown = "Which tide tables do sailors trust?"
    assert meta(og, f"<h1>{shown}</h1>").title == shown


def test_a_listings_count_of_its_items_leaves_the_title() -> None:
    # "(77141 books)", "(158 ITEMS)": the listing's count, not its name.
    for og, expected in (
        ("Best harbour books ever (77141 books)", "Best harbour books ever"),
        ("Tide boots (158 ITEMS)", "Tide boots"),
        ("Tide boots (1,204 results)", "Tide boots"),
        # A year, a bare number or other words in the parentheses stay.
        ("Best harbour books (2025 Reviews)", "Best harbour books (2025 Reviews)"),
        ("Tide tables (2)", "Tide tables (2)"),
        ("Tide boots (men's sizes)", "Tide boots (men's sizes)"),
    ):
        assert meta(f'<meta property="og:title" content="{og}">').title == expected, og
    article = cleanpage.extract(
        "<html><head><title>Tide boots (158 items)</title></head><body><h1>Tide boots (158"
        " items)</h1><p>" + "Boots for the towpath in every size and colour. " * 8 + "</p>"
        "</body></html>"
    )
    assert article.title == "Tide boots"


def test_a_sites_home_or_about_page_keeps_the_sites_name_in_its_title() -> None:
    # "Home" or "About" alone names no page: the site's name stays beside it.
    url = "https://coastnotes.example/about"
    for title in ("About - Coast Notes", "Home | Coast Notes", "Über uns – Coast Notes"):
        assert meta(f"<title>{title}</title>", url=url).title == title
    # The <h1> that shows the site's name does not take the title's place.
    md = meta("<title>About - Coast Notes</title>", "<h1>Coast Notes</h1>")
    assert md.title == "About - Coast Notes"
    # Any other page loses the site's name as before.
    for title in (
        "News | Coast Notes",
        "About the tides - Coast Notes",
        "Homes for sale - Coast Notes",
    ):
        assert (
            meta(f"<title>{title}</title>", url=url).title == title.split(" | ")[0].split(" - ")[0]
        )
    # extract()'s title block showing the site's name gives way to it too.
    article = cleanpage.extract(
        "<html><head><title>About - Coast Notes</title></head><body><h1>Coast Notes</h1><p>"
        + "We write about the tides of the north coast every week. " * 8
        + "</p></body></html>"
    )
    assert article.title == "About - Coast Notes"


def test_a_title_that_is_only_the_sites_name_yields_to_one_that_names_the_page() -> None:
    # Below the home page, a card or og:title that only names the site names no page.
    head = (
        "<title>Wool Socks for Walkers</title>"
        '<meta property="og:site_name" content="Coastwear">'
        '<meta name="twitter:title" content="Coastwear">'
    )
    url = "https://shop.coastwear.example/collections/socks"
    assert meta(head, url=url).title == "Wool Socks for Walkers"
    # The home page is the site's own; and with no other title the site's name stays.
    assert meta(head, url="https://shop.coastwear.example/").title == "Coastwear"
    head = '<meta property="og:site_name" content="Coastwear"><title>Coastwear</title>'
    assert meta(head, url=url).title == "Coastwear"


def test_a_publisher_given_by_its_address_names_no_site() -> None:
    # An @id no object of the page resolves is an address, not the site's name.
    def ld(publisher: str) -> str:
        return (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "Tides", "publisher": {publisher}}}</script></head>'
            "<body><h1>Tides</h1><p>The sea rises and falls.</p></body></html>"
        )

    unresolved = extract_metadata(parse(ld('{"@id": "https://news.example/#publisher"}')))
    assert unresolved.site_name is None
    named = extract_metadata(parse(ld('{"@type": "Organization", "name": "Coast News"}')))
    assert named.site_name == "Coast News"
