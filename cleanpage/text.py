"""The plain-text front door: cut a flattened page (one block element per line) into blocks.

Dumps of archived pages keep each block element of the page on a line of its own, so a
non-empty line is a block. Markup-free evidence stands in for the DOM: bullets make list
items, a short line before prose can be a heading, and a dangling attribution label at
the end of a paragraph ("... deserves. Source:") is split off as a block of its own.
"""

from __future__ import annotations

import regex

from cleanpage.article import Kind
from cleanpage.html import Segment, Segmentation

_BULLET = regex.compile(r"^\s*(?:[-*•·▪◦‣–]|\d{1,3}[.)])\s+")
_TRAILING_LABEL = regex.compile(
    r"(?<=[.!?…\"”»)])\s+((?:Source|Sources|Via|Quelle|Quellen|Fuente|Fuentes|Fonte|Credit|Credits)\s*:)\s*$",
    regex.IGNORECASE,
)


def segment_text(text: str) -> Segmentation:
    """One block per non-empty line, in order, with its 1-based line number."""
    result = Segmentation()
    segments = result.segments
    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split())
        if not line:
            continue
        kind = Kind.PARAGRAPH
        # Cheap tests first: a bullet is not a letter, and the trailing label ends the
        # line with its colon (the line has no white space at either end).
        if len(line) < 600 and not line[0].isalpha() and _BULLET.match(line):
            kind = Kind.LIST_ITEM
        trailing = _TRAILING_LABEL.search(line) if line[-1] == ":" else None
        if trailing is not None:
            segments.append(Segment(line[: trailing.start()].rstrip(), kind, -1, line=number))
            segments.append(Segment(trailing.group(1), Kind.PARAGRAPH, -1, line=number))
            continue
        segments.append(Segment(line, kind, -1, line=number))
    return result
