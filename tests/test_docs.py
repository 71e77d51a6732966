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

The API reference (``docs/reference/*.md``) is rendered by mkdocstrings from the
docstrings. ``test_every_reference_name_has_an_example`` walks the names those pages render
(with griffe, as mkdocstrings does) and wants a ``>>>`` example in the docstring of every
class, function, method and property among them; ``test_docstring_examples_run`` runs the
``>>>`` examples of every module of the package as doctests.

The benchmarks page's tables are generated from ``docs/benchmarks/results.json`` by
``tests/benchmarks/plot_benchmarks.py``; the last test checks they are up to date.
"""

from __future__ import annotations

import doctest
import functools
import importlib
import importlib.util
import linecache
import pkgutil
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import cleanpage

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


# --- the API reference -------------------------------------------------------------------

# A mkdocstrings directive and its indented YAML options: "::: cleanpage.rules\n    options: ..."
_DIRECTIVE = re.compile(
    r"^::: +(?P<ident>[\w.]+)[ \t]*\n(?P<options>(?:[ \t]+\S.*\n|[ \t]*\n)*)", re.M
)


def reference_directives() -> list[tuple[str, str, dict[str, Any]]]:
    """(page, identifier, options) of every ``:::`` directive of the API reference."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    [plugin] = [p["mkdocstrings"] for p in config["plugins"] if "mkdocstrings" in p]
    defaults: dict[str, Any] = plugin["handlers"]["python"]["options"]
    found = []
    for page in sorted((DOCS / "reference").glob("*.md")):
        for m in _DIRECTIVE.finditer(page.read_text(encoding="utf-8")):
            local = (yaml.safe_load(m["options"]) or {}).get("options") or {}
            found.append((page_id(page), m["ident"], {**defaults, **local}))
    return found


def _keep(name: str, filters: list[str]) -> bool:
    """mkdocstrings' name filters: the last matching pattern decides ("!" rejects)."""
    keep = True
    for pattern in filters:
        reject = pattern.startswith("!")
        if re.search(pattern[1:] if reject else pattern, name):
            keep = not reject
    return keep


@functools.cache
def griffe_package() -> Any:
    """The package as griffe (mkdocstrings' loader) sees it, aliases resolved."""
    import griffe

    loader = griffe.GriffeLoader(search_paths=[str(ROOT)])
    package = loader.load("cleanpage")
    loader.resolve_aliases(implicit=False, external=False)
    return package


def rendered_objects() -> Iterator[tuple[str, Any]]:
    """(path as rendered, griffe object) of every object the API reference pages show.

    The selection mkdocstrings-python makes: the directive's object, then (unless
    ``members: false``) its members that pass the name filters, are not inherited, are not
    modules, and are not imported unless the module exports them (``__all__``); recursively
    for classes and modules.
    """
    package = griffe_package()

    def walk(path: str, obj: Any, members: object, filters: list[str]) -> Iterator[tuple[str, Any]]:
        yield path, obj
        if members is False or obj.kind.value not in ("module", "class"):
            return
        for child in obj.members.values():
            if isinstance(members, list) and child.name not in members:
                continue
            if not isinstance(members, list) and not _keep(child.name, filters):
                continue
            if child.inherited or (child.is_alias and not child.is_public) or child.is_module:
                continue
            target = child.final_target if child.is_alias else child
            yield from walk(f"{path}.{child.name}", target, None, filters)

    for _, ident, options in reference_directives():
        obj = package.modules_collection.get_member(ident)
        obj = obj.final_target if obj.is_alias else obj
        yield from walk(ident, obj, options.get("members"), options.get("filters", []))


# The modules whose docstring examples run (the package itself aside).
MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(cleanpage.__path__, "cleanpage.")
    if not name.endswith("__main__")
)
NEEDS = {"cleanpage.dask": "dask.bag"}  # modules whose examples need an optional extra


def _needs_example(obj: Any) -> bool:
    return obj.kind.value in ("class", "function") or "property" in obj.labels


def _has_example(docstring: str) -> bool:
    """A ``>>>`` line that runs (not one marked ``# doctest: +SKIP``)."""
    return any(
        line.lstrip().startswith(">>>") and "+SKIP" not in line for line in docstring.splitlines()
    )


def test_the_reference_renders_every_exported_name() -> None:
    shown = {obj.path for _, obj in rendered_objects()}  # canonical paths
    modules = ("cleanpage", "cleanpage.rules", "cleanpage.archives", "cleanpage.templates")
    modules += ("cleanpage.dask", "cleanpage.metadata", "cleanpage.testing")
    for module in modules:
        for name in importlib.import_module(module).__all__:
            if name == "__version__":
                continue
            obj = griffe_package().modules_collection.get_member(f"{module}.{name}")
            target = obj.final_target if obj.is_alias else obj
            assert target.path in shown, f"docs/reference/ does not show {module}.{name}"


def test_every_reference_name_has_an_example() -> None:
    objects = [(path, obj) for path, obj in rendered_objects() if _needs_example(obj)]
    assert len(objects) > 50, "the walk over the API reference found too little"
    missing = [
        path
        for path, obj in objects
        if not _has_example(obj.docstring.value if obj.docstring else "")
    ]
    assert not missing, "no >>> example in the docstring of:\n  " + "\n  ".join(missing)
    # ... and each is one test_docstring_examples_run runs (the doctest finder reaches it).
    found = {
        test.name
        for name in ["cleanpage", *MODULES]
        for test in doctest.DocTestFinder(exclude_empty=True).find(
            importlib.import_module(name), name
        )
    }
    unreached = [path for path, obj in objects if obj.path not in found]
    assert not unreached, "examples the doctest run does not reach: " + ", ".join(unreached)


@pytest.mark.parametrize("name", ["cleanpage", *MODULES])
def test_docstring_examples_run(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if name in NEEDS:
        pytest.importorskip(NEEDS[name], reason=f"the examples of {name} need {NEEDS[name]}")
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failed = []
    for test in finder.find(module, name):
        if runner.run(test).failed:
            failed.append(test.name)
    assert not failed, f"docstring examples failed (see above): {', '.join(failed)}"


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
