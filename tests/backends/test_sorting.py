"""Differential tests of sort and argsort against NumPy 2."""

from __future__ import annotations

import inspect
from typing import Any

import compare
import numpy
import pytest
import torch
from compare import assert_same, check

import tnp_core as tnp

DTYPES = [
    "bool", "int8", "uint8", "int32", "int64", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
SHAPES = [(), (0,), (7,), (2, 0, 3), (3, 4, 5)]


def data(shape: tuple[int, ...], dtype: str, seed: int = 0) -> numpy.ndarray:
    """Values with many ties (stability matters), NaNs and infs, and uint64 values above 2**63."""
    if dtype[0] not in "fc":
        return compare.data(shape, dtype, seed, ints=(-3, 4), uints=(0, 5),
                            uint64=[0, 1, 3, 2**63 - 1, 2**63, 2**64 - 1])
    rng = numpy.random.default_rng(seed)
    n = int(numpy.prod(shape))
    if dtype.startswith("float"):
        v = rng.integers(-3, 4, n).astype(dtype) / 2
        v[rng.random(n) < 0.2] = numpy.nan
        v[rng.random(n) < 0.1] = numpy.inf
    else:
        v = (rng.integers(-2, 3, n) + 1j * rng.integers(-2, 3, n)).astype(dtype)
        v[rng.random(n) < 0.1] += complex(numpy.nan, 0)
        v.imag[rng.random(n) < 0.1] = numpy.nan
    return v.reshape(shape)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES)
def test_sort_argsort(dtype: str, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, 1)
    for axis in [-1, 0, 1, None, 3, -4]:
        check("sort", a, axis=axis)
        # argsort: NumPy's default kind is not stable, so compare the stable variant
        check("argsort", a, axis=axis, kind="stable")
        check("argsort", a, axis=axis, stable=True)
    check("sort", a)
    check("sort", a, kind="stable")


def test_nan_and_complex_order() -> None:
    f = numpy.array([3.0, numpy.nan, -numpy.inf, 1.0, numpy.nan, numpy.inf, -0.0, 0.0])
    check("sort", f)
    check("argsort", f, kind="stable")
    nan = numpy.nan
    c = numpy.array([complex(1, nan), complex(nan, 1), 2 + 1j, 1 + 2j, complex(nan, nan),
                     1 + 1j, complex(nan, 0), complex(0, nan), 1 - 1j, complex(nan, -1)])
    check("sort", c)
    check("argsort", c, kind="stable")
    check("sort", c.reshape(2, 5), axis=0)
    check("argsort", c.reshape(2, 5), axis=0, kind="stable")


def test_kind_stable_order_arguments() -> None:
    a = numpy.array([3, 1, 2, 1])
    for kind in ["quicksort", "mergesort", "heapsort", "stable", "Q", "x", ""]:
        check("sort", a, kind=kind)
        if kind[:1].lower() in "ms":  # stable kinds: indices are well defined
            check("argsort", a, kind=kind)
    check("sort", a, kind="stable", stable=True)  # ValueError
    check("sort", a, stable=False)
    check("sort", a, order="x")  # ValueError: no fields
    check("argsort", a, order="x")
    with pytest.raises(ValueError, match="Cannot specify order when the array has no fields"):
        tnp.sort(tnp.asarray(a), order=["f"])
    check("sort", a, axis=1.0)  # TypeError
    check("sort", a, axis=(0,))  # TypeError


def test_zero_d() -> None:
    check("sort", numpy.array(5))  # AxisError
    check("sort", numpy.array(5), axis=None)
    check("argsort", numpy.array(5))  # treated as 1-d by NumPy
    check("argsort", numpy.array(5), axis=None)
    check("argsort", numpy.array(5), axis=1)


