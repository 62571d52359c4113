"""linalg.matmul, tensorinv and tensorsolve against NumPy 2."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from compare import assert_same

import tnp_core as tnp

RNG = np.random.default_rng(7)


@pytest.mark.parametrize("name", ["matmul", "tensorinv", "tensorsolve"])
def test_signature(name: str) -> None:
    assert str(inspect.signature(getattr(tnp.linalg, name))) == str(
        inspect.signature(getattr(np.linalg, name))
    )


@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "uint16", "float32", "float64",
                                   "complex64", "complex128"])
@pytest.mark.parametrize(("s1", "s2"), [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)),
                                        ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)),
                                        ((1, 2, 3), (4, 3, 2))])
def test_matmul(dtype: str, s1: tuple[int, ...], s2: tuple[int, ...]) -> None:
    a = (RNG.integers(0, 3, s1)).astype(dtype)
    b = (RNG.integers(0, 3, s2)).astype(dtype)
    rtol = 1e-5 if dtype in ("float32", "complex64") else None
    assert_same(tnp.linalg.matmul(tnp.asarray(a), tnp.asarray(b)), np.linalg.matmul(a, b),
                rtol=rtol)


@pytest.mark.parametrize(("s1", "s2"), [((), (3,)), ((3,), ()), ((2, 3), (4,)),
                                        ((2, 2, 3), (3, 3, 2))])
def test_matmul_errors(s1: tuple[int, ...], s2: tuple[int, ...]) -> None:
    a, b = np.ones(s1), np.ones(s2)
    with pytest.raises(ValueError):
        np.linalg.matmul(a, b)
    with pytest.raises(ValueError):
        tnp.linalg.matmul(tnp.asarray(a), tnp.asarray(b))


@pytest.mark.parametrize(("shape", "ind"), [((4, 6, 8, 3), 2), ((24, 8, 3), 1), ((2, 3, 6), 2)])
@pytest.mark.parametrize("dtype", ["float64", "complex128", "int64"])
def test_tensorinv(shape: tuple[int, ...], ind: int, dtype: str) -> None:
    a = (RNG.standard_normal(shape) + np.eye(shape[0], int(np.prod(shape[1:]))).reshape(shape)
         ).astype(dtype) if dtype != "int64" else RNG.integers(-3, 4, shape)
    try:
        want = np.linalg.tensorinv(a, ind)
    except np.linalg.LinAlgError:
        with pytest.raises(tnp.linalg.LinAlgError):
            tnp.linalg.tensorinv(tnp.asarray(a), ind)
        return
    assert_same(tnp.linalg.tensorinv(tnp.asarray(a), ind), want, rtol=1e-8)


def test_tensorinv_errors() -> None:
    for shape, ind, exc in [((4, 6), 0, ValueError), ((4, 6), 1, np.linalg.LinAlgError)]:
        a = np.ones(shape)
        with pytest.raises(exc):
            np.linalg.tensorinv(a, ind)
        with pytest.raises(ValueError if exc is ValueError else tnp.linalg.LinAlgError):
            tnp.linalg.tensorinv(tnp.asarray(a), ind)


@pytest.mark.parametrize(("ashape", "bshape", "axes"), [
    ((2, 3, 6), (2, 3), None),
    ((6, 2, 3), (2, 3), (0,)),
    ((3, 2, 2, 3), (3, 2), None),
    ((4, 4), (4,), None),
])
def test_tensorsolve(ashape: tuple[int, ...], bshape: tuple[int, ...], axes: object) -> None:
    a = RNG.standard_normal(ashape)
    b = RNG.standard_normal(bshape)
    want = np.linalg.tensorsolve(a, b, axes)
    assert_same(tnp.linalg.tensorsolve(tnp.asarray(a), tnp.asarray(b), axes), want, rtol=1e-8)


def test_tensorsolve_errors() -> None:
    a, b = np.ones((2, 3, 4)), np.ones((2, 3))
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.tensorsolve(a, b)
    with pytest.raises(tnp.linalg.LinAlgError):
        tnp.linalg.tensorsolve(tnp.asarray(a), tnp.asarray(b))
    sing = np.zeros((2, 2))
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.tensorsolve(sing, np.ones(2))
    with pytest.raises(tnp.linalg.LinAlgError):
        tnp.linalg.tensorsolve(tnp.asarray(sing), tnp.asarray(np.ones(2)))
