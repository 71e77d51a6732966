"""Accuracy regression: F1 on the development datasets (HTML and text dumps) may not fall
below the figure last reached by more than 0.005. Raise a figure here whenever a change
improves it.

Needs ../shared/eval (the evaluation data beside the checkout); skipped when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import cleanpage

BENCH = Path(__file__).resolve().parent / "benchmarks"
DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "datasets"
TOLERANCE = 0.005

# Balanced mode, the figures last reached (tests/benchmarks/bench_accuracy.py prints them).
RECORDED = {
    "scrapinghub_aeb": 0.979,
    "readability_testpages": 0.966,
    "l3s_gn1": 0.946,
    "wcxb_dev": 0.870,
    "scrapinghub_aeb_dump": 0.931,
    "l3s_gn1_dump": 0.935,
    "wcxb_dev_dump": 0.820,
}


@pytest.mark.dataset
@pytest.mark.parametrize("name", sorted(RECORDED))
def test_f1_does_not_regress(name: str) -> None:
    folder = DATA / name
    if not folder.is_dir():
        pytest.skip(f"evaluation data not found at {folder} (../shared/eval is absent)")
    sys.path.insert(0, str(BENCH))
    try:
        from bench_accuracy import load_dataset, load_scorer
    finally:
        sys.path.remove(str(BENCH))
    scorer = load_scorer(DATA)
    rows = []
    for page in load_dataset(folder):
        article = cleanpage.extract(page["_raw"], url=page.get("url"), format=page["_format"])
        rows.append(scorer.page_score(page, article.text))
    f1 = scorer.aggregate(rows)["f1"]
    assert f1 >= RECORDED[name] - TOLERANCE, f"{name}: F1 {f1:.4f} < recorded {RECORDED[name]}"
