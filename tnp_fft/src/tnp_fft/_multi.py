"""N-dimensional transforms: fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn.

``s`` / ``axes`` follow NumPy 2: ``s`` without ``axes`` (and ``None`` entries in ``s``) are
deprecated and warn with a DeprecationWarning; ``s[i] == -1`` keeps the input length; a repeated
axis is transformed once per occurrence.  Validation runs axis by axis in NumPy's processing
order (last axis first), so the first error NumPy would raise is the one raised here.  When the
axes are distinct, torch's n-dimensional transform does the work in one call.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, OutArray
from tnp_core.kernel_utils import normalize_axis, real_dtype

from ._basic import (
    _COMPLEX_COMPUTE,
    _F16,
    _F32,
    _F64,
    _REAL_COMPUTE,
    _norm_mode,
    _points,
    half_rescale,
)

__all__ = ["KERNELS", "fft2", "ifft2", "fftn", "ifftn", "rfft2", "irfft2", "rfftn", "irfftn"]

_C128 = torch.complex128

_S_WITHOUT_AXES = (
    "`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future "
    "version of NumPy, this will raise an error and `s[i]` will correspond to the size along "
    "the transformed axis specified by `axes[i]`. To retain current behaviour, pass a sequence "
    "[0, ..., k-1] to `axes` for an array of dimension k."
)
_NONE_IN_S = (
    "Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will raise "
    "an error in a future version of NumPy. To use the default behaviour of the corresponding "
    "1-D transform, pass the value matching the default for its `n` parameter. To use the "
    "default behaviour for every axis, the `s` argument can be omitted."
)


def _as_ints(seq: Any) -> list[int]:
    """A sequence of integers as a list (TypeError for a non-sequence or non-integer)."""
    if isinstance(seq, torch.Tensor):
        seq = seq.tolist()
    return [operator.index(v) for v in seq]


def _cook(a: torch.Tensor, s: Any, axes: Any, invreal: bool) -> tuple[list[Any], list[int]]:
    """NumPy's ``(s, axes)`` resolution: lengths (``None`` kept) and raw (unbounded) axes."""
    ndim = a.dim()
    if s is None:
        shapeless = True
        if axes is None:
            s = list(a.shape)
        else:
            axes = _as_ints(axes)
            s = [a.shape[normalize_axis(ax, ndim)] for ax in axes]
    else:
        shapeless = False
        if isinstance(s, torch.Tensor):
            s = s.tolist()
        s = list(s)
    if axes is None:
        if not shapeless:
            warnings.warn(_S_WITHOUT_AXES, DeprecationWarning, stacklevel=4)
        axes = list(range(-len(s), 0))
    else:
        axes = _as_ints(axes)
    if len(s) != len(axes):
        raise ValueError("Shape and axes have different lengths.")
    if invreal and shapeless:
        s[-1] = (a.shape[normalize_axis(axes[-1], ndim)] - 1) * 2
    if any(v is None for v in s):
        warnings.warn(_NONE_IN_S, DeprecationWarning, stacklevel=4)
    out = []
    for v, ax in zip(s, axes):
        if v is not None and operator.index(v) == -1:
            v = a.shape[normalize_axis(ax, ndim)]
        out.append(v)
    return out, axes


def _steps(
    a: torch.Tensor,
    s: list[Any],
    axes: list[int],
    norm: Any,
    defaults: list[Callable[[int], int]],
    half_first: bool = False,
) -> tuple[list[tuple[int, int]], str]:
    """Validated ``(axis, n)`` pairs in NumPy's processing order, and torch's norm mode.

    ``defaults[i]`` maps the current length along ``axes[i]`` to the default ``n``;
    ``half_first`` says the first transform (rfft) leaves ``n // 2 + 1`` points, and that a
    complex input is a TypeError once that first step is validated (as NumPy's rfft raises it,
    before any later axis is looked at).
    """
    shape = list(a.shape)
    steps: list[tuple[int, int]] = []
    mode = "backward"
    for i in reversed(range(len(axes))):
        if s[i] is None:  # NumPy looks the length up first: a bad axis is an IndexError
            ax = normalize_axis(axes[i], a.dim())
            n = _points(None, defaults[i](shape[ax]))
            mode = _norm_mode(norm)
        else:  # NumPy checks n, then norm, then the axis
            n = _points(s[i], 1)
            mode = _norm_mode(norm)
            ax = normalize_axis(axes[i], a.dim())
        if half_first and not steps:
            if a.is_complex():
                raise TypeError(
                    f"ufunc 'rfft_n_{'even' if n % 2 == 0 else 'odd'}' not supported for the "
                    "input types, and the inputs could not be safely coerced to any supported "
                    "types according to the casting rule ''safe''"
                )
            shape[ax] = n // 2 + 1
        else:
            shape[ax] = n
        steps.append((ax, n))
    return steps, mode


def _distinct(steps: list[tuple[int, int]]) -> bool:
    return len({ax for ax, _ in steps}) == len(steps)


def _zeros(a: torch.Tensor, steps: list[tuple[int, int]], dtype: torch.dtype) -> torch.Tensor:
    shape = list(a.shape)
    for ax, n in steps:
        shape[ax] = n
    return torch.zeros(shape, dtype=dtype, device=a.device)


def _identity(length: int) -> int:
    return length


def _half_inverse(length: int) -> int:
    return 2 * (length - 1)


