# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""``language``'s word counts compiled: a block's words and stopwords counted, and the
stopwords of many languages tallied for detection, in one scan of the block's characters.

The Python twins tokenise a block into a list of words with a regular expression and look
each word up in a set. Here a table says, per character, whether it is a word character,
a separator, or one that only the full tokeniser reads right (Han, kana, Thai, combining
marks, anything past the table): on those the scan gives up (returns None) and the caller
tokenises in Python. Otherwise the words are the runs of word characters, as ``\\w+``
finds them, and each is looked up, as it is scanned, in a hash table of C arrays: no
string is made for a word. ``tests/test_language.py`` checks that both ways agree.

``StringFinder`` finds which of a page's short texts hold one of a rule's keywords, in one
scan for all of them (``clutter._holders``; ``tests/test_rules.py`` compares it with the
search per keyword).
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc
from libc.stdint cimport uint16_t, uint32_t, uint64_t
from libc.string cimport memset

cdef extern from "Python.h":
    int PyUnicode_KIND(object)
    void* PyUnicode_DATA(object)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index)
    Py_ssize_t PyUnicode_GET_LENGTH(object)
    bint PyUnicode_IS_ASCII(object)


cdef enum:
    SEPARATOR = 0
    WORD = 1
    FULL = 2
    MAX_WORD = 64  # longer words are in no table: they are counted, not looked up

# FNV-1a's multiplier, and a start value.
cdef uint64_t HASH_START = 1469598103934665603
cdef uint64_t HASH_PRIME = 1099511628211


cdef inline uint64_t _mix(uint64_t h, uint32_t c) noexcept nogil:
    return (h ^ c) * HASH_PRIME


