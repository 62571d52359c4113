"""Differential tests of tnp.linalg.norm against NumPy 2: every ord / axis form, accepted or not."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linalg_helpers import data, differential

import tnp_core as tnp
from tnp_core.exceptions import AxisError, LinAlgError

INF = math.inf
DTYPES = [np.float32, np.float64, np.complex64, np.complex128, np.int64, np.int8, np.bool_]
VECTOR_ORDS = [None, INF, -INF, 0, 1, -1, 2, -2, 3, 0.5, -0.5, 2.5, True]
MATRIX_ORDS = [None, "fro", "f", "nuc", INF, -INF, 1, -1, 2, -2, 2.0, -1.0]
BAD_VECTOR_ORDS = ["fro", "f", "nuc", "abc"]
BAD_MATRIX_ORDS = [0, 3, -3, 0.5, "abc", "inf"]


def _norm(x: np.ndarray, **kw: Any) -> tuple[Any, Any]:
    """The NumPy call and the tnp call on the same input."""
    return (lambda: np.linalg.norm(x, **kw)), (lambda: tnp.linalg.norm(tnp.asarray(x), **kw))


def check(x: np.ndarray, factor: float = 100.0, **kw: Any) -> Any:
    return differential(*_norm(x, **kw), factor=factor)


# ---------------------------------------------------------------- vectors


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("ord", VECTOR_ORDS)
@pytest.mark.parametrize("axis", [None, 0, -1, (0,)])
@pytest.mark.parametrize("keepdims", [False, True])
def test_vector_norm_1d(dtype: Any, ord: Any, axis: Any, keepdims: bool) -> None:
    x = data((7,), dtype, 1)
    want = check(x, ord=ord, axis=axis, keepdims=keepdims)
    assert not isinstance(want, Exception)
    assert np.asarray(want).dtype == (
        np.float32 if dtype in (np.float32, np.complex64) else np.float64
    )


@pytest.mark.parametrize("dtype", [np.float32, np.complex128, np.int64])
@pytest.mark.parametrize("ord", VECTOR_ORDS)
@pytest.mark.parametrize("axis", [0, 1, 2, -1, -3, (1,)])
@pytest.mark.parametrize("keepdims", [False, True])
def test_vector_norm_along_axis_of_3d(dtype: Any, ord: Any, axis: Any, keepdims: bool) -> None:
    x = data((3, 4, 5), dtype, 2)
    want = check(x, ord=ord, axis=axis, keepdims=keepdims)
    assert isinstance(want, np.ndarray)


def test_vector_norm_with_zeros_and_negative_orders() -> None:
    x = np.array([0.0, 1.0, -2.0, 0.0, 3.5])
    for ord in (0, -1, -2, -0.5, -INF, INF):
        check(x, ord=ord)


@pytest.mark.parametrize("ord", BAD_VECTOR_ORDS)
@pytest.mark.parametrize("shape, axis", [((5,), None), ((5,), 0), ((3, 4), 1), ((3, 4), (0,))])
def test_vector_norm_rejects_matrix_orders(ord: str, shape: tuple[int, ...], axis: Any) -> None:
    x = data(shape, np.float64, 3)
    with pytest.raises(ValueError):
        np.linalg.norm(x, ord, axis)
    with pytest.raises(ValueError, match="Invalid norm order"):
        tnp.linalg.norm(tnp.asarray(x), ord, axis)


# ---------------------------------------------------------------- matrices


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("ord", MATRIX_ORDS)
@pytest.mark.parametrize("keepdims", [False, True])
def test_matrix_norm_2d(dtype: Any, ord: Any, keepdims: bool) -> None:
    x = data((4, 5), dtype, 4)
    want = check(x, ord=ord, keepdims=keepdims)
    assert not isinstance(want, Exception)
    assert np.asarray(want).dtype == (
        np.float32 if dtype in (np.float32, np.complex64) else np.float64
    )


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex64, np.int64])
@pytest.mark.parametrize("ord", MATRIX_ORDS)
@pytest.mark.parametrize("axis", [(0, 1), (1, 0), (1, 2), (2, 0), (-1, -2), (0, -1)])
@pytest.mark.parametrize("keepdims", [False, True])
def test_matrix_norm_axes_of_3d(dtype: Any, ord: Any, axis: Any, keepdims: bool) -> None:
    x = data((3, 4, 5), dtype, 5)
    want = check(x, ord=ord, axis=axis, keepdims=keepdims)
    assert isinstance(want, np.ndarray)


@pytest.mark.parametrize("ord", BAD_MATRIX_ORDS)
@pytest.mark.parametrize("shape, axis", [((3, 4), None), ((2, 3, 4), (2, 0))])
def test_matrix_norm_rejects_orders(ord: Any, shape: tuple[int, ...], axis: Any) -> None:
    x = data(shape, np.float64, 6)
    with pytest.raises(ValueError):
        np.linalg.norm(x, ord, axis)
    with pytest.raises(ValueError, match="Invalid norm order for matrices"):
        tnp.linalg.norm(tnp.asarray(x), ord, axis)


# ---------------------------------------------------------------- axis=None, keepdims, 0-d


@pytest.mark.parametrize("shape", [(), (6,), (3, 4), (2, 3, 4), (2, 1, 3, 2)])
@pytest.mark.parametrize("dtype", [np.float32, np.complex64, np.complex128, np.int64])
@pytest.mark.parametrize("keepdims", [False, True])
def test_default_norm_flattens(shape: tuple[int, ...], dtype: Any, keepdims: bool) -> None:
    x = data(shape, dtype, 7)
    want = check(x, keepdims=keepdims)
    assert np.shape(want) == ((1,) * len(shape) if keepdims else ())


@pytest.mark.parametrize("ord", [1, 2, -1, INF, "fro", "nuc", -2, 0])
def test_ndim_above_2_with_ord_and_no_axis_is_rejected(ord: Any) -> None:
    x = data((2, 3, 4), np.float64, 8)
    with pytest.raises(ValueError):
        np.linalg.norm(x, ord)
    with pytest.raises(ValueError, match="Improper number of dimensions"):
        tnp.linalg.norm(tnp.asarray(x), ord)


@pytest.mark.parametrize("axis", [(0, 1, 2), (), (0, 1, 2, 3)])
def test_axis_tuple_of_wrong_length_is_rejected(axis: tuple[int, ...]) -> None:
    x = data((2, 3, 4, 5), np.float64, 9)
    with pytest.raises(ValueError):
        np.linalg.norm(x, axis=axis)
    with pytest.raises(ValueError, match="Improper number of dimensions"):
        tnp.linalg.norm(tnp.asarray(x), axis=axis)


def test_0d_with_ord_is_rejected() -> None:
    x = np.array(3.0)
    with pytest.raises(ValueError):
        np.linalg.norm(x, 1)
    with pytest.raises(ValueError, match="Improper number of dimensions"):
        tnp.linalg.norm(tnp.asarray(x), 1)


@pytest.mark.parametrize("axis", [(0, 0), (1, -1), (0, -2)])
def test_duplicate_axes_are_rejected(axis: tuple[int, int]) -> None:
    x = data((3, 4), np.float64, 10)
    with pytest.raises(ValueError):
        np.linalg.norm(x, axis=axis)
    with pytest.raises(ValueError, match="Duplicate axes"):
        tnp.linalg.norm(tnp.asarray(x), axis=axis)


@pytest.mark.parametrize(
    "axis, ord", [(2, None), (-3, 1), ((0, 2), None), ((-3, 1), "fro"), ((1, 5), 2)]
)
def test_axis_out_of_bounds_is_axis_error(axis: Any, ord: Any) -> None:
    x = data((3, 4), np.float64, 11)
    with pytest.raises(np.exceptions.AxisError):
        np.linalg.norm(x, ord, axis)
    with pytest.raises(AxisError):
        tnp.linalg.norm(tnp.asarray(x), ord, axis)


# ---------------------------------------------------------------- empty inputs


@pytest.mark.parametrize("ord", VECTOR_ORDS)
@pytest.mark.parametrize(
    "shape, axis", [((0,), None), ((0,), 0), ((2, 0), 1), ((0, 2), 1), ((0, 2), 0), ((3, 0, 2), 1)]
)
@pytest.mark.parametrize("keepdims", [False, True])
def test_vector_norm_of_empty(ord: Any, shape: tuple[int, ...], axis: Any, keepdims: bool) -> None:
    check(np.zeros(shape), ord=ord, axis=axis, keepdims=keepdims)


def test_vector_norm_of_empty_matches_numpy_explicitly() -> None:
    e = tnp.asarray(np.zeros(0))
    assert tnp.linalg.norm(e, INF) == 0.0
    assert tnp.linalg.norm(e, -2) == INF
    with pytest.raises(ValueError, match="zero-size array"):
        tnp.linalg.norm(e, -INF)


@pytest.mark.parametrize("ord", MATRIX_ORDS)
@pytest.mark.parametrize(
    "shape, axis",
    [
        ((0, 3), None),
        ((3, 0), None),
        ((0, 0), None),
        ((2, 0, 3), (1, 2)),
        ((0, 3, 0), (1, 2)),
        ((2, 3, 0), (2, 1)),
    ],
)
@pytest.mark.parametrize("keepdims", [False, True])
def test_matrix_norm_of_empty(ord: Any, shape: tuple[int, ...], axis: Any, keepdims: bool) -> None:
    check(np.zeros(shape), ord=ord, axis=axis, keepdims=keepdims)


# ---------------------------------------------------------------- special values and dtypes


def test_float16_vector_norms_stay_float16() -> None:
    x = data((6,), np.float16, 12)
    for ord in (None, 1, INF, 3, 0):
        check(x, factor=4, ord=ord)
    check(data((3, 4), np.float16, 13), factor=4, ord="fro")
    check(data((3, 4), np.float16, 13), factor=4, ord=1)


@pytest.mark.parametrize("ord", [2, -2, "nuc"])
def test_float16_svd_norms_are_type_errors(ord: Any) -> None:
    x = data((3, 3), np.float16, 14)
    with pytest.raises(TypeError):
        np.linalg.norm(x, ord)
    with pytest.raises(TypeError, match="float16"):
        tnp.linalg.norm(tnp.asarray(x), ord)


@pytest.mark.parametrize("ord", [2, -2, "nuc"])
def test_svd_norm_of_nan_is_linalg_error(ord: Any) -> None:
    x = np.array([[1.0, np.nan], [0.0, 1.0]])
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.norm(x, ord)
    with pytest.raises(LinAlgError, match="SVD did not converge"):
        tnp.linalg.norm(tnp.asarray(x), ord)


def test_non_finite_values() -> None:
    x = np.array([1.0, np.inf, -3.0])
    for ord in (None, 1, 2, INF, -INF, 3, -1):
        check(x, ord=ord)
    y = np.array([[1.0, np.nan], [2.0, 3.0]])
    for ord in (None, "fro", 1, INF):
        check(y, ord=ord)


def test_result_kinds() -> None:
    assert isinstance(tnp.linalg.norm(tnp.asarray([3.0, 4.0])), tnp.generic)
    assert tnp.linalg.norm(tnp.asarray([3.0, 4.0])) == 5.0
    assert isinstance(tnp.linalg.norm(tnp.asarray(np.eye(3)), 2), tnp.generic)
    r = tnp.linalg.norm(tnp.asarray(np.ones((2, 3, 4))), 2, axis=(2, 0), keepdims=True)
    assert isinstance(r, tnp.ndarray) and r.shape == (1, 3, 1)
    assert r.base is None


@settings(max_examples=60, deadline=None)
@given(
    shape=st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple),
    ord=st.sampled_from(VECTOR_ORDS + MATRIX_ORDS + BAD_MATRIX_ORDS),
    axis=st.one_of(
        st.none(), st.integers(-3, 2), st.tuples(st.integers(-3, 2), st.integers(-3, 2))
    ),
    keepdims=st.booleans(),
    dtype=st.sampled_from([np.float64, np.float32, np.complex64, np.int32]),
)
def test_norm_hypothesis(
    shape: tuple[int, ...], ord: Any, axis: Any, keepdims: bool, dtype: Any
) -> None:
    check(data(shape, dtype, 15), ord=ord, axis=axis, keepdims=keepdims)
