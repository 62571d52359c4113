"""Regression tests of an audit of tnp.linalg against NumPy 2: one block per fixed discrepancy."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from compare import assert_same
from linalg_helpers import data

import tnp_core as tnp
from tnp_core.exceptions import LinAlgError

NAN = math.nan
INF = math.inf

# ---------------------------------------------------------------- lstsq with inf / nan


@pytest.mark.parametrize("bad", [NAN, INF, -INF])
@pytest.mark.parametrize("where", [(0, 0), (1, 0), (2, 1)])
def test_lstsq_non_finite_a_is_linalg_error(bad: float, where: tuple[int, int]) -> None:
    a = data((3, 2), np.float64)
    a[where] = bad
    b = np.ones(3)
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.lstsq(a, b)
    with pytest.raises(LinAlgError, match="SVD did not converge"):
        tnp.linalg.lstsq(tnp.asarray(a), tnp.asarray(b))


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.complex128, np.complex64])
@pytest.mark.parametrize("shape", [(3, 2), (2, 2), (2, 3)])
def test_lstsq_nan_in_b_gives_nan_columns(dtype: Any, shape: tuple[int, int]) -> None:
    a = np.array([[1, 2, 0], [3, 4, 1], [5, 7, 2]], dtype=dtype)[: shape[0], : shape[1]]
    b = np.ones((shape[0], 2), dtype=dtype)
    b[0, 0] = NAN
    want = np.linalg.lstsq(a, b)
    got = tnp.linalg.lstsq(tnp.asarray(a), tnp.asarray(b))
    tol = 1e-4 if dtype in (np.float32, np.complex64) else 1e-10
    assert_same(got, want, rtol=tol, atol=tol)


def test_lstsq_nan_in_1d_b() -> None:
    a = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
    b = np.array([NAN, 1.0, 1.0])
    assert_same(tnp.linalg.lstsq(tnp.asarray(a), tnp.asarray(b)), np.linalg.lstsq(a, b),
                rtol=1e-10, atol=1e-12)


# ---------------------------------------------------------------- norm with a truthy keepdims


@pytest.mark.parametrize("keepdims", [1, 0])
@pytest.mark.parametrize(("ord", "axis"), [(None, None), (2, 1), ("fro", (0, 1)), (1, None)])
def test_norm_keepdims_any_truthy_value(keepdims: Any, ord: Any, axis: Any) -> None:
    x = data((3, 4), np.float64)
    want = np.linalg.norm(x, ord, axis, keepdims)
    got = tnp.linalg.norm(tnp.asarray(x), ord, axis, keepdims)
    assert_same(got, want, rtol=1e-12)


def test_matrix_norm_keepdims_truthy() -> None:
    x = data((2, 3, 4), np.float64)
    assert_same(tnp.linalg.matrix_norm(tnp.asarray(x), keepdims=1),
                np.linalg.matrix_norm(x, keepdims=1), rtol=1e-12)


# ---------------------------------------------------------------- linalg.diagonal is read-only


@pytest.mark.parametrize("offset", [0, 1, -1])
def test_linalg_diagonal_is_a_read_only_view(offset: int) -> None:
    base = np.arange(12.0).reshape(3, 4)
    x = tnp.asarray(base.copy())
    d = tnp.linalg.diagonal(x, offset=offset)
    want = np.linalg.diagonal(base, offset=offset)
    assert_same(d, want)
    assert not want.flags.writeable
    assert not d.flags.writeable
    with pytest.raises(ValueError):
        want[0] = -1.0
    with pytest.raises(ValueError):
        d[0] = -1.0
    assert_same(x, base)  # nothing was written through
    assert tnp.shares_memory(d, x)
