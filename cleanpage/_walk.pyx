# cython: language_level=3
"""``html._walk`` compiled: the same loop over libxml2's nodes instead of lxml's proxies.

``segment`` spends most of its time in the walk, and most of the walk's time in creating
an lxml proxy object for every element and reading its tag, attributes, text and tail
through it. Here the walk reads libxml2's node structures directly, as lxml itself does,
and makes a proxy only for the few elements handed to Python helpers (data tables, images,
hidden boxes, buttons). Everything else is the loop of ``html._walk``, statement for
statement: a change there is made here too, and ``tests/test_walk.py`` checks that the
two give the same segmentation.

The structures are declared here (libxml2's ``xmlNode`` and ``xmlAttr``, lxml's public
``_Element``), so the build needs neither library's headers; a check when the module is
imported compares what this walk reads with what lxml reads, and the pure-Python walk
takes over if they differ.
"""

from cpython.pycapsule cimport PyCapsule_GetPointer
from cpython.ref cimport PyObject, Py_DECREF
from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.unicode cimport PyUnicode_DecodeUTF8, PyUnicode_FromKindAndData
from libc.string cimport memcpy, strcmp, strlen

cdef extern from "Python.h":
    int PyUnicode_KIND(object)
    void* PyUnicode_DATA(object)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index)
    void PyUnicode_WRITE(int kind, void* data, Py_ssize_t index, Py_UCS4 value)
    Py_ssize_t PyUnicode_GET_LENGTH(object)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)

cdef extern from *:
    """
    typedef unsigned char cp_xmlChar;
    typedef struct cp_xmlNs {
        struct cp_xmlNs *next;
        int type;
        const cp_xmlChar *href;
        const cp_xmlChar *prefix;
        void *_private;
        void *context;
    } cp_xmlNs;
    typedef struct cp_xmlAttr cp_xmlAttr;
    typedef struct cp_xmlNode {
        void *_private;
        int type;
        const cp_xmlChar *name;
        struct cp_xmlNode *children;
        struct cp_xmlNode *last;
        struct cp_xmlNode *parent;
        struct cp_xmlNode *next;
        struct cp_xmlNode *prev;
        struct cp_xmlNode *doc;
        cp_xmlNs *ns;
        cp_xmlChar *content;
        cp_xmlAttr *properties;
        void *nsDef;
        void *psvi;
        unsigned short line;
        unsigned short extra;
    } cp_xmlNode;
    struct cp_xmlAttr {
        void *_private;
        int type;
        const cp_xmlChar *name;
        cp_xmlNode *children;
        cp_xmlNode *last;
        cp_xmlNode *parent;
        cp_xmlAttr *next;
        cp_xmlAttr *prev;
        void *doc;
        cp_xmlNs *ns;
    };
    typedef struct {
        PyObject_HEAD
        PyObject *_doc;
        cp_xmlNode *_c_node;
        PyObject *_tag;
    } cp_Element;
    """
    ctypedef unsigned char cp_xmlChar
    ctypedef struct cp_xmlNs:
        const cp_xmlChar *href
    ctypedef struct cp_xmlAttr
    ctypedef struct cp_xmlNode:
        int type
        const cp_xmlChar *name
        cp_xmlNode *children
        cp_xmlNode *parent
        cp_xmlNode *next
        cp_xmlNode *doc
        cp_xmlNs *ns
        cp_xmlChar *content
        cp_xmlAttr *properties
    ctypedef struct cp_xmlAttr:
        const cp_xmlChar *name
        cp_xmlNode *children
        cp_xmlAttr *next
        cp_xmlNs *ns
    ctypedef struct cp_Element:
        PyObject *_doc
        cp_xmlNode *_c_node

# libxml2's node types.
cdef enum:
    ELEMENT = 1
    TEXT = 3
    CDATA = 4
    ENTITY_REF = 5
    PI = 7
    COMMENT = 8
    HTML_DOCUMENT = 13
    XINCLUDE_START = 19
    XINCLUDE_END = 20

ctypedef PyObject* (*_factory_t)(PyObject*, cp_xmlNode*)
cdef _factory_t _element_factory = NULL

