"""Differential tests of the set functions (unique family, isin, intersect1d, ...)."""

from __future__ import annotations

import inspect
from typing import Any

import compare
import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

DTYPES = compare.DTYPES
SHAPES = [(), (0,), (9,), (2, 0, 3), (3, 4, 5)]


def data(shape: tuple[int, ...], dtype: str, seed: int = 0) -> numpy.ndarray:
    """Values with many repeats, NaNs (floats, complex parts), -0.0 and uint64 above 2**63."""
    if dtype[0] not in "fc":
        return compare.data(shape, dtype, seed, ints=(-3, 4), uints=(0, 5),
                            uint64=[0, 1, 3, 2**63, 2**64 - 1])
    rng = numpy.random.default_rng(seed)
    n = int(numpy.prod(shape))
    if dtype.startswith("float"):
        v = rng.integers(-3, 4, n).astype(dtype) / 2
        v[rng.random(n) < 0.15] = numpy.nan
        v[rng.random(n) < 0.1] = -0.0
    else:
        v = (rng.integers(-1, 2, n) + 1j * rng.integers(-1, 2, n)).astype(dtype)
        v[rng.random(n) < 0.1] += complex(numpy.nan, 0)
        v.imag[rng.random(n) < 0.1] = numpy.nan
    return v.reshape(shape)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES)
def test_unique_flat(dtype: str, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, 1)
    check("unique", a)
    check("unique", a, True, True, True)
    check("unique", a, return_inverse=True)
    check("unique", a, return_counts=True, equal_nan=False)
    check("unique", a, return_index=True, return_inverse=True, return_counts=True,
          equal_nan=False)
    check("unique_all", a)
    check("unique_counts", a)
    if dtype[0] not in "fc":
        check("unique_inverse", a)
    # NaNs stay apart: which NaN maps to which unique NaN depends on NumPy's unstable sort
    got = tnp.unique_inverse(tnp.asarray(a))
    want = numpy.unique_inverse(a)
    assert_same(got.values, want.values)
    assert_same(got.values[got.inverse_indices], a, check_kind=False)


@pytest.mark.parametrize("dtype", DTYPES)
def test_unique_values_any_order(dtype: str) -> None:
    """unique_values / sorted=False: NumPy's order is unspecified (hash order for ints)."""
    a = data((5, 6), dtype, 2)
    got = tnp.unique_values(tnp.asarray(a))
    want = numpy.unique_values(a)
    assert_same(tnp.sort(got), numpy.sort(want))
    got = tnp.unique(tnp.asarray(a), sorted=False)
    assert_same(tnp.sort(got), numpy.sort(numpy.unique(a, sorted=False)))


def test_named_results() -> None:
    a = numpy.array([[3, 1, 3], [1, numpy.nan, numpy.nan]])
    r = tnp.unique_all(tnp.asarray(a))
    assert type(r).__name__ == "UniqueAllResult"
    assert r._fields == ("values", "indices", "inverse_indices", "counts")
    assert_same(r.inverse_indices, numpy.unique_all(a).inverse_indices)
    assert tnp.unique_counts(tnp.asarray(a))._fields == ("values", "counts")
    assert tnp.unique_inverse(tnp.asarray(a))._fields == ("values", "inverse_indices")
    assert type(tnp.unique(tnp.asarray(a), return_counts=True)) is tuple


@pytest.mark.parametrize("dtype", DTYPES)
def test_unique_axis(dtype: str) -> None:
    a = data((6, 3), dtype, 4)
    a = numpy.concatenate([a, a[::2]])  # repeated rows
    if dtype[0] in "fc":  # NaN rows are never equal: keep them out of the exact comparison
        a = numpy.where(numpy.isnan(a), 0, a).astype(dtype)
    for axis in [0, 1, -1, -2]:
        check("unique", a, axis=axis)
        check("unique", a, True, True, True, axis=axis)
    b = numpy.stack([a, a[::-1]], axis=1)  # 3-d
    for axis in [0, 1, 2]:
        check("unique", b, True, True, True, axis=axis)


def test_unique_axis_edge_cases() -> None:
    check("unique", numpy.array([[1.0, -0.0], [1.0, 0.0]]), axis=0)
    for shape in [(2, 0), (0, 2), (0, 0), (2, 0, 3)]:
        for axis in range(len(shape)):
            check("unique", numpy.ones(shape), True, True, True, axis=axis)
    check("unique", numpy.array(5), axis=0)  # AxisError
    check("unique", numpy.array([3, 1]), axis=1)  # AxisError
    check("unique", numpy.array([3, 1]), axis=(0,))  # TypeError
    check("unique", numpy.array([3, 1]), axis=1.0)  # TypeError
    nan_rows = numpy.array([[numpy.nan, 1], [numpy.nan, 1], [0.0, 2.0]])
    got = tnp.unique(tnp.asarray(nan_rows), axis=0)
    assert got.shape == (3, 2)  # NaN rows stay apart, as in NumPy


