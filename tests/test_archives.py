"""cleanpage.archives: every input kind, and damaged input read up to the damage."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")

from warcs import gz, page, record

from cleanpage import Article
from cleanpage.archives import (
    CORRUPT,
    EMPTY_INPUT,
    INVALID_JSON,
    NO_PAGE_FIELD,
    NOT_HTML,
    TOO_LARGE,
    TRUNCATED,
    UNDECODABLE,
    UNREADABLE,
    ErrorRow,
    ReadOptions,
    iter_articles,
    read_records,
    row_dict,
)


def rows(*inputs: object, **kwargs: object) -> list[tuple[object, object]]:
    return list(iter_articles([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def reasons(found: list[tuple[object, object]]) -> list[str | None]:
    return [r.reason if isinstance(r, ErrorRow) else None for _, r in found]


def write_warc(path: Path, n: int = 3, *, compress: bool = True) -> list[bytes]:
    recs = [record(f"http://a.org/{i}", page(f"Page {i}")) for i in range(n)]
    path.write_bytes(b"".join(gz(r) for r in recs) if compress else b"".join(recs))
    return recs


def test_html_file_and_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.html").write_bytes(page("Bee"))
    (tmp_path / "sub" / "a.htm").write_bytes(page("Ay"))
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(page("Sea")))
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")  # not a page suffix: skipped in folders
    found = rows(tmp_path)
    assert [Path(s.path).name for s, _ in found] == ["b.html", "c.html.gz", "a.htm"]
    assert [a.title for _, a in found] == ["Bee", "Sea", "Ay"]
    assert all("long enough" in a.text for _, a in found)


def test_text_file_takes_the_text_path(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("A heading\n\n" + "Plain prose, long enough to be kept as a paragraph. " * 4)
    [(_, article)] = rows(path)
    assert isinstance(article, Article) and article.format == "text"


def test_warc_gz_records_carry_their_source(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    found = rows(path)
    assert [s.uri for s, _ in found] == [f"http://a.org/{i}" for i in range(3)]
    assert [s.index for s, _ in found] == [0, 1, 2]
    assert all(s.record_id and s.record_id.startswith("<urn:uuid:") for s, _ in found)
    assert [a.title for _, a in found] == ["Page 0", "Page 1", "Page 2"]
    assert found[0][1].url == "http://a.org/0"


def test_warc_charset_comes_from_the_http_header(tmp_path: Path) -> None:
    body = "<html><body><article><h1>Café crème</h1><p>" + "Déjà vu, à côté. " * 12 + "</p>"
    data = body.encode("cp1252") + b"</article></body></html>"
    path = tmp_path / "latin.warc"
    ct = "text/html; charset=windows-1252"
    path.write_bytes(record("http://a.org/", data, content_type=ct))
    [(_, article)] = rows(path)
    assert isinstance(article, Article)
    assert article.title == "Café crème" and "Déjà vu" in article.text


def test_wet_conversion_records_take_the_text_path(tmp_path: Path) -> None:
    text = "A headline\n\n" + "Words of a converted page, long enough to read as prose. " * 5
    path = tmp_path / "crawl.warc.wet.gz"
    plain = "text/plain"
    path.write_bytes(
        gz(record("http://a.org/t", text.encode(), warc_type="conversion", content_type=plain))
        + gz(record("http://a.org/info", b"x: y", warc_type="metadata", content_type=plain))
    )
    [(source, article)] = rows(path)
    assert source.uri == "http://a.org/t"
    assert isinstance(article, Article) and article.format == "text"
    assert "converted page" in article.text


def test_non_html_record_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    png = record("http://a.org/i.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    path.write_bytes(gz(png) + gz(record("http://a.org/", page("After"))))
    found = rows(path)
    assert reasons(found) == [NOT_HTML, None]
    assert found[1][1].title == "After"


def test_truncated_record_keeps_the_records_before_it(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    recs = write_warc(path, 3, compress=False)
    path.write_bytes(b"".join(recs)[:-150])
    assert reasons(rows(path)) == [None, None, TRUNCATED]


def test_truncated_gzip_member(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    recs = [gz(record(f"http://a.org/{i}", page(f"P{i}"))) for i in range(3)]
    path.write_bytes(recs[0] + recs[1] + recs[2][: len(recs[2]) // 2])
    found = rows(path)
    assert reasons(found) == [None, None, TRUNCATED]
    assert found[2][0].uri == "http://a.org/2"


def test_corrupt_gzip_member_then_the_next_input(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc.gz"
    recs = [gz(record(f"http://a.org/{i}", page(f"P{i}"))) for i in range(3)]
    broken = bytearray(recs[1])
    broken[30:60] = b"\x00" * 30
    path.write_bytes(recs[0] + bytes(broken) + recs[2])
    good = tmp_path / "good.html"
    good.write_bytes(page("Next input"))
    found = rows(path, good)
    assert reasons(found) == [None, CORRUPT, None]
    assert found[2][1].title == "Next input"


def test_empty_and_missing_and_undecodable_files(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 8)
    found = rows(
        tmp_path / "empty.html",
        tmp_path / "empty.warc.gz",
        tmp_path / "binary.html",
        tmp_path / "missing.html",
    )
    assert reasons(found) == [None, EMPTY_INPUT, UNDECODABLE, UNREADABLE]
    assert found[0][1].text == ""


def test_too_large_page(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(page("Big") * 10)
    found = rows(path, options=ReadOptions(max_bytes=1000))
    assert reasons(found) == [TOO_LARGE]


def test_jsonl_fields_lines_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    lines = [
        json.dumps({"id": 7, "url": "http://a.org/7", "html": page("Seven").decode()}),
        "",
        "{not json",
        json.dumps({"text": "A title\n\n" + "Some prose of a text dump, long enough. " * 5}),
        json.dumps({"body": "neither field"}),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode() + b"\n"))
    found = rows(path)
    assert [s.line for s, _ in found] == [1, 3, 4, 5]
    assert reasons(found) == [None, INVALID_JSON, None, NO_PAGE_FIELD]
    assert found[0][0].record_id == "7" and found[0][0].uri == "http://a.org/7"
    assert found[0][1].title == "Seven"
    assert found[2][1].format == "text"


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"raw": page("Raw").decode(), "link": "http://b.org/"}) + "\n")
    options = ReadOptions(html_field="raw", url_field="link")
    [(source, article)] = rows(path, options=options)
    assert source.uri == "http://b.org/" and article.title == "Raw"


def test_stdin_warc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = gz(record("http://a.org/s", page("From stdin")))
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", stdin)
    [(source, article)] = rows("-")
    assert source.path == "-" and source.uri == "http://a.org/s"
    assert article.title == "From stdin"


def test_jobs_two_keeps_input_order(tmp_path: Path) -> None:
    path = tmp_path / "many.warc.gz"
    write_warc(path, 12)
    one = [row_dict(s, r) for s, r in rows(path)]
    two = [row_dict(s, r) for s, r in rows(path, jobs=2, chunk_size=2)]
    assert one == two
    assert [r["title"] for r in two] == [f"Page {i}" for i in range(12)]


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, 5)
    records = read_records([path])
    source, first = next(records)
    assert source.index == 0 and not isinstance(first, ErrorRow)