from lxml import etree as _etree

from cleanpage import html as _html

cdef bint _ready = False


cdef inline bint _element_like(cp_xmlNode* c):
    """What lxml walks as an element: elements, comments, processing instructions, entities."""
    return c.type == ELEMENT or c.type == COMMENT or c.type == PI or c.type == ENTITY_REF


cdef inline cp_xmlNode* _next_element(cp_xmlNode* c):
    while c is not NULL and not _element_like(c):
        c = c.next
    return c


cdef inline cp_xmlNode* _text_node(cp_xmlNode* c):
    """``c`` or the first text node from it on, past XInclude marks; NULL at anything else."""
    while c is not NULL:
        if c.type == TEXT or c.type == CDATA:
            return c
        if c.type != XINCLUDE_START and c.type != XINCLUDE_END:
            return NULL
        c = c.next
    return NULL


cdef inline str _decode(const cp_xmlChar* s):
    return PyUnicode_DecodeUTF8(<const char*>s, strlen(<const char*>s), NULL)


cdef object _collect(cp_xmlNode* c):
    """The text of the text nodes in a row from ``c`` on: an element's text (from its first
    child) or tail (from its next sibling), as lxml's ``text`` and ``tail`` give them."""
    c = _text_node(c)
    if c is NULL:
        return None
    cdef cp_xmlNode* following = _text_node(c.next)
    if following is NULL:
        return _decode(c.content) if c.content is not NULL else ""
    parts = []
    while c is not NULL:
        if c.content is not NULL:
            parts.append(_decode(c.content))
        c = _text_node(c.next)
    return "".join(parts)


cdef object _attr(cp_xmlNode* c, const char* name):
    """The value of an attribute without a namespace, as ``element.get(name)`` gives it."""
    cdef cp_xmlAttr* a = c.properties
    cdef cp_xmlNode* t
    while a is not NULL:
        if a.ns is NULL and strcmp(<const char*>a.name, name) == 0:
            t = a.children
            if t is NULL:
                return ""
            if t.next is NULL and (t.type == TEXT or t.type == CDATA):
                return _decode(t.content) if t.content is not NULL else ""
            parts = []
            while t is not NULL:
                if (t.type == TEXT or t.type == CDATA) and t.content is not NULL:
                    parts.append(_decode(t.content))
                t = t.next
            return "".join(parts)
        a = a.next
    return None


cdef inline bint _has_attr(cp_xmlNode* c, const char* name):
    cdef cp_xmlAttr* a = c.properties
    while a is not NULL:
        if a.ns is NULL and strcmp(<const char*>a.name, name) == 0:
            return True
        a = a.next
    return False


# Tag names by the address of libxml2's copy: a parser keeps one copy of each name in its
# dictionary, so a page's tags are decoded once each. A slot holds (address, name) and is
# overwritten on a collision. The cache belongs to one walk, during which the tree (and so
# every address in it) stays as it is.
cdef enum:
    TAG_SLOTS = 256


cdef str _tag(cp_xmlNode* c, const cp_xmlChar** keys, list names):
    if c.ns is not NULL and c.ns.href is not NULL:
        return "{" + _decode(c.ns.href) + "}" + _decode(c.name)
    cdef size_t slot = ((<size_t>c.name) >> 3) % TAG_SLOTS
    if keys[slot] == c.name:
        return <str>names[slot]
    name = _decode(c.name)
    keys[slot] = c.name
    names[slot] = name
    return name


cdef object _proxy(PyObject* doc, cp_xmlNode* c):
    """lxml's proxy of a node, for the Python helpers that take an element."""
    cdef PyObject* made = _element_factory(doc, c)
    if made is NULL:
        raise RuntimeError("lxml could not make an element proxy")
    element = <object>made
    Py_DECREF(element)
    return element


