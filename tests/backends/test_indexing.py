"""Differential tests of the indexing kernels against NumPy 2."""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy
import pytest
from compare import DTYPES, assert_same, check, data, expected_type
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core as tnp

SHAPES = [(), (0,), (5,), (3, 4), (2, 0, 3), (2, 3, 4)]


def check_inplace(name: str, a: numpy.ndarray, *args: Any, **kwargs: Any) -> None:
    """Call ``numpy.<name>(a, ...)`` and ``tnp.<name>(ta, ...)`` on copies; compare ``a``."""
    na = a.copy()
    ta = tnp.asarray(a.copy())
    targs = [tnp.asarray(x.copy()) if isinstance(x, numpy.ndarray) else x for x in args]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = getattr(numpy, name)(na, *args, **kwargs)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                getattr(tnp, name)(ta, *targs, **kwargs)
            return
        got = getattr(tnp, name)(ta, *targs, **kwargs)
    assert got is None and want is None
    assert_same(ta, na)


# ---------------------------------------------------------------- take


@pytest.mark.parametrize("dtype", DTYPES)
def test_take_dtypes(dtype: str) -> None:
    a = data((3, 4), dtype)
    for axis in [None, 0, 1, -1]:
        check("take", a, [0, 2, -1], axis=axis)
        check("take", a, [[0, 1], [2, 2]], axis=axis)
        check("take", a, 1, axis=axis)  # scalar result for axis=None
        check("take", a, numpy.array([], numpy.int64), axis=axis)


def test_take_modes_and_errors() -> None:
    a = numpy.arange(12).reshape(3, 4)
    for mode in ["raise", "wrap", "clip"]:
        for idx in [[5], [-4], [-13], [11], [0, 13, -20]]:
            for axis in [None, 0, 1]:
                check("take", a, idx, axis=axis, mode=mode)
    check("take", a, [1], mode="foo")  # ValueError
    check("take", a, [1], axis=2)  # AxisError
    check("take", a, numpy.array([1.0]))  # TypeError
    check("take", a, numpy.array([True, False]))
    check("take", a, numpy.array([1], numpy.uint8))
    check("take", numpy.zeros(0), [0])  # IndexError
    check("take", numpy.zeros(0), [0], mode="wrap")
    check("take", numpy.zeros(0), [])
    check("take", numpy.array(5), 0)
    check("take", numpy.array(5), 0, axis=0)
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 1 with size 4"):
        tnp.take(tnp.asarray(a), 5, axis=1)


def test_take_put_python_float_indices() -> None:
    """NumPy force-casts Python data to indices (truncating floats); float arrays raise."""
    a = numpy.arange(12).reshape(3, 4)
    for idx in [[1.0, 2.0], [1.5], [-1.5], 2.0, [[1.0], [3.9]], [True, 2.0], [1 + 0j], [2**63]]:
        check("take", a, idx)
        check("take", a, idx, axis=1)
    for idx in [[1.0], [2.7, 0.2], 3.0]:
        want, got = numpy.arange(5.0), tnp.arange(5.0)
        numpy.put(want, idx, 9)
        tnp.put(got, idx, 9)
        assert_same(got, want)
    with pytest.raises(TypeError):
        tnp.put(tnp.arange(5.0), tnp.asarray([1.0]), 9)
    assert_same(tnp.arange(5).take([1.0]), numpy.arange(5).take([1.0]))


def test_take_out() -> None:
    a = numpy.arange(6.0)
    out = tnp.zeros(2)
    r = tnp.take(tnp.asarray(a), [1, 3], out=out)
    assert r is out
    assert_same(out, numpy.array([1.0, 3.0]))


# ---------------------------------------------------------------- take/put along axis


@pytest.mark.parametrize("dtype", ["int8", "uint16", "uint64", "float32", "complex128", "bool"])
def test_take_along_axis(dtype: str) -> None:
    a = data((3, 4), dtype)
    idx = numpy.argsort(data((3, 4), "float64", 1), axis=1)
    check("take_along_axis", a, idx, 1)
    check("take_along_axis", a, idx[:, :2], axis=1)
    check("take_along_axis", a, numpy.argsort(data((3, 4), "float64", 2), axis=0), axis=0)
    check("take_along_axis", a, numpy.array([[0, -1]]), axis=1)  # broadcast over axis 0
    check("take_along_axis", a, numpy.array([1, -1, 5]), axis=None)
    check("take_along_axis", a, numpy.array([[1]]), axis=None)  # ValueError
    check("take_along_axis", a, numpy.array([1]), axis=1)  # ValueError: ndim
    check("take_along_axis", a, numpy.array([[1.0]]), axis=1)  # IndexError
    check("take_along_axis", a, numpy.array([[4]]), axis=1)  # IndexError
    check("take_along_axis", a, numpy.array([[1], [1], [1], [1]]), axis=1)  # shape mismatch
    check("take_along_axis", a, numpy.array([[1]]), axis=2)  # AxisError


