"""Golden tests: pages we wrote, each beside the body text a correct extractor returns.

``fixtures/html/x.html`` is extracted and compared with ``x.expected.txt`` (paragraphs
separated by blank lines, the title left out) after white space is normalised, and with
``x.expected.json``: the title, optionally the language, planted clutter snippets with the
label they must get, and block kinds. Cases the extractor still gets wrong wait in
``fixtures/pending/`` (not collected; none are pending now); run them with
``CLEANPAGE_FIXTURES=fixtures/pending pytest tests/test_golden.py``.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from articles import explain, find_block, paragraphs

import cleanpage
from cleanpage import Article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / os.environ.get("CLEANPAGE_FIXTURES", "fixtures/html")
PAGES = sorted(FIXTURES.glob("*.html"))


def load(page: Path) -> tuple[Article, str, dict[str, Any]]:
    article = cleanpage.extract(page.read_bytes())
    expected_text = page.with_suffix(".expected.txt").read_text(encoding="utf-8")
    spec = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return article, expected_text, spec


def test_fixtures_exist() -> None:
    assert PAGES
    for page in PAGES:
        assert page.with_suffix(".expected.txt").is_file(), page.name
        assert page.with_suffix(".expected.json").is_file(), page.name


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_body_text(page: Path) -> None:
    article, expected_text, _ = load(page)
    want, got = paragraphs(expected_text), paragraphs(article.text)
    if want != got:
        diff = "\n".join(difflib.unified_diff(want, got, "expected", "actual", lineterm=""))
        pytest.fail(f"body text differs:\n{diff}\nblocks:\n{explain(article)}")


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_title_and_language(page: Path) -> None:
    article, _, spec = load(page)
    assert article.title == spec["title"]
    assert spec["title"] not in paragraphs(article.text)
    if "language" in spec:
        assert article.language == spec["language"]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_planted_labels(page: Path) -> None:
    article, _, spec = load(page)
    wrong = []
    for planted in spec.get("labels", []):
        allowed = planted["label"]
        allowed = [allowed] if isinstance(allowed, str) else allowed
        block = find_block(article, planted["text"])
        if block.label.value not in allowed:
            wrong.append(
                f"{planted['text']!r}: want {' or '.join(allowed)}, got {block.label.value} "
                f"by {block.rule} ({block.reason})"
            )
        else:
            assert block.rule, block
            assert block.reason, block
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_block_kinds(page: Path) -> None:
    article, _, spec = load(page)
    for planted in spec.get("kinds", []):
        block = find_block(article, planted["text"])
        assert block.kind.value == planted["kind"], block
        if "level" in planted:
            assert block.level == planted["level"], block
