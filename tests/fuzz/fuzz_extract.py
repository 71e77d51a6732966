"""Fuzz target for cleanpage.extract (atheris; not run in CI).

Run it for as long as you like, from the repository root:

    pip install atheris
    mkdir -p /tmp/cleanpage-corpus
    python tests/fuzz/fuzz_extract.py /tmp/cleanpage-corpus \
        -max_len=200000 -timeout=20 -rss_limit_mb=2048

(add seed pages to the corpus folder first: any .html files, e.g. ``fixtures/html/*``).
Every input is tried as bytes, as text (UTF-8 with surrogates kept) and with each front
door forced. A crash is any exception other than the documented TypeError/ValueError for
wrong arguments (which the target never passes), a timeout (``-timeout``: work that does
not stay linear) or running out of memory (``-rss_limit_mb``). Reproduce a crash with
``python tests/fuzz/fuzz_extract.py crash-<hash>``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import cleanpage


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 3)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    if choice == 0:
        article = cleanpage.extract(rest)
    else:
        text = rest.decode("utf-8", "surrogateescape")
        fmt = (None, "html", "text")[choice - 1]
        article = cleanpage.extract(text, format=fmt)
    # Determinism and serialisability are part of the contract too.
    article.to_json()
    article.to_markdown()
    article.to_html()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