@pytest.mark.parametrize("dtype", ["int8", "uint32", "uint64", "float64", "complex64", "bool"])
def test_put_along_axis(dtype: str) -> None:
    a = data((3, 4), dtype)
    idx = numpy.argsort(data((3, 4), "float64", 1), axis=1)[:, :2]
    check_inplace("put_along_axis", a, idx, data((3, 2), dtype, 5), 1)
    check_inplace("put_along_axis", a, idx, data((), dtype, 5), 1)
    check_inplace("put_along_axis", a, numpy.array([[0]]), 1, 1)
    check_inplace("put_along_axis", a, numpy.array([[0, 2]]), 1, 0)
    check_inplace("put_along_axis", a, numpy.array([1, -1]), 1, None)
    check_inplace("put_along_axis", a, numpy.array([[5]]), 1, 1)  # IndexError
    check_inplace("put_along_axis", a, numpy.array([[1.0]]), 1, 1)  # IndexError
    check_inplace("put_along_axis", a, idx, data((3, 3), dtype), 1)  # ValueError
    if dtype == "int8":
        check_inplace("put_along_axis", a, idx, 300, 1)  # OverflowError


def test_put_along_axis_noncontiguous() -> None:
    base = tnp.zeros((4, 3))
    v = base.T
    tnp.put_along_axis(v, tnp.asarray([1, 5]), 7.0, None)
    want = numpy.zeros((4, 3))
    want.T.flat[[1, 5]] = 7.0  # NumPy 2.4 itself refuses axis=None on a non-contiguous array
    assert_same(base, want)


# ---------------------------------------------------------------- put / putmask / place


@pytest.mark.parametrize("dtype", DTYPES)
def test_put(dtype: str) -> None:
    a = data((3, 4), dtype)
    check_inplace("put", a, [0, 5, -1], data((3,), dtype, 3))
    check_inplace("put", a, [[0, 5], [7, 8]], data((3,), dtype, 3))  # values cycled
    check_inplace("put", a, [1, 2], data((), dtype, 4))
    check_inplace("put", a, [1], numpy.array([], dtype))
    for mode in ["raise", "wrap", "clip"]:
        check_inplace("put", a, [13, -15, 2], data((3,), dtype, 3), mode=mode)


def test_put_errors() -> None:
    a = numpy.arange(6, dtype=numpy.int8)
    check_inplace("put", a, [1], 300)  # OverflowError
    check_inplace("put", a, [1], 1.5)
    check_inplace("put", a, [1], 1, mode="x")  # ValueError
    check_inplace("put", numpy.zeros(0), [0], 1)  # IndexError
    check_inplace("put", numpy.zeros(0), [], 1)
    with pytest.raises(TypeError):
        tnp.put([1, 2], 0, 1)
    ro = tnp.diagonal(tnp.ones((2, 2)))
    with pytest.raises(ValueError):
        tnp.put(ro, 0, 5)


def test_put_writes_through_views() -> None:
    base = tnp.zeros((3, 4), dtype=tnp.uint16)
    v = base.T
    tnp.put(v, [0, 1, 5], [1, 2, 3])
    want = numpy.zeros((3, 4), numpy.uint16)
    numpy.put(want.T, [0, 1, 5], [1, 2, 3])
    assert_same(base, want)


