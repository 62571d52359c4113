"""Differential tests of where, clip, matmul, dot and the products, differences, convolution
and interpolation functions against NumPy 2."""

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



@pytest.mark.parametrize("dtype", ["float64", "float32", "complex128", "int64"])
def test_matmul_fast_path_still_checks_core_sizes(dtype: str) -> None:
    """After a loop is cached, two arrays go straight to torch.matmul: mismatched inner
    sizes and stacks that do not broadcast still give NumPy's ValueError (not torch's)."""
    good = tnp.ones((2, 3), dtype)
    for _ in range(2):  # the second call takes the cached fast path
        assert_same(good @ tnp.ones((3, 4), dtype), numpy.ones((2, 3), dtype) @ numpy.ones(
            (3, 4), dtype))
    with pytest.raises(ValueError, match="mismatch in its core dimension 0"):
        good @ tnp.ones((2, 4), dtype)
    with pytest.raises(ValueError, match="mismatch in its core dimension 0"):
        tnp.matmul(good, tnp.ones((4, 2), dtype))
    with pytest.raises(ValueError, match="could not be broadcast"):
        tnp.ones((2, 2, 3), dtype) @ tnp.ones((3, 3, 4), dtype)


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


# ---------------------------------------------------------------- convolve / correlate


def _tol(dtype: str) -> tuple[float, float] | None:
    return (1e-2, 1e-2) if dtype == "float16" else TOL.get(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["convolve", "correlate"])
def test_convolve_correlate(name: str, dtype: str) -> None:
    for n, m in [(5, 3), (3, 5), (1, 1), (4, 4), (6, 2), (2, 7)]:
        for mode in ["full", "same", "valid"]:
            check(name, data((n,), dtype, 1), data((m,), dtype, 2), mode, tol=_tol(dtype))
    check(name, data((), dtype, 1), data((3,), dtype, 2), tol=_tol(dtype))  # 0-d: as 1-d


def test_convolve_mixed_and_errors() -> None:
    check("convolve", numpy.arange(4, dtype=numpy.int8), numpy.ones(3, numpy.float32))
    check("convolve", numpy.ones(3, numpy.int8), 2.5)
    check("convolve", [1, 2, 3], [1, 1], mode=1)
    check("correlate", [1 + 2j, 3, 4j], [1j, 2, 3 + 1j, 1], "full")
    check("correlate", [1 + 2j, 3, 4j], [1j, 2, 3 + 1j, 1], "same")
    check("correlate", [1 + 2j, 3, 4j, 5, 1], [1j, 2], "valid")
    i8 = numpy.array([100, 100, 100], numpy.int8)
    check("convolve", i8, i8)  # wraps like NumPy
    u64 = numpy.array([2**63 + 5, 3], numpy.uint64)
    check("convolve", u64, numpy.array([3, 2**62], numpy.uint64))
    for args in [([1, 2, 3], [1, 1], "x"), ([[1, 2, 3]], [1, 1]), ([], [1, 1]), ([1], [])]:
        check("convolve", *args)
        check("correlate", *args)
    with pytest.raises(ValueError, match="a cannot be empty"):
        tnp.convolve([], [1])
    big, taps = data((3000,), "float64", 1), data((300,), "float64", 2)  # the conv1d path
    check("convolve", big, taps, tol=(1e-10, 1e-10))
    check("correlate", big, taps + 1j, "same", tol=(1e-10, 1e-10))
    check("correlate", taps.astype("float32"), big.astype("float32"), "full", tol=(1e-4, 1e-4))


# ---------------------------------------------------------------- cross


CROSS_CASES: list[tuple[tuple[int, ...], tuple[int, ...], dict[str, int]]] = [
    ((3,), (3,), {}), ((4, 3), (4, 3), {}), ((4, 3), (3,), {}), ((2, 1, 3), (5, 3), {}),
    ((3, 4), (4, 3), {"axisa": 0}), ((3, 4), (3, 4), {"axis": 0}),
    ((3, 4), (4, 3), {"axisa": 0, "axisc": 0}), ((2, 3, 2), (2, 3), {"axisa": 1, "axisc": 1}),
    ((4, 2), (4, 3), {}), ((4, 3), (2,), {}), ((2,), (3, 2), {}), ((0, 3), (3,), {}),
]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("dtype", DTYPES)
def test_cross(dtype: str) -> None:
    for s1, s2, kw in CROSS_CASES:
        check("cross", data(s1, dtype, 1), data(s2, dtype, 2), tol=_tol(dtype), **kw)


