"""Metadata benchmark: the share of pages whose title, authors and publication day are right.

    python tests/benchmarks/bench_metadata.py [--data DIR] [--sets a,b] [--extract] [--misses F]

For each dataset the denominator of a field is the number of pages whose gold gives that
field (pages without a gold title, author or date are not counted for that field).

Gold: ``readability_testpages`` — index ``title``, meta.jsonl ``byline`` and ``publishedTime``;
``wcxb_dev`` — index ``title``, meta.jsonl ``author`` and ``publish_date``.

How the comparisons are made (kept deliberately strict):

* title: equal after Unicode NFKC, case folding, collapsing whitespace and unifying quote
  and dash characters (’ → ', – → -). Nothing else: a gold title that keeps a site-name
  suffix ("Post | Site") is missed when we strip it, and the other way round.
* author: the gold string is cut into names at commas, semicolons, " and ", "&" and line
  breaks; a leading "by"/"written by"/"edited by" is dropped, and so are parts that are
  credentials rather than names (MS, RD, Ph.D., E-RYT 200: no lower-case word of 3+ letters
  and no two capitalised words) and follow a name (a gold that is only "JWU" keeps it).
  Parts after a name that are dates ("March 25, 2015") are dropped too. Every remaining
  gold name must equal (same normalisation as titles) one of our author
  names, or one of our names with its own credentials dropped.
* date: our ``published`` must fall on the gold's calendar day. When the gold carries a
  UTC offset and ours is timezone-aware, ours is first converted to the gold's offset; a
  date-only value on either side is compared as the day written.

``l3s_gn1`` and ``l3s_gn1_dump`` score titles only, against L3S-GN1's human-labelled headlines.
``wcxb_dev_dump`` and ``l3s_gn1_dump`` hold the same pages as ``wcxb_dev`` and ``l3s_gn1``
flattened to text, scored against the same gold: ``cleanpage.extract(text, format="text")``
reads title, byline and date lines from the text alone (and a date from the URL it is
given). Its cost is the whole extraction's.

``--extract`` measures the public ``cleanpage.extract()`` Article (its ``title`` prefers the
title block the rules found) instead of ``extract_metadata`` alone. The cost printed is the
median and mean ms per page of ``extract_metadata`` only, beside lxml's parse of the same
pages for scale (timings on a shared machine move with its load; the ratio moves less).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import statistics
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import regex

import cleanpage
from cleanpage import html as html_path
from cleanpage.decode import decode, repair_double_encoding
from cleanpage.metadata import extract_metadata

DATA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "datasets"
GOLD_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "readability_testpages": ("byline", "publishedTime"),
    "wcxb_dev": ("author", "publish_date"),
    "wcxb_dev_dump": ("author", "publish_date"),
    # Headlines only: L3S-GN1's gold has no authors or dates.
    "l3s_gn1": (None, None),
    "l3s_gn1_dump": (None, None),
}
# A text dump's own folder has no meta.jsonl: its pages' authors and dates are those of the
# HTML set it was flattened from.
DUMP_OF = {"wcxb_dev_dump": "wcxb_dev", "l3s_gn1_dump": "l3s_gn1"}
_SPACE = regex.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})
_NAME_SPLIT = regex.compile(r"\s*(?:[,;\n|]|\band\b|&)\s*", regex.IGNORECASE)
_BY = regex.compile(r"^(?:(?:written|edited|posted|reviewed)\s+)?by\s+", regex.IGNORECASE)
_CREDENTIAL_WORD = regex.compile(r"^[\p{Lu}\d.\-]+$")
_DATE_PART = regex.compile(
    r"\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}|^\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$"
)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", text).strip()


def _is_name(part: str) -> bool:
    words = part.split()
    if not words:
        return False
    lower_words = [w for w in words if regex.match(r"^\p{Ll}{3,}", w)]
    capitalised = [w for w in words if not _CREDENTIAL_WORD.match(w)]
    return bool(lower_words) or (len(capitalised) >= 1 and len(words) >= 2) or len(capitalised) >= 1


def gold_names(raw: str) -> list[str]:
    names = []
    # "By\n  Scott Cunningham": the leading "by" may stand on its own line.
    for part in _NAME_SPLIT.split(_BY.sub("", raw.strip())):
        part = _BY.sub("", part.strip())
        if not part:
            continue
        words = part.split()
        if names and all(_CREDENTIAL_WORD.match(w) for w in words) and len(part) <= 12:
            continue  # MS, RD, FAND, Ph.D., E-RYT 200 after a name: credentials, not names
        if names and _DATE_PART.search(part):
            continue  # "By Nathan Willis\n March 25, 2015": the byline's date, not a name
        if _is_name(part) or not names:
            names.append(norm(part))
    return names


def _without_credentials(name: str) -> str:
    head = _NAME_SPLIT.split(name)[0]
    return norm(head)


def author_ok(gold: str, ours: tuple[str, ...]) -> bool:
    wanted = gold_names(gold)
    if not wanted:
        return False
    have = {norm(a) for a in ours} | {_without_credentials(a) for a in ours}
    for a in ours:
        have.update(gold_names(a))
    return all(w in have for w in wanted)


def _parse_gold_date(raw: str) -> tuple[datetime.date, datetime.tzinfo | None] | None:
    m = regex.match(
        r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?[^Z+\-]*)?"
        r"(Z|[+\-]\d{2}:?\d{2})?",
        raw.strip(),
    )
    if not m:
        return None
    day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
    tz: datetime.tzinfo | None = None
    if m[7] and m[4]:
        if m[7] == "Z":
            tz = datetime.timezone.utc
        else:
            digits = m[7].replace(":", "")
            sign = -1 if digits[0] == "-" else 1
            tz = datetime.timezone(
                sign * datetime.timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]))
            )
    return day, tz


def date_ok(gold: str, ours: datetime.date | None) -> bool:
    if ours is None:
        return False
    parsed = _parse_gold_date(gold)
    if parsed is None:
        return False
    day, tz = parsed
    if isinstance(ours, datetime.datetime):
        if tz is not None and ours.tzinfo is not None:
            return ours.astimezone(tz).date() == day
        return ours.date() == day
    return ours == day


def _load(folder: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    index = [json.loads(line) for line in (folder / "index.jsonl").open(encoding="utf-8")]
    meta: dict[str, dict[str, Any]] = {}
    meta_path = folder.parent / DUMP_OF.get(folder.name, folder.name) / "meta.jsonl"
    if meta_path.exists():
        for line in meta_path.open(encoding="utf-8"):
            row = json.loads(line)
            meta[row["id"]] = row
    return index, meta


def run(folder: Path, use_extract: bool, misses: list[dict[str, Any]] | None) -> str:
    name = folder.name
    index, meta = _load(folder)
    counts = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
    costs: list[float] = []
    parse_costs: list[float] = []
    dump = name in DUMP_OF
    for row in index:
        if dump:
            # A text dump has no tree to read metadata from: extract() reads its lines.
            text = gzip.decompress((folder / "text" / f"{row['id']}.txt.gz").read_bytes())
            start = time.perf_counter()
            article = cleanpage.extract(text.decode("utf-8"), url=row.get("url"), format="text")
            costs.append((time.perf_counter() - start) * 1000)
            parse_costs.append(0.0)
            sources = dict(article.metadata_sources)
            title, authors, published = article.title, article.authors, article.published
            _score(name, row, meta, (title, authors, published), sources, counts, misses)
            continue
        raw = gzip.decompress((folder / "html" / f"{row['id']}.html.gz").read_bytes())
        # The text as extract() reads the bytes: decoded, with UTF-8 read as Latin-1 repaired.
        text = repair_double_encoding(decode(raw))
        start = time.perf_counter()
        root = html_path.parse(text)
        parse_costs.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        md = extract_metadata(root, url=row.get("url"))
        costs.append((time.perf_counter() - start) * 1000)
        title, authors, published = md.title, md.authors, md.published
        if use_extract:
            article = cleanpage.extract(text, url=row.get("url"))
            title = article.title
            authors = getattr(article, "authors", ())
            published = getattr(article, "published", None)
        _score(name, row, meta, (title, authors, published), md.sources, counts, misses)
    shares = "  ".join(
        f"{field} {hit / total:.3f} ({hit}/{total})" if total else f"{field} -"
        for field, (hit, total) in counts.items()
    )
    if dump:
        return (
            f"{name:<22} {shares}  extract() ms/page median {statistics.median(costs):.2f}"
            f" mean {statistics.fmean(costs):.2f}"
        )
    return (
        f"{name:<22} {shares}  ms/page median {statistics.median(costs):.2f}"
        f" mean {statistics.fmean(costs):.2f} (lxml parse median"
        f" {statistics.median(parse_costs):.2f})"
    )


def _score(
    name: str,
    row: dict[str, Any],
    meta: dict[str, dict[str, Any]],
    found: tuple[str | None, tuple[str, ...], datetime.date | None],
    sources: dict[str, str],
    counts: dict[str, list[int]],
    misses: list[dict[str, Any]] | None,
) -> None:
    author_key, date_key = GOLD_FIELDS[name]
    title, authors, published = found
    gold = meta.get(row["id"], {})
    checks = (
        ("title", row.get("title")),
        ("author", gold.get(author_key) if author_key else None),
        ("date", gold.get(date_key) if date_key else None),
    )
    for field, gold_value in checks:
        if not gold_value:
            continue
        counts[field][1] += 1
        if field == "title":
            ok = title is not None and norm(title) == norm(gold_value)
        elif field == "author":
            ok = author_ok(gold_value, authors)
        else:
            ok = date_ok(gold_value, published)
        if ok:
            counts[field][0] += 1
        elif misses is not None:
            ours = {"title": title, "author": authors, "date": published}[field]
            misses.append(
                {
                    "set": name,
                    "id": row["id"],
                    "field": field,
                    "gold": gold_value,
                    "ours": str(ours),
                    "source": sources.get(
                        {"author": "authors", "date": "published"}.get(field, field)
                    ),
                }
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--sets", default="readability_testpages,wcxb_dev,wcxb_dev_dump,l3s_gn1,l3s_gn1_dump"
    )
    parser.add_argument("--extract", action="store_true", help="score cleanpage.extract()")
    parser.add_argument("--misses", type=Path, help="write the misses as JSON lines")
    args = parser.parse_args(argv)
    misses: list[dict[str, Any]] | None = [] if args.misses else None
    for name in args.sets.split(","):
        folder = args.data / name
        if not folder.exists():
            print(f"{name}: not found under {args.data}", file=sys.stderr)
            continue
        print(run(folder, args.extract, misses), flush=True)
    if args.misses and misses is not None:
        with args.misses.open("w", encoding="utf-8") as out:
            for miss in misses:
                out.write(json.dumps(miss, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