@pytest.mark.parametrize("dtype", DTYPES)
def test_putmask_place(dtype: str) -> None:
    a = data((3, 4), dtype)
    mask = data((3, 4), "bool", 7)
    for vals in [data((5,), dtype, 2), data((), dtype, 2), data((12,), dtype, 2),
                 data((20,), dtype, 2)]:
        check_inplace("putmask", a, mask, vals)
        check_inplace("place", a, mask, vals)
    check_inplace("putmask", a, mask.ravel(), numpy.array([], dtype))
    check_inplace("place", a, mask, numpy.array([], dtype))  # ValueError
    check_inplace("place", a, numpy.zeros(12, bool), numpy.array([], dtype))
    check_inplace("putmask", a, mask[:2], data((3,), dtype))  # ValueError: size
    check_inplace("place", a, mask[:2], data((3,), dtype))  # ValueError: size
    check_inplace("putmask", a, data((3, 4), "int8", 3), data((3,), dtype))  # int mask


def test_putmask_place_scalars() -> None:
    a = numpy.arange(3, dtype=numpy.int8)
    check_inplace("putmask", a, numpy.array([True, False, True]), 300)  # OverflowError
    check_inplace("place", a, numpy.array([True, False, True]), 300)
    check_inplace("putmask", a, numpy.array([True, False, True]), 1.5)
    check_inplace("place", a, numpy.array([True, False, True]), 2.5)


# ---------------------------------------------------------------- choose / select


@pytest.mark.parametrize("dtype", DTYPES)
def test_choose(dtype: str) -> None:
    choices = [data((3, 4), dtype, s) for s in range(3)]
    idx = data((3, 4), "int64", 9, ints=(0, 3))
    check("choose", idx, choices)
    check("choose", idx[0], choices)
    check("choose", idx, numpy.stack(choices))
    check("choose", 1, choices)
    check("choose", idx, [choices[0], data((4,), dtype, 5)])  # broadcast
    for mode in ["raise", "wrap", "clip"]:
        check("choose", idx - 2 + numpy.array([0, 3, 0, 4]), choices, mode=mode)


def test_choose_errors_and_weak_scalars() -> None:
    i8 = numpy.array([1, 2], numpy.int8)
    check("choose", [0, 1], [i8, 5])
    check("choose", [0, 1], [i8, 2.5])
    check("choose", [0, 1], [[1, 2], [3, 4]], mode="x")  # ValueError
    check("choose", [0.0, 1], [[1, 2], [3, 4]])  # TypeError
    check("choose", numpy.array([0, 1], numpy.uint64), [i8, 3])  # TypeError
    check("choose", [0, 1], [])  # ValueError
    check("choose", [0, 1], [[1, 2, 3], [3, 4]])  # ValueError: shapes
    out = tnp.zeros(2, dtype=tnp.int8)
    assert tnp.choose([1, 0], [tnp.asarray(i8), tnp.asarray(i8[::-1])], out=out) is out
    assert_same(out, numpy.array([2, 2], numpy.int8))


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint16", "uint64", "float16", "float64",
                                   "complex64"])
def test_select(dtype: str) -> None:
    conds = [data((3, 4), "bool", s) for s in range(3)]
    choices = [data((3, 4), dtype, s) for s in range(3)]
    check("select", conds, choices)
    check("select", conds, choices, default=data((), dtype, 9))
    check("select", conds, choices, 1)
    check("select", conds[:2], [choices[0], data((4,), dtype)])
    check("select", [c[0] for c in conds], [5, 6, 7])


def test_select_errors() -> None:
    c = numpy.array([True, False])
    i8 = numpy.array([1, 2], numpy.int8)
    check("select", [c], [i8], 300)
    check("select", [c], [i8], 1.5)
    check("select", [c], [i8], numpy.array(0))
    check("select", [c, c], [i8, 5])
    check("select", [c], [i8, 5])  # ValueError
    check("select", [], [])  # ValueError
    check("select", [[1, 0]], [[1, 2]])  # TypeError
    check("select", [c], [numpy.ones(3)])  # ValueError: shapes


# ---------------------------------------------------------------- compress / extract


@pytest.mark.parametrize("dtype", DTYPES)
def test_compress_extract(dtype: str) -> None:
    a = data((3, 4), dtype)
    for axis in [None, 0, 1, -1]:
        check("compress", [True, False, True], a, axis=axis)
        check("compress", [0, 1, 2], a, axis=axis)
        check("compress", [], a, axis=axis)
        check("compress", [1, 0, 1, 1, 1], a, axis=axis)  # IndexError on the short axes
    check("compress", [1, 0, 1, 0], numpy.arange(3))
    check("compress", [[1]], a)  # ValueError
    check("compress", [1], a, axis=3)  # AxisError
    check("compress", [True], numpy.array(5))
    cond = data((3, 4), "bool", 4)
    check("extract", cond, a)
    check("extract", cond.astype(dtype) if dtype != "bool" else cond, a)
    check("extract", [True, False], a)
    check("extract", numpy.ones(13, bool), a)  # IndexError
    out = tnp.zeros(1)
    assert tnp.compress([False, True], tnp.asarray([1.0, 2.0]), out=out) is out
    assert_same(out, numpy.array([2.0]))


