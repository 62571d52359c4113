"""Regression tests of the math / statistics audit: each compares tnp with NumPy 2 on a call
where tnp used to differ (values, dtype, shape, warning or exception type)."""

from __future__ import annotations

import warnings

import numpy
import pytest
from compare import check, data

import tnp_core as tnp
import tnp_core.exceptions as tnp_exc

# ---------------------------------------------------------------- reductions


@pytest.mark.parametrize("name", ["var", "std"])
@pytest.mark.parametrize("axis", [0, -1, (0, 2)])
def test_var_empty_result_no_torch_warning(name: str, axis: object) -> None:
    a = numpy.zeros((2, 0, 3))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # torch.var used to warn (UserWarning) here
        check(name, a, axis=axis)


@pytest.mark.parametrize("name", ["sum", "prod", "min", "max"])
@pytest.mark.parametrize("dtype", ["float64", "int32", "uint8"])
def test_complex_initial_on_real_array_is_type_error(name: str, dtype: str) -> None:
    check(name, data((2, 3), dtype), axis=1, initial=1j)


def test_complex_initial_on_bool_array() -> None:
    check("min", data((3, 4), "bool"), axis=0, initial=1j)


@pytest.mark.parametrize("name", ["sum", "prod", "min", "max"])
@pytest.mark.parametrize("dtype", ["float64", "float16", "complex64", "bool"])
def test_huge_python_int_initial(name: str, dtype: str) -> None:
    check(name, data((2, 3), dtype), axis=1, initial=2**64, tol=(1e-2, 0))


@pytest.mark.parametrize("name", ["sum", "prod", "mean", "cumsum"])
def test_complex_to_uint64_dtype_warns_complex_warning(name: str) -> None:
    a = data((2, 3), "complex64")
    with pytest.warns(tnp_exc.ComplexWarning):
        getattr(tnp, name)(tnp.asarray(a), dtype="uint64")
    check(name, a, dtype="uint64")


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint64", int, bool])
@pytest.mark.parametrize("src", ["float64", "int32", "complex64"])
def test_std_integer_dtype_array_result_is_ufunc_type_error(dtype: object, src: str) -> None:
    check("std", data((2, 3, 4), src), axis=1, dtype=dtype)


@pytest.mark.parametrize("dtype", ["float32", "float64", float])
def test_var_complex_input_real_dtype_keeps_imaginary_deviation(dtype: object) -> None:
    a = data((2, 3, 4), "complex64")
    for name in ("var", "std"):
        check(name, a, axis=1, dtype=dtype, tol=(1e-5, 1e-6))
        check(name, a, dtype=dtype, tol=(1e-5, 1e-6))


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint8"])
def test_var_float_input_integer_dtype(dtype: str) -> None:
    a = data((2, 3, 4), "float64") * 4
    check("var", a, axis=1, dtype=dtype)
    check("var", a, dtype=dtype)


@pytest.mark.parametrize("src", ["float64", "int32", "uint8"])
def test_var_bool_dtype(src: str) -> None:
    check("var", data((2, 3, 4), src), axis=1, dtype=bool)
    check("var", data((2, 3, 4), src), dtype=bool)
    check("var", data((2, 3, 4), "bool"), axis=1, dtype=bool)  # TypeError


# ---------------------------------------------------------------- nan functions


@pytest.mark.parametrize("name", ["nanmean", "nanvar", "nanstd"])
@pytest.mark.parametrize("axis", [0, -1])
def test_nan_reductions_accept_axis_0_on_0d(name: str, axis: int) -> None:
    check(name, numpy.array(1.5), axis=axis)
    check(name, numpy.array(numpy.nan, numpy.float32), axis=axis, keepdims=True)


@pytest.mark.parametrize("name", ["nanvar", "nanstd"])
def test_nanvar_integer_dtype_is_type_error(name: str) -> None:
    check(name, data((2, 3), "float64"), axis=1, dtype="int64")


@pytest.mark.parametrize("name", ["nanvar", "nanstd"])
@pytest.mark.parametrize("ddof", [2, 3, 5])
def test_nanvar_too_few_values_is_nan(name: str, ddof: int) -> None:
    a = data((2, 3, 4), "float64")
    a.reshape(-1)[::3] = numpy.nan
    check(name, a, axis=1, ddof=ddof)
    check(name, a, axis=-1, correction=ddof)


@pytest.mark.parametrize("name", ["nanquantile", "nanpercentile"])
def test_nanquantile_weights_with_all_nan_slice(name: str) -> None:
    a = numpy.array([[numpy.nan, 1.0, 2.0, 3.0], [numpy.nan] * 4, [4.0, numpy.nan, 1.0, 2.0]])
    w = numpy.array([[1, 2, 0, 1], [1, 1, 1, 1], [0, 1, 2, 3]])
    q = 0.5 if name == "nanquantile" else 50.0
    check(name, a, q, axis=1, method="inverted_cdf", weights=w)


@pytest.mark.parametrize("name", ["nanquantile", "nanpercentile"])
def test_nanquantile_empty_input_warns_only_for_empty_slices(name: str) -> None:
    a = tnp.zeros((3, 0))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no slice is empty: NumPy does not warn
        getattr(tnp, name)(a, [0.5, 0.5], axis=0)
    with pytest.warns(RuntimeWarning):
        getattr(tnp, name)(a, 0.5, axis=1)
    check(name, numpy.zeros((3, 0)), [0.5, 0.5], axis=0)


# ---------------------------------------------------------------- quantile