def test_sort_returns_copy_and_method() -> None:
    ta = tnp.asarray([3, 1, 2])
    s = tnp.sort(ta)
    s[0] = 100
    assert_same(ta, numpy.array([3, 1, 2]))
    ta.sort()
    assert_same(ta, numpy.array([1, 2, 3]))
    b = numpy.array([[3.0, 1.0], [0.0, 2.0]])
    tb = tnp.asarray(b.copy())
    tb.sort(axis=0)
    b.sort(axis=0)
    assert_same(tb, b)
    assert_same(tnp.asarray(b).argsort(axis=None), b.argsort(axis=None, kind="stable"))


@pytest.mark.parametrize("name", ["sort", "argsort"])
def test_signature_matches_numpy(name: str) -> None:
    """Parameter names, kinds and defaults are NumPy 2's, then the array API's ``descending``."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    extension = ("descending", inspect.Parameter.KEYWORD_ONLY, "False")
    assert params(getattr(tnp, name)) == params(getattr(numpy, name)) + [extension]


# ---------------------------------------------------------------- partition / argpartition


def _check_partition(a: numpy.ndarray, r: numpy.ndarray, kths: list[int], axis: int | None
                     ) -> None:
    """``r`` is a partition of ``a`` around every ``kth`` (NumPy's sort order, NaNs last)."""
    if axis is None:
        a, axis = a.reshape(-1), 0
    s = numpy.sort(a, axis=axis)
    assert r.shape == s.shape and r.dtype == s.dtype
    numpy.testing.assert_array_equal(numpy.sort(r, axis=axis), s)  # same multiset
    n = a.shape[axis]
    for k in kths:
        k = k % n
        kv = numpy.take(s, [k], axis=axis)
        numpy.testing.assert_array_equal(numpy.take(r, [k], axis=axis), kv)
        if a.dtype.kind in "c":
            continue
        before = numpy.take(r, numpy.arange(k), axis=axis)
        after = numpy.take(r, numpy.arange(k + 1, n), axis=axis)
        nan_k = numpy.isnan(kv) if a.dtype.kind == "f" else False
        assert numpy.all((before <= kv) | nan_k)
        if a.dtype.kind == "f":
            assert numpy.all((after >= kv) | numpy.isnan(after))
        else:
            assert numpy.all(after >= kv)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,axis,kth", [
    ((7,), -1, 3), ((7,), 0, [0, 6]), ((7,), -1, -1), ((3, 4, 5), 1, [1, 2]),
    ((3, 4, 5), 0, 2), ((3, 4, 5), None, 17), ((1,), 0, 0),
])
def test_partition_property(dtype: str, shape: tuple[int, ...], axis: int | None,
                            kth: Any) -> None:
    a = data(shape, dtype, 3)
    kths = kth if isinstance(kth, list) else [kth]
    r = numpy.asarray(tnp.partition(tnp.asarray(a), kth, axis=axis))
    _check_partition(a, r, kths, axis)
    idx = numpy.asarray(tnp.argpartition(tnp.asarray(a), kth, axis=axis))
    assert idx.dtype == numpy.int64
    flat = a.reshape(-1) if axis is None else a
    ax = 0 if axis is None else axis
    numpy.testing.assert_array_equal(  # a permutation of the indices along the axis
        numpy.sort(idx, axis=ax),
        numpy.sort(numpy.argsort(flat, axis=ax, kind="stable"), axis=ax))
    _check_partition(a, numpy.take_along_axis(flat, idx, axis=ax), kths, axis)


