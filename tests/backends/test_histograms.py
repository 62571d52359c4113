"""Differential tests of histogram(2d/dd), histogram_bin_edges, bincount, digitize vs NumPy 2."""

from __future__ import annotations

import inspect
from typing import Any

import numpy
import pytest
from compare import assert_same, check, data, expected_type, to_tnp

import tnp_core as tnp

ESTIMATORS = ["auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt"]


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint16", "int64", "uint64", "float16",
                                   "float32", "float64"])
def test_histogram(dtype: str) -> None:
    for shape in [(0,), (1,), (50,), (4, 5)]:
        a = data(shape, dtype, seed=1, uint64=[0, 1, 3, 7, 20])
        if a.dtype.kind == "f":
            a = a * 10
        check("histogram", a)
        check("histogram", a, bins=3)
        check("histogram", a, bins=[-3, 0, 0.5, 2, 7])
        check("histogram", a, bins=4, range=(-1, 4))
        check("histogram", a, bins=5, density=True)
        check("histogram", a, bins=4, weights=numpy.ones(shape, "int32"))
        check("histogram", a, bins=4, weights=data(shape, "float32", seed=2))


@pytest.mark.parametrize("dtype", ["int32", "float32", "float64"])
def test_histogram_of_inputs_larger_than_a_block(dtype: str) -> None:
    """Inputs beyond 2**18 elements are binned block by block: same counts as NumPy, values
    on bin edges included (a quarter of these lie exactly on an edge)."""
    rng = numpy.random.default_rng(3)
    a = numpy.concatenate([rng.standard_normal(600_001) * 4,
                           numpy.linspace(-4, 4, 41).repeat(5000)]).astype(dtype)
    check("histogram", a, bins=40)
    check("histogram", a, bins=40, range=(-4, 4))
    check("histogram", a, bins=13, density=True)


def test_histogram_edge_cases() -> None:
    a = numpy.array([0.0, 1.0, 1.0, 2.0, 3.0, numpy.inf])
    check("histogram", a, bins=3, range=(0, 3))
    check("histogram", a)  # ValueError: autodetected range not finite
    check("histogram", a[:-1], bins=3)
    check("histogram", a[:-1], bins=[0, 1, 1, 3])
    check("histogram", numpy.full(4, 2.5))  # first == last
    check("histogram", a[:-1], bins=0)  # ValueError
    check("histogram", a[:-1], bins=2.5)  # TypeError
    check("histogram", a[:-1], bins=[3, 1, 2])  # ValueError: monotonic
    check("histogram", a[:-1], bins=[[1, 2]])  # ValueError: 1d
    check("histogram", a[:-1], range=(3, 1))  # ValueError
    check("histogram", a[:-1], range=(0, numpy.nan))  # ValueError
    check("histogram", a[:-1], weights=numpy.ones(3))  # ValueError: shape
    check("histogram", a[:-1], bins="auto", weights=numpy.ones(5))  # TypeError
    check("histogram", a[:-1], bins="bogus")  # ValueError
    check("histogram", a[:-1], bins=3, weights=numpy.array([1j, 2, 3, 4, 5]))
    check("histogram", numpy.array([1, 2, numpy.nan]), bins=2, range=(0, 3))


@pytest.mark.parametrize("bins", ESTIMATORS)
@pytest.mark.parametrize("dtype", ["int32", "float32", "float64"])
def test_bin_edges_estimators(bins: str, dtype: str) -> None:
    rng = numpy.random.default_rng(3)
    for n in [1, 2, 7, 300]:
        a = (rng.standard_normal(n) * 20).astype(dtype)
        check("histogram_bin_edges", a, bins=bins)
        check("histogram", a, bins=bins)
        check("histogram_bin_edges", a, bins=bins, range=(-10, 15))
    check("histogram_bin_edges", numpy.zeros(0, dtype), bins=bins)
    check("histogram_bin_edges", numpy.full(5, 3, dtype), bins=bins)


