"""The ``cleanpage`` command: extract articles from pages, folders, stdin, WARC/WET and JSONL.

One output row per input page or record, in input order, whatever ``--jobs``; a summary on
stderr; exit status 1 when any row is an error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import IO

from cleanpage.api import MODES
from cleanpage.archives import (
    DEFAULT_MAX_BYTES,
    ErrorRow,
    Item,
    ReadOptions,
    Source,
    dumps_row,
    extract_record,
    map_records,
    read_records,
)
from cleanpage.article import Article

FORMATS = ("txt", "markdown", "json", "jsonl", "explain")
ARTICLE, EMPTY = "article", "empty"


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


# A processed row: its source, its status (article, empty or an error reason), the error
# detail, and the rendered output. Rendering runs in the worker, so only text crosses back.
Done = tuple[Source, str, str, str]


def process(item: Item, *, mode: str, fmt: str) -> Done:
    """Extract and render one record (runs in a worker process)."""
    source, result = extract_record(item, mode=mode)
    if isinstance(result, ErrorRow):
        rendered = dumps_row(source, result) + "\n" if fmt == "jsonl" else ""
        return source, result.reason, result.detail, rendered
    status = ARTICLE if result.text.strip() else EMPTY
    rendered = dumps_row(source, result) + "\n" if fmt == "jsonl" else _render(result, fmt)
    return source, status, "", rendered


def _label(source: Source) -> str:
    where = source.path
    if source.kind == "jsonl":
        where += f":{source.line}" if source.line else ""
    elif source.kind == "warc":
        where += f"#{source.index}"
    return f"{where} {source.uri}" if source.uri else where


class Writer:
    """Writes rows in the chosen format; a lone page prints as it always has."""

    def __init__(self, out: IO[str], fmt: str, single: bool) -> None:
        self.out, self.fmt, self.single = out, fmt, single
        self.rows = 0

    def write(self, done: Done) -> None:
        source, status, detail, rendered = done
        error = status not in (ARTICLE, EMPTY)
        if self.fmt == "jsonl" or (self.single and self.fmt != "json"):
            self.out.write(rendered)
        elif self.fmt == "json":
            self._json(source, status, detail, rendered, error)
        else:
            self.out.write(f"==> {_label(source)} <==\n")
            self.out.write(f"error: {status}: {detail}\n" if error else rendered)
            self.out.write("\n")
        self.rows += 1

    def _json(self, source: Source, status: str, detail: str, rendered: str, error: bool) -> None:
        if self.single:
            if not error:
                self.out.write(rendered)
            return
        self.out.write("[\n" if self.rows == 0 else ",\n")
        head = json.dumps({"source": source.to_dict()}, ensure_ascii=False)[:-1]
        if error:
            tail = f', "error": {json.dumps(status)}, "detail": {json.dumps(detail)}}}'
        else:
            tail = f', "error": null, "article": {rendered.rstrip()}}}'
        self.out.write(head + tail)

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("[]\n" if self.rows == 0 else "\n]\n")


def _progress(rows: Iterator[Done], enabled: bool) -> Iterator[Done]:
    if not enabled:
        yield from rows
        return
    try:
        from tqdm import tqdm
    except ImportError:  # the warc extra brings tqdm; without it, no bar
        yield from rows
        return
    with tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.1) as bar:
        for row in rows:
            yield row
            bar.update(1)


def _summary(counts: Counter[str], seconds: float) -> str:
    pages = sum(counts.values())
    errors = {k: v for k, v in counts.items() if k not in (ARTICLE, EMPTY)}
    text = (
        f"cleanpage: {pages} pages, {counts[ARTICLE]} articles, {counts[EMPTY]} empty, "
        f"{sum(errors.values())} errors"
    )
    if errors:
        text += " (" + ", ".join(f"{k} {v}" for k, v in sorted(errors.items())) + ")"
    rate = pages / seconds if seconds > 0 else 0.0
    return text + f" in {seconds:.1f} s ({rate:.1f} pages/s)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanpage",
        description="Extract the article from web pages, dropping boilerplate. Inputs are "
        "HTML or text files, folders (recursive), - for stdin, WARC/WET (.warc, .warc.gz, "
        ".wet.gz) and JSONL with an html or text field.",
    )
    parser.add_argument("inputs", nargs="+", help="files, folders, archives, or - for stdin")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="txt",
        help="txt (title and body), markdown, json (with every block), jsonl (one row per "
        "page with its source, or its error), or explain (every block with its label and "
        "the rule that decided)",
    )
    parser.add_argument("--mode", choices=MODES, default="balanced")
    parser.add_argument("--input-format", choices=["html", "text"], default=None)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes (0: one per core)"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress, no summary")
    parser.add_argument("--html-field", default="html", help="JSONL field holding HTML")
    parser.add_argument("--text-field", default="text", help="JSONL field holding text")
    parser.add_argument("--url-field", default="url", help="JSONL field holding the URL")
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="larger pages are errors"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    jobs = args.jobs if args.jobs > 0 else os.cpu_count() or 1
    options = ReadOptions(
        html_field=args.html_field,
        text_field=args.text_field,
        url_field=args.url_field,
        max_bytes=args.max_bytes,
        input_format=args.input_format,
    )
    fn = partial(process, mode=args.mode, fmt=args.format)
    started = time.perf_counter()
    done: Iterator[Done] = map_records(fn, read_records(args.inputs, options), jobs=jobs)
    # A lone page file (or stdin page) prints exactly as extract() renders it.
    first = list(islice(done, 2))
    single = len(first) == 1 and first[0][0].kind == "page"
    done = chain(first, done)
    bar = not args.quiet and sys.stderr.isatty() and not single
    counts: Counter[str] = Counter()
    out: IO[str] = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    writer = Writer(out, args.format, single)
    try:
        for row in _progress(done, bar):
            source, status, detail, _ = row
            counts[status] += 1
            writer.write(row)
            if single and status not in (ARTICLE, EMPTY):
                print(f"cleanpage: {_label(source)}: {status}: {detail}", file=sys.stderr)
        writer.close()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if not args.quiet and not single:
        print(_summary(counts, time.perf_counter() - started), file=sys.stderr)
    failed = sum(v for k, v in counts.items() if k not in (ARTICLE, EMPTY))
    return 1 if failed else 0
