# cython: language_level=3, boundscheck=False, wraparound=False
"""Records of a frozen, slotted dataclass made from C: ``article.new_block`` compiled.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
``article.new_block`` sets the slots through their member descriptors instead, twice as
fast. Here the same descriptors are called from C, without a Python frame per record or
a Python call per field. ``tests/test_records.py`` checks that both make equal records.
"""


cdef extern from *:
    """
    static int cp_set_slot(PyObject* descriptor, PyObject* target, PyObject* value) {
        return Py_TYPE(descriptor)->tp_descr_set(descriptor, target, value);
    }
    """
    int cp_set_slot(object descriptor, object target, object value) except -1


cdef class SlotMaker:
    """Makes instances of ``cls`` (a slotted class whose fields are member descriptors):
    ``maker(*values)`` sets the fields named ``given`` to ``values``, in order, and the
    fields of ``defaults`` to their values."""

    cdef object cls
    cdef object new
    cdef tuple given
    cdef tuple rest
    cdef tuple rest_values

    def __init__(self, cls, tuple given, dict defaults):
        self.cls = cls
        self.new = object.__new__
        self.given = tuple(cls.__dict__[name] for name in given)
        self.rest = tuple(cls.__dict__[name] for name in defaults)
        self.rest_values = tuple(defaults.values())

    def __call__(self, *values):
        cdef Py_ssize_t i
        if len(values) != len(self.given):
            raise TypeError(f"{len(self.given)} values expected, got {len(values)}")
        made = self.new(self.cls)
        for i in range(len(self.given)):
            cp_set_slot(self.given[i], made, values[i])
        for i in range(len(self.rest)):
            cp_set_slot(self.rest[i], made, self.rest_values[i])
        return made


def label_blocks(tuple fields, tuple default, blocks, list labels, list reasons, list rules):
    """``article._label_blocks`` compiled: set each block's label, reason and rule
    (``fields``: the three member descriptors) to the rules' decision, or to ``default``
    (label, reason, rule) where they made none."""
    cdef Py_ssize_t i, n = len(blocks)
    label_field, reason_field, rule_field = fields
    if len(labels) != n or len(reasons) != n or len(rules) != n:
        raise ValueError("one label, reason and rule per block")
    default_label, default_reason, default_rule = default
    for i in range(n):
        block = blocks[i]
        label = labels[i]
        if label is None:
            cp_set_slot(label_field, block, default_label)
            cp_set_slot(reason_field, block, default_reason)
            cp_set_slot(rule_field, block, default_rule)
        else:
            cp_set_slot(label_field, block, label)
            cp_set_slot(reason_field, block, reasons[i])
            cp_set_slot(rule_field, block, rules[i])
