"""The demo programs (examples/) run unchanged on tnp and agree with NumPy."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy
import pytest

import tnp_core as tnp

EXAMPLES = Path(__file__).parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))
run_demo = importlib.import_module("run_demo")


@pytest.mark.parametrize("name", list(run_demo.EXAMPLES))
def test_example_agrees_with_numpy(name: str) -> None:
    module = importlib.import_module(name)
    got = module.run(tnp, "small")
    want = module.run(numpy, "small")
    assert run_demo.verdict(run_demo.EXAMPLES[name], got, want) == "OK"
