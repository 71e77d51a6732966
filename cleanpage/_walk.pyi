"""Types of the compiled walk (``_walk.pyx``); ``html._walk`` is its pure-Python twin."""

from typing import Any

def accepts(start: Any) -> bool: ...
def walk(
    start: Any, result: Any, skipped_tags: frozenset[str], inline: bool
) -> tuple[list[str], set[str], list[Any]]: ...