# html._clean_line and html._flush, compiled: the same statements.
cdef str LINK_OPEN = _html._LINK_OPEN
cdef str LINK_CLOSE = _html._LINK_CLOSE
cdef Py_UCS4 LINK_OPEN_CHAR = LINK_OPEN
cdef Py_UCS4 LINK_CLOSE_CHAR = LINK_CLOSE
cdef str BR = _html._BR
cdef object CODE = _html.Kind.CODE
cdef object LIST_ITEM = _html.Kind.LIST_ITEM
cdef dict HEADING_LEVEL = _html._HEADING_LEVEL
cdef object Segment = _html.Segment


cdef inline object _level(node):
    if node.kind is LIST_ITEM:
        return node.list_depth
    return HEADING_LEVEL.get(node.tag, 0)


cdef str _clean_line(str piece, Py_ssize_t* linked):
    """``html._clean_line`` in one scan of ``piece``: the link marks dropped, white space
    collapsed to single spaces (as ``" ".join(text.split())`` does), and, when a link
    opens in it, the length of each link's text so collapsed summed into ``linked``:
    the text of each run between two link opens, up to the first link close in it."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(piece)
    cdef int kind = PyUnicode_KIND(piece)
    cdef void* data = PyUnicode_DATA(piece)
    cdef Py_UCS4 open_mark = LINK_OPEN_CHAR, close_mark = LINK_CLOSE_CHAR
    cdef Py_ssize_t i, at = 0, link_chars = 0, part_chars = 0, part_words = 0
    cdef Py_UCS4 c
    cdef bint opened = False, words = False, space = False, changed = False
    cdef bint in_link = True, in_word = False  # in a run's text before its first close
    cdef void* out = NULL
    linked[0] = 0
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c == open_mark or c == close_mark:
            changed = True
            if c == open_mark:
                opened = True
                in_link = True
                part_chars = part_words = 0
            elif in_link:
                if part_words:
                    link_chars += part_chars + part_words - 1
                in_link = False
            in_word = False
            continue
        if Py_UNICODE_ISSPACE(c):
            if c != 32 or space or not words:
                changed = True
            if words:
                space = True
            in_word = False
            continue
        if in_link:
            part_chars += 1
            if not in_word:
                part_words += 1
                in_word = True
        if changed and out == NULL:
            out = PyMem_Malloc(n * kind)
            if out == NULL:
                raise MemoryError()
            memcpy(out, data, at * kind)
        if space:
            if out != NULL:
                PyUnicode_WRITE(kind, out, at, 32)
            at += 1
            space = False
        if out != NULL:
            PyUnicode_WRITE(kind, out, at, c)
        at += 1
        words = True
    if opened:
        linked[0] = link_chars
    if out == NULL:
        if at == n:
            return piece
        return piece[:at]  # only white space at the end
    try:
        return PyUnicode_FromKindAndData(kind, out, at)
    finally:
        PyMem_Free(out)


def clean_line(str piece):
    """``_clean_line`` for the tests: (the line, its link characters)."""
    cdef Py_ssize_t linked = 0
    line = _clean_line(piece, &linked)
    return line, linked


cdef int _flush(str raw, Py_ssize_t node_index, node, bint pre, list segments) except -1:
    """Turn the text buffered for a block element into segments."""
    cdef Py_ssize_t linked = 0
    cdef Py_ssize_t link_chars = 0
    if raw.isspace():
        return 0
    if pre:
        text = raw.replace(BR, "\n").replace(LINK_OPEN, "").replace(LINK_CLOSE, "")
        text = text.strip("\n").rstrip()
        if text.strip():
            segments.append(Segment(text, CODE, node_index, _level(node)))
        return 0
    if BR not in raw:
        line = _clean_line(raw, &linked)
        if line:
            segments.append(Segment(line, node.kind, node_index, _level(node), linked))
        return 0
    cdef list lines = []
    for piece in raw.split(BR):
        line = _clean_line(piece, &linked)
        if line:
            lines.append(line)
            link_chars += linked
        elif lines and linked == 0:
            # Two line breaks in a row end a paragraph, as they read on screen.
            segments.append(
                Segment("\n".join(lines), node.kind, node_index, _level(node), link_chars)
            )
            lines = []
            link_chars = 0
    if lines:
        segments.append(Segment("\n".join(lines), node.kind, node_index, _level(node), link_chars))
    return 0


def accepts(start):
    """Whether this walk can read the tree of ``start``: an element of an HTML document."""
    if not _ready or not isinstance(start, _etree._Element):
        return False
    cdef cp_xmlNode* c = (<cp_Element*><PyObject*>start)._c_node
    return c is not NULL and c.type == ELEMENT and c.doc is not NULL and c.doc.type == HTML_DOCUMENT


def walk(start, result, frozenset skipped_tags, bint inline):
    """``html._walk``, compiled (see the module's docstring)."""
    # Constants of html.py, as locals.
    _LINK_OPEN = _html._LINK_OPEN
    _LINK_CLOSE = _html._LINK_CLOSE
    _BR = _html._BR
    _A_START_MARK = _html._A_START_MARK
    _A_END_MARK = _html._A_END_MARK
    _IMG = _html._IMG
    _STREAM_PLACEHOLDERS = _html._STREAM_PLACEHOLDERS
    hidden_class = _html.hidden_class
    _PERMALINKS = _html._PERMALINKS
    _MATH_TOKENS = _html._MATH_TOKENS
    _LANDMARK_TAGS = _html._LANDMARK_TAGS
    LANDMARK_ROLES = _html.LANDMARK_ROLES
    _TAG_KIND = _html._TAG_KIND
    _INHERITED_KINDS = _html._INHERITED_KINDS
    _LIST_TAGS = _html._LIST_TAGS
    _PRE_TAGS = _html._PRE_TAGS
    PARAGRAPH = _html.Kind.PARAGRAPH
    Node = _html.Node
    _Table = _html._Table
    _image = _html._image
    _is_data_table = _html._is_data_table
    _collapsed_panel = _html._collapsed_panel
    _HOLDS_BLOCKS = _html._HOLDS_BLOCKS
    cdef Py_ssize_t _MAX_TOKEN_LENGTH = _html._MAX_TOKEN_LENGTH
    cdef Py_ssize_t _MAX_TOKENS = _html._MAX_TOKENS
    cdef Py_ssize_t _MAX_PATH_PARTS = _html._MAX_PATH_PARTS
    block_tags = _html.BLOCK_TAGS

    cdef PyObject* doc = (<cp_Element*><PyObject*>start)._doc
    cdef cp_xmlNode* c_start = (<cp_Element*><PyObject*>start)._c_node
    cdef cp_xmlNode* c = c_start
    cdef cp_xmlNode* child
    cdef cp_xmlNode* skipped = NULL
    cdef cp_xmlNode* table_node = NULL
    cdef bint entering = True
    cdef bint marked = False
    cdef Py_ssize_t link_depth = 0
    cdef Py_ssize_t pre_depth = 0
    cdef Py_ssize_t first, index, parent_index, depth, list_depth

    nodes = result.nodes
    segments = result.segments
    cdef list buf = []
    cdef list stack = []
    table = None
    cdef dict own_cache = {}
    cdef dict token_cache = {}
    cdef dict path_cache = {}
    cdef dict panel_classes = {}
    cdef list hrefs = []
    cdef list inline_buffers = result.inline
    cdef list images = result.images
    cdef list item_types = result.item_types
    cdef dict inline_start = _html._INLINE_START if inline else {}
    cdef dict inline_end = _html._INLINE_END if inline else {}
    cdef list streamed = []
    cdef set placeholders = set()
    cdef list hidden_boxes = []
    cdef const cp_xmlChar* tag_keys[TAG_SLOTS]
    cdef list tag_names = [None] * TAG_SLOTS
    cdef int i
    for i in range(TAG_SLOTS):
        tag_keys[i] = NULL

    while True:
        if entering:
            # The "start" event of c.
            if c.type != ELEMENT:
                # Comments and processing instructions: only their tail is text.
                entering = False
                continue
            tag = _tag(c, tag_keys, tag_names)
            if tag in skipped_tags and not (
                tag == "button"
                and _next_element(c.children) is not NULL
                and _HOLDS_BLOCKS(_proxy(doc, c))
            ):
                skipped = c
                if tag == "template":
                    placeholder = _attr(c, b"id")
                    if placeholder and placeholder[:2] in _STREAM_PLACEHOLDERS:
                        placeholders.add(placeholder[2:])
                entering = False
                continue
            # The checks of _is_hidden, inline: this runs for every element.
            has_attrib = c.properties is not NULL
            if has_attrib:
                cls = _attr(c, b"class")
                style = _attr(c, b"style")
                if (
                    _has_attr(c, b"hidden")
                    or (
                        style
                        and (
                            "display:none" in (compact := style.replace(" ", "").lower())
                            or "visibility:hidden" in compact
                        )
                    )
                    or (
                        cls
                        and hidden_class(cls)
                    )
                ) and not _collapsed_panel((box := _proxy(doc, c)).attrib, cls, panel_classes):
                    skipped = c
                    hidden_boxes.append(box)
                    if _has_attr(c, b"hidden"):
                        part = _attr(c, b"id")
                        if part and part[:2] == "S:":
                            streamed.append(part[2:])
                    entering = False
                    continue
                if (
                    _has_attr(c, b"itemtype")
                    and not _has_attr(c, b"itemprop")
                    and _has_attr(c, b"itemscope")
                ):
                    item_types.append(_attr(c, b"itemtype"))
            else:
                cls = None
            if table is not None:
                if tag == "tr":
                    table.end_row(buf)
                elif tag == "td" or tag == "th":
                    if buf:
                        table.end_cell(buf)
                elif tag == "br":
                    buf.append(" ")
                elif tag == "a":
                    link_depth += 1
                    if inline:
                        buf.append(_A_START_MARK)
                        table.hrefs.append(_attr(c, b"href"))
                        table.marked = True
                elif tag in inline_start and inline_start[tag] is not _IMG:
                    buf.append(inline_start[tag])
                    table.marked = True
            elif tag in block_tags:
                if buf:
                    raw = "".join(buf)
                    if stack and raw:
                        index = stack[-1]
                        first = len(segments)
                        _flush(raw, index, nodes[index], pre_depth > 0, segments)
                        if marked and len(segments) > first and not pre_depth:
                            inline_buffers.append((first, len(segments), buf, hrefs))
                            buf = []
                    buf.clear()
                if marked:
                    marked = False
                    hrefs = []
                # The block's DOM context (Node), from its parent's.
                ident = _attr(c, b"id") if has_attrib else None
                if cls or ident:
                    key = (cls, ident)
                    own_tokens = own_cache.get(key)
                    if own_tokens is None:
                        joined = f"{cls or ''} {ident or ''}".lower()
                        own_tokens = tuple(joined.split())
                        if len(joined) > _MAX_TOKEN_LENGTH:
                            own_tokens = tuple(
                                [t for t in own_tokens if len(t) <= _MAX_TOKEN_LENGTH]
                            )
                        own_cache[key] = own_tokens
                else:
                    own_tokens = ()
                if stack:
                    parent_index = stack[-1]
                    parent = nodes[parent_index]
                    depth = parent.depth + 1
                    tokens = parent.tokens
                    if own_tokens and len(tokens) < _MAX_TOKENS:
                        tkey = (tokens, own_tokens)
                        joined_tokens = token_cache.get(tkey)
                        if joined_tokens is None:
                            joined_tokens = tokens.union(own_tokens)
                            token_cache[tkey] = joined_tokens
                        tokens = joined_tokens
                    path = parent.path
                    if depth < _MAX_PATH_PARTS:
                        pkey = (path, tag)
                        cached_path = path_cache.get(pkey)
                        if cached_path is None:
                            cached_path = path + "/" + tag
                            path_cache[pkey] = cached_path
                        path = cached_path
                    landmark = parent.landmark
                    parent_kind = parent.kind
                    list_depth = parent.list_depth
                else:
                    parent_index, depth, tokens, path = -1, 0, frozenset(own_tokens), tag
                    landmark, parent_kind, list_depth = "", PARAGRAPH, 0
                role = _attr(c, b"role") if has_attrib else None
                own_landmark = _LANDMARK_TAGS.get(tag) or (
                    LANDMARK_ROLES.get(role.strip().lower()) if role else None
                )
                if own_landmark:
                    landmark = own_landmark
                kind = _TAG_KIND.get(tag)
                if kind is None:
                    kind = parent_kind if parent_kind in _INHERITED_KINDS else PARAGRAPH
                if tag in _LIST_TAGS:
                    list_depth += 1
                stack.append(len(nodes))
                nodes.append(
                    Node(
                        tag,
                        parent_index,
                        depth,
                        own_tokens,
                        tokens,
                        path,
                        landmark,
                        kind,
                        list_depth,
                        role or "",
                    )
                )
                if tag in _PRE_TAGS:
                    pre_depth += 1
                elif tag == "table" and _is_data_table(_proxy(doc, c)):
                    table = _Table(_proxy(doc, c), stack[-1])
                    table_node = c
            elif tag == "br":
                buf.append(_BR)
            elif tag == "a":
                text = _collect(c.children)
                if (
                    text
                    and len(text) < 4
                    and text.strip() in _PERMALINKS
                    and _next_element(c.children) is NULL
                ):
                    href = _attr(c, b"href")
                    if href and href[0] == "#":
                        # A heading's permalink ("Usage¶"): a control, not text.
                        skipped = c
                        entering = False
                        continue
                link_depth += 1
                if inline:
                    buf.append(_A_START_MARK)
                    hrefs.append(_attr(c, b"href"))
                    marked = True
            elif tag in inline_start:
                mark = inline_start[tag]
                if mark is not _IMG:
                    buf.append(mark)
                    marked = True
                elif has_attrib:
                    image = _image(_proxy(doc, c).attrib)
                    if image is not None:
                        images.append(
                            (image[0], image[1], None, len(segments), stack[-1] if stack else -1)
                        )
            elif tag in _MATH_TOKENS:
                buf.append(" ")
            text = _collect(c.children)
            # White space before a block's first text is dropped there anyway (not in a
            # <pre>): not buffering it saves the flush of a buffer holding nothing.
            if text and (buf or pre_depth or not text.isspace()):
                buf.append(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
            child = _next_element(c.children)
            if child is not NULL:
                c = child
                continue
            entering = False
            continue
        # The "end" event of c.
        if c.type != ELEMENT:
            text = _collect(c.next)
            if text:
                buf.append(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
        else:
            tag = _tag(c, tag_keys, tag_names)
            if c == skipped:
                skipped = NULL
            elif table is not None:
                if c == table_node:
                    table.end(buf, result)
                    table = None
                    table_node = NULL
                    stack.pop()
                elif tag == "td" or tag == "th":
                    table.end_cell(buf)
                elif tag == "a":
                    link_depth -= 1
                    if inline:
                        buf.append(_A_END_MARK)
                elif tag in inline_end:
                    buf.append(inline_end[tag])
            elif tag in block_tags:
                if buf:
                    raw = "".join(buf)
                    index = stack[-1]
                    first = len(segments)
                    if raw:
                        _flush(raw, index, nodes[index], pre_depth > 0, segments)
                    if marked and len(segments) > first and not pre_depth:
                        inline_buffers.append((first, len(segments), buf, hrefs))
                        buf = []
                    else:
                        buf.clear()
                if marked:
                    marked = False
                    hrefs = []
                stack.pop()
                if tag in _PRE_TAGS:
                    pre_depth -= 1
            elif tag == "a":
                link_depth -= 1
                if inline:
                    buf.append(_A_END_MARK)
            elif tag in inline_end:
                buf.append(inline_end[tag])
            text = _collect(c.next)
            if text and (buf or pre_depth or not text.isspace()):
                buf.append(_LINK_OPEN + text + _LINK_CLOSE if link_depth else text)
        if c == c_start:
            break
        child = _next_element(c.next)
        if child is not NULL:
            c = child
            entering = True
        else:
            c = c.parent
    if buf and stack:
        index = stack[-1]
        first = len(segments)
        _flush("".join(buf), index, nodes[index], pre_depth > 0, segments)
        if marked and len(segments) > first and not pre_depth:
            inline_buffers.append((first, len(segments), buf, hrefs))
    return streamed, placeholders, hidden_boxes


def body_candidates(
    root,
    labels,
    label,
    byline_class,
    label_first,
    Py_ssize_t max_chars,
    Py_ssize_t max_labels,
    Py_ssize_t max_walk,
    Py_ssize_t max_collected,
):
    """``metadata._body_candidates``, compiled: the elements with ``itemprop`` or ``rel`` or
    a class that ``byline_class`` finds, in document order, as a list; with ``labels`` (a
    list), the elements whose text ``label`` matches are added to it as (element, text).

    The walk stops where the generator's consumer stops: after ``max_walk`` nodes, or at
    the candidate after the first ``max_collected``."""
    cdef PyObject* doc = (<cp_Element*><PyObject*>root)._doc
    cdef cp_xmlNode* top = (<cp_Element*><PyObject*>root)._c_node
    cdef cp_xmlNode* c = top
    cdef cp_xmlNode* following = NULL
    cdef Py_ssize_t count = 0
    cdef bint collect = labels is not None
    cdef list found = []
    cdef dict classes = {}
    while c is not NULL:
        if count >= max_walk:
            break
        count += 1
        if collect:
            if c.type == ELEMENT:
                text = _collect(c.children)
            elif c.type == ENTITY_REF:
                text = "&" + _decode(c.name) + ";"
            else:
                text = _decode(c.content) if c.content is not NULL else ""
            # Cheap tests first, as in the Python walk.
            if text and len(text) <= max_chars:
                text = text.lstrip()
                if text[:1] in label_first and label(text):
                    labels.append((_proxy(doc, c), text))
                    collect = len(labels) < max_labels
        if c.type == ELEMENT:
            if _has_attr(c, b"itemprop") or _has_attr(c, b"rel"):
                found.append(_proxy(doc, c))
            else:
                cls = _attr(c, b"class")
                if cls is not None:
                    hit = classes.get(cls)
                    if hit is None:
                        hit = classes[cls] = byline_class(cls.lower()) is not None
                    if hit:
                        found.append(_proxy(doc, c))
            if len(found) > max_collected:
                break
            following = _next_element(c.children)
            if following is not NULL:
                c = following
                continue
        # The next node in document order: a sibling of c or of its nearest ancestor.
        while c is not top:
            following = _next_element(c.next)
            if following is not NULL:
                break
            c = c.parent
        c = following if c is not top else NULL
    return found


def _check():
    """Whether this walk reads a small page as lxml reads it."""
    page = _etree.fromstring(
        b"<html><body><div class='a b' id=x>one<p>two<a href='#h'>three</a>four</p>"
        b"<!-- c -->five<img src='i.png' alt='i'></div>six</body></html>",
        _etree.HTMLParser(),
    )
    body = page.find("body")
    if not accepts(body):
        return False
    cdef cp_xmlNode* c
    cdef const cp_xmlChar* keys[TAG_SLOTS]
    cdef list names = [None] * TAG_SLOTS
    cdef int i
    for i in range(TAG_SLOTS):
        keys[i] = NULL
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        c = (<cp_Element*><PyObject*>element)._c_node
        if _tag(c, keys, names) != element.tag or _collect(c.children) != element.text:
            return False
        if _collect(c.next) != element.tail:
            return False
        for name in ("class", "id", "href", "src", "alt"):
            if _attr(c, name.encode()) != element.get(name):
                return False
        if _proxy((<cp_Element*><PyObject*>element)._doc, c) is not element:
            return False
    return True


def _setup():
    global _element_factory, _ready
    try:
        capsule = _etree.__pyx_capi__["elementFactory"]
        _element_factory = <_factory_t>PyCapsule_GetPointer(
            capsule, b"struct LxmlElement *(struct LxmlDocument *, xmlNode *)"
        )
    except (AttributeError, KeyError, ValueError):
        return
    _ready = True
    _ready = _check()


_setup()
