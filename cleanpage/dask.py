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
    """A ``dask.bag.Bag`` of row dicts (source, error, article fields), one partition a path.

    Nothing is read until the bag is computed. Here on the local, single-threaded
    scheduler; with a ``distributed.Client`` connected, on the cluster's workers:

    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> page = {"url": "https://a.example/1", "html": "<h1>Tides</h1><p>The sea rises.</p>"}
    >>> _ = (folder / "a.jsonl").write_text(json.dumps(page) + "\\n")
    >>> _ = (folder / "b.jsonl").write_text("not json\\n")
    >>> bag = articles_bag([folder / "a.jsonl", folder / "b.jsonl"])
    >>> bag.npartitions
    2
    >>> rows = bag.compute(scheduler="synchronous")
    >>> [(row["source"]["line"], row["error"], row.get("title")) for row in rows]
    [(1, None, 'Tides'), (1, 'invalid-json', None)]
    """
    import dask.bag

    names = [os.fspath(p) for p in paths]
    bag = dask.bag.from_sequence(names, npartitions=max(1, len(names)))  # type: ignore[no-untyped-call]
    return bag.map_partitions(_rows, mode=mode, options=options, blocks=blocks)


def to_jsonl(bag: Any, folder: str | os.PathLike[str], **compute: Any) -> list[str]:
    """Write the bag as JSONL, one file a partition (``folder/0.jsonl``, ...); the paths.

    ``compute`` options go to dask (``scheduler=...``); with a ``distributed.Client``
    connected, the workers write the files, so ``folder`` must be one they can all reach.

    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> page = {"url": "https://a.example/1", "html": "<h1>Tides</h1><p>The sea rises.</p>"}
    >>> _ = (folder / "a.jsonl").write_text(json.dumps(page) + "\\n")
    >>> bag = articles_bag([folder / "a.jsonl"])
    >>> [path] = to_jsonl(bag, folder / "out", scheduler="synchronous")
    >>> pathlib.Path(path).name
    '0.jsonl'
    >>> json.loads(pathlib.Path(path).read_text())["title"]
    'Tides'
    """
    lines = bag.map(json.dumps, ensure_ascii=False)
    files: list[str] = lines.to_textfiles(os.path.join(os.fspath(folder), "*.jsonl"), **compute)
    return files


__all__ = ["articles_bag", "to_jsonl"]
