"""Differential tests of tnp.fft.fft / ifft / rfft / irfft against NumPy 2, plus plugin wiring."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from compare import assert_same
from fft_helpers import data
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core
import tnp_core as tnp
import tnp_core.fft
from tnp_core.exceptions import AxisError

NAMES = ["fft", "ifft", "rfft", "irfft"]
REAL = [np.float16, np.float32, np.float64, np.int64, np.int8, np.uint8, np.bool_]
COMPLEX = [np.complex64, np.complex128]
NORMS = [None, "backward", "ortho", "forward"]


def _tnp_exception(e: type[BaseException]) -> type[BaseException]:
    if issubclass(e, np.exceptions.AxisError):
        return AxisError
    for base in (TypeError, IndexError, ValueError):
        if issubclass(e, base):
            return base
    return e


def differential(
    np_call: Callable[[], Any], tnp_call: Callable[[], Any], factor: float = 100.0
) -> Any:
    """Run both; same exception type, or the same result up to ``factor`` * eps (scaled)."""
    try:
        want = np_call()
    except Exception as e:
        with pytest.raises(_tnp_exception(type(e))):
            tnp_call()
        return e
    got = tnp_call()
    w = np.asarray(want)
    rtol = factor * np.finfo(w.dtype).eps
    atol = rtol * float(np.abs(w).max()) if w.size else 0.0
    assert_same(got, want, rtol=rtol, atol=atol)
    return want


def both(name: str, x: np.ndarray, **kw: Any) -> tuple[Any, Any]:
    np_fn = getattr(np.fft, name)
    tnp_fn = getattr(tnp.fft, name)
    return (lambda: np_fn(x, **kw)), (lambda: tnp_fn(tnp.asarray(x), **kw))


def check(name: str, x: np.ndarray, factor: float = 100.0, **kw: Any) -> Any:
    return differential(*both(name, x, **kw), factor=factor)


# ---------------------------------------------------------------- wiring


def test_public_functions_are_bound_to_the_submodule() -> None:
    for name in NAMES:
        fn = getattr(tnp_core.fft, name)
        assert fn.__module__ == "tnp_core.fft"
        assert fn.__name__ == name
        info = tnp_core.plugins.provider(f"fft.{name}")
        assert info is not None and info.distribution == "tnp-fft" and info.is_default


@pytest.mark.parametrize("name", NAMES)
def test_signature_matches_numpy(name: str) -> None:
    assert inspect.signature(getattr(tnp.fft, name)) == inspect.signature(getattr(np.fft, name))


# ---------------------------------------------------------------- dtypes


@pytest.mark.parametrize("name", ["fft", "ifft", "irfft"])
@pytest.mark.parametrize("dtype", REAL + COMPLEX)
def test_complex_input_transforms_dtypes(name: str, dtype: Any) -> None:
    want = check(name, data((2, 8), dtype, 1))
    assert isinstance(want, np.ndarray)


@pytest.mark.parametrize("dtype", REAL)
def test_rfft_dtypes(dtype: Any) -> None:
    want = check("rfft", data((2, 8), dtype, 2))
    assert want.dtype == (np.complex64 if dtype in (np.float16, np.float32) else np.complex128)


def test_dtype_table() -> None:
    expected = {
        np.float32: ("complex64", "float32"),
        np.float64: ("complex128", "float64"),
        np.int32: ("complex128", "float64"),
        np.bool_: ("complex128", "float64"),
        np.complex64: ("complex64", "float32"),
        np.complex128: ("complex128", "float64"),
        np.float16: ("complex64", "float16"),
    }
    for dtype, (c, r) in expected.items():
        x = tnp.asarray(data((6,), dtype, 3))
        assert str(tnp.fft.fft(x).dtype) == c
        assert str(tnp.fft.ifft(x).dtype) == c
        assert str(tnp.fft.irfft(x).dtype) == r


# ---------------------------------------------------------------- n, axis, norm


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("n", [None, 1, 2, 5, 8, 13, 16])
@pytest.mark.parametrize("axis", [-1, 0, 1, -2])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex64, np.complex128])
def test_n_and_axis(name: str, n: int | None, axis: int, dtype: Any) -> None:
    if name == "rfft" and np.dtype(dtype).kind == "c":
        dtype = np.float32 if dtype is np.complex64 else np.float64
    x = data((3, 6, 5), dtype, 4)
    want = check(name, x, n=n, axis=axis)
    assert isinstance(want, np.ndarray)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("norm", NORMS)
@pytest.mark.parametrize("n", [None, 7, 12])
def test_norm_modes(name: str, norm: str | None, n: int | None) -> None:
    x = data((4, 10), np.float64 if name == "rfft" else np.complex128, 5)
    check(name, x, n=n, norm=norm)


def test_irfft_of_non_hermitian_input() -> None:
    x = data((9,), np.complex128, 6)
    for n in (None, 16, 17, 3, 2, 1):
        check("irfft", x, n=n)


def test_roundtrip() -> None:
    x = data((3, 16), np.float64, 7)
    r = tnp.fft.irfft(tnp.fft.rfft(tnp.asarray(x)), n=16)
    np.testing.assert_allclose(np.asarray(r), x, rtol=1e-12, atol=1e-12)
    c = tnp.fft.ifft(tnp.fft.fft(tnp.asarray(x), norm="ortho"), norm="ortho")
    np.testing.assert_allclose(np.asarray(c), x, rtol=1e-12, atol=1e-12)


def test_accepts_lists_and_numpy_integer_n() -> None:
    differential(
        lambda: np.fft.fft([1, 2, 3, 4], n=np.int64(6)),
        lambda: tnp.fft.fft([1, 2, 3, 4], n=np.int64(6)),
    )


# ---------------------------------------------------------------- empty


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "shape, axis, n", [((2, 0), 0, None), ((0, 4), 1, None), ((0, 4), 1, 6), ((3, 0, 4), -1, None)]
)
def test_empty_batches(name: str, shape: tuple[int, ...], axis: int, n: int | None) -> None:
    x = np.zeros(shape, np.float64)
    want = check(name, x, axis=axis, n=n)
    assert isinstance(want, np.ndarray) and want.size == 0


@pytest.mark.parametrize("name", ["fft", "ifft", "rfft"])
def test_zero_length_axis_padded_to_n(name: str) -> None:
    want = check(name, np.zeros(0), n=4)
    assert want.size > 0


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("n", [0, -1, -8])
def test_invalid_n(name: str, n: int) -> None:
    x = data((6,), np.float64, 8)
    with pytest.raises(ValueError):
        getattr(np.fft, name)(x, n)
    with pytest.raises(ValueError, match=rf"Invalid number of FFT data points \({n}\)"):
        getattr(tnp.fft, name)(tnp.asarray(x), n)


@pytest.mark.parametrize("name", NAMES)
def test_empty_axis_without_n_is_invalid(name: str) -> None:
    x = np.zeros((3, 0))
    with pytest.raises(ValueError):
        getattr(np.fft, name)(x)
    with pytest.raises(ValueError, match="Invalid number of FFT data points"):
        getattr(tnp.fft, name)(tnp.asarray(x))


def test_irfft_of_one_point_needs_n() -> None:
    x = np.ones(1)
    with pytest.raises(ValueError):
        np.fft.irfft(x)
    with pytest.raises(ValueError, match=r"\(0\)"):
        tnp.fft.irfft(tnp.asarray(x))
    check("irfft", x, n=1)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("norm", ["bad", "BACKWARD", "", "Ortho"])
def test_invalid_norm(name: str, norm: str) -> None:
    x = data((6,), np.float64, 9)
    with pytest.raises(ValueError):
        getattr(np.fft, name)(x, norm=norm)
    with pytest.raises(ValueError, match="Invalid norm value"):
        getattr(tnp.fft, name)(tnp.asarray(x), norm=norm)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape, axis", [((6,), 1), ((6,), -2), ((2, 3), 2), ((), -1)])
def test_axis_out_of_range(name: str, shape: tuple[int, ...], axis: int) -> None:
    x = np.ones(shape)
    with pytest.raises(IndexError):
        getattr(np.fft, name)(x, axis=axis)
    with pytest.raises(AxisError):  # AxisError is also an IndexError, like NumPy's
        getattr(tnp.fft, name)(tnp.asarray(x), axis=axis)


@pytest.mark.parametrize("dtype", COMPLEX)
@pytest.mark.parametrize("n", [None, 5])
def test_rfft_of_complex_is_type_error(dtype: Any, n: int | None) -> None:
    x = data((6,), dtype, 10)
    with pytest.raises(TypeError):
        np.fft.rfft(x, n)
    with pytest.raises(TypeError):
        tnp.fft.rfft(tnp.asarray(x), n)


@pytest.mark.parametrize("name", NAMES)
def test_non_integer_n_is_type_error(name: str) -> None:
    x = np.ones(6)
    with pytest.raises(TypeError):
        getattr(np.fft, name)(x, n=3.0)
    with pytest.raises(TypeError):
        getattr(tnp.fft, name)(tnp.asarray(x), n=3.0)


# ---------------------------------------------------------------- out=


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("out_dtype", [np.complex128, np.complex64])
def test_out(name: str, out_dtype: Any) -> None:
    x = data((3, 8), np.float64, 11)
    want_shape = getattr(np.fft, name)(x).shape
    np_out = np.zeros(want_shape, out_dtype)
    want = getattr(np.fft, name)(x, out=np_out)
    assert want is np_out
    out = tnp.asarray(np.zeros(want_shape, out_dtype))
    got = getattr(tnp.fft, name)(tnp.asarray(x), out=out)
    assert got is out
    rtol = 100 * np.finfo(out_dtype).eps
    assert_same(got, want, rtol=rtol, atol=rtol * float(np.abs(want).max()))


def test_out_real_for_irfft() -> None:
    x = data((8,), np.complex128, 12)
    want = np.fft.irfft(x, out=np.zeros(14, np.float32))
    out = tnp.asarray(np.zeros(14, np.float32))
    got = tnp.fft.irfft(tnp.asarray(x), None, -1, None, out)
    assert got is out
    assert_same(got, want, rtol=1e-5, atol=1e-5 * float(np.abs(want).max()))


@pytest.mark.parametrize("name", ["fft", "ifft", "rfft"])
def test_out_of_real_dtype_is_type_error(name: str) -> None:
    x = data((8,), np.float64, 13)
    shape = getattr(np.fft, name)(x).shape
    with pytest.raises(TypeError):
        getattr(np.fft, name)(x, out=np.zeros(shape))
    with pytest.raises(TypeError):
        getattr(tnp.fft, name)(tnp.asarray(x), out=tnp.asarray(np.zeros(shape)))


@pytest.mark.parametrize("name", NAMES)
def test_out_of_wrong_shape_is_value_error(name: str) -> None:
    x = data((8,), np.float64, 14)
    with pytest.raises(ValueError):
        getattr(np.fft, name)(x, out=np.zeros(3, complex))
    with pytest.raises(ValueError):
        getattr(tnp.fft, name)(tnp.asarray(x), out=tnp.asarray(np.zeros(3, complex)))


# ---------------------------------------------------------------- hypothesis


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(NAMES),
    shape=st.lists(st.integers(0, 6), min_size=1, max_size=3).map(tuple),
    n=st.one_of(st.none(), st.integers(-1, 10)),
    axis=st.integers(-3, 2),
    norm=st.sampled_from(NORMS),
    dtype=st.sampled_from([np.float32, np.float64, np.complex128, np.int16]),
)
def test_hypothesis(
    name: str, shape: tuple[int, ...], n: int | None, axis: int, norm: str | None, dtype: Any
) -> None:
    x = data(shape, dtype, 15)
    if name == "irfft" and n is not None and x.size == 0:
        return  # NumPy returns uninitialised memory for an empty irfft padded to n
    check(name, x, n=n, axis=axis, norm=norm)
