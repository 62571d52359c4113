"""Differential tests of the rest of tnp.fft against NumPy 2: n-d transforms, hfft / ihfft,
fftfreq / rfftfreq, fftshift / ifftshift."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import torch
from compare import assert_same
from fft_helpers import data
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core
import tnp_core as tnp
import tnp_core.fft
from tnp_core.exceptions import AxisError

ND = ["fft2", "ifft2", "fftn", "ifftn", "rfft2", "irfft2", "rfftn", "irfftn"]
HERM = ["hfft", "ihfft"]
FREQ = ["fftfreq", "rfftfreq"]
SHIFT = ["fftshift", "ifftshift"]
NEW = ND + HERM + FREQ + SHIFT
REAL_IN = {"rfft2", "rfftn", "ihfft"}  # complex input is a TypeError
NORMS = [None, "backward", "ortho", "forward"]
DTYPES = [
    np.float32,
    np.float64,
    np.complex64,
    np.complex128,
    np.int64,
    np.int8,
    np.bool_,
    np.float16,
]


F16_FACTOR = 4 * float(np.finfo(np.float16).eps / np.finfo(np.float32).eps)
"""A tolerance of 4 float16 ulps, in units of the complex64 / float32 eps of the result."""


def input_dtype(name: str, dtype: Any) -> Any:
    """``dtype``, or its real counterpart for the real-input transforms."""
    if name in REAL_IN and np.dtype(dtype).kind == "c":
        return np.float32 if dtype is np.complex64 else np.float64
    return dtype


def _tnp_exception(e: type[BaseException]) -> type[BaseException]:
    if issubclass(e, np.exceptions.AxisError):
        return AxisError
    for base in (TypeError, IndexError, ValueError, ZeroDivisionError):
        if issubclass(e, base):
            return base
    return e


def differential(
    np_call: Callable[[], Any], tnp_call: Callable[[], Any], factor: float = 100.0
) -> Any:
    """Run both; same exception type, or the same result up to ``factor`` * eps (scaled).

    Returns NumPy's result, or its exception.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            want = np_call()
    except Exception as e:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            with pytest.raises(_tnp_exception(type(e))):
                tnp_call()
        return e
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        got = tnp_call()
    w = np.asarray(want)
    if w.dtype.kind in "fc":
        rtol = factor * np.finfo(w.dtype).eps
        atol = rtol * float(np.abs(w).max()) if w.size else 0.0
        assert_same(got, want, rtol=rtol, atol=atol)
    else:
        assert_same(got, want)
    return want


def check(name: str, x: Any, factor: float = 100.0, **kw: Any) -> Any:
    np_fn = getattr(np.fft, name)
    tnp_fn = getattr(tnp.fft, name)
    tx = tnp.asarray(x) if isinstance(x, np.ndarray) else x
    return differential(lambda: np_fn(x, **kw), lambda: tnp_fn(tx, **kw), factor)


