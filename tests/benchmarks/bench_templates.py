#!/usr/bin/env python3
"""What site templates add: F1 with and without them on pages of sites with many pages.

    python tests/benchmarks/bench_templates.py [--data ../shared/eval/datasets]
        [--datasets l3s_gn1 wcxb_dev ...] [--min-site-pages 5]
        [--min-pages 3] [--min-share 0.3] [--mode balanced]

Per dataset: the pages are grouped by site (the host of their ``url``); templates are
learnt from every page of the dataset, as from a dump; then the pages of sites with at
least ``--min-site-pages`` pages are scored (official metric, ../shared/eval/score.py)
extracted without and with their site's template. The last columns score the whole
dataset the same two ways (pages of other sites, and sites with no template, unchanged).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench_accuracy import DEFAULT_DATA, load_dataset, load_scorer

import cleanpage
from cleanpage.templates import TemplateLearner, site_of

DEFAULT_DATASETS = (
    "l3s_gn1",
    "l3s_gn1_dump",
    "scrapinghub_aeb",
    "scrapinghub_aeb_dump",
    "wcxb_dev",
    "wcxb_dev_dump",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--datasets", nargs="*", default=list(DEFAULT_DATASETS))
    parser.add_argument("--min-site-pages", type=int, default=5)
    parser.add_argument("--min-pages", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.3)
    parser.add_argument("--mode", default="balanced")
    parser.add_argument("--show", action="store_true", help="print the blocks the rule drops")
    parser.add_argument(
        "--quick", action="store_true", help="only the pages of the sites with many pages"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no evaluation data at {args.data}", file=sys.stderr)
        return 2
    scorer = load_scorer(args.data)
    print(f"site templates: min_pages={args.min_pages} min_share={args.min_share}")
    header = (
        f"{'dataset':22} {'sites':>5} {'pages':>5} {'tmpl':>4} {'F1 w/o':>7} {'F1 with':>7} "
        f"{'delta':>7} {'dropped':>7} | {'all':>5} {'F1 w/o':>7} {'F1 with':>7}"
    )
    print(header)
    print("-" * len(header))
    for name in args.datasets:
        folder = args.data / name
        if not folder.is_dir():
            continue
        pages = load_dataset(folder)
        sites = [site_of(p.get("url")) for p in pages]
        per_site = Counter(s for s in sites if s is not None)
        big = {s for s, n in per_site.items() if n >= args.min_site_pages}
        learner = TemplateLearner()
        for page, site in zip(pages, sites, strict=True):
            if site is not None:
                learner.add_fingerprints(site, _prints(page["_raw"], page["_format"]))
        templates = learner.templates(min_pages=args.min_pages, min_share=args.min_share)
        without: list[dict[str, Any]] = []
        with_: list[dict[str, Any]] = []
        big_without: list[dict[str, Any]] = []
        big_with: list[dict[str, Any]] = []
        dropped = 0
        for page, site in zip(pages, sites, strict=True):
            if args.quick and site not in big:
                continue
            options: dict[str, Any] = {"url": page.get("url"), "format": page["_format"]}
            plain = cleanpage.extract(page["_raw"], mode=args.mode, **options)
            score = scorer.page_score(page, plain.text)
            without.append(score)
            if site is not None and templates.get(site=site) is not None:
                article = templates.extract(page["_raw"], site=site, mode=args.mode, **options)
                templated = scorer.page_score(page, article.text)
                hits = [b for b in article.blocks if b.rule == "repeated-on-site"]
                lost = [b for b in hits if b.text in plain.text]
                dropped += len(lost)
                if args.show:
                    for b in lost:
                        print(f"  {site}: {b.reason}: {b.text[:90]!r}")
            else:
                templated = score
            with_.append(templated)
            if site in big:
                big_without.append(score)
                big_with.append(templated)
        f1_without = scorer.aggregate(big_without)["f1"] if big_without else float("nan")
        f1_with = scorer.aggregate(big_with)["f1"] if big_with else float("nan")
        used = sum(1 for s in big if templates.get(site=s) is not None)
        print(
            f"{name:22} {len(big):5d} {len(big_without):5d} {used:4d} {f1_without:7.3f} "
            f"{f1_with:7.3f} {f1_with - f1_without:+7.3f} {dropped:7d} | "
            f"{len(pages):5d} {scorer.aggregate(without)['f1']:7.3f} "
            f"{scorer.aggregate(with_)['f1']:7.3f}"
        )
    print(
        "sites/pages: sites with at least --min-site-pages pages and their pages; tmpl: those "
        "sites with a learnt template; dropped: body blocks the template rule took out; "
        "all: every page of the dataset"
    )
    return 0


def _prints(raw: Any, fmt: str) -> frozenset[int]:
    from cleanpage.templates import page_fingerprints

    return page_fingerprints(raw, format=fmt)  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
