"""Differential tests of where, clip, matmul and dot against NumPy 2."""

from __future__ import annotations

import functools
import inspect
from typing import Any

import compare
import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

DTYPES = [
    "bool", "int8", "uint8", "int32", "int64", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
TOL = {"float16": (1e-2, 1e-2), "float32": (1e-5, 1e-5), "complex64": (1e-5, 1e-5),
       "float64": (1e-12, 1e-12), "complex128": (1e-12, 1e-12)}


data = functools.partial(compare.data, uint64=[0, 1, 3, 7, 2**63 + 5, 2**64 - 1])


# ---------------------------------------------------------------- where


@pytest.mark.parametrize("dtype", DTYPES)
def test_where_nonzero(dtype: str) -> None:
    for shape in [(0,), (5,), (2, 0, 3), (2, 3, 4)]:
        check("where", data(shape, dtype, 3))
    check("where", data((), dtype))  # ValueError: nonzero on 0-d
    check("where", numpy.array([numpy.nan, 0.0, -0.0, 1.0]))


SCALARS = [True, 3, -1, 300, 2.5, 1 + 2j, numpy.float32(2.0), numpy.int8(4)]


@pytest.mark.parametrize("dtype", DTYPES)
def test_where_three_args(dtype: str) -> None:
    c = data((2, 3), "bool", 1)
    x = data((2, 3), dtype, 2)
    check("where", c, x, data((3,), dtype, 3))
    check("where", c, x, data((1, 3), "float32", 3))
    check("where", c, data((2, 1), "int16", 3), x)
    for s in SCALARS:
        check("where", c, x, s)
        check("where", c, s, x)
    check("where", data((), "bool"), data((), dtype), data((), dtype))  # 0-d array result
    check("where", data((2, 3, 4), "int32", 5), data((3, 4), dtype), data((4,), dtype))


def test_where_scalars_and_errors() -> None:
    c = numpy.array([True, False])
    check("where", c, 1, 2)
    check("where", True, 1, 2)
    check("where", c, 1, 2.0)
    check("where", c, 1.5, 2 + 1j)
    check("where", numpy.array([1.5, 0.0]), 1, 2)  # non-bool condition
    check("where", c, data((3,), "int8"), 1)  # ValueError: broadcast
    with pytest.raises(ValueError, match="either both or neither"):
        tnp.where(tnp.asarray(c), 1)
    f32 = tnp.ones(2, tnp.float32)
    assert tnp.where(tnp.asarray(c), f32, 2.0).dtype == tnp.float32
    r = tnp.where(tnp.asarray([True]), f32[:1], f32[:1])
    r[0] = 5.0
    assert float(f32[0]) == 1.0


# ---------------------------------------------------------------- clip

CLIP_BOUNDS: list[tuple[Any, Any]] = [
    (0, 3), (-2, 2), (None, 1), (1, None), (None, None), (3, 0), (0.5, 2), (-300, 300),
    (True, None), (-1.5, 2), (numpy.int64(1), None), (numpy.float32(0.5), numpy.float32(1)),
    (numpy.nan, 1.0), (0, 2**70), (1e300, None), (-1e300, 1e300),
]


@pytest.mark.parametrize("dtype", DTYPES)
def test_clip(dtype: str) -> None:
    a = data((2, 3, 4), dtype, 7)
    if dtype.startswith("complex"):
        bounds: list[tuple[Any, Any]] = [(0, 1), (-1 + 1j, 1 - 1j), (None, 0.5j)]
    else:
        bounds = CLIP_BOUNDS
    for lo, hi in bounds:
        if dtype == "uint64" and any(isinstance(b, int) and b < 0 for b in (lo, hi)):
            continue  # NumPy overflows inside its own int64 comparison path
        check("clip", a, lo, hi)
        check("clip", a, min=lo, max=hi)
    check("clip", a, data((3, 4), dtype, 8), None)
    check("clip", a, data((4,), dtype, 8), data((3, 1), dtype, 9))
    check("clip", data((), dtype), 0, 1)  # NumPy scalar result
    check("clip", data((0, 3), dtype), 0, 1)


def test_clip_nan_and_errors() -> None:
    a = numpy.array([1.0, numpy.nan, -3.0, 7.0])
    check("clip", a, 0, 5)
    check("clip", a, numpy.array([0, numpy.nan, 0, 0]), 5)
    check("clip", a, 0, numpy.nan)
    i8 = numpy.arange(3, dtype=numpy.int8)
    check("clip", i8)
    check("clip", i8, 1)  # TypeError: missing a_max
    check("clip", i8, a_max=1)
    check("clip", i8, 1, a_max=2, max=3)  # ValueError
    check("clip", i8, None, 1, min=0)
    check("clip", i8, [0, 1], 2)  # ValueError: broadcast
    check("clip", 5, 0, 1)
    check("clip", [1.5, -2], 0, 1)
    with pytest.raises(ValueError, match="Passing `min` or `max`"):
        tnp.clip(tnp.asarray(i8), 1, 2, min=0)


def test_clip_out_and_method() -> None:
    a = data((3, 4), "float64", 1)
    out = tnp.zeros((3, 4))
    r = tnp.clip(tnp.asarray(a), -0.5, 0.5, out=out)
    assert r is out
    assert_same(out, numpy.clip(a, -0.5, 0.5))
    out32 = tnp.zeros((3, 4), tnp.float32)
    tnp.clip(tnp.asarray(a), -0.5, 0.5, out=out32)
    assert_same(out32, numpy.clip(a, -0.5, 0.5, out=numpy.zeros((3, 4), numpy.float32)))
    with pytest.raises(ValueError):
        tnp.clip(tnp.asarray(a), 0, 1, out=tnp.zeros(3))
    with pytest.raises(TypeError):
        tnp.clip(tnp.asarray(a), 0, 1, out=tnp.zeros((3, 4), tnp.int64))
    assert_same(tnp.asarray(a).clip(0, 1), a.clip(0, 1))
    assert_same(tnp.asarray(a).clip(max=0), a.clip(max=0))


# ---------------------------------------------------------------- matmul / dot

MATMUL_SHAPES = [
    ((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)),
    ((5, 2, 3), (5, 3, 4)), ((1, 2, 3), (4, 3, 2)), ((2, 1, 2, 3), (3, 3, 1)), ((3,), (2, 3, 4)),
    ((0, 3), (3, 2)), ((2, 0), (0, 2)), ((0,), (0,)), ((2, 3), (2, 3)), ((3,), (4,)),
    ((), (3,)), ((3,), ()), ((2, 2, 3), (3, 3, 2)), ((4, 3), (2, 3, 1)),
]


@pytest.mark.parametrize("dtype", DTYPES)
def test_matmul(dtype: str) -> None:
    tol = TOL.get(dtype)
    if dtype == "float16":
        tol = (2e-2, 2e-2)
    for s1, s2 in MATMUL_SHAPES:
        check("matmul", data(s1, dtype, 1), data(s2, dtype, 2), tol=tol)


MIXED = [("int8", "uint8"), ("int8", "int8"), ("bool", "bool"), ("bool", "int32"),
         ("uint64", "int64"), ("float32", "int64"), ("float16", "float32"),
         ("complex64", "float64"), ("uint16", "uint32"), ("uint8", "float16")]


@pytest.mark.parametrize(("d1", "d2"), MIXED, ids="-".join)
def test_matmul_dot_mixed(d1: str, d2: str) -> None:
    a, b = data((2, 3), d1, 1), data((3, 2), d2, 2)
    tol = (2e-2, 2e-2) if "float16" in (d1, d2) else (1e-5, 1e-5)
    check("matmul", a, b, tol=tol)
    check("dot", a, b, tol=tol)
    check("dot", a[0], b[:, 0], tol=tol)


def test_matmul_wraps_like_numpy() -> None:
    a = numpy.array([[100, 100]], numpy.int8)
    b = numpy.array([[1], [1]], numpy.int8)
    check("matmul", a, b)
    u = numpy.array([[2**63, 2**63]], numpy.uint64)
    check("matmul", u, numpy.array([[1], [3]], numpy.uint64))


def test_matmul_errors_dtype_out() -> None:
    with pytest.raises(ValueError, match="does not have enough dimensions"):
        tnp.matmul(3, tnp.ones(3))
    with pytest.raises(ValueError, match="mismatch in its core dimension 0"):
        tnp.matmul(tnp.ones((2, 3)), tnp.ones(2))
    a, b = numpy.ones(3), numpy.arange(3.0)
    check("matmul", a, b, dtype=numpy.float32)
    check("matmul", a, b, dtype=numpy.int32)  # UFuncTypeError (a TypeError)
    check("matmul", a, b, dtype=numpy.int32, casting="unsafe")
    out = tnp.zeros(())
    assert tnp.matmul(tnp.asarray(a), tnp.asarray(b), out=out) is out
    assert_same(out, numpy.matmul(a, b, out=numpy.zeros(())))
    m = data((2, 3), "float64", 4)
    out2 = tnp.zeros((2, 2))
    tnp.matmul(tnp.asarray(m), tnp.asarray(m.T), out=out2)
    assert_same(out2, m @ m.T)
    with pytest.raises(ValueError):
        tnp.matmul(tnp.asarray(m), tnp.asarray(m.T), out=tnp.zeros(3))
    ta = tnp.asarray(m)
    assert_same(ta @ tnp.asarray(m.T), m @ m.T)


DOT_SHAPES = [
    ((), ()), ((), (3,)), ((2, 3), ()), ((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)),
    ((2, 3), (3, 4)), ((2, 3, 4), (4,)), ((4,), (2, 4, 3)), ((2, 3, 4), (5, 4, 6)),
    ((2, 4), (5, 4, 3)), ((2, 3, 4), (4, 2)), ((0,), (0,)), ((2, 0), (0, 3)),
    ((2, 3), (2, 3)), ((3,), (4,)), ((2, 3, 4), (3, 5)), ((3,), (2, 4, 3)),
]


@pytest.mark.parametrize("dtype", DTYPES)
def test_dot(dtype: str) -> None:
    tol = TOL.get(dtype)
    if dtype == "float16":
        tol = (2e-2, 2e-2)
    for s1, s2 in DOT_SHAPES:
        check("dot", data(s1, dtype, 1), data(s2, dtype, 2), tol=tol)


def test_dot_scalars_and_out() -> None:
    check("dot", 3, 4)
    check("dot", numpy.int8(3), 4)
    check("dot", numpy.ones(3, numpy.int8), 4)  # Python scalars are strong in dot
    check("dot", numpy.ones(3, numpy.float32), 4.0)
    with pytest.raises(ValueError, match=r"shapes \(2,3\) and \(2,\) not aligned"):
        tnp.dot(tnp.ones((2, 3)), tnp.ones(2))
    a, b = data((2, 3), "float64", 1), data((3, 2), "float64", 2)
    out = tnp.zeros((2, 2))
    assert tnp.dot(tnp.asarray(a), tnp.asarray(b), out=out) is out
    assert_same(out, a.dot(b))
    assert_same(tnp.asarray(a).dot(tnp.asarray(b)), a.dot(b))


@pytest.mark.parametrize("name", ["where", "clip", "matmul", "dot"])
def test_signature_matches_numpy(name: str) -> None:
    """Parameter names, kinds and defaults are NumPy 2's."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