cdef class WordTable:
    """Words, each with a few small numbers (the languages whose stopword it is), in an
    open-addressing hash table of code points."""

    cdef uint64_t* hashes  # 0: an empty slot
    cdef Py_ssize_t* starts  # each slot's word: chars[starts[k]:starts[k] + lengths[k]]
    cdef Py_ssize_t* lengths
    cdef Py_ssize_t* values  # each slot's numbers: numbers[values[k]:values[k + 1]]...
    cdef Py_ssize_t* value_ends
    cdef uint32_t* chars
    cdef unsigned short* numbers
    cdef uint64_t mask
    cdef readonly Py_ssize_t size
    cdef const unsigned char* classes
    cdef uint32_t classes_size
    cdef bytes _classes

    def __cinit__(self, dict words, bytes classes):
        """``words``: each word (lower-cased) with a tuple of small ints; ``classes``:
        per character, SEPARATOR, WORD or FULL."""
        cdef Py_ssize_t slots = 16, n_chars = 0, n_numbers = 0, k, i, at = 0, vat = 0
        cdef uint64_t h
        cdef str word
        self._classes = classes
        self.classes = classes
        self.classes_size = <uint32_t>len(classes)
        kept = {w: v for w, v in words.items() if 0 < len(w) <= MAX_WORD}
        while slots < 2 * len(kept):
            slots *= 2
        for word, value in kept.items():
            n_chars += len(word)
            n_numbers += len(value)
        self.mask = slots - 1
        self.size = len(kept)
        self.hashes = <uint64_t*>PyMem_Malloc(slots * sizeof(uint64_t))
        self.starts = <Py_ssize_t*>PyMem_Malloc(slots * sizeof(Py_ssize_t))
        self.lengths = <Py_ssize_t*>PyMem_Malloc(slots * sizeof(Py_ssize_t))
        self.values = <Py_ssize_t*>PyMem_Malloc(slots * sizeof(Py_ssize_t))
        self.value_ends = <Py_ssize_t*>PyMem_Malloc(slots * sizeof(Py_ssize_t))
        self.chars = <uint32_t*>PyMem_Malloc((n_chars + 1) * sizeof(uint32_t))
        self.numbers = <unsigned short*>PyMem_Malloc((n_numbers + 1) * sizeof(unsigned short))
        if (
            not self.hashes or not self.starts or not self.lengths or not self.values
            or not self.value_ends or not self.chars or not self.numbers
        ):
            raise MemoryError()
        memset(self.hashes, 0, slots * sizeof(uint64_t))
        for word, value in kept.items():
            h = HASH_START
            for i in range(len(word)):
                self.chars[at + i] = <uint32_t>word[i]
                h = _mix(h, <uint32_t>word[i])
            h |= 1
            k = h & self.mask
            while self.hashes[k]:
                k = (k + 1) & self.mask
            self.hashes[k] = h
            self.starts[k] = at
            self.lengths[k] = len(word)
            self.values[k] = vat
            for number in value:
                self.numbers[vat] = number
                vat += 1
            self.value_ends[k] = vat
            at += len(word)

    def __dealloc__(self):
        PyMem_Free(self.hashes)
        PyMem_Free(self.starts)
        PyMem_Free(self.lengths)
        PyMem_Free(self.values)
        PyMem_Free(self.value_ends)
        PyMem_Free(self.chars)
        PyMem_Free(self.numbers)

    cdef Py_ssize_t _find(
        self, uint64_t h, int kind, void* data, Py_ssize_t start, Py_ssize_t end, bint ascii
    ) noexcept:
        """The slot of the word ``data[start:end]`` (lower-cased when ``ascii``), or -1."""
        cdef Py_ssize_t k = h & self.mask, i, length = end - start
        cdef uint32_t c
        cdef uint32_t* word
        while self.hashes[k]:
            if self.hashes[k] == h and self.lengths[k] == length:
                word = self.chars + self.starts[k]
                for i in range(length):
                    c = PyUnicode_READ(kind, data, start + i)
                    if ascii and 65 <= c <= 90:
                        c += 32
                    if word[i] != c:
                        break
                else:
                    return k
            k = (k + 1) & self.mask
        return -1

    cdef object _scan(
        self, str text, Py_ssize_t skip, Py_ssize_t budget, long[:] tally
    ):
        """The scan under ``counts`` and ``tally``: (words, words found) over the words
        from ``skip`` on, ``budget`` of them at most (-1: all), each found word adding 1
        to ``tally`` at each of its numbers when ``tally`` is given; None to give up."""
        cdef bint ascii = PyUnicode_IS_ASCII(text)
        if not ascii:
            text = text.lower()
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef const unsigned char* classes = self.classes
        cdef uint32_t size = self.classes_size
        cdef Py_ssize_t i, j, k, start = -1, index = 0, words = 0, found = 0
        cdef uint32_t c
        cdef unsigned char cls
        cdef uint64_t h = 0
        cdef bint look = self.size > 0
        if not ascii:
            # Give up before counting anything, so that no partial tally is left.
            for i in range(n):
                c = PyUnicode_READ(kind, data, i)
                if c >= size or classes[c] == FULL:
                    return None
        for i in range(n + 1):
            if i < n:
                c = PyUnicode_READ(kind, data, i)
                cls = classes[c]
            else:
                cls = SEPARATOR
            if cls == WORD:
                if ascii and 65 <= c <= 90:
                    c += 32
                if start < 0:
                    start = i
                    h = HASH_START
                h = _mix(h, c)
            elif start >= 0:
                if index >= skip:
                    if budget >= 0 and words >= budget:
                        break
                    words += 1
                    if look and i - start <= MAX_WORD:
                        k = self._find(h | 1, kind, data, start, i, ascii)
                        if k >= 0:
                            found += 1
                            if tally is not None:
                                for j in range(self.values[k], self.value_ends[k]):
                                    tally[self.numbers[j]] += 1
                index += 1
                start = -1
        return words, found

    def counts(self, str text):
        """(how many words ``text`` has, how many of them are in the table), or None when
        a character needs the full tokeniser."""
        return self._scan(text, 0, -1, None)

    def tally_texts(
        self, list texts, Py_ssize_t at, Py_ssize_t skip, Py_ssize_t budget, hits, read_words
    ):
        """``tally`` over ``texts`` from the ``skip``-th word of ``texts[at]`` on, text
        after text, ``budget`` words in all at most; ``read_words(text, skip, budget,
        hits)`` reads a text the scan gives up on (and says how many words it read).
        Returns where reading stopped: (the text, the words of it read)."""
        cdef long[:] view = hits
        cdef Py_ssize_t read
        while budget > 0 and at < len(texts):
            text = texts[at]
            found = self._scan(text, skip, budget, view)
            read = read_words(text, skip, budget, hits) if found is None else found[0]
            budget -= read
            if budget == 0:
                skip += read  # the text may hold more words, taken up next time
            else:
                at += 1
                skip = 0
        return at, skip

    def tally(self, str text, Py_ssize_t skip, Py_ssize_t budget, long[:] tally):
        """Read ``text``'s words from the ``skip``-th on, ``budget`` of them at most, and
        add 1 to ``tally`` at each number of each word in the table: (words read, words
        found), or None (and ``tally`` untouched) when a character needs the full
        tokeniser."""
        return self._scan(text, skip, budget, tally)


