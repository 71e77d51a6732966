"""Site templates: blocks repeated on many pages of one site are labelled, with the reason."""

from __future__ import annotations

import pickle

import pytest

import cleanpage
from cleanpage import Label
from cleanpage.templates import (
    RepeatedOnSite,
    SiteTemplates,
    TemplateLearner,
    block_texts,
    fingerprint,
    page_fingerprints,
    site_of,
    with_rule,
)

TOPICS = ("rivers", "bridges", "lighthouses", "orchards", "glaciers", "harbours")
CHECKED = "Every story on this site is checked by two editors before it goes out to our readers."
SUBSCRIBE = "Subscribe US Now and get the Valley Gazette delivered to your door every morning."


def page(topic: str, *, shared: str = CHECKED) -> str:
    body = " ".join(
        f"The {topic} of the northern valley, part {k}, hold a story that only this page "
        f"tells about {topic} and the people who look after them."
        for k in range(5)
    )
    return (
        f"<html><head><title>All about {topic}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
        f"<article><h1>All about {topic}</h1><p>{body}</p>"
        f"<p>{shared}</p><p>{SUBSCRIBE}</p></article>"
        "</body></html>"
    )


def batch(host: str, topics: tuple[str, ...] = TOPICS) -> list[tuple[str | None, object]]:
    return [(f"https://{host}/{t}", page(t)) for t in topics]


def test_site_of_strips_www_and_case() -> None:
    assert site_of("http://WWW.Valley.example/a") == "valley.example"
    assert site_of("https://news.valley.example") == "news.valley.example"
    assert site_of(None) is None and site_of("") is None


def test_shared_block_is_labelled_with_the_reason_and_bodies_are_kept() -> None:
    templates = SiteTemplates.learn(batch("www.valley.example"))
    article = templates.extract(page("meadows"), url="https://www.valley.example/meadows")
    repeated = [b for b in article.blocks if b.rule == "repeated-on-site"]
    assert [b.text for b in repeated] == [CHECKED]
    assert repeated[0].label is Label.BOILERPLATE
    assert repeated[0].reason == "repeated on 6 pages of valley.example"
    assert "The meadows of the northern valley, part 0" in article.text
    assert CHECKED not in article.text
    # Without templates the shared sentence is body: the template is what drops it.
    assert CHECKED in cleanpage.extract(page("meadows")).text


def test_blocks_labelled_by_other_rules_keep_their_label() -> None:
    templates = SiteTemplates.learn(batch("valley.example"))
    article = templates.extract(page("meadows"), url="https://valley.example/meadows")
    subscribe = next(b for b in article.blocks if b.text == SUBSCRIBE)
    assert subscribe.rule == "subscribe-call"
    title = next(b for b in article.blocks if b.label is Label.TITLE)
    assert title.text == "All about meadows"


def test_other_sites_are_untouched() -> None:
    templates = SiteTemplates.learn(batch("valley.example") + batch("hills.example", TOPICS[:2]))
    assert templates.get("https://valley.example/x") is not None
    assert templates.get("https://hills.example/x") is None  # two pages repeat nothing
    for url in ("https://hills.example/meadows", "https://elsewhere.example/meadows", None):
        article = templates.extract(page("meadows"), url=url)
        assert article.text == cleanpage.extract(page("meadows"), url=url).text
        assert CHECKED in article.text


