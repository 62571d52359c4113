"""Differential tests of median, percentile, quantile, average, cov, corrcoef against NumPy 2."""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy
import pytest
from compare import assert_same, check, data

import tnp_core as tnp

REAL = ["bool", "int8", "uint8", "int32", "int64", "uint16", "uint64", "float16", "float32",
        "float64"]
SHAPES = [(), (1,), (6,), (2, 0, 3), (3, 4, 5)]
METHODS = [
    "inverted_cdf", "averaged_inverted_cdf", "closest_observation",
    "interpolated_inverted_cdf", "hazen", "weibull", "linear", "median_unbiased",
    "normal_unbiased", "lower", "higher", "midpoint", "nearest",
]
TOL = {"float16": (2e-3, 2e-3), "float32": (1e-6, 1e-6)}


def tol_of(dtype: str) -> Any:
    return TOL.get(dtype)


@pytest.mark.parametrize("dtype", [*REAL, "complex128"])
def test_median(dtype: str) -> None:
    for shape in SHAPES:
        a = data(shape, dtype, seed=1)
        check("median", a, tol=tol_of(dtype))
        for axis in [0, -1, (0, 2), (0, 1, 2)]:
            if not shape or (0 in shape and axis == (0, 2)):
                continue  # NumPy's own reshape error on that empty case
            for keepdims in (False, True):
                check("median", a, axis=axis, keepdims=keepdims, tol=tol_of(dtype))
    check("median", data((2, 3), dtype), axis=2)  # AxisError


def test_median_nan_and_empty() -> None:
    a = numpy.array([[1.0, numpy.nan, 3.0], [4.0, 5.0, 6.0]])
    check("median", a)
    check("median", a, axis=1)
    check("median", a, axis=0)
    with pytest.warns(RuntimeWarning):
        r = tnp.median(tnp.zeros(0))
    assert_same(r, numpy.float64("nan"))
    check("median", numpy.zeros((2, 0)), axis=1)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("dtype", ["int8", "uint16", "int64", "uint64", "float16", "float32",
                                   "float64"])
def test_quantile_methods(method: str, dtype: str) -> None:
    a = data((3, 7), dtype, seed=2, uint64=[0, 1, 5, 9, 2**40])
    for q in [0.0, 0.25, 0.5, 0.9, 1.0, [0.1, 0.5, 1.0], numpy.array(0.3),
              numpy.array([0.2, 0.7], numpy.float32), [[0.1, 0.2], [0.5, 0.9]]]:
        for axis in [None, 0, 1, (0, 1)]:
            check("quantile", a, q, axis=axis, method=method, tol=tol_of(dtype))
    check("quantile", a, 0.3, axis=1, method=method, keepdims=True, tol=tol_of(dtype))
    check("percentile", a, 30, axis=0, method=method, tol=tol_of(dtype))
    check("percentile", a, [0, 12.5, 100], method=method, tol=tol_of(dtype))


@pytest.mark.parametrize("name", ["quantile", "percentile"])
def test_quantile_shapes_and_dtypes(name: str) -> None:
    scale = 100 if name == "percentile" else 1
    for shape in [(1,), (5,), (2, 3, 4)]:
        for dtype in ["bool", "int32", "float32", "float64"]:
            a = data(shape, dtype, seed=3)
            for q in [0.5 * scale, [0.25 * scale], 1, numpy.float32(0.5 * scale)]:
                check(name, a, q, tol=tol_of(dtype))
                check(name, a, q, axis=-1, keepdims=True, tol=tol_of(dtype))
                check(name, a, q, axis=0, method="lower", tol=tol_of(dtype))


def test_quantile_nan_and_errors() -> None:
    a = numpy.array([[1.0, numpy.nan, 3.0], [4.0, 5.0, 6.0]])
    for method in ["linear", "lower", "midpoint"]:
        check("quantile", a, 0.5, axis=1, method=method)
        check("quantile", a, [0.5, 0.1], method=method)
    b = numpy.arange(6.0)
    check("quantile", b, 1.5)  # ValueError
    check("quantile", b, -0.1)
    check("percentile", b, 101)
    check("quantile", b, [[[0.5]]])  # ValueError: q must be a scalar or 1d
    check("quantile", b, 0.5, method="foo")  # ValueError
    check("quantile", b.astype(complex), 0.5)  # TypeError
    check("quantile", numpy.zeros(0), 0.5)  # IndexError
    check("quantile", b, 0.5, axis=1)  # AxisError