# ---------------------------------------------------------------- nonzero / argwhere


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_nonzero_family(dtype: str, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, ints=(-1, 2), uints=(0, 2), uint64=[0, 2**63, 1])
    check("nonzero", a)  # ValueError for 0-d
    check("argwhere", a)
    check("flatnonzero", a)


def test_nonzero_0d() -> None:
    check("argwhere", numpy.array(0))
    check("argwhere", numpy.array(3))
    check("flatnonzero", 5)
    check("nonzero", [[0, 1], [1, 0]])


# ---------------------------------------------------------------- diagonals and trace


@pytest.mark.parametrize("dtype", DTYPES)
def test_diagonal_trace(dtype: str) -> None:
    a = data((3, 4, 2), dtype)
    for offset in [0, 1, -1, 3, -5]:
        for ax1, ax2 in [(0, 1), (1, 0), (0, 2), (-1, 1), (2, 0)]:
            check("diagonal", a, offset, ax1, ax2)
            check("trace", a, offset, ax1, ax2)
    m = data((3, 4), dtype)
    check("trace", m)
    check("trace", m, 1)
    check("trace", m, dtype="float64")
    check("diagonal", m, axis1=0, axis2=0)  # ValueError
    check("diagonal", m, axis1=0, axis2=2)  # AxisError
    check("diagonal", data((3,), dtype))  # ValueError
    check("trace", data((3,), dtype))  # ValueError


def test_diagonal_is_read_only_view() -> None:
    a = tnp.arange(9).reshape(3, 3)
    d = tnp.diagonal(a)
    with pytest.raises(ValueError):
        d[0] = 5
    a[1, 1] = 40
    assert int(d[1]) == 40
    with pytest.raises(TypeError):
        tnp.diagonal(a, 1.5)


@pytest.mark.parametrize("dtype", DTYPES)
def test_diag_diagflat(dtype: str) -> None:
    for k in [0, 1, -2, 5]:
        check("diag", data((3,), dtype), k)
        check("diag", data((3, 4), dtype), k)
        check("diag", data((0,), dtype), k)
        check("diagflat", data((2, 2), dtype), k)
        check("diagflat", data((), dtype), k)
    check("diag", data((2, 2, 2), dtype))  # ValueError
    check("diag", data((), dtype))  # ValueError


def test_diag_of_2d_is_a_view() -> None:
    a = tnp.zeros((3, 3))
    d = tnp.diag(a)
    a[1, 1] = 4.0
    assert float(d[1]) == 4.0
    m = tnp.diag(tnp.asarray([1, 2]))  # a new, writable array
    m[0, 1] = 7
    assert_same(m, numpy.array([[1, 7], [0, 2]]))


def test_trace_out() -> None:
    out = tnp.zeros(2, dtype=tnp.int32)
    r = tnp.trace(tnp.ones((2, 2, 2)), out=out)
    assert r is out
    assert_same(out, numpy.array([2, 2], numpy.int32))


def test_diag_indices_and_fill_diagonal() -> None:
    check("diag_indices", 3)
    check("diag_indices", 0, 3)
    check("diag_indices_from", numpy.ones((3, 3, 3)))
    check("diag_indices_from", numpy.ones(3))  # ValueError
    check("diag_indices_from", numpy.ones((2, 3)))  # ValueError
    for shape in [(3, 3), (5, 3), (3, 5), (7, 2), (3, 3, 3), (0, 0)]:
        for wrap in [False, True]:
            a = numpy.zeros(shape)
            check_inplace("fill_diagonal", a, 5.0, wrap=wrap)
            check_inplace("fill_diagonal", a, numpy.array([1.0, 2.0]), wrap=wrap)
    check_inplace("fill_diagonal", numpy.ones(3), 1)  # ValueError
    check_inplace("fill_diagonal", numpy.ones((2, 3, 3)), 1)  # ValueError
    check_inplace("fill_diagonal", numpy.zeros((2, 2), numpy.int8), 300)  # OverflowError
    check_inplace("fill_diagonal", numpy.zeros((2, 2), numpy.uint64), 2**64 - 1)
    check_inplace("fill_diagonal", numpy.zeros((3, 3), numpy.uint16), [1, 2])


