"""Differential-testing helpers: compare a tnp result with NumPy 2's, strictly."""

from __future__ import annotations

from typing import Any

import numpy as np

import tnp_core as tnp


def to_numpy(x: Any) -> Any:
    """A tnp result as NumPy (arrays and scalars), recursing into tuples/lists."""
    if isinstance(x, tnp.generic):
        return np.asarray(x)[()]
    if isinstance(x, tnp.ndarray):
        return np.asarray(x)
    if isinstance(x, tuple):
        return tuple(to_numpy(v) for v in x)
    if isinstance(x, list):
        return [to_numpy(v) for v in x]
    return x


def assert_same(got: Any, want: Any, *, rtol: float | None = None, atol: float = 0.0,
                check_dtype: bool = True, check_kind: bool = True) -> None:
    """Assert a tnp result equals NumPy's: same kind (scalar vs array), dtype, shape, values.

    Values are compared exactly unless ``rtol`` is given (NaNs compare equal).  ``rtol=None``
    for inexact dtypes still allows a few ulps: tolerance 4 * eps of the dtype.
    """
    if isinstance(want, tuple):
        assert isinstance(got, tuple), f"expected a tuple, got {type(got).__name__}"
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert_same(g, w, rtol=rtol, atol=atol, check_dtype=check_dtype,
                        check_kind=check_kind)
        return
    if check_kind:
        if isinstance(want, np.ndarray):
            assert isinstance(got, tnp.ndarray) and not isinstance(got, tnp.generic), (
                f"expected an array, got {type(got).__name__}: {got!r}")
        elif isinstance(want, np.generic):
            assert isinstance(got, tnp.generic), f"expected a scalar, got {type(got).__name__}"
    g = to_numpy(got)
    g_arr = np.asarray(g)
    w_arr = np.asarray(want)
    if check_dtype:
        assert g_arr.dtype == w_arr.dtype, f"dtype {g_arr.dtype} != NumPy's {w_arr.dtype}"
    assert g_arr.shape == w_arr.shape, f"shape {g_arr.shape} != NumPy's {w_arr.shape}"
    if w_arr.dtype.kind in "fc":
        tol = rtol if rtol is not None else 4 * np.finfo(w_arr.dtype).eps
        np.testing.assert_allclose(g_arr, w_arr, rtol=tol, atol=atol, equal_nan=True)
    else:
        np.testing.assert_array_equal(g_arr, w_arr)
