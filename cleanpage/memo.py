"""Caches shared across pages, kept out of the garbage collector's way.

Small functions asked the same question on every page (what a class token names, a
title's key) keep their answers across pages. ``functools.lru_cache`` links its entries
in a list that the garbage collector walks at every full collection: with tens of
thousands of entries, as a few hundred pages make, that walk costs tens of milliseconds
each time, a few percent of the extraction's time, and more the longer a dump runs.

A ``text_cache`` is a plain dict (``functools.cache``) keyed by the one string argument
and holding strings, numbers, booleans or None: a dict of such values is never tracked
by the collector, so it costs no collection anything. Each cache has a bound; ``trim``
empties the caches that grew past theirs (``extract`` calls it once per page).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

Answer = TypeVar("Answer")

_BOUNDED: list[tuple[functools._lru_cache_wrapper[object], int]] = []


def text_cache(
    maxsize: int,
) -> Callable[[Callable[[str], Answer]], functools._lru_cache_wrapper[Answer]]:
    """Cache a function of one string whose answer is a string, number, bool or None.

    Call it with the string alone, by position: only then is the string itself the key.

    >>> @text_cache(maxsize=2)
    ... def shout(word):
    ...     return word.upper()
    >>> shout("tide"), shout("tide"), shout.cache_info().hits
    ('TIDE', 'TIDE', 1)
    """

    def wrap(function: Callable[[str], Answer]) -> functools._lru_cache_wrapper[Answer]:
        cached = functools.cache(function)
        _BOUNDED.append((cached, maxsize))
        return cached

    return wrap


def trim() -> None:
    """Empty each cache that holds more answers than its bound."""
    for cached, maxsize in _BOUNDED:
        if cached.cache_info().currsize > maxsize:
            cached.cache_clear()
