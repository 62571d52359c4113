"""Differential tests of sort and argsort against NumPy 2."""

from __future__ import annotations

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
    """Parameter names, kinds and defaults are NumPy 2's."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
