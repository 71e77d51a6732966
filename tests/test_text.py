"""The plain-text front door: golden dumps, the seed page, format sniffing and bad input.

``fixtures/text/x.txt`` is a flattened page we wrote (one block element a line); beside it
``x.expected.txt`` holds the body (paragraphs separated by blank lines) and
``x.expected.json`` the title, the language and the label each planted clutter line must get.
"""

from __future__ import annotations

import difflib
import json
import time
from pathlib import Path
from typing import Any

import pytest
from articles import explain, find_block, paragraphs

import cleanpage
from cleanpage import Article, Label
from cleanpage.rules.lines import best_run
from cleanpage.templates import block_texts

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "text"
PAGES = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".expected.txt"))
# ../shared beside the repository (tests/ is one level down).
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_a1618935e559d87c.txt"


def load(page: Path) -> tuple[Article, str, dict[str, Any]]:
    article = cleanpage.extract(page.read_text(encoding="utf-8"))
    expected = page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8")
    spec = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    return article, expected, spec


# --- golden dumps ---------------------------------------------------------------------


def test_fixtures_exist() -> None:
    assert len(PAGES) >= 4
    for page in PAGES:
        assert page.with_name(page.stem + ".expected.txt").is_file(), page.name
        assert page.with_name(page.stem + ".expected.json").is_file(), page.name


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_body_text(page: Path) -> None:
    article, expected, _ = load(page)
    assert article.format == "text"
    want, got = paragraphs(expected), paragraphs(article.text)
    if want != got:
        diff = "\n".join(difflib.unified_diff(want, got, "expected", "actual", lineterm=""))
        pytest.fail(f"body text differs:\n{diff}\nblocks:\n{explain(article)}")


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_title_and_language(page: Path) -> None:
    article, _, spec = load(page)
    assert article.title == spec["title"], explain(article)
    assert spec["title"] not in paragraphs(article.text)
    if "language" in spec:
        assert article.language == spec["language"]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_clutter_labels(page: Path) -> None:
    article, _, spec = load(page)
    wrong = []
    for planted in spec["labels"]:
        allowed = planted["label"]
        allowed = [allowed] if isinstance(allowed, str) else allowed
        block = find_block(article, planted["text"])
        if block.label.value not in allowed:
            wrong.append(
                f"{planted['text']!r}: want {' or '.join(allowed)}, got {block.label.value} "
                f"by {block.rule} ({block.reason})"
            )
        assert block.reason and block.rule, block
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_block_has_line_and_reason(page: Path) -> None:
    article, _, _ = load(page)
    lines = page.read_text(encoding="utf-8").splitlines()
    for block in article.blocks:
        assert block.reason, block
        assert block.line >= 1
        assert block.text in " ".join(lines[block.line - 1].split())


# --- the seed page (issue 3) ------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED.is_file():
        pytest.skip(f"the seed page is not here: {SEED} (the shared folder is absent)")
    return cleanpage.extract(SEED.read_text(encoding="utf-8"))


def test_seed_title(seed: Article) -> None:
    assert seed.format == "text"
    assert seed.title == "North Korea and Russia are strengthening cooperation"


def test_seed_body(seed: Article) -> None:
    assert seed.text.startswith("On June 12, on the occasion of Russia’s national holiday")
    assert seed.text.endswith("Putin has the friends he deserves.")
    assert len(seed.body) == 1


def test_seed_labels(seed: Article) -> None:
    want = {
        "Click to rate this post!": Label.RATING,
        "[Total: 0 Average: 0]": Label.RATING,
        "Next Post": Label.TEASER,
        "Polygon announced the release of version 2.0 of its protocol": Label.TEASER,
        "Subscribe US Now": Label.SUBSCRIBE,
    }
    for text, label in want.items():
        assert find_block(seed, text).label is label, explain(seed)
    excerpt = next(b for b in seed.blocks if b.text.endswith("[…]"))
    assert excerpt.label is Label.TEASER
    source = find_block(seed, "Source:")
    assert source.label is not Label.BODY and source.reason


# --- format sniffing and forcing ---------------------------------------------------------

PROSE = (
    "The council met on Tuesday to discuss the budget for next year. Members agreed that "
    "the library should stay open on Sundays, and that the park needs new benches."
)
MORE = (
    "A final vote is expected next month, after residents have had a chance to comment on "
    "the plan at two public meetings in the town hall and online."
)


def test_plain_text_is_sniffed_as_text() -> None:
    article = cleanpage.extract(f"Budget agreed\n\n{PROSE}\n")
    assert article.format == "text"
    assert article.title == "Budget agreed"
    assert article.text == PROSE


