"""Blocks made from C (cleanpage/_records.pyx) equal the ones article._new_block makes."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanpage import article
from cleanpage.article import Block, Kind, Label

records = pytest.importorskip(
    "cleanpage._records", reason="the compiled records are not built (no C compiler at install)"
)
MAKER = records.SlotMaker(Block, article._BLOCK_FEATURES, article._BLOCK_DEFAULTS)

_FEATURES = st.tuples(
    st.integers(0, 10_000),
    st.text(max_size=30),
    st.sampled_from(list(Kind)),
    st.integers(0, 6),
    st.lists(st.tuples(st.text(max_size=5)), max_size=2).map(tuple),
    st.integers(0, 500),
    st.floats(0, 1),
    st.floats(0, 1),
    st.text(max_size=20),
    st.frozensets(st.text(max_size=6), max_size=3),
    st.sampled_from(["", "nav", "main", "footer"]),
    st.integers(0, 40),
    st.integers(0, 100),
)


@given(_FEATURES)
def test_compiled_blocks_equal_python_blocks(features: tuple[object, ...]) -> None:
    made, expected = MAKER(*features), article._new_block(*features)  # type: ignore[arg-type]
    assert type(made) is Block
    assert made == expected
    assert made.label is Label.BOILERPLATE and made.spans == () and made.reason == ""
    assert made.to_dict() == expected.to_dict()


def test_a_made_block_is_frozen_and_complete() -> None:
    block = MAKER(0, "Tides", Kind.HEADING, 1, (), 1, 0.0, 0.0, "body/h1", frozenset(), "", 1, 0)
    with pytest.raises(AttributeError):
        block.text = "Other"  # type: ignore[misc]
    assert repr(block).startswith("Block(index=0, text='Tides'")
    with pytest.raises(TypeError, match="13 values expected, got 2"):
        MAKER(0, "Tides")


def test_the_pipeline_uses_the_compiled_maker() -> None:
    if os.environ.get("CLEANPAGE_PURE_PYTHON"):
        pytest.skip("CLEANPAGE_PURE_PYTHON asks for the Python twins")
    assert isinstance(article.new_block, records.SlotMaker)


_DECISIONS = st.lists(
    st.one_of(
        st.none(),
        st.tuples(st.sampled_from(list(Label)), st.text(max_size=12), st.text(max_size=8)),
    ),
    max_size=6,
)
_FIELDS = (Block.__dict__["label"], Block.__dict__["reason"], Block.__dict__["rule"])


def _fresh_blocks(n: int) -> tuple[Block, ...]:
    return tuple(
        article._new_block(
            i, f"Tides {i}", Kind.PARAGRAPH, 0, (), 2, 0.0, 0.0, "", frozenset(), "", 1, 0
        )
        for i in range(n)
    )


@given(_DECISIONS)
def test_compiled_labelling_equals_python_labelling(decisions: list[object]) -> None:
    labels = [d[0] if d else None for d in decisions]  # type: ignore[index]
    reasons = [d[1] if d else "" for d in decisions]  # type: ignore[index]
    rules = [d[2] if d else "" for d in decisions]  # type: ignore[index]
    made, expected = _fresh_blocks(len(decisions)), _fresh_blocks(len(decisions))
    records.label_blocks(_FIELDS, article.BODY_DECISION, made, labels, reasons, rules)
    article._label_blocks(expected, labels, reasons, rules)
    assert made == expected
    for block, label in zip(made, labels, strict=True):
        if label is None:
            assert (block.label, block.reason, block.rule) == article.BODY_DECISION


def test_labelling_wants_a_decision_per_block() -> None:
    blocks = _fresh_blocks(2)
    with pytest.raises(ValueError, match="per block"):
        records.label_blocks(_FIELDS, article.BODY_DECISION, blocks, [None], [""], [""])
    with pytest.raises(ValueError, match="per block"):
        article._label_blocks(blocks, [None], [""], [""])