def block_features(
    list segments, list nodes, WordTable table, object fallback, object make, frozenset no_tokens
):
    """``api._features``' loop over the segments, compiled: each segment's words and
    stopwords counted with ``table`` (or by ``fallback(text)`` where the scan gives up),
    its link and stopword shares, and its node's context, made into a block by
    ``make`` (``article.new_block``)."""
    cdef list blocks = []
    cdef Py_ssize_t i, count, hits, chars, link_chars, node_index
    cdef bint with_nodes = len(nodes) > 0
    cdef double link_share, stop_share
    for i in range(len(segments)):
        seg = segments[i]
        text = seg.text
        found = table._scan(text, 0, -1, None)
        if found is None:
            found = fallback(text)
        count, hits = found
        chars = len(text)
        link_chars = seg.link_chars
        link_share = 0.0
        if chars and link_chars:
            link_share = (<double>link_chars) / (<double>chars)
            if not link_share < 1.0:
                link_share = 1.0
        stop_share = (<double>hits) / (<double>count) if hits else 0.0
        node_index = seg.node
        if with_nodes and node_index >= 0:
            node = nodes[node_index]
            path, tokens, landmark, depth = node.path, node.tokens, node.landmark, node.depth
        else:
            path, tokens, landmark, depth = "", no_tokens, "", 0
        blocks.append(
            make(
                i,
                text,
                seg.kind,
                seg.level,
                seg.rows,
                count,
                link_share,
                stop_share,
                path,
                tokens,
                landmark,
                depth,
                seg.line,
            )
        )
    return blocks


# ---------------------------------------------------------------- strings in joined texts