# ---------------------------------------------------------------- triangles


@pytest.mark.parametrize("dtype", [None, float, int, bool, "int8", "uint16", "uint64",
                                   "float16", "complex64"])
def test_tri(dtype: Any) -> None:
    for args in [(3,), (2, 4), (4, 2, 1), (3, None, -1), (3, 3, 10), (0,), (-1,), (2.5,)]:
        check("tri", *args, dtype=dtype)
    assert_same(tnp.tri(2), numpy.tri(2))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["tril", "triu"])
def test_tril_triu(dtype: str, name: str) -> None:
    for shape in [(3, 4), (4, 3), (2, 3, 3), (0, 3), (3,)]:
        for k in [0, 1, -1, 5, -5]:
            check(name, data(shape, dtype), k)
    check(name, data((), dtype))  # TypeError


def test_tri_indices() -> None:
    for name in ["tril_indices", "triu_indices"]:
        for args in [(3,), (3, 1), (3, -1), (3, 10), (3, -10), (3, 0, 5), (4, 1, 2), (0,),
                     (-1,)]:
            check(name, *args)
    for name in ["tril_indices_from", "triu_indices_from"]:
        for shape in [(3, 3), (2, 4), (4, 2)]:
            for k in [0, 1, -2]:
                check(name, numpy.ones(shape), k)
        check(name, numpy.ones(3))  # ValueError
        check(name, numpy.ones((2, 2, 2)))  # ValueError


def test_mask_indices() -> None:
    for k in [0, 1, -1]:
        want = numpy.mask_indices(4, numpy.triu, k)
        assert_same(tnp.mask_indices(4, tnp.triu, k), want)
        want = numpy.mask_indices(3, numpy.tril, k)
        assert_same(tnp.mask_indices(3, tnp.tril, k), want)


# ---------------------------------------------------------------- index grids


def test_indices() -> None:
    for dims in [(2, 3), (3,), (), (0, 2), (2, 1, 3)]:
        for dtype in [int, "int8", "float32", "uint16"]:
            check("indices", dims, dtype=dtype)
            check("indices", dims, dtype=dtype, sparse=True)
    check("indices", (2, -1))  # ValueError
    check("indices", (2, 3), dtype=bool)  # TypeError
    check("indices", (2, 2), dtype=bool)


def test_ix() -> None:
    check("ix_", [0, 1], [2, 4, 5])
    check("ix_", [True, False, True], [1])
    check("ix_", [])
    check("ix_")
    check("ix_", [[1]])  # ValueError
    check("ix_", numpy.array([1, 2], numpy.int8), numpy.array([1.5]))
    a = numpy.arange(20).reshape(4, 5)
    idx = numpy.ix_([0, 3], [1, 2, 4])
    assert_same(tnp.asarray(a)[tnp.ix_([0, 3], [1, 2, 4])], a[idx])


def test_ravel_multi_index() -> None:
    check("ravel_multi_index", ([1, 2], [3, 0]), (3, 4))
    check("ravel_multi_index", ([1, 2], [3, 0]), (3, 4), order="F")
    check("ravel_multi_index", (1, 2), (3, 4))
    check("ravel_multi_index", ([[1], [2]], [3, 0, 1]), (3, 4))
    check("ravel_multi_index", (5, 2), (3, 4))  # ValueError
    check("ravel_multi_index", (5, -2), (3, 4), mode="wrap")
    check("ravel_multi_index", (5, -2), (3, 4), mode="clip")
    check("ravel_multi_index", (-1, 2), (3, 4), mode=("wrap", "raise"))
    check("ravel_multi_index", (1.0, 2), (3, 4))  # TypeError
    check("ravel_multi_index", ([1], [2]), (3,))  # ValueError
    check("ravel_multi_index", (1, 2), (3, 4), mode="x")  # ValueError
    check("ravel_multi_index", (1, 2), (3, 4), order="X")  # ValueError
    check("ravel_multi_index", (numpy.array([1, 2], numpy.int8), [3, 0]), (3, 4))