def test_cross_errors_and_mixed() -> None:
    check("cross", numpy.ones(3, numpy.int8), numpy.ones(3, numpy.float32))
    check("cross", [1, 2, 3, 4], [1, 2, 3])  # ValueError: dimension must be 2 or 3
    check("cross", numpy.ones((2, 3)), numpy.ones((3, 3)))  # ValueError: broadcast
    check("cross", numpy.ones((2, 3)), numpy.ones((2, 3)), axisc=2)  # AxisError
    check("cross", numpy.ones((2, 3)), numpy.ones((2, 3)), axisa=2)  # AxisError
    with pytest.warns(DeprecationWarning, match="2-dimensional vectors are deprecated"):
        r = tnp.cross([1, 2], [3, 4])
    assert_same(r, numpy.array(-2))
    with pytest.raises(TypeError, match="boolean subtract"):
        tnp.cross(tnp.ones(3, tnp.bool), tnp.ones(3, tnp.bool))


# ---------------------------------------------------------------- diff / ediff1d / gradient


DIFF_SHAPES = [(5,), (3, 4), (0,), (2, 0), (1,), (2, 3, 4)]


@pytest.mark.parametrize("dtype", DTYPES)
def test_diff(dtype: str) -> None:
    for shape in DIFF_SHAPES:
        x = data(shape, dtype, 1)
        check("diff", x)
        check("diff", x, n=2, axis=0)
        check("diff", x, n=0)
        check("diff", x, n=len(shape) + 5, axis=-1)
        check("ediff1d", x)
    x = data((5,), dtype, 1)
    check("diff", x, prepend=0, append=data((2,), dtype, 3))
    check("diff", data((2, 3), dtype, 1), axis=0, prepend=data((1, 3), dtype, 4))
    check("ediff1d", x, to_begin=data((2,), dtype, 5), to_end=data((), dtype, 6))


def test_diff_errors_and_promotion() -> None:
    check("diff", 3)  # ValueError: 0-d
    check("diff", [1, 2], n=-1)
    check("diff", [1, 2], axis=2)  # AxisError
    check("diff", numpy.ones((2, 3)), prepend=numpy.ones((3, 3)))  # ValueError: shapes
    check("diff", numpy.ones(3, numpy.int8), prepend=1000)  # int64 (prepend is an array)
    check("diff", numpy.ones(3, numpy.float32), append=numpy.ones(2))
    check("diff", numpy.array([True, False, False, True]), n=2)
    check("diff", numpy.array([0, 2**64 - 1, 5], numpy.uint64))
    check("ediff1d", [1, 2], to_begin=1.5)  # TypeError: same_kind
    check("ediff1d", numpy.array([1, 2], numpy.int8), to_begin=300, to_end=[[1, 2]])
    check("ediff1d", numpy.array([True, False]))  # TypeError: boolean subtract
    check("ediff1d", [[1, 2], [4, 7]], to_end=[[1]])


GRADIENT_DTYPES = [d for d in DTYPES if d != "bool"]


@pytest.mark.parametrize("dtype", GRADIENT_DTYPES)
def test_gradient(dtype: str) -> None:
    tol = (2e-2, 2e-2) if dtype == "float16" else (1e-5, 1e-5) if dtype in (
        "float32", "complex64") else (1e-12, 1e-12)
    f = data((5, 4), dtype, 1)
    for edge in (1, 2):
        check("gradient", data((5,), dtype, 1), edge_order=edge, tol=tol)
        check("gradient", f, edge_order=edge, tol=tol)
        check("gradient", f, 2.0, edge_order=edge, tol=tol)
        check("gradient", f, numpy.array([0.0, 1, 3, 4, 7]), 1.5, edge_order=edge, tol=tol)
        check("gradient", f, numpy.arange(5), numpy.arange(4) * 2, edge_order=edge, tol=tol)
        check("gradient", f, 0.5, axis=1, edge_order=edge, tol=tol)
        check("gradient", f, axis=(1, 0), edge_order=edge, tol=tol)
        check("gradient", f, axis=-1, edge_order=edge, tol=tol)


