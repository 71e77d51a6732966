"""Read pages from files, folders, stdin, WARC/WET archives and JSONL, and extract them at scale.

Every input record gives exactly one row: ``(Source, Article)`` or ``(Source, ErrorRow)``.
Inputs are streamed, record by record; nothing loads a whole archive. A damaged archive is
read up to the damage, which becomes an error row, and reading goes on with the next input.

>>> rows = list(iter_articles([]))
>>> rows
[]
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import json
import os
import sys
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import IO, Any, Literal, TypeVar, cast

from cleanpage.api import extract
from cleanpage.article import Article
from cleanpage.rules.base import Rule

# Why a row is an error rather than an article.
UNREADABLE = "unreadable"  # the file or stream could not be opened or read
UNDECODABLE = "undecodable"  # binary data, not text
NOT_HTML = "not-html"  # a record whose content type is neither HTML nor plain text
TOO_LARGE = "too-large"  # a page over max_bytes
TRUNCATED = "truncated"  # a record or archive that ends before its declared length
CORRUPT = "corrupt"  # archive bytes that cannot be decompressed or parsed
EMPTY_INPUT = "empty-input"  # an archive holding no records
INVALID_JSON = "invalid-json"  # a JSONL line that is not a JSON object
NO_PAGE_FIELD = "no-page-field"  # a JSONL object without the html or text field
EXTRACT_FAILED = "extract-failed"  # extract() raised

DEFAULT_MAX_BYTES = 32 * 1024 * 1024
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")
WARC_SUFFIXES = (".warc", ".wet")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_TEXT_TYPES = ("text/plain",)
_GZIP_MAGIC = b"\x1f\x8b"
_READ_CHUNK = 1 << 20
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))

InputKind = Literal["page", "warc", "jsonl"]
T = TypeVar("T")
U = TypeVar("U")


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """Where a row came from, so results join back to the input.

    >>> import json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pages.jsonl"
    >>> _ = path.write_text(json.dumps({"id": 7, "url": "https://a.example/", "text": "Hi"}))
    >>> [(source, _)] = read_records([path])
    >>> source.kind, source.index, source.line, source.record_id, source.uri
    ('jsonl', 0, 1, '7', 'https://a.example/')
    """

    path: str
    """The file, or ``-`` for stdin."""
    index: int
    """Position of the record within its input, from 0."""
    kind: InputKind = "page"
    record_id: str | None = None
    """WARC-Record-ID, or a JSONL object's ``id``."""
    uri: str | None = None
    """WARC-Target-URI, or a JSONL object's ``url``."""
    line: int | None = None
    """JSONL line number, from 1."""
    offset: int | None = None
    """Byte offset of the WARC record in the decompressed stream."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the fields (the ``source`` of a JSONL output row).

        >>> Source("crawl.warc.gz", 3, "warc", uri="https://a.example/").to_dict()
        {'path': 'crawl.warc.gz', 'index': 3, 'kind': 'warc', 'record_id': None,
         'uri': 'https://a.example/', 'line': None, 'offset': None}
        """
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True, slots=True)
class ErrorRow:
    """A record that gave no article, and why.

    ``reason`` is one of this module's constants (``TOO_LARGE``, ``INVALID_JSON``, ...);
    ``detail`` says more, for a person.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pages.jsonl"
    >>> _ = path.write_text("not json\\n")
    >>> [(_, error)] = iter_articles([path])
    >>> error.reason == INVALID_JSON, error.detail
    (True, 'Expecting value: line 1 column 1 (char 0)')
    """

    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The error fields of an output row.

        >>> ErrorRow(TOO_LARGE, "over 100 bytes").to_dict()
        {'error': 'too-large', 'detail': 'over 100 bytes'}
        """
        return {"error": self.reason, "detail": self.detail}


@dataclasses.dataclass(frozen=True, slots=True)
class Record:
    """One page read from an input, not yet extracted.

    ``data`` and the other fields are what ``extract()`` is given: the page, the ``format``
    it is known to have (None: sniffed), the HTTP ``Content-Type`` of a WARC response and
    the page's URL.

    >>> import json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pages.jsonl"
    >>> _ = path.write_text(json.dumps({"url": "https://a.example/", "html": "<p>Hi</p>"}))
    >>> [(_, record)] = read_records([path])
    >>> record
    Record(data='<p>Hi</p>', format='html', content_type=None, url='https://a.example/')
    """

    data: bytes | str
    format: Literal["html", "text"] | None = None
    content_type: str | None = None
    url: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: JSONL field names and the page size limit.

    >>> import json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pages.jsonl"
    >>> row = {"link": "https://a.example/", "content": "<p>Hi</p>"}
    >>> _ = path.write_text(json.dumps(row) + "\\n")
    >>> options = ReadOptions(html_field="content", url_field="link")
    >>> [(_, record)] = read_records([path], options)
    >>> record.format, record.url
    ('html', 'https://a.example/')
    >>> [(_, error)] = read_records([path], ReadOptions(max_bytes=20))
    >>> error
    ErrorRow(reason='too-large', detail='line over 20 bytes')
    """

    html_field: str = "html"
    text_field: str = "text"
    url_field: str = "url"
    id_field: str = "id"
    max_bytes: int = DEFAULT_MAX_BYTES
    input_format: Literal["html", "text"] | None = None
    """Force the path pages take (page files, stdin and JSONL ``html``/``text`` aside)."""