def test_unravel_index() -> None:
    check("unravel_index", 6, (3, 4))
    check("unravel_index", [1, 7, 11], (3, 4))
    check("unravel_index", [[1, 7], [11, 0]], (3, 4), order="F")
    check("unravel_index", [1, 22], (2, 3, 4))
    check("unravel_index", 12, (3, 4))  # ValueError
    check("unravel_index", -1, (3, 4))  # ValueError
    check("unravel_index", 1.0, (3, 4))  # TypeError
    check("unravel_index", 0, (0,))  # ValueError
    check("unravel_index", 0, ())
    check("unravel_index", numpy.array([3], numpy.uint8), (2, 2))
    check("unravel_index", [1], (3, 4), order="X")  # ValueError


# ---------------------------------------------------------------- piecewise


def test_piecewise() -> None:
    x = numpy.linspace(-2.5, 2.5, 6)
    want = numpy.piecewise(x, [x < 0, x >= 0], [-1, 1])
    assert_same(tnp.piecewise(tnp.asarray(x), [tnp.asarray(x) < 0, tnp.asarray(x) >= 0],
                              [-1, 1]), want)
    want = numpy.piecewise(x, [x < 0, x >= 0], [lambda v: -v, lambda v: v])
    tx = tnp.asarray(x)
    got = tnp.piecewise(tx, [tx < 0, tx >= 0], [lambda v: -v, lambda v: v])
    assert_same(got, want)
    # one function more than conditions: the "otherwise" piece; extra args reach functions
    want = numpy.piecewise(x, [x < -1, x > 1], [0, lambda v, s: v * s, 7], 3)
    got = tnp.piecewise(tx, [tx < -1, tx > 1], [0, lambda v, s: v * s, 7], 3)
    assert_same(got, want)
    # a single boolean array is one condition
    want = numpy.piecewise(x, x > 0, [lambda v: v ** 2, 0.5])
    got = tnp.piecewise(tx, tx > 0, [lambda v: v ** 2, 0.5])
    assert_same(got, want)
    with pytest.raises(ValueError):
        tnp.piecewise(tx, [tx > 0], [1, 2, 3])
    # integer x: values are cast into x's dtype
    xi = numpy.arange(-3, 4)
    want = numpy.piecewise(xi, [xi < 0], [lambda v: v / 2, 10])
    got = tnp.piecewise(tnp.asarray(xi), [tnp.asarray(xi) < 0], [lambda v: v / 2, 10])
    assert_same(got, want)
    # 0-d input
    want = numpy.piecewise(numpy.array(2.0), [True, False], [lambda v: v + 1, 0])
    got = tnp.piecewise(tnp.asarray(2.0), [True, False], [lambda v: v + 1, 0])
    assert_same(got, want)


# ---------------------------------------------------------------- property tests


@settings(max_examples=25, deadline=None)
@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    raw=st.lists(st.integers(-20, 20), min_size=0, max_size=6),
    mode=st.sampled_from(["raise", "wrap", "clip"]),
    data_=st.data(),
)
def test_take_put_random(shape: list[int], raw: list[int], mode: str, data_: Any) -> None:
    a = data(tuple(shape), "int32")
    axis = data_.draw(st.sampled_from([None, *range(len(shape))]))
    idx = numpy.array(raw, numpy.int64)
    check("take", a, idx, axis=axis, mode=mode)
    check_inplace("put", a, idx, numpy.arange(1, 4, dtype=numpy.int32), mode=mode)
    flat = numpy.array([r % a.size for r in raw], numpy.int64)
    want = numpy.unravel_index(flat, a.shape)
    got = tnp.unravel_index(tnp.asarray(flat), a.shape)
    assert_same(got, want)
    assert_same(tnp.ravel_multi_index(got, a.shape), flat)


# ---------------------------------------------------------------- signatures


NAMES = [
    "argwhere", "choose", "compress", "diag", "diag_indices", "diag_indices_from", "diagflat",
    "diagonal", "extract", "fill_diagonal", "flatnonzero", "indices", "ix_", "mask_indices",
    "nonzero", "place", "put", "put_along_axis", "putmask", "select", "piecewise",
    "ravel_multi_index", "take", "take_along_axis", "trace", "tri", "tril", "triu",
    "tril_indices", "tril_indices_from", "triu_indices", "triu_indices_from", "unravel_index",
]


@pytest.mark.parametrize("name", NAMES)
def test_signature_matches_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