def test_gradient_errors() -> None:
    check("gradient", numpy.ones(2), edge_order=2)  # too small
    check("gradient", numpy.ones(1))
    check("gradient", numpy.ones(4), edge_order=3)
    check("gradient", numpy.ones((3, 3)), 1, 2, 3)  # TypeError: number of arguments
    check("gradient", numpy.ones((3, 3)), numpy.ones(4), 1)  # length mismatch
    check("gradient", numpy.ones((3, 3)), numpy.ones((3, 3)), 1)  # not 1-d
    check("gradient", numpy.ones((3, 3)), axis=(0, 0))
    check("gradient", numpy.ones((3, 3)), axis=3)  # AxisError
    check("gradient", numpy.ones(3, bool))  # TypeError
    check("gradient", numpy.arange(5, dtype=numpy.uint8)[::-1])  # no wrap: float64
    assert isinstance(tnp.gradient(tnp.ones((2, 3))), tuple)


# ---------------------------------------------------------------- inner / outer / kron / ...


PAIR_SHAPES = [
    ((), ()), ((), (3,)), ((3,), (3,)), ((2, 3), (3,)), ((2, 3), (4, 3)), ((2, 1, 3), (4, 3)),
    ((0,), (0,)), ((2, 0), (3, 0)),
]


@pytest.mark.parametrize("dtype", DTYPES)
def test_inner_outer_kron_vdot(dtype: str) -> None:
    tol = _tol(dtype)
    for s1, s2 in PAIR_SHAPES:
        a, b = data(s1, dtype, 1), data(s2, dtype, 2)
        check("inner", a, b, tol=tol)
        check("outer", a, b, tol=tol)
        check("kron", a, b, tol=tol)
    for shape in [(), (4,), (2, 3), (0,)]:
        check("vdot", data(shape, dtype, 1), data(shape, dtype, 2), tol=tol)
    check("kron", data((2, 2, 2), dtype, 1), data((3, 1), dtype, 2), tol=tol)


def test_products_mixed_and_errors() -> None:
    check("inner", 3, numpy.ones(2, numpy.int8))
    check("inner", numpy.ones((2, 3)), numpy.ones(2))  # ValueError: not aligned
    check("inner", numpy.ones(3, numpy.int8), numpy.ones(3, numpy.float32))
    check("outer", numpy.ones((2, 2), bool), numpy.arange(3.0))
    check("kron", numpy.arange(4).reshape(2, 2), 3)
    check("vdot", [1, 2], [1, 2, 3])  # ValueError
    check("vdot", numpy.array([1 + 2j, 3j]), numpy.array([[2j], [1]]))
    check("vdot", numpy.array([100, 100], numpy.int8), numpy.array([2, 1], numpy.int8))
    out = tnp.zeros((2, 3))
    assert tnp.outer(tnp.ones(2), tnp.arange(3.0), out=out) is out
    assert_same(out, numpy.outer(numpy.ones(2), numpy.arange(3.0)))


@pytest.mark.parametrize("dtype", DTYPES)
def test_tensordot(dtype: str) -> None:
    tol = _tol(dtype)
    a, b = data((2, 3, 4), dtype, 1), data((3, 4, 2), dtype, 2)
    check("tensordot", a, b, tol=tol)
    check("tensordot", a, data((4, 5), dtype, 3), axes=1, tol=tol)
    check("tensordot", a, data((3, 2, 4), dtype, 3), axes=([1, 2], [0, 2]), tol=tol)
    check("tensordot", a, data((3, 2, 4), dtype, 3), axes=([-2, -1], [0, -1]), tol=tol)
    check("tensordot", data((2, 3), dtype, 1), data((3, 2), dtype, 2), axes=0, tol=tol)
    check("tensordot", data((2, 3), dtype, 1), data((3, 2), dtype, 2), axes=(1, 0), tol=tol)
    check("tensordot", data((2, 0), dtype, 1), data((0, 2), dtype, 2), axes=1, tol=tol)


def test_tensordot_errors() -> None:
    a, b = numpy.ones((2, 3)), numpy.ones((3,))
    check("tensordot", a, b, axes=([5], [0]))  # IndexError
    check("tensordot", a, b, axes=([1], [0, 1]))  # ValueError: shape-mismatch
    check("tensordot", a, b, axes=([0], [0]))
    check("tensordot", a, b, axes=1)
    check("tensordot", a, b, axes=3)
    check("tensordot", 2.0, b, axes=0)
    check("tensordot", numpy.ones(3, numpy.int8), numpy.ones(3, numpy.float32), axes=1)


