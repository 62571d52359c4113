"""Differential tests of tnp.linalg.solve / inv / det against NumPy 2, plus plugin wiring."""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np
import pytest
from linalg_helpers import data, differential, square

import tnp_core
import tnp_core as tnp
import tnp_core.linalg
from tnp_core.exceptions import LinAlgError

FLOATS = [np.float32, np.float64, np.complex64, np.complex128]
INTS = [np.int64, np.int32, np.int8, np.uint8]
ALL = FLOATS + INTS


# ---------------------------------------------------------------- wiring


def test_public_functions_are_bound_to_the_submodule() -> None:
    for name in ("solve", "inv", "det", "norm"):
        fn = getattr(tnp_core.linalg, name)
        assert fn.__module__ == "tnp_core.linalg"
        assert fn.__name__ == name
    assert tnp.linalg.solve is tnp_core.linalg.solve


def test_provider_is_tnp_linalg() -> None:
    for name in ("linalg.solve", "linalg.inv", "linalg.det", "linalg.norm"):
        info = tnp_core.plugins.provider(name)
        assert info is not None
        assert info.distribution == "tnp-linalg"
        assert info.version == "0.1.0"
        assert info.is_default


def test_linalg_error_is_published() -> None:
    assert tnp.linalg.LinAlgError is LinAlgError
    assert issubclass(tnp.linalg.LinAlgError, ValueError)
    assert {"solve", "inv", "det", "norm", "LinAlgError"} <= set(dir(tnp.linalg))


@pytest.mark.parametrize("name", ["solve", "inv", "det", "norm"])
def test_signature_matches_numpy(name: str) -> None:
    assert inspect.signature(getattr(tnp.linalg, name)) == inspect.signature(
        getattr(np.linalg, name)
    )


# ---------------------------------------------------------------- solve


@pytest.mark.parametrize("dtype", ALL + [np.bool_])
@pytest.mark.parametrize("bshape", [(4,), (4, 1), (4, 3)])
def test_solve_dtypes(dtype: Any, bshape: tuple[int, ...]) -> None:
    a = square((4, 4), dtype, 1) if dtype is not np.bool_ else np.eye(4, dtype=bool)
    b = data(bshape, dtype, 2)
    want = differential(
        lambda: np.linalg.solve(a, b), lambda: tnp.linalg.solve(tnp.asarray(a), tnp.asarray(b))
    )
    assert want.dtype == np.result_type(a.dtype, np.float32 if a.dtype.kind in "fc" else float)


@pytest.mark.parametrize(
    "da, db",
    [
        (np.float32, np.float64),
        (np.float32, np.complex64),
        (np.float32, np.int8),
        (np.complex64, np.float64),
        (np.int64, np.complex64),
        (np.float64, np.float32),
        (np.float32, np.bool_),
    ],
)
def test_solve_mixed_dtypes(da: Any, db: Any) -> None:
    a = square((3, 3), da, 3)
    b = data((3, 2), db, 4)
    differential(
        lambda: np.linalg.solve(a, b), lambda: tnp.linalg.solve(tnp.asarray(a), tnp.asarray(b))
    )


@pytest.mark.parametrize("dtype", FLOATS + [np.int64])
@pytest.mark.parametrize(
    "ashape, bshape",
    [
        ((5, 3, 3), (3,)),  # b 1-d: a vector for every matrix of a
        ((5, 3, 3), (3, 2)),  # b matrix, broadcast over the stack
        ((5, 3, 3), (5, 3, 2)),
        ((2, 1, 3, 3), (4, 3, 1)),  # broadcast batch dimensions
        ((3, 3), (2, 4, 3, 2)),
        ((3, 3, 3), (3, 3)),  # NumPy 2: (3, 3) is a matrix, not a stack of vectors
        ((4, 4, 4), (4, 4, 4)),
    ],
)
def test_solve_batched(dtype: Any, ashape: tuple[int, ...], bshape: tuple[int, ...]) -> None:
    a = square(ashape, dtype, 5)
    b = data(bshape, dtype, 6)
    want = differential(
        lambda: np.linalg.solve(a, b), lambda: tnp.linalg.solve(tnp.asarray(a), tnp.asarray(b))
    )
    assert isinstance(want, np.ndarray)


