"""Bytes to text, as a browser would: BOM, then the declared charset, then detection."""

from __future__ import annotations

import codecs
import functools

import regex

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""",
    regex.IGNORECASE,
)
_HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.\-]{1,40})""", regex.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: these labels mean windows-1252 in a browser.
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
_SNIFF_BYTES = 4096


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    try:
        found = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    if not _reads_ascii(found):
        return None
    if found in _AS_CP1252:
        return "cp1252"
    # A page served as UTF-16 but declaring it in an ASCII-compatible meta tag lies.
    if found.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return found


@functools.lru_cache(maxsize=256)
def _reads_ascii(codec: str) -> bool:
    """A text codec that reads ASCII markup as ASCII, as every charset a browser knows does.

    Rules out bytes-to-bytes codecs ("zlib", "hex": decoding raises) and charsets that
    would garble the markup they were declared in (EBCDIC, UTF-7, "unicode_escape").
    UTF-16 and UTF-32 pass: a declaration of those is read as UTF-8 below.
    """
    if codec.startswith(("utf-16", "utf-32")):
        return True
    try:
        return _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (LookupError, UnicodeError, ValueError):
        return False


_ASCII_PROBE = b'<meta charset="x"> a+b +- \\n \\x41 xn--a &amp; ~ {}[]|^`'


def charset_from_content_type(content_type: str | None) -> str | None:
    """The codec named by an HTTP ``Content-Type`` header, if any."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return _codec(m.group(1)) if m else None


def decode(data: bytes, *, encoding: str | None = None, content_type: str | None = None) -> str:
    """Decode page bytes.

    Order: a byte-order mark; the ``encoding`` argument; the charset of ``content_type``;
    a ``<meta charset>`` in the first 4 KiB; strict UTF-8; detection (BeautifulSoup's
    UnicodeDammit); windows-1252 with replacement, which never fails.
    """
    return decode_page(data, encoding=encoding, content_type=content_type)[0]


def decode_page(
    data: bytes, *, encoding: str | None = None, content_type: str | None = None
) -> tuple[str, bytes | None]:
    """``decode`` and, when the text is exactly ``data`` read as UTF-8 (without a byte-order
    mark or NUL characters), those bytes, which a parser can take as they are."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), None
    declared: list[str] = []
    for candidate in (_codec(encoding), charset_from_content_type(content_type)):
        if candidate:
            declared.append(candidate)
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if m:
        meta = _codec(m.group(1))
        if meta:
            declared.append(meta)
    if declared:
        try:
            text = data.decode(declared[0])
        except UnicodeDecodeError:
            pass
        else:
            # Every charset _codec accepts reads ASCII as ASCII.
            same = declared[0] == "utf-8" or data.isascii()
            return text, data if same and b"\x00" not in data else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, data if b"\x00" not in data else None
    if declared:
        # A declared charset that does not fit everywhere is still the best guess.
        return data.decode(declared[0], errors="replace"), None
    guess = _detect(data)
    if guess:
        return data.decode(guess, errors="replace"), None
    return data.decode("cp1252", errors="replace"), None


def _detect(data: bytes) -> str | None:
    # BeautifulSoup's detector uses whichever charset library is installed, else heuristics.
    from bs4.dammit import UnicodeDammit

    found = UnicodeDammit(data[:65536], is_html=True).original_encoding
    return _codec(found) if found else None
