"""Loops over a page's element tree by its parent links, node by node in document order.

A page's nodes (``html.Node``) come in document order, each after its parent, and name
their parent by index: these loops carry values up to the ancestors or flags down to the
descendants in one pass. The rules run several on every page, so they are compiled
(``cleanpage/_tree.pyx``) where the package was built with its extension; the functions
below are their Python twins, and ``tests/test_tree.py`` checks that both agree.
"""

from __future__ import annotations

from typing import Any

from cleanpage.extensions import compiled


def _add_up(values: list[Any], parents: list[int]) -> None:
    for i in range(len(values) - 1, 0, -1):
        parent = parents[i]
        if parent >= 0:
            values[parent] += values[i]


def _max_up(values: list[Any], parents: list[int]) -> None:
    for i in range(len(values) - 1, 0, -1):
        parent = parents[i]
        if parent >= 0 and values[i] > values[parent]:
            values[parent] = values[i]


def _mark_down(flags: list[bool], parents: list[int]) -> None:
    for i in range(len(flags)):
        parent = parents[i]
        if parent >= 0 and flags[parent]:
            flags[i] = True


def _cap_down(caps: list[float | None], parents: list[int]) -> list[float]:
    values: list[float] = []
    for i, cap in enumerate(caps):
        parent = parents[i]
        inherited = values[parent] if parent >= 0 else 1.0
        values.append(inherited if cap is None else min(inherited, cap))
    return values


def add_up(values: list[Any], parents: list[int]) -> None:
    """Add each node's value into its parent's, from the last node to the second, so that
    each ends holding the sum over its subtree (in place; ints or floats, added in that
    order).

    >>> values = [1, 2, 3, 4]
    >>> add_up(values, [-1, 0, 1, 0])
    >>> values
    [10, 5, 3, 4]
    """
    _check(values, parents)
    _compiled_add_up(values, parents)


def max_up(values: list[Any], parents: list[int]) -> None:
    """Raise each node's value to its children's, from the last node to the second, so
    that each ends holding the largest over its subtree (in place).

    >>> values = [0, 2, 7, 4]
    >>> max_up(values, [-1, 0, 1, 0])
    >>> values
    [7, 7, 7, 4]
    """
    _check(values, parents)
    _compiled_max_up(values, parents)


def mark_down(flags: list[bool], parents: list[int]) -> None:
    """Set the flag of every node below a flagged one (in place).

    >>> flags = [False, True, False, False]
    >>> mark_down(flags, [-1, 0, 1, 0])
    >>> flags
    [False, True, True, False]
    """
    _check(flags, parents)
    _compiled_mark_down(flags, parents)


def cap_down(caps: list[float | None], parents: list[int]) -> list[float]:
    """Per node, a weight: its parent's (1.0 at the top), or its own cap where it is lower
    (``caps[i]``, None for none), so that a cap weighs on the whole subtree.

    >>> cap_down([None, 0.5, None, 0.0, 0.8], [-1, 0, 1, 0, 1])
    [1.0, 0.5, 0.5, 0.0, 0.5]
    """
    _check(caps, parents)
    return _compiled_cap_down(caps, parents)


def _check(values: list[Any], parents: list[int]) -> None:
    if len(values) != len(parents):
        raise ValueError(f"{len(values)} values for {len(parents)} nodes")


_kernels = compiled("_tree")
_compiled_add_up = _kernels.add_up if _kernels is not None else _add_up
_compiled_max_up = _kernels.max_up if _kernels is not None else _max_up
_compiled_cap_down = _kernels.cap_down if _kernels is not None else _cap_down
_compiled_mark_down = _kernels.mark_down if _kernels is not None else _mark_down
