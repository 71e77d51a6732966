"""The documentation's code examples run, so the docs cannot drift from the code.

Conventions for code blocks in ``docs/**/*.md``:

* ```` ```python ```` blocks are executed. The blocks of one page run in order in one
  namespace (a later block may use what an earlier one defined), in a temporary working
  directory that holds a copy of the repository's ``fixtures/`` folder.
* ```` ```pycon ```` blocks (``>>>`` prompts with the expected output) run as doctests in
  that same namespace, so a shown output is a checked output.
* ```` ```py ```` blocks are shown but NOT executed: code for other libraries (the migration
  guide's trafilatura / readability / jusText calls), or code that needs the network or a
  cluster. Only the pages listed in ``NOT_RUN`` may hold them, each with its reason.
* Any other fence (``sh``, ``text``, ``json``, ``yaml``...) is not Python and is not run.

When an example fails after a change to the code, the traceback points at the Markdown
file and line: update the page (or the code) so the two agree again.

The benchmarks page's tables are generated from ``docs/benchmarks/results.json`` by
``tests/benchmarks/plot_benchmarks.py``; the last test checks they are up to date.
"""

from __future__ import annotations

import doctest
import importlib.util
import linecache
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

# Pages allowed to hold ```py (not executed) blocks, and why.
NOT_RUN = {
    "guides/migrating.md": "the other extractors are not dependencies of cleanpage",
    "guides/quickstart.md": "fetching pages needs the network (requests, httpx, Scrapy)",
    "guides/archives.md": "connecting to a Dask cluster needs a scheduler",
}

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")


def code_blocks(text: str) -> list[tuple[str, int, str]]:
    """Every fenced block of a Markdown text: (language, first line number, code)."""
    blocks: list[tuple[str, int, str]] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        words = m["info"].strip().split()
        lang = words[0] if words else ""
        start = i + 1
        i += 1
        body: list[str] = []
        while i < len(lines) and not lines[i].strip().startswith(fence):
            line = lines[i]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            i += 1
        blocks.append((lang, start + 1, "\n".join(body) + "\n"))
        i += 1
    return blocks


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "_hooks" not in p.parts)


def page_id(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def test_the_conventions_are_followed() -> None:
    assert pages(), "no documentation pages found"
    for path in pages():
        name = page_id(path)
        langs = {lang for lang, _, _ in code_blocks(path.read_text(encoding="utf-8"))}
        if "py" in langs:
            assert name in NOT_RUN, f"{name} has a ```py block (not run) but is not in NOT_RUN"
    for name in NOT_RUN:
        assert (DOCS / name).exists(), f"NOT_RUN lists {name}, which does not exist"


RUNNABLE = [
    p
    for p in pages()
    if any(lang in ("python", "pycon") for lang, _, _ in code_blocks(p.read_text("utf-8")))
]


@pytest.mark.parametrize("path", RUNNABLE, ids=page_id)
def test_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"docs_{path.stem.replace('-', '_')}"}
    name = page_id(path)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    parser = doctest.DocTestParser()
    for lang, line, code in code_blocks(path.read_text(encoding="utf-8")):
        where = f"docs/{name}:{line}"
        if lang == "python":
            # Padded so a traceback's line numbers are the Markdown file's.
            source = "\n" * (line - 1) + code
            filename = str(path)
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
            exec(compile(source, filename, "exec"), namespace)
        elif lang == "pycon":
            test = parser.get_doctest(code, namespace, where, where, line)
            result = runner.run(test, clear_globs=False)
            assert not result.failed, f"the pycon example at {where} failed (see above)"


def test_benchmark_tables_match_the_results() -> None:
    script = ROOT / "tests" / "benchmarks" / "plot_benchmarks.py"
    spec = importlib.util.spec_from_file_location("plot_benchmarks", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.load(DOCS / "benchmarks" / "results.json")
    written = (DOCS / "benchmarks" / "tables.md").read_text(encoding="utf-8")
    assert written == module.tables(results), (
        "docs/benchmarks/tables.md is out of date: run "
        "python tests/benchmarks/plot_benchmarks.py docs/benchmarks/results.json"
    )
