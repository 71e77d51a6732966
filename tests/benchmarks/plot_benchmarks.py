#!/usr/bin/env python3
"""Tables and plots for the documentation's benchmarks page, from bench_accuracy.py's JSON.

    python tests/benchmarks/bench_accuracy.py --repeat 1 --json docs/benchmarks/results.json
    python tests/benchmarks/plot_benchmarks.py docs/benchmarks/results.json [--out docs/benchmarks]

writes, beside the results (or in ``--out``):

* ``tables.md``: the accuracy and speed tables the page includes (no matplotlib needed);
* ``f1_vs_ms.png``: F1 against median milliseconds per page on scrapinghub_aeb, for
  cleanpage and the peers;
* ``wcxb_page_types.png``: F1 per page type on wcxb_dev, for cleanpage and the peers;
* ``datasets.png``: F1 per dataset, for cleanpage and the peers.

The peers' numbers are not measured here: they are copied from ../shared/eval/README.md
(``PEERS`` below), where they were measured with the same metric on the same pages.
``about.json`` beside the results, when present, records the run's date, commit and versions.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

# F1 with the official metric, from ../shared/eval/README.md ("Where the peers stand").
PEER_VERSIONS = {
    "trafilatura": "2.3.1",
    "readability": "readability-lxml 0.9",
    "justext": "3.0.2",
    "boilerpy3": "1.0.7",
    "resiliparse": "2.0.1",
    "newspaper4k": "0.9.6",
}
PEERS: dict[str, dict[str, float]] = {
    "scrapinghub_aeb": {
        "trafilatura": 0.960,
        "trafilatura precision": 0.964,
        "readability": 0.955,
        "justext": 0.804,
        "boilerpy3": 0.860,
        "resiliparse": 0.898,
        "newspaper4k": 0.943,
    },
    "readability_testpages": {
        "trafilatura": 0.933,
        "trafilatura precision": 0.931,
        "readability": 0.962,
        "justext": 0.661,
        "boilerpy3": 0.843,
        "resiliparse": 0.919,
        "newspaper4k": 0.862,
    },
    "l3s_gn1": {
        "trafilatura": 0.909,
        "trafilatura precision": 0.904,
        "readability": 0.935,
        "justext": 0.862,
        "boilerpy3": 0.770,
        "resiliparse": 0.837,
        "newspaper4k": 0.885,
    },
    "wcxb_dev": {
        "trafilatura": 0.815,
        "trafilatura precision": 0.776,
        "readability": 0.730,
        "justext": 0.752,
        "boilerpy3": 0.691,
        "resiliparse": 0.773,
        "newspaper4k": 0.724,
    },
    "scrapinghub_aeb_dump": {"C4 line rules": 0.806, "justext": 0.761, "trafilatura": 0.693},
    "l3s_gn1_dump": {"C4 line rules": 0.860, "justext": 0.813, "trafilatura": 0.685},
    "wcxb_dev_dump": {"C4 line rules": 0.703, "justext": 0.728, "trafilatura": 0.726},
}
PEER_PAGE_TYPES: dict[str, dict[str, float]] = {
    "trafilatura": {
        "article": 0.933,
        "collection": 0.535,
        "documentation": 0.903,
        "forum": 0.700,
        "listing": 0.556,
        "product": 0.618,
        "service": 0.746,
    },
    "readability": {
        "article": 0.899,
        "collection": 0.403,
        "documentation": 0.823,
        "forum": 0.537,
        "listing": 0.326,
        "product": 0.427,
        "service": 0.581,
    },
    "resiliparse": {
        "article": 0.872,
        "collection": 0.502,
        "documentation": 0.889,
        "forum": 0.734,
        "listing": 0.448,
        "product": 0.539,
        "service": 0.769,
    },
}
# Median ms per page on scrapinghub_aeb, one process each, on the same 2-core machine.
PEER_MS_AEB = {
    "trafilatura": 10.3,
    "readability": 12.0,
    "justext": 10.0,
    "boilerpy3": 7.2,
    "resiliparse": 0.9,
    "newspaper4k": 52.0,
}
HTML_SETS = ("scrapinghub_aeb", "readability_testpages", "l3s_gn1", "wcxb_dev")
DUMP_SETS = ("scrapinghub_aeb_dump", "l3s_gn1_dump", "wcxb_dev_dump")
HTML_PEERS = ("trafilatura", "readability", "justext", "resiliparse", "newspaper4k")
DUMP_PEERS = ("C4 line rules", "justext", "trafilatura")


def load(path: Path) -> dict[str, Any]:
    """The benchmark's JSON (``{"dataset/mode": {...}}``), with ``about.json`` beside it
    under the key ``"_about"`` when present."""
    results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    about = path.with_name("about.json")
    if about.exists():
        results["_about"] = json.loads(about.read_text(encoding="utf-8"))
    return results


def _entry(results: dict[str, Any], dataset: str, mode: str = "balanced") -> dict[str, Any]:
    entry: dict[str, Any] = results.get(f"{dataset}/{mode}", {})
    return entry


def _f1(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _table(head: list[str], rows: list[list[str]], *, numeric: bool = True) -> list[str]:
    align = ["---"] + ["---:" if numeric else "---"] * (len(head) - 1)
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def tables(results: dict[str, Any]) -> str:
    """The Markdown tables of the benchmarks page (deterministic: the docs test compares)."""
    out: list[str] = [
        "<!-- Generated by tests/benchmarks/plot_benchmarks.py from results.json: do not edit. -->",
        "",
    ]
    about = results.get("_about")
    if about:
        out += ["**This run:**", ""]
        out += _table(
            ["", "value"],
            [
                ["date", about["date"]],
                ["commit", f"`{about['commit']}`"],
                ["command", f"`{about['command']}`"],
                [
                    "versions",
                    f"cleanpage {about['cleanpage']}, Python {about['python']}, "
                    f"lxml {about['lxml']}, regex {about['regex']}, "
                    f"stopwordsiso {about['stopwordsiso']}",
                ],
                ["machine", about["machine"]],
            ],
            numeric=False,
        )
        out.append("")

    for heading, sets, peers in (
        ("### Accuracy on HTML pages (F1)", HTML_SETS, HTML_PEERS),
        ("### Accuracy on text dumps (F1)", DUMP_SETS, DUMP_PEERS),
    ):
        out += [heading, ""]
        rows = []
        for name in sets:
            ours = _entry(results, name)
            if not ours:
                continue
            rows.append(
                [
                    f"`{name}`",
                    str(ours["pages"]),
                    f"**{ours['f1']:.3f}**",
                    f"{ours['precision']:.3f}",
                    f"{ours['recall']:.3f}",
                    *(_f1(PEERS[name].get(p)) for p in peers),
                ]
            )
        out += _table(["dataset", "pages", "cleanpage F1", "P", "R", *peers], rows)
        out.append("")

    wcxb = _entry(results, "wcxb_dev")
    if wcxb.get("page_types"):
        out += ["### wcxb_dev by page type (F1)", ""]
        peers = list(PEER_PAGE_TYPES)
        rows = [
            [ptype, f"**{f1:.3f}**", *(_f1(PEER_PAGE_TYPES[p].get(ptype)) for p in peers)]
            for ptype, f1 in wcxb["page_types"].items()
        ]
        out += _table(["page type", "cleanpage", *peers], rows)
        out.append("")

    out += ["### Speed (milliseconds per page)", ""]
    rows = []
    for name in (*HTML_SETS, *DUMP_SETS):
        ours = _entry(results, name)
        if not ours:
            continue
        ratio = ours.get("ratio_to_lxml")
        rows.append(
            [
                f"`{name}`",
                f"{ours['median_ms']:.1f}",
                f"{ours['p95_ms']:.1f}",
                f"{ours['total_s']:.1f}",
                "—" if ratio is None else f"{ratio:.1f}",
            ]
        )
    out += _table(["dataset", "median ms", "p95 ms", "total s", "× lxml parse"], rows)
    out.append("")
    out += ["Peers, median ms per page on `scrapinghub_aeb` (from the evaluation README):", ""]
    out += _table(["system", "median ms"], [[p, f"{ms:g}"] for p, ms in PEER_MS_AEB.items()])
    out.append("")
    return "\n".join(out)


def plot(results: dict[str, Any], out: Path) -> list[Path]:
    """Write the PNG plots into ``out``; their paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 10, "svg.hashsalt": "cleanpage"})
    written: list[Path] = []

    aeb = _entry(results, "scrapinghub_aeb")
    if aeb:
        fig, ax = plt.subplots(figsize=(7, 4.5))
        for peer, ms in PEER_MS_AEB.items():
            f1 = PEERS["scrapinghub_aeb"][peer]
            ax.scatter(ms, f1, color="tab:gray")
            ax.annotate(peer, (ms, f1), textcoords="offset points", xytext=(6, -3))
        ax.scatter(aeb["median_ms"], aeb["f1"], color="tab:blue", s=60, zorder=3)
        ax.annotate(
            "cleanpage",
            (aeb["median_ms"], aeb["f1"]),
            textcoords="offset points",
            xytext=(6, 4),
            color="tab:blue",
            weight="bold",
        )
        ax.set_xscale("log")
        ax.set_xlabel("median milliseconds per page (log scale)")
        ax.set_ylabel("F1 (official metric)")
        ax.set_title("scrapinghub_aeb: accuracy against speed")
        ax.grid(True, alpha=0.3)
        fig.tight_layout()
        written.append(_save(fig, out / "f1_vs_ms.png"))
        plt.close(fig)

    wcxb = _entry(results, "wcxb_dev")
    if wcxb.get("page_types"):
        types = list(wcxb["page_types"])
        systems = [("cleanpage", wcxb["page_types"]), *PEER_PAGE_TYPES.items()]
        bars = [(name, [scores.get(t, 0.0) for t in types]) for name, scores in systems]
        path = out / "wcxb_page_types.png"
        written.append(_bars(plt, types, bars, "wcxb_dev: F1 per page type", (0, 1.12), path))

    sets = [name for name in HTML_SETS if _entry(results, name)]
    if sets:
        bars = [("cleanpage", [_entry(results, n)["f1"] for n in sets])]
        bars += [(p, [PEERS[n][p] for n in sets]) for p in HTML_PEERS]
        path = out / "datasets.png"
        written.append(_bars(plt, sets, bars, "F1 per dataset (HTML pages)", (0.5, 1.04), path))
    return written