Row = tuple[Source, "Article | ErrorRow"]
Item = tuple[Source, "Record | ErrorRow"]


# ----------------------------------------------------------------------------- reading


def read_records(
    inputs: Iterable[str | os.PathLike[str]], options: ReadOptions | None = None
) -> Iterator[Item]:
    """Every record of every input, in order: ``(Source, Record | ErrorRow)``.

    An input is a page file (HTML or text, optionally gzipped), a folder (walked
    recursively, in name order, taking page, WARC/WET and JSONL files by their suffix),
    ``-`` for stdin, a WARC/WET file (``.warc``, ``.warc.gz``, ``.wet``, ...), or JSONL.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.html").write_text("<h1>A page</h1>")
    >>> _ = (folder / "b.jsonl").write_text('{"text": "A dump"}\\n{"html": 3}\\n')
    >>> _ = (folder / "notes.md").write_text("not a page: skipped")
    >>> for source, record in read_records([folder]):
    ...     print(pathlib.Path(source.path).name, source.kind, source.index, record)
    a.html page 0 Record(data=b'<h1>A page</h1>', format=None, content_type=None, url=None)
    b.jsonl jsonl 0 Record(data='A dump', format='text', content_type=None, url=None)
    b.jsonl jsonl 1 ErrorRow(reason='no-page-field', detail="no string field 'html' or 'text'")
    """
    opts = options or ReadOptions()
    for name in inputs:
        path = os.fspath(name)
        if path != "-" and os.path.isdir(path):
            for found in _walk(path):
                yield from _read_input(found, opts)
        else:
            yield from _read_input(path, opts)


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and _kind_by_name(file) is not None:
                yield os.path.join(root, file)


def _kind_by_name(name: str) -> InputKind | None:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    if lowered.endswith(WARC_SUFFIXES):
        return "warc"
    if lowered.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lowered.endswith(PAGE_SUFFIXES):
        return "page"
    return None