def test_partition_determined_and_errors() -> None:
    a = numpy.array([5, 3, 1, 4, 2])
    check("partition", a, [0, 1, 2, 3, 4])  # every position fixed: exactly the sorted array
    check("partition", numpy.array([2.0, numpy.nan, 1.0]), [0, 1, 2])
    check("partition", numpy.array([4, 4, 4]), 1)
    check("partition", numpy.array([], dtype=float), 0)
    check("partition", numpy.zeros((2, 0)), 0, axis=0)
    check("partition", a, 5)  # ValueError: out of bounds
    check("partition", a, -6)
    check("partition", a, 1.0)  # TypeError
    check("partition", a, [])  # TypeError
    check("partition", a, True)  # ValueError
    check("partition", a, [[0]])  # ValueError
    check("partition", a, 1, kind="quick")
    check("partition", a, 1, order="x")
    check("partition", a, 1, axis=1)  # AxisError
    check("partition", numpy.array(5), 0)  # AxisError: 0-d
    check("partition", numpy.array(5), 0, axis=None)
    check("argpartition", numpy.array(5), 0)  # 0-d treated as 1-d
    check("argpartition", a, 5)
    check("argpartition", a, 1, kind="x")
    check("partition", a, numpy.int8(2))
    check("partition", a, numpy.array([1, 3]))


# ---------------------------------------------------------------- lexsort


@pytest.mark.parametrize("dtype", DTYPES)
def test_lexsort_dtypes(dtype: str) -> None:
    k1 = data((4, 9), dtype, 5)
    k2 = compare.data((4, 9), "int8", 6, ints=(0, 2))
    check("lexsort", [k1, k2])
    check("lexsort", [k2, k1], axis=0)
    check("lexsort", numpy.stack([k1, k1]))
    check("lexsort", (k1[0],))


def test_lexsort_forms_and_errors() -> None:
    surnames = numpy.array([3, 1, 2, 1, 3])
    first = numpy.array([0.5, 2.0, 1.0, 1.5, 0.1])
    check("lexsort", (first, surnames))
    check("lexsort", [surnames, first.astype(numpy.float32), surnames.astype(numpy.uint64)])
    check("lexsort", [3, 1, 2])  # three 0-d keys: a scalar result
    check("lexsort", numpy.ones((2, 3, 4)), axis=0)
    check("lexsort", numpy.ones((2, 3, 4)), axis=-2)
    check("lexsort", numpy.zeros((2, 0)))
    check("lexsort", numpy.ones((2, 3, 4)), axis=2)  # AxisError
    check("lexsort", [])  # TypeError
    check("lexsort", 5)  # TypeError
    check("lexsort", [[1, 2], [1, 2, 3]])  # ValueError: shapes
    check("lexsort", [[1, 2], [3, 1]], axis=None)  # TypeError


# ---------------------------------------------------------------- searchsorted


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_searchsorted_dtypes(dtype: str, side: str) -> None:
    a = numpy.sort(data((11,), dtype, 7))
    v = data((3, 4), dtype, 8)
    check("searchsorted", a, v, side=side)
    check("searchsorted", a, v[0, 0], side=side)  # NumPy scalar -> scalar result
    check("searchsorted", a, v[0], side=side)
    check("searchsorted", a, a, side=side)  # every tie
    perm = numpy.argsort(data((11,), dtype, 7), kind="stable")
    unsorted = data((11,), dtype, 7)
    check("searchsorted", unsorted, v, side=side, sorter=perm)


def test_searchsorted_nan_zero_and_mixed() -> None:
    nan = numpy.nan
    a = numpy.array([-numpy.inf, -1.0, -0.0, 0.0, 2.0, numpy.inf, nan, nan])
    v = numpy.array([nan, -0.0, 0.0, numpy.inf, -numpy.inf, 1.0, 5.0])
    for side in ["left", "right"]:
        check("searchsorted", a, v, side=side)
        check("searchsorted", a.astype(numpy.float16), v, side=side)
        check("searchsorted", a.astype(numpy.complex128), v + 0j, side=side)
    c = numpy.sort(numpy.array([1 + 1j, complex(1, nan), complex(nan, 0), 2 - 1j, 1 + 1j]))
    for side in ["left", "right"]:
        check("searchsorted", c, c, side=side)
    i8 = numpy.array([-3, 1, 2, 100], numpy.int8)
    for x in [300, -300, 1, 1.5, -1.5, True, 2**70, [1, 200]]:
        check("searchsorted", i8, x)
        check("searchsorted", i8, x, side="right")
    u64 = numpy.array([0, 5, 2**63, 2**64 - 1], numpy.uint64)
    for x in [-1, 2**63, 2**64 - 1, 2**65, numpy.array([2**63 + 1], numpy.uint64)]:
        check("searchsorted", u64, x)
        check("searchsorted", u64, x, side="right")
    check("searchsorted", numpy.array([1, 2], numpy.int64),
          numpy.array([2**63 + 1], numpy.uint64))
    check("searchsorted", [1, 2], numpy.zeros((0, 3)))
    check("searchsorted", numpy.array([]), [1.0, 2.0])
    check("searchsorted", [True, False], [1.5])
    check("searchsorted", [1, 2, 3], numpy.array(2))


