"""Types of the compiled walk (``_walk.pyx``); ``html._walk`` is its pure-Python twin."""

from typing import Any

def accepts(start: Any) -> bool: ...
def clean_line(piece: str) -> tuple[str, int]: ...
def walk(
    start: Any, result: Any, skipped_tags: frozenset[str], inline: bool
) -> tuple[list[str], set[str], list[Any]]: ...
def body_candidates(
    root: Any,
    labels: list[tuple[Any, str]] | None,
    label: Any,
    byline_class: Any,
    label_first: frozenset[str],
    max_chars: int,
    max_labels: int,
    max_walk: int,
    max_collected: int,
) -> list[Any]: ...