def _sniff_kind(head: bytes) -> InputKind:
    """The kind of an input without a telling name, from its first (decompressed) bytes."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error:
            return "page"
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        with contextlib.suppress(ValueError):
            if isinstance(json.loads(first), dict):
                return "jsonl"
    return "page"


def _read_input(path: str, opts: ReadOptions) -> Iterator[Item]:
    try:
        stream: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Source(path, 0), ErrorRow(UNREADABLE, exc.strerror or str(exc))
        return
    try:
        kind = _kind_by_name(path) if path != "-" else None
        if kind is None or kind == "page":
            head = _peek(stream, 4096)
            kind = _sniff_kind(head) if kind is None else kind
        if kind == "warc":
            yield from _read_warc(stream, path, opts)
        elif kind == "jsonl":
            yield from _read_jsonl(stream, path, opts)
        else:
            yield Source(path, 0), _read_page(stream, opts)
    except OSError as exc:  # pragma: no cover - a read error outside the guarded readers
        yield Source(path, 0), ErrorRow(UNREADABLE, exc.strerror or str(exc))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _peek(stream: IO[bytes], size: int) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        return bytes(peek(size)[:size])
    return b""  # pragma: no cover - open() and stdin are buffered


def _decompressed(stream: IO[bytes]) -> IO[bytes]:
    if _peek(stream, 2) == _GZIP_MAGIC:
        return cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb"))
    return stream


def _read_page(stream: IO[bytes], opts: ReadOptions) -> Record | ErrorRow:
    try:
        data = _decompressed(stream).read(opts.max_bytes + 1)
    except EOFError as exc:
        return ErrorRow(TRUNCATED, f"gzip: {exc}")
    except (OSError, zlib.error) as exc:
        return ErrorRow(CORRUPT, f"gzip: {exc}")
    return _page_record(data, None, opts.input_format, None, opts)


def _page_record(
    data: bytes,
    content_type: str | None,
    fmt: Literal["html", "text"] | None,
    url: str | None,
    opts: ReadOptions,
) -> Record | ErrorRow:
    if len(data) > opts.max_bytes:
        return ErrorRow(TOO_LARGE, f"over {opts.max_bytes} bytes")
    if _is_binary(data):
        return ErrorRow(UNDECODABLE, "binary data, not text")
    return Record(data, fmt, content_type, url)


def _is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters near the start, outside UTF-16/32 text."""
    head = data[:4096]
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if b"\x00" in head:
        return True
    return len(head.translate(None, _NOT_CONTROL)) > len(head) // 10


# WARC / WET


class _Guarded:
    """A stream that ends, instead of raising, where its source is damaged.

    fastwarc reads ahead in large buffers; an exception from the source would lose the
    good records already in the buffer. Ending the stream there lets them through, and
    the damage is reported after them.
    """

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.error: BaseException | None = None

        self.position = 0
        self.reader: Callable[[int], bytes] = getattr(source, "read1", source.read)

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            # read1: one decompression step, so a failing read loses no good bytes.
            data = self.reader(size)
        except (OSError, EOFError, zlib.error) as exc:
            self.error = exc
            return b""
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position


def _read_warc(stream: IO[bytes], path: str, opts: ReadOptions) -> Iterator[Item]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # Python's gzip, not fastwarc's, decompresses: it raises on a cut or damaged member,
    # where fastwarc's own reader stops quietly and a cut record would pass for whole.
    guarded = _Guarded(_decompressed(stream))
    wanted = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    records = ArchiveIterator(
        cast(Any, guarded),  # fastwarc reads any object with read(); it never seeks this one
        record_types=wanted,
        parse_http=True,
        auto_decode="all",
        stream_detect=False,
        fsspec_args=False,
    )
    index = 0
    pending: Item | None = None  # held back, so damage found after it can amend it
    failure: ErrorRow | None = None
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except (OSError, ValueError) as exc:
            failure = ErrorRow(CORRUPT, f"archive unreadable: {exc}")
            break
        uri = record.headers.get("WARC-Target-URI")
        source = Source(path, index, "warc", record.record_id, uri, None, record.stream_pos)
        index += 1
        try:
            row: Record | ErrorRow = _warc_page(record, opts, uri)
        except (OSError, ValueError) as exc:
            row = ErrorRow(CORRUPT, f"record unreadable: {exc}")
        if pending is not None:
            yield pending
        pending = source, row
    if guarded.error is not None:
        failure = _damage(guarded.error)
    if pending is not None:
        last_source, last_row = pending
        if failure is not None and isinstance(last_row, ErrorRow) and last_row.reason == TRUNCATED:
            # The record was cut by the damage: one row, naming the damage.
            yield last_source, ErrorRow(failure.reason, f"{last_row.detail}; {failure.detail}")
            return
        yield pending
    if failure is not None:
        yield Source(path, index, "warc"), failure
    elif index == 0:
        yield Source(path, 0, "warc"), ErrorRow(EMPTY_INPUT, "no page records")


def _damage(exc: BaseException) -> ErrorRow:
    if isinstance(exc, EOFError):
        return ErrorRow(TRUNCATED, f"archive cut off: {exc}")
    return ErrorRow(CORRUPT, f"archive damaged: {exc}")


