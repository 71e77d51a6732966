"""Types of the compiled word counts (``_words.pyx``); ``language`` holds their Python twins."""

from array import array
from collections.abc import Callable
from typing import Any

class WordTable:
    size: int
    def __init__(self, words: dict[str, tuple[int, ...]], classes: bytes) -> None: ...
    def counts(self, text: str) -> tuple[int, int] | None: ...
    def tally_texts(
        self,
        texts: list[str],
        at: int,
        skip: int,
        budget: int,
        hits: array[int],
        read_words: Callable[[str, int, int, array[int]], int],
    ) -> tuple[int, int]: ...
    def tally(
        self, text: str, skip: int, budget: int, tally: array[int]
    ) -> tuple[int, int] | None: ...

def block_features(
    segments: list[Any],
    nodes: list[Any],
    table: WordTable,
    fallback: Callable[[str], tuple[int, int]],
    make: Callable[..., Any],
    no_tokens: frozenset[str],
) -> list[Any]: ...
