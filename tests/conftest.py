"""Shared test setup: hypothesis profiles and the eval-data skip helper.

Profiles (pick one with ``HYPOTHESIS_PROFILE``):

* ``ci`` (default): a few hundred examples per property, derandomized so a run is
  reproducible and the measured thresholds in ``test_properties.py`` hold exactly as stated;
  no deadline (shared CI machines are noisy).
* ``thorough``: many more examples, random seeds, for a long run before a release:
  ``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``.
* ``dev``: a quick smoke run while editing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def shared_data() -> Path:
    """The shared eval data folder; the test is skipped when it is absent."""
    eval_dir = SHARED / "eval" / "datasets"
    if not eval_dir.is_dir():
        pytest.skip("shared eval data not available")
    return eval_dir