cdef class StringFinder:
    """``clutter._holders`` compiled: which of several texts, joined into one string, hold
    one of a few strings (``holders(joined, starts)``, ``starts`` the position of each
    text in ``joined``).

    The Python twin searches the joined text once per string. Here one scan looks for all
    of them: a table of their first two characters (each folded into a byte) passes over
    nearly every position with one look, and at the others each string is compared. When
    one is found, the scan goes on at the next text: a text holding one is all it asks.
    The strings may not be empty."""

    cdef unsigned char pairs[8192]  # a bit per (first, second) character, folded
    cdef unsigned char singles[32]  # a bit per string of one character, folded
    cdef tuple strings

    def __cinit__(self, tuple strings):
        cdef Py_ssize_t k
        cdef uint32_t first, second
        memset(self.pairs, 0, sizeof(self.pairs))
        memset(self.singles, 0, sizeof(self.singles))
        for s in strings:
            if not isinstance(s, str) or len(s) == 0:
                raise ValueError("the strings must be non-empty str")
            first = ord(s[0])
            if len(s) == 1:
                self.singles[(first & 0xFF) >> 3] |= 1 << (first & 7)
            else:
                second = ord(s[1])
                k = ((first & 0xFF) << 8) | (second & 0xFF)
                self.pairs[k >> 3] |= 1 << (k & 7)
        self.strings = strings

    cdef bint _at(self, int kind, void* data, Py_ssize_t n, Py_ssize_t i, bint pair):
        """Whether one of the strings starts at position ``i``."""
        cdef Py_ssize_t m, k
        cdef int skind
        cdef void* sdata
        for s in self.strings:
            m = PyUnicode_GET_LENGTH(s)
            if (m == 1) == pair or i + m > n:
                continue
            skind = PyUnicode_KIND(s)
            sdata = PyUnicode_DATA(s)
            for k in range(m):
                if PyUnicode_READ(kind, data, i + k) != PyUnicode_READ(skind, sdata, k):
                    break
            else:
                return True
        return False

    cdef Py_ssize_t _next(self, int kind, void* data, Py_ssize_t n, Py_ssize_t i):
        """The first position from ``i`` on where one of the strings starts, else ``n``."""
        cdef const unsigned char* bytes_ = <const unsigned char*>data
        cdef uint32_t first, second
        cdef Py_ssize_t key
        if kind == 1:
            # Most pages' short texts are Latin-1: read their bytes, without a switch.
            while i < n:
                first = bytes_[i]
                if self.singles[first >> 3] & (1 << (first & 7)) and self._at(
                    kind, data, n, i, False
                ):
                    return i
                if i + 1 < n:
                    key = (first << 8) | bytes_[i + 1]
                    if self.pairs[key >> 3] & (1 << (key & 7)) and self._at(
                        kind, data, n, i, True
                    ):
                        return i
                i += 1
            return n
        cdef const uint16_t* units = <const uint16_t*>data
        if kind == 2:
            # Texts with curly quotes or dashes: two bytes a character.
            while i < n:
                first = units[i] & 0xFF
                if self.singles[first >> 3] & (1 << (first & 7)) and self._at(
                    kind, data, n, i, False
                ):
                    return i
                if i + 1 < n:
                    key = (first << 8) | (units[i + 1] & 0xFF)
                    if self.pairs[key >> 3] & (1 << (key & 7)) and self._at(
                        kind, data, n, i, True
                    ):
                        return i
                i += 1
            return n
        while i < n:
            first = PyUnicode_READ(kind, data, i)
            if self.singles[(first & 0xFF) >> 3] & (1 << (first & 7)) and self._at(
                kind, data, n, i, False
            ):
                return i
            if i + 1 < n:
                second = PyUnicode_READ(kind, data, i + 1)
                key = ((first & 0xFF) << 8) | (second & 0xFF)
                if self.pairs[key >> 3] & (1 << (key & 7)) and self._at(
                    kind, data, n, i, True
                ):
                    return i
            i += 1
        return n

    def holders(self, str joined, list starts):
        """The positions (in ``starts``) of the texts that hold one of the strings."""
        cdef set found = set()
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(joined)
        cdef Py_ssize_t texts = len(starts)
        cdef int kind = PyUnicode_KIND(joined)
        cdef void* data = PyUnicode_DATA(joined)
        cdef Py_ssize_t i = 0, low, high, middle
        while True:
            i = self._next(kind, data, n, i)
            if i >= n:
                break
            # The text holding position i: the last whose start is at or before it.
            low, high = 0, texts
            while low < high:
                middle = (low + high) // 2
                if <Py_ssize_t>starts[middle] <= i:
                    low = middle + 1
                else:
                    high = middle
            found.add(low - 1)
            if low >= texts:
                break
            i = <Py_ssize_t>starts[low]
        return found
