"""The caches shared across pages: bounded, and out of the garbage collector's sight."""

from __future__ import annotations

import gc

import cleanpage
from cleanpage import memo
from cleanpage.rules.markup import token_family


def test_trim_empties_a_cache_past_its_bound() -> None:
    @memo.text_cache(maxsize=2)
    def length(text: str) -> int:
        return len(text)

    for word in ("sea", "tide", "moon"):
        length(word)
    assert length.cache_info().currsize == 3
    memo.trim()
    assert length.cache_info().currsize == 0
    length("sea")
    memo.trim()  # within its bound: kept
    assert length.cache_info().currsize == 1


def test_each_extract_trims_the_caches() -> None:
    @memo.text_cache(maxsize=1)
    def upper(text: str) -> str:
        return text.upper()

    upper("sea")
    upper("tide")
    cleanpage.extract("<p>The sea rises and falls twice a day.</p>")
    assert upper.cache_info().currsize == 0


def test_the_collector_never_walks_the_caches() -> None:
    # Pages fill the caches with class tokens, titles and meta names; a dict holding only
    # strings, numbers and None is not tracked, so no collection walks its entries.
    cleanpage.extract(
        "<html><head><meta name='article:published_time' content='2024-03-02'>"
        "<title>Tides | Coast News</title></head><body><div class='share-buttons post-7'>"
        "<p>Share this</p></div><article class='step-3'><h1>Tides</h1><p>The sea rises "
        "and falls twice a day.</p></article></body></html>"
    )
    assert token_family.cache_info().currsize >= 2
    for cached, _ in memo._BOUNDED:
        size = cached.cache_info().currsize
        stores = [d for d in gc.get_referents(cached) if isinstance(d, dict) and len(d) == size]
        assert stores, cached
        assert not any(gc.is_tracked(store) for store in stores), cached
