"""The ``cleanpage`` command: extract articles from pages, folders, stdin, WARC/WET and JSONL.

One output row per input page or record, in input order, whatever ``--jobs``; a summary on
stderr; exit status 1 when any row is an error.

``--site-templates`` reads the inputs twice: the first pass counts, per site, the block texts
of every page (fingerprints only, within the bounds of cleanpage.templates.TemplateLearner);
the second extracts each page with its site's template. Standard input is spooled to a
temporary file so it can be read twice.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import IO, TypeVar

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
from cleanpage.rules import default_rules
from cleanpage.templates import (
    DEFAULT_MIN_PAGES,
    DEFAULT_MIN_SHARE,
    SiteTemplate,
    SiteTemplates,
    TemplateLearner,
    page_fingerprints,
    site_of_source,
    with_rule,
)

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


def process(item: Item, *, mode: str, fmt: str, template: SiteTemplate | None = None) -> Done:
    """Extract and render one record (runs in a worker process), with the template of its
    site when given."""
    rules = None if template is None else with_rule(default_rules(), template.rule())
    source, result = extract_record(item, mode=mode, rules=rules)
    if isinstance(result, ErrorRow):
        rendered = dumps_row(source, result) + "\n" if fmt == "jsonl" else ""
        return source, result.reason, result.detail, rendered
    status = ARTICLE if result.text.strip() else EMPTY
    rendered = dumps_row(source, result) + "\n" if fmt == "jsonl" else _render(result, fmt)
    return source, status, "", rendered


def process_with_template(pair: tuple[Item, SiteTemplate | None], *, mode: str, fmt: str) -> Done:
    """process() for an item shipped with its site's template (or None)."""
    item, template = pair
    return process(item, mode=mode, fmt=fmt, template=template)


def site_of_item(item: Item) -> str | None:
    """The site of a record: the host of its URL, else the folder of a page file."""
    source, record = item
    url = record.url if not isinstance(record, ErrorRow) else None
    return site_of_source(url or source.uri, source.path if source.kind == "page" else None)


def fingerprint_item(item: Item) -> tuple[str | None, frozenset[int]]:
    """The site of a record and its block fingerprints (the learning pass; runs in a worker)."""
    site = site_of_item(item)
    record = item[1]
    if site is None or isinstance(record, ErrorRow):
        return site, frozenset()
    try:
        prints = page_fingerprints(
            record.data, format=record.format, content_type=record.content_type
        )
    except Exception:  # the extraction pass reports the page's error
        return site, frozenset()
    return site, prints


def learn_templates(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    min_pages: int = DEFAULT_MIN_PAGES,
    min_share: float = DEFAULT_MIN_SHARE,
    progress: bool = False,
) -> tuple[SiteTemplates, TemplateLearner]:
    """The first pass of ``--site-templates``: count every page's blocks per site."""
    learner = TemplateLearner()
    counted = map_records(fingerprint_item, items, jobs=jobs)
    for site, prints in _progress(counted, progress, "learning"):
        if site is not None and prints:
            learner.add_fingerprints(site, prints)
    return learner.templates(min_pages=min_pages, min_share=min_share), learner


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


R = TypeVar("R")


def _progress(rows: Iterator[R], enabled: bool, what: str = "") -> Iterator[R]:
    if not enabled:
        yield from rows
        return
    try:
        from tqdm import tqdm
    except ImportError:  # the warc extra brings tqdm; without it, no bar
        yield from rows
        return
    with tqdm(
        desc=what or None, unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.1
    ) as bar:
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
    parser.add_argument(
        "--site-templates",
        action="store_true",
        help="read the inputs twice: learn the blocks each site (URL host, or folder of page "
        "files) repeats on many of its pages, then drop them as boilerplate",
    )
    parser.add_argument(
        "--template-min-pages",
        type=int,
        default=DEFAULT_MIN_PAGES,
        metavar="N",
        help=f"a site's block must recur on at least N pages (default {DEFAULT_MIN_PAGES})",
    )
    parser.add_argument(
        "--template-min-share",
        type=float,
        default=DEFAULT_MIN_SHARE,
        metavar="F",
        help=f"... and on at least this share of the site's pages (default {DEFAULT_MIN_SHARE})",
    )
    return parser


def _spool_stdin(inputs: list[str]) -> tuple[list[str], str | None]:
    """Copy standard input to a temporary file, so it can be read twice."""
    if "-" not in inputs:
        return inputs, None
    with tempfile.NamedTemporaryFile(prefix="cleanpage-stdin-", delete=False) as spool:
        shutil.copyfileobj(sys.stdin.buffer, spool)
    return [spool.name if name == "-" else name for name in inputs], spool.name


def _records(inputs: list[str], options: ReadOptions, spool: str | None) -> Iterator[Item]:
    """read_records(), with the spooled standard input named ``-`` again."""
    for source, record in read_records(inputs, options):
        if spool is not None and source.path == spool:
            source = dataclasses.replace(source, path="-")
        yield source, record


def _with_templates(args: argparse.Namespace, options: ReadOptions, jobs: int) -> Iterator[Done]:
    inputs, spool = _spool_stdin(list(args.inputs))
    try:
        bar = not args.quiet and sys.stderr.isatty()
        templates, learner = learn_templates(
            _records(inputs, options, spool),
            jobs=jobs,
            min_pages=args.template_min_pages,
            min_share=args.template_min_share,
            progress=bar,
        )
        if not args.quiet:
            print(
                f"cleanpage: site templates: {len(templates)} of {len(learner.sites())} sites "
                f"repeat blocks ({sum(len(t.repeated) for t in templates)} blocks learnt "
                f"from {learner.pages} pages)",
                file=sys.stderr,
            )
        pairs = (
            (item, templates.get(site=site_of_item(item)))
            for item in _records(inputs, options, spool)
        )
        fn = partial(process_with_template, mode=args.mode, fmt=args.format)
        yield from map_records(fn, pairs, jobs=jobs)
    finally:
        if spool is not None:
            os.unlink(spool)


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
    started = time.perf_counter()
    if args.site_templates:
        done = _with_templates(args, options, jobs)
    else:
        fn = partial(process, mode=args.mode, fmt=args.format)
        done = map_records(fn, read_records(args.inputs, options), jobs=jobs)
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