def test_solve_numpy2_matrix_rule_shape() -> None:
    # NumPy 1 read b of shape (3, 3) as 3 vectors (result (3, 3)); NumPy 2 as one matrix.
    a = square((3, 3, 3), np.float64, 7)
    b = data((3, 3), np.float64, 8)
    r = tnp.linalg.solve(tnp.asarray(a), tnp.asarray(b))
    assert r.shape == (3, 3, 3)
    np.testing.assert_allclose(
        np.asarray(a @ np.asarray(r)), np.broadcast_to(b, (3, 3, 3)), rtol=1e-12, atol=1e-12
    )


@pytest.mark.parametrize(
    "ashape, bshape",
    [
        ((0, 0), (0,)),
        ((0, 0), (0, 3)),
        ((3, 0, 0), (0,)),
        ((3, 0, 0), (2, 1, 0, 4)),
        ((0, 3, 3), (3,)),
        ((0, 3, 3), (0, 3, 2)),
        ((2, 3, 3), (2, 3, 0)),
    ],
)
@pytest.mark.parametrize("dtype", [np.float32, np.int64, np.complex128])
def test_solve_empty(ashape: tuple[int, ...], bshape: tuple[int, ...], dtype: Any) -> None:
    a = square(ashape, dtype, 1) if ashape[-1] else np.zeros(ashape, dtype)
    b = np.ones(bshape, dtype)
    differential(
        lambda: np.linalg.solve(a, b), lambda: tnp.linalg.solve(tnp.asarray(a), tnp.asarray(b))
    )


@pytest.mark.parametrize(
    "a, b, exc, match",
    [
        ([[1, 2], [2, 4]], [1, 1], LinAlgError, "Singular matrix"),
        ([[1.0, 2.0], [2.0, 4.0]], [[1.0], [1.0]], LinAlgError, "Singular matrix"),
        ([[[1, 0], [0, 1]], [[0, 0], [0, 0]]], [1, 1], LinAlgError, "Singular matrix"),
        (np.ones((2, 3)), np.ones(2), LinAlgError, "must be square"),
        (np.ones(3), np.ones(3), LinAlgError, "at least two-dimensional"),
        (np.ones(()), np.ones(()), LinAlgError, "at least two-dimensional"),
        (np.eye(3), np.ones(2), ValueError, None),  # vector length mismatch
        (np.eye(3), np.ones((2, 3)), ValueError, None),  # matrix row mismatch
        (np.eye(3), np.ones(()), ValueError, None),  # 0-d b
        (np.ones((2, 3, 3)), np.ones((4, 3, 2)), ValueError, None),  # batch mismatch
        (np.ones((2, 3, 3)), np.ones((2, 3)), ValueError, None),  # (2, 3) is a matrix
        (np.eye(2, dtype=np.float16), np.ones(2), TypeError, "float16"),
        (np.eye(2), np.ones(2, np.float16), TypeError, "float16"),
    ],
)
def test_solve_errors(a: Any, b: Any, exc: type[Exception], match: str | None) -> None:
    a = np.asarray(a)
    b = np.asarray(b)
    with pytest.raises(exc if exc is not LinAlgError else np.linalg.LinAlgError):
        np.linalg.solve(a, b)
    with pytest.raises(exc, match=match):
        tnp.linalg.solve(tnp.asarray(a), tnp.asarray(b))


def test_solve_singular_error_is_numpy_typed_not_torch() -> None:
    with pytest.raises(LinAlgError) as info:
        tnp.linalg.solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
    assert type(info.value) is LinAlgError
    assert str(info.value) == "Singular matrix"


def test_solve_nan_propagates() -> None:
    a = np.array([[1.0, np.nan], [2.0, 4.0]])
    b = np.ones(2)
    differential(lambda: np.linalg.solve(a, b), lambda: tnp.linalg.solve(a, b))


def test_solve_accepts_nested_lists() -> None:
    differential(
        lambda: np.linalg.solve([[3, 1], [1, 2]], [9, 8]),
        lambda: tnp.linalg.solve([[3, 1], [1, 2]], [9, 8]),
    )


def test_solve_result_is_a_fresh_array() -> None:
    a = tnp.asarray(square((3, 3), np.float64))
    r = tnp.linalg.solve(a, tnp.asarray(np.ones(3)))
    assert r.base is None
    r[0] = 5.0  # writable, and does not touch a
    np.testing.assert_array_equal(np.asarray(a), square((3, 3), np.float64))


