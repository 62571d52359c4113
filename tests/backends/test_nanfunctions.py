"""Differential tests of the nan* functions against NumPy 2."""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy
import pytest
from compare import assert_same, check, data

import tnp_core as tnp

NAN = numpy.nan
NAMES = ["nansum", "nanprod", "nanmax", "nanmin", "nanmean", "nanvar", "nanstd", "nanmedian"]
CUM = ["nancumsum", "nancumprod"]
TOL = {"float16": (3e-2, 3e-2), "float32": (1e-5, 1e-5), "complex64": (1e-5, 1e-5)}


def with_nans(shape: tuple[int, ...], dtype: str, seed: int = 0) -> numpy.ndarray:
    a = data(shape, dtype, seed)
    if a.dtype.kind in "fc" and a.size:
        rng = numpy.random.default_rng(seed + 100)
        a[rng.random(shape) < 0.3] = NAN
    return a


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint16", "int64", "uint64", "float16",
                                   "float32", "float64", "complex128"])
@pytest.mark.parametrize("name", NAMES + CUM)
def test_nan_reductions(name: str, dtype: str) -> None:
    if name == "nanmedian" and dtype.startswith("complex"):
        return
    tol = TOL.get(dtype)
    for shape in [(), (0,), (5,), (3, 4), (2, 0, 3)]:
        a = with_nans(shape, dtype, seed=len(shape))
        if name in CUM:
            for axis in [None, 0, -1]:
                check(name, a, axis=axis, tol=tol)
            continue
        check(name, a, tol=tol)
        for axis in [0, -1, (0, 1)] if len(shape) >= 2 else [0]:
            if not shape:
                continue
            if name == "nanmedian" and 0 in shape and axis == (0, 1):
                continue  # NumPy's own reshape error
            for keepdims in (False, True):
                check(name, a, axis=axis, keepdims=keepdims, tol=tol)


def test_all_nan_slices_warn() -> None:
    a = numpy.array([[NAN, NAN], [1.0, NAN]])
    for name in ["nanmax", "nanmin", "nanmedian"]:
        with pytest.warns(RuntimeWarning, match="All-NaN slice"):
            r = getattr(tnp, name)(tnp.asarray(a), axis=1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert_same(r, getattr(numpy, name)(a, axis=1))
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        tnp.nanmean(tnp.asarray(a), axis=1)
    with pytest.warns(RuntimeWarning, match="Degrees of freedom"):
        tnp.nanvar(tnp.asarray(a), axis=1)
    for name, q in [("nanquantile", 0.5), ("nanpercentile", 50)]:
        with pytest.warns(RuntimeWarning, match="All-NaN slice"):
            getattr(tnp, name)(tnp.asarray(a), q, axis=1)


@pytest.mark.parametrize("dtype", ["int8", "uint64", "float32", "float64"])
@pytest.mark.parametrize("name", ["nanargmax", "nanargmin"])
def test_nanarg(name: str, dtype: str) -> None:
    a = with_nans((3, 4), dtype, seed=3)
    if a.dtype.kind == "f":
        a[:, 0] = 1.0
    for axis in [None, 0, 1, -1]:
        for keepdims in (False, True):
            check(name, a, axis=axis, keepdims=keepdims)
    check(name, numpy.array([[NAN, NAN], [1.0, 2.0]]), axis=1)  # ValueError
    check(name, numpy.array([NAN, NAN]))  # ValueError
    check(name, numpy.zeros(0))  # ValueError
    with pytest.raises(ValueError, match="All-NaN slice encountered"):
        getattr(tnp, name)(tnp.asarray([NAN]))


@pytest.mark.parametrize("method", ["linear", "lower", "higher", "nearest", "midpoint",
                                    "hazen", "weibull", "inverted_cdf", "closest_observation",
                                    "averaged_inverted_cdf", "median_unbiased",
                                    "normal_unbiased", "interpolated_inverted_cdf"])
def test_nanquantile(method: str) -> None:
    a = with_nans((4, 6), "float64", seed=5)
    a[0] = NAN
    for q in [0.0, 0.4, 1.0, [0.25, 0.75]]:
        for axis in [None, 1, (0, 1)]:
            check("nanquantile", a, q, axis=axis, method=method)
            check("nanpercentile", a, numpy.multiply(q, 100), axis=axis, method=method)
    check("nanquantile", a.astype("float32"), 0.3, axis=1, method=method, keepdims=True,
          tol=(1e-6, 1e-6))
    check("nanquantile", data((3, 5), "int32"), [0.1, 0.6], axis=0, method=method)
    check("nanquantile", a, 2.0)  # ValueError


def test_where_and_initial() -> None:
    a = with_nans((3, 4), "float64", seed=6)
    w = numpy.array([True, False, True, True])
    for name in ["nansum", "nanprod", "nanmean", "nanvar", "nanstd"]:
        check(name, a, axis=1, where=w)
    for name in ["nanmax", "nanmin"]:
        check(name, a, axis=1, initial=0.5)
        check(name, a, axis=0, initial=-5.0, where=w)
    check("nansum", a, initial=10.0)
    check("nanvar", a, axis=1, ddof=1)
    check("nanstd", a, axis=0, correction=1)
    check("nanmean", a, axis=0, dtype="float32", tol=(1e-6, 1e-6))


@pytest.mark.parametrize("name", NAMES + CUM + ["nanargmax", "nanargmin", "nanquantile",
                                                "nanpercentile"])
def test_signatures(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


@pytest.mark.parametrize(("shape", "axis"), [((0, 3), None), ((0,), None), ((0, 3), 0),
                                             ((0, 3), 1), ((2, 0), 1)])
@pytest.mark.parametrize("q", [50, [5, 95]])
def test_nanpercentile_of_empty_input_is_nanmean_like_numpy(shape: tuple, axis: Any, q: Any
                                                             ) -> None:
    n = numpy.zeros(shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = numpy.nanpercentile(n, q, axis=axis)
        got = tnp.nanpercentile(tnp.asarray(n), q, axis=axis)
    assert_same(got, want)


@pytest.mark.parametrize("name", ["nanstd", "nanvar", "nanmean", "nanmedian", "nanpercentile",
                                  "nanquantile", "nansum", "nanmax", "median"])
def test_out_casting_rule_like_numpy(name: str) -> None:
    """A float result into an integer out=: NumPy refuses it for nanmean / nanvar / nanstd
    and casts it for the others."""
    a = numpy.arange(4.0)
    q = {"nanpercentile": (50,), "nanquantile": (0.5,)}.get(name, ())
    try:
        want = getattr(numpy, name)(a, *q, out=numpy.zeros((), dtype=numpy.int64))
    except TypeError:
        with pytest.raises(TypeError):
            getattr(tnp, name)(tnp.asarray(a), *q, out=tnp.zeros((), dtype=tnp.int64))
        return
    got = getattr(tnp, name)(tnp.asarray(a), *q, out=tnp.zeros((), dtype=tnp.int64))
    assert_same(got, want)
