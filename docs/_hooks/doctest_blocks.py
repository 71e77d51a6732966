"""MkDocs hook: show the doctests in cleanpage's docstrings as Python console code blocks.

The docstrings carry doctests (``>>>`` lines, run by ``tests/test_docs.py``) in free
text, where Markdown would read them as a paragraph, and ``[...]`` outputs as links. This
hook adds a Markdown preprocessor, for the pages and for the docstrings mkdocstrings renders,
that wraps every run of lines starting with ``>>>`` (with its ``...`` continuations and
output, up to the next blank line) in a ``pycon`` fence.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

FENCE = "```"


class DoctestBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_doctest = False
        in_fence = False
        indent = ""
        for line in lines:
            stripped = line.lstrip()
            if in_doctest and not stripped:
                out.append(f"{indent}{FENCE}")
                in_doctest = False
            if not in_doctest and stripped.startswith(FENCE):
                in_fence = not in_fence
            if not in_fence and not in_doctest and stripped.startswith(">>>"):
                indent = line[: len(line) - len(stripped)]
                out.append(f"{indent}{FENCE}pycon")
                in_doctest = True
            out.append(line)
        if in_doctest:
            out.append(f"{indent}{FENCE}")
        return out


class DoctestBlocksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Before the fenced-code preprocessors (priority 25), so they see the new fences.
        md.preprocessors.register(DoctestBlocks(md), "doctest_blocks", 40)


@event_priority(100)  # before mkdocstrings copies the Markdown extensions for docstrings
def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestBlocksExtension())
    return config
