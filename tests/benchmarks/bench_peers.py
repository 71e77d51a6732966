#!/usr/bin/env python3
"""Speed of cleanpage beside peer extractors, in one process, on the same pages.

    /path/to/peer-venv/bin/python tests/benchmarks/bench_peers.py
        [--data ../shared/eval/datasets] [--datasets scrapinghub_aeb ...]
        [--peers trafilatura readability justext] [--repeat 3] [--limit N]

The peers are never dependencies of cleanpage: run this script with an interpreter of a
separate virtual environment where they are installed, together with cleanpage's own
dependencies (``pip install trafilatura lxml_html_clean regex beautifulsoup4 hypothesis
stopwordsiso``); cleanpage is imported from this checkout. A peer that is not installed
is skipped with a note.

Each page is decoded once (BOM, ``<meta charset>``, else UTF-8 with replacement), and
every system gets the same ``str``. For every page, lxml's parse of the raw bytes and each
system's extraction run in turn, ``--repeat`` rounds in a rotating order, and each keeps
its fastest time: all systems see the same machine load, so their ratios to lxml's parse,
printed per dataset with the median ms per page, can be compared with each other (absolute
times on a shared machine cannot be compared across runs).
"""

from __future__ import annotations

import argparse
import codecs
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2]))  # this checkout's cleanpage
sys.path.insert(0, str(HERE.parent))

from bench_accuracy import DEFAULT_DATA, load_dataset  # noqa: E402

import cleanpage  # noqa: E402

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)


def decode(raw: bytes) -> str:
    """The page as text: the same for every system timed."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace")
    m = _META_CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(codecs.lookup(m[1].decode("ascii", "ignore")).name, "replace")
        except LookupError:
            pass
    return raw.decode("utf-8", "replace")


def _peer(name: str) -> Callable[[str], Any] | None:
    try:
        if name == "trafilatura":
            import trafilatura

            return lambda html: trafilatura.extract(html)
        if name == "readability":
            from readability import Document

            return lambda html: Document(html).summary()
        if name == "justext":
            import justext

            stop = justext.get_stoplist("English")
            return lambda html: justext.justext(html.encode("utf-8"), stop)
    except ImportError:
        return None
    raise SystemExit(f"unknown peer {name!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--datasets", nargs="+", default=["scrapinghub_aeb"])
    parser.add_argument("--peers", nargs="+", default=["trafilatura"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)

    systems: dict[str, Callable[[str], Any]] = {"cleanpage": cleanpage.extract}
    for name in args.peers:
        function = _peer(name)
        if function is None:
            print(f"# {name} is not installed in this interpreter: skipped", file=sys.stderr)
        else:
            systems[name] = function
    header = f"{'dataset':24} {'system':12} {'pages':>5} {'med ms':>7} {'x lxml':>7}"
    print(f"{header} {'x cleanpage':>11}")
    for dataset in args.datasets:
        pages = [p for p in load_dataset(args.data / dataset, args.limit) if p["_format"] == "html"]
        texts = [decode(p["_raw"]) for p in pages]
        best: dict[str, list[float]] = {name: [float("inf")] * len(pages) for name in systems}
        lxml_best = [float("inf")] * len(pages)
        names = list(systems)
        for round_ in range(args.repeat):
            for i, (page, text) in enumerate(zip(pages, texts, strict=True)):
                start = time.perf_counter()
                etree.fromstring(page["_raw"], etree.HTMLParser())
                lxml_best[i] = min(lxml_best[i], time.perf_counter() - start)
                shift = (i + round_) % len(names)
                for name in names[shift:] + names[:shift]:
                    function = systems[name]
                    start = time.perf_counter()
                    try:
                        function(text)
                    except Exception as error:  # a peer's failure is its own
                        print(f"# {name} failed on {page['id']}: {error!r}", file=sys.stderr)
                    best[name][i] = min(best[name][i], time.perf_counter() - start)
        lxml_total = sum(lxml_best)
        ours = sum(best["cleanpage"])
        for name in names:
            total = sum(best[name])
            print(
                f"{dataset:24} {name:12} {len(pages):5d} "
                f"{1000 * statistics.median(best[name]):7.2f} {total / lxml_total:7.1f} "
                f"{total / ours:11.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
