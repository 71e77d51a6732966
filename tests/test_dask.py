"""cleanpage.dask on a real distributed.LocalCluster with worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warcs import gz, page, record

import cleanpage.dask
from cleanpage.archives import iter_articles, row_dict

pytest.importorskip("fastwarc")
pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def test_cluster_output_equals_single_process(tmp_path: Path) -> None:
    paths = []
    for n in range(2):
        path = tmp_path / f"crawl-{n}.warc.gz"
        recs = [gz(record(f"http://a.org/{n}/{i}", page(f"Page {n}.{i}"))) for i in range(5)]
        path.write_bytes(b"".join(recs) + recs[0][:40])  # the last record is cut off
        paths.append(str(path))
    expected = [json.loads(json.dumps(row_dict(s, r))) for s, r in iter_articles(paths)]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        bag = cleanpage.dask.articles_bag(paths)
        files = cleanpage.dask.to_jsonl(bag, tmp_path / "out")
    assert [Path(f).name for f in files] == ["0.jsonl", "1.jsonl"]
    got = [json.loads(line) for f in files for line in Path(f).read_text().splitlines()]
    assert got == expected
    assert [r["error"] for r in got].count("truncated") == 2
    assert got[0]["title"] == "Page 0.0"
