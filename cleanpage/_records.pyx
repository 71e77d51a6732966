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
