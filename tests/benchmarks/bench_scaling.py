"""How extract()'s time and peak memory grow with input size, for several page shapes.

    python tests/benchmarks/bench_scaling.py                      # 1 KB … 50 MB, all shapes
    python tests/benchmarks/bench_scaling.py --max-mb 5 --shapes article,deep

Each (shape, size) runs in a fresh subprocess, so the peak resident memory it reports
(``ru_maxrss`` less the child's footprint before the call) belongs to that one call.
It prints one row per size and, per shape, the slope of log(time) and log(memory) against
log(size) fitted over the sizes ≥ 100 KB (below that the fixed cost per call dominates):
a slope near 1 is linear growth, near 2 quadratic.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time

PROSE = (
    "The harbour council met on Tuesday to discuss the repairs, and the engineers said that "
    "the old bridge would need a new deck before the winter storms arrived in the valley. "
)
NAV = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
SIZES_KB = (1, 10, 100, 1_000, 10_000, 50_000)


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail


def make(shape: str, size: int) -> str | bytes:
    """A page of about ``size`` bytes."""
    if shape == "article":  # a realistic page: menu, long article, related links, footer
        unit = f"<p>{PROSE}</p><p>{PROSE * 2}</p><ul><li><a href='#'>Related story</a></li></ul>"
        head = f"<html><head><title>T</title></head><body>{NAV}</ul></nav><article>"
        return _repeat(unit, size, head, "</article><footer>© 2024 Site</footer></body></html>")
    if shape == "siblings":  # one flat parent with very many small children
        return _repeat("<p>x</p>", size, "<html><body><div>", "</div></body></html>")
    if shape == "deep":  # nesting far past libxml2's 2048 levels, prose at the bottom
        n = max(1, (size - 400) // 11)
        return "<html><body>" + "<div>" * n + f"<p>{PROSE * 2}</p>" + "</div>" * n
    if shape == "deep-chunks":  # many subtrees each 1500 levels deep
        chunk = "<div>" * 1500 + f"<p>{PROSE}</p>" + "</div>" * 1500
        return _repeat(chunk, size, "<html><body>")
    if shape == "links":  # one giant block of inline links
        return _repeat('<a href="#">link</a> ', size, "<html><body><div>", "</div>")
    if shape == "text":  # a flattened text dump, one block a line
        return _repeat(PROSE + "\n", size)
    if shape == "bytes":  # the article page as bytes with a charset to find
        page = make("article", size)
        assert isinstance(page, str)
        return page.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252")
    raise ValueError(shape)


SHAPES = ("article", "siblings", "deep", "deep-chunks", "links", "text", "bytes")


def child(shape: str, size: int) -> None:
    import cleanpage

    cleanpage.extract("<p>warm up the imports and the stopword tables</p>")
    page = make(shape, size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    article = cleanpage.extract(page)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "seconds": seconds,
        "peak_kb": max(0, peak - before),
        "bytes": len(page),
        "text": len(article.text),
    }
    print(json.dumps(result))


def slope(xs: list[float], ys: list[float]) -> float:
    pts = [(math.log(x), math.log(max(y, 1e-6))) for x, y in zip(xs, ys, strict=True)]
    if len(pts) < 2:
        return float("nan")
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    num = sum((x - mx) * (y - my) for x, y in pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return num / den if den else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--max-mb", type=float, default=50.0)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    sizes = [kb * 1000 for kb in SIZES_KB if kb <= args.max_mb * 1000]
    print(f"{'shape':12s} {'bytes':>11s} {'seconds':>9s} {'MB/s':>7s} {'peak MB':>8s} {'text':>9s}")
    for shape in args.shapes.split(","):
        xs, ts, ms = [], [], []
        for size in sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--child", shape, str(size)],
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode != 0:
                print(f"{shape:12s} {size:>11d} FAILED: {out.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rate = r["bytes"] / 1e6 / r["seconds"] if r["seconds"] else float("inf")
            print(
                f"{shape:12s} {r['bytes']:>11d} {r['seconds']:>9.4f} {rate:>7.2f} "
                f"{r['peak_kb'] / 1024:>8.1f} {r['text']:>9d}",
                flush=True,
            )
            if size >= 100_000:
                xs.append(r["bytes"])
                ts.append(r["seconds"])
                ms.append(r["peak_kb"] + 1)
        print(
            f"{shape:12s} slope (log-log, >=100 KB): time {slope(xs, ts):.2f}, "
            f"peak memory {slope(xs, ms):.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