def test_quantile_weights() -> None:
    a = data((3, 6), "float64", seed=5)
    w = data((3, 6), "uint8", seed=6, uints=(0, 4)) + 1
    w1 = numpy.arange(1.0, 7.0)
    for q in [0.0, 0.3, 0.5, [0.2, 0.8, 1.0]]:
        check("quantile", a, q, axis=1, method="inverted_cdf", weights=w)
        check("quantile", a, q, axis=1, method="inverted_cdf", weights=w1)
        # NumPy returns a 0-d array (not a scalar) for a scalar q with weights
        assert_same(tnp.quantile(tnp.asarray(a), q, method="inverted_cdf", weights=w),
                    numpy.quantile(a, q, method="inverted_cdf", weights=w), check_kind=False)
        check("percentile", a, numpy.multiply(q, 100), axis=1, method="inverted_cdf",
              weights=w1)
    check("quantile", a, 0.5, weights=w)  # ValueError: only inverted_cdf
    check("quantile", a, 0.5, method="inverted_cdf", weights=w1)  # TypeError: axis needed
    check("quantile", a, 0.5, axis=0, method="inverted_cdf", weights=w1)  # ValueError
    check("quantile", a, 0.5, axis=1, method="inverted_cdf", weights=-w1)  # ValueError


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint32", "int64", "float16", "float32",
                                   "float64", "complex128"])
def test_average(dtype: str) -> None:
    tol = (3e-3, 3e-3) if dtype == "float16" else (1e-6, 1e-6) if dtype == "float32" else None
    a = data((3, 4), dtype, seed=7)
    for axis in [None, 0, 1, (0, 1)]:
        for keepdims in (False, True):
            check("average", a, axis=axis, keepdims=keepdims, tol=tol)
            check("average", a, axis=axis, keepdims=keepdims, returned=True, tol=tol)
        check("average", a, axis=axis, weights=data((3, 4), "float64", seed=8) ** 2, tol=tol)
    w = numpy.array([1, 2, 3, 4], numpy.int32)
    check("average", a, axis=1, weights=w, returned=True, tol=tol)
    check("average", a, axis=1, weights=w, keepdims=True, tol=tol)
    check("average", a, axis=(1,), weights=w.astype(numpy.float32), tol=tol)
    check("average", a, weights=w)  # TypeError: axis needed
    check("average", a, axis=0, weights=w)  # ValueError: shape
    check("average", a, axis=1, weights=numpy.zeros(4))  # ZeroDivisionError
    check("average", data((), dtype), tol=tol)


@pytest.mark.parametrize("dtype", ["int32", "float32", "float64", "complex128"])
def test_cov_corrcoef(dtype: str) -> None:
    tol = (1e-5, 1e-5) if dtype == "float32" else (1e-12, 1e-12)
    m = data((3, 6), dtype, seed=9)
    y = data((2, 6), dtype, seed=10)
    for name in ["cov", "corrcoef"]:
        check(name, m, tol=tol)
        check(name, m.T, rowvar=False, tol=tol)
        check(name, m[0], tol=tol)
        check(name, m[0], y[0], tol=tol)
        check(name, m, y, tol=tol)
        check(name, m.T, y.T, rowvar=False, tol=tol)
        check(name, m, dtype="float32", tol=(1e-5, 1e-5))
        check(name, numpy.ones((2, 3, 4)))  # ValueError
    for kw in [{"bias": True}, {"ddof": 0}, {"ddof": 2}, {"fweights": [1, 2, 1, 3, 1, 1]},
               {"aweights": [0.5, 1, 2, 1, 1, 0.1]},
               {"fweights": [1, 2, 1, 3, 1, 1], "aweights": [0.5, 1, 2, 1, 1, 0.1]},
               {"fweights": [1, 2, 1, 3, 1, 1], "aweights": [0.5, 1, 2, 1, 1, 0.1], "ddof": 0}]:
        check("cov", m, tol=tol, **kw)
    check("cov", m, ddof=1.5)  # ValueError
    check("cov", m, fweights=[1.5, 1, 1, 1, 1, 1])  # TypeError
    check("cov", m, fweights=[-1, 1, 1, 1, 1, 1])  # ValueError
    check("cov", m, aweights=[-1, 1, 1, 1, 1, 1])  # ValueError
    check("cov", m, fweights=[1, 1])  # RuntimeError (a kernel's own, not a torch error)
    check("cov", m, aweights=[1, 1])  # RuntimeError
    check("cov", m, fweights=[[1, 1, 1, 1, 1, 1]])  # RuntimeError


