"""Differential tests of joining, splitting, tiling, editing and padding against NumPy 2."""

from __future__ import annotations

import functools
import inspect
import warnings
from typing import Any

import compare
import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

DTYPES = compare.DTYPES

data = functools.partial(compare.data, ints=(-50, 50), uints=(0, 100),
                         uint64=[0, 1, 3, 2**63, 2**64 - 1])


def check_list(name: str, *args: Any, **kwargs: Any) -> None:
    """``check`` for functions returning a list of arrays (the split family)."""
    try:
        want = getattr(numpy, name)(*args, **kwargs)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(compare.expected_type(e)):
            getattr(tnp, name)(*map(compare.to_tnp, args), **kwargs)
        return
    got = getattr(tnp, name)(*map(compare.to_tnp, args), **kwargs)
    assert isinstance(got, type(want)), (type(got), type(want))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert_same(g, w)


# ---------------------------------------------------------------- stack family


@pytest.mark.parametrize("dtype", DTYPES)
def test_stack_family_dtypes(dtype: str) -> None:
    a, b = data((2, 3), dtype, 1), data((2, 3), dtype, 2)
    v = data((3,), dtype, 3)
    for name in ["hstack", "vstack", "dstack", "column_stack"]:
        check(name, [a, b])
        check(name, (v, v))
    check("concat", [a, b], axis=1)
    check("concat", [a, b], axis=None)
    check("vstack", [a, v])
    check("column_stack", [a, v[:2]])
    check("block", [[a, b], [b, a]])
    check("block", [v, v])
    check("append", a, b)
    check("append", a, b, axis=0)
    check("append", a, v)


@pytest.mark.parametrize(("d1", "d2"), [("int8", "uint8"), ("bool", "float16"),
                                        ("uint64", "int64"), ("float32", "complex64"),
                                        ("int16", "float32")],
                         ids=["i1-u1", "b-f2", "u8-i8", "f4-c8", "i2-f4"])
def test_stack_family_promotion(d1: str, d2: str) -> None:
    a, b = data((2, 2), d1, 1), data((2, 2), d2, 2)
    for name in ["hstack", "vstack", "dstack", "column_stack", "concat"]:
        check(name, [a, b])
    check("block", [[a, b]])
    check("block", [[a], [b]])
    check("append", a, b)
    check("append", numpy.array([1], numpy.int8), 300)  # values are an array: not weak
    for dtype in ["float64", "int8"]:
        for casting in ["same_kind", "unsafe", "no"]:
            for name in ["hstack", "vstack", "concat"]:
                check(name, [a, b], dtype=dtype, casting=casting)


def test_stack_family_shapes_and_errors() -> None:
    s = numpy.float64(2.5)
    for name in ["hstack", "vstack", "dstack", "column_stack"]:
        check(name, [numpy.array(1.0), numpy.array(2.0)])
        check(name, [s, 1])
        check(name, [numpy.ones((0, 3)), numpy.ones((0, 3))])
        check(name, [numpy.ones((2, 3)), numpy.ones((3, 3))])  # ValueError for some
        check(name, [numpy.ones(2), numpy.ones(3)])
        check(name, [numpy.ones((1, 2, 3)), numpy.ones((1, 2, 3))])
        with pytest.raises(ValueError):
            getattr(tnp, name)([])
    check("concat", [numpy.ones(2), numpy.ones((2, 2))])
    check("concat", [numpy.ones((2, 2))] * 2, axis=2)
    check("concat", [numpy.ones((2, 2))] * 2, axis=-1)
    check("append", numpy.ones((2, 3)), [1, 2, 3], axis=0)  # ndim mismatch
    check("append", numpy.ones((2, 3)), [[1, 2, 3]], axis=0)
    check("append", numpy.array(1), 2)
    check("append", numpy.ones((2, 3)), numpy.ones((2, 3)), axis=2)