def _bars(
    plt: Any,
    groups: list[str],
    bars: list[tuple[str, list[float]]],
    title: str,
    ylim: tuple[float, float],
    path: Path,
) -> Path:
    """A grouped bar chart of F1: one group per name in ``groups``, one bar per system."""
    width = 0.8 / len(bars)
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for k, (system, values) in enumerate(bars):
        xs = [i + (k - (len(bars) - 1) / 2) * width for i in range(len(groups))]
        ax.bar(xs, values, width, label=system)
    ax.set_xticks(range(len(groups)), groups)
    ax.set_ylabel("F1")
    ax.set_ylim(*ylim)
    ax.set_title(title)
    ax.legend(loc="upper center", ncol=len(bars), fontsize=8)
    ax.grid(True, axis="y", alpha=0.3)
    fig.tight_layout()
    _save(fig, path)
    plt.close(fig)
    return path


def _save(fig: Any, path: Path) -> Path:
    # No timestamp in the PNG, so regenerating from the same JSON gives the same bytes.
    fig.savefig(path, dpi=110, metadata={"Software": None})
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, help="the JSON bench_accuracy.py --json wrote")
    parser.add_argument("--out", type=Path, help="folder for tables.md and the PNGs")
    parser.add_argument("--no-plots", action="store_true", help="write tables.md only")
    args = parser.parse_args(argv)
    results = load(args.results)
    out: Path = args.out or args.results.parent
    out.mkdir(parents=True, exist_ok=True)
    (out / "tables.md").write_text(tables(results), encoding="utf-8")
    print(out / "tables.md")
    if not args.no_plots:
        for path in plot(results, out):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