@pytest.mark.parametrize("dtype", DTYPES)
def test_trapezoid(dtype: str) -> None:
    tol = _tol(dtype)
    for shape in [(5,), (3, 4), (0,), (1,), (2, 0)]:
        y = data(shape, dtype, 1)
        check("trapezoid", y, tol=tol)
        check("trapezoid", y, dx=0.5, axis=0, tol=tol)
        check("trapezoid", y, dx=2, tol=tol)
    y = data((3, 4), dtype, 1)
    check("trapezoid", y, x=numpy.array([0.0, 1, 3, 4]), tol=tol)
    check("trapezoid", y, x=data((3, 4), dtype, 2), axis=0, tol=tol)
    check("trapezoid", y, dx=numpy.array([1.0, 2.0, 0.5]), tol=tol)


def test_trapezoid_errors() -> None:
    check("trapezoid", numpy.ones(3), axis=3)  # IndexError, like NumPy
    check("trapezoid", numpy.array(3.0))
    check("trapezoid", numpy.ones((2, 3)), x=numpy.ones(4))  # ValueError: broadcast
    check("trapezoid", numpy.arange(6), dx=numpy.array([1, 2]))  # ValueError: broadcast
    check("trapezoid", numpy.arange(6, dtype=numpy.float32), dx=2)


# ---------------------------------------------------------------- interp


XP = numpy.array([0.0, 1, 2, 3])
FP = numpy.array([0.0, 10, 5, numpy.inf])
X = numpy.array([-1, 0, 0.5, 1, 2.5, 3, 4, numpy.nan, 1.999999])


@pytest.mark.parametrize("dtype", DTYPES)
def test_interp(dtype: str) -> None:
    xp = numpy.sort(data((6,), "float64", 4))
    check("interp", data((7,), dtype, 3), xp, data((6,), dtype, 5)) if dtype[0] != "c" else \
        check("interp", data((7,), "float64", 3), xp, data((6,), dtype, 5))
    check("interp", data((), "float64", 3), xp, data((6,), dtype, 5))
    check("interp", data((2, 0), "float32", 3), xp, data((6,), dtype, 5))


def test_interp_special() -> None:
    check("interp", X, XP, FP)
    check("interp", X, XP, FP, left=-5, right=7.5)
    check("interp", X, XP, FP + 1j * numpy.array([1, 2, 3, 4]))
    check("interp", X, XP, FP + 1j * numpy.array([1, 2, 3, 4]), left=1j, right=2)
    check("interp", X, XP, numpy.array([1.0, numpy.nan, 2, 2]))
    check("interp", 1.5, [1, 2], [3, 4])
    check("interp", numpy.array([0.5, 1, 1.5, numpy.nan]), [1], [3])
    check("interp", numpy.array([-180, -170, -185, 185, -10, -5, 0, 365]),
          [190, -190, 350, -350], [5, 10, 3, 4], period=360)
    check("interp", numpy.array([1.5, 7.2]), [1, 2, 3], [1j, 2, 3 - 1j], period=-4)


def test_interp_errors() -> None:
    check("interp", 1j, [1, 2], [3, 4])  # TypeError
    check("interp", [1.5], [1, 2], [3, 4, 5])  # ValueError
    check("interp", [1.5], [], [])
    check("interp", [1.5], [1, 2], [3, 4], period=0)
    check("interp", [1.5], [[1, 2]], [3, 4], period=2)


NEW_NAMES = [
    "convolve", "correlate", "cross", "diff", "ediff1d", "gradient", "inner", "interp", "kron",
    "outer", "tensordot", "trapezoid", "vdot",
]


@pytest.mark.parametrize("name", ["where", "clip", "dot", *NEW_NAMES])
def test_signature_matches_numpy(name: str) -> None:
    """Parameter names, kinds and defaults are NumPy 2's."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


def test_matmul_is_a_gufunc_like_numpys() -> None:
    assert isinstance(tnp.matmul, tnp.ufunc)
    for attr in ("signature", "nin", "nout", "nargs", "identity", "__name__"):
        assert getattr(tnp.matmul, attr) == getattr(numpy.matmul, attr), attr
    a = numpy.arange(24.0).reshape(2, 3, 4)
    b = numpy.arange(8.0).reshape(4, 2)
    assert_same(tnp.matmul(tnp.asarray(a), tnp.asarray(b), axes=[(-2, -1), (-2, -1), (-2, -1)]),
                numpy.matmul(a, b, axes=[(-2, -1), (-2, -1), (-2, -1)]))
    with pytest.raises(RuntimeError):
        numpy.matmul.reduce(a)
    with pytest.raises(RuntimeError):
        tnp.matmul.reduce(tnp.asarray(a))