# ---------------------------------------------------------------- inv


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (3, 5, 5), (2, 2, 3, 3)])
def test_inv(dtype: Any, shape: tuple[int, ...]) -> None:
    a = square(shape, dtype, 11)
    differential(lambda: np.linalg.inv(a), lambda: tnp.linalg.inv(tnp.asarray(a)))


def test_inv_bool() -> None:
    a = np.eye(3, dtype=bool)
    differential(lambda: np.linalg.inv(a), lambda: tnp.linalg.inv(tnp.asarray(a)))


@pytest.mark.parametrize("shape", [(0, 0), (2, 0, 0), (0, 3, 3)])
@pytest.mark.parametrize("dtype", [np.float32, np.int64, np.complex64])
def test_inv_empty(shape: tuple[int, ...], dtype: Any) -> None:
    a = np.zeros(shape, dtype) + (np.eye(shape[-1], dtype=dtype) if shape[-1] else 0)
    differential(lambda: np.linalg.inv(a), lambda: tnp.linalg.inv(tnp.asarray(a)))


@pytest.mark.parametrize(
    "a, exc, match",
    [
        (np.zeros((2, 2)), LinAlgError, "Singular matrix"),
        ([[1, 2], [2, 4]], LinAlgError, "Singular matrix"),
        (np.stack([np.eye(3), np.zeros((3, 3))]), LinAlgError, "Singular matrix"),
        (np.ones((2, 3)), LinAlgError, "must be square"),
        (np.ones((4, 2, 3)), LinAlgError, "must be square"),
        (np.ones(3), LinAlgError, "at least two-dimensional"),
        (np.eye(3, dtype=np.float16), TypeError, "float16"),
    ],
)
def test_inv_errors(a: Any, exc: type[Exception], match: str) -> None:
    a = np.asarray(a)
    with pytest.raises(exc if exc is not LinAlgError else np.linalg.LinAlgError):
        np.linalg.inv(a)
    with pytest.raises(exc, match=match):
        tnp.linalg.inv(tnp.asarray(a))


# ---------------------------------------------------------------- det


@pytest.mark.parametrize("dtype", ALL + [np.bool_])
def test_det_single_matrix_is_a_scalar(dtype: Any) -> None:
    a = data((4, 4), dtype, 21)
    want = differential(lambda: np.linalg.det(a), lambda: tnp.linalg.det(tnp.asarray(a)))
    assert isinstance(want, np.generic)
    assert isinstance(tnp.linalg.det(tnp.asarray(a)), tnp.generic)


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", [(5, 3, 3), (2, 3, 2, 2), (4, 1, 1)])
def test_det_batched(dtype: Any, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, 22)
    want = differential(lambda: np.linalg.det(a), lambda: tnp.linalg.det(tnp.asarray(a)))
    assert want.shape == shape[:-2]


@pytest.mark.parametrize("shape", [(0, 0), (3, 0, 0), (0, 2, 2), (0, 0, 0)])
@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.complex64])
def test_det_empty(shape: tuple[int, ...], dtype: Any) -> None:
    a = np.zeros(shape, dtype)
    want = differential(lambda: np.linalg.det(a), lambda: tnp.linalg.det(tnp.asarray(a)))
    if shape == (0, 0):
        assert want == 1.0


def test_det_singular_is_zero() -> None:
    a = np.array([[1, 2], [2, 4]])
    differential(lambda: np.linalg.det(a), lambda: tnp.linalg.det(a))
    assert tnp.linalg.det(a) == 0.0


@pytest.mark.parametrize(
    "a, exc, match",
    [
        (np.ones((2, 3)), LinAlgError, "must be square"),
        (np.ones(3), LinAlgError, "at least two-dimensional"),
        (np.ones(()), LinAlgError, "at least two-dimensional"),
        (np.eye(2, dtype=np.float16), TypeError, "float16"),
    ],
)
def test_det_errors(a: Any, exc: type[Exception], match: str) -> None:
    with pytest.raises(exc if exc is not LinAlgError else np.linalg.LinAlgError):
        np.linalg.det(a)
    with pytest.raises(exc, match=match):
        tnp.linalg.det(tnp.asarray(a))