def test_threshold_share_of_the_sites_pages() -> None:
    learner = TemplateLearner()
    for url, html in batch("valley.example"):
        learner.add(html, url=url)
    for topic in ("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "b1", "b2", "b3"):
        learner.add(
            page(topic, shared=f"A sentence of page {topic} alone."),
            url=f"https://valley.example/{topic}",
        )
    # 6 of 18 pages: enough at 30 %, not at 50 %.
    assert fingerprint(CHECKED) in learner.templates().sites["valley.example"].repeated
    half = learner.templates(min_share=0.5).sites["valley.example"].repeated
    assert fingerprint(CHECKED) not in half


def test_duplicate_pages_count_once_and_never_empty_a_page() -> None:
    learner = TemplateLearner()
    same = page("rivers")
    assert learner.add(same, url="https://valley.example/rivers")
    for n in range(5):
        assert not learner.add(same, url=f"https://valley.example/rivers?copy={n}")
    assert learner.sites() == {"valley.example": 1}
    # A page whose every block is template is left to the other rules, not emptied.
    learner = TemplateLearner()
    for site_page in ("a", "b", "c"):
        learner.add_fingerprints("valley.example", page_fingerprints(same) | {hash(site_page)})
    templates = learner.templates()
    article = templates.extract(same, url="https://valley.example/rivers")
    assert article.text == cleanpage.extract(same).text
    assert not [b for b in article.blocks if b.rule == "repeated-on-site"]


def test_section_headings_and_short_labels_over_own_text_stay() -> None:
    def recipe(dish: str) -> str:
        steps = " ".join(
            f"Stir the {dish} slowly, step {k}, until the {dish} smells of the garden."
            for k in range(5)
        )
        return (
            f"<html><body><article><h1>{dish}</h1><h2>Method</h2><p>{steps}</p>"
            f"<p>Serves:</p><p>{len(dish)} people, with bread for the {dish}</p>"
            f"<p>{CHECKED}</p></article></body></html>"
        )

    dishes = ("soup", "stew", "pie", "tart", "curry")
    templates = SiteTemplates.learn([(f"https://cook.example/{d}", recipe(d)) for d in dishes])
    article = templates.extract(recipe("salad"), url="https://cook.example/salad")
    assert "Method" in article.text and "Serves:" in article.text
    assert CHECKED not in article.text


def test_learning_from_articles_equals_learning_from_pages() -> None:
    raw = page("rivers")
    article = cleanpage.extract(raw, url="https://valley.example/rivers")
    assert block_texts(raw) == [b.text for b in article.blocks]
    assert page_fingerprints(raw) == page_fingerprints(article)
    text = "Title line\n\nA paragraph of a text dump.\nFooter line"
    assert block_texts(text) == [b.text for b in cleanpage.extract(text).blocks]
    from_articles = SiteTemplates.learn(
        [cleanpage.extract(h, url=u) for u, h in batch("valley.example")]
    )
    from_pages = SiteTemplates.learn(batch("valley.example"))
    assert from_articles.to_dict() == from_pages.to_dict()


def test_memory_stays_within_the_bounds() -> None:
    learner = TemplateLearner(max_entries_per_site=40, max_entries=60)
    for n in range(200):
        prints = {fingerprint(f"unique block {n} {k}") for k in range(10)}
        prints.add(fingerprint("the footer"))
        learner.add_fingerprints(f"site{n % 3}.example", prints)
        assert learner.entries <= 60 + 11
    templates = learner.templates()
    for n in range(3):
        repeated = templates.sites[f"site{n}.example"].repeated
        assert set(repeated) == {fingerprint("the footer")}


def test_templates_pickle_and_round_trip_as_json() -> None:
    templates = SiteTemplates.learn(batch("valley.example"))
    again = SiteTemplates.from_dict(templates.to_dict())
    assert again.to_dict() == templates.to_dict()
    rule = pickle.loads(pickle.dumps(templates.get(site="valley.example"))).rule()
    assert isinstance(rule, RepeatedOnSite)


def test_rule_goes_before_the_region_and_density_rules() -> None:
    templates = SiteTemplates.learn(batch("valley.example"))
    rules = templates.rules("https://valley.example/x")
    names = rules.names
    assert names.index("repeated-on-site") == names.index("text-region") - 1
    assert names.index("title") < names.index("repeated-on-site")
    custom = with_rule(
        cleanpage.default_rules().without("density", "region"), rules.get("repeated-on-site")
    )
    assert custom.names[-1] == "repeated-on-site"


def test_bad_thresholds_are_refused() -> None:
    with pytest.raises(ValueError):
        TemplateLearner().templates(min_pages=1)
    with pytest.raises(ValueError):
        TemplateLearner().templates(min_share=1.5)
