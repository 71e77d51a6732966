#!/usr/bin/env python3
"""Error analysis: the worst pages of a dataset, with the blocks lost and leaked.

    python tests/benchmarks/worst_pages.py DATASET [--top 10] [--mode balanced]
        [--type article] [--show lost|leaked|both] [--ids ID ...]

For each of the worst pages by per-page F1 it lists the blocks that are in the gold text
but were dropped (lost) and the blocks that were kept but are not in the gold (leaked),
each with its label, the rule that decided and the rule's reason. A block counts as in
the gold when most of its words' 3-grams occur there.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_accuracy import DEFAULT_DATA, load_dataset, load_scorer

import cleanpage

_TOKEN = re.compile(r"\w+")


def grams(text: str, n: int = 3) -> list[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def in_gold(text: str, gold: set[tuple[str, ...]]) -> float:
    g = grams(text)
    return sum(1 for x in g if x in gold) / len(g) if g else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--mode", default="balanced")
    parser.add_argument("--type", dest="page_type")
    parser.add_argument("--show", choices=["lost", "leaked", "both"], default="both")
    parser.add_argument("--ids", nargs="*")
    parser.add_argument("--width", type=int, default=90)
    args = parser.parse_args(argv)
    scorer = load_scorer(args.data)
    pages = load_dataset(args.data / args.dataset)
    if args.ids:
        pages = [p for p in pages if p["id"] in set(args.ids)]
    if args.page_type:
        pages = [p for p in pages if p["_meta"].get("page_type") == args.page_type]
    scored = []
    rule_lost: Counter[str] = Counter()
    rule_leaked: Counter[str] = Counter()
    for page in pages:
        article = cleanpage.extract(
            page["_raw"], url=page.get("url"), format=page["_format"], mode=args.mode
        )
        s = scorer.page_score(page, article.text)
        f1 = s["f1pp"] if s["f1pp"] is not None else 0.0
        gold = set(grams(page.get("text") or ""))
        lost, leaked = [], []
        for block in article.blocks:
            share = in_gold(block.text, gold)
            if block.label is cleanpage.Label.BODY and share < 0.3:
                leaked.append(block)
                rule_leaked[block.rule] += len(block.text)
            elif block.label is not cleanpage.Label.BODY and share > 0.7:
                lost.append(block)
                rule_lost[block.rule] += len(block.text)
        scored.append((f1, page, article, lost, leaked))
    scored.sort(key=lambda x: x[0])
    w = args.width
    for f1, page, article, lost, leaked in scored[: args.top]:
        print(f"\n=== {page['id']}  F1 {f1:.3f}  {(page.get('url') or '')[:80]}")
        print(f"    type={page['_meta'].get('page_type', '-')} title={article.title!r:.80}")
        if args.show in ("lost", "both"):
            for b in lost[:25]:
                print(f"  LOST  [{b.label.value}/{b.rule}] {b.reason[:60]!r}")
                print(f"        {b.kind.value}: {b.text[:w]!r}")
        if args.show in ("leaked", "both"):
            for b in leaked[:25]:
                print(f"  LEAK  [{b.rule}] {b.kind.value} {b.tag_path[-40:]}: {b.text[:w]!r}")
    print("\nchars lost by rule:", rule_lost.most_common(12))
    print("chars leaked by rule:", rule_leaked.most_common(6))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