def _warc_page(record: Any, opts: ReadOptions, uri: str | None) -> Record | ErrorRow:
    if record.headers.get("Content-Length") is None or record.record_id is None:
        return ErrorRow(TRUNCATED, "record header cut off")
    conversion = record.headers.get("WARC-Type") == "conversion"
    if record.is_http:
        if not record.is_http_parsed:
            return ErrorRow(TRUNCATED, "HTTP header cut off")
        content_type = record.http_headers.get("Content-Type")
        encoded = record.http_headers.get("Content-Encoding") or record.http_headers.get(
            "Transfer-Encoding"
        )
    else:
        content_type = record.headers.get("Content-Type")
        encoded = None
    expected = record.content_length
    data = record.reader.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        return ErrorRow(TOO_LARGE, f"over {opts.max_bytes} bytes")
    if not encoded and len(data) < expected:
        return ErrorRow(TRUNCATED, f"{len(data)} of {expected} bytes")
    fmt: Literal["html", "text"] | None = "text" if conversion else opts.input_format
    if not conversion and content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in _TEXT_TYPES:
            fmt = fmt or "text"
        elif mime not in _HTML_TYPES:
            return ErrorRow(NOT_HTML, f"Content-Type {mime}")
    return _page_record(data, content_type, fmt, uri, opts)


# JSONL


