"""The loops over the element tree (cleanpage.tree): compiled and Python twins agree."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanpage import tree


@st.composite
def _trees(draw: st.DrawFn) -> list[int]:
    # Nodes in document order: each parent comes before its children; -1 opens a tree.
    n = draw(st.integers(0, 40))
    return [draw(st.integers(-1, i - 1)) if i else -1 for i in range(n)]


@given(_trees(), st.data())
def test_compiled_and_python_loops_agree(parents: list[int], data: st.DataObject) -> None:
    n = len(parents)
    ints = data.draw(st.lists(st.integers(-5, 50), min_size=n, max_size=n))
    floats = data.draw(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=n, max_size=n))
    flags = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    for values in (ints, floats):
        a, b = list(values), list(values)
        tree.add_up(a, parents)
        tree._add_up(b, parents)
        assert a == b
        a, b = list(values), list(values)
        tree.max_up(a, parents)
        tree._max_up(b, parents)
        assert a == b
    a, b = list(flags), list(flags)
    tree.mark_down(a, parents)
    tree._mark_down(b, parents)
    assert a == b
    caps = data.draw(
        st.lists(st.none() | st.sampled_from([0.0, 0.15, 0.5, 1.0]), min_size=n, max_size=n)
    )
    assert tree.cap_down(caps, parents) == tree._cap_down(caps, parents)


@given(_trees())
def test_sums_are_subtree_sums(parents: list[int]) -> None:
    values = list(range(len(parents)))
    tree.add_up(values, parents)
    for node in range(len(parents)):
        below, at = 0, node
        for other in range(len(parents)):
            at = other
            while at >= 0 and at != node:
                at = parents[at]
            if at == node:
                below += other
        assert values[node] == below


def test_lengths_must_match() -> None:
    with pytest.raises(ValueError, match="2 values for 3 nodes"):
        tree.add_up([1, 2], [-1, 0, 0])


def test_loops_are_compiled_where_built() -> None:
    compiled = pytest.importorskip(
        "cleanpage._tree", reason="the compiled loops are not built (no C compiler at install)"
    )
    if os.environ.get("CLEANPAGE_PURE_PYTHON"):
        pytest.skip("CLEANPAGE_PURE_PYTHON asks for the Python twins")
    assert tree._compiled_add_up is compiled.add_up
