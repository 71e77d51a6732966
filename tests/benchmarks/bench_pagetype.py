#!/usr/bin/env python3
"""How well ``Article.page_type`` matches the page types of wcxb_dev's gold metadata.

    python tests/benchmarks/bench_pagetype.py [--data ../shared/eval/datasets] [--limit N]

wcxb_dev's meta.jsonl gives every page one of seven types. cleanpage answers with five;
the gold types map onto them as: article → article, documentation → article or page,
collection and listing → listing, forum → forum, product → product, service → page or
article. The script prints, per gold type, how many pages got each answer and the share
that got an accepted one, then the same over all pages.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_accuracy import DEFAULT_DATA, load_dataset

import cleanpage
from cleanpage.pagetype import PAGE_TYPES

ACCEPTED = {
    "article": {"article"},
    "documentation": {"article", "page"},
    "collection": {"listing"},
    "listing": {"listing"},
    "forum": {"forum"},
    "product": {"product"},
    "service": {"page", "article"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    pages = load_dataset(args.data / "wcxb_dev", args.limit)
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for page in pages:
        gold = page["_meta"].get("page_type")
        if gold not in ACCEPTED:
            continue
        answer = cleanpage.extract(page["_raw"], url=page.get("url")).page_type
        table[gold][answer] += 1
    header = f"{'gold type':14s} {'pages':>5s} " + " ".join(f"{t:>8s}" for t in PAGE_TYPES)
    print(header + "  accepted")
    print("-" * (len(header) + 10))
    right = total = 0
    for gold in ACCEPTED:
        counts = table.get(gold, collections.Counter())
        n = sum(counts.values())
        ok = sum(counts[t] for t in ACCEPTED[gold])
        right, total = right + ok, total + n
        cells = " ".join(f"{counts[t]:8d}" for t in PAGE_TYPES)
        print(f"{gold:14s} {n:5d} {cells}  {ok / n if n else float('nan'):8.3f}")
    print(f"{'all':14s} {total:5d} {'':{9 * len(PAGE_TYPES) - 1}s}  {right / total:8.3f}")


if __name__ == "__main__":
    main()
