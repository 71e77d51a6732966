# cython: language_level=3, boundscheck=False, wraparound=False
"""``tree``'s loops compiled: the same passes over a page's nodes by their parent links,
on the same Python lists, with the loop and the list accesses in C. ``tree`` checks the
lengths before calling them; ``tests/test_tree.py`` checks that both agree."""


def add_up(list values, list parents):
    cdef Py_ssize_t i, parent
    for i in range(len(values) - 1, 0, -1):
        parent = parents[i]
        if parent >= 0:
            values[parent] = values[parent] + values[i]


def max_up(list values, list parents):
    cdef Py_ssize_t i, parent
    for i in range(len(values) - 1, 0, -1):
        parent = parents[i]
        if parent >= 0 and values[i] > values[parent]:
            values[parent] = values[i]


def mark_down(list flags, list parents):
    cdef Py_ssize_t i, parent
    for i in range(len(flags)):
        parent = parents[i]
        if parent >= 0 and flags[parent]:
            flags[i] = True


def cap_down(list caps, list parents):
    cdef Py_ssize_t i, parent, n = len(caps)
    cdef list values = [None] * n
    cdef object inherited, cap
    cdef object top = 1.0
    for i in range(n):
        parent = parents[i]
        inherited = values[parent] if parent >= 0 else top
        cap = caps[i]
        values[i] = inherited if cap is None or not cap < inherited else cap
    return values
