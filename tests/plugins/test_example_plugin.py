"""The example third-party plugin, registered in-process (installed: see test_install.py)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from compare import assert_same

import tnp_core as tnp
from tnp_core import plugins
from tnp_core.exceptions import LinAlgError

EXAMPLE_SRC = Path(__file__).parent / "example_plugin" / "src"


@pytest.fixture
def example() -> Iterator[ModuleType]:
    """The example plugin module, registered as ``example`` for the test."""
    sys.path.insert(0, str(EXAMPLE_SRC))
    try:
        module = importlib.import_module("tnp_example_plugin")
    finally:
        sys.path.remove(str(EXAMPLE_SRC))
    module.CALLS.clear()
    plugins.register(module, "example")
    yield module
    plugins.unregister("example")


@pytest.fixture
def linalg_default() -> None:
    """Skip unless a default (built-in) provider of ``linalg.solve`` is installed."""
    if not any(p.is_default for p in plugins.providers("linalg.solve")):
        pytest.skip("tnp-linalg is not installed")


@pytest.mark.usefixtures("linalg_default")
def test_example_serves_linalg_solve(example: ModuleType) -> None:
    served = plugins.provider("linalg.solve")
    assert served is not None and served.plugin == "example" and not served.is_default
    a = np.array([[3.0, 1.0], [1.0, 2.0]])
    b = np.array([9.0, 8.0])
    assert_same(tnp.linalg.solve(a, b), np.linalg.solve(a, b))
    a32, b32 = a.astype(np.float32), np.eye(2, dtype=np.float32)
    assert_same(tnp.linalg.solve(a32, b32), np.linalg.solve(a32, b32))
    assert example.CALLS["linalg.solve"] == 2


@pytest.mark.usefixtures("linalg_default")
def test_example_declines_and_the_default_serves(example: ModuleType) -> None:
    a = np.array([[3, 1], [1, 2]])
    b = np.array([9, 8])
    assert_same(tnp.linalg.solve(a, b), np.linalg.solve(a, b))  # integers: declined
    stack = np.stack([a, 2 * a]).astype(np.float64)
    rhs = np.ones((2, 2, 1))
    assert_same(tnp.linalg.solve(stack, rhs), np.linalg.solve(stack, rhs))  # a stack: declined
    assert example.CALLS["linalg.solve"] == 0


@pytest.mark.usefixtures("linalg_default")
def test_example_solve_errors_like_numpy(example: ModuleType) -> None:
    with pytest.raises(LinAlgError):
        tnp.linalg.solve(np.ones((2, 2)), np.ones(2))


def test_example_add_kernel_serves_add(example: ModuleType) -> None:
    assert plugins.provider("add").plugin == "example"  # type: ignore[union-attr]
    x = np.arange(4.0)
    assert_same(tnp.add(x, x), x + x)
    assert_same(tnp.asarray(x) + 1, x + 1)
    assert_same(tnp.add.reduce(x), np.add.reduce(x))
    assert example.CALLS["add"] >= 5  # two calls, then the reduction's pairwise folds


def test_example_add_declines_wide_unsigned(example: ModuleType) -> None:
    x = np.array([1, 2**32], dtype=np.uint64)
    before = example.CALLS["add"]
    assert_same(tnp.add(x, x), x + x)
    assert example.CALLS["add"] == before


def test_unregistering_the_example_restores_defaults(example: ModuleType) -> None:
    plugins.unregister("example")
    try:
        assert plugins.provider("add").plugin == "backends"  # type: ignore[union-attr]
        assert all(p.plugin != "example" for p in plugins.providers("linalg.solve"))
    finally:
        plugins.register(example, "example")
