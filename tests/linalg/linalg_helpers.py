"""Shared helpers of the linalg tests: random inputs and the NumPy-vs-tnp differential check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from compare import assert_same

from tnp_core.exceptions import AxisError, LinAlgError

__all__ = ["data", "square", "differential"]


def data(shape: tuple[int, ...], dtype: Any, seed: int = 0) -> np.ndarray:
    """Random values of ``dtype``: small integers for integer dtypes."""
    rng = np.random.default_rng(seed)
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    if dt.kind in "iu":
        return rng.integers(0 if dt.kind == "u" else -4, 5, shape).astype(dt)
    x = rng.standard_normal(shape)
    if dt.kind == "c":
        x = x + 1j * rng.standard_normal(shape)
    return x.astype(dt)


def square(shape: tuple[int, ...], dtype: Any, seed: int = 0) -> np.ndarray:
    """Well-conditioned (diagonally dominant) square matrices of ``dtype``."""
    n = shape[-1]
    a = data(shape, dtype, seed)
    return (a + (4 * n + 8) * np.eye(n, dtype=np.int64)).astype(dtype)


def _tnp_exception(e: type[BaseException]) -> type[BaseException]:
    """The exception tnp must raise where NumPy raised ``e``."""
    if issubclass(e, np.linalg.LinAlgError):
        return LinAlgError
    if issubclass(e, np.exceptions.AxisError):
        return AxisError
    for base in (TypeError, IndexError, ValueError):
        if issubclass(e, base):
            return base
    return e


def differential(
    np_call: Callable[[], Any], tnp_call: Callable[[], Any], factor: float = 100.0
) -> Any:
    """Run both; same exception type, or same result up to ``factor`` * eps (scaled)."""
    try:
        with np.errstate(all="ignore"):
            want = np_call()
    except Exception as e:  # NumPy rejects: tnp must reject with the matching type
        with pytest.raises(_tnp_exception(type(e))):
            tnp_call()
        return e
    got = tnp_call()
    w = np.asarray(want)
    if w.dtype.kind in "fc":
        rtol = factor * np.finfo(w.dtype).eps
        finite = np.abs(w[np.isfinite(w)])
        atol = rtol * float(finite.max()) if finite.size else 0.0
        assert_same(got, want, rtol=rtol, atol=atol)
    else:
        assert_same(got, want)
    return want
