"""Bytes to text, as a browser would: BOM, then the declared charset, then detection."""

from __future__ import annotations

import codecs
import functools
import re

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
    a ``<meta charset>`` in the first 4 KiB (unless the page reads as valid UTF-8 with
    non-ASCII bytes: then it is UTF-8 saved with its old declaration); strict UTF-8;
    detection (BeautifulSoup's UnicodeDammit); windows-1252 with replacement, which never
    fails.
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
            if len(declared) == 1 and meta != "utf-8" and not data.isascii():
                # A page's own <meta charset> is the declaration most often left behind
                # when a page is saved again as UTF-8. Text in a legacy charset almost
                # never reads as valid UTF-8 once it has any non-ASCII byte: when it
                # does, it is UTF-8.
                found = _utf8(data)
                if found is not None:
                    return found
    if declared:
        try:
            text = data.decode(declared[0])
        except UnicodeDecodeError:
            pass
        else:
            # Every charset _codec accepts reads ASCII as ASCII.
            same = declared[0] == "utf-8" or data.isascii()
            return text, data if same and b"\x00" not in data else None
    found = _utf8(data)
    if found is not None:
        return found
    if declared:
        # A declared charset that does not fit everywhere is still the best guess.
        return data.decode(declared[0], errors="replace"), None
    guess = _detect(data)
    if guess:
        return data.decode(guess, errors="replace"), None
    return data.decode("cp1252", errors="replace"), None


def _utf8(data: bytes) -> tuple[str, bytes | None] | None:
    """``data`` read as strict UTF-8, with the bytes a parser can take (no NUL), or None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text, data if b"\x00" not in data else None


# UTF-8 read as Latin-1 somewhere upstream, then stored as UTF-8 again: "—" becomes
# "\u00e2\x80\x94". Only a text holding C1 control characters (U+0080-U+009F, which no text
# uses, but which every such "—", "’" or "“" leaves) is repaired; there, every sequence that
# reads as UTF-8 is turned back ("Â¶" to "¶" too), and a text without them stays as it is.
_C1 = re.compile("[\u0080-\u009f]")
_DOUBLE_ENCODED = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf]"
    "|[\u00e0-\u00ef][\u0080-\u00bf]{2}"
    "|[\u00f0-\u00f4][\u0080-\u00bf]{3}"
)


def _undouble(match: re.Match[str]) -> str:
    found = match.group()
    try:
        repaired = found.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return found
    # A control character is no better than what stood there.
    return found if _C1.match(repaired) else repaired


def repair_double_encoding(text: str) -> str:
    """``text`` with UTF-8 that was decoded as Latin-1 and encoded again turned back.

    >>> repair_double_encoding("itertools \u00e2\x80\x94 Functions \u00c2\u00b6")
    'itertools — Functions ¶'
    >>> repair_double_encoding("Caf\u00c3\u00a9 stays as written")  # no control character
    'CafÃ© stays as written'
    """
    if text.isascii() or not _C1.search(text):
        return text
    return _DOUBLE_ENCODED.sub(_undouble, text)


# C1 control characters as UTF-8 bytes: the lead byte "\xc2", then one of 0x80-0x9f.
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def has_double_encoding(utf8: bytes) -> bool:
    """Whether UTF-8 bytes hold a C1 control character, the mark ``repair_double_encoding``
    looks for (a fast test on the bytes, before any repair of the text).

    >>> has_double_encoding("itertools \u00e2\x80\x94".encode("utf-8"))
    True
    >>> has_double_encoding("itertools —".encode("utf-8"))
    False
    """
    # The lead byte is found by bytes.find (memchr), several times faster than a regex
    # search on pages that hold a few hundred of them (no-break spaces, "©"); the regex
    # tests the byte after each. A page holding more is searched on by the regex alone,
    # so the loop's cost stays bounded.
    find, match = utf8.find, _C1_UTF8.match
    at = find(b"\xc2")
    for _ in range(_C1_LOOKS):
        if at < 0:
            return False
        if match(utf8, at) is not None:
            return True
        at = find(b"\xc2", at + 1)
    return at >= 0 and _C1_UTF8.search(utf8, at) is not None


_C1_LOOKS = 512


def _detect(data: bytes) -> str | None:
    # BeautifulSoup's detector uses whichever charset library is installed, else heuristics.
    from bs4.dammit import UnicodeDammit

    found = UnicodeDammit(data[:65536], is_html=True).original_encoding
    return _codec(found) if found else None
