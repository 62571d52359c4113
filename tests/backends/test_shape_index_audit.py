"""Regressions found by a differential audit of the shape, joining, indexing, padding, packing
and creation kernels against NumPy 2: each test failed before its fix."""

from __future__ import annotations

import warnings

import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

# ---------------------------------------------------------------- pad constant_values


@pytest.mark.parametrize("dtype", ["uint8", "uint64", "int8", "int64", "float32", "bool",
                                   "complex128"])
@pytest.mark.parametrize("values", [
    -1, 300, 2.5, (1, -1), (1.5, -2), ((1, 2), (3, 4)), ((1, 2), (300, -7)), float("nan"),
    2**63, [[1], [2]], ((5, 5), (5, 5)),
])
@pytest.mark.parametrize("width", [2, ((1, 0), (0, 2)), 0])
def test_pad_constant_values_are_stored_like_numpy(dtype: str, values: object,
                                                   width: object) -> None:
    # one value / one pair: NumPy scalars, cast 'unsafe' except into signed integers;
    # per-axis values: Python scalars under NEP 50 (checked even for a width of 0)
    a = numpy.arange(6).reshape(2, 3).astype(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        check("pad", a, width, constant_values=values)


def test_pad_complex_constant_into_real_warns_and_keeps_real_part() -> None:
    a = numpy.zeros((2, 2))
    with pytest.warns(numpy.exceptions.ComplexWarning):
        want = numpy.pad(a, 1, constant_values=2 + 1j)
    with pytest.warns(tnp.exceptions.ComplexWarning):
        got = tnp.pad(tnp.asarray(a), 1, constant_values=2 + 1j)
    assert_same(got, want)


def test_pad_0d_with_constant_values() -> None:
    check("pad", numpy.array(8, numpy.uint8), 3, constant_values=300)


# ---------------------------------------------------------------- creation from Python data


@pytest.mark.parametrize("name", ["ascontiguousarray", "asfortranarray", "asarray_chkfinite",
                                  "require"])
@pytest.mark.parametrize("obj, dtype", [
    ([1, 1j], "int64"), ([1, 1j], "float32"), ([-1, 2**63], "uint64"), ([-1, 2**63], "int8"),
    ([2**63], "int64"), ([300], "uint8"), ([2**64 - 1, 1], "uint64"), ([2.7, -1.5], "int16"),
])
def test_conversions_of_python_data_with_dtype(name: str, obj: list, dtype: str) -> None:
    check(name, obj, dtype)


# ---------------------------------------------------------------- arange with uint64 scalars


@pytest.mark.parametrize("args", [
    (numpy.uint64(3),), (numpy.uint64(0), numpy.uint64(3)), (0, numpy.uint64(3), 1),
    (numpy.array(3, numpy.uint64),), (numpy.uint64(1), 5, 0.5),
])
def test_arange_uint64_argument_gives_float64(args: tuple) -> None:
    check("arange", *args)
    check("arange", *args, dtype=int)


def test_arange_tnp_uint64_scalar() -> None:
    assert tnp.arange(tnp.uint64(3)).dtype == tnp.float64


# ---------------------------------------------------------------- Python scalars stored in place


def _inplace(lib: object, name: str, a: numpy.ndarray, *args: object) -> object:
    arr = a.copy() if lib is numpy else tnp.asarray(a.copy())
    getattr(lib, name)(arr, *args)
    return arr


_STORES = [
    ("put", ([0],)), ("putmask", ([True, False, False, False],)),
    ("place", ([True, False, False, False],)), ("fill_diagonal", ()),
]


@pytest.mark.parametrize("dtype", ["int8", "uint8", "float32", "float64", "bool"])
@pytest.mark.parametrize("value", [1j, 2 + 0j, float("nan"), float("inf"), 2.5])
@pytest.mark.parametrize("name, extra", _STORES)
def test_python_scalar_stores_raise_like_numpy(name: str, extra: tuple, dtype: str,
                                               value: object) -> None:
    a = numpy.zeros((2, 2), dtype)
    try:
        want = _inplace(numpy, name, a, *extra, value)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(type(e)):
            _inplace(tnp, name, a, *extra, value)
        return
    assert_same(_inplace(tnp, name, a, *extra, value), want)


def test_put_along_axis_complex_python_scalar_into_float() -> None:
    with pytest.raises(TypeError):
        numpy.put_along_axis(numpy.zeros(3), numpy.array([0]), 1j, 0)
    with pytest.raises(TypeError):
        tnp.put_along_axis(tnp.zeros(3), tnp.asarray([0]), 1j, 0)


# ---------------------------------------------------------------- ravel / unravel index


@pytest.mark.parametrize("mode", ["raise", "wrap", "clip", ("wrap", "clip")])
@pytest.mark.parametrize("order", ["C", "F"])
def test_ravel_multi_index_zero_sized_dims(mode: object, order: str) -> None:
    check("ravel_multi_index", ([0, 1], [2, 3]), (0, 4), mode, order)
    check("ravel_multi_index", (1, 2), (3, 0), mode, order)
    check("ravel_multi_index", ([0.0, 1], [1, 2]), (0, 4), mode, order)  # TypeError first


def test_unravel_index_checks_order_first() -> None:
    check("unravel_index", 1.0, (3, 4), "X")
    check("unravel_index", [], (3, 4), "X")


# ---------------------------------------------------------------- packbits argument order


@pytest.mark.parametrize("bitorder", ["bad", "big"])
def test_packbits_checks_bitorder_before_dtype(bitorder: str) -> None:
    check("packbits", numpy.ones(8), None, bitorder)


# ---------------------------------------------------------------- copyto casting='equiv'


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int64", "float16", "float32", "float64",
                                   "complex64", "complex128", "bool"])
@pytest.mark.parametrize("value", [1, -1, 2.5, 1j, True])
@pytest.mark.parametrize("casting", ["no", "equiv", "safe"])
def test_copyto_python_scalar_casting(dtype: str, value: object, casting: str) -> None:
    a = numpy.zeros(3, dtype)
    try:
        numpy.copyto(a, value, casting=casting)
    except (TypeError, OverflowError) as e:
        with pytest.raises(type(e)):
            tnp.copyto(tnp.zeros(3, dtype), value, casting=casting)
        return
    t = tnp.zeros(3, dtype)
    tnp.copyto(t, value, casting=casting)
    assert_same(t, a)