def test_searchsorted_errors() -> None:
    a = numpy.array([1.0, 2.0, 3.0])
    check("searchsorted", a, 2, side="x")  # ValueError
    check("searchsorted", a, 2, side="R")
    check("searchsorted", a, 2, side="")
    check("searchsorted", a, 2, side=None)  # TypeError
    check("searchsorted", a, 2, side=1)
    check("searchsorted", numpy.ones((2, 2)), 1)  # ValueError
    check("searchsorted", numpy.array(1.0), 1)
    check("searchsorted", [3, 1, 2], 2, sorter=[1, 2])  # ValueError
    check("searchsorted", [3, 1, 2], 2, sorter=[1.0, 2, 0])  # TypeError
    check("searchsorted", [3, 1, 2], 2, sorter=[-1, 2, 0])  # ValueError
    check("searchsorted", [3, 1, 2], [0, 2, 4], sorter=numpy.array([1, 2, 0], numpy.int32))


def test_searchsorted_method() -> None:
    a = numpy.array([1, 2, 2, 5])
    got = tnp.searchsorted(tnp.asarray(a), tnp.asarray([2, 3]), "right")
    assert_same(got, numpy.searchsorted(a, [2, 3], "right"))


# ---------------------------------------------------------------- sort_complex


@pytest.mark.parametrize("dtype", DTYPES)
def test_sort_complex(dtype: str) -> None:
    for shape in [(0,), (7,), (3, 5)]:
        check("sort_complex", data(shape, dtype, 9))
    check("sort_complex", numpy.array(5))  # AxisError
    check("sort_complex", [3, 1, 2])


@pytest.mark.parametrize(
    "name", ["partition", "argpartition", "lexsort", "searchsorted", "sort_complex"]
)
def test_new_signatures_match_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


@pytest.mark.parametrize("kind", [None, "quicksort", "heapsort", "stable", "mergesort"])
def test_long_axis_sorts_correctly_with_every_kind(kind: str | None) -> None:
    """Long axes may use torch's unstable sort for NumPy's unstable kinds: values and the
    permutation must still sort; the stable kinds keep ties in order like NumPy."""
    n = numpy.random.default_rng(5).integers(0, 50, 70000)
    a = tnp.asarray(n)
    assert_same(tnp.sort(a, kind=kind), numpy.sort(n, kind=kind))
    order = numpy.asarray(tnp.argsort(a, kind=kind))
    numpy.testing.assert_array_equal(n[order], numpy.sort(n))
    if kind in ("stable", "mergesort"):
        numpy.testing.assert_array_equal(order, numpy.argsort(n, kind=kind))
    assert_same(tnp.argsort(a, stable=True), numpy.argsort(n, stable=True))