def _read_jsonl(stream: IO[bytes], path: str, opts: ReadOptions) -> Iterator[Item]:
    lines = _decompressed(stream)
    number = index = 0
    while True:
        try:
            line = lines.readline(opts.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            reason = TRUNCATED if isinstance(exc, EOFError) else CORRUPT
            yield Source(path, index, "jsonl", line=number + 1), ErrorRow(reason, f"gzip: {exc}")
            return
        if not line:
            break
        number += 1
        if not line.strip():
            continue
        source = Source(path, index, "jsonl", line=number)
        index += 1
        if len(line) > opts.max_bytes and not line.endswith(b"\n"):
            if not _skip_line(lines):
                yield source, ErrorRow(TRUNCATED, "input ends inside an over-long line")
                return
            yield source, ErrorRow(TOO_LARGE, f"line over {opts.max_bytes} bytes")
            continue
        yield _jsonl_row(line, source, opts)
    if index == 0:
        yield Source(path, 0, "jsonl"), ErrorRow(EMPTY_INPUT, "no JSON lines")


def _skip_line(lines: IO[bytes]) -> bool:
    """Read past the rest of an over-long line; False when the input ends first."""
    while True:
        try:
            chunk = lines.readline(_READ_CHUNK)
        except (OSError, EOFError, zlib.error):
            return False
        if not chunk:
            return False
        if chunk.endswith(b"\n"):
            return True


def _jsonl_row(line: bytes, source: Source, opts: ReadOptions) -> Item:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return source, ErrorRow(INVALID_JSON, str(exc))
    if not isinstance(obj, dict):
        return source, ErrorRow(INVALID_JSON, f"a JSON {type(obj).__name__}, not an object")
    url = obj.get(opts.url_field)
    url = url if isinstance(url, str) else None
    ident = obj.get(opts.id_field)
    source = dataclasses.replace(source, uri=url, record_id=None if ident is None else str(ident))
    fmt: Literal["html", "text"]
    if isinstance(obj.get(opts.html_field), str):
        value, fmt = obj[opts.html_field], "html"
    elif isinstance(obj.get(opts.text_field), str):
        value, fmt = obj[opts.text_field], "text"
    else:
        wanted = f"{opts.html_field!r} or {opts.text_field!r}"
        return source, ErrorRow(NO_PAGE_FIELD, f"no string field {wanted}")
    return source, Record(value, fmt, None, url)


# ----------------------------------------------------------------------------- extracting


def extract_record(
    item: Item, *, mode: str = "balanced", rules: Sequence[Rule] | None = None
) -> Row:
    """Extract one record read by read_records(); errors pass through unchanged.
    ``rules`` are extract()'s (default: ``default_rules()``).

    >>> record = Record("<h1>Tides</h1><p>The sea rises and falls twice a day.</p>", "html")
    >>> source, article = extract_record((Source("-", 0), record))
    >>> article.title
    'Tides'
    >>> extract_record((Source("-", 1), ErrorRow(TOO_LARGE)))
    (Source(path='-', index=1, kind='page', record_id=None, uri=None, line=None, offset=None),
     ErrorRow(reason='too-large', detail=''))
    """
    source, record = item
    if isinstance(record, ErrorRow):
        return source, record
    try:
        article = extract(
            record.data,
            url=record.url,
            format=record.format,
            content_type=record.content_type,
            mode=mode,  # type: ignore[arg-type]
            rules=rules,
        )
    except Exception as exc:  # one bad page must not stop a crawl
        return source, ErrorRow(EXTRACT_FAILED, f"{type(exc).__name__}: {exc}")
    return source, article


def _run_chunk(fn: Callable[[U], T], chunk: list[U]) -> list[T]:
    return [fn(item) for item in chunk]


def _chunks(items: Iterable[U], size: int) -> Iterator[list[U]]:
    chunk: list[U] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def map_records(
    fn: Callable[[U], T],
    items: Iterable[U],
    *,
    jobs: int = 1,
    chunk_size: int = 8,
) -> Iterator[T]:
    """``fn`` over the records (or any items), in input order, in ``jobs`` processes.

    ``fn`` (a module-level function or a ``functools.partial`` of one) and the items must
    be picklable.
    At most ``4 * jobs`` chunks are in flight, so memory stays flat however long the input.

    >>> list(map_records(len, ["a", "bb", "ccc"]))
    [1, 2, 3]

    With ``jobs=4`` the same call runs ``len`` in four worker processes, ``chunk_size``
    items at a time, and still yields the results in input order.
    """
    if jobs <= 1:
        for item in items:
            yield fn(item)
        return
    import multiprocessing

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["cleanpage.archives"])
    window: deque[Future[list[T]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            for chunk in _chunks(items, chunk_size):
                window.append(pool.submit(_run_chunk, fn, chunk))
                if len(window) >= 4 * jobs:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            for future in window:
                future.cancel()


def iter_articles(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    mode: str = "balanced",
    jobs: int = 1,
    options: ReadOptions | None = None,
    chunk_size: int = 8,
) -> Iterator[Row]:
    """``(Source, Article | ErrorRow)`` for every record of the inputs, in input order.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.html").write_text("<html><body><article><h1>Hi</h1><p>" + "Words "
    ...     "and more words, in a sentence long enough to be read as prose. " * 3
    ...     + "</p></article></body></html>")
    >>> [(s.path.endswith("a.html"), a.title) for s, a in iter_articles([folder])]
    [(True, 'Hi')]
    """
    fn = partial(extract_record, mode=mode)
    return map_records(fn, read_records(inputs, options), jobs=jobs, chunk_size=chunk_size)


def row_dict(source: Source, result: Article | ErrorRow, *, blocks: bool = False) -> dict[str, Any]:
    """A JSON-ready dict: ``source``, ``error`` (None for an article) and the article's fields.

    >>> from cleanpage import extract
    >>> article = extract("<h1>Tides</h1><p>The sea rises and falls twice a day.</p>")
    >>> row = row_dict(Source("tides.html", 0), article)
    >>> row["source"]["path"], row["error"], row["title"]
    ('tides.html', None, 'Tides')
    >>> row_dict(Source("big.html", 0), ErrorRow(TOO_LARGE, "over 100 bytes"))["error"]
    'too-large'
    """
    if isinstance(result, ErrorRow):
        return {"source": source.to_dict(), **result.to_dict()}
    article: dict[str, Any] = json.loads(result.to_json(blocks=blocks))
    return {"source": source.to_dict(), "error": None, **article}


def dumps_row(source: Source, result: Article | ErrorRow, *, blocks: bool = False) -> str:
    """One JSONL line (without the newline).

    >>> print(dumps_row(Source("big.html", 0), ErrorRow(TOO_LARGE, "over 100 bytes")))
    {"source": {"path": "big.html", "index": 0, "kind": "page", "record_id": null, "uri": null,
     "line": null, "offset": null}, "error": "too-large", "detail": "over 100 bytes"}
    """
    return json.dumps(row_dict(source, result, blocks=blocks), ensure_ascii=False)


__all__ = [
    "CORRUPT",
    "EMPTY_INPUT",
    "EXTRACT_FAILED",
    "INVALID_JSON",
    "NOT_HTML",
    "NO_PAGE_FIELD",
    "TOO_LARGE",
    "TRUNCATED",
    "UNDECODABLE",
    "UNREADABLE",
    "ErrorRow",
    "ReadOptions",
    "Record",
    "Source",
    "dumps_row",
    "extract_record",
    "iter_articles",
    "map_records",
    "read_records",
    "row_dict",
]
