"""Small WARC/WET builders for the archive tests: records written byte by byte, so a test
can cut or corrupt them exactly where it wants."""

from __future__ import annotations

import gzip
import uuid


def page(title: str, words: str = "prose") -> bytes:
    """A small article page whose body extract() keeps."""
    sentence = f"This {words} sentence is long enough to read as the body of an article, see. "
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1><p>{sentence * 4}</p><p>{sentence * 3}</p></article>"
        "</body></html>"
    ).encode()


def record(
    uri: str,
    body: bytes,
    *,
    warc_type: str = "response",
    content_type: str = "text/html; charset=utf-8",
    record_id: str | None = None,
) -> bytes:
    """One uncompressed WARC record; response records carry an HTTP header."""
    rid = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    if warc_type == "response":
        block = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        block_type = "application/http; msgtype=response"
    else:
        block = body
        block_type = content_type
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: {rid}\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {block_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def gz(data: bytes) -> bytes:
    """One gzip member, as WARC.gz writes each record."""
    return gzip.compress(data, compresslevel=6, mtime=0)
