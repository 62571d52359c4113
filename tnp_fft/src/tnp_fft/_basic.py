"""One-dimensional transforms: fft, ifft, rfft, irfft (torch.fft is the engine).

Dtypes follow NumPy 2: float32 / float16 / complex64 compute in single precision (complex64
results), everything else in double; ``irfft`` returns the real dtype of its input (float64
for integers and bool, float16 stays float16).
"""

from __future__ import annotations

import math
import operator
import struct
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, OutArray
from tnp_core.kernel_utils import normalize_axis, real_dtype

__all__ = ["KERNELS", "fft", "ifft", "rfft", "irfft"]

_F16 = torch.float16
_F32 = torch.float32
_F64 = torch.float64
_C64 = torch.complex64
_C128 = torch.complex128

_NATIVE = frozenset({_F32, _F64, _C64, _C128})  # torch transforms them in NumPy's precision
_NORMS = {None: "backward", "backward": "backward", "ortho": "ortho", "forward": "forward"}
_REAL_COMPUTE = {_F32: _F32, _F64: _F64, _F16: _F32, torch.bfloat16: _F32}
_COMPLEX_COMPUTE = {_C64: _C64, _C128: _C128, _F32: _C64, _F16: _C64, torch.bfloat16: _C64}


def _norm_mode(norm: Any) -> str:
    """torch's ``norm`` string for NumPy's ``norm`` argument; ValueError if invalid."""
    try:
        return _NORMS[norm]
    except (KeyError, TypeError):
        raise ValueError(
            f'Invalid norm value {norm}; should be "backward", "ortho" or "forward".'
        ) from None


def _round_half(x: float) -> float:
    """``x`` rounded to the nearest float16 (OverflowError beyond float16's range)."""
    return struct.unpack("e", struct.pack("e", x))[0]


def half_norm_ratio(n: int, mode: str, inverse: bool) -> float:
    """The correction NumPy's float16 normalization needs on top of torch's exact factor.

    NumPy computes the factor of a float16 input in float16 (``reciprocal(n, dtype=float16)``,
    ``reciprocal(sqrt(n, dtype=float16))``), so it is rounded; the ratio of that rounded
    factor to the exact one (1.0 when the transform is unscaled).  For ``n`` beyond float16's
    range NumPy's factor overflows to 0 (all-zero results): that is not copied.
    """
    try:
        if mode == "ortho":
            return _round_half(1.0 / _round_half(math.sqrt(_round_half(n)))) * math.sqrt(n)
        if (mode == "backward") is inverse:
            return _round_half(1.0 / _round_half(n)) * n
    except OverflowError:
        pass
    return 1.0


def half_rescale(r: torch.Tensor, n: int, mode: str, inverse: bool) -> torch.Tensor:
    """``r`` (a transform of float16 input) scaled as NumPy scales it (see ``half_norm_ratio``)."""
    ratio = half_norm_ratio(n, mode, inverse)
    return r if ratio == 1.0 else r * ratio


def _points(n: Any, default: int) -> int:
    """The number of FFT points: ``n`` (an integer >= 1) or ``default``."""
    n = default if n is None else operator.index(n)
    if n < 1:
        raise ValueError(f"Invalid number of FFT data points ({n}) specified.")
    return n


def _empty(a: torch.Tensor, ax: int, n: int, dtype: torch.dtype) -> torch.Tensor:
    """The transform of an empty input: zeros (torch's MKL path refuses empty batches)."""
    shape = list(a.shape)
    shape[ax] = n
    return torch.zeros(shape, dtype=dtype, device=a.device)


def _as_complex(a: torch.Tensor) -> torch.Tensor:
    """``a`` in the complex dtype NumPy computes its transform in."""
    return a.to(_COMPLEX_COMPUTE.get(a.dtype, _C128))


def _c2c(a: torch.Tensor, n: Any, axis: int, norm: Any, inverse: bool) -> torch.Tensor:
    op = torch.fft.ifft if inverse else torch.fft.fft
    if n is None and axis == -1 and norm is None and a.dtype in _NATIVE and a.dim() and (
        a.numel()
    ):  # the default call, in the form torch's argument parser takes fastest
        return op(a)
    ax = normalize_axis(axis, a.dim())
    n = _points(n, a.shape[ax])
    mode = _norm_mode(norm)
    dt = _COMPLEX_COMPUTE.get(a.dtype, _C128)
    if a.numel() == 0:
        return _empty(a, ax, n, dt)
    x = a if a.dtype is _F32 or a.dtype is _F64 else a.to(dt)
    r = op(x, n=n, dim=ax, norm=mode)
    return half_rescale(r, n, mode, inverse) if a.dtype is _F16 else r


def fft(
    a: ArrayLike,
    n: int | None = None,
    axis: int = -1,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """One-dimensional discrete Fourier transform."""
    return _c2c(a, n, axis, norm, False)


def ifft(
    a: ArrayLike,
    n: int | None = None,
    axis: int = -1,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """One-dimensional inverse discrete Fourier transform."""
    return _c2c(a, n, axis, norm, True)


def rfft(
    a: ArrayLike,
    n: int | None = None,
    axis: int = -1,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """One-dimensional discrete Fourier transform of real input (``n // 2 + 1`` outputs)."""
    ax = normalize_axis(axis, a.dim())
    n = _points(n, a.shape[ax])
    mode = _norm_mode(norm)
    if a.is_complex():
        raise TypeError(
            f"ufunc 'rfft_n_{'even' if n % 2 == 0 else 'odd'}' not supported for the input "
            "types, and the inputs could not be safely coerced to any supported types "
            "according to the casting rule ''safe''"
        )
    x = a.to(_REAL_COMPUTE.get(a.dtype, _F64))
    if a.numel() == 0:
        return _empty(a, ax, n // 2 + 1, _as_complex(x).dtype)
    r = torch.fft.rfft(x, n=n, dim=ax, norm=mode)
    return half_rescale(r, n, mode, False) if a.dtype is _F16 else r


def irfft(
    a: ArrayLike,
    n: int | None = None,
    axis: int = -1,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Inverse of :func:`rfft`: ``n`` real outputs (default ``2 * (m - 1)``)."""
    ax = normalize_axis(axis, a.dim())
    n = _points(n, 2 * (a.shape[ax] - 1))
    mode = _norm_mode(norm)
    x = _as_complex(a)
    if a.numel() == 0:
        r = _empty(a, ax, n, real_dtype(x.dtype))
    else:
        r = torch.fft.irfft(x, n=n, dim=ax, norm=mode)
        if a.dtype is _F16:
            r = half_rescale(r, n, mode, True)
    dt = real_dtype(a.dtype) if a.dtype.is_floating_point or a.dtype.is_complex else _F64
    return r if dt is r.dtype else r.to(dt)


KERNELS: dict[str, Callable[..., Any]] = {
    "fft.fft": fft,
    "fft.ifft": ifft,
    "fft.rfft": rfft,
    "fft.irfft": irfft,
}
