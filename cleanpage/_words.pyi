"""Types of the compiled word counts (``_words.pyx``); ``language`` holds their Python twins."""

from array import array

class WordTable:
    size: int
    def __init__(self, words: dict[str, tuple[int, ...]], classes: bytes) -> None: ...
    def counts(self, text: str) -> tuple[int, int] | None: ...
    def tally(
        self, text: str, skip: int, budget: int, tally: array[int]
    ) -> tuple[int, int] | None: ...
