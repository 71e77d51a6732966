"""The ``cleanpage`` command: extract the article from pages on disk or stdin."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cleanpage.api import MODES, extract
from cleanpage.article import Article


def _render(article: Article, fmt: str) -> str:
    if fmt == "markdown":
        return article.to_markdown()
    if fmt == "json":
        return article.to_json(indent=2) + "\n"
    if fmt == "jsonl":
        return article.to_json(blocks=False) + "\n"
    if fmt == "explain":
        lines = [f"title: {article.title}", ""]
        for block in article.blocks:
            first = block.text.split("\n", 1)[0]
            short = first if len(first) <= 70 else first[:69] + "…"
            lines.append(f"{block.label.value:>13}  {short}")
            lines.append(f"{'':>13}  ↳ {block.rule}: {block.reason}")
        return "\n".join(lines) + "\n"
    head = f"{article.title}\n\n" if article.title else ""
    return head + article.text + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="cleanpage", description="Extract the article from web pages, dropping boilerplate."
    )
    parser.add_argument("inputs", nargs="+", help="HTML or text files, or - for stdin")
    parser.add_argument(
        "--format",
        choices=["txt", "markdown", "json", "jsonl", "explain"],
        default="txt",
        help="txt (title and body), markdown, json (with every block), jsonl, "
        "or explain (every block with its label and the rule that decided)",
    )
    parser.add_argument("--mode", choices=MODES, default="balanced")
    parser.add_argument("--input-format", choices=["html", "text"], default=None)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for name in args.inputs:
            try:
                data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            except OSError as exc:
                print(f"cleanpage: {name}: {exc.strerror or exc}", file=sys.stderr)
                failed += 1
                continue
            article = extract(data, mode=args.mode, format=args.input_format)
            out.write(_render(article, args.format))
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0