@pytest.mark.parametrize("dtype", ["int8", "uint64", "float32", "float64", "complex128", "bool"])
@pytest.mark.parametrize("axis", [0, -1, None])
def test_descending_is_the_stable_reverse_order(dtype: str, axis: Any) -> None:
    """The array API's ``descending=True``: equal elements keep their order, NaNs come first
    (NumPy has no such keyword: the reference is its stable argsort of the flipped array)."""
    values = [3, 1, 2, 1, 0, 3, 2, 1, 1, 0, 2, 3]
    a = numpy.array(values, dtype=dtype).reshape(3, 4)
    if a.dtype.kind in "fc":
        a[1, 2] = numpy.nan
    flat = a.reshape(-1) if axis is None else a
    ax = 0 if axis is None else axis
    n = flat.shape[ax]
    want = (n - 1) - numpy.flip(numpy.argsort(numpy.flip(flat, ax), axis=ax, stable=True), ax)
    got = tnp.argsort(tnp.asarray(a), axis=axis, descending=True)
    assert_same(got, want)
    assert_same(tnp.sort(tnp.asarray(a), axis=axis, descending=True),
                numpy.take_along_axis(flat, want, ax))


def long_floats(dtype: str, n: int = 70000) -> numpy.ndarray:
    """Long enough for the integer-key (radix) path: ties, zeros of both signs, NaNs, infs."""
    rng = numpy.random.default_rng(11)
    v = (rng.integers(-40, 40, n) / 8).astype(dtype)
    v[rng.random(n) < 0.05] = 0.0
    v[rng.random(n) < 0.05] = -0.0
    v[rng.random(n) < 0.02] = numpy.nan
    v[rng.random(n) < 0.01] = numpy.inf
    v[rng.random(n) < 0.01] = -numpy.inf
    return v


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("kind", [None, "stable"])
def test_long_float_sorts_through_integer_keys(dtype: str, kind: str | None) -> None:
    """1-d float arrays from 2**16 elements sort by their bit patterns (torch's radix sort):
    -0.0 and +0.0 are equal (stable argsort keeps their order, sort keeps their signs), NaNs
    go last, and the result matches NumPy's stable order exactly."""
    from tnp_backends import _sorting

    v = long_floats(dtype)
    assert _sorting._radix_sort(tnp.asarray(v)._t) is not None or not _sorting._RADIX_SORT
    order = numpy.argsort(v, stable=True)
    assert_same(tnp.argsort(tnp.asarray(v), kind=kind), order)
    got = tnp.sort(tnp.asarray(v), kind=kind)
    assert_same(got, numpy.sort(v, kind=kind))
    numpy.testing.assert_array_equal(numpy.signbit(numpy.asarray(got)), numpy.signbit(v[order]))
    assert_same(tnp.argsort(tnp.asarray(v)[::-1], stable=True),
                numpy.argsort(v[::-1], stable=True))
    assert_same(tnp.argsort(tnp.asarray(v), descending=True),
                (v.size - 1) - numpy.argsort(v[::-1], stable=True)[::-1])
    keys = numpy.arange(v.size) % 3
    assert_same(tnp.lexsort((tnp.asarray(v), tnp.asarray(keys))), numpy.lexsort((v, keys)))


def test_long_float_sort_with_negative_nans() -> None:
    """A NaN with its sign bit set (e.g. ``-nan``) still sorts last: that array takes torch's
    float sort instead of the integer keys."""
    from tnp_backends import _sorting

    v = long_floats("float64")
    v[[3, 500, 60000]] = -numpy.nan
    assert numpy.signbit(v[3]) and numpy.isnan(v[3])
    assert _sorting._radix_sort(tnp.asarray(v)._t) is None
    assert_same(tnp.sort(tnp.asarray(v)), numpy.sort(v))
    assert_same(tnp.argsort(tnp.asarray(v), stable=True), numpy.argsort(v, stable=True))


def test_long_bfloat16_sort_matches_float32() -> None:
    """bfloat16 (no NumPy dtype) sorts through int16 keys like its float32 values."""
    t = torch.from_numpy(long_floats("float32")).to(torch.bfloat16)
    a = tnp.asarray(t)
    want = torch.sort(t.float(), stable=True)
    assert torch.equal(tnp.argsort(a, stable=True)._t, want.indices)
    torch.testing.assert_close(tnp.sort(a)._t.float(), want.values, rtol=0, atol=0,
                               equal_nan=True)