def test_markup_is_sniffed_as_html() -> None:
    article = cleanpage.extract(f"<html><body><h1>Budget agreed</h1><p>{PROSE}</p></body></html>")
    assert article.format == "html"


def test_text_that_mentions_a_tag_stays_text() -> None:
    page = f"Writing HTML\n\n{PROSE} Use the <p> element for paragraphs of text, always.\n"
    assert cleanpage.extract(page).format == "text"


def test_forced_text_keeps_markup_as_words() -> None:
    page = f"<p>{PROSE}</p>"
    article = cleanpage.extract(page, format="text")
    assert article.format == "text"
    assert "<p>" in "".join(b.text for b in article.blocks)


def _page_source(paragraphs: list[str]) -> str:
    """An HTML page's source on one line, as a flattener that failed passes it through."""
    item = '<li class="menu-item"><a href="/s/{0}">Section {0}</a></li>'
    menu = "".join(item.format(i) for i in range(30))
    body = "".join(f'<p class="story-text">{p}</p>' for p in paragraphs)
    return (
        'Budget agreed - Town News</titavaScript" src="/general.js"></script> '
        '<link href="/site.css" rel="stylesheet" type="text/css" /></head><body><div id="main">'
        f'<ul class="nav">{menu}</ul><div class="story"><h1>Budget agreed</h1>{body}</div>'
        '<div class="footer"><a href="/about">About us</a></div></div></body></html>'
    )


def test_forced_text_that_is_a_page_source_is_read_as_html() -> None:
    page = _page_source([PROSE, MORE])
    article = cleanpage.extract(page, format="text")
    assert article.format == "html"
    assert article.text == f"{PROSE}\n\n{MORE}"
    # The template learner cuts the same blocks.
    assert block_texts(page, format="text")[:2] == ["Budget agreed - Town News", "Section 0"]


def test_forced_text_with_many_tags_in_its_words_stays_text() -> None:
    # A tutorial dump quoting markup: tags in every line, but words take most of the text.
    lines = [f"Line {i}: write <td>cell</td> inside <tr> to add a cell. {PROSE}" for i in range(60)]
    article = cleanpage.extract("\n".join(lines), format="text")
    assert article.format == "text"
    assert cleanpage.api.markup_source("\n".join(lines)) is False


def test_lines_ending_in_counts_are_a_widget() -> None:
    # A "most commented" widget printed between the article's paragraphs: each line ends
    # in its count of comments.
    most = [
        "Why the library on Main Street will stay open on Sundays (185)",
        "Mayor says the park needs new benches before the summer fair (148)",
        "Residents split over the plan to widen the bridge on Mill Road (97)",
    ]
    body = "\n".join(most)
    article = cleanpage.extract(f"Budget agreed\n\n{PROSE}\n\n{body}\n\n{MORE}\n")
    assert article.text == f"{PROSE}\n\n{MORE}"
    assert find_block(article, "Mayor says").label is Label.NAVIGATION


def test_lines_ending_in_years_are_no_widget() -> None:
    facts = [
        "Share of homes that sold above asking in the county last year (2024)",
        "Median number of days a home stayed on the market (2024)",
        "Share of the listings that had a price drop before they sold (2023)",
    ]
    body = "\n".join(facts)
    article = cleanpage.extract(f"Budget agreed\n\n{PROSE}\n\n{body}\n\n{MORE}\n")
    assert all(fact in article.text for fact in facts)


def test_forced_html_on_plain_text() -> None:
    article = cleanpage.extract(f"Budget agreed\n\n{PROSE}\n", format="html")
    assert article.format == "html"
    assert PROSE in article.text


def test_bytes_input_is_decoded_and_sniffed() -> None:
    article = cleanpage.extract(f"Budget agreed\n\n{PROSE}\n".encode())
    assert article.format == "text"
    assert article.text == PROSE


# --- the region rule ---------------------------------------------------------------------


def test_best_run_is_the_highest_scoring_contiguous_run() -> None:
    assert best_run([-3, -3, 40, -3, 30, -40, 20]) == (2, 5)
    assert best_run([-1, -2]) == (0, 0)
    assert best_run([]) == (0, 0)


def test_menu_before_the_article_is_navigation() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Contact"])
    article = cleanpage.extract(f"{menu}\n\nBudget agreed\n\n{PROSE}\n\n{MORE}\n")
    assert article.text == f"{PROSE}\n\n{MORE}"
    assert find_block(article, "Sport").label is Label.NAVIGATION


