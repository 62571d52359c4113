"""Regression tests of an audit of tnp.fft against NumPy 2: one block per fixed discrepancy."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
from compare import assert_same
from fft_helpers import data

import tnp_core as tnp

# ---------------------------------------------------------------- rfftn / rfft2 on complex input

# NumPy runs rfft over the last of ``axes`` first and rejects complex input there (TypeError),
# before it looks at the other axes or their lengths.
COMPLEX_CASES = [
    ((4,), (2, 5), None),
    ((4,), (3, 3, 3), None),
    ((4,), (2, 5), (1, 0)),
    ((3, 4), (2, 5), (-3, -1)),
    ((3, 4), (3, 3, 3), None),
    ((0, 3), None, None),
]


@pytest.mark.parametrize("name", ["rfftn", "rfft2"])
@pytest.mark.parametrize(("shape", "s", "axes"), COMPLEX_CASES)
def test_rfftn_complex_input_is_type_error_first(
    name: str, shape: tuple[int, ...], s: Any, axes: Any
) -> None:
    x = data(shape, np.complex128)
    kw: dict[str, Any] = {"s": s, "axes": axes}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(TypeError):
            getattr(np.fft, name)(x, **kw)
        with pytest.raises(TypeError, match="rfft_n_"):
            getattr(tnp.fft, name)(tnp.asarray(x), **kw)


def test_rfftn_bad_axis_on_real_input_still_axis_error() -> None:
    x = data((3, 4), np.float64)
    with pytest.raises(np.exceptions.AxisError):
        np.fft.rfftn(x, s=(2, 5), axes=(-3, -1))
    with pytest.raises(tnp.exceptions.AxisError):
        tnp.fft.rfftn(tnp.asarray(x), s=(2, 5), axes=(-3, -1))


# ---------------------------------------------------------------- float16 normalization

# NumPy computes the normalization factor of a float16 input in float16 (1/n, 1/sqrt(n)
# rounded to half precision), for the first transform only; results are complex64 (float16
# for a 1-d irfft / hfft), so the rounding shows at complex64 precision.
ONE_D = ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft"]
N_D = ["fftn", "ifftn", "rfftn", "irfftn", "fft2", "ifft2", "rfft2", "irfft2"]


def _tol(want: np.ndarray) -> tuple[float, float]:
    rtol = 1e-6 if want.dtype != np.float16 else 2e-3
    return rtol, rtol * float(np.abs(want).max())


@pytest.mark.parametrize("name", ONE_D)
@pytest.mark.parametrize("norm", [None, "backward", "ortho", "forward"])
@pytest.mark.parametrize("n", [None, 3, 5, 12])
def test_float16_norm_factor_1d(name: str, norm: Any, n: Any) -> None:
    x = data((2, 6), np.float16, seed=3)
    want = getattr(np.fft, name)(x, n=n, norm=norm)
    got = getattr(tnp.fft, name)(tnp.asarray(x), n=n, norm=norm)
    rtol, atol = _tol(want)
    assert_same(got, want, rtol=rtol, atol=atol)


@pytest.mark.parametrize("name", N_D)
@pytest.mark.parametrize("norm", [None, "ortho", "forward"])
@pytest.mark.parametrize("axes", [None, (0,), (1, 0), (0, 0)])
def test_float16_norm_factor_nd(name: str, norm: Any, axes: Any) -> None:
    if axes is None and name.endswith("2"):
        axes = (-2, -1)
    x = data((3, 5), np.float16, seed=4)
    want = getattr(np.fft, name)(x, axes=axes, norm=norm)
    got = getattr(tnp.fft, name)(tnp.asarray(x), axes=axes, norm=norm)
    rtol, atol = _tol(want)
    assert_same(got, want, rtol=rtol, atol=atol)


def test_float16_norm_factor_exact_cases_unchanged() -> None:
    # a power-of-two length has an exact float16 factor 1/n: plain torch scaling
    x = data((8,), np.float16)
    for norm in (None, "backward", "forward"):
        assert_same(tnp.fft.ifft(tnp.asarray(x), norm=norm), np.fft.ifft(x, norm=norm),
                    rtol=1e-6, atol=1e-7)


# ---------------------------------------------------------------- fftfreq / rfftfreq with d == 0


@pytest.mark.parametrize("name", ["fftfreq", "rfftfreq"])
@pytest.mark.parametrize("n", [-1, True, 0, 4])
def test_fftfreq_zero_spacing_raises_zero_division_first(name: str, n: Any) -> None:
    with pytest.raises(ZeroDivisionError):
        getattr(np.fft, name)(n, 0)
    with pytest.raises(ZeroDivisionError):
        getattr(tnp.fft, name)(n, 0)


@pytest.mark.parametrize("name", ["fftfreq", "rfftfreq"])
def test_fftfreq_numpy_integer_n_zero_spacing_gives_inf(name: str) -> None:
    # NumPy scalar arithmetic: 1.0 / (np.int8(4) * 0) is inf (a warning), not an error
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        want = getattr(np.fft, name)(np.int8(4), 0)
        got = getattr(tnp.fft, name)(np.int8(4), 0)
    assert_same(got, want)


@pytest.mark.parametrize("name", ["fftfreq", "rfftfreq"])
@pytest.mark.parametrize("d", [1.0, 0.5, 2, 1j, np.float32(0.1)])
def test_fftfreq_values_unchanged(name: str, d: Any) -> None:
    assert_same(getattr(tnp.fft, name)(5, d), getattr(np.fft, name)(5, d), rtol=1e-15)