def check_dd(*args: Any, **kwargs: Any) -> None:
    """histogramdd returns (hist, list of edges of different lengths): compare piecewise."""
    try:
        want = numpy.histogramdd(*args, **kwargs)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(expected_type(e)):
            tnp.histogramdd(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()})
        return
    got = tnp.histogramdd(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()})
    assert isinstance(got, tuple) and isinstance(got[1], list)
    assert_same(got[0], want[0], rtol=1e-12)
    assert len(got[1]) == len(want[1])
    for g, w in zip(got[1], want[1]):
        assert_same(g, w)


def test_histogramdd_2d() -> None:
    rng = numpy.random.default_rng(4)
    x = rng.standard_normal((60, 3))
    w = rng.random(60)
    check_dd(x)
    check_dd(x, bins=(2, 3, 4))
    check_dd(x, bins=[2, [-1, 0, 1], 3], density=True)
    check_dd(x, bins=3, range=[(-1, 1), None, (0, 2)], weights=w)
    check_dd([x[:, 0], x[:, 1]], bins=4)
    check_dd(x[:, 0], bins=4)
    check_dd(x.astype("float32"), bins=3)
    check_dd(x, bins=(2, 3))  # ValueError
    check_dd(x, bins=0)  # ValueError
    check_dd(x, range=[(0, 1)])  # ValueError
    check("histogram2d", x[:, 0], x[:, 1])
    check("histogram2d", x[:, 0], x[:, 1], bins=(3, 5), density=True)
    check("histogram2d", x[:, 0], x[:, 1], bins=[-1, 0, 0.5, 2], weights=w)
    check("histogram2d", x[:, 0], x[:, 1], bins=[4, [-1, 0, 1]], range=[(-2, 2), None])
    check("histogram2d", x[:, 0].astype(int), x[:, 1].astype(int), bins=2)


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int32", "uint32", "int64"])
def test_bincount(dtype: str) -> None:
    x = data((20,), dtype, seed=5, ints=(0, 7), uints=(0, 7))
    check("bincount", x)
    check("bincount", x, minlength=12)
    check("bincount", x, weights=data((20,), "float32", seed=6))
    check("bincount", x, weights=numpy.arange(20), minlength=3)
    check("bincount", x[:0])


def test_bincount_errors() -> None:
    check("bincount", numpy.array([1, -1, 2]))  # ValueError
    check("bincount", numpy.array([1.0, 2.0]))  # TypeError
    check("bincount", numpy.array([1, 2], numpy.uint64))  # TypeError
    check("bincount", numpy.ones((2, 2), int))  # ValueError
    check("bincount", numpy.array(3))  # ValueError
    check("bincount", numpy.array([1, 2]), minlength=-1)  # ValueError
    check("bincount", numpy.array([1, 2]), weights=numpy.ones(3))  # ValueError
    check("bincount", numpy.array([1, 2]), weights=numpy.array([1j, 2]))  # TypeError
    check("bincount", numpy.array([], float))


@pytest.mark.parametrize("dtype", ["int8", "uint16", "uint64", "int64", "float32", "float64"])
def test_digitize(dtype: str) -> None:
    x = data((4, 5), dtype, seed=7, uint64=[0, 1, 3, 7, 20])
    inc = numpy.array([-2, 0, 1, 1, 3, 8], dtype if dtype[0] != "u" else "int64")
    for bins in [inc, inc[::-1].copy(), numpy.array([1.5]), numpy.array([], "float64")]:
        for right in (False, True):
            check("digitize", x, bins, right=right)
    check("digitize", 2, inc)
    check("digitize", numpy.array([numpy.nan, 1.0]), numpy.array([0.0, 2.0]))
    check("digitize", x, numpy.array([1, 3, 2]))  # ValueError
    check("digitize", x, numpy.ones((2, 2)))  # ValueError
    check("digitize", numpy.array([1j]), inc)  # TypeError


@pytest.mark.parametrize("name", ["histogram", "histogram_bin_edges", "histogram2d",
                                  "histogramdd", "bincount", "digitize"])
def test_signatures(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
