"""The compiled twins of cleanpage's hot loops, where the package was built with them.

Installing compiles a few Cython modules (``cleanpage/_*.pyx``) when a C compiler is at
hand: the segmenter's walk, the word counts, the making of blocks, the loops over the
element tree. Each has a Python twin that gives the same output; the environment variable
``CLEANPAGE_PURE_PYTHON`` makes cleanpage run the twins (to compare the two, or to debug).
"""

from __future__ import annotations

import importlib
import os
from typing import Any


def compiled(name: str) -> Any:
    """The compiled module ``cleanpage.<name>``, or None in a build without it or when
    ``CLEANPAGE_PURE_PYTHON`` is set.

    >>> compiled("_no_such_module") is None
    True
    """
    if os.environ.get("CLEANPAGE_PURE_PYTHON"):
        return None
    try:
        return importlib.import_module(f"cleanpage.{name}")
    except ImportError:
        return None
