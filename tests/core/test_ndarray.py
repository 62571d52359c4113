"""Differential tests of ``ndarray`` against NumPy 2: conversion, attributes, Python
protocols, indexing (basic, boolean, integer arrays), views and assignment."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
from compare import DTYPES, assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core as tnp


def builtin_base(exc: type) -> type:
    """The nearest built-in class of an exception type (NumPy's AxisError -> ValueError)."""
    return next(c for c in exc.__mro__ if c.__module__ == "builtins")


def same_outcome(f: Any) -> None:
    """Run ``f(np)`` and ``f(tnp)``: equal results, or exceptions of the same built-in class."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = f(np)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(builtin_base(type(e))):
            f(tnp)
        return
    got = f(tnp)
    if isinstance(want, (np.ndarray, np.generic)):
        assert_same(got, want)
    else:
        assert type(got) is type(want)
        assert got == want


def arange(m: Any, shape: tuple[int, ...], dtype: str = "int64") -> Any:
    return m.asarray(np.arange(int(np.prod(shape))).reshape(shape).astype(dtype))


# ------------------------------------------------------------------ conversion

NESTED = [
    [True, False],
    [1, 2, 3],
    [1.0, 2, 3],
    [1j, 2],
    [True, 1],
    [True, 1.5],
    [1, 2.5j],
    [],
    [[]],
    [[], []],
    [[1, 2], [3, 4]],
    [[[1]], [[2]]],
    ((1, 2), (3, 4)),
    [(1, 2), [3, 4]],
    [[1, 2], [3, 4.0]],
    [-(2**63), 2**63 - 1],
    [2**63],
    [2**64 - 1],
    [2**63, 1],
    [2**63, -1],
    [2**63, True],
    [[1], [2**63]],
    3,
    3.5,
    True,
    1j,
    2**63,
    -5,
]


@pytest.mark.parametrize("obj", NESTED, ids=repr)
def test_asarray_python_objects(obj: Any) -> None:
    assert_same(tnp.asarray(obj), np.asarray(obj))
    assert_same(tnp.array(obj), np.array(obj))


@pytest.mark.parametrize("obj", [[1, [2]], [[1, 2], [3]], [[1, 2], [[3], [4]]], [[1], 2]], ids=repr)
def test_asarray_ragged_raises_value_error(obj: Any) -> None:
    with pytest.raises(ValueError):
        np.asarray(obj)
    with pytest.raises(ValueError):
        tnp.asarray(obj)


@pytest.mark.parametrize("obj", [2**64, [2**64], [-(2**63) - 1], [1, 2**70]], ids=repr)
def test_asarray_ints_beyond_uint64_raise_overflow(obj: Any) -> None:
    # NumPy makes an object array; tnp has no object dtype
    with pytest.raises(OverflowError):
        tnp.asarray(obj)
    with pytest.raises(OverflowError):
        tnp.asarray(obj, dtype="int64")


@pytest.mark.parametrize("obj", [2**64, [2**64, 0], [[2**100, 1]], [-(2**70), 1j]], ids=repr)
@pytest.mark.parametrize("dtype", ["float64", "float32", "complex128", "bool"])
def test_asarray_huge_ints_with_inexact_or_bool_dtype(obj: Any, dtype: str) -> None:
    """With a float, complex or bool ``dtype`` NumPy converts ints beyond uint64 through float."""
    same_outcome(lambda m: m.asarray(obj, dtype=dtype))


SEQUENCES = ["range(4)", "range(0)", "range(2**63, 2**63 + 2)", "[range(2), range(2)]",
             "collections.deque([1.5, 2])", "(range(2), [1, 2])", "array.array('h', [1, 2])",
             "array.array('L', [2**63])", "array.array('f', [1.5])", "array.array('d')",
             "bytearray(b'ab')", "memoryview(np.arange(6.0).reshape(2, 3))",
             "memoryview(np.array([1 + 2j], np.complex64))", "memoryview(np.array(True))"]


@pytest.mark.parametrize("expr", SEQUENCES)
def test_asarray_other_sequences(expr: str) -> None:
    """range, deque and other sequences convert like the list of their items; buffers
    (array.array, bytearray, memoryview) keep their element type."""
    import array
    import collections

    env = {"array": array, "collections": collections, "np": np}
    assert_same(tnp.asarray(eval(expr, env)), np.asarray(eval(expr, env)))
    assert_same(tnp.sum(eval(expr, env)), np.sum(eval(expr, env)))


@pytest.mark.parametrize("obj", [{1: 2}, {1, 2}, memoryview(np.arange(2.0).astype(">f8"))],
                         ids=repr)
def test_asarray_mappings_sets_and_swapped_buffers_raise_type_error(obj: Any) -> None:
    with pytest.raises(TypeError):  # NumPy: object arrays; a big-endian float64 array
        tnp.asarray(obj)


@pytest.mark.parametrize("obj", ["abc", [1, "a"], [1, None], None, object()], ids=repr)
def test_asarray_non_numeric_raise_type_error(obj: Any) -> None:
    # NumPy makes str / object arrays; tnp has neither
    with pytest.raises(TypeError):
        tnp.asarray(obj)


@pytest.mark.filterwarnings("ignore::numpy.exceptions.ComplexWarning")
@pytest.mark.filterwarnings("ignore::tnp_core.exceptions.ComplexWarning")
@pytest.mark.parametrize("dtype", DTYPES)
def test_asarray_numpy_arrays(dtype: str) -> None:
    a = (np.arange(24).reshape(2, 3, 4) % 5).astype(dtype)
    views = [
        a,
        a[:, ::2],
        a[::-1],
        a[:, :, ::-2],
        a.T,
        a[1],
        a[0, 0, 0],
        np.asfortranarray(a),
        a.astype(a.dtype.newbyteorder(">")),
        a[:0],
    ]
    for v in views:
        # tnp arrays are native-endian: a big-endian input converts to the native dtype
        assert_same(tnp.asarray(v), np.asarray(v).astype(v.dtype.newbyteorder("=")))
    assert_same(tnp.asarray(a[0, 0, 0]), np.asarray(a[0, 0, 0]))  # a NumPy scalar
    assert_same(tnp.asarray(a, dtype="float32"), np.asarray(a, dtype="float32"))


def test_asarray_numpy_scalars_and_mixed_lists() -> None:
    for x in (np.float32(3), np.int8(-3), np.bool_(True), np.uint64(2**64 - 1), np.complex64(1j)):
        assert_same(tnp.asarray(x), np.asarray(x))
    for lst in (
        [np.float32(1), np.float32(2)],
        [np.int8(1), np.int16(2)],
        [np.array([1, 2]), np.array([3, 4])],
    ):
        assert_same(tnp.asarray(lst), np.asarray(lst))


def test_asarray_lists_of_tnp_arrays() -> None:
    same_outcome(lambda m: m.asarray([m.asarray([1, 2]), m.asarray([3, 4])]))
    same_outcome(lambda m: m.asarray([m.asarray([1, 2]), [3, 4]]))
    same_outcome(
        lambda m: m.asarray([m.asarray([1, 2], dtype="int8"), m.asarray([3, 4], dtype="uint8")])
    )
    same_outcome(lambda m: m.asarray([m.float32(1), m.float32(2)]))
    same_outcome(lambda m: m.asarray([m.asarray([1.5]), m.asarray([2.5])]))
    same_outcome(lambda m: m.asarray([m.asarray([1, 2]), m.asarray([3])]))


def test_asarray_shares_memory_with_tnp_input() -> None:
    a = tnp.asarray([1, 2, 3])
    b = tnp.asarray(a)
    b[0] = 10
    assert a[0] == 10
    c = tnp.array(a)  # copy=True by default
    c[1] = 20
    assert a[1] == 2


# ------------------------------------------------------------------ attributes

ATTR_CASES = [
    ((), "float64"),
    ((3,), "int8"),
    ((2, 3), "float32"),
    ((2, 3, 4), "complex128"),
    ((0, 3), "uint16"),
    ((1, 1, 1, 1), "bool"),
]


@pytest.mark.parametrize(("shape", "dtype"), ATTR_CASES, ids=repr)
def test_attributes(shape: tuple[int, ...], dtype: str) -> None:
    a, n = arange(tnp, shape, dtype), arange(np, shape, dtype)
    assert a.shape == n.shape and type(a.shape) is tuple
    assert a.dtype == n.dtype and a.dtype.name == n.dtype.name
    assert a.ndim == n.ndim and a.size == n.size
    assert a.itemsize == n.itemsize and a.nbytes == n.nbytes
    assert_same(a.T, n.T)
    if n.ndim >= 2:
        assert_same(a.mT, n.mT)
    else:
        with pytest.raises(ValueError):
            n.mT
        with pytest.raises(ValueError):
            a.mT


def test_transpose_views_share_memory() -> None:
    a = arange(tnp, (2, 3))
    t = a.T
    assert t.base is a
    t[2, 1] = 100
    assert a[1, 2] == 100
    m = a.mT
    m[0, 0] = -1
    assert a[0, 0] == -1


# ------------------------------------------------------------------ Python protocols

PROTOCOLS = [
    lambda m: f"{m.asarray([1.5, 2]):.2f}",
    lambda m: f"{m.asarray([1.5, 2])}",
    lambda m: f"{m.asarray(1.5):.3f}",
    lambda m: len(m.asarray([[1, 2], [3, 4], [5, 6]])),
    lambda m: len(m.asarray(1)),
    lambda m: len(m.asarray([])),
    lambda m: bool(m.asarray([1, 2])),
    lambda m: bool(m.asarray([])),
    lambda m: bool(m.asarray([0])),
    lambda m: bool(m.asarray([[2]])),
    lambda m: bool(m.asarray(0.0)),
    lambda m: int(m.asarray(2.7)),
    lambda m: int(m.asarray(-2.7)),
    lambda m: int(m.asarray([1, 2])),
    lambda m: int(m.asarray([[2]])),
    lambda m: int(m.asarray([])),
    lambda m: int(m.asarray(True)),
    lambda m: int(m.asarray(np.nan)),
    lambda m: int(m.asarray(np.inf)),
    lambda m: int(m.asarray(2**64 - 1, dtype="uint64")),
    lambda m: float(m.asarray(3)),
    lambda m: float(m.asarray([1, 2])),
    lambda m: float(m.asarray([[2]])),
    lambda m: float(m.asarray(1 + 2j)),
    lambda m: int(m.asarray(1 + 2j)),
    lambda m: complex(m.asarray(2)),
    lambda m: complex(m.asarray([[2]])),
    lambda m: complex(m.asarray(1 - 2j, dtype="complex64")),
    lambda m: [0, 1, 2][m.asarray(1)],
    lambda m: [0, 1, 2][m.asarray(-1, dtype="int8")],
    lambda m: [0, 1, 2][m.asarray([1])],
    lambda m: [0, 1, 2][m.asarray(1.0)],
    lambda m: [0, 1, 2][m.asarray(True)],
    lambda m: [0, 1, 2][m.asarray(2, dtype="uint64")],
    lambda m: range(10)[m.asarray(3) : m.asarray(6)],
]


@pytest.mark.parametrize("f", PROTOCOLS, ids=range(len(PROTOCOLS)))
def test_python_protocols(f: Any) -> None:
    same_outcome(f)


ITEMS = [
    lambda m: arange(m, (2, 3)).item(3),
    lambda m: arange(m, (2, 3)).item(1, 2),
    lambda m: arange(m, (2, 3)).item((1, 2)),
    lambda m: arange(m, (2, 3)).item(-1),
    lambda m: arange(m, (2, 3)).item(-1, -1),
    lambda m: arange(m, (2, 3)).item(6),
    lambda m: arange(m, (2, 3)).item(1, 5),
    lambda m: arange(m, (2, 3)).item(),
    lambda m: m.asarray([[3]]).item(),
    lambda m: m.asarray(2.5).item(),
    lambda m: m.asarray([1], dtype="uint8").item(),
    lambda m: m.asarray([1.5], dtype="float16").item(),
    lambda m: m.asarray([1j], dtype="complex64").item(),
    lambda m: m.asarray([2**64 - 1], dtype="uint64").item(),
    lambda m: m.asarray(True).item(),
    lambda m: arange(m, (2, 3), "float32").tolist(),
    lambda m: m.asarray(3).tolist(),
    lambda m: m.asarray([[1j, 2]]).tolist(),
    lambda m: m.asarray([2**64 - 1, 1]).tolist(),
    lambda m: m.asarray([2**64 - 1, 2**63]).tolist(),
    lambda m: m.asarray([0.1], dtype="float32").tolist(),
    lambda m: m.asarray([[True], [False]]).tolist(),
    lambda m: m.zeros((2, 0)).tolist(),
]


@pytest.mark.parametrize("f", ITEMS, ids=range(len(ITEMS)))
def test_item_and_tolist(f: Any) -> None:
    same_outcome(f)
    try:
        want = f(np)
    except Exception:  # noqa: BLE001
        return
    got = f(tnp)

    def types(x: Any) -> Any:
        return [types(v) for v in x] if isinstance(x, list) else type(x)

    assert types(got) == types(want)  # Python scalars, not tnp / NumPy ones


def test_asarray_big_ints_with_dtype_exact() -> None:
    assert tnp.asarray([2**64 - 1, 1], dtype="uint64").tolist() == [2**64 - 1, 1]
    assert tnp.array([[2**63, 0]], dtype=tnp.uint64).tolist() == [[2**63, 0]]


@pytest.mark.parametrize(("value", "dtype"), [
    ([300, 1], "int8"), ([-1, 2], "uint8"), (-1, "uint64"), ([2**63], "int64"), (300, "uint8"),
    ([300.0, 1], "int8"), ([1j, 2], "float64"), ([float("nan")], "int32"),
    ([[1, 2], [3, 2**16]], "uint16"),
])
@pytest.mark.parametrize("func", ["array", "asarray", "asanyarray"])
def test_python_data_out_of_range_for_dtype_like_numpy(value: Any, dtype: str, func: str
                                                       ) -> None:
    with pytest.raises(Exception) as want:
        getattr(np, func)(value, dtype=dtype)
    with pytest.raises(want.type):
        getattr(tnp, func)(value, dtype=dtype)


@pytest.mark.parametrize(("value", "dtype"), [
    ([1.5, -2.7], "int8"), ([True, 2], "uint8"), ([1, 2.5], "uint64"), (300, "float16"),
    ([[1, 2], [3, 4]], "int16"), ((), "int32"), ([2**64 - 1], "uint64"), ([1, 2], "bool"),
])
def test_python_data_converted_for_dtype_like_numpy(value: Any, dtype: str) -> None:
    assert_same(tnp.array(value, dtype=dtype), np.array(value, dtype=dtype))
    assert_same(tnp.asarray(value, dtype=dtype), np.asarray(value, dtype=dtype))


def test_python_data_cannot_avoid_a_copy() -> None:
    with pytest.raises(ValueError):
        np.array([1, 2], copy=False)
    with pytest.raises(ValueError):
        tnp.array([1, 2], copy=False)
    a = tnp.arange(3)
    assert tnp.asarray(a, copy=False) is a


@pytest.mark.parametrize("order", [None, "C", "F", "A", "K"])
def test_copy_method_and_function_orders(order: str | None) -> None:
    """``a.copy()`` defaults to C order, ``np.copy(a)`` to K (keeps the layout)."""
    n = np.arange(6).reshape(2, 3).T
    t = tnp.asarray(n)
    kw = {} if order is None else {"order": order}
    for got, want in ((t.copy(**kw), n.copy(**kw)), (tnp.copy(t, **kw), np.copy(n, **kw))):
        assert_same(got, want)
        assert got.flags.c_contiguous == want.flags.c_contiguous
        assert got.flags.f_contiguous == want.flags.f_contiguous


def test_copy_is_independent() -> None:
    a = arange(tnp, (2, 3))
    b = a.copy()
    assert b.base is None
    b[0, 0] = 100
    assert a[0, 0] == 0
    v = a[1]
    c = v.copy()
    c[0] = -5
    assert a[1, 0] == 3
    assert_same(c, np.asarray([-5, 4, 5]))
    import copy

    d = copy.deepcopy(a)
    d[1, 1] = 7
    assert a[1, 1] == 4


@pytest.mark.parametrize("src", DTYPES)
def test_astype_basic(src: str) -> None:
    a = (np.arange(-2, 4) * 1.5).astype(src) if src != "bool" else np.asarray([True, False])
    for dst in ("int16", "float32", "complex128", "bool", "uint8"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = a.astype(dst)
            if np.dtype(src).kind in "fc" and dst == "uint8":
                continue  # negative floats to unsigned: undefined in C, differs
            got = tnp.asarray(a).astype(dst)
        assert_same(got, want)
    t = tnp.asarray(a)
    c = t.astype(src)  # copy=True: a new array even for the same dtype
    c[0] = c[1]
    assert_same(t, a)
    same = t.astype(src, copy=False)  # no cast needed: no copy
    same[0] = same[1]
    assert t[0] == t[1]


def test_iteration() -> None:
    a = arange(tnp, (3, 2), "float32")
    rows = list(a)
    assert len(rows) == 3
    for r, w in zip(rows, np.arange(6, dtype="float32").reshape(3, 2)):
        assert_same(r, w)
    rows[1][0] = 50  # rows of an n-d array are views
    assert a[1, 0] == 50
    elems = list(tnp.asarray([1.5, 2.5]))
    assert all(isinstance(e, tnp.float64) for e in elems)
    assert_same(elems[0], np.float64(1.5))
    with pytest.raises(TypeError):
        iter(tnp.asarray(1))
    with pytest.raises(TypeError):
        list(np.asarray(1))


# ------------------------------------------------------------------ basic indexing

BASIC_KEYS = [
    0,
    -1,
    2,
    -3,
    (0, 0),
    (0, 0, 0),
    (-1, -1, -1),
    slice(None),
    slice(1, None, 2),
    slice(None, None, -1),
    (slice(None, None, -2), 1),
    (slice(1, -1, -1),),
    slice(5, None),
    slice(-100, 100),
    (slice(None, None, -3), slice(None, None, -2), slice(3, 0, -2)),
    Ellipsis,
    (Ellipsis, 0),
    (0, Ellipsis, 0),
    (None,),
    (None, 0, None, Ellipsis),
    (Ellipsis, None),
    (0, None),
    (),
    (0, slice(None, None, -1)),
    np.int8(1),
    (np.int64(-1),),
    np.uint8(2),
    (slice(np.int64(1), None),),
    (1, slice(1, 3), -1),
]


@pytest.mark.parametrize("key", BASIC_KEYS, ids=repr)
def test_basic_indexing_values(key: Any) -> None:
    same_outcome(lambda m: arange(m, (3, 4, 5))[key])


BAD_KEYS = [3, -4, (0, 0, 0, 0), (Ellipsis, Ellipsis), 1.0, (0, 1.0), "a", [1.0], (0, 5)]


@pytest.mark.parametrize("key", BAD_KEYS, ids=repr)
def test_bad_keys(key: Any) -> None:
    same_outcome(lambda m: arange(m, (3, 4, 5))[key])


def test_zero_d_indexing() -> None:
    for key in ((), Ellipsis, None, True, False):
        same_outcome(lambda m, key=key: m.asarray(5)[key])
    same_outcome(lambda m: m.asarray(5)[0])


@pytest.mark.parametrize(
    "key",
    [1, slice(None, 2), (slice(None), 1), Ellipsis, (None, 1), (1, slice(1, None, 2)), ()],
    ids=repr,
)
def test_basic_index_results_are_views(key: Any) -> None:
    a = arange(tnp, (3, 4))
    n = arange(np, (3, 4))
    v = a[key]
    assert v.base is a
    v[...] = -7
    n[key] = -7
    assert_same(a, n)
    # a view of a view has the original as its base
    w = a[1:][0]
    assert w.base is a


@pytest.mark.parametrize(
    "key",
    [
        slice(None, None, -1),
        (slice(None, None, -2), 1),
        (slice(None), slice(None, None, -1)),
        (slice(1, -1, -1),),
        (Ellipsis, slice(3, 0, -2)),
    ],
    ids=repr,
)
def test_negative_steps_read_only(key: Any) -> None:
    a = arange(tnp, (3, 4))
    r = a[key]
    assert_same(r, arange(np, (3, 4))[key])
    with pytest.raises(ValueError):
        r[...] = 0
    with pytest.raises(ValueError):
        r += 1
    assert_same(a, arange(np, (3, 4)))  # nothing written


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (slice(None, None, -1), [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]),
        (slice(None, None, -1), [0, 1, 2, 3]),
        ((slice(None, None, -2), 1), [7, 8]),
        ((slice(None), slice(None, None, -1)), 5),
        ((Ellipsis, slice(3, 0, -2)), [[1, 2]]),
        ((slice(None, None, -1), [0, 1]), 9),
    ],
    ids=repr,
)
@pytest.mark.parametrize("dtype", ["int64", "uint16", "float32"])
def test_negative_step_assignment_writes_into_array(key: Any, value: Any, dtype: str) -> None:
    a = arange(tnp, (3, 4), dtype)
    n = arange(np, (3, 4), dtype)
    a[key] = value
    n[key] = value
    assert_same(a, n)
    # through a view of a view too
    b = arange(tnp, (6,), dtype)
    nb = arange(np, (6,), dtype)
    b[::2][::-1] = [10, 20, 30]
    nb[::2][::-1] = [10, 20, 30]
    assert_same(b, nb)


# ------------------------------------------------------------------ advanced indexing

ADV_KEYS = [
    [0, 2],
    [-1],
    [[0, 1], [1, 2]],
    ([0, 1], [1, 2]),
    (slice(None), [0, 2]),
    ([0, 1], slice(None), [1, 2]),
    (0, [0, 1], [1, 2]),
    ([0, 1], 0, [1, 2]),
    (slice(None), [[0], [1]], [0, 1, 2]),
    (None, [0, 1]),
    ([[0, 1]],),
    np.array([0, 1]),
    np.array(1),
    (np.array(1), 2),
    (np.array([0, -1], dtype="int8"), Ellipsis),
    (np.array([2], dtype="uint64"), 1),
    (Ellipsis, [1, 0]),
    ([0, 1], Ellipsis, [0, 1]),
    (slice(None, None, -1), [0, 1]),
    [],
    (slice(None), []),
    [np.int64(0)],
    np.array([True, False, True]),
    np.ones((3, 4), bool),
    np.arange(60).reshape(3, 4, 5) % 3 == 0,
    (slice(None), np.array([True, False, True, True])),
    (np.array([True, False, True]), 1),
    (slice(None, None, -1), np.array([True, False, True, True])),
    [True, False, True],
    True,
    False,
    (0, True),
    np.True_,
    (Ellipsis, np.array([True, False, False, True, True])),
    ([0, 1], np.array([True, False, True, False])),
    # integers count as advanced indices: separated from an array, the broadcast dims go first
    (0, slice(None), [1, 2]),
    (-1, Ellipsis, [[0], [1]]),
    (np.array(1), slice(None), [1, 2]),
    (None, 0, slice(None), [1, 2]),
    (0, slice(None), np.array([True, False, True, False, True])),
    ([0, 1], slice(None), 0),
]

SEPARATED_KEYS = [(0, slice(None), [1, 2]), (2, None, slice(1, 3), [[0], [4]]),
                  (0, Ellipsis, np.array([True, False, True, False, True]))]


@pytest.mark.parametrize("key", SEPARATED_KEYS, ids=repr)
def test_setitem_with_separated_advanced_indices(key: Any) -> None:
    """``a[0, :, [1, 2]] = v`` takes ``v`` in NumPy's (broadcast dims first) layout."""
    n = arange(np, (3, 4, 5))
    v = -np.arange(n[key].size).reshape(n[key].shape)
    a = arange(tnp, (3, 4, 5))
    a[key] = tnp.asarray(v)
    n[key] = v
    assert_same(a, n)


@pytest.mark.parametrize("key", ADV_KEYS, ids=repr)
def test_advanced_indexing(key: Any) -> None:
    same_outcome(lambda m: arange(m, (3, 4, 5))[key])
    # also with the key's arrays given as tnp arrays
    tkey = (
        tuple(tnp.asarray(k) if isinstance(k, np.ndarray) else k for k in key)
        if isinstance(key, tuple)
        else (tnp.asarray(key) if isinstance(key, np.ndarray) else key)
    )
    assert_same(arange(tnp, (3, 4, 5))[tkey], arange(np, (3, 4, 5))[key])
    # results of advanced indexing are writable copies, as in NumPy
    a, n = arange(tnp, (3, 4, 5)), arange(np, (3, 4, 5))
    r, w = a[tkey], n[key]
    if isinstance(w, np.ndarray) and w.size:
        r[...] = -1
        w[...] = -1
        assert_same(a, n)


ADV_ERRORS = [
    [3],
    [-4],
    ([0, 1], [0, 1, 2]),
    np.array([True, False]),
    np.ones((2, 4), bool),
    (slice(None), np.array([True, False])),
    [1.0],
    np.array([1.0]),
    np.array([1j]),
    ([0], [[0, 1, 5]]),
]


@pytest.mark.parametrize("key", ADV_ERRORS, ids=repr)
def test_advanced_indexing_errors(key: Any) -> None:
    same_outcome(lambda m: arange(m, (3, 4, 5))[key])


@pytest.mark.parametrize("dtype", DTYPES)
def test_indexing_every_dtype(dtype: str) -> None:
    for key in (1, -1, slice(None, None, -1), [0, 2], np.array([True, False, True]), (Ellipsis,)):
        same_outcome(lambda m, key=key: arange(m, (3,), dtype)[key])
    same_outcome(lambda m: arange(m, (2, 3), dtype)[1, 2])
    same_outcome(lambda m: arange(m, (2, 3), dtype)[::-1, [2, 0]])



ONE_D_INDEX_ARRAYS = [[1, -1, 0], [[1, 2], [-7, 6]], [], [7], [-8], [[0], [7]]]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("idx", ONE_D_INDEX_ARRAYS, ids=repr)
def test_index_array_into_1d(dtype: str, idx: list[Any]) -> None:
    """A 1-d array read through an int64 index array (``take``, with fallbacks for dtypes
    without a take kernel): values, shape, negative indices, NumPy's IndexError."""
    same_outcome(lambda m: arange(m, (7,), dtype)[m.asarray(np.asarray(idx, np.int64))])
    got = arange(tnp, (7,), dtype)
    if idx and max(np.ravel(idx)) < 7 and min(np.ravel(idx)) >= -7:
        r = got[tnp.asarray(np.asarray(idx, np.int64))]
        assert r.base is None and not np.shares_memory(np.asarray(r), np.asarray(got))
    same_outcome(lambda m: arange(m, (0,), dtype)[m.asarray(np.asarray(idx, np.int64))])

def test_scalar_results_are_tnp_scalar_copies() -> None:
    a = tnp.asarray([1.5, 2.5, 3.5])
    x = a[0]
    assert isinstance(x, tnp.floating) and isinstance(x, tnp.float64)
    assert x.base is None
    a[0] = 100.0
    assert x == 1.5
    b = arange(tnp, (2, 2), "int8")
    y = b[1, 1]
    assert isinstance(y, tnp.int8)
    b[1, 1] = 9
    assert y == 3
    z = b[(0, -1)]
    b[...] = 0
    assert z == 1
    assert isinstance(tnp.asarray([True])[0], tnp.bool_)
    assert isinstance(tnp.asarray([1], dtype="uint64")[0], tnp.unsignedinteger)


# ------------------------------------------------------------------ assignment

SETITEM = [
    (0, 1),
    ((0, 1), 5),
    (slice(None), [1, 2, 3, 4]),
    (slice(None), [[1], [2], [3]]),
    ([0, 2], 0),
    ([0, 0], [[1, 2, 3, 4], [5, 6, 7, 8]]),
    ((0, [0, 0]), [1, 2]),
    (np.arange(12).reshape(3, 4) > 5, 0),
    (np.arange(12).reshape(3, 4) > 5, np.arange(6)),
    (np.arange(12).reshape(3, 4) > 5, np.arange(1)),
    (np.array([True, False, True]), [7, 8, 9, 10]),
    (Ellipsis, 1.7),
    (Ellipsis, -1.7),
    (Ellipsis, np.nan),
    (Ellipsis, np.inf),
    (0, 300),
    (0, -1),
    (0, 2**70),
    (0, 1 + 2j),
    (0, np.array([1 + 1j])),
    (0, True),
    (0, np.float32(2.5)),
    (0, np.array([1.5, 2.5, 3.5, 4.5])),
    (np.array(1), 9),
    ((), 3),
    (0, [1, 2]),
    (0, [[1], [2]]),
    (slice(None), np.zeros((2, 4))),
    (np.arange(12).reshape(3, 4) > 5, np.arange(5)),
    ([5], 1),
    (0, [300, 1, 2, 3]),
]


@pytest.mark.parametrize(("key", "value"), SETITEM, ids=repr)
@pytest.mark.parametrize("dtype", ["int64", "uint8", "float32", "bool", "uint16", "complex64"])
def test_setitem(key: Any, value: Any, dtype: str) -> None:
    def f(m: Any) -> Any:
        a = arange(m, (3, 4), dtype)
        v = m.asarray(value) if isinstance(value, np.ndarray) and m is tnp else value
        a[key] = v
        return a

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", np.exceptions.ComplexWarning)
        warnings.simplefilter("ignore", tnp.exceptions.ComplexWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        same_outcome(f)


@pytest.mark.parametrize("value", [[1], np.ones(1), np.ones((1, 1)), [[1]]], ids=repr)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_setitem_sequence_into_element(value: Any, dtype: str) -> None:
    # NumPy 2: a sequence (even of size 1) does not fit into one element.  (For integer and
    # complex arrays NumPy raises TypeError for some of these, and bool arrays accept them;
    # tnp raises ValueError for every dtype.)
    def f(m: Any) -> Any:
        a = m.zeros((3, 4), dtype=dtype)
        a[0, 0] = m.asarray(value) if m is tnp and isinstance(value, np.ndarray) else value
        return a

    same_outcome(f)
    b = tnp.zeros(3, dtype=dtype)
    with pytest.raises(ValueError):
        b[1] = tnp.asarray([1.0])


def test_setitem_warnings_and_errors() -> None:
    a = tnp.zeros(3)
    with pytest.warns(tnp.exceptions.ComplexWarning):
        a[0] = tnp.asarray(1 + 2j)
    assert a[0] == 1.0
    with pytest.raises(TypeError):
        a[1] = 1 + 2j  # a Python complex into a float array: NumPy raises too
    u = tnp.zeros(3, dtype="uint8")
    with pytest.raises(OverflowError):
        u[0] = 256
    with pytest.raises(OverflowError):
        u[0] = -1
    with pytest.raises(OverflowError):
        u[0] = 300.5  # int(300.5) is out of range, as in NumPy
    i = tnp.zeros(3, dtype="int64")
    i[...] = 2.9  # floats into integers truncate
    assert i.tolist() == [2, 2, 2]
    with pytest.raises(ValueError):
        i[:] = [1, 2]
    with pytest.raises(ValueError):
        i[0] = [1, 2]
    with pytest.raises(IndexError):
        i[3] = 1


def test_setitem_through_views() -> None:
    a = arange(tnp, (3, 4))
    n = arange(np, (3, 4))
    v = a[1:, ::2]
    v[...] = [[-1, -2]]
    n[1:, ::2] = [[-1, -2]]
    assert_same(a, n)
    v[0] = 50
    n[1, ::2] = 50
    assert_same(a, n)
    a[a > 8] = 0
    n[n > 8] = 0
    assert_same(a, n)


def test_overlapping_assignment() -> None:
    a = arange(tnp, (6,))
    n = arange(np, (6,))
    a[1:] = a[:-1]
    n[1:] = n[:-1]
    assert_same(a, n)
    a[::-1] = a
    n[::-1] = n.copy()
    assert_same(a, n)


@pytest.mark.parametrize(
    "key",
    [slice(1, -1), (slice(1, -1), slice(1, -1)), 2, (Ellipsis, 1), (slice(None), None, 2),
     (slice(None, None, 2), slice(1, 3))],
    ids=["slice", "slices", "int", "ellipsis", "newaxis", "steps"],
)
def test_augmented_assignment_to_a_view(key: Any) -> None:
    """``a[k] += b``: Python stores the updated view ``a[k]`` back onto itself, which must
    keep the update (tnp skips that store; the values are NumPy's)."""
    a = tnp.asarray(arange(np, (5, 4)).astype(float))
    n = arange(np, (5, 4)).astype(float)
    b = np.linspace(1.0, 2.0, 5)
    a[key] += tnp.asarray(b[: a[key].shape[-1]] if a[key].ndim else 1.5)
    n[key] += b[: n[key].shape[-1]] if n[key].ndim else 1.5
    a[key] *= 2
    n[key] *= 2
    assert_same(a, n)


def test_assigning_a_view_of_other_memory_is_a_copy() -> None:
    """A view of the same memory at another offset, or of another dtype, is not skipped."""
    a = tnp.arange(8.0)
    n = np.arange(8.0)
    a[1:4] = a[0:3]
    n[1:4] = n[0:3]
    assert_same(a, n)
    v = a[2:6]
    a[2:6] = v.astype(np.float32)
    assert_same(a, n)
    b = tnp.arange(4)
    b[:] = b.view(np.uint64)[:]
    assert b.tolist() == [0, 1, 2, 3]


def test_read_only_scalar_results() -> None:
    x = tnp.asarray([1, 2])[0]
    with pytest.raises((ValueError, TypeError)):
        x[...] = 5


# ------------------------------------------------------------------ hypothesis: random keys


@st.composite
def shape_and_key(draw: Any) -> tuple[tuple[int, ...], Any]:
    shape = tuple(draw(st.lists(st.integers(0, 4), min_size=0, max_size=3)))
    parts: list[Any] = []
    dim = 0
    used_ellipsis = False
    for _ in range(draw(st.integers(0, len(shape) + 2))):
        choice = draw(st.sampled_from(["int", "slice", "none", "ellipsis"]))
        if choice == "int" and dim < len(shape) and shape[dim] > 0:
            n = shape[dim]
            parts.append(draw(st.integers(-n, n - 1)))
            dim += 1
        elif choice == "slice" and dim < len(shape):
            start = draw(st.none() | st.integers(-6, 6))
            stop = draw(st.none() | st.integers(-6, 6))
            step = draw(st.none() | st.integers(-3, 3).filter(lambda s: s != 0))
            parts.append(slice(start, stop, step))
            dim += 1
        elif choice == "none":
            parts.append(None)
        elif choice == "ellipsis" and not used_ellipsis:
            parts.append(Ellipsis)
            used_ellipsis = True
    key: Any = tuple(parts)
    if len(parts) == 1 and draw(st.booleans()):
        key = parts[0]
    return shape, key


def _has_negative_step(key: Any) -> bool:
    parts = key if isinstance(key, tuple) else (key,)
    return any(isinstance(p, slice) and p.step is not None and p.step < 0 for p in parts)


@settings(max_examples=200, deadline=None)
@given(shape_and_key(), st.sampled_from(["int64", "float32", "uint16", "bool"]))
def test_random_basic_indexing(sk: tuple[tuple[int, ...], Any], dtype: str) -> None:
    shape, key = sk
    n = np.asarray(np.arange(int(np.prod(shape))).reshape(shape) % 7).astype(dtype)
    a = tnp.asarray(n.copy())
    try:
        want = n[key]
    except IndexError:
        with pytest.raises(IndexError):
            a[key]
        return
    got = a[key]
    assert_same(got, want)
    if isinstance(got, tnp.generic):
        return
    if _has_negative_step(key):
        if got.size:
            with pytest.raises(ValueError):
                got[...] = 1
    else:
        assert got.base is a  # a view of a
        fill = np.ones((), dtype=dtype)
        got[...] = fill
        want[...] = fill
        assert_same(a, n)  # writes through the view land in the base


@settings(max_examples=200, deadline=None)
@given(shape_and_key(), st.sampled_from(["int64", "float64", "uint8"]))
def test_random_basic_assignment(sk: tuple[tuple[int, ...], Any], dtype: str) -> None:
    shape, key = sk
    n = np.asarray(np.arange(int(np.prod(shape))).reshape(shape) % 7).astype(dtype)
    a = tnp.asarray(n.copy())
    try:
        target_shape = n[key].shape
    except IndexError:
        with pytest.raises(IndexError):
            a[key] = 1
        return
    value = np.asarray(np.arange(int(np.prod(target_shape))).reshape(target_shape) + 10)
    value = value.astype(dtype)
    a[key] = tnp.asarray(value)
    n[key] = value
    assert_same(a, n)
    # a broadcast Python scalar
    a[key] = 3
    n[key] = 3
    assert_same(a, n)


@pytest.mark.parametrize("shape", [(), (3,), (2, 3), (2, 3, 4), (1, 3), (3, 1)])
@pytest.mark.parametrize("view", ["plain", "T", "step"])
def test_contiguity_flags_match_numpy(shape: tuple[int, ...], view: str) -> None:
    n = np.ones(shape)
    a = tnp.ones(shape)
    if view == "T":
        n, a = n.T, a.T
    elif view == "step" and shape:
        n, a = n[::2], a[::2]
    assert a.flags["C_CONTIGUOUS"] == n.flags["C_CONTIGUOUS"]
    assert a.flags["F_CONTIGUOUS"] == n.flags["F_CONTIGUOUS"]


@pytest.mark.parametrize(
    "key",
    [
        [True, False],
        [11],
        [-11],
        np.zeros((2, 2), dtype=bool),
    ],
)
def test_array_key_errors_match_numpy(key: object) -> None:
    n = np.arange(10.0)
    a = tnp.arange(10.0)
    k = np.asarray(key)
    with pytest.raises(IndexError) as want:
        n[k]
    with pytest.raises(IndexError) as got:
        a[tnp.asarray(k)]
    assert str(got.value) == str(want.value)


def test_array_key_results_are_copies() -> None:
    a = tnp.arange(6.0)
    r = a[a > 2]
    r[0] = 100.0
    assert float(a[3]) == 3.0
    assert r.base is None