def test_cov_degenerate() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check("cov", numpy.array([1.0]))
        check("cov", numpy.zeros((0, 3)))
        check("corrcoef", numpy.array([1.0, 2.0, 3.0]))


@pytest.mark.parametrize("name", ["median", "percentile", "quantile", "average", "cov",
                                  "corrcoef"])
def test_signatures(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


def test_out() -> None:
    a = data((3, 4), "float64", seed=11)
    out = tnp.zeros(4)
    assert tnp.median(tnp.asarray(a), axis=0, out=out) is out
    assert_same(out, numpy.median(a, axis=0))
    out = tnp.zeros((2, 3))
    assert tnp.quantile(tnp.asarray(a), [0.2, 0.6], axis=1, out=out) is out
    assert_same(out, numpy.quantile(a, [0.2, 0.6], axis=1))


# ---------------------------------------------------------------- long rows: selection, not sort

LONG_ROWS = {
    "normal": lambda rng: rng.standard_normal(70001),
    "sorted": lambda rng: numpy.sort(rng.standard_normal(70000)),
    "reversed": lambda rng: numpy.sort(rng.standard_normal(70000))[::-1].copy(),
    "ties": lambda rng: rng.integers(0, 5, 70001),
    "float32": lambda rng: rng.standard_normal(70000).astype(numpy.float32),
    "infs": lambda rng: numpy.r_[rng.standard_normal(70000), numpy.inf, -numpy.inf],
    "int8": lambda rng: rng.integers(-100, 100, 70000).astype(numpy.int8),
}


@pytest.mark.parametrize("kind", list(LONG_ROWS))
@pytest.mark.parametrize("method", ["linear", "lower", "higher", "nearest", "midpoint",
                                    "inverted_cdf", "median_unbiased", "hazen"])
def test_long_row_quantiles_are_exact(kind: str, method: str) -> None:
    x = LONG_ROWS[kind](numpy.random.default_rng(3))
    t = tnp.asarray(x)
    with numpy.errstate(invalid="ignore"):
        for q in (0, 0.1, 37.5, 50, 99.9, 100, [1, 50, 99]):
            want = numpy.percentile(x, q, method=method)
            got = tnp.percentile(t, q, method=method)
            assert_same(got, want)
        assert_same(tnp.median(t), numpy.median(x))


def test_integer_q_of_any_integer_dtype() -> None:
    a = numpy.array([1, 2, 3], dtype=numpy.int8)
    q = numpy.array([0, 1], dtype=numpy.uint8)
    assert_same(tnp.quantile(tnp.asarray(a), tnp.asarray(q)), numpy.quantile(a, q))


@pytest.mark.parametrize("name", ["median", "nanmedian", "quantile", "nanquantile", "percentile",
                                  "nanpercentile"])
@pytest.mark.parametrize("keepdims", [True, False])
def test_zero_d_keepdims_gives_an_array(name: str, keepdims: bool) -> None:
    """NumPy: with keepdims=True these return arrays, 0-d ones too; otherwise scalars."""
    qs = {"quantile": (0.5,), "nanquantile": (0.5,), "percentile": (50,), "nanpercentile": (50,)}
    args = qs.get(name, ())
    for a in (numpy.array(3.0), numpy.float64(3.0), numpy.array(2, numpy.int8)):
        want = getattr(numpy, name)(a, *args, keepdims=keepdims)
        got = getattr(tnp, name)(tnp.asarray(a), *args, keepdims=keepdims)
        assert type(got) is (tnp.ndarray if isinstance(want, numpy.ndarray) else tnp.float64)
        assert_same(got, want)
    out = tnp.zeros(())
    assert getattr(tnp, name)(tnp.asarray(5.0), *args, keepdims=True, out=out) is out
    assert float(out) == 5.0
