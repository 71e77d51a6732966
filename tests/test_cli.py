"""The cleanpage command: inputs, formats, order with --jobs, summary and exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")

from warcs import gz, page, record

from cleanpage.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def warc(path: Path, n: int, *, bad: bool = False) -> Path:
    data = b"".join(gz(record(f"http://a.org/{i}", page(f"Page {i}"))) for i in range(n))
    if bad:
        data += gz(record("http://a.org/img", b"GIF89a", content_type="image/gif"))
    path.write_bytes(data)
    return path


def test_quickstart_explain_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run([str(ROOT / "fixtures/quickstart.html"), "--format", "explain"], capsys)
    assert status == 0 and err == ""
    assert out.startswith("title: ") and "↳ " in out


def test_single_page_txt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(page("Alone"))
    status, out, err = run([str(path)], capsys)
    assert status == 0 and out.startswith("Alone\n\nThis prose") and err == ""


def test_jsonl_rows_summary_and_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = warc(tmp_path / "c.warc.gz", 3, bad=True)
    status, out, err = run([str(path), "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["source"]["uri"] for r in rows] == [f"http://a.org/{i}" for i in range(3)] + [
        "http://a.org/img"
    ]
    assert [r["error"] for r in rows] == [None, None, None, "not-html"]
    assert rows[0]["title"] == "Page 0"
    assert status == 1
    assert "4 pages, 3 articles, 0 empty, 1 errors (not-html 1)" in err


def test_clean_run_exits_zero_and_writes_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = warc(tmp_path / "c.warc.gz", 2)
    out_file = tmp_path / "out.json"
    status, out, _ = run([str(path), "--format", "json", "-o", str(out_file), "--quiet"], capsys)
    assert status == 0 and out == ""
    rows = json.loads(out_file.read_text())
    assert [r["article"]["title"] for r in rows] == ["Page 0", "Page 1"]
    assert all(r["error"] is None and r["article"]["blocks"] for r in rows)


def test_txt_rows_have_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = warc(tmp_path / "c.warc", 2, bad=True)
    status, out, _ = run([str(path), "--quiet"], capsys)
    assert out.count("==> ") == 3 and "error: not-html" in out
    assert status == 1


def test_jobs_two_keeps_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = warc(tmp_path / "c.warc.gz", 20)
    _, one, _ = run([str(path), "--format", "jsonl"], capsys)
    _, two, _ = run([str(path), "--format", "jsonl", "--jobs", "2"], capsys)
    assert one == two
    titles = [json.loads(line)["title"] for line in two.splitlines()]
    assert titles == [f"Page {i}" for i in range(20)]


def test_missing_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run([str(tmp_path / "nope.html")], capsys)
    assert status == 1 and "unreadable" in err


def test_stdin_page(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(page("Piped"))))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run(["-", "--format", "jsonl"], capsys)
    [row] = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and row["title"] == "Piped" and row["source"]["path"] == "-"


def test_python_m_with_jobs_and_stdin(tmp_path: Path) -> None:
    data = warc(tmp_path / "c.warc.gz", 4).read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "cleanpage", "-", "--format", "jsonl", "--jobs", "2"],
        input=data,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    titles = [json.loads(line)["title"] for line in done.stdout.splitlines()]
    assert titles == [f"Page {i}" for i in range(4)]
    assert b"4 pages, 4 articles" in done.stderr


SHARED = "Every story on this site is checked by two editors before it goes out to readers."


def site_page(title: str) -> bytes:
    """A page whose article ends with a sentence every page of its site shares."""
    sentence = f"The {title} sentence is long enough to read as the body of an article, see. "
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{sentence * 4}</p><p>{SHARED}</p></article></body></html>"
    ).encode()


def _title(url: str) -> str:
    return url.split("//")[1].replace("/", " page ")


def site_warc(path: Path) -> Path:
    """Five pages of a.org and two of b.org, interleaved, with one non-HTML record."""
    urls = [f"http://a.org/{i}" for i in range(5)] + ["http://b.org/0", "http://b.org/1"]
    urls = [urls[i] for i in (0, 5, 1, 2, 6, 3, 4)]
    data = b"".join(gz(record(u, site_page(_title(u)))) for u in urls)
    data += gz(record("http://a.org/img", b"GIF89a", content_type="image/gif"))
    path.write_bytes(data)
    return path


def test_site_templates_drop_what_a_site_repeats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_warc(tmp_path / "s.warc.gz")
    _, plain, _ = run([str(path), "--format", "jsonl", "--quiet"], capsys)
    status, out, err = run([str(path), "--format", "jsonl", "--site-templates"], capsys)
    assert status == 1  # the image record is still an error row
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["source"]["uri"] for r in rows] == [
        json.loads(line)["source"]["uri"] for line in plain.splitlines()
    ]
    for row in rows[:-1]:
        assert _title(row["source"]["uri"]) in row["text"]
        assert (SHARED in row["text"]) == row["source"]["uri"].startswith("http://b.org")
    assert all(SHARED in json.loads(line).get("text", SHARED) for line in plain.splitlines())
    assert "site templates: 1 of 2 sites" in err
    assert "8 pages, 7 articles, 0 empty, 1 errors" in err
    _, explained, _ = run([str(path), "--format", "explain", "--site-templates", "-q"], capsys)
    assert "repeated-on-site: repeated on 5 pages of a.org" in explained
    _, two, _ = run([str(path), "--format", "jsonl", "--site-templates", "-q", "-j", "2"], capsys)
    assert two == out


def test_site_templates_of_page_files_by_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder, count in (("one", 4), ("two", 2)):
        (tmp_path / folder).mkdir()
        for i in range(count):
            (tmp_path / folder / f"{i}.html").write_bytes(site_page(f"{folder} page {i}"))
    _, out, _ = run([str(tmp_path), "--format", "jsonl", "--site-templates", "-q"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    shared = {r["source"]["path"].split("/")[-2] for r in rows if SHARED in r["text"]}
    assert len(rows) == 6 and shared == {"two"}


def test_site_templates_read_stdin_twice(tmp_path: Path) -> None:
    data = site_warc(tmp_path / "s.warc.gz").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "cleanpage", "-", "--format", "jsonl", "--site-templates"],
        input=data,
        capture_output=True,
        check=False,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 8 and all(r["source"]["path"] == "-" for r in rows)
    assert sum(SHARED in (r.get("text") or "") for r in rows) == 2
    assert not list(Path(tempfile.gettempdir()).glob("cleanpage-stdin-*"))