def test_short_heading_inside_the_article_is_kept() -> None:
    article = cleanpage.extract(f"Budget agreed\n\n{PROSE}\n\nWhat comes next\n\n{MORE}\n")
    assert "What comes next" in paragraphs(article.text)


def test_comment_thread_after_the_article_is_comments() -> None:
    comment = "I disagree with the council on the benches, the old ones were perfectly fine."
    reply = "The old benches were rotten, Anna, and the council was right to replace them."
    page = (
        f"Budget agreed\n\n{PROSE}\n\n{MORE}\n\n"
        f"Anna Berg says:\nMay 3, 2024 at 4:47 pm\n{comment}\n"
        f"Tom says:\nMay 4, 2024 at 9:02 am\n{reply}\n"
    )
    article = cleanpage.extract(page)
    assert article.text == f"{PROSE}\n\n{MORE}"
    assert find_block(article, "Anna Berg says:").label is Label.COMMENTS


def test_one_quote_lead_in_is_not_a_comment_header() -> None:
    page = f"Budget agreed\n\n{PROSE}\n\nThe mayor said:\n\n{MORE}\n"
    article = cleanpage.extract(page)
    assert "The mayor said:" in paragraphs(article.text)


def test_text_rules_leave_html_alone() -> None:
    html = f"<html><body><h1>Budget agreed</h1><p>{PROSE}</p></body></html>"
    article = cleanpage.extract(html)
    assert all(b.rule not in ("text-region", "text-title") for b in article.blocks)


# --- bad input: linear time, no crash ----------------------------------------------------


def _timed(page: str) -> tuple[Article, float]:
    start = time.perf_counter()
    article = cleanpage.extract(page, format="text")
    return article, time.perf_counter() - start


def test_empty_and_blank_pages() -> None:
    for page in ("", "\n\n\n", "   \t  \n"):
        article = cleanpage.extract(page, format="text")
        assert article.text == ""
        assert article.blocks == ()


def test_huge_single_line() -> None:
    line = ("word " * 200_000).strip()
    article, seconds = _timed(line)
    assert len(article.blocks) == 1
    assert seconds < 10


def test_many_one_character_lines_scale_linearly() -> None:
    _, t_small = _timed("x\n" * 20_000)
    large, t_large = _timed("x\n" * 100_000)
    assert len(large.blocks) == 100_000
    assert large.text == ""
    # Five times the lines should cost about five times the time, not twenty-five.
    assert t_large < 12 * max(t_small, 0.01)


def test_binary_junk_decoded_as_text() -> None:
    junk = bytes(range(256)) * 400
    article = cleanpage.extract(junk, format="text")
    assert isinstance(article.text, str)
    article = cleanpage.extract(junk.decode("latin-1"), format="text")
    assert isinstance(article.text, str)


def test_pathological_lines_for_the_patterns() -> None:
    lines = [
        "says " * 5_000 + ":",
        "1" * 50_000,
        ":" * 50_000,
        "★" * 50_000,
        "March " * 10_000,
        "by " + "A" * 50_000,
    ]
    _, seconds = _timed("\n".join(lines))
    assert seconds < 10


_NAV = "Home\nNews\nSport\nWeather\nAbout us\nContact\n\n" * 3
_HARBOUR = (
    "The harbour board met on Tuesday to weigh the new tide gauges for the inner basin.\n\n"
    "Fishermen said the old gauges had read low for years, and the board agreed to buy two."
)


@pytest.mark.parametrize(
    "byline",
    ["By Ann Lee", "Mar 3, 2024 · 4 min read", "Ann Whitcombe\nMarch 3, 2024"],
)
def test_the_headline_is_above_the_byline_lines(byline: str) -> None:
    dump = _NAV + "Harbour board buys new tide gauges\n\n" + byline + "\n\n" + _HARBOUR
    article = cleanpage.extract(dump, format="text")
    assert article.title == "Harbour board buys new tide gauges"
    assert [b.text for b in article.blocks if b.label is Label.TITLE] == [article.title]


def test_a_title_line_worded_unlike_the_headline_is_the_documents_title_line() -> None:
    # The first line (the page's <title>) is repeated nowhere: the headline-like line above
    # the prose is the title block, the first line header.
    dump = "Tide gauges for the inner basin - Coast News\n\n" + _NAV
    article = cleanpage.extract(dump + "Harbour board buys new tide gauges\n\n" + _HARBOUR)
    titles = [b.text for b in article.blocks if b.label is Label.TITLE]
    assert titles == ["Harbour board buys new tide gauges"]
    assert article.blocks[0].label is Label.HEADER