def _c2cn(a: torch.Tensor, s: Any, axes: Any, norm: Any, inverse: bool) -> torch.Tensor:
    s, axes = _cook(a, s, axes, False)
    if not axes:
        return a
    steps, mode = _steps(a, s, axes, norm, [_identity] * len(axes))
    dt = _COMPLEX_COMPUTE.get(a.dtype, _C128)
    if a.numel() == 0:
        return _zeros(a, steps, dt)
    x = a if a.dtype is _F32 or a.dtype is _F64 else a.to(dt)
    if _distinct(steps):
        op = torch.fft.ifftn if inverse else torch.fft.fftn
        x = op(x, s=[n for _, n in steps], dim=[ax for ax, _ in steps], norm=mode)
    else:
        op1 = torch.fft.ifft if inverse else torch.fft.fft
        for ax, n in steps:
            x = op1(x, n=n, dim=ax, norm=mode)
    # NumPy: only the first transform sees float16 input (later ones are complex64).
    return half_rescale(x, steps[0][1], mode, inverse) if a.dtype is _F16 else x


def _r2cn(a: torch.Tensor, s: Any, axes: Any, norm: Any) -> torch.Tensor:
    s, axes = _cook(a, s, axes, False)
    if not axes:
        raise IndexError("list index out of range")
    steps, mode = _steps(a, s, axes, norm, [_identity] * len(axes), half_first=True)
    x = a.to(_REAL_COMPUTE.get(a.dtype, _F64))
    dt = _COMPLEX_COMPUTE.get(x.dtype, _C128)
    ax0, n0 = steps[0]
    if a.numel() == 0:
        return _zeros(a, [(ax0, n0 // 2 + 1)] + steps[1:], dt)
    if _distinct(steps):
        order = steps[::-1]  # torch's last dim is the real-to-complex one
        x = torch.fft.rfftn(x, s=[n for _, n in order], dim=[ax for ax, _ in order], norm=mode)
    else:
        x = torch.fft.rfft(x, n=n0, dim=ax0, norm=mode)
        for ax, n in steps[1:]:
            x = torch.fft.fft(x, n=n, dim=ax, norm=mode)
    return half_rescale(x, n0, mode, False) if a.dtype is _F16 else x


def _c2rn(a: torch.Tensor, s: Any, axes: Any, norm: Any) -> torch.Tensor:
    s, axes = _cook(a, s, axes, True)
    if not axes:
        raise IndexError("tuple index out of range")
    k = len(axes)
    # NumPy runs ifft over axes[:-1] in order, then irfft over axes[-1]: validate in that order.
    defaults = [_identity] * (k - 1) + [_half_inverse]
    order = list(range(k - 1)) + [k - 1]
    rev = order[::-1]  # _steps walks its arguments backwards
    steps, mode = _steps(
        a, [s[i] for i in rev], [axes[i] for i in rev], norm, [defaults[i] for i in rev]
    )
    cdt = _COMPLEX_COMPUTE.get(a.dtype, _C128)
    if k == 1:
        rdt = real_dtype(a.dtype) if a.dtype.is_floating_point or a.dtype.is_complex else _F64
    else:
        rdt = real_dtype(cdt)
    if a.numel() == 0:
        return _zeros(a, steps, rdt)
    x = a.to(cdt)
    if _distinct(steps):
        order_ = steps[:-1][::-1] + steps[-1:]  # torch: the last dim is the complex-to-real one
        r = torch.fft.irfftn(x, s=[n for _, n in order_], dim=[ax for ax, _ in order_], norm=mode)
    else:
        for ax, n in steps[:-1]:
            x = torch.fft.ifft(x, n=n, dim=ax, norm=mode)
        ax, n = steps[-1]
        r = torch.fft.irfft(x, n=n, dim=ax, norm=mode)
    if a.dtype is _F16:
        r = half_rescale(r, steps[0][1], mode, True)
    return r if r.dtype is rdt else r.to(rdt)


def fftn(
    a: ArrayLike,
    s: Any = None,
    axes: Any = None,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """N-dimensional discrete Fourier transform."""
    return _c2cn(a, s, axes, norm, False)


def ifftn(
    a: ArrayLike,
    s: Any = None,
    axes: Any = None,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """N-dimensional inverse discrete Fourier transform."""
    return _c2cn(a, s, axes, norm, True)


def fft2(
    a: ArrayLike,
    s: Any = None,
    axes: Any = (-2, -1),
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Two-dimensional discrete Fourier transform."""
    return _c2cn(a, s, axes, norm, False)


def ifft2(
    a: ArrayLike,
    s: Any = None,
    axes: Any = (-2, -1),
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Two-dimensional inverse discrete Fourier transform."""
    return _c2cn(a, s, axes, norm, True)


def rfftn(
    a: ArrayLike,
    s: Any = None,
    axes: Any = None,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """N-dimensional discrete Fourier transform of real input (halved last axis)."""
    return _r2cn(a, s, axes, norm)


def rfft2(
    a: ArrayLike,
    s: Any = None,
    axes: Any = (-2, -1),
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Two-dimensional discrete Fourier transform of real input."""
    return _r2cn(a, s, axes, norm)


def irfftn(
    a: ArrayLike,
    s: Any = None,
    axes: Any = None,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Inverse of :func:`rfftn` (real output; last axis defaults to ``2 * (m - 1)``)."""
    return _c2rn(a, s, axes, norm)


def irfft2(
    a: ArrayLike,
    s: Any = None,
    axes: Any = (-2, -1),
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Inverse of :func:`rfft2`."""
    return _c2rn(a, s, axes, norm)


KERNELS: dict[str, Callable[..., Any]] = {
    "fft.fft2": fft2,
    "fft.ifft2": ifft2,
    "fft.fftn": fftn,
    "fft.ifftn": ifftn,
    "fft.rfft2": rfft2,
    "fft.irfft2": irfft2,
    "fft.rfftn": rfftn,
    "fft.irfftn": irfftn,
}