def test_row_stack_deprecated() -> None:
    a = numpy.arange(3)
    with pytest.warns(DeprecationWarning, match="row_stack"):
        got = tnp.row_stack([tnp.asarray(a), tnp.asarray(a)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert_same(got, numpy.row_stack([a, a]))


def test_block() -> None:
    a, b = numpy.ones((2, 2)), numpy.zeros((2, 1))
    check("block", [[a, b], [numpy.full((1, 3), 5.0)]])
    check("block", [[[1]], [[2]]])
    check("block", [numpy.array(1), 2])
    check("block", [1, numpy.int8(2)])
    check("block", 1)
    check("block", [[1, 2], [3, 4]])
    check("block", [[a, numpy.ones(2)]])  # ValueError: dimension mismatch
    check("block", [[1, 2], [3]])
    check("block", [[numpy.ones((2, 2, 2))], [numpy.zeros((1, 2, 2))]])
    for bad, err, msg in [([], ValueError, "List at arrays cannot be empty"),
                          ([[]], ValueError, r"List at arrays\[0\] cannot be empty"),
                          ((), TypeError, "arrays is a tuple"),
                          ([(1, 2)], TypeError, r"arrays\[0\] is a tuple"),
                          ([[1, 2], 3], ValueError, "List depths are mismatched")]:
        with pytest.raises(err, match=msg):
            tnp.block(bad)
        with pytest.raises(err, match=msg):
            numpy.block(bad)
    r = tnp.block(1)
    assert isinstance(r, tnp.ndarray) and r.shape == ()


# ---------------------------------------------------------------- split family


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint32", "float16", "complex128"])
def test_split_dtypes(dtype: str) -> None:
    a = data((4, 6), dtype)
    check_list("split", a, 2)
    check_list("split", a, 3, axis=1)
    check_list("array_split", a, 4, axis=1)
    check_list("hsplit", a, 2)
    check_list("vsplit", a, [1, 3])
    check("unstack", a)
    check("unstack", a, axis=-1)


@pytest.mark.parametrize("ios", [1, 2, 3, 4, 5, 7, 0, -1, [1], [1, 3], [3, 1], [0, 0],
                                 [-2], [10], [1, 5, 0], [], 2.0],
                         ids=str)
@pytest.mark.parametrize("axis", [0, 1, -1, 2])
def test_split_sections(ios: Any, axis: int) -> None:
    a = numpy.arange(24.0).reshape(4, 6)
    if ios != 0:
        check_list("split", a, ios, axis=axis)
    else:
        with pytest.raises(ZeroDivisionError):
            tnp.split(tnp.asarray(a), 0)
    check_list("array_split", a, ios, axis=axis)


def test_split_misc() -> None:
    check_list("split", numpy.arange(6), numpy.array([2, 4]))
    check_list("split", numpy.arange(6), numpy.array(3))
    check_list("split", numpy.arange(6), [1.0])  # TypeError
    check_list("split", numpy.array(1), 1)  # IndexError
    check_list("array_split", numpy.zeros((0, 3)), 2)
    check_list("hsplit", numpy.arange(6), 3)
    check_list("hsplit", numpy.array(1), 1)
    check_list("vsplit", numpy.arange(6), 1)
    check_list("dsplit", numpy.arange(24).reshape(2, 3, 4), [1, 2])
    check_list("dsplit", numpy.arange(6).reshape(2, 3), 1)
    check("unstack", numpy.array(1))
    check("unstack", numpy.zeros((0, 2)), axis=1)
    check("unstack", numpy.zeros((2, 3)), axis=2)


def test_split_pieces_are_views() -> None:
    ta = tnp.arange(6.0)
    p = tnp.split(ta, 3)
    p[1][0] = 50.0
    assert float(ta[2]) == 50.0
    u = tnp.unstack(ta.reshape(2, 3))
    u[1][2] = -1.0
    assert float(ta[5]) == -1.0


# ---------------------------------------------------------------- tile, repeat, resize


@pytest.mark.parametrize("dtype", DTYPES)
def test_tile_repeat_resize_dtypes(dtype: str) -> None:
    a = data((2, 3), dtype)
    check("tile", a, 2)
    check("tile", a, (2, 1, 2))
    check("repeat", a, 2)
    check("repeat", a, [1, 0, 2], axis=1)
    check("resize", a, (4, 4))
    check("resize", a, 5)


@pytest.mark.parametrize("shape", [(), (0,), (3,), (2, 0), (2, 3)], ids=str)
def test_tile_repeat_resize_shapes(shape: tuple[int, ...]) -> None:
    a = data(shape, "int32")
    for reps in [0, 1, 3, (2, 2), (1, 1, 1), (), [2], (0, 2), -1, (2, -1), 1.5,
                 numpy.array([2, 1])]:
        check("tile", a, reps)
    for reps, axis in [(2, None), (0, None), (3, 0), (3, -1), (-1, None), (2, 5), ([], 0),
                       (True, None), (1.5, None), ([[1]], 0), (numpy.uint64(2), None),
                       (1 + 0j, None)]:
        check("repeat", a, reps, axis=axis)
    for new in [0, 7, (2, 3), (3, 4), (0, 5), (-1,), ()]:
        check("resize", a, new)
    check("resize", a, 2.0)


def test_repeat_errors() -> None:
    a = numpy.arange(6).reshape(2, 3)
    check("repeat", a, [1, 2])  # wrong length
    check("repeat", a, [1, -1], axis=0)
    check("repeat", a, [True, False], axis=0)
    check("repeat", a, numpy.array([1, 1], numpy.uint8), axis=0)


# ---------------------------------------------------------------- insert / delete


@pytest.mark.parametrize("dtype", DTYPES)
def test_insert_delete_dtypes(dtype: str) -> None:
    a = data((3, 4), dtype)
    v = data((4,), dtype, 5)
    check("insert", a, 1, v, axis=0)
    check("insert", a, [0, 2, 2], v[:3], axis=1)
    check("insert", a, 3, v[0])
    check("delete", a, 1, axis=1)
    check("delete", a, [0, 2], axis=0)
    check("delete", a, slice(None, None, 2))


OBJS = [0, 2, -1, -6, 6, 7, -7, [1], [1, 1], [2, 0], [], [5, 6], [True] * 6,
        [True, False] * 3, [True, False], [1.0], 1.0, slice(1, 4), slice(None, None, -2),
        slice(5, 1), numpy.array([1, 3]), numpy.array([], float), numpy.array([[0, 1]]),
        numpy.int64(2)]


@pytest.mark.parametrize("obj", OBJS, ids=repr)
def test_delete_obj(obj: Any) -> None:
    a = numpy.arange(12.0).reshape(2, 6)
    check("delete", a[0], obj)
    check("delete", a, obj, axis=1)
    check("delete", a, obj)
    check("delete", a, obj, axis=0)


def test_delete_misc() -> None:
    check("delete", numpy.array(5), 0)
    check("delete", numpy.array(5), 0, axis=0)
    check("delete", numpy.ones((2, 3)), 0, axis=2)
    check("delete", numpy.ones((2, 0)), [], axis=1)


@pytest.mark.parametrize("obj", [0, 1, 3, 6, 7, -1, -7, [1], [1, 1], [3, 0], [], [-1, 6],
                                 slice(0, 2), slice(None, None, -1), numpy.array([2]),
                                 numpy.array([[0, 1]]), [1.0]],
                         ids=repr)
@pytest.mark.parametrize("values", [9, 2.7, [7, 8], [[7], [8]], [[1, 2, 3]]], ids=str)
def test_insert_obj(obj: Any, values: Any) -> None:
    a = numpy.arange(6).reshape(2, 3)
    check("insert", a, obj, values)
    check("insert", a, obj, values, axis=0)
    check("insert", a, obj, values, axis=1)
    check("insert", a, obj, values, axis=-1)


def test_insert_misc() -> None:
    a = numpy.arange(6).reshape(2, 3)
    check("insert", a, 1, [[1, 2, 3], [4, 5, 6]], axis=0)
    check("insert", a, 1, [1, 2, 3, 4])
    check("insert", a, 1, [1, 2], axis=0)  # ValueError: broadcast
    check("insert", numpy.array(5), 0, 1)
    check("insert", a, 0, 1, axis=2)
    check("insert", numpy.arange(3, dtype=numpy.int8), [1], 300.7)
    for mask in [[True], [False, True, True], [False] * 6, [[True]]]:
        check("insert", a, numpy.array(mask), 9)  # a boolean obj is a mask (NumPy 2)
        check("insert", a, numpy.array(mask), 9, axis=1)


# ---------------------------------------------------------------- trim_zeros


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("trim", ["fb", "f", "b", "BF"])
def test_trim_zeros(dtype: str, trim: str) -> None:
    a = numpy.array([0, 0, 1, 2, 0, 3, 0], dtype)
    check("trim_zeros", a, trim)
    m = numpy.zeros((4, 5), dtype)
    m[1, 2] = 1
    m[2, 3] = 1
    check("trim_zeros", m, trim)
    check("trim_zeros", m, trim, axis=0)
    check("trim_zeros", m, trim, axis=-1)
    check("trim_zeros", m, trim, axis=(0, 1))
    check("trim_zeros", numpy.zeros((2, 3), dtype), trim)
    check("trim_zeros", numpy.zeros(0, dtype), trim)


def test_trim_zeros_misc() -> None:
    check("trim_zeros", numpy.array([0, 1, 0]), "x")
    check("trim_zeros", numpy.array(0))
    check("trim_zeros", numpy.array([0, 1]), axis=())
    check("trim_zeros", numpy.array([0, 1]), axis=1)
    check("trim_zeros", numpy.array([0.0, -0.0, numpy.nan, 0.0]))
    ta = tnp.asarray([0.0, 1.0, 2.0, 0.0])
    r = tnp.trim_zeros(ta)
    r[0] = 7.0
    assert float(ta[1]) == 7.0  # a view, like NumPy's


# ---------------------------------------------------------------- copyto


def _copyto_pair(dst: numpy.ndarray, src: Any, **kw: Any) -> None:
    nd, td = dst.copy(), tnp.asarray(dst.copy())
    tsrc = compare.to_tnp(src)
    kw_t = {k: compare.to_tnp(v) for k, v in kw.items()}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            r = numpy.copyto(nd, src, **kw)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(compare.expected_type(e)):
                tnp.copyto(td, tsrc, **kw_t)
            return
        assert tnp.copyto(td, tsrc, **kw_t) is r is None
    assert_same(td, nd)


@pytest.mark.parametrize("dst_dtype", DTYPES)
@pytest.mark.parametrize("src_dtype", ["bool", "int8", "uint8", "int64", "float32",
                                       "complex128"])
@pytest.mark.parametrize("casting", ["no", "safe", "same_kind", "unsafe"])
def test_copyto_casting(dst_dtype: str, src_dtype: str, casting: str) -> None:
    dst = data((2, 3), dst_dtype)
    src = data((3,), src_dtype, 4)
    if src_dtype[0] in "fc" and dst_dtype[0] in "iu":
        src = (abs(src) * 10).astype(src_dtype)  # float -> int casts in range only
    _copyto_pair(dst, src, casting=casting)


@pytest.mark.parametrize("dst_dtype", ["bool", "int8", "uint8", "uint64", "float16",
                                       "float64", "complex64"])
@pytest.mark.parametrize("value", [True, 1, -1, 300, 3.5, 1j, 2**64 - 1])
@pytest.mark.parametrize("casting", ["no", "same_kind", "unsafe"])
def test_copyto_python_scalars(dst_dtype: str, value: Any, casting: str) -> None:
    if dst_dtype == "float16" and value == 2**64 - 1:
        return  # inf after the cast, with a RuntimeWarning
    if casting == "unsafe" and isinstance(value, complex) and dst_dtype == "bool":
        return
    _copyto_pair(numpy.zeros((2, 2), dst_dtype), value, casting=casting)


def test_copyto_where_and_broadcast() -> None:
    dst = numpy.zeros((2, 3))
    _copyto_pair(dst, numpy.arange(3.0), where=numpy.array([True, False, True]))
    _copyto_pair(dst, 5.0, where=[[True], [False]])
    _copyto_pair(dst, 5.0, where=[1, 0, 1])
    _copyto_pair(dst, 5.0, where=numpy.array([1.5, 0, 1]))  # TypeError
    _copyto_pair(dst, 5.0, where=numpy.ones((2, 2), bool))  # ValueError
    _copyto_pair(dst, numpy.ones(2))  # ValueError
    _copyto_pair(dst, numpy.ones((1, 1, 3)))
    _copyto_pair(dst, numpy.ones((2, 2, 3)))
    _copyto_pair(dst, 1.0, casting="bad")
    _copyto_pair(numpy.zeros(()), [[1.0]])
    with pytest.raises(TypeError):
        tnp.copyto([1, 2], 2)
    ta = tnp.zeros(3)
    ro = tnp.broadcast_to(ta, (2, 3))
    with pytest.raises(ValueError):
        tnp.copyto(ro, 1.0)


def test_copyto_writes_through_views_and_overlap() -> None:
    base = tnp.zeros((3, 3))
    tnp.copyto(base[1], 7.0)
    tnp.copyto(base[:, 0], tnp.asarray([1.0, 2.0, 3.0]))
    want = numpy.zeros((3, 3))
    want[1] = 7.0
    want[:, 0] = [1.0, 2.0, 3.0]
    assert_same(base, want)
    a = tnp.arange(6.0)
    n = numpy.arange(6.0)
    tnp.copyto(a[1:], a[:-1])
    numpy.copyto(n[1:], n[:-1])
    assert_same(a, n)


# ---------------------------------------------------------------- pad

MODES = ["constant", "edge", "linear_ramp", "maximum", "mean", "median", "minimum", "reflect",
         "symmetric", "wrap"]
WIDTHS = [0, 1, 2, 5, 11, (1, 3), ((2, 0), (0, 7)), [[1], [4]], {1: (2, 3)}, {0: 2},
          numpy.array([1, 2])]


def _pad_data(shape: tuple[int, ...], dtype: str) -> numpy.ndarray:
    return data(shape, dtype, ints=(-20, 20), uints=(0, 50))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("width", WIDTHS, ids=str)
def test_pad_modes_widths(mode: str, width: Any) -> None:
    for shape in [(3, 4), (1, 5)]:
        a = _pad_data(shape, "float64")
        check("pad", a, width, mode)
        check("pad", a.astype(numpy.int64), width, mode)
    if not isinstance(width, dict):
        check("pad", _pad_data((4,), "float32"), width[0] if isinstance(width, list) else width,
              mode)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("mode", MODES)
def test_pad_dtypes(dtype: str, mode: str) -> None:
    a = _pad_data((3, 4), dtype)
    if dtype == "bool" and mode in ("mean", "median", "linear_ramp"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            check("pad", a, ((2, 3), (1, 4)), mode)
        return
    if dtype == "uint64" and mode in ("mean", "median", "linear_ramp"):
        a = _pad_data((3, 4), "uint8").astype(dtype)  # float64 statistics stay exact
    tol = (1e-2, 1e-2) if dtype == "float16" and mode == "mean" else None
    check("pad", a, ((2, 3), (1, 4)), mode, tol=tol)
    check("pad", a, 6, mode, tol=tol)


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "uint16", "uint64", "int64",
                                   "float16", "float64", "complex64"])
@pytest.mark.parametrize("mode", ["reflect", "symmetric"])
def test_pad_reflect_odd(dtype: str, mode: str) -> None:
    for shape in [(1,), (2,), (3,), (4, 3), (1, 3)]:
        a = _pad_data(shape, dtype)
        for width in [1, 2, 3, 7, (0, 9), (8, 1)]:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                check("pad", a, width, mode, reflect_type="odd")
        check("pad", a, 3, mode, reflect_type="even")
        check("pad", a, 3, mode, reflect_type="other")


def test_pad_keywords() -> None:
    a = _pad_data((3, 4), "float64")
    i = numpy.arange(12).reshape(3, 4)
    for values in [5, 2.7, (1, 2), ((1, 2), (3, 4)), [[1], [2]], -3, ((1, 2, 3),)]:
        check("pad", a, 2, "constant", constant_values=values)
        check("pad", i, 2, "constant", constant_values=values)
        check("pad", i.astype(numpy.uint8), 2, constant_values=values if values != -3 else 3)
        check("pad", a, (2, 3), "linear_ramp", end_values=values)
        check("pad", i, (2, 3), "linear_ramp", end_values=values)
    check("pad", numpy.arange(3), 2, "constant", constant_values=numpy.nan)  # ValueError
    check("pad", numpy.arange(3, dtype=numpy.int8), 2, constant_values=300)  # OverflowError
    check("pad", numpy.arange(3.0), 2, constant_values=numpy.inf)
    for length in [None, 1, 2, 10, (1, 3), ((1, 2), (3, 1)), 1.6]:
        for mode in ["maximum", "mean", "median", "minimum"]:
            check("pad", a, (3, 2), mode, stat_length=length)
            check("pad", i, (3, 2), mode, stat_length=length)
    check("pad", i, 2, "maximum", stat_length=0)  # ValueError
    check("pad", i, 2, "minimum", stat_length=-1)  # ValueError
    check("pad", numpy.array([1, 5, 2, 4], numpy.uint64), 2, "mean")
    check("pad", numpy.array([1, 5, 2, numpy.nan]), 2, "median")
    check("pad", numpy.array([1, 5, 2, numpy.nan]), 2, "maximum")
    check("pad", numpy.array([2.5, 3.5, 4.5]), 1, "mean")


def test_pad_errors_and_edge_cases() -> None:
    a = numpy.arange(6).reshape(2, 3)
    check("pad", a, 1, "foo")  # ValueError
    check("pad", a, 1, "edge", foo=1)  # ValueError
    check("pad", a, 1, "constant", stat_length=2)  # ValueError
    check("pad", a, (1.0, 2))  # TypeError
    check("pad", a, True)  # TypeError
    check("pad", a, numpy.array([1], numpy.uint8))  # TypeError
    check("pad", a, -1)  # ValueError
    check("pad", a, ((1, -2),))
    check("pad", a, [[1, 2, 3]])  # ValueError (broadcast)
    check("pad", a, ((1, 2), (3, 4), (5, 6)))
    check("pad", numpy.array(5), 2)
    check("pad", numpy.array(5), 2, "edge")
    for mode in MODES:
        check("pad", numpy.zeros((0, 3)), 1, mode)
        check("pad", numpy.zeros((0, 3)), ((0, 0), (1, 2)), mode)
    r = tnp.pad(tnp.asarray(a), ((1, 2), (0, 3)), "empty")
    assert r.shape == (5, 6) and r.dtype == tnp.int64
    assert_same(r[1:3, 0:3], a)
    ta = tnp.asarray(a)
    p = tnp.pad(ta, 0)
    p[0, 0] = 99
    assert int(ta[0, 0]) == 0  # a new array


def test_pad_callable() -> None:
    def pad_with(vector: Any, pad_width: Any, iaxis: int, kwargs: dict) -> None:
        pad_value = kwargs.get("padder", 10)
        vector[: pad_width[0]] = pad_value
        if pad_width[1]:
            vector[-pad_width[1]:] = pad_value + iaxis

    a = numpy.arange(6).reshape(2, 3)
    check("pad", a, 2, pad_with)
    check("pad", a, ((1, 0), (0, 2)), pad_with, padder=100)
    check("pad", a.astype(numpy.float32), (1, 2), pad_with, padder=-1)


# ---------------------------------------------------------------- signatures


NAMES = ["append", "array_split", "block", "column_stack", "concat", "copyto", "delete",
         "dsplit", "dstack", "hsplit", "hstack", "insert", "pad", "repeat", "resize",
         "row_stack", "split", "tile", "trim_zeros", "unstack", "vsplit", "vstack"]


@pytest.mark.parametrize("name", NAMES)
def test_signature_matches_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


def test_array_valued_shift_and_shape_arguments_like_numpy() -> None:
    n = numpy.arange(12).reshape(3, 4)
    a = tnp.asarray(n)
    shifts = numpy.array([3, 1, 2])
    assert_same(tnp.roll(a, tnp.asarray(shifts)), numpy.roll(n, shifts))
    assert_same(tnp.roll(a, tnp.asarray([1, 2]), axis=(0, 1)), numpy.roll(n, [1, 2], axis=(0, 1)))
    assert tnp.broadcast_shapes(tnp.asarray([1, 2, 3]), (3,)) == numpy.broadcast_shapes(
        numpy.array([1, 2, 3]), (3,))
    assert tnp.broadcast_shapes(tnp.asarray(3)) == numpy.broadcast_shapes(numpy.asarray(3))