def raises_both(exc: type[BaseException], name: str, x: Any, *args: Any, **kw: Any) -> None:
    """NumPy raises ``exc`` and so does tnp (the tnp equivalent of ``exc``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(exc):
            getattr(np.fft, name)(x, *args, **kw)
        tx = tnp.asarray(x) if isinstance(x, np.ndarray) else x
        with pytest.raises(_tnp_exception(exc)):
            getattr(tnp.fft, name)(tx, *args, **kw)


# ---------------------------------------------------------------- wiring


def test_public_functions_are_bound_to_the_submodule() -> None:
    for name in NEW:
        fn = getattr(tnp_core.fft, name)
        assert fn.__module__ == "tnp_core.fft"
        assert fn.__name__ == name
        info = tnp_core.plugins.provider(f"fft.{name}")
        assert info is not None and info.distribution == "tnp-fft" and info.is_default
        assert name in dir(tnp_core.fft)


@pytest.mark.parametrize("name", NEW)
def test_signature_matches_numpy(name: str) -> None:
    """NumPy's parameters; fftfreq/rfftfreq add the array API's keyword-only ``dtype``."""
    got = list(inspect.signature(getattr(tnp.fft, name)).parameters.values())
    want = list(inspect.signature(getattr(np.fft, name)).parameters.values())
    if name in ("fftfreq", "rfftfreq"):
        extra = got.pop()
        assert (extra.name, extra.kind, extra.default) == (
            "dtype", inspect.Parameter.KEYWORD_ONLY, None)
    assert [(p.name, p.kind, p.default) for p in got] == [
        (p.name, p.kind, p.default) for p in want]


# ---------------------------------------------------------------- n-d: dtypes


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("dtype", DTYPES)
def test_nd_dtypes(name: str, dtype: Any) -> None:
    x = data((3, 4, 6), input_dtype(name, dtype), 1)
    # NumPy scales a float16 input's first step by a float16-rounded 1/n: float16 tolerance
    want = check(name, x, factor=F16_FACTOR if dtype is np.float16 else 100.0)
    assert isinstance(want, np.ndarray)


def test_nd_dtype_table() -> None:
    cases = {
        np.float32: ("complex64", "float32"),
        np.float64: ("complex128", "float64"),
        np.int32: ("complex128", "float64"),
        np.bool_: ("complex128", "float64"),
        np.complex64: ("complex64", "float32"),
        np.complex128: ("complex128", "float64"),
        np.float16: ("complex64", "float32"),
    }
    for dtype, (c, r) in cases.items():
        x = tnp.asarray(data((4, 6), dtype, 2))
        assert str(tnp.fft.fftn(x).dtype) == c
        assert str(tnp.fft.ifft2(x).dtype) == c
        assert str(tnp.fft.irfftn(x).dtype) == r
        if np.dtype(dtype).kind != "c":
            assert str(tnp.fft.rfft2(x).dtype) == c


def test_irfftn_float16_dtype_depends_on_axis_count() -> None:
    x = data((2, 3), np.float16, 3)
    assert check("irfftn", x, axes=(1,)).dtype == np.float16
    assert check("irfftn", x).dtype == np.float32


# ---------------------------------------------------------------- n-d: s and axes

S_AXES = [
    (None, None),
    (None, (0,)),
    (None, (1, 0)),
    (None, (-1, 0)),
    (None, [2, 1]),
    (None, (2, 0, 1)),
    (None, (0, 0)),
    (None, (1, -2)),
    ((5,), (1,)),
    ((2, 6), (0, 2)),
    ((6, 2), (2, 0)),
    ((-1, 3), (0, 1)),
    ((3, -1), (2, 1)),
    ((3, 3), (1, 1)),
    ((4, 7), (1, 1)),
    ((1, 1, 1), (0, 1, 2)),
    ((7, 2, 9), (0, 1, 2)),
    ((4, 5, 6, 3), (0, 1, 2, 0)),
    ((), ()),
    (None, ()),
]


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("s, axes", S_AXES)
def test_s_and_axes(name: str, s: Any, axes: Any) -> None:
    x = data((3, 4, 5), input_dtype(name, np.complex128), 4)
    result = check(name, x, s=s, axes=axes)
    if axes == () and name not in REAL_IN | {"irfft2", "irfftn"}:
        assert isinstance(result, np.ndarray) and result.dtype == x.dtype  # returned unchanged


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("shape", [(8,), (5, 6), (2, 3, 4)])
@pytest.mark.parametrize("dtype", [np.float32, np.complex64])
def test_single_precision_shapes(name: str, shape: tuple[int, ...], dtype: Any) -> None:
    x = data(shape, input_dtype(name, dtype), 5)
    axes = tuple(range(-min(len(shape), 2), 0))
    check(name, x, axes=axes)
    check(name, x, s=tuple(n + 1 for n in x.shape[-len(axes) :]), axes=axes)


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("norm", NORMS)
@pytest.mark.parametrize("s", [None, (3, 7), (6, 4)])
def test_nd_norms(name: str, norm: str | None, s: Any) -> None:
    x = data((2, 5, 6), input_dtype(name, np.complex128), 6)
    check(name, x, s=s, axes=None if s is None else (1, 2), norm=norm)


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("norm", NORMS)
def test_nd_norms_repeated_axes(name: str, norm: str | None) -> None:
    x = data((4, 6), input_dtype(name, np.complex128), 7)
    check(name, x, s=(5, 6, 4), axes=(1, 0, 1), norm=norm)


def test_irfftn_of_non_hermitian_input() -> None:
    x = data((4, 5, 6), np.complex128, 8)
    for s in [None, (4, 5, 10), (4, 5, 11), (3, 6, 3)]:
        check("irfftn", x, s=s, axes=None if s is None else (0, 1, 2))
        check("irfft2", x, s=None if s is None else s[1:])


def test_roundtrips() -> None:
    x = data((3, 6, 8), np.float64, 9)
    tx = tnp.asarray(x)
    r = tnp.fft.irfftn(tnp.fft.rfftn(tx), s=x.shape, axes=(0, 1, 2))
    np.testing.assert_allclose(np.asarray(r), x, rtol=1e-12, atol=1e-12)
    c = tnp.fft.ifft2(tnp.fft.fft2(tx, norm="ortho"), norm="ortho")
    np.testing.assert_allclose(np.asarray(c), x, rtol=1e-12, atol=1e-12)


def test_accepts_lists_and_numpy_integers() -> None:
    lst = [[1, 2, 3], [4, 5, 6]]
    differential(
        lambda: np.fft.fft2(lst, s=[np.int64(3), 4], axes=[0, 1]),
        lambda: tnp.fft.fft2(lst, s=[np.int64(3), 4], axes=[0, 1]),
    )


@pytest.mark.parametrize("name", ["fftn", "ifftn", "rfftn", "irfftn"])
def test_zero_d_and_one_d(name: str) -> None:
    check(name, data((7,), input_dtype(name, np.complex128), 10))
    check(name, np.array(2.5))


# ---------------------------------------------------------------- n-d: deprecations


@pytest.mark.parametrize("name", ND)
def test_s_without_axes_warns(name: str) -> None:
    x = data((3, 4, 5), input_dtype(name, np.complex128), 11)
    np_fn = getattr(np.fft, name)
    tnp_fn = getattr(tnp.fft, name)
    s = (3, 6) if name.endswith("2") else (2, 3, 6)
    kw = {"axes": None} if name.endswith("2") else {}
    with pytest.warns(DeprecationWarning, match="`axes` should not be `None`"):
        want = np_fn(x, s=s, **kw)
    with pytest.warns(DeprecationWarning, match="`axes` should not be `None`"):
        got = tnp_fn(tnp.asarray(x), s=s, **kw)
    assert_same(got, want, rtol=1e-12, atol=1e-12 * float(np.abs(want).max()))


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("s", [(None, 4), (5, None), (None, None)])
def test_none_in_s_warns(name: str, s: Any) -> None:
    x = data((3, 4, 5), input_dtype(name, np.complex128), 12)
    with pytest.warns(DeprecationWarning, match="containing `None`"):
        want = getattr(np.fft, name)(x, s=s, axes=(0, 2))
    with pytest.warns(DeprecationWarning, match="containing `None`"):
        got = getattr(tnp.fft, name)(tnp.asarray(x), s=s, axes=(0, 2))
    assert_same(got, want, rtol=1e-12, atol=1e-12 * float(np.abs(want).max()))


def test_no_warning_with_axes() -> None:
    x = tnp.asarray(data((3, 4), np.float64, 13))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tnp.fft.fftn(x, s=(2, 2), axes=(0, 1))
        tnp.fft.irfft2(x)


# ---------------------------------------------------------------- n-d: errors


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("s", [(0, 3), (3, -2), (-3, 4), (2, 0)])
def test_nd_invalid_s(name: str, s: Any) -> None:
    x = data((3, 4), input_dtype(name, np.complex128), 14)
    raises_both(ValueError, name, x, s=s, axes=(0, 1))
    with pytest.raises(ValueError, match="Invalid number of FFT data points"):
        getattr(tnp.fft, name)(tnp.asarray(x), s=s, axes=(0, 1))


@pytest.mark.parametrize("name", ND)
def test_nd_shape_axes_length_mismatch(name: str) -> None:
    x = data((3, 4, 5), input_dtype(name, np.complex128), 15)
    raises_both(ValueError, name, x, s=(2, 3), axes=(0,))
    with pytest.raises(ValueError, match="Shape and axes have different lengths"):
        getattr(tnp.fft, name)(tnp.asarray(x), s=(2,), axes=(0, 1))


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize(
    "s, axes", [(None, (0, 3)), (None, (-4,)), ((2, 2), (0, 5)), ((2, None), (0, 3))]
)
def test_nd_axis_out_of_range(name: str, s: Any, axes: Any) -> None:
    x = data((3, 4, 5), input_dtype(name, np.complex128), 16)
    raises_both(IndexError, name, x, s=s, axes=axes)


@pytest.mark.parametrize("name", ["fft2", "ifft2", "rfft2", "irfft2"])
def test_2d_transform_of_1d_input(name: str) -> None:
    raises_both(IndexError, name, data((6,), input_dtype(name, np.complex128), 17))


@pytest.mark.parametrize("name", ["rfft2", "rfftn", "irfft2", "irfftn"])
def test_real_nd_with_no_axes_is_index_error(name: str) -> None:
    raises_both(IndexError, name, data((3, 4), np.float64, 18), axes=())


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize(
    "s, axes, exc",
    [
        (3, (0,), TypeError),
        ((3.0, 2), (0, 1), TypeError),
        (None, (0.0, 1), TypeError),
        (None, 0, TypeError),
        ((2, 2), 1, TypeError),
    ],
)
def test_nd_bad_types(name: str, s: Any, axes: Any, exc: type[BaseException]) -> None:
    raises_both(exc, name, data((3, 4), input_dtype(name, np.complex128), 19), s=s, axes=axes)


@pytest.mark.parametrize("name", ["rfft2", "rfftn"])
@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
def test_rfftn_of_complex_is_type_error(name: str, dtype: Any) -> None:
    raises_both(TypeError, name, data((3, 4), dtype, 20))


@pytest.mark.parametrize("name", ["irfft2", "irfftn"])
def test_irfftn_of_one_point_needs_s(name: str) -> None:
    x = data((3, 1), np.complex128, 21)
    raises_both(ValueError, name, x)
    check(name, x, s=(3, 1), axes=(0, 1))


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize("norm", ["bad", "BACKWARD", ""])
def test_nd_invalid_norm(name: str, norm: str) -> None:
    x = data((3, 4), input_dtype(name, np.complex128), 22)
    raises_both(ValueError, name, x, norm=norm)
    with pytest.raises(ValueError, match="Invalid norm value"):
        getattr(tnp.fft, name)(tnp.asarray(x), norm=norm)


# ---------------------------------------------------------------- n-d: empty


@pytest.mark.parametrize("name", ND)
@pytest.mark.parametrize(
    "shape, s, axes",
    [
        ((0, 4, 6), None, (1, 2)),
        ((2, 0, 6), (3, 6), (1, 2)),
        ((2, 0), None, None),
        ((0, 4), (4,), (1,)),
    ],
)
def test_nd_empty(name: str, shape: tuple[int, ...], s: Any, axes: Any) -> None:
    x = np.zeros(shape)
    if name in ("irfft2", "irfftn") and s is not None:
        return  # NumPy returns uninitialised memory for an empty irfft padded to n
    result = check(name, x, s=s, axes=axes)
    if isinstance(result, np.ndarray):
        assert not result.any()


@pytest.mark.parametrize("name", ["fft2", "ifft2", "rfft2"])
def test_zero_length_axes_padded(name: str) -> None:
    result = check(name, np.zeros((0, 3)), s=(2, 4), axes=(0, 1))
    assert result.shape[0] == 2 and not result.any()


# ---------------------------------------------------------------- n-d and hfft: out=


IGNORES_OUT = {"ifft2", "irfft2", "hfft"}  # NumPy 2.4 drops their out= (returns a new array)


def _out_case(name: str, out_dtype: Any, kw: dict[str, Any]) -> None:
    x = data((3, 4, 8), input_dtype(name, np.complex128), 23)
    want = getattr(np.fft, name)(x, **kw)
    np_out = np.zeros(want.shape, out_dtype)
    want_out = getattr(np.fft, name)(x, out=np_out, **kw)
    if name in IGNORES_OUT:
        assert want_out is not np_out and not np_out.any()
        want_out = want.astype(out_dtype)  # tnp fills out= as documented
    else:
        assert want_out is np_out
    out = tnp.asarray(np.zeros(want.shape, out_dtype))
    got = getattr(tnp.fft, name)(tnp.asarray(x), out=out, **kw)
    assert got is out
    rtol = 100 * np.finfo(out_dtype).eps
    assert_same(got, want_out, rtol=rtol, atol=rtol * float(np.abs(want).max()))


@pytest.mark.parametrize("name", ["fft2", "ifft2", "fftn", "ifftn", "rfft2", "rfftn"])
@pytest.mark.parametrize("out_dtype", [np.complex128, np.complex64])
@pytest.mark.parametrize("kw", [{}, {"axes": (0, 2)}, {"s": (3, 4, 6), "axes": (0, 1, 2)}])
def test_nd_out(name: str, out_dtype: Any, kw: dict[str, Any]) -> None:
    _out_case(name, out_dtype, kw)


@pytest.mark.parametrize("name", ["irfft2", "irfftn", "hfft"])
@pytest.mark.parametrize("out_dtype", [np.float64, np.float32])
def test_real_out(name: str, out_dtype: Any) -> None:
    # NumPy 2.4's irfft2 and hfft ignore out= (a new array comes back); tnp fills it.
    _out_case(name, out_dtype, {})


@pytest.mark.parametrize("out_dtype", [np.complex128, np.complex64])
def test_ihfft_out(out_dtype: Any) -> None:
    _out_case("ihfft", out_dtype, {})


@pytest.mark.parametrize("name", ["fft2", "fftn", "rfftn", "ihfft"])
def test_out_of_real_dtype_is_type_error(name: str) -> None:
    x = data((3, 8), np.float64, 24)
    shape = getattr(np.fft, name)(x).shape
    raises_both(TypeError, name, x, out=np.zeros(shape))
    with pytest.raises(TypeError):
        getattr(tnp.fft, name)(tnp.asarray(x), out=tnp.asarray(np.zeros(shape)))


@pytest.mark.parametrize("name", ["fft2", "fftn", "rfftn", "irfftn", "ihfft"])
def test_out_of_wrong_shape_is_value_error(name: str) -> None:
    x = data((3, 8), input_dtype(name, np.complex128), 25)
    with pytest.raises(ValueError):
        getattr(np.fft, name)(x, out=np.zeros((3, 2), complex))
    with pytest.raises(ValueError):
        getattr(tnp.fft, name)(tnp.asarray(x), out=tnp.asarray(np.zeros((3, 2), complex)))


# ---------------------------------------------------------------- hfft / ihfft


@pytest.mark.parametrize("name", HERM)
@pytest.mark.parametrize("dtype", DTYPES)
def test_hermitian_dtypes(name: str, dtype: Any) -> None:
    want = check(name, data((2, 8), input_dtype(name, dtype), 26))
    assert isinstance(want, np.ndarray)


def test_hermitian_dtype_table() -> None:
    for dtype, (h, ih) in {
        np.float16: ("float16", "complex64"),
        np.float32: ("float32", "complex64"),
        np.int16: ("float64", "complex128"),
        np.complex64: ("float32", None),
        np.complex128: ("float64", None),
    }.items():
        x = tnp.asarray(data((6,), dtype, 27))
        assert str(tnp.fft.hfft(x).dtype) == h
        if ih is not None:
            assert str(tnp.fft.ihfft(x).dtype) == ih


@pytest.mark.parametrize("name", HERM)
@pytest.mark.parametrize("n", [None, 1, 2, 5, 8, 13])
@pytest.mark.parametrize("axis", [-1, 0, 1, -2])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex64, np.complex128])
def test_hermitian_n_and_axis(name: str, n: int | None, axis: int, dtype: Any) -> None:
    check(name, data((3, 6, 5), input_dtype(name, dtype), 28), n=n, axis=axis)


@pytest.mark.parametrize("name", HERM)
@pytest.mark.parametrize("norm", NORMS)
@pytest.mark.parametrize("n", [None, 7, 12])
def test_hermitian_norms(name: str, norm: str | None, n: int | None) -> None:
    check(name, data((4, 10), input_dtype(name, np.complex128), 29), n=n, norm=norm)


def test_hfft_inverts_ihfft() -> None:
    x = data((3, 10), np.float64, 30)
    for norm in NORMS:
        r = tnp.fft.hfft(tnp.fft.ihfft(tnp.asarray(x), norm=norm), n=10, norm=norm)
        np.testing.assert_allclose(np.asarray(r), x, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("name", HERM)
def test_hermitian_errors(name: str) -> None:
    x = data((6,), input_dtype(name, np.complex128), 31)
    for n in (0, -3):
        raises_both(ValueError, name, x, n=n)
    raises_both(TypeError, name, x, n=2.0)
    raises_both(ValueError, name, x, norm="bad")
    for axis in (1, -2):
        raises_both(IndexError, name, x, axis=axis)
    raises_both(ValueError, name, np.zeros((2, 0)))


def test_hfft_of_one_point_needs_n() -> None:
    raises_both(ValueError, "hfft", np.ones(1, complex))
    check("hfft", np.ones(1, complex), n=1)


@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
def test_ihfft_of_complex_is_type_error(dtype: Any) -> None:
    raises_both(TypeError, "ihfft", data((6,), dtype, 32))


# ---------------------------------------------------------------- fftfreq / rfftfreq


@pytest.mark.parametrize("name", FREQ)
@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 8, 9, 100, 101])
@pytest.mark.parametrize(
    "d",
    [
        1.0,
        0.1,
        3,
        2.5e-3,
        np.float32(0.5),
        np.float32(0.1),
        np.float64(7.0),
        2j,
        np.complex64(1 + 2j),
        np.int64(4),
        True,
    ],
)
def test_freq_values(name: str, n: int, d: Any) -> None:
    want = check(name, n, factor=1.0, d=d)
    assert want.dtype == (np.complex128 if np.iscomplexobj(d) else np.float64)


@pytest.mark.parametrize("name", FREQ)
def test_freq_integer_kinds(name: str) -> None:
    for n in (np.int64(6), np.int16(7), np.int32(1)):  # (NumPy wraps unsigned n)
        check(name, n, factor=1.0)
    got = getattr(tnp.fft, name)(tnp.int64(6))
    assert_same(got, getattr(np.fft, name)(6))


@pytest.mark.parametrize("name", FREQ)
@pytest.mark.parametrize("n", [4.0, 4.5, np.float64(4), np.bool_(True), "4", [4], None])
def test_freq_non_integer_n_is_value_error(name: str, n: Any) -> None:
    raises_both(ValueError, name, n)
    with pytest.raises(ValueError, match="n should be an integer"):
        getattr(tnp.fft, name)(n)


@pytest.mark.parametrize("name", FREQ)
def test_freq_python_bool_is_type_error(name: str) -> None:
    if name == "fftfreq":
        raises_both(TypeError, name, True)
    else:
        assert check(name, True).tolist() == [0.0]


@pytest.mark.parametrize("name", FREQ)
@pytest.mark.parametrize("n, d", [(0, 1.0), (4, 0.0), (4, 0), (0, 0.0)])
def test_freq_division_by_zero(name: str, n: int, d: Any) -> None:
    raises_both(ZeroDivisionError, name, n, d)


@pytest.mark.parametrize("n", [-1, -2, -5])
def test_freq_negative_n(n: int) -> None:
    raises_both(ValueError, "fftfreq", n)
    want = check("rfftfreq", n)
    assert want.size == 0


@pytest.mark.parametrize("name", FREQ)
def test_freq_device(name: str) -> None:
    want = getattr(np.fft, name)(8, 0.25, device="cpu")
    for device in ("cpu", torch.device("cpu"), None):
        got = getattr(tnp.fft, name)(8, 0.25, device=device)
        assert_same(got, want)
        assert got.device == torch.device("cpu")
    with pytest.raises(ValueError):
        getattr(tnp.fft, name)(8, device="no-such-device")


def test_freq_matches_fft_bins() -> None:
    # the peak of a pure tone sits at its frequency
    n, d = 64, 0.01
    t = np.arange(n) * d
    x = tnp.asarray(np.cos(2 * np.pi * 12.5 * t))
    spec = np.abs(np.asarray(tnp.fft.rfft(x)))
    f = np.asarray(tnp.fft.rfftfreq(n, d))
    assert f[int(np.argmax(spec))] == pytest.approx(12.5, abs=1 / (n * d))


# ---------------------------------------------------------------- fftshift / ifftshift

SHIFT_DTYPES = [
    np.float32,
    np.float64,
    np.complex64,
    np.complex128,
    np.int64,
    np.int8,
    np.uint16,
    np.bool_,
    np.float16,
]


@pytest.mark.parametrize("name", SHIFT)
@pytest.mark.parametrize("dtype", SHIFT_DTYPES)
@pytest.mark.parametrize("shape", [(1,), (6,), (7,), (4, 5), (3, 4, 5), (2, 0, 3)])
def test_shift_dtypes_and_shapes(name: str, dtype: Any, shape: tuple[int, ...]) -> None:
    x = data(shape, dtype, 33)
    want = check(name, x)
    assert want.dtype == x.dtype


@pytest.mark.parametrize("name", SHIFT)
@pytest.mark.parametrize(
    "axes",
    [
        0,
        1,
        -1,
        -3,
        np.int64(2),
        (0,),
        (1, 2),
        (2, 0),
        [0, -1],
        (0, 0),
        (1, 1, 1),
        (),
        [],
        np.array([0, 2]),
    ],
)
def test_shift_axes(name: str, axes: Any) -> None:
    x = data((3, 4, 5), np.int64, 34)
    check(name, x, axes=axes)


def test_shift_known_values() -> None:
    x = tnp.asarray(np.arange(7))
    assert np.asarray(tnp.fft.fftshift(x)).tolist() == [4, 5, 6, 0, 1, 2, 3]
    assert np.asarray(tnp.fft.ifftshift(x)).tolist() == [3, 4, 5, 6, 0, 1, 2]
    f = tnp.fft.fftfreq(8)
    assert np.asarray(tnp.fft.fftshift(f)).tolist() == sorted(np.asarray(f).tolist())


def test_shift_roundtrip_and_copy() -> None:
    x = data((5, 6, 7), np.float64, 35)
    tx = tnp.asarray(x)
    r = tnp.fft.ifftshift(tnp.fft.fftshift(tx, axes=(0, 2)), axes=(0, 2))
    assert_same(r, x)
    y = tnp.fft.fftshift(tx, axes=())
    assert_same(y, x)
    y[0, 0, 0] = 99.0
    assert float(tx[0, 0, 0]) == x[0, 0, 0]


@pytest.mark.parametrize("name", SHIFT)
def test_shift_accepts_lists(name: str) -> None:
    differential(
        lambda: getattr(np.fft, name)([[1, 2, 3], [4, 5, 6]]),
        lambda: getattr(tnp.fft, name)([[1, 2, 3], [4, 5, 6]]),
    )


@pytest.mark.parametrize("name", SHIFT)
@pytest.mark.parametrize(
    "shape, axes, exc",
    [
        ((3, 4), 2, IndexError),
        ((3, 4), -3, IndexError),
        ((3, 4), (0, 2), IndexError),
        ((3,), 0.0, TypeError),
        ((3,), (0.0,), TypeError),
        ((), None, ValueError),
        ((), (), ValueError),
        ((), 0, IndexError),
    ],
)
def test_shift_errors(
    name: str, shape: tuple[int, ...], axes: Any, exc: type[BaseException]
) -> None:
    raises_both(exc, name, np.ones(shape), axes=axes)


# ---------------------------------------------------------------- hypothesis


@settings(max_examples=80, deadline=None)
@given(
    name=st.sampled_from(ND),
    shape=st.lists(st.integers(1, 5), min_size=1, max_size=3).map(tuple),
    axes=st.one_of(st.none(), st.lists(st.integers(-3, 2), min_size=0, max_size=3)),
    s_extra=st.lists(st.integers(-1, 7), min_size=3, max_size=3),
    use_s=st.booleans(),
    norm=st.sampled_from(NORMS),
    dtype=st.sampled_from([np.float32, np.float64, np.complex128, np.int16]),
)
def test_hypothesis_nd(
    name: str,
    shape: tuple[int, ...],
    axes: list[int] | None,
    s_extra: list[int],
    use_s: bool,
    norm: str | None,
    dtype: Any,
) -> None:
    x = data(shape, input_dtype(name, dtype), 36)
    s = None
    if use_s:
        k = len(shape) if axes is None else len(axes)
        s = tuple(s_extra[:k]) + (3,) * max(0, k - 3)
    check(name, x, s=s, axes=axes, norm=norm)
