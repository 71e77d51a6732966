#!/usr/bin/env python3
"""Archives at scale: WARC reader speed, pages/s with 1 and 2 jobs, peak memory, accuracy.

    python tests/benchmarks/bench_archives.py [--data ../shared/eval/datasets] [--pages 300]
        [--mem-pages 100] [--tmp /tmp]

Builds a WARC.gz (one gzip member a record, HTTP headers with the charset) from the HTML
pages of the evaluation datasets, in --tmp, never in the repository. Then prints
  * records/s reading the archive with fastwarc (as cleanpage reads it, and natively) and
    with warcio, when installed;
  * pages/s of the ``cleanpage`` command with --jobs 1 and --jobs 2 (subprocesses, start-up
    included);
  * peak RSS of the command on an archive and on one four times larger: streaming keeps it
    flat;
  * accuracy of the rows of the --jobs 1 run with the official scorer, per dataset.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from bench_accuracy import DEFAULT_DATA, load_dataset, load_scorer


def warc_record(url: str, body: bytes) -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6)


def pick_pages(data: Path, count: int) -> list[dict[str, Any]]:
    """Pages taken in turn from each HTML dataset, so every dataset is represented."""
    per_set = []
    for folder in sorted(data.iterdir()):
        if (folder / "html").is_dir():
            found = [p for p in load_dataset(folder) if p["_format"] == "html"]
            for p in found:
                p["_dataset"] = folder.name
            per_set.append(found)
    pages: list[dict[str, Any]] = []
    for i in range(max(len(s) for s in per_set)):
        for pages_of_set in per_set:
            if i < len(pages_of_set) and len(pages) < count:
                pages.append(pages_of_set[i])
    return pages


def write_warc(path: Path, pages: list[dict[str, Any]], repeat: int = 1) -> None:
    with open(path, "wb") as out:
        for _ in range(repeat):
            for p in pages:
                out.write(warc_record(p.get("url") or f"http://bench/{p['id']}", p["_raw"]))


def reader_speed(path: Path) -> list[str]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from cleanpage.archives import read_records

    lines = []
    start = time.perf_counter()
    n = sum(1 for _ in read_records([path]))
    rate = n / (time.perf_counter() - start)
    lines.append(f"read_records (fastwarc over Python gzip): {rate:.0f} records/s")
    start = time.perf_counter()
    with open(path, "rb") as fh:
        n = sum(
            len(r.reader.read()) >= 0
            for r in ArchiveIterator(fh, record_types=WarcRecordType.response, fsspec_args=False)
        )
    lines.append(f"fastwarc native gzip: {n / (time.perf_counter() - start):.0f} records/s")
    try:
        from warcio.archiveiterator import ArchiveIterator as WarcioIterator
    except ImportError:
        lines.append("warcio: not installed")
        return lines
    start = time.perf_counter()
    with open(path, "rb") as fh:
        n = sum(
            len(r.content_stream().read()) >= 0
            for r in WarcioIterator(fh)
            if r.rec_type == "response"
        )
    lines.append(f"warcio: {n / (time.perf_counter() - start):.0f} records/s")
    return lines


# The command, reporting its own peak RSS: VmHWM belongs to the process's memory map, which
# exec starts afresh (ru_maxrss would carry over this benchmark's own size through fork).
_MEASURED = """
import sys
from cleanpage.cli import main
status = main(sys.argv[2:])
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
open(sys.argv[1], "w").write(hwm)
sys.exit(status)
"""


def run_command(path: Path, jobs: int, out: Path) -> tuple[float, int]:
    """Seconds and peak RSS (MiB, main process) of the cleanpage command on the archive."""
    report = out.with_suffix(".rss")
    command = [sys.executable, "-c", _MEASURED, str(report), str(path), "--format", "jsonl"]
    command += ["--jobs", str(jobs), "--quiet", "-o", str(out)]
    start = time.perf_counter()
    done = subprocess.run(command, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"cleanpage failed on {path}")
    return seconds, int(report.read_text()) // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--mem-pages", type=int, default=100)
    parser.add_argument("--tmp", type=Path, default=Path("/tmp"))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no evaluation data at {args.data}", file=sys.stderr)
        return 2
    work = args.tmp / f"cleanpage-bench-{os.getpid()}"
    work.mkdir(parents=True)
    pages = pick_pages(args.data, args.pages)
    archive = work / "pages.warc.gz"
    write_warc(archive, pages)
    size = archive.stat().st_size / 2**20
    print(f"archive: {len(pages)} pages, {size:.1f} MiB ({archive})")
    for line in reader_speed(archive):
        print(line)
    rows_path = work / "rows-1.jsonl"
    for jobs in (1, 2):
        out = work / f"rows-{jobs}.jsonl"
        seconds, _ = run_command(archive, jobs, out)
        print(f"cleanpage --jobs {jobs}: {len(pages) / seconds:.1f} pages/s ({seconds:.1f} s)")
    same = rows_path.read_bytes() == (work / "rows-2.jsonl").read_bytes()
    print(f"--jobs 2 output identical to --jobs 1: {same}")
    small, large = work / "mem-1x.warc.gz", work / "mem-4x.warc.gz"
    write_warc(small, pages[: args.mem_pages])
    write_warc(large, pages[: args.mem_pages], repeat=4)
    for path, label in ((small, "1x"), (large, "4x")):
        _, peak = run_command(path, 1, work / "mem.jsonl")
        mib = path.stat().st_size / 2**20
        print(f"peak RSS {label}: {peak} MiB for a {mib:.1f} MiB archive")
    scorer = load_scorer(args.data)
    rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines()]
    by_set: dict[str, list[dict[str, Any]]] = {}
    errors = sum(1 for r in rows if r["error"])
    for page, row in zip(pages, rows, strict=True):
        by_set.setdefault(page["_dataset"], []).append(
            scorer.page_score(page, row.get("text") or "")
        )
    print(f"rows: {len(rows)} for {len(pages)} pages, {errors} errors")
    for name, scores in sorted(by_set.items()):
        agg = scorer.aggregate(scores)
        print(
            f"accuracy {name:24} {len(scores):4d} pages  F1 {agg['f1']:.3f}  "
            f"P {agg['precision']:.3f}  R {agg['recall']:.3f}"
        )
    for path in work.iterdir():
        path.unlink()
    work.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