def test_unique_special_values() -> None:
    nan = numpy.nan
    check("unique", numpy.array([nan, 1, nan, -0.0, 0.0]), True, True, True)
    check("unique", numpy.array([nan, 1, nan]), True, True, True, equal_nan=False)
    c = numpy.array([complex(nan, 1), 1, complex(1, nan), complex(nan, nan), 1])
    check("unique", c, True, True, True)
    check("unique", c, equal_nan=False)
    check("unique", [3, 1, 2, 1])
    check("unique", 7, return_inverse=True)
    check("unique", numpy.zeros((2, 0)), return_inverse=True)


# ---------------------------------------------------------------- isin


@pytest.mark.parametrize("dtype", DTYPES)
def test_isin_dtypes(dtype: str) -> None:
    e = data((3, 5), dtype, 5)
    t = data((7,), dtype, 6)
    check("isin", e, t)
    check("isin", e, t, invert=True)
    check("isin", e, t.reshape(7, 1), assume_unique=True)
    check("isin", e, t, kind="sort")
    if dtype != "uint64":  # NumPy's table would span 2**64 values (MemoryError)
        check("isin", e, t, kind="table")  # ValueError for inexact dtypes
    check("isin", e[0, 0], t)
    check("isin", e, t[:0])
    check("isin", e[:0], t)


def test_isin_mixed_and_errors() -> None:
    check("isin", [1.0, numpy.nan, -0.0], [numpy.nan, 1, 0.0])
    check("isin", numpy.array([1, 2], numpy.int8), [300, 1])
    check("isin", numpy.array([1, 2], numpy.uint64), [2**64 - 1, 1])
    check("isin", numpy.array([1, 2, 3]), numpy.array([1.0, 2.5]))
    check("isin", numpy.array([1 + 1j, 2]), [1 + 1j])
    check("isin", 5, [5])
    check("isin", [True, False], [1], kind="table")
    check("isin", [1, 2], [1], kind="table", invert=True)
    check("isin", [1, 2], [1], kind="x")  # ValueError
    check("isin", [1, 2], [], kind="table")  # ValueError (float64 test array)


# ---------------------------------------------------------------- set operations


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["intersect1d", "union1d", "setdiff1d", "setxor1d"])
def test_setops_dtypes(name: str, dtype: str) -> None:
    a = data((4, 5), dtype, 7)
    b = data((9,), dtype, 8)
    check(name, a, b)
    check(name, b, a)
    check(name, a[:0], b)
    check(name, a[:0], b[:0])
    check(name, a[0, 0], b)
    if name != "union1d":
        ua, ub = numpy.unique(a), numpy.unique(b)
        check(name, ua, ub, assume_unique=True)
        check(name, ua, ub, True)


@pytest.mark.parametrize("dtype", DTYPES)
def test_intersect1d_indices(dtype: str) -> None:
    a = data((12,), dtype, 9)
    b = data((3, 4), dtype, 10)
    check("intersect1d", a, b, return_indices=True)
    ua, ub = numpy.unique(a), numpy.unique(b)
    check("intersect1d", ua, ub, assume_unique=True, return_indices=True)


def test_setops_mixed_dtypes() -> None:
    i8 = numpy.array([1, 2, 5], numpy.int8)
    u8 = numpy.array([2, 200], numpy.uint8)
    f = numpy.array([1.0, 2.5])
    for name in ["intersect1d", "union1d", "setdiff1d", "setxor1d"]:
        check(name, i8, u8)
        check(name, i8, f)
        check(name, 5, f)
        check(name, [1, 3, 4, 3], [3, 1, 2, 1])
    check("intersect1d", [1, 1, 2], [1, 1], assume_unique=True, return_indices=True)
    check("setxor1d", [1, 2, numpy.nan], [2, 3, numpy.nan])
    check("intersect1d", [1, numpy.nan], [numpy.nan, 1])


@pytest.mark.parametrize("name", [
    "unique", "unique_all", "unique_counts", "unique_inverse", "unique_values", "isin",
    "intersect1d", "union1d", "setdiff1d", "setxor1d",
])
def test_signatures_match_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int16", "uint16", "uint32", "int32",
                                   "int64", "uint64", "bool"])
def test_unique_large_integer_paths(dtype: str) -> None:
    """Above 1024 elements integers with a small value range go through a counting table;
    a wide range falls back to the sort."""
    rng = numpy.random.default_rng(11)
    lo = -100 if dtype[0] == "i" else 0
    small = rng.integers(lo, 100, 3000).astype(dtype)
    check("unique", small, True, True, True)
    check("unique", small)
    check("unique_counts", small)
    check("unique_inverse", small.reshape(30, 100))
    if dtype in ("int32", "int64", "uint32", "uint64"):
        wide = (rng.integers(0, 3, 3000) * (2**31 - 1)).astype(dtype)
        check("unique", wide, True, True, True)
        check("unique", wide)