@pytest.mark.parametrize("q", [0, 1, True, [0, 1]])
def test_quantile_uint64_integer_q_keeps_dtype(q: object) -> None:
    a = data((4, 7), "uint64")
    check("quantile", a, q)
    check("quantile", a, q, axis=1, keepdims=True)


def test_quantile_weighted_uint64() -> None:
    a = data((4, 7), "uint64")
    w = numpy.arange(1, 8)
    check("quantile", a, [0.2, 0.5, 0.9], axis=-1, method="inverted_cdf", weights=w)
    check("quantile", a, 0.5, axis=0, method="inverted_cdf", weights=numpy.ones((4, 7)))
    check("quantile", a, 0.5, axis=-1, method="inverted_cdf", weights=numpy.zeros(7))


def test_quantile_axis_checked_before_method() -> None:
    check("quantile", numpy.arange(3.0), 0.5, axis=1, method="bogus")


# ---------------------------------------------------------------- histograms


@pytest.mark.parametrize("dtype", ["float16", "float32"])
@pytest.mark.parametrize("rng", [(numpy.int64(0), numpy.float32(10)),
                                 (numpy.float32(-1), numpy.float32(2)), (0, 10)])
def test_histogram_range_numpy_scalars_are_strong(dtype: str, rng: tuple) -> None:
    a = data((50,), dtype)
    check("histogram", a, bins=5, range=rng)
    check("histogram_bin_edges", a, bins="sqrt", range=rng)


@pytest.mark.parametrize("bins", ["auto", "fd", "sqrt", "sturges", "rice", "scott", "doane"])
@pytest.mark.parametrize("rng", [None, (0, 1), (-2, 2)])
def test_histogram_estimators_integer_data(bins: str, rng: object) -> None:
    for a in (data((30,), "bool"), numpy.array([0, 1, 5, 2**63, 2**64 - 1], numpy.uint64),
              numpy.array([0, 3, 9, 5, 200], numpy.uint8)):
        check("histogram", a, bins=bins, range=rng)


@pytest.mark.parametrize("bins", [3, [0.0, 1.0, 2.0], numpy.array([-1.0, 0.5], numpy.float32)])
def test_histogram_complex_weights_empty_selection(bins: object) -> None:
    check("histogram", numpy.array([]), bins=bins, weights=numpy.array([], numpy.complex64))
    check("histogram", numpy.array([5.0, 6.0]), bins=[0.0, 1.0],
          weights=numpy.array([1j, 2], numpy.complex64))


def test_histogram_bool_weights_nonuniform_bins() -> None:
    a = data((20,), "float64")
    w = numpy.arange(20) % 2 == 0
    check("histogram", a, bins=[-1.0, 0.0, 1.0], weights=w)  # UFuncTypeError
    check("histogram", numpy.array([]), bins=[0.0, 1.0], weights=numpy.array([], bool))
    check("histogram", a, bins=4, weights=w)


def test_bincount_empty_ignores_weights_length() -> None:
    check("bincount", numpy.array([], numpy.int64), weights=[1.0, 2.0, 3.0], minlength=4)
    check("bincount", numpy.array([], numpy.int64), weights=[1.0, 2.0])


# ---------------------------------------------------------------- math


@pytest.mark.parametrize("mode", ["f", "v", "s"])
@pytest.mark.parametrize("name", ["convolve", "correlate"])
def test_convolve_single_letter_modes_rejected(name: str, mode: str) -> None:
    check(name, [1.0, 2.0, 3.0], [1.0, 0.5], mode=mode)


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int32"])
@pytest.mark.parametrize("bounds", [(300, 400), (200, None), (None, -200), (-1000, 5),
                                    (0, 1000), (None, 2**64), (-(2**70), None)])
def test_clip_python_int_bounds_out_of_range(dtype: str, bounds: tuple) -> None:
    check("clip", data((2, 3), dtype), *bounds)


@pytest.mark.parametrize("bounds", [(-1000, 2**63), (None, 2**63), (-1000, 5)])
def test_clip_bool_python_int_bounds(bounds: tuple) -> None:
    check("clip", data((2, 3), "bool"), *bounds)


def test_gradient_bool_checks_order() -> None:
    b = numpy.array([True, False, True, True])
    check("gradient", b[:1])  # ValueError: too small
    check("gradient", b[:2], edge_order=2)
    check("gradient", numpy.ones((4, 5), bool), numpy.arange(3.0), axis=0)  # ValueError
    check("gradient", numpy.array(True))  # () like NumPy
    check("gradient", b)  # TypeError


# ---------------------------------------------------------------- sets / statistics


@pytest.mark.parametrize("dtype", ["int8", "uint8", "float32", "complex64", "uint64", "bool"])
def test_union1d_setxor1d_python_scalars_are_weak(dtype: str) -> None:
    a = data((5,), dtype)
    for s in (2, 2.5, True):
        check("union1d", a, s)
        check("union1d", s, a)
        check("setxor1d", a, s)
        check("setxor1d", a, s, assume_unique=True)
    check("union1d", numpy.array([1, 2], numpy.int8), 300)
    check("union1d", 2, 3)


@pytest.mark.parametrize("name", ["cov", "corrcoef"])
def test_cov_complex_to_real_dtype_warns_complex_warning(name: str) -> None:
    m = data((3, 6), "complex64")
    with pytest.warns(tnp_exc.ComplexWarning):
        getattr(tnp, name)(tnp.asarray(m), dtype=tnp.float32)
    check(name, m, dtype=numpy.float32, tol=(1e-4, 1e-5))
