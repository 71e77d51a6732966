"""Dask front door: archive paths → a dask.bag of row dicts → JSONL partitions.

Needs the ``dask`` extra (``pip install 'cleanpage[dask]'``). Each archive is one partition,
read and extracted as a stream on whichever worker runs it; the rows are those of the
``cleanpage`` command's ``--format jsonl``, in the same order::

    from distributed import Client
    import cleanpage.dask

    client = Client("scheduler:8786")  # or Client(LocalCluster(n_workers=8))
    bag = cleanpage.dask.articles_bag(["crawl-00000.warc.gz", "crawl-00001.warc.gz"])
    cleanpage.dask.to_jsonl(bag, "out/")  # out/0.jsonl, out/1.jsonl, ...

Paths must be readable from every worker (a shared file system).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from cleanpage.archives import ReadOptions, iter_articles, row_dict


def _rows(
    paths: Iterable[str], *, mode: str, options: ReadOptions | None, blocks: bool
) -> Iterator[dict[str, Any]]:
    for source, result in iter_articles(list(paths), mode=mode, options=options):
        yield row_dict(source, result, blocks=blocks)


def articles_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    mode: str = "balanced",
    options: ReadOptions | None = None,
    blocks: bool = False,
) -> Any:
    """A ``dask.bag.Bag`` of row dicts (source, error, article fields), one partition a path."""
    import dask.bag

    names = [os.fspath(p) for p in paths]
    bag = dask.bag.from_sequence(names, npartitions=max(1, len(names)))  # type: ignore[no-untyped-call]
    return bag.map_partitions(_rows, mode=mode, options=options, blocks=blocks)


def to_jsonl(bag: Any, folder: str | os.PathLike[str], **compute: Any) -> list[str]:
    """Write the bag as JSONL, one file a partition (``folder/0.jsonl``, ...); the paths."""
    lines = bag.map(json.dumps, ensure_ascii=False)
    files: list[str] = lines.to_textfiles(os.path.join(os.fspath(folder), "*.jsonl"), **compute)
    return files


__all__ = ["articles_bag", "to_jsonl"]
